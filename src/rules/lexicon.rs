//! Phrase lexicons compiled in from TOML (`src/rules/data/*.toml`): entries with inflected
//! forms, a suggestion, an explanation, context conditions and their own examples.
//!
//! Pattern syntax: slots separated by spaces; a slot is a word, `a|b|c` (alternatives, of which
//! `@verb` stands for every form of the verb: [`verb_forms`]), `_` (any one word) or `_?` (zero
//! or one word). Matching is on the lower-case word view
//! ([`super::words`]), on whole words, inside one sentence. See docs/lexicons.md.

use super::words::{lower, words, Word};
use crate::corpus::Document;
use crate::finding::Severity;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
    patterns: Vec<String>,
    #[serde(default)]
    suggestion: Option<String>,
    #[serde(default)]
    explanation: String,
    #[serde(default)]
    context_any: Vec<String>,
    #[serde(default)]
    context_none: Vec<String>,
    #[serde(default)]
    window: Option<usize>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    sentence_start: bool,
    #[serde(default)]
    admitted_in_computing: bool,
    #[serde(default)]
    opens_list: bool,
    #[serde(default)]
    severity: Option<Severity>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    examples_positive: Vec<String>,
    #[serde(default)]
    examples_negative: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    entry: Vec<RawEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Slot {
    Any,
    AnyOpt,
    Words(Vec<String>),
}

#[derive(Debug, Clone)]
enum Ctx {
    Exact(String),
    Prefix(String),
}

impl Ctx {
    fn parse(s: &str) -> Ctx {
        let l = lower(s);
        match l.strip_suffix('*') {
            Some(p) => Ctx::Prefix(p.to_string()),
            None => Ctx::Exact(l),
        }
    }
    fn matches(&self, w: &str) -> bool {
        match self {
            Ctx::Exact(e) => e == w,
            Ctx::Prefix(p) => w.starts_with(p.as_str()),
        }
    }
}

/// One lexicon entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    patterns: Vec<Vec<Slot>>,
    pub suggestion: Option<String>,
    pub explanation: String,
    context_any: Vec<Ctx>,
    context_none: Vec<Ctx>,
    window: usize,
    /// Words right before which a match does not count, in its sentence (« la » before
    /// « crypte » makes it the noun).
    not_after: Vec<Ctx>,
    sentence_start: bool,
    /// The word is right in a document about computing (see [`about_computing`]).
    pub admitted_in_computing: bool,
    /// A label that introduces a list (`boilerplate`: « Mots-clés : … »), which counts only where
    /// it opens a line or a segment, or is followed by a colon (see `boilerplate.rs`).
    pub opens_list: bool,
    pub severity: Option<Severity>,
    pub lang: Option<String>,
    pub kind: Option<String>,
    pub examples_positive: Vec<String>,
    pub examples_negative: Vec<String>,
}

/// A match: entry index and the inclusive range of matched words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub entry: usize,
    pub first: usize,
    pub last: usize,
}

/// A compiled lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
    by_first: super::data::WordMap<Vec<(usize, usize)>>,
    wild_first: Vec<(usize, usize)>,
    /// Patterns may cross sentence boundaries inside a paragraph (boilerplate bios).
    pub paragraph_scope: bool,
}

/// A lexicon that does not parse: the message names the entry.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    #[error("entry `{id}`: {message}")]
    Entry { id: String, message: String },
}

/// Every form of `verb` (infinitive, finite forms, participles): its table in the
/// `conjugations` of `language.toml`, where a verb is added with its forms.
pub fn verb_forms(verb: &str) -> Result<Vec<String>, String> {
    super::data::language()
        .conjugations
        .get(verb)
        .cloned()
        .ok_or_else(|| format!("`@{verb}`: no table of its forms in language.toml `conjugations`"))
}

