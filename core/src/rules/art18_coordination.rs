//! (十八) 统筹推进开发区创新发展: overall coordination.
//!
//! > 州直有关部门、各县(市)自本意见印发之日起6个月内,研究制定有针对性、操作性、实效性的落实措施,
//! > 确保开发区改革和创新发展各项工作落到实处。
//!
//! art-18.c is the document's only dated deadline: every relevant prefecture department and every
//! county (city) must adopt implementation measures within 6 months of issuance. Each bearer has
//! its own instance of the deadline; a call evaluates one instance. Clause (十八) has no
//! 责任单位 list, so the bearers come from the body of the clause.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use chrono::{Datelike, NaiveDate};

use super::art16_organisation::{self as a16, JointMeetingsInput};
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode;
use crate::params::Params;
use crate::period::{add_months, PeriodConvention};
use alloc::vec::Vec;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-18.a: the Leading Group's joint meetings of the year meet art-16.b's count.
    RegularStudyMet = "REGULAR_STUDY_MET" {
        zh: "{year}年领导小组召开联席工作会议{count}次(第十六条要求至少{required}次),可视为“定期研究解决”重大问题",
        ko: "{year}년 령도소조가 련석사업회의를 {count}회 소집하였으므로(제16조 요구: 최소 {required}회) “정기적으로 연구, 해결”한 것으로 볼 수 있다",
        en: "the Leading Group held {count} joint work meeting(s) in {year} (art-16.b requires at least {required}): it studied major problems 「定期」 (regularly)"
    }
    /// art-18.a (needs a person): enough meetings, all in one half-year, while art-16.b is read
    /// as asking one in each (`meetingsRequireSpread`, AMB-31)
    RegularStudyNotSpread = "REGULAR_STUDY_NOT_SPREAD" {
        zh: "{year}年领导小组召开联席工作会议{count}次,但均在同一半年内;按参数 meetingsRequireSpread(AMB-31)的理解,第十六条的要求未满足,是否属于“定期研究解决”,需人工判断",
        ko: "{year}년 령도소조가 련석사업회의를 {count}회 소집하였으나 모두 같은 반년 안에 있었다. 매개변수 meetingsRequireSpread(AMB-31)에 따르면 제16조의 요구를 충족하지 못하였으므로 “정기적으로 연구, 해결”하였는지는 사람이 판단하여야 한다",
        en: "the Leading Group held {count} joint work meeting(s) in {year}, all in one half of the year: art-16.b as read under meetingsRequireSpread (AMB-31) is not met, so whether it studied major problems 「定期」 (regularly) is for a person to decide"
    }
    /// art-18.a: no meeting of the Leading Group in a complete year.
    RegularStudyNone = "REGULAR_STUDY_NONE" {
        zh: "{year}年领导小组未召开任何会议,不符合“定期研究解决开发区建设和发展中的重大问题”的要求",
        ko: "{year}년 령도소조가 회의를 한번도 소집하지 않아 “개발구 건설과 발전 중의 중대한 문제를 정기적으로 연구, 해결”하라는 요구에 부합되지 않는다",
        en: "the Leading Group held no meeting in {year}: it did not 「定期研究解决」 (regularly study and resolve) major problems"
    }
    /// art-18.a: the year is still running, art-16.b's count not reached yet.
    RegularStudyYearInProgress = "REGULAR_STUDY_YEAR_IN_PROGRESS" {
        zh: "截至{asOf},{year}年尚未结束:领导小组已召开联席工作会议{count}次;达到第十六条要求的{required}次即可视为“定期研究解决”,少于此数是否属“定期”需人工判断",
        ko: "{asOf} 현재 {year}년이 끝나지 않았다. 령도소조는 련석사업회의를 {count}회 소집하였다. 제16조가 요구하는 {required}회에 이르면 “정기적으로 연구, 해결”한 것으로 볼 수 있고, 그보다 적으면 “정기적”인지는 사람이 판단하여야 한다",
        en: "as of {asOf} the year {year} is not over: the Leading Group has held {count} joint work meeting(s); art-16.b's {required} would settle 「定期」 (regularly), and whether fewer is regular is for a person"
    }
    /// art-18.a: some meetings, but fewer than art-16.b's count, or only other meetings.
    RegularStudyUnquantified = "REGULAR_STUDY_UNQUANTIFIED" {
        zh: "{year}年领导小组召开联席工作会议{count}次、其他会议{other}次;“定期”未规定次数,是否达到“定期研究”需人工判断",
        ko: "{year}년 령도소조가 련석사업회의 {count}회, 기타 회의 {other}회를 소집하였다. “정기적”에는 횟수가 정해져 있지 않으므로 “정기적 연구”에 해당하는지는 사람이 판단하여야 한다",
        en: "the Leading Group held {count} joint work meeting(s) and {other} other meeting(s) in {year}; 「定期」 (regularly) sets no number, so a person must decide whether that is regular study"
    }
    /// art-18.c: the due date and how it was computed.
    ImplMeasuresDue = "IMPL_MEASURES_DUE" {
        zh: "落实措施最迟于{due}(含当日)制定(自{issueDate}印发之日起{months}个月内)",
        ko: "락착조치는 늦어도 {due}(당일 포함)까지 제정하여야 한다({issueDate} 인쇄발행일로부터 {months}개월 내)",
        en: "implementation measures are due by {due}, that day included ({months} months from issuance on {issueDate})"
    }
    /// art-18.c: the due day was a non-working day and rolled over.
    DueDateRolledOver = "DUE_DATE_ROLLED_OVER" {
        zh: "期限末日{unadjusted}为法定休假日,顺延至{due}",
        ko: "기한 마지막 날({unadjusted})이 법정 휴일이므로 기한은 {due}까지 연장된다",
        en: "the last day {unadjusted} is a non-working day; the period is extended to {due}"
    }
    /// art-18.c (needs a person): late or overdue only because the due date, a Saturday or
    /// Sunday, was not rolled over (AMB-02: `holidayRollover` is off by default)
    DueDateOnRestDay = "DUE_DATE_ON_REST_DAY" {
        zh: "期限日{due}为星期六或星期日;如该日为休息日且适用《民法典》第二百零三条的顺延(AMB-02,holidayRollover,需国务院节假日安排),期限延至其后的工作日,{date}即在期限内,需人工判断",
        ko: "기한일({due})이 토요일 또는 일요일이다. 그날이 휴식일이고 《민법전》 제203조의 순연(AMB-02, holidayRollover, 국무원 명절 안배가 있어야 함)을 적용하면 기한은 그 뒤의 근무일까지 연장되여 해당 날자({date})가 기한 안에 들므로 사람이 판단하여야 한다",
        en: "the due date {due} is a Saturday or Sunday: if that day is a rest day and the roll-over of Civil Code art. 203 applies (AMB-02, holidayRollover, with the State Council's holiday calendar), the period ends on the next working day and {date} is within it; a person must decide"
    }
    /// art-18.c (needs a person): late or overdue only by the days a holiday around a statutory
    /// public holiday (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节: `holiday_stretch_end`)
    /// could roll the due date over to, without the roll-over
    DueDateOnPublicHoliday = "DUE_DATE_ON_PUBLIC_HOLIDAY" {
        zh: "期限日{due}在元旦、春节、清明节、劳动节、端午节、中秋节或国庆节假期之内(法定节假日或国务院安排与之连休的日子);如适用《民法典》第二百零三条的顺延(AMB-02,holidayRollover,需国务院节假日安排),期限延至假期后的第一个工作日,{date}可能即在期限内,需人工判断",
        ko: "기한일({due})은 원단, 춘절, 청명절, 로동절, 단오절, 중추절 또는 국경절 휴가 기간(법정 명절 또는 국무원이 이와 련이어 쉬도록 안배한 날)에 든다. 《민법전》 제203조의 순연(AMB-02, holidayRollover, 국무원 명절 안배가 있어야 함)을 적용하면 기한은 명절 뒤의 첫 근무일까지 연장되여 해당 날자({date})가 기한 안에 들 수 있으므로 사람이 판단하여야 한다",
        en: "the due date {due} falls in the New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn or National Day holiday (a statutory public holiday, or a day the State Council's arrangements join to one): if the roll-over of Civil Code art. 203 applies (AMB-02, holidayRollover, with the State Council's holiday calendar), the period ends on the first working day after the holiday and {date} may be within it; a person must decide"
    }
    /// art-18.c (needs a person): measures dated before the opinion was issued
    AdoptedBeforeIssuance = "ADOPTED_BEFORE_ISSUANCE" {
        zh: "落实措施的制定日期{adoptedDate}早于本意见印发之日{issueDate},是否为落实本意见的措施需人工判断",
        ko: "락착조치 제정 날자({adoptedDate})가 본 의견 인쇄발행일({issueDate})보다 앞서므로 본 의견을 락착하는 조치인지는 사람이 판단하여야 한다",
        en: "the measures are dated {adoptedDate}, before the opinion was issued on {issueDate}: whether they implement it is for a person"
    }
    /// art-18.c: adopted on or before the due date.
    ImplMeasuresAdoptedOnTime = "IMPL_MEASURES_ADOPTED_ON_TIME" {
        zh: "落实措施已于{adoptedDate}制定,未超过期限{due}(含当日)",
        ko: "락착조치가 {adoptedDate}에 제정되여 기한({due}, 당일 포함)을 넘기지 않았다",
        en: "implementation measures were adopted on {adoptedDate}, on or before the due date {due}"
    }
    /// art-18.c: adopted after the due date.
    ImplMeasuresAdoptedLate = "IMPL_MEASURES_ADOPTED_LATE" {
        zh: "落实措施于{adoptedDate}制定,超过期限{due}共{daysLate}天",
        ko: "락착조치가 {adoptedDate}에 제정되여 기한({due})을 {daysLate}일 넘겼다",
        en: "implementation measures were adopted on {adoptedDate}, {daysLate} day(s) after the due date {due}"
    }
    /// art-18.c: not adopted and the due date has passed.
    ImplMeasuresOverdue = "IMPL_MEASURES_OVERDUE" {
        zh: "截至{asOf}尚未制定落实措施,已超过期限{due}共{daysOverdue}天",
        ko: "{asOf} 현재 락착조치가 제정되지 않았으며 기한({due})을 {daysOverdue}일 넘겼다",
        en: "as of {asOf} no implementation measures have been adopted; the due date {due} passed {daysOverdue} day(s) ago"
    }
    /// art-18.c: not adopted and still within the period.
    ImplMeasuresPending = "IMPL_MEASURES_PENDING" {
        zh: "截至{asOf}尚未制定落实措施,最迟于{due}(含当日)制定,还有{daysRemaining}天",
        ko: "{asOf} 현재 락착조치가 제정되지 않았으며 늦어도 {due}(당일 포함)까지 제정하여야 한다. {daysRemaining}일 남았다",
        en: "as of {asOf} no implementation measures have been adopted; they are due by {due}, that day included: {daysRemaining} day(s) remain"
    }
}

