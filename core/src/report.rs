//! The compliance report of a whole register as of a date, and the obligations of each agency.
//!
//! The report holds every finding of every implemented rule: each zone's summary (pre.a,
//! art-12.b, art-02.b/d, art-05.a, art-03.a, art-14.c–f/h, art-15.a; see [`crate::summary`]),
//! art-02.c once per county, and every duty of [`crate::duties`] (art-02.a, art-16.b for each
//! year up to the as-of year, art-18.c per bearer, the open items). Findings are sorted by
//! severity, then date, and grouped per zone, per county and per agency by index, with counts.
//! The land rules join through the duty sources (art-11.b) and the zone summary (art-11.b, art-11.e).

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use crate::agencies;
use crate::answer::{Answer, Outcome};
use crate::duties::{self, Duty, DutyKind, DutyStatus, Horizon};
use crate::error::{Error, ErrorCode};
use crate::params::Params;
use crate::register::{Register, ValidRegister};
use crate::rules::{art02_consolidation as a02, Kind, RuleId};
use crate::summary::{zone_summary, FindingDetail};

/// What the compliance report is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ReportInput {
    /// The register.
    pub register: Register,
    /// The date of the report.
    pub as_of: IsoDate,
}

/// What the obligations are asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ObligationsInput {
    /// The register.
    pub register: Register,
    /// The status date.
    pub as_of: IsoDate,
    /// One bearer's code (`AG.COMMERCE`, `CTY.YANJI`, `ACT.LG`); absent: every bearer.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub agency: Option<String>,
    /// How many days ahead "due soon" looks (default 90).
    #[cfg_attr(
        feature = "serde",
        serde(default = "ninety", with = "crate::num::count")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub within_days: u32,
}

#[cfg(feature = "serde")]
const fn ninety() -> u32 {
    90
}

/// What the calendar is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `from` and `to`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CalendarInput {
    /// The register.
    pub register: Register,
    /// First day (included).
    pub from: IsoDate,
    /// Last day (included).
    pub to: IsoDate,
    /// The status date of the duties, and the iCalendar DTSTAMP (the generation date); absent:
    /// `from`. The core reads no clock.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Severity {
    /// A mandatory duty missed or a sanction triggered: overdue, non-compliant, invalid
    /// designation, disqualification, revocation. Never the art-02.a window (AMB-04).
    Violation,
    /// Done late; a merger required (art-02.c), or still not done when the art-02.a window has
    /// closed (MERGE_OVERDUE: the deadline is the window's, which carries no sanction, AMB-04).
    Warning,
    /// A person must decide, or there is no information (a dated duty past due, nothing recorded).
    Review,
    /// Everything else: compliant, on time, pending, eligible, not applicable, open items.
    Info,
}

/// What a finding is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A rule's answer about a zone or a county.
    Answer(Answer<FindingDetail>),
    /// A duty instance.
    Duty(Duty),
}

/// One finding of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Its severity.
    pub severity: Severity,
    /// The date it turns on (due date, start of a measure, end of a window), if any.
    pub date: Option<NaiveDate>,
    /// The zone, for zone findings.
    pub zone_id: Option<String>,
    /// The county: a zone's county, the county of art-02.c, or a county bearing a duty.
    pub county_id: Option<String>,
    /// The bearer, for duties (a zone's id for a zone's own duty).
    pub bearer: Option<String>,
    /// The answer or duty.
    pub item: Item,
}

impl Finding {
    /// Whether it rests on made-up (ILLUSTRATIVE) records: its reasons start with
    /// `ILLUSTRATIVE_RECORDS`.
    #[must_use]
    pub fn is_illustrative(&self) -> bool {
        match &self.item {
            Item::Answer(a) => crate::illustrative::is_marked(&a.reasons),
            Item::Duty(d) => d.is_illustrative(),
        }
    }
}

/// Counts by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Counts {
    /// All findings.
    pub total: usize,
    /// Violations.
    pub violation: usize,
    /// Warnings.
    pub warning: usize,
    /// For review.
    pub review: usize,
    /// Information.
    pub info: usize,
    /// Of all of them, how many rest on made-up (ILLUSTRATIVE) records.
    pub illustrative: usize,
}

