//! `api::LoadedRegister`: a register loaded once answers every question as the stateless call
//! with the register in its input does (example register, every zone, the zone-year rules, two
//! years; three languages for art-14.d), and refuses what it cannot answer, naming the field.
#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test set-up: a bad fixture must stop the test loudly"
)]

use devzone_rules::api::{self, LoadedRegister};
use serde_json::{json, Value};

fn example() -> Value {
    serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap()
}

#[test]
fn loaded_register_answers_as_the_stateless_call() {
    let register = example();
    let reg = LoadedRegister::load(&register).unwrap();
    let zones: Vec<String> = register["zones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["id"].as_str().unwrap().to_string())
        .collect();
    let mut asked = 0;
    for rule in [
        "art-14.c", "art-14.d", "art-14.e", "art-14.f", "art-14.h", "art-15.a", "art-02.b",
    ] {
        for zone in &zones {
            for year in [2020, 2022] {
                // Every language for one rule; English for the others (a debug build is slow).
                let langs: &[&str] = if rule == "art-14.d" {
                    &["zh", "ko", "en"]
                } else {
                    &["en"]
                };
                for lang in langs {
                    let options = json!({ "lang": lang });
                    let q = if rule == "art-02.b" {
                        json!({ "zoneId": zone, "asOf": "2023-06-30" })
                    } else {
                        json!({ "zoneId": zone, "year": year, "asOf": "2023-06-30" })
                    };
                    let mut input = q.clone();
                    input["register"] = register.clone();
                    let expected = api::evaluate(rule, &input, &options);
                    let got = reg.evaluate(rule, &q, &options);
                    assert_eq!(got, expected, "{rule} {zone} {year} {lang}");
                    let text = reg
                        .evaluate_to_text(rule, &q, &options)
                        .map(|t| serde_json::from_str::<Value>(&t).unwrap());
                    assert_eq!(text, expected, "{rule} {zone} {year} {lang} (text)");
                    // In brief: the stateless call's brief, the answer's outcome.
                    let brief = reg.decide(rule, &q, &options);
                    assert_eq!(brief, api::decide(rule, &input, &options));
                    if let (Ok(b), Ok(a)) = (&brief, &expected) {
                        assert_eq!(b.outcome.as_str(), a["outcome"], "{rule} {zone} {year}");
                    }
                    let brief_text = reg.decide_to_text(rule, &q, &options);
                    assert_eq!(brief_text, api::decide_to_text(rule, &input, &options));
                    // As words (the wasm package's briefs; `decisions.rs` holds them to the
                    // brief's fields).
                    let words = reg.decide_to_words(rule, &q, &options);
                    assert_eq!(words, api::decide_to_words(rule, &input, &options));
                    asked += 1;
                }
            }
        }
    }
    assert!(asked > 200, "{asked}");
    let q = json!({ "asOf": "2023-06-30" });
    let mut input = q.clone();
    input["register"] = register.clone();
    assert_eq!(
        reg.report(&q, &Value::Null),
        api::report(&input, &Value::Null)
    );
    assert_eq!(
        reg.obligations(&q, &Value::Null),
        api::obligations(&input, &Value::Null)
    );
}

#[test]
fn loaded_register_errors_name_the_field() {
    let mut bad = example();
    bad["zones"][2]["countyId"] = json!("CTY.NOWHERE");
    let e = LoadedRegister::load(&bad).unwrap_err();
    assert_eq!(e.path, "register.zones[2].countyId");

    let register = example();
    let reg = LoadedRegister::load(&register).unwrap();
    let zone = register["zones"][0]["id"].clone();
    let e = reg
        .evaluate(
            "art-14.d",
            &json!({ "register": register, "zoneId": zone, "year": 2021 }),
            &Value::Null,
        )
        .unwrap_err();
    assert_eq!(e.path, "input.register");
    let e = reg
        .evaluate(
            "art-18.c",
            &json!({ "issueDate": "2019-06-01" }),
            &Value::Null,
        )
        .unwrap_err();
    assert_eq!(e.path, "ruleId");
    let e = reg
        .evaluate(
            "art-14.d",
            &json!({ "zoneId": zone, "year": "2021" }),
            &Value::Null,
        )
        .unwrap_err();
    assert_eq!(e.path, "input.year");
    let e = reg
        .evaluate("art-14.d", &json!([1]), &Value::Null)
        .unwrap_err();
    assert_eq!(e.path, "input");
}
