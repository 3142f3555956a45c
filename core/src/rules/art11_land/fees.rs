//! art-11.f and art-11.g: the land-transfer fee and the urban infrastructure fee of own-land factory works, per component, in exact money.

use crate::answer::AddReason;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{invalid, total_error};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::money::{Area, Money, Ratio};
use crate::params::Params;
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-11.f: not an enterprise in a zone
    LandFeeNotInZone = "LAND_FEE_NOT_IN_ZONE" {
        zh: "{component}({works}):不是开发区企业",
        ko: "{component}({works}): 개발구 기업이 아니다",
        en: "{component}, {works}: not an enterprise in a development zone"
    }
    /// art-11.f: not an industrial enterprise
    LandFeeNotIndustrial = "LAND_FEE_NOT_INDUSTRIAL" {
        zh: "{component}({works}):不是工业企业",
        ko: "{component}({works}): 공업기업이 아니다",
        en: "{component}, {works}: not an industrial enterprise"
    }
    /// art-11.f: not a factory building
    LandFeeNotFactory = "LAND_FEE_NOT_FACTORY" {
        zh: "{component}({works}):不是厂房",
        ko: "{component}({works}): 공장 건물이 아니다",
        en: "{component}, {works}: not a factory building"
    }
    /// art-11.f: not on own land
    LandFeeNotOwnLand = "LAND_FEE_NOT_OWN_LAND" {
        zh: "{component}({works}):未利用自有土地",
        ko: "{component}({works}): 자가 토지를 리용하지 않았다",
        en: "{component}, {works}: not on the enterprise's own land"
    }
    /// art-11.f: not approved
    LandFeeNotApproved = "LAND_FEE_NOT_APPROVED" {
        zh: "{component}({works}):未经批准",
        ko: "{component}({works}): 비준을 거치지 않았다",
        en: "{component}, {works}: not approved (经批准)"
    }
    /// art-11.f: does not conform to the master plan
    LandFeePlanNonconforming = "LAND_FEE_PLAN_NONCONFORMING" {
        zh: "{component}({works}):不符合开发区总体规划",
        ko: "{component}({works}): 개발구 총체계획에 부합하지 않는다",
        en: "{component}, {works}: does not conform to the zone's master plan"
    }
    /// art-11.f: does not conform to the industrial layout
    LandFeeLayoutNonconforming = "LAND_FEE_LAYOUT_NONCONFORMING" {
        zh: "{component}({works}):不符合产业布局",
        ko: "{component}({works}): 산업포치에 부합하지 않는다",
        en: "{component}, {works}: does not conform to the industrial layout"
    }
    /// art-11.f: the land use changes
    LandFeeLandUseChanged = "LAND_FEE_LAND_USE_CHANGED" {
        zh: "{component}({works}):改变了土地用途",
        ko: "{component}({works}): 토지 용도를 변경하였다",
        en: "{component}, {works}: the land use changes (it must stay unchanged)"
    }
    /// art-11.f: the fee is due
    LandFeeDue = "LAND_FEE_DUE" {
        zh: "{component}({works}):不符合免收条件,应缴土地出让金{payable}元",
        ko: "{component}({works}): 면제 조건을 충족하지 않아 토지양도금 {payable}원을 납부하여야 한다",
        en: "{component}, {works}: the exemption's conditions are not met; land-transfer fee due {payable} yuan"
    }
    /// art-11.f: exempt
    LandFeeExempt = "LAND_FEE_EXEMPT" {
        zh: "{component}({works}):经批准利用自有土地建设厂房,符合规划和产业布局且不改变土地用途,不再征收土地出让金(原应缴{base}元)",
        ko: "{component}({works}): 비준을 거쳐 자가 토지에 공장을 건설하고 계획과 산업포치에 부합하며 토지 용도를 변경하지 않으므로 토지양도금을 징수하지 않는다(원래 {base}원)",
        en: "{component}, {works}: approved factory works on own land that conform to the plan and layout and keep the land use: no land-transfer fee is charged (otherwise {base} yuan)"
    }
    /// art-11.f / art-11.g: a fact the rule needs is not recorded
    FeeFactMissing = "FEE_FACT_MISSING" {
        zh: "{component}({works}):`{field}`未记录,是否减免需人工判断",
        ko: "{component}({works}): 항목(`{field}`)이 기록되지 않아 감면 여부는 사람이 판단하여야 한다",
        en: "{component}, {works}: `{field}` is not recorded; a person must decide the relief"
    }
    /// art-11.g: the base is a share of the project's fee
    InfraFeeProrated = "INFRA_FEE_PRORATED" {
        zh: "{component}({works}):按建筑面积{area}平方米分摊项目配套费{projectBase}元,基数{base}元",
        ko: "{component}({works}): 건축면적 {area}㎡에 따라 대상 부대비용 {projectBase}원을 분담하여 기준액은 {base}원이다",
        en: "{component}, {works}: its share of the project fee {projectBase} yuan by gross floor area {area} m² is {base} yuan"
    }
    /// art-11.g: not a zone enterprise
    InfraFeeNotZoneEnterprise = "INFRA_FEE_NOT_ZONE_ENTERPRISE" {
        zh: "{component}({works}):不是开发区企业,全额征收城市基础设施配套费{payable}元",
        ko: "{component}({works}): 개발구 기업이 아니므로 도시기초시설 부대비용 {payable}원을 전액 징수한다",
        en: "{component}, {works}: not an enterprise in a development zone; the full urban infrastructure fee of {payable} yuan is due"
    }
    /// art-11.g: waived
    InfraFeeWaived = "INFRA_FEE_WAIVED" {
        zh: "{component}({works}):通过改建、翻建实施技术改造,免征城市基础设施配套费(基数{base}元,应缴{payable}元)",
        ko: "{component}({works}): 개축·재건축을 통하여 기술개조를 실시하므로 도시기초시설 부대비용을 면제한다(기준액 {base}원, 납부액 {payable}원)",
        en: "{component}, {works}: technical renovation through reconstruction or rebuilding; the urban infrastructure fee is waived (base {base} yuan, payable {payable} yuan)"
    }
    /// art-11.g: 改建/翻建 without technical renovation
    InfraFeeNoTechRenovation = "INFRA_FEE_NO_TECH_RENOVATION" {
        zh: "{component}({works}):未实施技术改造,全额征收城市基础设施配套费{payable}元",
        ko: "{component}({works}): 기술개조를 실시하지 않았으므로 도시기초시설 부대비용 {payable}원을 전액 징수한다",
        en: "{component}, {works}: no technical renovation; the full urban infrastructure fee of {payable} yuan is due"
    }
    /// art-11.g: halved
    InfraFeeHalved = "INFRA_FEE_HALVED" {
        zh: "{component}({works}):扩建、新建,减半征收城市基础设施配套费(基数{base}元,应缴{payable}元)",
        ko: "{component}({works}): 확장건설·신축이므로 도시기초시설 부대비용을 반감하여 징수한다(기준액 {base}원, 납부액 {payable}원)",
        en: "{component}, {works}: extension or new build; the urban infrastructure fee is halved (base {base} yuan, payable {payable} yuan)"
    }
    /// art-11.g: halving needs 提质扩能 (parameter) and it is absent
    InfraFeeNoCapacityUpgrade = "INFRA_FEE_NO_CAPACITY_UPGRADE" {
        zh: "{component}({works}):参数要求减半须提质扩能,本项未提质扩能,全额征收{payable}元",
        ko: "{component}({works}): 매개변수상 반감에는 품질 제고·생산능력 확대가 필요하나 해당되지 않으므로 {payable}원을 전액 징수한다",
        en: "{component}, {works}: the parameters require quality-and-capacity upgrading for halving and there is none; the full fee of {payable} yuan is due"
    }
    /// art-11.g: halving for works recorded as not 提质扩能 (AMB-22)
    InfraFeeHalvingNotCapacityUpgrade = "INFRA_FEE_HALVING_NOT_CAPACITY_UPGRADE" {
        zh: "构件{component}({works})记录为非提质扩能,也未记录为技术改造:按默认解释减半征收(应缴{payable}元),但“通过提质扩能”是否为减半条件原文不明,须人工判断",
        ko: "구성부분({component}, {works})은 질적 향상·능력 확대가 아니라고 기록되였고 기술개조로도 기록되지 않았다. 기본 해석에 따라 절반 징수하나(납부액 {payable}원) ‘질적 향상·능력 확대를 통하여’가 절반 징수의 조건인지는 원문이 분명하지 않으므로 사람이 판단한다",
        en: "component {component} ({works}) is recorded as not capacity upgrading (提质扩能), and not as technical renovation: by the default reading the fee is halved (payable {payable} yuan), but whether 「通过提质扩能」 is a condition of the halving the text leaves unclear, so a person decides"
    }
}

