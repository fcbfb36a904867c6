//! The human-readable report, in the style of rustc and ruff.

use super::{Report, Sources};
use crate::finding::{Change, Finding};
use std::fmt::Write;
use std::io;

/// Longest snippet shown, in user-perceived characters (a letter and its combining accents
/// count once, and are never cut apart).
const SNIPPET: usize = 100;
/// Changes shown per copy; the JSON report has all of them.
const CHANGES: usize = 8;

fn snippet(text: &str) -> String {
    let line = text.split(['\n', '\r']).next().unwrap_or("");
    let mut s = crate::text::shorten(line, SNIPPET).into_owned();
    if !s.ends_with('…') && text.contains(['\n', '\r']) {
        s.push('…');
    }
    s
}

/// How to print the text report.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Notes on decoded and skipped files and a closing count line after the findings.
    pub summary: bool,
    /// ANSI colours.
    pub color: bool,
}

fn paint(on: bool, code: &str, s: &str) -> String {
    if on {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn severity_color(s: crate::finding::Severity) -> &'static str {
    match s {
        crate::finding::Severity::Error => "1;31",
        crate::finding::Severity::Warning => "1;33",
        crate::finding::Severity::Info => "1;36",
    }
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

fn finding(out: &mut String, f: &Finding, sources: &Sources, color: bool) {
    let l = &f.location;
    let _ = writeln!(
        out,
        "{}: {} {} {} {}",
        paint(
            color,
            "1",
            &format!(
                "{}:{}:{}",
                super::one_line(&l.path),
                l.start_line,
                l.start_column
            )
        ),
        paint(color, severity_color(f.severity), f.severity.as_str()),
        paint(color, "2", f.code),
        paint(color, "2", &format!("[{}]", f.rule)),
        f.message
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
            super::one_line(&rl.path),
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
pub fn render(report: &Report, sources: &Sources, opts: &TextOptions) -> String {
    let mut out = Vec::new();
    write(report, sources, opts, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the text report is UTF-8")
}

/// Write the report as text: the findings rendered in parallel, a batch at a time, then the
/// notes and the summary line. `out` should be buffered.
pub fn write(
    report: &Report,
    sources: &Sources,
    opts: &TextOptions,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    super::write_rendered(
        &report.findings,
        |f| {
            let mut text = String::new();
            finding(&mut text, f, sources, opts.color);
            text.into_bytes()
        },
        |_, text| out.write_all(text),
    )?;
    if opts.summary {
        out.write_all(summary(report).as_bytes())?;
    }
    out.flush()
}

/// The notes (files not in UTF-8, skipped, baseline) and the summary line.
fn summary(report: &Report) -> String {
    let mut out = String::new();
    let s = &report.summary;
    for n in &s.non_utf8 {
        if n.encoding == crate::corpus::UTF8_REPLACED {
            let _ = writeln!(
                out,
                "note: {} is not valid UTF-8: its invalid bytes were read as U+FFFD",
                super::one_line(&n.path)
            );
        } else {
            let _ = writeln!(
                out,
                "note: {} was decoded as {} (not UTF-8)",
                super::one_line(&n.path),
                n.encoding
            );
        }
    }
    for n in &s.skipped {
        let _ = writeln!(out, "note: {}: {}", super::one_line(&n.path), n.message);
    }
    if let Some(b) = &s.baseline {
        if b.suppressed > 0 {
            let _ = writeln!(
                out,
                "note: {} findings recorded in the baseline are not shown",
                b.suppressed
            );
        }
        for e in &b.stale {
            let found = if e.count > 1 {
                format!("{} of its findings no longer found", e.count)
            } else {
                "no longer found".to_string()
            };
            let _ = writeln!(
                out,
                "note: stale baseline entry ({found}): {} [{}] {}",
                super::one_line(&e.path),
                e.rule,
                e.message
            );
        }
    }
    let by_rule: Vec<String> = s.by_rule.iter().map(|(r, n)| format!("{r}: {n}")).collect();
    let _ = writeln!(
        out,
        "{} finding{} in {} file{} ({} paragraph{}){}",
        s.findings,
        if s.findings == 1 { "" } else { "s" },
        s.files,
        if s.files == 1 { "" } else { "s" },
        s.paragraphs,
        if s.paragraphs == 1 { "" } else { "s" },
        if by_rule.is_empty() {
            String::new()
        } else {
            format!(": {}", by_rule.join(", "))
        }
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_count_and_keep_accented_letters_whole() {
        // The 100th character written in NFD (e + COMBINING ACUTE ACCENT) is kept whole, and
        // counts as one: the same text in NFC gives a snippet of the same length.
        let nfd = format!("{}e\u{301}tait la suite", "a".repeat(99));
        let nfc = format!("{}étais la suite", "a".repeat(99));
        let (a, b) = (snippet(&nfd), snippet(&nfc));
        assert!(a.ends_with("e\u{301}…"), "{a:?}");
        assert_eq!(a.chars().count(), b.chars().count() + 1);
        assert_eq!(snippet("court"), "court");
        assert_eq!(snippet("ligne\nsuite"), "ligne…");
    }
}
