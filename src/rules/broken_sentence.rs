//! `broken-sentence`: a sentence terminator followed by a lower-case word inside a paragraph
//! ("la drogue. trafiquants"): a sentence cut in two, or a list run into the text.

use super::{quote, DocCtx};
use crate::corpus::Span;
use crate::finding::Finding;
use crate::text::sentences::{is_abbreviation, word_before};
use crate::text::{is_mark, nfc};

/// Symbols of units written after a number, which take no period of abbreviation (« 18 h »,
/// « 20 min », « 25 m », « 3 kg », « 180 °C »: the SI brochure and the Lexique des règles
/// typographiques en usage à l'Imprimerie nationale, « Unités de mesure »). A period after one
/// ends the sentence.
const UNITS: &[&str] = &[
    "h", "min", "s", "ms", "m", "km", "cm", "mm", "g", "kg", "mg", "l", "L", "cl", "ml", "dl",
    "ha", "W", "kW", "V", "Hz", "Mo", "Go", "ko",
];

/// Words that open a sentence: a determiner or a subject pronoun. After a unit written with a
/// period (« 20 min. puis », « 2 h. avec une pause », « 40 min. de marche »), any other word may
/// go on with the sentence as after an abbreviation.
const SENTENCE_OPENERS: &[&str] = &[
    "le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces", "c'", "c’",
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "j’", "son", "sa", "ses",
    "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
];

/// Whether `word`, before a period, is the symbol of a unit after a number (`before` is the
/// text before the word) and `after` (the text after the period and its spaces) opens a
/// sentence: « à 18 h. les enfants », « à 180 °C. la pâte ».
fn unit_after_number(before: &str, word: &str, after: &str) -> bool {
    let end = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    // An elided word keeps its apostrophe (« l'enfant »).
    let end = end
        + after[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '\'' | '’'))
            .map_or(0, char::len_utf8);
    if !SENTENCE_OPENERS.contains(&&after[..end]) {
        return false;
    }
    let before = match word {
        "C" | "F" => match before.strip_suffix('°') {
            Some(b) => b,
            None => return false,
        },
        w if UNITS.contains(&w) => before,
        _ => return false,
    };
    before
        .trim_end_matches(|c: char| c.is_whitespace())
        .ends_with(|c: char| c.is_ascii_digit())
}

/// Whether `after`, the text after a `!` or a `?` and its spaces, opens an incise, which French
/// writes in lower case (« Quel froid ! m'a dit la marchande », « Vraiment ? demanda Paul »,
/// « Assez ! lui cria-t-elle »): a verb of saying (`speech_verbs_fr`), maybe after an object
/// pronoun, followed by its subject (a determiner, a name or a hyphenated pronoun); or an object
/// pronoun, an auxiliary and the participle of such a verb (« m'a dit », « lui avait crié »).
fn opens_incise(after: &str) -> bool {
    let lang = super::data::language();
    let mut words = after
        .split_inclusive(|c: char| c.is_whitespace() || matches!(c, '\'' | '’'))
        .map(|w| w.trim_end_matches(char::is_whitespace))
        .filter(|w| !w.is_empty());
    let lower = |w: &str| super::words::lower(&w.replace('’', "'"));
    let Some(mut w) = words.next().map(lower) else {
        return false;
    };
    if matches!(
        w.as_str(),
        "m'" | "me" | "t'" | "te" | "s'" | "se" | "lui" | "leur" | "nous" | "vous" | "l'"
    ) {
        let Some(next) = words.next().map(lower) else {
            return false;
        };
        w = next;
        if matches!(w.as_str(), "a" | "ai" | "as" | "avait" | "avais" | "eut") {
            return words.next().map(lower).is_some_and(|p| {
                let p = p.trim_end_matches(|c: char| !c.is_alphabetic());
                lang.speech_participles_fr.contains(p) || p == "fait"
            });
        }
    }
    // The verb, its subject glued on (« demanda-t-il », « s'écria-t-elle ») or after it.
    let (verb, inverted) = match w.split_once('-') {
        Some((v, _)) => (v.to_string(), true),
        None => (w, false),
    };
    let verb = verb.trim_end_matches(|c: char| !c.is_alphabetic());
    // A present in « -e » is also an imperative (« Il a gagné ! note la date »): its subject
    // must be a name or glued on (« demande Paul », « demande-t-il »).
    let present = verb.ends_with('e');
    lang.speech_verbs_fr.contains(verb)
        && (inverted
            || words.next().is_some_and(|s| {
                s.starts_with(char::is_uppercase)
                    || !present
                        && matches!(
                            lower(s).as_str(),
                            "le" | "la"
                                | "les"
                                | "l'"
                                | "un"
                                | "une"
                                | "son"
                                | "sa"
                                | "ses"
                                | "mon"
                                | "ma"
                                | "mes"
                                | "notre"
                                | "votre"
                                | "leur"
                                | "ce"
                                | "cette"
                        )
            }))
}

