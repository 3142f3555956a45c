//! The rendered report: findings, groups and counts.

use super::{actor_name, bearer_name, issue_date_note, rulebook, zone_name};
use crate::answer::view::{ReasonView, RulebookView};
use crate::dates::IsoDate;
use crate::messages::Lang;
use crate::report::{Counts, FindingRef, Group, Item, Report, ReportFilter, Severity};
use crate::words::Phrase;

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
    /// It rests on made-up (ILLUSTRATIVE) records of the register: show it as 「\[示例\]」 /
    /// 「\[실례\]」 / "\[illustrative\]".
    pub illustrative: bool,
}

impl FindingView {
    /// Renders `f` in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(f: FindingRef<'_>, reg: &crate::register::ValidRegister, lang: Lang) -> Self {
        let (reasons, needs_human) = match f.item {
            Item::Answer(a) => (&a.reasons, a.needs_human.as_slice()),
            Item::Duty(d) => (&d.reasons, &[][..]),
        };
        let (rule, f) = (f.finding.rule_id(), f.finding);
        Self {
            severity: f.severity,
            date: (f.date).map(IsoDate),
            rule_id: rule.as_str(),
            citation: rule.citation(),
            outcome: f.outcome(),
            outcome_label: f.outcome_label(lang),
            zone_id: f.zone_id.as_deref().map(String::from),
            county_id: f.county_id.as_deref().map(String::from),
            bearer: f.bearer.as_deref().map(String::from),
            bearer_name: f.bearer.as_deref().map(|b| bearer_name(b, reg, lang)),
            year: f.year(),
            reasons: reasons.iter().map(|r| ReasonView::new(r, lang)).collect(),
            needs_human: needs_human
                .iter()
                .map(|r| ReasonView::new(r, lang))
                .collect(),
            illustrative: f.is_illustrative(),
        }
    }
}

/// A bearer, county or zone with its name in the language.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct NameView {
    /// Code or zone id.
    pub id: String,
    /// Its name in the language.
    pub name: String,
}

/// One line of the report as a person reads it: one finding, or the repeated findings of one
/// rule that are for review (same rule, same outcome), merged with their count and the bearers
/// and zones they concern.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct LineView {
    /// Severity.
    pub severity: Severity,
    /// Rule id.
    pub rule_id: &'static str,
    /// `YB-DZ-OPINIONS/<rule id>`.
    pub citation: String,
    /// The outcome or duty status code the findings share.
    pub outcome: &'static str,
    /// It in the language.
    pub outcome_label: &'static str,
    /// How many findings the line stands for.
    pub count: usize,
    /// Indices into the report's `findings`, in order.
    pub findings: Vec<usize>,
    /// The date they share, if they share one.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub date: Option<IsoDate>,
    /// The bearers of the duties (or the county of a county finding), without repeats.
    pub bearers: Vec<NameView>,
    /// The zones concerned, without repeats.
    pub zones: Vec<NameView>,
    /// The years of recurring duties, ascending, without repeats.
    pub years: Vec<i32>,
    /// How many of them rest on made-up (ILLUSTRATIVE) records.
    pub illustrative: usize,
    /// For unknown duties: what to record to settle them, in the language.
    pub to_settle: Option<&'static str>,
}

/// One narrowing of a filtered report, with what it names in the language.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FilterView {
    /// `county`, `zone`, `agency`, `severity` or `rule`.
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "\"county\" | \"zone\" | \"agency\" | \"severity\" | \"rule\"")
    )]
    pub field: &'static str,
    /// The code, id, severity or rule id kept.
    pub value: String,
    /// What the field is, in the language.
    pub field_label: &'static str,
    /// Its name or label in the language (the rule's short name for a rule).
    pub label: String,
}

/// What each total of the report counts, in the language: shown beside it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct TotalsNotes {
    /// The overall total: how many zone findings, county findings and duties.
    pub total: String,
    /// The totals per zone.
    pub by_zone: &'static str,
    /// The totals per county.
    pub by_county: &'static str,
    /// The totals per agency (bearer).
    pub by_agency: &'static str,
    /// What "unknown" counts (the same as in the obligations).
    pub unknown: &'static str,
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

/// Which findings a page of the report renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct PageView {
    /// The index of the first finding rendered, in the whole report.
    pub offset: usize,
    /// How many findings are rendered.
    pub count: usize,
    /// How many findings the whole report holds (every finding the filter keeps).
    pub total: usize,
    /// The `offset` of the next page; absent on the last page, and on a page of none
    /// (`limit: 0`, which asks for the counts, groups and totals alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub next: Option<usize>,
}

