//! (十七) 加大政策支持力度.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-17.a: Provincial tax rebates and land-premium rebates pass 100% to the zone
pub static ART_17_A: RuleMeta = RuleMeta {
    id: "art-17.a",
    title: "Provincial tax rebates and land-premium rebates pass 100% to the zone",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.FINANCE"],
    quote: "省政府兑现给开发区的税收返还和土地出让金收入返还,全部返还开发区使用。",
    extra_quotes: &[],
    en: "Tax rebates and land-transfer-fee revenue rebates that the provincial government honours for zones are returned in full to the zones for their use.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("money rule of the fees and money issue"),
};

/// art-17.b: Administrative fees in the zone: collected by the MC; retained except items that must go to province/state
pub static ART_17_B: RuleMeta = RuleMeta {
    id: "art-17.b",
    title: "Administrative fees in the zone: collected by the MC; retained except items that must go to province/state",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE_MC", "AG.FINANCE"],
    quote: "开发区行政区域内行政事业性收费,均由开发区管委会代收代缴,除相关法律法规有明确规定需上缴省和国家的项目和费用外,由开发区管理和使用。",
    extra_quotes: &[],
    en: "All administrative and institutional fees within the zone's administrative area are collected and remitted on others' behalf by the zone management committee. Except for items and fees that laws and regulations expressly require to be remitted to the province and the state, the fees are managed and used by the zone.",
    ko: None,
    ambiguities: &["AMB-39"],
    evaluation: Evaluation::Planned("money rule of the fees and money issue"),
};

/// art-17.c: Integrate existing special funds; earmark a zone portion
pub static ART_17_C: RuleMeta = RuleMeta {
    id: "art-17.c",
    title: "Integrate existing special funds; earmark a zone portion",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.FINANCE", "AG.DRC", "AG.MIIT"],
    quote: "统筹整合利用发改、工信等部门现有专项资金,明确用于开发区改革和创新发展部分。",
    extra_quotes: &[],
    en: "Integrate existing special funds of the development-and-reform, industry-and-IT and other departments, and specify the portion to be used for zone reform and innovative development.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-17.d: Tilt special funds toward zones; tie-break in favour of zone projects
pub static ART_17_D: RuleMeta = RuleMeta {
    id: "art-17.d",
    title: "Tilt special funds toward zones; tie-break in favour of zone projects",
    clause: "(十七)",
    clause_title: "加大政策支持力度",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS", "AG.CTY_GOV"],
    quote: "州直各相关部门、各县(市)在安排产业扶持、科技创新、生态环保等专项资金时要向开发区倾斜,产业转型升级发展等各类基金项目同等条件下要优先安排在开发区。",
    extra_quotes: &[],
    en: "When allocating special funds for industrial support, scientific and technological innovation, ecology and environmental protection, etc., prefecture departments and counties shall tilt them toward zones. For fund-financed projects such as industrial transformation and upgrading, projects in zones are given priority under equal conditions.",
    ko: None,
    ambiguities: &["AMB-40"],
    evaluation: Evaluation::Planned("tie-break rule of the fees and money issue"),
};
