//! (十五) 强化环境资源安全监管: environment, resources and safety.
//!
//! > 对未按规定按时完成环保基础设施建设的开发区,取消当年扩区、调区、晋升及考评资格。
//!
//! art-15.a: which items are required 「按规定」 is external data (AMB-28). 「当年」 is read as the
//! year of the failure (`EACH_YEAR_WITH_OVERDUE_ITEM`): an item not completed by its due day hits
//! its due year, even when it is finished later that year; it hits a later year only while it is
//! still unfinished at that year's end (or, for a year in progress, on `asOf`). An item finished
//! in the year after its due year hits the due year alone: the bar ends once it is done.
//!
//! Years before the first counted year (AMB-25: the first full year after issuance) are not
//! disqualified unless `retroactiveYearsForSanctions` says so: the opinion does not reach back.
//! The finding is the prefecture's: it does not rewrite the province's ranking (art-14 reads the
//! provincial record, and says when such a finding is not reflected in it, AMB-27).
//!
//! art-15.b 「严格执行危险化学品企业安全生产和环境保护所需的防护距离」: for a hazardous-chemical
//! enterprise, each protected object around it (a dwelling area, a school, a water source, …) at
//! a distance not less than the one the safety and environmental standards require is
//! compliant; a shorter one is not. The required distance is external data (the standards),
//! given per object; one not given is for a person, and no object given is no information. The
//! rest of the sentence (「加强…规划的衔接」) is a direction, not judged.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::common::{about, absent_in_year, dec31, not_applicable, on_zone, ZoneYearInput};
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, Reason};
use crate::messages::ReasonCode as C;
use crate::params::Params;
use crate::register::{EnvInfraItem, ValidRegister, Zone};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-15.a: completed late within the year
    EnvItemCompletedLate = "ENV_ITEM_COMPLETED_LATE" {
        zh: "“{item}”应最迟于{due}(含当日)完成,实际于{completed}完成,{year}年内曾逾期未完成",
        ko: "‘{item}’ 항목은 {due}까지 완료하여야 하였으나 {completed}에 늦게 완료되여 {year}년 중 기한을 넘겼다",
        en: "“{item}” was due by {due} and completed late on {completed}: overdue during {year}"
    }
    /// art-15.a: not completed
    EnvItemNotCompleted = "ENV_ITEM_NOT_COMPLETED" {
        zh: "“{item}”应最迟于{due}(含当日)完成,至今未完成",
        ko: "‘{item}’ 항목은 늦어도 {due}(당일 포함)까지 완료하여야 하나 완료되지 않았다",
        en: "“{item}” was due by {due} and is not completed"
    }
    /// art-15.a: on time
    EnvItemOnTime = "ENV_ITEM_ON_TIME" {
        zh: "“{item}”应最迟于{due}(含当日)完成,已于{completed}按时完成",
        ko: "‘{item}’ 항목은 늦어도 {due}(당일 포함)까지 완료하여야 하며 {completed}에 제때에 완료되였다",
        en: "“{item}” was due by {due} and completed on time on {completed}"
    }
    /// art-15.a: late, but completed before the year
    EnvItemLateInEarlierYear = "ENV_ITEM_LATE_IN_EARLIER_YEAR" {
        zh: "“{item}”于{completed}逾期完成,{year}年内已无逾期",
        ko: "‘{item}’ 항목은 {completed}에 늦게 완료되였으나 {year}년에는 기한 경과가 없다",
        en: "“{item}” was completed late on {completed}, before {year}: nothing overdue in {year}"
    }
    /// art-15.a: not yet due
    EnvItemNotYetDue = "ENV_ITEM_NOT_YET_DUE" {
        zh: "“{item}”应最迟于{due}(含当日)完成,在{year}年评估时尚未到期",
        ko: "‘{item}’ 항목은 늦어도 {due}(당일 포함)까지 완료하여야 하며 {year}년 평가 시점에는 기한이 도래하지 않았다",
        en: "“{item}” is due by {due}: not yet due for {year}"
    }
    /// art-15.a (needs a person): in the year of issuance, before the first year counted
    /// (AMB-25), an item due on or after the issue date was missed
    EnvMissedInIssueYear = "ENV_MISSED_IN_ISSUE_YEAR" {
        zh: "{year}年早于首个计入年度(AMB-25),但{zoneName}({zone})有项目在本意见印发({issueDate})之后仍逾期未完成:该失误延续到印发之后,是否取消{year}年的扩区、调区、晋升及考评资格,需人工判断",
        ko: "{year}년은 첫 산입 년도보다 이르나(AMB-25) {zoneName}({zone})에는 본 의견 인쇄발행({issueDate}) 후에도 기한을 넘기고 완료되지 않은 항목이 있었다. 이 과실은 인쇄발행 후에도 이어졌으므로 {year}년의 구역 확장·구역 조정·승격 및 심사평가 자격을 취소하는지는 사람이 판단하여야 한다",
        en: "{year} is before the first year counted (AMB-25), but {zoneName} ({zone}) had an item overdue and not done after the opinion was issued on {issueDate}: the failure went on after issuance, so whether {year}'s expansion, adjustment, upgrade and assessment qualifications are cancelled is for a person"
    }
    /// art-15.a: an item due on a day the zone did not exist (not yet established, or revoked
    /// or merged before it): no 开发区 was late
    EnvItemDueWithoutZone = "ENV_ITEM_DUE_WITHOUT_ZONE" {
        zh: "“{item}”应最迟于{due}(含当日)完成,当日{zoneName}({zone})不是开发区(尚未设立,或已撤销、整合):不计入",
        ko: "‘{item}’ 항목은 늦어도 {due}(당일 포함)까지 완료하여야 하였으나 그날 {zoneName}({zone}){|은} 개발구가 아니였으므로(아직 설립되지 않았거나 철회·통합됨) 계산하지 않는다",
        en: "“{item}” was due by {due}, when {zoneName} ({zone}) was not a zone (not yet established, or revoked or merged): not counted"
    }
    /// art-15.a (needs a person): an item due before the zone existed (or while it did not),
    /// still not completed while it exists: when 「按时」 began to run for it is not said
    EnvItemDueBeforeZoneOpen = "ENV_ITEM_DUE_BEFORE_ZONE_OPEN" {
        zh: "“{item}”应最迟于{due}(含当日)完成,当日{zoneName}({zone})不是开发区;至{date}该开发区存续而该项目仍未完成:是否属于“未按规定按时完成”、何时起算,需人工判断",
        ko: "‘{item}’ 항목은 늦어도 {due}(당일 포함)까지 완료하여야 하였으나 그날 {zoneName}({zone}){|은} 개발구가 아니였다. {date}에 이 개발구는 존속하나 항목은 아직 완료되지 않았으므로 ‘규정에 따라 제때에 완료하지 못한’ 것인지, 언제부터 계산하는지는 사람이 판단하여야 한다",
        en: "“{item}” was due by {due}, when {zoneName} ({zone}) was not a zone; on {date} the zone exists and the item is still not completed: whether it is 「未按规定按时完成」, and from when, is for a person"
    }
    /// art-15.a: asked of a year that has not begun on the as-of date
    EnvYearNotBegun = "ENV_YEAR_NOT_BEGUN" {
        zh: "截至{asOf},{year}年尚未开始:该年资格是否取消,取决于该年内到期或至该年末仍未完成的项目",
        ko: "{asOf} 현재 {year}년은 아직 시작되지 않았다. 그해 자격을 취소하는지는 그해에 기한이 되거나 그해 말까지 완료되지 않은 항목에 달려 있다",
        en: "as of {asOf} the year {year} has not begun: whether its qualifications are cancelled depends on items due in it, or still not completed at its end"
    }
    /// art-15.a: no items
    EnvNoItems = "ENV_NO_ITEMS" {
        zh: "登记册中没有{zoneName}({zone})须按规定完成的环保基础设施项目",
        ko: "등록부에 {zoneName}({zone})에 대하여 규정에 따라 완료하여야 할 환경보호 기초시설 항목이 없다",
        en: "the register lists no required environmental infrastructure for {zoneName} ({zone})"
    }
    /// art-15.a: disqualified
    EnvDisqualified = "ENV_DISQUALIFIED" {
        zh: "{zoneName}({zone})有{count}项环保基础设施未按规定按时完成:取消{year}年扩区、调区、晋升及考评资格",
        ko: "{zoneName}({zone})의 경우 환경보호 기초시설 {count}항목을 규정에 따라 제때에 완료하지 못하였으므로 {year}년 구역 확장·조정·승격 및 심사평가 자격을 취소한다",
        en: "{zoneName} ({zone}) has {count} environmental infrastructure item(s) not completed on time: no expansion, adjustment, upgrading or assessment in {year}"
    }
    /// art-15.a: an item finished late, after its due year: the failure belongs to its due year only
    EnvItemLateHitsDueYear = "ENV_ITEM_LATE_HITS_DUE_YEAR" {
        zh: "“{item}”应最迟于{due}(含当日)完成,于{completed}逾期完成:未按时完成属于{dueYear}年,{year}年内完成后不再取消{year}年资格",
        ko: "‘{item}’ 항목은 {due}까지 완료하여야 하였으나 {completed}에 늦게 완료되였다. 기한을 지키지 못한 것은 {dueYear}년의 일이며 {year}년 중에 완료되였으므로 {year}년 자격은 취소하지 않는다",
        en: "“{item}” was due by {due} and completed late on {completed}: the failure belongs to its due year {dueYear}; finished during {year}, it does not disqualify {year}"
    }
    /// art-15.b: not a hazardous-chemical enterprise
    HazchemNotApplicable = "HAZCHEM_NOT_APPLICABLE" {
        zh: "{enterprise}不是危险化学品企业,本条防护距离要求不适用",
        ko: "기업({enterprise})은 위험화학품 기업이 아니므로 이 조항의 방호거리 요구가 적용되지 않는다",
        en: "{enterprise} is not a hazardous-chemical enterprise: the protective-distance requirement does not apply"
    }
    /// art-15.b: a distance at or above the required one
    ProtectiveDistanceMet = "PROTECTIVE_DISTANCE_MET" {
        zh: "{enterprise}与{object}相距{distance}米,不小于所需防护距离{required}米",
        ko: "기업({enterprise})과 방호 대상({object}) 사이의 거리는 {distance}메터로 필요한 방호거리 {required}메터보다 작지 않다",
        en: "{enterprise} is {distance} m from {object}, not less than the required protective distance of {required} m"
    }
    /// art-15.b: a distance below the required one
    ProtectiveDistanceShort = "PROTECTIVE_DISTANCE_SHORT" {
        zh: "{enterprise}与{object}相距{distance}米,小于所需防护距离{required}米(差{shortfall}米),不符合“严格执行…所需的防护距离”",
        ko: "기업({enterprise})과 방호 대상({object}) 사이의 거리는 {distance}메터로 필요한 방호거리 {required}메터보다 {shortfall}메터 작으므로 ‘필요한 방호거리를 엄격히 집행’하는 요구에 어긋난다",
        en: "{enterprise} is {distance} m from {object}, {shortfall} m less than the required protective distance of {required} m: against 「严格执行…所需的防护距离」"
    }
    /// art-15.b (needs a person): the required distance is not given
    ProtectiveDistanceRequiredUnknown = "PROTECTIVE_DISTANCE_REQUIRED_UNKNOWN" {
        zh: "{enterprise}与{object}相距{distance}米;所需防护距离由安全生产和环境保护标准确定,未给出(requiredM),需人工核对",
        ko: "기업({enterprise})과 방호 대상({object}) 사이의 거리는 {distance}메터이다. 필요한 방호거리는 안전생산과 환경보호 기준이 정하는데 주어지지 않았으므로(requiredM) 사람이 대조하여야 한다",
        en: "{enterprise} is {distance} m from {object}; the required protective distance is set by the safety and environmental standards and was not given (requiredM): a person must check"
    }
    /// art-15.b: no protected object given
    ProtectiveDistanceNoneGiven = "PROTECTIVE_DISTANCE_NONE_GIVEN" {
        zh: "未给出{enterprise}周边需防护的对象及其距离,无从判断",
        ko: "기업({enterprise}) 주변의 방호 대상과 그 거리가 주어지지 않아 판단할 수 없다",
        en: "no protected object around {enterprise} and its distance was given: nothing to judge"
    }
    /// art-15.b: the rest of the sentence is a direction
    ProtectiveDistanceRestNotJudged = "PROTECTIVE_DISTANCE_REST_NOT_JUDGED" {
        zh: "“加强开发区各相关规划的衔接”“促进产业发展与人居环境相和谐”为工作方向,不作判定",
        ko: "‘개발구 각 관련 계획의 련결을 강화’하고 ‘산업 발전과 인간 거주환경의 조화를 촉진’하는 것은 사업 방향으로서 판정하지 않는다",
        en: "「加强开发区各相关规划的衔接」 and 「促进产业发展与人居环境相和谐」 are directions, not judged"
    }
}

