//! `missing-auxiliary`: a past participle without its auxiliary: in a quotation attribution
//! ("», Interpol révélé." for "», a révélé Interpol." or "», Interpol a révélé."), after a
//! subject pronoun ("Nous reçu votre demande"), after a noun before "que" ("2 000 adultes
//! montré que"), or between a noun subject and its object ("L'équipe corrigé un plantage").

use super::{quote, DocCtx};
use crate::finding::Finding;

const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "était",
    "étaient", "eut", "eurent", "ai", "as", "avons", "avez", "sera", "seront", "fut", "furent",
];
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "ce", "cette", "notre",
    "votre", "mon", "ma", "nos", "vos", "leurs", "du", "des",
];
const PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];
const IRREGULAR: &[&str] = &[
    "dit",
    "écrit",
    "admis",
    "reconnu",
    "soutenu",
    "répondu",
    "conclu",
    "promis",
    "prévenu",
    "averti",
    "maintenu",
    "poursuivi",
    "insisté",
    "réagi",
    "dit-il",
];
/// Participles of verbs of saying outside the first group that are no finite form of the verb
/// (not « dit », « écrit », « admis », « promis », which are presents or simple pasts too).
const ONLY_PARTICIPLES: &[&str] = &[
    "reconnu",
    "répondu",
    "conclu",
    "soutenu",
    "maintenu",
    "prévenu",
    "averti",
    "poursuivi",
    "réagi",
];

/// Words that may follow the verb of an attribution: a preposition or a word of time
/// (« », Interpol révélé dans un communiqué », « », le capitaine reconnu au micro »).
const AFTER_VERB: &[&str] = &[
    "dans",
    "après",
    "avant",
    "en",
    "au",
    "aux",
    "à",
    "lors",
    "devant",
    "sur",
    "sous",
    "depuis",
    "pendant",
    "hier",
    "mardi",
    "lundi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "ce",
    "cette",
    "auprès",
    "face",
    "via",
    "encore",
    "aussitôt",
    "ensuite",
    "alors",
    "dès",
    "sans",
    "avec",
];
/// The most words a subject may have (« la sœur de la victime »); over three, only before a
/// verb of saying.
const MAX_SUBJECT: usize = 5;

/// A participle that may end an attribution: masculine singular, as the auxiliary « avoir »
/// leaves it (« adulée », « brisées » are adjectives of an apposition: « une œuvre adulée »).
fn is_participle(w: &str) -> bool {
    w.ends_with('é') && w.chars().count() >= 4 || IRREGULAR.contains(&w)
}

/// The closing quotation mark at byte `q`, if any: « » », « ” », or a straight « " » followed by
/// a comma (an opening one is not).
fn closing_quote(text: &str, q: usize, c: char) -> bool {
    matches!(c, '»' | '”') || c == '"' && text[q + 1..].trim_start().starts_with(',')
}

/// What the closing mark `c` at byte `q` closes (`quoted` words of the text end before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoted {
    /// The title of a work or a name (« La Peste », « Le Monde »): two words or fewer, without a
    /// final full stop, question or exclamation mark or ellipsis.
    Title,
    /// Three or four words without such a mark, inside a sentence: a quotation, or the label of
    /// a menu or a button (« Ouvrez « Gestion des appareils », le menu caché »).
    Short,
    /// A quotation: five words or more, or a final mark, or three words or more that open their
    /// sentence, or no opening mark in the paragraph.
    Sentence,
}

fn quoted_kind(
    doc: &crate::corpus::Document,
    ws: &[super::words::Word],
    q: usize,
    c: char,
    quoted: usize,
) -> Quoted {
    let opening = match c {
        '»' => '«',
        '”' => '“',
        _ => '"',
    };
    let para = ws[quoted - 1].para;
    let Some(open) = doc.text[..ws[quoted - 1].span.start].rfind(opening) else {
        return Quoted::Sentence;
    };
    let inside = ws.partition_point(|w| w.span.start < open);
    if inside >= quoted || ws[inside].para != para {
        return Quoted::Sentence;
    }
    if quoted - inside >= 5 || doc.text[open..q].trim_end().ends_with(['.', '!', '?', '…']) {
        Quoted::Sentence
    } else if quoted - inside >= 3 {
        // After a verb of saying or a colon, a few words are a quotation (« Le maire a lancé
        // « on reconstruira tout », … »), not a label.
        let lang = super::data::language();
        let said = inside > 0
            && (lang.speech_participles_fr.contains(&ws[inside - 1].lower)
                || lang.speech_verbs_fr.contains(&ws[inside - 1].lower)
                || doc.text[..open].trim_end().ends_with(':'));
        let inside_sentence = inside > 0 && ws[inside - 1].sentence == ws[inside].sentence;
        if inside_sentence && !said {
            Quoted::Short
        } else {
            Quoted::Sentence
        }
    } else {
        Quoted::Title
    }
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    if ctx.lang != "fr" {
        return;
    }
    subject_then_participle(ctx, out);
    noun_then_participle_que(ctx, out);
    subject_then_participle_object(ctx, out);
    ete_without_avoir(ctx, out);
    let doc = ctx.doc;
    let ws = &ctx.words;
    let speech = &super::data::language().speech_participles_fr;
    for (q, c) in doc.text.char_indices() {
        if !closing_quote(&doc.text, q, c) {
            continue;
        }
        // », then a subject and a participle in one go, the participle followed by . , ; or the
        // end, or, for a verb of saying, by a preposition or a word of time.
        let after = q + c.len_utf8();
        let rest = &doc.text[after..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace());
        let Some(trimmed) = trimmed.strip_prefix(',') else {
            continue;
        };
        let start = doc.text.len() - trimmed.len();
        let first = ws.partition_point(|w| w.span.start < start);
        if let Some(f) = inverted(ctx, q, c, first) {
            out.push(f);
            continue;
        }
        let mut last = None;
        for k in first..(first + MAX_SUBJECT + 1).min(ws.len()) {
            if k > first
                && !doc.text[ws[k - 1].span.end..ws[k].span.start]
                    .chars()
                    .all(char::is_whitespace)
            {
                break;
            }
            let tail = doc.text[ws[k].span.end..].trim_start_matches([' ', '\u{a0}']);
            if tail.is_empty() || tail.starts_with(['.', ',', ';', '\n', '\r']) {
                last = Some(k);
                break;
            }
            let goes_on = || {
                ws.get(k + 1).is_some_and(|n| {
                    n.sentence == ws[k].sentence
                        && doc.text[ws[k].span.end..n.span.start].trim().is_empty()
                        && AFTER_VERB.contains(&n.lower.as_str())
                })
            };
            if k > first && speech.contains(&ws[k].lower) && goes_on() {
                last = Some(k);
                break;
            }
        }
        let Some(last) = last else { continue };
        // The quotation, its subject and its verb in one paragraph; a subject that ends with a
        // noun or a name (« les indications de doigté » is no subject and its verb).
        let quoted = ws.partition_point(|w| w.span.end <= q);
        if last == first
            || quoted == 0
            || ws[quoted - 1].para != ws[first].para
            || ws[first].para != ws[last].para
            || matches!(
                ws[last - 1].lower.as_str(),
                "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "et" | "ou" | "en"
            )
        {
            continue;
        }
        // What closes is a quotation, not a title (« « La Peste », le chercheur reconnu dans le
        // monde entier » is an apposition): three words or more, or a final punctuation mark.
        let kind = quoted_kind(doc, ws, q, c, quoted);
        if kind == Quoted::Title {
            continue;
        }
        let subject = &ws[first..last];
        let participle = &ws[last];
        let lead = ws[first].lower.as_str();
        let subject_ok = ws[first].is_capitalised(doc)
            || DETERMINERS.contains(&lead)
            || (subject.len() == 1 && PRONOUNS.contains(&lead));
        // A long subject, or an indefinite one (« », un livre réédité »: an apposition), or
        // after a few words that may be a label (« « Gestion des appareils », le menu caché »),
        // only before a verb of saying.
        let verb_ok = if subject.len() > 3 || matches!(lead, "un" | "une") || kind == Quoted::Short
        {
            speech.contains(&participle.lower)
        } else {
            is_participle(&participle.lower) || speech.contains(&participle.lower)
        };
        if subject_ok
            && verb_ok
            && !subject
                .iter()
                .any(|w| AUXILIARIES.contains(&w.lower.as_str()))
        {
            let span = ctx.span(first, last);
            let subj = quote(doc, ctx.span(first, last - 1));
            let help = format!(
                "« {subj} a {} » or « a {} {subj} »",
                participle.raw(doc),
                participle.raw(doc)
            );
            out.push(no_auxiliary(ctx, span, span, help));
        }
    }
}

