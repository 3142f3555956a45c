//! The zone summary reports the zone's land duties: this year's land evaluation (art-11.b) and
//! each recorded reuse of industrial property under the 5-year grace (art-11.e).
#![cfg(feature = "serde")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]

use devzone_rules::api::zone_summary;
use serde_json::{json, Value};

fn register() -> Value {
    json!({
        "issueDate": "2019-06-01",
        "zones": [
            {"id": "Q", "nameZh": "Q开发区", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
             "status": "ACTIVE", "managingAuthority": "COUNTY"},
            {"id": "R", "nameZh": "R开发区", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
             "status": "ACTIVE", "managingAuthority": "COUNTY"}
        ],
        "landEvaluations": [
            {"zoneId": "Q", "year": 2019, "type": "FULL"},
            {"zoneId": "Q", "year": 2022, "type": "FULL", "completedDate": "2022-05-01"}
        ],
        "industrialReuses": [
            {"zoneId": "Q", "parcelId": "Q-7", "existingIndustrialProperty": true,
             "newUse": "MAKER_SPACE", "newUseStartDate": "2020-02-29"},
            {"zoneId": "Q", "parcelId": "Q-8", "existingIndustrialProperty": true,
             "newUse": "PRODUCER_SERVICES", "newUseStartDate": "2019-01-10", "transferDate": "2021-03-01"},
            {"zoneId": "R", "parcelId": "R-1", "existingIndustrialProperty": true,
             "newUse": "INNOVATION_FACTORY", "newUseStartDate": "2020-01-01"}
        ]
    })
}

fn findings(zone: &str, as_of: &str) -> Vec<Value> {
    let s = zone_summary(
        &json!({"register": register(), "zoneId": zone, "asOf": as_of}),
        &json!({"lang": "en"}),
    )
    .unwrap();
    s["findings"].as_array().unwrap().clone()
}

#[test]
fn land_duties_of_the_zone() {
    let f = findings("Q", "2025-02-28");
    let land: Vec<(&str, &str)> = f
        .iter()
        .filter(|x| x["ruleId"].as_str().unwrap().starts_with("art-11"))
        .map(|x| {
            (
                x["ruleId"].as_str().unwrap(),
                x["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    // 2025 − 2019 = 6: a FULL year of the cycle from the 2019 full evaluation; none recorded
    // yet on 28 February: pending. Q-7 started on 29 February 2020: its grace ends
    // on 28 February 2025, that day included. Q-8 was transferred within its grace. R's reuse
    // is not Q's.
    assert_eq!(
        land,
        [
            ("art-11.b", "PENDING"),
            ("art-11.e", "IN_GRACE"),
            ("art-11.e", "TRANSFER_TRIGGERED")
        ]
    );
    let b = &f.iter().find(|x| x["ruleId"] == "art-11.b").unwrap();
    assert_eq!(b["evaluationDue"], "FULL");
    let q7 = f.iter().find(|x| x["parcelId"] == "Q-7").unwrap();
    assert_eq!(q7["graceEnd"], "2025-02-28");
    let after = findings("Q", "2025-03-01");
    let q7 = after.iter().find(|x| x["parcelId"] == "Q-7").unwrap();
    assert_eq!(q7["outcome"], "GRACE_EXPIRED");
}

#[test]
fn the_full_evaluation_on_record_satisfies_its_year() {
    let f = findings("Q", "2022-12-31");
    let b = f.iter().find(|x| x["ruleId"] == "art-11.b").unwrap();
    assert_eq!(b["outcome"], "COMPLIANT");
    assert_eq!(b["evaluationDue"], "FULL");
    // Known only from its completion date on.
    let f = findings("Q", "2022-04-30");
    let b = f.iter().find(|x| x["ruleId"] == "art-11.b").unwrap();
    assert_eq!(b["outcome"], "PENDING");
}

#[test]
fn a_reuse_needs_its_zone_in_a_register() {
    let mut reg = register();
    reg["industrialReuses"][0]
        .as_object_mut()
        .unwrap()
        .remove("zoneId");
    let e = zone_summary(
        &json!({"register": reg, "zoneId": "Q", "asOf": "2024-01-01"}),
        &Value::Null,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "input.register.industrialReuses[0].zoneId: required field missing: a reuse in a register needs the zone it is in"
    );
}
