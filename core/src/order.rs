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
