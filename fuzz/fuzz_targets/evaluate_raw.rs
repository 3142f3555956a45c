//! `api::evaluate` on raw bytes: `rule-id NUL options-json NUL input-json`. A rule id that is
//! not one of the evaluable rules is first tried as given (it must be refused with a clear
//! error), then mapped onto an evaluable rule, so every mutation still reaches a rule. The input
//! text also goes through `evaluate_json_str`, the text boundary the CLI uses, and an input
//! holding a register is also asked of that register loaded once (`api::LoadedRegister`), which
//! must answer alike.
#![no_main]

use devzone_fuzz::{check_error, evaluate_both, split_raw, RULES};
use devzone_rules::api;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (rule, options, input) = split_raw(data);
    let rule = String::from_utf8_lossy(rule);
    let rule: &str = if RULES.contains(&rule.as_ref()) {
        RULES
            .iter()
            .find(|r| **r == rule)
            .copied()
            .unwrap_or("art-18.c")
    } else {
        if let Err(e) = api::evaluate(&rule, &Value::Null, &Value::Null) {
            check_error(&e);
        } else {
            panic!("`{rule}` is not a rule, yet it was evaluated");
        }
        let h = rule.bytes().fold(0usize, |h, b| {
            h.wrapping_mul(31).wrapping_add(usize::from(b))
        });
        RULES[h % RULES.len()]
    };
    let options_text = String::from_utf8_lossy(options);
    let input_text = String::from_utf8_lossy(input);
    match api::evaluate_json_str(rule, &input_text, &options_text) {
        Ok(text) => {
            serde_json::from_str::<Value>(&text).expect("the answer is JSON");
        }
        Err(e) => check_error(&e),
    }
    if let Ok(input) = serde_json::from_str::<Value>(&input_text) {
        let options = serde_json::from_str::<Value>(&options_text).unwrap_or(Value::Null);
        evaluate_both(rule, &input, &options);
        let stateless = api::evaluate(rule, &input, &options);
        devzone_fuzz::same_when_loaded(&stateless, &input, |r, q| r.evaluate(rule, q, &options));
    }
});