// ---------------------------------------------------------------- art-11.f / art-11.g

stable_enum! {
    /// Kind of works.
    WorksKind {
        /// 改建 (reconstruction).
        Reconstruct = "RECONSTRUCT" { zh: "改建", ko: "개축", en: "reconstruction (改建)" },
        /// 翻建 (rebuilding).
        Rebuild = "REBUILD" { zh: "翻建", ko: "재건축", en: "rebuilding (翻建)" },
        /// 扩建 (extension).
        Extend = "EXTEND" { zh: "扩建", ko: "확장건설", en: "extension (扩建)" },
        /// 新建 (new build).
        New = "NEW" { zh: "新建", ko: "신축", en: "new build (新建)" },
    }
}

impl WorksKind {
    /// The Chinese term of the text.
    #[must_use]
    pub const fn zh(self) -> &'static str {
        match self {
            Self::Reconstruct => "改建",
            Self::Rebuild => "翻建",
            Self::Extend => "扩建",
            Self::New => "新建",
        }
    }
}

stable_enum! {
    /// Which fee a line is about.
    FeeKind {
        /// 土地出让金 (art-11.f).
        LandTransferFee = "LAND_TRANSFER_FEE" { zh: "土地出让金", ko: "토지양도금", en: "land-transfer fee" },
        /// 城市基础设施配套费 (art-11.g).
        UrbanInfraFee = "URBAN_INFRA_FEE" { zh: "城市基础设施配套费", ko: "도시기초시설 부대비용", en: "urban infrastructure fee" },
    }
}

