//! The incremental cache (`.relire-cache/`).
//!
//! What relire computes for one file alone is kept between runs: the findings of the document
//! rules and what the corpus rules need of the file (its candidate names, its short paragraphs,
//! its language). A file that was only the context of a check in focus mode has the second
//! part only, which serves the next checks in focus mode where it is context again. An entry is
//! used only for the same path with the same decoded text; the cache file as a whole belongs to
//! one set of settings and one version of relire ([`Cache::open`]'s key). Everything that looks at several files at once (the duplicate search, the corpus rules)
//! runs again on every check, so a run with the cache gives exactly the report of a run without
//! it.
//!
//! File format: the 8 bytes `RELIREC1`, a [postcard](https://docs.rs/postcard) payload, and the
//! xxh3-64 of the payload (8 bytes, little-endian). A file that does not read back whole is
//! ignored with a warning and replaced at the end of the run. Writes go to a temporary file in
//! the same folder, renamed over the old one: two runs at once cannot leave a torn file.

use crate::corpus::Document;
use crate::rules::DocOutcome;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::{xxh3_128, xxh3_64, Xxh3};

const MAGIC: &[u8; 8] = b"RELIREC1";

/// Name of the cache folder; the corpus walker never enters a folder of this name.
pub const DEFAULT_DIR: &str = ".relire-cache";

/// The part of a check that depends on one file only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// [`content_hash`] of the document.
    pub content: u128,
    /// The artifact rules' outcome (absent when no artifact rule ran).
    pub outcome: Option<DocOutcome>,
    /// Whether `outcome` holds only what the corpus rules need, without the document rules'
    /// findings (a file that was only the context of a check in focus mode).
    pub context_only: bool,
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    version: String,
    key: u64,
    /// Path (as reported) → entry.
    entries: BTreeMap<String, FileEntry>,
}

/// Hash of everything of a document a cache entry depends on: its path, encoding, byte-order
/// mark and decoded text.
pub fn content_hash(doc: &Document) -> u128 {
    let mut h = Xxh3::new();
    h.update(doc.path.as_bytes());
    h.update(&[0]);
    h.update(doc.encoding.as_bytes());
    h.update(&[0, doc.bom as u8]);
    h.update(&xxh3_128(doc.text.as_bytes()).to_le_bytes());
    h.digest128()
}

