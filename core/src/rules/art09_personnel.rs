//! (九) 深化人事和薪酬制度改革.
//!
//! art-09.f 「各开发区根据实际制定人事和薪酬制度改革方案后,经所在地党委、政府审核批准后执行。」: the
//! plan may be executed once both the party committee and the government of the zone's locality
//! have reviewed and approved it. For a zone managed by its county that is the county (city);
//! for a zone whose organs are the prefecture's dispatched agencies (art-12.b) the catalog reads
//! the prefecture (AMB-36): an approval from the other level is not silently accepted or refused
//! but left to a person, as is any approval for a zone managed by the province or another body.
//! An approval or an execution dated after `asOf` is not known on that day. Executed before both
//! approvals is NON_COMPLIANT; executed after them COMPLIANT; not executed: ELIGIBLE or
//! NOT_ELIGIBLE to execute.
//!
//! art-09.b, 09.c and 09.d are the clause's grants and its one must between them: a
//! leadership-team member selected by a method the text names within the cadre-management
//! authority (「等方式」 leaves the list open: another method is for a person); staff income
//! linked directly to both post duties and performance (「直接挂钩」, a must), the other posts
//! filled by a method the text names; and the flexible talent measures for high-level
//! management and special talent only (「等方式」 again open).

use crate::answer::AddReason;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use super::common::{about, absent_on, not_applicable};
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::dates::IsoDate;
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{ManagingAuthority, ValidRegister, Zone};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-09.f: a county zone's plan is approved by its county (city).
    HrPlanApproverCounty = "HR_PLAN_APPROVER_COUNTY" {
        zh: "{zoneName}({zone})由县(市)管理,其人事和薪酬制度改革方案须经所在县(市)党委、政府审核批准后执行",
        ko: "{zoneName}({zone}){|은} 현(시)이 관리하므로 그 인사·보수제도 개혁방안은 소재지 현(시) 당위와 정부의 심사비준을 거친 후 집행한다",
        en: "{zoneName} ({zone}) is managed by its county (city): its personnel and pay reform plan is executed after review and approval by the county's party committee and government"
    }
    /// art-09.f: a dispatched zone's plan is approved by the prefecture (AMB-36).
    HrPlanApproverPrefecture = "HR_PLAN_APPROVER_PREFECTURE" {
        zh: "{zoneName}({zone})的党工委、管委会为州委、州政府的派出机构(art-12.b),“所在地党委、政府”按州委、州政府理解(AMB-36)",
        ko: "{zoneName}({zone})의 당사업위원회와 관리위원회는 주당위와 주정부의 파출기구이므로(art-12.b) ‘소재지 당위와 정부’를 주당위와 주정부로 본다(AMB-36)",
        en: "the Party Working Committee and Management Committee of {zoneName} ({zone}) are dispatched agencies of the prefecture (art-12.b): 「所在地党委、政府」 is read as the prefecture's party committee and government (AMB-36)"
    }
    /// art-09.f: whose approval the text asks for is unclear for this zone.
    HrPlanApproverUnclear = "HR_PLAN_APPROVER_UNCLEAR" {
        zh: "{zoneName}({zone})的管理主体为{recorded},条文未说明此时“所在地党委、政府”指哪一级,审核批准是否有效需人工判断",
        ko: "{zoneName}({zone})의 관리 주체는 {recorded}이며 조문은 이 경우 ‘소재지 당위와 정부’가 어느 급인지 밝히지 않았으므로 심사비준이 유효한지 사람이 판단하여야 한다",
        en: "{zoneName} ({zone}) is managed by: {recorded}; the text does not say whose 「所在地党委、政府」 that is, so whether an approval counts is for a person to decide"
    }
    /// art-09.f: an approval on record.
    HrPlanApproved = "HR_PLAN_APPROVED" {
        zh: "记录显示{date}{body}审核批准改革方案(批准机关:{approver})",
        ko: "{date}에 {body|이} 개혁방안을 심사비준한 기록이 있다(비준 기관: {approver})",
        en: "a {body} approval of the reform plan is recorded on {date} (approving body: {approver})",
        coded: { approver: Approver, body: ApprovalBody }
    }
    /// art-09.f: an approval missing.
    HrPlanApprovalMissing = "HR_PLAN_APPROVAL_MISSING" {
        zh: "截至{asOf},没有所在地{body}审核批准改革方案的记录",
        ko: "{asOf} 현재 소재지 {body|이} 개혁방안을 심사비준한 기록이 없다",
        en: "as of {asOf} there is no record of the locality's {body} reviewing and approving the reform plan",
        coded: { body: ApprovalBody }
    }
    /// art-09.f: an approval from a level other than the one the rule reads.
    HrPlanApproverOtherLevel = "HR_PLAN_APPROVER_OTHER_LEVEL" {
        zh: "{body}的审核批准来自{approver},而本规则将“所在地党委、政府”理解为{expectedApprover}(AMB-36),该审核批准是否满足条文需人工判断",
        ko: "{body}의 심사비준은 {approver}에서 하였으나 이 규정은 ‘소재지 당위와 정부’를 {expectedApprover|으로} 보므로(AMB-36) 이 심사비준이 조문을 충족하는지 사람이 판단하여야 한다",
        en: "the {body}'s approval came from: {approver}, while the rule reads 「所在地党委、政府」 as the {expectedApprover} (AMB-36): whether it satisfies the text is for a person to decide",
        coded: { approver: Approver, expectedApprover: Approver, body: ApprovalBody }
    }
    /// art-09.f (needs a person): art-12.b names the zone as dispatched, the register records
    /// another managing authority
    HrPlanNamedDispatchedRecordedOtherwise = "HR_PLAN_NAMED_DISPATCHED_RECORDED_OTHERWISE" {
        zh: "art-12.b 将{zoneName}({zone})的党工委与管委会列为州委、州政府的派出机构,而登记册记载其管理主体为{recorded}:由州还是县(市)的党委、政府审核批准其方案,需人工判断",
        ko: "art-12.b는 {zoneName}({zone})의 당사업위원회와 관리위원회를 주당위·주정부의 파출기구로 규정하였으나 등록부에는 관리주체가 {recorded|으로} 기록되여 있다. 주와 현(시) 중 어느 쪽 당위와 정부가 방안을 심사비준하는지는 사람이 판단하여야 한다",
        en: "art-12.b names the party working committee and management committee of {zoneName} ({zone}) as agencies dispatched by the prefecture, while the register records its managing authority as {recorded}: whether the prefecture's or the county's party committee and government approve its plan is for a person",
        coded: { recorded: ManagingAuthority }
    }
    /// art-09.f (needs a person): the register records the zone as dispatched, art-12.b does not
    /// name it
    HrPlanRecordedDispatchedNotNamed = "HR_PLAN_RECORDED_DISPATCHED_NOT_NAMED" {
        zh: "登记册记载{zoneName}({zone})由州派出机构管理,而 art-12.b 未列举该开发区:由州还是县(市)的党委、政府审核批准其方案,需人工判断",
        ko: "등록부에는 {zoneName}({zone}){|이} 주의 파출기구가 관리하는 것으로 기록되여 있으나 art-12.b는 이 개발구를 렬거하지 않았다. 주와 현(시) 중 어느 쪽 당위와 정부가 방안을 심사비준하는지는 사람이 판단하여야 한다",
        en: "the register records {zoneName} ({zone}) as managed by agencies the prefecture dispatches, while art-12.b does not name it: whether the prefecture's or the county's party committee and government approve its plan is for a person"
    }
    /// art-09.f: may be executed.
    HrPlanExecutable = "HR_PLAN_EXECUTABLE" {
        zh: "改革方案已于{approvedOn}完成所在地党委、政府的审核批准,可以执行",
        ko: "개혁방안은 {approvedOn}에 소재지 당위와 정부의 심사비준을 모두 거쳤으므로 집행할 수 있다",
        en: "the reform plan was reviewed and approved by both the locality's party committee and government by {approvedOn}: it may be executed"
    }
    /// art-09.f: may not be executed yet.
    HrPlanNotExecutable = "HR_PLAN_NOT_EXECUTABLE" {
        zh: "改革方案未经所在地党委、政府双方审核批准,不得执行",
        ko: "개혁방안은 소재지 당위와 정부 쌍방의 심사비준을 거치지 않았으므로 집행할 수 없다",
        en: "the reform plan has not been reviewed and approved by both the locality's party committee and government: it may not be executed"
    }
    /// art-09.f: executed after the approvals.
    HrPlanExecutedAfterApproval = "HR_PLAN_EXECUTED_AFTER_APPROVAL" {
        zh: "改革方案自{executedFrom}起执行,在{approvedOn}审核批准完成之后(含当日)",
        ko: "개혁방안은 {executedFrom}부터 집행되였으며 {approvedOn}의 심사비준 완료 이후(당일 포함)이다",
        en: "the reform plan has been executed since {executedFrom}, on or after the approvals completed on {approvedOn}"
    }
    /// art-09.f: executed before the approvals.
    HrPlanExecutedBeforeApproval = "HR_PLAN_EXECUTED_BEFORE_APPROVAL" {
        zh: "改革方案自{executedFrom}起执行,当时尚未经所在地党委、政府审核批准,违反“审核批准后执行”",
        ko: "개혁방안은 {executedFrom}부터 집행되였으나 그때 소재지 당위와 정부의 심사비준을 거치지 않았으므로 ‘심사비준을 거친 후 집행’에 어긋난다",
        en: "the reform plan has been executed since {executedFrom}, before the locality's party committee and government had reviewed and approved it: against 「审核批准后执行」"
    }
    /// art-09.f (needs a person): the plan was executed before the opinion was issued, when
    /// 「审核批准后执行」 did not exist yet
    HrPlanExecutedBeforeIssuance = "HR_PLAN_EXECUTED_BEFORE_ISSUANCE" {
        zh: "改革方案自{executedFrom}起执行,早于本意见印发之日{issueDate};当时尚无“经所在地党委、政府审核批准后执行”的要求,该方案是否为落实本意见而制定的方案,需人工判断",
        ko: "개혁방안은 본 의견 인쇄발행일({issueDate})보다 앞선 {executedFrom}부터 집행되였다. 그때에는 ‘소재지 당위와 정부의 심사비준을 거친 후 집행’하라는 요구가 아직 없었으므로 이 방안이 본 의견을 락착하기 위하여 제정한 방안인지는 사람이 판단하여야 한다",
        en: "the reform plan has been executed since {executedFrom}, before the opinion was issued on {issueDate}, when 「经所在地党委、政府审核批准后执行」 did not exist yet: whether it is a plan made under this opinion is for a person"
    }
    /// art-09.a: headcount within the approved staffing quota.
    StaffingWithinQuota = "STAFFING_WITHIN_QUOTA" {
        zh: "在编人数{headcount}人加拟聘用{plannedHires}人共{total}人,未超过核定编制{approvedQuota}人",
        ko: "편제 내 인원 {headcount}명과 채용 예정 {plannedHires}명을 합한 {total}명은 핵정편제 {approvedQuota}명을 넘지 않는다",
        en: "{headcount} staff in post plus {plannedHires} planned hire(s) make {total}, within the approved staffing quota of {approvedQuota}"
    }
    /// art-09.a: headcount over the approved staffing quota.
    StaffingOverQuota = "STAFFING_OVER_QUOTA" {
        zh: "在编人数{headcount}人加拟聘用{plannedHires}人共{total}人,超出核定编制({approvedQuota}人){excess}人;自主用人权限于核定编制内",
        ko: "편제 내 인원 {headcount}명과 채용 예정 {plannedHires}명을 합한 {total}명은 핵정편제 {approvedQuota}명을 {excess}명 넘는다. 자주적 용인권은 핵정편제 내에 한한다",
        en: "{headcount} staff in post plus {plannedHires} planned hire(s) make {total}, {excess} over the approved staffing quota of {approvedQuota}: the autonomy to employ is within the quota only"
    }
    /// art-09.a: staff in post within the quota, but the planned hires would exceed it: those
    /// hires are outside the autonomy granted (the catalog's NOT_PERMITTED), not yet a breach.
    StaffingPlanOverQuota = "STAFFING_PLAN_OVER_QUOTA" {
        zh: "在编人数{headcount}人未超过核定编制{approvedQuota}人,但加拟聘用{plannedHires}人共{total}人,超出{excess}人:超出部分的聘用不在“核定编制内自主用人权”之内(尚未聘用,不构成违反)",
        ko: "편제 내 인원 {headcount}명은 핵정편제 {approvedQuota}명을 넘지 않으나 채용 예정 {plannedHires}명을 합하면 {total}명으로 {excess}명을 넘는다. 넘는 부분의 채용은 ‘핵정편제 내 자주적 용인권’에 들지 않는다(아직 채용하지 않았으므로 위반은 아니다)",
        en: "{headcount} staff in post are within the approved staffing quota of {approvedQuota}, but with {plannedHires} planned hire(s) they make {total}, {excess} over: hiring beyond the quota is outside 「核定编制内自主用人权」 (not hired yet, so nothing is breached)"
    }
    /// art-09.a: a required system is in place.
    StaffingSystemInPlace = "STAFFING_SYSTEM_IN_PLACE" {
        zh: "已实行{system}",
        ko: "{system|을} 실행하고 있다",
        en: "the {system} is in place",
        coded: { system: StaffingSystem }
    }
    /// art-09.a: a required system is not in place.
    StaffingSystemNotInPlace = "STAFFING_SYSTEM_NOT_IN_PLACE" {
        zh: "未实行{system},而条文要求“实行岗位聘任制和绩效工资制”",
        ko: "{system|을} 실행하지 않고 있으나 조문은 ‘일터초빙제와 실적로임제를 실행’할 것을 요구한다",
        en: "the {system} is not in place, while the text requires 「实行岗位聘任制和绩效工资制」",
        coded: { system: StaffingSystem }
    }
    /// art-09.a: whether a required system is in place is not recorded.
    StaffingSystemUnrecorded = "STAFFING_SYSTEM_UNRECORDED" {
        zh: "未记录是否实行{system},无法判断",
        ko: "{system|을} 실행하는지 기록되지 않아 판단할 수 없다",
        en: "whether the {system} is in place is not recorded: it cannot be judged",
        coded: { system: StaffingSystem }
    }
    /// art-09.b: a method the text names
    SelectionMethodNamed = "SELECTION_METHOD_NAMED" {
        zh: "采用{method},为条文所列“公开选聘、竞争上岗等方式”之一",
        ko: "{method|을} 채택하였으며 이는 조문에 렬거된 ‘공개 선발초빙, 경쟁 임용 등 방식’의 하나이다",
        en: "{method} is one of the methods the text names (「公开选聘、竞争上岗等方式」)",
        coded: { method: LeadershipSelection }
    }
    /// art-09.b (needs a person): a method the text does not name
    SelectionMethodOther = "SELECTION_METHOD_OTHER" {
        zh: "采用的不是“公开选聘、竞争上岗”,条文以“等方式”留有余地,该方式是否属于同类需人工判断",
        ko: "채택한 방식은 ‘공개 선발초빙, 경쟁 임용’이 아니다. 조문은 ‘등 방식’으로 여지를 두었으므로 이 방식이 같은 류형인지는 사람이 판단하여야 한다",
        en: "the method is neither open selection nor competitive appointment; 「等方式」 leaves the list open, so whether it is of the same kind is for a person"
    }
    /// art-09.b: outside the cadre-management authority
    SelectionOutsideAuthority = "SELECTION_OUTSIDE_AUTHORITY" {
        zh: "选拔未按照党政干部管理权限进行,不符合“按照党政干部管理权限”",
        ko: "선발이 당정 간부 관리권한에 따라 진행되지 않았으므로 ‘당정 간부 관리권한에 따라’에 부합하지 않는다",
        en: "the selection was not made within the party-government cadre-management authority, against 「按照党政干部管理权限」"
    }
    /// art-09.b (needs a person): whether within the authority is not recorded
    SelectionAuthorityUnrecorded = "SELECTION_AUTHORITY_UNRECORDED" {
        zh: "未记录选拔是否按照党政干部管理权限进行,需人工核对",
        ko: "선발이 당정 간부 관리권한에 따라 진행되였는지 기록되지 않았으므로 사람이 대조하여야 한다",
        en: "whether the selection was made within the party-government cadre-management authority is not recorded: a person must check"
    }
    /// art-09.b: the qualities of the cadre are not judged
    SelectionQualitiesNotJudged = "SELECTION_QUALITIES_NOT_JUDGED" {
        zh: "“有能力、懂经济的优秀干部”为选拔标准,不作判定",
        ko: "‘능력이 있고 경제를 아는 우수한 간부’는 선발 기준으로서 판정하지 않는다",
        en: "「有能力、懂经济的优秀干部」 (able cadres who understand the economy) is a criterion of the selection, not judged"
    }
    /// art-09.c: income linked to one of the two
    PayLinked = "PAY_LINKED" {
        zh: "工作人员收入与{link}直接挂钩",
        ko: "사업일군의 수입이 {link|과} 직접 련결되여 있다",
        en: "staff income is directly linked to {link}",
        coded: { link: PayLink }
    }
    /// art-09.c: income not linked to one of the two
    PayNotLinked = "PAY_NOT_LINKED" {
        zh: "工作人员收入未与{link}直接挂钩,不符合“收入与岗位职责、工作业绩直接挂钩”",
        ko: "사업일군의 수입이 {link|과} 직접 련결되여 있지 않으므로 ‘수입을 일터 직책, 사업실적과 직접 련결’하는 요구에 어긋난다",
        en: "staff income is not directly linked to {link}, against 「收入与岗位职责、工作业绩直接挂钩」",
        coded: { link: PayLink }
    }
    /// art-09.c: a link not recorded
    PayLinkUnrecorded = "PAY_LINK_UNRECORDED" {
        zh: "未记录工作人员收入是否与{link}直接挂钩,无法判断",
        ko: "사업일군의 수입이 {link|과} 직접 련결되여 있는지 기록되지 않아 판단할 수 없다",
        en: "whether staff income is directly linked to {link} is not recorded: it cannot be judged",
        coded: { link: PayLink }
    }
    /// art-09.c: a hiring method the text names
    HiringMethodNamed = "HIRING_METHOD_NAMED" {
        zh: "其他工作岗位采用{hiring},为条文所列方式之一",
        ko: "기타 사업일터는 {hiring} 방식을 채택하였으며 이는 조문에 렬거된 방식의 하나이다",
        en: "the other posts are filled by {hiring}, one of the methods the text names",
        coded: { hiring: PostHiring }
    }
    /// art-09.c (needs a person): a hiring method the text does not name
    HiringMethodOther = "HIRING_METHOD_OTHER" {
        zh: "其他工作岗位采用的不是条文所列“直接聘任、竞岗聘任和公开招聘方式”,是否允许需人工判断",
        ko: "기타 사업일터는 조문에 렬거된 ‘직접 초빙, 경쟁 초빙과 공개 모집 방식’이 아닌 방식을 채택하였으므로 허용되는지는 사람이 판단하여야 한다",
        en: "the other posts are filled by a method other than those the text names (「直接聘任、竞岗聘任和公开招聘方式」): whether it is allowed is for a person"
    }
    /// art-09.d: a named measure for a named category
    TalentMeasurePermitted = "TALENT_MEASURE_PERMITTED" {
        zh: "对{category}可实行{measure}(“对高层次管理人才、特殊人才,可实行特岗特薪、特职特聘等方式灵活引才”)",
        ko: "{category}에 대하여 {measure} 방식을 실행할 수 있다(‘고차원 관리인재와 특수인재에 대하여 특별 일터 특별 보수, 특별 직무 특별 초빙 등 방식으로 인재를 령활하게 유치할 수 있다’)",
        en: "{measure} may be used for {category} (「对高层次管理人才、特殊人才,可实行特岗特薪、特职特聘等方式灵活引才」)",
        coded: { category: TalentCategory, measure: TalentMeasure }
    }
    /// art-09.d (needs a person): another measure
    TalentMeasureOther = "TALENT_MEASURE_OTHER" {
        zh: "对{category}采用的不是“特岗特薪、特职特聘”,条文以“等方式”留有余地,该方式是否属于同类需人工判断",
        ko: "{category}에 대하여 채택한 방식은 ‘특별 일터 특별 보수, 특별 직무 특별 초빙’이 아니다. 조문은 ‘등 방식’으로 여지를 두었으므로 이 방식이 같은 류형인지는 사람이 판단하여야 한다",
        en: "the measure for {category} is neither special post, special pay nor special appointment; 「等方式」 leaves the list open, so whether it is of the same kind is for a person",
        coded: { category: TalentCategory }
    }
    /// art-09.d: a person of neither category
    TalentNotCovered = "TALENT_NOT_COVERED" {
        zh: "灵活引才方式只对“高层次管理人才、特殊人才”实行,对其他人员适用开发区的一般规定",
        ko: "령활한 인재 유치 방식은 ‘고차원 관리인재와 특수인재’에게만 실행하며 기타 인원에게는 개발구의 일반 규정을 적용한다",
        en: "the flexible measures are for 「高层次管理人才、特殊人才」 only; the zone's ordinary rules apply to others"
    }
}

