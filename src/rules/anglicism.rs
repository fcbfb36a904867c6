//! `anglicism`: entries of the built-in lexicon `data/anglicisms.toml` found in a French document.

use super::{lexicon_findings, DocCtx};
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    lexicon_findings(ctx, &ctx.data.anglicisms, "anglicism", out);
}