/// The finding of a participle without its auxiliary at `span`, quoting the text at `shown`,
/// with the help `help`.
fn no_auxiliary(
    ctx: &DocCtx,
    span: crate::corpus::Span,
    shown: crate::corpus::Span,
    help: String,
) -> Finding {
    ctx.finding(
        "missing-auxiliary",
        span,
        format!(
            "« {} »: the past participle has no auxiliary",
            quote(ctx.doc, shown)
        ),
        Some(help),
    )
}

/// Whether words `a` and `b` are in one sentence with only spaces (a no-break one included)
/// between them.
fn spaced(doc: &crate::corpus::Document, a: &super::words::Word, b: &super::words::Word) -> bool {
    a.sentence == b.sentence
        && doc.text[a.span.end..b.span.start]
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
}

/// Whether `w` is a form of « avoir » or « être ».
pub(super) fn avoir_or_etre(w: &str) -> bool {
    const FORMS: &[&str] = &[
        "ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient",
        "aurai", "auras", "aura", "aurons", "aurez", "auront", "aurais", "aurait", "aurions",
        "auriez", "auraient", "aie", "aies", "ait", "ayons", "ayez", "aient", "eus", "eut",
        "eûmes", "eûtes", "eurent", "eût", "avoir", "ayant", "eu", "suis", "es", "est", "sommes",
        "êtes", "sont", "étais", "était", "étions", "étiez", "étaient", "serai", "seras", "sera",
        "serons", "serez", "seront", "serais", "serait", "serions", "seriez", "seraient", "sois",
        "soit", "soyons", "soyez", "soient", "fus", "fut", "fûmes", "fûtes", "furent", "fût",
        "être", "étant", "été",
    ];
    FORMS.contains(&w)
}

/// Subject pronouns, with the auxiliary « avoir » each takes.
const SUBJECTS: &[(&str, &str)] = &[
    ("je", "ai"),
    ("tu", "as"),
    ("il", "a"),
    ("elle", "a"),
    ("on", "a"),
    ("qui", "a"),
    ("nous", "avons"),
    ("vous", "avez"),
    ("ils", "ont"),
    ("elles", "ont"),
];

/// Object pronouns that may stand between a subject and its verb (« Nous vous informé »).
/// Not « le », « la », « les », « leur », which are determiners too (« qui la portée »).
const OBJECT_PRONOUNS: &[&str] = &["me", "te", "nous", "vous", "lui"];

/// Adverbs that may stand between the auxiliary and the participle, and so between the subject
/// and a participle whose auxiliary is missing (« qui déjà reçu un traitement »). Not « aussi »,
/// « également » or « bien »: « elles aussi appelées « brosses » », « un outil qui bien utilisé
/// fait gagner du temps » are appositions.
const BETWEEN: &[&str] = &["déjà", "toujours", "récemment", "enfin"];

/// Words before which a pronoun is no subject: prepositions (« chez vous », « pour nous »), and
/// « importe » (« n'importe qui muni d'une pièce d'identité »).
const PREPOSITIONS: &[&str] = &[
    "à",
    "de",
    "d'",
    "pour",
    "avec",
    "chez",
    "entre",
    "sans",
    "par",
    "sur",
    "sous",
    "vers",
    "contre",
    "selon",
    "après",
    "avant",
    "devant",
    "derrière",
    "envers",
    "malgré",
    "parmi",
    "comme",
    "sauf",
    "hors",
    "dès",
    "importe",
];

/// Past participles outside the first and second groups, masculine singular.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "reçu",
    "mis",
    "pris",
    "compris",
    "appris",
    "surpris",
    "fait",
    "dit",
    "écrit",
    "vu",
    "pu",
    "su",
    "lu",
    "bu",
    "cru",
    "voulu",
    "connu",
    "reconnu",
    "venu",
    "devenu",
    "revenu",
    "tenu",
    "obtenu",
    "maintenu",
    "soutenu",
    "retenu",
    "perdu",
    "rendu",
    "vendu",
    "attendu",
    "entendu",
    "répondu",
    "ouvert",
    "offert",
    "découvert",
    "couvert",
    "souffert",
    "eu",
    "suivi",
    "permis",
    "promis",
    "admis",
    "remis",
    "transmis",
    "soumis",
    "omis",
    "acquis",
    "résolu",
    "peint",
    "craint",
    "atteint",
    "éteint",
    "joint",
    "rejoint",
    "produit",
    "conduit",
    "construit",
    "détruit",
    "traduit",
    "réduit",
    "introduit",
    "inscrit",
    "décrit",
    "prescrit",
    "paru",
    "apparu",
    "disparu",
    "couru",
    "conclu",
    "inclus",
    "exclu",
    "vécu",
    "battu",
    "interrompu",
];

