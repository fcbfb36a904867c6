//! Bytes → one to three documents → the whole library check (every rule and the duplicate
//! search), then the baseline and one report format.
//!
//! Layout of an input: 3 header bytes, then the documents separated by four NUL bytes.
//! - byte 0: bits 0-1 how many documents at most (0 → 1), bit 2 classic MinHash, bit 3 fold
//!   accents, bit 4 strict Jaccard, bit 5 the small variant (bytes 1 and 2 give `shingle` in
//!   1..=16 and `min_words` from 2), bit 6 focus on `a.txt`, bit 7 unused;
//! - byte 1: shingle (small variant), and bits 4-7 the report format;
//! - byte 2: min_words (small variant), and the signature length.
//!
//! Each document is decoded like a file (`decode`); one that looks binary is read as lossy
//! UTF-8 so that the rules still see it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relire::corpus::{decode, Corpus, Decoded, Document};
use relire::report::{self, baseline::Baseline, Sources};
use relire::similarity::{minhash::Scheme, SimilarityOptions};
use relire::text::NormOptions;
use relire::{check, CheckOptions};

const SEP: &[u8] = b"\0\0\0\0";

fn split(data: &[u8], max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while out.len() + 1 < max {
        match rest.windows(SEP.len()).position(|w| w == SEP) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + SEP.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

fn document(path: &str, bytes: &[u8]) -> Document {
    match decode(bytes.to_vec()) {
        Decoded::Text {
            text,
            encoding,
            bom,
        } => Document::new(path, encoding, bom, text),
        Decoded::Binary => Document::from_str(path, &String::from_utf8_lossy(bytes)),
    }
}

fn init() {
    // One worker thread: the fuzzer shares the machine.
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global();
    });
}

fuzz_target!(|data: &[u8]| {
    init();
    if data.len() < 3 {
        return;
    }
    let (flags, b1, b2) = (data[0], data[1], data[2]);
    let max_docs = usize::from(flags & 3).max(1);
    let names = ["a.txt", "b.txt", "c.txt"];
    let documents: Vec<Document> = split(&data[3..], max_docs)
        .into_iter()
        .zip(names)
        .map(|(bytes, path)| document(path, bytes))
        .collect();
    let corpus = Corpus {
        documents,
        ..Corpus::default()
    };
    let defaults = SimilarityOptions::default();
    let small = flags & 0x20 != 0;
    let opts = CheckOptions {
        similarity: SimilarityOptions {
            shingle: if small {
                usize::from(b1 & 0x0f) + 1
            } else {
                defaults.shingle
            },
            min_words: if small {
                usize::from(b2 & 0x1f) + 2
            } else {
                defaults.min_words
            },
            signature_len: if small {
                8 << (b2 >> 6)
            } else {
                defaults.signature_len
            },
            scheme: if flags & 4 != 0 {
                Scheme::Classic
            } else {
                Scheme::OnePermutation
            },
            strict_jaccard: flags & 0x10 != 0,
            norm: NormOptions {
                fold_accents: flags & 8 != 0,
            },
            ..defaults
        },
        focus: if flags & 0x40 != 0 {
            vec!["a.txt".to_string()]
        } else {
            Vec::new()
        },
        ..CheckOptions::default()
    };
    let mut report = check(&corpus, &opts);
    let baseline = Baseline::of(&report.findings);
    let json = baseline.to_json();
    let back = Baseline::from_json(&json).expect("a written baseline reads back");
    let sources = Sources::new(&corpus);
    match b1 >> 4 {
        0 => drop(report::text::render(
            &report,
            &sources,
            &report::text::TextOptions {
                summary: true,
                color: false,
            },
        )),
        1 => drop(report::json::render(&report)),
        2 => drop(report::jsonl::render(&report, &sources)),
        3 => drop(report::sarif::render(&report, &sources)),
        4 => drop(report::github::render(&report, &sources)),
        5 => drop(report::markdown::render(&report, &sources)),
        6 => drop(report::html::render_corpus(&report, &corpus)),
        7 => drop(report::statistics(&report, report::StatisticsFormat::Text)),
        _ => {}
    }
    report.apply_baseline(&back, &opts.focus);
    assert!(
        report.findings.is_empty(),
        "the baseline of a report covers all its findings"
    );
});
