//! Issue 12: the report by pages (`offset`, `limit`). A page renders only its findings and the
//! lines that start on them; everything else (counts, groups, totals, the lines' and groups'
//! indices) is the whole report's. Pages put together are the whole report.
#![cfg(feature = "serde")]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "test helpers")]

use devzone_rules::api;
use serde_json::{json, Value};

fn register() -> Value {
    serde_json::from_str(include_str!("../../examples/yanbian-register.json")).unwrap()
}

fn report(as_of: &str, options: &Value) -> Value {
    api::report(&json!({ "register": register(), "asOf": as_of }), options).unwrap()
}

fn with(options: &Value, extra: &Value) -> Value {
    let mut o = options.clone();
    for (k, v) in extra.as_object().unwrap() {
        o[k] = v.clone();
    }
    o
}

/// Every key but the paged ones is the whole report's, and the pages' findings and lines, put
/// together in order, are the whole report's.
fn pages_make_the_whole(as_of: &str, options: &Value, limit: usize) {
    let whole = report(as_of, options);
    let total = whole["findings"].as_array().unwrap().len();
    assert!(total > 0, "{as_of} {options}: a report with findings");
    let (mut findings, mut lines) = (Vec::new(), Vec::new());
    let mut offset = 0;
    let mut pages = 0;
    loop {
        let page = report(
            as_of,
            &with(options, &json!({ "offset": offset, "limit": limit })),
        );
        let meta = &page["page"];
        assert_eq!(meta["offset"], offset, "{as_of} {options} limit {limit}");
        assert_eq!(meta["total"], total);
        let count = page["findings"].as_array().unwrap().len();
        assert_eq!(meta["count"], count);
        assert_eq!(count, limit.min(total - offset));
        for key in whole.as_object().unwrap().keys() {
            if !["findings", "lines"].contains(&key.as_str()) {
                assert_eq!(
                    page[key], whole[key],
                    "{as_of} {options}: `{key}` on a page"
                );
            }
        }
        for line in page["lines"].as_array().unwrap() {
            let first = line["findings"][0].as_u64().unwrap();
            assert!((offset..offset + count).contains(&usize::try_from(first).unwrap()));
        }
        findings.extend(page["findings"].as_array().unwrap().iter().cloned());
        lines.extend(page["lines"].as_array().unwrap().iter().cloned());
        pages += 1;
        match meta["next"].as_u64() {
            Some(next) => {
                assert_eq!(usize::try_from(next).unwrap(), offset + count);
                offset = usize::try_from(next).unwrap();
            }
            None => {
                assert_eq!(offset + count, total, "the last page ends the report");
                break;
            }
        }
    }
    assert_eq!(pages, total.div_ceil(limit));
    assert_eq!(Value::Array(findings), whole["findings"]);
    assert_eq!(Value::Array(lines), whole["lines"]);
}

#[test]
fn pages_put_together_are_the_whole_report() {
    pages_make_the_whole("2023-06-30", &json!({ "lang": "en" }), 1);
    for (as_of, lang) in [
        ("2023-06-30", "en"),
        ("2021-07-01", "zh"),
        ("2026-01-01", "ko"),
    ] {
        for limit in [7, 50, 10_000] {
            pages_make_the_whole(as_of, &json!({ "lang": lang }), limit);
        }
    }
}

#[test]
fn a_filtered_report_pages_over_what_the_filter_keeps() {
    let options = json!({ "lang": "en", "severity": "REVIEW" });
    pages_make_the_whole("2023-06-30", &options, 3);
    let whole = report("2023-06-30", &options);
    let page = report("2023-06-30", &with(&options, &json!({ "limit": 2 })));
    assert_eq!(
        page["page"]["total"],
        whole["findings"].as_array().unwrap().len()
    );
    assert_eq!(page["filter"], whole["filter"]);
}

#[test]
fn limit_zero_is_the_counts_and_groups_alone() {
    let whole = report("2023-06-30", &json!({ "lang": "en" }));
    let bare = report("2023-06-30", &json!({ "lang": "en", "limit": 0 }));
    assert_eq!(bare["findings"], json!([]));
    assert_eq!(bare["lines"], json!([]));
    assert_eq!(
        bare["page"],
        json!({ "offset": 0, "count": 0, "total": whole["findings"].as_array().unwrap().len() })
    );
    for key in ["counts", "zones", "counties", "agencies", "notes", "filter"] {
        assert_eq!(bare[key], whole[key], "`{key}`");
    }
}

