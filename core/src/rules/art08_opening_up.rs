//! (八) 打造开放合作新平台.
//!
//! art-08.a 「支持有条件的开发区设立省际、国际合作园区。」: the conditions the text states are checked
//! (a zone within the opinion's scope, existing on `asOf`, setting up an inter-provincial or
//! international cooperation park); 「有条件」 itself is not defined, so without a recorded
//! finding (`zoneQualified`) a person decides and no threshold is made up. ENCOURAGED (「支持」):
//! the answer is advisory, never a bar.
//!
//! art-08.b 「…依托边境经济合作区逐步构建跨境经济合作区」: a cross-border economic cooperation zone is
//! built on a border economic cooperation zone, so the one it names (`borderZoneId`, else its
//! `parentZoneId`) must be a border economic cooperation zone in force (active) on `asOf`, of
//! either level. Revoked, merged, not yet established or only proposed, it is not; flagged as
//! nominal, a person decides; none named, nothing to judge. The programme goals of the rule
//! (加快设立省级…、积极争取获批国家级…) stay open items of the clause's units.

use crate::answer::AddReason;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use super::common::{about, absent_on, not_applicable};
use super::preamble::development_zone_scope;
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::dates::IsoDate;
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{ValidRegister, Zone, ZoneStatus, ZoneType};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-08.a: the zone is outside the opinion's scope.
    CoopParkNotAZone = "COOP_PARK_NOT_A_ZONE" {
        zh: "{zoneName}({zone})类型为{type},不属于本意见所称开发区(pre.a),不适用本条的支持",
        ko: "{zoneName}({zone})의 류형은 {type}이며 본 의견의 개발구에 해당하지 않으므로(pre.a) 본 조항의 지원이 적용되지 않는다",
        en: "{zoneName} ({zone}) is of type {type}, not a zone within the opinion's scope (pre.a): the clause's support does not apply"
    }
    /// art-08.a: not an inter-provincial or international cooperation park.
    CoopParkKindOther = "COOP_PARK_KIND_OTHER" {
        zh: "本条只支持设立省际、国际合作园区,其他园区见第(六)条",
        ko: "본 조항은 성간·국제 합작단지 설립만 지원하며 기타 단지는 제(6)조를 본다",
        en: "the clause supports inter-provincial and international cooperation parks only; other parks fall under clause (六)"
    }
    /// art-08.a: 「有条件」 is not defined.
    CoopParkQualificationUndefined = "COOP_PARK_QUALIFICATION_UNDEFINED" {
        zh: "条文未界定“有条件”,也未记录对{zoneName}({zone})是否有条件的认定,需人工判断",
        ko: "조문은 ‘조건이 있는’을 정의하지 않았고 {zoneName}({zone})의 조건 구비 여부 인정도 기록되지 않았으므로 사람이 판단하여야 한다",
        en: "the text does not define 「有条件」 (qualified) and no finding on whether {zoneName} ({zone}) qualifies is recorded: a person must decide"
    }
    /// art-08.a: found not qualified.
    CoopParkNotQualified = "COOP_PARK_NOT_QUALIFIED" {
        zh: "{zoneName}({zone})经认定不具备设立{parkKind}的条件",
        ko: "{zoneName}({zone}){|은} {parkKind|을} 설립할 조건을 갖추지 못한 것으로 인정되였다",
        en: "{zoneName} ({zone}) was found not qualified to set up an {parkKind}",
        coded: { parkKind: CoopParkKind }
    }
    /// art-08.b: the zone asked about is not a cross-border zone.
    CrossBorderNotCrossBorder = "CROSS_BORDER_NOT_CROSS_BORDER" {
        zh: "{zoneName}({zone})类型为{type},本条的依托要求只针对跨境经济合作区",
        ko: "{zoneName}({zone})의 류형은 {type}이며 본 조항의 의탁 요구는 다국경제합작구에만 해당된다",
        en: "{zoneName} ({zone}) is of type {type}: the clause's requirement of a basis concerns cross-border economic cooperation zones only"
    }
    /// art-08.b: no basis named.
    CrossBorderNoBasis = "CROSS_BORDER_NO_BASIS" {
        zh: "未记录{zoneName}({zone})依托的边境经济合作区,无从判断",
        ko: "{zoneName}({zone}){|이} 의탁하는 변경경제합작구가 기록되지 않아 판단할 수 없다",
        en: "no border economic cooperation zone is recorded as the basis of {zoneName} ({zone}): nothing to judge"
    }
    /// art-08.b: the basis is not a border economic cooperation zone.
    CrossBorderBasisNotBecz = "CROSS_BORDER_BASIS_NOT_BECZ" {
        zh: "{zoneName}({zone})依托的{basisName}({basis})类型为{type},不是边境经济合作区",
        ko: "{zoneName}({zone}){|이} 의탁하는 {basisName}({basis})의 류형은 {type}이며 변경경제합작구가 아니다",
        en: "{basisName} ({basis}), the basis of {zoneName} ({zone}), is of type {type}: not a border economic cooperation zone"
    }
    /// art-08.b: the basis is not in force.
    CrossBorderBasisNotInForce = "CROSS_BORDER_BASIS_NOT_IN_FORCE" {
        zh: "{zoneName}({zone})依托的边境经济合作区{basisName}({basis})在{asOf}的状态为{status},不是存续中的边境经济合作区",
        ko: "{zoneName}({zone}){|이} 의탁하는 변경경제합작구 {basisName}({basis})의 {asOf} 상태는 {status}이며 존속 중인 변경경제합작구가 아니다",
        en: "{basisName} ({basis}), the border economic cooperation zone {zoneName} ({zone}) builds on, has status {status} on {asOf}: not a border economic cooperation zone in force"
    }
    /// art-08.b: the basis was not yet established.
    CrossBorderBasisNotYet = "CROSS_BORDER_BASIS_NOT_YET" {
        zh: "{zoneName}({zone})依托的边境经济合作区{basisName}({basis})在{asOf}尚未设立",
        ko: "{zoneName}({zone}){|이} 의탁하는 변경경제합작구 {basisName}({basis})은 {asOf}에 아직 설립되지 않았다",
        en: "{basisName} ({basis}), the border economic cooperation zone {zoneName} ({zone}) builds on, had not been established by {asOf}"
    }
    /// art-08.b: the basis is found or flagged nominal (`common::nominal_ask`).
    CrossBorderBasisNominal = "CROSS_BORDER_BASIS_NOMINAL" {
        zh: "{zoneName}({zone})依托的边境经济合作区{basisName}({basis})在{asOf}被主管机关认定或在登记册中标记为有名无实(按 art-02.b 应予撤销),能否作为依托需人工判断",
        ko: "{zoneName}({zone}){|이} 의탁하는 변경경제합작구 {basisName}({basis})은 {asOf}에 주관기관이 유명무실하다고 인정하였거나 등록부에 유명무실한 것으로 표시되여 있으므로(art-02.b에 따라 철회 대상) 의탁 대상이 될 수 있는지 사람이 판단하여야 한다",
        en: "{basisName} ({basis}), the border economic cooperation zone {zoneName} ({zone}) builds on, is found by the competent authority or flagged in the register as existing in name only on {asOf} (which art-02.b revokes): whether it can serve as the basis is for a person to decide"
    }
    /// art-08.b: the basis is in force.
    CrossBorderBasisInForce = "CROSS_BORDER_BASIS_IN_FORCE" {
        zh: "{zoneName}({zone})依托的{basisName}({basis})为{asOf}存续中的边境经济合作区(级别:{level}),满足“依托边境经济合作区”",
        ko: "{zoneName}({zone}){|이} 의탁하는 {basisName}({basis}){|은} {asOf}에 존속 중인 변경경제합작구(급별: {level})이므로 ‘변경경제합작구에 의탁’을 충족한다",
        en: "{basisName} ({basis}), the basis of {zoneName} ({zone}), is a border economic cooperation zone (level: {level}) in force on {asOf}: 「依托边境经济合作区」 is met"
    }
    /// art-08.a: supported.
    CoopParkSupported = "COOP_PARK_SUPPORTED" {
        zh: "{zoneName}({zone})为有条件的开发区,其设立{parkKind}属于本条支持的范围(鼓励性规定)",
        ko: "{zoneName}({zone}){|은} 조건이 있는 개발구이므로 {parkKind} 설립은 본 조항이 지원하는 범위에 속한다(고무 규정)",
        en: "{zoneName} ({zone}) is a qualified zone: its setting up an {parkKind} is within the clause's support (an encouragement)",
        coded: { parkKind: CoopParkKind }
    }
}

