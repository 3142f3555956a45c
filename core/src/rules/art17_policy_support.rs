//! (十七) 加大政策支持力度: policy support.
//!
//! * art-17.a: provincial tax rebates and land-premium rebates honoured for a zone are due to it
//!   in full; what an intermediate level keeps is a shortfall.
//! * art-17.b: administrative fees in the zone's area are collected by the management committee
//!   and kept by the zone, except items that laws and regulations expressly require to be remitted
//!   to the **province and the state** (prefecture and county shares stay with the zone, AMB-39).
//!   A fee code not in the caller's catalogue is for a person. Who collected each fee is a
//!   checked fact (issue 10): a fee in the zone's area collected by another body (`collectedBy:
//!   OTHER`) breaks 「均由开发区管委会代收代缴」 (NON_COMPLIANT); a collection that does not say who
//!   collected it is not checked, and the answer says so.
//! * art-17.d: equal conditions → the project in the zone first. 「同等条件」 is equal scores after
//!   rounding to the scoring scheme's precision (`scoreDecimals`); scores are exact decimals. The
//!   「倾斜」 of the first half is not quantified (AMB-40): only the zone projects' share of the
//!   awards is reported.

use crate::answer::AddReason;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::money::{quotient_text, Money, Score};
use crate::params::Params;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-17.a: what is due
    RebateDue = "REBATE_DUE" {
        zh: "省政府兑现的税收返还{tax}元和土地出让金收入返还{land}元,应全部返还开发区,共{due}元",
        ko: "성정부가 리행한 세수 환급 {tax}원과 토지양도금 수입 환급 {land}원은 전부 개발구에 환급하여야 하며 합계 {due}원이다",
        en: "the provincial tax rebates of {tax} yuan and land-premium rebates of {land} yuan are due to the zone in full: {due} yuan"
    }
    /// art-17.a: a shortfall
    RebateShortfall = "REBATE_SHORTFALL" {
        zh: "已拨付开发区{transferred}元,少于应返还的{due}元,差额{shortfall}元",
        ko: "개발구에 {transferred}원을 지급하여 환급하여야 할 {due}원보다 {shortfall}원 적다",
        en: "{transferred} yuan was passed to the zone, less than the {due} yuan due: a shortfall of {shortfall} yuan"
    }
    /// art-17.a: passed in full
    RebatePassedInFull = "REBATE_PASSED_IN_FULL" {
        zh: "已拨付开发区{transferred}元,不少于应返还的{due}元",
        ko: "개발구에 {transferred}원을 지급하여 환급하여야 할 {due}원 이상이다",
        en: "{transferred} yuan was passed to the zone, not less than the {due} yuan due"
    }
    /// art-17.b: the collector
    FeeCollectedByMc = "FEE_COLLECTED_BY_MC" {
        zh: "按条文,开发区行政区域内的行政事业性收费应由开发区管委会代收代缴",
        ko: "조문에 따르면 개발구 행정구역 내 행정사업성 비용은 개발구 관리위원회가 대리 징수·납부하여야 한다",
        en: "by the clause, administrative fees in the zone's area are to be collected and remitted by the zone management committee"
    }
    /// art-17.b: remitted upward
    FeeRemitUpward = "FEE_REMIT_UPWARD" {
        zh: "{code}:法律法规明确规定需上缴省和国家,上缴{amount}元",
        ko: "{code}: 법률·법규가 성과 국가에 상납하도록 명확히 규정하므로 {amount}원을 상납한다",
        en: "{code}: laws and regulations expressly require remittance to the province and the state: {amount} yuan remitted"
    }
    /// art-17.b: retained
    FeeRetained = "FEE_RETAINED" {
        zh: "{code}:由开发区管理和使用{amount}元",
        ko: "{code}: {amount}원은 개발구가 관리·사용한다",
        en: "{code}: {amount} yuan is managed and used by the zone"
    }
    /// art-17.b: collected by a body other than the management committee
    FeeCollectedByOther = "FEE_COLLECTED_BY_OTHER" {
        zh: "{code}:在开发区行政区域内由{collector}收取({amount}元),不符合“均由开发区管委会代收代缴”",
        ko: "{code}: 개발구 행정구역 내에서 {collector|이} 징수하였으므로({amount}원) ‘모두 개발구 관리위원회가 대리 징수·납부한다’에 어긋난다",
        en: "{code}: collected within the zone's area by {collector} ({amount} yuan), not by the zone management committee as 「均由开发区管委会代收代缴」 requires",
        coded: { collector: Collector }
    }
    /// art-17.b: who collected is not stated
    FeeCollectorNotStated = "FEE_COLLECTOR_NOT_STATED" {
        zh: "{count}笔收费未注明由谁收取(collectedBy),是否均由开发区管委会代收代缴未核对",
        ko: "{count}건의 비용은 누가 징수하였는지(collectedBy) 밝히지 않았으므로 모두 개발구 관리위원회가 대리 징수·납부하였는지는 확인하지 않았다",
        en: "{count} collection(s) do not say who collected them (collectedBy): whether all were collected by the zone management committee is not checked"
    }
    /// art-17.b: unknown fee code
    FeeUnknownCode = "FEE_UNKNOWN_CODE" {
        zh: "{code}不在收费目录中({amount}元):是否需上缴需人工判断",
        ko: "비용 코드({code})는 비용 항목 목록에 없으므로({amount}원) 상납 여부는 사람이 판단하여야 한다",
        en: "{code} is not in the fee catalogue ({amount} yuan): whether it must be remitted is for a person to decide"
    }
    /// art-17.b: collected outside the zone's area
    FeeOutsideArea = "FEE_OUTSIDE_AREA" {
        zh: "{code}:不在开发区行政区域内收取({amount}元),不适用本条",
        ko: "{code}: 개발구 행정구역 내에서 징수한 것이 아니므로({amount}원) 본 조항이 적용되지 않는다",
        en: "{code}: not collected within the zone's area ({amount} yuan): the clause does not apply"
    }
    /// art-17.d: a tie broken for the zone project
    FundTieBrokenForZone = "FUND_TIE_BROKEN_FOR_ZONE" {
        zh: "{zoneProject}与{other}同等条件(评分{score}),开发区内项目优先安排",
        ko: "개발구 내 대상({zoneProject})과 다른 대상({other})이 동등한 조건(점수 {score})이므로 개발구 내 대상을 우선 배치한다",
        en: "{zoneProject} and {other} are equal ({score}): the project in the zone comes first"
    }
    /// art-17.d: the tilt is not quantified, and not every award is recorded, so no share
    FundTiltNoShareYet = "FUND_TILT_NO_SHARE_YET" {
        zh: "“向开发区倾斜”没有量化标准;并非每项申请的获批金额都有记录,故尚无开发区项目所占份额可报告",
        ko: "‘개발구로 기울인다’는 량적 기준이 없다. 모든 신청의 지원 금액이 기록된 것은 아니므로 보고할 개발구 대상의 점유 비률이 아직 없다",
        en: "\"tilt toward zones\" is not quantified, and not every application's award is recorded, so there is no zone share of the awards to report yet"
    }
    /// art-17.d: every award recorded, none above zero (or no application): no share
    FundTiltNothingAwarded = "FUND_TILT_NOTHING_AWARDED" {
        zh: "“向开发区倾斜”没有量化标准;记录的获批金额合计为0元(或没有申请),没有开发区项目所占份额可报告",
        ko: "‘개발구로 기울인다’는 량적 기준이 없다. 기록된 지원 금액의 합계가 0원이므로(또는 신청이 없으므로) 보고할 개발구 대상의 점유 비률이 없다",
        en: "\"tilt toward zones\" is not quantified, and the awards recorded add up to 0 yuan (or there is no application), so there is no zone share of the awards to report"
    }
    /// art-17.d: the tilt is not quantified (AMB-40)
    FundTiltNotQuantified = "FUND_TILT_NOT_QUANTIFIED" {
        zh: "“向开发区倾斜”没有量化标准,仅报告开发区项目所占份额{zoneShare}",
        ko: "‘개발구로 기울인다’는 량적 기준이 없으므로 개발구 대상의 점유 비률 {zoneShare}만 보고한다",
        en: "\"tilt toward zones\" is not quantified: only the zone projects' share of the awards, {zoneShare}, is reported"
    }
}

