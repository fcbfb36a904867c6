//! Configuration: `relire.toml` or `.relire.toml`, found by walking up from the working
//! directory (or named with `--config`). See docs/configuration.md.

use crate::finding::{Finding, Severity};
use crate::rules::{
    lexicon::{Lexicon, LexiconError},
    registry, RuleData,
};
use globset::{Glob, GlobSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// File names looked for, in order, in each folder from the working directory up.
pub const FILE_NAMES: &[&str] = &["relire.toml", ".relire.toml"];

/// `enabled` and `severity` of one rule.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSetting {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
}

/// Rule settings for the files matching some globs.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub paths: Vec<String>,
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
}

/// Entries added to the built-in lexicons, in their TOML form (docs/lexicons.md).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LexiconAdditions {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub false_friends: Vec<toml::Table>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calques: Vec<toml::Table>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anglicisms: Vec<toml::Table>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<toml::Table>,
}

impl LexiconAdditions {
    /// The lists of entries by their key in the file (`[[lexicon.<key>]]`).
    fn lists(&self) -> [(&'static str, &[toml::Table]); 4] {
        [
            ("false-friends", &self.false_friends),
            ("calques", &self.calques),
            ("anglicisms", &self.anglicisms),
            ("boilerplate", &self.boilerplate),
        ]
    }

    /// Check each entry on its own, so that an error names the line of the file it is on (the
    /// key at fault where one is, else the entry's `[[lexicon.…]]` line): a missing or unknown
    /// key, a wrong type, a pattern that does not parse, an empty `explanation`, an `id` given
    /// twice in one list.
    fn validate(&self, src: &str) -> Result<(), String> {
        for (key, entries) in self.lists() {
            let mut ids = std::collections::HashSet::new();
            for (i, entry) in entries.iter().enumerate() {
                let fail = |field: Option<&str>, message: &str| {
                    Err(format!(
                        "{}: [[lexicon.{key}]] entry {}: {message}",
                        lexicon_entry_place(src, key, i, field),
                        i + 1
                    ))
                };
                let mut one = toml::Table::new();
                one.insert(
                    "entry".into(),
                    toml::Value::Array(vec![toml::Value::Table(entry.clone())]),
                );
                let text = toml::to_string(&one).map_err(|e| e.to_string())?;
                match Lexicon::parse(&text) {
                    Ok(_) => {}
                    Err(LexiconError::Toml(e)) => {
                        // The key at fault: named in the message (an unknown or missing field),
                        // or the one whose value the span in the entry's own text points at.
                        let named = e.message().split('`').nth(1).map(str::to_string);
                        let at_span = e.span().and_then(|sp| {
                            let line = text[..sp.start.min(text.len())].lines().last()?;
                            line.split_once('=').map(|(k, _)| k.trim().to_string())
                        });
                        let field = if e.message().contains(" field `") {
                            named
                        } else {
                            at_span
                        };
                        return fail(field.as_deref(), e.message().trim());
                    }
                    Err(e @ LexiconError::Entry { .. }) => {
                        return fail(Some("patterns"), &e.to_string());
                    }
                }
                let text_of = |k: &str| entry.get(k).and_then(|v| v.as_str()).unwrap_or("");
                if text_of("explanation").trim().is_empty() {
                    return fail(
                        None,
                        "needs an `explanation` (the finding's message says it)",
                    );
                }
                if !ids.insert(text_of("id").to_string()) {
                    return fail(
                        Some("id"),
                        &format!("id `{}` is given twice in this list", text_of("id")),
                    );
                }
            }
        }
        Ok(())
    }
}

/// "line N" of entry `index` (0-based) of `[[lexicon.<key>]]` in `src`: the line of its `field`
/// when given and found in the entry, else of its header; the first mention of `key` when the
/// entries are not written as `[[lexicon.<key>]]` tables.
fn lexicon_entry_place(src: &str, key: &str, index: usize, field: Option<&str>) -> String {
    let header = format!("[[lexicon.{key}]]");
    let lines: Vec<&str> = src.lines().collect();
    // `[[lexicon.anglicisms]]`, also written with spaces inside its brackets.
    let is_header = |l: &str| {
        l.trim_start()
            .strip_prefix("[[")
            .and_then(|r| r.split_once("]]"))
            .is_some_and(|(name, _)| name.trim() == &header[2..header.len() - 2])
    };
    let Some(start) = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| is_header(l))
        .map(|(n, _)| n)
        .nth(index)
    else {
        return place_of(src, key).unwrap_or_else(|| "line 1".into());
    };
    let end = (start + 1..lines.len())
        .find(|&n| lines[n].trim_start().starts_with('['))
        .unwrap_or(lines.len());
    let found = field.and_then(|f| {
        (start + 1..end).find(|&n| {
            lines[n]
                .split_once('=')
                .is_some_and(|(k, _)| k.trim().trim_matches('"') == f)
        })
    });
    match (found, field) {
        (Some(n), Some(f)) => format!("line {}, key `{f}`", n + 1),
        _ => format!("line {}", start + 1),
    }
}

