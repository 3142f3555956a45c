//! Duties: what each agency, county and actor owes, when, and whether it is done (catalog §2 and
//! every rule of kind obligation, deadline or recurring duty).
//!
//! A rule's concrete bearers are its own bearers with the collective codes expanded
//! (`AG.CTY_GOV` / `AG.CTY_PARTY_GOV` → the eight `CTY.*`, `ACT.PREF_DEPTS` → the fifteen
//! prefecture agencies); a rule without a function also binds its clause's 责任单位 list. Each
//! concrete bearer has its own instance: a county's duty is met only by that county's act.
//!
//! Instances come from **duty sources** ([`DUTY_SOURCES`]), one per computed rule:
//! art-02.a (the window end, per bearer), art-02.c (the merger, per county that must merge),
//! art-16.b (each year's meetings, `ACT.LG`) and art-18.c (implementation measures, per bearer).
//! Every other duty rule is an **open item** ([`open_items`]): listed for each bearer, UNKNOWN
//! until the register's `dutyRecords` mark it done (or not done) — never dropped.
//!
//! The land evaluations of art-11.b are a source too (one duty per zone and year in which an
//! evaluation, FULL or UPDATE, is due); the grace-period ends of art-11.e are nobody's duty and
//! appear as calendar events ([`crate::calendar::EVENT_SOURCES`]).

use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use crate::agencies::{self, ActorKind};
use crate::answer::{Outcome, Reason};
use crate::error::Error;
use crate::messages::{Lang, ReasonCode as C};
use crate::params::Params;
use crate::register::{DutyRecord, Register};
use crate::rules::{
    art02_consolidation as a02, art16_organisation as a16, art18_coordination as a18, Evaluation,
    Kind, RuleId, RULES,
};

/// The status of one duty instance as of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum DutyStatus {
    /// Recorded as not done, and past its due date.
    Overdue,
    /// Done after its due date.
    DoneLate,
    /// No information: nothing recorded (past the due date, or an open item).
    Unknown,
    /// Not done yet and not yet due (or an open item recorded as not done).
    Pending,
    /// Done on or before its due date (an open item: done, the text sets no deadline).
    DoneOnTime,
    /// The duty does not apply yet on the date.
    NotYetApplicable,
}

impl DutyStatus {
    /// Stable code, as in JSON.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Overdue => "OVERDUE",
            Self::DoneLate => "DONE_LATE",
            Self::Unknown => "UNKNOWN",
            Self::Pending => "PENDING",
            Self::DoneOnTime => "DONE_ON_TIME",
            Self::NotYetApplicable => "NOT_YET_APPLICABLE",
        }
    }

    /// The status in `lang`.
    #[must_use]
    pub const fn label(self, lang: Lang) -> &'static str {
        let (zh, en, ko) = match self {
            Self::Overdue => ("逾期未完成", "overdue", "기한 경과 미이행"),
            Self::DoneLate => ("逾期完成", "done late", "기한 후 이행"),
            Self::Unknown => ("情况不明", "unknown (no information)", "불명(정보 없음)"),
            Self::Pending => ("未到期", "pending", "기한 전"),
            Self::DoneOnTime => ("按期完成", "done on time", "기한 내 이행"),
            Self::NotYetApplicable => ("尚不适用", "not yet applicable", "아직 적용되지 않음"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
            Lang::Ko => ko,
        }
    }

    /// Every status.
    pub const ALL: [Self; 6] = [
        Self::Overdue,
        Self::DoneLate,
        Self::Unknown,
        Self::Pending,
        Self::DoneOnTime,
        Self::NotYetApplicable,
    ];
}

/// What shape of duty an instance is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum DutyKind {
    /// A one-off deadline (art-18.c, art-02.c's merger).
    Deadline,
    /// The end of a programme window (art-02.a).
    WindowEnd,
    /// One period of a recurring duty (art-16.b's year).
    Recurring,
    /// No computable condition or deadline: a caller marks it done.
    OpenItem,
}

/// How a bearer comes to bear a rule (AMB-29: metadata, not a legal finding).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Role {
    /// The first-listed prefecture agency of the clause's 责任单位 list: the presumptive lead.
    PresumedLead,
    /// Another prefecture agency of the list: presumably assisting.
    Assisting,
    /// A county: responsible within its own territory.
    OwnTerritory,
    /// Named in the body of the clause, not in its list.
    NamedInBody,
}

