//! Profiling aid: the typed art-14.d check (`yellow_card`) on a loaded one-zone register and the
//! typed art-18.c check, many times, no JSON (`cargo run --release --example prof_typed
//! --features serde -- [calls] [yellow|yellowdecision|art18|art18decision]`). For instruction counts under callgrind; not a
//! benchmark (see `benches/`).
use devzone_rules::params::Params;
use devzone_rules::rules::art14_assessment::{yellow_card, yellow_card_decision};
use devzone_rules::rules::art18_coordination::{
    impl_measures_deadline, impl_measures_decision, ImplMeasuresInput,
};
use serde_json::json;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let which = args.next().unwrap_or_else(|| String::from("yellow"));
    let params = Params::default();
    let register = json!({ "issueDate": "2019-06-01", "zones": [{ "id": "Z0001", "nameZh": "合成开发区1", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }], "assessments": [{ "zoneId": "Z0001", "year": 2021, "populationSize": 88, "rank": 40 }, { "zoneId": "Z0001", "year": 2022, "populationSize": 88, "rank": 85 }] });
    let loaded = match devzone_rules::api::LoadedRegister::load(&register) {
        Ok(l) => l,
        Err(e) => return eprintln!("{e}"),
    };
    let reg = loaded.valid();
    let Some(zone) = reg.zone("Z0001") else {
        return eprintln!("no zone Z0001");
    };
    let deadline: ImplMeasuresInput =
        match serde_json::from_value(json!({ "issueDate": "2019-06-01", "asOf": "2019-12-02" })) {
            Ok(i) => i,
            Err(e) => return eprintln!("{e}"),
        };
    let start = std::time::Instant::now();
    let mut total = 0;
    // As criterion measures (`benches/evaluate.rs`): the inputs and the answer through
    // `black_box`, the answer dropped in the loop.
    let params = std::hint::black_box(&params);
    for _ in 0..n {
        total += if which == "yellowdecision" {
            // The decision alone: values and codes, nothing rendered.
            let d = std::hint::black_box(yellow_card_decision(
                reg,
                zone,
                std::hint::black_box(2022),
                None,
                params,
            ));
            d.codes.reasons().count()
        } else if which == "art18decision" {
            // The decision alone: nothing allocated, nothing rendered.
            std::hint::black_box(impl_measures_decision(
                std::hint::black_box(&deadline),
                params,
            ))
            .map_or(0, |d| d.codes().iter().flatten().count())
        } else if which == "art18" {
            std::hint::black_box(impl_measures_deadline(
                std::hint::black_box(&deadline),
                params,
            ))
            .map_or(0, |a| a.reasons.len())
        } else {
            std::hint::black_box(yellow_card(
                reg,
                zone,
                std::hint::black_box(2022),
                None,
                params,
            ))
            .reasons
            .len()
        };
    }
    let per = start.elapsed().as_secs_f64() * 1e9 / n as f64;
    println!("{which}: {per:.0} ns per check ({total})");
}
