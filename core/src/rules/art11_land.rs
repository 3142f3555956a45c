//! (十一) 严格土地利用管理.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-11.a: Zone land in county land-use plan; guarantee land for major projects
pub static ART_11_A: RuleMeta = RuleMeta {
    id: "art-11.a",
    title: "Zone land in county land-use plan; guarantee land for major projects",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES"],
    quote: "各开发区用地纳入所在县(市)用地规划,有效保障开发区内重大项目用地需求。",
    extra_quotes: &[],
    en: "Zone land is included in the land-use plan of the host county (city); land demand of major projects in zones is effectively guaranteed.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-11.b: Land intensive-use evaluation: full every 3 years, update every year
pub static ART_11_B: RuleMeta = RuleMeta {
    id: "art-11.b",
    title: "Land intensive-use evaluation: full every 3 years, update every year",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::RecurringDuty],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES"],
    quote: "按照“三年一次全面评价,一年一次更新评价”工作要求,加强开发区土地集约利用评价结果运用",
    extra_quotes: &[],
    en: "In line with the requirement of 'a full evaluation once every three years and an update evaluation once a year', strengthen the use of zones' land intensive-use evaluation results.",
    ko: None,
    ambiguities: &["AMB-19"],
    evaluation: Evaluation::Planned("recurring duty of the fees and land issue"),
};

/// art-11.c: Priority for expansion/adjustment to land-efficient zones
pub static ART_11_C: RuleMeta = RuleMeta {
    id: "art-11.c",
    title: "Priority for expansion/adjustment to land-efficient zones",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Encouraged,
    bearers: &["AG.NATRES"],
    quote: "优先支持土地节约集约利用成效明显的开发区扩区、调区。",
    extra_quotes: &[],
    en: "Give priority support to expansion and boundary-adjustment of zones with marked results in economical and intensive land use.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("an advisory priority ordering; not yet encoded"),
};

/// art-11.d: Two-level project clean-up working groups; recover idle land
pub static ART_11_D: RuleMeta = RuleMeta {
    id: "art-11.d",
    title: "Two-level project clean-up working groups; recover idle land",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.CTY_GOV"],
    quote: "加大低效用地退出与再开发力度,组建州、县(市)两级项目清理工作组,专项解决停建项目和停产、半停产企业,盘活存量资产,收回闲置土地。",
    extra_quotes: &[],
    en: "Intensify exit and redevelopment of inefficiently used land; set up project clean-up working groups at prefecture and county levels to deal specifically with stalled projects and halted or semi-halted enterprises, revitalise existing assets and recover idle land.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-11.e: 5-year grace period for reusing existing industrial property
pub static ART_11_E: RuleMeta = RuleMeta {
    id: "art-11.e",
    title: "5-year grace period for reusing existing industrial property",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::EligibilityCheck, Kind::Deadline],
    strength: Strength::Permissive,
    bearers: &["AG.NATRES"],
    quote: "利用存量工业房产发展生产性服务业以及兴办创客空间、创新工场等众创空间的,可在5年内继续按原用途和土地权利类型使用土地,5年期满或涉及转让需办理相关用地手续的,可按新用途、新权利类型、市场价格,以协议方式办理。",
    extra_quotes: &[],
    en: "Where existing industrial property is used to develop producer services or to run maker spaces, innovation factories and other mass-innovation spaces, the land may continue to be used under its original use and type of land right for 5 years. When the 5 years expire, or where a transfer requires land procedures, the procedures may be completed by agreement (协议方式) at the new use, new right type and market price.",
    ko: None,
    ambiguities: &["AMB-20"],
    evaluation: Evaluation::Planned("land rule of the fees and land issue"),
};

/// art-11.f: No land-transfer fee for approved self-land rebuilds that keep the land use
pub static ART_11_F: RuleMeta = RuleMeta {
    id: "art-11.f",
    title: "No land-transfer fee for approved self-land rebuilds that keep the land use",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.FINANCE"],
    quote: "鼓励开发区工业企业利用自有土地改建、翻建、扩建、新建厂房,经批准,对符合开发区总体规划和产业布局且不改变土地用途的,不再征收土地出让金。",
    extra_quotes: &[],
    en: "Industrial enterprises in zones are encouraged to reconstruct, rebuild, extend or newly build factory buildings on their own land. Where approved, and where the works conform to the zone's master plan and industrial layout and do not change the land use, no further land-transfer fee (land premium) is charged.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("fee rule of the fees and land issue"),
};

/// art-11.g: Urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建)
pub static ART_11_G: RuleMeta = RuleMeta {
    id: "art-11.g",
    title: "Urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建)",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.HOUSING", "AG.FINANCE"],
    quote: "鼓励开发区企业通过提质扩能提高自主创新能力,对企业通过改建、翻建实施技术改造的,免征城市基础设施配套费;对扩建、新建的,减半征收城市基础设施配套费。",
    extra_quotes: &[],
    en: "Zone enterprises are encouraged to improve quality and expand capacity to raise independent-innovation capability. Where an enterprise carries out technical renovation through reconstruction (改建) or rebuilding (翻建), the urban infrastructure supporting fee (城市基础设施配套费) is waived. For extensions (扩建) and new builds (新建), the fee is halved.",
    ko: None,
    ambiguities: &["AMB-21", "AMB-22"],
    evaluation: Evaluation::Planned("fee rule of the fees and land issue"),
};
