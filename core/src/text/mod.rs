//! The text renderer: an answer, a zone summary, a report, an obligations list, a calendar, a fee
//! calculation, the rulebook, the ambiguity register or a register's description as readable
//! text in one language, with every word from the core ([`crate::words`], the enums' labels, the
//! field labels of [`fields`], the reason templates). The CLI prints it and the npm package
//! exports it (`explain(answer, lang)`), so every surface shows the same words.
//!
//! It reads the JSON views (what [`crate::api`] returns and what JS holds): the same input on every
//! surface. An answer and a zone summary are rendered in any language from their codes (outcome,
//! reason codes and arguments, rule id), whatever language they were computed in; the report, the
//! obligations, the calendar and the fee calculation are rendered in their own `lang`, whose names
//! and messages they already carry. Anything missing from a view is left out, never invented.

mod ambiguities;
mod answer;
mod fees;
pub mod fields;
mod listing;
mod plan;
mod zone;

pub use ambiguities::ambiguities;
pub use answer::answer;
pub use fees::fees;
pub use listing::{register_info, rules};
pub use plan::{
    calendar, obligations, obligations_bearer, obligations_head, obligations_tail, report,
    report_of_line_starts,
};
pub use zone::zone_summary;

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::{Map, Value};

use crate::words::{Lang, Phrase};

/// The notice that opens every output computed from the built-in example register (the CLI
/// prints it when no `--register` is given).
#[must_use]
pub fn example_notice(lang: Lang) -> &'static str {
    Phrase::ExampleNotice.label(lang)
}

/// "as of `<date>` (today, China time; …)": what the CLI says when it chose the date itself.
#[must_use]
pub fn as_of_today(date: &str, lang: Lang) -> String {
    Words::new(lang).fill(Phrase::AsOfToday, &[("date", date)])
}

/// A phrase template of `lang` filled from `args`.
pub(crate) fn fill_phrase(p: Phrase, args: &[(&str, &str)], lang: Lang) -> String {
    Words::new(lang).fill(p, args)
}

/// Punctuation and phrases in one language.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Words {
    pub lang: Lang,
}

impl Words {
    pub const fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// `：` in Chinese, `: ` otherwise.
    pub const fn colon(self) -> &'static str {
        match self.lang {
            Lang::Zh => "：",
            Lang::Ko | Lang::En => ": ",
        }
    }

    /// The colon ending a heading (no trailing space).
    pub const fn heading_colon(self) -> &'static str {
        match self.lang {
            Lang::Zh => "：",
            Lang::Ko | Lang::En => ":",
        }
    }

    /// `、` in Chinese, `, ` otherwise.
    pub const fn sep(self) -> &'static str {
        match self.lang {
            Lang::Zh => "、",
            Lang::Ko | Lang::En => ", ",
        }
    }

    /// The phrase in the language.
    pub fn phrase(self, p: Phrase) -> &'static str {
        p.label(self.lang)
    }

    /// `head(inner)` in Chinese, `head (inner)` otherwise.
    pub fn paren(self, head: &str, inner: &str) -> String {
        match self.lang {
            Lang::Zh => alloc::format!("{head}({inner})"),
            Lang::Ko | Lang::En => alloc::format!("{head} ({inner})"),
        }
    }

    /// A phrase template with its `{name}` placeholders filled from `args`.
    pub fn fill(self, p: Phrase, args: &[(&str, &str)]) -> String {
        crate::messages::fill(self.phrase(p), |name, out| {
            match args.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => {
                    out.push_str(v);
                    true
                }
                None => false,
            }
        })
    }

    /// An amount of yuan: `100.00元`, `100.00원`, `100.00 yuan`.
    pub fn yuan(self, amount: &str) -> String {
        self.fill(Phrase::Yuan, &[("amount", amount)])
    }

    /// `[示例] ` / `[실례] ` / `[illustrative] ` when a view's `illustrative` flag says it rests
    /// on made-up records.
    pub fn marker(self, illustrative: Option<&Value>) -> String {
        if illustrative.and_then(Value::as_bool) == Some(true) {
            alloc::format!("{} ", self.phrase(Phrase::Illustrative))
        } else {
            String::new()
        }
    }

    /// A value in words: dates and numbers as written, flags as yes/no, lists joined.
    pub fn show(self, value: &Value) -> String {
        match value {
            Value::Null => self.phrase(Phrase::None).to_owned(),
            Value::Bool(true) => self.phrase(Phrase::Yes).to_owned(),
            Value::Bool(false) => self.phrase(Phrase::No).to_owned(),
            Value::Number(n) => {
                let mut out = String::new();
                crate::num::push_json_number(&mut out, n);
                out
            }
            Value::String(s) => s.clone(),
            Value::Array(items) if items.is_empty() => self.phrase(Phrase::None).to_owned(),
            Value::Array(items) => self.join(items.iter().map(|v| self.show(v))),
            Value::Object(_) => {
                let mut out = String::new();
                write_json(&mut out, value);
                out
            }
        }
    }

    /// Items joined by the language's list separator.
    pub fn join(self, items: impl Iterator<Item = String>) -> String {
        let items: Vec<String> = items.collect();
        items.join(self.sep())
    }

    /// An agency, actor or county code as its name in the language followed by the code; an
    /// unknown code as written.
    pub fn actor(self, code: &str) -> String {
        match crate::agencies::actor(code) {
            Some(a) => self.paren(a.name(self.lang), code),
            None => code.to_owned(),
        }
    }

    /// `Rulebook version: …` and `Source SHA-256: …` from a view's `rulebook`, when present.
    pub fn rulebook_lines(self, out: &mut String, rulebook: Option<&Value>) {
        let Some(book) = rulebook.and_then(Value::as_object) else {
            return;
        };
        if let Some(v) = text(book, "version") {
            let _ = writeln!(
                out,
                "{}{}{v}",
                self.phrase(Phrase::RulebookVersion),
                self.colon()
            );
        }
        if let Some(sha) = text(book, "sourceSha256") {
            let _ = writeln!(
                out,
                "{}{}{sha}",
                self.phrase(Phrase::SourceSha256),
                self.colon()
            );
        }
    }
}

