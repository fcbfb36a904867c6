//! Words with their raw byte spans and the hash of their comparison form.
//!
//! Words follow the Unicode word boundaries of UAX #29 (`unicode-segmentation`), keeping the
//! segments that hold a letter or a digit. Because segmentation is the hot path of the whole
//! tool, text made only of characters whose word-break class is known here (ASCII, Latin-1,
//! Latin Extended-A, the common quotes, dashes and spaces, angle brackets and box drawing) goes
//! through a hand-written scanner that applies the same rules (WB5–WB13b: letters and digits
//! joined across `'`, `’`, `.`, `:` between letters and `,`, `;`, `.`, `'` between digits, and
//! `_` part of the word around it); any other character sends the paragraph to
//! `unicode-segmentation`. A property test checks that both paths agree.
//! One deliberate difference from UAX #29: NARROW NO-BREAK SPACE (U+202F, French typography
//! before « ; : ! ? ») is a space, never part of a word.

use super::normalize::{normalize_into, NormOptions};
use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64;

/// A word of the raw text: its byte span in the document and the hash of its comparison form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub hash: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Letter,
    Digit,
    /// Joins letters only (`:`).
    MidLetter,
    /// Joins letters or digits (`.`, `'`, `’`, `‘`).
    MidNumLet,
    /// Joins digits only (`,`, `;`).
    MidNum,
    /// Part of a word on either side of a letter, a digit or another of its kind (`_`, WB13a/b);
    /// a run of these alone is not a word.
    ExtendNumLet,
    Other,
    /// Not known to the fast scanner.
    Unknown,
}

#[inline]
fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLet,
        ':' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '_' => Class::ExtendNumLet,
        '\0'..='\u{7f}' => Class::Other,
        '\u{aa}' | '\u{b5}' | '\u{ba}' => Class::Letter,
        '\u{a0}' | '\u{a3}' | '\u{a7}' | '\u{a9}' | '\u{ab}' | '\u{ae}' | '\u{b0}' | '\u{bb}'
        | '\u{d7}' | '\u{f7}' => Class::Other,
        '\u{c0}'..='\u{ff}' | '\u{100}'..='\u{17f}' => Class::Letter,
        '\u{2002}'..='\u{200a}'
        | '\u{2010}'..='\u{2015}'
        | '\u{201c}'..='\u{201f}'
        | '\u{2020}'..='\u{2022}'
        | '\u{2026}'
        | '\u{202f}'
        | '\u{2039}'
        | '\u{203a}'
        | '\u{20ac}'
        // Mathematical angle brackets and box drawing: groff's rendering of <…> and of tables.
        | '\u{27e8}'
        | '\u{27e9}'
        | '\u{2500}'..='\u{257f}' => Class::Other,
        _ => Class::Unknown,
    }
}

const fn ascii_table() -> [Class; 128] {
    let mut t = [Class::Other; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = match i as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'.' | b'\'' => Class::MidNumLet,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'_' => Class::ExtendNumLet,
            _ => Class::Other,
        };
        i += 1;
    }
    t
}

static ASCII: [Class; 128] = ascii_table();

/// Class and length of the character at byte `i` of `text`.
#[inline(always)]
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII[b as usize], 1)
    } else {
        let c = text[i..].chars().next().unwrap();
        (class(c), c.len_utf8())
    }
}

