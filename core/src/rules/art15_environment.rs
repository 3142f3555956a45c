//! (十五) 强化环境资源安全监管.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-15.a: Sanction: environmental infrastructure not completed on time → no expansion/adjustment/upgrade/assessment that year
pub static ART_15_A: RuleMeta = RuleMeta {
    id: "art-15.a",
    title: "Sanction: environmental infrastructure not completed on time → no expansion/adjustment/upgrade/assessment that year",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["AG.ECOENV"],
    quote: "对未按规定按时完成环保基础设施建设的开发区,取消当年扩区、调区、晋升及考评资格。",
    extra_quotes: &[],
    en: "A zone that has not completed environmental-protection infrastructure as required and on time is disqualified, for that year, from expansion, boundary adjustment, upgrading and assessment.",
    ko: None,
    ambiguities: &["AMB-28"],
    evaluation: Evaluation::Function,
};

/// art-15.b: Plan coordination; safety distances for hazardous-chemical enterprises
pub static ART_15_B: RuleMeta = RuleMeta {
    id: "art-15.b",
    title: "Plan coordination; safety distances for hazardous-chemical enterprises",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["AG.ECOENV", "AG.EMERG"],
    quote: "加强开发区各相关规划的衔接,严格执行危险化学品企业安全生产和环境保护所需的防护距离,促进产业发展与人居环境相和谐。",
    extra_quotes: &[],
    en: "Strengthen coordination of the zone's various plans; strictly enforce the protective distances required for safe production and environmental protection around hazardous-chemical enterprises.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("needs the protective-distance standards (external data); not yet encoded"),
};

/// art-15.c: Planning and construction safety management; enforcement capacity
pub static ART_15_C: RuleMeta = RuleMeta {
    id: "art-15.c",
    title: "Planning and construction safety management; enforcement capacity",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.EMERG"],
    quote: "加强开发区规划、建设安全管理,强化安全执法能力建设和安全监管责任体系建设。",
    extra_quotes: &[],
    en: "Strengthen safety management of zone planning and construction; build safety-enforcement capacity and a safety-supervision responsibility system.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("not measurable in the text: no indicator or threshold is given"),
};

/// art-15.d: Hire qualified consultants
pub static ART_15_D: RuleMeta = RuleMeta {
    id: "art-15.d",
    title: "Hire qualified consultants",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    quote: "鼓励和支持开发区聘请有资质的咨询机构、专家团队提供技术咨询和专业培训",
    extra_quotes: &[],
    en: "Encourage and support zones in engaging qualified consultancies and expert teams for technical advice and training.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("an encouragement (ENCOURAGED) with no condition to check"),
};
