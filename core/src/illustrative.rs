//! Made-up data, marked wherever it shows. A register record whose provenance note starts with
//! `ILLUSTRATIVE` (and a zone whose `sourceNote` does) is an example, not a fact: the built-in
//! example register places such records on real zones. Every answer computed from one carries
//! the reason `ILLUSTRATIVE_RECORDS` first, so a reader sees 「\[示例\]」 / 「\[실례\]」 /
//! "\[illustrative\]" before anything else, and its view has `illustrative: true`.

use alloc::vec::Vec;

use crate::answer::{Answer, Reason};
use crate::messages::ReasonCode as C;
use crate::register::{MadeUp, ValidRegister, Zone};
use crate::rules::RuleId;

/// The kinds of made-up records (by their register field name) that `rule`'s answer about `zone`
/// rests on; empty when none.
#[must_use]
pub fn zone_sources(reg: &ValidRegister, rule: RuleId, zone: &Zone) -> Vec<&'static str> {
    // Looked up in the register's index (`ValidRegister::made_up`): no scan of the records.
    let own = reg.made_up(zone);
    // The county's made-up zones and revocations concern art-02.c and art-02.d alone: looked up
    // (by the county's id) only for them.
    let (county_zones, county_revocation) = zone
        .county_id
        .as_deref()
        .filter(|_| [RuleId::ART_02_C, RuleId::ART_02_D].contains(&rule))
        .map_or((0, false), |c| reg.county_made_up(c));
    let mut out = Vec::new();
    if zone.is_illustrative() {
        out.push("zones");
    }
    // Rules compared by identity (their metadata's address), not by the text of their ids.
    let is = |ids: &[RuleId]| ids.contains(&rule);
    let assessment_rule = is(&[
        RuleId::ART_14_C,
        RuleId::ART_14_D,
        RuleId::ART_14_E,
        RuleId::ART_14_F,
        RuleId::ART_02_D,
        RuleId::ART_03_A,
    ]);
    let mut add = |used: bool, any: bool, name| {
        if used && any {
            out.push(name);
        }
    };
    let has = |bit: u8| own & bit != 0;
    add(assessment_rule, has(MadeUp::ASSESSMENTS), "assessments");
    add(
        is(&[RuleId::ART_15_A, RuleId::ART_02_D, RuleId::ART_03_A]) || assessment_rule,
        has(MadeUp::ENV_INFRA),
        "envInfra",
    );
    add(
        is(&[RuleId::ART_14_H]) || assessment_rule,
        has(MadeUp::STATS_FINDINGS),
        "statsFindings",
    );
    add(
        is(&[RuleId::ART_14_F, RuleId::ART_02_D]),
        has(MadeUp::REVOCATIONS) || (is(&[RuleId::ART_02_D]) && county_revocation),
        "revocations",
    );
    add(
        is(&[RuleId::ART_14_D, RuleId::ART_02_D, RuleId::ART_03_A]),
        has(MadeUp::RECTIFICATIONS),
        "rectifications",
    );
    add(
        is(&[RuleId::ART_11_B]),
        has(MadeUp::LAND_EVALUATIONS),
        "landEvaluations",
    );
    add(
        is(&[RuleId::ART_11_E]),
        has(MadeUp::INDUSTRIAL_REUSES),
        "industrialReuses",
    );
    // Another zone of the same county that is made up (art-02.c, art-02.d).
    let others = county_zones.saturating_sub(usize::from(zone.is_illustrative()));
    add(
        is(&[RuleId::ART_02_C, RuleId::ART_02_D]),
        others > 0,
        "zones",
    );
    out.dedup();
    out
}

/// Whether `rule`'s answer about `zone` rests on made-up records (`zone_sources` is not empty),
/// answered without a list when nothing about the zone is made up.
#[must_use]
#[inline]
pub fn rests_on_made_up(reg: &ValidRegister, rule: RuleId, zone: &Zone) -> bool {
    let county_rule = [RuleId::ART_02_C, RuleId::ART_02_D].contains(&rule);
    if reg.made_up(zone) == 0 && !zone.is_illustrative() && !county_rule {
        return false;
    }
    !zone_sources(reg, rule, zone).is_empty()
}

/// The kinds of made-up records among the zones of `county` (art-02.c).
#[must_use]
pub fn county_sources(reg: &ValidRegister, county: &str) -> Vec<&'static str> {
    if reg.county_made_up(county).0 > 0 {
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
