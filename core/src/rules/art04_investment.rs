//! (四) 加大招商引资力度: investment promotion.
//!
//! art-04.d: the one-time investment-promotion reward. 「一定比例」 is not in the text, so the
//! ratio has no default (AMB-14): it comes from the zone's fund rules (`fund.ratio`, else the
//! `rewardRatio` parameter), and without it the answer is NEEDS_HUMAN. The base is the project's
//! funds in place in one calendar year (`FIRST_FUNDING_YEAR` by default, AMB-15); one pool is
//! split equally among the outstanding contributors (AMB-16), leftover fen going one each to the
//! first contributors listed; an optional cap applies per award (「适当」). A second claim by
//! the same person for the same project is not eligible (「一次性」). A civil servant recipient
//! is flagged for a person (AMB-35). Amounts are exact (`crate::money`).
//!
//! art-04.e 「经外事主管部门审核同意,招商人员因公临时赴国(境)外执行招商任务时,出访人次及批次可根据实际工作
//! 情况予以适当放宽」: a relaxation is open to an official temporary trip abroad (or outside the
//! mainland) by investment-promotion staff on an investment-promotion task, once the competent
//! foreign-affairs authority has reviewed and consented; it covers the number of person-trips
//! (人次) and of delegations (批次) only, so a relaxation of another limit (days abroad, countries
//! visited) is not covered. How far to relax is 「适当」 「根据实际工作情况」: the text sets no
//! number, and the answer sets none either (the authority decides). A fact not recorded leaves
//! the answer UNKNOWN.
//!
//! art-04.c 「允许开发区在权限内实行“一企一策”“一业一策”」: a zone's incentive measures, for one
//! enterprise, one industry or generally, are permitted when each is within the zone's authority
//! (「在权限内」, the only condition the text sets; the catalogue of powers is the zone's, given
//! with each measure); one outside it is not; one not recorded is for a person.