/// Whether `w` (lower case) is a past participle, and one that is no finite form after the
/// subject pronoun `subject`: of the first group (« reçu », « déconnectés », « oublié »: the
/// infinitive in -er is a known word), of the second (« fini », « choisie »: in -ir), or an
/// irregular one. After « je » and « tu », a form in -s or -t is a present or a simple past
/// (« je mis », « tu dis »); after the others, one in -t is a present of the third person
/// (« il fait », « qui dit », and « cela nous fait », « il vous dit », where « nous » and
/// « vous » are objects); « faites », « dites » are presents after « vous ».
fn participle_after(w: &str, subject: &str) -> bool {
    let fr = super::data::french();
    let known = |inf: &str| fr.get(inf) > 0.0;
    // The masculine singular: the word, or the word without its ending of gender or number
    // (« mises », « reçue », « déconnectés »).
    let forms = [
        Some(w),
        w.strip_suffix('e'),
        w.strip_suffix('s'),
        w.strip_suffix("es"),
    ];
    let participle = forms.into_iter().flatten().any(|base| {
        if IRREGULAR_PARTICIPLES.contains(&base) {
            true
        } else if let Some(stem) = base.strip_suffix('é') {
            base.chars().count() >= 4 && known(&format!("{stem}er"))
        } else {
            base.ends_with('i') && base.chars().count() >= 4 && known(&format!("{base}r"))
        }
    });
    participle
        && match subject {
            "je" | "tu" => !w.ends_with(['s', 't', 'x']),
            "vous" => !w.ends_with('t') && !matches!(w, "faites" | "dites"),
            _ => !w.ends_with('t'),
        }
}

/// A subject pronoun followed by a past participle with no auxiliary between them, as machine
/// translation leaves it (« Nous reçu votre demande », « Si vous oublié de prendre », « les
/// joueurs qui déconnectés »), maybe with an object pronoun (« Nous vous informé ») or one of the
/// adverbs that go between an auxiliary and its participle (« qui déjà reçu »). Not after a
/// preposition (« chez vous »), nor in an inversion (« Avez-vous terminé »).
fn subject_then_participle(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let (doc, ws) = (ctx.doc, &ctx.words);
    let spaced = |a: usize, b: usize| spaced(doc, &ws[a], &ws[b]);
    for i in 0..ws.len() {
        let Some(&(subject, aux)) = SUBJECTS.iter().find(|(s, _)| *s == ws[i].lower) else {
            continue;
        };
        let before = doc.text[..ws[i].span.start].trim_end_matches([' ', '\u{a0}']);
        // An imperative whose hyphen was lost (« Présentez vous muni », « Tenez vous informé »)
        // is another slip: the pronoun is its object.
        let imperative = i > 0
            && ws[i - 1].sentence == ws[i].sentence
            && matches!(subject, "nous" | "vous")
            && (ws[i - 1].lower.ends_with("ez") || ws[i - 1].lower.ends_with("ons"));
        if before.ends_with(['-', '\'', '’'])
            && !before.ends_with("qu'")
            && !before.ends_with("qu’")
            || imperative
            || (i > 0
                && ws[i - 1].sentence == ws[i].sentence
                && PREPOSITIONS.contains(&ws[i - 1].lower.as_str()))
        {
            continue;
        }
        // An object pronoun after a subject (« Nous vous informé ») is judged with the subject.
        if i > 0 && SUBJECTS.iter().any(|(s, _)| *s == ws[i - 1].lower) && spaced(i - 1, i) {
            continue;
        }
        // The subject, an object pronoun, an adverb, then the participle.
        let mut k = i + 1;
        if k < ws.len() && OBJECT_PRONOUNS.contains(&ws[k].lower.as_str()) && spaced(k - 1, k) {
            k += 1;
        }
        // « bien » too after the first and second persons (« Nous bien reçu votre
        // demande »), where it cannot open an apposition.
        let is_adverb = |w: &str| {
            BETWEEN.contains(&w)
                || (w == "bien" && matches!(subject, "je" | "tu" | "nous" | "vous"))
        };
        if k < ws.len() && is_adverb(ws[k].lower.as_str()) && spaced(k - 1, k) {
            k += 1;
        }
        let Some(p) = ws.get(k) else { continue };
        if k == i + 1 && OBJECT_PRONOUNS.contains(&p.lower.as_str()) || !spaced(k - 1, k) {
            continue;
        }
        // A word cut at the end of a line (« qui remplis‐ ⏎ sait ») is no participle; one
        // followed by a comma, a question or an exclamation is an apposition or a clause without
        // a verb (« Elle partie, la maison sembla vide », « — Nous ruinés ? »).
        let after = doc.text[p.span.end..].trim_start_matches([' ', '\u{a0}']);
        let cut = doc.text[p.span.end..].starts_with(['-', '‐', '\u{ad}'])
            || after.starts_with([',', '?', '!', ';']);
        if p.is_capitalised(doc)
            || cut
            || !participle_after(&p.lower, subject)
            || ctx.in_code(p.span.start)
            || !ctx.french_sentence_at(p.span.start)
        {
            continue;
        }
        let span = ctx.span(i, k);
        // The object pronoun before the auxiliary, the adverb after it (« qui a déjà reçu »).
        let mut head = ws[i].raw(doc).to_string();
        let mut adverb = String::new();
        for w in &ws[i + 1..k] {
            if is_adverb(w.lower.as_str()) {
                adverb = format!(" {}", w.raw(doc));
            } else {
                head = format!("{head} {}", w.raw(doc));
            }
        }
        // A form in -i after a subject of the third person may be the present with its « t »
        // lost (« Elle fini son service », « qui défini le symbole »).
        let present =
            present_without_t(&p.lower).filter(|_| matches!(subject, "il" | "elle" | "on" | "qui"));
        let help = if let Some(present) = present {
            format!(
                "« {head} {present} » (the present), or « {head} {aux}{adverb} {} »",
                p.raw(doc)
            )
        } else {
            format!(
                "« {head} {aux}{adverb} {} » (or the auxiliary « être »)",
                p.raw(doc)
            )
        };
        out.push(no_auxiliary(ctx, span, span, help));
    }
}

/// The present of the third person that a participle in -i may be with its « t » lost
/// (« fini » for « finit », « fourni » for « fournit »), if it is a known word and the verb is
/// of the second group (its plural in « -issent » is known too): of the others, the form in -it
/// is the simple past (« servit », « accueillit »).
fn present_without_t(participle: &str) -> Option<String> {
    let fr = super::data::french();
    let present = format!("{participle}t");
    (participle.ends_with('i')
        && fr.get(&present) > 0.0
        && fr.get(&format!("{participle}ssent")) > 0.0)
        .then_some(present)
}

