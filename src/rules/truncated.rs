//! `truncated`: text cut off at the end of a paragraph, a list item or a file: a last sentence
//! with no final punctuation that stops on a word that cannot end a sentence ("…la lutte contre
//! le"), a file that stops mid-sentence, or a scraper's "Lire la suite" / "Read more" / "[…]".

use super::{data, quote, DocCtx};
use crate::finding::Finding;

const CONTINUATIONS: &[&str] = &[
    "lire la suite",
    "read more",
    "continue reading",
    "continuer la lecture",
    "la suite",
    "lire plus",
    "pour en savoir plus",
    "en savoir plus",
    "voir plus",
    "[…]",
    "[...]",
    "(…)",
    "(...)",
];

/// Prompts that are also the end of ordinary sentences (« il a démissionné par la suite. », « on
/// veut en voir plus. », « lisez la charte pour en savoir plus. »): one of them is a prompt only when it stands apart, on its own line or
/// after a sentence end or a mark ([`PROMPT_MARKS`]; not a comma or a dash, which asides and
/// lists use: « attendent, avec inquiétude, la suite. »), or written as a link is, with a capital
/// (« …centre-ville La suite »).
const ALSO_PROSE: &[&str] = &[
    "la suite",
    "lire plus",
    "voir plus",
    "pour en savoir plus",
    "en savoir plus",
];

/// What a prompt that is also prose may follow.
const PROMPT_MARKS: &[char] = &['.', '!', '?', '…', ':', '|', '→', '>', '»', ']', ')'];

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let lang = data::language();
    let (stop, function_words) = match ctx.lang {
        "fr" => (&lang.cannot_end_sentence_fr, &lang.fr_function_words),
        "en" => (&lang.cannot_end_sentence_en, &lang.en_function_words),
        _ => return,
    };
    let doc = ctx.doc;
    cut_list_items(ctx, stop, out);
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let text = doc.slice(para.span);
        let lower = super::words::lower(text);
        let tail = lower
            .trim_end()
            .trim_end_matches(['.', ' ', '\u{a0}', '»', '→', '>']);
        let continuation = CONTINUATIONS.iter().find(|c| {
            tail.strip_suffix(*c)
                .is_some_and(|head| !head.ends_with(char::is_alphanumeric))
        });
        if let Some(c) = continuation {
            let r = ctx.paragraph_words(p);
            let n = c
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            if r.len() <= n {
                continue; // a prompt on its own is `boilerplate`
            }
            // An elision alone on the last line of a listing is the author's (a configuration
            // file or a command's output shown in part), not a scraper's cut.
            if n == 0 {
                let body = text.trim_end();
                let cut = body.rfind(['\n', '\r']).unwrap_or(0);
                let listing = &body[..cut];
                // Laid out line by line, and not French prose wrapped short (« … des
                // retraites ⏎ aux syndicats, qui ont aussitôt ⏎ […] » is a cut).
                let laid_out = super::laid_out(listing) && !ctx.french_sentence_at(para.span.start);
                if cut > 0
                    && CONTINUATIONS.contains(&body[cut..].trim())
                    && (crate::text::looks_like_code(listing) || laid_out)
                {
                    continue;
                }
            }
            if ALSO_PROSE.contains(c) {
                let first = &ctx.words[r.end - n];
                let raw_before = &doc.text[para.span.start..first.span.start];
                let before = raw_before.trim_end();
                let apart = before.is_empty()
                    || raw_before[before.len()..].contains('\n')
                    || before.ends_with(PROMPT_MARKS);
                if !first.is_capitalised(doc) && !apart {
                    continue;
                }
            }
            let span = if n == 0 {
                para.span
            } else {
                crate::corpus::Span::new(ctx.words[r.end - n].span.start, para.span.end)
            };
            out.push(ctx.finding(
                "truncated",
                span,
                format!(
                    "« {} »: the text was cut off by the scraper",
                    quote(doc, span)
                ),
                Some("restore the rest of the text or delete the prompt".into()),
            ));
            continue;
        }
        let last_char = crate::text::last_base(text.trim_end());
        if !last_char.is_some_and(char::is_alphabetic) {
            continue;
        }
        let r = ctx.paragraph_words(p);
        if r.len() < 4 {
            continue;
        }
        // A sentence that goes on in a code sample or a command (« identique à un appel à »,
        // then `strtol(nptr, NULL, 10);`) is not cut. A next paragraph that reads as a command
        // but opens on two words of a sentence (« sommes de contrôle : --ignore-missing … »)
        // is the rest of a sentence cut by a blank line.
        if ctx.code.get(p + 1).copied().unwrap_or(false)
            && !goes_on_in_words(ctx, p + 1, function_words)
        {
            continue;
        }
        let last = &ctx.words[r.end - 1];
        if LEAD_TO_A_NAME.contains(&last.lower.as_str())
            && name_follows(ctx, p + 1)
            && ctx.about_computing()
        {
            continue;
        }
        // A last word in capitals is an acronym (« Falcot SA », « Windows 95/98/ME »), and one
        // after a dot or a slash the end of a file's name (« un fichier .te »), not a word.
        let capitals = |w: &super::words::Word| {
            let raw = w.raw(doc);
            raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !raw.chars().any(char::is_lowercase)
        };
        // A headline in capitals (« … CONTRE LA ») is no acronym.
        let acronym = capitals(last) && !(r.end >= 2 && capitals(&ctx.words[r.end - 2]));
        if acronym || doc.text[..last.span.start].ends_with(['.', '/']) {
            continue;
        }
        // The last three words at most.
        let span = ctx.span(r.end.saturating_sub(3).max(r.start), r.end - 1);
        let (why, help) = if stops_short(ctx, stop, r.start, r.end) {
            (
                format!(
                    "the text stops on « {} », which cannot end a sentence",
                    last.raw(doc)
                ),
                "restore the end of the sentence",
            )
        } else if p + 1 == doc.paragraphs.len() && cut_at_end_of_file(ctx, p) {
            (
                "the file ends in the middle of a sentence".to_string(),
                "restore the end of the text",
            )
        } else {
            continue;
        };
        out.push(ctx.finding(
            "truncated",
            span,
            format!("« {} »: {why}", quote(doc, span)),
            Some(help.into()),
        ));
    }
}

