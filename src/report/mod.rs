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
/// busy, few enough that the text of two batches (one written while the next is rendered, about
/// 1.5 KB a finding) stays small next to the report.
const BATCH: usize = 1024;

/// `path` with the folder separator the machine formats expect, `/`: on Windows, where `\`
/// separates folders too, each `\` becomes `/`; elsewhere `\` is a character of a file name (and
/// of relire's escape of a byte that is not UTF-8, `\xFF`) and stays.
pub(crate) fn slashed(path: &str) -> std::borrow::Cow<'_, str> {
    if cfg!(windows) {
        std::borrow::Cow::Owned(path.replace('\\', "/"))
    } else {
        std::borrow::Cow::Borrowed(path)
    }
}

/// `path` for a line of a report people read: each control character written as its escape (a
/// newline in a file name as `\n`), so that a path stays on its line.
pub(crate) fn one_line(path: &str) -> std::borrow::Cow<'_, str> {
    if path.contains(char::is_control) {
        std::borrow::Cow::Owned(
            path.chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_default().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect(),
        )
    } else {
        std::borrow::Cow::Borrowed(path)
    }
}

/// A rule and its number of findings: one entry of `--statistics`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    pub rule: &'static str,
    pub code: &'static str,
    pub count: usize,
}

/// The findings per rule, by rule name (`--statistics`).
pub fn rule_counts(report: &Report) -> Vec<RuleCount> {
    report
        .summary
        .by_rule
        .iter()
        .map(|(&rule, &count)| RuleCount {
            rule,
            code: crate::rules::registry::find(rule).map_or("", |i| i.code),
            count,
        })
        .collect()
}

/// `--statistics` in a report format: a table in text (like `ruff --statistics`) and Markdown,
/// an array of [`RuleCount`] in JSON, one a line in JSON Lines. The formats that describe
/// findings only (SARIF, GitHub annotations, HTML) have no statistics: `relire check` refuses
/// them with `--statistics`.
pub fn statistics(report: &Report, format: StatisticsFormat) -> String {
    let counts = rule_counts(report);
    let total = report.summary.findings;
    match format {
        StatisticsFormat::Text => {
            let mut out = String::new();
            for c in &counts {
                let severity =
                    crate::rules::registry::find(c.rule).map_or("", |i| i.severity.as_str());
                out.push_str(&format!(
                    "{:>6}  {:<5} {:<20} {severity}\n",
                    c.count, c.code, c.rule
                ));
            }
            out + &format!("{total:>6}  total\n")
        }
        StatisticsFormat::Json => {
            serde_json::to_string_pretty(&counts).expect("counts serialise") + "\n"
        }
        StatisticsFormat::JsonLines => counts
            .iter()
            .map(|c| serde_json::to_string(c).expect("counts serialise") + "\n")
            .collect(),
        StatisticsFormat::Markdown => {
            let mut out = String::from("| rule | code | findings |\n|---|---|---:|\n");
            for c in &counts {
                out.push_str(&format!("| `{}` | {} | {} |\n", c.rule, c.code, c.count));
            }
            out + &format!("| **total** | | **{total}** |\n")
        }
    }
}

/// The report formats `--statistics` can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatisticsFormat {
    Text,
    Json,
    JsonLines,
    Markdown,
}

