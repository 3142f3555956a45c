//! Reason codes and their messages: every reason code's zh, ko and en templates, and [`render`],
//! which fills a template's `{name}` placeholders.
//!
//! A code is declared next to the clause that gives it: each clause file holds one
//! `reason_codes!` block (its codes with their three templates side by side, so a code without
//! all three languages does not compile), and [`ReasonCode::all`] assembles the blocks listed in
//! `CODE_LISTS` (a block left out of the list is dead code, which the build refuses). Codes used
//! by several clauses, by the duties and by the report are declared here. Templates name facts as
//! `{name}`; a Korean particle after a value is written `{name|을}` and agrees with the value's
//! final sound ([`crate::words::particle`]). Codes are stable: never renamed or reused.

use alloc::string::String;

use crate::answer::{Args, Value};
use crate::words::{Label, Particle};

pub use crate::words::Lang;

/// A code's name and templates.
#[derive(Debug)]
pub struct CodeText {
    /// The stable code, e.g. `IMPL_MEASURES_DUE`.
    pub code: &'static str,
    /// The message templates.
    pub templates: Label,
    /// The placeholders that hold a stable name of an enum of the code's own clause, with the
    /// enum's table: shown as its label (declared next to the template, `coded: { bar: ExpansionBar }`).
    pub coded: &'static [(&'static str, crate::words::Table)],
    /// Whether none of its templates holds a character a JSON string escapes (most; a few quote
    /// a word in English between `"`): a message filled from one is copied by the answers'
    /// writer as it is when its values need no escape either ([`render_checked`]). Not held
    /// built for wasm32, whose answers are written in ASCII and looked at whole.
    #[cfg(all(feature = "serde", not(target_arch = "wasm32")))]
    pub(crate) plain: bool,
}

/// A stable reason code, e.g. `IMPL_MEASURES_DUE`: a constant of this type declared by a
/// clause's `reason_codes!` block (`ReasonCode::ImplMeasuresDue`). Cheap to copy; compares by
/// address: each code's text is a `static` of its own (`reason_codes!`), and codes are unique
/// (`codes_are_unique_screaming_snake_and_parse_back`), so two codes are the same code exactly
/// when they point to the same text — one comparison instead of comparing the codes' bytes
/// (which was most of the report's comparisons: whether a finding is illustrative asks it of
/// each of its reasons).
#[derive(Clone, Copy)]
pub struct ReasonCode(pub(crate) &'static CodeText);

impl PartialEq for ReasonCode {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.0, other.0)
    }
}
impl Eq for ReasonCode {}
impl PartialOrd for ReasonCode {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for ReasonCode {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.0.code.cmp(other.0.code)
    }
}
impl core::hash::Hash for ReasonCode {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}
impl core::fmt::Debug for ReasonCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0.code)
    }
}
impl core::fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0.code)
    }
}
impl core::str::FromStr for ReasonCode {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::all().find(|c| c.as_str() == s).ok_or(UnknownCode)
    }
}
#[cfg(feature = "serde")]
impl serde::Serialize for ReasonCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.code)
    }
}

/// A name that is no reason code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownCode;

impl core::fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("not a reason code")
    }
}

impl core::error::Error for UnknownCode {}

/// The `reason_codes!` blocks: the shared codes below, then each clause's own.
const CODE_LISTS: &[&[ReasonCode]] = &[
    REASON_CODES,
    crate::rules::preamble::REASON_CODES,
    crate::rules::art01_planning::REASON_CODES,
    crate::rules::art02_consolidation::REASON_CODES,
    crate::rules::art03_innovation::REASON_CODES,
    crate::rules::art04_investment::REASON_CODES,
    crate::rules::art05_industry::REASON_CODES,
    crate::rules::art06_parks::REASON_CODES,
    crate::rules::art07_business_environment::REASON_CODES,
    crate::rules::art08_opening_up::REASON_CODES,
    crate::rules::art09_personnel::REASON_CODES,
    crate::rules::art10_fiscal::REASON_CODES,
    crate::rules::art11_land::EVALUATION_REASON_CODES,
    crate::rules::art11_land::FEES_REASON_CODES,
    crate::rules::art11_land::PRIORITY_REASON_CODES,
    crate::rules::art11_land::REUSE_REASON_CODES,
    crate::rules::art12_administration::REASON_CODES,
    crate::rules::art13_financing::REASON_CODES,
    crate::rules::art14_assessment::DETAIL_REASON_CODES,
    crate::rules::art14_assessment::EVIDENCE_REASON_CODES,
    crate::rules::art14_assessment::REASON_CODES,
    crate::rules::art14_assessment::PROMOTION_REASON_CODES,
    crate::rules::art14_assessment::SANCTIONS_REASON_CODES,
    crate::rules::art14_assessment::STATISTICS_REASON_CODES,
    crate::rules::art14_assessment::YELLOW_CARD_REASON_CODES,
    crate::rules::art15_environment::REASON_CODES,
    crate::rules::art16_organisation::REASON_CODES,
    crate::rules::art17_policy_support::REASON_CODES,
    crate::rules::art18_coordination::REASON_CODES,
    crate::rules::common::REASON_CODES,
];

