//! The result envelope every rule returns: outcome, reasons with stable codes,
//! the parameters used, and the items a person must review.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::messages::{Lang, ReasonCode};
use crate::rules::RuleId;

stable_enum! {
    /// The outcome of one rule evaluation. The names are stable API (`SCREAMING_SNAKE_CASE` in JSON).
    Outcome {
        /// A dated duty was done on or before its due date.
        MetOnTime = "MET_ON_TIME" { zh: "按期完成", ko: "기한 내 완료", en: "met on time" },
        /// A dated duty was done after its due date.
        MetLate = "MET_LATE" { zh: "逾期完成", ko: "기한 경과 후 완료", en: "met late" },
        /// A dated duty is not done and its due date has passed.
        Overdue = "OVERDUE" { zh: "逾期未完成", ko: "기한 경과 미완료", en: "overdue" },
        /// A dated duty is not done and its due date has not passed (or the period is still running).
        Pending = "PENDING" { zh: "未到期", ko: "기한 미도래", en: "pending" },
        /// A recurring duty or condition is satisfied.
        Compliant = "COMPLIANT" { zh: "符合要求", ko: "요구 충족", en: "compliant" },
        /// A recurring duty or condition is not satisfied.
        NonCompliant = "NON_COMPLIANT" { zh: "不符合要求", ko: "요구 미충족", en: "not compliant" },
        /// The duty does not apply yet on the facts given (e.g. before the first full year).
        NotYetApplicable = "NOT_YET_APPLICABLE" { zh: "尚不适用", ko: "아직 적용되지 않음", en: "not yet applicable" },
        /// The text leaves the answer to a person; see `needsHuman`.
        NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "needs human review" },
        /// No information to decide on (e.g. no record for the year).
        Unknown = "UNKNOWN" { zh: "情况不明", ko: "정황 불명", en: "unknown (no information)" },
        /// A programme window is open on the as-of date.
        Open = "OPEN" { zh: "期限内", ko: "기간 중", en: "open" },
        /// A programme window has closed on the as-of date.
        Closed = "CLOSED" { zh: "已届满", ko: "기간 만료", en: "closed" },
        /// Zones must be merged; the window to do it is still open.
        MergeRequired = "MERGE_REQUIRED" { zh: "须整合", ko: "통합 필요", en: "merge required" },
        /// Zones must be merged and the window to do it has closed.
        MergeOverdue = "MERGE_OVERDUE" { zh: "整合逾期", ko: "통합 기한 경과", en: "merge overdue" },
        /// A condition for a benefit or an application is met.
        Eligible = "ELIGIBLE" { zh: "符合条件", ko: "조건 충족", en: "eligible" },
        /// A condition for a benefit or an application is not met.
        NotEligible = "NOT_ELIGIBLE" { zh: "不符合条件", ko: "조건 미충족", en: "not eligible" },
        /// A designation satisfies the rule.
        Valid = "VALID" { zh: "符合规定", ko: "규정 부합", en: "valid" },
        /// A designation violates the rule.
        Invalid = "INVALID" { zh: "不符合规定", ko: "규정 위반", en: "invalid" },
        /// The rule does not apply to this case.
        NotApplicable = "NOT_APPLICABLE" { zh: "不适用", ko: "적용되지 않음", en: "not applicable" },
        /// The organ is a dispatched agency of the prefecture.
        Dispatched = "DISPATCHED" { zh: "派出机构", ko: "파출기구", en: "dispatched agency" },
        /// The organ is not a dispatched agency of the prefecture.
        NotDispatched = "NOT_DISPATCHED" { zh: "非派出机构", ko: "파출기구 아님", en: "not a dispatched agency" },
        /// A sanction or consequence is triggered.
        Triggered = "TRIGGERED" { zh: "触发", ko: "발동", en: "triggered" },
        /// No sanction or consequence is triggered.
        NotTriggered = "NOT_TRIGGERED" { zh: "未触发", ko: "발동되지 않음", en: "not triggered" },
        /// Disqualified for the year.
        Disqualified = "DISQUALIFIED" { zh: "取消当年资格", ko: "당해 년도 자격 취소", en: "disqualified for the year" },
        /// Not disqualified for the year.
        NotDisqualified = "NOT_DISQUALIFIED" { zh: "未取消资格", ko: "자격 유지", en: "not disqualified" },
        /// The zone is to be revoked.
        Revoke = "REVOKE" { zh: "予以撤销", ko: "철회 대상", en: "to be revoked" },
        /// The zone is kept.
        Keep = "KEEP" { zh: "保留", ko: "유지", en: "kept" },
        /// Within the scope of the opinion.
        InScope = "IN_SCOPE" { zh: "属于开发区", ko: "개발구에 해당", en: "in scope" },
        /// Outside the scope of the opinion.
        OutOfScope = "OUT_OF_SCOPE" { zh: "不属于开发区", ko: "개발구에 해당하지 않음", en: "out of scope" },
        /// A summary of several rules: see its findings.
        Summary = "SUMMARY" { zh: "综合结论", ko: "종합 결론", en: "summary" },
        /// Amounts computed by a money rule: see its breakdown.
        Computed = "COMPUTED" { zh: "计算结果", ko: "산정 결과", en: "computed" },
        /// Within a grace period (art-11.e).
        InGrace = "IN_GRACE" { zh: "处于过渡期内", ko: "과도기간 내", en: "within the grace period" },
        /// A grace period has ended (art-11.e).
        GraceExpired = "GRACE_EXPIRED" { zh: "过渡期已满", ko: "과도기간 만료", en: "grace period expired" },
        /// An event ended a grace period early (art-11.e: a transfer).
        TransferTriggered = "TRANSFER_TRIGGERED" { zh: "涉及转让", ko: "양도 발생", en: "transfer triggered" },
    }
}

/// A value echoed in `paramsUsed` or passed to a message template.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Value {
    /// A whole number.
    Int(i64),
    /// A flag.
    Bool(bool),
    /// A date (`YYYY-MM-DD`), an enum name or other text.
    Text(#[cfg_attr(feature = "wasm", tsify(type = "string"))] Text),
    /// No value (a parameter left unset).
    Null,
    /// A list (a parameter such as the holiday calendar's days).
    List(Vec<Value>),
    /// Named values (a parameter such as `industriesNational`).
    Map(BTreeMap<&'static str, Value>),
}

/// The text of a [`Value::Text`], held in the form that costs least to make: a checker names
/// facts on its hot path, and most are dates or names fixed in the rulebook, so neither a date
/// nor a static name is written out (or allocated) until the answer is rendered. The three forms
/// of the same text are equal, and all are written as the same JSON string.
#[derive(Clone, Debug)]
pub enum Text {
    /// Text made at run time (an amount, a record's id).
    Owned(String),
    /// Text made once and shared (a zone's id and names, made when its register is validated).
    Shared(alloc::sync::Arc<str>),
    /// Text fixed in the program (an enum's name, an agency's code).
    Static(&'static str),
    /// A date, written `YYYY-MM-DD`.
    Date(chrono::NaiveDate),
}

impl Text {
    /// The text when it is held as text (`None` for a date, which is written when shown).
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Owned(s) => Some(s),
            Self::Shared(s) => Some(s),
            Self::Static(s) => Some(s),
            Self::Date(_) => None,
        }
    }
}

