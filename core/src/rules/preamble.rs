//! The preamble and section 一: scope, addressees, purpose and guiding principles.
//!
//! pre.a fixes what a 「开发区」 is: the list 「含经济合作区、工业集中区、综合保税区、文化旅游区」 is
//! illustrative (AMB-32), so economic-development, high-tech, border and airport zones are in
//! scope too; a zone abroad (art-08.c) and a park inside a zone are not zones of their own. A
//! standalone specialty or cooperation park, or a zone of another type, is in scope only with a
//! national, provincial or industrial-concentration level (catalog `IN_SCOPE_TYPES`); with an
//! unknown level a person decides.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use super::common::{about, absent_on, not_applicable, ZoneInput};
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{Zone, ZoneLevel, ZoneType};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// pre.a: in scope
    ScopeInScope = "SCOPE_IN_SCOPE" {
        zh: "{zoneName}({zone})(类型{type},级别{level})属于本意见所称开发区",
        ko: "{zoneName}({zone}; 류형 {type}, 급별 {level})의 경우 본 의견에서 말하는 개발구에 해당한다",
        en: "{zoneName} ({zone}) (type {type}, level {level}) is a development zone in the sense of the opinion"
    }
    /// pre.a: abroad
    ScopeOverseas = "SCOPE_OVERSEAS" {
        zh: "{zoneName}({zone})(类型{type},级别{level})位于境外,不属于本意见所称开发区",
        ko: "{zoneName}({zone}; 류형 {type}, 급별 {level})의 경우 경외에 있어 본 의견에서 말하는 개발구에 해당하지 않는다",
        en: "{zoneName} ({zone}) (type {type}, level {level}) lies abroad and is not a development zone in the sense of the opinion"
    }
    /// pre.a: a park inside a zone
    ScopeParkInsideZone = "SCOPE_PARK_INSIDE_ZONE" {
        zh: "{zoneName}({zone})(类型{type},级别{level})是{parent}的区内园区,不单独作为开发区",
        ko: "{zoneName}({zone}; 류형 {type}, 급별 {level})의 경우 {parent}의 구역 내 원구로서 별도의 개발구가 아니다",
        en: "{zoneName} ({zone}) (type {type}, level {level}) is a park inside {parent}, not a zone of its own"
    }
    /// pre.a: neither type nor level
    ScopeNoTypeOrLevel = "SCOPE_NO_TYPE_OR_LEVEL" {
        zh: "{zoneName}({zone})(类型{type},级别{level})不是本意见列举或涵盖的开发区类型,也没有国家级、省级或工业集中区级别,不属于本意见所称开发区",
        ko: "{zoneName}({zone}; 류형 {type}, 급별 {level})의 경우 본 의견이 렬거하거나 포함하는 개발구 류형이 아니며 국가급·성급·공업집중구 급별도 없으므로 본 의견에서 말하는 개발구에 해당하지 않는다",
        en: "{zoneName} ({zone}) (type {type}, level {level}) is of no zone type the opinion names or covers and has no national, provincial or industrial-concentration level: it is not a development zone in the sense of the opinion"
    }
    /// pre.a: a zone of a type outside the list whose level is unknown
    ScopeLevelUnknown = "SCOPE_LEVEL_UNKNOWN" {
        zh: "{zoneName}({zone})(类型{type})不属于列举的开发区类型,级别未知:是否属于本意见所称开发区须人工判断",
        ko: "{zoneName}({zone}; 류형 {type})의 경우 렬거된 개발구 류형이 아니고 급별을 알 수 없으므로 본 의견에서 말하는 개발구인지는 사람이 판단한다",
        en: "{zoneName} ({zone}) (type {type}) is not of a listed zone type and its level is unknown: whether it is a development zone in the sense of the opinion is for a person"
    }
}

