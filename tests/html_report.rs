//! The HTML report: structure and escaping at library level, then the page in a real headless
//! Chromium (skipped when Chromium is missing, unless RELIRE_REQUIRE_BROWSER=1).

use relire::corpus::Corpus;
use relire::report::{html, Report, Sources};
use relire::{check, CheckOptions};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Sixty words, so that one changed word keeps the two copies above the near-duplicate threshold.
const STORY: &str = "Le conseil municipal a adopté mardi soir le nouveau plan de circulation du centre-ville \
après plusieurs mois de concertation avec les habitants, les commerçants et les associations de cyclistes. \
Le projet prévoit la fermeture de trois rues aux voitures, la création de deux kilomètres de pistes cyclables \
protégées et l'extension des horaires des navettes électriques gratuites, qui circuleront désormais jusqu'à \
minuit du jeudi au samedi.";

fn corpus() -> Corpus {
    let copy = STORY.replacen("mardi", "lundi", 1);
    Corpus::from_texts([
        (
            "depeche/agence.txt",
            format!("{STORY}\n\nLa séance a duré quatre heures."),
        ),
        (
            "depeche/reprise.txt",
            format!("Publié par la rédaction.\n\n{copy}"),
        ),
        (
            "web/piege.txt",
            "Le formulaire affichait <script>alert(1)</script> au milieu de l'article. \
             Le cryptage des messages inquiète les enquêteurs & les juges « depuis longtemps »."
                .to_string(),
        ),
    ])
}

fn report_and_html() -> (Corpus, Report, String) {
    let corpus = corpus();
    let report = check(&corpus, &CheckOptions::default());
    let page = html::render(&report, &Sources::new(&corpus));
    (corpus, report, page)
}

/// The text of every `<mark ...>...</mark>` of the page.
fn marks(page: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find("<mark class=\"") {
        rest = &rest[i + 13..];
        let class_end = rest.find('"').unwrap();
        let class = &rest[..class_end];
        let body_start = rest.find('>').unwrap() + 1;
        let body_end = rest.find("</mark>").unwrap();
        out.push((class, &rest[body_start..body_end]));
        rest = &rest[body_end..];
    }
    out
}

#[test]
fn page_holds_every_finding_escaped_and_self_contained() {
    let (corpus, report, page) = report_and_html();
    let rules: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&"near-duplicate"), "{rules:?}");
    assert!(rules.contains(&"anglicism"), "{rules:?}");

    // One `.finding` element per finding, with its data attributes.
    assert_eq!(
        page.matches("class=\"finding\"").count(),
        report.summary.findings
    );
    for (i, f) in report.findings.iter().enumerate() {
        let head = format!(
            "<article class=\"finding\" id=\"finding-{}\" data-rule=\"{}\" data-path=\"{}\" data-severity=\"{}\"",
            i + 1,
            f.rule,
            f.location.path,
            f.severity
        );
        assert!(page.contains(&head), "missing {head}");
    }

    // The changed word is marked on both sides of the near-duplicate pair.
    let marks = marks(&page);
    assert!(marks.contains(&("del", "mardi")), "{marks:?}");
    assert!(marks.contains(&("ins", "lundi")), "{marks:?}");
    // The anglicism is marked in its sentence, with the rule's summary.
    assert!(marks.contains(&("span", "cryptage")), "{marks:?}");
    assert!(page.contains("An anglicism that has a recommended French term"));
    assert!(page.contains("écrire plutôt : chiffrement"));

    // Corpus text is text: the only script element is the report's own.
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("les enquêteurs &amp; les juges"));

    // Nothing is loaded from anywhere.
    for bad in ["http://", "https://", "src=\"", "<link", "@import", "url("] {
        assert!(!page.contains(bad), "the page contains {bad:?}");
    }
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none';"));

    // The matrix joins the two copies and links to the near-duplicate finding.
    assert!(page.contains("<table id=\"matrix\">"));
    let n = 1 + report
        .findings
        .iter()
        .position(|f| f.rule == "near-duplicate")
        .unwrap();
    let link = format!("<a href=\"#finding-{n}\" title=\"depeche/agence.txt ↔ depeche/reprise.txt");
    assert!(page.contains(&link), "missing {link}");

    // Summary.
    assert!(page.contains(&format!(
        "<span class=\"n\">{}</span> files",
        report.summary.files
    )));
    assert!(page.contains("<div class=\"note-box\"><h3>Skipped files (0)</h3>"));

    // Deterministic, and the same through render_corpus.
    assert_eq!(page, html::render(&report, &Sources::new(&corpus)));
    assert_eq!(page, html::render_corpus(&report, &corpus));
}

#[test]
fn empty_corpus_still_renders_a_page() {
    let corpus = Corpus::from_texts(Vec::<(String, String)>::new());
    let report = check(&corpus, &CheckOptions::default());
    let page = html::render(&report, &Sources::new(&corpus));
    assert!(page.contains("<table id=\"matrix\">"));
    assert_eq!(page.matches("class=\"finding\"").count(), 0);
    assert!(page.ends_with("</html>\n"));
}