use crate::answer::AddReason;
use crate::num::Year;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::money::{Money, Ratio};
use crate::params::{Params, RewardBasisYear};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-04.d: no reward fund
    RewardNoFund = "REWARD_NO_FUND" {
        zh: "开发区未建立招商引资专项奖励资金(本条为“可”建立),不予奖励",
        ko: "개발구가 투자유치 전문 장려자금을 설립하지 않았으므로(본 조항은 설립할 ‘수 있다’) 장려하지 않는다",
        en: "the zone has not set up a special investment-promotion reward fund (the clause says it \"may\"): no reward"
    }
    /// art-04.d: the ratio is not configured
    RewardRatioUnset = "REWARD_RATIO_UNSET" {
        zh: "“一定比例”未明确:须按开发区奖励资金管理办法设定比例(fund.ratio 或参数 rewardRatio)",
        ko: "‘일정한 비률’이 명시되지 않았으므로 개발구 장려자금 관리방법에 따라 비률을 설정하여야 한다(fund.ratio 또는 매개변수 rewardRatio)",
        en: "\"a certain proportion\" is not stated: set the ratio from the zone's reward-fund rules (fund.ratio or the rewardRatio parameter)"
    }
    /// art-04.d: not an outstanding contributor
    RewardNotContributor = "REWARD_NOT_CONTRIBUTOR" {
        zh: "{person}不在项目{project}的突出贡献人员名单中",
        ko: "인원({person})은 대상({project})의 뛰어난 공헌 인원 명단에 없다",
        en: "{person} is not among the outstanding contributors on record for project {project}"
    }
    /// art-04.d: already rewarded (一次性)
    RewardAlreadyGiven = "REWARD_ALREADY_GIVEN" {
        zh: "{person}已就项目{project}获得奖励,奖励为一次性,不得再次给予",
        ko: "인원({person})은 이미 대상({project})으로 장려를 받았으며 장려는 일회성이다",
        en: "{person} has already been rewarded for project {project}; the reward is one-time"
    }
    /// art-04.d: the basis year cannot be determined
    RewardBasisYearMissing = "REWARD_BASIS_YEAR_MISSING" {
        zh: "无法确定项目{project}的“当年”:`{field}`未记录",
        ko: "대상({project})의 ‘당해 년도’를 정할 수 없다: 항목(`{field}`)이 기록되지 않았다",
        en: "the year of project {project}'s funds cannot be determined: `{field}` is not recorded"
    }
    /// art-04.d (needs a person): the funds in place recorded are all zero, so no year of funds
    RewardFundsAllZero = "REWARD_FUNDS_ALL_ZERO" {
        zh: "项目{project}记录的到位资金均为零,无法确定“项目当年”",
        ko: "대상({project})에 기록된 도착자금이 모두 0이므로 ‘대상 당해 년도’를 정할 수 없다",
        en: "every amount of funds in place recorded for project {project} is zero: the year of the project's funds cannot be determined"
    }
    /// art-04.d (needs a person): the reward works out at nothing
    RewardZero = "REWARD_ZERO" {
        zh: "{person}的奖励按规定计算为0元;“一次性奖励”只给一次,以零元了结是否妥当需人工判断",
        ko: "인원({person})의 장려금은 규정에 따라 계산하면 0원이다. ‘일회성 장려’는 한 번만 주므로 0원으로 끝내는 것이 타당한지 사람이 판단하여야 한다",
        en: "{person}'s reward works out at 0.00 yuan: as the reward is given once only (「一次性奖励」), whether to settle it at nothing is for a person"
    }
    /// art-04.d (needs a person): no funds in place are recorded for the basis year
    RewardBaseNotRecorded = "REWARD_BASE_NOT_RECORDED" {
        zh: "项目{project}在{year}年(“项目当年”)的到位资金未记录,无法计算奖励基数",
        ko: "대상({project})의 {year}년(‘대상 당해 년도’) 도착자금이 기록되지 않아 장려 기준액을 계산할 수 없다",
        en: "no funds in place are recorded for project {project} in {year} (「项目当年」), so the reward's base cannot be computed"
    }
    /// art-04.d: the base
    RewardBase = "REWARD_BASE" {
        zh: "项目{project}在{year}年到位资金{base}元",
        ko: "대상({project})의 {year}년 도착자금은 {base}원이다",
        en: "project {project}: funds in place in {year}: {base} yuan"
    }
    /// art-04.d: the pool
    RewardPool = "REWARD_POOL" {
        zh: "奖励总额 = {base}元 × {ratio} = {pool}元(四舍五入到分)",
        ko: "장려 총액 = {base}원 × {ratio} = {pool}원(분 단위 반올림)",
        en: "reward pool = {base} yuan × {ratio} = {pool} yuan (rounded half up to the fen)"
    }
    /// art-04.d: the share
    RewardShare = "REWARD_SHARE" {
        zh: "奖励总额由{count}名突出贡献人员平均分配,{person}应得{share}元",
        ko: "장려 총액을 뛰어난 공헌 인원 {count}명이 균등 분배하여 인원({person})은 {share}원을 받는다",
        en: "the pool is split equally among {count} outstanding contributor(s): {person} gets {share} yuan"
    }
    /// art-04.d: capped
    RewardCapped = "REWARD_CAPPED" {
        zh: "{share}元超过每项奖励上限{cap}元,按上限给予",
        ko: "{share}원이 건당 장려 상한 {cap}원을 넘으므로 상한액을 지급한다",
        en: "{share} yuan is above the cap of {cap} yuan per award: the cap is given"
    }
    /// art-04.d: the amount
    RewardAmount = "REWARD_AMOUNT" {
        zh: "{person}可获一次性奖励{amount}元",
        ko: "인원({person})은 일회성 장려금 {amount}원을 받을 수 있다",
        en: "{person} may receive a one-time reward of {amount} yuan"
    }
    /// art-04.d: the recipient is a civil servant (AMB-35)
    RewardCivilServant = "REWARD_CIVIL_SERVANT" {
        zh: "{person}为公务员:本条未排除,但奖励可能受国家纪律规定限制,需人工判断",
        ko: "인원({person})은 공무원이다: 본 조항은 배제하지 않으나 국가 규률 규정이 장려를 제한할 수 있으므로 사람이 판단하여야 한다",
        en: "{person} is a civil servant: the clause does not exclude it, but national discipline rules may limit such rewards; a person must decide"
    }
    /// art-04.e: the trip is not an investment-promotion task.
    TripNotInvestmentTask = "TRIP_NOT_INVESTMENT_TASK" {
        zh: "出访不是执行招商任务,不适用人次及批次的放宽",
        ko: "출방이 투자유치 임무 수행이 아니므로 인원수와 차수의 완화가 적용되지 않는다",
        en: "the trip is not to carry out an investment-promotion task: the relaxation of person-trips and delegations does not apply"
    }
    /// art-04.e: the travellers are not investment-promotion staff.
    TripNotInvestmentStaff = "TRIP_NOT_INVESTMENT_STAFF" {
        zh: "出访人员不是招商人员,不适用放宽",
        ko: "출방 인원이 투자유치 인원이 아니므로 완화가 적용되지 않는다",
        en: "the travellers are not investment-promotion staff: the relaxation does not apply"
    }
    /// art-04.e: not an official temporary trip.
    TripNotOfficialTemporary = "TRIP_NOT_OFFICIAL_TEMPORARY" {
        zh: "出访不属于因公临时出国(境),不适用放宽",
        ko: "출방이 공무 림시 출국(경)이 아니므로 완화가 적용되지 않는다",
        en: "the trip is not an official temporary trip abroad (or outside the mainland): the relaxation does not apply"
    }
    /// art-04.e: a fact the relaxation depends on is not recorded.
    TripFactUnrecorded = "TRIP_FACT_UNRECORDED" {
        zh: "未记录{fact},无法判断是否适用放宽",
        ko: "{fact|이} 기록되지 않아 완화가 적용되는지 판단할 수 없다",
        en: "{fact}: not recorded, so whether the relaxation applies cannot be judged",
        coded: { fact: TripFact }
    }
    /// art-04.e: a limit the text does not relax.
    TripItemNotRelaxable = "TRIP_ITEM_NOT_RELAXABLE" {
        zh: "条文只放宽出访人次及批次,{quotaItem}不在放宽之列",
        ko: "조문은 출방 인원수와 차수만 완화하므로 {quotaItem|은} 완화 대상이 아니다",
        en: "the text relaxes only person-trips and delegations: {quotaItem} is not covered",
        coded: { quotaItem: QuotaItem }
    }
    /// art-04.e: the foreign-affairs authority refused.
    TripFaoRefused = "TRIP_FAO_REFUSED" {
        zh: "外事主管部门审核未同意,不予放宽",
        ko: "외사주관부문이 심사에서 동의하지 않았으므로 완화하지 않는다",
        en: "the competent foreign-affairs authority reviewed and did not consent: no relaxation"
    }
    /// art-04.e: not yet reviewed by the foreign-affairs authority.
    TripFaoNotReviewed = "TRIP_FAO_NOT_REVIEWED" {
        zh: "尚未经外事主管部门审核同意,放宽须先经其审核同意",
        ko: "아직 외사주관부문의 심사 동의를 거치지 않았으며 완화는 먼저 그 심사 동의를 거쳐야 한다",
        en: "the competent foreign-affairs authority has not yet reviewed and consented, which the relaxation requires first"
    }
    /// art-04.e: the relaxation applies.
    TripRelaxationPermitted = "TRIP_RELAXATION_PERMITTED" {
        zh: "招商人员因公临时出国(境)执行招商任务,经外事主管部门审核同意,出访人次及批次可予以适当放宽",
        ko: "투자유치 인원이 공무로 림시 출국(경)하여 투자유치 임무를 수행하며 외사주관부문의 심사 동의를 거쳤으므로 출방 인원수와 차수를 적절히 완화할 수 있다",
        en: "investment-promotion staff on an official temporary trip abroad for an investment-promotion task, with the foreign-affairs authority's consent: person-trips and delegations may be appropriately relaxed"
    }
    /// art-04.e: the extent is not stated.
    TripRelaxationExtent = "TRIP_RELAXATION_EXTENT" {
        zh: "放宽幅度条文未规定数额(“根据实际工作情况予以适当放宽”),由外事主管部门确定",
        ko: "완화 폭은 조문에 수치가 없으므로(‘실제 사업 정황에 따라 적절히 완화’) 외사주관부문이 정한다",
        en: "the text sets no number for the extent (「根据实际工作情况予以适当放宽」): the foreign-affairs authority sets it"
    }
    /// art-04.c: a measure within the zone's authority
    IncentiveWithinAuthority = "INCENTIVE_WITHIN_AUTHORITY" {
        zh: "优惠措施{measure}在开发区权限内",
        ko: "우대조치({measure})는 개발구의 권한 내에 있다",
        en: "incentive measure {measure} is within the zone's authority"
    }
    /// art-04.c: a measure outside the zone's authority
    IncentiveOutsideAuthority = "INCENTIVE_OUTSIDE_AUTHORITY" {
        zh: "优惠措施{measure}超出开发区权限,不符合“在权限内实行”",
        ko: "우대조치({measure})는 개발구의 권한을 벗어났으므로 ‘권한 내에서 실행’하는 요구에 어긋난다",
        en: "incentive measure {measure} is beyond the zone's authority, against 「在权限内实行」"
    }
    /// art-04.c (needs a person): whether a measure is within the authority is not recorded
    IncentiveAuthorityUnrecorded = "INCENTIVE_AUTHORITY_UNRECORDED" {
        zh: "未记录优惠措施{measure}是否在开发区权限内,需人工核对",
        ko: "우대조치({measure})가 개발구의 권한 내에 있는지 기록되지 않았으므로 사람이 대조하여야 한다",
        en: "whether incentive measure {measure} is within the zone's authority is not recorded: a person must check"
    }
    /// art-04.c: the kind of policy
    IncentivePolicyKind = "INCENTIVE_POLICY_KIND" {
        zh: "该优惠政策为{scope};条文允许开发区在权限内实行“一企一策”“一业一策”",
        ko: "이 우대정책은 {scope}이다. 조문은 개발구가 권한 내에서 ‘1기업 1정책’, ‘1업종 1정책’을 실행하는 것을 허용한다",
        en: "the policy is {scope}; the text permits zones to apply 「一企一策」 and 「一业一策」 within their authority",
        coded: { scope: IncentiveScope }
    }
    /// art-04.c: no measure given
    IncentivesNoneGiven = "INCENTIVES_NONE_GIVEN" {
        zh: "未给出任何优惠措施,无从判断",
        ko: "우대조치가 하나도 주어지지 않아 판단할 수 없다",
        en: "no incentive measure was given: nothing to judge"
    }
}

