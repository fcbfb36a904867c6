//! Rules: the registry of every finding kind, and the translation-artifact rules, one file each.
//!
//! Artifact rules run on the raw text with exact spans, through the word view of [`words`]; they
//! never re-read files. Document rules run in parallel; corpus rules see every document.

pub mod data;
pub mod lexicon;
pub mod registry;
pub mod words;

mod anglicism;
pub(crate) mod boilerplate;
mod broken_sentence;
mod calque;
mod capitalisation;
mod entity_variant;
mod false_friend;
mod hard_wrap;
mod language_switch;
mod missing_auxiliary;
mod mojibake;
mod stutter;
mod truncated;
mod typography;
mod wire_markup;

use crate::corpus::{Document, Span};
use crate::finding::{Finding, Location};
use rayon::prelude::*;
use words::Word;
use xxhash_rust::xxh3::Xxh3;

/// Lexicons and allow-lists the rules use: the built-in data plus the user's additions.
#[derive(Debug, Clone)]
pub struct RuleData {
    pub false_friends: lexicon::Lexicon,
    pub calques: lexicon::Lexicon,
    pub anglicisms: lexicon::Lexicon,
    pub boilerplate: lexicon::Lexicon,
    /// Names that are right in every spelling (`entity-variant` never flags them), lower case.
    pub allowed_names: std::collections::HashSet<String>,
}

impl Default for RuleData {
    fn default() -> Self {
        RuleData {
            false_friends: data::false_friends().clone(),
            calques: data::calques().clone(),
            anglicisms: data::anglicisms().clone(),
            boilerplate: data::boilerplate().clone(),
            allowed_names: Default::default(),
        }
    }
}

/// A document seen by the rules: its words and its language.
pub struct DocCtx<'a> {
    pub data: &'a RuleData,
    pub doc: &'a Document,
    pub words: Vec<Word>,
    /// ISO 639-1 code of the detected language ("fr", "en", ...).
    pub lang: &'static str,
    /// Per paragraph: whether it reads as code ([`crate::text::looks_like_code`]).
    pub code: Vec<bool>,
    /// [`lexicon::about_computing`], computed when a rule first asks.
    computing: std::cell::OnceCell<bool>,
    /// [`DocCtx::code_names`], computed when a rule first asks.
    code_names: std::cell::OnceCell<std::collections::HashSet<String>>,
    /// The sentence [`DocCtx::function_words_at`] last counted, and its answer: the rules ask
    /// about the sentences in text order, often several times each (every candidate of a long
    /// sentence), and counting the words of the sentence at each would be quadratic.
    function_words: std::cell::Cell<Option<(u32, FunctionWords)>>,
    /// The same for [`DocCtx::french_sentence_at`] decided by the words' frequencies (a sentence
    /// with as many French function words as English ones), which reads the whole sentence too.
    french_by_frequency: std::cell::Cell<Option<(u32, bool)>>,
}

/// [`DocCtx::function_words_at`]: a sentence's words (a range of [`DocCtx::words`]), its French
/// function words that are not English ones, and its English function words that are not French
/// ones.
type FunctionWords = (usize, usize, usize, usize);

/// ISO 639-1 code of a whichlang language.
pub fn iso(l: whichlang::Lang) -> &'static str {
    use whichlang::Lang::*;
    match l {
        Ara => "ar",
        Cmn => "zh",
        Deu => "de",
        Eng => "en",
        Fra => "fr",
        Hin => "hi",
        Ita => "it",
        Jpn => "ja",
        Kor => "ko",
        Nld => "nl",
        Por => "pt",
        Rus => "ru",
        Spa => "es",
        Swe => "sv",
        Tur => "tr",
        Vie => "vi",
    }
}

/// The language of `text` by whichlang, on its first 20,000 bytes in NFC with LF line ends.
pub fn detect(text: &str) -> &'static str {
    iso(whichlang::detect_language(&language_sample(text)))
}

/// The language of a whole document: [`detect`]'s, except that a document it takes for English
/// is French when it holds at least twice as many French function words as English ones (and 20
/// or more). A French page listing many English identifiers (a manual page of function names)
/// reads as English to the classifier; its articles and prepositions do not. (Only that way
/// round: the count costs a pass over the sample, and every French document would pay it.)
pub fn document_language(text: &str) -> &'static str {
    let guess = detect(text);
    if guess != "en" {
        return guess;
    }
    let lang = data::language();
    let sample = language_sample(text);
    let (mut fr, mut en) = (0usize, 0usize);
    let mut lower = String::new();
    for w in sample.split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() || w.len() > 12 {
            continue;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        match (
            lang.fr_function_words.contains(&lower),
            lang.en_function_words.contains(&lower),
        ) {
            (true, false) => fr += 1,
            (false, true) => en += 1,
            _ => {}
        }
    }
    if fr >= 20 && fr >= 2 * en {
        "fr"
    } else {
        guess
    }
}

/// What whichlang reads of `text`: its first 20,000 bytes in NFC with LF line ends, so that a
/// decomposed "é" weighs like a composed one (whichlang counts bytes), and `\r`, which whichlang
/// counts as any character, does not change the language.
fn language_sample(text: &str) -> std::borrow::Cow<'_, str> {
    use crate::corpus::floor_char_boundary;
    use std::borrow::Cow;
    // Nearly always, the first 20,000 bytes are already that: NFC, no CR, and not followed by a
    // character that NFC would compose with their last one (a combining mark, or a Hangul vowel
    // or final consonant after a leading one).
    let head = &text[..floor_char_boundary(text, 20_000)];
    let composes = |c: char| crate::text::is_mark(c) || ('\u{1160}'..='\u{11ff}').contains(&c);
    if !head.as_bytes().contains(&b'\r')
        && !text[head.len()..].starts_with(composes)
        && matches!(crate::text::nfc(head), Cow::Borrowed(_))
    {
        return Cow::Borrowed(head);
    }
    // NFD and CRLF take at most three times the bytes of NFC and LF (a Hangul syllable).
    let head = &text[..floor_char_boundary(text, 60_000)];
    let mut head = crate::text::nfc(head);
    if let Cow::Owned(h) = crate::text::lf(&head) {
        head = Cow::Owned(h);
    }
    let end = floor_char_boundary(&head, 20_000);
    match head {
        Cow::Borrowed(h) => Cow::Borrowed(&h[..end]),
        Cow::Owned(mut h) => {
            h.truncate(end);
            Cow::Owned(h)
        }
    }
}

impl<'a> DocCtx<'a> {
    pub fn new(doc: &'a Document, data: &'a RuleData) -> Self {
        DocCtx {
            data,
            doc,
            words: words::words(doc),
            lang: document_language(&doc.text),
            code: doc
                .paragraphs
                .iter()
                .map(|p| crate::text::looks_like_code(doc.slice(p.span)))
                .collect(),
            computing: std::cell::OnceCell::new(),
            code_names: std::cell::OnceCell::new(),
            function_words: std::cell::Cell::new(None),
            french_by_frequency: std::cell::Cell::new(None),
        }
    }

