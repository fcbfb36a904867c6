//! Text views: comparison normalisation, tokens with raw spans, and sentences.

pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use normalize::{normalize_into, NormOptions};

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `s` in NFC: borrowed when it already is (ASCII, or the NFC quick check says so), which is
/// nearly always. Rules compare and quote this form, so that text typed in NFD (a decomposed
/// "é", as some macOS tools write) gives the same findings as the same text in NFC.
pub fn nfc(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// `s` cut to its first `max` user-perceived characters (grapheme clusters: a letter and its
/// combining accents count once and are never cut apart), with « … » when something was cut.
pub fn shorten(s: &str, max: usize) -> Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation;
    match s.grapheme_indices(true).nth(max) {
        None => Cow::Borrowed(s),
        Some((at, _)) => Cow::Owned(format!("{}…", &s[..at])),
    }
}

/// [`nfc`] of an owned string: the same string back when it already is NFC, with no copy.
pub fn into_nfc(s: String) -> String {
    match nfc(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// Whether a stretch of text reads as source code or a command synopsis rather than prose (a
/// code sample in a manual): a preprocessor line, a statement marker (`();`, `){`, `};`, `->`,
/// `::`, `==`, `!=`, `&&`, `||`, `/*`, `*/`, `+=`), a line that ends with `);` (a call or a
/// prototype), a line that starts with a TeX or LilyPond command (`\override`), a block opened at
/// the end of a line and closed at the start of a later one, or,
/// over 24 non-space characters or more, one in eight among the symbols code is
/// written with (`{}();=#*/|\_$%^~`). The angle and square brackets and `&` of markup are not
/// counted (a tag left in a short paragraph is prose with a leftover), and French prose holds few
/// of the others: « open() renvoie -1 (voir errno). » and « trois pays (France, Italie); le
/// ministre » stay prose. A terminal session is code too: a line that starts with a shell
/// prompt (`$ ` or `user@host:~# `) and a command (in lower case, or a path), unless the line
/// before ends with a figure (« 45 » / « $ par mois »: money), and so are lines that are each a
/// command without a prompt (a command name, an option, no final punctuation: `blkid --probe
/// /dev/sda1`), and Lisp (a line that starts with `#(`, `guile>` or `;;`, or two lines that start
/// with a form, `(define`, one of them ending with `))`), columns (lines with a tab or a run of
/// spaces between two words: a configuration file, a command's output) and a listing of
/// `ls -l`. Rules about prose (a sentence
/// in another language, a repeated word, an escape sequence, apostrophe styles) leave code alone.
pub fn looks_like_code(s: &str) -> bool {
    if code_markers(s) || columns(s) {
        return true;
    }
    let (mut symbols, mut others) = (0usize, 0usize);
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        if "{}();=#*/|\\_$%^~".contains(c) {
            symbols += 1;
        } else {
            others += 1;
        }
    }
    symbols + others >= 24 && symbols * 8 >= symbols + others
}

/// The part of [`looks_like_code`] that needs a mark of code, not only many symbols: a
/// preprocessor line, a statement marker, a line ending with `);`, a line that starts with a TeX
/// or LilyPond command (`\override`), a block opened at the end of a line (`{`) and closed at the
/// start of a later one (`}`), a prompt, command lines. A table of figures
/// or a line of links has the symbols, not these marks.
pub(crate) fn code_markers(s: &str) -> bool {
    const MARKERS: [&str; 12] = [
        "();", "){", "};", "->", "::", "==", "!=", "&&", "||", "/*", "*/", "+=",
    ];
    let t = s.trim_start();
    ["#include", "#define", "#if", "#endif", "#undef", "#pragma"]
        .iter()
        .any(|d| t.starts_with(d))
        || MARKERS.iter().any(|m| s.contains(m))
        || physical_lines(s).any(|l| l.trim_end().ends_with(");"))
        // A line that starts with a command of TeX or LilyPond: `\override Staff.Clef`.
        || physical_lines(s).any(|l| l.trim_start().strip_prefix('\\').is_some_and(tex_command))
        // A block opened at the end of a line and closed at the start of a later one (C,
        // LilyPond, CSS, JSON): `\addlyrics {` … `}`.
        || physical_lines(s)
            .position(|l| l.trim_end().ends_with('{'))
            .is_some_and(|i| physical_lines(s).skip(i + 1).any(|l| l.trim_start().starts_with('}')))
        || physical_lines(s)
            .scan("", |previous, l| {
                // « 45 » / « $ par mois »: a price cut by a line end, not a prompt (unless the
                // line before is a command too: « $ LANG=fr_FR.UTF-8 »).
                let money = previous.trim_end().ends_with(|c: char| c.is_ascii_digit())
                    && !previous.trim_start().starts_with('$');
                *previous = l;
                Some(!money && after_prompt(l))
            })
            .any(|prompt| prompt)
        || nonblank_lines(s).all(command_line) && nonblank_lines(s).next().is_some()
        || lisp(s)
        || nonblank_lines(s).any(file_mode)
        || method_call(s)
}

/// Whether a line of `s` opens on a method's call: a name, a dot, a name and an opening
/// parenthesis, with no space between (`svc.ShiftDown(range: str): str`, `doc.getText()`),
/// maybe after an interpreter's prompt or an assignment (`>>> rc = ui.MsgBox(reply)`,
/// `desktop = smgr.createInstance(x)`); not a manual page with its section (`logind.conf(5)`).
/// A sentence that mentions a method (« Refer to SF_String.IsLike() for… ») is prose, and an
/// abbreviation's dot is no call (« etc.(voir plus bas) »).
fn method_call(s: &str) -> bool {
    // Most paragraphs hold no parenthesis.
    if !s.contains('(') {
        return false;
    }
    physical_lines(s).any(|line| {
        let mut t = line.trim_start();
        t = t.strip_prefix(">>>").map_or(t, str::trim_start);
        // An assignment to a name: the call is its value.
        if let Some((lhs, rhs)) = t.split_once('=') {
            let lhs = lhs.trim();
            if !lhs.is_empty()
                && lhs.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
                && !rhs.starts_with('=')
            {
                t = rhs.trim_start();
            }
        }
        let name = |x: &str| {
            let n = x
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
                .count();
            (n > 0 && !x.as_bytes()[0].is_ascii_digit()).then_some(n)
        };
        // Names joined by dots, two at least, then the parenthesis.
        let (mut rest, mut names) = (t, 0);
        while let Some(n) = name(rest) {
            names += 1;
            rest = &rest[n..];
            match rest.strip_prefix('.') {
                Some(r) => rest = r,
                None => break,
            }
        }
        let Some(args) = rest.strip_prefix('(').filter(|_| names >= 2) else {
            return false;
        };
        // A manual page's section is no argument list: `logind.conf(5)`, `update-rc.d(8)`.
        let n = args.bytes().take_while(u8::is_ascii_digit).count();
        let section = n > 0
            && args[n..]
                .trim_start_matches(char::is_alphabetic)
                .starts_with(')');
        !section
    })
}

/// A layout in columns (a configuration file, a command's output): two lines or more, half of
/// them or more (two at least) with one to four gaps between words — a tab or a run of spaces,
/// not after a sentence end (two spaces after « fin. » or « fin. » » are a typist's habit) —
/// and a column that two of them or more open at the same place, tabs counted to the next
/// multiple of eight (`passwd:         files ldap` / `group:          files ldap`). Justified
/// prose has gaps between most of its words, at places that do not line up; a table of figures
/// in an article is a layout too, but not code: this is no mark of code ([`code_markers`]).
fn columns(s: &str) -> bool {
    // Most paragraphs hold no tab and no two spaces in a row.
    if !s.contains('\t') && !s.contains("  ") {
        return false;
    }
    let (mut lines, mut gapped) = (0, 0);
    let mut starts: Vec<usize> = Vec::new();
    let stop = |c: Option<char>| matches!(c, Some('.' | '!' | '?' | '…'));
    for l in nonblank_lines(s) {
        lines += 1;
        let mut line_starts = Vec::new();
        // The display column, the current run of white space, and the last two characters
        // that are not white space.
        let (mut col, mut run, mut tab) = (0, 0, false);
        let (mut p1, mut p2): (Option<char>, Option<char>) = (None, None);
        for c in l.chars() {
            if c == ' ' || c == '\t' {
                run += 1;
                tab |= c == '\t';
                col = if c == '\t' {
                    (col / 8 + 1) * 8
                } else {
                    col + 1
                };
                continue;
            }
            // A sentence end, maybe closed by a quotation mark or a bracket (« fin. »  Suite).
            let sentence_end = stop(p1) || (matches!(p1, Some('»' | '”' | ')')) && stop(p2));
            if (tab || run >= 2) && p1.is_some() && !sentence_end {
                line_starts.push(col);
            }
            (run, tab) = (0, false);
            (p2, p1) = (p1, Some(c));
            col += 1;
        }
        if (1..=4).contains(&line_starts.len()) {
            gapped += 1;
            starts.extend(line_starts);
        }
    }
    starts.sort_unstable();
    let aligned = starts.windows(2).any(|w| w[0] == w[1]);
    lines >= 2 && gapped >= 2 && gapped * 2 >= lines && aligned
}

/// A line of `ls -l`: a file's type and mode, then a space (`drwxr-xr-x root/root 0 …`).
fn file_mode(line: &str) -> bool {
    let b = line.trim_start().as_bytes();
    let at = |i: usize, set: &[u8]| b.get(i).is_some_and(|c| set.contains(c));
    at(0, b"-dlcbps")
        && (0..3).all(|k| at(1 + 3 * k, b"r-") && at(2 + 3 * k, b"w-") && at(3 + 3 * k, b"xsStT-"))
        && matches!(b.get(10), Some(b' ' | b'.' | b'+' | b'@'))
}

/// Lisp or Scheme (Script-Fu, LilyPond's Scheme, Emacs Lisp): a line that starts with `#(`
/// (Scheme inside LilyPond), a `guile>` prompt or a `;;` comment, or two lines that open on a
/// form (a parenthesis and a name in lower case: `(define`, `(set!`) when one of them ends by
/// closing two parentheses at once (`))`). French prose opens few lines with a parenthesis, and
/// those it opens hold a capital or a figure (« (Avec Reuters) », « (1) … »), or end as a
/// sentence does.
fn lisp(s: &str) -> bool {
    // Most paragraphs hold none of the characters: no pass over their lines.
    if !s.contains(['(', ';']) && !s.contains("guile>") {
        return false;
    }
    let (mut forms, mut closing) = (0, false);
    for l in physical_lines(s) {
        let t = l.trim_start();
        if t.starts_with("#(") || t.starts_with("guile>") || t.starts_with(";;") {
            return true;
        }
        let form = t
            .strip_prefix('(')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase() || c == '('));
        if form {
            forms += 1;
            closing |= l.trim_end().ends_with("))");
        }
    }
    forms >= 2 && closing
}

