//! `language-switch`: a sentence or a short paragraph in another language than its document
//! (an English author bio in a French article, a stray "Comments"). Sentences of three words or
//! more are identified by whichlang and confirmed by word evidence (no function word of the
//! document's language; for English, words more frequent in English than in French); one- and
//! two-word paragraphs by word frequencies alone. Proper names and titles (mostly capitalised
//! words) are never switches. Inside a French sentence, an English clause is one on its own
//! ("Notwithstanding the foregoing, la Partie…").

use super::{data, detect, english_lean, quote, DocCtx};
use crate::corpus::Span;
use crate::finding::Finding;
use crate::rules::words::Word;

fn name(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "de" => "German",
        "es" => "Spanish",
        "it" => "Italian",
        "nl" => "Dutch",
        "pt" => "Portuguese",
        "fr" => "French",
        _ => "another language",
    }
}

/// German auxiliaries and modal verbs that are no French or English word.
const GERMAN_VERBS: &[&str] = &[
    "ist", "sind", "seid", "war", "waren", "wäre", "wären", "bin", "bist", "wird", "wirst",
    "werden", "wurde", "wurden", "würde", "würden", "hat", "hast", "habe", "haben", "hatte",
    "hatten", "hätte", "hätten", "kann", "können", "konnte", "könnte", "muss", "müssen", "musste",
    "müsste", "soll", "sollen", "sollte", "wollen", "wollte", "darf", "dürfte", "möchte",
];

fn foreign(ctx: &DocCtx, ws: &[&Word], text: &str) -> Option<&'static str> {
    let lang = data::language();
    let doc = ctx.doc;
    let caps = ws.iter().filter(|w| w.is_capitalised(doc)).count();
    // German capitalises its nouns: a sentence with an auxiliary or a modal verb of German and
    // two German function words, the verb one of them (« Die Einladung wird Anfang September
    // verschickt. »), is no list of names. A German title in a bibliography mostly has no such
    // verb (« Die Jazzmethode für Klavier »; « Was ist Aufklärung? » has one, and is found).
    let german = || {
        // A German auxiliary or modal, or the polite « Sie » with its capital inside the
        // sentence (« Halten Sie die Spannung 10 Sekunden »).
        let verb = ws.iter().any(|w| {
            GERMAN_VERBS.contains(&w.lower.as_str()) || (!w.sentence_start && w.raw(doc) == "Sie")
        });
        if !verb {
            return false;
        }
        let mut seen: Vec<&str> = Vec::new();
        for w in ws {
            let l = w.lower.as_str();
            if lang.de_function_words.contains(l)
                && !lang.fr_function_words.contains(l)
                && !lang.en_function_words.contains(l)
                && !seen.contains(&l)
            {
                seen.push(l);
            }
        }
        seen.len() >= 2
    };
    if ws.len() >= 3
        && caps * 10 >= ws.len() * 6
        && !ws.iter().all(|w| w.sentence_start || w.is_capitalised(doc))
        && !german()
    {
        return None;
    }
    // A language is told by its words: a list of names with numbers (« POSIX.1-2008, SVr4,
    // 4.3BSD. ») is no language.
    let words = ws
        .iter()
        .filter(|w| {
            w.lower.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.lower
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’'))
        })
        .count();
    if ws.len() >= 3 && words < 3 {
        return None;
    }
    // French function words, and those of them no other list holds (« et », « dans »), in one
    // pass: the second set is looked up only for words of the first.
    let (mut fr_function, mut fr_only) = (0usize, 0usize);
    for w in ws {
        if lang.fr_function_words.contains(&w.lower) {
            fr_function += 1;
            fr_only += usize::from(french_only_function_words().contains(&w.lower));
        }
    }
    if ws.len() <= 2 {
        // A stray word or two: English words that are rare in French, written as a label or a
        // heading is (« Comments », « For example: »). A lowercase word alone is a value or a
        // keyword (« testing », « up »), and options, quotes and code marks are not prose
        // (« --help », « :only », « set bold; », « Default: Allow »).
        if !plain_label(text) {
            return None;
        }
        // A name the document's code uses, listed in a table or as a heading of its own
        // (« Terminate » beside `svc.Terminate(): bool`), is a name, not English text.
        if ws.iter().all(|w| ctx.code_names().contains(&w.lower)) {
            return None;
        }
        let en = data::english();
        let fr = data::french();
        let all_english = ws
            .iter()
            .all(|w| en.get(&w.lower) >= 3.0 && en.get(&w.lower) - fr.get(&w.lower) >= 1.5);
        return (ctx.lang == "fr" && all_english && fr_function == 0).then_some("en");
    }
    // French function words rule a switch out before the (costly) language identification: one
    // in ten that no other list holds (« et », « dans », « pour »). The ones French shares
    // (« de », « la », « a ») are Dutch, Spanish, Portuguese or English words too.
    if fr_only * 10 > ws.len() {
        return None;
    }
    let detected = detect(text);
    if detected == ctx.lang {
        return None;
    }
    let confirmed = match detected {
        "en" => english_lean(ws) > 0.3,
        // Two different function words of the language that are not French ones (« de »,
        // « la », « un », « non » are evidence of nothing in a French document; a laugh,
        // « Ha ha ha ! », repeats one Italian word).
        "de" | "es" | "it" | "nl" | "pt" => {
            let list = match detected {
                "de" => &lang.de_function_words,
                "es" => &lang.es_function_words,
                "it" => &lang.it_function_words,
                "nl" => &lang.nl_function_words,
                _ => &lang.pt_function_words,
            };
            let mut first: Option<&str> = None;
            let own = |w: &str| list.contains(w) && !lang.fr_function_words.contains(w);
            ws.iter()
                .map(|w| w.lower.as_str())
                .filter(|w| own(w))
                .any(|w| *first.get_or_insert(w) != w)
                || mostly_not_french(doc, ws, text, detected, own)
        }
        // French in an English document: a French sentence has French-only function words and
        // was ruled out above; a guess of French without them is no evidence.
        "fr" => false,
        // The other languages whichlang knows: those of another script (Russian, Arabic,
        // Chinese...) are told by their letters; Swedish, Turkish and Vietnamese have no word
        // list here, and a guess alone is no evidence (a data line, a command).
        _ => other_script(text),
    };
    confirmed.then_some(detected)
}