/// art-09.a: Power to appoint mid-level cadres and hire within approved staffing
pub static ART_09_A: RuleMeta = RuleMeta {
    id: "art-09.a",
    title: "Power to appoint mid-level cadres and hire within approved staffing",
    title_zh: "中层干部任免权和核定编制内自主用人权",
    title_ko: "중층간부 임면권과 핵정편제 내 자주적 용인권",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "赋予各开发区中层干部任免权和核定编制内自主用人权,实行岗位聘任制和绩效工资制",
    extra_quotes: &[],
    en: "Each zone is granted the power to appoint and remove mid-level cadres and autonomy to employ staff within its approved staffing quota; a post-appointment system and performance-based pay are applied.",
    ko: "각 개발구에 중층간부 임면권과 핵정편제 내 자주적 용인권을 부여하고 일터초빙제와 실적로임제를 실행한다",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-09.b: Leadership selection methods
pub static ART_09_B: RuleMeta = RuleMeta {
    id: "art-09.b",
    title: "Leadership selection methods",
    title_zh: "管委会领导班子选拔方式",
    title_ko: "관리위원회 령도반부 선발 방식",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["ACT.LOCAL_PARTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区管委会领导班子成员按照党政干部管理权限可采取公开选聘、竞争上岗等方式,选拔有能力、懂经济的优秀干部到开发区任职。",
    extra_quotes: &[],
    en: "Members of a zone MC's leadership team may, within the party-government cadre-management authority, be selected by open selection, competitive appointment and similar methods.",
    ko: "각 개발구 관리위원회 령도반부 성원은 당정 간부 관리권한에 따라 공개 선발초빙, 경쟁 임용 등 방식을 취하여 능력이 있고 경제를 아는 우수한 간부를 선발하여 개발구에서 임직하게 할 수 있다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-09.c: Other posts: hiring methods; pay tied to duties and performance
pub static ART_09_C: RuleMeta = RuleMeta {
    id: "art-09.c",
    title: "Other posts: hiring methods; pay tied to duties and performance",
    title_zh: "其他岗位聘任方式;收入与岗位职责、业绩挂钩",
    title_ko: "기타 사업일터 초빙 방식, 수입과 일터 직책·사업실적 련결",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant, Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "管委会其他工作岗位可视情况采取直接聘任、竞岗聘任和公开招聘方式,工作人员收入与岗位职责、工作业绩直接挂钩,实行奖优罚劣。",
    extra_quotes: &[],
    en: "Other MC posts may, as appropriate, be filled by direct appointment, competitive appointment or open recruitment; staff income is directly linked to post duties and performance, rewarding the good and penalising the poor.",
    ko: "관리위원회의 기타 사업일터는 정황에 따라 직접 초빙, 경쟁 초빙과 공개 모집 방식을 취할 수 있으며, 사업일군의 수입을 일터 직책, 사업실적과 직접 련결시켜 우수한 자를 장려하고 렬등한 자를 처벌한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-09.d: Talent policies: special post, special pay
pub static ART_09_D: RuleMeta = RuleMeta {
    id: "art-09.d",
    title: "Talent policies: special post, special pay",
    title_zh: "人才引进政策:特岗特薪、特职特聘",
    title_ko: "인재유치정책: 특별 일터 특별 보수, 특별 직무 특별 초빙",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "允许开发区自主制定专业人才引进政策,对高层次管理人才、特殊人才,可实行特岗特薪、特职特聘等方式灵活引才。",
    extra_quotes: &[],
    en: "Zones are allowed to set their own professional-talent policies; for high-level managers and special talent they may use special posts with special pay, special appointments, etc.",
    ko: "개발구가 전문인재 유치정책을 자주적으로 제정하는 것을 허용하며, 고차원 관리인재와 특수인재에 대하여 특별 일터 특별 보수, 특별 직무 특별 초빙 등 방식으로 인재를 령활하게 유치할 수 있다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-09.e: Cadre exchange mechanism
pub static ART_09_E: RuleMeta = RuleMeta {
    id: "art-09.e",
    title: "Cadre exchange mechanism",
    title_zh: "开发区与州直、县(市)机关干部交流机制",
    title_ko: "개발구와 주 직속, 현(시) 기관 간 간부 교류기제",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.HRSS", "AG.ORGSTAFF", "AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "建立开发区与州直、县(市)机关干部交流机制,推进开发区干部纵向横向交流。",
    extra_quotes: &[],
    en: "Establish a mechanism for exchanging cadres between zones and prefecture and county organs, promoting vertical and horizontal exchanges.",
    ko: "개발구와 주 직속, 현(시) 기관 간의 간부 교류기제를 건립하여 개발구 간부의 종적, 횡적 교류를 추진한다.",
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-09.f: Reform plan needs local party and government approval before execution
pub static ART_09_F: RuleMeta = RuleMeta {
    id: "art-09.f",
    title: "Reform plan needs local party and government approval before execution",
    title_zh: "人事和薪酬制度改革方案经所在地党委、政府批准后执行",
    title_ko: "인사·보수제도 개혁방안: 소재지 당위와 정부의 심사비준 후 집행",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["ACT.LOCAL_PARTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区根据实际制定人事和薪酬制度改革方案后,经所在地党委、政府审核批准后执行。",
    extra_quotes: &[],
    en: "After each zone formulates its personnel and pay reform plan according to its circumstances, the plan is executed only after review and approval by the party committee and government of the locality.",
    ko: "각 개발구는 실제에 근거하여 인사·보수제도 개혁방안을 제정한 후 소재지 당위와 정부의 심사비준을 거쳐 집행한다.",
    ambiguities: &["AMB-36"],
    evaluation: Evaluation::Function,
};

stable_enum! {
    /// Whose party committee and government approved (art-09.f).
    Approver {
        /// The county (city) the zone lies in.
        County = "COUNTY" { zh: "县(市)一级", ko: "현(시)급", en: "county (city) level" },
        /// The prefecture (州委、州政府).
        Prefecture = "PREFECTURE" { zh: "州一级", ko: "주급", en: "prefecture level" },
        /// Any other body.
        Other = "OTHER" { zh: "其他机关", ko: "기타 기관", en: "another body" },
    }
}

stable_enum! {
    /// Which of the two approvals art-09.f asks for.
    ApprovalBody {
        /// 党委.
        PartyCommittee = "PARTY_COMMITTEE" { zh: "党委", ko: "당위", en: "party committee" },
        /// 政府.
        Government = "GOVERNMENT" { zh: "政府", ko: "정부", en: "government" },
    }
}

/// One review and approval (审核批准) of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an approval object with `by` and `date`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Approval {
    /// Whose party committee or government it is.
    pub by: Approver,
    /// The day of the approval.
    pub date: IsoDate,
}

/// A zone's personnel and pay reform plan (人事和薪酬制度改革方案).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a reform plan object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct HrReformPlan {
    /// The party committee's review and approval; absent: none on record.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub party_approval: Option<Approval>,
    /// The government's review and approval; absent: none on record.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub government_approval: Option<Approval>,
    /// The day the plan began to be executed; absent: not executed.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub executed_from: Option<IsoDate>,
    /// Where this record comes from.
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
crate::by_field::by_field!(HrReformPlan {
    name: "HrReformPlan",
    expecting: "a reform plan object",
    blank: HrReformPlan {
        party_approval: Default::default(),
        government_approval: Default::default(),
        executed_from: Default::default(),
        note: Default::default(),
    },
    fields: [
        "partyApproval" => party_approval,
        "governmentApproval" => government_approval,
        "executedFrom" => executed_from,
        "note" => note,
    ],
});

/// What art-09.f is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `zoneId`, `plan` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct HrPlanInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone whose plan it is.
    pub zone_id: String,
    /// The plan.
    pub plan: HrReformPlan,
    /// The date the answer is for: approvals and execution dated after it are not known yet.
    pub as_of: IsoDate,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(HrPlanInput {
    name: "HrPlanInput",
    expecting: "an object with `register`, `zoneId`, `plan` and `asOf`",
    blank: HrPlanInput {
        register: crate::register::RegisterArg::blank(),
        zone_id: String::new(),
        plan: <HrReformPlan as crate::by_field::ByField>::blank(),
        as_of: IsoDate(NaiveDate::MIN),
    },
    fields: [
        "register" => register [required],
        "zoneId" => zone_id [required],
        "plan" => plan [required],
        "asOf" => as_of [required],
    ],
});

/// art-09.f's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct HrPlanDetail {
    /// The zone.
    pub zone_id: String,
    /// Whose approval the rule reads 「所在地党委、政府」 as; `null` when the text leaves it open.
    pub expected_approver: Option<Approver>,
    /// The party committee's approval date, when known on `asOf`.
    pub party_approved_on: Option<IsoDate>,
    /// The government's approval date, when known on `asOf`.
    pub government_approved_on: Option<IsoDate>,
    /// The day both approvals were complete (the later of the two).
    pub approved_on: Option<IsoDate>,
    /// The day execution began, when known on `asOf`.
    pub executed_from: Option<IsoDate>,
}

/// The level whose party committee and government approve a zone's plan: the county for a zone
/// its county manages, the prefecture for a dispatched zone (AMB-36), `None` otherwise.
#[must_use]
pub const fn expected_approver(authority: ManagingAuthority) -> Option<Approver> {
    match authority {
        ManagingAuthority::County => Some(Approver::County),
        ManagingAuthority::PrefectureDispatched => Some(Approver::Prefecture),
        ManagingAuthority::Province | ManagingAuthority::Other => None,
    }
}

/// art-09.f for a zone of a validated register on `as_of`, the opinion issued on `issue_date`:
/// a plan executed before issuance is not against 「审核批准后执行」, which did not exist then,
/// and whether it is a plan under this opinion is for a person.
#[must_use]
pub fn reform_plan_executable(
    zone: &Zone,
    plan: &HrReformPlan,
    (as_of, issue_date): (NaiveDate, NaiveDate),
    authority_doubt: Option<Reason>,
) -> Answer<HrPlanDetail> {
    let rule = RuleId::ART_09_F;
    let expected = expected_approver(zone.managing_authority);
    let mut detail = HrPlanDetail {
        zone_id: String::from(zone.id.as_str()),
        expected_approver: expected,
        party_approved_on: None,
        government_approved_on: None,
        approved_on: None,
        executed_from: None,
    };
    if let Some(r) = absent_on(rule, zone, as_of) {
        return not_applicable(rule, r, detail);
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    match expected {
        Some(Approver::County) => {
            reasons.add(about(Reason::new(C::HrPlanApproverCounty, rule), zone))
        }
        Some(_) => reasons.add(about(Reason::new(C::HrPlanApproverPrefecture, rule), zone)),
        None => {}
    }
    let mut missing = false;
    // The register and art-12.b disagree on who manages the zone, so on whose party committee
    // and government are 「所在地」's: whatever approved, a person decides.
    let mut doubtful = false;
    if let Some(reason) = authority_doubt {
        doubtful = true;
        needs_human.add(about(reason, zone));
    }
    let mut approved_on: Option<IsoDate> = None;
    for (body, approval) in [
        (ApprovalBody::PartyCommittee, &plan.party_approval),
        (ApprovalBody::Government, &plan.government_approval),
    ] {
        let known = match approval {
            Some(a) if *a.date > as_of => {
                reasons.add(
                    Reason::new(C::EventAfterAsOf, rule)
                        .with("asOf", as_of)
                        .with("date", a.date),
                );
                None
            }
            other => other.as_ref(),
        };
        let Some(a) = known else {
            missing = true;
            reasons.add(
                Reason::new(C::HrPlanApprovalMissing, rule)
                    .with("asOf", as_of)
                    .with("body", body.as_str()),
            );
            continue;
        };
        reasons.add(
            Reason::new(C::HrPlanApproved, rule)
                .with("approver", a.by.as_str())
                .with("body", body.as_str())
                .with("date", a.date),
        );
        match expected {
            Some(e) if e == a.by => {}
            Some(e) => {
                doubtful = true;
                needs_human.add(
                    Reason::new(C::HrPlanApproverOtherLevel, rule)
                        .with("approver", a.by.as_str())
                        .with("body", body.as_str())
                        .with("expectedApprover", e.as_str()),
                );
            }
            None => doubtful = true,
        }
        match body {
            ApprovalBody::PartyCommittee => detail.party_approved_on = Some(a.date),
            ApprovalBody::Government => detail.government_approved_on = Some(a.date),
        }
        approved_on = Some(approved_on.map_or(a.date, |d| d.max(a.date)));
    }
    if expected.is_none() && doubtful {
        needs_human.add(about(
            Reason::new(C::HrPlanApproverUnclear, rule)
                .with("recorded", zone.managing_authority.as_str()),
            zone,
        ));
    }
    let approved_on = approved_on.filter(|_| !missing);
    detail.approved_on = approved_on;
    let executed = match plan.executed_from {
        Some(d) if *d > as_of => {
            reasons.add(
                Reason::new(C::EventAfterAsOf, rule)
                    .with("asOf", as_of)
                    .with("date", d),
            );
            None
        }
        other => other,
    };
    detail.executed_from = executed;
    let before_issuance = executed.filter(|d| **d < issue_date);
    let outcome = match (executed, approved_on) {
        // Executed before the opinion existed, and before the approvals: not against its
        // 「审核批准后执行」, which did not exist then (the person decides, below).
        (Some(from), ready) if before_issuance.is_some() && ready.is_none_or(|r| from < r) => {
            Outcome::NeedsHuman
        }
        // Executed with an approval missing, or before the later approval: against the text
        // whoever approved.
        (Some(from), None) => {
            reasons
                .add(Reason::new(C::HrPlanExecutedBeforeApproval, rule).with("executedFrom", from));
            Outcome::NonCompliant
        }
        (Some(from), Some(ready)) if from < ready => {
            reasons
                .add(Reason::new(C::HrPlanExecutedBeforeApproval, rule).with("executedFrom", from));
            Outcome::NonCompliant
        }
        (Some(from), Some(ready)) => {
            reasons.add(
                Reason::new(C::HrPlanExecutedAfterApproval, rule)
                    .with("approvedOn", ready)
                    .with("executedFrom", from),
            );
            if doubtful {
                Outcome::NeedsHuman
            } else {
                Outcome::Compliant
            }
        }
        (None, None) => {
            reasons.add(Reason::new(C::HrPlanNotExecutable, rule));
            Outcome::NotEligible
        }
        // Approved by a level the rule does not read as 「所在地」: the person decides, the answer
        // does not say it may be executed.
        (None, Some(_)) if doubtful => Outcome::NeedsHuman,
        (None, Some(ready)) => {
            reasons.add(Reason::new(C::HrPlanExecutable, rule).with("approvedOn", ready));
            Outcome::Eligible
        }
    };
    if let Some(from) = before_issuance {
        needs_human.add(
            Reason::new(C::HrPlanExecutedBeforeIssuance, rule)
                .with("executedFrom", from)
                .with("issueDate", issue_date),
        );
    }
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail,
    }
}

/// art-09.f on its input.
///
/// # Errors
/// `INVALID_INPUT` for a bad register or an unknown zone.
pub fn reform_plan(input: HrPlanInput, _params: &Params) -> Result<Answer<HrPlanDetail>, Error> {
    let plan = input.plan;
    let as_of = input.as_of.get();
    super::common::on_zone_dated(
        input.register,
        &input.zone_id,
        (Some(as_of), false),
        |reg: &ValidRegister, zone| {
            let rule = RuleId::ART_09_F;
            let named = super::art12_administration::dispatched_name_of(zone, reg).is_some();
            let dispatched = zone.managing_authority == ManagingAuthority::PrefectureDispatched;
            let recorded = zone.managing_authority.as_str();
            let doubt = match (named, dispatched) {
                (true, false) => Some(
                    Reason::new(C::HrPlanNamedDispatchedRecordedOtherwise, rule)
                        .with("recorded", recorded),
                ),
                (false, true) => Some(
                    Reason::new(C::HrPlanRecordedDispatchedNotNamed, rule)
                        .with("recorded", recorded),
                ),
                // A name with the place and kind of one of the four (art-12.b, art-12.c and
                // art-02.c ask the same).
                (false, false) => super::art12_administration::resembles_zone(zone)
                    .map(|like| Reason::new(C::ZoneNameResemblesNamed, rule).with("namedAs", like)),
                (true, true) => None,
            };
            Ok(reform_plan_executable(
                zone,
                &plan,
                (as_of, *reg.issue_date),
                doubt,
            ))
        },
    )
}

/// Labels of art-09.f's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_09_F_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "expectedApprover",
            "审核批准的党委、政府(本规则的理解)",
            "심사비준하는 당위와 정부(이 규정의 해석)",
            "Approving party committee and government (as the rule reads it)",
            Shape::Enum(&[<Approver as Stable>::TABLE]),
        ),
        f(
            "partyApprovedOn",
            "党委审核批准日期",
            "당위 심사비준 날자",
            "Party committee approved on",
            Shape::Plain,
        ),
        f(
            "governmentApprovedOn",
            "政府审核批准日期",
            "정부 심사비준 날자",
            "Government approved on",
            Shape::Plain,
        ),
        f(
            "approvedOn",
            "审核批准完成日期",
            "심사비준 완료 날자",
            "Approvals complete on",
            Shape::Plain,
        ),
        f(
            "executedFrom",
            "开始执行日期",
            "집행 시작 날자",
            "Executed from",
            Shape::Plain,
        ),
    ]
};

computed! {
    /// art-09.f as a computed rule ([`reform_plan`]).
    ReformPlanApproval: ART_09_F(HrPlanInput) -> HrPlanDetail [ART_09_F_FIELDS] = |input, params| reform_plan(input, params);
    outcomes: [Compliant, NonCompliant, Eligible, NotEligible, NeedsHuman, NotApplicable];
}

stable_enum! {
    /// The two systems art-09.a requires (「实行岗位聘任制和绩效工资制」).
    StaffingSystem {
        /// 岗位聘任制.
        PostAppointment = "POST_APPOINTMENT" { zh: "岗位聘任制", ko: "일터초빙제", en: "post-based appointment system" },
        /// 绩效工资制.
        PerformancePay = "PERFORMANCE_PAY" { zh: "绩效工资制", ko: "실적로임제", en: "performance-based pay system" },
    }
}

/// What art-09.a is asked about: a zone's staffing against its approved quota (核定编制) and the
/// two systems it must apply.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `approvedQuota` and `headcount`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct StaffingInput {
    /// The approved staffing quota (核定编制), in persons.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub approved_quota: u32,
    /// Staff employed within the quota now, in persons.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub headcount: u32,
    /// Hires the zone plans to make on its own authority (default 0).
    #[cfg_attr(feature = "serde", serde(default, with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub planned_hires: u32,
    /// Whether the post-based appointment system (岗位聘任制) is applied; absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub post_appointment_system: Option<bool>,
    /// Whether the performance-based pay system (绩效工资制) is applied; absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub performance_pay_system: Option<bool>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(StaffingInput {
    name: "StaffingInput",
    expecting: "an object with `approvedQuota` and `headcount`",
    blank: StaffingInput {
        approved_quota: 0,
        headcount: 0,
        planned_hires: Default::default(),
        post_appointment_system: Default::default(),
        performance_pay_system: Default::default(),
    },
    fields: [
        "approvedQuota" => approved_quota [required, with crate::num::count::deserialize],
        "headcount" => headcount [required, with crate::num::count::deserialize],
        "plannedHires" => planned_hires [with crate::num::count::deserialize],
        "postAppointmentSystem" => post_appointment_system,
        "performancePaySystem" => performance_pay_system,
    ],
});

