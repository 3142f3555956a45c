//! The allocation-free typed decisions (issue 12) against the answers they are the short form
//! of, on every vector of their rule: for each case `tests/vectors/<rule>.json` answers, the
//! decision has the answer's outcome and detail, `needs_human()` says whether the answer's
//! `needsHuman` has anything, and its codes are the answer's reason codes and then its
//! `needsHuman` codes, in order. The answers themselves are held to the vectors by
//! `tests/vectors.rs`; so a decision is held to them too.
//!
//! Run: `cargo test -p devzone-rules --all-features --test decisions`.
#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test: a broken vector file must fail loudly"
)]

use devzone_rules::api::Options;
use devzone_rules::messages::ReasonCode;
use devzone_rules::rules::art18_coordination::{
    impl_measures_deadline, impl_measures_decision, ImplMeasuresInput,
};
use serde_json::Value;

/// The rules whose input is a question about one zone and year (art-14.c–f, art-14.h, art-15.a),
/// as the rulebook says (`api::asks_zone_year`), not a list of our own.
fn zone_year_rules() -> Vec<devzone_rules::RuleId> {
    devzone_rules::rules::RULES
        .iter()
        .copied()
        .filter(|r| devzone_rules::api::asks_zone_year(*r))
        .collect()
}

/// The example register, as JSON and loaded.
fn example_register() -> (Value, devzone_rules::api::LoadedRegister) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/yanbian-register.json"
    );
    let register: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let reg = devzone_rules::api::LoadedRegister::load(&register).unwrap();
    (register, reg)
}

fn cases(rule: &str) -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/");
    let text = std::fs::read_to_string(format!("{path}{rule}.json")).unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    file["cases"].as_array().unwrap().clone()
}

#[test]
fn art_18_c_decision_is_its_answer_short() {
    let mut compared = 0;
    for case in cases("art-18.c") {
        let id = case["id"].as_str().unwrap();
        // Inputs the boundary refuses are not typed inputs (their vectors hold the errors).
        let Ok(input) = serde_json::from_value::<ImplMeasuresInput>(case["input"].clone()) else {
            continue;
        };
        let options = match case.get("options") {
            Some(o) => match serde_json::from_value::<Options>(o.clone()) {
                Ok(o) => o,
                Err(_) => continue,
            },
            None => Options::default(),
        };
        let params = &options.params;
        let (decision, answer) = match (
            impl_measures_decision(&input, params),
            impl_measures_deadline(&input, params),
        ) {
            (Ok(d), Ok(a)) => (d, a),
            (Err(d), Err(a)) => {
                assert_eq!(d, a, "{id}: the same error");
                continue;
            }
            (d, a) => panic!("{id}: decision {d:?}, answer {a:?}"),
        };
        assert_eq!(decision.outcome, answer.outcome, "{id}");
        assert_eq!(decision.detail, answer.detail, "{id}");
        assert_eq!(decision, impl_measures_decision(&input, params).unwrap());
        assert_eq!(decision.answer(params), answer, "{id}");
        assert_eq!(
            decision.needs_human(),
            !answer.needs_human.is_empty(),
            "{id}"
        );
        let codes: Vec<ReasonCode> = decision.codes().into_iter().flatten().collect();
        let said: Vec<ReasonCode> = answer
            .reasons
            .iter()
            .chain(&answer.needs_human)
            .map(|r| r.code)
            .collect();
        assert_eq!(codes, said, "{id}");
        compared += 1;
    }
    // Most of the file's cases are answers (the rest are refused inputs).
    assert!(compared >= 80, "only {compared} cases compared");
}

/// A brief's words as the documentation of `LoadedRegister::decide_zone_year_words` gives them:
/// `<ruleId> <outcome> <severity> <reason codes> <needsHuman codes>`, each list's codes joined by
/// commas.
fn words_of(brief: &devzone_rules::answer::Brief) -> String {
    let list = |codes: &[ReasonCode]| {
        codes
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "{} {} {} {} {}",
        brief.rule_id.as_str(),
        brief.outcome.as_str(),
        brief.severity.as_str(),
        list(&brief.reason_codes),
        list(&brief.needs_human_codes)
    )
}

