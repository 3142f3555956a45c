//! art-11.c 「优先支持土地节约集约利用成效明显的开发区扩区、调区」: the order in which expansion and
//! boundary-adjustment applications get priority support.
//!
//! A zone barred from 扩区、调区 is taken out of the queue, not merely ranked low (catalog): a
//! yellow card in force (art-14.d 「禁止扩区调区升级」) or an art-15.a disqualification of the year
//! (「取消当年扩区、调区…资格」); so is a zone not in force on the date. The others are ordered by the
//! result of their land intensive-use evaluation (art-11.b), best first, equal results sharing a
//! place. 「成效明显」 sets no threshold, so the order is relative; an application without an
//! evaluation result has no place a machine can give it (a person decides), and a card that may be
//! in force keeps the application in the queue for a person to look at. ENCOURAGED: advisory.

use crate::answer::AddReason;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::Datelike;

use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::dates::IsoDate;
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::money::Score;
use crate::params::Params;
use crate::rules::common::about;
use crate::rules::{art14_assessment, art15_environment, preamble, RuleId};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-11.c: an application's place in the queue.
    ExpansionQueued = "EXPANSION_QUEUED" {
        zh: "{zoneName}({zone})的{applicationKind}申请排第{place}位(土地集约利用评价结果{score})",
        ko: "{zoneName}({zone})의 {applicationKind} 신청은 제{place}위이다(토지 집약리용 평가 결과 {score})",
        en: "the {applicationKind} application of {zoneName} ({zone}) is number {place} in the order (land intensive-use evaluation result {score})",
        coded: { applicationKind: ExpansionKind }
    }
    /// art-11.c: the order is relative.
    ExpansionOrderRelative = "EXPANSION_ORDER_RELATIVE" {
        zh: "“成效明显”未规定标准:排序只表示相对优先,不表示是否支持",
        ko: "“성과가 뚜렷한”에는 기준이 정해져 있지 않으므로 순위는 상대적 우선만 나타내며 지원 여부를 나타내지 않는다",
        en: "「成效明显」 (marked results) sets no threshold: the order gives relative priority only, not whether an application is supported"
    }
    /// art-11.c: an application without an evaluation result.
    ExpansionNoScore = "EXPANSION_NO_SCORE" {
        zh: "{zoneName}({zone})的{applicationKind}申请没有土地集约利用评价结果,排序需人工判断",
        ko: "{zoneName}({zone})의 {applicationKind} 신청에는 토지 집약리용 평가 결과가 없으므로 순위는 사람이 판단하여야 한다",
        en: "the {applicationKind} application of {zoneName} ({zone}) has no land intensive-use evaluation result: its place is for a person to decide",
        coded: { applicationKind: ExpansionKind }
    }
    /// art-11.c: a zone not in force on the date leaves the queue.
    ExpansionZoneNotInForce = "EXPANSION_ZONE_NOT_IN_FORCE" {
        zh: "{zoneName}({zone})在{asOf}不是存续的开发区,其{applicationKind}申请移出排序",
        ko: "{zoneName}({zone})의 경우 {asOf}에 존속 중인 개발구가 아니므로 그 {applicationKind} 신청을 순위에서 제외한다",
        en: "{zoneName} ({zone}) is not a development zone in force on {asOf}: its {applicationKind} application leaves the queue",
        coded: { applicationKind: ExpansionKind }
    }
    /// art-11.c: a zone outside the opinion's scope (pre.a) leaves the queue.
    ExpansionZoneOutOfScope = "EXPANSION_ZONE_OUT_OF_SCOPE" {
        zh: "{zoneName}({zone})不属于本意见所称开发区(pre.a),其{applicationKind}申请移出排序",
        ko: "{zoneName}({zone})의 경우 본 의견에서 말하는 개발구가 아니므로(pre.a) 그 {applicationKind} 신청을 순위에서 제외한다",
        en: "{zoneName} ({zone}) is not a development zone within the opinion's scope (pre.a): its {applicationKind} application leaves the queue",
        coded: { applicationKind: ExpansionKind }
    }
    /// art-11.c (needs a person): whether the zone is within the opinion's scope is for a person
    /// (pre.a); its application stays in the queue meanwhile.
    ExpansionZoneScopeUnclear = "EXPANSION_ZONE_SCOPE_UNCLEAR" {
        zh: "{zoneName}({zone})是否属于本意见所称开发区需人工判断(pre.a),其{applicationKind}申请暂列入排序",
        ko: "{zoneName}({zone})가 본 의견에서 말하는 개발구인지는 사람이 판단하여야 하므로(pre.a) 그 {applicationKind} 신청은 일단 순위에 넣는다",
        en: "whether {zoneName} ({zone}) is a development zone within the opinion's scope is for a person (pre.a): its {applicationKind} application stays in the queue meanwhile",
        coded: { applicationKind: ExpansionKind }
    }
    /// art-11.c: a zone barred by a yellow card or art-15.a leaves the queue.
    ExpansionBarred = "EXPANSION_BARRED" {
        zh: "{zoneName}({zone})的{applicationKind}申请被禁止({bar}),移出排序",
        ko: "{zoneName}({zone})의 {applicationKind} 신청은 금지되였으므로({bar}) 순위에서 제외한다",
        en: "the {applicationKind} application of {zoneName} ({zone}) is barred ({bar}) and leaves the queue",
        coded: { applicationKind: ExpansionKind, bar: ExpansionBar }
    }
}

