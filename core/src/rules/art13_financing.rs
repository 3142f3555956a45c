//! (十三) 创新开发区投融资机制.

use super::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

// The reason codes this file gives (stable: never renamed or reused); none yet: a rule computed
// here declares its codes in this block.
reason_codes! {}

/// art-13.a: Development and operation companies; new financing tools
pub static ART_13_A: RuleMeta = RuleMeta {
    id: "art-13.a",
    title: "Development and operation companies; new financing tools",
    title_zh: "设立开发运营公司,运用新型融资工具",
    title_ko: "개발운영회사 설립, 새로운 융자수단 리용",
    clause: "(十三)",
    clause_title: "创新开发区投融资机制",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持有条件的开发区设立实体化运作的开发运营公司,综合运用股权、债权、产业投资基金、资产证券化等新型融资工具,进一步拓宽资金渠道。",
    extra_quotes: &[],
    en: "Support qualified zones in setting up development-and-operation companies that operate as real entities, using equity, debt, industrial investment funds, asset securitisation and other new financing tools.",
    ko: "조건을 갖춘 개발구가 실체화 운영을 하는 개발운영회사를 설립하고 주식, 채권, 산업투자기금, 자산증권화 등 새로운 융자수단을 종합적으로 리용하여 자금 경로를 한층 더 넓히는 것을 지원한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「支持」性条款(鼓励性),没有可检查的条件",
        "‘지원’하는 조항(고무)으로 검사할 조건이 없다",
        "an encouragement (ENCOURAGED) with no condition to check",
    )),
};

/// art-13.b: PPP for infrastructure, standard factories and for-profit facilities
pub static ART_13_B: RuleMeta = RuleMeta {
    id: "art-13.b",
    title: "PPP for infrastructure, standard factories and for-profit facilities",
    title_zh: "以PPP模式建设运营基础设施、标准厂房和营利性配套设施",
    title_ko: "정부와 사회자본 합작모식(PPP): 기초시설, 표준공장건물, 영리성 부대시설 건설·운영",
    clause: "(十三)",
    clause_title: "创新开发区投融资机制",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区以政府和社会资本合作模式(PPP)进行开发区基础设施、标准厂房及其他营利性配套设施建设和运营。",
    extra_quotes: &[],
    en: "Encourage zones to use public-private partnership (PPP) to build and operate zone infrastructure, standard factory buildings and other for-profit supporting facilities.",
    ko: "개발구가 정부와 사회자본 합작모식(PPP)으로 개발구 기초시설, 표준공장건물 및 기타 영리성 부대시설의 건설과 운영을 진행하도록 고무한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「鼓励」性条款,没有可检查的条件",
        "‘고무’하는 조항으로 검사할 조건이 없다",
        "an encouragement (ENCOURAGED) with no condition to check",
    )),
};

/// art-13.c: Funds: industrial, sci-tech innovation, venture
pub static ART_13_C: RuleMeta = RuleMeta {
    id: "art-13.c",
    title: "Funds: industrial, sci-tech innovation, venture",
    title_zh: "设立产业投资、科技创新发展、创业投资基金",
    title_ko: "산업투자기금, 과학기술혁신발전기금, 창업투자기금 설립",
    clause: "(十三)",
    clause_title: "创新开发区投融资机制",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区设立产业投资基金、科技创新发展基金、创业投资基金,加强与省级或社会基金合作",
    extra_quotes: &[],
    en: "Encourage zones to set up industrial investment funds, science-and-technology innovation development funds and venture-capital funds, and to cooperate with provincial or private funds.",
    ko: "개발구가 산업투자기금, 과학기술혁신발전기금, 창업투자기금을 설립하고 성급 또는 사회 기금과의 합작을 강화하도록 고무한다",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「鼓励」性条款,没有可检查的条件",
        "‘고무’하는 조항으로 검사할 조건이 없다",
        "an encouragement (ENCOURAGED) with no condition to check",
    )),
};
