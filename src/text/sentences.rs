//! French-aware sentence splitting on the raw text of a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (or a run of them), followed by optional closing
//! marks (» ” " ) ]) and white space, when the next word starts with a capital letter, a digit
//! or an opening quote or dash. A period does not end a sentence after a known abbreviation
//! (M., Mme., etc. before a capital is still an end), or after a single capital letter (an
//! initial, "J. Stock"). An ellipsis followed by a lower-case word does not end one either.

use crate::corpus::Span;

/// Abbreviations that take a period and are normally followed by more of the sentence.
/// Compared without the final period, case-sensitively for titles, lower-cased otherwise.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Mr", "Mrs",
    "Ms", "Jr", "Sr", "av", "apr", "cf", "ex", "p", "pp", "env", "art", "chap", "vol", "éd", "fig",
    "coll", "tél", "bd", "janv", "févr", "avr", "juill", "sept", "oct", "nov", "déc", "vs", "min",
    "max", "n", "no", "réf", "op", "cit", "ibid", "dir", "trad", "hab", "Inc", "Corp", "Ltd", "Co",
    "Cie", "Ets", "e.g", "i.e", "p. ex", "J.-C", "etc", "cad", "c.-à-d",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | ')' | ']' | '\'')
}

fn is_space(c: char) -> bool {
    crate::corpus::paragraph_is_blank_char(c)
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '«' | '“' | '"' | '—' | '–' | '(' | '[' | '¿' | '¡')
}

/// The word (letters, periods, hyphens) that ends just before byte `end` of `s`.
fn word_before(s: &str, end: usize) -> &str {
    let head = &s[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.' || *c == '-')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(end);
    &s[start..end]
}

/// Whether `word` (without its final period) is an abbreviation or an initial.
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap();
    // A single capital letter is an initial.
    if first.is_uppercase() && chars.next().is_none() {
        return true;
    }
    // Dotted acronyms and initials: "U.S", "J.-C".
    if word.contains('.') && word.split(['.', '-']).all(|p| p.chars().count() <= 2) {
        return true;
    }
    ABBREVIATIONS.contains(&word)
        || ABBREVIATIONS.iter().any(|a| {
            a.chars().next().is_some_and(|c| c.is_lowercase()) && a.eq_ignore_ascii_case(word)
        })
}

/// Sentence spans inside `span` of `text`, trimmed of white space; they cover every non-blank
/// part of the span.
pub fn split(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminator(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut dots = usize::from(c == '.');
        while let Some(&(j, d)) = iter.peek() {
            if is_terminator(d) {
                dots += usize::from(d == '.');
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // Closing marks, possibly after a (narrow) no-break space: « ... . »
        let mut after = end;
        let rest = &s[end..];
        let mut consumed = 0;
        for ch in rest.chars() {
            if is_closer(ch)
                || (is_space(ch) && rest[consumed + ch.len_utf8()..].starts_with(is_closer))
            {
                consumed += ch.len_utf8();
            } else {
                break;
            }
        }
        after += consumed;
        let tail = &s[after..];
        let ws = tail.len() - tail.trim_start_matches(is_space).len();
        let next = tail[ws..].chars().next();
        let boundary = match next {
            None => true,
            Some(n) if ws > 0 && starts_sentence(n) => {
                // "M. Dupont", "J. Stock": a period after an abbreviation is not an end.
                !(c == '.' && dots == 1 && is_abbreviation(word_before(s, i)))
            }
            _ => false,
        };
        if boundary {
            push_trimmed(text, span.start + start, span.start + after, &mut out);
            start = after;
            // Skip the consumed closing marks in the iterator.
            while let Some(&(j, _)) = iter.peek() {
                if j < after {
                    iter.next();
                } else {
                    break;
                }
            }
        }
    }
    push_trimmed(text, span.start + start, span.end, &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t, Span::new(0, t.len()))
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn basic_french_sentences() {
        assert_eq!(
            sents("Il pleut. Elle chante ! Vraiment ? Oui."),
            vec!["Il pleut.", "Elle chante !", "Vraiment ?", "Oui."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents("M. Dupont et Mme Durand sont venus. J. Stock aussi, cf. p. 12."),
            vec![
                "M. Dupont et Mme Durand sont venus.",
                "J. Stock aussi, cf. p. 12."
            ]
        );
    }

    #[test]
    fn quotes_and_ellipsis() {
        assert_eq!(
            sents("« Nous sommes prêts. » Il sourit. Un complot...et rien. Fin… Suite."),
            vec![
                "« Nous sommes prêts. »",
                "Il sourit.",
                "Un complot...et rien.",
                "Fin…",
                "Suite."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_is_not_a_boundary() {
        assert_eq!(
            sents("la drogue. trafiquants, voleurs."),
            vec!["la drogue. trafiquants, voleurs."]
        );
    }
}
