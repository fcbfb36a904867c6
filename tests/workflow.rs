//! Everyday use: configuration, baselines, focus mode, statistics, colours.

mod common;
use common::*;
use predicates::prelude::*;
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const STORY: &str = "Les ministres européens de l'énergie se sont réunis jeudi à Bruxelles pour discuter du prix du gaz et des réserves pour l'hiver prochain.\n";
const SLIP: &str =
    "Les données échangées sont cryptées par la plateforme depuis le mois dernier.\n";

fn json_in(dir: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let out = relire()
        .current_dir(dir)
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(args)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap(), v)
}

fn rules_of(r: &serde_json::Value) -> Vec<String> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn config_file_is_found_walking_up_and_sets_rules() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "corpus/a.txt", SLIP);
    write(
        dir.path(),
        "relire.toml",
        "paths = [\"corpus\"]\nfail-on = \"error\"\n[rules.anglicism]\nseverity = \"error\"\n",
    );
    let sub = dir.path().join("corpus");
    // From a sub-folder, with no path: the configured paths, relative to the file.
    let (code, r) = json_in(&sub, &[]);
    assert_eq!(rules_of(&r), vec!["anglicism"]);
    assert_eq!(r["findings"][0]["severity"], "error");
    assert_eq!(code, 1, "fail-on error with an error finding");
    // --isolated ignores the file: anglicism is a warning again, fail-on warning.
    let (_, r) = json_in(dir.path(), &["--isolated", "corpus"]);
    assert_eq!(r["findings"][0]["severity"], "warning");
    // CLI flags override the file.
    let (code, _) = json_in(dir.path(), &["--fail-on", "never"]);
    assert_eq!(code, 0);
}

#[test]
fn config_errors_name_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", SLIP);
    write(dir.path(), "relire.toml", "threshold = 0.9\nshingel = 4\n");
    relire()
        .current_dir(dir.path())
        .args(["check", "a.txt"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("relire.toml")
                .and(predicate::str::contains("line 2"))
                .and(predicate::str::contains("shingel")),
        );
    write(
        dir.path(),
        "relire.toml",
        "[[overrides]]\npaths = [\"a/**\"]\n[overrides.rules.nope]\nenabled = false\n",
    );
    relire()
        .current_dir(dir.path())
        .args(["check", "a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule `nope`"));
}

#[test]
fn overrides_ignores_allow_and_user_lexicon() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "news/a.txt", SLIP);
    write(
        dir.path(),
        "archive/b.txt",
        "Un rapport ancien décrivait déjà le cryptage des messages diplomatiques.\n",
    );
    write(
        dir.path(),
        "news/c.txt",
        "Le nouveau scoreboard du stade est en ligne depuis lundi matin.\n",
    );
    write(
        dir.path(),
        "relire.toml",
        r#"
[[overrides]]
paths = ["archive/**"]
rules = { anglicism = { enabled = false } }

[[lexicon.anglicisms]]
id = "scoreboard"
patterns = ["scoreboard|scoreboards"]
suggestion = "tableau d'affichage"
explanation = "Anglicisme ; on dit tableau d'affichage."
examples_positive = ["Le scoreboard est prêt."]
examples_negative = ["Le tableau d'affichage est prêt."]
"#,
    );
    let (_, r) = json_in(dir.path(), &["."]);
    let paths: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["location"]["path"].as_str().unwrap())
        .collect();
    assert!(paths.iter().any(|p| p.ends_with("news/a.txt")));
    assert!(
        !paths.iter().any(|p| p.ends_with("archive/b.txt")),
        "{paths:?}"
    );
    assert!(
        paths.iter().any(|p| p.ends_with("news/c.txt")),
        "user lexicon entry fires"
    );

    let mut cfg = std::fs::read_to_string(dir.path().join("relire.toml")).unwrap();
    cfg.push_str("\n[[ignore]]\nrule = \"anglicism\"\npath = \"news/a.txt\"\ntext = \"cryptées\"\nreason = \"quotation of the original\"\n\n[allow]\nphrases = [\"scoreboard\"]\n");
    write(dir.path(), "relire.toml", &cfg);
    let (code, r) = json_in(dir.path(), &["."]);
    assert_eq!(r["summary"]["findings"], 0, "{r:#}");
    assert_eq!(code, 0);
}