/// art-18.a: Leading Group: high-level coordination, regular study of major issues
pub static ART_18_A: RuleMeta = RuleMeta {
    id: "art-18.a",
    title: "Leading Group: high-level coordination, regular study of major issues",
    title_zh: "领导小组加强高位统筹,定期研究解决重大问题",
    title_ko: "령도소조의 높은 차원 통일적 조률, 중대 문제 정기 연구·해결",
    clause: "(十八)",
    clause_title: "统筹推进开发区创新发展",
    kinds: &[Kind::RecurringDuty],
    strength: Strength::Mandatory,
    bearers: &["ACT.LG"],
    owed_by: OwedBy::Words,
    quote: "州开发区工作领导小组要加强高位统筹,定期研究解决开发区建设和发展中的重大问题。",
    extra_quotes: &[],
    en: "The Prefecture Development Zone Work Leading Group shall strengthen high-level coordination and regularly study and resolve major problems in zone construction and development.",
    ko: "주개발구사업령도소조는 높은 차원의 통일적 조률을 강화하고 개발구 건설과 발전 중의 중대한 문제를 정기적으로 연구, 해결하여야 한다.",
    ambiguities: &["AMB-31"],
    evaluation: Evaluation::Function,
};

/// art-18.b: Counties: leadership, mechanisms, leadership teams, incentive and fault-tolerance mechanisms
pub static ART_18_B: RuleMeta = RuleMeta {
    id: "art-18.b",
    title: "Counties: leadership, mechanisms, leadership teams, incentive and fault-tolerance mechanisms",
    title_zh: "县(市)加强组织领导、选配领导班子、建立激励和容错纠错机制",
    title_ko: "현(시)의 조직 령도 강화, 령도반부 선발 배치, 격려기제와 착오 용인·시정 기제 건립",
    clause: "(十八)",
    clause_title: "统筹推进开发区创新发展",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "各县(市)要切实加强组织领导,健全工作机制,高标准选配开发区领导班子,认真贯彻落实中央、省关于进一步激励广大干部新时代新担当新作为的意见精神,建立激励机制和容错纠错机制,为开发区干部干事创业创造良好条件。",
    extra_quotes: &[],
    en: "Each county (city) shall strengthen organisation and leadership, improve working mechanisms, staff zone leadership teams to a high standard, implement the central and provincial opinions on encouraging cadres to take on new responsibilities in the new era, and establish incentive mechanisms and fault-tolerance-and-correction (容错纠错) mechanisms.",
    ko: "각 현(시)은 조직 령도를 착실히 강화하고 사업기제를 건전히 하며 높은 표준으로 개발구 령도반부를 선발 배치하고, 광범한 간부들이 새 시대에 새로운 담당과 새로운 작위를 하도록 한층 더 격려할 데 관한 중앙과 성의 의견 정신을 착실히 관철, 락착하며, 격려기제와 착오 용인·시정 기제를 건립하여 개발구 간부들이 일하고 창업하는 데 좋은 조건을 마련하여야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-18.c: Implementation measures within 6 months of issuance
pub static ART_18_C: RuleMeta = RuleMeta {
    id: "art-18.c",
    title: "Implementation measures within 6 months of issuance",
    title_zh: "印发之日起6个月内制定落实措施",
    title_ko: "인쇄발행된 날로부터 6개월 내 락착조치 제정",
    clause: "(十八)",
    clause_title: "统筹推进开发区创新发展",
    kinds: &[Kind::Deadline],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS", "AG.CTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "州直有关部门、各县(市)自本意见印发之日起6个月内,研究制定有针对性、操作性、实效性的落实措施,确保开发区改革和创新发展各项工作落到实处。",
    extra_quotes: &[],
    en: "Relevant prefecture departments and each county (city) shall, within 6 months from the date this Opinion is issued, study and formulate targeted, operable and effective implementation measures to ensure that all work on zone reform and innovative development is carried out.",
    ko: "주 직속 관련 부문과 각 현(시)은 본 의견이 인쇄발행된 날로부터 6개월 내에 목적성, 조작성, 실효성 있는 락착조치를 연구·제정하여 개발구 개혁과 혁신발전의 각 사업이 실효를 거두도록 확보하여야 한다.",
    ambiguities: &["AMB-01", "AMB-02", "AMB-41"],
    evaluation: Evaluation::Function,
};

/// What a caller knows about one bearer's implementation measures.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `issueDate` and `asOf` or `adoptedDate`"
    )
)]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{"required": ["asOf"]}, {"required": ["adoptedDate"]}]))
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ImplMeasuresInput {
    /// The date the opinion was issued (印发之日; `P.issue_date`, AMB-01). Required: it is not in
    /// the source file.
    pub issue_date: IsoDate,
    /// The date the status is asked for. Facts dated after it are not counted.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
    /// The date the bearer formally adopted (issued) its measures (AMB-41), if it has.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub adopted_date: Option<IsoDate>,
}

