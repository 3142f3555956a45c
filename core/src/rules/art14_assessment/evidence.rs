//! The evidence of each assessment year: standing, disqualifications, the prefecture's findings, the sanction windows.

use crate::answer::AddReason;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use crate::answer::{ParamsUsed, Reason};
use crate::messages::ReasonCode as C;
use crate::params::{DisqualifiedInWindow, FalsificationYear, FirstCountedYear, Params, TiePolicy};
use crate::register::{
    AssessmentRecord, DisqualificationReason, ValidRegister, Zone, ZoneAssessments,
};
use crate::rules::common::{about, first_full_year};
use crate::rules::{art15_environment, RuleId};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14: a falsified-statistics finding for a year the province ranked (AMB-27)
    YearStatsFindingNotReflected = "YEAR_STATS_FINDING_NOT_REFLECTED" {
        zh: "{year}年{zoneName}({zone})被认定统计数据虚报瞒报(第十四条),但全省排名仍列第{rank}位:排名以省公布结果为准,省是否重新公布结果须人工核实",
        ko: "{year}년 {zoneName}({zone})의 경우 통계수치 허위보고·은폐가 인정되였으나(제14조) 전 성 순위는 {rank}위이다. 순위는 성이 공포한 결과에 따르며 성이 결과를 다시 공포하는지는 사람이 확인하여야 한다",
        en: "{zoneName} ({zone}) was found to have falsified statistics for {year} (art-14.h), yet the province ranked it {rank}: the province's ranking stands; whether the province re-issues its results is for a person to check"
    }
    /// art-14: an environmental-infrastructure failure for a year the province ranked (AMB-27)
    YearEnvFindingNotReflected = "YEAR_ENV_FINDING_NOT_REFLECTED" {
        zh: "{year}年{zoneName}({zone})有环保基础设施未按时完成(第十五条),但全省排名仍列第{rank}位:排名以省公布结果为准,省是否重新公布结果须人工核实",
        ko: "{year}년 {zoneName}({zone})의 경우 환경보호 기초시설을 제때에 완료하지 못하였으나(제15조) 전 성 순위는 {rank}위이다. 순위는 성이 공포한 결과에 따르며 성이 결과를 다시 공포하는지는 사람이 확인하여야 한다",
        en: "{zoneName} ({zone}) did not complete environmental infrastructure on time in {year} (art-15.a), yet the province ranked it {rank}: the province's ranking stands; whether the province re-issues its results is for a person to check"
    }
}

stable_enum! {
    /// Where a zone stands in one assessment year.
    Standing {
        /// In the bottom n (or counted as such because disqualified).
        Bottom = "BOTTOM" { zh: "处于后段", ko: "하위 구간", en: "in the bottom band" },
        /// Within the top threshold.
        Top = "TOP" { zh: "处于前段", ko: "상위 구간", en: "in the top band" },
        /// Ranked, neither top nor bottom.
        Middle = "MIDDLE" { zh: "不在所涉名次段", ko: "해당 구간 밖", en: "outside the band" },
        /// Disqualified that year by the assessing authority (the provincial record says so).
        Disqualified = "DISQUALIFIED" { zh: "被取消考评资格", ko: "심사평가 자격 취소", en: "disqualified" },
        /// No record for the year.
        NoRecord = "NO_RECORD" { zh: "无考核记录", ko: "심사평가 기록 없음", en: "no record" },
        /// A record without a rank.
        Unranked = "UNRANKED" { zh: "有记录无排名", ko: "순위 없는 기록", en: "recorded without a rank" },
        /// The text leaves it to a person (population too small, tie across the boundary, a
        /// disqualified year under `disqualifiedYearInBottomWindow = NEEDS_HUMAN`).
        NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "needs human review" },
        /// Before the first year sanctions count (AMB-25).
        NotCounted = "NOT_COUNTED" { zh: "不计入(早于首个计算年度)", ko: "산입 제외(첫 산입 년도 이전)", en: "not counted (before the first counted year)" },
        /// The only record of the year is from another ranking than `assessmentRankingScope`.
        OtherRanking = "OTHER_RANKING" { zh: "记录属于其他排名", ko: "다른 순위의 기록", en: "recorded in another ranking" },
        /// The zone did not exist in that year (not yet established, or revoked or merged before).
        ZoneAbsent = "ZONE_ABSENT" { zh: "开发区当年不存在", ko: "당해 년도 개발구 부재", en: "the zone did not exist that year" },
    }
}

