//! The register entry points on structure-aware registers generated from the schemas of their
//! inputs (`report`, `obligations`, `calendar`, `zone-summary`): decoder, validator, zone
//! summaries, duties, the report and the calendar. Checked on every answer: the report's counts
//! equal its findings per severity; the iCalendar export has as many VEVENTs as the calendar
//! has events, each SUMMARY unescapes to its event's title, and its folding is RFC 5545's.
#![no_main]

use arbitrary::Unstructured;
use devzone_fuzz::{register_call, schema, unescape, unfold, POOLS};
use devzone_rules::api;
use devzone_testgen::Gen;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn check_report(r: &Value) {
    let findings = r["findings"].as_array().expect("findings");
    for sev in ["VIOLATION", "WARNING", "REVIEW", "INFO"] {
        let n = findings.iter().filter(|f| f["severity"] == sev).count();
        let key = sev.to_ascii_lowercase();
        assert_eq!(
            r["counts"][&key].as_u64(),
            Some(n as u64),
            "report count {key}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let which = u.int_in_range(0u8..=3).unwrap_or(0);
    let name = ["report", "obligations", "calendar", "zone-summary"][usize::from(which)];
    let mischief = u.ratio(1, 4).unwrap_or(false);
    let input = Gen::new(schema(name), &POOLS, &mut u, mischief).value();
    let lang = *u.choose(&["zh", "ko", "en"]).unwrap_or(&"en");
    let options = serde_json::json!({ "lang": lang });
    match name {
        "report" => {
            if let Some(r) = register_call(api::report, &input, &options) {
                check_report(&r);
            }
        }
        "obligations" => {
            register_call(api::obligations, &input, &options);
        }
        "calendar" => {
            let Some(c) = register_call(api::calendar, &input, &options) else {
                return;
            };
            let events = c["events"].as_array().expect("events");
            let ics = api::calendar_ics(&input, &options).expect("a calendar exports");
            let lines = unfold(&ics);
            let begins = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
            assert_eq!(begins, events.len(), "VEVENTs = events");
            let summaries: Vec<String> = lines
                .iter()
                .filter_map(|l| l.strip_prefix("SUMMARY:"))
                .map(unescape)
                .collect();
            for (s, e) in summaries.iter().zip(events) {
                assert_eq!(
                    Some(s.as_str()),
                    e["title"].as_str().map(|t| t.replace('\r', "")).as_deref()
                );
            }
        }
        _ => {
            register_call(api::zone_summary, &input, &options);
        }
    }
});