/// pre.a: Scope definition: what counts as a 「开发区」
pub static PRE_A: RuleMeta = RuleMeta {
    id: "pre.a",
    title: "Scope definition: what counts as a 「开发区」",
    title_zh: "「开发区」的范围界定",
    title_ko: "‘개발구’의 범위 규정",
    clause: "",
    clause_title: "",
    kinds: &[Kind::Definition],
    strength: Strength::Mandatory,
    bearers: &[],
    owed_by: OwedBy::Nobody,
    quote: "把全州开发区(含经济合作区、工业集中区、综合保税区、文化旅游区,以下统称“开发区”)",
    extra_quotes: &[],
    en: "…all development zones in the prefecture (including economic cooperation zones, industrial concentration zones, comprehensive bonded zones and cultural-tourism zones; hereinafter collectively 'development zones')…",
    ko: "전 주의 개발구(경제합작구, 공업집중구, 종합보세구, 문화관광구를 포함하며, 이하 ‘개발구’로 통칭)",
    ambiguities: &["AMB-32"],
    evaluation: Evaluation::Function,
};

/// pre.b: Addressees
pub static PRE_B: RuleMeta = RuleMeta {
    id: "pre.b",
    title: "Addressees",
    title_zh: "主送单位",
    title_ko: "주송 단위",
    clause: "",
    clause_title: "",
    kinds: &[Kind::Definition],
    strength: Strength::Mandatory,
    bearers: &[],
    owed_by: OwedBy::Nobody,
    quote: "各县、市党委和人民政府,延龙图新区,州委各部、委、室,州政府各委、办、局,各人民团体",
    extra_quotes: &[],
    en: "To the Party committees and people's governments of all counties and cities; the Yan-Long-Tu New Area; all departments, commissions and offices of the Prefecture Party Committee; all commissions, offices and bureaus of the Prefecture Government; and all people's organisations.",
    ko: "각 현, 시 당위와 인민정부; 연룡도신구; 주당위 각 부, 위원회, 실; 주정부 각 위원회, 판공실, 국; 각 인민단체",
    ambiguities: &["AMB-30"],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "主送单位名单(本意见发给谁);作为数据使用,不是判定",
        "발송 대상 명단(본 의견을 누구에게 보내는지)이며 자료로 쓰고 판정은 아니다",
        "the list of addressees; used as data (who the opinion is sent to), not a decision",
    )),
};

/// pre.c: Purpose (interpretive aid only)
pub static PRE_C: RuleMeta = RuleMeta {
    id: "pre.c",
    title: "Purpose (interpretive aid only)",
    title_zh: "目的(仅作解释参考)",
    title_ko: "목적(해석 참고용)",
    clause: "",
    clause_title: "",
    kinds: &[Kind::Definition],
    strength: Strength::Aspirational,
    bearers: &[],
    owed_by: OwedBy::Nobody,
    quote: "引进增量、盘活存量、做大总量、提高质量",
    extra_quotes: &["建设成为新时代延边振兴的“改革排头兵、开放最前沿、创新最亮点、发展新动能”"],
    en: "Bring in increments, revitalise the stock, enlarge the total, raise quality … to make the zones the 'vanguard of reform, frontier of opening, brightest spot of innovation, new driver of development' of Yanbian's revitalisation in the new era.",
    ko: "증량을 유치하고 존량을 활성화하며 총량을 확대하고 질을 제고한다",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "倡导性的目的条款(「引进增量、盘活存量、做大总量、提高质量」):没有主体、行为或条件",
        "지향적인 목적 조항(‘증량 유치, 존량 활성화, 총량 확대, 질 제고’)으로 주체, 행위, 조건이 없다",
        "ASPIRATIONAL purpose clause: no actor, act or condition",
    )),
};

