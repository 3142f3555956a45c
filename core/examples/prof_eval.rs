//! Profiling aid: one decision through the JSON API, many times (`cargo run --release --example
//! prof_eval --features serde -- N [MODE]`). MODE: `art14d` (the default: art-14.d on a one-zone
//! register, `api::evaluate_to_text`), `art18c` (art-18.c, `api::evaluate_to_text`) or
//! `art18c-value` (art-18.c, `api::evaluate`, the answer as a `serde_json::Value`: criterion's
//! `json/api_evaluate/art-18.c`) or `art18c-text` (art-18.c, `api::evaluate_json_str`: JSON text
//! in, JSON text out, criterion's `json/api_evaluate/art-18.c, text in and out`). Not a benchmark
//! (see `benches/`).
use serde_json::json;

fn main() {
    let art14d = json!({ "register": { "issueDate": "2019-06-01", "zones": [{ "id": "Z0001", "nameZh": "合成开发区1", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }], "assessments": [{ "zoneId": "Z0001", "year": 2021, "populationSize": 88, "rank": 40 }, { "zoneId": "Z0001", "year": 2022, "populationSize": 88, "rank": 85 }] }, "zoneId": "Z0001", "year": 2022 });
    let art18c = json!({ "issueDate": "2019-06-01", "asOf": "2019-12-02" });
    let options = json!({ "lang": "en" });
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let mode = std::env::args()
        .nth(2)
        .unwrap_or_else(|| String::from("art14d"));
    let (rule, input) = match mode.as_str() {
        "art14d" => ("art-14.d", &art14d),
        "art18c" | "art18c-value" | "art18c-text" => ("art-18.c", &art18c),
        other => {
            return eprintln!("unknown mode {other}: art14d, art18c, art18c-value or art18c-text");
        }
    };
    let input_text = input.to_string();
    let options_text = options.to_string();
    let start = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        let answered = if mode == "art18c-value" {
            devzone_rules::api::evaluate(
                std::hint::black_box(rule),
                std::hint::black_box(input),
                &options,
            )
            .map(|a| a.as_object().map_or(0, serde_json::Map::len))
        } else if mode == "art18c-text" {
            devzone_rules::api::evaluate_json_str(
                std::hint::black_box(rule),
                std::hint::black_box(&input_text),
                &options_text,
            )
            .map(|a| a.len())
        } else {
            devzone_rules::api::evaluate_to_text(
                std::hint::black_box(rule),
                std::hint::black_box(input),
                &options,
            )
            .map(|a| a.len())
        };
        match answered {
            Ok(len) => total += len,
            Err(e) => return eprintln!("{e}"),
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("{per:.2} µs per decision ({total})");
}
