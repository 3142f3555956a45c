//! Issue 11: reports a person can act on. The report's filters (by name), its lines (repeated
//! findings for review merged), and one count of "unknown" shared with the obligations.
#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::cast_possible_truncation,
    reason = "test helpers"
)]

use devzone_rules::api;
use serde_json::{json, Value};

fn register() -> Value {
    serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap()
}

fn report(as_of: &str, options: &Value) -> Value {
    api::report(&json!({ "register": register(), "asOf": as_of }), options).unwrap()
}

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap()
}

/// The same bureau has the same number of unknown duties in its obligations and in the report's
/// group of that bearer, for every bearer, on several dates.
#[test]
fn one_count_of_unknown_across_obligations_and_report() {
    for as_of in ["2019-10-01", "2021-07-01", "2023-06-30", "2026-01-01"] {
        let r = report(as_of, &json!({ "lang": "en" }));
        let o = api::obligations(
            &json!({ "register": register(), "asOf": as_of }),
            &json!({ "lang": "en" }),
        )
        .unwrap();
        let mut compared = 0;
        for a in o["agencies"].as_array().unwrap() {
            let code = a["code"].as_str().unwrap();
            let unknown = n(&a["counts"]["unknown"]);
            assert_eq!(
                a["unknown"].as_array().unwrap().len() as u64,
                unknown,
                "{as_of} {code}: the unknown list and its count"
            );
            for d in a["unknown"].as_array().unwrap() {
                assert!(d["toSettle"].as_str().is_some_and(|t| !t.is_empty()));
            }
            let group = r["agencies"]
                .as_array()
                .unwrap()
                .iter()
                .chain(r["zones"].as_array().unwrap())
                .find(|g| g["id"] == code);
            let in_report = group.map_or(0, |g| {
                // A zone's group also holds the findings about it: count its own duties only.
                g["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| &r["findings"][usize::try_from(n(i)).unwrap()])
                    .filter(|f| f["bearer"] == code && f["outcome"] == "UNKNOWN")
                    .count() as u64
            });
            assert_eq!(in_report, unknown, "{as_of} {code}");
            if let Some(g) = r["agencies"]
                .as_array()
                .unwrap()
                .iter()
                .find(|g| g["id"] == code)
            {
                assert_eq!(n(&g["counts"]["unknown"]), unknown, "{as_of} {code}");
            }
            compared += 1;
        }
        assert!(compared > 20, "{as_of}: {compared} bearers");
    }
}

/// Each filter keeps exactly the findings of the group it names, found by name.
#[test]
fn filters_by_name_keep_the_findings_of_their_group() {
    let all = report("2023-06-30", &json!({ "lang": "zh" }));
    let group = |list: &str, id: &str| -> Vec<Value> {
        let g = all[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == id)
            .unwrap();
        g["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| all["findings"][usize::try_from(n(i)).unwrap()].clone())
            .collect()
    };
    for (field, name, list, id) in [
        ("county", "图们", "counties", "CTY.TUMEN"),
        ("county", "도문", "counties", "CTY.TUMEN"),
        ("zone", "图们经开区", "zones", "TM-EDZ"),
        ("zone", "Tumen Economic Development Zone", "zones", "TM-EDZ"),
        ("agency", "商务局", "agencies", "AG.COMMERCE"),
        ("agency", "领导小组", "agencies", "ACT.LG"),
        ("agency", "natural resources", "agencies", "AG.NATRES"),
    ] {
        let r = report("2023-06-30", &json!({ "lang": "zh", field: name }));
        let want = group(list, id);
        assert_eq!(r["findings"].as_array().unwrap(), &want, "{field} {name}");
        assert_eq!(
            n(&r["counts"]["total"]),
            want.len() as u64,
            "{field} {name}"
        );
        assert_eq!(r["filter"][0]["field"], field);
        assert_eq!(r["filter"][0]["value"], id);
    }
    let r = report(
        "2023-06-30",
        &json!({ "county": "CTY.TUMEN", "severity": "REVIEW", "rule": "art-14.d" }),
    );
    let findings = r["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert_eq!(f["countyId"], "CTY.TUMEN");
        assert_eq!(f["severity"], "REVIEW");
        assert_eq!(f["ruleId"], "art-14.d");
    }
    // Only groups with findings are left when a filter narrows the report.
    assert!(r["zones"]
        .as_array()
        .unwrap()
        .iter()
        .all(|g| !g["findings"].as_array().unwrap().is_empty()));
}

#[test]
fn ambiguous_and_unknown_names_are_refused_with_names() {
    let input = json!({ "register": register(), "asOf": "2023-06-30" });
    let e = api::report(&input, &json!({ "lang": "en", "zone": "图们" })).unwrap_err();
    assert_eq!(e.path, "options.zone");
    assert_eq!(e.code.as_str(), "INVALID_OPTIONS");
    assert_eq!(
        e.help(devzone_rules::Lang::En),
        "one of: Tumen Economic Development Zone (TM-EDZ), Illustrative Tumen Industrial Concentration Zone (fictional) (ILLUS-TM-ICZ)"
    );
    let e = api::report(&input, &json!({ "lang": "ko", "county": "图门" })).unwrap_err();
    assert_eq!(e.path, "options.county");
    assert_eq!(
        e.help(devzone_rules::Lang::Ko),
        "혹시 도문시 (CTY.TUMEN)입니까?"
    );
    let e = api::report(&input, &json!({ "rule": "art-99.z" })).unwrap_err();
    assert_eq!(e.path, "options.rule");
    let e = api::report(&input, &json!({ "severity": "BAD" })).unwrap_err();
    assert_eq!(e.path, "options.severity");
}

/// The lines cover every finding once; only findings for review are merged, one line per rule
/// and outcome.
#[test]
fn lines_merge_repeated_findings_for_review() {
    let r = report("2023-06-30", &json!({ "lang": "en" }));
    let total = r["findings"].as_array().unwrap().len();
    let mut seen = vec![0; total];
    let mut merged = Vec::new();
    for line in r["lines"].as_array().unwrap() {
        let indices = line["findings"].as_array().unwrap();
        assert_eq!(n(&line["count"]), indices.len() as u64);
        for i in indices {
            let i = usize::try_from(n(i)).unwrap();
            seen[i] += 1;
            let f = &r["findings"][i];
            assert_eq!(f["ruleId"], line["ruleId"]);
            assert_eq!(f["outcome"], line["outcome"]);
            assert_eq!(f["severity"], line["severity"]);
        }
        if indices.len() > 1 {
            assert_eq!(line["severity"], "REVIEW");
            let key = (line["ruleId"].clone(), line["outcome"].clone());
            assert!(!merged.contains(&key), "{key:?} twice");
            merged.push(key);
        }
    }
    assert!(seen.iter().all(|s| *s == 1));
    let review = n(&r["counts"]["review"]);
    let review_lines = r["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["severity"] == "REVIEW")
        .count() as u64;
    assert!(
        review_lines * 3 < review,
        "{review_lines} lines for {review} findings"
    );
    let art18c = r["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["ruleId"] == "art-18.c" && l["severity"] == "REVIEW")
        .unwrap();
    assert!(art18c["bearers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b["name"] == "Prefecture Development and Reform Commission"));
    assert!(art18c["toSettle"]
        .as_str()
        .unwrap()
        .contains("implMeasures"));
    assert!(r["notes"]["byCounty"]
        .as_str()
        .unwrap()
        .contains("overlaps"));
}

#[test]
fn lookup_answers_found_ambiguous_and_not_found() {
    let look = |name: &str, among: &str| {
        api::lookup(
            &json!({ "name": name, "among": among, "register": register() }),
            &json!({ "lang": "ko" }),
        )
        .unwrap()
    };
    let v = look("图们经开区", "ZONES");
    assert_eq!(v["status"], "FOUND");
    assert_eq!(v["matchedBy"], "NAME");
    assert_eq!(v["matches"][0]["code"], "TM-EDZ");
    assert_eq!(v["matches"][0]["name"], "도문경제개발구");
    let v = look("图们", "ZONES");
    assert_eq!(v["status"], "AMBIGUOUS");
    assert_eq!(v["matches"].as_array().unwrap().len(), 2);
    let v = look("商务厅", "BEARERS");
    assert_eq!(v["status"], "NOT_FOUND");
    assert_eq!(v["matches"][0]["code"], "AG.COMMERCE");
    let e = api::lookup(&json!({ "name": "x", "among": "PEOPLE" }), &Value::Null).unwrap_err();
    assert_eq!(e.path, "input.among");
}
