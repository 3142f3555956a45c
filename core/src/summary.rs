//! The zone summary: for one zone of a register as of a date, every finding of the zone checks
//! together, and what the zone may and may not do this year (expand, adjust, upgrade, apply for
//! high-tech status, be assessed), with the rule that blocks each.
//!
//! "This year" is the calendar year of `asOf`. The assessment findings (art-14.c–f) are for the
//! latest assessment year whose results are out on `asOf`: a record with a `publishedDate` on or
//! before `asOf`, or, without one, a year before `asOf`'s year (results for year Y come out in
//! Y + 1, AMB-10).

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use crate::answer::{Answer, Outcome};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{ValidRegister, Zone, ZoneLevel};
use crate::rules::{
    art02_consolidation as a02, art03_innovation as a03, art05_industry as a05, art11_land as a11,
    art12_administration as a12, art14_assessment as a14, art15_environment as a15, preamble,
    RuleId,
};

/// What the zone summary is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `zoneId` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ZoneSummaryInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone.
    pub zone_id: String,
    /// The date of the summary.
    pub as_of: IsoDate,
}

/// The rule-specific fields of one finding.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[expect(
    missing_docs,
    reason = "each variant carries the detail type of the rule named by its variant"
)]
pub enum FindingDetail {
    Scope(preamble::ScopeDetail),
    Dispatch(a12::DispatchDetail),
    Nominal(a02::NominalDetail),
    County(a02::OneCountyOneZoneDetail),
    Upgrade(a02::UpgradeDetail),
    Industry(a05::IndustryDetail),
    HighTech(a03::HighTechDetail),
    Assessment(a14::AssessmentDetail),
    Stats(a14::StatsDetail),
    Env(a15::EnvDetail),
    LandEval(a11::LandEvalDetail),
    LandGrace(a11::GraceDetail),
}

/// The rules whose findings a zone summary can hold, in the order it lists them.
pub const FINDING_RULES: &[RuleId] = &[
    RuleId::PRE_A,
    RuleId::ART_12_B,
    RuleId::ART_02_B,
    RuleId::ART_02_C,
    RuleId::ART_02_D,
    RuleId::ART_05_A,
    RuleId::ART_03_A,
    RuleId::ART_14_C,
    RuleId::ART_14_D,
    RuleId::ART_14_E,
    RuleId::ART_14_F,
    RuleId::ART_14_H,
    RuleId::ART_15_A,
    RuleId::ART_11_B,
    RuleId::ART_11_E,
];

stable_enum! {
    /// Something the zone may want to do this year.
    Action {
        /// 扩区.
        Expand = "EXPAND" { zh: "扩区", ko: "구역 확장", en: "Expand the zone" },
        /// 调区.
        Adjust = "ADJUST" { zh: "调区", ko: "구역 조정", en: "Adjust the zone" },
        /// 升级 / 晋升.
        Upgrade = "UPGRADE" { zh: "升级", ko: "승격", en: "Upgrade" },
        /// Apply to become a provincial high-tech zone (art-03.a).
        ApplyHighTech = "APPLY_HIGH_TECH" { zh: "申请设立省级高新区", ko: "성급 고신구 설립 신청", en: "Apply to become a provincial high-tech zone" },
        /// Take part in this year's assessment.
        BeAssessed = "BE_ASSESSED" { zh: "参加考核评价", ko: "심사평가 참가", en: "Take part in the assessment" },
    }
}

stable_enum! {
    /// What this opinion says of an action. The opinion never grants an expansion, adjustment,
    /// upgrade or application by itself: where no clause bars it, it is `NOT_BARRED` (still subject
    /// to the usual approval), or `NOT_SUPPORTED` where the clause deciding it supports others and
    /// bars nothing; never "allowed".
    PermissionStatus {
        /// A rule of the opinion bars it (see `decidedBy`).
        Barred = "BARRED" { zh: "本意见禁止", ko: "본 의견이 금지함", en: "barred by this opinion" },
        /// Not barred by this opinion; still subject to the usual approval.
        NotBarred = "NOT_BARRED" { zh: "本意见未禁止(仍须按程序报批)", ko: "본 의견이 금지하지 않음(여전히 절차에 따라 비준을 받아야 함)", en: "not barred by this opinion (still subject to the usual approval)" },
        /// A rule may bar it: a person decides (see `decidedBy` and the findings' `needsHuman`).
        NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "for a person to decide" },
        /// Outside what the clause deciding it supports, which bars nothing (art-03.a
        /// 「支持具备条件的省级开发区…申请设立省级高新区」 for a zone that is not a provincial one, does
        /// not meet the criteria, is already a high-tech zone or was found to exist in name only).
        NotSupported = "NOT_SUPPORTED" { zh: "不在本条支持之列(本意见未禁止)", ko: "본 조항의 지원 대상이 아님(본 의견이 금지하지는 않음)", en: "not within the clause's support (not barred by this opinion)" },
    }
}