/// Word spans (relative to `text`) by the fast scanner, or `false` (and nothing appended) if
/// `text` holds a character it does not know.
fn fast_words(text: &str, out: &mut Vec<(usize, usize)>) -> bool {
    let start_len = out.len();
    // The word being read: its start, the class of its last character, and whether it holds a
    // letter or a digit (a run of `_` alone is not a word).
    let mut word: Option<(usize, Class, bool)> = None;
    let mut i = 0;
    let n = text.len();
    let close = |word: Option<(usize, Class, bool)>, at: usize, out: &mut Vec<(usize, usize)>| {
        if let Some((s, _, true)) = word {
            out.push((s, at));
        }
    };
    while i < n {
        let (cl, len) = class_at(text, i);
        match cl {
            Class::Unknown => {
                out.truncate(start_len);
                return false;
            }
            Class::Letter | Class::Digit | Class::ExtendNumLet => {
                let alnum = cl != Class::ExtendNumLet;
                match &mut word {
                    Some((_, last, has)) => {
                        *last = cl;
                        *has |= alnum;
                    }
                    None => word = Some((i, cl, alnum)),
                }
            }
            Class::MidLetter | Class::MidNumLet | Class::MidNum => {
                if let Some((_, last, _)) = word {
                    let next = (i + len < n).then(|| class_at(text, i + len).0);
                    if next == Some(Class::Unknown) {
                        out.truncate(start_len);
                        return false;
                    }
                    let joins = match (last, next) {
                        (Class::Letter, Some(Class::Letter)) => cl != Class::MidNum,
                        (Class::Digit, Some(Class::Digit)) => cl != Class::MidLetter,
                        _ => false,
                    };
                    if !joins {
                        close(word.take(), i, out);
                    }
                }
            }
            Class::Other => close(word.take(), i, out),
        }
        i += len;
    }
    close(word, n, out);
    true
}

/// Word spans of `text` (relative to it), appended to `out`.
pub fn word_spans(text: &str, out: &mut Vec<(usize, usize)>) {
    if !fast_words(text, out) {
        uax_words(text, out);
    }
}

/// Word spans by `unicode-segmentation`: the UAX #29 word segments that hold a letter or a
/// digit, split at U+202F. (UAX #29 gives U+202F the class of `_`, so "10 000" written with it
/// is one segment; here, as in the fast scanner, it separates words.)
fn uax_words(text: &str, out: &mut Vec<(usize, usize)>) {
    for (i, w) in text.unicode_word_indices() {
        let mut start = i;
        for piece in w.split('\u{202f}') {
            // Other spaces a segment might carry at its ends are not part of the word either.
            let lead = piece.len() - piece.trim_start().len();
            let t = piece.trim();
            if t.chars().any(char::is_alphanumeric) {
                out.push((start + lead, start + lead + t.len()));
            }
            start += piece.len() + '\u{202f}'.len_utf8();
        }
    }
}

/// Comparison form of a word written in ASCII and common French letters, lower-cased byte by
/// byte into `out`; `None` for anything else (then the general path runs).
#[inline]
fn fast_fold<'a>(w: &[u8], out: &'a mut [u8; 64]) -> Option<&'a [u8]> {
    if w.len() > out.len() {
        return None;
    }
    let (mut i, mut o) = (0, 0);
    while i < w.len() {
        let b = w[i];
        if b < 0x80 {
            out[o] = b.to_ascii_lowercase();
            i += 1;
            o += 1;
            continue;
        }
        let next = *w.get(i + 1)?;
        match (b, next) {
            // À..Þ (not × or ß): lower case is +0x20 in the second byte.
            (0xC3, 0x80..=0x9E) if next != 0x97 => {
                out[o] = 0xC3;
                out[o + 1] = next + 0x20;
            }
            // à..ÿ
            (0xC3, 0xA0..=0xBF) => {
                out[o] = 0xC3;
                out[o + 1] = next;
            }
            // Œ, œ
            (0xC5, 0x92 | 0x93) => {
                out[o] = 0xC5;
                out[o + 1] = 0x93;
            }
            // ’ and ‘ are apostrophes.
            (0xE2, 0x80) if matches!(w.get(i + 2), Some(0x98 | 0x99)) => {
                out[o] = b'\'';
                i += 3;
                o += 1;
                continue;
            }
            _ => return None,
        }
        i += 2;
        o += 2;
    }
    Some(&out[..o])
}