    /// Whether paragraph `p` is code with a mark of code (a statement, a prompt, a command line,
    /// a block: `code_markers`), not only many symbols: a table of figures, a line
    /// of links or of hashtags is not (« 27,8 % ; 23,1 % (*) », « Source : https://… », « #SNCF
    /// #Grève »).
    pub fn marked_code(&self, p: usize) -> bool {
        self.code[p] && {
            let text = self.doc.slice(self.doc.paragraphs[p].span);
            // Nearly always nothing to leave out: the text is tested as it is.
            if !(text.contains("://") || text.contains("www.") || text.contains('#')) {
                return crate::text::code_markers(text);
            }
            let kept: Vec<String> = crate::text::nonblank_lines(text)
                .map(|line| {
                    let mut kept = String::with_capacity(line.len());
                    for t in line.split_whitespace().filter(|t| {
                        !(t.contains("://") || t.starts_with("www.") || lexicon::hashtag(t))
                    }) {
                        if !kept.is_empty() {
                            kept.push(' ');
                        }
                        kept.push_str(t);
                    }
                    kept
                })
                .collect();
            crate::text::code_markers(&kept.join("\n"))
        }
    }

    /// The names the document's code uses: its capitalised words and its dotted names with a
    /// capitalised part, in paragraphs that are code with a mark of code
    /// ([`DocCtx::marked_code`]), outside its strings, in lower case, each part of a dotted name
    /// on its own too (`\new Staff`, `\set Timing.measureLength` give « staff », « timing » and
    /// « timing.measurelength »; `svc.Terminate()` gives « svc », « terminate »).
    pub fn code_names(&self) -> &std::collections::HashSet<String> {
        self.code_names.get_or_init(|| {
            let mut names = std::collections::HashSet::new();
            let mut marked: Vec<Option<bool>> = vec![None; self.code.len()];
            let upper = |part: &str| part.starts_with(char::is_uppercase);
            for w in &self.words {
                let p = w.para as usize;
                // A capitalised word, or a dotted name with a capitalised part (`svc.Terminate`).
                if !self.code[p]
                    || !(w.is_capitalised(self.doc)
                        || (w.lower.contains('.') && w.raw(self.doc).split('.').any(upper)))
                {
                    continue;
                }
                if !*marked[p].get_or_insert_with(|| self.marked_code(p)) {
                    continue;
                }
                // A word inside a string of the code is data, not a name the code uses
                // (`dataLayer.push({"tags": ["Deal"]})`).
                let text = &self.doc.text;
                let line_start = text[..w.span.start]
                    .rfind(['\n', '\r'])
                    .map_or(0, |i| i + 1);
                if text[line_start..w.span.start].matches('"').count() % 2 == 1 {
                    continue;
                }
                if w.lower.contains('.') {
                    names.extend(
                        w.lower
                            .split('.')
                            .filter(|p| !p.is_empty())
                            .map(String::from),
                    );
                }
                names.insert(w.lower.clone());
            }
            names
        })
    }

    /// Whether the document is about computing ([`lexicon::about_computing`]), computed once for
    /// all the rules that ask.
    pub fn about_computing(&self) -> bool {
        *self
            .computing
            .get_or_init(|| lexicon::about_computing(self))
    }

    /// Whether byte `offset` of the document is in a paragraph that reads as code.
    pub fn in_code(&self, offset: usize) -> bool {
        let ps = &self.doc.paragraphs;
        let p = ps.partition_point(|p| p.span.end <= offset);
        p < ps.len() && ps[p].span.start <= offset && self.code[p]
    }

    /// Whether the sentence at byte `offset` reads as French by its function words: more words
    /// of the French list that are not English than words of the English list that are not
    /// French (« a », « on », « me », « as » count for neither), or, as many of each, words more
    /// frequent in French than in English on average (`english_lean`). A command alone
    /// (« apt update »), a form label (« Allow Empty Passwords: NO ») or an English sentence
    /// left untranslated is not French; « Cryptage obligatoire ! » is.
    pub fn french_sentence_at(&self, offset: usize) -> bool {
        let Some((from, to, fr, en)) = self.function_words_at(offset) else {
            return false;
        };
        if fr != en {
            return fr > en;
        }
        let sentence = self.words[from].sentence;
        if let Some((s, french)) = self.french_by_frequency.get() {
            if s == sentence {
                return french;
            }
        }
        let french = self.french_by_frequency(from, to, fr);
        self.french_by_frequency.set(Some((sentence, french)));
        french
    }

    /// [`DocCtx::french_sentence_at`] of the sentence of words `from..to`, which has as many
    /// French function words as English ones (`fr` of each).
    fn french_by_frequency(&self, from: usize, to: usize, fr: usize) -> bool {
        // As many of each: the words' frequencies in the two languages decide. With none of
        // either (« Cryptage obligatoire ! »), only in a sentence of two words or more without
        // the characters of a command, a synopsis or code (« tar --update [--file ARCHIVE] »,
        // « \new Staff \relative { c d e f } »).
        let ws = &self.words[from..to];
        if fr == 0 {
            let text = self
                .doc
                .slice(Span::new(ws[0].span.start, ws[ws.len() - 1].span.end));
            // Braces as code spaces them (« { c d e } »; not an editor's « {sic} »), and a TeX or
            // LilyPond command (not an escape sequence: « \"deadline\" », « \u00e0 »).
            let code = text.contains("{ ")
                || text.contains(" }")
                || text.split('\\').skip(1).any(crate::text::tex_command);
            if ws.len() < 2 || code || text.contains(['-', '[', '(', '=', '/', '|', '<', '_']) {
                return false;
            }
        }
        let ws: Vec<&Word> = ws.iter().collect();
        english_lean(&ws) <= 0.0
    }

    /// Whether the sentence at byte `offset` reads as English by its function words: words of the
    /// English list that are not French, and none of the French list that is not English. A
    /// sentence of names alone (« Frederic Lepied ») is not English, nor is a French sentence
    /// that quotes English at length (« Trump a écrit "We will win and it will be the best deal
    /// ever" sur son réseau »).
    pub fn english_sentence_at(&self, offset: usize) -> bool {
        self.function_words_at(offset)
            .is_some_and(|(_, _, fr, en)| en > 0 && fr == 0)
    }

    /// The words of the sentence at byte `offset` (a range of `words`), and how many of them are
    /// French function words that are not English ones, and English function words that are
    /// not French ones.
    pub(crate) fn function_words_at(&self, offset: usize) -> Option<FunctionWords> {
        let i = self.words.partition_point(|w| w.span.end <= offset);
        let sentence = self.words.get(i)?.sentence;
        if let Some((s, counts)) = self.function_words.get() {
            if s == sentence {
                return Some(counts);
            }
        }
        let lang = data::language();
        let (from, to) = (
            self.words.partition_point(|w| w.sentence < sentence),
            self.words.partition_point(|w| w.sentence <= sentence),
        );
        let (mut fr, mut en) = (0, 0);
        for w in &self.words[from..to] {
            let (f, e) = (
                lang.fr_function_words.contains(&w.lower),
                lang.en_function_words.contains(&w.lower),
            );
            fr += usize::from(f && !e);
            en += usize::from(e && !f);
        }
        self.function_words
            .set(Some((sentence, (from, to, fr, en))));
        Some((from, to, fr, en))
    }

    /// A finding of `rule` at `span` of this document.
    pub fn finding(
        &self,
        rule: &'static str,
        span: Span,
        message: String,
        suggestion: Option<String>,
    ) -> Finding {
        finding(self.doc, rule, span, message, suggestion)
    }

    /// Words of paragraph `p`, as an index range into `self.words`.
    pub fn paragraph_words(&self, p: usize) -> std::ops::Range<usize> {
        let a = self.words.partition_point(|w| (w.para as usize) < p);
        let b = self.words.partition_point(|w| (w.para as usize) <= p);
        a..b
    }

    /// Span from the start of word `a` to the end of word `b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.words[a].span.start, self.words[b].span.end)
    }
}

