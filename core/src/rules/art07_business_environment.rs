//! (七) 打造高水平营商环境.
//!
//! art-07.b 「严格兑现各项政策承诺」: each policy commitment is honoured on time when it was
//! fulfilled on or before its due date (the due day included), late after it, overdue when not
//! fulfilled after the due day, pending before. A commitment without a due date cannot be late
//! by the text: fulfilled, it is honoured; not fulfilled, a person decides. The other half of the
//! rule, 「制订全州开发区软环境建设考核评价体系」, stays an open item of the Bureau of Commerce.
//!
//! art-07.c 「全面实行外商投资准入前国民待遇加负面清单管理模式」: a foreign-invested project is
//! admitted at the access stage as a domestic one is (national treatment) unless its sector is on
//! the national negative list in force on the day of the decision; a sector the list prohibits is
//! not admitted, one it restricts is admitted only on the list's special administrative measures.
//! The list is external data, given with the question. Sector codes are those of the national
//! industry classification GB/T 4754-2017, read with or without their section letter (`C2710`
//! and `2710` are one code: the division 27 is in section C); a text that is no such code is
//! refused, never taken as "not on the list". An entry's code covers every code within it (the
//! classification is a hierarchy: `C27` covers `C2710`, `C` covers both); when several entries
//! cover the sector, a prohibition prevails and the
//! conditions of every restricting entry apply. A list not in force on the day asked is not
//! silently used: a person decides by the list that is.

