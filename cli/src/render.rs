//! The human explanation of an answer, rendered from the JSON envelope alone.
//!
//! The renderer knows the envelope (catalog §6.2: `outcomeLabel`, `reasons`, `needsHuman`,
//! `clause`, `paramsUsed`, `rulebook`, `citation`) and treats every other field as the rule's own,
//! listed by name. Fields it has a label for are shown with that label, in a fixed order, and
//! their coded values (measures, triggers, standings, actor codes) in words; any other field is
//! shown under its JSON name, so a new rule is explained without changing this file. The
//! language is the answer's own `lang`.

use std::fmt::Write as _;

use devzone_rules::agencies;
use devzone_rules::Lang;
use serde_json::{Map, Value};

/// One text in the three languages.
#[derive(Clone, Copy, Debug)]
pub struct T {
    pub zh: &'static str,
    pub en: &'static str,
    pub ko: &'static str,
}

impl T {
    /// The text in `lang`.
    pub const fn pick(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

pub const fn t(zh: &'static str, en: &'static str, ko: &'static str) -> T {
    T { zh, en, ko }
}

/// Envelope fields: shown in their own sections, never as rule fields.
const ENVELOPE: &[&str] = &[
    "ruleId",
    "citation",
    "clause",
    "outcome",
    "outcomeLabel",
    "reasons",
    "needsHuman",
    "paramsUsed",
    "ambiguities",
    "lang",
    "rulebook",
    "illustrative",
];

/// The marker of an answer, finding or line that rests on made-up (ILLUSTRATIVE) records.
pub const fn illustrative_marker(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "[示例]",
        Lang::En => "[illustrative]",
        Lang::Ko => "[예시]",
    }
}

/// Whether a view says it rests on made-up records (`illustrative: true`).
pub fn is_illustrative(obj: &Map<String, Value>) -> bool {
    obj.get("illustrative").and_then(Value::as_bool) == Some(true)
}

/// Rule fields shown in the headline, after the outcome, when present.
const HEADLINE: &[&str] = &["due", "year"];

/// The fixed texts of the explanation in one language.
pub struct Labels {
    pub colon: &'static str,
    pub list_sep: &'static str,
    pub reasons: &'static str,
    pub needs_human: &'static str,
    pub details: &'static str,
    clause: &'static str,
    original: &'static str,
    rendering: &'static str,
    params_used: &'static str,
    ambiguities: &'static str,
    pub rulebook: &'static str,
    pub source_sha256: &'static str,
    citation: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub none: &'static str,
}

const ZH: Labels = Labels {
    colon: "：",
    list_sep: "、",
    reasons: "理由",
    needs_human: "需人工判断",
    details: "详情",
    clause: "条款",
    original: "原文",
    rendering: "原文",
    params_used: "所用参数",
    ambiguities: "所依据的歧义登记条目",
    rulebook: "规则库版本",
    source_sha256: "原文 SHA-256",
    citation: "引用",
    yes: "是",
    no: "否",
    none: "无",
};

const EN: Labels = Labels {
    colon: ": ",
    list_sep: ", ",
    reasons: "Reasons",
    needs_human: "Needs human review",
    details: "Details",
    clause: "Clause",
    original: "Original (zh)",
    rendering: "English rendering",
    params_used: "Parameters used",
    ambiguities: "Ambiguity register entries relied on",
    rulebook: "Rulebook version",
    source_sha256: "Source SHA-256",
    citation: "Citation",
    yes: "yes",
    no: "no",
    none: "none",
};

const KO: Labels = Labels {
    colon: ": ",
    list_sep: ", ",
    reasons: "이유",
    needs_human: "인적 검토 필요",
    details: "세부 사항",
    clause: "조항",
    original: "원문(중국어)",
    rendering: "한국어 번역",
    params_used: "사용된 매개변수",
    ambiguities: "의거한 모호성 등록 항목",
    rulebook: "규칙집 버전",
    source_sha256: "원문 SHA-256",
    citation: "인용",
    yes: "예",
    no: "아니요",
    none: "없음",
};

/// The fixed texts in `lang`.
pub const fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

/// How a rule field's value is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// As written (dates, numbers, ids, free text); flags as yes/no, lists joined.
    Plain,
    /// A recorded finding (`true`/`false`), `null` when none is recorded.
    Fact,
    /// Codes with a rendering in [`VALUES`] (measures, triggers, powers, …).
    Coded,
    /// Codes with a rendering in [`VALUES`], one bullet per line.
    CodedLines,
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

/// A rule field with a label.
struct Field {
    name: &'static str,
    label: T,
    shape: Shape,
}

const fn f(name: &'static str, label: T, shape: Shape) -> Field {
    Field { name, label, shape }
}

/// Labels of the rule fields known so far, in display order.
const FIELDS: &[Field] = &[
    f("due", t("期限", "Due", "기한"), Shape::Plain),
    f(
        "unadjustedDue",
        t("顺延前期限", "Due before roll-over", "연장 전 기한"),
        Shape::Plain,
    ),
    f(
        "daysLate",
        t("逾期天数", "Days late", "지연 일수"),
        Shape::Plain,
    ),
    f(
        "daysOverdue",
        t("已逾期天数", "Days overdue", "기한 경과 일수"),
        Shape::Plain,
    ),
    f(
        "daysRemaining",
        t("剩余天数", "Days remaining", "남은 일수"),
        Shape::Plain,
    ),
    f("year", t("年度", "Year", "연도"), Shape::Plain),
    f(
        "firstApplicableYear",
        t("首个适用年度", "First applicable year", "최초 적용 연도"),
        Shape::Plain,
    ),
    f(
        "count",
        t("计入的会议次数", "Meetings counted", "산입된 회의 수"),
        Shape::Plain,
    ),
    f(
        "required",
        t("要求次数(至少)", "Required (at least)", "요구 횟수(최소)"),
        Shape::Plain,
    ),
    f(
        "counted",
        t("计入的会议日期", "Dates counted", "산입된 회의 날짜"),
        Shape::Plain,
    ),
    f(
        "firstHalf",
        t(
            "上半年(1至6月)计入次数",
            "Counted in January–June",
            "상반기(1~6월) 산입 수",
        ),
        Shape::Plain,
    ),
    f(
        "secondHalf",
        t(
            "下半年(7至12月)计入次数",
            "Counted in July–December",
            "하반기(7~12월) 산입 수",
        ),
        Shape::Plain,
    ),
    f(
        "yearComplete",
        t("年度已结束", "Year complete", "연도 종료 여부"),
        Shape::Plain,
    ),
    // The zone checks (issue 3).
    f("zoneId", t("开发区", "Zone", "개발구"), Shape::Plain),
    f("countyId", t("县(市)", "County", "현(시)"), Shape::Actor),
    f(
        "inScope",
        t(
            "属于本意见所称开发区",
            "Within the opinion's scope",
            "본 의견의 개발구에 해당",
        ),
        Shape::Plain,
    ),
    f(
        "nominalFinding",
        t(
            "主管机关的有名无实认定",
            "Competent authority's finding of a zone in name only",
            "주관기관의 유명무실 인정",
        ),
        Shape::Fact,
    ),
    f(
        "namedAs",
        t("条文中的名称", "Named in the clause as", "조문상 명칭"),
        Shape::Plain,
    ),
    f("organ", t("机构", "Organ", "기구"), Shape::Coded),
    f(
        "dispatchedBy",
        t("派出单位", "Dispatched by", "파출 주체"),
        Shape::Actor,
    ),
    f(
        "powers",
        t("行使的职能", "Functions exercised", "행사하는 직능"),
        Shape::Coded,
    ),
    f(
        "powerLevel",
        t(
            "“同级人民政府”的级别",
            "Level of “a people's government at the same level”",
            "‘동급 인민정부’의 급별",
        ),
        Shape::Coded,
    ),
    f(
        "countable",
        t("计入的开发区", "Zones counted", "산입된 개발구"),
        Shape::Plain,
    ),
    f(
        "mustMerge",
        t("须整合", "Must merge", "통합 필요"),
        Shape::Plain,
    ),
    f(
        "windowStart",
        t("整合期起始日", "Window starts", "정비 기간 시작일"),
        Shape::Plain,
    ),
    f(
        "windowEnd",
        t("整合期截止日", "Window ends", "정비 기간 종료일"),
        Shape::Plain,
    ),
    f(
        "leadingCount",
        t("首位产业数", "Leading industries", "수위산업 수"),
        Shape::Plain,
    ),
    f(
        "mainCount",
        t("主攻产业数", "Main industries", "주공산업 수"),
        Shape::Plain,
    ),
    f(
        "mainRange",
        t(
            "主攻产业数的要求",
            "Main industries required",
            "주공산업 수 요구",
        ),
        Shape::Range,
    ),
    f(
        "meetsHighTechCriteria",
        t(
            "符合省级高新区条件",
            "Meets the provincial high-tech zone criteria",
            "성급 첨단기술구 조건 충족",
        ),
        Shape::Fact,
    ),
    f(
        "hitYears",
        t("计入的年度", "Years counted", "산입 연도"),
        Shape::Plain,
    ),
    f(
        "triggers",
        t("触发情形", "Triggered by", "발동 사유"),
        Shape::Coded,
    ),
    f("measures", t("措施", "Measures", "조치"), Shape::CodedLines),
    f(
        "start",
        t("措施起始日", "Measures start", "조치 시작일"),
        Shape::Plain,
    ),
    f(
        "end",
        t("黄牌解除日", "Yellow card ends", "황색경고 해제일"),
        Shape::Plain,
    ),
    f(
        "endStatus",
        t(
            "黄牌何时解除",
            "When the yellow card ends",
            "황색경고 해제 상태",
        ),
        Shape::Coded,
    ),
    f(
        "rectifyBy",
        t("限期整改截止日", "Rectify by", "기한부 시정 마감일"),
        Shape::Plain,
    ),
    f(
        "reapplyBanLastDay",
        t(
            "不得重新申报的最后一日",
            "Last day of the re-application ban",
            "재신청 금지 마지막 날",
        ),
        Shape::Plain,
    ),
    f(
        "reapplyAllowedFrom",
        t(
            "可重新申报之日",
            "Re-application allowed from",
            "재신청 가능일",
        ),
        Shape::Plain,
    ),
    f(
        "noPromotionUntil",
        t(
            "不得提拔的最后一日",
            "Last day of the promotion ban",
            "발탁 금지 마지막 날",
        ),
        Shape::Plain,
    ),
    f(
        "mergedInto",
        t("并入规则", "Merged into rule", "병합된 규칙"),
        Shape::Plain,
    ),
    f(
        "disqualifiedYear",
        t("取消资格的年度", "Disqualified year", "자격 취소 연도"),
        Shape::Plain,
    ),
    f(
        "overdueItems",
        t(
            "未按时建成的环保基础设施",
            "Environmental infrastructure not completed on time",
            "제때 완료되지 않은 환경보호 기초시설",
        ),
        Shape::Plain,
    ),
    f(
        "years",
        t("逐年情况", "Year by year", "연도별 상황"),
        Shape::Years,
    ),
    // The money and land rules (issue 4).
    f("projectId", t("项目", "Project", "프로젝트"), Shape::Plain),
    f("personId", t("人员", "Person", "인원"), Shape::Plain),
    f("partyId", t("合作方", "Party", "협력측"), Shape::Actor),
    f("parcelId", t("地块", "Parcel", "필지"), Shape::Plain),
    f("level", t("级别", "Level", "급별"), Shape::Coded),
    f(
        "compliesWithRelevantRegulations",
        t(
            "符合有关规定",
            "Meets the relevant regulations",
            "관련 규정 부합",
        ),
        Shape::Fact,
    ),
    f(
        "anchorYear",
        t("周期起算年度", "Cycle starts", "주기 기산 연도"),
        Shape::Plain,
    ),
    f(
        "anchorBasis",
        t("起算依据", "Cycle start from", "기산 근거"),
        Shape::Coded,
    ),
    f(
        "evaluationDue",
        t("应开展的评价", "Evaluation due", "하여야 할 평가"),
        Shape::Coded,
    ),
    f(
        "onRecord",
        t("已有的评价", "Evaluations on record", "기록된 평가"),
        Shape::Coded,
    ),
    f("satisfied", t("已满足", "Met", "충족 여부"), Shape::Fact),
    f("status", t("状态", "Status", "상태"), Shape::Coded),
    f(
        "graceStart",
        t("过渡期起算日", "Grace starts", "과도기간 기산일"),
        Shape::Plain,
    ),
    f(
        "graceEnd",
        t(
            "过渡期届满日",
            "Grace ends (inclusive)",
            "과도기간 만료일(당일 포함)",
        ),
        Shape::Plain,
    ),
    f(
        "procedure",
        t(
            "可采用的办理方式",
            "Permitted route",
            "선택 가능한 처리 방식",
        ),
        Shape::Coded,
    ),
    f(
        "componentId",
        t("分项", "Component", "세부 항목"),
        Shape::Plain,
    ),
    f("kind", t("建设类型", "Works", "건설 유형"), Shape::Coded),
    f("fee", t("费用", "Fee", "비용"), Shape::Coded),
    f(
        "ruleId",
        t("适用条款", "Rule applied", "적용 조항"),
        Shape::Plain,
    ),
    f("treatment", t("减免", "Relief", "감면"), Shape::Coded),
    f(
        "basisYear",
        t("到位资金年度", "Year of funds", "자금 도착 연도"),
        Shape::Plain,
    ),
    f("base", t("基数", "Base", "기준액"), Shape::Yuan),
    f("ratio", t("比例", "Ratio", "비율"), Shape::Plain),
    f(
        "reliefRatio",
        t("减免比例", "Relief ratio", "감면 비율"),
        Shape::Plain,
    ),
    f("relief", t("减免额", "Relief", "감면액"), Shape::Yuan),
    f("payable", t("应缴", "Payable", "납부액"), Shape::Yuan),
    f(
        "grossFloorAreaM2",
        t("建筑面积(平方米)", "Gross floor area (m²)", "건축면적(㎡)"),
        Shape::Plain,
    ),
    f(
        "failedConditions",
        t("未满足的条件", "Conditions not met", "충족하지 못한 조건"),
        Shape::Coded,
    ),
    f(
        "missingFacts",
        t("未记录的事实", "Facts not recorded", "기록되지 않은 사실"),
        Shape::Plain,
    ),
    f(
        "pool",
        t("奖励总额", "Reward pool", "장려 총액"),
        Shape::Yuan,
    ),
    f(
        "cap",
        t("每项奖励上限", "Cap per award", "건당 상한"),
        Shape::Yuan,
    ),
    f(
        "share",
        t("均分份额", "Equal share", "균등 분배액"),
        Shape::Yuan,
    ),
    f("amount", t("金额", "Amount", "금액"), Shape::Yuan),
    f("date", t("日期", "Date", "날짜"), Shape::Plain),
    f("basis", t("处理", "Treatment", "처리"), Shape::Coded),
    f(
        "eligibleTotal",
        t(
            "投产后收入",
            "Revenue after production start",
            "생산 개시 후 수입",
        ),
        Shape::Yuan,
    ),
    f(
        "excludedTotal",
        t(
            "投产前收入(不计入)",
            "Revenue before production start, excluded",
            "생산 개시 전 수입(불산입)",
        ),
        Shape::Yuan,
    ),
    f("shares", t("分配", "Shares", "분배"), Shape::Objects),
    f("items", t("逐项", "Item by item", "항목별"), Shape::Objects),
    f(
        "earmarkableRemainder",
        t(
            "扣除应计提后剩余",
            "Remainder after provisions",
            "적립 공제 후 잔여액",
        ),
        Shape::Yuan,
    ),
    f(
        "onTarget",
        t(
            "用于基础设施和土地开发",
            "On infrastructure and land development",
            "기초시설·토지개발 사용액",
        ),
        Shape::Yuan,
    ),
    f("shareOnTarget", t("占比", "Share", "비율"), Shape::Plain),
    f(
        "compliant",
        t("属于“主要用于”", "\"Mainly\"", "‘주로 사용’ 해당"),
        Shape::Plain,
    ),
    f(
        "taxRebates",
        t("税收返还", "Tax rebates", "세수 환급"),
        Shape::Yuan,
    ),
    f(
        "landPremiumRebates",
        t(
            "土地出让金收入返还",
            "Land-premium rebates",
            "토지양도금 수입 환급",
        ),
        Shape::Yuan,
    ),
    f(
        "dueToZone",
        t("应返还开发区", "Due to the zone", "개발구 환급액"),
        Shape::Yuan,
    ),
    f(
        "transferredToZone",
        t("已拨付开发区", "Passed to the zone", "개발구 지급액"),
        Shape::Yuan,
    ),
    f("shortfall", t("差额", "Shortfall", "부족액"), Shape::Yuan),
    f(
        "collector",
        t("代收代缴单位", "Collected by", "대리 징수·납부 기관"),
        Shape::Actor,
    ),
    f(
        "remitUpward",
        t(
            "上缴省和国家",
            "Remitted to province and state",
            "성·국가 상납",
        ),
        Shape::Yuan,
    ),
    f(
        "zoneRetains",
        t("开发区管理和使用", "Kept by the zone", "개발구 관리·사용"),
        Shape::Yuan,
    ),
    f(
        "unknownTotal",
        t("待判断", "Undecided", "판단 대기"),
        Shape::Yuan,
    ),
    f(
        "unknown",
        t(
            "目录外收费代码",
            "Codes not in the catalogue",
            "목록 외 수수료 코드",
        ),
        Shape::Plain,
    ),
    f(
        "feeCode",
        t("收费代码", "Fee code", "수수료 코드"),
        Shape::Plain,
    ),
    f("allocation", t("去向", "Goes to", "귀속"), Shape::Coded),
    f("order", t("排序", "Order", "순위"), Shape::Objects),
    f("place", t("名次", "Place", "순위"), Shape::Plain),
    f(
        "inZone",
        t("开发区内", "In a zone", "개발구 내"),
        Shape::Plain,
    ),
    f("score", t("评分", "Score", "점수"), Shape::Plain),
    f(
        "zoneShareOfAwards",
        t(
            "开发区项目所获份额",
            "Zone projects' share of awards",
            "개발구 프로젝트 점유 비율",
        ),
        Shape::Plain,
    ),
    f(
        "lines",
        t("逐项计算", "Line by line", "항목별 산정"),
        Shape::Objects,
    ),
    f("totals", t("合计", "Totals", "합계"), Shape::Object),
];

/// Renderings of the coded values the zone checks answer with (measures, triggers, organs,
/// powers, standings, disqualification reasons). A code not listed is shown as written.
const VALUES: &[(&str, T)] = &[
    // art-14.d: where a yellow card's end stands (AMB-24).
    ("ENDED", t("已解除", "ended", "해제됨")),
    (
        "UNTIL_NEXT_RESULT",
        t(
            "至下一年度考评结果公布",
            "until the next year's results are published",
            "다음 년도 심사평가 결과 공포 시까지",
        ),
    ),
    (
        "UNTIL_RECTIFIED",
        t(
            "至整改验收",
            "until the rectification is accepted",
            "시정 검수 시까지",
        ),
    ),
    // art-14 measures (the words of clause (十四); the length of a ban is a parameter, shown
    // by the dates beside it, so it is not in the words).
    ("YELLOW_CARD", t("黄牌警告", "yellow card", "황색경고")),
    (
        "LAND_QUOTA_RESTRICTED",
        t(
            "限制新增土地指标",
            "new land quota restricted",
            "신규 토지지표 제한",
        ),
    ),
    (
        "NO_EXPAND_ADJUST_UPGRADE",
        t(
            "禁止扩区、调区、升级",
            "no expansion, adjustment or upgrading",
            "구역 확장·조정·승격 금지",
        ),
    ),
    ("PUBLIC_NOTICE", t("予以通报", "public notice", "통보")),
    (
        "RECTIFY_BY_DEADLINE",
        t(
            "限期整改",
            "rectification within a time limit",
            "기한 내 시정",
        ),
    ),
    (
        "ACCOUNTABILITY_PRINCIPAL_LEADERS",
        t(
            "对开发区党政主要负责人进行问责",
            "the zone's principal party and government leaders held accountable",
            "개발구 당정 주요 책임자 문책",
        ),
    ),
    (
        "REVOCATION_PER_PROVINCIAL_RULES",
        t(
            "按省规定予以撤销(由省决定)",
            "revocation under the provincial rules (decided by the province)",
            "성 규정에 따른 철회(성이 결정)",
        ),
    ),
    (
        "REAPPLY_BAN",
        t(
            "期限内不得重新申报",
            "no re-application during the ban",
            "기간 내 재신청 금지",
        ),
    ),
    (
        "NO_PROMOTION",
        t(
            "期限内不得提拔党政主要负责人",
            "no promotion of the principal leaders during the ban",
            "기간 내 당정 주요 책임자 발탁 금지",
        ),
    ),
    (
        "PRIORITY_PROMOTION",
        t(
            "党政主要负责人予以优先提拔重用",
            "priority promotion of the principal leaders",
            "당정 주요 책임자 우선 발탁·중용",
        ),
    ),
    // art-15.a measures.
    (
        "NO_EXPAND",
        t(
            "取消当年扩区资格",
            "no expansion this year",
            "당해 연도 구역 확장 자격 취소",
        ),
    ),
    (
        "NO_ADJUST",
        t(
            "取消当年调区资格",
            "no adjustment this year",
            "당해 연도 구역 조정 자격 취소",
        ),
    ),
    (
        "NO_UPGRADE",
        t(
            "取消当年晋升资格",
            "no upgrading this year",
            "당해 연도 승격 자격 취소",
        ),
    ),
    (
        "NO_ASSESSMENT",
        t(
            "取消当年考评资格",
            "no assessment this year",
            "당해 연도 심사평가 자격 취소",
        ),
    ),
    // art-14.d triggers.
    (
        "BOTTOM_N",
        t("排名居后", "bottom of the ranking", "하위 순위"),
    ),
    ("RANK_FALL", t("排名后退", "falling rank", "순위 하락")),
    (
        "DISQUALIFIED_COUNTS_AS_BOTTOM",
        t(
            "被取消资格的年度视为排名居后",
            "a disqualified year counted as bottom",
            "자격 취소 연도를 하위로 간주",
        ),
    ),
    // art-12.b organs, functions and levels.
    ("MC", t("管委会", "Management Committee", "관리위원회")),
    (
        "PWC",
        t("党工委", "Party Working Committee", "당사업위원회"),
    ),
    (
        "ADMIN_APPROVAL",
        t("行政审批", "administrative approval", "행정심사비준"),
    ),
    (
        "ECONOMIC_COORDINATION",
        t("经济协调", "economic coordination", "경제조정"),
    ),
    ("MANAGEMENT", t("管理", "management", "관리")),
    (
        "PARTY_LEADERSHIP",
        t("党的领导", "party leadership", "당의 영도"),
    ),
    ("COUNTY_LEVEL", t("县级", "county level", "현급")),
    ("PREFECTURE_LEVEL", t("州级", "prefecture level", "주급")),
    // Money and land rules (issue 4).
    ("NATIONAL", t("国家级", "national", "국가급")),
    ("PROVINCIAL", t("省级", "provincial", "성급")),
    (
        "INDUSTRIAL_CONCENTRATION",
        t("工业集中区", "industrial concentration zone", "공업집중구"),
    ),
    ("FULL", t("全面评价", "full evaluation", "전면 평가")),
    ("UPDATE", t("更新评价", "update evaluation", "갱신 평가")),
    ("PARAMETER", t("参数", "the parameter", "매개변수")),
    (
        "EARLIEST_FULL_ON_RECORD",
        t(
            "最早的全面评价",
            "earliest full evaluation on record",
            "가장 이른 전면 평가",
        ),
    ),
    (
        "FIRST_FULL_YEAR_AFTER_ISSUE",
        t(
            "印发后第一个完整年度",
            "first full year after issuance",
            "인쇄·발부 후 첫 완전 연도",
        ),
    ),
    ("IN_GRACE", t("过渡期内", "within the grace", "과도기간 내")),
    (
        "GRACE_EXPIRED",
        t("过渡期已满", "grace expired", "과도기간 만료"),
    ),
    ("TRANSFER_TRIGGERED", t("涉及转让", "transfer", "양도 발생")),
    (
        "NOT_STARTED",
        t("新用途尚未开始", "new use not started", "새 용도 미개시"),
    ),
    (
        "NOT_APPLICABLE",
        t("不适用", "not applicable", "적용되지 않음"),
    ),
    ("UNDETERMINED", t("无法确定", "undetermined", "확정 불가")),
    (
        "AGREEMENT_AT_MARKET_PRICE",
        t(
            "按新用途、新权利类型、市场价格以协议方式办理(可选)",
            "by agreement at the new use, right type and market price (permitted)",
            "새 용도·권리 유형·시장가격에 따른 협의 방식(선택 가능)",
        ),
    ),
    ("RECONSTRUCT", t("改建", "reconstruction (改建)", "개축")),
    ("REBUILD", t("翻建", "rebuilding (翻建)", "재건축")),
    ("EXTEND", t("扩建", "extension (扩建)", "증축")),
    ("NEW", t("新建", "new build (新建)", "신축")),
    (
        "LAND_TRANSFER_FEE",
        t("土地出让金", "land-transfer fee", "토지양도금"),
    ),
    (
        "URBAN_INFRA_FEE",
        t(
            "城市基础设施配套费",
            "urban infrastructure fee",
            "도시기초시설 부대비용",
        ),
    ),
    ("EXEMPT", t("不再征收", "not charged", "징수하지 않음")),
    ("WAIVED", t("免征", "waived", "면제")),
    ("HALVED", t("减半征收", "halved", "반감 징수")),
    ("NO_RELIEF", t("全额征收", "no relief", "전액 징수")),
    (
        "UNDECIDED",
        t("需人工判断", "for a person to decide", "인적 판단 필요"),
    ),
    (
        "IN_ZONE",
        t("开发区企业", "enterprise in a zone", "개발구 기업"),
    ),
    (
        "INDUSTRIAL_ENTERPRISE",
        t("工业企业", "industrial enterprise", "공업기업"),
    ),
    (
        "FACTORY_BUILDING",
        t("厂房", "factory building", "공장 건물"),
    ),
    ("OWN_LAND", t("自有土地", "own land", "자가 토지")),
    ("APPROVED", t("经批准", "approved", "비준")),
    (
        "CONFORMS_MASTER_PLAN",
        t(
            "符合开发区总体规划",
            "conforms to the master plan",
            "총체계획 부합",
        ),
    ),
    (
        "CONFORMS_INDUSTRY_LAYOUT",
        t(
            "符合产业布局",
            "conforms to the industrial layout",
            "산업 배치 부합",
        ),
    ),
    (
        "LAND_USE_UNCHANGED",
        t("不改变土地用途", "land use unchanged", "토지 용도 불변"),
    ),
    (
        "BEFORE_PRODUCTION",
        t(
            "投产前,不计入",
            "before production start, excluded",
            "생산 개시 전, 불산입",
        ),
    ),
    (
        "HOST_DEFAULT",
        t(
            "未商定,归东道方",
            "no agreement: host keeps it",
            "미협의, 주최측 귀속",
        ),
    ),
    (
        "AGREEMENT",
        t("按约定比例分成", "split as agreed", "약정 비율 분배"),
    ),
    (
        "REMIT_UPWARD",
        t(
            "上缴省和国家",
            "remitted to province and state",
            "성·국가 상납",
        ),
    ),
    (
        "ZONE_RETAINS",
        t("开发区管理和使用", "kept by the zone", "개발구 관리·사용"),
    ),
    (
        "UNKNOWN",
        t("需人工判断", "for a person to decide", "인적 판단 필요"),
    ),
    (
        "OUTSIDE_AREA",
        t(
            "不在开发区行政区域内",
            "outside the zone's area",
            "개발구 행정구역 밖",
        ),
    ),
];

/// Where a zone stands in an assessment year (`years[].standing`).
const STANDINGS: &[(&str, T)] = &[
    ("BOTTOM", t("处于后段", "in the bottom band", "하위 구간")),
    ("TOP", t("处于前段", "in the top band", "상위 구간")),
    (
        "MIDDLE",
        t("不在所涉名次段", "outside the band", "해당 구간 밖"),
    ),
    (
        "DISQUALIFIED",
        t("被取消考评资格", "disqualified", "심사평가 자격 취소"),
    ),
    (
        "NO_RECORD",
        t("无考核记录", "no record", "심사평가 기록 없음"),
    ),
    (
        "UNRANKED",
        t("有记录无排名", "recorded without a rank", "순위 없는 기록"),
    ),
    (
        "NEEDS_HUMAN",
        t("需人工判断", "needs human review", "인적 검토 필요"),
    ),
    (
        "NOT_COUNTED",
        t(
            "不计入(早于首个计算年度)",
            "not counted (before the first counted year)",
            "산입 제외(첫 산입 연도 이전)",
        ),
    ),
];

/// Why an assessment year is disqualified (`years[].disqualifiedFor`).
const DISQUALIFIED_FOR: &[(&str, T)] = &[
    (
        "FALSIFIED_STATS",
        t(
            "统计数据虚报瞒报",
            "falsified or concealed statistics",
            "통계자료 허위 보고·은폐",
        ),
    ),
    (
        "ENV_INFRA",
        t(
            "环保基础设施未按时建成",
            "environmental infrastructure not completed on time",
            "환경보호 기초시설 미완료",
        ),
    ),
    ("OTHER", t("其他原因", "another reason", "기타 사유")),
];

fn lookup(table: &[(&str, T)], code: &str, lang: Lang) -> Option<&'static str> {
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, tr)| tr.pick(lang))
}

