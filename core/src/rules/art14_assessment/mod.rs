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

use crate::rules::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-14: a bottom-n year
    YearInBottom = "YEAR_IN_BOTTOM" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),属后{n}位",
        ko: "{year}년 {zoneName}({zone})의 경우 전 성 {population}개 중 {rank}위로 하위 {n}위에 속한다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}: in the bottom {n}"
    }
    /// art-14: not a bottom-n year
    YearNotInBottom = "YEAR_NOT_IN_BOTTOM" {
        zh: "{year}年{zoneName}({zone})全省排名第{rank}位(共{population}家),不属后{n}位",
        ko: "{year}년 {zoneName}({zone})의 경우 전 성 {population}개 중 {rank}위로 하위 {n}위에 속하지 않는다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}: not in the bottom {n}"
    }
    /// art-14: population guard or tie (AMB-11)
    YearBottomNeedsHuman = "YEAR_BOTTOM_NEEDS_HUMAN" {
        zh: "{year}年{zoneName}({zone})排名第{rank}位(共{population}家):参评数量过少或名次并列跨越后{n}位界限,需人工判断",
        ko: "{year}년 {zoneName}({zone})의 경우 {population}개 중 {rank}위이다: 참가 수가 너무 적거나 동순위가 하위 {n}위 경계에 걸쳐 있어 사람이 판단하여야 한다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}: too few zones ranked, or a tie across the bottom-{n} line; a person must decide"
    }
    /// art-14 (needs a person): in the bottom n only through a tie across the line, by
    /// `bottomTiePolicy`'s default (AMB-11)
    YearBottomByTiePolicy = "YEAR_BOTTOM_BY_TIE_POLICY" {
        zh: "{year}年{zoneName}({zone})排名第{rank}位(共{population}家),与另外{others}家并列,跨越后{n}位界限;按参数 bottomTiePolicy(INCLUDE_ALL_TIED,AMB-11)计入后{n}位,需人工确认",
        ko: "{year}년 {zoneName}({zone})의 경우 {population}개 중 {rank}위로 다른 {others}개와 동순위이며 하위 {n}위 경계에 걸쳐 있다. 매개변수 bottomTiePolicy(INCLUDE_ALL_TIED, AMB-11)에 따라 하위 {n}위에 넣었으므로 사람이 확인하여야 한다",
        en: "in {year} {zoneName} ({zone}) ranked {rank} of {population}, tied with {others} other zone(s) across the bottom-{n} line: counted in the bottom {n} by bottomTiePolicy (INCLUDE_ALL_TIED, AMB-11); a person must confirm"
    }
    /// art-14: disqualified year counted as bottom (AMB-26)
    YearDisqualifiedCountsAsBottom = "YEAR_DISQUALIFIED_COUNTS_AS_BOTTOM" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,按参数视为排名靠后",
        ko: "{year}년 {zoneName}({zone})의 경우 심사평가 자격이 취소되여 매개변수에 따라 하위 년도로 본다",
        en: "in {year} {zoneName} ({zone}) was disqualified; by the parameters the year counts as a bottom year"
    }
    /// art-14: disqualified year skipped
    YearDisqualifiedSkipped = "YEAR_DISQUALIFIED_SKIPPED" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,按参数不计",
        ko: "{year}년 {zoneName}({zone})의 경우 심사평가 자격이 취소되였으며 매개변수에 따라 산입하지 않는다",
        en: "in {year} {zoneName} ({zone}) was disqualified; by the parameters the year is skipped"
    }
    /// art-14: disqualified year for a person
    YearDisqualifiedNeedsHuman = "YEAR_DISQUALIFIED_NEEDS_HUMAN" {
        zh: "{year}年{zoneName}({zone})被取消考评资格,按参数由人工判断如何计算",
        ko: "{year}년 {zoneName}({zone})의 경우 심사평가 자격이 취소되였으며 매개변수에 따라 산입 여부를 사람이 판단한다",
        en: "in {year} {zoneName} ({zone}) was disqualified; by the parameters a person decides how the year counts"
    }
    /// art-14: no record
    YearNoRecord = "YEAR_NO_RECORD" {
        zh: "{year}年无{zoneName}({zone})的考评记录",
        ko: "{year}년 {zoneName}({zone})의 심사평가 기록이 없다",
        en: "there is no assessment record for {zoneName} ({zone}) in {year}"
    }
    /// art-14: record without a rank
    YearUnranked = "YEAR_UNRANKED" {
        zh: "{year}年{zoneName}({zone})的考评记录没有名次",
        ko: "{year}년 {zoneName}({zone})의 심사평가 기록에 순위가 없다",
        en: "the {year} assessment record of {zoneName} ({zone}) has no rank"
    }
    /// which leaders (AMB-37)
    LeadersInOfficeNeedsHuman = "LEADERS_IN_OFFICE_NEEDS_HUMAN" {
        zh: "应由人工确定相关年度在任的党政主要负责人",
        ko: "해당 년도에 재임한 당정 주요 책임자는 사람이 확정하여야 한다",
        en: "a person must identify the principal leaders in office in the years concerned"
    }
    /// art-14.d–f: triggered only because a disqualified year counts as bottom (AMB-26)
    TriggeredOnlyThroughDisqualifiedYear = "TRIGGERED_ONLY_THROUGH_DISQUALIFIED_YEAR" {
        zh: "仅因取消考评资格的年份({years})按参数视为排名靠后才触发;原文未规定被取消资格的年份如何计算,须人工确认",
        ko: "심사평가 자격이 취소된 해({years})를 매개변수에 따라 하위 년도로 보았기 때문에만 발동된다. 원문은 자격이 취소된 해를 어떻게 셈하는지 규정하지 않았으므로 사람이 확인하여야 한다",
        en: "triggered only because the disqualified year(s) {years} count as bottom years by the parameters; the text does not say how a disqualified year counts, so a person must confirm"
    }
    /// art-14: the record of the year is from another ranking than the parameters name (AMB-11)
    YearOtherRanking = "YEAR_OTHER_RANKING" {
        zh: "{year}年{zoneName}({zone})的考评记录出自参数所指以外的排名,不予采用",
        ko: "{year}년 {zoneName}({zone})의 심사평가 기록은 매개변수가 가리키는 순위가 아닌 다른 순위의 것이므로 쓰지 않는다",
        en: "the {year} record of {zoneName} ({zone}) is from another ranking than the one the parameters name, and is not used"
    }
    /// art-14: the zone did not exist in the year
    YearZoneAbsent = "YEAR_ZONE_ABSENT" {
        zh: "{year}年{zoneName}({zone})尚未设立或已不存在,该年不计",
        ko: "{year}년에 {zoneName}({zone})의 경우 아직 설립되지 않았거나 이미 존재하지 않았으므로 그해는 셈하지 않는다",
        en: "{zoneName} ({zone}) did not exist in {year}: the year does not count"
    }
}