use crate::answer::AddReason;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::dates::IsoDate;
use crate::duties::DutyStatus;
use crate::error::Error;
use crate::messages::ReasonCode as C;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-07.b: a commitment fulfilled on or before its due date.
    CommitmentMetOnTime = "COMMITMENT_MET_ON_TIME" {
        zh: "政策承诺{commitment}已于{fulfilledDate}兑现,未超过期限{due}(含当日)",
        ko: "정책약속 {commitment|은} {fulfilledDate}에 리행되여 기한({due}, 당일 포함)을 넘기지 않았다",
        en: "policy commitment {commitment} was honoured on {fulfilledDate}, by its due date {due} (inclusive)"
    }
    /// art-07.b: a commitment without a due date, fulfilled.
    CommitmentMetNoDue = "COMMITMENT_MET_NO_DUE" {
        zh: "政策承诺{commitment}已于{fulfilledDate}兑现(承诺未定期限)",
        ko: "정책약속 {commitment|은} {fulfilledDate}에 리행되였다(약속에 기한이 없음)",
        en: "policy commitment {commitment} was honoured on {fulfilledDate} (it set no due date)"
    }
    /// art-07.b: a commitment fulfilled after its due date.
    CommitmentMetLate = "COMMITMENT_MET_LATE" {
        zh: "政策承诺{commitment}于{fulfilledDate}兑现,超过期限{due}共{daysLate}天",
        ko: "정책약속 {commitment|은} {fulfilledDate}에 리행되여 기한 {due|을} {daysLate}일 넘겼다",
        en: "policy commitment {commitment} was honoured on {fulfilledDate}, {daysLate} day(s) after its due date {due}"
    }
    /// art-07.b: a commitment not fulfilled after its due date.
    CommitmentOverdue = "COMMITMENT_OVERDUE" {
        zh: "截至{asOf}政策承诺{commitment}尚未兑现,已超过期限{due}共{daysOverdue}天",
        ko: "{asOf} 현재 정책약속 {commitment|이} 리행되지 않았으며 기한 {due|을} {daysOverdue}일 넘겼다",
        en: "as of {asOf} policy commitment {commitment} is not honoured; its due date {due} passed {daysOverdue} day(s) ago"
    }
    /// art-07.b: a commitment not fulfilled, still within its period.
    CommitmentPending = "COMMITMENT_PENDING" {
        zh: "截至{asOf}政策承诺{commitment}尚未兑现,最迟于{due}(含当日)兑现,还有{daysRemaining}天",
        ko: "{asOf} 현재 정책약속 {commitment|이} 리행되지 않았으며 늦어도 {due}(당일 포함)까지 리행하여야 한다. {daysRemaining}일 남았다",
        en: "as of {asOf} policy commitment {commitment} is not yet honoured; it is due by {due} (inclusive), {daysRemaining} day(s) from now"
    }
    /// art-07.b: a commitment without a due date, not fulfilled.
    CommitmentNoDueDate = "COMMITMENT_NO_DUE_DATE" {
        zh: "截至{asOf}政策承诺{commitment}尚未兑现且未记录期限,是否属于未“严格兑现”需人工判断",
        ko: "{asOf} 현재 정책약속 {commitment|이} 리행되지 않았고 기한도 기록되지 않았으므로 “엄격히 리행”하지 않은 것인지는 사람이 판단하여야 한다",
        en: "as of {asOf} policy commitment {commitment} is not honoured and no due date is recorded: a person must decide whether it is 「严格兑现」 (strictly honoured)"
    }
    /// art-07.b: no commitments were given.
    CommitmentsNone = "COMMITMENTS_NONE" {
        zh: "未提供任何政策承诺,无从判断是否严格兑现",
        ko: "정책약속이 하나도 제공되지 않아 엄격히 리행하였는지 판단할 수 없다",
        en: "no policy commitments were given: nothing to judge"
    }
    /// art-07.c: the project is not a foreign investment.
    ForeignAccessNotForeign = "FOREIGN_ACCESS_NOT_FOREIGN" {
        zh: "{project}不是外商投资项目,不适用外商投资准入负面清单",
        ko: "대상({project})은 외상투자 대상이 아니므로 외상투자 진입 네거티브리스트가 적용되지 않는다",
        en: "{project} is not a foreign investment: the negative list for foreign investment does not apply"
    }
    /// art-07.c: the list given was not yet in force on the day asked.
    NegativeListNotYetInForce = "NEGATIVE_LIST_NOT_YET_IN_FORCE" {
        zh: "所给负面清单《{list}》自{inForceFrom}起施行,{asOf}尚未施行;应依{asOf}施行的负面清单判断,需人工核对",
        ko: "제공된 네거티브리스트(《{list}》)는 {inForceFrom}부터 시행되므로 {asOf}에는 아직 시행되지 않았다. {asOf}에 시행되는 네거티브리스트에 따라 판단하여야 하므로 사람이 대조하여야 한다",
        en: "the negative list given ({list}) is in force from {inForceFrom}, not yet on {asOf}: access is decided by the list in force on {asOf}, which a person must check"
    }
    /// art-07.c: the list given was no longer in force on the day asked.
    NegativeListNoLongerInForce = "NEGATIVE_LIST_NO_LONGER_IN_FORCE" {
        zh: "所给负面清单《{list}》施行至{inForceUntil},{asOf}已不再施行;应依{asOf}施行的负面清单判断,需人工核对",
        ko: "제공된 네거티브리스트(《{list}》)는 {inForceUntil}까지 시행되였으므로 {asOf}에는 더 이상 시행되지 않는다. {asOf}에 시행되는 네거티브리스트에 따라 판단하여야 하므로 사람이 대조하여야 한다",
        en: "the negative list given ({list}) was in force until {inForceUntil}, no longer on {asOf}: access is decided by the list in force on {asOf}, which a person must check"
    }
    /// art-07.c (needs a person): the project's sector code is broader than an entry's, which may
    /// or may not cover it.
    ForeignAccessSectorTooBroad = "FOREIGN_ACCESS_SECTOR_TOO_BROAD" {
        zh: "{project}所属行业代码{sector}比负面清单《{list}》的条目{entries}更宽,项目是否属于该条目所列领域需按更细的行业代码人工核对",
        ko: "대상({project})의 업종 코드({sector})는 네거티브리스트 《{list}》의 항목 {entries}보다 넓으므로 대상이 그 항목의 령역에 속하는지는 더 세분한 업종 코드로 사람이 대조하여야 한다",
        en: "the sector code of {project}, {sector}, is broader than the negative list's ({list}) entry {entries}: whether the project falls within that entry is for a person to check on a finer code"
    }
    /// art-07.c: the sector is outside the list: national treatment.
    ForeignAccessNationalTreatment = "FOREIGN_ACCESS_NATIONAL_TREATMENT" {
        zh: "{project}所属行业{sector}不在负面清单《{list}》之内,实行准入前国民待遇:按内外资一致的原则准入,不得对外商投资另设准入限制",
        ko: "대상({project})의 업종({sector})은 네거티브리스트 《{list}》에 들어 있지 않으므로 진입 전 국민대우를 실행한다. 내자와 외자에 똑같은 원칙으로 진입을 허용하며 외상투자에 별도의 진입 제한을 둘 수 없다",
        en: "the sector of {project}, {sector}, is not on the negative list ({list}): pre-establishment national treatment applies, so it is admitted as a domestic investment would be, with no further access conditions for foreign investment"
    }
    /// art-07.c: the sector is one the list prohibits.
    ForeignAccessProhibited = "FOREIGN_ACCESS_PROHIBITED" {
        zh: "{project}所属行业{sector}属于负面清单《{list}》禁止外商投资的领域(条目{entries}),不得准入",
        ko: "대상({project})의 업종({sector})은 네거티브리스트 《{list}》에서 외상투자를 금지하는 령역(항목 {entries})에 속하므로 진입을 허용하지 않는다",
        en: "the sector of {project}, {sector}, is one where the negative list ({list}) prohibits foreign investment (entry {entries}): not admitted"
    }
    /// art-07.c: restricted, and the special measures are met.
    ForeignAccessRestrictedMet = "FOREIGN_ACCESS_RESTRICTED_MET" {
        zh: "{project}所属行业{sector}属于负面清单《{list}》限制外商投资的领域(条目{entries}),须符合特别管理措施:{conditions};已记录为符合,可以准入",
        ko: "대상({project})의 업종({sector})은 네거티브리스트 《{list}》에서 외상투자를 제한하는 령역(항목 {entries})에 속하여 특별관리조치({conditions})에 부합하여야 한다. 부합한다고 기록되였으므로 진입을 허용한다",
        en: "the sector of {project}, {sector}, is one where the negative list ({list}) restricts foreign investment (entry {entries}), on the special administrative measures: {conditions}; they are recorded as met: admitted"
    }
    /// art-07.c: restricted, and the special measures are not met.
    ForeignAccessRestrictedNotMet = "FOREIGN_ACCESS_RESTRICTED_NOT_MET" {
        zh: "{project}所属行业{sector}属于负面清单《{list}》限制外商投资的领域(条目{entries}),须符合特别管理措施:{conditions};已记录为不符合,不得准入",
        ko: "대상({project})의 업종({sector})은 네거티브리스트 《{list}》에서 외상투자를 제한하는 령역(항목 {entries})에 속하여 특별관리조치({conditions})에 부합하여야 한다. 부합하지 않는다고 기록되였으므로 진입을 허용하지 않는다",
        en: "the sector of {project}, {sector}, is one where the negative list ({list}) restricts foreign investment (entry {entries}), on the special administrative measures: {conditions}; they are recorded as not met: not admitted"
    }
    /// art-07.c (needs a person): restricted, and whether the measures are met is not recorded.
    ForeignAccessRestrictedUnchecked = "FOREIGN_ACCESS_RESTRICTED_UNCHECKED" {
        zh: "{project}所属行业{sector}属于负面清单《{list}》限制外商投资的领域(条目{entries}),须符合特别管理措施:{conditions};未记录是否符合,需人工核对",
        ko: "대상({project})의 업종({sector})은 네거티브리스트 《{list}》에서 외상투자를 제한하는 령역(항목 {entries})에 속하여 특별관리조치({conditions})에 부합하여야 한다. 부합하는지 기록되지 않았으므로 사람이 대조하여야 한다",
        en: "the sector of {project}, {sector}, is one where the negative list ({list}) restricts foreign investment (entry {entries}), on the special administrative measures: {conditions}; whether they are met is not recorded: a person must check"
    }
}

