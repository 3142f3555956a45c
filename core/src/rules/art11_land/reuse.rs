//! art-11.e: the 5-year grace for reusing existing industrial property.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::{LandGraceAnchor, Params};
use crate::period::add_years;
use crate::rules::RuleId;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-11.e: not existing industrial property
    GraceNotIndustrialProperty = "GRACE_NOT_INDUSTRIAL_PROPERTY" {
        zh: "不是利用存量工业房产,不适用{years}年过渡期",
        ko: "기존 공업용 부동산의 리용이 아니므로 {years}년 과도기간이 적용되지 않는다",
        en: "not a reuse of existing industrial property: the {years}-year grace does not apply"
    }
    /// art-11.e: the new use does not qualify
    GraceUseNotQualifying = "GRACE_USE_NOT_QUALIFYING" {
        zh: "新用途不是生产性服务业或创客空间、创新工场等众创空间,不适用{years}年过渡期",
        ko: "새 용도가 생산성 봉사업이나 창업공간, 혁신공장 등 대중창업공간이 아니므로 {years}년 과도기간이 적용되지 않는다",
        en: "the new use is neither producer services nor a maker space, innovation factory or other mass-innovation space: the {years}-year grace does not apply"
    }
    /// art-11.e: the date the anchor needs is missing
    GraceAnchorMissing = "GRACE_ANCHOR_MISSING" {
        zh: "过渡期起算日所需的`{field}`未记录,无法计算",
        ko: "과도기간 기산일에 필요한 항목(`{field}`)이 기록되지 않아 계산할 수 없다",
        en: "the grace period cannot be computed: `{field}`, which its start needs, is not recorded"
    }
    /// art-11.e: the grace period
    GracePeriod = "GRACE_PERIOD" {
        zh: "{years}年过渡期自{start}起算,至{end}届满(含当日)",
        ko: "{years}년 과도기간은 {start}부터 기산하여 {end}에 만료된다(당일 포함)",
        en: "the {years}-year grace runs from {start} and ends on {end} (that day included)"
    }
    /// art-11.e: not started yet
    GraceNotStarted = "GRACE_NOT_STARTED" {
        zh: "截至{asOf},新用途尚未开始(起算日{start})",
        ko: "{asOf} 현재 새 용도가 아직 시작되지 않았다(기산일 {start})",
        en: "as of {asOf} the new use has not started (the grace starts on {start})"
    }
    /// art-11.e: within the grace
    GraceInForce = "GRACE_IN_FORCE" {
        zh: "截至{asOf}处于过渡期内,可继续按原用途和土地权利类型使用土地,距{end}届满还有{daysRemaining}天",
        ko: "{asOf} 현재 과도기간 내이므로 원래 용도와 토지권리 류형으로 계속 사용할 수 있으며 {end} 만료까지 {daysRemaining}일 남았다",
        en: "as of {asOf} the land may still be used under its original use and right type; {daysRemaining} day(s) remain until {end}"
    }
    /// art-11.e: the grace has ended
    GraceExpired = "GRACE_EXPIRED" {
        zh: "过渡期已于{end}届满(评估日{asOf})",
        ko: "과도기간이 {end}에 만료되였다(평가 기준일 {asOf})",
        en: "the grace ended on {end} (as of {asOf})"
    }
    /// art-11.e: a transfer within the grace
    GraceTransfer = "GRACE_TRANSFER" {
        zh: "{transferDate}涉及转让,需办理相关用地手续",
        ko: "{transferDate}에 양도가 발생하여 관련 용지 수속을 밟아야 한다",
        en: "a transfer on {transferDate} requires land procedures"
    }
    /// art-11.e: the permitted route
    GraceAgreementRoute = "GRACE_AGREEMENT_ROUTE" {
        zh: "可按新用途、新权利类型、市场价格,以协议方式办理用地手续(可选方式,非强制)",
        ko: "새 용도, 새 권리 류형, 시장가격에 따라 협의 방식으로 용지 수속을 처리할 수 있다(선택 가능한 방식이며 강제가 아님)",
        en: "the land procedures may be completed by agreement at the new use, new right type and market price (a permitted route, not a required one)"
    }
}

