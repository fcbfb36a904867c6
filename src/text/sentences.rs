//! French-aware sentence splitting on the raw text of a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (or a run of them), followed by optional closing
//! marks (» ” " ) ]) and white space, when the next word starts with a capital letter, a digit
//! or an opening quote or dash. A period does not end a sentence after a title ("M. Dupont",
//! "Mme Durand", "Dr. House") or a single capital letter (an initial, "J. Stock"), nor after an
//! abbreviation such as "art.", "p.", "no", "vol." when a number follows ("art. 3"). Words that are
//! also abbreviations ("sept.", "etc.", "min.") end a sentence before a capital. An ellipsis
//! followed by a lower-case word does not end one either.

use crate::corpus::Span;

/// Titles: always followed by more of the sentence (a name).
const TITLES: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof", "St", "Ste", "Mr",
    "Mrs", "Ms", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Cie", "Ets", "J.-C",
];

/// Abbreviations that do not end a sentence when a number follows ("art. 3", "p. 12").
const BEFORE_NUMBERS: &[&str] = &[
    "av", "apr", "cf", "ex", "p", "pp", "env", "art", "chap", "vol", "éd", "fig", "coll", "tél",
    "bd", "janv", "févr", "avr", "juil", "juill", "sept", "oct", "nov", "déc", "vs", "min", "max",
    "n", "no", "réf", "op", "cit", "ibid", "dir", "trad", "hab", "etc",
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

/// The word (letters, digits, periods, hyphens) that ends just before byte `end` of `s`.
pub fn word_before(s: &str, end: usize) -> &str {
    let head = &s[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '-' || super::is_mark(c))
        .last()
        .map(|(i, _)| i)
        .unwrap_or(end);
    &s[start..end]
}

/// Whether `word` (without its final period) is a title, an initial or a dotted acronym: a
/// period after it never ends a sentence before a capital.
pub fn is_title_or_initial(word: &str) -> bool {
    let word = &*super::nfc(word);
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // A single capital letter is an initial.
    if first.is_uppercase() && chars.next().is_none() {
        return true;
    }
    // Dotted acronyms and initials: "U.S", "J.-C".
    if word.contains('.') && word.split(['.', '-']).all(|p| p.chars().count() <= 2) {
        return true;
    }
    TITLES.contains(&word)
}

/// Whether `word` (without its final period) is an abbreviation of any kind: a title, an initial,
/// or an abbreviation that usually precedes a number. Used where the next word is in lower
/// case (`broken-sentence`).
pub fn is_abbreviation(word: &str) -> bool {
    is_title_or_initial(word) || before_number(word)
}

/// Whether `word` is one of the abbreviations that usually precede a number ("p.", "art.").
fn before_number(word: &str) -> bool {
    let word = &*super::nfc(word);
    BEFORE_NUMBERS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Sentence spans inside `span` of `text`, trimmed of white space; they cover every non-blank
/// part of the span.
pub fn split(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut start = 0;
    // Candidates are found on the bytes: `.`, `!`, `?`, and 0xE2, the first byte of `…` (and of
    // other characters, skipped below). Every match is the start of a character. `stop` and `e2`
    // are the first of each at or after `pos`, each looked for again only once `pos` has passed
    // it (’ and U+202F also start with 0xE2: searching for the next `.` after each of them
    // would make a long paragraph quadratic).
    let bytes = s.as_bytes();
    let mut pos = 0;
    let mut stop = memchr::memchr3(b'.', b'!', b'?', bytes);
    let mut e2 = memchr::memchr(0xE2, bytes);
    loop {
        if stop.is_some_and(|x| x < pos) {
            stop = memchr::memchr3(b'.', b'!', b'?', &bytes[pos..]).map(|o| pos + o);
        }
        if e2.is_some_and(|x| x < pos) {
            e2 = memchr::memchr(0xE2, &bytes[pos..]).map(|o| pos + o);
        }
        let i = match (stop, e2) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => break,
        };
        let c = s[i..].chars().next().expect("a character starts here");
        if !is_terminator(c) {
            pos = i + c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut dots = usize::from(c == '.');
        for d in s[end..].chars() {
            if !is_terminator(d) {
                break;
            }
            dots += usize::from(d == '.');
            end += d.len_utf8();
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
        // An item of a list opens a sentence on its line (« …500 pistes. ⏎ - Fixed a crash »).
        let bullet = |n: char| {
            tail[..ws].contains('\n')
                && matches!(n, '-' | '•' | '*' | '·')
                && tail[ws + n.len_utf8()..].starts_with(' ')
        };
        let boundary = match next {
            None => true,
            Some(n) if ws > 0 && (starts_sentence(n) || bullet(n)) => {
                // "M. Dupont", "J. Stock": a period after an abbreviation is not an end.
                {
                    let w = word_before(s, i);
                    let abbreviation =
                        is_title_or_initial(w) || (n.is_ascii_digit() && before_number(w));
                    !(c == '.' && dots == 1 && abbreviation)
                }
            }
            _ => false,
        };
        if boundary {
            push_trimmed(text, span.start + start, span.start + after, &mut out);
            start = after;
            pos = after;
        } else {
            pos = end;
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
    fn words_that_are_also_abbreviations_end_sentences_before_a_capital() {
        assert_eq!(
            sents(
                "Ils étaient sept. Éventuellement, il a accepté. Voir l'art. 3 du code, etc. Fin."
            ),
            vec![
                "Ils étaient sept.",
                "Éventuellement, il a accepté.",
                "Voir l'art. 3 du code, etc.",
                "Fin."
            ]
        );
    }

    #[test]
    fn an_item_of_a_list_on_its_line_opens_a_sentence() {
        assert_eq!(
            sents(
                "- Correction d'un problème d'export.\n- Fixed a crash on start.\n• Mise à jour."
            ),
            vec![
                "- Correction d'un problème d'export.",
                "- Fixed a crash on start.",
                "• Mise à jour."
            ]
        );
        // Not a hyphen inside a line, nor one glued to a word.
        assert_eq!(
            sents("Il a dit non. - et il est parti."),
            vec!["Il a dit non. - et il est parti."]
        );
        assert_eq!(
            sents("Fin.\n-v affiche la version."),
            vec!["Fin.\n-v affiche la version."]
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
