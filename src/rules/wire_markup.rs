//! `wire-markup`: agency and markup residue left in the text: `+mots+` (wire-service emphasis),
//! HTML entities (`&#8217;`, `&nbsp;`, `&amp;`), stray HTML or BBCode tags, literal `\n` escapes.

use super::DocCtx;
use crate::corpus::Span;
use crate::finding::Finding;

const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("nbsp", "espace insécable"),
    ("quot", "\""),
    ("lt", "<"),
    ("gt", ">"),
    ("apos", "'"),
    ("rsquo", "’"),
    ("lsquo", "‘"),
    ("rdquo", "”"),
    ("ldquo", "“"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("hellip", "…"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("ccedil", "ç"),
    ("ocirc", "ô"),
    ("ucirc", "û"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("euml", "ë"),
    ("ugrave", "ù"),
    ("oelig", "œ"),
    ("deg", "°"),
    ("euro", "€"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("shy", "trait d'union conditionnel"),
    ("thinsp", "espace fine"),
    ("Eacute", "É"),
    ("Agrave", "À"),
    ("Ccedil", "Ç"),
    ("bull", "•"),
];
const TAGS: &[&str] = &[
    "a",
    "b",
    "i",
    "u",
    "p",
    "br",
    "div",
    "span",
    "em",
    "strong",
    "img",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "script",
    "style",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "iframe",
    "figure",
    "figcaption",
    "sup",
    "sub",
    "hr",
    "font",
    "center",
    "small",
    "section",
    "article",
];
const BBCODE: &[&str] = &[
    "b", "i", "u", "s", "url", "img", "quote", "center", "color", "size", "code", "list",
];

fn entity(s: &str) -> Option<(usize, String)> {
    let body = s.strip_prefix('&')?;
    // Entity names are short: look for the `;` in the next 12 bytes only.
    let end = body.bytes().take(12).position(|b| b == b';')?;
    let name = &body[..end];
    let decoded = if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None if num.len() <= 7 => num.parse().ok()?,
            None => return None,
        };
        char::from_u32(n)?.to_string()
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name)?.1.to_string()
    };
    Some((end + 2, decoded))
}

fn tag(s: &str, open: char, close: char, names: &[&str]) -> Option<usize> {
    let body = s.strip_prefix(open)?;
    // A tag fits in 200 bytes (in NFC): never scan further.
    let end = crate::text::find_within(body, 199, |c| c == close)?;
    let inner = body[..end].trim_start_matches('/');
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let rest = &inner[name.len()..];
    let ok = names.contains(&name.as_str())
        && (rest.is_empty() || rest.starts_with([' ', '=']) || rest == "/");
    ok.then_some(end + 2)
}

/// How far a BBCode opening tag's closing tag is looked for, in bytes.
const CLOSE_WITHIN: usize = 2_000;

/// Whether `[/name]` (any case) closes the tag `name` in `rest`, the text after the tag up to
/// the end of its paragraph, within [`CLOSE_WITHIN`] bytes.
fn closed_later(rest: &str, name: &str) -> bool {
    // A window of bytes: the tag is ASCII, so a character cut at its end does not matter.
    let window = &rest.as_bytes()[..rest.len().min(CLOSE_WITHIN)];
    let close = format!("[/{name}]");
    window
        .windows(close.len())
        .any(|w| w.eq_ignore_ascii_case(close.as_bytes()))
}

