//! Finding the files of a corpus: paths and folders, walked with .gitignore awareness.

use crate::corpus::path_string;
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// How to walk the given paths.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    /// Extensions (without dot) taken from folders. Files named explicitly are always taken.
    pub extensions: Vec<String>,
    /// Globs a file must match (any of them) when non-empty; matched against the path as walked.
    pub include: Vec<String>,
    /// Globs that exclude a file or a folder.
    pub exclude: Vec<String>,
    /// Honour .gitignore, .ignore and hidden-file conventions.
    pub respect_ignore: bool,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            extensions: vec!["txt".into(), "md".into(), "text".into()],
            include: Vec::new(),
            exclude: Vec::new(),
            respect_ignore: true,
        }
    }
}

/// The outcome of a walk: files to read (sorted, unique) and problems met on the way.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<PathBuf>,
    /// `(path, message)` for paths that could not be walked.
    pub errors: Vec<(String, String)>,
    /// Files an include glob names by their extension (`*.html`) that were left out for it
    /// (sorted): the glob alone does not add an extension, so the user is told.
    pub other_extension: Vec<PathBuf>,
}

/// Error in the walk options themselves (an invalid glob).
#[derive(Debug, thiserror::Error)]
#[error("invalid glob `{glob}`")]
pub struct GlobError {
    pub glob: String,
    #[source]
    pub source: globset::Error,
}

/// A glob set from `globs`, `None` when there are none. A glob without a slash matches at any
/// depth, as in .gitignore.
pub fn globset(globs: &[String]) -> Result<Option<GlobSet>, GlobError> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for g in globs {
        // A glob without a slash matches at any depth, as in .gitignore.
        let pattern = if g.contains('/') {
            g.clone()
        } else {
            format!("**/{g}")
        };
        let glob = Glob::new(&pattern).map_err(|source| GlobError {
            glob: g.clone(),
            source,
        })?;
        b.add(glob);
    }
    b.build().map(Some).map_err(|source| GlobError {
        glob: globs.join(", "),
        source,
    })
}

/// Whether a glob matches the path as walked or the path relative to the folder given.
fn hit(g: &GlobSet, p: &Path, root: &Path) -> bool {
    g.is_match(clean(p))
        || p.strip_prefix(root)
            .is_ok_and(|rel| !rel.as_os_str().is_empty() && g.is_match(rel))
}

fn clean(path: &Path) -> &Path {
    path.strip_prefix("./").unwrap_or(path)
}

/// Whether a walk of `roots` with `opts` would read a file at `target`, which need not exist
/// yet: a report written there would be read as corpus text by the next run. The same tests as
/// [`discover`]: under a folder given, an extension read, the include and exclude globs, no
/// hidden part, not in the cache folder, and (when `.gitignore` files are respected) not
/// ignored by the `.gitignore` or `.ignore` of its folder or of a folder above it.
pub fn would_read(target: &Path, roots: &[PathBuf], opts: &WalkOptions) -> bool {
    let read_ext = target
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| opts.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
    let (Ok(include), Ok(exclude), Some(name)) = (
        globset(&opts.include),
        globset(&opts.exclude),
        target.file_name(),
    ) else {
        return false;
    };
    if !read_ext {
        return false;
    }
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(dir) = parent.canonicalize() else {
        return false;
    };
    let file = dir.join(name);
    roots.iter().any(|root| {
        let Ok(canonical_root) = root.canonicalize() else {
            return false;
        };
        let Ok(rel) = file.strip_prefix(&canonical_root) else {
            return false;
        };
        if !root.is_dir() || rel.as_os_str().is_empty() {
            return false;
        }
        let parts = || rel.components().map(|c| c.as_os_str().to_string_lossy());
        if parts().any(|c| c == crate::cache::DEFAULT_DIR)
            || (opts.respect_ignore && parts().any(|c| c.starts_with('.')))
        {
            return false;
        }
        let walked = root.join(rel);
        if !include.as_ref().is_none_or(|g| hit(g, &walked, root))
            || exclude.as_ref().is_some_and(|g| hit(g, &walked, root))
        {
            return false;
        }
        // The deepest ignore file with a rule for the file decides (a `!` rule re-includes);
        // `.ignore` wins over `.gitignore` in one folder.
        if !opts.respect_ignore {
            return true;
        }
        for d in dir.ancestors() {
            for f in [".ignore", ".gitignore"] {
                let (gi, _) = ignore::gitignore::Gitignore::new(d.join(f));
                match gi.matched_path_or_any_parents(&file, false) {
                    ignore::Match::Ignore(_) => return false,
                    ignore::Match::Whitelist(_) => return true,
                    ignore::Match::None => {}
                }
            }
        }
        true
    })
}

/// What a path that is neither a file nor a folder is.
fn kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe";
        } else if t.is_char_device() || t.is_block_device() {
            return "a device";
        } else if t.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "a special file"
}

