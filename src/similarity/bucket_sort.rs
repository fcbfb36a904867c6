//! A parallel sort for large arrays whose order starts with an evenly spread key (a hash, a
//! document number): the array is first split in place into buckets by that key (American flag
//! sort), then each bucket is sorted on its own, in parallel. Each small sort stays in the
//! processor's cache, where one sort of the whole array would not, and no second buffer is
//! needed.

use rayon::prelude::*;

/// Below this many elements a plain sort is as fast.
const MIN_LEN: usize = 1 << 14;

/// Sort `v` (the same result as `sort_unstable`). `bucket` must follow the order of `T` (`a <
/// b` implies `bucket(a) <= bucket(b)`) and give values below `buckets`.
pub(crate) fn par_sort_bucketed<T: Ord + Send>(
    v: &mut [T],
    buckets: usize,
    bucket: impl Fn(&T) -> usize + Sync,
) {
    if v.len() < MIN_LEN || buckets < 2 {
        v.par_sort_unstable();
        return;
    }
    let mut counts = vec![0usize; buckets];
    for x in v.iter() {
        counts[bucket(x)] += 1;
    }
    // next[b]: the first place of bucket b that does not hold one of its elements yet.
    let mut next = Vec::with_capacity(buckets);
    let mut start = 0;
    for &c in &counts {
        next.push(start);
        start += c;
    }
    let mut end = 0;
    for b in 0..buckets {
        end += counts[b];
        // The buckets before b are complete: what is left here belongs to b or a later one.
        while next[b] < end {
            let t = bucket(&v[next[b]]);
            if t != b {
                v.swap(next[b], next[t]);
            }
            next[t] += 1;
        }
    }
    let mut parts = Vec::with_capacity(buckets);
    let mut rest = v;
    for &c in &counts {
        let (part, tail) = rest.split_at_mut(c);
        parts.push(part);
        rest = tail;
    }
    parts.into_par_iter().for_each(|p| p.sort_unstable());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_sort_unstable() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for (len, spread) in [(10, 4), (MIN_LEN, 256), (100_000, 256), (70_000, 3)] {
            let v: Vec<(u64, u32)> = (0..len).map(|i| (next() % 5000, i as u32 % 7)).collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            let mut got = v;
            par_sort_bucketed(&mut got, spread, |x| (x.0 as usize * spread) / 5000);
            assert_eq!(got, expected, "{len} {spread}");
        }
    }
}
