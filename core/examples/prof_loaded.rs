//! Profiling aid: the art-14.d question the package's `LoadedRegister.evaluate` answers — a
//! one-zone register loaded once, the answer written in ASCII with its static parts and parameters
//! held by the reader (as in JS after the first answer) — many times, for instruction counts
//! (`cargo build --release --example prof_loaded --features serde && valgrind --tool=callgrind
//! target/release/examples/prof_loaded 2000`). Not a benchmark (see `benches/`).
use devzone_rules::answer::ParamsUsed;
use devzone_rules::api::{Holds, LoadedRegister};
use devzone_rules::Lang;
use devzone_rules::RuleId;
use serde_json::json;

/// A reader that holds every shared part already.
struct HoldsAll;

impl Holds for HoldsAll {
    fn statics(&mut self, _: RuleId, _: Lang) -> bool {
        true
    }
    fn params(&mut self, _: RuleId, _: &ParamsUsed) -> bool {
        true
    }
}

fn main() {
    let register = json!({ "issueDate": "2019-06-01", "zones": [{ "id": "Z0001", "nameZh": "合成开发区1", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }], "assessments": [{ "zoneId": "Z0001", "year": 2021, "populationSize": 88, "rank": 40 }, { "zoneId": "Z0001", "year": 2022, "populationSize": 88, "rank": 85 }] });
    let question = json!({ "zoneId": "Z0001", "year": 2022 });
    let options = json!({ "lang": "en" });
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let reg = match LoadedRegister::load(&register) {
        Ok(r) => r,
        Err(e) => return eprintln!("{e}"),
    };
    let start = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        match reg.evaluate_to_text_sharing("art-14.d", &question, &options, &mut HoldsAll) {
            Ok(a) => total += a.len(),
            Err(e) => return eprintln!("{e}"),
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("{per:.2} µs per decision ({total})");
}
