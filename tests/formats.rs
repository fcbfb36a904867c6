//! The machine-readable and CI report formats: JSON Lines, SARIF 2.1.0, GitHub Actions workflow
//! commands and Markdown, on one small corpus with a near-duplicate pair, a repeated block and a
//! French translation slip in a file whose name needs escaping.
//!
//! Some checks hand the output to an outside consumer:
//! - SARIF against the vendored official schema (`tests/fixtures/sarif/`), with Python's
//!   `jsonschema` (and `rfc3986-validator`, for the URI formats);
//! - SARIF with Microsoft's SARIF Multitool (`sarif-multitool validate`), from npm;
//! - Markdown with `markdown-it-py`.
//!
//! Each is skipped, with a message on stderr, when its tool is missing, unless
//! `RELIRE_REQUIRE_TOOLS=1`, which makes a missing tool a failure. `RELIRE_PYTHON` names the
//! Python interpreter (default `python3`), `RELIRE_SARIF_MULTITOOL` the Multitool (default
//! `sarif-multitool` on the PATH).

use relire::corpus::Corpus;
use relire::finding::Finding;
use relire::report::{github, jsonl, markdown, sarif, Report, Sources};
use relire::rules::registry::RULES;
use relire::{check, CheckOptions};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A paragraph long enough that one changed word keeps its copy well above the threshold.
const STORY: &str = "Les ministres européens de l'énergie se sont réunis jeudi à Bruxelles pour \
discuter du prix du gaz et des réserves pour l'hiver prochain. Selon le communiqué final, les États \
membres se sont engagés à remplir leurs stocks à quatre-vingt-dix pour cent avant le premier \
novembre, à partager leurs capacités de stockage avec les pays voisins et à réduire leur \
consommation de dix pour cent pendant les mois les plus froids de l'année.";

const REPEATED: &str = "Le conseil municipal a voté mardi soir le budget de la médiathèque pour \
l'année prochaine, malgré les réserves de l'opposition sur les horaires d'ouverture.";

/// The French file: its name has a space, a colon, a comma and a pipe.
const SLIP_PATH: &str = "fr/note: v2, relue|finale.txt";
const SLIP: &str = "Attention : Les données sont cryptées. | Fin.\n";

fn corpus() -> Corpus {
    let copy = STORY.replace("jeudi", "mardi");
    Corpus::from_texts([
        (
            "docs/a.txt".to_string(),
            format!("{STORY}\n\nLa réunion s'est tenue au siège du Conseil.\n"),
        ),
        (
            "docs/b copy.txt".to_string(),
            format!("Énergie\n\n{copy}\n\nPublié le 3 mars.\n"),
        ),
        (
            "notes/c.txt".to_string(),
            format!("{REPEATED}\n\nLa séance a été levée à vingt-trois heures.\n\n{REPEATED}\n"),
        ),
        (SLIP_PATH.to_string(), SLIP.to_string()),
    ])
}

/// A corpus with a file decoded from Windows-1252, a skipped binary and an unreadable path.
fn corpus_with_notes() -> Corpus {
    use relire::corpus::{Document, FileNote};
    let mut c = corpus();
    c.documents.push(Document::new(
        "legacy/ancien.txt",
        "windows-1252",
        false,
        SLIP.to_string(),
    ));
    c.documents.sort_by(|a, b| a.path.cmp(&b.path));
    c.skipped.push(FileNote {
        path: "img/photo.jpg".to_string(),
        message: "binary file skipped".to_string(),
    });
    c.errors.push(FileNote {
        path: "missing dir".to_string(),
        message: "No such file or directory".to_string(),
    });
    c
}

fn report(corpus: &Corpus) -> Report {
    check(corpus, &CheckOptions::default())
}

fn only<'a>(report: &'a Report, rule: &str) -> &'a Finding {
    let found: Vec<&Finding> = report.findings.iter().filter(|f| f.rule == rule).collect();
    assert_eq!(found.len(), 1, "one {rule} finding expected: {found:#?}");
    found[0]
}