/// art-18.c's own fields in the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ImplMeasuresDetail {
    /// The last day on which adoption is on time.
    pub due: IsoDate,
    /// The due date before a holiday roll-over, present only when one happened.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub unadjusted_due: Option<IsoDate>,
    /// Days after the due date the measures were adopted (MET_LATE only).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub days_late: Option<i64>,
    /// Days the due date has passed without adoption (OVERDUE only).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub days_overdue: Option<i64>,
    /// Days left until the due date (PENDING only; 0 on the due day).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub days_remaining: Option<i64>,
}

/// The due date of art-18.c for an issuance date, with the roll-over when it is on.
///
/// Returns `(due, Some(unadjusted))` when a holiday roll-over moved the date.
///
/// # Errors
/// `OUT_OF_RANGE` for an issuance date near the end of the calendar; `INVALID_OPTIONS` when the
/// roll-over is on without a holiday calendar covering the due date's year.
pub fn due_date(
    issue_date: NaiveDate,
    params: &Params,
) -> Result<(NaiveDate, Option<NaiveDate>), Error> {
    // Dates are read and written as `YYYY-MM-DD`: a due date after 9999-12-31 could not be written.
    let plain = add_months(issue_date, params.impl_measures_months)
        .filter(|d| d.year() <= 9999)
        .ok_or_else(|| {
            let (months, issued) = (params.impl_measures_months, crate::dates::Iso(issue_date));
            Error::out_of_range(
                "input.issueDate",
                text!(zh: "期限日(`{issued}` 之后 {months} 个月)超出 9999-12-31", ko: "기한일(`{issued}`부터 {months}개월 후)이 9999-12-31을 넘습니다", en: "the due date ({months} months after `{issued}`) is beyond 9999-12-31"),
            )
        })?;
    if !(params.holiday_rollover && params.period_convention.allows_rollover()) {
        return Ok((plain, None));
    }
    let cal = params.holiday_calendar.as_ref().ok_or_else(|| {
        Error::options(
            crate::error::Problem::Inconsistent,
            "options.params.holidayCalendar",
            text!(zh: "`holidayRollover` 为 true 时须提供节假日日历", ko: "`holidayRollover`가 true이면 명절 달력이 있어야 합니다", en: "a holiday calendar is required when `holidayRollover` is true"),
        )
        .with_help(text!(zh: "提供期限所在年度国务院公布的节假日和调休上班日,或将 `holidayRollover` 设为 false", ko: "기한 년도의 국무원 명절과 조정 근무일을 주거나 `holidayRollover`를 false로 하십시오", en: "supply the State Council's holiday and make-up working days for the due year, or set `holidayRollover` to false"))
    })?;
    let rolled = cal.next_working_day(plain).ok_or_else(|| {
        // The day the roll-over reaches that the calendar does not cover: the due date itself,
        // or a day after it in a year not given (a due date of 31 December rolls into the next).
        let mut uncovered = plain;
        while cal.is_working_day(uncovered) == Some(false) {
            match uncovered.succ_opt() {
                Some(next) => uncovered = next,
                None => break,
            }
        }
        let (day, due, year) = (
            crate::dates::Iso(uncovered),
            crate::dates::Iso(plain),
            uncovered.year(),
        );
        let message = if uncovered == plain {
            text!(zh: "节假日日历未涵盖期限日 {due} 所在的 {year} 年", ko: "명절 달력에 기한일 {due}이 속한 {year}년이 없습니다", en: "the holiday calendar does not cover {year}, the year of the due date {due}")
        } else {
            text!(zh: "节假日日历未涵盖 {year} 年:自期限日 {due} 起顺延要看 {day}", ko: "명절 달력에 {year}년이 없습니다. 기한일 {due}부터 순연하려면 {day}를 보아야 합니다", en: "the holiday calendar does not cover {year}: rolling over from the due date {due} reaches {day}")
        };
        Error::options(
            crate::error::Problem::Inconsistent,
            "options.params.holidayCalendar.years",
            message,
        )
        .with_help(text!(zh: "在 `years` 中加入 {year} 年,并给出该年的节假日和调休上班日", ko: "`years`에 {year}년을 넣고 그해의 명절과 조정 근무일을 주십시오", en: "add {year} to `years`, with that year's holidays and make-up working days"))
    })?;
    Ok((rolled, (rolled != plain).then_some(plain)))
}

