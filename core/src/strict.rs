//! A view of a [`Tree`] as a deserializer that reads structs from JSON objects only.
//!
//! serde's derived `Deserialize` for a struct also accepts a sequence and fills the fields by
//! position, so `["2019-06-01", "2019-12-02"]` would be read as `{issueDate, asOf}`. At this
//! boundary that is a silent misreading; [`Strict`] rejects it with the usual
//! ``invalid type: sequence, expected …`` message, at every depth. Everything else behaves as
//! `&serde_json::Value` does (a [`Tree`] reads as a `Value`).
//!
//! It also records where the first error happened ([`Track`]), so a message can name the field
//! path (`meetings[1].date`). Doing this here, in the one deserializer the boundary uses, keeps
//! the wasm module small: a generic path-tracking wrapper around every type's `Deserialize` cost
//! about a sixth of the module.

use crate::tree::{Number, Tree};
use alloc::string::String;
use core::cell::RefCell;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};

use crate::error::{expectation, name_list, Complaint, Problem, Text};

/// Where the first error was found, as a path below the root (`meetings[1].date`), if below it.
#[derive(Default)]
pub(crate) struct Track {
    path: RefCell<Option<String>>,
    /// Whether a struct's keys are told to its visitor by their place ([`Fields`]) rather than
    /// by name in a native build: in this module's tests ([`Track::by_place`]). The wasm module
    /// always reads them by place (its decoders are smaller so); native builds by name: a name
    /// matched by the derived visitor is a few integer comparisons there (LLVM turns a
    /// comparison with a short constant into loads), where a look-up in the field list compares
    /// texts, and art-14.d's answer took 4.3 % more instructions, art-18.c's 0.9 % more
    /// (callgrind, `prof_eval`).
    #[cfg(all(test, not(target_arch = "wasm32")))]
    by_place: bool,
}

impl Track {
    /// Notes `at` as the error's path unless one is noted already. Never inlined: every
    /// field's and item's error path calls it (inlined, its copies were a large part of the
    /// decoders, `Params`' alone 45).
    #[inline(never)]
    #[cold]
    fn note(&self, at: &Seg<'_>) {
        let mut slot = self.path.borrow_mut();
        if slot.is_none() {
            let mut path = String::new();
            at.render(&mut path);
            *slot = Some(path);
        }
    }

    /// The path of the first error, `None` when it was at the root.
    pub(crate) fn path(self) -> Option<String> {
        self.path.into_inner()
    }

