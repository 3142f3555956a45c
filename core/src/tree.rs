//! The JSON the boundary decodes: a tree that borrows its strings from the text it was read
//! from, in place of `serde_json::Value`.
//!
//! A `Value` read from text owns every string and keeps each object in a `BTreeMap`: for a
//! one-zone register (what a stateless rule call reads) that was about 100 allocations to build
//! and as many to free, a third of the call. A [`Tree`] read from the same text
//! ([`Tree::parse`]) borrows every string that has no escape, holds an object as one vector of
//! its entries, and is dropped in a few frees.
//!
//! It reads as a `Value` does, so that everything decoded from it is the same: an object's
//! entries are sorted by key (bytewise, as the `BTreeMap` of `Value` iterates) and a key given
//! twice keeps its last value (as `Value` does; the CLI's reader refuses a repeated key before
//! this), numbers are a `u64`, a negative `i64` or a finite `f64`, as serde_json reads them.
//! [`Tree::of`] borrows a `Value` the caller already has (the Rust API takes either, [`Json`]).

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A JSON value whose strings are borrowed where they can be (see the module's comment).
#[derive(Clone, Debug, PartialEq)]
pub enum Tree<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Tree<'a>>),
    /// An object: its entries sorted by key, each key once.
    Object(Vec<(Cow<'a, str>, Tree<'a>)>),
}

/// A JSON number as serde_json reads it: a whole number as a `u64` when it is not negative, else
/// as an `i64`, any other as a finite `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A whole number, zero or more.
    PosInt(u64),
    /// A negative whole number.
    NegInt(i64),
    /// Any other number (finite).
    Float(f64),
}

impl Number {
    /// The number as serde_json's `Number`, to be written as serde_json writes it.
    #[must_use]
    pub fn to_json(self) -> Option<serde_json::Number> {
        match self {
            Self::PosInt(u) => Some(u.into()),
            Self::NegInt(i) => Some(i.into()),
            Self::Float(f) => serde_json::Number::from_f64(f),
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PosInt(u) => write!(f, "{u}"),
            Self::NegInt(i) => write!(f, "{i}"),
            Self::Float(x) => {
                let mut text = alloc::string::String::new();
                crate::num::push_json_f64(&mut text, *x);
                f.write_str(&text)
            }
        }
    }
}

/// Two keys in bytewise order (`str`'s own), their first bytes compared here: keys mostly
/// differ there, and the wasm module's `memcmp` goes a byte at a time behind a call.
#[inline]
fn key_order(a: &str, b: &str) -> core::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// Up to how many entries [`sorted`] sorts by insertion.
const FEW_ENTRIES: usize = 24;

/// An object's entries sorted by key, a repeated key keeping its last value: what a `Value`
/// (a `BTreeMap`) holds for the same text.
fn sorted<'a>(mut entries: Vec<(Cow<'a, str>, Tree<'a>)>) -> Vec<(Cow<'a, str>, Tree<'a>)> {
    if entries
        .windows(2)
        .all(|w| matches!(w, [a, b] if key_order(&a.0, &b.0).is_lt()))
    {
        return entries;
    }
    // Stable: of a repeated key, the entries stay in the order given, the last one last. A
    // few entries (most objects of the boundary's types have at most some twenty; a `params`
    // object may have 65) by insertion, more through the crate's one sort: a sort of the
    // entries' own type was another copy of the sorting code in the wasm module.
    if entries.len() <= FEW_ENTRIES {
        for i in 1..entries.len() {
            let mut j = i;
            while j > 0 {
                match (entries.get(j - 1), entries.get(j)) {
                    (Some(a), Some(b)) if key_order(&a.0, &b.0).is_gt() => entries.swap(j - 1, j),
                    _ => break,
                }
                j -= 1;
            }
        }
    } else {
        crate::order::sort_with(&mut entries, &|a, b| key_order(&a.0, &b.0));
    }
    entries.dedup_by(|later, kept| {
        if later.0 == kept.0 {
            core::mem::swap(&mut later.1, &mut kept.1);
            true
        } else {
            false
        }
    });
    entries
}

