//! The SARIF 2.1.0 report, for code-scanning services (GitHub code scanning, Azure DevOps…).
//!
//! One run; `tool.driver.rules` holds one reporting descriptor per registered rule (in code
//! order, so `ruleIndex` is the rule's position in [`RULES`]), and every finding is a result with
//! its primary location, a related location per copy, and the finding's content fingerprint as
//! the partial fingerprint `relire/v1`.
//!
//! Regions: lines are 1-based; columns count Unicode code points (`run.columnKind`), and
//! `endColumn` is exclusive (the column after the last character), unlike the inclusive
//! `end_column` of a [`Location`]. Byte offsets (`byteOffset`, `byteLength`) are given for files
//! read as UTF-8 only: for a file decoded from another encoding they would not count the
//! file's own bytes. A region's `snippet` is its text when it is at most [`SNIPPET_BYTES`] long.

use super::{Report, Sources};
use crate::finding::{floor2, Change, Finding, Location, Related, Severity};
use crate::rules::registry::RULES;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The schema URI written in `$schema` (the one GitHub's documentation uses).
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of relire's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "relire/v1";

/// Longest region, in bytes, whose text is copied into `region.snippet`.
pub const SNIPPET_BYTES: usize = 10_000;

/// SARIF level of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "note",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// Whether `b` may stand unencoded in a URI (RFC 3986 `unreserved`).
fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encode every byte of `s` but the unreserved ones and `/`.
fn encode_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if unreserved(b) || b == b'/' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The URI of a path as relire reports it: on Windows, backslashes become slashes
/// (`report::slashed`; elsewhere a backslash is part of a file name and is encoded), every
/// character outside
/// RFC 3986's unreserved set is percent-encoded (UTF-8), a relative path stays relative (without
/// a leading `./`), and an absolute path becomes a `file://` URI.
pub fn path_uri(path: &str) -> String {
    let p = super::slashed(path);
    let b = p.as_bytes();
    if b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/' {
        // A Windows drive path: C:/dir/file.txt.
        return format!("file:///{}:{}", &p[..1], encode_path(&p[2..]));
    }
    if let Some(rest) = p.strip_prefix("//") {
        // A UNC path: //server/share/file.txt.
        return format!("file://{}", encode_path(rest));
    }
    if p.starts_with('/') {
        return format!("file://{}", encode_path(&p));
    }
    let mut rel = p.as_ref();
    while let Some(r) = rel.strip_prefix("./") {
        rel = r;
    }
    encode_path(rel)
}

fn message(text: impl Into<String>) -> Value {
    json!({ "text": text.into() })
}

fn changes(diff: &[Change]) -> Value {
    Value::Array(
        diff.iter()
            .map(|c| json!({ "left": c.left, "right": c.right }))
            .collect(),
    )
}

/// What a region needs to know about the documents.
struct Context<'a> {
    sources: &'a Sources<'a>,
    /// Files decoded from another encoding than UTF-8: no byte offsets for them (nor for
    /// UTF-8 files with a byte-order mark, whose offsets are 3 bytes off the file's).
    non_utf8: BTreeSet<&'a str>,
    /// Index of each path in `run.artifacts`.
    artifacts: BTreeMap<&'a str, usize>,
}

