//! relire as a pre-commit hook, tested with the real `pre-commit` (from PyPI): a temporary git
//! repository with a seeds folder, `pre-commit try-repo` against this repository.
//!
//! Skipped with a message when `pre-commit` is not installed, unless RELIRE_REQUIRE_TOOLS=1
//! (CI sets it after `pip install pre-commit`).

use std::path::Path;
use std::process::Command;

const OLD: &str = "Les ministres européens de l'énergie se sont réunis jeudi à Bruxelles pour discuter du prix du gaz et des réserves pour l'hiver prochain. Selon le communiqué final, les États membres se sont engagés à remplir leurs stocks avant le premier novembre.\n";
const OTHER: &str = "Le festival de musique de la ville accueillera cette année plus de quarante groupes venus de toute l'Europe, sur trois scènes installées dans le parc.\n";

fn git(dir: &Path, args: &[&str]) {
    let ok = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .status()
        .unwrap()
        .success();
    assert!(ok, "git {args:?}");
}

fn pre_commit_available() -> bool {
    let found = Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("RELIRE_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "pre-commit is required (RELIRE_REQUIRE_TOOLS=1) but not installed"
        );
        eprintln!("skipped: pre-commit not found (pip install pre-commit to run this test)");
    }
    found
}

/// Stage `name` with `text` and run the hook on the staged files: (exit success, output).
fn try_commit(repo: &Path, home: &Path, name: &str, text: &str) -> (bool, String) {
    std::fs::write(repo.join(name), text).unwrap();
    git(repo, &["add", name]);
    let out = Command::new("pre-commit")
        .current_dir(repo)
        .env("PRE_COMMIT_HOME", home)
        .env(
            "CARGO_TARGET_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/target/pre-commit"),
        )
        .args([
            "try-repo",
            env!("CARGO_MANIFEST_DIR"),
            "relire",
            "--verbose",
        ])
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    git(repo, &["reset", "-q", "HEAD", "--", name]);
    std::fs::remove_file(repo.join(name)).unwrap();
    (out.status.success(), all)
}

#[test]
fn hook_fails_a_near_copy_passes_a_clean_seed_and_reports_a_slip() {
    if !pre_commit_available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    let home = tmp.path().join("pre-commit-home");
    std::fs::create_dir_all(repo.join("seeds")).unwrap();
    git(&repo, &["init", "-q"]);
    std::fs::write(repo.join("seeds/old.txt"), OLD).unwrap();
    std::fs::write(repo.join("seeds/other.txt"), OTHER).unwrap();
    std::fs::write(repo.join("relire.toml"), "paths = [\"seeds\"]\n").unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "corpus"]);

    let copy = OLD.replace("jeudi", "mardi");
    let (ok, out) = try_commit(&repo, &home, "seeds/copy.txt", &copy);
    assert!(
        !ok,
        "a near copy of an existing seed must fail the commit:\n{out}"
    );
    assert!(
        out.contains("near-duplicate") && out.contains("seeds/old.txt"),
        "{out}"
    );

    let clean = "La bibliothèque municipale ouvre désormais le dimanche matin, de dix heures à midi, pour le plus grand plaisir des familles.\n";
    let (ok, out) = try_commit(&repo, &home, "seeds/clean.txt", clean);
    assert!(ok, "a clean new seed must pass:\n{out}");

    let slip = "Les communications des ministres sont désormais protégées par un cryptage de bout en bout.\n";
    let (ok, out) = try_commit(&repo, &home, "seeds/slip.txt", slip);
    assert!(
        !ok && out.contains("anglicism") && out.contains("cryptage"),
        "{out}"
    );
}