/// sec-1: Section 一 「明确总体要求」 (General requirements)
pub static SEC_1: RuleMeta = RuleMeta {
    id: "sec-1",
    title: "Section 一 「明确总体要求」 (General requirements)",
    title_zh: "第一部分「明确总体要求」",
    title_ko: "제1부분 ‘총체적 요구의 명확화’",
    clause: "",
    clause_title: "",
    kinds: &[Kind::Definition],
    strength: Strength::Aspirational,
    bearers: &[],
    owed_by: OwedBy::Nobody,
    quote: "努力把开发区打造成为改革开放的先行区、创新发展的引领区、高水平营商环境的示范区、区域经济发展的增长极",
    extra_quotes: &[],
    en: "Strive to make the zones pilot areas of reform and opening, leading areas of innovative development, demonstration areas of a high-standard business environment and growth poles of the regional economy.",
    ko: "개발구를 개혁개방의 선행구, 혁신발전의 선도구, 높은 수준의 영상환경의 시범구, 지역경제 발전의 성장극으로 건설하기 위하여 노력한다",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "倡导性的总体要求(「努力把开发区打造成为…」):没有主体、行为或条件",
        "지향적인 총체적 요구(‘개발구를 개혁개방의 선행구 … 로 건설하기 위하여 노력’)로 주체, 행위, 조건이 없다",
        "ASPIRATIONAL guiding principles: no actor, act or condition",
    )),
};

/// pre.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct ScopeDetail {
    /// The zone.
    pub zone_id: String,
    /// Whether the opinion's rules apply to it as a zone: `null` when that is for a person
    /// (the answer NEEDS_HUMAN).
    pub in_scope: Option<bool>,
}

/// The zone types 「开发区」 names or plainly covers (catalog pre.a `IN_SCOPE_TYPES`; AMB-32: the
/// list after 「含」 is illustrative, so economic-development, high-tech, border, airport and
/// cross-border zones are in as well).
const IN_SCOPE_TYPES: &[ZoneType] = &[
    ZoneType::EconDevZone,
    ZoneType::HighTechZone,
    ZoneType::EconCoopZone,
    ZoneType::BorderEconCoopZone,
    ZoneType::CrossBorderEconCoopZone,
    ZoneType::IndustrialConcentrationZone,
    ZoneType::ComprehensiveBondedZone,
    ZoneType::CultureTourismZone,
    ZoneType::AirportEconZone,
];

/// pre.a's outcome and its reason's code for a zone that exists on the date asked
/// ([`development_zone_scope`] answers them, with the reason's facts).
fn scope_of(zone: &Zone) -> (Outcome, C) {
    match (zone.zone_type, &zone.parent_zone_id) {
        (ZoneType::OverseasTradeCoopZone, _) => (Outcome::OutOfScope, C::ScopeOverseas),
        (ZoneType::SpecialtyPark | ZoneType::CoopPark, Some(_)) => {
            (Outcome::OutOfScope, C::ScopeParkInsideZone)
        }
        (t, _)
            if IN_SCOPE_TYPES.contains(&t)
                || matches!(
                    zone.level,
                    ZoneLevel::National
                        | ZoneLevel::Provincial
                        | ZoneLevel::IndustrialConcentration
                ) =>
        {
            (Outcome::InScope, C::ScopeInScope)
        }
        _ if zone.level == ZoneLevel::Unknown => (Outcome::NeedsHuman, C::ScopeLevelUnknown),
        _ => (Outcome::OutOfScope, C::ScopeNoTypeOrLevel),
    }
}

/// Whether pre.a answers `IN_SCOPE` for `zone` on `as_of`, without making the answer: what the
/// duties owed by every zone ask of each zone of a register, several times per report.
#[must_use]
pub fn in_scope(zone: &Zone, as_of: Option<NaiveDate>) -> bool {
    as_of
        .and_then(|d| absent_on(RuleId::PRE_A, zone, d))
        .is_none()
        && scope_of(zone).0 == Outcome::InScope
}

/// Whether pre.a puts `zone` outside the opinion's scope by its type, level and parent, whatever
/// the date (a park inside a zone, an overseas zone, a zone of no covered type or level): what
/// every other zone check reads of pre.a (`rules::common::out_of_scope`, and art-14.d's routine
/// that its briefs share), so that all of them agree.
#[must_use]
pub(crate) fn outside_scope(zone: &Zone) -> bool {
    scope_of(zone).0 == Outcome::OutOfScope
}