/// art-14.a: Formulate the Yanbian assessment method (based on Jilin's)
pub static ART_14_A: RuleMeta = RuleMeta {
    id: "art-14.a",
    title: "Formulate the Yanbian assessment method (based on Jilin's)",
    title_zh: "制定《延边州开发区综合发展水平考核评价办法》",
    title_ko: "《연변주 개발구 종합발전수준 심사평가방법》 제정(길림성 방법에 근거)",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.FINANCE", "AG.DRC", "AG.MIIT", "AG.STATS", "AG.NATRES", "AG.ECOENV"],
    owed_by: OwedBy::ClauseList,
    quote: "根据《吉林省开发区综合发展水平考核评价办法》,制定《延边州开发区综合发展水平考核评价办法》,对开发区综合发展水平进行更加细化的评价。",
    extra_quotes: &[],
    en: "On the basis of the Jilin Province Method for Assessing and Evaluating the Comprehensive Development Level of Development Zones, formulate a Yanbian Prefecture Method for Assessing and Evaluating the Comprehensive Development Level of Development Zones, giving a more detailed evaluation of the zones' comprehensive development level.",
    ko: "《길림성 개발구 종합발전수준 심사평가방법》에 근거하여 《연변주 개발구 종합발전수준 심사평가방법》을 제정하고 개발구의 종합발전수준에 대하여 더욱 세분화된 평가를 진행한다.",
    ambiguities: &["AMB-11"],
    evaluation: Evaluation::OpenItem,
};

/// art-14.b: Who runs the assessment
pub static ART_14_B: RuleMeta = RuleMeta {
    id: "art-14.b",
    title: "Who runs the assessment",
    title_zh: "考核由领导小组办公室组织、考核工作组实施",
    title_ko: "심사평가: 주개발구사업령도소조판공실 조직, 심사사업조 실시",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Definition],
    strength: Strength::Mandatory,
    bearers: &["ACT.LG_OFFICE"],
    owed_by: OwedBy::Nobody,
    quote: "考核工作由州开发区工作领导小组办公室组织,州商务局、州财政局、州发改委、州工信局、州统计局、州自然资源局、州生态环境局等部门组成考核工作组实施。",
    extra_quotes: &[],
    en: "The assessment is organised by the Office of the Prefecture Development Zone Work Leading Group and carried out by an assessment working group made up of the Prefecture Bureau of Commerce, Bureau of Finance, DRC, Bureau of Industry and IT, Bureau of Statistics, Bureau of Natural Resources, Bureau of Ecology and Environment and other departments.",
    ko: "심사평가 사업은 주개발구사업령도소조판공실이 조직하고 주상무국, 주재정국, 주발전및개혁위원회, 주공업및정보화국, 주통계국, 주자연자원국, 주생태환경국 등 부문으로 심사사업조를 구성하여 실시한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "规定考核工作由谁组织、由谁实施(「考核工作组」);作为数据使用,不是判定",
        "심사평가를 누가 조직하고 누가 실시하는지(‘심사사업조’)를 정한다. 자료로 쓰며 판정은 아니다",
        "fixes who organises and carries out the assessment; used as data, not a decision",
    )),
};