/// One duty instance: one rule, one bearer, one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// The rule.
    pub rule_id: RuleId,
    /// The concrete bearer (`AG.*`, `CTY.*` or `ACT.*`).
    pub bearer: &'static str,
    /// Lead or assisting (AMB-29), county or named in the body.
    pub role: Role,
    /// Whose act satisfies it (art-16.b: the Leading Group's meetings).
    pub satisfied_by: &'static str,
    /// Its shape.
    pub kind: DutyKind,
    /// The zone it concerns, for zone-level duties.
    pub zone_id: Option<String>,
    /// The period (year) of a recurring duty.
    pub year: Option<i32>,
    /// From when it applies.
    pub start: Option<NaiveDate>,
    /// The last day on which doing it is on time; none for an open item.
    pub due: Option<NaiveDate>,
    /// When it was done, as known on the date.
    pub done_date: Option<NaiveDate>,
    /// Its status on the date.
    pub status: DutyStatus,
    /// Why, step by step.
    pub reasons: Vec<Reason>,
}

/// The dates a set of duties is computed for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Horizon {
    /// The status date: facts after it are not known.
    pub as_of: NaiveDate,
    /// Recurring instances are produced for the periods that end on or before this day, and for
    /// the period running on `as_of`; one-off deadlines are always produced (callers filter).
    pub until: NaiveDate,
}

/// The calendar years from `first` whose yearly duty is listed for `horizon`, each with its last
/// day: those ending by `horizon.until`, and the year running on `as_of` even if it ends later
/// (its duty may already be missed, e.g. a half-year without a meeting).
///
/// # Errors
/// `OUT_OF_RANGE` for years beyond the calendar.
fn yearly_periods(first: i32, horizon: &Horizon) -> Result<Vec<(i32, NaiveDate)>, Error> {
    let mut out = Vec::new();
    for year in first..=horizon.until.year() {
        let dec31 = crate::rules::common::dec31(year)?;
        if dec31 > horizon.until && year > horizon.as_of.year() {
            break;
        }
        out.push((year, dec31));
    }
    Ok(out)
}

/// A duty source: adds the instances of one computed rule.
pub type DutySource = fn(&Register, &Horizon, &Params, &mut Vec<Duty>) -> Result<(), Error>;

/// The computed duty sources, by rule id (see the module
/// documentation); every duty rule not listed is an open item.
pub const DUTY_SOURCES: &[(&str, DutySource)] = &[
    ("art-02.a", window_duties),
    ("art-11.b", land_evaluation_duties),
    ("art-02.c", merger_duties),
    ("art-16.b", meeting_duties),
    ("art-18.c", impl_measures_duties),
];

/// Whether a rule is a duty: any of its kinds is obligation, deadline or recurring duty.
#[must_use]
pub fn is_duty(rule: RuleId) -> bool {
    rule.meta()
        .kinds
        .iter()
        .any(|k| matches!(k, Kind::Obligation | Kind::Deadline | Kind::RecurringDuty))
}

/// The concrete bearers of a duty rule, in the order named, without repeats: the rule's own
/// bearers expanded, and, for a rule without a function, its clause's 责任单位 list expanded.
pub fn concrete_bearers(rule: RuleId) -> impl Iterator<Item = &'static str> {
    let meta = rule.meta();
    let list: &'static [&'static str] = if meta.evaluation == Evaluation::Function {
        &[]
    } else {
        meta.clause_number()
            .map(agencies::responsible_units)
            .unwrap_or_default()
    };
    let mut out: Vec<&'static str> = Vec::new();
    for code in meta.bearers.iter().chain(list) {
        for b in agencies::expand(code) {
            if !out.contains(&b) {
                out.push(b);
            }
        }
    }
    out.into_iter()
}

/// How `bearer` comes to bear `rule` (AMB-29).
#[must_use]
pub fn role(rule: RuleId, bearer: &str) -> Role {
    if bearer.starts_with("CTY.") {
        return Role::OwnTerritory;
    }
    let Some(clause) = rule.meta().clause_number() else {
        return Role::NamedInBody;
    };
    if !agencies::responsible_units(clause).contains(&bearer) {
        return Role::NamedInBody;
    }
    if agencies::presumed_lead(clause) == Some(bearer) {
        Role::PresumedLead
    } else {
        Role::Assisting
    }
}