/// A finding of `rule` at `span` of `doc`, with the rule's default severity and a fingerprint of
/// the rule, the path ([`Document::key_path`]) and the lower-cased text of the span.
pub fn finding(
    doc: &Document,
    rule: &'static str,
    span: Span,
    message: String,
    suggestion: Option<String>,
) -> Finding {
    let info = registry::info(rule);
    let mut h = Xxh3::new();
    h.update(rule.as_bytes());
    h.update(doc.key_path().as_bytes());
    h.update(&[0]);
    // Line ends as `\n`, so that a finding across lines (a hard wrap) keeps its fingerprint, and
    // its baseline entry, when the file is checked out with CRLF.
    h.update(crate::text::lf(&words::lower(doc.slice(span))).as_bytes());
    // Messages and suggestions quote the text: in NFC, like `quote`, whatever form it was typed in.
    let nfc = crate::text::into_nfc;
    Finding {
        rule,
        code: info.code,
        severity: info.severity,
        message: nfc(message),
        location: Location::of(doc, span),
        related: Vec::new(),
        similarity: None,
        measure: None,
        diff: Vec::new(),
        suggestion: suggestion.map(nfc),
        fingerprint: format!("{:016x}", h.digest()),
    }
}

/// The longest quotation of a message, in characters (grapheme clusters).
const QUOTE_MAX: usize = 120;

/// Text of a span on one line and in NFC, for messages, cut after `QUOTE_MAX` characters.
pub fn quote(doc: &Document, span: Span) -> String {
    let one_line = doc
        .slice(span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // A message is one line for people: a long span (a word repeated a thousand times, a
    // paragraph of English) is quoted by its start.
    // (No longer in bytes than the limit in characters: nothing to count.)
    let short = if one_line.len() <= QUOTE_MAX {
        one_line
    } else {
        match crate::text::shorten(&one_line, QUOTE_MAX) {
            std::borrow::Cow::Borrowed(_) => one_line,
            std::borrow::Cow::Owned(s) => s,
        }
    };
    crate::text::into_nfc(short)
}

type DocRule = fn(&DocCtx, &mut Vec<Finding>);

/// Document rules: (name, function).
const DOCUMENT_RULES: &[(&str, DocRule)] = &[
    ("false-friend", false_friend::check),
    ("calque", calque::check),
    ("anglicism", anglicism::check),
    ("language-switch", language_switch::check),
    ("broken-sentence", broken_sentence::check),
    ("stutter", stutter::check),
    ("missing-auxiliary", missing_auxiliary::check),
    ("wire-markup", wire_markup::check),
    ("mojibake", mojibake::check),
    ("hard-wrap", hard_wrap::check),
    ("boilerplate", boilerplate::check),
    ("capitalisation", capitalisation::check),
    ("truncated", truncated::check),
    ("typography", typography::check),
];

/// Rules about prose: a paragraph that reads as code ([`crate::text::looks_like_code`]: a code
/// sample or a synopsis in a manual) gives none of their findings (`typography` leaves such
/// paragraphs out of its counts itself).
const PROSE_RULES: &[&str] = &[
    "language-switch",
    "broken-sentence",
    "stutter",
    "missing-auxiliary",
    "wire-markup",
    "hard-wrap",
    "capitalisation",
    "truncated",
];

/// Mean of (English zipf − French zipf) over the words: above 0, the words are more frequent in
/// English.
pub(crate) fn english_lean(ws: &[&Word]) -> f32 {
    let (en, fr) = (data::english(), data::french());
    ws.iter()
        .map(|w| en.get(&w.lower) - fr.get(&w.lower))
        .sum::<f32>()
        / ws.len().max(1) as f32
}

/// The lines of the text at `span` of `doc`, whatever their ends (LF, CRLF, a lone CR), trimmed,
/// without the blank ones.
pub(crate) fn lines_of(doc: &Document, span: Span) -> Vec<Span> {
    let text = doc.slice(span);
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in text
        .bytes()
        .enumerate()
        .chain(std::iter::once((text.len(), b'\n')))
    {
        if b == b'\n' || b == b'\r' {
            let line = &text[start..i];
            let body = line.trim();
            if !body.is_empty() {
                let lead = line.len() - line.trim_start().len();
                let at = span.start + start + lead;
                lines.push(Span::new(at, at + body.len()));
            }
            start = i + 1;
        }
    }
    lines
}

/// Whether `line` is an item of a list: it opens on a bullet (`•`, `-`, `*`, `–`, `—`) or on a
/// number and `.` or `)`.
pub(crate) fn list_item(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    t.starts_with(['•', '-', '*', '–', '—']) || (digits > 0 && t[digits..].starts_with(['.', ')']))
}

/// Whether a paragraph is laid out line by line rather than wrapped (a program, a configuration
/// file, a list of commands or names): two lines or more, and either half of them or more (two
/// at least) starting with the same word that is not a function word (records: `deb …` lines,
/// `key: value` entries; wrapped prose often starts two lines with « de ») or no sentence end
/// anywhere (a sentence end is `.`, `!`, `?` or `…` before a space, a closing bracket or quote,
/// or the end, but not a `.` that starts a line, a shell's `. file`; and a final `:`, the lead-in
/// to a list); or three lines or more, most of them of one or two words. Prose pasted from a
/// narrow column (short lines of several words) is not a layout.
pub(crate) fn laid_out(paragraph: &str) -> bool {
    if !paragraph.contains(['\n', '\r']) {
        return false; // one line (most paragraphs): nothing to look at
    }
    let lines: Vec<&str> = crate::text::nonblank_lines(paragraph).collect();
    if lines.len() < 2 {
        return false;
    }
    let few_words = lines
        .iter()
        .filter(|l| l.split_whitespace().count() < 3)
        .count();
    let lang = data::language();
    let mut firsts: Vec<String> = lines
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_lowercase)
        .filter(|w| !lang.function_word(w))
        .collect();
    firsts.sort_unstable();
    let most_common = firsts
        .chunk_by(|a, b| a == b)
        .map(<[String]>::len)
        .max()
        .unwrap_or(0);
    let sentence_end = paragraph.trim_end().ends_with(':')
        || lines.iter().any(|l| {
            let l = l.trim_start();
            l.char_indices().any(|(i, c)| {
                matches!(c, '.' | '!' | '?' | '…')
                    && !(i == 0 && c == '.')
                    && l[i + c.len_utf8()..].chars().next().is_none_or(|n| {
                        n.is_whitespace() || matches!(n, ')' | ']' | '»' | '"' | '\'' | '’')
                    })
            })
        });
    (most_common >= 2 && most_common * 2 >= lines.len())
        || !sentence_end
        || (lines.len() >= 3 && few_words * 2 > lines.len())
}

/// Rules whose lexicons name French words and phrases that come from English: a match is a
/// finding only in a French sentence ([`DocCtx::french_sentence_at`]), not in a command, a code
/// comment in English or an English sentence (where « update » or « check » are the right words;
/// an untranslated sentence is `language-switch`'s).
const FRENCH_LEXICON_RULES: &[&str] = &["false-friend", "calque", "anglicism"];

/// What the artifact rules find in one document alone, and what the corpus rules need of it. A
/// function of the document's text, its path and the settings only: the cache keeps it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocOutcome {
    /// Findings of the document rules.
    pub findings: Vec<DocFinding>,
    /// Capitalised forms that may be names, with their spans (`entity-variant`).
    pub names: Vec<entity_variant::NameUse>,
    /// Short paragraphs as their lower-case words (`boilerplate` across files).
    pub short_paragraphs: Vec<boilerplate::ShortParagraph>,
    /// ISO 639-1 code of the document's language.
    pub lang: String,
    /// Whether the document is about computing ([`DocCtx::about_computing`]); asked only of a
    /// document with candidate names (`entity-variant`).
    #[serde(default)]
    pub computing: bool,
}

