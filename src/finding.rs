//! Findings: what every rule reports, pointing at raw spans of the original files.

use crate::corpus::{Document, Span};
use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place in a file: 1-based inclusive lines, 1-based columns (characters), byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    pub path: String,
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start_byte: usize,
    pub end_byte: usize,
}

impl Location {
    /// The location of `span` in `doc`; the end column is that of the last character.
    pub fn of(doc: &Document, span: Span) -> Location {
        let (start_line, start_column) = doc.line_col(span.start);
        let last = doc.text[..span.end.max(span.start)]
            .char_indices()
            .next_back()
            .map(|(i, _)| i.max(span.start))
            .unwrap_or(span.start);
        let (end_line, end_column) = doc.line_col(last);
        Location {
            path: doc.path.clone(),
            start_line,
            start_column,
            end_line,
            end_column,
            start_byte: span.start,
            end_byte: span.end,
        }
    }

    /// "line 12" or "lines 12–18".
    pub fn line_phrase(&self) -> String {
        if self.start_line == self.end_line {
            format!("line {}", self.start_line)
        } else {
            format!("lines {}", self.lines())
        }
    }

    /// "12" or "12–18".
    pub fn lines(&self) -> String {
        if self.start_line == self.end_line {
            format!("{}", self.start_line)
        } else {
            format!("{}–{}", self.start_line, self.end_line)
        }
    }
}

/// One differing stretch between two copies: the words of the primary copy (`left`) and those of
/// the other copy (`right`); one side is empty for a pure insertion or deletion.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    pub left: String,
    pub right: String,
}

/// Another place a finding points at: a copy of the text, or the other spelling of a name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    #[serde(flatten)]
    pub location: Location,
    /// Similarity of this copy with the primary location, when it is a copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level difference from the primary location to this copy.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<Change>,
}

/// A finding of any rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub location: Location,
    pub related: Vec<Related>,
    /// Exact similarity (never a MinHash estimate), for duplicate findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// `jaccard` or `containment`: how `similarity` was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<&'static str>,
    /// Word-level difference between the primary location and the first related copy.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<Change>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// Content fingerprint: rule, paths and comparison text of the spans; no line numbers or
    /// offsets, so it survives edits elsewhere in the files.
    pub fingerprint: String,
}

impl Finding {
    /// Total order used to sort a report: path, start byte, rule, then the rest.
    pub fn sort_key(&self) -> (&str, usize, &str, usize, &str) {
        (
            &self.location.path,
            self.location.start_byte,
            self.rule,
            self.location.end_byte,
            &self.message,
        )
    }
}

/// Round a similarity for the report, so that tiny float noise never changes the output.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Round down to two decimals for messages, so that 0.999 never prints as an exact copy's 1.00.
pub fn floor2(s: f64) -> f64 {
    (s * 100.0 + 1e-9).floor() / 100.0
}
