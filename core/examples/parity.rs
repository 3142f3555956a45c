//! The native half of `cargo xtask parity`: generates `--cases N` inputs from a seed
//! (devzone-testgen, from the JSON Schemas: every computed rule through `evaluate`, and the
//! register entry points `report`, `obligations`, `calendar`, `calendarIcs`, `zoneSummary`, plus
//! `fees`), answers each natively and writes one JSON line per case to standard output:
//! `{"case", "call", "rule", "input", "options", "answer"}` where `answer` is the answer's compact
//! JSON text (keys sorted, as serde_json writes a `Value`) or `{"error": {code, path, message}}`.
//! `tests/parity/check.mjs` answers the same inputs with the npm package and compares the texts
//! byte for byte.
//!
//! Run: `cargo run -q -p devzone-rules --all-features --example parity -- --cases 2000 [--seed S]`

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a generator run by CI: a broken schema or vector file must stop it loudly"
)]

use std::io::Write as _;

use arbitrary::Unstructured;
use devzone_rules::api;
use devzone_testgen::{bytes_from_seed, inputs_in, mutate, vector_cases, Gen, Pools};
use serde_json::{json, Value};

/// The register entry points and the fee calculator, by the name their input schema has.
const CALLS: [(&str, &str); 6] = [
    ("report", "report"),
    ("obligations", "obligations"),
    ("calendar", "calendar"),
    ("calendarIcs", "calendar"),
    ("zoneSummary", "zone-summary"),
    ("fees", "fees"),
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let flag = |name: &str, default: u64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(default, |v| v.parse().expect("a whole number"))
    };
    let cases = flag("--cases", 2000);
    let seed = flag("--seed", 13);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut examples = inputs_in(&root.join("tests/vectors"));
    examples.extend(inputs_in(&root.join("examples")));
    let pools = Pools::harvest(examples.iter());
    let rules: Vec<&str> = devzone_rules::rules::evaluable()
        .map(devzone_rules::RuleId::as_str)
        .collect();
    let schema = |name: &str| devzone_rules::schema::schema(name).expect("a schema");
    let rule_schemas: Vec<Value> = rules.iter().map(|r| schema(r)).collect();
    let call_schemas: Vec<Value> = CALLS.iter().map(|(_, s)| schema(s)).collect();
    let options_schema = schema("options");
    // The report's options add its filters and paging.
    let report_options_schema = schema("report-options");
    let vectors = vector_cases(&root);
    let seeds_of = |what: &str| -> Vec<&(String, Value, Value)> {
        let what = if what == "calendarIcs" {
            "calendar"
        } else {
            what
        };
        vectors.iter().filter(|(w, _, _)| w == what).collect()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for case in 0..cases {
        let bytes = bytes_from_seed(seed.wrapping_mul(0x1_0000_0001).wrapping_add(case), 4096);
        let mut u = Unstructured::new(&bytes);
        // Two cases in three evaluate a rule; the rest call the register entry points and fees.
        let pick = u
            .int_in_range(0..=rules.len() + rules.len() / 2)
            .unwrap_or(0);
        let mischief = u.ratio(1, 5).unwrap_or(false);
        let (call, rule, doc) = if pick < rules.len() {
            ("evaluate", Some(rules[pick]), &rule_schemas[pick])
        } else {
            let i = pick % CALLS.len();
            (CALLS[i].0, None, &call_schemas[i])
        };
        // Half the cases start from a vector's input of the same rule or call, changed in a few
        // places (mostly still valid, so the rules' logic answers); the rest are generated
        // from the schema (mostly refused somewhere, so the error paths are compared too).
        let seeds = seeds_of(rule.unwrap_or(call));
        let from_vector = !seeds.is_empty() && u.ratio(1, 2).unwrap_or(false);
        let mut input = if from_vector {
            let (_, seed, _) = u.choose(&seeds).copied().expect("non-empty");
            let mut v = seed.clone();
            let n = u.int_in_range(0..=3).unwrap_or(1);
            mutate(&mut v, &pools, &mut u, n);
            v
        } else {
            Gen::new(doc, &pools, &mut u, mischief).value()
        };
        let mut options = if u.ratio(1, 3).unwrap_or(false) {
            let options_doc = if call == "report" {
                &report_options_schema
            } else {
                &options_schema
            };
            Gen::new(options_doc, &pools, &mut u, mischief).value()
        } else {
            json!({ "lang": *u.choose(&["zh", "ko", "en"]).unwrap_or(&"en") })
        };
        js_representable(&mut input);
        js_representable(&mut options);
        let answer = match call {
            "evaluate" => api::evaluate(rule.unwrap_or(""), &input, &options),
            "report" => api::report(&input, &options),
            "obligations" => api::obligations(&input, &options),
            "calendar" => api::calendar(&input, &options),
            "calendarIcs" => api::calendar_ics(&input, &options).map(Value::String),
            "zoneSummary" => api::zone_summary(&input, &options),
            _ => api::fees(&input, &options),
        };
        let answer = match answer {
            Ok(v) => json!({ "ok": serde_json::to_string(&v).unwrap() }),
            Err(e) => {
                json!({ "error": { "code": e.code.as_str(), "path": e.path, "message": e.message(api::error_lang(&options)) } })
            }
        };
        let line = json!({
            "case": case, "call": call, "rule": rule, "input": input, "options": options,
            "answer": answer,
        });
        writeln!(out, "{line}").expect("stdout");
    }
    out.flush().expect("stdout");
}

/// Numbers as JavaScript holds them: a whole number beyond ±2^53 becomes 2^53 − 1 (JS holds no
/// other whole number exactly), and a float with a whole value within ±2^53 becomes that integer
/// (JS cannot tell `3.0` from `3`), so the package is handed the same input.
fn js_representable(v: &mut Value) {
    const MAX_SAFE: i64 = (1 << 53) - 1;
    const MAX_SAFE_F: f64 = 9_007_199_254_740_991.0;
    match v {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|_| n.is_f64()) {
                if f.fract() == 0.0 && f.abs() <= MAX_SAFE_F {
                    #[allow(clippy::cast_possible_truncation, reason = "whole and within ±2^53")]
                    let whole = f as i64;
                    *v = Value::from(whole);
                }
            } else if n.as_f64().is_some_and(|f| f.abs() > MAX_SAFE_F) {
                *v = Value::from(MAX_SAFE);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(js_representable),
        Value::Object(map) => map.values_mut().for_each(js_representable),
        _ => {}
    }
}
