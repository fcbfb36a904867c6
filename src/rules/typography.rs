//! `typography`: mixed apostrophe styles (’ and ') or double-quote styles (« », “ ”, " ")
//! within one document, a sign of pasted or machine-translated text, and quotation marks that
//! do not pair.

use super::DocCtx;
use crate::corpus::Span;
use crate::finding::Finding;

/// Reports a document that uses two styles or more of `what`: the first occurrence of each style
/// but the most used one (where the other text starts: a pasted passage), with the counts (a
/// pair of straight quotes counts once, as a pair of « » does). The
/// advice is the style to use throughout: in a French document, `french` (the French
/// typographer's « » and ’) even where most of the document uses another (a French proofreader
/// asks for « » and ’, not for the majority's " " or '); in another language, the majority's.
fn report(
    ctx: &DocCtx,
    what: &str,
    styles: &[(&str, Vec<usize>)],
    french: &str,
    out: &mut Vec<Finding>,
) {
    let used: Vec<&(&str, Vec<usize>)> = styles.iter().filter(|(_, v)| !v.is_empty()).collect();
    if used.len() < 2 {
        return;
    }
    // The style the others are reported against: the most used one; on a tie, the French one
    // in a French document, else the first listed.
    let main = used
        .iter()
        .rev()
        .max_by_key(|(s, v)| (v.len(), ctx.lang == "fr" && *s == french))
        .expect("two styles or more");
    let advice = if ctx.lang != "fr" || main.0 == french {
        format!("use {} throughout", main.0)
    } else {
        let others: Vec<&str> = used.iter().map(|u| u.0).filter(|&s| s != french).collect();
        format!(
            "use {french} throughout (French typography), not {}",
            others.join(" or ")
        )
    };
    let counts: Vec<String> = used
        .iter()
        .map(|(s, v)| format!("{} × {s}", v.len()))
        .collect();
    for (s, v) in used.iter().filter(|u| u.0 != main.0) {
        let at = v[0];
        let len = ctx.doc.text[at..].chars().next().map_or(1, char::len_utf8);
        out.push(ctx.finding(
            "typography",
            Span::new(at, at + len),
            format!(
                "mixed {what} styles in the document ({}): first {s} here",
                counts.join(", ")
            ),
            Some(advice.clone()),
        ));
    }
}

