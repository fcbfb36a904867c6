//! `capitalisation`: English capitalisation carried into French: a nationality adjective or a
//! language with a capital ("le ministre Français"), a weekday or a month capitalised inside a
//! sentence, a heading in Title Case. Nouns of nationality ("les Français"), proper names and
//! sentence starts are left alone.

use super::{data, quote, DocCtx};
use crate::corpus::Span;
use crate::finding::Finding;

/// Adjectives that go before a noun: after a word of [`BEFORE_NOUN`], a capitalised nationality
/// that follows one of them is a noun too (« le dernier Français », « un jeune Américain »), as
/// after an ordinal (« le deuxième Anglais »).
const BEFORE_NOUN_ADJECTIVES: &[&str] = &[
    "premier",
    "première",
    "premiers",
    "premières",
    "dernier",
    "dernière",
    "derniers",
    "dernières",
    "seul",
    "seule",
    "seuls",
    "seules",
    "jeune",
    "jeunes",
    "vieux",
    "vieil",
    "vieille",
    "vieilles",
    "grand",
    "grande",
    "grands",
    "grandes",
    "petit",
    "petite",
    "petits",
    "petites",
    "autre",
    "autres",
    "nouveau",
    "nouvel",
    "nouvelle",
    "nouveaux",
    "nouvelles",
    "bon",
    "bons",
    "bonne",
    "bonnes",
    "célèbre",
    "célèbres",
    "fameux",
    "fameuse",
    "illustre",
    "simple",
    "vrai",
    "vraie",
    "vrais",
    "vraies",
    "véritable",
    "véritables",
    "brave",
    "braves",
];

/// Whether word `i` (a capitalised nationality) follows an adjective that goes before a noun,
/// itself after a determiner: « le premier Français à », « ces jeunes Américains ».
fn after_determiner_and_adjective(ws: &[super::words::Word], i: usize) -> bool {
    i >= 2
        && ws[i - 2].sentence == ws[i].sentence
        && BEFORE_NOUN.contains(&ws[i - 2].lower.as_str())
        && (BEFORE_NOUN_ADJECTIVES.contains(&ws[i - 1].lower.as_str())
            || ws[i - 1].lower.ends_with("ième")
            || ws[i - 1].lower.ends_with("ièmes"))
}

/// Words after which a capitalised nationality is a noun ("les Français", "aux Américains").
const BEFORE_NOUN: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "aux",
    "au",
    "ces",
    "ce",
    "cette",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
    "million",
    "millions",
    "milliers",
    "centaines",
    "dizaines",
    "plusieurs",
    "nombreux",
    "certains",
    "tous",
    "nos",
    "vos",
    "leurs",
    "ses",
    "mes",
    "quelques",
    "et",
    "ou",
    "entre",
    "chez",
    "pour",
    "par",
    "avec",
    "sans",
    "contre",
    "mon",
    "ma",
    "ton",
    "ta",
    "tes",
    "son",
    "sa",
    "notre",
    "votre",
    "leur",
    "cet",
    "chaque",
];

/// Nouns after which « de » and a language name is the language taught or used, a noun in lower
/// case (« un cours d'espagnol », « les professeurs de français »), not a people. Not « classe »
/// or « atelier », which gather people too (« une classe de Français en voyage »).
const TEACHING: &[&str] = &[
    "cours",
    "leçon",
    "leçons",
    "professeur",
    "professeurs",
    "professeure",
    "professeures",
    "prof",
    "profs",
    "enseignant",
    "enseignante",
    "enseignants",
    "enseignantes",
    "enseignement",
    "examen",
    "examens",
    "diplôme",
    "diplômes",
    "certificat",
    "certificats",
    "manuel",
    "manuels",
    "dictionnaire",
    "dictionnaires",
    "grammaire",
    "grammaires",
    "notions",
    "apprentissage",
    "traduction",
    "traductions",
    "traducteur",
    "traducteurs",
    "traductrice",
    "traductrices",
    "méthode",
    "méthodes",
    "épreuve",
    "épreuves",
];

/// Words before the noun heading the name of a state (« l'Union », « de la République », « en
/// Fédération », « du Saint Empire »).
const INSTITUTION_DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "du", "de", "d'", "des", "au", "aux", "en", "un", "une", "cette",
    "ce", "cet", "son", "sa", "leur", "notre", "votre", "saint",
];

/// Words that may come between the determiner and the noun heading a name (« la Seconde Guerre
/// mondiale », « la Grande Armée »).
const INSTITUTION_ORDINALS: &[&str] = &[
    "première",
    "premier",
    "seconde",
    "second",
    "deuxième",
    "grande",
    "grand",
];

/// What separates the levels of a path through a software's menus and dialogs, between spaces:
/// « Outils - Options », « Calque → Dupliquer », « Fichier > Exporter ».
const PATH_SEPARATORS: &[&str] = &["-", "–", ">", "→"];

/// Conjunctions that end the last level of a path (« … - Masqué et les champs »).
const PATH_END: &[&str] = &["et", "ou", "puis", "mais", "ni", "car", "donc"];

