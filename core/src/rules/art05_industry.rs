//! (五) 突出产业集聚发展: industrial agglomeration.
//!
//! > 国家级开发区重点发展1个首位产业和2—3个主攻产业,省级开发区重点发展1个首位产业和1—2个主攻产业。
//!
//! art-05.a checks a zone's designated industries (from its own plan, not re-derived, AMB-08):
//! exactly one leading industry and a count of main industries within the range for its level
//! (`STRICT`; `CAP_ONLY` enforces the maximum only). A leading industry listed again among the
//! main ones is a violation, and repeated main industries count once. Other levels: not applicable.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use super::common::{about, absent_on, not_applicable, ZoneInput};
use super::preamble;
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::{IndustriesMode, Params};
use crate::register::{Zone, ZoneLevel};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-05.c: exactly the number of areas the text names.
    AgglomerationCountMet = "AGGLOMERATION_COUNT_MET" {
        zh: "全州选定{count}个产业集聚区,与“重点扶持建设{target}个”相符",
        ko: "전 주에서 산업집중구 {count}개를 선정하여 “{target}개를 중점적으로 부축, 건설”하라는 요구에 부합된다",
        en: "{count} industrial agglomeration area(s) are selected prefecture-wide, as 「重点扶持建设{target}个」 names"
    }
    /// art-05.c: more areas than the text names.
    AgglomerationTooMany = "AGGLOMERATION_TOO_MANY" {
        zh: "全州选定{count}个产业集聚区,超过“重点扶持建设{target}个”",
        ko: "전 주에서 산업집중구 {count}개를 선정하여 “{target}개를 중점적으로 부축, 건설”하라는 수를 초과하였다",
        en: "{count} industrial agglomeration areas are selected prefecture-wide, more than the {target} of 「重点扶持建设{target}个」"
    }
    /// art-05.c: fewer areas than the text names.
    AgglomerationFewer = "AGGLOMERATION_FEWER" {
        zh: "全州选定的产业集聚区为{count}个,少于{target}个;“3个”是目标还是上限不明(AMB-09),少选只在符合条件的开发区不足时才可,需人工判断",
        ko: "전 주에서 선정한 산업집중구는 {count}개로 {target}개보다 적다. “3개”가 목표인지 상한인지 불명하며(AMB-09) 적게 선정하는 것은 조건에 부합되는 개발구가 모자랄 때에만 가능하므로 사람이 판단하여야 한다",
        en: "{count} industrial agglomeration area(s) are selected, fewer than {target}; whether 「3个」 is a target or a cap is unclear (AMB-09) and fewer are right only if fewer zones qualify: a person must decide"
    }
    /// art-05.c: a selected zone is not a development zone in force on the date.
    AgglomerationZoneNotActive = "AGGLOMERATION_ZONE_NOT_ACTIVE" {
        zh: "选定的{zoneName}({zone})在{asOf}不是存续的开发区,不能作为“符合条件的开发区”",
        ko: "선정된 {zoneName}({zone})의 경우 {asOf}에 존속 중인 개발구가 아니므로 “조건에 부합되는 개발구”로 될 수 없다",
        en: "the selected {zoneName} ({zone}) is not a development zone in force on {asOf}: it cannot be a 「符合条件的开发区」"
    }
    /// art-05.c (for a person, beside COMPLIANT): whether the selected zones qualify is not in the
    /// register (「符合条件」, 「产业层次高、协同效应好、公共服务优、特色优势足」)
    AgglomerationQualificationForPerson = "AGGLOMERATION_QUALIFICATION_FOR_PERSON" {
        zh: "选定的开发区是否“符合条件”、所建集聚区是否“产业层次高、协同效应好、公共服务优、特色优势足”,本意见未给出可核对的标准,登记册也不载明,需人工审核",
        ko: "선정된 개발구가 “조건에 부합”되는지, 건설하는 산업집중구가 “산업 차원이 높고 협동효과가 좋으며 공공봉사가 우수하고 특색우세가 뚜렷”한지는 본 의견이 대조할 수 있는 기준을 주지 않았고 등록부에도 기록되지 않았으므로 사람이 심사하여야 한다",
        en: "whether the selected zones 「符合条件」 (qualify) and the areas are 「产业层次高、协同效应好、公共服务优、特色优势足」 has no checkable criterion in the opinion and is not in the register: a person must review it"
    }
    /// art-05.c: a selected zone whose level is unknown.
    AgglomerationZoneUnclear = "AGGLOMERATION_ZONE_UNCLEAR" {
        zh: "选定的{zoneName}({zone})是否属于本意见所称开发区不明,需人工判断",
        ko: "선정된 {zoneName}({zone})의 경우 본 의견에서 말하는 개발구에 해당하는지 불명하므로 사람이 판단하여야 한다",
        en: "whether the selected {zoneName} ({zone}) is a development zone in the sense of the opinion is unclear: a person must decide"
    }
    /// art-05.a: not for this level
    IndustryRuleNotForLevel = "INDUSTRY_RULE_NOT_FOR_LEVEL" {
        zh: "{zoneName}({zone})级别为{level},本条只规定国家级和省级开发区的产业数量",
        ko: "{zoneName}({zone})의 급별은 {level}이며 이 규정은 국가급과 성급 개발구의 산업 수만 정한다",
        en: "{zoneName} ({zone}) has level {level}: the rule sets industry counts for national and provincial zones only"
    }
    /// art-05.a: no designation on record.
    IndustryDesignationNotRecorded = "INDUSTRY_DESIGNATION_NOT_RECORDED" {
        zh: "登记册未记录{zoneName}({zone})的首位产业和主攻产业,无法核对",
        ko: "등록부에 {zoneName}({zone})의 수위산업과 주공산업이 기록되지 않아 대조할 수 없다",
        en: "the register records no leading or main industries for {zoneName} ({zone}): nothing to check"
    }
    /// art-05.a: leading industry count
    IndustryLeadingCount = "INDUSTRY_LEADING_COUNT" {
        zh: "首位产业{count}个,{level}开发区应为{expected}个",
        ko: "수위산업이 {count}개이나 {level} 개발구는 {expected}개여야 한다",
        en: "{count} leading industry(ies); a {level} zone must have {expected}"
    }
    /// art-05.a: leading also main
    IndustryLeadingAlsoMain = "INDUSTRY_LEADING_ALSO_MAIN" {
        zh: "首位产业“{industry}”又被列为主攻产业",
        ko: "수위산업 ‘{industry}’이 주공산업으로도 렬거되였다",
        en: "the leading industry “{industry}” is also listed as a main industry"
    }
    /// art-05.a: too many main industries
    IndustryMainTooMany = "INDUSTRY_MAIN_TOO_MANY" {
        zh: "主攻产业{count}个,超过{level}开发区的上限{max}个",
        ko: "주공산업이 {count}개로 {level} 개발구의 상한 {max}개를 넘는다",
        en: "main industries: {count}, more than the {max} a {level} zone may have"
    }
    /// art-05.a: too few main industries
    IndustryMainTooFew = "INDUSTRY_MAIN_TOO_FEW" {
        zh: "主攻产业{count}个,少于{level}开发区的下限{min}个",
        ko: "주공산업이 {count}개로 {level} 개발구의 하한 {min}개보다 적다",
        en: "main industries: {count}, fewer than the {min} a {level} zone must have"
    }
    /// art-05.a: valid
    IndustryFocusValid = "INDUSTRY_FOCUS_VALID" {
        zh: "{leading}个首位产业和{count}个主攻产业,符合{level}开发区{min}—{max}个的要求",
        ko: "수위산업 {leading}개와 주공산업 {count}개로 {level} 개발구의 {min}~{max}개 요구에 부합한다",
        en: "leading industries: {leading}, main industries: {count}: within {min}–{max} for a {level} zone"
    }
    /// art-05.a: valid under `CAP_ONLY` (the maximum only, AMB-08)
    IndustryFocusValidCap = "INDUSTRY_FOCUS_VALID_CAP" {
        zh: "{leading}个首位产业和{count}个主攻产业,未超过{level}开发区{max}个的上限(按参数 CAP_ONLY 不适用下限{min}个,AMB-08)",
        ko: "수위산업 {leading}개와 주공산업 {count}개로 {level} 개발구의 상한 {max}개를 넘지 않는다(매개변수 CAP_ONLY에 따라 하한 {min}개는 적용하지 않음, AMB-08)",
        en: "leading industries: {leading}, main industries: {count}: not above the maximum of {max} for a {level} zone (the minimum of {min} not applied under CAP_ONLY, AMB-08)"
    }
}