/// A finding of a document rule, without what the document gives back (path, lines, columns).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocFinding {
    pub rule: String,
    pub severity: crate::finding::Severity,
    pub message: String,
    pub span: Span,
    pub suggestion: Option<String>,
    pub fingerprint: String,
}

impl DocOutcome {
    /// Whether every span of the outcome is a span of `doc`'s text (within it, on character
    /// boundaries), and every paragraph number one of its paragraphs: an outcome read from a
    /// cache file that does not fit the document would make its findings panic when sliced.
    pub fn fits(&self, doc: &Document) -> bool {
        let text = &doc.text;
        let fits = |s: Span| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        self.findings.iter().all(|f| fits(f.span))
            && self.names.iter().all(|n| fits(n.span))
            && self
                .short_paragraphs
                .iter()
                .all(|p| fits(p.span) && p.index < doc.paragraphs.len())
    }
}

impl DocFinding {
    fn of(f: Finding) -> DocFinding {
        DocFinding {
            rule: f.rule.to_string(),
            severity: f.severity,
            message: f.message,
            span: Span::new(f.location.start_byte, f.location.end_byte),
            suggestion: f.suggestion,
            fingerprint: f.fingerprint,
        }
    }

    /// The finding in `doc`; `None` for a rule this version of relire does not know (a cache
    /// written by another version).
    fn to_finding(&self, doc: &Document) -> Option<Finding> {
        let info = registry::find(&self.rule)?;
        Some(Finding {
            rule: info.name,
            code: info.code,
            severity: self.severity,
            message: self.message.clone(),
            location: Location::of(doc, self.span),
            related: Vec::new(),
            similarity: None,
            measure: None,
            diff: Vec::new(),
            suggestion: self.suggestion.clone(),
            fingerprint: self.fingerprint.clone(),
        })
    }
}

/// Run the document rules `enabled` accepts on `doc`, and gather what the corpus rules need.
/// Without `document_rules`, only the second (its `findings` are empty): for a file that is
/// only the context of a check (focus mode), whose own findings are not reported.
pub fn outcome(
    doc: &Document,
    data: &RuleData,
    enabled: &(dyn Fn(&str) -> bool + Sync),
    document_rules: bool,
) -> DocOutcome {
    let c = DocCtx::new(doc, data);
    let mut v = Vec::new();
    for (name, rule) in DOCUMENT_RULES {
        if document_rules && enabled(name) {
            let from = v.len();
            rule(&c, &mut v);
            let french_only = FRENCH_LEXICON_RULES.contains(name);
            let prose_only = PROSE_RULES.contains(name);
            if french_only || prose_only {
                // A code sample is not prose: its findings of prose rules are dropped. The
                // lexicons' findings are kept in French sentences only, also in a paragraph that
                // holds code (a prototype, then its description).
                let kept: Vec<Finding> = v
                    .drain(from..)
                    .filter(|f| {
                        let at = f.location.start_byte;
                        !(prose_only && c.in_code(at)) && (!french_only || c.french_sentence_at(at))
                    })
                    .collect();
                v.extend(kept);
            }
        }
    }
    let names = if enabled("entity-variant") {
        entity_variant::names(&c)
    } else {
        Vec::new()
    };
    DocOutcome {
        findings: v.into_iter().map(DocFinding::of).collect(),
        computing: !names.is_empty() && c.about_computing(),
        names,
        short_paragraphs: if enabled("boilerplate") {
            boilerplate::short_paragraphs(&c)
        } else {
            Vec::new()
        },
        lang: c.lang.to_string(),
    }
}

/// Run every enabled artifact rule on `docs`.
pub fn run(
    docs: &[Document],
    data: &RuleData,
    enabled: &(dyn Fn(&str) -> bool + Sync),
) -> Vec<Finding> {
    let outcomes: Vec<DocOutcome> = docs
        .par_iter()
        .map(|d| outcome(d, data, enabled, true))
        .collect();
    combine(docs, &outcomes, enabled)
}

/// The findings of the artifact rules from the outcome of each document (`outcomes[i]` is that
/// of `docs[i]`): the document rules' own, and those of the corpus rules.
pub fn combine(
    docs: &[Document],
    outcomes: &[DocOutcome],
    enabled: &(dyn Fn(&str) -> bool + Sync),
) -> Vec<Finding> {
    let mut out: Vec<Finding> = docs
        .par_iter()
        .zip(outcomes)
        .flat_map_iter(|(d, o)| o.findings.iter().filter_map(|f| f.to_finding(d)))
        .collect();
    let (names, repeated) = rayon::join(
        || {
            if enabled("entity-variant") {
                entity_variant::check(docs, outcomes)
            } else {
                Vec::new()
            }
        },
        || {
            if enabled("boilerplate") {
                boilerplate::check_corpus(docs, outcomes)
            } else {
                Vec::new()
            }
        },
    );
    out.extend(names);
    out.extend(repeated);
    out
}

/// The names a document gives to arguments and commands, in lower case: the word after an option
/// (« -f fichier », « --type=TYPE », « [-k keytab] »), a parameter of a prototype in a paragraph
/// of code (« int chroot(const char *chemin); »), and the command of a command line (« mount -t
/// type périphérique »). Manuals write them in running text as words: « le chemin chemin »
/// names the parameter `chemin` after its kind, « path est le chemin » starts a sentence with
/// one. Function words are never such names.
pub(crate) fn argument_names(ctx: &DocCtx) -> std::collections::HashSet<String> {
    use crate::text::option_name;
    let strip = |t: &str| {
        t.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_'))
            .to_lowercase()
    };
    let mut names = std::collections::HashSet::new();
    // Options name their arguments on the lines of an option list (a line that starts with an
    // option: « -f fichier Lire… »), on command lines and in code; not in prose, where a hyphen
    // may open an aside (« le texte -adopté mardi- »).
    // Option lists are a manual's: only in a document about computing (« -La réforme… » is a
    // list item of an article).
    for (p, para) in ctx.doc.paragraphs.iter().enumerate() {
        let code = ctx.code.get(p).copied().unwrap_or(false);
        for line in crate::text::nonblank_lines(ctx.doc.slice(para.span)) {
            if crate::text::has_aside(line) {
                continue;
            }
            let listed = || {
                line.split_whitespace()
                    .next()
                    .is_some_and(|t| option_name(t).is_some())
                    && ctx.about_computing()
            };
            if !(code || crate::text::command_line(line) || listed()) {
                continue;
            }
            let mut tokens = line.split_whitespace().peekable();
            while let Some(t) = tokens.next() {
                let Some(name) = option_name(t) else { continue };
                let arg = match name.split_once('=') {
                    Some((_, value)) => strip(value),
                    None => match tokens.peek() {
                        Some(next)
                            if option_name(next).is_none() && !next.starts_with(['-', '(']) =>
                        {
                            strip(next)
                        }
                        _ => continue,
                    },
                };
                names.insert(arg);
            }
        }
    }
    for (p, para) in ctx.doc.paragraphs.iter().enumerate() {
        if !ctx.code.get(p).copied().unwrap_or(false) {
            continue;
        }
        let text = ctx.doc.slice(para.span);
        for line in crate::text::nonblank_lines(text).filter(|l| crate::text::command_line(l)) {
            names.extend(line.split_whitespace().next().map(str::to_lowercase));
        }
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let mut rest = text;
        while let Some(start) = rest.find(ident) {
            let before = rest[..start].chars().next_back();
            let len = rest[start..]
                .find(|c: char| !ident(c))
                .unwrap_or(rest.len() - start);
            let word = &rest[start..start + len];
            let after = rest[start + len..]
                .trim_start_matches([' ', '[', ']'])
                .chars()
                .next();
            if matches!(before, Some(' ' | '*')) && matches!(after, Some(',' | ')')) {
                names.insert(word.to_lowercase());
            }
            rest = &rest[start + len..];
        }
    }
    let lang = data::language();
    names.retain(|n| {
        n.chars().any(char::is_alphabetic)
            && !lang.fr_function_words.contains(n)
            && !lang.en_function_words.contains(n)
    });
    names
}