/// A string field of an object.
pub(crate) fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key).and_then(Value::as_str)
}

/// A string field of a value, or `""`.
pub(crate) fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// A whole-number field of a value, or 0.
pub(crate) fn n(v: &Value, key: &str) -> u64 {
    v.get(key).and_then(Value::as_u64).unwrap_or_default()
}

/// The items of an array field (none when absent).
pub(crate) fn items<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// A view's own language (`lang`), Chinese when absent.
pub(crate) fn lang_of(v: &Value) -> Lang {
    s(v, "lang").parse().unwrap_or_default()
}

/// The first letter in upper case (an English label used as a heading: the core's own words,
/// ASCII, so no Unicode case tables in the wasm module).
pub(crate) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => core::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// A reason's message in `lang`: its code's template filled from its `args`, as the core
/// renders it; the view's own `message` (or the code) when the code is not known.
pub(crate) fn reason_message(r: &Map<String, Value>, lang: Lang) -> String {
    let code = text(r, "code").and_then(|c| c.parse::<crate::messages::ReasonCode>().ok());
    let empty = Map::new();
    let args = r.get("args").and_then(Value::as_object).unwrap_or(&empty);
    match code {
        Some(code) => crate::messages::fill(code.template(lang), |name, out| {
            match args.get(crate::messages::localized(name, lang, |k| {
                args.contains_key(k)
            })) {
                Some(Value::String(s)) => {
                    out.push_str(crate::messages::text_arg_in(code.coded(), name, s, lang));
                    true
                }
                Some(v) => {
                    write_arg(out, v);
                    true
                }
                None => false,
            }
        }),
        None => text(r, "message")
            .or_else(|| text(r, "code"))
            .unwrap_or_default()
            .to_owned(),
    }
}

/// An argument as [`crate::answer::Value`]'s `Display` writes it: lists joined by `, `, named
/// values as `name value`, `null` as nothing.
fn write_arg(out: &mut String, v: &Value) {
    match v {
        Value::Null => {}
        Value::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        Value::Number(n) => crate::num::push_json_number(out, n),
        Value::String(s) => out.push_str(s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_arg(out, item);
            }
        }
        Value::Object(map) => {
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push(' ');
                write_arg(out, item);
            }
        }
    }
}

/// `v` as compact JSON text (what a parameter's value looks like when passed back in `params`).
pub(crate) fn write_json(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        Value::Number(n) => crate::num::push_json_number(out, n),
        Value::String(s) => {
            out.push('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    c if u32::from(c) < 0x20 => {
                        let _ = write!(out, "\\u{:04x}", u32::from(c));
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, &Value::String(k.clone()));
                out.push(':');
                write_json(out, item);
            }
            out.push('}');
        }
    }
}