/// Text that is right as it is.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// Names right in every spelling: `entity-variant` never flags them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// Phrases no artifact rule flags (a finding whose text contains one is dropped).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
}

/// A suppression: findings of `rule` (or `*`) in files matching `path`, optionally only those
/// whose text contains `text`. The reason is required.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ignore {
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub reason: String,
}

/// The whole configuration file. Every key is optional; command-line flags override it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Paths checked when none is given on the command line; also the default `--corpus`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub include: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_on: Option<FailLevel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_threshold: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shingle: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_words: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fold_accents: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict_jaccard: Option<bool>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, RuleSetting>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<Override>,
    #[serde(default)]
    pub lexicon: LexiconAdditions,
    #[serde(default)]
    pub allow: Allow,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<Ignore>,
}

/// `fail-on`: a severity, or `never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailLevel {
    Info,
    Warning,
    Error,
    Never,
}

impl FailLevel {
    pub fn severity(self) -> Option<Severity> {
        match self {
            FailLevel::Info => Some(Severity::Info),
            FailLevel::Warning => Some(Severity::Warning),
            FailLevel::Error => Some(Severity::Error),
            FailLevel::Never => None,
        }
    }
}

/// A configuration file that cannot be used: the message names the file, the line and the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    // The I/O error is part of the message rather than a `source`: an error chain printed
    // whole (`{:#}`) would say it twice.
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// "line 3, key `rules.stutter.severity`" for byte `offset` of `src`: the 1-based line, and the
/// dotted key whose value holds the offset (the last `key =` at or before it, under the last
/// table header), when there is one.
fn place(src: &str, offset: usize) -> String {
    let offset = offset.min(src.len());
    let line = src[..offset].matches('\n').count() + 1;
    let (mut table, mut key) = (String::new(), None);
    let end = src[offset..].find('\n').map_or(src.len(), |i| offset + i);
    // A dotted key as TOML writes it: bare or quoted parts, no comma or bracket.
    let is_key = |k: &str| {
        !k.is_empty()
            && k.matches('"').count() % 2 == 0
            && k.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '"' | '\'' | ' '))
    };
    for l in src[..end].lines() {
        let t = l.trim();
        if let Some(h) = t.strip_prefix('[') {
            // `[table]` or `[[array]]`, maybe followed by a comment; a line of a multi-line
            // array that starts with `[` is not a header.
            let h = h.trim_start_matches('[');
            if let Some((name, _)) = h.split_once(']') {
                if is_key(name.trim()) {
                    table = name.trim().to_string();
                    key = None;
                }
            }
        } else if let Some((k, _)) = t.split_once('=').filter(|_| !t.starts_with('#')) {
            if is_key(k.trim()) {
                key = Some(k.trim().trim_matches('"').to_string());
            }
        }
    }
    match (key, table.is_empty()) {
        (Some(k), true) => format!("line {line}, key `{k}`"),
        (Some(k), false) => format!("line {line}, key `{table}.{k}`"),
        (None, false) => format!("line {line}, table `{table}`"),
        (None, true) => format!("line {line}"),
    }
}

