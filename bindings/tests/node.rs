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

use devzone_rules_wasm::{
    evaluate, impl_measures_deadline, joint_meetings, rulebook, rules, zone_summary,
};
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
    assert_eq!(help, EVALUABLE_HELP);
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

/// The rules with a function, in catalog order: the preamble's scope definition and the clause
/// rules issue 3 and the earlier issues compute.
const EVALUABLE_HELP: &str = "rules that can be evaluated: pre.a, art-02.a, art-02.b, art-02.c, \
     art-02.d, art-03.a, art-04.d, art-05.a, art-06.b, art-10.a, art-10.b, art-11.b, art-11.e, \
     art-11.f, art-11.g, art-12.b, art-14.c, art-14.d, art-14.e, art-14.f, art-14.h, art-15.a, \
     art-16.b, art-17.a, art-17.b, art-17.d, art-18.c";

fn strings(v: &JsValue) -> Vec<String> {
    Array::from(v)
        .iter()
        .map(|s| {
            s.as_string()
                .unwrap_or_else(|| panic!("not a string: {s:?}"))
        })
        .collect()
}

#[wasm_bindgen_test]
fn a_rule_id_that_is_not_a_string_lists_the_evaluable_rules() {
    let thrown = evaluate(JsValue::from_f64(18.0), JsValue::NULL, JsValue::UNDEFINED);
    assert_eq!(
        get_str(thrown.as_ref().unwrap_err(), "help"),
        EVALUABLE_HELP
    );
    assert_devzone_error(
        thrown,
        "UNKNOWN_RULE",
        "ruleId",
        "ruleId: invalid type: number, expected a rule id string such as `art-18.c`",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn rules_lists_the_whole_catalog() {
    let list = rules().unwrap();
    assert!(Array::is_array(&list));
    let list = Array::from(&list);
    // Catalog §7: pre.a–c, sec-1 and the 74 clause rules.
    assert_eq!(list.length(), 78);
    let ids: Vec<String> = list.iter().map(|r| get_str(&r, "id")).collect();
    assert_eq!(ids.first().map(String::as_str), Some("pre.a"));
    assert_eq!(ids.last().map(String::as_str), Some("art-18.c"));
    assert_eq!(ids.iter().filter(|i| i.starts_with("art-")).count(), 74);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 78, "rule ids are not unique");
    let source = devzone_rules::rules::SOURCE_TEXT;
    for r in list.iter() {
        let id = get_str(&r, "id");
        assert_eq!(get_str(&r, "citation"), format!("YB-DZ-OPINIONS/{id}"));
        let quote = get_str(&r, "quote");
        assert!(!quote.is_empty(), "{id}: empty quote");
        assert!(
            source.contains(&quote),
            "{id}: quote not in the source: {quote}"
        );
        for q in strings(&get(&r, "extraQuotes")) {
            assert!(
                source.contains(&q),
                "{id}: extra quote not in the source: {q}"
            );
        }
        let evaluation = get_str(&r, "evaluation");
        let note = get(&r, "evaluationNote");
        match evaluation.as_str() {
            // A rule with a function has a Korean rendering and no note; absent values are `null`.
            "FUNCTION" => {
                assert!(
                    get(&r, "ko").as_string().is_some(),
                    "{id}: no Korean rendering"
                );
                assert!(note.is_null(), "{id}: {note:?}");
            }
            "OPEN_ITEM" => assert!(note.is_null(), "{id}: {note:?}"),
            "NOT_COMPUTABLE" | "PLANNED" => {
                assert!(
                    note.as_string().is_some_and(|n| !n.is_empty()),
                    "{id}: no reason"
                );
            }
            other => panic!("{id}: evaluation `{other}`"),
        }
    }
    let evaluable: Vec<String> = list
        .iter()
        .filter(|r| get_str(r, "evaluation") == "FUNCTION")
        .map(|r| get_str(&r, "id"))
        .collect();
    assert_eq!(
        format!("rules that can be evaluated: {}", evaluable.join(", ")),
        EVALUABLE_HELP
    );
    // art-14.d as listed: its clause, bearers with names, and the (十四) responsible units.
    let d = list
        .iter()
        .find(|r| get_str(r, "id") == "art-14.d")
        .unwrap();
    assert_eq!(get_str(&d, "clause"), "(十四)");
    assert_eq!(get_str(&d, "clauseTitle"), "建立考核激励机制");
    assert_eq!(strings(&get(&d, "kinds")), ["sanction"]);
    assert_eq!(get_str(&d, "strength"), "MANDATORY");
    let bearers: Vec<String> = Array::from(&get(&d, "bearers"))
        .iter()
        .map(|b| get_str(&b, "code"))
        .collect();
    assert_eq!(bearers, ["ACT.LG", "AG.NATRES"]);
    // Exactly the core's list: the binding adds, drops and renames nothing.
    assert_eq!(
        to_json(&JsValue::from(list)),
        serde_json::to_value(devzone_rules::api::rules()).unwrap()
    );
}

#[wasm_bindgen_test]
fn a_rule_without_a_function_is_not_evaluable() {
    assert_devzone_error(
        evaluate("art-14.a".into(), js("{}"), JsValue::UNDEFINED),
        "NOT_EVALUABLE",
        "ruleId",
        "ruleId: rule `art-14.a` is in the rulebook but has no function (OPEN_ITEM): an obligation with no computable condition, tracked as an open item",
    );
    assert_still_answers();
}

/// A small register: county X with a provincial zone P1 (ranked 80th of 88 in 2020, results
/// published 2021-05-10) and an industrial concentration zone I1.
const REGISTER: &str = r#"{
  "issueDate": "2019-06-01",
  "counties": [{ "id": "CTY.X", "nameZh": "X县", "kind": "COUNTY" }],
  "zones": [
    { "id": "P1", "nameZh": "P1开发区", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
      "countyId": "CTY.X", "status": "ACTIVE", "managingAuthority": "COUNTY",
      "leadingIndustry": "新材料", "mainIndustries": ["装备制造"], "meetsHighTechCriteria": true },
    { "id": "I1", "nameZh": "I1工业集中区", "level": "INDUSTRIAL_CONCENTRATION",
      "type": "INDUSTRIAL_CONCENTRATION_ZONE", "countyId": "CTY.X", "status": "ACTIVE",
      "managingAuthority": "COUNTY" }
  ],
  "assessments": [
    { "zoneId": "P1", "year": 2020, "rank": 80, "populationSize": 88, "publishedDate": "2021-05-10" }
  ]
}"#;

