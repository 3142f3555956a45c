//! JSON text written straight from `Serialize` types: the answers' writer.
//!
//! The same text as `serde_json::to_string` (compact), byte for byte, or, asked for ASCII, the
//! same text with every character outside ASCII written as its `\uXXXX` escape(s) (the form the
//! wasm package hands to JavaScript: see [`crate::api::ascii_json`]). Why not serde_json's own
//! writer: it scans every byte of every string through its escape table and hands the runs to a
//! formatter, which must scan them again to escape what lies outside ASCII; its map entries and
//! flattened fields go through general machinery. Measured on the art-14.d answer asked of a
//! loaded register (`examples/prof_loaded.rs`, callgrind, 2026-12-02): writing took about 70,000
//! of the 97,000 instructions of a decision, the two scans 41,000 of them. Here each string is
//! scanned once, eight bytes at a time, and copied in runs; a short one with nothing to escape
//! (most keys and codes) in one plain pass; a character outside ASCII is escaped from its bytes;
//! the text is built as bytes and made a `String` once. serde_json still reads every input
//! and writes floating-point numbers (which no answer holds; they are written by it, so even
//! they come out the same).
//!
//! The parity is tested: the unit tests below on JSON values of every kind, and the vectors'
//! runner on every answer of every vector (`core/tests/vectors.rs`).
#![allow(
    clippy::single_char_add_str,
    reason = "a one-character `push_str` is less code in the wasm module than `push` of a char, which encodes it at each call (the writer as a String: +970 B gzipped with `push`, +225 B with `push_str`)"
)]

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Display, Write as _};
use serde::ser::{self, Serialize};

/// A value that could not be written (a map key that is no string, or a `Serialize` impl's own
/// error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError(String);

impl Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ser::StdError for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

/// `value` as compact JSON text; with `ascii`, every character outside ASCII escaped.
///
/// # Errors
/// What `value`'s `Serialize` reports, or a map key that is not a string, a number, a flag or a
/// unit variant.
pub fn to_string<T: Serialize + ?Sized>(
    value: &T,
    ascii: bool,
    capacity: usize,
) -> Result<String, WriteError> {
    write(value, ascii, capacity, None)
}

/// The one writer of each type (so a module holds one copy of it per type, whatever is asked).
fn write<T: Serialize + ?Sized>(
    value: &T,
    ascii: bool,
    capacity: usize,
    spans: Option<&mut Vec<u32>>,
) -> Result<String, WriteError> {
    write_with(spans, ascii, capacity, |w| value.serialize(w))
}

/// A writer's text, made by `make` (with `spans` noted when given).
#[inline]
fn write_with(
    mut spans: Option<&mut Vec<u32>>,
    ascii: bool,
    capacity: usize,
    make: impl FnOnce(&mut Writer) -> Result<(), WriteError>,
) -> Result<String, WriteError> {
    let mut w = Writer {
        out: String::with_capacity(capacity),
        ascii,
        depth: 0,
        spans: spans.as_mut().map(|given| core::mem::take(&mut **given)),
        key_start: 0,
        deferred: false,
        plain: false,
    };
    let written = make(&mut w);
    if let (Some(given), Some(noted)) = (spans, w.spans.take()) {
        *given = noted;
    }
    written?;
    Ok(w.out)
}

