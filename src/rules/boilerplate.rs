//! `boilerplate`: scraping leftovers. A short paragraph made mostly of phrases of the built-in
//! lexicon (comment forms, share/follow/subscribe prompts, tag prompts, generated author bios,
//! in French and English), and, over the corpus, a short line that recurs in many files.

use super::lexicon::Lexicon;
use super::words::Word;
use super::{finding, quote, DocCtx, DocOutcome};
use crate::corpus::{Document, Span};
use crate::finding::Finding;
use std::collections::{BTreeMap, BTreeSet};

/// Paragraphs longer than this are text, not boilerplate.
const MAX_WORDS: usize = 30;

/// The most words of the headline after the label of a link to another article.
const MAX_HEADLINE_WORDS: usize = 20;

/// A recurring paragraph of at most this many words in capitals, not starting with a function
/// word, is a section heading.
const MAX_HEADING_WORDS: usize = 6;

/// The kinds of boilerplate a paragraph (`ws`, words of `doc`) is made of, if its words are at
/// least half covered by phrases of the lexicon and it is short enough to be page furniture.
pub fn kinds(lex: &Lexicon, doc: &Document, ws: &[Word]) -> Option<Vec<String>> {
    kinds_where(lex, doc, ws, |e, first, last| {
        keep_match(doc, ws, e, (first, last), true)
    })
}

/// Whether a match of entry `e` over `ws[first..=last]` counts, and up to which word it covers
/// the paragraph `ws`: a label that introduces a list only where it opens one (`opens_list`); a
/// link to a related article with its headline (`related_link`), when `headlines` (not in a
/// document about computing, where « Voir aussi : Configurer la grille » is a cross-reference).
fn keep_match(
    doc: &Document,
    ws: &[Word],
    e: &super::lexicon::Entry,
    (first, last): (usize, usize),
    headlines: bool,
) -> Option<usize> {
    if e.opens_list && !opens_list(doc, &ws[first..=last]) {
        return None;
    }
    if headlines && e.kind.as_deref() == Some("related") && related_link(doc, ws, first, last) {
        return Some(ws.len() - 1);
    }
    if headlines && click_here_prompt(doc, ws, first) {
        return Some(ws.len() - 1);
    }
    Some(last)
}

/// [`kinds`], counting only the matches `keep` accepts (given the entry and the first and last
/// matched words), each covering the words up to the one `keep` returns.
fn kinds_where(
    lex: &Lexicon,
    doc: &Document,
    ws: &[Word],
    keep: impl Fn(&super::lexicon::Entry, usize, usize) -> Option<usize>,
) -> Option<Vec<String>> {
    if ws.is_empty() || ws.len() > MAX_WORDS {
        return None;
    }
    let mut covered = vec![false; ws.len()];
    let mut kinds = BTreeSet::new();
    for m in lex.find(ws) {
        let e = &lex.entries[m.entry];
        let Some(end) = keep(e, m.first, m.last) else {
            continue;
        };
        covered[m.first..=end].iter_mut().for_each(|c| *c = true);
        kinds.insert(e.kind.clone().unwrap_or_else(|| e.id.clone()));
    }
    let n = covered.iter().filter(|&&c| c).count();
    // Two words apart by a space, one of them a word of the text: a heading that names the
    // thing (« Annonce officielle », « Publicité mensongère »), not its label, unless the other
    // word is a function word or a figure (« Partager sur », « Publicité 2 »); two words joined
    // by a mark are a breadcrumb (« Accueil/Retraites »).
    let heading = ws.len() == 2
        && ws[0].para == ws[1].para
        && doc.text[ws[0].span.end..ws[1].span.start]
            .chars()
            .all(char::is_whitespace)
        && covered.iter().zip(ws).any(|(&c, w)| {
            !c && w.lower.chars().all(char::is_alphabetic)
                && !super::data::language().fr_function_words.contains(&w.lower)
                && !super::data::language().en_function_words.contains(&w.lower)
        });
    (n > 0 && n * 2 >= ws.len() && !heading).then(|| kinds.into_iter().collect())
}

/// The kinds of boilerplate paragraph `p` of a document is made of, if it is boilerplate there:
/// [`kinds`], less the matches that are no phrase of the text (a word glued to a path or an
/// identifier: « /home/utilisateur », « $HOME/.local/share »), and the one-word leftover of
/// another language than the document's unless written as a label (« home », « print », « HOME »
/// are a key, a command or a variable in a French manual; « Comments » is an English site's
/// header).
fn paragraph_kinds(ctx: &DocCtx, p: usize, computing: &impl Fn() -> bool) -> Option<Vec<String>> {
    words_kinds(ctx, &ctx.words[ctx.paragraph_words(p)], computing)
}

/// First items of a breadcrumb or of a site's menu bar.
const HOME_LINKS: &[&str] = &[
    "accueil",
    "page d'accueil",
    "page d’accueil",
    "home",
    "startseite",
    "inicio",
];

