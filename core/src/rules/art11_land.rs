//! (十一) 严格土地利用管理: land use.
//!
//! * art-11.b: the land intensive-use evaluation cycle (「三年一次全面评价,一年一次更新评价」):
//!   which kind is due in a year and whether it was done, from the register's `landEvaluations`.
//!   The cycle is anchored on the zone's earliest FULL evaluation on record, or on
//!   `landEvalAnchorYear` when the national cycle year is known (AMB-19).
//! * art-11.e: the 5-year grace for reusing existing industrial property; the last day of the
//!   grace is `anchor + 5 years` by the period arithmetic of catalog §6.1 (29 February + 5 years
//!   = 28 February) and is itself inside the grace.
//! * art-11.f: no land-transfer fee for approved own-land factory works that keep the land use;
//!   each failed condition is a reason, each unrecorded one is for a person.
//! * art-11.g: the urban infrastructure fee, per component of a project: waived for 改建/翻建
//!   with technical renovation, halved for 扩建/新建, full otherwise.
//!
//! Money is exact (`crate::money`): payable = base × (1 − waiver) rounded half up to the fen,
//! relief = base − payable, so `0 ≤ payable ≤ base` always holds.
//!
//! art-11.a (land in the county plan, major projects' land guaranteed), art-11.c (priority for
//! land-efficient zones) and art-11.d (clean-up working groups) stay as they are in the registry:
//! the text gives no computable condition beyond "done" for 11.a and 11.d, and 11.c's
//! 「成效明显」 has no measure in the text.

use crate::dates::IsoDate;
use crate::num::Year;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::common::{about, first_full_year, on_zone};
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::{Error, ErrorCode};
use crate::messages::ReasonCode as C;
use crate::money::{Area, Money, Ratio};
use crate::params::{LandGraceAnchor, Params};
use crate::period::add_years;
use crate::register::{LandEvaluationKind, Register, ValidRegister, Zone};

/// art-11.a: Zone land in county land-use plan; guarantee land for major projects
pub static ART_11_A: RuleMeta = RuleMeta {
    id: "art-11.a",
    title: "Zone land in county land-use plan; guarantee land for major projects",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "各开发区用地纳入所在县(市)用地规划,有效保障开发区内重大项目用地需求。",
    extra_quotes: &[],
    en: "Zone land is included in the land-use plan of the host county (city); land demand of major projects in zones is effectively guaranteed.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-11.b: Land intensive-use evaluation: full every 3 years, update every year
pub static ART_11_B: RuleMeta = RuleMeta {
    id: "art-11.b",
    title: "Land intensive-use evaluation: full every 3 years, update every year",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::RecurringDuty],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES"],
    owed_by: OwedBy::ClauseList,
    quote: "按照“三年一次全面评价,一年一次更新评价”工作要求,加强开发区土地集约利用评价结果运用",
    extra_quotes: &[],
    en: "In line with the requirement of 'a full evaluation once every three years and an update evaluation once a year', strengthen the use of zones' land intensive-use evaluation results.",
    ko: Some("“3년에 1회 전면 평가, 1년에 1회 갱신 평가” 업무 요구에 따라 개발구 토지 집약 이용 평가 결과의 활용을 강화한다"),
    ambiguities: &["AMB-19"],
    evaluation: Evaluation::Function,
};

/// art-11.c: Priority for expansion/adjustment to land-efficient zones
pub static ART_11_C: RuleMeta = RuleMeta {
    id: "art-11.c",
    title: "Priority for expansion/adjustment to land-efficient zones",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Encouraged,
    bearers: &["AG.NATRES"],
    owed_by: OwedBy::Nobody,
    quote: "优先支持土地节约集约利用成效明显的开发区扩区、调区。",
    extra_quotes: &[],
    en: "Give priority support to expansion and boundary-adjustment of zones with marked results in economical and intensive land use.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("an advisory priority ordering; not yet encoded"),
};

