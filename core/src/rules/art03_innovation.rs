//! (三) 加快实施创新驱动: innovation-driven development.
//!
//! > 支持具备条件的省级开发区按照程序申请设立省级高新区。
//!
//! art-03.a: only provincial zones; 「具备条件」 are the province's criteria, supplied as the
//! zone's `meetsHighTechCriteria` (absent: a person decides). A yellow card in force bars it
//! (art-14.d), and so does an art-15.a disqualification of the year (「取消当年…晋升…资格」),
//! as for art-02.d. A zone that did not exist on `asOf` is not applicable. ENCOURAGED: the answer
//! is advisory.
//!
//! art-03.b 「在有条件的开发区优先布局研究中心、工程实验室…」: an advisory order of candidate sites
//! for research and development platforms: the sites in a zone that is 「有条件」 first, then the
//! others, each group in the order given (the text ranks by nothing else). 「有条件」 is not
//! defined, so whether a zone qualifies is given with each candidate; a site in a zone whose
//! qualification is not recorded is for a person. The order creates no entitlement.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::common::{about, absent_on, ZoneInput};
use super::{
    art14_assessment, art15_environment, Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength,
};
use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{ValidRegister, Zone, ZoneLevel, ZoneStatus, ZoneType};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-03.a: provincial zones only
    HighTechProvincialOnly = "HIGH_TECH_PROVINCIAL_ONLY" {
        zh: "{zoneName}({zone})级别为{level}、状态为{status},只有存续的省级开发区可申请设立省级高新区",
        ko: "{zoneName}({zone})의 급별은 {level}, 상태는 {status}이며 존속 중인 성급 개발구만 성급 고신구 설립을 신청할 수 있다",
        en: "{zoneName} ({zone}) has level {level} and status {status}: only an active provincial zone may apply"
    }
    /// art-03.a: the zone is already a provincial high-tech zone: nothing to apply for
    HighTechAlready = "HIGH_TECH_ALREADY" {
        zh: "{zoneName}({zone})已是省级高新区,无须“申请设立省级高新区”",
        ko: "{zoneName}({zone})의 경우 이미 성급 고신구이므로 ‘성급 고신구 설립을 신청’할 필요가 없다",
        en: "{zoneName} ({zone}) is already a provincial high-tech zone: there is nothing to apply for"
    }
    /// art-03.a (for a person, beside ELIGIBLE): asked without `asOf`, so no bar in force (a
    /// yellow card, art-15.a) was looked at
    HighTechBarsNotChecked = "HIGH_TECH_BARS_NOT_CHECKED" {
        zh: "未给出询问日(asOf),未核对当时是否有黄牌警告(art-14.d)或环保基础设施方面的取消资格(art-15.a)禁止晋升,需人工确认",
        ko: "물은 날자(asOf)가 없으므로 황패경고(art-14.d)나 환경보호 기초시설을 제때에 완료하지 못하여 생긴 자격 취소(art-15.a)가 승격을 금지하는지 확인하지 않았다. 사람이 확인하여야 한다",
        en: "asked without a date (asOf), so whether a yellow card (art-14.d) or an environmental disqualification (art-15.a) bars the upgrade then was not checked: a person must confirm"
    }
    /// art-03.a: criteria external
    HighTechCriteriaExternal = "HIGH_TECH_CRITERIA_EXTERNAL" {
        zh: "“具备条件”指省里的高新区认定条件,登记册未记录{zoneName}({zone})是否具备,需人工判断",
        ko: "‘조건을 갖춘’은 성의 고신구 인정 조건을 말하며 등록부에 {zoneName}({zone})의 충족 여부가 없으므로 사람이 판단하여야 한다",
        en: "「具备条件」 are the province's high-tech zone criteria and the register does not record whether {zoneName} ({zone}) meets them: a person must decide"
    }
    /// art-03.a: eligible
    HighTechEligible = "HIGH_TECH_ELIGIBLE" {
        zh: "{zoneName}({zone})为具备条件的省级开发区,可按程序申请设立省级高新区(鼓励性规定)",
        ko: "{zoneName}({zone})의 경우 조건을 갖춘 성급 개발구로서 절차에 따라 성급 고신구 설립을 신청할 수 있다(고무 규정)",
        en: "{zoneName} ({zone}) is a qualified provincial zone: it may apply, through the procedure, to become a provincial high-tech zone (an encouragement)"
    }
    /// art-03.a: criteria not met
    HighTechCriteriaNotMet = "HIGH_TECH_CRITERIA_NOT_MET" {
        zh: "{zoneName}({zone})不具备省级高新区的认定条件",
        ko: "{zoneName}({zone})의 경우 성급 고신구 인정 조건을 갖추지 못하였다",
        en: "{zoneName} ({zone}) does not meet the provincial high-tech zone criteria"
    }
    /// art-03.b: a site in a qualified zone: sited first
    SitePriority = "SITE_PRIORITY" {
        zh: "候选地点{site}位于有条件的开发区内,优先布局",
        ko: "후보지({site})는 조건을 갖춘 개발구 안에 있으므로 우선 배치한다",
        en: "candidate site {site} is in a qualified zone: sited first"
    }
    /// art-03.b: a site outside any zone
    SiteOutsideZone = "SITE_OUTSIDE_ZONE" {
        zh: "候选地点{site}不在开发区内,不属优先布局之列",
        ko: "후보지({site})는 개발구 안에 있지 않으므로 우선 배치 대상이 아니다",
        en: "candidate site {site} is not in a zone: not among those sited first"
    }
    /// art-03.b: a site in a zone that does not qualify
    SiteZoneNotQualified = "SITE_ZONE_NOT_QUALIFIED" {
        zh: "候选地点{site}所在开发区不具备条件,不属优先布局之列",
        ko: "후보지({site})가 있는 개발구는 조건을 갖추지 못하였으므로 우선 배치 대상이 아니다",
        en: "candidate site {site} is in a zone that does not qualify: not among those sited first"
    }
    /// art-03.b (needs a person): whether the site's zone qualifies is not recorded
    SiteZoneQualificationUnknown = "SITE_ZONE_QUALIFICATION_UNKNOWN" {
        zh: "候选地点{site}所在开发区是否“有条件”未记录(条文未界定“有条件”),需人工判断",
        ko: "후보지({site})가 있는 개발구가 ‘조건을 갖추었는지’ 기록되지 않았으므로(조문은 ‘조건’을 정하지 않았다) 사람이 판단하여야 한다",
        en: "whether the zone of candidate site {site} is 「有条件」 is not recorded (the text does not define it): a person must decide"
    }
    /// art-03.b: the order is advisory
    SitingAdvisory = "SITING_ADVISORY" {
        zh: "本条为鼓励性的优先布局,排序只作参考,不产生任何权利",
        ko: "이 조항은 고무성 우선 배치이므로 순서는 참고일 뿐이며 어떠한 권리도 생기지 않는다",
        en: "the clause encourages siting first in qualified zones: the order is advisory and creates no entitlement"
    }
    /// art-03.b: no candidate given
    SitingNoneGiven = "SITING_NONE_GIVEN" {
        zh: "未给出任何候选地点",
        ko: "후보지가 하나도 주어지지 않았다",
        en: "no candidate site was given"
    }
}