/// A short sentence has few function words: one of the language (`own`) or a letter French does
/// not write (« ñ », « ß », « ì »…), and two thirds of its words of letters, two at least, that
/// are no French words (rarer than 1.5 on the Zipf scale), confirm the guess `detected` in a
/// sentence of five words or more that is no list (« El partido se jugará en el estadio », « Si
/// no encuentras bonito, puedes usar caballa. »).
fn mostly_not_french(
    doc: &crate::corpus::Document,
    ws: &[&Word],
    text: &str,
    detected: &str,
    own: impl Fn(&str) -> bool,
) -> bool {
    let fr = data::french();
    let letters: &[char] = match detected {
        "es" => &['ñ'],
        "de" => &['ß', 'ä', 'ö', 'ü'],
        "it" => &['ì', 'ò'],
        "pt" => &['ã', 'õ'],
        _ => &[],
    };
    let (function, en) = (data::language(), data::english());
    // Words of letters, not names (« Miquel van Smoorenburg »).
    let words: Vec<&str> = ws
        .iter()
        .filter(|w| w.sentence_start || !w.is_capitalised(doc))
        .map(|w| w.lower.as_str())
        .filter(|l| l.chars().all(char::is_alphabetic))
        .collect();
    // The words that are no function word of either language.
    let content: Vec<&&str> = words
        .iter()
        .filter(|l| !own(l) && !function.fr_function_words.contains(**l))
        .collect();
    let strange = content.iter().filter(|l| fr.get(l) < 1.5).count();
    // An address or a link is no sentence; a word that leans English makes the guess doubtful
    // (« strchrnul() was added in glibc 2.1.1. » came out German).
    let english = content
        .iter()
        .any(|l| en.get(l) >= 3.0 && en.get(l) - fr.get(l) >= 1.5);
    // Five words at least, and no list of names apart by commas (« Gewürztraminer, riesling,
    // sylvaner. », « Osso buco alla milanese. »: dishes and terms that French borrows).
    let list = text.contains(',')
        && text
            .split(',')
            .all(|item| item.split_whitespace().count() <= 2);
    ws.len() >= 5
        && !list
        && !text.contains(['@', '/'])
        && !english
        && strange >= 2
        && strange * 3 >= content.len() * 2
        && words.iter().any(|l| {
            own(l) || (detected == "it" && *l == "è") || (fr.get(l) < 1.5 && l.contains(letters))
        })
}

