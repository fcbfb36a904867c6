//! Shingle-run alignment: text shared by two places of the corpus, whatever its paragraph
//! boundaries. Gives `repeated-block` (inside one file), `shared-passage` (a sentence-level
//! passage common to two files) and the `near-duplicate` copies that were re-wrapped.

use super::{Engine, Measure};
use crate::finding::{floor2, round4, Finding, Location, Related};
use crate::rules::registry;
use rayon::prelude::*;
use std::collections::HashMap;

/// Shingles that occur more often than this in the corpus are boilerplate; paragraph classes
/// report them, the alignment skips them.
const MAX_OCCURRENCES: usize = 32;
/// Words (both sides together) past which the unaligned ends of two sentences around a shared
/// passage are different text rather than an edit: their diff lists no change for them (the
/// passage itself is always diffed).
const SENTENCE_END_DIFF: usize = 40;
/// Largest gap, in words, bridged between two runs of the same alignment (an edited stretch).
const GAP: u32 = 6;

/// Two aligned token ranges: `[a0, a1)` of document `da`, `[b0, b1)` of `db`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Run {
    da: u32,
    db: u32,
    a0: u32,
    a1: u32,
    b0: u32,
    b1: u32,
    matched: u32,
    /// A text repeated several times in a row inside one file: `[a0, a1)` is its first copy
    /// (`a1 == b0`), `[b0, b1)` the copies that follow it.
    periodic: bool,
}

/// The runs of shingles shared by two places of the corpus (seeds on one diagonal, chained
/// position by position). Independent of the paragraph classes: it runs beside their search.
pub(crate) fn shingle_runs(engine: &Engine) -> Vec<Run> {
    let k = engine.opts.shingle;
    // (shingle, document, position), built in place: one buffer of the exact size.
    let counts: Vec<usize> = engine
        .tokens
        .iter()
        .map(|dt| {
            if k == 0 {
                0
            } else {
                (dt.tokens.len() + 1).saturating_sub(k)
            }
        })
        .collect();
    let mut index: Vec<(u64, u32, u32)> = vec![(0, 0, 0); counts.iter().sum()];
    let mut parts: Vec<&mut [(u64, u32, u32)]> = Vec::with_capacity(counts.len());
    let mut rest = index.as_mut_slice();
    for &n in &counts {
        let (head, tail) = rest.split_at_mut(n);
        parts.push(head);
        rest = tail;
    }
    parts.into_par_iter().enumerate().for_each_init(
        || (Vec::new(), Vec::new()),
        |(hs, sh), (d, out)| {
            hs.clear();
            hs.extend(engine.tokens[d].tokens.iter().map(|t| t.hash));
            sh.clear();
            super::shingle::shingles_into(hs, k, sh);
            for (p, (slot, &h)) in out.iter_mut().zip(sh.iter()).enumerate() {
                *slot = (h, d as u32, p as u32);
            }
        },
    );
    crate::timing::mark("alignment: shingle index built");
    // Shingle hashes are spread evenly: their top byte splits the index into 256 buckets.
    super::bucket_sort::par_sort_bucketed(&mut index, 256, |x| (x.0 >> 56) as usize);
    crate::timing::mark_count("alignment: shingle index sorted", index.len());
    // Keep the shingles that occur twice or more (the others cannot seed an alignment), and give
    // the memory of the rest back before the seeds are made.
    let mut kept = 0;
    let mut i = 0;
    while i < index.len() {
        let mut j = i + 1;
        while j < index.len() && index[j].0 == index[i].0 {
            j += 1;
        }
        if j - i >= 2 {
            index.copy_within(i..j, kept);
            kept += j - i;
        }
        i = j;
    }
    index.truncate(kept);
    index.shrink_to_fit();
    // (document a, document b, diagonal, position in a): 16 bytes, sorted into runs below.
    let mut seeds: Vec<(u32, u32, i32, u32)> = Vec::new();
    for group in index.chunk_by(|x, y| x.0 == y.0) {
        if group.len() > MAX_OCCURRENCES {
            // Boilerplate across files is left to the paragraph classes; inside one file, each
            // occurrence and the next one at least a shingle apart still show a text repeated
            // many times (a period; a sentence of four words repeated forty times has its
            // occurrences four words apart, and is seeded at twice its period).
            for (i, x) in group.iter().enumerate() {
                let next = group[i + 1..]
                    .iter()
                    .take_while(|y| y.1 == x.1)
                    .find(|y| ((y.2 - x.2) as usize) >= k);
                if let Some(y) = next {
                    seeds.push((x.1, y.1, y.2 as i32 - x.2 as i32, x.2));
                }
            }
            continue;
        }
        for (i, x) in group.iter().enumerate() {
            for y in &group[i + 1..] {
                if x.1 == y.1 && ((y.2 - x.2) as usize) < k {
                    continue;
                }
                seeds.push((x.1, y.1, y.2 as i32 - x.2 as i32, x.2));
            }
        }
    }
    drop(index);
    crate::timing::mark_count("alignment: seeds", seeds.len());
    // Seeds start with their first document: buckets of documents, when there are enough
    // documents for the buckets to spread (two editions of one book would make one bucket).
    let docs = engine.tokens.len().max(1);
    if docs >= 64 {
        let buckets = docs.min(1024);
        super::bucket_sort::par_sort_bucketed(&mut seeds, buckets, |x| {
            x.0 as usize * buckets / docs
        });
    } else {
        seeds.par_sort_unstable();
    }
    crate::timing::mark("alignment: seeds sorted");
    let k = k as u32;
    let mut runs = Vec::new();
    for group in seeds.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1 && x.2 == y.2 && y.3 == x.3 + 1) {
        let (da, db, diag, p0) = group[0];
        let p1 = group[group.len() - 1].3;
        let b0 = (p0 as i64 + diag as i64) as u32;
        runs.push(Run {
            da,
            db,
            a0: p0,
            a1: p1 + k,
            b0,
            b1: b0 + (p1 - p0) + k,
            matched: p1 - p0 + k,
            periodic: false,
        });
    }
    runs
}

/// The order [`chain`] takes runs in: by pair of documents, then by position.
fn chain_order(r: &Run) -> (u32, u32, u32, u32, u32, u32, u32, bool) {
    (r.da, r.db, r.a0, r.b0, r.a1, r.b1, r.matched, r.periodic)
}