/// The words a loaded register's quick brief is written in (`decide_zone_year_words`: fields
/// separated by spaces, codes by commas) hold neither in any rule id, outcome, severity or
/// reason code, so they always split back into the brief; and on the example register they do.
#[test]
fn brief_words_split_back_into_the_brief() {
    use devzone_rules::answer::Outcome;
    use devzone_rules::severity::Severity;
    let plain = |w: &str| !w.is_empty() && !w.contains([' ', ',']);
    assert!(ReasonCode::all().all(|c| plain(c.as_str())));
    assert!(Outcome::ALL.iter().all(|o| plain(o.as_str())));
    assert!(Severity::ALL.iter().all(|s| plain(s.as_str())));
    assert!(devzone_rules::rules::RULES
        .iter()
        .all(|r| plain(r.as_str())));

    let (register, reg) = example_register();
    let as_of = "2023-06-30".parse().ok();
    let mut compared = 0;
    for zone in register["zones"].as_array().unwrap() {
        let zone = zone["id"].as_str().unwrap();
        for rule in zone_year_rules().iter().map(|r| r.as_str()) {
            for year in [2020, 2022] {
                let words = reg
                    .decide_zone_year_words(rule, zone, year, as_of)
                    .unwrap()
                    .unwrap();
                let question =
                    serde_json::json!({ "zoneId": zone, "year": year, "asOf": "2023-06-30" });
                let brief = reg.decide(rule, &question, &Value::Null).unwrap();
                assert_eq!(words, words_of(&brief), "{rule} {zone} {year}");
                // The JSON path's words (`decide_to_words`, the package's general `decide`).
                let asked = reg.decide_to_words(rule, &question, &Value::Null).unwrap();
                assert_eq!(asked, words, "{rule} {zone} {year} (JSON path)");
                compared += 1;
            }
        }
    }
    assert!(compared > 100, "{compared}");
    // Not a zone-year rule, an unknown rule, a year out of range: the JSON path's to answer.
    assert!(reg
        .decide_zone_year_words("art-02.c", "Z", 2020, None)
        .is_none());
    assert!(reg
        .decide_zone_year_words("art-99.z", "Z", 2020, None)
        .is_none());
    assert!(reg
        .decide_zone_year_words("art-14.d", "Z", 0, None)
        .is_none());
    // An unknown zone: the same error as the JSON path.
    let unknown = reg
        .decide_zone_year_words("art-14.d", "NO-SUCH-ZONE", 2020, None)
        .unwrap();
    let json = reg.decide(
        "art-14.d",
        &serde_json::json!({ "zoneId": "NO-SUCH-ZONE", "year": 2020 }),
        &Value::Null,
    );
    assert_eq!(unknown.unwrap_err(), json.unwrap_err());
}

/// A batch of quick questions (`decide_zone_years_table`, `reg.decideBatch`'s quick path) is the
/// single questions' words, in order, each distinct brief written once; anything the quick path
/// does not answer (a question it could not read, a year out of range, an unknown zone, a rule
/// whose input is another) gives `None` for the whole batch, so that the JSON path names the
/// item.
#[test]
fn a_batch_of_quick_questions_is_its_questions_one_by_one() {
    let (register, reg) = example_register();
    let zones: Vec<&str> = register["zones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["id"].as_str().unwrap())
        .collect();
    let as_of = "2023-06-30".parse().ok();
    for rule in ["art-14.c", "art-14.d", "art-14.f", "art-15.a"] {
        let questions: Vec<(&str, i32, _)> = zones
            .iter()
            .flat_map(|z| [(*z, 2021, as_of), (*z, 2022, None)])
            .collect();
        let one_by_one: Vec<String> = questions
            .iter()
            .map(|(z, y, a)| {
                reg.decide_zone_year_words(rule, z, *y, *a)
                    .unwrap()
                    .unwrap()
            })
            .collect();
        let batch = reg
            .decide_zone_years_table(rule, &mut questions.iter().copied().map(Some))
            .unwrap();
        assert_eq!(batch.each(), one_by_one, "{rule}");
        let mut distinct = one_by_one.clone();
        distinct.sort();
        distinct.dedup();
        let mut lines: Vec<&str> = batch.words.split('\n').collect();
        assert_eq!(lines.len(), distinct.len(), "{rule}: each brief once");
        lines.sort_unstable();
        assert_eq!(lines, distinct, "{rule}");
        assert!(one_by_one.len() > 10);
    }
    let zone = zones[0];
    let none = |rule: &str, questions: Vec<Option<devzone_rules::api::ZoneYear<'_>>>| {
        reg.decide_zone_years_table(rule, &mut questions.into_iter())
            .is_none()
    };
    assert!(none("art-14.d", vec![Some((zone, 2022, None)), None]));
    assert!(none(
        "art-14.d",
        vec![Some((zone, 2022, None)), Some((zone, 0, None))]
    ));
    assert!(none(
        "art-14.d",
        vec![Some((zone, 2022, None)), Some(("NO-SUCH-ZONE", 2022, None))]
    ));
    assert!(none("art-02.c", vec![Some((zone, 2022, None))]));
    assert!(none("art-99.z", vec![Some((zone, 2022, None))]));
    assert_eq!(
        reg.decide_zone_years_table("art-14.d", &mut core::iter::empty()),
        Some(devzone_rules::api::BriefTable {
            words: String::new(),
            lines: Vec::new()
        })
    );
}

