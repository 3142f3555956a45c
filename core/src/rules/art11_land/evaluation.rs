//! art-11.b: the land intensive-use evaluation cycle (「三年一次全面评价,一年一次更新评价」).

use crate::answer::AddReason;
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
use crate::register::{LandEvaluationKind, ValidRegister, Zone};
use crate::rules::common::{about, first_full_year, on_zone};
use crate::rules::RuleId;

stable_enum! {
    /// Where the art-11.b cycle's first year comes from.
    AnchorBasis {
        /// The parameter `landEvalAnchorYear`.
        Parameter = "PARAMETER" { zh: "参数", ko: "매개변수", en: "the parameter" },
        /// The earliest full evaluation on record.
        EarliestFullOnRecord = "EARLIEST_FULL_ON_RECORD" { zh: "最早的全面评价", ko: "가장 이른 전면 평가", en: "earliest full evaluation on record" },
        /// The first full year after issuance.
        FirstFullYearAfterIssue = "FIRST_FULL_YEAR_AFTER_ISSUE" { zh: "印发后第一个完整年度", ko: "인쇄발행 후 첫 완전한 년도", en: "first full year after issuance" },
    }
}

/// The codes art-11.b's answer puts under `needsHuman`: its duty is then for a person too
/// (`Duty::needs_person`): one rule, one answer, whichever view asks.
pub const LAND_EVAL_HUMAN_CODES: [C; 3] = [
    C::LandEvalFullBeforeCycleUnclear,
    C::LandEvalNoFullOnRecordUnclear,
    C::LandEvalCycleReadingsDiffer,
];

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-11.b: the year is before the first year of the cycle. No longer given (2026-12-03):
    /// a year before the cycle's first is now judged by the yearly duty
    /// (`LandEvalDueBeforeCycle`), a year before the duty's first by `LandEvalBeforeDuty`;
    /// kept so that the code is never reused.
    LandEvalNotYetDue = "LAND_EVAL_NOT_YET_DUE" {
        zh: "{zoneName}({zone})的土地集约利用评价周期自{anchorYear}年起算,{year}年尚无评价任务",
        ko: "{zoneName}({zone})의 토지 집약리용 평가 주기는 {anchorYear}년부터 기산하므로 {year}년에는 평가 과제가 없다",
        en: "the land intensive-use evaluation cycle of {zoneName} ({zone}) starts in {anchorYear}; nothing is due in {year}"
    }
    /// art-11.b: the year is before the first year of the duty (the first full year after
    /// issuance): the opinion does not reach back
    LandEvalBeforeDuty = "LAND_EVAL_BEFORE_DUTY" {
        zh: "{year}年早于本意见印发后的首个完整年度({firstYear}年),{zoneName}({zone})该年度的土地集约利用评价不适用本意见",
        ko: "{year}년은 본 의견 인쇄발행 후 첫 완전한 년도({firstYear}년)보다 앞서므로 {zoneName}({zone})의 그 년도 토지 집약리용 평가에는 본 의견이 적용되지 않는다",
        en: "{year} is before {firstYear}, the first full year after the opinion was issued: its land evaluation duty does not apply to {zoneName} ({zone}) for that year"
    }
    /// art-11.b: a year of the duty before the first year of the zone's cycle: an evaluation is
    /// due every year all the same (「一年一次更新评价」), at least an update
    LandEvalDueBeforeCycle = "LAND_EVAL_DUE_BEFORE_CYCLE" {
        zh: "{zoneName}({zone})的评价周期自{anchorYear}年起算,但按“一年一次更新评价”,自{firstYear}年起每年都应开展评价:{year}年至少应开展更新评价",
        ko: "{zoneName}({zone})의 평가 주기는 {anchorYear}년부터 기산하지만 “一年一次更新评价”(한해에 한번 갱신 평가)에 따라 {firstYear}년부터 해마다 평가하여야 하므로 {year}년에는 적어도 갱신 평가를 하여야 한다",
        en: "the evaluation cycle of {zoneName} ({zone}) starts in {anchorYear}, but an evaluation is due every year from {firstYear} (「一年一次更新评价」): at least an update evaluation was due in {year}"
    }
    /// art-11.b (needs a person): only an update is on record for a year before the zone's
    /// cycle; whether a full evaluation was due that year depends on the cycle's start (AMB-19)
    LandEvalFullBeforeCycleUnclear = "LAND_EVAL_FULL_BEFORE_CYCLE_UNCLEAR" {
        zh: "{year}年早于{zoneName}({zone})的周期起点{anchorYear}年,且仅有更新评价:该年度是否还应开展全面评价取决于周期如何起算(AMB-19),需人工判断",
        ko: "{year}년은 {zoneName}({zone})의 주기 기점인 {anchorYear}년보다 앞서며 갱신 평가만 있다: 그 년도에 전면 평가도 하여야 하였는지는 주기를 어떻게 기산하는가에 달려있으므로(AMB-19) 사람이 판단하여야 한다",
        en: "{year} is before {anchorYear}, where the cycle of {zoneName} ({zone}) starts, and only an update evaluation is on record: whether a full evaluation was also due that year depends on how the cycle is anchored (AMB-19); a person must decide"
    }
    /// art-11.b (needs a person): no full evaluation is on record, so the cycle is counted from
    /// the first full year after issuance by default; a full evaluation done later would start it
    /// there (AMB-19), and the years before it would be judged as `LandEvalFullBeforeCycleUnclear`
    /// judges them
    LandEvalNoFullOnRecordUnclear = "LAND_EVAL_NO_FULL_ON_RECORD_UNCLEAR" {
        zh: "{zoneName}({zone})尚无全面评价记录,周期默认自印发后第一个完整年度{anchorYear}年起算;若此后开展首次全面评价,周期即自该年起算(AMB-19)。{year}年仅有更新评价,该年度是否还应开展全面评价需人工判断",
        ko: "{zoneName}({zone})에는 전면 평가 기록이 아직 없으므로 주기는 기본적으로 인쇄발행 후 첫 완전한 년도인 {anchorYear}년부터 기산한다. 그 뒤에 첫 전면 평가를 하면 주기는 그해부터 기산한다(AMB-19). {year}년에는 갱신 평가만 있으므로 그 년도에 전면 평가도 하여야 하였는지는 사람이 판단하여야 한다",
        en: "no full evaluation of {zoneName} ({zone}) is on record, so the cycle counts from {anchorYear}, the first full year after issuance, by default; a first full evaluation done later would start the cycle in its year (AMB-19). {year} has only an update evaluation on record: whether a full one was also due that year is for a person"
    }
    /// art-11.b (needs a person): the cycle counted from its anchor and the time since the
    /// latest full evaluation call for different evaluations, and the record meets only one
    LandEvalCycleReadingsDiffer = "LAND_EVAL_CYCLE_READINGS_DIFFER" {
        zh: "{zoneName}({zone}){year}年:按自{anchorYear}年起每{fullCycle}年一次的周期,与按最近一次全面评价({lastFull}年)起算,应开展的评价不同,现有记录只满足其中一种读法(AMB-19),需人工判断",
        ko: "{zoneName}({zone})의 {year}년: {anchorYear}년부터 {fullCycle}년마다 하는 주기로 보는 것과 최근 전면 평가({lastFull}년)부터 기산하는 것에 따라 하여야 할 평가가 다르며 현재 기록은 그중 한 해석만 충족하므로(AMB-19) 사람이 판단하여야 한다",
        en: "{zoneName} ({zone}) in {year}: the cycle counted from {anchorYear} (every {fullCycle} years) and the time since the latest full evaluation ({lastFull}) call for different evaluations, and the record meets only one of them (AMB-19); a person must decide"
    }
    /// art-11.b: no evaluation due this year (update cycle longer than a year)
    LandEvalNoneDue = "LAND_EVAL_NONE_DUE" {
        zh: "按自{anchorYear}年起的周期(更新评价每{updateCycle}年一次),{zoneName}({zone}){year}年无评价任务",
        ko: "{anchorYear}년부터의 주기(갱신 평가 {updateCycle}년 1회)에 따라 {zoneName}({zone})의 경우 {year}년에 평가 과제가 없다",
        en: "in the cycle from {anchorYear} (an update every {updateCycle} year(s)), nothing is due for {zoneName} ({zone}) in {year}"
    }
    /// art-11.b: an update evaluation is due
    LandEvalUpdateDue = "LAND_EVAL_UPDATE_DUE" {
        zh: "{year}年不是全面评价年(自{anchorYear}年起每{fullCycle}年一次),{zoneName}({zone})应开展更新评价",
        ko: "{year}년은 전면 평가 년도({anchorYear}년부터 {fullCycle}년마다)가 아니므로 {zoneName}({zone})의 경우 갱신 평가를 하여야 한다",
        en: "{year} is not a full-evaluation year (every {fullCycle} years from {anchorYear}): an update evaluation of {zoneName} ({zone}) is due"
    }
    /// art-11.b: done by a full evaluation
    LandEvalSatisfiedByFull = "LAND_EVAL_SATISFIED_BY_FULL" {
        zh: "{zoneName}({zone}){year}年已开展全面评价,满足要求",
        ko: "{zoneName}({zone})의 경우 {year}년에 전면 평가를 실시하여 요구를 충족하였다",
        en: "{zoneName} ({zone}) carried out a full evaluation in {year}: the duty is met"
    }
    /// art-11.b: done by an update evaluation
    LandEvalSatisfiedByUpdate = "LAND_EVAL_SATISFIED_BY_UPDATE" {
        zh: "{zoneName}({zone}){year}年已开展更新评价,满足要求",
        ko: "{zoneName}({zone})의 경우 {year}년에 갱신 평가를 실시하여 요구를 충족하였다",
        en: "{zoneName} ({zone}) carried out an update evaluation in {year}: the duty is met"
    }
    /// art-11.b: a full evaluation was due, only an update is on record
    LandEvalOnlyUpdateOnRecord = "LAND_EVAL_ONLY_UPDATE_ON_RECORD" {
        zh: "{zoneName}({zone}){year}年仅有更新评价,应开展的全面评价未开展",
        ko: "{zoneName}({zone})의 경우 {year}년에 갱신 평가만 있으며 하여야 할 전면 평가를 실시하지 않았다",
        en: "{zoneName} ({zone}) has only an update evaluation for {year}; the full evaluation due was not carried out"
    }
    /// art-11.b: no full evaluation on record
    LandEvalFullMissing = "LAND_EVAL_FULL_MISSING" {
        zh: "{zoneName}({zone}){year}年没有全面评价的记录",
        ko: "{zoneName}({zone})의 {year}년 전면 평가 기록이 없다",
        en: "no full evaluation of {zoneName} ({zone}) is on record for {year}"
    }
    /// art-11.b: no evaluation on record as completed (none recorded, or one completed only
    /// after the as-of date)
    LandEvalUpdateMissing = "LAND_EVAL_UPDATE_MISSING" {
        zh: "{zoneName}({zone}){year}年没有已完成的土地集约利用评价记录",
        ko: "{zoneName}({zone})의 {year}년 토지 집약리용 평가가 완료된 기록이 없다",
        en: "no land intensive-use evaluation of {zoneName} ({zone}) for {year} is on record as completed"
    }
    /// art-11.b: the register records no land evaluation of the zone at all (no information,
    /// as the duties read it)
    LandEvalNoneOnRecord = "LAND_EVAL_NONE_ON_RECORD" {
        zh: "登记册没有{zoneName}({zone})任何年度的土地集约利用评价记录,无法判断{year}年是否完成评价",
        ko: "등록부에 {zoneName}({zone})의 어느 년도 토지 집약리용 평가 기록도 없으므로 {year}년 평가를 완료하였는지 판단할 수 없다",
        en: "the register records no land intensive-use evaluation of {zoneName} ({zone}) for any year: whether {year}'s was done is unknown"
    }
    /// art-11.b: the year is still running
    LandEvalYearInProgress = "LAND_EVAL_YEAR_IN_PROGRESS" {
        zh: "截至{asOf},{year}年尚未结束,评价仍可完成",
        ko: "{asOf} 현재 {year}년이 끝나지 않았으므로 평가를 아직 완료할 수 있다",
        en: "as of {asOf} the year {year} is not over: the evaluation can still be done"
    }
    /// art-11.b duties: the year's evaluation was completed after the year
    LandEvalCompletedLate = "LAND_EVAL_COMPLETED_LATE" {
        zh: "{zoneName}({zone}){year}年度的评价于{completedDate}完成,晚于{year}年底{daysLate}天",
        ko: "{zoneName}({zone})의 {year}년도 평가는 {completedDate}에 완료되여 {year}년 말보다 {daysLate}일 늦었다",
        en: "the {year} evaluation of {zoneName} ({zone}) was completed on {completedDate}, {daysLate} day(s) after the end of {year}"
    }
    /// art-11.b duties: the year's evaluation is on record without its completion date
    LandEvalCompletedUndated = "LAND_EVAL_COMPLETED_UNDATED" {
        zh: "{zoneName}({zone}){year}年度的评价已有记录,但未载明完成日期:是否在{year}年底前完成无从判断",
        ko: "{zoneName}({zone})의 {year}년도 평가는 기록되여 있으나 완료한 날자가 없으므로 {year}년 말까지 완료하였는지 알 수 없다",
        en: "the {year} evaluation of {zoneName} ({zone}) is on record without its completion date: whether it was done by the end of {year} cannot be said"
    }
}

