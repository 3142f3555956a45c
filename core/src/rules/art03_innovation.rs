//! (三) 加快实施创新驱动.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-03.a: Qualified provincial zones may apply to become provincial high-tech zones
pub static ART_03_A: RuleMeta = RuleMeta {
    id: "art-03.a",
    title: "Qualified provincial zones may apply to become provincial high-tech zones",
    clause: "(三)",
    clause_title: "加快实施创新驱动",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    quote: "支持具备条件的省级开发区按照程序申请设立省级高新区。",
    extra_quotes: &[],
    en: "Support provincial-level zones that meet the conditions in applying, through the prescribed procedure, to establish provincial high-tech zones.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-03.b: Priority siting of R&D platforms in qualified zones
pub static ART_03_B: RuleMeta = RuleMeta {
    id: "art-03.b",
    title: "Priority siting of R&D platforms in qualified zones",
    clause: "(三)",
    clause_title: "加快实施创新驱动",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Encouraged,
    bearers: &["AG.SCITECH"],
    quote: "支持开发区内企业技术中心建设,在有条件的开发区优先布局研究中心、工程实验室、国家(部门)重点实验室、国家地方联合创新平台、产业技术研究院,创建国家级自主创新示范区。",
    extra_quotes: &[],
    en: "Support enterprise technology centres in zones; site research centres, engineering laboratories, national (ministerial) key laboratories, national-local joint innovation platforms and industrial technology institutes preferentially in qualified zones; strive to create a national independent-innovation demonstration zone.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("an advisory ordering of candidate R&D sites; not yet encoded"),
};

/// art-03.c: Encourage mass-entrepreneurship platforms and innovation services
pub static ART_03_C: RuleMeta = RuleMeta {
    id: "art-03.c",
    title: "Encourage mass-entrepreneurship platforms and innovation services",
    clause: "(三)",
    clause_title: "加快实施创新驱动",
    kinds: &[Kind::Obligation],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    quote: "鼓励开发区发展众创空间、大学科技园、科技企业孵化器等创业服务平台,构建公共技术服务平台,完善融资、咨询、培训、场所等创新服务",
    extra_quotes: &[],
    en: "Encourage zones to develop maker spaces, university science parks, technology-business incubators and other start-up service platforms; build public technology service platforms; improve financing, consulting, training and premises services.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("an encouragement with no pass/fail condition; at most an advisory count of platforms"),
};