/// art-05.a: Industry focus: national 1 + 2–3; provincial 1 + 1–2
pub static ART_05_A: RuleMeta = RuleMeta {
    id: "art-05.a",
    title: "Industry focus: national 1 + 2–3; provincial 1 + 1–2",
    title_zh: "首位产业和主攻产业:国家级1+2—3个,省级1+1—2个",
    title_ko: "수위산업과 주공산업: 국가급 1+2~3개, 성급 1+1~2개",
    clause: "(五)",
    clause_title: "突出产业集聚发展",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区要择优发展、集中突破,国家级开发区重点发展1个首位产业和2—3个主攻产业,省级开发区重点发展1个首位产业和1—2个主攻产业。",
    extra_quotes: &[],
    en: "Each zone shall select the best and concentrate on breakthroughs: a national-level zone shall focus on 1 leading ('first-place') industry and 2–3 main ('key-attack') industries; a provincial-level zone on 1 leading industry and 1–2 main industries.",
    ko: "각 개발구는 우수한 것을 골라 발전시키고 집중적으로 돌파하여야 하며, 국가급 개발구는 1개 수위산업과 2~3개 주공산업을, 성급 개발구는 1개 수위산업과 1~2개 주공산업을 중점적으로 발전시킨다.",
    ambiguities: &["AMB-08"],
    evaluation: Evaluation::Function,
};

