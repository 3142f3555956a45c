//! The rendered report: findings, groups and counts.

use super::{actor_name, bearer_name, issue_date_note, rulebook, zone_name};
use crate::answer::view::{ReasonView, RulebookView};
use crate::dates::IsoDate;
use crate::messages::Lang;
use crate::report::{Counts, Finding, Group, Item, Report, Severity};

use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

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
    /// 「[실례]」 / "[illustrative]".
    pub illustrative: bool,
}

impl FindingView {
    /// Renders `f` in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(f: &Finding, reg: &crate::register::Register, lang: Lang) -> Self {
        let (rule, outcome, label, reasons, needs_human, year) = match &f.item {
            Item::Answer(a) => (
                a.rule_id,
                a.outcome.as_str(),
                a.outcome.label(lang),
                &a.reasons,
                a.needs_human.as_slice(),
                None,
            ),
            Item::Duty(d) => (
                d.rule_id,
                d.status.as_str(),
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
