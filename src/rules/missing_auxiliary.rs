//! `missing-auxiliary`: a past participle without its auxiliary in a quotation attribution:
//! "», Interpol révélé." for "», a révélé Interpol." or "», Interpol a révélé.".

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
            out.push(ctx.finding(
                "missing-auxiliary",
                span,
                format!(
                    "« {} »: the past participle has no auxiliary",
                    quote(doc, span)
                ),
                Some(format!(
                    "« {subj} a {} » or « a {} {subj} »",
                    participle.raw(doc),
                    participle.raw(doc)
                )),
            ));
        }
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