/// art-15.a: Sanction: environmental infrastructure not completed on time → no expansion/adjustment/upgrade/assessment that year
pub static ART_15_A: RuleMeta = RuleMeta {
    id: "art-15.a",
    title: "Sanction: environmental infrastructure not completed on time → no expansion/adjustment/upgrade/assessment that year",
    title_zh: "惩戒:未按时完成环保基础设施的,取消当年扩区调区晋升及考评资格",
    title_ko: "제재: 환경보호 기초시설 건설 기한 내 미완료 시 당해 년도 구역 확장·조정·승격 및 심사평가 자격 취소",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::Sanction],
    strength: Strength::Mandatory,
    bearers: &["AG.ECOENV"],
    owed_by: OwedBy::Nobody,
    quote: "对未按规定按时完成环保基础设施建设的开发区,取消当年扩区、调区、晋升及考评资格。",
    extra_quotes: &[],
    en: "A zone that has not completed environmental-protection infrastructure as required and on time is disqualified, for that year, from expansion, boundary adjustment, upgrading and assessment.",
    ko: "규정에 따라 제때에 환경보호 기초시설 건설을 완료하지 못한 개발구는 당해 년도 구역 확장, 구역 조정, 승격 및 심사평가 자격을 취소한다.",
    ambiguities: &["AMB-10", "AMB-26", "AMB-28"],
    evaluation: Evaluation::Function,
};