/// A struct whose fields [`write_answer`] puts into the struct it writes: an answer's detail,
/// taken as `&dyn FlatText` so that the answer around it is written by one copy of the writer
/// for every rule's detail, not one copy per detail type (in the wasm module, each detail's own
/// fields are all its type adds). Every `Serialize` type is one; only a struct, a unit or `None`
/// is written ([`Flat`]).
pub(crate) trait FlatText {
    /// Writes the fields into `into` (those named in [`DEFERRED_PARTS`] as deferred parts when
    /// `defer`).
    fn flat_text(&self, into: &mut Compound<'_>, defer: bool) -> Result<(), WriteError>;
}

impl<T: Serialize + ?Sized> FlatText for T {
    fn flat_text(&self, into: &mut Compound<'_>, defer: bool) -> Result<(), WriteError> {
        self.serialize(Flat(into, defer))
    }
}

/// One struct of `head`'s fields and then `detail`'s, as text: what an answer is
/// (`answer::view::AnswerRef`), the same text as [`to_string`] of a struct that flattens both;
/// `defer` as in [`FlatText::flat_text`]. Generic only in `head` (one type, the answer's
/// envelope), so one copy serves every rule.
///
/// With `spans` (and `ascii`), appends to them, for each field of the answer whose value is an
/// array or object of at least [`LAZY_MIN`] bytes, three offsets into the text: where its key
/// starts (the opening quote), where its value starts and where it ends. A reader can parse the
/// text with those values left out and parse each one only when it is read (the wasm package
/// does). Keys holding an escape are not noted.
///
/// # Errors
/// As [`to_string`]; and a text longer than `u32::MAX` bytes notes nothing.
pub(crate) fn write_answer<H: Serialize>(
    head: &H,
    detail: &dyn FlatText,
    defer: bool,
    (ascii, capacity): (bool, usize),
    spans: Option<&mut Vec<u32>>,
) -> Result<String, WriteError> {
    write_with(spans, ascii, capacity, |w| {
        use ser::{SerializeStruct as _, Serializer as _};
        // This writer reads no length.
        let mut answer = w.serialize_struct("Answer", 0)?;
        head.serialize(Flat(&mut answer, false))?;
        detail.flat_text(&mut answer, defer)?;
        answer.end()
    })
}

/// A value's text shorter than this is never a lazy part (see [`write_answer`]): parsing
/// it costs less than putting off its parsing (Node 20: `JSON.parse` of an art-14.d answer's
/// 2,955 bytes 14–15 µs, an accessor put in a part's place ~0.7 µs).
pub const LAZY_MIN: usize = 256;

/// [`to_string`] in ASCII, the large parts of any value noted in `spans` as [`write_answer`]
/// notes an answer's (the unit tests' way to them).
#[cfg(test)]
fn to_ascii_string_spans<T: Serialize + ?Sized>(
    value: &T,
    capacity: usize,
    spans: &mut Vec<u32>,
) -> Result<String, WriteError> {
    write(value, true, capacity, Some(spans))
}

/// The text written so far and how.
struct Writer {
    /// The text, written as a `String` from the start (every piece is ASCII or a whole run of a
    /// `str`'s characters): bytes made a `String` at the end cost a UTF-8 check of the whole
    /// answer, 14 % of `api::evaluate_to_text` for art-18.c.
    out: String,
    ascii: bool,
    /// How many arrays and objects are open.
    depth: u32,
    /// Where the top-level object's large values are, when asked (see [`write_answer`]).
    spans: Option<Vec<u32>>,
    /// Where the key being written by a map at the top level starts.
    key_start: usize,
    /// The value just written is a deferred part's `null` ([`Deferred`]): noted whatever its size
    /// (read only when `spans` are asked for).
    deferred: bool,
    /// The string being written is a [`Plain`] text (outside ASCII: copied as it is).
    plain: bool,
}

/// The fields of a rule's detail that a reader deferring the reasons and noting the large parts
/// gets later too (the wasm package: [`crate::api::Holds::defers_reasons`],
/// [`crate::api::Holds::spans`]): the zone-year rules' year-by-year evidence (art-14.c–f's
/// `years`, 60–70 % of such an answer's detail and a quarter of writing it). Each is written
/// `null` and noted as a large part; the reader asks for the answer again when it is read.
pub const DEFERRED_PARTS: [&str; 1] = ["years"];

/// What a deferred part is written as: `null`, noted as a large part by this writer (a unit
/// struct of this name); any other writer writes `null`. Only a reader that has the large parts
/// noted gets parts deferred (`answer::view::AnswerRef::holding_told`), and a reader is only ever
/// given to the ASCII text with spans (`api::evaluate_to_text_sharing` and its loaded forms).
pub(crate) struct Deferred;

const DEFERRED_NAME: &str = "$devzone-rules::Deferred";

impl Serialize for Deferred {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_struct(DEFERRED_NAME)
    }
}

/// A text known to hold no character a JSON string escapes (no `"`, `\` or control character):
/// this writer copies it as it is, without looking at its bytes, except in ASCII (where its
/// characters outside ASCII are escaped); any other writer writes it as any string. The
/// clause's texts (`answer::view`), known when the crate is compiled ([`needs_no_escape`],
/// asserted in a constant where such a `Plain` is made): the quote and its rendering are a
/// third of an answer's bytes (perf: `Writer::contents` looked at each of them eight bytes at a
/// time; callgrind, `prof_eval N art18c`). A reason's message, known when it is filled
/// (`messages::render_checked`): its template is asserted where its code is declared, and each
/// value filled in is looked at once, as it is written.
pub(crate) struct Plain<'a>(pub &'a str);

const PLAIN_NAME: &str = "$devzone-rules::Plain";

impl Serialize for Plain<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Built for wasm32 every answer's text is ASCII, where a plain text is escaped as any
        // string: written as one, the module holds none of this path (it was +837 B gzipped).
        if cfg!(target_arch = "wasm32") {
            return s.serialize_str(self.0);
        }
        s.serialize_newtype_struct(PLAIN_NAME, self.0)
    }
}

/// Whether `text` holds no character a JSON string escapes (what a [`Plain`] holds).
/// Read from [`ESCAPES`], the writer's one table of what is escaped.
pub(crate) const fn needs_no_escape(text: &str) -> bool {
    let mut rest = text.as_bytes();
    while let [b, tail @ ..] = rest {
        // The table has an entry for every byte: `split_at` of a byte's value is in range.
        if let (_, [escape, ..]) = ESCAPES.split_at(*b as usize) {
            if *escape != 0 {
                return false;
            }
        }
        rest = tail;
    }
    true
}

