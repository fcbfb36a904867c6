//! Micro-benchmarks of the similarity core (see docs/benchmarks.md).
//!
//! The input is built from the seed corpus: every sentence of the seeds, shuffled with a fixed
//! seed into ~2 MB of paragraphs, so the text is real French with realistic word lengths.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use relire::corpus::{Corpus, Document};
use relire::similarity::minhash::{splitmix64, MinHasher, Scheme};
use relire::similarity::{lsh, shingle, DocTokens, Engine, SimilarityOptions};
use relire::text::NormOptions;

fn corpus_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut sentences: Vec<String> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        let t = std::fs::read_to_string(p).unwrap();
        sentences.extend(
            t.split(". ")
                .map(|s| s.trim().to_string())
                .filter(|s| s.len() > 20),
        );
    }
    let mut out = String::new();
    let mut state = 7u64;
    while out.len() < 2_000_000 {
        let mut para = Vec::new();
        for _ in 0..4 {
            state = splitmix64(state);
            para.push(sentences[(state % sentences.len() as u64) as usize].as_str());
        }
        out.push_str(&para.join(". "));
        out.push_str(".\n\n");
    }
    out
}

fn signatures(c: &mut Criterion) {
    let text = corpus_text();
    let doc = Document::from_str("bench.txt", &text);
    let mut g = c.benchmark_group("tokenise+shingle+signature");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    for scheme in [Scheme::OnePermutation, Scheme::Classic] {
        let hasher = MinHasher::new(128, scheme);
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{scheme:?}")),
            &doc,
            |b, doc| {
                b.iter(|| {
                    let dt = DocTokens::new(doc, NormOptions::default());
                    let mut sig = vec![0u32; 128];
                    let mut buf = Vec::new();
                    let mut acc = 0u32;
                    for &r in &dt.paragraphs {
                        buf.clear();
                        shingle::shingles_into(&dt.hashes(r), 5, &mut buf);
                        if !buf.is_empty() {
                            hasher.signature(&buf, &mut sig);
                            acc ^= sig[0];
                        }
                    }
                    acc
                })
            },
        );
    }
    g.bench_function("tokenise only", |b| {
        b.iter(|| DocTokens::new(&doc, NormOptions::default()).tokens.len())
    });
    g.finish();
}

fn banding(c: &mut Criterion) {
    // 50,000 signatures: 40,000 distinct units and 10,000 near copies.
    let hasher = MinHasher::new(128, Scheme::OnePermutation);
    let n = 50_000usize;
    let mut sigs = vec![0u32; n * 128];
    for (u, out) in sigs.chunks_mut(128).enumerate() {
        let base = if u % 5 == 4 { u - 1 } else { u } as u64;
        let mut set: Vec<u64> = (0..40).map(|i| splitmix64(base * 1000 + i)).collect();
        if u % 5 == 4 {
            set[0] = splitmix64(u as u64); // one edited shingle
        }
        hasher.signature(&set, out);
    }
    let ids: Vec<u32> = (0..n as u32).collect();
    let (b, r) = lsh::params(0.8, 128);
    let mut g = c.benchmark_group("banding");
    g.throughput(Throughput::Elements(n as u64));
    g.sample_size(10);
    g.bench_function("candidates 50k units", |bch| {
        bch.iter(|| lsh::candidates(&sigs, 128, &ids, b, r).len())
    });
    g.finish();

    let text = corpus_text();
    let corpus = Corpus::from_texts([
        ("a.txt", text.clone()),
        ("b.txt", text[..text.len() / 2].to_string()),
    ]);
    let mut g = c.benchmark_group("duplicate search end to end");
    g.throughput(Throughput::Bytes((text.len() * 3 / 2) as u64));
    g.sample_size(10);
    g.bench_function("3 MB, two files", |bch| {
        bch.iter(|| {
            Engine::new(&corpus.documents, SimilarityOptions::default())
                .run()
                .len()
        })
    });
    g.finish();
}

criterion_group!(benches, signatures, banding);
criterion_main!(benches);
