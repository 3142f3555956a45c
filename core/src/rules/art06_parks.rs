//! (六) 培育特色产业园区(基地).

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-06.a: Encourage co-built specialty parks and "enclave economy" cooperation
pub static ART_06_A: RuleMeta = RuleMeta {
    id: "art-06.a",
    title: "Encourage co-built specialty parks and \"enclave economy\" cooperation",
    clause: "(六)",
    clause_title: "培育特色产业园区(基地)",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    quote: "鼓励开发区围绕优势产业和重点企业,与科研院所、高校、商协会组织等合作共建各自的特色产业园区、产业配套园区、生产加工基地,探索政府引导、企业参与、园区共建、利益共享的“飞地经济”合作。",
    extra_quotes: &[],
    en: "Encourage zones, around their advantageous industries and key enterprises, to co-build specialty industrial parks, supporting-industry parks and production bases with research institutes, universities, chambers of commerce and associations; explore 'enclave economy' cooperation that is government-guided, enterprise-participatory, jointly built and benefit-sharing.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("an encouragement; it only introduces the co-built parks whose revenue art-06.b splits"),
};

/// art-06.b: Split of county-retained fiscal revenue from co-built parks
pub static ART_06_B: RuleMeta = RuleMeta {
    id: "art-06.b",
    title: "Split of county-retained fiscal revenue from co-built parks",
    clause: "(六)",
    clause_title: "培育特色产业园区(基地)",
    kinds: &[Kind::FeeRule],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE", "AG.CTY_GOV", "AG.FINANCE"],
    quote: "共建园区引进项目投产后形成的有关财政收入县(市)留成部分,可由合作双方商定比例分成。",
    extra_quotes: &[],
    en: "The county (city)-retained portion of the relevant fiscal revenue generated, after commencement of production, by projects brought into a co-built park may be shared between the two cooperating parties in a proportion they agree.",
    ko: None,
    ambiguities: &["AMB-17"],
    evaluation: Evaluation::Planned("money rule of the fees and money issue"),
};
