//! `entity-variant`: one name spelt two ways in the corpus ("Instanbul"/"Istanbul",
//! "Juergen"/"Jürgen"). Capitalised words are compared after transliteration folding
//! (ü→ue, ö→oe, ä→ae, ß→ss, accents dropped) and by Damerau–Levenshtein distance 1 with a
//! Jaro–Winkler similarity of at least 0.85; the rarer spelling is flagged. A spelling found in
//! no file and in no word list, one edit away from a frequent word, is flagged even in a
//! one-file corpus. See docs/rules/entity-variant.md for the decision rule.

use super::{data, finding, DocCtx, DocOutcome};
use crate::corpus::{Document, Span};
use crate::finding::{Finding, Location, Related};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use xxhash_rust::xxh3::xxh3_64;

/// Lower case, transliterated and without accents.
pub fn fold(w: &str) -> String {
    fold_with(w, true)
}

/// Lower case and without accents, an umlaut dropped rather than transliterated (« Jürgen » →
/// « jurgen », where [`fold`] gives « juergen »).
fn bare(w: &str) -> String {
    fold_with(w, false)
}

/// Whether two forms are one word but for accents, an umlaut transliterated (« Juergen » /
/// « Jürgen ») or dropped (« Jurgen » / « Jürgen », « Bjorn » / « Björn »).
fn same_letters(a: &str, b: &str) -> bool {
    fold(a) == fold(b) || bare(a) == bare(b)
}

fn fold_with(w: &str, transliterate: bool) -> String {
    use unicode_normalization::char::is_combining_mark;
    let mut s = String::with_capacity(w.len());
    for c in w.chars().flat_map(char::to_lowercase) {
        match c {
            'ü' if transliterate => s.push_str("ue"),
            'ö' if transliterate => s.push_str("oe"),
            'ä' if transliterate => s.push_str("ae"),
            'ß' => s.push_str("ss"),
            'œ' => s.push_str("oe"),
            'æ' => s.push_str("ae"),
            c if c.is_ascii() => s.push(c),
            c => unicode_normalization::char::decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    s.push(d)
                }
            }),
        }
    }
    s
}

/// Endings added to a word to make its plural or feminine (« Français » / « Française »).
const ADDED_ENDINGS: [&str; 8] = ["s", "x", "e", "es", "ne", "nes", "n", "ns"];

/// French endings that replace one another on a verb's stem (folded, without accents): its
/// forms and the nouns made from it (« configurer » / « configurée », « interpréter » /
/// « interpréteur »).
const REPLACED_ENDINGS: [&str; 16] = [
    "er", "e", "ee", "es", "ees", "ez", "ent", "ant", "ants", "eur", "eurs", "euse", "euses",
    "ait", "ais", "ai",
];

/// The words of the French word list, folded ([`fold`]), with the highest Zipf frequency of the
/// words of each folded form.
fn most_frequent_of_fold() -> &'static std::collections::HashMap<String, f32> {
    static M: OnceLock<std::collections::HashMap<String, f32>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for (w, &z) in &data::french().zipf {
            let best = m.entry(fold(w)).or_insert(z);
            if z > *best {
                *best = z;
            }
        }
        m
    })
}

/// Whether the lower-case word `w` is in a word list, or is the regular plural (-s, -x) of a word
/// of three letters or more that is: the lists hold the frequent forms, and a rarer noun's plural
/// is as much a word as its singular (« césures », « césure »). Not when the singular is a
/// spelling without the accents of a more frequent French word: the lists hold web spellings
/// (« algerien », for « algérien »), and « Algeriens » is a slip, not a word.
fn known_form(w: &str) -> bool {
    data::in_word_list(w)
        || w.strip_suffix(['s', 'x']).is_some_and(|stem| {
            let z = data::french().get(stem);
            stem.chars().count() >= 3
                && data::in_word_list(stem)
                && (z <= 0.0
                    || most_frequent_of_fold()
                        .get(&fold(stem))
                        .is_none_or(|&b| b <= z))
        })
}

/// One folded form is another form of the same word: an ending added to it, or another form of
/// a French verb the word list knows (both put one of [`REPLACED_ENDINGS`] on the same stem of
/// four letters or more, the stem with « er » is in the word list, and so is one of the two
/// forms: « configurez » / « configure »). Names that end alike (« Laurent » / « Laurant »,
/// « Rochais » / « Rochait ») are not verb forms: « laurer » is no word, « rochais » and
/// « rochait » are none either.
fn inflection(a: &str, b: &str) -> bool {
    // Two verb forms with the same pronoun hooked on (« Vengez-moi » / « Venge-moi »): the
    // forms of the verb are compared.
    if let (Some((va, pa)), Some((vb, pb))) = (enclitic(a), enclitic(b)) {
        if pa == pb {
            return inflection(va, vb);
        }
    }
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // A plural in « x » follows a vowel (« Bateau » / « Bateaux », « Cheveu » / « Cheveux »):
    // « Lumivoxx » is a slip for « Lumivox ».
    if l.strip_prefix(s).is_some_and(|end| {
        ADDED_ENDINGS.contains(&end)
            && (!end.starts_with('x') || s.ends_with(['a', 'e', 'i', 'o', 'u']))
    }) {
        return true;
    }
    // Both forms put an ending on the same stem of four letters or more, the stem with « er »
    // is an infinitive the word list knows, and one of the two forms is that infinitive or
    // another word of the list (« configurez » / « configure »): « rocher » is in the list too,
    // but « Rochais » / « Rochait » are names.
    let words = most_frequent_of_fold();
    REPLACED_ENDINGS.iter().any(|end| {
        a.strip_suffix(end).is_some_and(|stem| {
            let Some(other) = b
                .strip_prefix(stem)
                .filter(|o| o != end && REPLACED_ENDINGS.contains(o))
            else {
                return false;
            };
            let n = stem.chars().count();
            // The word list holds a verb's frequent forms only. Two endings of the present,
            // the participle or the infinitive (« Empilé » / « Empilez », « Décoche » /
            // « Décochez ») on a stem of five letters or more are that verb's when its
            // infinitive is known; on a stem of seven or more, not ending as « -ier » names do
            // (« Gauthier » / « Gauthie »), an infinitive and another form are a verb's even
            // unknown (« Initialiser » / « Initialise », « Paramétrer » / « Paramètres »;
            // « Velazquez » / « Velazques » are a name).
            let conjugated = VERB_ENDINGS.contains(end) && VERB_ENDINGS.contains(&other);
            let known_verb = n >= 4
                && words.contains_key(&format!("{stem}er"))
                && (words.contains_key(a) || words.contains_key(b) || (conjugated && n >= 5));
            let infinitive = *end == "er" || other == "er";
            known_verb || (conjugated && infinitive && n >= 7 && !stem.ends_with('i'))
        })
    })
}

/// Pronouns hooked on a verb by a hyphen: an imperative's object (« Venge-moi ») or an
/// inverted subject (« Est-elle »).
const ENCLITICS: [&str; 18] = [
    "moi", "toi", "le", "la", "les", "nous", "vous", "lui", "leur", "en", "y", "elle", "il", "ils",
    "elles", "on", "je", "tu",
];

/// A word split into a verb and the pronoun hooked on it by a hyphen (« venge-moi »,
/// « est-elle », « va-t-il »), if it ends with one, in lower case.
fn enclitic(w: &str) -> Option<(&str, &str)> {
    let (verb, pronoun) = w.rsplit_once('-')?;
    if !ENCLITICS.contains(&pronoun) {
        return None;
    }
    let verb = verb.strip_suffix("-t").unwrap_or(verb);
    (!verb.is_empty()).then_some((verb, pronoun))
}

/// Whether a folded word is the present or the participle of a verb whose infinitive the word
/// list knows, on a stem of four letters or more (« décoche », « décochez » of « décocher »):
/// the list holds a verb's frequent forms only. So are a first person plural, a present
/// participle and a noun in « -ement » of a verb in -er, -ir or -re (« Chassons »,
/// « Ressentant », « Haussement »), which open a sentence in a story.
fn form_of_known_verb(w: &str) -> bool {
    let words = most_frequent_of_fold();
    let known_infinitive = |stem: &str, ends: &[&str]| {
        stem.chars().count() >= 4
            && ends.iter().any(|e| {
                let mut inf = String::with_capacity(stem.len() + 2);
                inf.push_str(stem);
                inf.push_str(e);
                words.contains_key(&inf)
            })
    };
    VERB_ENDINGS.iter().any(|end| {
        w.strip_suffix(end)
            .is_some_and(|stem| known_infinitive(stem, &["er"]))
    }) || ["ons", "ant", "ement"].iter().any(|end| {
        w.strip_suffix(end)
            .is_some_and(|stem| known_infinitive(stem, &["er", "ir", "re"]))
    })
}

/// The endings of [`REPLACED_ENDINGS`] that make a verb's present, participle and infinitive.
const VERB_ENDINGS: [&str; 7] = ["er", "e", "ee", "es", "ees", "ez", "ent"];

/// Two spellings of a word that differ by the accent of its last syllable only, the participle
/// and a frequent word (« Ombré » / « Ombre », « Coloré » / « Colore »): the word list holds
/// the frequent one, and the participle of its verb is a word too.
fn participle_of(a: &str, b: &str) -> bool {
    let (a, b) = (super::words::lower(a), super::words::lower(b));
    let endings = [("é", "e"), ("és", "es"), ("ée", "ee"), ("ées", "ees")];
    let pair = |p: &str, w: &str| {
        endings.iter().any(|(ep, ew)| {
            p.strip_suffix(ep).is_some_and(|stem| {
                stem.chars().count() >= 3
                    && w.strip_suffix(ew) == Some(stem)
                    && data::french().get(w) >= 3.0
            })
        })
    };
    pair(&a, &b) || pair(&b, &a)
}

