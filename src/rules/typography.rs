//! `typography`: mixed apostrophe styles (’ and ') or double-quote styles (« », “ ”, " ")
//! within one document, a sign of pasted or machine-translated text.

use super::DocCtx;
use crate::corpus::Span;
use crate::finding::Finding;

fn report(ctx: &DocCtx, what: &str, styles: &[(&str, Vec<usize>)], out: &mut Vec<Finding>) {
    let used: Vec<&(&str, Vec<usize>)> = styles.iter().filter(|(_, v)| !v.is_empty()).collect();
    if used.len() < 2 {
        return;
    }
    let main = used.iter().max_by_key(|(_, v)| v.len()).unwrap();
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
            Some(format!("use {} throughout", main.0)),
        ));
    }
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
    for (k, &(i, c)) in chars.iter().enumerate() {
        while code.next_if(|s| s.end <= i).is_some() {}
        if code.peek().is_some_and(|s| s.start <= i) {
            continue;
        }
        let between_letters = before.is_some_and(char::is_alphabetic)
            && chars.get(k + 1).is_some_and(|x| x.1.is_alphabetic());
        if !crate::text::is_mark(c) {
            before = Some(c);
        }
        if !matches!(c, '\'' | '’' | '«' | '“' | '"') {
            continue;
        }
        // In a French document, an English sentence left untranslated keeps its own typography
        // (« What's new », "won't"): it is `language-switch`'s finding, not a mixed style.
        if ctx.lang == "fr" && english_at(i) {
            continue;
        }
        match c {
            '\'' if between_letters => straight.push(i),
            '’' if between_letters => curly.push(i),
            '«' => guillemets.push(i),
            '“' => english.push(i),
            '"' => dumb.push(i),
            _ => {}
        }
    }
    report(ctx, "apostrophe", &[("’", curly), ("'", straight)], out);
    report(
        ctx,
        "quotation mark",
        &[("« »", guillemets), ("“ ”", english), ("\" \"", dumb)],
        out,
    );
}

#[cfg(test)]
mod tests {
    fn typography(text: &str) -> Vec<String> {
        super::super::messages_of("typography", text)
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
}
