//! Word-level difference between two copies, on comparison hashes, shown with raw text.

use crate::finding::Change;
use crate::text::Token;
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

/// Copies longer than this many words are not diffed (the report gives the similarity only).
const MAX_DIFF_WORDS: usize = 20_000;
/// At most this many changes are kept per pair of copies.
pub const MAX_CHANGES: usize = 50;
/// The most work the listing of a diff's changes may take: (words of the two sides) × (words
/// inserted or deleted). Myers's algorithm costs that product, the square of the length for two
/// texts that differ throughout (two long lists over a few words); past it, and past a fifth of
/// the words changed (see [`max_edits`]), the copies are too different for their changes to be
/// read, and they are not listed. The word ratio is always computed ([`ratio`]): it decides
/// whether a block is a copy. A budget of work, not of time, so that the report is the same on
/// any machine.
const MAX_DIFF_COST: usize = 50_000_000;

/// 2·M / (|a| + |b|) where M is the number of words the two sequences share in order.
pub fn ratio(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    if a.len() > MAX_DIFF_WORDS || b.len() > MAX_DIFF_WORDS {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let same: usize = capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    2.0 * same as f64 / (a.len() + b.len()) as f64
}

/// How many words inserted or deleted the changes of sequences of `total` words may take to be
/// listed: within [`MAX_DIFF_COST`], and always a fifth of them (a copy at the default threshold,
/// a word ratio of 0.8).
fn max_edits(total: usize) -> usize {
    (MAX_DIFF_COST / total.max(1)).max(total / 5)
}

/// Whether any diff of sequences of `total` words together fits in [`MAX_DIFF_COST`]: at most
/// `total` words are inserted or deleted. (Nearly every pair of copies: no bound to check.)
fn within_budget(total: usize) -> bool {
    total.saturating_mul(total) <= MAX_DIFF_COST
}

/// The number of elements inserted or deleted to go from `a` to `b` (the length of their
/// shortest edit script) when it is at most `max`, else `None`: the greedy algorithm of Myers
/// (1986, "An O(ND) difference algorithm and its variations", section 2), stopped after `max`
/// steps, in time (|a| + |b|) × `max` at most.
fn edit_distance_within(a: &[u64], b: &[u64], max: usize) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    let max = max.min(n + m);
    // v[k + off]: the furthest x reached on diagonal k = x − y.
    let off = max + 1;
    let mut v = vec![0usize; 2 * max + 3];
    for d in 0..=max {
        for i in 0..=d {
            let k = 2 * i as isize - d as isize;
            let at = (k + off as isize) as usize;
            let mut x = if i == 0 || (i != d && v[at - 1] < v[at + 1]) {
                v[at + 1]
            } else {
                v[at - 1] + 1
            };
            // y = x − k; a path outside the grid (x > n or y > m) compares no element.
            let mut y = (x as isize - k) as usize;
            while x < n && y < m && a[x] == b[y] {
                x += 1;
                y += 1;
            }
            v[at] = x;
            if x >= n && y >= m {
                return Some(d);
            }
        }
    }
    None
}

/// The differing stretches from `a` (tokens of `text_a`) to `b` (tokens of `text_b`).
pub fn word_diff(text_a: &str, a: &[Token], text_b: &str, b: &[Token]) -> Vec<Change> {
    word_diff_within(text_a, a, text_b, b, MAX_DIFF_WORDS)
}

