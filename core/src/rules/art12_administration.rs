//! (十二) 提高行政管理效率: administrative efficiency.
//!
//! > 珲春边境经济合作区、延吉高新技术产业开发区、和龙边境经济合作区、延吉国际空港经济开发区的党工委与管委会,
//! > 分别为州委、州政府的派出机构,……行使同级人民政府的行政审批、经济协调与管理职能。
//!
//! art-12.b names four zones. A zone is matched by its id, its Chinese or English name, or an
//! alias (the register's and a built-in table of common short names). 「分别」 pairs the party
//! working committee with 州委 and the management committee with 州政府. What follows: the zone is
//! not counted toward its county's provincial zones (art-02.c, AMB-06) and its HR reform plan is
//! approved by the prefecture (art-09.f, AMB-36); 「同级」 is read as county level (AMB-23).

use alloc::string::String;
use alloc::vec::Vec;

use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::{Error, ErrorCode};
use crate::messages::ReasonCode as C;
use crate::params::{Params, SameLevelGov};
use crate::register::{ManagingAuthority, Register};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-12.b: named
    ZoneNamedInArt12b = "ZONE_NAMED_IN_ART_12B" {
        zh: "{zone}即条文所列“{namedAs}”,该机构为{dispatchedBy}的派出机构",
        ko: "개발구({zone})는 조문에 렬거된 ‘{namedAs}’이며 이 기구는 {dispatchedBy}의 파출기구이다",
        en: "{zone} is 「{namedAs}」 named in the clause: this organ is a dispatched agency of {dispatchedBy}"
    }
    /// art-12.b: what follows
    DispatchedConsequences = "DISPATCHED_CONSEQUENCES" {
        zh: "“{namedAs}”默认不计入所在县(市)的省级开发区数量(art-02.c),其人事和薪酬制度改革方案由州委、州政府审批(art-09.f)",
        ko: "이 기구(‘{namedAs}’)는 기본적으로 소재 현(시)의 성급 개발구 수에 산입하지 않으며(art-02.c) 인사·보수제도 개혁방안은 주당위·주정부가 심사비준한다(art-09.f)",
        en: "「{namedAs}」 is not counted among its county's provincial zones by default (art-02.c), and its personnel and pay reform plan is approved by the prefecture (art-09.f)"
    }
    /// art-12.b: register disagrees
    RegisterAuthorityMismatch = "REGISTER_AUTHORITY_MISMATCH" {
        zh: "登记册将{zone}的管理主体记为{recorded},与条文不一致,需人工核对",
        ko: "등록부에 기록된 개발구({zone})의 관리 주체({recorded})가 조문과 다르므로 사람이 대조하여야 한다",
        en: "the register records {zone}'s managing authority as {recorded}, unlike the clause: a person must check"
    }
    /// art-12.b: not named
    ZoneNotNamedInArt12b = "ZONE_NOT_NAMED_IN_ART_12B" {
        zh: "{zone}不是条文所列四个开发区之一",
        ko: "개발구({zone})는 조문에 렬거된 4개 개발구 중 하나가 아니다",
        en: "{zone} is not one of the four zones named in the clause"
    }
    /// art-12.b: 「同级人民政府」 read as county level (AMB-23)
    SameLevelReadAsCounty = "SAME_LEVEL_READ_AS_COUNTY" {
        zh: "“{namedAs}”管委会行使“同级人民政府”的职能;原文未说明“同级”指哪一级,按参数理解为县级人民政府,须人工确认",
        ko: "‘{namedAs}’ 관리위원회는 ‘동급 인민정부’의 기능을 행사한다. 원문은 ‘동급’이 어느 급인지 밝히지 않았으며 매개변수에 따라 현급 인민정부로 보았으므로 사람이 확인하여야 한다",
        en: "the management committee of “{namedAs}” exercises the functions of a 「同级人民政府」 (a people's government of the same level); the text does not say which level, and the parameters read it as county level: a person must confirm"
    }
    /// art-12.b: 「同级人民政府」 read as prefecture level (AMB-23)
    SameLevelReadAsPrefecture = "SAME_LEVEL_READ_AS_PREFECTURE" {
        zh: "“{namedAs}”管委会行使“同级人民政府”的职能;原文未说明“同级”指哪一级,按参数理解为州级人民政府,须人工确认",
        ko: "‘{namedAs}’ 관리위원회는 ‘동급 인민정부’의 기능을 행사한다. 원문은 ‘동급’이 어느 급인지 밝히지 않았으며 매개변수에 따라 주급 인민정부로 보았으므로 사람이 확인하여야 한다",
        en: "the management committee of “{namedAs}” exercises the functions of a 「同级人民政府」 (a people's government of the same level); the text does not say which level, and the parameters read it as prefecture level: a person must confirm"
    }
}