/// What the opinion says of an action this year, and which findings decide it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Permission {
    /// The action.
    pub action: Action,
    /// Barred, not barred by this opinion, for a person to decide, or outside the support of
    /// the clause deciding it (which bars nothing).
    pub status: PermissionStatus,
    /// The rules whose findings bar it (or leave it to a person); empty when not barred. The
    /// zone's own status (it did not exist on the date) is `register.status`.
    pub decided_by: Vec<&'static str>,
}

/// The summary: findings and permissions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneSummary {
    /// The zone.
    pub zone_id: String,
    /// Its Chinese name.
    pub zone_name: String,
    /// Its English name, when the register has one.
    pub zone_name_en: Option<String>,
    /// Its Korean name, when the register has one.
    pub zone_name_ko: Option<String>,
    /// Its status on the date of the summary, as the register records it (its history or its
    /// dated status).
    pub zone_status: crate::register::ZoneStatus,
    /// The date of the summary.
    pub as_of: NaiveDate,
    /// The latest assessment year with results out on `asOf`, if any.
    pub assessment_year: Option<i32>,
    /// Every finding: scope and standing (pre.a, art-12.b, art-02.b–d), designations (art-05.a,
    /// art-03.a), then the latest assessment year's consequences (art-14.c–f), this year's
    /// disqualifications (art-14.h, art-15.a) and the zone's land duties: this year's land
    /// evaluation (art-11.b) and each recorded reuse of industrial property (art-11.e).
    pub findings: Vec<Answer<FindingDetail>>,
    /// What the zone may do this year.
    pub permissions: Vec<Permission>,
}

fn erase<D>(a: Answer<D>, f: fn(D) -> FindingDetail) -> Answer<FindingDetail> {
    Answer {
        rule_id: a.rule_id,
        outcome: a.outcome,
        reasons: a.reasons,
        needs_human: a.needs_human,
        params_used: a.params_used,
        detail: f(a.detail),
    }
}

/// An art-02.c answer as a finding (the compliance report lists it once per county).
#[must_use]
pub fn erase_county(a: Answer<a02::OneCountyOneZoneDetail>) -> Answer<FindingDetail> {
    erase(a, FindingDetail::County)
}

/// The latest assessment year whose results are out on `as_of`.
#[must_use]
pub fn latest_assessment_year(reg: &ValidRegister, zone: &Zone, as_of: NaiveDate) -> Option<i32> {
    // The zone's years from the register's index, latest first.
    reg.assessment_years(zone).rev().find(|t| {
        reg.assessment_of(zone, *t).is_some_and(|r| {
            r.published_date
                .map_or(r.year < as_of.year(), |p| p <= as_of)
        })
    })
}

/// Summarises one zone of a validated register as of `as_of` (the compliance report calls it for
/// every zone).
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar.
pub fn zone_summary(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
) -> Result<ZoneSummary, Error> {
    zone_summary_with(reg, zone, as_of, params, true)
}

/// [`zone_summary`], with or without the zone's county finding (art-02.c). The compliance
/// report leaves it out and reports it once per county instead: computing it for every zone
/// would cost zones × zones of the county. No permission reads it.
///
/// # Errors
/// As [`zone_summary`].
pub fn zone_summary_with(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
    with_county: bool,
) -> Result<ZoneSummary, Error> {
    let mut out = Out::Whole(Vec::new());
    let (t, card) = zone_findings_with(reg, zone, as_of, params, with_county, &mut out)?;
    let findings = out.into_whole();
    let permissions = permissions(zone, as_of, card, &findings);
    Ok(ZoneSummary {
        zone_id: zone.id.clone(),
        zone_name: zone.name_zh.clone(),
        zone_name_en: zone.name_en.clone(),
        zone_name_ko: zone.name_ko.clone(),
        zone_status: zone.status_on(as_of).unwrap_or(zone.status),
        as_of,
        assessment_year: t,
        findings,
        permissions,
    })
}

/// [`zone_summary_with`]'s findings alone, without the zone's county finding: what the
/// compliance report lists of each zone (it reads neither the permissions nor the names).
///
/// # Errors
/// As [`zone_summary`].
pub(crate) fn zone_findings(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
) -> Result<Vec<Answer<FindingDetail>>, Error> {
    let mut out = Out::Whole(Vec::new());
    zone_findings_with(reg, zone, as_of, params, false, &mut out)?;
    Ok(out.into_whole())
}

/// What the compliance report reads of one of a zone's findings: its rule, outcome, severity,
/// date and whether it rests on made-up records. [`zone_heads`] makes it without the answer
/// where the rule decides without one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct ZoneHead {
    pub rule: RuleId,
    pub outcome: Outcome,
    pub severity: crate::severity::Severity,
    pub date: Option<NaiveDate>,
    pub illustrative: bool,
}

