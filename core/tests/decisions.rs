//! The allocation-free typed decisions (issue 12) against the answers they are the short form
//! of, on every vector of their rule: for each case `tests/vectors/<rule>.json` answers, the
//! decision has the answer's outcome and detail, `needs_human()` says whether the answer's
//! `needsHuman` has anything, and its codes are the answer's reason codes and then its
//! `needsHuman` codes, in order. The answers themselves are held to the vectors by
//! `tests/vectors.rs`; so a decision is held to them too.
//!
//! Run: `cargo test -p devzone-rules --all-features --test decisions`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test: a broken vector file must fail loudly"
)]

use devzone_rules::api::Options;
use devzone_rules::messages::ReasonCode;
use devzone_rules::rules::art18_coordination::{
    impl_measures_deadline, impl_measures_decision, ImplMeasuresInput,
};
use serde_json::Value;

fn cases(rule: &str) -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/");
    let text = std::fs::read_to_string(format!("{path}{rule}.json")).unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    file["cases"].as_array().unwrap().clone()
}

#[test]
fn art_18_c_decision_is_its_answer_short() {
    let mut compared = 0;
    for case in cases("art-18.c") {
        let id = case["id"].as_str().unwrap();
        // Inputs the boundary refuses are not typed inputs (their vectors hold the errors).
        let Ok(input) = serde_json::from_value::<ImplMeasuresInput>(case["input"].clone()) else {
            continue;
        };
        let options = match case.get("options") {
            Some(o) => match serde_json::from_value::<Options>(o.clone()) {
                Ok(o) => o,
                Err(_) => continue,
            },
            None => Options::default(),
        };
        let params = &options.params;
        let (decision, answer) = match (
            impl_measures_decision(&input, params),
            impl_measures_deadline(&input, params),
        ) {
            (Ok(d), Ok(a)) => (d, a),
            (Err(d), Err(a)) => {
                assert_eq!(d, a, "{id}: the same error");
                continue;
            }
            (d, a) => panic!("{id}: decision {d:?}, answer {a:?}"),
        };
        assert_eq!(decision.outcome, answer.outcome, "{id}");
        assert_eq!(decision.detail, answer.detail, "{id}");
        assert_eq!(decision, impl_measures_decision(&input, params).unwrap());
        assert_eq!(decision.answer(params), answer, "{id}");
        assert_eq!(
            decision.needs_human(),
            !answer.needs_human.is_empty(),
            "{id}"
        );
        let codes: Vec<ReasonCode> = decision.codes().into_iter().flatten().collect();
        let said: Vec<ReasonCode> = answer
            .reasons
            .iter()
            .chain(&answer.needs_human)
            .map(|r| r.code)
            .collect();
        assert_eq!(codes, said, "{id}");
        compared += 1;
    }
    // Most of the file's cases are answers (the rest are refused inputs).
    assert!(compared >= 80, "only {compared} cases compared");
}
