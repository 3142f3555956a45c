//! End-to-end tests of the `devzone` binary: exit codes, exact error lines, stdin, agreement
//! with the library's JSON API, and snapshots of the human explanations in zh, ko and en
//! (`eval`, `deadline`, `meetings`, `rules`, `zone`).

// The workspace denies `unwrap` outside tests; clippy counts only `#[test]` functions as tests,
// and these helpers serve them: a failed setup step must fail the test at once.
#![allow(clippy::unwrap_used, reason = "test helpers")]

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use devzone_rules::rules::{Evaluation, Kind};
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
        "错误: input.issueDate: 取值无效:2019 年 2 月只有 28 天;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2019-02-30\"\n提示: 按“应为”所示更正该值。\n",
    );
}

#[test]
fn impossible_meeting_date_names_the_array_element() {
    let input = r#"{"issueDate": "2019-06-01", "year": 2020,
                    "meetings": [{"date": "2020-03-01"}, {"date": "2020-02-30"}]}"#;
    fails(
        &run(&["eval", "art-16.b", "--input", "-"], Some(input)),
        2,
        "错误: input.meetings[1].date: 取值无效:2020 年 2 月只有 29 天;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2020-02-30\"\n提示: 按“应为”所示更正该值。\n",
    );
}

#[test]
fn unknown_input_field() {
    let input = r#"{"issueDate": "2019-06-01", "asOf": "2019-09-01", "bearer": "AG.COMMERCE"}"#;
    fails(
        &run(&["eval", "art-18.c", "--input", "-"], Some(input)),
        2,
        "错误: input.bearer: 未知字段;应为以下之一:`issueDate`, `asOf`, `adoptedDate`;实际为 \"bearer\"\n提示: 删除该字段或更正其名称(区分大小写,采用 camelCase)。\n",
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
        "错误: input: 缺少必填字段:应给出 `asOf` 或 `adoptedDate`(或两者)\n提示: 补上该字段;各规则的必填字段见 `devzone schema <规则>`。\n",
    );
}

#[test]
fn unknown_rule_is_reported_before_the_input_is_read() {
    // The help lists the rules with a function, in catalog order (from the registry).
    let evaluable: Vec<&str> = devzone_rules::rules::evaluable()
        .map(RuleId::as_str)
        .collect();
    let expected = format!(
        "错误: ruleId: 未知规则:规则手册中没有 `art-99.z`;实际为 \"art-99.z\"\n提示: 是否应为 `art-09.a`?可计算的规则:{}\n",
        evaluable.join(", ")
    );
    fails(
        &devzone(&["eval", "art-99.z", "--input", "no-such-file.json"]),
        2,
        &expected,
    );
    fails(
        &run(&["eval", "art-99.z", "--input", "-"], Some("{}")),
        2,
        &expected,
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
        &format!("错误: 无法读取 `{path}`: 文件不存在({os})\n"),
    );
}

/// The system's reason in the reader's language for the common kinds, its own words beside.
#[test]
fn a_missing_file_is_said_in_korean_and_english_too() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("devzone-cli-does-not-exist.json");
    let path = path.to_str().unwrap();
    let os = std::fs::read(path).unwrap_err();
    fails(
        &devzone(&["eval", "art-18.c", "--input", path, "--lang", "ko"]),
        1,
        &format!("오류: 읽을 수 없습니다: `{path}`: 그런 파일이 없습니다({os})\n"),
    );
    fails(
        &devzone(&["eval", "art-18.c", "--input", path, "--lang", "en"]),
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
        &format!("错误: 无法读取 `{path}`: 文件不存在({os})\n"),
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
        "错误: input: 不是有效的 JSON:第 1 行第 1 列\n\
         提示: 标准输入 应包含一个 JSON 对象:规则的输入\n",
    );
}

#[test]
fn bad_lang() {
    let expected = "错误: --lang: 不是允许的取值:未知语言 `fr`:应为 `zh`、`en` 或 `ko`\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n";
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
        "错误: --format: 不是允许的取值:未知格式 `yaml`:应为 `json` 或 `text`\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n",
    );
}

