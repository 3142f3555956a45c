//! art-14.e and art-14.f: leaders' accountability and revocation after 2 of 3 years in the bottom 10 / bottom 5.

use super::{
    absent, bottom_window, only_through_disqualified, provincial_only, window_outcome,
    window_params, year_reasons, years_text, AssessmentDetail, Measure,
};
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
fn revocation_of<'r>(reg: &'r ValidRegister, zone: &Zone) -> Option<&'r Revocation> {
    reg.revocations.iter().find(|r| r.zone_id == zone.id)
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
    let mut detail = AssessmentDetail::new(zone, t, years);
    let outcome = window_outcome(&detail.years, params);
    let hits = detail.hit_years.len();
    let summary = |code| {
        about(Reason::new(code, rule), zone)
            .with("year", t)
            .with("hits", hits)
            .with("needed", params.window_hits)
            .with("window", params.window_years)
            .with("n", n)
    };
    if outcome == Outcome::Triggered {
        if let Some(dq) = only_through_disqualified(&detail.years, params.window_hits) {
            needs_human.push(
                about(
                    Reason::new(C::TriggeredOnlyThroughDisqualifiedYear, rule),
                    zone,
                )
                .with("years", years_text(&dq)),
            );
        }
        if rule == RuleId::ART_14_F {
            reasons.push(
                summary(C::RevocationTriggered)
                    .with("banYears", params.reapply_ban_years)
                    .with("noPromotionYears", params.no_promotion_years),
            );
            detail.measures = alloc::vec![
                Measure::RevocationPerProvincialRules,
                Measure::ReapplyBan,
                Measure::AccountabilityPrincipalLeaders,
                Measure::NoPromotion,
            ];
            needs_human.push(about(
                Reason::new(C::RevocationDecidedByProvince, rule),
                zone,
            ));
            if let Some(rev) = revocation_of(reg, zone) {
                revocation_dates(
                    rule,
                    zone,
                    rev,
                    params,
                    &mut detail,
                    &mut reasons,
                    &mut needs_human,
                );
            }
            used.insert("reapplyBanYears", params.reapply_ban_years.into());
            used.insert("noPromotionYears", params.no_promotion_years.into());
        } else {
            let revoke = bottom_window(reg, zone, t, params.bottom_n_revoke, as_of, params);
            if window_outcome(&revoke, params) == Outcome::Triggered {
                detail.merged_into = Some("art-14.f");
                reasons.push(summary(C::AccountabilityMergedIntoRevocation));
            } else {
                reasons.push(summary(C::AccountabilityTriggered));
            }
            detail.measures = alloc::vec![Measure::AccountabilityPrincipalLeaders];
            used.insert("bottomNRevoke", params.bottom_n_revoke.into());
        }
        // AMB-37: those in office during the hit years, or at the decision? A person decides.
        needs_human.push(about(Reason::new(C::LeadersInOfficeNeedsHuman, rule), zone));
    } else if outcome == Outcome::NotTriggered {
        reasons.push(summary(C::WindowNotTriggered));
    } else if outcome == Outcome::Unknown {
        reasons.push(summary(C::WindowUnknownMissingYears));
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
            reasons.push(
                about(Reason::new(C::RevocationOtherGround, rule), zone)
                    .with("effective", rev.effective_date),
            );
            return;
        }
    }
    detail.reapply_ban_last_day =
        (add_years(*rev.effective_date, params.reapply_ban_years)).map(IsoDate);
    detail.reapply_allowed_from =
        (detail.reapply_ban_last_day.and_then(|d| d.succ_opt())).map(IsoDate);
    if let (Some(last), Some(from)) = (detail.reapply_ban_last_day, detail.reapply_allowed_from) {
        let r = about(Reason::new(C::ReapplyBanDates, rule), zone)
            .with("effective", rev.effective_date)
            .with("lastDay", last)
            .with("allowedFrom", from)
            .with("years", params.reapply_ban_years);
        if rev.kind.is_none() {
            needs_human.push(
                about(Reason::new(C::RevocationGroundNotRecorded, rule), zone)
                    .with("effective", rev.effective_date)
                    .with("allowedFrom", from),
            );
        }
        reasons.push(r);
    }
    if let Some(decided) = rev.accountability_decision_date {
        detail.no_promotion_until = (add_years(*decided, params.no_promotion_years)).map(IsoDate);
        if let Some(until) = detail.no_promotion_until {
            reasons.push(
                about(Reason::new(C::NoPromotionUntil, rule), zone)
                    .with("decided", decided)
                    .with("until", until),
            );
        }
    }
}

computed! {
    /// art-14.e as a computed rule ([`leader_accountability`]).
    LeaderAccountability: ART_14_E(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(leader_accountability(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
computed! {
    /// art-14.f as a computed rule ([`revocation_package`]).
    RevocationPackage: ART_14_F(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(revocation_package(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
