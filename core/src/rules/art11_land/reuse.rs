//! art-11.e: the 5-year grace for reusing existing industrial property.

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::{Error, ErrorCode};
use crate::messages::ReasonCode as C;
use crate::params::{LandGraceAnchor, Params};
use crate::period::add_years;
use crate::rules::RuleId;

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

computed! {
    /// art-11.e as a computed rule ([`industrial_reuse_grace`]).
    IndustrialReuseGrace: ART_11_E(GraceInput) -> GraceDetail = industrial_reuse_grace;
}