/// art-18.c decided, with nothing allocated: the outcome, the rule's own fields and every fact
/// its reasons name, as plain values ([`impl_measures_decision`]). The answer
/// ([`impl_measures_deadline`]) is this with its reasons written out
/// ([`ImplMeasuresDecision::answer`]); the decision is for a caller that reads the outcome, the
/// dates or the codes and renders nothing (issue 12's typed check: no message, no heap).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImplMeasuresDecision {
    /// MET_ON_TIME, MET_LATE, OVERDUE or PENDING.
    pub outcome: Outcome,
    /// The answer's own fields (the due date, days late, overdue or remaining).
    pub detail: ImplMeasuresDetail,
    /// The issuance date asked about.
    pub issue_date: NaiveDate,
    /// The date asked as of, if any.
    pub as_of: Option<NaiveDate>,
    /// The adoption known on `as_of` (an adoption dated after `as_of` is not).
    pub adopted: Option<NaiveDate>,
    /// An adoption dated after `as_of`, not counted (`EVENT_AFTER_AS_OF`).
    pub adopted_after_as_of: Option<NaiveDate>,
    /// The months of the period (`implMeasuresMonths`).
    pub months: u32,
    /// Late or overdue only by the weekend after a due date on a Saturday or Sunday, without
    /// the roll-over (`DUE_DATE_ON_REST_DAY`, for a person): the adoption's or `as_of`'s date.
    pub rest_day: Option<NaiveDate>,
    /// Whether [`Self::rest_day`]'s due date is a statutory public holiday on a fixed date
    /// (`DUE_DATE_ON_PUBLIC_HOLIDAY`) rather than a Saturday or Sunday.
    pub rest_day_holiday: bool,
}

impl ImplMeasuresDecision {
    /// Whether a person must decide anything (the answer's `needsHuman` is not empty).
    #[must_use]
    pub fn needs_human(&self) -> bool {
        self.rest_day.is_some() || self.adopted_before_issuance().is_some()
    }

    /// The known adoption when it is dated before issuance (`ADOPTED_BEFORE_ISSUANCE`).
    #[must_use]
    pub fn adopted_before_issuance(&self) -> Option<NaiveDate> {
        self.adopted.filter(|a| *a < self.issue_date)
    }

    /// The codes of the answer's reasons and then of its `needsHuman`, in their order, each
    /// in its own place, `None` where the answer has no such reason: the due date, a
    /// roll-over, an adoption after `asOf`, the status, a question asked before issuance; then
    /// measures dated before issuance, a due date on a rest day. No facts, no messages.
    #[must_use]
    pub fn codes(&self) -> [Option<ReasonCode>; 7] {
        [
            Some(ReasonCode::ImplMeasuresDue),
            self.detail
                .unadjusted_due
                .map(|_| ReasonCode::DueDateRolledOver),
            self.adopted_after_as_of.map(|_| ReasonCode::EventAfterAsOf),
            Some(self.status_code()),
            self.as_of
                .filter(|a| *a < self.issue_date)
                .map(|_| ReasonCode::AsOfBeforeIssuance),
            self.adopted_before_issuance()
                .map(|_| ReasonCode::AdoptedBeforeIssuance),
            self.rest_day.map(|_| self.rest_day_code()),
        ]
    }

    /// The answer in brief ([`crate::answer::Brief`]): [`Self::codes`]' places, the first
    /// [`Self::REASON_PLACES`] the reasons', the rest `needsHuman`'s.
    #[must_use]
    pub fn brief(&self) -> crate::answer::Brief {
        let codes = self.codes();
        let (reasons, human) = codes.split_at(Self::REASON_PLACES);
        crate::answer::Brief::from_codes(
            RuleId::ART_18_C,
            self.outcome,
            reasons.iter().flatten().copied().collect(),
            human.iter().flatten().copied().collect(),
        )
    }

    /// How many of [`Self::codes`]' places are the answer's reasons (the rest are its
    /// `needsHuman`).
    pub const REASON_PLACES: usize = 5;

    /// The codes [`Self::human_reasons`] gives, each when it applies: what the duties read to tell
    /// a status a person must settle (`duties::Duty::needs_person`).
    pub const HUMAN_CODES: [ReasonCode; 3] = [
        ReasonCode::AdoptedBeforeIssuance,
        ReasonCode::DueDateOnRestDay,
        ReasonCode::DueDateOnPublicHoliday,
    ];

    /// The code of [`Self::rest_day`]'s question: a holiday's or a weekend's.
    const fn rest_day_code(&self) -> ReasonCode {
        if self.rest_day_holiday {
            ReasonCode::DueDateOnPublicHoliday
        } else {
            ReasonCode::DueDateOnRestDay
        }
    }

    /// What a person must decide (the answer's `needsHuman`): measures dated before issuance, a
    /// due date on a rest day ([`Self::HUMAN_CODES`]). The compliance report's and the
    /// obligations' art-18.c duties carry the same reasons (`duties::impl_measures_duties`).
    #[must_use]
    pub fn human_reasons(&self) -> Vec<Reason> {
        let rule = RuleId::ART_18_C;
        let mut needs_human = Vec::new();
        if let Some(adopted) = self.adopted_before_issuance() {
            needs_human.add(
                Reason::sized(ReasonCode::AdoptedBeforeIssuance, rule, 2)
                    .with("adoptedDate", adopted)
                    .with("issueDate", self.issue_date),
            );
        }
        if let Some(date) = self.rest_day {
            needs_human.add(
                Reason::sized(self.rest_day_code(), rule, 2)
                    .with("date", date)
                    .with("due", self.detail.due),
            );
        }
        needs_human
    }

    /// The reason code of the outcome.
    fn status_code(&self) -> ReasonCode {
        match self.outcome {
            Outcome::MetOnTime => ReasonCode::ImplMeasuresAdoptedOnTime,
            Outcome::MetLate => ReasonCode::ImplMeasuresAdoptedLate,
            Outcome::Pending => ReasonCode::ImplMeasuresPending,
            _ => ReasonCode::ImplMeasuresOverdue,
        }
    }

