//! LSH banding: (bands, rows) from the threshold, and candidate pairs from equal band keys.

use super::minhash::splitmix64;

/// Required probability of catching a pair whose similarity equals the threshold.
pub const TARGET_RECALL: f64 = 0.99;

/// Probability that a pair of similarity `s` shares at least one band of `r` rows out of `b`.
pub fn catch_probability(s: f64, bands: usize, rows: usize) -> f64 {
    1.0 - (1.0 - s.powi(rows as i32)).powi(bands as i32)
}

/// The banding for signatures of `len` values and threshold `t`: the largest number of rows `r`
/// (fewest false candidates) with `b = len / r` bands such that a pair at similarity `t` is caught
/// with probability at least [`TARGET_RECALL`].
pub fn params(t: f64, len: usize) -> (usize, usize) {
    for rows in (1..=len).rev() {
        let bands = len / rows;
        if catch_probability(t, bands, rows) >= TARGET_RECALL {
            return (bands, rows);
        }
    }
    (len, 1)
}

/// Groups larger than this emit a star and a chain instead of all pairs: a band bucket with
/// thousands of members is a boilerplate clone class, not n² candidates.
const ALL_PAIRS_MAX: usize = 48;

/// Candidate pairs `(i, j)`, `i < j`, sorted and unique, among units whose signatures are the
/// consecutive `len`-value rows of `sigs` (`ids[u]` names the unit of row `u`).
pub fn candidates(
    sigs: &[u32],
    len: usize,
    ids: &[u32],
    bands: usize,
    rows: usize,
) -> Vec<(u32, u32)> {
    use rayon::prelude::*;
    let per_band: Vec<Vec<(u32, u32)>> = (0..bands)
        .into_par_iter()
        .map(|band| {
            let mut keys: Vec<(u64, u32)> = ids
                .iter()
                .enumerate()
                .map(|(u, &id)| {
                    let row = &sigs[u * len + band * rows..u * len + (band + 1) * rows];
                    // Every row of the band enters its key (a band may have up to `len` rows).
                    let key = row
                        .iter()
                        .fold(band as u64 ^ 0x9E37_79B9_7F4A_7C15, |h, &v| {
                            splitmix64(h ^ v as u64)
                        });
                    (key, id)
                })
                .collect();
            keys.sort_unstable();
            let mut pairs = Vec::new();
            for group in keys.chunk_by(|a, b| a.0 == b.0) {
                if group.len() < 2 {
                    continue;
                }
                if group.len() <= ALL_PAIRS_MAX {
                    for (x, a) in group.iter().enumerate() {
                        for b in &group[x + 1..] {
                            pairs.push((a.1.min(b.1), a.1.max(b.1)));
                        }
                    }
                } else {
                    let first = group[0].1;
                    for w in group.windows(2) {
                        pairs.push((first, w[1].1));
                        pairs.push((w[0].1, w[1].1));
                    }
                }
            }
            pairs
        })
        .collect();
    let mut all: Vec<(u32, u32)> = per_band.into_iter().flatten().collect();
    all.par_sort_unstable();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_reach_target_recall() {
        for &t in &[0.5, 0.7, 0.8, 0.9, 0.95] {
            let (b, r) = params(t, 128);
            assert!(b * r <= 128);
            assert!(
                catch_probability(t, b, r) >= TARGET_RECALL,
                "t={t} b={b} r={r}"
            );
            // One more row would miss the target: r is the largest that works.
            if r < 128 {
                assert!(catch_probability(t, 128 / (r + 1), r + 1) < TARGET_RECALL);
            }
        }
        assert_eq!(params(0.8, 128), (21, 6));
    }

    #[test]
    fn identical_signatures_are_candidates_and_different_are_not() {
        let len = 8;
        let mut sigs = vec![1u32; len * 3];
        for v in &mut sigs[2 * len..] {
            *v = 7;
        }
        sigs[2 * len] = 9;
        let c = candidates(&sigs, len, &[0, 1, 2], 4, 2);
        assert_eq!(c, vec![(0, 1)]);
    }
}
