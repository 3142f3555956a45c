//! The published Rust surface as a back-end developer uses it (issue 11 item 6): string forms
//! by `FromStr`/`Display`, errors that are `std::error::Error` with words in each language,
//! constructors for the wide inputs, and report findings that serialise and speak.
#![cfg(feature = "serde")]
#![allow(clippy::unwrap_used, reason = "tests")]

use devzone_rules::dates::IsoDate;
use devzone_rules::money::{Money, Ratio};
use devzone_rules::register::{Register, ValidRegister};
use devzone_rules::rules::art11_land::{Component, Enterprise, WorksKind};
use devzone_rules::{api, Lang, Outcome, Params, RuleId};
use serde_json::json;

#[test]
fn string_forms_round_trip() {
    let m: Money = "1000000.50".parse().unwrap();
    assert_eq!(m.to_string(), "1000000.50");
    let r: Ratio = "0.005".parse().unwrap();
    assert_eq!(r.to_string(), "0.005");
    let o: Outcome = "OVERDUE".parse().unwrap();
    assert_eq!(o.to_string(), "OVERDUE");
    let id: RuleId = "art-14.d".parse().unwrap();
    assert_eq!(id.to_string(), "art-14.d");
    let l: Lang = "ko".parse().unwrap();
    assert_eq!(l.to_string(), "ko");
    let d: IsoDate = "2020-02-29".parse().unwrap();
    assert_eq!(d.to_string(), "2020-02-29");
}

#[test]
fn errors_are_std_errors_in_three_languages() {
    fn std_error(_: &dyn std::error::Error) {}
    let e = "-1".parse::<Money>().unwrap_err();
    std_error(&e);
    assert_eq!(e.to_string(), "invalid amount `-1`: must not be negative");
    let e = "2019-02-30".parse::<IsoDate>().unwrap_err();
    std_error(&e);
    assert_eq!(e.detail.unwrap().ko, "2019년 2월은 28일까지입니다");
    let e = api::evaluate("art-18.c", &json!({"asOf": "2019-12-02"}), &json!(null)).unwrap_err();
    std_error(&e);
    assert_eq!(e.path, "input.issueDate");
    assert_eq!(e.message(Lang::Zh), "缺少必填字段");
    assert_eq!(e.message(Lang::Ko), "필수 항목 루락");
    assert!(e.help(Lang::En).contains("devzone schema"));
}

#[test]
fn wide_inputs_have_constructors() {
    let c = Component {
        base_infra_fee: Some("300000.00".parse().unwrap()),
        ..Component::new("A", WorksKind::Extend)
    };
    assert_eq!(c.id, "A");
    assert_eq!(c.on_own_land, None);
    let e = Enterprise {
        in_zone: true,
        ..Enterprise::default()
    };
    let fees = api::fees(
        &json!({"enterprise": e_json(&e), "components": [component_json(&c)]}),
        &json!({"lang": "en"}),
    )
    .unwrap();
    assert_eq!(fees["totals"]["payable"], "150000.00");
    let reg = Register::new("2019-06-01".parse::<IsoDate>().unwrap().0);
    assert!(reg.zones.is_empty() && reg.problems("register").is_empty());
}

fn e_json(e: &Enterprise) -> serde_json::Value {
    serde_json::to_value(e).unwrap()
}

fn component_json(c: &Component) -> serde_json::Value {
    serde_json::to_value(c).unwrap()
}

#[test]
fn report_findings_serialise_and_speak() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/yanbian-register.json"
    ))
    .unwrap();
    let register: Register = serde_json::from_str(&text).unwrap();
    let reg = ValidRegister::new(register, "register").unwrap();
    let date = "2023-06-30".parse::<IsoDate>().unwrap().0;
    let r = devzone_rules::report::report(&reg, date, &Params::default()).unwrap();
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["asOf"], "2023-06-30");
    assert_eq!(json["findings"].as_array().unwrap().len(), r.findings.len());
    let f = r.iter().next().unwrap();
    assert_eq!(json["findings"][0]["ruleId"], f.finding.rule_id().as_str());
    for lang in [Lang::Zh, Lang::Ko, Lang::En] {
        let m = f.message(lang);
        assert!(m.starts_with(f.finding.rule_id().as_str()), "{m}");
        assert!(m.len() > f.finding.rule_id().as_str().len() + 4, "{m}");
    }
}

/// Each finding reads its own answer or duty (rule, outcome, year, flags), every item belongs
/// to exactly one finding, and the ids are the register's texts or the codes', not copies.
#[test]
fn report_findings_hold_what_their_items_say() {
    use devzone_rules::report::Item;
    use std::borrow::Cow;
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/yanbian-register.json"
    ))
    .unwrap();
    let reg = ValidRegister::new(serde_json::from_str(&text).unwrap(), "register").unwrap();
    let date = "2023-06-30".parse::<IsoDate>().unwrap().0;
    let r = devzone_rules::report::report(&reg, date, &Params::default()).unwrap();
    assert!(r.findings.len() > 300);
    assert_eq!(r.iter().count(), r.findings.len());
    assert_eq!(r.items().count(), r.findings.len());
    let mut seen = std::collections::BTreeSet::new();
    for f in r.iter() {
        assert!(
            seen.insert(std::ptr::from_ref(f.item).addr()),
            "an item of two findings"
        );
        let g = f.finding;
        let (rule, outcome, year, reasons, unknown) = match f.item {
            Item::Answer(a) => (
                a.rule_id,
                a.outcome.as_str(),
                None,
                &a.reasons,
                a.outcome == Outcome::Unknown,
            ),
            Item::Duty(d) => (
                d.rule_id,
                d.status.as_str(),
                d.year,
                &d.reasons,
                d.status.as_str() == "UNKNOWN",
            ),
        };
        assert_eq!(g.rule_id(), rule);
        assert_eq!(g.outcome(), outcome);
        assert_eq!(g.year(), year);
        assert_eq!(g.is_duty(), matches!(f.item, Item::Duty(_)));
        assert_eq!(g.is_unknown(), unknown);
        let marked = reasons
            .first()
            .is_some_and(|r| r.code.as_str() == "ILLUSTRATIVE_RECORDS");
        assert_eq!(g.is_illustrative(), marked);
        for id in [&g.zone_id, &g.county_id, &g.bearer].into_iter().flatten() {
            assert!(matches!(id, Cow::Borrowed(_)), "{id} copied");
        }
        if let Item::Duty(d) = f.item {
            assert_eq!(g.bearer.as_deref(), Some(&*d.bearer));
            assert_eq!(g.zone_id.as_deref(), d.zone_id.as_deref());
        }
    }
}
