//! The near-duplicate engine: shingles → MinHash → LSH → exact verification → clone classes,
//! plus shingle-run alignment for passages and repeated blocks.
//!
//! See docs/architecture.md for the data flow and the choice of parameters.

pub mod align;
mod bucket_sort;
pub mod cliques;
pub mod diff;
pub mod lsh;
pub mod minhash;
pub mod shingle;
pub mod unionfind;
pub mod verify;

use crate::corpus::{Document, Span};
use crate::finding::{floor2, round4, Change, Finding, Location, Related};
use crate::rules::registry;
use crate::text::{tokenize, NormOptions, Token};
use minhash::{MinHasher, Scheme};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use unionfind::UnionFind;
use xxhash_rust::xxh3::Xxh3;

/// Union-find groups of at most this many pairs of distinct texts (362 texts) have every pair
/// compared exactly when they are split into clone classes; larger groups are partitioned.
const EXACT_GROUP_PAIRS: usize = 1 << 16;
/// A text in several clone classes lists its exact copies in each, unless the classes of its
/// group would then list more than this many times as many paragraphs as the group has (a text
/// with thousands of copies and hundreds of variants); its copies are then listed in its first
/// class only. On the man pages the largest ratio is 6.1.
const LISTINGS_PER_COPY: usize = 8;

/// How the similarity of two copies is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// |A ∩ B| / |A ∪ B| of the shingle sets.
    Jaccard,
    /// |A ∩ B| / min(|A|, |B|): how much of the shorter copy is in the longer.
    Containment,
    /// 2·M / (|A| + |B|), M the words the two copies share in order (a word diff).
    WordRatio,
}

impl Measure {
    pub fn name(self) -> &'static str {
        match self {
            Measure::Jaccard => "jaccard",
            Measure::Containment => "containment",
            Measure::WordRatio => "word-ratio",
        }
    }
}

/// Parameters of the duplicate search.
#[derive(Debug, Clone, Serialize)]
pub struct SimilarityOptions {
    /// Words per shingle.
    pub shingle: usize,
    /// Jaccard threshold for near-duplicate paragraphs and blocks.
    pub threshold: f64,
    /// Jaccard threshold for similar documents.
    pub document_threshold: f64,
    /// Values per MinHash signature.
    pub signature_len: usize,
    pub scheme: Scheme,
    /// Minimum words shared for a passage or a repeated block.
    pub min_words: usize,
    /// `near-duplicate` by paragraph-level Jaccard only: copies found by the alignment are
    /// reported as near duplicates only when they hold as many paragraphs each and every pair
    /// of corresponding paragraphs passes `threshold` (no word-ratio copies, no blocks judged
    /// as a whole); the other aligned copies are shared passages.
    pub strict_jaccard: bool,
    pub norm: NormOptions,
}

impl Default for SimilarityOptions {
    fn default() -> Self {
        SimilarityOptions {
            shingle: 5,
            threshold: 0.8,
            document_threshold: 0.5,
            signature_len: 128,
            scheme: Scheme::OnePermutation,
            min_words: 8,
            strict_jaccard: false,
            norm: NormOptions::default(),
        }
    }
}

/// Words of one document and the token range of each paragraph.
#[derive(Debug, Clone, Default)]
pub struct DocTokens {
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<(u32, u32)>,
}

impl DocTokens {
    pub fn new(doc: &Document, norm: NormOptions) -> DocTokens {
        let mut tokens = Vec::with_capacity(doc.text.len() / 6);
        let mut paragraphs = Vec::with_capacity(doc.paragraphs.len());
        let mut buf = String::new();
        for p in &doc.paragraphs {
            let t0 = tokens.len() as u32;
            tokenize(doc.slice(p.span), p.span.start, norm, &mut tokens, &mut buf);
            paragraphs.push((t0, tokens.len() as u32));
        }
        DocTokens { tokens, paragraphs }
    }

    pub fn hashes(&self, r: (u32, u32)) -> Vec<u64> {
        self.tokens[r.0 as usize..r.1 as usize]
            .iter()
            .map(|t| t.hash)
            .collect()
    }

    /// Byte span from the first to the last token of a token range.
    pub fn span(&self, r: (u32, u32)) -> Span {
        Span::new(
            self.tokens[r.0 as usize].start as usize,
            self.tokens[r.1 as usize - 1].end as usize,
        )
    }

    /// Token range of the tokens inside a byte span.
    pub fn range_of(&self, span: Span) -> (u32, u32) {
        let a = self
            .tokens
            .partition_point(|t| (t.start as usize) < span.start);
        let b = self
            .tokens
            .partition_point(|t| (t.start as usize) < span.end);
        (a as u32, b as u32)
    }