stable_enum! {
    /// What an application asks for.
    ExpansionKind {
        /// 扩区.
        Expand = "EXPAND" { zh: "扩区", ko: "구역 확장", en: "expansion" },
        /// 调区.
        Adjust = "ADJUST" { zh: "调区", ko: "구역 조정", en: "boundary adjustment" },
    }
}

stable_enum! {
    /// Why an application left the queue.
    ExpansionBar {
        /// A yellow card in force (art-14.d 「禁止扩区调区升级」).
        YellowCard = "YELLOW_CARD" { zh: "黄牌警告期间禁止扩区调区", ko: "황패경고 기간에는 구역 확장, 조정 금지", en: "a yellow card in force prohibits it" },
        /// An art-15.a disqualification of the year (「取消当年扩区、调区…资格」).
        EnvInfra = "ENV_INFRA" { zh: "未按时完成环保基础设施建设,取消当年扩区调区资格", ko: "환경보호 기초시설 건설을 제때에 완료하지 못하여 당해 년도 구역 확장, 조정 자격 취소", en: "environmental infrastructure overdue: no expansion or adjustment this year" },
        /// The zone is not in force on the date.
        NotInForce = "NOT_IN_FORCE" { zh: "不是存续的开发区", ko: "존속 중인 개발구가 아님", en: "not a development zone in force" },
        /// The zone is not a development zone within the opinion's scope (pre.a).
        OutOfScope = "OUT_OF_SCOPE" { zh: "不属于本意见所称开发区", ko: "본 의견에서 말하는 개발구가 아님", en: "not a development zone within the opinion's scope" },
    }
}

/// One application for priority support.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an application object with `zoneId` and `kind`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ExpansionApplication {
    /// The zone applying.
    pub zone_id: String,
    /// Expansion (扩区) or boundary adjustment (调区).
    pub kind: ExpansionKind,
    /// The result of the zone's latest land intensive-use evaluation (art-11.b), higher is
    /// better; absent when there is none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub land_use_score: Option<Score>,
}

/// What art-11.c is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `asOf` and `applications`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ExpansionQueueInput {
    /// The register (the yellow cards and art-15.a bars come from it).
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The date of the decision.
    pub as_of: IsoDate,
    /// The applications, each zone and kind once.
    pub applications: Vec<ExpansionApplication>,
}

/// An application's place in the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct QueuedApplication {
    /// The place (1 = first); equal results share a place; absent without a result.
    pub place: Option<usize>,
    /// The zone.
    pub zone_id: String,
    /// What it asks for.
    pub application_kind: ExpansionKind,
    /// Its evaluation result.
    pub score: Option<Score>,
}