/// Every duty instance of the register (recurring ones up to `horizon.until`, see [`Horizon`])
/// and every open item, with its status on `horizon.as_of`, in source order.
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar; `INVALID_OPTIONS` for a holiday roll-over
/// without a calendar. The register must be validated.
pub fn all_duties(reg: &Register, horizon: &Horizon, params: &Params) -> Result<Vec<Duty>, Error> {
    let mut out = Vec::new();
    for (_, source) in DUTY_SOURCES {
        source(reg, horizon, params, &mut out)?;
    }
    open_items(reg, horizon, &mut out);
    Ok(out)
}

fn record<'r>(reg: &'r Register, rule: RuleId, bearer: &str) -> Option<&'r DutyRecord> {
    reg.duty_records
        .iter()
        .find(|r| r.bearer == bearer && r.rule_id == rule.as_str())
}

fn days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// The status of a dated duty from what is recorded: `done` is `Some(Some(d))` when done on `d`,
/// `Some(None)` when known not done, `None` when nothing is recorded.
fn dated_status(
    rule: RuleId,
    bearer: &'static str,
    (start, due): (NaiveDate, NaiveDate),
    done: Option<Option<NaiveDate>>,
    as_of: NaiveDate,
) -> (DutyStatus, Option<NaiveDate>, Vec<Reason>) {
    let reason = |code| {
        Reason::new(code, rule)
            .with("bearer", bearer)
            .with("due", due)
            .with("asOf", as_of)
    };
    if as_of < start {
        let r = Reason::new(C::DutyNotYetApplicable, rule)
            .with("start", start)
            .with("asOf", as_of);
        return (DutyStatus::NotYetApplicable, None, alloc::vec![r]);
    }
    // A completion dated after `as_of` is not known on `as_of`.
    let known = done.map(|d| d.filter(|d| *d <= as_of));
    match known {
        Some(Some(d)) if d <= due => (
            DutyStatus::DoneOnTime,
            Some(d),
            alloc::vec![reason(C::DutyDoneOnTime).with("doneDate", d)],
        ),
        Some(Some(d)) => (
            DutyStatus::DoneLate,
            Some(d),
            alloc::vec![reason(C::DutyDoneLate)
                .with("doneDate", d)
                .with("daysLate", days(due, d))],
        ),
        Some(None) if as_of <= due => (
            DutyStatus::Pending,
            None,
            alloc::vec![reason(C::DutyPending).with("daysRemaining", days(as_of, due))],
        ),
        Some(None) => (
            DutyStatus::Overdue,
            None,
            alloc::vec![reason(C::DutyOverdue).with("daysOverdue", days(due, as_of))],
        ),
        None if as_of <= due => (
            DutyStatus::Pending,
            None,
            alloc::vec![reason(C::DutyPendingNoRecord).with("daysRemaining", days(as_of, due))],
        ),
        None => (
            DutyStatus::Unknown,
            None,
            alloc::vec![reason(C::DutyNoRecord)],
        ),
    }
}

/// art-18.c: one instance per prefecture agency and county, from `implMeasures`.
///
/// # Errors
/// As [`a18::due_date`].
pub fn impl_measures_duties(
    reg: &Register,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_18_C;
    let (due, _) = a18::due_date(reg.issue_date, params)?;
    for bearer in concrete_bearers(rule) {
        let done = reg
            .impl_measures
            .iter()
            .find(|m| m.bearer == bearer)
            .map(|m| m.adopted_date);
        let (status, done_date, reasons) =
            dated_status(rule, bearer, (reg.issue_date, due), done, horizon.as_of);
        out.push(Duty {
            rule_id: rule,
            bearer,
            role: role(rule, bearer),
            satisfied_by: bearer,
            kind: DutyKind::Deadline,
            zone_id: None,
            year: None,
            start: Some(reg.issue_date),
            due: Some(due),
            done_date,
            status,
            reasons,
        });
    }
    Ok(())
}

/// art-02.a: one instance per bearer, due at the window's end, from `dutyRecords`.
///
/// # Errors
/// `OUT_OF_RANGE` for a window beyond the calendar.
pub fn window_duties(
    reg: &Register,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_02_A;
    let (start, end) = a02::window(reg.issue_date, params)?;
    for bearer in concrete_bearers(rule) {
        let done = record(reg, rule, bearer).map(|r| r.done_date);
        let (status, done_date, reasons) =
            dated_status(rule, bearer, (start, end), done, horizon.as_of);
        out.push(Duty {
            rule_id: rule,
            bearer,
            role: role(rule, bearer),
            satisfied_by: bearer,
            kind: DutyKind::WindowEnd,
            zone_id: None,
            year: None,
            start: Some(start),
            due: Some(end),
            done_date,
            status,
            reasons,
        });
    }
    Ok(())
}