/// « été » followed by a past participle with no form of « avoir » before it: a passive whose
/// auxiliary is missing (« Si votre dossier été validé », « les résultats été publiés », or the
/// auxiliary mistyped: « la propriété à été fixée »). Any form of « avoir » among the
/// [`ETE_LOOKBACK`] words before it in its sentence is taken for the auxiliary, whatever stands
/// between (« n'a pas encore été », « ont pour la plupart été », « a tout de suite été »), and so
/// is a subject pronoun inverted after it (« a-t-il été demandé »). After a determiner, a
/// preposition or an adjective of time, « été » is the season (« l'été passé », « un autre été »,
/// « quel été réussi »), and « été passé » is always read so.
fn ete_without_avoir(ctx: &DocCtx, out: &mut Vec<Finding>) {
    const SEASON_BEFORE: &[&str] = &[
        "l'",
        "le",
        "un",
        "cet",
        "ce",
        "chaque",
        "en",
        "d'",
        "de",
        "du",
        "bel",
        "beau",
        "plein",
        "pendant",
        "durant",
        "dès",
        "depuis",
        "notre",
        "votre",
        "mon",
        "ton",
        "son",
        "leur",
        "cette",
        "dernier",
        "prochain",
        "premier",
        "autre",
        "même",
        "long",
        "quel",
        "quelle",
        "tel",
        "seul",
        "bon",
        "mauvais",
        "meilleur",
        "pire",
        "magnifique",
        "fin",
        "mi",
        "été",
    ];
    let (doc, ws) = (ctx.doc, &ctx.words);
    for k in 1..ws.len().saturating_sub(1) {
        if ws[k].lower != "été" || ws[k].is_capitalised(doc) {
            continue;
        }
        let p = &ws[k + 1];
        if !spaced(doc, &ws[k - 1], &ws[k])
            || !spaced(doc, &ws[k], p)
            || p.is_capitalised(doc)
            || p.lower.starts_with("passé")
            || !participle_after(&p.lower, "il")
            || SEASON_BEFORE.contains(&ws[k - 1].lower.as_str())
            || ctx.in_code(p.span.start)
            || !ctx.french_sentence_at(p.span.start)
        {
            continue;
        }
        let auxiliary = ws[k.saturating_sub(ETE_LOOKBACK)..k]
            .iter()
            .filter(|w| w.sentence == ws[k].sentence)
            .any(|w| {
                (avoir_or_etre(&w.lower) && !matches!(w.lower.as_str(), "été" | "étant" | "être"))
                    || w.lower
                        .rsplit_once('-')
                        .is_some_and(|(_, p)| PRONOUNS.contains(&p))
            });
        if auxiliary {
            continue;
        }
        let span = ctx.span(k, k + 1);
        let help = format!("« a été {} » (or « ont été », « avait été »…)", p.raw(doc));
        out.push(no_auxiliary(ctx, span, span, help));
    }
}

/// How many words before « été » [`ete_without_avoir`] looks for its auxiliary in.
const ETE_LOOKBACK: usize = 5;

/// A participle of a verb of saying or showing right after a noun, then « que », with no
/// auxiliary before it: « Une étude sur 2 000 adultes montré que… », « la dernière saison
/// montré une… » is left alone (a participle with its object is also an apposition: « le
/// document publié le 3 mars »), but a completive « que » needs a finite verb. « Il est établi
/// que », « il a été démontré que », « étant donné que » have their auxiliary; « vu que »,
/// « attendu que » are conjunctions.
fn noun_then_participle_que(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let (doc, ws) = (ctx.doc, &ctx.words);
    // Verbs that take a completive « que » (not « demandé »: « le formulaire demandé que vous
    // trouverez » is a relative clause).
    const SHOWING: &[&str] = &[
        "montré",
        "démontré",
        "prouvé",
        "révélé",
        "indiqué",
        "souligné",
        "confirmé",
        "suggéré",
        "constaté",
        "observé",
        "noté",
        "rappelé",
        "annoncé",
        "déclaré",
        "affirmé",
        "expliqué",
        "estimé",
        "précisé",
        "ajouté",
        "assuré",
        "jugé",
        "signalé",
        "démenti",
        "regretté",
    ];
    // Pronouns, adverbs and words of comparison: no noun before the participle.
    const NOT_A_NOUN: &[&str] = &[
        "bien",
        "déjà",
        "pas",
        "plus",
        "jamais",
        "aussi",
        "alors",
        "donc",
        "toujours",
        "souvent",
        "encore",
        "même",
        "tout",
        "très",
        "trop",
        "peu",
        "beaucoup",
        "également",
        "enfin",
        "ensuite",
        "moins",
        "si",
        "mieux",
        "autant",
        "tellement",
        "tant",
        "ne",
        "n'",
        "se",
        "s'",
        "me",
        "m'",
        "te",
        "t'",
        "nous",
        "vous",
        "lui",
        "leur",
        "l'",
        "le",
        "la",
        "les",
        "y",
        "en",
        "il",
        "elle",
        "on",
        "ils",
        "elles",
        "je",
        "tu",
        "qui",
        "que",
        "qu'",
        "ce",
        "c'",
        "cela",
        "ça",
        "comme",
        "tel",
        "telle",
        "tels",
        "telles",
        "ainsi",
    ];
    for k in 1..ws.len().saturating_sub(1) {
        let (p, n) = (&ws[k], &ws[k + 1]);
        if !matches!(n.lower.as_str(), "que" | "qu'")
            || !SHOWING.contains(&p.lower.as_str())
            || p.is_capitalised(doc)
        {
            continue;
        }
        let prev = &ws[k - 1];
        if !spaced(doc, prev, p)
            || !spaced(doc, p, n)
            || NOT_A_NOUN.contains(&prev.lower.as_str())
            || avoir_or_etre(&prev.lower)
            // An adverb in -ment, but not a noun after its determiner (« le gouvernement
            // annoncé que »).
            || (prev.lower.ends_with("ment")
                && !(k >= 2 && DETERMINERS.contains(&ws[k - 2].lower.as_str())))
            || !prev.lower.chars().all(char::is_alphabetic)
        {
            continue;
        }
        // No auxiliary among the four words before (« vous aurez aussi noté que »), and no
        // « ne » before in the sentence: « ne mesure que le thread indiqué que s'il… » is
        // « ne … que ».
        let from = k.saturating_sub(4);
        let start = ws[..k].partition_point(|w| w.sentence < p.sentence);
        if ws[from..k]
            .iter()
            .any(|w| w.sentence == p.sentence && avoir_or_etre(&w.lower))
            || ws[start..k]
                .iter()
                .any(|w| matches!(w.lower.as_str(), "ne" | "n'"))
            || ctx.in_code(p.span.start)
            || !ctx.french_sentence_at(p.span.start)
        {
            continue;
        }
        let help = format!("« a {} que » (or « ont {} que »)", p.raw(doc), p.raw(doc));
        out.push(no_auxiliary(ctx, p.span, ctx.span(k - 1, k + 1), help));
    }
}

/// Determiners that may open a subject.
const SUBJECT_DETERMINERS: &[&str] = &[
    "le", "la", "l'", "les", "des", "un", "une", "ce", "cet", "cette", "ces", "mon", "ma", "mes",
    "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
    "chaque",
];

/// Determiners of a plural subject.
const PLURAL_DETERMINERS: &[&str] = &[
    "les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs",
];

