//! The crate's one B-tree of keys: each `BTreeSet` or `BTreeMap` of another key or value type is
//! one more copy of the B-tree's code in the wasm module (insertion, search, node splits and the
//! drop: a few kilobytes each), so the register's checks, the duties' bearers, the report's
//! lines and the meetings' days all note what they have seen here, as a key of two texts and a
//! number, with an index or none.

use alloc::collections::BTreeMap;

/// Keys seen so far: `(text, text, number)`, with `""` and `0` for the parts a use has not;
/// each with an index ([`Seen::set`]) or none (a key only noted).
#[derive(Default)]
pub(crate) struct Seen<'a>(BTreeMap<(&'a str, &'a str, i64), Option<usize>>);

impl<'a> Seen<'a> {
    /// Notes `key`; whether it was new.
    pub(crate) fn first(&mut self, key: &'a str) -> bool {
        self.first_of(key, "", 0)
    }

    /// Notes the pair; whether it was new.
    pub(crate) fn first_pair(&mut self, a: &'a str, b: &'a str) -> bool {
        self.first_of(a, b, 0)
    }

    /// Notes `key` with `n`; whether it was new.
    pub(crate) fn first_with(&mut self, key: &'a str, n: i64) -> bool {
        self.first_of(key, "", n)
    }

    /// Notes `key` with `kind` and `n`; whether it was new (an index it had is kept).
    pub(crate) fn first_of(&mut self, key: &'a str, kind: &'a str, n: i64) -> bool {
        match self.0.get(&(key, kind, n)) {
            Some(_) => false,
            None => {
                self.0.insert((key, kind, n), None);
                true
            }
        }
    }

    /// Whether `key` was noted by [`Seen::first`].
    pub(crate) fn has(&self, key: &'a str) -> bool {
        self.0.contains_key(&(key, "", 0))
    }

    /// Whether nothing was noted.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The index noted with `key`, `kind` and `n`: `None` when the key was not noted,
    /// `Some(None)` when it was noted without one.
    #[cfg_attr(
        not(feature = "serde"),
        allow(
            dead_code,
            reason = "only the report's view, with `serde`, notes indexes"
        )
    )]
    pub(crate) fn get(&self, key: &'a str, kind: &'a str, n: i64) -> Option<Option<usize>> {
        self.0.get(&(key, kind, n)).copied()
    }

    /// Notes `key`, `kind` and `n` with `index` (or none), replacing what it had.
    #[cfg_attr(
        not(feature = "serde"),
        allow(
            dead_code,
            reason = "only the report's view, with `serde`, notes indexes"
        )
    )]
    pub(crate) fn set(&mut self, key: &'a str, kind: &'a str, n: i64, index: Option<usize>) {
        self.0.insert((key, kind, n), index);
    }
}

#[cfg(test)]
mod tests {
    use super::Seen;

    #[test]
    fn each_kind_of_key_is_its_own() {
        let mut s = Seen::default();
        assert!(s.is_empty());
        assert!(s.first("a"));
        assert!(!s.first("a"));
        assert!(s.has("a"));
        assert!(!s.has("b"));
        // A pair, or a key with a number, is not the key alone.
        assert!(s.first_pair("a", "b"));
        assert!(!s.first_pair("a", "b"));
        assert!(s.first_pair("b", "a"));
        assert!(s.first_with("a", 2019));
        assert!(!s.first_with("a", 2019));
        assert!(s.first_with("a", 2020));
        assert!(s.first_of("a", "zone", 2020));
        assert!(s.first_of("a", "bearer", 2020));
        assert!(!s.first_of("a", "zone", 2020));
        assert!(!s.has("b"));
        assert!(!s.is_empty());
    }

    #[test]
    fn an_index_is_kept_until_replaced() {
        let mut s = Seen::default();
        assert_eq!(s.get("NEEDS_REVIEW", "art-14.d", 0), None);
        s.set("NEEDS_REVIEW", "art-14.d", 0, None);
        assert_eq!(s.get("NEEDS_REVIEW", "art-14.d", 0), Some(None));
        s.set("NEEDS_REVIEW", "art-14.d", 0, Some(3));
        assert_eq!(s.get("NEEDS_REVIEW", "art-14.d", 0), Some(Some(3)));
        // Noting the key again keeps its index.
        assert!(!s.first_of("NEEDS_REVIEW", "art-14.d", 0));
        assert_eq!(s.get("NEEDS_REVIEW", "art-14.d", 0), Some(Some(3)));
        assert_eq!(s.get("NEEDS_REVIEW", "art-16.b", 0), None);
    }
}
