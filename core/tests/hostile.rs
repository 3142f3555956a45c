//! The hostile inputs of `tests/hostile/cases.json`, natively: each is answered with the error
//! code and field path the file expects (or an answer where it expects one), never a panic; and
//! every field of every rule's vector input, given a value of another JSON type, is refused
//! naming exactly that field. The same file runs against the npm package in
//! `tests/node/hostile.test.mjs`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    reason = "a test: a bad case file must stop it loudly"
)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use devzone_rules::api;
use devzone_rules::error::{Error, ErrorCode};
use devzone_rules::limits;
use devzone_rules::Lang;
use serde_json::{json, Map, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Nesting deeper than this is built as JSON text and read by `limits::parse_json`: a
/// `serde_json::Value` that deep cannot even be dropped without overflowing the stack (its
/// `Drop` recurses), so no caller can hand one to the core anyway.
const TEXT_DEPTH: u64 = 64;

/// A case's value with every `$fixture` and `$generate` built; deep nesting as a placeholder
/// string to splice into text.
struct Build<'a> {
    fixtures: &'a Value,
    deep: Vec<String>,
}

impl Build<'_> {
    fn value(&mut self, v: &Value) -> Value {
        match v {
            Value::Object(map) if map.contains_key("$fixture") => {
                self.fixtures[map["$fixture"].as_str().unwrap()].clone()
            }
            Value::Object(map) if map.contains_key("$generate") => self.generate(map),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.value(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(|v| self.value(v)).collect()),
            other => other.clone(),
        }
    }

    fn generate(&mut self, spec: &Map<String, Value>) -> Value {
        let n = |k: &str| spec.get(k).and_then(Value::as_u64).unwrap_or(0);
        match spec["$generate"].as_str().unwrap() {
            "nested" => {
                let depth = n("depth");
                let object = spec.get("kind").and_then(Value::as_str) == Some("object");
                if depth > TEXT_DEPTH {
                    let (open, close) = if object { ("{\"a\":", "}") } else { ("[", "]") };
                    let depth = usize::try_from(depth).unwrap();
                    let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
                    self.deep.push(text);
                    Value::String(format!("\u{0}DEEP{}\u{0}", self.deep.len() - 1))
                } else {
                    (0..depth).fold(json!(1), |v, _| {
                        if object {
                            json!({ "a": v })
                        } else {
                            json!([v])
                        }
                    })
                }
            }
            "string" => {
                let fill = spec.get("fill").and_then(Value::as_str).unwrap_or("a");
                let bytes = usize::try_from(n("bytes")).unwrap();
                let mut s = fill.repeat(bytes / fill.len() + 1);
                while s.len() > bytes {
                    s.pop();
                }
                Value::String(s)
            }
            "array" => {
                let item = self.value(&spec["item"]);
                Value::Array(vec![item; usize::try_from(n("count")).unwrap()])
            }
            "zones" => {
                let note = "注".repeat(usize::try_from(n("noteBytes")).unwrap() / 3);
                Value::Array(
                    (0..n("count"))
                        .map(|i| {
                            json!({"id": format!("Z{i}"), "nameZh": format!("Z{i}开发区"),
                                   "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
                                   "countyId": "CTY.X", "status": "ACTIVE",
                                   "managingAuthority": "COUNTY", "sourceNote": note})
                        })
                        .collect(),
                )
            }
            "syntheticRegister" => synthetic_register(n("zones"), n("years")),
            other => panic!("unknown generator {other}"),
        }
    }
}

/// The register of the speed benchmarks (`core/benches/report.rs`): `zones` zones over 8
/// counties, `years` assessment years from 2020.
fn synthetic_register(zones: u64, years: u64) -> Value {
    let counties = [
        "CTY.YANJI",
        "CTY.TUMEN",
        "CTY.DUNHUA",
        "CTY.HUNCHUN",
        "CTY.LONGJING",
        "CTY.HELONG",
        "CTY.WANGQING",
        "CTY.ANTU",
    ];
    let zone_list: Vec<Value> = (0..zones)
        .map(|i| {
            json!({
                "id": format!("Z{i:04}"), "nameZh": format!("合成开发区{i}"),
                "level": if i % 3 == 0 { "NATIONAL" } else { "PROVINCIAL" },
                "type": "ECON_DEV_ZONE", "countyId": counties[usize::try_from(i % 8).unwrap()],
                "status": "ACTIVE", "managingAuthority": "COUNTY",
                "leadingIndustry": "装备制造", "mainIndustries": ["现代物流"],
            })
        })
        .collect();
    let mut assessments = Vec::new();
    for year in 2020..2020 + years {
        for i in 0..zones {
            assessments.push(json!({
                "zoneId": format!("Z{i:04}"), "year": year,
                "rank": (i * 7 + year * 13) % zones + 1, "populationSize": zones,
                "publishedDate": format!("{}-09-15", year + 1),
            }));
        }
    }
    json!({
        "issueDate": "2019-06-01",
        "counties": counties.iter().map(|c| json!({"id": c, "nameZh": c, "kind": "CITY"})).collect::<Vec<_>>(),
        "zones": zone_list,
        "assessments": assessments,
    })
}

