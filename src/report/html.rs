//! The HTML report: one self-contained page for a reviewer, to open in any browser.
//!
//! The page holds a summary, a file-by-file similarity matrix, every finding (duplicates side by
//! side with their differing words marked, artifacts in their sentence with the span marked) and
//! the documentation of the rules. It loads nothing: the CSS and a small script are inline, a
//! Content-Security-Policy forbids every fetch, and the page is complete without the script,
//! which only adds the filters. Every piece of corpus text is escaped. The output depends only
//! on the report and the texts (no timestamp, stable order).

use super::{Report, Sources};
use crate::corpus::{segment, Corpus, Span};
use crate::finding::{floor2, Finding, Location};
use crate::rules::registry::{self, RuleInfo, RULES};
use crate::text::{sentences, tokenize, NormOptions, Token};
use similar::{capture_diff_slices, Algorithm};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Rules whose findings are copies of text, shown side by side.
const DUPLICATE_RULES: [&str; 4] = [
    "repeated-block",
    "near-duplicate",
    "shared-passage",
    "similar-documents",
];
/// Copies shown side by side per finding; the others are listed.
const COPIES: usize = 5;
/// Other locations shown with their context for a non-duplicate finding.
const RELATED: usize = 5;
/// Words of a copy that take part in the word diff; words past this are shown unmarked.
const DIFF_WORDS: usize = 6_000;
/// Words shown per copy; the rest is cut with a note.
const SHOW_WORDS: usize = 1_500;
/// Copies longer than this (in words) have their long unchanged stretches folded.
const FOLD_ABOVE: usize = 250;
/// Words kept on each side of a change when unchanged stretches are folded.
const FOLD_CONTEXT: usize = 20;
/// Longest context shown around an artifact, in bytes, before it is cut to its sentences.
const CONTEXT_BYTES: usize = 900;
/// Bytes kept on each side of a span when even its sentence is too long.
const CONTEXT_WINDOW: usize = 300;
/// Longest span shown in full, in bytes.
const SPAN_BYTES: usize = 1_500;
/// Files shown in the matrix in full; above this, only files joined to another file are shown.
const MATRIX_FILES: usize = 200;
/// Hard cap on the matrix, whatever the number of joined files.
const MATRIX_MAX: usize = 250;

/// The report as one HTML page. The matrix lists the files that appear in the report; use
/// [`render_corpus`] (or [`render_with_files`]) to list every file of the corpus.
pub fn render(report: &Report, sources: &Sources) -> String {
    render_with_files(report, sources, &[])
}

/// The report as one HTML page, with every document of `corpus` in the matrix and file filter.
pub fn render_corpus(report: &Report, corpus: &Corpus) -> String {
    let sources = Sources::new(corpus);
    let files: Vec<&str> = corpus.documents.iter().map(|d| d.path.as_str()).collect();
    render_with_files(report, &sources, &files)
}

/// The report as one HTML page; `files` are listed in the matrix and file filter besides the
/// paths that the findings point at.
pub fn render_with_files(report: &Report, sources: &Sources, files: &[&str]) -> String {
    let mut page = Page {
        report,
        sources,
        paragraphs: HashMap::new(),
    };
    let mut paths: BTreeSet<&str> = files.iter().copied().collect();
    for f in &report.findings {
        paths.insert(&f.location.path);
        paths.extend(f.related.iter().map(|r| r.location.path.as_str()));
    }
    paths.extend(report.summary.non_utf8.iter().map(|n| n.path.as_str()));
    let paths: Vec<&str> = paths.into_iter().collect();

    let mut body = String::with_capacity(64 * 1024 + report.findings.len() * 2048);
    page.header(&mut body);
    page.summary(&mut body);
    page.matrix(&mut body, &paths);
    page.findings(&mut body, &paths);
    rules_section(&mut body, report);

    // A nonce that the page's own text decides: injected text cannot know it.
    let nonce = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(body.as_bytes()));
    let mut out = String::with_capacity(body.len() + CSS.len() + SCRIPT.len() + 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; img-src data:; \
         base-uri 'none'; form-action 'none'\">"
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"");
    esc(
        &mut out,
        &format!("{} {}", report.tool.name, report.tool.version),
    );
    out.push_str("\">\n<title>relire report: ");
    let s = &report.summary;
    let _ = write!(
        out,
        "{} finding{} in {} file{}",
        s.findings,
        plural(s.findings),
        s.files,
        plural(s.files)
    );
    out.push_str("</title>\n<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&body);
    let _ = write!(out, "<script nonce=\"{nonce}\">\n{SCRIPT}</script>\n");
    out.push_str("</body>\n</html>\n");
    out
}

struct Page<'r, 's> {
    report: &'r Report,
    sources: &'r Sources<'s>,
    /// Paragraph spans of each document, computed when first needed.
    paragraphs: HashMap<String, Vec<Span>>,
}

impl Page<'_, '_> {
    fn header(&self, out: &mut String) {
        let s = &self.report.summary;
        out.push_str("<header class=\"top\">\n<h1>relire report</h1>\n<p class=\"sub\">");
        esc(
            out,
            &format!("{} {}", self.report.tool.name, self.report.tool.version),
        );
        let _ = writeln!(
            out,
            " · {} finding{} in {} file{} ({} paragraph{})</p>",
            s.findings,
            plural(s.findings),
            s.files,
            plural(s.files),
            s.paragraphs,
            plural(s.paragraphs)
        );
        out.push_str(
            "<nav><a href=\"#summary\">Summary</a> <a href=\"#similarity\">Similarity matrix</a> \
             <a href=\"#findings\">Findings</a> <a href=\"#rules\">Rules</a></nav>\n</header>\n<main>\n",
        );
    }