/// art-12.a: Standardise institutions, staffing and leadership posts
pub static ART_12_A: RuleMeta = RuleMeta {
    id: "art-12.a",
    title: "Standardise institutions, staffing and leadership posts",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "全面理顺地方党委、政府与开发区关系,落实中央有关开发区机构编制规范管理要求,进一步规范开发区机构、编制和领导职数。",
    extra_quotes: &[],
    en: "Fully straighten out relations between local party committees/governments and the zones; implement central requirements on standardised management of zone institutions and staffing; further standardise zone institutions, staffing and the number of leadership posts.",
    ko: Some("지방 당위, 정부와 개발구의 관계를 전면적으로 바로잡고 개발구 기구편제 규범관리에 관한 중앙의 요구를 락착하여 개발구의 기구, 편제와 령도 직수를 한층 더 규범화한다."),
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-12.b: Four named zones: PWC and MC are dispatched agencies of the Prefecture
pub static ART_12_B: RuleMeta = RuleMeta {
    id: "art-12.b",
    title: "Four named zones: PWC and MC are dispatched agencies of the Prefecture",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Definition, Kind::PowerGrant],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY", "ACT.PREF_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "珲春边境经济合作区、延吉高新技术产业开发区、和龙边境经济合作区、延吉国际空港经济开发区的党工委与管委会,分别为州委、州政府的派出机构,代表州委、州政府领导开发区的各项工作,行使同级人民政府的行政审批、经济协调与管理职能。",
    extra_quotes: &[],
    en: "The Party Working Committees and Management Committees of the Hunchun Border Economic Cooperation Zone, the Yanji High-Tech Industrial Development Zone, the Helong Border Economic Cooperation Zone and the Yanji International Airport Economic Development Zone are, respectively, dispatched agencies (派出机构) of the Prefecture Party Committee and of the Prefecture Government. On their behalf they lead all work of the zone and exercise the administrative-approval, economic-coordination and management functions of a people's government at the same level.",
    ko: Some("훈춘변경경제합작구, 연길고신기술산업개발구, 화룡변경경제합작구, 연길국제공항경제개발구의 당사업위원회와 관리위원회는 각각 주당위와 주정부의 파출기구로서 주당위와 주정부를 대표하여 개발구의 각항 사업을 령도하고 동급 인민정부의 행정심사비준, 경제조률과 관리 직능을 행사한다."),
    ambiguities: &["AMB-23"],
    evaluation: Evaluation::Function,
};

/// art-12.c: Counties may grant equal or greater powers to their provincial zones
pub static ART_12_C: RuleMeta = RuleMeta {
    id: "art-12.c",
    title: "Counties may grant equal or greater powers to their provincial zones",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "各县(市)结合自身实际,参照州里做法,对具备条件的辖区内省级开发区授予同等管理权限或更多发展自主权。",
    extra_quotes: &[],
    en: "Each county (city), in light of its situation and with reference to the prefecture's practice, [may] grant qualified provincial-level zones in its jurisdiction equal management powers or greater development autonomy.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("「具备条件」 is undefined and the grant is discretionary (可): nothing to decide mechanically"),
};

/// art-12.d: Responsibility follows delegated power
pub static ART_12_D: RuleMeta = RuleMeta {
    id: "art-12.d",
    title: "Responsibility follows delegated power",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "按照权责对等原则,开发区对上级部门下放或赋予权力承担相应责任。",
    extra_quotes: &[],
    en: "On the principle that powers and responsibilities match, a zone bears the corresponding responsibility for powers devolved or granted by higher authorities.",
    ko: Some("권한과 책임 대등의 원칙에 따라 개발구는 상급 부문이 이양하거나 부여한 권한에 대하여 상응한 책임을 진다."),
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「权责对等」原则(下放或赋予的权力承担相应责任),没有可检查的行为或条件",
        "‘권한과 책임의 대등’ 원칙(이양하거나 부여한 권한에 상응하는 책임을 진다)으로 검사할 행위나 조건이 없다",
        "a principle (responsibility follows delegated power) with no act or condition to check",
    )),
};

