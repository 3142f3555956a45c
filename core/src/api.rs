//! The JSON boundary: one generic entry point, `evaluate(rule_id, input, options)`, shared by the
//! wasm package, the CLI and the test-vector runners, so every surface decodes, validates and
//! answers identically.
//!
//! Inputs use camelCase fields and reject unknown ones; a decoding error names the field path
//! (`input.meetings[1].date`) and what was expected.

use alloc::format;
use alloc::string::{String, ToString};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answer::view::AnswerView;
use crate::error::{Error, ErrorCode};
use crate::messages::Lang;
use crate::params::Params;
use crate::register::ValidRegister;
use crate::rules::{art11_land as a11, Computed, ComputedVisitor, RuleId, RULES};

/// Per-call options: the language of the messages and any parameter overrides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    default,
    expecting = "an options object such as `{\"lang\": \"en\"}`"
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Options {
    /// Language of messages and labels: `zh` (default), `en` or `ko`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub lang: Lang,
    /// Parameter overrides; anything not given keeps its documented default.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub params: Params,
}

impl Options {
    /// Decodes options from JSON; `null` means the defaults.
    ///
    /// # Errors
    /// `INVALID_OPTIONS` naming the field path.
    pub fn from_value(options: &Value) -> Result<Self, Error> {
        if options.is_null() {
            return Ok(Self::default());
        }
        decode(options, "options", ErrorCode::InvalidOptions)
    }
}

/// Decodes `value` into `T`, reporting the path of the first bad field under `root`.
fn decode<T: DeserializeOwned>(value: &Value, root: &str, code: ErrorCode) -> Result<T, Error> {
    crate::limits::check(value, root, code)?;
    let track = crate::strict::Track::default();
    let decoded = T::deserialize(crate::strict::Strict::root(value, &track));
    decoded.map_err(|e| {
        let path = match track.path() {
            None => root.to_string(),
            Some(p) if p.starts_with('[') => format!("{root}{p}"),
            Some(p) => format!("{root}.{p}"),
        };
        Error::new(code, path, shorter_unknown_field(e.to_string()))
    })
}

/// Renders an answer view as JSON. The views hold only strings, numbers, booleans, arrays and
/// string-keyed maps, so this cannot fail in practice; an error keeps the boundary total.
fn to_json<T: Serialize>(view: &T) -> Result<Value, Error> {
    serde_json::to_value(view).map_err(|e| Error::new(ErrorCode::InvalidInput, "", e.to_string()))
}

/// serde lists every expected field after an unknown one; past a dozen that list hides the
/// point, so it becomes the nearest field name (by edit distance) when one is close.
fn shorter_unknown_field(message: String) -> String {
    const LIST: &str = "`, expected one of `";
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message;
    };
    let Some((field, list)) = rest.split_once(LIST) else {
        return message;
    };
    let names: alloc::vec::Vec<&str> = list.trim_end_matches('`').split("`, `").collect();
    if names.len() <= 12 {
        return message;
    }
    let prefixed = names
        .iter()
        .find(|n| n.starts_with(field) && !field.is_empty());
    let nearest = prefixed
        .map(|n| (0, *n))
        .or_else(|| names.iter().map(|n| (edit_distance(field, n), *n)).min())
        .filter(|(d, _)| *d <= (field.chars().count() / 3).max(1));
    match nearest {
        Some((_, name)) => format!("unknown field `{field}`: did you mean `{name}`?"),
        None => format!(
            "unknown field `{field}`: not one of the {} documented fields",
            names.len()
        ),
    }
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: alloc::vec::Vec<char> = b.chars().collect();
    let mut row: alloc::vec::Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let here = (diagonal + usize::from(ca != *cb))
                .min(up + 1)
                .min(left + 1);
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = here;
            }
            left = here;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

/// Decodes the input of rule `T`, evaluates it and renders the answer.
struct RunJson<'a> {
    input: &'a Value,
    options: &'a Options,
}

impl ComputedVisitor for RunJson<'_> {
    type Out = Result<Value, Error>;

    fn visit<T: Computed>(self) -> Self::Out {
        let input: T::Input = decode(self.input, "input", ErrorCode::InvalidInput)?;
        let answer = T::eval(input, &self.options.params)?;
        to_json(&AnswerView::new(&answer, self.options.lang))
    }
}

/// [`RunJson`], answering JSON text written straight from the answer view (no JSON tree; the
/// view's own field order).
struct RunText<'a> {
    input: &'a Value,
    options: &'a Options,
}

