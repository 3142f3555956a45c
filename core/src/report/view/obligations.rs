//! The rendered obligations: duties per bearer, with status counts.

use super::AgencyObligations;
use super::{bearer_name, issue_date_note, rulebook};

use crate::answer::view::{ReasonView, RulebookView};
use crate::dates::IsoDate;
use crate::duties::{Duty, DutyKind, DutyStatus, Role};
use crate::messages::Lang;

use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;
use serde::Serialize;

/// One duty, rendered.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct DutyView {
    /// Rule id.
    pub rule_id: &'static str,
    /// `YB-DZ-OPINIONS/<rule id>`.
    pub citation: String,
    /// The rule's short title in the language (`rules()` has it in all three).
    pub title: &'static str,
    /// The rule's text in the language (the Chinese quote for `zh`).
    pub text: &'static str,
    /// The bearer's code, or a zone's id for a zone's own duty.
    pub bearer: String,
    /// The bearer's name in the language.
    pub bearer_name: String,
    /// How the bearer comes to bear it: lead (named first by the rule's words), presumed
    /// lead or assisting (AMB-29, for a rule whose words name no subject), own territory (a
    /// county), own zone, or named in the body. Metadata, not a legal finding.
    pub role: Role,
    /// Whether the bearer is the clause's first-listed prefecture agency (AMB-29): a
    /// convention, not a legal finding.
    pub presumed_lead: bool,
    /// Whose act satisfies it.
    pub satisfied_by: String,
    /// Its shape.
    pub kind: DutyKind,
    /// `FUNCTION`, `OPEN_ITEM`, `NOT_COMPUTABLE` or `PLANNED`.
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "\"FUNCTION\" | \"OPEN_ITEM\" | \"NOT_COMPUTABLE\" | \"PLANNED\"")
    )]
    pub evaluation: &'static str,
    /// Why the rule is not computed, or what it still needs, in the language.
    pub evaluation_note: Option<&'static str>,
    /// The zone, for zone-level duties.
    pub zone_id: Option<String>,
    /// The year of a recurring duty.
    pub year: Option<i32>,
    /// From when it applies.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub start: Option<IsoDate>,
    /// The due date (none for an open item).
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub due: Option<IsoDate>,
    /// When it was done, as known on the date.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub done_date: Option<IsoDate>,
    /// Stable status code.
    pub status: DutyStatus,
    /// The status in the language.
    pub status_label: &'static str,
    /// How much it matters, decided in one place ([`crate::severity::of_duty`]).
    pub severity: crate::severity::Severity,
    /// Why (`ILLUSTRATIVE_RECORDS` first when it rests on made-up records).
    pub reasons: Vec<ReasonView>,
    /// For an unknown duty: what to record (or decide) to settle it.
    pub settle: Option<crate::report::Settle>,
    /// The same in the language.
    pub to_settle: Option<&'static str>,
    /// It rests on made-up (ILLUSTRATIVE) records of the register. Absent when not.
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub illustrative: bool,
}

impl DutyView {
    /// Renders `d` in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(d: &Duty, reg: &crate::register::ValidRegister, lang: Lang) -> Self {
        let meta = d.rule_id.meta();
        Self {
            rule_id: meta.id,
            citation: d.rule_id.citation(),
            title: meta.title_in(lang),
            text: meta.rendering(lang),
            bearer: String::from(&*d.bearer),
            bearer_name: bearer_name(&d.bearer, reg, lang),
            role: d.role,
            presumed_lead: d.role == Role::PresumedLead,
            satisfied_by: String::from(&*d.satisfied_by),
            kind: d.kind,
            evaluation: meta.evaluation.as_str(),
            evaluation_note: meta.evaluation.reason(lang),
            zone_id: d.zone_id.as_deref().map(String::from),
            year: d.year,
            start: (d.start).map(IsoDate),
            due: (d.due).map(IsoDate),
            done_date: (d.done_date).map(IsoDate),
            status: d.status,
            status_label: d.status.label(lang),
            severity: crate::severity::of_duty(
                d.rule_id,
                d.status,
                d.kind == DutyKind::OpenItem,
                d.needs_person(),
            ),
            reasons: d.reasons.iter().map(|r| ReasonView::new(r, lang)).collect(),
            settle: crate::report::settle(d),
            to_settle: crate::report::settle(d).map(|s| s.label(lang)),
            illustrative: d.is_illustrative(),
        }
    }
}

