//! MinHash signatures of shingle sets.
//!
//! Two schemes are implemented and compared in `benches/engine.rs`:
//! - `Classic`: K independent multiply-shift permutations, `h_i(x) = (a_i·x + b_i) >> 32`;
//!   O(K) work per shingle.
//! - `OnePermutation`: one hash per shingle picks a bin and a value (one-permutation hashing,
//!   Li, Owen & Zhang 2012); empty bins are filled by densification by rotation (Shrivastava &
//!   Li 2014). O(1) work per shingle plus O(K) per unit. This is the default: see
//!   docs/architecture.md and docs/benchmarks.md.

use serde::Serialize;

/// The signature scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Scheme {
    Classic,
    #[default]
    OnePermutation,
}

/// Computes signatures of a fixed length.
#[derive(Debug, Clone)]
pub struct MinHasher {
    len: usize,
    scheme: Scheme,
    a: Vec<u64>,
    b: Vec<u64>,
}

/// SplitMix64: fixed-seed generator for the permutation parameters, and a strong 64-bit mixer.
#[inline]
pub fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl MinHasher {
    /// `len` signature values (e.g. 128).
    pub fn new(len: usize, scheme: Scheme) -> Self {
        let len = len.max(1);
        let a = (0..len as u64).map(|i| splitmix64(i * 2 + 1) | 1).collect();
        let b = (0..len as u64).map(|i| splitmix64(i * 2 + 2)).collect();
        MinHasher { len, scheme, a, b }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// Write the signature of `shingles` (any order, duplicates allowed, not empty) into `out`.
    pub fn signature(&self, shingles: &[u64], out: &mut [u32]) {
        debug_assert_eq!(out.len(), self.len);
        out.fill(u32::MAX);
        match self.scheme {
            Scheme::Classic => {
                for &x in shingles {
                    for ((o, &a), &b) in out.iter_mut().zip(&self.a).zip(&self.b) {
                        let v = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                        *o = (*o).min(v);
                    }
                }
            }
            Scheme::OnePermutation => {
                if shingles.is_empty() {
                    return;
                }
                let k = self.len as u64;
                for &x in shingles {
                    let h = splitmix64(x);
                    let bin = (((h >> 32) * k) >> 32) as usize;
                    // u32::MAX marks an empty bin; a real value of u32::MAX is taken as MAX - 1.
                    let v = (h as u32).min(u32::MAX - 1);
                    if v < out[bin] {
                        out[bin] = v;
                    }
                }
                // Densification by rotation (Shrivastava & Li 2014): an empty bin takes the value
                // of the next non-empty bin to its right, circularly, offset by the distance so
                // that borrowed values differ from the lender's. O(K) per signature.
                let len = self.len;
                let Some(first_full) = (0..len).find(|&i| out[i] != u32::MAX) else {
                    return;
                };
                // Index of the next full bin to the right, unwrapped: past the end it is the first
                // full bin, one turn later.
                let mut next = first_full + len;
                for i in (0..len).rev() {
                    if out[i] != u32::MAX {
                        next = i;
                    } else {
                        let j = next % len;
                        let dist = (next - i) as u32;
                        out[i] = out[j]
                            .wrapping_add(dist.wrapping_mul(0x9E37_79B9))
                            .min(u32::MAX - 1);
                    }
                }
            }
        }
    }

    /// Fraction of equal positions: the MinHash estimate of Jaccard similarity.
    pub fn estimate(a: &[u32], b: &[u32]) -> f64 {
        let eq = a.iter().zip(b).filter(|(x, y)| x == y).count();
        eq as f64 / a.len().max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similarity::verify::jaccard;
    use proptest::prelude::*;

    fn set(range: std::ops::Range<u64>) -> Vec<u64> {
        range.map(splitmix64).collect()
    }

    #[test]
    fn identical_sets_identical_signatures() {
        for scheme in [Scheme::Classic, Scheme::OnePermutation] {
            let m = MinHasher::new(128, scheme);
            let (mut a, mut b) = (vec![0; 128], vec![0; 128]);
            let s = set(0..40);
            let mut r = s.clone();
            r.reverse();
            m.signature(&s, &mut a);
            m.signature(&r, &mut b);
            assert_eq!(a, b);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// The estimate stays within 4.5 standard deviations of the exact Jaccard value
        /// (sd = sqrt(J(1-J)/K)), for both schemes. One-permutation hashing splits the union
        /// of the two sets into K bins: a union of fewer than K elements fills fewer bins, and
        /// densification copies their values into the empty ones, so it holds only as many
        /// independent samples as the union has elements (n = 32 and one shared element: 63
        /// elements for 128 bins).
        #[test]
        fn estimate_tracks_exact_jaccard(n in 20u64..400, overlap in 0.0f64..1.0, classic in any::<bool>()) {
            let shared = (n as f64 * overlap) as u64;
            let mut a = set(0..n);
            let mut b = set(n - shared..2 * n - shared);
            a.sort_unstable(); b.sort_unstable();
            let exact = jaccard(&a, &b);
            let scheme = if classic { Scheme::Classic } else { Scheme::OnePermutation };
            let m = MinHasher::new(128, scheme);
            let (mut sa, mut sb) = (vec![0; 128], vec![0; 128]);
            m.signature(&a, &mut sa);
            m.signature(&b, &mut sb);
            let est = MinHasher::estimate(&sa, &sb);
            let union = (2 * n - shared) as f64;
            let samples = if classic { 128.0 } else { union.min(128.0) };
            let sd = (exact * (1.0 - exact) / samples).sqrt();
            prop_assert!((est - exact).abs() <= 4.5 * sd + 0.02, "exact {exact} est {est}");
        }
    }
}
