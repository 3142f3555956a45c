//! (十六) 加强组织领导: organisation and leadership.
//!
//! > 领导小组要不断完善开发区发展协调机制,每年定期召开 2 次以上联席工作会议,及时研究解决开发区发展中的重大问题。
//!
//! art-16.b is a recurring duty of the Development Zone Work Leading Group (`ACT.LG`, whose office
//! sits in the Bureau of Commerce): at least two joint work meetings every calendar year.
//! 「2 次以上」 is inclusive (≥ 2). The duty starts with the first full calendar
//! year after issuance and does not require the meetings to be spread over the year unless
//! `meetingsRequireSpread` is set (AMB-31).

use crate::answer::AddReason;
use crate::dates::IsoDate;
use crate::num::Year;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode;
use crate::params::{FirstYearRule, Params};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-16.b: no meeting record was given at all, and the input does not say the list is
    /// complete: nothing is known, not a shortfall.
    MeetingsNoneGiven = "MEETINGS_NONE_GIVEN" {
        zh: "没有给出领导小组(或其办公室){year}年召开的任何会议记录(meetings 中没有其会议,也未以 meetingsComplete 声明记录完整),无法判断{year}年是否召开了联席工作会议",
        ko: "령도소조(또는 그 판공실)가 {year}년에 소집한 회의 기록이 하나도 주어지지 않았고(meetings에 그 회의가 없으며 meetingsComplete로 기록이 완전하다고 밝히지도 않음) {year}년에 련석사업회의가 소집되였는지 알 수 없다",
        en: "no meeting of the Leading Group (or its Office) in {year} was given (none of the meetings listed is theirs, and meetingsComplete does not say the list is complete), so whether joint work meetings were held in {year} is unknown"
    }
    /// art-16.b: the year is before the first year the duty applies to.
    MeetingsNotYetApplicable = "MEETINGS_NOT_YET_APPLICABLE" {
        zh: "{year}年早于首个适用年度{firstYear}年(印发后的第一个完整日历年度),该义务尚不适用",
        ko: "{year}년은 최초 적용 년도 {firstYear}년(인쇄발행 후 첫 번째 완전한 력년) 이전이므로 이 의무는 아직 적용되지 않는다",
        en: "{year} is before {firstYear}, the first year the duty applies to (the first full calendar year after issuance)"
    }
    /// art-16.b: the yearly minimum is met.
    MeetingsCountMet = "MEETINGS_COUNT_MET" {
        zh: "{year}年领导小组召开联席工作会议{count}次,达到至少{required}次的要求",
        ko: "{year}년 령도소조가 련석사업회의를 {count}회 소집하여 최소 {required}회 요구를 충족하였다",
        en: "the Leading Group held {count} joint work meeting(s) in {year}; at least {required} are required"
    }
    /// art-16.b: fewer meetings than the yearly minimum.
    MeetingsCountShort = "MEETINGS_COUNT_SHORT" {
        zh: "{year}年领导小组仅召开联席工作会议{count}次,少于至少{required}次的要求",
        ko: "{year}년 령도소조가 련석사업회의를 {count}회만 소집하여 최소 {required}회 요구에 미달하였다",
        en: "the Leading Group held only {count} joint work meeting(s) in {year}; at least {required} are required"
    }
    /// art-16.b: no meeting at all in a complete year.
    MeetingsNoneHeld = "MEETINGS_NONE_HELD" {
        zh: "{year}年领导小组未召开联席工作会议,而要求至少{required}次",
        ko: "{year}년 령도소조는 련석사업회의를 한번도 소집하지 않았으나 최소 {required}회가 요구된다",
        en: "the Leading Group held no joint work meeting in {year}; at least {required} are required"
    }
    /// art-16.b: asked of a year that has not begun on the as-of date.
    MeetingsYearNotBegun = "MEETINGS_YEAR_NOT_BEGUN" {
        zh: "截至{asOf},{year}年尚未开始,该年须召开联席工作会议至少{missing}次",
        ko: "{asOf} 현재 {year}년은 아직 시작되지 않았다. 그해에 련석사업회의를 최소 {missing}회 소집하여야 한다",
        en: "as of {asOf} the year {year} has not begun: at least {missing} joint work meeting(s) are to be held in it"
    }
    /// art-16.b: the count met, the second half-year still to hold a meeting
    /// (`meetingsRequireSpread`).
    MeetingsSecondHalfToCome = "MEETINGS_SECOND_HALF_TO_COME" {
        zh: "截至{asOf},{year}年尚未结束,已召开{count}次,均在上半年;按参数 meetingsRequireSpread(AMB-31),下半年还需召开一次",
        ko: "{asOf} 현재 {year}년이 끝나지 않았다. {count}회 소집하였으나 모두 상반기이므로 매개변수 meetingsRequireSpread(AMB-31)에 따라 하반기에 한번 더 소집하여야 한다",
        en: "as of {asOf} the year {year} is not over: {count} meeting(s) held, all in the first half; by meetingsRequireSpread (AMB-31) one in the second half is still needed"
    }
    /// art-16.b: the year is still running and the minimum is not met yet.
    MeetingsYearInProgress = "MEETINGS_YEAR_IN_PROGRESS" {
        zh: "截至{asOf},{year}年尚未结束,已召开{count}次,还需{missing}次",
        ko: "{asOf} 현재 {year}년이 끝나지 않았다: {count}회 소집, {missing}회 더 필요",
        en: "as of {asOf} the year {year} is not over: {count} meeting(s) held, {missing} more needed"
    }
    /// art-16.b: meetings must fall in both half-years and the first half has none.
    MeetingsNoneInFirstHalf = "MEETINGS_NONE_IN_FIRST_HALF" {
        zh: "{year}年上半年未召开联席工作会议,而参数要求上下半年各至少一次",
        ko: "{year}년 상반기에 련석사업회의가 없으나 매개변수는 상·하반기 각 1회 이상을 요구한다",
        en: "no joint work meeting in the first half of {year}, and the parameters require one in each half-year"
    }
    /// art-16.b: meetings must fall in both half-years and the second half has none.
    MeetingsNoneInSecondHalf = "MEETINGS_NONE_IN_SECOND_HALF" {
        zh: "{year}年下半年未召开联席工作会议,而参数要求上下半年各至少一次",
        ko: "{year}년 하반기에 련석사업회의가 없으나 매개변수는 상·하반기 각 1회 이상을 요구한다",
        en: "no joint work meeting in the second half of {year}, and the parameters require one in each half-year"
    }
    /// art-16.b: a meeting not convened by the leading group.
    MeetingBureauOrOffice = "MEETING_BUREAU_OR_OFFICE" {
        zh: "{date}的联席工作会议记为州商务局召开;领导小组办公室设在州商务局,该会议是否为办公室代领导小组召开、应否计入,需人工核对",
        ko: "{date}의 련석사업회의는 주상무국이 소집한 것으로 기록되였다. 령도소조판공실이 주상무국에 설치되여 있으므로 이 회의가 판공실이 령도소조를 대신하여 소집한 회의인지, 산입하여야 하는지는 사람이 대조하여야 한다",
        en: "the joint work meeting on {date} is recorded as convened by the Prefecture Bureau of Commerce, where the Leading Group's Office sits (「领导小组办公室设在州商务局」): whether the Office convened it for the Group, and so whether it counts, is for a person to check"
    }
    /// art-16.b: a Bureau's record that changes nothing (the year met without it, or not even with it).
    MeetingBureauNotNeeded = "MEETING_BUREAU_NOT_NEEDED" {
        zh: "{date}的联席工作会议记为州商务局召开,是否为领导小组办公室代领导小组召开不明;计入与否,本年结论相同(次数和上下半年的要求不计入它也已满足,或计入它也不满足),无须判断",
        ko: "{date}의 련석사업회의는 주상무국이 소집한 것으로 기록되여 령도소조판공실이 령도소조를 대신하여 소집한 것인지 분명하지 않으나 산입하든 안 하든 이 해의 결론은 같으므로(산입하지 않아도 회수와 상·하반년 요구가 충족되거나 산입하여도 충족되지 않음) 판단할 필요가 없다",
        en: "the joint work meeting on {date} is recorded as convened by the Prefecture Bureau of Commerce, perhaps for the Group by its Office; counted or not, the year's answer is the same (the count and the half-years met without it, or not met even with it), so nothing turns on it"
    }
    /// art-16.b: a meeting convened by another body than the Leading Group.
    MeetingExcludedConvener = "MEETING_EXCLUDED_CONVENER" {
        zh: "{date}的会议由{convenedBy}召开,不是领导小组召开的会议,不计入",
        ko: "{date} 회의는 령도소조가 아닌 {convenedBy|이} 소집하였으므로 산입하지 않는다",
        en: "the meeting on {date} was convened by {convenedBy}, not by the Leading Group, and is not counted"
    }
    /// art-16.b: a meeting that is not a joint work meeting.
    MeetingExcludedKind = "MEETING_EXCLUDED_KIND" {
        zh: "{date}的会议不是联席工作会议,不计入",
        ko: "{date} 회의는 련석사업회의가 아니므로 산입하지 않는다",
        en: "the meeting on {date} is not a joint work meeting and is not counted"
    }
    /// art-16.b: a second record of the same day
    MeetingSameDay = "MEETING_SAME_DAY" {
        zh: "{date}的会议已计入,同日的另一条记录视为同一次会议",
        ko: "{date}의 회의는 이미 셈하였으므로 같은 날의 다른 기록은 같은 회의로 본다",
        en: "a meeting on {date} is already counted: another record of the same day is the same meeting"
    }
    /// art-16.b: a meeting convened by the Leading Group's Office on the Group's behalf
    MeetingByOfficeCounted = "MEETING_BY_OFFICE_COUNTED" {
        zh: "{date}的联席工作会议由领导小组办公室代领导小组召开,计入",
        ko: "{date}의 련석사업회의는 령도소조판공실이 령도소조를 대신하여 소집하였으므로 셈한다",
        en: "the joint work meeting of {date} was convened by the Leading Group's Office on the Group's behalf and is counted"
    }
}

