//! Words with their raw byte spans and the hash of their comparison form.

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

/// Append the words of `text` (which starts at byte `base` of its document) to `out`.
///
/// Words are Unicode word-boundary segments (UAX #29) that hold a letter or a digit. `buf` is a
/// reusable buffer for the comparison form.
pub fn tokenize(
    text: &str,
    base: usize,
    opts: NormOptions,
    out: &mut Vec<Token>,
    buf: &mut String,
) {
    for (i, w) in text.unicode_word_indices() {
        let start = (base + i) as u32;
        let end = start + w.len() as u32;
        let hash = if w
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            xxh3_64(w.as_bytes())
        } else {
            normalize_into(w, opts, buf);
            xxh3_64(buf.as_bytes())
        };
        out.push(Token { start, end, hash });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut v = Vec::new();
        tokenize(s, 0, NormOptions::default(), &mut v, &mut String::new());
        v
    }

    #[test]
    fn spans_point_into_raw_text() {
        let s = "« L’Organisation », dit-il.";
        let t = toks(s);
        let words: Vec<&str> = t
            .iter()
            .map(|t| &s[t.start as usize..t.end as usize])
            .collect();
        assert_eq!(words, vec!["L’Organisation", "dit", "il"]);
    }

    #[test]
    fn comparison_ignores_case_quotes_and_form() {
        let a: Vec<u64> = toks("L’ordre ÉTÉ").iter().map(|t| t.hash).collect();
        let b: Vec<u64> = toks("l'ordre e\u{301}te\u{301}")
            .iter()
            .map(|t| t.hash)
            .collect();
        assert_eq!(a, b);
    }
}