    /// The answer: the decision with its reasons (and their facts) written out and the
    /// parameters used listed from `params`, the ones it was decided with.
    #[must_use]
    pub fn answer(&self, params: &Params) -> Answer<ImplMeasuresDetail> {
        let rule = RuleId::ART_18_C;
        let d = &self.detail;
        let due = d.due;
        // At most five reasons: the due date, a roll-over, an adoption after `asOf`, the status,
        // a question asked before issuance.
        let mut reasons = Vec::with_capacity(5);
        reasons.add(
            Reason::sized(ReasonCode::ImplMeasuresDue, rule, 3)
                .with("due", due)
                .with("issueDate", self.issue_date)
                .with("months", self.months),
        );
        if let Some(plain) = d.unadjusted_due {
            reasons.add(
                Reason::sized(ReasonCode::DueDateRolledOver, rule, 2)
                    .with("due", due)
                    .with("unadjusted", plain),
            );
        }
        if let (Some(adopted), Some(as_of)) = (self.adopted_after_as_of, self.as_of) {
            reasons.add(
                Reason::sized(ReasonCode::EventAfterAsOf, rule, 2)
                    .with("asOf", as_of)
                    .with("date", adopted),
            );
        }
        let code = self.status_code();
        let status = Reason::sized(code, rule, 3);
        reasons.add(match (self.outcome, self.adopted, self.as_of) {
            (Outcome::MetOnTime, Some(adopted), _) => {
                status.with("adoptedDate", adopted).with("due", due)
            }
            (Outcome::MetLate, Some(adopted), _) => status
                .with("adoptedDate", adopted)
                .with("daysLate", d.days_late.unwrap_or_default())
                .with("due", due),
            (Outcome::Pending, _, Some(as_of)) => status
                .with("asOf", as_of)
                .with("daysRemaining", d.days_remaining.unwrap_or_default())
                .with("due", due),
            (_, _, Some(as_of)) => status
                .with("asOf", as_of)
                .with("daysOverdue", d.days_overdue.unwrap_or_default())
                .with("due", due),
            // Not made by `impl_measures_decision`: each outcome has its date.
            _ => status,
        });
        if let Some(as_of) = self.as_of.filter(|a| *a < self.issue_date) {
            reasons.add(
                Reason::sized(ReasonCode::AsOfBeforeIssuance, rule, 2)
                    .with("asOf", as_of)
                    .with("issueDate", self.issue_date),
            );
        }
        Answer {
            rule_id: rule,
            outcome: self.outcome,
            reasons,
            needs_human: self.human_reasons(),
            params_used: params_used(params),
            detail: *d,
        }
    }
}