/// The counties of a register: its `counties`, then any county a zone names that is not listed.
pub fn register_counties(reg: &Register) -> Vec<&String> {
    let mut ids: Vec<&String> = reg.counties.iter().map(|c| &c.id).collect();
    for z in &reg.zones {
        if let Some(c) = &z.county_id {
            if !ids.contains(&c) {
                ids.push(c);
            }
        }
    }
    ids
}

/// art-02.c: a merger duty for each county that must merge (due at the window's end); a county
/// with nothing to merge owes nothing, and its finding stays in the report.
///
/// # Errors
/// As [`a02::one_county_one_zone_for`].
pub fn merger_duties(
    reg: &Register,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_02_C;
    for county in register_counties(reg) {
        let Some(bearer) = agencies::actor(county)
            .filter(|a| a.kind == ActorKind::County)
            .map(|a| a.code)
        else {
            continue;
        };
        let answer = a02::one_county_one_zone_for(reg, county, horizon.as_of, params)?;
        let status = match answer.outcome {
            Outcome::MergeRequired => DutyStatus::Pending,
            Outcome::MergeOverdue => DutyStatus::Overdue,
            Outcome::NeedsHuman => DutyStatus::Unknown,
            _ => continue,
        };
        let mut reasons = answer.reasons;
        reasons.extend(answer.needs_human);
        out.push(Duty {
            rule_id: rule,
            bearer,
            role: Role::OwnTerritory,
            satisfied_by: bearer,
            kind: DutyKind::Deadline,
            zone_id: None,
            year: None,
            start: Some(reg.issue_date),
            due: Some(answer.detail.window_end),
            done_date: None,
            status,
            reasons,
        });
    }
    Ok(())
}

/// The day a compliant year's requirement was first met: the `required`-th counted meeting, and
/// with the spread parameter no earlier than the first second-half meeting.
fn met_on(detail: &a16::JointMeetingsDetail, params: &Params) -> Option<NaiveDate> {
    let nth = usize::try_from(detail.required.max(1)).ok()?;
    let by_count = detail.counted.get(nth - 1).copied()?;
    if !params.meetings_require_spread {
        return Some(by_count);
    }
    let jul1 = NaiveDate::from_ymd_opt(detail.year, 7, 1)?;
    let second_half = detail.counted.iter().copied().find(|d| *d >= jul1)?;
    Some(by_count.max(second_half))
}

/// art-16.b: one instance per calendar year for the Leading Group, from the issuance year
/// (not yet applicable under the default first-year rule) to the last year within the horizon.
///
/// # Errors
/// `OUT_OF_RANGE` for years beyond the calendar.
pub fn meeting_duties(
    reg: &Register,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_16_B;
    let first = reg.issue_date.year();
    for (year, dec31) in yearly_periods(first, horizon)? {
        let input = a16::JointMeetingsInput {
            issue_date: reg.issue_date,
            year,
            meetings: reg.meetings.clone(),
            as_of: Some(horizon.as_of),
        };
        let answer = a16::joint_meetings(&input, params)?;
        let start = NaiveDate::from_ymd_opt(answer.detail.first_applicable_year.max(year), 1, 1);
        let mut reasons = answer.reasons;
        let (status, done_date) = match answer.outcome {
            Outcome::NotYetApplicable => (DutyStatus::NotYetApplicable, None),
            Outcome::Compliant => (DutyStatus::DoneOnTime, met_on(&answer.detail, params)),
            _ if reg.meetings.is_empty() && horizon.as_of > dec31 => {
                reasons = alloc::vec![Reason::new(C::MeetingsNotRecorded, rule).with("year", year)];
                (DutyStatus::Unknown, None)
            }
            Outcome::NonCompliant => (DutyStatus::Overdue, None),
            _ => (DutyStatus::Pending, None),
        };
        for bearer in concrete_bearers(rule) {
            out.push(Duty {
                rule_id: rule,
                bearer,
                role: role(rule, bearer),
                satisfied_by: a16::LEADING_GROUP,
                kind: DutyKind::Recurring,
                zone_id: None,
                year: Some(year),
                start,
                due: Some(dec31),
                done_date,
                status,
                reasons: reasons.clone(),
            });
        }
    }
    Ok(())
}