/// art-08.a: Inter-provincial and international cooperation parks
pub static ART_08_A: RuleMeta = RuleMeta {
    id: "art-08.a",
    title: "Inter-provincial and international cooperation parks",
    title_zh: "设立省际、国际合作园区",
    title_ko: "성간·국제 합작단지 설립",
    clause: "(八)",
    clause_title: "打造开放合作新平台",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持有条件的开发区设立省际、国际合作园区。",
    extra_quotes: &[],
    en: "Support qualified zones in establishing inter-provincial and international cooperation parks.",
    ko: "조건이 있는 개발구가 성간·국제 합작단지를 설립하는 것을 지원한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-08.b: Border economic cooperation zones: provincial now, national sought, cross-border later
pub static ART_08_B: RuleMeta = RuleMeta {
    id: "art-08.b",
    title: "Border economic cooperation zones: provincial now, national sought, cross-border later",
    title_zh: "边境经济合作区:设立省级、争取国家级、构建跨境",
    title_ko: "변경경제합작구: 성급 설립, 국가급 쟁취, 다국경제합작구 구축",
    clause: "(八)",
    clause_title: "打造开放合作新平台",
    kinds: &[Kind::Obligation, Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.DRC", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "加快设立省级边境经济合作区、积极争取获批国家级边境经济合作区,依托边境经济合作区逐步构建跨境经济合作区。",
    extra_quotes: &[],
    en: "Speed up establishing provincial-level border economic cooperation zones, actively seek approval of national-level border economic cooperation zones, and, building on them, gradually construct cross-border economic cooperation zones.",
    ko: "성급 변경경제합작구 설립을 다그치고 국가급 변경경제합작구 비준을 적극 쟁취하며 변경경제합작구에 의탁하여 점차 다국경제합작구를 구축한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-08.c: Participation in overseas economic and trade cooperation zones
pub static ART_08_C: RuleMeta = RuleMeta {
    id: "art-08.c",
    title: "Participation in overseas economic and trade cooperation zones",
    title_zh: "参与境外经贸合作区建设",
    title_ko: "경외경제무역합작구 건설 참여",
    clause: "(八)",
    clause_title: "打造开放合作新平台",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持开发区参与境外经贸合作区建设。",
    extra_quotes: &[],
    en: "Support zones in participating in building overseas economic and trade cooperation zones.",
    ko: "개발구가 경외경제무역합작구 건설에 참여하는 것을 지원한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "参与「境外经贸合作区」建设,不属于本意见所称「开发区」(pre.a),也没有可判定的条件",
        "‘경외경제무역합작구’ 건설 참여는 본 의견에서 말하는 ‘개발구’(pre.a)에 속하지 않으며 판정할 조건도 없다",
        "participation in zones abroad; outside the scope of 「开发区」 (pre.a) and without a condition to check",
    )),
};

stable_enum! {
    /// The kind of cooperation park a zone sets up (art-08.a).
    CoopParkKind {
        /// 省际合作园区.
        Interprovincial = "INTERPROVINCIAL" { zh: "省际合作园区", ko: "성간 합작단지", en: "inter-provincial cooperation park" },
        /// 国际合作园区.
        International = "INTERNATIONAL" { zh: "国际合作园区", ko: "국제합작단지", en: "international cooperation park" },
        /// Another kind of park.
        Other = "OTHER" { zh: "其他园区", ko: "기타 단지", en: "other park" },
    }
}

/// What art-08.a is asked about: a zone setting up a cooperation park.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `zoneId` and `parkKind`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CoopParkInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone setting up the park.
    pub zone_id: String,
    /// The kind of park.
    pub park_kind: CoopParkKind,
    /// The date the answer is for (a zone revoked or merged before it is no longer a zone).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
    /// A recorded finding that the zone is 「有条件」 (qualified); absent: none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub zone_qualified: Option<bool>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(CoopParkInput {
    name: "CoopParkInput",
    expecting: "an object with `register`, `zoneId` and `parkKind`",
    blank: CoopParkInput {
        register: crate::register::RegisterArg::blank(),
        zone_id: String::new(),
        park_kind: CoopParkKind::Interprovincial,
        as_of: Default::default(),
        zone_qualified: Default::default(),
    },
    fields: [
        "register" => register [required],
        "zoneId" => zone_id [required],
        "parkKind" => park_kind [required],
        "asOf" => as_of,
        "zoneQualified" => zone_qualified,
    ],
});