    /// Index of the paragraph holding token `t`.
    pub fn paragraph_of(&self, t: u32) -> usize {
        self.paragraphs.partition_point(|p| p.1 <= t)
    }
}

/// Paragraph clone classes, and what the alignment needs to know of them.
pub(crate) struct Classes {
    /// Members (document, paragraph) of each class, sorted. A text in several classes lists its
    /// exact copies in each, or, past [`LISTINGS_PER_COPY`], in the first one only (and its
    /// first copy in the others).
    pub list: Vec<Vec<(u32, u32)>>,
    /// The documents holding a copy of a text of each class, exact copies included, sorted.
    pub docs: Vec<Vec<u32>>,
    /// The first copy of each paragraph that is an exact copy of an earlier paragraph.
    pub first_copy: HashMap<(u32, u32), (u32, u32)>,
}

/// One clone class: its members, and the documents holding a copy of one of its texts.
type Class = (Vec<(u32, u32)>, Vec<u32>);

/// A paragraph compared as a unit.
#[derive(Debug, Clone, Copy)]
struct Unit {
    doc: u32,
    para: u32,
}

/// Everything the duplicate search needs, computed once.
pub struct Engine<'a> {
    pub docs: &'a [Document],
    pub tokens: Vec<DocTokens>,
    pub opts: SimilarityOptions,
    /// The documents whose findings are wanted (focus mode), or `None` for all. The search runs
    /// on the whole corpus all the same; only findings that touch none of these documents are
    /// not made (they would be filtered out of the report).
    subjects: Option<Vec<bool>>,
}

/// The section numbers of `text`'s lines when it is made of numbered headings only: each of
/// its lines opens on the number of a subsection (« 4.5 », « 4.5. », « 13.2.1. »:
/// [`crate::text::section_number`]; « 1. » is an item of a list as well) followed by a title of
/// at most 16 words that starts with a capital and does not end as a sentence does.
fn numbered_headings(text: &str) -> Option<Vec<&str>> {
    // Nearly every span opens on a letter: no pass over its lines.
    if !text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    fn heading(line: &str) -> Option<&str> {
        let number = crate::text::section_number(line)?;
        let t = line.trim_start();
        let title = t[number.len()..].trim();
        (title.starts_with(char::is_uppercase)
            && !title.ends_with(['.', '!', '?', '…'])
            && (1..=16).contains(&title.split_whitespace().count()))
        .then_some(number)
    }
    let numbers: Option<Vec<&str>> = crate::text::nonblank_lines(text).map(heading).collect();
    numbers.filter(|n| !n.is_empty())
}

impl<'a> Engine<'a> {
    pub fn new(docs: &'a [Document], opts: SimilarityOptions) -> Self {
        let tokens = docs
            .par_iter()
            .map(|d| DocTokens::new(d, opts.norm))
            .collect();
        crate::timing::mark("tokenised");
        Engine {
            docs,
            tokens,
            opts,
            subjects: None,
        }
    }

    /// Make only the findings that touch one of the documents `subject` accepts (focus mode):
    /// the others are not wanted. The findings made are those of a search of the whole corpus.
    pub fn with_subjects(mut self, subject: impl Fn(&Document) -> bool) -> Self {
        self.subjects = Some(self.docs.iter().map(subject).collect());
        self
    }

    /// Whether a finding whose copies lie in `docs` is wanted.
    fn concerns(&self, mut docs: impl Iterator<Item = usize>) -> bool {
        match &self.subjects {
            None => true,
            Some(s) => docs.any(|d| s[d]),
        }
    }

    fn set_of(&self, doc: usize, r: (u32, u32)) -> Vec<u64> {
        shingle::shingle_set(&self.tokens[doc].hashes(r), self.opts.shingle)
    }

    /// Exact Jaccard similarity of two token ranges.
    fn jaccard(&self, a: (usize, (u32, u32)), b: (usize, (u32, u32))) -> f64 {
        verify::jaccard(&self.set_of(a.0, a.1), &self.set_of(b.0, b.1))
    }

    /// The lowest exact Jaccard of corresponding paragraphs of two texts of whole paragraphs
    /// (paragraph i of one against paragraph i of the other), or `None` when they hold different
    /// numbers of paragraphs. Paragraphs of one or two words have no shingles: they count 1.0
    /// when their words are the same, 0.0 otherwise.
    pub(crate) fn lowest_paragraph_jaccard(
        &self,
        a: (usize, (u32, u32)),
        b: (usize, (u32, u32)),
    ) -> Option<f64> {
        let paragraphs = |(d, r): (usize, (u32, u32))| {
            let dt = &self.tokens[d];
            &dt.paragraphs[dt.paragraph_of(r.0)..=dt.paragraph_of(r.1 - 1)]
        };
        let (pa, pb) = (paragraphs(a), paragraphs(b));
        (pa.len() == pb.len()).then(|| {
            pa.iter()
                .zip(pb)
                .map(|(&x, &y)| {
                    if x.1 - x.0 < 3 || y.1 - y.0 < 3 {
                        let same = self.tokens[a.0].hashes(x) == self.tokens[b.0].hashes(y);
                        f64::from(u8::from(same))
                    } else {
                        self.jaccard((a.0, x), (b.0, y))
                    }
                })
                .fold(1.0, f64::min)
        })
    }

