//! Benchmarks of rule evaluation: the typed rule functions, and the JSON boundary
//! (`api::evaluate`: decode, evaluate, render the answer in one language) that every surface
//! (wasm, CLI, test runners) goes through.
//!
//! Run: `cargo bench -p devzone-rules --all-features --bench evaluate -- --warm-up-time 1 --measurement-time 3`

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "benchmark set-up: a bad fixture must stop the run loudly"
)]

use std::hint::black_box;

use chrono::Days;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use devzone_rules::answer::Outcome;
use devzone_rules::api;
use devzone_rules::dates::IsoDate;
use devzone_rules::params::Params;
use devzone_rules::rules::art14_assessment::{yellow_card, yellow_card_decision};
use devzone_rules::rules::art16_organisation::{
    joint_meetings, JointMeetingsInput, Meeting, MeetingKind,
};
use devzone_rules::rules::art18_coordination::{
    impl_measures_deadline, impl_measures_decision, ImplMeasuresInput,
};
use serde_json::{json, Value};

fn date(text: &str) -> IsoDate {
    text.parse().expect("fixture date")
}

/// `n` Leading Group meetings, one a day from 1 January 2020.
fn meetings(n: u64) -> Vec<Meeting> {
    (0..n)
        .map(|i| Meeting {
            date: IsoDate(
                date("2020-01-01")
                    .checked_add_days(Days::new(i))
                    .expect("fixture date in range"),
            ),
            kind: MeetingKind::JointWorkMeeting,
            convened_by: String::from("ACT.LG"),
            note: None,
        })
        .collect()
}

fn meetings_json(n: usize) -> Value {
    let list: Vec<Value> = meetings(n as u64)
        .iter()
        .map(|m| json!({ "date": m.date.format("%Y-%m-%d").to_string() }))
        .collect();
    json!({ "issueDate": "2019-06-01", "year": 2020, "meetings": list })
}

fn typed(c: &mut Criterion) {
    let params = Params::default();

    let input = ImplMeasuresInput {
        issue_date: date("2019-06-01"),
        as_of: Some(date("2019-12-02")),
        adopted_date: None,
    };
    let check = impl_measures_deadline(&input, &params).expect("art-18.c fixture");
    assert_eq!(check.outcome, Outcome::Overdue);
    c.bench_function("typed/impl_measures_deadline", |b| {
        b.iter(|| impl_measures_deadline(black_box(&input), black_box(&params)))
    });
    // The same question decided without its answer: values and codes, nothing allocated.
    let decision = impl_measures_decision(&input, &params).expect("art-18.c fixture");
    assert_eq!(decision.outcome, Outcome::Overdue);
    c.bench_function("typed/impl_measures_decision", |b| {
        b.iter(|| impl_measures_decision(black_box(&input), black_box(&params)))
    });

    let mut group = c.benchmark_group("typed/joint_meetings");
    for n in [2_u64, 365] {
        let input = JointMeetingsInput {
            issue_date: date("2019-06-01"),
            year: devzone_rules::num::Year(2020),
            meetings: meetings(n),
            as_of: None,
            meetings_complete: false,
        };
        let check = joint_meetings(&input, &params).expect("art-16.b fixture");
        assert_eq!(check.outcome, Outcome::Compliant);
        assert_eq!(check.detail.count as u64, n);
        group.throughput(Throughput::Elements(n));
        group.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
            b.iter(|| joint_meetings(black_box(input), black_box(&params)))
        });
    }
    group.finish();

    // art-14.d on a register loaded once (the one-zone register of the side-by-side benchmark),
    // the typed function itself: no decoding, no rendering.
    let loaded = api::LoadedRegister::load(&one_zone_register()).expect("art-14.d fixture");
    let reg = loaded.valid();
    let zone = reg.zone("Z0001").expect("fixture zone");
    let check = yellow_card(reg, zone, 2022, None, &params);
    assert_eq!(check.outcome, Outcome::Triggered);
    let decision = yellow_card_decision(reg, zone, 2022, None, &params);
    assert_eq!(decision.outcome, Outcome::Triggered);
    c.bench_function(
        "typed/yellow_card_decision (art-14.d, loaded register)",
        |b| {
            b.iter(|| {
                yellow_card_decision(
                    black_box(reg),
                    black_box(zone),
                    black_box(2022),
                    None,
                    black_box(&params),
                )
            })
        },
    );
    c.bench_function("typed/yellow_card (art-14.d, loaded register)", |b| {
        b.iter(|| {
            yellow_card(
                black_box(reg),
                black_box(zone),
                black_box(2022),
                None,
                black_box(&params),
            )
        })
    });
}