/// The rule by its id alone (its metadata's `Debug` is the whole rule).
impl core::fmt::Debug for ZoneHead {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ZoneHead")
            .field("rule", &self.rule.as_str())
            .field("outcome", &self.outcome)
            .field("severity", &self.severity)
            .field("date", &self.date)
            .field("illustrative", &self.illustrative)
            .finish()
    }
}

impl ZoneHead {
    /// The head of a finding made whole (and marked: [`crate::illustrative::mark`]).
    pub(crate) fn of(a: &Answer<FindingDetail>) -> Self {
        Self {
            rule: a.rule_id,
            outcome: a.outcome,
            severity: crate::severity::of_answer(a.rule_id, a.outcome, &a.reasons, &a.needs_human),
            date: finding_date(a),
            illustrative: crate::illustrative::is_marked(&a.reasons),
        }
    }
}

/// The date a zone's or a county's finding turns on: an assessment finding's start, art-02.c's
/// window end.
pub(crate) fn finding_date(a: &Answer<FindingDetail>) -> Option<NaiveDate> {
    match &a.detail {
        FindingDetail::Assessment(d) => (d.start).map(IsoDate::get),
        FindingDetail::County(d) => Some(*d.window_end),
        _ => None,
    }
}

/// [`zone_findings`] as the compliance report reads them ([`ZoneHead`]), in the same order (the
/// `n`-th head is the `n`-th answer's), made without the answers where the rule decides without
/// one (perf: a 1,000-zone report's page made 12,000 answers whole and dropped them, to read
/// these five things of each). Debug builds make the answers too and hold the heads to theirs.
///
/// # Errors
/// As [`zone_summary`].
pub(crate) fn zone_heads(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
    heads: &mut Vec<ZoneHead>,
) -> Result<(), Error> {
    let from = heads.len();
    let mut out = Out::Heads(heads);
    zone_findings_with(reg, zone, as_of, params, false, &mut out)?;
    #[cfg(debug_assertions)]
    {
        let whole: Vec<ZoneHead> = zone_findings(reg, zone, as_of, params)?
            .iter()
            .map(ZoneHead::of)
            .collect();
        debug_assert_eq!(
            heads.get(from..),
            Some(whole.as_slice()),
            "a zone's heads are its answers' ({})",
            zone.id
        );
    }
    #[cfg(not(debug_assertions))]
    let _ = from;
    Ok(())
}

/// Where [`zone_findings_with`] puts a zone's findings: whole answers, each marked as resting on
/// made-up records where it does, or ([`zone_heads`]) what the report reads of each.
enum Out<'h> {
    Whole(Vec<Answer<FindingDetail>>),
    Heads(&'h mut Vec<ZoneHead>),
}

impl Out<'_> {
    /// Whether the findings are wanted whole: else a rule that decides without its answer gives
    /// its head alone ([`Out::head`]).
    fn whole(&self) -> bool {
        matches!(self, Self::Whole(_))
    }

    /// A finding made whole, marked ([`crate::illustrative::mark`]) with the made-up records it
    /// rests on.
    /// Out of line: one copy for the fifteen rules (the wasm module's size).
    #[inline(never)]
    fn answer(&mut self, reg: &ValidRegister, zone: &Zone, mut a: Answer<FindingDetail>) {
        let kinds = if a.rule_id == RuleId::ART_02_C {
            zone.county_id
                .as_deref()
                .map(|c| crate::illustrative::county_sources(reg, c))
                .unwrap_or_default()
        } else {
            crate::illustrative::zone_sources(reg, a.rule_id, zone)
        };
        crate::illustrative::mark(&mut a, &kinds);
        match self {
            Self::Whole(list) => list.push(a),
            Self::Heads(heads) => heads.push(ZoneHead::of(&a)),
        }
    }

    /// A finding of `rule` (not art-02.c) decided without its answer: its outcome, the codes of
    /// its reasons and its date. Only when [`Out::whole`] is false.
    fn head(
        &mut self,
        reg: &ValidRegister,
        zone: &Zone,
        (rule, outcome, codes): (
            RuleId,
            Outcome,
            impl Iterator<Item = crate::messages::ReasonCode>,
        ),
        date: Option<NaiveDate>,
    ) {
        if let Self::Heads(heads) = self {
            heads.push(ZoneHead {
                rule,
                outcome,
                severity: crate::severity::of_codes(rule, outcome, codes),
                date,
                // Without a list when nothing about the zone is made up (perf: the list's
                // checks, made for 9,000 heads of a 1,000-zone page, a seventh of the heads).
                illustrative: crate::illustrative::rests_on_made_up(reg, rule, zone),
            });
        }
    }

    fn into_whole(self) -> Vec<Answer<FindingDetail>> {
        match self {
            Self::Whole(list) => list,
            Self::Heads(_) => Vec::new(),
        }
    }
}

