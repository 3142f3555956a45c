//! WebAssembly bindings of `devzone-rules`: the npm package `devzone-rules`.
//!
//! Thin by design: convert the JS value to JSON data, call the core's JSON boundary
//! (`devzone_rules::api`), convert the answer back to a plain JS object. Only this crate knows
//! `JsValue`. Errors are thrown as JS `Error`s carrying `code`, `path` and `help`; nothing here
//! can trap, so the module keeps working after an error.

use devzone_rules::api;
use devzone_rules::error::{Error, ErrorCode};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = r#"
/** Rule ids that `evaluate` computes. */
export type RuleId = "art-16.b" | "art-18.c";

/** The input each rule takes. */
export interface RuleInputs {
  "art-16.b": JointMeetingsInput;
  "art-18.c": ImplMeasuresInput;
}

/** The rule-specific fields each rule adds to its answer. */
export interface RuleDetails {
  "art-16.b": JointMeetingsDetail;
  "art-18.c": ImplMeasuresDetail;
}

/** An answer: the common envelope and the rule's own fields. */
export type AnswerView<D> = Envelope & D;

/** The answer envelope of rule `R`: outcome, reasons, citation, parameters used, and its own fields. */
export type AnswerOf<R extends RuleId> = AnswerView<RuleDetails[R]>;

/** What every thrown error carries besides its message. */
export interface DevzoneError extends Error {
  name: "DevzoneError";
  /** Stable code. */
  code: ErrorCode;
  /** Field path from the call's root, e.g. `input.meetings[1].date`; empty when none. */
  path: string;
  /** How to fix it, when there is something useful to say. */
  help?: string;
}

/**
 * Evaluates one rule. Returns the answer envelope as a plain object.
 * @throws {DevzoneError} for bad input or options; the module keeps working afterwards.
 */
export function evaluate<R extends RuleId>(ruleId: R, input: RuleInputs[R], options?: Options): AnswerOf<R>;

/** art-18.c: implementation measures within 6 months of issuance. */
export function implMeasuresDeadline(input: ImplMeasuresInput, options?: Options): AnswerOf<"art-18.c">;

/** art-16.b: at least 2 joint work meetings a year. */
export function jointMeetings(input: JointMeetingsInput, options?: Options): AnswerOf<"art-16.b">;

/** The rulebook version and the SHA-256 of the source text. */
export function rulebook(): RulebookView;
"#;

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(&Error::new(ErrorCode::InvalidInput, "", e.to_string())))
}

fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("DevzoneError");
    let obj: &JsValue = err.as_ref();
    // `Reflect::set` on a fresh Error object cannot fail; ignoring its result keeps this total.
    let _ = js_sys::Reflect::set(obj, &"code".into(), &e.code.as_str().into());
    let _ = js_sys::Reflect::set(obj, &"path".into(), &e.path.as_str().into());
    if let Some(help) = &e.help {
        let _ = js_sys::Reflect::set(obj, &"help".into(), &help.as_str().into());
    }
    err.into()
}

/// Reads a JS value as JSON data. `undefined` becomes `null`.
fn from_js(value: JsValue, root: &str, code: ErrorCode) -> Result<serde_json::Value, JsValue> {
    if value.is_undefined() {
        return Ok(serde_json::Value::Null);
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        let message = e.to_string();
        let message = message.strip_prefix("Error: ").unwrap_or(&message);
        js_error(&Error::new(
            code,
            root,
            format!("cannot be read as JSON data: {message}"),
        ))
    })
}

/// `evaluate(ruleId, input, { lang, params })`: the generic entry point.
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn evaluate(rule_id: &str, input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let input = from_js(input, "input", ErrorCode::InvalidInput)?;
    let options = from_js(options, "options", ErrorCode::InvalidOptions)?;
    let answer = api::evaluate(rule_id, &input, &options).map_err(|e| js_error(&e))?;
    to_js(&answer)
}

/// art-18.c, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = implMeasuresDeadline, skip_typescript)]
pub fn impl_measures_deadline(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate("art-18.c", input, options)
}

/// art-16.b, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = jointMeetings, skip_typescript)]
pub fn joint_meetings(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate("art-16.b", input, options)
}

/// The rulebook version and source hash.
///
/// # Errors
/// Never in practice (serialising two strings).
#[wasm_bindgen(skip_typescript)]
pub fn rulebook() -> Result<JsValue, JsValue> {
    to_js(&devzone_rules::answer::view::RulebookView {
        version: devzone_rules::rules::RULEBOOK_VERSION,
        source_sha256: devzone_rules::rules::SOURCE_SHA256,
    })
}
