//! Exact set similarity on sorted, de-duplicated hash arrays (a merge walk).

/// Size of the intersection of two sorted, de-duplicated slices.
pub fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
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
    n
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
}
