//! (一) 强化规划引领.

use super::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

// The reason codes this file gives (stable: never renamed or reused); none yet: a rule computed
// here declares its codes in this block.
reason_codes! {}

/// art-01.a: Prepare a prefecture-wide master development plan for zones
pub static ART_01_A: RuleMeta = RuleMeta {
    id: "art-01.a",
    title: "Prepare a prefecture-wide master development plan for zones",
    title_zh: "组织编制全州开发区总体发展规划",
    title_ko: "전 주 개발구 총체발전계획 편성",
    clause: "(一)",
    clause_title: "强化规划引领",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.HOUSING", "AG.NATRES"],
    owed_by: OwedBy::ClauseList,
    quote: "按照“长远发展、跨越发展、特色发展、区域协调发展”的原则, 组织编制全州开发区总体发展规划,明确开发区的数量规模、管理体制、产业引导和未来发展方向,引导全州开发区错位发展、互补发展。",
    extra_quotes: &[],
    en: "Following the principles of 'long-term, leap-forward, distinctive and regionally coordinated development', organise the preparation of an overall development plan for the prefecture's development zones. The plan specifies the number and scale of zones, their management systems, industrial guidance and future direction, and guides the zones toward differentiated, complementary development.",
    ko: "“장원한 발전, 비약식 발전, 특색 발전, 지역 조률 발전”의 원칙에 따라 전 주 개발구 총체발전계획을 조직하여 편성하고 개발구의 수량과 규모, 관리체제, 산업 인도와 미래 발전방향을 명확히 하여 전 주 개발구의 차별화 발전, 상호 보완 발전을 인도한다.",
    ambiguities: &["AMB-29", "AMB-33"],
    evaluation: Evaluation::OpenItem,
};

/// art-01.b: Each zone starts a new round of plan revision
pub static ART_01_B: RuleMeta = RuleMeta {
    id: "art-01.b",
    title: "Each zone starts a new round of plan revision",
    title_zh: "各开发区启动新一轮规划修编",
    title_ko: "각 개발구의 새 한 차례 계획 수정편성 가동",
    clause: "(一)",
    clause_title: "强化规划引领",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "各开发区要结合本地经济发展现状、资源和环境条件、产业基础和特点,启动新一轮规划修编工作,科学确定开发区的空间布局、产业定位和建设运营模式等,推动开发区科学有序发展。",
    extra_quotes: &[],
    en: "Each zone shall, in light of local economic conditions, resources and environment, and industrial base, start a new round of plan revision that determines its spatial layout, industrial positioning and construction/operation model.",
    ko: "각 개발구는 현지의 경제발전 현황, 자원과 환경 조건, 산업 기초와 특점을 결부하여 새로운 한 차례의 계획 수정편성 사업을 가동하고 개발구의 공간포치, 산업 정위와 건설·운영 모식 등을 과학적으로 확정하여 개발구의 과학적이고 질서 있는 발전을 추진하여야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};
