//! Labels of the answers' own fields (every detail type's, by the serialised field name) and how
//! each value is shown. A test (`core/tests/words.rs`) checks that every field of every vector's
//! answer has a label here and that every coded value has a label in its enum.

use crate::params::SameLevelGov;
use crate::register::{DisqualificationReason, LandEvaluationKind, ZoneLevel};
use crate::rules::art06_parks::RevenueBasis;
use crate::rules::art11_land::{
    AnchorBasis, FeeKind, GraceStatus, LandFeeCondition, Procedure, Treatment, WorksKind,
};
use crate::rules::art12_administration::{Organ, Power};
use crate::rules::art14_assessment::{CardEnd, Measure, Standing, Trigger};
use crate::rules::art15_environment::EnvMeasure;
use crate::rules::art17_policy_support::FeeAllocation;
use crate::words::{Label, Lang, Stable, Table};

/// How a field's value is shown.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// As written (dates, numbers, ids, free text); flags as yes/no, lists joined.
    Plain,
    /// A recorded finding (`true`/`false`), `null` when none is recorded.
    Fact,
    /// Stable names of one of these enums, in words.
    Enum(&'static [Table]),
    /// Stable names of one of these enums, in words, one bullet per line.
    EnumLines(&'static [Table]),
    /// Agency, actor or county codes: the name in the language, then the code.
    Actor,
    /// `[min, max]`.
    Range,
    /// The year-by-year evidence of the assessment rules, one line per year.
    Years,
    /// An object: its fields on one line, each under its label.
    Object,
    /// A list of objects (fee lines, shares, revenue items): one line each.
    Objects,
    /// An amount in yuan.
    Yuan,
}

/// A field with its label.
#[derive(Debug)]
pub struct Field {
    /// The serialised (camelCase) name.
    pub name: &'static str,
    /// The label.
    pub label: Label,
    /// How its value is shown.
    pub shape: Shape,
}

/// A field's label (for the tables here and the computed rules' own `FIELDS`).
#[must_use]
pub const fn f(
    name: &'static str,
    zh: &'static str,
    ko: &'static str,
    en: &'static str,
    shape: Shape,
) -> Field {
    Field {
        name,
        label: Label { zh, ko, en },
        shape,
    }
}

/// Every field of the answers' details, in display order.
pub const FIELDS: &[Field] = &[
    f("due", "期限", "기한", "Due", Shape::Plain),
    f(
        "unadjustedDue",
        "顺延前期限",
        "연장 전 기한",
        "Due before roll-over",
        Shape::Plain,
    ),
    f(
        "daysLate",
        "逾期天数",
        "지연 일수",
        "Days late",
        Shape::Plain,
    ),
    f(
        "daysOverdue",
        "已逾期天数",
        "기한 경과 일수",
        "Days overdue",
        Shape::Plain,
    ),
    f(
        "daysRemaining",
        "剩余天数",
        "남은 일수",
        "Days remaining",
        Shape::Plain,
    ),
    f("year", "年度", "년도", "Year", Shape::Plain),
    f(
        "firstApplicableYear",
        "首个适用年度",
        "최초 적용 년도",
        "First applicable year",
        Shape::Plain,
    ),
    f(
        "count",
        "计入的会议次数",
        "산입된 회의 수",
        "Meetings counted",
        Shape::Plain,
    ),
    f(
        "required",
        "要求次数(至少)",
        "요구 횟수(최소)",
        "Required (at least)",
        Shape::Plain,
    ),
    f(
        "counted",
        "计入的会议日期",
        "산입된 회의 날자",
        "Dates counted",
        Shape::Plain,
    ),
    f(
        "firstHalf",
        "上半年(1至6月)计入次数",
        "상반기(1~6월) 산입 수",
        "Counted in January–June",
        Shape::Plain,
    ),
    f(
        "secondHalf",
        "下半年(7至12月)计入次数",
        "하반기(7~12월) 산입 수",
        "Counted in July–December",
        Shape::Plain,
    ),
    f(
        "yearComplete",
        "年度已结束",
        "년도 종료 여부",
        "Year complete",
        Shape::Plain,
    ),
    f("zoneId", "开发区", "개발구", "Zone", Shape::Plain),
    f("countyId", "县(市)", "현(시)", "County", Shape::Actor),
    f(
        "inScope",
        "属于本意见所称开发区",
        "본 의견의 개발구에 해당",
        "Within the opinion's scope",
        Shape::Plain,
    ),
    f(
        "nominalFinding",
        "主管机关的有名无实认定",
        "주관기관의 유명무실 인정",
        "Competent authority's finding of a zone in name only",
        Shape::Fact,
    ),
    f(
        "namedAs",
        "条文中的名称",
        "조문상 명칭",
        "Named in the clause as",
        Shape::Plain,
    ),
    f(
        "organ",
        "机构",
        "기구",
        "Organ",
        Shape::Enum(&[<Organ as Stable>::TABLE]),
    ),
    f(
        "dispatchedBy",
        "派出单位",
        "파출 주체",
        "Dispatched by",
        Shape::Actor,
    ),
    f(
        "powers",
        "行使的职能",
        "행사하는 직능",
        "Functions exercised",
        Shape::Enum(&[<Power as Stable>::TABLE]),
    ),
    f(
        "powerLevel",
        "“同级人民政府”的级别",
        "‘동급 인민정부’의 급별",
        "Level of “a people's government at the same level”",
        Shape::Enum(&[<SameLevelGov as Stable>::TABLE]),
    ),
    f(
        "countable",
        "计入的开发区",
        "산입된 개발구",
        "Zones counted",
        Shape::Plain,
    ),
    f(
        "mustMerge",
        "须整合",
        "통합 필요",
        "Must merge",
        Shape::Plain,
    ),
    f(
        "windowStart",
        "整合期起始日",
        "통합·최적화 기간 시작일",
        "Window starts",
        Shape::Plain,
    ),
    f(
        "windowEnd",
        "整合期截止日",
        "통합·최적화 기간 종료일",
        "Window ends",
        Shape::Plain,
    ),
    f(
        "leadingCount",
        "首位产业数",
        "수위산업 수",
        "Leading industries",
        Shape::Plain,
    ),
    f(
        "mainCount",
        "主攻产业数",
        "주공산업 수",
        "Main industries",
        Shape::Plain,
    ),
    f(
        "mainRange",
        "主攻产业数的要求",
        "주공산업 수 요구",
        "Main industries required",
        Shape::Range,
    ),
    f(
        "meetsHighTechCriteria",
        "符合省级高新区条件",
        "성급 고신구 조건 충족",
        "Meets the provincial high-tech zone criteria",
        Shape::Fact,
    ),
    f(
        "hitYears",
        "计入的年度",
        "산입 년도",
        "Years counted",
        Shape::Plain,
    ),
    f(
        "triggers",
        "触发情形",
        "발동 사유",
        "Triggered by",
        Shape::Enum(&[<Trigger as Stable>::TABLE]),
    ),
    f(
        "measures",
        "措施",
        "조치",
        "Measures",
        Shape::EnumLines(&[<Measure as Stable>::TABLE, <EnvMeasure as Stable>::TABLE]),
    ),
    f(
        "start",
        "措施起始日",
        "조치 시작일",
        "Measures start",
        Shape::Plain,
    ),
    f(
        "end",
        "黄牌解除日",
        "황패경고 해제일",
        "Yellow card ends",
        Shape::Plain,
    ),
    f(
        "endStatus",
        "黄牌何时解除",
        "황패경고 해제 상태",
        "When the yellow card ends",
        Shape::Enum(&[<CardEnd as Stable>::TABLE]),
    ),
    f(
        "rectifyBy",
        "限期整改截止日",
        "기한내 정돈 마감일",
        "Rectify by",
        Shape::Plain,
    ),
    f(
        "reapplyBanLastDay",
        "不得重新申报的最后一日",
        "재신청 금지 마지막 날",
        "Last day of the re-application ban",
        Shape::Plain,
    ),
    f(
        "reapplyAllowedFrom",
        "可重新申报之日",
        "재신청 가능일",
        "Re-application allowed from",
        Shape::Plain,
    ),
    f(
        "noPromotionUntil",
        "不得提拔的最后一日",
        "발탁 금지 마지막 날",
        "Last day of the promotion ban",
        Shape::Plain,
    ),
    f(
        "mergedInto",
        "并入规则",
        "병합된 규칙",
        "Merged into rule",
        Shape::Plain,
    ),
    f(
        "disqualifiedYear",
        "取消资格的年度",
        "자격 취소 년도",
        "Disqualified year",
        Shape::Plain,
    ),
    f(
        "overdueItems",
        "未按时建成的环保基础设施",
        "제때 완공되지 않은 환경보호 기초시설",
        "Environmental infrastructure not completed on time",
        Shape::Plain,
    ),
    f(
        "years",
        "逐年情况",
        "년도별 정황",
        "Year by year",
        Shape::Years,
    ),
    f("rank", "名次", "순위", "Rank", Shape::Plain),
    f(
        "populationSize",
        "参与排名的开发区数",
        "순위에 든 개발구 수",
        "Zones ranked",
        Shape::Plain,
    ),
    f(
        "rewardedByProvince",
        "受到省奖励",
        "성의 장려를 받음",
        "Rewarded by the province",
        Shape::Plain,
    ),
    f(
        "disqualifiedFor",
        "被取消考评资格的原因",
        "심사평가 자격 취소 사유",
        "Disqualified for",
        Shape::Enum(&[<DisqualificationReason as Stable>::TABLE]),
    ),
    f(
        "prefectureFindings",
        "州的认定",
        "주의 판정",
        "Prefecture's findings",
        Shape::Enum(&[<DisqualificationReason as Stable>::TABLE]),
    ),
    f(
        "standing",
        "所处名次段",
        "순위 구간",
        "Standing",
        Shape::Enum(&[<Standing as Stable>::TABLE]),
    ),
    f("hit", "计入", "산입", "Counted", Shape::Plain),
    f("projectId", "项目", "대상", "Project", Shape::Plain),
    f("personId", "人员", "인원", "Person", Shape::Plain),
    f("partyId", "合作方", "합작측", "Party", Shape::Actor),
    f("parcelId", "地块", "필지", "Parcel", Shape::Plain),
    f(
        "level",
        "级别",
        "급별",
        "Level",
        Shape::Enum(&[<ZoneLevel as Stable>::TABLE]),
    ),
    f(
        "compliesWithRelevantRegulations",
        "符合有关规定",
        "관련 규정 부합",
        "Meets the relevant regulations",
        Shape::Fact,
    ),
    f(
        "anchorYear",
        "周期起算年度",
        "주기 기산 년도",
        "Cycle starts",
        Shape::Plain,
    ),
    f(
        "anchorBasis",
        "起算依据",
        "기산 근거",
        "Cycle start from",
        Shape::Enum(&[<AnchorBasis as Stable>::TABLE]),
    ),
    f(
        "evaluationDue",
        "应开展的评价",
        "하여야 할 평가",
        "Evaluation due",
        Shape::Enum(&[<LandEvaluationKind as Stable>::TABLE]),
    ),
    f(
        "onRecord",
        "已有的评价",
        "기록된 평가",
        "Evaluations on record",
        Shape::Enum(&[<LandEvaluationKind as Stable>::TABLE]),
    ),
    f("satisfied", "已满足", "충족 여부", "Met", Shape::Fact),
    f(
        "status",
        "状态",
        "상태",
        "Status",
        Shape::Enum(&[<GraceStatus as Stable>::TABLE]),
    ),
    f(
        "graceStart",
        "过渡期起算日",
        "과도기간 기산일",
        "Grace starts",
        Shape::Plain,
    ),
    f(
        "graceEnd",
        "过渡期届满日",
        "과도기간 만료일(당일 포함)",
        "Grace ends (inclusive)",
        Shape::Plain,
    ),
    f(
        "procedure",
        "可采用的办理方式",
        "선택 가능한 처리 방식",
        "Permitted route",
        Shape::Enum(&[<Procedure as Stable>::TABLE]),
    ),
    f(
        "componentId",
        "分项",
        "세부 항목",
        "Component",
        Shape::Plain,
    ),
    f(
        "kind",
        "建设类型",
        "건설 류형",
        "Works",
        Shape::Enum(&[<WorksKind as Stable>::TABLE]),
    ),
    f(
        "fee",
        "费用",
        "비용",
        "Fee",
        Shape::Enum(&[<FeeKind as Stable>::TABLE]),
    ),
    f(
        "ruleId",
        "适用条款",
        "적용 조항",
        "Rule applied",
        Shape::Plain,
    ),
    f(
        "treatment",
        "减免",
        "감면",
        "Relief",
        Shape::Enum(&[<Treatment as Stable>::TABLE]),
    ),
    f(
        "basisYear",
        "到位资金年度",
        "도착자금 년도",
        "Year of funds",
        Shape::Plain,
    ),
    f("base", "基数", "기준액", "Base", Shape::Yuan),
    f("ratio", "比例", "비률", "Ratio", Shape::Plain),
    f(
        "reliefRatio",
        "减免比例",
        "감면 비률",
        "Relief ratio",
        Shape::Plain,
    ),
    f("relief", "减免额", "감면액", "Relief", Shape::Yuan),
    f("payable", "应缴", "납부액", "Payable", Shape::Yuan),
    f(
        "grossFloorAreaM2",
        "建筑面积(平方米)",
        "건축면적(㎡)",
        "Gross floor area (m²)",
        Shape::Plain,
    ),
    f(
        "failedConditions",
        "未满足的条件",
        "충족하지 못한 조건",
        "Conditions not met",
        Shape::Enum(&[<LandFeeCondition as Stable>::TABLE]),
    ),
    f(
        "missingFacts",
        "未记录的事实",
        "기록되지 않은 사실",
        "Facts not recorded",
        Shape::Plain,
    ),
    f("pool", "奖励总额", "장려 총액", "Reward pool", Shape::Yuan),
    f(
        "cap",
        "每项奖励上限",
        "건당 상한",
        "Cap per award",
        Shape::Yuan,
    ),
    f(
        "share",
        "均分份额",
        "균등 분배액",
        "Equal share",
        Shape::Yuan,
    ),
    f("amount", "金额", "금액", "Amount", Shape::Yuan),
    f("date", "日期", "날자", "Date", Shape::Plain),
    f(
        "basis",
        "处理",
        "처리",
        "Treatment",
        Shape::Enum(&[<RevenueBasis as Stable>::TABLE]),
    ),
    f(
        "eligibleTotal",
        "投产后收入",
        "생산 투입 후 수입",
        "Revenue after production start",
        Shape::Yuan,
    ),
    f(
        "excludedTotal",
        "投产前收入(不计入)",
        "생산 투입 전 수입(불산입)",
        "Revenue before production start, excluded",
        Shape::Yuan,
    ),
    f("shares", "分配", "분배", "Shares", Shape::Objects),
    f("items", "逐项", "항목별", "Item by item", Shape::Objects),
    f(
        "earmarkableRemainder",
        "扣除应计提后剩余",
        "적립 공제 후 잔여액",
        "Remainder after provisions",
        Shape::Yuan,
    ),
    f(
        "onTarget",
        "用于基础设施和土地开发",
        "기초시설·토지개발 사용액",
        "On infrastructure and land development",
        Shape::Yuan,
    ),
    f("shareOnTarget", "占比", "비률", "Share", Shape::Plain),
    f(
        "compliant",
        "属于“主要用于”",
        "‘주로 사용’ 해당",
        "\"Mainly\"",
        Shape::Plain,
    ),
    f(
        "taxRebates",
        "税收返还",
        "세수 환급",
        "Tax rebates",
        Shape::Yuan,
    ),
    f(
        "landPremiumRebates",
        "土地出让金收入返还",
        "토지양도금 수입 환급",
        "Land-premium rebates",
        Shape::Yuan,
    ),
    f(
        "dueToZone",
        "应返还开发区",
        "개발구 환급액",
        "Due to the zone",
        Shape::Yuan,
    ),
    f(
        "transferredToZone",
        "已拨付开发区",
        "개발구 지급액",
        "Passed to the zone",
        Shape::Yuan,
    ),
    f("shortfall", "差额", "부족액", "Shortfall", Shape::Yuan),
    f(
        "collector",
        "代收代缴单位",
        "대리 징수·납부 기관",
        "Collected by",
        Shape::Actor,
    ),
    f(
        "remitUpward",
        "上缴省和国家",
        "성·국가 상납",
        "Remitted to province and state",
        Shape::Yuan,
    ),
    f(
        "zoneRetains",
        "开发区管理和使用",
        "개발구 관리·사용",
        "Kept by the zone",
        Shape::Yuan,
    ),
    f(
        "unknownTotal",
        "待判断",
        "판단 대기",
        "Undecided",
        Shape::Yuan,
    ),
    f(
        "unknown",
        "目录外收费代码",
        "목록 외 비용 코드",
        "Codes not in the catalogue",
        Shape::Plain,
    ),
    f("feeCode", "收费代码", "비용 코드", "Fee code", Shape::Plain),
    f(
        "allocation",
        "去向",
        "귀속",
        "Goes to",
        Shape::Enum(&[<FeeAllocation as Stable>::TABLE]),
    ),
    f("order", "排序", "순위", "Order", Shape::Objects),
    f("place", "名次", "순위", "Place", Shape::Plain),
    f("inZone", "开发区内", "개발구 내", "In a zone", Shape::Plain),
    f("score", "评分", "점수", "Score", Shape::Plain),
    f(
        "zoneShareOfAwards",
        "开发区项目所获份额",
        "개발구 대상 점유 비률",
        "Zone projects' share of awards",
        Shape::Plain,
    ),
    f(
        "lines",
        "逐项计算",
        "항목별 산정",
        "Line by line",
        Shape::Objects,
    ),
    f("totals", "合计", "합계", "Totals", Shape::Object),
    f(
        "zoneQualified",
        "具备条件的认定",
        "조건 구비 인정",
        "Finding that the zone qualifies",
        Shape::Fact,
    ),
];

/// The field named `name`: a shared one of [`FIELDS`], or one a computed rule declares with its
/// detail type ([`crate::rules::Computed::FIELDS`]).
#[must_use]
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS
        .iter()
        .find(|f| f.name == name)
        .or_else(|| own_field(name))
}

