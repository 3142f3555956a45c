//! Shared test vectors (`tests/vectors/*.json` at the workspace root), run natively through
//! `devzone_rules::api::evaluate`. The Node runner (`tests/node/vectors.test.mjs`) reads the same
//! files and applies the same matching rule:
//!
//! * each key of `expect` must deep-equal the same key of the answer, except `reasonCodes` and
//!   `needsHumanCodes`, which are compared with `answer.reasons[*].code` and
//!   `answer.needsHuman[*].code` in order;
//! * `expectError` compares `code`, `path` and `message` (the full `Display` string) exactly;
//! * a case has exactly one of `expect` / `expectError`.
//!
//! Every failing case is reported, each with a field-by-field diff, before the test fails.
//!
//! Run: `cargo test -p devzone-rules --all-features --test vectors`.
#![cfg(feature = "serde")]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use devzone_rules::api::evaluate;
use devzone_rules::rules::RuleId;
use serde_json::{Map, Value};

/// Keys a case may have; anything else is a typo (`expected`, `expect_error`, …) and fails.
const CASE_KEYS: &[&str] = &["id", "note", "input", "options", "expect", "expectError"];
/// Keys of `expectError`, all required.
const ERROR_KEYS: &[&str] = &["code", "path", "message"];
/// Keys a vector file may have.
const FILE_KEYS: &[&str] = &["rule", "source", "cases"];

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

/// The `*.json` files of `dir`, sorted by name.
fn vector_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.json test vectors in {}", dir.display()));
    }
    Ok(files)
}

/// What running one file gave: how many cases ran and every problem found (structure or result).
#[derive(Debug, Default)]
struct Report {
    cases: usize,
    failures: Vec<String>,
}

/// Compact JSON for messages.
fn show(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|e| format!("<unprintable: {e}>"))
}

/// Lists where `actual` differs from `expected`, as `path: expected X, got Y` lines.
fn diff(path: &str, expected: &Value, actual: Option<&Value>, out: &mut Vec<String>) {
    match (expected, actual) {
        (_, None) => out.push(format!(
            "{path}: expected {}, got nothing (key absent)",
            show(expected)
        )),
        (Value::Object(e), Some(Value::Object(a))) => {
            let keys: BTreeSet<&String> = e.keys().chain(a.keys()).collect();
            for k in keys {
                let p = format!("{path}.{k}");
                match (e.get(k), a.get(k)) {
                    (Some(ev), av) => diff(&p, ev, av, out),
                    (None, Some(av)) => out.push(format!("{p}: unexpected key, got {}", show(av))),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(e), Some(Value::Array(a))) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                diff(&format!("{path}[{i}]"), ev, Some(av), out);
            }
        }
        (e, Some(a)) if e != a => {
            out.push(format!("{path}: expected {}, got {}", show(e), show(a)))
        }
        _ => {}
    }
}

/// The matching rule for a successful answer.
fn match_answer(expect: &Map<String, Value>, answer: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (key, expected) in expect {
        let codes_of = match key.as_str() {
            "reasonCodes" => Some("reasons"),
            "needsHumanCodes" => Some("needsHuman"),
            _ => None,
        };
        if let Some(list) = codes_of {
            let codes: Option<Vec<Value>> = answer.get(list).and_then(Value::as_array).map(|rs| {
                rs.iter()
                    .map(|r| r.get("code").cloned().unwrap_or(Value::Null))
                    .collect()
            });
            match codes {
                Some(codes) => {
                    let actual = Value::Array(codes);
                    if *expected != actual {
                        out.push(format!(
                            "{key}: expected {}, got {}",
                            show(expected),
                            show(&actual)
                        ));
                    }
                }
                None => out.push(format!("{key}: the answer has no `{list}` list")),
            }
        } else {
            diff(key, expected, answer.get(key), &mut out);
        }
    }
    out
}

/// The matching rule for an expected error.
fn match_error(expect: &Map<String, Value>, err: &devzone_rules::error::Error) -> Vec<String> {
    let actual = [
        ("code", err.code.as_str().to_owned()),
        ("path", err.path.clone()),
        ("message", err.to_string()),
    ];
    let mut out = Vec::new();
    for (key, got) in actual {
        let want = expect.get(key).and_then(Value::as_str).unwrap_or_default();
        if want != got {
            out.push(format!("error {key}: expected {want:?}, got {got:?}"));
        }
    }
    out
}

