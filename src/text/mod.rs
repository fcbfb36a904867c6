//! Text views: comparison normalisation, tokens with raw spans, and sentences.

pub mod normalize;
pub mod sentences;
pub mod tokens;

pub use normalize::{normalize_into, NormOptions};
pub use tokens::{tokenize, Token};