#[test]
fn config_command_prints_the_effective_configuration() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "relire.toml", "threshold = 0.9\n");
    relire()
        .current_dir(dir.path())
        .arg("config")
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("threshold = 0.9")
                .and(predicate::str::contains("shingle = 5"))
                .and(predicate::str::contains("[rules.mojibake]")),
        );
}

#[test]
fn baseline_hides_known_findings_survives_edits_and_reports_stale_entries() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "c/a.txt", &format!("{STORY}\n{SLIP}"));
    write(dir.path(), "c/b.txt", STORY);
    relire()
        .current_dir(dir.path())
        .args(["check", "c", "--write-baseline", "base.json"])
        .assert()
        .code(0);
    let first = std::fs::read_to_string(dir.path().join("base.json")).unwrap();
    relire()
        .current_dir(dir.path())
        .args(["check", "c", "--write-baseline", "base.json"])
        .assert()
        .code(0);
    assert_eq!(
        first,
        std::fs::read_to_string(dir.path().join("base.json")).unwrap(),
        "rewritten identically"
    );

    // A paragraph added above the known findings does not resurrect them.
    write(dir.path(), "c/a.txt", &format!("Un paragraphe tout neuf, écrit pour l'occasion, ouvre désormais le texte.\n\n{STORY}\n{SLIP}"));
    let (code, r) = json_in(dir.path(), &["c", "--baseline", "base.json"]);
    assert_eq!(r["summary"]["findings"], 0, "{r:#}");
    assert_eq!(code, 0);
    assert!(r["summary"]["baseline"]["suppressed"].as_u64().unwrap() >= 2);

    // A new slip is reported; a fixed one leaves a stale entry.
    write(
        dir.path(),
        "c/a.txt",
        "Le ministre a fixé une deadline aux entreprises du secteur numérique.\n",
    );
    let (code, r) = json_in(dir.path(), &["c", "--baseline", "base.json"]);
    assert_eq!(rules_of(&r), vec!["anglicism"]);
    assert_eq!(code, 1);
    assert!(!r["summary"]["baseline"]["stale"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// A corpus `c/` of two files with a slip each, and `base.json`, its baseline.
fn two_slips_and_their_baseline() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "c/a.txt", SLIP);
    write(
        dir.path(),
        "c/b.txt",
        "Le ministre a fixé une deadline aux entreprises du secteur numérique.\n",
    );
    relire()
        .current_dir(dir.path())
        .args(["check", "c", "--write-baseline", "base.json"])
        .assert()
        .code(0);
    dir
}

#[test]
fn focus_mode_judges_only_the_baseline_entries_of_its_files() {
    // The pre-commit hook checks the files of a commit with the team's baseline of the whole
    // corpus: the entries of the other files are not looked for, so they are not stale.
    let dir = two_slips_and_their_baseline();
    let stale_paths = |r: &serde_json::Value| -> Vec<String> {
        r["summary"]["baseline"]["stale"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["path"].as_str().unwrap().to_string())
            .collect()
    };
    let focus = ["--corpus", "c", "c/a.txt", "--baseline", "base.json"];
    let (code, r) = json_in(dir.path(), &focus);
    assert_eq!(
        (code, r["summary"]["findings"].clone()),
        (0, 0.into()),
        "{r:#}"
    );
    assert_eq!(stale_paths(&r), Vec::<String>::new(), "{r:#}");
    // The slip of the focused file fixed: its entry is stale, the other file's is not judged.
    write(
        dir.path(),
        "c/a.txt",
        "Les données échangées sont chiffrées par la plateforme depuis le mois dernier.\n",
    );
    let (code, r) = json_in(dir.path(), &focus);
    assert_eq!(code, 0);
    assert_eq!(stale_paths(&r), vec!["c/a.txt"], "{r:#}");
    // A check of the whole corpus judges every entry.
    let (_, r) = json_in(dir.path(), &["c", "--baseline", "base.json"]);
    assert_eq!(stale_paths(&r), vec!["c/a.txt"], "{r:#}");
    let (_, r) = json_in(
        dir.path(),
        &["--corpus", "c", "c/b.txt", "--baseline", "base.json"],
    );
    assert_eq!(stale_paths(&r), Vec::<String>::new(), "{r:#}");
}