stable_enum! {
    /// What relief a line gets.
    Treatment {
        /// No land-transfer fee is charged (art-11.f).
        Exempt = "EXEMPT" { zh: "不再征收", ko: "징수하지 않음", en: "not charged" },
        /// The infrastructure fee is waived (art-11.g, 改建/翻建 with technical renovation).
        Waived = "WAIVED" { zh: "免征", ko: "면제", en: "waived" },
        /// The infrastructure fee is halved (art-11.g, 扩建/新建).
        Halved = "HALVED" { zh: "减半征收", ko: "반감 징수", en: "halved" },
        /// No relief: the full fee.
        NoRelief = "NO_RELIEF" { zh: "全额征收", ko: "전액 징수", en: "no relief" },
        /// A fact is not recorded: a person decides; `payable` shows the full fee meanwhile.
        Undecided = "UNDECIDED" { zh: "需人工判断", ko: "사람의 판단 필요", en: "for a person to decide" },
    }
}

stable_enum! {
    /// A condition of art-11.f.
    LandFeeCondition {
        /// An enterprise in a zone (开发区…企业).
        InZone = "IN_ZONE" { zh: "开发区企业", ko: "개발구 기업", en: "enterprise in a zone" },
        /// An industrial enterprise (工业企业).
        IndustrialEnterprise = "INDUSTRIAL_ENTERPRISE" { zh: "工业企业", ko: "공업기업", en: "industrial enterprise" },
        /// Works on a factory building (厂房).
        FactoryBuilding = "FACTORY_BUILDING" { zh: "厂房", ko: "공장건물", en: "factory building" },
        /// On the enterprise's own land (自有土地).
        OwnLand = "OWN_LAND" { zh: "自有土地", ko: "자가 토지", en: "own land" },
        /// Approved (经批准).
        Approved = "APPROVED" { zh: "经批准", ko: "비준을 받음", en: "approved" },
        /// Conforms to the zone's master plan (符合开发区总体规划).
        ConformsMasterPlan = "CONFORMS_MASTER_PLAN" { zh: "符合开发区总体规划", ko: "총체계획 부합", en: "conforms to the master plan" },
        /// Conforms to the industrial layout (符合产业布局).
        ConformsIndustryLayout = "CONFORMS_INDUSTRY_LAYOUT" { zh: "符合产业布局", ko: "산업포치 부합", en: "conforms to the industrial layout" },
        /// The land use is unchanged (不改变土地用途).
        LandUseUnchanged = "LAND_USE_UNCHANGED" { zh: "不改变土地用途", ko: "토지 용도 불변", en: "land use unchanged" },
    }
}

/// The enterprise carrying out the works.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an enterprise object with `inZone`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Enterprise {
    /// Whether it is an enterprise in a development zone (开发区企业).
    pub in_zone: bool,
    /// Its zone, for the record.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub zone_id: Option<String>,
    /// Whether it is an industrial enterprise (工业企业, art-11.f); absent when not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub industrial: Option<bool>,
}

/// One component of a construction project. Facts not
/// recorded are left out: a rule that needs one answers NEEDS_HUMAN for that component.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a construction component object with `id` and `kind`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Component {
    /// Id, unique in the project.
    pub id: String,
    /// Kind of works.
    pub kind: WorksKind,
    /// Gross floor area in m² (decimal string), to share a project-level base fee (AMB-21).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub gross_floor_area_m2: Option<Area>,
    /// 实施技术改造 (art-11.g, for 改建/翻建).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub is_technical_renovation: Option<bool>,
    /// 提质扩能 (art-11.g, only read with `halvingRequiresCapacityUpgrade`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub is_capacity_upgrade: Option<bool>,
    /// Works on a factory building (厂房, art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub is_factory_building: Option<bool>,
    /// On the enterprise's own land (art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub on_own_land: Option<bool>,
    /// Approved (经批准, art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub approved: Option<bool>,
    /// Conforms to the zone's master plan (art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub conforms_zone_master_plan: Option<bool>,
    /// Conforms to the industrial layout (art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub conforms_industry_layout: Option<bool>,
    /// Changes the land use (art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub changes_land_use: Option<bool>,
    /// 城市基础设施配套费 before relief, from the local fee schedule (art-11.g).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub base_infra_fee: Option<Money>,
    /// 土地出让金 that would otherwise be due (art-11.f).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub base_land_transfer_fee: Option<Money>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Component {
    name: "Component",
    expecting: "a construction component object with `id` and `kind`",
    blank: Component {
        id: String::new(),
        kind: WorksKind::Reconstruct,
        gross_floor_area_m2: Default::default(),
        is_technical_renovation: Default::default(),
        is_capacity_upgrade: Default::default(),
        is_factory_building: Default::default(),
        on_own_land: Default::default(),
        approved: Default::default(),
        conforms_zone_master_plan: Default::default(),
        conforms_industry_layout: Default::default(),
        changes_land_use: Default::default(),
        base_infra_fee: Default::default(),
        base_land_transfer_fee: Default::default(),
    },
    fields: [
        "id" => id [required],
        "kind" => kind [required],
        "grossFloorAreaM2" => gross_floor_area_m2,
        "isTechnicalRenovation" => is_technical_renovation,
        "isCapacityUpgrade" => is_capacity_upgrade,
        "isFactoryBuilding" => is_factory_building,
        "onOwnLand" => on_own_land,
        "approved" => approved,
        "conformsZoneMasterPlan" => conforms_zone_master_plan,
        "conformsIndustryLayout" => conforms_industry_layout,
        "changesLandUse" => changes_land_use,
        "baseInfraFee" => base_infra_fee,
        "baseLandTransferFee" => base_land_transfer_fee,
    ],
});

