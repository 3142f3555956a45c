//! Duties: what each agency, county and actor owes, when, and whether it is done (every rule of
//! kind obligation, deadline or recurring duty).
//!
//! **Bearers are true** (issue 8): a rule is owed by the bearers its own words name
//! ([`OwedBy::Words`]); only a rule whose words name no subject takes them from its clause's
//! 责任单位 list ([`OwedBy::ClauseList`], AMB-29 roles); a rule that is only encouraged,
//! aspirational or not computable is owed by nobody ([`OwedBy::Nobody`]) and stays in the
//! rulebook. Collective codes are expanded: `AG.CTY_GOV` / `AG.CTY_PARTY_GOV` → the eight `CTY.*`
//! (and 延龙图新区 under `includeYltNewArea`, AMB-30), `ACT.PREF_DEPTS` → the fifteen prefecture
//! agencies, `ACT.ZONE` (「各开发区」) → every zone of the register that exists and is in scope on
//! the date (the zone's id is the bearer). Each concrete bearer has its own instance: a county's
//! duty is met only by that county's act, a zone's by that zone's.
//!
//! Instances come from **duty sources** ([`DUTY_SOURCES`]), one per computed rule:
//! art-02.a (the window end, per bearer), art-02.c (the merger, per county that must merge),
//! art-16.b (each year's meetings, `ACT.LG`), art-18.a (each year's regular study, from the same
//! meetings), art-18.c (implementation measures, per bearer), art-10.a (the input and
//! revenue-sharing system, an open item of each provincial-or-above zone and its county) and
//! art-14.d (the 「限期整改」 of each zone given a yellow card, due `rectificationDeadlineDays`
//! after the results' publication).
//! Every other duty rule is an **open item** ([`open_items`]): listed for each bearer, UNKNOWN
//! until the register's `dutyRecords` mark it done (or not done) — never dropped.
//!
//! The land evaluations of art-11.b are a source too (one duty per zone and year in which an
//! evaluation, FULL or UPDATE, is due); the grace-period ends of art-11.e are nobody's duty and
//! appear as calendar events ([`crate::calendar::EVENT_SOURCES`]).

use crate::answer::AddReason;
use crate::dates::IsoDate;
use crate::num::Year;
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use crate::agencies::{self, ActorKind};
use crate::answer::{Outcome, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::ZoneLevel;
use crate::register::{is_illustrative, DutyRecord, Register, ValidRegister, Zone, ZoneKey};
use crate::rules::art14_assessment as a14;
use crate::rules::{
    art02_consolidation as a02, art16_organisation as a16, art18_coordination as a18, Kind, OwedBy,
    RuleId, RULES,
};

stable_enum! {
    /// The status of one duty instance as of a date.
    DutyStatus {
        /// Recorded as not done, and past its due date.
        Overdue = "OVERDUE" { zh: "逾期未完成", ko: "기한 경과 미완료", en: "overdue" },
        /// Done after its due date.
        DoneLate = "DONE_LATE" { zh: "逾期完成", ko: "기한 경과 후 완료", en: "done late" },
        /// Not decided by the records: nothing recorded (past the due date, or an open item),
        /// or records a person must weigh first ([`Duty::needs_person`]).
        Unknown = "UNKNOWN" { zh: "情况不明", ko: "정황 불명", en: "unknown (not decided)" },
        /// Not done yet and not yet due (or an open item, which has no due date, recorded as not
        /// done).
        Pending = "PENDING" { zh: "进行中", ko: "진행 중", en: "pending" },
        /// Done on or before its due date.
        DoneOnTime = "DONE_ON_TIME" { zh: "按期完成", ko: "기한 내 완료", en: "done on time" },
        /// Done, with nothing to say whether on time: an open item (the text sets no deadline),
        /// a rectification accepted with no period given, an evaluation recorded without its
        /// completion date.
        Done = "DONE" { zh: "已完成", ko: "완료", en: "done" },
        /// The duty does not apply yet on the date.
        NotYetApplicable = "NOT_YET_APPLICABLE" { zh: "尚不适用", ko: "아직 적용되지 않음", en: "not yet applicable" },
    }
}

stable_enum! {
    /// What shape of duty an instance is.
    DutyKind {
        /// A one-off deadline (art-18.c, art-02.c's merger).
        Deadline = "DEADLINE" { zh: "期限", ko: "기한", en: "deadline" },
        /// The end of a programme window (art-02.a).
        WindowEnd = "WINDOW_END" { zh: "期限届满", ko: "기간 만료", en: "end of a window" },
        /// One period of a recurring duty (art-16.b's year).
        Recurring = "RECURRING" { zh: "定期义务", ko: "정기 의무", en: "recurring duty" },
        /// No computable condition or deadline: a caller marks it done.
        OpenItem = "OPEN_ITEM" { zh: "待办事项", ko: "미결 항목", en: "open item" },
    }
}

stable_enum! {
    /// How a bearer comes to bear a rule (metadata, not a legal finding).
    Role {
        /// Named first by the rule's own words (one agency or actor): the lead.
        Lead = "LEAD" { zh: "牵头(正文首列)", ko: "주관(본문 첫 명시)", en: "lead (named first)" },
        /// For a rule whose words name no subject: the first-listed prefecture agency of its
        /// clause's 责任单位 list, the presumptive lead (AMB-29: a convention, not a legal finding).
        PresumedLead = "PRESUMED_LEAD" { zh: "推定牵头", ko: "추정 주관", en: "presumed lead" },
        /// For a rule whose words name no subject: another prefecture agency of the list, presumably
        /// assisting (AMB-29).
        Assisting = "ASSISTING" { zh: "配合", ko: "협조", en: "assisting" },
        /// A county (or 延龙图新区 under `includeYltNewArea`): responsible within its own territory.
        OwnTerritory = "OWN_TERRITORY" { zh: "本行政区", ko: "관할 구역", en: "own territory" },
        /// Named by the rule's words after its lead, or a member of a collective the words name
        /// (「州直有关部门」).
        NamedInBody = "NAMED_IN_BODY" { zh: "正文所列", ko: "본문 명시", en: "named in the text" },
        /// A zone of the register (「各开发区」): responsible for itself.
        OwnZone = "OWN_ZONE" { zh: "本开发区", ko: "해당 개발구", en: "own zone" },
    }
}

/// One duty instance: one rule, one bearer, one period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// The rule.
    pub rule_id: RuleId,
    /// The concrete bearer: a code (`AG.*`, `CTY.*`, `ACT.*`) or, for a 「各开发区」 duty, the
    /// zone's id in the register. Shared, as are `satisfied_by` and `zone_id`: a rule's bearers
    /// are made once per rule and a zone's id once per register, and each duty holds them
    /// (perf: a copy of each was three allocations per duty, and a 1,000-zone report has 24,000
    /// duties).
    pub bearer: Arc<str>,
    /// How the bearer comes to bear it: lead, presumed lead or assisting (AMB-29), county, zone,
    /// or named in the body.
    pub role: Role,
    /// Whose act satisfies it (art-16.b: the Leading Group's meetings).
    pub satisfied_by: Arc<str>,
    /// Its shape.
    pub kind: DutyKind,
    /// The zone it concerns, for zone-level duties (the bearer itself for a 「各开发区」 duty).
    pub zone_id: Option<Arc<str>>,
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
    /// Why, step by step; `ILLUSTRATIVE_RECORDS` first when it rests on made-up records.
    pub reasons: Vec<Reason>,
}

impl Duty {
    /// Whether it rests on made-up (ILLUSTRATIVE) records of the register.
    #[must_use]
    pub fn is_illustrative(&self) -> bool {
        crate::illustrative::is_marked(&self.reasons)
    }

    /// Whether a person must decide its status: its reasons include one that the rule's own
    /// answer puts under `needsHuman` (art-18.c: measures dated before issuance, lateness only
    /// up to the Monday after a due date on a weekend; art-14.d: a rectification owed only if a
    /// card a person must confirm was given). Its severity is then for review
    /// ([`crate::severity::of_duty`]).
    #[must_use]
    pub fn needs_person(&self) -> bool {
        self.review_reasons().next().is_some()
    }

