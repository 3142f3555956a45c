//! Parameters: every number or choice the text states or leaves open, with its
//! documented default, overridable per call. Field names are the JSON names (camelCase); each
//! field's doc names the catalog parameter (`P.*`) and, where the default is a reading of an
//! unclear text, the ambiguity-register entry (`AMB-*`).

use crate::money::{Money, Ratio};
use crate::num::Year;
use crate::period::{HolidayCalendar, PeriodConvention};

stable_enum! {
    /// Which date counts as 「印发之日」 (`P.issue_date_basis`, AMB-01). Echoed in answers so a
    /// reader knows what the caller's `issueDate` is meant to be; it does not change any arithmetic.
    #[derive(Default)]
    IssueDateBasis {
        /// The 印发 date printed in the document's colophon (default).
        #[default]
        PrintedIssuanceDate = "PRINTED_ISSUANCE_DATE" { zh: "文件所载印发日期", ko: "문서에 적힌 인쇄발행일", en: "printed issuance date" },
        /// The signing date (成文日期).
        SigningDate = "SIGNING_DATE" { zh: "成文日期", ko: "성문일", en: "signing date" },
        /// The date of publication on the web.
        PublicationDate = "PUBLICATION_DATE" { zh: "网上公布日期", ko: "인터넷 공포일", en: "publication date" },
        /// The date the bearer received the document.
        ReceiptDate = "RECEIPT_DATE" { zh: "收文日期", ko: "수문일", en: "date of receipt" },
    }
}

stable_enum! {
    /// From which year a yearly duty applies (`P.meetings_first_year_rule`, AMB-31).
    #[derive(Default)]
    FirstYearRule {
        /// The first full calendar year after issuance (default): issued 2019-06-01 → 2020.
        #[default]
        FirstFullCalendarYear = "FIRST_FULL_CALENDAR_YEAR" { zh: "印发后第一个完整日历年度", ko: "인쇄발행 후 첫 완전한 력년", en: "first full calendar year after issuance" },
        /// The year of issuance itself.
        IssueYear = "ISSUE_YEAR" { zh: "印发当年", ko: "인쇄발행 당해 년도", en: "year of issuance" },
    }
}

stable_enum! {
    /// Where the two-year consolidation window starts (`P.consolidation_window_anchor`, AMB-04).
    #[derive(Default)]
    WindowAnchor {
        /// From the issuance date (default).
        #[default] IssueDate = "ISSUE_DATE" { zh: "自印发之日起算", ko: "인쇄발행일부터 기산", en: "from the issuance date" },
        /// From 1 January of the year after issuance; ends 31 December of the last year.
        Jan1FollowingIssue = "JAN1_FOLLOWING_ISSUE" { zh: "自印发次年1月1日起算", ko: "인쇄발행 다음 해 1월 1일부터 기산", en: "from 1 January after issuance" },
    }
}

stable_enum! {
    /// How strictly the industry counts of art-05.a are read (`P.industries.mode`, AMB-08).
    #[derive(Default)]
    IndustriesMode {
        /// Both bounds enforced (default).
        #[default] Strict = "STRICT" { zh: "上下限均适用", ko: "상한·하한 모두 적용", en: "both bounds" },
        /// Only the maximum enforced.
        CapOnly = "CAP_ONLY" { zh: "仅适用上限", ko: "상한만 적용", en: "maximum only" },
    }
}

stable_enum! {
    /// Which ranking 「全省排名」 means (`P.assessment_ranking_scope`, AMB-11). Echoed only:
    /// callers supply records of that ranking.
    #[derive(Default)]
    RankingScope {
        /// Jilin's ranking of provincial-level zones (default).
        #[default] ProvinceProvincialZones = "PROVINCE_PROVINCIAL_ZONES" { zh: "全省省级开发区排名", ko: "전 성 성급 개발구 순위", en: "provincial zones of the province" },
        /// Jilin's ranking of all zones.
        ProvinceAll = "PROVINCE_ALL" { zh: "全省全部开发区排名", ko: "전 성 전체 개발구 순위", en: "all zones of the province" },
    }
}

stable_enum! {
    /// Ties at the bottom-n boundary (`P.bottom_tie_policy`, AMB-11).
    #[derive(Default)]
    TiePolicy {
        /// A zone tied across the boundary is in the bottom n (default).
        #[default] IncludeAllTied = "INCLUDE_ALL_TIED" { zh: "并列者均计入", ko: "동순위 모두 산입", en: "all tied included" },
        /// A zone tied across the boundary is not.
        ExcludeAllTied = "EXCLUDE_ALL_TIED" { zh: "并列者均不计入", ko: "동순위 모두 불산입", en: "all tied excluded" },
        /// A person decides.
        NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "for a person to decide" },
    }
}

