//! Word shingles: one stable 64-bit hash per window of consecutive token hashes.
//!
//! A unit of `n` words uses shingles of `k` words when `n >= k`. Shorter units use
//! `k' = max(2, n - 2)` words (never more than `k`), so a 4-word title has three 2-word shingles and
//! still compares; units of one or two words are not compared at all.

/// Hash of one window of token hashes: a multiply-rotate fold of the (already xxh3) token
/// hashes, seeded with the window length so that shingles of different sizes never collide by
/// construction, and finished with a SplitMix64 mix.
#[inline]
pub fn shingle_hash(window: &[u64]) -> u64 {
    let mut h = 0x9E37_79B9_7F4A_7C15u64 ^ window.len() as u64;
    for &t in window {
        h = (h.rotate_left(23) ^ t).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    }
    super::minhash::splitmix64(h)
}

/// Append the hashes of every `k`-window of `tokens` to `out` (nothing if fewer than `k`).
pub fn shingles_into(tokens: &[u64], k: usize, out: &mut Vec<u64>) {
    if tokens.len() >= k && k > 0 {
        out.extend(tokens.windows(k).map(shingle_hash));
    }
}

/// The shingle size used for a unit of `n` words, or `None` if the unit is too short to compare.
pub fn effective_k(n: usize, k: usize) -> Option<usize> {
    if n < 3 {
        None
    } else if n >= k {
        Some(k)
    } else {
        Some((n - 2).max(2).min(k))
    }
}

/// The sorted, de-duplicated shingle set of a unit of words.
pub fn shingle_set(tokens: &[u64], k: usize) -> Vec<u64> {
    let mut v = Vec::new();
    if let Some(k) = effective_k(tokens.len(), k) {
        shingles_into(tokens, k, &mut v);
    }
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effective_k_rule() {
        assert_eq!(effective_k(2, 5), None);
        assert_eq!(effective_k(3, 5), Some(2));
        assert_eq!(effective_k(4, 5), Some(2));
        assert_eq!(effective_k(6, 5), Some(5));
        assert_eq!(effective_k(100, 5), Some(5));
    }

    #[test]
    fn sets_are_sorted_and_unique() {
        let t = [1, 2, 3, 1, 2, 3, 1, 2, 3];
        let s = shingle_set(&t, 3);
        assert_eq!(s.len(), 3);
        assert!(s.windows(2).all(|w| w[0] < w[1]));
    }
}