impl PageView {
    /// The page from `offset` (as asked, even past the end: then empty) of at most `limit`
    /// findings (`None`: to the end) of `total`.
    #[must_use]
    pub fn new(offset: usize, limit: Option<usize>, total: usize) -> Self {
        let start = offset.min(total);
        let end = limit.map_or(total, |l| start.saturating_add(l).min(total));
        Self {
            offset,
            count: end - start,
            total,
            next: (end > start && end < total).then_some(end),
        }
    }

    /// Whether finding `i` of the whole report is on the page.
    #[must_use]
    pub fn holds(&self, i: usize) -> bool {
        i >= self.offset && i - self.offset < self.count
    }
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
    /// Which findings are rendered, when the options asked for a page (`offset`, `limit`);
    /// absent otherwise (every finding is).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub page: Option<PageView>,
    /// Every finding, by severity then date (those of the page when one is asked: the first is
    /// finding `page.offset` of the whole report).
    pub findings: Vec<FindingView>,
    /// Per zone.
    pub zones: Vec<GroupView>,
    /// Per county.
    pub counties: Vec<GroupView>,
    /// Per agency, county or actor bearing a duty.
    pub agencies: Vec<GroupView>,
    /// The findings as lines to read: repeated findings for review of one rule merged (on a
    /// page, the lines whose first finding is on it; their indices are the whole report's).
    pub lines: Vec<LineView>,
    /// What narrowed the report (empty: nothing; every finding is in it).
    pub filter: Vec<FilterView>,
    /// What each total counts.
    pub notes: TotalsNotes,
    /// Language of the messages.
    pub lang: Lang,
    /// Rulebook version and source hash.
    pub rulebook: RulebookView,
}

/// Which findings a report's view renders.
#[derive(Clone, Copy)]
enum Rendered<'a> {
    /// Those of the page, or all without one.
    Page,
    /// The first findings of the lines of the severities shown (the whole report).
    LineStarts(&'a dyn Fn(Severity) -> bool),
    /// None (the caller renders them one at a time).
    None,
}

impl ReportView {
    /// Renders `r` in `lang`; `reg` gives the zones' and counties' names.
    #[must_use]
    pub fn new(r: &Report, reg: &crate::register::ValidRegister, lang: Lang) -> Self {
        Self::paged(r, reg, lang, None)
    }

    /// [`ReportView::new`] rendering only the findings of `page` (and the lines that start on
    /// them) when one is given.
    #[must_use]
    pub fn paged(
        r: &Report,
        reg: &crate::register::ValidRegister,
        lang: Lang,
        page: Option<PageView>,
    ) -> Self {
        Self::paged_groups(r, reg, lang, page, true)
    }

    /// [`ReportView::paged`], each group's `findings` left empty unless `group_findings` (for
    /// `api::ReportParts`, which gives them apart from the text, read from `r`'s groups).
    #[must_use]
    pub(crate) fn paged_groups(
        r: &Report,
        reg: &crate::register::ValidRegister,
        lang: Lang,
        page: Option<PageView>,
        group_findings: bool,
    ) -> Self {
        Self::made(r, reg, lang, page, group_findings, Rendered::Page)
    }

    /// The whole report (no page) with only the findings that start a line of a severity
    /// `shown` rendered, in order, and no group's `findings`: all that the report's text reads
    /// of them (`text::report_of_line_starts`; perf: a view and a JSON tree of every finding
    /// were 418 MB for the text of a 1,000-zone report, which shows the first finding of each
    /// line).
    #[must_use]
    pub fn line_starts(
        r: &Report,
        reg: &crate::register::ValidRegister,
        lang: Lang,
        shown: &dyn Fn(Severity) -> bool,
    ) -> Self {
        Self::made(r, reg, lang, None, false, Rendered::LineStarts(shown))
    }

    /// [`ReportView::paged`] with no finding rendered (`findings` empty), for a caller that
    /// writes them one at a time ([`ReportView::finding_views`]: `api::report_each`).
    #[must_use]
    pub fn without_findings(
        r: &Report,
        reg: &crate::register::ValidRegister,
        lang: Lang,
        page: Option<PageView>,
    ) -> Self {
        Self::made(r, reg, lang, page, true, Rendered::None)
    }