#[test]
fn an_offset_past_the_end_is_an_empty_last_page() {
    let whole = report("2023-06-30", &json!({ "lang": "en" }));
    let total = whole["findings"].as_array().unwrap().len();
    for offset in [total, total + 1, 4_000_000_000] {
        let page = report("2023-06-30", &json!({ "offset": offset }));
        assert_eq!(page["findings"], json!([]));
        assert_eq!(page["lines"], json!([]));
        assert_eq!(
            page["page"],
            json!({ "offset": offset, "count": 0, "total": total })
        );
    }
    // An offset alone pages to the end.
    let tail = report("2023-06-30", &json!({ "lang": "en", "offset": total - 1 }));
    assert_eq!(tail["findings"], json!([whole["findings"][total - 1]]));
    assert_eq!(tail["page"]["next"], Value::Null);
}

#[test]
fn without_paging_options_the_report_has_no_page() {
    let whole = report("2023-06-30", &json!({ "lang": "en" }));
    assert!(whole.get("page").is_none());
}

#[test]
fn bad_paging_options_are_refused_naming_the_field() {
    let input = json!({ "register": register(), "asOf": "2023-06-30" });
    for (options, path) in [
        (json!({ "limit": -1 }), "options.limit"),
        (json!({ "limit": "50" }), "options.limit"),
        (json!({ "limit": 1.5 }), "options.limit"),
        (json!({ "offset": -3 }), "options.offset"),
        (json!({ "offset": 5_000_000_000_u64 }), "options.offset"),
        (json!({ "page": 2 }), "options.page"),
    ] {
        let e = api::report(&input, &options).unwrap_err();
        assert_eq!(e.path, path, "{options}");
        assert_eq!(e.code.as_str(), "INVALID_OPTIONS", "{options}");
    }
}

/// A loaded register pages alike.
#[test]
fn a_loaded_register_pages_alike() {
    let loaded = api::LoadedRegister::load(&register()).unwrap();
    let options = json!({ "lang": "ko", "offset": 3, "limit": 4 });
    let asked = loaded
        .report(&json!({ "asOf": "2023-06-30" }), &options)
        .unwrap();
    assert_eq!(asked, report("2023-06-30", &options));
}

/// Issue 12: the report's text with its groups' findings apart (`api::report_split`, the wasm
/// package's path): each group's `findings` written `[]`, the numbers in the order of the zones',
/// counties' and agencies' groups. Put back, they make `report_text`'s report, for the whole
/// report, a page and a filtered report, stateless and loaded.
#[test]
fn report_split_puts_back_to_the_report_text() {
    let cases = [
        ("2023-06-30", json!({ "lang": "en" })),
        (
            "2026-12-01",
            json!({ "lang": "ko", "offset": 5, "limit": 7 }),
        ),
        ("2025-01-01", json!({ "lang": "zh", "severity": "REVIEW" })),
    ];
    let loaded = api::LoadedRegister::load(&register()).unwrap();
    let mut groups_seen = 0;
    for (as_of, options) in &cases {
        let input = json!({ "register": register(), "asOf": as_of });
        let question = json!({ "asOf": as_of });
        let text = api::report_text(&input, options).unwrap();
        for parts in [
            api::report_split(&input, options).unwrap(),
            loaded.report_split(&question, options).unwrap(),
        ] {
            let mut v: Value = serde_json::from_str(&parts.text).unwrap();
            let (mut at, mut j) = (0_usize, 0_usize);
            for key in ["zones", "counties", "agencies"] {
                for g in v[key].as_array_mut().unwrap() {
                    assert_eq!(g["findings"], json!([]), "{as_of} {options}: {key}");
                    let n = usize::try_from(parts.sizes[j]).unwrap();
                    g["findings"] = json!(parts.findings[at..at + n]);
                    at += n;
                    j += 1;
                    groups_seen += 1;
                }
            }
            assert_eq!((at, j), (parts.findings.len(), parts.sizes.len()));
            let whole: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(v, whole, "{as_of} {options}");
        }
    }
    assert!(groups_seen > 10, "{groups_seen} groups");
}