/// A coded value in words, or the code itself when it has no rendering.
fn coded(code: &str, lang: Lang) -> String {
    lookup(VALUES, code, lang).map_or_else(|| code.to_owned(), str::to_owned)
}

/// An agency, actor or county code as its name in `lang` followed by the code; an unknown code
/// as written.
pub fn actor_name(code: &str, lang: Lang) -> String {
    match agencies::actor(code) {
        Some(a) if lang == Lang::Zh => format!("{}({code})", a.name(lang)),
        Some(a) => format!("{} ({code})", a.name(lang)),
        None => code.to_owned(),
    }
}

fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The label of a rule field, or its JSON name when it has none.
fn field_label(name: &str, lang: Lang) -> &str {
    field(name).map_or(name, |f| f.label.pick(lang))
}

/// The position of a rule field in the display order (unknown fields last, by name).
fn field_rank(name: &str) -> usize {
    FIELDS
        .iter()
        .position(|f| f.name == name)
        .unwrap_or(FIELDS.len())
}

/// A value in words: dates and numbers as written, flags as yes/no, lists joined.
pub fn show(value: &Value, l: &Labels) -> String {
    match value {
        Value::Null => l.none.to_owned(),
        Value::Bool(true) => l.yes.to_owned(),
        Value::Bool(false) => l.no.to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.is_empty() => l.none.to_owned(),
        Value::Array(items) => items
            .iter()
            .map(|v| show(v, l))
            .collect::<Vec<_>>()
            .join(l.list_sep),
        Value::Object(_) => value.to_string(),
    }
}