/// An acronym, a constant, a key, a file's or a program's name rather than a name: an
/// underscore or a dot (« Packages.xz »), or a
/// hyphen-separated part written in capitals (« OTAN », « EFAULT », « Set-UID »), made of one
/// capital (« Ctrl-C »), holding two capitals in a row beside lower case (« XCurses »,
/// « SVendor ») or ending with a capital after lower case (« SystemV »). Acronyms one letter
/// apart are distinct names (« NSA » / « NSO »), and capitals often drop their accents
/// (« ETATS-UNIS »), so forms in capitals are not compared. Names with a capital inside
/// (« McDonald », « LeBlanc ») are still names.
fn identifier_like(form: &str) -> bool {
    form.contains(['_', '.'])
        || form.split('-').any(|part| {
            let letters = part.chars().filter(|c| c.is_alphabetic()).count();
            let lower = part.chars().any(char::is_lowercase);
            (letters >= 1 && !lower && (letters >= 2 || part.len() == 1))
                // Inside a part, each piece between apostrophes (« O'Sullivan », « D'Alembert »)
                // is looked at on its own.
                || (lower
                    && part.split(['\'', '’']).any(|piece| {
                        let cs: Vec<char> = piece.chars().filter(|c| c.is_alphabetic()).collect();
                        cs.windows(2)
                            .any(|w| w[0].is_uppercase() && w[1].is_uppercase())
                            || (cs.len() >= 2
                                && cs[cs.len() - 1].is_uppercase()
                                && cs[cs.len() - 2].is_lowercase())
                    }))
        })
}

fn similar(a: &str, b: &str) -> bool {
    if same_letters(a, b) {
        // Forms that differ by case alone are one word at a sentence start and inside one, but
        // a capital inside a name is part of its spelling (« CloudNest » / « Cloudnest »).
        let inner_capital = camel_case(a) != camel_case(b)
            && a.chars().count() >= 5
            && [a, b].iter().all(|w| w.chars().any(char::is_lowercase));
        return a != b && (a.to_lowercase() != b.to_lowercase() || inner_capital);
    }
    let (fa, fb) = (fold(a), fold(b));
    // Six letters or more, or five and a consonant doubled in the other (« Beson » / « Besson »).
    let long = |w: &str| w.chars().count() >= 6;
    (long(a) && long(b)
        || a.chars().count().min(b.chars().count()) == 5 && doubled_consonant(&fa, &fb))
        && !inflection(&fa, &fb)
        && strsim::damerau_levenshtein(&fa, &fb) == 1
        && strsim::jaro_winkler(&fa, &fb) >= 0.85
}

/// Whether one of two folded words is the other with one of its consonants doubled
/// (« beson » / « besson », « ferand » / « ferrand »).
fn doubled_consonant(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() < b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    if long.chars().count() != short.chars().count() + 1 {
        return false;
    }
    let cs: Vec<char> = long.chars().collect();
    (1..cs.len()).any(|i| {
        cs[i] == cs[i - 1]
            && !"aeiouy".contains(cs[i])
            && cs[..i]
                .iter()
                .chain(&cs[i + 1..])
                .copied()
                .eq(short.chars())
    })
}

/// Whether two folded words open on the same letter. In a manual a slip rarely touches a word's
/// first letter, and two words one letter apart there are two identifiers or two words
/// (« SetAttr » / « GetAttr », « MonTexte » / « Contexte », « Preboot » / « Reboot »,
/// « Omettez » / « Mettez »); in news, a name's transliterations differ there (« Kadhafi » /
/// « Qadhafi », « Zelensky » / « Selensky »), so [`check`] asks this only of identifiers and of
/// forms used in documents about computing.
fn same_first_letter(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next()
}

/// A capital after a lower-case letter (« ProcName », « SetAttr »): an identifier, not a word.
fn camel_case(form: &str) -> bool {
    form.chars()
        .zip(form.chars().skip(1))
        .any(|(x, y)| x.is_lowercase() && y.is_uppercase())
}

/// Keys of the deletion neighbourhood of a word: the hashes of its single-character deletions
/// and of the word itself, appended to `out` (with duplicates when two deletions are equal).
/// Two words at most one edit apart share a key; two others can share one by a hash collision,
/// which the exact distance check every candidate goes through rejects.
fn deletion_keys(w: &str, out: &mut Vec<u64>) {
    let mut buf = Vec::with_capacity(w.len());
    for (i, c) in w.char_indices() {
        buf.clear();
        buf.extend_from_slice(&w.as_bytes()[..i]);
        buf.extend_from_slice(&w.as_bytes()[i + c.len_utf8()..]);
        out.push(xxh3_64(&buf));
    }
    out.push(xxh3_64(w.as_bytes()));
}

/// Frequent French words (zipf ≥ 3.3, 6 letters or more) by the keys of their deletion
/// neighbourhood, sorted by (key, word).
fn dictionary_neighbours() -> &'static [(u64, &'static str)] {
    static M: OnceLock<Vec<(u64, &'static str)>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: Vec<(u64, &'static str)> = Vec::new();
        let mut keys = Vec::new();
        for (w, &z) in &data::french().zipf {
            if z >= 3.3 && w.chars().count() >= 6 {
                keys.clear();
                deletion_keys(w, &mut keys);
                m.extend(keys.iter().map(|&k| (k, w.as_str())));
            }
        }
        m.sort_unstable();
        m.dedup();
        m
    })
}

/// The entries of a slice sorted by key whose key is `key`.
fn with_key<T>(sorted: &[(u64, T)], key: u64) -> &[(u64, T)] {
    let first = sorted.partition_point(|e| e.0 < key);
    let n = sorted[first..].partition_point(|e| e.0 == key);
    &sorted[first..first + n]
}

/// A spelling no word list knows is flagged against the word it resembles only when found in at
/// most this many files.
const UNKNOWN_MAX_FILES: usize = 2;

struct Occurrence {
    doc: usize,
    span: Span,
    sentence_start: bool,
    /// A common word opening a sentence, taken for a first name ([`NameUse::first_name`]).
    first_name: bool,
}

/// The word right after byte `end` of `text`, one space away (a surname after a first name).
fn following_word(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..]
        .strip_prefix(' ')
        .or_else(|| text[end..].strip_prefix('\u{a0}'))?;
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

/// How many letters of a word (in NFC) carry an accent French does not write (« ř », « á »,
/// « í », « ñ », « ö », « ä »: French writes « ü » and « ë », in « capharnaüm » and « Noël »,
/// but no « ö » or « ä » outside foreign names); not the dot of a Turkish capital İ, U+0307
/// once in lower case.
fn foreign_letters(w: &str) -> usize {
    w.chars()
        .filter(|&c| {
            !c.is_ascii() && c.is_alphabetic() && !"àâçéèêëîïôùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ".contains(c)
        })
        .count()
}

/// Whether a use of one form is right before a use of the other, one space apart: two words of
/// one name (« Galileo Galilei »), not two spellings of one.
fn parts_of_one_name(
    a: &str,
    b: &str,
    forms: &BTreeMap<Cow<str>, Vec<Occurrence>>,
    docs: &[Document],
) -> bool {
    // Where a use of `b` starts and ends, by document: a use of `a` followed, one space on, by a
    // start, or preceded by an end.
    let starts: std::collections::HashSet<(usize, usize)> =
        forms[b].iter().map(|y| (y.doc, y.span.start)).collect();
    let ends: std::collections::HashSet<(usize, usize)> =
        forms[b].iter().map(|y| (y.doc, y.span.end)).collect();
    forms[a].iter().any(|x| {
        let text = &docs[x.doc].text;
        let gap = |at: usize| text.get(at..).and_then(|t| t.chars().next());
        let space = |c: Option<char>| matches!(c, Some(' ' | '\u{a0}'));
        let after = gap(x.span.end);
        let before = text[..x.span.start].chars().next_back();
        (space(after) && starts.contains(&(x.doc, x.span.end + after.map_or(0, char::len_utf8))))
            || (space(before)
                && ends.contains(&(x.doc, x.span.start - before.map_or(0, char::len_utf8))))
    })
}