impl core::fmt::Display for Text {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Owned(s) => f.write_str(s),
            Self::Shared(s) => f.write_str(s),
            Self::Static(s) => f.write_str(s),
            Self::Date(d) => crate::dates::Iso(*d).fmt(f),
        }
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Date(a), Self::Date(b)) => a == b,
            (a, b) => match (a.as_str(), b.as_str()) {
                (Some(a), Some(b)) => same_str(a, b),
                // A date and a text: equal when the text is the date written out.
                _ => {
                    use alloc::string::ToString;
                    a.to_string() == b.to_string()
                }
            },
        }
    }
}

impl Eq for Text {}

#[cfg(feature = "serde")]
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Owned(t) => s.serialize_str(t),
            Self::Shared(t) => s.serialize_str(t),
            Self::Static(t) => s.serialize_str(t),
            Self::Date(d) => crate::dates::Iso(*d).serialize(s),
        }
    }
}

impl Value {
    /// Text made at run time, copied (a name fixed in the program is `Value::from(&'static str)`,
    /// which copies nothing).
    #[must_use]
    pub fn text(s: &str) -> Self {
        Self::Text(Text::Owned(String::from(s)))
    }

    /// The text of a text value held as text (not a date, which is written when shown).
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Text(t) => t.as_str(),
            _ => None,
        }
    }
}

impl core::fmt::Display for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Bool(b) => write!(f, "{b}"),
            Self::Text(s) => s.fmt(f),
            Self::Null => Ok(()),
            Self::List(items) => {
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                Ok(())
            }
            Self::Map(map) => {
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k} {v}")?;
                }
                Ok(())
            }
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Self::Int(n)
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Self::Int(i64::from(n))
    }
}
impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Self::Int(i64::from(n))
    }
}
impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Self::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Self::Bool(b)
    }
}
/// A name fixed in the program, held without copying it.
impl From<&'static str> for Value {
    fn from(s: &'static str) -> Self {
        Self::Text(Text::Static(s))
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Self::Text(Text::Owned(s))
    }
}
/// Text shared, held without copying it.
impl From<alloc::sync::Arc<str>> for Value {
    fn from(s: alloc::sync::Arc<str>) -> Self {
        Self::Text(Text::Shared(s))
    }
}
impl From<crate::money::Money> for Value {
    fn from(m: crate::money::Money) -> Self {
        Self::from(String::from(m.decimal().as_str()))
    }
}
impl From<crate::money::Ratio> for Value {
    fn from(r: crate::money::Ratio) -> Self {
        Self::from(String::from(r.decimal().as_str()))
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Self::Null, Into::into)
    }
}
impl From<crate::dates::IsoDate> for Value {
    fn from(d: crate::dates::IsoDate) -> Self {
        Self::from(d.get())
    }
}
impl From<crate::num::Year> for Value {
    fn from(y: crate::num::Year) -> Self {
        Self::Int(i64::from(y.get()))
    }
}
impl From<chrono::NaiveDate> for Value {
    fn from(d: chrono::NaiveDate) -> Self {
        Self::Text(Text::Date(d))
    }
}

/// Named values, ordered by name so answers are stable byte for byte: a reason's facts and a
/// rule's parameters. Held as a vector sorted by name rather than a tree: a reason names two to
/// five facts, and one small allocation costs a checker far less than a tree's node.
#[derive(Clone, Debug, Default)]
pub struct Facts(Vec<(&'static str, Value)>);

/// Equal names and values in the same order. Names (and static texts) are compared by address
/// first: they are the rulebook's own strings, so two answers' parameters compare without
/// comparing bytes (the wasm package compares each answer's parameters with those JS holds).
impl PartialEq for Facts {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|((ka, va), (kb, vb))| same_str(ka, kb) && va == vb)
    }
}

impl Eq for Facts {}

/// `a == b`, answered at once when both are the same string in memory.
fn same_str(a: &str, b: &str) -> bool {
    core::ptr::eq(a, b) || a == b
}

impl Facts {
    /// No facts (allocates nothing).
    #[must_use]
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// No facts yet, room for `n` (one allocation for a reason's facts or a rule's known list
    /// of parameters).
    #[must_use]
    pub fn with_capacity(n: usize) -> Self {
        Self(Vec::with_capacity(n))
    }

    /// Room for `n` more facts (one allocation for a list about to be set).
    pub fn reserve(&mut self, n: usize) {
        self.0.reserve(n);
    }

    /// Sets `name` to `value`, returning the value it replaces.
    #[must_use]
    pub fn insert(&mut self, name: &'static str, value: Value) -> Option<Value> {
        // Names made in order go at the end without a search.
        if self.0.last().is_none_or(|(k, _)| by_bytes(k, name).is_lt()) {
            self.0.push((name, value));
            return None;
        }
        self.insert_between(name, value)
    }

    /// Sets `name` to `value`: [`Facts::insert`] for a caller that does not want the value it
    /// replaces (a reason's facts, a rule's parameters). The rules name facts in the order of
    /// their names, so each goes at the end; natively that case is inlined where the fact is
    /// made (`inline(always)`: as a hint the typed art-18.c check was inlined in one build and
    /// not in another, 180 against 305 ns), the rest is a call. Not in the wasm module: inlined
    /// at its ~200 call sites it cost 24 KB gzipped for no difference in Node beyond the noise
    /// (docs/benchmarks.md, "2026-12-03, later").
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn set(&mut self, name: &'static str, value: Value) {
        if self.0.last().is_none_or(|(k, _)| by_bytes(k, name).is_lt()) {
            self.0.push((name, value));
        } else {
            drop(self.insert_between(name, value));
        }
    }