/// Chain runs of one pair of documents, in [`chain_order`], that follow each other closely on
/// nearly the same diagonal into blocks.
fn chain(runs: &[Run]) -> Vec<Run> {
    debug_assert!(runs.is_sorted_by_key(chain_order));
    debug_assert!(runs
        .windows(2)
        .all(|w| (w[0].da, w[0].db) == (w[1].da, w[1].db)));
    let mut out = Vec::with_capacity(runs.len());
    let mut open: Vec<Run> = Vec::new();
    let diag = |a: u32, b: u32| b as i64 - a as i64;
    for &r in runs.iter() {
        // Close the blocks that can no longer grow (runs come in order of a0).
        let mut i = 0;
        while i < open.len() {
            if r.a0 > open[i].a1 + GAP {
                out.push(open.swap_remove(i));
            } else {
                i += 1;
            }
        }
        let fit = open.iter_mut().rev().find(|b| {
            r.a0 >= b.a0
                && r.b0 >= b.b0
                && r.b0 <= b.b1 + GAP
                && (diag(r.a0, r.b0) - diag(b.a1, b.b1)).abs() <= GAP as i64
        });
        match fit {
            Some(b) => {
                b.matched += r.a1.saturating_sub(r.a0.max(b.a1));
                b.a1 = b.a1.max(r.a1);
                b.b1 = b.b1.max(r.b1);
            }
            None => open.push(r),
        }
    }
    out.append(&mut open);
    out
}

/// A block without the few words it aligns in a paragraph it only touches. Shingles run across
/// paragraph ends: a copied paragraph whose next paragraph opens on the same word in both files
/// (« … dix ans. » then « Les … ») aligns a few words into it, and a paragraph that ends on the
/// same words as the one before the copy does the same at its start. Less than a shingle and
/// less than half of a paragraph at either end, on either side, is no alignment of that
/// paragraph, and both sides lose those words (the block is on one diagonal there). A heading of
/// one word, or « par le raccourci-clavier I » against « … M », stays part of a copy.
fn trim_paragraph_ends(engine: &Engine, b: &Run) -> Run {
    let k = engine.opts.shingle.max(1) as u32;
    // The words of `[x0, x1)` in its first and in its last paragraph, each when that is less
    // than a shingle and less than half of the paragraph, and the range spans more than it.
    let touched = |d: u32, (x0, x1): (u32, u32)| -> (u32, u32) {
        let dt = &engine.tokens[d as usize];
        let first = dt.paragraph_of(x0);
        // Most blocks lie inside one paragraph: its end says so without a second search.
        if x1 <= dt.paragraphs[first].1 {
            return (0, 0);
        }
        let last = dt.paragraph_of(x1 - 1);
        let little = |words: u32, (s, e): (u32, u32)| {
            if words < k && 2 * words < e - s {
                words
            } else {
                0
            }
        };
        let (fp, lp) = (dt.paragraphs[first], dt.paragraphs[last]);
        (little(fp.1 - x0, fp), little(x1 - lp.0, lp))
    };
    let (sa, ea) = touched(b.da, (b.a0, b.a1));
    let (sb, eb) = touched(b.db, (b.b0, b.b1));
    let (start, end) = (sa.max(sb), ea.max(eb));
    let cut = start + end;
    if cut == 0 || cut >= (b.a1 - b.a0).min(b.b1 - b.b0) {
        return *b;
    }
    Run {
        a0: b.a0 + start,
        a1: b.a1 - end,
        b0: b.b0 + start,
        b1: b.b1 - end,
        matched: b.matched.saturating_sub(cut).max(1),
        ..*b
    }
}

/// Join the blocks of one pair of texts that a sentence, a clause or a paragraph dropped from
/// one copy, or added to it, splits in two: the next block starts at most [`GAP`] words after
/// the first on one side and further on the other, and the words the two blocks match are
/// enough for the joined stretch to pass the threshold by word ratio (2 × matched ≥ threshold ×
/// (its length in one text + in the other)). The joined block is judged as a whole: a copy with
/// its missing sentence in the diff, where the halves were two passages that said
/// « containment 1.00 », and a story republished with a sentence cut and a paragraph split is
/// one block. Blocks are taken in order; a text repeated inside one file keeps its earlier copy
/// before its later one. Across files, a block `explained` by the paragraph classes is not
/// joined.
fn join_indels(
    engine: &Engine,
    mut blocks: Vec<Run>,
    explained: impl Fn(&Run) -> bool,
) -> Vec<Run> {
    let t = engine.opts.threshold;
    let joinable = |x: &Run, y: &Run| {
        if y.a0 < x.a1 || y.b0 < x.b1 || (x.da == x.db && y.a1 > x.b0) {
            return false;
        }
        let (ga, gb) = (y.a0 - x.a1, y.b0 - x.b1);
        let m = u64::from(x.matched + y.matched);
        let (la, lb) = (u64::from(y.a1 - x.a0), u64::from(y.b1 - x.b0));
        // The ratio, and the half of the longer side that every block keeps (below a threshold
        // of 2/3, the ratio alone would join blocks that the half then drops whole). Last, as
        // it costs most: a block that paragraph classes already report stays apart, as joined
        // it would make a passage that holds their near-duplicate paragraph again.
        ga.min(gb) <= GAP
            && 2.0 * m as f64 >= t * (la + lb) as f64
            && 2 * m >= la.max(lb)
            && !(x.da != x.db && (explained(x) || explained(y)))
    };
    blocks.sort_unstable_by_key(|b| (b.da, b.db, b.a0, b.b0, b.a1, b.b1, b.matched));
    let mut out: Vec<Run> = Vec::with_capacity(blocks.len());
    let mut pair_start = 0;
    for y in blocks {
        if out.last().map(|x| (x.da, x.db)) != Some((y.da, y.db)) {
            pair_start = out.len();
        }
        // The nearest earlier blocks only: the ratio bounds the gap by the words matched, and
        // a pair of texts that align in many places (two tables, two lists) stays linear.
        match out[pair_start..]
            .iter_mut()
            .rev()
            .take(8)
            .find(|x| joinable(x, &y))
        {
            Some(x) => {
                x.a1 = y.a1;
                x.b1 = y.b1;
                x.matched += y.matched;
            }
            None => out.push(y),
        }
    }
    out
}

/// Extend a token range to the sentences (or, with `whole_paragraphs`, the paragraphs) that hold
/// its first and last words.
fn extend(engine: &Engine, d: usize, r: (u32, u32), whole_paragraphs: bool) -> (u32, u32) {
    let dt = &engine.tokens[d];
    let doc = &engine.docs[d];
    let (pa, pb) = (dt.paragraph_of(r.0), dt.paragraph_of(r.1 - 1));
    if whole_paragraphs {
        return (dt.paragraphs[pa].0, dt.paragraphs[pb].1);
    }
    let first = dt.tokens[r.0 as usize].start as usize;
    let last = dt.tokens[r.1 as usize - 1].start as usize;
    let sent = |p: usize, at: usize| {
        doc.paragraphs[p]
            .sentences
            .iter()
            .find(|s| s.start <= at && at < s.end)
            .copied()
    };
    let start = sent(pa, first).map_or(first, |s| s.start);
    let end = sent(pb, last).map_or(dt.tokens[r.1 as usize - 1].end as usize, |s| s.end);
    dt.range_of(crate::corpus::Span::new(start, end))
}

/// Whether two aligned copies of whole paragraphs hold as many paragraphs each and paragraph
/// i of one passes the threshold against paragraph i of the other, for every i (the rule of
/// [`super::SimilarityOptions::strict_jaccard`]).
fn paragraphs_pass(engine: &Engine, a: (usize, (u32, u32)), b: (usize, (u32, u32))) -> bool {
    engine
        .lowest_paragraph_jaccard(a, b)
        .is_some_and(|j| j >= engine.opts.threshold)
}

