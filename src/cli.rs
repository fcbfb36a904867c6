//! Command-line definition (clap derive).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "relire",
    version,
    about = "Proofread a text corpus for repeated text and translation artifacts"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a corpus and print a findings report.
    Check(CheckArgs),
    /// List the rules.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the documentation of a rule.
    Explain {
        /// Rule name (e.g. repeated-block) or code (e.g. D001).
        rule: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinHashScheme {
    Classic,
    OnePermutation,
}

fn unit_interval(s: &str) -> Result<f64, String> {
    let v: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&v) && v > 0.0 {
        Ok(v)
    } else {
        Err(format!("`{s}` is not in (0, 1]"))
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and folders to check (folders are walked, honouring .gitignore).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Jaccard threshold for near-duplicate paragraphs.
    #[arg(long, default_value_t = 0.8, value_parser = unit_interval)]
    pub threshold: f64,
    /// Jaccard threshold for similar documents.
    #[arg(long, default_value_t = 0.5, value_parser = unit_interval)]
    pub document_threshold: f64,
    /// Words per shingle.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=16))]
    pub shingle: u16,
    /// Minimum shared words for a passage or a repeated block.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(2..))]
    pub min_words: u32,
    /// Values per MinHash signature.
    #[arg(long, default_value_t = 128, value_parser = clap::value_parser!(u16).range(8..=1024))]
    pub signature_len: u16,
    /// MinHash scheme.
    #[arg(long, value_enum, default_value_t = MinHashScheme::OnePermutation)]
    pub minhash: MinHashScheme,
    /// Fold accents when comparing text (é = e).
    #[arg(long)]
    pub fold_accents: bool,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Worker threads (default: number of cores). The report does not depend on it.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Print findings only: no summary line, notes or progress.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Only check files matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Skip files and folders matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// File extensions taken from folders (repeatable; default txt, md, text).
    #[arg(long = "extension", value_name = "EXT")]
    pub extensions: Vec<String>,
    /// Do not honour .gitignore, .ignore or hidden-file rules.
    #[arg(long)]
    pub no_ignore: bool,
    /// Run only these rules (comma-separated names).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated names).
    #[arg(long = "ignore", value_delimiter = ',', value_name = "RULES")]
    pub ignore_rules: Vec<String>,
}
