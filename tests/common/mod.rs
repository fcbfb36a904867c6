#![allow(dead_code)]
use assert_cmd::Command;
use serde_json::Value;

pub fn relire() -> Command {
    Command::cargo_bin("relire").unwrap()
}

/// Run `relire check --format json ARGS` and return (exit code, parsed report).
pub fn check_json(args: &[&str]) -> (i32, Value) {
    let out = relire()
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(args)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), report)
}

pub fn findings<'a>(report: &'a Value, rule: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Every path a finding points at (primary and related).
pub fn paths(f: &Value) -> Vec<String> {
    let mut v = vec![f["location"]["path"].as_str().unwrap().to_string()];
    for r in f["related"].as_array().unwrap() {
        v.push(r["path"].as_str().unwrap().to_string());
    }
    v
}

/// The diff of a finding as (left, right) pairs.
pub fn diff(f: &Value) -> Vec<(String, String)> {
    f["diff"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|c| {
                    (
                        c["left"].as_str().unwrap().to_string(),
                        c["right"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}
