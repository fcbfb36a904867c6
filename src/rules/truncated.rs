//! `truncated`: text cut off at the end of a paragraph or a file: a last sentence with no final
//! punctuation that stops on a word that cannot end a sentence ("…la lutte contre le"), or a
//! scraper's "Lire la suite" / "Read more" / "[…]".

use super::{data, quote, DocCtx};
use crate::finding::Finding;

const CONTINUATIONS: &[&str] = &[
    "lire la suite",
    "read more",
    "continue reading",
    "continuer la lecture",
    "la suite",
    "lire plus",
    "en savoir plus",
    "voir plus",
    "[…]",
    "[...]",
    "(…)",
    "(...)",
];

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let lang = data::language();
    let stop = match ctx.lang {
        "fr" => &lang.cannot_end_sentence_fr,
        "en" => &lang.cannot_end_sentence_en,
        _ => return,
    };
    let doc = ctx.doc;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let text = doc.slice(para.span);
        let lower = super::words::lower(text);
        let tail = lower
            .trim_end()
            .trim_end_matches(['.', ' ', '\u{a0}', '»', '→', '>']);
        let continuation = CONTINUATIONS.iter().find(|c| {
            tail.strip_suffix(*c)
                .is_some_and(|head| !head.ends_with(char::is_alphanumeric))
        });
        if let Some(c) = continuation {
            let r = ctx.paragraph_words(p);
            let n = c
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            if r.len() <= n {
                continue; // a prompt on its own is `boilerplate`
            }
            let span = if n == 0 {
                para.span
            } else {
                crate::corpus::Span::new(ctx.words[r.end - n].span.start, para.span.end)
            };
            out.push(ctx.finding(
                "truncated",
                span,
                format!(
                    "« {} »: the text was cut off by the scraper",
                    quote(doc, span)
                ),
                Some("restore the rest of the text or delete the prompt".into()),
            ));
            continue;
        }
        let last_char = crate::text::last_base(text.trim_end());
        if !last_char.is_some_and(char::is_alphabetic) {
            continue;
        }
        let r = ctx.paragraph_words(p);
        if r.len() < 4 {
            continue;
        }
        let last = &ctx.words[r.end - 1];
        if stop.contains(&last.lower) {
            let span = ctx.span(r.end.saturating_sub(3).max(r.start), r.end - 1);
            out.push(ctx.finding(
                "truncated",
                span,
                format!(
                    "« {} »: the text stops on « {} », which cannot end a sentence",
                    quote(doc, span),
                    last.raw(doc)
                ),
                Some("restore the end of the sentence".into()),
            ));
        }
    }
}
