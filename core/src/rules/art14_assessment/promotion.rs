//! art-14.c: priority promotion of the leaders of zones 3 years running near the top.

use super::{
    absent, evidence, first_counted_year, unreflected_findings, AssessmentDetail, Measure,
    Standing, YearEvidence,
};
use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{ValidRegister, Zone};
use crate::rules::common::{about, on_zone, ZoneYearInput};
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14.c: a top year with a provincial award
    YearTopRewarded = "YEAR_TOP_REWARDED" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),位列前{k}位并受到省奖励",
        ko: "{year}년 {zoneName}({zone})의 경우 전 성 {population}개 중 {rank}위로 상위 {k}위에 들고 성의 장려를 받았다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, in the top {k}, and was rewarded by the province"
    }
    /// art-14.c: a top year without an award
    YearTopNotRewarded = "YEAR_TOP_NOT_REWARDED" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),位列前{k}位,但未受到省奖励",
        ko: "{year}년 {zoneName}({zone})의 경우 전 성 {population}개 중 {rank}위로 상위 {k}위에 들었으나 성의 장려를 받지 못하였다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, in the top {k}, but was not rewarded by the province"
    }
    /// art-14.c: not a top year
    YearNotTop = "YEAR_NOT_TOP" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),未进入前{k}位",
        ko: "{year}년 {zoneName}({zone})의 경우 전 성 {population}개 중 {rank}위로 상위 {k}위에 들지 못하였다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, not in the top {k}"
    }
    /// art-14.c: disqualification breaks the streak (AMB-26)
    YearDisqualifiedBreaksStreak = "YEAR_DISQUALIFIED_BREAKS_STREAK" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,连续靠前中断",
        ko: "{year}년 {zoneName}({zone})의 경우 심사평가 자격이 취소되여 련속 상위가 중단되였다",
        en: "in {year} {zoneName} ({zone}) was disqualified, which breaks the streak"
    }
    /// art-14.c: a missing year breaks the streak
    YearMissingBreaksStreak = "YEAR_MISSING_BREAKS_STREAK" {
        zh: "{year}年无{zoneName}({zone})的名次,连续靠前中断",
        ko: "{year}년 {zoneName}({zone})의 순위가 없어 련속 상위가 중단되였다",
        en: "there is no rank for {zoneName} ({zone}) in {year}, which breaks the streak"
    }
    /// art-14.c: eligible
    PriorityPromotionEligible = "PRIORITY_PROMOTION_ELIGIBLE" {
        zh: "{zoneName}({zone}){from}至{to}年连续{years}年综合考评在全省靠前并受到省奖励:党政主要负责人予以优先提拔重用",
        ko: "{zoneName}({zone})의 경우 {from}~{to}년 {years}년 련속 전 성 앞자리를 차지하고 성의 장려를 받았으므로 당정 주요 책임자를 우선 발탁·중용한다",
        en: "{zoneName} ({zone}) ranked near the top of the province and was rewarded in each of the {years} years from {from} to {to}: its principal leaders get priority for promotion"
    }
    /// art-14.c: top but not rewarded
    PriorityPromotionNotRewarded = "PRIORITY_PROMOTION_NOT_REWARDED" {
        zh: "{zoneName}({zone}){from}至{to}年名次靠前,但未满足受到省奖励的条件",
        ko: "{zoneName}({zone})의 경우 {from}~{to}년 순위가 앞자리였으나 성의 장려를 받은 조건을 충족하지 못하였다",
        en: "{zoneName} ({zone}) ranked near the top from {from} to {to} but does not meet the provincial-award condition"
    }
    /// art-14.c: only years without a usable rank (no record, not ranked, not published yet on
    /// `asOf`) stand between the zone and the streak
    PriorityPromotionUnknownMissingYears = "PRIORITY_PROMOTION_UNKNOWN_MISSING_YEARS" {
        zh: "{zoneName}({zone}){from}至{to}年中有的年份没有可用的考评名次(如没有记录或尚未公布),其余年份均未中断连续:是否“连续{years}年综合考评在全省靠前并受到省奖励”,目前无法判断",
        ko: "{zoneName}({zone})의 경우 {from}~{to}년 중 쓸 수 있는 심사평가 순위가 없는 해가 있고(기록이 없거나 아직 공포되지 않은 경우 등) 나머지 해에는 모두 련속이 중단되지 않았으므로 ‘련속 {years}년 종합심사평가에서 전 성 앞자리를 차지하고 성의 장려를 받았’는지 지금은 알 수 없다",
        en: "some years from {from} to {to} have no usable rank for {zoneName} ({zone}) (no record, or not published yet), and no other year breaks the streak: whether it ranked near the top and was rewarded {years} years in a row cannot be told yet"
    }
    /// art-14.c: no streak
    PriorityPromotionNoStreak = "PRIORITY_PROMOTION_NO_STREAK" {
        zh: "{zoneName}({zone}){from}至{to}年未连续在全省靠前",
        ko: "{zoneName}({zone})의 경우 {from}~{to}년 련속으로 전 성 앞자리를 차지하지 못하였다",
        en: "{zoneName} ({zone}) was not near the top of the province in every year from {from} to {to}"
    }
}