impl Standing {
    /// Whether the year's standing is simply not known (no usable record).
    pub(super) const fn unknown(self) -> bool {
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
    #[cfg_attr(feature = "wasm", tsify(type = "DisqualificationReason[]"))]
    pub disqualified_for: Disqualifications,
    /// The prefecture's own findings for the year (art-14.h falsified statistics, art-15.a
    /// overdue environmental infrastructure). They do not rewrite the province's ranking: where
    /// the province ranked the year anyway, the answer says so for a person (AMB-27).
    #[cfg_attr(feature = "wasm", tsify(type = "DisqualificationReason[]"))]
    pub prefecture_findings: Disqualifications,
    /// Where the zone stands for the question asked.
    pub standing: Standing,
    /// Whether the year counts toward the answer (a hit of a window, or a year of a streak that holds).
    pub hit: bool,
}

/// A set of [`DisqualificationReason`]s, one bit each: a year's evidence holds two, so a
/// [`YearEvidence`] is a few bytes and is made without allocating (issue 12: the two lists were
/// vectors, most of the evidence's size and of the copies of art-14.d's decision). Written (JSON)
/// as the array of its reasons in their declaration order, the order in which they were found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Disqualifications(u8);

impl Disqualifications {
    /// No reason.
    pub const NONE: Self = Self(0);

    /// The set of one reason.
    #[must_use]
    pub const fn of(reason: DisqualificationReason) -> Self {
        Self(1 << reason as u8)
    }

    /// Whether it holds no reason.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether it holds `reason`.
    #[must_use]
    pub const fn contains(self, reason: DisqualificationReason) -> bool {
        self.0 & Self::of(reason).0 != 0
    }

    /// How many reasons it holds.
    #[must_use]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// `reason` added.
    pub fn insert(&mut self, reason: DisqualificationReason) {
        self.0 |= Self::of(reason).0;
    }

