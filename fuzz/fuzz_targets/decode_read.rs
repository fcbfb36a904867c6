//! Bytes of one file → decoding → document (line index, paragraphs, sentences), as
//! `Corpus::read` does for each file, then the document's position helpers on every span.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relire::corpus::{decode, Decoded, Document, Span, MAX_TEXT_BYTES};

fuzz_target!(|data: &[u8]| {
    let (text, encoding, bom) = match decode(data.to_vec()) {
        Decoded::Text {
            text,
            encoding,
            bom,
        } => (text, encoding, bom),
        Decoded::Binary => return,
    };
    if text.len() > MAX_TEXT_BYTES {
        return;
    }
    let doc = Document::new("fuzz.txt", encoding, bom, text);
    let mut spans: Vec<Span> = Vec::new();
    for p in &doc.paragraphs {
        spans.push(p.span);
        spans.extend(p.joins.iter().map(|j| j.span));
        spans.extend(p.sentences.iter().copied());
    }
    for s in spans {
        let _ = doc.slice(s);
        let _ = doc.line_range(s);
        let _ = doc.line_col(s.start);
        let _ = doc.line_col(s.end);
    }
    // Every offset, including those inside a character and past the end.
    for offset in (0..=doc.text.len() + 1).step_by(7) {
        let _ = doc.line_col(offset);
    }
    let _ = doc.line_count();
    let _ = doc.key_path();
});
