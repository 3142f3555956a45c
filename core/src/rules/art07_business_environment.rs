//! (七) 打造高水平营商环境.
//!
//! art-07.b 「严格兑现各项政策承诺」: each policy commitment is honoured on time when it was
//! fulfilled on or before its due date (the due day included), late after it, overdue when not
//! fulfilled after the due day, pending before. A commitment without a due date cannot be late
//! by the text: fulfilled, it is honoured; not fulfilled, a person decides. The other half of the
//! rule, 「制订全州开发区软环境建设考核评价体系」, stays an open item of the Bureau of Commerce.

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
}

/// art-07.a: High-standard infrastructure planning incl. service platforms
pub static ART_07_A: RuleMeta = RuleMeta {
    id: "art-07.a",
    title: "High-standard infrastructure planning incl. service platforms",
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
    evaluation: Evaluation::PlannedNeeds(crate::rules::why(
        "需要决定之日有效的全国「负面清单」(外部数据),尚未编码",
        "결정일에 유효한 국가 ‘네거티브리스트’(负面清单, 외부 자료)가 필요하며 아직 구현하지 않았다",
        "needs the national negative list in force on the decision date (external data); not yet encoded",
    )),
};

/// art-07.d: Communication, coordination and complaint-accountability mechanisms
pub static ART_07_D: RuleMeta = RuleMeta {
    id: "art-07.d",
    title: "Communication, coordination and complaint-accountability mechanisms",
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
    for (i, c) in input.commitments.iter().enumerate() {
        if c.id.trim().is_empty() || input.commitments.iter().take(i).any(|o| o.id == c.id) {
            let id = &c.id;
            return Err(Error::input(
                crate::error::Problem::Duplicate,
                alloc::format!("input.commitments[{i}].id"),
                text!(zh: "`{id}`:标识须非空且互不相同", ko: "`{id}`: 식별자는 비여 있지 않고 서로 달라야 합니다", en: "`{id}`: expected a non-empty id, different from the others"),
            ));
        }
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
                DutyStatus::DoneOnTime
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
    outcomes: [MetOnTime, MetLate, Overdue, Pending, NeedsHuman, Unknown];
}