#[test]
fn focus_mode_judges_the_entries_its_file_takes_part_in() {
    // A copy between a context file and the focused file is located in the context file, with
    // the focused file as related: a check of the focused file looks for it, so its entry is
    // judged, and stale once the copy is gone.
    let dir = tempfile::tempdir().unwrap();
    let p = "La direction de la SNCF prévoit un TGV sur trois et un TER sur deux jeudi, au premier jour de la grève reconductible lancée par les syndicats contre la réforme du statut des cheminots, a-t-elle annoncé mardi soir.";
    write(dir.path(), "c/a.txt", &format!("Grève à la SNCF : le trafic sera très perturbé jeudi\n\n{p}\n\nLes usagers sont invités à reporter leurs déplacements.\n"));
    write(dir.path(), "c/z.txt", &format!("Transports : une semaine noire en perspective\n\n{p}\n\nLes contrôleurs aériens ont aussi déposé un préavis pour vendredi.\n"));
    relire()
        .current_dir(dir.path())
        .args(["check", "c", "--write-baseline", "base.json"])
        .assert()
        .code(0);
    let base = std::fs::read_to_string(dir.path().join("base.json")).unwrap();
    assert!(base.contains("\"related\""), "{base}");
    write(dir.path(), "c/z.txt", "Transports : une semaine noire en perspective\n\nLe trafic ferroviaire sera lui aussi très réduit, selon la SNCF.\n");
    let (_, r) = json_in(
        dir.path(),
        &["--corpus", "c", "c/z.txt", "--baseline", "base.json"],
    );
    let stale = r["summary"]["baseline"]["stale"].as_array().unwrap();
    assert!(
        stale.iter().any(|e| e["path"] == "c/a.txt"),
        "the copy's entry, located in c/a.txt, is stale: {r:#}"
    );
}

#[test]
fn focus_mode_write_baseline_keeps_the_other_files_entries() {
    // Accepting the findings of the file of a commit rewrites its entries only.
    let dir = two_slips_and_their_baseline();
    let entries = |dir: &Path| -> Vec<String> {
        let b: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("base.json")).unwrap()).unwrap();
        b["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(entries(dir.path()), vec!["c/a.txt", "c/b.txt"]);
    // The slip of b.txt fixed, a new one written, and the file accepted in focus mode.
    write(
        dir.path(),
        "c/b.txt",
        "Le ministre a rencontré les leaders syndicaux et fixé une échéance.\n",
    );
    relire()
        .current_dir(dir.path())
        .args([
            "check",
            "--corpus",
            "c",
            "c/b.txt",
            "--write-baseline",
            "base.json",
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("1 entries of other files kept"));
    assert_eq!(entries(dir.path()), vec!["c/a.txt", "c/b.txt"]);
    let (code, r) = json_in(dir.path(), &["c", "--baseline", "base.json"]);
    assert_eq!(
        (code, r["summary"]["findings"].clone()),
        (0, 0.into()),
        "{r:#}"
    );
    assert_eq!(
        r["summary"]["baseline"]["stale"],
        serde_json::json!([]),
        "{r:#}"
    );
    // A file that is no baseline is not overwritten.
    std::fs::write(dir.path().join("notes.json"), "{\"mes\": \"notes\"}").unwrap();
    relire()
        .current_dir(dir.path())
        .args([
            "check",
            "--corpus",
            "c",
            "c/b.txt",
            "--write-baseline",
            "notes.json",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a relire baseline"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.json")).unwrap(),
        "{\"mes\": \"notes\"}"
    );
}