    /// The reasons that make the duty one for a person ([`Duty::needs_person`]); the calendar's
    /// dated event of the duty carries them (`CalendarEvent::review`).
    pub fn review_reasons(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| {
            r.code == C::RectificationCardUncertain
                || a18::ImplMeasuresDecision::HUMAN_CODES.contains(&r.code)
                || crate::rules::art11_land::LAND_EVAL_HUMAN_CODES.contains(&r.code)
                || r.code == C::MeetingBureauOrOffice
                || (self.rule_id == RuleId::ART_02_C && a02::MERGE_HUMAN_CODES.contains(&r.code))
        })
    }
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
    // The boundary refuses a question reaching further (naming its field); a direct Rust
    // caller gets this bound too, so no horizon lists duties for thousands of years.
    if i64::from(horizon.until.year()) - i64::from(first)
        > i64::from(crate::limits::MAX_YEARS_AFTER_ISSUE)
    {
        let (until, max) = (horizon.until.year(), crate::limits::MAX_YEARS_AFTER_ISSUE);
        return Err(Error::out_of_range(
            "input",
            text!(
                zh: "从 {first} 年到 {until} 年的年度义务跨度超过 {max} 年",
                ko: "{first}년부터 {until}년까지의 해마다의 의무가 {max}년을 넘습니다",
                en: "yearly duties from {first} to {until} span more than {max} years"
            ),
        ));
    }
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
pub type DutySource = fn(&ValidRegister, &Horizon, &Params, &mut Vec<Duty>) -> Result<(), Error>;

/// The computed duty sources, by rule id (see the module
/// documentation); every duty rule not listed is an open item.
pub const DUTY_SOURCES: &[(&str, DutySource)] = &[
    ("art-02.a", window_duties),
    ("art-11.b", land_evaluation_duties),
    ("art-02.c", merger_duties),
    ("art-16.b", meeting_duties),
    ("art-18.a", regular_study_duties),
    ("art-18.c", impl_measures_duties),
    ("art-10.a", revenue_sharing_duties),
    ("art-14.d", rectification_duties),
];

/// Whether a rule is a duty: any of its kinds is obligation, deadline or recurring duty.
#[must_use]
pub fn is_duty(rule: RuleId) -> bool {
    rule.meta()
        .kinds
        .iter()
        .any(|k| matches!(k, Kind::Obligation | Kind::Deadline | Kind::RecurringDuty))
}

/// Whether anyone owes `rule` as a duty: a duty rule whose words (or clause list) give it
/// bearers. A rule only encouraged (鼓励/支持), aspirational or not computable is owed by nobody:
/// it is in the rulebook with its strength, never in the obligations, report or calendar.
#[must_use]
pub fn is_owed(rule: RuleId) -> bool {
    is_duty(rule) && rule.meta().owed_by != OwedBy::Nobody
}

/// The bearer codes of a rule anyone owes, in the order named, without repeats: its `bearers`
/// with the collective codes expanded ([`agencies::expand_for`]: the counties, and 延龙图新区
/// under `includeYltNewArea`; the prefecture agencies) and provincial codes dropped. `ACT.ZONE`
/// stays as it is: it stands for the register's zones (see [`bearers`]). Empty for a rule nobody
/// owes.
#[must_use]
pub fn bearer_codes(rule: RuleId, params: &Params) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if !is_owed(rule) {
        return out;
    }
    for code in rule.meta().bearers {
        for b in agencies::expand_for(code, params) {
            if !out.contains(&b) {
                out.push(b);
            }
        }
    }
    out
}

/// The zones that owe a 「各开发区」 duty on `as_of`: every zone of the register that exists on
/// that day and is in the opinion's scope (pre.a, which reads no parameter: `_params` is kept
/// for the day one does), in register order.
#[must_use]
pub fn owing_zones<'r>(
    reg: &'r ValidRegister,
    as_of: NaiveDate,
    _params: &Params,
) -> Vec<&'r Zone> {
    reg.zones
        .iter()
        .filter(|z| z.exists_on(as_of))
        .filter(|z| crate::rules::preamble::in_scope(z, Some(as_of)))
        .collect()
}

/// The concrete bearers of `rule` on `as_of`, each with its role, in the order named, without
/// repeats: [`bearer_codes`] with `ACT.ZONE` replaced by the id of every [`owing_zones`].
#[must_use]
pub fn bearers(
    rule: RuleId,
    reg: &ValidRegister,
    as_of: NaiveDate,
    params: &Params,
) -> Vec<(Arc<str>, Role)> {
    let mut out: Vec<(Arc<str>, Role)> = Vec::new();
    // The zones already listed, by place: a register of many zones stays linear, and no id is
    // compared (the owing zones are the register's own, each found by its address).
    let mut listed = alloc::vec![false; reg.zones.len()];
    for code in bearer_codes(rule, params) {
        if code == agencies::EACH_ZONE {
            for z in owing_zones(reg, as_of, params) {
                let first = match z.place_in(reg).and_then(|p| listed.get_mut(p)) {
                    Some(seen) => !core::mem::replace(seen, true),
                    None => !out.iter().any(|(b, r)| *r == Role::OwnZone && **b == *z.id),
                };
                if first {
                    out.push((z.shared_id(), Role::OwnZone));
                }
            }
        } else {
            out.push((Arc::from(code), role(rule, code)));
        }
    }
    out
}

/// Whether a register's `dutyRecords` may name `bearer` for `rule`: one of its bearer codes
/// (延龙图新区 included for county-type duties, whatever `includeYltNewArea` says: the record is
/// a fact, used only when the parameter makes it a bearer), or a zone of the register for a
/// 「各开发区」 duty.
#[must_use]
pub fn may_bear(rule: RuleId, bearer: &str, reg: &Register) -> bool {
    may_bear_where(rule, bearer, &|id| reg.zone(id).is_some())
}

/// [`may_bear`] with the register's zones asked of `is_zone` (validation asks its index of the
/// zones' ids, not a scan of them per record).
pub(crate) fn may_bear_where(rule: RuleId, bearer: &str, is_zone: &dyn Fn(&str) -> bool) -> bool {
    let with_ylt = Params {
        include_ylt_new_area: true,
        ..Params::default()
    };
    let codes = bearer_codes(rule, &with_ylt);
    codes.contains(&bearer)
        || (codes.contains(&agencies::EACH_ZONE)
            && agencies::actor(bearer).is_none()
            && is_zone(bearer))
}

/// How `bearer` comes to bear `rule`: a county (or 延龙图新区) within its own territory, a
/// zone for itself; for a rule whose words name its bearers, the first named (one agency or
/// actor) leads and the others are named in the body; for a rule whose words name no subject,
/// the clause's first-listed prefecture agency is the presumed lead and the other agencies
/// assist (AMB-29).
#[must_use]
pub fn role(rule: RuleId, bearer: &str) -> Role {
    let Some(actor) = agencies::actor(bearer) else {
        return Role::OwnZone;
    };
    if actor.kind == ActorKind::County || bearer == agencies::YLT_NEW_AREA {
        return Role::OwnTerritory;
    }
    let meta = rule.meta();
    match meta.owed_by {
        OwedBy::ClauseList => {
            let lead = meta
                .bearers
                .iter()
                .copied()
                .find(|c| agencies::actor(c).is_some_and(|a| a.kind == ActorKind::Agency));
            if lead == Some(bearer) {
                Role::PresumedLead
            } else if actor.kind == ActorKind::Agency {
                Role::Assisting
            } else {
                Role::NamedInBody
            }
        }
        OwedBy::Words | OwedBy::Nobody => {
            if meta.bearers.first() == Some(&bearer) {
                Role::Lead
            } else {
                Role::NamedInBody
            }
        }
    }
}

/// Every duty instance of the register (recurring ones up to `horizon.until`, see [`Horizon`])
/// and every open item, with its status on `horizon.as_of`, in source order. A duty resting on
/// made-up records (a note starting with `ILLUSTRATIVE`) has the reason `ILLUSTRATIVE_RECORDS`
/// first, as answers do.
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar; `INVALID_OPTIONS` for a holiday roll-over
/// without a calendar. The register must be validated.
pub fn all_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
) -> Result<Vec<Duty>, Error> {
    all_duties_with(reg, horizon, params, false)
}

/// [`all_duties`]; with `lean`, the art-10.a, art-11.b and art-14.d duties and the open items
/// without their reasons but the made-up-records notice (`ILLUSTRATIVE_RECORDS`, which a
/// finding's head reads), for a compliance report's page: it renders the reasons of the duties
/// on the page alone, and makes those again in full ([`full_reasons`], beside it: the two must
/// name the same duties). (perf: the facts of 12,000 land evaluations' reasons, made and freed
/// unread, were a tenth of a 1,000-zone report's page; then their codes, lists made and freed
/// unread, a tenth of what was left of the duties.)
///
/// # Errors
/// As [`all_duties`].
pub(crate) fn all_duties_with(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    lean: bool,
) -> Result<Vec<Duty>, Error> {
    all_duties_into(reg, horizon, params, lean, Vec::new())
}

