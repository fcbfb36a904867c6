//! `stutter`: a word repeated where machine translation repeats it ("ont ont"), or a verb
//! repeated in another form a few words later ("exhortent les pays à exhorter").

use super::{data, quote, DocCtx};
use crate::finding::Finding;

/// Immediate repeats that are correct in French or English.
fn legit(w: &str, ctx: &DocCtx) -> bool {
    let pair = format!("{w} {w}");
    // Numbers (« 0.00 0.00 » in a table) are not words.
    w.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || data::language().legit_repeats_fr.iter().any(|l| l == &pair)
        || (ctx.lang == "en" && matches!(w, "that" | "had" | "is"))
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn is_infinitive(w: &str) -> bool {
    w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let ws = &ctx.words;
    let doc = ctx.doc;
    let mut i = 1;
    while i < ws.len() {
        // The same word twice or more, separated by white space only: one finding per run.
        let same = |k: usize| {
            let (a, b) = (&ws[k - 1], &ws[k]);
            a.sentence == b.sentence
                && a.lower == b.lower
                && doc.text[a.span.end..b.span.start]
                    .chars()
                    .all(char::is_whitespace)
        };
        if !same(i) || legit(&ws[i].lower, ctx) {
            i += 1;
            continue;
        }
        let start = i - 1;
        while i + 1 < ws.len() && same(i + 1) {
            i += 1;
        }
        let span = ctx.span(start, i);
        out.push(ctx.finding(
            "stutter",
            span,
            format!("« {} »: the word is repeated", quote(doc, span)),
            Some(format!("keep one « {} »", quote(doc, ws[start].span))),
        ));
        i += 1;
    }
    if ctx.lang != "fr" {
        return;
    }
    // A conjugated verb followed within four words by its own infinitive after « à » or « de ».
    for j in 0..ws.len() {
        let inf = &ws[j];
        if !is_infinitive(&inf.lower) || inf.lower.chars().count() < 6 || j < 2 {
            continue;
        }
        let prep = &ws[j - 1].lower;
        if prep != "à" && prep != "de" && prep != "d'" {
            continue;
        }
        let from = j.saturating_sub(5);
        for (i, w) in ws.iter().enumerate().take(j - 1).skip(from) {
            let n = w.lower.chars().count().min(inf.lower.chars().count());
            let cp = common_prefix(&w.lower, &inf.lower);
            if w.sentence == inf.sentence
                && w.lower != inf.lower
                && n >= 6
                && cp >= 5
                && cp * 10 >= n * 7
                && !is_infinitive(&w.lower)
            {
                let span = ctx.span(i, j);
                out.push(ctx.finding(
                    "stutter",
                    span,
                    format!(
                        "« {} »: the verb is repeated in another form, as machine translation does",
                        quote(doc, span)
                    ),
                    Some("keep one of the two verbs".into()),
                ));
                break;
            }
        }
    }
}
