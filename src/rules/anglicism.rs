//! `anglicism`: entries of the built-in lexicon `data/anglicisms.toml` found in a French document.

use super::{lexicon_findings, DocCtx};
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    lexicon_findings(ctx, &ctx.data.anglicisms, "anglicism", out);
}

#[cfg(test)]
mod tests {
    fn found(text: &str) -> Vec<String> {
        super::super::messages_of("anglicism", text)
    }

    #[test]
    fn a_word_admitted_in_computing_is_left_alone_in_a_document_about_it() {
        let policy = "Le gouvernement veut implémenter la réforme du système de retraites dès le mois de janvier prochain.";
        assert_eq!(found(policy).len(), 1, "{:?}", found(policy));
        // The same sentence in a manual: open(), chmod(2) and --force make it one about computing.
        let manual = format!(
            "La commande accepte --force pour écraser la cible.\n\nVoir open() et chmod(2) pour les droits.\n\n{policy}"
        );
        assert_eq!(found(&manual), Vec::<String>::new());
        // One reference is not enough: an article may name a program once.
        let article =
            format!("Le logiciel plantait avec l'option --force, selon les usagers.\n\n{policy}");
        assert_eq!(found(&article).len(), 1, "{:?}", found(&article));
        // Footnote markers and typed dashes are no references.
        let notes = format!(
            "Les syndicats(2) et la CFDT(3) ont signé en janvier(1).\n\nLa grève --selon le ministre-- --selon les syndicats-- --selon la presse-- continue.\n\n{policy}"
        );
        assert_eq!(found(&notes).len(), 1, "{:?}", found(&notes));
        // Nor are dashes around asides, footnotes on words French has, links and hashtags.
        for news in [
            "La grève --pour le moins suivie-- dure. Le gouvernement --en pleine crise-- cède. Les syndicats --et notamment la CGT-- jubilent.",
            "Le budget(1) voté en mars(2) prévoit un accord(3) avec les régions.",
            "Macron 27,8 % ; Le Pen 23,1 % ; Mélenchon 22 % (*)\n\nZemmour 7 % ; Pécresse 4,8 % ; Jadot 4,6 % (*)",
            "Source : https://www.example.fr/politique/sncf_la_greve_continue_2024.html\n\nSource : https://www.example.fr/economie/budget_vote_mars_2024_x.html\n\n#SNCF #Grève #Retraites #Budget #Macron\n\n#sncf #grève #retraites #budget #macron",
        ] {
            let text = format!("{news}\n\n{policy}");
            assert_eq!(found(&text).len(), 1, "{text}: {:?}", found(&text));
        }
        // A manual of a program with a window: two phrases of its instructions.
        let gui = format!(
            "Cliquez sur Ajouter, puis cochez la case de la langue dans la boîte de dialogue.\n\n{policy}"
        );
        assert_eq!(found(&gui), Vec::<String>::new());
        // One phrase or two are not enough (a how-to in an article), nor copies of one, nor
        // phrases across sentences.
        for news in [
            "Cliquez sur les trois points en haut de la publication.\n\nCochez la case correspondante puis validez.",
            "Pour lire l'entretien, cliquez sur le lien ci-dessous.",
            "Cliquez sur le lien. Puis cliquez sur la photo pour l'agrandir. Cliquez sur le nom.",
            "Cliquez sur la case. À cocher ensuite : la liste des invités. Cliquez sur la boîte de dialogue.",
        ] {
            let text = format!("{news}\n\n{policy}");
            assert_eq!(found(&text).len(), 1, "{text}: {:?}", found(&text));
        }
        // Other anglicisms are still found in a manual.
        let login =
            format!("{manual}\n\nEntrez votre login avant de continuer vers la page suivante.");
        assert_eq!(found(&login).len(), 1, "{:?}", found(&login));
    }

    #[test]
    fn a_name_a_gloss_or_a_command_is_mentioned_not_used() {
        // Commands are named so in a document about computing.
        let manual = "La commande accepte --force pour écraser la cible.\n\nVoir open() et chmod(2) pour les droits.";
        for text in [
            // A name of several capitalised words.
            "Si Network Manager est installé, il gère les connexions.",
            "La décision revient au Release Manager de la distribution.",
            "Ils sont les délégués du Debian Project Leader et modèrent les annonces.",
            "Le film suit Buzz l'Éclair et ses amis dans la chambre d'Andy.",
            // The English term beside its French one.
            "Il faut pouvoir se connecter à la machine (login) sans mot de passe.",
            "Un nom de connexion (ou login) est demandé au démarrage.",
            "Il a pu laisser des portes dérobées derrière lui, backdoors en anglais.",
            // A command's name.
            "La commande login ouvre une session.",
            &format!("{manual}\n\nLe fichier sert aux programmes login, gdm ou encore ssh."),
            &format!("{manual}\n\nEnfin, semanage login -d utilisateur retire la correspondance."),
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        for text in [
            "Le manager de l'équipe a démissionné hier soir.",
            "Le leader du parti est arrivé en tête du scrutin.",
            "Saisissez votre login (et votre mot de passe) puis validez le formulaire envoyé.",
            "Le programme lit votre login puis ouvre la session.",
            "Les Leaders du mouvement ont été arrêtés.",
            // At a sentence start, or before a lower-case word: a use.
            "Buzz l'été dernier autour de la chanteuse.",
            "La chanson a fait le Buzz l'été dernier.",
            // A constant before its description is no part of a name.
            "DESERR_NOHWDEVICE Cryptage réussi, mais sans le matériel attendu.",
            // « en anglais » after a use, a parenthesis that is no gloss, an aside, an option
            // of a channel: uses.
            "Il m'a envoyé un mail en anglais hier soir.",
            "Le dossier (deadline vendredi) est prêt pour la réunion.",
            "Le nouveau manager -un ancien joueur du club- a été présenté.",
            "La chaîne propose une option replay à ses abonnés.",
        ] {
            assert_eq!(found(text).len(), 1, "{text}: {:?}", found(text));
        }
        // French words stay French after a command or in a parenthesis.
        let calques = |t: &str| super::super::messages_of("calque", t);
        for text in [
            "apt-get est un outil en ligne de commande basé sur APT.",
            "Une sauvegarde de faible maintenance (basée sur disque) suffit ici.",
        ] {
            assert_eq!(calques(text).len(), 1, "{text}: {:?}", calques(text));
        }
    }
}