impl Component {
    /// A component with its id and kind and no other fact given (each `None` until set):
    /// `Component { base_infra_fee: Some(fee), ..Component::new("A", WorksKind::New) }`.
    #[must_use]
    pub fn new(id: impl Into<String>, kind: WorksKind) -> Self {
        Self {
            id: id.into(),
            kind,
            gross_floor_area_m2: None,
            is_technical_renovation: None,
            is_capacity_upgrade: None,
            is_factory_building: None,
            on_own_land: None,
            approved: None,
            conforms_zone_master_plan: None,
            conforms_industry_layout: None,
            changes_land_use: None,
            base_infra_fee: None,
            base_land_transfer_fee: None,
        }
    }
}

/// A construction project: the input of art-11.f, art-11.g and the fee calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `enterprise` and `components`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ConstructionInput {
    /// The enterprise.
    pub enterprise: Enterprise,
    /// One infrastructure fee for the whole project, shared among the components by gross
    /// floor area (`PRORATE_BY_GFA`); then no component may carry its own `baseInfraFee`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub project_base_infra_fee: Option<Money>,
    /// The components (at least one).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub components: Vec<Component>,
}

/// One line of a fee calculation: one fee of one component.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct FeeLine {
    /// The component.
    pub component_id: String,
    /// Its kind of works.
    pub kind: WorksKind,
    /// The fee.
    pub fee: FeeKind,
    /// The rule applied (`art-11.f` or `art-11.g`).
    pub rule_id: &'static str,
    /// The relief.
    pub treatment: Treatment,
    /// The fee before relief.
    pub base: Money,
    /// The share of the base waived (`"1"`, `"0.5"`, `"0"`).
    pub relief_ratio: Ratio,
    /// The amount waived: `base − payable`.
    pub relief: Money,
    /// The amount due: `base × (1 − reliefRatio)`, rounded half up to the fen.
    pub payable: Money,
    /// The component's gross floor area, when the base is its share of a project-level fee.
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub gross_floor_area_m2: Option<Area>,
    /// Conditions of art-11.f that failed (empty for art-11.g).
    pub failed_conditions: Vec<LandFeeCondition>,
    /// Facts not recorded that the rule needs (their input field names).
    pub missing_facts: Vec<&'static str>,
}

/// Totals of fee lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeTotals {
    /// Σ base.
    pub base: Money,
    /// Σ relief.
    pub relief: Money,
    /// Σ payable.
    pub payable: Money,
}

impl FeeTotals {
    /// The totals of `lines`.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` at `path` when a total exceeds [`Money::MAX`].
    pub fn of(lines: &[FeeLine], path: &str) -> Result<Self, Error> {
        let sum = |f: fn(&FeeLine) -> Money, what: crate::words::Label| {
            Money::sum(lines.iter().map(f)).ok_or_else(|| total_error(path, what))
        };
        Ok(Self {
            base: sum(
                |l| l.base,
                crate::words::Label {
                    zh: "基础费用",
                    ko: "기본 비용",
                    en: "the base fees",
                },
            )?,
            relief: sum(
                |l| l.relief,
                crate::words::Label {
                    zh: "减免额",
                    ko: "감면액",
                    en: "the reliefs",
                },
            )?,
            payable: sum(
                |l| l.payable,
                crate::words::Label {
                    zh: "应缴费用",
                    ko: "납부할 비용",
                    en: "the payable fees",
                },
            )?,
        })
    }
}

/// The fee lines of one rule and their totals.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeDetail {
    /// One line per component.
    pub lines: Vec<FeeLine>,
    /// Totals.
    pub totals: FeeTotals,
}