/// art-15.b: Plan coordination; safety distances for hazardous-chemical enterprises
pub static ART_15_B: RuleMeta = RuleMeta {
    id: "art-15.b",
    title: "Plan coordination; safety distances for hazardous-chemical enterprises",
    title_zh: "加强规划衔接;严格执行危险化学品企业防护距离",
    title_ko: "계획 련결 강화, 위험화학품 기업 방호거리 엄격 집행",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["AG.ECOENV", "AG.EMERG"],
    owed_by: OwedBy::Nobody,
    quote: "加强开发区各相关规划的衔接,严格执行危险化学品企业安全生产和环境保护所需的防护距离,促进产业发展与人居环境相和谐。",
    extra_quotes: &[],
    en: "Strengthen coordination of the zone's various plans; strictly enforce the protective distances required for safe production and environmental protection around hazardous-chemical enterprises.",
    ko: "개발구 각 관련 계획의 련결을 강화하고 위험화학품 기업의 안전생산과 환경보호에 필요한 방호거리를 엄격히 집행하여 산업 발전과 인간 거주환경의 조화를 촉진한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-15.c: Planning and construction safety management; enforcement capacity
pub static ART_15_C: RuleMeta = RuleMeta {
    id: "art-15.c",
    title: "Planning and construction safety management; enforcement capacity",
    title_zh: "加强规划、建设安全管理和安全执法能力建设",
    title_ko: "계획·건설 안전관리와 안전 집법능력 건설 강화",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.EMERG"],
    owed_by: OwedBy::Nobody,
    quote: "加强开发区规划、建设安全管理,强化安全执法能力建设和安全监管责任体系建设。",
    extra_quotes: &[],
    en: "Strengthen safety management of zone planning and construction; build safety-enforcement capacity and a safety-supervision responsibility system.",
    ko: "개발구의 계획, 건설 안전관리를 강화하고 안전 집법능력 건설과 안전 감독관리 책임체계 건설을 강화한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「加强…安全管理」「强化…能力建设」没有给出指标或标准,无法衡量",
        "‘안전관리를 강화’, ‘능력 건설을 강화’하라는 요구에는 지표나 기준이 없어 가늠할 수 없다",
        "not measurable in the text: no indicator or threshold is given",
    )),
};