/// A participle and a noun without its article that make one verb (« donné naissance »,
/// « pris part »): an adjective takes no such noun after it.
const LOCUTIONS: &[(&str, &str)] = &[
    ("donné", "naissance"),
    ("donné", "suite"),
    ("donné", "raison"),
    ("pris", "part"),
    ("pris", "fin"),
    ("pris", "connaissance"),
    ("pris", "conscience"),
    ("pris", "soin"),
    ("pris", "contact"),
    ("pris", "position"),
    ("eu", "lieu"),
    ("mis", "fin"),
    ("porté", "plainte"),
    ("porté", "secours"),
    ("rendu", "visite"),
    ("rendu", "hommage"),
    ("rendu", "compte"),
    ("tenu", "compte"),
    ("prêté", "serment"),
];

/// Words that may open a direct object. Not « le », « la », « les », « l' », « leur », which are
/// also pronouns before the verb of a subject that the participle qualifies (« Le colis envoyé
/// leur est parvenu », « Le décret publié la rend obligatoire »).
const OBJECT_OPENERS: &[&str] = &[
    "un",
    "une",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leurs",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "notre",
    "nos",
    "votre",
    "vos",
    "plusieurs",
];
// Not « du » and « des », which are also « de » with an article (« séparé du chant », « daté
// des faits »).

/// Participles that take no direct object, or after which a noun group is no object: verbs
/// conjugated with « être » (« le train arrivé le premier »), participles that are prepositions
/// (« vu la situation », « passé la date »), verbs of naming and ranking, whose noun group is an
/// attribute (« un logiciel appelé le Lanceur », « le joueur élu le meilleur »), and postures
/// followed by a part of the body (« assis les jambes croisées »).
const NO_OBJECT: &[&str] = &[
    "vu",
    "passé",
    "excepté",
    "compris",
    "attendu",
    "supposé",
    "donné",
    "mis",
    "appelé",
    "nommé",
    "surnommé",
    "baptisé",
    "intitulé",
    "dénommé",
    "prénommé",
    "dit",
    "élu",
    "réélu",
    "désigné",
    "classé",
    "considéré",
    "jugé",
    "proclamé",
    "sacré",
    "couronné",
    "qualifié",
    "noté",
    "assis",
    "allongé",
    "couché",
    "agenouillé",
    "penché",
    "appuyé",
    "adossé",
    "accroupi",
    "étendu",
    "né",
    "venu",
    "devenu",
    "revenu",
    "arrivé",
    "parti",
    "resté",
    "tombé",
    "entré",
    "rentré",
    "sorti",
    "monté",
    "descendu",
    "décédé",
    "retourné",
    "parvenu",
    "survenu",
    "demeuré",
    "apparu",
    "disparu",
    "paru",
    "situé",
    "placé",
    "posé",
    "fait",
    "laissé",
    "vêtu",
    "habillé",
    "armé",
    "reconnu",
    "rebaptisé",
    "renommé",
    "endormi",
    "assoupi",
    "vendu",
    "revendu",
    "acheté",
    "racheté",
    "payé",
    "estimé",
    "évalué",
    "facturé",
    "cédé",
    "loué",
];

/// Words after a determiner that make a time, a measure or a superlative, not an object
/// (« le document publié le 3 mars », « le titre vendu le plus », « le colis reçu ce matin »).
const NOT_AN_OBJECT: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "semaine",
    "mois",
    "an",
    "année",
    "jour",
    "jours",
    "journée",
    "veille",
    "lendemain",
    "matin",
    "soir",
    "soirée",
    "nuit",
    "week-end",
    "weekend",
    "midi",
    "après-midi",
    "printemps",
    "été",
    "automne",
    "hiver",
    "premier",
    "première",
    "dernier",
    "dernière",
    "même",
    "fois",
    "heure",
    "moment",
    "temps",
    "siècle",
    "trimestre",
    "semestre",
    "saison",
    "plus",
    "moins",
    "mieux",
    "long",
    "cas",
    "lors",
    "instant",
    "surlendemain",
    "rentrée",
    "peu",
    "million",
    "millions",
    "milliard",
    "milliards",
    "euro",
    "euros",
];

/// Units of time that make the words after a participle a duration or a frequency, wherever they
/// stand among the next four words (« utilisé plusieurs années », « sélectionné plus de 50
/// fois », « accompli ces trois derniers mois », « chauffé une minute »).
const TIME_UNITS: &[&str] = &[
    "fois",
    "an",
    "ans",
    "année",
    "années",
    "mois",
    "semaine",
    "semaines",
    "jour",
    "jours",
    "journée",
    "journées",
    "heure",
    "heures",
    "minute",
    "minutes",
    "seconde",
    "secondes",
    "siècle",
    "siècles",
    "décennie",
    "décennies",
    "soirs",
    "matins",
    "nuits",
    "lundis",
    "mardis",
    "mercredis",
    "jeudis",
    "vendredis",
    "samedis",
    "dimanches",
    "week-ends",
];