/// art-08.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct CoopParkDetail {
    /// The zone.
    pub zone_id: String,
    /// The kind of park.
    pub park_kind: CoopParkKind,
    /// The finding on 「有条件」, as recorded.
    pub zone_qualified: Option<bool>,
}

/// art-08.a for a zone of a validated register: ELIGIBLE (within the clause's support),
/// NOT_ELIGIBLE when a stated condition fails or the zone was found not qualified, NEEDS_HUMAN
/// when 「有条件」 is not found (or the zone's scope is unclear), NOT_APPLICABLE for a zone that
/// did not exist on `asOf`.
#[must_use]
pub fn coop_park(
    zone: &Zone,
    kind: CoopParkKind,
    as_of: Option<NaiveDate>,
    qualified: Option<bool>,
    params: &Params,
) -> Answer<CoopParkDetail> {
    let rule = RuleId::ART_08_A;
    let detail = CoopParkDetail {
        zone_id: String::from(zone.id.as_str()),
        park_kind: kind,
        zone_qualified: qualified,
    };
    if let Some(r) = as_of.and_then(|d| absent_on(rule, zone, d)) {
        return not_applicable(rule, r, detail);
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let at = |code| {
        about(
            Reason::new(code, rule).with("parkKind", kind.as_str()),
            zone,
        )
    };
    match development_zone_scope(zone, as_of, params).outcome {
        Outcome::InScope => {}
        Outcome::NeedsHuman => {
            needs_human.add(about(Reason::new(C::ZoneLevelUnknown, rule), zone));
        }
        _ => reasons.add(at(C::CoopParkNotAZone).with("type", zone.zone_type.as_str())),
    }
    if kind == CoopParkKind::Other {
        reasons.add(Reason::new(C::CoopParkKindOther, rule));
    }
    match qualified {
        None => needs_human.add(at(C::CoopParkQualificationUndefined)),
        Some(false) => reasons.add(at(C::CoopParkNotQualified)),
        Some(true) => {}
    }
    let outcome = if !reasons.is_empty() {
        Outcome::NotEligible
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        reasons.add(at(C::CoopParkSupported));
        Outcome::Eligible
    };
    let outcome = super::common::nominal_asks(outcome, &mut needs_human, rule, zone, as_of);
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail,
    }
}

