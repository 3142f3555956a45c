//! A view of a `serde_json::Value` as a deserializer that reads structs from JSON objects only.
//!
//! serde's derived `Deserialize` for a struct also accepts a sequence and fills the fields by
//! position, so `["2019-06-01", "2019-12-02"]` would be read as `{issueDate, asOf}`. At this
//! boundary that is a silent misreading; [`Strict`] rejects it with the usual
//! ``invalid type: sequence, expected …`` message, at every depth. Everything else behaves as
//! `&serde_json::Value` does.
//!
//! It also records where the first error happened ([`Track`]), so a message can name the field
//! path (`meetings[1].date`). Doing this here, in the one deserializer the boundary uses, keeps
//! the wasm module small: a generic path-tracking wrapper around every type's `Deserialize` cost
//! about a sixth of the module.

use alloc::string::String;
use core::cell::RefCell;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::{Error, Value};

/// Where the first error was found, as a path below the root (`meetings[1].date`), if below it.
#[derive(Default)]
pub(crate) struct Track(RefCell<Option<String>>);

impl Track {
    fn note(&self, at: &Seg<'_>) {
        let mut slot = self.0.borrow_mut();
        if slot.is_none() {
            let mut path = String::new();
            at.render(&mut path);
            *slot = Some(path);
        }
    }

    /// The path of the first error, `None` when it was at the root.
    pub(crate) fn path(self) -> Option<String> {
        self.0.into_inner()
    }
}

/// A position in the document: the root, a key of an object, or an index of an array.
#[derive(Clone, Copy)]
enum Seg<'p> {
    Root,
    Key(&'p Seg<'p>, &'p str),
    Index(&'p Seg<'p>, usize),
}

impl Seg<'_> {
    fn render(&self, out: &mut String) {
        match self {
            Seg::Root => {}
            Seg::Key(parent, key) => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Seg::Index(parent, i) => {
                use core::fmt::Write;
                parent.render(out);
                let _ = write!(out, "[{i}]");
            }
        }
    }
}

/// `&Value` with structs read from objects only, recording error paths in a [`Track`].
pub(crate) struct Strict<'de, 'p> {
    value: &'de Value,
    at: Seg<'p>,
    track: &'p Track,
}

impl<'de, 'p> Strict<'de, 'p> {
    /// The root of a document.
    pub(crate) fn root(value: &'de Value, track: &'p Track) -> Self {
        Self {
            value,
            at: Seg::Root,
            track,
        }
    }
}

impl<'de> Deserializer<'de> for Strict<'de, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(items) => visitor.visit_seq(Seq {
                items: items.iter().enumerate(),
                at: self.at,
                track: self.track,
            }),
            Value::Object(map) => visitor.visit_map(Map {
                entries: map.iter(),
                current: None,
                at: self.at,
                track: self.track,
            }),
            // The scalars as `&Value::deserialize_any` visits them, without instantiating its
            // array and object paths for every visitor (Strict handles those above): the same
            // calls and messages, a fraction of the wasm module.
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => n.deserialize_any(visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(_) => Err(de::Error::invalid_type(Unexpected::Seq, &visitor)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.value.deserialize_enum(name, variants, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

struct Seq<'de, 'p> {
    items: core::iter::Enumerate<core::slice::Iter<'de, Value>>,
    at: Seg<'p>,
    track: &'p Track,
}

impl<'de> SeqAccess<'de> for Seq<'de, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some((i, value)) = self.items.next() else {
            return Ok(None);
        };
        let at = Seg::Index(&self.at, i);
        let track = self.track;
        seed.deserialize(Strict { value, at, track })
            .map(Some)
            .inspect_err(|_| track.note(&at))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map<'de, 'p> {
    entries: serde_json::map::Iter<'de>,
    current: Option<(&'de str, &'de Value)>,
    at: Seg<'p>,
    track: &'p Track,
}

impl<'de> MapAccess<'de> for Map<'de, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.current = Some((key.as_str(), value));
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
            // An unknown field is reported at its own path, as the key it is.
            .inspect_err(|_| self.track.note(&Seg::Key(&self.at, key)))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((key, value)) = self.current.take() else {
            return Err(de::Error::custom("value is missing"));
        };
        let at = Seg::Key(&self.at, key);
        let track = self.track;
        seed.deserialize(Strict { value, at, track })
            .inspect_err(|_| track.note(&at))
    }
}
