//! (四) 加大招商引资力度.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-04.a: Prefecture-wide coordination mechanism and information-sharing platform
pub static ART_04_A: RuleMeta = RuleMeta {
    id: "art-04.a",
    title: "Prefecture-wide coordination mechanism and information-sharing platform",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.GOVDIGI"],
    quote: "建立健全全州招商引资统筹机制,搭建全州招商引资信息共享平台,做到统一招商区域品牌、统筹招商项目布局,避免各开发区自相竞争、同质化发展。",
    extra_quotes: &[],
    en: "Establish and improve a prefecture-wide coordination mechanism for investment promotion; build a prefecture-wide investment-promotion information-sharing platform; unify the regional investment brand and coordinate the siting of projects; avoid zones competing against one another and developing homogeneously.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-04.b: Benefit-compensation mechanism
pub static ART_04_B: RuleMeta = RuleMeta {
    id: "art-04.b",
    title: "Benefit-compensation mechanism",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    quote: "创新招商引资方式,建立利益补偿机制。",
    extra_quotes: &[],
    en: "Innovate investment-promotion methods and establish a benefit-compensation mechanism.",
    ko: None,
    ambiguities: &["AMB-34"],
    evaluation: Evaluation::OpenItem,
};

/// art-04.c: Zones may set local incentives, incl. "one enterprise, one policy"
pub static ART_04_C: RuleMeta = RuleMeta {
    id: "art-04.c",
    title: "Zones may set local incentives, incl. \"one enterprise, one policy\"",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    quote: "支持各开发区因地制宜制订招商引资优惠政策,允许开发区在权限内实行“一企一策”“一业一策”。",
    extra_quotes: &[],
    en: "Support zones in formulating investment incentives suited to local conditions. Zones are permitted, within their authority, to apply 'one policy per enterprise' and 'one policy per industry'.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("needs each zone's catalogue of powers (「在权限内」); not yet encoded"),
};

/// art-04.d: One-time investment-promotion reward as a proportion of funds in place that year
pub static ART_04_D: RuleMeta = RuleMeta {
    id: "art-04.d",
    title: "One-time investment-promotion reward as a proportion of funds in place that year",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::Reward],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    quote: "各开发区可根据实际情况,建立招商引资专项奖励资金,对引进项目做出突出贡献的人员,按照项目当年到位资金的一定比例,给予一次性适当奖励。",
    extra_quotes: &[],
    en: "Each zone may, as circumstances allow, set up a special investment-promotion reward fund and give persons who made an outstanding contribution to bringing in a project a one-time, appropriate reward equal to a certain proportion of the project's funds in place in that year.",
    ko: None,
    ambiguities: &["AMB-14", "AMB-15", "AMB-16", "AMB-35"],
    evaluation: Evaluation::Planned("money rule of the fees and money issue"),
};

/// art-04.e: Relaxed quota for outbound investment-promotion trips
pub static ART_04_E: RuleMeta = RuleMeta {
    id: "art-04.e",
    title: "Relaxed quota for outbound investment-promotion trips",
    clause: "(四)",
    clause_title: "加大招商引资力度",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.FAO"],
    quote: "经外事主管部门审核同意,招商人员因公临时赴国(境)外执行招商任务时,出访人次及批次可根据实际工作情况予以适当放宽。",
    extra_quotes: &[],
    en: "With the review and consent of the competent foreign-affairs authority, when investment-promotion staff travel abroad (or outside the mainland) temporarily on official business to carry out investment-promotion tasks, the number of persons and of delegations may be appropriately relaxed according to actual needs.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("a permission check on outbound trips; not yet encoded"),
};