/// art-17.a: Provincial tax rebates and land-premium rebates pass 100% to the zone
pub static ART_17_A: RuleMeta = RuleMeta {
    id: "art-17.a",
    title: "Provincial tax rebates and land-premium rebates pass 100% to the zone",
    title_zh: "省税收返还和土地出让金收入返还全部返还开发区",
    title_ko: "성의 세수 환급과 토지양도금 수입 환급 전액 개발구에 환급",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "省政府兑现给开发区的税收返还和土地出让金收入返还,全部返还开发区使用。",
    extra_quotes: &[],
    en: "Tax rebates and land-transfer-fee revenue rebates that the provincial government honours for zones are returned in full to the zones for their use.",
    ko: "성정부가 개발구에 리행하는 세수 환급과 토지양도금 수입 환급은 전부 개발구에 환급하여 사용하게 한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-17.b: Administrative fees in the zone: collected by the MC; retained except items that must go to province/state
pub static ART_17_B: RuleMeta = RuleMeta {
    id: "art-17.b",
    title: "Administrative fees in the zone: collected by the MC; retained except items that must go to province/state",
    title_zh: "行政事业性收费由管委会代收代缴,除须上缴部分外由开发区使用",
    title_ko: "행정사업성 비용: 관리위원회 대리 징수·납부, 상납 항목 외 개발구 관리·사용",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE_MC", "AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "开发区行政区域内行政事业性收费,均由开发区管委会代收代缴,除相关法律法规有明确规定需上缴省和国家的项目和费用外,由开发区管理和使用。",
    extra_quotes: &[],
    en: "All administrative and institutional fees within the zone's administrative area are collected and remitted on others' behalf by the zone management committee. Except for items and fees that laws and regulations expressly require to be remitted to the province and the state, the fees are managed and used by the zone.",
    ko: "개발구 행정구역 내 행정사업성 비용은 모두 개발구 관리위원회가 대리 징수·납부하며, 관련 법률·법규가 성과 국가에 상납하도록 명확히 규정한 항목과 비용을 제외하고는 개발구가 관리·사용한다.",
    ambiguities: &["AMB-39"],
    evaluation: Evaluation::Function,
};

/// art-17.c: Integrate existing special funds; earmark a zone portion
pub static ART_17_C: RuleMeta = RuleMeta {
    id: "art-17.c",
    title: "Integrate existing special funds; earmark a zone portion",
    title_zh: "统筹整合现有专项资金,明确用于开发区部分",
    title_ko: "기존 전문자금 통합 리용, 개발구 사용 부분 명확화",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.FINANCE", "AG.DRC", "AG.MIIT"],
    owed_by: OwedBy::ClauseList,
    quote: "统筹整合利用发改、工信等部门现有专项资金,明确用于开发区改革和创新发展部分。",
    extra_quotes: &[],
    en: "Integrate existing special funds of the development-and-reform, industry-and-IT and other departments, and specify the portion to be used for zone reform and innovative development.",
    ko: "발전개혁, 공업정보화 등 부문의 기존 전문자금을 통일적으로 통합, 리용하고 개발구 개혁과 혁신발전에 사용하는 부분을 명확히 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-17.d: Tilt special funds toward zones; tie-break in favour of zone projects
pub static ART_17_D: RuleMeta = RuleMeta {
    id: "art-17.d",
    title: "Tilt special funds toward zones; tie-break in favour of zone projects",
    title_zh: "专项资金向开发区倾斜,同等条件下优先安排开发区",
    title_ko: "전문자금 개발구로 기울여 배정, 동등한 조건에서 개발구 우선 배치",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS", "AG.CTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "州直各相关部门、各县(市)在安排产业扶持、科技创新、生态环保等专项资金时要向开发区倾斜,产业转型升级发展等各类基金项目同等条件下要优先安排在开发区。",
    extra_quotes: &[],
    en: "When allocating special funds for industrial support, scientific and technological innovation, ecology and environmental protection, etc., prefecture departments and counties shall tilt them toward zones. For fund-financed projects such as industrial transformation and upgrading, projects in zones are given priority under equal conditions.",
    ko: "주 직속 관련 부문과 각 현(시)은 산업 지원, 과학기술 혁신, 생태환경 보호 등 전문자금을 배정할 때 개발구로 기울여야 하며, 산업 전환승급 발전 등 각종 기금 대상은 동등한 조건에서 개발구에 우선 배치하여야 한다.",
    ambiguities: &["AMB-40"],
    evaluation: Evaluation::Function,
};

fn invalid(path: String, problem: crate::error::Problem, detail: crate::error::Text) -> Error {
    Error::input(problem, path, detail)
}

fn total_error(path: &str) -> Error {
    let max = Money::MAX;
    Error::out_of_range(
        path,
        text!(zh: "金额合计超过 {max} 元的上限", ko: "금액 합계가 상한 {max}원을 넘습니다", en: "the amounts add up beyond the limit of {max} yuan"),
    )
}

stable_enum! {
    /// Kind of provincial rebate (art-17.a).
    RebateKind {
        /// 税收返还.
        TaxRebate = "TAX_REBATE" { zh: "税收返还", ko: "세수 환급", en: "tax rebate" },
        /// 土地出让金收入返还.
        LandPremiumRebate = "LAND_PREMIUM_REBATE" { zh: "土地出让金收入返还", ko: "토지양도금 수입 환급", en: "land-premium rebate" },
    }
}

/// One rebate the province honoured for the zone.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `kind` and `amount`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Rebate {
    /// Which rebate.
    pub kind: RebateKind,
    /// The amount, in yuan.
    pub amount: Money,
}

/// The input of art-17.a.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `rebates` and `transferredToZone`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RebateInput {
    /// The rebates honoured for the zone.
    pub rebates: Vec<Rebate>,
    /// What actually reached the zone.
    pub transferred_to_zone: Money,
}

