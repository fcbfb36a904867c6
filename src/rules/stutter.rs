//! `stutter`: a word repeated where machine translation repeats it ("ont ont"), or a verb
//! repeated in another form a few words later ("exhortent les pays à exhorter").

use super::{data, laid_out, quote, DocCtx};
use crate::finding::Finding;

/// Words after which « tiens », « allons », « voyons » are verbs, not interjections: a subject,
/// or a pronoun or « ne » between the subject and the verb.
const VERB_BEFORE: &[&str] = &[
    "je", "j'", "tu", "nous", "vous", "on", "y", "en", "ne", "n'", "me", "m'", "te", "t'", "se",
    "s'", "le", "la", "les", "l'", "lui", "leur",
];

/// Words in « -ant » that are no present participle: after « en en », they make no gerund
/// (« en en avant », « en en tant que »). Those that are one as well (« suivant », « montant »)
/// are left out: « en en suivant les consignes » is French.
const NOT_GERUNDS: &[&str] = &[
    "avant",
    "devant",
    "pendant",
    "cependant",
    "maintenant",
    "durant",
    "tant",
    "quant",
    "autant",
    "diamant",
    "enfant",
    "géant",
    "instant",
    "restaurant",
    "étudiant",
    "habitant",
    "amant",
    "élégant",
    "gant",
    "chant",
    "plant",
    "carburant",
];

/// Whether `w` is a present participle (« parlant », « prenant »): a word in « -ant » of four
/// letters before it or more that is none of [`NOT_GERUNDS`].
fn gerund(w: &str) -> bool {
    w.strip_suffix("ant")
        .is_some_and(|stem| stem.chars().count() >= 3)
        && !NOT_GERUNDS.contains(&w)
}

/// Whether `w` ends as an infinitive does (« dire », « parler », « finir », « voir »).
fn infinitive(w: &str) -> bool {
    w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")
}

/// Whether the word before word `i` is a pronoun joined to an imperative by a hyphen
/// (« débarrassons-nous », « va-t'en » aside): « débarrassons-nous en en vitesse ».
fn imperative_pronoun_before(ctx: &DocCtx, i: usize) -> bool {
    const PRONOUNS: [&str; 9] = [
        "nous", "vous", "toi", "moi", "les", "lui", "leur", "le", "la",
    ];
    let ws = &ctx.words;
    if i == 0 || ws[i - 1].sentence != ws[i].sentence {
        return false;
    }
    // One word with its hyphen, or the pronoun after one.
    let prev = &ws[i - 1];
    match prev.lower.rsplit_once('-') {
        // « rendez-vous » is a noun.
        Some((verb, pronoun)) => {
            !verb.is_empty() && PRONOUNS.contains(&pronoun) && prev.lower != "rendez-vous"
        }
        None => {
            PRONOUNS.contains(&prev.lower.as_str())
                && ctx.doc.text[..prev.span.start].ends_with('-')
        }
    }
}

/// Whether « nous nous » or « vous vous » ending at word `i` is followed by a verb of the other
/// person, so that the pronoun is doubled rather than reflexive (« vous vous attendons »,
/// « nous nous retrouvez »): a word of four letters or more in -ons, or « sommes », after « vous
/// vous »; one in -ez (not « chez », « assez »), or « êtes », « faites », « dites », after « nous
/// nous ».
fn wrong_person(ctx: &DocCtx, i: usize) -> bool {
    let ws = &ctx.words;
    let Some(next) = ws.get(i + 1).filter(|n| n.sentence == ws[i].sentence) else {
        return false;
    };
    let verb = next.lower.as_str();
    let long = verb.chars().count() >= 4;
    match ws[i].lower.as_str() {
        "vous" => long && verb.ends_with("ons") || verb == "sommes",
        "nous" => {
            long && verb.ends_with("ez") && !matches!(verb, "assez" | "chez")
                || matches!(verb, "êtes" | "faites" | "dites")
        }
        _ => false,
    }
}

/// Immediate repeats that are correct in French or English.
fn legit(w: &str, raw: &str, ctx: &DocCtx) -> bool {
    let pair = format!("{w} {w}");
    // Numbers, version strings (« 0.00 0.00 », « 2.12.2-2 2.12.2-2 » in a table) and
    // identifiers (« child_tid child_tid », « man:nom man:nom », « theBuffer theBuffer » in a
    // script: two lower-case letters or more, then a capital, and no word of the word lists; a
    // brand written with a capital inside starts with one capital, « TikTok », or one lower-case
    // letter, « iPhone », « eBay », or is in the lists, « easyJet », « macOS ») are not words.
    !w.chars().any(char::is_alphabetic)
        || raw.contains(['_', ':'])
        || (raw
            .chars()
            .position(char::is_uppercase)
            .is_some_and(|i| i >= 2 && raw.chars().take(i).all(char::is_lowercase))
            && !data::in_word_list(w))
        || data::language().legit_repeats_fr.iter().any(|l| l == &pair)
        || (ctx.lang == "en" && matches!(w, "that" | "had" | "is"))
}

/// Whether the line around byte `at` is a row of a table: two gaps or more of a tab or of two
/// spaces or more between its words, or one such gap on it and on the line before or after.
fn in_table(text: &str, at: usize) -> bool {
    use crate::text::line_around;
    // Runs of white space between words that hold a tab or two characters or more.
    let gaps = |line: &str| {
        let (mut gaps, mut run, mut tab) = (0, 0, false);
        for c in line.trim().chars() {
            if c.is_whitespace() {
                run += 1;
                tab |= c == '\t';
            } else {
                gaps += usize::from(tab || run >= 2);
                (run, tab) = (0, false);
            }
        }
        gaps
    };
    let line = line_around(text, at);
    let here = gaps(&text[line.clone()]);
    // The neighbouring lines (past the line end, CRLF counting as one).
    let before = (line.start > 0).then(|| {
        let end = text[..line.start].trim_end_matches(['\n', '\r']).len();
        &text[line_around(text, end)]
    });
    let after = (line.end < text.len()).then(|| {
        let start = text.len() - text[line.end..].trim_start_matches(['\n', '\r']).len();
        &text[line_around(text, start)]
    });
    here >= 2 || (here == 1 && before.into_iter().chain(after).any(|l| gaps(l) >= 1))
}

