//! Properties across generated registers (proptest, issue 13), each against an independent
//! statement of what must hold:
//!
//! - a check never reads facts dated after its `asOf`: moving any such fact (a meeting, a
//!   publication, a completion, a finding, an acceptance, …) to another date after `asOf` leaves
//!   the report, the obligations and every zone summary unchanged;
//! - adding an unrelated zone (in a county of its own) never changes another zone's summary;
//! - the report's counts equal its findings, per severity and per zone, county and agency group;
//! - every duty of every bearer is listed exactly once in the obligations, and they are exactly
//!   the duties the duty sources give (`duties::all_duties`);
//! - the iCalendar export has one VEVENT per calendar event;
//! - a due date equals Python-style month addition with month-end clamping, for every start
//!   date from 1900 to 2100 and 1 to 120 months (exhaustively), and through art-18.c's answer.
//!
//! Registers come from the vectors' registers changed in a few places (devzone-testgen's
//! `mutate`: dates moved, numbers nudged, flags flipped, items dropped or repeated), so most pass
//! validation and reach the rules. Money sums and splits: `core/tests/money_props.rs` and the
//! `money` fuzz target.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    reason = "tests"
)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

use arbitrary::Unstructured;
use chrono::{Datelike, NaiveDate};
use devzone_rules::api;
use devzone_testgen::{inputs_in, mutate, vector_cases, Pools};
use proptest::prelude::*;
use serde_json::{json, Value};

fn root() -> &'static Path {
    static ROOT: LazyLock<std::path::PathBuf> =
        LazyLock::new(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(".."));
    &ROOT
}

static POOLS: LazyLock<Pools> = LazyLock::new(|| {
    let mut inputs = inputs_in(&root().join("tests/vectors"));
    inputs.extend(inputs_in(&root().join("examples")));
    Pools::harvest(inputs.iter())
});

/// Every register the vectors hold (report, obligations, calendar and zone-summary inputs, and
/// the registers of register-based rule inputs), each with a date the vector asks about.
static REGISTERS: LazyLock<Vec<(Value, NaiveDate)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for (_, input, _) in vector_cases(root()) {
        let (Some(reg), Some(as_of)) = (
            input.get("register"),
            input.get("asOf").and_then(Value::as_str),
        ) else {
            continue;
        };
        if let Ok(d) = as_of.parse::<NaiveDate>() {
            if !out.iter().any(|(r, _): &(Value, NaiveDate)| r == reg) {
                out.push((reg.clone(), d));
            }
        }
    }
    assert!(out.len() >= 10, "{} registers", out.len());
    out
});

/// A register from the vectors, changed in up to four places, and its question's date.
fn register(bytes: &[u8]) -> (Value, NaiveDate) {
    let mut u = Unstructured::new(bytes);
    let (reg, as_of) = u.choose(&REGISTERS).unwrap().clone();
    let mut reg = reg;
    let n = u.int_in_range(0..=4).unwrap();
    mutate(&mut reg, &POOLS, &mut u, n);
    (reg, as_of)
}

/// Fields holding the date of a fact (something that happened), not a deadline.
const FACT_DATES: [&str; 10] = [
    "date",
    "publishedDate",
    "completedDate",
    "findingDate",
    "acceptedDate",
    "doneDate",
    "adoptedDate",
    "fulfilledDate",
    "accountabilityDecisionDate",
    "effectiveDate",
];