/// Walk `paths` and return the text files to read, sorted by path.
pub fn discover(paths: &[PathBuf], opts: &WalkOptions) -> Result<Discovery, GlobError> {
    let include = globset(&opts.include)?;
    let exclude = globset(&opts.exclude)?;
    let mut out = Discovery::default();
    let wanted_ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(|e| opts.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
            .unwrap_or(false)
    };
    let excluded = |p: &Path, root: &Path| exclude.as_ref().is_some_and(|g| hit(g, p, root));
    // The extensions the include globs name (`*.html`, `**/page.HTM`): a file of one of them
    // that the extension list leaves out is reported. A glob of folders (`2024/**`) names none,
    // and its images and data files are left out silently.
    let glob_exts: Vec<String> = opts
        .include
        .iter()
        .filter_map(|g| {
            let name = g.rsplit('/').next().unwrap_or(g);
            let (_, ext) = name.rsplit_once('.')?;
            (!ext.is_empty() && ext.chars().all(|c| c.is_alphanumeric() || c == '_'))
                .then(|| ext.to_lowercase())
        })
        .collect();
    let named_ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| glob_exts.contains(&e.to_lowercase()))
    };
    let included = |p: &Path, root: &Path| include.as_ref().is_none_or(|g| hit(g, p, root));

    for root in paths {
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                out.errors.push((path_string(root), e.to_string()));
                continue;
            }
        };
        if meta.is_file() {
            // A file named on the command line is always read, unless excluded: by its own
            // path, or, inside a folder given too (the corpus of focus mode), by its path in that
            // folder, as the walk of the folder would have excluded it (`drafts/**`).
            let in_folder = paths.iter().any(|folder| {
                folder.is_dir()
                    && clean(root).starts_with(clean(folder))
                    && excluded(clean(root), clean(folder))
            });
            if !excluded(root, Path::new("")) && !in_folder {
                out.files.push(root.clone());
            }
            continue;
        }
        if !meta.is_dir() {
            // A named pipe, a device, a socket: not a text file to read (reading one could
            // block for ever, or never end), and naming it was a mistake worth saying.
            out.errors.push((
                path_string(root),
                format!("not a file or a folder ({}); not read", kind(&meta)),
            ));
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .standard_filters(opts.respect_ignore)
            .require_git(false)
            .filter_entry({
                let exclude = exclude.clone();
                move |e| {
                    e.depth() == 0
                        || !(e.file_name() == crate::cache::DEFAULT_DIR
                            && e.file_type().is_some_and(|t| t.is_dir())
                            || exclude
                                .as_ref()
                                .is_some_and(|g| g.is_match(clean(e.path()))))
                }
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) => {
                    if e.file_type().is_some_and(|t| t.is_file()) {
                        let p = e.path();
                        if included(p, root) && !excluded(p, root) {
                            if wanted_ext(p) {
                                out.files.push(p.to_path_buf());
                            } else if named_ext(p) {
                                out.other_extension.push(p.to_path_buf());
                            }
                        }
                    }
                }
                Err(err) => {
                    let path = match &err {
                        ignore::Error::WithPath { path, .. } => path_string(path),
                        _ => path_string(root),
                    };
                    out.errors.push((path, walk_message(&err)));
                }
            }
        }
    }
    // One entry per file however it was named ("d/a.txt", "./d/a.txt", "d/../d/a.txt"): the
    // first name given (a folder given first names its files as it is spelt), then sorted by
    // the names' key spelling (without "./", as `Corpus::from_texts` sorts), so that the order,
    // and with it which copy of a text comes first, does not depend on a "./".
    let mut seen = std::collections::HashSet::new();
    out.files
        .retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    let key = |p: &PathBuf| crate::corpus::key_path(&path_string(p)).into_owned();
    out.files.sort_by_cached_key(key);
    out.other_extension.sort_by_cached_key(key);
    out.other_extension.dedup();
    Ok(out)
}

/// The message of a walk error without the path, which the error note gives beside it: the
/// walker's errors name the path once per layer ("d: IO error for operation on d: Permission
/// denied"), where the system's message says it all.
fn walk_message(err: &ignore::Error) -> String {
    if let Some(io) = err.io_error() {
        return crate::corpus::io_message(io);
    }
    match err {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            walk_message(err)
        }
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_error_says_the_system_error_without_the_path_again() {
        let denied = || std::io::Error::from_raw_os_error(13);
        let expected = denied().to_string();
        // The walker's layers: a path, a depth, then an I/O error that wraps the system's one
        // (whose own message names the path again).
        let err = ignore::Error::WithPath {
            path: PathBuf::from("corpus/private"),
            err: Box::new(ignore::Error::WithDepth {
                depth: 1,
                err: Box::new(ignore::Error::Io(std::io::Error::other(denied()))),
            }),
        };
        assert!(err.to_string().contains("corpus/private"));
        assert_eq!(walk_message(&err), expected);
        assert!(!walk_message(&err).contains("corpus/private"));
        // Other errors keep their own message, without the path layer.
        let looped = ignore::Error::WithPath {
            path: PathBuf::from("corpus/link"),
            err: Box::new(ignore::Error::Loop {
                ancestor: PathBuf::from("corpus"),
                child: PathBuf::from("corpus/link"),
            }),
        };
        assert!(
            walk_message(&looped).contains("loop"),
            "{}",
            walk_message(&looped)
        );
    }
}
