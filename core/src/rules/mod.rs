//! The rulebook: one file per clause, each holding its rules' metadata (verbatim quote, kind,
//! strength, bearers) and their pure functions; this module holds the registry of them all.
//!
//! File names follow the clause: `art18_coordination.rs` is clause (十八).

pub mod art01_planning;
pub mod art02_consolidation;
pub mod art03_innovation;
pub mod art04_investment;
pub mod art05_industry;
pub mod art06_parks;
pub mod art07_business_environment;
pub mod art08_opening_up;
pub mod art09_personnel;
pub mod art10_fiscal;
pub mod art11_land;
pub mod art12_administration;
pub mod art13_financing;
pub mod art14_assessment;
pub mod art15_environment;
pub mod art16_organisation;
pub mod art17_policy_support;
pub mod art18_coordination;
pub mod common;
pub mod preamble;

use crate::words::{same as same_str, Label, Lang};

/// Version of the encoded rulebook, in every answer. Bumped whenever a rule's logic, a default
/// parameter or a message changes meaning.
pub const RULEBOOK_VERSION: &str = "2026.12.9";

/// SHA-256 of `data/source-zh.txt`, the verbatim source every quote is a substring of.
pub const SOURCE_SHA256: &str = "40fdfa65e414794b10d038566b0267cc9a1a15fb32f5f28f6a58daf1b0a2ff8e";

/// The source document, verbatim (UTF-8).
pub const SOURCE_TEXT: &str = include_str!("../../data/source-zh.txt");

/// The clause numerals as printed, `(一)` to `(十八)` without their parentheses: clause `n` is
/// `CLAUSE_NUMERALS[n - 1]`.
pub const CLAUSE_NUMERALS: [&str; 18] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
    "十五", "十六", "十七", "十八",
];

/// Prefix of every citation: `YB-DZ-OPINIONS/<rule id>`.
pub const CITATION_PREFIX: &str = "YB-DZ-OPINIONS/";

stable_enum! {
    /// What a rule does.
    Kind {
        /// Someone must do something; no computable deadline.
        Obligation = "obligation" { zh: "义务", ko: "의무", en: "obligation" },
        /// An obligation with a computable due date.
        Deadline = "deadline" { zh: "期限", ko: "기한", en: "deadline" },
        /// An obligation repeated each period.
        RecurringDuty = "recurring-duty" { zh: "定期义务", ko: "정기 의무", en: "recurring duty" },
        /// A predicate: may or must X be treated as qualifying.
        EligibilityCheck = "eligibility-check" { zh: "资格判定", ko: "자격 판정", en: "eligibility check" },
        /// An adverse consequence triggered by facts.
        Sanction = "sanction" { zh: "惩戒", ko: "제재", en: "sanction" },
        /// A beneficial consequence triggered by facts.
        Reward = "reward" { zh: "奖励", ko: "장려", en: "reward" },
        /// A fee, waiver, rebate or revenue split.
        FeeRule = "fee-rule" { zh: "收费规则", ko: "비용 규칙", en: "fee rule" },
        /// Someone may do something.
        PowerGrant = "power-grant" { zh: "授权", ko: "권한 부여", en: "power grant" },
        /// Classifies entities or fixes a term.
        Definition = "definition" { zh: "定义", ko: "정의", en: "definition" },
        /// A tie-break or preference ordering.
        PriorityRule = "priority-rule" { zh: "优先规则", ko: "우선 규칙", en: "priority rule" },
    }
}

stable_enum! {
    /// How binding the text is.
    Strength {
        /// 要 / 应 / 严格 / 禁止 / 予以 / 不得 / 全部 / 均: a violation is a finding.
        Mandatory = "MANDATORY" { zh: "强制性", ko: "강행", en: "mandatory" },
        /// 可 / 可以 / 允许: a power; not using it is never a violation.
        Permissive = "PERMISSIVE" { zh: "许可性", ko: "허용", en: "permissive" },
        /// 支持 / 鼓励 / 优先 / 倾斜: advisory only.
        Encouraged = "ENCOURAGED" { zh: "鼓励性", ko: "고무", en: "encouraged" },
        /// 努力 / 打造 / 加快 / 推动 without a concrete act: not computable.
        Aspirational = "ASPIRATIONAL" { zh: "倡导性", ko: "지향", en: "aspirational" },
    }
}

stable_enum! {
    /// Who owes a rule as a duty (issue 8, "bearers are true"): read from the rule's own words
    /// first. The clause's 责任单位 list supplies bearers only to a rule whose words name no subject.
    OwedBy {
        /// Nobody owes it as a duty: not an obligation, deadline or recurring duty, or only
        /// encouraged (鼓励/支持), aspirational or not computable. It stays in the rulebook with its
        /// strength and its `bearers`, and is never listed as something a bearer owes.
        Nobody = "NOBODY" { zh: "无(鼓励性、倡导性或不可计算,不列为义务)", ko: "없음(고무·지향적이거나 계산할 수 없으므로 의무로 렬거하지 않음)", en: "nobody (encouraged, aspirational or not computable: not listed as owed)" },
        /// Its own words name who owes it: `bearers`, in the order named. The first, when it is one
        /// agency or actor, is the lead (`LEAD`); counties owe it within their own territory, each
        /// zone (「各开发区」, `ACT.ZONE`) for itself.
        Words = "WORDS" { zh: "原文所列承担者(首列者牵头)", ko: "원문이 명시한 담당 주체(첫째로 명시된 주체가 주관)", en: "the bearers its words name (the first named leads)" },
        /// Its words name no subject: `bearers` are the units of its clause's 责任单位 list it
        /// concerns (the prefecture agencies only where its object is prefecture-wide, 「全州」). The
        /// first-listed prefecture agency is the presumed lead and the others assist (AMB-29:
        /// metadata, not a legal finding).
        ClauseList = "CLAUSE_LIST" { zh: "上列承担者,取自条款责任单位(原文无主语;首列州直部门推定牵头,AMB-29)", ko: "위의 담당 주체(조항 책임단위에서 취함. 원문에 주어가 없으며 첫째로 렬거된 주 직속 부문이 추정 주관, AMB-29)", en: "the bearers above, taken from the clause's responsible units (its words name no subject; the first-listed prefecture agency is the presumed lead, AMB-29)" },
    }
}

stable_enum! {
    /// Whether a rule is evaluated by this SDK ([`Evaluation`] without its reason).
    EvaluationStatus {
        /// A pure function computes it.
        Function = "FUNCTION" { zh: "可计算", ko: "계산 가능", en: "computed" },
        /// An obligation tracked as an open item.
        OpenItem = "OPEN_ITEM" { zh: "待办事项", ko: "미결 항목", en: "open item" },
        /// The text makes it impossible to compute.
        NotComputable = "NOT_COMPUTABLE" { zh: "不可计算", ko: "계산 불가", en: "not computable" },
        /// Computable, not encoded yet.
        Planned = "PLANNED" { zh: "计划中", ko: "계획됨", en: "planned" },
    }
}

/// Whether and how a rule is evaluated by this SDK.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evaluation {
    /// A pure function computes it: `evaluate` accepts its id.
    Function,
    /// An obligation with no computable condition beyond "done": tracked as an open item that a
    /// caller marks done; never silently dropped.
    OpenItem,
    /// The text makes it impossible to compute; the reason (zh, ko, en) says why. The Chinese
    /// quotes the source's words where the reason is about them.
    NotComputableBecause(Label),
    /// Computable from the text but not encoded yet; the note (zh, ko, en) says what it needs.
    PlannedNeeds(Label),
}