/// art-07.a: High-standard infrastructure planning incl. service platforms
pub static ART_07_A: RuleMeta = RuleMeta {
    id: "art-07.a",
    title: "High-standard infrastructure planning incl. service platforms",
    title_zh: "高标准整体规划基础设施和服务平台建设",
    title_ko: "높은 표준의 기초시설 및 봉사플랫폼 건설 전반 계획",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "各开发区要高标准整体规划基础设施建设,将为企业服务的公共信息、技术、物流等服务平台建设统一纳入整体规划。",
    extra_quotes: &[],
    en: "Each zone shall plan infrastructure as a whole to a high standard and include the public information, technology, logistics and other service platforms serving enterprises in that overall plan.",
    ko: "각 개발구는 높은 표준으로 기초시설 건설을 전반적으로 계획하고 기업에 봉사하는 공공정보, 기술, 물류 등 봉사플랫폼 건설을 전반 계획에 통일적으로 포함시켜야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-07.b: Soft-environment assessment system; honour policy commitments
pub static ART_07_B: RuleMeta = RuleMeta {
    id: "art-07.b",
    title: "Soft-environment assessment system; honour policy commitments",
    title_zh: "软环境建设考核评价体系;兑现政策承诺",
    title_ko: "연환경건설 심사평가체계, 정책약속 리행",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    owed_by: OwedBy::ClauseList,
    quote: "制订全州开发区软环境建设考核评价体系,严格兑现各项政策承诺。",
    extra_quotes: &[],
    en: "Formulate a prefecture-wide assessment and evaluation system for the zones' 'soft environment', and strictly honour all policy commitments.",
    ko: "전 주 개발구 연환경건설 심사평가체계를 제정하고 각종 정책약속을 엄격히 리행한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-07.c: Pre-establishment national treatment + negative list
pub static ART_07_C: RuleMeta = RuleMeta {
    id: "art-07.c",
    title: "Pre-establishment national treatment + negative list",
    title_zh: "准入前国民待遇加负面清单管理模式",
    title_ko: "진입 전 국민대우와 네거티브리스트 관리모식",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    owed_by: OwedBy::Nobody,
    quote: "加快复制推广自贸试验区经验做法,全面实行外商投资准入前国民待遇加负面清单管理模式",
    extra_quotes: &[],
    en: "Accelerate replication of pilot-free-trade-zone practices and fully implement pre-establishment national treatment plus negative-list management for foreign investment.",
    ko: "자유무역시험구의 경험과 방법을 복제, 보급하는 것을 다그치고 외상투자 진입 전 국민대우와 네거티브리스트 관리모식을 전면 실행한다",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-07.d: Communication, coordination and complaint-accountability mechanisms
pub static ART_07_D: RuleMeta = RuleMeta {
    id: "art-07.d",
    title: "Communication, coordination and complaint-accountability mechanisms",
    title_zh: "政企沟通、问题协调和投诉问责机制",
    title_ko: "정부·기업 소통, 문제 조률, 신소·문책 기제",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.GOVDIGI", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "建立健全常态化的政企沟通机制、问题协调机制和投诉问责机制",
    extra_quotes: &[],
    en: "Establish and improve regular government–enterprise communication, problem-coordination and complaint-and-accountability mechanisms.",
    ko: "상시화된 정부·기업 소통기제, 문제 조률기제와 신소·문책기제를 건립하고 건전히 한다",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// One policy commitment (政策承诺) made to enterprises or investors.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a commitment object with an `id`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Commitment {
    /// An identifier of the commitment (a document number, a contract clause, …).
    pub id: String,
    /// The last day on which fulfilment is on time, as the commitment states it; absent when it
    /// sets none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub due_date: Option<IsoDate>,
    /// The day it was fulfilled (兑现); absent: not fulfilled.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub fulfilled_date: Option<IsoDate>,
    /// Where this record comes from.
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
crate::by_field::by_field!(Commitment {
    name: "Commitment",
    expecting: "a commitment object with an `id`",
    blank: Commitment {
        id: String::new(),
        due_date: Default::default(),
        fulfilled_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "id" => id [required],
        "dueDate" => due_date,
        "fulfilledDate" => fulfilled_date,
        "note" => note,
    ],
});

/// What art-07.b is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `commitments` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CommitmentsInput {
    /// The commitments.
    pub commitments: Vec<Commitment>,
    /// The date the status is asked for. Fulfilments dated after it are not counted.
    pub as_of: IsoDate,
}

/// One commitment's finding.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct CommitmentFinding {
    /// The commitment.
    pub commitment_id: String,
    /// Its due date, as recorded.
    pub due: Option<IsoDate>,
    /// Its fulfilment date, when on or before `asOf`.
    pub fulfilled_date: Option<IsoDate>,
    /// Its status on `asOf`.
    pub commitment_status: DutyStatus,
}

/// art-07.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CommitmentsDetail {
    /// Each commitment, in the order given.
    pub commitments: Vec<CommitmentFinding>,
}

fn days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// art-07.b 「严格兑现各项政策承诺」 on `asOf`: OVERDUE when any commitment is overdue; NEEDS_HUMAN
/// when one without a due date is not fulfilled; MET_LATE when one was honoured late; PENDING
/// when one is still within its period; MET_ON_TIME when all were honoured on time; UNKNOWN for
/// an empty list.
///
/// # Errors
/// `INVALID_INPUT` at `input.commitments[i].id` for an empty or repeated id.
pub fn policy_commitments(
    input: &CommitmentsInput,
    _params: &crate::params::Params,
) -> Result<Answer<CommitmentsDetail>, Error> {
    let rule = RuleId::ART_07_B;
    let as_of = *input.as_of;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut findings = Vec::new();
    let ids: Vec<&str> = input.commitments.iter().map(|c| c.id.as_str()).collect();
    super::common::unique_ids("commitments", &ids)?;
    for c in &input.commitments {
        let fulfilled = c.fulfilled_date.filter(|d| **d <= as_of);
        let base = |code| Reason::new(code, rule).with("commitment", c.id.clone());
        let status = match (c.due_date, fulfilled) {
            (Some(due), Some(done)) if done <= due => {
                reasons.add(
                    base(C::CommitmentMetOnTime)
                        .with("due", due)
                        .with("fulfilledDate", done),
                );
                DutyStatus::DoneOnTime
            }
            (Some(due), Some(done)) => {
                reasons.add(
                    base(C::CommitmentMetLate)
                        .with("daysLate", days(*due, *done))
                        .with("due", due)
                        .with("fulfilledDate", done),
                );
                DutyStatus::DoneLate
            }
            (None, Some(done)) => {
                reasons.add(base(C::CommitmentMetNoDue).with("fulfilledDate", done));
                DutyStatus::Done
            }
            (Some(due), None) if as_of > *due => {
                reasons.add(
                    base(C::CommitmentOverdue)
                        .with("asOf", input.as_of)
                        .with("daysOverdue", days(*due, as_of))
                        .with("due", due),
                );
                DutyStatus::Overdue
            }
            (Some(due), None) => {
                reasons.add(
                    base(C::CommitmentPending)
                        .with("asOf", input.as_of)
                        .with("daysRemaining", days(as_of, *due))
                        .with("due", due),
                );
                DutyStatus::Pending
            }
            (None, None) => {
                needs_human.add(base(C::CommitmentNoDueDate).with("asOf", input.as_of));
                DutyStatus::Unknown
            }
        };
        findings.push(CommitmentFinding {
            commitment_id: c.id.clone(),
            due: c.due_date,
            fulfilled_date: fulfilled,
            commitment_status: status,
        });
    }
    let any = |s: DutyStatus| findings.iter().any(|f| f.commitment_status == s);
    let outcome = if findings.is_empty() {
        reasons.add(Reason::new(C::CommitmentsNone, rule));
        Outcome::Unknown
    } else if any(DutyStatus::Overdue) {
        Outcome::Overdue
    } else if any(DutyStatus::Unknown) {
        Outcome::NeedsHuman
    } else if any(DutyStatus::DoneLate) {
        Outcome::MetLate
    } else if any(DutyStatus::Pending) {
        Outcome::Pending
    } else if any(DutyStatus::Done) {
        // Fulfilled, but one at least had no due date: met, not "met on time" (the duties'
        // DONE, not DONE_ON_TIME).
        Outcome::Compliant
    } else {
        Outcome::MetOnTime
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail: CommitmentsDetail {
            commitments: findings,
        },
    })
}

