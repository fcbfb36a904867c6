//! Union-find over unit indices, for N-way clone classes.

pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }

    pub fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }

    /// Join two classes; the smaller index becomes the root, so roots are deterministic.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }

    /// Classes with at least two members, each sorted, in order of their smallest member.
    pub fn classes(&mut self) -> Vec<Vec<u32>> {
        let n = self.parent.len();
        let mut by_root: Vec<Vec<u32>> = vec![Vec::new(); n];
        for i in 0..n as u32 {
            let r = self.find(i);
            by_root[r as usize].push(i);
        }
        by_root.into_iter().filter(|c| c.len() > 1).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_transitive_and_sorted() {
        let mut uf = UnionFind::new(6);
        uf.union(4, 1);
        uf.union(1, 3);
        uf.union(5, 2);
        assert_eq!(uf.classes(), vec![vec![1, 3, 4], vec![2, 5]]);
    }
}