/// art-04.a: Prefecture-wide coordination mechanism and information-sharing platform
pub static ART_04_A: RuleMeta = RuleMeta {
    id: "art-04.a",
    title: "Prefecture-wide coordination mechanism and information-sharing platform",
    title_zh: "全州招商引资统筹机制和信息共享平台",
    title_ko: "전 주 투자유치 통일조률기제와 정보공유플랫폼",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.GOVDIGI"],
    owed_by: OwedBy::ClauseList,
    quote: "建立健全全州招商引资统筹机制,搭建全州招商引资信息共享平台,做到统一招商区域品牌、统筹招商项目布局,避免各开发区自相竞争、同质化发展。",
    extra_quotes: &[],
    en: "Establish and improve a prefecture-wide coordination mechanism for investment promotion; build a prefecture-wide investment-promotion information-sharing platform; unify the regional investment brand and coordinate the siting of projects; avoid zones competing against one another and developing homogeneously.",
    ko: "전 주 투자유치 통일조률기제를 건립하고 건전히 하며, 전 주 투자유치 정보공유플랫폼을 구축하여 투자유치 지역 브랜드를 통일하고 투자유치 대상의 포치를 통일적으로 조률하며, 각 개발구가 서로 경쟁하고 동질화 발전하는 것을 피한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-04.b: Benefit-compensation mechanism
pub static ART_04_B: RuleMeta = RuleMeta {
    id: "art-04.b",
    title: "Benefit-compensation mechanism",
    title_zh: "建立利益补偿机制",
    title_ko: "리익보상기제 건립",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    owed_by: OwedBy::ClauseList,
    quote: "创新招商引资方式,建立利益补偿机制。",
    extra_quotes: &[],
    en: "Innovate investment-promotion methods and establish a benefit-compensation mechanism.",
    ko: "투자유치 방식을 혁신하고 리익보상기제를 건립한다.",
    ambiguities: &["AMB-34"],
    evaluation: Evaluation::OpenItem,
};

/// art-04.c: Zones may set local incentives, incl. "one enterprise, one policy"
pub static ART_04_C: RuleMeta = RuleMeta {
    id: "art-04.c",
    title: "Zones may set local incentives, incl. \"one enterprise, one policy\"",
    title_zh: "开发区制订招商引资优惠政策及“一企一策”",
    title_ko: "개발구의 투자유치 우대정책 제정과 “1기업1정책”",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持各开发区因地制宜制订招商引资优惠政策,允许开发区在权限内实行“一企一策”“一业一策”。",
    extra_quotes: &[],
    en: "Support zones in formulating investment incentives suited to local conditions. Zones are permitted, within their authority, to apply 'one policy per enterprise' and 'one policy per industry'.",
    ko: "각 개발구가 현지 실정에 맞게 투자유치 우대정책을 제정하는 것을 지원하며, 개발구가 권한 내에서 “1기업1정책”, “1업종1정책”을 실행하는 것을 허용한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-04.d: One-time investment-promotion reward as a proportion of funds in place that year
pub static ART_04_D: RuleMeta = RuleMeta {
    id: "art-04.d",
    title: "One-time investment-promotion reward as a proportion of funds in place that year",
    title_zh: "按项目当年到位资金一定比例给予一次性奖励",
    title_ko: "대상 당해 년도 도착자금의 일정 비률에 따른 일회성 투자유치 장려",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::Reward],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区可根据实际情况,建立招商引资专项奖励资金,对引进项目做出突出贡献的人员,按照项目当年到位资金的一定比例,给予一次性适当奖励。",
    extra_quotes: &[],
    en: "Each zone may, as circumstances allow, set up a special investment-promotion reward fund and give persons who made an outstanding contribution to bringing in a project a one-time, appropriate reward equal to a certain proportion of the project's funds in place in that year.",
    ko: "각 개발구는 실제 정황에 따라 투자유치 전문 장려자금을 설립할 수 있으며, 대상 유치에 뛰어난 공헌을 한 인원에게 대상 당해 년도 도착자금의 일정한 비률에 따라 일회성으로 적절한 장려를 준다.",
    ambiguities: &["AMB-14", "AMB-15", "AMB-16", "AMB-35"],
    evaluation: Evaluation::Function,
};

/// art-04.e: Relaxed quota for outbound investment-promotion trips
pub static ART_04_E: RuleMeta = RuleMeta {
    id: "art-04.e",
    title: "Relaxed quota for outbound investment-promotion trips",
    title_zh: "招商人员因公临时出国(境)人次批次适当放宽",
    title_ko: "투자유치 인원 공무 림시 출국(경) 인원수·차수 적절 완화",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.FAO"],
    owed_by: OwedBy::Nobody,
    quote: "经外事主管部门审核同意,招商人员因公临时赴国(境)外执行招商任务时,出访人次及批次可根据实际工作情况予以适当放宽。",
    extra_quotes: &[],
    en: "With the review and consent of the competent foreign-affairs authority, when investment-promotion staff travel abroad (or outside the mainland) temporarily on official business to carry out investment-promotion tasks, the number of persons and of delegations may be appropriately relaxed according to actual needs.",
    ko: "외사주관부문의 심사 동의를 거쳐 투자유치 인원이 공무로 림시 출국(경)하여 투자유치 임무를 수행할 때 출방 인원수와 차수는 실제 사업 정황에 따라 적절히 완화할 수 있다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// The zone's special reward fund.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a reward fund object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RewardFund {
    /// The ratio of the fund's rules (「一定比例」); absent when not set.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub ratio: Option<Ratio>,
    /// The cap per award (「适当」), in yuan.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub per_award_cap: Option<Money>,
}

/// Funds in place in one calendar year.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `year` and `amount`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct YearAmount {
    /// The calendar year.
    pub year: Year,
    /// Funds actually paid in from the investor side that year (excluding government
    /// subsidies to the project, AMB-35), in yuan.
    pub amount: Money,
}