    fn containment(&self, a: (usize, (u32, u32)), b: (usize, (u32, u32))) -> f64 {
        verify::containment(&self.set_of(a.0, a.1), &self.set_of(b.0, b.1))
    }

    /// Word-diff ratio of two token ranges: 2·(words shared in order) / (total words).
    pub(crate) fn word_ratio(&self, a: (usize, (u32, u32)), b: (usize, (u32, u32))) -> f64 {
        let ha = self.tokens[a.0].hashes(a.1);
        let hb = self.tokens[b.0].hashes(b.1);
        diff::ratio(&ha, &hb)
    }

    fn diff(&self, a: (usize, (u32, u32)), b: (usize, (u32, u32))) -> Vec<Change> {
        self.diff_within(a, b, usize::MAX)
    }

    /// [`diff::word_diff_within`] of two token ranges.
    fn diff_within(
        &self,
        a: (usize, (u32, u32)),
        b: (usize, (u32, u32)),
        max_words: usize,
    ) -> Vec<Change> {
        let ta = &self.tokens[a.0].tokens[a.1 .0 as usize..a.1 .1 as usize];
        let tb = &self.tokens[b.0].tokens[b.1 .0 as usize..b.1 .1 as usize];
        diff::word_diff_within(
            &self.docs[a.0].text,
            ta,
            &self.docs[b.0].text,
            tb,
            max_words,
        )
    }

    /// Hash of the comparison words of a token range, in order: equal for exact copies.
    fn sequence_hash(&self, doc: usize, r: (u32, u32)) -> u64 {
        let mut h = Xxh3::new();
        for t in &self.tokens[doc].tokens[r.0 as usize..r.1 as usize] {
            h.update(&t.hash.to_le_bytes());
        }
        h.digest()
    }

    fn fingerprint(&self, rule: &str, spans: &[(usize, (u32, u32))]) -> String {
        let mut parts: Vec<u64> = spans
            .iter()
            .map(|&(d, r)| self.sequence_hash(d, r))
            .collect();
        // The primary span keeps its place; the related ones are an unordered set.
        parts[1..].sort_unstable();
        let mut h = Xxh3::new();
        h.update(rule.as_bytes());
        let mut paths: Vec<_> = spans
            .iter()
            .map(|&(d, _)| self.docs[d].key_path())
            .collect();
        paths[1..].sort_unstable();
        for p in paths {
            h.update(p.as_bytes());
            h.update(&[0]);
        }
        for p in parts {
            h.update(&p.to_le_bytes());
        }
        format!("{:016x}", h.digest())
    }

    fn location(&self, doc: usize, r: (u32, u32)) -> Location {
        Location::of(&self.docs[doc], self.tokens[doc].span(r))
    }

    /// Run the whole duplicate search.
    pub fn run(&self) -> Vec<Finding> {
        self.run_selected(&|_| true)
    }

    /// Run the duplicate rules `enabled` accepts (by name); the work only the others need is
    /// skipped. The findings of an enabled rule are the same as with [`Engine::run`].
    pub fn run_selected(&self, enabled: &(dyn Fn(&str) -> bool + Sync)) -> Vec<Finding> {
        let wanted = align::Wanted {
            near_duplicate: enabled("near-duplicate"),
            repeated_block: enabled("repeated-block"),
            shared_passage: enabled("shared-passage"),
        };
        // similar-documents beside the paragraph search, and the alignment's shingle runs (which
        // do not depend on the classes) beside both: each has sequential stretches (seeds made
        // and chained, sets verified) that the others fill.
        let paragraphs = wanted.near_duplicate || wanted.repeated_block || wanted.shared_passage;
        let ((mut findings, classes), runs) = rayon::join(
            || {
                rayon::join(
                    || {
                        let found = if enabled("similar-documents") {
                            self.similar_documents()
                        } else {
                            Vec::new()
                        };
                        crate::timing::mark("similar-documents");
                        found
                    },
                    || {
                        paragraphs.then(|| {
                            let classes = self.paragraph_classes();
                            crate::timing::mark("paragraph classes");
                            classes
                        })
                    },
                )
            },
            || paragraphs.then(|| align::shingle_runs(self)),
        );
        if let (Some(classes), Some(runs)) = (classes, runs) {
            // The class findings, then the alignment, in turn: beside each other, their working
            // memory adds up (peak 89 -> 94 MiB on the man pages, for 0.01 s).
            let mut copies = if wanted.near_duplicate {
                self.near_duplicates(&classes.list)
            } else {
                Vec::new()
            };
            crate::timing::mark("near-duplicate class findings");
            let aligned = align::alignment_findings(self, &classes, runs, wanted);
            crate::timing::mark("aligned");
            Self::merge_aligned(aligned, &mut copies);
            findings.append(&mut copies);
            crate::timing::mark("alignment findings");
        }
        self.drop_heading_copies(&mut findings);
        crate::timing::mark("headings");
        findings
    }