impl ComputedVisitor for RunText<'_> {
    type Out = Result<alloc::string::String, Error>;

    fn visit<T: Computed>(self) -> Self::Out {
        let input: T::Input = decode(self.input, "input", ErrorCode::InvalidInput)?;
        let answer = T::eval(input, &self.options.params)?;
        serde_json::to_string(&AnswerView::new(&answer, self.options.lang))
            .map_err(|e| Error::new(ErrorCode::InvalidInput, "", e.to_string()))
    }
}

/// Evaluates one rule on JSON input and returns the answer envelope as JSON.
///
/// # Errors
/// `UNKNOWN_RULE` for an id that is not computable here, `INVALID_INPUT` / `INVALID_OPTIONS`
/// naming the bad field, `OUT_OF_RANGE` for dates beyond the calendar.
///
/// ```
/// let answer = devzone_rules::api::evaluate(
///     "art-18.c",
///     &serde_json::json!({"issueDate": "2019-06-01", "asOf": "2019-12-02"}),
///     &serde_json::json!({"lang": "en"}),
/// ).unwrap();
/// assert_eq!(answer["outcome"], "OVERDUE");
/// assert_eq!(answer["due"], "2019-12-01");
/// ```
pub fn evaluate(rule_id: &str, input: &Value, options: &Value) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    evaluate_with(rule_id, input, &options)
}

/// [`evaluate`] with options already decoded.
///
/// # Errors
/// As [`evaluate`].
pub fn evaluate_with(rule_id: &str, input: &Value, options: &Options) -> Result<Value, Error> {
    let rule = RuleId::parse(rule_id).ok_or_else(|| unknown_rule(rule_id))?;
    crate::rules::visit_computed(rule, RunJson { input, options })
        .unwrap_or_else(|| Err(not_evaluable(rule)))
}

/// [`evaluate`] on JSON text, answering JSON text: the shape a CLI or a foreign-language binding
/// wants.
///
/// # Errors
/// As [`evaluate`], plus `INVALID_INPUT` / `INVALID_OPTIONS` for text that is not JSON.
pub fn evaluate_json_str(rule_id: &str, input: &str, options: &str) -> Result<String, Error> {
    let parse = crate::limits::parse_json;
    let input = parse(input, "input", ErrorCode::InvalidInput)?;
    let options = if options.trim().is_empty() {
        Value::Null
    } else {
        parse(options, "options", ErrorCode::InvalidOptions)?
    };
    evaluate_to_text(rule_id, &input, &options)
}

/// [`evaluate`], answering JSON text written straight from the answer (no JSON tree in
/// between: what the wasm boundary uses). The same answer as [`evaluate`]; its keys in the
/// answer's own order rather than sorted.
///
/// # Errors
/// As [`evaluate`].
pub fn evaluate_to_text(rule_id: &str, input: &Value, options: &Value) -> Result<String, Error> {
    let options = Options::from_value(options)?;
    let rule = RuleId::parse(rule_id).ok_or_else(|| unknown_rule(rule_id))?;
    crate::rules::visit_computed(
        rule,
        RunText {
            input,
            options: &options,
        },
    )
    .unwrap_or_else(|| Err(not_evaluable(rule)))
}

fn evaluable_list() -> String {
    let ids: alloc::vec::Vec<&str> = crate::rules::evaluable().map(RuleId::as_str).collect();
    ids.join(", ")
}

fn unknown_rule(rule_id: &str) -> Error {
    // An id is a dozen characters; a longer text is not echoed whole (it may be megabytes).
    let shown: String = rule_id.chars().take(64).collect();
    let more = if shown.len() < rule_id.len() {
        "…"
    } else {
        ""
    };
    Error::new(
        ErrorCode::UnknownRule,
        "ruleId",
        format!("unknown rule `{shown}{more}`"),
    )
    .with_help(format!("rules that can be evaluated: {}", evaluable_list()))
}

fn not_evaluable(rule: RuleId) -> Error {
    let meta = rule.meta();
    let why = meta
        .evaluation
        .reason(Lang::En)
        .unwrap_or("an obligation with no computable condition, tracked as an open item");
    Error::new(
        ErrorCode::NotEvaluable,
        "ruleId",
        format!(
            "rule `{}` is in the rulebook but has no function ({}): {why}",
            meta.id,
            meta.evaluation.as_str()
        ),
    )
    .with_help(format!("rules that can be evaluated: {}", evaluable_list()))
}