/// Whether the word at byte `start` is a command-line option's name or argument: it follows one
/// or two hyphens at the start of a token, maybe after `[` or `(` (« --uuid », « -a »,
/// « [--pid »), or such an option and a space
/// (« -s FICHIER », « --label LABEL »). An option's description often starts with its
/// argument's name: « -s FICHIER FICHIER existe », « --uuid UUID Indiquer l'UUID ». A dash
/// between spaces (« -- le le texte ») is punctuation.
fn after_option(text: &str, start: usize) -> bool {
    // One or two hyphens at the start of a token, right before `at`.
    let dashes_before = |at: usize| {
        let head = &text[..at];
        let body = head.trim_end_matches('-');
        let n = head.len() - body.len();
        (1..=2).contains(&n)
            && body
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '[' | '('))
    };
    if dashes_before(start) {
        return true;
    }
    let head = &text[..start];
    let trimmed = head.trim_end_matches([' ', '\t']);
    if trimmed.len() == head.len() {
        return false;
    }
    // The token before the space: an option when it is hyphens and a letter first.
    let token_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = trimmed[token_start..].trim_start_matches(['[', '(']);
    let name = token.trim_start_matches('-');
    let dashes = token.len() - name.len();
    (1..=2).contains(&dashes) && name.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether a word is written in capitals: two letters or more, none in lower case.
