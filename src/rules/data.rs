//! Compiled-in data: lexicons, word lists and word frequencies (sources in docs/lexicons.md).

use super::lexicon::Lexicon;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Hasher of the word tables: xxh3 of the bytes (std's SipHash took 6 % of the CPU of a run of
/// every rule on the man pages, through these lookups). The tables hold built-in data and the
/// lexicons of the configuration, never text of the corpus (which is only looked up), so no
/// document can fill them with colliding keys; where they are iterated, the result is sorted.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(bytes, self.0);
    }
    fn write_u8(&mut self, i: u8) {
        // `str`'s terminator: mixed in without a second pass of xxh3.
        self.0 = (self.0 ^ u64::from(i)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A set of words hashed with [`WordHasher`].
pub type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;
/// A map from words hashed with [`WordHasher`].
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

macro_rules! lexicon {
    ($name:ident, $file:literal) => {
        pub fn $name() -> &'static Lexicon {
            static L: OnceLock<Lexicon> = OnceLock::new();
            L.get_or_init(|| {
                Lexicon::parse(include_str!(concat!("data/", $file)))
                    .unwrap_or_else(|e| panic!("built-in lexicon {}: {e}", $file))
            })
        }
    };
}

lexicon!(false_friends, "false_friends.toml");
lexicon!(calques, "calques.toml");
lexicon!(anglicisms, "anglicisms.toml");

/// Boilerplate phrases may run over sentence ends ("Explorer. Thinker. Gamer.").
pub fn boilerplate() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lexicon::parse(include_str!("data/boilerplate.toml"))
            .unwrap_or_else(|e| panic!("built-in lexicon boilerplate.toml: {e}"));
        l.paragraph_scope = true;
        l
    })
}

#[derive(Debug, Deserialize)]
pub struct Language {
    pub fr_function_words: WordSet,
    pub en_function_words: WordSet,
    pub de_function_words: WordSet,
    pub es_function_words: WordSet,
    pub it_function_words: WordSet,
    pub nl_function_words: WordSet,
    pub pt_function_words: WordSet,
    pub cannot_end_sentence_fr: WordSet,
    pub cannot_end_sentence_en: WordSet,
    pub abbreviations_fr: Vec<String>,
    pub legit_repeats_fr: Vec<String>,
    /// Past participles of verbs that attribute a quotation (« déclaré », « dit »).
    pub speech_participles_fr: WordSet,
    /// Finite forms of verbs that open an incise (« demanda », « s'écria », « dit »).
    pub speech_verbs_fr: WordSet,
    /// Every form of the irregular verbs that lexicon patterns name with `@verb`.
    pub conjugations: std::collections::BTreeMap<String, Vec<String>>,
}

impl Language {
    /// Whether a lower-case word is a French or an English function word.
    pub fn function_word(&self, w: &str) -> bool {
        self.fr_function_words.contains(w) || self.en_function_words.contains(w)
    }
}

pub fn language() -> &'static Language {
    static L: OnceLock<Language> = OnceLock::new();
    L.get_or_init(|| {
        toml::from_str(include_str!("data/language.toml")).expect("built-in language.toml")
    })
}

#[derive(Debug, Deserialize)]
pub struct Capitalisation {
    pub nationality_adjectives: WordSet,
    pub languages: WordSet,
    pub weekdays: WordSet,
    pub months: WordSet,
    /// Holidays named by their date, « day month » (« 14 juillet »).
    pub holidays: WordSet,
    /// Nouns heading a name of a state or an institution (« Union », « Empire »).
    pub institution_nouns: WordSet,
    /// Adjectives of history's peoples, judged after an institution noun only.
    pub historical_adjectives: WordSet,
    /// Common adjectives (« centrale », « mondiale »), judged after an institution noun only.
    pub institution_adjectives: WordSet,
    /// Adjectives that are also a country's name when capitalised (« l'Argentine »).
    pub also_proper_nouns: WordSet,
}

