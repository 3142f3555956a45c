//! `devzone`: evaluate the rules of `devzone-rules` from the command line and explain the answers.
//!
//! * `devzone eval <RULE_ID> --input FILE` evaluates any rule on a JSON input (`-` reads stdin)
//!   and prints the answer envelope as JSON (or, with `--format text`, explained in words).
//! * `devzone deadline` (art-18.c) and `devzone meetings` (art-16.b) build the input from flags
//!   and explain the answer in Chinese, English or Korean (`--json` prints the envelope).
//! * `devzone rules` lists the rulebook (all 78 catalog ids), filtered by clause, kind, agency or
//!   evaluation status (`--json`: the same list as `api::rules()`).
//! * `devzone zone <ZONE_ID> --register FILE --as-of DATE` summarises one zone of a register:
//!   what it may do that year and every finding (`--json`: `api::zone_summary`).
//! * `devzone fees --input FILE` calculates a construction project's fees line by line
//!   (art-11.f, art-11.g): each component, the rule applied, base, relief, payable and totals
//!   (`--json`: `api::fees`).
//! * `devzone register` describes a register (default: the built-in example): its own
//!   description, its issue date and how many of its records are made up (ILLUSTRATIVE).
//! * `devzone ambiguities [AMB-nn]` shows the open questions of the text (the ambiguity
//!   register): each entry's rules, question, reading, alternatives, reasons and parameters
//!   (`--json`: `api::ambiguities`); an unknown id names the entries near it.
//! * `devzone schema <NAME>` prints the JSON Schema (draft 2020-12) of a computed rule's input or
//!   of `register`, `options`, `params`, `zone-summary`, `report`, `obligations`, `calendar` or
//!   `fees`; `devzone schema --out-dir DIR` writes every one to `DIR/<name>.json`.
//!
//! `zone`, `report`, `obligations` and `calendar` read `--register FILE`; without it they use the
//! example register built into the binary (`examples/yanbian-register.json` when it was built),
//! which contains made-up records: every such output then opens with a notice saying so, in the
//! output language (on standard error for `--json` and `--ics`, so that standard output stays
//! JSON or iCalendar), and `devzone register` shows the example's description.
//!
//! Every answer comes from `devzone_rules::api::evaluate`: the CLI holds no rule logic.
//! Exit codes: 0 when a rule was evaluated (whatever its outcome), 2 for bad input, options or
//! rule id, 1 when a file cannot be read or the output cannot be written.

mod error;

/// The program's allocator: mimalloc, not the system's. The core allocates many small values
/// (an answer's reasons and facts, a register's records) and frees them soon after; with glibc's
/// allocator a 1,000-zone report page spent ~29 % of its instructions in `malloc`, `free` and
/// their copies (callgrind, `prof_report 1000 1 '{"lang":"en","limit":50}' loaded`: the page
/// 172.3 M → 155.0 M instructions, the load and page together 412 → 310 M with mimalloc).
/// The library itself leaves the choice to the program that uses it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::borrow::Cow;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use clap::{ArgGroup, Args, Parser, Subcommand};
use devzone_rules::dates::parse_date;
use devzone_rules::error::{Problem, Text};
use devzone_rules::lookup::{self, Among};
use devzone_rules::rules::{EvaluationStatus, Kind, CLAUSE_NUMERALS};
use devzone_rules::tree::Tree;
use devzone_rules::words::Stable;
use devzone_rules::{api, text, Error, ErrorCode, Lang, RuleId};
use serde_json::{json, Map, Value};

use crate::error::{text, CliError};

/// Development-zone rules of the Yanbian opinions: evaluate, cite and explain.
#[derive(Debug, Parser)]
#[command(name = "devzone", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Evaluate any rule on a JSON input and print the answer envelope.
    Eval(EvalArgs),
    /// art-18.c: implementation measures due within 6 months of issuance.
    Deadline(DeadlineArgs),
    /// art-16.b: at least 2 joint work meetings of the Leading Group a year.
    Meetings(MeetingsArgs),
    /// List the rulebook: every rule with its clause, kind, strength, evaluation status,
    /// bearers and quote.
    Rules(RulesArgs),
    /// Summarise one zone of a register on a date: what it may do that year, and why.
    Zone(ZoneArgs),
    /// The compliance report of a whole register on a date: every finding of every computed
    /// rule, by severity then date, per zone, county and agency.
    Report(ReportArgs),
    /// What an agency, county or actor owes: what is overdue on a date and what falls due in
    /// the next days.
    Obligations(ObligationsArgs),
    /// Every dated duty and deadline between two dates; `--ics` writes iCalendar (RFC 5545).
    Calendar(CalendarArgs),
    /// Calculate a construction project's fees line by line (art-11.f land-transfer fee,
    /// art-11.g urban infrastructure fee): base, relief, payable and totals.
    Fees(FeesArgs),
    /// Describe a zone register (default: the built-in example register): its description, its
    /// issue date (and whether it is hypothetical), and how many of its records are made up.
    Register(RegisterInfoArgs),
    /// Print the JSON Schema (draft 2020-12) of a rule's input, or of `register`, `options`,
    /// `params`, `zone-summary`, `report`, `obligations`, `calendar` or `fees`.
    Schema(SchemaArgs),
    /// The open questions of the text (the ambiguity register): one entry (`AMB-26`) or all of
    /// them, with the rules concerned, the reading applied, the alternatives, why, and the
    /// parameters that choose the reading.
    Ambiguities(AmbiguitiesArgs),
}

#[derive(Debug, Args)]
struct AmbiguitiesArgs {
    /// An entry's id, e.g. `AMB-26` (`amb-26` and `26` work too); omitted: every entry.
    #[arg(value_name = "AMB_ID")]
    id: Option<String>,
    /// Language: `zh`, `en` or `ko`.
    #[arg(long, value_name = "zh|en|ko", default_value = "zh")]
    lang: String,
    /// Print the entry (or the list) as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    /// A computed rule's id (its input), or `register`, `options`, `params`, `zone-summary`,
    /// `report`, `obligations`, `calendar` or `fees`.
    #[arg(value_name = "NAME", required_unless_present = "out_dir")]
    name: Option<String>,
    /// Write every schema to `DIR/<name>.json` instead (the folder is created).
    #[arg(long, value_name = "DIR", conflicts_with = "name")]
    out_dir: Option<String>,
}

#[derive(Debug, Args)]
struct RegisterArg {
    /// The register (JSON); `-` reads stdin. Default: the example register built into
    /// `devzone` (`examples/yanbian-register.json`), which contains made-up records: the output
    /// then opens with a notice, and `devzone register` shows its description.
    #[arg(long, value_name = "FILE")]
    register: Option<String>,
}

