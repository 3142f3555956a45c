//! The compliance report: every finding of a register as of a date, by severity, grouped per
//! zone, county and agency.

use crate::dates::IsoDate;
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::sync::Arc;
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
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The date of the report.
    pub as_of: IsoDate,
}

pub use crate::severity::Severity;

/// The options of the report: the language and parameters of every call, and what narrows the
/// report. A county, zone or agency is given by its code or by any of its names (see
/// [`crate::lookup`]: `图们`, `도문`, `Tumen`; `图们经开区`; `商务局`, `령도소조`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        default,
        expecting = "the report's options, such as `{\"lang\": \"en\", \"county\": \"图们\"}`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ReportOptions {
    /// Language of messages and labels: `zh` (default), `en` or `ko`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub lang: crate::words::Lang,
    /// Parameter overrides; anything not given keeps its documented default.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub params: Params,
    /// Only the findings about one county (city): its zones, its own duties and its
    /// one-zone-per-county finding. Its code or any name (`CTY.TUMEN`, `图们`, `도문`, `Tumen`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub county: Option<String>,
    /// Only the findings about one zone of the register, and the duties about it. Its id or any
    /// name (`TM-EDZ`, `图们经开区`, `도문경제개발구`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub zone: Option<String>,
    /// Only the duties one bearer owes: an agency, actor or county, or a zone for its own duties.
    /// Its code or any name (`AG.COMMERCE`, `商务局`, `ACT.LG`, `领导小组`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub agency: Option<String>,
    /// Only the findings of one severity.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub severity: Option<Severity>,
    /// Only the findings of one rule (`art-11.b`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rule: Option<String>,
    /// Paging: the first finding to render, counted from 0 in the report's order (default 0).
    /// Only what is rendered changes: the counts, the groups and the lines' indices stay those
    /// of the whole report (of every finding the filter keeps).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub offset: Option<u32>,
    /// Paging: at most this many findings rendered from `offset` (default: every one), with the
    /// lines that start on them. A register of 1,000 zones over 10 years has some 36,000
    /// findings (38 MB of JSON rendered whole); a portal asks for a page at a time.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub limit: Option<u32>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(ReportOptions {
    name: "ReportOptions",
    expecting: "the report's options, such as `{\"lang\": \"en\", \"county\": \"图们\"}`",
    blank: ReportOptions::default(),
    fields: [
        "lang" => lang,
        "params" => params,
        "county" => county,
        "zone" => zone,
        "agency" => agency,
        "severity" => severity,
        "rule" => rule,
        "offset" => offset,
        "limit" => limit,
    ],
});

impl ReportOptions {
    /// The filter these options ask for, each name looked up in `reg` ([`crate::lookup`]);
    /// errors name `options.<field>` and show the candidates' names in the options' language.
    ///
    /// # Errors
    /// `INVALID_OPTIONS` for a name that is unknown or ambiguous, or an unknown rule id.
    pub fn filter(&self, reg: &Register) -> Result<ReportFilter, Error> {
        use crate::lookup::{resolve, Among};
        let find = |value: &Option<String>, among: Among, field: &str| {
            value
                .as_deref()
                .map(|v| {
                    resolve(v, among, Some(reg), &alloc::format!("options.{field}"))
                        .map(|e| e.code)
                        .map_err(|e| Error {
                            code: crate::error::ErrorCode::InvalidOptions,
                            ..e
                        })
                })
                .transpose()
        };
        let rule = self
            .rule
            .as_deref()
            .map(|r| {
                crate::rules::RuleId::parse(r.trim()).ok_or_else(|| {
                    Error::options(
                        crate::error::Problem::UnknownReference,
                        "options.rule",
                        text!(
                            zh: "未知规则 `{r}`",
                            ko: "알 수 없는 규칙 `{r}`",
                            en: "unknown rule `{r}`"
                        ),
                    )
                    .with_expected(text!(
                        zh: "如 `art-11.b` 的规则编号",
                        ko: "`art-11.b`와 같은 규칙 번호",
                        en: "a rule id such as `art-11.b`"
                    ))
                    .with_help(crate::rules::rule_help(r))
                })
            })
            .transpose()?;
        Ok(ReportFilter {
            county: find(&self.county, Among::Counties, "county")?,
            zone: find(&self.zone, Among::Zones, "zone")?,
            agency: find(&self.agency, Among::Bearers, "agency")?,
            severity: self.severity,
            rule,
        })
    }
}

/// What a finding is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A rule's answer about a zone or a county. Boxed: an answer is 256 bytes and a duty 104,
    /// and a report's list of items holds 36,000 of them for 1,000 zones, most of them duties
    /// (perf: unboxed, that list was 10 MB, faulted in afresh by every report natively; boxed
    /// and with the zones' answers off a page not kept, 4 MB: 107,000 → 16,000 page faults and
    /// −20 % time for twenty 1,000-zone pages).
    Answer(Box<Answer<FindingDetail>>),
    /// A duty instance.
    Duty(Duty),
}

/// A finding's item as a report holds it: made, or (a zone's finding off a page, in a report
/// made for its page: [`report_page`]) to be made again only if it is rendered, as the `nth`
/// answer of the zone summary of the register's `zone`-th zone (`summary::zone_findings`, a
/// pure function of the register, the zone, the date and the parameters). (perf: a 1,000-zone
/// report's page of 50 held its 12,000 zone answers to the end and freed them all then, a tenth
/// of its instructions on memory long gone cold; each is now freed as soon as its finding has
/// read it, and the allocator hands that memory to the next zone's answers: the same
/// instructions, the first page 13–20 % faster and ~30 % less peak memory natively; with the
/// answers boxed in their items, pages asked again and again ~15 % faster too:
/// docs/benchmarks.md, 2026-12-05, third session.) A made item is boxed: a slot is 24 bytes where
/// an item holding a duty is some 110 (perf: a 1,000-zone page's list of slots was 4 MB, written
/// and read again for 50 of them; a whole report's 36,000 boxes cost some 0.4 %).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    Made(Box<Item>),
    /// A zone's finding read as its head ([`crate::summary::zone_heads`]), off the page.
    /// (Natively only until the heads: in the wasm module a page of answers freed early
    /// measured no faster; with the heads, a 1,000-zone page in Node is 26–27 → 16–18 ms.)
    Later {
        zone: usize,
        nth: usize,
    },
    /// A duty made lean ([`duties::is_made_lean`]), off the page: what its finding does not
    /// hold of it, to make it whole again ([`LeanDuty::whole`]) if it is rendered. (perf: a
    /// 1,000-zone page held 24,000 duties of some 130 bytes each to the end, a list of 5 MB
    /// written, read again and dropped with three reference counts each.)
    LeanDuty(LeanDuty),
}

/// A duty made lean, off a page, as its slot keeps it: with its finding's rule, zone, bearer
/// and year, all there is to it but its reasons (made again in full: `duties::full_reasons`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LeanDuty {
    role: duties::Role,
    kind: DutyKind,
    start: Option<NaiveDate>,
    due: Option<NaiveDate>,
    done_date: Option<NaiveDate>,
    status: duties::DutyStatus,
}

impl LeanDuty {
    fn of(d: &Duty) -> Self {
        Self {
            role: d.role,
            kind: d.kind,
            start: d.start,
            due: d.due,
            done_date: d.done_date,
            status: d.status,
        }
    }