impl Context<'_> {
    fn region(&self, l: &Location) -> Value {
        let empty = l.end_byte <= l.start_byte;
        let (end_line, end_column) = if empty {
            (l.start_line, l.start_column)
        } else {
            (l.end_line, l.end_column + 1)
        };
        let mut r = Map::new();
        r.insert("startLine".into(), json!(l.start_line));
        r.insert("startColumn".into(), json!(l.start_column));
        r.insert("endLine".into(), json!(end_line));
        r.insert("endColumn".into(), json!(end_column));
        if !self.non_utf8.contains(l.path.as_str()) && !self.sources.has_bom(&l.path) {
            r.insert("byteOffset".into(), json!(l.start_byte));
            r.insert(
                "byteLength".into(),
                json!(l.end_byte.saturating_sub(l.start_byte)),
            );
        }
        if l.end_byte.saturating_sub(l.start_byte) <= SNIPPET_BYTES {
            if let Some(t) = self.sources.slice(&l.path, l.start_byte, l.end_byte) {
                r.insert("snippet".into(), json!({ "text": t }));
            }
        }
        Value::Object(r)
    }

    fn physical(&self, l: &Location) -> Value {
        let mut artifact = Map::new();
        artifact.insert("uri".into(), json!(path_uri(&l.path)));
        if let Some(i) = self.artifacts.get(l.path.as_str()) {
            artifact.insert("index".into(), json!(i));
        }
        json!({
            "artifactLocation": artifact,
            "region": self.region(l),
        })
    }

    fn related(&self, id: usize, r: &Related) -> Value {
        let text = match r.similarity {
            Some(s) => {
                let mut t = format!("copy, similarity {:.2}", floor2(s));
                if let Some(d) = differs(&r.diff) {
                    t.push_str("; ");
                    t.push_str(&d);
                }
                t
            }
            None => "related location".to_string(),
        };
        let mut v = Map::new();
        v.insert("id".into(), json!(id));
        v.insert("physicalLocation".into(), self.physical(&r.location));
        v.insert("message".into(), message(text));
        let mut props = Map::new();
        if let Some(s) = r.similarity {
            props.insert("similarity".into(), json!(s));
        }
        if !r.diff.is_empty() {
            props.insert("diff".into(), changes(&r.diff));
        }
        if !props.is_empty() {
            v.insert("properties".into(), Value::Object(props));
        }
        Value::Object(v)
    }

    fn result(&self, f: &Finding) -> Value {
        let mut v = Map::new();
        v.insert("ruleId".into(), json!(f.code));
        if let Some(i) = RULES.iter().position(|r| r.code == f.code) {
            v.insert("ruleIndex".into(), json!(i));
        }
        v.insert("level".into(), json!(level(f.severity)));
        let mut text = f.message.clone();
        if let Some(s) = &f.suggestion {
            text.push_str("\nhelp: ");
            text.push_str(s);
        }
        v.insert("message".into(), message(text));
        v.insert(
            "locations".into(),
            json!([{ "physicalLocation": self.physical(&f.location) }]),
        );
        if !f.related.is_empty() {
            v.insert(
                "relatedLocations".into(),
                Value::Array(
                    f.related
                        .iter()
                        .enumerate()
                        .map(|(i, r)| self.related(i + 1, r))
                        .collect(),
                ),
            );
        }
        v.insert(
            "partialFingerprints".into(),
            json!({ FINGERPRINT_KEY: f.fingerprint }),
        );
        let mut props = Map::new();
        props.insert("rule".into(), json!(f.rule));
        if let Some(s) = f.similarity {
            props.insert("similarity".into(), json!(s));
        }
        if let Some(m) = f.measure {
            props.insert("measure".into(), json!(m));
        }
        if !f.diff.is_empty() {
            props.insert("diff".into(), changes(&f.diff));
        }
        if let Some(s) = &f.suggestion {
            props.insert("suggestion".into(), json!(s));
        }
        v.insert("properties".into(), Value::Object(props));
        Value::Object(v)
    }
}

fn differs(diff: &[Change]) -> Option<String> {
    super::diff_summary(diff, 3, usize::MAX)
}

/// One reporting descriptor per registered rule, in code order.
fn rules() -> Value {
    Value::Array(
        RULES
            .iter()
            .map(|r| {
                json!({
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": { "text": r.summary },
                    "fullDescription": { "text": r.doc, "markdown": r.doc },
                    "help": { "text": r.doc, "markdown": r.doc },
                    "defaultConfiguration": { "level": level(r.severity) },
                    "properties": {
                        "language": r.language,
                        "scope": r.scope,
                    },
                })
            })
            .collect(),
    )
}

