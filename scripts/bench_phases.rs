//! Phase timing and memory of one `relire check` for scripts/bench.sh (built in
//! bench-data/tokcheck, not part of relire). Usage: phases CORPUS_DIR [classic]
//!
//! Part 1 runs the library calls of `relire check --format json` one by one and prints, per
//! phase, the wall time, the resident set after it and the peak resident set during it (VmHWM,
//! reset before each phase through /proc/self/clear_refs).
//! Part 2 replays the paragraph near-duplicate pipeline of `Engine::paragraph_classes` (private)
//! with the public building blocks (shingle, minhash, lsh, verify, unionfind), stage by stage,
//! and times the signature stage with both MinHash schemes, for paragraphs and for documents. It mirrors src/similarity/mod.rs as
//! of this benchmark; if the engine changes, part 2 may drift from it (part 1 cannot).
use relire::similarity::{lsh, minhash::MinHasher, minhash::Scheme, shingle, unionfind::UnionFind, verify};
use rayon::prelude::*;
use std::time::Instant;
use xxhash_rust::xxh3::Xxh3;

fn status(key: &str) -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

type Row = (String, f64, f64, f64);

/// Record a finished phase: wall time since `t`, resident set now, peak since the last reset.
fn phase(rows: &mut Vec<Row>, name: &str, t: Instant) {
    rows.push((name.to_string(), t.elapsed().as_secs_f64(), status("VmRSS:"), status("VmHWM:")));
    reset_peak();
}

