//! Inputs shared by the zone checks, and small helpers they share.

use crate::dates::IsoDate;
use crate::num::Year;
use alloc::string::String;
use chrono::{Datelike, NaiveDate};

use crate::answer::Reason;
use crate::error::Error;
use crate::register::{ValidRegister, Zone};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// a zone check on a day the zone no longer existed (revoked)
    ZoneRevokedBefore = "ZONE_REVOKED_BEFORE" {
        zh: "{zoneName}({zone})在{date}已被撤销,不再是开发区,本规则不适用",
        ko: "{zoneName}({zone})의 경우 {date}에 이미 철회되여 개발구가 아니므로 이 규정이 적용되지 않는다",
        en: "{zoneName} ({zone}) had been revoked by {date}: it was no longer a zone, and the rule does not apply"
    }
    /// a zone check on a day the zone no longer existed (merged)
    ZoneMergedBefore = "ZONE_MERGED_BEFORE" {
        zh: "{zoneName}({zone})在{date}已并入其他开发区,不再单独存在,本规则不适用",
        ko: "{zoneName}({zone})의 경우 {date}에 이미 다른 개발구에 통합되여 따로 존재하지 않으므로 이 규정이 적용되지 않는다",
        en: "{zoneName} ({zone}) had been merged into another zone by {date}: it no longer existed on its own, and the rule does not apply"
    }
    /// a zone check on a day before the zone existed
    ZoneNotYetEstablished = "ZONE_NOT_YET_ESTABLISHED" {
        zh: "{zoneName}({zone})在{date}尚未设立,本规则不适用",
        ko: "{zoneName}({zone})의 경우 {date}에 아직 설립되지 않았으므로 이 규정이 적용되지 않는다",
        en: "{zoneName} ({zone}) had not been established by {date}, and the rule does not apply"
    }
    /// a zone check of a zone pre.a puts outside the opinion's scope (a park inside a zone, an
    /// overseas zone, …): not a 「开发区」 of its own
    ZoneOutOfScope = "ZONE_OUT_OF_SCOPE" {
        zh: "{zoneName}({zone})不属于本意见所称开发区(见 pre.a),本规则不适用",
        ko: "{zoneName}({zone})의 경우 본 의견에서 말하는 개발구가 아니므로(pre.a 참조) 이 규정이 적용되지 않는다",
        en: "{zoneName} ({zone}) is not a development zone in the sense of the opinion (see pre.a), and the rule does not apply"
    }
    /// a zone the competent authority found to exist in name only (art-02.b) cannot take up a
    /// permission or support of the opinion
    ZoneFoundNominalBars = "ZONE_FOUND_NOMINAL_BARS" {
        zh: "主管机关已认定{zoneName}({zone})有名无实,按“对有名无实的开发区(工业集中区)予以撤销”(art-02.b)应予撤销,不能据本规则申请",
        ko: "주관기관이 {zoneName}({zone})에 대하여 유명무실하다고 인정하였으므로 ‘유명무실한 개발구(공업집중구)는 철회한다’(art-02.b)에 따라 철회하여야 하며 이 규정에 따라 신청할 수 없다",
        en: "the competent authority found {zoneName} ({zone}) to exist in name only, and 「对有名无实的开发区(工业集中区)予以撤销」 (art-02.b) revokes it: it cannot apply under this rule"
    }
    /// (needs a person) a zone found to exist in name only, whose permission under this rule the
    /// text does not withdraw in words
    ZoneFoundNominalAsk = "ZONE_FOUND_NOMINAL_ASK" {
        zh: "主管机关已认定{zoneName}({zone})有名无实,按 art-02.b 应予撤销;撤销前本规则的许可是否仍适用,需人工判断",
        ko: "주관기관이 {zoneName}({zone})에 대하여 유명무실하다고 인정하였으므로 art-02.b에 따라 철회하여야 한다. 철회 전에 이 규정의 허용이 여전히 적용되는지는 사람이 판단하여야 한다",
        en: "the competent authority found {zoneName} ({zone}) to exist in name only, which art-02.b revokes: whether this rule's permission still applies until the revocation is for a person"
    }
    /// (needs a person) a zone the register flags as nominal (status `NOMINAL_FLAGGED`), whose
    /// permission under this rule the text does not withdraw in words
    ZoneFlaggedNominalAsk = "ZONE_FLAGGED_NOMINAL_ASK" {
        zh: "{zoneName}({zone})在登记册中标记为有名无实,按 art-02.b 应予撤销;撤销前本规则的许可是否仍适用,需人工判断",
        ko: "{zoneName}({zone}){|은} 등록부에 유명무실한 것으로 표시되여 있으므로 art-02.b에 따라 철회하여야 한다. 철회 전에 이 규정의 허용이 여전히 적용되는지는 사람이 판단하여야 한다",
        en: "{zoneName} ({zone}) is flagged in the register as existing in name only, which art-02.b revokes: whether this rule's permission still applies until the revocation is for a person"
    }
}