/// Which of the alignment's findings are wanted.
#[derive(Debug, Clone, Copy)]
pub struct Wanted {
    pub near_duplicate: bool,
    pub repeated_block: bool,
    pub shared_passage: bool,
}

/// Repeated blocks, shared passages and re-wrapped near-duplicates.
pub(crate) fn alignment_findings(
    engine: &Engine,
    classes: &super::Classes,
    mut runs: Vec<Run>,
    wanted: Wanted,
) -> Vec<Finding> {
    let min_words = engine.opts.min_words as u32;
    // The clone classes of each text (a text can be in several; exact copies are looked up
    // through their first copy), to tell whether an aligned block is already a near-duplicate
    // class. Linear in the class sizes: a boilerplate class of a thousand copies must not become
    // a million pairs.
    let text_of = |m: (u32, u32)| classes.first_copy.get(&m).copied().unwrap_or(m);
    let mut memberships: Vec<((u32, u32), u32)> = Vec::new();
    let mut class_runs: Vec<Run> = Vec::new();
    for (ci, c) in classes.list.iter().enumerate() {
        memberships.extend(c.iter().map(|&m| (text_of(m), ci as u32)));
        // Paragraph pairs of a clone class inside one file are runs too (copies with spread
        // edits); consecutive copies suffice, the periodic and chaining logic does the rest.
        for w in c.windows(2) {
            let ((da, pa), (db, pb)) = (w[0], w[1]);
            if da == db {
                let (ra, rb) = (
                    engine.tokens[da as usize].paragraphs[pa as usize],
                    engine.tokens[db as usize].paragraphs[pb as usize],
                );
                class_runs.push(Run {
                    da,
                    db,
                    a0: ra.0,
                    a1: ra.1,
                    b0: rb.0,
                    b1: rb.1,
                    matched: (ra.1 - ra.0).min(rb.1 - rb.0),
                    periodic: false,
                });
            }
        }
    }
    memberships.sort_unstable();
    memberships.dedup();
    // A run that two overlapping classes both give counts once.
    class_runs.sort_unstable();
    class_runs.dedup();
    runs.append(&mut class_runs);
    // The classes of a text (by its first copy).
    let classes_of = |key: (u32, u32)| {
        let first = memberships.partition_point(|m| m.0 < key);
        let end = first + memberships[first..].partition_point(|m| m.0 == key);
        memberships[first..end].iter().map(|m| m.1)
    };
    let in_class_with = |doc: u32, para: u32, other: u32| {
        classes_of(text_of((doc, para)))
            .any(|c| classes.docs[c as usize].binary_search(&other).is_ok())
    };
    crate::timing::mark_count("alignment: runs", runs.len());
    // Whether the paragraphs a block aligns in its first document (without the words it only
    // touches at its ends) are all in a clone class with its second document.
    let explained = |b: &Run| {
        let b = trim_paragraph_ends(engine, b);
        let dt = &engine.tokens[b.da as usize];
        (dt.paragraph_of(b.a0)..=dt.paragraph_of(b.a1 - 1))
            .all(|p| in_class_with(b.da, p as u32, b.db))
    };
    // Each pair of documents chains and joins its runs on its own, on the pool.
    runs.par_sort_unstable_by_key(chain_order);
    let pairs: Vec<&[Run]> = runs.chunk_by(|x, y| (x.da, x.db) == (y.da, y.db)).collect();
    // Self-alignments whose copies overlap are a text repeated several times in a row, with a
    // period of `b0 - a0` words: one finding for all the later copies. The few words a block
    // aligns in a paragraph it only touches are no copy of it (a speaker's name, « Article »,
    // « Q : » opening the next paragraph of both).
    let joined: Vec<Run> = pairs
        .par_iter()
        .flat_map_iter(|pair| join_indels(engine, chain(pair), explained))
        .map(|b| {
            if b.da == b.db && b.a1 > b.b0 {
                Run {
                    a1: b.b0,
                    matched: b.b1 - b.b0,
                    periodic: true,
                    ..b
                }
            } else {
                trim_paragraph_ends(engine, &b)
            }
        })
        .collect();
    let (periodic, mut blocks): (Vec<Run>, Vec<Run>) = joined.into_iter().partition(|b| b.periodic);
    // Alignments at a multiple of a period (copy 1 ↔ copy 3) are inside the periodic run of
    // the shortest period. Periodic runs are looked up per document.
    let mut by_doc: HashMap<u32, Vec<Run>> = HashMap::new();
    for p in &periodic {
        by_doc.entry(p.da).or_default().push(*p);
    }
    let inside = |b: &Run, p: &Run| p.a0 <= b.a0 && b.b1 <= p.b1;
    let period = |r: &Run| r.b0 - r.a0;
    let mut kept: Vec<Run> = periodic
        .iter()
        .filter(|b| {
            !by_doc[&b.da]
                .iter()
                .any(|p| period(p) < period(b) && inside(b, p))
        })
        .copied()
        .collect();
    // An edit near the end of one copy stops the periodic run inside the next copy, where the
    // alignment of that copy with an earlier one goes on: a block of the same file whose
    // earlier text lies in the run and whose later text starts among its copies and ends past
    // them takes the run to its end (it is then inside the run, and not reported apart).
    let mut selfs: Vec<&Run> = blocks.iter().filter(|b| b.da == b.db).collect();
    selfs.sort_unstable();
    for p in &mut kept {
        let first = selfs.partition_point(|b| b.da < p.da);
        loop {
            let end = selfs[first..]
                .iter()
                .take_while(|b| b.da == p.da)
                .filter(|b| p.a0 <= b.a0 && b.a1 <= p.b1 && p.b0 <= b.b0 && b.b0 < p.b1)
                .map(|b| b.b1)
                .max();
            match end {
                Some(e) if e > p.b1 => {
                    p.b1 = e;
                    p.matched = p.b1 - p.b0;
                }
                _ => break,
            }
        }
    }
    let mut kept_by_doc: HashMap<u32, Vec<Run>> = HashMap::new();
    for p in &kept {
        kept_by_doc.entry(p.da).or_default().push(*p);
    }
    blocks.retain(|b| {
        b.da != b.db
            || !kept_by_doc
                .get(&b.da)
                .is_some_and(|ps| ps.iter().any(|p| inside(b, p)))
    });
    blocks.extend(kept);
    // Enough shared words, and at least half of the block's longer side.
    let enough = |b: &Run| {
        let longest = (b.a1 - b.a0).max(b.b1 - b.b0);
        b.matched >= min_words && b.matched * 2 >= longest
    };
    blocks.retain(enough);
    // A text pasted three times apart gives (1,2), (2,3) and (1,3): report each copy once,
    // against the closest earlier copy.
    blocks.sort_unstable_by_key(|b| (b.da, b.db, b.b0, b.b1, std::cmp::Reverse(b.a0)));
    blocks.dedup_by(|later, earlier| {
        later.da == later.db
            && (later.da, later.db, later.b0, later.b1)
                == (earlier.da, earlier.db, earlier.b0, earlier.b1)
    });

    crate::timing::mark_count("alignment: blocks", blocks.len());
    // Blocks of one document often extend to the same sentences (a long sentence that repeats
    // short runs of another one aligns in hundreds of places): they give the same finding, which
    // the report keeps once, and its word diff, which costs up to the square of the sentences'
    // length, is computed once for them all.
    let repeat_diffs = RepeatDiffs::default();
    let outcomes: Vec<Outcome> = blocks
        .par_iter()
        .filter_map(|b| {
            let (da, db) = (b.da as usize, b.db as usize);
            if da == db {
                return (wanted.repeated_block && engine.concerns(std::iter::once(da)))
                    .then(|| Outcome::Done(Box::new(repeated_block(engine, b, &repeat_diffs))));
            }
            let dta = &engine.tokens[da];
            let dtb = &engine.tokens[db];
            let paras_a = dta.paragraph_of(b.a0)..=dta.paragraph_of(b.a1 - 1);
            let paras_b = dtb.paragraph_of(b.b0)..=dtb.paragraph_of(b.b1 - 1);
            if paras_a.clone().all(|p| in_class_with(b.da, p as u32, b.db)) {
                return None; // already a near-duplicate paragraph class
            }
            // A block that covers less of its paragraphs cannot make them a copy.
            let share = copy_share(engine.opts.threshold);
            let covered = |dt: &super::DocTokens, ps: std::ops::RangeInclusive<usize>, len: u32| {
                let total: u32 = ps.map(|p| dt.paragraphs[p].1 - dt.paragraphs[p].0).sum();
                len as f64 >= share * total as f64
            };
            if covered(dta, paras_a.clone(), b.a1 - b.a0) && covered(dtb, paras_b, b.b1 - b.b0) {
                let ra = extend(engine, da, (b.a0, b.a1), true);
                let rb = extend(engine, db, (b.b0, b.b1), true);
                // Whole paragraphs aligned on both sides: a copy. A word changed in a short
                // paragraph costs k shingles, so the Jaccard figure can fall under the
                // threshold while nearly all of the text is shared: the word diff decides then.
                let measure = if engine.opts.strict_jaccard {
                    paragraphs_pass(engine, (da, ra), (db, rb)).then_some(Measure::Jaccard)
                } else {
                    copy_measure(engine, (da, ra), (db, rb))
                };
                if let Some(m) = measure {
                    return wanted.near_duplicate.then_some(Outcome::Copy(Copy {
                        a: (b.da, ra),
                        b: (b.db, rb),
                        measure: m,
                    }));
                }
            }
            // Copies are grouped N-way below, whichever files they are in; a passage is
            // between these two files only.
            if !wanted.shared_passage || !engine.concerns([da, db].into_iter()) {
                return None;
            }
            let ra = extend(engine, da, (b.a0, b.a1), false);
            let rb = extend(engine, db, (b.b0, b.b1), false);
            Some(Outcome::Passage(ra, rb, *b))
        })
        .collect();
    crate::timing::mark("alignment: blocks judged");
    // Alignments that extend to the same sentences are one passage: their stretches join.
    let mut findings = Vec::with_capacity(outcomes.len());
    let mut passages: Vec<Passage> = Vec::new();
    let mut copies: Vec<Copy> = Vec::new();
    for o in outcomes {
        match o {
            Outcome::Done(f) => findings.push(*f),
            Outcome::Copy(c) => copies.push(c),
            Outcome::Passage(ra, rb, b) => passages.push((ra, rb, b)),
        }
    }
    drop_nested_repeats(&mut findings);
    mark_refrains(engine, &mut findings);
    // A passage inside an aligned copy of the same two files (the other half of a paragraph
    // whose first half made it a copy) is part of that copy's finding.
    let mut copy_ranges: HashMap<(u32, u32), Vec<(Range, Range)>> = HashMap::new();
    for c in &copies {
        copy_ranges
            .entry((c.a.0, c.b.0))
            .or_default()
            .push((c.a.1, c.b.1));
    }
    passages.retain(|(ra, rb, b)| {
        !copy_ranges.get(&(b.da, b.db)).is_some_and(|cs| {
            cs.iter()
                .any(|&(ca, cb)| contains(ca, *ra) && contains(cb, *rb))
        })
    });
    let text_classes = |t: Text| -> (Option<(u32, u32)>, Vec<u32>) {
        // A single whole paragraph: its key (first exact copy) and its paragraph classes.
        let dt = &engine.tokens[t.0 as usize];
        let p = dt.paragraph_of(t.1 .0);
        if dt.paragraphs.get(p) != Some(&t.1) {
            return (None, Vec::new());
        }
        let key = text_of((t.0, p as u32));
        (Some(key), classes_of(key).collect())
    };
    crate::timing::mark("alignment: outcomes sorted out");
    findings.extend(copy_classes(engine, copies, &text_classes));
    crate::timing::mark("alignment: copy classes");
    // A total order (every field of the run), so that the join does not depend on the order in
    // which equal keys arrive.
    passages.sort_unstable_by_key(|&(ra, rb, b)| (b.da, b.db, ra, rb, b));
    let mut joined: Vec<Passage> = Vec::with_capacity(passages.len());
    for (ra, rb, b) in passages {
        match joined.last_mut() {
            Some((pa, pb, j)) if (j.da, j.db, *pa, *pb) == (b.da, b.db, ra, rb) => {
                j.a0 = j.a0.min(b.a0);
                j.a1 = j.a1.max(b.a1);
                j.b0 = j.b0.min(b.b0);
                j.b1 = j.b1.max(b.b1);
                j.matched = (j.matched + b.matched).min((j.a1 - j.a0).min(j.b1 - j.b0));
            }
            _ => joined.push((ra, rb, b)),
        }
    }
    crate::timing::mark("alignment: passages joined");
    findings.par_extend(
        joined
            .par_iter()
            .map(|&(ra, rb, b)| shared_passage(engine, &b, ra, rb)),
    );
    crate::timing::mark("alignment: passages");
    findings
}