/// Labels of a breadcrumb, before a colon (compared without regard to ASCII case).
const YOU_ARE_HERE: &[&str] = &["vous êtes ici", "you are here"];

/// Whether `line` is a breadcrumb or a menu bar: three items or more (two apart by `›`), the
/// first a link home (after « Vous êtes ici : » if any),
/// apart by `>`, `›`, `»`, `|`, `/`, `·` or `•`, each of one to five words opening on a capital
/// or a figure, on one line without a sentence end (« Accueil > Centre d'aide > Synchronisation »,
/// « Accueil | Nos produits | Conseils santé »). A path through a program's menus does not
/// open on a link home (« Fichier > Exporter > PDF »).
fn breadcrumb(line: &str) -> bool {
    let mut line = line.trim();
    // The label a site puts before its breadcrumb (« Vous êtes ici : Accueil > … »).
    for label in YOU_ARE_HERE {
        if let Some(rest) = line
            .get(..label.len())
            .filter(|head| head.eq_ignore_ascii_case(label))
            .and_then(|_| line[label.len()..].trim_start().strip_prefix(':'))
        {
            line = rest.trim_start();
            break;
        }
    }
    // Most paragraphs open on no link home: judged on their first bytes, with no allocation
    // (the links home are ASCII, but for the typographic apostrophe of « Page d’accueil »).
    let opens_home = HOME_LINKS.iter().any(|h| {
        line.get(..h.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(h))
    });
    if !opens_home || line.contains(['\n', '\r']) || line.ends_with(['.', '!', '?', '…', ';', ','])
    {
        return false;
    }
    let items: Vec<&str> = line
        .split(['>', '›', '»', '|', '/', '·', '•'])
        .map(str::trim)
        .collect();
    let home = items
        .first()
        .is_some_and(|f| HOME_LINKS.contains(&super::words::lower(f).as_str()));
    // Two items are enough apart by « › », a breadcrumb's own mark (« Accueil › Voyager »);
    // « Accueil > Paramètres » may be a path through a program's menus.
    let needed = if line.contains('›') { 2 } else { 3 };
    home && items.len() >= needed
        && items.iter().all(|i| {
            let words = i.split_whitespace().count();
            (1..=5).contains(&words)
                && i.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// [`paragraph_kinds`] of the words `ws` (a paragraph, or a line of one).
fn words_kinds(ctx: &DocCtx, ws: &[Word], computing: &impl Fn() -> bool) -> Option<Vec<String>> {
    let text = ctx.doc.text.as_str();
    if let (Some(f), Some(l)) = (ws.first(), ws.last()) {
        if breadcrumb(&text[f.span.start..l.span.end]) {
            return Some(vec!["navigation".into()]);
        }
    }
    // The token around the word is a path or an identifier (« /home/x », « $HOME/.local/share »);
    // a breadcrumb, a list of networks or a handle is words (« Accueil/Politique »,
    // « Facebook/Twitter », « @LeFigaro »).
    let glued = |w: &Word| super::path_or_identifier(super::token_around(text, w.span));
    // A button or a header of another language is written as a label (« Comments », « Home »),
    // or in capitals (« SHARE ») but for a document about computing, where « HOME » is a
    // variable.
    let label = |w: &Word| {
        let raw = w.raw(ctx.doc);
        let mut cs = raw.chars();
        (cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase))
            || (!raw.chars().any(char::is_lowercase) && !computing())
    };
    kinds_where(&ctx.data.boilerplate, ctx.doc, ws, |e, first, last| {
        let foreign_word =
            ws.len() == 1 && e.lang.as_deref().is_some_and(|l| l != ctx.lang) && !label(&ws[0]);
        if foreign_word || ws[first..=last].iter().any(glued) {
            return None;
        }
        keep_match(ctx.doc, ws, e, (first, last), !computing())
    })
}

/// Whether the label of a link to another article (`ws[first..=last]`, one with « lire » or
/// « read »: « Lire aussi », « À lire également », « Read next »; not « Voir aussi » or « See
/// also », which also open the cross-references of a manual, nor « Vous aimerez aussi », which
/// a sentence can open) opens the paragraph `ws` and a headline follows it: after a
/// colon, a bar, a dash or a guillemet, or a capitalised word, at most [`MAX_HEADLINE_WORDS`]
/// words in one sentence, on the label's line (« Lire aussi : Le festival d'Aix dévoile sa
/// programmation », « LIRE AUSSI | Retraites : ce qui change »).
fn related_link(doc: &Document, ws: &[Word], first: usize, last: usize) -> bool {
    let text = doc.text.as_str();
    if first != 0 || last + 1 >= ws.len() || ws.len() - last - 1 > MAX_HEADLINE_WORDS {
        return false;
    }
    let next = &ws[last + 1];
    let label = &ws[first..=last];
    if !label
        .iter()
        .any(|w| matches!(w.lower.as_str(), "lire" | "read"))
    {
        // « Voir aussi », « See also » open the cross-references of a manual and of an
        // encyclopedia (« Voir aussi : Jacques Brel, Léo Ferré »).
        return !label
            .iter()
            .any(|w| matches!(w.lower.as_str(), "voir" | "see"))
            && related_list(doc, ws, last);
    }
    // The separator, maybe with the opening quotation mark of a headline that quotes
    // (« Lire aussi : « Nous ne lâcherons rien », promet le maire »).
    let between = text[ws[last].span.end..next.span.start]
        .trim()
        .trim_end_matches(['«', '"', '“'])
        .trim_end();
    let last_mark = text[ws[ws.len() - 1].span.end..]
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .next();
    // Without a separator, a capitalised word and no final punctuation: a headline (« Lire
    // aussi Le maire défend son projet »), not a sentence (« Lire aussi Balzac aide à
    // comprendre son temps. »).
    let separated = matches!(between, ":" | "|" | "-" | "–" | "—" | "»" | ">" | "›")
        || (between.is_empty()
            && next.is_capitalised(doc)
            && !last_mark.is_some_and(|c| matches!(c, '.' | '!' | '…')));
    let headline = &ws[last + 1..];
    separated
        && headline.iter().all(|w| w.sentence == next.sentence)
        && !text[ws[first].span.start..ws[ws.len() - 1].span.end].contains('\n')
}

/// Whether « Cliquez ici » (not « Appuyez ici », an instruction on a device) opens the paragraph `ws`, a single sentence of at most
/// [`MAX_PROMPT_WORDS`] words on one line: the text of a link whose target was lost, prompt and
/// all (« Cliquez ici pour acheter vos billets en ligne ! »).
fn click_here_prompt(doc: &Document, ws: &[Word], first: usize) -> bool {
    first == 0
        && ws.len() <= MAX_PROMPT_WORDS
        && ws[0].lower == "cliquez"
        && ws.get(1).is_some_and(|w| w.lower == "ici")
        && ws.iter().all(|w| w.sentence == ws[0].sentence)
        && !doc.text[ws[0].span.start..ws[ws.len() - 1].span.end].contains('\n')
}

/// The most words of a « Cliquez ici » prompt ([`click_here_prompt`]).
const MAX_PROMPT_WORDS: usize = 20;

/// Whether a label of related content that a sentence may open (« Vous aimerez aussi »,
/// « Articles similaires », ending at `ws[last]`) is followed, after a colon, by a list of
/// names on its line: items apart by commas, bars or dots, each opening on a capital or a
/// figure, with no sentence end (« Vous aimerez aussi : Pull Cézembre, Bonnet Iroise »).
fn related_list(doc: &Document, ws: &[Word], last: usize) -> bool {
    let text = doc.text.as_str();
    let rest = &text[ws[last].span.end..ws[ws.len() - 1].span.end];
    let after = &text[ws[ws.len() - 1].span.end..];
    let Some(list) = rest.trim_start().strip_prefix(':') else {
        return false;
    };
    let items: Vec<&str> = list.split([',', '|', '·', '•']).map(str::trim).collect();
    items.len() >= 2
        && !rest.contains('\n')
        && !after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(['.', '!', '?', '…'])
        && items.iter().all(|item| {
            item.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && !item.contains(['.', '!', '?'])
        })
}

/// Whether `matched` (a label, then the words after it) is written as a list: the label opens
/// its line, its sentence or a segment of a line of links (after `|`, `·`, `•`, `-`, `—`, `–`, `/`,
/// `>`, `»` or `,`: « Posted in News | Tagged … », « Économie - Mots-clés … »), is capitalised as
/// a link is (« Posted in News Tagged … »; not after an opening quotation mark or bracket), or a
/// colon follows it (« Partager : Facebook Twitter mots-clés : … »); and the words after it are
/// tags, not a sentence: at most a third of them are function words (« La rubrique Mots-clés du
/// site a disparu », « Emploi : CV, mots-clés et réseaux sociaux, les conseils… » are sentences;
/// « Mots-clés : Union européenne, droits de l'homme » is a list).
fn opens_list(doc: &Document, matched: &[Word]) -> bool {
    let label = &matched[0];
    let text = doc.text.as_str();
    let horizontal = |c: char| c.is_whitespace() && c != '\n' && c != '\r';
    let before = text[..label.span.start].trim_end_matches(horizontal);
    let after = text[label.span.end..].trim_start_matches(horizontal);
    let placed = label.sentence_start
        || (label.is_capitalised(doc)
            && !before.ends_with(['«', '‹', '"', '“', '„', '‘', '(', '[']))
        || before.is_empty()
        || before.ends_with(['\n', '\r', '|', '·', '•', '-', '—', '–', '/', '>', '»', ','])
        || after.starts_with(':');
    let lang = super::data::language();
    let after_label = &matched[1..];
    let function = after_label
        .iter()
        .filter(|w| lang.function_word(&w.lower))
        .count();
    placed && function * 3 <= after_label.len()
}

/// Whether paragraph `p` is a heading in capitals: at most [`MAX_HEADING_WORDS`] words of
/// letters in capitals, not starting with a function word (a byline, « PAR NOTRE
/// CORRESPONDANT », or a credit, « © AFP 2024 », is not one).
fn caps_heading(ctx: &DocCtx, p: usize) -> bool {
    let r = ctx.paragraph_words(p);
    if r.is_empty() || r.len() > MAX_HEADING_WORDS {
        return false;
    }
    let text = ctx.doc.slice(ctx.doc.paragraphs[p].span).trim();
    let lang = super::data::language();
    let first = &ctx.words[r.start].lower;
    text.chars().any(char::is_alphabetic)
        && text.chars().all(|c| {
            (c.is_alphabetic() && !c.is_lowercase())
                || c.is_whitespace()
                || matches!(c, '\'' | '’' | '-')
        })
        && !lang.function_word(first)
}

/// Paragraphs that are the section headings of a manual: in a document about computing
/// ([`super::lexicon::about_computing`]) with at least three headings in capitals that the
/// lexicon does not name and that each open a section (the next paragraph is no heading), a
/// heading in capitals that the lexicon names as a cross-reference, a navigation word, a comments
/// header or tags (« VOIR AUSSI », « COPYRIGHT », « COMMENTAIRES ») is one of its sections too.
/// A menu in capitals is headings in a row and opens no section; an article's intertitles
/// (« CALENDRIER SERRÉ ») do not make it a manual; and a share or follow prompt is never a
/// section.
fn section_headings(
    ctx: &DocCtx,
    lexicon_kinds: &[Option<Vec<String>>],
    computing: &impl Fn() -> bool,
) -> Vec<bool> {
    const SECTION_KINDS: [&str; 4] = ["related", "navigation", "comments-header", "tags"];
    let n = ctx.doc.paragraphs.len();
    let heading: Vec<bool> = (0..n).map(|p| caps_heading(ctx, p)).collect();
    let opens_section = |p: usize| heading[p] && p + 1 < n && !heading[p + 1];
    let structured = (0..n)
        .filter(|&p| lexicon_kinds[p].is_none() && opens_section(p))
        .nth(2)
        .is_some()
        && computing();
    (0..n)
        .map(|p| {
            structured
                && opens_section(p)
                && lexicon_kinds[p]
                    .as_ref()
                    .is_some_and(|ks| ks.iter().all(|k| SECTION_KINDS.contains(&k.as_str())))
        })
        .collect()
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let n = ctx.doc.paragraphs.len();
    let computing = || ctx.about_computing();
    let found: Vec<Option<Vec<String>>> = (0..n)
        .map(|p| paragraph_kinds(ctx, p, &computing))
        .collect();
    // A paragraph of several lines, furniture as a whole or not, whose furniture lies in some
    // of its lines beside lines of content (a product's seller and price above « Ajouter au
    // panier »): those lines are reported, not the paragraph.
    let mut by_line = vec![false; n];
    for (p, kinds) in found.iter().enumerate() {
        let (lines, content) = furniture_lines(ctx, p, &computing);
        if lines.is_empty() || (kinds.is_some() && !content) {
            continue;
        }
        by_line[p] = true;
        for (span, kinds) in lines {
            out.push(leftover(ctx, span, &kinds, "delete this line"));
        }
    }
    if found.iter().all(Option::is_none) {
        return;
    }
    let sections = section_headings(ctx, &found, &computing);
    for (p, kinds) in found.into_iter().enumerate() {
        let Some(kinds) = kinds else { continue };
        if by_line[p] {
            continue;
        }
        let span = ctx.doc.paragraphs[p].span;
        if sections[p]
            || crate::text::section_number(ctx.doc.slice(span)).is_some()
            || (p == 0 && own_title(ctx, &kinds))
        {
            continue;
        }
        out.push(leftover(ctx, span, &kinds, "delete this paragraph"));
    }
}

/// The finding of furniture of `kinds` at `span` (a paragraph or a line of one).
fn leftover(ctx: &DocCtx, span: crate::corpus::Span, kinds: &[String], help: &str) -> Finding {
    ctx.finding(
        "boilerplate",
        span,
        format!(
            "« {} »: scraping leftover ({})",
            crate::text::shorten(&quote(ctx.doc, span), 80),
            kinds.join(", ")
        ),
        Some(help.into()),
    )
}

/// Social networks, whose names a share bar lists.
const NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "pinterest",
    "instagram",
    "messenger",
    "bluesky",
    "mastodon",
    "threads",
    "tiktok",
    "youtube",
    "reddit",
    "telegram",
    "e-mail",
    "email",
    "mail",
];

/// The lines of paragraph `p` (laid out one under the other, not wrapped prose) that are
/// furniture on their own, with their kinds, and whether the paragraph holds a line of content
/// besides them (four words or more, or a figure: a price, a seller): a button or a share line
/// under a product's price or an author's note (« Prix : 149,99 € ⏎ Ajouter au panier »,
/// « À propos de l'auteur : … ⏎ Partager : Facebook | Pinterest »). A line counts when it opens
/// on a capital or a sign and ends with no sentence end (a button has none: « Partager. » and
/// « Réserver maintenant ? » are lines of a poem), the line before it (if any) ends a sentence,
/// a label or a price, or is furniture itself, and the line after it (if any) opens on a capital
/// or a sign: a line of wrapped prose goes on in lower case. Not in a paragraph that reads as
/// code, nor a line with `=` (a setting of a configuration file: `Categories=Editor`).
fn furniture_lines(
    ctx: &DocCtx,
    p: usize,
    computing: &impl Fn() -> bool,
) -> (Vec<(crate::corpus::Span, Vec<String>)>, bool) {
    let doc = ctx.doc;
    let span = doc.paragraphs[p].span;
    let text = doc.slice(span);
    if !text.contains(['\n', '\r']) || ctx.code.get(p).copied().unwrap_or(false) {
        return (Vec::new(), false);
    }
    let lines: Vec<(usize, usize)> = super::lines_of(doc, span)
        .into_iter()
        .map(|l| (l.start, l.end))
        .collect();
    let line_text = |l: &(usize, usize)| &doc.text[l.0..l.1];
    let opens_high = |l: &(usize, usize)| {
        line_text(l)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
    };
    let all = &ctx.words[ctx.paragraph_words(p)];
    let mut found = Vec::new();
    let mut content = false;
    let mut previous_found = false;
    for (i, line) in lines.iter().enumerate() {
        let a = all.partition_point(|w| w.span.start < line.0);
        let b = all.partition_point(|w| w.span.start < line.1);
        let body = line_text(line);
        let before_ends = i == 0 || previous_found || {
            let before = line_text(&lines[i - 1]);
            before.ends_with(['.', '!', '?', '…', ':', '»', ')', '€'])
                || !before.ends_with(|c: char| c.is_alphabetic() || c == ',')
        };
        // Names of networks alone, with no bar between them, are the head of a table
        // (« Facebook Instagram » above figures), not a share bar.
        let networks_only = all[a..b]
            .iter()
            .all(|w| NETWORKS.contains(&w.lower.as_str()))
            && !body.contains(['|', '·', '•']);
        let stands = opens_high(line)
            && !networks_only
            && before_ends
            && lines.get(i + 1).is_none_or(opens_high)
            && !body.ends_with(['.', '!', '?', '…'])
            && !body.contains('=')
            && a < b;
        let kinds = if stands {
            words_kinds(ctx, &all[a..b], computing)
        } else {
            None
        };
        previous_found = kinds.is_some();
        match kinds {
            Some(k) => found.push((crate::corpus::Span::new(line.0, line.1), k)),
            None => content |= b - a >= 4 || body.chars().any(|c| c.is_ascii_digit()),
        }
    }
    (found, content)
}

/// Names of the legal pages a site links to from every page, which are documents of their own.
const LEGAL_PAGES: &[&str] = &[
    "politique de confidentialité",
    "politique des cookies",
    "politique de cookies",
    "politique relative aux cookies",
    "mentions légales",
    "conditions générales",
    "protection des données",
    "privacy policy",
    "cookie policy",
    "terms of service",
    "terms of use",
];

/// Whether the first paragraph of the document, found to be a link of page furniture (`kinds`:
/// « Politique de confidentialité », « Mentions légales »), is the title of the page that link
/// leads to: a line without final punctuation before at least four paragraphs of prose
/// (fifteen words or more each). A cookie banner or a menu copied at the top of an article is a
/// sentence or a line of links, and the article's text follows it.
fn own_title(ctx: &DocCtx, kinds: &[String]) -> bool {
    let doc = ctx.doc;
    let first = doc.slice(doc.paragraphs[0].span).trim_end();
    let lower = first.to_lowercase();
    kinds.iter().all(|k| k == "cookie" || k == "navigation")
        && LEGAL_PAGES.iter().any(|p| lower.contains(p))
        && !first.contains('\n')
        && !first.ends_with(['.', '!', '?', '…', ':'])
        && (1..doc.paragraphs.len())
            .filter(|&p| ctx.paragraph_words(p).len() >= 15)
            .count()
            >= 4
}

/// A short paragraph of a document, for [`check_corpus`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShortParagraph {
    /// Its lower-case words, joined by U+0001.
    pub key: String,
    pub span: Span,
    /// Its number in the document: two paragraphs with consecutive numbers have only blank
    /// lines between them.
    pub index: usize,
}