/// A question about one zone of a register.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register` and `zoneId`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ZoneInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone asked about.
    pub zone_id: String,
    /// The date the answer is for (bans and windows in force on that day). Optional for checks
    /// that do not depend on it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
}

/// A question about one zone in one assessment (calendar) year.
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
pub struct ZoneYearInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone asked about.
    pub zone_id: String,
    /// The assessment year (for art-14.c–f: the last year of the window or streak).
    pub year: Year,
    /// The date the answer is for; facts after it are not known yet. Omitted: the year is
    /// judged as complete.
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
crate::by_field::by_field!(ZoneYearInput {
    name: "ZoneYearInput",
    expecting: "an object with `register`, `zoneId` and `year`",
    blank: ZoneYearInput {
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

/// A question about one county of a register.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `countyId` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CountyInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The county asked about, e.g. `CTY.YANJI`.
    pub county_id: String,
    /// The date the answer is for.
    pub as_of: IsoDate,
}

/// The first calendar year that lies wholly on or after the issuance date: the year itself when
/// issued on 1 January, otherwise the next (issued 2019-06-01 → 2020).
#[must_use]
pub fn first_full_year(issue_date: NaiveDate) -> i32 {
    if issue_date.month() == 1 && issue_date.day() == 1 {
        issue_date.year()
    } else {
        issue_date.year().saturating_add(1)
    }
}

/// Validates and indexes `register` (errors name `input.register…`), finds the zone (an unknown
/// one is an error at `input.zoneId`), runs `f` on them, makes the answer `NOT_APPLICABLE` for a
/// zone pre.a puts out of the opinion's scope (`out_of_scope`), and marks the answer when it
/// rests on made-up records: how every zone check's computed rule opens its input.
///
/// # Errors
/// `INVALID_INPUT` for a bad register or an unknown zone; `f`'s own errors.
pub fn on_zone<D>(
    register: crate::register::RegisterArg,
    zone_id: &str,
    f: impl FnOnce(&ValidRegister, &Zone) -> Result<crate::answer::Answer<D>, Error>,
) -> Result<crate::answer::Answer<D>, Error> {
    let reg = register.check("input.register")?;
    let zone = reg.zone_at(zone_id, "input.zoneId")?;
    let mut answer = f(&reg, zone)?;
    let a = &mut answer;
    out_of_scope(
        (&mut a.outcome, &mut a.reasons, &mut a.needs_human),
        a.rule_id,
        zone,
    );
    crate::illustrative::mark_zone(&mut answer, &reg, zone);
    Ok(answer)
}

/// Whether two ids are the same id: spaces around them, case and full-width forms (`ＣＴＹ.Ｂ`)
/// aside.
pub(crate) fn same_id(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> impl Iterator<Item = char> + '_ {
        s.trim().chars().map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(u32::from(c) - 0xFEE0).map_or(c, |c| c.to_ascii_lowercase())
            }
            c => c.to_ascii_lowercase(),
        })
    }
    a == b || norm(a).eq(norm(b))
}

/// Refuses an empty (or blank) id at `field`: `INVALID_INPUT` (`INVALID_VALUE`).
///
/// # Errors
/// As said.
pub(crate) fn non_empty_id(field: &str, id: &str) -> Result<(), Error> {
    if id.trim().is_empty() {
        return Err(Error::input(
            crate::error::Problem::InvalidValue,
            alloc::string::String::from(field),
            text!(zh: "标识不能为空", ko: "식별자가 비여 있습니다", en: "expected an id, not an empty text"),
        ));
    }
    Ok(())
}