stable_enum! {
    /// What a falling rank is measured in (`P.rank_fall_metric`, AMB-12b).
    #[derive(Default)]
    RankFallMetric {
        /// Raw rank places (default).
        #[default] RawRank = "RAW_RANK" { zh: "名次", ko: "순위", en: "rank places" },
        /// Relative position `(rank − 1) / (N − 1)`, for years with different N.
        Percentile = "PERCENTILE" { zh: "相对位次", ko: "상대 위치", en: "relative position" },
    }
}

stable_enum! {
    /// Which zones the falling-rank trigger covers (`P.rank_fall_applies_to`, AMB-12c).
    #[derive(Default)]
    RankFallScope {
        /// Provincial zones only (default).
        #[default] ProvincialOnly = "PROVINCIAL_ONLY" { zh: "仅省级开发区", ko: "성급 개발구만", en: "provincial zones only" },
        /// Every ranked zone.
        AllRanked = "ALL_RANKED" { zh: "所有参与排名的开发区", ko: "순위에 든 모든 개발구", en: "every ranked zone" },
    }
}

stable_enum! {
    /// How long the yellow-card measures last (`P.yellow_card_duration`, AMB-24).
    #[derive(Default)]
    YellowCardDuration {
        /// Until the next year's results are published and the rectification is accepted (default).
        #[default] UntilNextResultAndRectified = "UNTIL_NEXT_RESULT_AND_RECTIFIED" { zh: "至下一年度考评结果公布且整改验收", ko: "다음 년도 심사평가 결과 공포 및 정돈 검수 시까지", en: "until the next results and the rectification is accepted" },
        /// Until the next year's results are published.
        UntilNextResult = "UNTIL_NEXT_RESULT" { zh: "至下一年度考评结果公布", ko: "다음 년도 심사평가 결과 공포 시까지", en: "until the next year's results" },
    }
}

stable_enum! {
    /// The first assessment year sanctions may count (`P.first_counted_year_rule`, AMB-25).
    #[derive(Default)]
    FirstCountedYear {
        /// The first full calendar year after issuance (default): issued 2019-06-01 → 2020.
        #[default] FirstFullYearAfterIssue = "FIRST_FULL_YEAR_AFTER_ISSUE" { zh: "印发后第一个完整年度", ko: "인쇄발행 후 첫 완전한 년도", en: "first full year after issuance" },
        /// The year of issuance.
        IssueYear = "ISSUE_YEAR" { zh: "印发当年", ko: "인쇄발행 당해 년도", en: "year of issuance" },
    }
}

stable_enum! {
    /// A disqualified year inside a top streak (`P.disqualified_year_in_top_streak`, AMB-26).
    #[derive(Default)]
    DisqualifiedInStreak {
        /// It breaks the streak (default).
        #[default] BreaksStreak = "BREAKS_STREAK" { zh: "中断连续", ko: "련속 중단", en: "breaks the streak" },
    }
}

stable_enum! {
    /// A disqualified year inside a 2-of-3 window (`P.disqualified_year_in_bottom_window`, AMB-26).
    #[derive(Default)]
    DisqualifiedInWindow {
        /// It counts as a bottom year (the catalog's default; harsher than the literal text). A
        /// sanction triggered only through such a year still says so for a person.
        CountsAsBottom = "COUNTS_AS_BOTTOM" { zh: "视为排名居后", ko: "하위로 간주", en: "counts as a bottom year" },
        /// It counts as neither.
        Skip = "SKIP" { zh: "不计", ko: "불산입", en: "not counted" },
        /// A person decides (default since rulebook 2026.12.1, departing from the catalog's
        /// `COUNTS_AS_BOTTOM`: the text says nothing of disqualified years in 「3年中有2年」).
        #[default] NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "for a person to decide" },
    }
}

stable_enum! {
    /// Which year falsified statistics disqualify (`P.falsification_year_basis`, AMB-27).
    #[derive(Default)]
    FalsificationYear {
        /// The year the data relate to (default).
        #[default] DataYear = "DATA_YEAR" { zh: "数据所属年度", ko: "자료 소속 년도", en: "year the data relate to" },
        /// The year of the finding.
        FindingYear = "FINDING_YEAR" { zh: "认定年度", ko: "판정 년도", en: "year of the finding" },
    }
}

stable_enum! {
    /// Which years an overdue environmental item disqualifies (`P.env_disqual_year_rule`, AMB-28).
    #[derive(Default)]
    EnvDisqualYear {
        /// Every year in which an item due by its end was late and still uncompleted at some point (default).
        #[default] EachYearWithOverdueItem = "EACH_YEAR_WITH_OVERDUE_ITEM" { zh: "每个有逾期事项的年度", ko: "기한 경과 항목이 있는 각 년도", en: "each year with an overdue item" },
    }
}

