//! Tokeniser agreement check for scripts/bench.sh (built in bench-data/tokcheck, not part of
//! relire). For every .txt file given on standard input (one relative path a line, read under the
//! corpus folder given as the first argument), prints one line per paragraph as relire segments
//! and tokenises it: `path \t paragraph-index \t words joined by U+001F`, where the words are
//! UAX #29 words (unicode-segmentation, as src/text/tokens.rs) in relire's comparison form
//! (relire::text::normalize::normalize, default options).
use std::io::{BufRead, Write};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let root = std::env::args().nth(1).expect("corpus folder");
    let stdin = std::io::stdin();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let opts = relire::text::NormOptions::default();
    for line in stdin.lock().lines() {
        let rel = line.unwrap();
        let text = std::fs::read_to_string(std::path::Path::new(&root).join(&rel)).unwrap();
        for (i, p) in relire::corpus::segment(&text).iter().enumerate() {
            let words: Vec<String> = text[p.span.start..p.span.end]
                .unicode_words()
                .map(|w| relire::text::normalize::normalize(w, opts))
                .collect();
            writeln!(out, "{rel}\t{i}\t{}", words.join("\u{1f}")).unwrap();
        }
    }
}