/// art-14.d of year `t` into `out`: whole, or (for heads) decided without its answer
/// ([`a14::yellow_card_decision`]: the answer's outcome, reason codes and start).
fn yellow_card_into(
    out: &mut Out<'_>,
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: NaiveDate,
    params: &Params,
) {
    if !out.whole() {
        let d = a14::yellow_card_decision(reg, zone, t, Some(as_of), params);
        let rule = RuleId::ART_14_D;
        out.head(reg, zone, (rule, d.outcome, d.codes.reasons()), d.start);
        return;
    }
    let a = a14::yellow_card(reg, zone, t, Some(as_of), params);
    out.answer(reg, zone, erase(a, FindingDetail::Assessment));
}

/// art-14.e (`revocation` false) or art-14.f (`true`) of year `t` into `out`: whole, or (for
/// heads) decided without its answer ([`a14::window_decision`]; neither answer has a date).
fn window_into(
    out: &mut Out<'_>,
    reg: &ValidRegister,
    zone: &Zone,
    (t, as_of): (i32, NaiveDate),
    params: &Params,
    revocation: bool,
) {
    let rule = if revocation {
        RuleId::ART_14_F
    } else {
        RuleId::ART_14_E
    };
    if !out.whole() {
        let (outcome, merged, same_hits) =
            a14::window_decision(reg, zone, t, Some(as_of), params, revocation);
        use crate::messages::ReasonCode as C;
        let codes = merged
            .then_some(C::AccountabilityMergedIntoRevocation)
            .into_iter()
            .chain(same_hits.then_some(C::SameHitsAsPreviousWindow));
        out.head(reg, zone, (rule, outcome, codes), None);
        return;
    }
    let a = if rule == RuleId::ART_14_F {
        a14::revocation_package(reg, zone, t, Some(as_of), params)
    } else {
        a14::leader_accountability(reg, zone, t, Some(as_of), params)
    };
    out.answer(reg, zone, erase(a, FindingDetail::Assessment));
}