/// Whether the last paragraph of the file, `p`, stops in the middle of a sentence: after a
/// sentence of its own of four words or more has ended (it is prose, not a title, a signature or
/// a list of words), its last sentence has five words or more, with a function word of the
/// language and no bar of links, and stops on a word in lower case with no punctuation (« … En cas d'ingestion accidentelle, contactez »,
/// « … Les joueurs qui n'auront pas »). Not a paragraph laid out line by line or read as code.
fn cut_at_end_of_file(ctx: &DocCtx, p: usize) -> bool {
    let doc = ctx.doc;
    let para = &doc.paragraphs[p];
    let text = doc.slice(para.span).trim_end();
    let Some(last_sentence) = para.sentences.last() else {
        return false;
    };
    // The last token a word of letters: not a web address or a file name (« … utilité publique
    // – www.horizons-partages.org »).
    let last_token = text.split_whitespace().last().unwrap_or_default();
    if para.sentences.len() < 2
        || ctx.code[p]
        || super::laid_out(text)
        || !text.ends_with(|c: char| c.is_lowercase())
        || !last_token
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
    {
        return false;
    }
    let all = &ctx.words[ctx.paragraph_words(p)];
    let ws: Vec<&super::words::Word> = all
        .iter()
        .filter(|w| w.span.start >= last_sentence.start)
        .collect();
    // A sentence of four words or more before it: prose, not a heading's number (« Chapitre 5.
    // Logiciels disponibles sur un système Debian », the link to the next chapter).
    let prose_before = para.sentences[..para.sentences.len() - 1].iter().any(|s| {
        all.iter()
            .filter(|w| w.span.start >= s.start && w.span.end <= s.end)
            .count()
            >= 4
    });
    let lang = data::language();
    let function = |w: &&&super::words::Word| match ctx.lang {
        "fr" => lang.fr_function_words.contains(&w.lower),
        _ => lang.en_function_words.contains(&w.lower),
    };
    // A bar of links (« Se désinscrire | Gérer mes préférences ») is no sentence.
    let links = doc.slice(*last_sentence).contains(['|', '·', '•']);
    prose_before
        && !links
        && ws.len() >= 5
        && ws.last().is_some_and(|w| !w.is_capitalised(doc))
        && ws.iter().any(|w| function(&w))
}

