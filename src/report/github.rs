//! GitHub Actions workflow commands: one annotation per finding, which GitHub shows on the
//! pull request's changed files and in the run's summary.
//!
//! ```text
//! ::warning file=docs/a.txt,line=3,endLine=3,col=5,endColumn=12,title=T003 anglicism::« cryptées »: …
//! ```
//!
//! `error` findings become `::error`, `warning` ones `::warning` and `info` ones `::notice`.
//! Columns are given only for a finding on one line (GitHub ignores them otherwise); `endColumn`
//! is the column of the last character, as in the other reports. The message is followed by the
//! suggestion and, for a copy, where the other copies are and how they differ; values are escaped
//! as the runner requires (`%`, CR and LF in the message; also `:` and `,` in properties).

use super::{Report, Sources};
use crate::finding::{floor2, Change, Finding, Severity};
use std::fmt::Write;

/// Other copies listed in an annotation.
const RELATED: usize = 5;
/// Changes listed per copy.
const CHANGES: usize = 3;

/// The workflow command of a severity.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "notice",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// Escape the data (message) of a workflow command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A path as GitHub expects it: forward slashes ([`super::slashed`]), no leading `./`.
fn github_path(path: &str) -> String {
    let p = super::slashed(path);
    let mut rel = p.as_ref();
    while let Some(r) = rel.strip_prefix("./") {
        rel = r;
    }
    rel.to_string()
}

fn differs(diff: &[Change]) -> Option<String> {
    super::diff_summary(diff, CHANGES, usize::MAX)
}

/// The annotation's text: message, suggestion, other copies.
fn text(f: &Finding) -> String {
    let mut t = f.message.clone();
    if let Some(s) = &f.suggestion {
        let _ = write!(t, "\nhelp: {s}");
    }
    for r in f.related.iter().take(RELATED) {
        let l = &r.location;
        let _ = write!(t, "\nalso at {}:{}", github_path(&l.path), l.lines());
        if let Some(s) = r.similarity {
            let _ = write!(t, " (similarity {:.2})", floor2(s));
        }
        if let Some(d) = differs(&r.diff) {
            let _ = write!(t, ": {d}");
        }
    }
    if f.related.len() > RELATED {
        let _ = write!(t, "\n… and {} more places", f.related.len() - RELATED);
    }
    t
}

/// One workflow command.
pub fn annotation(f: &Finding) -> String {
    let l = &f.location;
    let mut props = vec![
        format!("file={}", escape_property(&github_path(&l.path))),
        format!("line={}", l.start_line),
        format!("endLine={}", l.end_line),
    ];
    if l.start_line == l.end_line {
        props.push(format!("col={}", l.start_column));
        props.push(format!("endColumn={}", l.end_column.max(l.start_column)));
    }
    props.push(format!(
        "title={}",
        escape_property(&format!("{} {}", f.code, f.rule))
    ));
    format!(
        "::{} {}::{}",
        command(f.severity),
        props.join(","),
        escape_data(&text(f))
    )
}

/// The findings as workflow commands, one line each.
pub fn render(report: &Report, _sources: &Sources) -> String {
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&annotation(f));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("a%b\r\nc: d, e"), "a%25b%0D%0Ac: d, e");
        assert_eq!(escape_property("a%b\r\nc: d, e"), "a%25b%0D%0Ac%3A d%2C e");
        assert_eq!(github_path("././docs/a.txt"), "docs/a.txt");
        if cfg!(windows) {
            assert_eq!(github_path(".\\docs\\a.txt"), "docs/a.txt");
        } else {
            assert_eq!(github_path("./x\\xFF.txt"), "x\\xFF.txt");
        }
    }
}
