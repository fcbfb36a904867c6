//! Command-line behaviour: exit codes, errors, output file, rules and explain, determinism.

mod common;
use common::*;
use predicates::prelude::*;

fn seeds() -> String {
    format!("{}/seeds", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn exit_codes_follow_fail_on() {
    relire().args(["check", &fixture("clean")]).assert().code(0);
    relire()
        .args(["check", &fixture("repeat")])
        .assert()
        .code(1);
    relire()
        .args(["check", "--fail-on", "error", &fixture("repeat")])
        .assert()
        .code(0);
    relire()
        .args(["check", "--fail-on", "never", &fixture("repeat")])
        .assert()
        .code(0);
    // shared-passage is info: it fails only with --fail-on info.
    relire()
        .args(["check", &fixture("passage")])
        .assert()
        .code(0);
    relire()
        .args(["check", "--fail-on", "info", &fixture("passage")])
        .assert()
        .code(1);
}

#[test]
fn usage_errors_exit_2() {
    relire()
        .args(["check", "--threshold", "1.5", "."])
        .assert()
        .code(2);
    relire()
        .args(["check", "--format", "yaml", "."])
        .assert()
        .code(2);
    relire()
        .args(["check", "--select", "no-such-rule", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-rule"));
    relire()
        .args(["check", "--include", "[", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid glob"));
    relire()
        .args(["explain", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule"));
    relire().arg("frobnicate").assert().code(2);
}

#[test]
fn missing_path_is_reported_and_the_run_goes_on() {
    relire()
        .args(["check", "does/not/exist", &fixture("repeat")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does/not/exist"))
        .stdout(predicate::str::contains("repeated-block"));
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_named_and_others_are_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "texte").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::copy(
        fixture("repeat/conseil.txt"),
        dir.path().join("conseil.txt"),
    )
    .unwrap();
    let mut args = vec![dir.path().to_str().unwrap().to_string()];
    if std::fs::read(&secret).is_ok() {
        // Running as root: permissions are not enforced. A file that no one can read instead:
        // /proc/self/mem fails with EIO at offset 0. The walk does not follow links, so the
        // link is named on the command line.
        std::fs::remove_file(&secret).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", &secret).unwrap();
        args.push(secret.to_str().unwrap().to_string());
    }
    relire()
        .arg("check")
        .args(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("secret.txt"))
        .stdout(predicate::str::contains("repeated-block"));
}

#[cfg(unix)]
#[test]
fn a_named_pipe_or_a_device_named_is_reported_and_the_run_goes_on() {
    // They were left out without a word: `relire check x.txt` said "0 files" and exited 0.
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("z.txt");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let fifo = dir.path().join("x.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let mut named = vec![zero];
    if made.is_ok_and(|s| s.success()) {
        named.push(fifo);
    }
    for path in named {
        relire()
            .arg("check")
            .arg(&path)
            .arg(fixture("repeat"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{}: not a file or a folder",
                path.display()
            )))
            .stdout(predicate::str::contains("repeated-block"));
    }
    // In a folder, they are not text files of the corpus: skipped like the others.
    relire()
        .args(["check", "--fail-on", "never"])
        .arg(dir.path())
        .assert()
        .code(0);
}

#[test]
fn text_report_looks_like_a_compiler_diagnostic() {
    relire()
        .args(["check", &fixture("near")])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "near/agence.txt:1:1: warning D002 [near-duplicate]",
        ))
        .stdout(predicate::str::contains(
            "= differs: \"Bruxelles\" → \"Bruxeles\"",
        ))
        .stdout(predicate::str::contains("4 findings in 2 files"));
}

#[test]
fn quiet_prints_findings_only() {
    let out = relire()
        .args(["check", "-q", &fixture("near")])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("[near-duplicate]"));
    assert!(!s.contains("findings in"));
}

#[test]
fn output_file_is_written_and_corpus_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for f in ["agence.txt", "reprise.txt"] {
        std::fs::copy(format!("{}/{f}", fixture("near")), corpus.join(f)).unwrap();
    }
    let before: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let snapshot: Vec<Vec<u8>> = before.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let out = dir.path().join("report.json");
    relire()
        .args([
            "check",
            "--format",
            "json",
            "-o",
            out.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stdout("");
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(report["tool"]["name"], "relire");
    let after: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(before.len(), after.len());
    for (p, bytes) in before.iter().zip(&snapshot) {
        assert_eq!(&std::fs::read(p).unwrap(), bytes);
    }
    // The report file has the permissions of any new file (not a temporary file's owner-only
    // ones).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let plain = dir.path().join("plain");
        std::fs::write(&plain, "").unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&out), mode(&plain));
        // An existing report keeps its own permissions, whatever the umask.
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o664)).unwrap();
        relire()
            .args([
                "check",
                "-o",
                out.to_str().unwrap(),
                corpus.to_str().unwrap(),
            ])
            .assert()
            .code(1);
        assert_eq!(mode(&out), 0o664);
    }
    // A report or a baseline aimed at a file of the corpus is refused, and the file is kept;
    // nothing else is written either.
    let target = &before[0];
    let baseline = dir.path().join("base.json");
    relire()
        .args([
            "check",
            "--write-baseline",
            baseline.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ])
        .assert()
        .code(2);
    assert!(!baseline.exists());
    for flag in ["-o", "--write-baseline"] {
        relire()
            .args([
                "check",
                flag,
                target.to_str().unwrap(),
                corpus.to_str().unwrap(),
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("a file of the corpus"));
        assert_eq!(std::fs::read(target).unwrap(), snapshot[0]);
    }
}

/// A temporary folder holding an empty corpus folder `c`, for the tests of odd file names.
#[cfg(target_os = "linux")]
fn corpus_folder() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    (dir, corpus)
}

#[cfg(target_os = "linux")]
#[test]
fn a_corpus_file_whose_name_is_not_utf8_is_not_overwritten() {
    // The file is reported as `c/\u{fffd}.txt`, a path that names no file: `-o c/\xff.txt`
    // and `--write-baseline c/\xff.txt` replaced it with the report.
    use std::os::unix::ffi::OsStrExt;
    let (_dir, corpus) = corpus_folder();
    let file = corpus.join(std::ffi::OsStr::from_bytes(b"\xff.txt"));
    let text = std::fs::read(format!("{}/agence.txt", fixture("near"))).unwrap();
    std::fs::write(&file, &text).unwrap();
    for flag in ["--output", "--write-baseline"] {
        relire()
            .args(["check", "--no-cache", "--fail-on", "never", flag])
            .arg(&file)
            .arg(&corpus)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("refusing to write over"));
        assert_eq!(std::fs::read(&file).unwrap(), text, "{flag}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn two_names_that_are_not_utf8_stay_two_paths() {
    // Both were reported as `c/\u{fffd}.txt`: one file's text was shown for the other's findings.
    use std::os::unix::ffi::OsStrExt;
    let (dir, corpus) = corpus_folder();
    let long = std::fs::read(fixture("artifacts/article.txt")).unwrap();
    std::fs::write(corpus.join(std::ffi::OsStr::from_bytes(b"\xff.txt")), long).unwrap();
    let short = corpus.join(std::ffi::OsStr::from_bytes(b"\xfe.txt"));
    std::fs::write(
        &short,
        "Les ministres ont ont parlé du budget de la ville.\n",
    )
    .unwrap();
    let out = relire()
        .current_dir(dir.path())
        .args([
            "check",
            "--no-cache",
            "--fail-on",
            "never",
            "--format",
            "json",
            "c",
        ])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut seen: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["location"]["path"].as_str().unwrap())
        .collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen, [r"c/\xFE.txt", r"c/\xFF.txt"]);
    // The snippet of the short file's stutter is its own text; in focus mode, its findings only.
    let out = relire()
        .current_dir(dir.path())
        .args(["check", "--no-cache", "--fail-on", "never", "--corpus", "c"])
        .arg(short.strip_prefix(dir.path()).unwrap())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("c/\\xFE.txt:1:15: warning T007 [stutter] « ont ont »")
            && text.contains("   | ont ont\n")
            && !text.contains(r"c/\xFF.txt:"),
        "{text}"
    );
}