impl ReasonCode {
    /// Every code: the shared ones, then each clause's, in clause order.
    pub fn all() -> impl Iterator<Item = Self> {
        CODE_LISTS.iter().flat_map(|list| list.iter().copied())
    }

    /// The stable code string.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.0.code
    }

    /// The message template in `lang`.
    #[must_use]
    pub const fn template(self, lang: Lang) -> &'static str {
        self.0.templates.pick(lang)
    }

    /// Its placeholders that hold a stable name of one of its clause's enums.
    #[must_use]
    pub const fn coded(self) -> &'static [(&'static str, crate::words::Table)] {
        self.0.coded
    }

    /// Its message in `lang`, filled from `args`.
    #[must_use]
    pub fn render(self, args: &Args, lang: Lang) -> String {
        render_coded(self.template(lang), self.coded(), args, lang)
    }

    /// [`ReasonCode::render`], and whether the message needs no escape in JSON
    /// ([`render_checked`]).
    #[cfg(all(feature = "serde", not(target_arch = "wasm32")))]
    pub(crate) fn render_checked(self, args: &Args, lang: Lang) -> (String, bool) {
        render_checked(self.template(lang), self.coded(), args, lang, self.0.plain)
    }
}

// The codes used by several clauses, by the duties and by the report.
reason_codes! {
    /// An adoption or meeting dated after the as-of date is not yet known on that date.
    EventAfterAsOf = "EVENT_AFTER_AS_OF" {
        zh: "{date}的记录晚于评估日{asOf},不计入",
        ko: "{date}자 기록은 평가 기준일 {asOf} 이후이므로 산입하지 않는다",
        en: "the record dated {date} is after the as-of date {asOf} and is not counted"
    }
    /// the zone is not active
    ZoneNotActive = "ZONE_NOT_ACTIVE" {
        zh: "{zoneName}({zone})的状态为{status},不适用本条",
        ko: "{zoneName}({zone})의 상태가 {status}이므로 이 규정이 적용되지 않는다",
        en: "{zoneName} ({zone}) has status {status}; the rule does not apply"
    }
    /// the zone's level is unknown
    ZoneLevelUnknown = "ZONE_LEVEL_UNKNOWN" {
        zh: "{zoneName}({zone})的级别不明,需人工确认",
        ko: "{zoneName}({zone})의 급별이 불명하므로 사람이 확인하여야 한다",
        en: "the level of {zoneName} ({zone}) is unknown: a person must establish it"
    }
    /// a yellow card in force bars it (art-14.d)
    YellowCardBars = "YELLOW_CARD_BARS" {
        zh: "{zoneName}({zone})因{year}年度考评被黄牌警告,禁止扩区调区升级",
        ko: "{zoneName}({zone})의 경우 {year}년도 심사평가로 황패경고를 받아 구역 확장·조정·승격이 금지된다",
        en: "{zoneName} ({zone}) is under the yellow card of the {year} assessment, which prohibits expansion, adjustment and upgrading"
    }
    /// an environmental disqualification bars it (art-15.a)
    EnvInfraBars = "ENV_INFRA_BARS" {
        zh: "{zoneName}({zone})未按时完成环保基础设施建设,取消{year}年扩区、调区、晋升资格",
        ko: "{zoneName}({zone})의 경우 환경보호 기초시설을 제때에 완료하지 못하여 {year}년 구역 확장·조정·승격 자격이 취소된다",
        en: "{zoneName} ({zone}) did not complete environmental infrastructure on time: no expansion, adjustment or upgrading in {year}"
    }
    /// Any rule asked as of a day before the opinion was issued: what it requires did not exist
    /// yet (art-18.c, whose answer stays PENDING; art-12.f and art-05.c, NOT_APPLICABLE through
    /// `rules::common::before_issuance`)
    AsOfBeforeIssuance = "AS_OF_BEFORE_ISSUANCE" {
        zh: "询问日{asOf}早于本意见印发之日{issueDate},该日本条规定尚不存在",
        ko: "물은 날자({asOf})가 본 의견 인쇄발행일({issueDate})보다 앞서므로 그날에는 이 규정이 아직 없다",
        en: "{asOf}, the day asked about, is before the opinion was issued on {issueDate}: the rule did not exist yet"
    }
    /// art-14: before issuance (AMB-25)
    YearBeforeFirstCounted = "YEAR_BEFORE_FIRST_COUNTED" {
        zh: "{year}年早于本意见印发后的首个考评年度,按不溯及既往原则不计",
        ko: "{year}년은 본 의견 인쇄발행 후 첫 심사평가 년도 이전이므로 소급하지 않는 원칙에 따라 산입하지 않는다",
        en: "{year} is before the first assessment year after issuance and is not counted (no retroactive burdens)"
    }
    /// the yellow card's end is not yet known
    YellowCardInForce = "YELLOW_CARD_IN_FORCE" {
        zh: "黄牌警告持续有效,直至满足解除条件({duration})",
        ko: "황패경고는 해제 조건({duration})이 충족될 때까지 유효하다",
        en: "the yellow card stays in force until its end condition ({duration}) is met"
    }
    /// art-11.b: a full evaluation is due
    LandEvalFullDue = "LAND_EVAL_FULL_DUE" {
        zh: "按“三年一次全面评价”(自{anchorYear}年起每{fullCycle}年一次),{zoneName}({zone}){year}年应开展全面评价",
        ko: "“3년에 1회 전면 평가”({anchorYear}년부터 {fullCycle}년마다)에 따라 {zoneName}({zone})의 경우 {year}년에 전면 평가를 하여야 한다",
        en: "a full evaluation of {zoneName} ({zone}) is due in {year} (every {fullCycle} years from {anchorYear})"
    }
    /// Duties: a dated duty with no record for the bearer, past its due date.
    DutyNoRecord = "DUTY_NO_RECORD" {
        zh: "登记册中没有{bearer}的记录,期限{due}已过,无法判断是否已完成",
        ko: "등록부에 {bearer}의 기록이 없고 기한({due})이 지났으므로 리행 여부를 알 수 없다",
        en: "the register has no record for {bearer} and the due date {due} has passed: whether it was done is unknown"
    }
    /// Duties: a dated duty with no record for the bearer, not yet due.
    DutyPendingNoRecord = "DUTY_PENDING_NO_RECORD" {
        zh: "登记册中尚无{bearer}的记录,最迟于{due}(含当日)完成,还有{daysRemaining}天",
        ko: "등록부에 아직 {bearer}의 기록이 없으며 늦어도 {due}(당일 포함)까지 리행하여야 한다. {daysRemaining}일 남았다",
        en: "nothing is recorded for {bearer} yet; it is due by {due}, that day included: {daysRemaining} day(s) remain"
    }
    /// Duties: done on or before the due date.
    DutyDoneOnTime = "DUTY_DONE_ON_TIME" {
        zh: "{bearer}已于{doneDate}完成,未超过期限{due}(含当日)",
        ko: "{bearer|이} {doneDate}에 리행하여 기한({due}, 당일 포함)을 넘기지 않았다",
        en: "{bearer} did it on {doneDate}, on or before the due date {due}"
    }
    /// Duties: done after the due date.
    DutyDoneLate = "DUTY_DONE_LATE" {
        zh: "{bearer}于{doneDate}完成,超过期限{due}共{daysLate}天",
        ko: "{bearer|이} {doneDate}에 리행하여 기한({due})을 {daysLate}일 넘겼다",
        en: "{bearer} did it on {doneDate}, {daysLate} day(s) after the due date {due}"
    }
    /// Duties: recorded as not done, past the due date.
    DutyOverdue = "DUTY_OVERDUE" {
        zh: "登记册记载{bearer}截至{asOf}尚未完成,已超过期限{due}共{daysOverdue}天",
        ko: "등록부에 따르면 {bearer|은} {asOf} 현재 리행하지 않았으며 기한({due})을 {daysOverdue}일 넘겼다",
        en: "the register records that {bearer} has not done it as of {asOf}; the due date {due} passed {daysOverdue} day(s) ago"
    }
    /// Duties: recorded as not done, not yet due.
    DutyPending = "DUTY_PENDING" {
        zh: "登记册记载{bearer}截至{asOf}尚未完成,最迟于{due}(含当日)完成,还有{daysRemaining}天",
        ko: "등록부에 따르면 {bearer|은} {asOf} 현재 리행하지 않았으며 늦어도 {due}(당일 포함)까지 리행하여야 한다. {daysRemaining}일 남았다",
        en: "the register records that {bearer} has not done it as of {asOf}; it is due by {due}, that day included: {daysRemaining} day(s) remain"
    }
    /// Duties: the duty does not apply yet.
    DutyNotYetApplicable = "DUTY_NOT_YET_APPLICABLE" {
        zh: "该义务自{start}起适用,截至{asOf}尚不适用",
        ko: "이 의무는 {start}부터 적용되므로 {asOf} 현재 아직 적용되지 않는다",
        en: "the duty applies from {start}; on {asOf} it does not apply yet"
    }
    /// Open items: nothing recorded.
    OpenItemNoRecord = "OPEN_ITEM_NO_RECORD" {
        zh: "待办事项:原文未规定期限,登记册中没有{bearer}的完成记录",
        ko: "미결 항목: 원문에 기한이 없고 등록부에 {bearer}의 리행 기록이 없다",
        en: "open item: the text sets no deadline, and the register has no record for {bearer}"
    }
    /// Open items: marked done.
    OpenItemDone = "OPEN_ITEM_DONE" {
        zh: "{bearer}已于{doneDate}标记为完成(原文未规定期限)",
        ko: "{bearer|이} {doneDate}에 리행 완료로 표시하였다(원문에 기한이 없음)",
        en: "{bearer} marked it done on {doneDate} (the text sets no deadline)"
    }
    /// Open items: recorded as not done.
    OpenItemNotDone = "OPEN_ITEM_NOT_DONE" {
        zh: "登记册记载{bearer}截至{asOf}尚未完成(原文未规定期限)",
        ko: "등록부에 따르면 {bearer|은} {asOf} 현재 리행하지 않았다(원문에 기한이 없음)",
        en: "the register records that {bearer} has not done it as of {asOf} (the text sets no deadline)"
    }
    /// art-16.b in the duty list: the register records no meetings at all.
    MeetingsNotRecorded = "MEETINGS_NOT_RECORDED" {
        zh: "登记册未记录任何会议,无法判断{year}年是否召开了联席工作会议",
        ko: "등록부에 회의 기록이 전혀 없으므로 {year}년에 련석사업회의가 소집되였는지 알 수 없다",
        en: "the register records no meetings at all, so whether joint work meetings were held in {year} is unknown"
    }
    /// art-14.f / art-02.d: a revocation record without its ground
    RevocationGroundNotRecorded = "REVOCATION_GROUND_NOT_RECORDED" {
        zh: "{zoneName}({zone})自{effective}起撤销的记录未载明理由:只有依第十四条撤销的,才{allowedFrom}前不得重新申报,须人工核实",
        ko: "{effective}부터의 {zoneName}({zone}) 철회 기록에는 사유가 없다. 제14조에 따라 철회된 경우에만 {allowedFrom} 전에 다시 신청할 수 없으므로 사람이 확인하여야 한다",
        en: "the revocation of {zoneName} ({zone}) from {effective} does not record its ground: only a revocation under art-14.f bars re-application before {allowedFrom}; a person must check"
    }
    /// a yellow card that may be in force (given or ended is for a person)
    YellowCardMayBar = "YELLOW_CARD_MAY_BAR" {
        zh: "{zoneName}({zone}){year}年度的黄牌警告可能仍然有效(是否予以或是否已解除须人工判断),若有效则禁止扩区调区升级",
        ko: "{zoneName}({zone})의 {year}년도 황패경고가 아직 유효할 수 있다(주었는지 또는 해제되였는지는 사람이 판단한다). 유효하면 구역 확장·조정·승격이 금지된다",
        en: "the yellow card of {zoneName} ({zone}) for {year} may be in force (whether it was given, or has ended, is for a person): if it is, expansion, adjustment and upgrading are prohibited"
    }
    /// the answer rests on made-up (ILLUSTRATIVE) register records
    IllustrativeRecords = "ILLUSTRATIVE_RECORDS" {
        zh: "[示例] 本结论依据登记册中标明为示例的虚构记录,不是真实情况",
        ko: "[실례] 이 결론은 등록부에서 실례로 표시된 가공의 기록에 근거한 것이며 실제 정황이 아니다",
        en: "[illustrative] this answer rests on made-up example records of the register, not on facts"
    }
    /// report header: the register's issue date is a stand-in (issueDateHypothetical)
    IssueDateHypothetical = "ISSUE_DATE_HYPOTHETICAL" {
        zh: "注意:印发日期{issueDate}为假设值(登记册标明 issueDateHypothetical,真实印发日期未查到);自印发日期起算的期限和年份均据此推算,仅为示例",
        ko: "주의: 인쇄발행일({issueDate})은 가정한 날자이다(등록부에 issueDateHypothetical로 표시, 실제 인쇄발행일은 찾지 못함). 인쇄발행일로부터 계산한 기한과 년도는 모두 실례일 뿐이다",
        en: "Note: the issue date {issueDate} is hypothetical (the register marks it issueDateHypothetical; the real date of issuance was not found): every deadline and year counted from it is an illustration only"
    }
}