/// Decides art-18.c for one bearer without allocating: the due date, and as of a date
/// MET_ON_TIME, MET_LATE (with days late), OVERDUE or PENDING, with every fact the answer's
/// reasons name ([`impl_measures_deadline`] is this decision's answer).
///
/// An adoption dated after `as_of` is not known on `as_of` and is not counted.
///
/// # Errors
/// As [`impl_measures_deadline`].
///
/// ```
/// use devzone_rules::dates::IsoDate;
/// use devzone_rules::{answer::Outcome, params::Params};
/// use devzone_rules::rules::art18_coordination::{impl_measures_decision, ImplMeasuresInput};
/// let d = |s: &str| s.parse::<IsoDate>().unwrap();
/// let input = ImplMeasuresInput { issue_date: d("2019-06-01"), as_of: Some(d("2019-11-29")), adopted_date: None };
/// let decision = impl_measures_decision(&input, &Params::default()).unwrap();
/// assert_eq!(decision.outcome, Outcome::Pending);
/// assert_eq!(decision.detail.days_remaining, Some(2));
/// assert!(!decision.needs_human());
/// ```
pub fn impl_measures_decision(
    input: &ImplMeasuresInput,
    params: &Params,
) -> Result<ImplMeasuresDecision, Error> {
    if input.as_of.is_none() && input.adopted_date.is_none() {
        return Err(no_dates());
    }
    let (due, unadjusted) = due_date(*input.issue_date, params)?;
    let as_of = input.as_of.map(IsoDate::get);
    let (adopted, adopted_after_as_of) = match (input.adopted_date.map(IsoDate::get), as_of) {
        (Some(adopted), Some(as_of)) if adopted > as_of => (None, Some(adopted)),
        (adopted, _) => (adopted, None),
    };
    let mut detail = ImplMeasuresDetail {
        due: IsoDate(due),
        unadjusted_due: unadjusted.map(IsoDate),
        days_late: None,
        days_overdue: None,
        days_remaining: None,
    };
    let outcome = match (adopted, as_of) {
        (Some(adopted), _) if adopted <= due => Outcome::MetOnTime,
        (Some(adopted), _) => {
            detail.days_late = Some((adopted - due).num_days());
            Outcome::MetLate
        }
        (None, Some(as_of)) if as_of <= due => {
            detail.days_remaining = Some((due - as_of).num_days());
            Outcome::Pending
        }
        (None, Some(as_of)) => {
            detail.days_overdue = Some((as_of - due).num_days());
            Outcome::Overdue
        }
        // Unreachable by the check above; answering with an error keeps the function total.
        (None, None) => return Err(no_dates()),
    };

    // Without the roll-over (AMB-02's default), a due date on a Saturday or Sunday is not
    // moved; when the answer is late or overdue only by the days up to the next Monday (which
    // the roll-over of Civil Code art. 203 would reach at least, were the day a rest day: the
    // State Council's calendar decides, and the crate ships none), a person decides rather
    // than the default alone. Only without the roll-over: with it, the caller's calendar has
    // already said whether the due day was a rest day (a weekend day may be a make-up working
    // day, 调休).
    //
    // A due date on a statutory public holiday (《全国年节及纪念日放假办法》: 元旦, 春节, 清明节,
    // 劳动节, 端午节, 中秋节, 国庆节), or on a day the State Council's arrangements have joined to
    // one, may be a rest day; which days are is not known without its calendar, so a person
    // decides when the answer is late or overdue only by days up to the first weekday after the
    // longest such holiday ([`holiday_stretch_end`]).
    let mut rest_day_holiday = false;
    let rest_day = if params.holiday_rollover && params.period_convention.allows_rollover() {
        None
    } else {
        // A due date in a holiday, or on a Saturday or Sunday: the roll-over would reach the
        // first day after it that is neither (a weekend joining a holiday, or a holiday after a
        // weekend, followed through).
        let weekend = matches!(due.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
        rest_day_holiday = holiday_stretch_end(due).is_some();
        let reach = (rest_day_holiday || weekend)
            .then(|| first_working_day_after(due))
            .flatten();
        let date = match outcome {
            Outcome::MetLate => adopted,
            Outcome::Overdue => as_of,
            _ => None,
        };
        date.filter(|date| reach.is_some_and(|reach| *date <= reach))
    };
    let rest_day_holiday = rest_day_holiday && rest_day.is_some();
    Ok(ImplMeasuresDecision {
        outcome,
        detail,
        issue_date: *input.issue_date,
        as_of,
        adopted,
        adopted_after_as_of,
        months: params.impl_measures_months,
        rest_day,
        rest_day_holiday,
    })
}

/// When `day` falls in the longest holiday the State Council's arrangements have made of a
/// statutory public holiday (《全国年节及纪念日放假办法》): that holiday's last day, following one
/// holiday into the next when they join (中秋节 into 国庆节). Each holiday is taken at its
/// longest (a person decides within it, so a stretch too long only asks, one too short would
/// answer silently):
/// - on a fixed date: 元旦 1 January → 30 December – 3 January (2018's ran 30 December – 1
///   January); 清明节 (4 or 5 April, a solar term) → 2–7 April; 劳动节 1 May, and 2 May from
///   2025 → 29 April – 5 May (2018's ran 29 April – 1 May, 2023's 29 April – 3 May); 国庆节 1–3
///   October → 1–8 October;
/// - on a lunar date ([`LUNAR_FESTIVALS`], 2014–2036 only: outside them, the fixed ones alone):
///   春节 → from two days before 正月初一 to eight days after (2026: 15–23 February, 腊月廿八 to
///   正月初七; 2020's, lengthened, to 2 February, 正月初九); 端午节 (五月初五) and 中秋节 (八月十五)
///   → two days either side.
fn holiday_stretch_end(day: NaiveDate) -> Option<NaiveDate> {
    let mut end = holiday_span_end(day)?;
    // Strictly later each time, and a holiday is at most a few days long: a few steps.
    while let Some(next) = end.succ_opt().and_then(holiday_span_end) {
        if next <= end {
            break;
        }
        end = next;
    }
    Some(end)
}

/// The latest last day of the holidays (as [`holiday_stretch_end`] takes them) `day` is in.
fn holiday_span_end(day: NaiveDate) -> Option<NaiveDate> {
    let y = day.year();
    let fixed = match (day.month(), day.day()) {
        (12, 30..=31) => NaiveDate::from_ymd_opt(y.saturating_add(1), 1, 3),
        (1, 1..=3) => NaiveDate::from_ymd_opt(y, 1, 3),
        (4, 2..=7) => NaiveDate::from_ymd_opt(y, 4, 7),
        (4, 29..=30) | (5, 1..=5) => NaiveDate::from_ymd_opt(y, 5, 5),
        (10, 1..=8) => NaiveDate::from_ymd_opt(y, 10, 8),
        _ => None,
    };
    let lunar = lunar_festivals(y)
        .into_iter()
        .flatten()
        .filter_map(|(date, before, after)| {
            let start = date.checked_sub_days(chrono::Days::new(before))?;
            let end = date.checked_add_days(chrono::Days::new(after))?;
            (start <= day && day <= end).then_some(end)
        });
    fixed.into_iter().chain(lunar).max()
}

/// The first year of [`LUNAR_FESTIVALS`].
const LUNAR_FIRST_YEAR: i32 = 2014;

/// 春节 (正月初一), 端午节 (五月初五) and 中秋节 (八月十五) in the Gregorian calendar, as (month,
/// day) each, for the years from [`LUNAR_FIRST_YEAR`] on: checked against an astronomical
/// calendar (`lunar-lite`) by this module's test. A table rather than the library: the check
/// needs 23 years, the library a calendar for all of them.
const LUNAR_FESTIVALS: [[(u8, u8); 3]; 23] = [
    [(1, 31), (6, 2), (9, 8)],   // 2014
    [(2, 19), (6, 20), (9, 27)], // 2015
    [(2, 8), (6, 9), (9, 15)],   // 2016
    [(1, 28), (5, 30), (10, 4)], // 2017
    [(2, 16), (6, 18), (9, 24)], // 2018
    [(2, 5), (6, 7), (9, 13)],   // 2019
    [(1, 25), (6, 25), (10, 1)], // 2020
    [(2, 12), (6, 14), (9, 21)], // 2021
    [(2, 1), (6, 3), (9, 10)],   // 2022
    [(1, 22), (6, 22), (9, 29)], // 2023
    [(2, 10), (6, 10), (9, 17)], // 2024
    [(1, 29), (5, 31), (10, 6)], // 2025
    [(2, 17), (6, 19), (9, 25)], // 2026
    [(2, 6), (6, 9), (9, 15)],   // 2027
    [(1, 26), (5, 28), (10, 3)], // 2028
    [(2, 13), (6, 16), (9, 22)], // 2029
    [(2, 3), (6, 5), (9, 12)],   // 2030
    [(1, 23), (6, 24), (10, 1)], // 2031
    [(2, 11), (6, 12), (9, 19)], // 2032
    [(1, 31), (6, 1), (9, 8)],   // 2033
    [(2, 19), (6, 20), (9, 27)], // 2034
    [(2, 8), (6, 10), (9, 16)],  // 2035
    [(1, 28), (5, 30), (10, 4)], // 2036
];

/// `year`'s 春节, 端午节 and 中秋节, each with the days its longest holiday runs before and
/// after it; `None`s outside [`LUNAR_FESTIVALS`].
fn lunar_festivals(year: i32) -> [Option<(NaiveDate, u64, u64)>; 3] {
    let row = usize::try_from(year - LUNAR_FIRST_YEAR)
        .ok()
        .and_then(|i| LUNAR_FESTIVALS.get(i));
    let at = |k: usize, before, after| {
        let (m, d) = *row?.get(k)?;
        Some((
            NaiveDate::from_ymd_opt(year, m.into(), d.into())?,
            before,
            after,
        ))
    };
    [at(0, 2, 8), at(1, 2, 2), at(2, 2, 2)]
}

/// The first day after `day` that is neither a Saturday or Sunday nor in a holiday's longest
/// stretch ([`holiday_stretch_end`]): where the roll-over of Civil Code art. 203 would reach at
/// the latest, without the State Council's calendar.
fn first_working_day_after(day: NaiveDate) -> Option<NaiveDate> {
    let mut next = day.succ_opt()?;
    // Each step passes a weekend day or a whole stretch: a few steps.
    loop {
        if let Some(end) = holiday_stretch_end(next) {
            next = end.succ_opt()?;
        } else if matches!(next.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
            next = next.succ_opt()?;
        } else {
            return Some(next);
        }
    }
}

/// art-18.c in brief ([`crate::answer::Brief`]), from its decision.
///
/// # Errors
/// As [`impl_measures_deadline`].
pub fn impl_measures_brief(
    input: &ImplMeasuresInput,
    params: &Params,
) -> Result<crate::answer::Brief, Error> {
    impl_measures_decision(input, params).map(|d| d.brief())
}

/// `INVALID_INPUT` at `input`: neither `asOf` nor `adoptedDate` given.
#[cold]
fn no_dates() -> Error {
    Error::input(
        crate::error::Problem::MissingField,
        "input",
        text!(zh: "应给出 `asOf` 或 `adoptedDate`(或两者)", ko: "`asOf`나 `adoptedDate`(또는 둘 다)가 있어야 합니다", en: "expected `asOf` or `adoptedDate` (or both)"),
    )
}

/// Evaluates art-18.c for one bearer: the due date, and as of a date MET_ON_TIME, MET_LATE
/// (with days late), OVERDUE or PENDING, with the reasons: [`impl_measures_decision`]'s
/// [`answer`](ImplMeasuresDecision::answer).
///
/// An adoption dated after `as_of` is not known on `as_of` and is not counted.
///
/// # Errors
/// `INVALID_INPUT` at `input` when neither `asOf` nor `adoptedDate` is given, and the errors of
/// [`due_date`].
///
/// ```
/// use devzone_rules::dates::IsoDate;
/// use devzone_rules::{answer::Outcome, params::Params};
/// use devzone_rules::rules::art18_coordination::{impl_measures_deadline, ImplMeasuresInput};
/// let d = |s: &str| s.parse::<IsoDate>().unwrap();
/// let input = ImplMeasuresInput { issue_date: d("2019-06-01"), as_of: None, adopted_date: Some(d("2019-12-02")) };
/// let answer = impl_measures_deadline(&input, &Params::default()).unwrap();
/// assert_eq!(answer.outcome, Outcome::MetLate);
/// assert_eq!(answer.detail.due, d("2019-12-01"));
/// assert_eq!(answer.detail.days_late, Some(1));
/// ```
#[inline]
pub fn impl_measures_deadline(
    input: &ImplMeasuresInput,
    params: &Params,
) -> Result<Answer<ImplMeasuresDetail>, Error> {
    Ok(impl_measures_decision(input, params)?.answer(params))
}

fn params_used(params: &Params) -> ParamsUsed {
    // Four parameters, five with a holiday calendar: one allocation.
    let mut used = ParamsUsed::with_capacity(5);
    used.set("holidayRollover", params.holiday_rollover.into());
    used.set("implMeasuresMonths", params.impl_measures_months.into());
    used.set("issueDateBasis", params.issue_date_basis.as_str().into());
    used.set("periodConvention", params.period_convention.as_str().into());
    if params.holiday_rollover && params.period_convention == PeriodConvention::CivilCode201To204 {
        if let Some(cal) = &params.holiday_calendar {
            use crate::answer::Value;
            let dates = |ds: &[crate::dates::IsoDate]| {
                Value::List(ds.iter().map(|d| Value::from(*d)).collect())
            };
            let mut m = alloc::collections::BTreeMap::new();
            m.insert(
                "years",
                Value::List(cal.years.iter().map(|y| Value::from(*y)).collect()),
            );
            m.insert("holidays", dates(&cal.holidays));
            m.insert("workingWeekendDays", dates(&cal.working_weekend_days));
            used.set("holidayCalendar", Value::Map(m));
        }
    }
    used
}

/// Labels of art-18.a's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_18_A_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[f(
        "otherMeetings",
        "领导小组召开的其他会议次数",
        "령도소조가 소집한 기타 회의 차수",
        "Other meetings of the Leading Group",
        Shape::Plain,
    )]
};