#[test]
fn the_corpus_has_the_findings_the_formats_are_tested_on() {
    let c = corpus();
    let r = report(&c);
    let near = only(&r, "near-duplicate");
    assert_eq!(near.location.path, "docs/a.txt");
    assert_eq!(near.related.len(), 1);
    assert_eq!(near.related[0].location.path, "docs/b copy.txt");
    assert_eq!(near.diff.len(), 1);
    assert_eq!(
        (near.diff[0].left.as_str(), near.diff[0].right.as_str()),
        ("jeudi", "mardi")
    );
    let rep = only(&r, "repeated-block");
    assert_eq!(rep.location.path, "notes/c.txt");
    let slip = only(&r, "anglicism");
    assert_eq!(slip.location.path, SLIP_PATH);
    assert!(slip.message.contains(':'), "{}", slip.message);
    assert!(slip.suggestion.as_deref().unwrap_or("").contains(','));
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

#[test]
fn jsonl_has_one_json_finding_per_line() {
    let c = corpus();
    let r = report(&c);
    let s = Sources::new(&c);
    let out = jsonl::render(&r, &s);
    assert!(out.ends_with('\n'));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), r.summary.findings);
    assert_eq!(lines.len(), r.findings.len());
    for (line, f) in lines.iter().zip(&r.findings) {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(v["rule"].is_string(), "{line}");
        // The same object as in the JSON report's findings.
        assert_eq!(v, serde_json::to_value(f).unwrap());
    }
    assert_eq!(out, jsonl::render(&r, &s), "deterministic");
}

#[test]
fn jsonl_of_a_clean_corpus_is_empty() {
    let c = Corpus::from_texts([("a.txt", "Une phrase correcte et sans histoire.\n")]);
    let r = report(&c);
    assert!(r.findings.is_empty());
    assert_eq!(jsonl::render(&r, &Sources::new(&c)), "");
}

// ---------------------------------------------------------------------------------------------
// SARIF

fn sarif_log(c: &Corpus, r: &Report) -> (String, Value) {
    let out = sarif::render(r, &Sources::new(c));
    let v: Value = serde_json::from_str(&out).expect("SARIF is JSON");
    (out, v)
}

fn schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif/sarif-schema-2.1.0.json")
}

#[test]
fn sarif_log_run_and_rules() {
    let c = corpus();
    let r = report(&c);
    let (out, log) = sarif_log(&c, &r);
    assert!(out.ends_with("}\n"));
    assert_eq!(out, sarif::render(&r, &Sources::new(&c)), "deterministic");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["$schema"], sarif::SCHEMA_URI);
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "relire");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), RULES.len());
    for (d, info) in rules.iter().zip(RULES) {
        assert_eq!(d["id"], info.code);
        assert_eq!(d["name"], info.name);
        assert_eq!(d["shortDescription"]["text"], info.summary);
        assert_eq!(d["fullDescription"]["text"], info.doc);
        assert_eq!(d["help"]["text"], info.doc);
        assert_eq!(d["help"]["markdown"], info.doc);
        let level = match info.severity.as_str() {
            "info" => "note",
            "warning" => "warning",
            "error" => "error",
            other => panic!("unknown severity {other}"),
        };
        assert_eq!(d["defaultConfiguration"]["level"], level);
    }
    // Artifacts: every file a finding points at, URIs percent-encoded.
    let uris: Vec<&str> = run["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["location"]["uri"].as_str().unwrap())
        .collect();
    assert!(uris.contains(&"docs/b%20copy.txt"), "{uris:?}");
    assert!(
        uris.contains(&"fr/note%3A%20v2%2C%20relue%7Cfinale.txt"),
        "{uris:?}"
    );
}