/// Moves every fact dated after `as_of` by `shift` days (still after `as_of`); true if any.
fn move_later_facts(v: &mut Value, as_of: NaiveDate, shift: u64) -> bool {
    let mut moved = false;
    match v {
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                if FACT_DATES.contains(&k.as_str()) {
                    if let Some(d) = item.as_str().and_then(|s| s.parse::<NaiveDate>().ok()) {
                        if d > as_of {
                            if let Some(later) = d.checked_add_days(chrono::Days::new(shift)) {
                                if later.year() <= 9999 {
                                    *item = json!(later.format("%Y-%m-%d").to_string());
                                    moved = true;
                                }
                            }
                        }
                    }
                } else {
                    moved |= move_later_facts(item, as_of, shift);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                moved |= move_later_facts(item, as_of, shift);
            }
        }
        _ => {}
    }
    moved
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn zone_ids(reg: &Value) -> Vec<String> {
    reg["zones"]
        .as_array()
        .map(|z| {
            z.iter()
                .filter_map(|z| z["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn no_check_reads_facts_after_as_of(
        bytes in proptest::collection::vec(any::<u8>(), 64..256),
        shift in 1u64..400,
        days_back in 0u64..2000,
    ) {
        let (reg, as_of) = register(&bytes);
        // Ask at an earlier date too, so that more of the register lies after it.
        let as_of = as_of.checked_sub_days(chrono::Days::new(days_back)).unwrap_or(as_of);
        let mut later = reg.clone();
        prop_assume!(move_later_facts(&mut later, as_of, shift));
        let options = json!({ "lang": "en" });
        // An answer may say that a record is after `asOf` and not counted (EVENT_AFTER_AS_OF,
        // naming its date): that notice aside, nothing may change.
        let report = |r: &Value| {
            api::report(&json!({ "register": r, "asOf": ymd(as_of) }), &options).map(without_notices)
        };
        let (a, b) = (report(&reg), report(&later));
        match (&a, &b) {
            (Ok(a), Ok(b)) => prop_assert!(a == b, "the report read a fact after {}: {}\nbefore: {}\nafter: {}", as_of, first_diff(a, b, "report"), diff_finding(a, b), diff_finding(b, a)),
            (Err(_), _) | (_, Err(_)) => {
                // A register refused once moved (e.g. status changes out of order): not a read.
                prop_assume!(false);
            }
        }
        let obligations = |r: &Value| {
            api::obligations(&json!({ "register": r, "asOf": ymd(as_of), "withinDays": 0 }), &options)
                .map(without_notices)
        };
        prop_assert_eq!(obligations(&reg).ok(), obligations(&later).ok());
        for id in zone_ids(&reg) {
            let summary = |r: &Value| {
                api::zone_summary(&json!({ "register": r, "zoneId": id, "asOf": ymd(as_of) }), &options)
                    .map(without_notices)
            };
            prop_assert_eq!(summary(&reg).ok(), summary(&later).ok(), "zone {}", id);
        }
    }

    #[test]
    fn an_unrelated_zone_changes_no_other_zone(bytes in proptest::collection::vec(any::<u8>(), 64..256)) {
        let (reg, as_of) = register(&bytes);
        let mut more = reg.clone();
        prop_assume!(reg.get("zones").is_some_and(Value::is_array));
        let mut zone = json!({
            "id": "UNRELATED-1", "nameZh": "无关开发区", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
            "status": "ACTIVE", "managingAuthority": "COUNTY",
        });
        // A county list that is empty checks no zone's county; one entry would make it check
        // every zone's, which is not "unrelated": add the county only to a list that has some.
        if let Some(counties) = more
            .get_mut("counties")
            .and_then(Value::as_array_mut)
            .filter(|c| !c.is_empty())
        {
            counties.push(json!({"id": "CTY.UNRELATED", "nameZh": "无关县", "kind": "COUNTY"}));
            zone["countyId"] = json!("CTY.UNRELATED");
        }
        more["zones"].as_array_mut().unwrap().push(zone);
        let options = json!({ "lang": "ko" });
        for id in zone_ids(&reg) {
            let summary = |r: &Value| {
                api::zone_summary(&json!({ "register": r, "zoneId": id, "asOf": ymd(as_of) }), &options)
            };
            let (a, b) = (summary(&reg), summary(&more));
            if let (Ok(a), Ok(b)) = (&a, &b) {
                prop_assert_eq!(a, b, "zone {} changed", id);
            } else {
                prop_assert_eq!(a.is_ok(), b.is_ok(), "zone {}: {:?} / {:?}", id, a.err(), b.err());
            }
        }
    }

    #[test]
    fn report_counts_are_its_findings(bytes in proptest::collection::vec(any::<u8>(), 64..256)) {
        let (reg, as_of) = register(&bytes);
        let Ok(r) = api::report(&json!({ "register": reg, "asOf": ymd(as_of) }), &json!({"lang": "zh"})) else {
            return Ok(());
        };
        let findings = r["findings"].as_array().unwrap();
        let count = |idx: &mut dyn Iterator<Item = &Value>| {
            let mut c: BTreeMap<String, u64> = BTreeMap::new();
            for f in idx {
                *c.entry(f["severity"].as_str().unwrap().to_ascii_lowercase()).or_default() += 1;
            }
            c
        };
        let check = |counts: &Value, c: &BTreeMap<String, u64>, n: usize| -> Result<(), TestCaseError> {
            prop_assert_eq!(counts["total"].as_u64(), Some(n as u64));
            for sev in ["violation", "warning", "review", "info"] {
                prop_assert_eq!(counts[sev].as_u64().unwrap_or(0), c.get(sev).copied().unwrap_or(0), "{}", sev);
            }
            Ok(())
        };
        check(&r["counts"], &count(&mut findings.iter()), findings.len())?;
        for group in ["zones", "counties", "agencies"] {
            for g in r[group].as_array().into_iter().flatten() {
                let idx: Vec<&Value> = g["findings"].as_array().unwrap().iter()
                    .map(|i| &findings[usize::try_from(i.as_u64().unwrap()).unwrap()]).collect();
                check(&g["counts"], &count(&mut idx.iter().copied()), idx.len())?;
            }
        }
    }

    #[test]
    fn every_duty_of_every_bearer_is_listed_once(bytes in proptest::collection::vec(any::<u8>(), 64..256)) {
        let (reg, as_of) = register(&bytes);
        let Ok(o) = api::obligations(&json!({ "register": reg, "asOf": ymd(as_of), "withinDays": 0 }), &json!({"lang": "en"})) else {
            return Ok(());
        };
        // The model: the duty sources' own list, through the Rust API.
        let valid = devzone_rules::register::ValidRegister::new(serde_json::from_value(reg).unwrap(), "input.register").unwrap();
        let until = as_of;
        let duties = devzone_rules::duties::all_duties(
            &valid,
            &devzone_rules::duties::Horizon { as_of, until },
            &devzone_rules::params::Params::default(),
        ).unwrap();
        let key = |bearer: &str, rule: &str, zone: Option<&str>, year: Option<i64>, due: Option<&str>| {
            format!("{bearer}|{rule}|{}|{}|{}", zone.unwrap_or("-"), year.map_or("-".into(), |y| y.to_string()), due.unwrap_or("-"))
        };
        let mut listed: BTreeMap<String, u32> = BTreeMap::new();
        for a in o["agencies"].as_array().unwrap() {
            let bearer = a["code"].as_str().unwrap();
            for d in a["duties"].as_array().unwrap() {
                *listed.entry(key(bearer, d["ruleId"].as_str().unwrap(), d["zoneId"].as_str(), d["year"].as_i64(), d["due"].as_str())).or_default() += 1;
            }
        }
        for (k, n) in &listed {
            prop_assert_eq!(*n, 1, "listed {} times: {}", n, k);
        }
        let mut model: BTreeMap<String, u32> = BTreeMap::new();
        for d in &duties {
            let due = d.due.map(ymd);
            *model.entry(key(&d.bearer, d.rule_id.as_str(), d.zone_id.as_deref(), d.year.map(i64::from), due.as_deref())).or_default() += 1;
        }
        let only_listed: Vec<&String> = listed.keys().filter(|k| !model.contains_key(*k)).collect();
        let only_model: Vec<&String> = model.keys().filter(|k| !listed.contains_key(*k)).collect();
        prop_assert!(only_listed.is_empty() && only_model.is_empty(), "listed only: {:?}; model only: {:?}", only_listed, only_model);
    }

    #[test]
    fn the_ics_has_one_vevent_per_event(bytes in proptest::collection::vec(any::<u8>(), 64..256), span in 0u64..3000) {
        let (reg, as_of) = register(&bytes);
        let from = as_of.checked_sub_days(chrono::Days::new(span)).unwrap();
        let to = as_of.checked_add_days(chrono::Days::new(span)).unwrap();
        let input = json!({ "register": reg, "from": ymd(from), "to": ymd(to), "asOf": ymd(as_of) });
        let Ok(c) = api::calendar(&input, &json!({"lang": "ko"})) else { return Ok(()) };
        let ics = api::calendar_ics(&input, &json!({"lang": "ko"})).unwrap();
        let vevents = ics.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count();
        prop_assert_eq!(vevents, c["events"].as_array().unwrap().len());
        prop_assert_eq!(ics.split("\r\n").filter(|l| *l == "END:VEVENT").count(), vevents);
    }

    #[test]
    fn art_18_c_due_is_python_month_addition(day in 0i64..73_414, months in 1u32..=120) {
        let start = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(day);
        let answer = api::evaluate(
            "art-18.c",
            &json!({ "issueDate": ymd(start), "asOf": ymd(start) }),
            &json!({ "params": { "implMeasuresMonths": months } }),
        ).unwrap();
        prop_assert_eq!(answer["due"].as_str().unwrap(), ymd(model_add_months(start, months)));
    }
}

/// `v` without the reasons that only say a record after `asOf` was not counted.
fn without_notices(mut v: Value) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Array(reasons)) = map.get_mut("reasons") {
                    reasons.retain(|r| r["code"] != "EVENT_AFTER_AS_OF");
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

/// The first finding of `a` that `b` does not have, shortly.
fn diff_finding(a: &Value, b: &Value) -> String {
    let fb = b["findings"].as_array().unwrap();
    a["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| !fb.contains(f))
        .map_or_else(String::new, |f| {
            format!(
                "{} {} {} {}",
                f["ruleId"],
                f["zoneId"],
                f["outcome"],
                f["reasons"]
                    .to_string()
                    .chars()
                    .take(700)
                    .collect::<String>()
            )
        })
}

/// Where two JSON values first differ, and how.
fn first_diff(a: &Value, b: &Value, at: &str) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) if w == v => {}
                    Some(w) => return first_diff(v, w, &format!("{at}.{k}")),
                    None => return format!("{at}.{k} only before"),
                }
            }
            format!(
                "{at}: keys {:?} only after",
                y.keys().filter(|k| !x.contains_key(*k)).collect::<Vec<_>>()
            )
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if v != w {
                    return first_diff(v, w, &format!("{at}[{i}]"));
                }
            }
            format!("{at}: {} items before, {} after", x.len(), y.len())
        }
        _ => format!("{at}: {a} before, {b} after"),
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Python's `date + relativedelta(months=n)`: the same day of the month `n` months on, clamped
/// to that month's last day.
fn model_add_months(start: NaiveDate, months: u32) -> NaiveDate {
    let total = start.month0() + months;
    let year = start.year() + i32::try_from(total / 12).unwrap();
    let month = total % 12 + 1;
    NaiveDate::from_ymd_opt(year, month, start.day().min(days_in_month(year, month))).unwrap()
}

#[test]
fn month_addition_is_python_style_for_every_start_from_1900_to_2100() {
    let mut day = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
    let mut checked = 0u64;
    while day <= last {
        for months in 1..=120 {
            let got = devzone_rules::period::period_end(
                day,
                months,
                devzone_rules::period::PeriodConvention::CivilCode201To204,
                None,
            );
            assert_eq!(
                got,
                Ok(model_add_months(day, months)),
                "{day} + {months} months"
            );
            checked += 1;
        }
        day = day.succ_opt().unwrap();
    }
    assert_eq!(checked, 73_414 * 120);
}