/// Whether `word` (without its final period) is one of the abbreviations of
/// `data/language.toml` (`abbreviations_fr`): « ch. suivant », « c.-à-d. que ».
fn listed(word: &str) -> bool {
    let word = &*nfc(word);
    super::data::language().abbreviations_fr.iter().any(|a| {
        a.strip_suffix('.')
            .is_some_and(|a| a.eq_ignore_ascii_case(word))
    })
}

/// Whether `word` (or its part before an apostrophe, « l'armée » → « l ») is in the French or the
/// English word list, or is the plural of a French word of five letters or more that is
/// (« crevaisons »: the lists keep the common forms only; not « vars », « args »).
fn known_word(word: &str) -> bool {
    let lower = super::words::lower(word);
    let head = lower.split(['\'', '’']).next().unwrap_or(&lower);
    super::data::in_word_list(&lower)
        || super::data::in_word_list(head)
        || lower
            .strip_suffix(['s', 'x'])
            .is_some_and(|stem| stem.chars().count() >= 5 && super::data::french().get(stem) > 0.0)
}

/// Titles that may stand before an author's name in capitals (« Mme DE CAYLUS »).
const TITLES: &[&str] = &[
    "M", "Mme", "Mlle", "Mgr", "Dr", "Me", "St", "Ste", "Saint", "Sainte",
];

/// Where the work of a quotation's attribution starts in `line`: after the first comma of a line
/// that opens with a dash and then names its author in capitals, maybe with initials and a title
/// (« — ROLLIN, Hist. anc. », « — J. J. ROUSS., Hél. », « — Mme DE CAYLUS, Souv. »). A line of
/// dialogue or a list item opens with a dash too, but on words in lower case (« — Selon l'INSEE,
/// le chômage… », « – La CGT, FO… »).
fn attribution_work(line: &str) -> Option<usize> {
    let rest = line.trim_start().strip_prefix(['—', '―', '–'])?;
    let (author, _) = rest.split_once(',')?;
    let mut words = author
        .split(|c: char| !(c.is_alphabetic() || is_mark(c)))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| !TITLES.contains(w))
        .peekable();
    let capitals = words.peek().is_some() && words.all(|w| !w.chars().any(char::is_lowercase));
    capitals.then(|| line.len() - rest.len() + author.len() + 1)
}