fn parse_pattern(p: &str) -> Result<Vec<Slot>, String> {
    let mut slots = Vec::new();
    for chunk in p.split_whitespace() {
        match chunk {
            "_" => slots.push(Slot::Any),
            "_?" => slots.push(Slot::AnyOpt),
            // `@verb`: every form of the verb.
            c if c.contains('|') || c.starts_with('@') => {
                let mut alternatives = Vec::new();
                for a in c.split('|') {
                    match a.strip_prefix('@') {
                        Some(verb) => alternatives.extend(verb_forms(&lower(verb))?),
                        None => alternatives.push(lower(a)),
                    }
                }
                alternatives.sort_unstable();
                alternatives.dedup();
                slots.push(Slot::Words(alternatives));
            }
            // An elided word written on its own: "l'", "qu'".
            c if c.ends_with(['\'', '’']) => slots.push(Slot::Words(vec![lower(c)])),
            c => {
                let doc = Document::from_str("", c);
                let ws = words(&doc);
                if ws.is_empty() {
                    // Punctuation such as `*` is matched literally.
                    slots.push(Slot::Words(vec![lower(c)]));
                }
                slots.extend(ws.into_iter().map(|w| Slot::Words(vec![w.lower])));
            }
        }
    }
    Ok(slots)
}

impl Lexicon {
    /// Parse a lexicon file.
    pub fn parse(src: &str) -> Result<Lexicon, LexiconError> {
        let raw: RawFile = toml::from_str(src)?;
        let mut lex = Lexicon::default();
        for e in raw.entry {
            let patterns: Vec<Vec<Slot>> =
                match e.patterns.iter().map(|p| parse_pattern(p)).collect() {
                    Ok(p) => p,
                    Err(message) => return Err(LexiconError::Entry { id: e.id, message }),
                };
            if patterns.is_empty()
                || patterns
                    .iter()
                    .any(|p| p.iter().all(|s| *s == Slot::AnyOpt || *s == Slot::Any))
            {
                return Err(LexiconError::Entry {
                    id: e.id,
                    message: "every pattern needs at least one word".into(),
                });
            }
            let idx = lex.entries.len();
            for (pi, p) in patterns.iter().enumerate() {
                match &p[0] {
                    Slot::Words(ws) => {
                        for w in ws {
                            lex.by_first.entry(w.clone()).or_default().push((idx, pi));
                        }
                    }
                    _ => lex.wild_first.push((idx, pi)),
                }
            }
            lex.entries.push(Entry {
                id: e.id,
                patterns,
                suggestion: e.suggestion,
                explanation: e.explanation,
                context_any: e.context_any.iter().map(|c| Ctx::parse(c)).collect(),
                context_none: e.context_none.iter().map(|c| Ctx::parse(c)).collect(),
                window: e.window.unwrap_or(15),
                not_after: e.not_after.iter().map(|c| Ctx::parse(c)).collect(),
                sentence_start: e.sentence_start,
                admitted_in_computing: e.admitted_in_computing,
                opens_list: e.opens_list,
                severity: e.severity,
                lang: e.lang,
                kind: e.kind,
                examples_positive: e.examples_positive,
                examples_negative: e.examples_negative,
            });
        }
        Ok(lex)
    }

