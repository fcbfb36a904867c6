//! `hard-wrap`: a line break inside a sentence ("chiffrement des" / "données."), in a file that
//! is not hard-wrapped throughout.

use super::{laid_out, quote, DocCtx};
use crate::corpus::Span;
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let text = doc.text.as_str();
    // The breaks inside sentences of the paragraphs that are not laid out line by line (a
    // program, a list: their breaks are not slips), and those paragraphs' lines.
    let (mut joins, mut lines) = (Vec::<Span>::new(), 0);
    for p in &doc.paragraphs {
        let t = doc.slice(p.span);
        if laid_out(t) || crate::text::verse(t) {
            continue;
        }
        joins.extend(p.joins.iter().filter(|j| j.mid_sentence).map(|j| j.span));
        lines += crate::text::nonblank_lines(t).count();
    }
    // A file wrapped on purpose (many breaks inside sentences) is not a slip.
    if joins.len() >= 3 && joins.len() * 4 > lines {
        return;
    }
    for j in joins {
        let before = ctx.words.partition_point(|w| w.span.end <= j.start);
        if before == 0 || before >= ctx.words.len() {
            continue;
        }
        let line_start = crate::text::line_around(text, j.start).start;
        let next = &text[crate::text::line_around(text, j.end)];
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
    fn a_wrapped_paragraph_of_several_lines_is_found() {
        // Three wrapped lines pasted into a file that is not wrapped: two breaks inside sentences.
        let t = "Le gouvernement a présenté jeudi un projet de loi sur le chiffrement des\n\
                 données personnelles, que les opérateurs devront appliquer dès la fin de\n\
                 l'année. Les associations ont salué le texte.\n\n\
                 Une autre phrase, complète celle-ci.\n\nEt une troisième, elle aussi.\n\n\
                 Une quatrième pour que le fichier ne soit pas coupé partout.\n";
        assert_eq!(
            wraps(t),
            [
                "line break inside a sentence: « des ⏎ données »",
                "line break inside a sentence: « de ⏎ l' »"
            ]
        );
    }

    #[test]
    fn a_quoted_verse_is_no_wrapped_prose() {
        let mut t = String::from(
            "Une comptine de la région, que les enfants chantent encore, dit à peu près ceci :\n\n\
             « Le Rhin descend vers la mer,\n\
             et les bateaux s'en vont,\n\
             mais le vieux pont de pierre\n\
             reste toujours au fond. »\n\n",
        );
        for i in 0..10 {
            t.push_str(&format!(
                "Le paragraphe {i} de l'article est écrit sur une seule ligne.\n\n"
            ));
        }
        assert_eq!(wraps(&t), Vec::<String>::new());
    }

    #[test]
    fn prose_pasted_from_a_narrow_column_is_found() {
        let t = "Le gouvernement a présenté jeudi son projet de loi sur la sécurité en ligne.\n\n\
                 Selon le texte, les opérateurs devront\n\
                 conserver les données de connexion\n\
                 pendant un an, et les fournisseurs\n\
                 de messagerie chiffrée devront\n\
                 coopérer avec les enquêteurs.\n\n\
                 Le débat commencera au Parlement la semaine prochaine.\n\n\
                 Les associations ont déjà annoncé un recours.\n\n\
                 Le ministre a défendu un texte équilibré.\n\n\
                 Les opérateurs n'ont pas encore réagi.\n\n\
                 La Commission suivra le dossier de près.\n\n\
                 Les députés de l'opposition réclament des garanties.\n\n\
                 Le vote est prévu avant l'été.\n\n\
                 Le rapporteur a promis des amendements.\n\n\
                 Le Sénat examinera le texte ensuite.\n\n\
                 Les juristes restent partagés.\n\n\
                 Le débat ne fait que commencer.\n";
        assert_eq!(
            wraps(t),
            [
                "line break inside a sentence: « devront ⏎ conserver »",
                "line break inside a sentence: « connexion ⏎ pendant »",
                "line break inside a sentence: « fournisseurs ⏎ de »",
                "line break inside a sentence: « devront ⏎ coopérer »"
            ]
        );
    }

    #[test]
    fn wraps_are_found_among_code_blocks() {
        // Command blocks do not make the file look wrapped on purpose.
        let t = "Ajoutez les dépôts suivants :\n\n\
                 deb http://deb.debian.org/debian/ bookworm main\n\
                 deb http://security.debian.org bookworm-security main\n\
                 deb http://deb.debian.org/debian/ bookworm-updates main\n\n\
                 Puis installez le serveur avec les commandes\n\
                 suivantes, dans un terminal ouvert en administrateur.\n\n\
                 apt update\napt upgrade\napt install serveur\napt clean\n\n\
                 Le serveur démarre ensuite tout seul.\n\nIl reste à le configurer.\n";
        assert_eq!(
            wraps(t),
            ["line break inside a sentence: « commandes ⏎ suivantes »"]
        );
    }

    #[test]
    fn wrapped_prose_that_looks_like_records_or_ends_on_a_colon_is_found() {
        let filler = "\n\nUne phrase complète.\n\nUne autre phrase.\n\nEncore une phrase.\n\n\
                      Et une autre.\n\nPuis une autre.\n\nUne de plus.\n\nEncore une.\n\n\
                      Une suivante.\n\nUne avant-dernière.\n\nEt la fin.\n";
        // Two lines of four start with « de ».
        let t = format!(
            "Le gouvernement a présenté un texte sur le chiffrement\n\
             de données personnelles que les opérateurs appliqueront dès la fin\n\
             de l'année prochaine, a-t-il annoncé aux questions des\n\
             journalistes. Les associations ont salué le texte.{filler}"
        );
        assert_eq!(wraps(&t).len(), 3, "{t}");
        // A lead-in to a command, ending on a colon.
        let t = format!(
            "Pour installer le paquet, il faut d'abord mettre à jour la liste des\n\
             paquets disponibles avec la commande suivante :{filler}"
        );
        assert_eq!(
            wraps(&t),
            ["line break inside a sentence: « des ⏎ paquets »"]
        );
    }

    #[test]
    fn a_file_wrapped_on_purpose_at_a_narrow_width_is_not_flagged() {
        // Every paragraph wrapped at about 32 columns, including a list-like one: the file is
        // wrapped on purpose, whatever its layouts.
        let t = "Le gouvernement a présenté\njeudi un projet de loi sur\nle chiffrement des données.\n\n\
                 Les opérateurs devront\nconserver les données de\nconnexion pendant un an.\n\n\
                 apt\nupdate\nupgrade\n";
        assert_eq!(wraps(t), Vec::<String>::new());
    }

    #[test]
    fn a_line_end_alone_is_a_line_end() {
        // Classic Mac line ends (CR alone): a tab in the title does not hide the wrap below.
        let t = "Titre\tde la page\r\rLe gouvernement a présenté jeudi un projet de loi sur le \
                 chiffrement des\rdonnées personnelles des usagers.\r\rUne autre phrase.\r";
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
            // Records: the lines of a sources.list, long, without a sentence end.
            "Le fichier contient alors les lignes suivantes pour les trois dépôts utilisés :\n\n\
             deb http://deb.debian.org/debian/ bookworm main contrib non-free firmware\n\
             deb http://security.debian.org/debian-security bookworm-security main contrib\n\
             deb http://deb.debian.org/debian/ bookworm-updates main contrib non-free\n",
            // Two commands.
            "Pour agrandir la partition, lancez les commandes suivantes :\n\n\
             lvextend -L30G /dev/vg_system/skole+tjener+home0\n\
             resize2fs /dev/vg_system/skole+tjener+home0\n",
            // A word alone before the break.
            "Saisissez la commande suivante dans le terminal ouvert\n\nexit\nusername $ xhost -\n",
        ] {
            assert_eq!(wraps(t), Vec::<String>::new(), "{t}");
        }
    }
}
