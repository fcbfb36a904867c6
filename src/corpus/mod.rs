//! Reading a corpus: discovery, decoding, documents with a line index, and paragraphs.

mod decode;
mod discover;
mod paragraph;

pub use decode::{decode, Decoded, UTF8_REPLACED};
pub use discover::{discover, globset, would_read, Discovery, WalkOptions};
pub use paragraph::{is_blank_char as paragraph_is_blank_char, segment, Join, Paragraph};

use crate::text::sentences;

/// A half-open byte range `[start, end)` into a document's decoded text.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// One decoded file: the text exactly as read (after decoding), its line index and its paragraphs.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path as given on the command line (or as joined by the walker).
    pub path: String,
    /// Name of the detected encoding (`UTF-8`, `windows-1252`, `UTF-16LE`, ...).
    pub encoding: &'static str,
    /// Whether the file started with a byte-order mark.
    pub bom: bool,
    /// Decoded text, not normalised in any way.
    pub text: String,
    line_starts: Vec<usize>,
    /// Characters before each [`CHAR_BLOCK`]-byte block of the text, built on the first column
    /// asked for on a long line.
    char_marks: std::sync::OnceLock<Vec<usize>>,
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
}

/// Block size of [`Document`]'s character index: a column is never counted over more than
/// about twice this many bytes, however long its line (a one-line file of 1 MB with 100,000
/// findings would otherwise count 50 GB of characters).
const CHAR_BLOCK: usize = 4096;

/// Characters in UTF-8 bytes: the bytes that do not continue a character.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl Document {
    /// Build a document from decoded text: line index, paragraphs and their sentences. The text
    /// must be at most [`MAX_TEXT_BYTES`] long (the spans of a longer one would be wrong).
    pub fn new(path: impl Into<String>, encoding: &'static str, bom: bool, text: String) -> Self {
        let line_starts = line_starts(&text);
        let mut paragraphs = segment(&text);
        for p in &mut paragraphs {
            p.sentences = sentences::split(&text, p.span);
        }
        Document {
            path: path.into(),
            encoding,
            bom,
            text,
            line_starts,
            char_marks: std::sync::OnceLock::new(),
            paragraphs,
        }
    }

    /// Convenience for tests and library users: a UTF-8 document from a string.
    pub fn from_str(path: impl Into<String>, text: &str) -> Self {
        Document::new(path, "UTF-8", false, text.to_owned())
    }

    /// 1-based line number holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset).max(1)
    }

    /// 1-based (line, column) of byte `offset`; the column counts characters.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        let offset = floor_char_boundary(&self.text, offset).max(start);
        if offset - start <= 2 * CHAR_BLOCK {
            return (line, self.text[start..offset].chars().count() + 1);
        }
        (
            line,
            self.chars_before(offset) - self.chars_before(start) + 1,
        )
    }

    /// Characters in the text before byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let bytes = self.text.as_bytes();
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = vec![0];
            for block in bytes.chunks(CHAR_BLOCK) {
                marks.push(marks[marks.len() - 1] + chars_in(block));
            }
            marks
        });
        let block = offset / CHAR_BLOCK;
        marks[block] + chars_in(&bytes[block * CHAR_BLOCK..offset])
    }

    /// Inclusive 1-based line range covered by `span`.
    pub fn line_range(&self, span: Span) -> (usize, usize) {
        let first = self.line_of(span.start);
        let last = self.line_of(span.end.saturating_sub(1).max(span.start));
        (first, last)
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Whether the file was not UTF-8 (legacy 8-bit or UTF-16).
    pub fn is_utf8(&self) -> bool {
        self.encoding == "UTF-8"
    }

    /// The path as findings' fingerprints hash it: [`key_path`] of the path.
    pub fn key_path(&self) -> std::borrow::Cow<'_, str> {
        key_path(&self.path)
    }
}

/// A path written without `.` components and repeated separators (`./seeds//a.txt` →
/// `seeds/a.txt`), so that `relire check` (which reports `./seeds/a.txt`) and a pre-commit run
/// on `seeds/a.txt` give a finding the same fingerprint. Only the spelling changes: `..` and
/// symbolic links are left as they are.
pub fn key_path(path: &str) -> std::borrow::Cow<'_, str> {
    let needs = path.starts_with("./")
        || path.contains("/./")
        || path.contains("//")
        || (path.ends_with("/.") && path.len() > 2);
    if !needs {
        return std::borrow::Cow::Borrowed(path);
    }
    let absolute = path.starts_with('/');
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let joined = parts.join("/");
    std::borrow::Cow::Owned(if absolute {
        format!("/{joined}")
    } else {
        joined
    })
}