/// Hash of the comparison form of one word; `buf` is scratch space.
#[inline]
pub fn word_hash(w: &str, opts: NormOptions, buf: &mut String) -> u64 {
    if !opts.fold_accents {
        let mut stack = [0u8; 64];
        if let Some(folded) = fast_fold(w.as_bytes(), &mut stack) {
            return xxh3_64(folded);
        }
    }
    normalize_into(w, opts, buf);
    xxh3_64(buf.as_bytes())
}

/// Append the words of `text` (which starts at byte `base` of its document) to `out`.
/// `buf` is a reusable buffer for the comparison form.
pub fn tokenize(
    text: &str,
    base: usize,
    opts: NormOptions,
    out: &mut Vec<Token>,
    buf: &mut String,
) {
    let mut spans = Vec::with_capacity(text.len() / 6 + 1);
    word_spans(text, &mut spans);
    out.reserve(spans.len());
    out.extend(spans.into_iter().map(|(s, e)| Token {
        start: (base + s) as u32,
        end: (base + e) as u32,
        hash: word_hash(&text[s..e], opts, buf),
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut v = Vec::new();
        tokenize(s, 0, NormOptions::default(), &mut v, &mut String::new());
        v
    }

    fn words(s: &str) -> Vec<&str> {
        toks(s)
            .iter()
            .map(|t| &s[t.start as usize..t.end as usize])
            .collect()
    }

    #[test]
    fn spans_point_into_raw_text() {
        assert_eq!(
            words("« L’Organisation », dit-il."),
            vec!["L’Organisation", "dit", "il"]
        );
        assert_eq!(
            words("3,5 % des U.S.A. et G7 : a:b"),
            vec!["3,5", "des", "U.S.A", "et", "G7", "a:b"]
        );
        assert_eq!(words("menace\u{202f}» ok"), vec!["menace", "ok"]);
        // U+202F inside a number separates words on both paths (λ sends the text to
        // unicode-segmentation, where U+202F would join "10" and "000").
        assert_eq!(
            words("MAX_SIZE 10\u{202f}000"),
            vec!["MAX_SIZE", "10", "000"]
        );
        assert_eq!(
            words("λ 10\u{202f}000 _\u{202f}a"),
            vec!["λ", "10", "000", "a"]
        );
    }

    #[test]
    fn comparison_ignores_case_quotes_and_form() {
        let a: Vec<u64> = toks("L’ordre ÉTÉ Œuvre").iter().map(|t| t.hash).collect();
        let b: Vec<u64> = toks("l'ordre e\u{301}te\u{301} œuvre")
            .iter()
            .map(|t| t.hash)
            .collect();
        assert_eq!(a, b);
    }

    #[test]
    fn fast_and_full_normalisation_agree() {
        for w in [
            "Été",
            "ÇA",
            "l’Œuvre",
            "Ÿ",
            "Ĳssel",
            "straße",
            "naïve",
            "ÀÉÎÕÜ",
            "ÞÝ×",
            "D’ABORD",
            "a‘b",
        ] {
            let mut b1 = String::new();
            let fast = word_hash(w, NormOptions::default(), &mut b1);
            let mut b2 = String::new();
            normalize_into(w, NormOptions::default(), &mut b2);
            assert_eq!(fast, xxh3_64(b2.as_bytes()), "{w}");
        }
    }

    proptest! {
        /// On text the fast scanner accepts, it finds exactly the UAX #29 words (split at U+202F).
        #[test]
        fn fast_scanner_matches_uax29(s in "[a-zA-Z0-9éèàçÉÀœŒ’'.:,;!?_ \u{a0}\u{202f}«»\u{2013}\u{2026}\u{27e8}\u{27e9}\u{2500}\u{2502}\u{250c}-]{0,60}") {
            let mut fast = Vec::new();
            prop_assume!(fast_words(&s, &mut fast));
            let mut uax = Vec::new();
            uax_words(&s, &mut uax);
            prop_assert_eq!(fast, uax);
        }
    }
}
