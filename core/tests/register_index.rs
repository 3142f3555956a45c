//! Issue 12: a validated register indexes each zone's records (`envInfra`, `statsFindings`,
//! `revocations`, `rectifications`, `landEvaluations`, `industrialReuses`) so that rules asked
//! about one zone do not scan every zone's. The index must give exactly the records a scan
//! gives, in the register's order.
#![cfg(feature = "serde")]
#![allow(clippy::unwrap_used, reason = "test helpers")]

use devzone_rules::register::{Register, ValidRegister};

fn same<'a, T: PartialEq + core::fmt::Debug + 'a>(
    what: &str,
    zone: &str,
    indexed: impl Iterator<Item = &'a T>,
    scanned: impl Iterator<Item = &'a T>,
) -> usize {
    let (a, b): (Vec<&T>, Vec<&T>) = (indexed.collect(), scanned.collect());
    assert_eq!(a, b, "{what} of {zone}");
    a.len()
}

#[test]
fn each_zones_records_by_index_are_those_a_scan_finds_in_order() {
    let mut raw: Register =
        serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
    // Records of several zones interleaved, and twice for some: the order must be the register's.
    let lands = raw.land_evaluations.clone();
    raw.land_evaluations.extend(lands.into_iter().rev());
    let reg = ValidRegister::new(raw, "register").unwrap();
    let r = reg.register();
    let mut found = [0usize; 6];
    for z in &r.zones {
        let id = z.id.as_str();
        found[0] += same(
            "envInfra",
            id,
            reg.env_infra_of(id),
            r.env_infra.iter().filter(|x| x.zone_id == id),
        );
        found[1] += same(
            "statsFindings",
            id,
            reg.stats_findings_of(id),
            r.stats_findings.iter().filter(|x| x.zone_id == id),
        );
        found[2] += same(
            "revocations",
            id,
            reg.revocations_of(id),
            r.revocations.iter().filter(|x| x.zone_id == id),
        );
        found[3] += same(
            "rectifications",
            id,
            reg.rectifications_of(id),
            r.rectifications.iter().filter(|x| x.zone_id == id),
        );
        found[4] += same(
            "landEvaluations",
            id,
            reg.land_evaluations_of(id),
            r.land_evaluations.iter().filter(|x| x.zone_id == id),
        );
        found[5] += same(
            "industrialReuses",
            id,
            reg.industrial_reuses_of(id),
            r.industrial_reuses
                .iter()
                .filter(|x| x.zone_id.as_deref() == Some(id)),
        );
    }
    // A zone given as itself (found from its place) or as a copy (not one of the register's:
    // found by its id) has the records its id has; a copy with another id has none.
    for z in &r.zones {
        let mut copy = z.clone();
        let places = |zone: &devzone_rules::register::Zone| {
            (
                reg.env_infra_of(zone).count(),
                reg.stats_findings_of(zone).count(),
                reg.revocations_of(zone).count(),
                reg.rectifications_of(zone).count(),
                reg.land_evaluations_of(zone).count(),
                reg.industrial_reuses_of(zone).count(),
                reg.made_up(zone),
            )
        };
        let by_id = (
            reg.env_infra_of(&z.id).count(),
            reg.stats_findings_of(&z.id).count(),
            reg.revocations_of(&z.id).count(),
            reg.rectifications_of(&z.id).count(),
            reg.land_evaluations_of(&z.id).count(),
            reg.industrial_reuses_of(&z.id).count(),
            reg.made_up(&z.id),
        );
        assert_eq!(places(z), by_id, "{}", z.id);
        assert_eq!(places(&copy), by_id, "{} (a copy)", z.id);
        copy.id.push_str("-OTHER");
        assert_eq!(places(&copy), (0, 0, 0, 0, 0, 0, 0), "{} (renamed)", z.id);
    }
    // The example register has records of every kind but revocations for its zones.
    for (i, n) in found.iter().enumerate() {
        assert!(*n > 0 || i == 2, "list {i}: no record found for any zone");
    }
    assert_eq!(reg.land_evaluations_of("NO-SUCH-ZONE").count(), 0);
}

/// art-12.b asked of a register's own zone (the zone summary's question, read from the zone at
/// hand) gives the answer asked by id with the register gives (which looks the zone up), for
/// every zone: named in art-12.b or not, by id, name or alias, and with an id that has spaces
/// around it (looked up trimmed).
#[test]
fn dispatch_of_a_registers_zone_is_the_answer_by_id() {
    use devzone_rules::params::Params;
    use devzone_rules::rules::art12_administration::{
        dispatch_status_for, dispatch_status_of_zone, Organ,
    };
    let mut raw: Register =
        serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
    let first = raw.zones[0].clone();
    let mut spaced = first.clone();
    spaced.id = format!(" {} ", first.id);
    let mut alias = first.clone();
    alias.id = "ALIAS-OF-YJ-HTZ".into();
    alias.name_zh = "别名开发区".into();
    alias.aliases = vec!["YJ-HTZ".into()];
    let mut spaced_named = alias.clone();
    spaced_named.id = " 珲春边境经济合作区".into();
    spaced_named.aliases.clear();
    raw.zones.extend([spaced, alias, spaced_named]);
    let reg = ValidRegister::new(raw, "register").unwrap();
    let params = Params::default();
    let mut named = 0;
    for z in &reg.register().zones {
        for organ in [Organ::Mc, Organ::Pwc] {
            let fast = dispatch_status_of_zone(z, organ, &reg, &params);
            let slow = dispatch_status_for(&z.id, organ, Some(reg.register()), &params);
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "zone `{}`", z.id);
            named += usize::from(fast.detail.named_as.is_some());
        }
    }
    assert!(named >= 4, "named zones seen: {named}");
}