/// A reader that holds every shared part and defers the reasons (`full`: holds nothing, defers
/// nothing), as `api::Holds` readers do.
struct Reader {
    full: bool,
}

impl devzone_rules::api::Holds for Reader {
    fn statics(&mut self, _: devzone_rules::RuleId, _: devzone_rules::Lang) -> bool {
        !self.full
    }
    fn params(&mut self, _: devzone_rules::RuleId, _: &devzone_rules::answer::ParamsUsed) -> bool {
        !self.full
    }
    fn defers_reasons(&mut self) -> bool {
        !self.full
    }
}

/// A loaded register's zone-year question given as values (`evaluate_zone_place_text_sharing`,
/// `reg.evaluate`'s quick path) answers the text of the same question in JSON, byte for byte:
/// every zone of the example register, three years, with and without a date, every zone-year
/// rule, each language, read in full or sharing and deferring; a rule whose input is another,
/// a year out of range or a place past the last zone is an error (the caller asks in JSON).
#[test]
fn a_quick_zone_year_question_is_its_json_question() {
    use devzone_rules::{Lang, RuleId};
    let (register, reg) = example_register();
    let as_of: devzone_rules::dates::IsoDate = "2023-06-30".parse().unwrap();
    let rules = zone_year_rules();
    let mut compared = 0;
    for (place, zone) in register["zones"].as_array().unwrap().iter().enumerate() {
        let zone_id = zone["id"].as_str().unwrap();
        for year in [2020, 2021, 2022] {
            for date in [None, Some(as_of)] {
                let mut question = serde_json::json!({ "zoneId": zone_id, "year": year });
                if let Some(d) = date {
                    question["asOf"] = Value::from(d.to_string());
                }
                for &rule in &rules {
                    for lang in [Lang::Zh, Lang::Ko, Lang::En] {
                        for full in [true, false] {
                            let options = serde_json::json!({ "lang": lang.as_str() });
                            let json = reg.evaluate_to_text_sharing(
                                rule.as_str(),
                                &question,
                                &options,
                                &mut Reader { full },
                            );
                            let quick = reg.evaluate_zone_place_text_sharing(
                                rule,
                                (place, year, date),
                                lang,
                                &mut Reader { full },
                            );
                            assert_eq!(quick, json, "{rule} {zone_id} {year} {date:?} {lang}");
                            compared += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(compared > 1000);
    let quick = |rule, question| {
        reg.evaluate_zone_place_text_sharing(rule, question, Lang::En, &mut Reader { full: true })
    };
    assert!(quick(RuleId::ART_02_C, (0, 2022, None)).is_err());
    assert!(quick(RuleId::ART_14_D, (0, 0, None)).is_err());
    assert!(quick(RuleId::ART_14_D, (usize::MAX, 2022, None)).is_err());
}

/// An input of dates alone given as values (`evaluate_dates_text_sharing`, the npm package's
/// quick path for art-02.a and art-18.c) answers the text of the same input in JSON, byte for
/// byte: dates around month ends and 29 February in and out of leap years, each optional field
/// absent or given, each language, read in full or sharing and deferring. Its fields are the
/// input type's own (`date_fields`, read from the text JS is sent, against the JSON Schema's
/// properties and `required`); no other rule has them; values that do not make the input (a required one absent, another
/// count) are an error, for the caller to ask in JSON.
#[test]
fn a_dates_question_is_its_json_question() {
    use devzone_rules::dates::IsoDate;
    use devzone_rules::{Lang, RuleId};
    let with_dates: Vec<RuleId> = devzone_rules::rules::RULES
        .iter()
        .copied()
        .filter(|r| devzone_rules::api::date_fields(*r).next().is_some())
        .collect();
    assert_eq!(with_dates, [RuleId::ART_02_A, RuleId::ART_18_C]);
    assert!(devzone_rules::rules::RULES
        .iter()
        .filter(|r| !with_dates.contains(r))
        .all(|r| devzone_rules::api::date_fields_text(*r).is_empty()));
    let days: Vec<Option<IsoDate>> = [
        "2019-01-31",
        "2019-02-28",
        "2019-06-01",
        "2019-08-31",
        "2019-12-02",
        "2020-02-29",
        "2021-08-31",
        "2024-02-29",
        "2025-01-01",
    ]
    .iter()
    .map(|d| Some(d.parse().unwrap()))
    .chain([None])
    .collect();
    let mut compared = 0;
    let mut briefs = 0;
    for &rule in &with_dates {
        let fields: Vec<(&str, bool)> = devzone_rules::api::date_fields(rule).collect();
        let schema = devzone_rules::schema::input_schema(rule.as_str()).unwrap();
        let properties: Vec<&str> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut names: Vec<&str> = fields.iter().map(|f| f.0).collect();
        names.sort_unstable();
        assert_eq!(names, properties, "{rule}");
        let required: Vec<&str> = fields.iter().filter(|f| f.1).map(|f| f.0).collect();
        let schema_required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(required, schema_required, "{rule}");
        // Every combination of the days for the fields (three fields: 1,000 inputs).
        let mut combos: Vec<Vec<Option<IsoDate>>> = vec![Vec::new()];
        for _ in &fields {
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    days.iter().map(move |d| {
                        let mut c = c.clone();
                        c.push(*d);
                        c
                    })
                })
                .collect();
        }
        for dates in combos {
            let mut input = serde_json::Map::new();
            for (field, date) in fields.iter().zip(&dates) {
                if let Some(d) = date {
                    input.insert(field.0.into(), Value::from(d.to_string()));
                }
            }
            let input = Value::Object(input);
            let complete = fields.iter().zip(&dates).all(|(f, d)| !f.1 || d.is_some());
            for lang in [Lang::Zh, Lang::Ko, Lang::En] {
                for full in [true, false] {
                    let options = serde_json::json!({ "lang": lang.as_str() });
                    let json = devzone_rules::api::evaluate_to_text_sharing(
                        rule.as_str(),
                        &input,
                        &options,
                        &mut Reader { full },
                    );
                    let quick = devzone_rules::api::evaluate_dates_text_sharing(
                        rule,
                        &dates,
                        lang,
                        &mut Reader { full },
                    );
                    if complete {
                        assert_eq!(quick, json, "{rule} {input} {lang}");
                        compared += 1;
                    } else {
                        assert!(quick.is_err() && json.is_err(), "{rule} {input}");
                    }
                }
            }
            // In brief: the words of the JSON question's brief (`decide`), or an error alike.
            let brief = devzone_rules::api::decide(rule.as_str(), &input, &Value::Null);
            let quick = devzone_rules::api::decide_dates_words(rule, &dates);
            match brief {
                Ok(b) => {
                    assert_eq!(quick.unwrap(), words_of(&b), "{rule} {input}");
                    briefs += 1;
                }
                Err(_) => assert!(quick.is_err(), "{rule} {input}"),
            }
        }
        let quick = |dates: &[Option<IsoDate>]| {
            devzone_rules::api::evaluate_dates_text_sharing(
                rule,
                dates,
                Lang::En,
                &mut Reader { full: true },
            )
        };
        assert!(quick(&[]).is_err());
        assert!(quick(&[days[0]; 4]).is_err());
    }
    assert!(compared > 3000, "{compared}");
    assert!(briefs > 900, "{briefs}");
    assert!(devzone_rules::api::decide_dates_words(RuleId::ART_14_D, &[days[0], days[1]]).is_err());
    assert!(devzone_rules::api::decide_dates_words(RuleId::ART_18_C, &[]).is_err());
    assert!(devzone_rules::api::evaluate_dates_text_sharing(
        RuleId::ART_14_D,
        &[days[0], days[1]],
        Lang::En,
        &mut Reader { full: true },
    )
    .is_err());
}

/// A reader that holds every shared part, defers the reasons and notes the large parts (as the
/// wasm package does), or (`noting: false`) one that defers without noting them.
struct Noting {
    noting: bool,
    spans: Vec<u32>,
}

impl devzone_rules::api::Holds for Noting {
    fn statics(&mut self, _: devzone_rules::RuleId, _: devzone_rules::Lang) -> bool {
        true
    }
    fn params(&mut self, _: devzone_rules::RuleId, _: &devzone_rules::answer::ParamsUsed) -> bool {
        true
    }
    fn defers_reasons(&mut self) -> bool {
        true
    }
    fn spans(&mut self) -> Option<&mut Vec<u32>> {
        self.noting.then_some(&mut self.spans)
    }
}

/// The detail's deferred parts (`json_text::DEFERRED_PARTS`): a reader that defers the reasons
/// and notes the large parts gets each written `null` and noted as a large part whose text is
/// `null` (which no other large part's is), every other field as in the full answer; a reader
/// that does not note large parts gets them in full (it could not tell them). Every zone-year
/// rule on every zone of the example register, three years, each language.
#[test]
fn deferred_parts_are_null_and_noted_for_a_noting_reader_only() {
    use devzone_rules::api::DEFERRED_PARTS;
    use devzone_rules::Lang;
    let (register, reg) = example_register();
    let mut compared = 0;
    let mut deferred = 0;
    for zone in register["zones"].as_array().unwrap() {
        let zone_id = zone["id"].as_str().unwrap();
        for year in [2020, 2021, 2022] {
            let question = serde_json::json!({ "zoneId": zone_id, "year": year });
            for rule in zone_year_rules() {
                for lang in [Lang::Zh, Lang::Ko, Lang::En] {
                    let options = serde_json::json!({ "lang": lang.as_str() });
                    let ask = |held: &mut dyn devzone_rules::api::Holds| {
                        let text = reg
                            .evaluate_to_text_sharing(rule.as_str(), &question, &options, held)
                            .unwrap();
                        serde_json::from_str::<Value>(&text)
                            .map(|v| (text, v))
                            .unwrap()
                    };
                    let (_, full) = ask(&mut Reader { full: true });
                    let mut noting = Noting {
                        noting: true,
                        spans: Vec::new(),
                    };
                    let (text, v) = ask(&mut noting);
                    let (_, unnoted) = ask(&mut Noting {
                        noting: false,
                        spans: Vec::new(),
                    });
                    let at = format!("{rule} {zone_id} {year} {lang}");
                    for (key, value) in full.as_object().unwrap() {
                        if [
                            "reasons",
                            "needsHuman",
                            "clause",
                            "paramsUsed",
                            "ambiguities",
                            "rulebook",
                        ]
                        .contains(&key.as_str())
                        {
                            continue;
                        }
                        assert_eq!(&unnoted[key], value, "{at}: {key} in full when not noted");
                        if DEFERRED_PARTS.contains(&key.as_str()) {
                            assert!(v[key].is_null(), "{at}: {key} deferred");
                            let noted = noting.spans.chunks(3).any(|s| {
                                text.get(s[0] as usize..s[1] as usize)
                                    == Some(&format!("\"{key}\":"))
                                    && text.get(s[1] as usize..s[2] as usize) == Some("null")
                            });
                            assert!(
                                noted,
                                "{at}: {key} noted with the text null: {:?}",
                                noting.spans
                            );
                            deferred += 1;
                        } else {
                            assert_eq!(&v[key], value, "{at}: {key}");
                        }
                    }
                    compared += 1;
                }
            }
        }
    }
    assert!(
        compared > 100 && deferred > 100,
        "{compared} compared, {deferred} deferred"
    );
}

/// A reader that holds every shared part and the zone answers' parameters, defers the reasons,
/// notes the large parts and holds every head (as the wasm package does once it has read an
/// answer of each), keeping the head it was told.
#[derive(Default)]
struct Keeping {
    spans: Vec<u32>,
    head: Option<devzone_rules::answer::view::Head>,
}

impl devzone_rules::api::Holds for Keeping {
    fn statics(&mut self, _: devzone_rules::RuleId, _: devzone_rules::Lang) -> bool {
        true
    }
    fn params(&mut self, _: devzone_rules::RuleId, _: &devzone_rules::answer::ParamsUsed) -> bool {
        true
    }
    fn holds_zone_params(&mut self, _: devzone_rules::RuleId) -> bool {
        true
    }
    fn defers_reasons(&mut self) -> bool {
        true
    }
    fn spans(&mut self) -> Option<&mut Vec<u32>> {
        Some(&mut self.spans)
    }
    fn head(&mut self, head: &devzone_rules::answer::view::Head) -> bool {
        self.head = Some(*head);
        true
    }
}

/// A zone-year answer's key (`LoadedRegister::zone_place_key`, made without the answer) decides
/// the answer as the wasm package reads it: every two questions with equal keys, of one register
/// or of two, have answers with the same head and the same text after it, byte for byte. Every
/// zone of the example register and of every art-14 and art-15.a vector's register, each year
/// its records name and the ones around them, with no date and with four, in each language, and
/// each vector's register again with its first zone under one id for all (`ZONE-0`), made up and
/// not; a rule without a key has none. Many keys are met more than once (the same zone and decision in
/// other registers), so the test holds them to something.
#[test]
fn equal_zone_answer_keys_are_equal_answers() {
    use devzone_rules::api::{LoadedRegister, ZoneAnswerKey};
    use devzone_rules::{Lang, RuleId};
    use std::collections::HashMap;
    let mut registers = vec![example_register().0];
    for rule in [
        "art-14.c", "art-14.d", "art-14.e", "art-14.f", "art-14.h", "art-15.a",
    ] {
        registers.extend(
            cases(rule)
                .into_iter()
                .map(|c| c["input"]["register"].clone()),
        );
    }
    // The same registers with their first zone's id made `ZONE-0` everywhere (so that the
    // zones of different registers, with different records, meet under one id), and then with
    // that zone's own record made up too (each of its answers rests on made-up records, the
    // same decision as in the register it copies).
    fn renamed(v: &Value, from: &str) -> Value {
        match v {
            Value::String(s) if s == from => Value::from("ZONE-0"),
            Value::Array(a) => Value::Array(a.iter().map(|x| renamed(x, from)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, x)| (k.clone(), renamed(x, from)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    for r in 1..registers.len() {
        let Some(id) = registers[r]["zones"][0]["id"].as_str().map(String::from) else {
            continue;
        };
        let one = renamed(&registers[r], &id);
        let mut made_up = one.clone();
        made_up["zones"][0]["sourceNote"] = Value::from("ILLUSTRATIVE: made up for this test");
        registers.extend([one, made_up]);
    }
    let dates: Vec<Option<devzone_rules::dates::IsoDate>> = [
        None,
        Some("2021-06-01"),
        Some("2022-03-31"),
        Some("2023-07-15"),
        Some("2026-12-01"),
    ]
    .into_iter()
    .map(|d| d.map(|d| d.parse().unwrap()))
    .collect();
    type Seen = (
        ZoneAnswerKey<'static>,
        devzone_rules::answer::view::Head,
        String,
        String,
    );
    let mut seen: HashMap<u64, Vec<Seen>> = HashMap::new();
    let (mut asked, mut again) = (0, 0);
    for (r, register) in registers.iter().enumerate() {
        let Ok(reg) = LoadedRegister::load(register) else {
            continue;
        };
        let years: Vec<i32> = register["assessments"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["year"].as_i64())
            .map(|y| i32::try_from(y).unwrap())
            .collect();
        let (Some(first), Some(last)) = (years.iter().min(), years.iter().max()) else {
            continue;
        };
        for place in 0..reg.valid().zones.len() {
            for year in first - 1..=last + 1 {
                for date in &dates {
                    for lang in [Lang::Zh, Lang::Ko, Lang::En] {
                        let question = (place, year, *date);
                        let key = reg
                            .zone_place_key(RuleId::ART_14_D, question, lang)
                            .unwrap();
                        let mut reader = Keeping::default();
                        let text = reg
                            .evaluate_zone_place_text_sharing(
                                RuleId::ART_14_D,
                                question,
                                lang,
                                &mut reader,
                            )
                            .unwrap();
                        let head = reader.head.expect("a head told");
                        let at = format!("register {r}, zone {place}, {year}, {date:?}, {lang}");
                        let same = seen.entry(key.hash64()).or_default();
                        match same.iter().find(|(k, ..)| *k == key) {
                            Some((_, h, t, first_at)) => {
                                assert_eq!(*h, head, "{at} and {first_at}: the same key");
                                assert_eq!(*t, text, "{at} and {first_at}: the same key");
                                again += 1;
                            }
                            None => same.push((key.into_owned(), head, text, at)),
                        }
                        asked += 1;
                    }
                }
            }
        }
        assert!(reg
            .zone_place_key(RuleId::ART_14_C, (0, 2022, None), Lang::En)
            .is_none());
        assert!(reg
            .zone_place_key(RuleId::ART_14_D, (usize::MAX, 2022, None), Lang::En)
            .is_none());
    }
    assert!(
        asked > 5_000 && again > 1_000,
        "{asked} asked, {again} met again"
    );
}