    /// Sets names that are in order among themselves (`zone`, `zoneName`, `zoneNameKo`): when
    /// the first goes at the end, so do the others, without comparing them.
    pub fn set_run<const N: usize>(&mut self, run: [(&'static str, Value); N]) {
        debug_assert!(
            run.windows(2)
                .all(|w| matches!(w, [a, b] if by_bytes(a.0, b.0).is_lt())),
            "a run of names in order"
        );
        let mut run = run.into_iter();
        let Some((name, value)) = run.next() else {
            return;
        };
        if self.0.last().is_none_or(|(k, _)| by_bytes(k, name).is_lt()) {
            self.0.push((name, value));
            self.0.extend(run);
        } else {
            drop(self.insert_between(name, value));
            for (name, value) in run {
                self.set(name, value);
            }
        }
    }

    /// Sets each parameter of `table` to its value in `params`. A table in the order of its
    /// names (each rule's is; the debug builds assert it, and `tables_are_in_order` checks the shared
    /// ones) puts each at the end.
    pub fn set_all(&mut self, table: &[Param], params: &crate::params::Params) {
        debug_assert!(
            in_name_order(table),
            "a table of parameters in the order of its names"
        );
        if self.0.is_empty() {
            // In order already: each pushed, no comparison.
            self.0
                .extend(table.iter().map(|(name, read)| (*name, read(params))));
            return;
        }
        for (name, read) in table {
            self.set(name, read(params));
        }
    }

    /// [`Facts::insert`] of a name not after the last one.
    #[inline(never)]
    fn insert_between(&mut self, name: &'static str, value: Value) -> Option<Value> {
        match self.0.binary_search_by(|(k, _)| by_bytes(k, name)) {
            Ok(i) => self
                .0
                .get_mut(i)
                .map(|(_, old)| core::mem::replace(old, value)),
            Err(i) => {
                self.0.insert(i, (name, value));
                None
            }
        }
    }

    /// The value named `name`. A reason's few facts are looked through, each name's length
    /// compared first (as slices' `==` does; most names differ in length, so no bytes are
    /// compared, where the search by order compared two or three names byte by byte: a sixth of
    /// filling a message in; callgrind, `prof_eval N art18c`); more than `FEW_FACTS` are
    /// searched by order.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        if self.0.len() <= FEW_FACTS {
            return self
                .0
                .iter()
                .find(|(k, _)| k.as_bytes() == name.as_bytes())
                .map(|(_, v)| v);
        }
        self.0
            .binary_search_by(|(k, _)| by_bytes(k, name))
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, v)| v)
    }

    /// Whether a value is named `name`.
    #[must_use]
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The names and values, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Value)> + '_ {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    /// How many values.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Up to how many facts [`Facts::get`] looks through one by one rather than searching by order.
const FEW_FACTS: usize = 8;

/// `a.cmp(b)` (the order of `str`: byte by byte; also the report's order of ids). Most names
/// differ in their first byte, which answers without the loop: the compiler makes the loop a
/// call of `memcmp`, which compares a byte at a time behind a call in the wasm module (perf:
/// `memcmp` was 5 % of a 1,000-zone report page in Node, half of it naming facts).
#[inline]
pub(crate) fn by_bytes(a: &str, b: &str) -> core::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.cmp(b)
}

/// An object of the facts by name. Written as a struct: the names are static and need no
/// escape (the writer copies a struct's field names as they are, where a map's keys are each
/// checked); the same JSON as a map.
#[cfg(feature = "serde")]
impl serde::Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut facts = s.serialize_struct("Facts", self.0.len())?;
        for (name, value) in &self.0 {
            facts.serialize_field(name, value)?;
        }
        facts.end()
    }
}

/// Named values, ordered by name so answers are stable byte for byte.
pub type Args = Facts;

/// One step of an explanation: a stable code, the rule it comes from, and the facts it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// Stable code, e.g. `IMPL_MEASURES_ADOPTED_LATE`.
    pub code: ReasonCode,
    /// The rule (clause item) the reason applies.
    pub rule_id: RuleId,
    /// The facts the message template names.
    pub args: Args,
}

impl Reason {
    /// A reason with no arguments yet, with room for eight: a reason has two to seven facts
    /// (three of them the zone's id and names), so its facts are allocated once, not grown from
    /// four to eight (callgrind, `prof_typed`: `yellow_card` 17,149 → 15,495 instructions).
    #[must_use]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn new(code: ReasonCode, rule_id: RuleId) -> Self {
        Self {
            code,
            rule_id,
            args: Args::with_capacity(8),
        }
    }

    /// A reason with room for exactly `n` facts: for a rule whose reasons name few (art-18.c's
    /// two or three), one allocation of their size rather than of eight.
    #[must_use]
    pub fn sized(code: ReasonCode, rule_id: RuleId, n: usize) -> Self {
        Self {
            code,
            rule_id,
            args: Args::with_capacity(n),
        }
    }

    /// A reason that names no facts and has no room for any (nothing allocated): what a check
    /// read only for its outcome and detail states (see `yellow_card_decision` in art-14.d).
    #[must_use]
    pub const fn coded(code: ReasonCode, rule_id: RuleId) -> Self {
        Self {
            code,
            rule_id,
            args: Facts(Vec::new()),
        }
    }

    /// Adds a named fact. Facts named in the order of their names cost least (each goes at
    /// the end, [`Facts::set`]): the rules name them so, and add the zone's (`zone`,
    /// `zoneName`, `zoneNameKo`, [`crate::rules::common::about`]) last.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.args.set(name, value.into());
        self
    }

    /// The message in `lang`, with the facts filled in.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        self.code.render(&self.args, lang)
    }
}

/// [`Vec::push`] of a [`Reason`], called rather than inlined in the wasm module: the rules push
/// their reasons at some 250 places, each a copy of the push (the capacity's check, the growth's
/// call, the move) when inlined.
pub(crate) trait AddReason {
    /// Pushes `reason`.
    fn add(&mut self, reason: Reason);
}

impl AddReason for Vec<Reason> {
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn add(&mut self, reason: Reason) {
        self.push(reason);
    }
}

/// The parameters a rule used, by their `Params` field name (camelCase, as in JSON), so that an
/// audit can replay the decision by passing them back as `params`.
pub type ParamsUsed = Facts;

/// A parameter a rule lists among its parameters used: its name and how its value is read.
/// A rule's list is a table of them in the order of their names ([`Facts::set_all`]).
pub type Param = (&'static str, fn(&crate::params::Params) -> Value);

/// Whether `table` names each parameter once, in the order of the names (what
/// [`Facts::set_all`] needs to push each at the end).
pub(crate) fn in_name_order(table: &[Param]) -> bool {
    table
        .windows(2)
        .all(|w| matches!(w, [a, b] if by_bytes(a.0, b.0).is_lt()))
}

/// What a rule answers: the common envelope around the rule's own `detail`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer<D> {
    /// The rule evaluated.
    pub rule_id: RuleId,
    /// The outcome.
    pub outcome: Outcome,
    /// Why, step by step, in evaluation order.
    pub reasons: Vec<Reason>,
    /// What a person must decide, where the text is unclear or facts are missing.
    pub needs_human: Vec<Reason>,
    /// Every parameter the rule read, with its value.
    pub params_used: ParamsUsed,
    /// Rule-specific fields (due date, counts, …).
    pub detail: D,
}