/// Labels of art-07.b's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_07_B_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "commitments",
            "政策承诺",
            "정책약속",
            "Policy commitments",
            Shape::Objects,
        ),
        f("commitmentId", "承诺", "약속", "Commitment", Shape::Plain),
        f(
            "fulfilledDate",
            "兑现日期",
            "리행 날자",
            "Honoured on",
            Shape::Plain,
        ),
        f(
            "commitmentStatus",
            "兑现情况",
            "리행 상황",
            "Status",
            Shape::Enum(&[<DutyStatus as Stable>::TABLE]),
        ),
    ]
};

computed! {
    /// art-07.b as a computed rule ([`policy_commitments`]).
    PolicyCommitments: ART_07_B(CommitmentsInput) -> CommitmentsDetail [ART_07_B_FIELDS] = policy_commitments;
    outcomes: [MetOnTime, Compliant, MetLate, Overdue, Pending, NeedsHuman, Unknown];
}

stable_enum! {
    /// What a negative-list entry does to foreign investment in its sector (art-07.c).
    ListMeasure {
        /// 禁止外商投资.
        Prohibited = "PROHIBITED" { zh: "禁止外商投资", ko: "외상투자 금지", en: "foreign investment prohibited" },
        /// 限制外商投资: admitted on special administrative measures.
        Restricted = "RESTRICTED" { zh: "限制外商投资", ko: "외상투자 제한", en: "foreign investment restricted" },
    }
}