/// [`all_duties_with`] into `out` (emptied first): a list whose memory is reused.
///
/// # Errors
/// As [`all_duties`].
pub(crate) fn all_duties_into(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    lean: bool,
    mut out: Vec<Duty>,
) -> Result<Vec<Duty>, Error> {
    out.clear();
    for (rule, source) in DUTY_SOURCES {
        match LEAN_SOURCES
            .iter()
            .find(|(r, _)| lean && r.as_str() == *rule)
        {
            Some((_, lean_source)) => lean_source(reg, horizon, params, &mut out, false)?,
            None => source(reg, horizon, params, &mut out)?,
        }
    }
    open_items_with(reg, horizon, params, &mut out, !lean);
    Ok(out)
}

/// A duty source that makes its duties with their reasons (`true`) or lean (`false`: no reasons
/// but the made-up-records notice, [`all_duties_with`]).
type LeanSource = fn(&ValidRegister, &Horizon, &Params, &mut Vec<Duty>, bool) -> Result<(), Error>;

/// The duty sources whose duties [`all_duties_with`] makes lean (the open items too:
/// [`open_items_with`]); [`full_reasons`] makes their reasons again. Each such duty is its
/// bearer's own (`satisfied_by` is its `bearer`).
const LEAN_SOURCES: [(RuleId, LeanSource); 3] = [
    (RuleId::ART_10_A, revenue_sharing_duties_with),
    (RuleId::ART_11_B, land_evaluation_duties_with),
    (RuleId::ART_14_D, rectification_duties_with),
];

/// Whether [`all_duties_with`] makes `d` lean: a duty of one of [`LEAN_SOURCES`], or an open
/// item.
pub(crate) fn is_made_lean(d: &Duty) -> bool {
    LEAN_SOURCES.iter().any(|(r, _)| *r == d.rule_id)
        || (d.kind == DutyKind::OpenItem && is_open_item_rule(d.rule_id))
}

/// The reasons in full of `d`, a duty [`all_duties_with`] made lean on `as_of` (`None` for a
/// duty it makes in full either way): each made again by the code that made it, with facts.
///
/// # Errors
/// As [`all_duties`].
#[cfg(feature = "serde")]
pub(crate) fn full_reasons(
    reg: &ValidRegister,
    d: &Duty,
    as_of: NaiveDate,
    params: &Params,
) -> Result<Option<Vec<Reason>>, Error> {
    if d.kind == DutyKind::OpenItem && is_open_item_rule(d.rule_id) {
        return Ok(Some(
            open_item_reasons(reg, d.rule_id, &d.bearer, as_of, true).2,
        ));
    }
    let zone = d
        .zone_id
        .as_deref()
        .and_then(|z| reg.zone_place(z))
        .and_then(|i| reg.zones.get(i));
    if d.rule_id == RuleId::ART_10_A {
        return Ok(zone.map(|z| revenue_sharing_reasons(reg, z, &d.bearer, as_of, true).2));
    }
    let (Some(zone), Some(year)) = (zone, d.year) else {
        return Ok(None);
    };
    if d.rule_id == RuleId::ART_11_B {
        land_evaluation_reasons(reg, zone, year, as_of, params).map(Some)
    } else if d.rule_id == RuleId::ART_14_D {
        let made_up = crate::illustrative::zone_sources(reg, RuleId::ART_14_D, zone);
        Ok(
            rectification_duty(reg, zone, year, as_of, params, (&made_up, true))
                .map(|full| full.reasons),
        )
    } else {
        Ok(None)
    }
}

/// `bearer`'s record of its duty of `rule` (`dutyRecords`), from the register's index.
fn record<'r>(reg: &'r ValidRegister, rule: RuleId, bearer: &str) -> Option<&'r DutyRecord> {
    reg.duty_record(rule.as_str(), bearer)
}

/// The made-up records a duty of `bearer` rests on: its own record (`dutyRecords`, or
/// `implMeasures` for art-18.c), and for a zone bearer the zone itself.
fn bearer_sources(reg: &ValidRegister, rule: RuleId, bearer: &str) -> Vec<&'static str> {
    let mut kinds = Vec::new();
    if reg.zone(bearer).is_some_and(Zone::is_illustrative) && agencies::actor(bearer).is_none() {
        kinds.push("zones");
    }
    let own = if rule == RuleId::ART_18_C {
        reg.impl_measures
            .iter()
            .find(|m| m.bearer == bearer)
            .map(|m| ("implMeasures", m.note.as_deref()))
    } else {
        record(reg, rule, bearer).map(|r| ("dutyRecords", r.note.as_deref()))
    };
    if let Some((kind, note)) = own {
        if is_illustrative(note) {
            kinds.push(kind);
        }
    }
    kinds
}

fn days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// [`dated_reason`], with its facts, in a list of reasons that has room for the made-up-records
/// notice put in front of it (perf: the list of one grown to put another in front was a
/// reallocation per duty).
fn dated_status(
    rule: RuleId,
    bearer: &str,
    dates: (NaiveDate, NaiveDate),
    done: Option<Option<NaiveDate>>,
    as_of: NaiveDate,
) -> (DutyStatus, Option<NaiveDate>, Vec<Reason>) {
    let (status, done_date, reason) = dated_reason(rule, bearer, dates, done, as_of, true);
    let mut reasons = Vec::with_capacity(2);
    reasons.add(reason);
    (status, done_date, reasons)
}

