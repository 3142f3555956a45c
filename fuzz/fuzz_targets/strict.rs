//! The strict deserializer (`core/src/strict.rs`, behind every `decode`) on JSON values of any
//! shape, not only the schema's: arrays where objects belong, floats and huge integers where
//! whole numbers belong, odd keys, nesting. Each value is decoded as the input of a rule chosen
//! from the bytes, as options, as an answer to explain, and as a language.
#![no_main]

use arbitrary::Unstructured;
use devzone_fuzz::{check_error, evaluate_both, RULES};
use devzone_rules::api;
use devzone_testgen::arbitrary_json;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(rule) = u.choose(&RULES) else { return };
    let rule = *rule;
    let input = arbitrary_json(&mut u, 8);
    let options = arbitrary_json(&mut u, 4);
    evaluate_both(rule, &input, &Value::Null);
    evaluate_both(rule, &Value::Null, &options);
    if let Err(e) = api::explain(&input, &options) {
        check_error(&e);
    }
    if let Err(e) = api::labels(&options) {
        check_error(&e);
    }
});