/// Whether every use of form `n` is in a sentence that tells two names apart and holds a use of
/// form `m` too (« Il ne faut pas confondre Lorenz avec le physicien Hendrik Lorentz »): the
/// author knows the two spellings are two names. (« La Guinée ne doit pas être confondue avec
/// la Guinée-Bisseau » tells another name apart: the slip is still one.)
fn told_apart(
    n: &str,
    m: &str,
    forms: &BTreeMap<Cow<str>, Vec<Occurrence>>,
    docs: &[Document],
) -> bool {
    forms[n].iter().all(|o| {
        let text = &docs[o.doc].text;
        let start = text[..o.span.start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
        let end = text[o.span.end..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.len(), |i| o.span.end + i);
        let sentence = text[start..end].to_lowercase();
        [
            "confondre",
            "confondu",
            "confondue",
            "distinguer",
            "homonyme",
        ]
        .iter()
        .any(|w| sentence.contains(w))
            && forms[m]
                .iter()
                .any(|x| x.doc == o.doc && start <= x.span.start && x.span.end <= end)
    })
}

/// For two forms one of which was kept only as a first name (every use a common word opening a
/// sentence before a capitalised word: [`NameUse::first_name`]), whether some use of it and some
/// use of the other are followed by the same word: « Jürgen Stock » and « Juergen Stock » are
/// one man's name spelt two ways, while « Darius Blasband » and « Dariush Talai » are two men.
/// True when neither form is such.
fn same_surname_if_first_name(
    a: &str,
    b: &str,
    forms: &BTreeMap<Cow<str>, Vec<Occurrence>>,
    docs: &[Document],
) -> bool {
    let only_first_name = |n: &str| forms[n].iter().all(|o| o.first_name);
    if !only_first_name(a) && !only_first_name(b) {
        return true;
    }
    let after = |n: &str| -> std::collections::HashSet<&str> {
        forms[n]
            .iter()
            .filter_map(|o| following_word(&docs[o.doc].text, o.span.end))
            .collect()
    };
    let (x, y) = (after(a), after(b));
    x.iter().any(|w| y.contains(w))
}

/// Whether one folded form is the other with a consonant put in front (« Sibérie » /
/// « Ibérie », « Bouganda » / « Ouganda », « Rapportons » / « Apportons »): a slip rarely adds
/// a first letter, so these are two words. Not a doubled first letter (a key struck twice), nor
/// a vowel, `h`, `w` or `y`, which transliterations put in front of a name (« Ieltsine » /
/// « Eltsine », « Hérode » / « Érode »).
fn consonant_prepended(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    let (s, l, short) = if fa.len() < fb.len() {
        (fa.as_str(), fb.as_str(), a)
    } else {
        (fb.as_str(), fa.as_str(), b)
    };
    let mut cs = l.chars();
    let Some(first) = cs.next() else { return false };
    first.is_ascii_alphabetic()
        && !"aeiouhwy".contains(first)
        && cs.as_str() == s
        && !s.starts_with(first)
        && known_form(&super::words::lower(short))
}

/// Whether two folded forms differ only by the length of a run of three or more of one letter
/// in both (« Aaargh » / « Aaaargh », « Oooooh » / « Ooooooh »): an interjection drawn out, not
/// a slip. A run of two against three (« Circassiens » / « Circasssiens ») is still a slip.
fn lengthened(a: &str, b: &str) -> bool {
    // The form with every run of three or more cut to three letters, if it has such a run.
    fn squeezed(w: &str) -> Option<String> {
        let mut out = String::with_capacity(w.len());
        let (mut prev, mut run, mut long) = (None, 0, false);
        for c in w.chars() {
            run = if Some(c) == prev { run + 1 } else { 1 };
            prev = Some(c);
            long |= run >= 3;
            if run <= 3 {
                out.push(c);
            }
        }
        long.then_some(out)
    }
    match (squeezed(a), squeezed(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Whether a word is an elision before a consonant (« j'vous », « qu'vous », « d'courir »,
/// « ch'puisse »): French elides before a vowel or an « h » only, so this is speech written
/// as heard.
fn spoken_elision(word: &str) -> bool {
    let Some((head, tail)) = word.split_once(['\'', '’']) else {
        return false;
    };
    let head = super::words::lower(head);
    (super::words::ELISIONS.contains(&head.as_str()) || head == "ch")
        && tail.chars().next().is_some_and(|c| {
            // Folded: « œuvre », « ëtre », « ùn » open on a vowel too.
            c.is_alphabetic()
                && !fold(c.encode_utf8(&mut [0; 4]))
                    .starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h'])
        })
}

/// Whether one form is the other with letters dropped for an apostrophe (« Weld'n » /
/// « Weldyn », « Am'nez » / « Amenez »), and every use of it is in a paragraph that elides
/// other words before a consonant (« j'vous », « qu'vous »): a character's speech, not a slip.
fn dialect_elision(
    a: &str,
    b: &str,
    forms: &BTreeMap<Cow<str>, Vec<Occurrence>>,
    docs: &[Document],
) -> bool {
    let (e, full) = match (a.contains('\''), b.contains('\'')) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    // The apostrophe stands where the other form has a letter, or more.
    let (head, tail) = e.split_once('\'').unwrap_or((e, ""));
    if !(full.len() > head.len() + tail.len() && full.starts_with(head) && full.ends_with(tail)) {
        return false;
    }
    forms[e].iter().all(|o| {
        let doc = &docs[o.doc];
        let p = doc
            .paragraphs
            .partition_point(|p| p.span.end <= o.span.start);
        doc.paragraphs.get(p).is_some_and(|p| {
            doc.slice(p.span)
                .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
                .any(spoken_elision)
        })
    })
}

/// Words that join a name to another spelling of it given on purpose (« Favdna (transcrit
/// parfois Favtna) », « Mataliki en tonguien, Matariki en maori »).
const GIVEN_AS: [&str; 20] = [
    "ou",
    "parfois",
    "aussi",
    "encore",
    "dit",
    "dite",
    "dits",
    "dites",
    "appelé",
    "appelée",
    "appelés",
    "appelées",
    "transcrit",
    "transcrite",
    "transcrits",
    "transcrites",
    "écrit",
    "orthographié",
    "nommé",
    "signifie",
];

/// Whether every use of one form is within a few words of a use of the other in the same
/// sentence, the two joined by a bracket, by a word of [`GIVEN_AS`] or by « en <langue>, »:
/// the author gives both spellings on purpose.
fn side_by_side(
    a: &str,
    b: &str,
    forms: &BTreeMap<Cow<str>, Vec<Occurrence>>,
    docs: &[Document],
) -> bool {
    let joined = |text: &str, x: Span, y: Span| {
        let (first, second) = if x.start < y.start { (x, y) } else { (y, x) };
        if second.start < first.end || second.start - first.end > 40 {
            return false;
        }
        let between = &text[first.end..second.start];
        if between.contains(['.', '!', '?', ';', '\n']) {
            return false;
        }
        let words: Vec<&str> = between
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        (between.trim_start().starts_with('(') && !between.contains(')'))
            || words.first().is_some_and(|w| GIVEN_AS.contains(w))
            || (words.len() == 2 && words[0] == "en" && between.trim_end().ends_with(','))
    };
    let (xs, ys) = (&forms[a], &forms[b]);
    let all_joined = |xs: &[Occurrence], ys: &[Occurrence]| {
        xs.iter().all(|x| {
            ys.iter()
                .any(|y| y.doc == x.doc && joined(&docs[x.doc].text, x.span, y.span))
        })
    };
    all_joined(xs, ys) || all_joined(ys, xs)
}

/// Whether one form is the English possessive and the other the plural of one noun
/// (« Maintainer's » / « Maintainers »).
fn possessive_and_plural(a: &str, b: &str) -> bool {
    fn stem(w: &str) -> Option<&str> {
        w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
    }
    stem(a).is_some_and(|s| b.strip_suffix('s') == Some(s))
        || stem(b).is_some_and(|s| a.strip_suffix('s') == Some(s))
}

/// Whether the word at byte `start` is part of an identifier, not a name: it follows a symbol of
/// a pattern or a variable (« ~Pmotif », « ?Nom », « $Home »), a `/` inside a path or a URL
/// (« /usr/Share », « https://x.fr/Nom »; not « Paris/Istanbul »), or, in a document about
/// computing, an option's hyphen (« -Cmotif », « [-Oniveau] »; in an article it is a dash of
/// dialogue: « -Instanbul est belle »).
fn glued_to_symbol(text: &str, start: usize, computing: &impl Fn() -> bool) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some('~' | '\\' | '$' | '_' | '=' | '%' | '?' | '^') => true,
        // A path, not « Paris/Istanbul »: the token starts with `/`, `~` or `.`, or is a URL.
        Some('/') => {
            let token_start = text[..start]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let token = &text[token_start..start];
            token.starts_with(['/', '~', '.']) || token.contains("://")
        }
        // An option in a manual; in an article, a dash of dialogue (« -Instanbul est belle »).
        Some('-') => {
            before
                .next()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '[' | '('))
                && computing()
        }
        _ => false,
    }
}

/// Whether the word at byte `start` follows a language label and a colon (« en latin : »,
/// « anglais : »; the languages of `capitalisation.toml`): a name in that language.
fn after_language_label(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].trim_end().strip_suffix(':') else {
        return false;
    };
    let before = before.trim_end();
    let label_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let label = &before[label_start..];
    // « en latin : », « (latin : »; not « Côté russe : » (an adjective).
    let lead = before[..label_start].trim_end();
    !label.is_empty()
        && (lead.ends_with('(')
            || lead
                .strip_suffix("en")
                .is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
        && data::capitalisation()
            .languages
            .contains(&super::words::lower(label))
}

/// One use of a capitalised form that may be a name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NameUse {
    /// The form, in NFC.
    pub form: String,
    pub span: Span,
    /// Whether it opens a sentence (where any word takes a capital).
    pub sentence_start: bool,
    /// A common word of the word lists opening a sentence, kept because a capitalised word
    /// follows it (« Jürgen Stock a déclaré »): a first name, or a common word before a name.
    /// [`check`] pairs it only with a spelling followed by the same word.
    pub first_name: bool,
}

/// Capitalised forms of a document that may be names, with their spans, for [`check`]. At a
/// sentence start, a form the document also writes in lower case inside a sentence is a word or
/// a program's name (« Systemd » beside « systemd »), not a name; inside a sentence, a capital
/// still makes a name of a word (« Marine » beside « la marine nationale »).
/// Whether word `i` of the document, which opens a sentence, is followed by a capitalised word of
/// the same sentence, one space away, that is no French or English function word: a first name
/// and a surname (« Jürgen Stock a déclaré »), not « Selon Reuters ».
fn first_name_at_start(c: &DocCtx, i: usize) -> bool {
    let (w, Some(next)) = (&c.words[i], c.words.get(i + 1)) else {
        return false;
    };
    let lang = data::language();
    next.sentence == w.sentence
        && matches!(&c.doc.text[w.span.end..next.span.start], " " | "\u{a0}")
        && next.is_capitalised(c.doc)
        && next.raw(c.doc).chars().count() >= 2
        && !lang.function_word(&next.lower)
        && !lang.function_word(&w.lower)
}