/// The reasons of a duty made lean ([`all_duties_with`]): the made-up-records notice alone, when
/// it rests on such records (`made_up`, as [`crate::illustrative::mark_reasons`] puts it first
/// in the duty's whole reasons), else none: nothing allocated for most duties.
fn notice(rule: RuleId, made_up: &[&'static str]) -> Vec<Reason> {
    let mut reasons = Vec::new();
    crate::illustrative::mark_reasons(&mut reasons, rule, made_up);
    reasons
}

/// The status of a dated duty from what is recorded: `done` is `Some(Some(d))` when done on `d`,
/// `Some(None)` when known not done, `None` when nothing is recorded. The reason names its facts
/// only if `facts` (else `Reason::coded`: the same code, nothing allocated).
fn dated_reason(
    rule: RuleId,
    bearer: &str,
    (start, due): (NaiveDate, NaiveDate),
    done: Option<Option<NaiveDate>>,
    as_of: NaiveDate,
    facts: bool,
) -> (DutyStatus, Option<NaiveDate>, Reason) {
    use crate::answer::Value;
    if as_of < start {
        let code = C::DutyNotYetApplicable;
        let r = if facts {
            Reason::new(code, rule)
                .with("asOf", as_of)
                .with("start", start)
        } else {
            Reason::coded(code, rule)
        };
        return (DutyStatus::NotYetApplicable, None, r);
    }
    // A completion dated after `as_of` is not known on `as_of`.
    let known = done.map(|d| d.filter(|d| *d <= as_of));
    // The status, the date done, the code and the facts the code names besides `asOf`,
    // `bearer` and `due`.
    let (status, done_date, code, more): (_, _, _, [Option<(&'static str, Value)>; 2]) = match known
    {
        Some(Some(d)) if d <= due => (
            DutyStatus::DoneOnTime,
            Some(d),
            C::DutyDoneOnTime,
            [Some(("doneDate", d.into())), None],
        ),
        Some(Some(d)) => (
            DutyStatus::DoneLate,
            Some(d),
            C::DutyDoneLate,
            [
                Some(("daysLate", days(due, d).into())),
                Some(("doneDate", d.into())),
            ],
        ),
        Some(None) if as_of <= due => (
            DutyStatus::Pending,
            None,
            C::DutyPending,
            [Some(("daysRemaining", days(as_of, due).into())), None],
        ),
        Some(None) => (
            DutyStatus::Overdue,
            None,
            C::DutyOverdue,
            [Some(("daysOverdue", days(due, as_of).into())), None],
        ),
        None if as_of <= due => (
            DutyStatus::Pending,
            None,
            C::DutyPendingNoRecord,
            [Some(("daysRemaining", days(as_of, due).into())), None],
        ),
        None => (DutyStatus::Unknown, None, C::DutyNoRecord, [None, None]),
    };
    if !facts {
        return (status, done_date, Reason::coded(code, rule));
    }
    let mut r = Reason::new(code, rule)
        .with("asOf", as_of)
        .with("bearer", Value::text(bearer))
        .with("due", due);
    for (name, value) in more.into_iter().flatten() {
        r = r.with(name, value);
    }
    (status, done_date, r)
}

/// art-18.c: one instance per prefecture agency and county (and 延龙图新区 under
/// `includeYltNewArea`), from `implMeasures`.
///
/// # Errors
/// As [`a18::due_date`].
pub fn impl_measures_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_18_C;
    let (due, _) = a18::due_date(*reg.issue_date, params)?;
    for (bearer, role) in bearers(rule, reg, horizon.as_of, params) {
        let done = reg
            .impl_measures
            .iter()
            .find(|m| *m.bearer == *bearer)
            .map(|m| m.adopted_date);
        let (status, done_date, mut reasons) = dated_status(
            rule,
            &bearer,
            (*reg.issue_date, due),
            done.map(|d| d.map(IsoDate::get)),
            horizon.as_of,
        );
        if done.is_some() && status != DutyStatus::NotYetApplicable {
            // What art-18.c's own answer leaves to a person on the same facts: measures dated
            // before issuance, lateness only over the weekend after a due date on a weekend.
            let input = a18::ImplMeasuresInput {
                issue_date: reg.issue_date,
                as_of: Some(IsoDate(horizon.as_of)),
                adopted_date: done.flatten(),
            };
            for r in a18::impl_measures_decision(&input, params)?.human_reasons() {
                reasons.add(r);
            }
        }
        crate::illustrative::mark_reasons(&mut reasons, rule, &bearer_sources(reg, rule, &bearer));
        out.push(Duty {
            rule_id: rule,
            satisfied_by: bearer.clone(),
            bearer,
            role,
            kind: DutyKind::Deadline,
            zone_id: None,
            year: None,
            start: Some(*reg.issue_date),
            due: Some(due),
            done_date,
            status,
            reasons,
        });
    }
    Ok(())
}

/// art-02.a: one instance per bearer, due at the window's end, from `dutyRecords`. The window is
/// a programme period without a sanction (AMB-04): the report never calls it a violation.
///
/// # Errors
/// `OUT_OF_RANGE` for a window beyond the calendar.
pub fn window_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    let rule = RuleId::ART_02_A;
    let (start, end) = a02::window(*reg.issue_date, params)?;
    for (bearer, role) in bearers(rule, reg, horizon.as_of, params) {
        let done = record(reg, rule, &bearer).map(|r| r.done_date);
        let (status, done_date, mut reasons) = dated_status(
            rule,
            &bearer,
            (start, end),
            done.map(|d| d.map(IsoDate::get)),
            horizon.as_of,
        );
        crate::illustrative::mark_reasons(&mut reasons, rule, &bearer_sources(reg, rule, &bearer));
        out.push(Duty {
            rule_id: rule,
            satisfied_by: bearer.clone(),
            bearer,
            role,
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
pub fn register_counties(reg: &ValidRegister) -> Vec<&String> {
    let mut ids: Vec<&String> = reg.counties.iter().map(|c| &c.id).collect();
    // One by one: `collect` into a set sorts first, one more copy of the sorting code.
    let mut seen = crate::seen::Seen::default();
    for id in &ids {
        seen.first(id);
    }
    for z in &reg.zones {
        if let Some(c) = &z.county_id {
            if seen.first(c) {
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
/// As [`a02::one_county_one_zone`].
pub fn merger_duties(
    reg: &ValidRegister,
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
        let answer = a02::county_count(reg, county, horizon.as_of, params)?;
        let mut done_date = None;
        let done_on = |code| {
            answer
                .reasons
                .iter()
                .find(|r| r.code == code)
                .and_then(|r| match r.args.get("done") {
                    Some(crate::answer::Value::Text(crate::answer::Text::Date(d))) => Some(*d),
                    _ => None,
                })
        };
        let before = horizon.as_of < *reg.issue_date;
        let status = match answer.outcome {
            // Before issuance the merger is owed by no one yet, as art-02.c's answer says
            // (nor is there a question to settle about it yet).
            Outcome::MergeRequired | Outcome::NeedsHuman if before => DutyStatus::NotYetApplicable,
            Outcome::MergeRequired => DutyStatus::Pending,
            Outcome::MergeOverdue => DutyStatus::Overdue,
            Outcome::MetLate => {
                done_date = done_on(C::CountyMergedLate);
                DutyStatus::DoneLate
            }
            // Merged within the window: done on time, and still listed.
            Outcome::Compliant if done_on(C::CountyMergedInTime).is_some() => {
                done_date = done_on(C::CountyMergedInTime);
                DutyStatus::DoneOnTime
            }
            Outcome::NeedsHuman => DutyStatus::Unknown,
            _ => continue,
        };
        let mut reasons = answer.reasons;
        if !before {
            reasons.extend(answer.needs_human);
        }
        if status == DutyStatus::NotYetApplicable {
            // Said first, as every duty not yet applicable says it.
            reasons.insert(
                0,
                Reason::new(C::DutyNotYetApplicable, rule)
                    .with("asOf", horizon.as_of)
                    .with("start", *reg.issue_date),
            );
        }
        crate::illustrative::mark_reasons(
            &mut reasons,
            rule,
            &crate::illustrative::county_sources(reg, county),
        );
        let bearer: Arc<str> = Arc::from(bearer);
        out.push(Duty {
            rule_id: rule,
            satisfied_by: Arc::clone(&bearer),
            bearer,
            role: Role::OwnTerritory,
            kind: DutyKind::Deadline,
            zone_id: None,
            year: None,
            start: Some(*reg.issue_date),
            due: Some(*answer.detail.window_end),
            done_date,
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
        return Some(*by_count);
    }
    let jul1 = NaiveDate::from_ymd_opt(detail.year, 7, 1)?;
    let second_half = detail.counted.iter().copied().find(|d| *d >= jul1)?;
    Some(*by_count.max(second_half))
}

/// Whether `year`'s meeting duty rests on made-up meetings: a meeting of that year is marked
/// illustrative, or, for a year that has ended by `as_of`, none is recorded for it while every
/// recorded meeting is (its finding, too few meetings, assumes that the made-up list of meetings
/// is complete). A year still running or to come without meetings is a date, not a finding.
fn meetings_illustrative(reg: &ValidRegister, year: i32, as_of: NaiveDate) -> bool {
    // Only the meetings known on `as_of` count (a later one is not read, made up or not).
    let known = || reg.meetings.iter().filter(|m| m.date.get() <= as_of);
    let mut of_year = known().filter(|m| m.date.year() == year).peekable();
    if of_year.peek().is_none() {
        return as_of.year() > year
            && known().next().is_some()
            && known().all(|m| is_illustrative(m.note.as_deref()));
    }
    of_year.any(|m| is_illustrative(m.note.as_deref()))
}

/// What one year's check of the Leading Group's meetings says, for [`leading_group_years`].
struct YearJudged {
    outcome: Outcome,
    reasons: Vec<Reason>,
    first_applicable_year: i32,
    /// The day the year's duty was met, when its outcome is COMPLIANT.
    met: Option<NaiveDate>,
}

/// The yearly duties of the Leading Group that its meetings settle (art-16.b, art-18.a): one
/// instance per calendar year up to the horizon and per bearer, its status from `judge`'s
/// check of the year: not yet applicable, done on the day it was met, UNKNOWN when nothing is
/// recorded after the year or a person must decide, overdue when the check fails, else pending.
fn leading_group_years(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    rule: RuleId,
    out: &mut Vec<Duty>,
    judge: impl Fn(&a16::JointMeetingsInput) -> Result<YearJudged, Error>,
) -> Result<(), Error> {
    for (year, dec31) in yearly_periods(reg.issue_date.year(), horizon)? {
        let input = a16::JointMeetingsInput {
            issue_date: reg.issue_date,
            year: Year(year),
            meetings: reg.meetings.clone(),
            as_of: Some(IsoDate(horizon.as_of)),
            // The register's meetings are its record of them: a year without one, where other
            // years have some, is a year without a meeting (as before art-16.b read a list of
            // other years' meetings alone as no information). An empty list is no information
            // (MEETINGS_NOT_RECORDED, below).
            meetings_complete: !reg.meetings.is_empty(),
        };
        let judged = judge(&input)?;
        let start = NaiveDate::from_ymd_opt(judged.first_applicable_year.max(year), 1, 1);
        let mut reasons = judged.reasons;
        let (status, done_date) = match judged.outcome {
            Outcome::NotYetApplicable => (DutyStatus::NotYetApplicable, None),
            Outcome::Compliant => (DutyStatus::DoneOnTime, judged.met),
            _ if reg.meetings.is_empty() && horizon.as_of > dec31 => {
                reasons = alloc::vec![Reason::new(C::MeetingsNotRecorded, rule).with("year", year)];
                (DutyStatus::Unknown, None)
            }
            Outcome::NonCompliant => (DutyStatus::Overdue, None),
            Outcome::NeedsHuman | Outcome::Unknown => (DutyStatus::Unknown, None),
            _ => (DutyStatus::Pending, None),
        };
        if status != DutyStatus::NotYetApplicable && meetings_illustrative(reg, year, horizon.as_of)
        {
            crate::illustrative::mark_reasons(&mut reasons, rule, &["meetings"]);
        }
        let owing = bearers(rule, reg, horizon.as_of, params);
        let n = owing.len();
        let leading_group: Arc<str> = Arc::from(a16::LEADING_GROUP);
        for ((bearer, role), reasons) in owing.into_iter().zip(each(reasons, n)) {
            out.push(Duty {
                rule_id: rule,
                bearer,
                role,
                satisfied_by: Arc::clone(&leading_group),
                kind: DutyKind::Recurring,
                zone_id: None,
                year: Some(year),
                start,
                due: Some(dec31),
                done_date,
                status,
                reasons,
            });
        }
    }
    Ok(())
}

/// `value` once for each of `n` bearers: copies for all but the last, which takes it (each bearer
/// owes the same duty for the same reasons, and most duties have one bearer: no copy then).
fn each<T: Clone>(value: T, n: usize) -> impl Iterator<Item = T> {
    let mut value = Some(value);
    (0..n).filter_map(move |i| {
        if i + 1 == n {
            value.take()
        } else {
            value.clone()
        }
    })
}

/// art-16.b: one instance per calendar year for the Leading Group, from the issuance year
/// (not yet applicable under the default first-year rule) to the last year within the horizon.
///
/// # Errors
/// `OUT_OF_RANGE` for years beyond the calendar.
pub fn meeting_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    leading_group_years(reg, horizon, params, RuleId::ART_16_B, out, |input| {
        let answer = a16::joint_meetings(input, params)?;
        // What a person must decide goes with the duty (a meeting recorded as convened by the
        // Bureau of Commerce, where the Group's Office sits), as art-18.a's does.
        let mut reasons = answer.reasons;
        reasons.extend(answer.needs_human);
        Ok(YearJudged {
            outcome: answer.outcome,
            met: met_on(&answer.detail, params),
            first_applicable_year: answer.detail.first_applicable_year,
            reasons,
        })
    })
}

/// art-18.a: for each year up to the horizon, the Leading Group's duty to 「定期研究解决」 major
/// problems, judged from the meetings art-16.b counts ([`a18::regular_study`]): done when
/// art-16.b's yearly minimum is met (on the day it was reached), overdue after a year without any
/// meeting of the Leading Group, UNKNOWN when a person must decide (fewer meetings than
/// art-16.b asks: 「定期」 sets no number) or nothing is recorded, pending while the year runs.
///
/// # Errors
/// As [`a16::joint_meetings`].
pub fn regular_study_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    leading_group_years(reg, horizon, params, RuleId::ART_18_A, out, |input| {
        let answer = a18::regular_study(input, params)?;
        let met = if answer.outcome == Outcome::Compliant {
            met_on(&a16::joint_meetings(input, params)?.detail, params)
        } else {
            None
        };
        let mut reasons = answer.reasons;
        reasons.extend(answer.needs_human);
        Ok(YearJudged {
            outcome: answer.outcome,
            met,
            first_applicable_year: answer.detail.first_applicable_year,
            reasons,
        })
    })
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
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    land_evaluation_duties_with(reg, horizon, params, out, true)
}

/// The reasons of art-11.b's duty of `zone` for `year` on `as_of`, with their facts: those
/// [`land_evaluation_duties`] gives each of its bearers (the art-11.b finding's reasons, then
/// what a person must decide, marked when they rest on made-up records).
///
/// # Errors
/// As [`land_evaluation_duties`].
#[cfg(feature = "serde")]
fn land_evaluation_reasons(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: NaiveDate,
    params: &Params,
) -> Result<Vec<Reason>, Error> {
    let rule = RuleId::ART_11_B;
    let answer = crate::rules::art11_land::land_evaluation_finding(
        reg,
        zone,
        year,
        Some(as_of),
        params,
        true,
    )?;
    let made_up = crate::illustrative::zone_sources(reg, rule, zone);
    let mut reasons = answer.reasons.clone();
    if let Some(dec31) = NaiveDate::from_ymd_opt(year, 12, 31) {
        let recorded = reg.land_evaluations_of(zone).next().is_some();
        if let Some(status) =
            land_evaluation_status(reg, zone, (year, dec31), &answer, (as_of, recorded))
        {
            completion_reason(&mut reasons, zone, (year, dec31), status);
        }
    }
    Ok(land_evaluation_duty_reasons(
        reasons,
        answer.needs_human,
        &made_up,
    ))
}

/// A land evaluation duty's reasons: the finding's, then what a person must decide, marked when
/// they rest on made-up records (`made_up`).
fn land_evaluation_duty_reasons(
    mut reasons: Vec<Reason>,
    needs_human: Vec<Reason>,
    made_up: &[&'static str],
) -> Vec<Reason> {
    reasons.extend(needs_human);
    crate::illustrative::mark_reasons(&mut reasons, RuleId::ART_11_B, made_up);
    reasons
}

/// The status of art-11.b's duty of `zone` for `year` (ending `dec31`) on `as_of` and the day it
/// was done, from its finding `answer` (`None` when no evaluation is due that year); `recorded`:
/// whether the register records any evaluation of the zone.
fn land_evaluation_status(
    reg: &ValidRegister,
    zone: &Zone,
    (year, dec31): (i32, NaiveDate),
    answer: &crate::rules::art11_land::LandEvalFinding,
    (as_of, recorded): (NaiveDate, bool),
) -> Option<(DutyStatus, Option<IsoDate>)> {
    let mut kind = answer.required?;
    // Met by one reading of the cycle and not by the other (AMB-19): any evaluation of the year
    // counts for the duty's date, and the question for a person goes with its reasons.
    if answer.outcome == Outcome::NeedsHuman {
        kind = crate::register::LandEvaluationKind::Update;
    }
    let of_year = || {
        reg.land_evaluations_of(zone)
            // A full evaluation also serves as the year's update (catalog art-11.b).
            .filter(move |e| e.year == year)
            .filter(move |e| e.kind == kind || kind == crate::register::LandEvaluationKind::Update)
    };
    let done = of_year()
        .filter_map(|e| e.completed_date)
        .filter(|d| *d <= as_of)
        .min();
    // An evaluation of the year recorded without its completion date meets the year's duty, as
    // art-11.b's answer says (「一年一次」 sets no day), with nothing to say whether it was done
    // by the year's end.
    let undated = of_year().any(|e| e.completed_date.is_none());
    // A year with an evaluation due is one of the duty's (art-11.b answers not applicable, with
    // none due, before the first full year after issuance).
    Some(match done {
        Some(d) if d <= dec31 => (DutyStatus::DoneOnTime, Some(d)),
        Some(d) => (DutyStatus::DoneLate, Some(d)),
        None if undated => (DutyStatus::Done, None),
        None if as_of <= dec31 => (DutyStatus::Pending, None),
        None if !recorded => (DutyStatus::Unknown, None),
        None => (DutyStatus::Overdue, None),
    })
}

/// Why an art-11.b duty was late, or is not known to be on time: the completion its status
/// rests on.
fn completion_reason(
    reasons: &mut Vec<Reason>,
    zone: &Zone,
    (year, dec31): (i32, NaiveDate),
    (status, done_date): (DutyStatus, Option<IsoDate>),
) {
    let rule = RuleId::ART_11_B;
    match (status, done_date) {
        (DutyStatus::DoneLate, Some(d)) => reasons.add(crate::rules::common::about(
            Reason::new(C::LandEvalCompletedLate, rule)
                .with("completedDate", d)
                .with("daysLate", days(dec31, *d))
                .with("year", year),
            zone,
        )),
        (DutyStatus::Done, _) => reasons.add(crate::rules::common::about(
            Reason::new(C::LandEvalCompletedUndated, rule).with("year", year),
            zone,
        )),
        _ => {}
    }
}

/// [`land_evaluation_duties`]; without `facts`, the duties without their reasons but the
/// made-up-records notice ([`all_duties_with`]).
fn land_evaluation_duties_with(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
    facts: bool,
) -> Result<(), Error> {
    let rule = RuleId::ART_11_B;
    let first = reg.issue_date.year();
    let owing = bearers(rule, reg, horizon.as_of, params);
    // The years, the same for every zone: made once, for the first zone in scope (perf: made
    // again for each zone, a tenth of the duty's cost).
    let mut periods: Option<Vec<(i32, NaiveDate)>> = None;
    // Every zone in pre.a's scope, also one revoked or merged since: it owed the years it
    // existed in (the finding answers not applicable, with none due, for the others).
    for zone in &reg.zones {
        if !crate::rules::preamble::in_scope(zone, None) {
            continue;
        }
        let recorded = reg.land_evaluations_of(zone).next().is_some();
        let made_up = crate::illustrative::zone_sources(reg, rule, zone);
        let zone_id = zone.shared_id();
        let years = match &mut periods {
            Some(years) => years,
            None => periods.insert(yearly_periods(first, horizon)?),
        };
        for &(year, dec31) in years.iter() {
            let answer = crate::rules::art11_land::land_evaluation_finding(
                reg,
                zone,
                year,
                Some(horizon.as_of),
                params,
                facts,
            )?;
            let Some((status, done_date)) = land_evaluation_status(
                reg,
                zone,
                (year, dec31),
                &answer,
                (horizon.as_of, recorded),
            ) else {
                continue;
            };
            let reasons = if facts {
                let mut reasons = answer.reasons;
                completion_reason(&mut reasons, zone, (year, dec31), (status, done_date));
                land_evaluation_duty_reasons(reasons, answer.needs_human, &made_up)
            } else if answer.outcome == Outcome::NeedsHuman {
                // The codes that make the duty one for a person go even without facts: its
                // severity reads them (`Duty::needs_person`).
                let mut reasons = notice(rule, &made_up);
                let full = crate::rules::art11_land::land_evaluation_finding(
                    reg,
                    zone,
                    year,
                    Some(horizon.as_of),
                    params,
                    true,
                )?;
                reasons.extend(full.needs_human.iter().map(|r| Reason::coded(r.code, rule)));
                reasons
            } else {
                notice(rule, &made_up)
            };
            for ((bearer, role), reasons) in owing.iter().zip(each(reasons, owing.len())) {
                out.push(Duty {
                    rule_id: rule,
                    bearer: bearer.clone(),
                    role: *role,
                    satisfied_by: bearer.clone(),
                    kind: DutyKind::Recurring,
                    zone_id: Some(Arc::clone(&zone_id)),
                    year: Some(year),
                    start: NaiveDate::from_ymd_opt(year, 1, 1),
                    due: Some(dec31),
                    done_date: (done_date).map(IsoDate::get),
                    status,
                    reasons,
                });
            }
        }
    }
    Ok(())
}

/// art-10.a's companion duty 「并建立与地方政府合理的投入和收益分配制度」: an open item of each
/// existing, in-scope zone at provincial level or above, and of its county government (the
/// local government the text pairs it with), each with its own instance for that zone. It binds
/// once the zone sets up a first-level finance, which the register does not record; the reason
/// says so. Done when the bearer's `dutyRecords` entry says so.
///
/// # Errors
/// None today (the signature of a duty source).
pub fn revenue_sharing_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    revenue_sharing_duties_with(reg, horizon, params, out, true)
}

/// The status, date done and reasons of art-10.a's duty of `bearer` for zone `z` on `as_of`
/// (without `facts`, only the made-up-records notice: [`all_duties_with`]).
fn revenue_sharing_reasons(
    reg: &ValidRegister,
    z: &Zone,
    bearer: &str,
    as_of: NaiveDate,
    facts: bool,
) -> (DutyStatus, Option<IsoDate>, Vec<Reason>) {
    let rule = RuleId::ART_10_A;
    let (status, done_date, reason) = open_status(reg, rule, bearer, as_of, facts);
    let mut sources = bearer_sources(reg, rule, bearer);
    if z.is_illustrative() && !sources.contains(&"zones") {
        sources.push("zones");
    }
    if !facts {
        return (status, done_date, notice(rule, &sources));
    }
    let mut reasons = alloc::vec![
        crate::rules::common::about(Reason::new(C::FirstLevelFinanceSharingDuty, rule), z),
        reason
    ];
    crate::illustrative::mark_reasons(&mut reasons, rule, &sources);
    (status, done_date, reasons)
}

/// [`revenue_sharing_duties`]; without `facts`, the duties without their reasons but the
/// made-up-records notice ([`all_duties_with`]).
///
/// # Errors
/// None today (the signature of a duty source).
fn revenue_sharing_duties_with(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
    facts: bool,
) -> Result<(), Error> {
    let rule = RuleId::ART_10_A;
    let as_of = horizon.as_of;
    for z in owing_zones(reg, as_of, params) {
        if !matches!(z.level, ZoneLevel::Provincial | ZoneLevel::National) {
            continue;
        }
        let zone_id = z.shared_id();
        let mut parties = alloc::vec![(Arc::clone(&zone_id), Role::OwnZone)];
        if let Some(county) = z.county_id.as_deref() {
            if agencies::actor(county).is_some_and(|a| a.kind == ActorKind::County)
                || county == agencies::YLT_NEW_AREA
            {
                parties.push((Arc::from(county), Role::OwnTerritory));
            }
        }
        for (bearer, role) in parties {
            let (status, done_date, reasons) =
                revenue_sharing_reasons(reg, z, &bearer, as_of, facts);
            out.push(Duty {
                rule_id: rule,
                satisfied_by: bearer.clone(),
                bearer,
                role,
                kind: DutyKind::OpenItem,
                zone_id: Some(Arc::clone(&zone_id)),
                year: None,
                start: Some(*reg.issue_date),
                due: None,
                done_date: done_date.map(IsoDate::get),
                status,
                reasons,
            });
        }
    }
    Ok(())
}

/// art-14.d's 「予以通报并限期整改」: one dated duty of each zone for each assessment year whose
/// yellow card has been given by `horizon.as_of` (the results published on or before it), borne
/// by the zone. Due `rectificationDeadlineDays` after the publication (AMB-42: the period is set
/// in each notice; without the parameter the due date is unknown and so is the status); done when
/// the register's `rectifications` record its acceptance. A card that is itself for a person
/// (a small rank fall, a disqualified year) gives a duty that says so.
///
/// # Errors
/// None today (the signature of a duty source).
pub fn rectification_duties(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
) -> Result<(), Error> {
    rectification_duties_with(reg, horizon, params, out, true)
}

/// [`rectification_duties`], the reasons with their facts only if `facts`
/// ([`all_duties_with`]).
fn rectification_duties_with(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
    facts: bool,
) -> Result<(), Error> {
    for z in &reg.zones {
        // What the zone's cards rest on, found once for all its years (perf: found again for
        // each, a tenth of the duties' cost).
        let mut made_up = None;
        for t in reg.assessment_years(z) {
            let made_up: &[&'static str] = made_up
                .get_or_insert_with(|| crate::illustrative::zone_sources(reg, RuleId::ART_14_D, z));
            out.extend(rectification_duty(
                reg,
                z,
                t,
                horizon.as_of,
                params,
                (made_up, facts),
            ));
        }
    }
    Ok(())
}

/// The rectification duty of `zone` for the card of year `t`, if one was given (or may have
/// been) by `as_of`, its zone's records resting on made-up ones `made_up`
/// ([`crate::illustrative::zone_sources`]); without `facts`, without its reasons but the
/// made-up-records notice ([`all_duties_with`]).
fn rectification_duty(
    reg: &ValidRegister,
    z: &Zone,
    t: i32,
    as_of: NaiveDate,
    params: &Params,
    (made_up, facts): (&[&'static str], bool),
) -> Option<Duty> {
    let rule = RuleId::ART_14_D;
    let decision = a14::yellow_card_decision(reg, z, t, Some(as_of), params);
    // Owed for a card given; for a person when the card may be (the decision the zone
    // summary's card in force reads too: `YellowCardDecision::card_given`).
    let certain = decision.card_given()?;
    // The card starts when the results are published (the card's answer says so when it is
    // certain; for a card that is for a person, the record's publication date).
    let start = decision.start.or_else(|| {
        reg.assessment_of(z, t)
            .and_then(|r| r.published_date)
            .map(IsoDate::get)
    });
    let given_by = start.or_else(|| NaiveDate::from_ymd_opt(t.saturating_add(1), 1, 1));
    if given_by.is_none_or(|d| d > as_of) {
        return None;
    }
    let accepted = reg
        .rectifications_of(z)
        .find(|r| r.assessment_year.get() == t);
    let done = accepted.map(|r| r.accepted_date.get());
    // The card's own answer sets the date when the card is certain; a card that is for a
    // person gets the same date from the same parameter.
    let due = decision.rectify_by.or_else(|| {
        let days = params.rectification_deadline_days?;
        start?.checked_add_days(chrono::Days::new(u64::from(days)))
    });
    // A zone revoked or merged (on a recorded day, by `as_of`) before the rectification fell
    // due, nothing accepted: the duty ended with the zone (the card does:
    // YELLOW_CARD_ENDS_WITH_ZONE).
    let ended = |d: NaiveDate| z.gone_since(d).is_some_and(|g| g <= as_of);
    if done.is_none() && due.is_some_and(ended) {
        return None;
    }
    let (status, done_date, reason) = match (start, due) {
        (Some(start), Some(due)) => {
            dated_reason(rule, &z.id, (start, due), done.map(Some), as_of, facts)
        }
        _ => {
            let (status, done_date, code) = match done.filter(|d| *d <= as_of) {
                Some(d) => (DutyStatus::Done, Some(d), C::RectificationAcceptedNoPeriod),
                None => (DutyStatus::Unknown, None, C::RectificationPeriodExternal),
            };
            let reason = match done_date {
                _ if !facts => Reason::coded(code, rule),
                Some(d) => Reason::new(code, rule).with("acceptedDate", d),
                None => crate::rules::common::about(Reason::new(code, rule), z),
            };
            (status, done_date, reason)
        }
    };
    // What the card rests on, and the acceptance.
    let sources: Cow<'_, [&'static str]> =
        if accepted.is_some_and(|r| is_illustrative(r.note.as_deref())) {
            let mut sources = made_up.to_vec();
            sources.push("rectifications");
            Cow::Owned(sources)
        } else {
            Cow::Borrowed(made_up)
        };
    let zone_id = z.shared_id();
    let duty = |reasons| Duty {
        rule_id: rule,
        satisfied_by: Arc::clone(&zone_id),
        bearer: Arc::clone(&zone_id),
        role: Role::OwnZone,
        kind: DutyKind::Deadline,
        zone_id: Some(Arc::clone(&zone_id)),
        year: Some(t),
        start,
        due,
        done_date,
        status,
        reasons,
    };
    if !facts {
        // The code that makes the duty one for a person goes even without facts: its
        // severity reads it (`Duty::needs_person`).
        let mut reasons = notice(rule, &sources);
        if !certain {
            reasons.insert(0, Reason::coded(C::RectificationCardUncertain, rule));
        }
        return Some(duty(reasons));
    }
    // First what the duty is: owed for a card given, or for a person when the card is.
    // (Facts named in order, the zone's last: `Reason::with`.)
    let code = if certain {
        C::RectificationDuty
    } else {
        C::RectificationCardUncertain
    };
    let first = if certain {
        crate::rules::common::about(Reason::new(code, rule).with("year", t), z)
    } else {
        Reason::new(code, rule).with("year", t)
    };
    // Room for the made-up-records notice too.
    let mut reasons = Vec::with_capacity(3);
    reasons.add(first);
    reasons.add(reason);
    crate::illustrative::mark_reasons(&mut reasons, rule, &sources);
    Some(duty(reasons))
}

/// The status of an open item of `bearer` from its `dutyRecords` entry: done (on time: the text
/// sets no deadline), recorded as not done (pending) or unknown; not yet applicable before the
/// issue date.
fn open_status(
    reg: &ValidRegister,
    rule: RuleId,
    bearer: &str,
    as_of: NaiveDate,
    facts: bool,
) -> (DutyStatus, Option<IsoDate>, Reason) {
    use crate::answer::Value;
    if as_of < reg.issue_date {
        let code = C::DutyNotYetApplicable;
        let r = if facts {
            Reason::new(code, rule)
                .with("asOf", as_of)
                .with("start", reg.issue_date)
        } else {
            Reason::coded(code, rule)
        };
        return (DutyStatus::NotYetApplicable, None, r);
    }
    let (status, done_date, code) =
        match record(reg, rule, bearer).map(|r| r.done_date.filter(|d| *d <= as_of)) {
            Some(Some(d)) => (DutyStatus::Done, Some(d), C::OpenItemDone),
            Some(None) => (DutyStatus::Pending, None, C::OpenItemNotDone),
            None => (DutyStatus::Unknown, None, C::OpenItemNoRecord),
        };
    if !facts {
        return (status, done_date, Reason::coded(code, rule));
    }
    let r = Reason::new(code, rule);
    let r = match (status, done_date) {
        (DutyStatus::Done, Some(d)) => r.with("bearer", Value::text(bearer)).with("doneDate", d),
        (DutyStatus::Pending, _) => r.with("asOf", as_of).with("bearer", Value::text(bearer)),
        _ => r.with("bearer", Value::text(bearer)),
    };
    (status, done_date, r)
}

/// An open item's status, date done and reasons (its status reason, marked when it rests on
/// made-up records); without `facts`, the made-up-records notice alone ([`all_duties_with`]).
fn open_item_reasons(
    reg: &ValidRegister,
    rule: RuleId,
    bearer: &str,
    as_of: NaiveDate,
    facts: bool,
) -> (DutyStatus, Option<IsoDate>, Vec<Reason>) {
    let (status, done_date, reason) = open_status(reg, rule, bearer, as_of, facts);
    let sources = bearer_sources(reg, rule, bearer);
    if !facts {
        return (status, done_date, notice(rule, &sources));
    }
    let mut reasons = alloc::vec![reason];
    crate::illustrative::mark_reasons(&mut reasons, rule, &sources);
    (status, done_date, reasons)
}

/// Whether the duties of `rule` are open items made by [`open_items`] (no duty source of its
/// own).
fn is_open_item_rule(rule: RuleId) -> bool {
    !DUTY_SOURCES.iter().any(|(id, _)| *id == rule.as_str())
}

/// Every rule someone owes without a duty source, for each of its concrete bearers on
/// `horizon.as_of` (each existing, in-scope zone for a 「各开发区」 duty): UNKNOWN until the
/// register's `dutyRecords` say done (DONE_ON_TIME: the text sets no deadline) or not done
/// (PENDING). Before issuance: NOT_YET_APPLICABLE. Rules nobody owes (encouraged, aspirational,
/// not computable) are not listed.
pub fn open_items(reg: &ValidRegister, horizon: &Horizon, params: &Params, out: &mut Vec<Duty>) {
    open_items_with(reg, horizon, params, out, true);
}

/// [`open_items`]; without `facts`, the items without their reasons but the made-up-records
/// notice ([`all_duties_with`]).
fn open_items_with(
    reg: &ValidRegister,
    horizon: &Horizon,
    params: &Params,
    out: &mut Vec<Duty>,
    facts: bool,
) {
    let as_of = horizon.as_of;
    for rule in RULES.iter().copied().filter(|r| is_owed(*r)) {
        if !is_open_item_rule(rule) {
            continue;
        }
        for (bearer, role) in bearers(rule, reg, as_of, params) {
            let (status, done_date, reasons) = open_item_reasons(reg, rule, &bearer, as_of, facts);
            let zone_id = (role == Role::OwnZone).then(|| bearer.clone());
            out.push(Duty {
                rule_id: rule,
                satisfied_by: bearer.clone(),
                bearer,
                role,
                kind: DutyKind::OpenItem,
                zone_id,
                year: None,
                start: Some(*reg.issue_date),
                due: None,
                done_date: (done_date).map(IsoDate::get),
                status,
                reasons,
            });
        }
    }
}

/// Every bearer of a duty on `as_of`, as a reader looks them up: prefecture agencies, counties,
/// then actors (延龙图新区 only under `includeYltNewArea`), in the rulebook's order, then the
/// register's zones that owe a 「各开发区」 duty, in register order.
#[must_use]
pub fn duty_bearers(reg: &ValidRegister, as_of: NaiveDate, params: &Params) -> Vec<String> {
    let borne: Vec<&'static str> = RULES
        .iter()
        .copied()
        .flat_map(|r| bearer_codes(r, params))
        .collect();
    let mut codes: Vec<&'static str> = agencies::ACTORS
        .iter()
        .map(|a| a.code)
        .filter(|c| borne.contains(c) && *c != agencies::EACH_ZONE)
        .collect();
    // Agencies first, then counties, then actors, as a reader looks them up.
    let rank = |c: &&str| match agencies::actor(c).map(|a| a.kind) {
        Some(ActorKind::Agency) => 0,
        Some(ActorKind::County) => 1,
        _ => 2,
    };
    crate::order::sort_with(&mut codes, &|x, y| rank(x).cmp(&rank(y)));
    let mut out: Vec<String> = codes.into_iter().map(String::from).collect();
    if borne.contains(&agencies::EACH_ZONE) {
        out.extend(
            owing_zones(reg, as_of, params)
                .into_iter()
                .map(|z| z.id.clone()),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(id: &str, params: &Params) -> Vec<&'static str> {
        bearer_codes(RuleId::parse(id).unwrap(), params)
    }

    #[test]
    fn bearers_come_from_the_words_first() {
        let p = Params::default();
        // art-18.c: 15 prefecture agencies and 8 counties, named in its words (no list).
        assert_eq!(codes("art-18.c", &p).len(), 23);
        // art-16.b: the Leading Group only, its lead.
        assert_eq!(codes("art-16.b", &p), ["ACT.LG"]);
        assert_eq!(role(RuleId::ART_16_B, "ACT.LG"), Role::Lead);
        // art-04.a: no subject, prefecture-wide (「全州」): the list's lead and the platform's
        // agency; no county, and not the Foreign Affairs Office of art-04.e.
        assert_eq!(codes("art-04.a", &p), ["AG.COMMERCE", "AG.GOVDIGI"]);
        let r = RuleId::parse("art-04.a").unwrap();
        assert_eq!(role(r, "AG.COMMERCE"), Role::PresumedLead);
        assert_eq!(role(r, "AG.GOVDIGI"), Role::Assisting);
        // Prefecture-wide things no county owes.
        for id in ["art-01.a", "art-04.a", "art-07.b", "art-14.a", "art-16.a"] {
            assert!(
                !codes(id, &p).iter().any(|c| c.starts_with("CTY.")),
                "{id}: {:?}",
                codes(id, &p)
            );
        }
        // art-02.a: no subject, the whole list; counties within their territory.
        let a02 = codes("art-02.a", &p);
        assert_eq!(
            &a02[..5],
            [
                "AG.COMMERCE",
                "AG.MIIT",
                "AG.FINANCE",
                "AG.NATRES",
                "AG.ECOENV"
            ]
        );
        assert_eq!(a02.len(), 13);
        assert_eq!(role(RuleId::ART_02_A, "CTY.YANJI"), Role::OwnTerritory);
        // art-02.b: proposed by the Bureau of Commerce and the county; the province decides and
        // owes nothing under a prefecture's opinion.
        let b = codes("art-02.b", &p);
        assert_eq!(b[0], "AG.COMMERCE");
        assert!(b.contains(&"CTY.TUMEN") && !b.contains(&"ACT.PROV"));
        // art-14.g names 统计部门, 开发区主管部门 and 各开发区: the first is its lead.
        let g = RuleId::parse("art-14.g").unwrap();
        assert_eq!(
            codes("art-14.g", &p),
            ["AG.STATS", "AG.COMMERCE", "ACT.ZONE"]
        );
        assert_eq!(role(g, "AG.STATS"), Role::Lead);
        assert_eq!(role(g, "AG.COMMERCE"), Role::NamedInBody);
        assert_eq!(role(g, "DH-EDZ"), Role::OwnZone);
        // Members of 「州直有关部门」 are named in the body, not leads.
        assert_eq!(role(RuleId::ART_18_C, "AG.STATS"), Role::NamedInBody);
        // Encouraged or not computable: nobody owes it.
        for id in ["art-03.c", "art-05.b", "art-12.d", "art-15.c", "art-11.e"] {
            assert!(codes(id, &p).is_empty(), "{id}");
        }
        // art-18.a became computable (from art-16.b's meetings): the Leading Group owes it.
        assert_eq!(codes("art-18.a", &p), ["ACT.LG"]);
        // 延龙图新区 bears the county-type duties only when the parameter says so (AMB-30).
        assert!(!codes("art-18.c", &p).contains(&"ACT.YLT_NEW_AREA"));
        let ylt = Params {
            include_ylt_new_area: true,
            ..Params::default()
        };
        for id in ["art-18.c", "art-16.d", "art-02.a", "art-18.b"] {
            assert!(codes(id, &ylt).contains(&"ACT.YLT_NEW_AREA"), "{id}");
        }
        for id in ["art-01.a", "art-16.b", "art-14.g"] {
            assert!(!codes(id, &ylt).contains(&"ACT.YLT_NEW_AREA"), "{id}");
        }
        assert_eq!(
            role(RuleId::ART_18_C, "ACT.YLT_NEW_AREA"),
            Role::OwnTerritory
        );
    }

    /// The metadata agree with the principle: encouraged, aspirational and not computable rules
    /// are owed by nobody; every mandatory, computable duty is owed; a rule whose bearers come
    /// from its clause list names only units of that list (and the province, which decides),
    /// its first prefecture agency being the list's first-listed one (AMB-29).
    #[test]
    fn owed_by_follows_strength_evaluation_and_the_lists() {
        use crate::rules::{EvaluationStatus, Strength};
        for r in RULES.iter().copied() {
            let m = r.meta();
            let weak = matches!(m.strength, Strength::Encouraged | Strength::Aspirational)
                || m.evaluation.status() == EvaluationStatus::NotComputable;
            if !is_duty(r) || weak {
                assert_eq!(m.owed_by, OwedBy::Nobody, "{}", m.id);
            } else if m.strength == Strength::Mandatory {
                assert_ne!(m.owed_by, OwedBy::Nobody, "{}", m.id);
            }
            if m.owed_by == OwedBy::ClauseList {
                let clause = m.clause_number().unwrap();
                let list = agencies::responsible_units(clause);
                for b in m.bearers.iter().filter(|b| !agencies::is_provincial(b)) {
                    assert!(
                        list.contains(b),
                        "{}: {b} is not in its clause's list",
                        m.id
                    );
                }
                let first = m
                    .bearers
                    .iter()
                    .copied()
                    .find(|c| agencies::actor(c).is_some_and(|a| a.kind == ActorKind::Agency));
                assert_eq!(first, agencies::presumed_lead(clause), "{}", m.id);
            }
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn each_zone_owes_for_itself() {
        let reg: Register = serde_json::from_value(serde_json::json!({
            "issueDate": "2019-06-01",
            "zones": [
                {"id": "A", "nameZh": "甲", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "status": "ACTIVE", "managingAuthority": "COUNTY"},
                {"id": "B", "nameZh": "乙", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "status": "REVOKED", "statusDate": "2020-01-01", "managingAuthority": "COUNTY"},
                {"id": "C", "nameZh": "丙", "level": "OTHER", "type": "OVERSEAS_TRADE_COOP_ZONE", "status": "ACTIVE", "managingAuthority": "COUNTY"}
            ]
        }))
        .unwrap();
        let reg = ValidRegister::new(reg, "register").unwrap();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let p = Params::default();
        let r = RuleId::parse("art-01.b").unwrap();
        let of = |day| bearers(r, &reg, d(day), &p);
        assert_eq!(
            of("2019-12-31"),
            [("A".into(), Role::OwnZone), ("B".into(), Role::OwnZone)]
        );
        assert_eq!(of("2020-01-01"), [("A".into(), Role::OwnZone)]);
        assert!(
            may_bear(r, "A", &reg) && !may_bear(r, "Z", &reg) && !may_bear(r, "CTY.YANJI", &reg)
        );
        let bearers = duty_bearers(&reg, d("2020-06-30"), &p);
        for code in ["AG.COMMERCE", "AG.EMERG", "CTY.ANTU", "ACT.LG", "A"] {
            assert!(bearers.iter().any(|b| b == code), "{code}");
        }
        for code in [
            "AG.CTY_GOV",
            "ACT.PREF_DEPTS",
            "ACT.ZONE",
            "ACT.PROV",
            "ACT.LG_OFFICE",
            "B",
            "C",
        ] {
            assert!(!bearers.iter().any(|b| b == code), "{code}");
        }
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