/// art-03.a: Qualified provincial zones may apply to become provincial high-tech zones
pub static ART_03_A: RuleMeta = RuleMeta {
    id: "art-03.a",
    title: "Qualified provincial zones may apply to become provincial high-tech zones",
    title_zh: "具备条件的省级开发区申请设立省级高新区",
    title_ko: "조건을 갖춘 성급 개발구의 성급 고신구 설립 신청",
    clause: "(三)",
    clause_title: "加快实施创新驱动",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持具备条件的省级开发区按照程序申请设立省级高新区。",
    extra_quotes: &[],
    en: "Support provincial-level zones that meet the conditions in applying, through the prescribed procedure, to establish provincial high-tech zones.",
    ko: "조건을 갖춘 성급 개발구가 절차에 따라 성급 고신구 설립을 신청하는 것을 지원한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-03.b: Priority siting of R&D platforms in qualified zones
pub static ART_03_B: RuleMeta = RuleMeta {
    id: "art-03.b",
    title: "Priority siting of R&D platforms in qualified zones",
    title_zh: "有条件的开发区优先布局研究中心、实验室等",
    title_ko: "조건을 갖춘 개발구에 연구중심, 실험실 등 우선 포치",
    clause: "(三)",
    clause_title: "加快实施创新驱动",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Encouraged,
    bearers: &["AG.SCITECH"],
    owed_by: OwedBy::Nobody,
    quote: "支持开发区内企业技术中心建设,在有条件的开发区优先布局研究中心、工程实验室、国家(部门)重点实验室、国家地方联合创新平台、产业技术研究院,创建国家级自主创新示范区。",
    extra_quotes: &[],
    en: "Support enterprise technology centres in zones; site research centres, engineering laboratories, national (ministerial) key laboratories, national-local joint innovation platforms and industrial technology institutes preferentially in qualified zones; strive to create a national independent-innovation demonstration zone.",
    ko: "개발구 내 기업기술중심 건설을 지원하고, 조건을 갖춘 개발구에 연구중심, 공정실험실, 국가(부문) 중점실험실, 국가·지방 련합혁신플랫폼, 산업기술연구원을 우선 포치하며, 국가급 자주혁신시범구를 창설한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-03.c: Encourage mass-entrepreneurship platforms and innovation services
pub static ART_03_C: RuleMeta = RuleMeta {
    id: "art-03.c",
    title: "Encourage mass-entrepreneurship platforms and innovation services",
    title_zh: "鼓励发展众创空间等创业服务平台和创新服务",
    title_ko: "대중창업공간 등 창업봉사플랫폼과 혁신봉사 발전 고무",
    clause: "(三)",
    clause_title: "加快实施创新驱动",
    kinds: &[Kind::Obligation],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区发展众创空间、大学科技园、科技企业孵化器等创业服务平台,构建公共技术服务平台,完善融资、咨询、培训、场所等创新服务",
    extra_quotes: &[],
    en: "Encourage zones to develop maker spaces, university science parks, technology-business incubators and other start-up service platforms; build public technology service platforms; improve financing, consulting, training and premises services.",
    ko: "개발구가 대중창업공간, 대학과학기술단지, 과학기술기업 부화기 등 창업봉사플랫폼을 발전시키고 공공기술봉사플랫폼을 구축하며 융자, 자문, 양성, 장소 등 혁신봉사를 보완하도록 고무한다",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「鼓励」性条款,没有可判定是否符合的条件;至多可参考性地统计平台数量",
        "‘고무’하는 조항으로 부합 여부를 판정할 조건이 없다. 많아야 플랫폼 수를 참고로 셀 수 있을 뿐이다",
        "an encouragement with no pass/fail condition; at most an advisory count of platforms",
    )),
};