/// Short paragraphs of a document, for [`check_corpus`].
pub fn short_paragraphs(ctx: &DocCtx) -> Vec<ShortParagraph> {
    (0..ctx.doc.paragraphs.len())
        .filter_map(|p| {
            let r = ctx.paragraph_words(p);
            if r.len() < 2 || r.len() > MAX_WORDS {
                return None;
            }
            // A heading in capitals (« VALEUR RENVOYÉE », « VOIR AUSSI ») is the structure of
            // documents of one kind, not furniture; a leftover in capitals is the lexicon's.
            if caps_heading(ctx, p) {
                return None;
            }
            let key: Vec<&str> = ctx.words[r].iter().map(|w| w.lower.as_str()).collect();
            Some(ShortParagraph {
                key: key.join("\u{1}"),
                span: ctx.doc.paragraphs[p].span,
                index: p,
            })
        })
        .collect()
}

/// Short paragraphs that recur, word for word, in at least 3 files and a fifth of the corpus.
/// Recurring paragraphs next to each other (only blank lines between them: a menu, a footer of
/// several lines) are one finding. A paragraph the lexicon names as a leftover is reported by
/// [`check`], with its kind, and not here: it ends a block.
pub fn check_corpus(docs: &[Document], outcomes: &[DocOutcome]) -> Vec<Finding> {
    if docs.len() < 5 {
        return Vec::new();
    }
    let mut seen: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (d, o) in outcomes.iter().enumerate() {
        for sp in &o.short_paragraphs {
            seen.entry(&sp.key).or_default().insert(d);
        }
    }
    let min_files = 3.max(docs.len().div_ceil(5));
    let mut out = Vec::new();
    for (doc, o) in docs.iter().zip(outcomes) {
        let named: BTreeSet<Span> = o
            .findings
            .iter()
            .filter(|f| f.rule == "boilerplate")
            .map(|f| f.span)
            .collect();
        // (paragraph, number of files it recurs in), in the order of the document.
        let recurring: Vec<(&ShortParagraph, usize)> = o
            .short_paragraphs
            .iter()
            .map(|sp| (sp, seen[sp.key.as_str()].len()))
            .filter(|&(sp, files)| files >= min_files && !named.contains(&sp.span))
            .collect();
        for block in recurring.chunk_by(|(x, _), (y, _)| y.index == x.index + 1) {
            out.push(block_finding(doc, block, docs.len()));
        }
    }
    out
}