/// Refuses one of the input's own lists whose ids are not all non-empty and distinct (spaces
/// around an id, its case and full-width forms aside: [`same_id`]): `INVALID_INPUT` at
/// `input.{name}[i].id`, the first that is not (`INVALID_VALUE` for an empty id, `DUPLICATE` for
/// a repeated one). The one check of art-03.b's candidates, art-04.c's measures, art-07.b's
/// commitments, art-12.f's platforms and seals and art-15.b's protected objects (not generic:
/// one copy).
///
/// # Errors
/// As said.
pub(crate) fn unique_ids(name: &str, ids: &[&str]) -> Result<(), Error> {
    for (i, id) in ids.iter().enumerate() {
        let field = || alloc::format!("input.{name}[{i}].id");
        non_empty_id(&field(), id)?;
        // The same id with other spaces around it, or in another case, is the same id.
        if ids.iter().take(i).any(|o| same_id(o, id)) {
            return Err(Error::input(
                crate::error::Problem::Duplicate,
                field(),
                text!(zh: "`{id}`:标识须互不相同(忽略首尾空格和大小写)", ko: "`{id}`: 식별자는 서로 달라야 합니다(앞뒤 공백과 대소문자는 무시)", en: "`{id}`: expected an id different from the others (spaces around it and case aside)"),
            ));
        }
    }
    Ok(())
}

/// An `ELIGIBLE` answer for a zone the competent authority found to exist in name only
/// (`nominalFinding`, art-02.b: 「予以撤销」), or that the register flags so on `asOf` (status
/// `NOMINAL_FLAGGED`; with no `asOf`, its latest status), becomes `NEEDS_HUMAN`, with the reason
/// (`ZONE_FOUND_NOMINAL_ASK`, `ZONE_FLAGGED_NOMINAL_ASK`): the permission is not withdrawn in
/// words, but the zone is to go.
pub(crate) fn nominal_asks(
    outcome: crate::answer::Outcome,
    needs_human: &mut alloc::vec::Vec<Reason>,
    rule: crate::rules::RuleId,
    zone: &Zone,
    as_of: Option<chrono::NaiveDate>,
) -> crate::answer::Outcome {
    if outcome != crate::answer::Outcome::Eligible {
        return outcome;
    }
    let Some(code) = nominal_ask(zone, as_of) else {
        return outcome;
    };
    needs_human.push(about(Reason::new(code, rule), zone));
    crate::answer::Outcome::NeedsHuman
}

/// Whether art-02.b's 「予以撤销」 hangs over `zone` on `as_of` (with no `asOf`, its latest
/// status): found nominal by the competent authority (`ZONE_FOUND_NOMINAL_ASK`), or flagged so
/// by the register (status `NOMINAL_FLAGGED`, `ZONE_FLAGGED_NOMINAL_ASK`) without a finding
/// that it is not (a finding decides, as art-02.b's own answer: KEEP).
#[must_use]
pub(crate) fn nominal_ask(
    zone: &Zone,
    as_of: Option<chrono::NaiveDate>,
) -> Option<crate::messages::ReasonCode> {
    use crate::messages::ReasonCode as C;
    let status = as_of.map_or(Some(zone.status), |d| zone.status_on(d));
    match zone.nominal_finding {
        Some(true) => Some(C::ZoneFoundNominalAsk),
        None if status == Some(crate::register::ZoneStatus::NominalFlagged) => {
            Some(C::ZoneFlaggedNominalAsk)
        }
        _ => None,
    }
}

/// [`on_zone`] for a check asked as of a day, or of none: `NOT_APPLICABLE` when asked of a day
/// before issuance (`AS_OF_BEFORE_ISSUANCE`; not for a `timeless` check such as pre.a's
/// definition), and, asked of no day, for a zone whose latest recorded status is revoked,
/// merged or proposed (`ZONE_NOT_ACTIVE`), as it is when asked of a day after it.
///
/// # Errors
/// As [`on_zone`].
pub fn on_zone_dated<D>(
    register: crate::register::RegisterArg,
    zone_id: &str,
    (as_of, timeless): (Option<NaiveDate>, bool),
    f: impl FnOnce(&ValidRegister, &Zone) -> Result<crate::answer::Answer<D>, Error>,
) -> Result<crate::answer::Answer<D>, Error> {
    on_zone(register, zone_id, |reg, zone| {
        let mut answer = f(reg, zone)?;
        let a = &mut answer;
        dated_gate(
            (&mut a.outcome, &mut a.reasons, &mut a.needs_human),
            (a.rule_id, zone),
            (as_of, (!timeless).then_some(*reg.issue_date)),
        );
        Ok(answer)
    })
}

