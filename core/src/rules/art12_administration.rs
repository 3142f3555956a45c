//! (十二) 提高行政管理效率.

use super::{Evaluation, Kind, RuleMeta, Strength};

/// art-12.a: Standardise institutions, staffing and leadership posts
pub static ART_12_A: RuleMeta = RuleMeta {
    id: "art-12.a",
    title: "Standardise institutions, staffing and leadership posts",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_PARTY_GOV"],
    quote: "全面理顺地方党委、政府与开发区关系,落实中央有关开发区机构编制规范管理要求,进一步规范开发区机构、编制和领导职数。",
    extra_quotes: &[],
    en: "Fully straighten out relations between local party committees/governments and the zones; implement central requirements on standardised management of zone institutions and staffing; further standardise zone institutions, staffing and the number of leadership posts.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-12.b: Four named zones: PWC and MC are dispatched agencies of the Prefecture
pub static ART_12_B: RuleMeta = RuleMeta {
    id: "art-12.b",
    title: "Four named zones: PWC and MC are dispatched agencies of the Prefecture",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Definition, Kind::PowerGrant],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY", "ACT.PREF_GOV"],
    quote: "珲春边境经济合作区、延吉高新技术产业开发区、和龙边境经济合作区、延吉国际空港经济开发区的党工委与管委会,分别为州委、州政府的派出机构,代表州委、州政府领导开发区的各项工作,行使同级人民政府的行政审批、经济协调与管理职能。",
    extra_quotes: &[],
    en: "The Party Working Committees and Management Committees of the Hunchun Border Economic Cooperation Zone, the Yanji High-Tech Industrial Development Zone, the Helong Border Economic Cooperation Zone and the Yanji International Airport Economic Development Zone are, respectively, dispatched agencies (派出机构) of the Prefecture Party Committee and of the Prefecture Government. On their behalf they lead all work of the zone and exercise the administrative-approval, economic-coordination and management functions of a people's government at the same level.",
    ko: None,
    ambiguities: &["AMB-23"],
    evaluation: Evaluation::Function,
};

/// art-12.c: Counties may grant equal or greater powers to their provincial zones
pub static ART_12_C: RuleMeta = RuleMeta {
    id: "art-12.c",
    title: "Counties may grant equal or greater powers to their provincial zones",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.CTY_PARTY_GOV"],
    quote: "各县(市)结合自身实际,参照州里做法,对具备条件的辖区内省级开发区授予同等管理权限或更多发展自主权。",
    extra_quotes: &[],
    en: "Each county (city), in light of its situation and with reference to the prefecture's practice, [may] grant qualified provincial-level zones in its jurisdiction equal management powers or greater development autonomy.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("「具备条件」 is undefined and the grant is discretionary (可): nothing to decide mechanically"),
};

/// art-12.d: Responsibility follows delegated power
pub static ART_12_D: RuleMeta = RuleMeta {
    id: "art-12.d",
    title: "Responsibility follows delegated power",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    quote: "按照权责对等原则,开发区对上级部门下放或赋予权力承担相应责任。",
    extra_quotes: &[],
    en: "On the principle that powers and responsibilities match, a zone bears the corresponding responsibility for powers devolved or granted by higher authorities.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("a principle (responsibility follows delegated power) with no act or condition to check"),
};

/// art-12.e: Devolve economic-management powers to zones
pub static ART_12_E: RuleMeta = RuleMeta {
    id: "art-12.e",
    title: "Devolve economic-management powers to zones",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS", "AG.CTY_GOV"],
    quote: "州直有关部门、各县(市)要按照“能放皆放、权力责任一致、职责能力匹配”的原则,以直接下放、授权或委托形式,依法有序向开发区下放经济管理权限。",
    extra_quotes: &[],
    en: "Relevant prefecture departments and each county (city) shall, on the principles of 'devolve everything that can be devolved; consistent power and responsibility; duties matched to capacity', lawfully and in order devolve economic-management powers to zones by direct devolution, authorisation or entrustment.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-12.f: One-stop service platform; "one seal"; "run at most once"
pub static ART_12_F: RuleMeta = RuleMeta {
    id: "art-12.f",
    title: "One-stop service platform; \"one seal\"; \"run at most once\"",
    clause: "(十二)",
    clause_title: "提高行政管理效率",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    quote: "各开发区应设立综合服务平台,大力推行“互联网+政务服务”和并联审批等模式,全面推行 “一枚公章管审批”,加快实现“办事不出区”和“只跑一次”。",
    extra_quotes: &[],
    en: "Each zone shall set up a comprehensive service platform, vigorously apply 'Internet + government services' and parallel approval, fully apply 'one official seal for all approvals', and speed up achieving 'handle matters without leaving the zone' and 'at most one trip'.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};