/// An object's entries sorted by key as [`sorted`] sorts them, or `None` when a key is given
/// twice (what [`crate::limits::parse_json`] refuses): `sorted` keeps one entry of a repeated
/// key, so fewer entries come back (its sort, not a second one in the wasm module).
fn sorted_unique<'a>(
    entries: Vec<(Cow<'a, str>, Tree<'a>)>,
) -> Option<Vec<(Cow<'a, str>, Tree<'a>)>> {
    let n = entries.len();
    let entries = sorted(entries);
    (entries.len() == n).then_some(entries)
}

impl<'a> Tree<'a> {
    /// Reads JSON text as serde_json reads a `Value` (its syntax errors, its depth limit), the
    /// strings without escapes borrowed from `text`.
    ///
    /// Most text is read by a quick reader of this module's own (whole numbers, strings without
    /// escapes, nesting below 64 levels: what `JSON.stringify` writes of the inputs and the
    /// options); anything else it meets (a fraction or exponent, an escape, an error of syntax)
    /// sends the whole text to serde_json, read again from its start: the same tree or the same
    /// error either way.
    ///
    /// # Errors
    /// serde_json's error for text that is not one JSON value.
    pub fn parse(text: &'a str) -> Result<Self, serde_json::Error> {
        match quick::parse(text, false) {
            Some(tree) => Ok(tree),
            None => serde_json::from_str(text),
        }
    }

    /// The quick reader of [`Tree::parse`] alone, refusing an object that holds a key twice:
    /// `None` for such text and for anything the quick reader leaves to serde_json. For
    /// [`crate::limits::parse_json_tree`], which reads as [`crate::limits::parse_json`] does.
    #[must_use]
    pub fn parse_unique(text: &'a str) -> Option<Self> {
        quick::parse(text, true)
    }

    /// A tree borrowing the strings of `value`. Below [`crate::limits::MAX_DEPTH`] levels an
    /// array or object is left empty: [`crate::limits::check`] refuses it at that depth whatever
    /// it holds, and a `Value` nested without bound cannot overflow the stack here.
    #[must_use]
    pub fn of(value: &'a Value) -> Self {
        Self::of_at(value, 0)
    }

    fn of_at(value: &'a Value, depth: usize) -> Self {
        let deeper = depth < crate::limits::MAX_DEPTH;
        match value {
            Value::Null => Self::Null,
            Value::Bool(b) => Self::Bool(*b),
            Value::Number(n) => Self::Number(if let Some(u) = n.as_u64() {
                Number::PosInt(u)
            } else if let Some(i) = n.as_i64() {
                Number::NegInt(i)
            } else {
                Number::Float(n.as_f64().unwrap_or(f64::NAN))
            }),
            Value::String(s) => Self::String(Cow::Borrowed(s)),
            Value::Array(items) if deeper => {
                Self::Array(items.iter().map(|v| Self::of_at(v, depth + 1)).collect())
            }
            // Sorted already unless serde_json's `preserve_order` is on somewhere in the build
            // (then `sorted` orders it); `sorted` checks first.
            Value::Object(map) if deeper => Self::Object(sorted(
                map.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Self::of_at(v, depth + 1)))
                    .collect(),
            )),
            Value::Array(_) => Self::Array(Vec::new()),
            Value::Object(_) => Self::Object(Vec::new()),
        }
    }

    /// Whether this is `null`.
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// The value of `key`, when this is an object that has it.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Self> {
        let Self::Object(entries) = self else {
            return None;
        };
        entries
            .binary_search_by(|(k, _)| key_order(k, key))
            .ok()
            .and_then(|i| entries.get(i))
            .map(|(_, v)| v)
    }

    /// Whether the same strings (and keys) are borrowed in `self` and `other`, two trees read
    /// from one text: what the tests and the `tree` fuzz target compare between the quick reader
    /// and serde_json, beside the trees themselves.
    #[must_use]
    pub fn borrows_alike(&self, other: &Self) -> bool {
        let same = |x: &Cow<'_, str>, y: &Cow<'_, str>| {
            matches!(x, Cow::Borrowed(_)) == matches!(y, Cow::Borrowed(_))
        };
        match (self, other) {
            (Self::String(x), Self::String(y)) => same(x, y),
            (Self::Array(x), Self::Array(y)) => x.iter().zip(y).all(|(x, y)| x.borrows_alike(y)),
            (Self::Object(x), Self::Object(y)) => x
                .iter()
                .zip(y)
                .all(|((kx, x), (ky, y))| same(kx, ky) && x.borrows_alike(y)),
            _ => true,
        }
    }

    /// The string, when this is one.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }
}