/// art-16.a: Establish the Prefecture Development Zone Work Leading Group
pub static ART_16_A: RuleMeta = RuleMeta {
    id: "art-16.a",
    title: "Establish the Prefecture Development Zone Work Leading Group",
    title_zh: "成立州开发区工作领导小组",
    title_ko: "주개발구사업령도소조 설립",
    clause: "(十六)",
    clause_title: "加强组织领导",
    kinds: &[Kind::Definition, Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_PARTY", "ACT.PREF_GOV"],
    owed_by: OwedBy::Words,
    quote: "州委、州政府成立开发区工作领导小组,统筹协调开发区规划布局、体制改革、考核评价等重大事项",
    extra_quotes: &[],
    en: "The Prefecture Party Committee and Prefecture Government establish a Development Zone Work Leading Group to coordinate major matters such as zone planning and layout, institutional reform, and assessment and evaluation.",
    ko: "주당위, 주정부는 개발구사업령도소조를 설립하여 개발구 계획포치, 체제개혁, 심사평가 등 중대 사항을 통일적으로 조률한다",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-16.b: At least 2 joint work meetings per year
pub static ART_16_B: RuleMeta = RuleMeta {
    id: "art-16.b",
    title: "At least 2 joint work meetings per year",
    title_zh: "每年召开2次以上联席工作会议",
    title_ko: "매년 2회 이상 련석사업회의 소집",
    clause: "(十六)",
    clause_title: "加强组织领导",
    kinds: &[Kind::RecurringDuty],
    strength: Strength::Mandatory,
    bearers: &["ACT.LG"],
    owed_by: OwedBy::Words,
    quote: "领导小组要不断完善开发区发展协调机制,每年定期召开 2 次以上联席工作会议,及时研究解决开发区发展中的重大问题。",
    extra_quotes: &[],
    en: "The Leading Group shall keep improving the coordination mechanism for zone development, hold joint work meetings regularly, at least twice a year, and promptly study and resolve major problems in zone development.",
    ko: "령도소조는 개발구 발전 조률기제를 끊임없이 보완하고 매년 정기적으로 2회 이상 련석사업회의를 소집하여 개발구 발전 중의 중대한 문제를 제때에 연구·해결하여야 한다.",
    ambiguities: &["AMB-31"],
    evaluation: Evaluation::Function,
};

/// art-16.c: Leading Group Office sits in the Bureau of Commerce
pub static ART_16_C: RuleMeta = RuleMeta {
    id: "art-16.c",
    title: "Leading Group Office sits in the Bureau of Commerce",
    title_zh: "领导小组办公室设在州商务局",
    title_ko: "주상무국 내 령도소조판공실 설치",
    clause: "(十六)",
    clause_title: "加强组织领导",
    kinds: &[Kind::Definition],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE"],
    owed_by: OwedBy::Nobody,
    quote: "领导小组办公室设在州商务局,履行综合、协调、管理、服务职能,加强对全州各级各类开发区的归口管理。",
    extra_quotes: &[],
    en: "The Leading Group's Office is located in the Prefecture Bureau of Commerce. It performs comprehensive, coordinating, managerial and service functions and strengthens centralised (归口) management of all zones of every level and type in the prefecture.",
    ko: "령도소조판공실은 주상무국에 두고 종합, 조률, 관리, 봉사 직능을 리행하며 전 주 각급, 각 류형 개발구에 대한 귀구관리를 강화한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "定义(「领导小组办公室设在州商务局」);作为数据使用",
        "정의(‘령도소조판공실은 주상무국에 둔다’)이며 자료로 쓴다",
        "a definition (the office sits in the Bureau of Commerce); used as data",
    )),
};