/// `+mots+`: a plus sign opening a word and another closing a word, on one line.
fn plus_markup(s: &str, prev: Option<char>) -> Option<usize> {
    let body = s.strip_prefix('+')?;
    let is_mark = crate::text::is_mark;
    if prev.is_some_and(|c| c.is_alphanumeric() || is_mark(c))
        || !body.starts_with(char::is_alphabetic)
    {
        return None;
    }
    // Within 80 bytes (in NFC) on the same line: never scan further.
    let end = crate::text::find_within(body, 80, |c| matches!(c, '+' | '\n' | '\r'))?;
    if !body[end..].starts_with('+')
        || !crate::text::last_base(&body[..end]).is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let after = body[end + 1..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(end + 2)
}

/// Whether the document is plain text (`.txt`, `.text` or no extension): in Markdown, MDX,
/// reStructuredText or AsciiDoc, `**gras**`, `[[lien]]` and `{{modèle}}` are the format's own
/// syntax or its site generator's.
fn plain_text(path: &str) -> bool {
    match std::path::Path::new(path).extension() {
        None => true,
        Some(e) => e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("text"),
    }
}

/// `**mots**`, `[[mots]]` or `{{mots}}` (`open` and `close`, two characters each) around words
/// on one line: Markdown emphasis, a wiki link or a template pasted into plain text. The words open on a letter and end
/// on a letter, a digit or a final mark, within 80 bytes, and no letter touches the marks from
/// outside (« a**b** » is no emphasis, « [[+]POSITION] » no link).
fn paired_markup(s: &str, prev: Option<char>, open: &str, close: &str) -> Option<usize> {
    let body = s.strip_prefix(open)?;
    if prev.is_some_and(|c| c.is_alphanumeric() || open.contains(c))
        || !body.starts_with(char::is_alphabetic)
    {
        return None;
    }
    let stop = close.chars().next()?;
    let end = crate::text::find_within(body, 80, |c| c == stop || c == '\n' || c == '\r')?;
    if !body[end..].starts_with(close)
        || !crate::text::last_base(&body[..end])
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '!' | '?' | '.'))
    {
        return None;
    }
    let after = body[end + close.len()..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric() || close.contains(c)) {
        return None;
    }
    Some(open.len() + end + close.len())
}

/// The length of a mail merge's field at the start of `s` (« %PRENOM% »): a name of three
/// characters or more, capital letters, figures and `_`, opening on a letter, between two `%`,
/// standing apart from the letters and figures around it (`prev` is the character before); not a
/// variable of Windows' environment.
fn merge_field(s: &str, prev: Option<char>) -> Option<usize> {
    if prev.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let body = s.strip_prefix('%')?;
    let len = body.find('%')?;
    let name = &body[..len];
    let after = &body[len + 1..];
    // A variable of Windows, or one that opens a path (« %APPDATA%\GIMP »), is no field.
    const WINDOWS: &[&str] = &[
        "APPDATA",
        "LOCALAPPDATA",
        "PROGRAMDATA",
        "PROGRAMFILES",
        "USERPROFILE",
        "HOMEPATH",
        "HOMEDRIVE",
        "SYSTEMROOT",
        "SYSTEMDRIVE",
        "WINDIR",
        "TEMP",
        "TMP",
        "PATH",
        "PATHEXT",
        "USERNAME",
        "COMPUTERNAME",
        "ALLUSERSPROFILE",
        "COMMONPROGRAMFILES",
        "PUBLIC",
        "COMSPEC",
    ];
    if WINDOWS.contains(&name) || after.starts_with(['\\', '/']) {
        return None;
    }
    (name.chars().count() >= 3
        && name.starts_with(|c: char| c.is_uppercase())
        && name
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '_')
        && !after.starts_with(char::is_alphanumeric))
    .then_some(len + 2)
}

/// A placeholder written with spaces inside, as Jinja, Liquid or Django write them
/// (« Bonjour {{ prenom }}, »): one name of letters, digits, `_` and `.` between `{{ ` and ` }}`,
/// with no letter glued outside. Its length in bytes.
fn spaced_placeholder(s: &str, prev: Option<char>) -> Option<usize> {
    if prev.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let body = s.strip_prefix("{{ ")?;
    let end = body.find(" }}")?;
    let name = &body[..end];
    let ok = name.starts_with(char::is_alphabetic)
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'));
    let n = 3 + end + 3;
    (ok && !s[n..].starts_with(char::is_alphanumeric)).then_some(n)
}

/// Words after which a tag, an entity or an escape is a token the text talks about: a noun that
/// names one (« la balise <OL> », « des séquences comme \n, \t », « le caractère de tabulation
/// est \t ») or a verb that asks to type one (« saisissez \n dans la zone »). Lower case, NFC.
const INTRODUCERS: &[&str] = &[
    // French nouns
    "balise",
    "balises",
    "élément",
    "éléments",
    "attribut",
    "attributs",
    "séquence",
    "séquences",
    "échappement",
    "caractère",
    "caractères",
    "combinaison",
    "combinaisons",
    "construction",
    "constructions",
    "code",
    "codes",
    "ancre",
    "ancres",
    "marqueur",
    "marqueurs",
    "étiquette",
    "étiquettes",
    "entité",
    "entités",
    "syntaxe",
    "notation",
    // French verbs: imperative and infinitive
    "saisissez",
    "saisir",
    "tapez",
    "taper",
    "entrez",
    "entrer",
    "insérez",
    "insérer",
    "incluez",
    "inclure",
    "écrivez",
    // English, for the English passages of a manual
    "tag",
    "tags",
    "element",
    "elements",
    "attribute",
    "attributes",
    "sequence",
    "sequences",
    "escape",
    "character",
    "characters",
    "entity",
    "entities",
    "enter",
    "insert",
];