/// Whether the word `before`, which starts at byte `start` of `text`, is a spreadsheet's error
/// value, `#` and capitals (« #REF! », « #VALEUR! », « #NOM? »): its `!` or `?` is part of the
/// value and ends no sentence (« un #REF! est créé »). « #DIV/0! » and « #N/A » end on no letter.
fn error_value(text: &str, start: usize, before: &str) -> bool {
    text[..start].ends_with('#')
        && before.chars().any(char::is_alphabetic)
        && before
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `line`, the line of the text around the word `before` that ends a sentence, is a short
/// label (five words at most, no final punctuation) and `before` is in no word list but starts a
/// French word two letters longer or more: an abbreviation cut to fit a dialog (« Espacem.
/// colonnes », « espacement »), not a sentence's end. A name no list knows is no abbreviation
/// (« Arrivée de Mitsotakis. la foule »).
fn abbreviated_label(line: &str, before: &str) -> bool {
    !known_word(before)
        && line.split_whitespace().nth(5).is_none()
        && !line
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', ','])
        && starts_a_french_word(before)
}

/// Whether `w` (three letters or more) is the start of a word of the French word list at least
/// two letters longer. Looked up only for the rare suspect of [`abbreviated_label`].
fn starts_a_french_word(w: &str) -> bool {
    let w = super::words::lower(w);
    let n = w.chars().count();
    n >= 3
        && super::data::french()
            .zipf
            .keys()
            .any(|k| k.starts_with(w.as_str()) && k.chars().count() >= n + 2)
}

/// The name a file is called by: its name up to the first period (« ip » for `man7/ip.7.txt`).
fn page_name(path: &str) -> Option<String> {
    let file = path.rsplit(['/', '\\']).next()?;
    let name = file.split('.').next()?;
    (!name.is_empty()).then(|| super::words::lower(name))
}

/// Whether the characters before a period end a figure that a sentence can end on: a number of
/// three digits or more (a year, an amount: « le compte administratif 2024. qui fait… ») or a
/// percentage or a price (« 25 %. sans perte », « 12 €. puis »). Not the number of an item or a
/// section (« 1. », « 3.2. »), after which a list goes on in lower case.
fn figure_ends(before: &[(usize, char)]) -> bool {
    let mut rev = before.iter().rev().map(|x| x.1).peekable();
    match rev.next() {
        // After a figure, maybe past a space (« 25 %. », « 12 €. », « 10$. »).
        Some('%' | '€' | '$') => {
            rev.next_if(|c| c.is_whitespace());
            rev.next().is_some_and(|c| c.is_ascii_digit())
        }
        Some(c) if c.is_ascii_digit() => {
            let mut digits = 1;
            for c in rev {
                if c.is_ascii_digit() {
                    digits += 1;
                } else {
                    return digits >= 3 && (c.is_whitespace() || c == '(');
                }
            }
            false
        }
        _ => false,
    }
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    // Computed at the first suspect: most documents have none.
    let names = std::cell::OnceCell::new();
    for p in &doc.paragraphs {
        let text = doc.slice(p.span);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        // The start of the line of the current character, and the end of the line that a
        // candidate last looked at: followed along rather than searched for at each candidate,
        // which made a long line of candidates quadratic.
        let (mut line_start, mut line_end) = (0, 0);
        for (k, &(i, c)) in chars.iter().enumerate() {
            if matches!(c, '\n' | '\r') {
                line_start = i + 1;
            }
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            // The terminator closes a word, and is not part of "..." or "?!". The two characters
            // before it are looked at over the accents of a decomposed letter.
            let mut before = chars[..k]
                .iter()
                .rev()
                .map(|x| x.1)
                .filter(|&c| !is_mark(c));
            let prev = before.next();
            let next = chars.get(k + 1).map(|x| x.1);
            if !(prev.is_some_and(|c| c.is_alphabetic()) || (c == '.' && figure_ends(&chars[..k])))
                || matches!(next, Some('.' | '!' | '?' | '…'))
            {
                continue;
            }
            if before.next() == Some('.') {
                continue;
            }
            // White space, then a lower-case letter.
            let mut j = k + 1;
            let mut spaces = 0;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
                spaces += 1;
            }
            if spaces == 0 || j >= chars.len() || !chars[j].1.is_lowercase() {
                continue;
            }
            let before = word_before(text, i);
            let before_start = i - before.len();
            // A percentage or a price is quoted whole (« 25 %. sans »).
            let quote_start = if before.is_empty() {
                let head = text[..i].trim_end_matches(['%', '€', '$']).trim_end();
                let figure = head.trim_end_matches(|c: char| {
                    c.is_ascii_digit() || c == ',' || c.is_whitespace()
                });
                // The figure starts at its first digit, past the space before it.
                figure.len() + (head.len() - figure.len() - head[figure.len()..].trim_start().len())
            } else {
                before_start
            };
            if (is_abbreviation(before) || nfc(before).chars().count() == 1 || listed(before))
                && !unit_after_number(&text[..before_start], before, &text[chars[j].0..])
            {
                continue;
            }
            // Nor a spreadsheet's error value (« un #REF! est créé »), nor an unknown word cut
            // short in a label (« Espacem. colonnes »).
            if c == '.' && line_end < i {
                line_end = text[i..].find(['\n', '\r']).map_or(text.len(), |n| i + n);
            }
            if (c != '.' && error_value(text, before_start, before))
                || (c == '.' && abbreviated_label(&text[line_start..line_end], before))
            {
                continue;
            }
            // Nor in the work of a quotation's attribution, abbreviated with its pages
            // (« — ROLLIN, Hist. anc. Oeuvres, t. XI »).
            if attribution_work(&text[line_start..i]).is_some_and(|w| line_start + w <= i) {
                continue;
            }
            let after_end = chars[j..]
                .iter()
                .find(|&&(_, c)| {
                    !(c.is_alphanumeric() || is_mark(c) || matches!(c, '\'' | '’' | '-'))
                })
                .map_or(text.len(), |x| x.0);
            // A word no word list knows (a program's name: « gzip », « reiserfsck ») can start
            // a sentence in lower case; so can any word of an English sentence left in the text
            // (« packages. aptitude does not… »).
            let after = &text[chars[j].0..after_end];
            if !known_word(after) || ctx.english_sentence_at(p.span.start + chars[j].0) {
                continue;
            }
            if c != '.' && opens_incise(&text[chars[j].0..]) {
                continue;
            }
            // Nor can an identifier, which goes on with « _ », or with « ( » and a digit or
            // « ) » (« d_reclen est… », « shutdown(2) ferme… », « bind() affecte… »; not the
            // « élu(e)s » of inclusive writing).
            let rest = &text[after_end..];
            // Nor can an address (« la page du projet. https://… », « le site. www.… »).
            if rest.starts_with("://") || (after == "www" && rest.starts_with('.')) {
                continue;
            }
            if rest.starts_with('_')
                || rest
                    .strip_prefix('(')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == ')'))
            {
                continue;
            }
            // Nor can the name of an argument or a command of the document (« path est le
            // chemin », « mount utilise libblkid »).
            if names
                .get_or_init(|| {
                    let mut names = super::argument_names(ctx);
                    // The subject of a manual page is written in lower case (« ip contient… »
                    // in ip(7)): the name its file is called by.
                    if ctx.about_computing() {
                        names.extend(page_name(&ctx.doc.path));
                    }
                    names
                })
                .contains(&super::words::lower(after))
            {
                continue;
            }
            let span = Span::new(p.span.start + quote_start, p.span.start + after_end);
            out.push(ctx.finding(
                "broken-sentence",
                span,
                format!(
                    "« {} »: the sentence ends but the next word starts in lower case (a sentence cut in two, or a list run into the text)",
                    quote(doc, span)
                ),
                Some("join the two parts with a comma, or restore the missing words".into()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    fn broken(text: &str) -> Vec<String> {
        super::super::messages_of("broken-sentence", text)
            .into_iter()
            .map(|m| m.split(" »").next().unwrap_or_default().replace("« ", ""))
            .collect()
    }

    #[test]
    fn a_period_after_a_year_an_amount_or_a_percentage_ends_the_sentence() {
        for (t, found) in [
            ("Le conseil approuve le compte administratif 2024. qui fait apparaître un excédent.", "2024. qui"),
            ("Les essais montrent une économie d'eau de 25 %. sans perte de rendement.", "25 %. sans"),
            ("Le billet coûte 12 €. puis il faut payer la réservation.", "12 €. puis"),
        ] {
            assert_eq!(broken(t), vec![found], "{t}");
        }
        for t in [
            // The number of an item or a section, a short number, a decimal.
            "Étapes : 1. ouvrir le capot 2. vérifier le niveau.",
            "Voir la section 3.2. les options sont décrites plus loin.",
            "Le chapitre 12. les exercices suivent.",
            "La valeur vaut 2024.5 environ.",
            "Le symbole €. puis le montant suivent.",
        ] {
            assert_eq!(broken(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_period_after_a_unit_ends_the_sentence() {
        for (t, found) in [
            ("Le défilé partira de la place de l'Église à 18 h. les enfants ouvriront le cortège.", "h. les"),
            ("Préchauffez le four à 180 °C. la pâte doit cuire une demi-heure.", "C. la"),
            ("Le trajet en petit train dure 20 min. les enfants adorent les vignes.", "min. les"),
            ("La piscine municipale mesure 25 m. les nageurs du club s'y entraînent.", "m. les"),
        ] {
            assert_eq!(broken(t), [found], "{t}");
        }
        // Without a number before it, a letter and a period are an initial or an abbreviation.
        for t in [
            "Le mot est un s. m. dans le dictionnaire de l'Académie française.",
            "La séance a duré env. une heure, selon le compte rendu de la mairie.",
            "La séance a duré 20 min. environ, selon le compte rendu de la mairie.",
            "Le refuge est à 40 min. de marche du parking, par un sentier balisé.",
            "Les salariés travaillent 35 h. par semaine depuis la réforme de l'an 2000.",
            "Faites cuire 20 min. puis laissez reposer la pâte dans un linge propre.",
            "La visite dure 2 h. avec une pause au milieu du parcours dans le parc.",
            "Ils ont relu le texte avec M. h. Dupont et son équipe au complet.",
        ] {
            assert_eq!(broken(t), Vec::<String>::new(), "{t}");
        }
    }

    /// A long line of sentence ends before a lower-case word (found while fuzzing: « Zzq. la »
    /// × 2,000, 16 KB, took 3 s): the line and the sentence around each candidate are not
    /// searched and counted again at each.
    /// The answers on a long input are checked here; the time is measured in
    /// `benches/rules.rs`.
    #[test]
    fn a_long_line_of_candidates_is_read_once() {
        let found = broken(&"Zzq. la ".repeat(20_000));
        assert_eq!(found.len(), 20_000);
        assert!(found.iter().all(|f| f == "Zzq. la"), "{:?}", &found[..3]);
    }

    #[test]
    fn inclusive_writing_is_a_word_and_an_identifier_is_not() {
        assert_eq!(
            broken("Les résultats du scrutin sont tombés dans la soirée. élu(e)s et habitants ont aussitôt réagi."),
            ["soirée. élu"]
        );
        assert!(broken("La connexion reste ouverte. fermer(2) la ferme, et lire() la lit. taille_bloc donne sa longueur.").is_empty());
    }

    #[test]
    fn the_attribution_of_a_quotation_abbreviates_its_work() {
        let quote = "La guerre est le dernier des remèdes.\n    — ROLLIN, Hist. anc. Oeuvres, t. XI, 1re part. p. 296.";
        assert!(broken(quote).is_empty());
        let initials = "Il n'y a point de bonheur sans courage.\n    — J. J. ROUSS., Hél. v, 2";
        assert!(broken(initials).is_empty());
        // A line of dialogue opens with a dash too: its cut sentence is still one.
        assert_eq!(
            broken("— Nous partirons demain avec la drogue. trafiquants et passeurs attendent."),
            ["drogue. trafiquants"]
        );
        assert_eq!(
            broken("— À la frontière, ils ont saisi la drogue. trafiquants et passeurs ont fui."),
            ["drogue. trafiquants"]
        );
        // An acronym at the start of a line of dialogue or of a list makes no author.
        assert_eq!(
            broken("— Selon l'INSEE, le chômage a baissé au dernier trimestre. les jeunes restent les plus touchés."),
            ["trimestre. les"]
        );
        assert_eq!(
            broken(
                "– La CGT, FO et la CFDT appellent à la grève. mardi, les trains resteront à quai."
            ),
            ["grève. mardi"]
        );
        // The author's own abbreviation, before the comma, is no work.
        let mdme = "La vertu se cache.\n    — Mme DE CAYLUS, Souv. p. 266, dans POUGENS";
        assert!(broken(mdme).is_empty());
    }

    #[test]
    fn an_english_sentence_may_start_in_lower_case() {
        assert!(broken("The clean-up gets rid of those packages. aptitude does not have this command because it keeps them.").is_empty());
        // In a French sentence, a French word after the stop is still a cut sentence.
        assert_eq!(
            broken("Le programme retire ces paquets. aptitude et patience sont requises."),
            ["paquets. aptitude"]
        );
        // The plural of a known word is a word, even where the list lacks it; not a short
        // identifier that ends in « s ».
        assert_eq!(
            broken("Le peloton souffre du froid. crevaisons, chutes et abandons se succèdent."),
            ["froid. crevaisons"]
        );
        assert!(broken("Le script lit les options. args est un tableau de chaînes.").is_empty());
    }

    #[test]
    fn a_spreadsheet_error_value_ends_no_sentence() {
        for t in [
            "La référence supprimée contient une indication. De même, un #REF! est créé pour la référence lors de l'import.",
            "Par exemple, \"123,456\" génère une erreur #VALEUR! parce que le texte contient un séparateur.",
            "Si le nom de la fonction est inconnu, la cellule affiche #NOM? dans la feuille de calcul.",
            "Une division par zéro donne #DIV/0! dans la cellule, et une valeur absente #N/A dans la suivante.",
        ] {
            assert_eq!(broken(t), Vec::<String>::new(), "{t}");
        }
        for (t, found) in [
            // A word in capitals without `#`, a hashtag in lower case, or a period.
            (
                "Il a crié STOP! les passants se sont arrêtés aussitôt au milieu de la rue.",
                "STOP! les",
            ),
            // A verb of saying after « ! » or « ? », but for an incise.
            (
                "Tout est fini! demande de l'aide au conseil réuni hier.",
                "fini! demande",
            ),
            (
                "Quelle affaire! lui demande de venir au plus vite.",
                "affaire! lui",
            ),
            (
                "Les syndicats appellent à la grève #greve! les usagers sont prévenus depuis hier.",
                "greve! les",
            ),
            (
                "La formule de la cellule renvoie #REF. la cellule source a été supprimée.",
                "REF. la",
            ),
        ] {
            assert_eq!(broken(t), [found], "{t}");
        }
    }

    #[test]
    fn an_incise_after_an_exclamation_or_a_question_is_no_cut() {
        for t in [
            "— ¡Qué frío! m'a dit la marchande en souriant.",
            "— Vraiment? demanda Paul sans lever les yeux.",
            "— Assez! s'écria la vieille femme.",
            "— Tu viens? lui avait crié sa sœur depuis la fenêtre.",
            "— Encore! répondit-elle en riant.",
            "— Quel temps ! chuchota le garçon à son voisin.",
        ] {
            assert_eq!(broken(t), Vec::<String>::new(), "{t}");
        }
        for t in [
            "— Vraiment? s'étonna Paul en souriant.",
            "— Silence! ordonna le professeur à la classe.",
            "— Encore? demande Paul en riant.",
        ] {
            assert_eq!(broken(t), Vec::<String>::new(), "{t}");
        }
        // An imperative after « ! » is a sentence of its own written in lower case.
        for t in [
            "Il a gagné! note la date dans ton agenda.",
            "Le match est perdu! explique la situation aux joueurs.",
        ] {
            assert_eq!(broken(t).len(), 1, "{t}");
        }
        // After a full stop, the same words are a sentence cut in two.
        assert_eq!(
            broken("Il fait froid. m'a dit la marchande.").len(),
            1,
            "a full stop"
        );
    }

    #[test]
    fn a_label_may_abbreviate_a_word() {
        let dialog = "Interligne\n\nDétermine l'espacement entre les éléments d'une ligne.\n\n\
                      Espacem. colonnes\n\nDétermine l'espacement entre les éléments d'une colonne.";
        assert_eq!(broken(dialog), Vec::<String>::new());
        for (t, found) in [
            // A known word, a line of prose, or a line that ends a sentence.
            (
                "Interligne\n\nEspacement. colonnes\n\nDétermine l'espacement entre les éléments.",
                "Espacement. colonnes",
            ),
            (
                "Interligne\n\nLe réglage Espacem. colonnes détermine l'espacement des colonnes\n\n\
                 Détermine l'espacement entre les éléments.",
                "Espacem. colonnes",
            ),
            (
                "Interligne\n\nRéglez Espacem. colonnes.\n\nDétermine l'espacement entre les éléments.",
                "Espacem. colonnes",
            ),
            // A name no list knows is no abbreviation.
            (
                "Interligne\n\nArrivée de Mitsotakis. la foule\n\nLe Premier ministre a salué les élus.",
                "Mitsotakis. la",
            ),
        ] {
            assert_eq!(broken(t), [found], "{t}");
        }
    }

    #[test]
    fn an_address_may_follow_a_sentence() {
        assert!(broken("Le rapport est en ligne sur le site de l'agence. https://example.org/rapport le détaille. Voir aussi le projet. www.example.org en parle.").is_empty());
        assert_eq!(
            broken("Le rapport est en ligne. http est le protocole du site."),
            ["ligne. http"]
        );
    }

    #[test]
    fn a_name_the_document_gives_an_argument_or_a_command_may_start_a_sentence() {
        let manual = "int statfs(const char *chemin, struct statfs *tampon);\n\n\
                      mount -t type périphérique\n\n\
                      La fonction lit le système monté. chemin est le nom d'un fichier. \
                      La bibliothèque est utilisée. mount essaie de deviner le type. \
                      En cas de succès, 0 est renvoyé. en cas d'échec, -1 est renvoyé.";
        assert_eq!(broken(manual), ["renvoyé. en"]);
        // Without the prototype and the command line, they are words like any other.
        let article = "La fonction lit le système monté. chemin est le nom d'un fichier.";
        assert_eq!(broken(article), ["monté. chemin"]);
    }
}
