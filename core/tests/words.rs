//! Every word is in the core and complete (issue 9, "one home for words"):
//!
//! * every field of every vector's answer (nested ones too) has a label in `text::fields`, in
//!   zh, ko and en, and every coded value of a coded field has a label in one of its enums;
//! * every message's placeholders are filled on every vector in every language (no `{name}`
//!   left, no empty message), and the text renderer fills them as the view does;
//! * every stable-name enum of the core (each `stable_enum!` in its sources) has a non-empty label
//!   in every language, and its names parse back;
//! * the text renderer explains every vector's answer in every language without leaving a
//!   placeholder.
//!
//! Run: `cargo test -p devzone-rules --all-features --test words`.
#![cfg(feature = "serde")]
#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test code: a failure is a panic"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use devzone_rules::text::fields::{self, Shape};
use devzone_rules::words::Lang;
use serde_json::{json, Value};

/// The fields of the envelope (labelled by the renderer's own phrases, not as rule fields).
const ENVELOPE: &[&str] = &[
    "ruleId",
    "citation",
    "clause",
    "outcome",
    "outcomeLabel",
    "severity",
    "reasons",
    "needsHuman",
    "paramsUsed",
    "ambiguities",
    "lang",
    "rulebook",
    "illustrative",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every answer of the shared vectors (cases with `expect`), in every language.
fn vector_answers() -> Vec<(String, Lang, Value)> {
    let dir = root().join("tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let rule = file["rule"].as_str().unwrap();
        for case in file["cases"].as_array().unwrap() {
            if case.get("expect").is_none() {
                continue;
            }
            for lang in Lang::ALL {
                let mut options = case.get("options").cloned().unwrap_or_else(|| json!({}));
                options["lang"] = json!(lang.as_str());
                let answer = devzone_rules::api::evaluate(rule, &case["input"], &options)
                    .unwrap_or_else(|e| panic!("{rule} {}: {e}", case["id"]));
                out.push((alloc_id(case), *lang, answer));
            }
        }
    }
    assert!(out.len() > 1000, "only {} answers", out.len());
    out
}

fn alloc_id(case: &Value) -> String {
    case["id"].as_str().unwrap_or("?").to_owned()
}

/// Collects the rule fields of an answer (recursively: fee lines, shares, years) with their
/// values.
fn collect<'a>(name: &'a str, v: &'a Value, out: &mut Vec<(&'a str, &'a Value)>) {
    out.push((name, v));
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                collect(k, x, out);
            }
        }
        Value::Array(items) => {
            for x in items {
                if x.is_object() {
                    collect(name, x, out);
                    out.pop(); // the item itself is not a field
                    if let Value::Object(map) = x {
                        for (k, y) in map {
                            collect(k, y, out);
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_detail_field_and_coded_value_has_a_label() {
    let mut missing: BTreeSet<String> = BTreeSet::new();
    let mut unlabelled: BTreeSet<String> = BTreeSet::new();
    let mut seen = 0;
    for (id, lang, answer) in vector_answers() {
        let obj = answer.as_object().unwrap();
        let mut found = Vec::new();
        for (k, v) in obj.iter().filter(|(k, _)| !ENVELOPE.contains(&k.as_str())) {
            collect(k, v, &mut found);
        }
        for (name, value) in found {
            seen += 1;
            let Some(field) = fields::field(name) else {
                missing.insert(format!("{name} ({id})"));
                continue;
            };
            for l in Lang::ALL {
                assert!(!field.label.pick(*l).trim().is_empty(), "{name} {l}");
            }
            if let Shape::Enum(_) | Shape::EnumLines(_) = field.shape {
                let codes: Vec<&str> = match value {
                    Value::String(s) => vec![s.as_str()],
                    Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
                    _ => vec![],
                };
                for code in codes {
                    if fields::value_label(name, code, lang).is_none() {
                        unlabelled.insert(format!("{name} = {code} ({id})"));
                    }
                }
            }
        }
    }
    assert!(seen > 10_000, "only {seen} fields looked at");
    assert!(missing.is_empty(), "fields without a label: {missing:#?}");
    assert!(
        unlabelled.is_empty(),
        "coded values without a label: {unlabelled:#?}"
    );
}

/// Every reason of every vector's answer, in every language: the message is not empty, has no
/// placeholder left, and the text renderer (which re-renders it from its code and arguments)
/// writes the same message.
#[test]
fn every_message_is_filled_on_every_vector_in_every_language() {
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    for (id, lang, answer) in vector_answers() {
        for key in ["reasons", "needsHuman"] {
            for r in answer[key].as_array().unwrap() {
                let code = r["code"].as_str().unwrap();
                let message = r["message"].as_str().unwrap();
                assert!(!message.trim().is_empty(), "{id} {lang} {code}: empty");
                let template = code
                    .parse::<devzone_rules::ReasonCode>()
                    .unwrap()
                    .template(lang);
                for name in devzone_rules::messages::placeholders(template) {
                    let unfilled = ["{", name].concat();
                    assert!(
                        !message.contains(&unfilled),
                        "{id} {lang} {code}: `{{{name}}}` left in {message}"
                    );
                }
                // A stable name given as a fact is shown as its label in zh and ko (a
                // placeholder of a clause's own enum is declared `coded: { … }` with its code).
                if lang != Lang::En {
                    for (name, v) in r["args"].as_object().into_iter().flatten() {
                        let Some(v) = v.as_str() else { continue };
                        // Ids the caller chose (zones, fee codes, commitments) are shown as given.
                        let id_like =
                            ["zone", "Zone", "code", "Code", "id", "Id", "other", "party"];
                        if id_like.iter().any(|w| name.contains(w)) {
                            continue;
                        }
                        let stable_name =
                            v.len() >= 4 && v.chars().all(|c| c.is_ascii_uppercase() || c == '_');
                        assert!(
                            !stable_name || !message.contains(v),
                            "{id} {lang} {code}: `{name}` shown as the raw code {v}: {message}"
                        );
                    }
                }
                let explained = devzone_rules::text::answer(&json!({ key: [r] }), lang);
                assert!(
                    explained.contains(message),
                    "{id} {lang} {code}: the text renderer writes another message than {message}:\n{explained}"
                );
                *codes.entry(code.to_owned()).or_default() += 1;
            }
        }
    }
    assert!(codes.len() > 150, "only {} codes seen", codes.len());
}

/// The text renderer explains every vector's answer in every language with no placeholder left.
#[test]
fn the_text_renderer_explains_every_vector() {
    for (id, lang, answer) in vector_answers() {
        let text = devzone_rules::text::answer(&answer, lang);
        // A placeholder left: `{name}` or `{name|을}` (parameters may print JSON objects).
        let left = text.split('{').skip(1).any(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            !name.is_empty() && rest[name.len()..].starts_with(['}', '|'])
        });
        assert!(!left, "{id} {lang}:\n{text}");
        let rule = answer["ruleId"].as_str().unwrap();
        assert!(text.starts_with(&format!("{}{rule}", marker(&answer, lang))));
    }
}

fn marker(answer: &Value, lang: Lang) -> String {
    if answer["illustrative"] == true {
        format!(
            "{} ",
            devzone_rules::words::Phrase::Illustrative.label(lang)
        )
    } else {
        String::new()
    }
}

/// A Korean particle after a value is written inside the placeholder (`{due|을}`); written after
/// it (`{due}|을`) it would print the bar and both particles.
#[test]
fn particles_are_written_inside_their_placeholder() {
    for code in devzone_rules::ReasonCode::all() {
        for lang in devzone_rules::Lang::ALL {
            let template = code.template(*lang);
            // Outside the placeholders no `|` is left.
            let outside: String = template
                .split('{')
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once('}').map_or(part, |(_, rest)| rest)
                    }
                })
                .collect();
            assert!(
                !outside.contains('|'),
                "{} {lang}: a particle marker outside a placeholder: {template}",
                code.as_str()
            );
        }
    }
}

/// A computed rule's own field labels (declared with its detail type) never relabel a shared
/// field or another rule's field: one label per field name.
#[test]
fn each_field_name_is_labelled_once() {
    for (i, f) in fields::FIELDS.iter().enumerate() {
        assert!(
            !fields::FIELDS[..i].iter().any(|s| s.name == f.name),
            "`{}` is a shared field twice",
            f.name
        );
    }
    let own = fields::own_fields();
    assert!(!own.is_empty());
    for (i, (rule, f)) in own.iter().enumerate() {
        assert!(
            !fields::FIELDS.iter().any(|s| s.name == f.name),
            "{rule}: `{}` is already a shared field",
            f.name
        );
        assert!(
            !own[..i].iter().any(|(_, o)| o.name == f.name),
            "{rule}: `{}` is labelled by another rule too",
            f.name
        );
    }
}

/// `labels` and `ambiguities` written as text (the npm package's) say what their JSON values
/// say, in every language: the labels' text in each table's order, the values' maps sorted.
#[test]
fn labels_and_ambiguities_as_text_are_their_values() {
    use devzone_rules::api;
    let parse = |text: String| serde_json::from_str::<Value>(&text).unwrap();
    for lang in ["zh", "ko", "en"] {
        let lang = json!(lang);
        let words = api::labels(&lang).unwrap();
        assert_eq!(parse(api::labels_text(&lang).unwrap()), words);
        // The text's fields in the display order.
        let text = api::labels_text(&lang).unwrap();
        let fields_part =
            &text[text.find("\"fields\":").unwrap()..text.find("\"enums\":").unwrap()];
        let at = |name: &str| fields_part.find(&format!("\"{name}\":")).unwrap();
        let names: Vec<&str> = fields::FIELDS.iter().map(|f| f.name).collect();
        assert!(names.windows(2).all(|w| at(w[0]) < at(w[1])));
        let options = json!({ "lang": lang });
        let all = api::ambiguities(None, &options).unwrap();
        assert_eq!(parse(api::ambiguities_text(None, &options).unwrap()), all);
        for entry in all.as_array().unwrap() {
            let id = entry["id"].as_str().unwrap();
            assert_eq!(
                parse(api::ambiguities_text(Some(id), &options).unwrap()),
                api::ambiguities(Some(id), &options).unwrap()
            );
        }
    }
    let e = api::labels_text(&json!("fr")).unwrap_err();
    assert_eq!(e.path, "lang");
    let e = api::ambiguities_text(Some("AMB-999"), &Value::Null).unwrap_err();
    assert_eq!(
        e,
        api::ambiguities(Some("AMB-999"), &Value::Null).unwrap_err()
    );
}
