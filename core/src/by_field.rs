//! A struct decoded field by field into a value made first from its defaults, through one
//! `match` of setters, instead of serde's derived visitor.
//!
//! The derived visitor of a struct keeps an `Option` of each field, checks each for a duplicate
//! and, at the end, takes each out or falls back on the default: for `Params` (64 fields) that
//! was ~18 KB of the wasm module's code, the largest single decoder in it. A [`ByField`] type
//! says its field names in serde's order and how to set the field at a place; [`deserialize`]
//! does the rest, with the same calls to the deserializer and the same errors as the derive
//! (`unknown_field` with the field list, `duplicate_field`, the type's `expecting` text), so
//! [`crate::strict::Strict`] tells the keys by place and the error vectors read the same.
//!
//! Only for structs that deny unknown fields and take every missing field from their
//! `Default` (`#[serde(deny_unknown_fields, default)]`). Unlike the derive, a sequence is not
//! read as the struct's fields by position (the boundary's [`crate::strict::Strict`] refuses
//! that for every struct anyway).

use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// A struct read by [`deserialize`].
pub(crate) trait ByField: Default {
    /// The struct's name, as the derive gives it to `deserialize_struct`.
    const NAME: &'static str;
    /// The fields' names as they are written (after `rename_all`), in the struct's order: a
    /// field's place here is the `field` [`ByField::set`] is given.
    const FIELDS: &'static [&'static str];
    /// What the struct is, for an error's "expected …" (`#[serde(expecting = …)]`).
    const EXPECTING: &'static str;
    /// Decodes the field at place `field` of [`ByField::FIELDS`] from `d` into `self`.
    ///
    /// # Errors
    /// The field's own decoding error.
    fn set<'de, D: Deserializer<'de>>(&mut self, field: usize, d: D) -> Result<(), D::Error>;
}

/// Decodes a [`ByField`] struct from `d`.
///
/// # Errors
/// `d`'s error for a value that is not an object, an unknown or repeated key, or a field's
/// value that its type refuses.
pub(crate) fn deserialize<'de, T: ByField, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    const {
        assert!(
            T::FIELDS.len() <= SEEN,
            "more fields than `Fields` keeps track of"
        )
    };
    d.deserialize_struct(T::NAME, T::FIELDS, Fields::<T>(PhantomData))
}

/// The most fields a [`ByField`] struct may have.
const SEEN: usize = 128;

/// The struct's visitor.
struct Fields<T>(PhantomData<T>);

impl<'de, T: ByField> Visitor<'de> for Fields<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::default();
        // Which fields were set, to refuse a key given twice as the derive does.
        let mut seen = [false; SEEN];
        while let Some(place) = map.next_key_seed(Key(T::FIELDS))? {
            match seen.get_mut(place) {
                Some(s) if !*s => *s = true,
                _ => {
                    return Err(de::Error::duplicate_field(
                        T::FIELDS.get(place).copied().unwrap_or_default(),
                    ))
                }
            }
            map.next_value_seed(Set {
                value: &mut value,
                place,
            })?;
        }
        Ok(value)
    }
}

/// A key, read as its place in the struct's field list (as the derive's field visitor reads
/// it: by place or by name; an unknown name refused with the list).
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        usize::try_from(v)
            .ok()
            .filter(|i| *i < self.0.len())
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|f| *f == v)
            .ok_or_else(|| E::unknown_field(v, self.0))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<usize, E> {
        match core::str::from_utf8(v) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(E::unknown_field(
                &alloc::string::String::from_utf8_lossy(v),
                self.0,
            )),
        }
    }
}

/// A field's value, set in place.
struct Set<'a, T> {
    value: &'a mut T,
    place: usize,
}

impl<'de, T: ByField> DeserializeSeed<'de> for Set<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.value.set(self.place, d)
    }
}