fn in_capitals(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// Whether a repeat is a word before an address (« Davis davis@example.org »), or, in a document
/// about computing, a placeholder beside its word as manuals write them: one copy in capitals and
/// the other not (« OCTETS octets », « CPU cpu »), a term before its definition at the start of a
/// line (« nombre Nombre d'octets »), an identifier of lower-case letters and figures (« v0 v0 »).
/// In other text these are slips (« les SYNDICATS syndicats », « la 5g 5g »), and so are a
/// repeat in capitals (« la SNCF SNCF »), at the start of a sentence (« Le le ») or after a
/// function word at the start of a line (« à⏎la La Rochelle »).
fn placeholder(ctx: &DocCtx, a: usize, b: usize, computing: &impl Fn() -> bool) -> bool {
    let (ws, doc) = (&ctx.words, ctx.doc);
    if doc.text[ws[b].span.end..].starts_with(['@', '/']) {
        return true;
    }
    if !computing() {
        return false;
    }
    let caps = |k: usize| in_capitals(ws[k].raw(doc));
    let (first, last) = (ws[a].raw(doc), ws[b].raw(doc));
    let line_start = crate::text::line_around(&doc.text, ws[a].span.start).start;
    let definition = !first.chars().any(char::is_uppercase)
        && last.starts_with(char::is_uppercase)
        && doc.text[line_start..ws[a].span.start].trim().is_empty()
        && !data::language().fr_function_words.contains(&ws[a].lower);
    let identifier = first.chars().any(|c| c.is_ascii_digit())
        && first
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    caps(a) != caps(b) || definition || identifier
}

/// Whether a repeat is a noun and, right after it, a name that starts with it (asked in a
/// document about computing only: in an article, « les retraites Retraites : la mobilisation »
/// is a heading glued to the text): the first copy
/// in lower case, not at the start of its sentence and no function word, the second capitalised
/// (« la barre d'outils Outils », « l'erreur Erreur : valeur non disponible », « les champs
/// texte Texte masqué »). A manual names a toolbar, a menu, a field or a message after the noun of
/// its kind. Not a name that numbers it (« voir la section Section 12.5 »: a cross-reference that
/// repeats its noun), nor a function word (« à la La Rochelle »), nor a word in capitals
/// (« ET ou OU »).
fn name_after_its_kind(ctx: &DocCtx, a: usize, b: usize) -> bool {
    let (ws, doc) = (&ctx.words, ctx.doc);
    let (first, last) = (ws[a].raw(doc), ws[b].raw(doc));
    let lang = data::language();
    b == a + 1
        && !ws[a].sentence_start
        && first.starts_with(char::is_lowercase)
        && last.starts_with(char::is_uppercase)
        && last.chars().any(char::is_lowercase)
        && !lang.fr_function_words.contains(&ws[a].lower)
        && !lang.en_function_words.contains(&ws[a].lower)
        && !doc.text[ws[b].span.end..]
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a repeat is in a name of a list of names, one of which names the same thing without
/// it: its paragraph a label (six words at most, no final punctuation), and one of the eight
/// paragraphs before it the same words with one copy less (« Trait point », then « Trait point
/// point »: the styles dash-dot and dash-dot-dot of a table of line styles).
fn series_of_names(ctx: &DocCtx, b: usize) -> bool {
    let (ws, doc) = (&ctx.words, ctx.doc);
    let p = ws[b].para as usize;
    let r = ctx.paragraph_words(p);
    if r.len() > 6
        || doc
            .slice(doc.paragraphs[p].span)
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', ','])
    {
        return false;
    }
    let shorter: Vec<&str> = r
        .filter(|&k| k != b)
        .map(|k| ws[k].lower.as_str())
        .collect();
    (p.saturating_sub(8)..p).any(|q| {
        let r = ctx.paragraph_words(q);
        r.len() == shorter.len()
            && ws[r]
                .iter()
                .map(|w| w.lower.as_str())
                .eq(shorter.iter().copied())
    })
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether `w` reads as a noun rather than a form of the verb `inf`: its plural when `inf` is a
/// noun ending like an infinitive (« fichiers … de fichier »), or a noun's suffix (« utilisateur
/// … d'utiliser », « transformation … de transformer »).
fn noun_of(w: &str, inf: &str) -> bool {
    // Endings no form of a verb has (« -age », « -ure », « -iste » have: « encourage »,
    // « assure », « insiste »).
    const SUFFIXES: [&str; 6] = ["tion", "sion", "ateur", "atrice", "ement", "isme"];
    let singular = w.strip_suffix(['s', 'x']).unwrap_or(w);
    singular == inf || SUFFIXES.iter().any(|s| singular.ends_with(s))
}

fn is_infinitive(w: &str) -> bool {
    w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let ws = &ctx.words;
    let doc = ctx.doc;
    // Computed at the first repeat: most documents have none.
    let names = std::cell::OnceCell::new();
    let computing = || ctx.about_computing();
    // Whether the last paragraph asked about is laid out line by line: `laid_out` reads the
    // whole paragraph, and a paragraph of thousands of lines that each repeat the word before
    // the line end (« a ⏎ a ⏎ a … ») would otherwise be read once per line. Words come in text
    // order, so the last answer is the one asked for again.
    let laid_out_memo = std::cell::Cell::new(None::<(u32, bool)>);
    let para_laid_out = |para: u32| match laid_out_memo.get() {
        Some((p, laid)) if p == para => laid,
        _ => {
            let laid = laid_out(doc.slice(doc.paragraphs[para as usize].span));
            laid_out_memo.set(Some((para, laid)));
            laid
        }
    };
    // The same for the last line asked about, by its span: whether it is a row of a table. A
    // long line whose words each come back after two spaces (« a  a  a … ») would otherwise be
    // read, with its neighbours, once per word.
    let table_memo = std::cell::Cell::new(None::<(usize, usize, bool)>);
    let line_in_table = |at: usize| match table_memo.get() {
        Some((start, end, table)) if (start..=end).contains(&at) => table,
        _ => {
            let line = crate::text::line_around(&doc.text, at);
            let table = in_table(&doc.text, at);
            table_memo.set(Some((line.start, line.end, table)));
            table
        }
    };
    let mut i = 1;
    while i < ws.len() {
        // The same word twice or more, separated by white space only: one finding per run. Not
        // across two columns of a table (a tab or two spaces between them, on a line with
        // another such gap), nor across a line end in a paragraph laid out line by line (« fi »
        // / « fi » closing two tests).
        let same = |k: usize| {
            let (a, b) = (&ws[k - 1], &ws[k]);
            if a.sentence != b.sentence || a.lower != b.lower {
                return false; // nearly every pair of words: nothing more to look at
            }
            let gap = crate::text::lf(&doc.text[a.span.end..b.span.start]);
            gap.chars().all(char::is_whitespace)
                && gap.matches('\n').count() <= 1
                && !((gap.contains('\t') || gap.contains("  ")) && line_in_table(a.span.end))
                && !(gap.contains('\n') && para_laid_out(a.para))
                && !after_option(&doc.text, a.span.start)
        };
        if !same(i) || (legit(&ws[i].lower, ws[i].raw(doc), ctx) && !wrong_person(ctx, i)) {
            i += 1;
            continue;
        }
        let start = i - 1;
        while i + 1 < ws.len() && same(i + 1) {
            i += 1;
        }
        let names = names.get_or_init(|| super::argument_names(ctx));
        // « long long » is a type of C.
        if placeholder(ctx, start, i, &computing)
            || (name_after_its_kind(ctx, start, i) && ctx.about_computing())
            || (start + 1 == i && series_of_names(ctx, i))
            || names.contains(&ws[i].lower)
            || (ws[i].lower == "long" && computing())
            // « en en parlant »: the preposition of a gerund, then the pronoun; « allons-nous en
            // en vitesse »: the pronoun after an imperative, then the preposition; « l'est est
            // froid », « le vent d'est est », « le Grand Est est »: the cardinal point or the
            // region, then the verb.
            || (start + 1 == i
                && ws[i].lower == "en"
                && ws.get(i + 1).is_some_and(|n| n.sentence == ws[i].sentence)
                && (gerund(&ws[i + 1].lower)
                    || (imperative_pronoun_before(ctx, start) && !infinitive(&ws[i + 1].lower))))
            // A Latin name of a species whose genus and epithet are one word (« (Vulpes
            // vulpes) », « , Lynx lynx, »): in apposition after a bracket or a comma, the genus
            // capitalised inside a sentence, the rest of it and the epithet in lower case, and
            // no common French word (« la barre d'Outils outils » is a slip).
            || (start + 1 == i
                && !ws[start].sentence_start
                && doc.text[..ws[start].span.start]
                    .trim_end()
                    .ends_with(['(', ','])
                && ws[start].raw(doc).chars().skip(1).all(char::is_lowercase)
                && ws[start].is_capitalised(doc)
                && ws[i].raw(doc).chars().all(char::is_lowercase)
                && super::data::french().get(&ws[i].lower) < 3.5)
            // « le discours de de Gaulle »: the preposition, then the particle of a name, which
            // is written with one capital and never goes without its particle in the document
            // (« l'affichage de de GIMP », « la précision de de Calc » beside « Calc affiche »
            // are slips).
            || (start + 1 == i
                && ws[i].lower == "de"
                && ws.get(i + 1).is_some_and(|n| {
                    n.sentence == ws[i].sentence
                        && n.is_capitalised(doc)
                        && n.raw(doc).chars().skip(1).all(char::is_lowercase)
                        && n.raw(doc).chars().count() >= 2
                        && doc.text[ws[i].span.end..n.span.start] == *" "
                        // Not a place or a common word (« de de Paris », « de de La Rochelle »).
                        && !super::data::language().fr_function_words.contains(&n.lower)
                        && super::data::french().get(&n.lower) < 4.5
                        && ws.iter().enumerate().all(|(k, x)| {
                            x.lower != n.lower
                                || (k > 0 && matches!(ws[k - 1].lower.as_str(), "de" | "d'"))
                        })
                }))
            // The first half of a word hyphenated at a line end (« en en‐ ⏎ trée »).
            || doc.text[ws[i].span.end..]
                .strip_prefix(['-', '‐', '\u{ad}'])
                .is_some_and(|r| r.starts_with(char::is_whitespace))
            || (start + 1 == i
                && ws[i].lower == "est"
                && (ws[start].raw(doc).starts_with('E')
                    || start > 0 && matches!(ws[start - 1].lower.as_str(), "l'" | "d'")))
            // « Oh là là ! », « ô la la, »: an exclamation, which punctuation closes (« oh, la
            // la réforme » is a slip).
            || (matches!(ws[i].lower.as_str(), "la" | "là")
                && start > 0
                && matches!(ws[start - 1].lower.as_str(), "oh" | "ô" | "o" | "ah" | "ouh")
                && !doc.text[ws[i].span.end..]
                    .trim_start()
                    .starts_with(char::is_alphanumeric))
            // « Tiens tiens », « Allons allons », « Voyons voyons »: interjections, unless
            // the verb follows its subject or a pronoun (« je tiens tiens à », « nous allons
            // allons »).
            || (matches!(ws[i].lower.as_str(), "tiens" | "allons" | "voyons")
                && !(start > 0
                    && ws[start - 1].sentence == ws[start].sentence
                    && VERB_BEFORE.contains(&ws[start - 1].lower.as_str())))
        {
            i += 1;
            continue;
        }
        let span = ctx.span(start, i);
        // A doubled pronoun before a verb of the other person: the subject is the other
        // pronoun (« vous vous demandons » for « nous vous demandons »).
        let help = if start + 1 == i && wrong_person(ctx, i) {
            let (subject, object) = if ws[i].lower == "vous" {
                ("nous", "vous")
            } else {
                ("vous", "nous")
            };
            format!(
                "« {subject} {object} {} » (or keep one « {} »)",
                ws[i + 1].raw(doc),
                quote(doc, ws[start].span)
            )
        } else {
            format!("keep one « {} »", quote(doc, ws[start].span))
        };
        out.push(ctx.finding(
            "stutter",
            span,
            format!("« {} »: the word is repeated", quote(doc, span)),
            Some(help),
        ));
        i += 1;
    }
    if ctx.lang != "fr" {
        return;
    }
    pairs_repeated(ctx, out);
    // A conjugated verb followed within four words by its own infinitive after « à » or « de ».
    for j in 0..ws.len() {
        let inf = &ws[j];
        if !is_infinitive(&inf.lower) || inf.lower.chars().count() < 6 || j < 2 {
            continue;
        }
        let prep = &ws[j - 1].lower;
        if prep != "à" && prep != "de" && prep != "d'" {
            continue;
        }
        // « avant d'appeler », « afin de », « au lieu de », « plutôt que de »: a clause of its
        // own.
        if (prep == "de" || prep == "d'")
            && matches!(
                ws[j - 2].lower.as_str(),
                "avant" | "afin" | "plutôt" | "lieu" | "que"
            )
        {
            continue;
        }
        let from = j.saturating_sub(5);
        for (i, w) in ws.iter().enumerate().take(j - 1).skip(from) {
            let n = w.lower.chars().count().min(inf.lower.chars().count());
            let cp = common_prefix(&w.lower, &inf.lower);
            // A comma, a semicolon or a colon between them, then two words or more before the
            // preposition: the infinitive is another clause's (« Dans la zone Texte masqué,
            // saisissez le texte à masquer »; not « encourage, lundi, à encourager »).
            let between = &doc.text[w.span.end..inf.span.start];
            let other_clause = between.rfind([',', ';', ':']).is_some_and(|k| {
                let mark = w.span.end + k;
                ws[i + 1..j - 1]
                    .iter()
                    .filter(|x| x.span.start > mark)
                    .count()
                    >= 2
            });
            // A noun after its determiner (« La sauvegarde automatique permet de
            // sauvegarder »): « le », « la », « les » and « l' » are one only at the sentence's
            // start or after a preposition, elsewhere they may be a pronoun (« il la sauvegarde
            // avant de sauvegarder »), and « leur » is a pronoun as often.
            let determined = i > 0 && ws[i - 1].sentence == w.sentence && {
                let d = ws[i - 1].lower.as_str();
                matches!(
                    d,
                    "un" | "une"
                        | "des"
                        | "du"
                        | "au"
                        | "aux"
                        | "ce"
                        | "cet"
                        | "cette"
                        | "ces"
                        | "mon"
                        | "ma"
                        | "mes"
                        | "ton"
                        | "ta"
                        | "tes"
                        | "son"
                        | "sa"
                        | "ses"
                        | "notre"
                        | "nos"
                        | "votre"
                        | "vos"
                        | "leurs"
                        | "chaque"
                ) || (matches!(d, "le" | "la" | "les" | "l'")
                    && (ws[i - 1].sentence_start
                        || (i > 1
                            && matches!(
                                ws[i - 2].lower.as_str(),
                                "à" | "de"
                                    | "d'"
                                    | "pour"
                                    | "par"
                                    | "sur"
                                    | "dans"
                                    | "avec"
                                    | "sans"
                                    | "sous"
                                    | "vers"
                                    | "chez"
                                    | "contre"
                            ))))
            };
            if w.sentence == inf.sentence
                && !other_clause
                && !determined
                && w.lower != inf.lower
                && !noun_of(&w.lower, &inf.lower)
                && n >= 6
                && cp >= 5
                && cp * 10 >= n * 7
                && !is_infinitive(&w.lower)
            {
                let span = ctx.span(i, j);
                out.push(ctx.finding(
                    "stutter",
                    span,
                    format!(
                        "« {} »: the verb is repeated in another form, as machine translation does",
                        quote(doc, span)
                    ),
                    Some("keep one of the two verbs".into()),
                ));
                break;
            }
        }
    }
}

/// Two words repeated together on one line in a French document (« de la de la réforme »,
/// « qu'il qu'il viendrait »), white space or an elision's apostrophe between them, one of them a
/// French function word, not followed by an exclamation, a question or a comma:
/// machine translation's stutter over a pair. A pair of other words (« ding dong ding dong », a
/// refrain) is left alone, and so is a pair of the list of legitimate repeats.
/// Words ending in « s » that come before « de » as part of a preposition, never as a noun.
const NOT_PLURALS: &[&str] = &["près", "auprès", "lors", "hors"];

fn pairs_repeated(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let (doc, ws) = (ctx.doc, &ctx.words);
    let lang = super::data::language();
    // On one line (lines laid out one under the other repeat on purpose: « le 1 ⏎ le 1 »), and
    // words of letters.
    let tight = |a: &super::words::Word, b: &super::words::Word| {
        doc.text[a.span.end..b.span.start]
            .chars()
            .all(|c| c.is_whitespace() && c != '\n' && c != '\r')
            && a.lower.chars().any(char::is_alphabetic)
            && b.lower.chars().any(char::is_alphabetic)
    };
    let mut k = 3;
    while k < ws.len() {
        let [a, b, c, d] = [&ws[k - 3], &ws[k - 2], &ws[k - 1], &ws[k]];
        // The same letters in the same case (« q ou Q ou », a table's « A Q a q » are no
        // stutter), but for the capital of a sentence's first word.
        let same = |x: &super::words::Word, y: &super::words::Word| {
            x.raw(doc) == y.raw(doc)
                || (x.sentence_start && x.is_capitalised(doc) && x.lower == y.lower)
        };
        let legit = |words: &[&super::words::Word]| {
            let phrase = words
                .iter()
                .map(|w| w.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            lang.legit_repeats_fr.contains(&phrase)
        };
        if same(a, c)
            && same(b, d)
            && a.lower != b.lower
            && a.sentence == d.sentence
            && tight(a, b)
            && tight(b, c)
            && tight(c, d)
            && (lang.fr_function_words.contains(&a.lower)
                || lang.fr_function_words.contains(&b.lower))
            // Said again and again (« tourne et tourne et tourne », « et puis et puis et
            // puis »), or exclaimed (« Et alors et alors ? », « à moi à moi ! », « un deux un
            // deux, »): the pair goes on a third time, joins by a conjunction, or is followed by
            // an exclamation, a question mark or a comma (« Pied de page de page » ending its
            // paragraph, « de chemin de chemin. » are slips).
            && !ws.get(k + 1).is_some_and(|e| e.lower == a.lower && tight(d, e))
            && !(k >= 4 && ws[k - 4].lower == b.lower && tight(&ws[k - 4], a))
            && !matches!(b.lower.as_str(), "et" | "ou" | "puis")
            && !doc.text[d.span.end..]
                .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
                .starts_with(['!', '?', '…', ',', ';', '»', '"', '”', ')'])
            // A pair of the list, or three words of it (« ajoutées une à une à l'archive »,
            // « Voyez Point pour point pour… »).
            && !legit(&[a, b])
            && !legit(&[a, b, c])
            && !legit(&[b, c, d])
            // A plural of itself (« des groupes de groupes de calques », « une liste de listes
            // de »): a noun's complement, not a stutter (« Bande de Bande de film » is one).
            // Prepositions that end in « s » (« près de près de ») are no such complement;
            // « plus », « moins » and « pas » can be nouns (« des plus de 65 ans », « pas de
            // pas de côté »).
            && !(matches!(b.lower.as_str(), "de" | "d'")
                && a.lower.ends_with(['s', 'x'])
                && !NOT_PLURALS.contains(&a.lower.as_str()))
            // A saying (« ce qui est fait est fait », « ce qui doit être doit être »).
            && !(k >= 5
                && ws[k - 5].lower == "ce"
                && matches!(ws[k - 4].lower.as_str(), "qui" | "que" | "qu'"))
            // Notes of music (« sol do sol do ré »).
            && ![a, b].iter().all(|w| {
                matches!(w.lower.as_str(), "do" | "ré" | "mi" | "fa" | "sol" | "la" | "si")
            })
        {
            let span = ctx.span(k - 3, k);
            out.push(ctx.finding(
                "stutter",
                span,
                format!("« {} »: the words are repeated", quote(doc, span)),
                Some(format!(
                    "keep one « {} »",
                    quote(doc, ctx.span(k - 3, k - 2))
                )),
            ));
            k += 4;
            continue;
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    fn stutters(text: &str) -> Vec<String> {
        super::super::messages_of("stutter", text)
    }

    #[test]
    fn a_pair_of_words_repeated_is_a_stutter() {
        assert_eq!(
            stutters("Il a dit qu'il qu'il viendrait demain matin."),
            ["« qu'il qu'il »: the words are repeated"]
        );
        assert_eq!(
            stutters("Il parle de la de la réforme des retraites."),
            ["« de la de la »: the words are repeated"]
        );
        assert_eq!(
            stutters("Les contrôles vont dans la zone Pied de page de page"),
            ["« de page de page »: the words are repeated"]
        );
        assert_eq!(
            stutters("Choisissez le filtre Bande de Bande de film."),
            ["« Bande de Bande de »: the words are repeated"]
        );
        assert_eq!(
            stutters("L'hôtel se trouve près de près de la station de métro Barberini."),
            ["« près de près de »: the words are repeated"]
        );
        for t in [
            "En France, il y a plus de plus de 65 ans que de moins de moins de 20 ans.",
            "Le danseur ne fait pas de pas de côté pendant la valse.",
            "Ding dong ding dong, sonnent les cloches du village.",
            "Il parle de la réforme, de la grève et de la dette.",
            "Le chat, la chatte, le chat, la chatte : ils se poursuivent.",
            "Nous nous nous demandons encore pourquoi.",
            "Les paquets sont ajoutés une à une à l'archive.",
            "On peut créer des groupes de groupes de calques imbriqués.",
            "Ce qui est fait est fait, concentrons-nous sur la suite.",
            "Tapez q ou Q ou Échap pour quitter.",
            "q ou Q ou INTERRUPT Quitter.",
            "L'accord se joue sol do sol do ré sur le banjo.",
            "La roue tourne et tourne et tourne sans fin.",
            "Et puis et puis et puis, plus rien.",
            "Et alors et alors ? Rien du tout.",
            "Il criait à moi à moi ! dans la foule.",
            "Au revoir au revoir, mes amis.",
            "Il criait « à moi à moi » en agitant les bras.",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_repeated_word_is_found_also_across_one_line_end() {
        assert_eq!(
            stutters("Assurez-vous de ne pas pas avoir de fichier nommé ainsi dans le dossier."),
            ["« pas pas »: the word is repeated"]
        );
        assert_eq!(
            stutters("Le ministre a confirmé que le\nle texte serait présenté au conseil lundi."),
            ["« le le »: the word is repeated"]
        );
    }

    #[test]
    fn en_est_and_elle_repeated_are_slips_outside_their_correct_uses() {
        for t in [
            "Le restaurant est est recommandé par le guide depuis deux ans.",
            "Coupez les pommes en en fines lamelles avant de les disposer.",
            "Elle elle a rejoint l'équipe au mois de mars.",
            "Le projet a été mis en en avant lors de la réunion de lundi.",
            "Il intervient en en tant que président de l'association.",
            "Pouvez-vous en en dire davantage sur le calendrier des travaux ?",
            "Prenez rendez-vous en en ligne sur le site de la mairie.",
        ] {
            assert_eq!(stutters(t).len(), 1, "{t}");
        }
        for t in [
            "Il a réglé le différend en en parlant directement avec le voisin.",
            "Encore de ces caisses, débarrassons-nous en en vitesse avant la nuit.",
            "Les lignes blanches en en‐\ntrée sont ignorées par la commande.",
            "Le vent d'est est glacial, mais l'est est moins pluvieux que l'ouest.",
            "Le Grand Est est la région la plus touchée par les intempéries.",
            "Elle, elle refuse de signer le contrat proposé par la direction.",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_reflexive_pronoun_before_a_verb_of_the_other_person_is_doubled() {
        assert_eq!(
            stutters("Au refuge, nous vous vous attendons avec une soupe chaude."),
            ["« vous vous »: the word is repeated"]
        );
        let help = |t: &str| super::super::suggestions_of("stutter", t);
        assert_eq!(
            help("Vous vous demandons de bien vouloir patienter."),
            ["« nous vous demandons » (or keep one « Vous »)"]
        );
        assert_eq!(
            help("Nous nous avez beaucoup aidés cette année."),
            ["« vous nous avez » (or keep one « Nous »)"]
        );
        assert_eq!(stutters("Vous vous sommes retrouvés à midi.").len(), 1);
        assert_eq!(stutters("Nous nous êtes restés fidèles.").len(), 1);
        assert_eq!(
            stutters("Nous nous retrouvez devant la mairie à midi."),
            ["« Nous nous »: the word is repeated"]
        );
        // Reflexive: the verb of the same person, or « chez », « assez ».
        for text in [
            "Nous nous retrouvons demain et vous vous installez ce soir.",
            "Nous nous sentons assez bien ; vous vous sentez chez vous.",
            "Nous nous nez à nez avec le loup.",
        ] {
            assert!(stutters(text).is_empty(), "{text}: {:?}", stutters(text));
        }
    }

    #[test]
    fn a_causative_is_french() {
        let t = "Il compte faire faire les travaux par une entreprise du village.";
        assert!(stutters(t).is_empty(), "{t}: {:?}", stutters(t));
        // « mieux mieux » is a slip outside « à qui mieux mieux ».
        assert_eq!(
            stutters("Il faut mieux mieux protéger les données des usagers.").len(),
            1
        );
    }

    #[test]
    fn an_interjection_is_repeated_on_purpose() {
        for t in [
            "Tiens tiens tiens, qui vient donc frapper à notre porte à cette heure ?",
            "Hum hum, je crois que nous nous sommes trompés de chemin.",
            "Oh la la, regardez dans quel état ils ont laissé la grange !",
            "Ô là là là, quelle histoire pour un simple oubli.",
            "Ouais ouais, on a compris, pas besoin de le répéter.",
            "Mais tiens tiens, qui voilà donc à cette heure-ci ?",
            "Allons allons, calmez-vous, tout va bien se passer.",
            // A name made of one word said twice, a species named by one word twice, a
            // name with its particle after « de ».
            "Nous avons passé une semaine à Bora Bora avec les enfants.",
            "Le renard roux (Vulpes vulpes) vit aussi dans les villes.",
            "Le lynx boréal, Lynx lynx, est revenu dans le Jura.",
            "Le discours de de Gaulle fut diffusé le 18 juin.",
            "Le port de Pago Pago accueille les navires de croisière.",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
        // « la la » after anything else, or before a word, is a slip, and so is a verb repeated
        // after its subject.
        for (t, found) in [
            ("Il a posé la la question au ministre en séance.", "la la"),
            (
                "Il a dit oh, la la réforme est mauvaise pour les salariés.",
                "la la",
            ),
            ("Je tiens tiens à remercier les bénévoles.", "tiens tiens"),
            (
                "Nous allons allons présenter le budget demain.",
                "allons allons",
            ),
            (
                "Nous le voyons voyons bien depuis la fenêtre.",
                "voyons voyons",
            ),
            // The preposition twice before a common noun.
            (
                "Le coût de de nombreux projets a augmenté cette année.",
                "de de",
            ),
            (
                "Si vous avez perdu des fenêtres dans l'affichage de de GIMP, rouvrez-les.",
                "de de",
            ),
            (
                "Calc affiche la constante e à la précision de de Calc.",
                "de de",
            ),
            ("Les habitants de de Paris ont voté dimanche.", "de de"),
            (
                "Il a cité Mitsotakis mitsotakis devant la foule.",
                "Mitsotakis mitsotakis",
            ),
            ("La ville de de La Rochelle accueille le festival.", "de de"),
            // A name of one word, said twice by a slip.
            (
                "Le président Macron Macron a parlé hier soir.",
                "Macron Macron",
            ),
        ] {
            assert_eq!(
                stutters(t),
                [format!("« {found} »: the word is repeated")],
                "{t}"
            );
        }
    }

    #[test]
    fn an_option_and_its_argument_are_not_a_stutter() {
        for t in [
            "-s FICHIER FICHIER existe et a une taille non nulle.",
            "Le paramètre --uuid UUID choisit l’identifiant du système de fichiers.",
            "Le rôle des options -v et -a a changé depuis la version précédente.",
            "-t, --type type Indiquer le type de système de fichiers à monter.",
            "prlimit [--pid PID] [--output sortie] [--mode mode]",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
        // A dash in prose is no option.
        for t in [
            "Le projet de loi — le le texte final — sera voté en mars, dit-il.",
            "Le projet de loi -- le le texte final -- sera voté en mars, dit-il.",
            "Le projet de loi - le le texte final - sera voté en mars, dit-il.",
        ] {
            assert_eq!(stutters(t), ["« le le »: the word is repeated"], "{t}");
        }
    }

    #[test]
    fn a_placeholder_beside_its_word_is_not_a_stutter() {
        // In a manual: a document about computing (three references to manual pages).
        const MANUAL: &str = "\n\nVoir stty(1), termios(3) et tty(4).";
        for t in [
            "bs=OCTETS lire et écrire jusqu'à OCTETS octets à la fois.",
            "CPU_SET() Ajouter le CPU cpu à l'ensemble.",
            "Le processus de PID pid existe déjà dans la session.",
            "int chroot(const char *chemin);\n\nchroot() change la racine pour le chemin chemin indiqué.",
            "-f fichier Lire les commandes depuis le fichier fichier et non depuis l'entrée standard.",
            "nombre Nombre d’octets à lire.",
            "Les registres v0 v0 v1 servent au retour.",
            "En C, la valeur est de type long long sur toutes les architectures.",
        ] {
            let t = format!("{t}{MANUAL}");
            assert_eq!(stutters(&t), Vec::<String>::new(), "{t}");
        }
        // Anywhere: an address, identifiers with `_` or `:`.
        for t in [
            "Auteur : John Davis davis@example.org, avec l'aide de la communauté.",
            "Voir child_tid child_tid et man:nom-commande man:nom-commande.",
            "(set! largeur (+ largeur theBuffer theBuffer) )",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
        for (t, found) in [
            (
                "LE GOUVERNEMENT GOUVERNEMENT A DÉCIDÉ DE RECULER",
                "« GOUVERNEMENT GOUVERNEMENT »",
            ),
            (
                "Le chemin chemin vers la gare est fermé depuis lundi.",
                "« chemin chemin »",
            ),
            (
                "Le le ministre a parlé hier devant les députés.",
                "« Le le »",
            ),
            ("Il arrive à la La Rochelle ce soir.", "« la La »"),
            (
                "Les utilisateurs de TikTok TikTok ont protesté hier.",
                "« TikTok TikTok »",
            ),
            (
                "Apple a présenté mardi son nouvel iPhone iPhone 16 à Cupertino.",
                "« iPhone iPhone »",
            ),
            (
                "La compagnie easyJet easyJet a annulé cent vols mardi.",
                "« easyJet easyJet »",
            ),
            (
                "Le variant Covid-19 Covid-19 circule encore.",
                "« Covid-19 Covid-19 »",
            ),
            ("Le sommet du G20 G20 s'ouvre demain.", "« G20 G20 »"),
            ("La 5g 5g arrive dans la région.", "« 5g 5g »"),
            (
                "Les SYNDICATS syndicats ont manifesté.",
                "« SYNDICATS syndicats »",
            ),
            (
                "retraites Retraites et salaires sont au menu.",
                "« retraites Retraites »",
            ),
            ("Ce fut un long long moment d'attente.", "« long long »"),
            ("Le ministre arrive ce soir à\nla La Rochelle.", "« la La »"),
            // A line of dialogue or a list item is no option list.
            (
                "-Oui monsieur, dit-il.\n-La réforme passera.\n\nLe monsieur monsieur a répondu.",
                "« monsieur monsieur »",
            ),
            // A function word is no argument's name, even after an option.
            (
                "Utilisez -v le pour voir le le détail des opérations.",
                "« le le »",
            ),
        ] {
            assert_eq!(
                stutters(t),
                [format!("{found}: the word is repeated")],
                "{t}"
            );
        }
        // Capitals in a row are a repeat even in a manual or an article naming functions.
        for t in [
            format!("La SNCF SNCF a annoncé la reprise du trafic.{MANUAL}"),
            "Le virus exploitait printf() puis malloc() et free(). La SNCF SNCF a réagi.".into(),
        ] {
            assert_eq!(stutters(&t), ["« SNCF SNCF »: the word is repeated"], "{t}");
        }
    }

    #[test]
    fn a_verb_repeated_is_told_from_a_noun_and_a_clause() {
        assert_eq!(
            stutters("Les ministres exhortent les pays à exhorter leurs voisins au calme."),
            ["« exhortent les pays à exhorter »: the verb is repeated in another form, as machine translation does"]
        );
        assert_eq!(
            stutters("Dans la zone Texte masqué saisissez le texte à masquer dans le document."),
            ["« masqué saisissez le texte à masquer »: the verb is repeated in another form, as machine translation does"]
        );
        for t in [
            "Il identifie les fichiers par des identificateurs de fichier uniques.",
            "Le programme appelle fork avant d'appeler exec dans le processus enfant.",
            "Cela permet aux utilisateurs d'utiliser leurs propres modules.",
            "Une transformation permettant de transformer le texte en liste.",
            // A noun after its determiner.
            "La sauvegarde automatique permet de sauvegarder vos fichiers chaque soir.",
            "Lancez une sauvegarde complète avant de sauvegarder le reste.",
            // Another clause's infinitive, after a comma, a semicolon or a colon.
            "Dans la zone Texte masqué, saisissez le texte à masquer.",
            "Le dialogue affiche les chemins de l'image active : le fait d'activer une autre image change la liste.",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
        // « leur » before a verb is its object, not a determiner.
        assert_eq!(
            stutters("Les ministres leur demandent de demander un délai."),
            ["« demandent de demander »: the verb is repeated in another form, as machine translation does"]
        );
        // « les » before a verb inside a sentence is its object.
        assert_eq!(
            stutters("Les ministres les exhortent à exhorter leurs voisins au calme."),
            ["« exhortent à exhorter »: the verb is repeated in another form, as machine translation does"]
        );
        // An aside between commas is no other clause.
        assert_eq!(
            stutters("Le gouvernement encourage, lundi, à encourager les investissements."),
            ["« encourage, lundi, à encourager »: the verb is repeated in another form, as machine translation does"]
        );
    }

    #[test]
    fn a_name_after_the_noun_of_its_kind_is_no_stutter() {
        // In a manual (a program's instructions make it one).
        use super::super::MANUAL_INTRO as GUI;
        for t in [
            "Si un document texte est ouvert, cette icône est disponible dans la barre d'outils Outils.",
            "Si la valeur exacte n'est pas trouvée, l'erreur Erreur : valeur non disponible sera le résultat.",
            "Le texte masqué est imprimé, ainsi que les champs texte Texte masqué et Paragraphes masqués.",
            "Le filtre de texte Texte codé sert à ouvrir des documents dont l'encodage est différent.",
        ] {
            assert_eq!(stutters(&format!("{GUI}{t}")), Vec::<String>::new(), "{t}");
        }
        // In an article, a heading glued to the text.
        assert_eq!(
            stutters("Les syndicats défendent les retraites Retraites : la mobilisation continue."),
            ["« retraites Retraites »: the word is repeated"]
        );
        for (t, found) in [
            // A cross-reference that numbers its section repeats its noun.
            (
                "Pour signaler un bogue, voir la section Section 12.5 de la documentation du projet.",
                "« section Section »",
            ),
            // The same case twice or a capital first: a repeat (a sentence start too: « retraites
            // Retraites » above).
            (
                "La table sera filtrée dans dans la vue avec l'instruction choisie par vous.",
                "« dans dans »",
            ),
            (
                "Cette icône est disponible dans la barre d'Outils outils de la fenêtre principale.",
                "« Outils outils »",
            ),
            (
                "Cette icône est disponible dans la barre d'outils outils de la fenêtre principale.",
                "« outils outils »",
            ),
            // A function word before a name is a repeat (« à la La Rochelle »), and so are capitals.
            (
                "Les données sont envoyées par Par défaut au serveur de la société chaque matin.",
                "« par Par »",
            ),
            (
                "Le gouvernement a tranché : la réforme RÉFORME sera votée en mars par les députés.",
                "« réforme RÉFORME »",
            ),
        ] {
            assert_eq!(stutters(t), [format!("{found}: the word is repeated")], "{t}");
        }
    }

    #[test]
    fn a_name_of_a_series_may_repeat_a_word_of_the_one_before() {
        const TAIL: &str = "\n\nReportez-vous à la documentation de l'API pour en savoir plus sur les constantes de style de ligne.";
        let table = format!(
            "Les styles de ligne sont définis comme des constantes entières.\n\nTIRETS\n\n2\n\nTirets\n\n\
             DASH_DOT\n\n16\n\nTrait point\n\nDASH_DOT_DOT\n\n17\n\nTrait point point{TAIL}"
        );
        assert_eq!(stutters(&table), Vec::<String>::new(), "{table}");
        for t in [
            // No shorter name in the list.
            format!(
                "Les styles de ligne sont définis comme des constantes entières.\n\nTIRETS\n\n2\n\nTirets\n\n\
                 DASH_DOT_DOT\n\n17\n\nTrait point point{TAIL}"
            ),
            // Far from the shorter name: not the same list (a table of contents and a heading).
            format!(
                "Trait point\n\n{}Trait point point{TAIL}",
                "Les travaux de la commune avancent vite.\n\n".repeat(8)
            ),
            // In a sentence or a long line, not a label, though the document has the words
            // without the repeat.
            format!(
                "Les travaux de la commune avancent.\n\nLe point est fermé.\n\nLe point point est fermé.{TAIL}"
            ),
            format!(
                "Les travaux de la commune avancent.\n\nLe point de la ville est fermé\n\n\
                 Le point point de la ville est fermé{TAIL}"
            ),
            format!(
                "Les styles de ligne sont définis comme des constantes entières.\n\nTrait point\n\n\
                 Le style le plus fin dessine un trait point point sur les bords.{TAIL}"
            ),
        ] {
            assert_eq!(stutters(&t), ["« point point »: the word is repeated"], "{t}");
        }
    }

    #[test]
    fn a_double_space_does_not_hide_a_repeat() {
        assert_eq!(
            stutters("Le ministre a confirmé que le  le texte serait présenté lundi."),
            ["« le le »: the word is repeated"]
        );
    }

    #[test]
    fn table_columns_numbers_and_versions_are_not_stutters() {
        for t in [
            "Le tableau suivant donne les versions installées et disponibles du paquet :\n\n\
             i   nautilus-data      2.12.2-2   2.12.2-2\n\
             c   coreutils          5.2.1-2    5.2.1-2\n",
            "Les deux colonnes du relevé valent\tzéro\tzéro cette semaine, dit le rapport.",
            "Relevé de la semaine, en euros :\n\nlundi  zéro  zéro  trois\n",
            "Les valeurs avant et après :\n\nAncienne    Nouvelle\nvrai    vrai\n",
            // A shell script whose lines source files (`. /etc/…`).
            "Ajoutez à la fin du fichier :\n\nif [ -f /etc/bash_completion ] && ! shopt -oq posix; then\n    \
             . /etc/bash_completion\n  fi\nfi\n",
            "Le solde reste de 0.00 0.00 euros selon la banque, qui a confirmé le chiffre.",
            "La version 2.0.4-5 2.0.4-5 est celle du dépôt, a expliqué le mainteneur du paquet.",
            // Two lines of a program.
            "Le fichier de configuration se termine ainsi :\n\n  if [ -f /etc/a ]; then\n    . /etc/a\n  fi\nfi\n",
            // A terminal session is code, not prose.
            "Essayez la commande suivante :\n\n$ LANG=C  ls -l foo\n-rw-r--r-- 1 penguin penguin 0 Oct 16 foo\n",
            "Essayez la commande suivante dans un terminal :\n\n$ ls -l foo\n\
             -rw-r--r-- 1 penguin penguin 0 Oct 16 21:39 foo\n",
        ] {
            assert_eq!(stutters(t), Vec::<String>::new(), "{t}");
        }
    }

    /// A paragraph laid out line by line whose every line repeats the word of the line before
    /// (found by fuzzing: « a ⏎ a ⏎ … », 4 KB took seconds, 60 KB minutes): whether the paragraph
    /// is laid out is read once, not once per line end.
    /// The answers on a long input are checked here; the time is measured in
    /// `benches/rules.rs`.
    #[test]
    fn a_long_paragraph_of_repeated_lines_is_read_once() {
        for line in ["a\n", "fi\n", "le 1\n"] {
            let text = line.repeat(20_000);
            assert_eq!(stutters(&text), Vec::<String>::new(), "{line:?}");
        }
    }

    /// A long line whose every word comes back after two spaces (found by fuzzing: « a  a  a … »,
    /// 24 KB took 9 s): whether the line is a table row is read once, not once per word.
    /// The answers on a long input are checked here; the time is measured in
    /// `benches/rules.rs`.
    #[test]
    fn a_long_line_of_words_repeated_after_two_spaces_is_read_once() {
        let text = "a  ".repeat(30_000);
        assert_eq!(stutters(&text), Vec::<String>::new());
    }
}
