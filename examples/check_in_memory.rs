//! Check a corpus held in memory and walk the findings.
//!
//! ```sh
//! cargo run --example check_in_memory
//! ```

use relire::corpus::Corpus;
use relire::{check, CheckOptions};

fn main() {
    let corpus = Corpus::from_texts([
        (
            "agence.txt",
            "Les ministres européens de l'énergie se sont réunis jeudi à Bruxelles pour discuter du prix du gaz.\n\n\
             Les données des participants sont protégées par un cryptage de bout en bout.\n",
        ),
        (
            "reprise.txt",
            "Les ministres européens de l'énergie se sont réunis jeudi à Bruxeles pour discuter du prix du gaz.\n",
        ),
    ]);
    let report = check(&corpus, &CheckOptions::default());
    println!(
        "{} findings in {} files",
        report.summary.findings, report.summary.files
    );
    for f in &report.findings {
        let l = &f.location;
        println!(
            "{}:{}: {} [{}] {}",
            l.path, l.start_line, f.severity, f.rule, f.message
        );
        for r in &f.related {
            println!("    also at {}:{}", r.location.path, r.location.start_line);
        }
        for c in &f.diff {
            println!("    differs: {:?} -> {:?}", c.left, c.right);
        }
        if let Some(s) = &f.suggestion {
            println!("    help: {s}");
        }
    }
}