#[derive(Debug, Args)]
struct RegisterInfoArgs {
    #[command(flatten)]
    register: RegisterArg,
    /// Language of the labels and the notice: `zh`, `en` or `ko` (the description is shown as
    /// the register writes it).
    #[arg(long, value_name = "zh|en|ko", default_value = "zh")]
    lang: String,
    /// Print the description and counts as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ReportArgs {
    #[command(flatten)]
    register: RegisterArg,
    /// The date of the report, `YYYY-MM-DD`; default: today in China (UTC+8), which the output
    /// says.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Only one county (city): the findings about its zones, its own duties and its
    /// one-zone-per-county finding. Its code or any name: `CTY.TUMEN`, `图们`, `도문`, `Tumen`.
    #[arg(long, value_name = "NAME")]
    county: Option<String>,
    /// Only one zone of the register and the duties about it. Its id or any name: `TM-EDZ`,
    /// `图们经开区`, `도문경제개발구`.
    #[arg(long, value_name = "NAME")]
    zone: Option<String>,
    /// Only the duties one bearer owes. Its code or any name: `AG.COMMERCE`, `商务局`,
    /// `상무국`, `ACT.LG`, `领导小组`.
    #[arg(long, value_name = "NAME")]
    agency: Option<String>,
    /// Only one severity: `violation`, `warning`, `review` or `info`.
    #[arg(long, value_name = "SEVERITY")]
    severity: Option<String>,
    /// Only one rule, e.g. `art-11.b`.
    #[arg(long, value_name = "RULE_ID")]
    rule: Option<String>,
    /// Also list the information findings (compliant, on time, open items), not only count them.
    #[arg(long)]
    all: bool,
    /// A page of the findings: the first to show, counted from 0 in the report's order. The
    /// counts and groups stay the whole report's.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    offset: Option<String>,
    /// A page of the findings: at most this many (`0`: the counts and groups alone); with
    /// `--json`, `page.next` is the `--offset` of the next page.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    limit: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ObligationsArgs {
    #[command(flatten)]
    register: RegisterArg,
    /// The bearer, by code (`AG.COMMERCE`, `CTY.YANJI`, `ACT.LG`) or any name or short form
    /// (`商务局`, `图们`, `领导小组`, `령도소조`), or a zone of the register by its id or name
    /// (`DH-EDZ`: the duties of 「各开发区」 it owes itself); omitted: every bearer.
    #[arg(long, value_name = "NAME")]
    agency: Option<String>,
    /// The status date, `YYYY-MM-DD`; default: today in China (UTC+8), which the output says.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// How many days ahead "due soon" looks.
    #[arg(long, value_name = "DAYS", default_value = "90")]
    within: String,
    /// Also list every duty, not only the overdue and the due soon.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the obligations as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct CalendarArgs {
    #[command(flatten)]
    register: RegisterArg,
    /// First day, `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    from: String,
    /// Last day, `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    to: String,
    /// The status date of the duties and the iCalendar DTSTAMP; default: `--from`.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Write iCalendar (RFC 5545) text instead of the list.
    #[arg(long, conflicts_with = "json")]
    ics: bool,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the calendar as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct FeesArgs {
    /// JSON file with the project: `{ enterprise: { inZone, industrial? }, projectBaseInfraFee?,
    /// components: [{ id, kind, baseInfraFee?, baseLandTransferFee?, ... }] }`; `-` reads stdin.
    /// Amounts are strings of yuan with at most two decimals, e.g. "300000.00".
    #[arg(long, value_name = "FILE")]
    input: String,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the calculation as JSON instead of the explanation.
    #[arg(long)]
    json: bool,
}

/// Options shared by every command.
#[derive(Debug, Args)]
struct CommonArgs {
    /// Language of messages and labels: `zh`, `en` or `ko`.
    #[arg(long, value_name = "zh|en|ko", default_value = "zh")]
    lang: String,
    /// JSON file of parameter overrides (the `params` of the options), e.g.
    /// `{"implMeasuresMonths": 6, "meetingsRequireSpread": true}`; `-` reads stdin.
    #[arg(long, value_name = "FILE")]
    params: Option<String>,
}

#[derive(Debug, Args)]
struct EvalArgs {
    /// Rule id, e.g. `art-18.c` or `art-16.b`.
    #[arg(value_name = "RULE_ID")]
    rule_id: String,
    /// JSON file with the rule's input; `-` reads stdin.
    #[arg(long, value_name = "FILE")]
    input: String,
    /// `json` (default): the answer envelope; `text`: the answer explained in words.
    #[arg(long, value_name = "json|text", default_value = "json")]
    format: String,
    /// The same as `--format json` (the flag the other commands take).
    #[arg(long, conflicts_with = "format")]
    json: bool,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("status").args(["as_of", "adopted"]).required(true).multiple(true)))]
struct DeadlineArgs {
    /// The date the opinion was issued (印发之日), `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    issued: String,
    /// The date the status is asked for, `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// The date the bearer adopted its implementation measures, `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    adopted: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the answer envelope as JSON instead of the explanation.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct MeetingsArgs {
    /// The date the opinion was issued (印发之日), `YYYY-MM-DD`.
    #[arg(long, value_name = "DATE")]
    issued: String,
    /// The calendar year to check.
    #[arg(long, value_name = "YEAR")]
    year: String,
    /// One meeting: `DATE[,CONVENED_BY][,KIND]`, e.g. `2020-03-26`, `2020-07-15,AG.COMMERCE` or
    /// `2020-09-10,ACT.LG,OTHER`. CONVENED_BY is an actor code, default `ACT.LG` (the Leading
    /// Group); KIND is `JOINT_WORK_MEETING` (default) or `OTHER`, in any case. Repeat for each
    /// meeting. None given is no information (unknown), unless `--complete` says none was held.
    #[arg(long, value_name = "MEETING")]
    meeting: Vec<String>,
    /// The meetings given are every meeting of the year (with no `--meeting`: none was held).
    #[arg(long)]
    complete: bool,
    /// The date the status is asked for; omitted, the year is judged as complete.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the answer envelope as JSON instead of the explanation.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct RulesArgs {
    /// Only the rules of one clause: `14`, `(十四)` or `十四`.
    #[arg(long, value_name = "N|(十四)")]
    clause: Option<String>,
    /// Only the rules of one kind (any of a rule's kinds): obligation, deadline, recurring-duty,
    /// eligibility-check, sanction, reward, fee-rule, power-grant, definition, priority-rule.
    #[arg(long, value_name = "KIND")]
    kind: Option<String>,
    /// Only the rules an agency, actor or county bears or is a responsible unit of (the
    /// clause's 责任单位 list), by code (`AG.COMMERCE`, `AG.CTY_GOV`, `ACT.LG`) or any name or
    /// short form (`商务局`, `领导小组`, `图们`). A county
    /// (`CTY.YANJI`) also matches the duties of `AG.CTY_GOV` and `AG.CTY_PARTY_GOV`, which
    /// stand for each county.
    #[arg(long, value_name = "CODE")]
    agency: Option<String>,
    /// Only the rules with this evaluation status.
    #[arg(long, value_name = "FUNCTION|OPEN_ITEM|NOT_COMPUTABLE|PLANNED")]
    evaluation: Option<String>,
    /// Language of names and labels: `zh`, `en` or `ko`.
    #[arg(long, value_name = "zh|en|ko", default_value = "zh")]
    lang: String,
    /// Print the list as JSON (the objects of the library's `rules()`).
    #[arg(long)]
    json: bool,
}

/// The example register, built into the binary so that `devzone` finds it wherever it is
/// installed. It contains made-up (ILLUSTRATIVE) records: outputs computed from it say so.
const EXAMPLE_REGISTER: &str = include_str!("../../examples/yanbian-register.json");

#[derive(Debug, Args)]
struct ZoneArgs {
    /// The zone: its id in the register (`TM-EDZ`) or any of its names or short forms
    /// (`图们经济开发区`, `图们经开区`, `도문경제개발구`, `Tumen Economic Development Zone`).
    #[arg(value_name = "ZONE")]
    zone_id: String,
    /// The zone register (JSON); `-` reads stdin. Default: the example register built into
    /// `devzone` (`examples/yanbian-register.json`), which contains made-up records: the output
    /// then opens with a notice, and `devzone register` shows its description.
    #[arg(long, value_name = "FILE")]
    register: Option<String>,
    /// The date of the summary, `YYYY-MM-DD`: "this year" is its calendar year. Default: today
    /// in China (UTC+8), which the output says.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
    /// Print the summary as JSON instead of the explanation.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Errors speak the language asked for with `--lang` (Chinese when none, as the
            // answers do); nothing more can be done if stderr itself is gone.
            let _ = writeln!(io::stderr().lock(), "{}", e.render(error_lang()));
            e.exit_code()
        }
    }
}