/// art-11.d: Two-level project clean-up working groups; recover idle land
pub static ART_11_D: RuleMeta = RuleMeta {
    id: "art-11.d",
    title: "Two-level project clean-up working groups; recover idle land",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "加大低效用地退出与再开发力度,组建州、县(市)两级项目清理工作组,专项解决停建项目和停产、半停产企业,盘活存量资产,收回闲置土地。",
    extra_quotes: &[],
    en: "Intensify exit and redevelopment of inefficiently used land; set up project clean-up working groups at prefecture and county levels to deal specifically with stalled projects and halted or semi-halted enterprises, revitalise existing assets and recover idle land.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-11.e: 5-year grace period for reusing existing industrial property
pub static ART_11_E: RuleMeta = RuleMeta {
    id: "art-11.e",
    title: "5-year grace period for reusing existing industrial property",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::EligibilityCheck, Kind::Deadline],
    strength: Strength::Permissive,
    bearers: &["AG.NATRES"],
    owed_by: OwedBy::Nobody,
    quote: "利用存量工业房产发展生产性服务业以及兴办创客空间、创新工场等众创空间的,可在5年内继续按原用途和土地权利类型使用土地,5年期满或涉及转让需办理相关用地手续的,可按新用途、新权利类型、市场价格,以协议方式办理。",
    extra_quotes: &[],
    en: "Where existing industrial property is used to develop producer services or to run maker spaces, innovation factories and other mass-innovation spaces, the land may continue to be used under its original use and type of land right for 5 years. When the 5 years expire, or where a transfer requires land procedures, the procedures may be completed by agreement (协议方式) at the new use, new right type and market price.",
    ko: Some("기존 공업용 부동산을 이용하여 생산성 서비스업을 발전시키거나 창업공간, 혁신공장 등 대중창업공간을 설립하는 경우 5년 내에는 원래의 용도와 토지권리 유형에 따라 계속 토지를 사용할 수 있으며, 5년 만료 또는 양도로 관련 용지 수속을 밟아야 하는 경우 새 용도, 새 권리 유형, 시장가격에 따라 협의 방식으로 처리할 수 있다."),
    ambiguities: &["AMB-20"],
    evaluation: Evaluation::Function,
};

/// art-11.f: No land-transfer fee for approved self-land rebuilds that keep the land use
pub static ART_11_F: RuleMeta = RuleMeta {
    id: "art-11.f",
    title: "No land-transfer fee for approved self-land rebuilds that keep the land use",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区工业企业利用自有土地改建、翻建、扩建、新建厂房,经批准,对符合开发区总体规划和产业布局且不改变土地用途的,不再征收土地出让金。",
    extra_quotes: &[],
    en: "Industrial enterprises in zones are encouraged to reconstruct, rebuild, extend or newly build factory buildings on their own land. Where approved, and where the works conform to the zone's master plan and industrial layout and do not change the land use, no further land-transfer fee (land premium) is charged.",
    ko: Some("개발구 공업기업이 자가 토지를 이용하여 공장을 개축, 재건축, 증축, 신축하는 것을 장려하며, 비준을 거쳐 개발구 총체계획과 산업 배치에 부합하고 토지 용도를 변경하지 않는 경우 토지양도금을 더 이상 징수하지 않는다."),
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-11.g: Urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建)
pub static ART_11_G: RuleMeta = RuleMeta {
    id: "art-11.g",
    title: "Urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建)",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.HOUSING", "AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区企业通过提质扩能提高自主创新能力,对企业通过改建、翻建实施技术改造的,免征城市基础设施配套费;对扩建、新建的,减半征收城市基础设施配套费。",
    extra_quotes: &[],
    en: "Zone enterprises are encouraged to improve quality and expand capacity to raise independent-innovation capability. Where an enterprise carries out technical renovation through reconstruction (改建) or rebuilding (翻建), the urban infrastructure supporting fee (城市基础设施配套费) is waived. For extensions (扩建) and new builds (新建), the fee is halved.",
    ko: Some("개발구 기업이 품질 제고와 생산능력 확대를 통하여 자주혁신능력을 높이도록 장려하며, 기업이 개축·재건축을 통하여 기술개조를 실시하는 경우 도시기초시설 부대비용을 면제하고, 증축·신축하는 경우 도시기초시설 부대비용을 반감하여 징수한다."),
    ambiguities: &["AMB-21", "AMB-22"],
    evaluation: Evaluation::Function,
};

fn invalid(path: impl Into<String>, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::InvalidInput, path, message)
}

fn options_error(path: &str, message: &str) -> Error {
    Error::new(ErrorCode::InvalidOptions, path, message)
}

fn total_error(path: &str, what: &str) -> Error {
    Error::new(
        ErrorCode::OutOfRange,
        path,
        format!(
            "the total of {what} is above the limit of {} yuan",
            Money::MAX
        ),
    )
}

