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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
        zh: "{county}计入“2家以上的省级开发区(工业集中区)”的开发区共{count}家,少于{min}家,无须整合",
        en: "{county} has {count} zone(s) counted toward 「2家以上的省级开发区(工业集中区)」 (see each zone's reason), fewer than {min}: no merger is required",
        ko: "{county}에서 ‘2개 이상의 성급 개발구(공업집중구)’에 산입되는 개발구는 {count}개로 {min}개 미만이므로 통합할 필요가 없다"
    }
    /// art-02.c: merge within the window
    CountyMergeRequired = "COUNTY_MERGE_REQUIRED" {
        zh: "{county}计入“2家以上的省级开发区(工业集中区)”的开发区共{count}家,达到{min}家以上,应整合为{max}家;整合期限至{windowEnd}",
        en: "{county} has {count} zones counted toward 「2家以上的省级开发区(工业集中区)」 (see each zone's reason), at least {min}: they must be merged into {max}, within the window ending {windowEnd}",
        ko: "{county}에서 ‘2개 이상의 성급 개발구(공업집중구)’에 산입되는 개발구는 {count}개로 {min}개 이상이므로 {max}개로 통합하여야 하며 기한은 {windowEnd}까지이다"
    }
    /// art-02.c: merge overdue
    CountyMergeOverdue = "COUNTY_MERGE_OVERDUE" {
        zh: "{county}计入“2家以上的省级开发区(工业集中区)”的开发区共{count}家,应整合为{max}家,整合期限{windowEnd}已过(截至{asOf})",
        en: "{county} has {count} zones counted toward 「2家以上的省级开发区(工业集中区)」 (see each zone's reason) that must be merged into {max}; the window ended {windowEnd} and it is {asOf}",
        ko: "{county}에서 ‘2개 이상의 성급 개발구(공업집중구)’에 산입되는 개발구 {count}개를 {max}개로 통합하여야 하나 기한 {windowEnd}이 지났다({asOf} 현재)"
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
        zh: "开发区{zone}依第十四条被撤销,{years}年内不得重新申报,{allowedFrom}起方可申报(截至{asOf})",
        en: "zone {zone} was revoked under art-14.f: no re-application for {years} years, allowed again from {allowedFrom} (it is {asOf})",
        ko: "개발구 {zone}은 제14조에 따라 철회되어 {years}년 내에 다시 신청할 수 없으며 {allowedFrom}부터 신청할 수 있다({asOf} 현재)"
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
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位(至少{needed}年即触发):按省规定予以撤销,{banYears}年内不得重新申报,对党政主要负责人问责,{noPromotionYears}年内不得提拔",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} years (at least {needed}): revocation under provincial rules, no re-application for {banYears} years, leaders held accountable and not promoted for {noPromotionYears} years",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})이 하위 {n}위였던 해가 {hits}년({needed}년 이상이면 발동)이므로 성 규정에 따라 철회하고 {banYears}년 내 재신청을 금지하며 당정 주요 책임자에게 책임을 묻고 {noPromotionYears}년 내 발탁하지 않는다"
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
        zh: "{zoneName}({zone}){from}至{to}年连续{years}年综合考评在全省靠前并受到省奖励:党政主要负责人予以优先提拔重用",
        en: "{zoneName} ({zone}) ranked near the top of the province and was rewarded in each of the {years} years from {from} to {to}: its principal leaders get priority for promotion",
        ko: "{zoneName}({zone})은 {from}~{to}년 {years}년 련속 전성 앞자리를 차지하고 성의 장려를 받았으므로 당정 주요 책임자를 우선 발탁·중용한다"
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
        zh: "{leading}个首位产业和{count}个主攻产业,符合{level}开发区{min}—{max}个的要求",
        en: "{leading} leading and {count} main industries: within {min}–{max} for a {level} zone",
        ko: "수위산업 {leading}개와 주공산업 {count}개로 {level} 개발구의 {min}~{max}개 요구에 부합한다"
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
        zh: "{zoneName}({zone})(类型{type},级别{level})不是本意见列举或涵盖的开发区类型,也没有国家级、省级或工业集中区级别,不属于本意见所称开发区",
        en: "{zoneName} ({zone}) (type {type}, level {level}) is of no zone type the opinion names or covers and has no national, provincial or industrial-concentration level: it is not a development zone in the sense of the opinion",
        ko: "{zoneName}({zone})(유형 {type}, 급별 {level})은 본 의견이 렬거하거나 포함하는 개발구 유형이 아니며 국가급·성급·공업집중구 급별도 없으므로 본 의견에서 말하는 개발구에 해당하지 않는다"
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
    }    /// art-11.b: the year is before the first year of the cycle
    LandEvalNotYetDue = "LAND_EVAL_NOT_YET_DUE" {
        zh: "{zoneName}({zone})的土地集约利用评价周期自{anchorYear}年起算,{year}年尚无评价任务",
        en: "the land intensive-use evaluation cycle of {zoneName} ({zone}) starts in {anchorYear}; nothing is due in {year}",
        ko: "{zoneName}({zone})의 토지 집약 이용 평가 주기는 {anchorYear}년부터 기산하므로 {year}년에는 평가 과제가 없다"
    }
    /// art-11.b: no evaluation due this year (update cycle longer than a year)
    LandEvalNoneDue = "LAND_EVAL_NONE_DUE" {
        zh: "按自{anchorYear}年起的周期(更新评价每{updateCycle}年一次),{zoneName}({zone}){year}年无评价任务",
        en: "in the cycle from {anchorYear} (an update every {updateCycle} year(s)), nothing is due for {zoneName} ({zone}) in {year}",
        ko: "{anchorYear}년부터의 주기(갱신 평가 {updateCycle}년 1회)에 따라 {zoneName}({zone})은 {year}년에 평가 과제가 없다"
    }
    /// art-11.b: a full evaluation is due
    LandEvalFullDue = "LAND_EVAL_FULL_DUE" {
        zh: "按“三年一次全面评价”(自{anchorYear}年起每{fullCycle}年一次),{zoneName}({zone}){year}年应开展全面评价",
        en: "a full evaluation of {zoneName} ({zone}) is due in {year} (every {fullCycle} years from {anchorYear})",
        ko: "“3년에 1회 전면 평가”({anchorYear}년부터 {fullCycle}년마다)에 따라 {zoneName}({zone})은 {year}년에 전면 평가를 하여야 한다"
    }
    /// art-11.b: an update evaluation is due
    LandEvalUpdateDue = "LAND_EVAL_UPDATE_DUE" {
        zh: "{year}年不是全面评价年(自{anchorYear}年起每{fullCycle}年一次),{zoneName}({zone})应开展更新评价",
        en: "{year} is not a full-evaluation year (every {fullCycle} years from {anchorYear}): an update evaluation of {zoneName} ({zone}) is due",
        ko: "{year}년은 전면 평가 연도({anchorYear}년부터 {fullCycle}년마다)가 아니므로 {zoneName}({zone})은 갱신 평가를 하여야 한다"
    }
    /// art-11.b: done by a full evaluation
    LandEvalSatisfiedByFull = "LAND_EVAL_SATISFIED_BY_FULL" {
        zh: "{zoneName}({zone}){year}年已开展全面评价,满足要求",
        en: "{zoneName} ({zone}) carried out a full evaluation in {year}: the duty is met",
        ko: "{zoneName}({zone})은 {year}년에 전면 평가를 실시하여 요구를 충족하였다"
    }
    /// art-11.b: done by an update evaluation
    LandEvalSatisfiedByUpdate = "LAND_EVAL_SATISFIED_BY_UPDATE" {
        zh: "{zoneName}({zone}){year}年已开展更新评价,满足要求",
        en: "{zoneName} ({zone}) carried out an update evaluation in {year}: the duty is met",
        ko: "{zoneName}({zone})은 {year}년에 갱신 평가를 실시하여 요구를 충족하였다"
    }
    /// art-11.b: a full evaluation was due, only an update is on record
    LandEvalOnlyUpdateOnRecord = "LAND_EVAL_ONLY_UPDATE_ON_RECORD" {
        zh: "{zoneName}({zone}){year}年仅有更新评价,应开展的全面评价未开展",
        en: "{zoneName} ({zone}) has only an update evaluation for {year}; the full evaluation due was not carried out",
        ko: "{zoneName}({zone})은 {year}년에 갱신 평가만 있으며 하여야 할 전면 평가를 실시하지 않았다"
    }
    /// art-11.b: no full evaluation on record
    LandEvalFullMissing = "LAND_EVAL_FULL_MISSING" {
        zh: "{zoneName}({zone}){year}年没有全面评价的记录",
        en: "no full evaluation of {zoneName} ({zone}) is on record for {year}",
        ko: "{zoneName}({zone})의 {year}년 전면 평가 기록이 없다"
    }
    /// art-11.b: no evaluation on record
    LandEvalUpdateMissing = "LAND_EVAL_UPDATE_MISSING" {
        zh: "{zoneName}({zone}){year}年没有土地集约利用评价的记录",
        en: "no land intensive-use evaluation of {zoneName} ({zone}) is on record for {year}",
        ko: "{zoneName}({zone})의 {year}년 토지 집약 이용 평가 기록이 없다"
    }
    /// art-11.b: the year is still running
    LandEvalYearInProgress = "LAND_EVAL_YEAR_IN_PROGRESS" {
        zh: "截至{asOf},{year}年尚未结束,评价仍可完成",
        en: "as of {asOf} the year {year} is not over: the evaluation can still be done",
        ko: "{asOf} 현재 {year}년이 끝나지 않았으므로 평가를 아직 완료할 수 있다"
    }
    /// art-11.e: not existing industrial property
    GraceNotIndustrialProperty = "GRACE_NOT_INDUSTRIAL_PROPERTY" {
        zh: "不是利用存量工业房产,不适用{years}年过渡期",
        en: "not a reuse of existing industrial property: the {years}-year grace does not apply",
        ko: "기존 공업용 부동산의 리용이 아니므로 {years}년 과도기간이 적용되지 않는다"
    }
    /// art-11.e: the new use does not qualify
    GraceUseNotQualifying = "GRACE_USE_NOT_QUALIFYING" {
        zh: "新用途不是生产性服务业或创客空间、创新工场等众创空间,不适用{years}年过渡期",
        en: "the new use is neither producer services nor a maker space, innovation factory or other mass-innovation space: the {years}-year grace does not apply",
        ko: "새 용도가 생산성 봉사업이나 창업공간, 혁신공장 등 대중창업공간이 아니므로 {years}년 과도기간이 적용되지 않는다"
    }
    /// art-11.e: the date the anchor needs is missing
    GraceAnchorMissing = "GRACE_ANCHOR_MISSING" {
        zh: "过渡期起算日所需的`{field}`未记录,无法计算",
        en: "the grace period cannot be computed: `{field}`, which its start needs, is not recorded",
        ko: "과도기간 기산일에 필요한 `{field}`이(가) 기록되지 않아 계산할 수 없다"
    }
    /// art-11.e: the grace period
    GracePeriod = "GRACE_PERIOD" {
        zh: "{years}年过渡期自{start}起算,至{end}届满(含当日)",
        en: "the {years}-year grace runs from {start} and ends on {end} (that day included)",
        ko: "{years}년 과도기간은 {start}부터 기산하여 {end}에 만료된다(당일 포함)"
    }
    /// art-11.e: not started yet
    GraceNotStarted = "GRACE_NOT_STARTED" {
        zh: "截至{asOf},新用途尚未开始(起算日{start})",
        en: "as of {asOf} the new use has not started (the grace starts on {start})",
        ko: "{asOf} 현재 새 용도가 아직 시작되지 않았다(기산일 {start})"
    }
    /// art-11.e: within the grace
    GraceInForce = "GRACE_IN_FORCE" {
        zh: "截至{asOf}处于过渡期内,可继续按原用途和土地权利类型使用土地,距{end}届满还有{daysRemaining}天",
        en: "as of {asOf} the land may still be used under its original use and right type; {daysRemaining} day(s) remain until {end}",
        ko: "{asOf} 현재 과도기간 내이므로 원래 용도와 토지권리 유형으로 계속 사용할 수 있으며 {end} 만료까지 {daysRemaining}일 남았다"
    }
    /// art-11.e: the grace has ended
    GraceExpired = "GRACE_EXPIRED" {
        zh: "过渡期已于{end}届满(评估日{asOf})",
        en: "the grace ended on {end} (as of {asOf})",
        ko: "과도기간이 {end}에 만료되었다(평가 기준일 {asOf})"
    }
    /// art-11.e: a transfer within the grace
    GraceTransfer = "GRACE_TRANSFER" {
        zh: "{transferDate}涉及转让,需办理相关用地手续",
        en: "a transfer on {transferDate} requires land procedures",
        ko: "{transferDate}에 양도가 발생하여 관련 용지 수속을 밟아야 한다"
    }
    /// art-11.e: the permitted route
    GraceAgreementRoute = "GRACE_AGREEMENT_ROUTE" {
        zh: "可按新用途、新权利类型、市场价格,以协议方式办理用地手续(可选方式,非强制)",
        en: "the land procedures may be completed by agreement at the new use, new right type and market price (a permitted route, not a required one)",
        ko: "새 용도, 새 권리 유형, 시장가격에 따라 협의 방식으로 용지 수속을 처리할 수 있다(선택 가능한 방식이며 강제가 아님)"
    }
    /// art-11.f: not an enterprise in a zone
    LandFeeNotInZone = "LAND_FEE_NOT_IN_ZONE" {
        zh: "{component}({works}):不是开发区企业",
        en: "{component} ({works}): not an enterprise in a development zone",
        ko: "{component}({works}): 개발구 기업이 아니다"
    }
    /// art-11.f: not an industrial enterprise
    LandFeeNotIndustrial = "LAND_FEE_NOT_INDUSTRIAL" {
        zh: "{component}({works}):不是工业企业",
        en: "{component} ({works}): not an industrial enterprise",
        ko: "{component}({works}): 공업기업이 아니다"
    }
    /// art-11.f: not a factory building
    LandFeeNotFactory = "LAND_FEE_NOT_FACTORY" {
        zh: "{component}({works}):不是厂房",
        en: "{component} ({works}): not a factory building",
        ko: "{component}({works}): 공장 건물이 아니다"
    }
    /// art-11.f: not on own land
    LandFeeNotOwnLand = "LAND_FEE_NOT_OWN_LAND" {
        zh: "{component}({works}):未利用自有土地",
        en: "{component} ({works}): not on the enterprise's own land",
        ko: "{component}({works}): 자가 토지를 이용하지 않았다"
    }
    /// art-11.f: not approved
    LandFeeNotApproved = "LAND_FEE_NOT_APPROVED" {
        zh: "{component}({works}):未经批准",
        en: "{component} ({works}): not approved (经批准)",
        ko: "{component}({works}): 비준을 거치지 않았다"
    }
    /// art-11.f: does not conform to the master plan
    LandFeePlanNonconforming = "LAND_FEE_PLAN_NONCONFORMING" {
        zh: "{component}({works}):不符合开发区总体规划",
        en: "{component} ({works}): does not conform to the zone's master plan",
        ko: "{component}({works}): 개발구 총체계획에 부합하지 않는다"
    }
    /// art-11.f: does not conform to the industrial layout
    LandFeeLayoutNonconforming = "LAND_FEE_LAYOUT_NONCONFORMING" {
        zh: "{component}({works}):不符合产业布局",
        en: "{component} ({works}): does not conform to the industrial layout",
        ko: "{component}({works}): 산업 배치에 부합하지 않는다"
    }
    /// art-11.f: the land use changes
    LandFeeLandUseChanged = "LAND_FEE_LAND_USE_CHANGED" {
        zh: "{component}({works}):改变了土地用途",
        en: "{component} ({works}): the land use changes (it must stay unchanged)",
        ko: "{component}({works}): 토지 용도를 변경하였다"
    }
    /// art-11.f: the fee is due
    LandFeeDue = "LAND_FEE_DUE" {
        zh: "{component}({works}):不符合免收条件,应缴土地出让金{payable}元",
        en: "{component} ({works}): the exemption's conditions are not met; land-transfer fee due {payable} yuan",
        ko: "{component}({works}): 면제 조건을 충족하지 않아 토지양도금 {payable}위안을 납부하여야 한다"
    }
    /// art-11.f: exempt
    LandFeeExempt = "LAND_FEE_EXEMPT" {
        zh: "{component}({works}):经批准利用自有土地建设厂房,符合规划和产业布局且不改变土地用途,不再征收土地出让金(原应缴{base}元)",
        en: "{component} ({works}): approved factory works on own land that conform to the plan and layout and keep the land use: no land-transfer fee is charged (otherwise {base} yuan)",
        ko: "{component}({works}): 비준을 거쳐 자가 토지에 공장을 건설하고 계획과 산업 배치에 부합하며 토지 용도를 변경하지 않으므로 토지양도금을 징수하지 않는다(원래 {base}위안)"
    }
    /// art-11.f / art-11.g: a fact the rule needs is not recorded
    FeeFactMissing = "FEE_FACT_MISSING" {
        zh: "{component}({works}):`{field}`未记录,是否减免需人工判断",
        en: "{component} ({works}): `{field}` is not recorded; a person must decide the relief",
        ko: "{component}({works}): `{field}`이(가) 기록되지 않아 감면 여부는 인적 판단이 필요하다"
    }
    /// art-11.g: the base is a share of the project's fee
    InfraFeeProrated = "INFRA_FEE_PRORATED" {
        zh: "{component}({works}):按建筑面积{area}平方米分摊项目配套费{projectBase}元,基数{base}元",
        en: "{component} ({works}): its share of the project fee {projectBase} yuan by gross floor area {area} m² is {base} yuan",
        ko: "{component}({works}): 건축면적 {area}㎡에 따라 프로젝트 부대비용 {projectBase}위안을 분담하여 기준액은 {base}위안이다"
    }
    /// art-11.g: not a zone enterprise
    InfraFeeNotZoneEnterprise = "INFRA_FEE_NOT_ZONE_ENTERPRISE" {
        zh: "{component}({works}):不是开发区企业,全额征收城市基础设施配套费{payable}元",
        en: "{component} ({works}): not an enterprise in a development zone; the full urban infrastructure fee of {payable} yuan is due",
        ko: "{component}({works}): 개발구 기업이 아니므로 도시기초시설 부대비용 {payable}위안을 전액 징수한다"
    }
    /// art-11.g: waived
    InfraFeeWaived = "INFRA_FEE_WAIVED" {
        zh: "{component}({works}):通过改建、翻建实施技术改造,免征城市基础设施配套费(基数{base}元,应缴{payable}元)",
        en: "{component} ({works}): technical renovation through reconstruction or rebuilding; the urban infrastructure fee is waived (base {base} yuan, payable {payable} yuan)",
        ko: "{component}({works}): 개축·재건축을 통하여 기술개조를 실시하므로 도시기초시설 부대비용을 면제한다(기준액 {base}위안, 납부액 {payable}위안)"
    }
    /// art-11.g: 改建/翻建 without technical renovation
    InfraFeeNoTechRenovation = "INFRA_FEE_NO_TECH_RENOVATION" {
        zh: "{component}({works}):未实施技术改造,全额征收城市基础设施配套费{payable}元",
        en: "{component} ({works}): no technical renovation; the full urban infrastructure fee of {payable} yuan is due",
        ko: "{component}({works}): 기술개조를 실시하지 않았으므로 도시기초시설 부대비용 {payable}위안을 전액 징수한다"
    }
    /// art-11.g: halved
    InfraFeeHalved = "INFRA_FEE_HALVED" {
        zh: "{component}({works}):扩建、新建,减半征收城市基础设施配套费(基数{base}元,应缴{payable}元)",
        en: "{component} ({works}): extension or new build; the urban infrastructure fee is halved (base {base} yuan, payable {payable} yuan)",
        ko: "{component}({works}): 증축·신축이므로 도시기초시설 부대비용을 반감하여 징수한다(기준액 {base}위안, 납부액 {payable}위안)"
    }
    /// art-11.g: halving needs 提质扩能 (parameter) and it is absent
    InfraFeeNoCapacityUpgrade = "INFRA_FEE_NO_CAPACITY_UPGRADE" {
        zh: "{component}({works}):参数要求减半须提质扩能,本项未提质扩能,全额征收{payable}元",
        en: "{component} ({works}): the parameters require quality-and-capacity upgrading for halving and there is none; the full fee of {payable} yuan is due",
        ko: "{component}({works}): 매개변수상 반감에는 품질 제고·생산능력 확대가 필요하나 해당되지 않으므로 {payable}위안을 전액 징수한다"
    }
    /// art-04.d: no reward fund
    RewardNoFund = "REWARD_NO_FUND" {
        zh: "开发区未建立招商引资专项奖励资金(本条为“可”建立),不予奖励",
        en: "the zone has not set up a special investment-promotion reward fund (the clause says it \"may\"): no reward",
        ko: "개발구가 투자유치 전용 장려자금을 설립하지 않았으므로(본 조항은 설립할 ‘수 있다’) 장려하지 않는다"
    }
    /// art-04.d: the ratio is not configured
    RewardRatioUnset = "REWARD_RATIO_UNSET" {
        zh: "“一定比例”未明确:须按开发区奖励资金管理办法设定比例(fund.ratio 或参数 rewardRatio)",
        en: "\"a certain proportion\" is not stated: set the ratio from the zone's reward-fund rules (fund.ratio or the rewardRatio parameter)",
        ko: "‘일정한 비율’이 명시되지 않았으므로 개발구 장려자금 관리방법에 따라 비율을 설정하여야 한다(fund.ratio 또는 매개변수 rewardRatio)"
    }
    /// art-04.d: not an outstanding contributor
    RewardNotContributor = "REWARD_NOT_CONTRIBUTOR" {
        zh: "{person}不在项目{project}的突出贡献人员名单中",
        en: "{person} is not among the outstanding contributors on record for project {project}",
        ko: "{person}은(는) 프로젝트 {project}의 뛰어난 공헌 인원 명단에 없다"
    }
    /// art-04.d: already rewarded (一次性)
    RewardAlreadyGiven = "REWARD_ALREADY_GIVEN" {
        zh: "{person}已就项目{project}获得奖励,奖励为一次性,不得再次给予",
        en: "{person} has already been rewarded for project {project}; the reward is one-time",
        ko: "{person}은(는) 이미 프로젝트 {project}로 장려를 받았으며 장려는 일회성이다"
    }
    /// art-04.d: the basis year cannot be determined
    RewardBasisYearMissing = "REWARD_BASIS_YEAR_MISSING" {
        zh: "无法确定项目{project}的“当年”:`{field}`未记录",
        en: "the year of project {project}'s funds cannot be determined: `{field}` is not recorded",
        ko: "프로젝트 {project}의 ‘당해 연도’를 정할 수 없다: `{field}`이(가) 기록되지 않았다"
    }
    /// art-04.d: the base
    RewardBase = "REWARD_BASE" {
        zh: "项目{project}{year}年到位资金{base}元",
        en: "project {project}: funds in place in {year}: {base} yuan",
        ko: "프로젝트 {project}의 {year}년 도착 자금은 {base}위안이다"
    }
    /// art-04.d: the pool
    RewardPool = "REWARD_POOL" {
        zh: "奖励总额 = {base}元 × {ratio} = {pool}元(四舍五入到分)",
        en: "reward pool = {base} yuan × {ratio} = {pool} yuan (rounded half up to the fen)",
        ko: "장려 총액 = {base}위안 × {ratio} = {pool}위안(분 단위 반올림)"
    }
    /// art-04.d: the share
    RewardShare = "REWARD_SHARE" {
        zh: "奖励总额由{count}名突出贡献人员平均分配,{person}应得{share}元",
        en: "the pool is split equally among {count} outstanding contributor(s): {person} gets {share} yuan",
        ko: "장려 총액을 뛰어난 공헌 인원 {count}명이 균등 분배하여 {person}은(는) {share}위안을 받는다"
    }
    /// art-04.d: capped
    RewardCapped = "REWARD_CAPPED" {
        zh: "{share}元超过每项奖励上限{cap}元,按上限给予",
        en: "{share} yuan is above the cap of {cap} yuan per award: the cap is given",
        ko: "{share}위안이 건당 장려 상한 {cap}위안을 넘으므로 상한액을 지급한다"
    }
    /// art-04.d: the amount
    RewardAmount = "REWARD_AMOUNT" {
        zh: "{person}可获一次性奖励{amount}元",
        en: "{person} may receive a one-time reward of {amount} yuan",
        ko: "{person}은(는) 일회성 장려금 {amount}위안을 받을 수 있다"
    }
    /// art-04.d: the recipient is a civil servant (AMB-35)
    RewardCivilServant = "REWARD_CIVIL_SERVANT" {
        zh: "{person}为公务员:本条未排除,但奖励可能受国家纪律规定限制,需人工判断",
        en: "{person} is a civil servant: the clause does not exclude it, but national discipline rules may limit such rewards; a person must decide",
        ko: "{person}은(는) 공무원이다: 본 조항은 배제하지 않으나 국가 기율 규정이 장려를 제한할 수 있으므로 인적 판단이 필요하다"
    }
    /// art-06.b: not a co-built park project
    CobuiltNotCobuiltPark = "COBUILT_NOT_COBUILT_PARK" {
        zh: "项目不在共建园区内,不适用本条",
        en: "the project is not in a co-built park: the clause does not apply",
        ko: "프로젝트가 공동건설 단지에 있지 않으므로 본 조항이 적용되지 않는다"
    }
    /// art-06.b: no production start
    CobuiltNoProductionStart = "COBUILT_NO_PRODUCTION_START" {
        zh: "项目尚未投产:没有可分成的收入",
        en: "the project has not started production: no revenue is shared",
        ko: "프로젝트가 아직 생산을 시작하지 않았으므로 분배할 수입이 없다"
    }
    /// art-06.b: revenue before production start
    CobuiltItemBeforeProduction = "COBUILT_ITEM_BEFORE_PRODUCTION" {
        zh: "{date}的收入{amount}元早于投产日{start},不计入",
        en: "revenue of {amount} yuan dated {date} is before production started on {start}: not counted",
        ko: "{date}자 수입 {amount}위안은 생산 개시일 {start} 이전이므로 산입하지 않는다"
    }
    /// art-06.b: revenue before the agreement
    CobuiltItemBeforeAgreement = "COBUILT_ITEM_BEFORE_AGREEMENT" {
        zh: "{date}的收入{amount}元早于分成协议签订日{signed},归{host}",
        en: "revenue of {amount} yuan dated {date} is before the agreement of {signed}: it stays with {host}",
        ko: "{date}자 수입 {amount}위안은 분배 협의 체결일 {signed} 이전이므로 {host}에 귀속된다"
    }
    /// art-06.b: no agreement
    CobuiltNoAgreement = "COBUILT_NO_AGREEMENT" {
        zh: "合作双方尚未商定分成比例:县(市)留成部分{amount}元全部归{host}",
        en: "the parties have not agreed a split: the county-retained revenue of {amount} yuan stays with {host}",
        ko: "협력 쌍방이 분배 비율을 협의하지 않았으므로 현(시) 유보분 {amount}위안은 전부 {host}에 귀속된다"
    }
    /// art-06.b: a party's share
    CobuiltShare = "COBUILT_SHARE" {
        zh: "{party}按约定比例{ratio}分得{amount}元",
        en: "{party} gets {amount} yuan at the agreed ratio {ratio}",
        ko: "{party}은(는) 약정 비율 {ratio}에 따라 {amount}위안을 받는다"
    }
    /// art-06.b: rounding residual
    CobuiltRoundingToHost = "COBUILT_ROUNDING_TO_HOST" {
        zh: "按比例计算后的尾差{residual}元归东道方{host}",
        en: "the rounding residual of {residual} yuan goes to the host {host}",
        ko: "비율 계산 후의 끝전 {residual}위안은 주최측 {host}에 귀속된다"
    }
    /// art-10.a: the level does not qualify
    FirstLevelFinanceLevel = "FIRST_LEVEL_FINANCE_LEVEL" {
        zh: "{zoneName}({zone})的级别为{level},“省级以上”仅指省级和国家级开发区",
        en: "{zoneName} ({zone}) is at level {level}; \"provincial level or above\" means provincial and national zones only",
        ko: "{zoneName}({zone})의 급별은 {level}이며 ‘성급 이상’은 성급과 국가급 개발구만을 말한다"
    }
    /// art-10.a: the regulations are external
    FirstLevelFinanceRegulations = "FIRST_LEVEL_FINANCE_REGULATIONS" {
        zh: "“根据有关规定”:是否符合财政体制的有关规定需人工判断",
        en: "\"in accordance with relevant regulations\": whether the fiscal regulations are met is for a person to decide",
        ko: "‘관련 규정에 따라’: 재정체제 관련 규정의 충족 여부는 인적 판단이 필요하다"
    }
    /// art-10.a: eligible
    FirstLevelFinanceEligible = "FIRST_LEVEL_FINANCE_ELIGIBLE" {
        zh: "{zoneName}({zone})为省级以上开发区且符合有关规定,可设立一级财政和一级国库",
        en: "{zoneName} ({zone}) is at provincial level or above and meets the regulations: it may set up a first-level finance and treasury",
        ko: "{zoneName}({zone})은 성급 이상 개발구이고 관련 규정에 부합하므로 1급 재정과 1급 국고를 설립할 수 있다"
    }
    /// art-10.a: regulations not met
    FirstLevelFinanceRegulationsNotMet = "FIRST_LEVEL_FINANCE_REGULATIONS_NOT_MET" {
        zh: "{zoneName}({zone})不符合设立一级财政和一级国库的有关规定",
        en: "{zoneName} ({zone}) does not meet the regulations for a first-level finance and treasury",
        ko: "{zoneName}({zone})은 1급 재정과 1급 국고 설립에 관한 규정에 부합하지 않는다"
    }
    /// art-10.a: the companion duty
    FirstLevelFinanceCompanionDuty = "FIRST_LEVEL_FINANCE_COMPANION_DUTY" {
        zh: "设立后,应与地方政府建立合理的投入和收益分配制度",
        en: "once set up, a reasonable input and revenue-sharing system with the local government must be established",
        ko: "설립 후에는 지방정부와 합리적인 투입 및 수익 분배 제도를 수립하여야 한다"
    }
    /// art-10.b: the remainder after provisions
    EarmarkRemainder = "EARMARK_REMAINDER" {
        zh: "土地收益县(市)留成部分{retained}元,扣除应计提{provisions}元后剩余{remainder}元",
        en: "the county-retained land revenue of {retained} yuan less provisions of {provisions} yuan leaves {remainder} yuan",
        ko: "토지수익 현(시) 유보분 {retained}위안에서 적립금 {provisions}위안을 공제한 잔여액은 {remainder}위안이다"
    }
    /// art-10.b: provisions above the revenue
    EarmarkProvisionsExceed = "EARMARK_PROVISIONS_EXCEED" {
        zh: "应计提{provisions}元不少于留成部分{retained}元,没有剩余部分",
        en: "the provisions of {provisions} yuan are not less than the retained revenue of {retained} yuan: nothing remains",
        ko: "적립금 {provisions}위안이 유보분 {retained}위안 이상이므로 잔여액이 없다"
    }
    /// art-10.b: nothing to earmark
    EarmarkNothingRemains = "EARMARK_NOTHING_REMAINS" {
        zh: "剩余部分为0,无须计算用途占比",
        en: "the remainder is zero: there is no share to check",
        ko: "잔여액이 0이므로 용도 비율을 따질 필요가 없다"
    }
    /// art-10.b: mainly used on target
    EarmarkMainly = "EARMARK_MAINLY" {
        zh: "用于开发区基础设施建设和土地开发{onTarget}元,占剩余部分{share},超过{threshold},属于“主要用于”",
        en: "{onTarget} yuan went to zone infrastructure and land development: a share of {share} of the remainder, above {threshold}, so \"mainly\"",
        ko: "개발구 기초시설 건설과 토지개발에 {onTarget}위안을 사용하여 잔여액의 {share}로 {threshold}를 넘으므로 ‘주로 사용’에 해당한다"
    }
    /// art-10.b: not mainly
    EarmarkNotMainly = "EARMARK_NOT_MAINLY" {
        zh: "用于开发区基础设施建设和土地开发{onTarget}元,占剩余部分{share},未超过{threshold},不属于“主要用于”",
        en: "{onTarget} yuan went to zone infrastructure and land development: a share of {share} of the remainder, not above {threshold}, so not \"mainly\"",
        ko: "개발구 기초시설 건설과 토지개발에 {onTarget}위안을 사용하여 잔여액의 {share}로 {threshold}를 넘지 않으므로 ‘주로 사용’에 해당하지 않는다"
    }
    /// art-17.a: what is due
    RebateDue = "REBATE_DUE" {
        zh: "省政府兑现的税收返还{tax}元和土地出让金收入返还{land}元,应全部返还开发区,共{due}元",
        en: "the provincial tax rebates of {tax} yuan and land-premium rebates of {land} yuan are due to the zone in full: {due} yuan",
        ko: "성정부가 이행한 세수 환급 {tax}위안과 토지양도금 수입 환급 {land}위안은 전부 개발구에 환급하여야 하며 합계 {due}위안이다"
    }
    /// art-17.a: a shortfall
    RebateShortfall = "REBATE_SHORTFALL" {
        zh: "已拨付开发区{transferred}元,少于应返还的{due}元,差额{shortfall}元",
        en: "{transferred} yuan was passed to the zone, less than the {due} yuan due: a shortfall of {shortfall} yuan",
        ko: "개발구에 {transferred}위안을 지급하여 환급하여야 할 {due}위안보다 {shortfall}위안 적다"
    }
    /// art-17.a: passed in full
    RebatePassedInFull = "REBATE_PASSED_IN_FULL" {
        zh: "已拨付开发区{transferred}元,不少于应返还的{due}元",
        en: "{transferred} yuan was passed to the zone, not less than the {due} yuan due",
        ko: "개발구에 {transferred}위안을 지급하여 환급하여야 할 {due}위안 이상이다"
    }
    /// art-17.b: the collector
    FeeCollectedByMc = "FEE_COLLECTED_BY_MC" {
        zh: "开发区行政区域内行政事业性收费均由开发区管委会代收代缴",
        en: "all administrative fees in the zone's area are collected and remitted by the zone management committee",
        ko: "개발구 행정구역 내 행정사업성 수수료는 모두 개발구 관리위원회가 대리 징수·납부한다"
    }
    /// art-17.b: remitted upward
    FeeRemitUpward = "FEE_REMIT_UPWARD" {
        zh: "{code}:法律法规明确规定需上缴省和国家,上缴{amount}元",
        en: "{code}: laws and regulations expressly require remittance to the province and the state: {amount} yuan remitted",
        ko: "{code}: 법률·법규가 성과 국가에 상납하도록 명확히 규정하므로 {amount}위안을 상납한다"
    }
    /// art-17.b: retained
    FeeRetained = "FEE_RETAINED" {
        zh: "{code}:由开发区管理和使用{amount}元",
        en: "{code}: {amount} yuan is managed and used by the zone",
        ko: "{code}: {amount}위안은 개발구가 관리·사용한다"
    }
    /// art-17.b: unknown fee code
    FeeUnknownCode = "FEE_UNKNOWN_CODE" {
        zh: "{code}不在收费目录中({amount}元):是否需上缴需人工判断",
        en: "{code} is not in the fee catalogue ({amount} yuan): whether it must be remitted is for a person to decide",
        ko: "{code}은(는) 수수료 목록에 없으므로({amount}위안) 상납 여부는 인적 판단이 필요하다"
    }
    /// art-17.b: collected outside the zone's area
    FeeOutsideArea = "FEE_OUTSIDE_AREA" {
        zh: "{code}:不在开发区行政区域内收取({amount}元),不适用本条",
        en: "{code}: not collected within the zone's area ({amount} yuan): the clause does not apply",
        ko: "{code}: 개발구 행정구역 내에서 징수한 것이 아니므로({amount}위안) 본 조항이 적용되지 않는다"
    }
    /// art-17.d: a tie broken for the zone project
    FundTieBrokenForZone = "FUND_TIE_BROKEN_FOR_ZONE" {
        zh: "{zoneProject}与{other}同等条件(评分{score}),开发区内项目优先安排",
        en: "{zoneProject} and {other} are equal ({score}): the project in the zone comes first",
        ko: "{zoneProject}와(과) {other}이(가) 동등한 조건(점수 {score})이므로 개발구 내 프로젝트를 우선 배치한다"
    }
    /// art-17.d: the tilt is not quantified (AMB-40)
    FundTiltNotQuantified = "FUND_TILT_NOT_QUANTIFIED" {
        zh: "“向开发区倾斜”没有量化标准,仅报告开发区项目所占份额{zoneShare}",
        en: "\"tilt toward zones\" is not quantified: only the zone projects' share of the awards, {zoneShare}, is reported",
        ko: "‘개발구로 기울인다’는 양적 기준이 없으므로 개발구 프로젝트의 점유 비율 {zoneShare}만 보고한다"
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
    /// a zone check on a day the zone no longer existed (revoked)
    ZoneRevokedBefore = "ZONE_REVOKED_BEFORE" {
        zh: "{zoneName}({zone})在{date}已被撤销,不再是开发区,本规则不适用",
        en: "{zoneName} ({zone}) had been revoked by {date}: it was no longer a zone, and the rule does not apply",
        ko: "{zoneName}({zone})은 {date}에 이미 철회되어 개발구가 아니므로 이 규정이 적용되지 않는다"
    }
    /// a zone check on a day the zone no longer existed (merged)
    ZoneMergedBefore = "ZONE_MERGED_BEFORE" {
        zh: "{zoneName}({zone})在{date}已并入其他开发区,不再单独存在,本规则不适用",
        en: "{zoneName} ({zone}) had been merged into another zone by {date}: it no longer existed on its own, and the rule does not apply",
        ko: "{zoneName}({zone})은 {date}에 이미 다른 개발구에 통합되어 따로 존재하지 않으므로 이 규정이 적용되지 않는다"
    }
    /// a zone check on a day before the zone existed
    ZoneNotYetEstablished = "ZONE_NOT_YET_ESTABLISHED" {
        zh: "{zoneName}({zone})在{date}尚未设立,本规则不适用",
        en: "{zoneName} ({zone}) had not been established by {date}, and the rule does not apply",
        ko: "{zoneName}({zone})은 {date}에 아직 설립되지 않았으므로 이 규정이 적용되지 않는다"
    }
    /// art-15.a: an item finished late, after its due year: the failure belongs to its due year only
    EnvItemLateHitsDueYear = "ENV_ITEM_LATE_HITS_DUE_YEAR" {
        zh: "“{item}”应于{due}前完成,于{completed}逾期完成:未按时完成属于{dueYear}年,{year}年内完成后不再取消{year}年资格",
        en: "“{item}” was due by {due} and completed late on {completed}: the failure belongs to its due year {dueYear}; finished during {year}, it does not disqualify {year}",
        ko: "‘{item}’은 {due}까지 완료하여야 하였으나 {completed}에 늦게 완료되었다. 기한을 지키지 못한 것은 {dueYear}년의 일이며 {year}년 중에 완료되었으므로 {year}년 자격은 취소하지 않는다"
    }
    /// art-14: a falsified-statistics finding for a year the province ranked (AMB-27)
    YearStatsFindingNotReflected = "YEAR_STATS_FINDING_NOT_REFLECTED" {
        zh: "{year}年{zoneName}({zone})被认定统计数据虚报瞒报(第十四条),但全省排名仍列第{rank}位:排名以省公布结果为准,省是否重新公布结果须人工核实",
        en: "{zoneName} ({zone}) was found to have falsified statistics for {year} (art-14.h), yet the province ranked it {rank}: the province's ranking stands; whether the province re-issues its results is for a person to check",
        ko: "{year}년 {zoneName}({zone})은 통계자료 허위보고·은폐가 인정되었으나(제14조) 전성 순위는 {rank}위이다. 순위는 성이 공포한 결과에 따르며 성이 결과를 다시 공포하는지는 인적으로 확인하여야 한다"
    }
    /// art-14: an environmental-infrastructure failure for a year the province ranked (AMB-27)
    YearEnvFindingNotReflected = "YEAR_ENV_FINDING_NOT_REFLECTED" {
        zh: "{year}年{zoneName}({zone})有环保基础设施未按时完成(第十五条),但全省排名仍列第{rank}位:排名以省公布结果为准,省是否重新公布结果须人工核实",
        en: "{zoneName} ({zone}) did not complete environmental infrastructure on time in {year} (art-15.a), yet the province ranked it {rank}: the province's ranking stands; whether the province re-issues its results is for a person to check",
        ko: "{year}년 {zoneName}({zone})은 환경보호 기초시설을 제때에 완료하지 못하였으나(제15조) 전성 순위는 {rank}위이다. 순위는 성이 공포한 결과에 따르며 성이 결과를 다시 공포하는지는 인적으로 확인하여야 한다"
    }
    /// art-14.d–f: triggered only because a disqualified year counts as bottom (AMB-26)
    TriggeredOnlyThroughDisqualifiedYear = "TRIGGERED_ONLY_THROUGH_DISQUALIFIED_YEAR" {
        zh: "仅因取消考评资格的年份({years})按参数视为排名靠后才触发;原文未规定被取消资格的年份如何计算,须人工确认",
        en: "triggered only because the disqualified year(s) {years} count as bottom years by the parameters; the text does not say how a disqualified year counts, so a person must confirm",
        ko: "심사평가 자격이 취소된 해({years})를 매개변수에 따라 하위 연도로 보았기 때문에만 발동된다. 원문은 자격이 취소된 해를 어떻게 셈하는지 규정하지 않았으므로 인적으로 확인하여야 한다"
    }
    /// art-14: the record of the year is from another ranking than the parameters name (AMB-11)
    YearOtherRanking = "YEAR_OTHER_RANKING" {
        zh: "{year}年{zoneName}({zone})的考评记录出自参数所指以外的排名,不予采用",
        en: "the {year} record of {zoneName} ({zone}) is from another ranking than the one the parameters name, and is not used",
        ko: "{year}년 {zoneName}({zone})의 심사평가 기록은 매개변수가 가리키는 순위가 아닌 다른 순위의 것이므로 쓰지 않는다"
    }
    /// art-14: the zone did not exist in the year
    YearZoneAbsent = "YEAR_ZONE_ABSENT" {
        zh: "{year}年{zoneName}({zone})尚未设立或已不存在,该年不计",
        en: "{zoneName} ({zone}) did not exist in {year}: the year does not count",
        ko: "{year}년에 {zoneName}({zone})은 아직 설립되지 않았거나 이미 존재하지 않았으므로 그해는 셈하지 않는다"
    }
    /// art-14.e/f: years without a usable record could decide the window
    WindowUnknownMissingYears = "WINDOW_UNKNOWN_MISSING_YEARS" {
        zh: "{zoneName}({zone})在截至{year}年的{window}年中有{hits}年排名后{n}位,另有年份无可用考评记录,可能达到{needed}年:情况不明",
        en: "in the {window} years to {year}, {zoneName} ({zone}) was in the bottom {n} in {hits} year(s), and years without a usable record could make it {needed}: unknown",
        ko: "{year}년까지 {window}년 중 {zoneName}({zone})이 하위 {n}위였던 해는 {hits}년이며 쓸 수 있는 기록이 없는 해가 있어 {needed}년에 이를 수 있으므로 알 수 없다"
    }
    /// art-14.f: the zone's revocation record gives another ground, so no re-application ban follows from it
    RevocationOtherGround = "REVOCATION_OTHER_GROUND" {
        zh: "{zoneName}({zone})自{effective}起撤销的记录所载理由不是第十四条,故不据此计算重新申报禁止期",
        en: "the revocation of {zoneName} ({zone}) from {effective} is recorded on another ground than art-14.f, so no re-application ban is counted from it",
        ko: "{effective}부터의 {zoneName}({zone}) 철회 기록은 제14조가 아닌 다른 사유이므로 이에 따른 재신청 금지 기간을 계산하지 않는다"
    }
    /// art-14.f / art-02.d: a revocation record without its ground
    RevocationGroundNotRecorded = "REVOCATION_GROUND_NOT_RECORDED" {
        zh: "{zoneName}({zone})自{effective}起撤销的记录未载明理由:只有依第十四条撤销的,才{allowedFrom}前不得重新申报,须人工核实",
        en: "the revocation of {zoneName} ({zone}) from {effective} does not record its ground: only a revocation under art-14.f bars re-application before {allowedFrom}; a person must check",
        ko: "{effective}부터의 {zoneName}({zone}) 철회 기록에는 사유가 없다. 제14조에 따라 철회된 경우에만 {allowedFrom} 전에 다시 신청할 수 없으므로 인적으로 확인하여야 한다"
    }
    /// art-14.d: a small fall of rank is left to a person (AMB-12b)
    RankFallSmallNeedsHuman = "RANK_FALL_SMALL_NEEDS_HUMAN" {
        zh: "{year}年排名仅后退{places}位(少于{clearPlaces}位):原文未说明多大的后退才算“排名后退”,是否予以黄牌警告须人工判断",
        en: "the rank fell by only {places} place(s) in {year} (fewer than {clearPlaces}): the text does not say how large a fall counts as 「排名后退」, so whether a yellow card follows is for a person to decide",
        ko: "{year}년 순위가 {places}위만 후퇴하였다({clearPlaces}위 미만). 원문은 얼마나 후퇴하여야 ‘순위 후퇴’인지 밝히지 않았으므로 황색경고 여부는 인적으로 판단하여야 한다"
    }
    /// art-14.d: no trigger
    YellowCardNotTriggered = "YELLOW_CARD_NOT_TRIGGERED" {
        zh: "{year}年{zoneName}({zone})既不在全省排名后列,排名也未后退:不予黄牌警告",
        en: "in {year} {zoneName} ({zone}) was neither in the bottom of the provincial ranking nor falling: no yellow card",
        ko: "{year}년 {zoneName}({zone})은 전성 순위 하위도 아니고 순위가 후퇴하지도 않았으므로 황색경고를 주지 않는다"
    }
    /// art-14.d: in force until the next results (AMB-24)
    YellowCardUntilNextResult = "YELLOW_CARD_UNTIL_NEXT_RESULT" {
        zh: "{year}年度的黄牌警告持续有效,至少至{next}年度考评结果公布且整改通过验收",
        en: "the yellow card for {year} stays in force at least until the {next} results are published and the rectification is accepted",
        ko: "{year}년도 황색경고는 적어도 {next}년도 심사평가 결과가 공포되고 시정이 검수를 통과할 때까지 유효하다"
    }
    /// art-14.d: next results out, still in the bottom: in force until the rectification is accepted
    YellowCardUntilRectified = "YELLOW_CARD_UNTIL_RECTIFIED" {
        zh: "{year}年度的黄牌警告持续有效,直至整改通过验收",
        en: "the yellow card for {year} stays in force until the rectification is accepted",
        ko: "{year}년도 황색경고는 시정이 검수를 통과할 때까지 유효하다"
    }
    /// art-14.d: whether the card has ended is open (AMB-24)
    YellowCardEndOpen = "YELLOW_CARD_END_OPEN" {
        zh: "{next}年度结果已不在后列,但未登记整改验收:{year}年度黄牌警告是否解除待人工判断",
        en: "the {next} results show the zone out of the bottom, but no rectification acceptance is recorded: whether the {year} yellow card has ended is for a person",
        ko: "{next}년도 결과는 하위가 아니나 시정 검수가 등록되지 않았으므로 {year}년도 황색경고의 해제 여부는 인적으로 판단한다"
    }
    /// art-14.d: the end of the card is for a person (AMB-24)
    YellowCardEndNeedsHuman = "YELLOW_CARD_END_NEEDS_HUMAN" {
        zh: "{next}年度结果已于{published}公布,未登记{year}年度黄牌的整改验收:原文只说“限期整改”,未规定何时解除,须人工判断",
        en: "the {next} results were published on {published} and no acceptance of the {year} card's rectification is recorded: the text says only 「限期整改」 and not when the card ends, so a person decides",
        ko: "{next}년도 결과가 {published}에 공포되었으나 {year}년도 황색경고의 시정 검수가 등록되지 않았다. 원문은 ‘기한부 시정’만 말하고 해제 시점을 정하지 않았으므로 인적으로 판단한다"
    }
    /// art-14.d: the rectification deadline from rectificationDeadlineDays (AMB-42)
    RectifyBy = "RECTIFY_BY" {
        zh: "限期整改:自{start}起{days}日内,即{by}前完成整改",
        en: "rectification within {days} days of {start}, that is by {by}",
        ko: "기한부 시정: {start}부터 {days}일 내, 즉 {by}까지 시정하여야 한다"
    }
    /// art-14.d: the rectification period is set in each notice (AMB-42)
    RectificationPeriodExternal = "RECTIFICATION_PERIOD_EXTERNAL" {
        zh: "“限期整改”的期限由每次通报确定,原文未规定;可在参数rectificationDeadlineDays中填写",
        en: "the period of 「限期整改」 is set in each notice, not in the text; give it as the parameter rectificationDeadlineDays",
        ko: "‘기한부 시정’의 기한은 통보마다 정하며 원문에는 규정이 없다. 매개변수 rectificationDeadlineDays에 적을 수 있다"
    }
    /// art-02.d: another zone of the county is under an art-14.f ban (AMB-38)
    ReapplyBanSameAreaNeedsHuman = "REAPPLY_BAN_SAME_AREA_NEEDS_HUMAN" {
        zh: "本县(市)开发区{zone}依第十四条被撤销,{allowedFrom}前不得重新申报:本次申请若与其范围基本相同,即属重新申报,须人工核实",
        en: "zone {zone} of the county was revoked under art-14.f and may not re-apply before {allowedFrom}: if this application covers substantially the same area, it is that re-application; a person must check",
        ko: "이 현(시)의 개발구 {zone}은 제14조에 따라 철회되어 {allowedFrom} 전에는 다시 신청할 수 없다. 이번 신청의 범위가 그와 기본적으로 같으면 재신청에 해당하므로 인적으로 확인하여야 한다"
    }
    /// a yellow card that may be in force (given or ended is for a person)
    YellowCardMayBar = "YELLOW_CARD_MAY_BAR" {
        zh: "{zoneName}({zone}){year}年度的黄牌警告可能仍然有效(是否予以或是否已解除须人工判断),若有效则禁止扩区调区升级",
        en: "the yellow card of {zoneName} ({zone}) for {year} may be in force (whether it was given, or has ended, is for a person): if it is, expansion, adjustment and upgrading are prohibited",
        ko: "{zoneName}({zone})의 {year}년도 황색경고가 아직 유효할 수 있다(주었는지 또는 해제되었는지는 인적으로 판단한다). 유효하면 구역 확장·조정·승격이 금지된다"
    }
    /// pre.a: a zone of a type outside the list whose level is unknown
    ScopeLevelUnknown = "SCOPE_LEVEL_UNKNOWN" {
        zh: "{zoneName}({zone})(类型{type})不属于列举的开发区类型,级别未知:是否属于本意见所称开发区须人工判断",
        en: "{zoneName} ({zone}) (type {type}) is not of a listed zone type and its level is unknown: whether it is a development zone in the sense of the opinion is for a person",
        ko: "{zoneName}({zone})(유형 {type})은 렬거된 개발구 유형이 아니고 급별을 알 수 없으므로 본 의견에서 말하는 개발구인지는 인적으로 판단한다"
    }
    /// art-16.b: a second record of the same day
    MeetingSameDay = "MEETING_SAME_DAY" {
        zh: "{date}的会议已计入,同日的另一条记录视为同一次会议",
        en: "a meeting on {date} is already counted: another record of the same day is the same meeting",
        ko: "{date}의 회의는 이미 셈하였으므로 같은 날의 다른 기록은 같은 회의로 본다"
    }
    /// art-16.b: a meeting convened by the Leading Group's Office on the Group's behalf
    MeetingByOfficeCounted = "MEETING_BY_OFFICE_COUNTED" {
        zh: "{date}的联席工作会议由领导小组办公室代领导小组召开,计入",
        en: "the joint work meeting of {date} was convened by the Leading Group's Office on the Group's behalf and is counted",
        ko: "{date}의 련석사업회의는 령도소조 판공실이 령도소조를 대신하여 소집하였으므로 셈한다"
    }
    /// art-10.b: the share is exactly the threshold (AMB-18)
    EarmarkAtThreshold = "EARMARK_AT_THRESHOLD" {
        zh: "用于开发区基础设施建设和土地开发{onTarget}元,占剩余部分{share},恰好等于{threshold}:恰好一半是否属于“主要用于”,原文未说明,须人工判断",
        en: "{onTarget} yuan went to zone infrastructure and land development: a share of {share} of the remainder, exactly {threshold}; whether exactly half is \"mainly\" (主要用于) the text does not say, so a person decides",
        ko: "개발구 기초시설 건설과 토지개발에 {onTarget}원을 사용하여 잔여액의 {share}로 {threshold}와 꼭 같다. 꼭 절반이 ‘주로 사용’인지는 원문에 없으므로 인적으로 판단한다"
    }
    /// art-11.g: halving for works recorded as not 提质扩能 (AMB-22)
    InfraFeeHalvingNotCapacityUpgrade = "INFRA_FEE_HALVING_NOT_CAPACITY_UPGRADE" {
        zh: "构件{component}({works})记录为非提质扩能、非技术改造:按默认解释减半征收(应缴{payable}元),但“通过提质扩能”是否为减半条件原文不明,须人工判断",
        en: "component {component} ({works}) is recorded as neither capacity upgrading (提质扩能) nor technical renovation: by the default reading the fee is halved (payable {payable} yuan), but whether 「通过提质扩能」 is a condition of the halving the text leaves unclear, so a person decides",
        ko: "구성부분 {component}({works})은 질적 향상·능력 확대도 기술개조도 아니라고 기록되었다. 기본 해석에 따라 절반 징수하나(납부액 {payable}원) ‘질적 향상·능력 확대를 통하여’가 절반 징수의 조건인지는 원문이 분명하지 않으므로 인적으로 판단한다"
    }
    /// art-12.b: 「同级人民政府」 read as county level (AMB-23)
    SameLevelReadAsCounty = "SAME_LEVEL_READ_AS_COUNTY" {
        zh: "“{namedAs}”管委会行使“同级人民政府”的职能;原文未说明“同级”指哪一级,按参数理解为县级人民政府,须人工确认",
        en: "the management committee of “{namedAs}” exercises the functions of a 「同级人民政府」 (a people's government of the same level); the text does not say which level, and the parameters read it as county level: a person must confirm",
        ko: "‘{namedAs}’ 관리위원회는 ‘동급 인민정부’의 기능을 행사한다. 원문은 ‘동급’이 어느 급인지 밝히지 않았으며 매개변수에 따라 현급 인민정부로 보았으므로 인적으로 확인하여야 한다"
    }
    /// art-12.b: 「同级人民政府」 read as prefecture level (AMB-23)
    SameLevelReadAsPrefecture = "SAME_LEVEL_READ_AS_PREFECTURE" {
        zh: "“{namedAs}”管委会行使“同级人民政府”的职能;原文未说明“同级”指哪一级,按参数理解为州级人民政府,须人工确认",
        en: "the management committee of “{namedAs}” exercises the functions of a 「同级人民政府」 (a people's government of the same level); the text does not say which level, and the parameters read it as prefecture level: a person must confirm",
        ko: "‘{namedAs}’ 관리위원회는 ‘동급 인민정부’의 기능을 행사한다. 원문은 ‘동급’이 어느 급인지 밝히지 않았으며 매개변수에 따라 주급 인민정부로 보았으므로 인적으로 확인하여야 한다"
    }
    /// the answer rests on made-up (ILLUSTRATIVE) register records
    IllustrativeRecords = "ILLUSTRATIVE_RECORDS" {
        zh: "[示例] 本结论依据登记册中标明为示例的虚构记录,不是真实情况",
        en: "[illustrative] this answer rests on made-up example records of the register, not on facts",
        ko: "[예시] 이 결론은 등록부에서 예시로 표시된 가공의 기록에 근거한 것이며 실제 상황이 아니다"
    }
    /// report header: the register's issue date is a stand-in (issueDateHypothetical)
    IssueDateHypothetical = "ISSUE_DATE_HYPOTHETICAL" {
        zh: "注意:印发日期{issueDate}为假设值(登记册标明 issueDateHypothetical,真实印发日期未查到);自印发日期起算的期限和年份均据此推算,仅为示例",
        en: "Note: the issue date {issueDate} is hypothetical (the register marks it issueDateHypothetical; the real date of issuance was not found): every deadline and year counted from it is an illustration only",
        ko: "주의: 인쇄·발부일 {issueDate}은 가정한 날짜이다(등록부에 issueDateHypothetical로 표시, 실제 인쇄·발부일은 찾지 못함). 인쇄·발부일로부터 계산한 기한과 년도는 모두 예시일 뿐이다"
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
        Outcome::Computed => Tr {
            zh: "计算结果",
            en: "computed",
            ko: "산정 결과",
        },
        Outcome::InGrace => Tr {
            zh: "处于过渡期内",
            en: "within the grace period",
            ko: "과도기간 내",
        },
        Outcome::GraceExpired => Tr {
            zh: "过渡期已满",
            en: "grace period expired",
            ko: "과도기간 만료",
        },
        Outcome::TransferTriggered => Tr {
            zh: "涉及转让",
            en: "transfer triggered",
            ko: "양도 발생",
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