    /// The duty of `rule` borne by `bearer` (who satisfies it: [`duties::is_made_lean`]) about
    /// `zone` for `year`, without its reasons.
    #[cfg_attr(
        not(any(feature = "serde", debug_assertions)),
        allow(
            dead_code,
            reason = "a page written as JSON makes it whole, and debug builds check it"
        )
    )]
    fn whole(
        self,
        rule: crate::rules::RuleId,
        zone: Option<&str>,
        bearer: &str,
        year: Option<i32>,
    ) -> Duty {
        let bearer: Arc<str> = Arc::from(bearer);
        Duty {
            rule_id: rule,
            satisfied_by: Arc::clone(&bearer),
            bearer,
            role: self.role,
            kind: self.kind,
            zone_id: zone.map(Arc::from),
            year,
            start: self.start,
            due: self.due,
            done_date: self.done_date,
            status: self.status,
            reasons: Vec::new(),
        }
    }
}

impl Slot {
    /// The item, if it is made.
    const fn made(&self) -> Option<&Item> {
        match self {
            Self::Made(item) => Some(&**item),
            Self::Later { .. } | Self::LeanDuty(_) => None,
        }
    }
}

/// What a finding says: a rule's outcome, or a duty's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Outcome(crate::answer::Outcome),
    Status(duties::DutyStatus),
}

/// One finding of the report: what it is (its rule, outcome or status, severity, date and
/// ids), read from its answer or duty once; the answer or duty itself is in
/// [`Report::items`] ([`Report::item`]).
///
/// Its ids are the register's own texts (or the codes' `static`s), not copies: a copy of each
/// was two or three allocations per finding, a tenth of a 1,000-zone report in the wasm module
/// once freed too. (An id found in neither is copied: none is, as the duties name them.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding<'r> {
    /// Its severity.
    pub severity: Severity,
    /// The date it turns on (due date, start of a measure, end of a window), if any.
    pub date: Option<NaiveDate>,
    /// The zone, for zone findings.
    pub zone_id: Option<Cow<'r, str>>,
    /// The county: a zone's county, the county of art-02.c, or a county bearing a duty.
    pub county_id: Option<Cow<'r, str>>,
    /// The bearer, for duties (a zone's id for a zone's own duty).
    pub bearer: Option<Cow<'r, str>>,
    rule: crate::rules::RuleId,
    state: State,
    year: Option<i32>,
    illustrative: bool,
    /// Its answer or duty's place in [`Report::items`].
    item: usize,
}

/// What a finding reads of its answer or duty: its severity, rule, outcome or status, year and
/// whether it rests on made-up records.
type Head = (Severity, crate::rules::RuleId, State, Option<i32>, bool);

/// The [`Head`] of a zone's or a county's answer.
fn answer_head(a: &Answer<FindingDetail>) -> Head {
    (
        answer_severity(a),
        a.rule_id,
        State::Outcome(a.outcome),
        None,
        crate::illustrative::is_marked(&a.reasons),
    )
}

/// The [`Head`] of a duty.
fn duty_head(d: &Duty) -> Head {
    (
        duty_severity(d),
        d.rule_id,
        State::Status(d.status),
        d.year,
        d.is_illustrative(),
    )
}

/// A finding's zone, county and bearer.
type Ids<'r> = (
    Option<Cow<'r, str>>,
    Option<Cow<'r, str>>,
    Option<Cow<'r, str>>,
);

impl<'r> Finding<'r> {
    /// The finding of an item whose [`Head`] is `head` (its place among the report's items
    /// `at`), with its date and ids.
    fn of(head: Head, at: usize, date: Option<NaiveDate>, ids: Ids<'r>) -> Self {
        let (zone_id, county_id, bearer) = ids;
        let (severity, rule, state, year, illustrative) = head;
        Self {
            severity,
            date,
            zone_id,
            county_id,
            bearer,
            rule,
            state,
            year,
            illustrative,
            item: at,
        }
    }

    /// Whether it rests on made-up (ILLUSTRATIVE) records: its reasons start with
    /// `ILLUSTRATIVE_RECORDS`.
    #[must_use]
    pub fn is_illustrative(&self) -> bool {
        self.illustrative
    }

    /// Whether nothing is known: a duty `UNKNOWN`, or a check answered `UNKNOWN`.
    #[must_use]
    pub fn is_unknown(&self) -> bool {
        match self.state {
            State::Outcome(o) => o == crate::answer::Outcome::Unknown,
            State::Status(s) => s == duties::DutyStatus::Unknown,
        }
    }

    /// Whether it is a duty (not a rule's answer about a zone or a county).
    #[must_use]
    pub fn is_duty(&self) -> bool {
        matches!(self.state, State::Status(_))
    }

    /// The rule it comes from.
    #[must_use]
    pub fn rule_id(&self) -> crate::rules::RuleId {
        self.rule
    }

    /// Its outcome's code: the rule's outcome, or the duty's status.
    #[must_use]
    pub fn outcome(&self) -> &'static str {
        match self.state {
            State::Outcome(o) => o.as_str(),
            State::Status(s) => s.as_str(),
        }
    }

    /// Its outcome in `lang`.
    #[must_use]
    pub fn outcome_label(&self, lang: crate::words::Lang) -> &'static str {
        match self.state {
            State::Outcome(o) => o.label(lang),
            State::Status(s) => s.label(lang),
        }
    }

    /// The year of a recurring duty.
    #[must_use]
    pub fn year(&self) -> Option<i32> {
        self.year
    }
}

/// A finding with its answer or duty ([`Report::iter`]).
#[derive(Clone, Copy, Debug)]
pub struct FindingRef<'r> {
    /// The finding.
    pub finding: &'r Finding<'r>,
    /// Its answer or duty.
    pub item: &'r Item,
}

/// Which findings a report keeps: all of them by default; each field given narrows it (a finding
/// must pass every one).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportFilter {
    /// A county's code (`CTY.TUMEN`): the findings about its zones, its own duties and art-02.c.
    pub county: Option<String>,
    /// A zone's id (`TM-EDZ`): the findings about the zone and the duties about it.
    pub zone: Option<String>,
    /// A bearer's code (`AG.COMMERCE`, `CTY.TUMEN`, `ACT.LG`) or a zone's id: the duties it owes.
    pub agency: Option<String>,
    /// One severity.
    pub severity: Option<Severity>,
    /// One rule.
    pub rule: Option<crate::rules::RuleId>,
}

impl ReportFilter {
    /// Whether nothing narrows the report.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether `f` passes.
    #[must_use]
    pub fn keeps(&self, f: &Finding<'_>) -> bool {
        let same = |want: &Option<String>, have: &Option<Cow<'_, str>>| {
            want.as_deref().is_none_or(|w| have.as_deref() == Some(w))
        };
        same(&self.county, &f.county_id)
            && same(&self.zone, &f.zone_id)
            && same(&self.agency, &f.bearer)
            && self.severity.is_none_or(|s| s == f.severity)
            && self.rule.is_none_or(|r| r == f.rule_id())
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
    /// Of all of them, how many are unknown: a duty with no information (`UNKNOWN`, the same
    /// duties the obligations count as unknown) or a check answered `UNKNOWN` (nothing on
    /// record to check). Whatever their severity: an open item with nothing recorded is
    /// information, yet unknown.
    pub unknown: usize,
    /// Of all of them, how many rest on made-up (ILLUSTRATIVE) records.
    pub illustrative: usize,
}

/// What the counts read of a finding, read once: the counts of the whole report and of its
/// zone, county and agency groups read each finding four times (perf: looking through its
/// reasons for the made-up-records notice each time was most of the groups' cost).
#[derive(Clone, Copy)]
struct Tally {
    severity: Severity,
    illustrative: bool,
    unknown: bool,
}