/// art-11.b: for each zone of the register that exists and is in the opinion's scope (pre.a), and
/// each year up to the horizon in which an evaluation is due (FULL every 3 years from the anchor,
/// UPDATE the others), the duty to have it done by 31 December. Done on time when an evaluation
/// of the due kind was completed by then, late when after; with no evaluation on record at all
/// for the zone the year's status is UNKNOWN rather than overdue.
///
/// # Errors
/// `INVALID_OPTIONS` for a zero evaluation cycle; `OUT_OF_RANGE` for years beyond the calendar.
pub fn land_evaluation_duties(
    reg: &Register,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_11_B;
    let first = reg.issue_date.year();
    for zone in reg.zones.iter().filter(|z| z.status.exists()) {
        if crate::rules::preamble::scope_for(reg, zone, Some(horizon.as_of), params).outcome
            != Outcome::InScope
        {
            continue;
        }
        let recorded = reg.land_evaluations.iter().any(|e| e.zone_id == zone.id);
        for (year, dec31) in yearly_periods(first, horizon)? {
            let answer = crate::rules::art11_land::land_evaluation_for(
                reg,
                zone,
                year,
                Some(horizon.as_of),
                params,
            )?;
            let Some(kind) = answer.detail.evaluation_due else {
                continue;
            };
            let done = reg
                .land_evaluations
                .iter()
                // A full evaluation also serves as the year's update (catalog art-11.b).
                .filter(|e| e.zone_id == zone.id && e.year == year)
                .filter(|e| e.kind == kind || kind == crate::register::LandEvaluationKind::Update)
                .filter_map(|e| e.completed_date)
                .filter(|d| *d <= horizon.as_of)
                .min();
            let (status, done_date) = match (answer.outcome, done) {
                (Outcome::NotYetApplicable, _) => (DutyStatus::NotYetApplicable, None),
                (_, Some(d)) if d <= dec31 => (DutyStatus::DoneOnTime, Some(d)),
                (_, Some(d)) => (DutyStatus::DoneLate, Some(d)),
                (_, None) if horizon.as_of <= dec31 => (DutyStatus::Pending, None),
                (_, None) if !recorded => (DutyStatus::Unknown, None),
                (_, None) => (DutyStatus::Overdue, None),
            };
            for bearer in concrete_bearers(rule) {
                out.push(Duty {
                    rule_id: rule,
                    bearer,
                    role: role(rule, bearer),
                    satisfied_by: bearer,
                    kind: DutyKind::Recurring,
                    zone_id: Some(zone.id.clone()),
                    year: Some(year),
                    start: NaiveDate::from_ymd_opt(year, 1, 1),
                    due: Some(dec31),
                    done_date,
                    status,
                    reasons: answer.reasons.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Every duty rule without a duty source, for each of its concrete bearers: UNKNOWN until the
/// register's `dutyRecords` say done (DONE_ON_TIME: the text sets no deadline) or not done
/// (PENDING). Before issuance: NOT_YET_APPLICABLE.
pub fn open_items(reg: &Register, horizon: &Horizon, out: &mut Vec<Duty>) {
    let as_of = horizon.as_of;
    for rule in RULES.iter().copied().filter(|r| is_duty(*r)) {
        if DUTY_SOURCES.iter().any(|(id, _)| *id == rule.as_str()) {
            continue;
        }
        // A computed rule whose primary kind is not a duty (art-11.e: an entitlement whose end is
        // a calendar event) is not an open item either.
        if rule.meta().evaluation == Evaluation::Function
            && !matches!(
                rule.meta().kind(),
                Kind::Obligation | Kind::Deadline | Kind::RecurringDuty
            )
        {
            continue;
        }
        for bearer in concrete_bearers(rule) {
            let rec = record(reg, rule, bearer).map(|r| r.done_date.filter(|d| *d <= as_of));
            let (status, done_date, reason) = if as_of < reg.issue_date {
                (
                    DutyStatus::NotYetApplicable,
                    None,
                    Reason::new(C::DutyNotYetApplicable, rule)
                        .with("start", reg.issue_date)
                        .with("asOf", as_of),
                )
            } else {
                match rec {
                    Some(Some(d)) => (
                        DutyStatus::DoneOnTime,
                        Some(d),
                        Reason::new(C::OpenItemDone, rule)
                            .with("bearer", bearer)
                            .with("doneDate", d),
                    ),
                    Some(None) => (
                        DutyStatus::Pending,
                        None,
                        Reason::new(C::OpenItemNotDone, rule)
                            .with("bearer", bearer)
                            .with("asOf", as_of),
                    ),
                    None => (
                        DutyStatus::Unknown,
                        None,
                        Reason::new(C::OpenItemNoRecord, rule).with("bearer", bearer),
                    ),
                }
            };
            out.push(Duty {
                rule_id: rule,
                bearer,
                role: role(rule, bearer),
                satisfied_by: bearer,
                kind: DutyKind::OpenItem,
                zone_id: None,
                year: None,
                start: Some(reg.issue_date),
                due: None,
                done_date,
                status,
                reasons: alloc::vec![reason],
            });
        }
    }
}

/// Every code that bears a duty, in the rulebook's order of agencies, actors and counties.
#[must_use]
pub fn duty_bearers() -> Vec<&'static str> {
    let borne: Vec<&'static str> = RULES
        .iter()
        .copied()
        .filter(|r| is_duty(*r))
        .flat_map(concrete_bearers)
        .collect();
    let mut out: Vec<&'static str> = agencies::ACTORS
        .iter()
        .map(|a| a.code)
        .filter(|c| borne.contains(c))
        .collect();
    // Agencies first, then counties, then actors, as a reader looks them up.
    out.sort_by_key(|c| match agencies::actor(c).map(|a| a.kind) {
        Some(ActorKind::Agency) => 0,
        Some(ActorKind::County) => 1,
        _ => 2,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearers_expand_and_roles_follow_amb_29() {
        let c = |id| concrete_bearers(RuleId::parse(id).unwrap()).collect::<Vec<_>>();
        // art-18.c: 15 prefecture agencies and 8 counties, no list (clause 18 has none).
        assert_eq!(c("art-18.c").len(), 23);
        // art-16.b: the Leading Group only (a function rule does not take its list).
        assert_eq!(c("art-16.b"), ["ACT.LG"]);
        // art-04.a (open item): its bearers, then clause 4's list (FAO and the counties).
        let a04 = c("art-04.a");
        assert_eq!(&a04[..3], ["AG.COMMERCE", "AG.GOVDIGI", "AG.FINANCE"]);
        assert!(a04.contains(&"CTY.ANTU") && a04.contains(&"AG.FAO"));
        let r = RuleId::parse("art-04.a").unwrap();
        assert_eq!(role(r, "AG.COMMERCE"), Role::PresumedLead);
        assert_eq!(role(r, "AG.FAO"), Role::Assisting);
        assert_eq!(role(r, "CTY.YANJI"), Role::OwnTerritory);
        assert_eq!(role(RuleId::ART_16_B, "ACT.LG"), Role::NamedInBody);
        let bearers = duty_bearers();
        for code in [
            "AG.COMMERCE",
            "AG.EMERG",
            "CTY.ANTU",
            "ACT.LG",
            "ACT.LG_OFFICE",
        ] {
            assert!(bearers.contains(&code), "{code}");
        }
        assert!(!bearers.contains(&"AG.CTY_GOV") && !bearers.contains(&"ACT.PREF_DEPTS"));
    }

    #[test]
    fn dated_status_boundaries() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let r = RuleId::ART_18_C;
        let span = (d("2019-06-01"), d("2019-12-01"));
        let st = |done, as_of| dated_status(r, "AG.DRC", span, done, d(as_of)).0;
        assert_eq!(st(None, "2019-12-01"), DutyStatus::Pending);
        assert_eq!(st(None, "2019-12-02"), DutyStatus::Unknown);
        assert_eq!(st(Some(None), "2019-12-02"), DutyStatus::Overdue);
        assert_eq!(
            st(Some(Some(d("2019-12-01"))), "2020-01-01"),
            DutyStatus::DoneOnTime
        );
        assert_eq!(
            st(Some(Some(d("2019-12-02"))), "2020-01-01"),
            DutyStatus::DoneLate
        );
        // A completion after the as-of date is not known yet.
        assert_eq!(
            st(Some(Some(d("2019-12-02"))), "2019-12-01"),
            DutyStatus::Pending
        );
        assert_eq!(st(None, "2019-05-31"), DutyStatus::NotYetApplicable);
    }
}
