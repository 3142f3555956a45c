//! (二) 促进开发区整合优化.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-02.a: Two-year window for establishment, expansion and upgrading work
pub static ART_02_A: RuleMeta = RuleMeta {
    id: "art-02.a",
    title: "Two-year window for establishment, expansion and upgrading work",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::Deadline],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.MIIT", "AG.FINANCE", "AG.NATRES", "AG.ECOENV", "AG.CTY_GOV"],
    quote: "按照国家“一县一区、一区多园”要求,开展开发区整合优化,利用两年的时间稳定有序推进开发区设立、扩区和升级工作。",
    extra_quotes: &[],
    en: "In line with the national requirement of 'one county, one zone; one zone, many parks', carry out zone consolidation and optimisation, and use two years to advance, steadily and in order, the work of establishing, expanding and upgrading zones.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-02.b: Revoke zones that exist in name only
pub static ART_02_B: RuleMeta = RuleMeta {
    id: "art-02.b",
    title: "Revoke zones that exist in name only",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["ACT.PROV"],
    quote: "对有名无实的开发区(工业集中区)予以撤销",
    extra_quotes: &[],
    en: "Development zones (industrial concentration zones) that exist in name only shall be revoked.",
    ko: None,
    ambiguities: &["AMB-03"],
    evaluation: Evaluation::Function,
};

/// art-02.c: One county, one (provincial) zone: merge 2+ into 1
pub static ART_02_C: RuleMeta = RuleMeta {
    id: "art-02.c",
    title: "One county, one (provincial) zone: merge 2+ into 1",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::EligibilityCheck, Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_GOV"],
    quote: "对一个县(市)存在2家以上的省级开发区(工业集中区)整合为1家省级开发区。",
    extra_quotes: &[],
    en: "Where one county (city) has two or more provincial-level development zones (industrial concentration zones), they shall be consolidated into one provincial-level development zone.",
    ko: None,
    ambiguities: &["AMB-05", "AMB-06"],
    evaluation: Evaluation::Function,
};

/// art-02.d: Counties without a provincial zone may apply to upgrade an industrial concentration zone
pub static ART_02_D: RuleMeta = RuleMeta {
    id: "art-02.d",
    title: "Counties without a provincial zone may apply to upgrade an industrial concentration zone",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::EligibilityCheck, Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.CTY_GOV"],
    quote: "没有省级开发区的县(市),申请工业集中区晋升为省级开发区。",
    extra_quotes: &[],
    en: "A county (city) that has no provincial-level development zone [may] apply for its industrial concentration zone to be upgraded to a provincial-level development zone.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Function,
};
