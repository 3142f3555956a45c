//! Issue 12: each bearer's obligations are its duties, found through the duties ordered by
//! bearer (a run found by halves) instead of by a scan of every duty per bearer, which was
//! quadratic. They must be exactly what the scan gives: the bearers of the date, then every other
//! bearer that owes a duty (a zone revoked or merged that still owes its rectification), in the
//! order of their first duties, each with its own duties in the order made, then by due date.
#![cfg(feature = "serde")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "test helpers")]

use chrono::{Datelike, NaiveDate};
use devzone_rules::duties::{self, Duty, Horizon};
use devzone_rules::register::{Register, ValidRegister};
use devzone_rules::report::obligations;
use devzone_rules::Params;

/// The obligations as the scan made them: for each bearer, every duty whose bearer it is.
fn scanned(
    reg: &ValidRegister,
    as_of: NaiveDate,
    within: u32,
    params: &Params,
) -> Vec<(String, Vec<Duty>)> {
    let until = as_of + chrono::Days::new(u64::from(within));
    let all = duties::all_duties(reg, &Horizon { as_of, until }, params).unwrap();
    let mut bearers = duties::duty_bearers(reg, as_of, params);
    for d in &all {
        if !bearers.iter().any(|b| **b == *d.bearer) {
            bearers.push(String::from(&*d.bearer));
        }
    }
    bearers
        .into_iter()
        .map(|b| {
            let mut list: Vec<Duty> = all.iter().filter(|d| *d.bearer == *b).cloned().collect();
            list.sort_by(|x, y| {
                (x.due.is_none(), x.due, x.rule_id.as_str(), x.year).cmp(&(
                    y.due.is_none(),
                    y.due,
                    y.rule_id.as_str(),
                    y.year,
                ))
            });
            (b, list)
        })
        .collect()
}

/// The example register, with its revoked zone `ILLUS-AT-EDZ` given a twin listed first (the
/// zone and every record of it again under the id `ILLUS-AT-EDZ-TWIN`): two zones that owe
/// duties once revoked, so that the order of such bearers is tested.
fn register() -> ValidRegister {
    use serde_json::Value;
    const ZONE: &str = "ILLUS-AT-EDZ";
    const TWIN: &str = "ILLUS-AT-EDZ-TWIN";
    let mut raw: Value =
        serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
    for (key, list) in raw.as_object_mut().unwrap() {
        let Some(items) = list.as_array_mut() else {
            continue;
        };
        let field = if key == "zones" { "id" } else { "zoneId" };
        let twins: Vec<Value> = items
            .iter()
            .filter(|x| x.get(field).and_then(Value::as_str) == Some(ZONE))
            .map(|x| {
                let mut twin = x.clone();
                twin[field] = Value::from(TWIN);
                twin
            })
            .collect();
        for (i, twin) in twins.into_iter().enumerate() {
            items.insert(i, twin);
        }
    }
    let raw: Register = serde_json::from_value(raw).unwrap();
    ValidRegister::new(raw, "register").unwrap()
}

#[test]
fn each_bearers_duties_are_those_a_scan_finds_in_order() {
    let reg = register();
    let params = Params::default();
    let mut day = NaiveDate::from_ymd_opt(2019, 6, 1).unwrap();
    let (mut asked, mut beyond, mut most) = (0, 0, 0);
    while day.year() < 2032 {
        for within in [0, 90, 400] {
            let got = obligations(&reg, day, within, None, &params).unwrap();
            let want = scanned(&reg, day, within, &params);
            let got: Vec<(String, Vec<Duty>)> =
                got.into_iter().map(|o| (o.bearer, o.duties)).collect();
            assert_eq!(got, want, "as of {day}, within {within}");
            let of_the_day = duties::duty_bearers(&reg, day, &params).len();
            beyond += got.len() - of_the_day;
            most = most.max(got.len() - of_the_day);
            // One bearer asked alone has the same duties.
            for (bearer, list) in got.iter().step_by(5) {
                let one = obligations(&reg, day, within, Some(bearer), &params).unwrap();
                assert_eq!(one.len(), 1, "{bearer}");
                assert_eq!(&one[0].duties, list, "{bearer} as of {day}");
            }
            asked += 1;
        }
        day = day + chrono::Days::new(97);
    }
    assert!(asked > 100);
    // Some dates have bearers beyond the day's own (else the order of those is untested).
    assert!(beyond > 0, "no bearer beyond the day's own on any date");
    assert!(most >= 2, "never two bearers beyond the day's own");
}