/// A reward already given.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `personId` and `projectId`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct PriorReward {
    /// The person.
    pub person_id: String,
    /// The project.
    pub project_id: String,
}

/// The input of art-04.d.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `projectId`, `personId`, `contributors` and `fundsInPlace`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RewardInput {
    /// The zone's reward fund; absent or `null` when the zone has none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub fund: Option<RewardFund>,
    /// The project.
    pub project_id: String,
    /// The person claiming.
    pub person_id: String,
    /// Whether the person is a civil servant (AMB-35).
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub person_is_civil_servant: bool,
    /// The project's outstanding contributors (突出贡献人员), in the order leftover fen go.
    pub contributors: Vec<String>,
    /// The project's funds in place by calendar year.
    pub funds_in_place: Vec<YearAmount>,
    /// The year the project was introduced (`INTRODUCTION_YEAR`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub introduced_year: Option<Year>,
    /// The year of the award (`AWARD_YEAR`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub award_year: Option<Year>,
    /// Rewards already given.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub prior_rewards: Vec<PriorReward>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(RewardInput {
    name: "RewardInput",
    expecting: "an object with `projectId`, `personId`, `contributors` and `fundsInPlace`",
    blank: RewardInput {
        fund: Default::default(),
        project_id: String::new(),
        person_id: String::new(),
        person_is_civil_servant: Default::default(),
        contributors: Vec::new(),
        funds_in_place: Vec::new(),
        introduced_year: Default::default(),
        award_year: Default::default(),
        prior_rewards: Default::default(),
    },
    fields: [
        "fund" => fund,
        "projectId" => project_id [required],
        "personId" => person_id [required],
        "personIsCivilServant" => person_is_civil_servant,
        "contributors" => contributors [required],
        "fundsInPlace" => funds_in_place [required],
        "introducedYear" => introduced_year,
        "awardYear" => award_year,
        "priorRewards" => prior_rewards,
    ],
});

