//! The register entry points on raw JSON text: `report`, `obligations`, `calendar`,
//! `calendarIcs` and `zoneSummary` (the register decoder and its cross-reference validation
//! behind each), and for the report, the obligations and the zone summary the same question
//! asked of the register loaded once (`api::LoadedRegister`), which must answer alike. Bytes: a
//! selector byte, then the input as JSON text.
#![no_main]

use devzone_rules::api;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some((which, text)) = data.split_first() else {
        return;
    };
    let Ok(input) = serde_json::from_slice::<Value>(text) else {
        return;
    };
    let lang = ["zh", "ko", "en"][usize::from(*which) % 3];
    let options = serde_json::json!({ "lang": lang });
    let f = match which % 5 {
        0 => api::report,
        1 => api::obligations,
        2 => api::calendar,
        3 => api::zone_summary,
        _ => {
            if let Err(e) = api::calendar_ics(&input, &options) {
                devzone_fuzz::check_error(&e);
            }
            return;
        }
    };
    let stateless = f(&input, &options);
    if let Err(e) = &stateless {
        devzone_fuzz::check_error(e);
    }
    match which % 5 {
        0 => devzone_fuzz::same_when_loaded(&stateless, &input, |r, q| r.report(q, &options)),
        1 => devzone_fuzz::same_when_loaded(&stateless, &input, |r, q| r.obligations(q, &options)),
        3 => devzone_fuzz::same_when_loaded(&stateless, &input, |r, q| r.zone_summary(q, &options)),
        _ => {}
    }
});
