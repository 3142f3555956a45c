//! The ambiguity register for reading: one entry (the view of `api::ambiguities` with an id) or
//! all of them (the list), in the view's own language.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::{Map, Value};

use super::{lang_of, text, Words};
use crate::words::Phrase;

/// One entry (an object) or the whole register (an array of entries), as readable text in the
/// entries' language. Anything missing from a view is left out.
#[must_use]
pub fn ambiguities(view: &Value) -> String {
    let mut out = String::new();
    match view {
        Value::Array(entries) => {
            let lang = entries.first().map(lang_of).unwrap_or_default();
            let w = Words::new(lang);
            let _ = writeln!(
                out,
                "{}{}{}\n",
                w.phrase(Phrase::AmbRegisterTitle),
                w.colon(),
                w.fill(Phrase::AmbCount, &[("n", &entries.len().to_string())])
            );
            for (i, e) in entries.iter().filter_map(Value::as_object).enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                entry(&mut out, e, w);
            }
        }
        Value::Object(e) => entry(&mut out, e, Words::new(lang_of(view))),
        _ => {}
    }
    out
}

fn entry(out: &mut String, e: &Map<String, Value>, w: Words) {
    let strings = |key: &str| -> Vec<&str> {
        e.get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect()
    };
    let _ = writeln!(out, "{}", text(e, "id").unwrap_or_default());
    let mut concerns: Vec<String> = Vec::new();
    let rules = strings("rules");
    if !rules.is_empty() {
        concerns.push(rules.join(", "));
    }
    if let Some(scope) = text(e, "scope") {
        concerns.push(scope.into());
    }
    if !concerns.is_empty() {
        let sep = if w.lang == crate::words::Lang::Zh {
            ";"
        } else {
            "; "
        };
        line(out, w, Phrase::AmbRules, &concerns.join(sep));
    }
    for (phrase, key) in [
        (Phrase::AmbQuestion, "question"),
        (Phrase::AmbReading, "reading"),
        (Phrase::AmbAlternatives, "alternatives"),
        (Phrase::AmbWhy, "why"),
    ] {
        if let Some(t) = text(e, key) {
            line(out, w, phrase, t);
        }
    }
    let params = strings("params");
    let params = if params.is_empty() {
        w.phrase(Phrase::None).into()
    } else {
        params.join(", ")
    };
    line(out, w, Phrase::AmbParams, &params);
    if e.get("departs").and_then(Value::as_bool) == Some(true) {
        let _ = writeln!(out, "  {}", w.phrase(Phrase::AmbDeparts));
    }
}

fn line(out: &mut String, w: Words, caption: Phrase, value: &str) {
    let _ = writeln!(out, "  {}{}{value}", w.phrase(caption), w.colon());
}
