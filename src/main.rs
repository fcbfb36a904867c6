//! The `relire` binary: parse the command line, run the library, print, exit 0/1/2.

mod cli;

use anyhow::{bail, Context, Result};
use clap::{Parser, ValueEnum};
use cli::{CheckArgs, Cli, Color, Command, FailOn, Format, MinHashScheme, RulesFormat};
use relire::config::{Config, FailLevel};
use relire::corpus::{Corpus, WalkOptions};
use relire::report::baseline::Baseline;
use relire::rules::registry;
use relire::similarity::{minhash::Scheme, SimilarityOptions};
use relire::{report, CheckOptions};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
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
        Command::Check(args) => run_check(*args),
        Command::Config { config, isolated } => run_config(config, isolated),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "relire",
                &mut out,
            );
            print_stdout(&String::from_utf8_lossy(&out))?;
            Ok(0)
        }
        Command::Man { command } => {
            let mut top = <Cli as clap::CommandFactory>::command();
            let page = match command {
                None => top,
                Some(name) => {
                    // Built, so that the page of a command gets its full name (relire-check).
                    top.build();
                    let Some(sub) = top.find_subcommand(&name).cloned() else {
                        bail!("no command `{name}` (see `relire --help`)");
                    };
                    sub.version(env!("CARGO_PKG_VERSION"))
                }
            };
            let mut out = Vec::new();
            clap_mangen::Man::new(page)
                .render(&mut out)
                .context("cannot render the manual page")?;
            print_stdout(&String::from_utf8_lossy(&out))?;
            Ok(0)
        }
        Command::Rules { format } => {
            let mut out = String::new();
            match format {
                RulesFormat::Json => out = serde_json::to_string_pretty(registry::RULES)? + "\n",
                RulesFormat::Text => {
                    for r in registry::RULES {
                        out += &format!(
                            "{}  {:<20} {:<8} {:<4} {}
",
                            r.code,
                            r.name,
                            r.severity.as_str(),
                            r.language,
                            r.summary
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

/// The configuration: the file named, or the one found from the working directory up.
fn load_config(path: Option<&Path>, isolated: bool) -> Result<(Config, Option<PathBuf>)> {
    if isolated {
        return Ok((Config::default(), None));
    }
    let file = match path {
        Some(p) => Some(p.to_path_buf()),
        None => {
            Config::discover(&std::env::current_dir().context("cannot read the working directory")?)
        }
    };
    match file {
        Some(f) => Ok((Config::load(&f)?, Some(f))),
        None => Ok((Config::default(), None)),
    }
}

/// A path of the configuration, relative to the folder of the configuration file.
fn config_path(config_file: Option<&Path>, p: &str) -> PathBuf {
    let dir = config_file
        .and_then(Path::parent)
        .filter(|d| !d.as_os_str().is_empty());
    match dir {
        Some(d)
            if std::env::current_dir().ok().as_deref() != Some(d) && Path::new(p).is_relative() =>
        {
            d.join(p)
        }
        _ => PathBuf::from(p),
    }
}

/// A corpus of this many files, or of this many bytes of text, is checked with a spinner on a
/// terminal (about a second's work and more).
const PROGRESS_MIN_FILES: usize = 500;
const PROGRESS_MIN_BYTES: usize = 4 << 20;

fn run_check(mut args: CheckArgs) -> Result<u8> {
    relire::timing::mark("start");
    if let Some(j) = args.jobs {
        if j == 0 {
            bail!("--jobs must be at least 1");
        }
        // Far more threads than cores only wait for one another: `--jobs 100000` spent minutes
        // starting threads and waking them for a check of a few files. Up to four a core are
        // kept, so that a report can still be compared across more threads than cores.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.min(4 * cores))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let statistics = match (args.statistics, args.format) {
        (false, _) => None,
        (true, Format::Text) => Some(report::StatisticsFormat::Text),
        (true, Format::Json) => Some(report::StatisticsFormat::Json),
        (true, Format::JsonLines) => Some(report::StatisticsFormat::JsonLines),
        (true, Format::Markdown) => Some(report::StatisticsFormat::Markdown),
        (true, other) => bail!(
            "--statistics prints text, json, json-lines or markdown, not {}",
            other
                .to_possible_value()
                .map_or_else(String::new, |v| v.get_name().to_string())
        ),
    };
    // A rule may be given by its code (`--select T003`); the checks compare names.
    for name in args.select.iter_mut().chain(args.ignore_rules.iter_mut()) {
        match registry::canonical(name) {
            Some(canonical) => *name = canonical.to_string(),
            None => bail!("unknown rule `{name}` (see `relire rules`)"),
        }
    }
    let (mut config, config_file) = load_config(args.config.as_deref(), args.isolated)?;
    // A rule the file disables still runs when `--select` names it: the flag wins (a per-path
    // override still applies to its paths).
    for name in &args.select {
        if let Some(setting) = config.rules.get_mut(name) {
            setting.enabled = None;
        }
    }
    let configured: Vec<PathBuf> = config
        .paths
        .iter()
        .map(|p| config_path(config_file.as_deref(), p))
        .collect();

    // What is read (the corpus) and what is reported on (the focus).
    let (read, focus): (Vec<PathBuf>, Vec<String>) =
        if !args.corpus.is_empty() || (!args.paths.is_empty() && !configured.is_empty()) {
            let context = if args.corpus.is_empty() {
                configured.clone()
            } else {
                args.corpus.clone()
            };
            let mut read = context;
            read.extend(args.paths.iter().cloned());
            let focus = args
                .paths
                .iter()
                .map(|p| relire::corpus::key_path(&relire::corpus::path_string(p)).into_owned())
                .collect();
            (read, focus)
        } else if !args.paths.is_empty() {
            (args.paths.clone(), Vec::new())
        } else if !configured.is_empty() {
            (configured.clone(), Vec::new())
        } else {
            (vec![PathBuf::from(".")], Vec::new())
        };

    let mut walk = WalkOptions {
        include: config
            .include
            .iter()
            .chain(&args.include)
            .cloned()
            .collect(),
        exclude: config
            .exclude
            .iter()
            .chain(&args.exclude)
            .cloned()
            .collect(),
        respect_ignore: !args.no_ignore,
        ..WalkOptions::default()
    };
    let extensions = if args.extensions.is_empty() {
        &config.extensions
    } else {
        &args.extensions
    };
    if !extensions.is_empty() {
        walk.extensions = extensions
            .iter()
            .map(|e| e.trim_start_matches('.').to_string())
            .collect();
    }
    // The lexicons are parsed while the corpus is walked (the walk is sequential).
    let (corpus, rule_data) = rayon::join(|| Corpus::read(&read, &walk), || config.rule_data());
    let mut corpus = corpus?;
    let rule_data = rule_data.map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    relire::timing::mark("corpus read, rule data built");
    // Before any work: neither the report nor the baseline may land on a file of the corpus.
    for path in args.output.iter().chain(&args.write_baseline) {
        refuse_corpus_file(path, &corpus)?;
        // A new file that the walk would read: the next run would check the report as text.
        if !path.exists() && relire::corpus::would_read(path, &read, &walk) {
            bail!(
                "refusing to write {}: it would be read as a file of the corpus on the next run \
                 (write it outside the corpus, give it an extension relire does not read, or \
                 exclude it)",
                path.display()
            );
        }
    }
    for d in &mut corpus.documents {
        // Focus paths and document paths compare in their key spelling (no "./").
        if !focus.is_empty() {
            if let std::borrow::Cow::Owned(p) = relire::corpus::key_path(&d.path) {
                d.path = p;
            }
        }
    }
    // The focus is the documents the given paths name, however they are spelt
    // (`c/../c/a.txt`, an absolute path) or a folder of them. When they name none (a file the
    // configuration excludes, a deleted file), the focus stays what was given and matches no
    // finding: an empty focus would be the whole corpus.
    let matched: Vec<String> = if focus.is_empty() {
        Vec::new()
    } else {
        let given: Vec<PathBuf> = focus
            .iter()
            .map(|f| std::fs::canonicalize(f).unwrap_or_else(|_| PathBuf::from(f)))
            .collect();
        corpus
            .documents
            .iter()
            .filter(|d| {
                focus.contains(&d.path) || {
                    let real = std::fs::canonicalize(&d.path);
                    real.is_ok_and(|r| given.iter().any(|g| r.starts_with(g)))
                }
            })
            .map(|d| d.path.clone())
            .collect()
    };
    let focus = if matched.is_empty() { focus } else { matched };
    // A spinner while a large corpus is checked (reading it takes a fraction of the time); a
    // small one is done before a spinner would be seen.
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let large = corpus.documents.len() >= PROGRESS_MIN_FILES || bytes >= PROGRESS_MIN_BYTES;
    let progress = (large && !args.quiet && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
        pb.set_message(format!("checking {} files", corpus.documents.len()));
        pb
    });
    let defaults = SimilarityOptions::default();
    let ignore: Vec<String> = args
        .ignore_rules
        .iter()
        .cloned()
        .chain(
            registry::RULES
                .iter()
                .filter(|r| !config.rule_enabled(r.name))
                .map(|r| r.name.to_string()),
        )
        .collect();
    let opts = CheckOptions {
        similarity: SimilarityOptions {
            shingle: args
                .shingle
                .map(usize::from)
                .or(config.shingle)
                .unwrap_or(defaults.shingle),
            threshold: args
                .threshold
                .or(config.threshold)
                .unwrap_or(defaults.threshold),
            document_threshold: args
                .document_threshold
                .or(config.document_threshold)
                .unwrap_or(defaults.document_threshold),
            signature_len: args.signature_len as usize,
            scheme: match args.minhash {
                MinHashScheme::Classic => Scheme::Classic,
                MinHashScheme::OnePermutation => Scheme::OnePermutation,
            },
            min_words: args
                .min_words
                .map(|m| m as usize)
                .or(config.min_words)
                .unwrap_or(defaults.min_words),
            strict_jaccard: args.strict_jaccard || config.strict_jaccard.unwrap_or(false),
            norm: relire::text::NormOptions {
                fold_accents: args.fold_accents || config.fold_accents.unwrap_or(false),
            },
        },
        select: args.select.clone(),
        ignore,
        rule_data,
        policy: config.policy(config_file.as_deref().and_then(Path::parent)),
        focus,
    };
    // The incremental cache: one file per set of settings and build of relire.
    let mut cache = if args.no_cache {
        None
    } else {
        open_cache(&args, config_file.as_deref(), &config, &opts, &read)
    };
    relire::timing::mark("cache opened");
    let (mut report, entries) = relire::check_cached(&corpus, &opts, cache.as_mut());
    relire::timing::mark("report sorted");
    if let Some(cache) = &cache {
        // A cache that cannot be written costs time on the next run, nothing else.
        if let Err(e) = cache.update(entries) {
            eprintln!(
                "relire: warning: cannot write the cache {}: {}",
                cache.file().display(),
                relire::corpus::io_message(&e)
            );
        }
    }
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    for e in &report.summary.errors {
        eprintln!("relire: error: {}: {}", e.path, e.message);
    }
    if let Some(path) = &args.write_baseline {
        let mut baseline = Baseline::of(&report.findings);
        // In focus mode, the entries of the other files stay: the check did not look for them.
        let mut kept = 0;
        if !opts.focus.is_empty() && path.exists() {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the baseline {}", path.display()))?;
            let old = Baseline::from_json(&text).with_context(|| {
                format!(
                    "{}: not a relire baseline (a focus-mode --write-baseline keeps the entries \
                     of the other files, so it must read the file first)",
                    path.display()
                )
            })?;
            let before = baseline.entries.len();
            baseline = old.merged_for_focus(baseline, &report::baseline::Focus::new(&opts.focus));
            kept = baseline.entries.len() - before;
        }
        let json = baseline.to_json();
        write_atomically(path, |w| w.write_all(json.as_bytes()))?;
        if !args.quiet {
            let n = report.findings.len();
            let findings = format!("{n} finding{}", if n == 1 { "" } else { "s" });
            if opts.focus.is_empty() {
                eprintln!("relire: recorded {findings} in {}", path.display());
            } else {
                eprintln!(
                    "relire: recorded {findings} of the given files in {} ({kept} entries of \
                     other files kept)",
                    path.display()
                );
            }
        }
        return Ok(if report.summary.errors.is_empty() {
            0
        } else {
            2
        });
    }
    if let Some(path) = &args.baseline {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the baseline {}", path.display()))?;
        let baseline = Baseline::from_json(&text)
            .with_context(|| format!("{}: not a relire baseline", path.display()))?;
        report.apply_baseline(&baseline, &opts.focus);
    }
    let sources = report::Sources::new(&corpus);
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    // Text, JSON and JSON Lines are streamed to their destination; the other formats are built
    // as a string first (they are small, or need the whole report to lay out).
    let emit = |w: &mut dyn Write| -> std::io::Result<()> {
        let rendered = if let Some(format) = statistics {
            report::statistics(&report, format)
        } else {
            match args.format {
                Format::Json => return report::json::write(&report, w),
                Format::JsonLines => return report::jsonl::write(&report, &sources, w),
                Format::Sarif => report::sarif::render(&report, &sources),
                Format::Github => report::github::render(&report, &sources),
                Format::Markdown => report::markdown::render(&report, &sources),
                Format::Html => report::html::render_corpus(&report, &corpus),
                Format::Text => {
                    let opts = report::text::TextOptions {
                        summary: !args.quiet,
                        color,
                    };
                    return report::text::write(&report, &sources, &opts, w);
                }
            }
        };
        w.write_all(rendered.as_bytes())
    };
    match &args.output {
        Some(path) => write_atomically(path, emit)?,
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            match emit(&mut out).and_then(|_| out.flush()) {
                Ok(()) => {}
                // A closed pipe (`relire check | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => return Err(e).context("cannot write to standard output"),
            }
        }
    }
    relire::timing::mark("report written");
    let fail_on = args
        .fail_on
        .map(FailOn::level)
        .or(config.fail_on)
        .unwrap_or(FailLevel::Warning)
        .severity();
    let code = if !report.summary.errors.is_empty() {
        2
    } else if report.fails(fail_on) {
        1
    } else {
        0
    };
    // The process ends here: freeing the corpus and the report piece by piece (a few hundred
    // thousand allocations on a large corpus) would only delay the exit.
    std::mem::forget(sources);
    std::mem::forget((report, corpus, opts));
    Ok(code)
}

/// The cache of these settings, or `None` (with a warning) if they cannot be told apart from
/// others.
fn open_cache(
    args: &CheckArgs,
    config_file: Option<&Path>,
    config: &Config,
    opts: &CheckOptions,
    read: &[PathBuf],
) -> Option<relire::cache::Cache> {
    let dir = args.cache_dir.clone().unwrap_or_else(|| {
        config_file
            .and_then(Path::parent)
            .unwrap_or(Path::new("."))
            .join(relire::cache::DEFAULT_DIR)
    });
    // Its `.gitignore` (`*`) would hide the files of the folder from the next walk, and relire
    // never writes into the corpus.
    if let Some(root) = cache_in_corpus(&dir, read) {
        eprintln!(
            "relire: warning: the cache folder {} is inside the corpus folder {}; the cache is \
             not used (give --cache-dir a folder outside the corpus, or one named {})",
            dir.display(),
            root.display(),
            relire::cache::DEFAULT_DIR
        );
        return None;
    }
    let enabled: Vec<&str> = registry::RULES
        .iter()
        .map(|r| r.name)
        .filter(|r| opts.enabled(r))
        .collect();
    // The build: a rebuilt binary of the same version may have other rules or word lists.
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {t}", m.len())
        });
    let parts = (
        serde_json::to_string(&opts.similarity),
        toml::to_string(config),
        build,
    );
    let (Ok(similarity), Ok(config), Ok(build)) = parts else {
        eprintln!("relire: warning: cannot identify these settings; the cache is not used");
        return None;
    };
    let key = relire::cache::settings_key(&[&similarity, &enabled.join(","), &config, &build]);
    let cache = relire::cache::Cache::open(&dir, key);
    if let Some(w) = &cache.warning {
        eprintln!("relire: warning: {w}");
    }
    Some(cache)
}

/// The folder of `roots` that the cache folder `dir` (which need not exist yet) is inside or
/// is, unless it is inside a folder named like the default cache folder, which the walk skips.
fn cache_in_corpus<'a>(dir: &Path, roots: &'a [PathBuf]) -> Option<&'a Path> {
    // The canonical path of the deepest folder that exists, then the rest as it is spelt.
    let absolute = std::path::absolute(dir).ok()?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let canonical = loop {
        if let Ok(c) = existing.canonicalize() {
            break c;
        }
        rest.push(existing.file_name()?);
        existing = existing.parent()?;
    };
    let full = rest.iter().rev().fold(canonical, |p, c| p.join(c));
    roots.iter().map(PathBuf::as_path).find(|root| {
        let Some(canonical_root) = root.canonicalize().ok().filter(|r| r.is_dir()) else {
            return false;
        };
        full.strip_prefix(&canonical_root).is_ok_and(|rel| {
            !rel.components()
                .any(|c| c.as_os_str() == relire::cache::DEFAULT_DIR)
        })
    })
}