fn main() {
    let root = std::env::args().nth(1).expect("corpus folder");
    let classic = std::env::args().nth(2).is_some_and(|a| a == "classic");
    let mut rows: Vec<Row> = Vec::new();
    reset_peak();
    let t = Instant::now();
    let corpus = relire::corpus::Corpus::read(
        &[std::path::PathBuf::from(&root)],
        &relire::corpus::WalkOptions::default(),
    )
    .unwrap();
    phase(&mut rows, "read + decode + segment", t);
    let mut opts = relire::similarity::SimilarityOptions::default();
    if classic {
        opts.scheme = Scheme::Classic;
    }
    let t = Instant::now();
    let engine = relire::similarity::Engine::new(&corpus.documents, opts.clone());
    phase(&mut rows, "tokenise (Engine::new)", t);
    let t = Instant::now();
    let findings = engine.run();
    phase(&mut rows, "Engine::run (all duplicate rules, diffs included)", t);
    let n = findings.len();
    let t = Instant::now();
    let report = relire::report::Report::new(&corpus, findings);
    phase(&mut rows, "Report::new", t);
    let t = Instant::now();
    let json = relire::report::json::render(&report);
    phase(&mut rows, "JSON render", t);
    drop(json);
    drop(report);
    println!("scheme {:?}; {} documents, {} findings", opts.scheme, corpus.documents.len(), n);
    println!("{:<58} {:>8} {:>10} {:>10}", "phase", "seconds", "RSS MiB", "peak MiB");
    for (name, s, rss, hwm) in rows.drain(..) {
        println!("{name:<58} {s:>8.3} {rss:>10.1} {hwm:>10.1}");
    }

    // Part 2: the paragraph clone-class pipeline, stage by stage.
    let k = opts.shingle;
    let t = Instant::now();
    let units: Vec<(usize, (u32, u32))> = engine
        .tokens
        .iter()
        .enumerate()
        .flat_map(|(d, dt)| {
            dt.paragraphs
                .iter()
                .filter(|r| shingle::effective_k((r.1 - r.0) as usize, k).is_some())
                .map(move |&r| (d, r))
        })
        .collect();
    let hashes = |u: &(usize, (u32, u32))| engine.tokens[u.0].hashes(u.1);
    let mut keyed: Vec<(u64, u32)> = units
        .par_iter()
        .enumerate()
        .map(|(i, u)| {
            let mut h = Xxh3::new();
            for x in hashes(u) {
                h.update(&x.to_le_bytes());
            }
            (h.digest(), i as u32)
        })
        .collect();
    keyed.par_sort_unstable();
    let mut uf = UnionFind::new(units.len());
    let mut reps = Vec::new();
    for g in keyed.chunk_by(|a, b| a.0 == b.0) {
        reps.push(g[0].1);
        for m in &g[1..] {
            uf.union(g[0].1, m.1);
        }
    }
    reps.sort_unstable();
    phase(&mut rows, "units + exact-copy grouping", t);
    let t = Instant::now();
    let shingles: Vec<Vec<u64>> = reps
        .par_iter()
        .map(|&r| {
            let hs = hashes(&units[r as usize]);
            let mut v = Vec::new();
            shingle::shingles_into(&hs, shingle::effective_k(hs.len(), k).unwrap_or(k), &mut v);
            v
        })
        .collect();
    phase(&mut rows, "shingles of the representatives", t);
    let len = opts.signature_len;
    let mut sigs = vec![0u32; reps.len() * len];
    for scheme in [Scheme::Classic, Scheme::OnePermutation] {
        let hasher = MinHasher::new(len, scheme);
        let t = Instant::now();
        sigs.par_chunks_mut(len).zip(shingles.par_iter()).for_each(|(out, s)| hasher.signature(s, out));
        phase(&mut rows, &format!("signatures, {scheme:?}"), t);
        let t = Instant::now();
        sigs.chunks_mut(len).zip(shingles.iter()).for_each(|(out, s)| hasher.signature(s, out));
        phase(&mut rows, &format!("signatures, {scheme:?}, one thread"), t);
    }
    // Leave the signatures of the scheme under test in `sigs`.
    let hasher = MinHasher::new(len, opts.scheme);
    sigs.par_chunks_mut(len).zip(shingles.par_iter()).for_each(|(out, s)| hasher.signature(s, out));
    let t = Instant::now();
    let (bands, rws) = lsh::params(opts.threshold, len);
    let cands = lsh::candidates(&sigs, len, &reps, bands, rws);
    phase(&mut rows, "LSH candidates", t);
    let t = Instant::now();
    let verified: Vec<(u32, u32)> = cands
        .par_iter()
        .filter(|&&(a, b)| {
            let sa = shingle::shingle_set(&hashes(&units[a as usize]), k);
            let sb = shingle::shingle_set(&hashes(&units[b as usize]), k);
            verify::jaccard(&sa, &sb) >= opts.threshold
        })
        .copied()
        .collect();
    phase(&mut rows, "exact verification", t);
    let t = Instant::now();
    for (a, b) in &verified {
        uf.union(*a, *b);
    }
    let classes = uf.classes();
    phase(&mut rows, "union-find classes", t);
    // Document-level signatures (similar-documents): whole-file shingle sets, both schemes.
    let doc_sets: Vec<Vec<u64>> = engine
        .tokens
        .par_iter()
        .map(|dt| {
            let hs: Vec<u64> = dt.tokens.iter().map(|t| t.hash).collect();
            let mut v = Vec::new();
            shingle::shingles_into(&hs, k, &mut v);
            v.sort_unstable();
            v.dedup();
            v
        })
        .filter(|v| !v.is_empty())
        .collect();
    let mut dsigs = vec![0u32; doc_sets.len() * len];
    for scheme in [Scheme::Classic, Scheme::OnePermutation] {
        let hasher = MinHasher::new(len, scheme);
        let t = Instant::now();
        dsigs.chunks_mut(len).zip(doc_sets.iter()).for_each(|(out, s)| hasher.signature(s, out));
        phase(&mut rows, &format!("document signatures, {scheme:?}, one thread"), t);
    }
    let pairs: usize = classes.iter().map(|c| c.len() * (c.len() - 1)).sum();
    println!(
        "\nparagraph pipeline: {} units, {} distinct, {} shingles, {} candidates, {} verified, {} classes (largest {}), {} ordered pairs in classes; {} documents, {} document shingles",
        units.len(),
        reps.len(),
        shingles.iter().map(Vec::len).sum::<usize>(),
        cands.len(),
        verified.len(),
        classes.iter().filter(|c| c.len() > 1).count(),
        classes.iter().map(Vec::len).max().unwrap_or(0),
        pairs,
        doc_sets.len(),
        doc_sets.iter().map(Vec::len).sum::<usize>()
    );
    println!("{:<58} {:>8} {:>10} {:>10}", "stage", "seconds", "RSS MiB", "peak MiB");
    for (name, s, rss, hwm) in rows {
        println!("{name:<58} {s:>8.3} {rss:>10.1} {hwm:>10.1}");
    }
}