/// art-16.d: Counties are the responsible subjects; set up leading and coordinating bodies
pub static ART_16_D: RuleMeta = RuleMeta {
    id: "art-16.d",
    title: "Counties are the responsible subjects; set up leading and coordinating bodies",
    title_zh: "县(市)党委、政府为责任主体,成立领导协调机构",
    title_ko: "현(시) 당위와 정부: 책임주체, 령도조률기구 설립",
    clause: "(十六)",
    clause_title: "加强组织领导",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "各县(市)党委、政府作为本行政区开发区工作的责任主体,要把开发区改革和创新发展摆到突出位置,成立相应领导协调机构,健全工作推进机制,确保上下协同、齐抓共管。",
    extra_quotes: &[],
    en: "County (city) party committees and governments are the responsible subjects for zone work in their jurisdictions. They shall give prominence to zone reform and innovation, set up corresponding leading and coordinating bodies, and improve working mechanisms.",
    ko: "각 현(시) 당위와 정부는 본 행정구역 개발구 사업의 책임주체로서 개발구 개혁과 혁신발전을 두드러진 위치에 놓고 상응한 령도조률기구를 설립하며 사업추진기제를 건전히 하여 상하가 협동하고 함께 틀어쥐고 함께 관리하도록 확보하여야 한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-16.e: Prefecture departments refine tasks, assign responsibilities, set time nodes
pub static ART_16_E: RuleMeta = RuleMeta {
    id: "art-16.e",
    title: "Prefecture departments refine tasks, assign responsibilities, set time nodes",
    title_zh: "州直有关部门细化任务、落实责任分工、明确时间节点",
    title_ko: "주 직속 관련 부문의 임무 세분화, 책임 분공 락착, 시간 절점 명확화",
    clause: "(十六)",
    clause_title: "加强组织领导",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.PREF_DEPTS"],
    owed_by: OwedBy::Words,
    quote: "州直有关部门根据职责分工,细化任务举措,落实责任分工,明确时间节点,推动重点任务实施。",
    extra_quotes: &[],
    en: "Relevant prefecture departments, according to their division of duties, refine tasks and measures, assign responsibilities, set time nodes and push forward key tasks.",
    ko: "주 직속 관련 부문은 직책 분공에 따라 임무와 조치를 세분화하고 책임 분공을 락착하며 시간 절점을 명확히 하여 중점 임무의 실시를 추진한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// The actor code of the Leading Group: its meetings count.
pub const LEADING_GROUP: &str = "ACT.LG";

/// The actor code of the Leading Group's Office (its secretariat, in the Bureau of Commerce): a
/// joint work meeting it convenes on the Group's behalf counts unless `meetingsCountLgOffice` is
/// `false`.
pub const LEADING_GROUP_OFFICE: &str = "ACT.LG_OFFICE";

/// The Prefecture Bureau of Commerce, where the Leading Group's Office sits
/// (「领导小组办公室设在州商务局」): a meeting recorded as its own may be the Office's.
pub const BUREAU_OF_COMMERCE: &str = "AG.COMMERCE";

/// Whether a meeting was convened for the Leading Group: by the Group, or by its Office when
/// `meetingsCountLgOffice` says the Office's count (art-16.b's count, art-18.a's other meetings).
pub(crate) fn convened_for_group(m: &Meeting, params: &Params) -> bool {
    m.convened_by == LEADING_GROUP
        || (params.meetings_count_lg_office && m.convened_by == LEADING_GROUP_OFFICE)
}

stable_enum! {
    /// What kind of meeting a record is.
    #[derive(Default)]
    MeetingKind {
        /// 联席工作会议 (default).
        #[default]
        JointWorkMeeting = "JOINT_WORK_MEETING" { zh: "联席工作会议", ko: "련석사업회의", en: "joint work meeting" },
        /// Any other meeting; never counted.
        Other = "OTHER" { zh: "其他会议", ko: "기타 회의", en: "another meeting" },
    }
}

/// One meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a meeting object with a `date`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Meeting {
    /// The day it was held.
    pub date: IsoDate,
    /// Default `JOINT_WORK_MEETING`.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub kind: MeetingKind,
    /// Who convened it, as an actor or agency code (`ACT.LG`, `AG.COMMERCE`, `CTY.YANJI`, …).
    /// Default `ACT.LG`.
    #[cfg_attr(feature = "serde", serde(default = "leading_group"))]
    #[cfg_attr(
        feature = "schema",
        schemars(extend("pattern" = "^(AG|ACT|CTY)\\.[A-Z0-9_]+$"))
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub convened_by: String,
    /// Where this record comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Meeting {
    name: "Meeting",
    expecting: "a meeting object with a `date`",
    blank: Meeting {
        date: IsoDate(NaiveDate::MIN),
        kind: Default::default(),
        convened_by: leading_group(),
        note: Default::default(),
    },
    fields: [
        "date" => date [required],
        "kind" => kind,
        "convenedBy" => convened_by,
        "note" => note,
    ],
});