/// art-08.a on its input.
///
/// # Errors
/// `INVALID_INPUT` for a bad register or an unknown zone.
pub fn coop_park_check(
    input: CoopParkInput,
    params: &Params,
) -> Result<Answer<CoopParkDetail>, Error> {
    let (kind, as_of, qualified) = (
        input.park_kind,
        input.as_of.map(IsoDate::get),
        input.zone_qualified,
    );
    crate::rules::common::on_zone_dated(
        input.register,
        &input.zone_id,
        (as_of, false),
        |_reg: &ValidRegister, zone| Ok(coop_park(zone, kind, as_of, qualified, params)),
    )
}

/// Labels of art-08.a's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_08_A_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[f(
        "parkKind",
        "园区类型",
        "단지 류형",
        "Kind of park",
        Shape::Enum(&[<CoopParkKind as Stable>::TABLE]),
    )]
};

computed! {
    /// art-08.a as a computed rule ([`coop_park_check`]).
    CoopPark: ART_08_A(CoopParkInput) -> CoopParkDetail [ART_08_A_FIELDS] = |input, params| coop_park_check(input, params);
    outcomes: [Eligible, NotEligible, NeedsHuman, NotApplicable];
}

/// What art-08.b is asked about: does a cross-border economic cooperation zone (planned or in
/// operation) build on a border economic cooperation zone in force?
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `zoneId` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CrossBorderInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The cross-border economic cooperation zone (its status may be `PROPOSED`).
    pub zone_id: String,
    /// The border economic cooperation zone it builds on; absent: its `parentZoneId`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub border_zone_id: Option<String>,
    /// The date the answer is for.
    pub as_of: IsoDate,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(CrossBorderInput {
    name: "CrossBorderInput",
    expecting: "an object with `register`, `zoneId` and `asOf`",
    blank: CrossBorderInput {
        register: crate::register::RegisterArg::blank(),
        zone_id: String::new(),
        border_zone_id: Default::default(),
        as_of: IsoDate(NaiveDate::MIN),
    },
    fields: [
        "register" => register [required],
        "zoneId" => zone_id [required],
        "borderZoneId" => border_zone_id,
        "asOf" => as_of [required],
    ],
});

