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
    // The example register has records of every kind but revocations for its zones.
    for (i, n) in found.iter().enumerate() {
        assert!(*n > 0 || i == 2, "list {i}: no record found for any zone");
    }
    assert_eq!(reg.land_evaluations_of("NO-SUCH-ZONE").count(), 0);
}