stable_enum! {
    /// The level of 「同级人民政府」 for the dispatched zones (`P.same_level_gov_for_dispatched`, AMB-23).
    #[derive(Default)]
    SameLevelGov {
        /// County level (default).
        #[default] CountyLevel = "COUNTY_LEVEL" { zh: "县级", ko: "현급", en: "county level" },
        /// Prefecture level.
        PrefectureLevel = "PREFECTURE_LEVEL" { zh: "州级", ko: "주급", en: "prefecture level" },
    }
}

stable_enum! {
    /// How 「有名无实」 is decided (`P.nominal_zone_criteria`, AMB-03).
    #[derive(Default)]
    NominalCriteria {
        /// The competent authority's finding, supplied as data (default).
        #[default] ExternalDetermination = "EXTERNAL_DETERMINATION" { zh: "主管机关认定", ko: "주관기관 인정", en: "competent authority's finding" },
    }
}

stable_enum! {
    /// Which year's funds in place the art-04.d reward is a proportion of (`P.reward_basis_year`, AMB-15).
    #[derive(Default)]
    RewardBasisYear {
        /// The calendar year in which the project's funds first arrived (default).
        #[default] FirstFundingYear = "FIRST_FUNDING_YEAR" { zh: "资金首次到位年度", ko: "자금 첫 도착 년도", en: "year funds first arrived" },
        /// The year the project was introduced (needs `project.introducedYear`).
        IntroductionYear = "INTRODUCTION_YEAR" { zh: "项目引进年度", ko: "대상 유치 년도", en: "year the project was introduced" },
        /// The year of the award (needs `awardYear`).
        AwardYear = "AWARD_YEAR" { zh: "奖励年度", ko: "장려 년도", en: "year of the award" },
    }
}

stable_enum! {
    /// How one reward pool is shared by several outstanding contributors (`P.reward_split_rule`, AMB-16).
    #[derive(Default)]
    RewardSplitRule {
        /// One pool (ratio × funds), split equally; leftover fen go one each to the first contributors listed (default).
        #[default] EqualAmongOutstandingContributors = "EQUAL_AMONG_OUTSTANDING_CONTRIBUTORS" { zh: "突出贡献者均分", ko: "뚜렷한 기여자 균등 분배", en: "equal shares among outstanding contributors" },
    }
}

stable_enum! {
    /// Who keeps co-built-park revenue before an agreement exists (`P.cobuilt_default_split`, AMB-17).
    #[derive(Default)]
    CobuiltDefaultSplit {
        /// The host county keeps 100% until the parties agree a split (default).
        #[default] NoneUntilAgreed = "NONE_UNTIL_AGREED" { zh: "商定前归东道方", ko: "협의 전 소재지측 귀속", en: "host keeps all until agreed" },
    }
}

stable_enum! {
    /// When the 5-year grace of art-11.e starts (`P.land_grace_anchor`, AMB-20).
    #[derive(Default)]
    LandGraceAnchor {
        /// The day the new use starts (default).
        #[default] NewUseStartDate = "NEW_USE_START_DATE" { zh: "新用途开始之日", ko: "새 용도 개시일", en: "start of the new use" },
        /// The day the new use was approved (needs `approvalDate`).
        ApprovalDate = "APPROVAL_DATE" { zh: "批准之日", ko: "비준일", en: "approval date" },
        /// The opinion's issuance date (needs `issueDate`).
        IssueDate = "ISSUE_DATE" { zh: "印发之日", ko: "인쇄발행일", en: "issuance date" },
    }
}

stable_enum! {
    /// How a project with several kinds of works is priced (`P.infra_fee_mixed_project_method`, AMB-21).
    #[derive(Default)]
    MixedProjectMethod {
        /// Each component priced separately; a project-level base fee is shared by gross floor area (default).
        #[default] ProrateByGfa = "PRORATE_BY_GFA" { zh: "按建筑面积分摊", ko: "건축면적 비례 배분", en: "shared by gross floor area" },
    }
}

/// Industry counts for one zone level (`P.industries.*`, art-05.a).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "camelCase", deny_unknown_fields)
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct IndustryCounts {
    /// Leading (首位) industries required.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub leading: u32,
    /// Fewest main (主攻) industries.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub main_min: u32,
    /// Most main industries.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub main_max: u32,
}