/// art-08.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct CrossBorderDetail {
    /// The cross-border zone.
    pub zone_id: String,
    /// The border economic cooperation zone it builds on, when named.
    pub border_zone_id: Option<String>,
    /// That zone's status on `asOf` (`null`: not yet established or none named).
    pub border_zone_status: Option<ZoneStatus>,
}

/// art-08.b for a zone of a validated register on `as_of`.
///
/// # Errors
/// `INVALID_INPUT` at `input.borderZoneId` for an unknown zone or the zone itself.
pub fn cross_border_basis(
    reg: &ValidRegister,
    zone: &Zone,
    border_zone_id: Option<&str>,
    as_of: NaiveDate,
) -> Result<Answer<CrossBorderDetail>, Error> {
    let rule = RuleId::ART_08_B;
    let basis_id = border_zone_id.or(zone.parent_zone_id.as_deref());
    let basis = match basis_id {
        Some(id) if id == zone.id => {
            return Err(Error::input(
                crate::error::Problem::Inconsistent,
                "input.borderZoneId",
                text!(zh: "开发区不能以自身为依托", ko: "개발구는 자기 자신을 의거로 삼을 수 없습니다", en: "a zone cannot be its own basis"),
            ))
        }
        Some(id) => Some(reg.zone_at(id, "input.borderZoneId")?),
        None => None,
    };
    let mut detail = CrossBorderDetail {
        zone_id: String::from(zone.id.as_str()),
        border_zone_id: basis.map(|b| b.id.clone()),
        border_zone_status: None,
    };
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    if zone.zone_type != ZoneType::CrossBorderEconCoopZone {
        reasons.add(about(
            Reason::new(C::CrossBorderNotCrossBorder, rule).with("type", zone.zone_type.as_str()),
            zone,
        ));
        return Ok(done(
            rule,
            Outcome::NotApplicable,
            reasons,
            needs_human,
            detail,
        ));
    }
    // A planned (proposed, not yet established) cross-border zone is asked about too; one revoked
    // or merged before asOf is no longer a zone.
    if matches!(
        zone.status_on(as_of),
        Some(ZoneStatus::Revoked | ZoneStatus::Merged)
    ) {
        if let Some(r) = absent_on(rule, zone, as_of) {
            return Ok(not_applicable(rule, r, detail));
        }
    }
    let Some(basis) = basis else {
        reasons.add(about(Reason::new(C::CrossBorderNoBasis, rule), zone));
        return Ok(done(rule, Outcome::Unknown, reasons, needs_human, detail));
    };
    let status = basis.status_on(as_of);
    detail.border_zone_status = status;
    let at = |code| {
        let r = Reason::new(code, rule)
            .with("asOf", as_of)
            .with("basis", basis.id.clone())
            .with("basisName", basis.name_zh.clone());
        // The basis by its English and Korean names in those languages, as a zone's own name
        // (`zoneNameEn`, `zoneNameKo`).
        let r = match &basis.name_en {
            Some(en) => r.with("basisNameEn", en.clone()),
            None => r,
        };
        let r = match &basis.name_ko {
            Some(ko) => r.with("basisNameKo", ko.clone()),
            None => r,
        };
        about(r, zone)
    };
    let outcome = if basis.zone_type != ZoneType::BorderEconCoopZone {
        reasons.add(at(C::CrossBorderBasisNotBecz).with("type", basis.zone_type.as_str()));
        Outcome::NotEligible
    } else {
        match status {
            // In force, or flagged nominal: art-02.b's 「予以撤销」 hangs over it when found
            // nominal, or flagged so without a finding that it is not (`common::nominal_ask`,
            // the one reading of art-02.c, art-03.a, art-11.c and the zone summary): then
            // whether it can serve as the basis is for a person. A flagged basis the authority
            // found not nominal is in force.
            Some(ZoneStatus::Active | ZoneStatus::NominalFlagged)
                if super::common::nominal_ask(basis, Some(as_of)).is_some() =>
            {
                needs_human.add(at(C::CrossBorderBasisNominal));
                Outcome::NeedsHuman
            }
            Some(ZoneStatus::Active | ZoneStatus::NominalFlagged) => {
                reasons.add(at(C::CrossBorderBasisInForce).with("level", basis.level.as_str()));
                Outcome::Eligible
            }
            None => {
                reasons.add(at(C::CrossBorderBasisNotYet));
                Outcome::NotEligible
            }
            Some(other) => {
                reasons.add(at(C::CrossBorderBasisNotInForce).with("status", other.as_str()));
                Outcome::NotEligible
            }
        }
    };
    Ok(done(rule, outcome, reasons, needs_human, detail))
}

fn done<D>(
    rule: RuleId,
    outcome: Outcome,
    reasons: Vec<Reason>,
    needs_human: Vec<Reason>,
    detail: D,
) -> Answer<D> {
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail,
    }
}

/// Labels of art-08.b's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_08_B_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "borderZoneId",
            "所依托的边境经济合作区",
            "의탁하는 변경경제합작구",
            "Border economic cooperation zone built on",
            Shape::Plain,
        ),
        f(
            "borderZoneStatus",
            "其状态",
            "그 상태",
            "Its status",
            Shape::Enum(&[<ZoneStatus as Stable>::TABLE]),
        ),
    ]
};

computed! {
    /// art-08.b as a computed rule ([`cross_border_basis`]).
    CrossBorderBasis: ART_08_B(CrossBorderInput) -> CrossBorderDetail [ART_08_B_FIELDS] = |input, _params| {
        let (border, as_of) = (input.border_zone_id, input.as_of.get());
        crate::rules::common::on_zone_dated(input.register, &input.zone_id, (Some(as_of), false), |reg, zone| {
            cross_border_basis(reg, zone, border.as_deref(), as_of)
        })
    };
    outcomes: [Eligible, NotEligible, NeedsHuman, Unknown, NotApplicable];
}
