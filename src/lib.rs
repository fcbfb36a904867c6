//! relire: proofread a text corpus for repeated text and translation artifacts.
//!
//! The library reads a corpus ([`corpus::Corpus`]), finds repeated and near-duplicate text
//! ([`similarity::Engine`]) and builds a [`report::Report`] that the writers of
//! [`report`] print as text or JSON.
//!
//! ```
//! use relire::{check, CheckOptions, corpus::Corpus};
//! let corpus = Corpus::from_texts([
//!     ("a.txt", "Le chiffrement de bout en bout protège la vie privée des utilisateurs de la messagerie."),
//!     ("b.txt", "Le chiffrement de bout en bout protège la vie privée des utilisateurs de la messagerie."),
//! ]);
//! let report = check(&corpus, &CheckOptions::default());
//! assert_eq!(report.findings[0].rule, "near-duplicate");
//! ```

pub mod corpus;
pub mod finding;
pub mod report;
pub mod rules;
pub mod similarity;
pub mod text;

use corpus::Corpus;
use finding::Finding;
use report::Report;
use similarity::{Engine, SimilarityOptions};

/// Everything a check needs besides the corpus.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub similarity: SimilarityOptions,
    /// Rules to run (names); empty means all.
    pub select: Vec<String>,
    /// Rules not to run (names).
    pub ignore: Vec<String>,
}

impl CheckOptions {
    fn enabled(&self, rule: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| s == rule))
            && !self.ignore.iter().any(|s| s == rule)
    }
}

/// Run every enabled rule on `corpus` and return the sorted report.
pub fn check(corpus: &Corpus, opts: &CheckOptions) -> Report {
    let dup_rules = [
        "repeated-block",
        "near-duplicate",
        "shared-passage",
        "similar-documents",
    ];
    let mut findings: Vec<Finding> = if dup_rules.iter().any(|r| opts.enabled(r)) {
        Engine::new(&corpus.documents, opts.similarity.clone()).run()
    } else {
        Vec::new()
    };
    findings.extend(rules::run(&corpus.documents, &|r| opts.enabled(r)));
    findings.retain(|f| opts.enabled(f.rule));
    Report::new(corpus, findings)
}
