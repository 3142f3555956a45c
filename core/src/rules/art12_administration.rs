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
//!
//! art-12.c 「各县(市)…对具备条件的辖区内省级开发区授予同等管理权限或更多发展自主权」: the conditions the
//! text states are checked (the zone lies in the granting county, is a provincial zone and exists
//! on `asOf`); 「具备条件」 itself is not defined, so without a recorded finding (`zoneQualified`)
//! a person decides; no threshold is made up. A zone whose organs are the prefecture's dispatched
//! agencies (art-12.b) is also for a person. PERMISSIVE: not granting is no violation.
//!
//! art-12.f 「各开发区应设立综合服务平台……全面推行“一枚公章管审批”」: on `asOf` the zone has at least one
//! comprehensive service platform in operation (the text sets up a platform and sets no upper
//! number) and exactly one seal in use for approvals; none, or several seals, is
//! NON_COMPLIANT; no seal recorded is UNKNOWN. 「大力推行…」 and 「加快实现“办事不出区”和“只跑一次”」
//! set a direction, not a condition: they are not judged.

use crate::answer::AddReason;
use alloc::string::String;
use alloc::vec::Vec;

use chrono::NaiveDate;

use super::common::{about, absent_on, not_applicable, on_zone};
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::dates::IsoDate;
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::{Params, SameLevelGov};
use crate::register::{ManagingAuthority, Register, ValidRegister, Zone, ZoneLevel};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-12.b: named
    ZoneNamedInArt12b = "ZONE_NAMED_IN_ART_12B" {
        zh: "{zone}即条文所列“{namedAs}”,该机构为{dispatchedBy}的派出机构",
        ko: "개발구({zone}){|은} 조문에 렬거된 ‘{namedAs}’이며 이 기구는 {dispatchedBy}의 파출기구이다",
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
    /// art-12.b (needs a person): a name that is none of the four zones' names but resembles one
    NameResemblesNamedZone = "NAME_RESEMBLES_NAMED_ZONE" {
        zh: "“{zone}”不是条文所列开发区的名称或登记册中开发区的名称,但与条文所列“{namedAs}”相似:是否为同一开发区,需人工核对",
        ko: "‘{zone}’{|은} 조문에 렬거된 개발구의 명칭도, 등록부에 있는 개발구의 명칭도 아니지만 조문에 렬거된 ‘{namedAs}’와 비슷하다. 같은 개발구인지는 사람이 대조하여야 한다",
        en: "「{zone}」 is not the name of a zone the clause names or of a zone in the register, but it resembles 「{namedAs}」 named in the clause: whether it is the same zone is for a person to check"
    }
    /// art-12.b/02.c/02.d/12.c/09.f (needs a person): a register's zone none of whose names is one of
    /// the four art-12.b names, but one of which resembles one of them
    ZoneNameResemblesNamed = "ZONE_NAME_RESEMBLES_NAMED" {
        zh: "{zoneName}({zone})不是 art-12.b 所列四个开发区之一,但其名称与条文所列“{namedAs}”相似:是否为同一开发区(其党工委、管委会是否为州派出机构),需人工核对",
        ko: "{zoneName}({zone}){|은} art-12.b에 렬거된 4개 개발구의 하나가 아니지만 그 명칭이 조문에 렬거된 ‘{namedAs}’와 비슷하다. 같은 개발구인지(그 당사업위원회와 관리위원회가 주의 파출기구인지)는 사람이 대조하여야 한다",
        en: "{zoneName} ({zone}) is none of the four zones art-12.b names, but its name resembles 「{namedAs}」: whether it is that zone (and its organs the prefecture's dispatched agencies) is for a person to check"
    }
    /// art-12.b: not named
    ZoneNotNamedInArt12b = "ZONE_NOT_NAMED_IN_ART_12B" {
        zh: "{zoneName}不是条文所列四个开发区之一",
        ko: "{zoneName}의 경우 조문에 렬거된 4개 개발구 중 하나가 아니다",
        en: "{zoneName} is not one of the four zones named in the clause"
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
    /// art-12.c: the zone is not in the county's jurisdiction.
    GrantNotInJurisdiction = "GRANT_NOT_IN_JURISDICTION" {
        zh: "{zoneName}({zone})不在{county}辖区内,{county}不能依本条授予其权限",
        ko: "{zoneName}({zone}){|은} {county} 관할구역 안에 있지 않으므로 {county|은} 본 조항에 따라 권한을 부여할 수 없다",
        en: "{zoneName} ({zone}) is not within {county}'s jurisdiction: {county} cannot grant it powers under this clause"
    }
    /// art-12.c: the zone has no single host county.
    GrantNoHostCounty = "GRANT_NO_HOST_COUNTY" {
        zh: "登记册未记录{zoneName}({zone})所在的县(市),是否属于{county}“辖区内”需人工判断",
        ko: "등록부에 {zoneName}({zone})의 소재 현(시)이 기록되지 않았으므로 {county}의 ‘관할구역 안’에 속하는지 사람이 판단하여야 한다",
        en: "the register records no host county for {zoneName} ({zone}): whether it is 「辖区内」 of {county} is for a person to decide"
    }
    /// art-12.c: provincial zones only.
    GrantProvincialOnly = "GRANT_PROVINCIAL_ONLY" {
        zh: "{zoneName}({zone})级别为{level},本条只适用于辖区内的省级开发区",
        ko: "{zoneName}({zone})의 급별은 {level}이며 본 조항은 관할구역 안의 성급 개발구에만 적용된다",
        en: "{zoneName} ({zone}) has level {level}: the clause concerns provincial zones within the county only"
    }
    /// art-12.c (needs a person): the register records the zone as managed by the prefecture's
    /// dispatched agencies, though art-12.b does not name it.
    GrantZoneRecordedDispatched = "GRANT_ZONE_RECORDED_DISPATCHED" {
        zh: "登记册将{zoneName}({zone})记为由州派出机构管理,但 art-12.b 所列开发区中没有它:县(市)可否依本条授予其权限,需人工判断",
        ko: "등록부에는 {zoneName}({zone}){|이} 주의 파출기구가 관리하는 것으로 기록되였으나 art-12.b에 렬거된 개발구에는 없다. 현(시)이 본 조항에 따라 권한을 부여할 수 있는지는 사람이 판단하여야 한다",
        en: "the register records {zoneName} ({zone}) as managed by agencies the prefecture dispatches, but art-12.b does not name it: whether the county may grant it powers under this clause is for a person to decide"
    }
    /// art-12.c: the zone's organs are dispatched agencies of the prefecture.
    GrantZoneDispatched = "GRANT_ZONE_DISPATCHED" {
        zh: "{zoneName}({zone})的党工委、管委会为州委、州政府的派出机构(art-12.b),县(市)是否还可依本条授予其权限,条文未说明,需人工判断",
        ko: "{zoneName}({zone})의 당사업위원회와 관리위원회는 주당위와 주정부의 파출기구이므로(art-12.b) 현(시)이 본 조항에 따라 권한을 더 부여할 수 있는지 조문이 밝히지 않았으며 사람이 판단하여야 한다",
        en: "the organs of {zoneName} ({zone}) are dispatched agencies of the prefecture (art-12.b): whether a county may still grant it powers under this clause the text does not say, and a person must decide"
    }
    /// art-12.c: 「具备条件」 is not defined.
    GrantQualificationUndefined = "GRANT_QUALIFICATION_UNDEFINED" {
        zh: "条文未界定“具备条件”,也未记录{county}对{zoneName}({zone})是否具备条件的认定,需人工判断",
        ko: "조문은 ‘조건을 갖춘’을 정의하지 않았고 {county}의 {zoneName}({zone}) 조건 구비 여부 인정도 기록되지 않았으므로 사람이 판단하여야 한다",
        en: "the text does not define 「具备条件」 (qualified) and no finding by {county} on whether {zoneName} ({zone}) qualifies is recorded: a person must decide"
    }
    /// art-12.c: found not qualified.
    GrantNotQualified = "GRANT_NOT_QUALIFIED" {
        zh: "{zoneName}({zone})经认定不具备条件",
        ko: "{zoneName}({zone}){|은} 조건을 갖추지 못한 것으로 인정되였다",
        en: "{zoneName} ({zone}) was found not to be qualified"
    }
    /// art-12.c: may grant.
    GrantMayGrant = "GRANT_MAY_GRANT" {
        zh: "{zoneName}({zone})为{county}辖区内具备条件的省级开发区,{county}可参照州里做法授予其同等管理权限或更多发展自主权(不授予不构成违规)",
        ko: "{zoneName}({zone}){|은} {county} 관할구역 안의 조건을 갖춘 성급 개발구이므로 {county|은} 주의 방법을 참조하여 동등한 관리권한이나 더 많은 발전자주권을 부여할 수 있다(부여하지 않아도 규정 위반이 아니다)",
        en: "{zoneName} ({zone}) is a qualified provincial zone within {county}: {county} may, with reference to the prefecture's practice, grant it equal management powers or more development autonomy (not granting is no violation)"
    }
    /// art-12.f: no comprehensive service platform.
    OneSealNoPlatform = "ONE_SEAL_NO_PLATFORM" {
        zh: "截至{asOf},{zoneName}({zone})没有运行中的综合服务平台,而条文要求“应设立综合服务平台”",
        ko: "{asOf} 현재 {zoneName}({zone})에는 운영 중인 종합봉사플랫폼이 없으나 조문은 ‘종합봉사플랫폼을 설립하여야 한다’고 요구한다",
        en: "as of {asOf} {zoneName} ({zone}) has no comprehensive service platform in operation, while the text requires 「应设立综合服务平台」"
    }
    /// art-12.f: platform(s) in operation.
    OneSealPlatformInPlace = "ONE_SEAL_PLATFORM_IN_PLACE" {
        zh: "截至{asOf},{zoneName}({zone})有{count}个运行中的综合服务平台({platforms})",
        ko: "{asOf} 현재 {zoneName}({zone})에는 운영 중인 종합봉사플랫폼 {count}개({platforms})가 있다",
        en: "as of {asOf} {zoneName} ({zone}) has {count} comprehensive service platform(s) in operation ({platforms})"
    }
    /// art-12.f: one seal governs approvals.
    OneSealInUse = "ONE_SEAL_IN_USE" {
        zh: "截至{asOf},{zoneName}({zone})审批使用一枚公章({seals}),符合“一枚公章管审批”",
        ko: "{asOf} 현재 {zoneName}({zone}){|은} 심사비준에 공인 한 개({seals})를 사용하므로 ‘공인 한 개로 심사비준을 관리’에 부합한다",
        en: "as of {asOf} {zoneName} ({zone}) uses one seal for approvals ({seals}): 「一枚公章管审批」 is met"
    }
    /// art-12.f: several seals for approvals.
    OneSealSeveral = "ONE_SEAL_SEVERAL" {
        zh: "截至{asOf},{zoneName}({zone})审批使用{count}枚公章({seals}),不符合“一枚公章管审批”",
        ko: "{asOf} 현재 {zoneName}({zone}){|은} 심사비준에 공인 {count}개({seals})를 사용하므로 ‘공인 한 개로 심사비준을 관리’에 어긋난다",
        en: "as of {asOf} {zoneName} ({zone}) uses {count} seals for approvals ({seals}): against 「一枚公章管审批」"
    }
    /// art-12.f: no seal recorded.
    OneSealNoneRecorded = "ONE_SEAL_NONE_RECORDED" {
        zh: "截至{asOf},未记录{zoneName}({zone})审批使用的公章,无法判断是否“一枚公章管审批”",
        ko: "{asOf} 현재 {zoneName}({zone}){|이} 심사비준에 사용하는 공인이 기록되지 않아 ‘공인 한 개로 심사비준을 관리’하는지 판단할 수 없다",
        en: "as of {asOf} no seal {zoneName} ({zone}) uses for approvals is recorded: whether one seal governs approvals cannot be judged"
    }
    /// art-12.f: the rest of the rule is a direction, not judged.
    OneSealRestNotJudged = "ONE_SEAL_REST_NOT_JUDGED" {
        zh: "「大力推行“互联网+政务服务”和并联审批等模式」及「加快实现“办事不出区”和“只跑一次”」为推进方向,条文未设可判断的条件,本规则不作判断",
        ko: "“‘인터넷+정무봉사’와 병렬 심사비준 등 방식을 대대적으로 추진”과 “‘구역을 벗어나지 않고 일을 보기’와 ‘한 번만 다니기’를 다그쳐 실현”은 추진 방향이며 조문이 판단할 수 있는 조건을 두지 않았으므로 이 규정은 판단하지 않는다",
        en: "「大力推行“互联网+政务服务”和并联审批等模式」 and 「加快实现“办事不出区”和“只跑一次”」 set a direction with no condition to judge: the rule does not judge them"
    }
}

/// art-12.a: Standardise institutions, staffing and leadership posts
pub static ART_12_A: RuleMeta = RuleMeta {
    id: "art-12.a",
    title: "Standardise institutions, staffing and leadership posts",
    title_zh: "规范开发区机构、编制和领导职数",
    title_ko: "개발구 기구, 편제와 령도 직수 규범화",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "全面理顺地方党委、政府与开发区关系,落实中央有关开发区机构编制规范管理要求,进一步规范开发区机构、编制和领导职数。",
    extra_quotes: &[],
    en: "Fully straighten out relations between local party committees/governments and the zones; implement central requirements on standardised management of zone institutions and staffing; further standardise zone institutions, staffing and the number of leadership posts.",
    ko: "지방 당위, 정부와 개발구의 관계를 전면적으로 바로잡고 개발구 기구편제 규범관리에 관한 중앙의 요구를 락착하여 개발구의 기구, 편제와 령도 직수를 한층 더 규범화한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-12.b: Four named zones: PWC and MC are dispatched agencies of the Prefecture
pub static ART_12_B: RuleMeta = RuleMeta {
    id: "art-12.b",
    title: "Four named zones: PWC and MC are dispatched agencies of the Prefecture",
    title_zh: "4个开发区党工委、管委会为州委、州政府派出机构",
    title_ko: "4개 개발구 당사업위원회와 관리위원회: 주당위, 주정부의 파출기구",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Definition, Kind::PowerGrant],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY", "ACT.PREF_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "珲春边境经济合作区、延吉高新技术产业开发区、和龙边境经济合作区、延吉国际空港经济开发区的党工委与管委会,分别为州委、州政府的派出机构,代表州委、州政府领导开发区的各项工作,行使同级人民政府的行政审批、经济协调与管理职能。",
    extra_quotes: &[],
    en: "The Party Working Committees and Management Committees of the Hunchun Border Economic Cooperation Zone, the Yanji High-Tech Industrial Development Zone, the Helong Border Economic Cooperation Zone and the Yanji International Airport Economic Development Zone are, respectively, dispatched agencies (派出机构) of the Prefecture Party Committee and of the Prefecture Government. On their behalf they lead all work of the zone and exercise the administrative-approval, economic-coordination and management functions of a people's government at the same level.",
    ko: "훈춘변경경제합작구, 연길고신기술산업개발구, 화룡변경경제합작구, 연길국제공항경제개발구의 당사업위원회와 관리위원회는 각각 주당위와 주정부의 파출기구로서 주당위와 주정부를 대표하여 개발구의 각항 사업을 령도하고 동급 인민정부의 행정심사비준, 경제조률과 관리 직능을 행사한다.",
    ambiguities: &["AMB-23"],
    evaluation: Evaluation::Function,
};

/// art-12.c: Counties may grant equal or greater powers to their provincial zones
pub static ART_12_C: RuleMeta = RuleMeta {
    id: "art-12.c",
    title: "Counties may grant equal or greater powers to their provincial zones",
    title_zh: "县(市)对省级开发区授予同等管理权限或更多自主权",
    title_ko: "현(시)의 성급 개발구에 대한 동등한 관리권한 또는 더 많은 발전자주권 부여",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "各县(市)结合自身实际,参照州里做法,对具备条件的辖区内省级开发区授予同等管理权限或更多发展自主权。",
    extra_quotes: &[],
    en: "Each county (city), in light of its situation and with reference to the prefecture's practice, [may] grant qualified provincial-level zones in its jurisdiction equal management powers or greater development autonomy.",
    ko: "각 현(시)은 자체 실제와 결합하고 주의 방법을 참조하여 조건을 갖춘 관할구역 안의 성급 개발구에 동등한 관리권한이나 더 많은 발전자주권을 부여한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-12.d: Responsibility follows delegated power
pub static ART_12_D: RuleMeta = RuleMeta {
    id: "art-12.d",
    title: "Responsibility follows delegated power",
    title_zh: "权责对等:对下放或赋予的权力承担相应责任",
    title_ko: "권한과 책임 대등: 이양·부여된 권한에 상응한 책임",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "按照权责对等原则,开发区对上级部门下放或赋予权力承担相应责任。",
    extra_quotes: &[],
    en: "On the principle that powers and responsibilities match, a zone bears the corresponding responsibility for powers devolved or granted by higher authorities.",
    ko: "권한과 책임 대등의 원칙에 따라 개발구는 상급 부문이 이양하거나 부여한 권한에 대하여 상응한 책임을 진다.",
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
    title_zh: "向开发区下放经济管理权限",
    title_ko: "개발구에 경제관리권한 이양",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS", "AG.CTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "州直有关部门、各县(市)要按照“能放皆放、权力责任一致、职责能力匹配”的原则,以直接下放、授权或委托形式,依法有序向开发区下放经济管理权限。",
    extra_quotes: &[],
    en: "Relevant prefecture departments and each county (city) shall, on the principles of 'devolve everything that can be devolved; consistent power and responsibility; duties matched to capacity', lawfully and in order devolve economic-management powers to zones by direct devolution, authorisation or entrustment.",
    ko: "주 직속 관련 부문과 각 현(시)은 “이양할 수 있는 것은 모두 이양하고, 권한과 책임이 일치하며, 직책과 능력이 어울리는” 원칙에 따라 직접 이양, 권한 부여 또는 위탁의 형식으로 법에 따라 질서 있게 개발구에 경제관리권한을 이양하여야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-12.f: One-stop service platform; "one seal"; "run at most once"
pub static ART_12_F: RuleMeta = RuleMeta {
    id: "art-12.f",
    title: "One-stop service platform; \"one seal\"; \"run at most once\"",
    title_zh: "综合服务平台;“一枚公章管审批”;“只跑一次”",
    title_ko: "종합봉사플랫폼, ‘공인 한 개로 심사비준 관리’, ‘한 번만 다니기’",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "各开发区应设立综合服务平台,大力推行“互联网+政务服务”和并联审批等模式,全面推行 “一枚公章管审批”,加快实现“办事不出区”和“只跑一次”。",
    extra_quotes: &[],
    en: "Each zone shall set up a comprehensive service platform, vigorously apply 'Internet + government services' and parallel approval, fully apply 'one official seal for all approvals', and speed up achieving 'handle matters without leaving the zone' and 'at most one trip'.",
    ko: "각 개발구는 종합봉사플랫폼을 설립하고 ‘인터넷+정무봉사’와 병렬 심사비준 등 방식을 대대적으로 추진하며 ‘공인 한 개로 심사비준을 관리’하는 것을 전면 추진하고 ‘구역을 벗어나지 않고 일을 보기’와 ‘한 번만 다니기’를 다그쳐 실현하여야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// The four zones of art-12.b: the name in the text, then ids and other names they go by.
pub const DISPATCHED_ZONES: [(&str, &[&str]); 4] = [
    (
        "珲春边境经济合作区",
        &[
            "HC-BECZ",
            "珲春边合区",
            "Hunchun Border Economic Cooperation Zone",
            "훈춘변경경제합작구",
        ],
    ),
    (
        "延吉高新技术产业开发区",
        &[
            "YJ-HTZ",
            "延吉高新区",
            "Yanji High-Tech Industrial Development Zone",
            "연길고신기술산업개발구",
            "연길고신구",
        ],
    ),
    (
        "和龙边境经济合作区",
        &[
            "HL-BECZ",
            "和龙边合区",
            "Helong Border Economic Cooperation Zone",
            "화룡변경경제합작구",
        ],
    ),
    (
        "延吉国际空港经济开发区",
        &[
            "YJ-AEZ",
            "延吉空港经济开发区",
            "Yanji International Airport Economic Development Zone",
            "연길국제공항경제개발구",
            "연길공항경제개발구",
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

/// The text's name of the art-12.b zone that `name` refers to, if any: `name` itself, or the
/// register's zone it is the id or a name of.
#[must_use]
pub fn dispatched_name(name: &str, register: Option<&Register>) -> Option<&'static str> {
    named_by(core::iter::once(name)).or_else(|| {
        register
            .and_then(|r| register_zone(name, r))
            .and_then(named_of_zone)
    })
}

/// The register's zone `name` is the id of, or else one of the names of (Chinese, English,
/// Korean, an alias), compared as [`same_name`] compares them.
fn register_zone<'r>(name: &str, register: &'r Register) -> Option<&'r Zone> {
    register.zone(name.trim()).or_else(|| {
        register
            .zones
            .iter()
            .find(|z| names_of(z).any(|n| same_name(name, n)))
    })
}

/// A zone's id and names: Chinese, English, Korean, aliases.
fn names_of(z: &Zone) -> impl Iterator<Item = &str> {
    [z.id.as_str(), z.name_zh.as_str()]
        .into_iter()
        .chain(z.name_en.as_deref())
        .chain(z.name_ko.as_deref())
        .chain(z.aliases.iter().map(String::as_str))
}

/// Whether two names are the same name: equal once spaces are left out, full-width forms (as a
/// Chinese input method types `ＨＣ－ＢＥＣＺ`) read as the ASCII they stand for, and ASCII
/// letters compared without case (`yj-htz`, `Hunchun border economic cooperation zone`).
fn same_name(a: &str, b: &str) -> bool {
    use crate::lookup::folded;
    a == b || folded(a).eq(folded(b))
}

/// The text's name of the art-12.b zone that one of `names` refers to.
fn named_by<'a>(mut names: impl Iterator<Item = &'a str>) -> Option<&'static str> {
    names.find_map(|n| {
        DISPATCHED_ZONES
            .iter()
            .find(|(canon, aliases)| same_name(n, canon) || aliases.iter().any(|a| same_name(n, a)))
            .map(|(canon, _)| *canon)
    })
}

/// The text's name of the art-12.b zone that `zone` is, by its id or any of its names.
pub(crate) fn named_of_zone(zone: &Zone) -> Option<&'static str> {
    named_by(names_of(zone))
}

/// The places and kinds of the four zones art-12.b names, in the forms a name of one of them is
/// written in (Chinese, Korean, English, short forms), by the text's name.
const RESEMBLANCE: [(&str, &[&str], &[&str]); 4] = [
    (
        "珲春边境经济合作区",
        &["珲春", "훈춘", "hunchun"],
        &["边境", "边合", "변경", "border"],
    ),
    (
        "延吉高新技术产业开发区",
        &["延吉", "연길", "yanji"],
        &["高新", "고신", "high-tech", "hightech", "hi-tech"],
    ),
    (
        "和龙边境经济合作区",
        &["和龙", "화룡", "helong"],
        &["边境", "边合", "변경", "border"],
    ),
    (
        "延吉国际空港经济开发区",
        &["延吉", "연길", "yanji"],
        &["空港", "机场", "공항", "airport"],
    ),
];

/// The text's name of the art-12.b zone that `zone` (none of the four by its id or names)
/// resembles by one of its names ([`resembles`]): whether it is that zone is a person's question.
pub(crate) fn resembles_zone(zone: &Zone) -> Option<&'static str> {
    if named_of_zone(zone).is_some() {
        return None;
    }
    names_of(zone).find_map(resembles)
}