/// `c`'s `\uXXXX` escape, or the two of its UTF-16 surrogate pair beyond the BMP (the writer's
/// escapes of characters outside ASCII, and [`crate::api::ascii_json`]'s).
pub(crate) fn char_escapes(c: char) -> impl Iterator<Item = [u8; 6]> {
    let mut units = [0_u16; 2];
    let n = c.encode_utf16(&mut units).len();
    units.into_iter().take(n).map(unicode_escape)
}

/// `\uXXXX` for one UTF-16 code unit, in lowercase hex (serde_json's form of an escape).
fn unicode_escape(unit: u16) -> [u8; 6] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hex = |shift: u32| {
        HEX.get(usize::from((unit >> shift) & 0xf))
            .copied()
            .unwrap_or(b'0')
    };
    [b'\\', b'u', hex(12), hex(8), hex(4), hex(0)]
}

/// Per byte, how it is written inside a JSON string: `0` as it is, `u` as `\u00XX`, `U` (the
/// first byte of a character outside ASCII, in ASCII text) as the character's `\uXXXX`
/// escape(s), any other letter as a backslash and that letter (serde_json's escapes).
const fn escapes(ascii: bool) -> [u8; 256] {
    let mut t = [0_u8; 256];
    let mut rest: &mut [u8] = &mut t;
    let mut b: u8 = 0;
    while let [slot, tail @ ..] = rest {
        *slot = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0a => b'n',
            0x0c => b'f',
            0x0d => b'r',
            0..=0x1f => b'u',
            // Only a character's first byte is met: the escape steps over the whole character.
            0x80.. if ascii => b'U',
            _ => 0,
        };
        rest = tail;
        b = b.wrapping_add(1);
    }
    t
}

const ESCAPES: [u8; 256] = escapes(false);
/// How long a string may be for [`Writer::contents`]' plain pass (its keys and codes).
const SHORT: usize = 24;
const ESCAPES_ASCII: [u8; 256] = escapes(true);

/// Eight bytes at once: whether any is a control character, `"` or `\` (escaped always), or,
/// with `ascii`, outside ASCII. The classic tests for "has a byte less than n" and "has a zero
/// byte", exact as yes/no answers for a word.
fn special(w: u64, ascii: bool) -> bool {
    special_bytes(w, ascii) != 0
}

/// [`special`] as a mask: the high bit of each byte of `w` (read little-endian) that may be one.
/// Its lowest bit set is exact (a borrow carries only from a byte that matched, to the bytes after
/// it), so `trailing_zeros() / 8` is the offset of the first such byte.
pub(crate) fn special_bytes(w: u64, ascii: bool) -> u64 {
    use crate::messages::{equal_bytes, HIGH, ONES};
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let outside = if ascii { w & HIGH } else { 0 };
    below_space | equal_bytes(w, b'"') | equal_bytes(w, b'\\') | outside
}