/// art-05.b: Agglomerate around leading enterprises and major projects
pub static ART_05_B: RuleMeta = RuleMeta {
    id: "art-05.b",
    title: "Agglomerate around leading enterprises and major projects",
    title_zh: "以龙头企业和重大项目为载体推动产业集聚",
    title_ko: "룡두기업과 중대 대상을 담체로 한 산업 집중",
    clause: "(五)",
    clause_title: "突出产业集聚发展",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区要以区内产业关联度高、带动性强的龙头企业和重大项目为载体,推动关联产业、上下游配套企业和资源要素向开发区集聚",
    extra_quotes: &[],
    en: "Each zone shall use highly linked, strongly driving leading enterprises and major projects as carriers to draw related industries, upstream and downstream suppliers and resources into the zone.",
    ko: "각 개발구는 구역 내 산업 련관도가 높고 견인력이 강한 룡두기업과 중대 대상을 담체로 하여 련관산업, 상하류 부대기업과 자원요소가 개발구로 집중되도록 추진하여야 한다",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「推动…向开发区集聚」没有给出指标或标准,无法衡量",
        "‘개발구로 집중되도록 추진’하라는 요구에는 지표나 기준이 없어 가늠할 수 없다",
        "not measurable in the text: no indicator or threshold is given",
    )),
};

/// art-05.c: Select and support 3 industrial agglomeration areas prefecture-wide
pub static ART_05_C: RuleMeta = RuleMeta {
    id: "art-05.c",
    title: "Select and support 3 industrial agglomeration areas prefecture-wide",
    title_zh: "全州重点扶持建设3个产业集聚区",
    title_ko: "전 주 산업집중구 3개 중점 부축·건설",
    clause: "(五)",
    clause_title: "突出产业集聚发展",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Mandatory,
    bearers: &["AG.DRC", "AG.MIIT"],
    owed_by: OwedBy::Nobody,
    quote: "在全州优选符合条件的开发区,重点扶持建设3个产业层次高、协同效应好、公共服务优、特色优势足的产业集聚区,打造一批具有较强影响力的开发区产业品牌。",
    extra_quotes: &[],
    en: "Select, prefecture-wide, qualified zones and give priority support to building 3 industrial agglomeration areas with a high industrial level, good synergy, good public services and distinct advantages; create a group of influential zone industry brands.",
    ko: "전 주에서 조건에 부합되는 개발구를 우선 선정하여 산업 차원이 높고 협동효과가 좋으며 공공봉사가 우수하고 특색우세가 뚜렷한 산업집중구 3개를 중점적으로 부축, 건설하며 비교적 강한 영향력을 가진 개발구 산업브랜드를 만든다.",
    ambiguities: &["AMB-09"],
    evaluation: Evaluation::Function,
};

/// art-05.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct IndustryDetail {
    /// The zone.
    pub zone_id: String,
    /// Leading industries designated (0 or 1).
    pub leading_count: usize,
    /// Distinct main industries other than the leading one.
    pub main_count: usize,
    /// The range for the zone's level, when it has one: `[min, max]`.
    pub main_range: Option<[u32; 2]>,
}