/// A reader of the JSON text the boundary mostly gets, without serde's visitors (issue 12: through
/// serde_json and [`TreeVisitor`] reading a one-zone register was a quarter of a stateless rule
/// call's instructions). It reads what it can read exactly as serde_json reads it and gives up
/// (`None`) at anything else, which [`Tree::parse`] then hands to serde_json:
/// - a number with a fraction or an exponent, `-0`, or a whole number beyond `u64` (positive) or
///   `i64` (negative): serde_json reads these as floats;
/// - a string or key holding an escape or a control character (serde_json unescapes the one,
///   refuses the other);
/// - nesting of 64 levels or more (serde_json's own limit is 128; the core's limits refuse
///   anything past 32, after reading);
/// - any error of syntax: serde_json words it, with its line and column.
///
/// Strings are borrowed from the text, as serde_json's borrowed strings are; objects are sorted
/// by [`sorted`], as [`TreeVisitor`] sorts them, and allocated as it allocates them.
mod quick {
    use super::{sorted, sorted_unique, Cow, Number, Tree, Vec};

    /// How deep the reader goes before it leaves the text to serde_json.
    const DEPTH: usize = 64;

    /// The tree of `text`, or `None` for anything left to serde_json; with `unique`, also
    /// `None` for an object holding a key twice (else its last value is kept, as `Value` keeps).
    pub(super) fn parse(text: &str, unique: bool) -> Option<Tree<'_>> {
        let mut r = Reader {
            text,
            at: 0,
            unique,
        };
        let tree = r.value(0)?;
        r.blank();
        (r.at == text.len()).then_some(tree)
    }

    struct Reader<'a> {
        text: &'a str,
        /// The offset of the next byte to read.
        at: usize,
        /// Whether an object's repeated key sends the text to serde_json.
        unique: bool,
    }

    impl<'a> Reader<'a> {
        fn peek(&self) -> Option<u8> {
            self.text.as_bytes().get(self.at).copied()
        }

        /// Skips JSON's whitespace.
        fn blank(&mut self) {
            while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
                self.at += 1;
            }
        }

        /// The next non-blank byte, consumed.
        fn next(&mut self) -> Option<u8> {
            self.blank();
            let b = self.peek()?;
            self.at += 1;
            Some(b)
        }

        fn value(&mut self, depth: usize) -> Option<Tree<'a>> {
            match self.next()? {
                b'"' => self.string().map(|s| Tree::String(Cow::Borrowed(s))),
                b'[' => self.array(depth),
                b'{' => self.object(depth),
                b't' => self.word(b"rue", Tree::Bool(true)),
                b'f' => self.word(b"alse", Tree::Bool(false)),
                b'n' => self.word(b"ull", Tree::Null),
                b'-' => self.whole(true),
                b'0'..=b'9' => {
                    self.at -= 1;
                    self.whole(false)
                }
                _ => None,
            }
        }

        /// The rest of a literal whose first byte was read.
        fn word(&mut self, rest: &[u8], tree: Tree<'a>) -> Option<Tree<'a>> {
            let end = self.at + rest.len();
            (self.text.as_bytes().get(self.at..end)? == rest).then(|| {
                self.at = end;
                tree
            })
        }

        /// A string whose opening quote was read, when it has no escape and no control
        /// character: the text between the quotes. Eight bytes at a time to the first quote,
        /// backslash or control character, then (fewer than eight bytes from the end of the
        /// text) a byte at a time.
        fn string(&mut self) -> Option<&'a str> {
            let bytes = self.text.as_bytes();
            let start = self.at;
            let mut end = start;
            while let Some(word) = bytes.get(end..end + 8) {
                let found = crate::json_text::special_bytes(
                    u64::from_le_bytes(word.try_into().ok()?),
                    false,
                );
                if found != 0 {
                    end += (found.trailing_zeros() / 8) as usize;
                    break;
                }
                end += 8;
            }
            loop {
                match *bytes.get(end)? {
                    b'"' => break,
                    b'\\' | 0..=0x1f => return None,
                    _ => end += 1,
                }
            }
            self.at = end + 1;
            // The quotes are ASCII: both ends are character boundaries.
            self.text.get(start..end)
        }

        /// A whole number (after its minus sign, if `negative`), as serde_json reads one that
        /// fits: `PosInt`, or `NegInt` below zero.
        fn whole(&mut self, negative: bool) -> Option<Tree<'a>> {
            let bytes = self.text.as_bytes();
            let mut n: u64 = match bytes.get(self.at)? {
                b'0' => 0,
                d @ b'1'..=b'9' => u64::from(d - b'0'),
                _ => return None,
            };
            self.at += 1;
            if n != 0 {
                while let Some(d @ b'0'..=b'9') = bytes.get(self.at).copied() {
                    n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
                    self.at += 1;
                }
            }
            // A fraction, an exponent, or a digit after a leading zero (an error).
            if let Some(b'.' | b'e' | b'E' | b'0'..=b'9') = bytes.get(self.at) {
                return None;
            }
            if !negative {
                return Some(Tree::Number(Number::PosInt(n)));
            }
            // `-0` is a float to serde_json.
            let n = i64::try_from(n).ok().filter(|n| *n != 0)?;
            Some(Tree::Number(Number::NegInt(-n)))
        }

        fn array(&mut self, depth: usize) -> Option<Tree<'a>> {
            if depth + 1 >= DEPTH {
                return None;
            }
            let mut items = Vec::new();
            self.blank();
            if self.peek() == Some(b']') {
                self.at += 1;
                return Some(Tree::Array(items));
            }
            loop {
                items.push(self.value(depth + 1)?);
                match self.next()? {
                    b',' => {}
                    b']' => return Some(Tree::Array(items)),
                    _ => return None,
                }
            }
        }

        fn object(&mut self, depth: usize) -> Option<Tree<'a>> {
            if depth + 1 >= DEPTH {
                return None;
            }
            if self.next()? == b'}' {
                return Some(Tree::Object(Vec::new()));
            }
            self.at -= 1;
            // Room for eight entries, as `TreeVisitor` makes.
            let mut entries = Vec::with_capacity(8);
            loop {
                if self.next()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                if self.next()? != b':' {
                    return None;
                }
                entries.push((Cow::Borrowed(key), self.value(depth + 1)?));
                match self.next()? {
                    b',' => {}
                    b'}' if self.unique => return Some(Tree::Object(sorted_unique(entries)?)),
                    b'}' => return Some(Tree::Object(sorted(entries))),
                    _ => return None,
                }
            }
        }
    }
}

