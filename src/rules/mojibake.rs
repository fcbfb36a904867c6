//! `mojibake`: UTF-8 decoded twice ("Ã©" for "é", "â€™" for "’"), the replacement character
//! U+FFFD, and control characters. The message shows the repaired text.

use super::DocCtx;
use crate::corpus::Span;
use crate::finding::Finding;

/// The text a run of characters stood for, if it is UTF-8 that was read as Windows-1252.
pub fn repair(run: &str) -> Option<String> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(run);
    if unmappable {
        return None;
    }
    let fixed = std::str::from_utf8(&bytes).ok()?;
    (fixed.chars().count() < run.chars().count() && !fixed.is_ascii()).then(|| fixed.to_string())
}

/// The character a sequence of 2 to 4 characters stood for, if it is exactly one UTF-8
/// character read as Windows-1252 ("Ã©" → "é", "â€™" → "’").
fn repair_one(seq: &str) -> Option<char> {
    let fixed = repair(seq)?;
    let mut cs = fixed.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if plausible(c) => Some(c),
        _ => None,
    }
}

/// A character that double-encoded text plausibly stood for: any of two UTF-8 bytes (Latin,
/// Greek, Cyrillic…), the punctuation, currency and symbol blocks (’, “, €, ™, →), Latin
/// Extended Additional and CJK, or a character of four bytes (emoji). Windows-1252 text can hold
/// three characters that happen to be valid UTF-8 — « à », a no-break space, « « » (E0 A0 AB) —
/// which would stand for a Samaritan letter: that is French typography, not mojibake.
fn plausible(c: char) -> bool {
    c < '\u{800}'
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
        || ('\u{2000}'..='\u{2bff}').contains(&c)
        || ('\u{3000}'..='\u{9fff}').contains(&c)
        || ('\u{fb00}'..='\u{fffd}').contains(&c)
        || c >= '\u{10000}'
}

