//! Profiling aid: one art-14.d decision on a one-zone register, many times (`cargo run --release
//! --example prof_eval --features serde`). Not a benchmark (see `benches/`).
use serde_json::json;

fn main() {
    let input = json!({ "register": { "issueDate": "2019-06-01", "zones": [{ "id": "Z0001", "nameZh": "合成开发区1", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }], "assessments": [{ "zoneId": "Z0001", "year": 2021, "populationSize": 88, "rank": 40 }, { "zoneId": "Z0001", "year": 2022, "populationSize": 88, "rank": 85 }] }, "zoneId": "Z0001", "year": 2022 });
    let options = json!({ "lang": "en" });
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let start = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        match devzone_rules::api::evaluate_to_text("art-14.d", &input, &options) {
            Ok(a) => total += a.len(),
            Err(e) => return eprintln!("{e}"),
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("{per:.2} µs per decision ({total})");
}
