//! `false-friend`: entries of the built-in lexicon `data/false_friends.toml` found in a French document.

use super::{lexicon_findings, DocCtx};
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    lexicon_findings(ctx, &ctx.data.false_friends, "false-friend", out);
}

#[cfg(test)]
mod tests {
    fn found(text: &str) -> Vec<String> {
        super::super::messages_of("false-friend", text)
    }

    #[test]
    fn editing_a_file_is_the_established_term_in_a_manual() {
        let edit = "Vous pouvez ensuite éditer le fichier pour changer la langue de l'interface.";
        assert_eq!(found(edit).len(), 1, "{:?}", found(edit));
        let manual = format!("{}{edit}", super::super::MANUAL_INTRO);
        assert_eq!(found(&manual), Vec::<String>::new());
    }
}