/// The `--lang` of the command line, read before anything else can fail; Chinese when none (or
/// not a language: that error itself is then in Chinese).
fn error_lang() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        })
        .and_then(|l| l.trim().to_ascii_lowercase().parse().ok())
        .unwrap_or_default()
}

fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Eval(args) => eval(&args),
        Command::Deadline(args) => deadline(&args),
        Command::Meetings(args) => meetings(&args),
        Command::Rules(args) => rules(&args),
        Command::Zone(args) => zone(&args),
        Command::Report(args) => report(&args),
        Command::Obligations(args) => obligations(&args),
        Command::Calendar(args) => calendar(&args),
        Command::Fees(args) => fees(&args),
        Command::Register(args) => register_info(&args),
        Command::Schema(args) => schema(&args),
        Command::Ambiguities(args) => ambiguities(&args),
    }
}

/// `devzone ambiguities [AMB_ID]`: one entry of the ambiguity register, or all of them.
fn ambiguities(args: &AmbiguitiesArgs) -> Result<(), CliError> {
    let lang = lang_arg(&args.lang)?;
    let view =
        api::ambiguities(args.id.as_deref(), &json!({ "lang": lang.as_str() })).map_err(|e| {
            let path = if e.path == "id" {
                "AMB_ID".to_owned()
            } else {
                e.path
            };
            CliError::Invalid(Error { path, ..e })
        })?;
    if args.json {
        print_json(&view)
    } else {
        print_text(&text::ambiguities(&view))
    }
}

/// `devzone schema NAME` or `devzone schema --out-dir DIR`.
fn schema(args: &SchemaArgs) -> Result<(), CliError> {
    use devzone_rules::schema;
    if let Some(dir) = &args.out_dir {
        let dir = std::path::Path::new(dir);
        let io_error = |action: Text| move |source| CliError::Io { action, source };
        let d = dir.display();
        std::fs::create_dir_all(dir).map_err(io_error(text(
            format!("无法创建 `{d}`"),
            format!("만들 수 없습니다: `{d}`"),
            format!("cannot create `{d}`"),
        )))?;
        for (name, schema_text) in schema::all() {
            let path = dir.join(format!("{name}.json"));
            std::fs::write(&path, schema_text).map_err(io_error({
                let p = path.display();
                text(
                    format!("无法写入 `{p}`"),
                    format!("쓸 수 없습니다: `{p}`"),
                    format!("cannot write `{p}`"),
                )
            }))?;
        }
        return Ok(());
    }
    let name = args.name.as_deref().unwrap_or_default();
    match schema::schema(name) {
        Some(s) => print_json(&s),
        None => {
            let names = schema::names().join(", ");
            Err(Error::new(ErrorCode::UnknownRule, Problem::UnknownReference, "NAME")
                .with_detail(text(
                    format!("没有名为 `{name}` 的模式:既不是可计算规则的编号,也不是模式名称"),
                    format!("`{name}`라는 스키마가 없습니다. 계산할 수 있는 규칙 번호도, 스키마 이름도 아닙니다"),
                    format!("no schema `{name}`: not a computed rule's id nor a schema name"),
                ))
                .with_help(text(
                    format!("模式:{names}"),
                    format!("스키마: {names}"),
                    format!("schemas: {names}"),
                ))
                .into())
        }
    }
}

/// How an answer is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

impl Format {
    /// `--json` of `deadline` and `meetings`: the envelope instead of the explanation.
    const fn from_json_flag(json: bool) -> Self {
        if json {
            Self::Json
        } else {
            Self::Text
        }
    }
}

fn eval(args: &EvalArgs) -> Result<(), CliError> {
    let format = match args.format.as_str() {
        _ if args.json => Format::Json,
        "json" => Format::Json,
        "text" => Format::Text,
        other => {
            return Err(CliError::bad_option(
                "--format",
                Problem::UnknownValue,
                text(
                    format!("未知格式 `{other}`:应为 `json` 或 `text`"),
                    format!("알 수 없는 형식 `{other}`: `json`이나 `text`여야 합니다"),
                    format!("unknown format `{other}`: expected `json` or `text`"),
                ),
            ))
        }
    };
    if args.input == "-" && args.common.params.as_deref() == Some("-") {
        return Err(CliError::usage(
            "--params",
            Problem::Inconsistent,
            text(
                "标准输入已由 `--input -` 读取;请以文件给出参数",
                "표준 입력은 이미 `--input -`이 읽습니다. 파라메터는 파일로 주십시오",
                "standard input is already read by `--input -`; give the parameters as a file",
            ),
        ));
    }
    let options = options(&args.common)?;
    if RuleId::parse(&args.rule_id).is_none() {
        // The core's own error, with the list of known rules, before any input is read.
        api::evaluate(&args.rule_id, &Value::Null, &options)?;
    }
    let text = read_source(&args.input)?;
    let input: Value = devzone_rules::limits::parse_json(&text, "input", ErrorCode::InvalidInput)
        .map_err(|e| {
        let help = holds(
            &source_name(&args.input),
            ("规则的输入", "규칙의 입력", "the rule's input"),
        );
        if e.help.is_some() {
            e
        } else {
            e.with_help(help)
        }
    })?;
    let answer = api::evaluate(&args.rule_id, &input, &options)?;
    print_answer(&answer, format, lang_arg(&args.common.lang)?)
}

fn deadline(args: &DeadlineArgs) -> Result<(), CliError> {
    let options = options(&args.common)?;
    let mut input = Map::new();
    input.insert("issueDate".into(), date_arg("--issued", &args.issued)?);
    if let Some(d) = &args.as_of {
        input.insert("asOf".into(), date_arg("--as-of", d)?);
    }
    if let Some(d) = &args.adopted {
        input.insert("adoptedDate".into(), date_arg("--adopted", d)?);
    }
    let answer = api::evaluate("art-18.c", &Value::Object(input), &options).map_err(|e| {
        flag_error(e, |field| match field {
            "issueDate" => Some("--issued".to_owned()),
            "asOf" => Some("--as-of".to_owned()),
            "adoptedDate" => Some("--adopted".to_owned()),
            _ => None,
        })
    })?;
    print_answer(
        &answer,
        Format::from_json_flag(args.json),
        lang_arg(&args.common.lang)?,
    )
}

fn meetings(args: &MeetingsArgs) -> Result<(), CliError> {
    let options = options(&args.common)?;
    let year: i64 = args.year.trim().parse().map_err(|_| {
        let y = &args.year;
        CliError::usage(
            "--year",
            Problem::InvalidValue,
            text(
                format!("无效年份 `{y}`:应为如 `2020` 的年份"),
                format!("잘못된 년도 `{y}`: `2020`과 같은 년도여야 합니다"),
                format!("invalid year `{y}`: expected a year such as `2020`"),
            ),
        )
    })?;
    let mut input = Map::new();
    input.insert("issueDate".into(), date_arg("--issued", &args.issued)?);
    input.insert("year".into(), json!(year));
    let meetings = args
        .meeting
        .iter()
        .map(|m| meeting_arg(m))
        .collect::<Result<Vec<_>, _>>()?;
    input.insert("meetings".into(), Value::Array(meetings));
    if args.complete {
        input.insert("meetingsComplete".into(), json!(true));
    }
    if let Some(d) = &args.as_of {
        input.insert("asOf".into(), date_arg("--as-of", d)?);
    }
    let answer = api::evaluate("art-16.b", &Value::Object(input), &options).map_err(|e| {
        flag_error(e, |field| match field {
            "issueDate" => Some("--issued".to_owned()),
            "year" => Some("--year".to_owned()),
            "asOf" => Some("--as-of".to_owned()),
            _ => {
                // `meetings[3]…` → the fourth `--meeting` as typed.
                let index = field.strip_prefix("meetings[")?.split(']').next()?;
                let raw = args.meeting.get(index.parse::<usize>().ok()?)?;
                Some(format!("--meeting `{raw}`"))
            }
        })
    })?;
    print_answer(
        &answer,
        Format::from_json_flag(args.json),
        lang_arg(&args.common.lang)?,
    )
}

