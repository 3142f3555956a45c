//! art-11.b: the land intensive-use evaluation cycle (「三年一次全面评价,一年一次更新评价」).

use crate::dates::IsoDate;
use crate::num::Year;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::options_error;
use crate::answer::{Answer, Outcome, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{LandEvaluationKind, Register, ValidRegister, Zone};
use crate::rules::common::{about, first_full_year, on_zone};
use crate::rules::RuleId;

// ---------------------------------------------------------------- art-11.b

/// A question about one zone's land evaluations in one year.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
        match crate::rules::common::absent_in_year(rule, zone, year) {
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

computed! {
    /// art-11.b as a computed rule ([`land_evaluation`]).
    LandEvaluation: ART_11_B(LandEvalInput) -> LandEvalDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            land_evaluation(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params)
        });
}