/// art-09.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct StaffingDetail {
    /// The approved staffing quota.
    pub approved_quota: u32,
    /// Staff in post plus planned hires.
    pub staffing_total: u32,
    /// How many the total is over the quota (0 within it).
    pub over_quota: u32,
    /// Whether the post-based appointment system is applied, as recorded.
    pub post_appointment_system: Option<bool>,
    /// Whether the performance-based pay system is applied, as recorded.
    pub performance_pay_system: Option<bool>,
}

/// art-09.a: 「核定编制内自主用人权」 and 「实行岗位聘任制和绩效工资制」. NON_COMPLIANT when staff in
/// post exceed the approved quota (equal is within it) or a system is recorded as not applied;
/// UNKNOWN when a system is not recorded; NOT_ELIGIBLE when only the planned hires would exceed
/// it (hiring them is outside the autonomy granted: the catalog's NOT_PERMITTED); COMPLIANT
/// otherwise.
///
/// # Errors
/// `OUT_OF_RANGE` at `input.plannedHires` when staff in post plus planned hires pass
/// 4,294,967,295.
pub fn staffing_within_quota(
    input: &StaffingInput,
    _params: &Params,
) -> Result<Answer<StaffingDetail>, Error> {
    let rule = RuleId::ART_09_A;
    let total = input
        .headcount
        .checked_add(input.planned_hires)
        .ok_or_else(|| {
            Error::out_of_range(
                "input.plannedHires",
                text!(zh: "现有人数加计划招聘人数超过 4,294,967,295", ko: "현재 인원과 계획 채용 인원의 합이 4,294,967,295를 넘습니다", en: "headcount plus planned hires is beyond 4,294,967,295"),
            )
        })?;
    let over = total.saturating_sub(input.approved_quota);
    let mut reasons = Vec::new();
    let base = |code| {
        Reason::new(code, rule)
            .with("approvedQuota", input.approved_quota)
            .with("headcount", input.headcount)
            .with("plannedHires", input.planned_hires)
            .with("total", total)
    };
    // Staff in post over the quota breach it; planned hires that would only are not permitted
    // (「核定编制内自主用人权」 grants no more), which breaches nothing yet.
    let in_post_over = input.headcount > input.approved_quota;
    if in_post_over {
        reasons.add(base(C::StaffingOverQuota).with("excess", over));
    } else if over > 0 {
        reasons.add(base(C::StaffingPlanOverQuota).with("excess", over));
    } else {
        reasons.add(base(C::StaffingWithinQuota));
    }
    let mut not_in_place = false;
    let mut unrecorded = false;
    for (system, fact) in [
        (
            StaffingSystem::PostAppointment,
            input.post_appointment_system,
        ),
        (StaffingSystem::PerformancePay, input.performance_pay_system),
    ] {
        let code = match fact {
            Some(true) => C::StaffingSystemInPlace,
            Some(false) => {
                not_in_place = true;
                C::StaffingSystemNotInPlace
            }
            None => {
                unrecorded = true;
                C::StaffingSystemUnrecorded
            }
        };
        reasons.add(Reason::new(code, rule).with("system", system.as_str()));
    }
    // A system not recorded leaves the answer open (for review) whatever the plan.
    let outcome = if in_post_over || not_in_place {
        Outcome::NonCompliant
    } else if unrecorded {
        Outcome::Unknown
    } else if over > 0 {
        Outcome::NotEligible
    } else {
        Outcome::Compliant
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human: Vec::new(),
        params_used: ParamsUsed::new(),
        detail: StaffingDetail {
            approved_quota: input.approved_quota,
            staffing_total: total,
            over_quota: over,
            post_appointment_system: input.post_appointment_system,
            performance_pay_system: input.performance_pay_system,
        },
    })
}