/// One contributor's share of the pool.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RewardShare {
    /// The contributor.
    pub person_id: String,
    /// The equal share of the pool (before the cap).
    pub share: Money,
    /// The amount after the cap.
    pub amount: Money,
}

/// art-04.d's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct RewardDetail {
    /// The project.
    pub project_id: String,
    /// The person.
    pub person_id: String,
    /// The year whose funds are the base.
    pub basis_year: Option<i32>,
    /// The funds in place that year.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub base: Option<Money>,
    /// The ratio applied.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub ratio: Option<Ratio>,
    /// base × ratio, rounded half up to the fen.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub pool: Option<Money>,
    /// The cap per award.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub cap: Option<Money>,
    /// Every contributor's share.
    pub shares: Vec<RewardShare>,
    /// The person's reward (`null` when not eligible or undecided).
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub amount: Option<Money>,
}

fn invalid(path: String, detail: crate::error::Text) -> Error {
    Error::input(crate::error::Problem::Duplicate, path, detail)
}

/// art-04.d: the one-time investment-promotion reward for one person and project.
///
/// # Errors
/// `INVALID_INPUT` for duplicate years or contributors.
pub fn investment_reward(
    input: &RewardInput,
    params: &Params,
) -> Result<Answer<RewardDetail>, Error> {
    let rule = RuleId::ART_04_D;
    for (i, f) in input.funds_in_place.iter().enumerate() {
        if input
            .funds_in_place
            .iter()
            .take(i)
            .any(|o| o.year == f.year)
        {
            return Err(invalid(
                alloc::format!("input.fundsInPlace[{i}].year"),
                text!(zh: "同一年度的第二笔金额", ko: "같은 년도의 두 번째 금액", en: "a second amount for the same year"),
            ));
        }
    }
    use super::common::{non_empty_id, same_id};
    non_empty_id("input.projectId", &input.project_id)?;
    non_empty_id("input.personId", &input.person_id)?;
    for (i, r) in input.prior_rewards.iter().enumerate() {
        non_empty_id(
            &alloc::format!("input.priorRewards[{i}].personId"),
            &r.person_id,
        )?;
        non_empty_id(
            &alloc::format!("input.priorRewards[{i}].projectId"),
            &r.project_id,
        )?;
    }
    for (i, c) in input.contributors.iter().enumerate() {
        non_empty_id(&alloc::format!("input.contributors[{i}]"), c)?;
        // One person with other spaces around the id, or in another case, is one person.
        if input.contributors.iter().take(i).any(|o| same_id(o, c)) {
            return Err(invalid(
                alloc::format!("input.contributors[{i}]"),
                text!(zh: "同一贡献人列出两次", ko: "같은 공헌자가 두 번 나옵니다", en: "a contributor listed twice"),
            ));
        }
    }
    let person = input.person_id.as_str();
    let project = input.project_id.as_str();
    let at = |code| {
        Reason::new(code, rule)
            .with("person", crate::answer::Value::text(person))
            .with("project", crate::answer::Value::text(project))
    };
    let mut used = ParamsUsed::new();
    used.set("rewardBasisYear", params.reward_basis_year.as_str().into());
    used.set("rewardSplitRule", params.reward_split_rule.as_str().into());
    let mut detail = RewardDetail {
        project_id: input.project_id.clone(),
        person_id: input.person_id.clone(),
        basis_year: None,
        base: None,
        ratio: None,
        pool: None,
        cap: None,
        shares: Vec::new(),
        amount: None,
    };
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let done = |outcome, reasons, needs_human, detail, used| {
        Ok(Answer {
            rule_id: rule,
            outcome,
            reasons,
            needs_human,
            params_used: used,
            detail,
        })
    };
    let Some(fund) = &input.fund else {
        reasons.add(at(C::RewardNoFund));
        return done(Outcome::NotEligible, reasons, needs_human, detail, used);
    };
    // A ratio or cap the fund does not give is read from `params`; unset, it is echoed as
    // `null`, so that passing `paramsUsed` back reproduces the answer.
    let Some(ratio) = fund.ratio.or(params.reward_ratio) else {
        used.set("rewardRatio", crate::answer::Value::Null);
        needs_human.add(at(C::RewardRatioUnset));
        return done(Outcome::NeedsHuman, reasons, needs_human, detail, used);
    };
    used.set("rewardRatio", ratio.into());
    let cap = fund.per_award_cap.or(params.reward_cap);
    used.set(
        "rewardCap",
        cap.map_or(crate::answer::Value::Null, Into::into),
    );
    detail.ratio = Some(ratio);
    detail.cap = cap;
    if !input.contributors.iter().any(|c| same_id(c, person)) {
        reasons.add(at(C::RewardNotContributor));
        return done(Outcome::NotEligible, reasons, needs_human, detail, used);
    }
    if input
        .prior_rewards
        .iter()
        .any(|r| same_id(&r.person_id, person) && same_id(&r.project_id, project))
    {
        reasons.add(at(C::RewardAlreadyGiven));
        return done(Outcome::NotEligible, reasons, needs_human, detail, used);
    }
    let year = match params.reward_basis_year {
        RewardBasisYear::FirstFundingYear => input
            .funds_in_place
            .iter()
            .filter(|f| !f.amount.is_zero())
            .map(|f| f.year)
            .min()
            .ok_or("fundsInPlace"),
        RewardBasisYear::IntroductionYear => input.introduced_year.ok_or("introducedYear"),
        RewardBasisYear::AwardYear => input.award_year.ok_or("awardYear"),
    };
    let year = match year {
        Ok(y) => y,
        Err(field) if field == "fundsInPlace" && !input.funds_in_place.is_empty() => {
            needs_human.add(at(C::RewardFundsAllZero));
            return done(Outcome::NeedsHuman, reasons, needs_human, detail, used);
        }
        Err(field) => {
            needs_human.add(at(C::RewardBasisYearMissing).with("field", field));
            return done(Outcome::NeedsHuman, reasons, needs_human, detail, used);
        }
    };
    let Some(base) = input
        .funds_in_place
        .iter()
        .find(|f| f.year == year)
        .map(|f| f.amount)
    else {
        // Nothing recorded for the year is not funds of zero: the reward, once only, would be
        // spent on nothing.
        needs_human.add(at(C::RewardBaseNotRecorded).with("year", year));
        detail.basis_year = Some(*year);
        return done(Outcome::NeedsHuman, reasons, needs_human, detail, used);
    };
    let pool = base.mul_ratio(ratio);
    detail.basis_year = Some(*year);
    detail.base = Some(base);
    detail.pool = Some(pool);
    reasons.add(at(C::RewardBase).with("base", base).with("year", year));
    reasons.add(
        at(C::RewardPool)
            .with("base", base)
            .with("pool", pool)
            .with("ratio", ratio),
    );
    let n = u32::try_from(input.contributors.len()).unwrap_or(u32::MAX);
    let (each, mut leftover) = pool.split_evenly(n).unwrap_or((Money::ZERO, 0));
    for c in &input.contributors {
        let share = if leftover > 0 {
            leftover -= 1;
            each.checked_add(Money::from_fen(1).unwrap_or(Money::ZERO))
                .unwrap_or(each)
        } else {
            each
        };
        let amount = cap.map_or(share, |c| share.min(c));
        detail.shares.push(RewardShare {
            person_id: c.clone(),
            share,
            amount,
        });
    }
    let mine = detail
        .shares
        .iter()
        .find(|s| same_id(&s.person_id, person))
        .map_or((Money::ZERO, Money::ZERO), |s| (s.share, s.amount));
    reasons.add(
        at(C::RewardShare)
            .with("count", input.contributors.len())
            .with("share", mine.0),
    );
    if let Some(c) = cap.filter(|c| mine.0 > *c) {
        reasons.add(at(C::RewardCapped).with("cap", c).with("share", mine.0));
    }
    reasons.add(at(C::RewardAmount).with("amount", mine.1));
    detail.amount = Some(mine.1);
    let mut outcome = Outcome::Eligible;
    if mine.1.is_zero() {
        needs_human.add(at(C::RewardZero));
        outcome = Outcome::NeedsHuman;
    }
    if input.person_is_civil_servant {
        needs_human.add(at(C::RewardCivilServant));
        outcome = Outcome::NeedsHuman;
    }
    done(outcome, reasons, needs_human, detail, used)
}