/// [`on_zone_dated`]'s gate, on the answer's parts (one copy for every answer type).
#[inline(never)]
fn dated_gate(
    (outcome, reasons, needs_human): (
        &mut crate::answer::Outcome,
        &mut alloc::vec::Vec<Reason>,
        &mut alloc::vec::Vec<Reason>,
    ),
    (rule, zone): (crate::rules::RuleId, &Zone),
    (as_of, issue_date): (Option<NaiveDate>, Option<NaiveDate>),
) {
    use crate::messages::ReasonCode as C;
    let reason = match (as_of, issue_date) {
        (Some(day), Some(issued)) if day < issued => before_issuance_reason(rule, day, issued),
        (Some(_), _) => return,
        (None, _) => {
            let latest = zone.status_history.last().map_or(zone.status, |c| c.status);
            if latest.exists() {
                return;
            }
            about(
                Reason::new(C::ZoneNotActive, rule).with("status", latest.as_str()),
                zone,
            )
        }
    };
    made_not_applicable((outcome, reasons, needs_human), reason);
}

/// An answer's parts made `NOT_APPLICABLE` with `reason` alone, whatever the rule found (its
/// detail and parameters are kept): what every gate of this file does ([`out_of_scope`],
/// [`on_zone_dated`], [`before_issuance`]), on the parts, one copy for every answer type.
#[inline(never)]
fn made_not_applicable(
    (outcome, reasons, needs_human): (
        &mut crate::answer::Outcome,
        &mut alloc::vec::Vec<Reason>,
        &mut alloc::vec::Vec<Reason>,
    ),
    reason: Reason,
) {
    *outcome = crate::answer::Outcome::NotApplicable;
    reasons.clear();
    reasons.push(reason);
    needs_human.clear();
}

/// `AS_OF_BEFORE_ISSUANCE`: `as_of` is before the opinion was issued on `issue_date`.
fn before_issuance_reason(
    rule: crate::rules::RuleId,
    as_of: NaiveDate,
    issue_date: NaiveDate,
) -> Reason {
    Reason::new(crate::messages::ReasonCode::AsOfBeforeIssuance, rule)
        .with("asOf", as_of)
        .with("issueDate", issue_date)
}

/// The zone rules that read pre.a's scope themselves: pre.a, and art-08.a, whose answer for a
/// zone out of scope is NOT_ELIGIBLE with its own reason (`COOP_PARK_NOT_A_ZONE`).
const READS_SCOPE_ITSELF: [crate::rules::RuleId; 2] =
    [crate::rules::RuleId::PRE_A, crate::rules::RuleId::ART_08_A];

/// Makes a zone check's answer `NOT_APPLICABLE` (`ZONE_OUT_OF_SCOPE`) when pre.a puts `zone`
/// outside the opinion's scope (a park inside a zone, an overseas zone, a zone of no covered
/// type or level: not a 「开发区」 of its own), whatever the rule found; its detail and
/// parameters are kept. [`on_zone`] applies it to every zone check but
/// [`READS_SCOPE_ITSELF`]'s; the zone summary and the report leave such a zone with its pre.a
/// finding alone (`summary::zone_findings_with`), and art-14.d's paths share it in its one
/// routine. On the answer's parts, not generic: one copy for every
/// answer type.
#[inline(never)]
pub(crate) fn out_of_scope(
    (outcome, reasons, needs_human): (
        &mut crate::answer::Outcome,
        &mut alloc::vec::Vec<Reason>,
        &mut alloc::vec::Vec<Reason>,
    ),
    rule: crate::rules::RuleId,
    zone: &Zone,
) {
    if READS_SCOPE_ITSELF.contains(&rule) || !crate::rules::preamble::outside_scope(zone) {
        return;
    }
    made_not_applicable(
        (outcome, reasons, needs_human),
        about(
            Reason::new(crate::messages::ReasonCode::ZoneOutOfScope, rule),
            zone,
        ),
    );
}

/// [`on_zone`] for a rule answering in brief ([`crate::answer::Brief`]): the register
/// validated once, the zone found, and the brief marked as resting on made-up records as the
/// answer would be (`ILLUSTRATIVE_RECORDS` first).
///
/// # Errors
/// As [`on_zone`].
pub fn on_zone_brief(
    register: crate::register::RegisterArg,
    zone_id: &str,
    f: impl FnOnce(&ValidRegister, &Zone) -> crate::answer::Brief,
) -> Result<crate::answer::Brief, Error> {
    let reg = register.check("input.register")?;
    let zone = reg.zone_at(zone_id, "input.zoneId")?;
    let mut brief = f(&reg, zone);
    if crate::illustrative::rests_on_made_up(&reg, brief.rule_id, zone) {
        brief.mark_illustrative();
    }
    Ok(brief)
}

