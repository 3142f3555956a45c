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

#[test]
fn a_repeated_zone_id_is_refused_at_each_repeat() {
    // Ids that share their first eight bytes, as the index compares those first; the first zone
    // of each id is the one kept, each later one is the repeat.
    let r = register(
        &[
            "HC-BECZ-A",
            "HC-BECZ-B",
            "HC-BECZ-A",
            "YJ",
            "HC-BECZ-A",
            "YJ",
        ],
        &[],
    );
    let duplicate = |i: usize| (format!("register.zones[{i}].id"), Problem::Duplicate);
    assert_eq!(problems(&r), [duplicate(2), duplicate(4), duplicate(5)]);
    let e = ValidRegister::new(r, "register").unwrap_err();
    assert_eq!(e.path, "register.zones[2].id");
}

#[test]
fn the_index_holds_each_zones_records_whatever_their_order() {
    // The records in no order of zone or year (the index takes each record's zone as validation
    // found it, starting from the zone found last): each zone's records, its made-up kinds and
    // its county's are those of its own records.
    use devzone_rules::register::MadeUp;
    const MADE_UP: &str = "ILLUSTRATIVE: made up for this test";
    let mut b = zone("B");
    b["countyId"] = json!("CTY.LONGJING");
    let order = [
        ("B", 2022),
        ("A", 2021),
        ("C", 2023),
        ("A", 2023),
        ("B", 2021),
        ("C", 2021),
        ("A", 2022),
        ("C", 2022),
        ("B", 2023),
    ];
    let assessments: Vec<Value> = order
        .iter()
        .enumerate()
        .map(|(i, (z, y))| {
            let mut r = record(z, *y);
            r["rank"] = json!(i + 1);
            if (*z, *y) == ("C", 2022) {
                r["note"] = json!(MADE_UP);
            }
            r
        })
        .collect();
    let env = |z: &str, item: &str, note: Option<&str>| {
        let mut e = json!({ "zoneId": z, "item": item, "dueDate": "2021-06-30" });
        if let Some(n) = note {
            e["note"] = json!(n);
        }
        e
    };
    let r: Register = serde_json::from_value(json!({
        "issueDate": "2019-06-01",
        "zones": [zone("A"), b, zone("C")],
        "assessments": assessments,
        "envInfra": [env("A", "污水处理", None), env("C", "污水处理", Some(MADE_UP)), env("A", "固废处置", None)],
        "revocations": [{ "zoneId": "B", "kind": "REVOCATION_14F",
                          "effectiveDate": "2022-12-01", "note": MADE_UP }],
    }))
    .unwrap();
    let v = ValidRegister::new(r, "register").unwrap();
    for (i, (z, y)) in order.iter().enumerate() {
        let zone = v.zone(z).unwrap();
        assert_eq!(v.assessment_of(zone, *y).unwrap().rank, Some(i as u32 + 1));
        assert_eq!(v.assessment(z, *y).unwrap().rank, Some(i as u32 + 1));
    }
    for z in ["A", "B", "C"] {
        let zone = v.zone(z).unwrap();
        assert_eq!(
            v.assessment_years(zone).collect::<Vec<_>>(),
            [2021, 2022, 2023],
            "{z}"
        );
    }
    let env_items = |z: &str| v.env_infra_of(z).count();
    assert_eq!((env_items("A"), env_items("B"), env_items("C")), (2, 0, 1));
    assert_eq!(v.revocations_of("B").count(), 1);
    assert_eq!(v.made_up("A"), 0);
    assert_eq!(v.made_up("B"), MadeUp::REVOCATIONS);
    assert_eq!(v.made_up("C"), MadeUp::ASSESSMENTS | MadeUp::ENV_INFRA);
    assert_eq!(v.county_made_up("CTY.LONGJING"), (0, true));
    assert_eq!(v.county_made_up("CTY.YANJI"), (0, false));
}

#[test]
fn a_repeated_county_id_is_refused_at_each_repeat() {
    let county = |id: &str| json!({ "id": id, "kind": "CITY", "nameZh": "延吉市" });
    let r: Register = serde_json::from_value(json!({
        "issueDate": "2019-06-01",
        "counties": [county("CTY.YANJI"), county("CTY.HUNCHUN"), county("CTY.YANJI"), county("CTY.YANJI")],
        "zones": [zone("T1")],
    }))
    .unwrap();
    assert_eq!(
        problems(&r),
        [
            ("register.counties[2].id".to_owned(), Problem::Duplicate),
            ("register.counties[3].id".to_owned(), Problem::Duplicate),
        ]
    );
    let e = ValidRegister::new(r, "input.register").unwrap_err();
    assert_eq!(e.path, "input.register.counties[2].id");
    assert!(e.to_string().contains("CTY.YANJI"), "{e}");
}
