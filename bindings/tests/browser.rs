//! The wasm bindings in a real browser
//! (`wasm-pack test --mode no-install --headless --chrome bindings`).
//!
//! A smaller set than `node.rs`: the rules answer (art-18.c, art-16.b, art-14.d), `rules()` lists
//! the catalog, `zoneSummary` summarises a zone, an error is a `DevzoneError` with the exact
//! code, path and message (a bad register field included), and the module keeps answering after it.
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

use devzone_rules_wasm::{evaluate, joint_meetings, rules, zone_summary};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

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

#[track_caller]
fn assert_devzone_error(result: Result<JsValue, JsValue>, code: &str, path: &str, message: &str) {
    let thrown = result.expect_err("expected a DevzoneError, got an answer");
    let err: js_sys::Error = thrown
        .clone()
        .dyn_into()
        .unwrap_or_else(|_| panic!("thrown value is not an Error: {thrown:?}"));
    assert_eq!(String::from(err.name()), "DevzoneError");
    assert_eq!(String::from(err.message()), message);
    assert_eq!(get_str(&thrown, "code"), code);
    assert_eq!(get_str(&thrown, "path"), path);
}

#[track_caller]
fn assert_still_answers() {
    let a = evaluate(
        "art-18.c".into(),
        js(r#"{"issueDate":"2018-08-31","asOf":"2019-02-28"}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    // TV-18-3: non-leap month-end clamp; the due day itself is still pending, 0 days left.
    assert_eq!(get_str(&a, "outcome"), "PENDING");
    assert_eq!(get_str(&a, "due"), "2019-02-28");
    assert_eq!(get(&a, "daysRemaining").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
fn runs_in_a_browser() {
    // A window exists here and not in Node: proves the configuration took effect.
    let window = Reflect::get(&js_sys::global(), &JsValue::from_str("window")).unwrap();
    assert!(window.is_object());
}

#[wasm_bindgen_test]
fn art_18_c_met_on_time_tv_18_7() {
    let a = evaluate(
        "art-18.c".into(),
        js(r#"{"issueDate":"2019-06-01","adoptedDate":"2019-12-01","asOf":"2020-01-01"}"#),
        js(r#"{"lang":"en"}"#),
    )
    .unwrap();
    assert_eq!(get_str(&a, "outcome"), "MET_ON_TIME");
    assert_eq!(get_str(&a, "outcomeLabel"), "met on time");
    assert_eq!(get_str(&a, "due"), "2019-12-01");
    assert_eq!(
        reason_codes(&a),
        ["IMPL_MEASURES_DUE", "IMPL_MEASURES_ADOPTED_ON_TIME"]
    );
}

#[wasm_bindgen_test]
fn art_16_b_county_meeting_not_counted_tv_16_5() {
    let a = joint_meetings(
        js(r#"{"issueDate":"2019-06-01","year":2022,"meetings":[
            {"date":"2022-02-10"},
            {"date":"2022-06-01","convenedBy":"CTY.YANJI"},
            {"date":"2022-09-15","kind":"JOINT_WORK_MEETING","convenedBy":"ACT.LG"}]}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get_str(&a, "outcome"), "COMPLIANT");
    assert_eq!(get(&a, "count").as_f64(), Some(2.0));
    assert_eq!(
        reason_codes(&a),
        ["MEETING_EXCLUDED_CONVENER", "MEETINGS_COUNT_MET"]
    );
}

#[wasm_bindgen_test]
fn errors_then_recovery() {
    assert_devzone_error(
        evaluate("art-18.c".into(), JsValue::NULL, JsValue::UNDEFINED),
        "INVALID_INPUT",
        "input",
        "input: invalid type: null, expected an object with `issueDate` and `asOf` or `adoptedDate`",
    );
    assert_still_answers();
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
        joint_meetings(
            js(r#"{"issueDate":"2019-06-01","year":2020,"meetings":[{"date":"2020-01-01","room":"A"}]}"#),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.meetings[0].room",
        "input.meetings[0].room: unknown field `room`, expected one of `date`, `kind`, `convenedBy`, `note`",
    );
    assert_still_answers();
    assert_devzone_error(
        evaluate(
            "art-18.c".into(),
            js(r#"{"issueDate":"2019-06-01","asOf":"2019-07-01"}"#),
            js(r#"{"lang":"fr"}"#),
        ),
        "INVALID_OPTIONS",
        "options.lang",
        "options.lang: unknown variant `fr`, expected one of `zh`, `en`, `ko`",
    );
    assert_still_answers();
}

#[wasm_bindgen_test]
fn rules_lists_the_catalog_with_verbatim_quotes() {
    let list = Array::from(&rules().unwrap());
    assert_eq!(list.length(), 78);
    let source = devzone_rules::rules::SOURCE_TEXT;
    for r in list.iter() {
        let quote = get_str(&r, "quote");
        assert!(
            !quote.is_empty() && source.contains(&quote),
            "{}: {quote}",
            get_str(&r, "id")
        );
    }
    let functions = list
        .iter()
        .filter(|r| get_str(r, "evaluation") == "FUNCTION")
        .count();
    assert_eq!(functions, 27);
}

/// County X: a provincial zone P1 ranked 80th of 88 in 2020 (published 2021-05-10) and an ICZ.
const REGISTER: &str = r#"{
  "issueDate": "2019-06-01",
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

#[wasm_bindgen_test]
fn art_14_d_and_the_zone_summary() {
    let a = evaluate(
        "art-14.d".into(),
        js(&format!(
            r#"{{"register":{REGISTER},"zoneId":"P1","year":2020}}"#
        )),
        JsValue::UNDEFINED,
    )
    .unwrap();
    // 80 > 88 − 10: bottom 10, a yellow card from the publication date.
    assert_eq!(get_str(&a, "outcome"), "TRIGGERED");
    assert_eq!(get_str(&a, "start"), "2021-05-10");
    let s = zone_summary(
        js(&format!(
            r#"{{"register":{REGISTER},"zoneId":"P1","asOf":"2021-06-01"}}"#
        )),
        js(r#"{"lang":"en"}"#),
    )
    .unwrap();
    assert_eq!(get(&s, "assessmentYear").as_f64(), Some(2020.0));
    let expand = Array::from(&get(&s, "permissions")).get(0);
    assert_eq!(get_str(&expand, "action"), "EXPAND");
    // Barred by the yellow card: a status, never `allowed: false` (issue 8).
    assert_eq!(get_str(&expand, "status"), "BARRED");
    let by: Vec<String> = Array::from(&get(&expand, "decidedBy"))
        .iter()
        .map(|r| r.as_string().unwrap())
        .collect();
    assert_eq!(by, ["art-14.d"]);
    let card = Array::from(&get(&s, "findings"))
        .iter()
        .find(|f| get_str(f, "ruleId") == "art-14.d")
        .unwrap();
    assert_eq!(get_str(&card, "outcomeLabel"), "triggered");
}

#[wasm_bindgen_test]
fn bad_register_field_then_recovery() {
    let bad = REGISTER.replacen(r#""populationSize": 88"#, r#""populationSize": "88""#, 1);
    assert_devzone_error(
        zone_summary(
            js(&format!(
                r#"{{"register":{bad},"zoneId":"P1","asOf":"2021-06-01"}}"#
            )),
            JsValue::UNDEFINED,
        ),
        "INVALID_INPUT",
        "input.register.assessments[0].populationSize",
        "input.register.assessments[0].populationSize: invalid type: string \"88\", expected a whole number ≥ 0",
    );
    assert_still_answers();
    assert_devzone_error(
        evaluate("art-14.g".into(), js("{}"), JsValue::UNDEFINED),
        "NOT_EVALUABLE",
        "ruleId",
        "ruleId: rule `art-14.g` is in the rulebook but has no function (OPEN_ITEM): an obligation with no computable condition, tracked as an open item",
    );
    assert_still_answers();
}