/// art-03.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct HighTechDetail {
    /// The zone.
    pub zone_id: String,
    /// The criteria finding as recorded.
    pub meets_high_tech_criteria: Option<bool>,
}

/// What art-03.a finds of a zone, before its reasons are written: [`high_tech_application`]
/// states it, the compliance report reads its outcome alone ([`high_tech_outcome`]). Each bar is
/// looked at only when the ones before it have not decided (a yellow card in force and
/// art-15.a's bar are asked of a provincial zone in activity alone).
enum HighTech {
    /// Not a zone on the day.
    Absent(Reason),
    /// Its level is not established.
    LevelUnknown,
    /// Not a provincial zone in activity (its status on the day).
    NotProvincial(Option<ZoneStatus>),
    /// Already a provincial high-tech zone.
    Already,
    /// A yellow card of that year is in force.
    CardBars(i32),
    /// art-15.a bars the year.
    EnvBars(i32),
    /// Its criteria decide, a card of that year possibly barring it, and art-15.a's question
    /// for the year of issuance (`ENV_MISSED_IN_ISSUE_YEAR`) possibly cancelling 「晋升」 (that
    /// year).
    Criteria(Option<i32>, Option<Reason>),
    /// Found to exist in name only (art-02.b).
    Nominal,
}

impl HighTech {
    /// What art-03.a finds; `card` gives the yellow card in force on `as_of` (asked of a
    /// provincial zone in activity alone).
    fn of(
        reg: &ValidRegister,
        zone: &Zone,
        as_of: Option<NaiveDate>,
        params: &Params,
        card: &dyn Fn() -> Option<art14_assessment::CardInForce>,
    ) -> Self {
        if let Some(r) = as_of.and_then(|d| absent_on(RuleId::ART_03_A, zone, d)) {
            return Self::Absent(r);
        }
        if zone.level == ZoneLevel::Unknown {
            return Self::LevelUnknown;
        }
        let status = as_of.map_or(Some(zone.status), |d| zone.status_on(d));
        // A zone only flagged as nominal (no finding yet) is still a provincial zone: its
        // answer goes to a person at the end (`common::nominal_asks`), as art-02.b's does.
        let active = matches!(
            status,
            Some(ZoneStatus::Active | ZoneStatus::NominalFlagged)
        );
        if zone.level != ZoneLevel::Provincial || !active {
            return Self::NotProvincial(status);
        }
        if zone.zone_type == ZoneType::HighTechZone {
            return Self::Already;
        }
        if zone.nominal_finding == Some(true) {
            // Found nominal: the same opinion revokes it (art-02.b).
            return Self::Nominal;
        }
        // 「晋升」 under art-15.a and 「升级」 under art-14.d bar an application of this kind too.
        let card = card();
        if let Some(card) = card.filter(|c| c.certain) {
            return Self::CardBars(card.year);
        }
        let env_year = as_of
            .map(|d| d.year())
            .filter(|y| art15_environment::bars_year(reg, zone, *y, as_of, params));
        if let Some(year) = env_year {
            return Self::EnvBars(year);
        }
        let env_ask = as_of.and_then(|d| {
            art15_environment::year_question(reg, zone, d.year(), as_of, params, RuleId::ART_03_A)
        });
        Self::Criteria(card.map(|c| c.year), env_ask)
    }

