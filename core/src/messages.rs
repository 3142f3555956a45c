//! The message table: every reason code and outcome in Chinese, Korean and English.
//!
//! One `match` per code holds its three templates side by side, so a code without all three
//! languages does not compile. Templates name facts as `{name}`; [`render`] fills them from the
//! reason's arguments. The Korean follows the administrative vocabulary of Yanbian's bilingual
//! documents (개발구 for 开发区, 주 for 州, 현(시) for 县(市)).

use alloc::string::String;

use crate::answer::{Args, Outcome};

/// A language of the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Lang {
    /// Chinese (simplified), the language of the source.
    #[default]
    Zh,
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// All languages, in the order zh, ko, en.
    pub const ALL: [Self; 3] = [Self::Zh, Self::Ko, Self::En];

    /// `zh`, `en` or `ko`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Zh => "zh",
            Self::En => "en",
            Self::Ko => "ko",
        }
    }

    /// Parses `zh`, `en` or `ko`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "zh" => Some(Self::Zh),
            "en" => Some(Self::En),
            "ko" => Some(Self::Ko),
            _ => None,
        }
    }
}

/// Three renderings of one text.
struct Tr {
    zh: &'static str,
    en: &'static str,
    ko: &'static str,
}

impl Tr {
    const fn pick(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

macro_rules! reason_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal { zh: $zh:literal, en: $en:literal, ko: $ko:literal } )*) => {
        /// A stable reason code. Codes are never renamed or reused; new ones are appended.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        pub enum ReasonCode {
            $( $(#[$doc])* #[cfg_attr(feature = "serde", serde(rename = $code))] $variant, )*
        }

        impl ReasonCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The stable code string.
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)* }
            }

            const fn tr(self) -> Tr {
                match self { $(Self::$variant => Tr { zh: $zh, en: $en, ko: $ko },)* }
            }

            /// The message template in `lang`.
            #[must_use]
            pub const fn template(self, lang: Lang) -> &'static str {
                self.tr().pick(lang)
            }
        }
    };
}