/// art-17.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RebateDetail {
    /// Σ tax rebates.
    pub tax_rebates: Money,
    /// Σ land-premium rebates.
    pub land_premium_rebates: Money,
    /// Everything due to the zone.
    pub due_to_zone: Money,
    /// What reached it.
    pub transferred_to_zone: Money,
    /// `max(0, due − transferred)`.
    pub shortfall: Money,
}

/// art-17.a: are the provincial rebates passed to the zone in full?
///
/// # Errors
/// `OUT_OF_RANGE` when the rebates add up beyond the money limit.
pub fn rebate_pass_through(
    input: &RebateInput,
    params: &Params,
) -> Result<Answer<RebateDetail>, Error> {
    let _ = params;
    let rule = RuleId::ART_17_A;
    let sum = |k: RebateKind| {
        Money::sum(
            input
                .rebates
                .iter()
                .filter(|r| r.kind == k)
                .map(|r| r.amount),
        )
        .ok_or_else(|| total_error("input.rebates"))
    };
    let tax = sum(RebateKind::TaxRebate)?;
    let land = sum(RebateKind::LandPremiumRebate)?;
    let due = tax
        .checked_add(land)
        .ok_or_else(|| total_error("input.rebates"))?;
    let transferred = input.transferred_to_zone;
    let shortfall = due.saturating_sub(transferred);
    let mut reasons = alloc::vec![Reason::new(C::RebateDue, rule)
        .with("due", due)
        .with("land", land)
        .with("tax", tax)];
    let outcome = if shortfall.is_zero() {
        reasons.add(
            Reason::new(C::RebatePassedInFull, rule)
                .with("due", due)
                .with("transferred", transferred),
        );
        Outcome::Compliant
    } else {
        reasons.add(
            Reason::new(C::RebateShortfall, rule)
                .with("due", due)
                .with("shortfall", shortfall)
                .with("transferred", transferred),
        );
        Outcome::NonCompliant
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human: Vec::new(),
        params_used: ParamsUsed::new(),
        detail: RebateDetail {
            tax_rebates: tax,
            land_premium_rebates: land,
            due_to_zone: due,
            transferred_to_zone: transferred,
            shortfall,
        },
    })
}