/// One rule of the rulebook, as `devzone rules --json` and the JS `rules()` list it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct RuleView {
    /// Stable id.
    pub id: &'static str,
    /// `YB-DZ-OPINIONS/<id>`.
    pub citation: String,
    /// Short English title.
    pub title: &'static str,
    /// Clause number as printed (empty for the preamble).
    pub clause: &'static str,
    /// Clause title as printed.
    pub clause_title: &'static str,
    /// Kinds, the primary first.
    #[cfg_attr(feature = "wasm", tsify(type = "Kind[]"))]
    pub kinds: &'static [crate::rules::Kind],
    /// Normative strength.
    #[cfg_attr(feature = "wasm", tsify(type = "Strength"))]
    pub strength: crate::rules::Strength,
    /// Bearers, with their names: for a duty, who owes it (see `owedBy`).
    pub bearers: alloc::vec::Vec<ActorView>,
    /// Where a duty's bearers come from: `WORDS` (the rule's own words name them; the first is
    /// the lead), `CLAUSE_LIST` (no subject in the words: units of the clause's 责任单位 list,
    /// the first-listed prefecture agency the presumed lead, AMB-29) or `NOBODY` (not a duty, or
    /// only encouraged, aspirational or not computable: never listed as owed).
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "\"WORDS\" | \"CLAUSE_LIST\" | \"NOBODY\"")
    )]
    pub owed_by: &'static str,
    /// The parsed 责任单位 list of the rule's clause (empty for (十八) and the preamble).
    pub responsible_units: alloc::vec::Vec<ActorView>,
    /// The exact Chinese text.
    pub quote: &'static str,
    /// Further fragments of the text, where quoted in parts.
    pub extra_quotes: &'static [&'static str],
    /// English rendering.
    pub en: &'static str,
    /// Korean rendering.
    pub ko: &'static str,
    /// `FUNCTION`, `OPEN_ITEM`, `NOT_COMPUTABLE` or `PLANNED`.
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "\"FUNCTION\" | \"OPEN_ITEM\" | \"NOT_COMPUTABLE\" | \"PLANNED\"")
    )]
    pub evaluation: &'static str,
    /// Why it is not computed, or what it still needs, in zh, ko and en (the Chinese quotes the
    /// source's words where the reason is about them).
    pub evaluation_note: Option<TextView>,
    /// Ambiguity-register entries.
    pub ambiguities: &'static [&'static str],
}

/// A text in the three languages.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct TextView {
    /// Chinese.
    pub zh: &'static str,
    /// Korean.
    pub ko: &'static str,
    /// English.
    pub en: &'static str,
}

impl From<crate::words::Label> for TextView {
    fn from(l: crate::words::Label) -> Self {
        Self {
            zh: l.zh,
            ko: l.ko,
            en: l.en,
        }
    }
}

/// An agency or actor with its names.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ActorView {
    /// Code.
    pub code: &'static str,
    /// Chinese name.
    pub zh: &'static str,
    /// Korean name.
    pub ko: &'static str,
    /// English name.
    pub en: &'static str,
}

fn actor_view(code: &'static str) -> ActorView {
    match crate::agencies::actor(code) {
        Some(a) => ActorView {
            code: a.code,
            zh: a.zh,
            ko: a.ko,
            en: a.en,
        },
        None => ActorView {
            code,
            zh: "",
            ko: "",
            en: "",
        },
    }
}

impl RuleView {
    /// The view of one rule.
    #[must_use]
    pub fn new(rule: RuleId) -> Self {
        let m = rule.meta();
        Self {
            id: m.id,
            citation: rule.citation(),
            title: m.title,
            clause: m.clause,
            clause_title: m.clause_title,
            kinds: m.kinds,
            strength: m.strength,
            bearers: m.bearers.iter().map(|b| actor_view(b)).collect(),
            owed_by: m.owed_by.as_str(),
            responsible_units: m
                .clause_number()
                .map(crate::agencies::responsible_units)
                .unwrap_or_default()
                .iter()
                .map(|b| actor_view(b))
                .collect(),
            quote: m.quote,
            extra_quotes: m.extra_quotes,
            en: m.en,
            ko: m.ko,
            evaluation: m.evaluation.as_str(),
            evaluation_note: m.evaluation.why().map(TextView::from),
            ambiguities: m.ambiguities,
        }
    }
}

/// Every rule of the rulebook, in catalog order.
#[must_use]
pub fn rules() -> alloc::vec::Vec<RuleView> {
    RULES.iter().map(|r| RuleView::new(*r)).collect()
}