/// Labels of art-09.a's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_09_A_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[
        f(
            "approvedQuota",
            "核定编制(人)",
            "핵정편제(명)",
            "Approved staffing quota",
            Shape::Plain,
        ),
        f(
            "staffingTotal",
            "在编人数加拟聘用人数",
            "편제 내 인원과 채용 예정 인원",
            "Staff in post plus planned hires",
            Shape::Plain,
        ),
        f(
            "overQuota",
            "超出核定编制人数",
            "핵정편제 초과 인원",
            "Over the quota by",
            Shape::Plain,
        ),
        f(
            "postAppointmentSystem",
            "实行岗位聘任制",
            "일터초빙제 실행",
            "Post-based appointment system applied",
            Shape::Fact,
        ),
        f(
            "performancePaySystem",
            "实行绩效工资制",
            "실적로임제 실행",
            "Performance-based pay system applied",
            Shape::Fact,
        ),
    ]
};

computed! {
    /// art-09.a as a computed rule ([`staffing_within_quota`]).
    StaffingQuota: ART_09_A(StaffingInput) -> StaffingDetail [ART_09_A_FIELDS] = staffing_within_quota;
    outcomes: [Compliant, NonCompliant, NotEligible, Unknown];
}

stable_enum! {
    /// How a member of a zone MC's leadership team is selected (art-09.b).
    LeadershipSelection {
        /// 公开选聘.
        OpenSelection = "OPEN_SELECTION" { zh: "公开选聘", ko: "공개 선발초빙", en: "open selection" },
        /// 竞争上岗.
        CompetitiveAppointment = "COMPETITIVE_APPOINTMENT" { zh: "竞争上岗", ko: "경쟁 임용", en: "competitive appointment" },
        /// Another method.
        Other = "OTHER" { zh: "其他方式", ko: "기타 방식", en: "another method" },
    }
}