/// Drop a `repeated-block` finding whose two copies lie inside the two copies of another one
/// of the same file (the other half of a repeat that was widened to its whole paragraphs): its
/// text is in that finding, whose help says what to do with it. A later copy reported against
/// two earlier ones (a paragraph three times, each copy edited, whose blocks the dedup by raw
/// range did not see as one) keeps the closest.
fn drop_nested_repeats(findings: &mut Vec<Finding>) {
    let copies = |f: &Finding| {
        let r = f.related.first().map(|r| &r.location);
        (
            f.location.path.clone(),
            (f.location.start_byte, f.location.end_byte),
            r.map_or((0, 0), |r| (r.start_byte, r.end_byte)),
        )
    };
    // Path → (later copy, earlier copy) as byte ranges.
    type Copies = Vec<((usize, usize), (usize, usize))>;
    let mut by_path: HashMap<String, Copies> = HashMap::new();
    for f in findings.iter().filter(|f| f.rule == "repeated-block") {
        let (path, later, earlier) = copies(f);
        by_path.entry(path).or_default().push((later, earlier));
    }
    findings.retain(|f| {
        if f.rule != "repeated-block" {
            return true;
        }
        let (path, later, earlier) = copies(f);
        // Nested in another one, or a later copy also reported against a closer earlier one.
        !by_path[&path].iter().any(|&(l, e)| {
            (l, e) != (later, earlier)
                && ((contains(l, later) && contains(e, earlier)) || (l == later && e.0 > earlier.0))
        })
    });
}