/// The zone summary on JSON input, rendered as JSON.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field.
pub fn zone_summary(input: &Value, options: &Value) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    let input: crate::summary::ZoneSummaryInput = decode(input, "input", ErrorCode::InvalidInput)?;
    let reg = ValidRegister::new(input.register, "input.register")?;
    crate::limits::reach(*reg.issue_date, input.as_of.get(), "input.asOf")?;
    let zone = reg.zone_at(&input.zone_id, "input.zoneId")?;
    let summary = crate::summary::zone_summary(&reg, zone, input.as_of.get(), &options.params)?;
    to_json(&crate::summary::view::ZoneSummaryView::new(
        &summary,
        options.lang,
    ))
}

/// The compliance report of a whole register (`{ register, asOf }`), rendered as JSON: every
/// finding by severity then date, grouped per zone, county and agency, with counts.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field.
pub fn report(input: &Value, options: &Value) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    let input: crate::report::ReportInput = decode(input, "input", ErrorCode::InvalidInput)?;
    let reg = ValidRegister::new(input.register, "input.register")?;
    crate::limits::reach(*reg.issue_date, input.as_of.get(), "input.asOf")?;
    let r = crate::report::report(&reg, input.as_of.get(), &options.params)?;
    to_json(&crate::report::view::ReportView::new(
        &r,
        &reg,
        options.lang,
    ))
}

/// The obligations of every bearer, or of one (`{ register, asOf, agency?, withinDays? }`):
/// each duty with its due date and status, what is overdue and what is due within `withinDays`.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field; `INVALID_INPUT` at `input.agency`
/// for a code that bears no duty.
pub fn obligations(input: &Value, options: &Value) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    let input: crate::report::ObligationsInput = decode(input, "input", ErrorCode::InvalidInput)?;
    let reg = ValidRegister::new(input.register, "input.register")?;
    crate::limits::reach(*reg.issue_date, *input.as_of, "input.asOf")?;
    let until = input
        .as_of
        .checked_add_days(chrono::Days::new(u64::from(input.within_days)));
    if let Some(until) = until {
        crate::limits::reach(*reg.issue_date, until, "input.withinDays")?;
    }
    let all = crate::report::obligations(
        &reg,
        *input.as_of,
        input.within_days,
        input.agency.as_deref(),
        &options.params,
    )?;
    to_json(&crate::report::view::ObligationsView::new(
        &all,
        &reg,
        *input.as_of,
        input.within_days,
        options.lang,
    ))
}

/// The calendar's input, its register checked, and its events.
struct CalendarOut {
    reg: ValidRegister,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    as_of: chrono::NaiveDate,
    events: alloc::vec::Vec<crate::calendar::CalendarEvent>,
}

fn calendar_events(input: &Value, options: &Options) -> Result<CalendarOut, Error> {
    let input: crate::report::CalendarInput = decode(input, "input", ErrorCode::InvalidInput)?;
    let as_of = input.as_of.unwrap_or(input.from).get();
    let (from, to) = (input.from.get(), input.to.get());
    let reg = ValidRegister::new(input.register, "input.register")?;
    crate::limits::reach(*reg.issue_date, as_of, "input.asOf")?;
    crate::limits::reach(*reg.issue_date, to, "input.to")?;
    let events = crate::calendar::calendar(&reg, (from, to), as_of, &options.params)?;
    Ok(CalendarOut {
        reg,
        from,
        to,
        as_of,
        events,
    })
}

/// The calendar (`{ register, from, to, asOf? }`): every dated duty and deadline between the two
/// dates, rendered as JSON.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field.
pub fn calendar(input: &Value, options: &Value) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    let c = calendar_events(input, &options)?;
    to_json(&crate::report::view::CalendarView::new(
        &c.events,
        &c.reg,
        (c.from, c.to),
        c.as_of,
        options.lang,
    ))
}

/// The same calendar as iCalendar (RFC 5545) text; DTSTAMP is `asOf` (or `from`).
///
/// # Errors
/// As [`calendar`].
pub fn calendar_ics(input: &Value, options: &Value) -> Result<String, Error> {
    let options = Options::from_value(options)?;
    let c = calendar_events(input, &options)?;
    Ok(crate::calendar::to_ics(&c.events, c.as_of, options.lang))
}

/// The fee calculator on JSON input (a construction project, the input of art-11.f and
/// art-11.g), rendered as JSON: every line (component, fee, rule, base, relief, payable, the
/// reasons), subtotals per fee and totals.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field; `OUT_OF_RANGE` when a total exceeds
/// the money limit.
///
/// ```
/// let calc = devzone_rules::api::fees(
///     &serde_json::json!({
///         "enterprise": {"inZone": true},
///         "components": [
///             {"id": "A", "kind": "REBUILD", "isTechnicalRenovation": false, "baseInfraFee": "100000.00"},
///             {"id": "B", "kind": "NEW", "baseInfraFee": "400000.00"}
///         ]
///     }),
///     &serde_json::json!({"lang": "en"}),
/// ).unwrap();
/// assert_eq!(calc["totals"]["payable"], "300000.00");
/// assert_eq!(calc["lines"][1]["treatment"], "HALVED");
/// ```
pub fn fees(input: &Value, options: &Value) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    let input: a11::ConstructionInput = decode(input, "input", ErrorCode::InvalidInput)?;
    let calc = crate::fees::fee_calculation(&input, &options.params)?;
    to_json(&crate::fees::view::FeeCalculationView::new(
        &calc,
        options.lang,
    ))
}