#[cfg(feature = "serde")]
fn leading_group() -> String {
    String::from(LEADING_GROUP)
}

/// The facts for one year.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `issueDate`, `year` and `meetings`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct JointMeetingsInput {
    /// The date the opinion was issued (`P.issue_date`).
    pub issue_date: IsoDate,
    /// The calendar year to check.
    pub year: Year,
    /// Meetings held (any year; only `year`'s are looked at).
    pub meetings: Vec<Meeting>,
    /// The date the status is asked for. Omitted: the year is judged as complete.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
    /// `meetings` lists every meeting of the year: an empty list then means none was held.
    /// Without it an empty list is no information (`UNKNOWN`), never a shortfall.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "core::ops::Not::not")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings_complete: bool,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(JointMeetingsInput {
    name: "JointMeetingsInput",
    expecting: "an object with `issueDate`, `year` and `meetings`",
    blank: JointMeetingsInput {
        issue_date: IsoDate(NaiveDate::MIN),
        year: crate::num::Year(0),
        meetings: Vec::new(),
        as_of: Default::default(),
        meetings_complete: Default::default(),
    },
    fields: [
        "issueDate" => issue_date [required],
        "year" => year [required],
        "meetings" => meetings [required],
        "asOf" => as_of,
        "meetingsComplete" => meetings_complete,
    ],
});

