//! (十一) 严格土地利用管理: land use.
//!
//! * art-11.b: the land intensive-use evaluation cycle (「三年一次全面评价,一年一次更新评价」):
//!   which kind is due in a year and whether it was done, from the register's `landEvaluations`.
//!   The cycle is anchored on the zone's earliest FULL evaluation on record, or on
//!   `landEvalAnchorYear` when the national cycle year is known (AMB-19).
//! * art-11.c: the priority order of expansion and adjustment applications (`priority.rs`):
//!   zones barred by a yellow card or art-15.a leave the queue, the others by evaluation result.
//! * art-11.e: the 5-year grace for reusing existing industrial property; the last day of the
//!   grace is `anchor + 5 years` by the period arithmetic of `period` (29 February + 5 years
//!   = 28 February) and is itself inside the grace.
//! * art-11.f: no land-transfer fee for approved own-land factory works that keep the land use;
//!   each failed condition is a reason, each unrecorded one is for a person.
//! * art-11.g: the urban infrastructure fee, per component of a project: waived for 改建/翻建
//!   with technical renovation, halved for 扩建/新建, full otherwise.
//!
//! Money is exact (`crate::money`): payable = base × (1 − waiver) rounded half up to the fen,
//! relief = base − payable, so `0 ≤ payable ≤ base` always holds.
//!
//! art-11.a (land in the county plan, major projects' land guaranteed) and art-11.d (clean-up
//! working groups) are open items: the text gives no computable condition beyond "done".

use alloc::string::String;

use crate::error::Error;
use crate::money::Money;
use crate::rules::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

/// art-11.a: Zone land in county land-use plan; guarantee land for major projects
pub static ART_11_A: RuleMeta = RuleMeta {
    id: "art-11.a",
    title: "Zone land in county land-use plan; guarantee land for major projects",
    title_zh: "开发区用地纳入县(市)用地规划,保障重大项目用地",
    title_ko: "개발구 용지의 현(시) 용지계획 포함, 중대 대상 용지 보장",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "各开发区用地纳入所在县(市)用地规划,有效保障开发区内重大项目用地需求。",
    extra_quotes: &[],
    en: "Zone land is included in the land-use plan of the host county (city); land demand of major projects in zones is effectively guaranteed.",
    ko: "각 개발구의 용지는 소재 현(시)의 용지계획에 포함시키고 개발구 내 중대 대상의 용지 수요를 효과적으로 보장한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-11.b: Land intensive-use evaluation: full every 3 years, update every year
pub static ART_11_B: RuleMeta = RuleMeta {
    id: "art-11.b",
    title: "Land intensive-use evaluation: full every 3 years, update every year",
    title_zh: "土地集约利用评价:三年一次全面评价、一年一次更新评价",
    title_ko: "토지 집약리용 평가: 3년에 1회 전면 평가, 1년에 1회 갱신 평가",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::RecurringDuty],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES"],
    owed_by: OwedBy::ClauseList,
    quote: "按照“三年一次全面评价,一年一次更新评价”工作要求,加强开发区土地集约利用评价结果运用",
    extra_quotes: &[],
    en: "In line with the requirement of 'a full evaluation once every three years and an update evaluation once a year', strengthen the use of zones' land intensive-use evaluation results.",
    ko: "“3년에 1회 전면 평가, 1년에 1회 갱신 평가” 사업 요구에 따라 개발구 토지 집약리용 평가 결과의 활용을 강화한다",
    ambiguities: &["AMB-19"],
    evaluation: Evaluation::Function,
};

/// art-11.c: Priority for expansion/adjustment to land-efficient zones
pub static ART_11_C: RuleMeta = RuleMeta {
    id: "art-11.c",
    title: "Priority for expansion/adjustment to land-efficient zones",
    title_zh: "优先支持土地集约利用成效明显的开发区扩区、调区",
    title_ko: "토지 절약·집약 리용 성과가 뚜렷한 개발구의 구역 확장·조정 우선 지원",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::PriorityRule],
    strength: Strength::Encouraged,
    bearers: &["AG.NATRES"],
    owed_by: OwedBy::Nobody,
    quote: "优先支持土地节约集约利用成效明显的开发区扩区、调区。",
    extra_quotes: &[],
    en: "Give priority support to expansion and boundary-adjustment of zones with marked results in economical and intensive land use.",
    ko: "토지 절약, 집약 리용 성과가 뚜렷한 개발구의 구역 확장, 구역 조정을 우선적으로 지원한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-11.d: Two-level project clean-up working groups; recover idle land