// ---------------------------------------------------------------- art-11.e

stable_enum! {
    /// A route the text permits for the land procedures of art-11.e.
    Procedure {
        /// 「可按新用途、新权利类型、市场价格,以协议方式办理用地手续」 (permitted, not required).
        AgreementAtMarketPrice = "AGREEMENT_AT_MARKET_PRICE" { zh: "按新用途、新权利类型、市场价格以协议方式办理(可选)", ko: "새 용도·권리 류형·시장가격에 따른 협의 방식(선택 가능)", en: "by agreement at the new use, right type and market price (permitted)" },
    }
}

stable_enum! {
    /// The new use of reused industrial property (art-11.e).
    NewUse {
        /// 生产性服务业.
        ProducerServices = "PRODUCER_SERVICES" { zh: "生产性服务业", ko: "생산성 봉사업", en: "producer services" },
        /// 创客空间.
        MakerSpace = "MAKER_SPACE" { zh: "众创空间", ko: "대중창업공간", en: "maker space" },
        /// 创新工场.
        InnovationFactory = "INNOVATION_FACTORY" { zh: "创新工厂", ko: "혁신공장", en: "innovation factory" },
        /// 其他众创空间 (「等众创空间」).
        OtherMassInnovationSpace = "OTHER_MASS_INNOVATION_SPACE" { zh: "其他大众创新空间", ko: "기타 대중혁신공간", en: "other mass-innovation space" },
        /// Anything else: the grace does not apply.
        Other = "OTHER" { zh: "其他用途", ko: "기타 용도", en: "another use" },
    }
}

stable_enum! {
    /// Where a reuse stands (art-11.e).
    GraceStatus {
        /// Not a reuse of existing industrial property for a qualifying use.
        NotApplicable = "NOT_APPLICABLE" { zh: "不适用", ko: "적용되지 않음", en: "not applicable" },
        /// The new use has not started on the as-of date.
        NotStarted = "NOT_STARTED" { zh: "新用途尚未开始", ko: "새 용도 미개시", en: "new use not started" },
        /// Within the 5 years: original use and right type may continue.
        InGrace = "IN_GRACE" { zh: "过渡期内", ko: "과도기간 내", en: "within the grace" },
        /// The 5 years are over.
        GraceExpired = "GRACE_EXPIRED" { zh: "过渡期已满", ko: "과도기간 만료", en: "grace expired" },
        /// A transfer needing land procedures happened within the grace.
        TransferTriggered = "TRANSFER_TRIGGERED" { zh: "涉及转让", ko: "양도 발생", en: "transfer" },
        /// A date the anchor needs is missing.
        Undetermined = "UNDETERMINED" { zh: "无法确定", ko: "확정 불가", en: "undetermined" },
    }
}

/// One reuse of existing industrial property (a parcel), as an input or a register record.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(IndustrialReuse {
    name: "IndustrialReuse",
    expecting: "an industrial-property reuse object",
    blank: IndustrialReuse {
        zone_id: Default::default(),
        parcel_id: Default::default(),
        existing_industrial_property: false,
        new_use: NewUse::ProducerServices,
        new_use_start_date: Default::default(),
        approval_date: Default::default(),
        transfer_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id,
        "parcelId" => parcel_id,
        "existingIndustrialProperty" => existing_industrial_property [required],
        "newUse" => new_use [required],
        "newUseStartDate" => new_use_start_date,
        "approvalDate" => approval_date,
        "transferDate" => transfer_date,
        "note" => note,
    ],
});

/// A question about one reuse on a date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub procedure: Option<Procedure>,
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
        // From issuance, for a use already begun then; a use begun later has its 5 years from
        // its own start (「可在5年内继续按原用途…」 protects the reuse, not a period before it).
        LandGraceAnchor::IssueDate => issue_date
            .map(|i| reuse.new_use_start_date.map_or(i, |s| i.max(s.get())))
            .ok_or("issueDate"),
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
    let mut answer = reuse_answer(reuse, as_of, issue_date, params)?;
    // Asked of a day before the opinion was issued, its permission did not exist yet
    // (`AS_OF_BEFORE_ISSUANCE`, as every other permission answers).
    if issue_date
        .is_some_and(|issued| crate::rules::common::before_issuance(&mut answer, as_of, issued))
    {
        answer.detail.status = GraceStatus::NotApplicable;
        answer.detail.procedure = None;
    }
    Ok(answer)
}

