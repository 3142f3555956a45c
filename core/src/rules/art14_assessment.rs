//! (十四) 建立考核激励机制: assessment, rewards and sanctions.
//!
//! > 对连续3年综合考评在全省靠前并受到省奖励的开发区,党政主要负责人予以优先提拔重用;对综合考评在全省排名后10位的
//! > 省级开发区或排名后退的,予以黄牌警告,……对3年中有2年全省排名后10位的省级开发区,对开发区党政主要负责人进行问责;
//! > 对3年中有2年全省排名后5位的省级开发区,按省规定予以撤销,3年内不得重新申报,……对统计数据虚报瞒报的开发区,取消当年考评资格。
//!
//! The sanctions key off Jilin's ranking of provincial zones (AMB-11): a zone is in the bottom n of
//! N ranked zones when its rank is greater than N − n; with N ≤ 2n a person decides; ties at the
//! boundary follow `bottomTiePolicy`. Sanction windows count only assessment years from the first
//! full year after issuance (AMB-25); rewards may look back. A disqualified year (art-14.h,
//! art-15.a or the assessor's record) breaks a top streak and counts as a bottom year (AMB-26).
//! Every answer lists the evidence of each year of its window.

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::common::{
    about, absent_in_year, first_full_year, not_applicable, on_zone, ZoneYearInput,
};
use super::{art15_environment, Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::messages::ReasonCode as C;
use crate::params::{
    DisqualifiedInWindow, FalsificationYear, FirstCountedYear, Params, RankFallMetric,
    RankFallScope, TiePolicy, YellowCardDuration,
};
use crate::period::add_years;
use crate::register::{
    AssessmentRecord, DisqualificationReason, Revocation, RevocationKind, ValidRegister, Zone,
    ZoneLevel,
};

/// art-14.a: Formulate the Yanbian assessment method (based on Jilin's)
pub static ART_14_A: RuleMeta = RuleMeta {
    id: "art-14.a",
    title: "Formulate the Yanbian assessment method (based on Jilin's)",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.FINANCE", "AG.DRC", "AG.MIIT", "AG.STATS", "AG.NATRES", "AG.ECOENV"],
    owed_by: OwedBy::ClauseList,
    quote: "根据《吉林省开发区综合发展水平考核评价办法》,制定《延边州开发区综合发展水平考核评价办法》,对开发区综合发展水平进行更加细化的评价。",
    extra_quotes: &[],
    en: "On the basis of the Jilin Province Method for Assessing and Evaluating the Comprehensive Development Level of Development Zones, formulate a Yanbian Prefecture Method for Assessing and Evaluating the Comprehensive Development Level of Development Zones, giving a more detailed evaluation of the zones' comprehensive development level.",
    ko: None,
    ambiguities: &["AMB-11"],
    evaluation: Evaluation::OpenItem,
};

/// art-14.b: Who runs the assessment
pub static ART_14_B: RuleMeta = RuleMeta {
    id: "art-14.b",
    title: "Who runs the assessment",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Definition],
    strength: Strength::Mandatory,
    bearers: &["ACT.LG_OFFICE"],
    owed_by: OwedBy::Nobody,
    quote: "考核工作由州开发区工作领导小组办公室组织,州商务局、州财政局、州发改委、州工信局、州统计局、州自然资源局、州生态环境局等部门组成考核工作组实施。",
    extra_quotes: &[],
    en: "The assessment is organised by the Office of the Prefecture Development Zone Work Leading Group and carried out by an assessment working group made up of the Prefecture Bureau of Commerce, Bureau of Finance, DRC, Bureau of Industry and IT, Bureau of Statistics, Bureau of Natural Resources, Bureau of Ecology and Environment and other departments.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("fixes who organises and carries out the assessment; used as data, not a decision"),
};

/// art-14.c: Reward: near the top of the province 3 years in a row and rewarded by the province → priority promotion of leaders
pub static ART_14_C: RuleMeta = RuleMeta {
    id: "art-14.c",
    title: "Reward: near the top of the province 3 years in a row and rewarded by the province → priority promotion of leaders",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Reward],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY"],
    owed_by: OwedBy::Nobody,
    quote: "对连续3年综合考评在全省靠前并受到省奖励的开发区,党政主要负责人予以优先提拔重用",
    extra_quotes: &[],
    en: "For a zone whose comprehensive assessment ranked near the top of the province for 3 consecutive years and which received provincial awards, its principal party and government leaders shall be given priority for promotion and important appointments.",
    ko: Some("연속 3년 종합심사평가에서 전성 앞자리를 차지하고 성의 장려를 받은 개발구에 대하여 당정 주요 책임자를 우선 발탁·중용한다."),
    ambiguities: &["AMB-10", "AMB-11", "AMB-12", "AMB-25", "AMB-26", "AMB-37"],
    evaluation: Evaluation::Function,
};

/// art-14.d: Sanction: bottom 10 of the provincial ranking, or a falling rank → yellow card package
pub static ART_14_D: RuleMeta = RuleMeta {
    id: "art-14.d",
    title: "Sanction: bottom 10 of the provincial ranking, or a falling rank → yellow card package",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.LG", "AG.NATRES"],
    owed_by: OwedBy::Nobody,
    quote: "对综合考评在全省排名后10位的省级开发区或排名后退的,予以黄牌警告,限制新增土地指标,禁止扩区调区升级,予以通报并限期整改",
    extra_quotes: &[],
    en: "A provincial-level zone whose comprehensive assessment ranks in the bottom 10 of the province, or whose ranking falls, shall receive a yellow-card warning. Its new land quota is restricted, expansion, boundary adjustment and upgrading are prohibited, and it is publicly notified and ordered to rectify within a time limit.",
    ko: Some("종합심사평가에서 전성 순위 하위 10위인 성급 개발구 또는 순위가 후퇴한 개발구에 대하여 황색경고를 주고, 신규 토지지표를 제한하며, 구역 확장·조정·승격을 금지하고, 통보하며 기한 내 시정하도록 한다."),
    ambiguities: &["AMB-10", "AMB-11", "AMB-12b", "AMB-12c", "AMB-24", "AMB-25", "AMB-26", "AMB-42"],
    evaluation: Evaluation::Function,
};

/// art-14.e: Sanction: bottom 10 in 2 of 3 years → leaders held accountable
pub static ART_14_E: RuleMeta = RuleMeta {
    id: "art-14.e",
    title: "Sanction: bottom 10 in 2 of 3 years → leaders held accountable",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY"],
    owed_by: OwedBy::Nobody,
    quote: "对3年中有2年全省排名后10位的省级开发区,对开发区党政主要负责人进行问责",
    extra_quotes: &[],
    en: "For a provincial-level zone that ranked in the province's bottom 10 in 2 of 3 years, the zone's principal party and government leaders shall be held accountable.",
    ko: Some("3년 중 2년이 전성 순위 하위 10위인 성급 개발구에 대하여 개발구 당정 주요 책임자에게 책임을 묻는다."),
    ambiguities: &["AMB-10", "AMB-11", "AMB-13", "AMB-25", "AMB-26", "AMB-37"],
    evaluation: Evaluation::Function,
};

