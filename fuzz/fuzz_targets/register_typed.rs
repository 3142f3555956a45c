//! The register entry points on structure-aware registers generated from the schemas of their
//! inputs (`report`, `obligations`, `calendar`, `zone-summary`): decoder, validator, zone
//! summaries, duties, the report and the calendar. The report, the obligations and the zone
//! summary answer as JSON text (the form the CLI and the wasm package use; `register_raw` fuzzes
//! their `Value` forms), which must parse; a third of the reports are asked by pages (`offset`,
//! `limit`: the page's count, total, next offset and lines are checked). Checked on every answer: the report's counts
//! equal its findings per severity; the iCalendar export has as many VEVENTs as the calendar
//! has events, each SUMMARY unescapes to its event's title, and its folding is RFC 5545's.
#![no_main]

use arbitrary::Unstructured;
use devzone_fuzz::{register_call, schema, unescape, unfold, POOLS};
use devzone_rules::api;
use devzone_testgen::Gen;
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;
use serde::Deserialize;

/// What the report check reads of a report (the rest of the text is parsed and skipped).
#[derive(Deserialize)]
struct Report {
    counts: Counts,
    page: Option<Page>,
    findings: Vec<Finding>,
    lines: Vec<Line>,
}

#[derive(Deserialize)]
struct Counts {
    violation: u64,
    warning: u64,
    review: u64,
    info: u64,
    total: u64,
}

#[derive(Deserialize)]
struct Page {
    offset: u64,
    count: u64,
    total: u64,
    next: Option<u64>,
}

#[derive(Deserialize)]
struct Line {
    findings: Vec<u64>,
}

#[derive(Deserialize)]
struct Finding {
    severity: String,
}

fn check_report(r: &Report) {
    if let Some(p) = &r.page {
        // A page: its findings and the lines that start on them; the counts stay the whole's.
        assert_eq!(p.count, r.findings.len() as u64, "page count");
        assert_eq!(p.total, r.counts.total, "page total = counts total");
        assert!(
            p.count == 0 || p.offset + p.count <= p.total,
            "page within the report"
        );
        assert_eq!(
            p.next,
            (p.count > 0 && p.offset + p.count < p.total).then_some(p.offset + p.count),
            "next page"
        );
        for l in &r.lines {
            let first = l.findings.first().copied().expect("a line has findings");
            assert!(
                first >= p.offset && first < p.offset + p.count,
                "line on the page"
            );
        }
        return;
    }
    for (sev, count) in [
        ("VIOLATION", r.counts.violation),
        ("WARNING", r.counts.warning),
        ("REVIEW", r.counts.review),
        ("INFO", r.counts.info),
    ] {
        let n = r.findings.iter().filter(|f| f.severity == sev).count();
        assert_eq!(count, n as u64, "report count {sev}");
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let which = u.int_in_range(0u8..=3).unwrap_or(0);
    let name = ["report", "obligations", "calendar", "zone-summary"][usize::from(which)];
    let mischief = u.ratio(1, 4).unwrap_or(false);
    let input = Gen::new(schema(name), &POOLS, &mut u, mischief).value();
    let lang = *u.choose(&["zh", "ko", "en"]).unwrap_or(&"en");
    let mut options = serde_json::json!({ "lang": lang });
    match name {
        "report" => {
            // A third of the reports by pages.
            if u.ratio(1, 3).unwrap_or(false) {
                options["offset"] = u.int_in_range(0u32..=60).unwrap_or(0).into();
                options["limit"] = u.int_in_range(0u32..=25).unwrap_or(0).into();
            }
            if let Some(text) = register_call(|i, o| api::report_text(i, o), &input, &options) {
                let r: Report = serde_json::from_str(&text).expect("a report is JSON");
                check_report(&r);
            }
        }
        "obligations" => {
            if let Some(text) = register_call(|i, o| api::obligations_text(i, o), &input, &options)
            {
                serde_json::from_str::<IgnoredAny>(&text).expect("obligations are JSON");
            }
        }
        "calendar" => {
            let Some(c) = register_call(|i, o| api::calendar(i, o), &input, &options) else {
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
            if let Some(text) = register_call(|i, o| api::zone_summary_text(i, o), &input, &options)
            {
                serde_json::from_str::<IgnoredAny>(&text).expect("a zone summary is JSON");
            }
        }
    }
});