/// art-14.c: Reward: near the top of the province 3 years in a row and rewarded by the province → priority promotion of leaders
pub static ART_14_C: RuleMeta = RuleMeta {
    id: "art-14.c",
    title: "Reward: near the top of the province 3 years in a row and rewarded by the province → priority promotion of leaders",
    title_zh: "激励:连续3年全省靠前并受省奖励的,主要负责人优先提拔重用",
    title_ko: "격려: 련속 3년 전 성 앞자리이고 성의 장려를 받은 개발구의 당정 주요 책임자 우선 발탁·중용",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Reward],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY"],
    owed_by: OwedBy::Nobody,
    quote: "对连续3年综合考评在全省靠前并受到省奖励的开发区,党政主要负责人予以优先提拔重用",
    extra_quotes: &[],
    en: "For a zone whose comprehensive assessment ranked near the top of the province for 3 consecutive years and which received provincial awards, its principal party and government leaders shall be given priority for promotion and important appointments.",
    ko: "련속 3년 종합심사평가에서 전 성 앞자리를 차지하고 성의 장려를 받은 개발구에 대하여 당정 주요 책임자를 우선 발탁·중용한다.",
    ambiguities: &["AMB-10", "AMB-11", "AMB-12", "AMB-25", "AMB-26", "AMB-37"],
    evaluation: Evaluation::Function,
};

/// art-14.d: Sanction: bottom 10 of the provincial ranking, or a falling rank → yellow card package
pub static ART_14_D: RuleMeta = RuleMeta {
    id: "art-14.d",
    title: "Sanction: bottom 10 of the provincial ranking, or a falling rank → yellow card package",
    title_zh: "惩戒:全省排名后10位或排名后退的,予以黄牌警告等",
    title_ko: "제재: 전 성 순위 하위 10위 또는 순위 후퇴 시 황패경고 등",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.LG", "AG.NATRES"],
    owed_by: OwedBy::Nobody,
    quote: "对综合考评在全省排名后10位的省级开发区或排名后退的,予以黄牌警告,限制新增土地指标,禁止扩区调区升级,予以通报并限期整改",
    extra_quotes: &[],
    en: "A provincial-level zone whose comprehensive assessment ranks in the bottom 10 of the province, or whose ranking falls, shall receive a yellow-card warning. Its new land quota is restricted, expansion, boundary adjustment and upgrading are prohibited, and it is publicly notified and ordered to rectify within a time limit.",
    ko: "종합심사평가에서 전 성 순위 하위 10위인 성급 개발구 또는 순위가 후퇴한 개발구에 대하여 황패경고를 주고, 신규 토지지표를 제한하며, 구역 확장·조정·승격을 금지하고, 통보하며 기한내 정돈하도록 한다.",
    ambiguities: &["AMB-10", "AMB-11", "AMB-12b", "AMB-12c", "AMB-24", "AMB-25", "AMB-26", "AMB-42"],
    evaluation: Evaluation::Function,
};

/// art-14.e: Sanction: bottom 10 in 2 of 3 years → leaders held accountable
pub static ART_14_E: RuleMeta = RuleMeta {
    id: "art-14.e",
    title: "Sanction: bottom 10 in 2 of 3 years → leaders held accountable",
    title_zh: "惩戒:3年中有2年全省排名后10位的,对主要负责人问责",
    title_ko: "제재: 3년 중 2년 전 성 순위 하위 10위 시 당정 주요 책임자 문책",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY"],
    owed_by: OwedBy::Nobody,
    quote: "对3年中有2年全省排名后10位的省级开发区,对开发区党政主要负责人进行问责",
    extra_quotes: &[],
    en: "For a provincial-level zone that ranked in the province's bottom 10 in 2 of 3 years, the zone's principal party and government leaders shall be held accountable.",
    ko: "3년 중 2년이 전 성 순위 하위 10위인 성급 개발구에 대하여 개발구 당정 주요 책임자를 문책한다.",
    ambiguities: &["AMB-10", "AMB-11", "AMB-13", "AMB-25", "AMB-26", "AMB-37"],
    evaluation: Evaluation::Function,
};