    /// The views of the findings [`ReportView::paged`] renders (those of `page`, or all), in
    /// order, each made as it is asked for.
    pub fn finding_views<'v>(
        r: &'v Report<'v>,
        reg: &'v crate::register::ValidRegister,
        lang: Lang,
        page: Option<PageView>,
    ) -> impl Iterator<Item = FindingView> + 'v {
        // By the findings' places in report order (a page's report holds the items of its own
        // findings alone).
        (0..r.findings.len())
            .filter(move |i| page.is_none_or(|p| p.holds(*i)))
            .filter_map(|i| r.nth(i))
            .filter_map(|finding| r.finding_ref(finding))
            .map(move |f| FindingView::new(f, reg, lang))
    }

    /// [`ReportView::paged_groups`], rendering the findings `rendered` says.
    fn made(
        r: &Report,
        reg: &crate::register::ValidRegister,
        lang: Lang,
        page: Option<PageView>,
        group_findings: bool,
        rendered: Rendered<'_>,
    ) -> Self {
        let group = |g: &Group, name: String| GroupView {
            id: g.id.clone(),
            name,
            counts: g.counts,
            findings: if group_findings {
                g.findings.clone()
            } else {
                Vec::new()
            },
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
        let on_page = |i: usize| page.is_none_or(|p| p.holds(i));
        let lines = lines(r, reg, lang, &on_page);
        let findings: Vec<FindingView> = match rendered {
            Rendered::Page => Self::finding_views(r, reg, lang, page).collect(),
            // The first findings of the lines shown, in order (the lines come in the order of
            // their first findings).
            Rendered::LineStarts(shown) => lines
                .iter()
                .filter(|l| shown(l.severity))
                .filter_map(|l| l.findings.first())
                .filter_map(|&i| r.nth(i).and_then(|f| r.finding_ref(f)))
                .map(|f| FindingView::new(f, reg, lang))
                .collect(),
            Rendered::None => Vec::new(),
        };
        let filter = filter_view(&r.filter, reg, lang);
        let (mut zone_findings, mut county_findings, mut duties) = (0, 0, 0);
        for f in &r.findings {
            match (f.is_duty(), &f.zone_id) {
                (true, _) => duties += 1,
                (false, Some(_)) => zone_findings += 1,
                (false, None) => county_findings += 1,
            }
        }
        let total = crate::text::fill_phrase(
            Phrase::TotalNote,
            &[
                ("zones", &alloc::format!("{zone_findings}")),
                ("counties", &alloc::format!("{county_findings}")),
                ("duties", &alloc::format!("{duties}")),
            ],
            lang,
        );
        let notes = TotalsNotes {
            total,
            by_zone: Phrase::ByZoneNote.label(lang),
            by_county: Phrase::ByCountyNote.label(lang),
            by_agency: Phrase::ByAgencyNote.label(lang),
            unknown: Phrase::UnknownNote.label(lang),
        };
        Self {
            as_of: IsoDate(r.as_of),
            issue_date: IsoDate(r.issue_date),
            issue_date_hypothetical: r.issue_date_hypothetical,
            issue_date_note: issue_date_note(reg, lang),
            counts: r.counts,
            page,
            findings,
            zones: r.zones.iter().map(|g| group(g, zone_name(&g.id))).collect(),
            counties: r
                .counties
                .iter()
                .map(|g| group(g, county_name(&g.id)))
                .collect(),
            agencies: r
                .agencies
                .iter()
                .map(|g| group(g, bearer_name(&g.id, reg, lang)))
                .collect(),
            lines,
            filter,
            notes,
            lang,
            rulebook: rulebook(),
        }
    }
}