pub fn names(c: &DocCtx) -> Vec<NameUse> {
    let (fr, en) = (data::french(), data::english());
    let computing = || c.about_computing();
    let mut out = Vec::new();
    // The end of the last word of a name after a language label, and the last sentence asked
    // whether it is English, with the answer.
    let mut label_run_end: Option<usize> = None;
    let mut english_memo: Option<(u32, bool)> = None;
    for (i, w) in c.words.iter().enumerate() {
        // NFC, so that a name typed in NFD is the same form (and has the same length).
        let form = crate::text::nfc(w.raw(c.doc));
        if form.chars().count() < 4
            || !w.is_capitalised(c.doc)
            || glued_to_symbol(&c.doc.text, w.span.start, &computing)
            || form.ends_with(['\'', '’'])
            || form.chars().any(|c| c.is_ascii_digit())
            || identifier_like(&form)
        {
            continue;
        }
        // Capitalised forms that are names: not a common lower-case word at a sentence start, a
        // French one or, in an English sentence, an English one (« Either », which an English
        // sentence left in a manual opens, is no variant of the term « Dither »). The word
        // lists hold names too (« jürgen », « pierre »): a common word that opens a sentence
        // is still a name when a capitalised word other than a function word follows it
        // (« Jürgen Stock a déclaré »).
        let common_at_start = w.sentence_start
            && (fr.get(&w.lower) >= 3.0
                || (en.get(&w.lower) >= 3.0 && c.english_sentence_at(w.span.start)));
        let first_name = common_at_start && first_name_at_start(c, i);
        if (common_at_start && !first_name) || c.data.allowed_names.contains(&w.lower) {
            continue;
        }
        // A name given in another language: right after a label « en latin : » (and the
        // capitalised words that follow it: « en latin : Gallia Narbonensis »), or in an
        // English sentence of a French document (a bibliography's « Tongan astronomy and
        // calendar », a paragraph left untranslated): « Helvetii » beside « Helvétie »,
        // « Lithuania » beside « Lituanie » are two languages, not two spellings.
        let foreign_run =
            label_run_end.is_some_and(|end| c.doc.text[end..w.span.start].trim().is_empty());
        if foreign_run || after_language_label(&c.doc.text, w.span.start) {
            label_run_end = Some(w.span.end);
            continue;
        }
        label_run_end = None;
        if c.lang == "fr" {
            let english = match english_memo {
                Some((s, e)) if s == w.sentence => e,
                _ => {
                    let e = c.english_sentence_at(w.span.start);
                    english_memo = Some((w.sentence, e));
                    e
                }
            };
            if english {
                continue;
            }
        }
        out.push(NameUse {
            form: form.into_owned(),
            span: w.span,
            sentence_start: w.sentence_start,
            first_name,
        });
    }
    // The forms at a sentence start that the document also writes in lower case inside a
    // sentence. Every word is looked up: the word hasher, not SipHash.
    let candidates: data::WordSet = out
        .iter()
        .filter(|n| n.sentence_start)
        .map(|n| super::words::lower(&n.form))
        .collect();
    if candidates.is_empty() {
        return out;
    }
    let lower_case: std::collections::HashSet<&str> = c
        .words
        .iter()
        .filter(|w| !w.sentence_start && !w.is_capitalised(c.doc) && candidates.contains(&w.lower))
        .map(|w| w.lower.as_str())
        .collect();
    if !lower_case.is_empty() {
        out.retain(|n| {
            !(n.sentence_start && lower_case.contains(super::words::lower(&n.form).as_str()))
        });
    }
    out
}

/// One name written in one piece and in two (« CloudNest » / « Cloud Nest », « LuminaStudio » /
/// « Lumina Studio »): two capitalised forms one space apart whose concatenation is a form of
/// the corpus. The rarer way of writing
/// it is reported (on a tie, the one in two pieces), with the other as related locations.
fn joined_and_split<'a>(
    docs: &[Document],
    forms: &'a BTreeMap<Cow<str>, Vec<Occurrence>>,
    flagged: &mut std::collections::BTreeSet<&'a str>,
    out: &mut Vec<Finding>,
) {
    let mut by_doc: Vec<Vec<(Span, &str)>> = vec![Vec::new(); docs.len()];
    for (name, occ) in forms {
        for o in occ {
            by_doc[o.doc].push((o.span, name.as_ref()));
        }
    }
    // Joined form → the two pieces as written first, and where they are.
    type Uses = Vec<(usize, Span)>;
    let mut split: BTreeMap<&str, (String, Uses)> = BTreeMap::new();
    for (d, uses) in by_doc.iter_mut().enumerate() {
        uses.sort_unstable_by_key(|(s, _)| (s.start, s.end));
        for pair in uses.windows(2) {
            let ((s1, a), (s2, b)) = (pair[0], pair[1]);
            if !matches!(docs[d].text.get(s1.end..s2.start), Some(" " | "\u{a0}")) {
                continue;
            }
            // Not joined by a hyphen: French hyphenates the name of a street, a school or a
            // town after a person or a saint (« lycée Victor-Hugo », « Saint-Louis »), which is
            // no other spelling of the person's name.
            {
                let joined = format!("{a}{b}");
                if let Some((key, _)) = forms.get_key_value(joined.as_str()) {
                    split
                        .entry(key.as_ref())
                        .or_insert_with(|| (format!("{a} {b}"), Vec::new()))
                        .1
                        .push((d, Span::new(s1.start, s2.end)));
                }
            }
        }
    }
    // A particle of two or three letters, too short to be collected, in front of a name written
    // in one piece elsewhere (« Le Brun » / « Lebrun », « Van Damme » / « Vandamme »), with the
    // same first name or a title before both (« Madame Le Brun » / « Corinne Lebrun »): « Le
    // Grand Palais » and « Michel Legrand », « Charles Le Brun » and « Albert Lebrun » are others.
    const PARTICLES: &[&str] = &[
        "Le", "La", "De", "Du", "Da", "Di", "Van", "Von", "Mac", "Des",
    ];
    const TITLES: &[&str] = &[
        "M.",
        "Mme",
        "Mlle",
        "Me",
        "Dr",
        "Madame",
        "Monsieur",
        "Mademoiselle",
        "Maître",
        "Docteur",
    ];
    // The word before `start` in `text`, after one space.
    let word_before = |text: &str, start: usize| -> Option<String> {
        let head = text[..start].strip_suffix(' ')?;
        let from = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        (from < head.len()).then(|| head[from..].to_string())
    };
    for (d, uses) in by_doc.iter().enumerate() {
        let text = docs[d].text.as_str();
        for &(s, name) in uses {
            let before = &text[..s.start];
            // (The word before the particle, one space away, is asked for below: a particle
            // glued to a word, « MadameLe Brun », has none.)
            let Some(particle) = PARTICLES
                .iter()
                .find(|p| before.strip_suffix(' ').is_some_and(|b| b.ends_with(**p)))
            else {
                continue;
            };
            let mut cs = name.chars();
            let Some(first) = cs.next() else { continue };
            let joined = format!("{particle}{}{}", first.to_lowercase(), cs.as_str());
            let Some(whole) = forms.get(joined.as_str()) else {
                continue;
            };
            let start = s.start - particle.len() - 1;
            let Some(owner) = word_before(text, start) else {
                continue;
            };
            let same_person = TITLES.contains(&owner.as_str())
                || whole.iter().any(|o| {
                    word_before(&docs[o.doc].text, o.span.start).as_deref() == Some(owner.as_str())
                });
            if !same_person || !owner.starts_with(char::is_uppercase) {
                continue;
            }
            if let Some((key, _)) = forms.get_key_value(joined.as_str()) {
                split
                    .entry(key.as_ref())
                    .or_insert_with(|| (format!("{particle} {name}"), Vec::new()))
                    .1
                    .push((d, Span::new(start, s.end)));
            }
        }
    }
    for (joined, (pieces, uses)) in split {
        let whole: Vec<(usize, Span)> = forms[joined].iter().map(|o| (o.doc, o.span)).collect();
        let (rare, rare_uses, common, common_uses) = if whole.len() > uses.len() {
            (pieces.as_str(), &uses, joined, &whole)
        } else if uses.len() > whole.len() {
            (joined, &whole, pieces.as_str(), &uses)
        } else {
            (pieces.as_str(), &uses, joined, &whole)
        };
        if rare == joined {
            flagged.insert(joined);
        }
        let related: Vec<Related> = common_uses
            .iter()
            .take(5)
            .map(|&(d, span)| Related {
                location: Location::of(&docs[d], span),
                similarity: None,
                diff: Vec::new(),
            })
            .collect();
        for &(d, span) in rare_uses {
            let mut f = finding(
                &docs[d],
                "entity-variant",
                span,
                format!(
                    "« {rare} » is also written « {common} » in the corpus ({} × {rare}, {} × {common})",
                    rare_uses.len(),
                    common_uses.len(),
                ),
                Some(format!("« {common} »")),
            );
            f.related = related.clone();
            out.push(f);
        }
    }
}