/// The lines of `s`, ended by a line feed, a carriage return or both (`str::lines` keeps a lone
/// carriage return inside its line; the paragraph splitter does not).
fn physical_lines(s: &str) -> impl Iterator<Item = &str> {
    s.split(['\n', '\r'])
}

/// Whether `rest`, the text after a backslash, starts with the name of a TeX or LilyPond command
/// (`override`, `relative`, `voiceOne`): two ASCII letters or more, the first in lower case, then
/// no letter or figure. Escape sequences left in scraped text are not: before figures
/// (`\ud83d`, `\xc9`), before a letter with an accent (`\ndéclaré`), or an escape letter before
/// a common French word (`\nles`, `\tdes`, `\nLe`).
pub(crate) fn tex_command(rest: &str) -> bool {
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let name = &rest[..len];
    if len < 2
        || !name.starts_with(|c: char| c.is_ascii_lowercase())
        || rest[len..].starts_with(char::is_alphanumeric)
    {
        return false;
    }
    let escape = name.starts_with(['n', 't', 'r', 'f', 'v', 'b', 'a', 'e', 'u', 'x'])
        && crate::rules::data::french().get(&name[1..].to_lowercase()) >= 4.0;
    !escape
}

/// Whether a line starts with a shell prompt followed by a command: `$ ls`, `$ ./configure`,
/// `root@tjener:~# cat`, `user@host:/tmp$ make` (a `#` alone is a Markdown heading or a comment,
/// so `# cd /` is not taken for a prompt, and a dollar before a figure is money).
fn after_prompt(line: &str) -> bool {
    let l = line.trim_start();
    let rest = if let Some(r) = l.strip_prefix("$ ") {
        r
    } else {
        // user@host:path followed by $ or #.
        let Some(end) = l.find(['$', '#']) else {
            return false;
        };
        let who = &l[..end];
        let Some((user, host)) = who.split_once('@') else {
            return false;
        };
        let ok = |p: &str| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.:~/".contains(c))
        };
        if !ok(user) || !ok(host) || !host.contains(':') {
            return false;
        }
        match l[end + 1..].strip_prefix(' ') {
            Some(r) => r,
            None => return false,
        }
    };
    // Variables set for the command come first: `$ LANG=C ls`.
    let mut rest = rest.trim_start();
    while let Some((var, after)) = rest.split_once('=') {
        if var.is_empty()
            || !var
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            break;
        }
        rest = after
            .trim_start_matches(|c: char| !c.is_whitespace())
            .trim_start();
    }
    let word: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != ';')
        .collect();
    command_name(&word)
}