reason_codes! {
    /// art-18.c: the due date and how it was computed.
    ImplMeasuresDue = "IMPL_MEASURES_DUE" {
        zh: "落实措施应于{due}前制定(自{issueDate}印发之日起{months}个月内)",
        en: "implementation measures are due by {due} ({months} months from issuance on {issueDate})",
        ko: "실행 조치는 {due}까지 제정하여야 한다({issueDate} 인쇄·발부일로부터 {months}개월 내)"
    }
    /// art-18.c: the due day was a non-working day and rolled over.
    DueDateRolledOver = "DUE_DATE_ROLLED_OVER" {
        zh: "期限末日{unadjusted}为法定休假日,顺延至{due}",
        en: "the last day {unadjusted} is a non-working day; the period is extended to {due}",
        ko: "기한 마지막 날 {unadjusted}이 법정 휴일이므로 {due}까지 연장된다"
    }
    /// art-18.c: adopted on or before the due date.
    ImplMeasuresAdoptedOnTime = "IMPL_MEASURES_ADOPTED_ON_TIME" {
        zh: "落实措施已于{adoptedDate}制定,未超过期限{due}",
        en: "implementation measures were adopted on {adoptedDate}, on or before the due date {due}",
        ko: "실행 조치가 {adoptedDate}에 제정되어 기한 {due}을 넘기지 않았다"
    }
    /// art-18.c: adopted after the due date.
    ImplMeasuresAdoptedLate = "IMPL_MEASURES_ADOPTED_LATE" {
        zh: "落实措施于{adoptedDate}制定,超过期限{due}共{daysLate}天",
        en: "implementation measures were adopted on {adoptedDate}, {daysLate} day(s) after the due date {due}",
        ko: "실행 조치가 {adoptedDate}에 제정되어 기한 {due}을 {daysLate}일 넘겼다"
    }
    /// art-18.c: not adopted and the due date has passed.
    ImplMeasuresOverdue = "IMPL_MEASURES_OVERDUE" {
        zh: "截至{asOf}尚未制定落实措施,已超过期限{due}共{daysOverdue}天",
        en: "as of {asOf} no implementation measures have been adopted; the due date {due} passed {daysOverdue} day(s) ago",
        ko: "{asOf} 현재 실행 조치가 제정되지 않았으며 기한 {due}을 {daysOverdue}일 넘겼다"
    }
    /// art-18.c: not adopted and still within the period.
    ImplMeasuresPending = "IMPL_MEASURES_PENDING" {
        zh: "截至{asOf}尚未制定落实措施,距期限{due}还有{daysRemaining}天",
        en: "as of {asOf} no implementation measures have been adopted; {daysRemaining} day(s) remain until the due date {due}",
        ko: "{asOf} 현재 실행 조치가 제정되지 않았으며 기한 {due}까지 {daysRemaining}일 남았다"
    }
    /// An adoption or meeting dated after the as-of date is not yet known on that date.
    EventAfterAsOf = "EVENT_AFTER_AS_OF" {
        zh: "{date}的记录晚于评估日{asOf},不计入",
        en: "the record dated {date} is after the as-of date {asOf} and is not counted",
        ko: "{date}자 기록은 평가 기준일 {asOf} 이후이므로 산입하지 않는다"
    }
    /// art-16.b: the year is before the first year the duty applies to.
    MeetingsNotYetApplicable = "MEETINGS_NOT_YET_APPLICABLE" {
        zh: "{year}年早于首个适用年度{firstYear}年(印发后的第一个完整日历年度),该义务尚不适用",
        en: "{year} is before {firstYear}, the first year the duty applies to (the first full calendar year after issuance)",
        ko: "{year}년은 최초 적용 연도 {firstYear}년(인쇄·발부 후 첫 번째 완전한 역년) 이전이므로 이 의무는 아직 적용되지 않는다"
    }
    /// art-16.b: the yearly minimum is met.
    MeetingsCountMet = "MEETINGS_COUNT_MET" {
        zh: "{year}年领导小组召开联席工作会议{count}次,达到至少{required}次的要求",
        en: "the leading group held {count} joint work meeting(s) in {year}; at least {required} are required",
        ko: "{year}년 영도소조가 연석업무회의를 {count}회 소집하여 최소 {required}회 요구를 충족하였다"
    }
    /// art-16.b: fewer meetings than the yearly minimum.
    MeetingsCountShort = "MEETINGS_COUNT_SHORT" {
        zh: "{year}年领导小组仅召开联席工作会议{count}次,少于至少{required}次的要求",
        en: "the leading group held only {count} joint work meeting(s) in {year}; at least {required} are required",
        ko: "{year}년 영도소조가 연석업무회의를 {count}회만 소집하여 최소 {required}회 요구에 미달하였다"
    }
    /// art-16.b: the year is still running and the minimum is not met yet.
    MeetingsYearInProgress = "MEETINGS_YEAR_IN_PROGRESS" {
        zh: "截至{asOf},{year}年尚未结束,已召开{count}次,还需{missing}次",
        en: "as of {asOf} the year {year} is not over: {count} meeting(s) held, {missing} more needed",
        ko: "{asOf} 현재 {year}년이 끝나지 않았다: {count}회 소집, {missing}회 더 필요"
    }
    /// art-16.b: meetings must fall in both half-years and the first half has none.
    MeetingsNoneInFirstHalf = "MEETINGS_NONE_IN_FIRST_HALF" {
        zh: "{year}年上半年未召开联席工作会议,而参数要求上下半年各至少一次",
        en: "no joint work meeting in the first half of {year}, and the parameters require one in each half-year",
        ko: "{year}년 상반기에 연석업무회의가 없으나 매개변수는 상·하반기 각 1회 이상을 요구한다"
    }
    /// art-16.b: meetings must fall in both half-years and the second half has none.
    MeetingsNoneInSecondHalf = "MEETINGS_NONE_IN_SECOND_HALF" {
        zh: "{year}年下半年未召开联席工作会议,而参数要求上下半年各至少一次",
        en: "no joint work meeting in the second half of {year}, and the parameters require one in each half-year",
        ko: "{year}년 하반기에 연석업무회의가 없으나 매개변수는 상·하반기 각 1회 이상을 요구한다"
    }
    /// art-16.b: a meeting not convened by the leading group.
    MeetingExcludedConvener = "MEETING_EXCLUDED_CONVENER" {
        zh: "{date}的会议由{convenedBy}召开,不是领导小组召开的会议,不计入",
        en: "the meeting on {date} was convened by {convenedBy}, not by the leading group, and is not counted",
        ko: "{date} 회의는 영도소조가 아닌 {convenedBy}이(가) 소집하였으므로 산입하지 않는다"
    }
    /// art-16.b: a meeting that is not a joint work meeting.
    MeetingExcludedKind = "MEETING_EXCLUDED_KIND" {
        zh: "{date}的会议不是联席工作会议,不计入",
        en: "the meeting on {date} is not a joint work meeting and is not counted",
        ko: "{date} 회의는 연석업무회의가 아니므로 산입하지 않는다"
    }
    /// art-02.a: the window is open
    ConsolidationWindowOpen = "CONSOLIDATION_WINDOW_OPEN" {
        zh: "整合优化的{years}年期限自{start}至{end},截至{asOf}尚在期限内",
        en: "the {years}-year consolidation window runs from {start} to {end} and is open on {asOf}",
        ko: "{years}년 통합·최적화 기간은 {start}부터 {end}까지이며 {asOf} 현재 기간 중이다"
    }
    /// art-02.a: the window has closed
    ConsolidationWindowClosed = "CONSOLIDATION_WINDOW_CLOSED" {
        zh: "整合优化的{years}年期限自{start}至{end},截至{asOf}已届满",
        en: "the {years}-year consolidation window ran from {start} to {end} and has closed on {asOf}",
        ko: "{years}년 통합·최적화 기간은 {start}부터 {end}까지였으며 {asOf} 현재 만료되었다"
    }
    /// the zone is not active
    ZoneNotActive = "ZONE_NOT_ACTIVE" {
        zh: "{zoneName}({zone})的状态为{status},不适用本条",
        en: "{zoneName} ({zone}) has status {status}; the rule does not apply",
        ko: "{zoneName}({zone})의 상태가 {status}이므로 이 규정이 적용되지 않는다"
    }
    /// art-02.b: national zones are revoked by the State Council
    NationalZoneOutsidePrefecturePower = "NATIONAL_ZONE_OUTSIDE_PREFECTURE_POWER" {
        zh: "{zoneName}({zone})是国家级开发区,其撤销由国务院决定,超出州的权限",
        en: "{zoneName} ({zone}) is a national zone: its revocation is for the State Council, outside the prefecture's power",
        ko: "{zoneName}({zone})은 국가급 개발구로서 철회는 국무원이 결정하며 주의 권한 밖이다"
    }
    /// art-02.b: no finding on 有名无实
    NominalFindingMissing = "NOMINAL_FINDING_MISSING" {
        zh: "本意见未规定“有名无实”的认定标准;{zoneName}({zone})尚无主管机关的认定结论",
        en: "the opinion gives no criteria for 「有名无实」 (in name only), and no competent authority's finding is recorded for {zoneName} ({zone})",
        ko: "본 의견은 ‘유명무실’의 인정 기준을 규정하지 않았으며 {zoneName}({zone})에 대한 주관기관의 인정 결론이 없다"
    }
    /// art-02.b: found nominal
    NominalFindingRevoke = "NOMINAL_FINDING_REVOKE" {
        zh: "主管机关认定{zoneName}({zone})有名无实,应予撤销",
        en: "the competent authority found {zoneName} ({zone}) to exist in name only: it is to be revoked",
        ko: "주관기관이 {zoneName}({zone})을 유명무실하다고 인정하였으므로 철회하여야 한다"
    }
    /// art-02.b: found not nominal
    NominalFindingKeep = "NOMINAL_FINDING_KEEP" {
        zh: "主管机关认定{zoneName}({zone})并非有名无实,予以保留",
        en: "the competent authority found that {zoneName} ({zone}) does not exist in name only: it is kept",
        ko: "주관기관이 {zoneName}({zone})은 유명무실하지 않다고 인정하였으므로 유지한다"
    }
    /// art-02.c: a provincial zone counted
    ZoneCountedProvincial = "ZONE_COUNTED_PROVINCIAL" {
        zh: "{zoneName}({zone})为省级开发区,计入本县(市)数量",
        en: "{zoneName} ({zone}) is a provincial zone and is counted",
        ko: "{zoneName}({zone})은 성급 개발구이므로 산입한다"
    }
    /// art-02.c: an ICZ counted (AMB-05)
    ZoneCountedIcz = "ZONE_COUNTED_ICZ" {
        zh: "{zoneName}({zone})为工业集中区,按参数计入本县(市)数量",
        en: "{zoneName} ({zone}) is an industrial concentration zone and is counted (countyZoneCountIncludesIcz)",
        ko: "{zoneName}({zone})은 공업집중구이며 매개변수에 따라 산입한다"
    }
    /// art-02.c: an ICZ not counted
    ZoneExcludedIcz = "ZONE_EXCLUDED_ICZ" {
        zh: "{zoneName}({zone})为工业集中区,按参数不计入",
        en: "{zoneName} ({zone}) is an industrial concentration zone and, by the parameters, is not counted",
        ko: "{zoneName}({zone})은 공업집중구이며 매개변수에 따라 산입하지 않는다"
    }
    /// art-02.c: national zones are not 省级
    ZoneExcludedNational = "ZONE_EXCLUDED_NATIONAL" {
        zh: "{zoneName}({zone})为国家级开发区,不属于“省级开发区”,不计入",
        en: "{zoneName} ({zone}) is a national zone, not a provincial one, and is not counted",
        ko: "{zoneName}({zone})은 국가급 개발구로서 ‘성급 개발구’가 아니므로 산입하지 않는다"
    }
    /// art-02.c: prefecture-dispatched zones not counted (AMB-06)
    ZoneExcludedDispatched = "ZONE_EXCLUDED_DISPATCHED" {
        zh: "{zoneName}({zone})由州派出机构管理,不计入县(市)数量",
        en: "{zoneName} ({zone}) is managed by agencies dispatched by the prefecture and is not counted as a county zone",
        ko: "{zoneName}({zone})은 주의 파출기구가 관리하므로 현(시)의 수에 산입하지 않는다"
    }
    /// art-02.c: inactive zones not counted
    ZoneExcludedNotActive = "ZONE_EXCLUDED_NOT_ACTIVE" {
        zh: "{zoneName}({zone})已非存续状态,不计入",
        en: "{zoneName} ({zone}) is no longer active and is not counted",
        ko: "{zoneName}({zone})은 존속 상태가 아니므로 산입하지 않는다"
    }
    /// art-02.c: a park inside a zone is not a zone
    ZoneExcludedPark = "ZONE_EXCLUDED_PARK" {
        zh: "{zoneName}({zone})是区内园区(一区多园),不单独计数",
        en: "{zoneName} ({zone}) is a park inside a zone (一区多园) and is not counted separately",
        ko: "{zoneName}({zone})은 구역 내 원구(1구다원)이므로 따로 산입하지 않는다"
    }
    /// art-02.c: zones of other levels not counted
    ZoneExcludedOtherLevel = "ZONE_EXCLUDED_OTHER_LEVEL" {
        zh: "{zoneName}({zone})无省级或工业集中区级别,不计入",
        en: "{zoneName} ({zone}) has neither provincial nor industrial-concentration level and is not counted",
        ko: "{zoneName}({zone})은 성급 또는 공업집중구 급별이 아니므로 산입하지 않는다"
    }
    /// the zone's level is unknown
    ZoneLevelUnknown = "ZONE_LEVEL_UNKNOWN" {
        zh: "{zoneName}({zone})的级别不明,需人工确认",
        en: "the level of {zoneName} ({zone}) is unknown: a person must establish it",
        ko: "{zoneName}({zone})의 급별이 불명하므로 인적 확인이 필요하다"
    }
    /// art-02.c: fewer than the trigger
    CountyCompliant = "COUNTY_COMPLIANT" {
        zh: "{county}计有{count}家省级开发区(工业集中区),少于{min}家,无须整合",
        en: "{county} has {count} provincial zone(s) (industrial concentration zones included); fewer than {min}, so no merger is required",
        ko: "{county}의 성급 개발구(공업집중구)는 {count}개로 {min}개 미만이므로 통합할 필요가 없다"
    }
    /// art-02.c: merge within the window
    CountyMergeRequired = "COUNTY_MERGE_REQUIRED" {
        zh: "{county}计有{count}家省级开发区(工业集中区),达到{min}家以上,应整合为{max}家;整合期限至{windowEnd}",
        en: "{county} has {count} provincial zones (industrial concentration zones included), at least {min}: they must be merged into {max}, within the window ending {windowEnd}",
        ko: "{county}의 성급 개발구(공업집중구)는 {count}개로 {min}개 이상이므로 {max}개로 통합하여야 하며 기한은 {windowEnd}까지이다"
    }
    /// art-02.c: merge overdue
    CountyMergeOverdue = "COUNTY_MERGE_OVERDUE" {
        zh: "{county}计有{count}家省级开发区(工业集中区),应整合为{max}家,整合期限{windowEnd}已过(截至{asOf})",
        en: "{county} has {count} provincial zones (industrial concentration zones included) that must be merged into {max}; the window ended {windowEnd} and it is {asOf}",
        ko: "{county}의 성급 개발구(공업집중구) {count}개를 {max}개로 통합하여야 하나 기한 {windowEnd}이 지났다({asOf} 현재)"
    }
    /// art-02.d: only an active ICZ can be upgraded
    UpgradeCandidateNotActiveIcz = "UPGRADE_CANDIDATE_NOT_ACTIVE_ICZ" {
        zh: "{zoneName}({zone})级别为{level}、状态为{status},只有存续的工业集中区可申请晋升",
        en: "{zoneName} ({zone}) has level {level} and status {status}: only an active industrial concentration zone can be upgraded",
        ko: "{zoneName}({zone})의 급별은 {level}, 상태는 {status}이며 존속 중인 공업집중구만 승격을 신청할 수 있다"
    }
    /// art-02.d: the county already has a provincial zone
    CountyHasProvincialZone = "COUNTY_HAS_PROVINCIAL_ZONE" {
        zh: "本县(市)已有省级开发区{zoneName}({zone})(一县一区)",
        en: "the county already has a provincial zone, {zoneName} ({zone}) (one county, one zone)",
        ko: "이 현(시)에는 이미 성급 개발구 {zoneName}({zone})이 있다(1현1구)"
    }
    /// art-02.d: a national zone blocks (parameter)
    CountyHasNationalZone = "COUNTY_HAS_NATIONAL_ZONE" {
        zh: "本县(市)有国家级开发区{zoneName}({zone}),按参数不得申请晋升",
        en: "the county has a national zone, {zoneName} ({zone}), and the parameters (nationalZoneBlocksUpgrade) bar the upgrade",
        ko: "이 현(시)에는 국가급 개발구 {zoneName}({zone})이 있으며 매개변수에 따라 승격을 신청할 수 없다"
    }
    /// art-02.d: ICZs must be integrated first (parameter)
    IczIntegrationFirst = "ICZ_INTEGRATION_FIRST" {
        zh: "本县(市)的工业集中区须先行整合(按省里规定的参数)",
        en: "the county's industrial concentration zones must be integrated first (requireIczIntegrationFirst, as in the Jilin provincial text)",
        ko: "이 현(시)의 공업집중구를 먼저 통합하여야 한다(성 규정에 따른 매개변수)"
    }
    /// art-14.f: 3-year re-application ban (AMB-38)
    ReapplyBanInForce = "REAPPLY_BAN_IN_FORCE" {
        zh: "本县(市)的开发区{zone}被撤销,3年内不得重新申报,{allowedFrom}起方可申报(截至{asOf})",
        en: "zone {zone} of the county was revoked: no re-application for 3 years, allowed again from {allowedFrom} (it is {asOf})",
        ko: "이 현(시)의 개발구 {zone}이 철회되어 3년 내 다시 신청할 수 없으며 {allowedFrom}부터 신청할 수 있다({asOf} 현재)"
    }
    /// a yellow card in force bars it (art-14.d)
    YellowCardBars = "YELLOW_CARD_BARS" {
        zh: "{zoneName}({zone})因{year}年度考评被黄牌警告,禁止扩区调区升级",
        en: "{zoneName} ({zone}) is under the yellow card of the {year} assessment, which prohibits expansion, adjustment and upgrading",
        ko: "{zoneName}({zone})은 {year}년도 심사평가로 황색경고를 받아 구역 확장·조정·승격이 금지된다"
    }
    /// an environmental disqualification bars it (art-15.a)
    EnvInfraBars = "ENV_INFRA_BARS" {
        zh: "{zoneName}({zone})未按时完成环保基础设施建设,取消{year}年扩区、调区、晋升资格",
        en: "{zoneName} ({zone}) did not complete environmental infrastructure on time: no expansion, adjustment or upgrading in {year}",
        ko: "{zoneName}({zone})은 환경보호 기초시설을 제때에 완료하지 못하여 {year}년 구역 확장·조정·승격 자격이 취소된다"
    }
    /// art-02.d: may apply
    UpgradeEligible = "UPGRADE_ELIGIBLE" {
        zh: "本县(市)没有省级开发区,可申请将{zoneName}({zone})晋升为省级开发区",
        en: "the county has no provincial zone: it may apply to upgrade {zoneName} ({zone}) to a provincial zone",
        ko: "이 현(시)에는 성급 개발구가 없으므로 {zoneName}({zone})을 성급 개발구로 승격하도록 신청할 수 있다"
    }
    /// art-02.d: the province's criteria are external
    UpgradeProvincialCriteria = "UPGRADE_PROVINCIAL_CRITERIA" {
        zh: "晋升的实质条件由省里规定,需人工审核{zoneName}({zone})是否符合",
        en: "the substantive criteria for an upgrade are the province's: a person must check {zoneName} ({zone}) against them",
        ko: "승격의 실질 조건은 성이 규정하므로 {zoneName}({zone})의 부합 여부를 인적으로 심사하여야 한다"
    }
    /// art-14: a bottom-n year
    YearInBottom = "YEAR_IN_BOTTOM" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),属后{n}位",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}: in the bottom {n}",
        ko: "{year}년 {zoneName}({zone})은 전성 {population}개 중 {rank}위로 하위 {n}위에 속한다"
    }
    /// art-14: not a bottom-n year
    YearNotInBottom = "YEAR_NOT_IN_BOTTOM" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),不属后{n}位",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}: not in the bottom {n}",
        ko: "{year}년 {zoneName}({zone})은 전성 {population}개 중 {rank}위로 하위 {n}위에 속하지 않는다"
    }
    /// art-14: population guard or tie (AMB-11)
    YearBottomNeedsHuman = "YEAR_BOTTOM_NEEDS_HUMAN" {
        zh: "{year}年{zoneName}({zone})排名第{rank}位(共{population}家):参评数量过少或名次并列跨越后{n}位界限,需人工判断",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}: too few zones ranked, or a tie across the bottom-{n} line; a person must decide",
        ko: "{year}년 {zoneName}({zone})은 {population}개 중 {rank}위이다: 참가 수가 너무 적거나 동순위가 하위 {n}위 경계에 걸쳐 있어 인적 판단이 필요하다"
    }
    /// art-14: disqualified year counted as bottom (AMB-26)
    YearDisqualifiedCountsAsBottom = "YEAR_DISQUALIFIED_COUNTS_AS_BOTTOM" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,按参数视为排名靠后",
        en: "in {year} {zoneName} ({zone}) was disqualified; by the parameters the year counts as a bottom year",
        ko: "{year}년 {zoneName}({zone})은 심사평가 자격이 취소되어 매개변수에 따라 하위 연도로 본다"
    }
    /// art-14: disqualified year skipped
    YearDisqualifiedSkipped = "YEAR_DISQUALIFIED_SKIPPED" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,按参数不计",
        en: "in {year} {zoneName} ({zone}) was disqualified; by the parameters the year is skipped",
        ko: "{year}년 {zoneName}({zone})은 심사평가 자격이 취소되었으며 매개변수에 따라 산입하지 않는다"
    }
    /// art-14: disqualified year for a person
    YearDisqualifiedNeedsHuman = "YEAR_DISQUALIFIED_NEEDS_HUMAN" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,按参数由人工判断如何计算",
        en: "in {year} {zoneName} ({zone}) was disqualified; by the parameters a person decides how the year counts",
        ko: "{year}년 {zoneName}({zone})은 심사평가 자격이 취소되었으며 매개변수에 따라 산입 여부를 인적으로 판단한다"
    }
    /// art-14: no record
    YearNoRecord = "YEAR_NO_RECORD" {
        zh: "{year}年无{zoneName}({zone})的考评记录",
        en: "there is no assessment record for {zoneName} ({zone}) in {year}",
        ko: "{year}년 {zoneName}({zone})의 심사평가 기록이 없다"
    }
    /// art-14: record without a rank
    YearUnranked = "YEAR_UNRANKED" {
        zh: "{year}年{zoneName}({zone})的考评记录没有名次",
        en: "the {year} assessment record of {zoneName} ({zone}) has no rank",
        ko: "{year}년 {zoneName}({zone})의 심사평가 기록에 순위가 없다"
    }
    /// art-14: before issuance (AMB-25)
    YearBeforeFirstCounted = "YEAR_BEFORE_FIRST_COUNTED" {
        zh: "{year}年早于本意见印发后的首个考评年度,按不溯及既往原则不计",
        en: "{year} is before the first assessment year after issuance and is not counted (no retroactive burdens)",
        ko: "{year}년은 본 의견 인쇄·발부 후 첫 심사평가 연도 이전이므로 소급하지 않는 원칙에 따라 산입하지 않는다"
    }
    /// art-14.d–f: provincial zones only
    SanctionProvincialOnly = "SANCTION_PROVINCIAL_ONLY" {
        zh: "{zoneName}({zone})级别为{level},本条处罚只适用于省级开发区",
        en: "{zoneName} ({zone}) has level {level}; the sanction applies to provincial zones only",
        ko: "{zoneName}({zone})의 급별은 {level}이며 이 처벌은 성급 개발구에만 적용된다"
    }
    /// art-14.e/f: fewer hits than needed
    WindowNotTriggered = "WINDOW_NOT_TRIGGERED" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位,少于{needed}年,不触发",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} year(s), fewer than {needed}: not triggered",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})이 하위 {n}위였던 해는 {hits}년으로 {needed}년 미만이므로 발동되지 않는다"
    }
    /// art-14.e: triggered
    AccountabilityTriggered = "ACCOUNTABILITY_TRIGGERED" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位(至少{needed}年即触发):对开发区党政主要负责人进行问责",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years (at least {needed}): its principal party and government leaders are held accountable",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})이 하위 {n}위였던 해가 {hits}년({needed}년 이상이면 발동)이므로 개발구 당정 주요 책임자에게 책임을 묻는다"
    }
    /// art-14.e merged into art-14.f
    AccountabilityMergedIntoRevocation = "ACCOUNTABILITY_MERGED_INTO_REVOCATION" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位;同时触发撤销(art-14.f),问责并入其中,不重复问责",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years; revocation (art-14.f) is triggered too, and this accountability is merged into it so leaders are not held accountable twice",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})이 하위 {n}위였던 해가 {hits}년이며 철회(art-14.f)도 발동되므로 문책은 그에 병합하여 중복하지 않는다"
    }
    /// art-14.f: triggered
    RevocationTriggered = "REVOCATION_TRIGGERED" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位(至少{needed}年即触发):按省规定予以撤销,3年内不得重新申报,对党政主要负责人问责,3年内不得提拔",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years (at least {needed}): revocation under provincial rules, no re-application for 3 years, leaders held accountable and not promoted for 3 years",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})이 하위 {n}위였던 해가 {hits}년({needed}년 이상이면 발동)이므로 성 규정에 따라 철회하고 3년 내 재신청을 금지하며 당정 주요 책임자에게 책임을 묻고 3년 내 발탁하지 않는다"
    }
    /// art-14.f: the province decides (AMB-43)
    RevocationDecidedByProvince = "REVOCATION_DECIDED_BY_PROVINCE" {
        zh: "撤销“按省规定”由省里决定,州只能提出或执行;生效日期以省里决定为准",
        en: "revocation is decided by the province (「按省规定」); the prefecture can only propose or carry it out, and the effective date comes from the provincial decision",
        ko: "철회는 ‘성의 규정에 따라’ 성이 결정하며 주는 제안 또는 집행만 할 수 있고 발효일은 성의 결정에 따른다"
    }
    /// art-14.f: ban dates
    ReapplyBanDates = "REAPPLY_BAN_DATES" {
        zh: "{zoneName}({zone})自{effective}起撤销,至{lastDay}不得重新申报,{allowedFrom}起可重新申报",
        en: "{zoneName} ({zone}) was revoked from {effective}: no re-application up to {lastDay}, allowed again from {allowedFrom}",
        ko: "{zoneName}({zone})은 {effective}부터 철회되어 {lastDay}까지 다시 신청할 수 없으며 {allowedFrom}부터 신청할 수 있다"
    }
    /// art-14.f: promotion ban
    NoPromotionUntil = "NO_PROMOTION_UNTIL" {
        zh: "问责决定于{decided}作出,至{until}不得提拔",
        en: "accountability was decided on {decided}: no promotion up to {until}",
        ko: "문책 결정이 {decided}에 내려졌으므로 {until}까지 발탁할 수 없다"
    }
    /// art-14.d: no previous rank
    RankFallNoBaseline = "RANK_FALL_NO_BASELINE" {
        zh: "{previous}年无可比名次,无法判断{year}年排名是否后退",
        en: "there is no rank for {previous} to compare with, so no fall in {year} can be found",
        ko: "{previous}년의 비교 가능한 순위가 없어 {year}년 순위 후퇴 여부를 판단할 수 없다"
    }
    /// art-14.d: rank fell (AMB-12b)
    RankFell = "RANK_FELL" {
        zh: "{year}年排名第{rank}位,较{previous}年第{previousRank}位后退(后退{minPlaces}位以上即触发)",
        en: "rank {rank} in {year} against {previousRank} in {previous}: a fall (a fall of {minPlaces} or more places triggers)",
        ko: "{year}년 순위 {rank}위는 {previous}년 {previousRank}위보다 후퇴하였다({minPlaces}위 이상 후퇴 시 발동)"
    }
    /// art-14.d: rank did not fall
    RankDidNotFall = "RANK_DID_NOT_FALL" {
        zh: "{year}年排名第{rank}位,较{previous}年第{previousRank}位未后退{minPlaces}位以上",
        en: "rank {rank} in {year} against {previousRank} in {previous}: not a fall of {minPlaces} or more places",
        ko: "{year}년 순위 {rank}위는 {previous}년 {previousRank}위보다 {minPlaces}위 이상 후퇴하지 않았다"
    }
    /// art-14.d: triggered
    YellowCardTriggered = "YELLOW_CARD_TRIGGERED" {
        zh: "对{zoneName}({zone})予以黄牌警告({year}年度考评),限制新增土地指标,禁止扩区调区升级,予以通报并限期整改",
        en: "{zoneName} ({zone}) receives a yellow card for the {year} assessment: new land quota restricted, no expansion, adjustment or upgrading, public notice and rectification within a time limit",
        ko: "{zoneName}({zone})에 {year}년도 심사평가로 황색경고를 주고 신규 토지지표 제한, 구역 확장·조정·승격 금지, 통보 및 기한 내 시정을 명한다"
    }
    /// the measures start on publication (AMB-10)
    SanctionStarts = "SANCTION_STARTS" {
        zh: "措施自考评结果公布之日{start}起执行",
        en: "the measures run from {start}, when the results were published",
        ko: "조치는 심사평가 결과가 공포된 {start}부터 시행한다"
    }
    /// no publication date
    PublicationDateMissing = "PUBLICATION_DATE_MISSING" {
        zh: "{year}年度考评结果的公布日期未记录,措施起始日需人工确认",
        en: "the publication date of the {year} results is not recorded: a person must fix when the measures start",
        ko: "{year}년도 심사평가 결과의 공포일이 기록되지 않아 조치 시작일을 인적으로 확인하여야 한다"
    }
    /// the yellow card ends (AMB-24)
    YellowCardEnds = "YELLOW_CARD_ENDS" {
        zh: "黄牌警告于{end}解除",
        en: "the yellow card ends on {end}",
        ko: "황색경고는 {end}에 해제된다"
    }
    /// the yellow card's end is not yet known
    YellowCardInForce = "YELLOW_CARD_IN_FORCE" {
        zh: "黄牌警告持续有效,直至满足解除条件({duration})",
        en: "the yellow card stays in force until its end condition ({duration}) is met",
        ko: "황색경고는 해제 조건({duration})이 충족될 때까지 유효하다"
    }
    /// the size of the land-quota restriction is external
    LandQuotaSizeExternal = "LAND_QUOTA_SIZE_EXTERNAL" {
        zh: "“限制新增土地指标”的幅度本意见未规定,需人工确定",
        en: "how far the new land quota is restricted is not set by the opinion: a person must decide",
        ko: "‘신규 토지지표 제한’의 폭은 본 의견이 규정하지 않았으므로 인적으로 정하여야 한다"
    }
    /// art-14.c: a top year with a provincial award
    YearTopRewarded = "YEAR_TOP_REWARDED" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),位列前{k}位并受到省奖励",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, in the top {k}, and was rewarded by the province",
        ko: "{year}년 {zoneName}({zone})은 전성 {population}개 중 {rank}위로 상위 {k}위에 들고 성의 장려를 받았다"
    }
    /// art-14.c: a top year without an award
    YearTopNotRewarded = "YEAR_TOP_NOT_REWARDED" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),位列前{k}位,但未受到省奖励",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, in the top {k}, but was not rewarded by the province",
        ko: "{year}년 {zoneName}({zone})은 전성 {population}개 중 {rank}위로 상위 {k}위에 들었으나 성의 장려를 받지 못하였다"
    }
    /// art-14.c: not a top year
    YearNotTop = "YEAR_NOT_TOP" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),未进入前{k}位",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, not in the top {k}",
        ko: "{year}년 {zoneName}({zone})은 전성 {population}개 중 {rank}위로 상위 {k}위에 들지 못하였다"
    }
    /// art-14.c: disqualification breaks the streak (AMB-26)
    YearDisqualifiedBreaksStreak = "YEAR_DISQUALIFIED_BREAKS_STREAK" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,连续靠前中断",
        en: "in {year} {zoneName} ({zone}) was disqualified, which breaks the streak",
        ko: "{year}년 {zoneName}({zone})은 심사평가 자격이 취소되어 연속 상위가 중단되었다"
    }
    /// art-14.c: a missing year breaks the streak
    YearMissingBreaksStreak = "YEAR_MISSING_BREAKS_STREAK" {
        zh: "{year}年无{zoneName}({zone})的名次,连续靠前中断",
        en: "there is no rank for {zoneName} ({zone}) in {year}, which breaks the streak",
        ko: "{year}년 {zoneName}({zone})의 순위가 없어 연속 상위가 중단되었다"
    }
    /// art-14.c: eligible
    PriorityPromotionEligible = "PRIORITY_PROMOTION_ELIGIBLE" {
        zh: "{zoneName}({zone}){from}至{to}年连续3年综合考评在全省靠前并受到省奖励:党政主要负责人予以优先提拔重用",
        en: "{zoneName} ({zone}) ranked near the top of the province and was rewarded in each year from {from} to {to}: its principal leaders get priority for promotion",
        ko: "{zoneName}({zone})은 {from}~{to}년 연속 전성 앞자리를 차지하고 성의 장려를 받았으므로 당정 주요 책임자를 우선 발탁·중용한다"
    }
    /// art-14.c: top but not rewarded
    PriorityPromotionNotRewarded = "PRIORITY_PROMOTION_NOT_REWARDED" {
        zh: "{zoneName}({zone}){from}至{to}年名次靠前,但未满足受到省奖励的条件",
        en: "{zoneName} ({zone}) ranked near the top from {from} to {to} but does not meet the provincial-award condition",
        ko: "{zoneName}({zone})은 {from}~{to}년 순위가 앞자리였으나 성의 장려를 받은 조건을 충족하지 못하였다"
    }
    /// art-14.c: no streak
    PriorityPromotionNoStreak = "PRIORITY_PROMOTION_NO_STREAK" {
        zh: "{zoneName}({zone}){from}至{to}年未连续在全省靠前",
        en: "{zoneName} ({zone}) was not near the top of the province in every year from {from} to {to}",
        ko: "{zoneName}({zone})은 {from}~{to}년 연속으로 전성 앞자리를 차지하지 못하였다"
    }
    /// which leaders (AMB-37)
    LeadersInOfficeNeedsHuman = "LEADERS_IN_OFFICE_NEEDS_HUMAN" {
        zh: "应由人工确定相关年度在任的党政主要负责人",
        en: "a person must identify the principal leaders in office in the years concerned",
        ko: "해당 연도에 재임한 당정 주요 책임자는 인적으로 확정하여야 한다"
    }
    /// art-14.h: falsified statistics
    StatsFalsified = "STATS_FALSIFIED" {
        zh: "{zoneName}({zone}){dataYear}年统计数据虚报瞒报(于{findingDate}查实),取消{year}年度考评资格",
        en: "falsified or concealed statistics of {zoneName} ({zone}) for {dataYear} (found {findingDate}): disqualified from the {year} assessment",
        ko: "{zoneName}({zone})의 {dataYear}년 통계자료 허위 보고·은폐({findingDate} 확인)로 {year}년도 심사평가 자격을 취소한다"
    }
    /// art-14.h: no finding
    StatsNoFinding = "STATS_NO_FINDING" {
        zh: "没有{zoneName}({zone}){year}年度统计数据虚报瞒报的认定",
        en: "no finding of falsified or concealed statistics for {zoneName} ({zone}) affects {year}",
        ko: "{zoneName}({zone})의 {year}년도 통계자료 허위 보고·은폐에 대한 인정이 없다"
    }
    /// art-15.a: completed late within the year
    EnvItemCompletedLate = "ENV_ITEM_COMPLETED_LATE" {
        zh: "“{item}”应于{due}前完成,实际于{completed}完成,{year}年内曾逾期未完成",
        en: "“{item}” was due by {due} and completed late on {completed}: overdue during {year}",
        ko: "‘{item}’은 {due}까지 완료하여야 하였으나 {completed}에 늦게 완료되어 {year}년 중 기한을 넘겼다"
    }
    /// art-15.a: not completed
    EnvItemNotCompleted = "ENV_ITEM_NOT_COMPLETED" {
        zh: "“{item}”应于{due}前完成,至今未完成",
        en: "“{item}” was due by {due} and is not completed",
        ko: "‘{item}’은 {due}까지 완료하여야 하나 완료되지 않았다"
    }
    /// art-15.a: on time
    EnvItemOnTime = "ENV_ITEM_ON_TIME" {
        zh: "“{item}”应于{due}前完成,已于{completed}按时完成",
        en: "“{item}” was due by {due} and completed on time on {completed}",
        ko: "‘{item}’은 {due}까지 완료하여야 하며 {completed}에 제때에 완료되었다"
    }
    /// art-15.a: late, but completed before the year
    EnvItemLateInEarlierYear = "ENV_ITEM_LATE_IN_EARLIER_YEAR" {
        zh: "“{item}”于{completed}逾期完成,{year}年内已无逾期",
        en: "“{item}” was completed late on {completed}, before {year}: nothing overdue in {year}",
        ko: "‘{item}’은 {completed}에 늦게 완료되었으나 {year}년에는 기한 경과가 없다"
    }
    /// art-15.a: not yet due
    EnvItemNotYetDue = "ENV_ITEM_NOT_YET_DUE" {
        zh: "“{item}”应于{due}前完成,在{year}年评估时尚未到期",
        en: "“{item}” is due by {due}: not yet due for {year}",
        ko: "‘{item}’은 {due}까지 완료하여야 하며 {year}년 평가 시점에는 기한이 도래하지 않았다"
    }
    /// art-15.a: no items
    EnvNoItems = "ENV_NO_ITEMS" {
        zh: "登记册中没有{zoneName}({zone})须按规定完成的环保基础设施项目",
        en: "the register lists no required environmental infrastructure for {zoneName} ({zone})",
        ko: "등록부에 {zoneName}({zone})이 규정에 따라 완료하여야 할 환경보호 기초시설 항목이 없다"
    }
    /// art-15.a: disqualified
    EnvDisqualified = "ENV_DISQUALIFIED" {
        zh: "{zoneName}({zone})有{count}项环保基础设施未按规定按时完成:取消{year}年扩区、调区、晋升及考评资格",
        en: "{zoneName} ({zone}) has {count} environmental infrastructure item(s) not completed on time: no expansion, adjustment, upgrading or assessment in {year}",
        ko: "{zoneName}({zone})은 환경보호 기초시설 {count}항목을 규정에 따라 제때에 완료하지 못하였으므로 {year}년 구역 확장·조정·승격 및 심사평가 자격을 취소한다"
    }
    /// art-05.a: not for this level
    IndustryRuleNotForLevel = "INDUSTRY_RULE_NOT_FOR_LEVEL" {
        zh: "{zoneName}({zone})级别为{level},本条只规定国家级和省级开发区的产业数量",
        en: "{zoneName} ({zone}) has level {level}: the rule sets industry counts for national and provincial zones only",
        ko: "{zoneName}({zone})의 급별은 {level}이며 이 규정은 국가급과 성급 개발구의 산업 수만 정한다"
    }
    /// art-05.a: no designation on record.
    IndustryDesignationNotRecorded = "INDUSTRY_DESIGNATION_NOT_RECORDED" {
        zh: "登记册未记录{zoneName}({zone})的首位产业和主攻产业,无法核对",
        en: "the register records no leading or main industries for {zoneName} ({zone}): nothing to check",
        ko: "등록부에 {zoneName}({zone})의 수위산업과 주공산업이 기록되지 않아 대조할 수 없다"
    }
    /// art-05.a: leading industry count
    IndustryLeadingCount = "INDUSTRY_LEADING_COUNT" {
        zh: "首位产业{count}个,{level}开发区应为{expected}个",
        en: "{count} leading industry(ies); a {level} zone must have {expected}",
        ko: "수위산업이 {count}개이나 {level} 개발구는 {expected}개여야 한다"
    }
    /// art-05.a: leading also main
    IndustryLeadingAlsoMain = "INDUSTRY_LEADING_ALSO_MAIN" {
        zh: "首位产业“{industry}”又被列为主攻产业",
        en: "the leading industry “{industry}” is also listed as a main industry",
        ko: "수위산업 ‘{industry}’이 주공산업으로도 열거되었다"
    }
    /// art-05.a: too many main industries
    IndustryMainTooMany = "INDUSTRY_MAIN_TOO_MANY" {
        zh: "主攻产业{count}个,超过{level}开发区的上限{max}个",
        en: "{count} main industries, more than the {max} a {level} zone may have",
        ko: "주공산업이 {count}개로 {level} 개발구의 상한 {max}개를 넘는다"
    }
    /// art-05.a: too few main industries
    IndustryMainTooFew = "INDUSTRY_MAIN_TOO_FEW" {
        zh: "主攻产业{count}个,少于{level}开发区的下限{min}个",
        en: "{count} main industries, fewer than the {min} a {level} zone must have",
        ko: "주공산업이 {count}개로 {level} 개발구의 하한 {min}개보다 적다"
    }
    /// art-05.a: valid
    IndustryFocusValid = "INDUSTRY_FOCUS_VALID" {
        zh: "1个首位产业和{count}个主攻产业,符合{level}开发区{min}—{max}个的要求",
        en: "1 leading and {count} main industries: within {min}–{max} for a {level} zone",
        ko: "수위산업 1개와 주공산업 {count}개로 {level} 개발구의 {min}~{max}개 요구에 부합한다"
    }
    /// art-12.b: named
    ZoneNamedInArt12b = "ZONE_NAMED_IN_ART_12B" {
        zh: "{zone}即条文所列“{namedAs}”,该机构为{dispatchedBy}的派出机构",
        en: "{zone} is 「{namedAs}」 named in the clause: this organ is a dispatched agency of {dispatchedBy}",
        ko: "{zone}은 조문에 열거된 ‘{namedAs}’이며 이 기구는 {dispatchedBy}의 파출기구이다"
    }
    /// art-12.b: what follows
    DispatchedConsequences = "DISPATCHED_CONSEQUENCES" {
        zh: "“{namedAs}”默认不计入所在县(市)的省级开发区数量(art-02.c),其人事和薪酬制度改革方案由州委、州政府审批(art-09.f)",
        en: "「{namedAs}」 is not counted among its county's provincial zones by default (art-02.c), and its personnel and pay reform plan is approved by the prefecture (art-09.f)",
        ko: "‘{namedAs}’은 기본적으로 소재 현(시)의 성급 개발구 수에 산입하지 않으며(art-02.c) 인사·보수제도 개혁방안은 주당위원회·주정부가 심사비준한다(art-09.f)"
    }
    /// art-12.b: register disagrees
    RegisterAuthorityMismatch = "REGISTER_AUTHORITY_MISMATCH" {
        zh: "登记册将{zone}的管理主体记为{recorded},与条文不一致,需人工核对",
        en: "the register records {zone}'s managing authority as {recorded}, unlike the clause: a person must check",
        ko: "등록부는 {zone}의 관리 주체를 {recorded}로 기록하여 조문과 다르므로 인적으로 대조하여야 한다"
    }
    /// art-12.b: not named
    ZoneNotNamedInArt12b = "ZONE_NOT_NAMED_IN_ART_12B" {
        zh: "{zone}不是条文所列四个开发区之一",
        en: "{zone} is not one of the four zones named in the clause",
        ko: "{zone}은 조문에 열거된 4개 개발구 중 하나가 아니다"
    }
    /// pre.a: in scope
    ScopeInScope = "SCOPE_IN_SCOPE" {
        zh: "{zoneName}({zone})(类型{type},级别{level})属于本意见所称开发区",
        en: "{zoneName} ({zone}) (type {type}, level {level}) is a development zone in the sense of the opinion",
        ko: "{zoneName}({zone})(유형 {type}, 급별 {level})은 본 의견에서 말하는 개발구에 해당한다"
    }
    /// pre.a: abroad
    ScopeOverseas = "SCOPE_OVERSEAS" {
        zh: "{zoneName}({zone})(类型{type},级别{level})位于境外,不属于本意见所称开发区",
        en: "{zoneName} ({zone}) (type {type}, level {level}) lies abroad and is not a development zone in the sense of the opinion",
        ko: "{zoneName}({zone})(유형 {type}, 급별 {level})은 경외에 있어 본 의견에서 말하는 개발구에 해당하지 않는다"
    }
    /// pre.a: a park inside a zone
    ScopeParkInsideZone = "SCOPE_PARK_INSIDE_ZONE" {
        zh: "{zoneName}({zone})(类型{type},级别{level})是{parent}的区内园区,不单独作为开发区",
        en: "{zoneName} ({zone}) (type {type}, level {level}) is a park inside {parent}, not a zone of its own",
        ko: "{zoneName}({zone})(유형 {type}, 급별 {level})은 {parent}의 구역 내 원구로서 별도의 개발구가 아니다"
    }
    /// pre.a: neither type nor level
    ScopeNoTypeOrLevel = "SCOPE_NO_TYPE_OR_LEVEL" {
        zh: "{zoneName}({zone})(类型{type},级别{level})既无开发区类型也无级别,不属于本意见所称开发区",
        en: "{zoneName} ({zone}) (type {type}, level {level}) has neither a zone type nor a level and is not a development zone in the sense of the opinion",
        ko: "{zoneName}({zone})(유형 {type}, 급별 {level})은 개발구 유형도 급별도 없어 본 의견에서 말하는 개발구에 해당하지 않는다"
    }
    /// art-03.a: provincial zones only
    HighTechProvincialOnly = "HIGH_TECH_PROVINCIAL_ONLY" {
        zh: "{zoneName}({zone})级别为{level}、状态为{status},只有存续的省级开发区可申请设立省级高新区",
        en: "{zoneName} ({zone}) has level {level} and status {status}: only an active provincial zone may apply",
        ko: "{zoneName}({zone})의 급별은 {level}, 상태는 {status}이며 존속 중인 성급 개발구만 성급 첨단기술구 설립을 신청할 수 있다"
    }
    /// art-03.a: criteria external
    HighTechCriteriaExternal = "HIGH_TECH_CRITERIA_EXTERNAL" {
        zh: "“具备条件”指省里的高新区认定条件,登记册未记录{zoneName}({zone})是否具备,需人工判断",
        en: "「具备条件」 are the province's high-tech zone criteria and the register does not record whether {zoneName} ({zone}) meets them: a person must decide",
        ko: "‘조건을 갖춘’은 성의 첨단기술구 인정 조건을 말하며 등록부에 {zoneName}({zone})의 충족 여부가 없으므로 인적 판단이 필요하다"
    }
    /// art-03.a: eligible
    HighTechEligible = "HIGH_TECH_ELIGIBLE" {
        zh: "{zoneName}({zone})为具备条件的省级开发区,可按程序申请设立省级高新区(鼓励性规定)",
        en: "{zoneName} ({zone}) is a qualified provincial zone: it may apply, through the procedure, to become a provincial high-tech zone (an encouragement)",
        ko: "{zoneName}({zone})은 조건을 갖춘 성급 개발구로서 절차에 따라 성급 첨단기술구 설립을 신청할 수 있다(장려 규정)"
    }
    /// art-03.a: criteria not met
    HighTechCriteriaNotMet = "HIGH_TECH_CRITERIA_NOT_MET" {
        zh: "{zoneName}({zone})不具备省级高新区的认定条件",
        en: "{zoneName} ({zone}) does not meet the provincial high-tech zone criteria",
        ko: "{zoneName}({zone})은 성급 첨단기술구 인정 조건을 갖추지 못하였다"
    }
    /// Duties: a dated duty with no record for the bearer, past its due date.
    DutyNoRecord = "DUTY_NO_RECORD" {
        zh: "登记册中没有{bearer}的记录,期限{due}已过,无法判断是否已完成",
        en: "the register has no record for {bearer} and the due date {due} has passed: whether it was done is unknown",
        ko: "등록부에 {bearer}의 기록이 없고 기한 {due}이 지났으므로 이행 여부를 알 수 없다"
    }
    /// Duties: a dated duty with no record for the bearer, not yet due.
    DutyPendingNoRecord = "DUTY_PENDING_NO_RECORD" {
        zh: "登记册中尚无{bearer}的记录,距期限{due}还有{daysRemaining}天",
        en: "nothing is recorded for {bearer} yet; {daysRemaining} day(s) remain until the due date {due}",
        ko: "등록부에 아직 {bearer}의 기록이 없으며 기한 {due}까지 {daysRemaining}일 남았다"
    }
    /// Duties: done on or before the due date.
    DutyDoneOnTime = "DUTY_DONE_ON_TIME" {
        zh: "{bearer}已于{doneDate}完成,未超过期限{due}",
        en: "{bearer} did it on {doneDate}, on or before the due date {due}",
        ko: "{bearer}이(가) {doneDate}에 이행하여 기한 {due}을 넘기지 않았다"
    }
    /// Duties: done after the due date.
    DutyDoneLate = "DUTY_DONE_LATE" {
        zh: "{bearer}于{doneDate}完成,超过期限{due}共{daysLate}天",
        en: "{bearer} did it on {doneDate}, {daysLate} day(s) after the due date {due}",
        ko: "{bearer}이(가) {doneDate}에 이행하여 기한 {due}을 {daysLate}일 넘겼다"
    }
    /// Duties: recorded as not done, past the due date.
    DutyOverdue = "DUTY_OVERDUE" {
        zh: "登记册记载{bearer}截至{asOf}尚未完成,已超过期限{due}共{daysOverdue}天",
        en: "the register records that {bearer} has not done it as of {asOf}; the due date {due} passed {daysOverdue} day(s) ago",
        ko: "등록부에 따르면 {bearer}은(는) {asOf} 현재 이행하지 않았으며 기한 {due}을 {daysOverdue}일 넘겼다"
    }
    /// Duties: recorded as not done, not yet due.
    DutyPending = "DUTY_PENDING" {
        zh: "登记册记载{bearer}截至{asOf}尚未完成,距期限{due}还有{daysRemaining}天",
        en: "the register records that {bearer} has not done it as of {asOf}; {daysRemaining} day(s) remain until the due date {due}",
        ko: "등록부에 따르면 {bearer}은(는) {asOf} 현재 이행하지 않았으며 기한 {due}까지 {daysRemaining}일 남았다"
    }
    /// Duties: the duty does not apply yet.
    DutyNotYetApplicable = "DUTY_NOT_YET_APPLICABLE" {
        zh: "该义务自{start}起适用,截至{asOf}尚不适用",
        en: "the duty applies from {start}; on {asOf} it does not apply yet",
        ko: "이 의무는 {start}부터 적용되므로 {asOf} 현재 아직 적용되지 않는다"
    }
    /// Open items: nothing recorded.
    OpenItemNoRecord = "OPEN_ITEM_NO_RECORD" {
        zh: "待办事项:原文未规定可计算的条件或期限,登记册中没有{bearer}的完成记录",
        en: "open item: the text sets no computable condition or deadline, and the register has no record for {bearer}",
        ko: "미결 사항: 원문에 계산 가능한 조건이나 기한이 없고 등록부에 {bearer}의 이행 기록이 없다"
    }
    /// Open items: marked done.
    OpenItemDone = "OPEN_ITEM_DONE" {
        zh: "{bearer}已于{doneDate}标记为完成(原文未规定期限)",
        en: "{bearer} marked it done on {doneDate} (the text sets no deadline)",
        ko: "{bearer}이(가) {doneDate}에 이행 완료로 표시하였다(원문에 기한이 없음)"
    }
    /// Open items: recorded as not done.
    OpenItemNotDone = "OPEN_ITEM_NOT_DONE" {
        zh: "登记册记载{bearer}截至{asOf}尚未完成(原文未规定期限)",
        en: "the register records that {bearer} has not done it as of {asOf} (the text sets no deadline)",
        ko: "등록부에 따르면 {bearer}은(는) {asOf} 현재 이행하지 않았다(원문에 기한이 없음)"
    }
    /// art-16.b in the duty list: the register records no meetings at all.
    MeetingsNotRecorded = "MEETINGS_NOT_RECORDED" {
        zh: "登记册未记录任何会议,无法判断{year}年是否召开了联席工作会议",
        en: "the register records no meetings at all, so whether joint work meetings were held in {year} is unknown",
        ko: "등록부에 회의 기록이 전혀 없으므로 {year}년에 연석업무회의가 소집되었는지 알 수 없다"
    }
}