/// Whether `bytes` (a short string's) need no escape: a word at a time (the last word
/// overlapping the one before it), or, shorter than a word, a byte at a time through `table`.
/// Most keys and codes are eight bytes or more: a few instructions per word instead of per byte.
#[inline]
fn plain(bytes: &[u8], ascii: bool, table: &[u8; 256]) -> bool {
    let word = |at: usize| {
        bytes
            .get(at..at + 8)
            .and_then(|w| w.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    if bytes.len() < 8 {
        return bytes
            .iter()
            .all(|b| table.get(usize::from(*b)).is_some_and(|e| *e == 0));
    }
    let mut at = 0;
    while at + 8 < bytes.len() {
        if special(word(at), ascii) {
            return false;
        }
        at += 8;
    }
    !special(word(bytes.len() - 8), ascii)
}

/// [`needs_no_escape`] at run time, a word at a time ([`plain`]) rather than a byte at a time.
pub(crate) fn written_as_is(s: &str) -> bool {
    plain(s.as_bytes(), false, &ESCAPES)
}

impl Writer {
    /// A field of the top-level object has been written, its key from `key` and its value from
    /// `value`: noted when spans are asked for and it is a large array or object.
    #[inline(never)]
    fn note(&mut self, key: usize, value: usize) {
        let deferred = core::mem::take(&mut self.deferred);
        if self.depth != 1 {
            return;
        }
        let Some(spans) = self.spans.as_mut() else {
            return;
        };
        let end = self.out.len();
        let text = self.out.as_bytes();
        let large = deferred
            || end.saturating_sub(value) >= LAZY_MIN
                && matches!(text.get(value), Some(b'[' | b'{'));
        // Only a large value's key is looked at (a search for a backslash: `memchr` in the
        // module, half a percent of a stateless call when every field's key was searched).
        if !large || text.get(key..value).is_none_or(|k| k.contains(&b'\\')) {
            return;
        }
        if let (Ok(k), Ok(v), Ok(e)) =
            (u32::try_from(key), u32::try_from(value), u32::try_from(end))
        {
            spans.extend_from_slice(&[k, v, e]);
        }
    }

    /// A map entry's colon: where its key and its value start (one copy in the module, not one
    /// per entry type).
    #[inline(never)]
    fn colon(&mut self) -> (usize, usize) {
        self.out.push_str(":");
        (self.key_start, self.out.len())
    }

    /// `s` as a JSON string, quotes included.
    fn string(&mut self, s: &str) {
        self.out.push_str("\"");
        self.contents(s);
        self.out.push_str("\"");
    }

    /// `s`'s characters as inside a JSON string: runs that need no escape copied whole. Whole
    /// words of eight bytes are skipped while none needs an escape; the word that holds one (or
    /// a string's last bytes) is looked at a byte at a time, through a table.
    fn contents(&mut self, s: &str) {
        let table = if self.ascii { &ESCAPES_ASCII } else { &ESCAPES };
        let bytes = s.as_bytes();
        // Most strings of an answer are short keys and codes with nothing to escape: one plain
        // pass over them and one copy (half the instructions of the general path for them).
        if bytes.len() <= SHORT && plain(bytes, self.ascii, table) {
            self.out.push_str(s);
            return;
        }
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            while let Some(word) = bytes.get(i..i + 8) {
                let w = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
                if special(w, self.ascii) {
                    break;
                }
                i += 8;
            }
            let end = (i + 8).min(bytes.len());
            while i < end {
                let b = bytes.get(i).copied().unwrap_or(0);
                let escape = table.get(usize::from(b)).copied().unwrap_or(0);
                if escape == 0 {
                    i += 1;
                    continue;
                }
                // `i` is at an ASCII byte or a character's first byte: a boundary.
                self.out.push_str(s.get(start..i).unwrap_or_default());
                i += match escape {
                    b'U' => self.outside_ascii(s.get(i..).unwrap_or_default()),
                    b'u' => {
                        self.unicode(u16::from(b));
                        1
                    }
                    short => {
                        self.out.push_str("\\");
                        self.ascii_bytes(&[short]);
                        1
                    }
                };
                start = i;
            }
        }
        self.out.push_str(s.get(start..).unwrap_or_default());
    }

    /// The character outside ASCII that starts `rest` as its `\uXXXX` escape(s); how many bytes
    /// it takes.
    fn outside_ascii(&mut self, rest: &str) -> usize {
        let c = rest.chars().next().unwrap_or('\u{fffd}');
        for escape in char_escapes(c) {
            self.ascii_bytes(&escape);
        }
        c.len_utf8()
    }

    /// Bytes that are ASCII by construction (escapes, digits): checked as UTF-8, a few bytes.
    fn ascii_bytes(&mut self, bytes: &[u8]) {
        self.out
            .push_str(core::str::from_utf8(bytes).unwrap_or_default());
    }

    /// `\uXXXX`, lowercase hex, as serde_json writes control characters.
    fn unicode(&mut self, unit: u16) {
        self.ascii_bytes(&unicode_escape(unit));
    }

    /// A whole number in decimal.
    fn unsigned(&mut self, n: u64) {
        self.out.push_str(itoa::Buffer::new().format(n));
    }

    /// Opens an array or object (`bracket`), inside a variant's wrapper (`{"variant":`) when
    /// one is given; [`Compound::close`] closes both.
    fn open(&mut self, variant: Option<&str>, bracket: &'static str) -> Compound<'_> {
        self.depth += 1;
        if let Some(name) = variant {
            self.out.push_str("{");
            self.string(name);
            self.out.push_str(":");
        }
        self.out.push_str(bracket);
        Compound {
            w: self,
            first: true,
            variant: variant.is_some(),
        }
    }

    /// `write` as it is (a value's number), for [`whole_numbers`].
    fn bare(&mut self, write: impl FnOnce(&mut Self)) -> Result<(), WriteError> {
        write(self);
        Ok(())
    }

    fn signed(&mut self, n: i64) {
        self.out.push_str(itoa::Buffer::new().format(n));
    }

    /// Anything serde_json writes in a form of its own (floating point, 128-bit numbers, bytes):
    /// written by serde_json, then escaped as this writer escapes (they are ASCII already).
    fn by_serde_json<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), WriteError> {
        let text = serde_json::to_string(v).map_err(|e| WriteError(e.to_string()))?;
        self.out.push_str(&text);
        Ok(())
    }
}

/// The whole numbers of eight to 64 bits, widened and written by `$how` (`bare` in a value,
/// `quoted` as a map's key).
macro_rules! whole_numbers {
    ($how:ident) => {
        whole_numbers!(@ $how signed i64: serialize_i8(i8), serialize_i16(i16),
            serialize_i32(i32), serialize_i64(i64));
        whole_numbers!(@ $how unsigned u64: serialize_u8(u8), serialize_u16(u16),
            serialize_u32(u32), serialize_u64(u64));
    };
    (@ $how:ident $write:ident $wide:ty: $($method:ident($t:ty)),*) => {$(
        fn $method(self, v: $t) -> Result<(), WriteError> {
            self.$how(|w| w.$write(<$wide>::from(v)))
        }
    )*};
}

/// What a map's key cannot be: refused as serde_json refuses it.
macro_rules! refused {
    ($($method:ident($t:ty)),*) => {$(
        fn $method(self, _: $t) -> Result<(), WriteError> {
            Err(key_must_be_a_string())
        }
    )*};
}

/// A sequence, map or struct being written (with the `}` of a variant's wrapper to close).
pub(crate) struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
    variant: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.w.out.push_str(",");
        }
    }

    fn close(self, bracket: &'static str) {
        self.w.depth = self.w.depth.saturating_sub(1);
        self.w.out.push_str(bracket);
        if self.variant {
            self.w.out.push_str("}");
        }
    }

    fn field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        let (key_start, value_start) = self.key(key);
        value.serialize(&mut *self.w)?;
        // Only a writer noting the large parts looks (not a call per field for the others).
        if self.w.spans.is_some() {
            self.w.note(key_start, value_start);
        }
        Ok(())
    }

    /// A field's comma, key and colon: where the key and the value start. Not generic, and not
    /// inlined into each field's writer (one copy in the module, not one per field type).
    ///
    /// A struct's field names are its derive's (`rename_all = "camelCase"`): ASCII letters and
    /// digits, never escaped, so copied as they are (the escape check of each key was a fifth
    /// of writing an answer); the debug builds, so every test, assert it.
    #[inline(never)]
    fn key(&mut self, key: &'static str) -> (usize, usize) {
        debug_assert!(
            plain(key.as_bytes(), true, &ESCAPES_ASCII),
            "a struct's field name needs no escape: {key:?}"
        );
        let out = &mut self.w.out;
        // The comma and the opening quote written at once (one store, not two).
        if self.first {
            self.first = false;
            out.push_str("\"");
        } else {
            out.push_str(",\"");
        }
        let key_start = out.len().saturating_sub(1);
        out.push_str(key);
        out.push_str("\":");
        (key_start, out.len())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    whole_numbers!(bare);
    fn serialize_i128(self, v: i128) -> Result<(), WriteError> {
        self.by_serde_json(&v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), WriteError> {
        self.by_serde_json(&v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        // No type of the crate has an `f32`: serde_json's own text (its `f32` exponents differ
        // from ryu's), never instantiated in the module.
        self.by_serde_json(&v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        crate::num::push_json_f64(&mut self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        let mut buf = [0_u8; 4];
        self.string(v.encode_utf8(&mut buf));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        if !cfg!(target_arch = "wasm32") && self.plain {
            // Every test's answers, written by a debug build, check what was said to be plain.
            debug_assert!(written_as_is(v), "a plain text needs no escape: {v:?}");
            self.out.push('"');
            self.out.push_str(v);
            self.out.push('"');
        } else {
            self.string(v);
        }
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), WriteError> {
        self.by_serde_json(v)
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WriteError> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), WriteError> {
        if name == DEFERRED_NAME {
            self.deferred = true;
        }
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        if !cfg!(target_arch = "wasm32") && name == PLAIN_NAME && !self.ascii {
            self.plain = true;
            let written = value.serialize(&mut *self);
            self.plain = false;
            return written;
        }
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        self.out.push_str("{");
        self.string(variant);
        self.out.push_str(":");
        self.depth += 1;
        value.serialize(&mut *self)?;
        self.depth = self.depth.saturating_sub(1);
        self.out.push_str("}");
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, WriteError> {
        Ok(self.open(None, "["))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, WriteError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, WriteError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, WriteError> {
        Ok(self.open(Some(variant), "["))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, WriteError> {
        Ok(self.open(None, "{"))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, WriteError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, WriteError> {
        Ok(self.open(Some(variant), "{"))
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        /// Each piece the value writes, escaped as it comes.
        struct Escaping<'w>(&'w mut Writer);
        impl fmt::Write for Escaping<'_> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0.contents(s);
                Ok(())
            }
        }
        self.out.push_str("\"");
        write!(Escaping(self), "{value}").map_err(|e| WriteError(e.to_string()))?;
        self.out.push_str("\"");
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), WriteError> {
        self.close("]");
        Ok(())
    }
}

/// Tuples of every kind are written as sequences.
macro_rules! as_seq {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = WriteError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
                ser::SerializeSeq::serialize_element(self, value)
            }
            fn end(self) -> Result<(), WriteError> {
                ser::SerializeSeq::end(self)
            }
        }
    )*};
}

as_seq!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), WriteError> {
        self.comma();
        self.w.key_start = self.w.out.len();
        key.serialize(MapKey(&mut *self.w))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), WriteError> {
        let (key_start, value_start) = self.w.colon();
        value.serialize(&mut *self.w)?;
        if self.w.spans.is_some() {
            self.w.note(key_start, value_start);
        }
        Ok(())
    }
    fn end(self) -> Result<(), WriteError> {
        self.close("}");
        Ok(())
    }
}