/// The finding of a block of recurring paragraphs next to each other.
fn block_finding(doc: &Document, block: &[(&ShortParagraph, usize)], total: usize) -> Finding {
    let (first, last) = (block[0].0, block[block.len() - 1].0);
    let span = Span::new(first.span.start, last.span.end);
    let quoted = quote(doc, first.span);
    let shown = crate::text::shorten(&quoted, 80);
    let (message, suggestion) = if block.len() == 1 {
        (
            format!(
                "« {shown} » recurs in {} of {total} files: page furniture, not text",
                block[0].1
            ),
            "delete this paragraph",
        )
    } else {
        let least = block.iter().map(|b| b.1).min().unwrap_or(0);
        let most = block.iter().map(|b| b.1).max().unwrap_or(0);
        let files = if least == most {
            least.to_string()
        } else {
            format!("{least} to {most}")
        };
        let after = match block.len() - 1 {
            1 => "the paragraph after it".to_string(),
            n => format!("the {n} paragraphs after it"),
        };
        (
            format!(
                "« {shown} » and {after} recur in {files} of {total} files: page furniture, not \
                 text"
            ),
            "delete these paragraphs",
        )
    };
    finding(doc, "boilerplate", span, message, Some(suggestion.into()))
}

#[cfg(test)]
mod tests {
    fn boilerplate(text: &str) -> usize {
        super::super::messages_of("boilerplate", text).len()
    }