impl Tally {
    fn of(f: &Finding<'_>) -> Self {
        Self {
            severity: f.severity,
            illustrative: f.is_illustrative(),
            unknown: f.is_unknown(),
        }
    }
}

impl Counts {
    fn add(&mut self, t: Tally) {
        let s = t.severity;
        self.total += 1;
        if t.illustrative {
            self.illustrative += 1;
        }
        if t.unknown {
            self.unknown += 1;
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
pub struct Report<'r> {
    /// The date of the report.
    pub as_of: NaiveDate,
    /// The register's issuance date.
    pub issue_date: NaiveDate,
    /// Whether the issuance date is a stand-in (`issueDateHypothetical`).
    pub issue_date_hypothetical: bool,
    /// Every finding, by severity, then date.
    pub findings: Vec<Finding<'r>>,
    /// For a page's report ([`report_page`], made for its page alone), the findings' report
    /// order, `findings` being left in the order they were made: the `k`-th finding is
    /// `findings[order[k]]` ([`Report::nth`]). `None`: `findings` is in report order. (perf:
    /// putting a 1,000-zone page's 36,000 findings of 104 bytes in order where they were, one
    /// cycle of swaps at a time, was a tenth of the page's time, nearly all of it waiting for
    /// memory: the page reads its 50 findings and the lines through the order instead.)
    order: Option<Vec<u32>>,
    /// The findings' answers and duties, in the order they were made (not the findings'
    /// order): [`Report::item`] gives a finding's. Kept apart so that sorting moves the small
    /// findings alone, and so that they are dropped in the order they were made (perf: in the
    /// wasm module, dropping a 1,000-zone report's 36,000 answers and duties in report order was
    /// a fifth of the report, and moving them whole in the sort another tenth). Private: each
    /// finding holds what it read of its item.
    items: Vec<Slot>,
    /// Per zone, in register order.
    pub zones: Vec<Group>,
    /// Per county, in register order.
    pub counties: Vec<Group>,
    /// Per agency, county or actor bearing a duty (a zone's own duties are in its zone group).
    pub agencies: Vec<Group>,
    /// Counts over all findings.
    pub counts: Counts,
    /// The filter the findings passed (empty: every finding).
    pub filter: ReportFilter,
}

impl<'r> Report<'r> {
    /// The duties of the findings from `start` (at most `count` of them) that a lean report
    /// made without their reasons given their reasons in full (`duties::full_reasons`): the
    /// page that is rendered.
    ///
    /// # Errors
    /// As [`report`].
    #[cfg(feature = "serde")]
    fn fill(
        &mut self,
        reg: &ValidRegister,
        params: &Params,
        start: usize,
        count: usize,
    ) -> Result<(), Error> {
        // The zones' findings to make again (`report_page`): each one's zone, its
        // place in the zone's summary and its item's place.
        let mut later: Vec<(usize, usize, usize)> = Vec::new();
        let (findings, order) = (&self.findings, self.order.as_deref());
        let page = (start..start.saturating_add(count)).map_while(|k| nth_in(findings, order, k));
        for f in page {
            match self.items.get_mut(f.item) {
                Some(Slot::Made(item)) => {
                    if let Item::Duty(d) = &mut **item {
                        if let Some(reasons) = duties::full_reasons(reg, d, self.as_of, params)? {
                            d.reasons = reasons;
                        }
                    }
                }
                Some(slot @ Slot::LeanDuty(_)) => {
                    if let (Slot::LeanDuty(lean), Some(bearer)) = (&*slot, f.bearer.as_deref()) {
                        let mut d = lean.whole(f.rule, f.zone_id.as_deref(), bearer, f.year);
                        if let Some(reasons) = duties::full_reasons(reg, &d, self.as_of, params)? {
                            d.reasons = reasons;
                        }
                        *slot = Slot::Made(Box::new(Item::Duty(d)));
                    }
                }
                Some(Slot::Later { zone, nth }) => later.push((*zone, *nth, f.item)),
                None => {}
            }
        }
        self.make_again(reg, params, later)?;
        Ok(())
    }

    /// The zones' findings of a page left to be made later ([`Slot::Later`]), given as their
    /// zone, their place in its summary and their item's place, made again: sorted so that each
    /// zone's summary is made once however many of its findings are on the page.
    ///
    /// # Errors
    /// As [`report`].
    #[cfg(feature = "serde")]
    fn make_again(
        &mut self,
        reg: &ValidRegister,
        params: &Params,
        mut later: Vec<(usize, usize, usize)>,
    ) -> Result<(), Error> {
        // Through the crate's one sort (a sort of its own type was another copy of the sorting
        // code in the wasm module).
        crate::order::sort_with(&mut later, &|a, b| a.cmp(b));
        let mut made: Vec<Answer<FindingDetail>> = Vec::new();
        let mut made_for = None;
        for (zone, nth, item) in later {
            if made_for != Some(zone) {
                let Some(z) = reg.zones.get(zone) else {
                    continue;
                };
                made = crate::summary::zone_findings(reg, z, self.as_of, params)?;
                made_for = Some(zone);
            }
            if let (Some(answer), Some(slot)) = (
                // A copy: cheap beside making the zone's summary, and no list of options.
                made.get(nth).cloned(),
                self.items.get_mut(item),
            ) {
                *slot = Slot::Made(Box::new(Item::Answer(Box::new(answer))));
            }
        }
        Ok(())
    }

    /// The answer or duty of `f` (one of [`Report::findings`]; `None` for a finding of another
    /// report).
    #[must_use]
    pub fn item(&self, f: &Finding<'_>) -> Option<&Item> {
        self.items.get(f.item).and_then(Slot::made)
    }

    /// The answers and duties of the findings, in the order they were made. (Every finding's:
    /// only the crate's own page of a report leaves some to be made later.)
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter_map(Slot::made)
    }

    /// Every finding with its answer or duty, in report order.
    pub fn iter(&self) -> impl Iterator<Item = FindingRef<'_>> {
        self.in_order().filter_map(|f| self.finding_ref(f))
    }

    /// The `k`-th finding in report order (`findings[k]`, but for a page's report).
    pub(crate) fn nth(&self, k: usize) -> Option<&Finding<'r>> {
        nth_in(&self.findings, self.order.as_deref(), k)
    }

    /// The findings in report order.
    pub(crate) fn in_order(&self) -> impl Iterator<Item = &Finding<'r>> {
        (0..self.findings.len()).map_while(|k| self.nth(k))
    }

    /// `finding` (one of [`Report::findings`]) with its answer or duty; `None` when the report
    /// does not hold it made (a page's report holds its own findings' alone).
    pub(crate) fn finding_ref<'a>(&'a self, finding: &'a Finding<'r>) -> Option<FindingRef<'a>> {
        self.item(finding).map(|item| FindingRef { finding, item })
    }
}

/// The `k`-th of `findings` in report order: `findings[order[k]]`, or `findings[k]` when they
/// are in report order ([`Report::order`]).
fn nth_in<'a, 'r>(
    findings: &'a [Finding<'r>],
    order: Option<&[u32]>,
    k: usize,
) -> Option<&'a Finding<'r>> {
    match order {
        Some(order) => findings.get(usize::try_from(*order.get(k)?).ok()?),
        None => findings.get(k),
    }
}