/// Checks a case's shape; returns its `expect` or `expectError` object.
enum Expectation<'a> {
    Answer(&'a Map<String, Value>),
    Error(&'a Map<String, Value>),
}

fn case_shape<'a>(case: &'a Map<String, Value>) -> Result<Expectation<'a>, String> {
    if let Some(k) = case.keys().find(|k| !CASE_KEYS.contains(&k.as_str())) {
        return Err(format!(
            "unknown case key `{k}` (allowed: {})",
            CASE_KEYS.join(", ")
        ));
    }
    if !case.contains_key("input") {
        return Err("missing `input` (write `\"input\": null` to test a null input)".to_owned());
    }
    match (case.get("expect"), case.get("expectError")) {
        (Some(_), Some(_)) => Err("has both `expect` and `expectError`".to_owned()),
        (None, None) => Err("has neither `expect` nor `expectError`".to_owned()),
        (Some(Value::Object(e)), None) if !e.is_empty() => Ok(Expectation::Answer(e)),
        (Some(_), None) => Err("`expect` must be a non-empty object".to_owned()),
        (None, Some(Value::Object(e))) => {
            if let Some(k) = e.keys().find(|k| !ERROR_KEYS.contains(&k.as_str())) {
                return Err(format!("unknown `expectError` key `{k}`"));
            }
            if let Some(k) = ERROR_KEYS
                .iter()
                .find(|k| !e.get(**k).is_some_and(Value::is_string))
            {
                return Err(format!("`expectError.{k}` must be a string"));
            }
            Ok(Expectation::Error(e))
        }
        (None, Some(_)) => Err("`expectError` must be an object".to_owned()),
    }
}

/// Runs every case of one vector file (`name` is used in messages only).
fn run_file(name: &str, text: &str) -> Report {
    let mut report = Report::default();
    let fail = |id: &str, problems: &[String]| {
        let mut s = format!("{name} {id}:");
        for p in problems {
            let _ = write!(s, "\n    {p}");
        }
        s
    };
    let doc: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            report
                .failures
                .push(fail("<file>", &[format!("not valid JSON: {e}")]));
            return report;
        }
    };
    let Some(doc) = doc.as_object() else {
        report.failures.push(fail(
            "<file>",
            &["the file must hold a JSON object".to_owned()],
        ));
        return report;
    };
    if let Some(k) = doc.keys().find(|k| !FILE_KEYS.contains(&k.as_str())) {
        report
            .failures
            .push(fail("<file>", &[format!("unknown file key `{k}`")]));
    }
    let rule = doc.get("rule").and_then(Value::as_str).unwrap_or_default();
    if RuleId::parse(rule).is_none() {
        report.failures.push(fail(
            "<file>",
            &[format!(
                "`rule` is {:?}, not a known rule id",
                doc.get("rule")
            )],
        ));
        return report;
    }
    let cases = match doc.get("cases").and_then(Value::as_array) {
        Some(c) if !c.is_empty() => c,
        _ => {
            report.failures.push(fail(
                "<file>",
                &["`cases` must be a non-empty list".to_owned()],
            ));
            return report;
        }
    };
    let mut seen = BTreeSet::new();
    for (i, case) in cases.iter().enumerate() {
        let Some(case) = case.as_object() else {
            report.failures.push(fail(
                &format!("cases[{i}]"),
                &["a case must be an object".to_owned()],
            ));
            continue;
        };
        let id = match case.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => format!("cases[{i}]"),
        };
        if !case.get("id").is_some_and(Value::is_string) {
            report
                .failures
                .push(fail(&id, &["missing string `id`".to_owned()]));
        }
        if !seen.insert(id.clone()) {
            report
                .failures
                .push(fail(&id, &["duplicate id".to_owned()]));
        }
        let expectation = match case_shape(case) {
            Ok(e) => e,
            Err(problem) => {
                report.failures.push(fail(&id, &[problem]));
                continue;
            }
        };
        report.cases += 1;
        let input = case.get("input").unwrap_or(&Value::Null);
        let options = case.get("options").unwrap_or(&Value::Null);
        let problems = match (expectation, evaluate(rule, input, options)) {
            (Expectation::Answer(e), Ok(answer)) => {
                let mut problems = match_answer(e, &answer);
                problems.extend(replay(rule, input, options, &answer));
                problems
            }
            (Expectation::Answer(_), Err(err)) => vec![format!(
                "expected an answer, got error {} at {:?}: {err}",
                err.code.as_str(),
                err.path
            )],
            (Expectation::Error(e), Err(err)) => match_error(e, &err),
            (Expectation::Error(e), Ok(answer)) => vec![format!(
                "expected error {} at {}, got an answer with outcome {}",
                show(e.get("code").unwrap_or(&Value::Null)),
                show(e.get("path").unwrap_or(&Value::Null)),
                show(answer.get("outcome").unwrap_or(&Value::Null)),
            )],
        };
        if !problems.is_empty() {
            report.failures.push(fail(&id, &problems));
        }
    }
    report
}

/// An answer's `paramsUsed` passed back as `params` (in the same language) reproduces the
/// answer exactly: `paramsUsed` holds parameters only, each by its `params` name, in the form
/// `params` takes.
fn replay(rule: &str, input: &Value, options: &Value, answer: &Value) -> Vec<String> {
    let mut again = serde_json::Map::new();
    if let Some(lang) = options.get("lang") {
        again.insert("lang".to_owned(), lang.clone());
    }
    again.insert(
        "params".to_owned(),
        answer.get("paramsUsed").cloned().unwrap_or(Value::Null),
    );
    match evaluate(rule, input, &Value::Object(again)) {
        Ok(replayed) if replayed == *answer => Vec::new(),
        Ok(replayed) => {
            let mut out = Vec::new();
            diff("replayed", answer, Some(&replayed), &mut out);
            out.insert(
                0,
                "passing `paramsUsed` back as `params` changes the answer:".to_owned(),
            );
            out
        }
        Err(e) => vec![format!(
            "`paramsUsed` passed back as `params` is refused: {e}"
        )],
    }
}

