//! Ordering for the short lists the domain sorts: at most eight themes or two safety signals. A
//! stable insertion sort does it in a few lines; the standard library's sorts are built for large
//! slices and add several kilobytes of WebAssembly for every place they are called.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in the order they came (a stable sort).
pub fn sort_small_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Every arrangement of `items` (Heap's algorithm), for exhaustive checks on short lists (here and
/// in [`super::small_map`]).
#[cfg(test)]
pub(crate) fn permutations<T: Clone>(items: &mut Vec<T>, k: usize, out: &mut Vec<Vec<T>>) {
    if k <= 1 {
        out.push(items.clone());
        return;
    }
    for i in 0..k {
        permutations(items, k - 1, out);
        let j = if k.is_multiple_of(2) { i } else { 0 };
        items.swap(j, k - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort_on_every_arrangement_of_seven() {
        // Keys with repeats, each tagged with its first position, so stability is visible.
        let keys = [3u8, 1, 3, 0, 2, 1, 3];
        let mut items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
        let mut all = Vec::new();
        permutations(&mut items, keys.len(), &mut all);
        assert_eq!(all.len(), 5040);
        for arrangement in all {
            let mut ours = arrangement.clone();
            sort_small_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = arrangement;
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn empty_and_single_lists_are_left_alone() {
        let mut none: [u8; 0] = [];
        sort_small_by(&mut none, Ord::cmp);
        let mut one = [7u8];
        sort_small_by(&mut one, Ord::cmp);
        assert_eq!(one, [7]);
    }
}