#[test]
fn control_characters_and_long_copies_are_safe() {
    let long: Vec<String> = (0..3000).map(|i| format!("mot{i}")).collect();
    let mut other = long.clone();
    other[1500] = "différent".into();
    let corpus = Corpus::from_texts([
        (
            "a.txt",
            format!("{}\n\nTexte \u{1} avec un contrôle \u{85}.", long.join(" ")),
        ),
        ("b.txt", other.join(" ")),
    ]);
    let report = check(&corpus, &CheckOptions::default());
    let page = html::render(&report, &Sources::new(&corpus));
    assert!(!page.contains('\u{1}') && !page.contains('\u{85}'));
    assert!(page.contains("identical words"));
    assert!(page.contains("<mark class=\"ins\">différent</mark>"));
    // Long copies are folded: far smaller than the texts repeated for each finding.
    assert!(page.len() < 200_000, "{} bytes", page.len());
}

// ---------------------------------------------------------------------------------------------
// The page in a real browser.

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("RELIRE_CHROMIUM") {
        let p = PathBuf::from(p);
        return p.exists().then_some(p);
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Chromium and Python, or `None` after saying why the browser test is skipped; panics instead
/// when RELIRE_REQUIRE_BROWSER=1.
fn browser_tools() -> Option<(PathBuf, &'static str)> {
    let required = std::env::var("RELIRE_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    let missing = |what: &str| {
        if required {
            panic!("{what} (RELIRE_REQUIRE_BROWSER=1)");
        }
        // Straight to stderr, past the test harness's capture, so the skip is seen.
        let _ = writeln!(std::io::stderr(), "skipping the browser test: {what}");
        None
    };
    let Some(chromium) = chromium() else {
        return missing("chromium not found: install Debian's chromium to run the browser test");
    };
    let Some(python) = python() else {
        return missing("python3 not found: the browser test drives Chromium with a Python script");
    };
    Some((chromium, python))
}

fn open_in_chromium(chromium: &Path, python: &str, page: &Path, args: &[&str]) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/cdp_check.py");
    let out = Command::new(python)
        .arg(script)
        .arg("--chromium")
        .arg(chromium)
        .arg("--html")
        .arg(page)
        .args(args)
        .output()
        .expect("run tests/browser/cdp_check.py");
    assert!(
        out.status.success(),
        "cdp_check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "cdp_check printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

#[test]
fn page_works_in_headless_chromium() {
    let Some((chromium, python)) = browser_tools() else {
        return;
    };
    let (_, report, page) = report_and_html();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    std::fs::write(&file, &page).unwrap();

    let live = open_in_chromium(
        &chromium,
        python,
        &file,
        &["--mark", "lundi", "--search", "cryptage"],
    );
    assert_eq!(live["console_errors"], serde_json::json!([]), "{live:#}");
    assert_eq!(live["requests"], serde_json::json!([]), "{live:#}");
    assert_eq!(live["findings"], report.summary.findings, "{live:#}");
    assert_eq!(live["visible"], report.summary.findings, "{live:#}");
    assert_eq!(live["filters_shown"], true, "{live:#}");
    assert_eq!(live["matrix"], true, "{live:#}");
    assert_eq!(live["mark_found"], true, "{live:#}");
    // Picking a rule in the filter shows exactly that rule's findings.
    let counts: serde_json::Map<String, Value> = report
        .summary
        .by_rule
        .iter()
        .map(|(r, n)| (r.to_string(), Value::from(*n)))
        .collect();
    assert_eq!(live["rule_counts"], Value::Object(counts), "{live:#}");
    let searched = live["search_visible"].as_u64().unwrap();
    assert!(
        (1..report.summary.findings as u64).contains(&searched),
        "{live:#}"
    );
    assert!(live["title"].as_str().unwrap().starts_with("relire report"));
}

/// Not a test: writes the report of `seeds/` (or of the folder in RELIRE_HTML_CORPUS) to
/// target/tmp/html-report/report.html, and with RELIRE_SCREENSHOT=PATH takes a 1280×2000
/// screenshot of it with Chromium:
/// `RELIRE_SCREENSHOT=docs/report-html.png cargo test --test html_report -- --ignored`
#[test]
#[ignore]
fn seed_report() {
    let folder = std::env::var_os("RELIRE_HTML_CORPUS").unwrap_or_else(|| "seeds".into());
    let corpus = Corpus::read(&[PathBuf::from(folder)], &Default::default()).unwrap();
    let t = std::time::Instant::now();
    let report = check(&corpus, &CheckOptions::default());
    let checked = t.elapsed();
    let page = html::render_corpus(&report, &corpus);
    eprintln!(
        "{} findings in {} files: check {checked:?}, render {:?}",
        report.summary.findings,
        report.summary.files,
        t.elapsed() - checked
    );
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.html");
    std::fs::write(&file, &page).unwrap();
    eprintln!("wrote {} ({} bytes)", file.display(), page.len());
    let Some(shot) = std::env::var_os("RELIRE_SCREENSHOT") else {
        return;
    };
    let (chromium, _) = browser_tools().expect("chromium is needed for the screenshot");
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1280,2000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!(
            "--screenshot={}",
            std::path::absolute(&shot).unwrap().display()
        ))
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
}