impl Counts {
    fn add(&mut self, s: Severity, illustrative: bool) {
        self.total += 1;
        if illustrative {
            self.illustrative += 1;
        }
        match s {
            Severity::Violation => self.violation += 1,
            Severity::Warning => self.warning += 1,
            Severity::Review => self.review += 1,
            Severity::Info => self.info += 1,
        }
    }
}

/// A group of findings (a zone, a county or an agency), by index into [`Report::findings`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Zone id, county id or bearer code.
    pub id: String,
    /// Indices of its findings, in report order.
    pub findings: Vec<usize>,
    /// Its counts.
    pub counts: Counts,
}

/// The compliance report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The date of the report.
    pub as_of: NaiveDate,
    /// The register's issuance date.
    pub issue_date: NaiveDate,
    /// Whether the issuance date is a stand-in (`issueDateHypothetical`).
    pub issue_date_hypothetical: bool,
    /// Every finding, by severity, then date.
    pub findings: Vec<Finding>,
    /// Per zone, in register order.
    pub zones: Vec<Group>,
    /// Per county, in register order.
    pub counties: Vec<Group>,
    /// Per agency, county or actor bearing a duty (a zone's own duties are in its zone group).
    pub agencies: Vec<Group>,
    /// Counts over all findings.
    pub counts: Counts,
}

/// The severity of a rule's answer.
#[must_use]
pub fn answer_severity(a: &Answer<FindingDetail>) -> Severity {
    // art-14.e merged into art-14.f: the leaders are held accountable once, under art-14.f.
    if let FindingDetail::Assessment(d) = &a.detail {
        if d.merged_into.is_some() {
            return Severity::Info;
        }
    }
    // art-02.a is a programme window without a sanction (AMB-04): never a violation.
    if a.rule_id == RuleId::ART_02_A {
        return match a.outcome {
            Outcome::NeedsHuman | Outcome::Unknown | Outcome::Overdue => Severity::Review,
            _ => Severity::Info,
        };
    }
    match a.outcome {
        Outcome::Overdue
        | Outcome::NonCompliant
        | Outcome::Invalid
        | Outcome::Disqualified
        | Outcome::Revoke => Severity::Violation,
        Outcome::Triggered if a.rule_id.meta().kind() == Kind::Sanction => Severity::Violation,
        // A merger still not done when the art-02.a window has closed: the merger is mandatory,
        // but its deadline is the window's, which carries no sanction (AMB-04).
        Outcome::MetLate | Outcome::MergeRequired | Outcome::MergeOverdue => Severity::Warning,
        Outcome::NeedsHuman | Outcome::Unknown => Severity::Review,
        _ => Severity::Info,
    }
}

/// The severity of a duty. The end of the art-02.a window (AMB-04: a programme period without
/// a sanction) is at most for review: known not done by then, or nothing recorded; done late
/// is information.
#[must_use]
pub fn duty_severity(d: &Duty) -> Severity {
    if d.rule_id == RuleId::ART_02_A {
        return match d.status {
            DutyStatus::Overdue | DutyStatus::Unknown => Severity::Review,
            _ => Severity::Info,
        };
    }
    match d.status {
        DutyStatus::Overdue => Severity::Violation,
        DutyStatus::DoneLate => Severity::Warning,
        DutyStatus::Unknown if d.kind != DutyKind::OpenItem => Severity::Review,
        _ => Severity::Info,
    }
}

fn answer_date(a: &Answer<FindingDetail>) -> Option<NaiveDate> {
    match &a.detail {
        FindingDetail::Assessment(d) => (d.start).map(IsoDate::get),
        FindingDetail::County(d) => Some(*d.window_end),
        _ => None,
    }
}

fn county_of_bearer(reg: &ValidRegister, bearer: &str) -> Option<String> {
    duties::register_counties(reg)
        .into_iter()
        .find(|c| c.as_str() == bearer)
        .cloned()
        .or_else(|| bearer.starts_with("CTY.").then(|| String::from(bearer)))
}