/// The severity of a zone or county finding ([`crate::severity::of_answer`]).
#[must_use]
pub fn answer_severity(a: &Answer<FindingDetail>) -> Severity {
    crate::severity::of_answer(a.rule_id, a.outcome, &a.reasons, &a.needs_human)
}

/// The severity of a duty ([`crate::severity::of_duty`]).
#[must_use]
pub fn duty_severity(d: &Duty) -> Severity {
    crate::severity::of_duty(
        d.rule_id,
        d.status,
        d.kind == DutyKind::OpenItem,
        d.needs_person(),
    )
}

/// The county a duty's bearer is (`None` when the bearer is not a county), with its place among
/// `county_ids` (`None` for a county the register does not list).
fn county_of_bearer<'r>(
    county_ids: &[&'r String],
    bearer: &str,
) -> Option<(Cow<'r, str>, Option<usize>)> {
    match county_ids.iter().position(|c| c.as_str() == bearer) {
        Some(i) => county_ids
            .get(i)
            .map(|c| (Cow::Borrowed(c.as_str()), Some(i))),
        None => bearer
            .starts_with("CTY.")
            .then(|| (code(bearer, None, county_ids).0, None)),
    }
}

/// `text` (a bearer's code or a zone's id) as a code's `static` (with its actor), the zone's id
/// or a county of the register; copied when it is none of them.
fn code<'r>(
    text: &str,
    zone: Option<&'r crate::register::Zone>,
    county_ids: &[&'r String],
) -> (Cow<'r, str>, Option<&'static agencies::Actor>) {
    if let Some(a) = agencies::actor(text) {
        return (Cow::Borrowed(a.code), Some(a));
    }
    if let Some(z) = zone.filter(|z| z.id == text) {
        return (Cow::Borrowed(z.id.as_str()), None);
    }
    let found = county_ids.iter().find(|c| c.as_str() == text);
    let text = found.map_or_else(
        || Cow::Owned(String::from(text)),
        |c| Cow::Borrowed(c.as_str()),
    );
    (text, None)
}

/// The report's largest working lists, kept empty between the reports made on a thread
/// (natively, with `std`), so that each report reuses the memory of the one before: the items
/// (when the report is dropped), the duties as they are made, the findings' places and their
/// sort numbers with the sort's working room (some 6 MB for a 1,000-zone register). (perf:
/// glibc's `malloc` hands a heap top above its trim threshold back to the system when
/// everything is freed, and a 1,000-zone report freed some 10 MB at once: each page asked again
/// of a loaded register faulted all of it in afresh, 2,500 page faults, a third of the page's
/// time.) At most 16 MB a thread ([`Scratch::MAX_BYTES`]): a larger register's lists are freed
/// as before. Without `std`, and in the wasm module (whose allocator keeps its memory), each
/// report makes its own.
#[derive(Default)]
struct Scratch {
    items: Vec<Slot>,
    duties: Vec<Duty>,
    places: Vec<Places>,
    numbers: Vec<u128>,
    spare: Vec<u128>,
}

#[cfg(all(feature = "std", not(target_arch = "wasm32")))]
std::thread_local! {
    static SCRATCH: core::cell::RefCell<Scratch> = core::cell::RefCell::default();
}

impl Scratch {
    /// The most a thread keeps, in bytes of the lists' capacity: a 1,000-zone register's
    /// page keeps ~6.0 MB, a 3,000-zone register's ~15.1 MB.
    #[cfg(all(feature = "std", not(target_arch = "wasm32")))]
    const MAX_BYTES: usize = 16 << 20;

    /// The bytes of the lists' capacity.
    #[cfg(all(feature = "std", not(target_arch = "wasm32")))]
    fn bytes(&self) -> usize {
        fn of<T>(v: &Vec<T>) -> usize {
            v.capacity().saturating_mul(core::mem::size_of::<T>())
        }
        of(&self.items)
            .saturating_add(of(&self.duties))
            .saturating_add(of(&self.places))
            .saturating_add(of(&self.numbers))
            .saturating_add(of(&self.spare))
    }

    /// The thread's lists (empty, with their capacity), or new ones.
    fn take() -> Self {
        #[cfg(all(feature = "std", not(target_arch = "wasm32")))]
        return SCRATCH
            .try_with(|s| s.try_borrow_mut().map(|mut s| core::mem::take(&mut *s)))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        #[cfg(not(all(feature = "std", not(target_arch = "wasm32"))))]
        Self::default()
    }

    /// Keeps the lists, emptied, for the thread's next report (each list's memory replacing the
    /// one kept only if it is larger).
    fn keep(mut self) {
        self.items.clear();
        self.duties.clear();
        self.places.clear();
        self.numbers.clear();
        self.spare.clear();
        #[cfg(all(feature = "std", not(target_arch = "wasm32")))]
        let _ = SCRATCH.try_with(|s| {
            if let Ok(mut kept) = s.try_borrow_mut() {
                // At most `Scratch::MAX_BYTES` kept in all (a register of some 3,000 zones); a
                // list that would take the thread past it is freed as before.
                let mut room = Self::MAX_BYTES.saturating_sub(kept.bytes());
                fn larger_of<T>(room: &mut usize, a: &mut Vec<T>, b: Vec<T>) {
                    let size = |v: &Vec<T>| v.capacity().saturating_mul(core::mem::size_of::<T>());
                    let (old, new) = (size(a), size(&b));
                    if new > old && new - old <= *room {
                        *room -= new - old;
                        *a = b;
                    }
                }
                larger_of(&mut room, &mut kept.items, self.items);
                larger_of(&mut room, &mut kept.duties, self.duties);
                larger_of(&mut room, &mut kept.places, self.places);
                larger_of(&mut room, &mut kept.numbers, self.numbers);
                larger_of(&mut room, &mut kept.spare, self.spare);
            }
        });
    }
}

impl Drop for Report<'_> {
    /// The items' list (emptied) kept for the thread's next report (`Scratch`).
    fn drop(&mut self) {
        Scratch {
            items: core::mem::take(&mut self.items),
            ..Scratch::default()
        }
        .keep();
    }
}

/// A duty's bearer that is an actor's code, with its county (if it is one) and its code as the
/// report's findings hold them ([`county_of_bearer`], [`code`]).
struct KnownBearer<'r> {
    bearer: Arc<str>,
    county: (Option<Cow<'r, str>>, Option<usize>),
    code: Cow<'r, str>,
    actor: &'static agencies::Actor,
}

/// A finding's places among the report's zone, county and agency groups, found as it is made
/// (perf: looking each finding's county and bearer up by text in the groups' maps was a tenth
/// of a 1,000-zone report).
/// Each place as a `u32`, [`Places::NONE`] for none: 12 bytes a finding where three
/// `Option<usize>` took 48 (perf: a list of 1.9 MB for a 1,000-zone report, made afresh for each).
/// (A place is below the register's `limits::MAX_ARRAY_ITEMS` items, far under `u32::MAX`.)
#[derive(Clone, Copy)]
struct Places {
    zone: u32,
    county: u32,
    agency: u32,
}

impl Default for Places {
    fn default() -> Self {
        Self {
            zone: Self::NONE,
            county: Self::NONE,
            agency: Self::NONE,
        }
    }
}

impl Places {
    const NONE: u32 = u32::MAX;

    /// The places given (`None`: not in any group of that kind).
    fn new(zone: Option<usize>, county: Option<usize>, agency: Option<usize>) -> Self {
        let put = |p: Option<usize>| p.and_then(|p| u32::try_from(p).ok()).unwrap_or(Self::NONE);
        Self {
            zone: put(zone),
            county: put(county),
            agency: put(agency),
        }
    }