/// Each string of `value` (one or a list) mapped by `each`; anything else shown plainly.
fn show_each(value: &Value, l: &Labels, each: impl Fn(&str) -> String) -> String {
    match value {
        Value::String(s) => each(s),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|v| v.as_str().map_or_else(|| show(v, l), &each))
            .collect::<Vec<_>>()
            .join(l.list_sep),
        other => show(other, l),
    }
}

/// A rule field's value in words, as its shape says.
fn show_field(name: &str, value: &Value, lang: Lang) -> String {
    let l = labels(lang);
    match field(name).map_or(Shape::Plain, |f| f.shape) {
        Shape::Plain | Shape::Years => show(value, l),
        Shape::Yuan => match value {
            Value::String(s) => match lang {
                Lang::Zh => format!("{s}元"),
                Lang::En => format!("{s} yuan"),
                Lang::Ko => format!("{s}위안"),
            },
            other => show(other, l),
        },
        Shape::Object => value
            .as_object()
            .map_or_else(|| show(value, l), |o| object_line(o, lang)),
        Shape::Objects => match value.as_array() {
            Some(items) if !items.is_empty() => items
                .iter()
                .map(|v| {
                    v.as_object()
                        .map_or_else(|| show(v, l), |o| object_line(o, lang))
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => show(value, l),
        },
        Shape::Fact if value.is_null() => t("未记录", "not recorded", "기록 없음")
            .pick(lang)
            .to_owned(),
        Shape::Fact => show(value, l),
        Shape::Coded | Shape::CodedLines => show_each(value, l, |c| coded(c, lang)),
        Shape::Actor => show_each(value, l, |c| actor_name(c, lang)),
        Shape::Range => match value.as_array().map(Vec::as_slice) {
            Some([min, max]) => {
                let dash = match lang {
                    Lang::Zh => "—",
                    Lang::En => "–",
                    Lang::Ko => "~",
                };
                format!("{}{dash}{}", show(min, l), show(max, l))
            }
            _ => show(value, l),
        },
    }
}

/// An object's fields on one line, each under its label, in the display order; null and empty
/// fields are left out.
fn object_line(obj: &Map<String, Value>, lang: Lang) -> String {
    let l = labels(lang);
    let mut keys: Vec<&String> = obj
        .keys()
        .filter(|k| match obj.get(*k) {
            Some(Value::Null) => false,
            Some(Value::Array(a)) => !a.is_empty(),
            _ => true,
        })
        .collect();
    keys.sort_by(|a, b| (field_rank(a), *a).cmp(&(field_rank(b), *b)));
    keys.iter()
        .filter_map(|k| {
            obj.get(*k).map(|v| {
                format!(
                    "{}{}{}",
                    field_label(k, lang),
                    l.colon,
                    show_field(k, v, lang)
                )
            })
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One year of the assessment evidence in words, e.g. `2020: rank 80 of 88 · bottom · counted`.
fn year_line(year: &Map<String, Value>, lang: Lang) -> String {
    let l = labels(lang);
    let num = |k: &str| year.get(k).and_then(Value::as_i64);
    let mut parts: Vec<String> = Vec::new();
    if let (Some(rank), population) = (num("rank"), num("populationSize")) {
        parts.push(match (lang, population) {
            (Lang::Zh, Some(n)) => format!("第{rank}名(共{n}个)"),
            (Lang::Zh, None) => format!("第{rank}名"),
            (Lang::En, Some(n)) => format!("rank {rank} of {n}"),
            (Lang::En, None) => format!("rank {rank}"),
            (Lang::Ko, Some(n)) => format!("{n}개 중 {rank}위"),
            (Lang::Ko, None) => format!("{rank}위"),
        });
    }
    let standing = year.get("standing").and_then(Value::as_str);
    let why: Vec<String> = year
        .get("disqualifiedFor")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|code| {
            lookup(DISQUALIFIED_FOR, code, lang).map_or_else(|| code.to_owned(), str::to_owned)
        })
        .collect();
    if let Some(s) = standing {
        let words = lookup(STANDINGS, s, lang).map_or_else(|| s.to_owned(), str::to_owned);
        // A disqualified year says why beside its standing.
        parts.push(match (s, why.is_empty(), lang) {
            ("DISQUALIFIED", false, Lang::Zh) => format!("{words}({})", why.join(l.list_sep)),
            ("DISQUALIFIED", false, _) => format!("{words} ({})", why.join(l.list_sep)),
            _ => words,
        });
    }
    if year.get("rewardedByProvince") == Some(&Value::Bool(true)) {
        parts.push(
            t("受到省奖励", "rewarded by the province", "성의 표창을 받음")
                .pick(lang)
                .to_owned(),
        );
    }
    if standing != Some("DISQUALIFIED") && !why.is_empty() {
        let head = t("被取消考评资格", "disqualified", "심사평가 자격 취소").pick(lang);
        parts.push(format!("{head}{}{}", l.colon, why.join(l.list_sep)));
    }
    // A year before the first counted one says so in its standing already.
    let not_counted = year.get("standing").and_then(Value::as_str) == Some("NOT_COUNTED");
    match year
        .get("hit")
        .and_then(Value::as_bool)
        .filter(|_| !not_counted)
    {
        Some(true) => parts.push(t("计入", "counted", "산입").pick(lang).to_owned()),
        Some(false) => parts.push(
            t("不计入", "not counted", "산입 안 됨")
                .pick(lang)
                .to_owned(),
        ),
        None => {}
    }
    let y = year.get("year").map(|v| show(v, l)).unwrap_or_default();
    let y = match lang {
        Lang::Zh => format!("{y}年"),
        Lang::Ko => format!("{y}년"),
        Lang::En => y,
    };
    format!("{y}{}{}", l.colon, parts.join(" · "))
}

fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key).and_then(Value::as_str)
}

/// The language of an answer (its own `lang`; Chinese when absent).
pub fn answer_lang(obj: &Map<String, Value>) -> Lang {
    text(obj, "lang")
        .and_then(|c| c.parse().ok())
        .unwrap_or_default()
}

/// `rule · outcome label (CODE) · headline fields`, without `ruleId` when `with_rule` is false.
pub fn headline(obj: &Map<String, Value>, lang: Lang, with_rule: bool) -> String {
    let l = labels(lang);
    let mut head: Vec<String> = Vec::new();
    if let Some(rule_id) = text(obj, "ruleId").filter(|r| with_rule && !r.is_empty()) {
        head.push(rule_id.to_owned());
    }
    match (text(obj, "outcomeLabel"), text(obj, "outcome")) {
        // Chinese puts no space before the opening parenthesis.
        (Some(label), Some(code)) if lang == Lang::Zh => head.push(format!("{label}({code})")),
        (Some(label), Some(code)) => head.push(format!("{label} ({code})")),
        (Some(one), None) | (None, Some(one)) => head.push(one.to_owned()),
        (None, None) => {}
    }
    for key in HEADLINE {
        if let Some(v) = obj.get(*key) {
            head.push(format!(
                "{}{}{}",
                field_label(key, lang),
                l.colon,
                show_field(key, v, lang)
            ));
        }
    }
    head.join(" · ")
}

/// `[示例] ` / `[예시] ` / `[illustrative] ` for a view resting on made-up records, else nothing.
pub fn marker(obj: &Map<String, Value>, lang: Lang) -> String {
    if is_illustrative(obj) {
        format!("{} ", illustrative_marker(lang))
    } else {
        String::new()
    }
}

/// The reasons, the items for a person and the rule's own fields, each line after `indent`.
pub fn body(out: &mut String, obj: &Map<String, Value>, lang: Lang, indent: &str) {
    let l = labels(lang);
    let citation = text(obj, "citation").unwrap_or_default();
    reason_section(out, obj.get("reasons"), l.reasons, l, citation, indent);
    reason_section(
        out,
        obj.get("needsHuman"),
        l.needs_human,
        l,
        citation,
        indent,
    );

    // The rule's own fields, by name.
    let mut fields: Vec<(&String, &Value)> = obj
        .iter()
        .filter(|(k, _)| !ENVELOPE.contains(&k.as_str()) && !HEADLINE.contains(&k.as_str()))
        .collect();
    fields.sort_by(|a, b| (field_rank(a.0), a.0).cmp(&(field_rank(b.0), b.0)));
    if fields.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{indent}{}{}", l.details, l.colon.trim_end());
    for (k, v) in fields {
        let label = field_label(k, lang);
        let shape = field(k).map(|f| f.shape);
        match (shape, v.as_array()) {
            (Some(Shape::Years), Some(years)) if !years.is_empty() => {
                let _ = writeln!(out, "{indent}  {label}{}", l.colon.trim_end());
                for y in years {
                    let line = y
                        .as_object()
                        .map_or_else(|| show(y, l), |y| year_line(y, lang));
                    let _ = writeln!(out, "{indent}    {line}");
                }
            }
            (Some(Shape::Objects), Some(items)) if !items.is_empty() => {
                let _ = writeln!(out, "{indent}  {label}{}", l.colon.trim_end());
                for item in items {
                    let line = item
                        .as_object()
                        .map_or_else(|| show(item, l), |o| object_line(o, lang));
                    let _ = writeln!(out, "{indent}    - {line}");
                }
            }
            (Some(Shape::CodedLines), Some(items)) if !items.is_empty() => {
                let _ = writeln!(out, "{indent}  {label}{}", l.colon.trim_end());
                for item in items {
                    let line = item
                        .as_str()
                        .map_or_else(|| show(item, l), |c| coded(c, lang));
                    let _ = writeln!(out, "{indent}    - {line}");
                }
            }
            _ => {
                let _ = writeln!(
                    out,
                    "{indent}  {label}{}{}",
                    l.colon,
                    show_field(k, v, lang)
                );
            }
        }
    }
}

/// Explains an answer envelope in its own language. Anything missing from `answer` is left out.
pub fn explain(answer: &Value) -> String {
    let empty = Map::new();
    let obj = answer.as_object().unwrap_or(&empty);
    let lang = answer_lang(obj);
    let l = labels(lang);
    let citation = text(obj, "citation").unwrap_or_default();
    let mut out = String::new();

    let _ = writeln!(out, "{}{}", marker(obj, lang), headline(obj, lang, true));
    body(&mut out, obj, lang, "");

    if let Some(clause) = obj.get("clause").and_then(Value::as_object) {
        let number = text(clause, "number").unwrap_or_default();
        let title = text(clause, "title").unwrap_or_default();
        let _ = writeln!(out, "\n{}{}{number} {title}", l.clause, l.colon);
        let quote = text(clause, "quote").unwrap_or_default();
        let _ = writeln!(out, "  {}{}{quote}", l.original, l.colon);
        match text(clause, "rendering") {
            Some(r) if r != quote => {
                let _ = writeln!(out, "  {}{}{r}", l.rendering, l.colon);
            }
            _ => {}
        }
    }

    if let Some(params) = obj.get("paramsUsed").and_then(Value::as_object) {
        let _ = writeln!(out, "\n{}{}", l.params_used, l.colon.trim_end());
        for (k, v) in params {
            let _ = writeln!(out, "  {k} = {}", show_param(v));
        }
    }

    out.push('\n');
    if let Some(ambs) = obj.get("ambiguities").and_then(Value::as_array) {
        if !ambs.is_empty() {
            let list: Vec<&str> = ambs.iter().filter_map(Value::as_str).collect();
            let _ = writeln!(out, "{}{}{}", l.ambiguities, l.colon, list.join(l.list_sep));
        }
    }
    rulebook_lines(&mut out, obj, l);
    if !citation.is_empty() {
        let _ = writeln!(out, "{}{}{citation}", l.citation, l.colon);
    }
    out
}

/// `Rulebook version: …` and `Source SHA-256: …` from the `rulebook` object, when present.
pub fn rulebook_lines(out: &mut String, obj: &Map<String, Value>, l: &Labels) {
    if let Some(book) = obj.get("rulebook").and_then(Value::as_object) {
        if let Some(v) = text(book, "version") {
            let _ = writeln!(out, "{}{}{v}", l.rulebook, l.colon);
        }
        if let Some(sha) = text(book, "sourceSha256") {
            let _ = writeln!(out, "{}{}{sha}", l.source_sha256, l.colon);
        }
    }
}

/// A parameter's value as it would be passed back in `params` (JSON scalars unquoted).
fn show_param(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A titled list of reasons, one bullet each; skipped when there are none. A reason from
/// another rule than the answer's carries its own citation.
fn reason_section(
    out: &mut String,
    reasons: Option<&Value>,
    title: &str,
    l: &Labels,
    citation: &str,
    indent: &str,
) {
    let Some(items) = reasons.and_then(Value::as_array).filter(|a| !a.is_empty()) else {
        return;
    };
    let _ = writeln!(out, "\n{indent}{title}{}", l.colon.trim_end());
    for r in items {
        let Some(r) = r.as_object() else { continue };
        let message = text(r, "message")
            .or_else(|| text(r, "code"))
            .unwrap_or_default();
        match text(r, "citation") {
            Some(c) if c != citation => {
                let _ = writeln!(out, "{indent}  • {message} [{c}]");
            }
            _ => {
                let _ = writeln!(out, "{indent}  • {message}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::explain;
    use serde_json::json;

    /// A rule the renderer has never seen: its own fields are listed by JSON name after the known
    /// ones, `needsHuman` gets its section, and a reason from another rule carries its citation.
    #[test]
    fn renders_any_envelope_generically() {
        let answer = json!({
            "ruleId": "art-99.x",
            "citation": "YB-DZ-OPINIONS/art-99.x",
            "outcome": "NEEDS_HUMAN",
            "outcomeLabel": "needs human review",
            "lang": "en",
            "reasons": [
                {"code": "BOTTOM_5", "message": "bottom 5 in 2020", "citation": "YB-DZ-OPINIONS/art-99.x"},
                {"code": "DISQUALIFIED", "message": "2021 disqualified", "citation": "YB-DZ-OPINIONS/art-14.h"}
            ],
            "needsHuman": [{"code": "RANK_SCOPE", "message": "which ranking counts"}],
            "banEnds": "2025-07-02",
            "sanctions": ["REVOCATION", "REAPPLY_BAN"],
            "daysLate": 3,
            "flags": [],
            "paramsUsed": {"bottomNRevoke": 5, "windowHits": 2},
            "ambiguities": [],
        });
        assert_eq!(
            explain(&answer),
            "art-99.x · needs human review (NEEDS_HUMAN)

Reasons:
  • bottom 5 in 2020
  • 2021 disqualified [YB-DZ-OPINIONS/art-14.h]

Needs human review:
  • which ranking counts

Details:
  Days late: 3
  banEnds: 2025-07-02
  flags: none
  sanctions: REVOCATION, REAPPLY_BAN

Parameters used:
  bottomNRevoke = 5
  windowHits = 2

Citation: YB-DZ-OPINIONS/art-99.x
"
        );
    }

    #[test]
    fn chinese_labels_and_empty_answer() {
        let answer = json!({"outcome": "COMPLIANT", "outcomeLabel": "符合要求", "lang": "zh",
                            "yearComplete": false, "counted": ["2020-03-01", "2020-09-01"]});
        assert_eq!(
            explain(&answer),
            "符合要求(COMPLIANT)\n\n详情：\n  计入的会议日期：2020-03-01、2020-09-01\n  年度已结束：否\n\n"
        );
        assert_eq!(explain(&json!(null)), "\n\n");
    }

    /// The assessment fields: coded values in words, the years one per line, unknown codes and
    /// codes outside the agency table as written.
    #[test]
    fn assessment_fields_in_words() {
        let answer = json!({
            "lang": "ko",
            "zoneId": "B",
            "year": 2021,
            "hitYears": [2020, 2021],
            "triggers": ["RANK_FALL", "NEW_TRIGGER"],
            "measures": ["REAPPLY_BAN", "NO_PROMOTION"],
            "reapplyAllowedFrom": "2025-07-02",
            "dispatchedBy": "ACT.PREF_GOV",
            "countyId": "CTY.X",
            "mainRange": [2, 3],
            "years": [
                {"year": 2019, "rank": null, "populationSize": null, "rewardedByProvince": false,
                 "disqualifiedFor": [], "standing": "NOT_COUNTED", "hit": false},
                {"year": 2021, "rank": null, "populationSize": null, "rewardedByProvince": true,
                 "disqualifiedFor": ["FALSIFIED_STATS"], "standing": "DISQUALIFIED", "hit": true},
                {"year": 2022, "rank": 5, "populationSize": 88, "standing": "TOP"}
            ]
        });
        assert_eq!(
            explain(&answer),
            "연도: 2021

세부 사항:
  개발구: B
  현(시): CTY.X
  파출 주체: 주정부 (ACT.PREF_GOV)
  주공산업 수 요구: 2~3
  산입 연도: 2020, 2021
  발동 사유: 순위 하락, NEW_TRIGGER
  조치:
    - 기간 내 재신청 금지
    - 기간 내 당정 주요 책임자 발탁 금지
  재신청 가능일: 2025-07-02
  연도별 상황:
    2019년: 산입 제외(첫 산입 연도 이전)
    2021년: 심사평가 자격 취소 (통계자료 허위 보고·은폐) · 성의 표창을 받음 · 산입
    2022년: 88개 중 5위 · 상위 구간

"
        );
    }

    /// A disqualified year says why beside its standing; a year counted as bottom because it
    /// was disqualified (AMB-26) says so after its standing.
    #[test]
    fn disqualified_years_in_chinese_and_english() {
        let years = json!([
            {"year": 2021, "rank": null, "populationSize": null, "rewardedByProvince": false,
             "disqualifiedFor": ["ENV_INFRA"], "standing": "DISQUALIFIED", "hit": false},
            {"year": 2022, "rank": null, "populationSize": null, "rewardedByProvince": false,
             "disqualifiedFor": ["FALSIFIED_STATS", "OTHER"], "standing": "BOTTOM", "hit": true}
        ]);
        let zh = explain(&json!({"lang": "zh", "years": years}));
        assert!(
            zh.ends_with(
                "  逐年情况：\n    2021年：被取消考评资格(环保基础设施未按时建成) · 不计入\n    \
             2022年：处于后段 · 被取消考评资格：统计数据虚报瞒报、其他原因 · 计入\n\n"
            ),
            "{zh}"
        );
        let en = explain(&json!({"lang": "en", "years": years}));
        assert!(en.ends_with(
            "  Year by year:\n    2021: disqualified (environmental infrastructure not completed \
             on time) · not counted\n    2022: in the bottom band · disqualified: falsified or \
             concealed statistics, another reason · counted\n\n"
        ), "{en}");
    }
}