/// Lines of a list (opening on `•`, `-`, `*`, `–`, `—` or a number and `.` or `)`) cut before the
/// next item: the line stops on a word that cannot end a sentence (« • … un léger hématome au
/// point de ⏎ • Chaque visite dure… »). The last line of a paragraph is the paragraph's end,
/// judged with it.
fn cut_list_items(ctx: &DocCtx, stop: &super::data::WordSet, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let text = doc.slice(para.span);
        if !text.contains(['\n', '\r']) || ctx.code[p] {
            continue;
        }
        let lines: Vec<(usize, &str)> = super::lines_of(doc, para.span)
            .into_iter()
            .map(|l| (l.start, doc.slice(l)))
            .collect();
        let r = ctx.paragraph_words(p);
        for pair in lines.windows(2) {
            let ((start, line), (_, next)) = (pair[0], pair[1]);
            if !super::list_item(line)
                || !super::list_item(next)
                || !line.ends_with(char::is_alphabetic)
            {
                continue;
            }
            let end = start + line.len();
            let ws = &ctx.words[r.clone()];
            let a = ws.partition_point(|w| w.span.start < start) + r.start;
            let b = ws.partition_point(|w| w.span.end <= end) + r.start;
            if b < a + 4 || !stops_short(ctx, stop, a, b) {
                continue;
            }
            let span = ctx.span((b - 3).max(a), b - 1);
            out.push(ctx.finding(
                "truncated",
                span,
                format!(
                    "« {} »: the item stops on « {} », which cannot end a sentence",
                    quote(doc, span),
                    ctx.words[b - 1].raw(doc)
                ),
                Some("restore the end of the sentence".into()),
            ));
        }
    }
}

/// Whether the words `a..b` stop on a word that cannot end a sentence: a word of `stop` (« de »,
/// « que »), an article after a conjunction or a preposition (« un maillot de bain et une »), a
/// negated auxiliary with no participle (« les juges d'appel n'ont pas »; not « d'autres ne
/// l'ont pas », whose pronoun stands for the participle), or « ce qui » with no verb.
fn stops_short(ctx: &DocCtx, stop: &super::data::WordSet, a: usize, b: usize) -> bool {
    let ws = &ctx.words[a..b];
    let lower = |k: usize| ws.len().checked_sub(k).map(|i| ws[i].lower.as_str());
    let Some(last) = lower(1) else { return false };
    if stop.contains(last) {
        return true;
    }
    if ctx.lang != "fr" {
        return false;
    }
    // Not « un par un », « une à une », nor « pour un » (« tous pour un », « deux pour un »).
    let article = matches!(last, "un" | "une")
        && lower(2).is_some_and(|w| {
            matches!(
                w,
                "et" | "ou" | "avec" | "sans" | "par" | "sur" | "dans" | "à"
            )
        })
        && lower(3) != Some(last);
    // Not in a relative or a completive with no object (« ceux qui n'ont pas », « ce que le
    // yoga n'est pas », « ce qu'elle n'est plus »).
    let in_relative = (4..=6).any(|k| matches!(lower(k), Some("qui" | "que" | "qu'")));
    let negated = matches!(last, "pas" | "plus" | "jamais")
        && lower(2).is_some_and(|w| {
            super::missing_auxiliary::avoir_or_etre(w) && !matches!(w, "été" | "eu" | "étant")
        })
        && matches!(lower(3), Some("n'" | "ne"))
        && !in_relative;
    // A relative « qui » with no verb (« … à certaines taxes, ce qui »).
    let relative = last == "qui"
        && lower(2).is_some_and(|w| matches!(w, "ce" | "celui" | "celle" | "ceux" | "celles"));
    // A subject pronoun with no verb after a conjunction or a word of question (« … et depuis
    // quand ils », « parce qu'ils »): not one hooked on its verb by a hyphen (« dit-il »), nor a
    // pronoun named as a word (« le pronom on », « l'art de dire tu », « position on »); not
    // « tu » (also the participle of « taire »), « elle », « nous », « vous » (also stressed:
    // « pour elle »).
    let subject = matches!(last, "il" | "ils" | "on" | "je")
        && lower(2).is_some_and(|w| {
            matches!(
                w,
                "et" | "ou"
                    | "mais"
                    | "quand"
                    | "lorsque"
                    | "lorsqu'"
                    | "si"
                    | "comme"
                    | "où"
                    | "que"
                    | "qu'"
                    | "car"
                    | "puisque"
                    | "puisqu'"
                    | "parce"
                    | "comment"
                    | "pourquoi"
                    | "dont"
            )
        })
        && {
            let gap = &ctx.doc.text[ws[ws.len() - 2].span.end..ws[ws.len() - 1].span.start];
            gap == " " || gap == "\u{a0}" || gap.is_empty() && lower(2).is_some_and(|w| w.ends_with('\''))
        }
        // « set logging on » is a command.
        && ctx.french_sentence_at(ws[ws.len() - 1].span.start);
    article || negated || relative || subject
}