/// Which words (a flag for each word of `ctx.words`) are in a path through a software's menus
/// and dialogs, its markup lost in plain text: two levels or more, each a label that starts with
/// a capitalised word that is no function word, joined by a separator between spaces
/// (« Insertion - Fonction - Catégorie Texte », « Choisissez Outils - Options - LibreOffice Calc -
/// Affichage », « Calque → Dupliquer »). A label is words separated by spaces only; the first
/// runs back from its separator to the nearest capitalised word, four words at most
/// (« Paramètres linguistiques - Langue »), the last forward four words at most, to punctuation or
/// before a conjunction (« … - Masqué et les champs »). A path is a name, not prose: the rule
/// does not judge its words. Two levels one of which has three capitalised words or more are a
/// title and its subtitle in Title Case (« Les Nouvelles Règles - Guide Du Marché Unique »), not
/// a path.
fn ui_paths(ctx: &DocCtx) -> Vec<bool> {
    let (doc, ws) = (ctx.doc, &ctx.words);
    let n = ws.len();
    let mut marked = vec![false; n];
    let lang = data::language();
    let gap = |k: usize| &doc.text[ws[k].span.end..ws[k + 1].span.start];
    let joined = |k: usize| k + 1 < n && ws[k].sentence == ws[k + 1].sentence;
    // Words of one label: white space only between them (none after an elided « d' »).
    let plain = |k: usize| joined(k) && gap(k).chars().all(char::is_whitespace);
    let separator = |k: usize| {
        joined(k) && {
            let g = gap(k);
            g.starts_with(char::is_whitespace)
                && g.ends_with(char::is_whitespace)
                && PATH_SEPARATORS.contains(&g.trim())
        }
    };
    let label_start =
        |k: usize| ws[k].is_capitalised(doc) && !lang.fr_function_words.contains(&ws[k].lower);
    let mut k = 0;
    while k + 1 < n {
        if !separator(k) {
            k += 1;
            continue;
        }
        // The first label, back from the separator to its capitalised word.
        let mut first = k;
        while !label_start(first) && first > 0 && k - first < 3 && plain(first - 1) {
            first -= 1;
        }
        if !label_start(first) {
            k += 1;
            continue;
        }
        let mut labels = vec![(first, k)];
        let mut at = k;
        while label_start(at + 1) {
            let start = at + 1;
            let mut end = start;
            while end - start < 5 && plain(end) && !separator(end) {
                end += 1;
            }
            if separator(end) && end - start < 5 {
                labels.push((start, end));
                at = end;
                continue;
            }
            // The last label.
            let mut last = start;
            // Outside a document about computing it stops before a function word: « Paris -
            // Londres de Lundi matin » is a route, then the rest of the sentence; a manual's
            // « … - Recherche en Japonais » is one label.
            while last < end
                && last - start < 3
                && !PATH_END.contains(&ws[last + 1].lower.as_str())
                && (!lang.fr_function_words.contains(&ws[last + 1].lower) || ctx.about_computing())
            {
                last += 1;
            }
            labels.push((start, last));
            break;
        }
        let capitals =
            |&(a, b): &(usize, usize)| (a..=b).filter(|&j| ws[j].is_capitalised(doc)).count();
        // Two labels are a path in a document about computing only (« le vol Paris - Londres »
        // in an article).
        if labels.len() >= 3
            || (labels.len() == 2
                && labels.iter().all(|l| capitals(l) <= 2)
                && ctx.about_computing())
        {
            for &(a, b) in &labels {
                marked[a..=b].fill(true);
            }
        }
        k = labels.last().map_or(k, |l| l.1).max(k) + 1;
    }
    marked
}

/// Whether the noun `ws[n]` follows a determiner or a preposition in its sentence (« l'Union »,
/// « du Saint Empire »), maybe with an ordinal between (« la Seconde Guerre »).
fn after_determiner(ws: &[super::words::Word], n: usize) -> bool {
    let is = |j: usize, list: &[&str]| {
        ws[j].sentence == ws[n].sentence && list.contains(&ws[j].lower.as_str())
    };
    n >= 1
        && (is(n - 1, INSTITUTION_DETERMINERS)
            || (n >= 2 && is(n - 1, INSTITUTION_ORDINALS) && is(n - 2, INSTITUTION_DETERMINERS)))
}

/// Verbs of typing and choosing in the imperative, after which a capitalised word is the text to
/// type or the label of what to choose (« saisissez Lundi dans une cellule », « sélectionnez
/// Français dans la liste »), and the gerunds of typing (« en saisissant Janvier »). Not their
/// infinitives, which news writes before a date: « saisir Lundi le Conseil », « entrer Lundi à
/// l'hôpital » (a capital there is a slip).
const INSTRUCTIONS: &[&str] = &[
    "saisissez",
    "tapez",
    "entrez",
    "choisissez",
    "sélectionnez",
    "cochez",
];

/// Whether word `i`, a capitalised language name after a possessive of one thing (« votre
/// Anglais »), is the language, not a person: a verb of learning or using a language stands
/// among the three words before the possessive (« Améliorez votre Anglais », « il a travaillé
/// son Allemand »; « voilà notre Anglais qui revient » is a man).
fn language_after_possessive(ws: &[super::words::Word], i: usize) -> bool {
    const POSSESSIVES: &[&str] = &[
        "mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur",
    ];
    const VERBS: &[&str] = &[
        "amélior",
        "travaill",
        "parl",
        "appren",
        "appri",
        "perfectionn",
        "maîtris",
        "pratiqu",
        "révis",
        "oubli",
        "enrichi",
        "entreten",
        "rafraîch",
    ];
    i >= 2
        && POSSESSIVES.contains(&ws[i - 1].lower.as_str())
        && data::capitalisation().languages.contains(&ws[i].lower)
        && (i.saturating_sub(4)..i - 1).any(|k| {
            ws[k].sentence == ws[i].sentence && VERBS.iter().any(|v| ws[k].lower.starts_with(v))
        })
}

/// Whether word `i` is the object of an instruction (`INSTRUCTIONS`, or « cliquez sur »).
fn after_instruction(ws: &[super::words::Word], i: usize) -> bool {
    let prev = ws[i - 1].lower.as_str();
    INSTRUCTIONS.contains(&prev)
        || (prev == "sur"
            && i >= 2
            && ws[i - 2].lower == "cliquez"
            && ws[i - 2].sentence == ws[i].sentence)
}