/// The outcome in `lang`.
#[must_use]
pub const fn outcome_label(o: Outcome, lang: Lang) -> &'static str {
    let t = match o {
        Outcome::MetOnTime => Tr {
            zh: "按期完成",
            en: "met on time",
            ko: "기한 내 완료",
        },
        Outcome::MetLate => Tr {
            zh: "逾期完成",
            en: "met late",
            ko: "기한 경과 후 완료",
        },
        Outcome::Overdue => Tr {
            zh: "逾期未完成",
            en: "overdue",
            ko: "기한 경과 미완료",
        },
        Outcome::Pending => Tr {
            zh: "未到期",
            en: "pending",
            ko: "기한 미도래",
        },
        Outcome::Compliant => Tr {
            zh: "符合要求",
            en: "compliant",
            ko: "요구 충족",
        },
        Outcome::NonCompliant => Tr {
            zh: "不符合要求",
            en: "not compliant",
            ko: "요구 미충족",
        },
        Outcome::NotYetApplicable => Tr {
            zh: "尚不适用",
            en: "not yet applicable",
            ko: "아직 적용되지 않음",
        },
        Outcome::NeedsHuman => Tr {
            zh: "需人工判断",
            en: "needs human review",
            ko: "인적 검토 필요",
        },
        Outcome::Unknown => Tr {
            zh: "无信息",
            en: "no information",
            ko: "정보 없음",
        },
        Outcome::Open => Tr {
            zh: "期限内",
            en: "open",
            ko: "기간 중",
        },
        Outcome::Closed => Tr {
            zh: "已届满",
            en: "closed",
            ko: "기간 만료",
        },
        Outcome::MergeRequired => Tr {
            zh: "须整合",
            en: "merge required",
            ko: "통합 필요",
        },
        Outcome::MergeOverdue => Tr {
            zh: "整合逾期",
            en: "merge overdue",
            ko: "통합 기한 경과",
        },
        Outcome::Eligible => Tr {
            zh: "符合条件",
            en: "eligible",
            ko: "조건 충족",
        },
        Outcome::NotEligible => Tr {
            zh: "不符合条件",
            en: "not eligible",
            ko: "조건 미충족",
        },
        Outcome::Valid => Tr {
            zh: "符合规定",
            en: "valid",
            ko: "규정 부합",
        },
        Outcome::Invalid => Tr {
            zh: "不符合规定",
            en: "invalid",
            ko: "규정 위반",
        },
        Outcome::NotApplicable => Tr {
            zh: "不适用",
            en: "not applicable",
            ko: "적용되지 않음",
        },
        Outcome::Dispatched => Tr {
            zh: "派出机构",
            en: "dispatched agency",
            ko: "파출기구",
        },
        Outcome::NotDispatched => Tr {
            zh: "非派出机构",
            en: "not a dispatched agency",
            ko: "파출기구 아님",
        },
        Outcome::Triggered => Tr {
            zh: "触发",
            en: "triggered",
            ko: "발동",
        },
        Outcome::NotTriggered => Tr {
            zh: "未触发",
            en: "not triggered",
            ko: "발동되지 않음",
        },
        Outcome::Disqualified => Tr {
            zh: "取消当年资格",
            en: "disqualified for the year",
            ko: "당해 연도 자격 취소",
        },
        Outcome::NotDisqualified => Tr {
            zh: "未取消资格",
            en: "not disqualified",
            ko: "자격 유지",
        },
        Outcome::Revoke => Tr {
            zh: "予以撤销",
            en: "to be revoked",
            ko: "철회 대상",
        },
        Outcome::Keep => Tr {
            zh: "保留",
            en: "kept",
            ko: "유지",
        },
        Outcome::InScope => Tr {
            zh: "属于开发区",
            en: "in scope",
            ko: "개발구에 해당",
        },
        Outcome::OutOfScope => Tr {
            zh: "不属于开发区",
            en: "out of scope",
            ko: "개발구에 해당하지 않음",
        },
        Outcome::Summary => Tr {
            zh: "综合结论",
            en: "summary",
            ko: "종합 결론",
        },
    };
    t.pick(lang)
}

