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
    // Nothing to order (a one-zone register's counties, a page's one zone made again): no
    // lists made for it.
    if items.len() < 2 {
        return;
    }
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

/// Sorts `numbers` on their bytes from `from` (0 the least significant) up, stably: numbers
/// whose bytes from `from` are the same keep their order. A least-significant-digit radix sort,
/// one pass per byte, skipping the bytes every number shares; `spare` is working room (emptied
/// and filled, its memory the caller's to keep). The report's sort (perf: for a 1,000-zone
/// report's 36,000 numbers, seven passes, about the instructions of `sort_unstable` (7.5 M) with
/// no comparisons to mispredict: the same time or a little less).
pub(crate) fn radix_sort(numbers: &mut Vec<u128>, spare: &mut Vec<u128>, from: usize) {
    let Some(&first) = numbers.first() else {
        return;
    };
    let differ = numbers
        .iter()
        .fold(0_u128, |acc, n| acc | (n ^ first))
        .to_le_bytes();
    // The byte `at` (below 16: no bounds check) of a number, as an index into 256 counts (no
    // bounds check either).
    let digit =
        |n: &u128, at: usize| usize::from(n.to_le_bytes().get(at & 15).copied().unwrap_or(0));
    // The passes: the bytes that differ between numbers, each with its counts, all made in
    // one read of the numbers.
    let passes: Vec<usize> = (from..16)
        .filter(|b| differ.get(*b).is_some_and(|d| *d != 0))
        .collect();
    let mut counts = alloc::vec![[0_usize; 256]; passes.len()];
    for n in numbers.iter() {
        for (at, count) in passes.iter().zip(counts.iter_mut()) {
            if let Some(c) = count.get_mut(digit(n, *at)) {
                *c += 1;
            }
        }
    }
    spare.clear();
    spare.resize(numbers.len(), 0);
    for (at, mut next) in passes.into_iter().zip(counts) {
        // Each digit's first place in the pass's output.
        let mut sum = 0_usize;
        for c in &mut next {
            let count = *c;
            *c = sum;
            sum += count;
        }
        for n in numbers.iter() {
            if let Some(c) = next.get_mut(digit(n, at)) {
                if let Some(slot) = spare.get_mut(*c) {
                    *slot = *n;
                }
                *c += 1;
            }
        }
        core::mem::swap(numbers, spare);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn radix_sort_is_a_stable_sort_on_the_high_bytes() {
        // Numbers spread over every byte, with ties on the bytes from the fifth up (the four
        // low bytes say where each came from, as the report's numbers do).
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for (len, spread) in [(0, 1), (1, 1), (2, 3), (1000, 7), (5000, 1 << 20), (300, 1)] {
            let numbers: Vec<u128> = (0..len)
                .map(|i: u32| {
                    let high = u128::from(next() % spread) << 70 | u128::from(next() % 5) << 40;
                    high | u128::from(i)
                })
                .collect();
            let mut expected = numbers.clone();
            expected.sort_by_key(|n| n >> 32);
            let mut ours = numbers.clone();
            let mut spare = Vec::new();
            radix_sort(&mut ours, &mut spare, 4);
            assert_eq!(ours, expected, "{len} numbers over {spread}");
            // From the first byte: the whole number's order.
            let mut whole = numbers.clone();
            whole.sort_unstable();
            radix_sort(&mut ours, &mut spare, 0);
            assert_eq!(ours, whole);
        }
    }

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