/// A fee collected.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `feeCode` and `amount`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeCollection {
    /// The fee's code in the catalogue.
    pub fee_code: String,
    /// The amount, in yuan.
    pub amount: Money,
    /// Collected within the zone's administrative area (default `true`; for zones without one,
    /// their approved boundary).
    #[cfg_attr(feature = "serde", serde(default = "yes"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub collected_in_zone_area: bool,
    /// Who collected it: the zone management committee (`ZONE_MC`, as 「均由开发区管委会代收代缴」
    /// requires) or another body (`OTHER`). Absent: not stated, and not checked.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub collected_by: Option<Collector>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(FeeCollection {
    name: "FeeCollection",
    expecting: "an object with `feeCode` and `amount`",
    blank: FeeCollection {
        fee_code: String::new(),
        amount: Default::default(),
        collected_in_zone_area: yes(),
        collected_by: Default::default(),
    },
    fields: [
        "feeCode" => fee_code [required],
        "amount" => amount [required],
        "collectedInZoneArea" => collected_in_zone_area,
        "collectedBy" => collected_by,
    ],
});

stable_enum! {
    /// Who collected an administrative fee in the zone's area (art-17.b, 「代收代缴」).
    Collector {
        /// The zone management committee.
        ZoneMc = "ZONE_MC" { zh: "开发区管委会", ko: "개발구 관리위원회", en: "the zone management committee" },
        /// Another body (a county bureau, a prefecture agency, …).
        Other = "OTHER" { zh: "其他单位", ko: "기타 단위", en: "another body" },
    }
}

