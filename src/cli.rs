//! Command-line definition (clap derive).

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A rule's name or code: any text is taken (relire says which rules exist when one is unknown,
/// and a code may be written in any case), and the rules' names are offered to shell completion.
#[derive(Debug, Clone, Copy)]
pub struct RuleName;

impl TypedValueParser for RuleName {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        Ok(value.to_string_lossy().into_owned())
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            relire::rules::registry::RULES
                .iter()
                .map(|r| PossibleValue::new(r.name).help(r.code)),
        ))
    }
}

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
    Check(Box<CheckArgs>),
    /// List the rules.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print the documentation of a rule.
    Explain {
        /// Rule name (e.g. repeated-block) or code (e.g. D001).
        #[arg(value_parser = RuleName, hide_possible_values = true)]
        rule: String,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff) generated from the command-line definition: relire(1), or
    /// the page of one command (`relire man check` gives relire-check(1)).
    Man {
        /// The command whose page to print.
        command: Option<String>,
    },
    /// Print the effective configuration (file settings and defaults) as TOML.
    Config {
        /// Use this configuration file instead of looking for relire.toml.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Ignore any configuration file.
        #[arg(long)]
        isolated: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// path:line:col diagnostics, coloured on a terminal.
    Text,
    /// The JSON report of docs/report-schema.md.
    Json,
    /// One finding per line (JSON Lines), for streaming.
    JsonLines,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// A Markdown table for a pull-request comment.
    Markdown,
    /// A self-contained HTML page with side-by-side diffs and a similarity matrix.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    Never,
}

impl FailOn {
    pub fn level(self) -> relire::config::FailLevel {
        use relire::config::FailLevel;
        match self {
            FailOn::Info => FailLevel::Info,
            FailOn::Warning => FailLevel::Warning,
            FailOn::Error => FailLevel::Error,
            FailOn::Never => FailLevel::Never,
        }
    }
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
    /// Files and folders to check (folders are walked, honouring .gitignore). Default: the
    /// configuration's `paths`, or `.`.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE (atomically; a device or a pipe directly) instead of standard
    /// output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Colour the text report: auto (on a terminal), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print the number of findings per rule instead of the findings (a table in text and
    /// markdown, an array of {rule, code, count} in json, one a line in json-lines).
    #[arg(long)]
    pub statistics: bool,
    /// Jaccard threshold for near-duplicate paragraphs [default: 0.8].
    #[arg(long, value_parser = unit_interval)]
    pub threshold: Option<f64>,
    /// Jaccard threshold for similar documents [default: 0.5].
    #[arg(long, value_parser = unit_interval)]
    pub document_threshold: Option<f64>,
    /// Words per shingle [default: 5].
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=16))]
    pub shingle: Option<u16>,
    /// Minimum shared words for a passage or a repeated block [default: 8].
    #[arg(long, value_parser = clap::value_parser!(u32).range(2..))]
    pub min_words: Option<u32>,
    /// Values per MinHash signature.
    #[arg(long, default_value_t = 128, value_parser = clap::value_parser!(u16).range(8..=1024))]
    pub signature_len: u16,
    /// MinHash scheme.
    #[arg(long, value_enum, default_value_t = MinHashScheme::OnePermutation)]
    pub minhash: MinHashScheme,
    /// Fold accents when comparing text (é = e).
    #[arg(long)]
    pub fold_accents: bool,
    /// Report as near-duplicate only copies whose paragraphs pass --threshold pair by pair, by
    /// Jaccard (no copy judged by its word ratio or as a whole block); other copies found by
    /// the alignment become shared passages.
    #[arg(long)]
    pub strict_jaccard: bool,
    /// Exit with 1 when a finding is at or above this severity [default: warning].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Worker threads (default: number of cores; at most four a core). The report does not
    /// depend on it.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Print findings only: no summary line, notes or progress.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Only check files matching this glob (repeatable). It narrows the files taken from
    /// folders and adds no extension: `--include '*.html' --extension html`.
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
    /// Run only these rules (comma-separated names or codes); a rule the configuration disables
    /// runs when named here.
    #[arg(long, value_delimiter = ',', value_name = "RULES", value_parser = RuleName, hide_possible_values = true)]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated names or codes).
    #[arg(long = "ignore", value_delimiter = ',', value_name = "RULES", value_parser = RuleName, hide_possible_values = true)]
    pub ignore_rules: Vec<String>,
    /// The whole corpus the given files are compared with (focus mode, for pre-commit): only
    /// findings that touch the given files are reported. Default: the configuration's `paths`
    /// when files are given and the configuration names paths.
    #[arg(long, value_name = "DIR")]
    pub corpus: Vec<PathBuf>,
    /// Use this configuration file instead of looking for relire.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any configuration file.
    #[arg(long)]
    pub isolated: bool,
    /// Neither read nor write the incremental cache.
    #[arg(long)]
    pub no_cache: bool,
    /// Folder of the incremental cache [default: .relire-cache beside the configuration file,
    /// or in the current folder].
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Report only findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in FILE (sorted, stable) and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}