/// Whether a word reads as the name of a command: lower-case ASCII letters, digits and `-_./`,
/// starting with a letter, `.` or `/` (`ls`, `./configure`, `/sbin/agetty`).
fn command_name(word: &str) -> bool {
    word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_lowercase() || c == '.' || c == '/')
        && word.chars().any(|c| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_./".contains(c))
}

/// The name of a command-line option, if the token is one (maybe after `[` or `(`): one or two
/// hyphens, then ASCII letters, digits and `-`, maybe `=` and a value (`-p`, `--value`,
/// `--type=TYPE`, `-exec`). Not a typed dash around words: a name with an accent
/// (« -adopté »), a word of French only after two hyphens or after one hyphen and four letters
/// or more (« --selon », « -notamment »; `-name`, `--force` are English too), or a token that
/// ends with a hyphen (« ministre-- »).
pub(crate) fn option_name(token: &str) -> Option<&str> {
    let t = token.trim_start_matches(['[', '(']);
    let (dashes, name) = match t.strip_prefix("--") {
        Some(n) => (2, n),
        None => (1, t.strip_prefix('-')?),
    };
    let word = name.split('=').next().unwrap_or(name);
    let word = word.trim_end_matches([']', ')', ',', ';', '|']);
    let shaped = word.starts_with(|c: char| c.is_ascii_alphabetic())
        && !word.ends_with('-')
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !shaped {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let french = crate::rules::data::french().get(&lower) > 0.0;
    let french_only = french && crate::rules::data::english().get(&lower) <= 0.0;
    // A dash before a function word or a capitalised French word opens an aside, a list item or
    // a line of dialogue (« --pour le moins », « -La réforme », « -Oui monsieur »).
    let function_word = crate::rules::data::language()
        .fr_function_words
        .contains(&lower);
    let capitalised = word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].chars().all(|c| c.is_ascii_lowercase());
    let prose = function_word
        || (dashes == 1 && capitalised && french)
        || (french_only && (dashes == 2 || word.len() >= 4));
    (!prose).then_some(name)
}

