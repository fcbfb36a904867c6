//! Bytes of a cache file → `Cache::from_bytes` (what `Cache::open` does once the file is read)
//! → a check of a fixed corpus that uses the entries read → the text, JSON and SARIF reports.
//!
//! Layout of an input: 1 flag byte, then the bytes of the cache file.
//! - bit 0: the last 8 bytes are replaced by the checksum of the payload, so that a mutated
//!   payload gets past the checksum and reaches the decoder and the check;
//! - bit 1: the key the cache is opened with is the one the file claims (the second postcard
//!   field), so that the entries are used; otherwise a fixed key (the file is then refused);
//! - bit 2: focus on one file (the other files are context: context-only entries).
//!
//! The claimed key makes the entries of a seed written with other settings (`--select`) serve
//! these ones: the report is then not that of a check without a cache, and is not compared
//! (tests/cache.rs compares them, for caches of the right settings).
//!
//! The fixed corpus is the files the seeds were written on: `seeds/`, `tests/fixtures/artifacts`,
//! `tests/fixtures/near` and `tests/fixtures/repeat`, as `corpus/NAME` (make the seeds with
//! `relire check corpus` in a folder where `corpus/` holds copies of these files, see
//! fuzz/README.md). Whatever the bytes, nothing may panic; a file that is refused holds no
//! entry.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relire::cache::Cache;
use relire::corpus::{Corpus, Document};
use relire::report::{self, Sources};
use relire::{check_cached, CheckOptions};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use xxhash_rust::xxh3::xxh3_64;

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut documents = Vec::new();
        for dir in [
            "seeds",
            "tests/fixtures/artifacts",
            "tests/fixtures/near",
            "tests/fixtures/repeat",
        ] {
            let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            for p in files {
                let text = std::fs::read_to_string(&p).unwrap();
                let name = p.file_name().unwrap().to_string_lossy();
                documents.push(Document::from_str(format!("corpus/{name}"), &text));
            }
        }
        documents.sort_by(|a, b| a.path.cmp(&b.path));
        Corpus {
            documents,
            ..Corpus::default()
        }
    })
}

/// A postcard varint at `*at`.
fn varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..70).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u64::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// The key a cache file claims: after the magic, the version (a string) then the key.
fn claimed_key(file: &[u8]) -> Option<u64> {
    let mut at = 8;
    let len = varint(file, &mut at)?;
    at = at.checked_add(usize::try_from(len).ok()?)?;
    varint(file, &mut at)
}

fuzz_target!(|data: &[u8]| {
    let corpus = corpus();
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let mut file = rest.to_vec();
    if flags & 1 != 0 && file.len() >= 16 {
        let n = file.len();
        let sum = xxh3_64(&file[8..n - 8]);
        file[n - 8..].copy_from_slice(&sum.to_le_bytes());
    }
    let key = if flags & 2 != 0 {
        claimed_key(&file).unwrap_or(0)
    } else {
        0x5eed
    };
    let mut opts = CheckOptions {
        // The duplicate search does not use the cache: left out, the target runs faster.
        ignore: [
            "repeated-block",
            "near-duplicate",
            "shared-passage",
            "similar-documents",
        ]
        .map(String::from)
        .to_vec(),
        ..CheckOptions::default()
    };
    if flags & 4 != 0 {
        opts.focus = vec![corpus.documents[0].path.clone()];
    }
    let mut cache = Cache::from_bytes(PathBuf::from("fuzz.bin"), key, &file);
    if cache.warning.is_some() {
        // Refused: nothing was read, and the check is that of an empty cache.
        assert!(cache.is_empty());
        return;
    }
    let (report, entries) = check_cached(corpus, &opts, Some(&mut cache));
    assert_eq!(entries.len(), corpus.documents.len());
    let sources = Sources::new(corpus);
    drop(report::text::render(
        &report,
        &sources,
        &report::text::TextOptions {
            summary: true,
            color: false,
        },
    ));
    drop(report::json::render(&report));
    drop(report::sarif::render(&report, &sources));
});
