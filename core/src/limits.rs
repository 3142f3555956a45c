//! What the JSON boundary accepts: the documented limits on any input (depth, string length,
//! array length, total size, how far past the register's issue date a question may reach), and
//! the JSON text reader that every text surface uses (the CLI, `api::evaluate_json_str`).
//!
//! Every entry point of [`crate::api`] checks its input and options with [`check`] before
//! decoding them, so the wasm package and the CLI inherit the limits; a value past a limit is
//! refused with `INVALID_INPUT` (or `INVALID_OPTIONS`) naming its field, never a panic, a trap, a
//! stack overflow or an allocation without bound. The limits are far above what any register
//! needs (10,000 zones × 10 years of assessment records is about 13 MB of compact JSON and
//! 100,000 records in its longest array); `docs/reliability.md` lists them.

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, ErrorCode, Problem, Text};

/// How deep arrays and objects may nest (the deepest input, a register record's list, needs 5).
pub const MAX_DEPTH: usize = 32;
/// The longest string, in UTF-8 bytes (64 KiB), object keys included.
pub const MAX_STRING_BYTES: usize = 65_536;
/// The most items an array may hold.
pub const MAX_ARRAY_ITEMS: usize = 250_000;
/// The largest input, as compact JSON text (32 MiB); JSON text read by the CLI or
/// [`parse_json`] is held to the same size as written.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;
/// How many years after the register's `issueDate` a register question (`asOf`, a calendar's
/// `to`, obligations' `asOf` plus `withinDays`) may reach: recurring duties are listed for every
/// year of that span, so it bounds the size of an answer.
pub const MAX_YEARS_AFTER_ISSUE: i32 = 100;

/// A description of the limits, for messages and `help`.
pub const LIMITS_HELP: &str = "limits: nesting 32 levels, strings 65,536 bytes, arrays 250,000 \
items, the whole input 32 MiB as compact JSON (docs/reliability.md)";

/// Refuses a register question reaching more than [`MAX_YEARS_AFTER_ISSUE`] years past the
/// register's issue date.
///
/// # Errors
/// `INVALID_INPUT` at `path` (the field that reaches too far).
pub fn reach(issue_date: NaiveDate, day: NaiveDate, path: &str) -> Result<(), Error> {
    if i64::from(day.year()) - i64::from(issue_date.year()) > i64::from(MAX_YEARS_AFTER_ISSUE) {
        let max = MAX_YEARS_AFTER_ISSUE;
        return Err(Error::new(ErrorCode::InvalidInput, Problem::TooLarge, path)
            .with_detail(text!(
                zh: "{day} 比登记册的 issueDate {issue_date} 晚 {max} 年以上",
                ko: "{day}는 등록부의 issueDate {issue_date}보다 {max}년 넘게 뒤입니다",
                en: "{day} is more than {max} years after the register's issueDate {issue_date}"
            ))
            .with_help(text!(
                zh: "定期义务从印发之日起逐年列出,因此针对登记册的查询最多可延伸到其后 {max} 年",
                ko: "정기 의무는 인쇄발행일부터 해마다 라렬되므로 등록부에 대한 질문은 그 뒤 {max}년까지만 갈 수 있습니다",
                en: "recurring duties are listed for every year from the issue date, so a register question may reach at most {max} years past it"
            )));
    }
    Ok(())
}

#[cfg(feature = "serde")]
pub use json::{check, parse_json, parse_json_tree, Parsed};

/// The error for a whole input (or options) larger than [`MAX_INPUT_BYTES`] as compact JSON,
/// at `root`: what [`check`] says, for a surface that measured the text itself (the wasm
/// package's `JSON.stringify`).
#[must_use]
pub fn too_large(root: &str, code: ErrorCode) -> Error {
    let max = MAX_INPUT_BYTES;
    Error::new(code, Problem::TooLarge, root)
        .with_detail(text!(
            zh: "输入按紧凑 JSON 计超过 {max} 字节",
            ko: "입력이 압축 JSON으로 {max}바이트를 넘습니다",
            en: "the input is larger than {max} bytes as compact JSON"
        ))
        .with_help(limits_help())
}