/// A noun subject at the head of a clause, then a past participle with a direct object, with no
/// auxiliary between them (« L'équipe corrigé un plantage », « En 2023, la Fondation distribué
/// plus de 1,2 million d'euros »). A participle used as an adjective takes no object (« le
/// document publié »), so a determiner after it opens a time or a measure (« publié le 3 mars »)
/// or nothing: those, and participles that take no object, are left alone.
fn subject_then_participle_object(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let (doc, ws) = (ctx.doc, &ctx.words);
    // At the head of a sentence, or after a comma or a colon.
    let clause_head = |s: usize| {
        ws[s].sentence_start
            || s > 0
                && ws[s - 1].sentence == ws[s].sentence
                && doc.text[ws[s - 1].span.end..ws[s].span.start]
                    .trim()
                    .starts_with([',', ':'])
    };
    for k in 2..ws.len().saturating_sub(1) {
        let p = &ws[k];
        let w = p.lower.as_str();
        // Most words are ruled out by their last letter, then by the word after them, before
        // the longer look-ups (this runs on every word).
        let regular = w.ends_with('é') || w.ends_with('i');
        if !regular && !w.ends_with(['u', 's', 't']) {
            continue;
        }
        let n = &ws[k + 1];
        let nl = n.lower.as_str();
        // A verb and a noun without its article that make one verb (« donné naissance »,
        // « pris part »): no adjective takes them.
        let locution = LOCUTIONS.iter().any(|&(v, noun)| noun == nl && v == w);
        if !locution
            && !OBJECT_OPENERS.contains(&nl)
            && !matches!(nl, "plus" | "moins" | "du" | "des")
        {
            continue;
        }
        let locution = locution && spaced(doc, p, n);
        // The masculine singular, as « avoir » leaves it.
        let masculine = regular || IRREGULAR_PARTICIPLES.contains(&w);
        // After a preposition the participle is a noun (« le système de suivi », « les modes
        // de rendu »); after an adverb of degree, an adjective (« un seuil moins élevé »).
        let before = ws[k - 1].lower.as_str();
        if !masculine
            || PREPOSITIONS.contains(&before)
            || matches!(
                before,
                "du" | "des"
                    | "au"
                    | "aux"
                    | "en"
                    | "plus"
                    | "moins"
                    | "très"
                    | "si"
                    | "aussi"
                    | "trop"
                    | "bien"
                    | "mal"
                    | "peu"
                    | "tout"
                    | "non"
            )
            || (NO_OBJECT.contains(&w) && !locution)
            || p.is_capitalised(doc)
            || !participle_after(w, "il")
            || !spaced(doc, &ws[k - 1], p)
        {
            continue;
        }
        // The subject: a determiner at the head of a clause, or a number there, maybe after
        // « plus de » (« plus de 800 apprenants »), then one to four words of letters (« la
        // Fondation », « le conseil d'administration », « Notre couple de pandas roux »).
        let Some((s, head, plural)) = (k.saturating_sub(5)..k - 1).rev().find_map(|s| {
            // « 1 litre de lait » is one.
            let l = ws[s].lower.as_str();
            if SUBJECT_DETERMINERS.contains(&l) && clause_head(s) {
                Some((s, s, PLURAL_DETERMINERS.contains(&l)))
            } else if l.chars().all(|c| c.is_ascii_digit()) {
                let quantity = s >= 2
                    && matches!(ws[s - 1].lower.as_str(), "de" | "d'")
                    && matches!(ws[s - 2].lower.as_str(), "plus" | "moins" | "près")
                    && clause_head(s - 2);
                let many = l != "1";
                if quantity {
                    Some((s, s - 2, true))
                } else {
                    clause_head(s).then_some((s, s, many))
                }
            } else {
                None
            }
        }) else {
            continue;
        };
        // The object: a determiner and a word that is no time, or « plus de », « moins de »;
        // « du » or « des » (also « de » with an article: « séparé des autres ») only after a
        // plural subject and an adverb of the auxiliary, where the participle that does not
        // agree is a verb (« Des chercheurs déjà observé des malformations »).
        // A duration or a frequency among the next words is no object.
        let duration = ws[k + 1..(k + 5).min(ws.len())]
            .iter()
            .any(|x| x.sentence == p.sentence && TIME_UNITS.contains(&x.lower.as_str()));
        let object = locution
            || !duration
                && ws.get(k + 2).is_some_and(|m| {
                    spaced(doc, p, n)
                        && spaced(doc, n, m)
                        && match n.lower.as_str() {
                            "plus" | "moins" => matches!(m.lower.as_str(), "de" | "d'"),
                            "du" | "des" => {
                                plural
                                    && BETWEEN.contains(&before)
                                    && m.lower.chars().all(char::is_alphabetic)
                            }
                            opener => {
                                OBJECT_OPENERS.contains(&opener)
                                    && m.lower.chars().all(char::is_alphabetic)
                                    && !NOT_AN_OBJECT.contains(&m.lower.as_str())
                            }
                        }
                });
        if !object {
            continue;
        }
        let words_ok = (s + 1..k).all(|j| {
            let l = ws[j].lower.as_str();
            // Spaces only between them, or none after an elision (« d'administration »).
            (spaced(doc, &ws[j - 1], &ws[j])
                || ws[j - 1].sentence == ws[j].sentence && ws[j - 1].span.end == ws[j].span.start)
                && l.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
                && !avoir_or_etre(l)
                && !SUBJECTS.iter().any(|(s, _)| *s == l)
                && !OBJECT_PRONOUNS.contains(&l)
                && !matches!(
                    l,
                    "que" | "qu'" | "ne" | "n'" | "se" | "s'" | "y" | "en" | "fois"
                )
                && (!PREPOSITIONS.contains(&l) || matches!(l, "de" | "d'"))
        });
        if !words_ok || ctx.in_code(p.span.start) || !ctx.french_sentence_at(p.span.start) {
            continue;
        }
        // Two subjects joined by « et » take the plural (« Le directeur et son adjoint »).
        let plural = plural || ws[s + 1..k].iter().any(|x| x.lower == "et");
        // The auxiliary goes before an adverb (« Des chercheurs ont déjà observé »).
        let (subject, adverb) = if BETWEEN.contains(&before) {
            (
                quote(doc, ctx.span(head, k - 2)),
                format!(" {}", ws[k - 1].raw(doc)),
            )
        } else {
            (quote(doc, ctx.span(head, k - 1)), String::new())
        };
        let auxiliary = if plural { "ont" } else { "a" };
        let help = match present_without_t(w).filter(|_| !plural && adverb.is_empty()) {
            Some(present) => format!(
                "« {subject} {present} » (the present), or « {subject} {auxiliary} {} »",
                p.raw(doc)
            ),
            None => format!("« {subject} {auxiliary}{adverb} {} »", p.raw(doc)),
        };
        let shown = if locution { k + 1 } else { k + 2 };
        out.push(no_auxiliary(
            ctx,
            ctx.span(head, k),
            ctx.span(head, shown),
            help,
        ));
    }
}

/// The inverted attribution without its auxiliary: « … », ajouté le directeur » for « … », a
/// ajouté le directeur »: right after the comma, a participle of a verb of saying of the first
/// group (« ajouté », « déclaré »: no finite form of a verb ends so, where « dit » or « écrit »
/// is also the present) or one that is no finite form either (« reconnu », « répondu »,
/// « conclu »: the simple past is « reconnut »), then its subject, a determiner or a capitalised
/// name.
fn inverted(ctx: &DocCtx, q: usize, c: char, first: usize) -> Option<Finding> {
    let (doc, ws) = (ctx.doc, &ctx.words);
    let speech = &super::data::language().speech_participles_fr;
    let (p, n) = (ws.get(first)?, ws.get(first + 1)?);
    let quoted = ws.partition_point(|w| w.span.end <= q);
    let adjacent = doc.text[p.span.end..n.span.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}');
    let ok = (p.lower.ends_with('é') || ONLY_PARTICIPLES.contains(&p.lower.as_str()))
        && speech.contains(&p.lower)
        && !p.is_capitalised(doc)
        && adjacent
        && n.para == p.para
        && quoted > 0
        && ws[quoted - 1].para == p.para
        && (DETERMINERS.contains(&n.lower.as_str()) || n.is_capitalised(doc))
        && quoted_kind(doc, ws, q, c, quoted) != Quoted::Title;
    ok.then(|| {
        ctx.finding(
            "missing-auxiliary",
            p.span,
            format!("« {} »: the past participle has no auxiliary", p.raw(doc)),
            Some(format!("« a {} »", p.raw(doc))),
        )
    })
}

#[cfg(test)]
mod tests {
    fn found(text: &str) -> Vec<String> {
        super::super::messages_of("missing-auxiliary", text)
    }