#[test]
fn path_globs_of_the_configuration_are_relative_to_its_folder() {
    // An override and an ignore entry name files from the configuration file's folder; they
    // apply wherever relire runs from and however the files are named.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "seeds/04.txt", SLIP);
    write(
        dir.path(),
        "seeds/c.txt",
        "Le ministre a fixé une deadline aux entreprises du secteur numérique.\n",
    );
    write(
        dir.path(),
        "relire.toml",
        "paths = [\"seeds\"]\nfail-on = \"error\"\n\n[[overrides]]\npaths = [\"seeds/04.txt\"]\nrules = { anglicism = { severity = \"error\" } }\n\n[[ignore]]\nrule = \"anglicism\"\npath = \"seeds/c.txt\"\nreason = \"the deadline of the ministry's own notice\"\n",
    );
    let root = dir.path().to_str().unwrap().to_string();
    let seeds = dir.path().join("seeds");
    let elsewhere = tempfile::tempdir().unwrap();
    let config = format!("{root}/relire.toml");
    let abs_corpus = format!("{root}/seeds");
    let abs_04 = format!("{root}/seeds/04.txt");
    let abs_c = format!("{root}/seeds/c.txt");
    let runs: Vec<(&Path, Vec<&str>)> = vec![
        (dir.path(), vec![]),
        (&seeds, vec![]),
        (&seeds, vec!["04.txt", "c.txt"]),
        (elsewhere.path(), vec!["--config", &config]),
        (dir.path(), vec!["--corpus", &abs_corpus, &abs_04, &abs_c]),
    ];
    for (cwd, args) in runs {
        let (code, r) = json_in(cwd, &args);
        let found: Vec<(String, String)> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let path = f["location"]["path"].as_str().unwrap();
                let file = Path::new(path).file_name().unwrap().to_str().unwrap();
                (
                    file.to_string(),
                    f["severity"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            found,
            vec![("04.txt".to_string(), "error".to_string())],
            "{cwd:?} {args:?}: {r:#}"
        );
        assert_eq!(code, 1, "{cwd:?} {args:?}");
    }
}

#[test]
fn a_baseline_matches_whatever_the_spelling_of_the_paths() {
    // Written by `relire check` on the current folder (paths `./c/a.txt`), used the way
    // pre-commit calls relire (`c/a.txt`) and with a redundant spelling.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "c/a.txt", &format!("{STORY}\n{SLIP}"));
    write(dir.path(), "c/b.txt", STORY);
    relire()
        .current_dir(dir.path())
        .args(["check", "--write-baseline", "base.json"])
        .assert()
        .code(0);
    let base = std::fs::read_to_string(dir.path().join("base.json")).unwrap();
    assert!(base.contains("./c/a.txt"), "{base}");
    for args in [
        &["--corpus", "c", "c/a.txt", "--baseline", "base.json"][..],
        &["c", "--baseline", "base.json"][..],
        &[".//c/./", "--baseline", "base.json"][..],
    ] {
        let (code, r) = json_in(dir.path(), args);
        assert_eq!(r["summary"]["findings"], 0, "{args:?}: {r:#}");
        assert_eq!(
            r["summary"]["baseline"]["stale"],
            serde_json::json!([]),
            "{args:?}"
        );
        assert_eq!(code, 0);
    }
}

#[test]
fn focus_mode_reports_only_findings_touching_the_given_files() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "seeds/old1.txt", STORY);
    write(dir.path(), "seeds/old2.txt", STORY); // an old duplicate pair: not the commit's business
    write(dir.path(), "seeds/new.txt", SLIP);
    let (code, r) = json_in(dir.path(), &["--corpus", "seeds", "seeds/new.txt"]);
    assert_eq!(rules_of(&r), vec!["anglicism"], "{r:#}");
    assert_eq!(code, 1);
    write(dir.path(), "seeds/copy.txt", STORY);
    let (_, r) = json_in(dir.path(), &["--corpus", "seeds", "seeds/copy.txt"]);
    assert!(
        rules_of(&r).contains(&"near-duplicate".to_string()),
        "{r:#}"
    );
    // With `paths` in the configuration, the corpus defaults to them.
    write(dir.path(), "relire.toml", "paths = [\"seeds\"]\n");
    let (_, r) = json_in(dir.path(), &["seeds/copy.txt"]);
    assert!(
        rules_of(&r).contains(&"near-duplicate".to_string()),
        "{r:#}"
    );
}