/// What art-09.b is asked about: one selection of a leadership-team member.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `method`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct LeadershipSelectionInput {
    /// The method used.
    pub method: LeadershipSelection,
    /// Whether the selection was made within the party-government cadre-management authority
    /// (按照党政干部管理权限); absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub within_cadre_authority: Option<bool>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(LeadershipSelectionInput {
    name: "LeadershipSelectionInput",
    expecting: "an object with `method`",
    blank: LeadershipSelectionInput {
        method: LeadershipSelection::Other,
        within_cadre_authority: None,
    },
    fields: [
        "method" => method [required],
        "withinCadreAuthority" => within_cadre_authority,
    ],
});

/// The detail of art-09.b, art-09.c and art-09.d: the method or measure asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct SelectionDetail {
    /// The method used.
    pub selection_method: LeadershipSelection,
}

/// art-09.b 「各开发区管委会领导班子成员按照党政干部管理权限可采取公开选聘、竞争上岗等方式」:
/// ELIGIBLE for open selection or competitive appointment within the cadre-management authority,
/// NOT_ELIGIBLE outside it; NEEDS_HUMAN when that is not recorded, or for another method
/// (「等方式」 leaves the list open: whether it is of the same kind is for a person).
///
/// # Errors
/// None (the signature of a computed rule).
pub fn leadership_selection(
    input: &LeadershipSelectionInput,
    _params: &Params,
) -> Result<Answer<SelectionDetail>, Error> {
    let rule = RuleId::ART_09_B;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let method = input.method;
    let at = |code| Reason::new(code, rule).with("method", method.as_str());
    let outcome = match input.within_cadre_authority {
        Some(false) => {
            reasons.add(at(C::SelectionOutsideAuthority));
            Outcome::NotEligible
        }
        authority => {
            if method == LeadershipSelection::Other {
                needs_human.add(at(C::SelectionMethodOther));
            } else {
                reasons.add(at(C::SelectionMethodNamed));
            }
            if authority.is_none() {
                needs_human.add(at(C::SelectionAuthorityUnrecorded));
            }
            if needs_human.is_empty() {
                Outcome::Eligible
            } else {
                Outcome::NeedsHuman
            }
        }
    };
    reasons.add(Reason::new(C::SelectionQualitiesNotJudged, rule));
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail: SelectionDetail {
            selection_method: method,
        },
    })
}

