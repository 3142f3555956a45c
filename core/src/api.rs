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
use crate::answer::Answer;
use crate::error::{Error, ErrorCode};
use crate::messages::Lang;
use crate::params::Params;
use crate::rules::{art16_organisation, art18_coordination, RuleId, RULES};

/// Per-call options: the language of the messages and any parameter overrides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    default,
    expecting = "an options object such as `{\"lang\": \"en\"}`"
)]
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
    serde_path_to_error::deserialize(crate::strict::Strict(value)).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." {
            root.to_string()
        } else {
            format!("{root}.{path}")
        };
        Error::new(code, path, e.into_inner().to_string())
    })
}

fn run<I, D>(
    input: &Value,
    options: &Options,
    f: fn(&I, &Params) -> Result<Answer<D>, Error>,
) -> Result<Value, Error>
where
    I: DeserializeOwned,
    D: Serialize + Clone,
{
    let input: I = decode(input, "input", ErrorCode::InvalidInput)?;
    let answer = f(&input, &options.params)?;
    serde_json::to_value(AnswerView::new(&answer, options.lang))
        .map_err(|e| Error::new(ErrorCode::InvalidInput, "", e.to_string()))
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
    match rule.as_str() {
        "art-16.b" => run(input, options, art16_organisation::joint_meetings),
        "art-18.c" => run(input, options, art18_coordination::impl_measures_deadline),
        _ => Err(unknown_rule(rule_id)),
    }
}

/// [`evaluate`] on JSON text, answering JSON text: the shape a CLI or a foreign-language binding
/// wants.
///
/// # Errors
/// As [`evaluate`], plus `INVALID_INPUT` / `INVALID_OPTIONS` for text that is not JSON.
pub fn evaluate_json_str(rule_id: &str, input: &str, options: &str) -> Result<String, Error> {
    let parse = |text: &str, root: &str, code| {
        serde_json::from_str::<Value>(text)
            .map_err(|e| Error::new(code, root, format!("not valid JSON: {e}")))
    };
    let input = parse(input, "input", ErrorCode::InvalidInput)?;
    let options = if options.trim().is_empty() {
        Value::Null
    } else {
        parse(options, "options", ErrorCode::InvalidOptions)?
    };
    let answer = evaluate(rule_id, &input, &options)?;
    serde_json::to_string(&answer).map_err(|e| Error::new(ErrorCode::InvalidInput, "", e.to_string()))
}

fn unknown_rule(rule_id: &str) -> Error {
    let known: alloc::vec::Vec<&str> = RULES.iter().map(|r| r.as_str()).collect();
    Error::new(
        ErrorCode::UnknownRule,
        "ruleId",
        format!("unknown rule `{rule_id}`"),
    )
    .with_help(format!("rules that can be evaluated: {}", known.join(", ")))
}
