//! `calque`: entries of the built-in lexicon `data/calques.toml` found in a French document.

use super::{lexicon_findings, DocCtx};
use crate::finding::Finding;

pub fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    lexicon_findings(ctx, &ctx.data.calques, "calque", out);
}