/// Whether the straight quote at byte `i` belongs to a command written in a sentence: an option
/// (« --global », « -m ») stands before it on its line, at most 60 bytes back, with no sentence
/// end between (a dotted name, « user.name », is none).
fn in_command(text: &str, i: usize) -> bool {
    let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
    let mut from = i.saturating_sub(60).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..i];
    // « --global », or one letter after one dash (« -m »): « -fort discuté- » is an aside.
    let option_at = |k: usize| {
        let rest = &before[k..];
        let long =
            rest.starts_with("--") && rest[2..].starts_with(|c: char| c.is_ascii_alphabetic());
        let short = !rest.starts_with("--")
            && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic())
            && rest[2..].starts_with([' ', '=']);
        (long || short) && (k == 0 || before[..k].ends_with(' '))
    };
    let last_option = before
        .match_indices('-')
        .map(|(k, _)| k)
        .rfind(|&k| option_at(k));
    last_option.is_some_and(|k| !before[k..].contains(['!', '?']) && !before[k..].contains(". "))
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let text = &ctx.doc.text;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let (mut straight, mut curly) = (Vec::new(), Vec::new());
    let (mut guillemets, mut english, mut dumb) = (Vec::new(), Vec::new(), Vec::new());
    // The last character before this one that is not a combining mark: the letter itself when
    // it is written decomposed.
    let mut before: Option<char> = None;
    // Paragraphs that read as code (quotes and apostrophes of a program) are not counted.
    let mut code = ctx
        .doc
        .paragraphs
        .iter()
        .zip(&ctx.code)
        .filter(|(_, &c)| c)
        .map(|(p, _)| p.span)
        .peekable();
    // Whether the sentence at a byte is English, computed once a sentence.
    let mut english_sentences: Vec<Option<bool>> =
        vec![None; ctx.words.last().map_or(0, |w| w.sentence as usize + 1)];
    let mut english_at = |i: usize| {
        let w = ctx.words.partition_point(|w| w.span.end <= i);
        ctx.words.get(w).is_some_and(|w| {
            *english_sentences[w.sentence as usize]
                .get_or_insert_with(|| ctx.english_sentence_at(i))
        })
    };
    // The paragraph of the « » quotation open at this point, if any: “ ” inside « » are the
    // quotation marks of a quotation within a quotation, as French typography writes it
    // (« Il m'a dit : “ Viens voir ” », Imprimerie nationale), no other style.
    let paragraph_at = |i: usize| ctx.doc.paragraphs.partition_point(|p| p.span.end <= i);
    let mut open_guillemet: Option<usize> = None;
    let mut dumb_seen = 0usize;
    for (k, &(i, c)) in chars.iter().enumerate() {
        while code.next_if(|s| s.end <= i).is_some() {}
        if code.peek().is_some_and(|s| s.start <= i) {
            continue;
        }
        let between_letters = before.is_some_and(char::is_alphabetic)
            && chars.get(k + 1).is_some_and(|x| x.1.is_alphabetic());
        let after_digit = before.is_some_and(|b| b.is_ascii_digit());
        if !crate::text::is_mark(c) {
            before = Some(c);
        }
        if !matches!(c, '\'' | '’' | '«' | '»' | '“' | '"') {
            continue;
        }
        let nested = match c {
            '«' => {
                open_guillemet = Some(paragraph_at(i));
                false
            }
            '»' => {
                open_guillemet = None;
                continue;
            }
            '“' => open_guillemet == Some(paragraph_at(i)),
            _ => false,
        };
        // In a French document, an English sentence left untranslated keeps its own typography
        // (« What's new », "won't"): it is `language-switch`'s finding, not a mixed style.
        if ctx.lang == "fr" && english_at(i) {
            continue;
        }
        match c {
            '\'' if between_letters => straight.push(i),
            '’' if between_letters => curly.push(i),
            '«' => guillemets.push(i),
            '“' if !nested => english.push(i),
            // A pair of straight quotes is one quotation: the opening ones are counted. Not in a
            // command quoted in a sentence (« Lancez git config --global user.name "Votre Nom" »).
            '"' if in_command(text, i) => {}
            // A quotation does not open right after a number: « un écran de 16" » is inches.
            '"' if after_digit && dumb_seen % 2 == 0 => {}
            '"' => {
                if dumb_seen % 2 == 0 {
                    dumb.push(i);
                }
                dumb_seen += 1;
            }
            _ => {}
        }
    }
    report(
        ctx,
        "apostrophe",
        &[("’", curly), ("'", straight)],
        "’",
        out,
    );
    report(
        ctx,
        "quotation mark",
        &[("« »", guillemets), ("“ ”", english), ("\" \"", dumb)],
        "« »",
        out,
    );
    unpaired_quotes(ctx, out);
}