/// Why an open item is one ([`Evaluation::why`]).
const OPEN_ITEM_NOTE: Label = why(
    "原文要求完成的事项,未规定可计算的条件或期限:按登记册dutyRecords中的完成记录跟踪",
    "원문이 리행을 요구하는 사항이나 계산 가능한 조건이나 기한이 없다. 등록부 dutyRecords의 리행 기록으로 추적한다",
    "an act the text requires, with no computable condition or deadline: tracked by its record in the register's dutyRecords",
);

/// A reason in zh, ko and en (for [`Evaluation::NotComputableBecause`] and
/// [`Evaluation::PlannedNeeds`]).
#[must_use]
pub const fn why(zh: &'static str, ko: &'static str, en: &'static str) -> Label {
    Label { zh, ko, en }
}

impl Evaluation {
    /// Its status, without the reason.
    #[must_use]
    pub const fn status(self) -> EvaluationStatus {
        match self {
            Self::Function => EvaluationStatus::Function,
            Self::OpenItem => EvaluationStatus::OpenItem,
            Self::NotComputableBecause(_) => EvaluationStatus::NotComputable,
            Self::PlannedNeeds(_) => EvaluationStatus::Planned,
        }
    }

    /// Stable name: `FUNCTION`, `OPEN_ITEM`, `NOT_COMPUTABLE` or `PLANNED`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.status().as_str()
    }

    /// The reason or note in zh, ko and en, when there is one (an open item's is the same for
    /// every open item).
    #[must_use]
    pub const fn why(self) -> Option<Label> {
        match self {
            Self::Function => None,
            Self::OpenItem => Some(OPEN_ITEM_NOTE),
            Self::NotComputableBecause(w) | Self::PlannedNeeds(w) => Some(w),
        }
    }

    /// The reason or note in `lang`, when there is one.
    #[must_use]
    pub const fn reason(self, lang: Lang) -> Option<&'static str> {
        match self.why() {
            Some(w) => Some(w.pick(lang)),
            None => None,
        }
    }
}

/// Everything the rulebook knows about one rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, e.g. `art-18.c`.
    pub id: &'static str,
    /// Short English title (the catalog heading).
    pub title: &'static str,
    /// The title in Chinese, from the clause's own words where it can be.
    pub title_zh: &'static str,
    /// The title in Korean (the glossary's terms, `docs/glossary.md`).
    pub title_ko: &'static str,
    /// Clause number as printed, e.g. `(十八)`; empty for the preamble and section 一.
    pub clause: &'static str,
    /// Clause title as printed; empty for the preamble and section 一.
    pub clause_title: &'static str,
    /// Kinds, the primary first.
    pub kinds: &'static [Kind],
    /// Normative strength (the primary one where the catalog lists two).
    pub strength: Strength,
    /// Bearers, as agency or actor codes (see [`crate::agencies`]): for a duty, who
    /// owes it (see `owed_by`); for another rule, who applies or decides it. A provincial code
    /// (`ACT.PROV`, `ACT.PROV_GOV`) never owes a duty under a prefecture's opinion: it decides.
    pub bearers: &'static [&'static str],
    /// Where a duty's bearers come from: its own words, its clause's 责任单位 list, or nobody.
    pub owed_by: OwedBy,
    /// The exact Chinese text: a substring of [`SOURCE_TEXT`].
    pub quote: &'static str,
    /// Further fragments, where the catalog quotes the rule in parts.
    pub extra_quotes: &'static [&'static str],
    /// English rendering.
    pub en: &'static str,
    /// Korean rendering (Yanbian standard, `docs/glossary.md`).
    pub ko: &'static str,
    /// Ambiguity-register entries the rule's reading depends on.
    pub ambiguities: &'static [&'static str],
    /// Whether and how it is evaluated.
    pub evaluation: Evaluation,
}

impl RuleMeta {
    /// The title in `lang`.
    #[must_use]
    pub const fn title_in(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.title_zh,
            crate::Lang::Ko => self.title_ko,
            crate::Lang::En => self.title,
        }
    }

    /// The primary kind.
    #[must_use]
    pub const fn kind(&self) -> Kind {
        match self.kinds.first() {
            Some(k) => *k,
            None => Kind::Definition,
        }
    }

    /// The clause number as the 责任单位 lists key it (1–18), or `None` for the preamble.
    #[must_use]
    pub fn clause_number(&self) -> Option<u8> {
        self.id.strip_prefix("art-")?.get(..2)?.parse().ok()
    }

    /// The rule's text in `lang` (the quote itself for Chinese).
    #[must_use]
    pub const fn rendering(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.quote,
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

/// A rule of the rulebook. Cheap to copy; compares by address: its only constructor
/// (`registry!`) points it to the rule's `static` metadata, and ids are unique (tested below), so
/// two rules are the same rule exactly when they point to the same metadata — one comparison
/// instead of comparing ids of eight bytes alike in length.
#[derive(Clone, Copy, Debug)]
pub struct RuleId(&'static RuleMeta);

impl PartialEq for RuleId {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.0, other.0)
    }
}
impl Eq for RuleId {}

impl core::fmt::Display for RuleId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text that is no rule id of the rulebook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownRule;

impl core::fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("not a rule id of the rulebook (e.g. `art-18.c`)")
    }
}

impl core::error::Error for UnknownRule {}

impl core::str::FromStr for RuleId {
    type Err = UnknownRule;
    /// `"art-14.d".parse::<RuleId>()`: the same as [`RuleId::parse`].
    fn from_str(s: &str) -> Result<Self, UnknownRule> {
        Self::parse(s).ok_or(UnknownRule)
    }
}

impl RuleId {
    /// The stable id.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.0.id
    }

    /// The rule's metadata.
    #[must_use]
    pub const fn meta(self) -> &'static RuleMeta {
        self.0
    }

    /// `YB-DZ-OPINIONS/<id>`.
    #[must_use]
    pub fn citation(self) -> alloc::string::String {
        let mut s = alloc::string::String::from(CITATION_PREFIX);
        s.push_str(self.0.id);
        s
    }

    /// Looks a rule up by id.
    #[must_use]
    pub fn parse(id: &str) -> Option<Self> {
        // Natively: each id's first eight bytes as one word and its length, in one table read
        // in order ([`ID_KEYS`]), rather than each rule's metadata read through its pointer for
        // its id's length and bytes (an id longer than eight bytes, none yet, is compared whole
        // too). The search waited on those scattered loads: 4.6 % of an art-18.c answer's time
        // (`perf record`), and 965 of its instructions.
        #[cfg(not(target_arch = "wasm32"))]
        {
            let (key, len) = (id_key(id.as_bytes()), id.len());
            ID_KEYS
                .iter()
                .zip(RULES)
                .find(|((k, n), r)| *k == key && *n == len && (len <= 8 || r.as_str() == id))
                .map(|(_, r)| *r)
        }
        // In WebAssembly the table and its search cost 870 B of the gzipped module: the length
        // and the last byte (the item's letter) are compared first, then the whole id, an
        // eight-byte one (most) as one word (each `==` of two strings of one length is a call
        // to a `memcmp` that compares a byte at a time: the search was 2 % of a stateless rule
        // call in Node, about 60 such calls).
        #[cfg(target_arch = "wasm32")]
        {
            let word = |b: &[u8]| b.try_into().ok().map(u64::from_le_bytes);
            let last = id.as_bytes().last();
            let whole = word(id.as_bytes());
            RULES.iter().copied().find(|r| {
                let s = r.as_str();
                s.len() == id.len()
                    && s.as_bytes().last() == last
                    && match whole {
                        Some(w) => word(s.as_bytes()) == Some(w),
                        None => s == id,
                    }
            })
        }
    }
}