/// The token of `text` around `span`: the text between the white space (a no-break space too)
/// before it and the white space after it.
pub(crate) fn token_around(text: &str, span: Span) -> &str {
    let start = text[..span.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[span.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| span.end + i);
    &text[start..end]
}

/// Whether a token is a path or an identifier: it starts with `/`, `~` or `$`, or with `.` and
/// holds a `/` (« ./configure »), or holds `_`, `\` or an `@` inside (« user@host »), or is a web
/// address (it holds `://` or starts with `www.`: « https://savannah.gnu.org/bugs/ »). A handle
/// (« @LeFigaro », « @Le_Parisien ») is a word of a follow prompt; so is « .Lire ». A backslash
/// before a quotation mark is an escape left in scraped text (« \"deadline\" »), not a path.
pub(crate) fn path_or_identifier(token: &str) -> bool {
    if let Some(handle) = token.strip_prefix('@') {
        return handle.contains(['/', '\\', '@']);
    }
    let backslash = token
        .match_indices('\\')
        .any(|(i, _)| !token[i + 1..].starts_with(['"', '\'']));
    token.starts_with(['/', '~', '$'])
        || (token.starts_with('.') && token.contains('/'))
        || token.contains(['_', '@'])
        || backslash
        || token.contains("://")
        || token.starts_with("www.")
}

/// Findings of one lexicon (false friends, calques, anglicisms) in a French document.
fn lexicon_findings(
    ctx: &DocCtx,
    lex: &lexicon::Lexicon,
    rule: &'static str,
    out: &mut Vec<Finding>,
) {
    if ctx.lang != "fr" {
        return;
    }
    let matches = lex.find(&ctx.words);
    let inside = inside_longer(&matches);
    for (m, _) in matches.iter().zip(inside).filter(|(_, inside)| !inside) {
        let e = &lex.entries[m.entry];
        if e.admitted_in_computing && ctx.about_computing() {
            continue;
        }
        if in_english_phrase(ctx, m.first, m.last) {
            continue;
        }
        // A word of a path, an identifier or an option (« /bin/login », « stable_updates »,
        // « pbuilder --login »: an option in a document about computing) is a name, not French.
        let token = token_around(&ctx.doc.text, ctx.words[m.first].span);
        if path_or_identifier(token)
            || (ctx.about_computing() && crate::text::option_name(token).is_some())
        {
            continue;
        }
        // Capitalised words that the document's code uses are names of that code (« le
        // contexte Staff » beside `\new Staff`), not words of French; a capital at a sentence
        // start tells nothing.
        if !ctx.words[m.first].sentence_start
            && (m.first..=m.last).all(|i| {
                let w = &ctx.words[i];
                w.is_capitalised(ctx.doc) && ctx.code_names().contains(&w.lower)
            })
        {
            continue;
        }
        if mentioned(ctx, m.first, m.last) {
            continue;
        }
        let span = ctx.span(m.first, m.last);
        let mut f = ctx.finding(
            rule,
            span,
            format!("« {} »: {}", quote(ctx.doc, span), e.explanation),
            e.suggestion
                .as_ref()
                .map(|s| format!("écrire plutôt : {s}")),
        );
        if let Some(s) = e.severity {
            f.severity = s;
        }
        out.push(f);
    }
}

/// For each match, whether it is inside a longer match of the same lexicon ("la tech" in "géants
/// de la tech"): the same slip. A match whose words another one covers and goes past is inside
/// it: one that starts before it and ends at or after its end, or one that starts with it and
/// ends after it. Found in one pass over the matches by their first word (not by comparing every
/// pair: a long text of matches would be quadratic).
fn inside_longer(matches: &[lexicon::Match]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..matches.len()).collect();
    order.sort_by_key(|&k| matches[k].first);
    let mut inside = vec![false; matches.len()];
    // The furthest last word of the matches that start before the current first word.
    let mut reach: Option<usize> = None;
    for group in order.chunk_by(|&a, &b| matches[a].first == matches[b].first) {
        let furthest = group.iter().map(|&k| matches[k].last).max();
        for &k in group {
            let last = matches[k].last;
            inside[k] = reach.is_some_and(|r| r >= last) || furthest.is_some_and(|f| f > last);
        }
        reach = reach.max(furthest);
    }
    inside
}

/// An English word: frequent in English (zipf ≥ 3), and at least as frequent there as in French.
fn english_word(w: &Word) -> bool {
    let (en, fr) = (data::english().get(&w.lower), data::french().get(&w.lower));
    en >= 3.0 && en >= fr
}

/// Whether two words follow each other in a phrase: same sentence, nothing but white space
/// between.
fn joined(text: &str, a: &Word, b: &Word) -> bool {
    a.sentence == b.sentence
        && a.span.end <= b.span.start
        && text[a.span.end..b.span.start]
            .chars()
            .all(char::is_whitespace)
}

/// Nouns that name the word after them: a command, and in a document about computing a program,
/// a package or an option (« la commande jobs », « les programmes login, gdm »; « une option
/// replay » in an article is a slip).
const COMMAND_NOUNS: &[&str] = &["commande", "commandes", "utilitaire", "utilitaires"];
const COMPUTING_NOUNS: &[&str] = &[
    "programme",
    "programmes",
    "paquet",
    "paquets",
    "option",
    "options",
];

