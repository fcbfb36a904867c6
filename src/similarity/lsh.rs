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

/// The key of one band of a signature: a 64-bit hash of its rows (every row enters it; a band
/// may have up to the whole signature), two rows per multiply, mixed once at the end.
fn band_key(band: usize, rows: &[u32]) -> u64 {
    let mut h = band as u64 ^ 0x9E37_79B9_7F4A_7C15;
    for two in rows.chunks(2) {
        let w = two[0] as u64 | (two.get(1).copied().unwrap_or(0) as u64) << 32;
        h = (h ^ w).wrapping_mul(0xBF58_476D_1CE4_E5B9).rotate_left(31);
    }
    splitmix64(h ^ rows.len() as u64)
}

/// The candidate pairs of one group of units with equal band keys, sorted by unit: every pair,
/// or for a large group a star from its first unit and a chain.
fn pairs_of(group: &[(u64, u32)], pairs: &mut Vec<(u32, u32)>) {
    if group.len() < 2 {
        return;
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

/// The key of every band of signature `sig` (bands of `rows` values), into `out` (one per band).
pub fn band_keys(sig: &[u32], rows: usize, out: &mut [u64]) {
    for (band, k) in out.iter_mut().enumerate() {
        *k = band_key(band, &sig[band * rows..(band + 1) * rows]);
    }
}

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
    let mut keys = vec![0u64; ids.len() * bands];
    keys.par_chunks_mut(bands.max(1))
        .zip(sigs.par_chunks(len.max(1)))
        .for_each(|(out, sig)| band_keys(sig, rows, out));
    candidates_of_keys(&keys, bands, ids)
}

/// [`candidates`] from the band keys of the units ([`band_keys`]; `bands` consecutive keys a
/// unit, `ids[u]` names unit `u`), which is all the banding needs of a signature.
pub fn candidates_of_keys(keys: &[u64], bands: usize, ids: &[u32]) -> Vec<(u32, u32)> {
    use rayon::prelude::*;
    // Each unit's band key and row share one u64 (the key's high bits above the row's), which
    // sorts twice as fast as (key, id) pairs. Units whose high bits agree are then told apart by
    // their whole keys, so the groups are exactly those of equal keys.
    // The bits a row number takes (rows are u32 ids, so at most 32).
    let low = (1u64 << (usize::BITS - ids.len().leading_zeros())) - 1;
    let key_of = |band: usize, u: usize| keys[u * bands + band];
    let per_band: Vec<Vec<(u32, u32)>> = (0..bands)
        .into_par_iter()
        .map(|band| {
            let mut packed: Vec<u64> = (0..ids.len())
                .map(|u| key_of(band, u) & !low | u as u64)
                .collect();
            packed.sort_unstable();
            let mut pairs = Vec::new();
            let mut group: Vec<(u64, u32)> = Vec::new();
            for same_high in packed.chunk_by(|a, b| (a ^ b) <= low) {
                if same_high.len() < 2 {
                    continue;
                }
                group.clear();
                group.extend(same_high.iter().map(|&p| {
                    let u = (p & low) as usize;
                    (key_of(band, u), ids[u])
                }));
                group.sort_unstable();
                for g in group.chunk_by(|a, b| a.0 == b.0) {
                    pairs_of(g, &mut pairs);
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

    /// The candidates straight from the definition: units grouped by the rows of each band,
    /// every pair of a group of up to `ALL_PAIRS_MAX`, a star and a chain of a larger one.
    fn reference(
        sigs: &[u32],
        len: usize,
        ids: &[u32],
        bands: usize,
        rows: usize,
    ) -> Vec<(u32, u32)> {
        let mut all = Vec::new();
        for band in 0..bands {
            let mut groups: std::collections::BTreeMap<&[u32], Vec<u32>> = Default::default();
            for (u, &id) in ids.iter().enumerate() {
                let row = &sigs[u * len + band * rows..u * len + (band + 1) * rows];
                groups.entry(row).or_default().push(id);
            }
            for g in groups.values() {
                let g: Vec<(u64, u32)> = g.iter().map(|&id| (0, id)).collect();
                pairs_of(&g, &mut all);
            }
        }
        all.sort_unstable();
        all.dedup();
        all
    }

    #[test]
    fn candidates_are_the_pairs_of_equal_bands() {
        // Values from a small alphabet, so that bands agree often and some groups pass
        // ALL_PAIRS_MAX; ids with gaps, as the representatives of exact copies are.
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            x = splitmix64(x);
            x
        };
        for (units, alphabet, bands, rows) in [
            (300, 2, 8, 3),
            (2000, 3, 4, 4),
            (150, 40, 16, 1),
            (70, 1, 2, 5),
        ] {
            let len = bands * rows + 1;
            let sigs: Vec<u32> = (0..units * len)
                .map(|_| (next() % alphabet) as u32)
                .collect();
            let ids: Vec<u32> = (0..units as u32).map(|u| 3 * u + (u % 2)).collect();
            let got = candidates(&sigs, len, &ids, bands, rows);
            assert_eq!(
                got,
                reference(&sigs, len, &ids, bands, rows),
                "{units} units, alphabet {alphabet}"
            );
            assert!(!got.is_empty());
        }
    }

    #[test]
    fn keys_that_differ_in_their_low_bits_only_are_different_groups() {
        // Three units, one band: units 0 and 2 share a key; unit 1's key differs from it in the
        // lowest bit only, which the packed sort puts in the same run of high bits.
        let keys = [
            0x1234_5678_0000_0000u64,
            0x1234_5678_0000_0001,
            0x1234_5678_0000_0000,
        ];
        assert_eq!(candidates_of_keys(&keys, 1, &[10, 11, 12]), vec![(10, 12)]);
        // Two bands: units 0 and 1 agree on the second band only.
        let keys = [7u64, 9, 8, 9];
        assert_eq!(candidates_of_keys(&keys, 2, &[0, 1]), vec![(0, 1)]);
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
