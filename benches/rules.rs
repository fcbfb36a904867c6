//! Micro-benchmarks of the artifact rules on inputs made to find quadratic work (see
//! docs/benchmarks.md): one long sentence or line full of candidates of one rule, the shapes the
//! fuzzer found (fuzz/README.md). Each size is timed twice as large as the one before; linear
//! work takes about twice as long, quadratic work four times as long.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use relire::corpus::Corpus;
use relire::{check, CheckOptions};

/// A check of one file of `text` with the artifact rules only.
fn rules_only(text: &str) -> usize {
    let corpus = Corpus::from_texts([("a.txt", text)]);
    let opts = CheckOptions {
        ignore: [
            "near-duplicate",
            "repeated-block",
            "shared-passage",
            "similar-documents",
        ]
        .map(String::from)
        .to_vec(),
        ..CheckOptions::default()
    };
    check(&corpus, &opts).findings.len()
}

fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("rules, adversarial input");
    g.sample_size(10);
    for (name, unit) in [
        // An anglicism every three words, in one sentence: its language asked at each.
        ("anglicisms in one sentence", "le cryptage et "),
        // A sentence end before a lower-case word, over and over on one line.
        ("sentence ends on one line", "Zzq. la "),
        // A word repeated after two spaces: is the line a table row?
        ("repeats after two spaces", "a  "),
        // A paragraph laid out line by line, each line the same word.
        ("repeated lines", "a\n"),
    ] {
        for n in [2_000, 4_000, 8_000] {
            let text = unit.repeat(n);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &text, |b, t| {
                b.iter(|| rules_only(t))
            });
        }
    }
    g.finish();
}

/// Two sentences of one file made of the same few words in runs: they align in hundreds of short
/// blocks that all extend to the same two sentences, whose word diff is the costly part.
fn repeated_runs(c: &mut Criterion) {
    let mut g = c.benchmark_group("repeated-block, adversarial input");
    g.sample_size(10);
    for n in [250, 500, 1000] {
        let mut state = 1u64;
        let mut sentence = || {
            (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ["le le", "de de de", "pas pas", "mot"][(state >> 33) as usize % 4]
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let text = format!("{}\n\n{}\n", sentence(), sentence());
        let corpus = Corpus::from_texts([("a.txt", text.as_str())]);
        let opts = CheckOptions {
            select: vec!["repeated-block".into()],
            ..CheckOptions::default()
        };
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("runs of a few words", n),
            &corpus,
            |b, c| b.iter(|| check(c, &opts).findings.len()),
        );
    }
    g.finish();
}

criterion_group!(benches, adversarial, repeated_runs);
criterion_main!(benches);