/// Double-encoded characters of `text`: (start, end, the character meant). Text in NFD reads
/// like NFC ([`crate::text::composed_chars`]).
fn double_encoded(text: &str) -> Vec<(usize, usize, char)> {
    let chars: Vec<(usize, char)> = crate::text::composed_chars(text).collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |x| x.0);
    let mut out = Vec::new();
    // « Ã » before one space: kept when the text has other double-encoded characters.
    let mut lone = Vec::new();
    let mut k = 0;
    'next: while k < chars.len() {
        // A UTF-8 lead byte read as Windows-1252 is a character from Â (C2) to ô (F4), and the
        // continuation bytes after it (80 to BF) are not ASCII: an accented letter followed by
        // an ASCII one, nearly every accented letter, is not even tried.
        if ('\u{c2}'..='\u{f4}').contains(&chars[k].1)
            && chars.get(k + 1).is_some_and(|x| !x.1.is_ascii())
        {
            for len in 2..=4 {
                if k + len <= chars.len() {
                    let seq: String = chars[k..k + len].iter().map(|x| x.1).collect();
                    if let Some(c) = repair_one(&seq) {
                        out.push((chars[k].0, end_of(k + len), c));
                        k += len;
                        continue 'next;
                    }
                }
            }
        }
        // « à » is C3 A0, and A0 read as Windows-1252 is a no-break space, which an editor or a
        // scraper often turns into a plain one: « Ã » alone before one or two spaces (the one
        // that was A0, and the space after « à ») and a word in lower case or a number (« de 10
        // heures Ã  18 heures ») stands for « à ». A capital A with a tilde is no French word,
        // and in Portuguese it is inside one (« SÃO »).
        // With one space (spaces collapsed, as a browser shows them), only in a text that holds
        // other double-encoded characters: « la lettre Ã majuscule » names a letter.
        // At the end of a word (« dÃ©jÃ  », « voilÃ  ») or before a name (« Ã  Buenos
        // Aires »), likewise only beside other double-encoded characters.
        if chars[k].1 == 'Ã' {
            let word_start = k == 0
                || chars[k - 1].1.is_whitespace()
                || matches!(chars[k - 1].1, '\'' | '’' | '(');
            let word_end = k > 0 && chars[k - 1].1.is_lowercase();
            let spaces = chars[k + 1..]
                .iter()
                .take(3)
                .take_while(|x| x.1 == ' ')
                .count();
            let next = chars.get(k + 1 + spaces).map(|x| x.1);
            if (word_start || word_end) && (1..=2).contains(&spaces) && next.is_some() {
                let a = (chars[k].0, end_of(k + 1), 'à');
                let word_follows = next.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                if word_start && spaces == 2 && word_follows {
                    out.push(a);
                } else if word_follows || next.is_some_and(char::is_uppercase) {
                    lone.push(a);
                }
            }
        }
        k += 1;
    }
    if !out.is_empty() && !lone.is_empty() {
        out.extend(lone);
        out.sort_unstable();
    }
    out
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let text = &ctx.doc.text;
    for (i, c) in text.char_indices() {
        let message = if c == '\u{FFFD}' {
            "replacement character U+FFFD: a character was lost when the text was decoded"
                .to_string()
        } else if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}') {
            format!(
                "control character U+{:04X} in the text (a sign of a wrong decoding)",
                c as u32
            )
        } else {
            continue;
        };
        out.push(ctx.finding("mojibake", Span::new(i, i + c.len_utf8()), message, None));
    }
    // Double-encoded characters of one word ("Ã©tÃ©") make one finding, with the word repaired:
    // two of them belong together when only letters and digits stand between them. (One finding
    // per word keeps the output linear: a 20 kB "word" of them once gave 4,000 findings quoting
    // it whole.)
    let found = double_encoded(text);
    let is_word = |c: char| c.is_alphanumeric() || crate::text::is_mark(c);
    let mut g = 0;
    while g < found.len() {
        let mut last = g;
        while last + 1 < found.len() && text[found[last].1..found[last + 1].0].chars().all(is_word)
        {
            last += 1;
        }
        let start = text[..found[g].0]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word(c))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let end = text[found[last].1..]
            .find(|c: char| !is_word(c))
            .map_or(text.len(), |k| found[last].1 + k);
        let mut fixed = String::new();
        let mut at = start;
        for &(a, b, c) in &found[g..=last] {
            fixed.push_str(&text[at..a]);
            fixed.push(c);
            at = b;
        }
        fixed.push_str(&text[at..end]);
        let word = &text[start..end];
        out.push(ctx.finding(
            "mojibake",
            Span::new(start, end),
            format!("« {word} » is UTF-8 read as Windows-1252: it stands for « {fixed} »"),
            Some(format!("« {fixed} »")),
        ));
        g = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn finds_double_encoded_characters_next_to_other_non_ascii_text() {
        let found = |t: &str| {
            super::double_encoded(t)
                .iter()
                .map(|x| x.2)
                .collect::<String>()
        };
        assert_eq!(found("l’Ã©tÃ© « cafÃ© » â€™"), "ééé’");
        assert_eq!(found("été « café » ½ Ø"), "");
        // The same in NFD: "Ã" is "A" + U+0303 there.
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "l’Ã©tÃ© « cafÃ© » â€™".nfd().collect();
        assert_eq!(found(&nfd), "ééé’");
        assert_eq!(found(&"été « café » ½ Ø".nfd().collect::<String>()), "");
        // « à », NO-BREAK SPACE, « « » is valid UTF-8 for U+082B: French typography, not
        // mojibake; « â€œ » and emoji are.
        assert_eq!(found("Il a répondu à\u{a0}« non »."), "");
        assert_eq!(found("â€œ ðŸ˜€"), "“😀");
    }

    fn found(t: &str) -> String {
        super::double_encoded(t).iter().map(|x| x.2).collect()
    }

    #[test]
    fn a_lone_a_tilde_before_a_plain_space_is_a_grave_a() {
        // The no-break space of « Ã\u{a0} » flattened to a plain one.
        assert_eq!(
            found("ouvert de 10 heures Ã  18 heures, de mai Ã  septembre"),
            "àà"
        );
        assert_eq!(found("Ã  partir de lundi"), "à");
        // After an elided word.
        assert_eq!(found("ouvert jusqu'Ã  18 heures"), "à");
        // One space: only beside other double-encoded characters.
        assert_eq!(found("Ã partir de lundi, l'Ã©tÃ©"), "àéé");
        assert_eq!(found("Ã   trois espaces"), "");
        // At a word's end, before a name: beside other double-encoded characters.
        assert_eq!(found("je serai dÃ©jÃ  Ã  Buenos Aires"), "éàà");
        assert_eq!(found("voilÃ  tout, dit-elle"), "");
        for clean in [
            "SÃO PAULO",
            "São Paulo",
            "la lettre Ã majuscule",
            "Ã.",
            "rÃ",
        ] {
            assert_eq!(found(clean), "", "{clean}");
        }
    }

    #[test]
    fn repairs_double_encoding() {
        assert_eq!(repair("Ã©").as_deref(), Some("é"));
        assert_eq!(repair("â€™").as_deref(), Some("’"));
        assert_eq!(repair("Ã\u{a0}").as_deref(), Some("à"));
        assert_eq!(repair("é"), None);
        assert_eq!(repair("«\u{a0}"), None);
        assert_eq!(repair("été"), None);
    }
}