/// An English clause inside a French sentence (« Notwithstanding the foregoing, la Partie… »,
/// « What's in the box: casque, étui… »): the longest stretch of words that lean English (more
/// frequent in English than in French by 0.75 on the Zipf scale, or English function words that
/// are no French ones), with nothing but spaces between them, holding an English function word
/// and another word. Four words at least, or three that make a whole segment of the sentence
/// (between its ends and `,` `;` `:`). Not a stretch of capitalised words (a title, a name), nor
/// one between quotation marks or brackets (a label of an interface, the English term glossed:
/// « (proof of concept) »), nor a comment in code.
fn english_clause(ctx: &DocCtx, ws: &[&Word], sentence: Span) -> Option<Span> {
    let lang = data::language();
    let (en, fr) = (data::english(), data::french());
    let doc = ctx.doc;
    let function =
        |w: &str| lang.en_function_words.contains(w) && !lang.fr_function_words.contains(w);
    let leans = |w: &Word| {
        let l = w.lower.as_str();
        l.chars().all(|c| c.is_alphabetic() || c == '\'')
            && l.chars().any(|c| c.is_alphabetic())
            && en.get(l) >= 2.5
            && en.get(l) - fr.get(l) >= 0.75
    };
    let spaced = |a: &Word, b: &Word| {
        doc.text
            .get(a.span.end..b.span.start)
            .is_some_and(|g| !g.is_empty() && g.chars().all(char::is_whitespace))
    };
    // The clause needs an English function word: most French sentences have none, and are
    // done with one look-up a word.
    if !ws.iter().any(|w| function(&w.lower)) {
        return None;
    }
    let text = doc.slice(sentence);
    let mut i = 0;
    while i < ws.len() {
        if !leans(ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len() && leans(ws[j]) && spaced(ws[j - 1], ws[j]) {
            j += 1;
        }
        let run = &ws[i..j];
        i = j;
        // An English function word inside the stretch ties its words into a clause: at an end,
        // it is a stray word beside terms (« dimension, in staff space », a table's « calls us »).
        let functions = run.iter().filter(|w| function(&w.lower)).count();
        let inner = run.len() >= 3 && run[1..run.len() - 1].iter().any(|w| function(&w.lower));
        if !inner || functions == run.len() || run.len() == ws.len() {
            continue;
        }
        let caps = run
            .iter()
            .filter(|w| !w.sentence_start && w.is_capitalised(doc))
            .count();
        // Half of its words capitalised or more: a title (« Gone with the Wind », « Design
        // rule for Camera Filesystem »).
        if caps * 2 >= run.len() {
            continue;
        }
        let (start, end) = (run[0].span.start, run[run.len() - 1].span.end);
        let before = &text[..start - sentence.start];
        let after = &text[end - sentence.start..];
        // Quotation marks open since the start of the paragraph (a quotation may hold several
        // sentences: « « We shall fight… We shall never surrender. » »), emphasis in Markdown.
        let para = &doc.paragraphs[ws[0].para as usize];
        let from_paragraph = &doc.text[para.span.start..start];
        let open = |o: char, c: char| {
            from_paragraph.matches(o).count() > from_paragraph.matches(c).count()
        };
        let odd = |q: char| from_paragraph.matches(q).count() % 2 == 1;
        if open('«', '»')
            || open('“', '”')
            || open('‘', '’')
            || open('‹', '›')
            || open('„', '“')
            || open('(', ')')
            || open('[', ']')
            || odd('"')
            || odd('`')
            || odd('*')
            || odd('_')
        {
            continue;
        }
        // A comment in code: a line that opens with a comment mark (« # For pulseaudio… »), or
        // a mark glued to the words (« ) ;end of our local variables »).
        let line = &doc.text[doc.text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1)..start];
        if line
            .trim_start()
            .starts_with([';', '#', '%', '/', '-', '*'])
            || line.ends_with([';', '#'])
        {
            continue;
        }
        let segment_start = before
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| matches!(c, ',' | ';' | ':' | '—' | '–'));
        let segment_end = after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '…'));
        if run.len() >= 4 || (segment_start && segment_end) {
            return Some(Span::new(start, end));
        }
    }
    None
}

