//! `api::evaluate` per rule on structure-aware inputs: a rule is chosen from the bytes, then its
//! input is generated from the rule's JSON Schema (devzone-testgen: dates, amounts, ids that
//! cross-reference, now and then a value the schema forbids), with options generated from the
//! options schema (languages and parameter overrides). Both answer paths must agree.
#![no_main]

use arbitrary::Unstructured;
use devzone_fuzz::{evaluate_both, schema, POOLS, RULES};
use devzone_testgen::Gen;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(rule) = u.choose(&RULES) else { return };
    let rule = *rule;
    let mischief = u.ratio(1, 4).unwrap_or(false);
    let input = Gen::new(schema(rule), &POOLS, &mut u, mischief).value();
    let options = if u.ratio(1, 3).unwrap_or(false) {
        Gen::new(schema("options"), &POOLS, &mut u, mischief).value()
    } else {
        let lang = *u.choose(&["zh", "ko", "en"]).unwrap_or(&"en");
        serde_json::json!({ "lang": lang })
    };
    let _ = Value::Null;
    evaluate_both(rule, &input, &options);
});