/// A text found three times or more in one file (each later copy reported against the closest
/// earlier one: the copies of one text are linked by findings), or repeated verse, is meant: the
/// closing sentence of every answer of a FAQ, a clause each article of a rule repeats, a line a
/// character of a play says again, a song's refrain. Its findings are `info`, and their help
/// says so, where « delete the repeated copy » would cut the refrain out.
fn mark_refrains(engine: &Engine, findings: &mut [Finding]) {
    use crate::finding::Severity;
    type Span = (usize, usize);
    let span = |l: &Location| (l.start_byte, l.end_byte);
    // Path → the spans of its findings, and the findings.
    let mut spans: HashMap<String, (Vec<Span>, Vec<usize>)> = HashMap::new();
    for (k, f) in findings.iter().enumerate() {
        if f.rule != "repeated-block" {
            continue;
        }
        let (v, fs) = spans.entry(f.location.path.clone()).or_default();
        v.push(span(&f.location));
        v.extend(f.related.iter().map(|r| span(&r.location)));
        fs.push(k);
    }
    // Per file: the copy of each span (spans that overlap on three quarters of each or more are
    // one copy, not a block and a sentence inside it, which may be a standard clause it holds;
    // merged copies are sorted by start and may overlap), and how many copies the group that
    // findings link each copy into holds.
    struct Copies {
        of: HashMap<Span, usize>,
        sizes: Vec<usize>,
    }
    let by_path: HashMap<&str, &crate::corpus::Document> =
        engine.docs.iter().map(|d| (d.path.as_str(), d)).collect();
    // Text compared as words: lower case, white space as one space.
    let squash = |t: &str| -> String {
        t.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut copies: HashMap<String, Copies> = HashMap::new();
    for (path, (mut v, in_file)) in spans {
        let doc_text = by_path[path.as_str()].text.as_str();
        v.sort_unstable();
        v.dedup();
        let mut merged: Vec<Span> = Vec::new();
        let mut of: HashMap<Span, usize> = HashMap::with_capacity(v.len());
        for (a, b) in v {
            match merged.last_mut() {
                Some(last)
                    if 4 * (last.1.min(b).saturating_sub(a))
                        >= 3 * (b - a).max(last.1 - last.0) =>
                {
                    last.1 = last.1.max(b)
                }
                _ => merged.push((a, b)),
            }
            of.insert((a, b), merged.len() - 1);
        }
        let mut uf = super::unionfind::UnionFind::new(merged.len());
        for f in in_file.iter().map(|&k| &findings[k]) {
            let a = of[&span(&f.location)] as u32;
            for r in &f.related {
                uf.union(a, of[&span(&r.location)] as u32);
            }
        }
        let roots: Vec<u32> = (0..merged.len() as u32).map(|i| uf.find(i)).collect();
        let mut count = vec![0usize; merged.len()];
        for &r in &roots {
            count[r as usize] += 1;
        }
        // A copy inside a copy of another text (the first lines of a repeated block, one
        // sentence of a repeated line) is also in that text's other copies: « Toc toc toc ! Qui
        // frappe ? » once on its own and inside a block pasted twice is in the file three times.
        // Containers are looked for among the 64 copies that start before (merged copies are
        // sorted by start), which keeps a file of many copies linear.
        let mut size: Vec<usize> = roots.iter().map(|&r| count[r as usize]).collect();
        let mut inside: Vec<(usize, usize)> = Vec::new(); // (copy, copy that holds it)
        for (i, x) in merged.iter().enumerate() {
            for j in (i.saturating_sub(64)..i).rev() {
                let y = merged[j];
                if y.0 <= x.0 && x.1 <= y.1 && roots[i] != roots[j] {
                    inside.push((i, j));
                }
            }
            // One starting at the same byte and ending later is sorted after it.
            for (j, y) in merged.iter().enumerate().skip(i + 1).take(64) {
                if y.0 != x.0 {
                    break;
                }
                if x.1 <= y.1 && roots[i] != roots[j] {
                    inside.push((i, j));
                }
            }
        }
        if !inside.is_empty() {
            // Per group: the copies of other groups that hold one of its copies; each such
            // group adds its copies that hold none but do hold its text word for word (a near
            // copy of the holder may lack it: « lines 11–15 repeat lines 1–7 » without the
            // sentence).
            let mut members: HashMap<u32, Vec<usize>> = HashMap::new();
            for (k, &r) in roots.iter().enumerate() {
                members.entry(r).or_default().push(k);
            }
            // Each copy's text squashed once, when first compared.
            let mut squashed: Vec<Option<String>> = vec![None; merged.len()];
            let mut text_of = |k: usize| -> String {
                squashed[k]
                    .get_or_insert_with(|| {
                        squash(doc_text.get(merged[k].0..merged[k].1).unwrap_or(""))
                    })
                    .clone()
            };
            let mut holders: HashMap<u32, Vec<(u32, usize, usize)>> = HashMap::new();
            for &(i, j) in &inside {
                holders.entry(roots[i]).or_default().push((roots[j], j, i));
            }
            let mut total: HashMap<u32, usize> = HashMap::new();
            for (g, mut hs) in holders {
                hs.sort_unstable();
                hs.dedup_by_key(|h| (h.0, h.1));
                let mut extra = 0;
                for held in hs.chunk_by(|a, b| a.0 == b.0) {
                    let text = text_of(held[0].2);
                    for &m in &members[&held[0].0] {
                        // A copy shorter than the text cannot hold it.
                        if !held.iter().any(|h| h.1 == m)
                            && merged[m].1 - merged[m].0 >= text.len() / 2
                            && text_of(m).contains(&text)
                        {
                            extra += 1;
                        }
                    }
                }
                total.insert(g, count[g as usize] + extra);
            }
            for (i, s) in size.iter_mut().enumerate() {
                if let Some(&t) = total.get(&roots[i]) {
                    *s = t;
                }
            }
            // A copy that is mostly a text found three times or more (a line that is its
            // repeated sentence and a few words of stage direction) takes that count.
            let len = |k: usize| merged[k].1 - merged[k].0;
            let mut lifted: Vec<(u32, usize)> = Vec::new();
            for &(i, j) in &inside {
                if 3 * len(i) >= 2 * len(j) && size[i] >= 3 {
                    lifted.push((roots[j], size[i]));
                }
            }
            for (g, n) in lifted {
                for (k, s) in size.iter_mut().enumerate() {
                    if roots[k] == g && *s < n {
                        *s = n;
                    }
                }
            }
        }
        copies.insert(path, Copies { of, sizes: size });
    }
    for f in findings.iter_mut().filter(|f| f.rule == "repeated-block") {
        let path = f.location.path.as_str();
        let c = &copies[path];
        let n = c.sizes[c.of[&span(&f.location)]];
        let doc = by_path[path];
        let text = |l: &Location| doc.text.get(l.start_byte..l.end_byte).unwrap_or_default();
        let verse = crate::text::verse;
        let is_verse =
            verse(text(&f.location)) && f.related.iter().all(|r| verse(text(&r.location)));
        if n < 3 && !is_verse {
            continue;
        }
        f.severity = Severity::Info;
        let what = if n >= 3 {
            format!("the same text is in this file {n} times")
        } else {
            "repeated verse".to_string()
        };
        let rest = f.suggestion.take().unwrap_or_default();
        f.suggestion = Some(format!(
            "{what}: a refrain, or a sentence or clause repeated on purpose, needs nothing; otherwise {rest}"
        ));
    }
}

/// What one aligned block becomes: a finding, a copy of whole paragraphs (still to be grouped
/// with the other copies of the same text), or a shared passage (the two sentence ranges and the
/// aligned stretch) still to be joined with the other stretches of the same sentences.
enum Outcome {
    Done(Box<Finding>),
    Copy(Copy),
    Passage((u32, u32), (u32, u32), Run),
}

/// A token range `[start, end)` of a document.
type Range = (u32, u32);

/// A text: a document and a token range of it.
type Text = (u32, Range);

/// Two texts of whole paragraphs that the alignment found to be copies (their Jaccard or word
/// ratio passes the threshold).
struct Copy {
    a: Text,
    b: Text,
    measure: Measure,
}

/// A group of copies of at most this many texts has the pairs no alignment gave measured
/// ([`copy_classes`]).
const MAX_VERIFIED_GROUP: usize = 16;
/// More cliques than this in one group of copies: the copies are reported two by two.
const MAX_COPY_CLIQUES: usize = 64;
/// A group of more texts than this is not covered by cliques (the cover's table is quadratic in
/// the group): its copies are reported two by two. 362 texts are 65,341 pairs, the bound of the
/// paragraph classes' exact cover.
const MAX_COPY_GROUP: usize = 362;

/// `near-duplicate` findings for the aligned copies, N-way: copies that share a text form a
/// group; inside a group, two texts that are paragraphs of one clone class (or exact copies) are
/// adjacent too, and the group is covered by cliques of these verified pairs (every two texts of
/// a finding are an aligned copy, or in one paragraph class). A clique made of paragraph-class
/// pairs only is that class's own finding, already reported. A group of two texts gives the
/// finding of its copy.
fn copy_classes(
    engine: &Engine,
    mut copies: Vec<Copy>,
    text_classes: &dyn Fn(Text) -> (Option<(u32, u32)>, Vec<u32>),
) -> Vec<Finding> {
    copies.sort_unstable_by_key(|c| (c.a, c.b));
    copies.dedup_by_key(|c| (c.a, c.b));
    // The findings to build (their texts, the canonical copy first; paragraphs; measure), built
    // in parallel at the end.
    let mut jobs: Vec<(Vec<Text>, usize, Measure)> = Vec::new();
    let paragraphs_of = |(d, r): Text| {
        let dt = &engine.tokens[d as usize];
        dt.paragraph_of(r.1 - 1) + 1 - dt.paragraph_of(r.0)
    };
    let two = |c: &Copy| (vec![c.a, c.b], paragraphs_of(c.a), c.measure);
    // A copy re-wrapped into another number of paragraphs is reported on its own: in a class,
    // paragraph i of every copy is a copy of paragraph i of the others.
    copies.retain(|c| {
        let same = paragraphs_of(c.a) == paragraphs_of(c.b);
        if !same {
            jobs.push(two(c));
        }
        same
    });
    let mut texts: Vec<Text> = copies.iter().flat_map(|c| [c.a, c.b]).collect();
    texts.sort_unstable();
    texts.dedup();
    let id = |t: &Text| texts.binary_search(t).expect("every text is listed") as u32;
    let mut uf = super::unionfind::UnionFind::new(texts.len());
    for c in &copies {
        uf.union(id(&c.a), id(&c.b));
    }
    let root: Vec<u32> = (0..texts.len() as u32).map(|i| uf.find(i)).collect();
    let mut size = vec![0usize; texts.len()];
    for &r in &root {
        size[r as usize] += 1;
    }
    // Groups of two copies, and groups too large to cover, give their copies two by two; the
    // others are covered by cliques. Edges of each group to cover, by root: (a, b, measure).
    let covered = |r: u32| (3..=MAX_COPY_GROUP).contains(&size[r as usize]);
    let mut edges: HashMap<u32, Vec<(u32, u32, Measure)>> = HashMap::new();
    for c in &copies {
        let (a, b) = (id(&c.a), id(&c.b));
        if covered(root[a as usize]) {
            edges
                .entry(root[a as usize])
                .or_default()
                .push((a.min(b), a.max(b), c.measure));
        } else {
            jobs.push(two(c));
        }
    }
    // Inside a group to cover, two texts of one paragraph class (or exact copies of one
    // paragraph) are adjacent too. Keyed by (what they share, group): a paragraph class
    // (0, class), or the first exact copy (1, document, paragraph).
    let mut shared: Vec<((u8, u32, u32), u32, u32)> = Vec::new();
    for (i, &t) in texts.iter().enumerate() {
        let r = root[i];
        if !covered(r) {
            continue;
        }
        let (key, ids) = text_classes(t);
        if let Some((d, p)) = key {
            shared.push(((1, d, p), r, i as u32));
        }
        shared.extend(ids.into_iter().map(|c| ((0, c, 0), r, i as u32)));
    }
    shared.sort_unstable();
    shared.dedup();
    for same in shared.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        let list = edges.entry(same[0].1).or_default();
        for (x, &(_, _, a)) in same.iter().enumerate() {
            for &(_, _, b) in &same[x + 1..] {
                list.push((a.min(b), a.max(b), Measure::Jaccard));
            }
        }
    }
    let mut roots: Vec<u32> = edges.keys().copied().collect();
    roots.sort_unstable();
    for r in roots {
        let mut list = edges.remove(&r).unwrap_or_default();
        // A copy's measure wins over a class pair's (Jaccard) for the same two texts.
        list.sort_unstable_by_key(|&(a, b, m)| (a, b, m == Measure::Jaccard));
        list.dedup_by_key(|e| (e.0, e.1));
        let mut g: Vec<u32> = list.iter().flat_map(|&(a, b, _)| [a, b]).collect();
        g.sort_unstable();
        g.dedup();
        // In a small group, two texts of different files that no alignment paired (a series'
        // heading copied into episodes 2 and 3, but aligned there with the line after it) are
        // measured as a copy would be: a verified pair joins them in one finding, so three
        // copies of a heading are one finding, not three pairs.
        let mut added = Vec::new();
        if g.len() <= MAX_VERIFIED_GROUP {
            for (x, &a) in g.iter().enumerate() {
                for &b in &g[x + 1..] {
                    let (ta, tb) = (texts[a as usize], texts[b as usize]);
                    if ta.0 == tb.0 || list.binary_search_by_key(&(a, b), |e| (e.0, e.1)).is_ok() {
                        continue;
                    }
                    let (da, db) = ((ta.0 as usize, ta.1), (tb.0 as usize, tb.1));
                    let measure = if engine.opts.strict_jaccard {
                        paragraphs_pass(engine, da, db).then_some(Measure::Jaccard)
                    } else {
                        copy_measure(engine, da, db)
                    };
                    if let Some(m) = measure {
                        added.push((a, b, m));
                    }
                }
            }
            if !added.is_empty() {
                list.extend(added.iter().copied());
                list.sort_unstable_by_key(|&(a, b, _)| (a, b));
            }
        }
        let measured = |a: u32, b: u32| added.iter().any(|&(x, y, _)| (x, y) == (a, b));
        let local = |t: u32| g.binary_search(&t).expect("a member") as u32;
        let mut neighbours = vec![Vec::new(); g.len()];
        for &(a, b, _) in &list {
            neighbours[local(a) as usize].push(local(b));
            neighbours[local(b) as usize].push(local(a));
        }
        for ns in &mut neighbours {
            ns.sort_unstable();
        }
        let edge = |a: u32, b: u32| {
            list.binary_search_by_key(&(a, b), |e| (e.0, e.1))
                .ok()
                .map(|i| list[i].2)
        };
        let copy_of = |a: u32, b: u32| find_copy(&copies, texts[a as usize], texts[b as usize]);
        let Some(cliques) = super::cliques::cover(&neighbours, MAX_COPY_CLIQUES) else {
            jobs.extend(list.iter().filter_map(|&(a, b, _)| copy_of(a, b)).map(two));
            continue;
        };
        for clique in cliques {
            let members: Vec<u32> = clique.iter().map(|&l| g[l as usize]).collect();
            let pairs = || {
                members
                    .iter()
                    .enumerate()
                    .flat_map(|(x, &a)| members[x + 1..].iter().map(move |&b| (a, b)))
            };
            if !pairs().any(|(a, b)| copy_of(a, b).is_some() || measured(a, b)) {
                continue; // a paragraph class's own pairs: reported as that class
            }
            let measure = if pairs().all(|(a, b)| edge(a, b) == Some(Measure::Jaccard)) {
                Measure::Jaccard
            } else {
                Measure::WordRatio
            };
            let members: Vec<Text> = members.iter().map(|&m| texts[m as usize]).collect();
            let paragraphs = paragraphs_of(members[0]);
            jobs.push((members, paragraphs, measure));
        }
    }
    jobs.par_iter()
        .filter(|(members, _, _)| engine.concerns(members.iter().map(|m| m.0 as usize)))
        .map(|(members, paragraphs, measure)| {
            let members: Vec<(usize, (u32, u32))> =
                members.iter().map(|&(d, r)| (d as usize, r)).collect();
            engine.class_finding("near-duplicate", &members, *paragraphs, *measure)
        })
        .collect()
}