#[test]
fn shared_vectors() {
    let files = vector_files(&vectors_dir()).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    let mut total = 0;
    let mut summary = Vec::new();
    for path in &files {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        let report = run_file(&name, &text);
        summary.push(format!(
            "{name}: {} cases, {} failing",
            report.cases,
            report.failures.len()
        ));
        total += report.cases;
        failures.extend(report.failures);
    }
    eprintln!(
        "test vectors: {total} cases in {} files\n  {}",
        files.len(),
        summary.join("\n  ")
    );
    // Every computed rule of the registry has its vector file (and so is covered natively here
    // and in wasm by the Node runner, which reads the same files).
    let names: Vec<String> = files
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    for rule in devzone_rules::rules::evaluable() {
        let file = format!("{}.json", rule.as_str());
        if !names.contains(&file) {
            failures.push(format!(
                "{file}: the computed rule {} has no vector file",
                rule.as_str()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing test vector(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// The runner's own checks: each must be able to fail.

#[test]
fn empty_folder_is_an_error() {
    let dir = std::env::temp_dir().join(format!("devzone-vectors-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a vector").unwrap();
    let result = vector_files(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(result.unwrap_err().contains("no *.json test vectors"));
}

const OK_INPUT: &str = r#"{"issueDate": "2019-06-01", "asOf": "2019-12-02"}"#;

fn file_with(rule: &str, case: &str) -> String {
    format!(r#"{{"rule": "{rule}", "source": "runner self-test", "cases": [{case}]}}"#)
}

#[test]
fn unknown_rule_fails_the_file() {
    let r = run_file(
        "x.json",
        &file_with(
            "art-99.z",
            &format!(r#"{{"id": "A", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE"}}}}"#),
        ),
    );
    assert_eq!(r.failures.len(), 1, "{:?}", r.failures);
    assert!(r.failures[0].contains("not a known rule id"));
}

#[test]
fn both_or_neither_expectation_fails() {
    let both = file_with(
        "art-18.c",
        &format!(
            r#"{{"id": "B", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE"}},
                "expectError": {{"code": "INVALID_INPUT", "path": "input", "message": "input: x"}}}}"#
        ),
    );
    let neither = file_with(
        "art-18.c",
        &format!(r#"{{"id": "N", "input": {OK_INPUT}}}"#),
    );
    let typo = file_with(
        "art-18.c",
        &format!(r#"{{"id": "T", "input": {OK_INPUT}, "expected": {{}}}}"#),
    );
    for (text, needle) in [
        (both, "both"),
        (neither, "neither"),
        (typo, "unknown case key `expected`"),
    ] {
        let r = run_file("x.json", &text);
        assert_eq!(r.cases, 0);
        assert_eq!(r.failures.len(), 1, "{:?}", r.failures);
        assert!(r.failures[0].contains(needle), "{}", r.failures[0]);
    }
}

#[test]
fn every_failing_case_is_reported_with_a_diff() {
    let cases = format!(
        r#"{{"id": "W1", "input": {OK_INPUT}, "expect": {{"outcome": "PENDING", "due": "2019-12-01",
              "reasonCodes": ["IMPL_MEASURES_DUE"], "clause": {{"number": "(十七)"}}}}}},
           {{"id": "OK", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE", "daysOverdue": 1}}}},
           {{"id": "W2", "input": null, "expect": {{"outcome": "OVERDUE"}}}},
           {{"id": "W3", "input": {OK_INPUT}, "expectError": {{"code": "INVALID_INPUT", "path": "input", "message": "input: x"}}}},
           {{"id": "W4", "input": {{"issueDate": "2019-02-30", "asOf": "2019-12-02"}},
             "expectError": {{"code": "INVALID_INPUT", "path": "input.issueDate", "message": "wrong"}}}}"#
    );
    let r = run_file("x.json", &file_with("art-18.c", &cases));
    assert_eq!(r.cases, 5);
    let ids: Vec<&str> = r
        .failures
        .iter()
        .map(|f| f.split(':').next().unwrap())
        .collect();
    assert_eq!(ids, ["x.json W1", "x.json W2", "x.json W3", "x.json W4"]);
    let w1 = &r.failures[0];
    assert!(
        w1.contains(r#"outcome: expected "PENDING", got "OVERDUE""#),
        "{w1}"
    );
    assert!(w1.contains("reasonCodes: expected"), "{w1}");
    assert!(
        w1.contains(r#"clause.number: expected "(十七)", got "(十八)""#),
        "{w1}"
    );
    assert!(!w1.contains("due:"), "{w1}");
    assert!(r.failures[1].contains("expected an answer, got error INVALID_INPUT"));
    assert!(r.failures[2].contains("expected error"));
    assert!(r.failures[3].contains("error message: expected \"wrong\""));
}