/// An id's first eight bytes, little-endian, zero after its end ([`RuleId::parse`]).
#[cfg(not(target_arch = "wasm32"))]
const fn id_key(mut bytes: &[u8]) -> u64 {
    let mut key = 0_u64;
    let mut shift = 0;
    while let ([b, rest @ ..], true) = (bytes, shift < 64) {
        key |= (*b as u64) << shift;
        shift += 8;
        bytes = rest;
    }
    key
}

/// Each rule's [`id_key`] and id length, in [`RULES`]' order (the length tells an id from the
/// same id followed by zero bytes, whose key is the same).
#[cfg(not(target_arch = "wasm32"))]
const ID_KEYS: [(u64, usize); RULES.len()] = {
    let mut keys = [(0_u64, 0_usize); RULES.len()];
    let mut slots: &mut [(u64, usize)] = &mut keys;
    let mut rules: &[RuleId] = RULES;
    while let ([slot, more_slots @ ..], [rule, more_rules @ ..]) = (slots, rules) {
        let id = rule.as_str();
        *slot = (id_key(id.as_bytes()), id.len());
        slots = more_slots;
        rules = more_rules;
    }
    keys
};

/// What the boundary needs of a computed rule's input: decodable from JSON and described by a
/// JSON Schema (feature `schema`).
#[cfg(feature = "schema")]
pub trait InputType:
    serde::de::DeserializeOwned + schemars::JsonSchema + core::fmt::Debug + Question
{
}
#[cfg(feature = "schema")]
impl<T: serde::de::DeserializeOwned + schemars::JsonSchema + core::fmt::Debug + Question> InputType
    for T
{
}
/// What the boundary needs of a computed rule's input: decodable from JSON (feature `serde`).
#[cfg(all(feature = "serde", not(feature = "schema")))]
pub trait InputType: serde::de::DeserializeOwned + core::fmt::Debug + Question {}
#[cfg(all(feature = "serde", not(feature = "schema")))]
impl<T: serde::de::DeserializeOwned + core::fmt::Debug + Question> InputType for T {}
/// What the boundary needs of a computed rule's input.
#[cfg(not(feature = "serde"))]
pub trait InputType: core::fmt::Debug + Question {}
#[cfg(not(feature = "serde"))]
impl<T: core::fmt::Debug + Question> InputType for T {}

/// What a computed rule's input may hold: the register its question is asked of. A loaded
/// register (`api::LoadedRegister`, npm `Register.load`) answers a question by putting itself
/// in that slot, so the rule runs on the register checked and indexed once.
pub trait Question {
    /// Whether the input holds a register (`register`).
    const HAS_REGISTER: bool = false;
    /// Whether the input is a question about one zone and year ([`common::ZoneYearInput`]).
    const ZONE_YEAR: bool = false;
    /// The input's register, for an input that has one.
    fn register_mut(&mut self) -> Option<&mut crate::register::RegisterArg> {
        None
    }
    /// The input of a question about one zone and year ([`common::ZoneYearInput`]), made
    /// without decoding JSON: `Some` only for that input type itself (a loaded register's
    /// quick questions, `api::LoadedRegister::decide_zone_year`).
    fn of_zone_year(question: common::ZoneYearInput) -> Option<Self>
    where
        Self: Sized,
    {
        let _ = question;
        None
    }
    /// The input's fields when they are dates alone (art-02.a, art-18.c), in the order
    /// [`Question::of_dates`] takes their values: each field's JSON name, followed by `!` when
    /// it is required, joined by commas (`issueDate!,asOf,adoptedDate`; one text, read by
    /// `api::date_fields` and sent to JS as it is). The wasm package reads such a question as
    /// values, without JSON (`api::evaluate_dates_text_sharing`). Empty: the input holds
    /// something else.
    const DATE_FIELDS: &'static str = "";
    /// The input of [`Question::DATE_FIELDS`]' values, made without decoding JSON: `None` for an
    /// input of other fields, a value missing where the field is required, or a count of
    /// values other than the fields'.
    fn of_dates(dates: &[Option<crate::dates::IsoDate>]) -> Option<Self>
    where
        Self: Sized,
    {
        let _ = dates;
        None
    }
}

impl Question for common::ZoneYearInput {
    const HAS_REGISTER: bool = true;
    const ZONE_YEAR: bool = true;
    fn register_mut(&mut self) -> Option<&mut crate::register::RegisterArg> {
        Some(&mut self.register)
    }
    fn of_zone_year(question: common::ZoneYearInput) -> Option<Self> {
        Some(question)
    }
}

/// [`Question`] for input types: `with_register` ones hold their register in `register`.
macro_rules! questions {
    (with_register: $($w:path),* ; without: $($n:path),* $(,)?) => {
        $(impl Question for $w {
            const HAS_REGISTER: bool = true;
            fn register_mut(&mut self) -> Option<&mut crate::register::RegisterArg> {
                Some(&mut self.register)
            }
        })*
        $(impl Question for $n {})*
    };
}

questions! {
    with_register: common::ZoneInput, common::CountyInput,
        art05_industry::AgglomerationInput, art08_opening_up::CoopParkInput,
        art08_opening_up::CrossBorderInput, art09_personnel::HrPlanInput,
        art10_fiscal::FirstLevelFinanceInput, art11_land::LandEvalInput,
        art11_land::ExpansionQueueInput, art12_administration::CountyGrantInput,
        art12_administration::OneSealInput, crate::summary::ZoneSummaryInput,
        crate::report::ReportInput, crate::report::ObligationsInput, crate::report::CalendarInput;
    without: art06_parks::CoBuiltRevenueInput, art07_business_environment::CommitmentsInput,
        art11_land::ConstructionInput, art12_administration::DispatchInput,
        art10_fiscal::EarmarkInput, art17_policy_support::FeeRetentionInput,
        art17_policy_support::FundPriorityInput, art11_land::GraceInput,
        art16_organisation::JointMeetingsInput,
        art04_investment::OutboundTripInput, art17_policy_support::RebateInput,
        art04_investment::RewardInput, art09_personnel::StaffingInput,
        art07_business_environment::ForeignAccessInput,
        art15_environment::ProtectiveDistanceInput,
        art09_personnel::LeadershipSelectionInput, art09_personnel::PaySchemeInput,
        art09_personnel::TalentMeasureInput, art04_investment::IncentivePolicyInput,
        art03_innovation::SitingInput,
}

// Inputs of dates alone: read as values by the wasm package (`Question::DATE_FIELDS`; held to
// the input's JSON Schema and its JSON question by `core/tests/decisions.rs`).
impl Question for art02_consolidation::WindowInput {
    const DATE_FIELDS: &'static str = "issueDate!,asOf!";
    fn of_dates(dates: &[Option<crate::dates::IsoDate>]) -> Option<Self> {
        let [Some(issue_date), Some(as_of)] = *dates else {
            return None;
        };
        Some(Self { issue_date, as_of })
    }
}

impl Question for art18_coordination::ImplMeasuresInput {
    const DATE_FIELDS: &'static str = "issueDate!,asOf,adoptedDate";
    fn of_dates(dates: &[Option<crate::dates::IsoDate>]) -> Option<Self> {
        let [Some(issue_date), as_of, adopted_date] = *dates else {
            return None;
        };
        Some(Self {
            issue_date,
            as_of,
            adopted_date,
        })
    }
}