/// A year of art-14.c's streak: its evidence with the standing the streak reads, the code of
/// the reason that says so, and for a ranked year its record and rank (the reason's facts).
fn streak_year<'r>(
    reg: &ValidRegister,
    zone: &Zone,
    records: crate::register::ZoneAssessments<'r>,
    (y, first): (i32, i32),
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (
    YearEvidence,
    C,
    Option<(&'r crate::register::AssessmentRecord, u32)>,
) {
    let (mut ev, rec) = evidence(reg, zone, records, y, as_of, params);
    let code = if y < first && !params.retroactive_years_for_rewards {
        ev.standing = Standing::NotCounted;
        C::YearBeforeFirstCounted
    } else if ev.standing == Standing::ZoneAbsent {
        C::YearZoneAbsent
    } else if !ev.disqualified_for.is_empty() {
        ev.standing = Standing::Disqualified;
        C::YearDisqualifiedBreaksStreak
    } else {
        match rec.and_then(|r| r.rank.map(|k| (r, k))) {
            None => {
                ev.standing = match (rec, ev.standing) {
                    (_, Standing::OtherRanking) => Standing::OtherRanking,
                    (Some(_), _) => Standing::Unranked,
                    (None, _) => Standing::NoRecord,
                };
                C::YearMissingBreaksStreak
            }
            Some((r, rank)) if rank <= params.top_rank_threshold => {
                ev.standing = Standing::Top;
                ev.hit = true;
                let code = if r.rewarded_by_province {
                    C::YearTopRewarded
                } else {
                    C::YearTopNotRewarded
                };
                return (ev, code, Some((r, rank)));
            }
            Some((r, rank)) => {
                ev.standing = Standing::Middle;
                return (ev, C::YearNotTop, Some((r, rank)));
            }
        }
    };
    (ev, code, None)
}

/// Whether only years without a usable rank stand between the zone and the streak: some year's
/// standing is unknown (no record, not ranked, another ranking, or not published on `asOf`),
/// and no year breaks it for sure (not near the top, disqualified, not counted, the zone absent,
/// or, when each year's reward is required, near the top without a reward). Absence of a record
/// is not a broken streak: the answer is then UNKNOWN, not NOT_ELIGIBLE.
fn unknown_only<'a>(years: impl Iterator<Item = &'a YearEvidence>, params: &Params) -> bool {
    let mut unknown = false;
    for ev in years {
        if ev.standing.unknown() {
            unknown = true;
        } else if ev.standing != Standing::Top
            || (params.top_requires_reward_each_year
                && !(ev.rewarded_by_province && ev.disqualified_for.is_empty()))
        {
            return false;
        }
    }
    unknown
}

