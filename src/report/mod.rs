//! The report: sorted findings and a summary. Only this module knows about output formats.

pub mod baseline;
pub mod github;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::corpus::{Corpus, FileNote};
use crate::finding::{Finding, Severity};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Findings rendered side by side at a time by [`write_rendered`]: enough to keep the threads
/// busy, few enough that the text of one batch (about 1.5 KB a finding) stays small next to the
/// report.
const BATCH: usize = 1024;

/// Render every finding with `render`, in parallel a batch at a time, and hand each rendering to
/// `emit` in order with the finding's index: a streaming writer never holds the whole report as
/// text, and the output does not depend on the thread count.
pub(crate) fn write_rendered(
    findings: &[Finding],
    render: impl Fn(&Finding) -> Vec<u8> + Sync,
    mut emit: impl FnMut(usize, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    for (i, batch) in findings.chunks(BATCH).enumerate() {
        let rendered: Vec<Vec<u8>> = batch.par_iter().map(&render).collect();
        for (j, text) in rendered.iter().enumerate() {
            emit(i * BATCH + j, text)?;
        }
    }
    Ok(())
}

/// "differs: «a» → «b»; «c» → ∅; … 2 more" for the first `shown` changes of a copy, each side cut
/// to `max_chars` characters; `None` without changes. (The one-line form of a diff in the
/// GitHub, Markdown and SARIF writers.)
pub(crate) fn diff_summary(
    diff: &[crate::finding::Change],
    shown: usize,
    max_chars: usize,
) -> Option<String> {
    if diff.is_empty() {
        return None;
    }
    let side = |s: &str| {
        if s.is_empty() {
            "∅".to_string()
        } else if s.chars().count() <= max_chars {
            format!("«{s}»")
        } else {
            format!("«{}…»", s.chars().take(max_chars).collect::<String>())
        }
    };
    let mut parts: Vec<String> = diff
        .iter()
        .take(shown)
        .map(|c| format!("{} → {}", side(&c.left), side(&c.right)))
        .collect();
    if diff.len() > shown {
        parts.push(format!("… {} more", diff.len() - shown));
    }
    Some(format!("differs: {}", parts.join("; ")))
}

/// The decoded text of every document, by path, for writers that show snippets.
pub struct Sources<'a> {
    texts: HashMap<&'a str, &'a str>,
    bom: std::collections::HashSet<&'a str>,
}

impl<'a> Sources<'a> {
    pub fn new(corpus: &'a Corpus) -> Self {
        Sources {
            texts: corpus
                .documents
                .iter()
                .map(|d| (d.path.as_str(), d.text.as_str()))
                .collect(),
            bom: corpus
                .documents
                .iter()
                .filter(|d| d.bom)
                .map(|d| d.path.as_str())
                .collect(),
        }
    }

    /// Whether the file started with a byte-order mark (byte offsets in the report are into the
    /// decoded text, which does not hold it).
    pub fn has_bom(&self, path: &str) -> bool {
        self.bom.contains(path)
    }

    /// The whole text of the document at `path`.
    pub fn text(&self, path: &str) -> Option<&'a str> {
        self.texts.get(path).copied()
    }

    /// The text of a byte span of the document at `path`.
    pub fn slice(&self, path: &str, start: usize, end: usize) -> Option<&'a str> {
        self.text(path).and_then(|t| t.get(start..end))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct NonUtf8 {
    pub path: String,
    pub encoding: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub files: usize,
    pub paragraphs: usize,
    pub findings: usize,
    pub by_rule: BTreeMap<&'static str, usize>,
    pub by_severity: BTreeMap<&'static str, usize>,
    /// Files that were decoded from another encoding than UTF-8.
    pub non_utf8: Vec<NonUtf8>,
    /// Files skipped (binary).
    pub skipped: Vec<FileNote>,
    /// Paths that could not be read.
    pub errors: Vec<FileNote>,
    /// Findings hidden by the baseline, and baseline entries that matched nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineSummary>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BaselineSummary {
    pub suppressed: usize,
    pub stale: Vec<baseline::Entry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub tool: Tool,
    pub summary: Summary,
    pub findings: Vec<Finding>,
}

impl Report {
    /// Sort the findings into their canonical order and summarise.
    pub fn new(corpus: &Corpus, mut findings: Vec<Finding>) -> Report {
        findings.sort_by(|a, b| {
            a.sort_key()
                .cmp(&b.sort_key())
                .then_with(|| a.fingerprint.cmp(&b.fingerprint))
        });
        // Two alignments extended to the same sentences give the same finding: report it once.
        findings.dedup();
        let mut report = Report {
            tool: Tool {
                name: "relire",
                version: env!("CARGO_PKG_VERSION"),
            },
            summary: Summary {
                files: corpus.documents.len(),
                paragraphs: corpus.paragraph_count(),
                findings: 0,
                by_rule: BTreeMap::new(),
                by_severity: BTreeMap::new(),
                non_utf8: corpus
                    .documents
                    .iter()
                    .filter(|d| !d.is_utf8())
                    .map(|d| NonUtf8 {
                        path: d.path.clone(),
                        encoding: d.encoding,
                    })
                    .collect(),
                skipped: corpus.skipped.clone(),
                errors: corpus.errors.clone(),
                baseline: None,
            },
            findings,
        };
        report.recount();
        report
    }

    /// Hide the findings `baseline` records, and note its stale entries.
    pub fn apply_baseline(&mut self, baseline: &baseline::Baseline) {
        let before = self.findings.len();
        let stale = baseline.apply(&mut self.findings);
        let suppressed = before - self.findings.len();
        self.recount();
        self.summary.baseline = Some(BaselineSummary { suppressed, stale });
    }

    /// Recompute the counts of the summary from the findings.
    fn recount(&mut self) {
        self.summary.findings = self.findings.len();
        self.summary.by_rule.clear();
        self.summary.by_severity.clear();
        for f in &self.findings {
            *self.summary.by_rule.entry(f.rule).or_insert(0) += 1;
            *self
                .summary
                .by_severity
                .entry(f.severity.as_str())
                .or_insert(0) += 1;
        }
    }

    /// Whether some finding is at or above `level`.
    pub fn fails(&self, level: Option<Severity>) -> bool {
        level.is_some_and(|l| self.findings.iter().any(|f| f.severity >= l))
    }
}