fn reuse_answer(
    reuse: &IndustrialReuse,
    as_of: NaiveDate,
    issue_date: Option<NaiveDate>,
    params: &Params,
) -> Result<Answer<GraceDetail>, Error> {
    let rule = RuleId::ART_11_E;
    let parcel = reuse.parcel_id.clone().unwrap_or_default();
    let base = |code| {
        Reason::new(code, rule)
            .with("parcel", parcel.clone())
            .with("years", params.land_grace_years)
    };
    let mut used = ParamsUsed::new();
    used.set("landGraceAnchor", params.land_grace_anchor.as_str().into());
    used.set("landGraceYears", params.land_grace_years.into());
    used.set("periodConvention", params.period_convention.as_str().into());
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
        reasons.add(base(C::GraceNotIndustrialProperty));
        return Ok(answer(
            Outcome::NotApplicable,
            reasons,
            needs_human,
            detail,
            used,
        ));
    }
    if reuse.new_use == NewUse::Other {
        reasons.add(base(C::GraceUseNotQualifying));
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
            needs_human.add(base(C::GraceAnchorMissing).with("field", field));
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
        Error::out_of_range(
            "input.reuse",
            text!(zh: "过渡期的结束日超出日历范围", ko: "과도기의 마감일이 달력 범위를 넘습니다", en: "the grace period ends beyond the calendar"),
        )
    })?;
    detail.grace_start = Some(IsoDate(start));
    detail.grace_end = Some(IsoDate(end));
    reasons.add(
        base(C::GracePeriod)
            .with("end", end)
            .with("start", start)
            .with("years", params.land_grace_years),
    );
    if as_of < start {
        detail.status = GraceStatus::NotStarted;
        reasons.add(
            base(C::GraceNotStarted)
                .with("asOf", as_of)
                .with("start", start),
        );
        return Ok(answer(
            Outcome::NotYetApplicable,
            reasons,
            needs_human,
            detail,
            used,
        ));
    }
    // From issuance, a use begun later has its grace from its own start (`grace_anchor`): with
    // that start not recorded, the grace ends on or after `end`, so past it nothing is known.
    if params.land_grace_anchor == LandGraceAnchor::IssueDate
        && reuse.new_use_start_date.is_none()
        && as_of > end
    {
        detail.status = GraceStatus::Undetermined;
        detail.grace_start = None;
        detail.grace_end = None;
        reasons.retain(|r| r.code != C::GracePeriod);
        needs_human.add(base(C::GraceAnchorMissing).with("field", "newUseStartDate"));
        return Ok(answer(
            Outcome::NeedsHuman,
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
        detail.procedure = Some(Procedure::AgreementAtMarketPrice);
        reasons.add(base(C::GraceTransfer).with("transferDate", t));
        reasons.add(base(C::GraceAgreementRoute));
        Outcome::TransferTriggered
    } else if as_of <= end {
        detail.status = GraceStatus::InGrace;
        let days = (end - as_of).num_days();
        reasons.add(
            base(C::GraceInForce)
                .with("asOf", as_of)
                .with("daysRemaining", days)
                .with("end", end),
        );
        Outcome::InGrace
    } else {
        detail.status = GraceStatus::GraceExpired;
        detail.procedure = Some(Procedure::AgreementAtMarketPrice);
        reasons.add(base(C::GraceExpired).with("asOf", as_of).with("end", end));
        reasons.add(base(C::GraceAgreementRoute));
        Outcome::GraceExpired
    };
    Ok(answer(outcome, reasons, needs_human, detail, used))
}

computed! {
    /// art-11.e as a computed rule ([`industrial_reuse_grace`]).
    IndustrialReuseGrace: ART_11_E(GraceInput) -> GraceDetail = industrial_reuse_grace;
    outcomes: [InGrace, GraceExpired, TransferTriggered, NeedsHuman, NotYetApplicable, NotApplicable];
}