computed! {
    /// art-18.c as a computed rule ([`impl_measures_deadline`]).
    ImplMeasures: ART_18_C(ImplMeasuresInput) -> ImplMeasuresDetail = impl_measures_deadline;
    brief = impl_measures_brief;
    outcomes: [MetOnTime, MetLate, Overdue, Pending];
}

/// art-18.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RegularStudyDetail {
    /// The year checked.
    pub year: i32,
    /// The first year the duty applies to (as for art-16.b).
    pub first_applicable_year: i32,
    /// Joint work meetings of the Leading Group that art-16.b counts.
    pub count: usize,
    /// art-16.b's yearly minimum (`meetingsMinPerYear`).
    pub required: u32,
    /// Other meetings the Leading Group convened in the year (not counted by art-16.b).
    pub other_meetings: usize,
    /// Whether the year is over on `asOf` (always true without `asOf`).
    pub year_complete: bool,
}

/// art-18.a 「定期研究解决开发区建设和发展中的重大问题」 for one year, from the meetings art-16.b
/// counts (catalog: no separate count). 「定期」 sets no number: art-16.b's yearly minimum met is
/// regular study; a complete year without any meeting of the Leading Group is not; anything in
/// between (fewer joint meetings than art-16.b asks, or only other meetings) is for a person.
/// A year not over yet with the minimum not reached is PENDING.
///
/// # Errors
/// As [`joint_meetings`](super::art16_organisation::joint_meetings).
pub fn regular_study(
    input: &a16::JointMeetingsInput,
    params: &Params,
) -> Result<Answer<RegularStudyDetail>, Error> {
    let rule = RuleId::ART_18_A;
    let meetings = a16::joint_meetings(input, params)?;
    let m = &meetings.detail;
    let as_of = input.as_of.map(IsoDate::get);
    // The Group's other meetings of the year (known on `asOf`): its own, or its Office's when
    // art-16.b counts the Office's.
    let other = input
        .meetings
        .iter()
        .filter(|x| {
            x.date.year() == m.year
                && as_of.is_none_or(|a| *x.date <= a)
                && x.kind != a16::MeetingKind::JointWorkMeeting
                && a16::convened_for_group(x, params)
        })
        .count();
    let count_ok = u32::try_from(m.count).map_or(true, |c| c >= m.required);
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let year_reason = |code| {
        Reason::new(code, rule)
            .with("count", m.count)
            .with("required", m.required)
            .with("year", m.year)
    };
    let outcome = if meetings.outcome == Outcome::NotYetApplicable {
        reasons.add(
            Reason::new(ReasonCode::MeetingsNotYetApplicable, rule)
                .with("firstYear", m.first_applicable_year)
                .with("year", m.year),
        );
        Outcome::NotYetApplicable
    } else if count_ok
        && (!params.meetings_require_spread || meetings.outcome == Outcome::Compliant)
    {
        reasons.add(year_reason(ReasonCode::RegularStudyMet));
        Outcome::Compliant
    } else if count_ok && m.year_complete {
        // Enough meetings, all in one half-year, where art-16.b is read as asking one in each
        // (`meetingsRequireSpread`, AMB-31): art-16.b is not met, and whether such study is
        // 「定期」 is a person's question, not a claim that art-16.b's count settles it.
        needs_human.add(year_reason(ReasonCode::RegularStudyNotSpread));
        Outcome::NeedsHuman
    } else if count_ok {
        // Enough meetings so far, all in the first half, the year still running: what is
        // missing under `meetingsRequireSpread` is one in the second half, as art-16.b says.
        let mut r = Reason::new(ReasonCode::MeetingsSecondHalfToCome, rule)
            .with("count", m.count)
            .with("year", m.year);
        if let Some(a) = input.as_of {
            r = r.with("asOf", a);
        }
        reasons.add(r);
        Outcome::Pending
    } else if !m.year_complete {
        // Not "n more needed": 「定期」 sets no number (art-16.b's count settles it, fewer is a
        // person's question at the year's end).
        let mut r = year_reason(ReasonCode::RegularStudyYearInProgress);
        if let Some(a) = input.as_of {
            r = r.with("asOf", a);
        }
        reasons.add(r);
        Outcome::Pending
    } else if meetings.outcome == Outcome::Unknown {
        // No meeting record at all, and the list not said to be complete: nothing is known
        // (as art-16.b answers the same input), not a year without a meeting.
        reasons.add(Reason::new(ReasonCode::MeetingsNoneGiven, rule).with("year", m.year));
        Outcome::Unknown
    } else if meetings.outcome == Outcome::NeedsHuman && m.count == 0 && other == 0 {
        // A meeting recorded as the Bureau of Commerce's may be the Office's (art-16.b says so).
        needs_human.extend(meetings.needs_human.iter().cloned());
        Outcome::NeedsHuman
    } else if m.count == 0 && other == 0 {
        reasons.add(Reason::new(ReasonCode::RegularStudyNone, rule).with("year", m.year));
        Outcome::NonCompliant
    } else {
        needs_human.add(year_reason(ReasonCode::RegularStudyUnquantified).with("other", other));
        Outcome::NeedsHuman
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: meetings.params_used,
        detail: RegularStudyDetail {
            year: m.year,
            first_applicable_year: m.first_applicable_year,
            count: m.count,
            required: m.required,
            other_meetings: other,
            year_complete: m.year_complete,
        },
    })
}