    fn get(p: u32) -> Option<usize> {
        (p != Self::NONE).then(|| usize::try_from(p).ok()).flatten()
    }

    const ZONE: u8 = 0;
    const COUNTY: u8 = 1;
    const AGENCY: u8 = 2;

    fn zone(self) -> Option<usize> {
        Self::get(self.zone)
    }

    /// The place among the groups of a kind: [`Places::ZONE`], [`Places::COUNTY`] or
    /// [`Places::AGENCY`].
    fn of_kind(self, kind: u8) -> Option<usize> {
        Self::get(match kind {
            Self::ZONE => self.zone,
            Self::COUNTY => self.county,
            _ => self.agency,
        })
    }
}

/// The compliance report of a validated register as of `as_of`: every zone summary, art-02.c
/// per county, and every duty (recurring duties up to 31 December of the as-of year), by
/// severity then date, grouped per zone, county and agency.
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar; the errors of the duty sources.
pub fn report<'r>(
    reg: &'r ValidRegister,
    as_of: NaiveDate,
    params: &Params,
) -> Result<Report<'r>, Error> {
    report_filtered(reg, as_of, params, &ReportFilter::default())
}

/// [`report`] keeping only the findings `filter` passes: the counts and groups are those of the
/// kept findings, and a group left with none is dropped when the filter narrows anything.
///
/// # Errors
/// As [`report`].
pub fn report_filtered<'r>(
    reg: &'r ValidRegister,
    as_of: NaiveDate,
    params: &Params,
    filter: &ReportFilter,
) -> Result<Report<'r>, Error> {
    report_with(reg, as_of, params, filter, false, false)
}

/// [`report_filtered`] for a page: the findings from `start` (at most `count` of them) made in
/// full, the others with what the report's counts, groups, order and lines read of them (the
/// art-10.a, art-11.b and art-14.d duties and the open items without their reasons but the
/// made-up-records notice: `duties::all_duties_with`, kept as [`Slot::LeanDuty`]). Only the
/// page's findings may be rendered. With `defer_zones`, the zones' findings off the page are
/// not kept ([`Slot::Later`]): each is freed once its finding has read it, and those on the
/// page are made again.
///
/// # Errors
/// As [`report`].
#[cfg(feature = "serde")]
pub(crate) fn report_page<'r>(
    reg: &'r ValidRegister,
    as_of: NaiveDate,
    params: &Params,
    filter: &ReportFilter,
    defer_zones: bool,
    page: impl FnOnce(usize) -> (usize, usize),
) -> Result<Report<'r>, Error> {
    let mut r = report_with(reg, as_of, params, filter, true, defer_zones)?;
    let (start, count) = page(r.findings.len());
    r.fill(reg, params, start, count)?;
    Ok(r)
}

