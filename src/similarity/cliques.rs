//! Clone classes as cliques: every two copies of a class are verified near-duplicates.
//!
//! Union-find joins a ~ b ~ c into one group although a and c may be far apart. Each group is
//! therefore covered by cliques of its similarity graph: with [`cover`] every edge, a verified
//! pair, lies in at least one clique, and a copy can belong to several classes (b in {a, b} and
//! {b, c}); with [`partition`] every text is in at most one class.

/// Greedy edge clique cover of the graph on `0..n` whose sorted, symmetric neighbour lists are
/// `neighbours`. Edges are taken in order of (smaller vertex, larger vertex); each uncovered edge
/// starts a clique that grows with the common neighbours of its ends in ascending order. Cliques
/// come out sorted, in order of creation; the result depends only on the graph. `None` when more
/// than `max_cliques` cliques would be needed (a dense graph with many holes can need far more
/// cliques than it has vertices).
pub fn cover(neighbours: &[Vec<u32>], max_cliques: usize) -> Option<Vec<Vec<u32>>> {
    let n = neighbours.len();
    let adjacent = |a: u32, b: u32| neighbours[a as usize].binary_search(&b).is_ok();
    // covered[a * n + b], a < b.
    let mut covered = vec![false; n * n];
    let mut out = Vec::new();
    for (i, ns) in neighbours.iter().enumerate() {
        let i = i as u32;
        for &j in ns {
            if j <= i || covered[i as usize * n + j as usize] {
                continue;
            }
            if out.len() == max_cliques {
                return None;
            }
            let mut clique = vec![i, j];
            for &w in ns {
                if w != j && clique.iter().all(|&c| adjacent(c, w)) {
                    clique.push(w);
                }
            }
            clique.sort_unstable();
            for (x, &a) in clique.iter().enumerate() {
                for &b in &clique[x + 1..] {
                    covered[a as usize * n + b as usize] = true;
                }
            }
            out.push(clique);
        }
    }
    Some(out)
}

/// A partition of `0..n` into cliques of the graph where `a` and `b` are adjacent when
/// `sim(a, b) >= t`, for groups too large or too dense for [`cover`]. The first text not yet in a
/// class seeds one, and every later text not yet in a class joins it if it is close enough to
/// all its members. The Jaccard distance `1 - J` is a metric, so a text within `d` of the seed is
/// within `d + d'` of a member that is within `d'` of the seed: when that sum is under `1 - t`,
/// the pair needs no comparison. A tight group costs about one comparison per text and class;
/// the worst case (texts close to one text but far from each other) is n²/2 comparisons. Texts
/// with no partner left are in no class; a pair at the threshold whose texts went to different
/// classes is not reported. Cliques come out sorted, in order of their seeds.
#[allow(clippy::needless_range_loop)] // `assigned` is written inside the loop over it
pub fn partition(n: usize, t: f64, sim: &dyn Fn(usize, usize) -> f64) -> Vec<Vec<u32>> {
    // Margin against rounding in the sum of two distances.
    let slack = (1.0 - t) - 1e-9;
    let mut assigned = vec![false; n];
    let mut out = Vec::new();
    for s in 0..n {
        if assigned[s] {
            continue;
        }
        assigned[s] = true;
        // Members and their distance to the seed.
        let mut clique: Vec<(usize, f64)> = vec![(s, 0.0)];
        for w in s + 1..n {
            if assigned[w] {
                continue;
            }
            let to_seed = sim(w, s);
            if to_seed < t {
                continue;
            }
            let d = 1.0 - to_seed;
            if clique[1..]
                .iter()
                .all(|&(c, dc)| d + dc <= slack || sim(w, c) >= t)
            {
                clique.push((w, d));
                assigned[w] = true;
            }
        }
        if clique.len() >= 2 {
            out.push(clique.iter().map(|&(c, _)| c as u32).collect());
        }
    }
    out
}

/// Neighbour lists of `n` vertices from undirected edges (each given once, in any order).
pub fn neighbours(n: usize, edges: impl IntoIterator<Item = (u32, u32)>) -> Vec<Vec<u32>> {
    let mut ns = vec![Vec::new(); n];
    for (a, b) in edges {
        if a != b {
            ns[a as usize].push(b);
            ns[b as usize].push(a);
        }
    }
    for v in &mut ns {
        v.sort_unstable();
        v.dedup();
    }
    ns
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_clique(ns: &[Vec<u32>], c: &[u32]) -> bool {
        c.iter()
            .enumerate()
            .all(|(x, &a)| c[x + 1..].iter().all(|b| ns[a as usize].contains(b)))
    }

    #[test]
    fn a_partition_holds_only_close_pairs_and_skips_implied_ones() {
        // Points on a line, similarity 1 - distance, threshold 0.8.
        let pos = [0.0, 0.15, 0.3, 0.05, 0.6, 0.72];
        let calls = std::cell::Cell::new(0);
        let sim = |a: usize, b: usize| {
            calls.set(calls.get() + 1);
            1.0 - f64::abs(pos[a] - pos[b])
        };
        let classes = partition(pos.len(), 0.8, &sim);
        assert_eq!(classes, vec![vec![0, 1, 3], vec![4, 5]]);
        // Brute force: every two members of a class are within the threshold, and no text is in
        // two classes.
        for c in &classes {
            for (x, &a) in c.iter().enumerate() {
                for &b in &c[x + 1..] {
                    assert!(sim(a as usize, b as usize) >= 0.8, "{a}-{b}");
                }
            }
        }
        let mut all: Vec<u32> = classes.concat();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), classes.concat().len());
        // 3 joins {0, 1}: 0.05 + 0.15 is not under 0.2 - margin, so 3 ~ 1 is compared. With
        // points closer to the seed the shortcut saves the comparison:
        calls.set(0);
        let near = [0.0, 0.05, 0.08, 0.1];
        let sim = |a: usize, b: usize| {
            calls.set(calls.get() + 1);
            1.0 - f64::abs(near[a] - near[b])
        };
        assert_eq!(partition(4, 0.8, &sim), vec![vec![0, 1, 2, 3]]);
        assert_eq!(
            calls.get(),
            3,
            "one comparison per text, with the seed only"
        );
    }

    #[test]
    fn a_chain_is_not_one_class() {
        // 0 ~ 1 ~ 2, 0 !~ 2: two classes sharing 1.
        let ns = neighbours(3, [(0, 1), (1, 2)]);
        assert_eq!(cover(&ns, 10), Some(vec![vec![0, 1], vec![1, 2]]));
        assert_eq!(cover(&ns, 1), None, "over the budget");
    }

    #[test]
    fn a_complete_graph_is_one_class() {
        let ns = neighbours(4, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]);
        assert_eq!(cover(&ns, 1), Some(vec![vec![0, 1, 2, 3]]));
    }

    #[test]
    fn every_edge_is_covered_and_every_class_is_a_clique() {
        // A small deterministic pseudo-random graph.
        let mut edges = Vec::new();
        let mut x: u64 = 12345;
        for a in 0..30u32 {
            for b in a + 1..30 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                if (x >> 33) % 3 == 0 {
                    edges.push((a, b));
                }
            }
        }
        let ns = neighbours(30, edges.iter().copied());
        let classes = cover(&ns, usize::MAX).unwrap();
        for c in &classes {
            assert!(is_clique(&ns, c), "{c:?}");
        }
        for &(a, b) in &edges {
            assert!(
                classes.iter().any(|c| c.contains(&a) && c.contains(&b)),
                "{a}-{b} not covered"
            );
        }
    }
}
