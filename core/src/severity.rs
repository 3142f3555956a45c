//! How much an answer, a duty or an event matters: the one place that decides it. Every view
//! (answer, zone finding, report finding, duty, calendar event) carries the severity from here,
//! and the CLI, the page and the report read it; none decides its own.

use crate::answer::{Outcome, Reason};
use crate::duties::DutyStatus;
use crate::messages::ReasonCode;
use crate::rules::{Kind, RuleId};

stable_enum! {
    /// How much a finding matters.
    Severity {
        /// A mandatory duty missed or a sanction triggered: overdue, non-compliant, invalid
        /// designation, disqualification, revocation. Never the art-02.a window (AMB-04).
        Violation = "VIOLATION" { zh: "违规", ko: "위반", en: "violation" },
        /// Done late; a merger required (art-02.c), or still not done when the art-02.a window has
        /// closed (MERGE_OVERDUE: the deadline is the window's, which carries no sanction, AMB-04).
        Warning = "WARNING" { zh: "警示", ko: "경고", en: "warning" },
        /// A person must decide, or there is no information (a dated duty past due, nothing recorded).
        Review = "REVIEW" { zh: "待人工审核", ko: "사람의 판단 필요", en: "for review" },
        /// Everything else: compliant, on time, pending, eligible, not applicable, open items.
        Info = "INFO" { zh: "信息", ko: "정보", en: "information" },
    }
}

/// The severity of a rule's answer: a violation for a mandatory duty missed or a sanction
/// triggered, a warning for a duty done late or a merger required, for review where a person
/// must decide or nothing is known, information otherwise (eligible or not, compliant, on time,
/// pending, not applicable).
///
/// An art-18.c answer whose `needsHuman` holds a reason its duty is for review for
/// (`ADOPTED_BEFORE_ISSUANCE`, `DUE_DATE_ON_REST_DAY`: [`crate::duties::Duty::needs_person`]) is
/// for review too: one rule, one severity, whichever view asks.
#[must_use]
pub fn of_answer(
    rule: RuleId,
    outcome: Outcome,
    reasons: &[Reason],
    needs_human: &[Reason],
) -> Severity {
    of_codes(
        rule,
        outcome,
        reasons.iter().chain(needs_human).map(|r| r.code),
    )
}

/// [`of_answer`] from the codes of the answer's reasons and `needsHuman` alone (all it reads of
/// them): what an answer in brief ([`crate::answer::Brief`]) has.
#[must_use]
#[inline]
pub fn of_codes(
    rule: RuleId,
    outcome: Outcome,
    codes: impl Iterator<Item = ReasonCode>,
) -> Severity {
    let (mut merged, mut review) = (false, false);
    for c in codes {
        // art-14.e merged into art-14.f: the leaders are held accountable once, under art-14.f.
        merged |= c == ReasonCode::AccountabilityMergedIntoRevocation;
        review |= (rule == RuleId::ART_18_C
            && crate::rules::art18_coordination::ImplMeasuresDecision::HUMAN_CODES.contains(&c))
            || (rule == RuleId::ART_02_C
                && crate::rules::art02_consolidation::MERGE_HUMAN_CODES.contains(&c))
            // The same hits as the window before (AMB-13): whether to hold the leaders to
            // account or revoke again is for a person, not a second violation.
            || c == ReasonCode::SameHitsAsPreviousWindow
            // Whether the Bureau's meeting is the Office's (art-16.b): for a person, as its
            // duty is (`Duty::review_reasons`).
            || c == ReasonCode::MeetingBureauOrOffice;
    }
    if merged {
        return Severity::Info;
    }
    if review {
        return Severity::Review;
    }
    // art-02.a is a programme window without a sanction (AMB-04): never a violation.
    if rule == RuleId::ART_02_A {
        return match outcome {
            Outcome::NeedsHuman | Outcome::Unknown | Outcome::Overdue => Severity::Review,
            _ => Severity::Info,
        };
    }
    match outcome {
        Outcome::Overdue
        | Outcome::NonCompliant
        | Outcome::Invalid
        | Outcome::Disqualified
        | Outcome::Revoke => Severity::Violation,
        Outcome::Triggered if rule.meta().kind() == Kind::Sanction => Severity::Violation,
        // A merger still not done when the art-02.a window has closed: the merger is mandatory,
        // but its deadline is the window's, which carries no sanction (AMB-04).
        Outcome::MetLate | Outcome::MergeRequired | Outcome::MergeOverdue => Severity::Warning,
        Outcome::NeedsHuman | Outcome::Unknown => Severity::Review,
        _ => Severity::Info,
    }
}

/// The severity of a duty of `rule` with `status` (`open_item`: a duty without a computable
/// deadline; `needs_person`: a status a person must settle first, [`crate::duties::Duty::needs_person`],
/// always for review). The end of the art-02.a window (AMB-04: a programme period without a sanction) is at
/// most for review: known not done by then, or nothing recorded; done late is information. An
/// open item with nothing recorded is information, not for review.
#[must_use]
pub fn of_duty(rule: RuleId, status: DutyStatus, open_item: bool, needs_person: bool) -> Severity {
    if needs_person {
        // A status a person must settle first (`Duty::needs_person`).
        return Severity::Review;
    }
    if rule == RuleId::ART_02_A {
        return match status {
            DutyStatus::Overdue | DutyStatus::Unknown => Severity::Review,
            _ => Severity::Info,
        };
    }
    // art-02.c's merger is due at the end of the art-02.a window, which carries no sanction:
    // overdue or done late, a warning, as its answer's MERGE_OVERDUE and MET_LATE are.
    if rule == RuleId::ART_02_C && matches!(status, DutyStatus::Overdue | DutyStatus::DoneLate) {
        return Severity::Warning;
    }
    match status {
        DutyStatus::Overdue => Severity::Violation,
        DutyStatus::DoneLate => Severity::Warning,
        DutyStatus::Unknown if !open_item => Severity::Review,
        _ => Severity::Info,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One severity per outcome: the same outcome of the same rule never gets two.
    #[test]
    fn eligibility_is_information_and_sanctions_are_violations() {
        assert_eq!(
            of_answer(RuleId::ART_03_A, Outcome::NotEligible, &[], &[]),
            Severity::Info
        );
        assert_eq!(
            of_answer(RuleId::ART_14_D, Outcome::Triggered, &[], &[]),
            Severity::Violation
        );
        assert_eq!(
            of_answer(RuleId::ART_02_A, Outcome::Overdue, &[], &[]),
            Severity::Review
        );
        assert_eq!(
            of_answer(RuleId::ART_18_C, Outcome::Overdue, &[], &[]),
            Severity::Violation
        );
        let merged = [Reason::new(
            ReasonCode::AccountabilityMergedIntoRevocation,
            RuleId::ART_14_E,
        )];
        assert_eq!(
            of_answer(RuleId::ART_14_E, Outcome::Triggered, &merged, &[]),
            Severity::Info
        );
        assert_eq!(
            of_duty(RuleId::ART_18_B, DutyStatus::Unknown, true, false),
            Severity::Info
        );
        assert_eq!(
            of_duty(RuleId::ART_18_C, DutyStatus::Unknown, false, false),
            Severity::Review
        );
    }
}