computed! {
    /// art-09.b as a computed rule ([`leadership_selection`]).
    LeadershipSelectionCheck: ART_09_B(LeadershipSelectionInput) -> SelectionDetail [ART_09_B_FIELDS] = leadership_selection;
    outcomes: [Eligible, NotEligible, NeedsHuman];
}

/// Labels of art-09.b's own answer fields.
const ART_09_B_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[f(
        "selectionMethod",
        "选拔方式",
        "선발 방식",
        "Selection method",
        Shape::Enum(&[<LeadershipSelection as Stable>::TABLE]),
    )]
};

stable_enum! {
    /// How another post of an MC is filled (art-09.c).
    PostHiring {
        /// 直接聘任.
        DirectAppointment = "DIRECT_APPOINTMENT" { zh: "直接聘任", ko: "직접 초빙", en: "direct appointment" },
        /// 竞岗聘任.
        CompetitiveAppointment = "COMPETITIVE_APPOINTMENT" { zh: "竞岗聘任", ko: "경쟁 초빙", en: "competitive appointment" },
        /// 公开招聘.
        OpenRecruitment = "OPEN_RECRUITMENT" { zh: "公开招聘", ko: "공개 모집", en: "open recruitment" },
        /// Another method.
        Other = "OTHER" { zh: "其他方式", ko: "기타 방식", en: "another method" },
    }
}

