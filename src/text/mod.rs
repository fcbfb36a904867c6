//! Text views: comparison normalisation, tokens with raw spans, and sentences.

pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use normalize::{normalize_into, NormOptions};

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `s` in NFC: borrowed when it already is (ASCII, or the NFC quick check says so), which is
/// nearly always. Rules compare and quote this form, so that text typed in NFD (a decomposed
/// "é", as some macOS tools write) gives the same findings as the same text in NFC.
pub fn nfc(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// [`nfc`] of an owned string: the same string back when it already is NFC, with no copy.
pub fn into_nfc(s: String) -> String {
    match nfc(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// `s` with every CRLF and lone CR as LF: borrowed when it holds no CR.
pub fn lf(s: &str) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A combining mark: the accent of a decomposed "é". Rules that look at the character next to
/// a position step over these, so that "é" + U+0301 reads as the letter it is.
pub fn is_mark(c: char) -> bool {
    // No combining mark comes before U+0300: ASCII and Latin-1 skip the table.
    c >= '\u{300}' && unicode_normalization::char::is_combining_mark(c)
}

/// The characters of `s` with their byte offsets, a letter and the combining marks after it
/// composed into one where Unicode has the composed character ("A" + U+0303 is "Ã"): what NFC
/// writes for text in canonical order, as NFD text is.
pub fn composed_chars(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut it = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (i, mut c) = it.next()?;
        while let Some(k) = it
            .peek()
            .filter(|&&(_, m)| is_mark(m))
            .and_then(|&(_, m)| unicode_normalization::char::compose(c, m))
        {
            c = k;
            it.next();
        }
        Some((i, c))
    })
}

/// The byte offset in `s` of the first character for which `stop` holds, if the text before it
/// takes at most `max` bytes in NFC: a window measured the same whatever the normal form.
/// (`stop` must not hold for a combining mark.)
pub fn find_within(s: &str, max: usize, stop: impl Fn(char) -> bool) -> Option<usize> {
    let mut nfc_len = 0;
    for (i, c) in composed_chars(s) {
        if nfc_len > max {
            return None;
        }
        if stop(c) {
            return Some(i);
        }
        nfc_len += c.len_utf8();
    }
    None
}

/// The last character of `s` that is not a combining mark.
pub fn last_base(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| !is_mark(c))
}
pub use tokens::{tokenize, Token};