/// Prepositions after which a manual names what to act on (« cliquez sur », « dans »,
/// « à partir de »): a sentence that stops on one of them may go on in a name of its own.
const LEAD_TO_A_NAME: &[&str] = &["sur", "dans", "de", "à", "par", "en", "via"];

/// Whether paragraph `p` is a name that the sentence before it goes on in (asked in a document
/// about computing only: in an article, a cut sentence is often followed by a heading that opens
/// on a noun, « … devant le siège de ⏎⏎ Mobilisation record à Marseille »): a manual shows an
/// icon, a button or a field, then its label on a line of its own (« Dans la barre Standard,
/// cliquez sur ⏎⏎ Navigateur pour document - Présentation »). One line of at most eight words
/// that opens on a capitalised word that is not a function word (a heading opens with one: « … contre
/// le ⏎⏎ Une réforme contestée »), with no sentence end, and no scraper's prompt (« … contre le
/// ⏎⏎ Lire aussi » is a cut).
fn name_follows(ctx: &DocCtx, p: usize) -> bool {
    let Some(para) = ctx.doc.paragraphs.get(p) else {
        return false;
    };
    let text = ctx.doc.slice(para.span).trim();
    let r = ctx.paragraph_words(p);
    let Some(first) = ctx.words.get(r.start).filter(|_| !r.is_empty()) else {
        return false;
    };
    let lang = data::language();
    r.len() <= 8
        && !text.contains(['\n', '\r'])
        && !text.ends_with(['.', '!', '?', '…', ':', ';', ','])
        && first.is_capitalised(ctx.doc)
        && !lang.fr_function_words.contains(&first.lower)
        && !lang.en_function_words.contains(&first.lower)
        && super::boilerplate::kinds(&ctx.data.boilerplate, ctx.doc, &ctx.words[r]).is_none()
}

/// Whether paragraph `p` opens on a word in lower case and a function word, both plain words
/// (« sommes de contrôle »): the rest of a sentence, not a command or a code sample.
fn goes_on_in_words(ctx: &DocCtx, p: usize, function_words: &super::data::WordSet) -> bool {
    let r = ctx.paragraph_words(p);
    if r.len() < 2 {
        return false;
    }
    let (a, b) = (&ctx.words[r.start], &ctx.words[r.start + 1]);
    let text = ctx.doc.text.as_str();
    let plain = |w: &super::words::Word| {
        let raw = w.raw(ctx.doc);
        raw.chars().all(char::is_alphabetic)
            && text[w.span.end..].starts_with(' ')
            && (w.span.start == 0 || text[..w.span.start].ends_with([' ', '\n']))
    };
    a.lower == a.raw(ctx.doc) && plain(a) && plain(b) && function_words.contains(&b.lower)
}

#[cfg(test)]
mod tests {
    fn truncated(text: &str) -> Vec<String> {
        super::super::messages_of("truncated", text)
    }