/// Whether the word at `span`, with `between` the text since the word before it, opens an item
/// of a list: it opens a line after a bullet (« - Samedi »), or it opens a line and is a label
/// (« Mercredi : 10 h – 12 h »), or it opens a short line after a short line (a timetable one
/// day a line). A word that opens a line of wrapped prose (« aura lieu ⏎ Lundi prochain ») is
/// inside its sentence.
fn opens_list_item(text: &str, between: &str, span: crate::corpus::Span) -> bool {
    let Some((before, indent)) = between.rsplit_once('\n') else {
        return false;
    };
    let bullet = |c: char| matches!(c, '-' | '–' | '—' | '•' | '*' | '·');
    if !indent.chars().all(|c| c.is_whitespace() || bullet(c)) {
        return false;
    }
    let line_start = span.start - indent.len();
    let line = &text[line_start
        ..text[line_start..]
            .find('\n')
            .map_or(text.len(), |n| line_start + n)];
    let previous = text[..span.start - between.len() + before.len()]
        .rsplit('\n')
        .next()
        .unwrap_or_default();
    let short = |l: &str| l.split_whitespace().count() <= 6;
    indent.chars().any(bullet)
        || text[span.end..]
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .starts_with(':')
        || (short(line) && short(previous))
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    if ctx.lang != "fr" {
        return;
    }
    let cap = data::capitalisation();
    let doc = ctx.doc;
    let ws = &ctx.words;
    let paths = ui_paths(ctx);
    for i in 1..ws.len() {
        let (prev, w) = (&ws[i - 1], &ws[i]);
        if w.sentence_start || !w.is_capitalised(doc) || prev.sentence != w.sentence {
            continue;
        }
        // A label of a menu path, the text to type or the label to choose: a name.
        // A language or a nationality chosen in a list is its label in any document
        // (« sélectionnez Français »); a day is one in a manual only (« choisissez Mardi pour
        // partir » is advice).
        let l = w.lower.as_str();
        if paths[i]
            || (after_instruction(ws, i)
                && (ctx.about_computing()
                    || cap.languages.contains(l)
                    || cap.nationality_adjectives.contains(l)))
        {
            continue;
        }
        // After the mark of a note or a list item that opens the sentence (« [3] Grec : … »,
        // « b) Anglais », « (iii) Lundi »), the word starts its sentence.
        let between = &doc.text[prev.span.end..w.span.start];
        if prev.sentence_start && between.contains([')', ']']) {
            continue;
        }
        if opens_list_item(&doc.text, between, w.span) {
            continue;
        }
        // In the name of a state or an institution, the adjective after the noun that heads it
        // keeps its lower case (« l'Union Européenne », « l'Empire Ottoman », « la Révolution
        // Russe »), whatever follows: the noun after an article or a preposition, the adjective
        // right after it. Not in a line in capitals (« TRAIT D'UNION ARMÉNIEN »), nor after a
        // comma (« au sein de l'Union, Allemands et Néerlandais »), nor a first name
        // (« Marine Allemand »).
        let common_adjective = cap.institution_adjectives.contains(l);
        let institution = prev.is_capitalised(doc)
            && cap.institution_nouns.contains(&prev.lower)
            && (cap.nationality_adjectives.contains(l)
                || cap.historical_adjectives.contains(l)
                || common_adjective)
            && w.raw(doc).chars().any(char::is_lowercase)
            && doc.text[prev.span.end..w.span.start].trim().is_empty()
            && after_determiner(ws, i - 1);
        // Part of a multi-word proper name ("Institut Français", "Wall Street Journal"); not
        // after an article that takes its capital from the sentence (« Le Lundi 3 août »).
        // (A title keeps its capital after the article: « Le Lundi au soleil »; a date has
        // its day after the name: « Le Lundi 3 août ».)
        let article_at_start = prev.sentence_start
            && BEFORE_NOUN.contains(&prev.lower.as_str())
            && ws.get(i + 1).is_some_and(|n| {
                n.sentence == w.sentence
                    && n.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
            });
        // Words of one name are joined by white space (or a hyphen, an apostrophe): « Française,
        // Belge et Suisse » are three adjectives (« l'Union, Allemands et Néerlandais » is a name
        // and nouns). A function word opening the sentence takes its
        // capital from it (« Depuis Lundi dernier », « Chaque Mercredi, »), and so does an
        // article before a day or a month and a word of time (« Le Mardi suivant »).
        let joined = |a: &super::words::Word, b: &super::words::Word| {
            !cap.nationality_adjectives.contains(&a.lower)
                || !cap.nationality_adjectives.contains(&b.lower)
                || doc.text[a.span.end..b.span.start]
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
        };
        // Days only: a month may be a name there (« Depuis Mars, la sonde… », « En Mai 68 »), and
        // so may a nationality (« Comme Français, il… »).
        let day = cap.weekdays.contains(l);
        let article = matches!(prev.lower.as_str(), "le" | "la" | "les" | "l'");
        let sentence_capital = prev.sentence_start
            && day
            && (matches!(
                prev.lower.as_str(),
                "depuis"
                    | "dès"
                    | "chaque"
                    | "avant"
                    | "après"
                    | "jusqu'à"
                    | "jusqu'au"
                    | "pour"
                    | "ce"
                    | "dans"
                    | "entre"
                    | "vers"
                    | "du"
                    | "au"
                    | "un"
                    | "tous"
                    | "ou"
                    | "et"
            ) || (article
                && ws.get(i + 1).is_some_and(|n| {
                    n.sentence == w.sentence
                        && matches!(
                            n.lower.as_str(),
                            "suivant"
                                | "suivante"
                                | "dernier"
                                | "dernière"
                                | "prochain"
                                | "prochaine"
                                | "précédent"
                                | "précédente"
                                | "matin"
                                | "soir"
                                | "midi"
                        )
                })));
        // A feast takes its capital (« le Vendredi saint », « Mardi gras », « le Lundi de
        // Pâques »).
        let after = |n: usize| ws.get(i + n).filter(|x| x.sentence == w.sentence);
        let feast = day
            && (after(1).is_some_and(|n| matches!(n.lower.as_str(), "saint" | "gras"))
                || (after(1).is_some_and(|n| matches!(n.lower.as_str(), "de" | "des"))
                    && after(2).is_some_and(|n| {
                        matches!(
                            n.lower.as_str(),
                            "pâques" | "pentecôte" | "rameaux" | "cendres"
                        )
                    })));
        if feast {
            continue;
        }
        if !institution
            && ((prev.is_capitalised(doc)
                && !article_at_start
                && !sentence_capital
                && joined(prev, w))
                || ws.get(i + 1).is_some_and(|n| {
                    n.sentence == w.sentence && n.is_capitalised(doc) && joined(w, n)
                }))
        {
            continue;
        }
        // A list of nouns (« des Roumains, Hongrois et Allemands »): its first member follows
        // a determiner.
        if cap.nationality_adjectives.contains(l) && between.contains(',') {
            let mut k = i - 1;
            while k > 0
                && ws[k - 1].sentence == w.sentence
                && cap.nationality_adjectives.contains(&ws[k].lower)
                && ws[k].is_capitalised(doc)
                && doc.text[ws[k - 1].span.end..ws[k].span.start].contains(',')
                && cap.nationality_adjectives.contains(&ws[k - 1].lower)
            {
                k -= 1;
            }
            if k > 0 && BEFORE_NOUN.contains(&ws[k - 1].lower.as_str()) {
                continue;
            }
        }
        // A country's name after a bracket or a comma (« traduit de l'espagnol (Argentine) »):
        // « argentine », « suisse » are adjectives too.
        if cap.also_proper_nouns.contains(l) && between.contains(['(', ',']) {
            continue;
        }
        // After a number, a nationality is a noun (« 3 Anglais »); a month is not
        // (« le 3 Mars »).
        let after_number = prev.lower.chars().all(|c| c.is_ascii_digit());
        let message = if institution && common_adjective {
            format!(
                "« {} »: the adjective after the noun heading a name takes no capital in French",
                quote(doc, ctx.span(i - 1, i))
            )
        } else if institution
            || (cap.nationality_adjectives.contains(l)
                && (!BEFORE_NOUN.contains(&prev.lower.as_str())
                    || language_after_possessive(ws, i))
                && !after_determiner_and_adjective(ws, i)
                && !after_number)
        {
            if prev.lower == "en" && !cap.languages.contains(l) {
                continue;
            }
            format!(
                "« {} »: an adjective of nationality or a language takes no capital in French",
                quote(doc, ctx.span(i - 1, i))
            )
        } else if cap.languages.contains(l)
            && (prev.lower == "en"
                || prev.lower == "l'"
                || (matches!(prev.lower.as_str(), "de" | "d'")
                    && i >= 2
                    && ws[i - 2].sentence == w.sentence
                    && TEACHING.contains(&ws[i - 2].lower.as_str())))
        {
            format!(
                "« {} »: a language name takes no capital in French",
                quote(doc, ctx.span(i - 1, i))
            )
        } else if cap.weekdays.contains(l) || cap.months.contains(l) {
            // « Mars » is the planet or the god (« la planète Mars », « sur Mars »), unless a date
            // makes it the month: a day before it (« 3 », « 1er »), a year after it, a word of
            // time before it (« en », « début », « fin », « depuis », « avant », « jusqu'en »,
            // « d'ici », « mois de »), or another month among the three words before it
            // (« de Janvier à Mars », « Janvier, Février et Mars »).
            let next_is_number = ws.get(i + 1).is_some_and(|n| {
                n.sentence == w.sentence && n.lower.chars().all(|c| c.is_ascii_digit())
            });
            let month_near = (i.saturating_sub(3)..i)
                .any(|k| ws[k].sentence == w.sentence && cap.months.contains(&ws[k].lower));
            let month_context = after_number
                || prev.lower == "1er"
                || next_is_number
                || month_near
                || matches!(
                    prev.lower.as_str(),
                    "en" | "début"
                        | "fin"
                        | "mi"
                        | "courant"
                        | "depuis"
                        | "avant"
                        | "jusqu'en"
                        | "ici"
                        | "dès"
                )
                || (prev.lower == "de" && i >= 2 && ws[i - 2].lower == "mois");
            if l == "mars" && !month_context {
                continue;
            }
            // « le 14 Juillet », the holiday; « le 14 juillet 1789 », a date.
            let holiday = cap.holidays.contains(&format!("{} {l}", prev.lower)) && !next_is_number;
            if holiday {
                continue;
            }
            format!(
                "« {} »: days and months take no capital in French",
                quote(doc, ctx.span(i - 1, i))
            )
        } else {
            continue;
        };
        out.push(ctx.finding(
            "capitalisation",
            w.span,
            message,
            Some(format!("« {} »", w.lower)),
        ));
    }
    title_case(ctx, &paths, out);
}

