//! `hard-wrap`: a line break inside a sentence ("chiffrement des" / "données."), in a file that
//! is not hard-wrapped throughout.

use super::{laid_out, quote, DocCtx};
use crate::corpus::Span;
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let text = doc.text.as_str();
    let joins: Vec<Span> = doc
        .paragraphs
        .iter()
        .filter(|p| !laid_out(&text[p.span.start..p.span.end]))
        .flat_map(|p| p.joins.iter().filter(|j| j.mid_sentence).map(|j| j.span))
        .collect();
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    // A file wrapped on purpose (many breaks inside sentences) is not a slip.
    if joins.len() >= 3 && joins.len() * 4 > lines {
        return;
    }
    for j in joins {
        let before = ctx.words.partition_point(|w| w.span.end <= j.start);
        if before == 0 || before >= ctx.words.len() {
            continue;
        }
        let line_start = text[..j.start].rfind('\n').map_or(0, |i| i + 1);
        let next = &text[j.end..];
        let next = &next[..next.find(['\n', '\r']).unwrap_or(next.len())];
        let words_on_line = before - ctx.words.partition_point(|w| w.span.start < line_start);
        // An indented or tabulated line, or a line of one or two words before the break: a
        // layout (a program, a command, a list of names), not prose cut by a line end.
        if next.starts_with(char::is_whitespace)
            || next.contains('\t')
            || text[line_start..j.start].contains('\t')
            || words_on_line < 3
        {
            continue;
        }
        let span = ctx.span(before - 1, before);
        out.push(ctx.finding(
            "hard-wrap",
            span,
            format!(
                "line break inside a sentence: « {} ⏎ {} »",
                quote(doc, ctx.words[before - 1].span),
                quote(doc, ctx.words[before].span)
            ),
            Some("join the two lines".into()),
        ));
    }
}

#[cfg(test)]
mod tests {
    fn wraps(text: &str) -> Vec<String> {
        super::super::messages_of("hard-wrap", text)
    }
    #[test]
    fn a_sentence_cut_by_a_line_end_is_found() {
        let t = "Le gouvernement a présenté jeudi un projet de loi sur le chiffrement des\n\
                 données personnelles des usagers.\n\n\
                 Une autre phrase, complète celle-ci.\n\nEt une troisième, elle aussi.\n";
        assert_eq!(
            wraps(t),
            ["line break inside a sentence: « des ⏎ données »"]
        );
    }

    #[test]
    fn layouts_are_not_wraps() {
        for t in [
            // A list of commands, one a line.
            "Le paquet exécute à son tour :\n\ndh_testroot\ndh_prep\ndh_installdirs\ndh_install\n",
            // A shell session, indented.
            "Le script suivant lit le fichier des mots de passe ligne par ligne :\n\n\
             while read user rest; do\n    if [ \"$user\" = \"bozo\" ]; then\n      echo trouvé\n    fi\n  done\n",
            // A configuration file with tabs, long lines.
            "# voici les modules propres au paquet, dans le bloc principal de la configuration\n\
             password\trequisite\tpam_cracklib.so retry=3 minlen=8 difok=3\n",
            // A word alone before the break.
            "Saisissez la commande suivante dans le terminal ouvert\n\nexit\nusername $ xhost -\n",
        ] {
            assert_eq!(wraps(t), Vec::<String>::new(), "{t}");
        }
    }
}