/// An [`Answer`]'s parts other than its detail, borrowed: what its envelope is written from
/// whatever the detail's type ([`Answer::parts`]).
#[derive(Clone, Copy, Debug)]
pub struct Parts<'a> {
    /// The rule evaluated.
    pub rule_id: RuleId,
    /// The outcome.
    pub outcome: Outcome,
    /// Why, step by step.
    pub reasons: &'a [Reason],
    /// What a person must decide.
    pub needs_human: &'a [Reason],
    /// Every parameter the rule read.
    pub params_used: &'a ParamsUsed,
}

impl<D> Answer<D> {
    /// Its parts other than the detail.
    #[must_use]
    #[inline]
    pub fn parts(&self) -> Parts<'_> {
        Parts {
            rule_id: self.rule_id,
            outcome: self.outcome,
            reasons: &self.reasons,
            needs_human: &self.needs_human,
            params_used: &self.params_used,
        }
    }
}

/// An answer in brief (issue 12): the rule, the outcome, its severity and the codes of the
/// reasons and of `needsHuman`, in order; no facts, no messages, no parameters, none of the
/// envelope's texts. For a caller that checks many cases and reads few answers whole (a form
/// colouring a table, a batch job): `api::decide`, `LoadedRegister::decide`, the npm
/// `decide`. The same question's [`Answer`] has the same outcome, severity and codes
/// (`core/tests/decisions.rs` and the package's tests hold them together on every vector).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct Brief {
    /// The rule, e.g. `art-14.d`.
    #[cfg_attr(feature = "serde", serde(serialize_with = "brief_rule"))]
    pub rule_id: RuleId,
    /// The outcome.
    pub outcome: Outcome,
    /// How much the answer matters ([`crate::severity::of_answer`]).
    pub severity: crate::severity::Severity,
    /// The codes of the answer's reasons, in order.
    pub reason_codes: Vec<ReasonCode>,
    /// The codes of what a person must decide, in order: empty when nothing.
    pub needs_human_codes: Vec<ReasonCode>,
}

/// A rule's id as its JSON string.
#[cfg(feature = "serde")]
fn brief_rule<S: serde::Serializer>(rule: &RuleId, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.as_str())
}

impl Brief {
    /// `answer` in brief.
    #[must_use]
    pub fn of<D>(answer: &Answer<D>) -> Self {
        Self::of_reasons(
            answer.rule_id,
            answer.outcome,
            &answer.reasons,
            &answer.needs_human,
        )
    }

    /// [`Brief::of`] without the detail: not generic and never inlined, so the 38 rules' briefs
    /// share one copy (in the wasm module each had its own, ~1 KB).
    #[inline(never)]
    fn of_reasons(rule: RuleId, outcome: Outcome, reasons: &[Reason], human: &[Reason]) -> Self {
        Self::from_codes(
            rule,
            outcome,
            reasons.iter().map(|r| r.code).collect(),
            human.iter().map(|r| r.code).collect(),
        )
    }

    /// The brief of an answer resting on made-up records (`ILLUSTRATIVE_RECORDS` first among its
    /// reasons, as [`crate::illustrative`] marks an answer; the severity stays the one of the
    /// rule's own codes, as the answer's does).
    pub(crate) fn mark_illustrative(&mut self) {
        let code = crate::messages::ReasonCode::IllustrativeRecords;
        if self.reason_codes.first() != Some(&code) {
            self.reason_codes.insert(0, code);
        }
    }

    /// The brief of an answer of `rule` with `outcome` and these codes (its severity from them).
    #[must_use]
    #[inline]
    pub fn from_codes(
        rule: RuleId,
        outcome: Outcome,
        reason_codes: Vec<ReasonCode>,
        needs_human_codes: Vec<ReasonCode>,
    ) -> Self {
        Self {
            rule_id: rule,
            outcome,
            severity: crate::severity::of_codes(
                rule,
                outcome,
                reason_codes.iter().chain(&needs_human_codes).copied(),
            ),
            reason_codes,
            needs_human_codes,
        }
    }
}

/// The serialisable, language-rendered view of an [`Answer`]: what JSON, JS and the CLI show.
#[cfg(feature = "serde")]
pub mod view {
    use super::{Answer, Outcome, ParamsUsed, Parts, Reason};
    use crate::json_text::Plain;
    use crate::messages::Lang;
    use crate::rules::{RuleMeta, RULEBOOK_VERSION, SOURCE_SHA256};
    use alloc::string::String;
    use alloc::vec::Vec;
    use serde::Serialize;