/// art-12.e: Devolve economic-management powers to zones
pub static ART_12_E: RuleMeta = RuleMeta {
    id: "art-12.e",
    title: "Devolve economic-management powers to zones",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS", "AG.CTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "州直有关部门、各县(市)要按照“能放皆放、权力责任一致、职责能力匹配”的原则,以直接下放、授权或委托形式,依法有序向开发区下放经济管理权限。",
    extra_quotes: &[],
    en: "Relevant prefecture departments and each county (city) shall, on the principles of 'devolve everything that can be devolved; consistent power and responsibility; duties matched to capacity', lawfully and in order devolve economic-management powers to zones by direct devolution, authorisation or entrustment.",
    ko: Some("주 직속 관련 부문과 각 현(시)은 “이양할 수 있는 것은 모두 이양하고, 권한과 책임이 일치하며, 직책과 능력이 어울리는” 원칙에 따라 직접 이양, 권한 부여 또는 위탁의 형식으로 법에 따라 질서 있게 개발구에 경제관리권한을 이양하여야 한다."),
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-12.f: One-stop service platform; "one seal"; "run at most once"
pub static ART_12_F: RuleMeta = RuleMeta {
    id: "art-12.f",
    title: "One-stop service platform; \"one seal\"; \"run at most once\"",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "各开发区应设立综合服务平台,大力推行“互联网+政务服务”和并联审批等模式,全面推行 “一枚公章管审批”,加快实现“办事不出区”和“只跑一次”。",
    extra_quotes: &[],
    en: "Each zone shall set up a comprehensive service platform, vigorously apply 'Internet + government services' and parallel approval, fully apply 'one official seal for all approvals', and speed up achieving 'handle matters without leaving the zone' and 'at most one trip'.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// The four zones of art-12.b: the name in the text, then ids and other names they go by.
pub const DISPATCHED_ZONES: [(&str, &[&str]); 4] = [
    (
        "珲春边境经济合作区",
        &[
            "HC-BECZ",
            "珲春边合区",
            "Hunchun Border Economic Cooperation Zone",
        ],
    ),
    (
        "延吉高新技术产业开发区",
        &[
            "YJ-HTZ",
            "延吉高新区",
            "Yanji High-Tech Industrial Development Zone",
        ],
    ),
    (
        "和龙边境经济合作区",
        &[
            "HL-BECZ",
            "和龙边合区",
            "Helong Border Economic Cooperation Zone",
        ],
    ),
    (
        "延吉国际空港经济开发区",
        &[
            "YJ-AEZ",
            "延吉空港经济开发区",
            "Yanji International Airport Economic Development Zone",
        ],
    ),
];

stable_enum! {
    /// A function a dispatched zone organ exercises (art-12.b).
    Power {
        /// 行政审批.
        AdminApproval = "ADMIN_APPROVAL" { zh: "行政审批", ko: "행정심사비준", en: "administrative approval" },
        /// 经济协调.
        EconomicCoordination = "ECONOMIC_COORDINATION" { zh: "经济协调", ko: "경제조률", en: "economic coordination" },
        /// 管理.
        Management = "MANAGEMENT" { zh: "管理", ko: "관리", en: "management" },
        /// 党的领导.
        PartyLeadership = "PARTY_LEADERSHIP" { zh: "党的领导", ko: "당의 령도", en: "party leadership" },
    }
}

stable_enum! {
    /// Which organ of the zone is asked about.
    #[derive(Default)]
    Organ {
        /// 管委会 (default): dispatched by 州政府.
        #[default]
        Mc = "MC" { zh: "管委会", ko: "관리위원회", en: "Management Committee" },
        /// 党工委: dispatched by 州委.
        Pwc = "PWC" { zh: "党工委", ko: "당사업위원회", en: "Party Working Committee" },
    }
}

/// The zone art-12.b is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `zone`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct DispatchInput {
    /// A zone id, name or alias.
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = "\\S")))]
    pub zone: String,
    /// Which organ (default `MC`).
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub organ: Organ,
    /// A register, to resolve ids and aliases of its zones.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub register: Option<Register>,
}

/// art-12.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct DispatchDetail {
    /// The name the text uses, when matched.
    pub named_as: Option<&'static str>,
    /// The organ asked about.
    pub organ: Organ,
    /// `ACT.PREF_PARTY` or `ACT.PREF_GOV`, when dispatched.
    pub dispatched_by: Option<&'static str>,
    /// The functions exercised: administrative approval, economic coordination and management
    /// (MC) or party leadership (PWC).
    pub powers: Vec<Power>,
    /// The level of 「同级人民政府」 (`sameLevelGovForDispatched`).
    pub power_level: Option<SameLevelGov>,
}