computed! {
    /// art-04.d as a computed rule ([`investment_reward`]).
    InvestmentReward: ART_04_D(RewardInput) -> RewardDetail = investment_reward;
    outcomes: [Eligible, NotEligible, NeedsHuman];
}

stable_enum! {
    /// What an outbound trip is for (art-04.e).
    TripPurpose {
        /// 执行招商任务.
        InvestmentPromotion = "INVESTMENT_PROMOTION" { zh: "执行招商任务", ko: "투자유치 임무 수행", en: "an investment-promotion task" },
        /// Anything else.
        Other = "OTHER" { zh: "其他任务", ko: "기타 임무", en: "another task" },
    }
}

stable_enum! {
    /// Where the foreign-affairs authority's review of a trip stands (art-04.e).
    FaoReview {
        /// 审核同意.
        Consented = "CONSENTED" { zh: "审核同意", ko: "심사 동의", en: "reviewed and consented" },
        /// Reviewed, not consented.
        Refused = "REFUSED" { zh: "审核未同意", ko: "심사 부동의", en: "reviewed and refused" },
        /// Not reviewed yet.
        NotReviewed = "NOT_REVIEWED" { zh: "尚未审核", ko: "아직 심사하지 않음", en: "not reviewed yet" },
    }
}

stable_enum! {
    /// A limit on official trips abroad that a relaxation may be sought for (art-04.e).
    QuotaItem {
        /// 出访人次: person-trips.
        PersonTrips = "PERSON_TRIPS" { zh: "出访人次", ko: "출방 인원수", en: "person-trips" },
        /// 批次: delegations.
        Batches = "BATCHES" { zh: "出访批次", ko: "출방 차수", en: "delegations (batches)" },
        /// Days abroad.
        StayDays = "STAY_DAYS" { zh: "在外停留天数", ko: "해외 체류 일수", en: "days abroad" },
        /// Countries or regions visited.
        Countries = "COUNTRIES" { zh: "出访国家(地区)数", ko: "출방 국가(지역) 수", en: "countries (regions) visited" },
    }
}

stable_enum! {
    /// A fact of a trip art-04.e depends on.
    TripFact {
        /// Whether the travellers are investment-promotion staff.
        InvestmentStaff = "INVESTMENT_STAFF" { zh: "出访人员是否为招商人员", ko: "출방 인원이 투자유치 인원인지 여부", en: "whether the travellers are investment-promotion staff" },
        /// Whether it is an official temporary trip.
        OfficialTemporary = "OFFICIAL_TEMPORARY" { zh: "是否属于因公临时出国(境)", ko: "공무 림시 출국(경)인지 여부", en: "whether it is an official temporary trip abroad" },
    }
}

