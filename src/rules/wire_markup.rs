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

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let text = &ctx.doc.text;
    let paragraphs = &ctx.doc.paragraphs;
    // The end of the paragraph holding byte `i` (of the text, when between paragraphs).
    let paragraph_end = |i: usize| {
        let k = paragraphs.partition_point(|p| p.span.end <= i);
        paragraphs
            .get(k)
            .filter(|p| p.span.start <= i)
            .map_or(text.len(), |p| p.span.end)
    };
    let mut prev = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
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
                )
            }),
            '&' => entity(s).map(|(n, d)| {
                (
                    n,
                    format!("« {} »: HTML entity left in the text", &s[..n]),
                    Some(format!("« {d} »")),
                )
            }),
            '<' => tag(s, '<', '>', TAGS).map(|n| {
                (
                    n,
                    format!("« {} »: HTML tag left in the text", &s[..n]),
                    Some("delete the tag".into()),
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
                        )
                    })
            }
            '\\' if s[1..].starts_with(['n', 't', 'r', '"'])
                && !s[2..].starts_with(char::is_alphabetic) =>
            {
                Some((
                    2,
                    format!("« {} »: escape sequence left in the text", &s[..2]),
                    None,
                ))
            }
            _ => None,
        };
        if let Some((n, message, suggestion)) = hit {
            out.push(ctx.finding("wire-markup", Span::new(i, i + n), message, suggestion));
            skip_to = i + n;
        }
        prev = Some(c);
    }
}

#[cfg(test)]
mod tests {
    fn markup(text: &str) -> Vec<String> {
        super::super::messages_of("wire-markup", text)
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
}
