//! The incremental cache: a run that uses it gives the report of a run without it, byte for
//! byte, whatever changed in between; a damaged cache is rebuilt with a warning; the corpus is
//! never written to.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// A corpus of 10 files (enough for the corpus-wide rules) in a fresh folder: `<tmp>/corpus`.
fn corpus() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("corpus");
    std::fs::create_dir_all(&dest).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = [
        root.join("seeds"),
        root.join("tests/fixtures/artifacts"),
        root.join("tests/fixtures/near"),
        root.join("tests/fixtures/repeat"),
    ];
    for dir in sources {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                std::fs::copy(&p, dest.join(p.file_name().unwrap())).unwrap();
            }
        }
    }
    tmp
}

/// `relire check --format json corpus ARGS` in `dir`: (stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (String, String) {
    let out = relire()
        .current_dir(dir)
        .args(["check", "--format", "json", "--fail-on", "never", "corpus"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn cache_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| {
            r.map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "bin"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Every file under `dir` (recursively), with its content.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(snapshot(&p));
        } else {
            let c = std::fs::read(&p).unwrap();
            v.push((p, c));
        }
    }
    v.sort();
    v
}

#[test]
fn cached_runs_give_the_report_of_a_fresh_run_after_edits_additions_and_deletions() {
    let tmp = corpus();
    let dir = tmp.path();
    let files = snapshot(&dir.join("corpus"));
    let fresh = || run(dir, &["--no-cache"]).0;

    // Cold: the cache is created beside the corpus (in the working folder), not in it.
    let (cold, err) = run(dir, &[]);
    assert_eq!(cold, fresh());
    assert!(err.is_empty(), "{err}");
    let cache_dir = dir.join(".relire-cache");
    assert_eq!(cache_files(&cache_dir).len(), 1);
    assert!(cache_dir.join(".gitignore").is_file());
    assert_eq!(
        snapshot(&dir.join("corpus")),
        files,
        "the corpus was written to"
    );

    // Warm, nothing changed: same report, cache file untouched.
    let bin = cache_files(&cache_dir).remove(0);
    let before = std::fs::read(&bin).unwrap();
    assert_eq!(run(dir, &[]).0, cold);
    assert_eq!(std::fs::read(&bin).unwrap(), before);

    // Edit one file: a slip and a copied paragraph appear.
    let edited = dir.join("corpus/suite.txt");
    let mut text = std::fs::read_to_string(&edited).unwrap();
    let copied = std::fs::read_to_string(dir.join("corpus/agence.txt")).unwrap();
    text.push_str("\nLes messages sont cryptés de bout en bout par l'application.\n\n");
    text.push_str(&copied);
    std::fs::write(&edited, text).unwrap();
    let (warm, _) = run(dir, &[]);
    assert_eq!(warm, fresh());
    assert_ne!(warm, cold, "the edit changes the report");
    assert_ne!(
        std::fs::read(&bin).unwrap(),
        before,
        "the cache was updated"
    );

    // Add a file, then delete one.
    std::fs::write(
        dir.join("corpus/nouveau.txt"),
        "Le secrétaire général d'Interpol, Juergen Stock, a parlé à Instanbul.\n",
    )
    .unwrap();
    assert_eq!(run(dir, &[]).0, fresh());
    std::fs::remove_file(dir.join("corpus/reprise.txt")).unwrap();
    assert_eq!(run(dir, &[]).0, fresh());

    // Focus mode (pre-commit passes the changed files): the same cache file, and a run on part
    // of the corpus keeps the entries of the other files.
    let focus = relire()
        .current_dir(dir)
        .args(["check", "--format", "json", "--fail-on", "never"])
        .args(["--corpus", "corpus", "corpus/suite.txt"])
        .output()
        .unwrap();
    assert!(
        focus.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&focus.stderr)
    );
    let one = relire()
        .current_dir(dir)
        .args([
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "corpus/suite.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(one.status.code(), Some(0));
    let bin = cache_files(&cache_dir).remove(0);
    let before = std::fs::read(&bin).unwrap();
    assert_eq!(run(dir, &[]).0, fresh());
    assert_eq!(
        std::fs::read(&bin).unwrap(),
        before,
        "every entry was still there"
    );

    // The cache folder is never read as part of the corpus, even without ignore rules.
    let (all, _) = run(dir, &["--no-ignore", "--extension", "bin,txt"]);
    assert!(!all.contains(".relire-cache"));

    // Other settings: another cache file, the first one kept.
    let (other, _) = run(dir, &["--select", "false-friend,anglicism"]);
    assert_eq!(
        other,
        run(dir, &["--select", "false-friend,anglicism", "--no-cache"]).0
    );
    // (Which files are read is not a setting of the entries: --extension used the same file.)
    assert_eq!(cache_files(&cache_dir).len(), 2);
}

#[test]
fn the_cache_is_really_used() {
    // An entry is trusted for the same path and text: change what the cache says a file holds
    // and the report shows it, which proves the warm run read the entry instead of recomputing.
    use relire::cache::{content_hash, settings_key, Cache};
    use relire::corpus::Corpus;
    use relire::{check_cached, CheckOptions};
    let corpus = Corpus::from_texts([(
        "a.txt",
        "Les données sont cryptées par la plateforme depuis le mois dernier.\n",
    )]);
    let opts = CheckOptions::default();
    let tmp = tempfile::tempdir().unwrap();
    let key = settings_key(&["test"]);
    let (cold, mut entries) = check_cached(&corpus, &opts, Some(&mut Cache::open(tmp.path(), key)));
    assert_eq!(cold.findings[0].rule, "anglicism");
    let e = entries.get_mut("a.txt").unwrap();
    assert_eq!(e.content, content_hash(&corpus.documents[0]));
    e.outcome.as_mut().unwrap().findings[0].message = "from the cache".into();
    Cache::open(tmp.path(), key).save(entries).unwrap();
    let mut cache = Cache::open(tmp.path(), key);
    assert_eq!(cache.len(), 1);
    let (warm, _) = check_cached(&corpus, &opts, Some(&mut cache));
    assert_eq!(warm.findings[0].message, "from the cache");

    // Another text at the same path: the entry is not used.
    let changed = Corpus::from_texts([(
        "a.txt",
        "Les données sont cryptées par la plateforme depuis la semaine dernière.\n",
    )]);
    let mut cache = Cache::open(tmp.path(), key);
    let (fresh, _) = check_cached(&changed, &opts, Some(&mut cache));
    assert_ne!(fresh.findings[0].message, "from the cache");
}

#[test]
fn a_damaged_cache_is_ignored_with_a_warning_and_rebuilt() {
    let tmp = corpus();
    let dir = tmp.path();
    let cache_dir = dir.join("elsewhere");
    let dir_arg = ["--cache-dir", "elsewhere"];
    let (cold, _) = run(dir, &dir_arg);
    assert!(
        !dir.join(".relire-cache").exists(),
        "--cache-dir is honoured"
    );
    let bin = cache_files(&cache_dir).remove(0);
    let good = std::fs::read(&bin).unwrap();
    let mut bad = good.clone();
    let mid = bad.len() / 2;
    bad[mid] ^= 0xff;
    for damaged in [bad, good[..good.len() / 3].to_vec(), b"garbage".to_vec()] {
        std::fs::write(&bin, &damaged).unwrap();
        let (report, err) = run(dir, &dir_arg);
        assert_eq!(report, cold);
        assert!(
            err.contains("warning: ignoring the cache file") && err.contains("rebuilt"),
            "{err}"
        );
        // Rebuilt: the next run reads it without a warning.
        let (report, err) = run(dir, &dir_arg);
        assert_eq!(report, cold);
        assert!(err.is_empty(), "{err}");
    }
}

#[cfg(unix)]
#[test]
fn a_cache_folder_that_is_not_a_folder_is_named_once() {
    // A file, a link to /dev/null and a link to nothing gave two warnings ending in
    // "Not a directory" and "File exists".
    let tmp = corpus();
    let dir = tmp.path();
    let (expected, _) = run(dir, &["--no-cache"]);
    let cache = dir.join(".relire-cache");
    let file = || std::fs::write(&cache, "not a folder").unwrap();
    let null = || std::os::unix::fs::symlink("/dev/null", &cache).unwrap();
    let dangling = || std::os::unix::fs::symlink("nowhere", &cache).unwrap();
    let makers: [&dyn Fn(); 3] = [&file, &null, &dangling];
    for make in makers {
        make();
        let before = std::fs::symlink_metadata(&cache).unwrap();
        let (report, stderr) = run(dir, &[]);
        assert_eq!(report, expected);
        assert_eq!(
            stderr,
            "relire: warning: the cache folder ./.relire-cache is not a folder; the cache is not \
             used\n"
        );
        let after = std::fs::symlink_metadata(&cache).unwrap();
        assert_eq!(before.file_type(), after.file_type());
        assert_eq!(before.len(), after.len());
        assert!(!dir.join("nowhere").exists());
        std::fs::remove_file(&cache).unwrap();
    }
}

#[test]
fn no_cache_writes_nothing() {
    let tmp = corpus();
    let dir = tmp.path();
    let before = snapshot(dir);
    run(dir, &["--no-cache"]);
    assert_eq!(snapshot(dir), before);
}

#[test]
fn a_cache_folder_inside_the_corpus_is_not_used() {
    // Its `.gitignore` (`*`) hid every file of the corpus from the next run, which found none.
    let tmp = corpus();
    let dir = tmp.path();
    let (expected, _) = run(dir, &["--no-cache"]);
    let before = snapshot(&dir.join("corpus"));
    for cache_dir in ["corpus", "corpus/cache", "./corpus/../corpus/new/cache"] {
        for _ in 0..2 {
            let (report, stderr) = run(dir, &["--cache-dir", cache_dir]);
            assert_eq!(report, expected, "--cache-dir {cache_dir}");
            assert!(
                stderr.contains("inside the corpus folder corpus"),
                "{cache_dir}: {stderr}"
            );
        }
        assert_eq!(snapshot(&dir.join("corpus")), before, "{cache_dir}");
    }
    // A folder named like the default one is skipped by the walk: it is used.
    let (report, stderr) = run(dir, &["--cache-dir", "corpus/.relire-cache"]);
    assert_eq!(report, expected);
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(cache_files(&dir.join("corpus/.relire-cache")).len(), 1);
    assert_eq!(
        run(dir, &["--cache-dir", "corpus/.relire-cache"]).0,
        expected
    );
}

#[test]
fn the_cache_goes_beside_the_configuration_file() {
    let tmp = corpus();
    let dir = tmp.path();
    std::fs::write(dir.join("relire.toml"), "paths = [\"corpus\"]\n").unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let out = relire()
        .current_dir(dir.join("sub"))
        .args(["check", "--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(cache_files(&dir.join(".relire-cache")).len(), 1);
    assert!(!dir.join("sub/.relire-cache").exists());
}

#[test]
fn concurrent_runs_leave_a_readable_cache() {
    let tmp = corpus();
    let dir = tmp.path();
    let (expected, _) = run(dir, &["--no-cache"]);
    let children: Vec<std::process::Child> = (0..4)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("relire"))
                .current_dir(dir)
                .args(["check", "--format", "json", "--fail-on", "never", "corpus"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // No temporary file left behind, and the cache reads back without a warning.
    let left: Vec<_> = std::fs::read_dir(dir.join(".relire-cache"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let (report, err) = run(dir, &[]);
    assert_eq!(report, expected);
    assert!(err.is_empty(), "{err}");
}