/// What art-04.e is asked about: one outbound trip (or delegation) and the relaxation sought.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `purpose` and `foreignAffairsReview`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct OutboundTripInput {
    /// What the trip is for.
    pub purpose: TripPurpose,
    /// Whether the travellers are investment-promotion staff (招商人员); absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub investment_staff: Option<bool>,
    /// Whether it is an official temporary trip abroad or outside the mainland (因公临时赴国(境)外);
    /// absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub official_temporary: Option<bool>,
    /// The competent foreign-affairs authority's review (外事主管部门审核同意).
    pub foreign_affairs_review: FaoReview,
    /// The limits a relaxation is sought for (default: person-trips and delegations).
    #[cfg_attr(feature = "serde", serde(default = "default_items"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub relaxations_sought: Vec<QuotaItem>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(OutboundTripInput {
    name: "OutboundTripInput",
    expecting: "an object with `purpose` and `foreignAffairsReview`",
    blank: OutboundTripInput {
        purpose: TripPurpose::InvestmentPromotion,
        investment_staff: Default::default(),
        official_temporary: Default::default(),
        foreign_affairs_review: FaoReview::Consented,
        relaxations_sought: default_items(),
    },
    fields: [
        "purpose" => purpose [required],
        "investmentStaff" => investment_staff,
        "officialTemporary" => official_temporary,
        "foreignAffairsReview" => foreign_affairs_review [required],
        "relaxationsSought" => relaxations_sought,
    ],
});

#[cfg(feature = "serde")]
fn default_items() -> Vec<QuotaItem> {
    alloc::vec![QuotaItem::PersonTrips, QuotaItem::Batches]
}

/// art-04.e's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct OutboundTripDetail {
    /// The limits sought that the text relaxes (person-trips, delegations).
    pub relaxable: Vec<QuotaItem>,
    /// The limits sought that it does not.
    pub not_relaxable: Vec<QuotaItem>,
    /// The foreign-affairs authority's review.
    pub foreign_affairs_review: FaoReview,
}

/// art-04.e: may the person-trips and delegations of this trip be relaxed? ELIGIBLE when it is an
/// official temporary trip by investment-promotion staff on an investment-promotion task, the
/// foreign-affairs authority consented and only person-trips and delegations are sought;
/// NOT_ELIGIBLE when any of these is known to fail (not reviewed yet included: the consent comes
/// first); UNKNOWN when a fact is not recorded.
///
/// # Errors
/// `INVALID_INPUT` at `input.relaxationsSought` for an empty list or a limit named twice.
pub fn trip_relaxation(
    input: &OutboundTripInput,
    _params: &Params,
) -> Result<Answer<OutboundTripDetail>, Error> {
    let rule = RuleId::ART_04_E;
    let sought = &input.relaxations_sought;
    if sought.is_empty()
        || sought
            .iter()
            .enumerate()
            .any(|(i, q)| sought.iter().take(i).any(|p| p == q))
    {
        return Err(Error::input(
            crate::error::Problem::InvalidValue,
            "input.relaxationsSought",
            text!(zh: "应至少列出一项限制,且每项只列一次", ko: "제한을 하나 이상, 각각 한 번씩만 적어야 합니다", en: "expected at least one limit, each named once"),
        ));
    }
    let mut reasons = Vec::new();
    let mut refused = false;
    let mut unrecorded = false;
    if input.purpose != TripPurpose::InvestmentPromotion {
        refused = true;
        reasons.add(Reason::new(C::TripNotInvestmentTask, rule));
    }
    for (fact, value, code) in [
        (
            TripFact::InvestmentStaff,
            input.investment_staff,
            C::TripNotInvestmentStaff,
        ),
        (
            TripFact::OfficialTemporary,
            input.official_temporary,
            C::TripNotOfficialTemporary,
        ),
    ] {
        match value {
            Some(true) => {}
            Some(false) => {
                refused = true;
                reasons.add(Reason::new(code, rule));
            }
            None => {
                unrecorded = true;
                reasons.add(Reason::new(C::TripFactUnrecorded, rule).with("fact", fact.as_str()));
            }
        }
    }
    let (relaxable, not_relaxable): (Vec<QuotaItem>, Vec<QuotaItem>) = sought
        .iter()
        .partition(|q| matches!(q, QuotaItem::PersonTrips | QuotaItem::Batches));
    // Refused only for the limits the text does not relax: the ones it relaxes still may be,
    // and the answer says so beside the refusal.
    let partly = !refused
        && !unrecorded
        && input.foreign_affairs_review == FaoReview::Consented
        && !relaxable.is_empty()
        && !not_relaxable.is_empty();
    for q in &not_relaxable {
        refused = true;
        reasons.add(Reason::new(C::TripItemNotRelaxable, rule).with("quotaItem", q.as_str()));
    }
    match input.foreign_affairs_review {
        FaoReview::Consented => {}
        FaoReview::Refused => {
            refused = true;
            reasons.add(Reason::new(C::TripFaoRefused, rule));
        }
        FaoReview::NotReviewed => {
            refused = true;
            reasons.add(Reason::new(C::TripFaoNotReviewed, rule));
        }
    }
    if partly {
        reasons.add(Reason::new(C::TripRelaxationPermitted, rule));
        reasons.add(Reason::new(C::TripRelaxationExtent, rule));
    }
    let outcome = if refused {
        Outcome::NotEligible
    } else if unrecorded {
        Outcome::Unknown
    } else {
        reasons.add(Reason::new(C::TripRelaxationPermitted, rule));
        reasons.add(Reason::new(C::TripRelaxationExtent, rule));
        Outcome::Eligible
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human: Vec::new(),
        params_used: ParamsUsed::new(),
        detail: OutboundTripDetail {
            relaxable,
            not_relaxable,
            foreign_affairs_review: input.foreign_affairs_review,
        },
    })
}