/// The one-zone register of `tests/bench/peers.bench.mjs` (a rank fall and the bottom 10).
fn one_zone_register() -> Value {
    json!({ "issueDate": "2019-06-01", "zones": [{ "id": "Z0001", "nameZh": "合成开发区1", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE", "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }], "assessments": [{ "zoneId": "Z0001", "year": 2021, "populationSize": 88, "rank": 40 }, { "zoneId": "Z0001", "year": 2022, "populationSize": 88, "rank": 85 }] })
}

fn json_boundary(c: &mut Criterion) {
    let options = json!({ "lang": "en" });
    let mut group = c.benchmark_group("json/api_evaluate");

    let input = json!({ "issueDate": "2019-06-01", "asOf": "2019-12-02" });
    let check = api::evaluate("art-18.c", &input, &options).expect("art-18.c fixture");
    assert_eq!(check.get("outcome"), Some(&json!("OVERDUE")));
    group.bench_function("art-18.c", |b| {
        b.iter(|| {
            api::evaluate(
                black_box("art-18.c"),
                black_box(&input),
                black_box(&options),
            )
        })
    });

    // The same decision as JSON text in and JSON text out (`api::evaluate_json_str`: what a
    // CLI or a binding in another language calls; no `serde_json::Value` built either way).
    let text_in = input.to_string();
    let text_options = options.to_string();
    let answer =
        api::evaluate_json_str("art-18.c", &text_in, &text_options).expect("art-18.c text");
    assert!(answer.contains(r#""outcome":"OVERDUE""#), "{answer}");
    group.bench_function("art-18.c, text in and out", |b| {
        b.iter(|| {
            api::evaluate_json_str(
                black_box("art-18.c"),
                black_box(&text_in),
                black_box(&text_options),
            )
        })
    });

    for n in [2_usize, 365] {
        let input = meetings_json(n);
        let check = api::evaluate("art-16.b", &input, &options).expect("art-16.b fixture");
        assert_eq!(check.get("outcome"), Some(&json!("COMPLIANT")));
        assert_eq!(check.get("count"), Some(&json!(n)));
        group.bench_with_input(BenchmarkId::new("art-16.b", n), &input, |b, input| {
            b.iter(|| api::evaluate(black_box("art-16.b"), black_box(input), black_box(&options)))
        });
    }
    group.finish();

    // art-14.d, the side-by-side benchmark's decision: JSON in, JSON text out (what the wasm
    // boundary calls), with the register in the input and asked of a loaded register.
    let mut group = c.benchmark_group("json/art-14.d");
    let mut input = json!({ "zoneId": "Z0001", "year": 2022 });
    let question = input.clone();
    input["register"] = one_zone_register();
    let text = api::evaluate_to_text("art-14.d", &input, &options).expect("art-14.d fixture");
    assert!(text.contains("\"TRIGGERED\""));
    group.bench_function("evaluate_to_text", |b| {
        b.iter(|| {
            api::evaluate_to_text(
                black_box("art-14.d"),
                black_box(&input),
                black_box(&options),
            )
        })
    });
    let loaded = api::LoadedRegister::load(&one_zone_register()).expect("art-14.d fixture");
    assert_eq!(
        loaded
            .evaluate_to_text("art-14.d", &question, &options)
            .ok(),
        Some(text)
    );
    group.bench_function("LoadedRegister::evaluate_to_text", |b| {
        b.iter(|| {
            loaded.evaluate_to_text(
                black_box("art-14.d"),
                black_box(&question),
                black_box(&options),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, typed, json_boundary);
criterion_main!(benches);
