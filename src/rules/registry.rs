//! The rule registry: stable codes, names, default severities, languages and documentation.
//! `docs/rules/NAME.md` is compiled in and is what `relire explain NAME` prints.

use crate::finding::Severity;
use serde::Serialize;

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Token,
    Sentence,
    Paragraph,
    Document,
    Corpus,
}

/// Static description of a rule.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// `any`, or an ISO 639-1 code.
    pub language: &'static str,
    pub scope: Scope,
    pub summary: &'static str,
    #[serde(skip)]
    pub doc: &'static str,
}

macro_rules! rule {
    ($code:literal, $name:literal, $sev:ident, $lang:literal, $scope:ident, $summary:literal) => {
        RuleInfo {
            code: $code,
            name: $name,
            severity: Severity::$sev,
            language: $lang,
            scope: Scope::$scope,
            summary: $summary,
            doc: include_str!(concat!("../../docs/rules/", $name, ".md")),
        }
    };
}

/// Every rule, in code order.
pub static RULES: &[RuleInfo] = &[
    rule!(
        "D001",
        "repeated-block",
        Warning,
        "any",
        Document,
        "Text repeated inside one file"
    ),
    rule!(
        "D002",
        "near-duplicate",
        Warning,
        "any",
        Corpus,
        "A paragraph or block copied, nearly or exactly, in other files"
    ),
    rule!(
        "D003",
        "shared-passage",
        Info,
        "any",
        Corpus,
        "A passage of a sentence or more shared by two otherwise different files"
    ),
    rule!(
        "D004",
        "similar-documents",
        Info,
        "any",
        Corpus,
        "Two files whose overall similarity passes the document threshold"
    ),
    rule!(
        "T001",
        "false-friend",
        Warning,
        "fr",
        Token,
        "A French word used in the sense of its English look-alike"
    ),
    rule!(
        "T002",
        "calque",
        Warning,
        "fr",
        Sentence,
        "An English phrase rendered word for word"
    ),
    rule!(
        "T003",
        "anglicism",
        Warning,
        "fr",
        Token,
        "An anglicism that has a recommended French term"
    ),
    rule!(
        "T004",
        "entity-variant",
        Warning,
        "any",
        Corpus,
        "One name spelt two ways in the corpus"
    ),
    rule!(
        "T005",
        "language-switch",
        Warning,
        "any",
        Sentence,
        "A sentence or paragraph in another language than its document"
    ),
    rule!(
        "T006",
        "broken-sentence",
        Warning,
        "any",
        Paragraph,
        "A sentence end followed by a lower-case word"
    ),
    rule!(
        "T007",
        "stutter",
        Warning,
        "any",
        Sentence,
        "A word or verb repeated as machine translation repeats it"
    ),
    rule!(
        "T008",
        "missing-auxiliary",
        Warning,
        "fr",
        Sentence,
        "A past participle without its auxiliary (after a quotation, a subject pronoun, a noun before « que »)"
    ),
    rule!(
        "S001",
        "wire-markup",
        Warning,
        "any",
        Document,
        "Agency or markup residue: +words+, HTML entities, stray tags"
    ),
    rule!(
        "S002",
        "mojibake",
        Error,
        "any",
        Document,
        "Double-encoded UTF-8, replacement characters, control characters"
    ),
    rule!(
        "S003",
        "hard-wrap",
        Info,
        "any",
        Paragraph,
        "A line break inside a sentence"
    ),
    rule!(
        "S004",
        "boilerplate",
        Warning,
        "any",
        Paragraph,
        "Scraping leftovers: comment forms, share prompts, bios, page furniture"
    ),
    rule!(
        "S005",
        "capitalisation",
        Warning,
        "fr",
        Token,
        "English capitalisation carried into French"
    ),
    rule!(
        "S006",
        "truncated",
        Warning,
        "any",
        Paragraph,
        "Text cut off at the end of a paragraph or file"
    ),
    rule!(
        "S007",
        "typography",
        Info,
        "any",
        Document,
        "Mixed apostrophe or quotation-mark styles in one document"
    ),
];

/// The rule named `name` (kebab-case) or with code `name`.
pub fn find(name: &str) -> Option<&'static RuleInfo> {
    RULES
        .iter()
        .find(|r| r.name == name || r.code.eq_ignore_ascii_case(name))
}

/// The name of the rule `name_or_code` designates (`"T003"` → `"anglicism"`): the form every
/// setting is compared in, so that a code written in a flag or a configuration file acts like
/// the rule's name.
pub fn canonical(name_or_code: &str) -> Option<&'static str> {
    find(name_or_code).map(|r| r.name)
}

/// The rule named `name`; panics on an unknown name, which is a programming error.
pub fn info(name: &str) -> &'static RuleInfo {
    find(name).unwrap_or_else(|| panic!("rule `{name}` is not registered"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let mut codes: Vec<_> = RULES.iter().map(|r| r.code).collect();
        let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
        codes.sort();
        codes.dedup();
        names.sort();
        names.dedup();
        assert_eq!(codes.len(), RULES.len());
        assert_eq!(names.len(), RULES.len());
        for r in RULES {
            assert!(
                r.doc.starts_with(&format!("# {}", r.name)),
                "doc of {} must start with its title",
                r.name
            );
        }
    }
}