/// Fills `{name}` placeholders from `args` in `lang`. An agency, actor or county code (`AG.*`,
/// `ACT.*`, `CTY.*`) is shown as its name in `lang`; the answer's `args` keep the code. An unknown
/// placeholder is left as written, so a missing fact is visible rather than silently dropped.
#[must_use]
pub fn render(template: &str, args: &Args, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match after.find('}') {
            Some(close) => {
                let name = after.get(1..close).unwrap_or_default();
                match args.get(name) {
                    Some(crate::answer::Value::Text(code))
                        if crate::agencies::actor(code).is_some() =>
                    {
                        let name =
                            crate::agencies::actor(code).map_or(code.as_str(), |a| a.name(lang));
                        out.push_str(name);
                    }
                    Some(v) => {
                        use core::fmt::Write;
                        let _ = write!(out, "{v}");
                    }
                    None => out.push_str(after.get(..=close).unwrap_or_default()),
                }
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn every_code_has_three_languages_with_the_same_placeholders() {
        fn names(t: &str) -> Vec<&str> {
            let mut v: Vec<&str> = t
                .split('{')
                .skip(1)
                .filter_map(|s| s.split('}').next())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        }
        for code in ReasonCode::ALL {
            let zh = code.template(Lang::Zh);
            for lang in Lang::ALL {
                let t = code.template(lang);
                assert!(
                    !t.trim().is_empty(),
                    "{} has no {} text",
                    code.code(),
                    lang.code()
                );
                assert_eq!(names(t), names(zh), "{} {}", code.code(), lang.code());
            }
        }
        for o in Outcome::ALL {
            for lang in Lang::ALL {
                assert!(!outcome_label(o, lang).is_empty());
            }
        }
    }

    #[test]
    fn codes_are_unique_screaming_snake() {
        let mut seen = alloc::collections::BTreeSet::new();
        for c in ReasonCode::ALL {
            assert!(seen.insert(c.code()), "duplicate {}", c.code());
            assert!(c
                .code()
                .chars()
                .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'));
        }
    }

    #[test]
    fn render_fills_and_keeps_unknown() {
        let mut a = Args::new();
        a.insert("due", "2019-12-01".into());
        assert_eq!(render("by {due} {x}", &a, Lang::En), "by 2019-12-01 {x}");
        assert_eq!(render("open { brace", &a, Lang::En), "open { brace");
        a.insert("by", "ACT.PREF_GOV".into());
        assert_eq!(render("{by}", &a, Lang::Zh), "州政府");
        assert_eq!(render("{by}", &a, Lang::Ko), "주정부");
    }
}