/// The compliance report of a validated register as of `as_of`: every zone summary, art-02.c
/// per county, and every duty (recurring duties up to 31 December of the as-of year), by
/// severity then date, grouped per zone, county and agency.
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar; the errors of the duty sources.
pub fn report(reg: &ValidRegister, as_of: NaiveDate, params: &Params) -> Result<Report, Error> {
    let mut findings = Vec::new();
    for zone in &reg.zones {
        let summary = zone_summary(reg, zone, as_of, params)?;
        for f in summary.findings {
            // art-02.c is a county's finding: it is reported once per county below.
            if f.rule_id == crate::rules::RuleId::ART_02_C {
                continue;
            }
            findings.push(Finding {
                severity: answer_severity(&f),
                date: answer_date(&f),
                zone_id: Some(zone.id.clone()),
                county_id: zone.county_id.clone(),
                bearer: None,
                item: Item::Answer(f),
            });
        }
    }
    for county in duties::register_counties(reg) {
        let mut a = a02::one_county_one_zone(reg, county, as_of, params)?;
        crate::illustrative::mark(&mut a, &crate::illustrative::county_sources(reg, county));
        let f = crate::summary::erase_county(a);
        findings.push(Finding {
            severity: answer_severity(&f),
            date: answer_date(&f),
            zone_id: None,
            county_id: Some(county.clone()),
            bearer: None,
            item: Item::Answer(f),
        });
    }
    let until = NaiveDate::from_ymd_opt(as_of.year(), 12, 31).unwrap_or(as_of);
    let horizon = Horizon { as_of, until };
    for d in duties::all_duties(reg, &horizon, params)? {
        // art-02.c's merger is the county finding above.
        if d.rule_id == crate::rules::RuleId::ART_02_C {
            continue;
        }
        // A zone's own duty is counted with its county, as its findings are.
        let county_id = match d.zone_id.as_deref().and_then(|z| reg.zone(z)) {
            Some(z) if d.role == duties::Role::OwnZone => z.county_id.clone(),
            _ => county_of_bearer(reg, &d.bearer),
        };
        findings.push(Finding {
            severity: duty_severity(&d),
            date: d.due,
            zone_id: d.zone_id.clone(),
            county_id,
            bearer: Some(d.bearer.clone()),
            item: Item::Duty(d),
        });
    }
    findings.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));

    let mut counts = Counts::default();
    for f in &findings {
        counts.add(f.severity, f.is_illustrative());
    }
    let group = |id: &str, hit: &dyn Fn(&Finding) -> bool| {
        let mut g = Group {
            id: String::from(id),
            findings: Vec::new(),
            counts: Counts::default(),
        };
        for (i, f) in findings.iter().enumerate().filter(|(_, f)| hit(f)) {
            g.findings.push(i);
            g.counts.add(f.severity, f.is_illustrative());
        }
        g
    };
    let zones = reg
        .zones
        .iter()
        .map(|z| group(&z.id, &|f| f.zone_id.as_deref() == Some(z.id.as_str())))
        .collect();
    let counties = duties::register_counties(reg)
        .into_iter()
        .map(|c| group(c, &|f| f.county_id.as_ref() == Some(c)))
        .collect();
    // A zone's own duties are in its zone group; the agency groups are the agencies, counties
    // and actors.
    let agencies = duties::duty_bearers(reg, as_of, params)
        .into_iter()
        .filter(|b| agencies::actor(b).is_some())
        .map(|b| group(&b, &|f| f.bearer.as_deref() == Some(b.as_str())))
        .filter(|g| !g.findings.is_empty())
        .collect();
    Ok(Report {
        as_of,
        issue_date: *reg.issue_date,
        issue_date_hypothetical: reg.issue_date_hypothetical,
        findings,
        zones,
        counties,
        agencies,
        counts,
    })
}

fn sort_key(
    f: &Finding,
) -> (
    Severity,
    bool,
    Option<NaiveDate>,
    &str,
    &str,
    &str,
    &str,
    Option<i32>,
) {
    let (rule, year) = match &f.item {
        Item::Answer(a) => (a.rule_id.as_str(), None),
        Item::Duty(d) => (d.rule_id.as_str(), d.year),
    };
    (
        f.severity,
        f.date.is_none(),
        f.date,
        rule,
        f.zone_id.as_deref().unwrap_or(""),
        f.county_id.as_deref().unwrap_or(""),
        f.bearer.as_deref().unwrap_or(""),
        year,
    )
}

/// One bearer's duties as of a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyObligations {
    /// The bearer: a code, or a zone's id for a zone's own duties.
    pub bearer: String,
    /// Every duty instance, by due date (open items last), then rule.
    pub duties: Vec<Duty>,
}