#[cfg(feature = "serde")]
const fn yes() -> bool {
    true
}

/// A fee of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `code` and `mustRemitToProvinceOrState`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeItem {
    /// Code.
    pub code: String,
    /// Name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub name: Option<String>,
    /// Whether laws or regulations expressly require it to be remitted to the province and the state.
    pub must_remit_to_province_or_state: bool,
    /// The legal basis.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub legal_basis: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(FeeItem {
    name: "FeeItem",
    expecting: "an object with `code` and `mustRemitToProvinceOrState`",
    blank: FeeItem {
        code: String::new(),
        name: Default::default(),
        must_remit_to_province_or_state: false,
        legal_basis: Default::default(),
    },
    fields: [
        "code" => code [required],
        "name" => name,
        "mustRemitToProvinceOrState" => must_remit_to_province_or_state [required],
        "legalBasis" => legal_basis,
    ],
});

/// The input of art-17.b.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `collections` and `catalogue`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeRetentionInput {
    /// The fees collected.
    pub collections: Vec<FeeCollection>,
    /// The fee catalogue.
    pub catalogue: Vec<FeeItem>,
}

stable_enum! {
    /// Where a collected fee goes.
    FeeAllocation {
        /// Remitted to the province and the state.
        RemitUpward = "REMIT_UPWARD" { zh: "上缴省和国家", ko: "성·국가 상납", en: "remitted to province and state" },
        /// Managed and used by the zone.
        ZoneRetains = "ZONE_RETAINS" { zh: "开发区管理和使用", ko: "개발구 관리·사용", en: "kept by the zone" },
        /// Not in the catalogue: a person decides.
        Unknown = "UNKNOWN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "for a person to decide" },
        /// Not collected in the zone's area: outside the clause.
        OutsideArea = "OUTSIDE_AREA" { zh: "不在开发区行政区域内", ko: "개발구 행정구역 밖", en: "outside the zone's area" },
    }
}

