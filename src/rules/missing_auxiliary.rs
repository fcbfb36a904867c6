//! `missing-auxiliary`: a past participle without its auxiliary in a quotation attribution:
//! "», Interpol révélé." for "», a révélé Interpol." or "», Interpol a révélé.".

use super::{quote, DocCtx};
use crate::finding::Finding;

const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "était",
    "étaient", "eut", "eurent", "ai", "as", "avons", "avez", "sera", "seront", "fut", "furent",
];
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "ce", "cette", "notre",
    "votre",
];
const PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];
const IRREGULAR: &[&str] = &[
    "dit",
    "écrit",
    "admis",
    "reconnu",
    "soutenu",
    "répondu",
    "conclu",
    "promis",
    "prévenu",
    "averti",
    "maintenu",
    "poursuivi",
    "insisté",
    "dit-il",
];

fn is_participle(w: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|s| w.ends_with(s)) && w.chars().count() >= 4
        || IRREGULAR.contains(&w)
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    if ctx.lang != "fr" {
        return;
    }
    let doc = ctx.doc;
    let ws = &ctx.words;
    for (q, c) in doc.text.char_indices() {
        if !matches!(c, '»' | '”') {
            continue;
        }
        // », then 2 to 4 words in one go, the last followed by . , ; or the end.
        let after = q + c.len_utf8();
        let rest = &doc.text[after..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace());
        let Some(trimmed) = trimmed.strip_prefix(',') else {
            continue;
        };
        let start = doc.text.len() - trimmed.len();
        let first = ws.partition_point(|w| w.span.start < start);
        let mut last = None;
        for k in first..(first + 4).min(ws.len()) {
            if k > first
                && !doc.text[ws[k - 1].span.end..ws[k].span.start]
                    .chars()
                    .all(char::is_whitespace)
            {
                break;
            }
            let tail = doc.text[ws[k].span.end..].trim_start_matches([' ', '\u{a0}']);
            if tail.is_empty() || tail.starts_with(['.', ',', ';', '\n', '\r']) {
                last = Some(k);
                break;
            }
        }
        let Some(last) = last else { continue };
        if last == first || ws[first].para != ws[last].para {
            continue;
        }
        let subject = &ws[first..last];
        let participle = &ws[last];
        let subject_ok = ws[first].is_capitalised(doc)
            || DETERMINERS.contains(&ws[first].lower.as_str())
            || (subject.len() == 1 && PRONOUNS.contains(&ws[first].lower.as_str()));
        if subject_ok
            && is_participle(&participle.lower)
            && !subject
                .iter()
                .any(|w| AUXILIARIES.contains(&w.lower.as_str()))
        {
            let span = ctx.span(first, last);
            let subj = quote(doc, ctx.span(first, last - 1));
            out.push(ctx.finding(
                "missing-auxiliary",
                span,
                format!(
                    "« {} »: the past participle has no auxiliary",
                    quote(doc, span)
                ),
                Some(format!(
                    "« {subj} a {} » or « a {} {subj} »",
                    participle.raw(doc),
                    participle.raw(doc)
                )),
            ));
        }
    }
}