// Linux only, like the test above: other systems refuse a name that is not UTF-8.
#[cfg(target_os = "linux")]
#[test]
fn a_file_name_with_a_newline_or_a_backslash_keeps_the_report_s_lines() {
    use std::os::unix::ffi::OsStrExt;
    let (dir, corpus) = corpus_folder();
    let text = "Les ministres ont ont parlé du budget de la ville.\n";
    std::fs::write(corpus.join("a\nb.txt"), text).unwrap();
    std::fs::write(corpus.join(std::ffi::OsStr::from_bytes(b"\xff.txt")), text).unwrap();
    let run = |format: &str| {
        let out = relire()
            .current_dir(dir.path())
            .args([
                "check",
                "--no-cache",
                "--fail-on",
                "never",
                "--select",
                "stutter",
                "--format",
                format,
                "c",
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    // Each finding's heading is one line, the newline written as `\n`.
    let text = run("text");
    let headings: Vec<&str> = text.lines().filter(|l| l.contains("[stutter]")).collect();
    assert_eq!(headings.len(), 2, "{text}");
    assert!(
        headings[0].starts_with(r"c/\xFF.txt:1:15: warning"),
        "{text}"
    );
    assert!(
        headings[1].starts_with(r"c/a\nb.txt:1:15: warning"),
        "{text}"
    );
    // GitHub's annotations keep the backslash of `\xFF` (off Windows, a character of the name).
    let github = run("github");
    assert!(github.contains(r"file=c/\xFF.txt,"), "{github}");
    assert!(github.contains("file=c/a%0Ab.txt,"), "{github}");
}

#[test]
fn a_new_report_is_refused_where_the_next_run_would_read_it() {
    // A Markdown report written into the corpus folder would be checked as text by every later
    // run; one the walk leaves out (git-ignored, excluded, hidden, or of an extension relire
    // does not read) is written.
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(seeds.join("reports")).unwrap();
    std::fs::create_dir_all(seeds.join("out")).unwrap();
    std::fs::write(
        seeds.join("a.txt"),
        "Les données échangées sont cryptées depuis le mois dernier.\n",
    )
    .unwrap();
    std::fs::write(seeds.join(".gitignore"), "reports/\n").unwrap();
    let check = |out: &str, extra: &[&str]| {
        relire()
            .current_dir(dir.path())
            .args([
                "check",
                "seeds",
                "--format",
                "markdown",
                "-q",
                "--no-cache",
                "-o",
                out,
            ])
            .args(extra)
            .assert()
    };
    check("seeds/rapport.md", &[])
        .code(2)
        .stderr(predicate::str::contains(
            "would be read as a file of the corpus",
        ));
    assert!(!seeds.join("rapport.md").exists());
    for (out, extra) in [
        ("seeds/reports/rapport.md", &[][..]),
        ("seeds/out/rapport.md", &["--exclude", "out/**"][..]),
        ("seeds/.rapport.md", &[][..]),
        ("seeds/rapport.html", &[][..]),
        ("rapport.md", &[][..]),
    ] {
        check(out, extra).code(1);
        assert!(dir.path().join(out).exists(), "{out}");
    }
}

#[test]
fn json_report_has_the_documented_fields() {
    let (_, r) = check_json(&[&fixture("near")]);
    for key in ["files", "paragraphs", "findings", "by_rule"] {
        assert!(r["summary"].get(key).is_some(), "summary.{key}");
    }
    assert_eq!(r["tool"]["version"], env!("CARGO_PKG_VERSION"));
    let f = &r["findings"][0];
    for key in [
        "rule",
        "code",
        "severity",
        "message",
        "location",
        "related",
        "similarity",
        "diff",
        "fingerprint",
    ] {
        assert!(f.get(key).is_some(), "finding.{key}");
    }
    for key in ["path", "start_line", "end_line", "start_byte", "end_byte"] {
        assert!(f["location"].get(key).is_some(), "location.{key}");
        assert!(f["related"][0].get(key).is_some(), "related.{key}");
    }
}

#[test]
fn report_is_identical_whatever_the_thread_count_and_path_order() {
    let run = |args: &[&str]| {
        relire()
            .arg("check")
            .arg("--format")
            .arg("json")
            .args(args)
            .output()
            .unwrap()
            .stdout
    };
    let fixtures = fixture("");
    let one = run(&["-j", "1", &fixtures, &seeds()]);
    let two = run(&["-j", "2", &seeds(), &fixtures]);
    let four = run(&["-j", "4", &fixtures, &seeds()]);
    assert!(!one.is_empty());
    assert_eq!(one, two);
    assert_eq!(one, four);
}

#[test]
fn a_huge_job_count_runs_at_most_four_threads_a_core() {
    // `--jobs 100000` started 100,000 threads: minutes for a few files.
    let run = |jobs: &str| {
        let out = relire()
            .args(["check", "--format", "json", "--no-cache", "--jobs", jobs])
            .arg(fixture("repeat"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        out.stdout
    };
    assert_eq!(run("100000"), run("1"));
}

#[test]
fn rules_and_explain() {
    relire()
        .arg("rules")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("D001  repeated-block"));
    relire()
        .args(["explain", "near-duplicate"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("# near-duplicate (D002)"));
    relire()
        .args(["explain", "D003"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("shared-passage"));
}

#[test]
fn include_and_exclude_globs() {
    let (_, r) = check_json(&[&fixture(""), "--include", "near/*.txt"]);
    assert_eq!(r["summary"]["files"], 2);
    let (_, r) = check_json(&[&fixture(""), "--exclude", "encodings", "--exclude", "near"]);
    let files: Vec<String> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(paths)
        .collect();
    assert!(files
        .iter()
        .all(|p| !p.contains("/near/") && !p.contains("/encodings/")));
}

#[test]
fn an_include_glob_naming_another_extension_is_explained() {
    // `--include '*.html'` narrows the files taken from folders; it does not add the extension,
    // and the files it names are listed as skipped with the flag that reads them.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("page.html"), "Le cryptage des données.\n").unwrap();
    std::fs::write(dir.path().join("note.txt"), "Une note.\n").unwrap();
    std::fs::create_dir(dir.path().join("img")).unwrap();
    std::fs::write(dir.path().join("img/photo.jpg"), [0xffu8, 0xd8, 0xff, 0]).unwrap();
    let d = dir.path().to_str().unwrap();
    // A glob of folders names no extension: the photo is left out silently.
    let (code, r) = check_json(&[d, "--include", "*.html", "--include", "img/**"]);
    assert_eq!(code, 0);
    assert_eq!(r["summary"]["files"], 0);
    let skipped: Vec<String> = r["summary"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| format!("{} {}", n["path"], n["message"]))
        .collect();
    assert_eq!(skipped.len(), 1, "{skipped:#?}");
    assert!(skipped[0].contains("page.html") && skipped[0].contains("--extension html"));
    // With the extension, the glob selects the file; without a glob nothing is listed.
    let (_, r) = check_json(&[d, "--include", "*.html", "--extension", "html"]);
    assert_eq!(r["summary"]["files"], 1);
    assert_eq!(r["summary"]["skipped"].as_array().unwrap().len(), 0);
    let (_, r) = check_json(&[d]);
    assert_eq!(r["summary"]["files"], 1);
    assert_eq!(r["summary"]["skipped"].as_array().unwrap().len(), 0);
    // The text report says it as a note.
    relire()
        .args(["check", d, "--include", "*.html", "--no-cache"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "page.html: matches an include glob, but .html files are not read",
        ));
}

#[test]
fn seeds_text_report_snapshot() {
    let out = relire()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "seeds"])
        .output()
        .unwrap();
    insta::assert_snapshot!("seeds_text_report", String::from_utf8(out.stdout).unwrap());
}

#[test]
fn manual_pages_and_completions_come_from_the_cli_definition() {
    relire().arg("man").assert().code(0).stdout(
        predicate::str::contains(".TH relire 1").and(predicate::str::contains("relire\\-check(1)")),
    );
    // The page of `check`, with its options.
    relire().args(["man", "check"]).assert().code(0).stdout(
        predicate::str::contains(".TH relire-check 1")
            .and(predicate::str::contains("\\-\\-threshold"))
            .and(predicate::str::contains("\\-\\-write\\-baseline")),
    );
    relire()
        .args(["man", "no-such-command"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no command `no-such-command`"));
    relire()
        .args(["completions", "bash"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("--write-baseline")
                .and(predicate::str::contains("complete -F"))
                // The rules' names are offered after --select and to `explain`.
                .and(predicate::str::contains(
                    "compgen -W \"repeated-block near-duplicate",
                )),
        );
    // The names are not listed in the help, and a code or an unknown name still reaches relire.
    relire()
        .args(["check", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("repeated-block, near-duplicate").not());
    relire().args(["explain", "t003"]).assert().code(0);
}

#[cfg(unix)]
#[test]
fn output_to_a_pipe_or_through_a_link_keeps_the_pipe_and_the_link() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    // A named pipe (like /dev/null, not a file): written to, not replaced by a renamed file.
    let pipe = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
    };
    relire()
        .args([
            "check",
            "--fail-on",
            "never",
            "-o",
            pipe.to_str().unwrap(),
            &seeds(),
        ])
        .assert()
        .code(0);
    // Checked before joining: a pipe replaced by a file would leave the reader waiting.
    assert!(std::fs::symlink_metadata(&pipe)
        .unwrap()
        .file_type()
        .is_fifo());
    assert!(reader.join().unwrap().contains("repeated-block"));
    // A link to a report: the report is rewritten, the link stays a link.
    let real = dir.path().join("real.json");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    relire()
        .args([
            "check",
            "--fail-on",
            "never",
            "--format",
            "json",
            "-o",
            link.to_str().unwrap(),
            &seeds(),
        ])
        .assert()
        .code(0);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().contains("\"tool\""));
}