/// The text's name of the art-12.b zone that `name` refers to, if any.
#[must_use]
pub fn dispatched_name(name: &str, register: Option<&Register>) -> Option<&'static str> {
    let mut names: Vec<&str> = alloc::vec![name.trim()];
    if let Some(z) = register.and_then(|r| r.zones.iter().find(|z| z.id == name.trim())) {
        names.push(z.name_zh.as_str());
        names.extend(z.name_en.iter().map(String::as_str));
        names.extend(z.aliases.iter().map(String::as_str));
    }
    DISPATCHED_ZONES
        .iter()
        .find(|(canon, aliases)| names.iter().any(|n| n == canon || aliases.contains(n)))
        .map(|(canon, _)| *canon)
}

/// art-12.b: is the zone's organ a dispatched agency of the prefecture, and what follows?
///
/// # Errors
/// `INVALID_INPUT` for an empty name or a bad register.
pub fn dispatch_status(
    input: &DispatchInput,
    params: &Params,
) -> Result<Answer<DispatchDetail>, Error> {
    if input.zone.trim().is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "input.zone",
            "expected a zone id or name",
        ));
    }
    if let Some(r) = &input.register {
        r.validate("input.register")?;
    }
    Ok(dispatch_status_for(
        &input.zone,
        input.organ,
        input.register.as_ref(),
        params,
    ))
}

/// art-12.b for a name, with an optional validated register.
#[must_use]
pub fn dispatch_status_for(
    zone_name: &str,
    organ: Organ,
    register: Option<&Register>,
    params: &Params,
) -> Answer<DispatchDetail> {
    let rule = RuleId::ART_12_B;
    let named = dispatched_name(zone_name, register);
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let detail = match named {
        Some(canon) => {
            let (by, powers): (&'static str, Vec<Power>) = match organ {
                Organ::Mc => (
                    "ACT.PREF_GOV",
                    alloc::vec![
                        Power::AdminApproval,
                        Power::EconomicCoordination,
                        Power::Management,
                    ],
                ),
                Organ::Pwc => ("ACT.PREF_PARTY", alloc::vec![Power::PartyLeadership]),
            };
            reasons.push(
                Reason::new(C::ZoneNamedInArt12b, rule)
                    .with("zone", zone_name)
                    .with("namedAs", canon)
                    .with("dispatchedBy", by),
            );
            reasons.push(Reason::new(C::DispatchedConsequences, rule).with("namedAs", canon));
            if organ == Organ::Mc {
                // AMB-23: 「同级人民政府」 names no level; the parameter is a reading, not a finding.
                let level = match params.same_level_gov_for_dispatched {
                    SameLevelGov::CountyLevel => C::SameLevelReadAsCounty,
                    SameLevelGov::PrefectureLevel => C::SameLevelReadAsPrefecture,
                };
                needs_human.push(Reason::new(level, rule).with("namedAs", canon));
            }
            let recorded = register.and_then(|r| {
                r.zones
                    .iter()
                    .find(|z| dispatched_name(&z.id, Some(r)) == Some(canon))
            });
            if let Some(z) =
                recorded.filter(|z| z.managing_authority != ManagingAuthority::PrefectureDispatched)
            {
                needs_human.push(
                    Reason::new(C::RegisterAuthorityMismatch, rule)
                        .with("zone", z.id.as_str())
                        .with("recorded", z.managing_authority.as_str()),
                );
            }
            DispatchDetail {
                named_as: Some(canon),
                organ,
                dispatched_by: Some(by),
                powers,
                power_level: Some(params.same_level_gov_for_dispatched),
            }
        }
        None => {
            reasons.push(Reason::new(C::ZoneNotNamedInArt12b, rule).with("zone", zone_name));
            DispatchDetail {
                named_as: None,
                organ,
                dispatched_by: None,
                powers: Vec::new(),
                power_level: None,
            }
        }
    };
    let mut used = ParamsUsed::new();
    used.insert(
        "sameLevelGovForDispatched",
        params.same_level_gov_for_dispatched.as_str().into(),
    );
    used.insert(
        "countyZoneCountIncludesPrefDispatched",
        params.county_zone_count_includes_pref_dispatched.into(),
    );
    Answer {
        rule_id: rule,
        outcome: if named.is_some() {
            Outcome::Dispatched
        } else {
            Outcome::NotDispatched
        },
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

computed! {
    /// art-12.b as a computed rule ([`dispatch_status`]).
    DispatchStatus: ART_12_B(DispatchInput) -> DispatchDetail = dispatch_status;
}