// ---------------------------------------------------------------- art-11.b

/// A question about one zone's land evaluations in one year.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `zoneId` and `year`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct LandEvalInput {
    /// The register (its `landEvaluations`).
    pub register: Register,
    /// The zone.
    pub zone_id: String,
    /// The calendar year asked about.
    pub year: Year,
    /// The date the answer is for: evaluations completed after it are not known yet, and a year
    /// still running is pending rather than missed. Omitted: the year is judged as complete.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
}

/// art-11.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct LandEvalDetail {
    /// The zone.
    pub zone_id: String,
    /// The year.
    pub year: i32,
    /// The first year of the cycle.
    pub anchor_year: i32,
    /// Where the anchor comes from: `PARAMETER`, `EARLIEST_FULL_ON_RECORD` or
    /// `FIRST_FULL_YEAR_AFTER_ISSUE`.
    pub anchor_basis: &'static str,
    /// The evaluation due in the year: `FULL`, `UPDATE`, or `null` when none is due.
    pub evaluation_due: Option<LandEvaluationKind>,
    /// The kinds on record for the year (known on `asOf`).
    pub on_record: Vec<LandEvaluationKind>,
    /// Whether what is due was done (`null` when nothing is due).
    pub satisfied: Option<bool>,
}

/// What the cycle asks for in `year`, from `anchor`: `FULL` every `full` years, `UPDATE` every
/// `update` years in between, nothing otherwise (or before the anchor).
#[must_use]
pub fn land_eval_required(
    year: i32,
    anchor: i32,
    full: u32,
    update: u32,
) -> Option<LandEvaluationKind> {
    let since = i64::from(year) - i64::from(anchor);
    if since < 0 {
        None
    } else if since % i64::from(full.max(1)) == 0 {
        Some(LandEvaluationKind::Full)
    } else if since % i64::from(update.max(1)) == 0 {
        Some(LandEvaluationKind::Update)
    } else {
        None
    }
}

/// art-11.b for a zone of a validated register.
///
/// # Errors
/// `INVALID_OPTIONS` for a cycle of 0 years.
pub fn land_evaluation(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Result<Answer<LandEvalDetail>, Error> {
    let rule = RuleId::ART_11_B;
    let full = params.land_eval_full_cycle_years;
    let update = params.land_eval_update_cycle_years;
    if full == 0 {
        return Err(options_error(
            "options.params.landEvalFullCycleYears",
            "must be at least 1",
        ));
    }
    if update == 0 {
        return Err(options_error(
            "options.params.landEvalUpdateCycleYears",
            "must be at least 1",
        ));
    }
    let known = |completed: Option<NaiveDate>| match (completed, as_of) {
        (Some(c), Some(a)) => c <= a,
        _ => true,
    };
    let evals: Vec<_> = reg
        .land_evaluations
        .iter()
        .filter(|e| e.zone_id == zone.id && known((e.completed_date).map(IsoDate::get)))
        .collect();
    let earliest_full = evals
        .iter()
        .filter(|e| e.kind == LandEvaluationKind::Full)
        .map(|e| e.year)
        .min();
    let (anchor, basis) = match (params.land_eval_anchor_year, earliest_full) {
        (Some(y), _) => (y.get(), "PARAMETER"),
        (None, Some(y)) => (y.get(), "EARLIEST_FULL_ON_RECORD"),
        (None, None) => (
            first_full_year(*reg.issue_date),
            "FIRST_FULL_YEAR_AFTER_ISSUE",
        ),
    };
    let required = land_eval_required(year, anchor, full, update);
    let mut on_record: Vec<LandEvaluationKind> = evals
        .iter()
        .filter(|e| e.year == year)
        .map(|e| e.kind)
        .collect();
    on_record.sort_unstable();
    on_record.dedup();
    let has_full = on_record.contains(&LandEvaluationKind::Full);
    let has_any = !on_record.is_empty();
    let base = |code| {
        about(Reason::new(code, rule), zone)
            .with("year", year)
            .with("anchorYear", anchor)
    };
    let mut reasons = Vec::new();
    let satisfied = match required {
        None if year < anchor => {
            reasons.push(base(C::LandEvalNotYetDue));
            None
        }
        None => {
            reasons.push(base(C::LandEvalNoneDue).with("updateCycle", update));
            None
        }
        Some(kind) => {
            let (due_code, ok) = match kind {
                LandEvaluationKind::Full => (C::LandEvalFullDue, has_full),
                LandEvaluationKind::Update => (C::LandEvalUpdateDue, has_any),
            };
            reasons.push(base(due_code).with("fullCycle", full));
            if ok {
                reasons.push(base(if has_full {
                    C::LandEvalSatisfiedByFull
                } else {
                    C::LandEvalSatisfiedByUpdate
                }));
            } else {
                reasons.push(base(match kind {
                    LandEvaluationKind::Full if has_any => C::LandEvalOnlyUpdateOnRecord,
                    LandEvaluationKind::Full => C::LandEvalFullMissing,
                    LandEvaluationKind::Update => C::LandEvalUpdateMissing,
                }));
            }
            Some(ok)
        }
    };
    let in_progress = as_of.is_some_and(|a| a.year() <= year);
    let outcome = match satisfied {
        None if year < anchor => Outcome::NotYetApplicable,
        None | Some(true) => Outcome::Compliant,
        Some(false) if in_progress => {
            if let Some(a) = as_of {
                reasons.push(base(C::LandEvalYearInProgress).with("asOf", a));
            }
            Outcome::Pending
        }
        Some(false) => Outcome::NonCompliant,
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.insert("landEvalFullCycleYears", full.into());
    used.insert("landEvalUpdateCycleYears", update.into());
    // Unset (null): the earliest FULL evaluation on record, else the first full year (AMB-19);
    // the answer's `anchorBasis` says which.
    used.insert("landEvalAnchorYear", params.land_eval_anchor_year.into());
    let (outcome, reasons, required, satisfied) =
        match super::common::absent_in_year(rule, zone, year) {
            Some(r) => (Outcome::NotApplicable, alloc::vec![r], None, None),
            None => (outcome, reasons, required, satisfied),
        };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human: Vec::new(),
        params_used: used,
        detail: LandEvalDetail {
            zone_id: zone.id.clone(),
            year,
            anchor_year: anchor,
            anchor_basis: basis,
            evaluation_due: required,
            on_record,
            satisfied,
        },
    })
}