/// [`place`] of the first occurrence of `needle` in `src`.
fn place_of(src: &str, needle: &str) -> Option<String> {
    src.find(needle).map(|i| place(src, i))
}

impl Config {
    /// The configuration file for `start`: the first of [`FILE_NAMES`] in `start` or a parent.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .flat_map(|d| FILE_NAMES.iter().map(move |n| d.join(n)))
            .find(|p| p.is_file())
    }

    /// Read and validate a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let src = std::fs::read_to_string(path).map_err(|error| ConfigError::Io {
            path: shown.clone(),
            error,
        })?;
        Config::parse(&src).map_err(|message| ConfigError::Invalid {
            path: shown,
            message,
        })
    }

    /// Parse and validate configuration text; the error gives the line and the key.
    pub fn parse(src: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(src).map_err(|e| {
            let msg = e.message().to_string();
            match e.span() {
                Some(span) => format!("{}: {msg}", place(src, span.start)),
                None => msg,
            }
        })?;
        config.validate(src)?;
        config.canonicalise_rules(src)
    }

    /// Every rule written by its code (`T003`) renamed to its name (`anglicism`), as the checks
    /// compare names; the same rule given twice in one table (by its name and its code, or by
    /// two spellings of its code) is an error. Runs after [`Config::validate`], so every name is known.
    fn canonicalise_rules(mut self, src: &str) -> Result<Config, String> {
        fn table(
            rules: BTreeMap<String, RuleSetting>,
            src: &str,
        ) -> Result<BTreeMap<String, RuleSetting>, String> {
            let mut out = BTreeMap::new();
            let mut first: BTreeMap<String, String> = BTreeMap::new();
            for (written, setting) in rules {
                let name = registry::canonical(&written)
                    .unwrap_or_default()
                    .to_string();
                if let Some(earlier) = first.get(&name) {
                    return Err(format!(
                        "{}rule `{name}` is set twice, as `{earlier}` and as `{written}`",
                        place_of(src, &written)
                            .map(|p| format!("{p}: "))
                            .unwrap_or_default(),
                    ));
                }
                first.insert(name.clone(), written);
                out.insert(name, setting);
            }
            Ok(out)
        }
        self.rules = table(std::mem::take(&mut self.rules), src)?;
        for o in &mut self.overrides {
            o.rules = table(std::mem::take(&mut o.rules), src)?;
        }
        for i in &mut self.ignore {
            if let Some(name) = registry::canonical(&i.rule) {
                i.rule = name.to_string();
            }
        }
        Ok(self)
    }

    fn validate(&self, src: &str) -> Result<(), String> {
        let at = |needle: &str| {
            place_of(src, needle)
                .map(|p| format!("{p}: "))
                .unwrap_or_default()
        };
        let rule_names = self
            .rules
            .keys()
            .chain(self.overrides.iter().flat_map(|o| o.rules.keys()))
            .chain(self.ignore.iter().map(|i| &i.rule).filter(|r| *r != "*"));
        for name in rule_names {
            if registry::find(name).is_none() {
                return Err(format!(
                    "{}unknown rule `{name}` (see `relire rules`)",
                    at(name)
                ));
            }
        }
        let globs = self
            .include
            .iter()
            .chain(&self.exclude)
            .chain(self.overrides.iter().flat_map(|o| &o.paths))
            .chain(self.ignore.iter().filter_map(|i| i.path.as_ref()));
        for g in globs {
            Glob::new(g).map_err(|e| format!("{}invalid glob `{g}`: {e}", at(g)))?;
        }
        for (key, v) in [
            ("threshold", self.threshold),
            ("document-threshold", self.document_threshold),
        ] {
            if let Some(v) = v {
                if !(v > 0.0 && v <= 1.0) {
                    return Err(format!("{}`{key}` must be in (0, 1], not {v}", at(key)));
                }
            }
        }
        if let Some(m) = self.min_words {
            if m < 2 {
                return Err(format!(
                    "{}`min-words` must be at least 2, not {m}",
                    at("min-words")
                ));
            }
        }
        if let Some(k) = self.shingle {
            if !(1..=16).contains(&k) {
                return Err(format!(
                    "{}`shingle` must be between 1 and 16, not {k}",
                    at("shingle")
                ));
            }
        }
        for i in &self.ignore {
            if i.reason.trim().is_empty() {
                return Err(format!(
                    "{}an [[ignore]] entry needs a reason",
                    at("[[ignore]]")
                ));
            }
        }
        self.lexicon.validate(src)?;
        self.rule_data().map(|_| ())
    }

    /// The built-in lexicons with the user's additions, and the allowed names.
    pub fn rule_data(&self) -> Result<RuleData, String> {
        let mut data = RuleData::default();
        let add = |lex: &mut Lexicon, entries: &[toml::Table], key: &str| -> Result<(), String> {
            if entries.is_empty() {
                return Ok(());
            }
            let mut doc = toml::Table::new();
            doc.insert(
                "entry".into(),
                toml::Value::Array(entries.iter().cloned().map(toml::Value::Table).collect()),
            );
            let text = toml::to_string(&doc).map_err(|e| e.to_string())?;
            let extra = Lexicon::parse(&text).map_err(|e| format!("[lexicon] {key}: {e}"))?;
            lex.extend(extra);
            Ok(())
        };
        add(
            &mut data.false_friends,
            &self.lexicon.false_friends,
            "false-friends",
        )?;
        add(&mut data.calques, &self.lexicon.calques, "calques")?;
        add(&mut data.anglicisms, &self.lexicon.anglicisms, "anglicisms")?;
        add(
            &mut data.boilerplate,
            &self.lexicon.boilerplate,
            "boilerplate",
        )?;
        data.allowed_names = self
            .allow
            .names
            .iter()
            .map(|n| crate::rules::words::lower(n))
            .collect();
        Ok(data)
    }

    /// The policy applied to findings after the rules ran. `config_dir` is the folder of the
    /// configuration file: globs with a `/` match a finding's path relative to it, as well as
    /// the path as reported (relative to the folder relire runs in).
    pub fn policy(&self, config_dir: Option<&Path>) -> Policy {
        // Globs were validated when the file was read.
        let set = |globs: &[String]| {
            crate::corpus::globset(globs)
                .ok()
                .flatten()
                .unwrap_or_else(GlobSet::empty)
        };
        Policy {
            rules: self.rules.clone(),
            overrides: self
                .overrides
                .iter()
                .map(|o| (set(&o.paths), o.rules.clone()))
                .collect(),
            ignores: self
                .ignore
                .iter()
                .map(|i| {
                    (
                        i.rule.clone(),
                        i.path.as_ref().map(|p| set(std::slice::from_ref(p))),
                        i.text.as_ref().map(|t| crate::rules::words::lower(t)),
                    )
                })
                .collect(),
            allowed_phrases: self
                .allow
                .phrases
                .iter()
                .map(|p| crate::rules::words::lower(p))
                .collect(),
            base: config_dir.and_then(|d| {
                let cwd = std::env::current_dir().ok()?;
                let base = lexical_absolute(&cwd, d);
                Some((cwd, base))
            }),
        }
    }

    /// Whether a rule is enabled at all (before per-path overrides).
    pub fn rule_enabled(&self, rule: &str) -> bool {
        self.rules.get(rule).and_then(|r| r.enabled).unwrap_or(true)
    }
}