/// Whether words `first..=last` are mentioned rather than used as French:
/// - the English term given as a gloss, after a comma or a bracket and followed by « en
///   anglais » (« portes dérobées, backdoors en anglais »; « un mail en anglais » is a use);
/// - for English words ([`english_word`]): part of a name of several capitalised words, each with
///   lower case (« Network Manager », « le Release Manager », « Debian Project Leader »; not « Les
///   Leaders du mouvement », nor « DESERR_NOHWDEVICE Cryptage réussi »), or before an elided
///   article and a capital inside a sentence (« Buzz l'Éclair »); alone in a parenthesis
///   with at most two more English words, maybe after « ou » (« se connecter (login) », « un
///   gestionnaire d'écran (display manager) »; not « (diffusé en streaming) »); or the name of a
///   command: right after « commande » (or, in a document about computing, « programme »,
///   « paquet », « option »), maybe after other names listed with commas, or, in a document about
///   computing, before an option (« semanage login -l »).
fn mentioned(ctx: &DocCtx, first: usize, last: usize) -> bool {
    let (ws, doc, text) = (&ctx.words, ctx.doc, ctx.doc.text.as_str());
    let (start, end) = (ws[first].span.start, ws[last].span.end);
    let para = doc.paragraphs[doc.paragraphs.partition_point(|p| p.span.end < end)..]
        .first()
        .filter(|p| p.span.start <= start);
    let Some(para) = para else {
        return false;
    };
    let (before, after) = (&text[para.span.start..start], &text[end..para.span.end]);
    // A gloss the author calls English.
    if before.trim_end().ends_with([',', '(', '[', '«'])
        && after
            .trim_start_matches([',', ' ', '\u{a0}', '»'])
            .starts_with("en anglais")
    {
        return true;
    }
    if !ws[first..=last].iter().all(english_word) {
        return false;
    }
    // A name of several capitalised words. A frequent French word beside the match (« Les
    // Leaders du mouvement », an article opening a sentence) is no part of a name.
    let fr = data::french();
    let part = |w: &Word| {
        let raw = w.raw(doc);
        w.is_capitalised(doc)
            && raw.chars().any(char::is_lowercase)
            && !raw.contains('_')
            && fr.get(&w.lower) < 5.0
    };
    let mut run = first..=last;
    if first > 0 && joined(text, &ws[first - 1], &ws[first]) && part(&ws[first - 1]) {
        run = first - 1..=last;
    }
    if last + 1 < ws.len() && joined(text, &ws[last], &ws[last + 1]) && part(&ws[last + 1]) {
        run = *run.start()..=last + 1;
    }
    if run.end() > run.start()
        && run.clone().all(|i| part(&ws[i]))
        && run.clone().any(|i| !ws[i].sentence_start)
    {
        return true;
    }
    // A name whose second part takes an elided article (« Buzz l'Éclair », « Jack
    // l'Éventreur »), not at a sentence start, where any word takes a capital.
    let article = after
        .strip_prefix([' ', '\u{a0}'])
        .and_then(|r| r.strip_prefix("l'").or_else(|| r.strip_prefix("l’")));
    if first == last
        && part(&ws[first])
        && !ws[first].sentence_start
        && article.is_some_and(|r| r.starts_with(char::is_uppercase))
    {
        return true;
    }
    // The English term beside the French one, alone in a parenthesis.
    let open = before.rfind('(').filter(|&i| !before[i..].contains(')'));
    let close = after.find(')').filter(|&i| !after[..i].contains('('));
    if let (Some(o), Some(c)) = (open, close) {
        let (inner_start, inner_end) = (para.span.start + o + 1, end + c);
        let inner = &ws[ws.partition_point(|w| w.span.start < inner_start)
            ..ws.partition_point(|w| w.span.end <= inner_end)];
        let inner = match inner.split_first() {
            Some((w, rest)) if w.lower == "ou" => rest,
            _ => inner,
        };
        if inner.len() <= last - first + 3 && inner.iter().all(english_word) {
            return true;
        }
    }
    let computing = ctx.about_computing();
    // Before an option, in a document about computing (in an article, « -un ancien joueur- » is
    // an aside).
    if computing {
        let next = after.trim_start_matches(' ');
        if next.len() < after.len()
            && next
                .strip_prefix('-')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
        {
            return true;
        }
    }
    // Right after a noun that names it, or after other names listed after one.
    let mut i = first;
    while i > 0 && ws[i - 1].sentence == ws[first].sentence && first - i < 4 {
        let prev = &ws[i - 1];
        let gap = &text[prev.span.end..ws[i].span.start];
        if !gap.chars().all(|c| c.is_whitespace() || c == ',') {
            break;
        }
        if !gap.contains(',') {
            let noun = prev.lower.as_str();
            return COMMAND_NOUNS.contains(&noun) || (computing && COMPUTING_NOUNS.contains(&noun));
        }
        i -= 1;
    }
    false
}

/// Whether words `first..=last` are English words in an English name or phrase quoted in French
/// text (« le Digital Markets Act », « la commande Show in File Manager », « (mass bug filing) »):
/// a lexicon's entry there is English used as English, not a slip of French. That is, the matched
/// words are English words (at least as frequent in English as in French), and so are at least
/// two words next to them (up to three on each side, reached through white space only, in the same
/// sentence), one of which clearly leans English; and the phrase is written as a name or a
/// quotation: the match is capitalised (at a sentence start, with the next word capitalised too),
/// or the English words open after a bracket or a quotation mark (not an apostrophe: « l'open
/// source »). French words that English lists also hold (« le », « de », « file ») do not make a phrase
/// English on their own; a French phrase (« basé sur ») stays French whatever name follows it
/// (« basé sur System V »), and so does a word of French text before an English name (« le think
/// tank Chatham House », « le manager in fine »).
fn in_english_phrase(ctx: &DocCtx, first: usize, last: usize) -> bool {
    let (en, fr) = (data::english(), data::french());
    let (doc, text) = (ctx.doc, ctx.doc.text.as_str());
    let english = english_word;
    let leans = |w: &Word| en.get(&w.lower) - fr.get(&w.lower) >= 1.5;
    let ws = &ctx.words;
    if !ws[first..=last].iter().all(english) {
        return false;
    }
    let joined = |a: &Word, b: &Word| joined(text, a, b);
    let mut found: Vec<&Word> = Vec::new();
    let mut i = first;
    while i > 0 && first - i < 3 && joined(&ws[i - 1], &ws[i]) && english(&ws[i - 1]) {
        found.push(&ws[i - 1]);
        i -= 1;
    }
    let mut j = last;
    while j + 1 < ws.len() && j - last < 3 && joined(&ws[j], &ws[j + 1]) && english(&ws[j + 1]) {
        found.push(&ws[j + 1]);
        j += 1;
    }
    if found.len() < 2 || !found.iter().any(|w| leans(w)) {
        return false;
    }
    // An opening bracket or quotation mark; not `'`, which French writes for an elision
    // (« l'open source »).
    let quoted = text[..ws[i].span.start]
        .trim_end()
        .ends_with(['(', '[', '«', '"', '“', '‘']);
    // A capital at a sentence start, or after a colon (« Enquête : Fake news made in Russia »),
    // says nothing, unless the next word has one too (« Digital Markets Act : … »).
    let opens = ws[first].sentence_start || text[..ws[first].span.start].trim_end().ends_with(':');
    let name = ws[first].is_capitalised(doc)
        && (!opens
            || ws
                .get(first + 1)
                .is_some_and(|n| joined(&ws[first], n) && n.is_capitalised(doc)));
    name || quoted
}

/// A paragraph that makes a document about computing ([`lexicon::about_computing`]: a program's
/// instructions), for the rules' unit tests of what a manual allows.
#[cfg(test)]
pub(crate) const MANUAL_INTRO: &str =
    "Cliquez sur Outils, puis cochez la case des options dans la boîte de dialogue.\n\n";

/// `rule`'s findings in a corpus of one file holding `text` (for the rules' unit tests).
#[cfg(test)]
pub(crate) fn findings_of(rule: &str, text: &str) -> Vec<crate::finding::Finding> {
    let corpus = crate::corpus::Corpus::from_texts([("a.txt", text)]);
    let opts = crate::CheckOptions {
        select: vec![rule.into()],
        ..crate::CheckOptions::default()
    };
    crate::check(&corpus, &opts).findings
}

/// The messages of `rule`'s findings in a corpus of one file holding `text` (for the rules' unit
/// tests).
#[cfg(test)]
pub(crate) fn messages_of(rule: &str, text: &str) -> Vec<String> {
    findings_of(rule, text)
        .into_iter()
        .map(|f| f.message)
        .collect()
}

