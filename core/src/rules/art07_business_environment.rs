//! (七) 打造高水平营商环境.

use super::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

/// art-07.a: High-standard infrastructure planning incl. service platforms
pub static ART_07_A: RuleMeta = RuleMeta {
    id: "art-07.a",
    title: "High-standard infrastructure planning incl. service platforms",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "各开发区要高标准整体规划基础设施建设,将为企业服务的公共信息、技术、物流等服务平台建设统一纳入整体规划。",
    extra_quotes: &[],
    en: "Each zone shall plan infrastructure as a whole to a high standard and include the public information, technology, logistics and other service platforms serving enterprises in that overall plan.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-07.b: Soft-environment assessment system; honour policy commitments
pub static ART_07_B: RuleMeta = RuleMeta {
    id: "art-07.b",
    title: "Soft-environment assessment system; honour policy commitments",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    owed_by: OwedBy::ClauseList,
    quote: "制订全州开发区软环境建设考核评价体系,严格兑现各项政策承诺。",
    extra_quotes: &[],
    en: "Formulate a prefecture-wide assessment and evaluation system for the zones' 'soft environment', and strictly honour all policy commitments.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-07.c: Pre-establishment national treatment + negative list
pub static ART_07_C: RuleMeta = RuleMeta {
    id: "art-07.c",
    title: "Pre-establishment national treatment + negative list",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    owed_by: OwedBy::Nobody,
    quote: "加快复制推广自贸试验区经验做法,全面实行外商投资准入前国民待遇加负面清单管理模式",
    extra_quotes: &[],
    en: "Accelerate replication of pilot-free-trade-zone practices and fully implement pre-establishment national treatment plus negative-list management for foreign investment.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("needs the national negative list in force on the decision date (external data); not yet encoded"),
};

/// art-07.d: Communication, coordination and complaint-accountability mechanisms
pub static ART_07_D: RuleMeta = RuleMeta {
    id: "art-07.d",
    title: "Communication, coordination and complaint-accountability mechanisms",
    clause: "(七)",
    clause_title: "打造高水平营商环境",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.GOVDIGI", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "建立健全常态化的政企沟通机制、问题协调机制和投诉问责机制",
    extra_quotes: &[],
    en: "Establish and improve regular government–enterprise communication, problem-coordination and complaint-and-accountability mechanisms.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};