    #[test]
    fn a_noun_subject_then_a_participle_with_an_object_is_found() {
        for (t, shown, help) in [
            (
                "L'équipe corrigé un plantage au démarrage.",
                "« L'équipe corrigé un plantage »",
                "« L'équipe a corrigé »",
            ),
            (
                "En 2023, la Fondation distribué plus de 1,2 million d'euros.",
                "« la Fondation distribué plus de »",
                "« la Fondation a distribué »",
            ),
            (
                "Le conseil d'administration adopté son budget hier soir.",
                "« Le conseil d'administration adopté son budget »",
                "« Le conseil d'administration a adopté »",
            ),
            (
                "Les bénévoles préparé ces colis pour la distribution.",
                "« Les bénévoles préparé ces colis »",
                "« Les bénévoles ont préparé »",
            ),
            (
                "Ce mécanisme fourni un moyen de limiter la mémoire.",
                "« Ce mécanisme fourni un moyen »",
                "« Ce mécanisme fournit » (the present)",
            ),
            (
                "L'an dernier, plus de 800 apprenants suivi nos cours en ligne.",
                "« plus de 800 apprenants suivi nos cours »",
                "« plus de 800 apprenants ont suivi »",
            ),
            (
                "Notre couple de pandas roux donné naissance à deux petits le 14 juin.",
                "« Notre couple de pandas roux donné naissance »",
                "« Notre couple de pandas roux a donné »",
            ),
            (
                "Des chercheurs déjà observé des malformations chez des larves.",
                "« Des chercheurs déjà observé des malformations »",
                "« Des chercheurs ont déjà observé »",
            ),
            (
                "Le directeur et son adjoint signé ce contrat hier.",
                "« Le directeur et son adjoint signé ce contrat »",
                "« Le directeur et son adjoint ont signé »",
            ),
            (
                "Cette année, notre équipe accueilli plus de 300 visiteurs.",
                "« notre équipe accueilli plus de »",
                "« notre équipe a accueilli »",
            ),
            (
                "Le concert eu lieu.",
                "« Le concert eu lieu »",
                "« Le concert a eu »",
            ),
        ] {
            let out = super::super::findings_of("missing-auxiliary", t);
            assert_eq!(out.len(), 1, "{t}: {out:?}");
            assert!(out[0].message.contains(shown), "{t}: {}", out[0].message);
            let got = out[0].suggestion.as_deref().unwrap_or_default();
            assert!(got.contains(help), "{t}: {got}");
        }
    }