/// art-15.d: Hire qualified consultants
pub static ART_15_D: RuleMeta = RuleMeta {
    id: "art-15.d",
    title: "Hire qualified consultants",
    title_zh: "聘请有资质的咨询机构",
    title_ko: "자격을 갖춘 자문기구 초빙",
    clause: "(十五)",
    clause_title: "强化环境资源安全监管",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励和支持开发区聘请有资质的咨询机构、专家团队提供技术咨询和专业培训",
    extra_quotes: &[],
    en: "Encourage and support zones in engaging qualified consultancies and expert teams for technical advice and training.",
    ko: "개발구가 자격을 갖춘 자문기구, 전문가 집단을 초빙하여 기술자문과 전문 양성을 제공받도록 고무하고 지원한다",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「鼓励和支持」性条款,没有可检查的条件",
        "‘고무하고 지원’하는 조항으로 검사할 조건이 없다",
        "an encouragement (ENCOURAGED) with no condition to check",
    )),
};

/// The items that disqualify `zone` in `year`, as known on `as_of`: due by the end of the year
/// (and before `as_of`), not completed by the due day, and either due in `year` or still not
/// completed at the end of `year` (or on `as_of`, for a year in progress).
pub fn overdue_items<'r>(
    reg: &'r ValidRegister,
    zone: &'r Zone,
    year: i32,
    as_of: Option<NaiveDate>,
) -> impl Iterator<Item = &'r EnvInfraItem> + 'r {
    // The year's last day made for each item (a zone has few, most none: made once, it cost
    // every zone-year of a report a date).
    reg.env_infra_of(zone).filter(move |item| {
        let Some(end) = NaiveDate::from_ymd_opt(year, 12, 31) else {
            return false;
        };
        // Only what is known on `as_of`: an item is overdue once its due day has passed.
        // Only what a zone failed: due on a day it existed (art-15.a's 「开发区」).
        let due_in_time = item.due_date <= end
            && as_of.is_none_or(|a| item.due_date < a)
            && zone.exists_on(*item.due_date);
        let completed = item
            .completed_date
            .filter(|c| as_of.is_none_or(|a| *c <= a));
        due_in_time
            && match completed {
                None => true,
                Some(done) => done > item.due_date && (item.due_date.year() == year || done > end),
            }
    })
}