/// art-14.f: Sanction: bottom 5 in 2 of 3 years → revocation, 3-year re-application ban, leaders accountable and not promoted for 3 years
pub static ART_14_F: RuleMeta = RuleMeta {
    id: "art-14.f",
    title: "Sanction: bottom 5 in 2 of 3 years → revocation, 3-year re-application ban, leaders accountable and not promoted for 3 years",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.PROV", "ACT.PREF_PARTY"],
    owed_by: OwedBy::Nobody,
    quote: "对3年中有2年全省排名后5位的省级开发区,按省规定予以撤销,3年内不得重新申报,并对开发区党政主要负责人进行问责,3年内不得提拔。",
    extra_quotes: &[],
    en: "A provincial-level zone that ranked in the province's bottom 5 in 2 of 3 years shall be revoked in accordance with provincial rules and may not re-apply within 3 years. Its principal party and government leaders shall be held accountable and may not be promoted within 3 years.",
    ko: Some("3년 중 2년이 전성 순위 하위 5위인 성급 개발구는 성의 규정에 따라 철회하고 3년 내에 다시 신청할 수 없으며, 개발구 당정 주요 책임자에게 책임을 묻고 3년 내에 발탁할 수 없다."),
    ambiguities: &["AMB-10", "AMB-11", "AMB-13", "AMB-25", "AMB-26", "AMB-37", "AMB-38", "AMB-43"],
    evaluation: Evaluation::Function,
};

/// art-14.g: Build the prefecture zone statistics system
pub static ART_14_G: RuleMeta = RuleMeta {
    id: "art-14.g",
    title: "Build the prefecture zone statistics system",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.STATS", "AG.COMMERCE", "ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "统计部门、开发区主管部门与各开发区要建立健全州开发区统计制度,完善统计指标体系,严格执行统计制度规定,及时、准确、全面地反映开发区运行发展情况。",
    extra_quotes: &[],
    en: "Statistics departments, the competent zone authority and each zone shall establish and improve a prefecture zone statistics system and indicator system, strictly implement statistical rules, and reflect zone operations in a timely, accurate and complete way.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-14.h: Sanction: falsified or concealed statistics → disqualified from that year's assessment
pub static ART_14_H: RuleMeta = RuleMeta {
    id: "art-14.h",
    title: "Sanction: falsified or concealed statistics → disqualified from that year's assessment",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.ASSESS_WG"],
    owed_by: OwedBy::Nobody,
    quote: "对统计数据虚报瞒报的开发区,取消当年考评资格。",
    extra_quotes: &[],
    en: "A zone that falsely reports or conceals statistical data is disqualified from that year's assessment.",
    ko: Some("통계자료를 허위 보고하거나 은폐한 개발구는 당해 연도 심사평가 자격을 취소한다."),
    ambiguities: &["AMB-10", "AMB-26", "AMB-27"],
    evaluation: Evaluation::Function,
};

/// Where a zone stands in one assessment year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Standing {
    /// In the bottom n (or counted as such because disqualified).
    Bottom,
    /// Within the top threshold.
    Top,
    /// Ranked, neither top nor bottom.
    Middle,
    /// Disqualified that year by the assessing authority (the provincial record says so).
    Disqualified,
    /// No record for the year.
    NoRecord,
    /// A record without a rank.
    Unranked,
    /// The text leaves it to a person (population too small, tie across the boundary, a
    /// disqualified year under `disqualifiedYearInBottomWindow = NEEDS_HUMAN`).
    NeedsHuman,
    /// Before the first year sanctions count (AMB-25).
    NotCounted,
    /// The only record of the year is from another ranking than `assessmentRankingScope`.
    OtherRanking,
    /// The zone did not exist in that year (not yet established, or revoked or merged before).
    ZoneAbsent,
}

impl Standing {
    /// Whether the year's standing is simply not known (no usable record).
    const fn unknown(self) -> bool {
        matches!(self, Self::NoRecord | Self::Unranked | Self::OtherRanking)
    }
}

/// The evidence of one year of a window or streak.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct YearEvidence {
    /// Assessment year.
    pub year: i32,
    /// Official rank, if ranked.
    pub rank: Option<u32>,
    /// Zones ranked that year.
    pub population_size: Option<u32>,
    /// Rewarded by the province that year.
    pub rewarded_by_province: bool,
    /// Why the assessing authority disqualified the year, when its record says so.
    pub disqualified_for: Vec<DisqualificationReason>,
    /// The prefecture's own findings for the year (art-14.h falsified statistics, art-15.a
    /// overdue environmental infrastructure). They do not rewrite the province's ranking: where
    /// the province ranked the year anyway, the answer says so for a person (AMB-27).
    pub prefecture_findings: Vec<DisqualificationReason>,
    /// Where the zone stands for the question asked.
    pub standing: Standing,
    /// Whether the year counts toward the answer (a hit of a window, or a year of a streak that holds).
    pub hit: bool,
}

/// The assessing authority's own disqualification of the year: the provincial record known on
/// `as_of` says the zone was disqualified. Never inferred from the prefecture's findings, and
/// never without a record (catalog `bottom_hits`: `r is not None and r.disqualified`).
#[must_use]
pub fn disqualifications(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Vec<DisqualificationReason> {
    known_record(reg, zone, year, as_of, params)
        .filter(|r| r.disqualified)
        .map(|r| {
            r.disqualification_reason
                .unwrap_or(DisqualificationReason::Other)
        })
        .into_iter()
        .collect()
}

/// The prefecture's findings for `year` known on `as_of`: falsified statistics (art-14.h,
/// `falsificationYearBasis`) and overdue environmental infrastructure (art-15.a). Only for years
/// the opinion reaches (AMB-25: none before the first counted year unless retroactive).
#[must_use]
pub fn prefecture_findings(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Vec<DisqualificationReason> {
    let mut out = Vec::new();
    if !counted_year(reg, year, params) {
        return out;
    }
    if falsified_stats(reg, zone, year, params).any(|f| as_of.is_none_or(|a| f.finding_date <= a)) {
        out.push(DisqualificationReason::FalsifiedStats);
    }
    if art15_environment::overdue_items(reg, zone, year, as_of)
        .next()
        .is_some()
    {
        out.push(DisqualificationReason::EnvInfra);
    }
    out
}

/// Whether sanctions reach assessment year `year` (AMB-25).
fn counted_year(reg: &ValidRegister, year: i32, params: &Params) -> bool {
    params.retroactive_years_for_sanctions || year >= first_counted_year(*reg.issue_date, params)
}

/// The zone's record for `year` if it is known on `as_of` (published by then, or undated) and is
/// from the ranking `assessmentRankingScope` names (a record without a scope is taken to be).
fn known_record<'r>(
    reg: &'r ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Option<&'r AssessmentRecord> {
    reg.assessment(&zone.id, year)
        .filter(|r| match (r.published_date, as_of) {
            (Some(published), Some(a)) => published <= a,
            _ => true,
        })
        .filter(|r| {
            r.ranking_scope
                .is_none_or(|s| s == params.assessment_ranking_scope)
        })
}

/// Whether the zone's record for `year` is from another ranking than the parameters name.
fn other_ranking(reg: &ValidRegister, zone: &Zone, year: i32, params: &Params) -> bool {
    reg.assessment(&zone.id, year).is_some_and(|r| {
        r.ranking_scope
            .is_some_and(|s| s != params.assessment_ranking_scope)
    })
}

fn falsified_stats<'r>(
    reg: &'r ValidRegister,
    zone: &'r Zone,
    year: i32,
    params: &'r Params,
) -> impl Iterator<Item = &'r crate::register::StatsFinding> {
    reg.stats_findings.iter().filter(move |f| {
        f.zone_id == zone.id
            && f.falsified_or_concealed
            && match params.falsification_year_basis {
                FalsificationYear::DataYear => f.data_year == year,
                FalsificationYear::FindingYear => f.finding_date.year() == year,
            }
    })
}