/// An MC's pay scheme for its staff (art-09.c).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a pay scheme object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct PayScheme {
    /// Whether staff income is directly linked to post duties (岗位职责); absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub linked_to_duties: Option<bool>,
    /// Whether staff income is directly linked to performance (工作业绩); absent: not recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub linked_to_performance: Option<bool>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(PayScheme {
    name: "PayScheme",
    expecting: "a pay scheme object",
    blank: PayScheme {
        linked_to_duties: None,
        linked_to_performance: None,
    },
    fields: [
        "linkedToDuties" => linked_to_duties,
        "linkedToPerformance" => linked_to_performance,
    ],
});

/// What art-09.c is asked about: an MC's pay scheme for its other posts, and how they are filled.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `payScheme`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct PaySchemeInput {
    /// The pay scheme.
    pub pay_scheme: PayScheme,
    /// How the other posts are filled; absent: not asked.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub hiring: Option<PostHiring>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(PaySchemeInput {
    name: "PaySchemeInput",
    expecting: "an object with `payScheme`",
    blank: PaySchemeInput {
        pay_scheme: PayScheme::default(),
        hiring: None,
    },
    fields: [
        "payScheme" => pay_scheme [required],
        "hiring" => hiring,
    ],
});

/// art-09.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct PaySchemeDetail {
    /// How the posts are filled, when given.
    pub hiring: Option<PostHiring>,
}