/// Sets `path` (dotted, numbers index arrays) of `v` to `new`; a `$generate`d key is added.
fn set(v: &mut Value, path: &Value, new: Value, b: &mut Build<'_>) {
    if path.is_object() {
        let key = b.value(path);
        v.as_object_mut()
            .unwrap()
            .insert(key.as_str().unwrap().to_string(), new);
        return;
    }
    let mut at = v;
    for seg in path.as_str().unwrap().split('.') {
        at = match seg.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[seg],
        };
    }
    *at = new;
}

/// What the case hands the call: a value, or JSON text to read first.
enum Arg {
    Value(Value),
    Text(String),
}

fn arg(case: &Value, value_key: &str, text_key: &str, b: &mut Build<'_>) -> Arg {
    if let Some(text) = case.get(text_key).and_then(Value::as_str) {
        return Arg::Text(text.to_string());
    }
    let mut v = b.value(case.get(value_key).unwrap_or(&Value::Null));
    if value_key == "input" {
        for s in case
            .get("set")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let new = b.value(&s[1]);
            set(&mut v, &s[0], new, b);
        }
    }
    if b.deep.is_empty() {
        return Arg::Value(v);
    }
    let mut text = v.to_string();
    for (i, deep) in b.deep.iter().enumerate() {
        text = text.replace(&format!("\"\\u0000DEEP{i}\\u0000\""), deep);
    }
    b.deep.clear();
    Arg::Text(text)
}

fn resolve(a: Arg, root: &str, code: ErrorCode) -> Result<Value, Error> {
    match a {
        Arg::Value(v) => Ok(v),
        Arg::Text(t) => limits::parse_json(&t, root, code),
    }
}

fn call(case: &Value, fixtures: &Value) -> Result<Value, Error> {
    let mut b = Build {
        fixtures,
        deep: Vec::new(),
    };
    let call = case["call"].as_str().unwrap();
    let (input_root, input_code, options_root, options_code) = match call {
        "explain" => (
            "answer",
            ErrorCode::InvalidInput,
            "lang",
            ErrorCode::InvalidOptions,
        ),
        "labels" => (
            "lang",
            ErrorCode::InvalidOptions,
            "",
            ErrorCode::InvalidOptions,
        ),
        _ => (
            "input",
            ErrorCode::InvalidInput,
            "options",
            ErrorCode::InvalidOptions,
        ),
    };
    let input = arg(case, "input", "inputText", &mut b);
    let options = arg(case, "options", "optionsText", &mut b);
    let input = resolve(input, input_root, input_code)?;
    let options = resolve(options, options_root, options_code)?;
    let text = |s: String| Value::String(s);
    match call {
        "evaluate" => {
            let rule = b.value(&case["rule"]);
            let rule = rule.as_str().unwrap();
            let answer = api::evaluate(rule, &input, &options);
            // The text boundary (the CLI's, `evaluate_json_str`) answers alike.
            let via_text = api::evaluate_json_str(rule, &input.to_string(), &options.to_string());
            match (&answer, &via_text) {
                (Ok(_), Ok(_)) => {}
                (Err(a), Err(t)) => {
                    assert_eq!((a.code, &a.path), (t.code, &t.path), "{}", case["id"])
                }
                _ => panic!("{}: evaluate and evaluate_json_str disagree", case["id"]),
            }
            answer
        }
        "report" => api::report(&input, &options),
        "obligations" => api::obligations(&input, &options),
        "calendar" => api::calendar(&input, &options),
        "calendarIcs" => api::calendar_ics(&input, &options).map(text),
        "zoneSummary" => api::zone_summary(&input, &options),
        "fees" => api::fees(&input, &options),
        "explain" => api::explain(&input, &options).map(text),
        "labels" => api::labels(&input),
        other => panic!("unknown call {other}"),
    }
}

fn check(case: &Value, got: &Result<Value, Error>) -> Option<String> {
    let id = &case["id"];
    let expect = &case["expect"];
    match got {
        Ok(_) if expect.get("ok") == Some(&Value::Bool(true)) => None,
        Ok(_) => Some(format!("{id}: answered, expected {expect}")),
        Err(e) if expect.get("ok").is_some() => {
            Some(format!("{id}: refused, expected an answer: {e:?}"))
        }
        Err(e) => {
            let code_ok = expect["code"] == e.code.as_str();
            let path_ok = match (expect.get("path"), expect.get("pathPrefix")) {
                (Some(p), _) => p == e.path.as_str(),
                (None, Some(p)) => e.path.starts_with(p.as_str().unwrap()),
                _ => false,
            };
            // Every language's message is short (no input echoed whole) and not empty.
            let message_ok = [Lang::Zh, Lang::Ko, Lang::En].iter().all(|l| {
                let m = e.message(*l);
                !m.is_empty() && m.len() < 2_000
            });
            (!(code_ok && path_ok && message_ok)).then(|| {
                let path: String = e.path.chars().take(200).collect();
                let message: String = e.message(Lang::En).chars().take(300).collect();
                format!(
                    "{id}: expected {expect}, got {} at {path}: {message}",
                    e.code.as_str()
                )
            })
        }
    }
}