pub static ART_11_D: RuleMeta = RuleMeta {
    id: "art-11.d",
    title: "Two-level project clean-up working groups; recover idle land",
    title_zh: "组建州、县(市)两级项目清理工作组,收回闲置土地",
    title_ko: "주, 현(시) 2급 대상정리사업조 구성, 유휴 토지 회수",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "加大低效用地退出与再开发力度,组建州、县(市)两级项目清理工作组,专项解决停建项目和停产、半停产企业,盘活存量资产,收回闲置土地。",
    extra_quotes: &[],
    en: "Intensify exit and redevelopment of inefficiently used land; set up project clean-up working groups at prefecture and county levels to deal specifically with stalled projects and halted or semi-halted enterprises, revitalise existing assets and recover idle land.",
    ko: "저효률 용지의 퇴출과 재개발 력도를 높이고 주, 현(시) 2급 대상정리사업조를 구성하여 건설중지 대상과 생산중지, 반생산중지 기업을 전문적으로 해결하며 존량 자산을 활성화하고 유휴 토지를 회수한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-11.e: 5-year grace period for reusing existing industrial property
pub static ART_11_E: RuleMeta = RuleMeta {
    id: "art-11.e",
    title: "5-year grace period for reusing existing industrial property",
    title_zh: "利用存量工业房产的,5年内按原用途使用土地",
    title_ko: "기존 공업용 부동산 리용 시 5년 과도기간",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::EligibilityCheck, Kind::Deadline],
    strength: Strength::Permissive,
    bearers: &["AG.NATRES"],
    owed_by: OwedBy::Nobody,
    quote: "利用存量工业房产发展生产性服务业以及兴办创客空间、创新工场等众创空间的,可在5年内继续按原用途和土地权利类型使用土地,5年期满或涉及转让需办理相关用地手续的,可按新用途、新权利类型、市场价格,以协议方式办理。",
    extra_quotes: &[],
    en: "Where existing industrial property is used to develop producer services or to run maker spaces, innovation factories and other mass-innovation spaces, the land may continue to be used under its original use and type of land right for 5 years. When the 5 years expire, or where a transfer requires land procedures, the procedures may be completed by agreement (协议方式) at the new use, new right type and market price.",
    ko: "기존 공업용 부동산을 리용하여 생산성 봉사업을 발전시키거나 창업공간, 혁신공장 등 대중창업공간을 설립하는 경우 5년 내에는 원래의 용도와 토지권리 류형에 따라 계속 토지를 사용할 수 있으며, 5년 만료 또는 양도로 관련 용지 수속을 밟아야 하는 경우 새 용도, 새 권리 류형, 시장가격에 따라 협의 방식으로 처리할 수 있다.",
    ambiguities: &["AMB-20"],
    evaluation: Evaluation::Function,
};

/// art-11.f: No land-transfer fee for approved self-land rebuilds that keep the land use
pub static ART_11_F: RuleMeta = RuleMeta {
    id: "art-11.f",
    title: "No land-transfer fee for approved self-land rebuilds that keep the land use",
    title_zh: "自有土地建厂房不改变用途的,不再征收土地出让金",
    title_ko: "용도를 변경하지 않는 자가 토지 공장건물 건설: 토지양도금 징수하지 않음",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.NATRES", "AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区工业企业利用自有土地改建、翻建、扩建、新建厂房,经批准,对符合开发区总体规划和产业布局且不改变土地用途的,不再征收土地出让金。",
    extra_quotes: &[],
    en: "Industrial enterprises in zones are encouraged to reconstruct, rebuild, extend or newly build factory buildings on their own land. Where approved, and where the works conform to the zone's master plan and industrial layout and do not change the land use, no further land-transfer fee (land premium) is charged.",
    ko: "개발구 공업기업이 자가 토지를 리용하여 공장을 개축, 재건축, 확장건설, 신축하는 것을 고무하며, 비준을 거쳐 개발구 총체계획과 산업포치에 부합하고 토지 용도를 변경하지 않는 경우 토지양도금을 더 이상 징수하지 않는다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-11.g: Urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建)
pub static ART_11_G: RuleMeta = RuleMeta {
    id: "art-11.g",
    title: "Urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建)",
    title_zh: "城市基础设施配套费:改建、翻建免征,扩建、新建减半",
    title_ko: "도시기초시설 부대비용: 개축·재건축 면제, 확장건설·신축 반감 징수",
    clause: "(十一)",
    clause_title: "严格土地利用管理",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.HOUSING", "AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区企业通过提质扩能提高自主创新能力,对企业通过改建、翻建实施技术改造的,免征城市基础设施配套费;对扩建、新建的,减半征收城市基础设施配套费。",
    extra_quotes: &[],
    en: "Zone enterprises are encouraged to improve quality and expand capacity to raise independent-innovation capability. Where an enterprise carries out technical renovation through reconstruction (改建) or rebuilding (翻建), the urban infrastructure supporting fee (城市基础设施配套费) is waived. For extensions (扩建) and new builds (新建), the fee is halved.",
    ko: "개발구 기업이 품질 제고와 생산능력 확대를 통하여 자주혁신능력을 높이도록 고무하며, 기업이 개축·재건축을 통하여 기술개조를 실시하는 경우 도시기초시설 부대비용을 면제하고, 확장건설·신축하는 경우 도시기초시설 부대비용을 반감하여 징수한다.",
    ambiguities: &["AMB-21", "AMB-22"],
    evaluation: Evaluation::Function,
};

fn invalid(
    path: impl Into<String>,
    problem: crate::error::Problem,
    detail: crate::error::Text,
) -> Error {
    Error::input(problem, path, detail)
}

fn options_error(path: &str, detail: crate::error::Text) -> Error {
    Error::options(crate::error::Problem::InvalidValue, path, detail)
}

fn total_error(path: &str, what: crate::words::Label) -> Error {
    let max = Money::MAX;
    let (zh, ko, en) = (what.zh, what.ko, what.en);
    Error::out_of_range(
        path,
        text!(zh: "{zh}合计超过 {max} 元的上限", ko: "{ko} 합계가 상한 {max}원을 넘습니다", en: "the total of {en} is above the limit of {max} yuan"),
    )
}

mod evaluation;
mod fees;
mod priority;
mod reuse;

pub(crate) use evaluation::REASON_CODES as EVALUATION_REASON_CODES;
pub use evaluation::*;
pub(crate) use fees::REASON_CODES as FEES_REASON_CODES;
pub use fees::*;
pub(crate) use priority::REASON_CODES as PRIORITY_REASON_CODES;
pub use priority::*;
pub(crate) use reuse::REASON_CODES as REUSE_REASON_CODES;
pub use reuse::*;
