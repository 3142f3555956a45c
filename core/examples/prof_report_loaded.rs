//! Profiling aid: a page of the report of a register loaded once (`LoadedRegister::report_text`),
//! the synthetic register of N zones × 10 years (`cargo run --release --example
//! prof_report_loaded --features serde -- 1000 [RUNS] [OPTIONS_JSON]`). Prints the time of each
//! call after the load. Not a benchmark (see `benches/`).
#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::cast_possible_wrap,
    missing_docs,
    reason = "profiling set-up: a bad fixture must stop the run loudly"
)]

#[path = "../benches/report.rs"]
#[allow(dead_code, reason = "only the synthetic register is used")]
mod bench;

fn main() {
    let zones: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let options: serde_json::Value = std::env::args().nth(3).map_or_else(
        || serde_json::json!({ "lang": "en", "limit": 50 }),
        |a| serde_json::from_str(&a).expect("options"),
    );
    let reg = devzone_rules::api::LoadedRegister::load(&bench::synthetic_register(zones, 10))
        .expect("register");
    let question = serde_json::json!({ "asOf": "2030-10-01" });
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let r = reg.report_text(&question, &options).expect("report");
        println!(
            "{zones} zones: {:.1} ms, {} bytes",
            start.elapsed().as_secs_f64() * 1e3,
            r.len()
        );
    }
}
