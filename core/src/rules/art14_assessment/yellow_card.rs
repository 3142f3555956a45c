//! art-14.d: the yellow card (bottom 10, or a fall in rank), how long it lasts and whether it is in force.

use super::{
    counted_year, evidence, in_bottom, known_record, not_provincial, standing_of, tie_facts,
    ties_across, unreflected_findings, years_text, AssessmentDetail, CardEnd, Measure, Standing,
    Trigger, YearEvidence,
};
use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::{Answer, Outcome, Param, ParamsUsed, Reason};
use crate::messages::ReasonCode as C;
use crate::params::{
    DisqualifiedInWindow, Params, RankFallMetric, RankFallScope, YellowCardDuration,
};
use crate::register::{AssessmentRecord, ValidRegister, Zone, ZoneAssessments, ZoneLevel};
use crate::rules::common::{about, absent_in_year, on_zone, on_zone_brief, Naming, ZoneYearInput};
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14.d: no previous rank
    RankFallNoBaseline = "RANK_FALL_NO_BASELINE" {
        zh: "{previous}年无可比名次,无法判断{year}年排名是否后退",
        ko: "{previous}년의 비교 가능한 순위가 없어 {year}년 순위 후퇴 여부를 판단할 수 없다",
        en: "there is no rank for {previous} to compare with, so no fall in {year} can be found"
    }
    /// art-14.d: rank fell (AMB-12b)
    RankFell = "RANK_FELL" {
        zh: "{year}年排名第{rank}位,较{previous}年第{previousRank}位后退(后退{clearPlaces}位以上即触发,不足{clearPlaces}位的需人工判断)",
        ko: "{year}년 순위 {rank}위는 {previous}년 {previousRank}위보다 후퇴하였다({clearPlaces}위 이상 후퇴하면 발동하고 그보다 적게 후퇴하면 사람이 판단하여야 한다)",
        en: "rank {rank} in {year} against {previousRank} in {previous}: a fall (of {clearPlaces} or more places it triggers; a smaller one is for a person)"
    }
    /// art-14.d: rank did not fall
    RankDidNotFall = "RANK_DID_NOT_FALL" {
        zh: "{year}年排名第{rank}位,较{previous}年第{previousRank}位未后退{minPlaces}位以上",
        ko: "{year}년 순위 {rank}위는 {previous}년 {previousRank}위보다 {minPlaces}위 이상 후퇴하지 않았다",
        en: "rank {rank} in {year} against {previousRank} in {previous}: not a fall of {minPlaces} or more places"
    }
    /// art-14.d: triggered
    YellowCardTriggered = "YELLOW_CARD_TRIGGERED" {
        zh: "对{zoneName}({zone})予以黄牌警告({year}年度考评),限制新增土地指标,禁止扩区调区升级,予以通报并限期整改",
        ko: "{zoneName}({zone})에 {year}년도 심사평가로 황패경고를 주고 신규 토지지표 제한, 구역 확장·조정·승격 금지, 통보 및 기한내 정돈을 명한다",
        en: "{zoneName} ({zone}) receives a yellow card for the {year} assessment: new land quota restricted, no expansion, adjustment or upgrading, public notice and rectification within a time limit"
    }
    /// the measures start on publication (AMB-10)
    SanctionStarts = "SANCTION_STARTS" {
        zh: "措施自考评结果公布之日{start}起执行",
        ko: "조치는 심사평가 결과가 공포된 {start}부터 시행한다",
        en: "the measures run from {start}, when the results were published"
    }
    /// no publication date
    PublicationDateMissing = "PUBLICATION_DATE_MISSING" {
        zh: "{year}年度考评结果的公布日期未记录,措施起始日需人工确认",
        ko: "{year}년도 심사평가 결과의 공포일이 기록되지 않아 조치 시작일을 사람이 확인하여야 한다",
        en: "the publication date of the {year} results is not recorded: a person must fix when the measures start"
    }
    /// the yellow card ends (AMB-24)
    YellowCardEnds = "YELLOW_CARD_ENDS" {
        zh: "黄牌警告于{end}解除",
        ko: "황패경고는 {end}에 해제된다",
        en: "the yellow card ends on {end}"
    }
    /// the size of the land-quota restriction is external
    LandQuotaSizeExternal = "LAND_QUOTA_SIZE_EXTERNAL" {
        zh: "“限制新增土地指标”的幅度本意见未规定,需人工确定",
        ko: "‘신규 토지지표 제한’의 폭은 본 의견이 규정하지 않았으므로 사람이 정하여야 한다",
        en: "how far the new land quota is restricted is not set by the opinion: a person must decide"
    }
    /// art-14.d: a small fall of rank is left to a person (AMB-12b)
    RankFallSmallNeedsHuman = "RANK_FALL_SMALL_NEEDS_HUMAN" {
        zh: "{year}年排名仅后退{places}位(少于{clearPlaces}位):原文未说明多大的后退才算“排名后退”,是否予以黄牌警告须人工判断",
        ko: "{year}년 순위가 {places}위만 후퇴하였다({clearPlaces}위 미만). 원문은 얼마나 후퇴하여야 ‘순위 후퇴’인지 밝히지 않았으므로 황패경고 여부는 사람이 판단하여야 한다",
        en: "the rank fell by only {places} place(s) in {year} (fewer than {clearPlaces}): the text does not say how large a fall counts as 「排名后退」, so whether a yellow card follows is for a person to decide"
    }
    /// art-14.d (needs a person, AMB-12b): the rank fell, but the number of zones ranked changed
    /// by more than 5 % and the zone's percentile did not fall
    RankFallPopulationChanged = "RANK_FALL_POPULATION_CHANGED" {
        zh: "参加排名的开发区数由{previous}年的{previousPopulation}个变为{year}年的{population}个(变化超过5%),名次由第{previousRank}位变为第{rank}位:按名次后退,按百分位却未后退。参评数变化时是否算“排名后退”,原文未作规定,需人工判断(AMB-12b)",
        ko: "순위에 든 개발구 수가 {previous}년 {previousPopulation}개에서 {year}년 {population}개로 바뀌였고(5%를 넘는 변화) 순위는 {previousRank}위에서 {rank}위로 바뀌였다. 순위로는 후퇴하였으나 백분위로는 후퇴하지 않았다. 순위에 든 개발구 수가 바뀔 때 ‘순위 후퇴’로 보는지는 원문에 규정이 없으므로 사람이 판단하여야 한다(AMB-12b)",
        en: "the number of zones ranked went from {previousPopulation} in {previous} to {population} in {year} (a change of more than 5%), and the rank from {previousRank} to {rank}: a fall by rank, but not by percentile. Whether that is 「排名后退」 when the number ranked changes is not said by the text and is for a person (AMB-12b)"
    }
    /// art-14.d: no trigger
    YellowCardNotTriggered = "YELLOW_CARD_NOT_TRIGGERED" {
        zh: "{year}年{zoneName}({zone})既不在全省排名后列,排名也未后退:不予黄牌警告",
        ko: "{year}년 {zoneName}({zone})의 경우 전 성 순위 하위도 아니고 순위가 후퇴하지도 않았으므로 황패경고를 주지 않는다",
        en: "in {year} {zoneName} ({zone}) was neither in the bottom of the provincial ranking nor falling: no yellow card"
    }
    /// art-14.d: in force until the next results (AMB-24)
    YellowCardUntilNextResult = "YELLOW_CARD_UNTIL_NEXT_RESULT" {
        zh: "{year}年度的黄牌警告持续有效,至少至{next}年度考评结果公布且整改通过验收",
        ko: "{year}년도 황패경고는 적어도 {next}년도 심사평가 결과가 공포되고 정돈이 검수를 통과할 때까지 유효하다",
        en: "the yellow card for {year} stays in force at least until the {next} results are published and the rectification is accepted"
    }
    /// art-14.d: next results out, still in the bottom: in force until the rectification is accepted
    YellowCardUntilRectified = "YELLOW_CARD_UNTIL_RECTIFIED" {
        zh: "{year}年度的黄牌警告持续有效,直至整改通过验收",
        ko: "{year}년도 황패경고는 정돈이 검수를 통과할 때까지 유효하다",
        en: "the yellow card for {year} stays in force until the rectification is accepted"
    }
    /// art-14.d: whether the card has ended is open (AMB-24)
    YellowCardEndOpen = "YELLOW_CARD_END_OPEN" {
        zh: "{next}年度结果已不在后列,但未登记整改验收:{year}年度黄牌警告是否解除待人工判断",
        ko: "{next}년도 결과는 하위가 아니나 정돈 검수가 등록되지 않았으므로 {year}년도 황패경고의 해제 여부는 사람이 판단한다",
        en: "the {next} results show the zone out of the bottom, but no rectification acceptance is recorded: whether the {year} yellow card has ended is for a person"
    }
    /// art-14.d: the end of the card is for a person (AMB-24)
    YellowCardEndNeedsHuman = "YELLOW_CARD_END_NEEDS_HUMAN" {
        zh: "{next}年度结果已于{published}公布,未登记{year}年度黄牌的整改验收:原文只说“限期整改”,未规定何时解除,须人工判断",
        ko: "{next}년도 결과가 {published}에 공포되였으나 {year}년도 황패경고의 정돈 검수가 등록되지 않았다. 원문은 ‘기한내 정돈’만 말하고 해제 시점을 정하지 않았으므로 사람이 판단한다",
        en: "the {next} results were published on {published} and no acceptance of the {year} card's rectification is recorded: the text says only 「限期整改」 and not when the card ends, so a person decides"
    }
    /// art-14.d (needs a person): the next year's results are recorded without a publication
    /// date, or not recorded though they would normally be out: when the card ends is unknown
    YellowCardEndNextUnknown = "YELLOW_CARD_END_NEXT_UNKNOWN" {
        zh: "{next}年度考评结果未载明公布日期,或至今未见记录(通常应已公布):{year}年度黄牌何时解除无从核对,须人工判断",
        ko: "{next}년도 심사평가 결과에 공포일이 기록되지 않았거나 아직 기록이 없다(통상 이미 공포되였을 시기이다). {year}년도 황패경고가 언제 해제되는지 대조할 수 없으므로 사람이 판단하여야 한다",
        en: "the {next} results are recorded without a publication date, or not recorded although they would normally be out: when the {year} card ends cannot be checked, so a person decides"
    }
    /// art-14.d: the zone was gone when the year's results were published: no card is given
    YellowCardZoneGone = "YELLOW_CARD_ZONE_GONE" {
        zh: "{zoneName}({zone})已于{gone}撤销或合并,{year}年度结果于{published}公布时已无可予黄牌警告的开发区",
        ko: "{zoneName}({zone}){|은} {gone}에 철회 또는 통합되였으므로 {year}년도 결과가 {published}에 공포될 때 황패경고를 줄 개발구가 없다",
        en: "{zoneName} ({zone}) was revoked or merged on {gone}: when the {year} results were published on {published} there was no zone to give a yellow card to"
    }
    /// art-14.d: the card of a zone revoked or merged since ends with the zone
    YellowCardEndsWithZone = "YELLOW_CARD_ENDS_WITH_ZONE" {
        zh: "{zoneName}({zone})已于{end}撤销或合并,{year}年度黄牌随之终止",
        ko: "{zoneName}({zone}){|은} {end}에 철회 또는 통합되였으므로 {year}년도 황패경고도 이에 따라 끝난다",
        en: "{zoneName} ({zone}) was revoked or merged on {end}: the {year} yellow card ends with it"
    }
    /// art-14.d: the rectification duty of a carded zone (a dated duty in obligations)
    RectificationDuty = "RECTIFICATION_DUTY" {
        zh: "{zoneName}({zone})因{year}年度考评被予以黄牌警告,应“限期整改”",
        ko: "{zoneName}({zone}){|은} {year}년도 심사평가로 황패경고를 받았으므로 ‘기한내 정돈’을 하여야 한다",
        en: "{zoneName} ({zone}) received a yellow card for the {year} assessment and must rectify within the time limit (「限期整改」)"
    }
    /// art-14.d: the rectification accepted, the period unknown
    RectificationAcceptedNoPeriod = "RECTIFICATION_ACCEPTED_NO_PERIOD" {
        zh: "整改已于{acceptedDate}验收;未给出整改期限(rectificationDeadlineDays),是否按期无法判断",
        ko: "정돈은 {acceptedDate}에 검수되였다. 정돈 기한(rectificationDeadlineDays)이 주어지지 않았으므로 기한 내인지는 판단할 수 없다",
        en: "the rectification was accepted on {acceptedDate}; no period is given (rectificationDeadlineDays), so whether it was on time cannot be said"
    }
    /// art-14.d: the card itself is for a person, and so is the duty
    RectificationCardUncertain = "RECTIFICATION_CARD_UNCERTAIN" {
        zh: "是否予以{year}年度黄牌警告需人工判断,整改义务随之而定",
        ko: "{year}년도 황패경고를 주는지는 사람이 판단하여야 하며 정돈 의무도 그에 따른다",
        en: "whether the {year} yellow card was given is for a person, and the rectification duty with it"
    }
    /// art-14.d: the rectification deadline from rectificationDeadlineDays (AMB-42)
    RectifyBy = "RECTIFY_BY" {
        zh: "限期整改:自{start}起{days}日内,即最迟于{by}(含当日)完成整改",
        ko: "기한내 정돈: {start}부터 {days}일 내, 즉 늦어도 {by}(당일 포함)까지 정돈하여야 한다",
        en: "rectification within {days} days of {start}, that is by {by}, that day included"
    }
    /// art-14.d: the rectification period is set in each notice (AMB-42)
    RectificationPeriodExternal = "RECTIFICATION_PERIOD_EXTERNAL" {
        zh: "“限期整改”的期限由每次通报确定,原文未规定;可在参数rectificationDeadlineDays中填写",
        ko: "‘기한내 정돈’의 기한은 통보마다 정하며 원문에는 규정이 없다. 매개변수 rectificationDeadlineDays에 적을 수 있다",
        en: "the period of 「限期整改」 is set in each notice, not in the text; give it as the parameter rectificationDeadlineDays"
    }
}