/// What the boundary needs of a computed rule's own answer fields: cloneable and, with feature
/// `serde`, serialisable.
#[cfg(feature = "serde")]
pub trait DetailType: serde::Serialize + Clone + core::fmt::Debug {}
#[cfg(feature = "serde")]
impl<T: serde::Serialize + Clone + core::fmt::Debug> DetailType for T {}
/// What the boundary needs of a computed rule's own answer fields.
#[cfg(not(feature = "serde"))]
pub trait DetailType: Clone + core::fmt::Debug {}
#[cfg(not(feature = "serde"))]
impl<T: Clone + core::fmt::Debug> DetailType for T {}

/// A rule computed by a pure function, declared once in its clause file with `computed!` and
/// named once in the registry below: its id, its typed input, its typed answer fields and its
/// function. Everything else (dispatch of `api::evaluate`, `evaluable()`, the TypeScript
/// declarations, the JSON Schemas, the list of rules each test suite must cover) is derived from
/// the registry.
pub trait Computed {
    /// The rule.
    const RULE: RuleId;
    /// The input type's name (its TypeScript name).
    const INPUT_NAME: &'static str;
    /// Optional fields of the input type that this rule requires (art-02.d: `asOf`).
    const INPUT_REQUIRES: &'static [&'static str];
    /// The input's TypeScript type: the name, with [`Computed::INPUT_REQUIRES`] made required.
    const INPUT_TS: &'static str;
    /// The detail type's name (its TypeScript name).
    const DETAIL_NAME: &'static str;
    /// Labels of the detail's own fields that [`crate::text::fields::FIELDS`] (the fields several
    /// rules share) does not have, declared next to the detail type
    /// (`-> Detail [OWN_FIELDS] = f;` in `computed!`).
    const FIELDS: &'static [crate::text::fields::Field] = &[];
    /// Every outcome the rule's code paths can return (`outcomes: […];` in `computed!`): the
    /// TypeScript type of its answer's `outcome`. Empty only for a rule not yet declaring them,
    /// which `core/tests/outcomes.rs` refuses (and whose TypeScript falls back to every outcome).
    const OUTCOMES: &'static [crate::answer::Outcome] = &[];
    /// The input.
    type Input: InputType;
    /// The rule's own fields of the answer.
    type Detail: DetailType;
    /// The rule, on an input it owns (a register in it becomes a
    /// [`crate::register::ValidRegister`] without a copy).
    ///
    /// # Errors
    /// The rule's own input errors (a bad register, an unknown zone, dates beyond the calendar,
    /// …).
    fn eval(
        input: Self::Input,
        params: &crate::params::Params,
    ) -> Result<crate::answer::Answer<Self::Detail>, crate::error::Error>;
    /// The rule for a reader that defers the answer's reasons
    /// ([`crate::api::Holds::defers_reasons`]: the wasm package, which asks the question again,
    /// with [`Computed::eval`], when they are first read): the same outcome, detail, parameters
    /// used and reasons' codes as [`Computed::eval`] (all the written answer shows of its
    /// reasons is whether they are empty), their facts possibly left out, which a rule may skip
    /// building. `eval` itself unless the rule says otherwise (`decide = …;` in `computed!`).
    /// `core/tests/vectors.rs` holds every vector's deferred answer to the whole one.
    ///
    /// # Errors
    /// As [`Computed::eval`].
    fn decide(
        input: Self::Input,
        params: &crate::params::Params,
    ) -> Result<crate::answer::Answer<Self::Detail>, crate::error::Error> {
        Self::eval(input, params)
    }
    /// The rule's own answer in brief ([`crate::answer::Brief`]: its outcome, severity and reason
    /// codes) for a rule that decides without an answer (`brief = …;` in `computed!`: art-14.d
    /// and art-18.c, whose typed decisions allocate nothing). `None`: the brief of
    /// [`Computed::decide`]'s answer. A function pointer rather than a method with a default, so
    /// that the other rules' briefs add no copy of their rule to the module (`api::decide` asks
    /// the answer of the one function that `api::evaluate` asks it of). `core/tests/vectors.rs`
    /// holds every vector's brief to its whole answer.
    const BRIEF: Option<Brief<Self::Input>> = None;
    /// A zone-year rule's answer in brief as its outcome and codes, for a zone of a checked
    /// register given as the zone itself: no look-up of its id, nothing allocated
    /// (`zone_codes = …;` in `computed!`: art-14.d). A loaded register's batch of quick
    /// questions (`LoadedRegister::decide_zone_years_table`, the npm `reg.decideBatch`) keeps
    /// each distinct one and makes the brief of each once. `None`: the brief of
    /// [`Computed::BRIEF`] or of the answer. `core/tests/decisions.rs` holds a batch to its
    /// questions asked one by one.
    const ZONE_CODES: Option<ZoneCodes> = None;
    /// A zone-year rule's answer for a zone of a checked register given as the zone itself,
    /// its reasons in full or as their codes (`true`: [`Computed::eval`]'s answer, `false`:
    /// [`Computed::decide`]'s), before it is marked as resting on made-up records
    /// (`zone_answer = …;` in `computed!`: art-14.d), with or without its parameters used
    /// ([`ZoneAnswer`]). A loaded register's quick question
    /// (`LoadedRegister::evaluate_zone_place_text_sharing`, the npm `reg.evaluate` and a
    /// stateless `evaluate` of a kept register) then neither copies the zone's id into an input
    /// nor finds the zone by it again. `None`: the rule's input is made and the rule asked.
    /// `core/tests/decisions.rs` holds the quick path to the JSON question.
    const ZONE_ANSWER: Option<ZoneAnswer<Self::Detail>> = None;
    /// A zone-year rule's decision for a zone of a checked register as a value
    /// (`zone_key = …;` in `computed!`: art-14.d), which with the zone's id, the language and
    /// whether the answer rests on made-up records decides the answer as a reader that defers
    /// its reasons and deferred parts and holds its shared parts reads it: its head and every
    /// byte after it (`api::LoadedRegister::zone_place_key`). The wasm package finds the detail
    /// it keeps already by this value, made without the answer, instead of by the answer's
    /// text. `None`: the rule has none. `core/tests/decisions.rs` holds equal keys to equal
    /// texts.
    const ZONE_KEY: Option<ZoneKey> = None;
}

/// A zone-year rule's decision as a value ([`Computed::ZONE_KEY`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decided {
    /// art-14.d's ([`art14_assessment::YellowCardDecision`]).
    YellowCard(art14_assessment::YellowCardDecision),
}

impl Decided {
    /// The year decided.
    #[must_use]
    pub const fn year(&self) -> i32 {
        match self {
            Self::YellowCard(d) => d.year,
        }
    }

    /// The outcome.
    #[must_use]
    pub const fn outcome(&self) -> crate::answer::Outcome {
        match self {
            Self::YellowCard(d) => d.outcome,
        }
    }

    /// Whether the answer lists its parameters used (not for a zone absent that year).
    #[must_use]
    pub const fn lists_params(&self) -> bool {
        match self {
            Self::YellowCard(d) => d.lists_params(),
        }
    }
}

/// A zone-year rule's decision as a value ([`Computed::ZONE_KEY`]): the register, the zone (one
/// of the register's), the year, the date the answer is for, the parameters.
pub type ZoneKey = fn(
    &crate::register::ValidRegister,
    &crate::register::Zone,
    i32,
    Option<chrono::NaiveDate>,
    &crate::params::Params,
) -> Decided;