stable_enum! {
    /// How a foreign-invested project is treated at the access stage (art-07.c).
    AccessTreatment {
        /// Outside the list: 准入前国民待遇.
        NationalTreatment = "NATIONAL_TREATMENT" { zh: "准入前国民待遇", ko: "진입 전 국민대우", en: "pre-establishment national treatment" },
        /// On the list as restricted: admitted on its special measures.
        Restricted = "RESTRICTED" { zh: "限制类(须符合特别管理措施)", ko: "제한류(특별관리조치에 부합하여야 함)", en: "restricted (on special measures)" },
        /// On the list as prohibited.
        Prohibited = "PROHIBITED" { zh: "禁止类", ko: "금지류", en: "prohibited" },
    }
}

/// One entry of the negative list (外商投资准入特别管理措施).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a negative-list entry with `sector` and `measure`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct NegativeListEntry {
    /// The sector's code in the national industry classification (GB/T 4754-2017): a section
    /// letter, a division, group or class of 2–4 digits, or both (`C`, `C27`, `271`, `C2710`);
    /// it covers every code within it.
    pub sector: String,
    /// Prohibited or restricted.
    pub measure: ListMeasure,
    /// The special administrative measures of a restricting entry (a shareholding cap, a
    /// Chinese controlling share, …), as the list words them; at least one for `RESTRICTED`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub conditions: Vec<String>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(NegativeListEntry {
    name: "NegativeListEntry",
    expecting: "a negative-list entry with `sector` and `measure`",
    blank: NegativeListEntry {
        sector: String::new(),
        measure: ListMeasure::Prohibited,
        conditions: Vec::new(),
    },
    fields: [
        "sector" => sector [required],
        "measure" => measure [required],
        "conditions" => conditions,
    ],
});

