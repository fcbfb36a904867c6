//! Baselines: the findings recorded at one time, so that later runs report only new ones.
//! Entries are keyed by the finding's content fingerprint (rule, paths and comparison text of its
//! spans; no line numbers), so edits elsewhere in a file do not resurrect a recorded finding.

use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    /// For people reading the file; not used for matching.
    pub message: String,
}

/// A baseline file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

impl Baseline {
    /// The baseline of `findings`, sorted, without duplicates.
    pub fn of(findings: &[Finding]) -> Baseline {
        let entries: BTreeSet<Entry> = findings
            .iter()
            .map(|f| Entry {
                path: f.location.path.clone(),
                rule: f.rule.to_string(),
                fingerprint: f.fingerprint.clone(),
                message: f.message.clone(),
            })
            .collect();
        Baseline {
            version: 1,
            entries: entries.into_iter().collect(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("baseline serialises") + "\n"
    }

    pub fn from_json(s: &str) -> Result<Baseline, serde_json::Error> {
        serde_json::from_str(s)
    }

    /// Drop the findings the baseline records; return the entries that matched nothing (stale).
    pub fn apply(&self, findings: &mut Vec<Finding>) -> Vec<Entry> {
        let known: BTreeSet<(&str, &str)> = self
            .entries
            .iter()
            .map(|e| (e.rule.as_str(), e.fingerprint.as_str()))
            .collect();
        let present: BTreeSet<(String, String)> = findings
            .iter()
            .map(|f| (f.rule.to_string(), f.fingerprint.clone()))
            .collect();
        findings.retain(|f| !known.contains(&(f.rule, f.fingerprint.as_str())));
        self.entries
            .iter()
            .filter(|e| !present.contains(&(e.rule.clone(), e.fingerprint.clone())))
            .cloned()
            .collect()
    }
}