#[test]
fn statistics_and_colour() {
    relire()
        .args(["check", "--statistics", &fixture("artifacts")])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("T003  anglicism").and(predicate::str::contains("total")));
    // In JSON, the counts agree with the report's summary.
    let (_, r) = check_json(&[&fixture("artifacts")]);
    let out = relire()
        .args([
            "check",
            "--statistics",
            "--format",
            "json",
            &fixture("artifacts"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let counts: serde_json::Map<String, serde_json::Value> = stats
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["rule"].as_str().unwrap().to_string(), c["count"].clone()))
        .collect();
    assert_eq!(serde_json::Value::Object(counts), r["summary"]["by_rule"]);
    assert!(stats
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["code"] == "T003"));
    let out = relire()
        .args([
            "check",
            "--statistics",
            "--format",
            "json-lines",
            &fixture("artifacts"),
        ])
        .output()
        .unwrap();
    let lines = String::from_utf8(out.stdout).unwrap();
    assert_eq!(lines.lines().count(), stats.as_array().unwrap().len());
    relire()
        .args([
            "check",
            "--statistics",
            "--format",
            "markdown",
            &fixture("artifacts"),
        ])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("| `anglicism` | T003 |")
                .and(predicate::str::contains("**total**")),
        );
    // Formats that describe findings only are a usage error, before any work.
    relire()
        .args([
            "check",
            "--statistics",
            "--format",
            "sarif",
            &fixture("artifacts"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--statistics prints text, json, json-lines or markdown, not sarif",
        ));
    let out = relire()
        .args(["check", "--color", "always", &fixture("repeat")])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("\x1b[1;33mwarning"));
    let out = relire()
        .args(["check", &fixture("repeat")])
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains('\x1b'),
        "no colour when not a terminal"
    );
}

#[test]
fn baseline_counts_findings_that_share_a_fingerprint() {
    // The same sentence three times, apart: two repeated-block findings with the same texts.
    let x = "Le conseil municipal a voté mardi soir le budget de la médiathèque pour l'année prochaine.";
    let text = |copies: &[&str]| copies.join("\n\n") + "\n";
    let dir = tempfile::tempdir().unwrap();
    let three = [
        x,
        "Premier intermède sans rapport avec le reste du texte, sur la météo de la semaine.",
        x,
        "Second intermède, consacré cette fois aux horaires d'ouverture de la piscine.",
        x,
    ];
    write(dir.path(), "c/a.txt", &text(&three));
    let (_, r) = json_in(dir.path(), &["c", "--select", "repeated-block"]);
    let fs = r["findings"].as_array().unwrap();
    assert_eq!(fs.len(), 2, "{r:#}");
    assert_eq!(
        fs[0]["fingerprint"], fs[1]["fingerprint"],
        "the premise of this test"
    );
    relire()
        .current_dir(dir.path())
        .args([
            "check",
            "c",
            "--select",
            "repeated-block",
            "--write-baseline",
            "base.json",
        ])
        .assert()
        .code(0);
    let base = std::fs::read_to_string(dir.path().join("base.json")).unwrap();
    assert!(base.contains("\"count\": 2"), "{base}");
    // A fourth copy is a new finding, not one the baseline already records.
    let mut four = three.to_vec();
    four.extend([
        "Troisième intermède : le marché de Noël ouvrira ses portes vendredi.",
        x,
    ]);
    write(dir.path(), "c/a.txt", &text(&four));
    // (A text three times in one file is `info`: --fail-on info makes the new one fail.)
    let (code, r) = json_in(
        dir.path(),
        &[
            "c",
            "--select",
            "repeated-block",
            "--baseline",
            "base.json",
            "--fail-on",
            "info",
        ],
    );
    assert_eq!(r["summary"]["findings"], 1, "{r:#}");
    assert_eq!(r["summary"]["baseline"]["suppressed"], 2);
    assert_eq!(code, 1);
}