/// Prepositions and conjunctions that English Title Case capitalises and French never does
/// inside a title (articles aside: « Le Mans », « La Rochelle » are names).
const TITLE_SMALL_WORDS: &[&str] = &[
    "sur", "sous", "des", "du", "de", "et", "ou", "pour", "par", "avec", "sans", "dans", "en",
    "au", "aux", "vers", "chez", "entre", "contre",
];

/// Possessives of the reader that English Title Case capitalises inside a heading (« Préparer
/// Votre Hospitalisation »); not « mon », « ma », « notre », which open names of services and
/// places (« Ma Banque », « Notre-Dame »).
const TITLE_POSSESSIVES: &[&str] = &["votre", "vos", "ton", "ta", "tes"];

/// Headings in English Title Case. A heading is a short paragraph, or a line of a paragraph of
/// several lines that stands alone (the first line, or one after a line that ends a sentence,
/// with no comma, right above an item of a list: a heading written over its list; not a line of
/// columns), that does not end as a sentence does (`.`, `!`, `…`, `;`, `,`; a question or a
/// label ending with `?` or `:` is still a heading). It is in Title Case where most words of four
/// letters or more after the first are capitalised common words, the words of a menu path
/// (`ui_paths`) aside, where two prepositions or conjunctions take a capital beside a capitalised
/// common word, or where a possessive of the reader does (« Préparer Votre Hospitalisation »).
fn title_case(ctx: &DocCtx, paths: &[bool], out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let r = ctx.paragraph_words(p);
        let text = doc.slice(para.span);
        // A heading is one line: a paragraph of several lines (an address, a heading and its
        // list) is judged line by line.
        if !text.trim().contains(['\n', '\r']) {
            if title_case_words(ctx, paths, r.clone(), para.span) {
                out.push(title_finding(ctx, para.span));
            }
            continue;
        }
        if ctx.code[p] {
            continue;
        }
        let lines = super::lines_of(doc, para.span);
        for (i, l) in lines.iter().enumerate() {
            let after_sentence =
                i == 0 || doc.slice(lines[i - 1]).ends_with(['.', '!', '?', ':', '…']);
            // Above an item of a list: a bullet, or a number and `.` or `)`. A line before a
            // line of prose may be a list of names (« Avec le soutien de Crédit Agricole,
            // Société Générale et Air France »), and one with a comma is no heading.
            let before_item = lines
                .get(i + 1)
                .is_some_and(|n| super::list_item(doc.slice(*n)));
            let a = ctx.words[r.clone()].partition_point(|w| w.span.start < l.start) + r.start;
            let b = ctx.words[r.clone()].partition_point(|w| w.span.end <= l.end) + r.start;
            // The subject line of a letter or a mail is its title, whatever follows it
            // (« Objet : Déclaration De Sinistre »): the words after the colon.
            let line = doc.slice(*l);
            let subject = line
                .trim_start()
                .strip_prefix("Objet")
                .is_some_and(|rest| rest.trim_start_matches([' ', '\u{a0}']).starts_with(':'));
            if subject && a + 1 < b {
                let span = Span::new(ctx.words[a + 1].span.start, l.end);
                if title_case_words(ctx, paths, a + 1..b, span) {
                    out.push(title_finding(ctx, span));
                }
                continue;
            }
            if !after_sentence || !before_item || line.contains(',') {
                continue;
            }
            if title_case_words(ctx, paths, a..b, *l) {
                out.push(title_finding(ctx, *l));
            }
        }
    }
}

fn title_finding(ctx: &DocCtx, span: Span) -> Finding {
    ctx.finding(
        "capitalisation",
        span,
        format!(
            "« {} »: heading in English Title Case; French capitalises only the first word and proper names",
            quote(ctx.doc, span)
        ),
        None,
    )
}