/// The national negative list for foreign investment access, as in force over a period.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a negative list with `name`, `inForceFrom` and `entries`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct NegativeList {
    /// Its title and edition, such as 「外商投资准入特别管理措施(负面清单)(2021年版)」.
    pub name: String,
    /// The first day it is in force.
    pub in_force_from: IsoDate,
    /// The last day it is in force; absent: still in force.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub in_force_until: Option<IsoDate>,
    /// Its entries; a sector code at most once.
    pub entries: Vec<NegativeListEntry>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(NegativeList {
    name: "NegativeList",
    expecting: "a negative list with `name`, `inForceFrom` and `entries`",
    blank: NegativeList {
        name: String::new(),
        in_force_from: IsoDate(NaiveDate::MIN),
        in_force_until: None,
        entries: Vec::new(),
    },
    fields: [
        "name" => name [required],
        "inForceFrom" => in_force_from [required],
        "inForceUntil" => in_force_until,
        "entries" => entries [required],
    ],
});

/// A project seeking access (准入).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a project with `id`, `foreignInvested` and `sector`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct AccessProject {
    /// The project's name or number.
    pub id: String,
    /// Whether it is a foreign investment (外商投资).
    pub foreign_invested: bool,
    /// Its sector's code in the national industry classification (GB/T 4754-2017), such as
    /// `C2710` or `2710` (the section letter may be left out).
    pub sector: String,
    /// Whether it meets the special administrative measures of the entries restricting its
    /// sector; absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meets_special_measures: Option<bool>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(AccessProject {
    name: "AccessProject",
    expecting: "a project with `id`, `foreignInvested` and `sector`",
    blank: AccessProject {
        id: String::new(),
        foreign_invested: false,
        sector: String::new(),
        meets_special_measures: None,
    },
    fields: [
        "id" => id [required],
        "foreignInvested" => foreign_invested [required],
        "sector" => sector [required],
        "meetsSpecialMeasures" => meets_special_measures,
    ],
});

/// What art-07.c is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `project`, `negativeList` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ForeignAccessInput {
    /// The project.
    pub project: AccessProject,
    /// The negative list to decide by.
    pub negative_list: NegativeList,
    /// The day access is decided: the list must be in force on it.
    pub as_of: IsoDate,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(ForeignAccessInput {
    name: "ForeignAccessInput",
    expecting: "an object with `project`, `negativeList` and `asOf`",
    blank: ForeignAccessInput {
        project: <AccessProject as crate::by_field::ByField>::blank(),
        negative_list: <NegativeList as crate::by_field::ByField>::blank(),
        as_of: IsoDate(NaiveDate::MIN),
    },
    fields: [
        "project" => project [required],
        "negativeList" => negative_list [required],
        "asOf" => as_of [required],
    ],
});

/// art-07.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct ForeignAccessDetail {
    /// The project.
    pub project_id: String,
    /// Its treatment under the list; `null` when the list does not apply, is not in force, or
    /// a person must decide.
    pub access_treatment: Option<AccessTreatment>,
    /// The sector codes of the entries that cover the project's sector.
    pub list_entries: Vec<String>,
    /// The special administrative measures that apply (restricted sectors).
    pub special_measures: Vec<String>,
}

fn bad_field(field: String, text: crate::error::Text) -> Error {
    Error::input(crate::error::Problem::InvalidValue, field, text)
}

/// Checks the list: a sector code non-empty and at most once, a restricting entry with its
/// measures, the period in order.
fn check_list(list: &NegativeList) -> Result<(), Error> {
    if list.in_force_until.is_some_and(|u| u < list.in_force_from) {
        return Err(Error::input(
            crate::error::Problem::Inconsistent,
            String::from("input.negativeList.inForceUntil"),
            text!(zh: "施行截止日期早于施行日期(inForceFrom)", ko: "시행 종료일이 시행일(inForceFrom)보다 앞섭니다", en: "expected a day on or after `inForceFrom`"),
        ));
    }
    for (i, e) in list.entries.iter().enumerate() {
        let sector = &e.sector;
        let field = || alloc::format!("input.negativeList.entries[{i}].sector");
        let code = read_code(sector).ok_or_else(|| not_a_code(field(), sector))?;
        if list
            .entries
            .iter()
            .take(i)
            .any(|o| read_code(&o.sector) == Some(code))
        {
            return Err(Error::input(
                crate::error::Problem::Duplicate,
                field(),
                text!(zh: "`{sector}`:行业代码须互不相同(带或不带门类字母的同一代码算重复)", ko: "`{sector}`: 업종 코드는 서로 달라야 합니다(문류 글자가 있든 없든 같은 코드는 중복입니다)", en: "`{sector}`: expected a sector code different from the other entries' (the same code with or without its section letter is a repeat)"),
            ));
        }
        if e.measure == ListMeasure::Restricted && e.conditions.iter().all(|c| c.trim().is_empty())
        {
            return Err(bad_field(
                alloc::format!("input.negativeList.entries[{i}].conditions"),
                text!(zh: "限制类条目须列明特别管理措施", ko: "제한류 항목은 특별관리조치를 밝혀야 합니다", en: "expected the special administrative measures of a restricting entry (at least one)"),
            ));
        }
    }
    Ok(())
}