/// The text's name of the art-12.b zone a name resembles without being one of its names (the
/// place and the kind of one of the four, as in 「延吉高新技术开发区」 or 「珲春边境合作区」): a
/// name given in another spelling is not for the answer to call "not named" silently.
fn resembles(name: &str) -> Option<&'static str> {
    let name: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    RESEMBLANCE
        .iter()
        .find(|(_, places, kinds)| {
            places.iter().any(|p| name.contains(p)) && kinds.iter().any(|k| name.contains(k))
        })
        .map(|(canon, _, _)| *canon)
}

/// [`dispatched_name`] of `zone`'s id, `zone` being `register`'s zone with that id: read from
/// the zone at hand instead of looking it up among all zones again (the zone summary asks this
/// of every zone of a register; the search made the report grow as zones²). An id with spaces
/// around it is looked up as `dispatched_name` looks it up, trimmed.
pub(crate) fn dispatched_name_of(zone: &Zone, register: &Register) -> Option<&'static str> {
    if zone.id.trim() != zone.id {
        return dispatched_name(&zone.id, Some(register));
    }
    // The zone's names read where they are (perf: a list of them made for each zone of a
    // report, a tenth of art-12.b's head).
    named_of_zone(zone)
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
        return Err(Error::input(
            crate::error::Problem::InvalidValue,
            "input.zone",
            text!(zh: "应为开发区标识或名称", ko: "개발구 식별자나 이름이 있어야 합니다", en: "expected a zone id or name"),
        )
        .with_got("\"\""));
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
    let named = dispatched_name(zone_name, register);
    let shown = register.and_then(|r| register_zone(zone_name, r));
    dispatch_answer(zone_name, named, shown, organ, register, params)
}