    #[test]
    fn a_line_of_furniture_inside_a_paragraph_is_found() {
        let listing = "Vendu et expédié par AudioDirect\nPrix : 149,99 € (au lieu de 199,99 €)\n\
                       Ajouter au panier\n\n\
                       Le casque tient vingt heures sur une charge et se replie dans son étui.";
        assert_eq!(
            super::super::messages_of("boilerplate", listing),
            ["« Ajouter au panier »: scraping leftover (shop)"]
        );
        let recipe = "À propos de l'auteur : Jose Martinez cuisine depuis trente ans à Valence.\n\
                      Partager : Facebook | Pinterest | WhatsApp | E-mail";
        assert_eq!(
            super::super::messages_of("boilerplate", recipe),
            ["« Partager : Facebook | Pinterest | WhatsApp | E-mail »: scraping leftover (share)"]
        );
        // Buttons in a row, under the content of the paragraph: each line, not the paragraph.
        let buttons = "Titre de la fiche.\n\nVendu et expédié par AudioDirect depuis Lyon.\n\
                       Prix : 149,99 €\nAjouter au panier\nRéserver maintenant\r\n\
                       Voir tous les avis\n\nFin de la fiche.";
        assert_eq!(
            super::super::messages_of("boilerplate", buttons),
            [
                "« Ajouter au panier »: scraping leftover (shop)",
                "« Réserver maintenant »: scraping leftover (shop)",
                "« Voir tous les avis »: scraping leftover (rating)"
            ]
        );
        // Wrapped prose goes on in lower case; a setting is no button; a line that ends as a
        // sentence does is one (a poem, a tutorial's step, prose one sentence a line); a
        // dialogue's « Oui ? Non ? », a field of a specification and a table of networks are
        // no furniture.
        for t in [
            "Titre.\n\nLe pain, le vin, la lumière.\nPartager.\nMoi je n'attends que ton nom.\n\
             Réserver maintenant ?\nNon, jamais je ne pourrai.\n\nFin.",
            "Titre.\n\n1. Ouvrez la fiche du produit.\n2. Cliquez sur « Ajouter au panier ».\n\
             3. Payez.\n\nFin.",
            "Titre.\n\nIl hésita longuement.\n— Oui ? Non ?\nIl ne savait plus.\n\nFin.",
            "Titre.\n\nModèle : X200\nDisponibilité : En stock\nCouleur : Noir\n\nFin.",
            "Titre.\n\nUtilisateurs actifs par mois :\nFacebook Instagram\n3 000 2 000\n\nFin.",
            "Les chercheurs ont accepté de partager leurs données, et de\nPartager sur Facebook\nles résultats de l'étude menée à Lyon.",
            "Le fichier de bureau contient ces lignes.\n\n[Desktop Entry]\nName=Frescobaldi\n\
             Categories=Editor\nTerminal=false",
        ] {
            assert_eq!(boilerplate(t), 0, "{t}");
        }
    }