#[test]
fn sarif_results_point_at_the_findings() {
    let c = corpus();
    let r = report(&c);
    let (_, log) = sarif_log(&c, &r);
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), r.findings.len());
    let text = |p: &str| {
        c.documents
            .iter()
            .find(|d| d.path == p)
            .unwrap()
            .text
            .as_str()
    };
    for (res, f) in results.iter().zip(&r.findings) {
        assert_eq!(res["ruleId"], f.code);
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], f.code);
        assert_eq!(
            res["partialFingerprints"]["relire/v1"],
            f.fingerprint.as_str()
        );
        assert!(res["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with(&f.message));
        let region = &res["locations"][0]["physicalLocation"]["region"];
        let l = &f.location;
        assert_eq!(region["startLine"], l.start_line);
        assert_eq!(region["startColumn"], l.start_column);
        assert_eq!(region["endLine"], l.end_line);
        // SARIF's endColumn is exclusive.
        assert_eq!(region["endColumn"], l.end_column + 1);
        if l.start_line == l.end_line {
            assert!(
                region["endColumn"].as_u64() > region["startColumn"].as_u64(),
                "{region}"
            );
        }
        assert_eq!(region["byteOffset"], l.start_byte);
        assert_eq!(region["byteLength"], l.end_byte - l.start_byte);
        let snippet = &text(&l.path)[l.start_byte..l.end_byte];
        assert_eq!(region["snippet"]["text"], snippet);
        // On one line, the exclusive end column minus the start is the length in characters.
        if l.start_line == l.end_line {
            assert_eq!(
                region["endColumn"].as_u64().unwrap() - region["startColumn"].as_u64().unwrap(),
                snippet.chars().count() as u64
            );
        }
        let related = res["relatedLocations"].as_array().map_or(0, Vec::len);
        assert_eq!(related, f.related.len());
    }

    let near = results.iter().find(|x| x["ruleId"] == "D002").unwrap();
    let rel = &near["relatedLocations"][0];
    assert_eq!(rel["id"], 1);
    assert_eq!(
        rel["physicalLocation"]["artifactLocation"]["uri"],
        "docs/b%20copy.txt"
    );
    let msg = rel["message"]["text"].as_str().unwrap();
    assert!(msg.starts_with("copy, similarity 0."), "{msg}");
    assert!(msg.contains("«jeudi» → «mardi»"), "{msg}");
    assert!(near["properties"]["similarity"].as_f64().unwrap() > 0.8);
    assert_eq!(near["properties"]["diff"][0]["left"], "jeudi");

    let slip = results.iter().find(|x| x["ruleId"] == "T003").unwrap();
    let region = &slip["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["snippet"]["text"], "cryptées");
    assert_eq!(region["startColumn"], 30);
    assert_eq!(region["endColumn"], 38);
    assert_eq!(slip["level"], "warning");
}

#[test]
fn sarif_notes_encodings_and_unread_files() {
    let c = corpus_with_notes();
    let r = report(&c);
    let (_, log) = sarif_log(&c, &r);
    let run = &log["runs"][0];
    let artifacts = run["artifacts"].as_array().unwrap();
    let legacy = artifacts
        .iter()
        .find(|a| a["location"]["uri"] == "legacy/ancien.txt")
        .expect("the decoded file is an artifact");
    assert_eq!(legacy["encoding"], "windows-1252");
    // No byte offsets into a file that was not UTF-8: they would not count its bytes.
    let uri = |x: &Value| x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].clone();
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| uri(x) == "legacy/ancien.txt")
        .expect("a finding in the decoded file");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert!(region.get("byteOffset").is_none(), "{region}");
    assert_eq!(region["snippet"]["text"], "cryptées");
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    let levels: Vec<(&str, &str)> = notes
        .iter()
        .map(|n| {
            (
                n["level"].as_str().unwrap(),
                n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(
        levels,
        [("error", "missing%20dir"), ("note", "img/photo.jpg")]
    );
}

#[test]
fn vendored_schema_is_the_oasis_one() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path()).unwrap()).unwrap();
    assert_eq!(
        schema["id"],
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    );
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
}

// ---------------------------------------------------------------------------------------------
// Outside consumers