/// `--clause`: `14`, `(十四)`, `（十四）` or `十四` → `(十四)`.
fn clause_arg(raw: &str) -> Result<String, CliError> {
    let bare = raw
        .trim()
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    let numeral = match bare.parse::<usize>() {
        Ok(n) => n
            .checked_sub(1)
            .and_then(|i| CLAUSE_NUMERALS.get(i))
            .copied(),
        Err(_) => CLAUSE_NUMERALS.iter().copied().find(|n| *n == bare),
    };
    numeral.map(|n| format!("({n})")).ok_or_else(|| {
        CliError::usage(
            "--clause",
            Problem::UnknownValue,
            text(
                format!("未知条款 `{raw}`:应为 1 至 18,或如 `(十四)` 的序号"),
                format!(
                    "알 수 없는 조항 `{raw}`: 1부터 18까지의 수나 `(十四)`와 같은 번호여야 합니다"
                ),
                format!("unknown clause `{raw}`: expected 1 to 18, or a numeral such as `(十四)`"),
            ),
        )
    })
}

/// `--kind`, in any case, `_` or `-`: the JSON name of a kind.
fn kind_arg(raw: &str) -> Result<&'static str, CliError> {
    let wanted = raw.trim().to_ascii_lowercase().replace('_', "-");
    Kind::TABLE
        .names
        .iter()
        .copied()
        .find(|k| *k == wanted)
        .ok_or_else(|| {
            let all = Kind::TABLE.names;
            let all = all.join(", ");
            CliError::usage(
                "--kind",
                Problem::UnknownValue,
                text(
                    format!("未知类型 `{raw}`:应为以下之一:{all}"),
                    format!("알 수 없는 류형 `{raw}`: 다음 가운데 하나여야 합니다: {all}"),
                    format!("unknown kind `{raw}`: expected one of {all}"),
                ),
            )
        })
}

/// `--evaluation`, in any case: the status name.
fn evaluation_arg(raw: &str) -> Result<&'static str, CliError> {
    let wanted = raw.trim().to_ascii_uppercase().replace('-', "_");
    EvaluationStatus::TABLE
        .names
        .iter()
        .copied()
        .find(|k| *k == wanted)
        .ok_or_else(|| {
            let all = EvaluationStatus::TABLE.names;
            let all = all.join(", ");
            CliError::usage(
                "--evaluation",
                Problem::UnknownValue,
                text(
                    format!("未知计算状态 `{raw}`:应为以下之一:{all}"),
                    format!("알 수 없는 계산 상태 `{raw}`: 다음 가운데 하나여야 합니다: {all}"),
                    format!("unknown evaluation status `{raw}`: expected one of {all}"),
                ),
            )
        })
}

/// `--agency` of `rules`: an agency, actor or county by its code or any name or short form
/// ([`lookup`]), as its code.
fn agency_arg(raw: &str) -> Result<String, CliError> {
    Ok(lookup::resolve(raw, Among::Bearers, None, "--agency")?.code)
}

/// `--agency` of `obligations`: an agency, actor or county by its code or any name, or a zone
/// of the register by its id or name (a zone owes the duties of 「各开发区」 itself).
fn bearer_arg(raw: &str, register: &Value) -> Result<String, CliError> {
    let reg = typed_register(register);
    if reg.is_none() {
        // A register that does not read is its own error, not an `--agency` one (the name
        // would be looked up among the rulebook's bearers alone).
        if let Some(e) = devzone_rules::api::validate_register(register)
            .into_iter()
            .next()
        {
            return Err(CliError::Invalid(e));
        }
    }
    Ok(lookup::resolve(raw, Among::Bearers, reg.as_ref(), "--agency")?.code)
}

/// Whether `rule` (a JSON rule view) names `agency` among its bearers or its clause's
/// responsible units; a county also bears what the county placeholders bear, and a prefecture
/// agency what 「州直有关部门」 (`ACT.PREF_DEPTS`) bears (as `obligations` expands them).
fn rule_concerns(rule: &Value, agency: &str) -> bool {
    rule_bears(rule, agency, false)
}

/// [`rule_concerns`], and with `by_words` (an actor no rule names as a bearer, such as
/// 统计部门 or 外事主管部门): whether the rule's own words name it (a definition, such as the
/// list of addressees, aside).
fn rule_bears(rule: &Value, agency: &str, by_words: bool) -> bool {
    use devzone_rules::agencies::{self, ActorKind};
    let codes = ["bearers", "responsibleUnits"]
        .into_iter()
        .filter_map(|k| rule.get(k).and_then(Value::as_array))
        .flatten()
        .filter_map(|a| a.get("code").and_then(Value::as_str));
    let actor = agencies::actor(agency);
    let kind = actor.map(|a| a.kind);
    let is_county = agency.starts_with("CTY.");
    let is_agency = kind == Some(ActorKind::Agency);
    let named = || {
        let quotes = rule.get("quote").into_iter().chain(
            rule.get("extraQuotes")
                .and_then(Value::as_array)
                .into_iter()
                .flatten(),
        );
        let definition = rule
            .get("kinds")
            .and_then(Value::as_array)
            .is_some_and(|ks| ks.iter().all(|k| k.as_str() == Some("definition")));
        actor.is_some_and(|a| {
            by_words
                && kind == Some(ActorKind::Actor)
                && !definition
                && quotes.filter_map(Value::as_str).any(|q| q.contains(a.zh))
        })
    };
    codes.into_iter().any(|c| {
        c == agency
            || (is_county && (c == "AG.CTY_GOV" || c == "AG.CTY_PARTY_GOV"))
            || (is_agency && c == "ACT.PREF_DEPTS")
    }) || named()
}

fn rules(args: &RulesArgs) -> Result<(), CliError> {
    let lang = lang_arg(&args.lang)?;
    let clause = args.clause.as_deref().map(clause_arg).transpose()?;
    let kind = args.kind.as_deref().map(kind_arg).transpose()?;
    let agency = args.agency.as_deref().map(agency_arg).transpose()?;
    let evaluation = args.evaluation.as_deref().map(evaluation_arg).transpose()?;
    let all = serde_json::to_value(api::rules()).map_err(|e| {
        Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "")
            .with_detail(Text::same(e.to_string()))
    })?;
    let text = |r: &Value, k: &str| r.get(k).and_then(Value::as_str).map(str::to_owned);
    // An actor no rule bears is found by the rules' words.
    let by_words = agency.as_deref().is_some_and(|a| {
        !all.as_array()
            .into_iter()
            .flatten()
            .any(|x| rule_concerns(x, a))
    });
    let selected: Vec<Value> = all
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| clause.is_none() || text(r, "clause") == clause)
        .filter(|r| {
            kind.is_none_or(|k| {
                r.get("kinds")
                    .and_then(Value::as_array)
                    .is_some_and(|ks| ks.iter().any(|x| x.as_str() == Some(k)))
            })
        })
        .filter(|r| agency.as_deref().is_none_or(|a| rule_bears(r, a, by_words)))
        .filter(|r| evaluation.is_none_or(|e| text(r, "evaluation").as_deref() == Some(e)))
        .cloned()
        .collect();
    if args.json {
        print_json(&Value::Array(selected))
    } else {
        print_text(&text::rules(&selected, lang))
    }
}