// ---------------------------------------------------------------- art-11.b

/// A question about one zone's land evaluations in one year.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
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

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(LandEvalInput {
    name: "LandEvalInput",
    expecting: "an object with `register`, `zoneId` and `year`",
    blank: LandEvalInput {
        register: crate::register::RegisterArg::blank(),
        zone_id: String::new(),
        year: crate::num::Year(0),
        as_of: Default::default(),
    },
    fields: [
        "register" => register [required],
        "zoneId" => zone_id [required],
        "year" => year [required],
        "asOf" => as_of,
    ],
});

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
    /// Where the anchor comes from.
    pub anchor_basis: AnchorBasis,
    /// The evaluation due in the year: `FULL`, `UPDATE`, or `null` when none is due.
    pub evaluation_due: Option<LandEvaluationKind>,
    /// The kinds on record for the year (known on `asOf`).
    pub on_record: Vec<LandEvaluationKind>,
    /// Whether what is due was done (`null` when nothing is due, or when a person decides
    /// because the record meets one reading of the cycle and not the other).
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
    let f = land_evaluation_finding(reg, zone, year, as_of, params, true)?;
    // In the order of their names (each at the end of the list, `Facts::set`).
    let mut used = crate::answer::ParamsUsed::with_capacity(3);
    // Unset (null): the earliest FULL evaluation on record, else the first full year (AMB-19);
    // the answer's `anchorBasis` says which.
    used.set("landEvalAnchorYear", params.land_eval_anchor_year.into());
    used.set(
        "landEvalFullCycleYears",
        params.land_eval_full_cycle_years.into(),
    );
    used.set(
        "landEvalUpdateCycleYears",
        params.land_eval_update_cycle_years.into(),
    );
    Ok(Answer {
        rule_id: RuleId::ART_11_B,
        outcome: f.outcome,
        reasons: f.reasons,
        needs_human: f.needs_human,
        params_used: used,
        detail: LandEvalDetail {
            zone_id: zone.id.clone(),
            year,
            anchor_year: f.anchor,
            anchor_basis: f.basis,
            evaluation_due: f.required,
            on_record: f.on_record,
            satisfied: f.satisfied,
        },
    })
}