#[test]
fn focus_mode_gives_the_whole_check_s_findings_that_touch_the_focus() {
    // The files outside the focus only give the corpus rules what they need (their own
    // findings are not computed): every finding that touches the focus must still be there,
    // the same as in a check of the whole corpus, and a cache written in focus mode must not
    // change a later check of the whole corpus.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    for folder in ["seeds", "tests/fixtures/artifacts", "tests/fixtures/near"] {
        for e in std::fs::read_dir(Path::new(root).join(folder)).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
        }
    }
    // Names spelt two ways across files, and furniture in five files, for the corpus rules.
    for i in 0..5 {
        write(
            &corpus,
            &format!("depeche{i}.txt"),
            &format!("Une dépêche du jour, la numéro {i}, sur la visite du président à Instanbul et ses suites.\n\nPartager sur Facebook\n\nRédaction du service étranger\n"),
        );
    }
    let findings = |args: &[&str]| -> Vec<serde_json::Value> {
        let (_, r) = json_in(dir.path(), args);
        r["findings"].as_array().unwrap().clone()
    };
    let whole = findings(&["--isolated", "--no-cache", "c"]);
    let whole_files =
        json_in(dir.path(), &["--isolated", "--no-cache", "c"]).1["summary"]["files"].clone();
    let rules: std::collections::BTreeSet<&str> =
        whole.iter().map(|f| f["rule"].as_str().unwrap()).collect();
    for rule in [
        "entity-variant",
        "boilerplate",
        "near-duplicate",
        "anglicism",
    ] {
        assert!(rules.contains(rule), "{rule} missing: {rules:?}");
    }
    let mut files: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| format!("c/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    files.sort();
    let cache = dir.path().join("cache");
    for file in &files {
        let touches = |f: &&serde_json::Value| {
            f["location"]["path"] == file.as_str()
                || f["related"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|l| l["path"] == file.as_str()))
        };
        let expected: Vec<serde_json::Value> = whole.iter().filter(touches).cloned().collect();
        let cache_dir = cache.to_str().unwrap();
        let got = findings(&[
            "--isolated",
            "--cache-dir",
            cache_dir,
            "--corpus",
            "c",
            file,
        ]);
        assert_eq!(got, expected, "{file}");
    }
    let after = findings(&["--isolated", "--cache-dir", cache.to_str().unwrap(), "c"]);
    assert_eq!(after, whole);
    // However the file is named, the focus is that file, and the order of the corpus (which
    // copy of a text comes first) does not change with the spelling; a folder is its files.
    let agence = |f: &&serde_json::Value| {
        f["location"]["path"] == "c/agence.txt"
            || f["related"]
                .as_array()
                .is_some_and(|r| r.iter().any(|l| l["path"] == "c/agence.txt"))
    };
    let expected: Vec<serde_json::Value> = whole.iter().filter(agence).cloned().collect();
    assert!(!expected.is_empty());
    let absolute = corpus.join("agence.txt").to_string_lossy().into_owned();
    for spelling in ["./c/agence.txt", "c/../c/agence.txt", absolute.as_str()] {
        let got = findings(&["--isolated", "--no-cache", "--corpus", "c", spelling]);
        assert_eq!(got, expected, "{spelling}");
    }
    let got = findings(&["--isolated", "--no-cache", "--corpus", "c", "c/"]);
    assert_eq!(got, whole);
    // A file the configuration excludes is not read, and no finding touches it: the report is
    // empty, not the whole corpus's.
    let excluded = [
        "--isolated",
        "--no-cache",
        "--exclude",
        "**/depeche0.txt",
        "--corpus",
        "c",
        "c/depeche0.txt",
    ];
    assert_eq!(findings(&excluded), Vec::<serde_json::Value>::new());
    // The same with a glob relative to the corpus folder, as the walk of the folder applies
    // it (pre-commit names the file, under the folder given as the corpus).
    write(&corpus, "brouillons/note.txt", SLIP);
    let drafts = [
        "--isolated",
        "--no-cache",
        "--exclude",
        "brouillons/**",
        "--corpus",
        "c",
        "c/brouillons/note.txt",
    ];
    assert_eq!(findings(&drafts), Vec::<serde_json::Value>::new());
    let (_, r) = json_in(dir.path(), &drafts);
    assert_eq!(r["summary"]["files"], whole_files, "the draft is not read");
}

