//! Issue 11: names, not codes. Look-ups by name (`--agency 商务局`, `--county 图们`,
//! `zone 图们经开区`), an ambiguous prefix, an unknown name with did-you-mean, and the report's
//! filters, each in zh, ko and en, frozen as insta snapshots (reviewed); `--as-of` defaulting to
//! today.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, reason = "test helpers")]

use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_devzone");
const LANGS: [&str; 3] = ["zh", "ko", "en"];

fn devzone(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

/// A snapshot of standard output (status 0) or, with `fails`, of standard error (status 2).
fn snapshot(name: &str, args: &[&str], fails: bool) {
    let o = devzone(args);
    let (want, text) = if fails {
        (2, String::from_utf8(o.stderr.clone()).unwrap())
    } else {
        (0, String::from_utf8(o.stdout.clone()).unwrap())
    };
    assert_eq!(
        o.status.code(),
        Some(want),
        "{args:?}: {}",
        String::from_utf8_lossy(if fails { &o.stdout } else { &o.stderr })
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_description(format!("devzone {}", args.join(" ")));
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn an_agency_by_its_short_name() {
    for lang in LANGS {
        snapshot(
            &format!("obligations_agency_shangwuju_{lang}"),
            &[
                "obligations",
                "--agency",
                "商务局",
                "--as-of",
                "2023-06-30",
                "--lang",
                lang,
            ],
            false,
        );
    }
}

#[test]
fn a_county_by_its_short_name_filters_the_report() {
    for lang in LANGS {
        snapshot(
            &format!("report_county_tumen_{lang}"),
            &[
                "report",
                "--county",
                "图们",
                "--as-of",
                "2023-06-30",
                "--lang",
                lang,
            ],
            false,
        );
    }
}

#[test]
fn a_zone_by_its_short_name() {
    for lang in LANGS {
        snapshot(
            &format!("zone_tumen_jingkaiqu_{lang}"),
            &[
                "zone",
                "图们经开区",
                "--as-of",
                "2023-06-30",
                "--lang",
                lang,
            ],
            false,
        );
    }
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates_by_name() {
    for lang in LANGS {
        snapshot(
            &format!("zone_tumen_ambiguous_{lang}"),
            &["zone", "图们", "--as-of", "2023-06-30", "--lang", lang],
            true,
        );
    }
}

#[test]
fn an_unknown_name_suggests_names() {
    for lang in LANGS {
        snapshot(
            &format!("obligations_agency_shangwuting_unknown_{lang}"),
            &[
                "obligations",
                "--agency",
                "商务厅",
                "--as-of",
                "2023-06-30",
                "--lang",
                lang,
            ],
            true,
        );
    }
}

#[test]
fn report_filters_by_agency_severity_and_rule() {
    for lang in LANGS {
        snapshot(
            &format!("report_agency_lingdaoxiaozu_{lang}"),
            &[
                "report",
                "--agency",
                "领导小组",
                "--as-of",
                "2023-06-30",
                "--all",
                "--lang",
                lang,
            ],
            false,
        );
        snapshot(
            &format!("report_review_art-11.b_{lang}"),
            &[
                "report",
                "--severity",
                "review",
                "--rule",
                "art-11.b",
                "--as-of",
                "2023-06-30",
                "--lang",
                lang,
            ],
            false,
        );
    }
}

/// Without `--as-of` the date is today in China, and the output says so.
#[test]
fn as_of_defaults_to_today_and_says_so() {
    for (lang, words) in [
        ("zh", "(今天,中国时间"),
        ("ko", "(오늘, 중국 시간"),
        ("en", "(today, China time"),
    ] {
        let o = devzone(&["report", "--zone", "TM-EDZ", "--lang", lang]);
        assert_eq!(o.status.code(), Some(0));
        let text = String::from_utf8(o.stdout).unwrap();
        let line = text.lines().find(|l| l.contains(words)).unwrap();
        let date = line
            .split(|c: char| !(c.is_ascii_digit() || c == '-'))
            .find(|w| w.len() == 10)
            .unwrap();
        assert!(
            text.contains(&format!(" {date} ")),
            "the report is as of {date}: {text}"
        );
        assert!(date > "2025-01-01", "{date}");
    }
    // With --json the notice goes to standard error; standard output stays JSON.
    let o = devzone(&["obligations", "--agency", "ACT.LG", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let date = v["asOf"].as_str().unwrap();
    assert!(String::from_utf8(o.stderr).unwrap().contains(date));
}

/// Issue 12: `--offset` and `--limit` page the report's findings; the counts stay the whole
/// report's, the text says which items it shows, and a bad value is refused by its flag.
#[test]
fn report_by_pages() {
    let json = |args: &[&str]| -> serde_json::Value {
        let o = devzone(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let base = ["report", "--as-of", "2023-06-30", "--json"];
    let whole = json(&base);
    let total = whole["findings"].as_array().unwrap().len();
    let page = json(&[&base[..], &["--offset", "5", "--limit", "4"]].concat());
    assert_eq!(
        page["page"],
        serde_json::json!({ "offset": 5, "count": 4, "total": total, "next": 9 })
    );
    assert_eq!(page["counts"], whole["counts"]);
    assert_eq!(page["findings"][0], whole["findings"][5]);
    for (lang, words) in [
        ("zh", "共 449 项中的第 6–9 项"),
        ("ko", "모두 449건 가운데 6–9번째"),
        ("en", "items 6–9 of 449"),
    ] {
        let o = devzone(&[
            "report",
            "--as-of",
            "2023-06-30",
            "--offset",
            "5",
            "--limit",
            "4",
            "--all",
            "--lang",
            lang,
        ]);
        let text = String::from_utf8(o.stdout).unwrap();
        assert!(text.contains(words), "{lang}: {text}");
    }
    for bad in [["--limit", "x"], ["--offset", "-1"]] {
        let o = devzone(
            &[
                &["report", "--as-of", "2023-06-30", "--lang", "en"],
                &bad[..],
            ]
            .concat(),
        );
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(err.contains(bad[0]), "{bad:?}: {err}");
    }
}