/// The counts art-05.a reads for a zone's level: `None` for a level it does not count.
fn spec_of(zone: &Zone, params: &Params) -> Option<crate::params::IndustryCounts> {
    match zone.level {
        ZoneLevel::National => Some(params.industries_national),
        ZoneLevel::Provincial => Some(params.industries_provincial),
        _ => None,
    }
}

/// A zone's designations as art-05.a counts them: its leading industries, those also listed as
/// main, and how many main industries it has besides the leading ones (each counted once).
struct Designations<'z> {
    leading: Vec<&'z str>,
    leading_also_main: Vec<&'z str>,
    main_count: usize,
    /// Main industries named (besides blanks), leading ones included.
    mains_named: usize,
}

/// What art-05.a checks of a zone's designations against its level's counts.
struct IndustryChecks {
    /// As many leading industries as the level asks.
    leading_ok: bool,
    /// A leading industry also listed as main.
    also_main: bool,
    /// Main industries besides the leading ones.
    main: u32,
    /// More than the level allows.
    too_many: bool,
    /// Fewer than the level asks (`STRICT` only).
    too_few: bool,
}

impl IndustryChecks {
    const fn valid(&self) -> bool {
        self.leading_ok && !self.also_main && !self.too_many && !self.too_few
    }
}

impl<'z> Designations<'z> {
    /// A zone's designations, each name trimmed, blank ones not designations and a name given
    /// twice once (「B」 and 「B 」 are one industry).
    fn of(zone: &'z Zone) -> Self {
        let names = |list: &mut Vec<&'z str>, name: &'z String| {
            let n = name.trim();
            if !n.is_empty() && !list.contains(&n) {
                list.push(n);
            }
        };
        let mut leading: Vec<&str> = Vec::new();
        for l in zone.leading_industry.iter().chain(&zone.leading_industries) {
            names(&mut leading, l);
        }
        let mut mains: Vec<&str> = Vec::new();
        for m in &zone.main_industries {
            names(&mut mains, m);
        }
        let leading_also_main: Vec<&str> = leading
            .iter()
            .copied()
            .filter(|l| mains.contains(l))
            .collect();
        let main_count = mains.iter().filter(|m| !leading.contains(m)).count();
        Self {
            leading,
            leading_also_main,
            main_count,
            mains_named: mains.len(),
        }
    }

    /// Neither a leading nor a main industry recorded (blank names are none).
    fn unrecorded(&self) -> bool {
        self.leading.is_empty() && self.mains_named == 0
    }

    fn checks(&self, spec: crate::params::IndustryCounts, params: &Params) -> IndustryChecks {
        let main = u32::try_from(self.main_count).unwrap_or(u32::MAX);
        IndustryChecks {
            leading_ok: u32::try_from(self.leading.len()).ok() == Some(spec.leading),
            also_main: !self.leading_also_main.is_empty(),
            main,
            too_many: main > spec.main_max,
            too_few: params.industries_mode == IndustriesMode::Strict && main < spec.main_min,
        }
    }
}

/// [`industry_focus`]'s outcome without its answer (what the compliance report reads of it off
/// its page).
#[must_use]
pub(crate) fn industry_outcome(zone: &Zone, as_of: Option<NaiveDate>, params: &Params) -> Outcome {
    if as_of.is_some_and(|d| absent_on(RuleId::ART_05_A, zone, d).is_some()) {
        return Outcome::NotApplicable;
    }
    let d = Designations::of(zone);
    match spec_of(zone, params) {
        None if zone.level == ZoneLevel::Unknown => Outcome::NeedsHuman,
        None => Outcome::NotApplicable,
        Some(_) if d.unrecorded() => Outcome::Unknown,
        Some(spec) if d.checks(spec, params).valid() => Outcome::Valid,
        Some(_) => Outcome::Invalid,
    }
}

