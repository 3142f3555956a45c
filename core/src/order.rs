//! The crate's one sort of indices: each sort of another type is one more copy of the sorting
//! code in the wasm module, so the report, its ranks and the register's index of zone ids all
//! sort indices through this one, comparing what they stand for.

use alloc::vec::Vec;

/// `0..n` in the order `cmp` gives (stable).
pub(crate) fn order_by(n: usize, cmp: &dyn Fn(usize, usize) -> core::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| cmp(i, j));
    order
}

/// `items` in the order `cmp` gives (stable), sorted through [`order_by`], then each moved once:
/// one copy of the sorting code whatever the type (each `sort_by` with a closure of its own is
/// another copy, several kilobytes of the wasm module). For the sorts off the hot paths.
pub(crate) fn sort_with<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> core::cmp::Ordering) {
    let order = order_by(items.len(), &|i, j| match (items.get(i), items.get(j)) {
        (Some(a), Some(b)) => cmp(a, b),
        _ => core::cmp::Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = core::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn sort_with_is_std_s_stable_sort() {
        // Keys with many ties (11 values over 200 items), each item carrying its first place.
        let items: Vec<(usize, usize)> = (0..200).map(|i| ((i * 37) % 11, i)).collect();
        let mut ours = items.clone();
        sort_with(&mut ours, &|a, b| a.0.cmp(&b.0));
        let mut theirs = items.clone();
        theirs.sort_by_key(|a| a.0);
        assert_eq!(ours, theirs);
        assert_ne!(ours, items);
        // Descending, and the edge sizes.
        sort_with(&mut ours, &|a, b| b.cmp(a));
        theirs.sort_by_key(|a| core::cmp::Reverse(*a));
        assert_eq!(ours, theirs);
        for mut v in [vec![], vec![(1, 0)]] {
            let before = v.clone();
            sort_with(&mut v, &|a: &(usize, usize), b| a.cmp(b));
            assert_eq!(v, before);
        }
    }

    #[test]
    fn order_by_orders_indices_stably() {
        let keys = [3, 1, 3, 0, 1];
        let order = order_by(keys.len(), &|i, j| keys.get(i).cmp(&keys.get(j)));
        assert_eq!(order, vec![3, 1, 4, 0, 2]);
    }
}