/// Per-rule and per-path settings, suppressions and allow-lists, applied to findings.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    rules: BTreeMap<String, RuleSetting>,
    overrides: Vec<(GlobSet, BTreeMap<String, RuleSetting>)>,
    ignores: Vec<(String, Option<GlobSet>, Option<String>)>,
    allowed_phrases: Vec<String>,
    /// (the folder relire runs in, the configuration file's folder), both absolute: a finding's
    /// path is matched relative to the second too (relire run from a sub-folder, with
    /// `--config`, or on absolute paths).
    base: Option<(PathBuf, PathBuf)>,
}

/// `path` made absolute from `cwd`, with `.` and `..` resolved in the text (no file is looked
/// at: a symbolic link stays as it is spelt).
fn lexical_absolute(cwd: &Path, path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in cwd.join(path).components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

impl Policy {
    /// Apply the policy: drop disabled, ignored and allowed findings, set severities.
    /// `text_of(finding)` gives the text of a finding's primary span.
    pub fn apply(&self, findings: &mut Vec<Finding>, text_of: &dyn Fn(&Finding) -> Option<String>) {
        findings.retain_mut(|f| {
            // Only globs need the path, and splitting it into components costs more than the
            // rest of this check: done once, when a glob is there to match it.
            let rel = std::cell::OnceCell::new();
            let rel = || {
                *rel.get_or_init(|| {
                    let path = Path::new(&f.location.path);
                    path.strip_prefix("./").unwrap_or(path)
                })
            };
            // The path relative to the configuration file's folder, when the file is under it.
            let from_config = std::cell::OnceCell::new();
            let from_config = || {
                from_config
                    .get_or_init(|| {
                        let (cwd, base) = self.base.as_ref()?;
                        lexical_absolute(cwd, Path::new(&f.location.path))
                            .strip_prefix(base)
                            .ok()
                            .map(Path::to_path_buf)
                    })
                    .as_deref()
            };
            let matches = |globs: &GlobSet| {
                globs.is_match(rel()) || from_config().is_some_and(|p| globs.is_match(p))
            };
            let mut setting = self.rules.get(f.rule).cloned().unwrap_or_default();
            for (globs, rules) in &self.overrides {
                if matches(globs) {
                    if let Some(s) = rules.get(f.rule) {
                        setting.enabled = s.enabled.or(setting.enabled);
                        setting.severity = s.severity.or(setting.severity);
                    }
                }
            }
            if setting.enabled == Some(false) {
                return false;
            }
            if let Some(s) = setting.severity {
                f.severity = s;
            }
            let text = || {
                text_of(f)
                    .map(|t| crate::rules::words::lower(&t))
                    .unwrap_or_default()
            };
            let ignored = self.ignores.iter().any(|(rule, globs, needle)| {
                (rule == "*" || rule == f.rule)
                    && globs.as_ref().is_none_or(&matches)
                    && needle.as_ref().is_none_or(|n| text().contains(n.as_str()))
            });
            let allowed = f.related.is_empty()
                && !self.allowed_phrases.is_empty()
                && self
                    .allowed_phrases
                    .iter()
                    .any(|p| text().contains(p.as_str()));
            !ignored && !allowed
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line_and_the_key() {
        let e = Config::parse("threshold = 0.9\nthreshhold = 0.8\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("threshhold"), "{e}");
        let e = Config::parse("shingle = \"five\"\n").unwrap_err();
        assert!(e.contains("line 1"), "{e}");
        let e = Config::parse("\n[rules.no-such-rule]\nenabled = false\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("no-such-rule"), "{e}");
        let e = Config::parse("exclude = [\"[\"]\n").unwrap_err();
        assert!(e.contains("invalid glob"), "{e}");
        // Line and key of errors from the parser and from validation; an `=` inside a string,
        // a header with a comment and an array of arrays do not mislead the key.
        for (src, place) in [
            ("exclude = [\"[\"]\n", "line 1, key `exclude`"),
            (
                "# settings\nthreshold = \"high\"\n",
                "line 2, key `threshold`",
            ),
            ("paths = \"corpus\"\n", "line 1, key `paths`"),
            (
                "[rules.stutter]\nseverity = \"loud\"\n",
                "line 2, key `rules.stutter.severity`",
            ),
            (
                "include = [\n  \"*.txt\",\n  \"[x\",\n]\n",
                "line 3, key `include`",
            ),
            (
                "include = [\n  \"a=b\",\n  \"[x\",\n]\n",
                "line 3, key `include`",
            ),
            (
                "[rules.stutter] # ours\nseverity = \"loud\"\n",
                "line 2, key `rules.stutter.severity`",
            ),
            (
                "[[ignore]]\nrule = \"stutter\"\npath = [\n  [\"x\"],\n]\n",
                "line 3, key `ignore.path`",
            ),
        ] {
            let e = Config::parse(src).unwrap_err();
            assert!(e.starts_with(&format!("{place}: ")), "{src:?}: {e}");
        }
        let e = Config::parse("[[ignore]]\nrule = \"stutter\"\n").unwrap_err();
        assert!(e.contains("reason"), "{e}");
    }

    #[test]
    fn lexicon_entry_errors_name_the_line_of_the_file() {
        let head = "paths = [\"a.txt\"]\n\n[[lexicon.anglicisms]]\nid = \"a\"\npatterns = [\"aa\"]\nexplanation = \"x\"\n\n[[lexicon.anglicisms]]\nid = \"scoreboard\"\n";
        for (rest, place) in [
            // An unknown key, a wrong type, a missing key, a bad pattern, no explanation, an
            // id twice: each on the line of the key, or of the entry's header.
            (
                "patterns = [\"scoreboard\"]\nexplanation = \"x\"\nsevrity = \"info\"\n",
                "line 12, key `sevrity`",
            ),
            (
                "patterns = \"scoreboard\"\nexplanation = \"x\"\n",
                "line 10, key `patterns`",
            ),
            (
                "patterns = [\"scoreboard\"]\nexplanation = \"x\"\nwindow = -3\n",
                "line 12, key `window`",
            ),
            ("explanation = \"x\"\n", "line 8"),
            (
                "patterns = [\"_\"]\nexplanation = \"x\"\n",
                "line 10, key `patterns`",
            ),
            ("patterns = [\"scoreboard\"]\n", "line 8"),
        ] {
            let src = format!("{head}{rest}");
            let e = Config::parse(&src).unwrap_err();
            assert!(
                e.starts_with(&format!("{place}: [[lexicon.anglicisms]] entry 2: ")),
                "{src}\n{e}"
            );
            assert!(!e.contains("[[entry]]"), "{e}");
        }
        let twice =
            head.replace("\"scoreboard\"", "\"a\"") + "patterns = [\"bb\"]\nexplanation = \"x\"\n";
        let e = Config::parse(&twice).unwrap_err();
        assert!(
            e.starts_with("line 9, key `id`: ") && e.contains("twice"),
            "{e}"
        );
        // A header written with spaces inside its brackets is a header too.
        let spaced = head.replace("[[lexicon.anglicisms]]", "[[ lexicon.anglicisms ]]")
            + "patterns = [\"_\"]\nexplanation = \"x\"\n";
        let e = Config::parse(&spaced).unwrap_err();
        assert!(e.starts_with("line 10, key `patterns`: "), "{e}");
    }

    #[test]
    fn a_user_entry_with_a_built_in_id_replaces_it() {
        let id = crate::rules::data::anglicisms().entries[0].id.clone();
        let sentence = crate::rules::data::anglicisms().entries[0]
            .examples_positive
            .first()
            .cloned()
            .expect("every entry has an example");
        let builtin = RuleData::default();
        assert_eq!(builtin.anglicisms.find_in(&sentence).len(), 1, "{sentence}");
        let c = Config::parse(&format!(
            "[[lexicon.anglicisms]]\nid = \"{id}\"\npatterns = [\"zzzz\"]\nexplanation = \"x\"\n"
        ))
        .unwrap();
        let data = c.rule_data().unwrap();
        assert!(data.anglicisms.find_in(&sentence).is_empty(), "{sentence}");
        assert_eq!(data.anglicisms.find_in("un zzzz ici").len(), 1);
    }

    #[test]
    fn user_lexicon_entries_are_added() {
        let c = Config::parse(
            r#"
[[lexicon.anglicisms]]
id = "scoreboard"
patterns = ["scoreboard|scoreboards"]
suggestion = "tableau d'affichage"
explanation = "Anglicisme."
examples_positive = ["Le scoreboard est prêt."]
examples_negative = ["Le tableau d'affichage est prêt."]
"#,
        )
        .unwrap();
        let data = c.rule_data().unwrap();
        assert_eq!(
            data.anglicisms
                .find_in("Le nouveau scoreboard est prêt.")
                .len(),
            1
        );
    }
}
