//! Text → the baseline reader, and, when it is accepted, the baseline written back and applied
//! to the findings of a small fixed corpus.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relire::corpus::Corpus;
use relire::report::baseline::Baseline;
use relire::{check, CheckOptions};
use std::sync::OnceLock;

const TEXT: &str = "Le ministre a déclaré que la sécurité des données était prioritaire, \
    selon le procès-verbal de la séance. Il a eventuellement réalisé une opération.\n\n\
    Le ministre a déclaré que la sécurité des données était prioritaire, selon le procès-verbal.\n";

fuzz_target!(|src: &str| {
    static REPORT: OnceLock<relire::report::Report> = OnceLock::new();
    let Ok(baseline) = Baseline::from_json(src) else {
        return;
    };
    let json = baseline.to_json();
    let again = Baseline::from_json(&json).expect("a written baseline reads back");
    let report = REPORT.get_or_init(|| {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global();
        let corpus = Corpus::from_texts([("a.txt", TEXT), ("b.txt", TEXT)]);
        check(&corpus, &CheckOptions::default())
    });
    let mut report = report.clone();
    report.apply_baseline(&again, &[]);
    let mut report2 = REPORT.get().unwrap().clone();
    report2.apply_baseline(&baseline, &["a.txt".to_string()]);
    let focus_paths = ["a.txt".to_string()];
    let focus = relire::report::baseline::Focus::new(&focus_paths);
    let _ = baseline.merged_for_focus(again, &focus);
});