/// The French function words that are not function words of English, German, Spanish, Italian,
/// Dutch or Portuguese.
fn french_only_function_words() -> &'static data::WordSet {
    static SET: std::sync::OnceLock<data::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let l = data::language();
        let others = [
            &l.en_function_words,
            &l.de_function_words,
            &l.es_function_words,
            &l.it_function_words,
            &l.nl_function_words,
            &l.pt_function_words,
        ];
        l.fr_function_words
            .iter()
            .filter(|w| !others.iter().any(|o| o.contains(*w)))
            .cloned()
            .collect()
    })
}

/// Whether most letters of `text` are of another script than Latin.
fn other_script(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        // Basic Latin, Latin-1, Latin Extended-A and -B, IPA, and Latin Extended Additional.
        if (c as u32) < 0x0250 || ('\u{1E00}'..='\u{1EFF}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    other > latin
}

/// Whether `text` is written as a label or a heading: words of letters (with inner hyphens and
/// apostrophes), the first one capitalised, then `.`, `:`, `!`, `?` or `…` if any; not one word
/// in capitals or of one letter.
fn plain_label(text: &str) -> bool {
    let t = text.trim();
    // Its final punctuation (« Stay tuned… », « Well done!! »). A word between quotation marks
    // is a term cited, not a label (« « Depends » » in a table of fields).
    let t = t
        .trim_end_matches(['.', ':', '!', '?', '…', ','])
        .trim_end();
    let chars: Vec<char> = t.chars().collect();
    let inner = |i: usize| {
        i > 0 && i + 1 < chars.len() && chars[i - 1].is_alphabetic() && chars[i + 1].is_alphabetic()
    };
    // One word in capitals is an acronym or a variable (« CUPS », « HOME »), one letter no word.
    let one_word = !chars.iter().any(|c| c.is_whitespace());
    if one_word && (chars.len() < 2 || chars.iter().all(|c| !c.is_lowercase())) {
        return false;
    }
    chars.first().is_some_and(|c| c.is_uppercase())
        && chars.iter().enumerate().all(|(i, &c)| {
            c.is_alphabetic() || c.is_whitespace() || (matches!(c, '-' | '\'' | '’') && inner(i))
        })
}

/// Adds the foreign sentence `s` of language `l` in paragraph `p` to `runs`, merged with the one
/// before when it is of the same paragraph and language.
fn push_run(runs: &mut Vec<(Span, &'static str, u32)>, s: Span, l: &'static str, p: u32) {
    match runs.last_mut() {
        Some((span, lang, pp)) if *pp == p && *lang == l => span.end = s.end,
        _ => runs.push((s, l, p)),
    }
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    if ctx.lang != "fr" && ctx.lang != "en" {
        return;
    }
    let doc = ctx.doc;
    // (span, language) of foreign sentences, merged when consecutive in one paragraph.
    let mut runs: Vec<(Span, &'static str, u32)> = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let r = ctx.paragraph_words(p);
        let pws: Vec<&Word> = ctx.words[r].iter().collect();
        if pws.is_empty() || ctx.code[p] {
            continue;
        }
        // Words of a sentence: a slice of the paragraph's words, found by binary search; none
        // for a sentence of two words or less, or one that reads as code.
        let sentence_words = |s: &Span| -> Option<Vec<&Word>> {
            let a = pws.partition_point(|w| w.span.start < s.start);
            let b = pws.partition_point(|w| w.span.end <= s.end);
            let ws: Vec<&Word> = pws[a..b.max(a)].to_vec();
            (ws.len() > 2 && !crate::text::looks_like_code(doc.slice(*s))).then_some(ws)
        };
        // A whole paragraph in another language is one finding (an author bio of short
        // sentences), unless a sentence of it reads as the document's language (« En 1927, il
        // succède à Max Planck. Er verließ Deutschland… »: the German sentence only); otherwise
        // sentences of three words or more are judged one by one.
        if let Some(l) = foreign(ctx, &pws, doc.slice(para.span)) {
            // Two function words of the document's language at least, and none of the other
            // (English for a French document, French for an English one) that it lacks.
            let own = |s: &Span| {
                ctx.function_words_at(s.start)
                    .is_some_and(|(_, _, fr, en)| match ctx.lang {
                        "fr" => fr >= 2 && en == 0,
                        _ => en >= 2 && fr == 0,
                    })
            };
            // (A sentence that is itself judged foreign is not the document's language, whatever
            // its function words: « Anne de la Salle is a writer. ».)
            let mixed = para.sentences.len() > 1
                && para.sentences.iter().any(|s| {
                    sentence_words(s)
                        .is_some_and(|ws| own(s) && foreign(ctx, &ws, doc.slice(*s)).is_none())
                });
            if !mixed {
                runs.push((para.span, l, p as u32));
                continue;
            }
        }
        let last = para.sentences.len().saturating_sub(1);
        for (i, s) in para.sentences.iter().enumerate() {
            let Some(ws) = sentence_words(s) else {
                // A sign-off of one or two words that ends a paragraph, after a sentence of
                // three words or more, is judged as a paragraph of its own (« … avec
                // plaisir. Happy gardening! »; not « Dév. Std. », « 2. Workflow »).
                let words = |s: &Span| {
                    let a = pws.partition_point(|w| w.span.start < s.start);
                    let b = pws.partition_point(|w| w.span.end <= s.end);
                    pws[a..b.max(a)].to_vec()
                };
                let short = words(s);
                if i == last
                    && i > 0
                    && (1..=2).contains(&short.len())
                    && words(&para.sentences[i - 1]).len() >= 3
                {
                    if let Some(l) = foreign(ctx, &short, doc.slice(*s)) {
                        push_run(&mut runs, *s, l, p as u32);
                    }
                }
                continue;
            };
            if let Some(l) = foreign(ctx, &ws, doc.slice(*s)) {
                push_run(&mut runs, *s, l, p as u32);
            } else if ctx.lang == "fr" {
                if let Some(clause) = english_clause(ctx, &ws, *s) {
                    runs.push((clause, "en", p as u32));
                }
            }
        }
    }
    for (span, l, _) in runs {
        out.push(ctx.finding(
            "language-switch",
            span,
            format!(
                "« {} »: {} text in {} {} document",
                quote(doc, span),
                name(l),
                if name(ctx.lang).starts_with(['A', 'E', 'I', 'O', 'U']) {
                    "an"
                } else {
                    "a"
                },
                name(ctx.lang)
            ),
            Some("translate it or delete it".into()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::plain_label;

    #[test]
    fn a_foreign_sentence_after_a_french_one_is_found_alone() {
        let page = "Erwin Schrödinger étudie la physique à Vienne, où il suit les cours de \
                    Friedrich Hasenöhrl avant la guerre.\n\n\
                    En 1927, il succède à Max Planck à l'université de Berlin. Er verließ \
                    Deutschland im Jahr 1933, kurz nach der Machtergreifung der \
                    Nationalsozialisten.\n\n\
                    Il reçoit le prix Nobel de physique la même année, avec Paul Dirac, pour \
                    leurs travaux sur la mécanique ondulatoire.";
        assert_eq!(
            super::super::messages_of("language-switch", page),
            vec!["« Er verließ Deutschland im Jahr 1933, kurz nach der Machtergreifung der Nationalsozialisten. »: German text in a French document"]
        );
    }

    #[test]
    fn a_german_sentence_of_capitalised_nouns_is_no_list_of_names() {
        let page = "Le prochain atelier public, organisé avec le réseau des ports, se tiendra à \
                    Anvers en novembre. Die Einladung würde Anfang September verschickt.\n\n\
                    Pour aller plus loin, on lira Klaus Ignatzek, Die Jazzmethode für Klavier, \
                    ainsi que les ouvrages de la bibliothèque du conservatoire.";
        assert_eq!(
            super::super::messages_of("language-switch", page),
            vec!["« Die Einladung würde Anfang September verschickt. »: German text in a French document"]
        );
        // The polite « Sie » inside the sentence is German too, with no auxiliary.
        let sheet = "Allongez-vous sur le dos et contractez les abdominaux.\n\n\
                     3. Ne bloquez jamais votre respiration. Halten Sie die Spannung 10 Sekunden.";
        assert_eq!(
            super::super::messages_of("language-switch", sheet),
            vec!["« Halten Sie die Spannung 10 Sekunden. »: German text in a French document"]
        );
    }

    #[test]
    fn a_short_english_bio_is_one_finding() {
        let page = "Le festival de Nantes ouvre ses portes ce week-end, avec trois scènes et plus \
                    de quarante concerts gratuits dans le centre-ville.\n\n\
                    Anne de la Salle is a writer. She loves cats. Read more.\n\n\
                    Les organisateurs attendent plus de cinquante mille visiteurs sur trois jours.";
        assert_eq!(
            super::super::messages_of("language-switch", page),
            vec!["« Anne de la Salle is a writer. She loves cats. Read more. »: English text in a French document"]
        );
    }

    #[test]
    fn an_english_clause_inside_a_french_sentence_is_found() {
        let intro = "La présente convention lie les deux parties pour une durée de trois ans, \
                     renouvelable par accord écrit.\n\n";
        for (line, clause) in [
            (
                "Notwithstanding the foregoing, la Partie réceptrice informera sans délai la \
                 Partie divulgatrice de toute demande.",
                "Notwithstanding the foregoing",
            ),
            (
                "What's in the box: casque, étui de transport, câble USB-C et adaptateur avion.",
                "What's in the box",
            ),
            (
                "Le module est chargé au démarrage. Return the state of the flag determining \
                 whether the counter can be read, dans la variable pointée par arg2.",
                "Return the state of the flag determining whether the counter can be read",
            ),
        ] {
            let found = super::super::messages_of("language-switch", &format!("{intro}{line}"));
            assert_eq!(
                found,
                vec![format!("« {clause} »: English text in a French document")],
                "{line}"
            );
        }
    }

    #[test]
    fn english_terms_titles_quotes_glosses_and_comments_are_no_clause() {
        let intro = "La présente convention lie les deux parties pour une durée de trois ans, \
                     renouvelable par accord écrit.\n\n";
        for line in [
            // Terms used in French, without an English function word inside.
            "Le logiciel open source est installé sur le poste de travail de chaque agent.",
            "Cliquez sur le bouton « Save all changes » puis fermez la fenêtre.",
            "On parle d'une preuve de concept (proof of concept) validée en mars.",
            "Consultez l'ouvrage de Kurt Stone, Music Notation In The Twentieth Century, paru en 1980.",
            "La fonction renvoie une dimension, in staff space, arrondie au dixième.",
            "        ) ;end of our local variables et fin des déclarations",
            "# For the whole build: on lance la compilation de la bibliothèque et des greffons.",
            "Le module est rédigé en anglais pour les auditeurs de la formation.",
            // A title with half of its words capitalised; a quotation of several sentences;
            // other quotation marks; emphasis.
            "La chaîne a rediffusé Gone with the Wind hier soir, en version restaurée.",
            "Dans son discours, il cite Churchill : « We shall fight on the beaches. We shall \
             never surrender » et le public se lève pour applaudir longuement.",
            "La devise ‘all you need is love’ orne le mur du café depuis des années.",
            "Le slogan *all you need is love* orne le mur du café depuis des années.",
        ] {
            let found = super::super::messages_of("language-switch", &format!("{intro}{line}"));
            assert_eq!(found, Vec::<String>::new(), "{line}");
        }
    }

    #[test]
    fn other_scripts_are_told_by_their_letters() {
        assert!(super::other_script("Москва не сразу строилась, говорят."));
        assert!(super::other_script("東京は日本の首都です。"));
        assert!(!super::other_script(
            "Zone Asia/Amman 2:00 Jordan EE%sT 2017 Oct 27"
        ));
        assert!(!super::other_script("Hà Nội là thủ đô của Việt Nam."));
    }

    #[test]
    fn labels_and_headings_are_plain() {
        for t in [
            "Comments",
            "Coffee addict",
            "For example:",
            "NO WARRANTY",
            "Follow-up",
            "Don't",
            "Stay tuned…",
            "Well done!!",
        ] {
            assert!(plain_label(t), "{t}");
        }
    }

    #[test]
    fn a_signature_and_the_names_of_the_documents_code_are_not_english_text() {
        let page = "Le service Dialog ouvre une boîte de dialogue et la ferme à la demande.\n\n\
                    Propriétés et méthodes du service :\n\n\
                    Terminate\n\n\
                    Ferme la boîte de dialogue ouverte par le script en cours.\n\n\
                    svc.Terminate(force: bool = False): bool";
        let found = super::super::messages_of("language-switch", page);
        assert_eq!(found, Vec::<String>::new());
        // Without the signature, the word alone is an English label; a sentence that names a
        // method is still English text.
        let label = page.replace(
            "svc.Terminate(force: bool = False): bool",
            "Fin de la page.",
        );
        assert_eq!(
            super::super::messages_of("language-switch", &label).len(),
            1
        );
        let sentence = format!(
            "{page}\n\nRefer to SF_Dialog.Execute() to learn more about how dialogs are shown."
        );
        assert_eq!(
            super::super::messages_of("language-switch", &sentence).len(),
            1
        );
    }

    #[test]
    fn another_language_needs_two_different_function_words_of_it() {
        let story = "Les orcs avancent vers le fleuve depuis trois jours et la garde recule.\n\n\
                     Le chef des orcs monte sur un rocher et regarde la vallée.\n\n";
        for (line, found) in [
            // One Italian word three times: a laugh.
            ("Ha ha ha !", 0),
            ("Ha ha ha ! Ha ha !", 0),
            // Two different ones: Italian.
            (
                "Il governo ha detto che la riforma sarà approvata entro la fine del mese.",
                1,
            ),
        ] {
            let text = format!("{story}{line}");
            let messages = super::super::messages_of("language-switch", &text);
            assert_eq!(messages.len(), found, "{line}: {messages:?}");
        }
    }

    #[test]
    fn a_short_sentence_of_words_french_lacks_is_another_language() {
        let intro = "Le match aura lieu samedi prochain au stade municipal, à quinze heures.";
        for (line, language) in [
            ("El partido se jugará en el estadio Paul-Lignon.", "Spanish"),
            ("Vi aspettiamo numerosi alla festa!", "Italian"),
            ("Si no encuentras bonito, puedes usar caballa.", "Spanish"),
        ] {
            let text = format!("{intro} {line} Venez nombreux soutenir notre équipe.");
            let messages = super::super::messages_of("language-switch", &text);
            assert_eq!(
                messages,
                vec![format!("« {line} »: {language} text in a French document")]
            );
        }
        // A name and an address, English taken for German, French words.
        for line in [
            "Miquel van Smoorenburg <miquels@cistron.nl> a écrit la première version.",
            "strchrnul() was added in glibc 2.1.1.",
            "Le chef cuisine la paella con gambas.",
            // Short, or a list: dishes, wines and terms that French borrows.
            "Vi aspettiamo numerosi!",
            "Gewürztraminer, riesling, sylvaner.",
            "Osso buco alla milanese.",
            "Pimientos del piquillo farcis.",
            "Tortillas, jalapeños marinés, nachos caseros, guacamole.",
        ] {
            let text = format!("{intro}\n\n{line}");
            let messages = super::super::messages_of("language-switch", &text);
            assert!(
                messages.iter().all(|m| !m.contains("German")
                    && !m.contains("Dutch")
                    && !m.contains("Spanish")),
                "{line}: {messages:?}"
            );
        }
    }

    #[test]
    fn a_sign_off_that_ends_a_paragraph_is_judged_alone() {
        let intro = "Je réponds toujours à vos questions en commentaire, avec plaisir.";
        assert_eq!(
            super::super::messages_of("language-switch", &format!("{intro} Stay tuned!")),
            vec!["« Stay tuned! »: English text in a French document"]
        );
        assert_eq!(
            super::super::messages_of("language-switch", &format!("{intro}\n\nBest wishes,")),
            vec!["« Best wishes, »: English text in a French document"]
        );
        // After an abbreviation or a number, not a sentence: a label; not the last sentence of
        // its paragraph.
        for text in [
            "Je réponds toujours à vos questions en commentaire. Stay tuned! Nous publions chaque semaine.",
            "Dév. Std.\n\nL'augmentation de cette valeur abaisse le contraste.",
            "Le menu de la page. 2. Workflow",
        ] {
            assert!(
                super::super::messages_of("language-switch", text).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn values_options_and_code_are_not() {
        for t in [
            "testing",
            "key strokes",
            "--help",
            "-i",
            ":only",
            "set bold;",
            "Default: Allow",
            "« Replaces »",
            "?installed, ~i",
            "-Foo",
            "CUPS",
            "I",
            "",
        ] {
            assert!(!plain_label(t), "{t}");
        }
    }
}
