//! The duty vectors (`tests/vectors/duties/*.json`), run natively through
//! `devzone_rules::api::obligations`. The Node runner (`tests/node/duty-vectors.test.mjs`) reads
//! the same files and applies the same matching rule:
//!
//! * `expectDuties`: each entry matches the one duty of `input.agency` with its `ruleId` (and
//!   `year`, when given); every key it lists must equal the duty's (an absent key reads as
//!   null), `reasonCodes` being the duty's reasons' codes in order;
//! * `expectNotOwed`: rule ids of which `input.agency` (the first bearer of the answer) has no
//!   duty at all;
//! * `expectBearers`: for each rule id, the bearers of its duties over every bearer of the
//!   answer, one entry per duty, compared in sorted order (`[]`: nobody owes it);
//! * `expectError` compares `code`, `path` and `message` exactly;
//! * a case has `expectError` alone, or one or more of the three others.
//!
//! Run: `cargo test -p devzone-rules --all-features --test duty_vectors`.
#![cfg(feature = "serde")]
#![allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    reason = "test runner: a malformed vector file must fail loudly"
)]

use std::path::Path;

use devzone_rules::api;
use serde_json::Value;

fn check_not_owed(id: &str, duties: &[Value], expect: &Value) -> Result<(), String> {
    for rule in expect
        .as_array()
        .ok_or(format!("{id}: expectNotOwed is not an array"))?
    {
        if duties.iter().any(|d| &d["ruleId"] == rule) {
            return Err(format!("{id}: {rule} is owed, expected not"));
        }
    }
    Ok(())
}

fn check_bearers(id: &str, answer: &Value, expect: &Value) -> Result<(), String> {
    let all: Vec<&Value> = answer["agencies"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["duties"].as_array().into_iter().flatten())
        .collect();
    for (rule, want) in expect
        .as_object()
        .ok_or(format!("{id}: expectBearers is not an object"))?
    {
        let mut got: Vec<&str> = all
            .iter()
            .filter(|d| d["ruleId"] == rule.as_str())
            .filter_map(|d| d["bearer"].as_str())
            .collect();
        got.sort_unstable();
        let mut want: Vec<&str> = want
            .as_array()
            .ok_or(format!("{id}: expectBearers.{rule} is not an array"))?
            .iter()
            .filter_map(Value::as_str)
            .collect();
        want.sort_unstable();
        if got != want {
            return Err(format!(
                "{id}: bearers of {rule}: expected {want:?}, got {got:?}"
            ));
        }
    }
    Ok(())
}

fn check(case: &Value) -> Result<(), String> {
    let id = case["id"].as_str().unwrap_or("?");
    let options = case.get("options").cloned().unwrap_or(Value::Null);
    let result = api::obligations(&case["input"], &options);
    let expects_answer = ["expectDuties", "expectNotOwed", "expectBearers"]
        .iter()
        .any(|k| case.get(*k).is_some());
    match (expects_answer, case.get("expectError"), result) {
        (true, None, Ok(answer)) => {
            let empty = Vec::new();
            let duties = answer["agencies"][0]["duties"].as_array().unwrap_or(&empty);
            if let Some(expect) = case.get("expectNotOwed") {
                check_not_owed(id, duties, expect)?;
            }
            if let Some(expect) = case.get("expectBearers") {
                check_bearers(id, &answer, expect)?;
            }
            let none = Value::Array(Vec::new());
            for e in case
                .get("expectDuties")
                .unwrap_or(&none)
                .as_array()
                .ok_or(format!("{id}: expectDuties is not an array"))?
            {
                let rule = &e["ruleId"];
                let matching: Vec<&Value> = duties
                    .iter()
                    .filter(|d| &d["ruleId"] == rule)
                    .filter(|d| e.get("year").is_none_or(|y| &d["year"] == y))
                    .collect();
                let [duty] = matching[..] else {
                    return Err(format!("{id}: {} duties match {e}", matching.len()));
                };
                for (k, want) in e.as_object().into_iter().flatten() {
                    let got = if k == "reasonCodes" {
                        Value::Array(
                            duty["reasons"]
                                .as_array()
                                .into_iter()
                                .flatten()
                                .map(|r| r["code"].clone())
                                .collect(),
                        )
                    } else {
                        duty.get(k).cloned().unwrap_or(Value::Null)
                    };
                    if &got != want {
                        return Err(format!("{id}: {rule} {k}: expected {want}, got {got}"));
                    }
                }
            }
            Ok(())
        }
        (false, Some(expect), Err(e)) => {
            let got = serde_json::json!({
                "code": e.code.as_str(), "path": e.path, "message": e.to_string()
            });
            if &got == expect {
                Ok(())
            } else {
                Err(format!("{id}: expected error {expect}, got {got}"))
            }
        }
        (_, _, Ok(_)) => Err(format!("{id}: expected an error, got an answer")),
        (_, _, Err(e)) => Err(format!("{id}: unexpected error {e}")),
    }
}

#[test]
fn duty_vectors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/duties");
    let mut failures = Vec::new();
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(doc["function"], "obligations", "{}", path.display());
        for case in doc["cases"].as_array().unwrap() {
            cases += 1;
            let answers = ["expectDuties", "expectNotOwed", "expectBearers"]
                .iter()
                .filter(|k| case.get(**k).is_some())
                .count();
            assert!((answers > 0) != case.get("expectError").is_some(), "{case}");
            if let Err(e) = check(case) {
                failures.push(e);
            }
        }
    }
    assert!(cases >= 30, "{cases} cases");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