/// art-07.c 「全面实行外商投资准入前国民待遇加负面清单管理模式」 on `asOf`: NOT_APPLICABLE for a
/// project that is not foreign-invested; NEEDS_HUMAN when the list given is not in force on
/// `asOf`; otherwise ELIGIBLE (outside the list: national treatment; restricted with its special
/// measures met), NOT_ELIGIBLE (prohibited; restricted with the measures not met) or
/// NEEDS_HUMAN (restricted, not recorded whether they are met; or the project's sector code
/// broader than an entry's, so that it may or may not fall within it).
///
/// # Errors
/// `INVALID_INPUT` for an empty project sector, an empty or repeated entry sector, a restricting
/// entry without measures, or a period that ends before it begins.
pub fn foreign_access(
    input: &ForeignAccessInput,
    _params: &crate::params::Params,
) -> Result<Answer<ForeignAccessDetail>, Error> {
    let rule = RuleId::ART_07_C;
    let (project, list) = (&input.project, &input.negative_list);
    let sector = read_code(&project.sector)
        .ok_or_else(|| not_a_code(String::from("input.project.sector"), &project.sector))?;
    check_list(list)?;
    let mut detail = ForeignAccessDetail {
        project_id: project.id.clone(),
        access_treatment: None,
        list_entries: Vec::new(),
        special_measures: Vec::new(),
    };
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let answer = |outcome, reasons, needs_human, detail| Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail,
    };
    if !project.foreign_invested {
        reasons
            .add(Reason::new(C::ForeignAccessNotForeign, rule).with("project", project.id.clone()));
        return Ok(answer(Outcome::NotApplicable, reasons, needs_human, detail));
    }
    let as_of = input.as_of;
    let named = |code| {
        Reason::new(code, rule)
            .with("asOf", as_of)
            .with("list", list.name.clone())
    };
    if *list.in_force_from > *as_of {
        needs_human
            .add(named(C::NegativeListNotYetInForce).with("inForceFrom", list.in_force_from));
        return Ok(answer(Outcome::NeedsHuman, reasons, needs_human, detail));
    }
    if let Some(until) = list.in_force_until.filter(|u| **u < *as_of) {
        needs_human.add(named(C::NegativeListNoLongerInForce).with("inForceUntil", until));
        return Ok(answer(Outcome::NeedsHuman, reasons, needs_human, detail));
    }
    // Every entry's code was read by `check_list`.
    let covering: Vec<&NegativeListEntry> = list
        .entries
        .iter()
        .filter(|e| code_of(e).is_some_and(|c| c.covers(sector)))
        .collect();
    let prohibited: Vec<&NegativeListEntry> = covering
        .iter()
        .copied()
        .filter(|e| e.measure == ListMeasure::Prohibited)
        .collect();
    let base = |code, entries: &[&NegativeListEntry]| {
        let mut r = Reason::new(code, rule);
        if !entries.is_empty() {
            r = r.with("entries", join(entries.iter().map(|e| e.sector.as_str())));
        }
        r.with("list", list.name.clone())
            .with("project", project.id.clone())
            .with("sector", project.sector.clone())
    };
    let finer: Vec<&NegativeListEntry> = list
        .entries
        .iter()
        .filter(|e| code_of(e).is_some_and(|c| c != sector && sector.covers(c)))
        .collect();
    let outcome = if !prohibited.is_empty() {
        detail.access_treatment = Some(AccessTreatment::Prohibited);
        detail.list_entries = prohibited.iter().map(|e| e.sector.clone()).collect();
        reasons.add(base(C::ForeignAccessProhibited, &prohibited));
        Outcome::NotEligible
    } else if !finer.is_empty() {
        detail.list_entries = finer.iter().map(|e| e.sector.clone()).collect();
        needs_human.add(base(C::ForeignAccessSectorTooBroad, &finer));
        Outcome::NeedsHuman
    } else if covering.is_empty() {
        detail.access_treatment = Some(AccessTreatment::NationalTreatment);
        reasons.add(base(C::ForeignAccessNationalTreatment, &[]));
        Outcome::Eligible
    } else {
        detail.access_treatment = Some(AccessTreatment::Restricted);
        detail.list_entries = covering.iter().map(|e| e.sector.clone()).collect();
        detail.special_measures = covering
            .iter()
            .flat_map(|e| e.conditions.iter())
            .filter(|c| !c.trim().is_empty())
            .cloned()
            .collect();
        let conditions = join(detail.special_measures.iter().map(String::as_str));
        let (code, outcome) = match project.meets_special_measures {
            Some(true) => (C::ForeignAccessRestrictedMet, Outcome::Eligible),
            Some(false) => (C::ForeignAccessRestrictedNotMet, Outcome::NotEligible),
            None => (C::ForeignAccessRestrictedUnchecked, Outcome::NeedsHuman),
        };
        let reason = base(code, &covering).with("conditions", conditions);
        if outcome == Outcome::NeedsHuman {
            needs_human.add(reason);
        } else {
            reasons.add(reason);
        }
        outcome
    };
    Ok(answer(outcome, reasons, needs_human, detail))
}