    #[test]
    fn an_article_after_a_conjunction_a_negated_auxiliary_and_ce_qui_cannot_end() {
        for (t, word) in [
            ("À prévoir :\n- Une lampe de poche\n- Un maillot de bain et une\n- Une casquette\n\nMerci.", "une"),
            ("La Cour relève que les juges d'appel n'ont pas\n\nLa suite de l'arrêt porte sur les frais.", "pas"),
            ("La TVA s'applique à l'énergie et à certaines taxes, ce qui\n\nLe taux figure sur la facture.", "qui"),
            ("À noter :\n- Notez les symptômes observés et depuis quand ils\n- Apportez le carnet.", "ils"),
            ("Le problème, c'est qu'ils\n\nLa suite de l'article.", "ils"),
        ] {
            let got = truncated(t);
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert!(got[0].contains(&format!("stops on « {word} »")), "{got:?}");
        }
        for t in [
            // An idiom, a pronoun standing for the participle, a numeral pronoun.
            "Les notes sont ajoutées une par une\n\nLa partition suit.",
            "Certains ont signé, d'autres ne l'ont pas\n\nLa suite suit.",
            "Des places restent libres, il en reste une\n\nLa suite suit.",
            "Ce que le yoga n'est pas\n\nLa suite suit.",
            "Il y a ceux qui ont et ceux qui n'ont pas\n\nLa suite suit.",
            "Ce qu'elle est et ce qu'elle n'est plus\n\nLa suite suit.",
            "Un pour tous et tous pour un\n\nLa suite suit.",
            // A subject hooked on its verb, a stressed pronoun, a command.
            "Qu'en pense le maire et qu'en dit-il\n\nLa suite suit.",
            "Nous avons gardé une place pour elle\n\nLa suite suit.",
            "obtenir une trace des appels\n\n(gdb) set logging on\n\nécrire la trace dans un fichier",
            "Accord du participe passé avec le pronom on\n\nLa suite suit.",
            "Le tutoiement, ou l'art de dire tu\n\nLa suite suit.",
            "Le nom de la victime, volontairement tu\n\nLa suite suit.",
            "Interrupteur général : position on\n\nLa suite suit.",
            "Qu'en pense le maire et qu'en dit-il\n\nLa suite suit.",
            "Nous partirons demain et-il\n\nLa suite suit.",
        ] {
            assert_eq!(truncated(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_list_item_cut_before_the_next_and_a_file_that_stops_mid_sentence_are_found() {
        // (A blank line in the file: its paragraphs are not one a line.)
        let list = "Informations pratiques\n\nDéroulement des visites :\n\
                    • Les prises de sang peuvent entraîner un léger hématome au point de\n\
                    • Chaque visite dure environ deux heures.\n\
                    • Vos frais de transport sont remboursés.";
        assert_eq!(
            truncated(list),
            vec!["« au point de »: the item stops on « de », which cannot end a sentence"]
        );
        let end = "Le format JPEG aplatit l'image : tous les calques sont fusionnés. Pensez à \
                   garder une copie de vos projets importants ; le fichier sera";
        assert_eq!(
            truncated(end),
            vec!["« le fichier sera »: the file ends in the middle of a sentence"]
        );
        for t in [
            // Items that end without punctuation but whole; the link to the next chapter; a
            // bar of links; a signature; a title line after a sentence.
            "Ingrédients :\n- deux œufs frais\n- un verre de lait entier\n- une pincée de sel",
            "Il faut installer le paquet avant tout.\n\nChapitre 5. Logiciels disponibles sur un système Debian",
            "Vous recevez ce courriel car vous êtes inscrite à notre lettre. Se désinscrire | Gérer mes préférences",
            "Merci de votre fidélité et à très bientôt.\n\nL'équipe Prana",
            "Fondation reconnue d'utilité publique. Plus d'informations sur le site de la \
             fondation www.horizons-partages.org",
        ] {
            assert_eq!(truncated(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_prompt_that_is_also_prose_must_stand_apart() {
        for prose in [
            "Le ministre a démissionné quelques semaines plus tard et a quitté la vie politique par la suite.",
            "Les spectateurs ont applaudi longuement et ils ont demandé à en voir plus.",
            "Les habitants attendent désormais, avec une certaine inquiétude, la suite.",
            "Les habitants du quartier attendent — impatiemment — la suite.",
        ] {
            assert_eq!(truncated(prose), Vec::<String>::new(), "{prose}");
        }
        for prompt in [
            "Le maire a présenté le nouveau plan de circulation aux habitants. La suite",
            "Le maire a présenté le nouveau plan de circulation aux habitants La suite",
            "Le maire a présenté le nouveau plan de circulation aux habitants → la suite",
            "Le maire a présenté le nouveau plan de circulation aux habitants\nla suite",
            "Le maire a présenté le nouveau plan de circulation aux habitants Lire la suite",
        ] {
            assert_eq!(truncated(prompt).len(), 1, "{prompt}");
        }
    }

    #[test]
    fn a_sentence_that_goes_on_in_a_name_of_its_own_is_not_cut() {
        let intro = super::super::MANUAL_INTRO;
        for t in [
            "Dans la barre Standard, cliquez sur\n\nNavigateur pour document - Présentation",
            "La traduction de cette page a été faite par\n\nChristophe Martin <cm@example.org>",
            "Pour imprimer le plan, cliquez dans\n\nAperçu avant impression\n\nLa page s'ouvre.",
        ] {
            let t = format!("{intro}{t}");
            assert_eq!(truncated(&t), Vec::<String>::new(), "{t:?}");
        }
        for t in [
            // A heading after the cut opens with a function word; a prompt; a sentence; a
            // determiner or a conjunction is not followed by a name; a name of nine words.
            "Les autorités ont annoncé de nouvelles mesures sur\n\nUne réforme contestée",
            "Les autorités ont annoncé de nouvelles mesures sur\n\nLire aussi",
            "Les autorités ont annoncé de nouvelles mesures sur\n\nSyndicats et patronat ont répondu.",
            "Les autorités ont annoncé de nouvelles mesures contre la\n\nRéforme des retraites",
            "Les autorités ont annoncé de nouvelles mesures et\n\nRéforme des retraites",
            "Dans la barre Standard, cliquez sur\n\nNavigateur pour document de la présentation du projet de loi",
        ] {
            let t = format!("{intro}{t}");
            assert_eq!(truncated(&t).len(), 1, "{t:?}");
        }
        // In an article, a heading that opens on a noun may follow a cut sentence.
        let news = "Le cortège est parti de la gare vers dix heures.\n\n\
                    Les manifestants se sont rassemblés jeudi matin devant le siège de\n\n\
                    Mobilisation record dans les rues de Marseille";
        assert_eq!(truncated(news).len(), 1, "{news:?}");
    }

    #[test]
    fn an_acronym_a_file_name_and_a_listing_cut_by_its_author_end_nothing() {
        for t in [
            "Reportez-vous à la charte du projet pour en savoir plus.",
            "Figure 2.1. Aperçu global du réseau de Falcot SA",
            "14.5.4.3. Rédiger un fichier .te",
            "# Enable SASL authentication\nsmtpd_sasl_auth_enable = yes\n[...]",
        ] {
            // After a paragraph of French, so that the document reads as French.
            let t =
                format!("Ce chapitre présente le réseau de l'entreprise et ses serveurs.\n\n{t}");
            assert_eq!(truncated(&t), Vec::<String>::new(), "{t}");
        }
        for t in [
            "Les autorités ont annoncé de nouvelles mesures contre sa",
            "Le gouvernement a présenté sa réforme des retraites aux syndicats […]",
            "La figure montre le réseau de la société et sa",
            // A headline in capitals, prose cut and wrapped, the prompt of a link.
            "LES SYNDICATS APPELLENT À LA GRÈVE CONTRE LA",
            "Le gouvernement a présenté sa réforme des retraites\naux syndicats, qui ont aussitôt\n[…]",
            "Le maire a inauguré la médiathèque mardi. Pour en savoir plus",
        ] {
            let t =
                format!("Ce chapitre présente le réseau de l'entreprise et ses serveurs.\n\n{t}");
            assert_eq!(truncated(&t).len(), 1, "{t}");
        }
    }
}