/// [`dispatch_status_for`] of a register's own zone, by its id (what the zone summary asks of
/// every zone): the same answer, with the zone's names read from the zone rather than looked up
/// among all zones (which made the report grow as zones²).
#[must_use]
pub fn dispatch_status_of_zone(
    zone: &Zone,
    organ: Organ,
    register: &ValidRegister,
    params: &Params,
) -> Answer<DispatchDetail> {
    if !register
        .zone(&zone.id)
        .is_some_and(|z| core::ptr::eq(z, zone))
    {
        return dispatch_status_for(&zone.id, organ, Some(register), params);
    }
    let named = dispatched_name_of(zone, register);
    dispatch_answer(&zone.id, named, Some(zone), organ, Some(register), params)
}

/// [`dispatch_status_of_zone`]'s outcome without its answer (what the compliance report reads of
/// it off its page): the zone is named in art-12.b or not.
#[must_use]
pub(crate) fn dispatch_outcome_of_zone(zone: &Zone, register: &ValidRegister) -> Outcome {
    let named = if register
        .zone(&zone.id)
        .is_some_and(|z| core::ptr::eq(z, zone))
    {
        dispatched_name_of(zone, register)
    } else {
        dispatched_name(&zone.id, Some(register))
    };
    dispatch_outcome(named)
}