fn zone(args: &ZoneArgs) -> Result<(), CliError> {
    let source = RegisterArg {
        register: args.register.clone(),
    };
    let (register, example) = load_register(&source, args.common.params.as_deref())?;
    let file = source.name();
    let options = options(&args.common)?;
    let lang = lang_arg(&args.common.lang)?;
    let (as_of, today) = as_of_arg(args.as_of.as_deref())?;
    let zone_id = match typed_register(&register) {
        Some(reg) => lookup::resolve(&args.zone_id, Among::Zones, Some(&reg), "ZONE")?.code,
        None => args.zone_id.clone(),
    };
    let input = json!({ "register": register, "zoneId": zone_id, "asOf": as_of });
    let summary = api::zone_summary(&input, &options).map_err(|e| {
        let zone_ids = || -> Vec<&str> {
            register
                .get("zones")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|z| z.get("id").and_then(Value::as_str))
                .collect()
        };
        if e.path == "input.zoneId" {
            let ids = zone_ids().join(", ");
            return CliError::Invalid(
                Error {
                    path: "ZONE".to_owned(),
                    ..e
                }
                .with_help(text(
                    format!("{} 中的开发区:{ids}", file.zh),
                    format!("{}의 개발구: {ids}", file.ko),
                    format!("zones in {}: {ids}", file.en),
                )),
            );
        }
        flag_error(e, |field| (field == "asOf").then(|| "--as-of".to_owned()))
    })?;
    if args.json {
        return print_json_from(
            &summary,
            Notices {
                example,
                today: today.as_deref(),
            },
            lang,
        );
    }
    print_text_from(
        &text::zone_summary(&summary, lang),
        Notices {
            example,
            today: today.as_deref(),
        },
        lang,
    )
}

impl RegisterArg {
    /// How the register is named in messages.
    fn name(&self) -> Text {
        self.register.as_deref().map_or_else(
            || {
                text(
                    "内置示例登记册",
                    "내장 실례 등록부",
                    "the built-in example register",
                )
            },
            source_name,
        )
    }
}

/// The register of `--register` as JSON, and whether it is the built-in example register (no
/// `--register`).
fn load_register(arg: &RegisterArg, params: Option<&str>) -> Result<(Value, bool), CliError> {
    let (text, example) = register_text(arg, params)?;
    let register =
        devzone_rules::limits::parse_json(&text, "input.register", ErrorCode::InvalidInput)
            .map_err(|e| register_error(e, arg))?;
    Ok((register, example))
}

/// The register of `--register` read as [`load_register`] reads it, as a tree borrowing `text`
/// where the text allows (`limits::parse_json_tree`: no `serde_json::Value` built, a third of
/// the instructions of `devzone report` on a register of 1,000 zones), for a command that only
/// hands the register to the core.
fn read_register<'t>(
    text: &'t str,
    arg: &RegisterArg,
) -> Result<devzone_rules::limits::Parsed<'t>, CliError> {
    devzone_rules::limits::parse_json_tree(text, "input.register", ErrorCode::InvalidInput)
        .map_err(|e| register_error(e, arg))
}

/// An error of the register's text, with help naming where the register came from.
fn register_error(e: Error, arg: &RegisterArg) -> CliError {
    let help = holds(
        &arg.name(),
        ("开发区登记册", "개발구 등록부", "a zone register"),
    );
    CliError::Invalid(if e.help.is_some() {
        e
    } else {
        e.with_help(help)
    })
}

/// The register as [`read_register`] read it, as a tree: moved out when the quick reader read
/// it, else borrowed from the `Value` that `parse_json` read, kept in `held`.
fn register_tree<'a>(
    read: devzone_rules::limits::Parsed<'a>,
    held: &'a mut Option<Value>,
) -> Tree<'a> {
    match read {
        devzone_rules::limits::Parsed::Tree(t) => t,
        devzone_rules::limits::Parsed::Value(v) => Tree::of(held.insert(v)),
    }
}

/// A question to the core as a tree: the command's own `fields` and the register under
/// `register`, its keys in bytewise order (a tree's object is sorted by key, as a `Value`'s is).
fn with_register<'a>(fields: &'a Map<String, Value>, register: Tree<'a>) -> Tree<'a> {
    let mut entries: Vec<(Cow<'a, str>, Tree<'a>)> = fields
        .iter()
        .map(|(k, v)| (Cow::Borrowed(k.as_str()), Tree::of(v)))
        .collect();
    entries.push((Cow::Borrowed("register"), register));
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Tree::Object(entries)
}

/// The text of `--register` (the built-in example register without it), and whether it is the
/// example register.
fn register_text(arg: &RegisterArg, params: Option<&str>) -> Result<(String, bool), CliError> {
    let text = match arg.register.as_deref() {
        None => EXAMPLE_REGISTER.to_owned(),
        Some(file) => {
            if file == "-" && params == Some("-") {
                return Err(CliError::usage(
                    "--params",
                    Problem::Inconsistent,
                    text(
                    "标准输入已由 `--register -` 读取;请以文件给出参数",
                    "표준 입력은 이미 `--register -`이 읽습니다. 파라메터는 파일로 주십시오",
                    "standard input is already read by `--register -`; give the parameters as a file",
                ),
                ));
            }
            read_source(file)?
        }
    };
    Ok((text, arg.register.is_none()))
}

/// The notice that opens every output computed from the built-in example register.
fn example_notice(lang: Lang) -> &'static str {
    text::example_notice(lang)
}

/// What opens an output: the example notice (no `--register`) and the date of today (no
/// `--as-of`).
#[derive(Clone, Copy, Debug, Default)]
struct Notices<'a> {
    example: bool,
    today: Option<&'a str>,
}

impl From<bool> for Notices<'_> {
    fn from(example: bool) -> Self {
        Self {
            example,
            today: None,
        }
    }
}

impl Notices<'_> {
    fn lines(self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if self.example {
            out.push(example_notice(lang).to_owned());
        }
        if let Some(date) = self.today {
            out.push(text::as_of_today(date, lang));
        }
        out
    }

    /// What opens a text output: the notices' lines and a blank line (nothing without any).
    fn lead(self, lang: Lang) -> String {
        let lines = self.lines(lang);
        if lines.is_empty() {
            String::new()
        } else {
            format!("{}\n\n", lines.join("\n"))
        }
    }
}

/// Prints `text`, opened by the notices.
fn print_text_from<'a>(
    text: &str,
    notices: impl Into<Notices<'a>>,
    lang: Lang,
) -> Result<(), CliError> {
    print_text(&(notices.into().lead(lang) + text))
}

/// Prints `value` as JSON; the notices go to standard error so that standard output stays JSON.
fn print_json_from<'a>(
    value: &Value,
    notices: impl Into<Notices<'a>>,
    lang: Lang,
) -> Result<(), CliError> {
    notice_to_stderr(notices, lang);
    print_json(value)
}

fn notice_to_stderr<'a>(notices: impl Into<Notices<'a>>, lang: Lang) {
    for line in notices.into().lines(lang) {
        // Nothing more can be done if stderr itself is gone.
        let _ = writeln!(io::stderr().lock(), "{line}");
    }
}

