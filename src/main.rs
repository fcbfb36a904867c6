//! The `relire` binary: parse the command line, run the library, print, exit 0/1/2.

mod cli;

use anyhow::{bail, Context, Result};
use clap::Parser;
use cli::{CheckArgs, Cli, Command, FailOn, Format, MinHashScheme};
use relire::corpus::{Corpus, WalkOptions};
use relire::finding::Severity;
use relire::rules::registry;
use relire::similarity::{minhash::Scheme, SimilarityOptions};
use relire::{check, report, CheckOptions};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("relire: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Rules { format } => {
            let mut out = String::new();
            match format {
                Format::Json => out = serde_json::to_string_pretty(registry::RULES)? + "\n",
                Format::Text => {
                    for r in registry::RULES {
                        out += &format!(
                            "{}  {:<20} {:<8} {:<4} {}\n",
                            r.code, r.name, r.severity, r.language, r.summary
                        );
                    }
                }
            }
            print_stdout(&out)?;
            Ok(0)
        }
        Command::Explain { rule } => match registry::find(&rule) {
            Some(r) => {
                print_stdout(r.doc)?;
                Ok(0)
            }
            None => {
                let names: Vec<&str> = registry::RULES.iter().map(|r| r.name).collect();
                bail!("unknown rule `{rule}`; rules are: {}", names.join(", "))
            }
        },
    }
}

fn print_stdout(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`relire check | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e).context("cannot write to standard output"),
    }
}

fn run_check(args: CheckArgs) -> Result<u8> {
    if let Some(j) = args.jobs {
        if j == 0 {
            bail!("--jobs must be at least 1");
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(j)
            .build_global()
            .context("cannot start the worker threads")?;
    }
    for name in args.select.iter().chain(&args.ignore_rules) {
        if registry::find(name).is_none() {
            bail!("unknown rule `{name}` (see `relire rules`)");
        }
    }
    let mut walk = WalkOptions {
        include: args.include.clone(),
        exclude: args.exclude.clone(),
        respect_ignore: !args.no_ignore,
        ..WalkOptions::default()
    };
    if !args.extensions.is_empty() {
        walk.extensions = args
            .extensions
            .iter()
            .map(|e| e.trim_start_matches('.').to_string())
            .collect();
    }
    let progress = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
        pb.set_message("reading the corpus");
        pb
    });
    let corpus = Corpus::read(&args.paths, &walk)?;
    if let Some(pb) = &progress {
        pb.set_message(format!("comparing {} files", corpus.documents.len()));
    }
    let opts = CheckOptions {
        similarity: SimilarityOptions {
            shingle: args.shingle as usize,
            threshold: args.threshold,
            document_threshold: args.document_threshold,
            signature_len: args.signature_len as usize,
            scheme: match args.minhash {
                MinHashScheme::Classic => Scheme::Classic,
                MinHashScheme::OnePermutation => Scheme::OnePermutation,
            },
            min_words: args.min_words as usize,
            norm: relire::text::NormOptions {
                fold_accents: args.fold_accents,
            },
        },
        select: args.select.clone(),
        ignore: args.ignore_rules.clone(),
    };
    let report = check(&corpus, &opts);
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    for e in &report.summary.errors {
        eprintln!("relire: error: {}: {}", e.path, e.message);
    }
    let rendered = match args.format {
        Format::Json => report::json::render(&report),
        Format::Text => report::text::render(&report, &report::Sources::new(&corpus), !args.quiet),
    };
    match &args.output {
        Some(path) => write_atomically(path, &rendered)?,
        None => print_stdout(&rendered)?,
    }
    let fail_on = match args.fail_on {
        FailOn::Info => Some(Severity::Info),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Error => Some(Severity::Error),
        FailOn::Never => None,
    };
    Ok(if !report.summary.errors.is_empty() {
        2
    } else if report.fails(fail_on) {
        1
    } else {
        0
    })
}

/// Write to a temporary file beside `path`, then rename it over `path`.
fn write_atomically(path: &std::path::Path, content: &str) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(content.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