/// The duties of every bearer (or of one: an agency, county or actor code, or a zone's id), with
/// recurring instances up to `as_of + within_days`.
///
/// # Errors
/// `INVALID_INPUT` at `input.agency` for a code that bears no duty (a collective code such as
/// `AG.CTY_GOV` or `ACT.ZONE` names its members instead); `INVALID_INPUT` for a bad register; the
/// errors of the duty sources.
pub fn obligations(
    reg: &ValidRegister,
    as_of: NaiveDate,
    within_days: u32,
    agency: Option<&str>,
    params: &Params,
) -> Result<Vec<AgencyObligations>, Error> {
    let bearers = duties::duty_bearers(reg, as_of, params);
    if let Some(code) = agency {
        if !bearers.iter().any(|b| b == code) {
            let members = if code == agencies::EACH_ZONE {
                Some(
                    duties::owing_zones(reg, as_of, params)
                        .iter()
                        .map(|z| z.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            } else {
                agencies::actor(code)
                    .map(|a| agencies::expand_for(a.code, params))
                    .filter(|m| m.len() > 1)
                    .map(|m| m.join(", "))
            };
            let help = match members {
                Some(m) => alloc::format!("`{code}` stands for several bearers; ask for one: {m}"),
                None => alloc::format!("bearers: {}", bearers.join(", ")),
            };
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "input.agency",
                alloc::format!("`{code}` bears no duty of its own"),
            )
            .with_help(help));
        }
    }
    let until = as_of
        .checked_add_days(chrono::Days::new(u64::from(within_days)))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                "input.withinDays",
                "the window ends beyond the calendar",
            )
        })?;
    let all = duties::all_duties(reg, &Horizon { as_of, until }, params)?;
    Ok(bearers
        .into_iter()
        .filter(|b| agency.is_none_or(|a| a == b))
        .map(|b| {
            let mut list: Vec<Duty> = all.iter().filter(|d| d.bearer == b).cloned().collect();
            list.sort_by(|x, y| {
                (x.due.is_none(), x.due, x.rule_id.as_str(), x.year).cmp(&(
                    y.due.is_none(),
                    y.due,
                    y.rule_id.as_str(),
                    y.year,
                ))
            });
            AgencyObligations {
                bearer: b,
                duties: list,
            }
        })
        .collect())
}

/// The serialisable, language-rendered views of the report, the obligations and the calendar.
#[cfg(feature = "serde")]
pub mod view {
    use super::{AgencyObligations, Counts, Finding, Group, Item, Report, Severity};
    use crate::answer::view::{ReasonView, RulebookView};
    use crate::calendar::{CalendarEvent, EventKind};
    use crate::dates::IsoDate;
    use crate::duties::{Duty, DutyKind, DutyStatus, Role};
    use crate::messages::{outcome_label, Lang};

    use crate::rules::{RULEBOOK_VERSION, SOURCE_SHA256};
    use alloc::string::String;
    use alloc::vec::Vec;
    use chrono::NaiveDate;
    use serde::Serialize;

    fn rulebook() -> RulebookView {
        RulebookView {
            version: RULEBOOK_VERSION,
            source_sha256: SOURCE_SHA256,
        }
    }

    fn actor_name(code: &str, lang: Lang) -> String {
        crate::agencies::actor(code)
            .map_or_else(|| String::from(code), |a| String::from(a.name(lang)))
    }

    /// A zone's name in `lang` (English where the register has it, else Chinese), or `id`.
    fn zone_name(reg: &crate::register::Register, id: &str, lang: Lang) -> String {
        reg.zone(id).map_or_else(
            || String::from(id),
            |z| match (&z.name_en, lang) {
                (Some(en), Lang::En) => en.clone(),
                _ => z.name_zh.clone(),
            },
        )
    }

    /// A bearer's name in `lang`: an agency, county or actor by its code, a zone by its name.
    fn bearer_name(code: &str, reg: &crate::register::Register, lang: Lang) -> String {
        match crate::agencies::actor(code) {
            Some(a) => String::from(a.name(lang)),
            None => zone_name(reg, code, lang),
        }
    }

