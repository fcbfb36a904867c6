//! The human-readable report, in the style of rustc and ruff.

use super::{Report, Sources};
use crate::finding::{Change, Finding};
use std::fmt::Write;

/// Longest snippet shown, in characters.
const SNIPPET: usize = 100;
/// Changes shown per copy; the JSON report has all of them.
const CHANGES: usize = 8;

fn snippet(text: &str) -> String {
    let line = text.split(['\n', '\r']).next().unwrap_or("");
    let mut s: String = line.chars().take(SNIPPET).collect();
    if line.chars().count() > SNIPPET || text.contains(['\n', '\r']) {
        s.push('…');
    }
    s
}

fn changes(out: &mut String, diff: &[Change]) {
    for c in diff.iter().take(CHANGES) {
        let side = |s: &str| {
            if s.is_empty() {
                "∅".to_string()
            } else {
                format!("\"{s}\"")
            }
        };
        let _ = writeln!(out, "   = differs: {} → {}", side(&c.left), side(&c.right));
    }
    if diff.len() > CHANGES {
        let _ = writeln!(out, "   = … and {} more differences", diff.len() - CHANGES);
    }
}

fn finding(out: &mut String, f: &Finding, sources: &Sources) {
    let l = &f.location;
    let _ = writeln!(
        out,
        "{}:{}:{}: {} {} [{}] {}",
        l.path, l.start_line, l.start_column, f.severity, f.code, f.rule, f.message
    );
    if let Some(t) = sources.slice(&l.path, l.start_byte, l.end_byte) {
        let _ = writeln!(out, "   | {}", snippet(t));
    }
    for (i, r) in f.related.iter().enumerate() {
        let rl = &r.location;
        let sim = r
            .similarity
            .map(|s| format!(" (similarity {:.2})", crate::finding::floor2(s)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "   = also at {}:{}:{} {}{sim}",
            rl.path,
            rl.start_line,
            rl.start_column,
            rl.line_phrase()
        );
        if i < 5 {
            changes(out, &r.diff);
        }
    }
    if f.related.len() > 5 {
        let _ = writeln!(out, "   = differences shown for the first 5 copies");
    }
    if let Some(s) = &f.suggestion {
        let _ = writeln!(out, "   = help: {s}");
    }
    out.push('\n');
}

/// The report as text; `sources` gives the snippets.
/// With `summary`, notes on decoded and skipped files and a closing count line follow the findings.
pub fn render(report: &Report, sources: &Sources, summary: bool) -> String {
    let mut out = String::new();
    for f in &report.findings {
        finding(&mut out, f, sources);
    }
    if !summary {
        return out;
    }
    let s = &report.summary;
    for n in &s.non_utf8 {
        let _ = writeln!(
            out,
            "note: {} was decoded as {} (not UTF-8)",
            n.path, n.encoding
        );
    }
    for n in &s.skipped {
        let _ = writeln!(out, "note: {}: {}", n.path, n.message);
    }
    let by_rule: Vec<String> = s.by_rule.iter().map(|(r, n)| format!("{r}: {n}")).collect();
    let _ = writeln!(
        out,
        "{} finding{} in {} file{} ({} paragraphs){}",
        s.findings,
        if s.findings == 1 { "" } else { "s" },
        s.files,
        if s.files == 1 { "" } else { "s" },
        s.paragraphs,
        if by_rule.is_empty() {
            String::new()
        } else {
            format!(": {}", by_rule.join(", "))
        }
    );
    out
}
