//! Profiling aid: the report of a synthetic register of N zones × 10 years (`cargo run --release
//! --example prof_report --features serde -- 1000 [RUNS] [OPTIONS_JSON] [loaded]`, e.g.
//! `'{"lang":"en","limit":50}'` for a page), built as `benches/report.rs` builds it: stateless
//! (`api::report_text`), or with `loaded` asked of the register loaded once before the runs
//! (`LoadedRegister::report_text`). Prints the time of each call. Not a benchmark (see
//! `benches/`).
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
    let register = bench::synthetic_register(zones, 10);
    let loaded = (std::env::args().nth(4).as_deref() == Some("loaded"))
        .then(|| devzone_rules::api::LoadedRegister::load(&register).expect("register"));
    let question = serde_json::json!({ "asOf": "2030-10-01" });
    let input = serde_json::json!({ "register": register, "asOf": "2030-10-01" });
    let options: serde_json::Value = std::env::args().nth(3).map_or_else(
        || serde_json::json!({ "lang": "en" }),
        |a| serde_json::from_str(&a).expect("options"),
    );
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let r = match &loaded {
            Some(reg) => reg.report_text(&question, &options),
            None => devzone_rules::api::report_text(&input, &options),
        }
        .expect("report");
        println!(
            "{zones} zones: {:.1} ms, {} bytes",
            start.elapsed().as_secs_f64() * 1e3,
            r.len()
        );
    }
}
