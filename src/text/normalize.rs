//! Comparison normalisation of one word.
//!
//! NFKC, full case folding, every apostrophe-like mark unified to `'`, every dash to `-`, and
//! optional accent folding. Spaces and quote marks never reach this function: tokens are words,
//! so the comparison view ignores punctuation and spacing entirely.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Options of the comparison view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
pub struct NormOptions {
    /// Fold accents (é → e) as well.
    pub fold_accents: bool,
}

fn map_char(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' | '\u{2032}'
        | '\u{FF07}' => out.push('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        'ß' | 'ẞ' => out.push_str("ss"),
        'ς' => out.push('σ'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// Write the comparison form of `word` into `out` (cleared first).
pub fn normalize_into(word: &str, opts: NormOptions, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
        if word.contains('`') {
            *out = out.replace('`', "'");
        }
        return;
    }
    if opts.fold_accents {
        for c in word.nfkd().filter(|c| !is_combining_mark(*c)) {
            map_char(c, out);
        }
    } else {
        for c in word.nfkc() {
            map_char(c, out);
        }
        // Lower-casing can leave a decomposed sequence in rare cases; recompose.
        if out.chars().any(is_combining_mark) {
            let composed: String = out.nfc().collect();
            *out = composed;
        }
    }
}

/// Owned comparison form of a word.
pub fn normalize(word: &str, opts: NormOptions) -> String {
    let mut s = String::new();
    normalize_into(word, opts, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_and_nfd_compare_equal() {
        let o = NormOptions::default();
        assert_eq!(normalize("Été", o), normalize("E\u{301}te\u{301}", o));
        assert_eq!(normalize("Été", o), "été");
    }

    #[test]
    fn apostrophes_dashes_ligatures_case() {
        let o = NormOptions::default();
        assert_eq!(normalize("L’ordre", o), "l'ordre");
        assert_eq!(normalize("lʼordre", o), "l'ordre");
        assert_eq!(normalize("ﬁn", o), "fin");
        assert_eq!(normalize("Straße", o), "strasse");
        assert_eq!(normalize("cyber‐sécurité", o), "cyber-sécurité");
    }

    #[test]
    fn accent_folding_is_optional() {
        let f = NormOptions { fold_accents: true };
        assert_eq!(normalize("Sécurité", f), "securite");
        assert_eq!(normalize("Sécurité", NormOptions::default()), "sécurité");
    }
}