/// The copy of texts `x` and `y`, in either order, in `copies` sorted by their texts.
fn find_copy(copies: &[Copy], x: Text, y: Text) -> Option<&Copy> {
    let (x, y) = if x <= y { (x, y) } else { (y, x) };
    let i = copies.binary_search_by_key(&(x, y), |c| (c.a, c.b)).ok()?;
    Some(&copies[i])
}

/// A shared passage: the sentence ranges of its two copies and the aligned stretch.
type Passage = ((u32, u32), (u32, u32), Run);

/// How many copies of `[a0, a1)` follow it in `[b0, b1)`: one, but for a text repeated in a
/// row, the nearest whole number of periods, so that words inserted in one copy do not count as
/// one more copy.
fn copies_of(b: &Run) -> u32 {
    if !b.periodic {
        return 1;
    }
    let period = (b.a1 - b.a0).max(1);
    ((b.b1 - b.b0 + period / 2) / period).max(1)
}

/// The word diffs of [`repeated_block`] already computed, by document and token ranges (later,
/// earlier).
type RepeatDiffs =
    std::sync::Mutex<HashMap<(usize, (u32, u32), (u32, u32)), Vec<crate::finding::Change>>>;

fn repeated_block(engine: &Engine, b: &Run, diffs: &RepeatDiffs) -> Finding {
    let d = b.da as usize;
    let (raw_earlier, raw_later) = ((b.a0, b.a1), (b.b0, b.b1));
    // Whole sentences when they are the repeat; the repeated words themselves when the
    // sentences overlap (a phrase twice in one sentence) or hold much more than the repeat.
    let earlier = extend(engine, d, raw_earlier, false);
    let later = extend(engine, d, raw_later, false);
    let (earlier, later) = if earlier.1 <= later.0
        && engine.jaccard((d, later), (d, earlier)) >= engine.opts.threshold
    {
        (earlier, later)
    } else {
        (raw_earlier, raw_later)
    };
    // The whole paragraphs, when the repeat covers enough of them to make them a copy and they
    // are one by word ratio: a sentence added to the later copy is then in the finding and its
    // diff, where « line 7 repeats line 1 (similarity 1.00) » hid it.
    let (earlier, later) = whole_paragraph_copy(engine, d, raw_earlier, raw_later)
        .filter(|&(e, l)| contains(e, earlier) && contains(l, later))
        .unwrap_or((earlier, later));
    // A text repeated several times in a row: each copy is compared with the one before.
    let period = b.a1 - b.a0;
    let next_copy = if copies_of(b) > 1 {
        (b.b0, (b.b0 + period).min(b.b1))
    } else {
        later
    };
    // A word changed in a short copy costs k shingles: under the threshold, the Jaccard figure
    // says little of a copy that is nearly all the same words, and the word ratio is reported
    // (as for an aligned near duplicate).
    let jaccard = engine.jaccard((d, next_copy), (d, earlier));
    let (sim, measure) = if jaccard >= engine.opts.threshold {
        (jaccard, Measure::Jaccard)
    } else {
        (
            engine.word_ratio((d, next_copy), (d, earlier)),
            Measure::WordRatio,
        )
    };
    let (loc, rel) = (engine.location(d, later), engine.location(d, earlier));
    let info = registry::info("repeated-block");
    // Lines only (columns depend on the normal form of the text): when the copies share a line,
    // the earlier one is "earlier text of" that line.
    let shared_line = loc.start_line <= rel.end_line;
    let earlier_text = if shared_line {
        format!("earlier text of {}", rel.line_phrase())
    } else {
        rel.line_phrase()
    };
    let copies = copies_of(b);
    let verb = if loc.start_line == loc.end_line {
        "repeats"
    } else {
        "repeat"
    };
    let times = if copies > 1 {
        format!(" {copies} times")
    } else {
        String::new()
    };
    let diff = if b.periodic {
        diff_repeats(engine, d, later, earlier, copies as usize)
    } else {
        let key = (d, later, earlier);
        // Nothing panics while the lock is held: a poisoned map is still a map.
        let known = diffs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .cloned();
        known.unwrap_or_else(|| {
            let diff = engine.diff((d, later), (d, earlier));
            diffs
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(key, diff.clone());
            diff
        })
    };
    // Deleting a copy that says something the other does not would lose it.
    let suggestion = if diff.is_empty() {
        "delete the repeated copy"
    } else {
        "keep one copy, with the words only the other one has"
    };
    Finding {
        rule: "repeated-block",
        code: info.code,
        severity: info.severity,
        message: format!(
            "{} {verb} {earlier_text}{times} (similarity {:.2}{})",
            loc.line_phrase(),
            floor2(sim),
            match measure {
                Measure::WordRatio => ", words in common",
                _ => "",
            }
        ),
        location: loc,
        related: vec![Related {
            location: rel,
            similarity: Some(round4(sim)),
            diff: diff.clone(),
        }],
        similarity: Some(round4(sim)),
        measure: Some(measure.name()),
        diff,
        suggestion: Some(suggestion.into()),
        fingerprint: engine.fingerprint("repeated-block", &[(d, later), (d, earlier)]),
    }
}