    #[test]
    fn a_breadcrumb_or_a_menu_bar_is_navigation() {
        for line in [
            "Accueil > Centre d'aide > CloudNest > Synchronisation",
            "Accueil | Nos produits | Conseils santé | Contact",
            "Accueil › Actualités › Santé",
            "Accueil › Voyager",
            "Vous êtes ici : Accueil > Actualités > Santé",
        ] {
            assert!(super::breadcrumb(line), "{line}");
        }
        for line in [
            // A path through menus, a route, a sentence, a fraction.
            "Fichier > Exporter > PDF",
            "Accueil > Paramètres",
            "Accueil > Paramètres > Compte. Cliquez ensuite sur le bouton.",
            "Accueil / la page des actualités / le reste",
        ] {
            assert!(!super::breadcrumb(line), "{line}");
        }
        // « J'aime » in a dialogue is no button.
        assert_eq!(
            boilerplate("Elle goûte la sauce.\n\n— J'aime bien.\n\n— J'aime ça, répondit-elle."),
            0
        );
        let page = "Accueil > Patients et visiteurs > Préparer votre hospitalisation\n\n\
                    Votre séjour à l'hôpital se prépare quelques jours à l'avance, avec votre \
                    médecin traitant et le service qui vous accueille.";
        assert_eq!(boilerplate(page), 1);
    }