/// A register's zone's assessment records found from the zone's place are those found by its
/// id, every year; a zone that is not one of the register's (a copy) is looked up by id.
#[test]
fn assessments_of_a_zone_by_place_are_those_by_id() {
    let raw: Register =
        serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
    let reg = ValidRegister::new(raw, "register").unwrap();
    let mut found = 0;
    for z in &reg.register().zones {
        let copy = z.clone();
        for year in 2015..2035 {
            let by_id = reg.assessment(&z.id, year);
            assert_eq!(reg.assessment_of(z, year), by_id, "{} {year}", z.id);
            assert_eq!(
                reg.assessment_of(&copy, year),
                by_id,
                "copy of {} {year}",
                z.id
            );
            found += usize::from(by_id.is_some());
        }
    }
    assert!(found > 0);
}

/// A reason about a zone names its id and names as the zone has them: shared texts made when its
/// register was validated, copies for a zone never validated, and the zone's own texts again when
/// it was changed after validation (its fields are public) — never the stale shared ones.
#[test]
fn reasons_name_a_zone_as_it_is_even_when_changed_after_validation() {
    use devzone_rules::answer::{Reason, Value};
    use devzone_rules::messages::ReasonCode;
    use devzone_rules::rules::{common::about, RuleId};
    let raw: Register =
        serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
    let reg = ValidRegister::new(raw.clone(), "register").unwrap();
    let facts = |zone: &devzone_rules::register::Zone| {
        let r = about(
            Reason::new(ReasonCode::YearBeforeFirstCounted, RuleId::ART_14_D),
            zone,
        );
        ["zone", "zoneName", "zoneNameKo"]
            .map(|k| r.args.get(k).and_then(Value::as_str).map(String::from))
    };
    let mut with_ko = 0;
    for (validated, plain) in reg.register().zones.iter().zip(&raw.zones) {
        let own = [
            Some(plain.id.clone()),
            Some(plain.name_zh.clone()),
            plain.name_ko.clone(),
        ];
        with_ko += usize::from(plain.name_ko.is_some());
        assert_eq!(facts(validated), own, "{}", plain.id);
        assert_eq!(facts(plain), own, "{}", plain.id);
        // Changed after validation: each of the three texts, and the Korean name removed.
        let mut changed = validated.clone();
        changed.name_zh.push('区');
        assert_eq!(
            facts(&changed)[1].as_deref(),
            Some(changed.name_zh.as_str())
        );
        let mut changed = validated.clone();
        changed.id.push('X');
        assert_eq!(facts(&changed)[0].as_deref(), Some(changed.id.as_str()));
        let mut changed = validated.clone();
        changed.name_ko = None;
        assert_eq!(facts(&changed)[2], None);
        let mut changed = validated.clone();
        changed.name_ko = Some(String::from("새 이름"));
        assert_eq!(facts(&changed)[2].as_deref(), Some("새 이름"));
    }
    assert!(
        with_ko > 0,
        "the example register has zones with Korean names"
    );
}

/// The zones found by id (an index of the ids in order, searched in halves) and each zone's
/// assessment record for a year (a list per zone, by year) are those a scan finds, for every
/// zone and year, for ids given in any order, and nothing for an id or year not in the register.
#[test]
fn zones_by_id_and_assessments_by_year_are_those_a_scan_finds() {
    let mut raw: Register =
        serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
    // The zones out of the order of their ids, the records out of the order of their years.
    raw.zones.reverse();
    raw.zones.rotate_left(3);
    raw.assessments.reverse();
    let reg = ValidRegister::new(raw, "register").unwrap();
    let r = reg.register();
    let mut records = 0;
    for (place, z) in r.zones.iter().enumerate() {
        let id = z.id.as_str();
        assert_eq!(reg.zone_place(id), Some(place), "{id}");
        assert!(core::ptr::eq(reg.zone(id).unwrap(), z), "{id}");
        // Not an id: a part of one, one with more after it, one just before or after it.
        for near in [
            &id[..id.len() - 1],
            &format!("{id}0"),
            &format!("{id}\u{0}"),
        ] {
            if r.zones.iter().all(|x| x.id != *near) {
                assert_eq!(reg.zone_place(near), None, "{near:?}");
            }
        }
        let scanned: Vec<i32> = {
            let mut ys: Vec<i32> = r
                .assessments
                .iter()
                .filter(|a| a.zone_id == id)
                .map(|a| a.year.get())
                .collect();
            ys.sort_unstable();
            ys
        };
        assert_eq!(
            reg.assessment_years(id).collect::<Vec<_>>(),
            scanned,
            "{id}"
        );
        for year in 2015..2030 {
            let want = r
                .assessments
                .iter()
                .find(|a| a.zone_id == id && a.year.get() == year);
            assert_eq!(reg.assessment(id, year), want, "{id} {year}");
            assert_eq!(reg.assessment_of(z, year), want, "{id} {year}");
            records += usize::from(want.is_some());
        }
    }
    assert!(records > 10, "{records}");
    for missing in ["", "A", "ZZZZ", "\u{10ffff}"] {
        assert_eq!(reg.zone_place(missing), None, "{missing:?}");
        assert!(reg.assessment(missing, 2021).is_none());
    }
}