/// Today in China (Asia/Shanghai, UTC+8 all year, no daylight saving), from the system clock.
/// The core never reads a clock: this is the CLI's default for `--as-of`.
fn today_in_china() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs + 8 * 3600) / 86_400;
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
        .map_or_else(
            || "1970-01-01".to_owned(),
            |d| d.format("%Y-%m-%d").to_string(),
        )
}

/// `--as-of` as given, or today in China; the second value is today's date when it was the
/// default (the output then says so).
fn as_of_arg(given: Option<&str>) -> Result<(Value, Option<String>), CliError> {
    match given {
        Some(d) => Ok((date_arg("--as-of", d)?, None)),
        None => {
            let today = today_in_china();
            Ok((Value::String(today.clone()), Some(today)))
        }
    }
}

/// The register as the core's type, for looking names up; `None` when it does not decode (the
/// core then reports the bad field itself).
fn typed_register(register: &Value) -> Option<devzone_rules::register::Register> {
    serde_json::from_value(register.clone()).ok()
}

fn report(args: &ReportArgs) -> Result<(), CliError> {
    let (register_text, example) = register_text(&args.register, args.common.params.as_deref())?;
    let read = read_register(&register_text, &args.register)?;
    let mut options = options(&args.common)?;
    let lang = lang_arg(&args.common.lang)?;
    let (as_of, today) = as_of_arg(args.as_of.as_deref())?;
    let severity = args.severity.as_deref().map(severity_arg).transpose()?;
    if let Value::Object(o) = &mut options {
        for (key, value) in [
            ("county", args.county.as_deref()),
            ("zone", args.zone.as_deref()),
            ("agency", args.agency.as_deref()),
            ("severity", severity),
            ("rule", args.rule.as_deref()),
        ] {
            if let Some(v) = value {
                o.insert(key.into(), json!(v));
            }
        }
        // A whole number goes as one; anything else as given, for the core to refuse by name.
        for (key, value) in [("offset", &args.offset), ("limit", &args.limit)] {
            if let Some(v) = value {
                let number = v.parse::<u64>().ok().map(Value::from);
                o.insert(key.into(), number.unwrap_or_else(|| json!(v)));
            }
        }
    }
    let mut held = None;
    let fields = Map::from_iter([("asOf".to_owned(), as_of)]);
    let input = with_register(&fields, register_tree(read, &mut held));
    let notices = Notices {
        example,
        today: today.as_deref(),
    };
    // `--json` written a finding at a time as the core gives them (`api::report_each`), not
    // made whole first (3.8 GB for 10,000 zones): the same bytes.
    let mut out = Out::new();
    let mut json = Spliced::new("findings", notices, lang);
    // The text reads the first finding of each line alone: the report made with those rendered
    // (`api::report_line_starts`), not every finding (418 MB for 1,000 zones); a page as asked.
    let text_of_starts = !args.json && args.offset.is_none() && args.limit.is_none();
    let made = if args.json {
        api::report_each(&input, &options, &mut |head, finding| {
            json.part(head, &finding, &mut out)
        })
    } else if text_of_starts {
        api::report_line_starts(&input, &options, args.all)
    } else {
        api::report(&input, &options)
    };
    let r = made.map_err(|mut e| {
        if let Some(field) = e.path.strip_prefix("options.") {
            if [
                "county", "zone", "agency", "severity", "rule", "offset", "limit",
            ]
            .contains(&field)
            {
                e.path = format!("--{field}");
            }
        }
        flag_error(e, |f| (f == "asOf").then(|| "--as-of".to_owned()))
    })?;
    if args.json {
        json.end(&r, &mut out);
        return out.done();
    }
    drop(out);
    let text = if text_of_starts {
        text::report_of_line_starts(&r, args.all)
    } else {
        text::report(&r, args.all)
    };
    print_text_from(&text, notices, lang)
}

/// `--severity`, in any case: `violation`, `warning`, `review` (or `for-review`) or `info`.
fn severity_arg(raw: &str) -> Result<&'static str, CliError> {
    use devzone_rules::severity::Severity;
    let wanted = raw.trim().to_ascii_uppercase().replace('-', "_");
    let wanted = wanted.strip_prefix("FOR_").unwrap_or(&wanted);
    Severity::ALL
        .iter()
        .find(|s| s.as_str() == wanted || s.as_str().starts_with(wanted) && !wanted.is_empty())
        .map(|s| s.as_str())
        .ok_or_else(|| {
            CliError::usage(
                "--severity",
                Problem::UnknownValue,
                text(
                    format!("未知严重程度 `{raw}`:应为 violation、warning、review 或 info"),
                    format!("알 수 없는 심각도 `{raw}`: violation, warning, review, info 가운데 하나여야 합니다"),
                    format!("unknown severity `{raw}`: expected violation, warning, review or info"),
                ),
            )
        })
}

fn obligations(args: &ObligationsArgs) -> Result<(), CliError> {
    let (register, example) = load_register(&args.register, args.common.params.as_deref())?;
    let options = options(&args.common)?;
    let lang = lang_arg(&args.common.lang)?;
    let (as_of, today) = as_of_arg(args.as_of.as_deref())?;
    let within: u32 = args.within.trim().parse().map_err(|_| {
        let w = &args.within;
        CliError::usage(
            "--within",
            Problem::InvalidValue,
            text(
                format!("无效天数 `{w}`:应为如 `90` 的整数"),
                format!("잘못된 날수 `{w}`: `90`과 같은 옹근수여야 합니다"),
                format!("invalid number of days `{w}`: expected a whole number such as `90`"),
            ),
        )
    })?;
    let agency = args
        .agency
        .as_deref()
        .map(|a| bearer_arg(a, &register))
        .transpose()?;
    let mut input = Map::new();
    input.insert("register".into(), register);
    input.insert("asOf".into(), as_of);
    input.insert("withinDays".into(), json!(within));
    if let Some(a) = agency {
        input.insert("agency".into(), json!(a));
    }
    let input = Value::Object(input);
    let notices = Notices {
        example,
        today: today.as_deref(),
    };
    // Written a bearer at a time as the core gives them (`api::obligations_each`), not made
    // whole first: the same bytes as `text::obligations` or the whole answer's pretty JSON
    // (perf: the whole answer as one tree took 4 GB for a register of 10,000 zones).
    let mut out = Out::new();
    let mut json = Spliced::new("agencies", notices, lang);
    let mut started = false;
    let text_lead = |head: &Value| notices.lead(lang) + &text::obligations_head(head);
    let mut text_out = String::new();
    let head = api::obligations_each(&input, &options, &mut |head, bearer| {
        if args.json {
            return json.part(head, &bearer, &mut out);
        }
        text_out.clear();
        if !started {
            text_out.push_str(&text_lead(head));
        }
        started = true;
        text::obligations_bearer(&mut text_out, head, &bearer, args.all);
        out.write(&text_out)
    })
    .map_err(|e| {
        flag_error(e, |f| match f {
            "asOf" => Some("--as-of".to_owned()),
            "agency" => Some("--agency".to_owned()),
            "withinDays" => Some("--within".to_owned()),
            _ => None,
        })
    })?;
    if args.json {
        json.end(&head, &mut out);
    } else {
        let mut tail = if started {
            String::new()
        } else {
            text_lead(&head)
        };
        text::obligations_tail(&mut tail, &head);
        out.write(&tail);
    }
    out.done()
}

/// Standard output, written piece by piece; the first error kept (and nothing written after
/// it), as `written_out` takes it.
struct Out {
    out: io::BufWriter<io::StdoutLock<'static>>,
    written: io::Result<()>,
}