/// The paragraphs that hold two stretches of document `d`, when they do not overlap, when the
/// stretches cover enough of them to make them a copy (`t / (2 - t)` of the words on each side,
/// as for an aligned copy) and when they pass the threshold by Jaccard or word ratio; `None`
/// when the stretches are their paragraphs already.
fn whole_paragraph_copy(
    engine: &Engine,
    d: usize,
    a: (u32, u32),
    b: (u32, u32),
) -> Option<((u32, u32), (u32, u32))> {
    let (pa, pb) = (extend(engine, d, a, true), extend(engine, d, b, true));
    let share = copy_share(engine.opts.threshold);
    let covers =
        |x: (u32, u32), p: (u32, u32)| f64::from(x.1 - x.0) >= share * f64::from(p.1 - p.0);
    ((pa, pb) != (a, b)
        && pa.1 <= pb.0
        && covers(a, pa)
        && covers(b, pb)
        && copy_measure(engine, (d, pa), (d, pb)).is_some())
    .then_some((pa, pb))
}

/// The share of a text's words that a common stretch must cover for two texts to be a copy
/// at threshold `t`: the word ratio is the harmonic mean of the shares of each that the common
/// words cover, so with all of one covered the other needs t / (2 − t) of its words (two thirds
/// at 0.8).
fn copy_share(t: f64) -> f64 {
    t / (2.0 - t)
}