/// Whether a line holds a dash typed to close an aside: a word that ends with a hyphen after a
/// letter (« --pour le moins suivie-- », « -notamment la CGT- »). Its other dashes open asides,
/// not options.
pub(crate) fn has_aside(line: &str) -> bool {
    line.split_whitespace().any(|t| {
        let body = t.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '»']);
        let word = body.trim_end_matches('-');
        word.len() < body.len() && word.chars().next_back().is_some_and(char::is_alphabetic)
    })
}

/// Whether a line is a command without a prompt, as a manual shows one: a command name (not a
/// function word: « les les syndicats -notamment la CGT- »), then at least one option
/// ([`option_name`]: `-p`, `--value`, maybe in brackets: `[--user]`), no aside ([`has_aside`])
/// and no final punctuation of a sentence (`blkid --probe /dev/sda1`, `systemctl [--user] show
/// -p UnitPath`). « ls -l affiche les fichiers. » is a sentence about a command.
pub(crate) fn command_line(line: &str) -> bool {
    let line = line.trim();
    if has_aside(line) {
        return false;
    }
    let mut tokens = line.split_whitespace();
    let lang = crate::rules::data::language();
    tokens.next().is_some_and(|first| {
        command_name(first)
            && !lang.fr_function_words.contains(first)
            && !lang.en_function_words.contains(first)
    }) && tokens.any(|t| option_name(t).is_some())
        && !line.ends_with(['.', '!', '?', ':', ',', ';', '»', '…'])
}