fn report_with<'r>(
    reg: &'r ValidRegister,
    as_of: NaiveDate,
    params: &Params,
    filter: &ReportFilter,
    lean: bool,
    defer_zones: bool,
) -> Result<Report<'r>, Error> {
    let county_ids = duties::register_counties(reg);
    // Each zone's county's place among the counties.
    let county_place = |id: &str| county_ids.iter().position(|c| c.as_str() == id);
    let zone_counties: Vec<Option<usize>> = reg
        .zones
        .iter()
        .map(|z| z.county_id.as_deref().and_then(county_place))
        .collect();
    // The agency groups: the agencies, counties and actors bearing a duty (a zone's own duties
    // are in its zone group), each found by its code's address (every one is an actor's code).
    let agency_codes: Vec<&'static str> = duties::duty_bearers(reg, as_of, params)
        .iter()
        .filter_map(|b| agencies::actor(b).map(|a| a.code))
        .collect();
    let agency_list: Vec<String> = agency_codes.iter().copied().map(String::from).collect();
    let agency_place =
        |a: &'static agencies::Actor| agency_codes.iter().position(|c| core::ptr::eq(*c, a.code));
    let until = NaiveDate::from_ymd_opt(as_of.year(), 12, 31).unwrap_or(as_of);
    let mut scratch = Scratch::take();
    let horizon = Horizon { as_of, until };
    let mut all_duties = duties::all_duties_into(
        reg,
        &horizon,
        params,
        lean,
        core::mem::take(&mut scratch.duties),
    )?;
    // Each finding the filter keeps, and beside it (`places`) its places among the zone,
    // county and agency groups, so that the groups are made by place, not by looking each
    // finding's ids up (perf: the look-ups' string comparisons, scattered in memory, were a
    // tenth of a 1,000-zone report, then another tenth for the counties and agencies). Room
    // for every zone's summary (at most 16 findings but for recorded reuses), each county's
    // finding and every duty at once (perf: growing the lists moved every finding again at
    // each doubling)
    // (Not when a filter narrows the report: the module's memory never shrinks.)
    let room = if filter.is_empty() {
        reg.zones
            .len()
            .saturating_mul(16)
            .saturating_add(county_ids.len())
            .saturating_add(all_duties.len())
    } else {
        0
    };
    let mut findings: Vec<Finding<'r>> = Vec::with_capacity(room);
    let mut items: Vec<Slot> = core::mem::take(&mut scratch.items);
    items.reserve(room);
    let mut places: Vec<Places> = core::mem::take(&mut scratch.places);
    places.reserve(room);
    // A finding the filter does not keep is dropped with its item at once; a zone's finding to
    // be made again if it is on the page (`later`) too.
    let mut push = |head: Head, slot: Slot, date, ids, at: Places| {
        let finding = Finding::of(head, items.len(), date, ids);
        if filter.keeps(&finding) {
            findings.push(finding);
            items.push(slot);
            places.push(at);
        }
    };
    // For a small page: each zone's findings as their heads, made without their
    // answers where the rule decides without one (those on the page are made again).
    let mut heads: Vec<crate::summary::ZoneHead> = Vec::new();
    for (place, zone) in reg.zones.iter().enumerate() {
        let at = Places::new(
            Some(place),
            zone_counties.get(place).copied().flatten(),
            None,
        );
        let ids = || {
            (
                Some(Cow::Borrowed(zone.id.as_str())),
                zone.county_id.as_deref().map(Cow::Borrowed),
                None,
            )
        };
        if defer_zones {
            heads.clear();
            crate::summary::zone_heads(reg, zone, as_of, params, &mut heads)?;
            for (nth, h) in heads.iter().enumerate() {
                let head = (
                    h.severity,
                    h.rule,
                    State::Outcome(h.outcome),
                    None,
                    h.illustrative,
                );
                push(head, Slot::Later { zone: place, nth }, h.date, ids(), at);
            }
            continue;
        }
        // art-02.c is a county's finding: it is reported once per county below (a zone's
        // findings leave it out).
        for f in crate::summary::zone_findings(reg, zone, as_of, params)? {
            let date = crate::summary::finding_date(&f);
            let head = answer_head(&f);
            push(
                head,
                Slot::Made(Box::new(Item::Answer(Box::new(f)))),
                date,
                ids(),
                at,
            );
        }
    }
    for (i, county) in county_ids.iter().copied().enumerate() {
        let mut a = a02::one_county_one_zone(reg, county, as_of, params)?;
        crate::illustrative::mark(&mut a, &crate::illustrative::county_sources(reg, county));
        let f = crate::summary::erase_county(a);
        let date = crate::summary::finding_date(&f);
        let at = Places::new(None, Some(i), None);
        let ids = (None, Some(Cow::Borrowed(county.as_str())), None);
        push(
            answer_head(&f),
            Slot::Made(Box::new(Item::Answer(Box::new(f)))),
            date,
            ids,
            at,
        );
    }
    // The place of the latest duty's zone: the duties of one zone come one after another (its
    // years), and a duty of every zone comes zone after zone, so most are placed by one or two
    // comparisons of ids (that zone's, or the next's) instead of a search.
    let mut latest: Option<usize> = None;
    // The latest bearer that is an actor's code, with what it reads as (its county, if it is
    // one, and its code): a rule's duties share their bearers (`Duty::bearer`), so most are
    // found by their address (perf: two look-ups by text per duty, a twentieth of a 1,000-zone
    // report's page). An actor's code reads the same whatever the duty's zone.
    let mut known: Option<KnownBearer<'r>> = None;
    for d in all_duties.drain(..) {
        // art-02.c's merger is the county finding above.
        if d.rule_id == crate::rules::RuleId::ART_02_C {
            continue;
        }
        let head = duty_head(&d);
        let place = d
            .zone_id
            .as_deref()
            .and_then(|z| reg.zone_place_near(z, &mut latest));
        let zone = place.and_then(|i| reg.zones.get(i));
        let bearer_county = || {
            county_of_bearer(&county_ids, &d.bearer).map_or((None, None), |(c, at)| (Some(c), at))
        };
        let (bearer, actor) = match &known {
            Some(k) if Arc::ptr_eq(&k.bearer, &d.bearer) => (k.code.clone(), Some(k.actor)),
            _ => {
                let (text, actor) = code(&d.bearer, zone, &county_ids);
                if let Some(actor) = actor {
                    known = Some(KnownBearer {
                        bearer: Arc::clone(&d.bearer),
                        county: bearer_county(),
                        code: text.clone(),
                        actor,
                    });
                }
                (text, actor)
            }
        };
        // A zone's own duty is counted with its county, as its findings are.
        let (county_id, county) = match zone {
            Some(z) if d.role == duties::Role::OwnZone => (
                z.county_id.as_deref().map(Cow::Borrowed),
                place.and_then(|p| zone_counties.get(p).copied().flatten()),
            ),
            _ => match &known {
                Some(k) if Arc::ptr_eq(&k.bearer, &d.bearer) => k.county.clone(),
                _ => bearer_county(),
            },
        };
        let at = Places::new(place, county, actor.and_then(agency_place));
        let ids = (
            // The zone found by its id is the register's: its id, with no look-up.
            d.zone_id.as_deref().map(|z| match zone {
                Some(found) => {
                    debug_assert_eq!(found.id, z, "the duty's zone found by its id");
                    Cow::Borrowed(found.id.as_str())
                }
                None => code(z, None, &county_ids).0,
            }),
            county_id,
            Some(bearer),
        );
        let date = d.due;
        let slot = if lean && duties::is_made_lean(&d) {
            let kept = LeanDuty::of(&d);
            #[cfg(debug_assertions)]
            if let Some(bearer) = &ids.2 {
                let whole = kept.whole(d.rule_id, ids.0.as_deref(), bearer, d.year);
                debug_assert_eq!(
                    whole,
                    Duty {
                        reasons: Vec::new(),
                        ..d.clone()
                    },
                    "a lean duty made whole again from its finding"
                );
            }
            Slot::LeanDuty(kept)
        } else {
            Slot::Made(Box::new(Item::Duty(d)))
        };
        push(head, slot, date, ids, at);
    }
    scratch.duties = all_duties;
    let order = report_order(
        &findings,
        &places,
        &Ranks::of(reg),
        (&mut scratch.numbers, &mut scratch.spare),
    );

    let tallies: Vec<Tally> = findings.iter().map(Tally::of).collect();
    let mut counts = Counts::default();
    for t in &tallies {
        counts.add(*t);
    }
    // Each group in one pass over the findings in report order (linear, not groups ×
    // findings), a finding's group found by its places (`kind`: [`Places::of_kind`]) (perf:
    // each read through a closure called by index, six calls per finding).
    // The groups of each kind (zones, counties, agencies: `Places::ZONE`, …), each group's
    // findings counted first, so that each list is made once at its size (perf: grown one
    // doubling at a time, a thousand zone groups' lists were reallocated five times each).
    let kinds = [Places::ZONE, Places::COUNTY, Places::AGENCY];
    let county_list: Vec<String> = county_ids.iter().map(|c| (*c).clone()).collect();
    let ids = [
        reg.zones.iter().map(|z| z.id.clone()).collect(),
        county_list,
        agency_list,
    ];
    let mut sizes: [Vec<usize>; 3] = ids.each_ref().map(|ids| alloc::vec![0; ids.len()]);
    for p in &places {
        for (kind, n) in kinds.iter().zip(&mut sizes) {
            if let Some(n) = p.of_kind(*kind).and_then(|j| n.get_mut(j)) {
                *n += 1;
            }
        }
    }
    let mut lists: [Vec<Group>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for ((list, ids), sizes) in lists.iter_mut().zip(ids).zip(sizes) {
        *list = ids
            .into_iter()
            .zip(sizes)
            .map(|(id, n)| Group {
                id,
                findings: Vec::with_capacity(n),
                counts: Counts::default(),
            })
            .collect();
    }
    // Each group in one pass over the findings in report order (linear, not groups ×
    // findings), a finding's groups found by its places ([`Places::of_kind`]).
    for (k, at) in order.iter().enumerate() {
        let at = usize::try_from(*at).unwrap_or(usize::MAX);
        let (Some(t), Some(p)) = (tallies.get(at), places.get(at)) else {
            continue;
        };
        for (kind, list) in kinds.iter().zip(&mut lists) {
            if let Some(g) = p.of_kind(*kind).and_then(|j| list.get_mut(j)) {
                g.findings.push(k);
                g.counts.add(*t);
            }
        }
    }
    let [mut zones, mut counties, mut agencies] = lists;
    // The zone groups are the register's zones in order, and so are the counties'; a group
    // left with no finding is dropped when a filter narrows the report, and an agency's always.
    if !filter.is_empty() {
        zones.retain(|g| !g.findings.is_empty());
        counties.retain(|g| !g.findings.is_empty());
    }
    agencies.retain(|g| !g.findings.is_empty());
    scratch.places = places;
    scratch.keep();
    // A page's report reads its findings through their order; any other is in order.
    let (findings, order) = if lean {
        (findings, Some(order))
    } else {
        (permute(findings, order), None)
    };
    Ok(Report {
        as_of,
        issue_date: *reg.issue_date,
        issue_date_hypothetical: reg.issue_date_hypothetical,
        findings,
        order,
        items,
        zones,
        counties,
        agencies,
        counts,
        filter: filter.clone(),
    })
}

