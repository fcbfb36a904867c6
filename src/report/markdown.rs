//! A Markdown report for a pull-request comment: a heading, a summary line and a table with one
//! row per finding (`| Severity | Rule | Location | Message |`).
//!
//! Text from the corpus is escaped so that it renders as text in a table cell (`|`, backslashes,
//! emphasis, links, HTML, math `$`); line breaks become `<br>`. For a copy the message cell
//! ends with a compact `differs: «a» → «b»` and where the other copies are. The comment stays
//! under GitHub's limit of [`LIMIT`] characters: past it the last rows give way to a line
//! `… N more findings`. The first line is an HTML comment, [`MARKER`], by which a workflow can
//! find its previous comment to update it.

use super::{Report, Sources};
use crate::finding::{Change, Finding};
use std::fmt::Write;

/// GitHub's limit on the body of a comment. Counted here in UTF-8 bytes, which are never fewer
/// than the characters (or UTF-16 units) GitHub counts.
pub const LIMIT: usize = 65_536;

/// The first line of the report.
pub const MARKER: &str = "<!-- relire-report -->";

/// Longest message, in characters, before a cell is cut.
const MESSAGE: usize = 500;
/// Changes shown in a cell.
const CHANGES: usize = 3;
/// Other places shown in a cell.
const RELATED: usize = 3;

/// Escape `s` for a table cell: Markdown punctuation is backslash-escaped, CR dropped, LF turned
/// into `<br>`, a tab into a space and any other control character into its code (`U+0007`).
pub fn escape_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\r' => {}
            '\n' => out.push_str("<br>"),
            '\t' => out.push(' '),
            c if c.is_control() => {
                let _ = write!(out, "U+{:04X}", c as u32);
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '$' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn differs(diff: &[Change]) -> String {
    super::diff_summary(diff, CHANGES, 80).unwrap_or_default()
}

fn display_path(path: &str) -> String {
    super::one_line(&super::slashed(path)).into_owned()
}

fn location(path: &str, line: usize) -> String {
    format!("{}:{line}", display_path(path))
}

fn row(f: &Finding) -> String {
    let mut msg = escape_cell(&crate::text::shorten(&f.message, MESSAGE));
    if let Some(s) = &f.suggestion {
        let _ = write!(
            msg,
            "<br>help: {}",
            escape_cell(&crate::text::shorten(s, MESSAGE))
        );
    }
    if !f.diff.is_empty() {
        let _ = write!(msg, "<br>{}", escape_cell(&differs(&f.diff)));
    }
    if !f.related.is_empty() {
        let mut places: Vec<String> = f
            .related
            .iter()
            .take(RELATED)
            .map(|r| location(&r.location.path, r.location.start_line))
            .collect();
        if f.related.len() > RELATED {
            places.push(format!("+{} more", f.related.len() - RELATED));
        }
        let _ = write!(msg, "<br>also at {}", escape_cell(&places.join(", ")));
    }
    format!(
        "| {} | {} | {} | {} |\n",
        f.severity,
        escape_cell(&format!("{} {}", f.code, f.rule)),
        escape_cell(&location(&f.location.path, f.location.start_line)),
        msg
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn more(n: usize) -> String {
    format!("\n… {}\n", plural(n, "more finding", "more findings"))
}

/// The report as Markdown, at most [`LIMIT`] bytes long, with a final newline.
pub fn render(report: &Report, _sources: &Sources) -> String {
    let s = &report.summary;
    let mut out = String::new();
    let _ = writeln!(out, "{MARKER}");
    let _ = writeln!(out, "### relire report\n");
    let files = plural(s.files, "file", "files");
    let paragraphs = plural(s.paragraphs, "paragraph", "paragraphs");
    if report.findings.is_empty() {
        let _ = writeln!(out, "No findings in {files} ({paragraphs}).");
    } else {
        let severities: Vec<String> = [
            ("error", "errors"),
            ("warning", "warnings"),
            ("info", "info"),
        ]
        .iter()
        .filter_map(|(k, many)| s.by_severity.get(k).map(|&n| plural(n, k, many)))
        .collect();
        let _ = writeln!(
            out,
            "**{}** in {files} ({paragraphs}): {}.",
            plural(report.findings.len(), "finding", "findings"),
            severities.join(", ")
        );
    }
    let mut notes = Vec::new();
    if !s.skipped.is_empty() {
        notes.push(format!(
            "{} skipped",
            plural(s.skipped.len(), "file", "files")
        ));
    }
    if !s.errors.is_empty() {
        notes.push(format!(
            "{} could not be read",
            plural(s.errors.len(), "path", "paths")
        ));
    }
    if !notes.is_empty() {
        let _ = writeln!(out, "\n_{}._", notes.join("; "));
    }
    if report.findings.is_empty() {
        return out;
    }
    out.push_str("\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n");

    let rows: Vec<String> = report.findings.iter().map(row).collect();
    let total: usize = out.len() + rows.iter().map(String::len).sum::<usize>();
    if total <= LIMIT {
        rows.iter().for_each(|r| out.push_str(r));
        return out;
    }
    let reserve = more(rows.len()).len();
    let mut shown = 0;
    for r in &rows {
        if out.len() + r.len() + reserve > LIMIT {
            break;
        }
        out.push_str(r);
        shown += 1;
    }
    out.push_str(&more(rows.len() - shown));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_escaped() {
        assert_eq!(escape_cell("a | b\r\nc"), "a \\| b<br>c");
        assert_eq!(escape_cell("a\tb\u{7}c\u{85}"), "a bU+0007cU+0085");
        assert_eq!(
            escape_cell("<b>*x*</b> $y$"),
            "\\<b\\>\\*x\\*\\</b\\> \\$y\\$"
        );
    }
}