/// The suggestions of `rule`'s findings in a corpus of one file holding `text` (for the rules'
/// unit tests).
#[cfg(test)]
pub(crate) fn suggestions_of(rule: &str, text: &str) -> Vec<String> {
    findings_of(rule, text)
        .into_iter()
        .filter_map(|f| f.suggestion)
        .collect()
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn a_message_quotes_a_long_span_by_its_start() {
        let text = format!("Le texte dit {}fin.", "mot ".repeat(5000));
        let messages = super::messages_of("stutter", &text);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(messages[0].chars().count() < 200, "{}", messages[0]);
        assert!(messages[0].starts_with("« mot mot mot"), "{}", messages[0]);
        assert!(messages[0].contains("… »"), "{}", messages[0]);
    }

    #[test]
    fn a_word_of_a_path_or_an_option_is_no_anglicism() {
        let manual = "Le programme /bin/login demande le mot de passe.\n\n\
                      Signalez les erreurs sur https://savannah.gnu.org/bugs/?group=nano.\n\n\
                      L'option --login démarre un interpréteur de connexion, voir chmod(2) et passwd(1).\n\n\
                      Consultez aussi mount(8) et la variable CHECK_INTERVAL.";
        assert_eq!(
            super::messages_of("anglicism", manual),
            Vec::<String>::new()
        );
        // The same words in an article, a dash of an aside, and a word before a slash that
        // opens no path, are still anglicisms.
        let article = "Le login de chaque élève sera remis à la rentrée.\n\n\
                       Le ministre a fixé une date -une deadline- aux syndicats.\n\n\
                       Les deux mots login/identifiant désignent la même chose.\n\n\
                       Les syndicats ont reçu la réponse --deadline oblige-- du ministre.";
        assert_eq!(
            super::messages_of("anglicism", article).len(),
            4,
            "{:?}",
            super::messages_of("anglicism", article)
        );
    }

    #[test]
    fn a_name_of_the_documents_code_is_no_anglicism() {
        let manual = "Les portées sont créées dans le contexte Staff, et la mesure dans Timing.\n\n\
                      \\new Staff {\n  \\set Timing.measureLength = #(ly:make-moment 3/4)\n  c4 d e\n}\n";
        assert_eq!(
            super::messages_of("anglicism", manual),
            Vec::<String>::new()
        );
        // Without the code, or in lower case, the same words are anglicisms.
        let prose = "Les portées sont créées dans le contexte Staff, et la mesure dans Timing.";
        assert_eq!(super::messages_of("anglicism", prose).len(), 2);
        // Hashtags and a tracking script are no code to take names from, and a capital at a
        // sentence start is no name.
        let article = "Mercato : le PSG s'offre Kvaratskhelia pour 70 millions d'euros\n\n\
                       Deal conclu entre le Paris Saint-Germain et Naples, a annoncé le club.\n\n\
                       #Mercato #PSG #Deal #Kvaratskhelia #Ligue1\n\n\
                       Le club parle d'un Deal historique.\n\n\
                       dataLayer.push({\"tags\": [\"Deal\", \"Leader\"]});";
        assert_eq!(
            super::messages_of("anglicism", article).len(),
            3,
            "{:?}",
            super::messages_of("anglicism", article)
        );
        let start = "Staff réduit : le contexte Staff est créé plus loin.\n\n\
                     \\new Staff {\n  c4 d e\n}\n";
        assert_eq!(super::messages_of("anglicism", start).len(), 1);
        let lower = "Le staff technique a revu le timing de la saison.\n\n\
                     \\new Staff {\n  \\set Timing.measureLength = #(ly:make-moment 3/4)\n  c4 d e\n}\n";
        assert_eq!(super::messages_of("anglicism", lower).len(), 2);
    }

    /// Asking whether a long sentence is French or English at each of its words (as the rules
    /// do at each candidate) counts its function words once, not once per question (found by
    /// fuzzing: « Zzq. la » or « le cryptage et » × 4,000 took seconds).
    /// The answers on a long input are checked here; the time is measured in
    /// `benches/rules.rs`.
    #[test]
    fn the_language_of_a_long_sentence_is_read_once() {
        let data = super::RuleData::default();
        for (phrase, french) in [
            ("le cryptage et ", true),
            ("cryptage ", true),
            ("the end ", false),
        ] {
            let doc = crate::corpus::Document::from_str("a.txt", &phrase.repeat(20_000));
            let ctx = super::DocCtx::new(&doc, &data);
            for w in &ctx.words {
                assert_eq!(ctx.french_sentence_at(w.span.start), french, "{phrase:?}");
                assert_eq!(ctx.english_sentence_at(w.span.start), !french, "{phrase:?}");
            }
        }
    }

    /// One long sentence with an anglicism every few words (found by fuzzing: « le cryptage et »
    /// × 4,000, 60 KB, took 12 s): whether the sentence is French is decided once, not once per
    /// match, by its function words or, with none, by its words' frequencies.
    /// The answers on a long input are checked here; the time is measured in
    /// `benches/rules.rs`.
    #[test]
    fn a_long_sentence_of_lexicon_matches_is_read_once() {
        for phrase in ["le cryptage et ", "cryptage "] {
            let found = super::messages_of("anglicism", &phrase.repeat(20_000)).len();
            assert_eq!(found, 20_000, "{phrase:?}");
        }
    }

    /// `inside_longer` in one pass says what comparing every pair of matches says.
    #[test]
    fn a_match_inside_a_longer_one_is_found_in_one_pass() {
        use super::lexicon::Match;
        let m = |entry, first, last| Match { entry, first, last };
        let matches = [
            m(0, 3, 5),
            m(1, 3, 5),
            m(2, 4, 4),
            m(3, 4, 6),
            m(4, 0, 1),
            m(5, 1, 1),
            m(6, 5, 9),
            m(7, 6, 7),
            m(8, 9, 9),
            m(9, 2, 2),
        ];
        let pairwise: Vec<bool> = matches
            .iter()
            .map(|a| {
                matches.iter().any(|o| {
                    o != a
                        && o.first <= a.first
                        && a.last <= o.last
                        && (o.last - o.first) > (a.last - a.first)
                })
            })
            .collect();
        assert_eq!(
            pairwise,
            [false, false, true, false, false, true, false, true, true, false]
        );
        assert_eq!(super::inside_longer(&matches), pairwise);
        // In any order.
        let mut reversed = matches;
        reversed.reverse();
        let mut expected = pairwise.clone();
        expected.reverse();
        assert_eq!(super::inside_longer(&reversed), expected);
    }

    #[test]
    fn lexicons_speak_of_french_sentences_only() {
        let french = "Le gestionnaire de paquets télécharge chaque update depuis le serveur.";
        assert_eq!(super::messages_of("anglicism", french).len(), 1);
        // Headings and list items with no function word, or as many English ones as French.
        for heading in [
            "Le projet avance.\n\nCryptage obligatoire !\n",
            "Le projet avance.\n\nUn must absolu.\n",
        ] {
            assert_eq!(
                super::messages_of("anglicism", heading).len(),
                1,
                "{heading}"
            );
        }
        for other in [
            // An English sentence left in a French page, a command, a form label.
            "La mise à jour des paquets se fait avec la commande suivante, depuis le terminal de \
             la machine, et elle prend quelques minutes.\n\n\
             This will update the package list from the server.",
            "La mise à jour se fait ainsi.\n\napt update\n",
            "Réglez le formulaire ainsi.\n\nAllow Empty Passwords: NO\n",
            "La commande se lance ainsi.\n\ntar --update [--file ARCHIVE] [OPTIONS]\n",
            "La portée se crée ainsi.\n\n\\new Staff \\relative { c''4 d e f }\n",
        ] {
            assert_eq!(
                super::messages_of("anglicism", other),
                Vec::<String>::new(),
                "{other}"
            );
        }
    }

    #[test]
    fn an_escaped_headline_is_still_french() {
        for headline in [
            r#"Brexit : nouvelle \"deadline\" fixée mardi"#,
            "Cybersécurité : hackers russes soupçonnés \\u00e0 Paris",
            "Cybersécurité : hackers russes soupçonnés {MAJ}",
        ] {
            let text = format!("Le gouvernement a présenté mardi son projet de loi devant les députés.\n\n{headline}\n");
            assert_eq!(
                super::messages_of("anglicism", &text).len(),
                1,
                "{headline}"
            );
        }
    }

    #[test]
    fn an_english_name_in_french_text_is_not_a_slip() {
        for (rule, text) in [
            (
                "false-friend",
                "La Commission a ouvert une enquête au titre du Digital Markets Act contre trois plateformes.",
            ),
            (
                "false-friend",
                "Digital Markets Act : la Commission ouvre une enquête contre trois plateformes.",
            ),
            (
                "false-friend",
                "Bruxelles.\n\nLa Commission a ouvert une enquête au titre du Digital\nMarkets Act contre trois plateformes.",
            ),
            (
                "false-friend",
                "Le texte reprend le Digital Millennium Copyright Act adopté en 1998.",
            ),
            (
                "anglicism",
                "Le nom anglais de cette commande est « Show in File Manager » dans la version originale.",
            ),
            (
                "anglicism",
                "Les développeurs signalent les bogues en masse (mass bug filing) après chaque version.",
            ),
        ] {
            assert_eq!(super::messages_of(rule, text), Vec::<String>::new(), "{text}");
        }
        // The same words used as French: French words around them, English words that French
        // uses too (« marketing »), a phrase cut by punctuation, or a word of the French text
        // before an English name or phrase.
        for (rule, text) in [
            (
                "false-friend",
                "La transformation digitale des services publics avance lentement selon le rapport.",
            ),
            ("false-friend", "Le marketing digital coûte cher aux petites entreprises du quartier."),
            ("false-friend", "Le gouvernement promeut le digital made in France auprès des entreprises."),
            ("anglicism", "Le manager de l'équipe a présenté les résultats du trimestre."),
            ("anglicism", "Le nouveau manager, in fine, a tranché en faveur du projet de fusion."),
            ("anglicism", "Le nouveau manager in fine tranchera en faveur du projet de fusion."),
            ("anglicism", "Selon le think tank Chatham House, la crise va durer encore un an."),
            ("anglicism", "Il anime chaque matin le podcast The Daily depuis New York."),
            ("anglicism", "Le leader Black Lives Matter a été reçu par le ministre."),
            (
                "anglicism",
                "Le gouvernement veut promouvoir l'open source made in France auprès des mairies.",
            ),
            (
                "anglicism",
                "Fake news made in Russia : comment Moscou inonde les réseaux sociaux européens.",
            ),
            (
                "anglicism",
                "Enquête : Fake news made in Russia, comment Moscou inonde les réseaux sociaux.",
            ),
            ("calque", "Le démarrage des systèmes basés sur System V Release 4 est décrit ici."),
        ] {
            assert_eq!(super::messages_of(rule, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn detect_gives_the_same_language_in_nfc_and_nfd() {
        for text in [
            "Déclaré priorité élèves déclaré priorité données.",
            "Les élèves ont été évalués après la rentrée scolaire.",
            "Über die Brücke gehen täglich viele Menschen.",
        ] {
            let nfd: String = text.nfd().collect();
            assert_ne!(nfd, text);
            assert_eq!(super::detect(text), super::detect(&nfd), "{text}");
        }
    }

    /// whichlang counts `\r` like any character: this text came out Spanish with LF line ends
    /// and French with CRLF.
    #[test]
    fn detect_gives_the_same_language_with_lf_and_crlf() {
        let lf = "El gobierno presentó las nuevas reglas\ny quiere aplicarlas durante el verano\n\
                  próximo. Le rapport cite l&#8217;avis du\nConseil d’État.<br />Il sera publié \
                  lundi.\nLe directeur a dit que lâ€™entreprise\nrecruterait.";
        let crlf = lf.replace('\n', "\r\n");
        assert_eq!(super::detect(lf), super::detect(&crlf));
    }

    /// The sample is the same text in NFC and in NFD, CRLF or both, also when the 20,000-byte
    /// cut falls between a letter and its accent, or inside a Hangul syllable.
    #[test]
    fn function_words_overrule_the_classifier_between_french_and_english() {
        // A French manual page made mostly of English function names: the classifier reads
        // English, the articles and prepositions say French.
        let mut page = String::from(
            "Les fonctions suivantes sont sûres dans le cas des threads, sauf celles de la liste :\n\n",
        );
        let names = [
            "thread_get_name",
            "thread_set_stack_size",
            "rwlock_read_write",
            "signal_wait_for",
            "thread_create_new",
            "thread_join_handle",
            "thread_local_storage",
            "thread_cancel_state",
            "mutex_lock_timed",
            "cond_wait_timed",
            "attr_get_stack",
            "attr_set_guard_size",
            "cleanup_push_pop",
            "key_create_delete",
            "once_init_routine",
            "spin_lock_unlock",
        ];
        for (i, f) in names.iter().enumerate() {
            page.push_str(&format!("• {f}(), {f}_np(), {f}_ext(), {f}_checked()\n\n"));
            if i % 3 == 0 {
                page.push_str("La fonction est appelée par le thread de la bibliothèque, et elle renvoie une valeur dans le cas d'une erreur.\n\n");
            }
        }
        assert_eq!(super::detect(&page), "en", "the case this test is for");
        assert_eq!(super::document_language(&page), "fr");
        // Clear cases keep the classifier's answer.
        let fr = "Le conseil municipal a voté le budget de la commune pour l'année prochaine. "
            .repeat(10);
        assert_eq!(super::document_language(&fr), "fr");
        let en =
            "The city council voted the budget of the town for the next year, and it was passed. "
                .repeat(10);
        assert_eq!(super::document_language(&en), "en");
    }

    #[test]
    fn language_sample_is_the_same_whatever_the_form() {
        use unicode_normalization::UnicodeNormalization;
        let line = "Les élèves ont été évalués après la rentrée.\n";
        for pad in 0..4 {
            for tail in ["é", "각", "ệ"] {
                let text = format!("{}{tail}{}", "a".repeat(19_996 + pad), line.repeat(600));
                let nfc: String = text.nfc().collect();
                let sample = super::language_sample(&nfc).into_owned();
                assert!(sample.len() <= 20_000 && sample.len() > 19_990);
                for other in [
                    text.nfd().collect::<String>(),
                    nfc.replace('\n', "\r\n"),
                    text.nfd().collect::<String>().replace('\n', "\r\n"),
                ] {
                    assert_eq!(super::language_sample(&other), sample, "{pad} {tail}");
                }
            }
        }
    }

    #[test]
    fn find_within_measures_the_window_in_nfc() {
        use crate::text::find_within;
        let plus = |c: char| c == '+';
        assert_eq!(find_within("abc+", 3, plus), Some(3));
        assert_eq!(find_within("abcd+", 3, plus), None);
        // "é" is 2 bytes in NFC, 3 in NFD: the same window for both.
        assert_eq!(find_within("éé+", 4, plus), Some(4));
        assert_eq!(find_within("e\u{301}e\u{301}+", 4, plus), Some(6));
        assert_eq!(find_within("e\u{301}e\u{301}e+", 4, plus), None);
    }

    #[test]
    fn is_mark_agrees_with_the_table_below_u0300_too() {
        for c in ('\0'..='\u{3000}').chain(['\u{20dd}', '\u{fe20}', '\u{1d165}']) {
            assert_eq!(
                crate::text::is_mark(c),
                unicode_normalization::char::is_combining_mark(c),
                "{c:?}"
            );
        }
    }
}