/// Is a ranked record in the bottom `n`? `None` when a person must decide (AMB-11).
fn in_bottom(r: &AssessmentRecord, rank: u32, n: u32, params: &Params) -> Option<bool> {
    if u64::from(r.population_size) <= u64::from(params.min_population_factor) * u64::from(n) {
        return None;
    }
    let threshold = i64::from(r.population_size) - i64::from(n);
    let first = i64::from(rank);
    let last = first + i64::from(r.tied_with.max(1)) - 1;
    if first > threshold {
        Some(true)
    } else if last <= threshold {
        Some(false)
    } else {
        match params.bottom_tie_policy {
            TiePolicy::IncludeAllTied => Some(true),
            TiePolicy::ExcludeAllTied => Some(false),
            TiePolicy::NeedsHuman => None,
        }
    }
}

/// The first assessment year sanctions count (`firstCountedYearRule`, AMB-25).
#[must_use]
pub fn first_counted_year(issue_date: NaiveDate, params: &Params) -> i32 {
    match params.first_counted_year_rule {
        FirstCountedYear::FirstFullYearAfterIssue => first_full_year(issue_date),
        FirstCountedYear::IssueYear => issue_date.year(),
    }
}

fn evidence<'r>(
    reg: &'r ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (YearEvidence, Option<&'r AssessmentRecord>) {
    let rec = known_record(reg, zone, year, as_of, params);
    let standing = if !zone.exists_in_year(year) {
        Standing::ZoneAbsent
    } else if rec.is_none() && other_ranking(reg, zone, year, params) {
        Standing::OtherRanking
    } else {
        Standing::NoRecord
    };
    (
        YearEvidence {
            year,
            rank: rec.and_then(|r| r.rank),
            population_size: rec.map(|r| r.population_size),
            rewarded_by_province: rec.is_some_and(|r| r.rewarded_by_province),
            disqualified_for: disqualifications(reg, zone, year, as_of, params),
            prefecture_findings: prefecture_findings(reg, zone, year, as_of, params),
            standing,
            hit: false,
        },
        rec,
    )
}

/// A year's standing against the bottom `n` from its ranked record, before any parameter on
/// disqualified years applies.
fn ranked_standing(rec: Option<&AssessmentRecord>, n: u32, params: &Params) -> Standing {
    match rec.map(|r| (r, r.rank)) {
        None => Standing::NoRecord,
        Some((_, None)) => Standing::Unranked,
        Some((r, Some(rank))) => match in_bottom(r, rank, n, params) {
            Some(true) => Standing::Bottom,
            Some(false) => Standing::Middle,
            None => Standing::NeedsHuman,
        },
    }
}

/// The bottom-`n` hits of the window ending at `t` (art-14.e, art-14.f), with each year's evidence.
fn bottom_window(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    n: u32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Vec<YearEvidence> {
    let span = i32::try_from(params.window_years.max(1)).unwrap_or(i32::MAX);
    (t.saturating_sub(span - 1)..=t)
        .map(|y| {
            let (mut ev, rec) = evidence(reg, zone, y, as_of, params);
            if !counted_year(reg, y, params) {
                ev.standing = Standing::NotCounted;
                return ev;
            }
            if matches!(ev.standing, Standing::ZoneAbsent | Standing::OtherRanking) {
                return ev;
            }
            if !ev.disqualified_for.is_empty() {
                ev.standing = Standing::Disqualified;
                match params.disqualified_year_in_bottom_window {
                    DisqualifiedInWindow::CountsAsBottom => ev.hit = true,
                    DisqualifiedInWindow::Skip => {}
                    DisqualifiedInWindow::NeedsHuman => ev.standing = Standing::NeedsHuman,
                }
                return ev;
            }
            ev.standing = ranked_standing(rec, n, params);
            ev.hit = ev.standing == Standing::Bottom;
            ev
        })
        .collect()
}

/// A year's standing against the bottom `n`, for evidence shown beside the year asked about.
fn standing_of(
    rec: Option<&AssessmentRecord>,
    ev: &YearEvidence,
    n: u32,
    params: &Params,
) -> Standing {
    if matches!(ev.standing, Standing::ZoneAbsent | Standing::OtherRanking) {
        return ev.standing;
    }
    if !ev.disqualified_for.is_empty() {
        return Standing::Disqualified;
    }
    ranked_standing(rec, n, params)
}

/// The needs-human notes for a year the province ranked although the prefecture found
/// falsified statistics or overdue environmental infrastructure (AMB-27): the ranking stands
/// until the province re-issues its results.
fn unreflected_findings(
    rule: RuleId,
    zone: &Zone,
    y: &YearEvidence,
    needs_human: &mut Vec<Reason>,
) {
    if y.rank.is_none() || !y.disqualified_for.is_empty() {
        return;
    }
    for f in &y.prefecture_findings {
        let code = match f {
            DisqualificationReason::FalsifiedStats => C::YearStatsFindingNotReflected,
            DisqualificationReason::EnvInfra => C::YearEnvFindingNotReflected,
            DisqualificationReason::Other => continue,
        };
        needs_human.push(
            about(Reason::new(code, rule), zone)
                .with("year", y.year)
                .with("rank", y.rank.unwrap_or(0)),
        );
    }
}

/// Reasons describing each year's evidence.
fn year_reasons(
    rule: RuleId,
    zone: &Zone,
    years: &[YearEvidence],
    n: u32,
    out: &mut Vec<Reason>,
    needs_human: &mut Vec<Reason>,
) {
    for y in years {
        let base = |code| about(Reason::new(code, rule), zone).with("year", y.year);
        let ranked = |code| {
            base(code)
                .with("rank", y.rank.unwrap_or(0))
                .with("population", y.population_size.unwrap_or(0))
                .with("n", n)
        };
        match y.standing {
            Standing::Bottom => out.push(ranked(C::YearInBottom)),
            Standing::Middle | Standing::Top => out.push(ranked(C::YearNotInBottom)),
            Standing::Disqualified => out.push(base(if y.hit {
                C::YearDisqualifiedCountsAsBottom
            } else {
                C::YearDisqualifiedSkipped
            })),
            Standing::NoRecord => out.push(base(C::YearNoRecord)),
            Standing::Unranked => out.push(base(C::YearUnranked)),
            Standing::NotCounted => out.push(base(C::YearBeforeFirstCounted)),
            Standing::OtherRanking => out.push(base(C::YearOtherRanking)),
            Standing::ZoneAbsent => out.push(base(C::YearZoneAbsent)),
            Standing::NeedsHuman => {
                if y.disqualified_for.is_empty() {
                    needs_human.push(ranked(C::YearBottomNeedsHuman));
                } else {
                    needs_human.push(base(C::YearDisqualifiedNeedsHuman));
                }
            }
        }
        if y.standing != Standing::NotCounted {
            unreflected_findings(rule, zone, y, needs_human);
        }
    }
}

fn window_params(used: &mut ParamsUsed, params: &Params, n_name: &'static str, n: u32) {
    used.insert(n_name, n.into());
    used.insert("windowYears", params.window_years.into());
    used.insert("windowHits", params.window_hits.into());
    used.insert("minPopulationFactor", params.min_population_factor.into());
    used.insert("bottomTiePolicy", params.bottom_tie_policy.as_str().into());
    used.insert(
        "retroactiveYearsForSanctions",
        params.retroactive_years_for_sanctions.into(),
    );
    used.insert(
        "firstCountedYearRule",
        params.first_counted_year_rule.as_str().into(),
    );
    used.insert(
        "disqualifiedYearInBottomWindow",
        params.disqualified_year_in_bottom_window.as_str().into(),
    );
    used.insert(
        "falsificationYearBasis",
        params.falsification_year_basis.as_str().into(),
    );
    used.insert(
        "assessmentRankingScope",
        params.assessment_ranking_scope.as_str().into(),
    );
}

/// A sanction or reward measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Measure {
    /// 黄牌警告.
    YellowCard,
    /// 限制新增土地指标 (the size of the restriction is set outside the text).
    LandQuotaRestricted,
    /// 禁止扩区调区升级.
    NoExpandAdjustUpgrade,
    /// 予以通报.
    PublicNotice,
    /// 限期整改 (the period is set in each notice, AMB-42).
    RectifyByDeadline,
    /// 对开发区党政主要负责人进行问责.
    AccountabilityPrincipalLeaders,
    /// 按省规定予以撤销 (decided by the province, AMB-43).
    RevocationPerProvincialRules,
    /// 3年内不得重新申报.
    ReapplyBan,
    /// 3年内不得提拔.
    NoPromotion,
    /// 党政主要负责人予以优先提拔重用.
    PriorityPromotion,
}