/// Hash of the settings a cache belongs to, with relire's version: `parts` must hold everything
/// besides the files that changes what a file's entry would be, including the identity of the
/// build (two builds of one version can have different rules).
pub fn settings_key(parts: &[&str]) -> u64 {
    let mut h = Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for p in parts {
        h.update(&(p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    h.digest()
}

/// A cache file: the entries read from it, and where to write the new ones.
#[derive(Debug)]
pub struct Cache {
    file: PathBuf,
    key: u64,
    entries: BTreeMap<String, FileEntry>,
    /// Entries taken by [`Cache::take`].
    hits: usize,
    /// Why the existing file was not used, if it was not (corrupt, another format).
    pub warning: Option<String>,
    /// Whether the folder cannot hold a cache (it is a file, or a link to none): not written.
    unusable: bool,
}

impl Cache {
    /// The cache of settings `key` in folder `dir` (`<dir>/<key>.bin`). A missing file is an
    /// empty cache; an unreadable or damaged one is an empty cache with a warning.
    pub fn open(dir: &Path, key: u64) -> Cache {
        let mut cache = Cache::empty(dir.join(format!("{key:016x}.bin")), key);
        // A file, or a link to something other than a folder: said once, in words, rather than
        // as "cannot read …: Not a directory" then "cannot write …: File exists".
        if std::fs::symlink_metadata(dir).is_ok() && !dir.is_dir() {
            cache.warning = Some(format!(
                "the cache folder {} is not a folder; the cache is not used",
                dir.display()
            ));
            cache.unusable = true;
            return cache;
        }
        let bytes = match std::fs::read(&cache.file) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return cache,
            Err(e) => {
                cache.warning = Some(format!("cannot read {}: {e}", cache.file.display()));
                return cache;
            }
        };
        cache.load(&bytes);
        cache
    }

    /// The cache of settings `key` read from `bytes`, the content of the cache file `file`
    /// ([`Cache::open`] once the file is read; what the cache fuzz target drives). Bytes that
    /// are not a whole cache file of this key give an empty cache with a warning.
    pub fn from_bytes(file: PathBuf, key: u64, bytes: &[u8]) -> Cache {
        let mut cache = Cache::empty(file, key);
        cache.load(bytes);
        cache
    }

    /// An empty cache of settings `key`, to be kept in `file`.
    fn empty(file: PathBuf, key: u64) -> Cache {
        Cache {
            file,
            key,
            entries: BTreeMap::new(),
            hits: 0,
            warning: None,
            unusable: false,
        }
    }

    fn load(&mut self, bytes: &[u8]) {
        match decode(bytes, self.key) {
            Ok(entries) => self.entries = entries,
            Err(why) => {
                self.warning = Some(format!(
                    "ignoring the cache file {} ({why}); it will be rebuilt",
                    self.file.display()
                ))
            }
        }
    }

    /// The file the cache is read from and written to.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Number of entries read.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Take the entry of `doc` if it is the entry of this very text, and a whole one when
    /// `whole` (not one of a file that was only context). An entry whose spans do not fit the
    /// text (a file that passed the checksum but was not written for it) is not used.
    pub fn take(&mut self, doc: &Document, content: u128, whole: bool) -> Option<FileEntry> {
        match self.entries.remove(&doc.path) {
            Some(e)
                if e.content == content
                    && !(whole && e.context_only)
                    && e.outcome.as_ref().is_none_or(|o| o.fits(doc)) =>
            {
                self.hits += 1;
                Some(e)
            }
            _ => None,
        }
    }

    /// Merge the entries of this run with the entries read and not used whose file still exists
    /// (a run on part of the corpus keeps the rest), and write them if that changes the file.
    pub fn update(&self, mut entries: BTreeMap<String, FileEntry>) -> std::io::Result<()> {
        if self.unusable {
            return Ok(());
        }
        let before = self.entries.len();
        for (path, e) in &self.entries {
            if Path::new(path).is_file() {
                entries.entry(path.clone()).or_insert_with(|| e.clone());
            }
        }
        // Every document's entry came from the file and every other entry of the file is kept:
        // the file would be written back as it is.
        let unchanged =
            self.warning.is_none() && self.file.is_file() && self.hits + before == entries.len();
        if unchanged {
            return Ok(());
        }
        self.save(entries)
    }

    /// Write `entries` as the new content of the cache file, atomically. Creates the folder,
    /// with a `.gitignore` and a `CACHEDIR.TAG`, if needed.
    pub fn save(&self, entries: BTreeMap<String, FileEntry>) -> std::io::Result<()> {
        let dir = self.file.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let marker = |name: &str, text: &str| match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(dir.join(name))
        {
            Ok(mut f) => f.write_all(text.as_bytes()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => Err(e),
        };
        marker(".gitignore", "# Created by relire.\n*\n")?;
        marker(
            "CACHEDIR.TAG",
            "Signature: 8a477f597d28d172789f06886806bc55\n\
             # This file is a cache directory tag created by relire.\n",
        )?;
        let file = CacheFile {
            version: env!("CARGO_PKG_VERSION").to_string(),
            key: self.key,
            entries,
        };
        let payload = postcard::to_stdvec(&file).map_err(std::io::Error::other)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        {
            let mut w = std::io::BufWriter::new(tmp.as_file_mut());
            w.write_all(MAGIC)?;
            w.write_all(&payload)?;
            w.write_all(&xxh3_64(&payload).to_le_bytes())?;
            w.flush()?;
        }
        tmp.persist(&self.file).map_err(|e| e.error)?;
        prune(dir, &self.file, STALE_AFTER);
        Ok(())
    }
}

/// Cache files of other settings or builds unused for this long are deleted when the cache is
/// written.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// Delete the `*.bin` files of `dir` other than `keep` last modified more than `age` ago. Best
/// effort: a file that cannot be examined or removed is left.
fn prune(dir: &Path, keep: &Path, age: std::time::Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for e in entries.flatten() {
        let p = e.path();
        if p == keep || p.extension().is_none_or(|x| x != "bin") {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|d| d > age);
        if old {
            let _ = std::fs::remove_file(&p);
        }
    }
}

fn decode(bytes: &[u8], key: u64) -> Result<BTreeMap<String, FileEntry>, String> {
    let body = bytes.strip_prefix(MAGIC).ok_or("not a relire cache file")?;
    if body.len() < 8 {
        return Err("truncated".into());
    }
    let (payload, sum) = body.split_at(body.len() - 8);
    if xxh3_64(payload).to_le_bytes() != sum {
        return Err("checksum mismatch".into());
    }
    let file: CacheFile = postcard::from_bytes(payload).map_err(|e| format!("unreadable: {e}"))?;
    if file.version != env!("CARGO_PKG_VERSION") || file.key != key {
        return Err("written by another version or for other settings".into());
    }
    Ok(file.entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: u128) -> FileEntry {
        FileEntry {
            context_only: false,
            content: n,
            outcome: None,
        }
    }

    #[test]
    fn an_entry_whose_spans_do_not_fit_its_text_is_not_used() {
        // Found by the cache_load fuzz target: a file that passes the checksum and the key but
        // whose spans do not fit the text (a span past the end, or inside a character) made the
        // check panic when it sliced the text.
        use crate::corpus::{Corpus, Span};
        let corpus = Corpus::from_texts([(
            "a.txt",
            "Les ministres ont ont parlé du budget de la ville à Bruxelles.\n",
        )]);
        let opts = crate::CheckOptions::default();
        let render = |c: Option<&mut Cache>| {
            let (report, entries) = crate::check_cached(&corpus, &opts, c);
            (crate::report::json::render(&report), entries)
        };
        let expected = render(None).0;
        let dir = tempfile::tempdir().unwrap();
        let (_, entries) = render(Some(&mut Cache::open(dir.path(), 1)));
        let inside_e_acute = corpus.documents[0].text.find('é').unwrap() + 1;
        for span in [
            Span::new(1000, 5),
            Span::new(0, 1000),
            Span::new(0, inside_e_acute),
        ] {
            let mut damaged = entries.clone();
            let outcome = damaged.get_mut("a.txt").unwrap().outcome.as_mut().unwrap();
            assert!(!outcome.findings.is_empty() && !outcome.names.is_empty());
            outcome.findings[0].span = span;
            Cache::open(dir.path(), 1).save(damaged.clone()).unwrap();
            let mut cache = Cache::open(dir.path(), 1);
            assert_eq!(cache.len(), 1);
            assert_eq!(render(Some(&mut cache)).0, expected, "{span:?}");
            // The same in a name the corpus rules use.
            let outcome = damaged.get_mut("a.txt").unwrap().outcome.as_mut().unwrap();
            outcome.findings = entries["a.txt"].outcome.as_ref().unwrap().findings.clone();
            outcome.names[0].span = span;
            Cache::open(dir.path(), 1).save(damaged).unwrap();
            let mut cache = Cache::open(dir.path(), 1);
            assert_eq!(render(Some(&mut cache)).0, expected, "{span:?}");
        }
    }

    #[test]
    fn round_trip_and_damage() {
        let dir = tempfile::tempdir().unwrap();
        let cache_dir = dir.path().join(".relire-cache");
        let c = Cache::open(&cache_dir, 7);
        assert!(c.is_empty() && c.warning.is_none());
        let mut entries = BTreeMap::new();
        entries.insert("a.txt".to_string(), entry(1));
        entries.insert("b.txt".to_string(), entry(2));
        c.save(entries.clone()).unwrap();
        assert!(cache_dir.join(".gitignore").is_file());
        let c = Cache::open(&cache_dir, 7);
        assert_eq!(c.entries, entries);
        assert!(c.warning.is_none());

        // Other settings: another file.
        assert!(Cache::open(&cache_dir, 8).is_empty());

        // One byte changed, a truncated file, a foreign file: empty, with a warning.
        let mut bytes = std::fs::read(c.file()).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x40;
        std::fs::write(c.file(), &bytes).unwrap();
        let d = Cache::open(&cache_dir, 7);
        assert!(d.is_empty());
        assert!(d.warning.as_deref().unwrap().contains("checksum"), "{d:?}");
        std::fs::write(c.file(), &bytes[..5]).unwrap();
        assert!(Cache::open(&cache_dir, 7).warning.is_some());
        std::fs::write(c.file(), "{\"json\": true}").unwrap();

        // Files of other settings: kept while recent, deleted once stale.
        let other = cache_dir.join("00000000000000ff.bin");
        std::fs::write(&other, "x").unwrap();
        prune(&cache_dir, c.file(), std::time::Duration::from_secs(3600));
        assert!(other.is_file());
        std::thread::sleep(std::time::Duration::from_millis(20));
        prune(&cache_dir, c.file(), std::time::Duration::from_millis(10));
        assert!(!other.is_file());
        assert!(c.file().is_file(), "the file in use is kept");
        assert!(Cache::open(&cache_dir, 7)
            .warning
            .unwrap()
            .contains("not a relire cache"));
    }
}