    /// A table of contents repeats the numbered headings of the pages it lists, and a sentence
    /// that refers to a section quotes its heading (« voir la Section 4.7, « Services… » »):
    /// structure, not copied text. Drop a `near-duplicate` or `repeated-block` finding whose
    /// every copy is made of numbered headings ([`numbered_headings`]), and a `shared-passage`
    /// finding with one such side whose other side quotes the section's number.
    fn drop_heading_copies(&self, findings: &mut Vec<Finding>) {
        let by_path: HashMap<&str, &Document> =
            self.docs.iter().map(|d| (d.path.as_str(), d)).collect();
        let text = |l: &Location| {
            by_path
                .get(l.path.as_str())
                .and_then(|d| d.text.get(l.start_byte..l.end_byte))
                .unwrap_or_default()
        };
        // Judged on the pool: the findings and their texts are spread over the memory.
        let keep: Vec<bool> = findings
            .par_iter()
            .map(|f| {
                let mut copies =
                    std::iter::once(&f.location).chain(f.related.iter().map(|r| &r.location));
                match (f.rule, f.related.first()) {
                    ("near-duplicate" | "repeated-block", _) => {
                        !copies.all(|l| numbered_headings(text(l)).is_some())
                    }
                    ("shared-passage", Some(r)) => {
                        let (a, b) = (text(&f.location), text(&r.location));
                        let quotes = |h: &str, other: &str| {
                            numbered_headings(h).is_some_and(|ns| {
                                ns.iter().any(|n| other.contains(n.trim_end_matches('.')))
                            })
                        };
                        !(quotes(a, b) || quotes(b, a))
                    }
                    _ => true,
                }
            })
            .collect();
        let mut keep = keep.into_iter();
        findings.retain(|_| keep.next().unwrap_or(true));
    }

