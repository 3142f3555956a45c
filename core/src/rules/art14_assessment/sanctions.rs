//! art-14.e and art-14.f: leaders' accountability and revocation after 2 of 3 years in the bottom 10 / bottom 5.

use super::{
    absent, bottom_window, only_through_disqualified, provincial_only, tie_notes, window_outcome,
    window_params, year_reasons, years_text, AssessmentDetail, Measure,
};
use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::period::add_years;
use crate::register::{Revocation, RevocationKind, ValidRegister, Zone};
use crate::rules::common::{about, on_zone, ZoneYearInput};
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14.e/f: fewer hits than needed
    WindowNotTriggered = "WINDOW_NOT_TRIGGERED" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位,少于{needed}年,不触发",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})의 하위 {n}위 해는 {hits}년으로 {needed}년 미만이므로 발동되지 않는다",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} year(s), fewer than {needed}: not triggered"
    }
    /// art-14.e: triggered
    AccountabilityTriggered = "ACCOUNTABILITY_TRIGGERED" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位(至少{needed}年即触发):对开发区党政主要负责人进行问责",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})의 하위 {n}위 해가 {hits}년({needed}년 이상이면 발동)이므로 개발구 당정 주요 책임자를 문책한다",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years (at least {needed}): its principal party and government leaders are held accountable"
    }
    /// art-14.e merged into art-14.f
    AccountabilityMergedIntoRevocation = "ACCOUNTABILITY_MERGED_INTO_REVOCATION" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位;同时触发第十四条后5位的规定(art-14.f),其中对同一负责人的问责包含本项,不重复问责",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})의 하위 {n}위 해가 {hits}년이며 하위 5위 규정(art-14.f)도 발동되므로 같은 책임자에 대한 그 문책에 본 문책을 병합하여 중복하지 않는다",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years; the bottom-5 rule (art-14.f) is triggered too, and its accountability of the same leaders takes this one in, so they are not held accountable twice"
    }
    /// art-14.f: triggered
    RevocationTriggered = "REVOCATION_TRIGGERED" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位(至少{needed}年即触发):按省规定予以撤销,{banYears}年内不得重新申报,对党政主要负责人问责,{noPromotionYears}年内不得提拔",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})의 하위 {n}위 해가 {hits}년({needed}년 이상이면 발동)이므로 성 규정에 따라 철회하고 {banYears}년 내 재신청을 금지하며 당정 주요 책임자를 문책하고 {noPromotionYears}년 내 발탁하지 않는다",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years (at least {needed}): revocation under provincial rules, no re-application for {banYears} years, leaders held accountable and not promoted for {noPromotionYears} years"
    }
    /// art-14.f: the province decides (AMB-43)
    RevocationDecidedByProvince = "REVOCATION_DECIDED_BY_PROVINCE" {
        zh: "撤销“按省规定”由省里决定,州只能提出或执行;生效日期以省里决定为准",
        ko: "철회는 ‘성의 규정에 따라’ 성이 결정하며 주는 제안 또는 집행만 할 수 있고 발효일은 성의 결정에 따른다",
        en: "revocation is decided by the province (「按省规定」); the prefecture can only propose or carry it out, and the effective date comes from the provincial decision"
    }
    /// art-14.f: ban dates
    ReapplyBanDates = "REAPPLY_BAN_DATES" {
        zh: "{zoneName}({zone})自{effective}起撤销,至{lastDay}不得重新申报,{allowedFrom}起可重新申报",
        ko: "{zoneName}({zone})의 경우 {effective}부터 철회되여 {lastDay}까지 다시 신청할 수 없으며 {allowedFrom}부터 신청할 수 있다",
        en: "{zoneName} ({zone}) was revoked from {effective}: no re-application up to {lastDay}, allowed again from {allowedFrom}"
    }
    /// art-14.f: promotion ban
    NoPromotionUntil = "NO_PROMOTION_UNTIL" {
        zh: "问责决定于{decided}作出,至{until}不得提拔",
        ko: "문책 결정이 {decided}에 내려졌으므로 {until}까지 발탁할 수 없다",
        en: "accountability was decided on {decided}: no promotion up to {until}"
    }
    /// art-14.e/f: years without a usable record could decide the window
    WindowUnknownMissingYears = "WINDOW_UNKNOWN_MISSING_YEARS" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位,另有年份无可用考评记录,可能达到{needed}年:情况不明",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})의 하위 {n}위 해는 {hits}년이며 쓸 수 있는 기록이 없는 해가 있어 {needed}년에 이를 수 있으므로 알 수 없다",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} year(s), and years without a usable record could make it {needed}: unknown"
    }
    /// art-14.e/f (needs a person, AMB-13): triggered with no new year: the last year of the window
    /// is not a hit, so the same years already triggered the window to the year before
    SameHitsAsPreviousWindow = "SAME_HITS_AS_PREVIOUS_WINDOW" {
        zh: "计入的年份({years})在截至{prev}年的{window}年中已达到{needed}年;{year}年没有新增计入的年份(不在后{n}位,或其结果尚不可知):对同样的年份是否再次问责或处罚,原文未作规定,需人工决定(AMB-13)",
        ko: "산입된 해({years})는 {prev}년까지 {window}년 중에서 이미 {needed}년에 이르렀고 {year}년에는 새로 산입되는 해가 없다(하위 {n}위에 속하지 않거나 그 결과를 아직 알 수 없음). 같은 해들을 근거로 다시 문책하거나 처벌할지는 원문에 규정이 없으므로 사람이 결정하여야 한다(AMB-13)",
        en: "the years counted ({years}) already made {needed} in the {window} years to {prev}, and {year} adds no new year (it is not in the bottom {n}, or its result is not yet known): whether the same years lead to accountability or sanctions again is not said by the text and is for a person to decide (AMB-13)"
    }
    /// art-14.f: the zone was revoked or merged before the results that trigger the window were
    /// published: there is no zone left to revoke or to re-apply for; the leaders' accountability
    /// and the promotion bar still follow
    RevocationZoneGone = "REVOCATION_ZONE_GONE" {
        zh: "{zoneName}({zone})已于{gone}撤销或合并,{year}年度结果于{published}公布时已无可撤销的开发区,也谈不上重新申报;对党政主要负责人问责和3年内不得提拔仍然适用",
        ko: "{zoneName}({zone}){|은} {gone}에 철회 또는 통합되였으므로 {year}년도 결과가 {published}에 공포될 때 철회할 개발구가 없고 재신청도 문제되지 않는다. 당정 주요 책임자 문책과 3년 내 발탁 금지는 그대로 적용된다",
        en: "{zoneName} ({zone}) was revoked or merged on {gone}: when the {year} results were published on {published} there was no zone left to revoke or to re-apply for; the leaders are still held accountable and may not be promoted within 3 years (「3年内不得提拔」)"
    }
    /// art-14.f: the zone's revocation record gives another ground, so no re-application ban follows from it
    RevocationOtherGround = "REVOCATION_OTHER_GROUND" {
        zh: "{zoneName}({zone})自{effective}起撤销的记录所载理由不是第十四条,故不据此计算重新申报禁止期",
        ko: "{effective}부터의 {zoneName}({zone}) 철회 기록은 제14조가 아닌 다른 사유이므로 이에 따른 재신청 금지 기간을 계산하지 않는다",
        en: "the revocation of {zoneName} ({zone}) from {effective} is recorded on another ground than art-14.f, so no re-application ban is counted from it"
    }
}

