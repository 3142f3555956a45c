//! art-14.h: falsified statistics disqualify the year's assessment.

use super::{counted_year, falsified_stats};
use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{ValidRegister, Zone};
use crate::rules::common::{about, absent_in_year, not_applicable, on_zone, ZoneYearInput};
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14.h: falsified statistics
    StatsFalsified = "STATS_FALSIFIED" {
        zh: "{zoneName}({zone}){dataYear}年统计数据虚报瞒报(于{findingDate}查实),取消{year}年度考评资格",
        ko: "{zoneName}({zone})의 {dataYear}년 통계수치 허위보고·은폐({findingDate} 확인)로 {year}년도 심사평가 자격을 취소한다",
        en: "falsified or concealed statistics of {zoneName} ({zone}) for {dataYear} (found {findingDate}): disqualified from the {year} assessment"
    }
    /// art-14.h (needs a person): every finding of falsified statistics that would disqualify
    /// the year was followed by a later finding, for the same data, that they were not falsified
    StatsFindingClearedLater = "STATS_FINDING_CLEARED_LATER" {
        zh: "{zoneName}({zone}){dataYear}年统计数据曾于{findingDate}被认定虚报瞒报,但{clearedDate}(不早于前者)的认定为未虚报瞒报:以哪一认定为准、是否取消{year}年度考评资格,需人工判断",
        ko: "{zoneName}({zone})의 {dataYear}년 통계수치는 {findingDate}에 허위보고·은폐로 인정되였으나 그보다 이르지 않은 {clearedDate}의 인정에서는 허위보고·은폐가 아니라고 하였다. 어느 인정에 따르며 {year}년도 심사평가 자격을 취소할지는 사람이 판단하여야 한다",
        en: "the statistics of {zoneName} ({zone}) for {dataYear} were found falsified or concealed on {findingDate}, but a finding of {clearedDate}, not earlier, says they were not: which finding stands, and whether the {year} assessment is lost, is for a person to decide"
    }
    /// art-14.h: no finding
    StatsNoFinding = "STATS_NO_FINDING" {
        zh: "没有{zoneName}({zone}){year}年度统计数据虚报瞒报的认定",
        ko: "{zoneName}({zone})의 {year}년도 통계수치 허위보고·은폐에 대한 인정이 없다",
        en: "no finding of falsified or concealed statistics for {zoneName} ({zone}) affects {year}"
    }
}

/// art-14.h's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct StatsDetail {
    /// The zone.
    pub zone_id: String,
    /// The assessment year.
    pub year: i32,
    /// The disqualified year, when disqualified.
    pub disqualified_year: Option<i32>,
}

/// [`stats_disqualification`]'s outcome without its answer (what the compliance report reads of
/// it off its page): not applicable in a year the zone did not exist or the opinion does not
/// reach, else disqualified by a finding known on `as_of`.
#[must_use]
pub(crate) fn stats_outcome(
    reg: &ValidRegister,
    zone: &Zone,
    y: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Outcome {
    if absent_in_year(RuleId::ART_14_H, zone, y).is_some() || !counted_year(reg, y, params) {
        return Outcome::NotApplicable;
    }
    let mut open = false;
    for f in known_falsified(reg, zone, y, as_of, params) {
        if cleared_later(reg, zone, f, as_of).is_none() {
            return Outcome::Disqualified;
        }
        open = true;
    }
    if open {
        Outcome::NeedsHuman
    } else {
        Outcome::NotDisqualified
    }
}

/// The day of a finding not earlier than `f` (the same day included), known on `as_of`, that
/// the data `f` found falsified were not:
/// the two findings disagree, and the text (「对统计数据虚报瞒报的开发区」) does not say which
/// stands.
fn cleared_later(
    reg: &ValidRegister,
    zone: &Zone,
    f: &crate::register::StatsFinding,
    as_of: Option<NaiveDate>,
) -> Option<IsoDate> {
    reg.stats_findings_of(zone)
        .filter(|g| {
            !g.falsified_or_concealed
                && g.data_year == f.data_year
                && g.finding_date >= f.finding_date
                && as_of.is_none_or(|a| g.finding_date <= a)
        })
        .map(|g| g.finding_date)
        .max()
}

/// The findings of falsified statistics that disqualify `zone` in year `y`, known on `as_of`.
fn known_falsified<'r>(
    reg: &'r ValidRegister,
    zone: &'r Zone,
    y: i32,
    as_of: Option<NaiveDate>,
    params: &'r Params,
) -> impl Iterator<Item = &'r crate::register::StatsFinding> {
    falsified_stats(reg, zone, y, params).filter(move |f| as_of.is_none_or(|a| f.finding_date <= a))
}

/// art-14.h for a zone of a validated register.
#[must_use]
pub fn stats_disqualification(
    reg: &ValidRegister,
    zone: &Zone,
    y: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<StatsDetail> {
    let rule = RuleId::ART_14_H;
    let detail = |disqualified: bool| StatsDetail {
        zone_id: zone.id.clone(),
        year: y,
        disqualified_year: disqualified.then_some(y),
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.set(
        "falsificationYearBasis",
        params.falsification_year_basis.as_str().into(),
    );
    used.set(
        "retroactiveYearsForSanctions",
        params.retroactive_years_for_sanctions.into(),
    );
    used.set(
        "firstCountedYearRule",
        params.first_counted_year_rule.as_str().into(),
    );
    if let Some(r) = absent_in_year(rule, zone, y) {
        return not_applicable(rule, r, detail(false));
    }
    if !counted_year(reg, y, params) {
        let r = about(
            Reason::new(C::YearBeforeFirstCounted, rule).with("year", y),
            zone,
        );
        let mut a = not_applicable(rule, r, detail(false));
        a.params_used = used;
        return a;
    }
    let mut reasons: Vec<Reason> = Vec::new();
    let mut needs_human: Vec<Reason> = Vec::new();
    for f in known_falsified(reg, zone, y, as_of, params) {
        match cleared_later(reg, zone, f, as_of) {
            None => reasons.add(about(
                Reason::new(C::StatsFalsified, rule)
                    .with("dataYear", f.data_year)
                    .with("findingDate", f.finding_date)
                    .with("year", y),
                zone,
            )),
            Some(cleared) => needs_human.add(about(
                Reason::new(C::StatsFindingClearedLater, rule)
                    .with("clearedDate", cleared)
                    .with("dataYear", f.data_year)
                    .with("findingDate", f.finding_date)
                    .with("year", y),
                zone,
            )),
        }
    }
    let disqualified = !reasons.is_empty();
    if !disqualified && needs_human.is_empty() {
        reasons.add(about(
            Reason::new(C::StatsNoFinding, rule).with("year", y),
            zone,
        ));
    }
    Answer {
        rule_id: rule,
        outcome: if disqualified {
            Outcome::Disqualified
        } else if needs_human.is_empty() {
            Outcome::NotDisqualified
        } else {
            Outcome::NeedsHuman
        },
        reasons,
        needs_human,
        params_used: used,
        detail: detail(disqualified),
    }
}

computed! {
    /// art-14.h as a computed rule ([`stats_disqualification`]).
    StatsDisqualification: ART_14_H(ZoneYearInput) -> StatsDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(stats_disqualification(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
    outcomes: [Disqualified, NotDisqualified, NeedsHuman, NotApplicable];
}