/// An answer (the JSON of [`evaluate`]) explained in words by [`crate::text::answer`]: in
/// `lang` when it is given (`"zh"`, `"ko"` or `"en"`), else in the answer's own language. What the
/// CLI prints for `devzone eval --format text`, the npm package's `explain`.
///
/// # Errors
/// `INVALID_INPUT` when `answer` is not an object; `INVALID_OPTIONS` (path `lang`) for a language
/// that is none of the three.
///
/// ```
/// let answer = devzone_rules::api::evaluate(
///     "art-18.c",
///     &serde_json::json!({"issueDate": "2019-06-01", "asOf": "2019-12-10"}),
///     &serde_json::json!({"lang": "en"}),
/// ).unwrap();
/// let text = devzone_rules::api::explain(&answer, &serde_json::json!("zh")).unwrap();
/// assert!(text.starts_with("art-18.c · 逾期未完成(OVERDUE)"));
/// ```
pub fn explain(answer: &Value, lang: &Value) -> Result<String, Error> {
    crate::limits::check(answer, "answer", ErrorCode::InvalidInput)?;
    if !answer.is_object() {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "answer",
            "expected an answer object, as `evaluate` returns it",
        ));
    }
    let lang = match lang {
        Value::Null => answer
            .get("lang")
            .and_then(Value::as_str)
            .and_then(|l| l.parse().ok())
            .unwrap_or_default(),
        other => decode::<Lang>(other, "lang", ErrorCode::InvalidOptions)?,
    };
    Ok(crate::text::answer(answer, lang))
}

/// Every word a front end needs to show answers in `lang` as the CLI does: the phrases
/// (`phrases.REASONS`, …), the labels of the answers' fields (`fields.due`, …) and of every
/// stable name the views carry (`enums.Outcome.OVERDUE`, `enums.Action.EXPAND`,
/// `enums.Severity.VIOLATION`, …). `lang` is `"zh"`, `"ko"` or `"en"`.
///
/// # Errors
/// `INVALID_OPTIONS` (path `lang`) for another language.
///
/// ```
/// let words = devzone_rules::api::labels(&serde_json::json!("ko")).unwrap();
/// assert_eq!(words["enums"]["Action"]["EXPAND"], "구역 확장");
/// assert_eq!(words["fields"]["due"], "기한");
/// ```
pub fn labels(lang: &Value) -> Result<Value, Error> {
    let lang: Lang = decode(lang, "lang", ErrorCode::InvalidOptions)?;
    use crate::words::Stable;
    fn names<E: Stable>(lang: Lang, enums: &mut serde_json::Map<String, Value>) {
        enums.insert(E::TYPE_NAME.to_string(), table(E::TABLE, lang));
    }
    fn table(t: crate::words::Table, lang: Lang) -> Value {
        let mut map = serde_json::Map::new();
        for (i, name) in t.names.iter().enumerate() {
            map.insert((*name).to_string(), Value::from(t.label(i).pick(lang)));
        }
        Value::Object(map)
    }
    let mut enums = serde_json::Map::new();
    names::<crate::answer::Outcome>(lang, &mut enums);
    names::<crate::severity::Severity>(lang, &mut enums);
    names::<crate::summary::Action>(lang, &mut enums);
    names::<crate::summary::PermissionStatus>(lang, &mut enums);
    names::<crate::duties::DutyStatus>(lang, &mut enums);
    names::<crate::duties::Role>(lang, &mut enums);
    names::<crate::calendar::EventKind>(lang, &mut enums);
    names::<crate::register::ZoneStatus>(lang, &mut enums);
    let phrases = table(<crate::words::Phrase as Stable>::TABLE, lang);
    let mut fields = serde_json::Map::new();
    for f in crate::text::fields::FIELDS {
        fields.insert(f.name.to_string(), Value::from(f.label.pick(lang)));
    }
    Ok(serde_json::json!({
        "lang": lang.as_str(),
        "phrases": phrases,
        "fields": Value::Object(fields),
        "enums": Value::Object(enums),
    }))
}