/// Checks the component list: not empty, ids unique and not blank.
///
/// # Errors
/// `INVALID_INPUT` naming the component.
pub fn check_components(input: &ConstructionInput) -> Result<(), Error> {
    if input.components.is_empty() {
        return Err(invalid(
            "input.components",
            crate::error::Problem::InvalidValue,
            text!(zh: "至少需要一个建设组成部分", ko: "건설 구성 부분이 하나 이상 있어야 합니다", en: "at least one component is required"),
        ));
    }
    for (i, c) in input.components.iter().enumerate() {
        if c.id.trim().is_empty() {
            return Err(invalid(
                format!("input.components[{i}].id"),
                crate::error::Problem::InvalidValue,
                text!(zh: "组成部分标识不能为空", ko: "구성 부분 식별자는 비여 있을 수 없습니다", en: "a component id must not be empty"),
            ));
        }
        if input.components.iter().take(i).any(|o| o.id == c.id) {
            let id = &c.id;
            return Err(invalid(
                format!("input.components[{i}].id"),
                crate::error::Problem::Duplicate,
                text!(zh: "组成部分标识 `{id}` 重复", ko: "구성 부분 식별자 `{id}`가 두 번 나옵니다", en: "duplicate component id `{id}`"),
            ));
        }
    }
    Ok(())
}

/// A line with `payable = base × (1 − relief)` rounded half up.
fn line(
    c: &Component,
    fee: FeeKind,
    rule: RuleId,
    treatment: Treatment,
    base: Money,
    relief: Ratio,
) -> FeeLine {
    let payable = base.mul_ratio(relief.complement());
    FeeLine {
        component_id: c.id.clone(),
        kind: c.kind,
        fee,
        rule_id: rule.as_str(),
        treatment,
        base,
        relief_ratio: relief,
        relief: base.saturating_sub(payable),
        payable,
        gross_floor_area_m2: None,
        failed_conditions: Vec::new(),
        missing_facts: Vec::new(),
    }
}

fn fee_outcome(lines: &[FeeLine]) -> Outcome {
    if lines.iter().any(|l| l.treatment == Treatment::Undecided) {
        Outcome::NeedsHuman
    } else {
        Outcome::Computed
    }
}