// ---------------------------------------------------------------- art-11.e

stable_enum! {
    /// The new use of reused industrial property (art-11.e).
    NewUse {
        /// 生产性服务业.
        ProducerServices = "PRODUCER_SERVICES",
        /// 创客空间.
        MakerSpace = "MAKER_SPACE",
        /// 创新工场.
        InnovationFactory = "INNOVATION_FACTORY",
        /// 其他众创空间 (「等众创空间」).
        OtherMassInnovationSpace = "OTHER_MASS_INNOVATION_SPACE",
        /// Anything else: the grace does not apply.
        Other = "OTHER",
    }
}

stable_enum! {
    /// Where a reuse stands (art-11.e).
    GraceStatus {
        /// Not a reuse of existing industrial property for a qualifying use.
        NotApplicable = "NOT_APPLICABLE",
        /// The new use has not started on the as-of date.
        NotStarted = "NOT_STARTED",
        /// Within the 5 years: original use and right type may continue.
        InGrace = "IN_GRACE",
        /// The 5 years are over.
        GraceExpired = "GRACE_EXPIRED",
        /// A transfer needing land procedures happened within the grace.
        TransferTriggered = "TRANSFER_TRIGGERED",
        /// A date the anchor needs is missing.
        Undetermined = "UNDETERMINED",
    }
}

/// One reuse of existing industrial property (a parcel), as an input or a register record.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an industrial-property reuse object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct IndustrialReuse {
    /// The zone (required in a register, optional in a rule input).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub zone_id: Option<String>,
    /// The parcel or property.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub parcel_id: Option<String>,
    /// Whether it is existing industrial property (存量工业房产).
    pub existing_industrial_property: bool,
    /// The new use.
    pub new_use: NewUse,
    /// When the new use started (the default anchor, AMB-20).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub new_use_start_date: Option<IsoDate>,
    /// When the new use was approved (anchor `APPROVAL_DATE`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub approval_date: Option<IsoDate>,
    /// When a transfer requiring land procedures (涉及转让) took place.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub transfer_date: Option<IsoDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// A question about one reuse on a date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `reuse` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct GraceInput {
    /// The reuse.
    pub reuse: IndustrialReuse,
    /// The date the answer is for.
    pub as_of: IsoDate,
    /// The opinion's issuance date: needed only with `landGraceAnchor: ISSUE_DATE`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub issue_date: Option<IsoDate>,
}

