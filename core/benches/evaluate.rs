//! Benchmarks of rule evaluation: the typed rule functions, and the JSON boundary
//! (`api::evaluate`: decode, evaluate, render the answer in one language) that every surface
//! (wasm, CLI, test runners) goes through.
//!
//! Run: `cargo bench -p devzone-rules --all-features --bench evaluate -- --warm-up-time 1 --measurement-time 3`

#![allow(
    clippy::expect_used,
    reason = "benchmark set-up: a bad fixture must stop the run loudly"
)]

use std::hint::black_box;

use chrono::Days;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use devzone_rules::answer::Outcome;
use devzone_rules::api;
use devzone_rules::dates::IsoDate;
use devzone_rules::params::Params;
use devzone_rules::rules::art16_organisation::{
    joint_meetings, JointMeetingsInput, Meeting, MeetingKind,
};
use devzone_rules::rules::art18_coordination::{impl_measures_deadline, ImplMeasuresInput};
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
}

criterion_group!(benches, typed, json_boundary);
criterion_main!(benches);