impl<'de> Deserialize<'de> for Tree<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Tree<'de>, E> {
        Ok(Tree::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Tree<'de>, E> {
        Ok(Tree::Number(match u64::try_from(v) {
            Ok(u) => Number::PosInt(u),
            Err(_) => Number::NegInt(v),
        }))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Tree<'de>, E> {
        Ok(Tree::Number(Number::PosInt(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Tree<'de>, E> {
        // As `Value`: a number that is not finite is `null`.
        Ok(if v.is_finite() {
            Tree::Number(Number::Float(v))
        } else {
            Tree::Null
        })
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Owned(String::from(v))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Owned(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Tree<'de>, E> {
        Ok(Tree::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Tree<'de>, E> {
        Ok(Tree::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tree<'de>, D::Error> {
        Tree::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Tree::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree<'de>, A::Error> {
        // Room for eight entries at once (serde_json gives no size): the objects of the inputs
        // mostly have four to eight (a zone seven, an assessment four), so no object is
        // allocated twice on the way (grown from four to eight).
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(key) = map.next_key::<Key<'de>>()? {
            entries.push((key.0, map.next_value()?));
        }
        Ok(Tree::Object(sorted(entries)))
    }
}

/// An object's key, borrowed when it has no escape.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(String::from(v))))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// JSON the Rust API reads: a `serde_json::Value`, or a [`Tree`] already read (what the wasm
/// package passes: text read once, strings borrowed).
pub trait Json {
    /// This JSON as a tree, borrowed where it can be.
    fn tree(&self) -> Cow<'_, Tree<'_>>;
}

impl Json for Value {
    fn tree(&self) -> Cow<'_, Tree<'_>> {
        Cow::Owned(Tree::of(self))
    }
}

impl Json for Tree<'_> {
    fn tree(&self) -> Cow<'_, Tree<'_>> {
        Cow::Borrowed(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::ToString;
    use proptest::prelude::*;
    use serde_json::json;

    /// What `Value` reads from `text`, as a tree (owned or borrowed alike compare equal).
    fn as_value(text: &str) -> Tree<'static> {
        let v: Value = serde_json::from_str(text).unwrap();
        fn owned(t: Tree<'_>) -> Tree<'static> {
            match t {
                Tree::Null => Tree::Null,
                Tree::Bool(b) => Tree::Bool(b),
                Tree::Number(n) => Tree::Number(n),
                Tree::String(s) => Tree::String(Cow::Owned(s.into_owned())),
                Tree::Array(items) => Tree::Array(items.into_iter().map(owned).collect()),
                Tree::Object(entries) => Tree::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (Cow::Owned(k.into_owned()), owned(v)))
                        .collect(),
                ),
            }
        }
        owned(Tree::of(&v))
    }

    #[test]
    fn text_reads_as_a_value_reads() {
        for text in [
            r#"{"b": 1, "a": [true, null, -3, 2.5, 1e300, "x\"y", "延边"], "c": {}}"#,
            r#"{"z": 1, "a": 2, "z": 3, "m": {"k": 1, "k": {"j": []}}}"#,
            r#"[18446744073709551615, -9223372036854775808, 18446744073709551616, 0.0, -0]"#,
            r#""\u00e9\ud83d\ude00""#,
            r#"{"\u0061": 1, "a": 2, "b\n": 3}"#,
            r#"{"ab": 1, "": 2, "aB": 3, "a": 4, "é": 5, "Z": 6, "abc": 7, "延": 8, "b": 9}"#,
        ] {
            assert_eq!(Tree::parse(text).unwrap(), as_value(text), "{text}");
        }
    }

    /// Objects past the few entries sorted by insertion (`FEW_ENTRIES`) are sorted through the
    /// crate's one sort, as stably: 25 to 70 keys given out of order, some of them twice, read
    /// as a `Value` reads them (sorted, a repeated key's last value kept).
    #[test]
    fn many_keys_read_as_a_value_reads() {
        for n in [super::FEW_ENTRIES, super::FEW_ENTRIES + 1, 40, 70] {
            let entries: alloc::vec::Vec<alloc::string::String> = (0..n)
                .map(|i| {
                    let key = (i * 37) % (n - 3);
                    format!("\"k{key:03}\": {i}")
                })
                .collect();
            let text = format!("{{{}}}", entries.join(", "));
            assert_eq!(Tree::parse(&text).unwrap(), as_value(&text), "{text}");
        }
    }

    #[test]
    fn keys_are_in_bytewise_order() {
        let keys = [
            "", "a", "aB", "ab", "abc", "b", "Z", "é", "延", "延边", "\u{7f}",
        ];
        for a in keys {
            for b in keys {
                assert_eq!(key_order(a, b), a.cmp(b), "{a:?} {b:?}");
            }
        }
        let text = r#"{"ab": 1, "": 2, "aB": 3, "a": 4, "é": 5, "Z": 6, "abc": 7}"#;
        let t = Tree::parse(text).unwrap();
        for (k, n) in [
            ("ab", 1),
            ("", 2),
            ("aB", 3),
            ("a", 4),
            ("é", 5),
            ("Z", 6),
            ("abc", 7),
        ] {
            assert_eq!(t.get(k), Some(&Tree::Number(Number::PosInt(n))), "{k:?}");
        }
        assert_eq!(t.get("abd"), None);
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let text = r#"{"key": "延边", "esc": "a\nb"}"#;
        let t = Tree::parse(text).unwrap();
        assert!(matches!(
            t.get("key"),
            Some(Tree::String(Cow::Borrowed("延边")))
        ));
        assert!(matches!(t.get("esc"), Some(Tree::String(Cow::Owned(_)))));
        assert_eq!(t.get("missing"), None);
        assert_eq!(t.get("key").and_then(Tree::as_str), Some("延边"));
    }

    #[test]
    fn errors_are_serde_json_s() {
        for text in ["{", "[1,]", "{\"a\" 1}", "nul", "1 2", ""] {
            let ours = Tree::parse(text).unwrap_err().to_string();
            let theirs = serde_json::from_str::<Value>(text).unwrap_err().to_string();
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn a_deep_value_is_cut_where_the_limits_refuse_it() {
        let mut v = json!(1);
        for _ in 0..10_000 {
            v = Value::Array(alloc::vec![v]);
        }
        let t = Tree::of(&v);
        let mut depth = 0;
        let mut at = &t;
        while let Tree::Array(items) = at {
            depth += 1;
            match items.first() {
                Some(next) => at = next,
                None => break,
            }
        }
        assert_eq!(depth, crate::limits::MAX_DEPTH + 1);
        // `Value`'s own drop of 10,000 levels would be deep too; leave it to the OS thread's
        // stack in this test only.
        core::mem::forget(v);
    }

    /// What serde_json alone reads (the way [`Tree::parse`] takes when the quick reader gives
    /// up): the tree, or the error's words.
    fn by_serde(text: &str) -> Result<Tree<'_>, alloc::string::String> {
        serde_json::from_str::<Tree<'_>>(text).map_err(|e| e.to_string())
    }

    /// Both ways read `text` alike: the quick reader gives serde_json's tree when it reads it,
    /// and `Tree::parse` gives serde_json's tree or error, borrowed strings borrowed.
    fn agree(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let theirs = by_serde(text);
        if let Some(ours) = quick::parse(text, false) {
            prop_assert_eq!(Ok(&ours), theirs.as_ref(), "{:?}", text);
            prop_assert!(ours.borrows_alike(theirs.as_ref().unwrap()), "{:?}", text);
        }
        prop_assert_eq!(
            Tree::parse(text).map_err(|e| e.to_string()),
            theirs,
            "{:?}",
            text
        );
        Ok(())
    }

    /// The strict reading of text ([`crate::limits::parse_json_tree`]) gives what
    /// [`crate::limits::parse_json`] gives: the same tree, or the same error; and the quick
    /// reader reads every text that has each key once and that it reads at all.
    fn agree_strictly(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        use crate::error::ErrorCode;
        let slow = crate::limits::parse_json(text, "input", ErrorCode::InvalidInput);
        let fast = crate::limits::parse_json_tree(text, "input", ErrorCode::InvalidInput);
        match (&slow, &fast) {
            (Ok(v), Ok(p)) => prop_assert_eq!(&*p.tree(), &Tree::of(v), "{:?}", text),
            (Err(a), Err(b)) => prop_assert_eq!(a, b, "{:?}", text),
            _ => prop_assert!(false, "{:?}: {:?} against {:?}", text, slow, fast),
        }
        if slow.is_ok() && quick::parse(text, false).is_some() {
            prop_assert!(
                matches!(fast, Ok(crate::limits::Parsed::Tree(_))),
                "{:?}",
                text
            );
        }
        Ok(())
    }

    #[test]
    fn strict_reading_refuses_a_repeated_key_as_parse_json_does() {
        for text in [
            r#"{"a":1,"a":2}"#,
            r#"{"b":{"c":[1,{"d":1,"e":2,"d":3}]}}"#,
            r#"{"asOf":"2019-12-02","issueDate":"2019-06-01","asOf":"2019-12-03"}"#,
        ] {
            assert!(Tree::parse_unique(text).is_none(), "{text:?}");
            assert!(Tree::parse(text).is_ok(), "{text:?}");
            agree_strictly(text).unwrap();
        }
        // Read quickly: each key once, in any order.
        let text = r#"{"issueDate":"2019-06-01","asOf":"2019-12-02"}"#;
        assert_eq!(Tree::parse_unique(text), Some(as_value(text)));
        // A byte-order mark, a string past the limits, nesting past them: parse_json's errors.
        let long = format!(
            "{{\"a\":\"{}\"}}",
            "x".repeat(crate::limits::MAX_STRING_BYTES + 1)
        );
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        for text in [
            "\u{feff}{\"a\":1}",
            long.as_str(),
            deep.as_str(),
            "",
            "{\"a\":1e400}",
        ] {
            agree_strictly(text).unwrap();
        }
    }

    #[test]
    fn the_quick_reader_reads_what_json_stringify_writes() {
        // What the package sends for a stateless art-14.d call: read without serde_json.
        let text = r#"{"register":{"issueDate":"2019-06-01","zones":[{"id":"Z0001","nameZh":"合成开发区1","level":"PROVINCIAL","type":"ECON_DEV_ZONE","countyId":"CTY.YANJI","status":"ACTIVE","managingAuthority":"COUNTY"}],"assessments":[{"zoneId":"Z0001","year":2021,"populationSize":88,"rank":40},{"zoneId":"Z0001","year":2022,"populationSize":88,"rank":85}]},"zoneId":"Z0001","year":2022}"#;
        let tree = quick::parse(text, false).unwrap();
        assert_eq!(tree, as_value(text));
        assert!(quick::parse(" [ ] ", false).is_some());
        assert!(quick::parse("{ }", false).is_some());
        assert!(quick::parse("-9223372036854775807", false).is_some());
        // Nesting: 63 levels read, 64 left to serde_json (valid text either way).
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(quick::parse(&nested(63), false).is_some());
        assert!(quick::parse(&nested(64), false).is_none());
        // Left to serde_json: floats, `-0`, escapes, control characters, integers past 64 bits,
        // errors of syntax.
        for text in [
            "2.5",
            "1e3",
            "-0",
            r#""a\nb""#,
            "18446744073709551616",
            "-9223372036854775808",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "\"\u{1}\"",
        ] {
            assert!(quick::parse(text, false).is_none(), "{text:?}");
        }
    }

    #[test]
    fn both_ways_agree_at_the_edges() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let mut texts: alloc::vec::Vec<alloc::string::String> = [
            "",
            " ",
            "0",
            "-",
            "-0",
            "-1",
            "00",
            "01",
            "1.",
            ".5",
            "1e",
            "1E+2",
            "-1.5e-3",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775807",
            "-9223372036854775808",
            "-9223372036854775809",
            "true",
            "tru",
            "truex",
            "nul",
            "null null",
            "[1 2]",
            "[1,,2]",
            "[,]",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\" :1 , \"b\":[ ] }",
            "{a:1}",
            "{\"a\":1,\"a\":2}",
            "\"\\u00e9\"",
            "\"\\x\"",
            "\"\t\"",
            "\"\u{7f}\"",
            "\"延边\"",
            "\"unterminated",
            "[\"a\" \"b\"]",
            " \t\n\r1\r\n",
            "1\u{a0}",
            "\u{feff}1",
            "[]]",
            "{}}",
            "[[[]]]",
            "{\"\":{}}",
        ]
        .iter()
        .map(|t| alloc::string::String::from(*t))
        .collect();
        texts.extend([
            deep(63),
            deep(64),
            deep(65),
            deep(127),
            deep(128),
            deep(129),
        ]);
        for text in &texts {
            agree(text).unwrap();
        }
    }

    fn json_texts() -> impl Strategy<Value = alloc::string::String> {
        let blank = "[ \t\n\r]{0,2}";
        let leaf = prop_oneof![
            Just(alloc::string::String::from("null")),
            Just(alloc::string::String::from("-0")),
            any::<bool>().prop_map(|b| b.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            any::<i64>().prop_map(|n| n.to_string()),
            (0u8..4, any::<u32>()).prop_map(|(k, n)| match k {
                0 => format!("{n}.5"),
                1 => format!("{n}e3"),
                2 => format!("-{n}"),
                _ => format!("0{n}"),
            }),
            "\"([a-zA-Z0-9 _.-]|延|边|é|\\\\[nt\"/\\\\]|\\\\u00[0-9a-f]{2}){0,8}\"",
        ];
        leaf.prop_recursive(5, 48, 6, move |inner| {
            prop_oneof![
                prop::collection::vec((blank, inner.clone(), blank), 0..6).prop_map(|items| {
                    let items: alloc::vec::Vec<_> = items
                        .into_iter()
                        .map(|(a, v, b)| format!("{a}{v}{b}"))
                        .collect();
                    format!("[{}]", items.join(","))
                }),
                prop::collection::vec(("[a-cé]{0,2}", blank, inner), 0..6).prop_map(|entries| {
                    let entries: alloc::vec::Vec<_> = entries
                        .into_iter()
                        .map(|(k, b, v)| format!("\"{k}\"{b}:{b}{v}"))
                        .collect();
                    format!("{{{}}}", entries.join(","))
                }),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

        #[test]
        fn the_quick_reader_reads_as_serde_json(text in json_texts()) {
            agree(&text)?;
            agree_strictly(&text)?;
        }

        /// Text broken in one place: a byte cut out, or one put in.
        #[test]
        fn broken_text_reads_as_serde_json(
            text in json_texts(),
            at in any::<prop::sample::Index>(),
            byte in prop::sample::select(&b"{}[],:\"\\ 0-.eE+1tn"[..]),
            cut in any::<bool>(),
        ) {
            let mut bytes = text.into_bytes();
            let i = at.index(bytes.len() + 1);
            if cut && i < bytes.len() {
                bytes.remove(i);
            } else {
                bytes.insert(i, byte);
            }
            if let Ok(text) = alloc::string::String::from_utf8(bytes) {
                agree(&text)?;
                agree_strictly(&text)?;
            }
        }
    }

    #[test]
    fn numbers_show_as_serde_json_writes_them() {
        for text in [
            "0",
            "7",
            "-7",
            "2.5",
            "1e300",
            "-0.0",
            "18446744073709551616",
        ] {
            let Tree::Number(n) = Tree::parse(text).unwrap() else {
                panic!("{text}");
            };
            let v: Value = serde_json::from_str(text).unwrap();
            assert_eq!(n.to_string(), v.to_string(), "{text}");
        }
    }
}