    fn outcome(&self, zone: &Zone) -> Outcome {
        match self {
            Self::Absent(_) | Self::Already => Outcome::NotApplicable,
            Self::LevelUnknown => Outcome::NeedsHuman,
            Self::NotProvincial(_) | Self::Nominal | Self::CardBars(_) | Self::EnvBars(_) => {
                Outcome::NotEligible
            }
            Self::Criteria(may_bar, env_ask) => match zone.meets_high_tech_criteria {
                None => Outcome::NeedsHuman,
                // Eligible, but a card that may be in force, or art-15.a's question, is for a
                // person.
                Some(true) if may_bar.is_some() || env_ask.is_some() => Outcome::NeedsHuman,
                Some(true) => Outcome::Eligible,
                Some(false) => Outcome::NotEligible,
            },
        }
    }
}

/// [`high_tech_application`]'s outcome without its answer (what the compliance report reads of
/// it off its page), the yellow card in force on `as_of` given (`card`: the zone summary has it).
#[must_use]
pub(crate) fn high_tech_outcome(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: Option<NaiveDate>,
    params: &Params,
    card: Option<art14_assessment::CardInForce>,
) -> Outcome {
    let outcome = HighTech::of(reg, zone, as_of, params, &|| card).outcome(zone);
    // As `high_tech_application` answers through `common::nominal_asks`, by the same reading
    // (`common::nominal_ask`; a zone found nominal stops earlier, at `HighTech::Nominal`).
    if outcome == Outcome::Eligible && super::common::nominal_ask(zone, as_of).is_some() {
        Outcome::NeedsHuman
    } else {
        outcome
    }
}