pub fn check(docs: &[Document], outcomes: &[DocOutcome]) -> Vec<Finding> {
    let fr = data::french();
    // Forms by their spelling with `’` read as `'`: « Dan’Tonk » and « Dan'Tonk » are one
    // spelling here (`typography` reports the mixed apostrophes). Messages show the form as
    // first written.
    let mut forms: BTreeMap<Cow<str>, Vec<Occurrence>> = BTreeMap::new();
    let mut shown: BTreeMap<Cow<str>, &str> = BTreeMap::new();
    for (d, o) in outcomes.iter().enumerate() {
        for n in &o.names {
            let key = if n.form.contains('’') {
                Cow::Owned(n.form.replace('’', "'"))
            } else {
                Cow::Borrowed(n.form.as_str())
            };
            if n.form.contains(['\'', '’']) {
                shown.entry(key.clone()).or_insert(&n.form);
            }
            forms.entry(key).or_default().push(Occurrence {
                doc: d,
                span: n.span,
                sentence_start: n.sentence_start,
                first_name: n.first_name,
            });
        }
    }
    let names: Vec<&str> = forms.keys().map(|k| k.as_ref()).collect();
    let show = |n: &str| -> String { shown.get(n).copied().unwrap_or(n).to_string() };
    // Candidate pairs through the deletion neighbourhoods of the folded forms.
    let mut by_key: Vec<(u64, u32)> = Vec::new();
    let mut keys = Vec::new();
    for (i, n) in names.iter().enumerate() {
        keys.clear();
        deletion_keys(&fold(n), &mut keys);
        by_key.extend(keys.iter().map(|&k| (k, i as u32)));
    }
    by_key.sort_unstable();
    by_key.dedup();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for v in by_key.chunk_by(|x, y| x.0 == y.0) {
        for (x, &(_, a)) in v.iter().enumerate() {
            for &(_, b) in &v[x + 1..] {
                pairs.push((a as usize, b as usize)); // a < b: sorted within the key
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = Vec::new();
    let mut flagged = std::collections::BTreeSet::new();
    let neighbours = dictionary_neighbours();
    let freq = |n: &str| fr.get(&super::words::lower(n));
    // In a word list (French or English wordfreq), or the plural of a word that is; a compound,
    // when each of its parts is.
    let known = |n: &str| {
        let in_list = |w: &str| known_form(&super::words::lower(w));
        in_list(n) || (n.contains('-') && n.split('-').all(|p| !p.is_empty() && in_list(p)))
    };
    // A word of one language only beside a word of the other only: « Verification » (English)
    // and « Vérification » (French) are not one name spelt two ways.
    let en = data::english();
    let only = |n: &str, lang: &data::Frequencies, other: &data::Frequencies| {
        let l = super::words::lower(n);
        lang.get(&l) > 0.0 && other.get(&l) <= 0.0
    };
    let two_languages = |a: &str, b: &str| {
        (only(a, en, fr) && only(b, fr, en)) || (only(a, fr, en) && only(b, en, fr))
    };
    // A frequent word of French that English does not share (« Généraux »), where « Maria » is
    // a name of both word lists.
    let french_word = |n: &str| {
        let l = super::words::lower(n);
        fr.get(&l) >= 3.0 && en.get(&l) <= 0.0
    };
    for (a, b) in pairs {
        let (na, nb) = (names[a], names[b]);
        // Two spellings that are both in a word list are two words or two names (« Gérard » /
        // « Guérard », « Licence » / « License », « Ci-dessus » / « Ci-dessous »), unless they
        // differ by accents only; and two frequent French words that differ by accents only
        // are two words too (« Réserve » / « Réservé », « Ajoute » / « Ajouté »).
        let accents_only = same_letters(na, nb);
        let technical =
            |n: &str| camel_case(n) || forms[n].iter().all(|o| outcomes[o.doc].computing);
        if !similar(na, nb)
            || (!same_first_letter(&fold(na), &fold(nb)) && (technical(na) || technical(nb)))
            || (known(na) && known(nb) && !accents_only)
            || (accents_only && freq(na) >= 3.0 && freq(nb) >= 3.0)
            // One without the other's umlaut, itself a frequent name or word (« Uber » beside
            // « Über », « Muller » beside « Müller »): two names, or no telling.
            || (fold(na) != fold(nb)
                && bare(na) == bare(nb)
                && freq(if na.len() < nb.len() { na } else { nb }) >= 3.0)
            || (accents_only && participle_of(na, nb))
            || two_languages(na, nb)
            || possessive_and_plural(na, nb)
            || consonant_prepended(na, nb)
            || lengthened(&fold(na), &fold(nb))
            || dialect_elision(na, nb, &forms, docs)
            || side_by_side(na, nb, &forms, docs)
            || parts_of_one_name(na, nb, &forms, docs)
            || told_apart(na, nb, &forms, docs)
            || told_apart(nb, na, &forms, docs)
            || !same_surname_if_first_name(na, nb, &forms, docs)
        {
            continue;
        }
        let (ca, cb) = (forms[na].len(), forms[nb].len());
        // The suspect is the rarer spelling in the corpus; on a tie, the less frequent word,
        // then the later name. But a spelling no word list knows loses to a known one it does not
        // outnumber more than twice: a slip copied into a new file can outnumber the right
        // spelling, while a form used far more often than the word it resembles is the corpus's
        // own term (an error code, a program's name).
        // Two forms that differ by accents only, one of them with letters French does not write
        // (« ř », « á »): those accents were lost, not added (« Dvorak » for « Dvořák »), so that
        // form is the spelling when the corpus uses it at least half as often and the other is
        // no frequent word of French alone (« Généraux » is no slip for « Généráux »; « Maria »,
        // a name of both word lists, may be one for « María »).
        let richer = |rich: &str, plain: &str| {
            accents_only
                // Dropped, not transliterated: « Haendel » is how French writes « Händel ».
                && bare(rich) == bare(plain)
                && foreign_letters(rich) > foreign_letters(plain)
                && !french_word(plain)
        };
        // An umlaut dropped rather than transliterated (« Jurgen » for « Jürgen ») was lost too.
        let umlaut_dropped = |rich: &str, plain: &str| {
            bare(rich) == bare(plain) && fold(rich) != fold(plain) && rich.len() > plain.len()
        };
        let lost = |rich: &str, plain: &str, cr: usize, cp: usize| {
            (richer(rich, plain) || umlaut_dropped(rich, plain))
                && 2 * cr >= cp
                && freq(plain) < 3.0
        };
        let by_knowledge = match (known(na), known(nb)) {
            _ if lost(na, nb, ca, cb) => std::cmp::Ordering::Greater,
            _ if lost(nb, na, cb, ca) => std::cmp::Ordering::Less,
            (false, true) if ca <= 2 * cb => std::cmp::Ordering::Less,
            (true, false) if cb <= 2 * ca => std::cmp::Ordering::Greater,
            _ => std::cmp::Ordering::Equal,
        };
        let (rare, common) = match by_knowledge.then(ca.cmp(&cb)).then(
            freq(na)
                .partial_cmp(&freq(nb))
                .unwrap_or(std::cmp::Ordering::Equal),
        ) {
            std::cmp::Ordering::Less => (na, nb),
            std::cmp::Ordering::Greater => (nb, na),
            std::cmp::Ordering::Equal => (nb, na),
        };
        // Nor are such accents added by a slip: a rarer « María » beside « Maria » is another
        // woman's name, or the same name in her own language; it is never the suspect.
        if richer(rare, common) {
            continue;
        }
        flagged.insert(rare);
        let related: Vec<Related> = forms[common]
            .iter()
            .take(5)
            .map(|o| Related {
                location: Location::of(&docs[o.doc], o.span),
                similarity: None,
                diff: Vec::new(),
            })
            .collect();
        for o in &forms[rare] {
            let mut f = finding(
                &docs[o.doc],
                "entity-variant",
                o.span,
                format!(
                    "« {r} » is also spelt « {c} » in the corpus ({} × {r}, {} × {c})",
                    forms[rare].len(),
                    forms[common].len(),
                    r = show(rare),
                    c = show(common),
                ),
                Some(format!("« {} »", show(common))),
            );
            f.related = related.clone();
            out.push(f);
        }
    }
    joined_and_split(docs, &forms, &mut flagged, &mut out);
    // A spelling no word list knows, one edit from a frequent French word, in at most
    // `UNKNOWN_MAX_FILES` files: a name spelt the same way in many files is the corpus's
    // own (a surname that resembles a word), not a slip.
    for (name, occ) in &forms {
        let l = super::words::lower(name);
        // A capital after a lower-case letter (« ProcName ») makes an identifier, not a word.
        let computing = occ.iter().all(|o| outcomes[o.doc].computing);
        if flagged.contains(name.as_ref())
            || camel_case(name)
            || l.chars().count() < 7
            || known_form(&l)
            || form_of_known_verb(&fold(&l))
            // A verb and the pronoun hooked on it (« Est-elle », « Vengez-moi »).
            || enclitic(&l).is_some_and(|(v, _)| known_form(v) || form_of_known_verb(&fold(v)))

            || outcomes[occ[0].doc].lang != "fr"
            // Occurrences come in document order: one run per file.
            || occ.chunk_by(|a, b| a.doc == b.doc).count() > UNKNOWN_MAX_FILES
        {
            continue;
        }
        let mut best: Option<&str> = None;
        keys.clear();
        deletion_keys(&l, &mut keys);
        for &k in &keys {
            for &(_, cand) in with_key(neighbours, k) {
                if strsim::damerau_levenshtein(cand, &l) == 1
                    && (!computing || same_first_letter(&fold(cand), &fold(&l)))
                    && !inflection(&fold(cand), &fold(&l))
                    && best.is_none_or(|b| fr.get(cand) > fr.get(b))
                {
                    best = Some(cand);
                }
            }
        }
        let Some(word) = best else { continue };
        // An imperative opening its sentences, of a verb made on the known noun it is closest to,
        // whose own forms the list lacks (« Paillez » from « paille »; « Prennez » is closest to
        // « prenez », and a slip).
        if occ.iter().all(|o| o.sentence_start)
            && l.strip_suffix("ez")
                .is_some_and(|stem| word == format!("{stem}e"))
        {
            continue;
        }
        // A capitalised word inside a sentence that no list knows is a name: one letter from a
        // word (« Couchet » / « coucher », « Argence » / « agence ») it is still no slip, unless
        // it is that word without its accents (« les Algeriens »). At a sentence start, any word
        // takes a capital (« Supprimr le fichier »).
        if fold(word) != fold(&l) && !occ.iter().all(|o| o.sentence_start) {
            continue;
        }
        // The word without its accents is a slip (« les Algeriens »), and so is the word with
        // a French accent too many (« Éléctions »); a name with letters French does not write
        // is a name of another language (« Antonín » beside « Antonin »), but for the dot of a
        // Turkish capital İ (lower case « i » and U+0307, « İstanbul »).
        if fold(word) == fold(&l) && foreign_letters(&l) > foreign_letters(word) {
            continue;
        }
        let mut proper: String = word.chars().take(1).flat_map(char::to_uppercase).collect();
        proper.extend(word.chars().skip(1));
        for o in occ {
            let mut f = finding(
                &docs[o.doc],
                "entity-variant",
                o.span,
                format!(
                    "« {} » is not a known spelling; « {proper} » is (French word frequencies)",
                    show(name)
                ),
                Some(format!("« {proper} »")),
            );
            f.severity = crate::finding::Severity::Info;
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decision_rule() {
        assert!(similar("Juergen", "Jürgen"));
        assert!(similar("Instanbul", "Istanbul"));
        assert!(similar("Etats-Unis", "États-Unis"));
        assert!(!similar("Français", "Française"));
        assert!(!similar("Paris", "Parise"));
        assert!(!similar("Martin", "Martine"));
        assert!(!similar("Meng", "Meng"));
        assert!(!similar("Bernard", "Bertrand"));
        // Forms of one French verb, folded.
        assert!(inflection("configuree", "configurer"));
        assert!(inflection("interpreteur", "interpreter"));
        assert!(inflection("indiquez", "indiquer"));
        assert!(!inflection("instanbul", "istanbul"));
        assert!(!inflection("ber", "bee"), "a stem of four letters at least");
        // Names that end alike are not verb forms.
        assert!(!inflection("laurent", "laurant"));
        // Two forms of a verb, neither of them its infinitive.
        assert!(inflection("configurez", "configure"));
        assert!(inflection("sauvegardes", "sauvegardez"));
        assert!(inflection("patientez", "patiente"));
        // Names on the stem of a word in -er that are not forms of it.
        assert!(!inflection("rochais", "rochait"));
        assert!(similar("Rochais", "Rochait"));
        assert!(similar("Laurent", "Laurant"));
        assert!(similar("Clément", "Clémant"));
        assert!(!similar("Configurée", "Configurer"));
    }

    #[test]
    fn forms_of_a_verb_the_word_list_lacks_are_not_variants() {
        // Neither form is in the list, the infinitive is (« empiler », « décocher »).
        assert!(inflection("empile", "empilez"));
        assert!(inflection("decoche", "decochez"));
        // Neither the forms nor the infinitive: a long stem (« initialiser » is in no list).
        assert!(inflection("initialiser", "initialise"));
        assert!(inflection("parametrer", "parametres"));
        assert!(
            !inflection("velazquez", "velazques"),
            "no infinitive: a name"
        );
        // Not so a short stem, an -ier name, or endings that are not a verb's.
        assert!(!inflection("rochais", "rochait"));
        assert!(!inflection("lemarchier", "lemarchie"));
        assert!(!inflection("tarbe", "tarber"));
        // A participle beside the frequent word it is one accent from.
        assert!(participle_of("Ombré", "Ombre"));
        assert!(participle_of("ombres", "ombrés"));
        assert!(!participle_of("René", "Rene"));
        assert!(!participle_of("Istanbul", "Istanbùl"));
        // A present the word list lacks is no slip for a word one letter away.
        assert!(form_of_known_verb("decoche"));
        assert!(!form_of_known_verb("daplacer"));
        let doc = "Le menu Format règle les effets du texte.\n\n\
                   Choisissez Ombre dans la liste. Le texte Ombré apparaît alors.\n\n\
                   Décoche la case pour revenir au texte simple.";
        assert_eq!(
            super::super::messages_of("entity-variant", doc),
            Vec::<String>::new()
        );
    }

    #[test]
    fn two_words_one_first_letter_apart_are_two_words_in_a_manual() {
        assert!(camel_case("SetAttr") && !camel_case("Kadhafi"));
        // Identifiers in any document, words in a manual.
        let manual =
            "Cliquez sur Outils, puis cochez la case du module dans la boîte de dialogue.\n\n\
                      La fonction SetAttr définit les attributs, GetAttr les lit.\n\n\
                      Le système Preboot charge le noyau avant le Reboot.";
        assert_eq!(
            super::super::messages_of("entity-variant", manual),
            Vec::<String>::new()
        );
        // In news, transliterations of a name differ at their first letter.
        let news = "Le colonel Kadhafi a reçu les émissaires à Tripoli mardi soir.\n\n\
                    Les proches de Qadhafi ont démenti toute négociation avec les rebelles.";
        assert_eq!(
            super::super::messages_of("entity-variant", news).len(),
            1,
            "{:?}",
            super::super::messages_of("entity-variant", news)
        );
        let doc =
            "Cliquez sur Outils, puis cochez la case du module dans la boîte de dialogue.\n\n\
                   Omettez l'argument lorsqu'il ne sert pas. ProcName : le nom de la procédure.";
        assert_eq!(
            super::super::messages_of("entity-variant", doc),
            Vec::<String>::new()
        );
        // The slip at the second letter is still found.
        let doc =
            "Cliquez sur Outils, puis cochez la case du module dans la boîte de dialogue.\n\n\
                   Mdoifier l'argument lorsqu'il ne sert pas.";
        assert_eq!(
            super::super::messages_of("entity-variant", doc),
            vec!["« Mdoifier » is not a known spelling; « Modifier » is (French word frequencies)"]
        );
    }

    #[test]
    fn acronyms_constants_and_keys_are_not_names() {
        for id in [
            "OTAN",
            "EFAULT",
            "O_SYNC",
            "Set-UID",
            "Ctrl-C",
            "HUGE_VALF",
            "ÉTATS-UNIS",
            "XCurses",
            "SVendor",
            "SystemV",
            "PRÉFIXEab",
        ] {
            assert!(identifier_like(id), "{id}");
        }
        for name in [
            "Istanbul",
            "Jürgen",
            "Jean-Pierre",
            "McDonald",
            "LeBlanc",
            "Saint-Étienne",
            "Éric",
        ] {
            assert!(!identifier_like(name), "{name}");
        }
    }

    #[test]
    fn a_particle_apart_and_a_consonant_doubled_in_a_short_name_are_variants() {
        let letter = "Corinne Lebrun a déclaré le sinistre le 3 mars.\n\n\
                      Chère Madame Le Brun, nous avons bien reçu votre déclaration.\n\n\
                      Signé : Corinne Lebrun, assurée. La directrice Anne-Laure Besson \
                      présente la saison, et Anne-Laure Beson la clôt.";
        assert_eq!(
            super::super::messages_of("entity-variant", letter),
            vec![
                "« Le Brun » is also written « Lebrun » in the corpus (1 × Le Brun, 2 × Lebrun)",
                "« Beson » is also spelt « Besson » in the corpus (1 × Beson, 1 × Besson)",
            ]
        );
        // Five letters and another letter, a particle before another name, a doubled vowel;
        // an article, another first name.
        let other = "Jean Moret et Paul Morel sont venus. La Rochelle et Larivière sont loin. \
                     Le chef Baron salue aussi Mooret, un autre Moret.\n\n\
                     Le Grand Palais rouvre avec une exposition signée Michel Legrand.\n\n\
                     Charles Le Brun peignit la galerie ; Albert Lebrun fut président.\n\n\
                     Chère MadameLe Brun, Madame Lebrun vous salue.";
        assert_eq!(
            super::super::messages_of("entity-variant", other),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_name_in_one_piece_and_in_two_and_a_lost_inner_capital_are_variants() {
        let help = "CloudNest synchronise vos fichiers. Installez CloudNest sur votre \
                    ordinateur.\n\n\
                    Le service Cloudnest ne stocke aucune donnée bancaire.\n\n\
                    L'application Cloud Nest sur mobile fonctionne aussi.\n\n\
                    La pharmacie de Clermont-Ferrand ouvre tôt. Écrivez-nous au lycée \
                    Victor-Hugo, qui porte le nom de Victor Hugo.";
        assert_eq!(
            super::super::messages_of("entity-variant", help),
            vec![
                "« Cloudnest » is also spelt « CloudNest » in the corpus (1 × Cloudnest, 2 × CloudNest)",
                "« Cloud Nest » is also written « CloudNest » in the corpus (1 × Cloud Nest, 2 × CloudNest)",
            ]
        );
        // Case alone is no variant without a capital inside one of the forms: a word opening a
        // sentence, a name in capitals.
        let plain = "Grenoble accueille le salon. Le salon de GRENOBLE ferme dimanche.\n\n\
                     Le maire de Grenoble l'a inauguré, avec le préfet de l'Isère.";
        assert_eq!(
            super::super::messages_of("entity-variant", plain),
            Vec::<String>::new()
        );
    }

    #[test]
    fn accents_lost_are_the_slip_and_two_words_of_one_name_are_no_variants() {
        // « Dvorak » is in a word list, « Dvořák » is not: still, the accents were lost, not
        // added, and the corpus uses « Dvořák » more.
        let composer = "Le compositeur Dvořák naquit en Bohême.\n\n\
                        La symphonie de Dvořák fut jouée à New York.\n\n\
                        Le quatuor de Dvořák date de 1893.\n\n\
                        Le violoniste joua du Dvorak toute la soirée.\n\n\
                        Le public réclama encore du Dvorak.";
        assert_eq!(
            super::super::messages_of("entity-variant", composer),
            vec![
                "« Dvorak » is also spelt « Dvořák » in the corpus (2 × Dvorak, 3 × Dvořák)",
                "« Dvorak » is also spelt « Dvořák » in the corpus (2 × Dvorak, 3 × Dvořák)"
            ]
        );
        // An umlaut dropped, not transliterated, is a spelling of its own too (« Jurgen »), and
        // French writes no « ö »: « Bjorn », though in the word list and more frequent, lost it.
        let singer = "Le chanteur Bjorn a fondé le groupe en 1972 avec ses amis.\n\n\
                      En 1974, Björn remporte le concours avec sa chanson.\n\n\
                      Le policier Jurgen Stock dirige l'agence depuis des années.\n\n\
                      Le mandat de Jürgen Stock a été renouvelé en 2019.";
        assert_eq!(
            super::super::messages_of("entity-variant", singer),
            vec![
                "« Bjorn » is also spelt « Björn » in the corpus (1 × Bjorn, 1 × Björn)",
                "« Jurgen » is also spelt « Jürgen » in the corpus (1 × Jurgen, 1 × Jürgen)"
            ]
        );
        // Letters French does not write are not added by a slip: the rarer « María » beside
        // « Maria » (two women, or one name in two languages), « París » in a Spanish title
        // beside « Paris », are no findings; nor is « Paris », a frequent word, the slip.
        let names = "Maria Bellini ouvre la boutique. Maria compte la caisse. Maria ferme.\n\n\
                     Plus tard, María Fernández arrive de Madrid.\n\n\
                     Le film Un americano en París sort à Paris.";
        assert_eq!(
            super::super::messages_of("entity-variant", names),
            Vec::<String>::new()
        );
        // An umlaut dropped twice against once is still the slip; a frequent name without the
        // umlaut is a name of its own (« Uber », « Über »).
        let t = "Le policier Jurgen Stock parle.\n\nLe mandat de Jurgen Stock finit.\n\n\
                 Le rapport de Jürgen Stock paraît.\n\n\
                 La société Uber recrute. Le poème « Über allen Gipfeln » est célèbre.";
        assert_eq!(
            super::super::messages_of("entity-variant", t),
            vec![
                "« Jurgen » is also spelt « Jürgen » in the corpus (2 × Jurgen, 1 × Jürgen)",
                "« Jurgen » is also spelt « Jürgen » in the corpus (2 × Jurgen, 1 × Jürgen)"
            ]
        );
        // A transliteration is a spelling of its own: the commoner form wins.
        let composer = "La Messie de Haendel est donnée à Noël.\n\n\
                        Les oratorios de Haendel sont nombreux.\n\n\
                        On joue Händel à Londres.";
        assert_eq!(
            super::super::messages_of("entity-variant", composer),
            vec!["« Händel » is also spelt « Haendel » in the corpus (1 × Händel, 2 × Haendel)"]
        );
        // French accents are no sign of a spelling: the known, commoner form wins.
        let brand = "La Renault Clio se vend bien.\n\n\
                     Le groupe Renault a publié ses comptes.\n\n\
                     Les salariés de Rénault manifestent.";
        assert_eq!(
            super::super::messages_of("entity-variant", brand),
            vec!["« Rénault » is also spelt « Renault » in the corpus (1 × Rénault, 2 × Renault)"]
        );
        // A French accent too many on a word is a slip.
        assert_eq!(
            super::super::messages_of(
                "entity-variant",
                "Les Éléctions municipales auront lieu en mars prochain."
            ),
            vec![
                "« Éléctions » is not a known spelling; « Élections » is (French word frequencies)"
            ]
        );
        // A name with more accents than the word it resembles is a name of its language.
        assert_eq!(
            super::super::messages_of(
                "entity-variant",
                "Le compositeur Antonín Dvořák naquit en Bohême en 1841."
            ),
            Vec::<String>::new()
        );
        // A first name and a surname side by side; a sentence that tells two men apart.
        let names = "Le savant Galileo Galilei enseigna à Padoue.\n\n\
                     On cite encore Galileo dans les manuels.\n\n\
                     Konrad Lorenz étudia les oies cendrées.\n\n\
                     Il ne faut pas confondre Lorenz avec le physicien Hendrik Lorentz.\n\n\
                     La Guinée-Bissau est un pays d'Afrique.";
        assert_eq!(
            super::super::messages_of("entity-variant", names),
            Vec::<String>::new()
        );
        // A sentence that tells another name apart does not make a slip in it a name.
        let country = format!(
            "{names}\n\nLa Guinée ne doit pas être confondue avec la Guinée-Bisseau, plus au sud."
        );
        assert_eq!(
            super::super::messages_of("entity-variant", &country),
            vec!["« Guinée-Bisseau » is also spelt « Guinée-Bissau » in the corpus (1 × Guinée-Bisseau, 1 × Guinée-Bissau)"]
        );
    }

    #[test]
    fn a_first_name_opening_sentences_is_paired_by_its_surname() {
        // « jürgen » is in the French word list (a name in the news): opening a sentence before
        // a surname, it is still a name, and its spelling « Juergen » before the same surname is
        // a slip.
        let story = "Jürgen Stock a dirigé Interpol pendant dix ans.\n\n\
                     Le bilan de Juergen Stock divise encore les polices.";
        assert_eq!(
            super::super::messages_of("entity-variant", story),
            vec!["« Juergen » is also spelt « Jürgen » in the corpus (1 × Juergen, 1 × Jürgen)"]
        );
        // Before two different surnames, two men: « Darius » opens sentences only.
        let credits = "Darius Blasband a composé la pièce.\n\n\
                       La pièce fut jouée par Dariush Talai au festival.";
        assert_eq!(
            super::super::messages_of("entity-variant", credits),
            Vec::<String>::new()
        );
        // Before a function word, the word opening the sentence is taken for a common word.
        let words = "Jürgen de la police a parlé.\n\n\
                     Le bilan de Juergen Stock divise encore les polices.";
        assert_eq!(
            super::super::messages_of("entity-variant", words),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_english_word_opening_an_english_sentence_is_no_name() {
        let manual = "Le filtre Eithor réduit le nombre de couleurs de l'image.\n\n\
                      Ouvrez le menu Couleurs puis Eithor pour l'appliquer.\n\n\
                      Either way, the filter keeps the palette of the image.\n\n\
                      Either option gives the same result in the end.\n\n\
                      Either choice works well for this kind of image.";
        assert_eq!(
            super::super::messages_of("entity-variant", manual),
            Vec::<String>::new()
        );
        // A name alone on its line, which English lists know, is still a name.
        let credits = "La page a été écrite par Frédéric Martin.\n\n\
                       Frédéric Martin maintient aussi le paquet.\n\n\
                       AUTEUR\n\nFrederic Martin";
        assert_eq!(
            super::super::messages_of("entity-variant", credits).len(),
            1
        );
        // The same word opening a French sentence is a capitalised word like any other.
        let french = "Le filtre Eithor réduit le nombre de couleurs.\n\n\
                      Ouvrez le menu Couleurs puis Eithor pour l'appliquer.\n\n\
                      Either est le nom du greffon dans la version anglaise.\n\n\
                      Either ouvre alors la même fenêtre que le menu.\n\n\
                      Either donne le même résultat à la fin.";
        assert_eq!(
            super::super::messages_of("entity-variant", french).len(),
            2,
            "{:?}",
            super::super::messages_of("entity-variant", french)
        );
    }

    #[test]
    fn the_plural_of_a_known_word_is_a_known_word() {
        // « Césures » is in no word list, « césure » is: a table of contents with « Césures »
        // beside « Mesures » holds two words, not one name spelt two ways; and « Violins » is
        // no slip for « Violons ».
        let toc = "Voir la section Césures du manuel.\n\nVoir la section Mesures du manuel.\n\n\
                   Voir aussi les Césures et les Mesures.\n\n\
                   Les Violins jouent la partie de la Renaissance.";
        assert_eq!(
            super::super::messages_of("entity-variant", toc),
            Vec::<String>::new()
        );
        // The plural of a spelling without accents (which the lists hold as a web spelling of
        // « algérien ») is no word: the slip is still found, and it stays the suspect.
        let accents = "Présidentielle : les Algeriens appelés aux urnes samedi.\n\n\
                       Près de 24 millions d'électeurs sont appelés à voter.";
        assert_eq!(
            super::super::messages_of("entity-variant", accents),
            vec![
                "« Algeriens » is not a known spelling; « Algériens » is (French word frequencies)"
            ]
        );
        let two =
            "Les Algeriens votent samedi. Les Algeriens de l'étranger votent depuis lundi.\n\n\
                   Abdelmadjid Tebboune a été réélu ; les Algériens ont peu voté.";
        let found = super::super::messages_of("entity-variant", two);
        assert!(
            !found.is_empty() && found.iter().all(|m| m.starts_with("« Algeriens »")),
            "{found:?}"
        );
        // A name that is no plural of a word is still a variant of its other spelling.
        let names =
            "Le quatuor joue Bartók ce soir.\n\nLe public aime Bartok depuis longtemps.\n\n\
                     Bartók a écrit six quatuors.";
        assert_eq!(
            super::super::messages_of("entity-variant", names).len(),
            1,
            "{:?}",
            super::super::messages_of("entity-variant", names)
        );
    }

    #[test]
    fn a_word_written_in_lower_case_a_file_name_and_a_name_like_a_word_are_no_slips() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        // « systemd » inside sentences: « Systemd » at a sentence start is that word.
        let program = "Systemd démarre les services. Le programme systemd lit ses fichiers.\n\n\
                       Le System V utilisait des scripts. System V reste connu.";
        assert!(ev(program).is_empty(), "{:?}", ev(program));
        // A name that is also a word, written as a word elsewhere, is still a name inside a
        // sentence: its slip is found.
        let marine = "Selon Marine Dupont, la marine nationale manque de moyens.\n\nMardi, Marinne Dupont a visité Toulon avec Marine Dupont.";
        assert_eq!(ev(marine).len(), 1, "{:?}", ev(marine));
        // Without the lower-case uses, the two forms are compared as names.
        let names = "Systemd démarre les services.\n\nLe System V utilisait des scripts.";
        assert_eq!(ev(names).len(), 1, "{:?}", ev(names));
        // A file's name is no name.
        let files = "APT lit Packages.xz sur le miroir.\n\nAPT lit aussi Packages.gz si besoin.";
        assert!(ev(files).is_empty(), "{:?}", ev(files));
        // A surname inside a sentence, one letter from a word: no slip. The same form opening
        // sentences is a word with a letter wrong.
        let credits = "Merci à Philippe Couchet pour sa relecture attentive.";
        assert!(ev(credits).is_empty(), "{:?}", ev(credits));
        let slip = "Couchet les enfants avant vingt heures. Couchet ensuite le chien.";
        assert_eq!(
            ev(slip),
            vec![
                "« Couchet » is not a known spelling; « Coucher » is (French word frequencies)";
                2
            ]
        );
        // An imperative of a verb made on a known noun, which the list lacks.
        let garden = "Paillez le pied des tomates avec de la paille sèche.";
        assert!(ev(garden).is_empty(), "{:?}", ev(garden));
        // Closest to another form of the verb: a slip.
        let take = "Prennez le temps de lire la notice.";
        assert_eq!(ev(take).len(), 1, "{:?}", ev(take));
    }

    #[test]
    fn words_one_edit_apart_share_a_deletion_key() {
        let keys = |w: &str| {
            let mut k = Vec::new();
            deletion_keys(w, &mut k);
            k
        };
        let shares = |a: &str, b: &str| keys(a).iter().any(|k| keys(b).contains(k));
        assert!(shares("istanbul", "instanbul")); // insertion
        assert!(shares("juergen", "juergon")); // substitution
        assert!(!shares("munich", "madrid"));
        assert!(shares("zurich", "zuirch")); // transposition
        assert_eq!(keys("été").len(), 4); // per character, not per byte
        let sorted = [(1u64, "a"), (3, "b"), (3, "c"), (5, "d")];
        assert_eq!(with_key(&sorted, 3), &[(3, "b"), (3, "c")]);
        assert!(with_key(&sorted, 4).is_empty());
    }

    #[test]
    fn a_letter_doubled_after_a_consonant_is_no_plural() {
        let t = "Lumivoxx conserve vos données pendant un an.\n\n\
                 La société Lumivox édite une application. Lumivox est basée à Lyon.\n\n\
                 Les Chevaux de Lumivox courent. Le Cheval de Lumivox galope.\n\n\
                 Le Bateau Pirate part. Les Bateaux Pirates rentrent.";
        assert_eq!(
            super::super::messages_of("entity-variant", t),
            vec![
                "« Lumivoxx » is also spelt « Lumivox » in the corpus (1 × Lumivoxx, 4 × Lumivox)"
            ]
        );
    }

    #[test]
    fn a_consonant_put_in_front_makes_another_word() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        assert!(consonant_prepended("Bouganda", "Ouganda"));
        assert!(
            !consonant_prepended("Ieltsine", "Eltsine"),
            "a vowel: a transliteration"
        );
        assert!(!consonant_prepended("Oouganda", "Ouganda"), "a doubled key");
        assert!(
            !consonant_prepended("Blinken", "Linken"),
            "the shorter form is no word: a letter dropped"
        );
        let two = "Le royaume du Bouganda fut le plus puissant de la région des lacs.\n\n\
                   Bien plus tard, l'Ouganda devint indépendant.";
        assert!(ev(two).is_empty(), "{:?}", ev(two));
        let dropped = "Antony Blinken est arrivé à Pékin pour deux jours de discussions.\n\n\
                       Interrogé sur la réaction chinoise, M. Linken a refusé de répondre.";
        assert_eq!(ev(dropped).len(), 1, "{:?}", ev(dropped));
        let verbs = "Rapportons le coffre au camp avant la nuit, dit le capitaine.\n\n\
                     Le sergent répondit : nous apportons aussi les armes des gardes. Apportons-les vite.";
        assert!(ev(verbs).is_empty(), "{:?}", ev(verbs));
        // A vowel in front is a transliteration: still compared.
        let news = "Boris Ieltsine a été élu président de la Russie en 1991.\n\n\
                    Les partisans d'Eltsine ont fêté sa victoire dans les rues de Moscou.";
        assert_eq!(ev(news).len(), 1, "{:?}", ev(news));
    }

    #[test]
    fn a_drawn_out_interjection_is_no_variant() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        assert!(lengthened("aaargh", "aaaargh"));
        assert!(!lengthened("circassiens", "circasssiens"));
        let cries = "Le troll tomba dans la rivière en criant : Arrrgh, je me noie !\n\n\
                     Son frère hurla à son tour : Arrrrgh, aidez-moi donc !";
        assert!(ev(cries).is_empty(), "{:?}", ev(cries));
        // Two letters against three is a slip.
        let slip = "La prêtresse Cassandre annonça la chute de la ville.\n\n\
                    Personne ne crut Casssandre, et la ville tomba.";
        assert_eq!(ev(slip).len(), 1, "{:?}", ev(slip));
    }

    #[test]
    fn a_name_clipped_in_a_characters_speech_is_no_slip() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        assert!(spoken_elision("qu'vous") && spoken_elision("d'courir"));
        assert!(!spoken_elision("qu'elle") && !spoken_elision("l'homme"));
        assert!(!spoken_elision("d'œuvre") && !spoken_elision("l'Œil"));
        let speech = "Le marchand partit vers Carmeline avec ses trois mulets.\n\n\
                      J'vous l'avais dit, qu'on verrait Carm'line avant l'hiver !";
        assert!(ev(speech).is_empty(), "{:?}", ev(speech));
        // Without other elisions of speech, the apostrophe is a slip; « main-d'œuvre » elides
        // before a vowel.
        let slip = "Le marchand partit vers Carmeline avec ses trois mulets.\n\n\
                    Il arriva à Carm'line avant l'hiver, épuisé mais riche.";
        assert_eq!(ev(slip).len(), 1, "{:?}", ev(slip));
        let slip = "Le chantier de Carmeline a pris du retard cet automne.\n\n\
                    À Carm'line, la pénurie de main-d'œuvre freine les travaux.";
        assert_eq!(ev(slip).len(), 1, "{:?}", ev(slip));
    }

    #[test]
    fn two_spellings_given_side_by_side_are_meant() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        let given = "Les éleveurs nomment cette étoile Guovtta (transcrit parfois Guovdta) et la suivent.\n\n\
                     Guovtta se lève à l'est au début de l'hiver.";
        assert!(ev(given).is_empty(), "{:?}", ev(given));
        let languages = "La constellation est appelée Tavaliki en tonguien, Tavariki en maori.\n\n\
                         Les deux peuples la voient au même moment de l'année.";
        assert!(ev(languages).is_empty(), "{:?}", ev(languages));
        // The rarer form also used alone elsewhere: a slip there.
        let slip = "Les éleveurs nomment cette étoile Guovtta (transcrit parfois Guovdta) et la suivent.\n\n\
                    Guovtta se lève à l'est. Guovdta se couche tard.";
        assert!(!ev(slip).is_empty());
        // Both forms in one sentence with no word that joins them: a slip.
        let joined =
            "Les éleveurs suivent Guovtta et, plus tard dans la nuit, voient Guovdta se lever.\n\n\
                      Guovtta se lève à l'est au début de l'hiver.";
        assert_eq!(ev(joined).len(), 1, "{:?}", ev(joined));
        // A joining word or a bracket further on is no giving of two spellings.
        for t in [
            "Le ministre Darmanin a dit que Darmannin ne se présenterait pas.\n\n\
             Gérald Darmanin quitte le gouvernement. Darmanin reste député.",
            "Le ministre Darmanin (Renaissance) a dit que Darmannin partirait.\n\n\
             Gérald Darmanin quitte le gouvernement. Darmanin reste député.",
        ] {
            assert_eq!(ev(t).len(), 1, "{t}: {:?}", ev(t));
        }
    }

    #[test]
    fn a_pronoun_hooked_on_a_verb_is_no_name() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        assert_eq!(enclitic("venge-moi"), Some(("venge", "moi")));
        assert_eq!(enclitic("va-t-il"), Some(("va", "il")));
        assert_eq!(enclitic("saint-etienne"), None);
        assert!(inflection("protegez-moi", "protege-moi"));
        let verbs = "Les pillards arrivent ! Protégez-moi, mes frères, dit le vieil homme.\n\n\
                     Plus tard, l'enfant supplia sa mère : Protège-moi encore.";
        assert!(ev(verbs).is_empty(), "{:?}", ev(verbs));
        // An inverted subject, and forms of verbs that open a sentence in a story.
        let story = "Où est la princesse ? Est-elle partie vers le nord avec les gardes ?\n\n\
                     Chassons ces loups avant l'aube, dit le chef. Haussement d'épaules du sergent.\n\n\
                     Exécutons les ordres. Ressentant la fatigue, ils dormirent.";
        assert!(ev(story).is_empty(), "{:?}", ev(story));
        // A slip in the verb is still found, pronoun or not.
        let slip =
            "Les pillards arrivent ! Apelez-moi quand ils seront là, dit le vieil homme.\n\n\
                    Plus tard, il répéta : Appelez-moi à l'aube.";
        assert_eq!(ev(slip).len(), 1, "{:?}", ev(slip));
        let slip = "Les pillards arrivent, dit le vieil homme à ses fils.\n\n\
                    Supprimr les traces avant le jour. Supprimr aussi les feux.";
        assert_eq!(ev(slip).len(), 2, "{:?}", ev(slip));
    }

    #[test]
    fn the_two_apostrophes_make_one_spelling() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        let mixed = "Le chef Bel’thar conduisit son peuple vers les collines.\n\n\
                     Les guerriers de Bel'thar campèrent près du fleuve. Bel’thar dormit peu.";
        assert!(ev(mixed).is_empty(), "{:?}", ev(mixed));
        // A third spelling is compared with both, counted as one, shown as first written.
        let slip = "Le chef Bel’thar conduisit son peuple vers les collines.\n\n\
                    Les guerriers de Bel'thar campèrent près du fleuve. Bel'tahr dormit peu.";
        assert_eq!(
            ev(slip),
            vec!["« Bel'tahr » is also spelt « Bel’thar » in the corpus (1 × Bel'tahr, 2 × Bel’thar)"]
        );
    }

    #[test]
    fn a_name_in_another_language_is_not_collected() {
        let ev = |t: &str| super::super::messages_of("entity-variant", t);
        assert!(after_language_label(
            "Les Pannoniens (en latin : Pannonii)",
            27
        ));
        assert!(!after_language_label("Voici la liste : Pannonii", 17));
        assert!(after_language_label("Les Helvètes (latin : Helvetii)", 23));
        // A nationality, not a label: « Côté russe : Sergueï Lavrof ».
        assert!(!after_language_label("Côté russe : Lavrof", 15));
        let latin = "Les Pannoniens (en latin : Pannonii) vivaient au bord du Danube.\n\n\
                     La Pannonie devint ensuite une province de l'Empire.";
        assert!(ev(latin).is_empty(), "{:?}", ev(latin));
        let english = "La reine Bérénice régna longtemps sur l'Égypte.\n\n\
                       Son portrait fut gravé sur les monnaies du royaume.\n\n\
                       Papers of the Bernice Library and of the Museum of the Islands, 1990.";
        assert!(ev(english).is_empty(), "{:?}", ev(english));
        // The same forms in French sentences are compared.
        let french = "Les Pannoniens, que Rome soumit, vivaient au bord du Danube. Pannonii fut leur nom.\n\n\
                      La Pannonie devint ensuite une province de l'Empire.";
        assert_eq!(ev(french).len(), 1, "{:?}", ev(french));
        let french = "La reine Bérénice régna longtemps sur l'Égypte.\n\n\
                      Son portrait fut gravé sur les monnaies du royaume.\n\n\
                      La statue de Bernice fut retrouvée dans le delta du Nil.";
        assert_eq!(ev(french).len(), 1, "{:?}", ev(french));
    }
}