/// Every parameter, with its default. `Params::default()` is the catalog's default deployment.
///
/// From JSON every field is optional; an unknown field is an error naming it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        default,
        expecting = "an object of parameters"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Params {
    /// `P.period_convention` (AMB-02): how months and years become dates. Default `CIVIL_CODE_201_204`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub period_convention: PeriodConvention,
    /// `P.holiday_rollover` (AMB-02): extend a period ending on a non-working day. Default `false`.
    /// When `true`, `holidayCalendar` must cover the due date's year.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub holiday_rollover: bool,
    /// The official holiday calendar used when `holidayRollover` is on. No default: the SDK ships
    /// no holiday data (it is published yearly by the State Council and never computed).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub holiday_calendar: Option<HolidayCalendar>,
    /// `P.issue_date_basis` (AMB-01). Default `PRINTED_ISSUANCE_DATE`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub issue_date_basis: IssueDateBasis,
    /// `P.impl_measures_months`: 「6个月内」 (art-18.c). Default 6.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub impl_measures_months: u32,
    /// `P.meetings_min_per_year`: 「2 次以上」 = at least 2 (art-16.b). Default 2.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub meetings_min_per_year: u32,
    /// `P.meetings_require_spread` (AMB-31): at least one meeting in each half-year. Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings_require_spread: bool,
    /// Not in the catalog (art-16.b): a joint work meeting convened by the Leading Group's
    /// Office (`ACT.LG_OFFICE`, its secretariat) counts as the Leading Group's. Default `true`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings_count_lg_office: bool,
    /// `P.meetings_first_year_rule` (AMB-31). Default `FIRST_FULL_CALENDAR_YEAR`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings_first_year_rule: FirstYearRule,
    /// `P.consolidation_window_years`: 「两年的时间」 (art-02.a). Default 2.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::YearsCount"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub consolidation_window_years: u32,
    /// `P.consolidation_window_anchor` (AMB-04). Default `ISSUE_DATE`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub consolidation_window_anchor: WindowAnchor,
    /// `P.county_zone_count_includes_ICZ` (AMB-05): 工业集中区 count toward 「2家以上」. Default `true`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub county_zone_count_includes_icz: bool,
    /// `P.county_zone_count_includes_pref_dispatched` (AMB-06). Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub county_zone_count_includes_pref_dispatched: bool,
    /// `P.merge_trigger_min`: 「2家以上」 = at least 2 (art-02.c). Default 2.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub merge_trigger_min: u32,
    /// `P.merge_target_max`: 「整合为1家」. Default 1.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub merge_target_max: u32,
    /// `P.national_zone_blocks_upgrade` (AMB-07). Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub national_zone_blocks_upgrade: bool,
    /// `P.require_icz_integration_first` (art-02.d; `true` follows the Jilin provincial text). Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub require_icz_integration_first: bool,
    /// `P.industries.national`: 「1个首位产业和2—3个主攻产业」.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub industries_national: IndustryCounts,
    /// `P.industries.provincial`: 「1个首位产业和1—2个主攻产业」.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub industries_provincial: IndustryCounts,
    /// `P.industries.mode` (AMB-08). Default `STRICT`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub industries_mode: IndustriesMode,
    /// `P.agglomeration_area_count`: 「3个」 (art-05.c). Default 3.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub agglomeration_area_count: u32,
    /// `P.land_eval_full_cycle_years`: 「三年一次全面评价」 (art-11.b). Default 3.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::schema::YearsCount", extend("minimum" = 1))
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub land_eval_full_cycle_years: u32,
    /// `P.land_eval_update_cycle_years`: 「一年一次更新评价」. Default 1.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::schema::YearsCount", extend("minimum" = 1))
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub land_eval_update_cycle_years: u32,
    /// `P.land_grace_years`: 「5年内」 (art-11.e). Default 5.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::YearsCount"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub land_grace_years: u32,
    /// `P.same_level_gov_for_dispatched` (AMB-23). Default `COUNTY_LEVEL`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub same_level_gov_for_dispatched: SameLevelGov,
    /// `P.assessment_ranking_scope` (AMB-11). Default `PROVINCE_PROVINCIAL_ZONES`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub assessment_ranking_scope: RankingScope,
    /// `P.top_rank_threshold`: 「靠前」 = rank ≤ 10 (AMB-12). Default 10.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub top_rank_threshold: u32,
    /// `P.top_requires_reward_each_year` (AMB-12). Default `true`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub top_requires_reward_each_year: bool,
    /// `P.top_streak_years`: 「连续3年」. Default 3.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::YearsCount"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub top_streak_years: u32,
    /// `P.bottom_n_yellow`: 「后10位」 (art-14.d, art-14.e). Default 10.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub bottom_n_yellow: u32,
    /// `P.bottom_n_revoke`: 「后5位」 (art-14.f). Default 5.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub bottom_n_revoke: u32,
    /// `P.window_years`: 「3年中」. Default 3.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::YearsCount"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub window_years: u32,
    /// `P.window_hits`: 「有2年」 = at least 2 (AMB-13). Default 2.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub window_hits: u32,
    /// `P.min_population_factor` (AMB-11): with N ≤ factor·n ranked zones, bottom-n needs a person. Default 2.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub min_population_factor: u32,
    /// `P.bottom_tie_policy` (AMB-11). Default `INCLUDE_ALL_TIED`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub bottom_tie_policy: TiePolicy,
    /// `P.rank_fall_metric` (AMB-12b). Default `RAW_RANK`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rank_fall_metric: RankFallMetric,
    /// `P.rank_fall_min_places` (AMB-12b). Default 1.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub rank_fall_min_places: u32,
    /// Not in the catalog (AMB-12b): a fall of at least this many places is clearly
    /// 「排名后退」 and triggers the yellow card; a smaller fall (of at least `rankFallMinPlaces`)
    /// is left to a person. Default 5, the policy threshold the catalog's AMB-12b suggests;
    /// set it to `rankFallMinPlaces` for the literal reading.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub rank_fall_clear_places: u32,
    /// `P.rank_fall_applies_to` (AMB-12c). Default `PROVINCIAL_ONLY`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rank_fall_applies_to: RankFallScope,
    /// `P.yellow_card_duration` (AMB-24). Default `UNTIL_NEXT_RESULT_AND_RECTIFIED`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub yellow_card_duration: YellowCardDuration,
    /// `P.reapply_ban_years`: 「3年内不得重新申报」. Default 3.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::YearsCount"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub reapply_ban_years: u32,
    /// `P.no_promotion_years`: 「3年内不得提拔」. Default 3.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::years"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::YearsCount"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub no_promotion_years: u32,
    /// `P.retroactive_years_for_sanctions` (AMB-25). Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub retroactive_years_for_sanctions: bool,
    /// `P.first_counted_year_rule` (AMB-25). Default `FIRST_FULL_YEAR_AFTER_ISSUE`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub first_counted_year_rule: FirstCountedYear,
    /// `P.retroactive_years_for_rewards` (AMB-25). Default `true`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub retroactive_years_for_rewards: bool,
    /// `P.disqualified_year_in_top_streak` (AMB-26). Default `BREAKS_STREAK`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub disqualified_year_in_top_streak: DisqualifiedInStreak,
    /// `P.disqualified_year_in_bottom_window` (AMB-26). Default `NEEDS_HUMAN` (the catalog's
    /// `COUNTS_AS_BOTTOM` is harsher than the text; see docs/departures.md).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub disqualified_year_in_bottom_window: DisqualifiedInWindow,
    /// `P.falsification_year_basis` (AMB-27). Default `DATA_YEAR`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub falsification_year_basis: FalsificationYear,
    /// `P.env_disqual_year_rule` (AMB-28). Default `EACH_YEAR_WITH_OVERDUE_ITEM`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub env_disqual_year_rule: EnvDisqualYear,
    /// `P.include_ylt_new_area` (AMB-30): 延龙图新区 bears county-type duties. Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub include_ylt_new_area: bool,
    /// `P.rectification_deadline_days` (AMB-42): set in each notice; no default.
    #[cfg_attr(
        feature = "serde",
        serde(
            with = "crate::num::count_option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub rectification_deadline_days: Option<u32>,
    /// `P.nominal_zone_criteria` (AMB-03). Default `EXTERNAL_DETERMINATION`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub nominal_zone_criteria: NominalCriteria,
    /// `P.reward_ratio` (art-04.d, AMB-14): 「一定比例」. **No default**: it comes from the zone's
    /// reward-fund rules (`fund.ratio` in the input wins); without either the rule answers NEEDS_HUMAN.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reward_ratio: Option<Ratio>,
    /// `P.reward_cap` (art-04.d, AMB-14): 「适当」, a cap per award in yuan. Default none
    /// (`fund.perAwardCap` in the input wins).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reward_cap: Option<Money>,
    /// `P.reward_basis_year` (AMB-15). Default `FIRST_FUNDING_YEAR`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reward_basis_year: RewardBasisYear,
    /// `P.reward_split_rule` (AMB-16). Default `EQUAL_AMONG_OUTSTANDING_CONTRIBUTORS`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reward_split_rule: RewardSplitRule,
    /// `P.cobuilt_default_split` (art-06.b, AMB-17). Default `NONE_UNTIL_AGREED`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub cobuilt_default_split: CobuiltDefaultSplit,
    /// `P.mainly_threshold` (art-10.b, AMB-18): 「主要用于」 = a share strictly above it. Default `"0.5"`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub mainly_threshold: Ratio,
    /// `P.land_eval_anchor_year` (art-11.b, AMB-19): the year of the full-evaluation cycle (e.g.
    /// the national cycle year). Default none: the earliest FULL evaluation on record for the
    /// zone, or without one the first full calendar year after issuance.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub land_eval_anchor_year: Option<Year>,
    /// `P.land_grace_anchor` (art-11.e, AMB-20). Default `NEW_USE_START_DATE`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub land_grace_anchor: LandGraceAnchor,
    /// `P.infra_fee_waiver.tech_renovation` (art-11.g): 「免征」 = `"1"` (100% waived).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub infra_fee_waiver_tech_renovation: Ratio,
    /// `P.infra_fee_waiver.extend_or_new` (art-11.g): 「减半征收」 = `"0.5"` (50% waived).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub infra_fee_waiver_extend_or_new: Ratio,
    /// `P.infra_fee_mixed_project_method` (AMB-21). Default `PRORATE_BY_GFA`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub infra_fee_mixed_project_method: MixedProjectMethod,
    /// `P.halving_requires_capacity_upgrade` (AMB-22): halving for 扩建/新建 also needs 提质扩能. Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub halving_requires_capacity_upgrade: bool,
}

// The parameters decoded field by field (`crate::by_field`): serde's derived visitor for
// 64 fields was the largest decoder in the wasm module (~18 KB of its code). The same keys,
// defaults and errors as `#[serde(rename_all = "camelCase", deny_unknown_fields, default)]`;
// a test checks [`crate::by_field::ByField::FIELDS`] against the names `Serialize` writes.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Params {
    name: "Params",
    expecting: "an object of parameters",
    blank: Params::default(),
    fields: [
        "periodConvention" => period_convention,
        "holidayRollover" => holiday_rollover,
        "holidayCalendar" => holiday_calendar,
        "issueDateBasis" => issue_date_basis,
        "implMeasuresMonths" => impl_measures_months [with crate::num::count::deserialize],
        "meetingsMinPerYear" => meetings_min_per_year [with crate::num::count::deserialize],
        "meetingsRequireSpread" => meetings_require_spread,
        "meetingsCountLgOffice" => meetings_count_lg_office,
        "meetingsFirstYearRule" => meetings_first_year_rule,
        "consolidationWindowYears" => consolidation_window_years [with crate::num::years::deserialize],
        "consolidationWindowAnchor" => consolidation_window_anchor,
        "countyZoneCountIncludesIcz" => county_zone_count_includes_icz,
        "countyZoneCountIncludesPrefDispatched" => county_zone_count_includes_pref_dispatched,
        "mergeTriggerMin" => merge_trigger_min [with crate::num::count::deserialize],
        "mergeTargetMax" => merge_target_max [with crate::num::count::deserialize],
        "nationalZoneBlocksUpgrade" => national_zone_blocks_upgrade,
        "requireIczIntegrationFirst" => require_icz_integration_first,
        "industriesNational" => industries_national,
        "industriesProvincial" => industries_provincial,
        "industriesMode" => industries_mode,
        "agglomerationAreaCount" => agglomeration_area_count [with crate::num::count::deserialize],
        "landEvalFullCycleYears" => land_eval_full_cycle_years [with crate::num::years::deserialize],
        "landEvalUpdateCycleYears" => land_eval_update_cycle_years [with crate::num::years::deserialize],
        "landGraceYears" => land_grace_years [with crate::num::years::deserialize],
        "sameLevelGovForDispatched" => same_level_gov_for_dispatched,
        "assessmentRankingScope" => assessment_ranking_scope,
        "topRankThreshold" => top_rank_threshold [with crate::num::count::deserialize],
        "topRequiresRewardEachYear" => top_requires_reward_each_year,
        "topStreakYears" => top_streak_years [with crate::num::years::deserialize],
        "bottomNYellow" => bottom_n_yellow [with crate::num::count::deserialize],
        "bottomNRevoke" => bottom_n_revoke [with crate::num::count::deserialize],
        "windowYears" => window_years [with crate::num::years::deserialize],
        "windowHits" => window_hits [with crate::num::count::deserialize],
        "minPopulationFactor" => min_population_factor [with crate::num::count::deserialize],
        "bottomTiePolicy" => bottom_tie_policy,
        "rankFallMetric" => rank_fall_metric,
        "rankFallMinPlaces" => rank_fall_min_places [with crate::num::count::deserialize],
        "rankFallClearPlaces" => rank_fall_clear_places [with crate::num::count::deserialize],
        "rankFallAppliesTo" => rank_fall_applies_to,
        "yellowCardDuration" => yellow_card_duration,
        "reapplyBanYears" => reapply_ban_years [with crate::num::years::deserialize],
        "noPromotionYears" => no_promotion_years [with crate::num::years::deserialize],
        "retroactiveYearsForSanctions" => retroactive_years_for_sanctions,
        "firstCountedYearRule" => first_counted_year_rule,
        "retroactiveYearsForRewards" => retroactive_years_for_rewards,
        "disqualifiedYearInTopStreak" => disqualified_year_in_top_streak,
        "disqualifiedYearInBottomWindow" => disqualified_year_in_bottom_window,
        "falsificationYearBasis" => falsification_year_basis,
        "envDisqualYearRule" => env_disqual_year_rule,
        "includeYltNewArea" => include_ylt_new_area,
        "rectificationDeadlineDays" => rectification_deadline_days [with crate::num::count_option::deserialize],
        "nominalZoneCriteria" => nominal_zone_criteria,
        "rewardRatio" => reward_ratio,
        "rewardCap" => reward_cap,
        "rewardBasisYear" => reward_basis_year,
        "rewardSplitRule" => reward_split_rule,
        "cobuiltDefaultSplit" => cobuilt_default_split,
        "mainlyThreshold" => mainly_threshold,
        "landEvalAnchorYear" => land_eval_anchor_year,
        "landGraceAnchor" => land_grace_anchor,
        "infraFeeWaiverTechRenovation" => infra_fee_waiver_tech_renovation,
        "infraFeeWaiverExtendOrNew" => infra_fee_waiver_extend_or_new,
        "infraFeeMixedProjectMethod" => infra_fee_mixed_project_method,
        "halvingRequiresCapacityUpgrade" => halving_requires_capacity_upgrade,
    ],
});