#[test]
fn bad_params() {
    let negative = scratch("params-negative.json", r#"{"implMeasuresMonths": -1}"#);
    fails(
        &devzone(&["deadline", "--issued", "2019-06-01", "--as-of", "2019-07-01", "--params", &negative]),
        2,
        "错误: options.params.implMeasuresMonths: 取值无效;应为不小于 0 的整数;实际为 -1\n提示: 按“应为”所示更正该值。\n",
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
    // Params has 50 fields (catalog §4): the list would hide the point, and nothing is close.
    fails(
        &o,
        2,
        "错误: options.params.spread: 未知字段;实际为 \"spread\"\n提示: 删除该字段或更正其名称(区分大小写,采用 camelCase)。\n",
    );
    let typo = scratch("params-typo.json", r#"{"meetingsRequireSpreads": true}"#);
    fails(
        &devzone(&[
            "meetings",
            "--issued",
            "2019-06-01",
            "--year",
            "2020",
            "--params",
            &typo,
        ]),
        2,
        "错误: options.params.meetingsRequireSpreads: 未知字段;实际为 \"meetingsRequireSpreads\"\n\
         提示: 是否应为 `meetingsRequireSpread`?\n",
    );
    let not_json = scratch("params-not-json.json", "implMeasuresMonths: 3");
    fails(
        &devzone(&["deadline", "--issued", "2019-06-01", "--as-of", "2019-07-01", "--params", &not_json]),
        2,
        &format!("错误: options.params: 不是有效的 JSON:第 1 行第 1 列\n提示: `{not_json}` 应包含一个 JSON 对象:参数对象\n"),
    );
}

#[test]
fn stdin_cannot_serve_both_input_and_params() {
    fails(
        &run(&["eval", "art-18.c", "--input", "-", "--params", "-"], Some("{}")),
        2,
        "错误: --params: 前后矛盾或缺少关联字段:标准输入已由 `--input -` 读取;请以文件给出参数\n提示: 使相关字段彼此一致,或补上所需的关联字段。\n",
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
        "错误: --issued: 取值无效:2019 年 2 月只有 28 天;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2019-02-30\"\n提示: 按“应为”所示更正该值。\n",
    );
    fails(
        &devzone(&["deadline", "--issued", "2019-06-01", "--as-of", "2019-9-1"]),
        2,
        "错误: --as-of: 取值无效:不是 `YYYY-MM-DD` 格式的日期;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2019-9-1\"\n提示: 按“应为”所示更正该值。\n",
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
        "错误: --adopted: 取值无效:月份须为 01 至 12;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2019-13-01\"\n提示: 按“应为”所示更正该值。\n",
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
        "错误: --meeting `2020-02-30,ACT.LG`: 取值无效:2020 年 2 月只有 29 天;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2020-02-30\"\n提示: 按“应为”所示更正该值。\n",
    );
    // The core checks the convener; the CLI names the `--meeting` it came from.
    fails(
        &with(&["--year", "2020", "--meeting", "2020-03-01", "--meeting", "2020-05-01,yanji"]),
        2,
        "错误: --meeting `2020-05-01,yanji`: 引用的对象不存在:不是责任主体代码;应为如 `ACT.LG`、`AG.COMMERCE` 或 `CTY.YANJI` 的代码;实际为 \"yanji\"\n提示: 引用的标识须指向已有的对象(登记册中的记录、规则手册中的规则或责任主体的代码):更正标识,或先登记该对象。\n",
    );
    fails(
        &with(&["--year", "2020", "--meeting", "2020-05-01,ACT.LG,OTHER,x"]),
        2,
        "错误: --meeting `2020-05-01,ACT.LG,OTHER,x`: 取值无效:多余的 `x`:应为 `日期[,召集者][,类型]`\n提示: 按“应为”所示更正该值。\n",
    );
    fails(
        &with(&["--year", "twenty"]),
        2,
        "错误: --year: 取值无效:无效年份 `twenty`:应为如 `2020` 的年份\n提示: 按“应为”所示更正该值。\n",
    );
    fails(
        &with(&["--year", "0"]),
        2,
        "错误: --year: 取值无效;应为1 至 9999 之间的年份;实际为 0\n提示: 按“应为”所示更正该值。\n",
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
        assert!(text.contains(meta.rendering(lang.parse::<devzone_rules::Lang>().unwrap())));
        assert!(text.contains("YB-DZ-OPINIONS/art-18.c"));
        assert!(text.contains(devzone_rules::rules::RULEBOOK_VERSION));
    }
}

// ---- the human explanation, reviewed and frozen ----

fn snapshot_in_every_language(name: &str, args: &[&str]) {
    for lang in LANGS {
        let args = [args, &["--lang", lang]].concat();
        snapshot(&format!("{name}_{lang}"), &args, &ok(&args));
    }
}

/// A snapshot of `text`, the output of `devzone ARGS`, whose header names the command (a file
/// under the test scratch folder shown by its name only).
fn snapshot(name: &str, args: &[&str], text: &str) {
    let shown: Vec<String> = args
        .iter()
        .map(|a| {
            if a.contains(env!("CARGO_TARGET_TMPDIR")) || a.contains(env!("CARGO_MANIFEST_DIR")) {
                let file = std::path::Path::new(a).file_name().unwrap_or_default();
                let file = file.to_string_lossy();
                // A vector's input (`vector_input`) is named by its vector file and case.
                match file
                    .strip_prefix("devzone-cli-")
                    .and_then(|f| f.strip_suffix(".json"))
                    .and_then(|f| f.split_once("__"))
                {
                    Some((rule, case)) => {
                        format!("<input of tests/vectors/{rule}.json case {case}>")
                    }
                    None => format!("<{file}>"),
                }
            } else {
                (*a).to_owned()
            }
        })
        .collect();
    let mut settings = insta::Settings::clone_current();
    settings.set_description(format!("devzone {}", shown.join(" ")));
    settings.bind(|| insta::assert_snapshot!(name, text));
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
        if RuleId::parse(rule).is_none() {
            // Not a rule's input (the example register): `zone` tests read it.
            return;
        }
        let file = path.to_str().unwrap();
        let input: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let out = json_out(&["eval", rule, "--input", file], None);
        assert_eq!(out, api::evaluate(rule, &input, &Value::Null).unwrap());
        let args = [
            "eval", rule, "--input", file, "--lang", "en", "--format", "text",
        ];
        let mut settings = insta::Settings::clone_current();
        let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .display()
            .to_string();
        settings.set_description(
            format!("devzone {}", args.join(" ")).replace(&format!("{workspace}/"), ""),
        );
        settings.bind(|| insta::assert_snapshot!(ok(&args)));
    });
}

// ---- eval: the zone checks of issue 3, explained ----

/// A fixture under `cli/tests/fixtures/`.
fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The input of case `case` of the shared vectors of `rule` (`tests/vectors/<rule>.json`),
/// written to a scratch file whose name is `<rule>__<case>.json`.
fn vector_input(rule: &str, case: &str) -> String {
    let path = format!(
        "{}/../tests/vectors/{rule}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let found = doc
        .get("cases")
        .and_then(Value::as_array)
        .unwrap()
        .iter()
        .find(|c| c.get("id").is_some_and(|id| id == case));
    let input = found.and_then(|c| c.get("input")).unwrap();
    scratch(&format!("{rule}__{case}.json"), &input.to_string())
}

/// The representative zone checks: rule and catalog case of the shared vectors, whose
/// expectations (what the catalog, §8, §4 defaults and the clause text, says the answer holds)
/// the vector runners check; here the CLI must print the library's answer and explain it.
fn zone_check_cases() -> Vec<(&'static str, &'static str)> {
    vec![
        // TV-02-2: county X has a provincial zone and an ICZ (counted, AMB-05) on 2020-05-01.
        ("art-02.c", "TV-02-2"),
        // TV-02-5: county Y has no provincial zone (national ones do not block, AMB-07).
        ("art-02.d", "TV-02-5-d"),
        // TV-05-2: a national zone with 1 leading and 4 main industries (at most 3).
        ("art-05.a", "TV-05-2"),
        // 延吉高新区 is named in (十二): a dispatched agency of the prefecture government.
        ("art-12.b", "D-1"),
        // TV-14-3: zone A ranked 85 of 88 in 2022 after 70 in 2021: bottom 10 and a fall.
        ("art-14.d", "TV-14-3"),
        // TV-14-9: zone B in the bottom 5 in 2020 and 2021, revoked from 2022-07-01.
        ("art-14.f", "TV-14-9"),
        // TV-15-1: due 2020-06-30, completed 2020-09-01: late within 2020.
        ("art-15.a", "TV-15-1"),
    ]
}

#[test]
fn zone_checks_answer_as_the_library_does() {
    for (rule, case) in zone_check_cases() {
        let file = vector_input(rule, case);
        let input: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for lang in LANGS {
            let out = json_out(&["eval", rule, "--input", &file, "--lang", lang], None);
            assert_eq!(
                out,
                api::evaluate(rule, &input, &json!({"lang": lang})).unwrap(),
                "{rule} {case} {lang}"
            );
        }
    }
}

/// Every field of a zone check is shown under a label of the language, never under its JSON
/// name, and no value is dumped as a JSON object.
#[test]
fn zone_check_fields_have_labels_in_every_language() {
    let envelope = [
        "ruleId",
        "citation",
        "clause",
        "outcome",
        "outcomeLabel",
        "reasons",
        "needsHuman",
        "paramsUsed",
        "ambiguities",
        "lang",
        "rulebook",
    ];
    for (rule, case) in zone_check_cases() {
        let file = vector_input(rule, case);
        let answer = json_out(&["eval", rule, "--input", &file], None);
        for lang in LANGS {
            let text = ok(&[
                "eval", rule, "--input", &file, "--format", "text", "--lang", lang,
            ]);
            let details = text
                .split("\n\n")
                .find(|s| s.starts_with(['详', '세', 'D']))
                .unwrap();
            for key in answer.as_object().unwrap().keys() {
                if !envelope.contains(&key.as_str()) {
                    assert!(
                        !details.contains(&format!("  {key}")),
                        "{rule} {lang}: {key}"
                    );
                }
            }
            assert!(!details.contains('{'), "{rule} {lang}: {details}");
        }
    }
}

#[test]
fn explain_zone_checks() {
    for (rule, case) in zone_check_cases() {
        let file = vector_input(rule, case);
        let args = ["eval", rule, "--input", &file, "--format", "text"];
        snapshot_in_every_language(&format!("eval_{rule}_{case}"), &args);
    }
}

// ---- rules: the rulebook ----

fn rule_ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn rules_lists_the_whole_catalog() {
    let all = json_out(&["rules", "--json"], None);
    assert_eq!(all, serde_json::to_value(api::rules()).unwrap());
    let n = devzone_rules::RULES.len();
    assert_eq!(all.as_array().unwrap().len(), n);
    for lang in LANGS {
        let text = ok(&["rules", "--lang", lang]);
        for id in rule_ids(&all) {
            assert!(text.contains(&format!("\n  {id}")), "{lang}: {id}");
        }
        let total = match lang {
            "zh" => format!("共 {n} 条规则\n"),
            "ko" => format!("규칙 {n}개\n"),
            _ => format!("{n} rule(s)\n"),
        };
        assert!(text.ends_with(&total), "{lang}");
    }
}

#[test]
fn rules_by_clause() {
    // The rules of (十四), from the registry.
    let of_clause = |n: u8| -> Vec<String> {
        devzone_rules::RULES
            .iter()
            .filter(|r| r.meta().clause_number() == Some(n))
            .map(|r| r.as_str().to_owned())
            .collect()
    };
    let expected = of_clause(14);
    assert!(!expected.is_empty());
    for form in ["14", "(十四)", "十四", "（十四）"] {
        let out = json_out(&["rules", "--clause", form, "--json"], None);
        assert_eq!(rule_ids(&out), expected, "{form}");
    }
    let one = json_out(&["rules", "--clause", "1", "--json"], None);
    assert_eq!(rule_ids(&one), of_clause(1));
    for bad in ["0", "19", "十九", "x"] {
        fails(
            &devzone(&["rules", "--clause", bad]),
            2,
            &format!(
                "错误: --clause: 不是允许的取值:未知条款 `{bad}`:应为 1 至 18,或如 `(十四)` 的序号\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n"
            ),
        );
    }
}

#[test]
fn rules_by_kind_and_evaluation() {
    // The rules whose primary kind is a sanction, and the computed rewards, from the registry.
    let of_kind = |kind: Kind, computed_only: bool| -> Vec<&str> {
        devzone_rules::RULES
            .iter()
            .filter(|r| r.meta().kind() == kind)
            .filter(|r| !computed_only || r.meta().evaluation == Evaluation::Function)
            .map(|r| r.as_str())
            .collect()
    };
    let sanctions = of_kind(Kind::Sanction, false);
    assert!(!sanctions.is_empty());
    for form in ["sanction", "SANCTION", "Sanction"] {
        let out = json_out(&["rules", "--kind", form, "--json"], None);
        assert_eq!(rule_ids(&out), sanctions, "{form}");
    }
    let computed = json_out(&["rules", "--evaluation", "function", "--json"], None);
    let evaluable: Vec<&str> = devzone_rules::rules::evaluable()
        .map(RuleId::as_str)
        .collect();
    assert_eq!(rule_ids(&computed), evaluable);
    let both = json_out(
        &[
            "rules",
            "--kind",
            "reward",
            "--evaluation",
            "FUNCTION",
            "--json",
        ],
        None,
    );
    assert_eq!(rule_ids(&both), of_kind(Kind::Reward, true));
    // Every rule NOT_COMPUTABLE or PLANNED says why; since rulebook 2026.12.5 no rule is left
    // PLANNED (each is a function, an open item or not computable with its reason).
    for status in ["NOT_COMPUTABLE", "PLANNED"] {
        let out = json_out(&["rules", "--evaluation", status, "--json"], None);
        assert_eq!(
            out.as_array().unwrap().is_empty(),
            status == "PLANNED",
            "{status}"
        );
        let text = ok(&["rules", "--evaluation", status, "--lang", "en"]);
        for r in out.as_array().unwrap() {
            assert_eq!(r["evaluation"], status);
            let note = r["evaluationNote"]["en"].as_str().unwrap();
            assert!(text.contains(&format!("    Note: {note}\n")), "{}", r["id"]);
        }
    }
    fails(
        &devzone(&["rules", "--kind", "penalty"]),
        2,
        "错误: --kind: 不是允许的取值:未知类型 `penalty`:应为以下之一:obligation, deadline, recurring-duty, \
         eligibility-check, sanction, reward, fee-rule, power-grant, definition, priority-rule\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n",
    );
    fails(
        &devzone(&["rules", "--evaluation", "done"]),
        2,
        "错误: --evaluation: 不是允许的取值:未知计算状态 `done`:应为以下之一:FUNCTION, OPEN_ITEM, \
         NOT_COMPUTABLE, PLANNED\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n",
    );
    let none = ok(&[
        "rules", "--kind", "deadline", "--clause", "14", "--lang", "en",
    ]);
    assert_eq!(none, "No rule matches\n");
}

#[test]
fn rules_by_agency() {
    // 州统计局 is a responsible unit of (十四) only (catalog §2.3), and one of 「州直有关部门」,
    // which bear art-12.e, 16.e, 17.d and 18.c (as `obligations` expands them).
    let stats = json_out(&["rules", "--agency", "AG.STATS", "--json"], None);
    let all = json_out(&["rules", "--json"], None);
    let expected: Vec<Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["clause"] == "(十四)"
                || r["bearers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|b| b["code"] == "ACT.PREF_DEPTS")
        })
        .cloned()
        .collect();
    assert_eq!(stats, Value::Array(expected));
    assert_eq!(
        rule_ids(&stats)
            .into_iter()
            .filter(|id| !id.starts_with("art-14"))
            .collect::<Vec<_>>(),
        ["art-12.e", "art-16.e", "art-17.d", "art-18.c"]
    );
    // The text's own names of actors no rule bears find the rules whose words name them.
    for (name, ids) in [
        ("统计部门", &["art-14.g"][..]),
        ("外事主管部门", &["art-04.e"][..]),
        ("开发区主管部门", &["art-14.g"][..]),
    ] {
        assert_eq!(
            rule_ids(&json_out(&["rules", "--agency", name, "--json"], None)),
            ids,
            "{name}"
        );
    }
    for other in [
        "ag.stats",
        "州统计局",
        "주통계국",
        "Prefecture Bureau of Statistics",
    ] {
        assert_eq!(
            json_out(&["rules", "--agency", other, "--json"], None),
            stats,
            "{other}"
        );
    }
    // A bearer named only in the body: the Leading Group convenes the joint meetings (art-16.b).
    let lg = rule_ids(&json_out(&["rules", "--agency", "ACT.LG", "--json"], None));
    assert!(lg.contains(&"art-16.b".to_owned()), "{lg:?}");
    // 各县市政府 is a responsible unit of every clause but (九), (十二), (十四) and (十六),
    // whose lists say 各县市党委、政府 (AG.CTY_PARTY_GOV), and (十八), which has none; there it
    // matches only where it bears a rule itself.
    let cty_gov = json_out(&["rules", "--agency", "AG.CTY_GOV", "--json"], None);
    for r in cty_gov.as_array().unwrap() {
        let codes: Vec<&str> = ["bearers", "responsibleUnits"]
            .iter()
            .flat_map(|k| r[k].as_array().unwrap())
            .map(|a| a["code"].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"AG.CTY_GOV"), "{}", r["id"]);
    }
    let ids = rule_ids(&cty_gov);
    assert!(!ids.contains(&"art-16.b".to_owned()) && !ids.contains(&"art-14.d".to_owned()));
    assert_eq!(
        rule_ids(&json_out(
            &["rules", "--agency", "AG.CTY_GOV", "--clause", "1", "--json"],
            None
        )),
        ["art-01.a", "art-01.b"]
    );
    // A county bears what either county placeholder bears.
    let county = rule_ids(&json_out(
        &["rules", "--agency", "CTY.YANJI", "--json"],
        None,
    ));
    let party = rule_ids(&json_out(
        &["rules", "--agency", "AG.CTY_PARTY_GOV", "--json"],
        None,
    ));
    let all = rule_ids(&json_out(&["rules", "--json"], None));
    let union: Vec<String> = all
        .into_iter()
        .filter(|id| rule_ids(&cty_gov).contains(id) || party.contains(id))
        .collect();
    assert_eq!(county, union);
    assert!(county.contains(&"art-12.a".to_owned()) && county.contains(&"art-02.c".to_owned()));
    let o = devzone(&["rules", "--agency", "AG.NOPE"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with(
        "错误: --agency: 引用的对象不存在:没有名为 `AG.NOPE` 的承担者;实际为 \"AG.NOPE\"\n\
         提示: 承担者:州商务局(AG.COMMERCE)、"
    ));
}

#[test]
fn explain_rules_of_clause_14() {
    snapshot_in_every_language("rules_clause_14", &["rules", "--clause", "14"]);
    for lang in LANGS {
        let text = ok(&["rules", "--clause", "14", "--lang", lang]);
        for r in json_out(&["rules", "--clause", "14", "--json"], None)
            .as_array()
            .unwrap()
        {
            assert!(
                text.contains(r["quote"].as_str().unwrap()),
                "{lang} {}",
                r["id"]
            );
            for b in r["bearers"].as_array().unwrap() {
                assert!(
                    text.contains(b[lang].as_str().unwrap()),
                    "{lang} {}",
                    r["id"]
                );
            }
        }
    }
}

// ---- zone: the zone summary ----

const AS_OF: &str = "2023-10-01";

fn register_fixture() -> String {
    fixture("register.json")
}

fn summary_json(zone: &str, as_of: &str) -> Value {
    json_out(
        &[
            "zone",
            zone,
            "--register",
            &register_fixture(),
            "--as-of",
            as_of,
            "--json",
        ],
        None,
    )
}

fn finding<'a>(summary: &'a Value, rule: &str) -> &'a Value {
    summary["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["ruleId"] == rule)
        .unwrap()
}