/// The report as a SARIF 2.1.0 log (pretty-printed JSON with a final newline).
pub fn render(report: &Report, sources: &Sources) -> String {
    let s = &report.summary;
    let non_utf8: BTreeMap<&str, &str> = s
        .non_utf8
        .iter()
        .map(|n| (n.path.as_str(), n.encoding))
        .collect();
    // Every file a finding points at, sorted by path.
    let mut paths = BTreeSet::new();
    for f in &report.findings {
        paths.insert(f.location.path.as_str());
        for r in &f.related {
            paths.insert(r.location.path.as_str());
        }
    }
    let ctx = Context {
        sources,
        non_utf8: non_utf8.keys().copied().collect(),
        artifacts: paths.iter().enumerate().map(|(i, p)| (*p, i)).collect(),
    };
    let artifacts: Vec<Value> = paths
        .iter()
        .map(|p| {
            let mut a = Map::new();
            a.insert("location".into(), json!({ "uri": path_uri(p) }));
            a.insert(
                "encoding".into(),
                // A file read as UTF-8 with its invalid bytes replaced is UTF-8 to a viewer.
                json!(non_utf8
                    .get(p)
                    .filter(|&&e| e != crate::corpus::UTF8_REPLACED)
                    .unwrap_or(&"UTF-8")),
            );
            Value::Object(a)
        })
        .collect();

    let mut notifications = Vec::new();
    for (notes, lvl) in [(&s.errors, "error"), (&s.skipped, "note")] {
        for n in notes.iter() {
            notifications.push(json!({
                "level": lvl,
                "message": message(format!("{}: {}", n.path, n.message)),
                "locations": [{
                    "physicalLocation": { "artifactLocation": { "uri": path_uri(&n.path) } }
                }],
            }));
        }
    }

    let mut driver = Map::new();
    driver.insert("name".into(), json!(report.tool.name));
    driver.insert("version".into(), json!(report.tool.version));
    driver.insert("semanticVersion".into(), json!(report.tool.version));
    // An absolute URI only: the package's repository, when Cargo.toml names one.
    let repository = env!("CARGO_PKG_REPOSITORY");
    if repository.starts_with("https://") {
        driver.insert("informationUri".into(), json!(repository));
    }
    driver.insert("rules".into(), rules());
    let mut run = Map::new();
    run.insert("tool".into(), json!({ "driver": driver }));
    if !notifications.is_empty() {
        run.insert(
            "invocations".into(),
            json!([{
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            }]),
        );
    }
    run.insert("columnKind".into(), json!("unicodeCodePoints"));
    if !artifacts.is_empty() {
        run.insert("artifacts".into(), Value::Array(artifacts));
    }
    run.insert(
        "results".into(),
        Value::Array(report.findings.iter().map(|f| ctx.result(f)).collect()),
    );

    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [Value::Object(run)],
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serialises");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(path_uri("docs/a.txt"), "docs/a.txt");
        assert_eq!(path_uri("./docs/b copy.txt"), "docs/b%20copy.txt");
        assert_eq!(path_uri("docs/été.txt"), "docs/%C3%A9t%C3%A9.txt");
        assert_eq!(path_uri("a:b#c?.txt"), "a%3Ab%23c%3F.txt");
        assert_eq!(
            path_uri("notes: v2, relue|finale.txt"),
            "notes%3A%20v2%2C%20relue%7Cfinale.txt"
        );
        assert_eq!(path_uri("/tmp/x y.txt"), "file:///tmp/x%20y.txt");
        if cfg!(windows) {
            assert_eq!(path_uri("C:\\corpus\\a.txt"), "file:///C:/corpus/a.txt");
            assert_eq!(path_uri("docs\\été.txt"), "docs/%C3%A9t%C3%A9.txt");
        } else {
            // A backslash is a character of the name, like relire's `\xFF` for a byte that is
            // not UTF-8.
            assert_eq!(path_uri("x\\xFF.txt"), "x%5CxFF.txt");
        }
        assert_eq!(path_uri("C:/corpus/a.txt"), "file:///C:/corpus/a.txt");
        assert_eq!(path_uri("100%.txt"), "100%25.txt");
    }

    #[test]
    fn levels() {
        assert_eq!(level(Severity::Info), "note");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Error), "error");
    }
}