/// The number of a subsection that `text` opens with (« 16.2. Commentaires », « 4.2
/// Copyright »): two numbers or more joined by dots, each after the first of one or two digits,
/// then a space. A count or an item of a list is not one (« 2 commentaires » and « 1.245
/// commentaires » are counts, « 1. Lire aussi » an item of a list).
pub(crate) fn section_number(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let number = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(t, |end| &t[..end]);
    let parts: Vec<&str> = number.split('.').filter(|n| !n.is_empty()).collect();
    // « 1.245 commentaires » is a count with a thousands separator.
    (parts.len() >= 2
        && parts[1..].iter().all(|p| p.len() <= 2)
        && !number.starts_with('.')
        && !number.contains("..")
        && t[number.len()..].starts_with(char::is_whitespace))
    .then_some(number)
}

/// The byte range of the line holding byte `at` of `text`, without its line end (LF, CRLF or a
/// lone CR).
pub fn line_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let end = text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i);
    start..end
}

/// The lines of `s` that hold more than white space (any line end: LF, CRLF, lone CR).
pub fn nonblank_lines(s: &str) -> impl Iterator<Item = &str> {
    s.split(['\n', '\r']).filter(|l| !l.trim().is_empty())
}

/// `s` with every CRLF and lone CR as LF: borrowed when it holds no CR.
pub fn lf(s: &str) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A combining mark: the accent of a decomposed "é". Rules that look at the character next to
/// a position step over these, so that "é" + U+0301 reads as the letter it is.
pub fn is_mark(c: char) -> bool {
    // No combining mark comes before U+0300: ASCII and Latin-1 skip the table.
    c >= '\u{300}' && unicode_normalization::char::is_combining_mark(c)
}

/// The characters of `s` with their byte offsets, a letter and the combining marks after it
/// composed into one where Unicode has the composed character ("A" + U+0303 is "Ã"): what NFC
/// writes for text in canonical order, as NFD text is.
pub fn composed_chars(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut it = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (i, mut c) = it.next()?;
        while let Some(k) = it
            .peek()
            .filter(|&&(_, m)| is_mark(m))
            .and_then(|&(_, m)| unicode_normalization::char::compose(c, m))
        {
            c = k;
            it.next();
        }
        Some((i, c))
    })
}

/// The byte offset in `s` of the first character for which `stop` holds, if the text before it
/// takes at most `max` bytes in NFC: a window measured the same whatever the normal form.
/// (`stop` must not hold for a combining mark.)
pub fn find_within(s: &str, max: usize, stop: impl Fn(char) -> bool) -> Option<usize> {
    let mut nfc_len = 0;
    for (i, c) in composed_chars(s) {
        if nfc_len > max {
            return None;
        }
        if stop(c) {
            return Some(i);
        }
        nfc_len += c.len_utf8();
    }
    None
}

/// The last character of `s` that is not a combining mark.
pub fn last_base(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| !is_mark(c))
}
pub use tokens::{tokenize, Token};

#[cfg(test)]
mod code_tests {
    use super::looks_like_code;