pub(crate) fn yellow_card_params(used: &mut ParamsUsed, params: &Params) {
    used.set_all(&YELLOW_CARD_PARAMS, params);
}

/// The 15 parameters art-14.d lists, in the order of their names, so that each goes at the end
/// of the list (`Facts::set_all`): its own 11 and the shared findings' four
/// ([`super::evidence::FINDINGS_PARAMS`], put among them in their places rather than after
/// them, where each had to be put in place: four searches and moves, ~700 instructions of a
/// 20,000-instruction decision).
const YELLOW_CARD_PARAMS: [Param; 15] = [
    ("assessmentRankingScope", |p| {
        p.assessment_ranking_scope.as_str().into()
    }),
    ("bottomNYellow", |p| p.bottom_n_yellow.into()),
    ("bottomTiePolicy", |p| p.bottom_tie_policy.as_str().into()),
    ("disqualifiedYearInBottomWindow", |p| {
        p.disqualified_year_in_bottom_window.as_str().into()
    }),
    FINDINGS[0],
    FINDINGS[1],
    FINDINGS[2],
    ("minPopulationFactor", |p| p.min_population_factor.into()),
    ("rankFallAppliesTo", |p| {
        p.rank_fall_applies_to.as_str().into()
    }),
    ("rankFallClearPlaces", |p| p.rank_fall_clear_places.into()),
    ("rankFallMetric", |p| p.rank_fall_metric.as_str().into()),
    ("rankFallMinPlaces", |p| p.rank_fall_min_places.into()),
    ("rectificationDeadlineDays", |p| {
        p.rectification_deadline_days.into()
    }),
    FINDINGS[3],
    ("yellowCardDuration", |p| {
        p.yellow_card_duration.as_str().into()
    }),
];