/// A zone-year rule's answer from its zone ([`Computed::ZONE_ANSWER`]): the register, the zone
/// (one of the register's), the year, the date the answer is for, the parameters, whether the
/// reasons are in full, and whether to make the parameters used (`false`: left empty, for a
/// reader that holds them already); with whether the answer lists its parameters used (made or
/// not). A rule's listed parameters used depend on the parameters alone (the same table read
/// from them), so a reader holding those of an answer that listed them, made with the same
/// parameters, holds this one's.
pub type ZoneAnswer<D> = fn(
    &crate::register::ValidRegister,
    &crate::register::Zone,
    i32,
    Option<chrono::NaiveDate>,
    &crate::params::Params,
    bool,
    bool,
) -> (crate::answer::Answer<D>, bool);

/// A zone-year rule's outcome and codes ([`Computed::ZONE_CODES`]): the register, the zone (one
/// of the register's), the year, the date the answer is for, the parameters.
pub type ZoneCodes = fn(
    &crate::register::ValidRegister,
    &crate::register::Zone,
    i32,
    Option<chrono::NaiveDate>,
    &crate::params::Params,
) -> (crate::answer::Outcome, art14_assessment::CardCodes);

/// A rule's answer in brief from its input ([`Computed::BRIEF`]).
pub type Brief<I> =
    fn(I, &crate::params::Params) -> Result<crate::answer::Brief, crate::error::Error>;

/// Something done with one computed rule, chosen at run time ([`visit_computed`]).
pub trait ComputedVisitor {
    /// What it gives.
    type Out;
    /// Does it for rule `T`.
    fn visit<T: Computed>(self) -> Self::Out;
}

/// Something done with every computed rule in turn ([`for_each_computed`]).
pub trait EachComputed {
    /// Does it for rule `T`.
    fn each<T: Computed>(&mut self);
}

registry! {
    /// pre.a: scope definition: what counts as a 「开发区」.
    PRE_A = preamble::PRE_A => preamble::DevelopmentZoneScope;
    /// pre.b: addressees.
    PRE_B = preamble::PRE_B;
    /// pre.c: purpose (interpretive aid only).
    PRE_C = preamble::PRE_C;
    /// sec-1: section 一 「明确总体要求」 (General requirements).
    SEC_1 = preamble::SEC_1;
    /// art-01.a: prepare a prefecture-wide master development plan for zones.
    ART_01_A = art01_planning::ART_01_A;
    /// art-01.b: each zone starts a new round of plan revision.
    ART_01_B = art01_planning::ART_01_B;
    /// art-02.a: two-year window for establishment, expansion and upgrading work.
    ART_02_A = art02_consolidation::ART_02_A => art02_consolidation::ConsolidationWindow;
    /// art-02.b: revoke zones that exist in name only.
    ART_02_B = art02_consolidation::ART_02_B => art02_consolidation::NominalZone;
    /// art-02.c: one county, one (provincial) zone: merge 2+ into 1.
    ART_02_C = art02_consolidation::ART_02_C => art02_consolidation::OneCountyOneZone;
    /// art-02.d: counties without a provincial zone may apply to upgrade an industrial concentration zone.
    ART_02_D = art02_consolidation::ART_02_D => art02_consolidation::UpgradeEligibility;
    /// art-03.a: qualified provincial zones may apply to become provincial high-tech zones.
    ART_03_A = art03_innovation::ART_03_A => art03_innovation::HighTechApplication;
    /// art-03.b: priority siting of R&D platforms in qualified zones.
    ART_03_B = art03_innovation::ART_03_B => art03_innovation::PrioritySiting;
    /// art-03.c: encourage mass-entrepreneurship platforms and innovation services.
    ART_03_C = art03_innovation::ART_03_C;
    /// art-04.a: prefecture-wide coordination mechanism and information-sharing platform.
    ART_04_A = art04_investment::ART_04_A;
    /// art-04.b: benefit-compensation mechanism.
    ART_04_B = art04_investment::ART_04_B;
    /// art-04.c: zones may set local incentives, incl. \.
    ART_04_C = art04_investment::ART_04_C => art04_investment::IncentivePolicy;
    /// art-04.d: one-time investment-promotion reward as a proportion of funds in place that year.
    ART_04_D = art04_investment::ART_04_D => art04_investment::InvestmentReward;
    /// art-04.e: relaxed quota for outbound investment-promotion trips.
    ART_04_E = art04_investment::ART_04_E => art04_investment::TripRelaxation;
    /// art-05.a: industry focus: national 1 + 2–3; provincial 1 + 1–2.
    ART_05_A = art05_industry::ART_05_A => art05_industry::IndustryFocus;
    /// art-05.b: agglomerate around leading enterprises and major projects.
    ART_05_B = art05_industry::ART_05_B;
    /// art-05.c: select and support 3 industrial agglomeration areas prefecture-wide.
    ART_05_C = art05_industry::ART_05_C => art05_industry::AgglomerationAreas;
    /// art-06.a: encourage co-built specialty parks and \.
    ART_06_A = art06_parks::ART_06_A;
    /// art-06.b: split of county-retained fiscal revenue from co-built parks.
    ART_06_B = art06_parks::ART_06_B => art06_parks::CobuiltRevenueSplit;
    /// art-07.a: high-standard infrastructure planning incl. service platforms.
    ART_07_A = art07_business_environment::ART_07_A;
    /// art-07.b: soft-environment assessment system; honour policy commitments.
    ART_07_B = art07_business_environment::ART_07_B => art07_business_environment::PolicyCommitments;
    /// art-07.c: pre-establishment national treatment + negative list.
    ART_07_C = art07_business_environment::ART_07_C => art07_business_environment::ForeignAccess;
    /// art-07.d: communication, coordination and complaint-accountability mechanisms.
    ART_07_D = art07_business_environment::ART_07_D;
    /// art-08.a: inter-provincial and international cooperation parks.
    ART_08_A = art08_opening_up::ART_08_A => art08_opening_up::CoopPark;
    /// art-08.b: border economic cooperation zones: provincial now, national sought, cross-border later.
    ART_08_B = art08_opening_up::ART_08_B => art08_opening_up::CrossBorderBasis;
    /// art-08.c: participation in overseas economic and trade cooperation zones.
    ART_08_C = art08_opening_up::ART_08_C;
    /// art-09.a: power to appoint mid-level cadres and hire within approved staffing.
    ART_09_A = art09_personnel::ART_09_A => art09_personnel::StaffingQuota;
    /// art-09.b: leadership selection methods.
    ART_09_B = art09_personnel::ART_09_B => art09_personnel::LeadershipSelectionCheck;
    /// art-09.c: other posts: hiring methods; pay tied to duties and performance.
    ART_09_C = art09_personnel::ART_09_C => art09_personnel::PaySchemeCheck;
    /// art-09.d: talent policies: special post, special pay.
    ART_09_D = art09_personnel::ART_09_D => art09_personnel::TalentMeasureCheck;
    /// art-09.e: cadre exchange mechanism.
    ART_09_E = art09_personnel::ART_09_E;
    /// art-09.f: reform plan needs local party and government approval before execution.
    ART_09_F = art09_personnel::ART_09_F => art09_personnel::ReformPlanApproval;
    /// art-10.a: provincial-and-above zones may set up first-level finance and treasury.
    ART_10_A = art10_fiscal::ART_10_A => art10_fiscal::FirstLevelFinance;
    /// art-10.b: earmarking of the county-retained share of zone land revenue.
    ART_10_B = art10_fiscal::ART_10_B => art10_fiscal::LandRevenueEarmark;
    /// art-11.a: zone land in county land-use plan; guarantee land for major projects.
    ART_11_A = art11_land::ART_11_A;
    /// art-11.b: land intensive-use evaluation: full every 3 years, update every year.
    ART_11_B = art11_land::ART_11_B => art11_land::LandEvaluation;
    /// art-11.c: priority for expansion/adjustment to land-efficient zones.
    ART_11_C = art11_land::ART_11_C => art11_land::ExpansionQueue;
    /// art-11.d: two-level project clean-up working groups; recover idle land.
    ART_11_D = art11_land::ART_11_D;
    /// art-11.e: 5-year grace period for reusing existing industrial property.
    ART_11_E = art11_land::ART_11_E => art11_land::IndustrialReuseGrace;
    /// art-11.f: no land-transfer fee for approved self-land rebuilds that keep the land use.
    ART_11_F = art11_land::ART_11_F => art11_land::LandTransferFee;
    /// art-11.g: urban infrastructure fee: waived for renovation (改建/翻建), halved for extension/new build (扩建/新建).
    ART_11_G = art11_land::ART_11_G => art11_land::InfraFee;
    /// art-12.a: standardise institutions, staffing and leadership posts.
    ART_12_A = art12_administration::ART_12_A;
    /// art-12.b: four named zones: PWC and MC are dispatched agencies of the Prefecture.
    ART_12_B = art12_administration::ART_12_B => art12_administration::DispatchStatus;
    /// art-12.c: counties may grant equal or greater powers to their provincial zones.
    ART_12_C = art12_administration::ART_12_C => art12_administration::CountyGrant;
    /// art-12.d: responsibility follows delegated power.
    ART_12_D = art12_administration::ART_12_D;
    /// art-12.e: devolve economic-management powers to zones.
    ART_12_E = art12_administration::ART_12_E;
    /// art-12.f: one-stop service platform; \.
    ART_12_F = art12_administration::ART_12_F => art12_administration::OneSeal;
    /// art-13.a: development and operation companies; new financing tools.
    ART_13_A = art13_financing::ART_13_A;
    /// art-13.b: pPP for infrastructure, standard factories and for-profit facilities.
    ART_13_B = art13_financing::ART_13_B;
    /// art-13.c: funds: industrial, sci-tech innovation, venture.
    ART_13_C = art13_financing::ART_13_C;
    /// art-14.a: formulate the Yanbian assessment method (based on Jilin's).
    ART_14_A = art14_assessment::ART_14_A;
    /// art-14.b: who runs the assessment.
    ART_14_B = art14_assessment::ART_14_B;
    /// art-14.c: reward: near the top of the province 3 years in a row and rewarded by the province → priority promotion of leaders.
    ART_14_C = art14_assessment::ART_14_C => art14_assessment::PriorityPromotion;
    /// art-14.d: sanction: bottom 10 of the provincial ranking, or a falling rank → yellow card package.
    ART_14_D = art14_assessment::ART_14_D => art14_assessment::YellowCard;
    /// art-14.e: sanction: bottom 10 in 2 of 3 years → leaders held accountable.
    ART_14_E = art14_assessment::ART_14_E => art14_assessment::LeaderAccountability;
    /// art-14.f: sanction: bottom 5 in 2 of 3 years → revocation, 3-year re-application ban, leaders accountable and not promoted for 3 years.
    ART_14_F = art14_assessment::ART_14_F => art14_assessment::RevocationPackage;
    /// art-14.g: build the prefecture zone statistics system.
    ART_14_G = art14_assessment::ART_14_G;
    /// art-14.h: sanction: falsified or concealed statistics → disqualified from that year's assessment.
    ART_14_H = art14_assessment::ART_14_H => art14_assessment::StatsDisqualification;
    /// art-15.a: sanction: environmental infrastructure not completed on time → no expansion/adjustment/upgrade/assessment that year.
    ART_15_A = art15_environment::ART_15_A => art15_environment::EnvInfraDisqualification;
    /// art-15.b: plan coordination; safety distances for hazardous-chemical enterprises.
    ART_15_B = art15_environment::ART_15_B => art15_environment::ProtectiveDistances;
    /// art-15.c: planning and construction safety management; enforcement capacity.
    ART_15_C = art15_environment::ART_15_C;
    /// art-15.d: hire qualified consultants.
    ART_15_D = art15_environment::ART_15_D;
    /// art-16.a: establish the Prefecture Development Zone Work Leading Group.
    ART_16_A = art16_organisation::ART_16_A;
    /// art-16.b: at least 2 joint work meetings per year.
    ART_16_B = art16_organisation::ART_16_B => art16_organisation::JointMeetings;
    /// art-16.c: leading Group Office sits in the Bureau of Commerce.
    ART_16_C = art16_organisation::ART_16_C;
    /// art-16.d: counties are the responsible subjects; set up leading and coordinating bodies.
    ART_16_D = art16_organisation::ART_16_D;
    /// art-16.e: prefecture departments refine tasks, assign responsibilities, set time nodes.
    ART_16_E = art16_organisation::ART_16_E;
    /// art-17.a: provincial tax rebates and land-premium rebates pass 100% to the zone.
    ART_17_A = art17_policy_support::ART_17_A => art17_policy_support::RebatePassThrough;
    /// art-17.b: administrative fees in the zone: collected by the MC; retained except items that must go to province/state.
    ART_17_B = art17_policy_support::ART_17_B => art17_policy_support::FeeRetention;
    /// art-17.c: integrate existing special funds; earmark a zone portion.
    ART_17_C = art17_policy_support::ART_17_C;
    /// art-17.d: tilt special funds toward zones; tie-break in favour of zone projects.
    ART_17_D = art17_policy_support::ART_17_D => art17_policy_support::FundPriority;
    /// art-18.a: leading Group: high-level coordination, regular study of major issues.
    ART_18_A = art18_coordination::ART_18_A => art18_coordination::RegularStudy;
    /// art-18.b: counties: leadership, mechanisms, leadership teams, incentive and fault-tolerance mechanisms.
    ART_18_B = art18_coordination::ART_18_B;
    /// art-18.c: implementation measures within 6 months of issuance.
    ART_18_C = art18_coordination::ART_18_C => art18_coordination::ImplMeasures;
}