/// A zone's findings into `out`, with the latest assessment year with results out and the
/// yellow card in force (what the permissions read).
fn zone_findings_with(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
    with_county: bool,
    out: &mut Out<'_>,
) -> Result<(Option<i32>, Option<a14::CardInForce>), Error> {
    let year = as_of.year();
    if let Out::Whole(findings) = out {
        // Room for every finding at once: at most 15 of the checks below, and one per recorded
        // reuse of industrial property.
        findings.reserve(15 + reg.industrial_reuses_of(zone).count());
    }
    // Each rule below whole, or (for heads) decided without its answer where it can
    // be: its outcome (none of these has a date or a reason code the severity reads).
    let lean = |out: &mut Out<'_>, rule, outcome: &dyn Fn() -> Outcome| {
        let whole = out.whole();
        if !whole {
            out.head(reg, zone, (rule, outcome(), core::iter::empty()), None);
        }
        whole
    };
    if lean(out, RuleId::PRE_A, &|| {
        preamble::scope_outcome(zone, Some(as_of))
    }) {
        let a = preamble::development_zone_scope(zone, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Scope));
    }
    if preamble::scope_outcome(zone, Some(as_of)) == Outcome::OutOfScope {
        // Not a 「开发区」 of its own (a park inside a zone, an overseas zone, …): none of the zone
        // checks apply (each says so when asked alone, `rules::common::out_of_scope`).
        // Its land's reuse records are the land's, and are still read.
        reuses_into(out, reg, zone, as_of, params)?;
        return Ok((None, None));
    }
    if as_of < *reg.issue_date {
        // Asked of a day before issuance: none of the opinion's requirements existed yet (each
        // zone check says so when asked alone, `AS_OF_BEFORE_ISSUANCE`); pre.a's definition
        // above is the one finding.
        return Ok((None, None));
    }
    if lean(out, RuleId::ART_12_B, &|| {
        a12::dispatch_outcome_of_zone(zone, reg)
    }) {
        let a = a12::dispatch_status_of_zone(zone, a12::Organ::Mc, reg, params);
        out.answer(reg, zone, erase(a, FindingDetail::Dispatch));
    }
    if lean(out, RuleId::ART_02_B, &|| {
        a02::nominal_outcome(reg, zone, Some(as_of))
    }) {
        let a = a02::nominal_zone(reg, zone, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Nominal));
    }
    if let Some(county) = zone.county_id.as_ref().filter(|_| with_county) {
        let a = a02::one_county_one_zone(reg, county, as_of, params)?;
        out.answer(reg, zone, erase(a, FindingDetail::County));
    }
    if zone.level == ZoneLevel::IndustrialConcentration {
        out.answer(
            reg,
            zone,
            erase(
                a02::upgrade_eligibility(reg, zone, as_of, params),
                FindingDetail::Upgrade,
            ),
        );
    }
    if lean(out, RuleId::ART_05_A, &|| {
        a05::industry_outcome(zone, Some(as_of), params)
    }) {
        let a = a05::industry_focus(zone, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Industry));
    }
    // The yellow card in force on `as_of` (art-03.a reads it too; shown below).
    let card = a14::yellow_card_in_force(reg, zone, as_of, params);
    let high_tech = || a03::high_tech_outcome(reg, zone, Some(as_of), params, card);
    if lean(out, RuleId::ART_03_A, &high_tech) {
        let a = a03::high_tech_application(reg, zone, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::HighTech));
    }
    let t = latest_assessment_year(reg, zone, as_of);
    if let Some(t) = t {
        let promotion = || a14::promotion_outcome(reg, zone, t, Some(as_of), params);
        if lean(out, RuleId::ART_14_C, &promotion) {
            let a = a14::priority_promotion(reg, zone, t, Some(as_of), params);
            out.answer(reg, zone, erase(a, FindingDetail::Assessment));
        }
        yellow_card_into(out, reg, zone, t, as_of, params);
        window_into(out, reg, zone, (t, as_of), params, false);
        window_into(out, reg, zone, (t, as_of), params, true);
    }
    // A yellow card still in force from an earlier year is shown too, so that a permission
    // barred by art-14.d always has its triggered finding beside it.
    if let Some(c) = card.filter(|c| Some(c.year) != t) {
        yellow_card_into(out, reg, zone, c.year, as_of, params);
    }
    let stats = || a14::stats_outcome(reg, zone, year, Some(as_of), params);
    if lean(out, RuleId::ART_14_H, &stats) {
        let a = a14::stats_disqualification(reg, zone, year, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Stats));
    }
    // The previous year's too when a finding about it is known by `as_of`: statistics are
    // mostly found false after their year, while that year's assessment is under way.
    let prev = year.saturating_sub(1);
    let prev_stats = || a14::stats_outcome(reg, zone, prev, Some(as_of), params);
    if matches!(prev_stats(), Outcome::Disqualified | Outcome::NeedsHuman)
        && lean(out, RuleId::ART_14_H, &prev_stats)
    {
        let a = a14::stats_disqualification(reg, zone, prev, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Stats));
    }
    let env = || a15::env_outcome(reg, zone, year, Some(as_of), params);
    if lean(out, RuleId::ART_15_A, &env) {
        let a = a15::env_infra_disqualification(reg, zone, year, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Env));
    }
    // The previous year's too when it is disqualified (or that is for a person), as art-14.h's
    // above: 「取消当年…考评资格」 takes that year's assessment, which is under way after its year.
    let prev_env = || a15::env_outcome(reg, zone, prev, Some(as_of), params);
    if matches!(prev_env(), Outcome::Disqualified | Outcome::NeedsHuman)
        && lean(out, RuleId::ART_15_A, &prev_env)
    {
        let a = a15::env_infra_disqualification(reg, zone, prev, Some(as_of), params);
        out.answer(reg, zone, erase(a, FindingDetail::Env));
    }
    // art-11.b's finding without its facts, parameters and detail (what its duties read).
    if out.whole() {
        let a = a11::land_evaluation(reg, zone, year, Some(as_of), params)?;
        out.answer(reg, zone, erase(a, FindingDetail::LandEval));
    } else {
        let f = a11::land_evaluation_finding(reg, zone, year, Some(as_of), params, false)?;
        out.head(
            reg,
            zone,
            (RuleId::ART_11_B, f.outcome, core::iter::empty()),
            None,
        );
    }
    reuses_into(out, reg, zone, as_of, params)?;
    Ok((t, card))
}

/// The art-11.e findings of the zone's recorded reuses of industrial property into `out`.
fn reuses_into(
    out: &mut Out<'_>,
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
) -> Result<(), Error> {
    for reuse in reg.industrial_reuses_of(zone) {
        out.answer(
            reg,
            zone,
            erase(
                a11::industrial_reuse_for(reuse, as_of, Some(*reg.issue_date), params)?,
                FindingDetail::LandGrace,
            ),
        );
    }
    Ok(())
}