    #[test]
    fn the_title_of_a_legal_page_is_no_furniture() {
        let body = "Nous collectons les données que vous nous confiez lors de la création de votre compte et de vos achats.\n\n\
                    Ces données servent à traiter vos commandes, à vous informer de leur suivi et à améliorer nos services.\n\n\
                    Elles sont conservées pendant toute la durée de votre abonnement, puis trois ans à des fins commerciales.\n\n\
                    Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à notre délégué.";
        assert_eq!(
            boilerplate(&format!("Politique de confidentialité – Extrait\n\n{body}")),
            0
        );
        assert_eq!(boilerplate(&format!("Mentions légales\n\n{body}")), 0);
        // Another link or button at the top is furniture, whatever follows.
        assert_eq!(
            boilerplate(&format!("Aller au contenu principal\n\n{body}")),
            1
        );
        assert_eq!(boilerplate(&format!("Paramétrer les cookies\n\n{body}")), 1);
        // The same line further down, or before a short text, is furniture.
        assert_eq!(
            boilerplate(&format!("{body}\n\nPolitique de confidentialité")),
            1
        );
        assert_eq!(
            boilerplate("Politique de confidentialité\n\nLe maire a inauguré la piscine."),
            1
        );
    }

    #[test]
    fn a_tags_label_opens_a_list() {
        let story = "Le gouvernement a présenté mardi sa réforme des retraites devant les syndicats, qui appellent à la grève.\n\n";
        for footer in [
            "Posted in News | Tagged Interpol, encryption, police",
            "Posted in News | Tags: Interpol, encryption, police",
            "Thèmes : Économie | Mots-clés : retraites, syndicats, grève",
            "Partager : Facebook Twitter Mots-clés : retraites syndicats grève",
            "Mots-clés retraites syndicats grève",
            "Mots-clés : Union européenne, droits de l'homme, Conseil",
            "Économie - mots-clés retraites, syndicats, grève",
            "Économie » mots-clés retraites, syndicats, grève",
            "Publié dans Économie, mots-clés retraites, syndicats, grève",
            "Posted in News / tagged Interpol, encryption, police",
            "Posted in News Tagged Interpol, encryption, police",
            "This entry was posted in News and tagged Interpol, encryption, police. Bookmark the permalink.",
        ] {
            assert_eq!(boilerplate(&format!("{story}{footer}\n")), 1, "{footer}");
        }
        for sentence in [
            "Vous pouvez utiliser des mots-clés pour réorganiser l'affichage des brosses. Voyez la section « Mots-clés ».",
            "You can use tags to reorganize the brushes display. See the section « Tags ».",
            "Le dialogue « Mots-clés » permet de trier les images par thème.",
            "Le dialogue ‹ Mots-clés › permet de trier les images par thème.",
            "La rubrique Mots-clés du site a disparu après la refonte.",
            "Emploi : CV, mots-clés et réseaux sociaux, les conseils des recruteurs.",
            "Tags antisémites sur une synagogue : le maire porte plainte.",
        ] {
            assert_eq!(boilerplate(&format!("{story}{sentence}\n")), 0, "{sentence}");
        }
    }