/// Nouns that name markup itself: a sentence that holds one and ends with a colon introduces a
/// sample of markup (« identifié par les balises suivantes : »).
const MARKUP_NOUNS: &[&str] = &[
    "balise",
    "balises",
    "séquence",
    "séquences",
    "entité",
    "entités",
    "attribut",
    "attributs",
    "tag",
    "tags",
    "sequence",
    "sequences",
    "entity",
    "entities",
    "attribute",
    "attributes",
];

/// How many words before a token an introducer is looked for (its own word included).
const INTRODUCER_WITHIN: usize = 4;

/// How many paragraphs without a sentence end a sample introduced by a colon runs over.
const SAMPLE_PARAGRAPHS: usize = 4;

/// Quotation marks around a mentioned token: (opening, closing).
const QUOTES: &[(char, char)] = &[('«', '»'), ('"', '"'), ('“', '”'), ('‘', '’'), ('\'', '\'')];

/// Spaces inside quotation marks (« \n »).
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}')
}

/// Whether `text[start..end]` is alone between two matching quotation marks (spaces aside):
/// « \n », "<SPAN>", '\t'.
fn quoted(text: &str, start: usize, end: usize) -> bool {
    let open = text[..start].trim_end_matches(is_space).chars().next_back();
    let close = text[end..].trim_start_matches(is_space).chars().next();
    QUOTES
        .iter()
        .any(|&(o, c)| open == Some(o) && close == Some(c))
}

/// A word as the lists above spell it: lower case, NFC, without the punctuation around it and the
/// elided article before it (« l'attribut », « d'échappement »).
fn bare_word(chunk: &str) -> String {
    let is_mark = crate::text::is_mark;
    let w = chunk.trim_matches(|c: char| !c.is_alphanumeric() && !is_mark(c));
    let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
    super::words::lower(w)
}

