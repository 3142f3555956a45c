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