/// [`word_diff`] for two stretches that are expected to differ throughout (the ends of two
/// sentences around a shared passage): when, past their common first and last words, more than
/// `max_words` words are left on the two sides together, they are different text rather than an
/// edit of one another, and no change is listed. (Their Myers diff would cost the square of
/// their length and list them word by word.)
pub fn word_diff_within(
    text_a: &str,
    a: &[Token],
    text_b: &str,
    b: &[Token],
    max_words: usize,
) -> Vec<Change> {
    if a.len() > MAX_DIFF_WORDS || b.len() > MAX_DIFF_WORDS {
        return Vec::new();
    }
    let ha: Vec<u64> = a.iter().map(|t| t.hash).collect();
    let hb: Vec<u64> = b.iter().map(|t| t.hash).collect();
    let (head, tail) = common_ends(&ha, &hb);
    // Equal sequences (most copies of a clone class) have nothing to diff.
    if head == ha.len() && head == hb.len() {
        return Vec::new();
    }
    if (ha.len() - head - tail) + (hb.len() - head - tail) > max_words {
        return Vec::new();
    }
    // Too different for the work a diff may take (`MAX_DIFF_COST`).
    let (ma, mb) = (&ha[head..ha.len() - tail], &hb[head..hb.len() - tail]);
    if !within_budget(ha.len() + hb.len())
        && edit_distance_within(ma, mb, max_edits(ha.len() + hb.len())).is_none()
    {
        return Vec::new();
    }
    let raw = |text: &str, toks: &[Token], r: Range<usize>, widen: bool| -> String {
        // The raw text from the first to the last token of each stretch of tokens that follow
        // each other in the text (a sequence made of a text repeated goes back at each repeat),
        // widened to the words glued to its ends (« 07:58 », not « 58 »), inside the copy.
        let (lo, hi) = match (toks.first(), toks.last()) {
            (Some(f), Some(l)) => (f.start as usize, l.end as usize),
            _ => (0, 0),
        };
        let mut words: Vec<&str> = Vec::new();
        for run in toks[r].chunk_by(|x, y| y.start >= x.end) {
            let (rs, re) = (run[0].start as usize, run[run.len() - 1].end as usize);
            let (s, e) = glued(text, rs, re, widen);
            // Inside the copy, or at least the run itself (the tokens of a text repeated in a
            // row go back at each repeat: the copy's ends say nothing of a run's place then).
            words.extend(text[s.max(lo.min(rs))..e.min(hi.max(re))].split_whitespace());
        }
        // In NFC, like the messages: the words read the same whatever form they were typed in.
        crate::text::into_nfc(words.join(" "))
    };
    diff_stretches(&ha, &hb, head, tail)
        .into_iter()
        .take(MAX_CHANGES)
        .map(|(ra, rb)| {
            // An insertion or a deletion is shown as it is (« Pierre » dropped from
            // « Jean-Pierre-Marie », not the whole name against nothing); a replacement with
            // the characters glued to both sides.
            let widen = !ra.is_empty() && !rb.is_empty();
            Change {
                left: raw(text_a, a, ra, widen),
                right: raw(text_b, b, rb, widen),
            }
        })
        .collect()
}

/// The byte range `[s, e)` of `text` widened, with `widen`, to the characters glued to its ends
/// that hold a letter or a digit, ten characters at most (« 07: » before « 58 »: longer, it is
/// text written without spaces), and always to a closing bracket right after it when it opens
/// one more than it closes (« (AR » → « (AR) »).
fn glued(text: &str, s: usize, e: usize, widen: bool) -> (usize, usize) {
    let short = |chunk: &str| {
        widen && chunk.chars().count() <= 10 && chunk.chars().any(char::is_alphanumeric)
    };
    let before = &text[..s];
    let chunk = before.len() - before.trim_end_matches(|c: char| !c.is_whitespace()).len();
    let s = if short(&before[before.len() - chunk..]) {
        s - chunk
    } else {
        s
    };
    let after = &text[e..];
    let chunk = after.len() - after.trim_start_matches(|c: char| !c.is_whitespace()).len();
    let e = if short(&after[..chunk]) { e + chunk } else { e };
    let opened = |c: char, d: char| {
        let t = &text[s..e];
        t.matches(c).count() > t.matches(d).count() && text[e..].starts_with(d)
    };
    let e = if opened('(', ')') || opened('[', ']') {
        e + 1
    } else {
        e
    };
    (s, e)
}

/// How many first and last elements `a` and `b` have in common (the last ones counted after the
/// first ones, so that they never overlap).
fn common_ends(a: &[u64], b: &[u64]) -> (usize, usize) {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (head, tail)
}

/// The differing stretches from `ha` to `hb` as ranges of each, given their common first `head`
/// and last `tail` elements.
fn diff_stretches(
    ha: &[u64],
    hb: &[u64],
    head: usize,
    tail: usize,
) -> Vec<(Range<usize>, Range<usize>)> {
    let (ma, mb) = (head..ha.len() - tail, head..hb.len() - tail);
    if disjoint(&ha[ma.clone()], hb) && disjoint(&hb[mb.clone()], ha) {
        // No word of either middle is anywhere in the other sequence: the only common
        // subsequence as long as the common ends is the common ends themselves, so Myers (an
        // optimal diff) gives the middles as one stretch, at the square of their length.
        vec![(ma, mb)]
    } else {
        stretches(&capture_diff_slices(Algorithm::Myers, ha, hb))
    }
}

/// Whether no element of `a` is in `b`, for short sequences (false when they are too long to
/// compare pair by pair).
fn disjoint(a: &[u64], b: &[u64]) -> bool {
    a.len() * b.len() <= 4096 && a.iter().all(|x| !b.contains(x))
}