/// Short names of the rules a zone summary reports (the findings' headings) and of the duties
/// the obligations list and the calendar name, in zh/ko/en.
const SHORT_NAMES: &[(RuleId, Label)] = &[
    (
        RuleId::ART_01_A,
        short(
            "编制全州开发区总体发展规划",
            "전 주 개발구 총체발전계획 편성",
            "prefecture-wide master plan",
        ),
    ),
    (
        RuleId::ART_01_B,
        short(
            "启动新一轮规划修编",
            "새로운 한 차례의 계획 수정편성",
            "new round of plan revision",
        ),
    ),
    (
        RuleId::ART_04_A,
        short(
            "全州招商引资统筹机制",
            "전 주 투자유치 통일조률기제",
            "investment-promotion coordination",
        ),
    ),
    (
        RuleId::ART_04_B,
        short(
            "利益补偿机制",
            "리익보상기제",
            "benefit-compensation mechanism",
        ),
    ),
    (
        RuleId::ART_07_A,
        short(
            "高标准整体规划基础设施",
            "기초시설의 높은 표준 전반 계획",
            "infrastructure planning",
        ),
    ),
    (
        RuleId::ART_07_B,
        short(
            "兑现政策承诺",
            "정책약속 리행",
            "honouring policy commitments",
        ),
    ),
    (
        RuleId::ART_07_D,
        short(
            "政企沟通、问题协调和投诉问责机制",
            "정부·기업 소통, 문제 조률과 신소·문책 기제",
            "communication and complaint mechanisms",
        ),
    ),
    (
        RuleId::ART_09_C,
        short(
            "其他岗位聘任与绩效挂钩",
            "기타 일터 초빙과 실적 련결",
            "other posts and performance pay",
        ),
    ),
    (
        RuleId::ART_09_E,
        short("干部交流机制", "간부 교류기제", "cadre exchange mechanism"),
    ),
    (
        RuleId::ART_11_A,
        short(
            "开发区用地纳入用地规划",
            "개발구 용지의 용지계획 포함",
            "zone land in the land-use plan",
        ),
    ),
    (
        RuleId::ART_11_D,
        short(
            "两级项目清理工作组",
            "2급 대상정리사업조",
            "project clean-up working groups",
        ),
    ),
    (
        RuleId::ART_12_A,
        short(
            "规范机构、编制和领导职数",
            "기구, 편제와 령도 직수 규범화",
            "institutions, staffing and leadership posts",
        ),
    ),
    (
        RuleId::ART_12_E,
        short(
            "向开发区下放经济管理权限",
            "개발구에 경제관리권한 이양",
            "devolving economic-management powers",
        ),
    ),
    (
        RuleId::ART_14_A,
        short(
            "制定州考核评价办法",
            "주 심사평가방법 제정",
            "the prefecture assessment method",
        ),
    ),
    (
        RuleId::ART_14_G,
        short(
            "州开发区统计制度",
            "주 개발구 통계제도",
            "the zone statistics system",
        ),
    ),
    (
        RuleId::ART_16_A,
        short(
            "成立开发区工作领导小组",
            "개발구사업령도소조 설립",
            "establishing the Leading Group",
        ),
    ),
    (
        RuleId::ART_16_D,
        short(
            "县(市)责任主体与领导协调机构",
            "현(시) 책임주체와 령도조률기구",
            "county responsibility and coordinating bodies",
        ),
    ),
    (
        RuleId::ART_16_E,
        short(
            "细化任务、明确时间节点",
            "임무 세분화와 시간 절점 명확화",
            "tasks, responsibilities and time nodes",
        ),
    ),
    (
        RuleId::ART_17_C,
        short(
            "统筹整合专项资金",
            "전문자금의 통일적 통합",
            "integrating special funds",
        ),
    ),
    (
        RuleId::ART_18_B,
        short(
            "组织领导与激励容错机制",
            "조직 령도와 격려·착오 용인 기제",
            "county leadership and incentive mechanisms",
        ),
    ),
    (
        RuleId::PRE_A,
        short("开发区的范围", "개발구의 범위", "scope of the opinion"),
    ),
    (
        RuleId::ART_02_A,
        short(
            "两年整合期",
            "2년 통합·최적화 기간",
            "two-year consolidation window",
        ),
    ),
    (
        RuleId::ART_02_B,
        short(
            "撤销有名无实的开发区",
            "유명무실한 개발구 철회",
            "zones in name only",
        ),
    ),
    (
        RuleId::ART_02_C,
        short("一县一区", "1현1구", "one county, one zone"),
    ),
    (
        RuleId::ART_02_D,
        short(
            "工业集中区升级",
            "공업집중구 승격",
            "upgrading an industrial concentration zone",
        ),
    ),
    (
        RuleId::ART_03_A,
        short(
            "申请设立省级高新区",
            "성급 고신구 설립 신청",
            "applying for provincial high-tech status",
        ),
    ),
    (
        RuleId::ART_05_A,
        short(
            "首位产业与主攻产业",
            "수위산업과 주공산업",
            "leading and main industries",
        ),
    ),
    (
        RuleId::ART_11_B,
        short(
            "土地集约利用评价",
            "토지 집약리용 평가",
            "land intensive-use evaluation",
        ),
    ),
    (
        RuleId::ART_11_E,
        short(
            "存量工业用地过渡期",
            "기존 공업용지 과도기간",
            "grace for reusing industrial property",
        ),
    ),
    (
        RuleId::ART_12_B,
        short("派出机构", "파출기구", "dispatched agencies"),
    ),
    (
        RuleId::ART_14_C,
        short("优先提拔重用", "우선 발탁·중용", "priority promotion"),
    ),
    (
        RuleId::ART_14_D,
        short("黄牌警告", "황패경고", "yellow card"),
    ),
    (
        RuleId::ART_14_E,
        short(
            "党政主要负责人问责",
            "당정 주요 책임자 문책",
            "leader accountability",
        ),
    ),
    (
        RuleId::ART_14_F,
        short(
            "撤销与不得重新申报",
            "철회 및 재신청 금지",
            "revocation and re-application ban",
        ),
    ),
    (
        RuleId::ART_14_H,
        short(
            "统计数据虚报瞒报",
            "통계수치 허위보고·은폐",
            "falsified statistics",
        ),
    ),
    (
        RuleId::ART_15_A,
        short(
            "环保基础设施",
            "환경보호 기초시설",
            "environmental infrastructure",
        ),
    ),
    (
        RuleId::ART_16_B,
        short("联席工作会议", "련석사업회의", "joint work meetings"),
    ),
    (
        RuleId::ART_18_A,
        short(
            "定期研究解决重大问题",
            "중대한 문제의 정기적 연구·해결",
            "regular study of major issues",
        ),
    ),
    (
        RuleId::ART_18_C,
        short(
            "落实措施期限",
            "락착조치 기한",
            "implementation measures deadline",
        ),
    ),
];