/// The findings' parameters ([`super::evidence::FINDINGS_PARAMS`]).
const FINDINGS: [Param; 4] = super::evidence::FINDINGS_PARAMS;

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
        RankFallMetric::Percentile => percentile_fell((r, rank), (p, prank)),
    }
}

/// Whether the zone's percentile fell: (rank−1)/(N−1) > (prev−1)/(M−1), compared exactly in
/// integers.
fn percentile_fell(
    (r, rank): (&AssessmentRecord, u32),
    (p, prank): (&AssessmentRecord, u32),
) -> bool {
    let (n_now, n_prev) = (
        i64::from(r.population_size.max(2)) - 1,
        i64::from(p.population_size.max(2)) - 1,
    );
    (i64::from(rank) - 1) * n_prev > (i64::from(prank) - 1) * n_now
}

/// A fall by raw rank that the percentile does not show, when the number of zones ranked
/// changed by more than 5 % (the catalog's AMB-12b: 「Use PERCENTILE when N changed by more than
/// 5%」): whether it is 「排名后退」 is then for a person, not the raw rank's alone.
fn fall_only_by_rank(
    (r, rank): (&AssessmentRecord, u32),
    (p, prank): (&AssessmentRecord, u32),
    params: &Params,
) -> bool {
    let (now, before) = (i64::from(r.population_size), i64::from(p.population_size));
    params.rank_fall_metric == RankFallMetric::RawRank
        && (now - before).abs() * 20 > before
        && !percentile_fell((r, rank), (p, prank))
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
    yellow_card_with(reg, zone, t, as_of, params, true, true).0
}

/// art-14.d decided, its reasons as their codes: [`yellow_card`]'s outcome, detail and reason
/// codes without the answer around them (issue 12's typed check). Nothing is allocated unless
/// a year of the two has a disqualification or a prefecture finding to list; nothing is
/// rendered. The core asks it of every zone-year of a register (a card in force, the
/// rectification duties).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YellowCardDecision {
    /// The outcome.
    pub outcome: Outcome,
    /// The assessment year asked about.
    pub year: i32,
    /// The previous year's evidence and the year's, in that order; `None` when the card looked
    /// at no year (a zone absent that year or not provincial, a year before the first counted).
    pub years: Option<[YearEvidence; 2]>,
    /// What triggered the card, in the answer's order (at most a bottom-n or disqualified year,
    /// then a rank fall).
    pub triggers: [Option<Trigger>; 2],
    /// When the measures start (a card given: the publication of the year's results).
    pub start: Option<NaiveDate>,
    /// When the card ends, once known.
    pub end: Option<NaiveDate>,
    /// Where the card's end stands (a card given).
    pub end_status: Option<CardEnd>,
    /// The last day to rectify, when `rectificationDeadlineDays` is set.
    pub rectify_by: Option<NaiveDate>,
    /// The codes of the answer's reasons and of its `needsHuman`.
    pub codes: CardCodes,
    /// Whether the answer lists the parameters used (not for a zone absent that year).
    listed: bool,
}