    /// Its reasons, in their declaration order.
    pub fn iter(self) -> impl Iterator<Item = DisqualificationReason> {
        DisqualificationReason::ALL
            .iter()
            .copied()
            .filter(move |r| self.contains(*r))
    }
}

impl FromIterator<DisqualificationReason> for Disqualifications {
    fn from_iter<I: IntoIterator<Item = DisqualificationReason>>(iter: I) -> Self {
        let mut set = Self::NONE;
        iter.into_iter().for_each(|r| set.insert(r));
        set
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Disqualifications {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for r in self.iter() {
            seq.serialize_element(r.as_str())?;
        }
        seq.end()
    }
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
) -> Disqualifications {
    disqualifications_of(known_record(
        reg.assessments_of_zone(zone),
        year,
        as_of,
        params,
    ))
}

/// [`disqualifications`] of the record known.
fn disqualifications_of(rec: Option<&AssessmentRecord>) -> Disqualifications {
    rec.filter(|r| r.disqualified)
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
) -> Disqualifications {
    findings_in(
        reg,
        zone,
        reg.assessments_of_zone(zone),
        year,
        as_of,
        params,
    )
}

/// [`prefecture_findings`] of a zone whose records are `records`: none looked for when it has
/// no statistics finding or environmental item on record.
fn findings_in(
    reg: &ValidRegister,
    zone: &Zone,
    records: ZoneAssessments<'_>,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Disqualifications {
    let mut out = Disqualifications::NONE;
    if !records.has_stats_or_env() || !counted_year(reg, year, params) {
        return out;
    }
    if falsified_stats(reg, zone, year, params).any(|f| as_of.is_none_or(|a| f.finding_date <= a)) {
        out.insert(DisqualificationReason::FalsifiedStats);
    }
    if art15_environment::overdue_items(reg, zone, year, as_of)
        .next()
        .is_some()
    {
        out.insert(DisqualificationReason::EnvInfra);
    }
    out
}

/// Whether sanctions reach assessment year `year` (AMB-25).
pub(super) fn counted_year(reg: &ValidRegister, year: i32, params: &Params) -> bool {
    // `first_counted_year` of the register's issue date, its first full year made once.
    let first = match params.first_counted_year_rule {
        FirstCountedYear::FirstFullYearAfterIssue => reg.first_full_year(),
        FirstCountedYear::IssueYear => reg.issue_date.year(),
    };
    params.retroactive_years_for_sanctions || year >= first
}

/// The zone's record for `year` if it is known on `as_of` (published by then, or undated) and is
/// from the ranking `assessmentRankingScope` names (a record without a scope is taken to be).
#[inline]
pub(super) fn known_record<'r>(
    records: ZoneAssessments<'r>,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Option<&'r AssessmentRecord> {
    records
        .get(year)
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
fn other_ranking(records: ZoneAssessments<'_>, year: i32, params: &Params) -> bool {
    records.get(year).is_some_and(|r| {
        r.ranking_scope
            .is_some_and(|s| s != params.assessment_ranking_scope)
    })
}

pub(super) fn falsified_stats<'r>(
    reg: &'r ValidRegister,
    zone: &'r Zone,
    year: i32,
    params: &'r Params,
) -> impl Iterator<Item = &'r crate::register::StatsFinding> {
    reg.stats_findings_of(zone).filter(move |f| {
        f.falsified_or_concealed
            && match params.falsification_year_basis {
                FalsificationYear::DataYear => f.data_year == year,
                FalsificationYear::FindingYear => f.finding_date.year() == year,
            }
    })
}

/// Whether a ranked record's places (its rank and those it shares in a tie) lie wholly in the
/// bottom `n` (`Some(true)`), wholly above it (`Some(false)`), or across the line (`None`).
fn places_in_bottom(r: &AssessmentRecord, rank: u32, n: u32) -> Option<bool> {
    let threshold = i64::from(r.population_size) - i64::from(n);
    let first = i64::from(rank);
    let last = first + i64::from(r.tied_with.max(1)) - 1;
    if first > threshold {
        Some(true)
    } else if last <= threshold {
        Some(false)
    } else {
        None
    }
}

/// Is a ranked record in the bottom `n`? `None` when a person must decide (AMB-11).
#[inline]
pub(super) fn in_bottom(r: &AssessmentRecord, rank: u32, n: u32, params: &Params) -> Option<bool> {
    if u64::from(r.population_size) <= u64::from(params.min_population_factor) * u64::from(n) {
        // Too few zones ranked for 「后10位」 to be read as written; but a rank clear of the
        // bottom n as written is clear of it under any reading (a smaller, proportional bottom
        // included): rank 1 of 20 is not for a person.
        return match places_in_bottom(r, rank, n) {
            Some(false) => Some(false),
            _ => None,
        };
    }
    places_in_bottom(r, rank, n).or(match params.bottom_tie_policy {
        TiePolicy::IncludeAllTied => Some(true),
        TiePolicy::ExcludeAllTied => Some(false),
        TiePolicy::NeedsHuman => None,
    })
}

/// A year in the bottom `n` only through a tie across the line (the tie policy's default,
/// AMB-11): the reason a person should confirm, `None` otherwise. The words 「排名后10位」 say
/// nothing of ties; counting every tied zone in is the harsher reading, so it is never silent.
pub(super) fn tie_note(
    rule: RuleId,
    zone: &Zone,
    (r, rank): (&AssessmentRecord, u32),
    (n, year): (u32, i32),
    params: &Params,
) -> Option<Reason> {
    ties_across(r, rank, n, params).then(|| {
        about(
            tie_facts(
                Reason::new(C::YearBottomByTiePolicy, rule),
                (r, rank),
                (n, year),
            ),
            zone,
        )
    })
}

/// Whether a ranked record is in the bottom `n` only through a tie across the line
/// ([`tie_note`]).
pub(super) fn ties_across(r: &AssessmentRecord, rank: u32, n: u32, params: &Params) -> bool {
    places_in_bottom(r, rank, n).is_none() && in_bottom(r, rank, n, params) == Some(true)
}

/// The facts of a [`tie_note`], the zone's apart.
pub(super) fn tie_facts(
    reason: Reason,
    (r, rank): (&AssessmentRecord, u32),
    (n, year): (u32, i32),
) -> Reason {
    reason
        .with("n", n)
        .with("others", r.tied_with.max(1) - 1)
        .with("population", r.population_size)
        .with("rank", rank)
        .with("year", year)
}

/// [`tie_note`] for each bottom year of a window ([`bottom_window`]), from its record.
pub(super) fn tie_notes(
    rule: RuleId,
    reg: &ValidRegister,
    zone: &Zone,
    years: &[YearEvidence],
    n: u32,
    params: &Params,
    needs_human: &mut Vec<Reason>,
) {
    for y in years.iter().filter(|y| y.standing == Standing::Bottom) {
        let ranked = reg
            .assessment_of(zone, y.year)
            .and_then(|r| r.rank.map(|k| (r, k)));
        if let Some(note) = ranked.and_then(|rk| tie_note(rule, zone, rk, (n, y.year), params)) {
            needs_human.add(note);
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

/// The evidence of `year` for `zone`, whose assessment records are `records`
/// ([`ValidRegister::assessments_of_zone`], looked up once for every year weighed).
pub(super) fn evidence<'r>(
    reg: &ValidRegister,
    zone: &Zone,
    records: ZoneAssessments<'r>,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (YearEvidence, Option<&'r AssessmentRecord>) {
    let rec = known_record(records, year, as_of, params);
    let standing = if !zone.exists_in_year(year) {
        Standing::ZoneAbsent
    } else if rec.is_none() && other_ranking(records, year, params) {
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
            disqualified_for: disqualifications_of(rec),
            prefecture_findings: findings_in(reg, zone, records, year, as_of, params),
            standing,
            hit: false,
        },
        rec,
    )
}

/// A year's standing against the bottom `n` from its ranked record, before any parameter on
/// disqualified years applies.
#[inline]
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
pub(super) fn bottom_window(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    n: u32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Vec<YearEvidence> {
    let span = i32::try_from(params.window_years.max(1)).unwrap_or(i32::MAX);
    let records = reg.assessments_of_zone(zone);
    (t.saturating_sub(span - 1)..=t)
        .map(|y| {
            let (mut ev, rec) = evidence(reg, zone, records, y, as_of, params);
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
pub(super) fn standing_of(
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
pub(super) fn unreflected_findings(
    rule: RuleId,
    zone: &Zone,
    y: &YearEvidence,
    needs_human: &mut Vec<Reason>,
) {
    if y.rank.is_none() || !y.disqualified_for.is_empty() {
        return;
    }
    for f in y.prefecture_findings.iter() {
        let code = match f {
            DisqualificationReason::FalsifiedStats => C::YearStatsFindingNotReflected,
            DisqualificationReason::EnvInfra => C::YearEnvFindingNotReflected,
            DisqualificationReason::Other => continue,
        };
        needs_human.add(about(
            Reason::new(code, rule)
                .with("rank", y.rank.unwrap_or(0))
                .with("year", y.year),
            zone,
        ));
    }
}

/// Reasons describing each year's evidence.
pub(super) fn year_reasons(
    rule: RuleId,
    zone: &Zone,
    years: &[YearEvidence],
    n: u32,
    out: &mut Vec<Reason>,
    needs_human: &mut Vec<Reason>,
) {
    for y in years {
        // Facts named in the order of their names, the zone's last (`Reason::with`).
        let base = |code| about(Reason::new(code, rule).with("year", y.year), zone);
        let ranked = |code| {
            about(
                Reason::new(code, rule)
                    .with("n", n)
                    .with("population", y.population_size.unwrap_or(0))
                    .with("rank", y.rank.unwrap_or(0))
                    .with("year", y.year),
                zone,
            )
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
                    needs_human.add(ranked(C::YearBottomNeedsHuman));
                } else {
                    needs_human.add(base(C::YearDisqualifiedNeedsHuman));
                }
            }
        }
        if y.standing != Standing::NotCounted {
            unreflected_findings(rule, zone, y, needs_human);
        }
    }
}

/// The parameters [`prefecture_findings`] reads (every art-14 rule reads it through
/// [`evidence`]): which years sanctions reach, which year falsified statistics disqualify, and
/// which years an overdue environmental item disqualifies.
pub(crate) fn findings_params(used: &mut ParamsUsed, params: &Params) {
    used.set_all(&FINDINGS_PARAMS, params);
}

/// [`findings_params`]' table: art-15's and the falsification year's, in the order of their
/// names.
pub(crate) const FINDINGS_PARAMS: [crate::answer::Param; 4] = [
    art15_environment::ENV_PARAMS[0],
    ("falsificationYearBasis", |p| {
        p.falsification_year_basis.as_str().into()
    }),
    art15_environment::ENV_PARAMS[1],
    art15_environment::ENV_PARAMS[2],
];

/// The parameters of art-14.e and art-14.f's window, `n_name` (`bottomNYellow` or
/// `bottomNRevoke`) among them, set in the order of their names so that each goes at the end of
/// the list (perf: set in another order, seven of the eleven were each put in place by a search
/// and a move, and the list grew three times, in each of a report's 2,000 window answers).
pub(super) fn window_params(used: &mut ParamsUsed, params: &Params, n_name: &'static str, n: u32) {
    let [env, falsification, first_counted, retroactive] = FINDINGS_PARAMS;
    used.reserve(11);
    used.set(
        "assessmentRankingScope",
        params.assessment_ranking_scope.as_str().into(),
    );
    used.set(n_name, n.into());
    used.set("bottomTiePolicy", params.bottom_tie_policy.as_str().into());
    used.set(
        "disqualifiedYearInBottomWindow",
        params.disqualified_year_in_bottom_window.as_str().into(),
    );
    for (name, read) in [env, falsification, first_counted] {
        used.set(name, read(params));
    }
    used.set("minPopulationFactor", params.min_population_factor.into());
    used.set(retroactive.0, (retroactive.1)(params));
    used.set("windowHits", params.window_hits.into());
    used.set("windowYears", params.window_years.into());
}

#[cfg(test)]
mod tests {
    use super::{DisqualificationReason as D, Disqualifications};

    /// The set holds each reason once and gives them in declaration order, whatever the order
    /// they were added in, and is written (JSON) as that array.
    #[test]
    fn disqualifications_are_a_set_in_declaration_order() {
        let mut set = Disqualifications::NONE;
        assert!(set.is_empty());
        set.insert(D::Other);
        set.insert(D::FalsifiedStats);
        set.insert(D::Other);
        assert_eq!(set.len(), 2);
        assert!(set.contains(D::FalsifiedStats) && !set.contains(D::EnvInfra));
        assert_eq!(
            set.iter().collect::<alloc::vec::Vec<_>>(),
            [D::FalsifiedStats, D::Other]
        );
        assert_eq!(set, [D::Other, D::FalsifiedStats].into_iter().collect());
        assert_eq!(
            Disqualifications::of(D::EnvInfra)
                .iter()
                .collect::<alloc::vec::Vec<_>>(),
            [D::EnvInfra]
        );
        #[cfg(feature = "serde")]
        {
            assert_eq!(
                serde_json::to_string(&set).ok().as_deref(),
                Some(r#"["FALSIFIED_STATS","OTHER"]"#)
            );
            assert_eq!(
                serde_json::to_string(&Disqualifications::NONE)
                    .ok()
                    .as_deref(),
                Some("[]")
            );
        }
    }
}