#[test]
fn hostile_cases_are_refused_naming_the_field() {
    let doc = read(&root().join("tests/hostile/cases.json"));
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 60, "at least 60 hostile cases");
    let mut failures = Vec::new();
    for case in cases {
        let got = call(case, &doc["fixtures"]);
        failures.extend(check(case, &got));
        // And the core still answers.
        let after = api::evaluate(
            "art-18.c",
            &json!({"issueDate": "2019-06-01", "asOf": "2019-12-02"}),
            &Value::Null,
        );
        assert_eq!(after.unwrap()["outcome"], "OVERDUE");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// A value of another JSON type than `v`'s.
fn wrong(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Null => return None,
        Value::Bool(_) => json!("true"),
        Value::Number(_) => json!("12"),
        Value::String(_) => json!(12),
        Value::Array(_) => json!({}),
        Value::Object(_) => json!([]),
    })
}

/// Every path below `v` (not `v` itself), with the value there.
fn paths(
    v: &Value,
    at: &str,
    out: &mut Vec<(String, Vec<PathSeg>, Value)>,
    segs: &mut Vec<PathSeg>,
) {
    let visit =
        |path: String, seg: PathSeg, item: &Value, out: &mut Vec<_>, segs: &mut Vec<PathSeg>| {
            segs.push(seg);
            out.push((path.clone(), segs.clone(), item.clone()));
            paths(item, &path, out, segs);
            segs.pop();
        };
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                visit(
                    format!("{at}.{k}"),
                    PathSeg::Key(k.clone()),
                    item,
                    out,
                    segs,
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                visit(format!("{at}[{i}]"), PathSeg::Index(i), item, out, segs);
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum PathSeg {
    Key(String),
    Index(usize),
}

fn replace(v: &mut Value, segs: &[PathSeg], new: Value) {
    let mut at = v;
    for s in segs {
        at = match s {
            PathSeg::Key(k) => &mut at[k.as_str()],
            PathSeg::Index(i) => &mut at[*i],
        };
    }
    *at = new;
}

/// The vectors' `$include`s read.
fn included(v: &Value) -> Value {
    match v {
        Value::Object(m) if m.contains_key("$include") => {
            read(&root().join(m["$include"].as_str().unwrap()))
        }
        Value::Object(m) => {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), included(v))).collect())
        }
        Value::Array(a) => Value::Array(a.iter().map(included).collect()),
        other => other.clone(),
    }
}

/// Each rule's first vector input that answers (no expected error, valid by its schema).
pub fn first_valid_inputs() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/vectors"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for f in files {
        let doc = read(&f);
        let Some(rule) = doc.get("rule").and_then(Value::as_str) else {
            continue;
        };
        let first = doc["cases"].as_array().unwrap().iter().find(|c| {
            c.get("expect").is_some()
                && c.get("expectError").is_none()
                && c.get("violatesSchema").is_none()
        });
        if let Some(c) = first {
            out.push((rule.to_string(), included(&c["input"])));
        }
    }
    out
}

#[test]
fn every_field_of_every_input_of_the_wrong_type_is_named() {
    let mut checked = 0;
    let mut failures = String::new();
    for (rule, input) in first_valid_inputs() {
        api::evaluate(&rule, &input, &Value::Null).unwrap_or_else(|e| panic!("{rule}: {e}"));
        let mut all = Vec::new();
        paths(&input, "input", &mut all, &mut Vec::new());
        for (path, segs, value) in all {
            let Some(bad) = wrong(&value) else { continue };
            let mut v = input.clone();
            replace(&mut v, &segs, bad.clone());
            checked += 1;
            match api::evaluate(&rule, &v, &Value::Null) {
                Err(e) if e.code == ErrorCode::InvalidInput && e.path == path => {}
                Err(e) => {
                    let _ = writeln!(
                        failures,
                        "{rule} {path} = {bad}: {} at {}: {}",
                        e.code.as_str(),
                        e.path,
                        e.message(Lang::En)
                    );
                }
                Ok(_) => {
                    let _ = writeln!(failures, "{rule} {path} = {bad}: answered");
                }
            }
        }
    }
    eprintln!("wrong types: {checked} fields of the vectors' inputs checked");
    assert!(checked > 500, "{checked} fields checked");
    assert!(failures.is_empty(), "of {checked}:\n{failures}");
}