    /// The report header's sentence on a hypothetical issuance date, in `lang`.
    fn issue_date_note(reg: &crate::register::Register, lang: Lang) -> Option<String> {
        reg.issue_date_hypothetical.then(|| {
            let mut args = crate::answer::Args::new();
            args.insert("issueDate", crate::answer::Value::from(reg.issue_date));
            crate::messages::render(
                crate::messages::ReasonCode::IssueDateHypothetical.template(lang),
                &args,
                lang,
            )
        })
    }

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
        /// The rule's short English title.
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
        /// Why the rule is not computed, or what it still needs (English).
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
        /// Why (`ILLUSTRATIVE_RECORDS` first when it rests on made-up records).
        pub reasons: Vec<ReasonView>,
        /// It rests on made-up (ILLUSTRATIVE) records of the register. Absent when not.
        #[serde(skip_serializing_if = "core::ops::Not::not")]
        #[cfg_attr(feature = "wasm", tsify(optional))]
        pub illustrative: bool,
    }

    impl DutyView {
        /// Renders `d` in `lang`; `reg` names the zones.
        #[must_use]
        pub fn new(d: &Duty, reg: &crate::register::Register, lang: Lang) -> Self {
            let meta = d.rule_id.meta();
            Self {
                rule_id: meta.id,
                citation: d.rule_id.citation(),
                title: meta.title,
                text: meta.rendering(lang),
                bearer: d.bearer.clone(),
                bearer_name: bearer_name(&d.bearer, reg, lang),
                role: d.role,
                presumed_lead: d.role == Role::PresumedLead,
                satisfied_by: d.satisfied_by.clone(),
                kind: d.kind,
                evaluation: meta.evaluation.as_str(),
                evaluation_note: meta.evaluation.reason(),
                zone_id: d.zone_id.clone(),
                year: d.year,
                start: (d.start).map(IsoDate),
                due: (d.due).map(IsoDate),
                done_date: (d.done_date).map(IsoDate),
                status: d.status,
                status_label: d.status.label(lang),
                reasons: d.reasons.iter().map(|r| ReasonView::new(r, lang)).collect(),
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
        /// Every duty.
        pub duties: Vec<DutyView>,
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
            reg: &crate::register::Register,
            as_of: NaiveDate,
            within_days: u32,
            lang: Lang,
        ) -> Self {
            let horizon = as_of.checked_add_days(chrono::Days::new(u64::from(within_days)));
            let agencies = all
                .iter()
                .map(|a| {
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
                            DutyStatus::NotYetApplicable => counts.not_yet_applicable += 1,
                        }
                    }
                    let soon = |d: &&Duty| {
                        d.status == DutyStatus::Pending
                            && d.due.is_some_and(|due| {
                                due >= as_of && horizon.is_some_and(|h| due <= h)
                            })
                    };
                    AgencyObligationsView {
                        code: a.bearer.clone(),
                        name: bearer_name(&a.bearer, reg, lang),
                        counts,
                        overdue: a
                            .duties
                            .iter()
                            .filter(|d| d.status == DutyStatus::Overdue)
                            .map(|d| DutyView::new(d, reg, lang))
                            .collect(),
                        due_soon: a
                            .duties
                            .iter()
                            .filter(soon)
                            .map(|d| DutyView::new(d, reg, lang))
                            .collect(),
                        duties: a
                            .duties
                            .iter()
                            .map(|d| DutyView::new(d, reg, lang))
                            .collect(),
                    }
                })
                .collect();
            Self {
                as_of: IsoDate(as_of),
                within_days,
                agencies,
                issue_date_hypothetical: reg.issue_date_hypothetical,
                issue_date_note: issue_date_note(reg, lang),
                lang,
                rulebook: rulebook(),
            }
        }
    }

    /// One finding of the report, rendered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    #[cfg_attr(feature = "wasm", tsify(missing_as_null))]
    pub struct FindingView {
        /// Severity.
        pub severity: Severity,
        /// The date it turns on, if any.
        #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
        pub date: Option<IsoDate>,
        /// Rule id.
        pub rule_id: &'static str,
        /// `YB-DZ-OPINIONS/<rule id>`.
        pub citation: String,
        /// The rule's outcome code, or a duty's status code.
        pub outcome: &'static str,
        /// The outcome or status in the language.
        pub outcome_label: &'static str,
        /// The zone, for zone findings.
        pub zone_id: Option<String>,
        /// The county.
        pub county_id: Option<String>,
        /// The bearer, for duties (a zone's id for a zone's own duty).
        pub bearer: Option<String>,
        /// The bearer's name in the language.
        pub bearer_name: Option<String>,
        /// The year of a recurring duty.
        pub year: Option<i32>,
        /// Why (`ILLUSTRATIVE_RECORDS` first when it rests on made-up records).
        pub reasons: Vec<ReasonView>,
        /// What a person must decide.
        pub needs_human: Vec<ReasonView>,
        /// It rests on made-up (ILLUSTRATIVE) records of the register: show it as 「[示例]」 /
        /// 「[예시]」 / "[illustrative]".
        pub illustrative: bool,
    }

    impl FindingView {
        /// Renders `f` in `lang`; `reg` names the zones.
        #[must_use]
        pub fn new(f: &Finding, reg: &crate::register::Register, lang: Lang) -> Self {
            let (rule, outcome, label, reasons, needs_human, year) = match &f.item {
                Item::Answer(a) => (
                    a.rule_id,
                    a.outcome.code(),
                    outcome_label(a.outcome, lang),
                    &a.reasons,
                    a.needs_human.as_slice(),
                    None,
                ),
                Item::Duty(d) => (
                    d.rule_id,
                    d.status.code(),
                    d.status.label(lang),
                    &d.reasons,
                    &[][..],
                    d.year,
                ),
            };
            Self {
                severity: f.severity,
                date: (f.date).map(IsoDate),
                rule_id: rule.as_str(),
                citation: rule.citation(),
                outcome,
                outcome_label: label,
                zone_id: f.zone_id.clone(),
                county_id: f.county_id.clone(),
                bearer: f.bearer.clone(),
                bearer_name: f.bearer.as_deref().map(|b| bearer_name(b, reg, lang)),
                year,
                reasons: reasons.iter().map(|r| ReasonView::new(r, lang)).collect(),
                needs_human: needs_human
                    .iter()
                    .map(|r| ReasonView::new(r, lang))
                    .collect(),
                illustrative: f.is_illustrative(),
            }
        }
    }

    /// A group, rendered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct GroupView {
        /// Zone id, county id or bearer code.
        pub id: String,
        /// Its name in the language.
        pub name: String,
        /// Counts by severity.
        pub counts: Counts,
        /// Indices into the report's `findings`, in order.
        pub findings: Vec<usize>,
    }

    /// The report, rendered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct ReportView {
        /// The date of the report.
        pub as_of: IsoDate,
        /// The register's issuance date.
        pub issue_date: IsoDate,
        /// Whether the issuance date is a stand-in (`issueDateHypothetical`).
        pub issue_date_hypothetical: bool,
        /// The header's sentence saying so, in the language (absent when it is not).
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "wasm", tsify(optional))]
        pub issue_date_note: Option<String>,
        /// Counts over all findings.
        pub counts: Counts,
        /// Every finding, by severity then date.
        pub findings: Vec<FindingView>,
        /// Per zone.
        pub zones: Vec<GroupView>,
        /// Per county.
        pub counties: Vec<GroupView>,
        /// Per agency, county or actor bearing a duty.
        pub agencies: Vec<GroupView>,
        /// Language of the messages.
        pub lang: Lang,
        /// Rulebook version and source hash.
        pub rulebook: RulebookView,
    }

    impl ReportView {
        /// Renders `r` in `lang`; `reg` gives the zones' and counties' names.
        #[must_use]
        pub fn new(r: &Report, reg: &crate::register::Register, lang: Lang) -> Self {
            let group = |g: &Group, name: String| GroupView {
                id: g.id.clone(),
                name,
                counts: g.counts,
                findings: g.findings.clone(),
            };
            let zone_name = |id: &str| zone_name(reg, id, lang);
            let county_name = |id: &str| match crate::agencies::actor(id) {
                Some(a) => String::from(a.name(lang)),
                None => reg
                    .counties
                    .iter()
                    .find(|c| c.id == id)
                    .map_or_else(|| String::from(id), |c| c.name_zh.clone()),
            };
            Self {
                as_of: IsoDate(r.as_of),
                issue_date: IsoDate(r.issue_date),
                issue_date_hypothetical: r.issue_date_hypothetical,
                issue_date_note: issue_date_note(reg, lang),
                counts: r.counts,
                findings: r
                    .findings
                    .iter()
                    .map(|f| FindingView::new(f, reg, lang))
                    .collect(),
                zones: r.zones.iter().map(|g| group(g, zone_name(&g.id))).collect(),
                counties: r
                    .counties
                    .iter()
                    .map(|g| group(g, county_name(&g.id)))
                    .collect(),
                agencies: r
                    .agencies
                    .iter()
                    .map(|g| group(g, actor_name(&g.id, lang)))
                    .collect(),
                lang,
                rulebook: rulebook(),
            }
        }
    }

    /// One calendar event, rendered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    #[cfg_attr(feature = "wasm", tsify(missing_as_null))]
    pub struct EventView {
        /// Stable UID (the same in the iCalendar export).
        pub uid: String,
        /// The day.
        pub date: IsoDate,
        /// Rule id.
        pub rule_id: &'static str,
        /// `YB-DZ-OPINIONS/<rule id>`.
        pub citation: String,
        /// What it marks.
        pub kind: EventKind,
        /// The bearer's code (a zone's id for a zone's own duty).
        pub bearer: String,
        /// The bearer's name in the language.
        pub bearer_name: String,
        /// The zone, if any.
        pub zone_id: Option<String>,
        /// A duty's status on the as-of date.
        pub status: Option<DutyStatus>,
        /// The title in the language (starting with 「[示例]」 / 「[예시]」 / "[illustrative]" when
        /// the event rests on made-up records).
        pub title: String,
        /// The title in Chinese, Korean and English.
        pub titles: Titles,
        /// It rests on made-up (ILLUSTRATIVE) records of the register.
        pub illustrative: bool,
    }

    /// A text in the three languages.
    #[derive(Clone, Debug, Serialize)]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct Titles {
        /// Chinese.
        pub zh: String,
        /// Korean.
        pub ko: String,
        /// English.
        pub en: String,
    }

    impl EventView {
        /// Renders `e` in `lang`; `reg` names the zones.
        #[must_use]
        pub fn new(e: &CalendarEvent, reg: &crate::register::Register, lang: Lang) -> Self {
            Self {
                uid: e.uid(),
                date: IsoDate(e.date),
                rule_id: e.rule_id.as_str(),
                citation: e.rule_id.citation(),
                kind: e.kind,
                bearer: e.bearer.clone(),
                bearer_name: bearer_name(&e.bearer, reg, lang),
                zone_id: e.zone_id.clone(),
                status: e.status,
                title: e.title(lang),
                titles: Titles {
                    zh: e.title(Lang::Zh),
                    ko: e.title(Lang::Ko),
                    en: e.title(Lang::En),
                },
                illustrative: e.illustrative,
            }
        }
    }

    /// The calendar, rendered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct CalendarView {
        /// First day.
        pub from: IsoDate,
        /// Last day.
        pub to: IsoDate,
        /// The status date (and the iCalendar DTSTAMP).
        pub as_of: IsoDate,
        /// The events, by date.
        pub events: Vec<EventView>,
        /// Whether the register's issuance date is a stand-in (`issueDateHypothetical`).
        pub issue_date_hypothetical: bool,
        /// The sentence saying so, in the language (absent when it is not).
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "wasm", tsify(optional))]
        pub issue_date_note: Option<String>,
        /// Language of the titles.
        pub lang: Lang,
        /// Rulebook version and source hash.
        pub rulebook: RulebookView,
    }

    impl CalendarView {
        /// Renders the events in `lang`; `reg` names the zones.
        #[must_use]
        pub fn new(
            events: &[CalendarEvent],
            reg: &crate::register::Register,
            (from, to): (NaiveDate, NaiveDate),
            as_of: NaiveDate,
            lang: Lang,
        ) -> Self {
            Self {
                from: IsoDate(from),
                to: IsoDate(to),
                as_of: IsoDate(as_of),
                events: events
                    .iter()
                    .map(|e| EventView::new(e, reg, lang))
                    .collect(),
                issue_date_hypothetical: reg.issue_date_hypothetical,
                issue_date_note: issue_date_note(reg, lang),
                lang,
                rulebook: rulebook(),
            }
        }
    }
}