/// Whether a chunk ends a sentence or a clause (« fin. », « ; »).
fn ends_clause(chunk: &str) -> bool {
    chunk
        .trim_end_matches(['»', '"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '…', ';'])
}

/// Whether a sentence ends in `s`: `.`, `!`, `?` or `…` before a space, a closing bracket or
/// quotation mark, or the end (not the dots of « http://www.exemple.com/ »).
fn has_sentence_end(s: &str) -> bool {
    s.char_indices().any(|(i, c)| {
        matches!(c, '.' | '!' | '?' | '…')
            && s[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| n.is_whitespace() || matches!(n, ')' | ']' | '»' | '"' | '”'))
    })
}

/// Whether one of the last [`INTRODUCER_WITHIN`] words of the clause before byte `at` (from
/// `from`, the start of its paragraph) introduces a token. Other tokens (`hits`, and chunks that
/// start with a backslash such as `\f`) and punctuation are not words: « les balises HTML
/// <font size=1> à <font size=7> », « des séquences comme \n, \t ».
fn introduced(
    text: &str,
    from: usize,
    at: usize,
    hits: &[(usize, usize)],
    introducers: &[&str],
) -> bool {
    let mut end = at;
    let (mut words, mut skipped) = (0, 0);
    while words < INTRODUCER_WITHIN && skipped < 16 {
        let before = text[from..end].trim_end_matches(is_space);
        if before.is_empty() {
            return false;
        }
        let chunk_end = from + before.len();
        let chunk_start = from
            + before
                .char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map_or(0, |(k, c)| k + c.len_utf8());
        let chunk = &text[chunk_start..chunk_end];
        end = chunk_start;
        // The end of a clause, or the start of a quotation the token is part of (« utilisez
        // « join -t &apos;&apos; » »: a command is quoted, not the token).
        if ends_clause(chunk) || chunk.starts_with(['«', '“', '"']) {
            return false;
        }
        let k = hits.partition_point(|h| h.1 <= chunk_start);
        let in_hit = hits.get(k).is_some_and(|h| h.0 < chunk_end);
        let word = bare_word(chunk);
        if in_hit || chunk.starts_with('\\') || word.is_empty() {
            skipped += 1;
            continue;
        }
        if introducers.contains(&word.as_str()) {
            return true;
        }
        words += 1;
    }
    false
}

/// Whether paragraph `k` is part of a sample that a sentence naming markup introduces with a
/// colon (« Dans le code source HTML, le script est identifié par les balises suivantes : »):
/// it and the paragraphs between have no sentence end, and the sample runs over
/// [`SAMPLE_PARAGRAPHS`] paragraphs at most.
fn in_sample(ctx: &DocCtx, k: usize) -> bool {
    let doc = &ctx.doc;
    for j in (k.saturating_sub(SAMPLE_PARAGRAPHS)..=k).rev() {
        let p = &doc.paragraphs[j];
        let para = doc.slice(p.span).trim_end();
        if j < k && para.ends_with(':') {
            let last = p.sentences.last().map_or(p.span, |s| *s);
            return doc
                .slice(last)
                .split(is_space)
                .any(|w| MARKUP_NOUNS.contains(&bare_word(w).as_str()));
        }
        if has_sentence_end(para) {
            return false;
        }
    }
    false
}

/// Whether the token at `span`, of the given kind, is mentioned rather than left over: quoted
/// alone (« \n », "<SPAN>"), standing apart after a word that introduces it (« la balise <OL> »,
/// « saisissez \n »), in a sample of markup introduced by a colon, or (an escape) making up its
/// paragraph alone, the term of a list or a table. `samples` keeps [`in_sample`] by paragraph.
fn mentioned(
    ctx: &DocCtx,
    span: (usize, usize),
    escape: bool,
    hits: &[(usize, usize)],
    samples: &mut Vec<Option<bool>>,
) -> bool {
    let text = &ctx.doc.text;
    let (start, end) = span;
    if quoted(text, start, end) {
        return true;
    }
    let paragraphs = &ctx.doc.paragraphs;
    let k = paragraphs.partition_point(|p| p.span.end <= start);
    let Some(p) = paragraphs.get(k).filter(|p| p.span.start <= start) else {
        return false;
    };
    // Outside a document about computing, only the nouns of markup introduce a token: news
    // writes « le Code du travail <br> prévoit », « les éléments de l'enquête <br> montrent »,
    // and an escape alone on its line is a scraper's leftover there.
    let computing = ctx.about_computing();
    if escape && computing && ctx.doc.slice(p.span).trim() == &text[start..end] {
        return true;
    }
    let introducers = if computing { INTRODUCERS } else { MARKUP_NOUNS };
    // Standing apart: after a space, an opening bracket or the start of the paragraph, and before
    // no letter or figure (« ici\n et » is an escape left in the text).
    let apart = text[p.span.start..start]
        .chars()
        .next_back()
        .is_none_or(|c| is_space(c) || matches!(c, '(' | '['))
        && !text[end..].starts_with(char::is_alphanumeric);
    if apart && introduced(text, p.span.start, start, hits, introducers) {
        return true;
    }
    if samples.is_empty() {
        samples.resize(paragraphs.len(), None);
    }
    *samples[k].get_or_insert_with(|| in_sample(ctx, k))
}

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let text = &ctx.doc.text;
    let paragraphs = &ctx.doc.paragraphs;
    let computing = || ctx.about_computing();
    // The end of the paragraph holding byte `i` (of the text, when between paragraphs).
    let paragraph_end = |i: usize| {
        let k = paragraphs.partition_point(|p| p.span.end <= i);
        paragraphs
            .get(k)
            .filter(|p| p.span.start <= i)
            .map_or(text.len(), |p| p.span.end)
    };
    // (start, length, message, suggestion, whether the text may be talking about it: a tag, an
    // entity or an escape; wire-service markup is never written to be talked about).
    let mut hits: Vec<(usize, usize, String, Option<String>, Kind)> = Vec::new();
    let mut prev = None;
    let mut before_prev = None;
    let mut skip_to = 0;
    let is_markdown = !plain_text(&ctx.doc.path);
    for (i, c) in text.char_indices() {
        if i < skip_to {
            before_prev = prev;
            prev = Some(c);
            continue;
        }
        let s = &text[i..];
        let hit = match c {
            '+' => plus_markup(s, prev).map(|n| {
                let words = &s[1..n - 1];
                (
                    n,
                    format!("« {} »: wire-service markup around words", &s[..n]),
                    Some(format!("« {words} »")),
                    Kind::Wire,
                )
            }),
            '*' if !is_markdown => paired_markup(s, prev, "**", "**").map(|n| {
                (
                    n,
                    format!("« {} »: Markdown emphasis left in plain text", &s[..n]),
                    Some(format!("« {} »", &s[2..n - 2])),
                    Kind::Token,
                )
            }),
            // One word in lower case is rather an attribute of C (« [[deprecated]] »).
            '[' if !is_markdown && s.starts_with("[[") => paired_markup(s, prev, "[[", "]]")
                .filter(|&n| {
                    let inner = &s[2..n - 2];
                    inner.contains(' ') || inner.starts_with(char::is_uppercase)
                })
                .map(|n| {
                    (
                        n,
                        format!("« {} »: wiki link markup left in the text", &s[..n]),
                        Some(format!("« {} »", &s[2..n - 2])),
                        Kind::Token,
                    )
                }),
            // A template's placeholder or a wiki template (« Bonjour {{prenom}} »,
            // « {{Référence nécessaire}} »), in plain text: in Markdown, a site generator's.
            '{' if !is_markdown && s.starts_with("{{") => paired_markup(s, prev, "{{", "}}")
                .or_else(|| spaced_placeholder(s, prev))
                .map(|n| {
                    (
                        n,
                        format!("« {} »: template markup left in the text", &s[..n]),
                        Some("replace it with its value or delete it".into()),
                        Kind::Token,
                    )
                }),
            // A mail merge's field (« Bonjour %PRENOM% %NOM%, »), outside a document about
            // computing, where `%APPDATA%` is a variable of Windows.
            '%' => merge_field(s, prev).filter(|_| !computing()).map(|n| {
                (
                    n,
                    format!("« {} »: mail-merge field left in the text", &s[..n]),
                    Some("replace it with its value or delete it".into()),
                    Kind::Token,
                )
            }),
            '&' => entity(s).map(|(n, d)| {
                (
                    n,
                    format!("« {} »: HTML entity left in the text", &s[..n]),
                    Some(format!("« {d} »")),
                    Kind::Token,
                )
            }),
            '<' => tag(s, '<', '>', TAGS).map(|n| {
                (
                    n,
                    format!("« {} »: HTML tag left in the text", &s[..n]),
                    Some("delete the tag".into()),
                    Kind::Token,
                )
            }),
            // A closing tag is markup. An opening one is not a subscript (« s1[i] »,
            // « data[size] ») nor a synopsis' nested brackets (« [[+]POSITION[.][b]] »), and
            // without an attribute it is markup only when closed in its paragraph
            // (« [URL]... » in a synopsis is no link).
            '[' => {
                let attached =
                    prev.is_some_and(|c: char| c.is_alphanumeric() || matches!(c, '_' | '[' | ']'));
                tag(s, '[', ']', BBCODE)
                    .filter(|&n| {
                        let inner = &s[1..n - 1];
                        let name: String = inner
                            .chars()
                            .take_while(char::is_ascii_alphanumeric)
                            .collect();
                        inner.starts_with('/')
                            || !attached
                                && (inner.contains('=')
                                    || closed_later(
                                        &text[i + n..paragraph_end(i).max(i + n)],
                                        &name,
                                    ))
                    })
                    .map(|n| {
                        (
                            n,
                            format!("« {} »: BBCode tag left in the text", &s[..n]),
                            Some("delete the tag".into()),
                            Kind::Token,
                        )
                    })
            }
            // `"\"` is a backslash in quotation marks (« précéder d'un caractère "\" »), not an
            // escaped quotation mark: the `"` before it opens (no letter, figure or quotation
            // mark before it) and no word follows.
            '\\' if s[1..].starts_with('"')
                && prev == Some('"')
                && !before_prev.is_some_and(|c: char| {
                    c.is_alphanumeric() || crate::text::is_mark(c) || matches!(c, '"' | '\\')
                })
                && !s[2..].starts_with(char::is_alphanumeric) =>
            {
                None
            }
            // A letter after it makes a command or a path (« \\newline », « C:\\temp »), but
            // for a capital outside a document about computing, where no LaTeX is written
            // (« \\nRightarrow », « \\"A »): a line break escaped between two lines of
            // scraped text (« sur place\\nAnimations »).
            '\\' if s[1..].starts_with(['n', 't', 'r', '"'])
                && !s[2..].starts_with(|c: char| {
                    c.is_alphabetic() && (!c.is_uppercase() || computing())
                }) =>
            {
                Some((
                    2,
                    format!("« {} »: escape sequence left in the text", &s[..2]),
                    None,
                    Kind::Escape,
                ))
            }
            _ => None,
        };
        if let Some((n, message, suggestion, kind)) = hit {
            hits.push((i, n, message, suggestion, kind));
            skip_to = i + n;
        }
        before_prev = prev;
        prev = Some(c);
    }
    let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.0, h.0 + h.1)).collect();
    let mut samples = Vec::new();
    for (i, n, message, suggestion, kind) in hits {
        let escape = kind == Kind::Escape;
        if kind != Kind::Wire && mentioned(ctx, (i, i + n), escape, &spans, &mut samples) {
            continue;
        }
        out.push(ctx.finding("wire-markup", Span::new(i, i + n), message, suggestion));
    }
}

