//! Exact set similarity on sorted, de-duplicated hash arrays (a merge walk).

/// Size of the intersection of two sorted, de-duplicated slices.
pub fn intersection(a: &[u64], b: &[u64]) -> usize {
    merge_count(a, b, |_| false).expect("never gives up")
}

/// The merge walk behind [`intersection`]. Before its first step and every 64 steps it asks
/// `hopeless` whether an intersection of the given size (what is found so far plus what is left
/// of the side with fewer elements left) would still be too small, and gives up with `None` if
/// so.
fn merge_count(a: &[u64], b: &[u64], hopeless: impl Fn(usize) -> bool) -> Option<usize> {
    let (mut i, mut j, mut n) = (0, 0, 0);
    let mut until_check = 0u32;
    while i < a.len() && j < b.len() {
        if until_check == 0 {
            if hopeless(n + (a.len() - i).min(b.len() - j)) {
                return None;
            }
            until_check = 64;
        }
        until_check -= 1;
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    Some(n)
}

/// [`jaccard`] if it is at least `t`, else `None`: the walk stops as soon as the rest of the sets
/// cannot bring the similarity up to `t` (most candidate pairs are far below it). The value
/// returned is exactly [`jaccard`]'s: the bound is checked with the same division, and a larger
/// intersection never gives a smaller quotient.
pub fn jaccard_at_least(a: &[u64], b: &[u64], t: f64) -> Option<f64> {
    let ratio = |inter: usize| {
        let union = a.len() + b.len() - inter;
        if union == 0 {
            0.0
        } else {
            inter as f64 / union as f64
        }
    };
    let inter = merge_count(a, b, |most| ratio(most) < t)?;
    let j = ratio(inter);
    (j >= t).then_some(j)
}

/// Jaccard similarity |A ∩ B| / |A ∪ B|; two empty sets are not similar.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let inter = intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Containment of the smaller set in the larger: |A ∩ B| / min(|A|, |B|).
pub fn containment(a: &[u64], b: &[u64]) -> f64 {
    let m = a.len().min(b.len());
    if m == 0 {
        0.0
    } else {
        intersection(a, b) as f64 / m as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaccard_and_containment() {
        let a = [1, 2, 3, 4];
        let b = [3, 4, 5, 6];
        assert_eq!(intersection(&a, &b), 2);
        assert!((jaccard(&a, &b) - 2.0 / 6.0).abs() < 1e-12);
        assert!((containment(&a, &[3, 4]) - 1.0).abs() < 1e-12);
        assert_eq!(jaccard(&[], &[]), 0.0);
        assert_eq!(jaccard(&a, &a), 1.0);
    }

    #[test]
    fn jaccard_at_least_is_jaccard_above_the_bound() {
        // Long sets, so that the walk checks its bound many times: 0..n against a shifted copy.
        for shift in [0u64, 1, 50, 300, 900, 1000, 5000] {
            let a: Vec<u64> = (0..1000).collect();
            let b: Vec<u64> = (shift..shift + 1000).collect();
            let j = jaccard(&a, &b);
            for t in [0.0, 0.1, 0.5, j, 0.8, 0.95, 1.0] {
                let got = jaccard_at_least(&a, &b, t);
                assert_eq!(got, (j >= t).then_some(j), "shift {shift} t {t}");
            }
        }
        assert_eq!(jaccard_at_least(&[], &[], 0.5), None);
        assert_eq!(jaccard_at_least(&[], &[], 0.0), Some(0.0));
    }
}
