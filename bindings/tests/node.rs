//! The wasm bindings in Node (`wasm-pack test --mode no-install --node bindings`): one smoke
//! test. What every rule and function answers in wasm is the test contract
//! (`tests/node/vectors.test.mjs`: every vector case, in every language, deep-equal to the native
//! snapshot); what JavaScript alone can pass (NaN, BigInt, Map, Date, Proxy, cycles) is
//! `tests/node/errors.test.mjs`. Here: the module built by wasm-bindgen-test answers with a plain
//! object equal to the core's JSON answer, throws a `DevzoneError` carrying the core's code, path
//! and message, and answers again afterwards.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test code: a failed expectation is a test failure"
)]
#![allow(
    clippy::useless_conversion,
    reason = "`\"art-18.c\".into()` compiles whether `evaluate` takes the rule id as `&str` or as `JsValue`"
)]

use devzone_rules_wasm::evaluate;
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A JS value from JSON text.
fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or_else(|e| panic!("bad test JSON {text}: {e:?}"))
}

/// A JS value as JSON data.
fn to_json(v: &JsValue) -> serde_json::Value {
    let text: String = JSON::stringify(v).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

fn core(input: &str, options: &str) -> Result<serde_json::Value, devzone_rules::Error> {
    devzone_rules::api::evaluate(
        "art-18.c",
        &serde_json::from_str::<serde_json::Value>(input).unwrap(),
        &serde_json::from_str::<serde_json::Value>(options).unwrap(),
    )
}

#[wasm_bindgen_test]
fn answers_throws_and_answers_again_in_node() {
    let (input, options) = (
        r#"{"issueDate":"2019-06-01","asOf":"2019-12-02"}"#,
        r#"{"lang":"en"}"#,
    );
    let answer = evaluate("art-18.c".into(), js(input), js(options)).unwrap();
    assert_eq!(
        JsValue::from(Object::get_prototype_of(&answer)),
        JsValue::from(Object::get_prototype_of(&Object::new())),
        "a plain object"
    );
    assert_eq!(to_json(&answer), core(input, options).unwrap());

    let bad = r#"{"issueDate":"2019-02-30","asOf":"2019-12-02"}"#;
    let thrown = evaluate("art-18.c".into(), js(bad), JsValue::UNDEFINED).unwrap_err();
    let expected = core(bad, "null").unwrap_err();
    let err: js_sys::Error = thrown.clone().dyn_into().unwrap();
    assert_eq!(String::from(err.name()), "DevzoneError");
    // No options: the error is in Chinese, `path: message`.
    let zh = devzone_rules::Lang::Zh;
    assert_eq!(
        String::from(err.message()),
        format!("{}: {}", expected.path, expected.message(zh))
    );
    let field = |k: &str| {
        Reflect::get(&thrown, &JsValue::from_str(k))
            .unwrap()
            .as_string()
    };
    assert_eq!(field("code").as_deref(), Some(expected.code.as_str()));
    assert_eq!(field("path"), Some(expected.path));

    let again = evaluate("art-18.c".into(), js(input), js(options)).unwrap();
    assert_eq!(to_json(&again), core(input, options).unwrap());
}