/// The findings as lines: each finding in order, except that the findings for review of one
/// rule with one outcome become one line, where the first of them stands. Only the lines whose
/// first finding is `on_page` are made (and only theirs have their names looked up).
fn lines(
    r: &Report,
    reg: &crate::register::ValidRegister,
    lang: Lang,
    on_page: &dyn Fn(usize) -> bool,
) -> Vec<LineView> {
    let mut out: Vec<LineView> = Vec::new();
    // (rule, outcome) of each merged line → its index in `out`, or `None` when its first finding
    // is not on the page: the line is left out, and so are the later findings it merges.
    // The outcome by its text, the rule by its id (in the crate's one B-tree, `Seen`).
    let mut merged = crate::seen::Seen::default();
    // (line, bearer or zone id) already named on a line: a set, so that a merged line of many
    // zones stays linear.
    let mut named = crate::seen::Seen::default();
    let line_key = |index: usize| i64::try_from(index).unwrap_or(i64::MAX);
    for (i, f) in r.in_order().enumerate() {
        let (outcome, year) = (f.outcome(), f.year());
        let rule = f.rule_id();
        let at = if f.severity == Severity::Review {
            merged.get(outcome, rule.as_str(), 0)
        } else {
            None
        };
        // A line is kept when its first finding is on the page; the lines that are not are
        // not made (a page of 50 of a 1,000-zone report made 36,000 lines to keep 50).
        let at = match at {
            Some(None) => continue,
            Some(Some(j)) => Some(j),
            None if !on_page(i) => {
                if f.severity == Severity::Review {
                    merged.set(outcome, rule.as_str(), 0, None);
                }
                continue;
            }
            None => None,
        };
        let index = at.unwrap_or(out.len());
        let line = match at.and_then(|j| out.get_mut(j)) {
            Some(line) => line,
            None => {
                if f.severity == Severity::Review {
                    merged.set(outcome, rule.as_str(), 0, Some(out.len()));
                }
                let settle = match r.item(f) {
                    Some(Item::Duty(d)) => crate::report::settle(d).map(|s| s.label(lang)),
                    _ => None,
                };
                out.push(LineView {
                    severity: f.severity,
                    rule_id: rule.as_str(),
                    citation: rule.citation(),
                    outcome,
                    outcome_label: f.outcome_label(lang),
                    count: 0,
                    findings: Vec::new(),
                    date: (f.date).map(IsoDate),
                    bearers: Vec::new(),
                    zones: Vec::new(),
                    years: Vec::new(),
                    illustrative: 0,
                    to_settle: settle,
                });
                match out.last_mut() {
                    Some(line) => line,
                    None => continue,
                }
            }
        };
        line.count += 1;
        line.findings.push(i);
        if line.date.map(|d| d.get()) != f.date {
            line.date = None;
        }
        if f.is_illustrative() {
            line.illustrative += 1;
        }
        let subject = f.bearer.as_deref().or(f
            .zone_id
            .is_none()
            .then_some(f.county_id.as_deref())
            .flatten());
        if let Some(b) = subject {
            if named.first_of(b, "bearer", line_key(index)) {
                line.bearers.push(NameView {
                    id: String::from(b),
                    name: String::new(),
                });
            }
        }
        if let Some(z) = f.zone_id.as_deref() {
            if f.bearer.as_deref() != Some(z) && named.first_of(z, "zone", line_key(index)) {
                line.zones.push(NameView {
                    id: String::from(z),
                    name: String::new(),
                });
            }
        }
        if let Some(y) = year {
            if let Err(k) = line.years.binary_search(&y) {
                line.years.insert(k, y);
            }
        }
    }
    for line in &mut out {
        for b in &mut line.bearers {
            b.name = bearer_name(&b.id, reg, lang);
        }
        for z in &mut line.zones {
            z.name = zone_name(reg, &z.id, lang);
        }
    }
    out
}

/// The filter with the names of what it keeps, in `lang`.
fn filter_view(
    f: &ReportFilter,
    reg: &crate::register::ValidRegister,
    lang: Lang,
) -> Vec<FilterView> {
    let mut out = Vec::new();
    let mut push = |field: &'static str, label: Phrase, value: String, name: String| {
        out.push(FilterView {
            field,
            value,
            field_label: label.label(lang),
            label: name,
        });
    };
    if let Some(c) = &f.county {
        push(
            "county",
            Phrase::FilterCounty,
            c.clone(),
            actor_name(c, lang),
        );
    }
    if let Some(z) = &f.zone {
        push(
            "zone",
            Phrase::FilterZone,
            z.clone(),
            zone_name(reg, z, lang),
        );
    }
    if let Some(a) = &f.agency {
        push(
            "agency",
            Phrase::FilterAgency,
            a.clone(),
            bearer_name(a, reg, lang),
        );
    }
    if let Some(s) = f.severity {
        push(
            "severity",
            Phrase::FilterSeverity,
            String::from(s.as_str()),
            String::from(s.label(lang)),
        );
    }
    if let Some(r) = f.rule {
        let name = crate::rules::short_name(r).map_or(r.meta().title_in(lang), |n| n.pick(lang));
        push(
            "rule",
            Phrase::FilterRule,
            String::from(r.as_str()),
            String::from(name),
        );
    }
    out
}
