//! Baselines: the findings recorded at one time, so that later runs report only new ones.
//! Entries are keyed by the finding's content fingerprint (rule, paths and comparison text of its
//! spans; no line numbers), so edits elsewhere in a file do not resurrect a recorded finding.
//! Several findings can share a fingerprint (a sentence pasted three times gives two
//! `repeated-block` findings with the same texts), so each entry counts its findings, and a
//! baseline hides at most that many: a fourth copy is new.

use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    /// For people reading the file; not used for matching (the first finding's message).
    pub message: String,
    /// How many findings have this fingerprint; written only when more than one.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub count: u32,
    /// The paths of the finding's related locations (the other copies of a duplicate), sorted;
    /// written only when there are some. Focus mode judges an entry when its path or one of
    /// these is a file of the focus.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
}

/// The files of a focus-mode check, spelt as [`crate::corpus::key_path`] spells them.
pub struct Focus<'a>(std::collections::HashSet<std::borrow::Cow<'a, str>>);

impl<'a> Focus<'a> {
    pub fn new(paths: &'a [String]) -> Focus<'a> {
        Focus(paths.iter().map(|p| crate::corpus::key_path(p)).collect())
    }

    /// Whether a check of the focus looks for the findings of `e`: its path or a related path
    /// is a file of the focus. Only such entries can be found stale, or be replaced by
    /// `--write-baseline`.
    pub fn judges(&self, e: &Entry) -> bool {
        let has = |p: &str| self.0.contains(&crate::corpus::key_path(p));
        has(&e.path) || e.related.iter().any(|p| has(p))
    }
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// A baseline file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

impl Baseline {
    /// The baseline of `findings`: one entry per (path, rule, fingerprint) with the number of
    /// findings that have it, sorted.
    pub fn of(findings: &[Finding]) -> Baseline {
        let mut entries: BTreeMap<(&str, &str, &str), Entry> = BTreeMap::new();
        for f in findings {
            entries
                .entry((&f.location.path, f.rule, &f.fingerprint))
                .and_modify(|e| e.count += 1)
                .or_insert_with(|| {
                    let mut related: Vec<String> =
                        f.related.iter().map(|r| r.location.path.clone()).collect();
                    related.sort_unstable();
                    related.dedup();
                    related.retain(|p| *p != f.location.path);
                    Entry {
                        path: f.location.path.clone(),
                        rule: f.rule.to_string(),
                        fingerprint: f.fingerprint.clone(),
                        message: f.message.clone(),
                        count: 1,
                        related,
                    }
                });
        }
        Baseline {
            version: 1,
            entries: entries.into_values().collect(),
        }
    }

    /// The baseline a focus-mode `--write-baseline` leaves: the entries of `self` (the file
    /// written before) that the focus does not judge, and `checked` (the baseline of the focus's
    /// findings), sorted. A check of some files rewrites their entries, not the others'.
    pub fn merged_for_focus(self, checked: Baseline, focus: &Focus) -> Baseline {
        let mut entries: Vec<Entry> = self
            .entries
            .into_iter()
            .filter(|e| !focus.judges(e))
            .chain(checked.entries)
            .collect();
        entries.sort();
        Baseline {
            version: 1,
            entries,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("baseline serialises") + "\n"
    }

    pub fn from_json(s: &str) -> Result<Baseline, serde_json::Error> {
        let b: Baseline = serde_json::from_str(s)?;
        if let Some(e) = b.entries.iter().find(|e| e.count == 0) {
            return Err(serde::de::Error::custom(format!(
                "the entry {} of rule {} has count 0 (at least 1)",
                e.fingerprint, e.rule
            )));
        }
        Ok(b)
    }

    /// Drop the findings the baseline records, at most `count` of each fingerprint (the first
    /// ones in the order of `findings`); return the entries that matched nothing, or fewer
    /// findings than they count, with the count left over (stale).
    pub fn apply(&self, findings: &mut Vec<Finding>) -> Vec<Entry> {
        // (rule, fingerprint) of the entries, sorted and unique, and how many findings each
        // may still hide.
        let mut keys: Vec<(&str, &str)> = self
            .entries
            .iter()
            .map(|e| (e.rule.as_str(), e.fingerprint.as_str()))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let find = |rule: &str, fingerprint: &str| {
            keys.binary_search_by(|k| (k.0, k.1).cmp(&(rule, fingerprint)))
                .ok()
        };
        let mut left = vec![0u32; keys.len()];
        for e in &self.entries {
            let n = &mut left[find(&e.rule, &e.fingerprint).expect("a key of every entry")];
            *n = n.saturating_add(e.count);
        }
        findings.retain(|f| match find(f.rule, &f.fingerprint) {
            Some(i) if left[i] > 0 => {
                left[i] -= 1;
                false
            }
            _ => true,
        });
        let mut stale = Vec::new();
        for e in &self.entries {
            let n = &mut left[find(&e.rule, &e.fingerprint).expect("a key of every entry")];
            let unused = e.count.min(*n);
            if unused > 0 {
                *n -= unused;
                stale.push(Entry {
                    count: unused,
                    ..e.clone()
                });
            }
        }
        stale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(path: &str, fingerprint: &str) -> Finding {
        let location = crate::finding::Location {
            path: path.to_string(),
            start_line: 1,
            start_column: 1,
            end_line: 1,
            end_column: 1,
            start_byte: 0,
            end_byte: 1,
        };
        Finding {
            rule: "repeated-block",
            code: "D001",
            severity: crate::finding::Severity::Warning,
            message: "m".to_string(),
            location,
            related: Vec::new(),
            similarity: None,
            measure: None,
            diff: Vec::new(),
            suggestion: None,
            fingerprint: fingerprint.to_string(),
        }
    }

    #[test]
    fn entries_count_the_findings_that_share_a_fingerprint() {
        let recorded = [
            finding("a.txt", "f1"),
            finding("a.txt", "f1"),
            finding("a.txt", "f2"),
        ];
        let base = Baseline::of(&recorded);
        assert_eq!(base.entries.len(), 2);
        assert_eq!(base.entries[0].count, 2);
        assert!(!base.to_json().contains("\"count\": 1"));
        // A third finding with the fingerprint f1 is new; f2 is gone, so its entry is stale.
        let mut now = vec![
            finding("a.txt", "f1"),
            finding("a.txt", "f1"),
            finding("a.txt", "f1"),
        ];
        let stale = base.apply(&mut now);
        assert_eq!(now.len(), 1);
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].fingerprint, "f2");
        // One of two recorded findings left: the entry is stale for one.
        let mut now = vec![finding("a.txt", "f1"), finding("a.txt", "f2")];
        let stale = base.apply(&mut now);
        assert!(now.is_empty());
        assert_eq!((stale[0].fingerprint.as_str(), stale[0].count), ("f1", 1));
    }

    #[test]
    fn a_baseline_without_counts_reads_as_one_each() {
        let text = r#"{"version":1,"entries":[{"path":"a.txt","rule":"repeated-block","fingerprint":"f1","message":"m"}]}"#;
        let base = Baseline::from_json(text).unwrap();
        assert_eq!(base.entries[0].count, 1);
        let zero = text.replace(r#""m"}"#, r#""m","count":0}"#);
        assert!(Baseline::from_json(&zero)
            .unwrap_err()
            .to_string()
            .contains("count 0"));
    }
}