/// art-14.e for a zone of a validated register.
#[must_use]
pub fn leader_accountability(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    window_sanction(
        reg,
        zone,
        t,
        as_of,
        params,
        (RuleId::ART_14_E, params.bottom_n_yellow, "bottomNYellow"),
    )
}

/// art-14.f for a zone of a validated register.
#[must_use]
pub fn revocation_package(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    window_sanction(
        reg,
        zone,
        t,
        as_of,
        params,
        (RuleId::ART_14_F, params.bottom_n_revoke, "bottomNRevoke"),
    )
}

/// The revocation record of `zone` that carries the art-14.f re-application ban, or `None`
/// with the reason why not (another ground, or the ground not recorded).
/// The zone's revocation record, if it took effect by `as_of` (a later one is not known yet).
fn revocation_of<'r>(
    reg: &'r ValidRegister,
    zone: &Zone,
    as_of: Option<NaiveDate>,
) -> Option<&'r Revocation> {
    reg.revocations_of(zone)
        .next()
        .filter(|r| as_of.is_none_or(|d| r.effective_date.get() <= d))
}

fn window_sanction(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    (rule, n, n_name): (RuleId, u32, &'static str),
) -> Answer<AssessmentDetail> {
    if let Some(a) = absent(rule, zone, t) {
        return a;
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut used = crate::answer::ParamsUsed::new();
    window_params(&mut used, params, n_name, n);
    if let Some(outcome) = provincial_only(rule, zone, &mut reasons, &mut needs_human) {
        return Answer {
            rule_id: rule,
            outcome,
            reasons,
            needs_human,
            params_used: used,
            detail: AssessmentDetail::new(zone, t, Vec::new()),
        };
    }
    let years = bottom_window(reg, zone, t, n, as_of, params);
    year_reasons(rule, zone, &years, n, &mut reasons, &mut needs_human);
    tie_notes(rule, reg, zone, &years, n, params, &mut needs_human);
    let mut detail = AssessmentDetail::new(zone, t, years);
    let outcome = window_outcome(&detail.years, params);
    let hits = detail.hit_years.len();
    let summary = |code| {
        about(
            Reason::new(code, rule)
                .with("hits", hits)
                .with("n", n)
                .with("needed", params.window_hits)
                .with("window", params.window_years)
                .with("year", t),
            zone,
        )
    };
    if outcome == Outcome::Triggered {
        if let Some(dq) = only_through_disqualified(&detail.years, params.window_hits) {
            needs_human.add(about(
                Reason::new(C::TriggeredOnlyThroughDisqualifiedYear, rule)
                    .with("years", years_text(&dq)),
                zone,
            ));
        }
        if rule == RuleId::ART_14_F {
            reasons.add(
                summary(C::RevocationTriggered)
                    .with("banYears", params.reapply_ban_years)
                    .with("noPromotionYears", params.no_promotion_years),
            );
            // A zone revoked or merged before the results that trigger the window were
            // published: 「予以撤销,3年内不得重新申报」 binds a zone, and there is none left (as
            // art-14.d's card, `YELLOW_CARD_ZONE_GONE`); the leaders' part still follows.
            let gone = gone_before_trigger(reg, zone, &detail.hit_years, as_of);
            if let Some((gone, year, published)) = gone {
                reasons.add(about(
                    Reason::new(C::RevocationZoneGone, rule)
                        .with("gone", gone)
                        .with("published", published)
                        .with("year", year),
                    zone,
                ));
                detail.measures = alloc::vec![
                    Measure::AccountabilityPrincipalLeaders,
                    Measure::NoPromotion,
                ];
            } else {
                detail.measures = alloc::vec![
                    Measure::RevocationPerProvincialRules,
                    Measure::ReapplyBan,
                    Measure::AccountabilityPrincipalLeaders,
                    Measure::NoPromotion,
                ];
                needs_human.add(about(
                    Reason::new(C::RevocationDecidedByProvince, rule),
                    zone,
                ));
            }
            if let Some(rev) = revocation_of(reg, zone, as_of).filter(|_| gone.is_none()) {
                // An accountability decision taken after `as_of` is not known yet.
                let known = Revocation {
                    accountability_decision_date: rev
                        .accountability_decision_date
                        .filter(|d| as_of.is_none_or(|a| d.get() <= a)),
                    ..rev.clone()
                };
                revocation_dates(
                    rule,
                    zone,
                    &known,
                    params,
                    &mut detail,
                    &mut reasons,
                    &mut needs_human,
                );
            }
            used.set("noPromotionYears", params.no_promotion_years.into());
            used.set("reapplyBanYears", params.reapply_ban_years.into());
        } else {
            if revocation_certain(reg, zone, t, as_of, params) {
                detail.merged_into = Some("art-14.f");
                reasons.add(summary(C::AccountabilityMergedIntoRevocation));
            } else {
                reasons.add(summary(C::AccountabilityTriggered));
            }
            detail.measures = alloc::vec![Measure::AccountabilityPrincipalLeaders];
            used.set("bottomNRevoke", params.bottom_n_revoke.into());
        }
        if !detail.hit_years.contains(&t) {
            // Every hit lies in the window to t − 1 as well, which was triggered by them.
            needs_human.add(about(
                Reason::new(C::SameHitsAsPreviousWindow, rule)
                    .with("n", n)
                    .with("needed", params.window_hits)
                    .with("prev", t.saturating_sub(1))
                    .with("window", params.window_years)
                    .with("year", t)
                    .with("years", years_text(&detail.hit_years)),
                zone,
            ));
        }
        // AMB-37: those in office during the hit years, or at the decision? A person decides.
        needs_human.add(about(Reason::new(C::LeadersInOfficeNeedsHuman, rule), zone));
    } else if outcome == Outcome::NotTriggered {
        reasons.add(summary(C::WindowNotTriggered));
    } else if outcome == Outcome::Unknown {
        reasons.add(summary(C::WindowUnknownMissingYears));
    }
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

/// Whether art-14.f's window (the bottom `bottomNRevoke`) is triggered for `zone` in year `t`
/// for certain: art-14.e's accountability, when triggered too, is then merged into the
/// revocation. A window that reaches its hits only through a tie across the line (the tie
/// policy's default) or a disqualified year counted as a bottom one is a person's question
/// (`YEAR_BOTTOM_BY_TIE_POLICY`, `TRIGGERED_ONLY_THROUGH_DISQUALIFIED_YEAR`): the accountability
/// art-14.e orders holds whatever the person decides, so it is not folded into a revocation that
/// may not come.
fn revocation_certain(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> bool {
    let n = params.bottom_n_revoke;
    let revoke = bottom_window(reg, zone, t, n, as_of, params);
    if window_outcome(&revoke, params) != Outcome::Triggered {
        return false;
    }
    let firm = revoke
        .iter()
        .filter(|y| y.hit && y.standing == super::Standing::Bottom)
        .filter(|y| {
            !reg.assessment_of(zone, y.year)
                .and_then(|r| r.rank.map(|k| (r, k)))
                .is_some_and(|(r, k)| super::evidence::ties_across(r, k, n, params))
        })
        .count();
    u32::try_from(firm).is_ok_and(|f| f >= params.window_hits)
}

/// The day `zone` ceased (revoked, merged) when that was before the results that complete its
/// window were published (the latest publication among the hit years, known on `as_of`), with
/// that year and publication.
fn gone_before_trigger(
    reg: &ValidRegister,
    zone: &Zone,
    hit_years: &[i32],
    as_of: Option<NaiveDate>,
) -> Option<(NaiveDate, i32, NaiveDate)> {
    let (year, published) = hit_years
        .iter()
        .filter_map(|y| {
            let p = reg.assessment_of(zone, *y)?.published_date?.get();
            as_of.is_none_or(|a| p <= a).then_some((*y, p))
        })
        .max_by_key(|(_, p)| *p)?;
    // Ceased before the publication (not on it: a revocation on that day, or one recorded as
    // art-14.f's own, is the one these results order, and its re-application ban binds).
    if reg
        .revocations_of(zone)
        .any(|r| r.kind == Some(RevocationKind::Revocation14f))
    {
        return None;
    }
    zone.gone_since(published)
        .filter(|g| *g < published)
        .map(|g| (g, year, published))
}

/// art-14.e (`revocation` false) or art-14.f (`true`) decided without its answer: the outcome
/// whether the answer says the accountability is merged into the revocation
/// (`ACCOUNTABILITY_MERGED_INTO_REVOCATION`), and whether it is triggered by the previous
/// window's hits alone (`SAME_HITS_AS_PREVIOUS_WINDOW`): the two reason codes its severity
/// reads — what the
/// compliance report reads of the finding off its page. The same steps as [`window_sanction`]'s
/// outcome, without its reasons, facts or detail (`summary::zone_heads` holds the two equal in
/// debug builds).
#[must_use]
pub(crate) fn window_decision(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    revocation: bool,
) -> (Outcome, bool, bool) {
    let rule = if revocation {
        RuleId::ART_14_F
    } else {
        RuleId::ART_14_E
    };
    // `absent`: not applicable in a year the zone did not exist.
    if crate::rules::common::absent_in_year(rule, zone, t).is_some() {
        return (Outcome::NotApplicable, false, false);
    }
    // `provincial_only`.
    if let Some((outcome, _, _)) = super::not_provincial(zone) {
        return (outcome, false, false);
    }
    let n = if revocation {
        params.bottom_n_revoke
    } else {
        params.bottom_n_yellow
    };
    let years = bottom_window(reg, zone, t, n, as_of, params);
    let outcome = window_outcome(&years, params);
    let merged = !revocation
        && outcome == Outcome::Triggered
        && revocation_certain(reg, zone, t, as_of, params);
    // Triggered by the hits of the window before alone (`SAME_HITS_AS_PREVIOUS_WINDOW`).
    let same_hits = outcome == Outcome::Triggered && !years.iter().any(|y| y.year == t && y.hit);
    (outcome, merged, same_hits)
}

/// art-14.f's ban dates from the revocation record: only a revocation under art-14.f carries the
/// 3-year re-application ban; a record without its ground leaves that to a person.
fn revocation_dates(
    rule: RuleId,
    zone: &Zone,
    rev: &Revocation,
    params: &Params,
    detail: &mut AssessmentDetail,
    reasons: &mut Vec<Reason>,
    needs_human: &mut Vec<Reason>,
) {
    match rev.kind {
        Some(RevocationKind::Revocation14f) | None => {}
        Some(_) => {
            reasons.add(about(
                Reason::new(C::RevocationOtherGround, rule).with("effective", rev.effective_date),
                zone,
            ));
            return;
        }
    }
    detail.reapply_ban_last_day =
        (add_years(*rev.effective_date, params.reapply_ban_years)).map(IsoDate);
    detail.reapply_allowed_from =
        (detail.reapply_ban_last_day.and_then(|d| d.succ_opt())).map(IsoDate);
    if let (Some(last), Some(from)) = (detail.reapply_ban_last_day, detail.reapply_allowed_from) {
        let r = about(
            Reason::new(C::ReapplyBanDates, rule)
                .with("allowedFrom", from)
                .with("effective", rev.effective_date)
                .with("lastDay", last)
                .with("years", params.reapply_ban_years),
            zone,
        );
        if rev.kind.is_none() {
            needs_human.add(about(
                Reason::new(C::RevocationGroundNotRecorded, rule)
                    .with("allowedFrom", from)
                    .with("effective", rev.effective_date),
                zone,
            ));
        }
        reasons.add(r);
    }
    if let Some(decided) = rev.accountability_decision_date {
        detail.no_promotion_until = (add_years(*decided, params.no_promotion_years)).map(IsoDate);
        if let Some(until) = detail.no_promotion_until {
            reasons.add(about(
                Reason::new(C::NoPromotionUntil, rule)
                    .with("decided", decided)
                    .with("until", until),
                zone,
            ));
        }
    }
}

computed! {
    /// art-14.e as a computed rule ([`leader_accountability`]).
    LeaderAccountability: ART_14_E(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(leader_accountability(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
    outcomes: [Triggered, NotTriggered, NeedsHuman, Unknown, NotApplicable];
}
computed! {
    /// art-14.f as a computed rule ([`revocation_package`]).
    RevocationPackage: ART_14_F(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(revocation_package(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
    outcomes: [Triggered, NotTriggered, NeedsHuman, Unknown, NotApplicable];
}
