//! Profiling aid: the art-14.d question the package answers, many times, for instruction counts.
//! `loaded` (the default) is `LoadedRegister.evaluate`: a one-zone register loaded once, the
//! question and options read from their JSON text each time. `stateless` is `evaluate`: the
//! whole input (register included) read from its JSON text each time. Either way the answer is
//! written as the package has it: ASCII, its static parts and parameters held by the reader (as
//! in JS after the first answer), its head held, its large parts noted and its reasons and
//! deferred parts (`api::DEFERRED_PARTS`) deferred (asked again when read; `FULL=1` writes
//! them, as the package did before it deferred them).
//! `cargo build --release --example prof_loaded --features serde && valgrind --tool=callgrind
//! target/release/examples/prof_loaded 2000 [loaded|loaded-quick|key|stateless|decide|decide-quick|decide-batch]`. Not a benchmark (see `benches/`).
use devzone_rules::answer::ParamsUsed;
use devzone_rules::api::{self, Holds, LoadedRegister};
use devzone_rules::tree::Tree;
use devzone_rules::Lang;
use devzone_rules::RuleId;
use serde_json::{json, Value};

/// A reader that holds every shared part already and defers the reasons, as the package does
/// (unless `FULL=1`, read once: a read of the environment per call was ~350 instructions of the count).
struct HoldsAll {
    defers: bool,
    /// The large parts noted, as the package has them (cleared for each answer).
    spans: Vec<u32>,
}

impl Holds for HoldsAll {
    fn statics(&mut self, _: RuleId, _: Lang) -> bool {
        true
    }
    fn params(&mut self, _: RuleId, _: &ParamsUsed) -> bool {
        true
    }
    fn defers_reasons(&mut self) -> bool {
        self.defers
    }
    fn head(&mut self, _: &devzone_rules::answer::view::Head) -> bool {
        self.defers
    }
    fn spans(&mut self) -> Option<&mut Vec<u32>> {
        self.spans.clear();
        Some(&mut self.spans)
    }
}

fn main() {
    let register = json!({ "issueDate": "2019-06-01", "zones": [{ "id": "Z0001", "nameZh": "合成开发区1", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }], "assessments": [{ "zoneId": "Z0001", "year": 2021, "populationSize": 88, "rank": 40 }, { "zoneId": "Z0001", "year": 2022, "populationSize": 88, "rank": 85 }] });
    let question = r#"{"zoneId":"Z0001","year":2022}"#;
    let options = r#"{"lang":"en"}"#;
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let mode = args.next().unwrap_or_default();
    let stateless = mode == "stateless";
    // `decide`: the loaded register's answer in brief (`LoadedRegister::decide_to_text`);
    // `decide-quick`: the same question given as values, as the npm package's `reg.decide` asks
    // a plain zone-year question (`LoadedRegister::decide_zone_place_words`).
    // `decide-batch`: the same question N times in one batch, as `reg.decideBatch` asks plain
    // zone-year questions (`LoadedRegister::decide_zone_places_table`).
    let brief = mode == "decide";
    let quick = mode == "decide-quick";
    // `loaded-quick`: `loaded`'s question given as values (`reg.evaluate`'s quick path,
    // `LoadedRegister::evaluate_zone_place_text_sharing`).
    let loaded_quick = mode == "loaded-quick";
    // `key`: the key `reg.evaluate`'s quick path finds a kept answer by
    // (`LoadedRegister::zone_place_key`), and its hash.
    let keyed = mode == "key";
    if mode == "decide-batch" {
        let reg = match LoadedRegister::load(&register) {
            Ok(r) => r,
            Err(e) => return eprintln!("{e}"),
        };
        let start = std::time::Instant::now();
        // As the package asks them: the zone by its place among the register's zones. With
        // `ZONES=z`, a register of z zones (ranks spread) asked about each in turn.
        let zones: usize = std::env::var("ZONES")
            .ok()
            .and_then(|z| z.parse().ok())
            .unwrap_or(0);
        let reg = if zones > 0 {
            let ids: Vec<String> = (0..zones).map(|i| format!("Z{i:04}")).collect();
            let zone = |id: &str| json!({ "id": id, "nameZh": format!("合成开发区{id}"), "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" });
            let mut records = Vec::new();
            for year in [2021, 2022] {
                for (i, id) in ids.iter().enumerate() {
                    let rank = (i * 37 + (year as usize - 2021) * 611) % zones + 1;
                    records.push(json!({ "zoneId": id, "year": year, "populationSize": zones, "rank": rank }));
                }
            }
            let big = json!({ "issueDate": "2019-06-01", "zones": ids.iter().map(|i| zone(i)).collect::<Vec<_>>(), "assessments": records });
            match LoadedRegister::load(&big) {
                Ok(r) => r,
                Err(e) => return eprintln!("{e}"),
            }
        } else {
            reg
        };
        let mut questions = (0..n).map(|i| Some((i % zones.max(1), 2022, None)));
        let table = reg.decide_zone_places_table("art-14.d", &mut questions);
        let per = start.elapsed().as_secs_f64() * 1e6 / n as f64;
        return println!(
            "{per:.3} µs per decision ({})",
            table.map_or(0, |t| t.words.len() + t.lines.len())
        );
    }
    let reg = match LoadedRegister::load(&register) {
        Ok(r) => r,
        Err(e) => return eprintln!("{e}"),
    };
    let mut input = serde_json::from_str::<Value>(question).unwrap_or_default();
    if let Value::Object(map) = &mut input {
        map.insert("register".into(), register);
    }
    let input = input.to_string();
    let mut holds = HoldsAll {
        defers: std::env::var("FULL").as_deref() != Ok("1"),
        spans: Vec::new(),
    };
    let start = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..n {
        // As the package reads them: a tree borrowing the text's strings.
        let read = |text| Tree::parse(text).unwrap_or(Tree::Null);
        let answer = if keyed {
            // As the package finds an answer JS keeps (`QuickAnswers`): the answer's key, made
            // without the answer, and its hash.
            let key = reg.zone_place_key(RuleId::ART_14_D, (0, 2022, None), Lang::En);
            std::hint::black_box(key.map(|k| k.hash64()));
            Ok(String::new())
        } else if quick {
            // As the package asks it: the rule found and the zone's place known in JS.
            reg.decide_zone_place_words(RuleId::ART_14_D, 0, 2022, None)
                .unwrap_or_else(|| Ok(String::new()))
        } else if loaded_quick {
            reg.evaluate_zone_place_text_sharing(
                RuleId::ART_14_D,
                (0, 2022, None),
                devzone_rules::Lang::En,
                &mut holds,
            )
        } else if brief {
            reg.decide_to_text("art-14.d", &read(question), &read(options))
        } else if stateless {
            api::evaluate_to_text_sharing("art-14.d", &read(&input), &read(options), &mut holds)
        } else {
            reg.evaluate_to_text_sharing("art-14.d", &read(question), &read(options), &mut holds)
        };
        match answer {
            Ok(a) => total += a.len(),
            Err(e) => return eprintln!("{e}"),
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("{per:.2} µs per decision ({total})");
}
