//! `hard-wrap`: a line break inside a sentence ("chiffrement des" / "données."), in a file that
//! is not hard-wrapped throughout.

use super::{quote, DocCtx};
use crate::corpus::Span;
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let joins: Vec<Span> = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.joins.iter().filter(|j| j.mid_sentence).map(|j| j.span))
        .collect();
    let lines = doc.text.lines().filter(|l| !l.trim().is_empty()).count();
    // A file wrapped on purpose (many breaks inside sentences) is not a slip.
    if joins.len() >= 3 && joins.len() * 4 > lines {
        return;
    }
    for j in joins {
        let before = ctx.words.partition_point(|w| w.span.end <= j.start);
        if before == 0 || before >= ctx.words.len() {
            continue;
        }
        let span = ctx.span(before - 1, before);
        out.push(ctx.finding(
            "hard-wrap",
            span,
            format!(
                "line break inside a sentence: « {} ⏎ {} »",
                quote(doc, ctx.words[before - 1].span),
                quote(doc, ctx.words[before].span)
            ),
            Some("join the two lines".into()),
        ));
    }
}
