//! `boilerplate`: scraping leftovers. A short paragraph made mostly of phrases of the built-in
//! lexicon (comment forms, share/follow/subscribe prompts, tag prompts, generated author bios,
//! in French and English), and, over the corpus, a short line that recurs in many files.

use super::lexicon::Lexicon;
use super::words::Word;
use super::{finding, quote, DocCtx, DocOutcome};
use crate::corpus::{Document, Span};
use crate::finding::Finding;
use std::collections::{BTreeMap, BTreeSet};

/// Paragraphs longer than this are text, not boilerplate.
const MAX_WORDS: usize = 30;

/// A recurring paragraph of at most this many words in capitals, not starting with a function
/// word, is a section heading.
const MAX_HEADING_WORDS: usize = 6;

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

/// Short paragraphs of a document as their lower-case words (joined by U+0001), for
/// [`check_corpus`].
pub fn short_paragraphs(ctx: &DocCtx) -> Vec<(String, Span)> {
    (0..ctx.doc.paragraphs.len())
        .filter_map(|p| {
            let r = ctx.paragraph_words(p);
            if r.len() < 2 || r.len() > MAX_WORDS {
                return None;
            }
            // A heading in capitals (« VALEUR RENVOYÉE », « VOIR AUSSI ») is the structure of
            // documents of one kind, not furniture; a leftover in capitals is the lexicon's. A
            // heading is words of letters that does not start with a function word: a byline
            // (« PAR NOTRE CORRESPONDANT ») or a credit (« © AFP 2024 ») is not one.
            let text = ctx.doc.slice(ctx.doc.paragraphs[p].span).trim();
            let lang = super::data::language();
            let first = &ctx.words[r.start].lower;
            let heading = r.len() <= MAX_HEADING_WORDS
                && text.chars().any(char::is_alphabetic)
                && text.chars().all(|c| {
                    (c.is_alphabetic() && !c.is_lowercase())
                        || c.is_whitespace()
                        || matches!(c, '\'' | '’' | '-')
                })
                && !lang.fr_function_words.contains(first)
                && !lang.en_function_words.contains(first);
            if heading {
                return None;
            }
            let key: Vec<&str> = ctx.words[r].iter().map(|w| w.lower.as_str()).collect();
            Some((key.join("\u{1}"), ctx.doc.paragraphs[p].span))
        })
        .collect()
}

/// Short paragraphs that recur, word for word, in at least 3 files and a fifth of the corpus.
pub fn check_corpus(docs: &[Document], outcomes: &[DocOutcome]) -> Vec<Finding> {
    if docs.len() < 5 {
        return Vec::new();
    }
    let mut seen: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (d, o) in outcomes.iter().enumerate() {
        for (key, _) in &o.short_paragraphs {
            seen.entry(key).or_default().insert(d);
        }
    }
    let min_files = 3.max(docs.len() / 5);
    let mut out = Vec::new();
    for (doc, o) in docs.iter().zip(outcomes) {
        for (key, span) in &o.short_paragraphs {
            let files = seen[key.as_str()].len();
            if files < min_files {
                continue;
            }
            out.push(finding(
                doc,
                "boilerplate",
                *span,
                format!(
                    "« {} » recurs in {files} of {} files: page furniture, not text",
                    short(&quote(doc, *span)),
                    docs.len()
                ),
                Some("delete this paragraph".into()),
            ));
        }
    }
    out
}
