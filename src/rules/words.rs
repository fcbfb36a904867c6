//! The word view the artifact rules work on: raw spans, a lower-case form with elisions split
//! ("l’ordre" → "l'" + "ordre"), and where each word stands in its paragraph and sentence.

use crate::corpus::{Document, Span};
use crate::text::tokens::word_spans;

/// Elided words, without their apostrophe: "l’" in "l’ordre" is a word of its own for the rules.
pub(crate) const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

#[derive(Debug, Clone)]
pub struct Word {
    pub span: Span,
    /// Lower case, typographic apostrophes as `'`, NFC.
    pub lower: String,
    /// Index of the paragraph.
    pub para: u32,
    /// First word of its sentence.
    pub sentence_start: bool,
    /// Index of the sentence in the document.
    pub sentence: u32,
}

impl Word {
    /// The raw text of the word.
    pub fn raw<'a>(&self, doc: &'a Document) -> &'a str {
        doc.slice(self.span)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self, doc: &Document) -> bool {
        self.raw(doc)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }
}

/// Lower-case form used by every rule: NFC, lower case, `’` → `'`. Text that is ASCII or
/// already in NFC (the quick check says so), most of it, skips the normaliser.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    fn fold(chars: impl Iterator<Item = char>) -> String {
        chars
            .map(|c| match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    }
    fold(crate::text::nfc(s).chars())
}

/// Hyphenated compounds are one word for the rules ("peut-être", "e-mail", "dit-il").
fn join_hyphenated(text: &str, spans: &mut Vec<(usize, usize)>) {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for &(a, b) in spans.iter() {
        match out.last_mut() {
            Some(last) if &text[last.1..a] == "-" => last.1 = b,
            _ => out.push((a, b)),
        }
    }
    *spans = out;
}

/// Words of a document, in order, with elisions split.
pub fn words(doc: &Document) -> Vec<Word> {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    let mut sentence = 0u32;
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        for s in &p.sentences {
            spans.clear();
            word_spans(doc.slice(*s), &mut spans);
            join_hyphenated(doc.slice(*s), &mut spans);
            let mut first = true;
            for &(a, b) in &spans {
                let (a, b) = (s.start + a, s.start + b);
                let raw = &doc.text[a..b];
                let mut push = |span: Span, first: &mut bool| {
                    out.push(Word {
                        span,
                        lower: lower(doc.slice(span)),
                        para: pi as u32,
                        sentence_start: *first,
                        sentence,
                    });
                    *first = false;
                };
                // Split an elided article or pronoun off the word.
                let cut = raw.find(['\'', '’']).filter(|&i| {
                    let head = lower(&raw[..i]);
                    ELISIONS.contains(&head.as_str()) && i + 1 < raw.len()
                });
                match cut {
                    Some(i) => {
                        let apos = raw[i..].chars().next().unwrap().len_utf8();
                        push(Span::new(a, a + i + apos), &mut first);
                        push(Span::new(a + i + apos, b), &mut first);
                    }
                    None => push(Span::new(a, b), &mut first),
                }
            }
            sentence += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions_are_split_and_sentences_marked() {
        let d = Document::from_str("x", "L’ordre règne. Aujourd'hui, qu’il vienne par e-mail.");
        let w = words(&d);
        let lw: Vec<&str> = w.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(
            lw,
            vec![
                "l'",
                "ordre",
                "règne",
                "aujourd'hui",
                "qu'",
                "il",
                "vienne",
                "par",
                "e-mail"
            ]
        );
        let starts: Vec<bool> = w.iter().map(|w| w.sentence_start).collect();
        assert_eq!(
            starts,
            vec![true, false, false, true, false, false, false, false, false]
        );
        assert_eq!(w[0].raw(&d), "L’");
    }
}