impl YellowCardDecision {
    /// Whether the answer lists its parameters used (not for a zone absent that year).
    #[must_use]
    pub const fn lists_params(&self) -> bool {
        self.listed
    }

    /// The decision of year `t` before the card is weighed: not applicable, nothing found.
    const fn of_year(t: i32) -> Self {
        Self {
            outcome: Outcome::NotApplicable,
            year: t,
            years: None,
            triggers: [None; 2],
            start: None,
            end: None,
            end_status: None,
            rectify_by: None,
            codes: CardCodes::EMPTY,
            listed: true,
        }
    }

    /// Whether the card is given: `Some(true)` for sure, `Some(false)` possibly, `None` not.
    /// Every NEEDS_HUMAN of art-14.d is about whether the card is given (too few zones ranked,
    /// a disqualified year, a small fall, …), and a card given only through a tie across the
    /// line is for a person to confirm (AMB-11). The one decision every view reads: the zone
    /// summary's card in force ([`yellow_card_in_force`]) and the rectification duty.
    #[must_use]
    pub fn card_given(&self) -> Option<bool> {
        match self.outcome {
            Outcome::Triggered => Some(
                !self
                    .codes
                    .needs_human()
                    .any(|c| c == C::YearBottomByTiePolicy),
            ),
            Outcome::NeedsHuman => Some(false),
            _ => None,
        }
    }

    /// The answer in brief ([`crate::answer::Brief`]).
    #[must_use]
    pub fn brief(&self) -> crate::answer::Brief {
        crate::answer::Brief::from_codes(
            RuleId::ART_14_D,
            self.outcome,
            self.codes.list(false),
            self.codes.list(true),
        )
    }

    /// The answer's own fields.
    fn into_detail(self, zone: &Zone) -> AssessmentDetail {
        let t = self.year;
        let Some(years) = self.years else {
            return AssessmentDetail::new(zone, t, Vec::new());
        };
        let certain = years[1].hit;
        let mut detail = AssessmentDetail::new(zone, t, Vec::from(years));
        detail.hit_years = if certain { alloc::vec![t] } else { Vec::new() };
        if certain {
            detail.measures = alloc::vec![
                Measure::YellowCard,
                Measure::LandQuotaRestricted,
                Measure::NoExpandAdjustUpgrade,
                Measure::PublicNotice,
                Measure::RectifyByDeadline,
            ];
        }
        detail.triggers = self.triggers.into_iter().flatten().collect();
        detail.start = self.start.map(IsoDate);
        detail.end = self.end.map(IsoDate);
        detail.end_status = self.end_status;
        detail.rectify_by = self.rectify_by.map(IsoDate);
        detail
    }
}

/// The codes of a card's reasons in the answer's order, each marked as in `reasons` or in
/// `needsHuman`: no facts, no messages, nothing allocated. The card states at most 15 reasons
/// (six in `reasons`, nine in `needsHuman`); there is room for 16.
#[derive(Clone, Copy, Debug, Default, Eq)]
pub struct CardCodes {
    codes: [Option<C>; 16],
    /// Bit `i` set: the `i`th code is in `needsHuman`.
    human: u16,
    len: u8,
}

/// Equal codes in the same places: the first `len` compared (the places past them are always
/// `None`), a batch's briefs compared with each other without the empty places (`reg.decideBatch`
/// compares each question's codes with the batch's distinct ones).
impl PartialEq for CardCodes {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let n = usize::from(self.len);
        self.len == other.len
            && self.human == other.human
            && self.codes.get(..n) == other.codes.get(..n)
    }
}

impl CardCodes {
    /// No code.
    pub const EMPTY: Self = Self {
        codes: [None; 16],
        human: 0,
        len: 0,
    };

    /// The codes of the answer's `reasons`, in order.
    pub fn reasons(&self) -> impl Iterator<Item = C> + '_ {
        self.of(false)
    }

    /// The codes of the answer's `needsHuman`, in order.
    pub fn needs_human(&self) -> impl Iterator<Item = C> + '_ {
        self.of(true)
    }

    /// The codes of the reasons (`human`: of `needsHuman`) as a list, allocated at its size.
    pub(crate) fn list(&self, human: bool) -> Vec<C> {
        // The places taken (at most 16), then those of the list asked for, one bit each: each
        // code found from the lowest bit up (an iterator's adapters cost ~200 instructions a
        // list, a loop over the places ~150).
        let placed: u16 = if self.len >= 16 {
            u16::MAX
        } else {
            (1 << self.len) - 1
        };
        let mut places = placed & if human { self.human } else { !self.human };
        let mut out = Vec::with_capacity(places.count_ones() as usize);
        while places != 0 {
            let i = places.trailing_zeros() as usize;
            places &= places - 1;
            if let Some(Some(code)) = self.codes.get(i) {
                out.push(*code);
            }
        }
        out
    }

    fn of(&self, human: bool) -> impl Iterator<Item = C> + '_ {
        self.codes
            .iter()
            .take(usize::from(self.len))
            .enumerate()
            .filter(move |(i, _)| (self.human >> i & 1 == 1) == human)
            .filter_map(|(_, c)| *c)
    }

    fn add(&mut self, human: bool, code: C) {
        let i = usize::from(self.len);
        if let Some(slot) = self.codes.get_mut(i) {
            *slot = Some(code);
            self.human |= u16::from(human) << i;
            self.len += 1;
        }
    }
}

