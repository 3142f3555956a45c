//! Benchmark of the compliance report (`api::report`: decode the register, validate it, every
//! zone summary, art-02.c per county, every duty, sort, group, render in one language) on the
//! example register and on a synthetic register of 1,000 zones × 10 assessment years; and the
//! page of 50 findings a portal asks of a loaded register (issue 12's measure of the report) for
//! 100, 1,000 and 10,000 zones.
//!
//! Run: `cargo bench -p devzone-rules --all-features --bench report -- --warm-up-time 1 --measurement-time 5`
//! The same synthetic register is built by `tests/bench/report.bench.mjs` for the wasm figure.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::cast_possible_wrap,
    reason = "benchmark set-up: a bad fixture must stop the run loudly"
)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use devzone_rules::api;
use serde_json::{json, Value};

const COUNTIES: [&str; 8] = [
    "CTY.YANJI",
    "CTY.TUMEN",
    "CTY.DUNHUA",
    "CTY.HUNCHUN",
    "CTY.LONGJING",
    "CTY.HELONG",
    "CTY.WANGQING",
    "CTY.ANTU",
];

/// `zones` zones over the 8 counties (every third national, the rest provincial), `years`
/// assessment years from 2020 with ranks spread over a ranking of `zones` zones, published in
/// September of the next year, and two Leading Group meetings a year.
pub fn synthetic_register(zones: usize, years: i32) -> Value {
    let counties: Vec<Value> = COUNTIES
        .iter()
        .map(|c| json!({ "id": c, "nameZh": c, "kind": "CITY" }))
        .collect();
    let zone_list: Vec<Value> = (0..zones)
        .map(|i| {
            json!({
                "id": format!("Z{i:04}"),
                "nameZh": format!("合成开发区{i}"),
                "level": if i % 3 == 0 { "NATIONAL" } else { "PROVINCIAL" },
                "type": "ECON_DEV_ZONE",
                "countyId": COUNTIES[i % 8],
                "status": "ACTIVE",
                "managingAuthority": "COUNTY",
                "leadingIndustry": "装备制造",
                "mainIndustries": ["现代物流"],
            })
        })
        .collect();
    let n = zones as i64;
    let mut assessments = Vec::new();
    for year in 2020..2020 + years {
        for i in 0..zones as i64 {
            assessments.push(json!({
                "zoneId": format!("Z{i:04}"),
                "year": year,
                "rank": (i * 7 + i64::from(year) * 13) % n + 1,
                "populationSize": n,
                "publishedDate": format!("{}-09-15", year + 1),
            }));
        }
    }
    let meetings: Vec<Value> = (2020..2020 + years)
        .flat_map(|y| [format!("{y}-03-15"), format!("{y}-10-15")])
        .map(|d| json!({ "date": d }))
        .collect();
    json!({
        "issueDate": "2019-06-01",
        "counties": counties,
        "zones": zone_list,
        "assessments": assessments,
        "meetings": meetings,
    })
}

fn bench(c: &mut Criterion) {
    let example: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../examples/yanbian-register.json"
        ))
        .expect("example register"),
    )
    .expect("example register JSON");
    let options = json!({ "lang": "en" });
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    let input = json!({ "register": example, "asOf": "2023-06-30" });
    let r = api::report(&input, &options).expect("example report");
    assert!(
        r["counts"]["total"].as_u64().expect("count") > 300,
        "the example report is not empty"
    );
    group.bench_function("example register (15 zones)", |b| {
        b.iter(|| api::report(black_box(&input), black_box(&options)))
    });
    // The cost grows linearly in zones x years: 100, 1,000 and 10,000 zones over 10 years.
    for zones in [100, 1000, 10_000] {
        let input = json!({ "register": synthetic_register(zones, 10), "asOf": "2030-10-01" });
        let r = api::report(&input, &options).expect("synthetic report");
        assert!(r["findings"].as_array().expect("findings").len() > zones * 10);
        group.bench_function(
            format!("synthetic register ({zones} zones x 10 years)"),
            |b| b.iter(|| api::report(black_box(&input), black_box(&options))),
        );
    }
    // Issue 12's measure of the report: the page a portal asks for (the counts, groups and order
    // of every finding, 50 of them rendered) of a register loaded once, as text.
    let page = json!({ "lang": "en", "limit": 50 });
    let question = json!({ "asOf": "2030-10-01" });
    for zones in [100, 1000, 10_000] {
        let loaded = api::LoadedRegister::load(&synthetic_register(zones, 10)).expect("register");
        let text = loaded.report_text(&question, &page).expect("page");
        assert!(text.contains("\"page\""), "a page");
        group.bench_function(
            format!("page of 50, loaded register ({zones} zones x 10 years)"),
            |b| b.iter(|| loaded.report_text(black_box(&question), black_box(&page))),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