fn permissions(
    zone: &Zone,
    as_of: NaiveDate,
    card: Option<a14::CardInForce>,
    findings: &[Answer<FindingDetail>],
) -> Vec<Permission> {
    let outcome_of = |rule: RuleId| {
        findings
            .iter()
            .find(|f| f.rule_id == rule)
            .map(|f| f.outcome)
    };
    let gone = !zone.exists_on(as_of);
    // Found (art-02.b REVOKE) or flagged to exist in name only: 「对有名无实的开发区…予以撤销」
    // revokes it; whether it may still expand, adjust or upgrade meanwhile is for a person.
    // (A national zone found nominal too: who revokes it differs, not that it is revoked.)
    let nominal = crate::rules::common::nominal_ask(zone, Some(as_of)).is_some();
    let card_bars = card.is_some_and(|c| c.certain);
    let card_may = card.is_some_and(|c| !c.certain);
    // The year's art-15.a (listed first) bars the year's expansion, adjustment and upgrade; the
    // previous year's, when disqualified, its assessment too.
    let env = outcome_of(RuleId::ART_15_A) == Some(Outcome::Disqualified);
    let env_any = findings
        .iter()
        .any(|f| f.rule_id == RuleId::ART_15_A && f.outcome == Outcome::Disqualified);
    // An item missed after issuance in the year of issuance (art-15.a NEEDS_HUMAN).
    let env_open = outcome_of(RuleId::ART_15_A) == Some(Outcome::NeedsHuman);
    let env_any_open = findings
        .iter()
        .any(|f| f.rule_id == RuleId::ART_15_A && f.outcome == Outcome::NeedsHuman);
    let stats = findings
        .iter()
        .any(|f| f.rule_id == RuleId::ART_14_H && f.outcome == Outcome::Disqualified);
    let stats_open = findings
        .iter()
        .any(|f| f.rule_id == RuleId::ART_14_H && f.outcome == Outcome::NeedsHuman);
    let status = "register.status";
    let from = |action, barred: &[(bool, &'static str)], open: &[(bool, &'static str)]| {
        let pick = |list: &[(bool, &'static str)]| -> Vec<&'static str> {
            list.iter()
                .filter(|(hit, _)| *hit)
                .map(|(_, r)| *r)
                .collect()
        };
        let (status, decided_by) = match (pick(barred), pick(open)) {
            (b, _) if !b.is_empty() => (PermissionStatus::Barred, b),
            (_, o) if !o.is_empty() => (PermissionStatus::NeedsHuman, o),
            _ => (PermissionStatus::NotBarred, Vec::new()),
        };
        Permission {
            action,
            status,
            decided_by,
        }
    };
    // An answer of a rule that decides the action by itself (art-02.d, art-03.a).
    let by_rule = |action, rule: RuleId| {
        let id = rule.as_str();
        match outcome_of(rule) {
            Some(Outcome::NotEligible | Outcome::NotApplicable) => from(action, &[(true, id)], &[]),
            Some(Outcome::NeedsHuman | Outcome::Unknown) => from(action, &[], &[(true, id)]),
            _ => from(action, &[], &[]),
        }
    };
    let expand_like = |action| {
        from(
            action,
            &[(gone, status), (card_bars, "art-14.d"), (env, "art-15.a")],
            &[
                (card_may, "art-14.d"),
                (nominal, "art-02.b"),
                (env_open, "art-15.a"),
            ],
        )
    };
    // art-03.a supports an application; it bars one only through the bars it reads (a yellow
    // card, art-15.a). Outside its support (not a provincial zone, the criteria not met, already
    // a high-tech zone, found nominal) nothing in the opinion bars the application.
    let high_tech = {
        let finding = findings.iter().find(|f| f.rule_id == RuleId::ART_03_A);
        let bar = finding.is_some_and(|f| {
            f.reasons
                .iter()
                .any(|r| r.code == C::YellowCardBars || r.code == C::EnvInfraBars)
        });
        match finding.map(|f| f.outcome) {
            Some(Outcome::NotEligible | Outcome::NotApplicable) if gone => {
                from(Action::ApplyHighTech, &[(true, status)], &[])
            }
            Some(Outcome::NotEligible) if bar => {
                from(Action::ApplyHighTech, &[(true, "art-03.a")], &[])
            }
            // A bar in force whatever art-03.a's own answer rests on (a zone found nominal and
            // carded): 「禁止…升级」, 「取消当年…晋升…资格」.
            Some(Outcome::NotEligible | Outcome::NotApplicable) if card_bars || env => from(
                Action::ApplyHighTech,
                &[(card_bars, "art-14.d"), (env, "art-15.a")],
                &[],
            ),
            Some(Outcome::NotEligible | Outcome::NotApplicable) => Permission {
                action: Action::ApplyHighTech,
                status: PermissionStatus::NotSupported,
                decided_by: alloc::vec!["art-03.a"],
            },
            _ => by_rule(Action::ApplyHighTech, RuleId::ART_03_A),
        }
    };
    // 升级 of an industrial concentration zone is art-02.d's question, and its answer already
    // weighs the yellow card and art-15.a; for other zones those two bar it directly.
    // art-02.d enables an upgrade for a county 「没有省级开发区」; it bars one only through the
    // bars it reads (a yellow card, art-15.a, a re-application ban). Outside its support (a
    // county with a provincial zone, a zone that is not an active one of its kind) nothing in
    // the opinion bars the application, as with art-03.a.
    let upgrade = if zone.level == ZoneLevel::IndustrialConcentration && !gone {
        let finding = findings.iter().find(|f| f.rule_id == RuleId::ART_02_D);
        // The clauses whose bars art-02.d read: each bar is cited by its own clause.
        let bars: Vec<&'static str> = finding.map_or_else(Vec::new, |f| {
            [
                (C::YellowCardBars, "art-14.d"),
                (C::EnvInfraBars, "art-15.a"),
                (C::ReapplyBanInForce, "art-14.f"),
            ]
            .into_iter()
            .filter(|(code, _)| f.reasons.iter().any(|r| r.code == *code))
            .map(|(_, clause)| clause)
            .collect()
        });
        let bar = !bars.is_empty();
        match finding.map(|f| f.outcome) {
            Some(Outcome::NotEligible) if bar => Permission {
                action: Action::Upgrade,
                status: PermissionStatus::Barred,
                decided_by: bars,
            },
            // To be revoked (art-02.b), as for expanding and adjusting: for a person.
            Some(Outcome::NotEligible) if !bar && nominal => {
                from(Action::Upgrade, &[], &[(true, "art-02.b")])
            }
            Some(Outcome::NotEligible) if !bar => Permission {
                action: Action::Upgrade,
                status: PermissionStatus::NotSupported,
                decided_by: alloc::vec!["art-02.d"],
            },
            _ => by_rule(Action::Upgrade, RuleId::ART_02_D),
        }
    } else {
        expand_like(Action::Upgrade)
    };
    alloc::vec![
        expand_like(Action::Expand),
        expand_like(Action::Adjust),
        upgrade,
        high_tech,
        from(
            Action::BeAssessed,
            &[(gone, status), (env_any, "art-15.a"), (stats, "art-14.h")],
            &[(stats_open, "art-14.h"), (env_any_open, "art-15.a")],
        ),
    ]
}