/// art-09.c 「工作人员收入与岗位职责、工作业绩直接挂钩」 (a must) and 「可视情况采取直接聘任、竞岗
/// 聘任和公开招聘方式」 (a permission): COMPLIANT when income is linked to both duties and
/// performance, NON_COMPLIANT when to either not, UNKNOWN when a link is not recorded;
/// NEEDS_HUMAN when the pay scheme complies but the posts are filled by a method the text does
/// not name.
///
/// # Errors
/// None (the signature of a computed rule).
pub fn pay_scheme(
    input: &PaySchemeInput,
    _params: &Params,
) -> Result<Answer<PaySchemeDetail>, Error> {
    let rule = RuleId::ART_09_C;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut failed = false;
    let mut unknown = false;
    for (link, linked) in [
        (PayLink::Duties, input.pay_scheme.linked_to_duties),
        (PayLink::Performance, input.pay_scheme.linked_to_performance),
    ] {
        let r = Reason::new(
            match linked {
                Some(true) => C::PayLinked,
                Some(false) => C::PayNotLinked,
                None => C::PayLinkUnrecorded,
            },
            rule,
        )
        .with("link", link.as_str());
        match linked {
            Some(true) => {}
            Some(false) => failed = true,
            None => unknown = true,
        }
        reasons.add(r);
    }
    match input.hiring {
        Some(PostHiring::Other) => {
            needs_human.add(Reason::new(C::HiringMethodOther, rule));
        }
        Some(h) => reasons.add(Reason::new(C::HiringMethodNamed, rule).with("hiring", h.as_str())),
        None => {}
    }
    let outcome = if failed {
        Outcome::NonCompliant
    } else if unknown {
        Outcome::Unknown
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        Outcome::Compliant
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail: PaySchemeDetail {
            hiring: input.hiring,
        },
    })
}

stable_enum! {
    /// What staff income must be linked to (art-09.c).
    PayLink {
        /// 岗位职责.
        Duties = "DUTIES" { zh: "岗位职责", ko: "일터 직책", en: "post duties" },
        /// 工作业绩.
        Performance = "PERFORMANCE" { zh: "工作业绩", ko: "사업실적", en: "performance" },
    }
}

/// Labels of art-09.c's own answer fields.
const ART_09_C_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[f(
        "hiring",
        "聘用方式",
        "초빙 방식",
        "How the posts are filled",
        Shape::Enum(&[<PostHiring as Stable>::TABLE]),
    )]
};

computed! {
    /// art-09.c as a computed rule ([`pay_scheme`]).
    PaySchemeCheck: ART_09_C(PaySchemeInput) -> PaySchemeDetail [ART_09_C_FIELDS] = pay_scheme;
    outcomes: [Compliant, NonCompliant, NeedsHuman, Unknown];
}

stable_enum! {
    /// Whom a flexible talent measure is for (art-09.d).
    TalentCategory {
        /// 高层次管理人才.
        HighLevelManager = "HIGH_LEVEL_MANAGER" { zh: "高层次管理人才", ko: "고차원 관리인재", en: "high-level management talent" },
        /// 特殊人才.
        SpecialTalent = "SPECIAL_TALENT" { zh: "特殊人才", ko: "특수인재", en: "special talent" },
        /// Anyone else.
        Other = "OTHER" { zh: "其他人员", ko: "기타 인원", en: "another person" },
    }
}

stable_enum! {
    /// A flexible way of bringing in talent (art-09.d).
    TalentMeasure {
        /// 特岗特薪.
        SpecialPostSpecialPay = "SPECIAL_POST_SPECIAL_PAY" { zh: "特岗特薪", ko: "특별 일터 특별 보수", en: "special post, special pay" },
        /// 特职特聘.
        SpecialAppointment = "SPECIAL_APPOINTMENT" { zh: "特职特聘", ko: "특별 직무 특별 초빙", en: "special position, special appointment" },
        /// Another flexible measure.
        Other = "OTHER" { zh: "其他灵活方式", ko: "기타 령활한 방식", en: "another flexible measure" },
    }
}

/// What art-09.d is asked about: a flexible measure for one person.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `category` and `measure`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct TalentMeasureInput {
    /// Whom it is for.
    pub category: TalentCategory,
    /// The measure.
    pub measure: TalentMeasure,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(TalentMeasureInput {
    name: "TalentMeasureInput",
    expecting: "an object with `category` and `measure`",
    blank: TalentMeasureInput {
        category: TalentCategory::Other,
        measure: TalentMeasure::Other,
    },
    fields: [
        "category" => category [required],
        "measure" => measure [required],
    ],
});

/// art-09.d's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct TalentDetail {
    /// Whom it is for.
    pub talent_category: TalentCategory,
    /// The measure.
    pub talent_measure: TalentMeasure,
}

/// art-09.d 「对高层次管理人才、特殊人才,可实行特岗特薪、特职特聘等方式灵活引才」: ELIGIBLE for a
/// named measure for high-level management or special talent; NEEDS_HUMAN for another measure
/// (「等方式」 leaves the list open); NOT_ELIGIBLE for anyone else (the flexible measures are
/// granted for those two, the zone's ordinary rules apply to others).
///
/// # Errors
/// None (the signature of a computed rule).
pub fn talent_measure(
    input: &TalentMeasureInput,
    _params: &Params,
) -> Result<Answer<TalentDetail>, Error> {
    let rule = RuleId::ART_09_D;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let at = |code| {
        Reason::new(code, rule)
            .with("category", input.category.as_str())
            .with("measure", input.measure.as_str())
    };
    let outcome = if input.category == TalentCategory::Other {
        reasons.add(at(C::TalentNotCovered));
        Outcome::NotEligible
    } else if input.measure == TalentMeasure::Other {
        needs_human.add(at(C::TalentMeasureOther));
        Outcome::NeedsHuman
    } else {
        reasons.add(at(C::TalentMeasurePermitted));
        Outcome::Eligible
    };
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: ParamsUsed::new(),
        detail: TalentDetail {
            talent_category: input.category,
            talent_measure: input.measure,
        },
    })
}

/// Labels of art-09.d's own answer fields.
const ART_09_D_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    use crate::words::Stable;
    &[
        f(
            "talentCategory",
            "人才类别",
            "인재 류별",
            "Talent",
            Shape::Enum(&[<TalentCategory as Stable>::TABLE]),
        ),
        f(
            "talentMeasure",
            "引才方式",
            "인재 유치 방식",
            "Measure",
            Shape::Enum(&[<TalentMeasure as Stable>::TABLE]),
        ),
    ]
};

computed! {
    /// art-09.d as a computed rule ([`talent_measure`]).
    TalentMeasureCheck: ART_09_D(TalentMeasureInput) -> TalentDetail [ART_09_D_FIELDS] = talent_measure;
    outcomes: [Eligible, NotEligible, NeedsHuman];
}