/// One collection and where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeAllocationLine {
    /// The fee code.
    pub fee_code: String,
    /// The amount.
    pub amount: Money,
    /// Where it goes.
    pub allocation: FeeAllocation,
}

/// art-17.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeRetentionDetail {
    /// Who collects (always the zone management committee, `ACT.ZONE_MC`).
    pub collector: &'static str,
    /// Σ remitted to the province and the state.
    pub remit_upward: Money,
    /// Σ kept by the zone.
    pub zone_retains: Money,
    /// Σ of unknown codes.
    pub unknown_total: Money,
    /// The codes not in the catalogue.
    pub unknown: Vec<String>,
    /// Each collection.
    pub items: Vec<FeeAllocationLine>,
    /// The codes of fees in the zone's area that another body collected (「均由开发区管委会代收代缴」
    /// not met).
    pub collected_by_other: Vec<String>,
}

/// art-17.b: which collected fees are remitted upward and which the zone keeps.
///
/// # Errors
/// `INVALID_INPUT` for a code listed twice in the catalogue; `OUT_OF_RANGE` beyond the money limit.
pub fn fee_retention(
    input: &FeeRetentionInput,
    params: &Params,
) -> Result<Answer<FeeRetentionDetail>, Error> {
    let _ = params;
    let rule = RuleId::ART_17_B;
    for (i, c) in input.collections.iter().enumerate() {
        super::common::non_empty_id(&format!("input.collections[{i}].feeCode"), &c.fee_code)?;
    }
    for (i, f) in input.catalogue.iter().enumerate() {
        super::common::non_empty_id(&format!("input.catalogue[{i}].code"), &f.code)?;
        if input
            .catalogue
            .iter()
            .take(i)
            .any(|o| super::common::same_id(&o.code, &f.code))
        {
            let code = &f.code;
            return Err(invalid(
                format!("input.catalogue[{i}].code"),
                crate::error::Problem::Duplicate,
                text!(zh: "收费代码 `{code}` 列出两次", ko: "비용 코드 `{code}`가 두 번 나옵니다", en: "fee code `{code}` listed twice"),
            ));
        }
    }
    let mut d = FeeRetentionDetail {
        collector: "ACT.ZONE_MC",
        remit_upward: Money::ZERO,
        zone_retains: Money::ZERO,
        unknown_total: Money::ZERO,
        unknown: Vec::new(),
        items: Vec::new(),
        collected_by_other: Vec::new(),
    };
    let mut not_stated = 0_u32;
    let mut reasons = alloc::vec![Reason::new(C::FeeCollectedByMc, rule)];
    let mut needs_human = Vec::new();
    let add = |acc: Money, m: Money| {
        acc.checked_add(m)
            .ok_or_else(|| total_error("input.collections"))
    };
    for c in &input.collections {
        let at = |code| {
            Reason::new(code, rule)
                .with("amount", c.amount)
                .with("code", c.fee_code.clone())
        };
        let allocation = if !c.collected_in_zone_area {
            reasons.add(at(C::FeeOutsideArea));
            FeeAllocation::OutsideArea
        } else {
            match c.collected_by {
                Some(Collector::ZoneMc) => {}
                Some(Collector::Other) => {
                    reasons.add(
                        at(C::FeeCollectedByOther).with("collector", Collector::Other.as_str()),
                    );
                    if !d.collected_by_other.contains(&c.fee_code) {
                        d.collected_by_other.push(c.fee_code.clone());
                    }
                }
                None => not_stated = not_stated.saturating_add(1),
            }
            match input
                .catalogue
                .iter()
                .find(|f| super::common::same_id(&f.code, &c.fee_code))
            {
                None => {
                    needs_human.add(at(C::FeeUnknownCode));
                    d.unknown_total = add(d.unknown_total, c.amount)?;
                    if !d.unknown.contains(&c.fee_code) {
                        d.unknown.push(c.fee_code.clone());
                    }
                    FeeAllocation::Unknown
                }
                Some(f) if f.must_remit_to_province_or_state => {
                    reasons.add(at(C::FeeRemitUpward));
                    d.remit_upward = add(d.remit_upward, c.amount)?;
                    FeeAllocation::RemitUpward
                }
                Some(_) => {
                    reasons.add(at(C::FeeRetained));
                    d.zone_retains = add(d.zone_retains, c.amount)?;
                    FeeAllocation::ZoneRetains
                }
            }
        };
        d.items.push(FeeAllocationLine {
            fee_code: c.fee_code.clone(),
            amount: c.amount,
            allocation,
        });
    }
    if not_stated > 0 {
        // The check covers only the collections that say who collected them.
        reasons.add(Reason::new(C::FeeCollectorNotStated, rule).with("count", not_stated));
    }
    Ok(Answer {
        rule_id: rule,
        // Another collector breaks the rule whatever else is open; unknown codes are for a person.
        outcome: if !d.collected_by_other.is_empty() {
            Outcome::NonCompliant
        } else if d.unknown.is_empty() {
            Outcome::Computed
        } else {
            Outcome::NeedsHuman
        },
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail: d,
    })
}