impl Out {
    fn new() -> Self {
        Self {
            out: io::BufWriter::new(io::stdout().lock()),
            written: Ok(()),
        }
    }

    /// Writes `text`; whether all is written so far.
    fn write(&mut self, text: &str) -> bool {
        if self.written.is_ok() {
            self.written = self.out.write_all(text.as_bytes());
        }
        self.written.is_ok()
    }

    fn done(mut self) -> Result<(), CliError> {
        let flushed = self.out.flush();
        written_out(self.written.and(flushed))
    }
}

/// An answer's pretty JSON written a part at a time, as the core gives the parts of the list
/// under `key` (`api::obligations_each`, `api::report_each`): the answer without them (its head,
/// the list empty) cut where the list is, each part's pretty JSON indented into it. The same
/// bytes as the whole answer by `print_json_from`, the notices to standard error as it writes
/// them (once the answer is made: not before an error).
struct Spliced<'a> {
    key: &'static str,
    notices: Notices<'a>,
    lang: Lang,
    /// The head after the list, once its first part is written.
    after: Option<String>,
}

impl<'a> Spliced<'a> {
    const fn new(key: &'static str, notices: Notices<'a>, lang: Lang) -> Self {
        Self {
            key,
            notices,
            lang,
            after: None,
        }
    }

    /// Writes `part` (and, before the first, the head up to the list); whether all is written.
    fn part(&mut self, head: &Value, part: &Value, out: &mut Out) -> bool {
        let first = self.after.is_none();
        if first {
            notice_to_stderr(self.notices, self.lang);
            let whole = pretty(head);
            // The answer's own key: at the top level, two spaces in.
            let empty = format!("\n  \"{}\": []", self.key);
            let (before, rest) = whole.split_once(&empty).unwrap_or((&whole, ""));
            self.after = Some(rest.to_owned());
            if !out.write(before) || !out.write(&format!("\n  \"{}\": [", self.key)) {
                return false;
            }
        }
        let mut item = String::from(if first { "\n" } else { ",\n" });
        for line in pretty(part).lines() {
            if !item.ends_with('\n') {
                item.push('\n');
            }
            item.push_str("    ");
            item.push_str(line);
        }
        out.write(&item)
    }

    /// Writes the rest: the list closed and the head after it, or the whole head when no part
    /// was given.
    fn end(&mut self, head: &Value, out: &mut Out) -> bool {
        match self.after.take() {
            Some(rest) => out.write(&format!("\n  ]{rest}\n")),
            None => {
                notice_to_stderr(self.notices, self.lang);
                out.write(&format!("{}\n", pretty(head)))
            }
        }
    }
}

/// `value` as pretty JSON, as `print_json` writes it (without the last line break).
fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

fn calendar(args: &CalendarArgs) -> Result<(), CliError> {
    let (register_text, example) = register_text(&args.register, args.common.params.as_deref())?;
    let read = read_register(&register_text, &args.register)?;
    let options = options(&args.common)?;
    let lang = lang_arg(&args.common.lang)?;
    let mut fields = Map::new();
    fields.insert("from".into(), date_arg("--from", &args.from)?);
    fields.insert("to".into(), date_arg("--to", &args.to)?);
    if let Some(d) = &args.as_of {
        fields.insert("asOf".into(), date_arg("--as-of", d)?);
    }
    let mut held = None;
    let input = with_register(&fields, register_tree(read, &mut held));
    let rename = |e| {
        flag_error(e, |f| match f {
            "from" => Some("--from".to_owned()),
            "to" => Some("--to".to_owned()),
            "asOf" => Some("--as-of".to_owned()),
            _ => None,
        })
    };
    if args.ics {
        let ics = api::calendar_ics(&input, &options).map_err(rename)?;
        notice_to_stderr(example, lang);
        return print_text(&ics);
    }
    let c = api::calendar(&input, &options).map_err(rename)?;
    if args.json {
        return print_json_from(&c, example, lang);
    }
    print_text_from(&text::calendar(&c), example, lang)
}

fn fees(args: &FeesArgs) -> Result<(), CliError> {
    if args.input == "-" && args.common.params.as_deref() == Some("-") {
        return Err(CliError::usage(
            "--params",
            Problem::Inconsistent,
            text(
                "标准输入已由 `--input -` 读取;请以文件给出参数",
                "표준 입력은 이미 `--input -`이 읽습니다. 파라메터는 파일로 주십시오",
                "standard input is already read by `--input -`; give the parameters as a file",
            ),
        ));
    }
    let options = options(&args.common)?;
    let text = read_source(&args.input)?;
    let input: Value = devzone_rules::limits::parse_json(&text, "input", ErrorCode::InvalidInput)
        .map_err(|e| {
        let help = holds(&source_name(&args.input), ("项目", "대상", "the project"));
        if e.help.is_some() {
            e
        } else {
            e.with_help(help)
        }
    })?;
    let calc = api::fees(&input, &options)?;
    if args.json {
        print_json(&calc)
    } else {
        print_text(&text::fees(&calc))
    }
}

/// `devzone register`: the register's own description, its issue date and how many of its
/// records are made up (a `note` or, for a zone, a `sourceNote` starting with `ILLUSTRATIVE`).
fn register_info(args: &RegisterInfoArgs) -> Result<(), CliError> {
    let lang = lang_arg(&args.lang)?;
    let (register, example) = load_register(&args.register, None)?;
    let info = register_info_json(&register, example);
    if args.json {
        return print_json_from(&info, example, lang);
    }
    print_text_from(&text::register_info(&info, lang), example, lang)
}

/// What `devzone register --json` prints: the register's own description, its issue date, and
/// per list how many records it has and how many are made up (a `note`, or a zone's
/// `sourceNote`, starting with `ILLUSTRATIVE`).
fn register_info_json(register: &Value, example: bool) -> Value {
    let lists = [
        ("zones", "sourceNote"),
        ("assessments", "note"),
        ("envInfra", "note"),
        ("statsFindings", "note"),
        ("revocations", "note"),
        ("rectifications", "note"),
        ("meetings", "note"),
        ("implMeasures", "note"),
        ("dutyRecords", "note"),
        ("landEvaluations", "note"),
        ("industrialReuses", "note"),
    ];
    let mut records = Map::new();
    for (list, note) in lists {
        let items = register.get(list).and_then(Value::as_array);
        let total = items.map_or(0, Vec::len);
        let made_up = items
            .into_iter()
            .flatten()
            .filter(|x| {
                devzone_rules::register::is_illustrative(x.get(note).and_then(Value::as_str))
            })
            .count();
        records.insert(
            list.to_owned(),
            json!({ "total": total, "illustrative": made_up }),
        );
    }
    json!({
        "example": example,
        "description": register.get("description").cloned().unwrap_or(Value::Null),
        "issueDate": register.get("issueDate").cloned().unwrap_or(Value::Null),
        "issueDateHypothetical": register
            .get("issueDateHypothetical")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        "records": records,
    })
}

/// The options object: the language checked here (so the error names `--lang`), the parameters
/// passed as read and checked by the core (errors name `options.params.<field>`).
fn options(common: &CommonArgs) -> Result<Value, CliError> {
    let lang = lang_arg(&common.lang)?;
    let mut options = Map::new();
    options.insert("lang".into(), json!(lang.as_str()));
    if let Some(file) = &common.params {
        let text = read_source(file)?;
        let params: Value =
            devzone_rules::limits::parse_json(&text, "options.params", ErrorCode::InvalidOptions)
                .map_err(|e| {
                let help = holds(
                    &source_name(file),
                    ("参数对象", "파라메터 객체", "a parameters object"),
                );
                CliError::Invalid(if e.help.is_some() {
                    e
                } else {
                    e.with_help(help)
                })
            })?;
        options.insert("params".into(), params);
    }
    Ok(Value::Object(options))
}