/// The differing stretches of a diff as ranges; stretches separated by a single equal word are
/// joined ("chiffrement de bout en bout" → "cryptographie en ligne" reads better than three
/// pieces).
fn stretches(ops: &[DiffOp]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut stretches: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for op in ops {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        let (ra, rb) = (op.old_range(), op.new_range());
        match stretches.last_mut() {
            Some((pa, pb)) if ra.start <= pa.end + 1 && rb.start <= pb.end + 1 => {
                pa.end = ra.end.max(pa.end);
                pb.end = rb.end.max(pb.end);
            }
            _ => stretches.push((ra, rb)),
        }
    }
    stretches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{tokenize, NormOptions};

    fn toks(s: &str) -> Vec<Token> {
        let mut v = Vec::new();
        tokenize(s, 0, NormOptions::default(), &mut v, &mut String::new());
        v
    }

    #[test]
    fn shows_the_words_glued_to_a_change() {
        let a = "Le bus de 07:58 part de LORIENT, 4 juin (AR) - au quai deux.";
        let b = "Le bus de 07:55 part de - au quai deux.";
        let d = word_diff(a, &toks(a), b, &toks(b));
        let shown: Vec<(&str, &str)> = d
            .iter()
            .map(|c| (c.left.as_str(), c.right.as_str()))
            .collect();
        assert_eq!(
            shown,
            vec![("07:58", "07:55"), ("LORIENT, 4 juin (AR)", "")]
        );
        // A deletion inside a hyphenated name shows the deleted part only.
        let (a, b) = (
            "Signé Jean-Pierre-Marie Dupont.",
            "Signé Jean-Marie Dupont.",
        );
        let d = word_diff(a, &toks(a), b, &toks(b));
        assert_eq!(d[0].left, "Pierre");
        assert_eq!(d[0].right, "");
    }

    #[test]
    fn shows_replaced_words_in_raw_form() {
        let a = "à Instanbul appelle les pays de chiffrement de bout en bout à agir";
        let b = "à Istanbul appelle les pays de cryptographie en ligne à agir";
        let d = word_diff(a, &toks(a), b, &toks(b));
        assert_eq!(
            d,
            vec![
                Change {
                    left: "Instanbul".into(),
                    right: "Istanbul".into()
                },
                Change {
                    left: "chiffrement de bout en bout".into(),
                    right: "cryptographie en ligne".into()
                },
            ]
        );
    }

    /// A xorshift generator from `seed`: each call gives a number below its argument.
    fn xorshift(mut state: u64) -> impl FnMut(u64) -> u64 {
        move |n| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        }
    }

    /// The edit distance by dynamic programming, for the tests: |a| + |b| − 2 × LCS.
    fn distance_by_table(a: &[u64], b: &[u64]) -> usize {
        let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                lcs[i + 1][j + 1] = if a[i] == b[j] {
                    lcs[i][j] + 1
                } else {
                    lcs[i][j + 1].max(lcs[i + 1][j])
                };
            }
        }
        a.len() + b.len() - 2 * lcs[a.len()][b.len()]
    }

    #[test]
    fn the_bounded_edit_distance_is_the_shortest_edit_script_or_none() {
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15u64);
        for _ in 0..400 {
            let (la, lb, alphabet) = (next(30) as usize, next(30) as usize, 1 + next(6));
            let a: Vec<u64> = (0..la).map(|_| next(alphabet)).collect();
            let b: Vec<u64> = (0..lb).map(|_| next(alphabet)).collect();
            let d = distance_by_table(&a, &b);
            assert_eq!(
                edit_distance_within(&a, &b, usize::MAX),
                Some(d),
                "{a:?} {b:?}"
            );
            assert_eq!(edit_distance_within(&a, &b, d), Some(d), "{a:?} {b:?}");
            if d > 0 {
                assert_eq!(edit_distance_within(&a, &b, d - 1), None, "{a:?} {b:?}");
            }
            if a != b {
                let lcs = (a.len() + b.len() - d) / 2;
                let expected = 2.0 * lcs as f64 / (a.len() + b.len()) as f64;
                assert_eq!(ratio(&a, &b), expected, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn copies_too_different_for_the_diff_budget_list_no_change() {
        // Two long texts over six words: they share most words, in no common order, and their
        // diff would cost the square of their length.
        let words = ["le", "chat", "dort", "sur", "un", "tapis"];
        let mut state = 7u64;
        let mut text = |n: usize| -> String {
            (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    words[(state >> 33) as usize % words.len()]
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (a, b) = (text(8_000), text(8_000));
        let (ta, tb) = (toks(&a), toks(&b));
        let (ha, hb): (Vec<u64>, Vec<u64>) = (
            ta.iter().map(|t| t.hash).collect(),
            tb.iter().map(|t| t.hash).collect(),
        );
        // Far more edits than 16,000 words may take within the budget, and over a fifth of
        // them: no change listed, and the word ratio is still the exact one.
        assert!(edit_distance_within(&ha, &hb, max_edits(16_000)).is_none());
        assert!(word_diff(&a, &ta, &b, &tb).is_empty());
        let d = edit_distance_within(&ha, &hb, usize::MAX).unwrap();
        assert_eq!(ratio(&ha, &hb), (16_000 - d) as f64 / 16_000.0);
        assert!(d > 16_000 / 5);
        // The same length with one word changed is diffed, and its ratio is exact.
        let c = b.replacen("chat", "chien", 1);
        let tc = toks(&c);
        let hc: Vec<u64> = tc.iter().map(|t| t.hash).collect();
        assert_eq!(
            word_diff(&b, &tb, &c, &tc),
            vec![Change {
                left: "chat".into(),
                right: "chien".into()
            }]
        );
        assert_eq!(ratio(&hb, &hc), 1.0 - 2.0 / 16_000.0);
    }

    #[test]
    fn a_long_copy_at_the_threshold_lists_its_changes() {
        // 10,000 words a side, one word in seven replaced: over the budget of work, but under a
        // fifth of the words changed, so its changes are listed (the first MAX_CHANGES).
        let a: String = (0..10_000).map(|i| format!("m{i} ")).collect();
        let b: String = (0..10_000)
            .map(|i| {
                if i % 7 == 3 {
                    format!("x{i} ")
                } else {
                    format!("m{i} ")
                }
            })
            .collect();
        let (ta, tb) = (toks(&a), toks(&b));
        let ha: Vec<u64> = ta.iter().map(|t| t.hash).collect();
        let hb: Vec<u64> = tb.iter().map(|t| t.hash).collect();
        assert!(!within_budget(20_000));
        let d = word_diff(&a, &ta, &b, &tb);
        assert_eq!(d.len(), MAX_CHANGES);
        assert_eq!(d[0].left, "m3");
        assert_eq!(d[0].right, "x3");
        assert!((ratio(&ha, &hb) - (1.0 - 1429.0 / 10_000.0)).abs() < 1e-9);
    }

    #[test]
    fn long_unrelated_stretches_list_no_change() {
        let a = "il a dit que le comité rendra son avis demain matin";
        let b = "il a dit que la commission publiera ses conclusions matin";
        // 11 words differ past the common ends: over a bound of 10, unrelated text.
        assert!(word_diff_within(a, &toks(a), b, &toks(b), 10).is_empty());
        // Under the bound, the words are diffed one by one.
        let d = word_diff_within(a, &toks(a), b, &toks(b), 11);
        assert_eq!(
            d,
            vec![Change {
                left: "le comité rendra son avis demain".into(),
                right: "la commission publiera ses conclusions".into()
            }]
        );
    }

    #[test]
    fn disjoint_middles_give_what_myers_gives() {
        // Sequences over a small alphabet, so that most share words; the ones whose middles do
        // not take the short way, which must give Myers's stretches.
        let mut next = xorshift(0x2545_f491_4f6c_dd1du64);
        let mut short = 0;
        for _ in 0..20_000 {
            let alphabet = 2 + next(12);
            let a: Vec<u64> = (0..next(14)).map(|_| next(alphabet)).collect();
            let b: Vec<u64> = (0..next(14)).map(|_| next(alphabet)).collect();
            let (head, tail) = common_ends(&a, &b);
            if head == a.len() && head == b.len() {
                continue;
            }
            short += (disjoint(&a[head..a.len() - tail], &b)
                && disjoint(&b[head..b.len() - tail], &a)) as usize;
            assert_eq!(
                diff_stretches(&a, &b, head, tail),
                stretches(&capture_diff_slices(Algorithm::Myers, &a, &b)),
                "{a:?} {b:?}"
            );
        }
        assert!(short > 1_000, "{short}");
    }

    #[test]
    fn tokens_that_go_back_in_the_text_are_shown_piece_by_piece() {
        let a = "un deux trois quatre cinq un deux trois";
        let b = "un deux trois quatre";
        let tb = toks(b);
        // `b` twice: « quatre un » crosses the point where the sequence goes back.
        let twice: Vec<Token> = tb.iter().chain(tb.iter()).copied().collect();
        let d = word_diff(a, &toks(a), b, &twice);
        assert_eq!(
            d,
            vec![
                Change {
                    left: "cinq".into(),
                    right: String::new()
                },
                Change {
                    left: String::new(),
                    right: "quatre".into()
                }
            ]
        );
        // « quatre un » of the doubled `b` is one change, in two pieces of its text.
        let c = "un deux trois et deux trois quatre";
        let d = word_diff(c, &toks(c), b, &twice);
        assert_eq!(
            d,
            vec![Change {
                left: "et".into(),
                right: "quatre un".into()
            }]
        );
    }

    #[test]
    fn identical_copies_have_no_diff_even_with_other_case_and_quotes() {
        let a = "L’ordre « règne »";
        let b = "l'ordre \"RÈGNE\"";
        assert!(word_diff(a, &toks(a), b, &toks(b)).is_empty());
    }
}