    /// Add the entries of another lexicon (user additions).
    /// An entry of `other` whose id is one of this lexicon's replaces it: the earlier entry
    /// stays in the list (indices do not move) but no longer matches.
    pub fn extend(&mut self, other: Lexicon) {
        let replaced: std::collections::HashSet<usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| other.entries.iter().any(|o| o.id == e.id))
            .map(|(i, _)| i)
            .collect();
        if !replaced.is_empty() {
            for v in self.by_first.values_mut() {
                v.retain(|(e, _)| !replaced.contains(e));
            }
            self.wild_first.retain(|(e, _)| !replaced.contains(e));
        }
        let base = self.entries.len();
        for (w, v) in other.by_first {
            self.by_first
                .entry(w)
                .or_default()
                .extend(v.into_iter().map(|(e, p)| (e + base, p)));
        }
        self.wild_first
            .extend(other.wild_first.into_iter().map(|(e, p)| (e + base, p)));
        self.entries.extend(other.entries);
    }

    /// Last word index matched by `slots` starting at word `i`, within one sentence (or one
    /// paragraph, with `para`).
    fn match_at(slots: &[Slot], ws: &[Word], i: usize, unit: u32, para: bool) -> Option<usize> {
        let Some((slot, rest)) = slots.split_first() else {
            return Some(i.wrapping_sub(1));
        };
        let here = ws
            .get(i)
            .filter(|w| (if para { w.para } else { w.sentence }) == unit);
        let next = |j| Self::match_at(rest, ws, j, unit, para);
        match slot {
            Slot::AnyOpt => next(i).or_else(|| here.and_then(|_| next(i + 1))),
            Slot::Any => here.and_then(|_| next(i + 1)),
            Slot::Words(alts) => here
                .filter(|w| alts.contains(&w.lower))
                .and_then(|_| next(i + 1)),
        }
    }

    fn context_ok(e: &Entry, ws: &[Word], first: usize, last: usize) -> bool {
        let para = ws[first].para;
        let lo = first.saturating_sub(e.window);
        let hi = (last + e.window + 1).min(ws.len());
        let near = |c: &Ctx| {
            (lo..hi)
                .filter(|&j| (j < first || j > last) && ws[j].para == para)
                .any(|j| c.matches(&ws[j].lower))
        };
        let after = |c: &Ctx| {
            first
                .checked_sub(1)
                .is_some_and(|j| ws[j].sentence == ws[first].sentence && c.matches(&ws[j].lower))
        };
        (e.context_any.is_empty() || e.context_any.iter().any(near))
            && !e.context_none.iter().any(near)
            && !e.not_after.iter().any(after)
    }

    /// Every match in `ws`, in text order; one per entry and start word.
    pub fn find(&self, ws: &[Word]) -> Vec<Match> {
        let mut out = Vec::new();
        for i in 0..ws.len() {
            // The matches that start at word `i` (pushed from here on).
            let from = out.len();
            let cands = self
                .by_first
                .get(&ws[i].lower)
                .into_iter()
                .flatten()
                .chain(&self.wild_first);
            for &(e, p) in cands {
                let entry = &self.entries[e];
                if entry.sentence_start && !ws[i].sentence_start {
                    continue;
                }
                let unit = if self.paragraph_scope {
                    ws[i].para
                } else {
                    ws[i].sentence
                };
                if let Some(last) =
                    Self::match_at(&entry.patterns[p], ws, i, unit, self.paragraph_scope)
                {
                    if last >= i && Self::context_ok(entry, ws, i, last) {
                        // One match per entry and start word: the longest.
                        match out[from..].iter_mut().find(|m: &&mut Match| m.entry == e) {
                            Some(m) => m.last = m.last.max(last),
                            None => out.push(Match {
                                entry: e,
                                first: i,
                                last,
                            }),
                        }
                    }
                }
            }
        }
        out
    }

    /// Matches in a standalone sentence (for the lexicon's own examples).
    pub fn find_in(&self, text: &str) -> Vec<Match> {
        let doc = Document::from_str("example", text);
        self.find(&words(&doc))
    }
}

/// Whether a document is about computing, for the entries `admitted_in_computing`: it holds two
/// paragraphs of code (links and hashtags are not code), or three references to a function, a
/// manual page or an option (`open()`, `chmod(2)`, `--force`). A footnote is no reference
/// (« janvier(1) », « budget(1) », « CFDT(3) »: a page is named in lower case, by a word French
/// does not have), nor is a dash typed around an aside (« --pour le moins suivie-- »: a line
/// with a word that ends with a hyphen holds asides). An article that mentions software once is not about computing.
pub fn about_computing(ctx: &super::DocCtx) -> bool {
    let code = |p: usize| ctx.marked_code(p);
    if (0..ctx.code.len()).filter(|&p| code(p)).nth(1).is_some() {
        return true;
    }
    if software_instructions(&ctx.words) {
        return true;
    }
    let reference = |t: &str| {
        let mut t = t.trim_end_matches(['.', ',', ';', ':', '»', '!', '?']);
        // The parenthesis of the sentence: « (voir tty(4)) ».
        while t.ends_with(')') && t.matches(')').count() > t.matches('(').count() {
            t = &t[..t.len() - 1];
        }
        if t.starts_with("--") {
            return crate::text::option_name(t).is_some();
        }
        let Some(inner) = t.strip_suffix(')') else {
            return false;
        };
        let Some((name, arg)) = inner.split_once('(') else {
            return false;
        };
        let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        // A page is named by a word French does not have (« chmod(2) »; « budget(1) » is a
        // footnote).
        let page = arg.starts_with(|c: char| matches!(c, '1'..='9'))
            && arg.chars().all(|c| c.is_ascii_alphanumeric())
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && (name.contains('_') || super::data::french().get(name) <= 0.0);
        identifier && (arg.is_empty() || page)
    };
    crate::text::nonblank_lines(&ctx.doc.text)
        .filter(|l| !crate::text::has_aside(l))
        .flat_map(str::split_whitespace)
        .filter(|t| reference(t))
        .nth(2)
        .is_some()
}

