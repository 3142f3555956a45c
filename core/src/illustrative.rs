//! Made-up data, marked wherever it shows. A register record whose provenance note starts with
//! `ILLUSTRATIVE` (and a zone whose `sourceNote` does) is an example, not a fact: the built-in
//! example register places such records on real zones. Every answer computed from one carries
//! the reason `ILLUSTRATIVE_RECORDS` first, so a reader sees 「[示例]」 / 「[실례]」 /
//! "[illustrative]" before anything else, and its view has `illustrative: true`.

use alloc::vec::Vec;

use crate::answer::{Answer, Reason};
use crate::messages::ReasonCode as C;
use crate::register::{is_illustrative, ValidRegister, Zone};
use crate::rules::RuleId;

/// The kinds of made-up records (by their register field name) that `rule`'s answer about `zone`
/// rests on; empty when none.
#[must_use]
pub fn zone_sources(reg: &ValidRegister, rule: RuleId, zone: &Zone) -> Vec<&'static str> {
    let id = zone.id.as_str();
    let mut out = Vec::new();
    if zone.is_illustrative() {
        out.push("zones");
    }
    let r = rule.as_str();
    let assessment_rule = matches!(
        r,
        "art-14.c" | "art-14.d" | "art-14.e" | "art-14.f" | "art-02.d" | "art-03.a"
    );
    let mut add = |used: bool, any: bool, name| {
        if used && any {
            out.push(name);
        }
    };
    add(
        assessment_rule,
        reg.assessments
            .iter()
            .any(|x| x.zone_id == id && is_illustrative(x.note.as_deref())),
        "assessments",
    );
    add(
        matches!(r, "art-15.a" | "art-02.d" | "art-03.a") || assessment_rule,
        reg.env_infra
            .iter()
            .any(|x| x.zone_id == id && is_illustrative(x.note.as_deref())),
        "envInfra",
    );
    add(
        r == "art-14.h" || assessment_rule,
        reg.stats_findings
            .iter()
            .any(|x| x.zone_id == id && is_illustrative(x.note.as_deref())),
        "statsFindings",
    );
    add(
        matches!(r, "art-14.f" | "art-02.d"),
        reg.revocations.iter().any(|x| {
            (x.zone_id == id || (r == "art-02.d" && same_county(reg, &x.zone_id, zone)))
                && is_illustrative(x.note.as_deref())
        }),
        "revocations",
    );
    add(
        matches!(r, "art-14.d" | "art-02.d" | "art-03.a"),
        reg.rectifications
            .iter()
            .any(|x| x.zone_id == id && is_illustrative(x.note.as_deref())),
        "rectifications",
    );
    add(
        r == "art-11.b",
        reg.land_evaluations
            .iter()
            .any(|x| x.zone_id == id && is_illustrative(x.note.as_deref())),
        "landEvaluations",
    );
    add(
        r == "art-11.e",
        reg.industrial_reuses
            .iter()
            .any(|x| x.zone_id.as_deref() == Some(id) && is_illustrative(x.note.as_deref())),
        "industrialReuses",
    );
    add(
        matches!(r, "art-02.c" | "art-02.d"),
        reg.zones
            .iter()
            .any(|z| z.id != id && same_county(reg, &z.id, zone) && z.is_illustrative()),
        "zones",
    );
    out.dedup();
    out
}

fn same_county(reg: &ValidRegister, other: &str, zone: &Zone) -> bool {
    zone.county_id.is_some()
        && reg.zone(other).and_then(|z| z.county_id.as_ref()) == zone.county_id.as_ref()
}

/// The kinds of made-up records among the zones of `county` (art-02.c).
#[must_use]
pub fn county_sources(reg: &ValidRegister, county: &str) -> Vec<&'static str> {
    if reg
        .zones
        .iter()
        .any(|z| z.county_id.as_deref() == Some(county) && z.is_illustrative())
    {
        alloc::vec!["zones"]
    } else {
        Vec::new()
    }
}

/// Marks `answer` as resting on the made-up records `kinds` (no-op when empty): the reason
/// `ILLUSTRATIVE_RECORDS` goes first.
pub fn mark<D>(answer: &mut Answer<D>, kinds: &[&'static str]) {
    mark_reasons(&mut answer.reasons, answer.rule_id, kinds);
}

/// Puts the reason `ILLUSTRATIVE_RECORDS` (naming `kinds`) first in `reasons` of `rule`, unless
/// `kinds` is empty or the reasons are marked already: how duties are marked like answers.
pub fn mark_reasons(reasons: &mut Vec<Reason>, rule: RuleId, kinds: &[&'static str]) {
    if kinds.is_empty() || is_marked(reasons) {
        return;
    }
    let mut list = alloc::string::String::new();
    for (i, k) in kinds.iter().enumerate() {
        if i > 0 {
            list.push_str(", ");
        }
        list.push_str(k);
    }
    reasons.insert(
        0,
        Reason::new(C::IllustrativeRecords, rule).with("records", list),
    );
}

/// Whether reasons carry the illustrative mark.
#[must_use]
pub fn is_marked(reasons: &[Reason]) -> bool {
    reasons.iter().any(|r| r.code == C::IllustrativeRecords)
}

/// Marks a zone rule's answer from the records it rests on.
pub fn mark_zone<D>(answer: &mut Answer<D>, reg: &ValidRegister, zone: &Zone) {
    let kinds = zone_sources(reg, answer.rule_id, zone);
    mark(answer, &kinds);
}