/// An application taken out of the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RemovedApplication {
    /// The zone.
    pub zone_id: String,
    /// What it asked for.
    pub application_kind: ExpansionKind,
    /// Why it left the queue.
    pub barred_by: ExpansionBar,
}

/// art-11.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ExpansionQueueDetail {
    /// The queue, best first; applications without a result last.
    pub order: Vec<QueuedApplication>,
    /// The applications taken out.
    pub removed: Vec<RemovedApplication>,
}

/// art-11.c: the priority order of expansion and adjustment applications on `asOf` (see the
/// module). COMPUTED, or NEEDS_HUMAN when an application has no result, a card may be in force,
/// or whether the zone is a development zone of the opinion is for a person (pre.a);
/// NOT_APPLICABLE asked of a day before issuance.
///
/// # Errors
/// `INVALID_INPUT` for a bad register, an unknown zone at `input.applications[i].zoneId`, or a
/// zone applying twice for the same kind.
pub fn expansion_queue(
    input: ExpansionQueueInput,
    params: &Params,
) -> Result<Answer<ExpansionQueueDetail>, Error> {
    let rule = RuleId::ART_11_C;
    let reg = input.register.check("input.register")?;
    let as_of = *input.as_of;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut order = Vec::new();
    let mut removed = Vec::new();
    let mut zones = Vec::new();
    for (i, a) in input.applications.iter().enumerate() {
        let zone = reg.zone_at(
            &a.zone_id,
            &alloc::format!("input.applications[{i}].zoneId"),
        )?;
        if input
            .applications
            .iter()
            .take(i)
            .any(|o| o.zone_id == a.zone_id && o.kind == a.kind)
        {
            let (zone, kind) = (&a.zone_id, a.kind.as_str());
            let (kind_zh, kind_ko) = (
                a.kind.label(crate::words::Lang::Zh),
                a.kind.label(crate::words::Lang::Ko),
            );
            return Err(Error::input(
                crate::error::Problem::Duplicate,
                alloc::format!("input.applications[{i}]"),
                text!(zh: "`{zone}` 对“{kind_zh}”申请了两次:每个开发区每类只能申请一次", ko: "`{zone}`가 «{kind_ko}»를 두 번 신청하였습니다. 개발구마다 종류별로 한 번만 신청하십시오", en: "`{zone}` applies twice for {kind}: expected each zone and kind once"),
            ));
        }
        zones.push(zone);
        let kind = a.kind.as_str();
        let scope = preamble::development_zone_scope(zone, Some(as_of), params).outcome;
        let bar = if scope == Outcome::NotApplicable {
            reasons.add(about(
                Reason::new(C::ExpansionZoneNotInForce, rule)
                    .with("applicationKind", kind)
                    .with("asOf", input.as_of),
                zone,
            ));
            Some(ExpansionBar::NotInForce)
        } else if scope == Outcome::OutOfScope {
            reasons.add(about(
                Reason::new(C::ExpansionZoneOutOfScope, rule).with("applicationKind", kind),
                zone,
            ));
            Some(ExpansionBar::OutOfScope)
        } else {
            // In scope, or for a person (pre.a's NEEDS_HUMAN: a zone of unknown level): an
            // application is not dropped on an undecided scope.
            if scope != Outcome::InScope {
                needs_human.add(about(
                    Reason::new(C::ExpansionZoneScopeUnclear, rule).with("applicationKind", kind),
                    zone,
                ));
            }
            let card = art14_assessment::yellow_card_in_force(&reg, zone, as_of, params);
            if card.is_some_and(|c| c.certain) {
                Some(ExpansionBar::YellowCard)
            } else if art15_environment::bars_year(&reg, zone, as_of.year(), Some(as_of), params) {
                Some(ExpansionBar::EnvInfra)
            } else {
                if let Some(c) = card {
                    needs_human.add(about(
                        Reason::new(C::YellowCardMayBar, rule).with("year", c.year),
                        zone,
                    ));
                }
                // Found or flagged to exist in name only: 「予以撤销」 (art-02.b). Kept in the
                // queue, but whether a zone to be revoked still has the priority is for a
                // person (as the zone summary's expand and adjust are).
                if let Some(code) = super::super::common::nominal_ask(zone, Some(as_of)) {
                    needs_human.add(about(Reason::new(code, rule), zone));
                }
                None
            }
        };
        match bar {
            Some(b) => {
                if !matches!(b, ExpansionBar::NotInForce | ExpansionBar::OutOfScope) {
                    reasons.add(about(
                        Reason::new(C::ExpansionBarred, rule)
                            .with("applicationKind", kind)
                            .with("bar", b.as_str()),
                        zone,
                    ));
                }
                removed.push(RemovedApplication {
                    zone_id: a.zone_id.clone(),
                    application_kind: a.kind,
                    barred_by: b,
                });
            }
            None => order.push((zone, a)),
        }
    }
    // Best first; equal results share a place (competition ranking: 1, 1, 3).
    crate::order::sort_with(
        &mut order,
        &|(_, x), (_, y)| match (x.land_use_score, y.land_use_score) {
            (Some(a), Some(b)) => b.cmp(&a),
            (Some(_), None) => core::cmp::Ordering::Less,
            (None, Some(_)) => core::cmp::Ordering::Greater,
            (None, None) => core::cmp::Ordering::Equal,
        },
    );
    let mut queue = Vec::new();
    for (i, (zone, a)) in order.iter().enumerate() {
        let place = a.land_use_score.map(|s| {
            1 + order
                .iter()
                .take(i)
                .filter(|(_, o)| o.land_use_score.is_some_and(|t| t > s))
                .count()
        });
        let kind = a.kind.as_str();
        match (place, a.land_use_score) {
            (Some(p), Some(s)) => reasons.add(about(
                Reason::new(C::ExpansionQueued, rule)
                    .with("applicationKind", kind)
                    .with("place", p)
                    .with("score", alloc::string::ToString::to_string(&s)),
                zone,
            )),
            _ => needs_human.add(about(
                Reason::new(C::ExpansionNoScore, rule).with("applicationKind", kind),
                zone,
            )),
        }
        queue.push(QueuedApplication {
            place,
            zone_id: a.zone_id.clone(),
            application_kind: a.kind,
            score: a.land_use_score,
        });
    }
    if !queue.is_empty() {
        reasons.add(Reason::new(C::ExpansionOrderRelative, rule));
    }
    let outcome = if needs_human.is_empty() {
        Outcome::Computed
    } else {
        Outcome::NeedsHuman
    };
    let mut used = ParamsUsed::new();
    art14_assessment::yellow_card_params(&mut used, params);
    art15_environment::env_params(&mut used, params);
    let mut answer = Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: ExpansionQueueDetail {
            order: queue,
            removed,
        },
    };
    // The opinion's priority did not exist before it (as the zone checks answer).
    if super::super::common::before_issuance(&mut answer, as_of, *reg.issue_date) {
        answer.detail.order.clear();
        answer.detail.removed.clear();
    }
    for zone in zones {
        crate::illustrative::mark_zone(&mut answer, &reg, zone);
    }
    Ok(answer)
}

/// Labels of art-11.c's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_11_C_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "removed",
            "移出排序的申请",
            "순위에서 제외된 신청",
            "Applications taken out",
            Shape::Objects,
        ),
        f(
            "applicationKind",
            "申请类型",
            "신청 류형",
            "Application",
            Shape::Enum(&[<ExpansionKind as Stable>::TABLE]),
        ),
        f(
            "barredBy",
            "移出原因",
            "제외 원인",
            "Taken out because",
            Shape::Enum(&[<ExpansionBar as Stable>::TABLE]),
        ),
    ]
};

computed! {
    /// art-11.c as a computed rule ([`expansion_queue`]).
    ExpansionQueue: ART_11_C(ExpansionQueueInput) -> ExpansionQueueDetail [ART_11_C_FIELDS] = |input, params| expansion_queue(input, params);
    outcomes: [Computed, NeedsHuman, NotApplicable];
}