    /// A track whose document's structs are read by place ([`Fields`]) in native builds too.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    fn by_place() -> Self {
        Self {
            path: RefCell::default(),
            by_place: true,
        }
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

/// `&Tree` with structs read from objects only, recording error paths in a [`Track`].
pub(crate) struct Strict<'de, 'p> {
    value: &'de Tree<'de>,
    at: Seg<'p>,
    track: &'p Track,
}

impl<'de, 'p> Strict<'de, 'p> {
    /// The root of a document.
    pub(crate) fn root(value: &'de Tree<'de>, track: &'p Track) -> Self {
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
            Tree::Array(items) => visitor.visit_seq(Seq {
                items: items.iter().enumerate(),
                at: self.at,
                track: self.track,
            }),
            Tree::Object(map) => visitor.visit_map(Map {
                entries: map.iter(),
                current: None,
                at: self.at,
                track: self.track,
            }),
            // The scalars as `&Value::deserialize_any` visits them, without instantiating its
            // array and object paths for every visitor (Strict handles those above): the same
            // calls and messages, a fraction of the wasm module.
            Tree::Null => visitor.visit_unit(),
            Tree::Bool(b) => visitor.visit_bool(*b),
            Tree::Number(Number::PosInt(u)) => visitor.visit_u64(*u),
            Tree::Number(Number::NegInt(i)) => visitor.visit_i64(*i),
            Tree::Number(Number::Float(f)) => visitor.visit_f64(*f),
            Tree::String(s) => visitor.visit_borrowed_str(s),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            // Straight to `visit_map`, not through `deserialize_any`: a struct's `visit_seq`
            // (serde's positional reading, which this deserializer refuses) is then never
            // called, so it is left out of the module. Its keys are told by their place in
            // `fields` ([`Fields`]).
            Tree::Object(map) => {
                let map = Map {
                    entries: map.iter(),
                    current: None,
                    at: self.at,
                    track: self.track,
                };
                visit_struct(visitor, map, fields)
            }
            other => Err(not_an_object(fields, other)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Tree::Null => visitor.visit_none(),
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
        let _ = name;
        match self.value {
            Tree::String(s) => visitor.visit_enum(BorrowedStrDeserializer::new(s)),
            other => Err(not_a_variant(variants, other)),
        }
    }

    // A list, a text or a truth value asked for: visited only as that, anything else refused
    // as the visitor's own default refuses it (`wrong_type`, one copy), rather than through
    // `deserialize_any`'s eight visits for every visitor type (each `Vec<T>`'s among them).
    // The visitors asked so override only the visit of their own kind (serde's for `Vec`,
    // `String` and `bool`; the core's dates and amounts), so the answer is the same.
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Tree::Array(items) => visitor.visit_seq(Seq {
                items: items.iter().enumerate(),
                at: self.at,
                track: self.track,
            }),
            other => Err(wrong_type(other, &visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Tree::String(s) => visitor.visit_borrowed_str(s),
            other => Err(wrong_type(other, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Tree::Bool(b) => visitor.visit_bool(*b),
            other => Err(wrong_type(other, &visitor)),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct map identifier ignored_any
    }
}

/// What a visitor's default visit of `got` answers: the wrong type, `got` shown as serde shows
/// it (`Unexpected`). One copy for every visitor.
#[inline(never)]
#[cold]
fn wrong_type(got: &Tree<'_>, expected: &dyn de::Expected) -> Error {
    let unexpected = match got {
        Tree::Null => Unexpected::Unit,
        Tree::Bool(b) => Unexpected::Bool(*b),
        Tree::Number(Number::PosInt(u)) => Unexpected::Unsigned(*u),
        Tree::Number(Number::NegInt(i)) => Unexpected::Signed(*i),
        Tree::Number(Number::Float(f)) => Unexpected::Float(*f),
        Tree::String(s) => Unexpected::Str(s),
        Tree::Array(_) => Unexpected::Seq,
        Tree::Object(_) => Unexpected::Map,
    };
    de::Error::invalid_type(unexpected, expected)
}

/// A struct's object to its visitor, its keys told by their place ([`Fields`]): the wasm
/// module's way.
#[cfg(target_arch = "wasm32")]
fn visit_struct<'de, V: Visitor<'de>>(
    visitor: V,
    map: Map<'de, '_>,
    fields: &'static [&'static str],
) -> Result<V::Value, Error> {
    visitor.visit_map(Fields {
        map,
        fields,
        next: 0,
    })
}

/// A struct's object to its visitor, its keys told by name, as serde's derive reads them
/// ([`Track`] says why), or by their place in this module's tests.
#[cfg(not(target_arch = "wasm32"))]
fn visit_struct<'de, V: Visitor<'de>>(
    visitor: V,
    map: Map<'de, '_>,
    fields: &'static [&'static str],
) -> Result<V::Value, Error> {
    #[cfg(test)]
    if map.track.by_place {
        return visitor.visit_map(Fields {
            map,
            fields,
            next: 0,
        });
    }
    let _ = fields;
    visitor.visit_map(map)
}

/// A struct's value that is no object (one copy, not one per struct).
#[inline(never)]
#[cold]
fn not_an_object(fields: &'static [&'static str], got: &Tree<'_>) -> Error {
    Error::new(Problem::WrongType)
        .expected(object_of(fields))
        .got(shown(got))
}

/// An enum's value that is no string (one copy, not one per enum).
#[inline(never)]
#[cold]
fn not_a_variant(variants: &'static [&'static str], got: &Tree<'_>) -> Error {
    Error::new(Problem::WrongType)
        .expected(expectation(&alloc::format!(
            "one of {}",
            name_list(variants)
        )))
        .got(shown(got))
}

struct Seq<'de, 'p> {
    items: core::iter::Enumerate<core::slice::Iter<'de, Tree<'de>>>,
    at: Seg<'p>,
    track: &'p Track,
}

impl<'de> SeqAccess<'de> for Seq<'de, '_> {
    type Error = Error;

