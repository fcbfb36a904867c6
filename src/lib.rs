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

pub mod cache;
pub mod config;
pub mod corpus;
pub mod finding;
pub mod report;
pub mod rules;
pub mod similarity;
pub mod text;
pub mod timing;

use corpus::Corpus;
use finding::Finding;
use report::Report;
use similarity::{Engine, SimilarityOptions};

/// Everything a check needs besides the corpus.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    pub similarity: SimilarityOptions,
    /// Lexicons (built-in and user additions) and allow-lists of the artifact rules.
    pub rule_data: rules::RuleData,
    /// Per-rule and per-path settings, suppressions and allowed phrases.
    pub policy: config::Policy,
    /// When not empty, only findings that touch one of these paths are reported (focus mode:
    /// the corpus is the context, these files are the subject).
    pub focus: Vec<String>,
    /// Rules to run (names); empty means all.
    pub select: Vec<String>,
    /// Rules not to run (names).
    pub ignore: Vec<String>,
}

impl CheckOptions {
    /// Whether `rule` runs (`select` and `ignore`).
    pub fn enabled(&self, rule: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| s == rule))
            && !self.ignore.iter().any(|s| s == rule)
    }
}

/// Run every enabled rule on `corpus` and return the sorted report.
pub fn check(corpus: &Corpus, opts: &CheckOptions) -> Report {
    check_cached(corpus, opts, None).0
}

/// [`check`] with an incremental cache: the entries of `cache` that match a document's text are
/// used instead of running the document rules again, and the returned entries (one per
/// document, path → entry) are the new content of the cache (none without a cache). The report
/// is the same as [`check`]'s. The cache must have been opened with a key that covers every setting of
/// `opts` (see [`cache::settings_key`]).
pub fn check_cached(
    corpus: &Corpus,
    opts: &CheckOptions,
    cache: Option<&mut cache::Cache>,
) -> (Report, std::collections::BTreeMap<String, cache::FileEntry>) {
    use rayon::prelude::*;
    let dup_rules = [
        "repeated-block",
        "near-duplicate",
        "shared-passage",
        "similar-documents",
    ];
    let docs = &corpus.documents;
    let keep = cache.is_some();
    let contents: Vec<u128> = if keep {
        docs.par_iter().map(cache::content_hash).collect()
    } else {
        Vec::new()
    };
    // In focus mode, the files given are the subject of the check; the others are its context.
    let focus: std::collections::HashSet<&str> = opts.focus.iter().map(String::as_str).collect();
    let subject = |d: &corpus::Document| focus.is_empty() || focus.contains(d.path.as_str());
    let cached: Vec<Option<cache::FileEntry>> = match cache {
        Some(k) => docs
            .iter()
            .zip(&contents)
            .map(|(d, &c)| k.take(d, c, subject(d)))
            .collect(),
        None => vec![None; docs.len()],
    };
    let artifact_rule = |r: &&rules::registry::RuleInfo| !dup_rules.contains(&r.name);
    let run_artifacts = rules::registry::RULES
        .iter()
        .filter(artifact_rule)
        .any(|r| opts.enabled(r.name));
    let enabled = |r: &str| opts.enabled(r);
    // The duplicate search and the artifact rules share nothing: they run side by side, which
    // keeps both cores busy through the sequential stretches of each.
    let (mut findings, (artifacts, outcomes)) = rayon::join(
        || {
            if dup_rules.iter().any(|r| opts.enabled(r)) {
                let engine = Engine::new(docs, opts.similarity.clone());
                let engine = if focus.is_empty() {
                    engine
                } else {
                    engine.with_subjects(subject)
                };
                engine.run_selected(&enabled)
            } else {
                Vec::new()
            }
        },
        || {
            if !run_artifacts {
                return (
                    Vec::new(),
                    vec![(None, true); if keep { docs.len() } else { 0 }],
                );
            }
            // In focus mode, the document rules' findings in the context files would all be
            // filtered out (they point at their own file only): those files give the corpus
            // rules what they need, and nothing else is computed. The cache marks such an
            // outcome as context only; it serves only where the file is context again.
            let (all, whole): (Vec<rules::DocOutcome>, Vec<bool>) = docs
                .par_iter()
                .zip(cached)
                .map(|(d, c)| match c {
                    Some(cache::FileEntry {
                        outcome: Some(o),
                        context_only,
                        ..
                    }) => (o, !context_only),
                    _ => {
                        let whole = subject(d);
                        (rules::outcome(d, &opts.rule_data, &enabled, whole), whole)
                    }
                })
                .unzip();
            let found = rules::combine(docs, &all, &enabled);
            // Without a cache, the outcomes are not kept past this point.
            let outcomes = if keep {
                all.into_iter().map(Some).zip(whole).collect()
            } else {
                Vec::new()
            };
            (found, outcomes)
        },
    );
    findings.extend(artifacts);
    crate::timing::mark("every rule");
    if !keep {
        return (finish(corpus, opts, findings), Default::default());
    }
    let entries = docs
        .iter()
        .zip(contents)
        .zip(outcomes)
        .map(|((d, content), (outcome, whole))| {
            let entry = cache::FileEntry {
                content,
                outcome,
                context_only: !whole,
            };
            (d.path.clone(), entry)
        })
        .collect();
    (finish(corpus, opts, findings), entries)
}

/// Filter the findings by rule and focus, apply the policy, and sort them into a report.
fn finish(corpus: &Corpus, opts: &CheckOptions, mut findings: Vec<Finding>) -> Report {
    findings.retain(|f| opts.enabled(f.rule));
    if !opts.focus.is_empty() {
        let focus: std::collections::HashSet<&str> =
            opts.focus.iter().map(String::as_str).collect();
        findings.retain(|f| {
            focus.contains(f.location.path.as_str())
                || f.related
                    .iter()
                    .any(|r| focus.contains(r.location.path.as_str()))
        });
    }
    let sources = report::Sources::new(corpus);
    opts.policy.apply(&mut findings, &|f| {
        sources
            .slice(&f.location.path, f.location.start_byte, f.location.end_byte)
            .map(str::to_string)
    });
    Report::new(corpus, findings)
}