pub fn capitalisation() -> &'static Capitalisation {
    static L: OnceLock<Capitalisation> = OnceLock::new();
    L.get_or_init(|| {
        toml::from_str(include_str!("data/capitalisation.toml"))
            .expect("built-in capitalisation.toml")
    })
}

/// Zipf frequencies (wordfreq, CC BY-SA 4.0): `word\tzipf` lines.
pub struct Frequencies {
    pub zipf: WordMap<f32>,
}

fn parse_freq(src: &str) -> Frequencies {
    let zipf = src
        .lines()
        .filter_map(|l| {
            let (w, z) = l.split_once('\t')?;
            Some((w.to_string(), z.parse().ok()?))
        })
        .collect();
    Frequencies { zipf }
}

impl Frequencies {
    /// Zipf frequency of a lower-case word, 0 when unknown.
    pub fn get(&self, w: &str) -> f32 {
        self.zipf.get(w).copied().unwrap_or(0.0)
    }
}

pub fn french() -> &'static Frequencies {
    static F: OnceLock<Frequencies> = OnceLock::new();
    F.get_or_init(|| parse_freq(include_str!("data/fr_wordfreq.txt")))
}

pub fn english() -> &'static Frequencies {
    static F: OnceLock<Frequencies> = OnceLock::new();
    F.get_or_init(|| parse_freq(include_str!("data/en_wordfreq.txt")))
}

/// Whether a lower-case word is in the French or the English word list.
pub fn in_word_list(w: &str) -> bool {
    french().get(w) > 0.0 || english().get(w) > 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in lexicon entry fires on its positive examples and stays quiet on its
    /// negative ones, as LanguageTool and Grammalecte test their rules.
    #[test]
    fn lexicon_examples() {
        let mut failures = Vec::new();
        for (name, lex) in [
            ("false_friends", false_friends()),
            ("calques", calques()),
            ("anglicisms", anglicisms()),
        ] {
            for (i, e) in lex.entries.iter().enumerate() {
                assert!(
                    !e.examples_positive.is_empty() && !e.examples_negative.is_empty(),
                    "{name}/{}: examples missing",
                    e.id
                );
                for s in &e.examples_positive {
                    if !lex.find_in(s).iter().any(|m| m.entry == i) {
                        failures.push(format!("{name}/{}: does not fire on {s:?}", e.id));
                    }
                }
                for s in &e.examples_negative {
                    if lex.find_in(s).iter().any(|m| m.entry == i) {
                        failures.push(format!("{name}/{}: fires on {s:?}", e.id));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Boilerplate entries are judged as the rule judges a paragraph: short, and mostly made of
    /// the lexicon's phrases. Their negative examples are real sentences holding the phrase.
    #[test]
    fn boilerplate_examples() {
        use crate::corpus::Document;
        let flagged = |text: &str| {
            let doc = Document::from_str("example", text);
            super::super::boilerplate::kinds(boilerplate(), &doc, &super::super::words::words(&doc))
                .is_some()
        };
        let mut failures = Vec::new();
        for e in &boilerplate().entries {
            assert!(
                !e.examples_positive.is_empty() && !e.examples_negative.is_empty(),
                "boilerplate/{}: examples missing",
                e.id
            );
            failures.extend(
                e.examples_positive
                    .iter()
                    .filter(|s| !flagged(s))
                    .map(|s| format!("{}: not flagged: {s:?}", e.id)),
            );
            failures.extend(
                e.examples_negative
                    .iter()
                    .filter(|s| flagged(s))
                    .map(|s| format!("{}: flagged: {s:?}", e.id)),
            );
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn lexicon_sizes() {
        assert!(false_friends().entries.len() >= 60);
        assert!(calques().entries.len() >= 30);
        assert!(anglicisms().entries.len() >= 40);
        assert!(french().get("istanbul") > 3.0);
        assert!(english().get("comments") > french().get("comments"));
        assert!(language().fr_function_words.contains("les"));
        assert!(capitalisation().nationality_adjectives.contains("français"));
    }
}