/// The serialisable, language-rendered view of a [`ZoneSummary`].
#[cfg(feature = "serde")]
pub mod view {
    use super::{FindingDetail, Permission, ZoneSummary};
    use crate::answer::view::{AnswerView, RulebookView};
    use crate::dates::IsoDate;
    use crate::messages::Lang;
    use crate::rules::{RULEBOOK_VERSION, SOURCE_SHA256};
    use alloc::string::String;
    use alloc::vec::Vec;

    use serde::Serialize;

    /// The summary in one language.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    #[cfg_attr(feature = "wasm", tsify(missing_as_null))]
    pub struct ZoneSummaryView {
        /// The zone.
        pub zone_id: String,
        /// Its Chinese name.
        pub zone_name: String,
        /// Its English name, when the register has one.
        pub zone_name_en: Option<String>,
        /// Its Korean name, when the register has one.
        pub zone_name_ko: Option<String>,
        /// Its status on the date of the summary, as the register records it
        /// (`register.status` in `decidedBy`).
        pub zone_status: crate::register::ZoneStatus,
        /// The date of the summary.
        pub as_of: IsoDate,
        /// The latest assessment year with results out.
        pub assessment_year: Option<i32>,
        /// Every finding, rendered.
        #[cfg_attr(feature = "wasm", tsify(type = "ZoneFinding[]"))]
        pub findings: Vec<AnswerView<FindingDetail>>,
        /// What the zone may do this year.
        pub permissions: Vec<Permission>,
        /// Language of the messages.
        pub lang: Lang,
        /// Rulebook version and source hash.
        pub rulebook: RulebookView,
    }

    impl ZoneSummaryView {
        /// Renders `s` in `lang`.
        #[must_use]
        pub fn new(s: &ZoneSummary, lang: Lang) -> Self {
            Self {
                zone_id: s.zone_id.clone(),
                zone_name: s.zone_name.clone(),
                zone_name_en: s.zone_name_en.clone(),
                zone_name_ko: s.zone_name_ko.clone(),
                zone_status: s.zone_status,
                as_of: IsoDate(s.as_of),
                assessment_year: s.assessment_year,
                findings: s
                    .findings
                    .iter()
                    .map(|f| AnswerView::new(f, lang))
                    .collect(),
                permissions: s.permissions.clone(),
                lang,
                rulebook: RulebookView {
                    version: RULEBOOK_VERSION,
                    source_sha256: SOURCE_SHA256,
                },
            }
        }
    }
}

#[cfg(all(test, feature = "serde"))]
#[allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    reason = "test fixtures: fixed arrays indexed modulo their length, JSON built by hand"
)]
mod tests {
    use super::*;
    use crate::params::{DisqualifiedInWindow, RankFallScope, TiePolicy};