/// Whether art-15.a bars `zone` in `year` on `as_of`: an overdue item, in a year the opinion
/// reaches (AMB-25).
#[must_use]
pub fn bars_year(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> bool {
    counted(reg, year, params) && overdue_items(reg, zone, year, as_of).next().is_some()
}

/// Whether `year` is the year of issuance, not counted (AMB-25), in which an item overdue that
/// year was still not done on the issue date (due after it, or due before it and still open):
/// a failure under the opinion, in a year whose qualifications it cancels 「当年」, so not
/// retroactive for that item; whether the year's qualifications (some perhaps used before
/// issuance) are cancelled is for a person. Asked of a day before issuance, nothing is missed
/// under it yet.
fn missed_after_issuance(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> bool {
    let issued = *reg.issue_date;
    // An overdue item not done (as known on `as_of`) by the issue date; one due on or after it
    // is so by being overdue.
    !counted(reg, year, params)
        && as_of.is_none_or(|a| a >= issued)
        && year == issued.year()
        && overdue_items(reg, zone, year, as_of).any(|i| {
            i.completed_date
                .filter(|c| as_of.is_none_or(|a| *c <= a))
                .is_none_or(|c| *c > issued)
        })
}

/// The day an item due on a day `zone` did not exist is seen still open while the zone exists
/// in `year`: its last day open (the day before its completion, as known on `as_of`, or the end
/// of `year`, or `as_of` when earlier), after the due day and in `year`, the zone existing then.
/// `None` for any other item.
fn open_since_before_zone(
    zone: &Zone,
    item: &EnvInfraItem,
    year: i32,
    as_of: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let due = *item.due_date;
    if zone.exists_on(due) {
        return None;
    }
    let end = NaiveDate::from_ymd_opt(year, 12, 31)?;
    let start = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let day = as_of.map_or(end, |a| a.min(end));
    // Its last day open in the year as known: the day before its completion, or `day`.
    let last_open = match item
        .completed_date
        .map(IsoDate::get)
        .filter(|c| as_of.is_none_or(|a| *c <= a))
    {
        Some(done) if done <= day => done.pred_opt()?,
        _ => day,
    };
    (due < last_open && last_open >= start && zone.exists_on(last_open)).then_some(last_open)
}

/// art-15.a's own question for `zone` in `year` that bears on what it cancels (「扩区、调区、晋升
/// 及考评资格」), as a reason of `rule`: an item missed after issuance in the year of issuance
/// (`ENV_MISSED_IN_ISSUE_YEAR`), or one due while the zone did not exist and still open while
/// it does (`ENV_ITEM_DUE_BEFORE_ZONE_OPEN`). What art-02.d and art-03.a ask when art-15.a does
/// not bar the year ([`bars_year`]).
pub(crate) fn year_question(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
    rule: RuleId,
) -> Option<Reason> {
    if missed_after_issuance(reg, zone, year, as_of, params) {
        return Some(about(
            Reason::new(C::EnvMissedInIssueYear, rule)
                .with("issueDate", reg.issue_date)
                .with("year", year),
            zone,
        ));
    }
    if !counted(reg, year, params) {
        return None;
    }
    reg.env_infra_of(zone).find_map(|i| {
        let day = open_since_before_zone(zone, i, year, as_of)?;
        Some(about(
            Reason::new(C::EnvItemDueBeforeZoneOpen, rule)
                .with("due", i.due_date)
                .with("item", i.item.clone())
                .with("year", year)
                .with("date", day),
            zone,
        ))
    })
}

/// `as_of` when `year` has not begun on it: a year's qualifications are judged by the items
/// due in it or still open at its end, which a day before it cannot tell.
fn not_begun(year: i32, as_of: Option<NaiveDate>) -> Option<NaiveDate> {
    as_of.filter(|a| a.year() < year)
}

/// Whether `year` is one the opinion's sanctions reach (AMB-25).
fn counted(reg: &ValidRegister, year: i32, params: &Params) -> bool {
    params.retroactive_years_for_sanctions
        || year >= super::art14_assessment::first_counted_year(*reg.issue_date, params)
}

stable_enum! {
    /// The measures of art-15.a.
    EnvMeasure {
        /// 取消当年扩区资格.
        NoExpand = "NO_EXPAND" { zh: "取消当年扩区资格", ko: "당해 년도 구역 확장 자격 취소", en: "no expansion this year" },
        /// 取消当年调区资格.
        NoAdjust = "NO_ADJUST" { zh: "取消当年调区资格", ko: "당해 년도 구역 조정 자격 취소", en: "no adjustment this year" },
        /// 取消当年晋升资格.
        NoUpgrade = "NO_UPGRADE" { zh: "取消当年晋升资格", ko: "당해 년도 승격 자격 취소", en: "no upgrading this year" },
        /// 取消当年考评资格.
        NoAssessment = "NO_ASSESSMENT" { zh: "取消当年考评资格", ko: "당해 년도 심사평가 자격 취소", en: "no assessment this year" },
    }
}

/// art-15.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct EnvDetail {
    /// The zone.
    pub zone_id: String,
    /// The year.
    pub year: i32,
    /// The items that disqualify the year.
    pub overdue_items: Vec<String>,
    /// The measures (empty when not disqualified).
    pub measures: Vec<EnvMeasure>,
}

/// [`env_infra_disqualification`]'s outcome without its answer (what the compliance report reads
/// of it off its page): not applicable in a year the zone did not exist or the opinion does not
/// reach, else disqualified by an overdue item ([`bars_year`]).
#[must_use]
pub(crate) fn env_outcome(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Outcome {
    if absent_in_year(RuleId::ART_15_A, zone, year).is_some() {
        Outcome::NotApplicable
    } else if not_begun(year, as_of).is_some() {
        Outcome::NotYetApplicable
    } else if missed_after_issuance(reg, zone, year, as_of, params) {
        Outcome::NeedsHuman
    } else if !counted(reg, year, params) {
        Outcome::NotApplicable
    } else if bars_year(reg, zone, year, as_of, params) {
        Outcome::Disqualified
    } else if reg
        .env_infra_of(zone)
        .any(|i| open_since_before_zone(zone, i, year, as_of).is_some())
    {
        Outcome::NeedsHuman
    } else {
        Outcome::NotDisqualified
    }
}

/// art-15.a for a zone of a validated register.
#[must_use]
pub fn env_infra_disqualification(
    reg: &ValidRegister,
    zone: &Zone,
    year: i32,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<EnvDetail> {
    let rule = RuleId::ART_15_A;
    let empty = || EnvDetail {
        zone_id: zone.id.clone(),
        year,
        overdue_items: Vec::new(),
        measures: Vec::new(),
    };
    if let Some(r) = absent_in_year(rule, zone, year) {
        return not_applicable(rule, r, empty());
    }
    if let Some(as_of) = not_begun(year, as_of) {
        let mut used = crate::answer::ParamsUsed::new();
        env_params(&mut used, params);
        let mut reasons = Vec::new();
        reasons.add(about(
            Reason::new(C::EnvYearNotBegun, rule)
                .with("asOf", as_of)
                .with("year", year),
            zone,
        ));
        return Answer {
            rule_id: rule,
            outcome: Outcome::NotYetApplicable,
            reasons,
            needs_human: Vec::new(),
            params_used: used,
            detail: empty(),
        };
    }
    let issue_year_miss = missed_after_issuance(reg, zone, year, as_of, params);
    if !counted(reg, year, params) && !issue_year_miss {
        let r = about(
            Reason::new(C::YearBeforeFirstCounted, rule).with("year", year),
            zone,
        );
        let mut a = not_applicable(rule, r, empty());
        env_params(&mut a.params_used, params);
        return a;
    }
    let overdue: Vec<&EnvInfraItem> = overdue_items(reg, zone, year, as_of).collect();
    let mut reasons: Vec<Reason> = Vec::new();
    let mut needs_human = Vec::new();
    for item in reg.env_infra_of(zone) {
        let base = |code| {
            about(
                Reason::new(code, rule)
                    .with("due", item.due_date)
                    .with("item", item.item.clone())
                    .with("year", year),
                zone,
            )
        };
        let known_done = item
            .completed_date
            .filter(|c| as_of.is_none_or(|a| *c <= a));
        let r = if !zone.exists_on(*item.due_date) {
            if item.due_date.year() > year {
                // Due after the year asked, when the zone was gone: nothing of that year.
                continue;
            }
            if let Some(day) = open_since_before_zone(zone, item, year, as_of) {
                needs_human.add(base(C::EnvItemDueBeforeZoneOpen).with("date", day));
                continue;
            }
            base(C::EnvItemDueWithoutZone)
        } else if overdue.iter().any(|o| core::ptr::eq(*o, item)) {
            match known_done {
                Some(done) => base(C::EnvItemCompletedLate).with("completed", done),
                None => base(C::EnvItemNotCompleted),
            }
        } else {
            match known_done {
                Some(done) if done <= item.due_date => {
                    base(C::EnvItemOnTime).with("completed", done)
                }
                Some(done) if done.year() < year => {
                    base(C::EnvItemLateInEarlierYear).with("completed", done)
                }
                Some(done) => base(C::EnvItemLateHitsDueYear)
                    .with("completed", done)
                    .with("dueYear", item.due_date.year()),
                None => base(C::EnvItemNotYetDue),
            }
        };
        reasons.add(r);
    }
    if reasons.is_empty() && needs_human.is_empty() {
        reasons.add(about(
            Reason::new(C::EnvNoItems, rule).with("year", year),
            zone,
        ));
    }
    if issue_year_miss {
        needs_human.add(about(
            Reason::new(C::EnvMissedInIssueYear, rule)
                .with("issueDate", reg.issue_date)
                .with("year", year),
            zone,
        ));
    }
    let disqualified = !overdue.is_empty() && !issue_year_miss;
    if disqualified {
        reasons.add(about(
            Reason::new(C::EnvDisqualified, rule)
                .with("count", overdue.len())
                .with("year", year),
            zone,
        ));
    }
    let mut used = crate::answer::ParamsUsed::new();
    env_params(&mut used, params);
    Answer {
        rule_id: rule,
        outcome: if issue_year_miss {
            Outcome::NeedsHuman
        } else if disqualified {
            Outcome::Disqualified
        } else if !needs_human.is_empty() {
            Outcome::NeedsHuman
        } else {
            Outcome::NotDisqualified
        },
        reasons,
        needs_human,
        params_used: used,
        detail: EnvDetail {
            zone_id: zone.id.clone(),
            year,
            overdue_items: overdue.iter().map(|i| i.item.clone()).collect(),
            measures: if disqualified {
                alloc::vec![
                    EnvMeasure::NoExpand,
                    EnvMeasure::NoAdjust,
                    EnvMeasure::NoUpgrade,
                    EnvMeasure::NoAssessment
                ]
            } else {
                Vec::new()
            },
        },
    }
}

/// The parameters art-15's disqualification reads, in the order of their names.
pub(crate) const ENV_PARAMS: [crate::answer::Param; 3] = [
    ("envDisqualYearRule", |p| {
        p.env_disqual_year_rule.as_str().into()
    }),
    ("firstCountedYearRule", |p| {
        p.first_counted_year_rule.as_str().into()
    }),
    ("retroactiveYearsForSanctions", |p| {
        p.retroactive_years_for_sanctions.into()
    }),
];

pub(crate) fn env_params(used: &mut crate::answer::ParamsUsed, params: &Params) {
    used.set_all(&ENV_PARAMS, params);
}

computed! {
    /// art-15.a as a computed rule ([`env_infra_disqualification`]).
    EnvInfraDisqualification: ART_15_A(ZoneYearInput) -> EnvDetail = |input, params| on_zone(input.register, &input.zone_id, |reg, zone| {
            dec31(input.year.get())?;
            Ok(env_infra_disqualification(reg, zone, input.year.get(), input.as_of.map(IsoDate::get), params))
        });
    outcomes: [Disqualified, NotDisqualified, NeedsHuman, NotApplicable, NotYetApplicable];
}

/// A hazardous-chemical enterprise, or another, asked about (art-15.b).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an enterprise with `id` and `hazardousChemicals`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct HazchemEnterprise {
    /// Its name or number.
    pub id: String,
    /// Whether it is a hazardous-chemical enterprise (危险化学品企业).
    pub hazardous_chemicals: bool,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(HazchemEnterprise {
    name: "HazchemEnterprise",
    expecting: "an enterprise with `id` and `hazardousChemicals`",
    blank: HazchemEnterprise {
        id: String::new(),
        hazardous_chemicals: false,
    },
    fields: [
        "id" => id [required],
        "hazardousChemicals" => hazardous_chemicals [required],
    ],
});

/// A protected object around the enterprise, with its distance and the one required.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a protected object with `id` and `distanceM`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ProtectedObject {
    /// Its name (a dwelling area, a school, a water source, …).
    pub id: String,
    /// The distance from the enterprise, in whole metres (a measured distance rounded down).
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub distance_m: u32,
    /// The protective distance the safety and environmental standards require for it, in whole
    /// metres; absent: not given (a person checks the standard).
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::num::count_option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub required_m: Option<u32>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(ProtectedObject {
    name: "ProtectedObject",
    expecting: "a protected object with `id` and `distanceM`",
    blank: ProtectedObject {
        id: String::new(),
        distance_m: 0,
        required_m: None,
    },
    fields: [
        "id" => id [required],
        "distanceM" => distance_m [required, with crate::num::count::deserialize],
        "requiredM" => required_m [with crate::num::count_option::deserialize],
    ],
});

/// What art-15.b is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `enterprise` and `protectedObjects`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ProtectiveDistanceInput {
    /// The enterprise.
    pub enterprise: HazchemEnterprise,
    /// The protected objects around it, each once.
    pub protected_objects: Vec<ProtectedObject>,
}

#[cfg(feature = "serde")]
crate::by_field::by_field!(ProtectiveDistanceInput {
    name: "ProtectiveDistanceInput",
    expecting: "an object with `enterprise` and `protectedObjects`",
    blank: ProtectiveDistanceInput {
        enterprise: <HazchemEnterprise as crate::by_field::ByField>::blank(),
        protected_objects: Vec::new(),
    },
    fields: [
        "enterprise" => enterprise [required],
        "protectedObjects" => protected_objects [required],
    ],
});

/// art-15.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ProtectiveDistanceDetail {
    /// The enterprise.
    pub enterprise_id: String,
    /// The objects closer than required.
    pub too_close: Vec<String>,
    /// The objects whose required distance was not given.
    pub required_not_given: Vec<String>,
}

/// art-15.b 「严格执行危险化学品企业安全生产和环境保护所需的防护距离」: NOT_APPLICABLE for an
/// enterprise that is not a hazardous-chemical one; NON_COMPLIANT when an object is closer than
/// required; NEEDS_HUMAN when none is but a required distance was not given; UNKNOWN with no
/// object given; COMPLIANT otherwise (a distance equal to the required one meets it).
///
/// # Errors
/// `INVALID_INPUT` at `input.protectedObjects[i].id` for an empty or repeated id.
pub fn protective_distances(
    input: &ProtectiveDistanceInput,
    _params: &Params,
) -> Result<Answer<ProtectiveDistanceDetail>, crate::error::Error> {
    let rule = RuleId::ART_15_B;
    let objects = &input.protected_objects;
    let ids: Vec<&str> = objects.iter().map(|o| o.id.as_str()).collect();
    super::common::unique_ids("protectedObjects", &ids)?;
    let e = &input.enterprise;
    let mut detail = ProtectiveDistanceDetail {
        enterprise_id: e.id.clone(),
        too_close: Vec::new(),
        required_not_given: Vec::new(),
    };
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let outcome = if !e.hazardous_chemicals {
        reasons.add(Reason::new(C::HazchemNotApplicable, rule).with("enterprise", e.id.clone()));
        Outcome::NotApplicable
    } else if objects.is_empty() {
        reasons.add(
            Reason::new(C::ProtectiveDistanceNoneGiven, rule).with("enterprise", e.id.clone()),
        );
        Outcome::Unknown
    } else {
        for o in objects {
            let at = |code| {
                Reason::new(code, rule)
                    .with("distance", o.distance_m)
                    .with("enterprise", e.id.clone())
                    .with("object", o.id.clone())
            };
            match o.required_m {
                Some(req) if o.distance_m < req => {
                    detail.too_close.push(o.id.clone());
                    reasons.add(
                        at(C::ProtectiveDistanceShort)
                            .with("required", req)
                            .with("shortfall", req - o.distance_m),
                    );
                }
                Some(req) => reasons.add(at(C::ProtectiveDistanceMet).with("required", req)),
                None => {
                    detail.required_not_given.push(o.id.clone());
                    needs_human.add(at(C::ProtectiveDistanceRequiredUnknown));
                }
            }
        }
        if !detail.too_close.is_empty() {
            Outcome::NonCompliant
        } else if !detail.required_not_given.is_empty() {
            Outcome::NeedsHuman
        } else {
            Outcome::Compliant
        }
    };
    reasons.add(Reason::new(C::ProtectiveDistanceRestNotJudged, rule));
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: crate::answer::ParamsUsed::new(),
        detail,
    })
}

/// Labels of art-15.b's own answer fields (see [`crate::rules::Computed::FIELDS`]).
const ART_15_B_FIELDS: &[crate::text::fields::Field] = {
    use crate::text::fields::{f, Shape};
    &[
        f("enterpriseId", "企业", "기업", "Enterprise", Shape::Plain),
        f(
            "tooClose",
            "距离不足的防护对象",
            "거리가 모자라는 방호 대상",
            "Objects too close",
            Shape::Plain,
        ),
        f(
            "requiredNotGiven",
            "未给出所需距离的对象",
            "필요한 거리가 주어지지 않은 대상",
            "Objects without a required distance",
            Shape::Plain,
        ),
    ]
};

computed! {
    /// art-15.b as a computed rule ([`protective_distances`]).
    ProtectiveDistances: ART_15_B(ProtectiveDistanceInput) -> ProtectiveDistanceDetail [ART_15_B_FIELDS] = protective_distances;
    outcomes: [Compliant, NonCompliant, NeedsHuman, Unknown, NotApplicable];
}