/// Whether `code` begins with `prefix`, letters compared without case (`c27` is `C27`).
/// GB/T 4754-2017: each section (门类) with its first and last division (大类).
const SECTIONS: [(u8, u8, u8); 20] = [
    (b'A', 1, 5),
    (b'B', 6, 12),
    (b'C', 13, 43),
    (b'D', 44, 46),
    (b'E', 47, 50),
    (b'F', 51, 52),
    (b'G', 53, 60),
    (b'H', 61, 62),
    (b'I', 63, 65),
    (b'J', 66, 69),
    (b'K', 70, 70),
    (b'L', 71, 72),
    (b'M', 73, 75),
    (b'N', 76, 79),
    (b'O', 80, 82),
    (b'P', 83, 83),
    (b'Q', 84, 85),
    (b'R', 86, 90),
    (b'S', 91, 96),
    (b'T', 97, 97),
];

/// A sector code read: its section and its digits (none for a section alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Code<'a> {
    section: u8,
    digits: &'a str,
}

impl Code<'_> {
    /// Whether this code covers `other` (the same code, or one within it).
    fn covers(self, other: Code<'_>) -> bool {
        self.section == other.section && other.digits.starts_with(self.digits)
    }
}

/// A GB/T 4754-2017 code: a section letter (either case), 2–4 digits, or the letter and the
/// digits of a division in that section; spaces around it ignored. `None` for anything else.
fn read_code(text: &str) -> Option<Code<'_>> {
    let text = text.trim();
    let (letter, digits) = match text.as_bytes().first() {
        Some(c) if c.is_ascii_alphabetic() => (Some(c.to_ascii_uppercase()), text.get(1..)?),
        _ => (None, text),
    };
    if !matches!(digits.len(), 0 | 2..=4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let of_division = match digits.get(..2) {
        Some(d) => {
            let d: u8 = d.parse().ok()?;
            Some(
                SECTIONS
                    .iter()
                    .find(|(_, lo, hi)| (*lo..=*hi).contains(&d))?
                    .0,
            )
        }
        None => None,
    };
    let section = match (letter, of_division) {
        (Some(l), Some(s)) if l == s => l,
        (Some(l), None) if SECTIONS.iter().any(|(s, ..)| *s == l) => l,
        (None, Some(s)) => s,
        _ => return None,
    };
    Some(Code { section, digits })
}

/// An entry's code ([`read_code`]).
fn code_of(e: &NegativeListEntry) -> Option<Code<'_>> {
    read_code(&e.sector)
}

/// The error for a text that is no GB/T 4754-2017 code.
fn not_a_code(field: String, sector: &str) -> Error {
    bad_field(
        field,
        text!(zh: "`{sector}`:应为《国民经济行业分类》(GB/T 4754-2017)的代码:门类字母、2至4位数字,或二者(数字须属该门类),如C、C27、271、C2710", ko: "`{sector}`: 《국민경제 업종 분류》(GB/T 4754-2017)의 코드여야 합니다. 문류 글자, 2~4자리 수자 또는 둘 다(수자는 그 문류에 속하여야 함). 례: C, C27, 271, C2710", en: "`{sector}`: expected a GB/T 4754-2017 industry code: a section letter, 2 to 4 digits, or both with the digits in that section (such as C, C27, 271 or C2710)"),
    )
}

/// Texts joined with 「; 」.
fn join<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for t in texts {
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(t);
    }
    out
}

/// Labels of art-07.c's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_07_C_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "accessTreatment",
            "准入待遇",
            "진입 대우",
            "Treatment at access",
            Shape::Enum(&[<AccessTreatment as Stable>::TABLE]),
        ),
        f(
            "listEntries",
            "负面清单条目",
            "네거티브리스트 항목",
            "Negative-list entries",
            Shape::Plain,
        ),
        f(
            "specialMeasures",
            "特别管理措施",
            "특별관리조치",
            "Special administrative measures",
            Shape::Plain,
        ),
    ]
};

computed! {
    /// art-07.c as a computed rule ([`foreign_access`]).
    ForeignAccess: ART_07_C(ForeignAccessInput) -> ForeignAccessDetail [ART_07_C_FIELDS] = foreign_access;
    outcomes: [Eligible, NotEligible, NeedsHuman, NotApplicable];
}