#[test]
fn config_output_read_back_changes_no_finding() {
    // `relire config` printed into relire.toml must leave every finding as it was, an `info`
    // lexicon entry of a `warning` rule included.
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{SLIP}\nEnvoyez-nous un e-mail demain matin pour confirmer la réservation de la salle.\n"
    );
    write(dir.path(), "c/a.txt", &text);
    let (_, before) = json_in(dir.path(), &["c", "--isolated"]);
    let severities = |r: &serde_json::Value| -> Vec<String> {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {}", f["rule"], f["severity"]))
            .collect()
    };
    assert!(
        severities(&before).iter().any(|s| s.ends_with("\"info\"")),
        "{before:#}"
    );
    let printed = relire()
        .current_dir(dir.path())
        .args(["config", "--isolated"])
        .output()
        .unwrap();
    assert!(printed.status.success());
    write(
        dir.path(),
        "relire.toml",
        &String::from_utf8(printed.stdout).unwrap(),
    );
    let (_, after) = json_in(dir.path(), &["c"]);
    assert_eq!(severities(&before), severities(&after));
}

#[test]
fn rule_codes_act_like_rule_names() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "c/a.txt",
        &format!("{SLIP}\nLa la réunion commence.\n"),
    );
    let (_, by_name) = json_in(dir.path(), &["c", "--isolated", "--select", "anglicism"]);
    let (_, by_code) = json_in(dir.path(), &["c", "--isolated", "--select", "T003"]);
    assert_eq!(rules_of(&by_name), vec!["anglicism"]);
    assert_eq!(by_name, by_code);
    let (_, ignored) = json_in(dir.path(), &["c", "--isolated", "--ignore", "t003"]);
    assert!(!rules_of(&ignored).contains(&"anglicism".to_string()));
    assert!(!rules_of(&ignored).is_empty(), "other rules still run");

    for cfg in [
        "[rules.T003]\nenabled = false\n",
        "[[ignore]]\nrule = \"T003\"\nreason = \"checked by hand\"\n",
        "[[overrides]]\npaths = [\"c/**\"]\nrules = { T003 = { enabled = false } }\n",
    ] {
        write(dir.path(), "relire.toml", cfg);
        let (_, r) = json_in(dir.path(), &["c"]);
        assert!(!rules_of(&r).contains(&"anglicism".to_string()), "{cfg}");
        assert!(!rules_of(&r).is_empty(), "{cfg}");
    }
    // `--select` names a rule the file disables: the flag wins.
    write(
        dir.path(),
        "relire.toml",
        "[rules.anglicism]\nenabled = false\n",
    );
    let (_, r) = json_in(dir.path(), &["c", "--select", "anglicism"]);
    assert_eq!(rules_of(&r), vec!["anglicism"]);

    // One rule set twice, by its name and its code: an error naming the line.
    write(
        dir.path(),
        "relire.toml",
        "[rules.anglicism]\nseverity = \"info\"\n[rules.T003]\nenabled = false\n",
    );
    relire()
        .current_dir(dir.path())
        .args(["check", "c"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("set twice, as `T003` and as `anglicism`")
                .and(predicate::str::contains("line")),
        );
}
