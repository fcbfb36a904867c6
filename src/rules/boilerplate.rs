//! `boilerplate`: scraping leftovers. A short paragraph made mostly of phrases of the built-in
//! lexicon (comment forms, share/follow/subscribe prompts, tag prompts, generated author bios,
//! in French and English), and, over the corpus, a short line that recurs in many files.

use super::lexicon::Lexicon;
use super::words::Word;
use super::{quote, DocCtx};
use crate::finding::Finding;
use std::collections::{BTreeMap, BTreeSet};

/// Paragraphs longer than this are text, not boilerplate.
const MAX_WORDS: usize = 30;

/// The kinds of boilerplate a paragraph is made of, if its words are at least half covered by
/// phrases of the lexicon and it is short enough to be page furniture.
pub fn kinds(lex: &Lexicon, ws: &[Word]) -> Option<Vec<String>> {
    if ws.is_empty() || ws.len() > MAX_WORDS {
        return None;
    }
    let mut covered = vec![false; ws.len()];
    let mut kinds = BTreeSet::new();
    for m in lex.find(ws) {
        let e = &lex.entries[m.entry];
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
        kinds.insert(e.kind.clone().unwrap_or_else(|| e.id.clone()));
    }
    let n = covered.iter().filter(|&&c| c).count();
    (n > 0 && n * 2 >= ws.len()).then(|| kinds.into_iter().collect())
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    for p in 0..ctx.doc.paragraphs.len() {
        let Some(kinds) = kinds(&ctx.data.boilerplate, &ctx.words[ctx.paragraph_words(p)]) else {
            continue;
        };
        let span = ctx.doc.paragraphs[p].span;
        out.push(ctx.finding(
            "boilerplate",
            span,
            format!(
                "« {} »: scraping leftover ({})",
                short(&quote(ctx.doc, span)),
                kinds.join(", ")
            ),
            Some("delete this paragraph".into()),
        ));
    }
}

fn short(s: &str) -> String {
    if s.chars().count() > 80 {
        s.chars().take(80).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

/// Short paragraphs that recur, word for word, in at least 3 files and a fifth of the corpus.
pub fn check_corpus(ctxs: &[DocCtx]) -> Vec<Finding> {
    if ctxs.len() < 5 {
        return Vec::new();
    }
    let mut seen: BTreeMap<Vec<&str>, BTreeSet<usize>> = BTreeMap::new();
    for (d, c) in ctxs.iter().enumerate() {
        for p in 0..c.doc.paragraphs.len() {
            let r = c.paragraph_words(p);
            if r.len() < 2 || r.len() > MAX_WORDS {
                continue;
            }
            let key: Vec<&str> = c.words[r].iter().map(|w| w.lower.as_str()).collect();
            seen.entry(key).or_default().insert(d);
        }
    }
    let min_files = 3.max(ctxs.len() / 5);
    let common: BTreeSet<&Vec<&str>> = seen
        .iter()
        .filter(|(_, f)| f.len() >= min_files)
        .map(|(k, _)| k)
        .collect();
    let mut out = Vec::new();
    for c in ctxs {
        for p in 0..c.doc.paragraphs.len() {
            let r = c.paragraph_words(p);
            if r.len() < 2 || r.len() > MAX_WORDS {
                continue;
            }
            let key: Vec<&str> = c.words[r].iter().map(|w| w.lower.as_str()).collect();
            if let Some(k) = common.get(&key) {
                let files = seen[*k].len();
                let span = c.doc.paragraphs[p].span;
                out.push(c.finding(
                    "boilerplate",
                    span,
                    format!(
                        "« {} » recurs in {files} of {} files: page furniture, not text",
                        short(&quote(c.doc, span)),
                        ctxs.len()
                    ),
                    Some("delete this paragraph".into()),
                ));
            }
        }
    }
    out
}