    // Called, not inlined, in the wasm module: one copy per field type rather than one per
    // field of every struct's visitor. Native builds inline it (a call per field was +3 % on
    // art-18.c's `api::evaluate`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
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
    entries: core::slice::Iter<'de, (alloc::borrow::Cow<'de, str>, Tree<'de>)>,
    current: Option<(&'de str, &'de Tree<'de>)>,
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
        let key: &'de str = key;
        self.current = Some((key, value));
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
            // An unknown field is reported at its own path, as the key it is.
            .inspect_err(|_| self.track.note(&Seg::Key(&self.at, key)))
    }

    // As `next_element_seed`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((key, value)) = self.current.take() else {
            return Err(Error::new(Problem::MissingField));
        };
        let at = Seg::Key(&self.at, key);
        let track = self.track;
        seed.deserialize(Strict { value, at, track })
            .inspect_err(|_| track.note(&at))
    }
}

/// A struct's object: its entries as [`Map`]'s, each key told to the struct's field visitor by
/// its place in the struct's `fields` (`visit_u64`), which serde's derive reads as it reads the
/// name, and a key not among them refused here as the derived visitor refuses it
/// (`unknown_field`, the same error). So the derived visitors' matching of names
/// (`visit_str`, a comparison per field in every struct's decoder) is never called and is left
/// out of the module; one look-up ([`field_index`]) serves every struct. Every struct read at
/// the boundary denies unknown fields (the derives say `deny_unknown_fields`; a struct that did
/// not would now refuse them too) and has no `alias` or `flatten`, whose keys only a name tells.
#[cfg(any(target_arch = "wasm32", test))]
struct Fields<'de, 'p> {
    map: Map<'de, 'p>,
    fields: &'static [&'static str],
    /// Where the next key is looked for first: after the last one found (keys mostly come in
    /// the struct's own order, each then found at the first comparison).
    next: usize,
}

#[cfg(any(target_arch = "wasm32", test))]
impl<'de> MapAccess<'de> for Fields<'de, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.map.entries.next() else {
            return Ok(None);
        };
        let key: &'de str = key;
        self.map.current = Some((key, value));
        let place = field_index(self.fields, key, self.next);
        if let Some(i) = place {
            self.next = i + 1;
        }
        seed.deserialize(FieldKey {
            key,
            place,
            fields: self.fields,
        })
        .map(Some)
        // An unknown field is reported at its own path, as the key it is.
        .inspect_err(|_| self.map.track.note(&Seg::Key(&self.map.at, key)))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.map.next_value_seed(seed)
    }
}

/// A struct's key ([`Fields`]): to a field visitor (`deserialize_identifier`), its place in
/// `fields`, or the unknown field's error; to anything else, the key as a string.
#[cfg(any(target_arch = "wasm32", test))]
struct FieldKey<'de> {
    key: &'de str,
    /// Its place in `fields`, if there.
    place: Option<usize>,
    fields: &'static [&'static str],
}

#[cfg(any(target_arch = "wasm32", test))]
impl<'de> Deserializer<'de> for FieldKey<'de> {
    type Error = Error;

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.place.and_then(|i| u64::try_from(i).ok()) {
            Some(i) => visitor.visit_u64(i),
            None => Err(de::Error::unknown_field(self.key, self.fields)),
        }
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(self.key)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        ignored_any
    }
}

/// The place of `key` in a struct's `fields`, as serde's derive numbers them (its `visit_u64`),
/// looked for from `from` on and then before it. One copy for every struct.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
pub(crate) fn field_index(fields: &[&str], key: &str, from: usize) -> Option<usize> {
    let (before, after) = fields.split_at(from.min(fields.len()));
    match after.iter().position(|f| *f == key) {
        Some(i) => Some(from + i),
        None => before.iter().position(|f| *f == key),
    }
}