/// Render every finding with `render`, in parallel a batch at a time, and hand each rendering to
/// `emit` in order with the finding's index: a streaming writer never holds the whole report as
/// text, and the output does not depend on the thread count. The next batch is rendered while
/// the current one is emitted, so the threads do not wait for the writes.
pub(crate) fn write_rendered(
    findings: &[Finding],
    render: impl Fn(&Finding) -> Vec<u8> + Sync,
    mut emit: impl FnMut(usize, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let batches: Vec<&[Finding]> = findings.chunks(BATCH).collect();
    let render_batch = |b: &[Finding]| -> Vec<Vec<u8>> { b.par_iter().map(&render).collect() };
    let mut current = batches.first().map(|b| render_batch(b)).unwrap_or_default();
    for i in 0..batches.len() {
        let mut next = Vec::new();
        let mut written = Ok(());
        // `emit` runs on this thread (it need not be `Send`); the pool renders the next batch.
        rayon::in_place_scope(|s| {
            if let Some(b) = batches.get(i + 1) {
                let (next, render_batch) = (&mut next, &render_batch);
                s.spawn(move |_| *next = render_batch(b));
            }
            written = current
                .iter()
                .enumerate()
                .try_for_each(|(j, text)| emit(i * BATCH + j, text));
        });
        written?;
        current = next;
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
        } else {
            format!("«{}»", crate::text::shorten(s, max_chars))
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

/// Sort findings by [`Finding::sort_key`], then fingerprint, keeping the order of equal ones
/// (a stable sort). The keys are sorted with each finding's index, then the findings are moved
/// in place along the cycles of the permutation: a finding is a few hundred bytes, and moving
/// them at every step of a sort costs more than comparing their keys.
fn sort_findings(findings: &mut [Finding]) {
    // Paths and rule names are compared by their rank among the distinct ones, not byte by byte.
    let ranks = |name: fn(&Finding) -> &str| {
        let mut names: Vec<&str> = findings.iter().map(name).collect();
        names.sort_unstable();
        names.dedup();
        names
    };
    let (paths, rules) = (ranks(|f| &f.location.path), ranks(|f| f.rule));
    let rank = |names: &[&str], name| names.binary_search(&name).expect("every name is listed");
    let mut order: Vec<_> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (path, start, rule, end, message) = f.sort_key();
            let key = (rank(&paths, path), start, rank(&rules, rule), end);
            ((key, message, f.fingerprint.as_str()), i)
        })
        .collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
    // Position j takes the finding at order[j]: follow each cycle of the permutation, swapping.
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        let mut j = start;
        while !done[j] {
            done[j] = true;
            let k = order[j];
            if k == start {
                break;
            }
            findings.swap(j, k);
            j = k;
        }
    }
}

impl Report {
    /// Sort the findings into their canonical order and summarise.
    pub fn new(corpus: &Corpus, mut findings: Vec<Finding>) -> Report {
        sort_findings(&mut findings);
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

    /// Hide the findings `baseline` records, and note its stale entries. With a `focus` (the
    /// files a focus-mode check reports on), only the entries the focus judges can be stale
    /// ([`baseline::Focus::judges`]: the finding's path or a related path is a file of the
    /// focus): the findings of the other files are not looked for, so their entries are left
    /// unjudged rather than called stale on every commit.
    pub fn apply_baseline(&mut self, baseline: &baseline::Baseline, focus: &[String]) {
        let before = self.findings.len();
        let mut stale = baseline.apply(&mut self.findings);
        if !focus.is_empty() {
            let focus = baseline::Focus::new(focus);
            stale.retain(|e| focus.judges(e));
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Location, Related, Severity};

    #[test]
    fn paths_keep_their_backslashes_off_windows_and_their_line() {
        assert_eq!(one_line("a\nb\t.txt"), "a\\nb\\t.txt");
        assert_eq!(one_line("été/a b.txt"), "été/a b.txt");
        if cfg!(windows) {
            assert_eq!(slashed("docs\\a.txt"), "docs/a.txt");
        } else {
            assert_eq!(slashed("x\\xFF.txt"), "x\\xFF.txt");
        }
    }

    #[test]
    fn sort_findings_is_the_stable_sort_by_key_then_fingerprint() {
        // Findings that tie on every key, on all but the fingerprint, and differ elsewhere
        // (`similarity`), in a scrambled order: the result must be the stable sort's.
        let paths = ["b.txt", "a.txt", "a/b.txt", "a.txt.bak"];
        let mut findings = Vec::new();
        for i in 0..240u32 {
            let x = i.wrapping_mul(2_654_435_761) >> 7;
            let location = Location {
                path: paths[(x % 4) as usize].to_string(),
                start_line: 1,
                start_column: 1,
                end_line: 1,
                end_column: 1,
                start_byte: (x % 3) as usize,
                end_byte: 5 + (x / 3 % 2) as usize,
            };
            findings.push(Finding {
                rule: ["repeated-block", "near-duplicate"][(x / 7 % 2) as usize],
                code: "D001",
                severity: Severity::Info,
                message: ["m", "n"][(x / 11 % 2) as usize].to_string(),
                location: location.clone(),
                related: vec![Related {
                    location,
                    similarity: Some(i as f64),
                    diff: Vec::new(),
                }],
                similarity: Some(i as f64),
                measure: None,
                diff: Vec::new(),
                suggestion: None,
                fingerprint: format!("{}", x / 13 % 3),
            });
        }
        let mut expected = findings.clone();
        expected.sort_by(|a, b| {
            a.sort_key()
                .cmp(&b.sort_key())
                .then_with(|| a.fingerprint.cmp(&b.fingerprint))
        });
        sort_findings(&mut findings);
        assert_eq!(findings, expected);
    }
}