/// The field named `name` among the computed rules' own fields.
#[must_use]
pub fn own_field(name: &str) -> Option<&'static Field> {
    struct Find<'a> {
        name: &'a str,
        found: Option<&'static Field>,
    }
    impl crate::rules::EachComputed for Find<'_> {
        fn each<T: crate::rules::Computed>(&mut self) {
            if self.found.is_none() {
                self.found = T::FIELDS.iter().find(|f| f.name == self.name);
            }
        }
    }
    let mut find = Find { name, found: None };
    crate::rules::for_each_computed(&mut find);
    find.found
}

/// Every computed rule's own fields, with the rule (for the test that no name is labelled twice).
#[must_use]
pub fn own_fields() -> alloc::vec::Vec<(crate::rules::RuleId, &'static Field)> {
    struct All(alloc::vec::Vec<(crate::rules::RuleId, &'static Field)>);
    impl crate::rules::EachComputed for All {
        fn each<T: crate::rules::Computed>(&mut self) {
            self.0.extend(T::FIELDS.iter().map(|f| (T::RULE, f)));
        }
    }
    let mut all = All(alloc::vec::Vec::new());
    crate::rules::for_each_computed(&mut all);
    all.0
}

/// The position of a field in the display order (unknown fields last).
#[must_use]
pub fn rank(name: &str) -> usize {
    FIELDS
        .iter()
        .position(|f| f.name == name)
        .unwrap_or(FIELDS.len())
}

/// The label of a coded value of field `name`, from the first of its enums that knows it.
#[must_use]
pub fn value_label(name: &str, code: &str, lang: Lang) -> Option<&'static str> {
    match field(name).map(|f| f.shape) {
        Some(Shape::Enum(lookups) | Shape::EnumLines(lookups)) => {
            lookups.iter().find_map(|t| t.label_of(code, lang))
        }
        _ => None,
    }
}