/// [`development_zone_scope`]'s outcome without its answer (what the compliance report reads of
/// it off its page): not applicable when the zone is no longer one on `as_of`, else its scope.
#[must_use]
pub(crate) fn scope_outcome(zone: &Zone, as_of: Option<NaiveDate>) -> Outcome {
    if as_of.is_some_and(|d| absent_on(RuleId::PRE_A, zone, d).is_some()) {
        return Outcome::NotApplicable;
    }
    scope_of(zone).0
}

/// pre.a for a zone of a validated register, on `as_of` when given (a zone revoked or merged
/// before it is no longer a zone: not applicable).
#[must_use]
pub fn development_zone_scope(
    zone: &Zone,
    as_of: Option<NaiveDate>,
    _params: &Params,
) -> Answer<ScopeDetail> {
    let rule = RuleId::PRE_A;
    let detail = |in_scope| ScopeDetail {
        zone_id: String::from(zone.id.as_str()),
        in_scope,
    };
    if let Some(r) = as_of.and_then(|d| absent_on(rule, zone, d)) {
        return not_applicable(rule, r, detail(Some(false)));
    }
    let mut needs_human = Vec::<Reason>::new();
    let (outcome, code) = scope_of(zone);
    let mut reason = about(
        Reason::new(code, rule)
            .with("level", zone.level.as_str())
            .with("type", zone.zone_type.as_str()),
        zone,
    );
    if let Some(parent) = &zone.parent_zone_id {
        reason = reason.with("parent", parent.clone());
    }
    let reasons = if outcome == Outcome::NeedsHuman {
        needs_human.add(reason);
        Vec::new()
    } else {
        alloc::vec![reason]
    };
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: crate::answer::ParamsUsed::new(),
        detail: detail((outcome != Outcome::NeedsHuman).then_some(outcome == Outcome::InScope)),
    }
}

computed! {
    /// pre.a as a computed rule ([`development_zone_scope`]).
    DevelopmentZoneScope: PRE_A(ZoneInput) -> ScopeDetail = |input, params| {
        let as_of = input.as_of.map(IsoDate::get);
        crate::rules::common::on_zone_dated(input.register, &input.zone_id, (as_of, true), |_reg, zone| {
            Ok(development_zone_scope(zone, as_of, params))
        })
    };
    outcomes: [InScope, OutOfScope, NeedsHuman, NotApplicable];
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    /// `in_scope` is pre.a's answer `IN_SCOPE`, for every zone of the example register (every
    /// type and level it has) and a few made-up ones, on dates before, during and after their
    /// lives, and with no date.
    #[test]
    fn in_scope_is_the_rules_answer() {
        let reg: crate::register::Register =
            serde_json::from_str(include_str!("../../../examples/yanbian-register.json")).unwrap();
        let mut zones = reg.zones.clone();
        let base = zones[0].clone();
        for (t, level) in [
            (ZoneType::OverseasTradeCoopZone, ZoneLevel::National),
            (ZoneType::SpecialtyPark, ZoneLevel::Unknown),
            (ZoneType::CoopPark, ZoneLevel::Provincial),
        ] {
            for parent in [None, Some(String::from("YJ-HTZ"))] {
                let mut z = base.clone();
                z.zone_type = t;
                z.level = level;
                z.parent_zone_id = parent;
                zones.push(z);
            }
        }
        let mut seen = alloc::collections::BTreeSet::new();
        for z in &zones {
            for as_of in [
                None,
                Some("1990-01-01"),
                Some("2023-06-30"),
                Some("2040-01-01"),
            ] {
                let as_of = as_of.map(|d| d.parse::<NaiveDate>().unwrap());
                let answer = development_zone_scope(z, as_of, &Params::default());
                assert_eq!(
                    in_scope(z, as_of),
                    answer.outcome == Outcome::InScope,
                    "{} {as_of:?}",
                    z.id
                );
                seen.insert(answer.outcome.as_str());
            }
        }
        assert!(seen.len() >= 3, "{seen:?}");
    }
}