/// The error of [`Strict`]: serde's kinds of error (wrong type, missing field, …) and the core's
/// own [`Complaint`]s, kept as data so the boundary can say them in any language. Boxed: every
/// decoder returns `Result<T, Error>`, and a [`Fault`] inline (about 270 bytes of texts) made
/// each of those results as large, moved at each step of every decoder, happy paths included
/// (and written out at every error site: a sixth of `Params`' decoder in the wasm module).
#[derive(Debug)]
pub(crate) struct Error(alloc::boxed::Box<Fault>);

impl core::ops::Deref for Error {
    type Target = Fault;
    fn deref(&self) -> &Fault {
        &self.0
    }
}

impl core::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut Fault {
        &mut self.0
    }
}

/// What an [`Error`] says.
#[derive(Debug)]
pub(crate) struct Fault {
    pub problem: Problem,
    pub detail: Option<Text>,
    pub expected: Option<Text>,
    pub got: Option<String>,
    /// The missing or repeated field, below the path where the error was noted.
    pub field: Option<&'static str>,
    /// A hint (the nearest field name for an unknown one).
    pub help: Option<Text>,
}

impl Error {
    fn new(problem: Problem) -> Self {
        Self(alloc::boxed::Box::new(Fault {
            problem,
            detail: None,
            expected: None,
            got: None,
            field: None,
            help: None,
        }))
    }

    /// What it says.
    pub(crate) fn into_fault(self) -> Fault {
        *self.0
    }

    fn expected(mut self, t: Text) -> Self {
        self.expected = Some(t);
        self
    }

    fn got(mut self, g: String) -> Self {
        self.got = Some(g);
        self
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.problem.label(crate::words::Lang::En))?;
        if let Some(d) = &self.detail {
            write!(f, ": {}", d.en)?;
        }
        if let Some(e) = &self.expected {
            write!(f, "; expected {}", e.en)?;
        }
        if let Some(g) = &self.got {
            write!(f, "; got {g}")?;
        }
        Ok(())
    }
}

impl core::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: core::fmt::Display>(msg: T) -> Self {
        let tagged = alloc::format!("{msg:#}");
        match Complaint::read(&tagged) {
            Some(c) => Self(alloc::boxed::Box::new(Fault {
                problem: c.problem,
                detail: Some(c.detail),
                expected: c.expected,
                got: c.got,
                field: None,
                help: None,
            })),
            None => {
                let mut e = Self::new(Problem::InvalidValue);
                e.detail = Some(Text::same(tagged));
                e
            }
        }
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::new(Problem::WrongType)
            .expected(expectation(&alloc::format!("{exp}")))
            .got(unexpected(&unexp))
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Self::new(Problem::InvalidValue)
            .expected(expectation(&alloc::format!("{exp}")))
            .got(unexpected(&unexp))
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        Self::new(Problem::InvalidValue)
            .expected(expectation(&alloc::format!("{exp}")))
            .got(alloc::format!("[{len}]"))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::new(Problem::UnknownValue)
            .expected(expectation(&alloc::format!(
                "one of {}",
                name_list(expected)
            )))
            .got(json_string(variant))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let mut e = Self::new(Problem::UnknownField).got(json_string(field));
        if expected.len() <= 12 {
            e.expected = Some(if expected.is_empty() {
                text!(zh: "没有字段", ko: "항목 없음", en: "no fields")
            } else {
                expectation(&alloc::format!("one of {}", name_list(expected)))
            });
        }
        if let Some(near) = nearest(field, expected) {
            e.help = Some(text!(
                zh: "是否应为 `{near}`?",
                ko: "`{near}`의 오타가 아닙니까?",
                en: "did you mean `{near}`?"
            ));
        }
        e
    }

    fn missing_field(field: &'static str) -> Self {
        let mut e = Self::new(Problem::MissingField);
        e.field = Some(field);
        e
    }

    fn duplicate_field(field: &'static str) -> Self {
        let mut e = Self::new(Problem::DuplicateField);
        e.field = Some(field);
        e
    }
}

/// What an object of a struct with `fields` is, in the three languages.
fn object_of(fields: &[&str]) -> Text {
    // Past a handful the list hides the point (the schema has them all).
    if fields.len() > 6 || fields.is_empty() {
        return text!(zh: "JSON 对象 {{…}}", ko: "JSON 객체 {{…}}", en: "a JSON object {{…}}");
    }
    let list = name_list(fields);
    text!(
        zh: "JSON 对象 {{…}},字段:{list}",
        ko: "JSON 객체 {{…}}, 항목: {list}",
        en: "a JSON object {{…}} with the fields {list}"
    )
}