/// art-16.b's own fields in the answer.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct JointMeetingsDetail {
    /// The year checked.
    pub year: i32,
    /// The first year the duty applies to.
    pub first_applicable_year: i32,
    /// Meetings that count.
    pub count: usize,
    /// The minimum (`meetingsMinPerYear`).
    pub required: u32,
    /// Dates of the meetings that count, in order.
    pub counted: Vec<IsoDate>,
    /// Counted meetings in January–June.
    pub first_half: usize,
    /// Counted meetings in July–December.
    pub second_half: usize,
    /// Whether the year is over on `asOf` (always true without `asOf`).
    pub year_complete: bool,
}

/// Evaluates art-16.b for one year.
///
/// # Errors
/// `INVALID_INPUT` when a meeting's `convenedBy` is not an actor code; `OUT_OF_RANGE` for a year
/// beyond the calendar.
pub fn joint_meetings(
    input: &JointMeetingsInput,
    params: &Params,
) -> Result<Answer<JointMeetingsDetail>, Error> {
    let rule = RuleId::ART_16_B;
    let year = input.year;
    let first_applicable_year = match params.meetings_first_year_rule {
        // Catalog departure, on purpose: the art-16.b pseudo-code adds one year even for an
        // issuance on 1 January, whereas that whole year lies under the opinion; one helper
        // (`first_full_year`) serves this rule and art-14's first counted year alike.
        FirstYearRule::FirstFullCalendarYear => super::common::first_full_year(*input.issue_date),
        FirstYearRule::IssueYear => input.issue_date.year(),
    };
    let out_of_range = || {
        Error::out_of_range(
            "input.year",
            text!(zh: "年份超出范围", ko: "년도가 범위를 벗어났습니다", en: "year out of range"),
        )
    };
    let dec31 = NaiveDate::from_ymd_opt(*year, 12, 31).ok_or_else(out_of_range)?;
    let jun30 = NaiveDate::from_ymd_opt(*year, 6, 30).ok_or_else(out_of_range)?;
    let year_complete = input.as_of.is_none_or(|a| a > dec31);

    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    // The days counted, as a set (the crate's one B-tree, `Seen`): a year of daily records
    // stays linear. Listed as they are counted, then sorted.
    let mut days = crate::seen::Seen::default();
    let mut counted: Vec<IsoDate> = Vec::new();
    let mut bureau: Vec<IsoDate> = Vec::new();
    for (i, m) in input.meetings.iter().enumerate() {
        if !is_actor_code(&m.convened_by) {
            return Err(Error::input(
                crate::error::Problem::UnknownReference,
                alloc::format!("input.meetings[{i}].convenedBy"),
                text!(zh: "不是责任主体代码", ko: "책임주체 코드가 아닙니다", en: "not an actor code"),
            )
            .with_expected(text!(zh: "如 `ACT.LG`、`AG.COMMERCE` 或 `CTY.YANJI` 的代码", ko: "`ACT.LG`, `AG.COMMERCE`, `CTY.YANJI`와 같은 코드", en: "a code such as `ACT.LG`, `AG.COMMERCE` or `CTY.YANJI`"))
            .with_got(alloc::format!("\"{}\"", m.convened_by)));
        }
        if m.date.year() != *year {
            continue;
        }
        if let Some(as_of) = input.as_of.filter(|a| m.date > *a) {
            reasons.add(
                Reason::new(ReasonCode::EventAfterAsOf, rule)
                    .with("asOf", as_of)
                    .with("date", m.date),
            );
        } else if m.kind != MeetingKind::JointWorkMeeting {
            reasons.add(Reason::new(ReasonCode::MeetingExcludedKind, rule).with("date", m.date));
        } else if !convened_for_group(m, params)
            && params.meetings_count_lg_office
            && m.convened_by == BUREAU_OF_COMMERCE
        {
            // The Office sits in the Bureau: a record naming the Bureau may be the Office's
            // (asked below, once the days counted are known).
            bureau.push(m.date);
        } else if !convened_for_group(m, params) {
            reasons.add(
                Reason::new(ReasonCode::MeetingExcludedConvener, rule)
                    .with("convenedBy", m.convened_by.clone())
                    .with("date", m.date),
            );
        } else if !days.first_with("", i64::from(m.date.num_days_from_ce())) {
            // Two records of one day are one meeting (a duplicate entry, or minutes filed twice).
            reasons.add(Reason::new(ReasonCode::MeetingSameDay, rule).with("date", m.date));
        } else {
            if m.convened_by == LEADING_GROUP_OFFICE {
                reasons.add(
                    Reason::new(ReasonCode::MeetingByOfficeCounted, rule).with("date", m.date),
                );
            }
            counted.push(m.date);
        }
    }
    // A Bureau's record on a day a meeting is counted (or another such record is asked about)
    // would be that day's one meeting again: it cannot change the answer, so nobody is asked.
    let mut asked: Vec<IsoDate> = Vec::new();
    for (k, d) in bureau.iter().enumerate() {
        if counted.contains(d) || bureau.get(..k).is_some_and(|before| before.contains(d)) {
            reasons.add(Reason::new(ReasonCode::MeetingSameDay, rule).with("date", *d));
        } else {
            needs_human.add(Reason::new(ReasonCode::MeetingBureauOrOffice, rule).with("date", *d));
            asked.push(*d);
        }
    }
    crate::order::sort_with(&mut counted, &|a, b| a.cmp(b));
    let count = counted.len();
    let first_half = counted.iter().filter(|d| **d <= jun30).count();
    let second_half = count - first_half;
    let required = params.meetings_min_per_year;
    let count_ok = u32::try_from(count).map_or(true, |c| c >= required);

    let outcome = if year < first_applicable_year {
        reasons.add(
            Reason::new(ReasonCode::MeetingsNotYetApplicable, rule)
                .with("firstYear", first_applicable_year)
                .with("year", year),
        );
        Outcome::NotYetApplicable
    } else {
        let count_reason = |code| {
            Reason::new(code, rule)
                .with("count", count)
                .with("required", required)
                .with("year", year)
        };
        if count_ok {
            reasons.add(count_reason(ReasonCode::MeetingsCountMet));
        } else if year_complete && count == 0 {
            reasons.add(count_reason(ReasonCode::MeetingsNoneHeld));
        } else if year_complete {
            reasons.add(count_reason(ReasonCode::MeetingsCountShort));
        }
        // A half-year without a meeting is final once that half is over.
        let mut spread_failed = false;
        if params.meetings_require_spread {
            let first_half_over = input.as_of.is_none_or(|a| a > jun30);
            if first_half == 0 && first_half_over {
                spread_failed = true;
                reasons
                    .add(Reason::new(ReasonCode::MeetingsNoneInFirstHalf, rule).with("year", year));
            }
            if second_half == 0 && year_complete {
                spread_failed = true;
                reasons.add(
                    Reason::new(ReasonCode::MeetingsNoneInSecondHalf, rule).with("year", year),
                );
            }
        }
        let spread_ok = !params.meetings_require_spread || (first_half > 0 && second_half > 0);
        // Counted, the Bureau's records could change the answer only by making the year met
        // (the count, and each half-year when required); if it is met without them, or is not
        // met even with them, whether they are the Office's changes nothing.
        let first_half_all = first_half + asked.iter().filter(|d| **d <= jun30).count();
        let count_all = count + asked.len();
        let met_all = u32::try_from(count_all).map_or(true, |c| c >= required)
            && (!params.meetings_require_spread
                || (first_half_all > 0 && count_all > first_half_all));
        // (Not met even with them decides only where a record of the Group's own, or a list
        // said complete, keeps the year from "nothing known": `MEETINGS_NONE_GIVEN` below.)
        let group_known = input.meetings_complete
            || input
                .meetings
                .iter()
                .any(|m| m.date.year() == *year && convened_for_group(m, params));
        if (count_ok && spread_ok) || (!met_all && group_known) {
            needs_human.retain(|r| r.code != ReasonCode::MeetingBureauOrOffice);
            for d in &asked {
                reasons.add(Reason::new(ReasonCode::MeetingBureauNotNeeded, rule).with("date", *d));
            }
        }
        let failed = spread_failed || (!count_ok && year_complete);
        if failed && !needs_human.is_empty() {
            // A meeting recorded as the Bureau's may be the Office's, and would change it.
            Outcome::NeedsHuman
        } else if failed
            && !input
                .meetings
                .iter()
                .any(|m| m.date.year() == *year && convened_for_group(m, params))
            && !input.meetings_complete
        {
            // No record of the Group's meetings in the year is no information (the text
            // requires meetings of the Group; an empty input, or one listing only other years'
            // meetings or other bodies' meetings, does not show none were held, unless it says
            // the list is complete).
            reasons.retain(|r| {
                r.code != ReasonCode::MeetingsCountShort
                    && r.code != ReasonCode::MeetingsNoneHeld
                    && r.code != ReasonCode::MeetingsNoneInFirstHalf
                    && r.code != ReasonCode::MeetingsNoneInSecondHalf
            });
            reasons.add(Reason::new(ReasonCode::MeetingsNoneGiven, rule).with("year", year));
            Outcome::Unknown
        } else if failed {
            Outcome::NonCompliant
        } else if count_ok && spread_ok {
            Outcome::Compliant
        } else {
            let missing = u32::try_from(count).map_or(0, |c| required.saturating_sub(c));
            let not_begun = input.as_of.is_some_and(|a| a.year() < *year);
            // The count met but a half-year still to hold one (`meetingsRequireSpread`): what
            // is missing is a meeting in the second half, not "one more".
            let code = if not_begun {
                ReasonCode::MeetingsYearNotBegun
            } else if count_ok {
                ReasonCode::MeetingsSecondHalfToCome
            } else {
                ReasonCode::MeetingsYearInProgress
            };
            let mut r = Reason::new(code, rule)
                .with("count", count)
                .with("missing", missing.max(1))
                .with("year", year);
            if let Some(a) = input.as_of {
                r = r.with("asOf", a);
            }
            reasons.add(r);
            Outcome::Pending
        }
    };

    let mut params_used = ParamsUsed::new();
    params_used.set(
        "meetingsCountLgOffice",
        params.meetings_count_lg_office.into(),
    );
    params_used.set(
        "meetingsFirstYearRule",
        params.meetings_first_year_rule.as_str().into(),
    );
    params_used.set("meetingsMinPerYear", required.into());
    params_used.set(
        "meetingsRequireSpread",
        params.meetings_require_spread.into(),
    );

    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used,
        detail: JointMeetingsDetail {
            year: *year,
            first_applicable_year,
            count,
            required,
            counted: counted.into_iter().collect(),
            first_half,
            second_half,
            year_complete,
        },
    })
}

/// `AG.X`, `ACT.X` or `CTY.X` with `X` in upper-case letters, digits and `_`.
fn is_actor_code(code: &str) -> bool {
    let Some((prefix, name)) = code.split_once('.') else {
        return false;
    };
    matches!(prefix, "AG" | "ACT" | "CTY")
        && !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

computed! {
    /// art-16.b as a computed rule ([`joint_meetings`]).
    JointMeetings: ART_16_B(JointMeetingsInput) -> JointMeetingsDetail = joint_meetings;
    outcomes: [Compliant, NonCompliant, Pending, NotYetApplicable, Unknown, NeedsHuman];
}