/// `--lang`.
fn lang_arg(code: &str) -> Result<Lang, CliError> {
    // Any case: `EN`, `Ko`.
    code.trim()
        .to_ascii_lowercase()
        .parse::<Lang>()
        .map_err(|_| {
            CliError::bad_option(
                "--lang",
                Problem::UnknownValue,
                text(
                    format!("未知语言 `{code}`:应为 `zh`、`en` 或 `ko`"),
                    format!("알 수 없는 언어 `{code}`: `zh`, `en`, `ko` 가운데 하나여야 합니다"),
                    format!("unknown language `{code}`: expected `zh`, `en` or `ko`"),
                ),
            )
        })
}

/// A date flag, checked with the core's parser so the message reads like the API's.
fn date_arg(flag: &str, text: &str) -> Result<Value, CliError> {
    parse_date(text)
        .map(|_| Value::String(text.to_owned()))
        .map_err(|e| date_error(flag, &e))
}

/// `DATE[,CONVENED_BY][,KIND]` as a meeting object. The kind is upper-cased (`other` → `OTHER`);
/// the core checks the convener code and the kind.
fn meeting_arg(raw: &str) -> Result<Value, CliError> {
    let flag = || format!("--meeting `{raw}`");
    let mut parts = raw.split(',').map(str::trim);
    let date = parts.next().unwrap_or_default();
    parse_date(date).map_err(|e| date_error(&flag(), &e))?;
    let mut meeting = Map::new();
    meeting.insert("date".into(), json!(date));
    if let Some(by) = parts.next().filter(|s| !s.is_empty()) {
        meeting.insert("convenedBy".into(), json!(by));
    }
    if let Some(kind) = parts.next().filter(|s| !s.is_empty()) {
        meeting.insert(
            "kind".into(),
            json!(kind.to_ascii_uppercase().replace('-', "_")),
        );
    }
    if let Some(extra) = parts.next() {
        return Err(CliError::usage(
            flag(),
            Problem::InvalidValue,
            text(
                format!("多余的 `{extra}`:应为 `日期[,召集者][,类型]`"),
                format!("불필요한 `{extra}`: `날자[,소집자][,종류]` 형식이여야 합니다"),
                format!("unexpected `{extra}`: expected `DATE[,CONVENED_BY][,KIND]`"),
            ),
        ));
    }
    Ok(Value::Object(meeting))
}

/// Renames an `input.<field>` path to the flag the field came from, when `rename` knows it.
fn flag_error(mut e: Error, rename: impl Fn(&str) -> Option<String>) -> CliError {
    if let Some(flag) = e.path.strip_prefix("input.").and_then(rename) {
        e.path = flag;
    }
    CliError::Invalid(e)
}

/// How a source is named in messages.
fn source_name(path: &str) -> Text {
    if path == "-" {
        text("标准输入", "표준 입력", "standard input")
    } else {
        Text::same(format!("`{path}`"))
    }
}

/// The whole text of a file, or of stdin for `-`.
fn read_source(path: &str) -> Result<String, CliError> {
    let name = source_name(path);
    let io_error = |source| CliError::Io {
        action: text(
            format!("无法读取 {}", name.zh),
            format!("읽을 수 없습니다: {}", name.ko),
            format!("cannot read {}", name.en),
        ),
        source,
    };
    // The core refuses JSON text above its size limit; a bigger file is refused before it is
    // read whole (a BOM aside, the text is the file).
    let limit = devzone_rules::limits::MAX_INPUT_BYTES;
    let too_big = |size: u64| {
        let name = source_name(path);
        CliError::usage(
            if path == "-" { "standard input" } else { path },
            Problem::TooLarge,
            text(
                format!("{} 有 {size} 字节,超过本 SDK 读取 JSON 的上限 {limit} 字节(32 MiB)", name.zh),
                format!("{}: {size}바이트로 SDK가 읽는 JSON 상한 {limit}바이트(32MiB)를 넘습니다", name.ko),
                format!("{} is {size} bytes, more than the {limit} bytes (32 MiB) of JSON the SDK reads", name.en),
            ),
        )
    };
    let text = if path == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(4))
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        if bytes.len() > limit.saturating_add(3) {
            return Err(CliError::usage(
                "standard input",
                Problem::TooLarge,
                text(
                    format!("标准输入超过本 SDK 读取 JSON 的上限 {limit} 字节(32 MiB)"),
                    format!("표준 입력이 SDK가 읽는 JSON 상한 {limit}바이트(32MiB)를 넘습니다"),
                    format!("standard input holds more than the {limit} bytes (32 MiB) of JSON the SDK reads"),
                ),
            ));
        }
        String::from_utf8(bytes)
            .map_err(|e| io_error(io::Error::new(io::ErrorKind::InvalidData, e.utf8_error())))?
    } else {
        let size = std::fs::metadata(path).map_err(io_error)?.len();
        if size > u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(3) {
            return Err(too_big(size));
        }
        std::fs::read_to_string(path).map_err(io_error)?
    };
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text).len();
    if body > limit {
        return Err(too_big(u64::try_from(text.len()).unwrap_or(u64::MAX)));
    }
    Ok(text)
}

fn print_answer(answer: &Value, format: Format, lang: Lang) -> Result<(), CliError> {
    match format {
        Format::Json => print_json(answer),
        Format::Text => print_text(&text::answer(answer, lang)),
    }
}

/// `value` as pretty JSON and a newline on standard output, written as it is made (perf: the obligations of
/// a 1,000-zone register are ~100 MB of it, held whole in memory before a byte was written).
/// A `Value` always serialises: any error is the output's.
fn print_json(value: &Value) -> Result<(), CliError> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, value)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    written_out(written)
}

fn print_text(out_text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    written_out(
        out.write_all(out_text.as_bytes())
            .and_then(|()| out.flush()),
    )
}

/// What writing to standard output came to.
fn written_out(written: io::Result<()>) -> Result<(), CliError> {
    match written {
        // A reader that stopped early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(CliError::Io {
            action: text(
                "无法写入标准输出",
                "표준 출력에 쓸 수 없습니다",
                "cannot write to standard output",
            ),
            source,
        }),
        Ok(()) => Ok(()),
    }
}

/// "`<file>` must hold `<what>` as one JSON object", in the three languages.
fn holds(file: &Text, (zh, ko, en): (&str, &str, &str)) -> Text {
    text(
        format!("{} 应包含一个 JSON 对象:{zh}", file.zh),
        format!("{}에는 JSON 객체 하나({ko})가 있어야 합니다", file.ko),
        format!("{} must hold {en} as one JSON object", file.en),
    )
}

/// A date flag that is no date, said as the API says it.
fn date_error(flag: &str, e: &devzone_rules::dates::DateError) -> CliError {
    let detail = e.detail.clone().unwrap_or_else(|| {
        text(
            "不是 `YYYY-MM-DD` 格式的日期",
            "`YYYY-MM-DD` 형식의 날자가 아닙니다",
            "not a date of the form `YYYY-MM-DD`",
        )
    });
    CliError::Invalid(
        Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, flag)
            .with_detail(detail)
            .with_expected(devzone_rules::error::expectation(
                devzone_rules::dates::DATE_EXPECTED,
            ))
            .with_got(format!("{:?}", e.text)),
    )
}