/// Fills `{name}` placeholders from `args` in `lang`. An agency, actor or county code (`AG.*`,
/// `ACT.*`, `CTY.*`) is shown as its name in `lang`, a zone's level, type or status as its label
/// ([`text_arg`]); the answer's `args` keep the codes. An unknown placeholder is left as written,
/// so a missing fact is visible rather than silently dropped.
#[must_use]
pub fn render(template: &str, args: &Args, lang: Lang) -> String {
    render_coded(template, &[], args, lang)
}

/// [`render`], with a reason code's own coded placeholders ([`CodeText::coded`]).
#[must_use]
pub fn render_coded(
    template: &str,
    coded: &[(&'static str, crate::words::Table)],
    args: &Args,
    lang: Lang,
) -> String {
    render_checked(template, coded, args, lang, false).0
}

/// [`render_coded`], and, when `check` (the template is known to need no escape:
/// [`CodeText::plain`]), whether the whole message holds no character a JSON string escapes.
/// Nor does a number, a date or a Korean particle; each other value written is looked at (a
/// zone's name or a record's id may hold a `"`). What `false` says is only that the text was
/// not checked, or may need an escape.
pub(crate) fn render_checked(
    template: &str,
    coded: &[(&'static str, crate::words::Table)],
    args: &Args,
    lang: Lang,
    check: bool,
) -> (String, bool) {
    let mut plain = check;
    let text = fill(template, |name, out| {
        let start = out.len();
        match args.get(localized(name, lang, |k| args.contains_key(k))) {
            Some(v) if v.as_str().is_some() => {
                let code = v.as_str().unwrap_or_default();
                out.push_str(text_arg_in(coded, name, code, lang));
            }
            Some(Value::Int(n)) => {
                crate::num::push_decimal(out, *n);
                return true;
            }
            Some(Value::Text(crate::answer::Text::Date(d))) => {
                crate::dates::Iso(*d).push_to(out);
                return true;
            }
            Some(v) => {
                use core::fmt::Write;
                let _ = write!(out, "{v}");
            }
            None => return false,
        }
        plain = plain && no_escape(out.get(start..).unwrap_or_default());
        true
    });
    (text, plain)
}

/// Whether `text` needs no escape in a JSON string (the answers' writer's own test; without
/// the writer, never asked: `false`).
fn no_escape(text: &str) -> bool {
    #[cfg(feature = "serde")]
    return crate::json_text::written_as_is(text);
    #[cfg(not(feature = "serde"))]
    {
        let _ = text;
        false
    }
}

/// The arguments a message shows in one language under another name when a reason has it: a
/// zone's Korean name (`zoneNameKo`, from the register's `nameKo`) for `{zoneName}` in Korean,
/// its English name (`zoneNameEn`, from `nameEn`) in English.
const LOCALIZED_ARGS: &[(&str, Lang, &str)] = &[
    ("zoneName", Lang::Ko, "zoneNameKo"),
    ("zoneName", Lang::En, "zoneNameEn"),
    ("basisName", Lang::Ko, "basisNameKo"),
    ("basisName", Lang::En, "basisNameEn"),
];

/// The name of the argument that fills placeholder `name` in `lang`: its localized variant when
/// `has(variant)`, else `name`.
#[must_use]
pub fn localized(name: &str, lang: Lang, has: impl Fn(&str) -> bool) -> &str {
    LOCALIZED_ARGS
        .iter()
        .find(|(n, l, v)| *l == lang && *n == name && has(v))
        .map_or(name, |(_, _, v)| v)
}

/// The stable-name enums of the register whose codes the placeholders of these names hold in
/// any clause: shown as their labels (the answer's `args` keep the codes). An enum of one clause
/// is declared with its codes instead (`coded: { … }` in its `reason_codes!` block).
const CODED_ARGS: &[(&str, crate::words::Table)] = {
    use crate::register::{ManagingAuthority, ZoneLevel, ZoneStatus, ZoneType};
    use crate::words::Stable;
    &[
        ("level", <ZoneLevel as Stable>::TABLE),
        ("type", <ZoneType as Stable>::TABLE),
        ("status", <ZoneStatus as Stable>::TABLE),
        ("recorded", <ManagingAuthority as Stable>::TABLE),
        (
            "works",
            <crate::rules::art11_land::WorksKind as Stable>::TABLE,
        ),
    ]
};

/// The four zones art-12.b names, in Korean (`docs/glossary.md` §5).
const NAMED_IN_ART_12B_KO: &[(&str, &str)] = &[
    ("珲春边境经济合作区", "훈춘변경경제합작구"),
    ("延吉高新技术产业开发区", "연길고신기술산업개발구"),
    ("和龙边境经济合作区", "화룡변경경제합작구"),
    ("延吉国际空港经济开发区", "연길국제공항경제개발구"),
];

/// A text argument `value` of placeholder `name` as a message shows it in `lang`: an agency,
/// actor or county code as its name, a rule (`{rule}`) by its short name where it has one, a zone
/// art-12.b names (`{namedAs}`) by its Korean name in Korean, a zone's level, type, status or
/// managing authority as its label, anything else as written.
#[must_use]
pub fn text_arg<'a>(name: &str, value: &'a str, lang: Lang) -> &'a str {
    text_arg_in(&[], name, value, lang)
}

/// [`text_arg`], looking first at a reason code's own coded placeholders.
#[must_use]
pub fn text_arg_in<'a>(
    coded: &[(&'static str, crate::words::Table)],
    name: &str,
    value: &'a str,
    lang: Lang,
) -> &'a str {
    if let Some(actor) = crate::agencies::actor(value) {
        return actor.name(lang);
    }
    // A zone as art-12.b names it (`{namedAs}`, the clause's Chinese words) by its Korean name.
    if name == "namedAs" && lang == Lang::Ko {
        if let Some((_, ko)) = NAMED_IN_ART_12B_KO.iter().find(|(zh, _)| *zh == value) {
            return ko;
        }
    }
    // A rule (`{rule}`) by its short name in `lang`, where it has one.
    if name == "rule" {
        if let Some(short) = crate::rules::RuleId::parse(value).and_then(crate::rules::short_name) {
            return short.pick(lang);
        }
    }
    coded
        .iter()
        .chain(CODED_ARGS)
        .find(|(n, _)| *n == name)
        .and_then(|(_, table)| table.label_of(value, lang))
        .unwrap_or(value)
}

/// Fills a template's placeholders: `value(name, out)` writes the value of `{name}` and says
/// whether it knows it (an unknown placeholder is left as written). `{name|을}` also writes the
/// Korean particle (은/는, 이/가, 을/를, 과/와, (으)로, named by its form after a consonant) that
/// agrees with the final sound of the value written.
pub fn fill(template: &str, mut value: impl FnMut(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // Braces and `|` are ASCII, so a byte position is a character boundary. The opening brace
    // is looked for eight bytes at a time (`next_byte`): the text between placeholders is most
    // of a template (perf: a byte at a time, and `split_once`'s character search, were a third
    // of rendering a message; callgrind, `prof_eval N art18c`).
    while let Some(open) = next_byte(rest.as_bytes(), b'{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.bytes().position(|x| x == b'}') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let inner = after.get(1..close).unwrap_or_default();
        let (name, marker) = match inner.bytes().position(|x| x == b'|') {
            Some(bar) => (
                inner.get(..bar).unwrap_or_default(),
                Particle::from_marker(inner.get(bar + 1..).unwrap_or_default()),
            ),
            None => (inner, None),
        };
        let start = out.len();
        if name.is_empty() {
            // `{|은}`: the particle agreeing with what is written so far (after a gloss in
            // parentheses, the word before it: `도문경제개발구(TM-EDZ){|은}` → `…(TM-EDZ)는`).
            if let Some(p) = marker {
                let form = crate::words::particle(&out, p);
                out.push_str(form);
            } else {
                out.push_str(after.get(..=close).unwrap_or_default());
            }
        } else if value(name, &mut out) {
            if let Some(p) = marker {
                let form = crate::words::particle(out.get(start..).unwrap_or_default(), p);
                out.push_str(form);
            }
        } else {
            out.push_str(after.get(..=close).unwrap_or_default());
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Each byte of a word: one (`0x01` in every byte), and its high bit.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// See [`ONES`].
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` (read little-endian) that may equal `byte`: the classic
/// "has a zero byte" test on `w` xor `byte` repeated. Its lowest bit set is exact (a borrow
/// carries only from a byte that matched, to the bytes after it), so `trailing_zeros() / 8` is
/// the offset of the first such byte. Also the JSON writer's test for `"` and `\`.
pub(crate) const fn equal_bytes(w: u64, byte: u8) -> u64 {
    let x = w ^ (ONES * byte as u64);
    x.wrapping_sub(ONES) & !x & HIGH
}

/// Where `byte` (ASCII) first is in `bytes`: whole words of eight bytes tested at once
/// ([`equal_bytes`]), the last few bytes one at a time.
fn next_byte(bytes: &[u8], byte: u8) -> Option<usize> {
    let mut at = 0;
    while let Some(word) = bytes.get(at..at + 8) {
        let found = equal_bytes(u64::from_le_bytes(word.try_into().unwrap_or([0; 8])), byte);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    bytes
        .get(at..)
        .and_then(|tail| tail.iter().position(|b| *b == byte))
        .map(|i| at + i)
}

/// The names of a template's placeholders, sorted, without repeats (a particle marker is not
/// part of the name).
#[must_use]
pub fn placeholders(template: &str) -> alloc::vec::Vec<&str> {
    let mut v: alloc::vec::Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split('}').next())
        .map(|s| s.split('|').next().unwrap_or(s))
        .filter(|s| !s.is_empty())
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_three_languages_with_the_same_placeholders() {
        for code in ReasonCode::all() {
            let zh = code.template(Lang::Zh);
            for lang in Lang::ALL {
                let t = code.template(*lang);
                assert!(!t.trim().is_empty(), "{code} has no {lang} text");
                assert_eq!(placeholders(t), placeholders(zh), "{code} {lang}");
                // Every particle marker names a particle.
                for marker in t.split('{').skip(1).filter_map(|s| s.split('}').next()) {
                    if let Some((_, p)) = marker.split_once('|') {
                        assert!(
                            Particle::from_marker(p).is_some(),
                            "{code} {lang}: {marker}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn codes_are_unique_screaming_snake_and_parse_back() {
        let mut seen = alloc::collections::BTreeSet::new();
        for c in ReasonCode::all() {
            assert!(seen.insert(c.as_str()), "duplicate {c}");
            assert!(c
                .as_str()
                .chars()
                .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'));
            assert_eq!(c.as_str().parse::<ReasonCode>(), Ok(c));
            // `==` compares addresses: each code equals itself only.
            assert_eq!(ReasonCode::all().filter(|x| *x == c).count(), 1, "{c}");
        }
        assert!(seen.len() > 200);
        assert_eq!("NO_SUCH_CODE".parse::<ReasonCode>(), Err(UnknownCode));
    }

    #[test]
    fn next_byte_finds_the_first_brace_at_every_place() {
        // Every length up to three words, the brace at every place, after non-ASCII text (whose
        // bytes have the high bit set) and with a second brace after the first.
        for len in 0..24 {
            for at in 0..=len {
                let mut t: alloc::vec::Vec<u8> = "年度ab{".bytes().cycle().take(len).collect();
                t.iter_mut().for_each(|b| {
                    if *b == b'{' {
                        *b = b'x';
                    }
                });
                if at < len {
                    t[at] = b'{';
                    if at + 2 < len {
                        t[at + 2] = b'{';
                    }
                }
                let expected = t.iter().position(|b| *b == b'{');
                assert_eq!(next_byte(&t, b'{'), expected, "{t:?}");
            }
        }
    }

    #[test]
    fn render_fills_and_keeps_unknown() {
        let mut a = Args::new();
        a.set("due", "2019-12-01".into());
        assert_eq!(render("by {due} {x}", &a, Lang::En), "by 2019-12-01 {x}");
        assert_eq!(render("open { brace", &a, Lang::En), "open { brace");
        a.set("by", "ACT.PREF_GOV".into());
        assert_eq!(render("{by}", &a, Lang::Zh), "州政府");
        assert_eq!(render("{by}", &a, Lang::Ko), "주정부");
        assert_eq!(
            render("{by|은} {due|을}", &a, Lang::Ko),
            "주정부는 2019-12-01을"
        );
        a.set("due", "2019-12-02".into());
        assert_eq!(
            render("기한 {due|을} 넘겼다", &a, Lang::Ko),
            "기한 2019-12-02를 넘겼다"
        );
        assert_eq!(render("{x|을}", &a, Lang::Ko), "{x|을}");
        // A zone's Korean name, when the reason has it, in Korean only.
        a.set("zoneName", "珲春边境经济合作区".into());
        assert_eq!(
            render("{zoneName|은}", &a, Lang::Ko),
            "珲春边境经济合作区는" // 区 is read 구
        );
        a.set("zoneNameKo", "훈춘변경경제합작구".into());
        assert_eq!(
            render("{zoneName|은}", &a, Lang::Ko),
            "훈춘변경경제합작구는"
        );
        assert_eq!(render("{zoneName}", &a, Lang::Zh), "珲春边境经济合作区");
        assert_eq!(render("{zoneName}", &a, Lang::En), "珲春边境经济合作区");
        a.set("level", "NATIONAL".into());
        a.set("status", "NO_SUCH_STATUS".into());
        assert_eq!(
            render("{level}开发区 {status}", &a, Lang::Zh),
            "国家级开发区 NO_SUCH_STATUS"
        );
    }
}

#[cfg(test)]
mod particle_after_gloss {
    use super::fill;

    /// `{|은}` agrees with the word before a gloss in parentheses.
    #[test]
    fn agrees_with_the_word_before_the_gloss() {
        let name = |v: &str| {
            let v = alloc::string::String::from(v);
            move |n: &str, out: &mut alloc::string::String| {
                if n == "zoneName" {
                    out.push_str(&v);
                    true
                } else {
                    out.push_str("TM-EDZ");
                    true
                }
            }
        };
        let t = "{zoneName}({zone}){|은} 성급이다";
        assert_eq!(
            fill(t, name("도문경제개발구")),
            "도문경제개발구(TM-EDZ)는 성급이다"
        );
        assert_eq!(
            fill(t, name("룡정공업집중구")),
            "룡정공업집중구(TM-EDZ)는 성급이다"
        );
        assert_eq!(fill(t, name("연길시")), "연길시(TM-EDZ)는 성급이다");
        assert_eq!(
            fill("{zoneName}({zone}){|이} 있다", name("화룡변경경제합작구")),
            "화룡변경경제합작구(TM-EDZ)가 있다"
        );
        assert_eq!(
            fill("{zoneName}({zone}){|이} 있다", name("연변공업원")),
            "연변공업원(TM-EDZ)이 있다"
        );
    }
}
