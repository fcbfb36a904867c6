//! Properties of the whole check, on generated corpora with planted copies.

use proptest::prelude::*;
use relire::corpus::Corpus;
use relire::{check, CheckOptions};
use unicode_normalization::UnicodeNormalization;

const WORDS: &[&str] = &[
    "le",
    "ministre",
    "a",
    "déclaré",
    "que",
    "la",
    "sécurité",
    "des",
    "données",
    "était",
    "une",
    "priorité",
    "pour",
    "les",
    "élèves",
    "été",
    "à",
    "Genève",
    "réunion",
    "côté",
    "forêt",
    "où",
    "l’été",
    "mesure",
    "européenne",
    "français",
    "réseau",
    "chiffrement",
    "enquête",
    "société",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 6..18).prop_map(|w| {
        let mut s = w.join(" ");
        s.push('.');
        let mut c = s.chars();
        let first = c.next().unwrap().to_uppercase().collect::<String>();
        first + c.as_str()
    })
}

/// Three files of a few paragraphs, where file 2 copies some paragraphs of file 0 and file 0
/// repeats one of its own paragraphs.
fn corpus() -> impl Strategy<Value = Vec<(String, String)>> {
    (
        prop::collection::vec(sentence(), 3..6),
        prop::collection::vec(sentence(), 2..5),
        prop::collection::vec(sentence(), 1..3),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(a, b, c, i)| {
            let mut a2 = a.clone();
            a2.push(a[i.index(a.len())].clone());
            let mut c2 = c.clone();
            c2.extend(a.iter().take(2).cloned());
            vec![
                ("corpus/a.txt".to_string(), a2.join("\n\n") + "\n"),
                ("corpus/b.txt".to_string(), b.join("\n\n") + "\n"),
                ("corpus/c.txt".to_string(), c2.join("\n\n") + "\n"),
            ]
        })
}

/// Text of any kind: words, punctuation, combining marks, control characters, any character,
/// repeated pieces (so that the duplicate search has work), CR and LF line ends.
fn wild_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(|w| format!("{w} ")),
        2 => prop::sample::select(&[". ", ", ", "\n", "\n\n", "\r\n", "\r", " « ", " » ", "+", "&amp;",
            "\u{301}", "\u{308}", "\u{a0}", "\u{202f}", "\u{feff}", "\u{fffd}", "\0", "Ã©", "â€™",
            "c.-à-d. ", "M. ", "etc. ", "…"][..]).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,12}",
    ];
    (prop::collection::vec(piece, 0..120), 1..4usize)
        .prop_map(|(v, times)| v.concat().repeat(times))
}

/// Findings without byte offsets (line ends and normal forms change byte lengths).
fn shape(files: &[(String, String)]) -> Vec<String> {
    let report = check(
        &Corpus::from_texts(files.iter().cloned()),
        &CheckOptions::default(),
    );
    report
        .findings
        .iter()
        .map(|f| {
            let rel: Vec<String> = f
                .related
                .iter()
                .map(|r| {
                    format!(
                        "{}:{}-{}:{:?}",
                        r.location.path, r.location.start_line, r.location.end_line, r.similarity
                    )
                })
                .collect();
            format!(
                "{} {}:{}-{} {:?} {} {:?} {}",
                f.rule,
                f.location.path,
                f.location.start_line,
                f.location.end_line,
                f.similarity,
                f.message,
                rel,
                f.diff.len()
            )
        })
        .collect()
}

fn json(files: &[(String, String)]) -> String {
    relire::report::json::render(&check(
        &Corpus::from_texts(files.iter().cloned()),
        &CheckOptions::default(),
    ))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn nfd_and_crlf_give_the_same_findings(files in corpus()) {
        let base = shape(&files);
        let nfd: Vec<_> = files.iter().map(|(p, t)| (p.clone(), t.nfd().collect::<String>())).collect();
        let crlf: Vec<_> = files.iter().map(|(p, t)| (p.clone(), t.replace('\n', "\r\n"))).collect();
        prop_assert!(!base.is_empty());
        prop_assert_eq!(&base, &shape(&nfd));
        prop_assert_eq!(&base, &shape(&crlf));
    }

    /// Any text is checked without a panic, and gives the same report with one thread as with
    /// the default pool.
    #[test]
    fn any_text_is_checked_without_panic_and_whatever_the_threads(texts in prop::collection::vec(wild_text(), 1..4)) {
        let files: Vec<(String, String)> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| (format!("wild/{i}.txt"), t))
            .collect();
        let base = json(&files);
        let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        prop_assert_eq!(&base, &pool.install(|| json(&files)));
    }

    /// File order is covered through the binary (tests/cli.rs): `Corpus` sorts documents by
    /// path when it reads them.
    #[test]
    fn report_does_not_depend_on_threads(files in corpus()) {
        let base = json(&files);
        for n in [1, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap();
            let other = pool.install(|| json(&files));
            prop_assert_eq!(&base, &other);
        }
    }
}