/// Whether a missing tool fails the test instead of skipping it.
fn tools_required() -> bool {
    std::env::var("RELIRE_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

/// Skip (or fail, when tools are required) for want of `what`.
fn missing(what: &str, install: &str) {
    let msg = format!("{what} is not available (install: {install})");
    if tools_required() {
        panic!("RELIRE_REQUIRE_TOOLS=1 but {msg}");
    }
    eprintln!("SKIPPED: {msg}; set RELIRE_REQUIRE_TOOLS=1 to make this a failure");
}

fn python() -> String {
    std::env::var("RELIRE_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// Whether Python can import every module of `modules`.
fn python_has(modules: &[&str]) -> bool {
    let code = modules
        .iter()
        .map(|m| format!("import {m}"))
        .collect::<Vec<_>>()
        .join("; ");
    Command::new(python())
        .args(["-c", &code])
        .output()
        .is_ok_and(|o| o.status.success())
}

const VALIDATE_PY: &str = r#"
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
checker = jsonschema.FormatChecker()
if "uri-reference" not in checker.checkers or "uri" not in checker.checkers:
    msg = "URI formats not checked: pip install rfc3986-validator"
    if sys.argv[3] == "1":
        sys.exit(msg)
    print(msg, file=sys.stderr)
errors = sorted(cls(schema, format_checker=checker).iter_errors(log), key=lambda e: list(e.absolute_path))
for e in errors:
    print("/".join(map(str, e.absolute_path)) + ": " + e.message)
print(cls.__name__, len(errors), "errors", file=sys.stderr)
sys.exit(1 if errors else 0)
"#;

#[test]
fn sarif_validates_against_the_official_schema() {
    if !python_has(&["jsonschema"]) {
        return missing(
            "Python module jsonschema",
            "pip install jsonschema rfc3986-validator",
        );
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, c) in [("plain", corpus()), ("notes", corpus_with_notes())] {
        let r = report(&c);
        let (out, _) = sarif_log(&c, &r);
        let file = dir.path().join(format!("{name}.sarif"));
        std::fs::write(&file, out).unwrap();
        let o = Command::new(python())
            .arg("-c")
            .arg(VALIDATE_PY)
            .arg(schema_path())
            .arg(&file)
            .arg(if tools_required() { "1" } else { "0" })
            .output()
            .unwrap();
        eprint!("{name}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(
            o.status.success(),
            "SARIF ({name}) does not validate:\n{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn sarif_passes_the_sarif_multitool() {
    let tool =
        std::env::var("RELIRE_SARIF_MULTITOOL").unwrap_or_else(|_| "sarif-multitool".to_string());
    let available = Command::new(&tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        return missing(
            "SARIF Multitool",
            "npm install -g @microsoft/sarif-multitool@5.7.0",
        );
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, c) in [("plain", corpus()), ("notes", corpus_with_notes())] {
        let r = report(&c);
        let (out, _) = sarif_log(&c, &r);
        let input = dir.path().join(format!("{name}.sarif"));
        let output = dir.path().join(format!("{name}.validation.sarif"));
        std::fs::write(&input, out).unwrap();
        let o = Command::new(&tool)
            .arg("validate")
            .arg(&input)
            .arg("--output")
            .arg(&output)
            .output()
            .unwrap();
        let console = String::from_utf8_lossy(&o.stdout).to_string();
        assert!(o.status.success(), "multitool failed:\n{console}");
        // The Multitool exits 0 whatever it finds: read its own SARIF log.
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&output).unwrap()).unwrap();
        let results = v["runs"][0]["results"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let errors: Vec<&Value> = results.iter().filter(|x| x["level"] == "error").collect();
        assert!(errors.is_empty(), "multitool errors ({name}):\n{console}");
        // Warnings are advice (e.g. no absolute informationUri); show them.
        for x in &results {
            eprintln!("multitool ({name}): {} {}", x["ruleId"], x["message"]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions workflow commands

#[test]
fn github_annotation_per_finding() {
    let c = corpus();
    let r = report(&c);
    let out = github::render(&r, &Sources::new(&c));
    assert!(out.ends_with('\n'));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), r.findings.len());
    for (line, f) in lines.iter().zip(&r.findings) {
        let cmd = match f.severity.as_str() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        let (head, data) = line[2..].split_once("::").unwrap();
        let (name, props) = head.split_once(' ').unwrap();
        assert_eq!(name, cmd, "{line}");
        let keys: Vec<&str> = props
            .split(',')
            .map(|p| p.split_once('=').unwrap().0)
            .collect();
        let expected: &[&str] = if f.location.start_line == f.location.end_line {
            &["file", "line", "endLine", "col", "endColumn", "title"]
        } else {
            &["file", "line", "endLine", "title"]
        };
        assert_eq!(keys, expected, "{line}");
        assert!(props.contains(&format!("line={},", f.location.start_line)));
        assert!(props.ends_with(&format!("title={} {}", f.code, f.rule)));
        assert!(data.starts_with(&f.message.replace('%', "%25")), "{line}");
        assert!(!line.contains(['\r']));
    }
    let near = lines.iter().find(|l| l.contains("title=D002")).unwrap();
    assert!(
        near.contains("%0Aalso at docs/b copy.txt:3 (similarity 0."),
        "{near}"
    );
    assert!(near.contains("«jeudi» → «mardi»"), "{near}");
}

#[test]
fn github_annotation_of_the_slip_is_escaped() {
    let c = corpus();
    let r = report(&c);
    let out = github::render(&r, &Sources::new(&c));
    let slip = only(&r, "anglicism");
    let line = out.lines().find(|l| l.contains("title=T003")).unwrap();
    let prefix = "::warning file=fr/note%3A v2%2C relue|finale.txt,line=1,endLine=1,col=30,\
                  endColumn=37,title=T003 anglicism::";
    assert!(line.starts_with(prefix), "{line}");
    // In the message only %, CR and LF are escaped: colons and commas stay.
    let data = &line[prefix.len()..];
    assert_eq!(
        data,
        format!(
            "{}%0Ahelp: {}",
            slip.message,
            slip.suggestion.as_deref().unwrap()
        )
    );
    assert!(data.starts_with("« cryptées »:"), "{data}");
}

#[test]
fn github_escaping_of_data_and_properties() {
    let c = corpus();
    let r = report(&c);
    let mut f = only(&r, "anglicism").clone();
    // A backslash separates folders on Windows only.
    let sep = if cfg!(windows) { "\\" } else { "/" };
    f.location.path = format!("dir{sep}100%: a,b.txt");
    f.message = "50% done: a, b\r\nnext line".to_string();
    f.suggestion = None;
    f.severity = relire::finding::Severity::Error;
    assert_eq!(
        github::annotation(&f),
        "::error file=dir/100%25%3A a%2Cb.txt,line=1,endLine=1,col=30,endColumn=37,\
         title=T003 anglicism::50%25 done: a, b%0D%0Anext line"
    );
    f.severity = relire::finding::Severity::Info;
    assert!(github::annotation(&f).starts_with("::notice "));
    assert_eq!(github::escape_data("%\r\n:,"), "%25%0D%0A:,");
    assert_eq!(github::escape_property("%\r\n:,"), "%25%0D%0A%3A%2C");
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// The table rows of a Markdown report (not the header or its separator).
fn table_rows(md: &str) -> Vec<&str> {
    md.lines().filter(|l| l.starts_with("| ")).skip(2).collect()
}

#[test]
fn markdown_has_a_row_per_finding() {
    let c = corpus();
    let r = report(&c);
    let md = markdown::render(&r, &Sources::new(&c));
    assert!(md.ends_with('\n'));
    assert!(md.starts_with(markdown::MARKER));
    assert!(md.contains("### relire report"));
    assert!(
        md.contains(&format!("**{} findings**", r.findings.len())),
        "{md}"
    );
    assert!(md.contains("| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n"));
    let rows = table_rows(&md);
    assert_eq!(rows.len(), r.findings.len(), "{md}");
    for (row, f) in rows.iter().zip(&r.findings) {
        assert!(row.ends_with(" |"));
        assert!(row.starts_with(&format!("| {} | {} {} | ", f.severity, f.code, f.rule)));
        // Four cells: unescaped pipes are exactly the five borders.
        let borders = row
            .char_indices()
            .filter(|&(i, ch)| ch == '|' && (i == 0 || row.as_bytes()[i - 1] != b'\\'))
            .count();
        assert_eq!(borders, 5, "{row}");
    }
    let slip = rows.iter().find(|r| r.contains("T003")).unwrap();
    assert!(
        slip.contains("| fr/note: v2, relue\\|finale.txt:1 |"),
        "{slip}"
    );
    let near = rows.iter().find(|r| r.contains("D002")).unwrap();
    assert!(near.contains("differs: «jeudi» → «mardi»"), "{near}");
    assert!(near.contains("also at docs/b copy.txt:"), "{near}");
    assert_eq!(md, markdown::render(&r, &Sources::new(&c)), "deterministic");
}

#[test]
fn markdown_of_a_clean_corpus() {
    let c = Corpus::from_texts([("a.txt", "Une phrase correcte et sans histoire.\n")]);
    let r = report(&c);
    let md = markdown::render(&r, &Sources::new(&c));
    assert!(md.contains("No findings in 1 file"), "{md}");
    assert!(!md.contains("| Severity"));
    assert!(md.ends_with('\n'));
}

#[test]
fn markdown_stays_under_the_comment_limit() {
    let c = corpus();
    let base = report(&c);
    let template = only(&base, "anglicism").clone();
    let findings: Vec<Finding> = (0..2000)
        .map(|i| {
            let mut f = template.clone();
            f.location.path = format!("corpus/file-{i:04}.txt");
            f.fingerprint = format!("{i:016x}");
            f
        })
        .collect();
    let r = Report::new(&c, findings);
    let md = markdown::render(&r, &Sources::new(&c));
    assert!(md.len() <= markdown::LIMIT, "{} bytes", md.len());
    assert!(md.chars().count() <= 65_536);
    let shown = table_rows(&md).len();
    assert!(shown > 10 && shown < 2000, "{shown} rows");
    let last = md.lines().last().unwrap();
    assert_eq!(last, format!("… {} more findings", 2000 - shown));
    assert!(md.ends_with('\n'));
}

const TABLE_PY: &str = r#"
import json, sys
from markdown_it import MarkdownIt

md = MarkdownIt("commonmark").enable("table")
tokens = md.parse(sys.stdin.read())
rows, cells, in_body, row_cells = 0, [], False, 0
for t in tokens:
    if t.type == "tbody_open": in_body = True
    elif t.type == "tbody_close": in_body = False
    elif in_body and t.type == "tr_open": rows += 1; row_cells = 0
    elif in_body and t.type == "td_open": row_cells += 1
    elif in_body and t.type == "tr_close": cells.append(row_cells)
heads = sum(1 for t in tokens if t.type == "th_open")
print(json.dumps({"rows": rows, "cells": cells, "heads": heads}))
"#;

#[test]
fn markdown_table_renders_with_a_markdown_parser() {
    if !python_has(&["markdown_it"]) {
        return missing("Python module markdown_it", "pip install markdown-it-py");
    }
    let c = corpus();
    let r = report(&c);
    let md = markdown::render(&r, &Sources::new(&c));
    let mut child = Command::new(python())
        .arg("-c")
        .arg(TABLE_PY)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(md.as_bytes())
            .unwrap();
    }
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["heads"], 4, "{v}");
    assert_eq!(v["rows"], r.findings.len(), "{v}\n{md}");
    for n in v["cells"].as_array().unwrap() {
        assert_eq!(n, 4, "{v}\n{md}");
    }
}