/// art-11.f: the land-transfer fee of each component.
///
/// # Errors
/// `INVALID_INPUT` naming the field for an empty or duplicate component list or a component
/// without `baseLandTransferFee`; `OUT_OF_RANGE` when a total exceeds the money limit.
pub fn land_transfer_fee(
    input: &ConstructionInput,
    params: &Params,
) -> Result<Answer<FeeDetail>, Error> {
    let _ = params;
    let rule = RuleId::ART_11_F;
    check_components(input)?;
    let ent = &input.enterprise;
    let mut lines = Vec::new();
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    for (i, c) in input.components.iter().enumerate() {
        let base = c.base_land_transfer_fee.ok_or_else(|| {
            invalid(
                format!("input.components[{i}].baseLandTransferFee"),
                crate::error::Problem::MissingField,
                text!(zh: "art-11.f 需要:本应缴纳的土地出让金(没有时写 \"0.00\")", ko: "art-11.f에 필요합니다: 원래 내야 할 토지양도금(없으면 \"0.00\")", en: "required by art-11.f: the land-transfer fee that would otherwise be due (\"0.00\" when none)"),
            )
        })?;
        let at = |code| {
            Reason::new(code, rule)
                .with("component", c.id.clone())
                .with("works", c.kind.as_str())
        };
        let conds: [(LandFeeCondition, Option<bool>, &'static str, C); 8] = [
            (
                LandFeeCondition::InZone,
                Some(ent.in_zone),
                "enterprise.inZone",
                C::LandFeeNotInZone,
            ),
            (
                LandFeeCondition::IndustrialEnterprise,
                ent.industrial,
                "enterprise.industrial",
                C::LandFeeNotIndustrial,
            ),
            (
                LandFeeCondition::FactoryBuilding,
                c.is_factory_building,
                "isFactoryBuilding",
                C::LandFeeNotFactory,
            ),
            (
                LandFeeCondition::OwnLand,
                c.on_own_land,
                "onOwnLand",
                C::LandFeeNotOwnLand,
            ),
            (
                LandFeeCondition::Approved,
                c.approved,
                "approved",
                C::LandFeeNotApproved,
            ),
            (
                LandFeeCondition::ConformsMasterPlan,
                c.conforms_zone_master_plan,
                "conformsZoneMasterPlan",
                C::LandFeePlanNonconforming,
            ),
            (
                LandFeeCondition::ConformsIndustryLayout,
                c.conforms_industry_layout,
                "conformsIndustryLayout",
                C::LandFeeLayoutNonconforming,
            ),
            (
                LandFeeCondition::LandUseUnchanged,
                c.changes_land_use.map(|x| !x),
                "changesLandUse",
                C::LandFeeLandUseChanged,
            ),
        ];
        let mut failed = Vec::new();
        let mut missing = Vec::new();
        for (cond, value, field, code) in conds {
            match value {
                Some(true) => {}
                Some(false) => {
                    failed.push(cond);
                    reasons.add(at(code));
                }
                None => missing.push(field),
            }
        }
        let mut l = if !failed.is_empty() {
            reasons.add(at(C::LandFeeDue).with("payable", base));
            line(
                c,
                FeeKind::LandTransferFee,
                rule,
                Treatment::NoRelief,
                base,
                Ratio::ZERO,
            )
        } else if !missing.is_empty() {
            for field in &missing {
                needs_human.add(at(C::FeeFactMissing).with("field", *field));
            }
            line(
                c,
                FeeKind::LandTransferFee,
                rule,
                Treatment::Undecided,
                base,
                Ratio::ZERO,
            )
        } else {
            reasons.add(at(C::LandFeeExempt).with("base", base));
            line(
                c,
                FeeKind::LandTransferFee,
                rule,
                Treatment::Exempt,
                base,
                Ratio::ONE,
            )
        };
        l.failed_conditions = failed;
        l.missing_facts = missing;
        lines.push(l);
    }
    let totals = FeeTotals::of(&lines, "input.components")?;
    Ok(Answer {
        rule_id: rule,
        outcome: fee_outcome(&lines),
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail: FeeDetail { lines, totals },
    })
}

/// The base infrastructure fee of each component: its own, or its share of the project's by
/// gross floor area (largest remainder, so the shares add up to the project fee exactly).
///
/// # Errors
/// `INVALID_INPUT` naming the field when a base is missing or given twice, or an area is missing.
pub fn infra_fee_bases(input: &ConstructionInput) -> Result<Vec<(Money, Option<Area>)>, Error> {
    let Some(total) = input.project_base_infra_fee else {
        return input
            .components
            .iter()
            .enumerate()
            .map(|(i, c)| {
                c.base_infra_fee.map(|b| (b, None)).ok_or_else(|| {
                    invalid(
                        format!("input.components[{i}].baseInfraFee"),
                        crate::error::Problem::MissingField,
                        text!(zh: "art-11.g 需要:减免前的城市基础设施配套费(或给出 `projectBaseInfraFee` 及各组成部分的 `grossFloorAreaM2`)", ko: "art-11.g에 필요합니다: 감면 전의 도시기초시설 부대비용(또는 `projectBaseInfraFee`와 각 구성 부분의 `grossFloorAreaM2`)", en: "required by art-11.g: the infrastructure fee before relief (or give `projectBaseInfraFee` and each component's `grossFloorAreaM2`)"),
                    )
                })
            })
            .collect();
    };
    let mut areas = Vec::new();
    for (i, c) in input.components.iter().enumerate() {
        if c.base_infra_fee.is_some() {
            return Err(invalid(
                format!("input.components[{i}].baseInfraFee"),
                crate::error::Problem::Inconsistent,
                text!(zh: "给出 `projectBaseInfraFee` 时不得再给:项目费用按建筑面积分摊", ko: "`projectBaseInfraFee`와 함께 쓸 수 없습니다. 대상 비용은 건축면적에 따라 나눕니다", en: "not allowed with `projectBaseInfraFee`: the project fee is shared by gross floor area"),
            ));
        }
        let area = c.gross_floor_area_m2.ok_or_else(|| {
            invalid(
                format!("input.components[{i}].grossFloorAreaM2"),
                crate::error::Problem::MissingField,
                text!(zh: "按建筑面积分摊 `projectBaseInfraFee` 所必需", ko: "`projectBaseInfraFee`를 건축면적에 따라 나누는 데 필요합니다", en: "required to share `projectBaseInfraFee` by gross floor area"),
            )
        })?;
        areas.push(area);
    }
    let whole: u128 = areas.iter().map(|a| u128::from(a.hundredths())).sum();
    if whole == 0 {
        return Err(invalid(
            "input.components",
            crate::error::Problem::Inconsistent,
            text!(zh: "各组成部分的建筑面积合计为零:无法分摊 `projectBaseInfraFee`", ko: "구성 부분들의 건축면적 합계가 0이여서 `projectBaseInfraFee`를 나눌 수 없습니다", en: "the components' gross floor areas add up to zero: `projectBaseInfraFee` cannot be shared"),
        ));
    }
    let t = u128::from(total.fen().unsigned_abs());
    let mut shares: Vec<(u128, u128, usize)> = areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let p = t * u128::from(a.hundredths());
            (p / whole, p % whole, i)
        })
        .collect();
    let given: u128 = shares.iter().map(|s| s.0).sum();
    let mut left = t.saturating_sub(given);
    let order = crate::order::order_by(shares.len(), &|a, b| {
        let ra = shares.get(a).map_or(0, |s| s.1);
        let rb = shares.get(b).map_or(0, |s| s.1);
        rb.cmp(&ra).then(a.cmp(&b))
    });
    for i in order {
        if left == 0 {
            break;
        }
        if let Some(s) = shares.get_mut(i) {
            s.0 += 1;
            left -= 1;
        }
    }
    Ok(shares
        .iter()
        .zip(areas)
        .map(|(s, a)| {
            let fen = i64::try_from(s.0).unwrap_or(i64::MAX);
            (Money::from_fen(fen).unwrap_or(Money::MAX), Some(a))
        })
        .collect())
}