fn permission(summary: &Value, action: &str) -> (Value, Value) {
    let p = summary["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["action"] == action)
        .unwrap();
    (p["status"].clone(), p["decidedBy"].clone())
}

#[test]
fn zone_json_is_the_library_summary() {
    let register: Value =
        serde_json::from_str(&std::fs::read_to_string(register_fixture()).unwrap()).unwrap();
    for zone in ["DH-EDZ", "YB-XXICZ", "YJ-HTZ"] {
        for lang in LANGS {
            let params = scratch("zone-params.json", r#"{"rankFallMinPlaces": 5}"#);
            let out = json_out(
                &[
                    "zone",
                    zone,
                    "--register",
                    &register_fixture(),
                    "--as-of",
                    AS_OF,
                    "--lang",
                    lang,
                    "--params",
                    &params,
                    "--json",
                ],
                None,
            );
            let expected = api::zone_summary(
                &json!({"register": register, "zoneId": zone, "asOf": AS_OF}),
                &json!({"lang": lang, "params": {"rankFallMinPlaces": 5}}),
            )
            .unwrap();
            assert_eq!(out, expected, "{zone} {lang}");
        }
    }
}

/// 敦化 (illustrative ranks 45, 60, 81 of 88 for 2020–2022, results of 2022 out on 2023-09-01;
/// a wastewater plant due 2023-06-30 and not built): the 2022 results give a yellow card
/// (bottom 10 ⇔ rank ≥ 79, and 60 → 81 is a fall), in force until next year's results and an
/// accepted rectification (AMB-24); the overdue plant disqualifies 2023 (art-15.a). Both bar
/// expanding, adjusting and upgrading; art-15.a also bars this year's assessment.
#[test]
fn zone_dunhua_yellow_card_and_environment() {
    let s = summary_json("DH-EDZ", AS_OF);
    assert_eq!(s["zoneName"], "敦化经济开发区");
    assert_eq!(s["assessmentYear"], 2022);
    let card = finding(&s, "art-14.d");
    assert_eq!(card["outcome"], "TRIGGERED");
    assert_eq!(card["triggers"], json!(["BOTTOM_N", "RANK_FALL"]));
    assert_eq!(card["start"], "2023-09-01");
    assert_eq!(finding(&s, "art-14.e")["outcome"], "NOT_TRIGGERED"); // one bottom-10 year
    assert_eq!(finding(&s, "art-14.f")["outcome"], "NOT_TRIGGERED"); // 81 < 84
    assert_eq!(finding(&s, "art-15.a")["outcome"], "DISQUALIFIED");
    assert_eq!(finding(&s, "art-15.a")["year"], 2023);
    assert_eq!(finding(&s, "art-02.c")["outcome"], "COMPLIANT"); // one zone in 敦化
    assert_eq!(finding(&s, "art-05.a")["outcome"], "VALID"); // provincial 1 + 2
    for action in ["EXPAND", "ADJUST", "UPGRADE"] {
        assert_eq!(
            permission(&s, action),
            (json!("BARRED"), json!(["art-14.d", "art-15.a"])),
            "{action}"
        );
    }
    assert_eq!(
        permission(&s, "BE_ASSESSED"),
        (json!("BARRED"), json!(["art-15.a"]))
    );
    // The day before the 2022 results were published, the latest results are 2021's.
    assert_eq!(summary_json("DH-EDZ", "2023-08-31")["assessmentYear"], 2021);
    assert_eq!(summary_json("DH-EDZ", "2023-09-01")["assessmentYear"], 2022);
}

/// 延边新兴工业集中区, an ICZ in 延吉: the national high-tech zone is prefecture-dispatched (not
/// counted, AMB-06) and 延吉工业集中区 was merged away (after the window: art-02.c MET_LATE), so
/// the county has one countable zone
/// and no provincial zone: it may apply to upgrade the ICZ (not barred by this opinion; the
/// province's criteria are its usual approval). An ICZ cannot apply for provincial high-tech
/// status. No results: no assessment findings.
#[test]
fn zone_xinxing_upgrade_candidate() {
    let s = summary_json("YB-XXICZ", AS_OF);
    assert_eq!(s["assessmentYear"], Value::Null);
    assert_eq!(finding(&s, "art-02.c")["countable"], json!(["YB-XXICZ"]));
    // 延吉工业集中区 merged on 2022-02-01, after the window's end (2021-06-01): done late.
    assert_eq!(finding(&s, "art-02.c")["outcome"], "MET_LATE");
    assert_eq!(finding(&s, "art-02.d")["outcome"], "ELIGIBLE");
    assert_eq!(finding(&s, "art-05.a")["outcome"], "NOT_APPLICABLE");
    let rules: Vec<&str> = s["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["ruleId"].as_str().unwrap())
        .collect();
    assert!(!rules
        .iter()
        .any(|r| ["art-14.c", "art-14.d", "art-14.e", "art-14.f"].contains(r)));
    assert_eq!(permission(&s, "EXPAND"), (json!("NOT_BARRED"), json!([])));
    // Eligible under art-02.d: the opinion does not bar it; the province's own criteria are
    // "the usual approval" (issue 8: a permission is never "yes").
    assert_eq!(permission(&s, "UPGRADE"), (json!("NOT_BARRED"), json!([])));
    // Not a provincial zone: outside art-03.a's support, which bars nothing (fifth audit).
    assert_eq!(
        permission(&s, "APPLY_HIGH_TECH"),
        (json!("NOT_SUPPORTED"), json!(["art-03.a"]))
    );
    assert_eq!(
        permission(&s, "BE_ASSESSED"),
        (json!("NOT_BARRED"), json!([]))
    );
}

#[test]
fn explain_zone_summaries() {
    for zone in ["DH-EDZ", "YB-XXICZ"] {
        let args = [
            "zone",
            zone,
            "--register",
            &register_fixture(),
            "--as-of",
            AS_OF,
        ];
        snapshot_in_every_language(&format!("zone_{zone}"), &args);
    }
}

#[test]
fn zone_text_names_the_zone_and_every_finding() {
    let s = summary_json("DH-EDZ", AS_OF);
    for lang in LANGS {
        let text = ok(&[
            "zone",
            "DH-EDZ",
            "--register",
            &register_fixture(),
            "--as-of",
            AS_OF,
            "--lang",
            lang,
        ]);
        assert!(text.contains("敦化经济开发区"), "{lang}");
        assert_eq!(
            lang == "en",
            text.contains("Dunhua Economic Development Zone")
        );
        let marker = match lang {
            "zh" => "[示例] ",
            "ko" => "[실례] ",
            _ => "[illustrative] ",
        };
        for f in s["findings"].as_array().unwrap() {
            // A finding resting on made-up records is headed by the marker (issue 8).
            let mark = if f["illustrative"] == true {
                marker
            } else {
                ""
            };
            let heading = format!("── {mark}{} ", f["ruleId"].as_str().unwrap());
            assert!(text.contains(&heading), "{lang}: {heading}");
        }
        assert!(text.contains(devzone_rules::rules::RULEBOOK_VERSION));
    }
}

/// The notice that opens every output computed from the built-in example register.
fn example_notice(lang: &str) -> &'static str {
    devzone_rules::text::example_notice(lang.parse().unwrap())
}

fn example_register() -> String {
    format!(
        "{}/../examples/yanbian-register.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// The example register read as JSON.
fn example_register_value() -> Value {
    serde_json::from_str(&std::fs::read_to_string(example_register()).unwrap()).unwrap()
}

/// Without `--register`, `zone` reads the example register built into the binary (the one of
/// `examples/`), and the output opens with the notice that it is an example (issue 8).
#[test]
fn zone_default_register_is_the_example() {
    let example = example_register();
    for lang in LANGS {
        let implicit = ok(&["zone", "DH-EDZ", "--as-of", AS_OF, "--lang", lang]);
        let explicit = ok(&[
            "zone",
            "DH-EDZ",
            "--register",
            &example,
            "--as-of",
            AS_OF,
            "--lang",
            lang,
        ]);
        assert_eq!(implicit, format!("{}\n\n{explicit}", example_notice(lang)));
        assert!(!explicit.contains(example_notice(lang)));
    }
}

/// Every output computed from the built-in example register opens with the notice in the output
/// language; `--json` and `--ics` write it to standard error, so that standard output stays
/// JSON or iCalendar; with `--register` there is no notice.
#[test]
fn every_output_from_the_example_register_says_so() {
    let example = example_register();
    let commands: [&[&str]; 4] = [
        &["zone", "DH-EDZ", "--as-of", AS_OF],
        &["report", "--as-of", AS_OF],
        &["obligations", "--as-of", AS_OF, "--agency", "CTY.TUMEN"],
        &["calendar", "--from", "2023-01-01", "--to", "2023-12-31"],
    ];
    for args in commands {
        for lang in LANGS {
            let text = ok(&[args, &["--lang", lang]].concat());
            assert!(text.starts_with(example_notice(lang)), "{args:?} {lang}");
            let o = devzone(&[args, &["--lang", lang, "--json"]].concat());
            assert_eq!(o.status.code(), Some(0));
            assert_eq!(stderr(&o), format!("{}\n", example_notice(lang)));
            let _: Value = serde_json::from_str(&stdout(&o)).unwrap();
            let given = ok(&[args, &["--lang", lang, "--register", &example]].concat());
            assert!(!given.contains(example_notice(lang)), "{args:?} {lang}");
        }
    }
    let o = devzone(&[
        "calendar",
        "--from",
        "2023-01-01",
        "--to",
        "2023-12-31",
        "--ics",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(stderr(&o), format!("{}\n", example_notice("en")));
}

/// `devzone register` shows the register's own description, its issue date (hypothetical for
/// the example) and how many of its records are made up.
#[test]
fn register_describes_the_example() {
    let reg = example_register_value();
    for lang in LANGS {
        let text = ok(&["register", "--lang", lang]);
        assert!(text.starts_with(example_notice(lang)), "{lang}");
        assert!(
            text.contains(reg["description"].as_str().unwrap()),
            "{lang}"
        );
        assert!(text.contains("2019-06-01"), "{lang}");
    }
    let en = ok(&["register", "--lang", "en"]);
    assert!(en.contains("Issue date: 2019-06-01 (hypothetical)"), "{en}");
    assert!(
        en.contains("  assessments: 15, made up (illustrative) 15"),
        "{en}"
    );
    assert!(en.contains("  zones: 15, made up (illustrative) 3"), "{en}");
    let o = devzone(&["register", "--json", "--lang", "en"]);
    let info: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(info["example"], true);
    assert_eq!(info["description"], reg["description"]);
    assert_eq!(info["issueDateHypothetical"], true);
    assert_eq!(
        info["records"]["meetings"],
        json!({"total": 6, "illustrative": 6})
    );
    // A register given with --register: no notice; its issue date is not marked hypothetical
    // (the fixture does not set issueDateHypothetical), and its made-up records are counted.
    let given = ok(&[
        "register",
        "--register",
        &register_fixture(),
        "--lang",
        "en",
    ]);
    assert!(
        given.starts_with("Register: the file of --register\nIssue date: 2019-06-01\n"),
        "{given}"
    );
    assert!(
        given.contains("  assessments: 5, made up (illustrative) 5"),
        "{given}"
    );
}

/// Issue 8: `devzone report --as-of 2023-06-30` on the example register marks every finding that
/// rests on made-up records, in every language, and its header says the issue date is
/// hypothetical; the obligations and the calendar mark theirs too.
#[test]
fn the_example_report_marks_every_illustrative_finding() {
    for (lang, marker, hypothetical) in [
        ("zh", "[示例]", "为假设值"),
        ("ko", "[실례]", "가정한 날자"),
        ("en", "[illustrative]", "is hypothetical"),
    ] {
        let json = json_out(
            &["report", "--as-of", "2023-06-30", "--lang", lang, "--json"],
            None,
        );
        let marked = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["illustrative"] == true)
            .count();
        assert!(marked > 50, "{lang}: {marked}");
        let text = ok(&["report", "--as-of", "2023-06-30", "--all", "--lang", lang]);
        // One row per line of the report (repeated findings for review of a rule merged).
        let rows = text.lines().filter(|l| l.starts_with("- ")).count();
        let marked_rows = text
            .lines()
            .filter(|l| l.starts_with(&format!("- {marker} ")))
            .count();
        let lines = json["lines"].as_array().unwrap();
        assert_eq!(rows, lines.len(), "{lang}");
        let marked_lines = lines.iter().filter(|l| l["illustrative"] != 0).count();
        assert_eq!(marked_rows, marked_lines, "{lang}");
        let counted: u64 = lines.iter().map(|l| l["count"].as_u64().unwrap()).sum();
        assert_eq!(
            counted,
            json["findings"].as_array().unwrap().len() as u64,
            "{lang}"
        );
        let header: Vec<&str> = text.lines().take(4).collect();
        assert!(header[3].contains(hypothetical), "{lang}: {header:?}");
        let calendar = ok(&[
            "calendar",
            "--from",
            "2019-06-01",
            "--to",
            "2026-12-31",
            "--as-of",
            "2023-06-30",
            "--lang",
            lang,
        ]);
        let c = json_out(
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
                "--json",
            ],
            None,
        );
        let marked_events = c["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["illustrative"] == true)
            .count();
        assert!(marked_events > 0, "{lang}");
        assert_eq!(
            calendar.matches(marker).count(),
            marked_events + 1,
            "{lang}"
        );
    }
}

/// The fixture register with one change.
fn bad_register(name: &str, change: impl Fn(&mut Value)) -> String {
    let mut register: Value =
        serde_json::from_str(&std::fs::read_to_string(register_fixture()).unwrap()).unwrap();
    change(&mut register);
    scratch(name, &register.to_string())
}

#[test]
fn zone_bad_register_names_the_field() {
    let zone = |file: &str| devzone(&["zone", "DH-EDZ", "--register", file, "--as-of", AS_OF]);
    fails(
        &zone(&bad_register("reg-level.json", |r| {
            r["zones"][0]["level"] = json!("CITY")
        })),
        2,
        "错误: input.register.zones[0].level: 不是允许的取值;应为以下之一:`NATIONAL`, \
         `PROVINCIAL`, `INDUSTRIAL_CONCENTRATION`, `OTHER`, `UNKNOWN`;实际为 \"CITY\"\n\
         提示: 使用“应为”中列出的取值之一(区分大小写)。\n",
    );
    fails(
        &zone(&bad_register("reg-rank.json", |r| {
            r["assessments"][1]["rank"] = json!(89)
        })),
        2,
        "错误: input.register.assessments[1].rank: 前后矛盾或缺少关联字段:名次 89(并列 1 个)超出 88 个开发区的排名;实际为 89\n\
         提示: 使相关字段彼此一致,或补上所需的关联字段。\n",
    );
    fails(
        &zone(&bad_register("reg-date.json", |r| r["envInfra"][0]["dueDate"] = json!("2023-02-29"))),
        2,
        "错误: input.register.envInfra[0].dueDate: 取值无效:2023 年 2 月只有 28 天;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2023-02-29\"\n提示: 按“应为”所示更正该值。\n",
    );
    fails(
        &zone(&bad_register("reg-merged.json", |r| r["zones"][2]["mergedInto"] = json!("YJ-NOPE"))),
        2,
        "错误: input.register.zones[2].mergedInto: 引用的对象不存在:登记册的 `zones` 中没有开发区 `YJ-NOPE`;实际为 \"YJ-NOPE\"\n提示: 引用的标识须指向已有的对象(登记册中的记录、规则手册中的规则或责任主体的代码):更正标识,或先登记该对象。\n",
    );
    // Among 17 zone fields: the nearest one when it is close, else the count.
    fails(
        &zone(&bad_register("reg-field.json", |r| {
            r["zones"][4]["name"] = json!("敦化")
        })),
        2,
        "错误: input.register.zones[4].name: 未知字段;实际为 \"name\"\n提示: 是否应为 `nameZh`?\n",
    );
    fails(
        &zone(&bad_register("reg-typo.json", |r| {
            r["zones"][4]["nameZH"] = json!("敦化")
        })),
        2,
        "错误: input.register.zones[4].nameZH: 未知字段;实际为 \"nameZH\"\n提示: 是否应为 `nameZh`?\n",
    );
    fails(
        &run(
            &["zone", "DH-EDZ", "--register", "-", "--as-of", AS_OF],
            Some(r#"{"zones": ["#),
        ),
        2,
        "错误: input.register: 不是有效的 JSON:第 1 行第 11 列\n\
         提示: 标准输入 应包含一个 JSON 对象:开发区登记册\n",
    );
    fails(
        &run(
            &["zone", "DH-EDZ", "--register", "-", "--as-of", AS_OF],
            Some("[]"),
        ),
        2,
        "错误: input.register: 类型错误;应为JSON 对象 {…};实际为 […]\n\
         提示: 按“应为”所示的类型填写该字段(各规则的输入格式见 `devzone schema <规则>`)。\n",
    );
}

#[test]
fn zone_bad_arguments() {
    let reg = register_fixture();
    fails(
        &devzone(&["zone", "XX-EDZ", "--register", &reg, "--as-of", AS_OF]),
        2,
        "错误: ZONE: 引用的对象不存在:没有名为 `XX-EDZ` 的开发区;实际为 \"XX-EDZ\"\n\
         提示: 是否应为 敦化经济开发区(DH-EDZ)、图们经济开发区(TM-EDZ)?\n",
    );
    fails(
        &devzone(&[
            "zone",
            "DH-EDZ",
            "--register",
            &reg,
            "--as-of",
            "2023-02-29",
        ]),
        2,
        "错误: --as-of: 取值无效:2023 年 2 月只有 28 天;应为格式为 `YYYY-MM-DD` 的日历日期;实际为 \"2023-02-29\"\n提示: 按“应为”所示更正该值。\n",
    );
    fails(
        &devzone(&[
            "zone",
            "DH-EDZ",
            "--register",
            &reg,
            "--as-of",
            AS_OF,
            "--lang",
            "fr",
        ]),
        2,
        "错误: --lang: 不是允许的取值:未知语言 `fr`:应为 `zh`、`en` 或 `ko`\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n",
    );
    fails(
        &run(&["zone", "DH-EDZ", "--register", "-", "--as-of", AS_OF, "--params", "-"], Some("{}")),
        2,
        "错误: --params: 前后矛盾或缺少关联字段:标准输入已由 `--register -` 读取;请以文件给出参数\n提示: 使相关字段彼此一致,或补上所需的关联字段。\n",
    );
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("devzone-cli-no-register.json");
    let missing = missing.to_str().unwrap();
    let os = std::fs::read(missing).unwrap_err();
    fails(
        &devzone(&["zone", "DH-EDZ", "--register", missing, "--as-of", AS_OF]),
        1,
        &format!("错误: 无法读取 `{missing}`: 文件不存在({os})\n"),
    );
    // The register may come from stdin.
    let text = std::fs::read_to_string(&reg).unwrap();
    let o = run(
        &[
            "zone",
            "DH-EDZ",
            "--register",
            "-",
            "--as-of",
            AS_OF,
            "--json",
        ],
        Some(&text),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        serde_json::from_slice::<Value>(&o.stdout).unwrap(),
        summary_json("DH-EDZ", AS_OF)
    );
}

/// 延吉工业集中区 was merged into the high-tech zone (status MERGED): a zone that is not active
/// may not expand, adjust, upgrade or be assessed, and the summary says the register's status
/// decides it.
#[test]
fn zone_merged_is_barred_by_its_status() {
    let s = summary_json("YJ-ICZ", AS_OF);
    for action in ["EXPAND", "ADJUST", "BE_ASSESSED"] {
        assert_eq!(
            permission(&s, action),
            (json!("BARRED"), json!(["register.status"])),
            "{action}"
        );
    }
    let expected = [
        ("zh", "  扩区：本意见禁止 ← 登记状态(已合并)\n"),
        ("ko", "  구역 확장: 본 의견이 금지함 ← 등록 상태 (통합됨)\n"),
        (
            "en",
            "  Expand the zone: barred by this opinion ← status in the register (merged)\n",
        ),
    ];
    for (lang, line) in expected {
        let text = ok(&[
            "zone",
            "YJ-ICZ",
            "--register",
            &register_fixture(),
            "--as-of",
            AS_OF,
            "--lang",
            lang,
        ]);
        assert!(text.contains(line), "{lang}: {text}");
    }
}

// ---- the money and land rules of issue 4 ----

/// Every case with an answer of every computed rule's shared vector file
/// (`tests/vectors/<rule>.json`), as (rule, input).
fn rule_answer_cases() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut out = Vec::new();
    for rule in devzone_rules::rules::evaluable().map(RuleId::as_str) {
        let doc: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{rule}.json"))).unwrap(),
        )
        .unwrap();
        // Every case with an answer, so every detail field and coded value is seen.
        for case in doc.get("cases").and_then(Value::as_array).unwrap() {
            if case.get("expect").is_some() {
                let mut input = case["input"].clone();
                if let Some(params) = case.get("options").and_then(|o| o.get("params")) {
                    input = json!({"__params": params, "input": input});
                }
                out.push((rule.to_owned(), input));
            }
        }
    }
    out
}

/// Every field of every rule's answer is shown under a label of the language, never under its
/// JSON name, and no value is dumped as a JSON object.
#[test]
fn rule_fields_have_labels_in_every_language() {
    let envelope = [
        "ruleId",
        "citation",
        "clause",
        "outcome",
        "outcomeLabel",
        "reasons",
        "needsHuman",
        "paramsUsed",
        "ambiguities",
        "lang",
        "rulebook",
    ];
    for (i, (rule, input)) in rule_answer_cases().iter().enumerate() {
        let (input, params) = match input.get("__params") {
            Some(p) => (input["input"].clone(), Some(p.clone())),
            None => (input.clone(), None),
        };
        let file = scratch(&format!("money-{i}.json"), &input.to_string());
        let mut args = vec!["eval", rule.as_str(), "--input", &file];
        let params_file;
        if let Some(p) = params {
            params_file = scratch(&format!("money-{i}-params.json"), &p.to_string());
            args.extend(["--params", &params_file]);
        }
        let answer = json_out(&args, None);
        for lang in LANGS {
            let mut text_args = args.clone();
            text_args.extend(["--format", "text", "--lang", lang]);
            let text = ok(&text_args);
            let Some(details) = text
                .split("\n\n")
                .find(|s| s.starts_with(['详', '세', 'D']))
            else {
                continue;
            };
            for key in answer.as_object().unwrap().keys() {
                if !envelope.contains(&key.as_str()) {
                    assert!(
                        !details.contains(&format!("  {key}")),
                        "{rule} {lang}: {key}\n{details}"
                    );
                }
            }
            assert!(!details.contains('{'), "{rule} {lang}: {details}");
            // Coded values appear in words: no SCREAMING_SNAKE code left in the details.
            for word in details.split(|c: char| !(c.is_ascii_uppercase() || c == '_')) {
                // Actor codes (`ACT.ZONE_MC`) follow their name on purpose.
                let actor_code = details.contains(&format!(".{word}"));
                assert!(
                    actor_code || !(word.len() > 3 && word.contains('_')),
                    "{rule} {lang}: code `{word}` not in words\n{details}"
                );
            }
        }
    }
}

fn fees_input() -> String {
    format!(
        "{}/../examples/fees-project.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn fees_json_is_the_library_calculation() {
    let file = fees_input();
    let input: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    for lang in LANGS {
        let out = json_out(&["fees", "--input", &file, "--json", "--lang", lang], None);
        assert_eq!(out, api::fees(&input, &json!({"lang": lang})).unwrap());
    }
    let out = json_out(&["fees", "--input", &file, "--json"], None);
    // 翻建 without renovation 100,000.00 in full; 新建 400,000.00 halved; the premium of the
    // unapproved 新建 1,000,000.00 in full (art-11.f's 经批准 fails).
    assert_eq!(
        out["totals"],
        json!({"base": "1500000.00", "relief": "200000.00", "payable": "1300000.00"})
    );
    assert_eq!(out["lines"].as_array().unwrap().len(), 3);
    assert_eq!(out["lines"][1]["failedConditions"], json!(["APPROVED"]));
}

#[test]
fn explain_fees() {
    for lang in LANGS {
        let input = fees_input();
        let args = ["fees", "--input", &input, "--lang", lang];
        snapshot(&format!("fees_{lang}"), &args, &ok(&args));
    }
}

#[test]
fn fees_malformed_and_overflowing_money() {
    let cases = [
        (
            r#"{"enterprise": {"inZone": true}, "components": [{"id": "A", "kind": "NEW", "baseInfraFee": "-1"}]}"#,
            "错误: input.components[0].baseInfraFee: 取值无效:金额不能为负数;应为以元为单位、最多两位小数的十进制文本,如 \"1000000.00\";实际为 \"-1\"\n提示: 按“应为”所示更正该值。\n",
        ),
        (
            r#"{"enterprise": {"inZone": true}, "components": [{"id": "A", "kind": "NEW", "baseInfraFee": "1.005"}]}"#,
            "错误: input.components[0].baseInfraFee: 取值无效:最多两位小数(到分);应为以元为单位、最多两位小数的十进制文本,如 \"1000000.00\";实际为 \"1.005\"\n提示: 按“应为”所示更正该值。\n",
        ),
        (
            r#"{"enterprise": {"inZone": true}, "components": [{"id": "A", "kind": "NEW", "baseInfraFee": 1000000}]}"#,
            "错误: input.components[0].baseInfraFee: 类型错误;应为以元为单位、最多两位小数的十进制文本,如 \"1000000.00\";实际为 1000000\n提示: 按“应为”所示的类型填写该字段(各规则的输入格式见 `devzone schema <规则>`)。\n",
        ),
        (
            r#"{"enterprise": {"inZone": true}, "components": [{"id": "A", "kind": "NEW", "baseInfraFee": "99999999999999999999"}]}"#,
            "错误: input.components[0].baseInfraFee: 取值无效:超过 1000000000000000.00 元的上限;应为以元为单位、最多两位小数的十进制文本,如 \"1000000.00\";实际为 \"99999999999999999999\"\n提示: 按“应为”所示更正该值。\n",
        ),
        (
            r#"{"enterprise": {"inZone": true}, "components": [
                {"id": "A", "kind": "NEW", "baseInfraFee": "1000000000000000.00"},
                {"id": "B", "kind": "NEW", "baseInfraFee": "1000000000000000.00"}]}"#,
            "错误: input.components: 超出可表示的范围:基础费用合计超过 1000000000000000.00 元的上限\n提示: 检查日期和金额是否录入有误(年份 1–9999,金额不超过 10^15 元)。\n",
        ),
        (
            r#"{"enterprise": {"inZone": true}, "components": [{"id": "A", "kind": "NEW"}]}"#,
            "错误: input.components: 前后矛盾或缺少关联字段:没有任何组成部分给出 `baseLandTransferFee` 或 `baseInfraFee`(也没有 `projectBaseInfraFee`):无可计算\n提示: 使相关字段彼此一致,或补上所需的关联字段。\n",
        ),
    ];
    for (i, (input, message)) in cases.iter().enumerate() {
        let file = scratch(&format!("fees-bad-{i}.json"), input);
        fails(&devzone(&["fees", "--input", &file]), 2, message);
    }
    let params = scratch(
        "fees-bad-params.json",
        r#"{"infraFeeWaiverExtendOrNew": "2"}"#,
    );
    fails(
        &devzone(&["fees", "--input", &fees_input(), "--params", &params]),
        2,
        "错误: options.params.infraFeeWaiverExtendOrNew: 取值无效:须在 0 与 1 之间;应为0 至 1 之间、最多 9 位小数的十进制文本,如 \"0.005\";实际为 \"2\"\n提示: 按“应为”所示更正该值。\n",
    );
}

// ---- schema: the JSON Schemas ----

/// `devzone schema NAME` prints the library's schema of every computed rule's input and of every
/// named input; `--out-dir` writes the same, one file each; an unknown name lists the names.
#[test]
fn schema_prints_every_schema() {
    let names = devzone_rules::schema::names();
    for rule in devzone_rules::rules::evaluable() {
        assert!(names.contains(&rule.as_str()), "{}", rule.as_str());
    }
    for name in &names {
        let out = json_out(&["schema", name], None);
        assert_eq!(Some(out), devzone_rules::schema::schema(name), "{name}");
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("devzone-cli-schemas");
    let _ = std::fs::remove_dir_all(&dir);
    ok(&["schema", "--out-dir", dir.to_str().unwrap()]);
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut expected: Vec<String> = names.iter().map(|n| format!("{n}.json")).collect();
    expected.sort();
    assert_eq!(written, expected);
    for (name, text) in devzone_rules::schema::all() {
        assert_eq!(
            std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap(),
            text
        );
    }
    fails(
        &devzone(&["schema", "art-14.a"]),
        2,
        &format!(
            "错误: NAME: 引用的对象不存在:没有名为 `art-14.a` 的模式:既不是可计算规则的编号,也不是模式名称\n\
             提示: 模式:{}\n",
            names.join(", ")
        ),
    );
}

// ---- ambiguities: the open questions of the text ----

/// `devzone ambiguities AMB-26`, reviewed in every language: the entry the answers of art-14.c–f
/// cite most, where the SDK departs from the specification's default.
#[test]
fn explain_ambiguity_amb_26() {
    snapshot_in_every_language("ambiguities_AMB-26", &["ambiguities", "AMB-26"]);
}

#[test]
fn ambiguities_json_is_the_library_view() {
    for lang in LANGS {
        let one = json_out(&["ambiguities", "amb-12b", "--json", "--lang", lang], None);
        let lib =
            devzone_rules::api::ambiguities(Some("AMB-12b"), &json!({ "lang": lang })).unwrap();
        assert_eq!(one, lib);
        assert_eq!(one["id"], "AMB-12b");
        let all = json_out(&["ambiguities", "--json", "--lang", lang], None);
        assert_eq!(
            all,
            devzone_rules::api::ambiguities(None, &json!({ "lang": lang })).unwrap()
        );
        let text = ok(&["ambiguities", "--lang", lang]);
        for entry in all.as_array().unwrap() {
            for key in ["question", "reading", "alternatives", "why"] {
                assert!(
                    text.contains(entry[key].as_str().unwrap()),
                    "{lang} {} {key}",
                    entry["id"]
                );
            }
        }
    }
}

#[test]
fn every_cited_ambiguity_of_the_rulebook_can_be_looked_up() {
    let rules = json_out(&["rules", "--json"], None);
    let mut cited = 0;
    for rule in rules.as_array().unwrap() {
        for id in rule["ambiguities"].as_array().unwrap() {
            let id = id.as_str().unwrap();
            assert!(ok(&["ambiguities", id, "--lang", "en"]).starts_with(&format!("{id}\n")));
            cited += 1;
        }
    }
    assert!(cited > 40, "only {cited} citations");
}

#[test]
fn unknown_ambiguity_names_the_nearby_ones() {
    fails(
        &devzone(&["ambiguities", "AMB-44"]),
        2,
        "错误: AMB_ID: 引用的对象不存在:歧义登记中没有条目 `AMB-44`;实际为 \"AMB-44\"\n提示: 是否应为 AMB-43?\n",
    );
    fails(
        &devzone(&["ambiguities", "12d"]),
        2,
        "错误: AMB_ID: 引用的对象不存在:歧义登记中没有条目 `12d`;实际为 \"12d\"\n提示: 是否应为 AMB-11, AMB-12, AMB-12b, AMB-12c, AMB-13?\n",
    );
    fails(
        &devzone(&["ambiguities", "AMB-26", "--lang", "fr"]),
        2,
        "错误: --lang: 不是允许的取值:未知语言 `fr`:应为 `zh`、`en` 或 `ko`\n提示: 使用“应为”中列出的取值之一(区分大小写)。\n",
    );
}

/// `report` reads the register's text without building a `serde_json::Value` where it can
/// (`limits::parse_json_tree`): compact text and text only serde_json reads (a byte-order mark,
/// indentation, an escaped key) give the same report, and a key given twice is refused at its
/// path whichever reader meets it.
#[test]
fn report_reads_register_text_either_way() {
    let register = example_register_value();
    let compact = serde_json::to_string(&register).unwrap();
    let pretty = format!(
        "\u{feff}{}",
        serde_json::to_string_pretty(&register).unwrap().replacen(
            "\"issueDate\"",
            "\"issue\\u0044ate\"",
            1
        )
    );
    let args = [
        "report",
        "--register",
        "-",
        "--as-of",
        AS_OF,
        "--lang",
        "en",
        "--json",
    ];
    let quick = json_out(&args, Some(&compact));
    assert_eq!(json_out(&args, Some(&pretty)), quick);
    assert!(quick["findings"].as_array().unwrap().len() > 50);
    let twice = compact.replacen(
        "\"issueDate\":\"2019-06-01\"",
        "\"issueDate\":\"2019-06-01\",\"issueDate\":\"2019-06-02\"",
        1,
    );
    assert_ne!(twice, compact);
    for text in [twice.clone(), twice.replacen('{', "{ ", 1)] {
        let o = run(&args, Some(&text));
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).starts_with("error: input.register.issueDate: field given twice"),
            "{}",
            stderr(&o)
        );
    }
}

/// Issue 12: `devzone obligations` writes each bearer as the core gives it
/// (`api::obligations_each`) instead of making the whole answer first: the same bytes as the
/// whole answer pretty-printed (`--json`) or rendered whole by `text::obligations`.
#[test]
fn obligations_written_a_bearer_at_a_time_are_the_whole_answer() {
    let register = example_register_value();
    for (as_of, lang, agency) in [
        ("2019-06-01", "zh", None),
        ("2023-06-30", "ko", Some("AG.COMMERCE")),
        ("2031-06-30", "en", None),
    ] {
        let mut input = json!({ "register": register, "asOf": as_of });
        let mut args = vec!["obligations", "--as-of", as_of, "--lang", lang];
        if let Some(a) = agency {
            input["agency"] = json!(a);
            args.extend(["--agency", a]);
        }
        let whole = devzone_rules::api::obligations(&input, &json!({ "lang": lang })).unwrap();
        let with = |more: &str| {
            let mut all = args.clone();
            all.push(more);
            stdout(&devzone(&all))
        };
        let pretty = serde_json::to_string_pretty(&whole).unwrap();
        assert_eq!(with("--json"), format!("{pretty}\n"), "{as_of} {lang}");
        for (flag, every) in [("", false), ("--all", true)] {
            let text = if every {
                with(flag)
            } else {
                stdout(&devzone(&args))
            };
            let rendered = devzone_rules::text::obligations(&whole, every);
            assert!(text.ends_with(&rendered), "{as_of} {lang} {flag}");
            assert!(
                text.len() < rendered.len() + 400,
                "{as_of} {lang}: only the notices before"
            );
        }
    }
}

/// Issue 12: `devzone report`'s text is made of a report whose findings are its lines' first
/// findings alone (`api::report_line_starts`): the same text as the whole report rendered by
/// `text::report`, with and without `--all` and a filter.
#[test]
fn the_report_text_of_line_starts_is_the_whole_reports() {
    let register = example_register_value();
    for (as_of, lang, filter) in [
        ("2019-06-01", "zh", None),
        ("2023-06-30", "ko", Some(("severity", "REVIEW"))),
        ("2023-06-30", "en", None),
        ("2031-06-30", "en", Some(("county", "CTY.TUMEN"))),
    ] {
        let input = json!({ "register": register, "asOf": as_of });
        let mut options = json!({ "lang": lang });
        let mut args = vec!["report", "--as-of", as_of, "--lang", lang];
        if let Some((key, value)) = filter {
            options[key] = json!(value);
            args.extend([
                match key {
                    "severity" => "--severity",
                    _ => "--county",
                },
                value,
            ]);
        }
        let whole = devzone_rules::api::report(&input, &options).unwrap();
        for all in [false, true] {
            let starts = devzone_rules::api::report_line_starts(&input, &options, all).unwrap();
            let rendered = devzone_rules::text::report(&whole, all);
            assert_eq!(
                devzone_rules::text::report_of_line_starts(&starts, all),
                rendered,
                "{as_of} {lang} {filter:?} all {all}"
            );
            let shown = starts["findings"].as_array().unwrap().len();
            assert!(
                shown < whole["findings"].as_array().unwrap().len() || all,
                "{as_of} {lang}: {shown} findings"
            );
            let mut cli = args.clone();
            if all {
                cli.push("--all");
            }
            let text = stdout(&devzone(&cli));
            assert!(
                text.ends_with(&rendered),
                "{as_of} {lang} {filter:?} all {all}"
            );
        }
    }
}

/// Issue 12: `devzone report --json` writes each finding as the core gives it
/// (`api::report_each`): the same bytes as the whole report pretty-printed, with a filter, a
/// page and an empty page.
#[test]
fn report_json_written_a_finding_at_a_time_is_the_whole_report() {
    let register = example_register_value();
    for (as_of, lang, extra) in [
        ("2019-06-01", "zh", &[][..]),
        ("2023-06-30", "ko", &[("county", "CTY.TUMEN")][..]),
        ("2023-06-30", "en", &[("offset", "3"), ("limit", "7")][..]),
        ("2031-06-30", "en", &[("limit", "0")][..]),
    ] {
        let input = json!({ "register": register, "asOf": as_of });
        let mut options = json!({ "lang": lang });
        let mut args = vec!["report", "--as-of", as_of, "--lang", lang, "--json"];
        let flags: Vec<String> = extra.iter().map(|(k, _)| format!("--{k}")).collect();
        for ((key, value), flag) in extra.iter().zip(&flags) {
            options[*key] = value
                .parse::<u64>()
                .map_or_else(|_| json!(value), |n| json!(n));
            args.extend([flag.as_str(), value]);
        }
        let whole = devzone_rules::api::report(&input, &options).unwrap();
        let pretty = serde_json::to_string_pretty(&whole).unwrap();
        assert_eq!(
            stdout(&devzone(&args)),
            format!("{pretty}\n"),
            "{as_of} {lang} {extra:?}"
        );
    }
}