/// The largest char boundary of `s` at or before byte `i` (clamped to its length).
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offset of every line start; `\n`, `\r\n` and a lone `\r` all end a line.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // A line starts after each `\n` and after each `\r` that is not the first half of a
        // `\r\n`.
        if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
            starts.push(i + 1);
        }
    }
    if starts.len() > 1 && *starts.last().unwrap() == bytes.len() {
        starts.pop();
    }
    starts
}

/// Largest decoded text relire reads from one file, 4 GiB − 1 bytes: word offsets are 32-bit.
/// [`Corpus::read`] reports a larger file as an error; texts given to [`Document::new`] must
/// not be larger.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// The error for a decoded text of `len` bytes, when it is over [`MAX_TEXT_BYTES`].
fn too_large(len: usize) -> Option<String> {
    (len > MAX_TEXT_BYTES).then(|| {
        format!(
            "file too large: {len} bytes once decoded, relire reads files of up to {MAX_TEXT_BYTES} bytes"
        )
    })
}

/// The message of an I/O error, without the paths that layers around the system's error add
/// (a walker's "IO error for operation on d: …", a temporary file's "… at path d/.tmp1x2y"):
/// the system's message when there is one inside, the error's own otherwise. Callers name the
/// path once, beside it.
pub fn io_message(err: &std::io::Error) -> String {
    let mut inner: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = inner {
        let io = e.downcast_ref::<std::io::Error>();
        if let Some(code) = io.and_then(std::io::Error::raw_os_error) {
            return std::io::Error::from_raw_os_error(code).to_string();
        }
        inner = match io {
            Some(io) => io
                .get_ref()
                .map(|e| e as &(dyn std::error::Error + 'static)),
            None => e.source(),
        };
    }
    err.to_string()
}

/// The bytes of the file at `p`, or `None` when its start shows a binary file: the rest of a
/// binary file is not read, nor a file too large to decode within [`MAX_TEXT_BYTES`] (a disk
/// image, a sparse file of some gigabytes). The error is the message of a file note.
fn read_text_file(p: &std::path::Path) -> Result<Option<Vec<u8>>, String> {
    use std::io::Read;
    let mut file = std::fs::File::open(p).map_err(|e| e.to_string())?;
    let mut bytes = Vec::with_capacity(decode::HEAD_BYTES);
    (&mut file)
        .take(decode::HEAD_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if decode::is_binary(&bytes) {
        return Ok(None);
    }
    if bytes.len() == decode::HEAD_BYTES {
        // The length on disk is a hint only (a file can grow while it is read; some special
        // files say 0): it refuses a file that is surely too large, and sizes the buffer.
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        if decode::decodes_beyond(&bytes, len, MAX_TEXT_BYTES) {
            return Err(format!(
                "file too large: {len} bytes, relire reads files of up to {MAX_TEXT_BYTES} bytes once decoded"
            ));
        }
        bytes.reserve(
            usize::try_from(len)
                .unwrap_or(0)
                .saturating_sub(bytes.len()),
        );
        file.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    }
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_of_a_file_decides_binary_and_size() {
        let dir = tempfile::tempdir().unwrap();
        // A sparse file of 64 MiB of NUL bytes: skipped as binary.
        let sparse = dir.path().join("image.txt");
        std::fs::File::create(&sparse)
            .unwrap()
            .set_len(64 << 20)
            .unwrap();
        assert_eq!(read_text_file(&sparse), Ok(None));
        // Text that goes on past the first 8 KiB is read whole.
        let long = dir.path().join("long.txt");
        let text = "Une ligne de texte.\n".repeat(2000);
        std::fs::write(&long, &text).unwrap();
        assert_eq!(read_text_file(&long), Ok(Some(text.into_bytes())));
        // Text at the start, then NUL bytes: the start decides (as `decode` does).
        let tail = dir.path().join("tail.txt");
        let mut bytes = "a".repeat(decode::HEAD_BYTES).into_bytes();
        bytes.extend([0; 10]);
        std::fs::write(&tail, &bytes).unwrap();
        assert_eq!(read_text_file(&tail), Ok(Some(bytes)));
        assert!(read_text_file(&dir.path().join("missing.txt")).is_err());
    }

    #[test]
    fn an_io_message_is_the_system_error_inside() {
        let denied = std::io::Error::from_raw_os_error(13);
        let expected = denied.to_string();
        assert_eq!(io_message(&denied), expected);
        // A layer that names a path around it (as a temporary file's error does).
        #[derive(Debug)]
        struct AtPath(std::io::Error);
        impl std::fmt::Display for AtPath {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{} at path \"d/.tmp1x2y\"", self.0)
            }
        }
        impl std::error::Error for AtPath {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let wrapped = std::io::Error::other(AtPath(std::io::Error::from_raw_os_error(13)));
        assert!(wrapped.to_string().contains(".tmp1x2y"));
        assert_eq!(io_message(&wrapped), expected);
        // No system error inside: the error's own message.
        let plain = std::io::Error::other("the disk is full");
        assert_eq!(io_message(&plain), "the disk is full");
    }

    #[test]
    fn a_file_surely_too_large_is_refused_before_it_is_read() {
        let max = MAX_TEXT_BYTES;
        let ascii = b"Le texte".as_slice();
        assert!(!decode::decodes_beyond(ascii, max as u64, max));
        assert!(decode::decodes_beyond(ascii, max as u64 + 1, max));
        // A UTF-8 byte-order mark is not text.
        let utf8 = b"\xEF\xBB\xBFLe texte".as_slice();
        assert!(!decode::decodes_beyond(utf8, max as u64 + 3, max));
        assert!(decode::decodes_beyond(utf8, max as u64 + 4, max));
        // UTF-16: two bytes a character at least.
        let utf16 = b"\xFF\xFEL\0e\0".as_slice();
        assert!(!decode::decodes_beyond(utf16, 2 * max as u64 + 2, max));
        assert!(decode::decodes_beyond(utf16, 2 * max as u64 + 4, max));
        assert!(!decode::decodes_beyond(utf16, 1, max));
    }

    #[test]
    fn key_paths_drop_dot_components_and_repeated_separators() {
        for (path, key) in [
            ("seeds/a.txt", "seeds/a.txt"),
            ("./seeds/a.txt", "seeds/a.txt"),
            ("././seeds//./a.txt", "seeds/a.txt"),
            ("/srv/corpus/./a.txt", "/srv/corpus/a.txt"),
            ("../corpus/a.txt", "../corpus/a.txt"),
            ("a.txt", "a.txt"),
            (".hidden/a.txt", ".hidden/a.txt"),
        ] {
            assert_eq!(key_path(path), key, "{path}");
        }
        assert!(matches!(
            key_path("seeds/a.txt"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_text_beyond_32_bit_offsets_is_an_error() {
        assert!(too_large(MAX_TEXT_BYTES).is_none());
        assert!(too_large(MAX_TEXT_BYTES + 1)
            .unwrap()
            .starts_with("file too large"));
    }

    #[test]
    fn line_index_handles_all_line_ends() {
        let d = Document::from_str("x", "a\r\nb\rc\nd");
        assert_eq!(d.line_count(), 4);
        assert_eq!(d.line_of(0), 1);
        assert_eq!(d.line_of(3), 2);
        assert_eq!(d.line_of(5), 3);
        assert_eq!(d.line_of(7), 4);
        assert_eq!(d.line_col(7), (4, 1));
    }

    #[test]
    fn columns_count_characters() {
        let d = Document::from_str("x", "été là\nsuite");
        let at = d.text.find("là").unwrap();
        assert_eq!(d.line_col(at), (1, 5));
        assert_eq!(d.line_range(Span::new(0, d.text.len())), (1, 2));
    }

    /// Columns on lines longer than the character index's blocks: the same as counting the
    /// characters from the start of the line, at every kind of offset (block boundaries, the end
    /// of the text, inside multi-byte characters).
    #[test]
    fn columns_on_long_lines_count_characters() {
        for text in [
            format!("début\n{}\nfin", "é€a𝄞".repeat(3000)),
            "é".repeat(CHAR_BLOCK),
            "a".repeat(3 * CHAR_BLOCK),
        ] {
            let d = Document::from_str("t.txt", &text);
            for offset in
                (0..=text.len())
                    .step_by(97)
                    .chain([text.len(), CHAR_BLOCK, 2 * CHAR_BLOCK])
            {
                let offset = offset.min(text.len());
                let at = floor_char_boundary(&text, offset);
                let start = text[..at].rfind('\n').map_or(0, |k| k + 1);
                let expected = text[start..at].chars().count() + 1;
                assert_eq!(d.line_col(offset).1, expected, "offset {offset}");
            }
        }
    }
}

/// How a path is reported: as it is spelt, with each byte of a name that is not UTF-8 written
/// `\xFF`. A lossy conversion turned `c/\xfe.txt` and `c/\xff.txt` into one path,
/// `c/\u{fffd}.txt`, under which the report mixed the two files (one's text shown for the other's
/// findings).
pub fn path_string(p: &std::path::Path) -> String {
    if let Some(s) = p.to_str() {
        return s.to_string();
    }
    let mut out = String::new();
    for chunk in p.as_os_str().as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// Why a discovered file was not checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileNote {
    pub path: String,
    pub message: String,
}

/// A corpus read from disk.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents sorted by path.
    pub documents: Vec<Document>,
    /// Binary files that were skipped.
    pub skipped: Vec<FileNote>,
    /// Paths that could not be walked or read.
    pub errors: Vec<FileNote>,
    /// The files the documents were read from, as found on disk (sorted): a document's `path`
    /// is how it is reported, which names no file when the name is not UTF-8. Empty for a
    /// corpus built in memory.
    pub files: Vec<std::path::PathBuf>,
}

impl Corpus {
    /// Build a corpus from in-memory `(path, text)` pairs.
    pub fn from_texts<P: Into<String>, T: Into<String>>(
        texts: impl IntoIterator<Item = (P, T)>,
    ) -> Corpus {
        let mut documents: Vec<Document> = texts
            .into_iter()
            .map(|(p, t)| Document::new(p, "UTF-8", false, t.into()))
            .collect();
        documents.sort_by(|a, b| a.path.cmp(&b.path));
        Corpus {
            documents,
            ..Corpus::default()
        }
    }

    /// Walk `paths`, read and decode every text file (in parallel). Never writes anything.
    pub fn read(
        paths: &[std::path::PathBuf],
        opts: &WalkOptions,
    ) -> Result<Corpus, discover::GlobError> {
        use rayon::prelude::*;
        let found = discover(paths, opts)?;
        let mut corpus = Corpus {
            errors: found
                .errors
                .into_iter()
                .map(|(path, message)| FileNote { path, message })
                .collect(),
            ..Corpus::default()
        };
        let read: Vec<Result<Option<Document>, FileNote>> = found
            .files
            .par_iter()
            .map(|p| {
                let path = path_string(p);
                let note = |message: String| FileNote {
                    path: path.clone(),
                    message,
                };
                let Some(bytes) = read_text_file(p).map_err(note)? else {
                    return Ok(None);
                };
                Ok(match decode(bytes) {
                    Decoded::Text {
                        text,
                        encoding,
                        bom,
                    } => {
                        if let Some(message) = too_large(text.len()) {
                            return Err(FileNote { path, message });
                        }
                        Some(Document::new(path, encoding, bom, text))
                    }
                    Decoded::Binary => None,
                })
            })
            .collect();
        for (r, p) in read.into_iter().zip(&found.files) {
            match r {
                Ok(Some(d)) => {
                    corpus.documents.push(d);
                    corpus.files.push(p.clone());
                }
                Ok(None) => corpus.skipped.push(FileNote {
                    path: path_string(p),
                    message: "binary file skipped".into(),
                }),
                Err(e) => corpus.errors.push(e),
            }
        }
        for p in &found.other_extension {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or_default();
            let message = format!(
                "matches an include glob, but .{ext} files are not read (add the extension: --extension {ext})"
            );
            corpus.skipped.push(FileNote {
                path: path_string(p),
                message,
            });
        }
        corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        corpus.errors.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(corpus)
    }

    /// Number of paragraphs in all documents.
    pub fn paragraph_count(&self) -> usize {
        self.documents.iter().map(|d| d.paragraphs.len()).sum()
    }
}

pub use discover::GlobError;
