//! A register's cross-reference checks (`Register::problems`, `validate`, `ValidRegister::new`):
//! each zone found by its id through the register's index, a second assessment record of one
//! zone in one year refused at that record's `year`, for the register's zones and for zone ids it
//! does not have alike, and nothing refused that differs in zone or in year.
#![cfg(feature = "serde")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

use devzone_rules::error::Problem;
use devzone_rules::register::{Register, ValidRegister};
use serde_json::{json, Value};

fn zone(id: &str) -> Value {
    json!({ "id": id, "nameZh": "合成开发区", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
            "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" })
}

fn record(zone_id: &str, year: i32) -> Value {
    json!({ "zoneId": zone_id, "year": year, "populationSize": 88, "rank": 40 })
}

fn register(zones: &[&str], records: &[(&str, i32)]) -> Register {
    serde_json::from_value(json!({
        "issueDate": "2019-06-01",
        "zones": zones.iter().map(|z| zone(z)).collect::<Vec<_>>(),
        "assessments": records.iter().map(|(z, y)| record(z, *y)).collect::<Vec<_>>(),
    }))
    .unwrap()
}

/// Each problem as (path, problem).
fn problems(r: &Register) -> Vec<(String, Problem)> {
    r.problems("register")
        .into_iter()
        .map(|e| (e.path, e.problem))
        .collect()
}

#[test]
fn a_second_record_of_a_zone_in_a_year_is_refused_at_that_record() {
    // Zone ids that share their first eight bytes, as the index compares those first.
    let zones = ["HC-BECZ-A", "HC-BECZ-B", "YJ"];
    let r = register(
        &zones,
        &[
            ("HC-BECZ-A", 2021),
            ("HC-BECZ-B", 2021),
            ("HC-BECZ-A", 2022),
            ("YJ", 2021),
            ("HC-BECZ-A", 2021),
            ("HC-BECZ-B", 2022),
            ("HC-BECZ-A", 2021),
        ],
    );
    assert_eq!(
        problems(&r),
        [
            (
                "register.assessments[4].year".to_owned(),
                Problem::Duplicate
            ),
            (
                "register.assessments[6].year".to_owned(),
                Problem::Duplicate
            ),
        ]
    );
    let e = r.validate("input.register").unwrap_err();
    assert_eq!(e.path, "input.register.assessments[4].year");
    let detail = e.detail.as_ref().unwrap();
    assert!(
        detail
            .en
            .contains("a second record for zone `HC-BECZ-A` in 2021"),
        "{}",
        detail.en
    );
    let e = ValidRegister::new(r, "input.register").unwrap_err();
    assert_eq!(e.path, "input.register.assessments[4].year");
}

#[test]
fn records_of_unknown_zones_are_refused_and_their_repeats_too() {
    let r = register(
        &["YJ"],
        &[("NOPE", 2021), ("YJ", 2021), ("NOPE", 2021), ("NOPE", 2022)],
    );
    assert_eq!(
        problems(&r),
        [
            (
                "register.assessments[0].zoneId".to_owned(),
                Problem::UnknownReference
            ),
            (
                "register.assessments[2].zoneId".to_owned(),
                Problem::UnknownReference
            ),
            (
                "register.assessments[2].year".to_owned(),
                Problem::Duplicate
            ),
            (
                "register.assessments[3].zoneId".to_owned(),
                Problem::UnknownReference
            ),
        ]
    );
}

#[test]
fn a_zone_each_year_once_is_valid_and_found_by_its_id() {
    let zones: Vec<String> = (0..40).map(|i| format!("ZONE-{i:04}")).collect();
    let ids: Vec<&str> = zones.iter().map(String::as_str).collect();
    let records: Vec<(&str, i32)> = ids
        .iter()
        .rev()
        .flat_map(|z| (2019..2026).map(move |y| (*z, y)))
        .collect();
    let r = register(&ids, &records);
    assert!(problems(&r).is_empty());
    let v = ValidRegister::new(r, "register").unwrap();
    for z in &v.zones {
        assert_eq!(v.assessment_years(z).count(), 7, "{}", z.id);
    }
}

#[test]
fn validate_refuses_at_the_first_of_all_the_problems() {
    // Problems in the zones, the assessments and the other lists: `validate` (which stops at the
    // record where the first is found) names the one `problems` lists first, whichever it is.
    let cases = [
        json!({ "issueDate": "2019-06-01",
                "zones": [zone("A"), zone("A")],
                "assessments": [record("NOPE", 2021), record("A", 2021), record("A", 2021)],
                "envInfra": [{ "zoneId": "GONE", "item": "污水处理", "dueDate": "2021-06-30" }] }),
        json!({ "issueDate": "2019-06-01",
                "zones": [zone("A")],
                "assessments": [record("A", 2021), record("A", 2021), record("NOPE", 2022)],
                "envInfra": [{ "zoneId": "GONE", "item": "污水处理", "dueDate": "2021-06-30" }] }),
        json!({ "issueDate": "2019-06-01",
                "zones": [zone("A")],
                "assessments": [record("A", 2021)],
                "envInfra": [{ "zoneId": "GONE", "item": "污水处理", "dueDate": "2021-06-30" }, { "zoneId": "ALSO-GONE", "item": "污水处理", "dueDate": "2021-06-30" }] }),
    ];
    for case in cases {
        let r: Register = serde_json::from_value(case).unwrap();
        let all = r.problems("register");
        assert!(all.len() >= 2, "{all:?}");
        let first = r.validate("register").unwrap_err();
        assert_eq!(first, all[0]);
        assert_eq!(ValidRegister::new(r, "register").unwrap_err(), all[0]);
    }
}