/// What triggered a yellow card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Trigger {
    /// 排名后10位.
    BottomN,
    /// 排名后退.
    RankFall,
    /// A disqualified year counted as bottom (AMB-26).
    DisqualifiedCountsAsBottom,
}

/// Where a yellow card's end stands on the date asked (AMB-24).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum CardEnd {
    /// Ended (see `end`).
    Ended,
    /// In force until the next year's results are published.
    UntilNextResult,
    /// The next results are out but the zone is still in the bottom n: in force until the
    /// rectification is accepted.
    UntilRectified,
    /// The next results are out and show the zone out of the bottom n, and no rectification
    /// acceptance is recorded: whether the card has ended is for a person (AMB-24).
    NeedsHuman,
}

/// The fields of the sanction and reward answers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct AssessmentDetail {
    /// The zone.
    pub zone_id: String,
    /// The assessment year asked about.
    pub year: i32,
    /// The evidence, year by year.
    pub years: Vec<YearEvidence>,
    /// Years that count as hits (windows) or the streak's years (reward).
    pub hit_years: Vec<i32>,
    /// Triggers (art-14.d only).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub triggers: Vec<Trigger>,
    /// The measures that follow.
    pub measures: Vec<Measure>,
    /// When the measures start (the publication of the year's results, AMB-10).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub start: Option<IsoDate>,
    /// When the yellow card ends, once known (AMB-24).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub end: Option<IsoDate>,
    /// art-14.d: where the card's end stands on the date asked.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub end_status: Option<CardEnd>,
    /// art-14.d: the last day to rectify (「限期整改」), when `rectificationDeadlineDays` is set.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rectify_by: Option<IsoDate>,
    /// art-14.f: the last day of the 3-year re-application ban (「3年内」, inclusive).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reapply_ban_last_day: Option<IsoDate>,
    /// art-14.f: the first day a re-application is allowed.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reapply_allowed_from: Option<IsoDate>,
    /// art-14.f: the last day of the promotion ban.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub no_promotion_until: Option<IsoDate>,
    /// art-14.e: the rule its accountability is merged into (`art-14.f`), so leaders are not held
    /// accountable twice for the same years.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub merged_into: Option<&'static str>,
}

impl AssessmentDetail {
    fn new(zone: &Zone, year: i32, years: Vec<YearEvidence>) -> Self {
        let hit_years = years.iter().filter(|y| y.hit).map(|y| y.year).collect();
        Self {
            zone_id: zone.id.clone(),
            year,
            years,
            hit_years,
            triggers: Vec::new(),
            measures: Vec::new(),
            start: None,
            end: None,
            end_status: None,
            rectify_by: None,
            reapply_ban_last_day: None,
            reapply_allowed_from: None,
            no_promotion_until: None,
            merged_into: None,
        }
    }
}

/// Outcome of a 2-of-3 window: triggered; for a person when undecided years could tip it;
/// unknown when years without a usable record could; otherwise not triggered.
fn window_outcome(years: &[YearEvidence], params: &Params) -> Outcome {
    let hits = years.iter().filter(|y| y.hit).count();
    let open = years
        .iter()
        .filter(|y| y.standing == Standing::NeedsHuman)
        .count();
    let unknown = years.iter().filter(|y| y.standing.unknown()).count();
    let need = usize::try_from(params.window_hits).unwrap_or(usize::MAX);
    if hits >= need {
        Outcome::Triggered
    } else if hits + open >= need {
        Outcome::NeedsHuman
    } else if hits + open + unknown >= need {
        Outcome::Unknown
    } else {
        Outcome::NotTriggered
    }
}

/// Not applicable unless the zone is provincial (the sanctions name 「省级开发区」).
fn provincial_only(
    rule: RuleId,
    zone: &Zone,
    reasons: &mut Vec<Reason>,
    needs_human: &mut Vec<Reason>,
) -> Option<Outcome> {
    match zone.level {
        ZoneLevel::Provincial => None,
        ZoneLevel::Unknown => {
            needs_human.push(about(Reason::new(C::ZoneLevelUnknown, rule), zone));
            Some(Outcome::NeedsHuman)
        }
        level => {
            reasons.push(
                about(Reason::new(C::SanctionProvincialOnly, rule), zone)
                    .with("level", level.as_str()),
            );
            Some(Outcome::NotApplicable)
        }
    }
}

/// The not-applicable answer of an art-14 check for a zone that did not exist in year `t`.
fn absent(rule: RuleId, zone: &Zone, t: i32) -> Option<Answer<AssessmentDetail>> {
    absent_in_year(rule, zone, t)
        .map(|r| not_applicable(rule, r, AssessmentDetail::new(zone, t, Vec::new())))
}