/// art-12.b's outcome for a zone that names the art-12.b zone `named` (if any).
const fn dispatch_outcome(named: Option<&'static str>) -> Outcome {
    if named.is_some() {
        Outcome::Dispatched
    } else {
        Outcome::NotDispatched
    }
}

/// art-12.b's answer for `zone_name`, which names the art-12.b zone `named` (if any) and is the
/// register's zone `shown` (if any).
fn dispatch_answer(
    zone_name: &str,
    named: Option<&'static str>,
    shown: Option<&Zone>,
    organ: Organ,
    register: Option<&Register>,
    params: &Params,
) -> Answer<DispatchDetail> {
    let rule = RuleId::ART_12_B;
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
            reasons.add(
                Reason::new(C::ZoneNamedInArt12b, rule)
                    .with("dispatchedBy", by)
                    .with("namedAs", canon)
                    .with("zone", crate::answer::Value::text(zone_name)),
            );
            reasons.add(Reason::new(C::DispatchedConsequences, rule).with("namedAs", canon));
            if organ == Organ::Mc {
                // AMB-23: 「同级人民政府」 names no level; the parameter is a reading, not a finding.
                let level = match params.same_level_gov_for_dispatched {
                    SameLevelGov::CountyLevel => C::SameLevelReadAsCounty,
                    SameLevelGov::PrefectureLevel => C::SameLevelReadAsPrefecture,
                };
                needs_human.add(Reason::new(level, rule).with("namedAs", canon));
            }
            let recorded = register.and_then(|r| {
                r.zones
                    .iter()
                    .find(|z| dispatched_name_of(z, r) == Some(canon))
            });
            if let Some(z) =
                recorded.filter(|z| z.managing_authority != ManagingAuthority::PrefectureDispatched)
            {
                needs_human.add(
                    Reason::new(C::RegisterAuthorityMismatch, rule)
                        .with("recorded", z.managing_authority.as_str())
                        .with("zone", z.id.clone()),
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
            if let Some(z) =
                shown.filter(|z| z.managing_authority == ManagingAuthority::PrefectureDispatched)
            {
                // The register's record says dispatched; the clause names four zones, not it.
                needs_human.add(
                    Reason::new(C::RegisterAuthorityMismatch, rule)
                        .with("recorded", z.managing_authority.as_str())
                        .with("zone", z.id.clone()),
                );
            }
            match shown {
                // A register's zone whose name resembles one of the four (the question goes
                // with the zone to art-02.c, art-02.d and art-12.c too).
                Some(z) => {
                    if let Some(like) = resembles_zone(z) {
                        needs_human.add(about(
                            Reason::new(C::ZoneNameResemblesNamed, rule).with("namedAs", like),
                            z,
                        ));
                    }
                }
                None => {
                    if let Some(like) = resembles(zone_name) {
                        needs_human.add(
                            Reason::new(C::NameResemblesNamedZone, rule)
                                .with("namedAs", like)
                                .with("zone", crate::answer::Value::text(zone_name)),
                        );
                    }
                }
            }
            // The zone by its names when the register has it (its id was given), else as given.
            let reason = Reason::new(C::ZoneNotNamedInArt12b, rule);
            let reason = match shown {
                Some(z) => {
                    let shown = alloc::format!("{}({})", z.name_zh, z.id);
                    let r = reason.with("zone", z.id.clone()).with("zoneName", shown);
                    let r = match &z.name_en {
                        Some(en) => r.with("zoneNameEn", alloc::format!("{en} ({})", z.id)),
                        None => r,
                    };
                    match &z.name_ko {
                        Some(ko) => r.with("zoneNameKo", alloc::format!("{ko}({})", z.id)),
                        None => r,
                    }
                }
                None => reason
                    .with("zone", crate::answer::Value::text(zone_name))
                    .with("zoneName", crate::answer::Value::text(zone_name)),
            };
            reasons.add(reason);
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
    used.set(
        "sameLevelGovForDispatched",
        params.same_level_gov_for_dispatched.as_str().into(),
    );
    used.set(
        "countyZoneCountIncludesPrefDispatched",
        params.county_zone_count_includes_pref_dispatched.into(),
    );
    Answer {
        rule_id: rule,
        outcome: dispatch_outcome(named),
        reasons,
        needs_human,
        params_used: used,
        detail,
    }
}

computed! {
    /// art-12.b as a computed rule ([`dispatch_status`]).
    DispatchStatus: ART_12_B(DispatchInput) -> DispatchDetail = dispatch_status;
    outcomes: [Dispatched, NotDispatched];
}

/// What art-12.c is asked about: may this county grant this zone the powers of the clause?
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `countyId` and `zoneId`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CountyGrantInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The granting county (city), e.g. `CTY.YANJI`.
    pub county_id: String,
    /// The zone.
    pub zone_id: String,
    /// The date the answer is for (a zone revoked or merged before it is no longer a zone).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
    /// The county's recorded finding that the zone is 「具备条件」 (qualified); absent: none.
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
crate::by_field::by_field!(CountyGrantInput {
    name: "CountyGrantInput",
    expecting: "an object with `register`, `countyId` and `zoneId`",
    blank: CountyGrantInput {
        register: crate::register::RegisterArg::blank(),
        county_id: String::new(),
        zone_id: String::new(),
        as_of: Default::default(),
        zone_qualified: Default::default(),
    },
    fields: [
        "register" => register [required],
        "countyId" => county_id [required],
        "zoneId" => zone_id [required],
        "asOf" => as_of,
        "zoneQualified" => zone_qualified,
    ],
});

/// art-12.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct CountyGrantDetail {
    /// The zone.
    pub zone_id: String,
    /// The granting county.
    pub county_id: String,
    /// The finding on 「具备条件」, as recorded.
    pub zone_qualified: Option<bool>,
}

/// art-12.c for a zone of a validated register: ELIGIBLE (the county may grant), NOT_ELIGIBLE
/// when a stated condition fails or the zone was found not qualified, NEEDS_HUMAN when
/// 「具备条件」 is not found or the text does not settle the case, NOT_APPLICABLE for a zone that
/// did not exist on `asOf`.
#[must_use]
pub fn county_grant(
    zone: &Zone,
    county: &str,
    as_of: Option<NaiveDate>,
    qualified: Option<bool>,
) -> Answer<CountyGrantDetail> {
    let rule = RuleId::ART_12_C;
    let detail = CountyGrantDetail {
        zone_id: String::from(zone.id.as_str()),
        county_id: String::from(county),
        zone_qualified: qualified,
    };
    if let Some(r) = as_of.and_then(|d| absent_on(rule, zone, d)) {
        return not_applicable(rule, r, detail);
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let at = |code| {
        about(
            Reason::new(code, rule).with("county", crate::answer::Value::text(county)),
            zone,
        )
    };
    match zone.county_id.as_deref() {
        Some(c) if c == county => {}
        Some(_) => reasons.add(at(C::GrantNotInJurisdiction)),
        None => needs_human.add(at(C::GrantNoHostCounty)),
    }
    match zone.level {
        ZoneLevel::Provincial => {}
        ZoneLevel::Unknown => needs_human.add(about(Reason::new(C::ZoneLevelUnknown, rule), zone)),
        other => reasons.add(at(C::GrantProvincialOnly).with("level", other.as_str())),
    }
    // The clause's four zones (art-12.b) are the prefecture's; a zone the register alone
    // records so is a person's question too (the record and the clause disagree).
    if named_of_zone(zone).is_some() {
        needs_human.add(at(C::GrantZoneDispatched));
    } else if zone.managing_authority == ManagingAuthority::PrefectureDispatched {
        needs_human.add(at(C::GrantZoneRecordedDispatched));
    } else if let Some(like) = resembles_zone(zone) {
        needs_human.add(about(
            Reason::new(C::ZoneNameResemblesNamed, rule).with("namedAs", like),
            zone,
        ));
    }
    match qualified {
        None => needs_human.add(at(C::GrantQualificationUndefined)),
        Some(false) => reasons.add(at(C::GrantNotQualified)),
        Some(true) => {}
    }
    let outcome = if !reasons.is_empty() {
        Outcome::NotEligible
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        reasons.add(at(C::GrantMayGrant));
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

/// art-12.c on its input.
///
/// # Errors
/// `INVALID_INPUT` for a bad register, an unknown zone or an unknown county.
pub fn county_grant_check(
    input: CountyGrantInput,
    _params: &Params,
) -> Result<Answer<CountyGrantDetail>, Error> {
    let county = input.county_id;
    let (as_of, qualified) = (input.as_of.map(IsoDate::get), input.zone_qualified);
    crate::rules::common::on_zone_dated(
        input.register,
        &input.zone_id,
        (as_of, false),
        |reg: &ValidRegister, zone| {
            if !reg.counties.iter().any(|c| c.id == county)
                && !reg
                    .zones
                    .iter()
                    .any(|z| z.county_id.as_deref() == Some(county.as_str()))
            {
                return Err(Error::input(
                    crate::error::Problem::UnknownReference,
                    "input.countyId",
                    text!(
                        zh: "登记册中没有标识为 `{county}` 的县(市)条目,也没有属于它的开发区",
                        ko: "등록부에 식별자가 `{county}`인 현(시) 항목도, 그에 속한 개발구도 없습니다",
                        en: "unknown county `{county}`: no zone and no county entry in the register has this id"
                    ),
                ));
            }
            Ok(county_grant(zone, &county, as_of, qualified))
        },
    )
}

computed! {
    /// art-12.c as a computed rule ([`county_grant_check`]).
    CountyGrant: ART_12_C(CountyGrantInput) -> CountyGrantDetail = |input, params| county_grant_check(input, params);
    outcomes: [Eligible, NotEligible, NeedsHuman, NotApplicable];
}

/// A comprehensive service platform (综合服务平台) or a seal used for approvals, with the days it
/// was in operation or use.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with an `id`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct InUse {
    /// An identifier (a name, a seal's inscription or number).
    pub id: String,
    /// The first day in operation or use; absent: not recorded (in use).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub from: Option<IsoDate>,
    /// The day it was closed or retired (no longer in use from that day); absent: still in use.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub until: Option<IsoDate>,
}

impl InUse {
    /// Whether it is in operation or use on `day`.
    #[must_use]
    pub fn on(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| *f <= day) && self.until.is_none_or(|u| day < *u)
    }
}

/// What art-12.f is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `zoneId`, `platforms`, `approvalSeals` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct OneSealInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone.
    pub zone_id: String,
    /// Its comprehensive service platforms (综合服务平台).
    pub platforms: Vec<InUse>,
    /// The seals it uses to sign approvals (审批公章).
    pub approval_seals: Vec<InUse>,
    /// The date the answer is for.
    pub as_of: IsoDate,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(OneSealInput {
    name: "OneSealInput",
    expecting: "an object with `register`, `zoneId`, `platforms`, `approvalSeals` and `asOf`",
    blank: OneSealInput {
        register: crate::register::RegisterArg::blank(),
        zone_id: String::new(),
        platforms: Vec::new(),
        approval_seals: Vec::new(),
        as_of: IsoDate(NaiveDate::MIN),
    },
    fields: [
        "register" => register [required],
        "zoneId" => zone_id [required],
        "platforms" => platforms [required],
        "approvalSeals" => approval_seals [required],
        "asOf" => as_of [required],
    ],
});

/// art-12.f's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct OneSealDetail {
    /// The zone.
    pub zone_id: String,
    /// The platforms in operation on `asOf`.
    pub platforms_in_operation: Vec<String>,
    /// The seals in use for approvals on `asOf`.
    pub seals_in_use: Vec<String>,
}

fn check_list(list: &[InUse], name: &str) -> Result<(), Error> {
    let ids: Vec<&str> = list.iter().map(|x| x.id.as_str()).collect();
    super::common::unique_ids(name, &ids)?;
    for (i, item) in list.iter().enumerate() {
        let at = |f: &str| alloc::format!("input.{name}[{i}].{f}");
        if let (Some(f), Some(u)) = (item.from, item.until) {
            if *u <= *f {
                return Err(Error::input(
                    crate::error::Problem::Inconsistent,
                    at("until"),
                    text!(zh: "应晚于 `from`", ko: "`from`보다 뒤의 날자여야 합니다", en: "expected a day after `from`"),
                ));
            }
        }
    }
    Ok(())
}

fn joined(ids: &[String]) -> String {
    ids.join(", ")
}

/// art-12.f for a zone of a validated register on `as_of`.
#[must_use]
pub fn one_seal(
    zone: &Zone,
    platforms: &[InUse],
    seals: &[InUse],
    as_of: NaiveDate,
) -> Answer<OneSealDetail> {
    let rule = RuleId::ART_12_F;
    let ids = |l: &[InUse]| -> Vec<String> {
        l.iter()
            .filter(|x| x.on(as_of))
            .map(|x| x.id.clone())
            .collect()
    };
    let detail = OneSealDetail {
        zone_id: String::from(zone.id.as_str()),
        platforms_in_operation: ids(platforms),
        seals_in_use: ids(seals),
    };
    if let Some(r) = absent_on(rule, zone, as_of) {
        return not_applicable(rule, r, detail);
    }
    let mut reasons = Vec::new();
    let at = |code| about(Reason::new(code, rule).with("asOf", as_of), zone);
    let mut breach = false;
    let mut unknown = false;
    if detail.platforms_in_operation.is_empty() {
        breach = true;
        reasons.add(at(C::OneSealNoPlatform));
    } else {
        reasons.add(
            at(C::OneSealPlatformInPlace)
                .with("count", detail.platforms_in_operation.len())
                .with("platforms", joined(&detail.platforms_in_operation)),
        );
    }
    let seals_in_use = &detail.seals_in_use;
    match seals_in_use.len() {
        0 => {
            unknown = true;
            reasons.add(at(C::OneSealNoneRecorded));
        }
        1 => reasons.add(at(C::OneSealInUse).with("seals", joined(seals_in_use))),
        n => {
            breach = true;
            reasons.add(
                at(C::OneSealSeveral)
                    .with("count", n)
                    .with("seals", joined(seals_in_use)),
            );
        }
    }
    reasons.add(Reason::new(C::OneSealRestNotJudged, rule));
    let outcome = if breach {
        Outcome::NonCompliant
    } else if unknown {
        Outcome::Unknown
    } else {
        Outcome::Compliant
    };
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human: Vec::new(),
        params_used: ParamsUsed::new(),
        detail,
    }
}