    /// A reason with its message rendered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct ReasonView {
        /// Stable code.
        #[cfg_attr(feature = "wasm", tsify(type = "ReasonCode"))]
        pub code: &'static str,
        /// Rule id, e.g. `art-18.c`.
        pub rule_id: &'static str,
        /// Citation of the rule, e.g. `YB-DZ-OPINIONS/art-18.c`.
        pub citation: String,
        /// The message in the requested language.
        pub message: String,
        /// The facts the message names.
        #[cfg_attr(feature = "wasm", tsify(type = "Record<string, Value>"))]
        pub args: super::Args,
    }

    impl ReasonView {
        /// Renders `r` in `lang`.
        #[must_use]
        pub fn new(r: &Reason, lang: Lang) -> Self {
            Self {
                code: r.code.as_str(),
                rule_id: r.rule_id.as_str(),
                citation: r.rule_id.citation(),
                message: r.message(lang),
                args: r.args.clone(),
            }
        }
    }

    /// The clause a rule comes from, quoted verbatim.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct ClauseView {
        /// Clause number as printed, e.g. `(十八)`.
        pub number: &'static str,
        /// Clause title as printed, e.g. `统筹推进开发区创新发展`.
        pub title: &'static str,
        /// The exact Chinese text of the rule (a substring of the source document).
        pub quote: &'static str,
        /// The rule in the requested language (the Chinese quote again for `zh`).
        pub rendering: &'static str,
    }

    /// [`ClauseView`] of a rule's metadata, made only by [`AnswerRef::new`]: the same JSON, its
    /// texts written as `json_text::Plain` (copied without looking for characters to escape;
    /// that none of the rulebook's clause texts has one is asserted below, when the crate is
    /// compiled).
    struct ClauseRef(ClauseView);

    /// Every rule's clause number and title, quote and renderings hold no character a JSON
    /// string escapes ([`ClauseRef`]).
    const _: () = {
        use crate::json_text::needs_no_escape as plain;
        let mut rules = crate::rules::RULES;
        while let [rule, rest @ ..] = rules {
            let m = rule.meta();
            assert!(
                plain(m.clause)
                    && plain(m.clause_title)
                    && plain(m.quote)
                    && plain(m.en)
                    && plain(m.ko),
                "a clause text holds a character JSON escapes: write it through ClauseView"
            );
            rules = rest;
        }
    };

    impl Serialize for ClauseRef {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeStruct;
            let c = &self.0;
            let mut out = s.serialize_struct("ClauseView", 4)?;
            out.serialize_field("number", &Plain(c.number))?;
            out.serialize_field("title", &Plain(c.title))?;
            out.serialize_field("quote", &Plain(c.quote))?;
            out.serialize_field("rendering", &Plain(c.rendering))?;
            out.end()
        }
    }

    /// Which rulebook answered.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct RulebookView {
        /// Version of the encoded rulebook.
        #[serde(serialize_with = "plain")]
        pub version: &'static str,
        /// SHA-256 of the source text the quotes are taken from.
        #[serde(serialize_with = "plain")]
        pub source_sha256: &'static str,
    }

    /// A text of the program's own that needs no escape (a version, a hash), as [`Plain`].
    fn plain<S: serde::Serializer>(text: &&'static str, s: S) -> Result<S::Ok, S::Error> {
        Plain(text).serialize(s)
    }

    /// The envelope, rendered in one language (every field but the rule's own).
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct Envelope {
        /// Rule id.
        pub rule_id: &'static str,
        /// `YB-DZ-OPINIONS/<rule id>`.
        pub citation: String,
        /// The clause, quoted. In the wasm package, one frozen object shared by every answer of
        /// the rule in the language (hence `Readonly` in TypeScript).
        #[cfg_attr(feature = "wasm", tsify(type = "Readonly<ClauseView>"))]
        pub clause: ClauseView,
        /// Stable outcome code.
        pub outcome: Outcome,
        /// The outcome in the requested language.
        pub outcome_label: &'static str,
        /// How much the answer matters, decided in one place ([`crate::severity::of_answer`]).
        pub severity: crate::severity::Severity,
        /// Why.
        pub reasons: Vec<ReasonView>,
        /// What a person must decide (empty when nothing).
        pub needs_human: Vec<ReasonView>,
        /// Parameters read, by name. In the wasm package, frozen and shared with the rule's
        /// other answers while they are the same (hence `Readonly` in TypeScript).
        #[cfg_attr(feature = "wasm", tsify(type = "Readonly<Record<string, Value>>"))]
        pub params_used: ParamsUsed,
        /// Ambiguity-register entries whose readings this rule relies on (look each up with
        /// `ambiguities(id)` or `devzone ambiguities <id>`). Frozen and shared in the wasm
        /// package, as `clause`.
        #[cfg_attr(feature = "wasm", tsify(type = "readonly string[]"))]
        pub ambiguities: &'static [&'static str],
        /// Language of the messages.
        pub lang: Lang,
        /// Rulebook version and source hash. Frozen and shared in the wasm package, as `clause`.
        #[cfg_attr(feature = "wasm", tsify(type = "Readonly<RulebookView>"))]
        pub rulebook: RulebookView,
        /// The answer rests on made-up example records (see its `ILLUSTRATIVE_RECORDS` reason).
        /// Absent when it does not.
        #[serde(skip_serializing_if = "core::ops::Not::not")]
        #[cfg_attr(feature = "wasm", tsify(optional))]
        pub illustrative: bool,
    }

    /// The envelope with the rule's own fields flattened in: what JSON, JS and the CLI show.
    /// In TypeScript: `AnswerView<D> = Envelope & D`.
    /// Written as [`AnswerRef`] is: one struct, the envelope's fields then the detail's
    /// (`one_struct`).
    #[derive(Clone, Debug)]
    pub struct AnswerView<D> {
        /// The common fields.
        pub envelope: Envelope,
        /// Rule-specific fields.
        pub detail: D,
    }

    impl<D: Serialize> Serialize for AnswerView<D> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            one_struct(s, &self.envelope, &self.detail, false)
        }
    }

    /// An answer's JSON: one struct, `envelope`'s fields and then `detail`'s put in by
    /// [`crate::json_text::Flat`] (the length is a hint: serde_json reads only whether it is 0).
    /// `json_text::write_answer` writes the same struct as text with the detail's type erased
    /// (`AnswerRef::text`): a change to one is a change to both.
    /// With `defer_parts`, the detail's fields named in [`crate::api::DEFERRED_PARTS`] are
    /// written as deferred parts.
    fn one_struct<S: serde::Serializer>(
        s: S,
        envelope: &impl Serialize,
        detail: &impl Serialize,
        defer_parts: bool,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut answer = s.serialize_struct("Answer", ENVELOPE_FIELDS)?;
        envelope.serialize(crate::json_text::Flat(&mut answer, false))?;
        detail.serialize(crate::json_text::Flat(&mut answer, defer_parts))?;
        answer.end()
    }

    /// An answer's envelope, or when written without its head ([`AnswerRef::holding_told`]) only
    /// what follows `rulebook` in it (`illustrative` when set): the fields put in before the
    /// detail's, each written exactly as in the whole answer. Generic over the writer only (not
    /// the detail), so the rules' answers share it.
    struct Headed<'a, 'b>(&'b EnvelopeRef<'a>);

    impl Serialize for Headed<'_, '_> {
        #[inline(never)]
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeStruct;
            if !self.0.headless {
                return self.0.serialize(s);
            }
            let mut rest = s.serialize_struct("Envelope", 1)?;
            if self.0.illustrative {
                rest.serialize_field("illustrative", &true)?;
            }
            rest.end()
        }
    }

    /// [`AnswerView`] borrowed: the same JSON, byte for byte, written from the answer itself
    /// without first copying its reasons, arguments, parameters and detail into a view (each
    /// message is still rendered once, in the language asked). What `api::evaluate` and the wasm
    /// package write; `AnswerView` stays the owned, typed form (the TypeScript declarations, the
    /// fee and zone-summary views). `core/tests/vectors.rs` holds both to the same text on every
    /// vector.
    ///
    /// Written as one struct (`one_struct`), the envelope's fields and then the detail's put in
    /// by `json_text::Flat`: the same text as `#[serde(flatten)]`, which goes through a
    /// map and writes each key as any map key (checked for escapes), ~15 % of writing an
    /// art-14.d answer.
    pub struct AnswerRef<'a, D: ?Sized> {
        envelope: EnvelopeRef<'a>,
        detail: &'a D,
    }

    /// What an answer's head, its envelope up to and including `rulebook`, is made of when its
    /// shared parts and parameters are held and its reasons deferred ([`AnswerRef::holding`]
    /// with all three): the rule (its id and citation), the outcome (and its label), the
    /// severity, the language, and whether `reasons` and `needsHuman` are written `null` (not
    /// empty, deferred) or `[]`. Every other field of the head is then `null`: the head's text is
    /// a function of these alone, so a reader may keep the head it read for each
    /// ([`crate::api::Holds::head`]; the wasm package does).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Head {
        /// The rule.
        pub rule: crate::rules::RuleId,
        /// The outcome.
        pub outcome: Outcome,
        /// The answer's severity.
        pub severity: crate::severity::Severity,
        /// The language of the answer.
        pub lang: Lang,
        /// Whether `reasons` is written `null` (deferred; else `[]`).
        pub reasons: bool,
        /// Whether `needsHuman` is written `null` (deferred; else `[]`).
        pub needs_human: bool,
    }

    impl<D: ?Sized> AnswerRef<'_, D> {
        /// [`AnswerRef::holding`], and then `held` is told the answer's [`Head`] if it has one
        /// (its shared parts and parameters held and its reasons deferred; otherwise its head
        /// holds more than a `Head` names: [`crate::api::Holds::head`]); when the reader says it
        /// holds that head, the answer is written without it: `{`, the fields after
        /// `"rulebook":null` in the whole answer, `}` (the reader puts the head back).
        #[must_use]
        pub fn holding_told(
            mut self,
            (statics, params, defer): (bool, bool, bool),
            held: Option<&mut dyn crate::api::Holds>,
        ) -> Self {
            self.envelope.hold_told(statics, params, defer, held);
            self
        }
    }

    impl EnvelopeRef<'_> {
        /// The answer's [`Head`], if it has one ([`AnswerRef::holding_told`]).
        fn head(&self) -> Option<Head> {
            let e = self;
            let held = e.clause.shared
                && e.params_used.shared
                && e.ambiguities.shared
                && e.rulebook.shared;
            (held && e.reasons.2 && e.needs_human.2).then_some(Head {
                rule: e.citation.0,
                outcome: e.outcome,
                severity: e.severity,
                lang: e.lang,
                reasons: !e.reasons.0.is_empty(),
                needs_human: !e.needs_human.0.is_empty(),
            })
        }

        /// [`AnswerRef::holding_told`], not generic, so the rules' answers share it.
        #[inline(never)]
        fn hold_told(
            &mut self,
            statics: bool,
            params: bool,
            defer: bool,
            held: Option<&mut dyn crate::api::Holds>,
        ) {
            self.hold(statics, params, defer);
            if let Some(h) = held {
                // Only a reader that notes the large parts can tell a deferred one (its text
                // `null`).
                self.defer_parts = defer && h.spans().is_some();
                self.headless = self.head().is_some_and(|head| h.head(&head));
            }
        }
    }

    impl<D: Serialize> Serialize for AnswerRef<'_, D> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            one_struct(
                s,
                &Headed(&self.envelope),
                self.detail,
                self.envelope.defer_parts,
            )
        }
    }

    impl AnswerRef<'_, dyn crate::json_text::FlatText + '_> {
        /// The answer as JSON text (in ASCII when `ascii`; its large parts noted in `spans` when
        /// given: [`crate::json_text::write_answer`]): the same text as
        /// [`crate::json_text::to_string`] of the view, written by one writer for every rule
        /// (the detail taken as `&dyn FlatText`: [`crate::json_text::write_answer`]) rather
        /// than one per detail type.
        ///
        /// # Errors
        /// As [`crate::json_text::to_string`].
        #[inline]
        pub(crate) fn text(
            &self,
            ascii: bool,
            capacity: usize,
            spans: Option<&mut Vec<u32>>,
        ) -> Result<alloc::string::String, crate::json_text::WriteError> {
            crate::json_text::write_answer(
                &Headed(&self.envelope),
                self.detail,
                self.envelope.defer_parts,
                (ascii, capacity),
                spans,
            )
        }
    }

    /// How many fields [`EnvelopeRef`] has.
    const ENVELOPE_FIELDS: usize = 13;

    /// [`Envelope`], borrowed from the answer (same fields, same order).
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct EnvelopeRef<'a> {
        rule_id: Plain<'static>,
        citation: Citation,
        clause: Part<ClauseRef>,
        outcome: Outcome,
        outcome_label: &'static str,
        severity: crate::severity::Severity,
        reasons: Reasons<'a>,
        needs_human: Reasons<'a>,
        params_used: Part<&'a ParamsUsed>,
        ambiguities: Part<Ids>,
        lang: Lang,
        rulebook: Part<RulebookView>,
        #[serde(skip_serializing_if = "core::ops::Not::not")]
        illustrative: bool,
        /// Written without its head: the reader holds it ([`AnswerRef::holding_told`], [`Headed`]).
        #[serde(skip)]
        headless: bool,
        /// Whether the detail's fields named in [`crate::api::DEFERRED_PARTS`] are written
        /// as deferred parts: the reasons deferred, for a reader that notes large parts
        /// ([`AnswerRef::holding_told`]).
        #[serde(skip)]
        defer_parts: bool,
    }

    /// A static part of an answer (the same in every answer of its rule in its language), or
    /// `null` in its place when the reader holds it already ([`AnswerRef::sharing`]).
    struct Part<T> {
        value: T,
        shared: bool,
    }

    impl<T> Part<T> {
        const fn of(value: T) -> Self {
            Self {
                value,
                shared: false,
            }
        }
    }

    impl<T: Serialize> Serialize for Part<T> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            if self.shared {
                s.serialize_unit()
            } else {
                self.value.serialize(s)
            }
        }
    }

    /// A rule's ambiguities (`AMB-01`, …: ids that need no escape, `ambiguities::tests`).
    struct Ids(&'static [&'static str]);

    impl Serialize for Ids {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.iter().map(|id| Plain(id)))
        }
    }

    /// A rule's citation, written without building the string.
    struct Citation(crate::rules::RuleId);

    impl Serialize for Citation {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            // Put together on the stack (ids are short), not through the formatting machinery.
            let mut text = [0_u8; 64];
            let prefix = crate::rules::CITATION_PREFIX.as_bytes();
            let id = self.0.as_str().as_bytes();
            let whole = prefix.len() + id.len();
            let parts = text
                .get_mut(..whole)
                .and_then(|t| t.split_at_mut_checked(prefix.len()));
            match parts {
                Some((p, i)) => {
                    p.copy_from_slice(prefix);
                    i.copy_from_slice(id);
                    let t = text.get(..whole).unwrap_or_default();
                    Plain(core::str::from_utf8(t).unwrap_or_default()).serialize(s)
                }
                None => s.collect_str(&format_args!(
                    "{}{}",
                    crate::rules::CITATION_PREFIX,
                    self.0.as_str()
                )),
            }
        }
    }

    /// Reasons in one language, as [`ReasonView`]s; `null` in their place when deferred and
    /// not empty ([`AnswerRef::deferring_reasons`]).
    struct Reasons<'a>(&'a [Reason], Lang, bool);

    impl Serialize for Reasons<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            if self.2 && !self.0.is_empty() {
                return s.serialize_unit();
            }
            s.collect_seq(self.0.iter().map(|r| ReasonRef {
                code: Plain(r.code.as_str()),
                rule_id: Plain(r.rule_id.as_str()),
                citation: Citation(r.rule_id),
                message: Message(r, self.1),
                args: &r.args,
            }))
        }
    }

    /// An answer's `reasons` and `needsHuman` alone, written `[reasons, needsHuman]`: what a
    /// reader that deferred them ([`AnswerRef::deferring_reasons`]) asks for when they are
    /// read. Each the same JSON as in the whole answer.
    pub struct ReasonsRef<'a>(Reasons<'a>, Reasons<'a>);

    impl<'a> ReasonsRef<'a> {
        /// `a`'s reasons in `lang`.
        #[must_use]
        pub fn new<D>(a: &'a Answer<D>, lang: Lang) -> Self {
            Self::of_parts(a.parts(), lang)
        }

        /// The reasons of `parts` in `lang`.
        #[must_use]
        pub fn of_parts(parts: Parts<'a>, lang: Lang) -> Self {
            Self(
                Reasons(parts.reasons, lang, false),
                Reasons(parts.needs_human, lang, false),
            )
        }
    }

    impl Serialize for ReasonsRef<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeTuple;
            let mut t = s.serialize_tuple(2)?;
            t.serialize_element(&self.0)?;
            t.serialize_element(&self.1)?;
            t.end()
        }
    }

    /// [`ReasonView`], borrowed.
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct ReasonRef<'a> {
        code: Plain<'static>,
        rule_id: Plain<'static>,
        citation: Citation,
        message: Message<'a>,
        args: &'a super::Args,
    }

    /// A reason's message, rendered when written.
    struct Message<'a>(&'a Reason, Lang);

    impl Serialize for Message<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            // Built for wasm32 every answer is written in ASCII, where a plain text is looked at
            // as any string (`json_text::Plain`): nothing to gain from checking it.
            #[cfg(target_arch = "wasm32")]
            return s.serialize_str(&self.0.message(self.1));
            // A message whose filled values need no escape is copied as it is (perf: the
            // writer's look at each message was 7 % of an art-18.c answer written as text;
            // callgrind, `prof_eval N art18c-text`).
            #[cfg(not(target_arch = "wasm32"))]
            match self.0.code.render_checked(&self.0.args, self.1) {
                (text, true) => crate::json_text::Plain(&text).serialize(s),
                (text, false) => s.serialize_str(&text),
            }
        }
    }

    impl<'a, D> AnswerRef<'a, D> {
        /// `a` in `lang`.
        #[must_use]
        pub fn new(a: &'a Answer<D>, lang: Lang) -> Self {
            Self::of_parts(a.parts(), &a.detail, lang)
        }
    }

    impl<'a, D: ?Sized> AnswerRef<'a, D> {
        /// The answer of `parts` and `detail` in `lang` ([`AnswerRef::new`] of the answer they
        /// are).
        #[must_use]
        pub fn of_parts(parts: Parts<'a>, detail: &'a D, lang: Lang) -> Self {
            Self {
                envelope: EnvelopeRef::of(parts, lang),
                detail,
            }
        }

        /// The answer with its static parts (`clause`, `ambiguities`, `rulebook`: the same in
        /// every answer of its rule in its language) written as `null`, for a reader that holds
        /// them already and puts them back in their places (the wasm package shares one frozen
        /// copy of each among all its answers). Every other field is written as before, so the
        /// keys keep their order.
        #[must_use]
        pub fn sharing(mut self) -> Self {
            self.envelope.hold(true, false, false);
            self
        }

        /// [`AnswerRef::sharing`] if `statics`, [`AnswerRef::sharing_params`] if `params`,
        /// [`AnswerRef::deferring_reasons`] if `defer`: what a reader holds, in one step.
        #[must_use]
        pub fn holding(mut self, statics: bool, params: bool, defer: bool) -> Self {
            self.envelope.hold(statics, params, defer);
            self
        }

        /// The answer with its `reasons` and `needsHuman` written as `null` when they are not
        /// empty (an empty one is written `[]` as ever), for a reader that gets them only when
        /// they are first read, by asking the same question again (the wasm package: the
        /// reasons, with their messages and facts, are most of an answer's text, and most
        /// callers read the outcome). Every other field is written as before. `null` is never
        /// the value of either otherwise: both are arrays.
        #[must_use]
        pub fn deferring_reasons(mut self) -> Self {
            self.envelope.hold(false, false, true);
            self
        }

        /// The answer with its `paramsUsed` written as `null`, for a reader that holds the same
        /// parameters from an earlier answer of the rule (they depend on the parameters given,
        /// not on the input, for most rules) and puts them back in their place.
        #[must_use]
        pub fn sharing_params(mut self) -> Self {
            self.envelope.hold(false, true, false);
            self
        }
    }

    impl<'a> EnvelopeRef<'a> {
        /// An answer's envelope in `lang`, from its parts: not generic, so one copy serves
        /// every rule's [`AnswerRef::new`].
        #[inline(never)]
        fn of(parts: Parts<'a>, lang: Lang) -> Self {
            let Parts {
                rule_id,
                outcome,
                reasons,
                needs_human,
                params_used,
            } = parts;
            let meta: &RuleMeta = rule_id.meta();
            Self {
                rule_id: Plain(rule_id.as_str()),
                citation: Citation(rule_id),
                clause: Part::of(ClauseRef(ClauseView {
                    number: meta.clause,
                    title: meta.clause_title,
                    quote: meta.quote,
                    rendering: meta.rendering(lang),
                })),
                outcome,
                outcome_label: outcome.label(lang),
                severity: crate::severity::of_answer(rule_id, outcome, reasons, needs_human),
                reasons: Reasons(reasons, lang, false),
                needs_human: Reasons(needs_human, lang, false),
                params_used: Part::of(params_used),
                ambiguities: Part::of(Ids(meta.ambiguities)),
                lang,
                rulebook: Part::of(RulebookView {
                    version: RULEBOOK_VERSION,
                    source_sha256: SOURCE_SHA256,
                }),
                illustrative: crate::illustrative::is_marked(reasons),
                headless: false,
                defer_parts: false,
            }
        }
    }

    impl EnvelopeRef<'_> {
        /// Not generic, so the rules' answers share it (see [`AnswerRef::holding`]).
        #[inline(never)]
        fn hold(&mut self, statics: bool, params: bool, defer: bool) {
            if statics {
                self.clause.shared = true;
                self.ambiguities.shared = true;
                self.rulebook.shared = true;
            }
            if params {
                self.params_used.shared = true;
            }
            if defer {
                self.reasons.2 = true;
                self.needs_human.2 = true;
            }
        }
    }

    impl<D: Clone> AnswerView<D> {
        /// Renders `a` in `lang`: [`AnswerRef`] with its borrowed parts copied.
        #[must_use]
        pub fn new(a: &Answer<D>, lang: Lang) -> Self {
            let r = AnswerRef::new(a, lang).envelope;
            let owned = |reasons: Reasons<'_>| -> Vec<ReasonView> {
                reasons
                    .0
                    .iter()
                    .map(|x| ReasonView::new(x, reasons.1))
                    .collect()
            };
            Self {
                envelope: Envelope {
                    rule_id: r.rule_id.0,
                    citation: r.citation.0.citation(),
                    clause: r.clause.value.0,
                    outcome: r.outcome,
                    outcome_label: r.outcome_label,
                    severity: r.severity,
                    reasons: owned(r.reasons),
                    needs_human: owned(r.needs_human),
                    params_used: r.params_used.value.clone(),
                    ambiguities: r.ambiguities.value.0,
                    lang: r.lang,
                    rulebook: r.rulebook.value,
                    illustrative: r.illustrative,
                },
                detail: a.detail.clone(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Facts, Value};
    use alloc::collections::BTreeMap;
    use alloc::string::String;
    use alloc::vec::Vec;

    /// `Facts` answers as a `BTreeMap` would, whatever the order of insertion (appended at the
    /// end or inserted in place) and with names set twice; `set` builds the same facts as
    /// `insert`.
    #[test]
    fn facts_behave_as_a_sorted_map() {
        let names = ["year", "due", "asOf", "zone", "n", "rank", "zoneName", "a"];
        // Every count from none to all eight names, in eight orders each.
        for len in 0..=names.len() {
            for rot in 0..names.len() {
                let mut facts = Facts::new();
                // The same names given to `set`, which keeps no replaced value.
                let mut set = Facts::new();
                let mut map = BTreeMap::new();
                for (i, name) in names.iter().cycle().skip(rot).take(len).enumerate() {
                    let v = Value::from(i64::try_from(i).unwrap_or(0));
                    set.set(name, v.clone());
                    assert_eq!(facts.insert(name, v.clone()), map.insert(*name, v));
                }
                // Setting a name again replaces its value and keeps one entry.
                if let Some(first) = names.iter().cycle().nth(rot).filter(|_| len > 0) {
                    let v = Value::from(String::from("again"));
                    set.set(first, v.clone());
                    assert_eq!(facts.insert(first, v.clone()), map.insert(*first, v));
                }
                assert_eq!(set, facts, "set and insert, {len} facts from {rot}");
                let got: Vec<_> = facts.iter().collect();
                let want: Vec<_> = map.iter().map(|(k, v)| (*k, v)).collect();
                assert_eq!(got, want, "{len} facts from {rot}");
                assert_eq!(facts.len(), map.len());
                assert_eq!(facts.is_empty(), map.is_empty());
                for name in names.iter().chain(&["absent"]) {
                    assert_eq!(facts.get(name), map.get(name));
                    assert_eq!(facts.contains_key(name), map.contains_key(name));
                }
            }
        }
    }

    /// Two `Facts` holding the same names and values are equal, however they were built.
    #[test]
    fn facts_equal_by_content() {
        let mut a = Facts::new();
        let mut b = Facts::new();
        for (k, v) in [("x", 1_i64), ("b", 2), ("m", 3)] {
            a.set(k, Value::from(v));
        }
        for (k, v) in [("m", 3_i64), ("x", 1), ("b", 2)] {
            b.set(k, Value::from(v));
        }
        assert_eq!(a, b);
        b.set("b", Value::from(4_i64));
        assert_ne!(a, b);
    }

    /// A message is written as serde_json writes it, whether its template and the values filled
    /// in need an escape or not: the answers' writer copies a message that needs none as it is
    /// (`messages::render_checked`), so a value that needs one must be seen.
    #[cfg(feature = "serde")]
    #[test]
    fn messages_are_escaped_where_their_text_needs_it() {
        use super::{view::AnswerRef, Answer, Outcome, Reason};
        use crate::messages::{Lang, ReasonCode};
        use crate::rules::RuleId;
        let rule = RuleId::parse("art-02.b").expect("art-02.b is a rule");
        let named = |zone: &'static str, name: &'static str| {
            Reason::new(ReasonCode::NationalZoneOutsidePrefecturePower, rule)
                .with("zone", zone)
                .with("zoneName", name)
        };
        let answer = Answer {
            rule_id: rule,
            outcome: Outcome::NeedsHuman,
            reasons: alloc::vec![
                named("Z\"1", "名\\称\n\u{1f}"),
                named("Z1", "延吉"),
                // A template that quotes a word between `"` (not plain whatever it is filled with).
                Reason::new(ReasonCode::RewardNoFund, rule),
            ],
            needs_human: alloc::vec![named("Z2", "tab\there")],
            params_used: Facts::new(),
            detail: (),
        };
        for lang in [Lang::Zh, Lang::Ko, Lang::En] {
            let view = AnswerRef::new(&answer, lang);
            let theirs = serde_json::to_string(&view).unwrap_or_default();
            let ours = crate::json_text::to_string(&view, false, 0).unwrap_or_default();
            assert_eq!(ours, theirs, "{lang:?}");
            let ascii = crate::json_text::to_string(&view, true, 0).unwrap_or_default();
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&ascii).ok(),
                serde_json::from_str(&theirs).ok(),
                "{lang:?} in ASCII"
            );
            let read: serde_json::Value = serde_json::from_str(&ours).unwrap_or_default();
            let message = |at: &str| {
                read.pointer(at)
                    .and_then(serde_json::Value::as_str)
                    .map(String::from)
                    .unwrap_or_default()
            };
            assert!(
                message("/reasons/0/message").contains("名\\称\n\u{1f}"),
                "{read}"
            );
            assert!(message("/reasons/0/message").contains("Z\"1"), "{read}");
            assert!(message("/reasons/1/message").contains("延吉"), "{read}");
            assert!(
                message("/needsHuman/0/message").contains("tab\there"),
                "{read}"
            );
            if lang == Lang::En {
                assert!(message("/reasons/2/message").contains("\"may\""), "{read}");
            }
        }
    }

    /// A date, a static name and an owned text are equal when they read the same.
    #[test]
    fn text_forms_compare_by_what_they_read() {
        let d = chrono::NaiveDate::from_ymd_opt(2019, 12, 1).unwrap_or_default();
        assert_eq!(Value::from(d), Value::from("2019-12-01"));
        assert_eq!(
            Value::from("2019-12-01"),
            Value::from(String::from("2019-12-01"))
        );
        assert_ne!(Value::from(d), Value::from("2019-12-02"));
        assert_eq!(alloc::format!("{}", Value::from(d)), "2019-12-01");
    }
}
