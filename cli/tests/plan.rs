//! `devzone report`, `devzone obligations` and `devzone calendar` on the example register:
//! the human text frozen as insta snapshots (reviewed), the JSON equal to the library's, the
//! iCalendar export's line rules, and errors naming the flag.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, reason = "test helpers")]

use std::process::{Command, Output};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_devzone");
const LANGS: [&str; 3] = ["zh", "ko", "en"];
const REGISTER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/yanbian-register.json"
);

fn devzone(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn ok(args: &[&str]) -> String {
    let o = devzone(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn fails(args: &[&str]) -> (i32, String) {
    let o = devzone(args);
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn register() -> Value {
    serde_json::from_str(&std::fs::read_to_string(REGISTER).unwrap()).unwrap()
}

/// A snapshot of the output of `devzone ARGS`, whose header names the command.
fn snapshot(name: &str, args: &[&str]) {
    let text = ok(args);
    let mut settings = insta::Settings::clone_current();
    settings.set_description(format!("devzone {}", args.join(" ")));
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn report_on_the_example_register() {
    for lang in LANGS {
        snapshot(
            &format!("report_2023-06-30_{lang}"),
            &["report", "--as-of", "2023-06-30", "--lang", lang],
        );
    }
}

#[test]
fn report_json_is_the_library_report() {
    let cli: Value = serde_json::from_str(&ok(&[
        "report",
        "--as-of",
        "2023-06-30",
        "--json",
        "--lang",
        "en",
    ]))
    .unwrap();
    let lib = devzone_rules::api::report(
        &json!({ "register": register(), "asOf": "2023-06-30" }),
        &json!({ "lang": "en" }),
    )
    .unwrap();
    assert_eq!(cli, lib);
    // The default register is the example; `--register` reads another.
    let again: Value = serde_json::from_str(&ok(&[
        "report",
        "--register",
        REGISTER,
        "--as-of",
        "2023-06-30",
        "--json",
        "--lang",
        "en",
    ]))
    .unwrap();
    assert_eq!(again, lib);
}

#[test]
fn obligations_of_one_agency_and_one_county() {
    for (code, as_of) in [("AG.COMMERCE", "2019-10-01"), ("CTY.TUMEN", "2023-06-30")] {
        for lang in LANGS {
            snapshot(
                &format!("obligations_{code}_{as_of}_{lang}"),
                &[
                    "obligations",
                    "--agency",
                    code,
                    "--as-of",
                    as_of,
                    "--lang",
                    lang,
                ],
            );
        }
    }
    // A name in any language finds the code.
    let by_name = ok(&[
        "obligations",
        "--agency",
        "州商务局",
        "--as-of",
        "2019-10-01",
        "--json",
    ]);
    let o: Value = serde_json::from_str(&by_name).unwrap();
    assert_eq!(o["agencies"][0]["code"], "AG.COMMERCE");
    assert_eq!(o["withinDays"], 90);
}

#[test]
fn calendar_list_and_ics() {
    for lang in LANGS {
        snapshot(
            &format!("calendar_2019-2026_{lang}"),
            &[
                "calendar",
                "--from",
                "2019-06-01",
                "--to",
                "2026-12-31",
                "--as-of",
                "2023-06-30",
                "--lang",
                lang,
            ],
        );
    }
    let args = [
        "calendar",
        "--from",
        "2019-06-01",
        "--to",
        "2026-12-31",
        "--as-of",
        "2023-06-30",
        "--ics",
    ];
    let ics = ok(&args);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    assert!(ics.contains("DTSTAMP:20230630T000000Z\r\n"));
    assert!(ics.contains("UID:20191201-art-18.c-IMPL_MEASURES_DUE-AG.COMMERCE@devzone-rules\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20191201\r\nDTEND;VALUE=DATE:20191202\r\n"));
    // Same arguments, same bytes.
    assert_eq!(ok(&args), ics);
}

#[test]
fn errors_name_the_flag() {
    let (code, err) = fails(&["report", "--as-of", "2023-02-30"]);
    assert_eq!(code, 2);
    assert!(err.contains("--as-of"), "{err}");
    let (code, err) = fails(&[
        "obligations",
        "--agency",
        "AG.NOPE",
        "--as-of",
        "2023-01-01",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--agency"), "{err}");
    let (code, err) = fails(&[
        "obligations",
        "--agency",
        "AG.CTY_GOV",
        "--as-of",
        "2023-01-01",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--agency") && err.contains("CTY.YANJI"),
        "{err}"
    );
    let (code, err) = fails(&["obligations", "--as-of", "2023-01-01", "--within", "soon"]);
    assert_eq!(code, 2);
    assert!(err.contains("--within"), "{err}");
    let (code, err) = fails(&["calendar", "--from", "2024-01-01", "--to", "2023-01-01"]);
    assert_eq!(code, 2);
    assert!(err.contains("--to"), "{err}");
    let (code, err) = fails(&[
        "report",
        "--as-of",
        "2023-01-01",
        "--register",
        "/nonexistent.json",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent.json"), "{err}");
}
