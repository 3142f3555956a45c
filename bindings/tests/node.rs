//! The wasm bindings in Node (`wasm-pack test --mode no-install --node bindings`).
//!
//! Checks what a JS caller sees: plain answer objects equal to the core's JSON answer, and thrown
//! `Error`s named `DevzoneError` with the exact `code`, `path` and message, after which the module
//! keeps answering.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failed expectation is a test failure"
)]
#![allow(
    clippy::useless_conversion,
    reason = "`\"art-18.c\".into()` compiles whether `evaluate` takes the rule id as `&str` or as `JsValue`"
)]

use devzone_rules_wasm::{evaluate, impl_measures_deadline, joint_meetings, rulebook};
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A JS value from JSON text.
fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or_else(|e| panic!("bad test JSON {text}: {e:?}"))
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn get_str(v: &JsValue, key: &str) -> String {
    get(v, key)
        .as_string()
        .unwrap_or_else(|| panic!("`{key}` is not a string: {:?}", get(v, key)))
}

fn reason_codes(answer: &JsValue) -> Vec<String> {
    Array::from(&get(answer, "reasons"))
        .iter()
        .map(|r| get_str(&r, "code"))
        .collect()
}

/// The answer through JSON text, to compare with the core's own JSON answer.
fn to_json(v: &JsValue) -> serde_json::Value {
    let text: String = JSON::stringify(v).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

fn core_answer(rule: &str, input: &str, options: &str) -> serde_json::Value {
    devzone_rules::api::evaluate(
        rule,
        &serde_json::from_str(input).unwrap(),
        &serde_json::from_str(options).unwrap(),
    )
    .unwrap()
}

/// Asserts `result` is a thrown `DevzoneError` with exactly this code, path and message.
#[track_caller]
fn assert_devzone_error(result: Result<JsValue, JsValue>, code: &str, path: &str, message: &str) {
    let thrown = match result {
        Ok(v) => panic!(
            "expected a DevzoneError `{message}`, got an answer {:?}",
            to_json(&v)
        ),
        Err(e) => e,
    };
    let err: js_sys::Error = thrown
        .clone()
        .dyn_into()
        .unwrap_or_else(|_| panic!("thrown value is not an Error: {thrown:?}"));
    assert_eq!(String::from(err.name()), "DevzoneError");
    assert_eq!(String::from(err.message()), message);
    assert_eq!(get_str(&thrown, "code"), code);
    assert_eq!(get_str(&thrown, "path"), path);
}

/// A valid call after an error: the module still answers, and correctly.
#[track_caller]
fn assert_still_answers() {
    let a = evaluate(
        "art-18.c".into(),
        js(r#"{"issueDate":"2019-06-01","asOf":"2019-12-02"}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get_str(&a, "outcome"), "OVERDUE");
    assert_eq!(get_str(&a, "due"), "2019-12-01");
    assert_eq!(get(&a, "daysOverdue").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn art_18_c_pending_tv_18_1() {
    let input = r#"{"issueDate":"2019-03-15","asOf":"2019-06-01"}"#;
    let a = evaluate("art-18.c".into(), js(input), js(r#"{"lang":"en"}"#)).unwrap();
    assert_eq!(get_str(&a, "ruleId"), "art-18.c");
    assert_eq!(get_str(&a, "outcome"), "PENDING");
    assert_eq!(get_str(&a, "outcomeLabel"), "pending");
    assert_eq!(get_str(&a, "due"), "2019-09-15");
    assert_eq!(get(&a, "daysRemaining").as_f64(), Some(106.0));
    assert!(get(&a, "daysOverdue").is_undefined());
    assert_eq!(
        reason_codes(&a),
        ["IMPL_MEASURES_DUE", "IMPL_MEASURES_PENDING"]
    );
    assert_eq!(get_str(&a, "citation"), "YB-DZ-OPINIONS/art-18.c");
    // Exactly the core's JSON answer: the binding adds, drops and renames nothing.
    assert_eq!(
        to_json(&a),
        core_answer("art-18.c", input, r#"{"lang":"en"}"#)
    );
}

#[wasm_bindgen_test]
fn art_18_c_answers_are_plain_objects_and_arrays() {
    let a = evaluate(
        "art-18.c".into(),
        js(r#"{"issueDate":"2019-08-31","asOf":"2020-03-01"}"#),
        JsValue::NULL,
    )
    .unwrap();
    let object_prototype = JsValue::from(Object::get_prototype_of(&Object::new()));
    assert_eq!(
        JsValue::from(Object::get_prototype_of(&a)),
        object_prototype
    );
    let first_reason = Array::from(&get(&a, "reasons")).get(0);
    assert_eq!(
        JsValue::from(Object::get_prototype_of(&first_reason)),
        object_prototype
    );
    assert!(Array::is_array(&get(&a, "reasons")));
    assert!(Array::is_array(&get(&a, "needsHuman")));
    // TV-18-2: no 31 February, leap year.
    assert_eq!(get_str(&a, "due"), "2020-02-29");
    assert_eq!(get_str(&a, "outcome"), "OVERDUE");
    assert_eq!(get(&a, "daysOverdue").as_f64(), Some(1.0));
    assert_eq!(get_str(&a, "lang"), "zh");
}

#[wasm_bindgen_test]
fn art_18_c_typed_entry_point_met_late_tv_18_8() {
    let a = impl_measures_deadline(
        js(r#"{"issueDate":"2019-06-01","adoptedDate":"2019-12-02"}"#),
        js(r#"{"lang":"ko"}"#),
    )
    .unwrap();
    assert_eq!(get_str(&a, "outcome"), "MET_LATE");
    assert_eq!(get_str(&a, "due"), "2019-12-01");
    assert_eq!(get(&a, "daysLate").as_f64(), Some(1.0));
    assert_eq!(get_str(&a, "lang"), "ko");
    assert_eq!(get_str(&a, "outcomeLabel"), "기한 경과 후 완료");
    assert_eq!(
        reason_codes(&a),
        ["IMPL_MEASURES_DUE", "IMPL_MEASURES_ADOPTED_LATE"]
    );
}

#[wasm_bindgen_test]
fn art_16_b_compliant_tv_16_2() {
    let input = r#"{"issueDate":"2019-06-01","year":2020,
        "meetings":[{"date":"2020-11-20"},{"date":"2020-03-10"},{"date":"2021-01-05"}]}"#;
    let a = evaluate("art-16.b".into(), js(input), JsValue::UNDEFINED).unwrap();
    assert_eq!(get_str(&a, "outcome"), "COMPLIANT");
    assert_eq!(get(&a, "count").as_f64(), Some(2.0));
    assert_eq!(get(&a, "required").as_f64(), Some(2.0));
    assert_eq!(get(&a, "firstApplicableYear").as_f64(), Some(2020.0));
    let counted: Vec<String> = Array::from(&get(&a, "counted"))
        .iter()
        .map(|d| d.as_string().unwrap())
        .collect();
    assert_eq!(counted, ["2020-03-10", "2020-11-20"]);
    assert_eq!(reason_codes(&a), ["MEETINGS_COUNT_MET"]);
    assert_eq!(to_json(&a), core_answer("art-16.b", input, "null"));
}

#[wasm_bindgen_test]
fn art_16_b_spread_and_first_year() {
    // TV-16-4: two meetings, both in May, with the spread requirement.
    let a = joint_meetings(
        js(r#"{"issueDate":"2019-06-01","year":2022,"meetings":[{"date":"2022-05-01"},{"date":"2022-05-20"}]}"#),
        js(r#"{"params":{"meetingsRequireSpread":true}}"#),
    )
    .unwrap();
    assert_eq!(get_str(&a, "outcome"), "NON_COMPLIANT");
    assert_eq!(
        reason_codes(&a),
        ["MEETINGS_COUNT_MET", "MEETINGS_NONE_IN_SECOND_HALF"]
    );
    assert_eq!(
        get(&get(&a, "paramsUsed"), "meetingsRequireSpread"),
        JsValue::TRUE
    );
    // TV-16-1: the year of issuance is not yet applicable.
    let b = evaluate(
        "art-16.b".into(),
        js(r#"{"issueDate":"2019-06-01","year":2019,"meetings":[{"date":"2019-09-01"}]}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get_str(&b, "outcome"), "NOT_YET_APPLICABLE");
    assert_eq!(reason_codes(&b), ["MEETINGS_NOT_YET_APPLICABLE"]);
}

#[wasm_bindgen_test]
fn rulebook_matches_the_core() {
    let r = rulebook().unwrap();
    assert_eq!(
        get_str(&r, "version"),
        devzone_rules::rules::RULEBOOK_VERSION
    );
    assert_eq!(
        get_str(&r, "sourceSha256"),
        devzone_rules::rules::SOURCE_SHA256
    );
}

#[wasm_bindgen_test]
fn null_input() {
    assert_devzone_error(
        evaluate("art-18.c".into(), JsValue::NULL, JsValue::UNDEFINED),
        "INVALID_INPUT",
        "input",
        "input: invalid type: null, expected an object with `issueDate` and `asOf` or `adoptedDate`",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn number_input() {
    assert_devzone_error(
        evaluate("art-16.b".into(), JsValue::from_f64(42.0), JsValue::UNDEFINED),
        "INVALID_INPUT",
        "input",
        "input: invalid type: integer `42`, expected an object with `issueDate`, `year` and `meetings`",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn unknown_field() {
    assert_devzone_error(
        evaluate(
            "art-18.c".into(),
            js(r#"{"issueDate":"2019-06-01","asOf":"2019-07-01","bearer":"CTY.YANJI"}"#),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.bearer",
        "input.bearer: unknown field `bearer`, expected one of `issueDate`, `asOf`, `adoptedDate`",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn impossible_date() {
    assert_devzone_error(
        evaluate(
            "art-18.c".into(),
            js(r#"{"issueDate":"2019-02-30","asOf":"2019-07-01"}"#),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.issueDate",
        "input.issueDate: invalid date `2019-02-30`: 2019-02 has 28 days",
    );
    assert_still_answers();
    assert_devzone_error(
        evaluate(
            "art-16.b".into(),
            js(
                r#"{"issueDate":"2019-06-01","year":2020,"meetings":[{"date":"2020-03-01"},{"date":"2020-02-30"}]}"#,
            ),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.meetings[1].date",
        "input.meetings[1].date: invalid date `2020-02-30`: 2020-02 has 29 days",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn wrong_type() {
    assert_devzone_error(
        evaluate(
            "art-18.c".into(),
            js(r#"{"issueDate":20190601,"asOf":"2019-07-01"}"#),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.issueDate",
        "input.issueDate: invalid type: integer `20190601`, expected a date string `YYYY-MM-DD`",
    );
    assert_still_answers();
    assert_devzone_error(
        evaluate(
            "art-16.b".into(),
            js(r#"{"issueDate":"2019-06-01","year":"2020","meetings":[]}"#),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.year",
        "input.year: invalid type: string \"2020\", expected a year from 1 to 9999",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn bad_rule_id_and_options() {
    let input = || js(r#"{"issueDate":"2019-06-01","asOf":"2019-07-01"}"#);
    let thrown = evaluate("art-99.z".into(), input(), JsValue::UNDEFINED);
    let help = get_str(thrown.as_ref().unwrap_err(), "help");
    assert_eq!(help, "rules that can be evaluated: art-16.b, art-18.c");
    assert_devzone_error(
        thrown,
        "UNKNOWN_RULE",
        "ruleId",
        "ruleId: unknown rule `art-99.z`",
    );
    assert_still_answers();
    assert_devzone_error(
        evaluate("art-18.c".into(), input(), js(r#"{"lang":"fr"}"#)),
        "INVALID_OPTIONS",
        "options.lang",
        "options.lang: unknown variant `fr`, expected one of `zh`, `en`, `ko`",
    );
    assert_still_answers();
    assert_devzone_error(
        evaluate(
            "art-18.c".into(),
            input(),
            js(r#"{"params":{"meetingsMinPerYear":-1}}"#),
        ),
        "INVALID_OPTIONS",
        "options.params.meetingsMinPerYear",
        "options.params.meetingsMinPerYear: invalid value: -1, expected a whole number ≥ 0",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn missing_either_date() {
    assert_devzone_error(
        impl_measures_deadline(js(r#"{"issueDate":"2019-06-01"}"#), JsValue::UNDEFINED),
        "INVALID_INPUT",
        "input",
        "input: expected `asOf` or `adoptedDate` (or both)",
    );
    assert_still_answers();
}