    /// A register of 24 zones of every level over 2019–2027, ranked so that each zone's years
    /// fall in and out of the bottom 5 and 10 of 30, some years without a rank or unpublished.
    fn varied_register() -> ValidRegister {
        let levels = [
            "PROVINCIAL",
            "NATIONAL",
            "INDUSTRIAL_CONCENTRATION",
            "OTHER",
            "UNKNOWN",
            "PROVINCIAL",
        ];
        let counties = ["CTY.YANJI", "CTY.TUMEN", "CTY.DUNHUA"];
        let zones: Vec<serde_json::Value> = (0..24)
            .map(|i| {
                let county = counties[i % 3];
                // Recorded for some zones, one way or the other; unrecorded for the rest.
                let recorded = [Some(true), Some(false), None][i % 3];
                let mut zone = serde_json::json!({
                    "id": alloc::format!("Z{i:02}"),
                    "nameZh": alloc::format!("合成开发区{i}"),
                    "level": levels[i % levels.len()],
                    "type": "ECON_DEV_ZONE",
                    "countyId": county,
                    "status": "ACTIVE",
                    "managingAuthority": "COUNTY",
                    "leadingIndustry": "装备制造",
                    "mainIndustries": ["现代物流"],
                });
                if let Some(finding) = recorded {
                    zone["meetsHighTechCriteria"] = serde_json::json!(finding);
                    zone["nominalFinding"] = serde_json::json!(!finding);
                }
                zone
            })
            .collect();
        let mut assessments = Vec::new();
        for year in 2019..2027 {
            for i in 0..24_i32 {
                if (i + year) % 7 == 0 {
                    continue; // a year without a record
                }
                let mut a = serde_json::json!({
                    "zoneId": alloc::format!("Z{i:02}"),
                    "year": year,
                    "rank": (i * 11 + year * 5) % 30 + 1,
                    "populationSize": 30,
                    "rewardedByProvince": (i + year) % 3 != 0,
                });
                if (i + year) % 5 != 0 {
                    a["publishedDate"] = serde_json::json!(alloc::format!("{}-09-15", year + 1));
                }
                assessments.push(a);
            }
        }
        // Falsified statistics and environmental items, late or never done, for some zones: they
        // disqualify years and, unreflected in a record, leave a streak for a person.
        let stats: Vec<serde_json::Value> = (0..24)
            .filter(|i| i % 4 == 0)
            .map(|i| {
                serde_json::json!({
                    "zoneId": alloc::format!("Z{i:02}"),
                    "dataYear": 2021 + i % 3,
                    "falsifiedOrConcealed": true,
                    "findingDate": alloc::format!("{}-03-01", 2022 + i % 3),
                })
            })
            .collect();
        let env: Vec<serde_json::Value> = (0..24)
            .filter(|i| i % 5 < 2)
            .map(|i| {
                let mut item = serde_json::json!({
                    "zoneId": alloc::format!("Z{i:02}"),
                    "item": "污水处理设施",
                    "dueDate": "2022-06-30",
                });
                if i % 5 == 1 {
                    item["completedDate"] = serde_json::json!("2023-02-01");
                }
                item
            })
            .collect();
        let register = serde_json::json!({
            "issueDate": "2019-06-01",
            "statsFindings": stats,
            "envInfra": env,
            "counties": counties
                .map(|id| serde_json::json!({ "id": id, "nameZh": id, "kind": "CITY" })),
            "zones": zones,
            "assessments": assessments,
        });
        let register: crate::register::Register = serde_json::from_value(register).unwrap();
        ValidRegister::new(register, "register").unwrap()
    }

    /// The report reads each zone's findings as heads ([`zone_heads`]), some decided without
    /// their answers: each head is the one of the answer made whole, in the same place, for
    /// every zone of the example register and of a register of every level and many ranks, on
    /// dates from before issuance to years on, under the default parameters and readings that
    /// change the sanctions' windows.
    #[test]
    fn a_zones_heads_are_its_answers_heads() {
        let example: crate::register::Register =
            serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap();
        let example = ValidRegister::new(example, "register").unwrap();
        let varied = varied_register();
        let readings = [
            Params::default(),
            Params {
                disqualified_year_in_bottom_window: DisqualifiedInWindow::CountsAsBottom,
                rank_fall_applies_to: RankFallScope::AllRanked,
                window_hits: 1,
                ..Params::default()
            },
            Params {
                disqualified_year_in_bottom_window: DisqualifiedInWindow::Skip,
                bottom_tie_policy: TiePolicy::NeedsHuman,
                bottom_n_yellow: 12,
                bottom_n_revoke: 8,
                rectification_deadline_days: Some(60),
                top_streak_years: 2,
                top_rank_threshold: 15,
                top_requires_reward_each_year: true,
                ..Params::default()
            },
        ];
        let (mut compared, mut decided) = (0, 0);
        for reg in [&example, &varied] {
            for params in &readings {
                for year in 2019..=2031 {
                    for (month, day) in [(1, 1), (6, 30), (9, 16), (12, 31)] {
                        let as_of = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                        for zone in &reg.zones {
                            let mut heads = Vec::new();
                            zone_heads(reg, zone, as_of, params, &mut heads).unwrap();
                            let whole: Vec<ZoneHead> = zone_findings(reg, zone, as_of, params)
                                .unwrap()
                                .iter()
                                .map(ZoneHead::of)
                                .collect();
                            assert_eq!(heads, whole, "{} on {as_of}", zone.id);
                            compared += heads.len();
                            decided += heads
                                .iter()
                                .filter(|h| {
                                    h.outcome == Outcome::Triggered
                                        || h.outcome == Outcome::NeedsHuman
                                })
                                .count();
                        }
                    }
                }
            }
        }
        // Enough findings, and enough of them triggered or for a person, to mean something.
        assert!(compared > 40_000, "{compared}");
        assert!(decided > 2_000, "{decided}");
    }
}