/// Quotation marks that do not pair: a « » quotation opened and never closed in its paragraph
/// (« Cliquez sur « Signaler dans Outlook. »), and a quotation opened with one style and closed
/// with another (`"PAIR »`, `« Ne jamais synchroniser "`). A quotation that goes on in the next
/// paragraph is none: French typography opens each of its paragraphs with « (or ») and closes
/// it once, at its end, and a quotation may also run over a blank line to its ». A straight quote
/// opens after a space, a bracket or a dash, or at the start, before a word, and closes after a
/// word before a space or a mark; glued on both sides (code: `attribute="value"`), it closes an
/// open straight quote and opens one otherwise; one after a figure is inches (« 16" ») and one after a backslash is escaped (`\"`),
/// and a mark alone between « and » is quoted as a character (« " », « « »). A straight quote
/// left open inside « » is a stray mark (`« "r+ »`). Not in paragraphs that read as code, nor an
/// unclosed « in a paragraph laid out line by line (a table of characters).
fn unpaired_quotes(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let ps = &doc.paragraphs;
    // The first byte of each paragraph that is not white space.
    let first = |p: usize| {
        let t = doc.slice(ps[p].span);
        t.trim_start().chars().next()
    };
    // Whether paragraph `p` closes a quotation it did not open: a » before any «.
    let closes_earlier = |p: usize| {
        let t = doc.slice(ps[p].span);
        match (t.find('»'), t.find('«')) {
            (Some(c), Some(o)) => c < o,
            (Some(_), None) => true,
            _ => false,
        }
    };
    let snippet_end =
        |at: usize, end: usize| crate::corpus::floor_char_boundary(&doc.text, (at + 60).min(end));
    let markdown = std::path::Path::new(&doc.path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    let mut carried = false;
    for (p, para) in ps.iter().enumerate() {
        if ctx.code[p] {
            carried = false;
            continue;
        }
        let text = doc.slice(para.span);
        let dialogue_line = |q: usize| matches!(first(q), Some('—' | '–'));
        // Most paragraphs hold no quotation mark: nothing to pair.
        if !text.contains(['«', '»', '"']) {
            carried = carried && dialogue_line(p) && p + 1 < ps.len();
            continue;
        }
        let lead = text.len() - text.trim_start().len();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut open: Vec<(usize, char)> = Vec::new();
        // Inline code between backquotes in Markdown (`"`, `sed -e "s/«/\"/g"`) is not prose;
        // in plain text a backquote is a mark of its own (« ` », ``TeX quotes'').
        let mut in_code = false;
        let mut bad: Vec<(usize, String)> = Vec::new();
        // A mark quoted as a character, alone between « and » (« " », « « »).
        let quoted_mark = |k: usize| {
            let before = chars[..k].iter().rev().find(|x| !x.1.is_whitespace());
            let after = chars[k + 1..].iter().find(|x| !x.1.is_whitespace());
            k > 0
                && chars[k - 1].1.is_whitespace()
                && chars.get(k + 1).is_some_and(|x| x.1.is_whitespace())
                && before.is_some_and(|x| x.1 == '«')
                && after.is_some_and(|x| x.1 == '»')
        };
        for (k, &(i, c)) in chars.iter().enumerate() {
            let at = para.span.start + i;
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            if c == '`' && markdown && !quoted_mark(k) {
                in_code = !in_code;
            }
            if in_code || matches!(c, '«' | '»' | '"') && quoted_mark(k) {
                continue;
            }
            match c {
                '«' if i == lead && carried => {} // the quotation goes on
                '«' => open.push((at, '«')),
                '»' if i == lead && carried => {}
                '»' => match open.last() {
                    // A straight quote inside a « » quotation, never closed (« "r+ »): a stray
                    // mark.
                    Some(&(o, '"')) if open.len() >= 2 && open[open.len() - 2].1 == '«' => {
                        bad.push((o, "a stray \" inside a « » quotation".into()));
                        open.truncate(open.len() - 2);
                    }
                    Some(&(o, '"')) => {
                        bad.push((o, "a quotation opened with \" and closed with »".into()));
                        open.pop();
                    }
                    Some(_) => {
                        open.pop();
                    }
                    None => carried = false,
                },
                // Inches after a figure (unless a straight quotation is open: « "VAL3" »), an
                // escaped quote after a backslash.
                '"' if prev.is_some_and(|b| b == '\\')
                    || (prev.is_some_and(|b| b.is_ascii_digit())
                        && open.last().is_none_or(|&(_, m)| m != '"')) => {}
                '"' => {
                    // Opening after a space or a bracket before a word, closing after a word
                    // before a space or a mark; glued to words on both sides (code:
                    // `attribute="value"`, `~n"apt"`), it closes an open straight quote and
                    // opens one otherwise.
                    let open_side = prev.is_none_or(|b| b.is_whitespace() || "([{—–-«".contains(b));
                    let close_side =
                        next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}»…".contains(n));
                    let opens = match (open_side, close_side) {
                        (true, false) => true,
                        (false, true) => false,
                        _ => open.last().is_none_or(|&(_, m)| m != '"'),
                    };
                    if opens {
                        open.push((at, '"'));
                    } else {
                        match open.last() {
                            Some(&(_, '"')) => {
                                open.pop();
                            }
                            Some(&(o, '«')) => {
                                bad.push((
                                    o,
                                    "a quotation opened with « and closed with \"".into(),
                                ));
                                open.pop();
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        // A quotation carried over from an earlier paragraph goes on through the lines of a
        // dialogue (« « Bonjour, dit-il. ⏎⏎ — Bonjour, répondit-elle. ⏎⏎ — Très bien. » »).
        carried = carried && dialogue_line(p) && p + 1 < ps.len();
        // A table of characters laid out line by line lists « as itself (« « GUILLEMET
        // GAUCHE »); one » may close two quotations at the end of a paragraph, as French
        // typography allows (« Il m'a dit : « Va-t'en ! » »).
        let table = super::laid_out(text);
        let nested_closed = open.len() == 1 && text.trim_end().ends_with('»');
        for &(o, mark) in &open {
            if mark != '«' || table || nested_closed {
                continue;
            }
            let goes_on = p + 1 < ps.len()
                && (matches!(first(p + 1), Some('«' | '»' | '—' | '–')) || closes_earlier(p + 1));
            if goes_on {
                carried = true;
            } else {
                bad.push((o, "« opened and not closed in its paragraph".into()));
            }
        }
        bad.sort();
        for (o, why) in bad {
            let end = snippet_end(o, para.span.end);
            out.push(ctx.finding(
                "typography",
                Span::new(o, end.max(o + 1)),
                format!(
                    "« {} »: {why}",
                    crate::text::shorten(doc.text[o..end].trim_end(), 60)
                ),
                Some("close the quotation with the mark that opened it".into()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    fn typography(text: &str) -> Vec<String> {
        super::super::messages_of("typography", text)
    }

    #[test]
    fn inline_code_in_markdown_is_not_prose() {
        let text = "Écrivez « `\"` » dans le champ, puis lancez `sed -e \"s/«/x/g\"`.\n";
        let corpus = crate::corpus::Corpus::from_texts([("a.md", text)]);
        let opts = crate::CheckOptions {
            select: vec!["typography".into()],
            ..Default::default()
        };
        let found: Vec<String> = crate::check(&corpus, &opts)
            .findings
            .into_iter()
            .map(|f| f.message)
            .filter(|m| !m.starts_with("mixed"))
            .collect();
        assert_eq!(found, Vec::<String>::new());
        // In plain text, a backquote quoted as a character is no code.
        assert_eq!(
            typography("Quand « ` » est utilisée, la contre-oblique garde son sens.")
                .into_iter()
                .filter(|m| !m.starts_with("mixed"))
                .count(),
            0
        );
    }

    #[test]
    fn quotation_marks_that_do_not_pair_are_found() {
        let unpaired = |t: &str| -> Vec<String> {
            typography(t)
                .into_iter()
                .filter(|m| !m.starts_with("mixed"))
                .collect()
        };
        for (t, why) in [
            (
                "Cliquez sur « Signaler dans Outlook pour transmettre le message.",
                "« opened and not closed in its paragraph",
            ),
            (
                "L'écran affiche \"PAIR » pendant l'appairage.",
                "a quotation opened with \" and closed with »",
            ),
            (
                "Cochez « Ne jamais synchroniser les fichiers\" dans les réglages.",
                "a quotation opened with « and closed with \"",
            ),
            (
                "Le mode (« \"r+ », « w ») doit être choisi.",
                "a stray \" inside a « » quotation",
            ),
        ] {
            let found = unpaired(t);
            assert_eq!(found.len(), 1, "{t}: {found:?}");
            assert!(found[0].ends_with(why), "{t}: {found:?}");
        }
        for t in [
            // A quotation over several paragraphs, each opened again; one that runs over a
            // blank line to its close.
            "Il raconte : « Nous sommes partis à l'aube.\n\n« Le soir, nous étions arrivés. »",
            "Il raconte : « Nous sommes partis à l'aube.\n\nLe soir, nous étions arrivés. »",
            // Dialogue over several paragraphs; one » closing two quotations; inline code.
            "« Bonjour, dit-il.\n\n— Bonjour, répondit-elle.\n\n— Très bien, merci. »",
            "Il m'a dit : « Va-t'en, et ne dis jamais « adieu » ! »",
            // Quoted marks, escapes, code, inches, nesting.
            "Entourez les valeurs de « \" » et échappez-les par « \\\" ».",
            "Écrivez « attribute=\"value\" » ou « QUERY_STRING=\"VAR1=VAL1 VAR3=VAL3\" ».",
            "Un écran de 16\" suffit ; il a dit « je prends le \"grand\" modèle ».",
        ] {
            assert_eq!(unpaired(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn an_english_sentence_keeps_its_own_apostrophes() {
        let page = "L’outil s’ouvre depuis le menu de l’image et n’affiche qu’une fenêtre, \
                    dans laquelle on choisit la taille de la brosse et l’opacité du tracé.\n\n\
                    If you don't see the dialog, it's because the window is hidden.\n\n\
                    C’est l’option par défaut : elle convient à la plupart des images, mais \
                    on peut la modifier à tout moment depuis les préférences du logiciel.\n";
        assert_eq!(typography(page), Vec::<String>::new());
        // A French sentence with the other apostrophe is still a mixed style, also when it
        // quotes English at length.
        let mixed = format!("{page}\nIl faut l'activer d'abord.\n");
        assert_eq!(typography(&mixed).len(), 1, "{:?}", typography(&mixed));
        let quoting = format!(
            "{page}\nL'ex-président a écrit \"We will win and it will be the best deal ever\" sur son réseau.\n"
        );
        assert_eq!(typography(&quoting).len(), 1, "{:?}", typography(&quoting));
    }

    /// The findings of `text`: the text at each, its message and its suggestion.
    fn found(text: &str) -> Vec<(String, String, String)> {
        let corpus = crate::corpus::Corpus::from_texts([("a.txt", text)]);
        let opts = crate::CheckOptions {
            select: vec!["typography".into()],
            ..crate::CheckOptions::default()
        };
        crate::check(&corpus, &opts)
            .findings
            .iter()
            .map(|f| {
                let (a, b) = (f.location.start_byte, f.location.end_byte);
                let suggestion = f.suggestion.clone().unwrap_or_default();
                (text[a..b].to_string(), f.message.clone(), suggestion)
            })
            .collect()
    }

    #[test]
    fn the_quotes_of_a_command_in_a_sentence_are_the_command_s() {
        let text =
            "Kepler publia ses lois dans « Astronomia nova ». Il écrivit aussi « Somnium ».\n\n\
                    Lancez git config --global user.name \"Votre Nom\" pour indiquer votre nom.\n\n\
                    Validez avec git commit -m \"Premier envoi\" puis poussez.\n";
        assert_eq!(found(text), Vec::<(String, String, String)>::new());
        // An aside between dashes is no option; a sentence ends the command.
        for other in [
            "Le texte -fort discuté- parle de \"science-fiction\" avant l'heure.",
            "Il lança git pull -r. Puis il cita \"Somnium\" encore.",
        ] {
            let text = format!(
                "Kepler publia ses lois dans « Astronomia nova ». Il écrivit aussi « Somnium ».\n\n{other}\n"
            );
            assert_eq!(found(&text).len(), 1, "{other}: {:?}", found(&text));
        }
    }

    #[test]
    fn a_straight_quote_after_a_number_is_inches() {
        let text =
            "Kepler publia ses lois dans « Astronomia nova ». Il écrivit aussi « Somnium ».\n\n\
                    Le sac accueille un ordinateur jusqu'à 16\" et une tablette de 11\".\n";
        assert_eq!(found(text), Vec::<(String, String, String)>::new());
        // A quotation that ends on a number is still one.
        let quoted = format!("{text}\nIl répondit \"nous serons 12\" sans hésiter.\n");
        assert_eq!(found(&quoted).len(), 1, "{:?}", found(&quoted));
    }

    #[test]
    fn a_pair_of_straight_quotes_counts_once() {
        // Two « » quotations and one "…": the straight quotes are the other style, pointed at.
        let text = "Kepler publia ses lois dans « Astronomia nova ». Il écrivit aussi un récit \
                    de voyage lunaire, « Somnium ».\n\n\
                    On y voit parfois le premier texte de \"science-fiction\" de l'histoire.\n";
        assert_eq!(
            found(text),
            [(
                "\"".to_string(),
                "mixed quotation mark styles in the document (2 × « », 1 × \" \"): first \" \" here"
                    .to_string(),
                "use « » throughout".to_string()
            )]
        );
    }

    #[test]
    fn a_french_document_is_told_to_use_french_marks_whatever_most_of_it_uses() {
        // Straight quotation marks for most, « » once: the « » is where the other style starts,
        // and the one to use.
        let quotes = "Le conseil municipal a adopté mardi soir le \"plan vélo\" présenté par \
                      l'adjointe chargée des transports, malgré l'opposition de la droite.\n\n\
                      Le maire a salué un \"tournant\" pour la ville et promis de nouvelles \
                      pistes cyclables avant la fin de l'année prochaine.\n\n\
                      Les commerçants du centre redoutent une « zone morte » et demandent une \
                      étude sur le stationnement, jugée \"indispensable\" par leur association.\n";
        assert_eq!(
            found(quotes),
            [(
                "«".to_string(),
                "mixed quotation mark styles in the document (1 × « », 3 × \" \"): first « » here"
                    .to_string(),
                "use « » throughout (French typography), not \" \"".to_string()
            )]
        );
        // Straight apostrophes for most, ’ once.
        let apostrophes = "Le conseil municipal a adopté mardi soir le plan présenté par \
                           l'adjointe chargée des transports, malgré l'opposition de la droite.\n\n\
                           Le maire a promis de nouvelles pistes cyclables avant la fin de \
                           l’année prochaine, et d'autres aménagements pour les piétons.\n";
        assert_eq!(
            found(apostrophes),
            [(
                "’".to_string(),
                "mixed apostrophe styles in the document (1 × ’, 3 × '): first ’ here".to_string(),
                "use ’ throughout (French typography), not '".to_string()
            )]
        );
        // “ ” and " " without « »: « » all the same.
        let english_marks = "Le conseil municipal a adopté mardi soir le “plan vélo” présenté \
                             par l’adjointe chargée des transports, malgré l’opposition.\n\n\
                             Le maire a salué un \"tournant\" pour la ville et promis de \
                             nouvelles pistes cyclables avant la fin de l’année, un projet \
                             \"ambitieux\" selon lui.\n";
        assert_eq!(
            found(english_marks),
            [(
                "“".to_string(),
                "mixed quotation mark styles in the document (1 × “ ”, 2 × \" \"): first “ ” here"
                    .to_string(),
                "use « » throughout (French typography), not “ ” or \" \"".to_string()
            )]
        );
        // « » for most: the majority is the French style, and the advice stays short.
        let guillemets = "Le conseil municipal a adopté mardi soir le « plan vélo » présenté par \
                          l’adjointe chargée des transports, malgré l’opposition de la droite.\n\n\
                          Le maire a salué un « tournant » pour la ville, et les commerçants \
                          redoutent une \"zone morte\" dans le « cœur historique ».\n";
        assert_eq!(
            found(guillemets),
            [(
                "\"".to_string(),
                "mixed quotation mark styles in the document (3 × « », 1 × \" \"): first \" \" here"
                    .to_string(),
                "use « » throughout".to_string()
            )]
        );
    }

    #[test]
    fn another_language_is_told_to_use_its_majority_style() {
        let page = "The city council approved the \"bike plan\" on Tuesday evening, despite \
                    the objections of the opposition and of the shop owners.\n\n\
                    The mayor hailed a \"turning point\" for the city and promised new cycle \
                    lanes before the end of next year, a “bold” project in his words.\n";
        assert_eq!(
            found(page),
            [(
                "“".to_string(),
                "mixed quotation mark styles in the document (1 × “ ”, 2 × \" \"): first “ ” here"
                    .to_string(),
                "use \" \" throughout".to_string()
            )]
        );
        let apostrophes = "The mayor didn't say when the lanes would open, and the council \
                           couldn't agree on a date.\n\nThe opposition’s leader said it wasn't \
                           the city's money to spend on a project nobody asked for.\n";
        assert_eq!(
            found(apostrophes),
            [(
                "’".to_string(),
                "mixed apostrophe styles in the document (1 × ’, 4 × '): first ’ here".to_string(),
                "use ' throughout".to_string()
            )]
        );
    }
    #[test]
    fn english_marks_inside_guillemets_are_a_quotation_within_a_quotation() {
        let story = "« Mon frère m’a dit : “ Viens voir, c’est incroyable ” et je l’ai suivi », \
                     raconte la voisine, qui a appelé les « secours » aussitôt.\n";
        assert_eq!(typography(story), Vec::<String>::new());
        // Outside guillemets, or in the next paragraph after a quotation left open, “ ” is
        // another style.
        for other in [
            "Le maire parle d’un “ tournant ” pour la ville.\n",
            "« Nous irons jusqu’au bout, a-t-il dit.\n\nLe “ plan ” est prêt.\n",
        ] {
            // (The quotation left open is found too, by `unpaired_quotes`.)
            let messages: Vec<String> = typography(&format!("{story}\n{other}"))
                .into_iter()
                .filter(|m| m.starts_with("mixed"))
                .collect();
            assert!(
                messages.len() == 1 && messages[0].contains("1 × “ ”"),
                "{other}: {messages:?}"
            );
        }
    }
}
