//! End-to-end tests of the `devzone` binary: exit codes, exact error lines, stdin, agreement
//! with the library's JSON API, and snapshots of the human explanations in zh, ko and en.

// The workspace denies `unwrap` outside tests; clippy counts only `#[test]` functions as tests,
// and these helpers serve them: a failed setup step must fail the test at once.
#![allow(clippy::unwrap_used, reason = "test helpers")]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use devzone_rules::{api, RuleId};
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_devzone");
const LANGS: [&str; 3] = ["zh", "ko", "en"];

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(text) = stdin {
        // The program may exit before reading its input (e.g. an unknown rule): a broken pipe
        // here is its own business, and its exit status and stderr are what the tests check.
        let written = child.stdin.take().unwrap().write_all(text.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    child.wait_with_output().unwrap()
}

fn devzone(args: &[&str]) -> Output {
    run(args, None)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Runs a command that must succeed and returns its stdout.
fn ok(args: &[&str]) -> String {
    let o = devzone(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    assert_eq!(stderr(&o), "", "{args:?}");
    stdout(&o)
}

/// Runs a command that must fail with `code` and exactly `message` on stderr, nothing on stdout.
fn fails(o: &Output, code: i32, message: &str) {
    assert_eq!(stderr(o), message);
    assert_eq!(o.status.code(), Some(code));
    assert_eq!(stdout(o), "");
}

/// A file under the test scratch folder holding `text`.
fn scratch(name: &str, text: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("devzone-cli-{name}"));
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

fn json_out(args: &[&str], stdin: Option<&str>) -> Value {
    let o = run(args, stdin);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

// ---- errors: exit codes and exact messages ----

#[test]
fn impossible_date_in_input_file() {
    let file = scratch(
        "bad-date.json",
        r#"{"issueDate": "2019-02-30", "asOf": "2019-09-01"}"#,
    );
    fails(
        &devzone(&["eval", "art-18.c", "--input", &file]),
        2,
        "error: input.issueDate: invalid date `2019-02-30`: 2019-02 has 28 days\n",
    );
}

#[test]
fn impossible_meeting_date_names_the_array_element() {
    let input = r#"{"issueDate": "2019-06-01", "year": 2020,
                    "meetings": [{"date": "2020-03-01"}, {"date": "2020-02-30"}]}"#;
    fails(
        &run(&["eval", "art-16.b", "--input", "-"], Some(input)),
        2,
        "error: input.meetings[1].date: invalid date `2020-02-30`: 2020-02 has 29 days\n",
    );
}

#[test]
fn unknown_input_field() {
    let input = r#"{"issueDate": "2019-06-01", "asOf": "2019-09-01", "bearer": "AG.COMMERCE"}"#;
    fails(
        &run(&["eval", "art-18.c", "--input", "-"], Some(input)),
        2,
        "error: input.bearer: unknown field `bearer`, expected one of `issueDate`, `asOf`, `adoptedDate`\n",
    );
}

#[test]
fn missing_status_date_in_input() {
    fails(
        &run(
            &["eval", "art-18.c", "--input", "-"],
            Some(r#"{"issueDate": "2019-06-01"}"#),
        ),
        2,
        "error: input: expected `asOf` or `adoptedDate` (or both)\n",
    );
}

#[test]
fn unknown_rule_is_reported_before_the_input_is_read() {
    let expected = "error: ruleId: unknown rule `art-99.z`\nhelp: rules that can be evaluated: art-16.b, art-18.c\n";
    fails(
        &devzone(&["eval", "art-99.z", "--input", "no-such-file.json"]),
        2,
        expected,
    );
    fails(
        &run(&["eval", "art-99.z", "--input", "-"], Some("{}")),
        2,
        expected,
    );
}

#[test]
fn missing_input_file_names_it() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("devzone-cli-does-not-exist.json");
    let path = path.to_str().unwrap();
    let os = std::fs::read(path).unwrap_err();
    fails(
        &devzone(&["eval", "art-18.c", "--input", path]),
        1,
        &format!("error: cannot read `{path}`: {os}\n"),
    );
}

#[test]
fn missing_params_file_names_it() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("devzone-cli-no-params.json");
    let path = path.to_str().unwrap();
    let os = std::fs::read(path).unwrap_err();
    fails(
        &devzone(&[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-07-01",
            "--params",
            path,
        ]),
        1,
        &format!("error: cannot read `{path}`: {os}\n"),
    );
}

#[test]
fn input_that_is_not_json() {
    fails(
        &run(
            &["eval", "art-18.c", "--input", "-"],
            Some("issueDate=2019-06-01"),
        ),
        2,
        "error: input: not valid JSON: expected value at line 1 column 1\n\
         help: standard input must hold the rule's input as one JSON object\n",
    );
}

#[test]
fn bad_lang() {
    let expected = "error: --lang: unknown language `fr`: expected `zh`, `en` or `ko`\n";
    let file = scratch(
        "lang.json",
        r#"{"issueDate": "2019-06-01", "asOf": "2019-09-01"}"#,
    );
    fails(
        &devzone(&["eval", "art-18.c", "--input", &file, "--lang", "fr"]),
        2,
        expected,
    );
    fails(
        &devzone(&[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-07-01",
            "--lang",
            "fr",
        ]),
        2,
        expected,
    );
    fails(
        &devzone(&[
            "meetings",
            "--issued",
            "2019-06-01",
            "--year",
            "2020",
            "--lang",
            "fr",
        ]),
        2,
        expected,
    );
}

#[test]
fn bad_format() {
    let file = scratch(
        "format.json",
        r#"{"issueDate": "2019-06-01", "asOf": "2019-09-01"}"#,
    );
    fails(
        &devzone(&["eval", "art-18.c", "--input", &file, "--format", "yaml"]),
        2,
        "error: --format: unknown format `yaml`: expected `json` or `text`\n",
    );
}

#[test]
fn bad_params() {
    let negative = scratch("params-negative.json", r#"{"implMeasuresMonths": -1}"#);
    fails(
        &devzone(&["deadline", "--issued", "2019-06-01", "--as-of", "2019-07-01", "--params", &negative]),
        2,
        "error: options.params.implMeasuresMonths: invalid value: -1, expected a whole number ≥ 0\n",
    );
    let unknown = scratch(
        "params-unknown.json",
        r#"{"meetingsRequireSpread": true, "spread": true}"#,
    );
    let o = devzone(&[
        "meetings",
        "--issued",
        "2019-06-01",
        "--year",
        "2020",
        "--params",
        &unknown,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .starts_with("error: options.params.spread: unknown field `spread`, expected one of "),
        "{}",
        stderr(&o)
    );
    let not_json = scratch("params-not-json.json", "implMeasuresMonths: 3");
    fails(
        &devzone(&["deadline", "--issued", "2019-06-01", "--as-of", "2019-07-01", "--params", &not_json]),
        2,
        &format!("error: options.params: `{not_json}` is not valid JSON: expected value at line 1 column 1\n"),
    );
}

#[test]
fn stdin_cannot_serve_both_input_and_params() {
    fails(
        &run(&["eval", "art-18.c", "--input", "-", "--params", "-"], Some("{}")),
        2,
        "error: --params: standard input is already read by `--input -`; give the parameters as a file\n",
    );
}

#[test]
fn deadline_flag_errors_name_the_flag() {
    fails(
        &devzone(&[
            "deadline",
            "--issued",
            "2019-02-30",
            "--as-of",
            "2019-09-01",
        ]),
        2,
        "error: --issued: invalid date `2019-02-30`: 2019-02 has 28 days\n",
    );
    fails(
        &devzone(&["deadline", "--issued", "2019-06-01", "--as-of", "2019-9-1"]),
        2,
        "error: --as-of: invalid date `2019-9-1`: expected a calendar date `YYYY-MM-DD`\n",
    );
    fails(
        &devzone(&[
            "deadline",
            "--issued",
            "2019-06-01",
            "--adopted",
            "2019-13-01",
        ]),
        2,
        "error: --adopted: invalid date `2019-13-01`: month must be 01 to 12\n",
    );
}

#[test]
fn deadline_needs_as_of_or_adopted() {
    let o = devzone(&["deadline", "--issued", "2019-06-01"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--as-of <DATE>|--adopted <DATE>"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn meetings_flag_errors_name_the_flag() {
    let base = ["meetings", "--issued", "2019-06-01"];
    let with = |extra: &[&str]| devzone(&[&base[..], extra].concat());
    fails(
        &with(&[
            "--year",
            "2020",
            "--meeting",
            "2020-03-01",
            "--meeting",
            "2020-02-30,ACT.LG",
        ]),
        2,
        "error: --meeting `2020-02-30,ACT.LG`: invalid date `2020-02-30`: 2020-02 has 29 days\n",
    );
    // The core checks the convener; the CLI names the `--meeting` it came from.
    fails(
        &with(&["--year", "2020", "--meeting", "2020-03-01", "--meeting", "2020-05-01,yanji"]),
        2,
        "error: --meeting `2020-05-01,yanji`: invalid actor code `yanji`: expected a code such as `ACT.LG`, `AG.COMMERCE` or `CTY.YANJI`\n",
    );
    fails(
        &with(&["--year", "2020", "--meeting", "2020-05-01,ACT.LG,OTHER,x"]),
        2,
        "error: --meeting `2020-05-01,ACT.LG,OTHER,x`: unexpected `x`: expected `DATE[,CONVENED_BY][,KIND]`\n",
    );
    fails(
        &with(&["--year", "twenty"]),
        2,
        "error: --year: invalid year `twenty`: expected a year such as `2020`\n",
    );
    fails(
        &with(&["--year", "0"]),
        2,
        "error: --year: invalid value: 0, expected a year from 1 to 9999\n",
    );
}

// ---- answers: the CLI is the library's JSON API ----

#[test]
fn eval_from_stdin_equals_the_library() {
    let input = json!({"issueDate": "2019-08-31", "asOf": "2020-03-01"});
    for lang in LANGS {
        let out = json_out(
            &["eval", "art-18.c", "--input", "-", "--lang", lang],
            Some(&input.to_string()),
        );
        let expected = api::evaluate("art-18.c", &input, &json!({"lang": lang})).unwrap();
        assert_eq!(out, expected, "{lang}");
        assert_eq!(out["due"], "2020-02-29");
        assert_eq!(out["outcome"], "OVERDUE");
    }
}

#[test]
fn eval_defaults_to_chinese() {
    let out = json_out(
        &["eval", "art-18.c", "--input", "-"],
        Some(r#"{"issueDate": "2019-06-01", "adoptedDate": "2019-12-01"}"#),
    );
    assert_eq!(out["lang"], "zh");
    assert_eq!(out["outcome"], "MET_ON_TIME");
    assert_eq!(out["outcomeLabel"], "按期完成");
}

#[test]
fn params_file_is_passed_as_options_params() {
    let params = scratch("params-3.json", r#"{"implMeasuresMonths": 3}"#);
    let out = json_out(
        &[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-08-01",
            "--params",
            &params,
            "--json",
        ],
        None,
    );
    let expected = api::evaluate(
        "art-18.c",
        &json!({"issueDate": "2019-06-01", "asOf": "2019-08-01"}),
        &json!({"lang": "zh", "params": {"implMeasuresMonths": 3}}),
    )
    .unwrap();
    assert_eq!(out, expected);
    assert_eq!(out["due"], "2019-09-01");
    assert_eq!(out["paramsUsed"]["implMeasuresMonths"], 3);
}

#[test]
fn deadline_and_meetings_json_equal_eval() {
    let deadline = json_out(
        &[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-12-02",
            "--adopted",
            "2019-12-03",
            "--lang",
            "en",
            "--json",
        ],
        None,
    );
    let eval = json_out(
        &["eval", "art-18.c", "--input", "-", "--lang", "en"],
        Some(r#"{"issueDate": "2019-06-01", "asOf": "2019-12-02", "adoptedDate": "2019-12-03"}"#),
    );
    assert_eq!(deadline, eval);
    assert_eq!(deadline["outcome"], "OVERDUE"); // the adoption is after the as-of date

    let meetings = json_out(
        &[
            "meetings",
            "--issued",
            "2019-06-01",
            "--year",
            "2022",
            "--meeting",
            "2022-03-15",
            "--meeting",
            "2022-06-01,CTY.YANJI",
            "--meeting",
            "2022-08-02,ACT.LG,other",
            "--lang",
            "ko",
            "--json",
        ],
        None,
    );
    let input = json!({"issueDate": "2019-06-01", "year": 2022, "meetings": [
        {"date": "2022-03-15"},
        {"date": "2022-06-01", "convenedBy": "CTY.YANJI"},
        {"date": "2022-08-02", "convenedBy": "ACT.LG", "kind": "OTHER"}]});
    let expected = api::evaluate("art-16.b", &input, &json!({"lang": "ko"})).unwrap();
    assert_eq!(meetings, expected);
    assert_eq!(meetings["outcome"], "NON_COMPLIANT");
    assert_eq!(meetings["count"], 1);
}

#[test]
fn text_format_of_eval_is_the_explanation() {
    let text = ok(&[
        "deadline",
        "--issued",
        "2019-06-01",
        "--adopted",
        "2019-12-02",
        "--lang",
        "ko",
    ]);
    let o = run(
        &[
            "eval", "art-18.c", "--input", "-", "--lang", "ko", "--format", "text",
        ],
        Some(r#"{"issueDate": "2019-06-01", "adoptedDate": "2019-12-02"}"#),
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), text);
}

#[test]
fn explanation_quotes_the_clause_verbatim_in_every_language() {
    for lang in LANGS {
        let text = ok(&[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-06-02",
            "--lang",
            lang,
        ]);
        let meta = RuleId::ART_18_C.meta();
        assert!(text.contains(meta.quote), "{lang}");
        assert!(text.contains(meta.rendering(devzone_rules::Lang::from_code(lang).unwrap())));
        assert!(text.contains("YB-DZ-OPINIONS/art-18.c"));
        assert!(text.contains(devzone_rules::rules::RULEBOOK_VERSION));
    }
}

// ---- the human explanation, reviewed and frozen ----

fn snapshot_in_every_language(name: &str, args: &[&str]) {
    for lang in LANGS {
        let text = ok(&[args, &["--lang", lang]].concat());
        insta::assert_snapshot!(format!("{name}_{lang}"), text);
    }
}

#[test]
fn explain_art_18_c_met_late() {
    // TV-18-8: issued 2019-06-01, adopted 2019-12-02 → due 2019-12-01, one day late.
    snapshot_in_every_language(
        "deadline_met_late",
        &[
            "deadline",
            "--issued",
            "2019-06-01",
            "--adopted",
            "2019-12-02",
        ],
    );
}

#[test]
fn explain_art_18_c_overdue() {
    // TV-18-9: issued 2019-06-01, nothing adopted as of 2019-12-02.
    snapshot_in_every_language(
        "deadline_overdue",
        &[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-12-02",
        ],
    );
}

#[test]
fn explain_art_18_c_pending() {
    snapshot_in_every_language(
        "deadline_pending",
        &[
            "deadline",
            "--issued",
            "2019-06-01",
            "--as-of",
            "2019-09-15",
        ],
    );
}

#[test]
fn explain_art_16_b_compliant() {
    // TV-16-5: three meetings in 2022, one convened by a county → two count → compliant.
    snapshot_in_every_language(
        "meetings_compliant",
        &[
            "meetings",
            "--issued",
            "2019-06-01",
            "--year",
            "2022",
            "--meeting",
            "2022-03-15",
            "--meeting",
            "2022-06-01,CTY.YANJI",
            "--meeting",
            "2022-11-08",
        ],
    );
}

#[test]
fn explain_art_16_b_non_compliant_with_spread() {
    // TV-16-4: two meetings, both in May, with `meetingsRequireSpread` → non-compliant.
    let params = scratch("params-spread.json", r#"{"meetingsRequireSpread": true}"#);
    snapshot_in_every_language(
        "meetings_no_spread",
        &[
            "meetings",
            "--issued",
            "2019-06-01",
            "--year",
            "2022",
            "--meeting",
            "2022-05-10",
            "--meeting",
            "2022-05-24",
            "--params",
            &params,
        ],
    );
}

#[test]
fn examples_evaluate_as_the_library_does() {
    insta::glob!("../../examples", "*.json", |path| {
        let rule = path.file_stem().unwrap().to_str().unwrap();
        let file = path.to_str().unwrap();
        let input: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let out = json_out(&["eval", rule, "--input", file], None);
        assert_eq!(out, api::evaluate(rule, &input, &Value::Null).unwrap());
        let explanation = ok(&[
            "eval", rule, "--input", file, "--lang", "en", "--format", "text",
        ]);
        insta::assert_snapshot!(explanation);
    });
}