/// art-14.f: Sanction: bottom 5 in 2 of 3 years → revocation, 3-year re-application ban, leaders accountable and not promoted for 3 years
pub static ART_14_F: RuleMeta = RuleMeta {
    id: "art-14.f",
    title: "Sanction: bottom 5 in 2 of 3 years → revocation, 3-year re-application ban, leaders accountable and not promoted for 3 years",
    title_zh: "惩戒:3年中有2年排名后5位的,撤销并问责,3年内不得重新申报和提拔",
    title_ko: "제재: 3년 중 2년 전 성 순위 하위 5위 시 철회, 3년 내 재신청 금지, 당정 주요 책임자 문책 및 3년 내 발탁 금지",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.PROV", "ACT.PREF_PARTY"],
    owed_by: OwedBy::Nobody,
    quote: "对3年中有2年全省排名后5位的省级开发区,按省规定予以撤销,3年内不得重新申报,并对开发区党政主要负责人进行问责,3年内不得提拔。",
    extra_quotes: &[],
    en: "A provincial-level zone that ranked in the province's bottom 5 in 2 of 3 years shall be revoked in accordance with provincial rules and may not re-apply within 3 years. Its principal party and government leaders shall be held accountable and may not be promoted within 3 years.",
    ko: "3년 중 2년이 전 성 순위 하위 5위인 성급 개발구는 성의 규정에 따라 철회하고 3년 내에 다시 신청할 수 없으며, 개발구 당정 주요 책임자를 문책하고 3년 내에 발탁할 수 없다.",
    ambiguities: &["AMB-10", "AMB-11", "AMB-13", "AMB-25", "AMB-26", "AMB-37", "AMB-38", "AMB-43"],
    evaluation: Evaluation::Function,
};

/// art-14.g: Build the prefecture zone statistics system
pub static ART_14_G: RuleMeta = RuleMeta {
    id: "art-14.g",
    title: "Build the prefecture zone statistics system",
    title_zh: "建立健全州开发区统计制度",
    title_ko: "주 개발구 통계제도 건립",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.STATS", "AG.COMMERCE", "ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "统计部门、开发区主管部门与各开发区要建立健全州开发区统计制度,完善统计指标体系,严格执行统计制度规定,及时、准确、全面地反映开发区运行发展情况。",
    extra_quotes: &[],
    en: "Statistics departments, the competent zone authority and each zone shall establish and improve a prefecture zone statistics system and indicator system, strictly implement statistical rules, and reflect zone operations in a timely, accurate and complete way.",
    ko: "통계부문, 개발구 주관부문과 각 개발구는 주 개발구 통계제도를 건립하고 건전히 하며 통계지표체계를 보완하고 통계제도 규정을 엄격히 집행하여 개발구의 운행 발전 정황을 제때에, 정확하게, 전면적으로 반영하여야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-14.h: Sanction: falsified or concealed statistics → disqualified from that year's assessment
pub static ART_14_H: RuleMeta = RuleMeta {
    id: "art-14.h",
    title: "Sanction: falsified or concealed statistics → disqualified from that year's assessment",
    title_zh: "惩戒:统计数据虚报瞒报的,取消当年考评资格",
    title_ko: "제재: 통계수치 허위보고·은폐 시 당해 년도 심사평가 자격 취소",
    clause: "(十四)",
    clause_title: "建立考核激励机制",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.ASSESS_WG"],
    owed_by: OwedBy::Nobody,
    quote: "对统计数据虚报瞒报的开发区,取消当年考评资格。",
    extra_quotes: &[],
    en: "A zone that falsely reports or conceals statistical data is disqualified from that year's assessment.",
    ko: "통계수치를 허위 보고하거나 은폐한 개발구는 당해 년도 심사평가 자격을 취소한다.",
    ambiguities: &["AMB-10", "AMB-26", "AMB-27"],
    evaluation: Evaluation::Function,
};

mod detail;
mod evidence;
mod promotion;
mod sanctions;
mod statistics;
mod yellow_card;

pub(crate) use detail::REASON_CODES as DETAIL_REASON_CODES;
pub use detail::*;
pub(crate) use evidence::REASON_CODES as EVIDENCE_REASON_CODES;
pub use evidence::*;
pub(crate) use promotion::REASON_CODES as PROMOTION_REASON_CODES;
pub use promotion::*;
pub(crate) use sanctions::REASON_CODES as SANCTIONS_REASON_CODES;
pub use sanctions::*;
pub(crate) use statistics::REASON_CODES as STATISTICS_REASON_CODES;
pub use statistics::*;
pub(crate) use yellow_card::REASON_CODES as YELLOW_CARD_REASON_CODES;
pub use yellow_card::*;