fn register_input(rest: &str) -> String {
    format!(r#"{{"register":{REGISTER},{rest}}}"#)
}

#[wasm_bindgen_test]
fn art_14_d_yellow_card_bottom_10() {
    let input = register_input(r#""zoneId":"P1","year":2020"#);
    let a = evaluate("art-14.d".into(), js(&input), js(r#"{"lang":"en"}"#)).unwrap();
    assert_eq!(get_str(&a, "ruleId"), "art-14.d");
    assert_eq!(get_str(&a, "citation"), "YB-DZ-OPINIONS/art-14.d");
    // 80 > 88 − 10: in the bottom 10; no 2019 record, so no rank fall to compare.
    assert_eq!(get_str(&a, "outcome"), "TRIGGERED");
    assert_eq!(strings(&get(&a, "triggers")), ["BOTTOM_N"]);
    let hit: Vec<f64> = Array::from(&get(&a, "hitYears"))
        .iter()
        .map(|y| y.as_f64().unwrap())
        .collect();
    assert_eq!(hit, [2020.0]);
    assert_eq!(
        strings(&get(&a, "measures")),
        [
            "YELLOW_CARD",
            "LAND_QUOTA_RESTRICTED",
            "NO_EXPAND_ADJUST_UPGRADE",
            "PUBLIC_NOTICE",
            "RECTIFY_BY_DEADLINE"
        ]
    );
    // The sanction starts with the publication of the results (AMB-10); no end is known yet.
    assert_eq!(get_str(&a, "start"), "2021-05-10");
    assert!(get(&a, "end").is_undefined());
    assert_eq!(
        reason_codes(&a),
        [
            "YEAR_IN_BOTTOM",
            "RANK_FALL_NO_BASELINE",
            "YELLOW_CARD_TRIGGERED",
            "SANCTION_STARTS",
            "YELLOW_CARD_UNTIL_NEXT_RESULT"
        ]
    );
    // Issue 8: the card stays in force until the next year's results are out (AMB-24), and the
    // period to rectify is set by each notice, not by the text.
    assert_eq!(get_str(&a, "endStatus"), "UNTIL_NEXT_RESULT");
    let needs: Vec<String> = Array::from(&get(&a, "needsHuman"))
        .iter()
        .map(|r| get_str(&r, "code"))
        .collect();
    assert_eq!(
        needs,
        ["RECTIFICATION_PERIOD_EXTERNAL", "LAND_QUOTA_SIZE_EXTERNAL"]
    );
    // The year before, without a record: its rank is `null` (JSON), not missing.
    let years = Array::from(&get(&a, "years"));
    assert_eq!(years.length(), 2);
    assert_eq!(get(&years.get(0), "year").as_f64(), Some(2019.0));
    assert_eq!(get_str(&years.get(0), "standing"), "NO_RECORD");
    assert!(get(&years.get(0), "rank").is_null());
    assert_eq!(get_str(&years.get(1), "standing"), "BOTTOM");
    assert_eq!(get(&years.get(1), "rank").as_f64(), Some(80.0));
    assert_eq!(
        get(&get(&a, "paramsUsed"), "bottomNYellow").as_f64(),
        Some(10.0)
    );
    assert_eq!(
        to_json(&a),
        core_answer("art-14.d", &input, r#"{"lang":"en"}"#)
    );
}

/// Each permission as (action, status, decided by). The opinion never grants an action: a
/// status is BARRED, NOT_BARRED or NEEDS_HUMAN (issue 8), never `allowed: true/false`.
fn permissions(summary: &JsValue) -> Vec<(String, String, Vec<String>)> {
    Array::from(&get(summary, "permissions"))
        .iter()
        .map(|p| {
            (
                get_str(&p, "action"),
                get_str(&p, "status"),
                strings(&get(&p, "decidedBy")),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
fn zone_summary_with_a_yellow_card_in_force() {
    let input = register_input(r#""zoneId":"P1","asOf":"2021-06-01""#);
    let s = zone_summary(js(&input), js(r#"{"lang":"ko"}"#)).unwrap();
    assert_eq!(get_str(&s, "zoneId"), "P1");
    assert_eq!(get_str(&s, "zoneName"), "P1开发区");
    assert_eq!(get_str(&s, "asOf"), "2021-06-01");
    assert_eq!(get_str(&s, "lang"), "ko");
    // 2020's results came out on 2021-05-10, before asOf.
    assert_eq!(get(&s, "assessmentYear").as_f64(), Some(2020.0));
    let findings = Array::from(&get(&s, "findings"));
    let outcome_of = |rule: &str| {
        findings
            .iter()
            .find(|f| get_str(f, "ruleId") == rule)
            .map(|f| get_str(&f, "outcome"))
            .unwrap_or_else(|| panic!("no finding of {rule}"))
    };
    let mut rules_found: Vec<String> = findings.iter().map(|f| get_str(&f, "ruleId")).collect();
    rules_found.sort();
    // No art-02.d: P1 is provincial, not an industrial concentration zone.
    assert_eq!(
        rules_found,
        [
            "art-02.b", "art-02.c", "art-03.a", "art-05.a", "art-11.b", "art-12.b", "art-14.c",
            "art-14.d", "art-14.e", "art-14.f", "art-14.h", "art-15.a", "pre.a"
        ]
    );
    assert_eq!(outcome_of("pre.a"), "IN_SCOPE");
    assert_eq!(outcome_of("art-12.b"), "NOT_DISPATCHED");
    assert_eq!(outcome_of("art-02.b"), "NEEDS_HUMAN");
    // P1 and the ICZ I1 both count (AMB-05); 2021-06-01 is the window's last day (art-02.a).
    assert_eq!(outcome_of("art-02.c"), "MERGE_REQUIRED");
    assert_eq!(outcome_of("art-05.a"), "VALID");
    // Criteria met, but the yellow card in force bars the application (catalog §6.3).
    assert_eq!(outcome_of("art-03.a"), "NOT_ELIGIBLE");
    assert_eq!(outcome_of("art-14.c"), "NOT_ELIGIBLE");
    assert_eq!(outcome_of("art-14.d"), "TRIGGERED");
    // One bottom-10 year of the counted window 2020 (2018 and 2019 precede issuance): not 2 of 3.
    assert_eq!(outcome_of("art-14.e"), "NOT_TRIGGERED");
    // 80 ≤ 88 − 5: not in the bottom 5.
    assert_eq!(outcome_of("art-14.f"), "NOT_TRIGGERED");
    assert_eq!(outcome_of("art-14.h"), "NOT_DISQUALIFIED");
    assert_eq!(outcome_of("art-15.a"), "NOT_DISQUALIFIED");
    let card = |a: &str| {
        (
            a.to_string(),
            "BARRED".to_string(),
            vec!["art-14.d".to_string()],
        )
    };
    assert_eq!(
        permissions(&s),
        [
            card("EXPAND"),
            card("ADJUST"),
            card("UPGRADE"),
            (
                "APPLY_HIGH_TECH".to_string(),
                "BARRED".to_string(),
                vec!["art-03.a".to_string()]
            ),
            ("BE_ASSESSED".to_string(), "NOT_BARRED".to_string(), vec![]),
        ]
    );
    assert_eq!(
        to_json(&s),
        devzone_rules::api::zone_summary(
            &serde_json::from_str(&input).unwrap(),
            &serde_json::json!({ "lang": "ko" })
        )
        .unwrap()
    );
}

#[wasm_bindgen_test]
fn zone_summary_before_the_results_are_published() {
    let s = zone_summary(
        js(&register_input(r#""zoneId":"P1","asOf":"2021-05-09""#)),
        JsValue::UNDEFINED,
    )
    .unwrap();
    // No results out yet: no assessment findings, no card, and nothing barred.
    assert!(get(&s, "assessmentYear").is_null());
    let rules_found: Vec<String> = Array::from(&get(&s, "findings"))
        .iter()
        .map(|f| get_str(&f, "ruleId"))
        .collect();
    assert!(!rules_found
        .iter()
        .any(|r| r.starts_with("art-14.") && r != "art-14.h"));
    for (action, status, decided_by) in permissions(&s) {
        assert_eq!(status, "NOT_BARRED", "{action}: {decided_by:?}");
    }
    assert_eq!(get_str(&s, "lang"), "zh");
}

#[wasm_bindgen_test]
fn zone_summary_bad_register_names_the_field() {
    let bad_level = REGISTER.replacen(r#""level": "PROVINCIAL""#, r#""level": "PROVINCE""#, 1);
    assert_devzone_error(
        zone_summary(
            js(&format!(
                r#"{{"register":{bad_level},"zoneId":"P1","asOf":"2021-06-01"}}"#
            )),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.register.zones[0].level",
        "input.register.zones[0].level: unknown variant `PROVINCE`, expected one of `NATIONAL`, `PROVINCIAL`, `INDUSTRIAL_CONCENTRATION`, `OTHER`, `UNKNOWN`",
    );
    assert_still_answers();
    let bad_rank = REGISTER.replacen(r#""rank": 80"#, r#""rank": 90"#, 1);
    assert_devzone_error(
        zone_summary(
            js(&format!(
                r#"{{"register":{bad_rank},"zoneId":"P1","asOf":"2021-06-01"}}"#
            )),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.register.assessments[0].rank",
        "input.register.assessments[0].rank: rank 90 (tied with 1) does not fit a ranking of 88 zones",
    );
    assert_still_answers();
    assert_devzone_error(
        zone_summary(
            js(&register_input(r#""zoneId":"NOPE","asOf":"2021-06-01""#)),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.zoneId",
        "input.zoneId: unknown zone `NOPE`: not in `register.zones`",
    );
    assert_still_answers();
    // The same register check through evaluate.
    let bad_date = REGISTER.replacen("2021-05-10", "2021-02-30", 1);
    assert_devzone_error(
        evaluate(
            "art-14.d".into(),
            js(&format!(
                r#"{{"register":{bad_date},"zoneId":"P1","year":2020}}"#
            )),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.register.assessments[0].publishedDate",
        "input.register.assessments[0].publishedDate: invalid date `2021-02-30`: 2021-02 has 28 days",
    );
    assert_still_answers();
    // And the summary still answers afterwards.
    let s = zone_summary(
        js(&register_input(r#""zoneId":"I1","asOf":"2021-06-01""#)),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get_str(&s, "zoneId"), "I1");
}
