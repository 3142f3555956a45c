//! What issue 8 settles in the report and the calendar: art-02.a is a programme window without a
//! sanction (AMB-04), so it is never a violation, and a merger overdue under art-02.c (whose
//! deadline is that window's end) is a warning, not a violation; only a revocation under
//! art-14.f has re-application-ban and no-promotion events.
//!
//! Run: `cargo test -p devzone-rules --all-features --test plan_issue8`.
#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failed call is a test failure"
)]

use devzone_rules::api::{calendar, report};
use serde_json::{json, Value};

fn findings(register: &Value, as_of: &str) -> Vec<Value> {
    report(
        &json!({ "register": register, "asOf": as_of }),
        &json!({ "lang": "en" }),
    )
    .unwrap()["findings"]
        .as_array()
        .unwrap()
        .clone()
}

fn of<'a>(all: &'a [Value], rule: &str, who: &str) -> &'a Value {
    all.iter()
        .find(|f| f["ruleId"] == rule && (f["bearer"] == who || f["countyId"] == who))
        .unwrap_or_else(|| panic!("no {rule} finding for {who}"))
}

#[test]
fn the_consolidation_window_is_never_a_violation() {
    let register = json!({
        "issueDate": "2019-06-01",
        "zones": [],
        "dutyRecords": [
            { "ruleId": "art-02.a", "bearer": "AG.MIIT" },
            { "ruleId": "art-02.a", "bearer": "AG.FINANCE", "doneDate": "2021-07-01" }
        ]
    });
    let all = findings(&register, "2021-06-02");
    // Known not done when the window closed: for review, not a violation (AMB-04).
    let miit = of(&all, "art-02.a", "AG.MIIT");
    assert_eq!(miit["outcome"], "OVERDUE");
    assert_eq!(miit["severity"], "REVIEW");
    // Nothing recorded after the window: for review, as any dated duty without information.
    assert_eq!(of(&all, "art-02.a", "AG.COMMERCE")["severity"], "REVIEW");
    // Done after the window: information (no sanction attaches to the window).
    let all = findings(&register, "2021-08-01");
    let finance = of(&all, "art-02.a", "AG.FINANCE");
    assert_eq!(finance["outcome"], "DONE_LATE");
    assert_eq!(finance["severity"], "INFO");
}

#[test]
fn a_merger_overdue_is_a_warning() {
    let zone = |id: &str, level: &str, kind: &str| {
        json!({ "id": id, "nameZh": id, "level": level, "type": kind, "countyId": "CTY.TUMEN",
                "status": "ACTIVE", "managingAuthority": "COUNTY" })
    };
    let register = json!({
        "issueDate": "2019-06-01",
        "zones": [
            zone("A", "PROVINCIAL", "ECON_DEV_ZONE"),
            zone("B", "PROVINCIAL", "ECON_DEV_ZONE")
        ]
    });
    let open = findings(&register, "2021-06-01");
    let f = of(&open, "art-02.c", "CTY.TUMEN");
    assert_eq!(
        (&f["outcome"], &f["severity"]),
        (&json!("MERGE_REQUIRED"), &json!("WARNING"))
    );
    let closed = findings(&register, "2021-06-02");
    let f = of(&closed, "art-02.c", "CTY.TUMEN");
    assert_eq!(
        (&f["outcome"], &f["severity"]),
        (&json!("MERGE_OVERDUE"), &json!("WARNING"))
    );
    assert!(
        closed.iter().all(|f| f["severity"] != "VIOLATION"),
        "{closed:?}"
    );
}

#[test]
fn only_an_art_14f_revocation_has_ban_events() {
    let zone = |id: &str| {
        json!({ "id": id, "nameZh": id, "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
                "countyId": "CTY.ANTU", "status": "REVOKED", "statusDate": "2022-12-01",
                "managingAuthority": "COUNTY" })
    };
    let revocation = |id: &str, kind: Option<&str>| {
        let mut r = json!({ "zoneId": id, "effectiveDate": "2022-12-01",
                            "accountabilityDecisionDate": "2022-12-20" });
        if let Some(k) = kind {
            r["kind"] = json!(k);
        }
        r
    };
    let register = json!({
        "issueDate": "2019-06-01",
        "zones": [zone("F"), zone("M"), zone("N"), zone("U")],
        "revocations": [
            revocation("F", Some("REVOCATION_14F")),
            revocation("M", Some("MERGER")),
            revocation("N", Some("NOMINAL_02B")),
            revocation("U", None)
        ]
    });
    let events = calendar(
        &json!({ "register": register, "from": "2025-01-01", "to": "2026-12-31" }),
        &json!({ "lang": "en" }),
    )
    .unwrap()["events"]
        .as_array()
        .unwrap()
        .clone();
    let zones_with = |kind: &str| -> Vec<String> {
        events
            .iter()
            .filter(|e| e["kind"] == kind)
            .map(|e| e["zoneId"].as_str().unwrap().to_owned())
            .collect()
    };
    // The ground not recorded: art-14.f leaves it to a person, and the dates are shown.
    assert_eq!(zones_with("REAPPLY_BAN_ENDS"), ["F", "U"]);
    assert_eq!(zones_with("NO_PROMOTION_ENDS"), ["F", "U"]);
}
