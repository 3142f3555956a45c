//! The detail shared by the art-14 answers (measure, trigger, card end, evidence) and the window helpers.

use super::{Standing, YearEvidence};
use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;

use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{Zone, ZoneLevel};
use crate::rules::common::{about, absent_in_year, not_applicable};
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14.d–f: provincial zones only
    SanctionProvincialOnly = "SANCTION_PROVINCIAL_ONLY" {
        zh: "{zoneName}({zone})级别为{level},本条处罚只适用于省级开发区",
        ko: "{zoneName}({zone})의 급별은 {level}이며 이 처벌은 성급 개발구에만 적용된다",
        en: "{zoneName} ({zone}) has level {level}; the sanction applies to provincial zones only"
    }
}

stable_enum! {
    /// A sanction or reward measure.
    Measure {
        /// 黄牌警告.
        YellowCard = "YELLOW_CARD" { zh: "黄牌警告", ko: "황패경고", en: "yellow card" },
        /// 限制新增土地指标 (the size of the restriction is set outside the text).
        LandQuotaRestricted = "LAND_QUOTA_RESTRICTED" { zh: "限制新增土地指标", ko: "신규 토지지표 제한", en: "new land quota restricted" },
        /// 禁止扩区调区升级.
        NoExpandAdjustUpgrade = "NO_EXPAND_ADJUST_UPGRADE" { zh: "禁止扩区、调区、升级", ko: "구역 확장·조정·승격 금지", en: "no expansion, adjustment or upgrading" },
        /// 予以通报.
        PublicNotice = "PUBLIC_NOTICE" { zh: "予以通报", ko: "통보", en: "public notice" },
        /// 限期整改 (the period is set in each notice, AMB-42).
        RectifyByDeadline = "RECTIFY_BY_DEADLINE" { zh: "限期整改", ko: "기한내 정돈", en: "rectification within a time limit" },
        /// 对开发区党政主要负责人进行问责.
        AccountabilityPrincipalLeaders = "ACCOUNTABILITY_PRINCIPAL_LEADERS" { zh: "对开发区党政主要负责人进行问责", ko: "개발구 당정 주요 책임자 문책", en: "the zone's principal party and government leaders held accountable" },
        /// 按省规定予以撤销 (decided by the province, AMB-43).
        RevocationPerProvincialRules = "REVOCATION_PER_PROVINCIAL_RULES" { zh: "按省规定予以撤销(由省决定)", ko: "성 규정에 따른 철회(성이 결정)", en: "revocation under the provincial rules (decided by the province)" },
        /// 3年内不得重新申报.
        ReapplyBan = "REAPPLY_BAN" { zh: "期限内不得重新申报", ko: "기간 내 재신청 금지", en: "no re-application during the ban" },
        /// 3年内不得提拔.
        NoPromotion = "NO_PROMOTION" { zh: "期限内不得提拔党政主要负责人", ko: "기간 내 당정 주요 책임자 발탁 금지", en: "no promotion of the principal leaders during the ban" },
        /// 党政主要负责人予以优先提拔重用.
        PriorityPromotion = "PRIORITY_PROMOTION" { zh: "党政主要负责人予以优先提拔重用", ko: "당정 주요 책임자 우선 발탁·중용", en: "priority promotion of the principal leaders" },
    }
}

stable_enum! {
    /// What triggered a yellow card.
    Trigger {
        /// 排名后10位.
        BottomN = "BOTTOM_N" { zh: "排名居后", ko: "순위 하위", en: "bottom of the ranking" },
        /// 排名后退.
        RankFall = "RANK_FALL" { zh: "排名后退", ko: "순위 후퇴", en: "falling rank" },
        /// A disqualified year counted as bottom (AMB-26).
        DisqualifiedCountsAsBottom = "DISQUALIFIED_COUNTS_AS_BOTTOM" { zh: "被取消资格的年度视为排名居后", ko: "자격 취소 년도를 하위로 간주", en: "a disqualified year counted as bottom" },
    }
}

stable_enum! {
    /// Where a yellow card's end stands on the date asked (AMB-24).
    CardEnd {
        /// Ended (see `end`).
        Ended = "ENDED" { zh: "已解除", ko: "해제됨", en: "ended" },
        /// In force until the next year's results are published.
        UntilNextResult = "UNTIL_NEXT_RESULT" { zh: "至下一年度考评结果公布", ko: "다음 년도 심사평가 결과 공포 시까지", en: "until the next year's results are published" },
        /// The next results are out but the zone is still in the bottom n: in force until the
        /// rectification is accepted.
        UntilRectified = "UNTIL_RECTIFIED" { zh: "至整改验收", ko: "정돈 검수 시까지", en: "until the rectification is accepted" },
        /// The next results are out and show the zone out of the bottom n, and no rectification
        /// acceptance is recorded: whether the card has ended is for a person (AMB-24).
        NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "for a person to decide" },
    }
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
    pub(super) fn new(zone: &Zone, year: i32, years: Vec<YearEvidence>) -> Self {
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
pub(super) fn window_outcome(years: &[YearEvidence], params: &Params) -> Outcome {
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

/// What the sanctions' 「省级开发区」 makes of a zone at another level: the outcome, the reason's
/// code and whether it is a question for a person (the level unknown); `None` for a provincial
/// zone. [`provincial_only`] states its reason in full, art-14.d's card says it (a decision in
/// codes builds no facts).
pub(super) fn not_provincial(zone: &Zone) -> Option<(Outcome, C, bool)> {
    match zone.level {
        ZoneLevel::Provincial => None,
        ZoneLevel::Unknown => Some((Outcome::NeedsHuman, C::ZoneLevelUnknown, true)),
        _ => Some((Outcome::NotApplicable, C::SanctionProvincialOnly, false)),
    }
}

/// Not applicable unless the zone is provincial (the sanctions name 「省级开发区」).
pub(super) fn provincial_only(
    rule: RuleId,
    zone: &Zone,
    reasons: &mut Vec<Reason>,
    needs_human: &mut Vec<Reason>,
) -> Option<Outcome> {
    let (outcome, code, human) = not_provincial(zone)?;
    if human {
        needs_human.add(about(Reason::new(code, rule), zone));
    } else {
        reasons.add(about(
            Reason::new(code, rule).with("level", zone.level.as_str()),
            zone,
        ));
    }
    Some(outcome)
}

/// The not-applicable answer of an art-14 check for a zone that did not exist in year `t`.
pub(super) fn absent(rule: RuleId, zone: &Zone, t: i32) -> Option<Answer<AssessmentDetail>> {
    absent_in_year(rule, zone, t)
        .map(|r| not_applicable(rule, r, AssessmentDetail::new(zone, t, Vec::new())))
}

/// Years of `years` that hit only because a disqualified year counted as bottom (AMB-26), when
/// the answer would not be triggered without them.
pub(super) fn only_through_disqualified(years: &[YearEvidence], need: u32) -> Option<Vec<i32>> {
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

pub(super) fn years_text(years: &[i32]) -> String {
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