/// An application for a special fund (art-17.d).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `projectId`, `inZone` and `score`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FundApplication {
    /// The project.
    pub project_id: String,
    /// Whether the project is in a development zone.
    pub in_zone: bool,
    /// Its score under the fund's scheme, as a decimal string.
    pub score: Score,
    /// What it was awarded, for the tilt indicator.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub awarded: Option<Money>,
}

/// The input of art-17.d.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `applications`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FundPriorityInput {
    /// The applications, in the order received (the order among full ties).
    pub applications: Vec<FundApplication>,
    /// The scheme's precision: scores equal after rounding half up to this many decimals are
    /// 「同等条件」. Default 9 (scores compared as given).
    #[cfg_attr(feature = "serde", serde(default = "nine", with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub score_decimals: u32,
}

#[cfg(feature = "serde")]
const fn nine() -> u32 {
    9
}

/// One place of the ordering.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FundPlace {
    /// 1 = first.
    pub place: usize,
    /// The project.
    pub project_id: String,
    /// In a zone.
    pub in_zone: bool,
    /// The score compared (after rounding).
    pub score: Score,
}

/// art-17.d's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct FundPriorityDetail {
    /// The ordering: score first, then zone projects among equals, then the order received.
    pub order: Vec<FundPlace>,
    /// Σ awarded to zone projects / Σ awarded: the tilt indicator; `null` unless every
    /// application's award is recorded (an award not recorded is not zero).
    pub zone_share_of_awards: Option<String>,
}