/// art-05.a for a zone of a validated register, on `as_of` when given (a zone revoked or
/// merged before it is not applicable).
#[must_use]
pub fn industry_focus(
    zone: &Zone,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<IndustryDetail> {
    let rule = RuleId::ART_05_A;
    let spec = spec_of(zone, params);
    let d = Designations::of(zone);
    let (leading, leading_also_main, main_count) = (&d.leading, &d.leading_also_main, d.main_count);
    if let Some(r) = as_of.and_then(|d| absent_on(rule, zone, d)) {
        return not_applicable(
            rule,
            r,
            IndustryDetail {
                zone_id: zone.id.clone(),
                leading_count: leading.len(),
                main_count,
                main_range: None,
            },
        );
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let outcome = match spec {
        None if zone.level == ZoneLevel::Unknown => {
            needs_human.add(about(Reason::new(C::ZoneLevelUnknown, rule), zone));
            Outcome::NeedsHuman
        }
        None => {
            reasons.add(about(
                Reason::new(C::IndustryRuleNotForLevel, rule).with("level", zone.level.as_str()),
                zone,
            ));
            Outcome::NotApplicable
        }
        Some(_) if d.unrecorded() => {
            reasons.add(about(
                Reason::new(C::IndustryDesignationNotRecorded, rule),
                zone,
            ));
            Outcome::Unknown
        }
        Some(spec) => {
            let level = zone.level.as_str();
            let checks = d.checks(spec, params);
            if !checks.leading_ok {
                reasons.add(about(
                    Reason::new(C::IndustryLeadingCount, rule)
                        .with("count", leading.len())
                        .with("expected", spec.leading)
                        .with("level", level),
                    zone,
                ));
            }
            for name in leading_also_main {
                reasons.add(about(
                    Reason::new(C::IndustryLeadingAlsoMain, rule)
                        .with("industry", crate::answer::Value::text(name)),
                    zone,
                ));
            }
            let n = checks.main;
            if checks.too_many {
                reasons.add(about(
                    Reason::new(C::IndustryMainTooMany, rule)
                        .with("count", n)
                        .with("level", level)
                        .with("max", spec.main_max),
                    zone,
                ));
            }
            if checks.too_few {
                reasons.add(about(
                    Reason::new(C::IndustryMainTooFew, rule)
                        .with("count", n)
                        .with("level", level)
                        .with("min", spec.main_min),
                    zone,
                ));
            }
            if checks.valid() {
                // With `CAP_ONLY` the lower bound is not applied (AMB-08): not said to be met.
                let code = if params.industries_mode == IndustriesMode::Strict {
                    C::IndustryFocusValid
                } else {
                    C::IndustryFocusValidCap
                };
                reasons.add(about(
                    Reason::new(code, rule)
                        .with("count", n)
                        .with("leading", spec.leading)
                        .with("level", level)
                        .with("max", spec.main_max)
                        .with("min", spec.main_min),
                    zone,
                ));
                Outcome::Valid
            } else {
                Outcome::Invalid
            }
        }
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.set("industriesMode", params.industries_mode.as_str().into());
    if let Some(spec) = spec {
        let name = if zone.level == ZoneLevel::National {
            "industriesNational"
        } else {
            "industriesProvincial"
        };
        let mut counts = alloc::collections::BTreeMap::new();
        counts.insert("leading", spec.leading.into());
        counts.insert("mainMin", spec.main_min.into());
        counts.insert("mainMax", spec.main_max.into());
        used.set(name, crate::answer::Value::Map(counts));
    }
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: IndustryDetail {
            zone_id: zone.id.clone(),
            leading_count: leading.len(),
            main_count,
            main_range: spec.map(|s| [s.main_min, s.main_max]),
        },
    }
}

/// Labels of art-05.c's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_05_C_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[f(
        "selected",
        "选定的开发区",
        "선정된 개발구",
        "Zones selected",
        Shape::Plain,
    )]
};

computed! {
    /// art-05.a as a computed rule ([`industry_focus`]).
    IndustryFocus: ART_05_A(ZoneInput) -> IndustryDetail = |input, params| {
        // Asked of a day before issuance: the focus this opinion asks for was not required.
        let as_of = input.as_of.map(IsoDate::get);
        crate::rules::common::on_zone_dated(input.register, &input.zone_id, (as_of, false), |_reg, zone| {
            Ok(industry_focus(zone, as_of, params))
        })
    };
    outcomes: [Valid, Invalid, NeedsHuman, Unknown, NotApplicable];
}

/// What art-05.c is asked about: the zones the prefecture has selected as industrial
/// agglomeration areas (an area is anchored on one zone, AMB-09).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `asOf` and `selected`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct AgglomerationInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The date of the selection asked about.
    pub as_of: IsoDate,
    /// The ids of the selected zones, each once.
    pub selected: Vec<String>,
}

/// art-05.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct AgglomerationDetail {
    /// The selected zones.
    pub selected: Vec<String>,
    /// How many.
    pub count: usize,
    /// The number the text names (`agglomerationAreaCount`).
    pub required: u32,
}