    #[test]
    fn code_and_prose() {
        for code in [
            "#include <sys/socket.h>",
            "if (auth_key == -1) { fprintf(fp, \"échec : %s\\n\", strerror(errno)); exit(EXIT_FAILURE); }",
            "int statx(int dirfd, const char *restrict pathname, int flags);",
            "double scalbn(double x, int exp); float scalbnf(float x, int exp);",
            "p->next = tab[i];",
            "mkdir(1), chmod(2), mkdtemp(3), mkstemp(3), tempnam(3), umask(2)",
            "$ cd; mkfifo mypipe\n$ echo \"hello\" >mypipe & # put into background\n[1] 8022",
            "root@tjener:~# sitesummary2ldapdhcp -a -i ether-22:11:33:44:55:ff\ninfo: Create GOsa machine",
            "  $ make install",
            "$ ./configure --prefix=/usr",
            "$ cd; ls",
            "$ LANG=fr_FR.UTF-8\n$ date -u\nmer. 19 mai 2021 15:19:24 UTC",
            "blkid --probe --usages filesystem,other /dev/sda1",
            "/sbin/agetty --extract-baud --timeout 60 ttyS1 9600,2400,1200",
            "systemctl [--user] [--global] show -p UnitPath --value",
            "tar -cf archive.tar dossier\ntar -xf archive.tar",
            "\\addlyrics {\n  longtext longtext longtext longtext\n}",
            "contraltoWords = \\lyricmode {\n  Con -- tral -- to words\n}",
            "a1 a\n\\override Score.BarLine.stencil = ##f\na a",
            "\\voiceOne\nc4 c c c d d d d",
            "Pour changer la clef :\r\\override Staff.Clef.color = #red\rc4 c c c c",
            "#(define RH rightHandFinger)",
            "guile> (define a 2)\nguile> a\n2",
            ";; notehead is grob\n(ly:grob-object notehead 'accidental-grob)",
            "(define (ajoute-accent note-event)\n  \"Ajoute un accent\"\n  (set! (ly:music-property note-event 'articulations)\n        (cons (make-music 'ArticulationEvent) x)))",
            // Columns: a configuration file, a command's output.
            "passwd:         files ldap\nshadow:         files ldap\ngroup:          files ldap",
            "  PV         VG     Fmt  Attr PSize PFree\n  /dev/sdc3     lvm2 ---  3.00g 3.00g\n  /dev/sdd      lvm2 ---  4.00g 4.00g",
            "table inet filter {\n\tchain INPUT {\n\t\ttype filter hook input priority 0;\n\t}\n}",
            "Name\tVersion\tDescription\nbash\t5.1-2\tGNU Bourne Again SHell",
            // A listing of `ls -l`.
            "drwxr-xr-x root/root         0 2021-07-25 20:43 ./usr/share/",
            "-rw-r--r-- 1 root root 2981 juin 3 12:00 /etc/passwd",
        ] {
            assert!(looks_like_code(code), "{code}");
        }
        for prose in [
            "La fonction open() renvoie -1 (voir errno) et positionne errno.",
            "Le ministre a déclaré que la sécurité des données était « une priorité ».",
            "Le fichier /etc/passwd contient une ligne par utilisateur.",
            "Starting with Linux 2.2, Linux supports real-time signals.",
            "Le ministre a reçu trois pays (France, Allemagne, Italie); le sommet suit.",
            "Le président a dit <b>non</b> hier.",
            "Il a dit [b]non[/b] hier, puis &amp; encore.",
            "Article 3 (suite)",
            "$ 5 millions, a dit le ministre, sans plus de détails.",
            "Le forfait coûtera environ 45\n$ par mois aux abonnés, et les clients paieront.",
            "# Titre de la section",
            "Écrivez à jean@example.org: # il répondra vite.",
            "ls -l affiche les fichiers avec leurs droits.",
            "Utilisez -v pour plus de détails",
            "le chiffre -5 est négatif",
            "tar -cf archive.tar dossier\nCette commande crée une archive.",
            "les les syndicats -notamment la CGT- appellent à la grève",
            "grève --selon le ministre-- ce jeudi",
            "texte -adopté mardi- en commission",
            "Le ministre a écrit {sic} que la réforme était « nécessaire ».",
            "Le mot {\nest une accolade ouvrante.",
            "Le caractère \\ sépare les dossiers sous Windows.",
            // Two spaces after a full stop are no column; one line is no layout.
            "Le texte a été adopté.  Les députés ont voté hier.\nLa loi entre en vigueur.  Elle sera appliquée.",
            "Le ministre  a parlé hier soir devant  les députés.",
            "Le mot drwxr-xr-x désigne les droits d'un dossier.",
            // Justified prose, and two spaces after a quoted sentence.
            "Le  gouvernement  a  présenté  mardi  sa  réforme  des\nretraites  aux  syndicats,  qui  ont  appelé  à  la  grève.",
            "Il a déclaré : « Nous ne céderons pas. »  Les syndicats\nont répondu : « La grève continue. »  Le mouvement se poursuit.",
            "Le chemin est\n\\ et non /.",
            "Le texte.\n\\nLe ministre a annoncé sa démission.",
            "\\r retour chariot ;",
            "\\ud83d\\udea8 Le le ministre a annoncé sa démission mardi soir.",
            "\\xc9lisabeth Borne a a annoncé sa démission.",
            "\\ndéclaré le ministre qui a a annoncé sa démission.",
            "\\tles députés ont voté voté la motion.",
            "Le texte.\n\\ndes députés ont voté la motion.",
            "(AFP) Le ministre a annoncé sa démission.\n(Photo Reuters)",
            "(Mise à jour) Le texte (adopté en commission (deuxième lecture)) revient.\nLa suite.",
            "Paris, 14 mai (AFP) - Le ministre a annoncé un accord (selon son entourage (qui confirme l'information)).\n(Avec Reuters)\n(Mis à jour à 14 h 05)",
            "Le texte prévoit trois mesures :\n(1) la directive (dont celle sur les nitrates (1991)) ;\n(2) les aides.",
            "(selon l'AFP) Le ministre (et son cabinet (au complet)) arrive.\n(voir aussi) la suite.",
            "Le score final (3-1) (après prolongation) a surpris.",
            "",
        ] {
            assert!(!looks_like_code(prose), "{prose}");
        }
    }
}