fn run_config(config_file: Option<PathBuf>, isolated: bool) -> Result<u8> {
    let (mut config, file) = load_config(config_file.as_deref(), isolated)?;
    let d = SimilarityOptions::default();
    config.threshold = config.threshold.or(Some(d.threshold));
    config.document_threshold = config.document_threshold.or(Some(d.document_threshold));
    config.shingle = config.shingle.or(Some(d.shingle));
    config.min_words = config.min_words.or(Some(d.min_words));
    config.fold_accents = config.fold_accents.or(Some(false));
    config.strict_jaccard = config.strict_jaccard.or(Some(false));
    config.fail_on = config.fail_on.or(Some(FailLevel::Warning));
    if config.extensions.is_empty() {
        config.extensions = WalkOptions::default().extensions;
    }
    // A rule's severity is filled in only where the file sets it: without it, each finding
    // keeps its own (a lexicon entry can be `info` in a `warning` rule), and a `severity` line
    // copied from this output would change that.
    for r in registry::RULES {
        let s = config.rules.entry(r.name.to_string()).or_default();
        s.enabled = s.enabled.or(Some(true));
    }
    let source = match &file {
        Some(f) => format!("# effective configuration: {} and defaults\n", f.display()),
        None => "# effective configuration: defaults (no relire.toml found)\n".to_string(),
    } + "# a rule without `severity` keeps each finding's own (`relire rules` shows the usual one)\n";
    let body = toml::to_string_pretty(&config).context("cannot print the configuration")?;
    print_stdout(&(source + &body))?;
    Ok(0)
}