/// What names some of a reason's facts, given the reason made so far: for a helper that makes a
/// reason around them, so that every fact is named in the order of the names (each goes at the
/// end of the list, `Reason::with`), or that names them only when the reason is made in full
/// (art-14.d's decisions).
pub(crate) type Naming<'a> = &'a dyn Fn(Reason) -> Reason;

/// Adds the zone's id and name to a reason. Given the reason with its other facts already
/// named (`about(Reason::new(..).with("year", t), zone)`), the zone's facts, named last in
/// order, go at the end of its list without a search ([`crate::answer::Facts::set`]).
#[must_use]
pub fn about(reason: Reason, zone: &Zone) -> Reason {
    // Shared when the zone's register was validated, not copied (`Zone::fact_names`).
    let (id, zh, ko, en) = zone.fact_names();
    let mut reason = reason;
    // Names in byte order: zone, zoneName, zoneNameEn, zoneNameKo.
    match (en, ko) {
        (Some(en), Some(ko)) => reason.args.set_run([
            ("zone", id),
            ("zoneName", zh),
            ("zoneNameEn", en),
            ("zoneNameKo", ko),
        ]),
        (Some(en), None) => {
            reason
                .args
                .set_run([("zone", id), ("zoneName", zh), ("zoneNameEn", en)]);
        }
        (None, Some(ko)) => {
            reason
                .args
                .set_run([("zone", id), ("zoneName", zh), ("zoneNameKo", ko)]);
        }
        (None, None) => reason.args.set_run([("zone", id), ("zoneName", zh)]),
    }
    reason
}

/// The last day of `year`.
///
/// # Errors
/// `OUT_OF_RANGE` at `input.year` for a year beyond the calendar.
pub fn dec31(year: i32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(|| {
        Error::out_of_range(
            "input.year",
            text!(zh: "年份超出范围", ko: "년도가 범위를 벗어났습니다", en: "year out of range"),
        )
    })
}

/// Why a zone check does not apply on `day`: the zone did not exist then (revoked or merged
/// before, or not established yet). `None` when it existed.
#[must_use]
pub fn absent_on(rule: crate::rules::RuleId, zone: &Zone, day: NaiveDate) -> Option<Reason> {
    use crate::messages::ReasonCode as C;
    use crate::register::ZoneStatus;
    if zone.exists_on(day) {
        return None;
    }
    let status = zone.status_on(day);
    let code = match status {
        None | Some(ZoneStatus::Proposed) => C::ZoneNotYetEstablished,
        Some(ZoneStatus::Merged) => C::ZoneMergedBefore,
        Some(_) => C::ZoneRevokedBefore,
    };
    let mut r = about(Reason::new(code, rule).with("date", day), zone);
    if let Some(since) = zone.status_since(day) {
        r = r.with("since", since);
    }
    Some(r)
}

/// Why a zone check for `year` does not apply: the zone existed on no day of the year.
#[must_use]
#[inline]
pub fn absent_in_year(rule: crate::rules::RuleId, zone: &Zone, year: i32) -> Option<Reason> {
    if zone.exists_in_year(year) {
        return None;
    }
    let day = NaiveDate::from_ymd_opt(year, 1, 1)?;
    absent_on(rule, zone, day).map(|r| r.with("year", year))
}

/// An answer asked as of a day before the opinion was issued (`AS_OF_BEFORE_ISSUANCE`): a
/// requirement the opinion sets did not exist yet, so the answer is `NOT_APPLICABLE`, whatever
/// the facts of that day (its detail and parameters are kept). Returns whether it was.
pub fn before_issuance<D>(
    answer: &mut crate::answer::Answer<D>,
    as_of: NaiveDate,
    issue_date: NaiveDate,
) -> bool {
    if as_of >= issue_date {
        return false;
    }
    let reason = before_issuance_reason(answer.rule_id, as_of, issue_date);
    let a = answer;
    made_not_applicable((&mut a.outcome, &mut a.reasons, &mut a.needs_human), reason);
    true
}

/// The `NOT_APPLICABLE` answer of a zone check for a zone that did not exist when asked.
#[must_use]
pub fn not_applicable<D>(
    rule: crate::rules::RuleId,
    reason: Reason,
    detail: D,
) -> crate::answer::Answer<D> {
    crate::answer::Answer {
        rule_id: rule,
        outcome: crate::answer::Outcome::NotApplicable,
        reasons: alloc::vec![reason],
        needs_human: alloc::vec::Vec::new(),
        params_used: crate::answer::ParamsUsed::new(),
        detail,
    }
}