/// The report order of `findings` ([`sort_key`], stable): `order[k]` is the place of the
/// `k`-th. Each finding's numbers are made once, the order found on the numbers (first on the
/// keys' numbers, then each tied run on the whole key), and the findings are not moved (perf:
/// a tenth of a 1,000-zone report went to moving them at every step of a sort, and later a
/// seventh to making each key again at every comparison).
fn report_order(
    findings: &[Finding<'_>],
    places: &[Places],
    ranks: &Ranks<'_>,
    (numbers, spare): (&mut Vec<u128>, &mut Vec<u128>),
) -> Vec<u32> {
    // First by the key's numbers alone (`head` and zone), as one number with the finding's place
    // last (so every number differs, and their order is the stable order), sorted by their
    // bytes (`order::radix_sort`); then each run of findings whose numbers tie (a duty of no
    // zone: by county, bearer and year) by the whole key, made for the run's findings alone
    // (perf: sorting the places through the key's comparison, called for each pair, was a
    // seventh of a 1,000-zone report in the wasm module; a key made for every finding, a list
    // of 56 bytes per finding).
    // (A finding's place is its index among at most 2³² findings: the register's arrays are
    // limited to `limits::MAX_ARRAY_ITEMS`, some 32 findings per zone.)
    // The rule's rank found again only when the rule changes: a zone's findings and each rule's
    // duties come one after another.
    let mut last: Option<(crate::rules::RuleId, u32)> = None;
    numbers.clear();
    numbers.extend(
        findings
            .iter()
            .zip(places)
            .zip(0_u32..)
            .map(|((f, at), i)| {
                let rule = match last {
                    Some((r, k)) if r == f.rule => k,
                    _ => {
                        let k = ranks.rule(f.rule);
                        last = Some((f.rule, k));
                        k
                    }
                };
                let key = sort_numbers(f, at.zone(), rule, ranks);
                (u128::from(key.0) << 64) | (u128::from(key.1) << 32) | u128::from(i)
            }),
    );
    // The numbers are made in the findings' order, and their low 32 bits are that place: a
    // stable sort on the bytes above is their whole order.
    crate::order::radix_sort(numbers, spare, 4);
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the low 32 bits: the finding's place, as made above"
    )]
    let place = |n: &u128| (*n & 0xffff_ffff) as u32;
    let mut order: Vec<u32> = Vec::with_capacity(numbers.len());
    for run in numbers.chunk_by(|a, b| a >> 32 == b >> 32) {
        if let [one] = run {
            order.push(place(one));
            continue;
        }
        let tied: Vec<u32> = run.iter().map(place).collect();
        let keys: Vec<Option<SortKey<'_>>> = tied
            .iter()
            .map(|t| {
                let t = usize::try_from(*t).unwrap_or(usize::MAX);
                let at = places.get(t).and_then(|p| p.zone());
                findings.get(t).map(|f| sort_key(f, at, ranks))
            })
            .collect();
        let by_key = crate::order::order_by(tied.len(), &|i, j| match (
            keys.get(i).and_then(Option::as_ref),
            keys.get(j).and_then(Option::as_ref),
        ) {
            (Some(a), Some(b)) => a.cmp(b),
            _ => i.cmp(&j),
        });
        order.extend(by_key.into_iter().filter_map(|i| tied.get(i).copied()));
    }
    order
}

/// `findings` put in `order` (`order[k]`: the place of the one to go `k`-th, each place once),
/// where they are, one cycle of the permutation at a time: each element swapped once into its
/// place. (perf: moving each finding into a list of slots and from there into a new list made
/// two more lists of 104 bytes per finding, 3.7 MB each for a 1,000-zone report, which the
/// system's allocator maps and faults in afresh for every report.) A place out of range (none
/// is: `order` is a permutation of the findings' places) ends its cycle.
fn permute<A>(mut findings: Vec<A>, mut order: Vec<u32>) -> Vec<A> {
    const DONE: u32 = u32::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while let Some(next) = order.get_mut(at).map(|n| core::mem::replace(n, DONE)) {
            // Its start, a place already done (`DONE`, past the last) or out of range ends it.
            let next = usize::try_from(next).unwrap_or(usize::MAX);
            if next == start || next >= findings.len() {
                break;
            }
            findings.swap(at, next);
            at = next;
        }
    }
    findings
}

/// The report's order of rule ids and zone ids as numbers, so that its sort compares numbers
/// where it compared texts (perf: a sixteenth of a 1,000-zone report went to the comparisons).
/// A text's rank is its place among the sorted texts: `2i + 2` for the `i`-th, `2i + 1` for a
/// text that falls before it without being one of them (the empty text of a finding without a
/// zone, an id not in the register), so ranks order as the texts do. Sorted with the findings'
/// own sort ([`crate::order::order_by`]): each other sort would be one more copy of the sorting code in the
/// wasm module.
struct Ranks<'a> {
    /// Every rule with its rank (78, compared by address: a scan costs less than a look-up).
    rules: Vec<(crate::rules::RuleId, u32)>,
    /// The register's zones.
    zones: &'a [crate::register::Zone],
    /// Their places, in the order of their ids.
    zone_order: Vec<usize>,
    /// Each zone's rank, by its place.
    zone_ranks: Vec<u32>,
}

impl<'a> Ranks<'a> {
    fn of(reg: &'a ValidRegister) -> Self {
        let all = crate::rules::RULES;
        let rule_text = |i: usize| all.get(i).map_or("", |r| r.as_str());
        let rule_order = crate::order::order_by(all.len(), &|i, j| rule_text(i).cmp(rule_text(j)));
        let rule_ranks = ranks_in(&rule_order);
        let rules = all.iter().copied().zip(rule_ranks).collect();
        let zones: &'a [crate::register::Zone] = &reg.zones;
        // The register's own index of its ids (the same order).
        let zone_order: Vec<usize> = reg.zone_order().collect();
        let zone_ranks = ranks_in(&zone_order);
        Self {
            rules,
            zones,
            zone_order,
            zone_ranks,
        }
    }

    fn rule(&self, rule: crate::rules::RuleId) -> u32 {
        // Every rule is one of `RULES` (the registry makes them all).
        self.rules
            .iter()
            .find(|(r, _)| *r == rule)
            .map_or(0, |(_, k)| *k)
    }

    fn zone(&self, id: Option<&str>, place: Option<usize>) -> u32 {
        if let Some(k) = place.and_then(|p| self.zone_ranks.get(p)) {
            return *k;
        }
        let text = id.unwrap_or("");
        let found = self
            .zone_order
            .binary_search_by(|i| self.zones.get(*i).map_or("", |z| z.id.as_str()).cmp(text));
        match found {
            Ok(i) => rank(i, true),
            Err(i) => rank(i, false),
        }
    }
}

/// Each item's rank, by its index, from `order` (the indices in order).
fn ranks_in(order: &[usize]) -> Vec<u32> {
    let mut ranks = alloc::vec![0_u32; order.len()];
    for (i, at) in order.iter().enumerate() {
        if let Some(r) = ranks.get_mut(*at) {
            *r = rank(i, true);
        }
    }
    ranks
}

/// The rank of the `i`-th text in order ([`Ranks`]), or of a text just before it (`!is`).
fn rank(i: usize, is: bool) -> u32 {
    u32::try_from(i)
        .unwrap_or(u32::MAX / 2)
        .saturating_mul(2)
        .saturating_add(if is { 2 } else { 1 })
}

/// A finding's place in the report: severity, dated before undated, date, rule, zone, county,
/// bearer, year (rule and zone by their [`Ranks`]). The first four are one number (`head`,
/// [`head`]), so that most comparisons of the sort are one comparison of numbers (perf: the
/// key compared field by field was a tenth of a 1,000-zone report).
#[derive(PartialEq, Eq)]
struct SortKey<'a> {
    head: u64,
    zone: u32,
    county: Bytes<'a>,
    bearer: Bytes<'a>,
    year: Option<i32>,
}

/// Severity, dated before undated, date and rule rank as one number ordered as they are in
/// turn: the severity's place among the severities (3 bits), undated (1), the date's days from
/// the common era offset by 2³¹ (32; 0 for no date) and the rule's rank (28; ranks are below
/// 2 × 78 + 3).
fn head(severity: Severity, date: Option<NaiveDate>, rule: u32) -> u64 {
    // The sign bit flipped: the days in the order of the signed number.
    let days = date.map_or(0, |d| u64::from((d.num_days_from_ce() as u32) ^ (1 << 31)));
    (u64::from(severity as u8) << 61)
        | (u64::from(date.is_none()) << 60)
        | (days << 28)
        | u64::from(rule & 0x0fff_ffff)
}