computed! {
    /// art-18.a as a computed rule ([`regular_study`]).
    RegularStudy: ART_18_A(JointMeetingsInput) -> RegularStudyDetail [ART_18_A_FIELDS] = regular_study;
    outcomes: [Compliant, NonCompliant, Pending, NotYetApplicable, NeedsHuman, Unknown];
}

#[cfg(test)]
mod tests {
    use super::{holiday_stretch_end, LUNAR_FESTIVALS, LUNAR_FIRST_YEAR};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    /// The table against an astronomical calendar: 正月初一, 五月初五, 八月十五 of each year.
    #[test]
    fn lunar_festivals_match_an_astronomical_calendar() {
        for (i, row) in LUNAR_FESTIVALS.iter().enumerate() {
            let year = LUNAR_FIRST_YEAR + i32::try_from(i).expect("small");
            for (k, (month, d)) in [(1u8, 1u8), (5, 5), (8, 15)].into_iter().enumerate() {
                let solar = lunar_lite::lunar_to_solar(lunar_lite::LunarDate {
                    year,
                    month,
                    day: d,
                    is_leap_month: false,
                })
                .expect("in range");
                assert_eq!(
                    row.get(k).copied(),
                    Some((solar.month, solar.day)),
                    "{year}, lunar {month}-{d}"
                );
                assert_eq!(solar.year, year);
            }
        }
    }

    #[test]
    fn the_first_working_day_follows_weekends_into_holidays() {
        use super::first_working_day_after;
        // Mid-Autumn 2034 (27 September) to Friday 29th, a weekend, National Day 1–8 October.
        assert_eq!(
            first_working_day_after(day(2034, 9, 29)),
            Some(day(2034, 10, 9))
        );
        // Saturday 27 April 2019, then Labour Day from 29 April.
        assert_eq!(
            first_working_day_after(day(2019, 4, 27)),
            Some(day(2019, 5, 6))
        );
        // An ordinary Saturday.
        assert_eq!(
            first_working_day_after(day(2019, 3, 16)),
            Some(day(2019, 3, 18))
        );
    }

    #[test]
    fn holidays_stretch_as_their_longest_arrangements() {
        // 春节 2026 (17 February): 15–23 February.
        assert_eq!(holiday_stretch_end(day(2026, 2, 14)), None);
        assert_eq!(
            holiday_stretch_end(day(2026, 2, 15)),
            Some(day(2026, 2, 25))
        );
        assert_eq!(
            holiday_stretch_end(day(2026, 2, 25)),
            Some(day(2026, 2, 25))
        );
        assert_eq!(holiday_stretch_end(day(2026, 2, 26)), None);
        // 2020's (25 January), lengthened to 2 February.
        assert_eq!(holiday_stretch_end(day(2020, 2, 2)), Some(day(2020, 2, 2)));
        // 中秋节 2023 (29 September) runs into 国庆节.
        assert_eq!(
            holiday_stretch_end(day(2023, 9, 27)),
            Some(day(2023, 10, 8))
        );
        assert_eq!(holiday_stretch_end(day(2023, 9, 26)), None);
        // 端午节 2025 (31 May): 29 May – 2 June.
        assert_eq!(holiday_stretch_end(day(2025, 6, 2)), Some(day(2025, 6, 2)));
        assert_eq!(holiday_stretch_end(day(2025, 6, 3)), None);
        // 清明节 and the fixed ones, from their longest arrangements' first days.
        assert_eq!(holiday_stretch_end(day(2019, 4, 5)), Some(day(2019, 4, 7)));
        assert_eq!(
            holiday_stretch_end(day(2018, 12, 31)),
            Some(day(2019, 1, 3))
        );
        assert_eq!(holiday_stretch_end(day(2018, 12, 29)), None);
        assert_eq!(holiday_stretch_end(day(2018, 4, 30)), Some(day(2018, 5, 5)));
        assert_eq!(holiday_stretch_end(day(2018, 4, 28)), None);
        assert_eq!(holiday_stretch_end(day(2019, 1, 2)), Some(day(2019, 1, 3)));
        assert_eq!(holiday_stretch_end(day(2019, 5, 5)), Some(day(2019, 5, 5)));
        // Outside the table, the fixed ones alone.
        assert_eq!(holiday_stretch_end(day(2040, 2, 12)), None);
        assert_eq!(
            holiday_stretch_end(day(2040, 10, 1)),
            Some(day(2040, 10, 8))
        );
    }
}