#[cfg(test)]
mod shorten_tests {
    use super::shorten;

    #[test]
    fn shorten_keeps_letters_whole_and_marks_the_cut() {
        assert_eq!(shorten("court", 5), "court");
        assert_eq!(shorten("courte", 5), "court…");
        // NFD: « é » is two code points and one character.
        assert_eq!(shorten("e\u{301}te\u{301}", 1), "e\u{301}…");
        assert_eq!(shorten("e\u{301}te\u{301}", 3), "e\u{301}te\u{301}");
        // A flag is two code points and one character.
        assert_eq!(
            shorten("\u{1f1eb}\u{1f1f7} Paris", 1),
            "\u{1f1eb}\u{1f1f7}…"
        );
    }
}

#[cfg(test)]
mod method_call_tests {
    use super::{code_markers, method_call};

    #[test]
    fn a_method_call_is_code_and_an_abbreviation_is_not() {
        for code in [
            "svc.ShiftDown(range: str, wholerow: bool = False): str",
            "doc.getText()",
            "os.path.join(a, b)",
            ">>> rc = ui.MsgBox(reply, title=\"Confirmation\")",
            "desktop = smgr.createInstanceWithContext(DESK , ctx)",
            "Le texte.\n  chart.Resize([xpos: int]): bool",
        ] {
            assert!(method_call(code) && code_markers(code), "{code}");
        }
        for prose in [
            "Voir le chapitre suivant, etc.(voir plus bas).",
            "Le texte, p. ex. (page 3), le dit.",
            "La version 1.5(b) corrige le défaut.",
            "Le ministre a parlé. Mardi (hier) il a signé.",
            "Le site www.example.fr (en anglais) le dit.",
            "See logind.conf(5) and update-rc.d(8) for the details.",
            "logind.conf(5) describes the options.",
            "displayvalue: Refer to SF_String.IsLike() for the patterns.",
            "Voir systemd.timer(5), systemd.exec(5x) et crontab(1).",
        ] {
            assert!(!method_call(prose) && !code_markers(prose), "{prose}");
        }
    }
}

/// Whether a text is verse (a stanza of a song or a poem): three lines or more, each of at most
/// 60 characters, and two at least, and half, of the lines before the last ending on
/// punctuation (« Le Rhin descend vers la mer, ⏎ et les bateaux s'en vont, »). Prose pasted from
/// a narrow column breaks between any two words, a menu or a list has no punctuation at its
/// line ends.
pub fn verse(text: &str) -> bool {
    let lines: Vec<&str> = nonblank_lines(text).map(str::trim).collect();
    if lines.len() < 3 || lines.iter().any(|l| l.chars().count() > 60) {
        return false;
    }
    let punctuated = lines[..lines.len() - 1]
        .iter()
        .filter(|l| {
            l.trim_end_matches(['»', '"', '”', ' ', '\u{a0}', '\u{202f}'])
                .ends_with([',', ';', ':', '.', '!', '?', '…'])
        })
        .count();
    punctuated >= 2 && 2 * punctuated >= lines.len() - 1
}