impl Ord for SortKey<'_> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.head
            .cmp(&other.head)
            .then_with(|| self.zone.cmp(&other.zone))
            .then_with(|| self.county.cmp(&other.county))
            .then_with(|| self.bearer.cmp(&other.bearer))
            .then(self.year.cmp(&other.year))
    }
}

impl PartialOrd for SortKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// A short text ordered as `str` orders it, compared inline ([`crate::answer::by_bytes`]): ids
/// and codes are a few bytes long.
#[derive(PartialEq, Eq)]
struct Bytes<'a>(&'a str);

impl Ord for Bytes<'_> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        crate::answer::by_bytes(self.0, other.0)
    }
}

impl PartialOrd for Bytes<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

fn sort_key<'a>(f: &'a Finding<'_>, place: Option<usize>, ranks: &Ranks<'_>) -> SortKey<'a> {
    let (head, zone) = sort_numbers(f, place, ranks.rule(f.rule), ranks);
    SortKey {
        head,
        zone,
        county: Bytes(f.county_id.as_deref().unwrap_or("")),
        bearer: Bytes(f.bearer.as_deref().unwrap_or("")),
        year: f.year,
    }
}

/// A finding's [`SortKey::head`] and [`SortKey::zone`], its rule's rank given (`rule`).
fn sort_numbers(f: &Finding<'_>, place: Option<usize>, rule: u32, ranks: &Ranks<'_>) -> (u64, u32) {
    (
        head(f.severity, f.date, rule),
        ranks.zone(f.zone_id.as_deref(), place),
    )
}

impl FindingRef<'_> {
    /// The finding in one line of `lang`: the rule (its short name), the outcome or the duty's
    /// status, and its first reason (past the made-up-records notice) — what a list of
    /// findings shows. [`view::FindingView`](crate::report::view) has every field.
    #[must_use]
    pub fn message(&self, lang: crate::words::Lang) -> String {
        let rule = self.finding.rule;
        let name = crate::rules::short_name(rule).map_or(rule.as_str(), |l| l.pick(lang));
        let state = self.finding.outcome_label(lang);
        let reasons = match self.item {
            Item::Answer(a) => &a.reasons,
            Item::Duty(d) => &d.reasons,
        };
        let reason = reasons
            .iter()
            .find(|r| r.code.as_str() != "ILLUSTRATIVE_RECORDS")
            .map(|r| r.message(lang));
        let sep = if lang == crate::words::Lang::Zh {
            ":"
        } else {
            ": "
        };
        let mut out = alloc::format!("{} {name}{sep}{state}", rule.as_str());
        if let Some(r) = reason {
            out.push_str(if lang == crate::words::Lang::Zh {
                "。"
            } else {
                ". "
            });
            out.push_str(&r);
        }
        out
    }
}

/// A finding as language-neutral data (codes, dates, ids): `severity`, `date`, `ruleId`,
/// `outcome` (a rule's outcome or a duty's status), `zoneId`, `countyId`, `bearer`,
/// `reasonCodes`, `illustrative`. Its words in a language: [`FindingRef::message`], or the
/// report's view (`api::report`).
#[cfg(feature = "serde")]
impl serde::Serialize for FindingRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let f = self.finding;
        let reasons = match self.item {
            Item::Answer(a) => &a.reasons,
            Item::Duty(d) => &d.reasons,
        };
        let codes: Vec<&str> = reasons.iter().map(|r| r.code.as_str()).collect();
        let mut st = s.serialize_struct("Finding", 9)?;
        st.serialize_field("severity", &f.severity)?;
        st.serialize_field("date", &f.date.map(crate::dates::IsoDate))?;
        st.serialize_field("ruleId", f.rule.as_str())?;
        st.serialize_field("outcome", f.outcome())?;
        st.serialize_field("zoneId", &f.zone_id)?;
        st.serialize_field("countyId", &f.county_id)?;
        st.serialize_field("bearer", &f.bearer)?;
        st.serialize_field("reasonCodes", &codes)?;
        st.serialize_field("illustrative", &f.illustrative)?;
        st.end()
    }
}

/// The report as language-neutral data: `asOf`, `issueDate`, `issueDateHypothetical`, every
/// finding ([`Finding`]'s form) and the `counts`. In words, grouped per zone, county and
/// agency: `api::report` (the view every surface shows).
#[cfg(feature = "serde")]
impl serde::Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Report", 5)?;
        st.serialize_field("asOf", &crate::dates::IsoDate(self.as_of))?;
        st.serialize_field("issueDate", &crate::dates::IsoDate(self.issue_date))?;
        st.serialize_field("issueDateHypothetical", &self.issue_date_hypothetical)?;
        st.serialize_field("findings", &Every(self))?;
        st.serialize_field("counts", &self.counts)?;
        st.end()
    }
}

/// The report's findings with their answers and duties, as a sequence.
#[cfg(feature = "serde")]
struct Every<'a>(&'a Report<'a>);

#[cfg(feature = "serde")]
impl serde::Serialize for Every<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter())
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    /// The report's order is the stable order of the whole key: each finding's key is not
    /// below the one before, and where two keys are equal the findings keep the order they were
    /// made in (their items' places). The example register on dates from issuance to years on,
    /// so that findings whose numbers tie (duties of no zone, sorted by county, bearer and year)
    /// are many.
    #[test]
    fn findings_are_in_key_order_ties_in_the_order_made() {
        let register: Register =
            serde_json::from_str(include_str!("../../../examples/yanbian-register.json")).unwrap();
        let reg = ValidRegister::new(register, "register").unwrap();
        let ranks = Ranks::of(&reg);
        let mut tied_numbers = 0;
        for as_of in ["2019-06-01", "2021-12-31", "2023-06-30", "2030-10-01"] {
            let day = as_of.parse::<IsoDate>().unwrap().0;
            let r = report(&reg, day, &Params::default()).unwrap();
            let keys: Vec<SortKey<'_>> = r
                .findings
                .iter()
                .map(|f| sort_key(f, None, &ranks))
                .collect();
            for (pair, fs) in keys.windows(2).zip(r.findings.windows(2)) {
                let ([a, b], [f, g]) = (pair, fs) else {
                    unreachable!()
                };
                match a.cmp(b) {
                    core::cmp::Ordering::Less => {}
                    core::cmp::Ordering::Equal => {
                        assert!(f.item < g.item, "{as_of}: a tie out of order")
                    }
                    core::cmp::Ordering::Greater => panic!("{as_of}: out of order"),
                }
                if (a.head, a.zone) == (b.head, b.zone) && a != b {
                    tied_numbers += 1;
                }
            }
        }
        assert!(
            tied_numbers > 20,
            "{tied_numbers} ties on the numbers alone"
        );
    }

    /// A report's slot is small whatever it holds: a made item boxed, a lean duty in 16 bytes
    /// (a 1,000-zone page holds 36,000 slots).
    #[test]
    fn slots_are_small() {
        assert!(
            core::mem::size_of::<Slot>() <= 24,
            "{}",
            core::mem::size_of::<Slot>()
        );
        assert!(
            core::mem::size_of::<Item>() > 64,
            "an item holds a duty in place"
        );
    }
}