/// How two texts pass the threshold as a copy: by Jaccard, or, failing that, by word ratio (a
/// word changed in a short paragraph costs k shingles, while nearly all of its words are
/// shared); `None` when neither passes.
fn copy_measure(engine: &Engine, a: (usize, Range), b: (usize, Range)) -> Option<Measure> {
    let t = engine.opts.threshold;
    if engine.jaccard(a, b) >= t {
        Some(Measure::Jaccard)
    } else if engine.word_ratio(a, b) >= t {
        Some(Measure::WordRatio)
    } else {
        None
    }
}

/// Whether the range `inner` lies inside the range `outer` (both `[start, end)`).
fn contains<T: PartialOrd>(outer: (T, T), inner: (T, T)) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

/// The word diff of the `n` later copies of a text repeated several times in a row against `n`
/// copies of the earlier one, each difference listed once: identical copies show no change, an
/// edit in one later copy shows once, and a word of the first copy that every later copy
/// changed shows once too, where a diff against a single copy would list the other copies as
/// inserted.
fn diff_repeats(
    engine: &Engine,
    d: usize,
    later: (u32, u32),
    earlier: (u32, u32),
    n: usize,
) -> Vec<crate::finding::Change> {
    let tokens = &engine.tokens[d].tokens;
    let once = &tokens[earlier.0 as usize..earlier.1 as usize];
    let copies = &tokens[later.0 as usize..later.1 as usize];
    if once.is_empty() {
        return Vec::new();
    }
    let text = &engine.docs[d].text;
    let against = |len: usize| {
        let expected: Vec<_> = once.iter().copied().cycle().take(len).collect();
        let mut changes = super::diff::word_diff(text, copies, text, &expected);
        let mut seen = std::collections::HashSet::new();
        changes.retain(|c| seen.insert((c.left.clone(), c.right.clone())));
        changes
    };
    let whole = against(n * once.len());
    // A last copy cut short (a text pasted two and a half times) is not an edit: the diff
    // against the same number of words, when it shows less, is the one reported.
    if whole.is_empty() || copies.len() == n * once.len() {
        return whole;
    }
    let cut = against(copies.len());
    let size = |changes: &[crate::finding::Change]| -> usize {
        changes.iter().map(|c| c.left.len() + c.right.len()).sum()
    };
    if size(&cut) < size(&whole) {
        cut
    } else {
        whole
    }
}

fn shared_passage(engine: &Engine, b: &Run, ra: (u32, u32), rb: (u32, u32)) -> Finding {
    let (da, db) = (b.da as usize, b.db as usize);
    let sim = engine.containment((da, ra), (db, rb));
    let info = registry::info("shared-passage");
    let rel = engine.location(db, rb);
    // The aligned stretch anchors the diff: the words before it, inside it and after it (up to
    // the sentence ends) are diffed apart, which keeps each diff small on long sentences.
    let diff: Vec<_> = [
        ((ra.0, b.a0), (rb.0, b.b0)),
        ((b.a0, b.a1), (b.b0, b.b1)),
        ((b.a1, ra.1), (b.b1, rb.1)),
    ]
    .into_iter()
    .enumerate()
    .flat_map(|(i, (x, y))| {
        let bound = if i == 1 {
            usize::MAX
        } else {
            SENTENCE_END_DIFF
        };
        engine.diff_within((da, x), (db, y), bound)
    })
    .take(super::diff::MAX_CHANGES)
    .collect();
    Finding {
        rule: "shared-passage",
        code: info.code,
        severity: info.severity,
        message: format!(
            "passage of {} words shared with {}:{} (containment {:.2})",
            b.matched,
            rel.path,
            rel.start_line,
            floor2(sim)
        ),
        location: engine.location(da, ra),
        related: vec![Related {
            location: rel,
            similarity: Some(round4(sim)),
            diff: diff.clone(),
        }],
        similarity: Some(round4(sim)),
        measure: Some("containment"),
        diff,
        suggestion: None,
        fingerprint: engine.fingerprint("shared-passage", &[(da, ra), (db, rb)]),
    }
}