/// What art-11.b finds for a zone's year ([`land_evaluation`]) without the parameters used and
/// the detail around it: what the art-11.b duty reads of it for every zone and year (perf: the
/// parameters and the zone's id copied into 12,000 answers and freed unread were a fifth of the
/// duty's cost in a 1,000-zone report).
pub(crate) struct LandEvalFinding {
    /// The outcome.
    pub outcome: Outcome,
    /// Why.
    pub reasons: Vec<Reason>,
    /// What a person must decide.
    pub needs_human: Vec<Reason>,
    /// The evaluation due in the year, if any.
    pub required: Option<LandEvaluationKind>,
    /// The first year of the cycle, and where it comes from.
    pub anchor: i32,
    /// Where the anchor comes from.
    pub basis: AnchorBasis,
    /// The kinds on record for the year.
    pub on_record: Vec<LandEvaluationKind>,
    /// Whether what is due was done.
    pub satisfied: Option<bool>,
}

/// [`land_evaluation`]'s finding; with `explain` its reasons (with their facts) and what a
/// person must decide, else its outcome, the evaluation due, the cycle's anchor and whether it
/// was met alone (`reasons`, `needs_human` and `on_record` left empty): what a compliance
/// report's page reads of the zones and duties off the page, whose reasons are never rendered
/// (perf: the reasons' lists and the records' copies made and freed unread were a third of the
/// 12,000 land evaluations of a 1,000-zone page).
///
/// # Errors
/// As [`land_evaluation`].
pub(crate) fn land_evaluation_finding(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    explain: bool,
) -> Result<LandEvalFinding, Error> {
    let rule = RuleId::ART_11_B;
    let full = params.land_eval_full_cycle_years;
    let update = params.land_eval_update_cycle_years;
    if full == 0 {
        return Err(options_error(
            "options.params.landEvalFullCycleYears",
            text!(zh: "至少为 1", ko: "1 이상이여야 합니다", en: "must be at least 1"),
        ));
    }
    if update == 0 {
        return Err(options_error(
            "options.params.landEvalUpdateCycleYears",
            text!(zh: "至少为 1", ko: "1 이상이여야 합니다", en: "must be at least 1"),
        ));
    }
    let known = |completed: Option<NaiveDate>| match (completed, as_of) {
        (Some(c), Some(a)) => c <= a,
        _ => true,
    };
    // The evaluations known on `as_of`, read again where needed (the zone's are a few, found
    // by its place: no list made).
    let evals = || {
        reg.land_evaluations_of(zone)
            .filter(move |e| known((e.completed_date).map(IsoDate::get)))
    };
    let earliest_full = evals()
        .filter(|e| e.kind == LandEvaluationKind::Full)
        .map(|e| e.year)
        .min();
    let (anchor, basis) = match (params.land_eval_anchor_year, earliest_full) {
        (Some(y), _) => (y.get(), AnchorBasis::Parameter),
        (None, Some(y)) => (y.get(), AnchorBasis::EarliestFullOnRecord),
        (None, None) => (
            first_full_year(*reg.issue_date),
            AnchorBasis::FirstFullYearAfterIssue,
        ),
    };
    // The duty's first year: the first full year after issuance (the anchor without a record,
    // AMB-19); the opinion does not reach back to the years before it. From that year on an
    // evaluation is due every year (「一年一次更新评价」), whatever the cycle's anchor: the
    // catalog's logic ("if year < base: nothing required", base the earliest full evaluation on
    // record) let a late first full evaluation wipe out the years missed before it, and made a
    // full evaluation before issuance start a duty in the years before issuance. Here the source
    // decides (docs: the issue note of 2026-12-03): before the anchor at least an update is due,
    // and whether a full one was too is left to a person when only an update is on record.
    let first = first_full_year(*reg.issue_date);
    let before_cycle = year >= first && year < anchor;
    let required = if year < first {
        None
    } else if before_cycle {
        let since = i64::from(year) - i64::from(first);
        (since % i64::from(update.max(1)) == 0).then_some(LandEvaluationKind::Update)
    } else {
        land_eval_required(year, anchor, full, update)
    };
    // The latest full evaluation before the year, when the cycle is the zone's own (AMB-19):
    // 「三年一次全面评价」 read as "a full evaluation at most every three years" counts from it,
    // where the cycle counts from the earliest one; a zone that did one early (2020, then
    // 2022) owes by the one reading a full evaluation in 2023, by the other in 2025.
    let last_full = (basis == AnchorBasis::EarliestFullOnRecord && year > anchor)
        .then(|| {
            evals()
                .filter(|e| e.kind == LandEvaluationKind::Full && e.year.get() < year)
                .map(|e| e.year.get())
                .max()
        })
        .flatten();
    let of_year = || evals().filter(|e| e.year == year);
    let has_full = of_year().any(|e| e.kind == LandEvaluationKind::Full);
    let has_any = of_year().next().is_some();
    let on_record: Vec<LandEvaluationKind> = if explain {
        // The kinds on record, in their order, each once: picked from all the kinds rather
        // than sorted (a sort of its own type was another copy of the sorting code in the wasm
        // module).
        LandEvaluationKind::ALL
            .iter()
            .copied()
            .filter(|k| of_year().any(|e| e.kind == *k))
            .collect()
    } else {
        Vec::new()
    };
    let meets = |kind: Option<LandEvaluationKind>| match kind {
        Some(LandEvaluationKind::Full) => has_full,
        Some(LandEvaluationKind::Update) => has_any,
        None => true,
    };
    // The reading from the latest full evaluation, where it and the cycle's disagree on
    // whether the record meets the year's duty: then a person decides.
    let differs = last_full.filter(|last| {
        let since = i64::from(year) - i64::from(*last);
        let rolling = if since >= i64::from(full) {
            Some(LandEvaluationKind::Full)
        } else if since % i64::from(update.max(1)) == 0 {
            Some(LandEvaluationKind::Update)
        } else {
            None
        };
        meets(rolling) != meets(required)
    });
    // Facts named in the order of their names, the zone's last (`Reason::with`): `more` names
    // those that fall between the anchor year and the year (`asOf`, `fullCycle`,
    // `updateCycle`).
    // (Not explaining, a reason without facts: it is not kept.)
    let base = |code, more: crate::rules::common::Naming<'_>| {
        if !explain {
            return Reason::coded(code, rule);
        }
        about(
            more(Reason::new(code, rule).with("anchorYear", anchor)).with("year", year),
            zone,
        )
    };
    let same = |r: Reason| r;
    // The reasons and what a person must decide, each kept only when explaining; whether a
    // person decides (`human`) either way, as the outcome turns on it.
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut human = false;
    let keep = |list: &mut Vec<Reason>, r: Reason| {
        if explain {
            list.push(r);
        }
    };
    let satisfied = match required {
        None if year < first => {
            if explain {
                reasons.add(about(
                    Reason::new(C::LandEvalBeforeDuty, rule)
                        .with("firstYear", first)
                        .with("year", year),
                    zone,
                ));
            }
            None
        }
        None => {
            keep(
                &mut reasons,
                base(C::LandEvalNoneDue, &|r| r.with("updateCycle", update)),
            );
            None
        }
        Some(kind) => {
            let due_code = match kind {
                LandEvaluationKind::Full => C::LandEvalFullDue,
                LandEvaluationKind::Update => C::LandEvalUpdateDue,
            };
            let ok = meets(required);
            // Whether a person decides (`human`): the record meets the year's duty by one
            // reading of the cycle and not by the other.
            if before_cycle {
                keep(
                    &mut reasons,
                    base(C::LandEvalDueBeforeCycle, &|r| r.with("firstYear", first)),
                );
                if has_any && !has_full {
                    keep(
                        &mut needs_human,
                        base(C::LandEvalFullBeforeCycleUnclear, &same),
                    );
                    human = true;
                }
            } else {
                keep(&mut reasons, base(due_code, &|r| r.with("fullCycle", full)));
                if basis == AnchorBasis::FirstFullYearAfterIssue
                    && kind == LandEvaluationKind::Full
                    && has_any
                    && !has_full
                {
                    // The anchor is only the default: the record holds no full evaluation, and
                    // one done later would anchor the cycle there, making this year one before
                    // the cycle (AMB-19). A better record must not turn the answer harsher.
                    keep(
                        &mut needs_human,
                        base(C::LandEvalNoFullOnRecordUnclear, &same),
                    );
                    human = true;
                }
            }
            if let Some(last) = differs {
                keep(
                    &mut needs_human,
                    base(C::LandEvalCycleReadingsDiffer, &|r| {
                        r.with("fullCycle", full).with("lastFull", last)
                    }),
                );
                human = true;
            }
            if ok {
                let code = if has_full {
                    C::LandEvalSatisfiedByFull
                } else {
                    C::LandEvalSatisfiedByUpdate
                };
                keep(&mut reasons, base(code, &same));
            } else {
                let code = match kind {
                    LandEvaluationKind::Full if has_any => C::LandEvalOnlyUpdateOnRecord,
                    LandEvaluationKind::Full => C::LandEvalFullMissing,
                    LandEvaluationKind::Update => C::LandEvalUpdateMissing,
                };
                keep(&mut reasons, base(code, &same));
            }
            (!human).then_some(ok)
        }
    };
    let in_progress = as_of.is_some_and(|a| a.year() <= year);
    let outcome = match satisfied {
        None if year < first => Outcome::NotApplicable,
        None if human => Outcome::NeedsHuman,
        None | Some(true) => Outcome::Compliant,
        Some(false) if in_progress => {
            if let Some(a) = as_of {
                keep(
                    &mut reasons,
                    base(C::LandEvalYearInProgress, &|r| r.with("asOf", a)),
                );
            }
            Outcome::Pending
        }
        // No evaluation of the zone on record at all: the register does not track them, which
        // is no information (as the duties and the report read it), not a year missed.
        Some(false) if reg.land_evaluations_of(zone).next().is_none() => {
            keep(&mut reasons, base(C::LandEvalNoneOnRecord, &same));
            Outcome::Unknown
        }
        Some(false) => Outcome::NonCompliant,
    };
    let (outcome, reasons, required, satisfied) =
        match crate::rules::common::absent_in_year(rule, zone, year) {
            Some(r) => {
                needs_human.clear();
                let reasons = if explain { alloc::vec![r] } else { Vec::new() };
                (Outcome::NotApplicable, reasons, None, None)
            }
            None => (outcome, reasons, required, satisfied),
        };
    Ok(LandEvalFinding {
        outcome,
        reasons,
        needs_human,
        required,
        anchor,
        basis,
        on_record,
        satisfied,
    })
}

computed! {
    /// art-11.b as a computed rule ([`land_evaluation`]).
    LandEvaluation: ART_11_B(LandEvalInput) -> LandEvalDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            land_evaluation(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params)
        });
    outcomes: [Compliant, NonCompliant, Pending, NeedsHuman, NotApplicable, Unknown];
}
