//! (十) 理顺财税管理体制.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-10.a: Provincial-and-above zones may set up first-level finance and treasury
pub static ART_10_A: RuleMeta = RuleMeta {
    id: "art-10.a",
    title: "Provincial-and-above zones may set up first-level finance and treasury",
    clause: "(十)",
    clause_title: "理顺财税管理体制",
    kinds: &[Kind::PowerGrant, Kind::EligibilityCheck],
    strength: Strength::Permissive,
    bearers: &["AG.FINANCE"],
    quote: "省级以上开发区可根据有关规定设立一级财政和一级国库,并建立与地方政府合理的投入和收益分配制度。",
    extra_quotes: &[],
    en: "Zones at provincial level or above may, in accordance with relevant regulations, establish a first-level public finance (一级财政) and a first-level treasury (一级国库), and establish a reasonable system with the local government for sharing inputs and revenues.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("eligibility rule of the fees and money issue"),
};

/// art-10.b: Earmarking of the county-retained share of zone land revenue
pub static ART_10_B: RuleMeta = RuleMeta {
    id: "art-10.b",
    title: "Earmarking of the county-retained share of zone land revenue",
    clause: "(十)",
    clause_title: "理顺财税管理体制",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.FINANCE", "AG.CTY_GOV"],
    quote: "开发区土地收益中的县(市)留成部分,扣除应计提后剩余部分,主要用于开发区基础设施建设和土地开发。",
    extra_quotes: &[],
    en: "Of the county (city)-retained portion of a zone's land revenue, the remainder after the mandatory provisions (应计提) are deducted shall be used mainly for the zone's infrastructure construction and land development.",
    ko: None,
    ambiguities: &["AMB-18"],
    evaluation: Evaluation::Planned("money rule of the fees and money issue"),
};
