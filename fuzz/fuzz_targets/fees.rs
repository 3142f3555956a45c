//! The fee calculator (`api::fees`, art-11.f and art-11.g) on structure-aware construction
//! projects. Checked: every line has 0 ≤ payable ≤ base and relief + payable = base, and the
//! totals add the lines exactly (integer fen, through the core's own parser).
#![no_main]

use arbitrary::Unstructured;
use devzone_fuzz::{check_error, schema, POOLS};
use devzone_rules::api;
use devzone_rules::money::Money;
use devzone_testgen::Gen;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn money(v: &Value) -> Money {
    v.as_str()
        .and_then(|s| Money::parse(s).ok())
        .expect("amounts are strings of yuan")
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let mischief = u.ratio(1, 4).unwrap_or(false);
    let input = Gen::new(schema("fees"), &POOLS, &mut u, mischief).value();
    let params = if u.ratio(1, 2).unwrap_or(false) {
        Gen::new(schema("params"), &POOLS, &mut u, mischief).value()
    } else {
        Value::Object(serde_json::Map::new())
    };
    let options = serde_json::json!({ "lang": "en", "params": params });
    let calc = match api::fees(&input, &options) {
        Ok(c) => c,
        Err(e) => return check_error(&e),
    };
    let mut sums = [0i64; 3];
    for line in calc["lines"].as_array().expect("lines") {
        let [base, relief, payable] = ["base", "relief", "payable"].map(|k| money(&line[k]).fen());
        assert!(0 <= payable && payable <= base, "{line}");
        assert_eq!(relief + payable, base, "{line}");
        for (s, x) in sums.iter_mut().zip([base, relief, payable]) {
            *s += x;
        }
    }
    let totals = &calc["totals"];
    assert_eq!(
        ["base", "relief", "payable"].map(|k| money(&totals[k]).fen()),
        sums,
        "totals add the lines"
    );
});