/// art-17.d: order applications; among equal scores the zone project comes first.
///
/// # Errors
/// `INVALID_INPUT` for a project listed twice or more than 9 decimals; `OUT_OF_RANGE` beyond the
/// money limit.
pub fn fund_priority(
    input: &FundPriorityInput,
    params: &Params,
) -> Result<Answer<FundPriorityDetail>, Error> {
    let _ = params;
    let rule = RuleId::ART_17_D;
    if input.score_decimals > 9 {
        return Err(invalid(
            String::from("input.scoreDecimals"),
            crate::error::Problem::InvalidValue,
            text!(zh: "最多 9 位小数", ko: "소수점 아래 9자리까지입니다", en: "at most 9 decimals"),
        )
        .with_got(alloc::format!("{}", input.score_decimals)));
    }
    for (i, a) in input.applications.iter().enumerate() {
        super::common::non_empty_id(&format!("input.applications[{i}].projectId"), &a.project_id)?;
        if input
            .applications
            .iter()
            .take(i)
            .any(|o| super::common::same_id(&o.project_id, &a.project_id))
        {
            let project = &a.project_id;
            return Err(invalid(
                format!("input.applications[{i}].projectId"),
                crate::error::Problem::Duplicate,
                text!(zh: "项目 `{project}` 列出两次", ko: "대상 `{project}`가 두 번 나옵니다", en: "project `{project}` listed twice"),
            ));
        }
    }
    let mut ranked: Vec<(usize, &FundApplication, Score)> = input
        .applications
        .iter()
        .enumerate()
        .map(|(i, a)| (i, a, a.score.rounded(input.score_decimals)))
        .collect();
    crate::order::sort_with(&mut ranked, &|x, y| {
        y.2.cmp(&x.2)
            .then(y.1.in_zone.cmp(&x.1.in_zone))
            .then(x.0.cmp(&y.0))
    });
    let mut reasons = Vec::new();
    for w in ranked.windows(2) {
        if let [(ia, a, sa), (ib, b, sb)] = w {
            // A tie decided by the zone: the zone project would have come later by order received.
            if sa == sb && a.in_zone && !b.in_zone && ia > ib {
                reasons.add(
                    Reason::new(C::FundTieBrokenForZone, rule)
                        .with("other", b.project_id.clone())
                        .with("score", format!("{sa}"))
                        .with("zoneProject", a.project_id.clone()),
                );
            }
        }
    }
    let awarded = |zone_only: bool| {
        Money::sum(
            input
                .applications
                .iter()
                .filter(|a| !zone_only || a.in_zone)
                .filter_map(|a| a.awarded),
        )
        .ok_or_else(|| total_error("input.applications"))
    };
    // Only when every application's award is recorded: an award not recorded is not zero.
    let all_awarded =
        !input.applications.is_empty() && input.applications.iter().all(|a| a.awarded.is_some());
    let share = if all_awarded {
        quotient_text(awarded(true)?, awarded(false)?)
    } else {
        None
    };
    // Without every award recorded there is no share to report: said in words, not as a dash.
    reasons.add(match &share {
        Some(s) => Reason::new(C::FundTiltNotQuantified, rule).with("zoneShare", s.clone()),
        None if all_awarded || input.applications.is_empty() => {
            Reason::new(C::FundTiltNothingAwarded, rule)
        }
        None => Reason::new(C::FundTiltNoShareYet, rule),
    });
    Ok(Answer {
        rule_id: rule,
        outcome: Outcome::Computed,
        reasons,
        needs_human: Vec::new(),
        params_used: ParamsUsed::new(),
        detail: FundPriorityDetail {
            order: ranked
                .iter()
                .enumerate()
                .map(|(place, (_, a, s))| FundPlace {
                    place: place + 1,
                    project_id: a.project_id.clone(),
                    in_zone: a.in_zone,
                    score: *s,
                })
                .collect(),
            zone_share_of_awards: share,
        },
    })
}

/// Labels of art-17.b's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_17_B_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[f(
        "collectedByOther",
        "非管委会收取的收费代码",
        "관리위원회 외 단위가 징수한 비용 코드",
        "Codes collected by another body",
        Shape::Plain,
    )]
};

computed! {
    /// art-17.a as a computed rule ([`rebate_pass_through`]).
    RebatePassThrough: ART_17_A(RebateInput) -> RebateDetail = rebate_pass_through;
    outcomes: [Compliant, NonCompliant];
}
computed! {
    /// art-17.b as a computed rule ([`fee_retention`]).
    FeeRetention: ART_17_B(FeeRetentionInput) -> FeeRetentionDetail [ART_17_B_FIELDS] = fee_retention;
    outcomes: [Computed, NonCompliant, NeedsHuman];
}
computed! {
    /// art-17.d as a computed rule ([`fund_priority`]).
    FundPriority: ART_17_D(FundPriorityInput) -> FundPriorityDetail = fund_priority;
    outcomes: [Computed];
}