/// art-11.e's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct GraceDetail {
    /// The parcel, when given.
    pub parcel_id: Option<String>,
    /// Where the reuse stands.
    pub status: GraceStatus,
    /// The first day of the grace (the anchor date).
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub grace_start: Option<IsoDate>,
    /// The last day of the grace (inside it).
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub grace_end: Option<IsoDate>,
    /// `AGREEMENT_AT_MARKET_PRICE` once the grace ended or a transfer happened: the route the
    /// text permits (「可…以协议方式办理」), not one it requires; `null` otherwise.
    pub procedure: Option<&'static str>,
}

/// Which date the grace starts on, by `P.land_grace_anchor`; `Err(field)` when it is missing.
fn grace_anchor(
    reuse: &IndustrialReuse,
    issue_date: Option<NaiveDate>,
    anchor: LandGraceAnchor,
) -> Result<NaiveDate, &'static str> {
    match anchor {
        LandGraceAnchor::NewUseStartDate => reuse
            .new_use_start_date
            .map(IsoDate::get)
            .ok_or("newUseStartDate"),
        LandGraceAnchor::ApprovalDate => {
            reuse.approval_date.map(IsoDate::get).ok_or("approvalDate")
        }
        LandGraceAnchor::IssueDate => issue_date.ok_or("issueDate"),
    }
}

/// art-11.e: in grace, expired, or ended by a transfer.
///
/// # Errors
/// `OUT_OF_RANGE` when the grace would end beyond the calendar.
pub fn industrial_reuse_grace(
    input: &GraceInput,
    params: &Params,
) -> Result<Answer<GraceDetail>, Error> {
    industrial_reuse_for(
        &input.reuse,
        *input.as_of,
        (input.issue_date).map(IsoDate::get),
        params,
    )
}

/// art-11.e for one reuse.
///
/// # Errors
/// `OUT_OF_RANGE` when the grace would end beyond the calendar.
pub fn industrial_reuse_for(
    reuse: &IndustrialReuse,
    as_of: NaiveDate,
    issue_date: Option<NaiveDate>,
    params: &Params,
) -> Result<Answer<GraceDetail>, Error> {
    let rule = RuleId::ART_11_E;
    let parcel = reuse.parcel_id.clone().unwrap_or_default();
    let base = |code| {
        Reason::new(code, rule)
            .with("parcel", parcel.as_str())
            .with("years", params.land_grace_years)
    };
    let mut used = ParamsUsed::new();
    used.insert("landGraceYears", params.land_grace_years.into());
    used.insert("landGraceAnchor", params.land_grace_anchor.as_str().into());
    used.insert("periodConvention", params.period_convention.as_str().into());
    let mut detail = GraceDetail {
        parcel_id: reuse.parcel_id.clone(),
        status: GraceStatus::NotApplicable,
        grace_start: None,
        grace_end: None,
        procedure: None,
    };
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let answer = |outcome, reasons, needs_human, detail, used| Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail,
    };
    if !reuse.existing_industrial_property {
        reasons.push(base(C::GraceNotIndustrialProperty));
        return Ok(answer(
            Outcome::NotApplicable,
            reasons,
            needs_human,
            detail,
            used,
        ));
    }
    if reuse.new_use == NewUse::Other {
        reasons.push(base(C::GraceUseNotQualifying));
        return Ok(answer(
            Outcome::NotApplicable,
            reasons,
            needs_human,
            detail,
            used,
        ));
    }
    let start = match grace_anchor(reuse, issue_date, params.land_grace_anchor) {
        Ok(d) => d,
        Err(field) => {
            detail.status = GraceStatus::Undetermined;
            needs_human.push(base(C::GraceAnchorMissing).with("field", field));
            return Ok(answer(
                Outcome::NeedsHuman,
                reasons,
                needs_human,
                detail,
                used,
            ));
        }
    };
    let end = add_years(start, params.land_grace_years).ok_or_else(|| {
        Error::new(
            ErrorCode::OutOfRange,
            "input.reuse",
            "the grace period ends beyond the calendar",
        )
    })?;
    detail.grace_start = Some(IsoDate(start));
    detail.grace_end = Some(IsoDate(end));
    reasons.push(
        base(C::GracePeriod)
            .with("start", start)
            .with("end", end)
            .with("years", params.land_grace_years),
    );
    if as_of < start {
        detail.status = GraceStatus::NotStarted;
        reasons.push(
            base(C::GraceNotStarted)
                .with("start", start)
                .with("asOf", as_of),
        );
        return Ok(answer(
            Outcome::NotYetApplicable,
            reasons,
            needs_human,
            detail,
            used,
        ));
    }
    let transfer = reuse
        .transfer_date
        .filter(|t| *t <= as_of && *t <= end && *t >= start);
    let outcome = if let Some(t) = transfer {
        detail.status = GraceStatus::TransferTriggered;
        detail.procedure = Some("AGREEMENT_AT_MARKET_PRICE");
        reasons.push(base(C::GraceTransfer).with("transferDate", t));
        reasons.push(base(C::GraceAgreementRoute));
        Outcome::TransferTriggered
    } else if as_of <= end {
        detail.status = GraceStatus::InGrace;
        let days = (end - as_of).num_days();
        reasons.push(
            base(C::GraceInForce)
                .with("asOf", as_of)
                .with("end", end)
                .with("daysRemaining", days),
        );
        Outcome::InGrace
    } else {
        detail.status = GraceStatus::GraceExpired;
        detail.procedure = Some("AGREEMENT_AT_MARKET_PRICE");
        reasons.push(base(C::GraceExpired).with("asOf", as_of).with("end", end));
        reasons.push(base(C::GraceAgreementRoute));
        Outcome::GraceExpired
    };
    Ok(answer(outcome, reasons, needs_human, detail, used))
}

