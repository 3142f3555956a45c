//! The compliance report: every finding of a register as of a date, by severity, grouped per
//! zone, county and agency.

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use crate::agencies;
use crate::answer::Answer;
use crate::duties::{self, Duty, DutyKind, Horizon};
use crate::error::Error;
use crate::params::Params;
use crate::register::{Register, ValidRegister};
use crate::rules::art02_consolidation as a02;
use crate::summary::FindingDetail;

/// What the compliance report is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

pub use crate::severity::Severity;

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

/// The severity of a zone or county finding ([`crate::severity::of_answer`]).
#[must_use]
pub fn answer_severity(a: &Answer<FindingDetail>) -> Severity {
    crate::severity::of_answer(a.rule_id, a.outcome, &a.reasons)
}

/// The severity of a duty ([`crate::severity::of_duty`]).
#[must_use]
pub fn duty_severity(d: &Duty) -> Severity {
    crate::severity::of_duty(d.rule_id, d.status, d.kind == DutyKind::OpenItem)
}

fn answer_date(a: &Answer<FindingDetail>) -> Option<NaiveDate> {
    match &a.detail {
        FindingDetail::Assessment(d) => (d.start).map(IsoDate::get),
        FindingDetail::County(d) => Some(*d.window_end),
        _ => None,
    }
}

fn county_of_bearer(county_ids: &[&String], bearer: &str) -> Option<String> {
    county_ids
        .iter()
        .find(|c| c.as_str() == bearer)
        .map(|c| (*c).clone())
        .or_else(|| bearer.starts_with("CTY.").then(|| String::from(bearer)))
}

/// The compliance report of a validated register as of `as_of`: every zone summary, art-02.c
/// per county, and every duty (recurring duties up to 31 December of the as-of year), by
/// severity then date, grouped per zone, county and agency.
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar; the errors of the duty sources.
pub fn report(reg: &ValidRegister, as_of: NaiveDate, params: &Params) -> Result<Report, Error> {
    let county_ids = duties::register_counties(reg);
    let mut findings = Vec::new();
    for zone in &reg.zones {
        // art-02.c is a county's finding: it is reported once per county below.
        let summary = crate::summary::zone_summary_with(reg, zone, as_of, params, false)?;
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
    for county in county_ids.iter().copied() {
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
            _ => county_of_bearer(&county_ids, &d.bearer),
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
    // Each group in one pass over the findings (linear, not groups × findings).
    let groups = |ids: Vec<String>, key: &dyn Fn(&Finding) -> Option<&str>| -> Vec<Group> {
        let mut out: Vec<Group> = ids
            .into_iter()
            .map(|id| Group {
                id,
                findings: Vec::new(),
                counts: Counts::default(),
            })
            .collect();
        let at: alloc::collections::BTreeMap<String, usize> = out
            .iter()
            .enumerate()
            .map(|(i, g)| (g.id.clone(), i))
            .collect();
        for (i, f) in findings.iter().enumerate() {
            if let Some(g) = key(f).and_then(|k| at.get(k)).and_then(|j| out.get_mut(*j)) {
                g.findings.push(i);
                g.counts.add(f.severity, f.is_illustrative());
            }
        }
        out
    };
    let zones = groups(reg.zones.iter().map(|z| z.id.clone()).collect(), &|f| {
        f.zone_id.as_deref()
    });
    let counties = groups(county_ids.iter().map(|c| (*c).clone()).collect(), &|f| {
        f.county_id.as_deref()
    });
    // A zone's own duties are in its zone group; the agency groups are the agencies, counties
    // and actors.
    let agencies = groups(
        duties::duty_bearers(reg, as_of, params)
            .into_iter()
            .filter(|b| agencies::actor(b).is_some())
            .collect(),
        &|f| f.bearer.as_deref(),
    )
    .into_iter()
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