/// Labels of art-04.e's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_04_E_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "relaxable",
            "条文放宽的限额",
            "조문이 완화하는 한도",
            "Limits the text relaxes",
            Shape::Enum(&[<QuotaItem as Stable>::TABLE]),
        ),
        f(
            "notRelaxable",
            "条文不放宽的限额",
            "조문이 완화하지 않는 한도",
            "Limits the text does not relax",
            Shape::Enum(&[<QuotaItem as Stable>::TABLE]),
        ),
        f(
            "foreignAffairsReview",
            "外事主管部门审核",
            "외사주관부문 심사",
            "Foreign-affairs authority's review",
            Shape::Enum(&[<FaoReview as Stable>::TABLE]),
        ),
    ]
};

computed! {
    /// art-04.e as a computed rule ([`trip_relaxation`]).
    TripRelaxation: ART_04_E(OutboundTripInput) -> OutboundTripDetail [ART_04_E_FIELDS] = trip_relaxation;
    outcomes: [Eligible, NotEligible, Unknown];
}

stable_enum! {
    /// Whom an incentive policy is for (art-04.c).
    IncentiveScope {
        /// 一企一策.
        Enterprise = "ENTERPRISE" { zh: "一企一策", ko: "1기업 1정책", en: "one enterprise, one policy" },
        /// 一业一策.
        Industry = "INDUSTRY" { zh: "一业一策", ko: "1업종 1정책", en: "one industry, one policy" },
        /// A general incentive policy.
        General = "GENERAL" { zh: "普遍适用的优惠政策", ko: "보편적으로 적용하는 우대정책", en: "a general policy" },
    }
}

/// One measure of an incentive policy.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an incentive measure with an `id`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct IncentiveMeasure {
    /// Its name (a tax-sharing rebate, a rent subsidy, …).
    pub id: String,
    /// Whether it is within the zone's authority (its catalogue of powers); absent: not
    /// recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub within_authority: Option<bool>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(IncentiveMeasure {
    name: "IncentiveMeasure",
    expecting: "an incentive measure with an `id`",
    blank: IncentiveMeasure {
        id: String::new(),
        within_authority: None,
    },
    fields: [
        "id" => id [required],
        "withinAuthority" => within_authority,
    ],
});

/// What art-04.c is asked about: a zone's incentive policy.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `scope` and `measures`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct IncentivePolicyInput {
    /// Whom it is for.
    pub scope: IncentiveScope,
    /// Its measures, each once.
    pub measures: Vec<IncentiveMeasure>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(IncentivePolicyInput {
    name: "IncentivePolicyInput",
    expecting: "an object with `scope` and `measures`",
    blank: IncentivePolicyInput {
        scope: IncentiveScope::General,
        measures: Vec::new(),
    },
    fields: [
        "scope" => scope [required],
        "measures" => measures [required],
    ],
});

/// art-04.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct IncentiveDetail {
    /// Whom the policy is for.
    pub policy_scope: IncentiveScope,
    /// The measures beyond the zone's authority.
    pub beyond_authority: Vec<String>,
}

/// art-04.c 「允许开发区在权限内实行“一企一策”“一业一策”」: ELIGIBLE when every measure is within
/// the zone's authority, NOT_ELIGIBLE when one is not, NEEDS_HUMAN when one is not recorded,
/// UNKNOWN with no measure given.
///
/// # Errors
/// `INVALID_INPUT` at `input.measures[i].id` for an empty or repeated id.
pub fn incentive_policy(
    input: &IncentivePolicyInput,
    _params: &crate::params::Params,
) -> Result<Answer<IncentiveDetail>, Error> {
    let rule = RuleId::ART_04_C;
    let measures = &input.measures;
    let ids: Vec<&str> = measures.iter().map(|m| m.id.as_str()).collect();
    super::common::unique_ids("measures", &ids)?;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut detail = IncentiveDetail {
        policy_scope: input.scope,
        beyond_authority: Vec::new(),
    };
    reasons.add(Reason::new(C::IncentivePolicyKind, rule).with("scope", input.scope.as_str()));
    for m in measures {
        let r = Reason::new(
            match m.within_authority {
                Some(true) => C::IncentiveWithinAuthority,
                Some(false) => C::IncentiveOutsideAuthority,
                None => C::IncentiveAuthorityUnrecorded,
            },
            rule,
        )
        .with("measure", m.id.clone());
        match m.within_authority {
            Some(false) => {
                detail.beyond_authority.push(m.id.clone());
                reasons.add(r);
            }
            Some(true) => reasons.add(r),
            None => needs_human.add(r),
        }
    }
    let outcome = if measures.is_empty() {
        reasons.add(Reason::new(C::IncentivesNoneGiven, rule));
        Outcome::Unknown
    } else if !detail.beyond_authority.is_empty() {
        Outcome::NotEligible
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        Outcome::Eligible
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail,
    })
}

/// Labels of art-04.c's own answer fields.
const ART_04_C_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "policyScope",
            "政策类型",
            "정책 류형",
            "Kind of policy",
            Shape::Enum(&[<IncentiveScope as Stable>::TABLE]),
        ),
        f(
            "beyondAuthority",
            "超出权限的措施",
            "권한을 벗어난 조치",
            "Measures beyond the authority",
            Shape::Plain,
        ),
    ]
};

computed! {
    /// art-04.c as a computed rule ([`incentive_policy`]).
    IncentivePolicy: ART_04_C(IncentivePolicyInput) -> IncentiveDetail [ART_04_C_FIELDS] = incentive_policy;
    outcomes: [Eligible, NotEligible, NeedsHuman, Unknown];
}
