//! Rules: the registry of every finding kind, and (per file) the artifact rules.

pub mod registry;