/// Whether the words `r` of the text at `span` are a heading in Title Case (see
/// [`title_case`]).
fn title_case_words(ctx: &DocCtx, paths: &[bool], r: std::ops::Range<usize>, span: Span) -> bool {
    let doc = ctx.doc;
    let fr = data::french();
    // Words apart by runs of spaces are columns (a menu bar in a screen dump: « Actions
    // Annuler Paquet Solutions »), not a heading.
    let text = doc.slice(span).trim();
    if r.len() < 3
        || r.len() > 14
        || text.ends_with(['.', '!', '…', ';', ','])
        || text.contains("  ")
    {
        return false;
    }
    let ws = &ctx.words[r.clone()];
    // Words in capitals are a label or an acronym (« POUR ALLER PLUS LOIN Comparaison de
    // versions »), not Title Case: only the others are counted.
    // The labels of a menu path are names (« Insertion - Fonction - Catégorie Texte »).
    let long: Vec<_> = ws[1..]
        .iter()
        .zip(&paths[r.start + 1..r.end])
        .filter(|&(w, &path)| {
            !path && w.lower.chars().count() >= 4 && w.raw(doc).chars().any(char::is_lowercase)
        })
        .map(|(w, _)| w)
        .collect();
    // Distinct words: a label repeated (« 1 : Taux = 20 2 : Taux = 60 3 : Taux = 90 ») is
    // no title.
    let mut capitalised: Vec<&str> = long
        .iter()
        .filter(|w| w.is_capitalised(doc) && fr.get(&w.lower) >= 4.0)
        .map(|w| w.lower.as_str())
        .collect();
    let capitalised_common = capitalised.len();
    capitalised.sort_unstable();
    capitalised.dedup();
    // Prepositions and conjunctions with a capital (« La Maison Sur La Colline Des
    // Oliviers », « Nouvelles Fonctionnalités Pour Les Équipes Et Les Créateurs »): English
    // Title Case whatever the other words are, which may be rarer than the counted ones.
    // Each before a function word or a common word (« Sur La Colline »; not the particle of
    // a name, « Du Bellay », « De Bruyne »), in a heading with no word of four letters or
    // more in lower case (« Médecins Sans Frontières et Action Contre la Faim quittent le
    // pays » is a sentence with names).
    let lang = data::language();
    let common = |w: &super::words::Word| {
        lang.fr_function_words.contains(&w.lower) || fr.get(&w.lower) >= 3.0
    };
    let capital = |w: &super::words::Word| {
        w.is_capitalised(doc) && w.raw(doc).chars().any(char::is_lowercase)
    };
    let mut small: Vec<&str> = ws[1..]
        .iter()
        .enumerate()
        .zip(&paths[r.start + 1..r.end])
        .filter(|&((k, w), &path)| {
            !path
                && capital(w)
                && TITLE_SMALL_WORDS.contains(&w.lower.as_str())
                && ws.get(k + 2).is_some_and(common)
        })
        .map(|((_, w), _)| w.lower.as_str())
        .collect();
    // A word right after a capitalised elision takes its capital (« D'inscription » is Title
    // Case as much as « D'Inscription »).
    let after_capital_elision = |k: usize| {
        k > 0 && ws[k - 1].raw(doc).ends_with(['\'', '’']) && ws[k - 1].is_capitalised(doc)
    };
    let lower_case_word = ws.iter().enumerate().skip(1).any(|(k, w)| {
        w.lower.chars().count() >= 4
            && w.raw(doc).chars().next().is_some_and(char::is_lowercase)
            && w.lower.chars().all(char::is_alphabetic)
            && !after_capital_elision(k)
    });
    small.sort_unstable();
    small.dedup();
    let common_word = long
        .iter()
        .any(|w| w.is_capitalised(doc) && fr.get(&w.lower) >= 3.0);
    // A possessive of the reader with a capital, before a capitalised common word.
    let possessive = ws[1..].iter().enumerate().any(|(k, w)| {
        !paths[r.start + 1 + k]
            && capital(w)
            && TITLE_POSSESSIVES.contains(&w.lower.as_str())
            && ws
                .get(k + 2)
                .is_some_and(|n| capital(n) && fr.get(&n.lower) >= 3.0)
    });
    // One preposition or conjunction with a capital between two capitalised common words
    // (« Contrôle Des Pneumatiques », « Ordre Du Jour », « Faits Et Procédure »), in a heading
    // with no word in lower case. Not « Sans », which opens the names of associations
    // (« Médecins Sans Frontières »).
    let one_small = ws.windows(3).enumerate().any(|(k, w)| {
        !paths[r.start + k + 1]
            && capital(&w[1])
            && TITLE_SMALL_WORDS.contains(&w[1].lower.as_str())
            && w[1].lower != "sans"
            && (w[0].is_capitalised(doc) || after_capital_elision(k))
            && fr.get(&w[0].lower) >= 3.0
            && capital(&w[2])
            && common(&w[2])
    });
    // A heading that opens on a possessive of the reader, each other word a capitalised common
    // word (« Votre Première Semaine », « Vos Questions Fréquentes »).
    // Not a title of address, which takes its capitals (« Votre Altesse Royale »).
    const HONORIFICS: &[&str] = &[
        "altesse",
        "majesté",
        "excellence",
        "sainteté",
        "éminence",
        "honneur",
        "grâce",
        "seigneurie",
        "béatitude",
    ];
    let opens_possessive = ws.len() >= 3
        && TITLE_POSSESSIVES.contains(&ws[0].lower.as_str())
        && !HONORIFICS.contains(&ws[1].lower.as_str())
        && ws[1..]
            .iter()
            .zip(&paths[r.start + 1..r.end])
            .all(|(w, &path)| !path && capital(w) && fr.get(&w.lower) >= 3.0);
    (r.len() >= 4
        && long.len() >= 3
        && capitalised.len() >= 3
        && capitalised_common * 5 >= long.len() * 4)
        || (r.len() >= 4 && small.len() >= 2 && common_word && !lower_case_word)
        || ((possessive || one_small || opens_possessive) && !lower_case_word)
}

#[cfg(test)]
mod tests {
    fn capitalisation(text: &str) -> Vec<String> {
        super::super::messages_of("capitalisation", text)
    }

    #[test]
    fn mars_is_the_planet_unless_a_date_makes_it_the_month() {
        let planet = "Kepler étudia la planète Mars, et l'orbite de Mars le passionna. Une sonde \
                      s'est posée sur Mars.";
        assert_eq!(capitalisation(planet), Vec::<String>::new());
        assert_eq!(
            capitalisation("Il est arrivé le 3 Mars, au mois de Mars, et repart en Mars 2022."),
            vec![
                "« 3 Mars »: days and months take no capital in French",
                "« de Mars »: days and months take no capital in French",
                "« en Mars »: days and months take no capital in French",
            ]
        );
        assert_eq!(
            capitalisation("Le festival dure du 1er Mars au 3 avril, depuis Mars 1990."),
            vec![
                "« 1er Mars »: days and months take no capital in French",
                "« depuis Mars »: days and months take no capital in French",
            ]
        );
    }

    #[test]
    fn a_nationality_after_a_determiner_and_an_adjective_is_a_noun() {
        let nouns = "Le dernier Français vainqueur du Tour a gagné en 1985. Le premier Français à \
                     gagner fut aussi le plus jeune. Un jeune Américain et le deuxième Anglais \
                     suivaient.";
        assert_eq!(capitalisation(nouns), Vec::<String>::new());
        // After a noun, the adjective is still a slip.
        assert_eq!(
            capitalisation("Le dernier gouvernement Français a démissionné hier soir."),
            vec!["« gouvernement Français »: an adjective of nationality or a language takes no capital in French"]
        );
    }