/// Write to a temporary file beside `path`, then rename it over `path`.
/// An error if `path` is one of the corpus's files (through whatever link or spelling): relire
/// never writes into the corpus.
fn refuse_corpus_file(path: &Path, corpus: &Corpus) -> Result<()> {
    // The file's identity: device and inode where there are inodes (one `stat` a corpus file),
    // the canonical path elsewhere.
    #[cfg(unix)]
    let identity = |p: &Path| {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(p).map(|m| (m.dev(), m.ino()))
    };
    #[cfg(not(unix))]
    let identity = |p: &Path| p.canonicalize();
    let Ok(target) = identity(path) else {
        return Ok(()); // a new file cannot be one of the corpus's
    };
    // The files as found on disk: a document's path is how it is reported, which names no
    // file when the name is not UTF-8 (its invalid bytes are replaced).
    let hit = corpus
        .files
        .iter()
        .map(PathBuf::as_path)
        .chain(corpus.documents.iter().map(|d| Path::new(&d.path)))
        .any(|p| identity(p).is_ok_and(|c| c == target));
    if hit {
        bail!(
            "refusing to write over {}: it is a file of the corpus being checked (write the \
             report outside the corpus, or give it an extension relire does not read)",
            path.display()
        );
    }
    Ok(())
}

/// Write a file through a temporary file in the same folder, renamed over `path` at the end:
/// a reader never sees half a report. A device or a pipe is written to directly.
fn write_atomically(
    path: &std::path::Path,
    content: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    // A symbolic link is written through: its target is replaced, not the link.
    let resolved;
    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            resolved = path
                .canonicalize()
                .with_context(|| format!("cannot write {}", path.display()))?;
            resolved.as_path()
        }
        _ => path,
    };
    // Something other than a file (/dev/null, a named pipe, a terminal) is written to as it is:
    // renaming a file over it would replace it.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
        return content(&mut w)
            .and_then(|_| w.flush())
            .with_context(|| format!("cannot write {}", path.display()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    if !dir.is_dir() {
        bail!(
            "cannot write {}: the folder {} does not exist",
            path.display(),
            dir.display()
        );
    }
    let mut builder = tempfile::Builder::new();
    // An existing file keeps its permissions (set again after the rename: the umask applies at
    // creation); a new one gets those of any new file (read-write for all, less the umask)
    // rather than a temporary file's owner-only ones.
    let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        content(&mut w)
            .and_then(|_| w.flush())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    // The error alone: `PersistError` prints it and gives it as its source, which the error
    // chain would print a second time.
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    if let Some(p) = existing {
        std::fs::set_permissions(path, p)
            .with_context(|| format!("cannot set the permissions of {}", path.display()))?;
    }
    Ok(())
}