/// Years of `years` that hit only because a disqualified year counted as bottom (AMB-26), when
/// the answer would not be triggered without them.
fn only_through_disqualified(years: &[YearEvidence], need: u32) -> Option<Vec<i32>> {
    let solid = years
        .iter()
        .filter(|y| y.hit && y.standing != Standing::Disqualified)
        .count();
    let dq: Vec<i32> = years
        .iter()
        .filter(|y| y.hit && y.standing == Standing::Disqualified)
        .map(|y| y.year)
        .collect();
    (!dq.is_empty() && u32::try_from(solid).unwrap_or(u32::MAX) < need).then_some(dq)
}

fn years_text(years: &[i32]) -> String {
    use core::fmt::Write;
    let mut s = String::new();
    for (i, y) in years.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "{y}");
    }
    s
}

/// art-14.e for a zone of a validated register.
#[must_use]
pub fn leader_accountability(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    window_sanction(
        reg,
        zone,
        t,
        as_of,
        params,
        (RuleId::ART_14_E, params.bottom_n_yellow, "bottomNYellow"),
    )
}

/// art-14.f for a zone of a validated register.
#[must_use]
pub fn revocation_package(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    window_sanction(
        reg,
        zone,
        t,
        as_of,
        params,
        (RuleId::ART_14_F, params.bottom_n_revoke, "bottomNRevoke"),
    )
}

/// The revocation record of `zone` that carries the art-14.f re-application ban, or `None`
/// with the reason why not (another ground, or the ground not recorded).
fn revocation_of<'r>(reg: &'r ValidRegister, zone: &Zone) -> Option<&'r Revocation> {
    reg.revocations.iter().find(|r| r.zone_id == zone.id)
}

