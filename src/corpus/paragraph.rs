//! Paragraph segmentation with byte spans, line spans and hard-wrap joins.

use super::Span;

/// A line break inside a paragraph, where two lines were joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Join {
    /// Byte span of the line break (`\n`, `\r\n` or `\r`) in the document.
    pub span: Span,
    /// The line before the break does not end a sentence and the next line starts in lower case:
    /// a hard wrap in the middle of a sentence.
    pub mid_sentence: bool,
}

/// A paragraph: a raw byte span of its document, trimmed of surrounding white space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// Line breaks inside the paragraph.
    pub joins: Vec<Join>,
    /// Sentence spans, filled by [`crate::text::sentences::split`].
    pub sentences: Vec<Span>,
}

/// White space for the purpose of blank lines: Unicode `White_Space` plus the zero-width
/// characters that editors and scrapers leave behind.
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

struct Line {
    /// Content span, without the line terminator.
    content: Span,
    /// Span of the terminator (empty at end of file).
    eol: Span,
    blank: bool,
}

fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let eol_len = match bytes.get(i) {
            None => 0,
            Some(b'\n') => 1,
            Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => 2,
            Some(b'\r') => 1,
            Some(_) => {
                i = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(bytes.len(), |o| i + o);
                continue;
            }
        };
        if i == bytes.len() && start == i {
            break;
        }
        let content = Span::new(start, i);
        out.push(Line {
            content,
            eol: Span::new(i, i + eol_len),
            blank: text[start..i].chars().all(is_blank_char),
        });
        i += eol_len.max(1);
        start = i;
    }
    out
}

/// Closing marks that may follow the end of a sentence.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']' | '*' | '_') || is_blank_char(c)
}

/// Whether a line ends a sentence (or a title): it ends, before closing quotes, with
/// terminal punctuation.
fn ends_sentence(line: &str) -> bool {
    match line.trim_end_matches(is_closer).chars().last() {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | '…' | ':' | ';'),
    }
}

fn starts_lowercase(line: &str) -> bool {
    line.trim_start_matches(is_blank_char)
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
}

fn trimmed(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start_matches(is_blank_char).len();
    let trail = s.len() - s.trim_end_matches(is_blank_char).len();
    Span::new(span.start + lead, (span.end - trail).max(span.start + lead))
}

/// Split a document into paragraphs.
///
/// If the text has a blank line between two non-blank lines, paragraphs are separated by blank
/// lines (a line holding only white space, NBSP included, is blank). Otherwise every line is a
/// paragraph, except that a line that does not end a sentence is joined with the next one when
/// that one starts in lower case (a hard wrap). Every join is recorded.
pub fn segment(text: &str) -> Vec<Paragraph> {
    let lines = lines(text);
    let blank_separated = lines.iter().enumerate().any(|(i, l)| {
        l.blank && i > 0 && !lines[i - 1].blank && lines[i + 1..].iter().any(|n| !n.blank)
    });
    let mut paras = Vec::new();
    let mut current: Option<(usize, usize, Vec<Join>)> = None; // first line, last line, joins
    let flush = |cur: &mut Option<(usize, usize, Vec<Join>)>, paras: &mut Vec<Paragraph>| {
        if let Some((first, last, joins)) = cur.take() {
            let span = trimmed(
                text,
                Span::new(lines[first].content.start, lines[last].content.end),
            );
            if !span.is_empty() {
                paras.push(Paragraph {
                    span,
                    joins,
                    sentences: Vec::new(),
                });
            }
        }
    };
    for (i, line) in lines.iter().enumerate() {
        if line.blank {
            flush(&mut current, &mut paras);
            continue;
        }
        let content = &text[line.content.start..line.content.end];
        match current.as_mut() {
            Some((_, last, joins)) => {
                let prev = &text[lines[*last].content.start..lines[*last].content.end];
                let mid_sentence = !ends_sentence(prev) && starts_lowercase(content);
                if blank_separated || mid_sentence {
                    joins.push(Join {
                        span: lines[*last].eol,
                        mid_sentence,
                    });
                    *last = i;
                } else {
                    flush(&mut current, &mut paras);
                    current = Some((i, i, Vec::new()));
                }
            }
            None => current = Some((i, i, Vec::new())),
        }
    }
    flush(&mut current, &mut paras);
    paras
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        segment(t)
            .iter()
            .map(|p| &t[p.span.start..p.span.end])
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let t = "Premier paragraphe\nsur deux lignes.\n\u{a0} \nSecond.\n";
        assert_eq!(
            texts(t),
            vec!["Premier paragraphe\nsur deux lignes.", "Second."]
        );
        let p = &segment(t)[0];
        assert_eq!(p.joins.len(), 1);
        assert!(p.joins[0].mid_sentence);
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let t = "Titre\nUne phrase.\nUne autre phrase.";
        assert_eq!(texts(t), vec!["Titre", "Une phrase.", "Une autre phrase."]);
    }

    #[test]
    fn hard_wrap_is_joined_and_recorded() {
        let t = "Il parle du chiffrement des\ndonnées. Puis il part.\nFin.";
        let ps = segment(t);
        assert_eq!(ps.len(), 2);
        assert_eq!(
            &t[ps[0].span.start..ps[0].span.end],
            "Il parle du chiffrement des\ndonnées. Puis il part."
        );
        assert_eq!(ps[0].joins.len(), 1);
        assert!(ps[0].joins[0].mid_sentence);
        assert_eq!(&t[ps[0].joins[0].span.start..ps[0].joins[0].span.end], "\n");
    }

    #[test]
    fn crlf_and_cr_line_ends() {
        assert_eq!(texts("Un.\r\n\r\nDeux.\r\n"), vec!["Un.", "Deux."]);
        assert_eq!(texts("Un.\rDeux.\r"), vec!["Un.", "Deux."]);
        assert_eq!(texts("a des\r\nmots."), vec!["a des\r\nmots."]);
    }

    #[test]
    fn empty_and_blank_files() {
        assert!(segment("").is_empty());
        assert!(segment(" \n\u{a0}\n\u{200b}").is_empty());
    }
}