/// Phrases of a software manual's instructions (« cliquez sur », « boîte de dialogue »), as
/// lower-case words ([`super::words::Word::lower`]).
const SOFTWARE_PHRASES: &[&[&str]] = &[
    &["cliquez", "sur"],
    &["double-cliquez"],
    &["cliquez", "avec", "le", "bouton"],
    &["clic", "droit"],
    &["boîte", "de", "dialogue"],
    &["barre", "d'", "outils"],
    &["barre", "de", "menus"],
    &["menu", "contextuel"],
    &["menu", "déroulant"],
    &["case", "à", "cocher"],
    &["zone", "de", "liste"],
    &["zone", "de", "texte"],
    &["raccourci", "clavier"],
    &["raccourci-clavier"],
    &["glisser-déposer"],
    &["cochez", "la", "case"],
    &["décochez", "la", "case"],
    &["appuyez", "sur"],
    &["faites", "glisser"],
    &["fenêtre", "de", "dialogue"],
    &["barre", "d'", "état"],
    &["barre", "de", "menu"],
    &["clic", "gauche"],
    &["bouton", "ok"],
];

/// Whether `w` is the first word of one of [`SOFTWARE_PHRASES`]: most words are not, and one
/// `match` rules them out (a test checks that the two lists agree).
fn opens_software_phrase(w: &str) -> bool {
    matches!(
        w,
        "cliquez"
            | "double-cliquez"
            | "clic"
            | "boîte"
            | "barre"
            | "menu"
            | "case"
            | "zone"
            | "raccourci"
            | "raccourci-clavier"
            | "glisser-déposer"
            | "cochez"
            | "décochez"
            | "appuyez"
            | "faites"
            | "fenêtre"
            | "bouton"
    )
}

/// Different phrases of [`SOFTWARE_PHRASES`] that make a document about computing.
const MIN_SOFTWARE_PHRASES: usize = 3;