const fn short(zh: &'static str, ko: &'static str, en: &'static str) -> Label {
    Label { zh, ko, en }
}

/// A rule's short name in zh/ko/en: for the rules a zone summary reports, art-16.b, art-18.a,
/// art-18.c and the duties of the obligations list; `None` for the others, which are named by
/// their id and English title.
#[must_use]
pub fn short_name(rule: RuleId) -> Option<Label> {
    SHORT_NAMES
        .iter()
        .find(|(r, _)| *r == rule)
        .map(|(_, label)| *label)
}

/// The TypeScript declarations the registry implies: `RuleId` (the computed rules),
/// `RuleInputs` and `RuleDetails` (each rule's input and answer fields), `ZoneFindingRuleId` and
/// `ReasonCode` (every reason code).
/// `cargo xtask codegen` writes them to `bindings/src/generated.d.ts`; a test fails when that
/// file is stale.
#[must_use]
pub fn typescript_declarations() -> alloc::string::String {
    use alloc::string::String;
    use core::fmt::Write as _;
    struct Lines {
        ids: String,
        inputs: String,
        details: String,
        outcomes: String,
    }
    impl EachComputed for Lines {
        fn each<T: Computed>(&mut self) {
            let id = T::RULE.as_str();
            let _ = write!(self.ids, "\n  | \"{id}\"");
            let _ = write!(self.inputs, "\n  \"{id}\": {};", T::INPUT_TS);
            let _ = write!(self.details, "\n  \"{id}\": {};", T::DETAIL_NAME);
            let _ = write!(self.outcomes, "\n  \"{id}\":");
            if T::OUTCOMES.is_empty() {
                self.outcomes.push_str(" Outcome");
            }
            for (i, o) in T::OUTCOMES.iter().enumerate() {
                let sep = if i == 0 { "" } else { " |" };
                let _ = write!(self.outcomes, "{sep} \"{}\"", o.as_str());
            }
            self.outcomes.push(';');
        }
    }
    let mut l = Lines {
        ids: String::new(),
        inputs: String::new(),
        details: String::new(),
        outcomes: String::new(),
    };
    for_each_computed(&mut l);
    let mut codes = String::new();
    for c in crate::messages::ReasonCode::all() {
        let _ = write!(codes, "\n  | \"{}\"", c.as_str());
    }
    let mut findings = String::new();
    for r in crate::summary::FINDING_RULES {
        let _ = write!(findings, "\n  | \"{}\"", r.as_str());
    }
    let mut ambiguities = String::new();
    for a in crate::ambiguities::AMBIGUITIES {
        let _ = write!(ambiguities, "\n  | \"{}\"", a.id);
    }
    let mut out = String::from(
        "// Generated by `cargo xtask codegen` from the rulebook's registry (core/src/rules/mod.rs).\n\
         // Do not edit: a test fails when this file differs from what the registry implies.\n\n",
    );
    let _ = write!(
        out,
        "/** Rule ids that `evaluate` computes (the rules whose `evaluation` is `FUNCTION` in `rules()`). */\n\
         export type RuleId ={};\n\n\
         /** The input each rule takes. Amounts of money are strings of yuan with at most two decimals\n \
         * (`\"1000000.00\"`), ratios strings from 0 to 1 with at most 9 decimals (`\"0.005\"`): never numbers. */\n\
         export interface RuleInputs {{{}\n}}\n\n\
         /** The rule-specific fields each rule adds to its answer. */\n\
         export interface RuleDetails {{{}\n}}\n\n\
         /** The outcomes each rule can answer (its answer's `outcome`), from its code paths. */\n\
         export interface RuleOutcomes {{{}\n}}\n\n\
         /** The rules whose findings a zone summary can hold. */\n\
         export type ZoneFindingRuleId ={};\n\n\
         /** Every reason code (stable: never renamed or reused), declared next to its clause. */\n\
         export type ReasonCode ={};\n\n\
         /** Every entry of the ambiguity register (`ambiguities()`), in register order. */\n\
         export type AmbiguityId ={};\n",
        l.ids, l.inputs, l.details, l.outcomes, findings, codes, ambiguities
    );
    out
}

