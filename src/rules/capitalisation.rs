//! `capitalisation`: English capitalisation carried into French: a nationality adjective or a
//! language with a capital ("le ministre Français"), a weekday or a month capitalised inside a
//! sentence, a heading in Title Case. Nouns of nationality ("les Français"), proper names and
//! sentence starts are left alone.

use super::{data, quote, DocCtx};
use crate::finding::Finding;

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
];

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    if ctx.lang != "fr" {
        return;
    }
    let cap = data::capitalisation();
    let doc = ctx.doc;
    let ws = &ctx.words;
    for i in 1..ws.len() {
        let (prev, w) = (&ws[i - 1], &ws[i]);
        if w.sentence_start || !w.is_capitalised(doc) || prev.sentence != w.sentence {
            continue;
        }
        // After the mark of a note or a list item that opens the sentence (« [3] Grec : … »,
        // « b) Anglais », « (iii) Lundi »), the word starts its sentence.
        if prev.sentence_start && doc.text[prev.span.end..w.span.start].contains([')', ']']) {
            continue;
        }
        // Part of a multi-word proper name ("Institut Français", "Wall Street Journal").
        if prev.is_capitalised(doc)
            || ws
                .get(i + 1)
                .is_some_and(|n| n.sentence == w.sentence && n.is_capitalised(doc))
        {
            continue;
        }
        let l = w.lower.as_str();
        // After a number, a nationality is a noun (« 3 Anglais »); a month is not
        // (« le 3 Mars »).
        let after_number = prev.lower.chars().all(|c| c.is_ascii_digit());
        let message = if cap.nationality_adjectives.contains(l)
            && !BEFORE_NOUN.contains(&prev.lower.as_str())
            && !after_number
        {
            if prev.lower == "en" && !cap.languages.contains(l) {
                continue;
            }
            format!(
                "« {} »: an adjective of nationality or a language takes no capital in French",
                quote(doc, ctx.span(i - 1, i))
            )
        } else if cap.languages.contains(l) && (prev.lower == "en" || prev.lower == "l'") {
            format!(
                "« {} »: a language name takes no capital in French",
                quote(doc, ctx.span(i - 1, i))
            )
        } else if cap.weekdays.contains(l) || cap.months.contains(l) {
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
    title_case(ctx, out);
}

/// A heading (short paragraph, no final punctuation) where most words of four letters or more
/// after the first are capitalised common words.
fn title_case(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let fr = data::french();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let r = ctx.paragraph_words(p);
        if r.len() < 4
            || r.len() > 14
            || doc
                .slice(para.span)
                .trim_end()
                .ends_with(['.', '!', '?', '…', ':', ';'])
        {
            continue;
        }
        let ws = &ctx.words[r.clone()];
        // Words in capitals are a label or an acronym (« POUR ALLER PLUS LOIN Comparaison de
        // versions »), not Title Case: only the others are counted.
        let long: Vec<_> = ws[1..]
            .iter()
            .filter(|w| w.lower.chars().count() >= 4 && w.raw(doc).chars().any(char::is_lowercase))
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
        if long.len() >= 3 && capitalised.len() >= 3 && capitalised_common * 5 >= long.len() * 4 {
            out.push(ctx.finding(
                "capitalisation",
                para.span,
                format!("« {} »: heading in English Title Case; French capitalises only the first word and proper names", quote(doc, para.span)),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    fn capitalisation(text: &str) -> Vec<String> {
        super::super::messages_of("capitalisation", text)
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