/// Counts of duties by status.
#[derive(Clone, Copy, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct StatusCounts {
    /// All duties.
    pub total: usize,
    /// OVERDUE.
    pub overdue: usize,
    /// DONE_LATE.
    pub done_late: usize,
    /// UNKNOWN.
    pub unknown: usize,
    /// PENDING.
    pub pending: usize,
    /// DONE_ON_TIME.
    pub done_on_time: usize,
    /// DONE (done, with nothing to say whether on time).
    pub done: usize,
    /// NOT_YET_APPLICABLE.
    pub not_yet_applicable: usize,
    /// Of all of them, how many rest on made-up (ILLUSTRATIVE) records.
    pub illustrative: usize,
}

/// One bearer's obligations, rendered.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct AgencyObligationsView {
    /// The bearer's code, or a zone's id.
    pub code: String,
    /// Its name in the language.
    pub name: String,
    /// Counts by status.
    pub counts: StatusCounts,
    /// Overdue on the date.
    pub overdue: Vec<DutyView>,
    /// Not done and due within `withinDays` of the date (the due day included).
    pub due_soon: Vec<DutyView>,
    /// Unknown on the date (nothing on record, or a person must decide), each with what to
    /// record to settle it: the duties the report counts as unknown.
    pub unknown: Vec<DutyView>,
    /// Every duty.
    pub duties: Vec<DutyView>,
}

impl AgencyObligationsView {
    /// One bearer's part of the obligations as of `as_of`, due soon meaning within
    /// `within_days`, in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(
        a: &AgencyObligations,
        reg: &crate::register::ValidRegister,
        as_of: NaiveDate,
        within_days: u32,
        lang: Lang,
    ) -> Self {
        let horizon = as_of.checked_add_days(chrono::Days::new(u64::from(within_days)));
        let mut counts = StatusCounts::default();
        for d in &a.duties {
            counts.total += 1;
            if d.is_illustrative() {
                counts.illustrative += 1;
            }
            match d.status {
                DutyStatus::Overdue => counts.overdue += 1,
                DutyStatus::DoneLate => counts.done_late += 1,
                DutyStatus::Unknown => counts.unknown += 1,
                DutyStatus::Pending => counts.pending += 1,
                DutyStatus::DoneOnTime => counts.done_on_time += 1,
                DutyStatus::Done => counts.done += 1,
                DutyStatus::NotYetApplicable => counts.not_yet_applicable += 1,
            }
        }
        let soon = |d: &&Duty| {
            d.status == DutyStatus::Pending
                && d.due
                    .is_some_and(|due| due >= as_of && horizon.is_some_and(|h| due <= h))
        };
        // The views of the duties `keep` keeps, in order.
        let views = |keep: &dyn Fn(&&Duty) -> bool| -> Vec<DutyView> {
            a.duties
                .iter()
                .filter(keep)
                .map(|d| DutyView::new(d, reg, lang))
                .collect()
        };
        Self {
            code: a.bearer.clone(),
            name: bearer_name(&a.bearer, reg, lang),
            counts,
            overdue: views(&|d| d.status == DutyStatus::Overdue),
            due_soon: views(&soon),
            unknown: views(&|d| d.status == DutyStatus::Unknown),
            duties: views(&|_| true),
        }
    }
}

/// The obligations answer.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ObligationsView {
    /// The status date.
    pub as_of: IsoDate,
    /// How many days ahead `dueSoon` looks.
    pub within_days: u32,
    /// Per bearer.
    pub agencies: Vec<AgencyObligationsView>,
    /// Whether the register's issuance date is a stand-in (`issueDateHypothetical`).
    pub issue_date_hypothetical: bool,
    /// The sentence saying so, in the language (absent when it is not).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub issue_date_note: Option<String>,
    /// Language of the messages.
    pub lang: Lang,
    /// Rulebook version and source hash.
    pub rulebook: RulebookView,
}

impl ObligationsView {
    /// Renders the obligations in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(
        all: &[AgencyObligations],
        reg: &crate::register::ValidRegister,
        as_of: NaiveDate,
        within_days: u32,
        lang: Lang,
    ) -> Self {
        let mut view = Self::head(reg, as_of, within_days, lang);
        view.agencies = all
            .iter()
            .map(|a| AgencyObligationsView::new(a, reg, as_of, within_days, lang))
            .collect();
        view
    }

    /// [`ObligationsView::new`] without its bearers (`agencies` empty): what a caller given the
    /// bearers one at a time ([`AgencyObligationsView::new`]) writes around them.
    #[must_use]
    pub fn head(
        reg: &crate::register::ValidRegister,
        as_of: NaiveDate,
        within_days: u32,
        lang: Lang,
    ) -> Self {
        Self {
            as_of: IsoDate(as_of),
            within_days,
            agencies: Vec::new(),
            issue_date_hypothetical: reg.issue_date_hypothetical,
            issue_date_note: issue_date_note(reg, lang),
            lang,
            rulebook: rulebook(),
        }
    }
}