/// The payable fees of components sharing one project fee `total` (art-11.g, AMB-21), made
/// exact for the project: the project pays its fee less each part's relief worked out on its
/// exact share (`total × area / all areas × (1 − relief)`), rounded half up once for the whole
/// project, and the fen are given to the lines by largest remainder (then in the order given),
/// never above a line's base. Rounding each line's share and then its halving again made a
/// halved 1,000,000.00 payable as 500,000.01, and the order of the components change it.
/// Amounts so large that the exact sums would overflow 128 bits keep the lines' own rounding.
fn settle_shared(lines: &mut [FeeLine], total: Money) {
    let scale = u128::from(crate::money::RATIO_SCALE);
    let t = u128::from(total.fen().unsigned_abs());
    let areas: Option<Vec<u128>> = lines
        .iter()
        .map(|l| l.gross_floor_area_m2.map(|a| u128::from(a.hundredths())))
        .collect();
    let Some(areas) = areas else { return };
    let whole: u128 = areas.iter().sum();
    let Some(denom) = whole.checked_mul(scale).filter(|d| *d > 0) else {
        return;
    };
    let mut nums = Vec::with_capacity(lines.len());
    for (l, a) in lines.iter().zip(&areas) {
        let keep = u128::from(l.relief_ratio.complement().billionths());
        let Some(num) = t.checked_mul(*a).and_then(|n| n.checked_mul(keep)) else {
            return;
        };
        nums.push(num);
    }
    distribute(lines, &nums, denom);
}

/// The payable fees of components each with its own fee, made exact for the project as
/// [`settle_shared`] makes them: the relief is the project's (「减半征收」 halves the project's
/// fee), worked out on each line's exact `base × (1 − relief)`, rounded half up once, the fen
/// given by largest remainder. Rounding each line on its own made two halved 0.01 lines pay
/// 0.02, and a hundred halved 1.01 lines 51.00 where their 101.00 halved is 50.50.
fn settle_own(lines: &mut [FeeLine]) {
    let scale = u128::from(crate::money::RATIO_SCALE);
    let nums: Option<Vec<u128>> = lines
        .iter()
        .map(|l| {
            let base = u128::from(l.base.fen().unsigned_abs());
            base.checked_mul(u128::from(l.relief_ratio.complement().billionths()))
        })
        .collect();
    if let Some(nums) = nums {
        distribute(lines, &nums, scale);
    }
}

/// Each line's payable fen from its exact amount `nums[i] / denom`: their sum rounded half up
/// once, the floors first, then a fen each by largest remainder (then in the order given),
/// never above a line's base. Nothing changes when a sum would overflow.
fn distribute(lines: &mut [FeeLine], nums: &[u128], denom: u128) {
    let mut parts = Vec::with_capacity(nums.len());
    let mut sum: u128 = 0;
    for num in nums {
        let Some(s) = sum.checked_add(*num) else {
            return;
        };
        sum = s;
        parts.push((num / denom, num % denom));
    }
    let Some(target) = sum
        .checked_mul(2)
        .and_then(|n| n.checked_add(denom))
        .map(|n| n / (2 * denom))
    else {
        return;
    };
    let floors: u128 = parts.iter().map(|p| p.0).sum();
    let mut left = target.saturating_sub(floors);
    let order = crate::order::order_by(parts.len(), &|a, b| {
        let ra = parts.get(a).map_or(0, |p| p.1);
        let rb = parts.get(b).map_or(0, |p| p.1);
        rb.cmp(&ra).then(a.cmp(&b))
    });
    for i in order {
        if left == 0 {
            break;
        }
        let (Some(p), Some(l)) = (parts.get_mut(i), lines.get(i)) else {
            continue;
        };
        if p.1 > 0 && p.0 < u128::from(l.base.fen().unsigned_abs()) {
            p.0 += 1;
            left -= 1;
        }
    }
    for (l, p) in lines.iter_mut().zip(parts) {
        let fen = i64::try_from(p.0).unwrap_or(i64::MAX);
        l.payable = Money::from_fen(fen).unwrap_or(Money::MAX).min(l.base);
        l.relief = l.base.saturating_sub(l.payable);
    }
}