    #[test]
    fn a_language_taught_after_de_is_a_noun_in_lower_case() {
        assert_eq!(
            capitalisation("L'école propose des cours d'Espagnol et un professeur de Français."),
            vec![
                "« d'Espagnol »: a language name takes no capital in French",
                "« de Français »: a language name takes no capital in French"
            ]
        );
        assert_eq!(
            capitalisation("Les professeurs de Français se réunissent jeudi."),
            vec!["« de Français »: a language name takes no capital in French"]
        );
        // After another noun, « de Français » is a people; a noun of another sentence is none.
        for text in [
            "Des milliers de Français ont visité le salon ce week-end.",
            "Une classe de Français en voyage scolaire visite Berlin.",
            "Il a suivi des cours. De Français, il ne parlait pas un mot.",
        ] {
            assert_eq!(capitalisation(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_capital_from_the_sentence_or_a_list_of_adjectives_is_no_name() {
        for (t, found) in [
            (
                "Depuis Lundi dernier, la boutique reste fermée.",
                vec!["« Depuis Lundi »: days and months take no capital in French"],
            ),
            (
                "Chaque Mercredi, les enfants vont à la piscine.",
                vec!["« Chaque Mercredi »: days and months take no capital in French"],
            ),
            (
                "Le Mardi suivant, il revint avec sa sœur.",
                vec!["« Le Mardi »: days and months take no capital in French"],
            ),
            (
                "Améliorez votre Anglais en trente jours.",
                vec!["« votre Anglais »: an adjective of nationality or a language takes no capital in French"],
            ),
            (
                "Le clavier existe en disposition Française, Belge et Suisse.",
                vec![
                    "« disposition Française »: an adjective of nationality or a language takes no capital in French",
                    "« Française, Belge »: an adjective of nationality or a language takes no capital in French",
                ],
            ),
        ] {
            assert_eq!(capitalisation(t), found, "{t}");
        }
        for t in [
            // A noun after a possessive, a country in a bracket, a title.
            "Voilà notre Anglais qui revient du marché avec ses paniers.",
            "Selon Vendredi, le navire reviendra avant la saison des pluies.",
            "Comme Français, il se sentait concerné par le vote.",
            "Depuis Mars, la sonde envoie des images de la planète.",
            "En Mai 68, les étudiants occupèrent la Sorbonne.",
            "Le récit est traduit de l'espagnol (Argentine) par une équipe de Lyon.",
            "Le Lundi au soleil est une chanson de Claude François.",
            "Au sein de l'Union, Allemands et Néerlandais s'opposent sur le budget.",
            "La région est habitée par des Roumains, Hongrois et Allemands de Saxe.",
        ] {
            assert_eq!(capitalisation(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_day_after_an_article_opening_the_sentence_is_a_slip() {
        assert_eq!(
            capitalisation("Le Lundi 3 août, la course reprend après une journée de repos."),
            vec!["« Le Lundi »: days and months take no capital in French"]
        );
        // A name of two capitalised words after the article stays a name, and so does a
        // title (its first noun keeps its capital).
        assert_eq!(
            capitalisation("Le Lundi Matin est un journal en ligne."),
            Vec::<String>::new()
        );
        assert_eq!(
            capitalisation("Le Lundi au soleil est une chanson de Claude François."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_day_that_opens_a_line_of_a_list_keeps_its_capital() {
        let hours = "La médiathèque est ouverte aux horaires suivants.\nMardi : 14 h – 18 h\nMercredi : 10 h – 12 h et 14 h – 18 h, sauf pendant les vacances scolaires de la zone\n- Samedi de 10 h à 17 h, avec une pause entre midi et quatorze heures\n• Dimanche fermé, comme les jours fériés de toute l'année\n\nLa carte est gratuite.";
        assert_eq!(capitalisation(hours), Vec::<String>::new());
        let short = "Horaires d'été du marché couvert\nMardi 8 h – 13 h\nJeudi 8 h – 13 h\nSamedi 7 h – 14 h\n\nLa carte est gratuite.";
        assert_eq!(capitalisation(short), Vec::<String>::new());
        // Inside a line, the day is still a slip, and so is a word that opens a line of
        // wrapped prose.
        assert_eq!(
            capitalisation("La médiathèque est fermée le Mardi et le jeudi matin."),
            vec!["« le Mardi »: days and months take no capital in French"]
        );
        let wrapped = "La prochaine réunion du conseil municipal aura lieu\nLundi prochain dans la salle des fêtes, en présence du ministre\nFrançais de l'Agriculture venu pour l'occasion.\n\nLe budget a été adopté.";
        assert_eq!(
            capitalisation(wrapped),
            vec![
                "« lieu Lundi »: days and months take no capital in French",
                "« ministre Français »: an adjective of nationality or a language takes no capital in French"
            ]
        );
    }

    #[test]
    fn a_holiday_named_by_its_date_keeps_its_capital_and_a_date_does_not() {
        let holidays = "Le défilé du 14 Juillet passera par le cours Victor-Hugo. Les magasins seront fermés le 1er Mai et le 8 Mai.";
        assert_eq!(capitalisation(holidays), Vec::<String>::new());
        assert_eq!(
            capitalisation("La Bastille a été prise le 14 Juillet 1789 par les émeutiers."),
            vec!["« 14 Juillet »: days and months take no capital in French"]
        );
        assert_eq!(
            capitalisation("La réunion aura lieu le 12 Juillet à la mairie."),
            vec!["« 12 Juillet »: days and months take no capital in French"]
        );
    }

    #[test]
    fn a_word_after_a_number_starts_its_sentence_or_is_a_noun() {
        let notes = "Le mot vient du grec.\n\n[3] Grec : mot emprunté par le vocabulaire scientifique pour la vision.\n\n2) Anglais : le mot est passé par Londres.\n\nb) Anglais : le mot.\n\n(iii) Lundi : la réunion.";
        assert_eq!(capitalisation(notes), Vec::<String>::new());
        // A month or a day after a number is a slip.
        assert_eq!(
            capitalisation(
                "Le sommet se tiendra le 3 Mars à Bruxelles, puis le dimanche 15 Septembre."
            )
            .len(),
            2
        );
        assert_eq!(
            capitalisation("Le ministre Français a rencontré 3 Anglais et le ministre Grec hier.")
                .len(),
            2
        );
    }

    #[test]
    fn a_heading_above_its_list_a_question_and_a_possessive_are_title_case() {
        for (t, heading) in [
            (
                "Les Premiers Jours À La Maison\n1. Marchez plusieurs fois par jour.\n2. Reposez-vous.",
                "Les Premiers Jours À La Maison",
            ),
            (
                "Le texte commence ici.\nExercice 2 – Genoux Vers La Poitrine\n1. Allongé sur le dos, ramenez un genou.",
                "Exercice 2 – Genoux Vers La Poitrine",
            ),
            (
                "Quelles Sont Les Informations À Connaître Avant De Prendre Ce Médicament ?\n\nNe le prenez pas.",
                "Quelles Sont Les Informations À Connaître Avant De Prendre Ce Médicament ?",
            ),
            (
                "Préparer Votre Hospitalisation\n\nVenez la veille avec vos papiers.",
                "Préparer Votre Hospitalisation",
            ),
        ] {
            assert_eq!(
                capitalisation(t),
                vec![format!("« {heading} »: heading in English Title Case; French capitalises only the first word and proper names")],
                "{t}"
            );
        }
        for t in [
            // Columns of a screen dump; a wrapped sentence before a name; a service's name; a
            // possessive in a sentence.
            "Actions  Annuler  Paquet  Solutions  Rechercher  Options  Vues  Aide\nC-T : Menu  ? : Aide",
            "Le rapport a été remis hier soir au ministre\nJean Dupont, qui l'a lu aussitôt.",
            "Application Ma Banque\n\nElle se télécharge gratuitement.",
            "Bienvenue sur Votre espace personnel\n\nConnectez-vous.",
            // Names of firms above prose, with commas or not.
            "Le texte.\n\nAvec le soutien de Crédit Agricole, Société Générale et Air France\nEntrée libre dans la limite des places.",
            "Le texte.\n\nBanque Populaire Grand Ouest Agence Centrale\n15 boulevard de la Liberté",
        ] {
            assert_eq!(capitalisation(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_title_with_capitalised_prepositions_is_title_case() {
        for t in [
            "Chapitre 1 : La Maison Sur La Colline Des Oliviers\n\nLe jour se levait.",
            "Nouvelles Fonctionnalités Pour Les Équipes Et Les Créateurs\n\nLa version arrive.",
        ] {
            assert_eq!(capitalisation(t).len(), 1, "{t}");
        }
        for t in [
            // One preposition with a capital, a Dutch name's; names with particles; a sentence.
            "Voyage au bout de la Nuit Blanche\n\nLe jour se levait.",
            "Rencontre avec Jean De Vries et Anna Van Dijk\n\nLe jour se levait.",
            "La Pléiade : Ronsard, Du Bellay et Des Autels\n\nLe jour se levait.",
            "Médecins Sans Frontières et Action Contre la Faim quittent le pays\n\nLe jour se levait.",
        ] {
            assert_eq!(capitalisation(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn one_capitalised_preposition_between_common_words_or_a_possessive_first_is_title_case() {
        for heading in [
            "Contrôle Des Pneumatiques",
            "Ordre Du Jour",
            "Faits Et Procédure",
            "Frais D'inscription Et Bourses",
            "Votre Première Semaine",
        ] {
            let t = format!("{heading}\n\nLe texte de la section suit ici.");
            assert_eq!(capitalisation(&t).len(), 1, "{t}");
        }
        for heading in [
            // Sentence case; an association's name; a particle before a rare name; a word in
            // lower case. (A possessive before a firm's name, « Votre Crédit Mutuel », is taken
            // for Title Case: its words are common words.)
            "Contrôle des pneumatiques",
            "Médecins Sans Frontières",
            "Lettres Du Guesclin",
            "Frais Et droits d'inscription",
            "Votre Altesse Royale",
        ] {
            let t = format!("{heading}\n\nLe texte de la section suit ici.");
            assert_eq!(capitalisation(&t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn the_subject_line_of_a_letter_is_its_title() {
        let letter = "La Rochelle, le 3 février 2025\n\n\
                      Objet : Déclaration De Sinistre — Dégât Des Eaux\n\
                      Contrat habitation n° 4482291\n\n\
                      Madame, nous avons bien reçu votre déclaration.";
        assert_eq!(
            capitalisation(letter),
            vec!["« Déclaration De Sinistre — Dégât Des Eaux »: heading in English Title Case; French capitalises only the first word and proper names"]
        );
        let right = "Objet : Déclaration de sinistre — dégât des eaux\n\
                     Contrat habitation n° 4482291";
        assert_eq!(capitalisation(right), Vec::<String>::new());
    }

    #[test]
    fn a_label_repeated_is_no_title() {
        assert_eq!(
            capitalisation(
                "Exemple\n\n1 : Taux = 20 2 : Taux = 60 3 : Taux = 90\n\nLe taux règle la force."
            )
            .len(),
            0
        );
        assert_eq!(
            capitalisation("Exemple\n\nLes Nouvelles Règles Du Marché Unique\n\nLe texte suit.")
                .len(),
            1
        );
        // A label in capitals before a heading is no Title Case.
        assert_eq!(
            capitalisation(
                "Exemple\n\nPOUR ALLER PLUS LOIN Comparaison de versions\n\nLe texte suit."
            )
            .len(),
            0
        );
    }

    use super::super::MANUAL_INTRO as MANUAL;

    #[test]
    fn a_menu_path_is_a_name() {
        const PROSE: &str =
            "\n\nCette catégorie contient les fonctions qui traitent le texte des cellules.";
        for t in [
            "Insertion - Fonction - Catégorie Texte",
            "Insertion - Fonction - Catégorie Date & Heure",
            "Outils → Options → Paramètres Linguistiques → Langues",
            "Ouvrez Fichier > Exporter > Format Texte Brut",
        ] {
            let t = format!("{t}{PROSE}");
            assert_eq!(capitalisation(&t), Vec::<String>::new(), "{t}");
        }
        // Two labels make a path in a manual only.
        let two = format!("Choisissez Format - Mode Texte{PROSE}");
        assert_eq!(
            capitalisation(&format!("{MANUAL}{two}")),
            Vec::<String>::new()
        );
        assert_eq!(capitalisation(&two).len(), 1, "{two}");
        for t in [
            // A route in an article, then the rest of its sentence.
            "Le vol Paris - Londres de Lundi matin a été annulé en raison de la grève.",
            "Le car Paris - Lyon - Marseille de Lundi matin est complet depuis une semaine.",
        ] {
            let t = format!("{t}{PROSE}");
            assert_eq!(capitalisation(&t).len(), 1, "{t}: {:?}", capitalisation(&t));
        }
        for t in [
            "Choisissez Outils - Options - Paramètres linguistiques - Recherche en Japonais.",
            // The first label runs back to its capital.
            "Choisissez Paramètres linguistiques - Recherche en Japonais dans la boîte de dialogue.",
        ] {
            let t = format!("{MANUAL}{t}");
            assert_eq!(capitalisation(&t), Vec::<String>::new(), "{t}");
        }
        for (t, found) in [
            // A title and its subtitle in Title Case.
            (
                "Les Nouvelles Règles - Guide Du Marché Unique",
                "« Les Nouvelles Règles - Guide Du Marché Unique »",
            ),
            // An aside between dashes, opened by a function word, is no path.
            (
                "La réunion - Lundi prochain - est annulée par le ministre.",
                "« réunion - Lundi »",
            ),
            // The last label of a path ends before a conjunction.
            (
                "Choisissez Outils - Options et revenez Lundi pour voir le résultat.",
                "« revenez Lundi »",
            ),
        ] {
            let t = format!("{t}{PROSE}");
            let messages = capitalisation(&t);
            assert!(
                messages.len() == 1 && messages[0].starts_with(found),
                "{t}: {messages:?}"
            );
        }
    }

    #[test]
    fn what_to_type_or_to_choose_is_a_name() {
        for t in [
            "Pour créer une liste de jours, saisissez Lundi dans une cellule et faites glisser la poignée.",
            "Pour la date, tapez Mardi ou choisissez Mars dans la liste qui s'affiche alors.",
        ] {
            // In a manual; in an article, the same words take no capital.
            let manual = format!("{MANUAL}{t}");
            assert_eq!(capitalisation(&manual), Vec::<String>::new(), "{t}");
            assert!(!capitalisation(t).is_empty(), "{t}");
        }
        // A language or a nationality to choose is a label in any document.
        for t in [
            "Dans la liste des langues, sélectionnez Français puis cliquez sur Anglais pour comparer.",
            "Au guichet, choisissez Espagnol ou Italien pour la visite guidée.",
        ] {
            assert_eq!(capitalisation(t), Vec::<String>::new(), "{t}");
        }
        for t in [
            "En saisissant Lundi le Conseil constitutionnel, l'opposition espère retarder la loi.",
            "Pour éviter les bouchons du week-end, choisissez Mardi pour partir en vacances.",
        ] {
            assert_eq!(capitalisation(t).len(), 1, "{t}");
        }
        // An infinitive, another verb, or a word further on: judged.
        for (t, found) in [
            (
                "L'opposition va saisir Lundi le Conseil constitutionnel sur la réforme des retraites.",
                "« saisir Lundi »",
            ),
            (
                "Les élus ont choisi Lundi pour voter la réforme des retraites à l'Assemblée.",
                "« choisi Lundi »",
            ),
            (
                "Pour la réunion, saisissez le dossier Lundi et envoyez-le au ministère.",
                "« dossier Lundi »",
            ),
            (
                "Les députés veulent qu'on clique sur Lundi pour ouvrir la séance de travail.",
                "« sur Lundi »",
            ),
        ] {
            let messages = capitalisation(t);
            assert!(
                messages.len() == 1 && messages[0].starts_with(found),
                "{t}: {messages:?}"
            );
        }
    }

    #[test]
    fn a_nationality_after_the_noun_heading_a_name_of_state_keeps_its_lower_case() {
        for (t, found) in [
            (
                "Les ministres de l'Union Européenne se réunissent jeudi à Bruxelles.",
                "« Union Européenne »",
            ),
            (
                "La chute de l'Empire Ottoman redessine la carte du Proche-Orient.",
                "« Empire Ottoman »",
            ),
            (
                "Les légions de l'Empire Romain Germanique franchissent le Rhin.",
                "« Empire Romain »",
            ),
            (
                "La Saxe fut un électorat du Saint Empire Romain Germanique.",
                "« Empire Romain »",
            ),
            (
                "Le président de la République Française a reçu son homologue lundi.",
                "« République Française »",
            ),
        ] {
            let messages = capitalisation(t);
            assert!(
                messages.len() == 1 && messages[0].starts_with(found),
                "{t}: {messages:?}"
            );
        }
        for t in [
            "Les ministres de l'Union européenne se réunissent jeudi à Bruxelles.",
            // A name whose first noun heads no state (« Institut »), a first name after another
            // noun, an adjective of history alone.
            "Le directeur de l'Institut Français de Tokyo a quitté ses fonctions.",
            "Mon voisin Romain est parti travailler à Lyon la semaine dernière.",
            "Les Romains ont construit ce pont au premier siècle.",
            "Le code 173 est le TRAIT D'UNION ARMÉNIEN de la table.",
            // A comma between them, a first name.
            "Au sein de l'Union, Allemands et Néerlandais s'opposent sur le budget.",
            "La maire, Marine Breton, a été réélue dimanche soir.",
            "Le conseil a élu Marine Allemand à la présidence du groupe.",
        ] {
            assert_eq!(capitalisation(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_common_adjective_after_the_noun_heading_a_name_keeps_its_lower_case() {
        for (t, found) in [
            (
                "La Banque Centrale Européenne a maintenu ses taux directeurs jeudi.",
                "« Banque Centrale »: the adjective after the noun heading a name",
            ),
            (
                "Le rapport de l'Organisation Mondiale de la Santé paraît demain.",
                "« Organisation Mondiale »",
            ),
            // An ordinal between the article and the noun.
            (
                "La ville fut occupée pendant la Seconde Guerre Mondiale par deux armées.",
                "« Guerre Mondiale »",
            ),
            (
                "Les nomades des steppes d'Asie Centrale migrent vers l'ouest.",
                "« Asie Centrale »",
            ),
            (
                "La Marine Nationale a annoncé un exercice en Méditerranée.",
                "« Marine Nationale »",
            ),
        ] {
            let messages = capitalisation(t);
            assert!(
                messages.len() == 1 && messages[0].starts_with(found),
                "{t}: {messages:?}"
            );
        }
        for t in [
            "La Banque centrale européenne a maintenu ses taux directeurs jeudi.",
            "La ville fut occupée pendant la Seconde Guerre mondiale par deux armées.",
            // Trade names and names where the adjective takes the capital, a common adjective
            // after a noun that heads no name, a noun after no article.
            "Elle travaille à la Banque Populaire depuis dix ans.",
            "Les cités grecques d'Asie Mineure prospèrent sous les Perses.",
            "Le siège de la Société Générale est à la Défense.",
            "Mardi, Guerre Mondiale et Paix Durable sont les deux titres du cycle.",
            "La procession du Vendredi saint traverse le quartier, et le soir de Mardi gras aussi.",
            "Le marché est fermé le Lundi de Pâques et le Lundi de Pentecôte.",
            "Les fidèles reçoivent les cendres le Mercredi des Cendres à l'église.",
            // Not a name: an adjective after the noun with a comma between.
            "Au sein de la Banque, Centrale et Nord se disputent les budgets.",
        ] {
            assert_eq!(capitalisation(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_nationality_after_a_number_word_is_a_noun() {
        assert!(
            capitalisation("Les trois cents Français tiennent la colline depuis l'aube.")
                .is_empty()
        );
        assert!(
            capitalisation("Ils ne laisseront pas soixante mille Russes prendre la ville.")
                .is_empty()
        );
        assert_eq!(
            capitalisation("Le clavier Français proposé convient pour les claviers français.")
                .len(),
            1
        );
    }
}