// ---------------------------------------------------------------- art-11.f / art-11.g

stable_enum! {
    /// Kind of works (catalog §3.3 `ConstructionComponent.kind`).
    WorksKind {
        /// 改建 (reconstruction).
        Reconstruct = "RECONSTRUCT",
        /// 翻建 (rebuilding).
        Rebuild = "REBUILD",
        /// 扩建 (extension).
        Extend = "EXTEND",
        /// 新建 (new build).
        New = "NEW",
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
        LandTransferFee = "LAND_TRANSFER_FEE",
        /// 城市基础设施配套费 (art-11.g).
        UrbanInfraFee = "URBAN_INFRA_FEE",
    }
}

stable_enum! {
    /// What relief a line gets.
    Treatment {
        /// No land-transfer fee is charged (art-11.f).
        Exempt = "EXEMPT",
        /// The infrastructure fee is waived (art-11.g, 改建/翻建 with technical renovation).
        Waived = "WAIVED",
        /// The infrastructure fee is halved (art-11.g, 扩建/新建).
        Halved = "HALVED",
        /// No relief: the full fee.
        NoRelief = "NO_RELIEF",
        /// A fact is not recorded: a person decides; `payable` shows the full fee meanwhile.
        Undecided = "UNDECIDED",
    }
}

stable_enum! {
    /// A condition of art-11.f.
    LandFeeCondition {
        /// An enterprise in a zone (开发区…企业).
        InZone = "IN_ZONE",
        /// An industrial enterprise (工业企业).
        IndustrialEnterprise = "INDUSTRIAL_ENTERPRISE",
        /// Works on a factory building (厂房).
        FactoryBuilding = "FACTORY_BUILDING",
        /// On the enterprise's own land (自有土地).
        OwnLand = "OWN_LAND",
        /// Approved (经批准).
        Approved = "APPROVED",
        /// Conforms to the zone's master plan (符合开发区总体规划).
        ConformsMasterPlan = "CONFORMS_MASTER_PLAN",
        /// Conforms to the industrial layout (符合产业布局).
        ConformsIndustryLayout = "CONFORMS_INDUSTRY_LAYOUT",
        /// The land use is unchanged (不改变土地用途).
        LandUseUnchanged = "LAND_USE_UNCHANGED",
    }
}