/// art-03.a for a zone of a validated register.
#[must_use]
pub fn high_tech_application(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<HighTechDetail> {
    let rule = RuleId::ART_03_A;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let card = || as_of.and_then(|d| art14_assessment::yellow_card_in_force(reg, zone, d, params));
    let found = HighTech::of(reg, zone, as_of, params, &card);
    let outcome = found.outcome(zone);
    match found {
        HighTech::Absent(r) => reasons.add(r),
        HighTech::LevelUnknown => {
            needs_human.add(about(Reason::new(C::ZoneLevelUnknown, rule), zone));
        }
        HighTech::NotProvincial(status) => reasons.add(about(
            Reason::new(C::HighTechProvincialOnly, rule)
                .with("level", zone.level.as_str())
                .with("status", status.unwrap_or(zone.status).as_str()),
            zone,
        )),
        HighTech::Already => reasons.add(about(Reason::new(C::HighTechAlready, rule), zone)),
        HighTech::Nominal => {
            reasons.add(about(Reason::new(C::ZoneFoundNominalBars, rule), zone));
        }
        HighTech::CardBars(year) => reasons.add(about(
            Reason::new(C::YellowCardBars, rule).with("year", year),
            zone,
        )),
        HighTech::EnvBars(year) => reasons.add(about(
            Reason::new(C::EnvInfraBars, rule).with("year", year),
            zone,
        )),
        HighTech::Criteria(may_bar, env_ask) => {
            if let Some(year) = may_bar {
                needs_human.add(about(
                    Reason::new(C::YellowCardMayBar, rule).with("year", year),
                    zone,
                ));
            }
            // Asked only where it decides (criteria met), as the card's question is.
            if let Some(r) = env_ask.filter(|_| zone.meets_high_tech_criteria == Some(true)) {
                needs_human.add(r);
            }
            let code = match zone.meets_high_tech_criteria {
                None => C::HighTechCriteriaExternal,
                Some(true) => C::HighTechEligible,
                Some(false) => C::HighTechCriteriaNotMet,
            };
            let reason = about(Reason::new(code, rule), zone);
            if zone.meets_high_tech_criteria.is_none() {
                needs_human.add(reason);
            } else {
                reasons.add(reason);
            }
        }
    }
    if as_of.is_none() && outcome == Outcome::Eligible {
        needs_human.add(Reason::new(C::HighTechBarsNotChecked, rule));
    }
    let outcome = crate::rules::common::nominal_asks(outcome, &mut needs_human, rule, zone, as_of);
    let mut used = crate::answer::ParamsUsed::new();
    if as_of.is_some() {
        // The bars it reads: a yellow card in force (art-14.d) and art-15.a's environmental bar,
        // whose parameters art-14.d's list already holds (each set once, in order: setting
        // art-15.a's again after them was three searches per answer; tested).
        art14_assessment::yellow_card_params(&mut used, params);
    }
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: HighTechDetail {
            zone_id: String::from(zone.id.as_str()),
            meets_high_tech_criteria: zone.meets_high_tech_criteria,
        },
    }
}

computed! {
    /// art-03.a as a computed rule ([`high_tech_application`]).
    HighTechApplication: ART_03_A(ZoneInput) -> HighTechDetail = |input, params| {
        let as_of = input.as_of.map(IsoDate::get);
        crate::rules::common::on_zone_dated(input.register, &input.zone_id, (as_of, false), |reg, zone| {
            Ok(high_tech_application(reg, zone, as_of, params))
        })
    };
    outcomes: [Eligible, NotEligible, NeedsHuman, NotApplicable];
}