/// A JSON value as the message shows what was given: scalars as written, arrays and objects
/// elided.
pub(crate) fn shown(v: &Tree<'_>) -> String {
    match v {
        Tree::Array(_) => "[…]".into(),
        Tree::Object(_) => "{…}".into(),
        Tree::String(s) => json_string(s),
        Tree::Null => "null".into(),
        Tree::Bool(b) => alloc::format!("{b}"),
        Tree::Number(n) => alloc::format!("{n}"),
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn unexpected(u: &Unexpected<'_>) -> String {
    match u {
        Unexpected::Bool(b) => alloc::format!("{b}"),
        Unexpected::Unsigned(n) => alloc::format!("{n}"),
        Unexpected::Signed(n) => alloc::format!("{n}"),
        Unexpected::Float(x) => crate::num::float_text(*x),
        Unexpected::Char(c) => json_string(&alloc::format!("{c}")),
        Unexpected::Str(s) => json_string(s),
        Unexpected::Unit | Unexpected::Option => "null".into(),
        Unexpected::Seq => "[…]".into(),
        Unexpected::Map => "{…}".into(),
        // serde's words (its `Display` of `Unexpected` would bring float formatting along).
        Unexpected::Bytes(_) => "byte array".into(),
        Unexpected::NewtypeStruct => "newtype struct".into(),
        Unexpected::Enum => "enum".into(),
        Unexpected::UnitVariant => "unit variant".into(),
        Unexpected::NewtypeVariant => "newtype variant".into(),
        Unexpected::TupleVariant => "tuple variant".into(),
        Unexpected::StructVariant => "struct variant".into(),
        Unexpected::Other(other) => (*other).into(),
    }
}

/// The field name nearest to `field` (a prefix, or within an edit distance of a third of its
/// length), if any.
fn nearest(field: &str, names: &[&'static str]) -> Option<&'static str> {
    if field.is_empty() {
        return None;
    }
    if let Some(n) = names.iter().find(|n| n.starts_with(field)) {
        return Some(n);
    }
    names
        .iter()
        .map(|n| (crate::words::edit_distance(field, n), *n))
        .min()
        .filter(|(d, _)| *d <= (field.chars().count() / 3).max(1))
        .map(|(_, n)| n)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::unwrap_used, reason = "test")]
mod tests {
    use super::{Strict, Track};
    use crate::error::Problem;
    use crate::tree::Tree;
    use alloc::string::String;
    use alloc::vec::Vec;
    use serde::de::DeserializeOwned;
    use serde::Deserialize;

    /// Renamed fields, a skipped one (which serde's derive leaves out of both its field list
    /// and its numbering), optional ones and a nested struct: what [`super::Fields`] tells by
    /// number.
    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    struct Sample {
        first_name: String,
        #[serde(skip_deserializing)]
        skipped: u8,
        #[serde(default)]
        count: Option<u32>,
        last_one: bool,
        inner: Option<Inner>,
        tail: Vec<i64>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        a: i64,
        b: Vec<String>,
    }

    /// `text` read by [`Strict`]: the value, or the error's problem and path.
    fn strict<T: DeserializeOwned>(text: &str) -> Result<T, (Problem, Option<String>)> {
        let tree = Tree::parse(text).unwrap();
        let track = Track::by_place();
        let read = T::deserialize(Strict::root(&tree, &track));
        read.map_err(|e| (e.into_fault().problem, track.path()))
    }

    /// Fields told by their place read as serde's derive reads them by name (serde_json's
    /// deserializer), in any order of the keys.
    #[test]
    fn fields_told_by_number_read_as_by_name() {
        let entries = [
            r#""firstName": "Z""#,
            r#""count": 3"#,
            r#""lastOne": true"#,
            r#""inner": {"b": ["x", "y"], "a": -4}"#,
            r#""tail": [1, 2]"#,
        ];
        // Every rotation, each also reversed, and with `count` left out.
        for start in 0..entries.len() {
            let mut order: Vec<&str> = entries[start..]
                .iter()
                .chain(&entries[..start])
                .copied()
                .collect();
            for _ in 0..2 {
                for without_count in [false, true] {
                    let kept: Vec<&str> = order
                        .iter()
                        .copied()
                        .filter(|e| !(without_count && e.starts_with(r#""count""#)))
                        .collect();
                    let text = alloc::format!("{{{}}}", kept.join(", "));
                    let by_name: Sample = serde_json::from_str(&text).unwrap();
                    assert_eq!(strict::<Sample>(&text).unwrap(), by_name, "{text}");
                }
                order.reverse();
            }
        }
    }

    /// A key that is no field, at any depth, and the skipped field's name: refused as unknown
    /// at its own path, as by name; a missing field is still missing.
    #[test]
    fn unknown_keys_are_refused_at_their_path() {
        let base = r#""firstName": "Z", "lastOne": false, "tail": []"#;
        for (extra, path) in [
            (r#""nope": 1"#, "nope"),
            (r#""skipped": 1"#, "skipped"),
            (r#""first_name": "Z""#, "first_name"),
            (r#""inner": {"a": 1, "b": [], "c": 2}"#, "inner.c"),
        ] {
            let text = alloc::format!("{{{base}, {extra}}}");
            assert!(serde_json::from_str::<Sample>(&text).is_err(), "{text}");
            assert_eq!(
                strict::<Sample>(&text).unwrap_err(),
                (Problem::UnknownField, Some(String::from(path))),
                "{text}"
            );
        }
        let missing = r#"{"firstName": "Z", "inner": null, "tail": []}"#;
        assert_eq!(
            strict::<Sample>(missing).unwrap_err().0,
            Problem::MissingField
        );
    }

    /// [`Strict`] with every request visited as `deserialize_any` visits it: how lists, texts
    /// and truth values were read before they were asked for by kind.
    struct AnyOnly<'de, 'p>(Strict<'de, 'p>);

    impl<'de> serde::Deserializer<'de> for AnyOnly<'de, '_> {
        type Error = super::Error;

        fn deserialize_any<V: serde::de::Visitor<'de>>(
            self,
            visitor: V,
        ) -> Result<V::Value, super::Error> {
            serde::Deserializer::deserialize_any(self.0, visitor)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map struct
            enum identifier ignored_any
        }
    }

    /// What a read gave: the value's debug form, or the error's problem, expectation and value.
    fn outcome<T: DeserializeOwned + core::fmt::Debug>(text: &str, any: bool) -> String {
        let tree = Tree::parse(text).unwrap();
        let track = Track::default();
        let strict = Strict::root(&tree, &track);
        let read = if any {
            T::deserialize(AnyOnly(strict))
        } else {
            T::deserialize(strict)
        };
        match read {
            Ok(v) => alloc::format!("{v:?}"),
            Err(e) => {
                let f = e.into_fault();
                alloc::format!("{:?} {:?} {:?}", f.problem, f.expected.map(|t| t.en), f.got)
            }
        }
    }

    /// A list, a text or a truth value asked for by kind reads every JSON value as
    /// `deserialize_any` read it: the same value, or the same wrong type with the same words
    /// (`wrong_type` stands for each visitor's own refusal).
    #[test]
    fn kinds_asked_for_read_as_any_did() {
        for text in [
            "null", "true", "7", "-7", "1.5", r#""x""#, "{}", "[1, 2]", "[]",
        ] {
            assert_eq!(
                outcome::<Vec<i64>>(text, false),
                outcome::<Vec<i64>>(text, true),
                "{text}"
            );
            assert_eq!(
                outcome::<String>(text, false),
                outcome::<String>(text, true),
                "{text}"
            );
            assert_eq!(
                outcome::<bool>(text, false),
                outcome::<bool>(text, true),
                "{text}"
            );
            assert_eq!(
                outcome::<crate::dates::IsoDate>(text, false),
                outcome::<crate::dates::IsoDate>(text, true),
                "{text}"
            );
        }
        assert_eq!(outcome::<Vec<i64>>("[1, 2]", false), "[1, 2]");
        assert!(outcome::<String>("7", false).starts_with("WrongType"));
    }
}