/// [`LIMITS_HELP`] in the three languages.
#[must_use]
pub fn limits_help() -> Text {
    text!(
        zh: "限制:嵌套 32 层,字符串 65,536 字节,数组 250,000 项,整个输入按紧凑 JSON 计 32 MiB(docs/reliability.md)",
        ko: "제한: 중첩 32단계, 문자렬 65,536바이트, 배렬 250,000항목, 입력 전체 압축 JSON 32MiB(docs/reliability.md)",
        en: "limits: nesting 32 levels, strings 65,536 bytes, arrays 250,000 items, the whole input 32 MiB as compact JSON (docs/reliability.md)"
    )
}

/// The JSON side of the limits (feature `serde`).
#[cfg(feature = "serde")]
mod json {
    use super::{limits_help, MAX_ARRAY_ITEMS, MAX_DEPTH, MAX_INPUT_BYTES, MAX_STRING_BYTES};
    use alloc::format;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;
    use core::cell::RefCell;
    use core::fmt;

    use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Value};

    use crate::tree::{Json, Number, Tree};

    use crate::error::{Error, ErrorCode, Problem, Text};

    fn too(code: ErrorCode, path: String, what: Text) -> Error {
        Error::new(code, Problem::TooLarge, path)
            .with_detail(what)
            .with_help(limits_help())
    }

    fn too_deep() -> Text {
        text!(
            zh: "嵌套超过 {MAX_DEPTH} 层",
            ko: "{MAX_DEPTH}단계보다 깊이 중첩되였습니다",
            en: "nested more than {MAX_DEPTH} levels deep"
        )
    }

    fn too_long(what: &str, n: usize) -> Text {
        let (zh, ko) = if what == "key" {
            ("键", "열쇠")
        } else {
            ("字符串", "문자렬")
        };
        text!(
            zh: "{zh}长 {n} 字节,超过允许的 {MAX_STRING_BYTES} 字节",
            ko: "{ko} 길이 {n}바이트: 허용된 {MAX_STRING_BYTES}바이트를 넘습니다",
            en: "a {what} of {n} bytes, longer than the {MAX_STRING_BYTES} allowed"
        )
    }

    fn too_many(n: usize) -> Text {
        text!(
            zh: "{n} 项,超过数组允许的 {MAX_ARRAY_ITEMS} 项",
            ko: "{n}항목: 배렬이 가질 수 있는 {MAX_ARRAY_ITEMS}항목을 넘습니다",
            en: "{n} items, more than the {MAX_ARRAY_ITEMS} an array may hold"
        )
    }

    /// Checks `value` (the input or options of a call, whose path is `root`) against the limits.
    ///
    /// # Errors
    /// `code` (`INVALID_INPUT` or `INVALID_OPTIONS`) at the path of the first value past a limit, or
    /// at `root` for a whole input larger than [`MAX_INPUT_BYTES`].
    pub fn check(value: &dyn Json, root: &str, code: ErrorCode) -> Result<(), Error> {
        let value = &*value.tree();
        // Valid input is the rule: walk it once without building paths and with each string's
        // size bounded rather than counted, and only when it is past a limit (or its bound
        // is) walk again, counting exactly and naming where.
        if fits(value, 0, &mut 0) {
            return Ok(());
        }
        let mut size = 0usize;
        walk(value, 0, &mut size).map_err(|what| match what {
            Past::Size => super::too_large(root, code),
            Past::Here(what, below) => too(code, format!("{root}{below}"), what),
        })
    }

    /// Whether `v` is within the limits, each string's size bounded rather than counted (as
    /// [`walk`] without a path): a yes here means [`walk`] finds nothing. Only a yes or no, so
    /// each step is a few instructions (the first walk of every input; [`walk`] names the
    /// problem when there is one, or finds none when only the bound was past).
    pub(super) fn fits(v: &Tree<'_>, depth: usize, size: &mut usize) -> bool {
        let n = match v {
            Tree::Null | Tree::Bool(_) => 5,
            // Bounds, not lengths (no division by ten per digit, no float written out): a whole
            // number is at most 20 characters (`u64::MAX`, or `i64::MIN` with its sign), a float
            // as serde_json writes it at most 24 (ryu's longest, as `-2.2250738585072014e-308`).
            Tree::Number(Number::Float(_)) => 24,
            Tree::Number(_) => 20,
            Tree::String(s) => {
                if s.len() > MAX_STRING_BYTES {
                    return false;
                }
                bound_len(s)
            }
            Tree::Array(items) => {
                if depth >= MAX_DEPTH || items.len() > MAX_ARRAY_ITEMS {
                    return false;
                }
                if !items.iter().all(|item| fits(item, depth + 1, size)) {
                    return false;
                }
                2 + items.len()
            }
            Tree::Object(map) => {
                if depth >= MAX_DEPTH {
                    return false;
                }
                let within = map.iter().all(|(key, item)| {
                    key.len() <= MAX_STRING_BYTES && {
                        *size = size.saturating_add(bound_len(key) + 1);
                        fits(item, depth + 1, size)
                    }
                });
                if !within {
                    return false;
                }
                2 + map.len()
            }
        };
        *size = size.saturating_add(n);
        *size <= MAX_INPUT_BYTES
    }

    pub(super) enum Past {
        /// The whole input is too large.
        Size,
        /// A value past a limit: what is wrong, and the value's path below the value walked.
        Here(Text, String),
    }

    impl Past {
        /// The same, one step further up: `step` (`[i]` or `.key`) put before the path.
        fn under(self, step: impl FnOnce() -> String) -> Self {
            match self {
                Self::Size => Self::Size,
                Self::Here(what, mut below) => {
                    below.insert_str(0, &step());
                    Self::Here(what, below)
                }
            }
        }
    }

    /// Walks `v` adding its compact JSON length to `size`, counted exactly; a value past a
    /// limit is named by its path below `v`. The recursion stops at [`MAX_DEPTH`], so it stays
    /// shallow whatever the input. Run only when [`fits`] said no. The path is put together on
    /// the way back up from the offending value, not kept on the way down (perf: writing each
    /// item's index and each key into a path was nine tenths of checking a 10,000-zone register,
    /// whose strings' bound is past the size limit, so that this walk runs on every load: 390 M
    /// instructions).
    pub(super) fn walk(v: &Tree<'_>, depth: usize, size: &mut usize) -> Result<(), Past> {
        let add = |size: &mut usize, n: usize| {
            *size = size.saturating_add(n);
            if *size > MAX_INPUT_BYTES {
                Err(Past::Size)
            } else {
                Ok(())
            }
        };
        match v {
            Tree::Null => add(size, 4),
            Tree::Bool(b) => add(size, if *b { 4 } else { 5 }),
            Tree::Number(n) => add(size, number_len(n)),
            Tree::String(s) => {
                string(s)?;
                add(size, escaped_len(s))
            }
            Tree::Array(items) => {
                if depth >= MAX_DEPTH {
                    return Err(Past::Here(too_deep(), String::new()));
                }
                if items.len() > MAX_ARRAY_ITEMS {
                    return Err(Past::Here(too_many(items.len()), String::new()));
                }
                add(size, 2 + items.len().saturating_sub(1))?;
                for (i, item) in items.iter().enumerate() {
                    walk(item, depth + 1, size).map_err(|e| e.under(|| format!("[{i}]")))?;
                }
                Ok(())
            }
            Tree::Object(map) => {
                if depth >= MAX_DEPTH {
                    return Err(Past::Here(too_deep(), String::new()));
                }
                add(size, 2 + map.len().saturating_sub(1))?;
                for (key, item) in map {
                    let key: &str = key;
                    let step = || format!(".{}", short(key));
                    string(key).map_err(|e| e.under(step))?;
                    add(size, escaped_len(key) + 1)?;
                    walk(item, depth + 1, size).map_err(|e| e.under(step))?;
                }
                Ok(())
            }
        }
    }

    /// The length of a number as serde_json writes it (no allocation for whole numbers).
    fn number_len(n: &Number) -> usize {
        fn digits(mut u: u64) -> usize {
            let mut d = 1;
            while u >= 10 {
                u /= 10;
                d += 1;
            }
            d
        }
        match *n {
            Number::PosInt(u) => digits(u),
            Number::NegInt(i) => 1 + digits(i.unsigned_abs()),
            Number::Float(_) => n.to_string().len(),
        }
    }

    /// A key as shown in a path: at most 64 characters.
    fn short(key: &str) -> String {
        if key.chars().count() <= 64 {
            key.to_string()
        } else {
            let mut s: String = key.chars().take(64).collect();
            s.push('…');
            s
        }
    }

    fn string(s: &str) -> Result<(), Past> {
        if s.len() > MAX_STRING_BYTES {
            return Err(Past::Here(too_long("string", s.len()), String::new()));
        }
        Ok(())
    }

    /// At least [`escaped_len`] of `s`: every byte escaped as `\u00XX`.
    fn bound_len(s: &str) -> usize {
        s.len().saturating_mul(6).saturating_add(2)
    }

    /// The length of `s` as a JSON string literal, quotes included, escaped as serde_json writes it.
    fn escaped_len(s: &str) -> usize {
        // By bytes: every byte of a character beyond ASCII is 0x80 or above, so only ASCII
        // bytes are ever escaped. Most strings have none: told first eight bytes at a time (the
        // writer's own test), each escape weighed only then.
        if crate::json_text::written_as_is(s) {
            return 2 + s.len();
        }
        2 + s.len()
            + s.bytes()
                .map(|b| match b {
                    b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 1,
                    0..=0x1f => 5,
                    _ => 0,
                })
                .sum::<usize>()
    }

    /// Reads JSON text as every text surface does: a leading byte-order mark is skipped, the text
    /// may be at most [`MAX_INPUT_BYTES`] long, an object may not hold a key twice, and the value is
    /// held to [`check`]'s limits; errors name the path under `root` where the text went wrong.
    ///
    /// # Errors
    /// `code` at `root` (or below it, for a duplicate key or a value past a limit) with what is
    /// wrong; JSON syntax errors carry serde_json's line and column.
    pub fn parse_json(text: &str, root: &str, code: ErrorCode) -> Result<Value, Error> {
        read_value(body(text, root, code)?, root, code)
    }

    /// The text to read: without a leading byte-order mark, and at most [`MAX_INPUT_BYTES`] long.
    fn body<'a>(text: &'a str, root: &str, code: ErrorCode) -> Result<&'a str, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() > MAX_INPUT_BYTES {
            let n = text.len();
            return Err(too(
                code,
                root.to_string(),
                text!(
                    zh: "JSON 文本长 {n} 字节,超过允许的 {MAX_INPUT_BYTES} 字节",
                    ko: "JSON 문서가 {n}바이트로 허용된 {MAX_INPUT_BYTES}바이트를 넘습니다",
                    en: "the JSON text is {n} bytes, more than the {MAX_INPUT_BYTES} allowed"
                ),
            ));
        }
        Ok(text)
    }

    /// [`parse_json`]'s reading of its [`body`]: a [`Value`] built by serde_json through
    /// [`Seed`], which refuses a repeated key and nesting past the limit, then [`check`]ed.
    fn read_value(text: &str, root: &str, code: ErrorCode) -> Result<Value, Error> {
        let track = RefCell::new(None::<String>);
        let why = RefCell::new(None::<(Problem, Text)>);
        let mut de = serde_json::Deserializer::from_str(text);
        let seed = Seed {
            depth: 0,
            path: root,
            track: &track,
            why: &why,
        };
        let parsed = seed.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
        match parsed {
            Ok(v) => {
                check(&v, root, code)?;
                Ok(v)
            }
            Err(e) => {
                // Text that ends too soon ends at no field: the error is the whole text's.
                let path = match e.classify() {
                    serde_json::error::Category::Eof => root.to_string(),
                    _ => track.into_inner().unwrap_or_else(|| root.to_string()),
                };
                Err(match why.into_inner() {
                    Some((Problem::TooLarge, what)) => too(code, path, what),
                    Some((problem, what)) => Error::new(code, problem, path).with_detail(what),
                    None => {
                        let (line, column) = (e.line(), e.column());
                        Error::new(code, Problem::NotJson, path).with_detail(text!(
                            zh: "第 {line} 行第 {column} 列",
                            ko: "{line}행 {column}렬",
                            en: "at line {line}, column {column}"
                        ))
                    }
                })
            }
        }
    }

    /// JSON text as [`parse_json_tree`] read it: the quick reader's tree, borrowing the text, or
    /// the [`Value`] that [`parse_json`] read.
    #[derive(Debug)]
    pub enum Parsed<'a> {
        /// Read by the quick reader ([`Tree::parse_unique`]) and within every limit.
        Tree(Tree<'a>),
        /// Read by [`parse_json`].
        Value(Value),
    }

    impl Json for Parsed<'_> {
        fn tree(&self) -> alloc::borrow::Cow<'_, Tree<'_>> {
            match self {
                Self::Tree(t) => alloc::borrow::Cow::Borrowed(t),
                Self::Value(v) => v.tree(),
            }
        }
    }

    /// [`parse_json`] without building a [`Value`] where it can: text that the quick reader
    /// reads whole ([`Tree::parse_unique`]: compact JSON of whole numbers and strings without
    /// escapes, each key once) and whose tree [`check`] passes is answered as that tree (the
    /// tree of the `Value` [`parse_json`] reads, its strings borrowed from `text`); any other
    /// text, valid or not, is read by [`parse_json`], so every error is its error (perf: reading
    /// art-18.c's two small texts into `Value`s was a fifth of `api::evaluate_json_str`).
    ///
    /// # Errors
    /// As [`parse_json`].
    pub fn parse_json_tree<'a>(
        text: &'a str,
        root: &str,
        code: ErrorCode,
    ) -> Result<Parsed<'a>, Error> {
        let text = body(text, root, code)?;
        if let Some(tree) = Tree::parse_unique(text) {
            if text.len() < WITHIN_EVERY_LIMIT || check(&tree, root, code).is_ok() {
                return Ok(Parsed::Tree(tree));
            }
        }
        read_value(text, root, code).map(Parsed::Value)
    }

    /// A JSON text shorter than this is within every limit, not looked at by [`check`]: each
    /// level of nesting takes two bytes of it, so it nests at most [`MAX_DEPTH`] levels (the
    /// most allowed), and it is far too short to hold a string, an array or a whole past its
    /// limit (the options and the question of most calls; perf: the walk was 2 % of an
    /// art-18.c answer as text; callgrind, `prof_eval N art18c-text`).
    /// `tests::short_texts_are_within_limits`.
    pub(crate) const WITHIN_EVERY_LIMIT: usize = 2 * (MAX_DEPTH + 1);

    /// Builds a [`Value`] like serde_json does, refusing duplicate keys and nesting past
    /// [`MAX_DEPTH`], and recording the path of the first error.
    struct Seed<'a> {
        depth: usize,
        path: &'a str,
        track: &'a RefCell<Option<String>>,
        why: &'a RefCell<Option<(Problem, Text)>>,
    }

    impl Seed<'_> {
        fn fail<E: de::Error>(&self, path: String, problem: Problem, what: Text) -> E {
            let mut slot = self.track.borrow_mut();
            if slot.is_none() {
                *slot = Some(path);
                *self.why.borrow_mut() = Some((problem, what.clone()));
            }
            E::custom(format!("@ {}", what.en))
        }

        fn note(&self, path: &str) {
            let mut slot = self.track.borrow_mut();
            if slot.is_none() {
                *slot = Some(path.to_string());
            }
        }
    }

    impl<'de> DeserializeSeed<'de> for Seed<'_> {
        type Value = Value;

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Seed<'_> {
        type Value = Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("JSON")
        }

        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
            Ok(Value::from(v))
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
            Ok(Value::from(v))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
            serde_json::Number::from_f64(v)
                .map(Value::Number)
                .ok_or_else(|| {
                    self.fail(
                        self.path.to_string(),
                        Problem::InvalidValue,
                        text!(zh: "数字超出范围", ko: "수가 범위를 벗어났습니다", en: "a number out of range"),
                    )
                })
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
            if v.len() > MAX_STRING_BYTES {
                return Err(self.fail(
                    self.path.to_string(),
                    Problem::TooLarge,
                    too_long("string", v.len()),
                ));
            }
            Ok(Value::String(v.to_string()))
        }

        fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
            if v.len() > MAX_STRING_BYTES {
                return self.visit_str(&v);
            }
            Ok(Value::String(v))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }

        fn visit_none<E: de::Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            if self.depth >= MAX_DEPTH {
                return Err(self.fail(self.path.to_string(), Problem::TooLarge, too_deep()));
            }
            let mut items = Vec::new();
            loop {
                let path = format!("{}[{}]", self.path, items.len());
                let seed = Seed {
                    depth: self.depth + 1,
                    path: &path,
                    track: self.track,
                    why: self.why,
                };
                match seq.next_element_seed(seed) {
                    Ok(Some(_)) if items.len() == MAX_ARRAY_ITEMS => {
                        return Err(self.fail(
                            self.path.to_string(),
                            Problem::TooLarge,
                            too_many(MAX_ARRAY_ITEMS + 1),
                        ));
                    }
                    Ok(Some(v)) => items.push(v),
                    Ok(None) => break,
                    Err(e) => {
                        self.note(&path);
                        return Err(e);
                    }
                }
            }
            Ok(Value::Array(items))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            if self.depth >= MAX_DEPTH {
                return Err(self.fail(self.path.to_string(), Problem::TooLarge, too_deep()));
            }
            let mut out = Map::new();
            loop {
                let key = match map.next_key::<String>() {
                    Ok(Some(k)) => k,
                    Ok(None) => break,
                    Err(e) => {
                        self.note(self.path);
                        return Err(e);
                    }
                };
                let path = format!("{}.{}", self.path, short(&key));
                if key.len() > MAX_STRING_BYTES {
                    return Err(self.fail(path, Problem::TooLarge, too_long("key", key.len())));
                }
                if out.contains_key(&key) {
                    let k = short(&key);
                    return Err(self.fail(
                        path,
                        Problem::DuplicateField,
                        text!(
                            zh: "键 `{k}` 在同一对象中出现两次",
                            ko: "열쇠 `{k}`가 한 객체에 두 번 나옵니다",
                            en: "the key `{k}` appears twice in one object"
                        ),
                    ));
                }
                let seed = Seed {
                    depth: self.depth + 1,
                    path: &path,
                    track: self.track,
                    why: self.why,
                };
                match map.next_value_seed(seed) {
                    Ok(v) => {
                        out.insert(key, v);
                    }
                    Err(e) => {
                        self.note(&path);
                        return Err(e);
                    }
                }
            }
            Ok(Value::Object(out))
        }
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
    use super::json::*;
    use super::*;
    use crate::error::ErrorCode;
    use alloc::format;
    use alloc::vec::Vec;
    use serde_json::{json, Value};

    /// The texts that come nearest to a limit within [`WITHIN_EVERY_LIMIT`] bytes (the deepest
    /// arrays and objects, the longest string of escapes, the most items) pass [`check`]; one
    /// byte more nests too deep.
    #[test]
    fn short_texts_are_within_limits() {
        let n = WITHIN_EVERY_LIMIT - 1;
        let levels = n / 2;
        let deepest = format!("{}{}", "[".repeat(levels), "]".repeat(levels));
        let objects = {
            let levels = (n - 2) / 5;
            format!("{}1{}", "{\"\":".repeat(levels), "}".repeat(levels))
        };
        let escapes = format!("\"{}\"", "\\u0001".repeat((n - 2) / 6));
        let items = format!("[{}0]", "0,".repeat((n - 3) / 2));
        for text in [&deepest, &objects, &escapes, &items] {
            assert!(text.len() <= n, "{text}");
            let value: Value = serde_json::from_str(text).unwrap();
            assert!(
                check(&value, "input", ErrorCode::InvalidInput).is_ok(),
                "{text}"
            );
        }
        let past = format!("{}{}", "[".repeat(levels + 1), "]".repeat(levels + 1));
        assert_eq!(past.len(), WITHIN_EVERY_LIMIT);
        let value: Value = serde_json::from_str(&past).unwrap();
        assert!(
            check(&value, "input", ErrorCode::InvalidInput).is_err(),
            "{past}"
        );
    }

    fn size_of(v: &Value) -> usize {
        let v = &crate::tree::Tree::of(v);
        let mut size = 0;
        assert!(walk(v, 0, &mut size).is_ok());
        // The first walk (no paths, strings bounded) bounds it.
        let mut fast = 0;
        assert!(fits(v, 0, &mut fast));
        assert!(fast >= size, "{fast} < {size}");
        size
    }

    #[test]
    fn the_size_is_the_compact_json_length() {
        for v in [
            json!(null),
            json!({"a": [1, -2, 3.5, true, false, null], "b\"\\\n": "x\u{1}\u{7f}é中😀"}),
            json!([]),
            json!({}),
            json!([{}, [], "", {"k": {"l": [0]}}]),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(-1e300),
            // The longest floats serde_json writes (24 characters: `fits`'s bound).
            json!(-2.225_073_858_507_201_4e-308),
            json!([-1.797_693_134_862_315_7e308, -1.234_567_890_123_456_7e-100]),
        ] {
            assert_eq!(size_of(&v), serde_json::to_string(&v).unwrap().len(), "{v}");
        }
    }

    #[test]
    fn each_limit_names_its_field() {
        let deep = (0..40).fold(json!(1), |v, _| json!({ "a": v }));
        let e = check(&json!({ "x": deep }), "input", ErrorCode::InvalidInput).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.path, format!("input.x{}", ".a".repeat(MAX_DEPTH - 1)));
        let long = "字".repeat(MAX_STRING_BYTES / 3 + 1);
        let e = check(
            &json!({ "zones": [{ "note": long }] }),
            "input",
            ErrorCode::InvalidInput,
        )
        .unwrap_err();
        assert_eq!(e.path, "input.zones[0].note");
        let many = Value::Array(alloc::vec![Value::Null; MAX_ARRAY_ITEMS + 1]);
        let e = check(
            &json!({ "r": { "zones": many } }),
            "options",
            ErrorCode::InvalidOptions,
        )
        .unwrap_err();
        assert_eq!(
            (e.code, e.path.as_str()),
            (ErrorCode::InvalidOptions, "options.r.zones")
        );
        let ok = Value::Array(alloc::vec![Value::Null; MAX_ARRAY_ITEMS]);
        assert!(check(&ok, "input", ErrorCode::InvalidInput).is_ok());
        let big: Vec<Value> = (0..600).map(|_| Value::from("x".repeat(60_000))).collect();
        let e = check(&json!({ "a": big }), "input", ErrorCode::InvalidInput).unwrap_err();
        assert_eq!(e.path, "input");
        // 6 MB of text whose bound (6 bytes a byte: 36 MB) is past the limit, and itself is not:
        // the exact count decides.
        let bounded: Vec<Value> = (0..100).map(|_| Value::from("x".repeat(60_000))).collect();
        let mut fast = 0;
        let whole = Value::Array(bounded.clone());
        assert!(!fits(&crate::tree::Tree::of(&whole), 0, &mut fast));
        assert!(check(&Value::Array(bounded), "input", ErrorCode::InvalidInput).is_ok());
        // Just past the limit when counted exactly: 560 strings of 60,002 bytes, quotes included.
        let past: Vec<Value> = (0..560).map(|_| Value::from("x".repeat(60_000))).collect();
        let e = check(&Value::Array(past), "input", ErrorCode::InvalidInput).unwrap_err();
        assert_eq!((e.problem, e.path.as_str()), (Problem::TooLarge, "input"));
    }

    #[test]
    fn text_is_read_strictly() {
        let p = |t: &str| parse_json(t, "input", ErrorCode::InvalidInput);
        assert_eq!(p("\u{feff}{\"a\": 1}").unwrap(), json!({"a": 1}));
        let e = p(r#"{"a": {"b": 1, "b": 2}}"#).unwrap_err();
        assert_eq!(
            (e.code, e.path.as_str()),
            (ErrorCode::InvalidInput, "input.a.b")
        );
        let e = p(r#"{"z": [0, {"d": "\ud800"}]}"#).unwrap_err();
        assert_eq!(e.path, "input.z[1].d");
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let e = p(&deep).unwrap_err();
        assert!(e.path.starts_with("input[0][0]"), "{}", e.path);
        let m = e.message(crate::words::Lang::En);
        assert!(m.contains("nested more than 32"), "{m}");
        let e = p("{\"a\": 1e400}").unwrap_err();
        assert_eq!(e.path, "input.a");
        let full = format!("[{}0]", "0,".repeat(MAX_ARRAY_ITEMS - 1));
        assert_eq!(
            p(&full).unwrap().as_array().map(Vec::len),
            Some(MAX_ARRAY_ITEMS)
        );
        let e = p(&format!("{{\"a\": [{}0]}}", "0,".repeat(MAX_ARRAY_ITEMS))).unwrap_err();
        assert_eq!(e.path, "input.a");
        let e = p("{\"zones\": [").unwrap_err();
        assert_eq!(e.path, "input");
        let e = p("{} x").unwrap_err();
        assert_eq!(e.path, "input");
        assert_eq!(
            p("[1, 2.5, \"é\", null]").unwrap(),
            json!([1, 2.5, "é", null])
        );
    }
}
