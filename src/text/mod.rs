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

/// A combining mark: the accent of a decomposed "é". Rules that look at the character next to
/// a position step over these, so that "é" + U+0301 reads as the letter it is.
pub fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// The last character of `s` that is not a combining mark.
pub fn last_base(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| !is_mark(c))
}
pub use tokens::{tokenize, Token};