/// art-05.c 「在全州优选符合条件的开发区,重点扶持建设3个…产业集聚区」 on `asOf`: COMPLIANT with
/// exactly `agglomerationAreaCount` areas, NON_COMPLIANT with more (too many under either
/// reading of AMB-09) or with a selected zone that is not a development zone in force on the date,
/// NEEDS_HUMAN with fewer (right only if fewer zones qualify, which the register does not say) or
/// with a selected zone whose scope is unclear.
///
/// # Errors
/// `INVALID_INPUT` for a bad register, an unknown or repeated zone id at `input.selected[i]`.
pub fn agglomeration_areas(
    input: AgglomerationInput,
    params: &Params,
) -> Result<Answer<AgglomerationDetail>, Error> {
    let rule = RuleId::ART_05_C;
    let reg = input.register.check("input.register")?;
    let as_of = *input.as_of;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut invalid = false;
    let mut zones = Vec::new();
    let mut nominal = 0usize;
    for (i, id) in input.selected.iter().enumerate() {
        let path = alloc::format!("input.selected[{i}]");
        let zone = reg.zone_at(id, &path)?;
        if input.selected.iter().take(i).any(|o| o == id) {
            return Err(Error::input(
                crate::error::Problem::Duplicate,
                path,
                text!(zh: "`{id}` 被选了两次:每个开发区只能选一次", ko: "`{id}`를 두 번 선택하였습니다. 개발구마다 한 번만 선택하십시오", en: "`{id}` is selected twice: expected each zone once"),
            ));
        }
        zones.push(zone);
        match preamble::development_zone_scope(zone, Some(as_of), params).outcome {
            // Found or flagged nominal: art-02.b revokes it, so whether it is 「符合条件」 is
            // for a person (`common::nominal_ask`, as art-11.c asks).
            Outcome::InScope => {
                if let Some(code) = crate::rules::common::nominal_ask(zone, Some(as_of)) {
                    nominal += 1;
                    needs_human.add(about(Reason::new(code, rule), zone));
                }
            }
            Outcome::NeedsHuman => {
                needs_human.add(about(Reason::new(C::AgglomerationZoneUnclear, rule), zone))
            }
            _ => {
                invalid = true;
                reasons.add(about(
                    Reason::new(C::AgglomerationZoneNotActive, rule).with("asOf", input.as_of),
                    zone,
                ));
            }
        }
    }
    let count = input.selected.len();
    let target = params.agglomeration_area_count;
    let count_reason = |code| {
        Reason::new(code, rule)
            .with("count", count)
            .with("target", target)
    };
    let over = u32::try_from(count).map_or(true, |c| c > target);
    let under = u32::try_from(count).is_ok_and(|c| c < target);
    if over {
        reasons.add(count_reason(C::AgglomerationTooMany));
    } else if under {
        needs_human.add(count_reason(C::AgglomerationFewer));
    } else {
        reasons.add(count_reason(C::AgglomerationCountMet));
    }
    // Too many even without the zones a person is asked about: too many whatever they decide.
    let over_all_the_same =
        u32::try_from(count.saturating_sub(nominal)).map_or(true, |c| c > target);
    let outcome = if over_all_the_same || invalid {
        Outcome::NonCompliant
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        // The count is met; the zones' qualification is for a person (as art-02.d leaves the
        // province's upgrade criteria), which the outcome does not wait for.
        needs_human.add(Reason::new(C::AgglomerationQualificationForPerson, rule));
        Outcome::Compliant
    };
    let mut used = ParamsUsed::new();
    used.set("agglomerationAreaCount", target.into());
    let mut answer = Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: AgglomerationDetail {
            selected: input.selected.clone(),
            count,
            required: target,
        },
    };
    if crate::rules::common::before_issuance(&mut answer, as_of, *reg.issue_date) {
        return Ok(answer);
    }
    for zone in zones {
        crate::illustrative::mark_zone(&mut answer, &reg, zone);
    }
    Ok(answer)
}

computed! {
    /// art-05.c as a computed rule ([`agglomeration_areas`]).
    AgglomerationAreas: ART_05_C(AgglomerationInput) -> AgglomerationDetail [ART_05_C_FIELDS] = |input, params| agglomeration_areas(input, params);
    outcomes: [Compliant, NonCompliant, NeedsHuman, NotApplicable];
}