/// A candidate site for a research and development platform (art-03.b).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a candidate site with `id` and `inZone`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CandidateSite {
    /// Its name.
    pub id: String,
    /// Whether it lies in a development zone.
    pub in_zone: bool,
    /// Whether that zone is 「有条件」 (qualified) for such platforms; absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub zone_qualified: Option<bool>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(CandidateSite {
    name: "CandidateSite",
    expecting: "a candidate site with `id` and `inZone`",
    blank: CandidateSite {
        id: String::new(),
        in_zone: false,
        zone_qualified: None,
    },
    fields: [
        "id" => id [required],
        "inZone" => in_zone [required],
        "zoneQualified" => zone_qualified,
    ],
});

/// What art-03.b is asked about: the candidate sites, in the order the authority ranks them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `candidates`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct SitingInput {
    /// The candidate sites, each once.
    pub candidates: Vec<CandidateSite>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(SitingInput {
    name: "SitingInput",
    expecting: "an object with `candidates`",
    blank: SitingInput {
        candidates: Vec::new(),
    },
    fields: [
        "candidates" => candidates [required],
    ],
});

/// art-03.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct SitingDetail {
    /// The sites in qualified zones, sited first, in the order given.
    pub sited_first: Vec<String>,
    /// The sites whose zone's qualification a person must settle.
    pub undetermined: Vec<String>,
    /// The other sites, in the order given.
    pub others: Vec<String>,
}

/// art-03.b: the advisory order of candidate sites (COMPUTED), NEEDS_HUMAN when a site in a zone
/// whose qualification is not recorded could go either way, UNKNOWN with no candidate.
///
/// # Errors
/// `INVALID_INPUT` at `input.candidates[i].id` for an empty or repeated id.
pub fn priority_siting(
    input: &SitingInput,
    _params: &Params,
) -> Result<Answer<SitingDetail>, crate::error::Error> {
    let rule = RuleId::ART_03_B;
    let sites = &input.candidates;
    let ids: Vec<&str> = sites.iter().map(|c| c.id.as_str()).collect();
    super::common::unique_ids("candidates", &ids)?;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut detail = SitingDetail {
        sited_first: Vec::new(),
        undetermined: Vec::new(),
        others: Vec::new(),
    };
    for c in sites {
        let at = |code| Reason::new(code, rule).with("site", c.id.clone());
        match (c.in_zone, c.zone_qualified) {
            (false, _) => {
                detail.others.push(c.id.clone());
                reasons.add(at(C::SiteOutsideZone));
            }
            (true, Some(true)) => {
                detail.sited_first.push(c.id.clone());
                reasons.add(at(C::SitePriority));
            }
            (true, Some(false)) => {
                detail.others.push(c.id.clone());
                reasons.add(at(C::SiteZoneNotQualified));
            }
            (true, None) => {
                detail.undetermined.push(c.id.clone());
                needs_human.add(at(C::SiteZoneQualificationUnknown));
            }
        }
    }
    let outcome = if sites.is_empty() {
        reasons.add(Reason::new(C::SitingNoneGiven, rule));
        Outcome::Unknown
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        Outcome::Computed
    };
    reasons.add(Reason::new(C::SitingAdvisory, rule));
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: crate::answer::ParamsUsed::new(),
        detail,
    })
}

/// Labels of art-03.b's own answer fields.
const ART_03_B_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[
        f(
            "sitedFirst",
            "优先布局",
            "우선 배치",
            "Sited first",
            Shape::Plain,
        ),
        f(
            "undetermined",
            "待人工判断",
            "사람의 판단 대기",
            "For a person",
            Shape::Plain,
        ),
        f("others", "其他", "기타", "Others", Shape::Plain),
    ]
};

computed! {
    /// art-03.b as a computed rule ([`priority_siting`]).
    PrioritySiting: ART_03_B(SitingInput) -> SitingDetail [ART_03_B_FIELDS] = priority_siting;
    outcomes: [Computed, NeedsHuman, Unknown];
}