/// The rules `evaluate` computes (those registered with a function), in catalog order.
pub fn evaluable() -> impl Iterator<Item = RuleId> {
    RULES
        .iter()
        .copied()
        .filter(|r| r.meta().evaluation == Evaluation::Function)
}

/// What to do about a rule id not in the rulebook: the nearest id, if one is near, and the
/// rules that compute (an unknown rule asked to evaluate, or to filter a report by).
pub(crate) fn rule_help(rule_id: &str) -> crate::error::Text {
    let ids: alloc::vec::Vec<&str> = crate::rules::RULES.iter().map(|r| r.as_str()).collect();
    // The nearest id; among equals, one that computes, then the longest shared beginning. Ids
    // are compared in lower case (`ART-18.C` is nearest `art-18.c`), and an id given without
    // its `art-` (`18.c`) with it.
    let lower = rule_id.trim().to_ascii_lowercase();
    let asked = if lower.starts_with(|c: char| c.is_ascii_digit()) {
        alloc::format!("art-{lower}")
    } else {
        lower
    };
    let shared = |id: &str| {
        asked
            .chars()
            .zip(id.chars())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let near = ids
        .iter()
        .map(|id| {
            let computes =
                RuleId::parse(id).is_some_and(|r| crate::rules::evaluable().any(|e| e == r));
            (
                crate::words::edit_distance(&asked, id),
                !computes,
                usize::MAX - shared(id),
                *id,
            )
        })
        .min()
        .filter(|(d, ..)| *d <= 2)
        .map(|(.., id)| id);
    let list = {
        let ids: alloc::vec::Vec<&str> = evaluable().map(RuleId::as_str).collect();
        ids.join(", ")
    };
    match near {
        Some(n) => text!(
            zh: "是否应为 `{n}`?可计算的规则:{list}",
            ko: "`{n}`의 오타가 아닙니까? 계산할 수 있는 규칙: {list}",
            en: "did you mean `{n}`? Rules that can be evaluated: {list}"
        ),
        None => text!(
            zh: "可计算的规则:{list}",
            ko: "계산할 수 있는 규칙: {list}",
            en: "rules that can be evaluated: {list}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quote_is_verbatim_in_the_source() {
        for r in RULES {
            for q in core::iter::once(&r.meta().quote).chain(r.meta().extra_quotes) {
                assert!(
                    SOURCE_TEXT.contains(q),
                    "{}: quote not found in source: {q}",
                    r.as_str()
                );
            }
            assert!(SOURCE_TEXT.contains(r.meta().clause), "{}", r.as_str());
            assert!(
                SOURCE_TEXT.contains(r.meta().clause_title),
                "{}",
                r.as_str()
            );
            assert!(!r.meta().en.is_empty(), "{}", r.as_str());
        }
    }

    /// Every reason of a rule not computed is in zh, ko and en, each its own text.
    #[test]
    fn every_reason_is_trilingual() {
        for r in RULES {
            if let Some(why) = r.meta().evaluation.why() {
                assert_ne!(why.zh, why.en, "{}", r.as_str());
                assert_ne!(why.ko, why.en, "{}", r.as_str());
            }
        }
    }

    /// Every rule has a Korean rendering.
    #[test]
    fn every_rule_has_a_korean_rendering() {
        for r in RULES {
            let m = r.meta();
            let ko = m.ko;
            assert!(!ko.trim().is_empty(), "{} has no Korean rendering", m.id);
            assert!(
                ko.chars().any(|c| ('가'..='힣').contains(&c)),
                "{}: the Korean rendering is not Korean",
                m.id
            );
        }
    }

    #[test]
    fn every_zone_finding_rule_has_a_short_name() {
        for r in crate::summary::FINDING_RULES {
            let name = short_name(*r);
            assert!(name.is_some(), "{} has no short name", r.as_str());
            for lang in Lang::ALL {
                assert!(name.is_some_and(|n| !n.pick(*lang).is_empty()));
            }
        }
    }

    #[test]
    fn clause_numerals_are_the_clauses_of_the_source() {
        for (i, n) in CLAUSE_NUMERALS.iter().enumerate() {
            let printed = alloc::format!("({n})");
            assert!(SOURCE_TEXT.contains(&printed), "clause {} {printed}", i + 1);
            assert!(
                RULES.iter().any(|r| r.meta().clause == printed),
                "no rule of clause {printed}"
            );
        }
    }

    #[test]
    fn the_whole_catalog_is_registered() {
        assert_eq!(RULES.len(), 78);
        assert_eq!(
            RULES
                .iter()
                .filter(|r| r.as_str().starts_with("art-"))
                .count(),
            74
        );
        for n in 1..=18u8 {
            assert!(
                RULES.iter().any(|r| r.meta().clause_number() == Some(n)),
                "clause {n}"
            );
        }
        for r in RULES {
            if let Some(why) = r.meta().evaluation.why() {
                for lang in Lang::ALL {
                    assert!(!why.pick(*lang).trim().is_empty(), "{} {lang}", r.as_str());
                }
            }
        }
    }

    #[test]
    fn ids_unique_and_parse() {
        for r in RULES {
            assert_eq!(RuleId::parse(r.as_str()), Some(*r));
            // By text: `==` compares addresses, which is right only if the ids are unique.
            assert_eq!(RULES.iter().filter(|x| x.as_str() == r.as_str()).count(), 1);
            assert_eq!(RULES.iter().filter(|x| *x == r).count(), 1);
        }
        assert_eq!(RuleId::parse("art-99.z"), None);
        // Near misses of the words compared: a prefix, the same word and one byte more, a byte
        // past the word, a zero byte (the key's padding), nothing.
        for near in [
            "art-18.",
            "art-18.c ",
            "art-18.cc",
            "art-18\0c",
            "pre.a\0",
            "",
            "\0",
        ] {
            assert_eq!(RuleId::parse(near), None, "{near:?}");
        }
    }
}