/// [`priority_promotion`]'s outcome without its answer (what the compliance report reads of it
/// off its page): the same years read the same way ([`streak_year`]), without their reasons.
#[must_use]
pub(crate) fn promotion_outcome(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Outcome {
    let rule = RuleId::ART_14_C;
    if crate::rules::common::absent_in_year(rule, zone, t).is_some() {
        return Outcome::NotApplicable;
    }
    let span = i32::try_from(params.top_streak_years.max(1)).unwrap_or(i32::MAX);
    let first = first_counted_year(*reg.issue_date, params);
    let records = reg.assessments_of_zone(zone);
    let (mut all_top, mut rewarded_count) = (true, 0_usize);
    let years: Vec<YearEvidence> = (t.saturating_sub(span - 1)..=t)
        .map(|y| streak_year(reg, zone, records, (y, first), as_of, params).0)
        .collect();
    for ev in &years {
        all_top &= ev.standing == Standing::Top;
        if ev.rewarded_by_province && ev.disqualified_for.is_empty() {
            rewarded_count += 1;
        }
    }
    let rewarded = if params.top_requires_reward_each_year {
        rewarded_count == years.len()
    } else {
        rewarded_count > 0
    };
    if !(all_top && rewarded) {
        return if unknown_only(years.iter(), params) {
            Outcome::Unknown
        } else {
            Outcome::NotEligible
        };
    }
    // Eligible, unless a finding of the prefecture's in one of the years is for a person.
    let mut findings = Vec::new();
    for y in &years {
        unreflected_findings(rule, zone, y, &mut findings);
    }
    if findings.is_empty() {
        Outcome::Eligible
    } else {
        Outcome::NeedsHuman
    }
}

/// art-14.c for a zone of a validated register.
#[must_use]
pub fn priority_promotion(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    let rule = RuleId::ART_14_C;
    if let Some(a) = absent(rule, zone, t) {
        return a;
    }
    let span = i32::try_from(params.top_streak_years.max(1)).unwrap_or(i32::MAX);
    let first = first_counted_year(*reg.issue_date, params);
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut all_top = true;
    let mut rewarded_count = 0usize;
    let records = reg.assessments_of_zone(zone);
    let years: Vec<YearEvidence> = (t.saturating_sub(span - 1)..=t)
        .map(|y| {
            let (ev, code, ranked) = streak_year(reg, zone, records, (y, first), as_of, params);
            // Facts named in the order of their names, the zone's last (`Reason::with`): those
            // before `year` (`k`, `population`, `rank`) first.
            let reason = match ranked {
                Some((r, rank)) => Reason::new(code, rule)
                    .with("k", params.top_rank_threshold)
                    .with("population", r.population_size)
                    .with("rank", rank),
                None => Reason::new(code, rule),
            };
            reasons.add(about(reason.with("year", y), zone));
            if ev.standing != Standing::Top {
                all_top = false;
            }
            if ev.rewarded_by_province && ev.disqualified_for.is_empty() {
                rewarded_count += 1;
            }
            ev
        })
        .collect();
    let streak_len = years.len();
    let rewarded = if params.top_requires_reward_each_year {
        rewarded_count == streak_len
    } else {
        rewarded_count > 0
    };
    let eligible = all_top && rewarded;
    let mut detail = AssessmentDetail::new(zone, t, years);
    let from_to = |code| {
        about(
            Reason::new(code, rule)
                .with("from", t - (span - 1))
                .with("to", t)
                .with("years", params.top_streak_years),
            zone,
        )
    };
    let outcome = if eligible {
        detail.measures = alloc::vec![Measure::PriorityPromotion];
        reasons.add(from_to(C::PriorityPromotionEligible));
        for y in &detail.years {
            unreflected_findings(rule, zone, y, &mut needs_human);
        }
        let findings = !needs_human.is_empty();
        needs_human.add(about(Reason::new(C::LeadersInOfficeNeedsHuman, rule), zone));
        if findings {
            Outcome::NeedsHuman
        } else {
            Outcome::Eligible
        }
    } else if unknown_only(detail.years.iter(), params) {
        detail.hit_years.clear();
        // The years without a usable rank do not break the streak here: each says only what is
        // missing (the codes art-14.d gives the same years).
        missing_only_said(&mut reasons, &detail.years);
        reasons.add(from_to(C::PriorityPromotionUnknownMissingYears));
        Outcome::Unknown
    } else {
        detail.hit_years.clear();
        // Another year breaks the streak for sure; a year without a usable rank says only what
        // is missing, as above (a missing record is not a broken streak).
        missing_only_said(&mut reasons, &detail.years);
        let code = if all_top {
            C::PriorityPromotionNotRewarded
        } else {
            C::PriorityPromotionNoStreak
        };
        reasons.add(from_to(code));
        Outcome::NotEligible
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.set(
        "assessmentRankingScope",
        params.assessment_ranking_scope.as_str().into(),
    );
    used.set(
        "disqualifiedYearInTopStreak",
        params.disqualified_year_in_top_streak.as_str().into(),
    );
    used.set(
        "retroactiveYearsForRewards",
        params.retroactive_years_for_rewards.into(),
    );
    used.set("topRankThreshold", params.top_rank_threshold.into());
    used.set(
        "topRequiresRewardEachYear",
        params.top_requires_reward_each_year.into(),
    );
    used.set("topStreakYears", params.top_streak_years.into());
    // The first counted year decides which years a reward reaches back to, and the
    // prefecture's own findings (read for every year) depend on their own parameters.
    super::evidence::findings_params(&mut used, params);
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

/// Each `YEAR_MISSING_BREAKS_STREAK` of `reasons` (one per year of `years`, in order) said as
/// what is missing in that year instead (`YEAR_NO_RECORD`, `YEAR_UNRANKED`, `YEAR_OTHER_RANKING`).
fn missing_only_said(reasons: &mut [Reason], years: &[YearEvidence]) {
    for (r, ev) in reasons.iter_mut().zip(years) {
        if r.code == C::YearMissingBreaksStreak {
            r.code = match ev.standing {
                Standing::OtherRanking => C::YearOtherRanking,
                Standing::Unranked => C::YearUnranked,
                _ => C::YearNoRecord,
            };
        }
    }
}

computed! {
    /// art-14.c as a computed rule ([`priority_promotion`]).
    PriorityPromotion: ART_14_C(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(priority_promotion(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
    outcomes: [Eligible, NotEligible, NeedsHuman, Unknown, NotApplicable];
}
