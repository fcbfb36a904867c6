//! Tokeniser agreement check for scripts/bench.sh (built in bench-data/tokcheck, not part of
//! relire). Reads relative paths of .txt files on standard input (one a line, under the corpus
//! folder given as the first argument) and prints one line per paragraph exactly as relire
//! segments and tokenises it: `path \t paragraph-index \t word hashes`, the hashes being relire's
//! xxh3 of each word's comparison form (relire::text::tokenize), in hex, comma-separated.
//! scripts/bench_compare.py tokcheck recomputes them from its own tokeniser and compares.
use std::io::{BufRead, Write};

fn main() {
    let root = std::env::args().nth(1).expect("corpus folder");
    let stdin = std::io::stdin();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let opts = relire::text::NormOptions::default();
    let (mut toks, mut buf) = (Vec::new(), String::new());
    for line in stdin.lock().lines() {
        let rel = line.unwrap();
        let text = std::fs::read_to_string(std::path::Path::new(&root).join(&rel)).unwrap();
        for (i, p) in relire::corpus::segment(&text).iter().enumerate() {
            toks.clear();
            relire::text::tokenize(&text[p.span.start..p.span.end], 0, opts, &mut toks, &mut buf);
            let hs: Vec<String> = toks.iter().map(|t| format!("{:x}", t.hash)).collect();
            writeln!(out, "{rel}\t{i}\t{}", hs.join(",")).unwrap();
        }
    }
}