/// Where the card's reasons go: an answer's two lists ([`Lists`]), or a decision's codes
/// ([`CardCodes`]). One card ([`card`]) for both, so the answer and the decision cannot differ.
trait Sink {
    /// A reason the card states itself, its facts named by `facts` (the zone's then added).
    fn say(&mut self, human: bool, code: C, zone: &Zone, facts: Naming<'_>);
    /// A reason made by a helper the card shares with other rules.
    fn push(&mut self, human: bool, reason: Reason);
    /// Whether `needsHuman` holds anything yet.
    fn any_human(&self) -> bool;
}

/// The answer's lists, each reason in full (`full`) or as its code alone (an answer whose
/// reasons are asked again when read: the rule's `decide`).
struct Lists {
    full: bool,
    reasons: Vec<Reason>,
    needs_human: Vec<Reason>,
}

impl Sink for Lists {
    fn say(&mut self, human: bool, code: C, zone: &Zone, facts: Naming<'_>) {
        let reason = said(self.full, code, RuleId::ART_14_D, zone, facts);
        self.push(human, reason);
    }
    fn push(&mut self, human: bool, reason: Reason) {
        if human {
            self.needs_human.add(reason);
        } else {
            self.reasons.add(reason);
        }
    }
    fn any_human(&self) -> bool {
        !self.needs_human.is_empty()
    }
}

impl Sink for CardCodes {
    fn say(&mut self, human: bool, code: C, _: &Zone, _: Naming<'_>) {
        self.add(human, code);
    }
    fn push(&mut self, human: bool, reason: Reason) {
        self.add(human, reason.code);
    }
    fn any_human(&self) -> bool {
        self.human != 0
    }
}

/// art-14.d decided for a zone of a validated register ([`YellowCardDecision`]): what
/// [`yellow_card`] answers, as values and codes.
#[must_use]
#[inline]
pub fn yellow_card_decision(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> YellowCardDecision {
    // Made in place (the caller's slot), not returned from `card`: a copy of the decision
    // fewer (~60 instructions of ~990).
    let mut decision = YellowCardDecision::of_year(t);
    let mut codes = CardCodes::default();
    card(reg, zone, t, as_of, params, &mut codes, &mut decision);
    decision.codes = codes;
    decision
}

/// [`yellow_card_decision`]'s outcome and codes ([`crate::rules::Computed::ZONE_CODES`]).
fn yellow_card_codes(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (Outcome, CardCodes) {
    // `yellow_card_decision` without its copy of the whole decision (~4 % of a batched one).
    let mut decision = YellowCardDecision::of_year(t);
    let mut codes = CardCodes::default();
    card(reg, zone, t, as_of, params, &mut codes, &mut decision);
    (decision.outcome, codes)
}

/// [`yellow_card_decision`] as the rule's [`crate::rules::Computed::ZONE_KEY`]: the decision is
/// the detail (`YellowCardDecision::into_detail`, with the zone's id), the outcome and the
/// reasons' codes, and so, with the zone's id, the language and whether the answer rests on
/// made-up records, the answer's head and detail.
fn yellow_card_key(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> crate::rules::Decided {
    crate::rules::Decided::YellowCard(yellow_card_decision(reg, zone, t, as_of, params))
}

/// The card's answer, its reasons in full when `full`: [`yellow_card`] (full), and the answer
/// for a reader that defers the reasons (not full, the rule's [`crate::rules::Computed::decide`],
/// below; the reasons are asked of [`yellow_card`] when read); with its parameters used made or
/// not (`used`), and whether it lists them (not for a zone absent that year): also the rule's
/// [`crate::rules::Computed::ZONE_ANSWER`].
fn yellow_card_with(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    full: bool,
    used: bool,
) -> (Answer<AssessmentDetail>, bool) {
    let mut lists = Lists {
        full,
        reasons: Vec::new(),
        needs_human: Vec::new(),
    };
    let mut decision = YellowCardDecision::of_year(t);
    card(reg, zone, t, as_of, params, &mut lists, &mut decision);
    // The 15 parameters of `yellow_card_params` (11 of its own, 4 of the findings'), in one
    // allocation.
    let listed = decision.listed;
    let used = if listed && used {
        let mut used = crate::answer::ParamsUsed::with_capacity(15);
        yellow_card_params(&mut used, params);
        used
    } else {
        crate::answer::ParamsUsed::new()
    };
    let answer = Answer {
        rule_id: RuleId::ART_14_D,
        outcome: decision.outcome,
        reasons: lists.reasons,
        needs_human: lists.needs_human,
        params_used: used,
        detail: decision.into_detail(zone),
    };
    (answer, listed)
}

/// The card of year `t`: its reasons into `out`, the rest into `decision` (made by
/// [`YellowCardDecision::of_year`]; its `codes` left empty).
fn card(
    reg: &ValidRegister,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    out: &mut dyn Sink,
    decision: &mut YellowCardDecision,
) {
    let rule = RuleId::ART_14_D;
    if let Some(r) = absent_in_year(rule, zone, t) {
        out.push(false, r);
        decision.listed = false;
        return;
    }
    // A zone pre.a puts outside the opinion's scope (`rules::common::out_of_scope`, which
    // `on_zone` applies to the answers; here in the one routine every path of art-14.d shares,
    // its briefs and a loaded register's codes among them).
    if crate::rules::preamble::outside_scope(zone) {
        decision.outcome = Outcome::NotApplicable;
        decision.listed = false;
        out.say(false, C::ZoneOutOfScope, zone, &|x| x);
        return;
    }
    let provincial = zone.level == ZoneLevel::Provincial;
    let rank_fall_covers_it =
        params.rank_fall_applies_to == RankFallScope::AllRanked && zone.level != ZoneLevel::Unknown;
    if !provincial && !rank_fall_covers_it {
        // `provincial_only`'s reasons, said (a decision in codes makes no reason, no facts).
        if let Some((outcome, code, human)) = not_provincial(zone) {
            decision.outcome = outcome;
            let level = zone.level.as_str();
            out.say(human, code, zone, &|x| {
                if human {
                    x
                } else {
                    x.with("level", level)
                }
            });
        }
        return;
    }
    if !counted_year(reg, t, params) {
        out.say(false, C::YearBeforeFirstCounted, zone, &|x| {
            x.with("year", t)
        });
        return;
    }
    let records = reg.assessments_of_zone(zone);
    let (mut ev, rec) = evidence(reg, zone, records, t, as_of, params);
    let (mut prev_ev, prev) = evidence(reg, zone, records, t - 1, as_of, params);
    let mut triggers = [None; 2];
    let mut trigger = |tr| {
        if let Some(slot) = triggers.iter_mut().find(|s| s.is_none()) {
            *slot = Some(tr);
        }
    };
    // A fall smaller than `rankFallClearPlaces`: the only trigger left to a person (AMB-12b).
    let mut small_fall: Option<i64> = None;
    // A fall by rank alone while the number ranked changed (AMB-12b): its facts.
    let mut rank_only_fall: Option<(u32, u32, u32, u32)> = None;
    if !ev.disqualified_for.is_empty() {
        ev.standing = Standing::Disqualified;
        match params.disqualified_year_in_bottom_window {
            DisqualifiedInWindow::CountsAsBottom if provincial => {
                trigger(Trigger::DisqualifiedCountsAsBottom);
                out.say(false, C::YearDisqualifiedCountsAsBottom, zone, &|x| {
                    x.with("year", t)
                });
            }
            DisqualifiedInWindow::NeedsHuman if provincial => {
                ev.standing = Standing::NeedsHuman;
                out.say(true, C::YearDisqualifiedNeedsHuman, zone, &|x| {
                    x.with("year", t)
                });
            }
            _ => out.say(false, C::YearDisqualifiedSkipped, zone, &|x| {
                x.with("year", t)
            }),
        }
    } else if let Some((r, rank)) = rec.and_then(|r| r.rank.map(|k| (r, k))) {
        let n = params.bottom_n_yellow;
        let ranked = |x: Reason| {
            x.with("n", n)
                .with("population", r.population_size)
                .with("rank", rank)
                .with("year", t)
        };
        if provincial {
            match in_bottom(r, rank, n, params) {
                Some(true) => {
                    ev.standing = Standing::Bottom;
                    trigger(Trigger::BottomN);
                    out.say(false, C::YearInBottom, zone, &ranked);
                    if ties_across(r, rank, n, params) {
                        out.say(true, C::YearBottomByTiePolicy, zone, &|x| {
                            tie_facts(x, (r, rank), (n, t))
                        });
                    }
                }
                Some(false) => {
                    ev.standing = Standing::Middle;
                    out.say(false, C::YearNotInBottom, zone, &ranked);
                }
                None => {
                    ev.standing = Standing::NeedsHuman;
                    out.say(true, C::YearBottomNeedsHuman, zone, &ranked);
                }
            }
        } else {
            ev.standing = Standing::Middle;
        }
        // No baseline in a year the register says the zone did not exist (art-14.e and
        // art-14.f leave that year out too: `YEAR_ZONE_ABSENT`).
        match prev
            .and_then(|p| p.rank.map(|k| (p, k)))
            .filter(|_| prev_ev.disqualified_for.is_empty() && zone.exists_in_year(t - 1))
        {
            None => out.say(false, C::RankFallNoBaseline, zone, &|x| {
                x.with("previous", t - 1).with("year", t)
            }),
            Some((p, prank)) => {
                let fell = rank_fall((r, rank), (p, prank), params);
                let code = if fell { C::RankFell } else { C::RankDidNotFall };
                if fell {
                    trigger(Trigger::RankFall);
                    let places = i64::from(rank) - i64::from(prank);
                    if places < i64::from(params.rank_fall_clear_places) {
                        small_fall = Some(places);
                    }
                    if fall_only_by_rank((r, rank), (p, prank), params) {
                        rank_only_fall = Some((p.population_size, prank, r.population_size, rank));
                    }
                }
                out.say(false, code, zone, &|x| {
                    let x = if fell {
                        x.with("clearPlaces", params.rank_fall_clear_places)
                    } else {
                        x
                    };
                    x.with("minPlaces", params.rank_fall_min_places)
                        .with("previous", t - 1)
                        .with("previousRank", prank)
                        .with("rank", rank)
                        .with("year", t)
                });
            }
        }
        // Most years have no finding of the prefecture's: nothing to note, no list made.
        if !ev.prefecture_findings.is_empty() {
            let mut notes = Vec::new();
            unreflected_findings(rule, zone, &ev, &mut notes);
            notes.into_iter().for_each(|r| out.push(true, r));
        }
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
        out.say(false, code, zone, &|x| x.with("year", t));
    }
    // The previous year is shown as evidence of the fall, with its own standing.
    prev_ev.standing = standing_of(prev, &prev_ev, params.bottom_n_yellow, params);
    let certain = triggers
        .iter()
        .flatten()
        .any(|t| *t != Trigger::RankFall || (small_fall.is_none() && rank_only_fall.is_none()));
    let published = rec.and_then(|r| r.published_date).map(IsoDate::get);
    // A zone revoked or merged (on a recorded day) before its year's results were published:
    // the card's measures bind a zone, and there is none left to give one to.
    let gone = published
        .filter(|_| certain)
        .and_then(|p| zone.gone_since(p).map(|g| (g, p)));
    ev.hit = certain && gone.is_none();
    let (standing, unknown) = (ev.standing, ev.standing.unknown());
    decision.outcome = if let Some((gone, published)) = gone {
        out.say(false, C::YellowCardZoneGone, zone, &|x| {
            x.with("gone", gone)
                .with("published", published)
                .with("year", t)
        });
        Outcome::NotApplicable
    } else if certain {
        decision.start = published;
        out.say(false, C::YellowCardTriggered, zone, &|x| x.with("year", t));
        if triggers == [Some(Trigger::DisqualifiedCountsAsBottom), None] {
            out.say(true, C::TriggeredOnlyThroughDisqualifiedYear, zone, &|x| {
                x.with("years", years_text(&[t]))
            });
        }
        match decision.start {
            Some(start) => out.say(false, C::SanctionStarts, zone, &|x| x.with("start", start)),
            None => out.say(true, C::PublicationDateMissing, zone, &|x| {
                x.with("year", t)
            }),
        }
        let (end_status, end, next) = yellow_card_end_with(reg, zone, records, t, as_of, params);
        decision.end_status = Some(end_status);
        decision.end = end;
        end_reason(out, zone, (t, next), end_status, end);
        match (params.rectification_deadline_days, decision.start) {
            (Some(days), Some(start)) => {
                decision.rectify_by = start.checked_add_days(chrono::Days::new(u64::from(days)));
                if let Some(by) = decision.rectify_by {
                    out.say(false, C::RectifyBy, zone, &|x| {
                        x.with("by", by).with("days", days).with("start", start)
                    });
                }
            }
            _ => out.say(true, C::RectificationPeriodExternal, zone, &|x| x),
        }
        out.say(true, C::LandQuotaSizeExternal, zone, &|x| x);
        Outcome::Triggered
    } else if small_fall.is_some() || rank_only_fall.is_some() {
        if let Some(places) = small_fall {
            out.say(true, C::RankFallSmallNeedsHuman, zone, &|x| {
                x.with("clearPlaces", params.rank_fall_clear_places)
                    .with("places", places)
                    .with("year", t)
            });
        }
        if let Some((prev_population, prev_rank, population, rank)) = rank_only_fall {
            out.say(true, C::RankFallPopulationChanged, zone, &|x| {
                x.with("population", population)
                    .with("previous", t - 1)
                    .with("previousPopulation", prev_population)
                    .with("previousRank", prev_rank)
                    .with("rank", rank)
                    .with("year", t)
            });
        }
        Outcome::NeedsHuman
    } else if out.any_human() && standing == Standing::NeedsHuman {
        Outcome::NeedsHuman
    } else if unknown {
        Outcome::Unknown
    } else {
        Outcome::NotTriggered
    };
    if decision.outcome == Outcome::NotTriggered {
        out.say(false, C::YellowCardNotTriggered, zone, &|x| {
            x.with("year", t)
        });
    }
    decision.years = Some([prev_ev, ev]);
    decision.triggers = triggers;
}

/// The reasons describing the card's end as it stands (`next`: the year of the results a
/// person's question about the end rests on).
fn end_reason(
    out: &mut dyn Sink,
    zone: &Zone,
    (t, next): (i32, i32),
    status: CardEnd,
    end: Option<NaiveDate>,
) {
    match (status, end) {
        (CardEnd::Ended, Some(end)) if !zone.exists_on(end) => {
            out.say(false, C::YellowCardEndsWithZone, zone, &|x| {
                x.with("end", end).with("year", t)
            });
        }
        (CardEnd::Ended, Some(end)) => out.say(false, C::YellowCardEnds, zone, &|x| {
            x.with("end", end).with("year", t)
        }),
        (CardEnd::NeedsHuman, None) => {
            out.say(true, C::YellowCardEndNextUnknown, zone, &|x| {
                x.with("next", t + 1).with("year", t)
            });
        }
        (CardEnd::UntilRectified, _) => {
            out.say(false, C::YellowCardUntilRectified, zone, &|x| {
                x.with("year", t)
            });
        }
        (CardEnd::NeedsHuman, Some(published)) => {
            out.say(true, C::YellowCardEndNeedsHuman, zone, &|x| {
                x.with("next", next)
                    .with("published", published)
                    .with("year", t)
            });
            out.say(false, C::YellowCardEndOpen, zone, &|x| {
                x.with("next", next).with("year", t)
            });
        }
        _ => out.say(false, C::YellowCardUntilNextResult, zone, &|x| {
            x.with("next", t + 1).with("year", t)
        }),
    }
}

/// The first results after year `t + 1` known on `as_of` that show the zone out of the bottom,
/// with their year and publication: a card not yet rectified when the next results were in
/// the bottom again is not in force for ever once a later year is out of it (AMB-24: 「限期整改」
/// sets a rectification, and the text says not when the card ends).
fn later_out_of_bottom(
    records: ZoneAssessments<'_>,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Option<(i32, NaiveDate)> {
    let last = as_of.map_or(i32::MAX, |a| chrono::Datelike::year(&a));
    records
        .years()
        .filter(|y| *y >= t.saturating_add(2) && *y < last)
        .find_map(|y| {
            let r = known_record(records, y, as_of, params)?;
            let published = r.published_date?;
            let rank = r.rank?;
            (in_bottom(r, rank, params.bottom_n_yellow, params) == Some(false))
                .then_some((y, *published))
        })
}

/// Where the yellow card of year `t` ends, on what is known on `as_of` (`yellowCardDuration`,
/// AMB-24), and the year of the results a person's question about it rests on. With
/// `NeedsHuman` the date is the publication of those results.
fn yellow_card_end_with(
    reg: &ValidRegister,
    zone: &Zone,
    records: ZoneAssessments<'_>,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (CardEnd, Option<NaiveDate>, i32) {
    let next_year = t.saturating_add(1);
    let (status, end) = yellow_card_end_next(reg, zone, records, t, as_of, params);
    if status == CardEnd::UntilRectified {
        if let Some((year, published)) = later_out_of_bottom(records, t, as_of, params) {
            return (CardEnd::NeedsHuman, Some(published), year);
        }
    }
    (status, end, next_year)
}

/// [`yellow_card_end_with`] on the next year's results alone.
fn yellow_card_end_next(
    reg: &ValidRegister,
    zone: &Zone,
    records: ZoneAssessments<'_>,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (CardEnd, Option<NaiveDate>) {
    let (status, end) = yellow_card_end_on_record(reg, records, zone, t, as_of, params);
    // A zone revoked or merged since (by `as_of`; asked without one, as its latest recorded
    // status says, as the zone checks read it): the card ends with it, since its measures bind
    // a zone, unless it had ended before.
    let gone = zone.gone_since(as_of.unwrap_or(NaiveDate::MAX));
    match (gone, status, end) {
        (None, ..) => (status, end),
        (Some(gone), CardEnd::Ended, Some(end)) if end <= gone => (status, Some(end)),
        (Some(gone), ..) => (CardEnd::Ended, Some(gone)),
    }
}

/// [`yellow_card_end_next`] on the assessment records and rectifications alone, the zone's own
/// end apart.
fn yellow_card_end_on_record(
    reg: &ValidRegister,
    records: ZoneAssessments<'_>,
    zone: &Zone,
    t: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> (CardEnd, Option<NaiveDate>) {
    let next_rec = known_record(records, t + 1, as_of, params);
    let Some(next) = next_rec.and_then(|r| r.published_date) else {
        let still_bottom = next_rec.and_then(|r| {
            r.rank
                .and_then(|rank| in_bottom(r, rank, params.bottom_n_yellow, params))
        });
        // The next results recorded without a date once they count as out (AMB-10: from the
        // year after theirs), or not recorded a year after that: not a card in force for ever
        // (AMB-24), but a person's question.
        let year_of = |a: NaiveDate| chrono::Datelike::year(&a);
        // A next record without a rank (disqualified, unranked) ends nothing: the card stays.
        let ranked = next_rec.is_some_and(|r| r.rank.is_some());
        let overdue = as_of.is_some_and(|a| {
            (ranked && year_of(a) >= t + 2) || (next_rec.is_none() && year_of(a) > t + 2)
        });
        return if still_bottom == Some(true) && overdue {
            (CardEnd::UntilRectified, None)
        } else if overdue {
            (CardEnd::NeedsHuman, None)
        } else {
            (CardEnd::UntilNextResult, None)
        };
    };
    match params.yellow_card_duration {
        YellowCardDuration::UntilNextResult => (CardEnd::Ended, Some(*next)),
        YellowCardDuration::UntilNextResultAndRectified => {
            let accepted = reg
                .rectifications_of(zone)
                .filter(|r| r.assessment_year == t)
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

/// A reason of the card: in full when `full` (its facts, then the zone's: [`about`]), else its
/// code alone. A decision ([`yellow_card_decision`]) is read for its outcome, its detail and
/// its reasons' codes, never for their facts, so it makes none (no facts named, none
/// allocated: the report asks a decision of every zone-year, twice).
#[inline]
fn said(full: bool, code: C, rule: RuleId, zone: &Zone, facts: Naming<'_>) -> Reason {
    if full {
        about(facts(Reason::new(code, rule)), zone)
    } else {
        Reason::coded(code, rule)
    }
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
    // The most recent card given for sure; else the most recent that may be (a later year a
    // person must decide does not hide an earlier card certainly in force).
    let mut maybe = None;
    for card in reg.assessment_years(zone).rev().filter_map(|t| {
        let decision = yellow_card_decision(reg, zone, t, Some(as_of), params);
        // Given for sure, or possibly (`YellowCardDecision::card_given`).
        let given = decision.card_given()?;
        let start = decision
            .start
            .or_else(|| NaiveDate::from_ymd_opt(t + 1, 1, 1))?;
        if start > as_of {
            return None;
        }
        // A card given has its end in its decision, from the same question.
        let (end_status, end) = match decision.end_status {
            Some(status) => (status, decision.end),
            None => {
                let records = reg.assessments_of_zone(zone);
                let (status, end, _) =
                    yellow_card_end_with(reg, zone, records, t, Some(as_of), params);
                (status, end)
            }
        };
        let ended_for_sure = end_status == CardEnd::Ended && end.is_some_and(|e| as_of >= e);
        if ended_for_sure {
            return None;
        }
        Some(CardInForce {
            year: t,
            certain: given && end_status != CardEnd::NeedsHuman,
        })
    }) {
        if card.certain {
            return Some(card);
        }
        maybe = maybe.or(Some(card));
    }
    maybe
}

computed! {
    /// art-14.d as a computed rule ([`yellow_card`]).
    YellowCard: ART_14_D(ZoneYearInput) -> AssessmentDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            Ok(yellow_card(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
    decide = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            let (t, as_of) = (input.year.get(), input.as_of.map(IsoDate::get));
            Ok(yellow_card_with(reg, zone, t, as_of, params, false, true).0)
        });
    brief = |input, params| on_zone_brief(input.register, &input.zone_id, |reg, zone| {
            let (t, as_of) = (input.year.get(), input.as_of.map(IsoDate::get));
            yellow_card_decision(reg, zone, t, as_of, params).brief()
        });
    zone_codes = yellow_card_codes;
    zone_answer = yellow_card_with;
    zone_key = yellow_card_key;
    outcomes: [Triggered, NotTriggered, NeedsHuman, Unknown, NotApplicable];
}

#[cfg(all(test, feature = "serde"))]
#[allow(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::params::{Params, YellowCardDuration};

    /// A decision is the rule's answer without the answer: the same outcome, detail and reason
    /// codes (each in its list), for every zone and year of the example register, on several
    /// dates, under two readings of the card's duration; and so is the answer whose reasons
    /// are deferred (codes alone).
    #[test]
    fn a_decision_is_the_answer_for_its_outcome_and_detail() {
        let text = include_str!("../../../../examples/yanbian-register.json");
        let reg: crate::register::Register = serde_json::from_str(text).unwrap();
        let reg = ValidRegister::new(reg, "register").unwrap();
        let other = Params {
            rectification_deadline_days: Some(90),
            yellow_card_duration: YellowCardDuration::UntilNextResult,
            ..Params::default()
        };
        let mut compared = 0;
        for params in [Params::default(), other] {
            for zone in &reg.zones {
                for t in 2019..=2027 {
                    for as_of in ["2021-06-01", "2023-07-15", "2026-12-01"] {
                        let as_of = Some(as_of.parse().unwrap());
                        let full = yellow_card(&reg, zone, t, as_of, &params);
                        let decision = yellow_card_decision(&reg, zone, t, as_of, &params);
                        let deferred =
                            yellow_card_with(&reg, zone, t, as_of, &params, false, true).0;
                        let codes = |l: &[Reason]| l.iter().map(|r| r.code).collect::<Vec<_>>();
                        assert_eq!(decision.outcome, full.outcome, "{} {t}", zone.id);
                        assert_eq!(
                            decision.clone().into_detail(zone),
                            full.detail,
                            "{} {t}",
                            zone.id
                        );
                        let said = decision.codes.reasons().collect::<Vec<_>>();
                        assert_eq!(said, codes(&full.reasons), "{} {t}", zone.id);
                        let human = decision.codes.needs_human().collect::<Vec<_>>();
                        assert_eq!(human, codes(&full.needs_human), "{} {t}", zone.id);
                        assert_eq!(deferred.outcome, full.outcome);
                        assert_eq!(deferred.detail, full.detail);
                        assert_eq!(deferred.params_used, full.params_used);
                        assert_eq!(codes(&deferred.reasons), codes(&full.reasons));
                        assert_eq!(codes(&deferred.needs_human), codes(&full.needs_human));
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 100, "{compared}");
    }
}

#[cfg(test)]
mod params_tests {
    use crate::answer::in_name_order;

    /// Each table lists its parameters in the order of their names, each once (so
    /// `Facts::set_all` pushes them in order), and art-14.d's holds the findings' four and
    /// art-15.a's three (art-03.a lists art-14.d's alone for both of its bars).
    #[test]
    fn tables_are_in_order() {
        assert!(in_name_order(&crate::rules::art15_environment::ENV_PARAMS));
        assert!(in_name_order(&super::super::evidence::FINDINGS_PARAMS));
        assert!(in_name_order(&super::YELLOW_CARD_PARAMS));
        let findings = super::super::evidence::FINDINGS_PARAMS;
        for (name, _) in findings
            .iter()
            .chain(&crate::rules::art15_environment::ENV_PARAMS)
        {
            assert!(super::YELLOW_CARD_PARAMS.iter().any(|(n, _)| n == name));
        }
    }
}