fn window_sanction(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    (rule, n, n_name): (RuleId, u32, &'static str),
) -> Answer<AssessmentDetail> {
    if let Some(a) = absent(rule, zone, t) {
        return a;
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut used = crate::answer::ParamsUsed::new();
    window_params(&mut used, params, n_name, n);
    if let Some(outcome) = provincial_only(rule, zone, &mut reasons, &mut needs_human) {
        return Answer {
            rule_id: rule,
            outcome,
            reasons,
            needs_human,
            params_used: used,
            detail: AssessmentDetail::new(zone, t, Vec::new()),
        };
    }
    let years = bottom_window(reg, zone, t, n, as_of, params);
    year_reasons(rule, zone, &years, n, &mut reasons, &mut needs_human);
    let mut detail = AssessmentDetail::new(zone, t, years);
    let outcome = window_outcome(&detail.years, params);
    let hits = detail.hit_years.len();
    let summary = |code| {
        about(Reason::new(code, rule), zone)
            .with("year", t)
            .with("hits", hits)
            .with("needed", params.window_hits)
            .with("window", params.window_years)
            .with("n", n)
    };
    if outcome == Outcome::Triggered {
        if let Some(dq) = only_through_disqualified(&detail.years, params.window_hits) {
            needs_human.push(
                about(
                    Reason::new(C::TriggeredOnlyThroughDisqualifiedYear, rule),
                    zone,
                )
                .with("years", years_text(&dq)),
            );
        }
        if rule == RuleId::ART_14_F {
            reasons.push(
                summary(C::RevocationTriggered)
                    .with("banYears", params.reapply_ban_years)
                    .with("noPromotionYears", params.no_promotion_years),
            );
            detail.measures = alloc::vec![
                Measure::RevocationPerProvincialRules,
                Measure::ReapplyBan,
                Measure::AccountabilityPrincipalLeaders,
                Measure::NoPromotion,
            ];
            needs_human.push(about(
                Reason::new(C::RevocationDecidedByProvince, rule),
                zone,
            ));
            if let Some(rev) = revocation_of(reg, zone) {
                revocation_dates(
                    rule,
                    zone,
                    rev,
                    params,
                    &mut detail,
                    &mut reasons,
                    &mut needs_human,
                );
            }
            used.insert("reapplyBanYears", params.reapply_ban_years.into());
            used.insert("noPromotionYears", params.no_promotion_years.into());
        } else {
            let revoke = bottom_window(reg, zone, t, params.bottom_n_revoke, as_of, params);
            if window_outcome(&revoke, params) == Outcome::Triggered {
                detail.merged_into = Some("art-14.f");
                reasons.push(summary(C::AccountabilityMergedIntoRevocation));
            } else {
                reasons.push(summary(C::AccountabilityTriggered));
            }
            detail.measures = alloc::vec![Measure::AccountabilityPrincipalLeaders];
            used.insert("bottomNRevoke", params.bottom_n_revoke.into());
        }
        // AMB-37: those in office during the hit years, or at the decision? A person decides.
        needs_human.push(about(Reason::new(C::LeadersInOfficeNeedsHuman, rule), zone));
    } else if outcome == Outcome::NotTriggered {
        reasons.push(summary(C::WindowNotTriggered));
    } else if outcome == Outcome::Unknown {
        reasons.push(summary(C::WindowUnknownMissingYears));
    }
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

/// art-14.f's ban dates from the revocation record: only a revocation under art-14.f carries the
/// 3-year re-application ban; a record without its ground leaves that to a person.
fn revocation_dates(
    rule: RuleId,
    zone: &Zone,
    rev: &Revocation,
    params: &Params,
    detail: &mut AssessmentDetail,
    reasons: &mut Vec<Reason>,
    needs_human: &mut Vec<Reason>,
) {
    match rev.kind {
        Some(RevocationKind::Revocation14f) | None => {}
        Some(_) => {
            reasons.push(
                about(Reason::new(C::RevocationOtherGround, rule), zone)
                    .with("effective", rev.effective_date),
            );
            return;
        }
    }
    detail.reapply_ban_last_day =
        (add_years(*rev.effective_date, params.reapply_ban_years)).map(IsoDate);
    detail.reapply_allowed_from =
        (detail.reapply_ban_last_day.and_then(|d| d.succ_opt())).map(IsoDate);
    if let (Some(last), Some(from)) = (detail.reapply_ban_last_day, detail.reapply_allowed_from) {
        let r = about(Reason::new(C::ReapplyBanDates, rule), zone)
            .with("effective", rev.effective_date)
            .with("lastDay", last)
            .with("allowedFrom", from)
            .with("years", params.reapply_ban_years);
        if rev.kind.is_none() {
            needs_human.push(
                about(Reason::new(C::RevocationGroundNotRecorded, rule), zone)
                    .with("effective", rev.effective_date)
                    .with("allowedFrom", from),
            );
        }
        reasons.push(r);
    }
    if let Some(decided) = rev.accountability_decision_date {
        detail.no_promotion_until = (add_years(*decided, params.no_promotion_years)).map(IsoDate);
        if let Some(until) = detail.no_promotion_until {
            reasons.push(
                about(Reason::new(C::NoPromotionUntil, rule), zone)
                    .with("decided", decided)
                    .with("until", until),
            );
        }
    }
}

pub(crate) fn yellow_card_params(used: &mut ParamsUsed, params: &Params) {
    used.insert("bottomNYellow", params.bottom_n_yellow.into());
    used.insert("rankFallMetric", params.rank_fall_metric.as_str().into());
    used.insert("rankFallMinPlaces", params.rank_fall_min_places.into());
    used.insert("rankFallClearPlaces", params.rank_fall_clear_places.into());
    used.insert(
        "rankFallAppliesTo",
        params.rank_fall_applies_to.as_str().into(),
    );
    used.insert("minPopulationFactor", params.min_population_factor.into());
    used.insert("bottomTiePolicy", params.bottom_tie_policy.as_str().into());
    used.insert(
        "retroactiveYearsForSanctions",
        params.retroactive_years_for_sanctions.into(),
    );
    used.insert(
        "firstCountedYearRule",
        params.first_counted_year_rule.as_str().into(),
    );
    used.insert(
        "disqualifiedYearInBottomWindow",
        params.disqualified_year_in_bottom_window.as_str().into(),
    );
    used.insert(
        "yellowCardDuration",
        params.yellow_card_duration.as_str().into(),
    );
    used.insert(
        "assessmentRankingScope",
        params.assessment_ranking_scope.as_str().into(),
    );
    used.insert(
        "rectificationDeadlineDays",
        params.rectification_deadline_days.into(),
    );
}

/// Whether the rank fell from `prev` to `r`, and by how many places.
fn rank_fall(
    (r, rank): (&AssessmentRecord, u32),
    (p, prank): (&AssessmentRecord, u32),
    params: &Params,
) -> bool {
    match params.rank_fall_metric {
        RankFallMetric::RawRank => {
            i64::from(rank) - i64::from(prank) >= i64::from(params.rank_fall_min_places.max(1))
        }
        RankFallMetric::Percentile => {
            // (rank−1)/(N−1) > (prev−1)/(M−1), compared exactly in integers.
            let (n_now, n_prev) = (
                i64::from(r.population_size.max(2)) - 1,
                i64::from(p.population_size.max(2)) - 1,
            );
            (i64::from(rank) - 1) * n_prev > (i64::from(prank) - 1) * n_now
        }
    }
}

/// art-14.d for a zone of a validated register.
#[must_use]
pub fn yellow_card(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    let rule = RuleId::ART_14_D;
    if let Some(a) = absent(rule, zone, t) {
        return a;
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut used = crate::answer::ParamsUsed::new();
    yellow_card_params(&mut used, params);
    let provincial = zone.level == ZoneLevel::Provincial;
    let rank_fall_covers_it =
        params.rank_fall_applies_to == RankFallScope::AllRanked && zone.level != ZoneLevel::Unknown;
    if !provincial && !rank_fall_covers_it {
        let outcome = provincial_only(rule, zone, &mut reasons, &mut needs_human)
            .unwrap_or(Outcome::NotApplicable);
        return Answer {
            rule_id: rule,
            outcome,
            reasons,
            needs_human,
            params_used: used,
            detail: AssessmentDetail::new(zone, t, Vec::new()),
        };
    }
    if !counted_year(reg, t, params) {
        reasons.push(about(Reason::new(C::YearBeforeFirstCounted, rule), zone).with("year", t));
        return Answer {
            rule_id: rule,
            outcome: Outcome::NotApplicable,
            reasons,
            needs_human,
            params_used: used,
            detail: AssessmentDetail::new(zone, t, Vec::new()),
        };
    }
    let (mut ev, rec) = evidence(reg, zone, t, as_of, params);
    let (mut prev_ev, prev) = evidence(reg, zone, t - 1, as_of, params);
    let mut triggers = Vec::new();
    // A fall smaller than `rankFallClearPlaces`: the only trigger left to a person (AMB-12b).
    let mut small_fall: Option<i64> = None;
    if !ev.disqualified_for.is_empty() {
        ev.standing = Standing::Disqualified;
        match params.disqualified_year_in_bottom_window {
            DisqualifiedInWindow::CountsAsBottom if provincial => {
                triggers.push(Trigger::DisqualifiedCountsAsBottom);
                reasons.push(
                    about(Reason::new(C::YearDisqualifiedCountsAsBottom, rule), zone)
                        .with("year", t),
                );
            }
            DisqualifiedInWindow::NeedsHuman if provincial => {
                ev.standing = Standing::NeedsHuman;
                needs_human.push(
                    about(Reason::new(C::YearDisqualifiedNeedsHuman, rule), zone).with("year", t),
                );
            }
            _ => reasons
                .push(about(Reason::new(C::YearDisqualifiedSkipped, rule), zone).with("year", t)),
        }
    } else if let Some((r, rank)) = rec.and_then(|r| r.rank.map(|k| (r, k))) {
        let n = params.bottom_n_yellow;
        let ranked = |code| {
            about(Reason::new(code, rule), zone)
                .with("year", t)
                .with("rank", rank)
                .with("population", r.population_size)
                .with("n", n)
        };
        if provincial {
            match in_bottom(r, rank, n, params) {
                Some(true) => {
                    ev.standing = Standing::Bottom;
                    triggers.push(Trigger::BottomN);
                    reasons.push(ranked(C::YearInBottom));
                }
                Some(false) => {
                    ev.standing = Standing::Middle;
                    reasons.push(ranked(C::YearNotInBottom));
                }
                None => {
                    ev.standing = Standing::NeedsHuman;
                    needs_human.push(ranked(C::YearBottomNeedsHuman));
                }
            }
        } else {
            ev.standing = Standing::Middle;
        }
        match prev
            .and_then(|p| p.rank.map(|k| (p, k)))
            .filter(|_| prev_ev.disqualified_for.is_empty())
        {
            None => reasons.push(
                about(Reason::new(C::RankFallNoBaseline, rule), zone)
                    .with("year", t)
                    .with("previous", t - 1),
            ),
            Some((p, prank)) => {
                let fell = rank_fall((r, rank), (p, prank), params);
                let code = if fell { C::RankFell } else { C::RankDidNotFall };
                if fell {
                    triggers.push(Trigger::RankFall);
                    let places = i64::from(rank) - i64::from(prank);
                    if places < i64::from(params.rank_fall_clear_places) {
                        small_fall = Some(places);
                    }
                }
                reasons.push(
                    about(Reason::new(code, rule), zone)
                        .with("year", t)
                        .with("rank", rank)
                        .with("previous", t - 1)
                        .with("previousRank", prank)
                        .with("minPlaces", params.rank_fall_min_places),
                );
            }
        }
        unreflected_findings(rule, zone, &ev, &mut needs_human);
    } else {
        ev.standing = match (rec, ev.standing) {
            (_, Standing::OtherRanking) => Standing::OtherRanking,
            (Some(_), _) => Standing::Unranked,
            (None, _) => Standing::NoRecord,
        };
        let code = match ev.standing {
            Standing::OtherRanking => C::YearOtherRanking,
            Standing::Unranked => C::YearUnranked,
            _ => C::YearNoRecord,
        };
        reasons.push(about(Reason::new(code, rule), zone).with("year", t));
    }
    // The previous year is shown as evidence of the fall, with its own standing.
    prev_ev.standing = standing_of(prev, &prev_ev, params.bottom_n_yellow, params);
    let certain = triggers
        .iter()
        .any(|t| *t != Trigger::RankFall || small_fall.is_none());
    ev.hit = certain;
    let mut detail = AssessmentDetail::new(zone, t, alloc::vec![prev_ev, ev]);
    detail.hit_years = if certain { alloc::vec![t] } else { Vec::new() };
    let outcome = if certain {
        detail.measures = alloc::vec![
            Measure::YellowCard,
            Measure::LandQuotaRestricted,
            Measure::NoExpandAdjustUpgrade,
            Measure::PublicNotice,
            Measure::RectifyByDeadline,
        ];
        detail.start = rec.and_then(|r| r.published_date);
        reasons.push(about(Reason::new(C::YellowCardTriggered, rule), zone).with("year", t));
        if triggers == [Trigger::DisqualifiedCountsAsBottom] {
            needs_human.push(
                about(
                    Reason::new(C::TriggeredOnlyThroughDisqualifiedYear, rule),
                    zone,
                )
                .with("years", years_text(&[t])),
            );
        }
        match detail.start {
            Some(start) => {
                reasons.push(about(Reason::new(C::SanctionStarts, rule), zone).with("start", start))
            }
            None => needs_human
                .push(about(Reason::new(C::PublicationDateMissing, rule), zone).with("year", t)),
        }
        let (end_status, end) = yellow_card_end(reg, zone, t, as_of, params);
        detail.end_status = Some(end_status);
        detail.end = (end).map(IsoDate);
        reasons.push(end_reason(rule, zone, t, end_status, end, &mut needs_human));
        match (params.rectification_deadline_days, detail.start) {
            (Some(days), Some(start)) => {
                detail.rectify_by =
                    (start.checked_add_days(chrono::Days::new(u64::from(days)))).map(IsoDate);
                if let Some(by) = detail.rectify_by {
                    reasons.push(
                        about(Reason::new(C::RectifyBy, rule), zone)
                            .with("by", by)
                            .with("days", days)
                            .with("start", start),
                    );
                }
            }
            _ => needs_human.push(about(
                Reason::new(C::RectificationPeriodExternal, rule),
                zone,
            )),
        }
        needs_human.push(about(Reason::new(C::LandQuotaSizeExternal, rule), zone));
        Outcome::Triggered
    } else if let Some(places) = small_fall {
        needs_human.push(
            about(Reason::new(C::RankFallSmallNeedsHuman, rule), zone)
                .with("year", t)
                .with("places", places)
                .with("clearPlaces", params.rank_fall_clear_places),
        );
        Outcome::NeedsHuman
    } else if !needs_human.is_empty()
        && detail
            .years
            .last()
            .is_some_and(|y| y.standing == Standing::NeedsHuman)
    {
        Outcome::NeedsHuman
    } else if detail.years.last().is_some_and(|y| y.standing.unknown()) {
        Outcome::Unknown
    } else {
        Outcome::NotTriggered
    };
    if outcome == Outcome::NotTriggered {
        reasons.push(about(Reason::new(C::YellowCardNotTriggered, rule), zone).with("year", t));
    }
    detail.triggers = triggers;
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

/// The reason describing the card's end as it stands.
fn end_reason(
    rule: RuleId,
    zone: &Zone,
    t: i32,
    status: CardEnd,
    end: Option<NaiveDate>,
    needs_human: &mut Vec<Reason>,
) -> Reason {
    let base = |code| about(Reason::new(code, rule), zone).with("year", t);
    match (status, end) {
        (CardEnd::Ended, Some(end)) => base(C::YellowCardEnds).with("end", end),
        (CardEnd::UntilRectified, _) => base(C::YellowCardUntilRectified),
        (CardEnd::NeedsHuman, Some(published)) => {
            needs_human.push(
                base(C::YellowCardEndNeedsHuman)
                    .with("next", t + 1)
                    .with("published", published),
            );
            base(C::YellowCardEndOpen).with("next", t + 1)
        }
        _ => base(C::YellowCardUntilNextResult).with("next", t + 1),
    }
}

/// Where the yellow card of year `t` ends, on what is known on `as_of` (`yellowCardDuration`,
/// AMB-24). With `NeedsHuman` the date is the publication of the next results.
fn yellow_card_end(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (CardEnd, Option<NaiveDate>) {
    let next_rec = known_record(reg, zone, t + 1, as_of, params);
    let Some(next) = next_rec.and_then(|r| r.published_date) else {
        return (CardEnd::UntilNextResult, None);
    };
    match params.yellow_card_duration {
        YellowCardDuration::UntilNextResult => (CardEnd::Ended, Some(*next)),
        YellowCardDuration::UntilNextResultAndRectified => {
            let accepted = reg
                .rectifications
                .iter()
                .filter(|r| r.zone_id == zone.id && r.assessment_year == t)
                .map(|r| r.accepted_date)
                .filter(|d| as_of.is_none_or(|a| *d <= a))
                .min();
            if let Some(accepted) = accepted {
                return (CardEnd::Ended, Some(*next.max(accepted)));
            }
            let still_bottom = next_rec.and_then(|r| {
                r.rank
                    .and_then(|rank| in_bottom(r, rank, params.bottom_n_yellow, params))
            });
            if still_bottom == Some(true) {
                (CardEnd::UntilRectified, None)
            } else {
                (CardEnd::NeedsHuman, Some(*next))
            }
        }
    }
}

/// A yellow card in force on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardInForce {
    /// The assessment year of the card.
    pub year: i32,
    /// `false` when a person must decide: whether the card was given (a small rank fall, a
    /// disqualified year) or whether it has ended (AMB-24).
    pub certain: bool,
}

/// The yellow card in force on `as_of`, if any (the most recent one): a card of year `t` starts
/// when `t`'s results are published (or, unrecorded, on 1 January of `t + 1`) and lasts until its
/// end under `yellowCardDuration`.
#[must_use]
pub fn yellow_card_in_force(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
) -> Option<CardInForce> {
    let mut years: Vec<i32> = reg
        .assessments
        .iter()
        .filter(|r| r.zone_id == zone.id)
        .map(|r| r.year.get())
        .collect();
    years.sort_unstable();
    years.dedup();
    years.into_iter().rev().find_map(|t| {
        let answer = yellow_card(reg, zone, t, Some(as_of), params);
        let given = match answer.outcome {
            Outcome::Triggered => true,
            Outcome::NeedsHuman if !answer.detail.triggers.is_empty() => false,
            _ => return None,
        };
        let start = answer
            .detail
            .start
            .or_else(|| (NaiveDate::from_ymd_opt(t + 1, 1, 1)).map(IsoDate))?;
        if start > as_of {
            return None;
        }
        let (end_status, end) = yellow_card_end(reg, zone, t, Some(as_of), params);
        let ended_for_sure = end_status == CardEnd::Ended && end.is_some_and(|e| as_of >= e);
        if ended_for_sure {
            return None;
        }
        Some(CardInForce {
            year: t,
            certain: given && end_status != CardEnd::NeedsHuman,
        })
    })
}

/// art-14.c for a zone of a validated register.
#[must_use]
pub fn priority_promotion(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<AssessmentDetail> {
    let rule = RuleId::ART_14_C;
    if let Some(a) = absent(rule, zone, t) {
        return a;
    }
    let span = i32::try_from(params.top_streak_years.max(1)).unwrap_or(i32::MAX);
    let first = first_counted_year(*reg.issue_date, params);
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut all_top = true;
    let mut rewarded_count = 0usize;
    let years: Vec<YearEvidence> = (t.saturating_sub(span - 1)..=t)
        .map(|y| {
            let (mut ev, rec) = evidence(reg, zone, y, as_of, params);
            let base = |code| about(Reason::new(code, rule), zone).with("year", y);
            if y < first && !params.retroactive_years_for_rewards {
                ev.standing = Standing::NotCounted;
                reasons.push(base(C::YearBeforeFirstCounted));
            } else if ev.standing == Standing::ZoneAbsent {
                reasons.push(base(C::YearZoneAbsent));
            } else if !ev.disqualified_for.is_empty() {
                ev.standing = Standing::Disqualified;
                reasons.push(base(C::YearDisqualifiedBreaksStreak));
            } else {
                match rec.and_then(|r| r.rank.map(|k| (r, k))) {
                    None => {
                        ev.standing = match (rec, ev.standing) {
                            (_, Standing::OtherRanking) => Standing::OtherRanking,
                            (Some(_), _) => Standing::Unranked,
                            (None, _) => Standing::NoRecord,
                        };
                        reasons.push(base(C::YearMissingBreaksStreak));
                    }
                    Some((r, rank)) if rank <= params.top_rank_threshold => {
                        ev.standing = Standing::Top;
                        ev.hit = true;
                        let code = if r.rewarded_by_province {
                            C::YearTopRewarded
                        } else {
                            C::YearTopNotRewarded
                        };
                        reasons.push(
                            base(code)
                                .with("rank", rank)
                                .with("population", r.population_size)
                                .with("k", params.top_rank_threshold),
                        );
                    }
                    Some((r, rank)) => {
                        ev.standing = Standing::Middle;
                        reasons.push(
                            base(C::YearNotTop)
                                .with("rank", rank)
                                .with("population", r.population_size)
                                .with("k", params.top_rank_threshold),
                        );
                    }
                }
            }
            if ev.standing != Standing::Top {
                all_top = false;
            }
            if ev.rewarded_by_province && ev.disqualified_for.is_empty() {
                rewarded_count += 1;
            }
            ev
        })
        .collect();
    let streak_len = years.len();
    let rewarded = if params.top_requires_reward_each_year {
        rewarded_count == streak_len
    } else {
        rewarded_count > 0
    };
    let eligible = all_top && rewarded;
    let mut detail = AssessmentDetail::new(zone, t, years);
    let from_to = |code| {
        about(Reason::new(code, rule), zone)
            .with("from", t - (span - 1))
            .with("to", t)
            .with("years", params.top_streak_years)
    };
    let outcome = if eligible {
        detail.measures = alloc::vec![Measure::PriorityPromotion];
        reasons.push(from_to(C::PriorityPromotionEligible));
        for y in &detail.years {
            unreflected_findings(rule, zone, y, &mut needs_human);
        }
        let findings = !needs_human.is_empty();
        needs_human.push(about(Reason::new(C::LeadersInOfficeNeedsHuman, rule), zone));
        if findings {
            Outcome::NeedsHuman
        } else {
            Outcome::Eligible
        }
    } else {
        detail.hit_years.clear();
        let code = if all_top {
            C::PriorityPromotionNotRewarded
        } else {
            C::PriorityPromotionNoStreak
        };
        reasons.push(from_to(code));
        Outcome::NotEligible
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.insert("topRankThreshold", params.top_rank_threshold.into());
    used.insert("topStreakYears", params.top_streak_years.into());
    used.insert(
        "topRequiresRewardEachYear",
        params.top_requires_reward_each_year.into(),
    );
    used.insert(
        "retroactiveYearsForRewards",
        params.retroactive_years_for_rewards.into(),
    );
    used.insert(
        "disqualifiedYearInTopStreak",
        params.disqualified_year_in_top_streak.as_str().into(),
    );
    used.insert(
        "assessmentRankingScope",
        params.assessment_ranking_scope.as_str().into(),
    );
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

/// art-14.h's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct StatsDetail {
    /// The zone.
    pub zone_id: String,
    /// The assessment year.
    pub year: i32,
    /// The disqualified year, when disqualified.
    pub disqualified_year: Option<i32>,
}

/// art-14.h for a zone of a validated register.
#[must_use]
pub fn stats_disqualification(
    reg: &ValidRegister,
    zone: &Zone,
    y: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<StatsDetail> {
    let rule = RuleId::ART_14_H;
    let detail = |disqualified: bool| StatsDetail {
        zone_id: zone.id.clone(),
        year: y,
        disqualified_year: disqualified.then_some(y),
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.insert(
        "falsificationYearBasis",
        params.falsification_year_basis.as_str().into(),
    );
    used.insert(
        "retroactiveYearsForSanctions",
        params.retroactive_years_for_sanctions.into(),
    );
    used.insert(
        "firstCountedYearRule",
        params.first_counted_year_rule.as_str().into(),
    );
    if let Some(r) = absent_in_year(rule, zone, y) {
        return not_applicable(rule, r, detail(false));
    }
    if !counted_year(reg, y, params) {
        let r = about(Reason::new(C::YearBeforeFirstCounted, rule), zone).with("year", y);
        let mut a = not_applicable(rule, r, detail(false));
        a.params_used = used;
        return a;
    }
    let mut reasons: Vec<Reason> = falsified_stats(reg, zone, y, params)
        .filter(|f| as_of.is_none_or(|a| f.finding_date <= a))
        .map(|f| {
            about(Reason::new(C::StatsFalsified, rule), zone)
                .with("dataYear", f.data_year)
                .with("findingDate", f.finding_date)
                .with("year", y)
        })
        .collect();
    let disqualified = !reasons.is_empty();
    if !disqualified {
        reasons.push(about(Reason::new(C::StatsNoFinding, rule), zone).with("year", y));
    }
    Answer {
        rule_id: rule,
        outcome: if disqualified {
            Outcome::Disqualified
        } else {
            Outcome::NotDisqualified
        },
        reasons,
        needs_human: Vec::new(),
        params_used: used,
        detail: detail(disqualified),
    }
}

computed! {
    /// art-14.c as a computed rule ([`priority_promotion`]).
    PriorityPromotion: ART_14_C(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(priority_promotion(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
computed! {
    /// art-14.d as a computed rule ([`yellow_card`]).
    YellowCard: ART_14_D(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(yellow_card(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
computed! {
    /// art-14.e as a computed rule ([`leader_accountability`]).
    LeaderAccountability: ART_14_E(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(leader_accountability(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
computed! {
    /// art-14.f as a computed rule ([`revocation_package`]).
    RevocationPackage: ART_14_F(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(revocation_package(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
computed! {
    /// art-14.h as a computed rule ([`stats_disqualification`]).
    StatsDisqualification: ART_14_H(ZoneYearInput) -> StatsDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(stats_disqualification(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
}