/// Structs and struct variants are written as objects (a variant's wrapper closed by `close`).
macro_rules! as_object {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = WriteError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), WriteError> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), WriteError> {
                self.close("}");
                Ok(())
            }
        }
    )*};
}

as_object!(SerializeStruct, SerializeStructVariant);

/// A struct's fields written into the struct being serialized, `.0`: `#[serde(flatten)]` without
/// the map it goes through, so each field keeps its static name (and this writer's fast path
/// for one, [`Compound::key`]). Nothing for a unit or `None`, as `#[serde(flatten)]`; anything
/// else but a struct is refused (an answer's envelope and detail are structs).
///
/// With `.1`, a field named in [`DEFERRED_PARTS`] is written as [`Deferred`] (`null`).
pub(crate) struct Flat<'s, S>(pub(crate) &'s mut S, pub(crate) bool);

fn refused<E: ser::Error>() -> E {
    E::custom("a rule's detail must be a struct")
}

/// The methods of the kinds a detail cannot be.
macro_rules! refuse {
    ($($method:ident($($t:ty),*) -> $out:ty;)*) => {$(
        fn $method(self, $(_: $t),*) -> Result<$out, Self::Error> {
            Err(refused())
        }
    )*};
}

impl<'s, S: ser::SerializeStruct> ser::Serializer for Flat<'s, S> {
    type Ok = ();
    type Error = S::Error;
    type SerializeSeq = ser::Impossible<(), S::Error>;
    type SerializeTuple = ser::Impossible<(), S::Error>;
    type SerializeTupleStruct = ser::Impossible<(), S::Error>;
    type SerializeTupleVariant = ser::Impossible<(), S::Error>;
    type SerializeMap = ser::Impossible<(), S::Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), S::Error>;

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Self::Error> {
        Ok(self)
    }
    fn serialize_unit(self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Self::Error> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Self::Error> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Self::Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Self::Error> {
        Err(refused())
    }
    refuse! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

impl<S: ser::SerializeStruct> ser::SerializeStruct for Flat<'_, S> {
    type Ok = ();
    type Error = S::Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Self::Error> {
        if self.1 && DEFERRED_PARTS.contains(&key) {
            return self.0.serialize_field(key, &Deferred);
        }
        self.0.serialize_field(key, value)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Self::Error> {
        self.0.skip_field(key)
    }
    fn end(self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// A map's key: a string, or what serde_json writes as one (a number or flag in quotes, a unit
/// variant's name).
struct MapKey<'a>(&'a mut Writer);

fn key_must_be_a_string() -> WriteError {
    WriteError(String::from("key must be a string"))
}

impl MapKey<'_> {
    fn quoted(self, f: impl FnOnce(&mut Writer)) -> Result<(), WriteError> {
        self.0.out.push_str("\"");
        f(self.0);
        self.0.out.push_str("\"");
        Ok(())
    }
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = ser::Impossible<(), WriteError>;
    type SerializeTuple = ser::Impossible<(), WriteError>;
    type SerializeTupleStruct = ser::Impossible<(), WriteError>;
    type SerializeTupleVariant = ser::Impossible<(), WriteError>;
    type SerializeMap = ser::Impossible<(), WriteError>;
    type SerializeStruct = ser::Impossible<(), WriteError>;
    type SerializeStructVariant = ser::Impossible<(), WriteError>;

    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.0.string(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        let mut buf = [0_u8; 4];
        self.0.string(v.encode_utf8(&mut buf));
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.quoted(|w| w.out.push_str(if v { "true" } else { "false" }))
    }
    whole_numbers!(quoted);
    refused!(
        serialize_i128(i128),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str)
    );
    fn serialize_none(self) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, WriteError> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        Err(key_must_be_a_string())
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), WriteError> {
        self.0.out.push_str("\"");
        let mut text = String::new();
        write!(text, "{value}").map_err(|e| WriteError(e.to_string()))?;
        self.0.contents(&text);
        self.0.out.push_str("\"");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use alloc::string::String;
    use alloc::vec::Vec;
    use serde_json::json;

    #[test]
    fn a_plain_text_is_copied_as_it_is_and_escaped_in_ascii() {
        use super::{needs_no_escape, Plain};
        for bad in ["a\"b", "back\\slash", "line\nfeed", "\u{1f}"] {
            assert!(!needs_no_escape(bad), "{bad:?}");
        }
        let text = "州直有关部门、各县(市)自本意见印发之日起6个月内 — «ok» 한국어 🙂";
        assert!(needs_no_escape(text));
        let fields = json!({ "quote": text, "n": 1 });
        let plain = (Plain(text), 1);
        let as_serde = serde_json::to_string(&(text, 1)).unwrap_or_default();
        assert_eq!(to_string(&plain, false, 0).ok(), Some(as_serde.clone()));
        // In ASCII, escaped as any string (the same JSON value).
        let ascii = to_string(&plain, true, 0).unwrap_or_default();
        assert!(ascii.is_ascii(), "{ascii}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&ascii).ok(),
            serde_json::from_str(&as_serde).ok()
        );
        // Any other writer writes it as any string.
        assert_eq!(
            serde_json::to_value(Plain(text)).ok(),
            fields.get("quote").cloned()
        );
    }

    #[test]
    fn the_lowest_special_byte_is_exact() {
        let is_special =
            |b: u8, ascii: bool| b < 0x20 || b == b'"' || b == b'\\' || (ascii && b >= 0x80);
        // Bytes before the first special one: every byte that is not special; after it: any.
        for ascii in [false, true] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    for (before, after) in [(b'a', 0u8), (0x7f, b'"'), (0x21, 0xff), (0x5d, 0x1f)] {
                        let before = if ascii && before >= 0x80 {
                            b'a'
                        } else {
                            before
                        };
                        let mut word = [after; 8];
                        word[..at].fill(before);
                        word[at] = b;
                        let found = super::special_bytes(u64::from_le_bytes(word), ascii);
                        let first = word.iter().position(|&x| is_special(x, ascii));
                        assert_eq!(
                            (found != 0).then(|| (found.trailing_zeros() / 8) as usize),
                            first,
                            "{word:?} {ascii}"
                        );
                    }
                }
            }
        }
    }

    /// serde_json's text, and its text with every character outside ASCII escaped.
    fn same(v: &serde_json::Value) {
        let plain = serde_json::to_string(v).unwrap_or_default();
        assert_eq!(
            to_string(v, false, 0).ok().as_deref(),
            Some(plain.as_str()),
            "{v}"
        );
        let ascii = crate::api::ascii_json(plain);
        assert_eq!(
            to_string(v, true, 0).ok().as_deref(),
            Some(ascii.as_str()),
            "{v}"
        );
    }

    /// `Flat` writes what `#[serde(flatten)]` writes: a struct's fields (a skipped one left out),
    /// nothing for a unit or `None`, a struct inside `Some` or a newtype; anything else refused.
    #[test]
    fn flat_is_serde_flatten() {
        use serde::ser::SerializeStruct;
        use serde::Serialize;
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Inner {
            zone_id: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            rank: Option<u32>,
            years: Vec<i32>,
        }
        #[derive(Serialize)]
        struct Newtype(Inner);
        #[derive(Serialize)]
        struct Flattened<D> {
            first: u8,
            #[serde(flatten)]
            detail: D,
        }
        struct ByFlat<D>(D);
        impl<D: Serialize> Serialize for ByFlat<D> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut st = s.serialize_struct("ByFlat", 2)?;
                st.serialize_field("first", &1_u8)?;
                self.0.serialize(super::Flat(&mut st, false))?;
                st.end()
            }
        }
        fn alike<D: Serialize>(make: impl Fn() -> D) {
            let by_flatten = serde_json::to_string(&Flattened {
                first: 1,
                detail: make(),
            })
            .unwrap_or_default();
            let ours = ByFlat(make());
            assert_eq!(to_string(&ours, false, 0).ok(), Some(by_flatten.clone()));
            assert_eq!(serde_json::to_string(&ours).ok(), Some(by_flatten));
        }
        let inner = |rank| Inner {
            zone_id: "Z\u{5f00}1",
            rank,
            years: alloc::vec![2021, 2022],
        };
        alike(|| inner(Some(85)));
        alike(|| inner(None));
        alike(|| Some(inner(Some(3))));
        alike(|| Newtype(inner(None)));
        alike(|| ());
        alike(|| None::<Inner>);
        assert!(to_string(&ByFlat(7_u8), false, 0).is_err());
        assert!(to_string(&ByFlat(alloc::vec![1_u8]), false, 0).is_err());
        assert!(serde_json::to_string(&ByFlat(json!({ "a": 1 }))).is_err());
    }

    #[test]
    fn the_text_is_serde_jsons() {
        let control: String = (0_u8..0x20).map(char::from).collect();
        for v in [
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(-1),
            json!(i64::MIN),
            json!(i64::MAX),
            json!(u64::MAX),
            json!(1.5),
            json!(-0.0),
            json!(1e300),
            json!(""),
            json!([]),
            json!({}),
            json!([[], {}, [null]]),
            json!(control),
            json!("\"\\/\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}"),
            json!("合成开发区1 령도소조 é 😀 \"q\" \\ \n\t\u{1}end"),
            json!({ "合成": ["开发区", 1, null, "한"], "k": { "é": "ü" }, "a\"b": "c\\d" }),
            json!("exactly8"),
            json!("sixteen bytes!!!"),
            json!("seven\"7"),
            json!("eight\"8!"),
            json!("longer than eight with \"quotes\" and \\ in the middle, and 开 at the end开"),
        ] {
            same(&v);
        }
        // Every position of each escaped kind inside words of eight.
        for at in 0..20 {
            for special in ["\"", "\\", "\n", "\u{1f}", "开", "😀", "\u{7f}"] {
                let s: String = "x".repeat(at) + special + &"y".repeat(19 - at);
                same(&json!(s));
            }
        }
        // Every length around the short strings' words (the plain pass reads the last word
        // overlapping the one before), each escaped kind at every position.
        for len in 1..=(super::SHORT + 2) {
            same(&json!("z".repeat(len)));
            for at in 0..len {
                for special in ["\"", "\\", "\u{1f}", "\u{7f}", "é", "开"] {
                    let s: String = "x".repeat(at) + special + &"y".repeat(len - at - 1);
                    same(&json!(s));
                }
            }
        }
    }

    #[test]
    fn derived_types_and_keys() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Inner {
            a_b: Option<u8>,
            #[serde(flatten)]
            rest: alloc::collections::BTreeMap<i32, &'static str>,
        }
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            New(i16),
            Tuple(u8, char),
            Struct { x: bool },
        }
        #[derive(serde::Serialize)]
        struct Outer<'a> {
            inner: Inner,
            es: Vec<E>,
            unit: (),
            tuple: (u32, &'a str),
            bytes: &'a [u8],
            keyed: alloc::collections::BTreeMap<bool, i8>,
        }
        let v = Outer {
            inner: Inner {
                a_b: None,
                rest: [(2019, "开"), (-1, "a")].into_iter().collect(),
            },
            es: alloc::vec![E::Unit, E::New(-7), E::Tuple(3, 'é'), E::Struct { x: true }],
            unit: (),
            tuple: (7, "t"),
            bytes: &[1, 2],
            keyed: [(true, 1), (false, -1)].into_iter().collect(),
        };
        let plain = serde_json::to_string(&v).unwrap_or_default();
        assert_eq!(to_string(&v, false, 0).ok(), Some(plain.clone()));
        assert_eq!(
            to_string(&v, true, 0).ok(),
            Some(crate::api::ascii_json(plain))
        );
    }

    #[test]
    fn the_top_levels_large_values_are_noted() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Detail {
            years: Vec<u32>,
            tag: &'static str,
        }
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Answer {
            rule_id: &'static str,
            reasons: Vec<serde_json::Value>,
            empty: Vec<u8>,
            clause: serde_json::Value,
            #[serde(flatten)]
            detail: Detail,
        }
        let big =
            json!({ "code": "X", "message": "合成开发区 ".repeat(30), "args": { "n": [1, 2] } });
        let a = Answer {
            rule_id: "art-14.d",
            reasons: alloc::vec![big.clone(), big],
            empty: Vec::new(),
            clause: json!({ "zh": "短" }),
            detail: Detail {
                years: (2000..2100).collect(),
                tag: "t",
            },
        };
        let mut spans = Vec::new();
        let text = super::to_ascii_string_spans(&a, 0, &mut spans).unwrap_or_default();
        // The same text as without spans.
        assert_eq!(to_string(&a, true, 0).ok().as_deref(), Some(text.as_str()));
        let noted: Vec<(&str, serde_json::Value)> = spans
            .chunks(3)
            .map(|s| {
                let at = |i: usize| usize::try_from(s.get(i).copied().unwrap_or(0)).unwrap_or(0);
                let key = text.get(at(0)..at(1)).unwrap_or_default();
                let value = text.get(at(1)..at(2)).unwrap_or_default();
                (key, serde_json::from_str(value).unwrap_or_default())
            })
            .collect();
        let whole: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        // The large arrays of the top level (a struct field and a flattened one), keys with
        // their colon; not the small object, the empty array, the nested ones or the scalars.
        assert_eq!(
            noted,
            alloc::vec![
                ("\"reasons\":", whole["reasons"].clone()),
                ("\"years\":", whole["years"].clone()),
            ]
        );
        // Spans are appended after what the caller holds already.
        let mut more = alloc::vec![7_u32];
        let again = super::to_ascii_string_spans(&a, 0, &mut more).unwrap_or_default();
        assert_eq!(again, text);
        assert_eq!(more.len(), 1 + spans.len());
    }

    #[test]
    fn keys_that_are_no_strings_are_errors() {
        let v: alloc::collections::BTreeMap<Vec<u8>, u8> =
            [(alloc::vec![1_u8], 1)].into_iter().collect();
        assert!(serde_json::to_string(&v).is_err());
        assert_eq!(
            to_string(&v, false, 0).map_err(|e| alloc::string::ToString::to_string(&e)),
            Err(String::from("key must be a string"))
        );
    }
}