    #[test]
    fn a_heading_of_two_words_that_names_the_thing_is_no_label() {
        let story = "Le conseil municipal a voté jeudi le budget du nouveau conservatoire, après trois heures de débat.\n\n";
        for heading in [
            "Annonce officielle",
            "Touche Imprimer.",
            "Commentaires textuels",
        ] {
            assert_eq!(boilerplate(&format!("{story}{heading}\n")), 0, "{heading}");
        }
        // The label alone, or with a function word or a figure.
        for label in ["Publicité", "Partager sur", "Imprimer"] {
            assert_eq!(boilerplate(&format!("{story}{label}\n")), 1, "{label}");
        }
    }

    #[test]
    fn a_link_to_a_related_article_is_its_label_and_its_headline() {
        let story = "Le conseil municipal a voté jeudi le budget du nouveau conservatoire, après trois heures de débat.\n\n";
        for link in [
            "Lire aussi : Le conservatoire de Nantes ouvre ses portes aux adultes",
            "À lire également | Pourquoi les écoles de musique manquent de professeurs",
            "LIRE AUSSI - Culture : la ville double son budget",
            "Lire aussi Le maire défend son projet devant les riverains",
            "Lire aussi : « Nous ne lâcherons rien », promet le maire",
            "Read next: Why music schools are short of teachers",
            // A label of related products with its list of names.
            "Vous aimerez aussi : Pull Cézembre, Bonnet Iroise, Écharpe Grand Bé",
            "Articles similaires : Le conservatoire rouvre | Les écoles de musique recrutent",
            // A link's text whose target was lost.
            "Cliquez ici pour acheter vos billets en ligne et éviter la file d'attente !",
        ] {
            assert_eq!(boilerplate(&format!("{story}{link}\n")), 1, "{link}");
        }
        for text in [
            // A sentence, a cross-reference, a headline over two sentences or too long.
            "Lire aussi les conclusions du rapport de la Cour des comptes, publié en mars, qui juge le projet trop coûteux.",
            "Voir aussi : Configurer la grille et Aligner sur la grille",
            "See also Section 7.8, X server connection",
            "Lire aussi : Le maire répond. Les riverains ne sont pas convaincus.",
            "Lire aussi : le conservatoire de la ville, qui accueille chaque année plus de mille élèves venus de toute la région, ouvre ses portes",
            "Lire aussi Balzac aide à comprendre la société de son temps.",
            "Vous aimerez aussi Lisbonne, ses ruelles escarpées et ses vieux tramways jaunes.",
            "Vous aimerez aussi : Lisbonne, ses ruelles escarpées et ses vieux tramways jaunes.",
            // « Cliquez ici » inside a sentence, or in a paragraph of several sentences.
            "Pour réserver, cliquez ici puis choisissez la date de votre visite au musée.",
            "Cliquez ici pour réserver. Le musée est ouvert tous les jours sauf le mardi, de 9 h à 18 h.",
            "Appuyez ici pendant trois secondes pour réinitialiser l'appareil.",
            "Voir aussi : Jacques Brel, Léo Ferré, Barbara",
            // Wrapped prose goes on in lower case on the next line.
            "Vous aimerez aussi : Pull Cézembre, Bonnet Iroise\net bien d'autres modèles de notre collection tricotés à Saint-Malo",
            "Vous aimerez aussi : Pull Cézembre, Bonnet Iroise. Écharpe Grand Bé",
            "Cliquez ici pour acheter vos billets\net éviter la file d'attente à l'entrée du parc",
        ] {
            assert_eq!(boilerplate(&format!("{story}{text}\n")), 0, "{text}");
        }
    }
}