impl Default for Params {
    fn default() -> Self {
        Self {
            period_convention: PeriodConvention::CivilCode201To204,
            holiday_rollover: false,
            holiday_calendar: None,
            issue_date_basis: IssueDateBasis::PrintedIssuanceDate,
            impl_measures_months: 6,
            meetings_min_per_year: 2,
            meetings_require_spread: false,
            meetings_count_lg_office: true,
            meetings_first_year_rule: FirstYearRule::FirstFullCalendarYear,
            consolidation_window_years: 2,
            consolidation_window_anchor: WindowAnchor::IssueDate,
            county_zone_count_includes_icz: true,
            county_zone_count_includes_pref_dispatched: false,
            merge_trigger_min: 2,
            merge_target_max: 1,
            national_zone_blocks_upgrade: false,
            require_icz_integration_first: false,
            industries_national: IndustryCounts {
                leading: 1,
                main_min: 2,
                main_max: 3,
            },
            industries_provincial: IndustryCounts {
                leading: 1,
                main_min: 1,
                main_max: 2,
            },
            industries_mode: IndustriesMode::Strict,
            agglomeration_area_count: 3,
            land_eval_full_cycle_years: 3,
            land_eval_update_cycle_years: 1,
            land_grace_years: 5,
            same_level_gov_for_dispatched: SameLevelGov::CountyLevel,
            assessment_ranking_scope: RankingScope::ProvinceProvincialZones,
            top_rank_threshold: 10,
            top_requires_reward_each_year: true,
            top_streak_years: 3,
            bottom_n_yellow: 10,
            bottom_n_revoke: 5,
            window_years: 3,
            window_hits: 2,
            min_population_factor: 2,
            bottom_tie_policy: TiePolicy::IncludeAllTied,
            rank_fall_metric: RankFallMetric::RawRank,
            rank_fall_min_places: 1,
            rank_fall_clear_places: 5,
            rank_fall_applies_to: RankFallScope::ProvincialOnly,
            yellow_card_duration: YellowCardDuration::UntilNextResultAndRectified,
            reapply_ban_years: 3,
            no_promotion_years: 3,
            retroactive_years_for_sanctions: false,
            first_counted_year_rule: FirstCountedYear::FirstFullYearAfterIssue,
            retroactive_years_for_rewards: true,
            disqualified_year_in_top_streak: DisqualifiedInStreak::BreaksStreak,
            disqualified_year_in_bottom_window: DisqualifiedInWindow::NeedsHuman,
            falsification_year_basis: FalsificationYear::DataYear,
            env_disqual_year_rule: EnvDisqualYear::EachYearWithOverdueItem,
            include_ylt_new_area: false,
            rectification_deadline_days: None,
            nominal_zone_criteria: NominalCriteria::ExternalDetermination,
            reward_ratio: None,
            reward_cap: None,
            reward_basis_year: RewardBasisYear::FirstFundingYear,
            reward_split_rule: RewardSplitRule::EqualAmongOutstandingContributors,
            cobuilt_default_split: CobuiltDefaultSplit::NoneUntilAgreed,
            mainly_threshold: Ratio::HALF,
            land_eval_anchor_year: None,
            land_grace_anchor: LandGraceAnchor::NewUseStartDate,
            infra_fee_waiver_tech_renovation: Ratio::ONE,
            infra_fee_waiver_extend_or_new: Ratio::HALF,
            infra_fee_mixed_project_method: MixedProjectMethod::ProrateByGfa,
            halving_requires_capacity_upgrade: false,
        }
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::Params;
    use crate::by_field::ByField;
    use alloc::format;
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;
    use serde_json::{json, Value};

    /// A value other than `v`: a number one more, a truth value the other, a ratio another, an
    /// object each of its fields changed so (the enums' names are left: a setter that put one
    /// enum's value in another enum's field would not compile).
    fn changed(v: &Value) -> Value {
        match v {
            Value::Bool(b) => Value::Bool(!b),
            Value::Number(n) => json!(n.as_u64().map_or(0, |n| n + 1)),
            Value::Object(m) => m.iter().map(|(k, v)| (k.clone(), changed(v))).collect(),
            // A ratio: another one.
            Value::String(r) if r.bytes().all(|b| b.is_ascii_digit() || b == b'.') => {
                json!(if r == "0.25" { "0.5" } else { "0.25" })
            }
            other => other.clone(),
        }
    }

    #[test]
    fn the_fields_are_the_ones_serde_writes_in_its_order() {
        let all = json!({
            "holidayCalendar": { "years": [2019], "holidays": [], "workingWeekendDays": [] },
            "rectificationDeadlineDays": 30,
            "rewardRatio": "0.1",
            "rewardCap": "100.00",
            "landEvalAnchorYear": 2020
        });
        let mut params: Params = serde_json::from_value(all).unwrap();
        // Every field written, in `FIELDS`' order, and read back by name and by place.
        crate::by_field::check::fields_are_written_as_listed(&params);
        let written = serde_json::to_value(&params).unwrap();
        let keys: Vec<&str> = written
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted: Vec<&str> = Params::FIELDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(keys, sorted, "serde_json's map is sorted");
        params = Params::default();
        let order = crate::json_text::to_string(&params, false, 1 << 16).unwrap();
        let mut at = 0;
        for f in Params::FIELDS
            .iter()
            .filter(|f| order.contains(&format!("\"{f}\":")))
        {
            let found = order[at..]
                .find(&format!("\"{f}\":"))
                .unwrap_or_else(|| panic!("{f} out of order"));
            at += found;
        }
    }

    #[test]
    fn each_field_is_set_where_it_is_named() {
        let defaults = serde_json::to_value(Params::default()).unwrap();
        for (key, value) in defaults.as_object().unwrap() {
            let new = changed(value);
            if &new == value {
                continue;
            }
            let mut one = serde_json::Map::new();
            one.insert(key.clone(), new.clone());
            let read: Params = serde_json::from_value(Value::Object(one.clone()))
                .unwrap_or_else(|e| panic!("{key}: {e}"));
            let mut expected = defaults.clone();
            expected[key.as_str()] = new;
            assert_eq!(serde_json::to_value(&read).unwrap(), expected, "{key}");
            // The same through the boundary's decoder, keys by place in the wasm module.
            let one = Value::Object(one);
            let tree = crate::tree::Tree::of(&one);
            let track = crate::strict::Track::default();
            let read = <Params as serde::Deserialize>::deserialize(crate::strict::Strict::root(
                &tree, &track,
            ))
            .unwrap_or_else(|_| panic!("{key}: refused by Strict"));
            assert_eq!(
                serde_json::to_value(&read).unwrap(),
                expected,
                "{key} (Strict)"
            );
        }
    }

    #[test]
    fn unknown_repeated_and_wrong_keys_are_refused_as_by_the_derive() {
        let e = serde_json::from_str::<Params>(r#"{"windowYear": 3}"#)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("unknown field `windowYear`, expected one of `periodConvention`"),
            "{e}"
        );
        let e = serde_json::from_str::<Params>(r#"{"windowYears": 3, "windowYears": 4}"#)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("duplicate field `windowYears`"), "{e}");
        let e = serde_json::from_str::<Params>("[3]")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("invalid type: sequence, expected an object of parameters"),
            "{e}"
        );
        let e = serde_json::from_str::<Params>(r#"{"windowYears": true}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("invalid type: boolean `true`"), "{e}");
    }
}