/// Whether a document gives a software's instructions: three different phrases of
/// [`SOFTWARE_PHRASES`] (« cliquez sur », « boîte de dialogue », « barre d'outils »). A manual
/// whose code samples were left out, or one of a program with a window, says nothing of
/// functions or options but is about computing all the same; an article that tells its reader to
/// « cliquez sur ce lien » and to « cochez la case » of a form is not.
fn software_instructions(ws: &[super::words::Word]) -> bool {
    let mut seen = [false; SOFTWARE_PHRASES.len()];
    let mut found = 0;
    for i in 0..ws.len() {
        if !opens_software_phrase(&ws[i].lower) {
            continue;
        }
        for (k, phrase) in SOFTWARE_PHRASES.iter().enumerate() {
            if !seen[k]
                && ws.len() - i >= phrase.len()
                && ws[i..i + phrase.len()]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(w, p)| w.lower == *p && w.sentence == ws[i].sentence)
            {
                seen[k] = true;
                found += 1;
                if found >= MIN_SOFTWARE_PHRASES {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether a token is a hashtag (« #Grève », « #sncf »), not a preprocessor directive.
pub(crate) fn hashtag(t: &str) -> bool {
    const DIRECTIVES: [&str; 10] = [
        "#include", "#define", "#if", "#ifdef", "#ifndef", "#endif", "#undef", "#pragma", "#else",
        "#elif",
    ];
    t.strip_prefix('#')
        .is_some_and(|r| r.starts_with(char::is_alphabetic))
        && !DIRECTIVES.contains(&t)
}

#[cfg(test)]
mod tests {
    use super::verb_forms;

    #[test]
    fn a_verb_is_every_one_of_its_forms() {
        let forms = verb_forms("adresser").unwrap();
        for f in [
            "adresser",
            "adresserez",
            "adresserai",
            "adressiez",
            "adressâmes",
            "adressées",
        ] {
            assert!(forms.iter().any(|x| x == f), "{f}: {forms:?}");
        }
        assert!(verb_forms("être").unwrap().iter().any(|x| x == "serez"));
        assert!(verb_forms("préférer").is_err());
        // A pattern's `@verb` is the slot of all its forms, beside the other words.
        let lex = super::Lexicon::parse(
            "[[entry]]\nid = \"x\"\npatterns = [\"@être|reste en charge de\"]\nexplanation = \"x\"\n",
        )
        .unwrap();
        match &lex.entries[0].patterns[0][0] {
            super::Slot::Words(ws) => {
                assert!(ws.iter().any(|w| w == "serez") && ws.iter().any(|w| w == "reste"));
                assert_eq!(ws.len(), verb_forms("être").unwrap().len() + 1);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unknown_verb_in_a_pattern_is_an_error_of_its_entry() {
        let src = "[[entry]]\nid = \"x\"\npatterns = [\"@préférer que\"]\nexplanation = \"x\"\n";
        let err = super::Lexicon::parse(src).unwrap_err().to_string();
        assert!(
            err.contains("entry `x`") && err.contains("@préférer"),
            "{err}"
        );
    }
    use super::*;

    #[test]
    fn every_software_phrase_opens_on_a_word_the_match_knows() {
        for p in SOFTWARE_PHRASES {
            assert!(opens_software_phrase(p[0]), "{p:?}");
        }
        assert!(!opens_software_phrase("le"));
    }

    const LEX: &str = r#"
[[entry]]
id = "adresser"
patterns = ["adresser|adresse|adressent un|une|le|la _? problème|question|enjeu"]
suggestion = "traiter, aborder"
explanation = "test"
examples_positive = ["Il faut adresser la question rapidement."]
examples_negative = ["Il faut adresser la lettre au ministre."]

[[entry]]
id = "toilettage"
patterns = ["toilettage|toilettages"]
explanation = "test"
context_any = ["enfan*", "mineur*"]
context_none = ["chien*"]
window = 8
examples_positive = []
examples_negative = []

[[entry]]
id = "eventuellement"
patterns = ["éventuellement"]
sentence_start = true
context_any = ["a", "ont"]
explanation = "test"
"#;

    #[test]
    fn slots_alternatives_optional_and_context() {
        let lex = Lexicon::parse(LEX).unwrap();
        assert_eq!(
            lex.find_in("Il faut adresser la question rapidement.")
                .len(),
            1
        );
        assert_eq!(lex.find_in("Ils adressent un grave problème.").len(), 1);
        assert!(lex
            .find_in("Il faut adresser la lettre au ministre.")
            .is_empty());
        assert_eq!(lex.find_in("Le toilettage des enfants en ligne.").len(), 1);
        assert!(lex
            .find_in("Le toilettage des chiens et des enfants.")
            .is_empty());
        assert!(lex.find_in("Le toilettage du caniche.").is_empty());
        assert_eq!(lex.find_in("Éventuellement, il a accepté.").len(), 1);
        assert!(lex.find_in("Il a éventuellement accepté.").is_empty());
    }

    #[test]
    fn patterns_do_not_cross_sentences() {
        let lex = Lexicon::parse(LEX).unwrap();
        assert!(lex
            .find_in("Il faut adresser la. Question suivante.")
            .is_empty());
    }

    #[test]
    fn not_after_looks_at_the_word_right_before_the_match_only() {
        let lex = Lexicon::parse(
            "[[entry]]\nid = \"x\"\npatterns = [\"crypte\"]\nnot_after = [\"la\", \"une\"]\n",
        )
        .unwrap();
        assert_eq!(lex.find_in("Le virus crypte la base.").len(), 1);
        assert!(lex.find_in("La crypte la plus ancienne.").is_empty());
        assert!(lex.find_in("On visite la crypte, les jardins.").is_empty());
        // Not across a sentence end.
        assert_eq!(lex.find_in("Il y en a une. Crypte tout.").len(), 1);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = Lexicon::parse("[[entry]]\nid = \"x\"\npatterns = [\"a\"]\nsugestion = \"b\"\n")
            .unwrap_err();
        assert!(err.to_string().contains("sugestion"), "{err}");
    }
}