    /// Add the alignment's findings, `aligned`, to the class findings in `findings`.
    fn merge_aligned(aligned: Vec<Finding>, findings: &mut Vec<Finding>) {
        // A class whose copies each lie in their own copy of one aligned finding is that
        // finding: a
        // two-way class block inside a larger aligned copy of the same two files (the aligned
        // copy reaches into paragraphs too edited to pass the threshold alone), or a class of
        // exact copies that an aligned group of near copies took in.
        let within = |inner: &Location, outer: &Location| {
            inner.path == outer.path
                && inner.start_byte >= outer.start_byte
                && inner.end_byte <= outer.end_byte
        };
        fn copies(f: &Finding) -> Vec<&Location> {
            std::iter::once(&f.location)
                .chain(f.related.iter().map(|r| &r.location))
                .collect()
        }
        // The copies of each aligned near-duplicate, and the findings by every path they touch.
        let outers: Vec<Vec<&Location>> = aligned
            .iter()
            .filter(|f| f.rule == "near-duplicate")
            .map(copies)
            .collect();
        let mut by_path: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, outer) in outers.iter().enumerate() {
            for l in outer {
                let v = by_path.entry(l.path.as_str()).or_default();
                if v.last() != Some(&i) {
                    v.push(i);
                }
            }
        }
        findings.retain(|g| {
            let inner = copies(g);
            // Each copy of the class in its own copy of the aligned finding: two copies of the
            // class inside one aligned copy (a text repeated in one file) are more than it says.
            let contains = |outer: &[&Location]| {
                let mut used = vec![false; outer.len()];
                inner.iter().all(|i| {
                    let hit = outer.iter().position(|o| within(i, o));
                    hit.is_some_and(|k| !std::mem::replace(&mut used[k], true))
                })
            };
            !by_path
                .get(g.location.path.as_str())
                .is_some_and(|is| is.iter().any(|&i| contains(&outers[i])))
        });
        findings.extend(aligned);
    }

    /// Paragraph clone classes: exact copies grouped by hash, near copies by MinHash + LSH with
    /// exact verification, joined N-way with union-find, each group split into cliques
    /// ([`Engine::clique_classes`]). Each class is sorted by (doc, para).
    fn paragraph_classes(&self) -> Classes {
        let k = self.opts.shingle;
        let units: Vec<Unit> = self
            .tokens
            .iter()
            .enumerate()
            .flat_map(|(d, dt)| {
                dt.paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| shingle::effective_k((r.1 - r.0) as usize, k).is_some())
                    .map(move |(p, _)| Unit {
                        doc: d as u32,
                        para: p as u32,
                    })
            })
            .collect();
        let range = |u: &Unit| self.tokens[u.doc as usize].paragraphs[u.para as usize];
        let mut uf = UnionFind::new(units.len());

        // Exact copies first: one representative per identical word sequence (its first copy).
        let mut keyed: Vec<(u64, u32)> = units
            .par_iter()
            .enumerate()
            .map(|(i, u)| (self.sequence_hash(u.doc as usize, range(u)), i as u32))
            .collect();
        keyed.par_sort_unstable();
        let mut reps: Vec<u32> = Vec::new();
        let mut rep_of: Vec<u32> = (0..units.len() as u32).collect();
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            reps.push(group[0].1);
            for m in &group[1..] {
                uf.union(group[0].1, m.1);
                rep_of[m.1 as usize] = group[0].1;
            }
        }
        reps.sort_unstable();

        // The band keys of the representatives' signatures (a signature is not kept: the
        // banding needs its keys only).
        let hasher = MinHasher::new(self.opts.signature_len, self.opts.scheme);
        let len = hasher.len();
        let (bands, rows) = lsh::params(self.opts.threshold, len);
        let mut keys = vec![0u64; reps.len() * bands];
        keys.par_chunks_mut(bands.max(1))
            .zip(reps.par_iter())
            .for_each_init(
                || (Vec::new(), vec![0u32; len]),
                |(buf, sig), (out, &rep)| {
                    let u = &units[rep as usize];
                    let hs = self.tokens[u.doc as usize].hashes(range(u));
                    buf.clear();
                    let kk = shingle::effective_k(hs.len(), k).unwrap_or(k);
                    shingle::shingles_into(&hs, kk, buf);
                    hasher.signature(buf, sig);
                    lsh::band_keys(sig, rows, out);
                },
            );
        crate::timing::mark("paragraph signatures");
        let cands = lsh::candidates_of_keys(&keys, bands, &reps);
        crate::timing::mark_count("paragraph candidates", cands.len());
        drop(keys);

        // Exact verification of every candidate, on the shingle set of each unit in a
        // candidate pair, built once (a unit is in several pairs).
        let threshold = self.opts.threshold;
        let mut paired: Vec<u32> = cands.iter().flat_map(|&(a, b)| [a, b]).collect();
        paired.par_sort_unstable();
        paired.dedup();
        let sets: Vec<Vec<u64>> = paired
            .par_iter()
            .map(|&u| {
                let u = &units[u as usize];
                self.set_of(u.doc as usize, range(u))
            })
            .collect();
        let mut slot = vec![u32::MAX; units.len()];
        for (i, &u) in paired.iter().enumerate() {
            slot[u as usize] = i as u32;
        }
        let set = |u: u32| &sets[slot[u as usize] as usize];
        let verified: Vec<(u32, u32)> = cands
            .par_iter()
            .filter(|&&(a, b)| verify::jaccard_at_least(set(a), set(b), threshold).is_some())
            .copied()
            .collect();
        drop(sets);
        crate::timing::mark("paragraph candidates verified");
        for (a, b) in verified {
            uf.union(a, b);
        }
        let member = |i: u32| {
            let u = &units[i as usize];
            (u.doc, u.para)
        };
        let first_copy = rep_of
            .iter()
            .enumerate()
            .filter(|&(u, &r)| u as u32 != r)
            .map(|(u, &r)| (member(u as u32), member(r)))
            .collect();
        let (list, docs) = uf
            .classes()
            .into_par_iter()
            .flat_map_iter(|g| self.clique_classes(&g, &rep_of, &member))
            .unzip();
        Classes {
            list,
            docs,
            first_copy,
        }
    }

    /// Split a union-find group of units (sorted) into classes whose every two members are
    /// verified near-duplicates; exact copies go with their representative. Groups of up to
    /// [`EXACT_GROUP_PAIRS`] pairs of distinct texts compare every two texts exactly and put
    /// every pair at the threshold in some class ([`cliques::cover`]); a text in several classes
    /// lists its exact copies in each (see [`LISTINGS_PER_COPY`]). Larger groups, and those
    /// whose cover would need more classes than they have texts, are partitioned instead
    /// ([`cliques::partition`]).
    fn clique_classes(
        &self,
        group: &[u32],
        rep_of: &[u32],
        member: &(dyn Fn(u32) -> (u32, u32) + Sync),
    ) -> Vec<Class> {
        let reps: Vec<u32> = group
            .iter()
            .copied()
            .filter(|&u| rep_of[u as usize] == u)
            .collect();
        let local = |u: u32| {
            reps.binary_search(&u)
                .expect("a representative of the group") as u32
        };
        let mut copies: Vec<Vec<u32>> = vec![Vec::new(); reps.len()];
        for &u in group {
            copies[local(rep_of[u as usize]) as usize].push(u);
        }
        // A class of the texts `c`, with the documents of all their copies.
        let docs_of = |c: &[u32]| -> Vec<u32> {
            let mut docs: Vec<u32> = c
                .iter()
                .flat_map(|&r| copies[r as usize].iter().map(|&u| member(u).0))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            docs
        };
        let m = reps.len();
        // A group of exact copies of one text has no near-duplicate pairs to split: it is one
        // class, made below as a text that is in no clique.
        let cliques = if m == 1 {
            Vec::new()
        } else {
            let sets: Vec<Vec<u64>> = reps
                .iter()
                .map(|&u| {
                    let (d, p) = member(u);
                    self.set_of(d as usize, self.tokens[d as usize].paragraphs[p as usize])
                })
                .collect();
            let t = self.opts.threshold;
            let sim = |a: usize, b: usize| verify::jaccard(&sets[a], &sets[b]);
            (m * (m - 1) / 2 <= EXACT_GROUP_PAIRS)
                .then(|| {
                    let mut pairs = Vec::new();
                    for a in 0..m {
                        for b in a + 1..m {
                            if sim(a, b) >= t {
                                pairs.push((a as u32, b as u32));
                            }
                        }
                    }
                    cliques::cover(&cliques::neighbours(m, pairs), m)
                })
                .flatten()
                .unwrap_or_else(|| cliques::partition(m, t, &sim))
        };
        // Every copy of every text in each of its classes, unless that lists the group's
        // paragraphs more than LISTINGS_PER_COPY times over; then only in the first.
        let listings: usize = cliques
            .iter()
            .flatten()
            .map(|&r| copies[r as usize].len())
            .sum();
        let once = listings > LISTINGS_PER_COPY * group.len();
        let mut listed = vec![false; m];
        let mut classes: Vec<Class> = cliques
            .iter()
            .map(|c| {
                let mut units: Vec<u32> = Vec::new();
                for &r in c {
                    let r = r as usize;
                    if listed[r] && once {
                        units.push(reps[r]);
                    } else {
                        listed[r] = true;
                        units.extend_from_slice(&copies[r]);
                    }
                }
                units.sort_unstable();
                (units.into_iter().map(member).collect(), docs_of(c))
            })
            .collect();
        // A text in no clique (left out of a partition, or alone in its group) keeps its exact
        // copies as a class.
        for r in 0..m {
            if !listed[r] && copies[r].len() >= 2 {
                classes.push((
                    copies[r].iter().map(|&u| member(u)).collect(),
                    docs_of(&[r as u32]),
                ));
            }
        }
        classes
    }

    /// `near-duplicate` findings: classes spanning at least two files; classes that run in
    /// parallel over consecutive paragraphs of the same files merge into one block.
    fn near_duplicates(&self, classes: &[Vec<(u32, u32)>]) -> Vec<Finding> {
        let cross: Vec<&Vec<(u32, u32)>> = classes
            .iter()
            .filter(|c| c.iter().any(|m| m.0 != c[0].0))
            .collect();
        let index: HashMap<&[(u32, u32)], usize> = cross
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_slice(), i))
            .collect();
        let shifted = |c: &[(u32, u32)], by: i64| -> Option<Vec<(u32, u32)>> {
            c.iter()
                .map(|&(d, p)| {
                    let q = p as i64 + by;
                    (q >= 0).then_some((d, q as u32))
                })
                .collect()
        };
        let next_of: Vec<Option<usize>> = cross
            .iter()
            .map(|c| shifted(c, 1).and_then(|s| index.get(s.as_slice()).copied()))
            .collect();
        let has_prev: Vec<bool> = cross
            .iter()
            .map(|c| shifted(c, -1).is_some_and(|s| index.contains_key(s.as_slice())))
            .collect();
        let blocks: Vec<(usize, usize)> = (0..cross.len())
            .filter(|&i| !has_prev[i])
            .map(|i| {
                let mut last = i;
                while let Some(n) = next_of[last] {
                    last = n;
                }
                (i, last)
            })
            .collect();
        blocks
            .par_iter()
            .filter(|&&(first, _)| self.concerns(cross[first].iter().map(|m| m.0 as usize)))
            .map(|&(first, last)| {
                let n_paras = cross[last][0].1 - cross[first][0].1 + 1;
                let members: Vec<(usize, (u32, u32))> = cross[first]
                    .iter()
                    .zip(cross[last].iter())
                    .map(|(&(d, p0), &(_, p1))| {
                        let dt = &self.tokens[d as usize];
                        (
                            d as usize,
                            (dt.paragraphs[p0 as usize].0, dt.paragraphs[p1 as usize].1),
                        )
                    })
                    .collect();
                self.class_finding(
                    "near-duplicate",
                    &members,
                    n_paras as usize,
                    Measure::Jaccard,
                )
            })
            .collect()
    }

    /// A finding whose primary location is the canonical member (first by path, then offset) and
    /// whose related locations are every other copy, each with its similarity and diff.
    fn class_finding(
        &self,
        rule: &'static str,
        members: &[(usize, (u32, u32))],
        n_paras: usize,
        measure: Measure,
    ) -> Finding {
        let info = registry::info(rule);
        let canon = members[0];
        let canon_set = self.set_of(canon.0, canon.1);
        let related: Vec<Related> = members[1..]
            .iter()
            .map(|&m| {
                let other = self.set_of(m.0, m.1);
                let sim = match measure {
                    // With --strict-jaccard a block is as similar as its least similar pair of
                    // paragraphs: the figure that passed the threshold.
                    Measure::Jaccard if self.opts.strict_jaccard && n_paras > 1 => self
                        .lowest_paragraph_jaccard(canon, m)
                        .unwrap_or_else(|| verify::jaccard(&canon_set, &other)),
                    // A block of paragraphs each in a class with its counterpart: the shingles
                    // across its paragraph ends differ when a paragraph's end was edited, and
                    // can bring the block's own figure under the threshold; it is then as
                    // similar as its least similar pair of paragraphs, which passed it.
                    Measure::Jaccard if n_paras > 1 => {
                        let j = verify::jaccard(&canon_set, &other);
                        if j < self.opts.threshold {
                            self.lowest_paragraph_jaccard(canon, m)
                                .map_or(j, |l| l.max(j))
                        } else {
                            j
                        }
                    }
                    Measure::Jaccard => verify::jaccard(&canon_set, &other),
                    Measure::Containment => verify::containment(&canon_set, &other),
                    Measure::WordRatio => self.word_ratio(canon, m),
                };
                Related {
                    location: self.location(m.0, m.1),
                    similarity: Some(round4(sim)),
                    diff: self.diff(canon, m),
                }
            })
            .collect();
        let min_sim = related
            .iter()
            .filter_map(|r| r.similarity)
            .fold(1.0f64, f64::min);
        let files = {
            let mut f: Vec<usize> = members.iter().map(|m| m.0).collect();
            f.dedup();
            f.len()
        };
        let what = if n_paras > 1 {
            format!("block of {n_paras} paragraphs")
        } else {
            "paragraph".to_string()
        };
        let others = members.len() - 1;
        let message = format!(
            "{what} also found in {others} other place{} ({files} files), similarity {}",
            if others == 1 { "" } else { "s" },
            sim_text(min_sim, related.len() > 1)
        ) + match measure {
            Measure::Jaccard => "",
            Measure::Containment => " (containment)",
            Measure::WordRatio => " (words in common)",
        };
        Finding {
            rule,
            code: info.code,
            severity: info.severity,
            message,
            location: self.location(canon.0, canon.1),
            similarity: Some(round4(min_sim)),
            measure: Some(measure.name()),
            diff: related.first().map(|r| r.diff.clone()).unwrap_or_default(),
            related,
            suggestion: None,
            fingerprint: self.fingerprint(rule, members),
        }
    }

    /// `similar-documents`: document pairs whose shingle sets pass the document threshold.
    fn similar_documents(&self) -> Vec<Finding> {
        let k = self.opts.shingle;
        // The sorted shingle set of each document, built once: the signature and the exact
        // verification of every candidate pair read it (a document can be in many pairs).
        let sets: Vec<Vec<u64>> = self
            .tokens
            .par_iter()
            .map_init(Vec::new, |hs, dt| {
                if k == 0 || dt.tokens.len() < k {
                    return Vec::new();
                }
                hs.clear();
                hs.extend(dt.tokens.iter().map(|t| t.hash));
                let mut v = Vec::new();
                shingle::shingles_into(hs, k, &mut v);
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        let ids: Vec<u32> = (0..self.tokens.len() as u32)
            .filter(|&i| !sets[i as usize].is_empty())
            .collect();
        let hasher = MinHasher::new(self.opts.signature_len, self.opts.scheme);
        let len = hasher.len();
        let mut sigs = vec![0u32; ids.len() * len];
        sigs.par_chunks_mut(len)
            .zip(ids.par_iter())
            .for_each(|(out, &i)| hasher.signature(&sets[i as usize], out));
        crate::timing::mark("similar-documents: signatures");
        let (bands, rows) = lsh::params(self.opts.document_threshold, len);
        let cands = lsh::candidates(&sigs, len, &ids, bands, rows);
        crate::timing::mark_count("similar-documents: candidates", cands.len());
        drop(sigs);
        let info = registry::info("similar-documents");
        cands
            .par_iter()
            .filter_map(|&(a, b)| {
                let (a, b) = (a as usize, b as usize);
                if !self.concerns([a, b].into_iter()) {
                    return None;
                }
                // Sets whose sizes alone keep them under the threshold (J ≤ min / max) are
                // rejected by jaccard_at_least's first check, before any step of the walk.
                let j = verify::jaccard_at_least(&sets[a], &sets[b], self.opts.document_threshold)?;
                let whole = |d: usize| (0u32, self.tokens[d].tokens.len() as u32);
                let loc =
                    |d: usize| Location::of(&self.docs[d], Span::new(0, self.docs[d].text.len()));
                Some(Finding {
                    rule: "similar-documents",
                    code: info.code,
                    severity: info.severity,
                    message: format!(
                        "document is {:.0}% similar to {} (Jaccard of {k}-word shingles {:.2})",
                        floor2(j) * 100.0,
                        // A message is one line, whatever the file's name holds.
                        crate::report::one_line(&self.docs[b].path),
                        floor2(j)
                    ),
                    location: loc(a),
                    related: vec![Related {
                        location: loc(b),
                        similarity: Some(round4(j)),
                        diff: Vec::new(),
                    }],
                    similarity: Some(round4(j)),
                    measure: Some("jaccard"),
                    diff: Vec::new(),
                    suggestion: None,
                    fingerprint: self
                        .fingerprint("similar-documents", &[(a, whole(a)), (b, whole(b))]),
                })
            })
            .collect()
    }
}

/// "0.93" or "≥ 0.93" for a class with several copies.
fn sim_text(s: f64, several: bool) -> String {
    if several && s < 1.0 {
        format!("≥ {:.2}", floor2(s))
    } else {
        format!("{:.2}", floor2(s))
    }
}

#[cfg(test)]
mod tests {
    /// Two long sentences made of the same few words in runs (« le le », « de de de », « pas
    /// pas », « mot ») align in hundreds of short blocks, each extended to the same two
    /// sentences (found while fuzzing: 6.7 KB took 2.5 s in a release build, 54 KB 50 s): the
    /// word diff of the two sentences is computed once, not once per block.
    /// The findings are checked here; the time is measured in `benches/rules.rs`.
    #[test]
    fn blocks_extended_to_the_same_sentences_are_diffed_once() {
        let mut state = 1u64;
        let mut sentence = || {
            (0..1000)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ["le le", "de de de", "pas pas", "mot"][(state >> 33) as usize % 4]
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let text = format!("{}\n\n{}\n", sentence(), sentence());
        let corpus = crate::corpus::Corpus::from_texts([("a.txt", text)]);
        let opts = crate::CheckOptions {
            select: vec!["repeated-block".into()],
            ..crate::CheckOptions::default()
        };
        let report = crate::check(&corpus, &opts);
        let whole = report
            .findings
            .iter()
            .filter(|f| f.message.starts_with("line 3 repeats line 1 "))
            .count();
        assert_eq!(whole, 1, "{:#?}", &report.findings[..3]);
    }

    #[test]
    fn numbered_headings_are_section_numbers_and_short_titles() {
        for (h, n) in [
            ("4.5. Base de données des développeurs", vec!["4.5."]),
            ("13.2.1. Choix d'un gestionnaire d'écran", vec!["13.2.1."]),
            (
                "4.1. Ressources\n4.2. Listes de diffusion",
                vec!["4.1.", "4.2."],
            ),
            ("  1.2.3 Hauteurs", vec!["1.2.3"]),
        ] {
            assert_eq!(super::numbered_headings(h), Some(n), "{h}");
        }
        for p in [
            "2021. L'année a été marquée par la crise",
            "4.5 millions de personnes ont voté dimanche",
            "10 000 manifestants selon la police",
            "4.5. Base de données\nLa base recense chaque développeur.",
            "1.2. Le projet de loi a été adopté.",
            "3.1.Texte collé au numéro ",
            // A numbered list is no table of contents.
            "1. Gel des loyers pendant un an\n2. Hausse des aides au logement",
        ] {
            assert_eq!(super::numbered_headings(p), None, "{p}");
        }
    }
}