/// The enterprise carrying out the works.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// One component of a construction project (catalog §3.3 `ConstructionComponent`). Facts not
/// recorded are left out: a rule that needs one answers NEEDS_HUMAN for that component.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// A construction project: the input of art-11.f, art-11.g and the fee calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
        let sum = |f: fn(&FeeLine) -> Money, what: &str| {
            Money::sum(lines.iter().map(f)).ok_or_else(|| total_error(path, what))
        };
        Ok(Self {
            base: sum(|l| l.base, "the base fees")?,
            relief: sum(|l| l.relief, "the reliefs")?,
            payable: sum(|l| l.payable, "the payable fees")?,
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
            "at least one component is required",
        ));
    }
    for (i, c) in input.components.iter().enumerate() {
        if c.id.trim().is_empty() {
            return Err(invalid(
                format!("input.components[{i}].id"),
                "a component id must not be empty",
            ));
        }
        if input.components.iter().take(i).any(|o| o.id == c.id) {
            return Err(invalid(
                format!("input.components[{i}].id"),
                format!("duplicate component id `{}`", c.id),
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
                "required by art-11.f: the land-transfer fee that would otherwise be due (\"0.00\" when none)",
            )
        })?;
        let at = |code| {
            Reason::new(code, rule)
                .with("component", c.id.as_str())
                .with("works", c.kind.zh())
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
                    reasons.push(at(code));
                }
                None => missing.push(field),
            }
        }
        let mut l = if !failed.is_empty() {
            reasons.push(at(C::LandFeeDue).with("payable", base));
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
                needs_human.push(at(C::FeeFactMissing).with("field", *field));
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
            reasons.push(at(C::LandFeeExempt).with("base", base));
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
                        "required by art-11.g: the infrastructure fee before relief (or give `projectBaseInfraFee` and each component's `grossFloorAreaM2`)",
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
                "not allowed with `projectBaseInfraFee`: the project fee is shared by gross floor area",
            ));
        }
        let area = c.gross_floor_area_m2.ok_or_else(|| {
            invalid(
                format!("input.components[{i}].grossFloorAreaM2"),
                "required to share `projectBaseInfraFee` by gross floor area (PRORATE_BY_GFA)",
            )
        })?;
        areas.push(area);
    }
    let whole: u128 = areas.iter().map(|a| u128::from(a.hundredths())).sum();
    if whole == 0 {
        return Err(invalid(
            "input.components",
            "the components' gross floor areas add up to zero: `projectBaseInfraFee` cannot be shared",
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
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|a, b| {
        let ra = shares.get(*a).map_or(0, |s| s.1);
        let rb = shares.get(*b).map_or(0, |s| s.1);
        rb.cmp(&ra).then(a.cmp(b))
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
    for (c, (base, area)) in input.components.iter().zip(bases) {
        let at = |code| {
            Reason::new(code, rule)
                .with("component", c.id.as_str())
                .with("works", c.kind.zh())
                .with("base", base)
        };
        if let (Some(a), Some(total)) = (area, input.project_base_infra_fee) {
            reasons.push(
                at(C::InfraFeeProrated)
                    .with("area", format!("{a}"))
                    .with("projectBase", total),
            );
        }
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
        if treatment == Treatment::Undecided {
            for field in &missing {
                needs_human.push(at(C::FeeFactMissing).with("field", *field));
            }
        } else {
            reasons.push(at(code).with("payable", l.payable).with("ratio", ratio));
        }
        if review.last() == Some(&c.id.as_str()) {
            needs_human.push(at(C::InfraFeeHalvingNotCapacityUpgrade).with("payable", l.payable));
        }
        l.missing_facts = missing;
        lines.push(l);
    }
    let totals = FeeTotals::of(&lines, "input.components")?;
    let mut used = ParamsUsed::new();
    used.insert("infraFeeWaiverTechRenovation", tech.into());
    used.insert("infraFeeWaiverExtendOrNew", half.into());
    used.insert(
        "infraFeeMixedProjectMethod",
        params.infra_fee_mixed_project_method.as_str().into(),
    );
    used.insert(
        "halvingRequiresCapacityUpgrade",
        params.halving_requires_capacity_upgrade.into(),
    );
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
    /// art-11.b as a computed rule ([`land_evaluation`]).
    LandEvaluation: ART_11_B(LandEvalInput) -> LandEvalDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            land_evaluation(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params)
        });
}
computed! {
    /// art-11.e as a computed rule ([`industrial_reuse_grace`]).
    IndustrialReuseGrace: ART_11_E(GraceInput) -> GraceDetail = industrial_reuse_grace;
}
computed! {
    /// art-11.f as a computed rule ([`land_transfer_fee`]).
    LandTransferFee: ART_11_F(ConstructionInput) -> FeeDetail = land_transfer_fee;
}
computed! {
    /// art-11.g as a computed rule ([`infra_fee`]).
    InfraFee: ART_11_G(ConstructionInput) -> FeeDetail = infra_fee;
}
