//! (五) 突出产业集聚发展.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-05.a: Industry focus: national 1 + 2–3; provincial 1 + 1–2
pub static ART_05_A: RuleMeta = RuleMeta {
    id: "art-05.a",
    title: "Industry focus: national 1 + 2–3; provincial 1 + 1–2",
    clause: "(五)",
    clause_title: "突出产业集聚发展",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    quote: "各开发区要择优发展、集中突破,国家级开发区重点发展1个首位产业和2—3个主攻产业,省级开发区重点发展1个首位产业和1—2个主攻产业。",
    extra_quotes: &[],
    en: "Each zone shall select the best and concentrate on breakthroughs: a national-level zone shall focus on 1 leading ('first-place') industry and 2–3 main ('key-attack') industries; a provincial-level zone on 1 leading industry and 1–2 main industries.",
    ko: None,
    ambiguities: &["AMB-08"],
    evaluation: Evaluation::Function,
};

/// art-05.b: Agglomerate around leading enterprises and major projects
pub static ART_05_B: RuleMeta = RuleMeta {
    id: "art-05.b",
    title: "Agglomerate around leading enterprises and major projects",
    clause: "(五)",
    clause_title: "突出产业集聚发展",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    quote: "各开发区要以区内产业关联度高、带动性强的龙头企业和重大项目为载体,推动关联产业、上下游配套企业和资源要素向开发区集聚",
    extra_quotes: &[],
    en: "Each zone shall use highly linked, strongly driving leading enterprises and major projects as carriers to draw related industries, upstream and downstream suppliers and resources into the zone.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("not measurable in the text: no indicator or threshold is given"),
};

/// art-05.c: Select and support 3 industrial agglomeration areas prefecture-wide
pub static ART_05_C: RuleMeta = RuleMeta {
    id: "art-05.c",
    title: "Select and support 3 industrial agglomeration areas prefecture-wide",
    clause: "(五)",
    clause_title: "突出产业集聚发展",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Mandatory,
    bearers: &["AG.DRC", "AG.MIIT"],
    quote: "在全州优选符合条件的开发区,重点扶持建设3个产业层次高、协同效应好、公共服务优、特色优势足的产业集聚区,打造一批具有较强影响力的开发区产业品牌。",
    extra_quotes: &[],
    en: "Select, prefecture-wide, qualified zones and give priority support to building 3 industrial agglomeration areas with a high industrial level, good synergy, good public services and distinct advantages; create a group of influential zone industry brands.",
    ko: None,
    ambiguities: &["AMB-09"],
    evaluation: Evaluation::Planned("a selection with externally set weights; not yet encoded"),
};