    fn summary(&self, out: &mut String) {
        let s = &self.report.summary;
        out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        let card = |out: &mut String, n: usize, label: &str, class: &str| {
            let _ = writeln!(
                out,
                "<div class=\"card {class}\"><span class=\"n\">{n}</span> {label}</div>"
            );
        };
        card(out, s.files, &format!("file{}", plural(s.files)), "");
        card(
            out,
            s.paragraphs,
            &format!("paragraph{}", plural(s.paragraphs)),
            "",
        );
        card(
            out,
            s.findings,
            &format!("finding{}", plural(s.findings)),
            "",
        );
        for sev in ["error", "warning", "info"] {
            let n = s.by_severity.get(sev).copied().unwrap_or(0);
            card(
                out,
                n,
                &format!("{sev}{}", if sev == "info" { "" } else { plural(n) }),
                &format!("sev-{sev}"),
            );
        }
        out.push_str("</div>\n");

        if s.by_rule.is_empty() {
            out.push_str("<p>No findings.</p>\n");
        } else {
            out.push_str(
                "<table class=\"by-rule\">\n<caption>Findings per rule</caption>\n<thead><tr>\
                 <th scope=\"col\">Code</th><th scope=\"col\">Rule</th><th scope=\"col\">Findings</th>\
                 <th scope=\"col\">Default severity</th><th scope=\"col\">What it finds</th></tr></thead>\n<tbody>\n",
            );
            // Registry order (by code), then any rule the registry does not know.
            let mut rows: Vec<(&str, &str, usize, &str, &str)> = Vec::new();
            for r in RULES {
                if let Some(&n) = s.by_rule.get(r.name) {
                    rows.push((r.code, r.name, n, r.severity.as_str(), r.summary));
                }
            }
            for (&name, &n) in &s.by_rule {
                if registry::find(name).is_none() {
                    rows.push(("", name, n, "", ""));
                }
            }
            for (code, name, n, sev, summary) in rows {
                out.push_str("<tr><td class=\"code\">");
                esc(out, code);
                out.push_str("</td><td><a href=\"#rule-");
                esc(out, name);
                out.push_str("\">");
                esc(out, name);
                let _ = write!(out, "</a></td><td class=\"num\">{n}</td><td>");
                if !sev.is_empty() {
                    let _ = write!(out, "<span class=\"sev sev-{sev}\">{sev}</span>");
                }
                out.push_str("</td><td>");
                esc(out, summary);
                out.push_str("</td></tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }

        out.push_str("<div class=\"notes\">\n");
        notes(
            out,
            "Files not in UTF-8",
            "every file was UTF-8",
            s.non_utf8
                .iter()
                .map(|n| (n.path.as_str(), format!("decoded as {}", n.encoding))),
        );
        notes(
            out,
            "Skipped files",
            "none",
            s.skipped
                .iter()
                .map(|n| (n.path.as_str(), n.message.clone())),
        );
        notes(
            out,
            "Errors",
            "none",
            s.errors
                .iter()
                .map(|n| (n.path.as_str(), n.message.clone())),
        );
        out.push_str("</div>\n</section>\n");
    }

    fn matrix(&self, out: &mut String, paths: &[&str]) {
        let index: HashMap<&str, usize> = paths.iter().enumerate().map(|(i, p)| (*p, i)).collect();
        // (row, col) with row <= col → (best similarity, finding numbers).
        let mut cells: BTreeMap<(usize, usize), (f64, Vec<usize>)> = BTreeMap::new();
        for (n, f) in self.report.findings.iter().enumerate() {
            if !is_duplicate(f) {
                continue;
            }
            let Some(&a) = index.get(f.location.path.as_str()) else {
                continue;
            };
            for r in &f.related {
                let Some(&b) = index.get(r.location.path.as_str()) else {
                    continue;
                };
                let sim = r.similarity.or(f.similarity).unwrap_or(0.0);
                let cell = cells
                    .entry((a.min(b), a.max(b)))
                    .or_insert((-1.0, Vec::new()));
                if sim > cell.0 {
                    cell.0 = sim;
                    // The best finding goes first: the cell links to it.
                    cell.1.retain(|&m| m != n + 1);
                    cell.1.insert(0, n + 1);
                } else if !cell.1.contains(&(n + 1)) {
                    cell.1.push(n + 1);
                }
            }
        }
        // Which files to show.
        let mut degree = vec![0usize; paths.len()];
        for &(a, b) in cells.keys() {
            if a != b {
                degree[a] += 1;
                degree[b] += 1;
            }
        }
        let mut shown: Vec<usize> = (0..paths.len()).collect();
        let mut note = String::new();
        if shown.len() > MATRIX_FILES {
            shown.retain(|&i| degree[i] > 0);
            let _ = write!(
                note,
                "{} files: only the {} files that share text with another file are shown.",
                paths.len(),
                shown.len()
            );
            if shown.len() > MATRIX_MAX {
                shown.sort_by(|&a, &b| degree[b].cmp(&degree[a]).then(a.cmp(&b)));
                shown.truncate(MATRIX_MAX);
                shown.sort_unstable();
                let _ = write!(
                    note,
                    " The matrix is cut to the {MATRIX_MAX} files joined to the most other files."
                );
            }
        }
        let short = short_names(paths);

        out.push_str("<section id=\"similarity\">\n<h2>Similarity between files</h2>\n");
        out.push_str(
            "<p class=\"help\">Each cell gives the highest similarity (in %) of the duplicate \
             findings that join two files (near-duplicate paragraphs, shared passages, similar \
             documents); the diagonal is text repeated inside one file. A cell links to its \
             finding; its tooltip lists all of them. Files are numbered as in the rows.</p>\n",
        );
        if !note.is_empty() {
            out.push_str("<p class=\"note\">");
            esc(out, &note);
            out.push_str("</p>\n");
        }
        if cells.is_empty() {
            out.push_str("<p>No two files share text.</p>\n");
        }
        out.push_str("<div class=\"matrix-wrap\">\n<table id=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"corner\">file</th>");
        for &c in &shown {
            out.push_str("<th scope=\"col\" title=\"");
            esc(out, paths[c]);
            let _ = write!(out, "\">{}</th>", c + 1);
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for &r in &shown {
            out.push_str("<tr><th scope=\"row\" title=\"");
            esc(out, paths[r]);
            let _ = write!(out, "\"><span class=\"idx\">{}</span> ", r + 1);
            esc(out, &short[r]);
            out.push_str("</th>");
            for &c in &shown {
                let diag = r == c;
                match cells.get(&(r.min(c), r.max(c))) {
                    None if diag => out.push_str("<td class=\"diag\"></td>"),
                    None => out.push_str("<td></td>"),
                    Some((sim, ns)) => {
                        let pct = (floor2(*sim) * 100.0).round() as u32;
                        let heat = (pct / 10).min(9);
                        let _ = write!(
                            out,
                            "<td class=\"h{heat}{}\"><a href=\"#finding-{}\" title=\"",
                            if diag { " self" } else { "" },
                            ns[0]
                        );
                        if diag {
                            esc(out, paths[r]);
                            out.push_str(" repeats its own text");
                        } else {
                            esc(out, paths[r]);
                            out.push_str(" ↔ ");
                            esc(out, paths[c]);
                        }
                        let list: Vec<String> = ns.iter().map(|n| format!("#{n}")).collect();
                        let _ = write!(
                            out,
                            ": similarity {:.2}; finding{} {}\">{pct}</a></td>",
                            floor2(*sim),
                            plural(ns.len()),
                            list.join(", ")
                        );
                    }
                }
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }

    fn findings(&mut self, out: &mut String, paths: &[&str]) {
        let report = self.report;
        let _ = write!(
            out,
            "<section id=\"findings\">\n<h2>Findings ({})</h2>\n",
            report.findings.len()
        );
        // Filters: shown by the script only, since they need it.
        let mut per_file: BTreeMap<&str, usize> = paths.iter().map(|p| (*p, 0)).collect();
        for f in &report.findings {
            let mut seen = BTreeSet::new();
            seen.insert(f.location.path.as_str());
            seen.extend(f.related.iter().map(|r| r.location.path.as_str()));
            for p in seen {
                *per_file.entry(p).or_insert(0) += 1;
            }
        }
        out.push_str(
            "<form id=\"filters\" hidden>\n<label>File <select name=\"file\"><option value=\"\">all files</option>",
        );
        for (p, n) in &per_file {
            out.push_str("<option value=\"");
            esc(out, p);
            out.push_str("\">");
            esc(out, p);
            let _ = write!(out, " ({n})</option>");
        }
        out.push_str(
            "</select></label>\n<label>Rule <select name=\"rule\"><option value=\"\">all rules</option>",
        );
        for (rule, n) in &report.summary.by_rule {
            out.push_str("<option value=\"");
            esc(out, rule);
            out.push_str("\">");
            if let Some(info) = registry::find(rule) {
                esc(out, info.code);
                out.push(' ');
            }
            esc(out, rule);
            let _ = write!(out, " ({n})</option>");
        }
        out.push_str(
            "</select></label>\n<label>Severity <select name=\"severity\"><option value=\"\">all</option>",
        );
        for sev in ["error", "warning", "info"] {
            if let Some(n) = report.summary.by_severity.get(sev) {
                let _ = write!(out, "<option value=\"{sev}\">{sev} ({n})</option>");
            }
        }
        out.push_str(
            "</select></label>\n<label>Text <input type=\"search\" name=\"q\" placeholder=\"word, path, message…\"></label>\n\
             <button type=\"reset\">Clear</button> <output id=\"shown\" aria-live=\"polite\"></output>\n</form>\n",
        );
        if report.findings.is_empty() {
            out.push_str("<p>No findings: the corpus is clean for the rules that ran.</p>\n");
        }
        out.push_str("<div class=\"list\">\n");
        for (i, f) in report.findings.iter().enumerate() {
            self.finding(out, i + 1, f);
        }
        out.push_str(
            "</div>\n<p id=\"no-match\" hidden>No finding matches the filters.</p>\n</section>\n",
        );
    }

    fn finding(&mut self, out: &mut String, n: usize, f: &Finding) {
        let l = &f.location;
        let related: BTreeSet<&str> = f.related.iter().map(|r| r.location.path.as_str()).collect();
        let _ = write!(
            out,
            "<article class=\"finding\" id=\"finding-{n}\" data-rule=\""
        );
        esc(out, f.rule);
        out.push_str("\" data-path=\"");
        esc(out, &l.path);
        let _ = write!(out, "\" data-severity=\"{}\"", f.severity);
        if !related.is_empty() {
            out.push_str(" data-related=\"");
            esc(out, &related.into_iter().collect::<Vec<_>>().join("\n"));
            out.push('"');
        }
        out.push_str(">\n<h3 class=\"fh\">");
        let _ = write!(
            out,
            "<a class=\"num\" href=\"#finding-{n}\">#{n}</a> <span class=\"sev sev-{0}\">{0}</span> <span class=\"code\">",
            f.severity
        );
        esc(out, f.code);
        out.push_str("</span> <a class=\"rule\" href=\"#rule-");
        esc(out, f.rule);
        out.push_str("\">");
        esc(out, f.rule);
        out.push_str("</a> <span class=\"loc\">");
        location(out, l);
        out.push_str("</span></h3>\n<p class=\"msg\">");
        esc(out, &f.message);
        out.push_str("</p>\n");
        if is_duplicate(f) {
            self.copies(out, f);
        } else {
            self.artifact(out, f);
        }
        if let Some(s) = &f.suggestion {
            out.push_str("<p class=\"suggestion\"><b>Suggestion:</b> ");
            esc(out, s);
            out.push_str("</p>\n");
        }
        if let Some(info) = registry::find(f.rule) {
            out.push_str("<p class=\"about\"><a href=\"#rule-");
            esc(out, info.name);
            out.push_str("\">");
            esc(out, info.code);
            out.push(' ');
            esc(out, info.name);
            out.push_str("</a>: ");
            esc(out, info.summary);
            out.push_str(".</p>\n");
        }
        out.push_str("</article>\n");
    }

    /// Duplicate findings: the primary copy and each related copy side by side.
    fn copies(&self, out: &mut String, f: &Finding) {
        let l = &f.location;
        let left = self.sources.slice(&l.path, l.start_byte, l.end_byte);
        for r in f.related.iter().take(COPIES) {
            let rl = &r.location;
            let right = self.sources.slice(&rl.path, rl.start_byte, rl.end_byte);
            out.push_str("<div class=\"pair\">\n");
            let (lhtml, rhtml, note) = match (left, right) {
                (Some(a), Some(b)) => diff_html(a, b),
                (a, b) => (
                    a.map(plain_html).unwrap_or_else(unavailable),
                    b.map(plain_html).unwrap_or_else(unavailable),
                    String::new(),
                ),
            };
            copy(out, "this copy", l, None, &lhtml);
            copy(out, "other copy", rl, r.similarity, &rhtml);
            if !note.is_empty() {
                out.push_str("<p class=\"note\">");
                esc(out, &note);
                out.push_str("</p>\n");
            }
            out.push_str("</div>\n");
        }
        if f.related.len() > COPIES {
            let _ = write!(
                out,
                "<details class=\"more\"><summary>{} more cop{}</summary><ul>",
                f.related.len() - COPIES,
                if f.related.len() - COPIES == 1 {
                    "y"
                } else {
                    "ies"
                }
            );
            for r in &f.related[COPIES..] {
                out.push_str("<li>");
                location(out, &r.location);
                if let Some(s) = r.similarity {
                    let _ = write!(out, " (similarity {:.2})", floor2(s));
                }
                out.push_str("</li>");
            }
            out.push_str("</ul></details>\n");
        }
    }

    /// Other findings: the span in its sentence or paragraph, then the other places it names.
    fn artifact(&mut self, out: &mut String, f: &Finding) {
        out.push_str("<blockquote class=\"context\">");
        self.context(out, &f.location);
        out.push_str("</blockquote>\n");
        if f.related.is_empty() {
            return;
        }
        out.push_str("<ul class=\"related\">\n");
        for r in f.related.iter().take(RELATED) {
            out.push_str("<li>also at <span class=\"loc\">");
            location(out, &r.location);
            out.push_str("</span><blockquote class=\"context\">");
            self.context(out, &r.location);
            out.push_str("</blockquote></li>\n");
        }
        if f.related.len() > RELATED {
            let _ = writeln!(
                out,
                "<li>… and {} more place{}</li>",
                f.related.len() - RELATED,
                plural(f.related.len() - RELATED)
            );
        }
        out.push_str("</ul>\n");
    }

    /// The text around `l` with the span itself marked.
    fn context(&mut self, out: &mut String, l: &Location) {
        let Some(text) = self.sources.text(&l.path) else {
            out.push_str(&unavailable());
            return;
        };
        let (start, end) = (l.start_byte.min(text.len()), l.end_byte.min(text.len()));
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) || start > end {
            out.push_str(&unavailable());
            return;
        }
        let paras = self
            .paragraphs
            .entry(l.path.clone())
            .or_insert_with(|| segment(text).into_iter().map(|p| p.span).collect());
        // The paragraph holding the start of the span (or the line, between paragraphs).
        let i = paras.partition_point(|p| p.end <= start);
        let para = match paras.get(i) {
            Some(p) if p.start <= start => *p,
            _ => line_of(text, start),
        };
        let (mut cs, mut ce) = (para.start.min(start), para.end.max(end));
        if ce - cs > CONTEXT_BYTES {
            // The sentences that hold the span.
            let sents = sentences::split(text, Span::new(cs, ce));
            if let Some(first) = sents.iter().rev().find(|s| s.start <= start) {
                cs = first.start;
            }
            if let Some(last) = sents.iter().find(|s| s.end >= end) {
                ce = last.end;
            }
            if ce - cs > CONTEXT_BYTES {
                cs = cs.max(start.saturating_sub(CONTEXT_WINDOW));
                ce = ce.min(end + CONTEXT_WINDOW);
            }
            cs = word_start(
                text,
                crate::corpus::floor_char_boundary(text, cs.min(start)),
            );
            ce = word_end(text, ceil_boundary(text, ce.max(end)));
        }
        let (cs, ce) = (cs.min(start), ce.max(end));
        if cs > para.start {
            out.push('…');
        }
        esc(out, &text[cs..start]);
        let span = &text[start..end];
        if span.is_empty() {
            out.push_str("<mark class=\"span empty\" title=\"here\">⟂</mark>");
        } else if span.len() > SPAN_BYTES {
            let cut = crate::corpus::floor_char_boundary(span, SPAN_BYTES);
            out.push_str("<mark class=\"span\">");
            esc(out, &span[..cut]);
            let _ = write!(
                out,
                "</mark><span class=\"skip\">[… {} more characters …]</span>",
                span[cut..].chars().count()
            );
        } else {
            out.push_str("<mark class=\"span\">");
            esc(out, span);
            out.push_str("</mark>");
        }
        esc(out, &text[end..ce]);
        if ce < para.end {
            out.push('…');
        }
    }
}

fn is_duplicate(f: &Finding) -> bool {
    DUPLICATE_RULES.contains(&f.rule)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn unavailable() -> String {
    "<span class=\"note\">(text not available)</span>".to_string()
}

/// `path:line:col (lines a–b)`.
fn location(out: &mut String, l: &Location) {
    esc(out, &l.path);
    let _ = write!(
        out,
        ":{}:{} <span class=\"lines\">({})</span>",
        l.start_line,
        l.start_column,
        l.line_phrase()
    );
}

fn notes<'a>(
    out: &mut String,
    title: &str,
    empty: &str,
    items: impl ExactSizeIterator<Item = (&'a str, String)>,
) {
    let n = items.len();
    let _ = write!(out, "<div class=\"note-box\"><h3>{title} ({n})</h3>");
    if n == 0 {
        let _ = write!(out, "<p class=\"none\">{empty}</p>");
    } else {
        out.push_str("<ul>");
        for (path, msg) in items {
            out.push_str("<li><span class=\"path\">");
            esc(out, path);
            out.push_str("</span>: ");
            esc(out, &msg);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>\n");
}

/// One column of a side-by-side pair.
fn copy(out: &mut String, label: &str, l: &Location, similarity: Option<f64>, html: &str) {
    out.push_str("<div class=\"copy\"><div class=\"ch\"><b>");
    esc(out, label);
    out.push_str("</b> ");
    location(out, l);
    if let Some(s) = similarity {
        let _ = write!(out, " · similarity {:.2}", floor2(s));
    }
    out.push_str("</div><div class=\"text\">");
    out.push_str(html);
    out.push_str("</div></div>\n");
}

/// A copy without a counterpart: its words, folded and cut like a diffed copy.
fn plain_html(text: &str) -> String {
    let toks = words(text);
    let changed = vec![false; toks.len()];
    side_html(text, &toks, &changed, "del")
}

fn words(text: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    tokenize(
        text,
        0,
        NormOptions::default(),
        &mut toks,
        &mut String::new(),
    );
    toks
}

/// Both copies as HTML with the differing words marked, and a note on what was left out.
/// Words are compared on their comparison form (case, apostrophes and quotes do not count),
/// as the similarity engine compares them.
fn diff_html(a: &str, b: &str) -> (String, String, String) {
    let (ta, tb) = (words(a), words(b));
    let (na, nb) = (ta.len().min(DIFF_WORDS), tb.len().min(DIFF_WORDS));
    let ha: Vec<u64> = ta[..na].iter().map(|t| t.hash).collect();
    let hb: Vec<u64> = tb[..nb].iter().map(|t| t.hash).collect();
    let (mut ca, mut cb) = (vec![false; ta.len()], vec![false; tb.len()]);
    for op in capture_diff_slices(Algorithm::Myers, &ha, &hb) {
        let (ra, rb) = (op.old_range(), op.new_range());
        if ha[ra.clone()] != hb[rb.clone()] {
            ca[ra].iter_mut().for_each(|c| *c = true);
            cb[rb].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut note = String::new();
    if ta.len() > DIFF_WORDS || tb.len() > DIFF_WORDS {
        let _ = write!(
            note,
            "Only the first {DIFF_WORDS} words of each copy are compared. "
        );
    }
    if ta.len() > SHOW_WORDS || tb.len() > SHOW_WORDS {
        let _ = write!(
            note,
            "Long copies are cut after {SHOW_WORDS} words; open the files for the rest."
        );
    }
    if !ca.contains(&true) && !cb.contains(&true) {
        note.insert_str(0, "The copies have the same words. ");
    }
    (
        side_html(a, &ta, &ca, "del"),
        side_html(b, &tb, &cb, "ins"),
        note.trim_end().to_string(),
    )
}

/// One copy with its changed words in `<mark class="{class}">`; in long copies, unchanged
/// stretches are folded to their first and last words, and the copy is cut after
/// [`SHOW_WORDS`] words.
fn side_html(text: &str, toks: &[Token], changed: &[bool], class: &str) -> String {
    let n = toks.len();
    let mut hidden = vec![false; n];
    if n > FOLD_ABOVE {
        let mut i = 0;
        while i < n {
            if changed[i] {
                i += 1;
                continue;
            }
            let s = i;
            while i < n && !changed[i] {
                i += 1;
            }
            let (from, to) = (
                if s == 0 { 0 } else { s + FOLD_CONTEXT },
                if i == n {
                    n
                } else {
                    i.saturating_sub(FOLD_CONTEXT)
                },
            );
            // Fold only what saves a good stretch of reading, and never the whole copy.
            if to > from + 10 && !(from == 0 && to == n) {
                hidden[from..to].iter_mut().for_each(|h| *h = true);
            }
        }
    }
    let mut out = String::with_capacity(text.len().min(16 * 1024) + 64);
    let (mut pos, mut open, mut shown, mut i) = (0usize, false, 0usize, 0usize);
    while i < n && shown < SHOW_WORDS {
        if hidden[i] {
            let s = i;
            while i < n && hidden[i] {
                i += 1;
            }
            let _ = write!(
                out,
                " <span class=\"skip\">[… {} identical word{} …]</span> ",
                i - s,
                plural(i - s)
            );
            pos = if i < n {
                toks[i].start as usize
            } else {
                text.len()
            };
            continue;
        }
        let t = toks[i];
        let gap = &text[pos..t.start as usize];
        // Inside the mark when the previous word changed too (the mark was left open).
        esc(&mut out, gap);
        if changed[i] && !open {
            let _ = write!(out, "<mark class=\"{class}\">");
            open = true;
        }
        esc(&mut out, &text[t.start as usize..t.end as usize]);
        pos = t.end as usize;
        shown += 1;
        i += 1;
        // A gap between two changed words belongs to the mark.
        if open && !(i < n && changed[i] && !hidden[i] && shown < SHOW_WORDS) {
            out.push_str("</mark>");
            open = false;
        }
    }
    if i < n {
        let _ = write!(
            out,
            " <span class=\"skip\">[… cut: {} more word{} …]</span>",
            n - i,
            plural(n - i)
        );
    } else {
        esc(&mut out, &text[pos..]);
    }
    out
}

/// Shortest distinct names: the paths without their common folder prefix.
fn short_names(paths: &[&str]) -> Vec<String> {
    if paths.len() < 2 {
        return paths.iter().map(|p| p.to_string()).collect();
    }
    let first = paths[0];
    let mut prefix = first.len();
    for p in &paths[1..] {
        prefix = prefix.min(
            first
                .bytes()
                .zip(p.bytes())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    // Back up to just after a path separator.
    let cut = first[..crate::corpus::floor_char_boundary(first, prefix)]
        .rfind(['/', '\\'])
        .map_or(0, |i| i + 1);
    paths.iter().map(|p| p[cut..].to_string()).collect()
}

/// The line holding byte `at`, without its line end.
fn line_of(text: &str, at: usize) -> Span {
    let line = crate::text::line_around(text, at);
    Span::new(line.start, line.end)
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Move `i` forward to the start of a word, unless that is far.
fn word_start(text: &str, i: usize) -> usize {
    match text[i..]
        .char_indices()
        .take(30)
        .find(|(_, c)| c.is_whitespace())
    {
        Some((j, c)) if i > 0 => i + j + c.len_utf8(),
        _ => i,
    }
}

/// Move `i` back to the end of a word, unless that is far.
fn word_end(text: &str, i: usize) -> usize {
    if i >= text.len() {
        return i;
    }
    match text[..i]
        .char_indices()
        .rev()
        .take(30)
        .find(|(_, c)| c.is_whitespace())
    {
        Some((j, _)) => j,
        None => i,
    }
}

/// The documentation of every rule, those with findings first.
fn rules_section(out: &mut String, report: &Report) {
    out.push_str(
        "<section id=\"rules\">\n<h2>Rules</h2>\n<p class=\"help\">What each rule finds, how, \
         and how to fix it (the same text as <code>relire explain RULE</code>).</p>\n",
    );
    let (with, without): (Vec<&RuleInfo>, Vec<&RuleInfo>) = RULES
        .iter()
        .partition(|r| report.summary.by_rule.contains_key(r.name));
    for r in with.into_iter().chain(without) {
        out.push_str("<details class=\"rule-doc\" id=\"rule-");
        esc(out, r.name);
        out.push_str("\"><summary><span class=\"code\">");
        esc(out, r.code);
        out.push_str("</span> <b>");
        esc(out, r.name);
        out.push_str("</b> — ");
        esc(out, r.summary);
        let n = report.summary.by_rule.get(r.name).copied().unwrap_or(0);
        let _ = writeln!(
            out,
            " <span class=\"count\">({n} finding{})</span></summary>",
            plural(n)
        );
        markdown(out, r.doc);
        out.push_str("</details>\n");
    }
    out.push_str("</section>\n</main>\n");
}

/// The small Markdown of the rule docs: headings, paragraphs, lists, code blocks, `code` and
/// **bold**. The title line is left out (the summary line shows it).
fn markdown(out: &mut String, md: &str) {
    let mut para: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut code = false;
    fn flush(out: &mut String, para: &mut Vec<&str>, items: &mut Vec<String>) {
        if !para.is_empty() {
            out.push_str("<p>");
            inline(out, &para.join(" "));
            out.push_str("</p>\n");
            para.clear();
        }
        if !items.is_empty() {
            out.push_str("<ul>");
            for i in items.drain(..) {
                out.push_str("<li>");
                inline(out, &i);
                out.push_str("</li>");
            }
            out.push_str("</ul>\n");
        }
    }
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            flush(out, &mut para, &mut items);
            out.push_str(if code {
                "</code></pre>\n"
            } else {
                "<pre><code>"
            });
            code = !code;
            continue;
        }
        if code {
            esc(out, line);
            out.push('\n');
            continue;
        }
        let t = line.trim();
        if t.is_empty() || t.starts_with("# ") {
            flush(out, &mut para, &mut items);
        } else if let Some(h) = t.strip_prefix("## ").or_else(|| t.strip_prefix("### ")) {
            flush(out, &mut para, &mut items);
            out.push_str("<h4>");
            inline(out, h);
            out.push_str("</h4>\n");
        } else if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
            if !para.is_empty() {
                let mut keep = std::mem::take(&mut items);
                flush(out, &mut para, &mut Vec::new());
                items.append(&mut keep);
            }
            items.push(item.to_string());
        } else if let (Some(last), true) = (items.last_mut(), line.starts_with(' ')) {
            last.push(' ');
            last.push_str(t);
        } else {
            if !items.is_empty() {
                flush(out, &mut Vec::new(), &mut items);
            }
            para.push(t);
        }
    }
    if code {
        out.push_str("</code></pre>\n");
    }
    flush(out, &mut para, &mut items);
}

/// Escaped text with `code` and **bold**.
fn inline(out: &mut String, s: &str) {
    let mut rest = s;
    while !rest.is_empty() {
        let tick = rest.find('`');
        let bold = rest.find("**");
        match (tick, bold) {
            (Some(t), b) if b.is_none_or(|b| t < b) => {
                if let Some(close) = rest[t + 1..].find('`') {
                    esc(out, &rest[..t]);
                    out.push_str("<code>");
                    esc(out, &rest[t + 1..t + 1 + close]);
                    out.push_str("</code>");
                    rest = &rest[t + 2 + close..];
                } else {
                    esc(out, rest);
                    rest = "";
                }
            }
            (_, Some(b)) => {
                if let Some(close) = rest[b + 2..].find("**") {
                    esc(out, &rest[..b]);
                    out.push_str("<strong>");
                    esc(out, &rest[b + 2..b + 2 + close]);
                    out.push_str("</strong>");
                    rest = &rest[b + 4 + close..];
                } else {
                    esc(out, rest);
                    rest = "";
                }
            }
            _ => {
                esc(out, rest);
                rest = "";
            }
        }
    }
}

/// Escape text for HTML content and quoted attribute values. Control characters, which HTML
/// does not allow, are shown as their visible symbols (U+2400…) or as `[U+0085]`.
fn esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' | '\u{fdd0}'..='\u{fdef}' => {
                let _ = write!(out, "[U+{:04X}]", c as u32);
            }
            c if (c as u32) & 0xfffe == 0xfffe => {
                let _ = write!(out, "[U+{:04X}]", c as u32);
            }
            c => out.push(c),
        }
    }
}

const CSS: &str = r#":root{--fg:#1d1f23;--muted:#5b6270;--bg:#fff;--panel:#f6f7f9;--line:#dde1e6;--accent:#2456a6;
--del:#ffd3d0;--del-fg:#8a1111;--ins:#cdf2d4;--ins-fg:#0b5a1f;--span:#ffe58a}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1280px;margin:0 auto;padding:0 20px 40px}
header.top{background:#1f3b63;color:#fff;padding:14px 20px}
header.top h1{margin:0;font-size:22px}
header.top .sub{margin:2px 0 6px;color:#d6e2f5}
header.top nav a{color:#fff;margin-right:16px;font-weight:600}
h2{font-size:20px;border-bottom:2px solid var(--line);padding-bottom:4px;margin:28px 0 12px}
a{color:var(--accent)}
.help,.note,.none{color:var(--muted)}
.note{font-size:13px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:14px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:110px}
.card .n{display:block;font-size:24px;font-weight:700}
.card.sev-error .n{color:#b3261e}.card.sev-warning .n{color:#a65a00}.card.sev-info .n{color:#2456a6}
table.by-rule{border-collapse:collapse;width:100%;margin:8px 0 14px}
table.by-rule caption{text-align:left;font-weight:600;padding:4px 0}
table.by-rule th,table.by-rule td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
table.by-rule td.num{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:13px}
.notes{display:flex;flex-wrap:wrap;gap:12px}
.note-box{flex:1 1 260px;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:6px 12px}
.note-box h3{font-size:14px;margin:4px 0}
.note-box ul{margin:4px 0;padding-left:18px;font-size:13px}
.note-box p{margin:4px 0;font-size:13px}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.sev-error{background:#fbe2e0;color:#b3261e}.sev-warning{background:#fff0d6;color:#8a4b00}.sev-info{background:#e3ecfa;color:#1f4a8e}
.matrix-wrap{overflow:auto;max-height:80vh;border:1px solid var(--line);border-radius:6px}
#matrix{border-collapse:collapse;font-size:12px}
#matrix th,#matrix td{border:1px solid #eceff3;padding:0;text-align:center;min-width:2.4em;height:1.9em}
#matrix thead th{position:sticky;top:0;background:var(--panel);z-index:1;padding:2px 4px}
#matrix tbody th{position:sticky;left:0;background:var(--panel);text-align:left;padding:0 8px;white-space:nowrap;max-width:22em;overflow:hidden;text-overflow:ellipsis;font-weight:500;z-index:1}
#matrix th.corner{left:0;z-index:2}
#matrix .idx{color:var(--muted);display:inline-block;min-width:2em}
#matrix td.self a{outline:2px dashed rgba(255,255,255,.8);outline-offset:-4px}
#matrix td.diag{background:repeating-linear-gradient(45deg,#f4f5f7,#f4f5f7 3px,#fff 3px,#fff 6px)}
#matrix td a{display:block;color:inherit;text-decoration:none;line-height:1.9em;font-weight:600}
#matrix td a:hover{outline:2px solid var(--accent)}
#matrix .h0{background:#fff7e6}#matrix .h1{background:#ffedc7}#matrix .h2{background:#ffe0a6}#matrix .h3{background:#fdcd85}#matrix .h4{background:#fcb266}
#matrix .h5{background:#f9924a;color:#fff}#matrix .h6{background:#ef6c33;color:#fff}#matrix .h7{background:#d9481f;color:#fff}#matrix .h8{background:#b72b12;color:#fff}#matrix .h9{background:#8d1608;color:#fff}
#filters{position:sticky;top:0;z-index:3;display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-bottom:12px;box-shadow:0 2px 6px rgba(0,0,0,.06)}
#filters label{font-weight:600;font-size:13px}
#filters select,#filters input{font:inherit;font-weight:400;max-width:26em;margin-left:4px}
#shown{color:var(--muted);font-size:13px}
.finding{border:1px solid var(--line);border-left:5px solid #7b8494;border-radius:6px;padding:8px 14px;margin:0 0 12px;background:#fff}
.finding[data-severity=error]{border-left-color:#b3261e}.finding[data-severity=warning]{border-left-color:#e08a00}.finding[data-severity=info]{border-left-color:#4f7fd0}
.finding{content-visibility:auto;contain-intrinsic-size:auto 320px}
.finding:target{box-shadow:0 0 0 3px #9dbcf0}
.fh{font-size:14px;font-weight:500;margin:0 0 4px;display:flex;flex-wrap:wrap;gap:4px 8px;align-items:baseline}
.fh .num{color:var(--muted);text-decoration:none}
.fh .rule{font-weight:700}
.loc{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:13px;word-break:break-all}
.lines{color:var(--muted)}
.msg{margin:2px 0 8px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin:8px 0}
.pair .note{grid-column:1/-1;margin:0}
.copy{border:1px solid var(--line);border-radius:6px;background:var(--panel);min-width:0}
.copy .ch{font-size:12px;padding:4px 8px;border-bottom:1px solid var(--line);color:var(--muted)}
.copy .ch b{color:var(--fg)}
.copy .text{padding:6px 10px;white-space:pre-wrap;overflow-wrap:anywhere;max-height:28em;overflow:auto;font-size:14px}
mark{border-radius:3px;padding:0 1px}
mark.del{background:var(--del);color:var(--del-fg);text-decoration:line-through;text-decoration-color:rgba(138,17,17,.45)}
mark.ins{background:var(--ins);color:var(--ins-fg)}
mark.span{background:var(--span);font-weight:600}
.skip{color:var(--muted);font-style:italic;font-size:12px;white-space:normal}
blockquote.context{margin:6px 0;padding:6px 12px;background:var(--panel);border-left:3px solid var(--line);white-space:pre-wrap;overflow-wrap:anywhere}
ul.related{margin:4px 0;padding-left:18px;font-size:14px}
.suggestion{margin:6px 0}
.about{margin:4px 0;font-size:13px;color:var(--muted)}
details.more{font-size:13px;margin:4px 0}
details.rule-doc{border:1px solid var(--line);border-radius:6px;margin:0 0 8px;padding:6px 12px;background:#fff}
details.rule-doc summary{cursor:pointer}
details.rule-doc .count{color:var(--muted);font-size:13px}
details.rule-doc h4{margin:10px 0 2px;font-size:14px}
details.rule-doc p{margin:4px 0}
pre{background:var(--panel);padding:6px 10px;border-radius:4px;overflow:auto;white-space:pre-wrap}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:13px}
@media (max-width:800px){.pair{grid-template-columns:1fr}}
@media print{#filters{display:none!important}.copy .text,.matrix-wrap{max-height:none}}
"#;

const SCRIPT: &str = r#"(function () {
  "use strict";
  var form = document.getElementById("filters");
  var items = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var texts = items.map(function (e) { return e.textContent.toLowerCase(); });
  var shown = document.getElementById("shown");
  var none = document.getElementById("no-match");
  function apply() {
    var file = form.elements.file.value, rule = form.elements.rule.value;
    var sev = form.elements.severity.value, q = form.elements.q.value.trim().toLowerCase();
    var n = 0;
    items.forEach(function (e, i) {
      var d = e.dataset;
      var ok = (!rule || d.rule === rule) && (!sev || d.severity === sev) &&
        (!file || d.path === file || (d.related || "").split("\n").indexOf(file) >= 0) &&
        (!q || texts[i].indexOf(q) >= 0);
      e.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n + " of " + items.length + " findings shown";
    none.hidden = n > 0 || items.length === 0;
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    if (el.tagName === "DETAILS") { el.open = true; }
    if (el.hidden) { form.reset(); apply(); el.scrollIntoView(); }
  }
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        esc(&mut out, s);
        out
    }

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escaped("<script>alert('x' & \"y\")</script>"),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"
        );
        assert_eq!(escaped("a\u{0}b\u{1b}c\u{85}d\ne"), "a␀b␛c[U+0085]d\ne");
    }

    #[test]
    fn marks_the_changed_word_on_both_sides() {
        let (l, r, note) = diff_html(
            "Le chiffrement protège la vie privée à Istanbul, dit-il.",
            "Le chiffrement protège la vie privée à Instanbul, dit-il.",
        );
        assert!(l.contains("<mark class=\"del\">Istanbul</mark>"), "{l}");
        assert!(r.contains("<mark class=\"ins\">Instanbul</mark>"), "{r}");
        assert!(note.is_empty());
    }

    #[test]
    fn adjacent_changed_words_share_one_mark() {
        let (l, _, _) = diff_html(
            "un deux trois quatre cinq six",
            "un deux TROIS QUATRE cinq six",
        );
        // Case does not count: the copies are the same words.
        assert!(!l.contains("<mark"), "{l}");
        let (l, r, _) = diff_html("un deux trois quatre cinq six", "un deux X Y cinq six");
        assert!(l.contains("<mark class=\"del\">trois quatre</mark>"), "{l}");
        assert!(r.contains("<mark class=\"ins\">X Y</mark>"), "{r}");
    }

    #[test]
    fn long_unchanged_stretches_are_folded() {
        let a: Vec<String> = (0..600).map(|i| format!("mot{i}")).collect();
        let mut b = a.clone();
        b[300] = "autre".into();
        let (l, r, _) = diff_html(&a.join(" "), &b.join(" "));
        assert!(l.contains("identical words"));
        assert!(l.contains("<mark class=\"del\">mot300</mark>"));
        assert!(r.contains("<mark class=\"ins\">autre</mark>"));
        assert!(l.len() < 2_000, "{}", l.len());
    }

    #[test]
    fn markdown_subset() {
        let mut out = String::new();
        markdown(
            &mut out,
            "# t (X)\n\n**Bold:** a `<b>` c\n\n## How\n- one\n  more\n- two\n\n```\n<x>\n```\n",
        );
        assert_eq!(
            out,
            "<p><strong>Bold:</strong> a <code>&lt;b&gt;</code> c</p>\n<h4>How</h4>\n\
             <ul><li>one more</li><li>two</li></ul>\n<pre><code>&lt;x&gt;\n</code></pre>\n"
        );
    }

    #[test]
    fn short_names_drop_the_common_folder() {
        assert_eq!(
            short_names(&["seeds/a.txt", "seeds/b/c.txt"]),
            vec!["a.txt", "b/c.txt"]
        );
        assert_eq!(short_names(&["ab.txt", "ac.txt"]), vec!["ab.txt", "ac.txt"]);
    }
}