/// What a finding is about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `+mots+`.
    Wire,
    /// A tag or an entity.
    Token,
    /// `\n`, `\t`, `\r`, `\"`.
    Escape,
}

#[cfg(test)]
mod tests {
    fn markup(text: &str) -> Vec<String> {
        super::super::messages_of("wire-markup", text)
    }

    #[test]
    fn a_mail_merge_field_is_found_outside_a_manual() {
        assert_eq!(
            markup("Bonjour %PRENOM% %NOM%,\n\nVotre facture est disponible."),
            vec![
                "« %PRENOM% »: mail-merge field left in the text",
                "« %NOM% »: mail-merge field left in the text",
            ]
        );
        for t in [
            // Percentages, a format's conversion, a name too short.
            "Le taux passe de 5% à 10% puis à 15%.",
            "Le format %d%% affiche un pourcentage.",
            "La remise de 20%OK% est une coquille de saisie.",
            "Le code %AB% est réservé.",
            "Le cache est dans %APPDATA%, et les réglages dans %CONFIG%\\app.",
        ] {
            assert_eq!(markup(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn markdown_emphasis_and_wiki_links_in_plain_text_are_residue() {
        let text = "**Attention** : la poignée chauffe. Voir [[Politique de confidentialité]] \
                    pour le détail, {{Référence nécessaire}}.\n\nBonjour {{prenom}},\n\n\
                    Votre commande {{ order.id }} est partie.\n";
        assert_eq!(
            markup(text),
            [
                "« **Attention** »: Markdown emphasis left in plain text",
                "« [[Politique de confidentialité]] »: wiki link markup left in the text",
                "« {{Référence nécessaire}} »: template markup left in the text",
                "« {{prenom}} »: template markup left in the text",
                "« {{ order.id }} »: template markup left in the text",
            ]
        );
        // Markdown and other markup formats are written so; a product of two pointers, a
        // synopsis and a glob are no markup.
        for name in ["a.md", "a.mdx", "a.Rmd", "a.rst", "a.adoc"] {
            let corpus = crate::corpus::Corpus::from_texts([(name, text)]);
            let opts = crate::CheckOptions::default();
            assert!(
                crate::check(&corpus, &opts)
                    .findings
                    .iter()
                    .all(|f| f.rule != "wire-markup"),
                "{name}"
            );
        }
        for t in [
            "Le calcul a**b** donne une puissance.",
            "od [OPTION]... [FICHIER] [[+]POSITION[.][b]]",
            "[[deprecated]] char *strsignal(int sig);",
            "Le motif src/**/*.rs désigne tous les fichiers, et 2 ** 3 vaut 8.",
            // A set of sets; a template's syntax with more than a name inside.
            "La fonction renvoie l'ensemble {{1, 2}, {3}} trié.",
            "Le modèle affiche {{ titre | upper }} en haut de la page.",
        ] {
            assert_eq!(markup(t), Vec::<String>::new(), "{t}");
        }
    }

    #[test]
    fn a_backslash_before_a_small_letter_is_a_command_or_a_path() {
        for t in [
            "La commande \\newline de LaTeX coupe la ligne sans commencer un paragraphe.",
            "Les fichiers temporaires sont rangés dans C:\\temp jusqu'au redémarrage.",
            "Le symbole \\theta désigne l'angle mesuré depuis l'axe horizontal.",
        ] {
            assert_eq!(markup(t), Vec::<String>::new(), "{t}");
        }
        // A capital after it in a document about computing: a command of LaTeX.
        let latex = "Voir chmod(2), fcntl(2) et ioctl(2). Dans la source du document, la flèche \\nRightarrow et le symbole \\rVert se compilent sans erreur.";
        assert_eq!(markup(latex), Vec::<String>::new());
    }

    #[test]
    fn bbcode_left_in_the_text_is_found() {
        assert_eq!(
            markup("Le maire a annoncé une [b]hausse[/b] des impôts locaux pour l’an prochain."),
            [
                "« [b] »: BBCode tag left in the text",
                "« [/b] »: BBCode tag left in the text"
            ]
        );
        assert_eq!(
            markup("Lire le [url=https://exemple.fr/a]communiqué de la mairie[/URL] publié hier."),
            [
                "« [url=https://exemple.fr/a] »: BBCode tag left in the text",
                "« [/URL] »: BBCode tag left in the text"
            ]
        );
        assert_eq!(
            markup("La citation se termine ici.[/quote] Le texte reprend ensuite."),
            ["« [/quote] »: BBCode tag left in the text"]
        );
    }

    #[test]
    fn subscripts_synopses_and_unclosed_words_are_not_bbcode() {
        for t in [
            "La fonction renvoie un entier négatif si s1[i] est inférieur à s2[i].",
            "Le champ data[size] contient les octets lus.",
            "od [OPTION]... [FICHIER] [[+]POSITION[.][b]]",
            "wget [option]... [URL]...",
            "Le caractère est remplacé par un [i/n] si plusieurs réponses sont possibles.",
            // Opened, closed only in the next paragraph (after a blank line, or on the next
            // line where every line is a paragraph).
            "Un texte en [b]gras.\n\nUn autre paragraphe[/b] plus loin.",
            "Un texte en [b]gras.\nUn autre paragraphe[/b] plus loin.\nEt un troisième.",
        ] {
            let found: Vec<String> = markup(t)
                .into_iter()
                .filter(|m| m.contains("BBCode") && !m.contains("[/b]"))
                .collect();
            assert!(found.is_empty(), "{t}: {found:?}");
        }
    }

    use super::super::MANUAL_INTRO as MANUAL;

    #[test]
    fn a_token_the_text_talks_about_is_no_leftover() {
        for t in [
            // Quoted alone.
            "Le serveur renvoie les blocs dans des balises \"<DIV>\" ou \"<SPAN>\" selon le modèle choisi.",
            "La bibliothèque traite les caractères de contrôle « \\r » et « \\t » comme des espaces.",
            "Le champ séparateur vaut '\\t' par défaut dans le fichier d'export.",
            "Remplacez chaque « &nbsp; » par une espace ordinaire dans le gabarit.",
            "Sur le forum, « [/quote] » ferme la citation ouverte plus haut dans le message.",
            // A backslash in quotation marks.
            "Pour échapper un point, faites-le précéder d'une barre \"\\\" dans le motif de recherche.",
            "\"\\\" sépare les dossiers sous Windows.",
            // After a word that introduces it.
            "Le greffon lit la couleur dans l'attribut CLASS des balises <TD> et <TH> du tableau.",
            "Les éditeurs en ligne ajoutent la balise <br> à chaque retour de ligne saisi.",
            "Les séquences comme \\r, \\n ou \\t ne sont pas interprétées par la commande.",
        ] {
            assert_eq!(markup(t), Vec::<String>::new(), "{t}");
        }
        // Words that introduce a token in a manual only (in news, « le Code du travail <br>
        // prévoit » is a leftover).
        for t in [
            "Tapez \\t dans la zone Remplacer pour insérer une tabulation à chaque occurrence.",
            "Sous Windows, le caractère retour chariot est \\r et il précède chaque fin de ligne.",
            "Dans le code source, les paragraphes sont délimités par des éléments <P> successifs.",
        ] {
            let manual = format!("{MANUAL}{t}");
            assert_eq!(markup(&manual), Vec::<String>::new(), "{t}");
            assert_eq!(markup(t).len(), 1, "{t}");
        }
        // A sample of markup introduced by a colon, and an escape alone on its line: the term
        // of a table.
        let sample = "Pour incorporer la vidéo, la page doit contenir les balises suivantes :\n\n\
                      <IFRAME SRC=\"https://exemple.org/lecteur\" WIDTH=\"640\">\n\n\
                      <!-- options du lecteur -->\n\n\
                      </IFRAME>\n\n\
                      La vidéo s'affiche alors dans la page.\n";
        assert_eq!(markup(sample), Vec::<String>::new());
        let table = "Motif\n\nSignification\n\n\\r\n\nUn retour chariot, inséré par certains \
                     éditeurs à la fin des lignes.\n";
        assert_eq!(markup(&format!("{MANUAL}{table}")), Vec::<String>::new());
        assert_eq!(
            markup(table).len(),
            1,
            "an escape alone in an article is left over"
        );
    }

    #[test]
    fn leftover_markup_near_a_mention_word_is_still_found() {
        for (t, found) in [
            // Glued to the text: left over, whatever word comes before.
            (
                "Le code du travail<br>prévoit une indemnité pour chaque salarié licencié.",
                "« <br> »: HTML tag left in the text",
            ),
            (
                "Saisissez votre nom ici\\n puis validez le formulaire envoyé à la mairie.",
                "« \\n »: escape sequence left in the text",
            ),
            // Between two lines of scraped text: a capital after it.
            (
                "Buvette et restauration sur place\\nAnimations pour les enfants dès 15 heures.",
                "« \\n »: escape sequence left in the text",
            ),
            // The introducing word is too far, or in another sentence.
            (
                "Le code de la route a été durci par le gouvernement <br> au début du mois.",
                "« <br> »: HTML tag left in the text",
            ),
            (
                "Le texte précise les éléments du dossier. <b> Le maire a refusé de signer.",
                "« <b> »: HTML tag left in the text",
            ),
            // Part of a quotation, not quoted alone.
            (
                "Il a répondu \\\"non\\\" aux questions des journalistes sur le budget.",
                "« \\\" »: escape sequence left in the text",
            ),
            // Words of news that introduce a token in a manual only.
            (
                "Le Code du travail <br> prévoit une indemnité pour chaque salarié licencié.",
                "« <br> »: HTML tag left in the text",
            ),
            (
                "Les éléments de l'enquête <br> montrent que la direction était informée.",
                "« <br> »: HTML tag left in the text",
            ),
            (
                "La construction du nouveau stade &nbsp; a pris deux ans de retard.",
                "« &nbsp; »: HTML entity left in the text",
            ),
            (
                "La société AT&amp;T a annoncé la suppression de mille emplois en Europe.",
                "« &amp; »: HTML entity left in the text",
            ),
            (
                "Il suffit de taper « ls -l &amp; » puis d'attendre la fin de la commande.",
                "« &amp; »: HTML entity left in the text",
            ),
        ] {
            assert!(markup(t).iter().any(|m| m == found), "{t}: {:?}", markup(t));
        }
        // An escaped quotation mark before a figure is no backslash in quotation marks.
        assert_eq!(
            markup("Le fichier exporté commence par \"\\\"2024\\\"\" sur sa première ligne."),
            [
                "« \\\" »: escape sequence left in the text",
                "« \\\" »: escape sequence left in the text"
            ]
        );
        // A tag alone on its line is a scraper's leftover; a colon after words that name no
        // markup introduces a quotation, not a sample.
        let lone =
            "Le conseil municipal a voté le budget.\n\n<br />\n\nLa séance est levée à minuit.\n";
        assert_eq!(markup(lone), ["« <br /> »: HTML tag left in the text"]);
        let quotation = "Le ministre a déclaré devant les députés :\n\n<p>Nous ne céderons pas\n\n\
                         La séance a repris ensuite.\n";
        assert_eq!(markup(quotation), ["« <p> »: HTML tag left in the text"]);
    }

    #[test]
    fn a_no_break_space_separates_words() {
        // Spaces of two and three bytes before a word (the first version cut one in two).
        assert_eq!(
            markup("Le maire a &amp;\u{202f}le conseil a &amp;\u{a0}le vote a &amp;\u{202f}ici."),
            ["« &amp; »: HTML entity left in the text"; 3]
        );
        assert_eq!(
            markup(&format!(
                "{MANUAL}Saisissez\u{a0}\\t dans la zone Remplacer pour chercher les tabulations."
            )),
            Vec::<String>::new()
        );
    }
}