/// art-11.g: the urban infrastructure fee of each component.
///
/// # Errors
/// `INVALID_INPUT` naming the field for an empty or duplicate component list or a missing base;
/// `OUT_OF_RANGE` when a total exceeds the money limit.
pub fn infra_fee(input: &ConstructionInput, params: &Params) -> Result<Answer<FeeDetail>, Error> {
    let rule = RuleId::ART_11_G;
    check_components(input)?;
    let bases = infra_fee_bases(input)?;
    let ent = &input.enterprise;
    let mut lines = Vec::new();
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let tech = params.infra_fee_waiver_tech_renovation;
    let half = params.infra_fee_waiver_extend_or_new;
    let mut review: Vec<&str> = Vec::new();
    let mut codes = Vec::new();
    for (c, (base, area)) in input.components.iter().zip(bases) {
        let mut missing = Vec::new();
        let (treatment, ratio, code) = if !ent.in_zone {
            (
                Treatment::NoRelief,
                Ratio::ZERO,
                C::InfraFeeNotZoneEnterprise,
            )
        } else {
            match c.kind {
                WorksKind::Reconstruct | WorksKind::Rebuild => match c.is_technical_renovation {
                    Some(true) => (Treatment::Waived, tech, C::InfraFeeWaived),
                    Some(false) => (
                        Treatment::NoRelief,
                        Ratio::ZERO,
                        C::InfraFeeNoTechRenovation,
                    ),
                    None => {
                        missing.push("isTechnicalRenovation");
                        (Treatment::Undecided, Ratio::ZERO, C::FeeFactMissing)
                    }
                },
                WorksKind::Extend | WorksKind::New => {
                    if params.halving_requires_capacity_upgrade {
                        match c.is_capacity_upgrade {
                            Some(true) => (Treatment::Halved, half, C::InfraFeeHalved),
                            Some(false) => (
                                Treatment::NoRelief,
                                Ratio::ZERO,
                                C::InfraFeeNoCapacityUpgrade,
                            ),
                            None => {
                                missing.push("isCapacityUpgrade");
                                (Treatment::Undecided, Ratio::ZERO, C::FeeFactMissing)
                            }
                        }
                    } else if c.is_capacity_upgrade == Some(false)
                        && c.is_technical_renovation != Some(true)
                    {
                        // AMB-22: the default halves it, but the text's lead-in 「通过提质扩能」
                        // may be a condition: for works known not to be 提质扩能 a person decides.
                        review.push(c.id.as_str());
                        (Treatment::Halved, half, C::InfraFeeHalved)
                    } else {
                        (Treatment::Halved, half, C::InfraFeeHalved)
                    }
                }
            }
        };
        let mut l = line(c, FeeKind::UrbanInfraFee, rule, treatment, base, ratio);
        l.gross_floor_area_m2 = area;
        l.missing_facts = missing;
        codes.push((code, review.last() == Some(&c.id.as_str())));
        lines.push(l);
    }
    if let Some(total) = input.project_base_infra_fee {
        settle_shared(&mut lines, total);
    } else {
        settle_own(&mut lines);
    }
    for ((c, l), (code, reviewed)) in input.components.iter().zip(&lines).zip(codes) {
        let at = |code| {
            Reason::new(code, rule)
                .with("base", l.base)
                .with("component", c.id.clone())
                .with("works", c.kind.as_str())
        };
        if let (Some(a), Some(total)) = (l.gross_floor_area_m2, input.project_base_infra_fee) {
            reasons.add(
                at(C::InfraFeeProrated)
                    .with("area", format!("{a}"))
                    .with("projectBase", total),
            );
        }
        if l.treatment == Treatment::Undecided {
            for field in &l.missing_facts {
                needs_human.add(at(C::FeeFactMissing).with("field", *field));
            }
        } else {
            reasons.add(
                at(code)
                    .with("payable", l.payable)
                    .with("ratio", l.relief_ratio),
            );
        }
        if reviewed {
            needs_human.add(at(C::InfraFeeHalvingNotCapacityUpgrade).with("payable", l.payable));
        }
    }
    let totals = FeeTotals::of(&lines, "input.components")?;
    let mut used = ParamsUsed::new();
    used.set(
        "halvingRequiresCapacityUpgrade",
        params.halving_requires_capacity_upgrade.into(),
    );
    used.set(
        "infraFeeMixedProjectMethod",
        params.infra_fee_mixed_project_method.as_str().into(),
    );
    used.set("infraFeeWaiverExtendOrNew", half.into());
    used.set("infraFeeWaiverTechRenovation", tech.into());
    let outcome = if review.is_empty() {
        fee_outcome(&lines)
    } else {
        Outcome::NeedsHuman
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: FeeDetail { lines, totals },
    })
}

computed! {
    /// art-11.f as a computed rule ([`land_transfer_fee`]).
    LandTransferFee: ART_11_F(ConstructionInput) -> FeeDetail = land_transfer_fee;
    outcomes: [Computed, NeedsHuman];
}
computed! {
    /// art-11.g as a computed rule ([`infra_fee`]).
    InfraFee: ART_11_G(ConstructionInput) -> FeeDetail = infra_fee;
    outcomes: [Computed, NeedsHuman];
}
