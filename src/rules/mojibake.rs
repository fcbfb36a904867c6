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

/// A word with every double-encoded run of non-ASCII characters repaired.
fn repair_word(word: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    for c in word.chars().chain(std::iter::once('\0')) {
        if c.is_ascii() {
            if !run.is_empty() {
                out.push_str(&repair(&run).unwrap_or_else(|| run.clone()));
                run.clear();
            }
            if c != '\0' {
                out.push(c);
            }
        } else {
            run.push(c);
        }
    }
    out
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let text = &ctx.doc.text;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\u{FFFD}' {
            out.push(
                ctx.finding(
                    "mojibake",
                    Span::new(i, i + c.len_utf8()),
                    "replacement character U+FFFD: a character was lost when the text was decoded"
                        .into(),
                    Some("restore the character from the source".into()),
                ),
            );
            continue;
        }
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}'))
            && !('\u{80}'..='\u{9f}').contains(&c)
        {
            out.push(ctx.finding(
                "mojibake",
                Span::new(i, i + c.len_utf8()),
                format!("control character U+{:04X} in the text", c as u32),
                Some("delete it".into()),
            ));
            continue;
        }
        if c.is_ascii() {
            continue;
        }
        // A run of non-ASCII characters (NBSP included: "Ã " is "à").
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_ascii() {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        let run = &text[i..end];
        match repair(run) {
            Some(_) => {
                // Runs inside one word ("Ã©tÃ©") make one finding.
                let word_start = text[..i]
                    .rfind(|c: char| !c.is_alphanumeric())
                    .map_or(0, |k| k + 1);
                let mut word_end = end;
                while let Some(&(j, d)) = iter.peek() {
                    if !(d.is_alphanumeric() || d == '\u{a0}') {
                        break;
                    }
                    word_end = j + d.len_utf8();
                    iter.next();
                }
                let word = &text[word_start..word_end];
                let fixed = repair_word(word);
                out.push(ctx.finding(
                    "mojibake",
                    Span::new(word_start, word_end),
                    format!("« {word} » is UTF-8 read as Windows-1252: it stands for « {fixed} »"),
                    Some(format!("« {fixed} »")),
                ))
            }
            None if run.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) => {
                out.push(ctx.finding(
                    "mojibake",
                    Span::new(i, end),
                    "C1 control character in the text (a sign of a wrong decoding)".into(),
                    None,
                ))
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

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