/// art-12.f on its input.
///
/// # Errors
/// `INVALID_INPUT` for a bad register, an unknown zone, an empty or repeated id, or an end not
/// after its start.
pub fn one_seal_check(
    input: OneSealInput,
    _params: &Params,
) -> Result<Answer<OneSealDetail>, Error> {
    check_list(&input.platforms, "platforms")?;
    check_list(&input.approval_seals, "approvalSeals")?;
    let (platforms, seals, as_of) = (input.platforms, input.approval_seals, input.as_of.get());
    on_zone(
        input.register,
        &input.zone_id,
        |reg: &ValidRegister, zone| {
            let mut answer = one_seal(zone, &platforms, &seals, as_of);
            crate::rules::common::before_issuance(&mut answer, as_of, *reg.issue_date);
            Ok(answer)
        },
    )
}

/// Labels of art-12.f's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_12_F_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[
        f(
            "platformsInOperation",
            "运行中的综合服务平台",
            "운영 중인 종합봉사플랫폼",
            "Service platforms in operation",
            Shape::Plain,
        ),
        f(
            "sealsInUse",
            "审批使用的公章",
            "심사비준에 사용하는 공인",
            "Seals in use for approvals",
            Shape::Plain,
        ),
    ]
};

computed! {
    /// art-12.f as a computed rule ([`one_seal_check`]).
    OneSeal: ART_12_F(OneSealInput) -> OneSealDetail [ART_12_F_FIELDS] = |input, params| one_seal_check(input, params);
    outcomes: [Compliant, NonCompliant, Unknown, NotApplicable];
}