    #[test]
    fn a_participle_as_an_adjective_or_a_noun_is_not_a_verb_without_auxiliary() {
        for t in [
            // A time, a measure or a superlative after the participle.
            "Le document publié le 3 mars est disponible en ligne.",
            "Le colis reçu ce matin était abîmé.",
            "Le titre vendu le plus cette année reste un mystère.",
            "Un randonneur secouru le long du sentier a été hospitalisé.",
            // A verb of naming, a preposition, a posture, a verb with « être ».
            "Un logiciel appelé le Lanceur gère les mises à jour.",
            "Le joueur élu le meilleur de la saison a été transféré.",
            "Le délai passé la demande est close.",
            "Un enfant assis les jambes croisées écoute le conte.",
            "Le train arrivé le premier repart à midi.",
            // A participle after a preposition or an adverb of degree is a noun or an adjective.
            "Le système de suivi des bogues reçoit les rapports.",
            "Les modes de rendu des profils sont décrits plus bas.",
            "Un seuil moins élevé l'agrandit.",
            "Le compte rendu du comité est en ligne.",
            "Un récit précis et daté des faits est demandé.",
            // Not at the head of a clause, or with its auxiliary.
            "Il lit le rapport de la commission adopté le texte en main.",
            "L'équipe a corrigé un plantage au démarrage.",
            "Une fois terminé le téléchargement, redémarrez.",
            // « des » after a singular subject, or without an adverb, may be « de » and « les ».
            "Le fichier déjà séparé des autres est archivé.",
            "Des fichiers séparé des autres sont perdus.",
            // A number that is no subject.
            "Il a vu 3 films tourné une fois.",
            "Il a vu 3 films tourné ces derniers temps.",
            // A pronoun before the verb of the subject the participle qualifies.
            "Le colis envoyé leur est bien parvenu.",
            "Le texte adopté le rend caduc.",
            "Le jeune marié la regardait tendrement.",
            // A duration, a frequency, a price, a name, a posture.
            "Le logiciel utilisé plusieurs années sans problème a été retiré.",
            "Un joueur sélectionné plus de 50 fois en équipe de France a pris sa retraite.",
            "Le lait chauffé une minute au micro-ondes devient tiède.",
            "Le travail accompli ces trois derniers mois est remarquable.",
            "Le tableau vendu un million d'euros en 1998 a disparu.",
            "Un quartier rebaptisé la Petite Italie attire les touristes.",
            "Le chat endormi la tête sur les pattes ronronnait.",
            // A capitalised word, a participle glued to a mark, code.
            "Le Conseil Adopté Son Budget.",
            "Le conseil a-adopté son budget.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn ete_then_a_participle_without_avoir_is_found() {
        for (t, span) in [
            (
                "Si votre dossier été validé, vous recevrez un courriel.",
                "« été validé »",
            ),
            (
                "Le rectificatif de cette norme été publié en 2016.",
                "« été publié »",
            ),
            (
                "La propriété à été fixée à zéro pour le désactiver.",
                "« été fixée »",
            ),
            (
                "Nous bien enregistré votre demande de réservation.",
                "« Nous bien enregistré »",
            ),
        ] {
            let got = found(t);
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert!(got[0].starts_with(span), "{t}: {got:?}");
        }
        for t in [
            // The auxiliary before adverbs, an inversion, a pronoun set off, the season.
            "Les pages qui n'ont pas encore été écrites ne sont pas lues.",
            "La macro a historiquement été utilisée pour cela.",
            "Les options ont tous deux été indiquées dans flags.",
            "Quand le bogue a-t-il été reporté au système de suivi ?",
            "La propriété aura elle aussi été activée avant.",
            "L'entreprise a par ailleurs été sélectionnée en 2024.",
            "L'été passé fut chaud, et cet été ensoleillé a ravi les touristes.",
            "Le projet, ayant été validé, démarre lundi.",
            "Un outil qui bien utilisé fait gagner du temps.",
            "Le site a à nouveau été mis à jour.",
            "Les candidats ont pour la plupart été reçus.",
            "Le colis a tout de suite été livré.",
            "Le texte a d'abord été rédigé en anglais.",
            "Son premier été passé à Paris fut long.",
            "Après un autre été réussi, le club repart.",
            "Quel été réussi pour la station !",
        ] {
            assert_eq!(found(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_subject_pronoun_then_a_participle_is_found() {
        for (t, span) in [
            (
                "Nous reçu votre demande le 3 mars dernier.",
                "« Nous reçu »",
            ),
            (
                "Si vous oublié de prendre une dose, prenez-la dès que possible.",
                "« vous oublié »",
            ),
            (
                "Les joueurs qui déconnectés pendant le combat perdront leur progression.",
                "« qui déconnectés »",
            ),
            (
                "Nous vous informé par courrier de la décision.",
                "« Nous vous informé »",
            ),
            (
                "Les patients qui déjà reçu un traitement ne peuvent pas participer.",
                "« qui déjà reçu »",
            ),
            (
                "En janvier, nous mis à jour la politique de confidentialité.",
                "« nous mis »",
            ),
            (
                "Elle fini son service à minuit et rentre chez elle.",
                "« Elle fini »",
            ),
            (
                "Une étude sur 2 000 adultes montré que la consommation de sucre baisse.",
                "« adultes montré que »",
            ),
            // After « que », the pronoun is a subject; a noun in -ment after its determiner.
            ("J'espère que vous reçu mon message.", "« vous reçu »"),
            ("Le colis que nous reçu hier était abîmé.", "« nous reçu »"),
            (
                "Le gouvernement annoncé que les prix baisseront.",
                "« gouvernement annoncé que »",
            ),
        ] {
            let f = found(t);
            assert_eq!(f.len(), 1, "{t}: {f:?}");
            assert!(f[0].starts_with(span), "{t}: {f:?}");
        }
    }

    #[test]
    fn the_help_puts_the_auxiliary_before_the_adverb_and_offers_the_present() {
        let help = |t: &str| super::super::suggestions_of("missing-auxiliary", t);
        assert_eq!(
            help("Les patients qui déjà reçu un traitement ne participent pas."),
            ["« qui a déjà reçu » (or the auxiliary « être »)"]
        );
        assert_eq!(
            help("Elle fini son service à minuit et rentre chez elle."),
            ["« Elle finit » (the present), or « Elle a fini »"]
        );
    }

    #[test]
    fn a_pronoun_before_a_finite_verb_a_noun_or_an_apposition_is_not() {
        for t in [
            "Avez-vous terminé la lecture de la notice ?",
            "Le filtre « Contraste » vous fait voir l'image comme avec une cataracte.",
            "Ceci nous fait un total de 13 points de laideur.",
            "La base de données nous dit qu'elle ne retourne qu'une valeur.",
            "Des pointes interchangeables, elles aussi appelées « brosses », sont fournies.",
            "Chaque graveur est chargé d'une partie : qui les barres, qui la portée, qui les têtes.",
            "Je mis mon manteau et sortis sous la pluie.",
            "Tu dis toujours la même chose.",
            "Le colis sera livré chez vous livré en 48 heures, comme prévu.",
            "Des systèmes fournissaient une fonction qui remplis‐\nsait le même rôle.",
            "Vous aurez noté que la paire s'affiche entre parenthèses.",
            "Vous serez alors assuré que rien ne change à la sortie.",
            "Cela ne mesure le processus ou thread indiqué que s'il est en cours d'exécution.",
            "Il est désormais établi que le tabac nuit à la santé.",
            "Plusieurs études ont clairement montré que le sommeil consolide la mémoire.",
            "Le document publié le 3 mars précise les conditions.",
            // A stranger's review: « n'importe qui », appositions, a verbless question, an
            // imperative that lost its hyphen, comparatives, a relative « que ».
            "L'accès est ouvert à n'importe qui muni d'une pièce d'identité.",
            "Elle partie, la maison sembla vide.",
            "Elle également concernée par la réforme, elle manifestera.",
            "Un outil qui bien utilisé fait gagner du temps.",
            "— Nous ruinés ? s'écria-t-elle.",
            "Présentez vous muni de votre convocation.",
            "Un avenir moins assuré que jamais attend les jeunes.",
            "Il faut signer le formulaire demandé que vous trouverez en ligne.",
        ] {
            assert_eq!(found(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn an_attribution_without_its_auxiliary_is_found() {
        for (t, span) in [
            (
                "« Nous irons jusqu'au bout », le maire annoncé devant le conseil municipal.",
                "« le maire annoncé »",
            ),
            (
                "« Le dossier est clos », la juge d'instruction déclaré mardi soir.",
                "« la juge d'instruction déclaré »",
            ),
            (
                "« C'est fini », la mère du gardien dit au journal local.",
                "« la mère du gardien dit »",
            ),
            (
                "\"Les prix vont baisser\", le ministre expliqué.",
                "« le ministre expliqué »",
            ),
            (
                "« On a tout donné », le gardien réagi.",
                "« le gardien réagi »",
            ),
            // A few words quoted after a verb of saying are a quotation.
            (
                "Le maire a lancé « on reconstruira tout », le conseil municipal approuvé.",
                "« le conseil municipal approuvé »",
            ),
            // A label of a few words inside a sentence, then a verb of saying.
            (
                "Il répète « on a gagné », le gardien ajouté.",
                "« le gardien ajouté »",
            ),
            // Inverted, with a participle that is no finite form.
            (
                "« Nous devons rendre nos carrières plus attractives », reconnu la directrice.",
                "« reconnu »",
            ),
            (
                "« Ne vous arrêtez jamais pour prendre des photos », conseillé Fiona MacLeod.",
                "« conseillé »",
            ),
        ] {
            let messages = found(t);
            assert!(
                messages.len() == 1 && messages[0].starts_with(span),
                "{t}: {messages:?}"
            );
        }
    }

    #[test]
    fn an_inverted_attribution_without_its_auxiliary_is_found() {
        assert_eq!(
            found("« Le Tour se gagne dans la montagne », ajouté le directeur de course."),
            vec!["« ajouté »: the past participle has no auxiliary"]
        );
        for t in [
            "« Le Tour se gagne dans la montagne », a ajouté le directeur de course.",
            "« Le Tour se gagne dans la montagne », dit le directeur de course.",
            "« Le Tour se gagne dans la montagne », écrit Laurent Fignon.",
            "« Le Tour se gagne dans la montagne », reconnut le directeur de course.",
            "« Le Tour se gagne dans la montagne », admit le directeur de course.",
            "« Le Tour se gagne dans la montagne », répondit Laurent Fignon.",
        ] {
            assert_eq!(found(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn an_apposition_or_a_complete_attribution_is_not() {
        for t in [
            "Au programme, « Tosca », une œuvre admirée de tous.",
            "Il a relu « Le Cid », un texte étudié.",
            "Son air « Casta diva », la voix cassée, a ému la salle.",
            "« Nous sommes prêts », a déclaré le ministre.",
            "« Nous sommes prêts », le ministre a déclaré.",
            "« Avancez », le sergent pressé de partir.",
            "« Nous sommes prêts », la commission des finances déclarée compétente.",
            "Les indications de corde, par exemple -\"corde\",\n\nles indications de doigté, par exemple -1.",
            // Titles, not quotations: appositions.
            "Il a relu « Le Cid », le texte étudié.",
            "Le virus de « La Peste », le roman écrit par Camus en 1947, revient.",
            "« Le Monde », le site lancé en 2008, a changé de maquette.",
            // A label of a few words inside a sentence, then an apposition.
            "Ouvrez ensuite « Gestion des appareils », le menu caché, en maintenant la touche.",
            "Cliquez sur « Mes commandes récentes », le lien affiché en haut.",
            // The quotation in another paragraph.
            "Au répertoire de la saison : « Carmen »,\n\nle ballet adoré.",
        ] {
            assert_eq!(found(t), Vec::<String>::new(), "{t}");
        }
    }
}
