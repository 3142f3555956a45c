//! `devzone report`, `devzone obligations` and `devzone calendar` for reading: the JSON views
//! of `api::report`, `api::obligations` and `api::calendar` rendered in zh, ko or en.

use std::fmt::Write as _;

use devzone_rules::register::is_illustrative;
use devzone_rules::Lang;
use serde_json::{json, Map, Value};

use crate::render::{labels, T};

const fn t(zh: &'static str, en: &'static str, ko: &'static str) -> T {
    T { zh, en, ko }
}

const REPORT_TITLE: T = t(
    "开发区改革意见合规报告",
    "Compliance report: development-zone opinion",
    "개발구 개혁 의견 준수 보고서",
);
const AS_OF: T = t("截至", "as of", "기준일");
const ISSUED: T = t("印发日期", "issued", "인쇄·발부일");
const TOTAL: T = t("合计", "Total", "합계");
const SEVERITIES: &[(&str, T)] = &[
    ("VIOLATION", t("违规", "Violations", "위반")),
    ("WARNING", t("警示", "Warnings", "경고")),
    ("REVIEW", t("待人工审核", "For review", "검토 필요")),
    ("INFO", t("信息", "Information", "정보")),
];
const BY_ZONE: T = t("按开发区", "By zone", "개발구별");
const BY_COUNTY: T = t("按县(市)", "By county (city)", "현(시)별");
const BY_AGENCY: T = t("按责任单位", "By agency", "책임 단위별");
const INFO_HIDDEN: T = t(
    "信息类结果仅计数;--all 显示全部,--json 输出全部数据",
    "information findings are counted only; --all shows them, --json gives everything",
    "정보 항목은 개수만 표시한다; --all은 모두 표시하고 --json은 전체 데이터를 출력한다",
);
const DUE: T = t("期限", "due", "기한");
const DONE: T = t("完成日期", "done", "이행일");
const OVERDUE: T = t("逾期", "Overdue", "기한 경과");
const DUE_SOON: T = t(
    "今后{n}天内到期",
    "Due in the next {n} days",
    "향후 {n}일 내 기한 도래",
);
const ALL_DUTIES: T = t("全部义务", "All duties", "전체 의무");
const NONE: T = t("无", "none", "없음");
const PRESUMED_LEAD: T = t(
    "推定牵头(AMB-29,惯例,非法律认定)",
    "presumed lead (AMB-29: a convention, not a legal finding)",
    "추정 주관(AMB-29: 관례이며 법적 판단이 아님)",
);
const ROLES: &[(&str, T)] = &[
    (
        "LEAD",
        t("牵头(正文首列)", "lead (named first)", "주관(본문 첫 명시)"),
    ),
    ("PRESUMED_LEAD", t("推定牵头", "presumed lead", "추정 주관")),
    ("ASSISTING", t("配合", "assisting", "협조")),
    ("OWN_TERRITORY", t("本行政区", "own territory", "관할 구역")),
    ("OWN_ZONE", t("本开发区", "own zone", "해당 개발구")),
    (
        "NAMED_IN_BODY",
        t("正文所列", "named in the text", "본문 명시"),
    ),
];
/// The marker of what rests on made-up (ILLUSTRATIVE) records, as the core's messages write it.
const ILLUSTRATIVE: T = t("[示例]", "[illustrative]", "[예시]");
const OF_WHICH_ILLUSTRATIVE: T = t(
    "其中依据示例记录{n}项",
    "{n} illustrative",
    "그중 예시 기록 근거 {n}건",
);
const REGISTER_TITLE: T = t("登记册", "Register", "등록부");
const EXAMPLE_BUILT_IN: T = t(
    "内置示例登记册(examples/yanbian-register.json)",
    "the built-in example register (examples/yanbian-register.json)",
    "내장 예시 등록부(examples/yanbian-register.json)",
);
const GIVEN_FILE: T = t(
    "--register 指定的文件",
    "the file of --register",
    "--register로 지정한 파일",
);
const DESCRIPTION: T = t("说明", "Description", "설명");
const ISSUE_DATE: T = t("印发日期", "Issue date", "인쇄·발부일");
const NO_DESCRIPTION: T = t("(无说明)", "(no description)", "(설명 없음)");
const HYPOTHETICAL: T = t("假设值", "hypothetical", "가정한 날짜");
const RECORDS: T = t("记录", "Records", "기록");
const MADE_UP: T = t(
    "其中虚构(示例)",
    "made up (illustrative)",
    "그중 가공(예시)",
);
const STATUS_ORDER: &[(&str, T)] = &[
    ("overdue", t("逾期未完成", "overdue", "기한 경과 미이행")),
    ("doneLate", t("逾期完成", "done late", "기한 후 이행")),
    ("unknown", t("情况不明", "unknown", "불명")),
    ("pending", t("未到期", "pending", "기한 전")),
    ("doneOnTime", t("按期完成", "done on time", "기한 내 이행")),
    (
        "notYetApplicable",
        t("尚不适用", "not yet applicable", "아직 적용되지 않음"),
    ),
];
const CALENDAR_TITLE: T = t(
    "期限日历",
    "Calendar of duties and deadlines",
    "기한 일정표",
);
const EVENTS: T = t("事件", "events", "건");
const NO_EVENTS: T = t(
    "此期间没有期限",
    "no deadlines in this period",
    "이 기간에 기한이 없다",
);

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or_default()
}

fn n(v: &Value, k: &str) -> u64 {
    v.get(k).and_then(Value::as_u64).unwrap_or_default()
}

fn lang_of(v: &Value) -> Lang {
    s(v, "lang").parse().unwrap_or_default()
}

fn pick(table: &[(&str, T)], key: &str, lang: Lang) -> String {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(|| key.to_owned(), |(_, t)| t.pick(lang).to_owned())
}

/// `[示例] ` / `[illustrative] ` / `[예시] ` when `v` says it rests on made-up records.
fn marker(v: &Value, lang: Lang) -> String {
    if v.get("illustrative").and_then(Value::as_bool) == Some(true) {
        format!("{} ", ILLUSTRATIVE.pick(lang))
    } else {
        String::new()
    }
}

/// The count of findings or duties resting on made-up records, when there are any.
fn illustrative_part(c: &Value, lang: Lang) -> String {
    match n(c, "illustrative") {
        0 => String::new(),
        k => {
            let text = OF_WHICH_ILLUSTRATIVE
                .pick(lang)
                .replace("{n}", &k.to_string());
            // Chinese puts no space before the opening parenthesis.
            if lang == Lang::Zh {
                format!("({text})")
            } else {
                format!(" ({text})")
            }
        }
    }
}

fn counts_line(c: &Value, lang: Lang) -> String {
    let l = labels(lang);
    let parts: Vec<String> = SEVERITIES
        .iter()
        .map(|(k, t)| format!("{} {}", t.pick(lang), n(c, &k.to_ascii_lowercase())))
        .collect();
    format!(
        "{} {}{}{}{}",
        TOTAL.pick(lang),
        n(c, "total"),
        l.colon,
        parts.join(l.list_sep),
        illustrative_part(c, lang)
    )
}

/// The sentence of a view's `issueDateNote` (a hypothetical issue date), on its own line.
fn issue_date_note(out: &mut String, v: &Value) {
    if let Some(note) = v.get("issueDateNote").and_then(Value::as_str) {
        let _ = writeln!(out, "{note}");
    }
}

fn finding_subject(f: &Value, report: &Value) -> String {
    let find_name = |list: &str, id: &str| {
        report
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|g| s(g, "id") == id)
            .map(|g| s(g, "name").to_owned())
    };
    if let Some(b) = f.get("bearerName").and_then(Value::as_str) {
        return b.to_owned();
    }
    if let Some(z) = f.get("zoneId").and_then(Value::as_str) {
        return format!("{} ({z})", find_name("zones", z).unwrap_or_default());
    }
    if let Some(c) = f.get("countyId").and_then(Value::as_str) {
        return find_name("counties", c).unwrap_or_else(|| c.to_owned());
    }
    String::new()
}

fn write_finding(out: &mut String, f: &Value, report: &Value, lang: Lang) {
    let l = labels(lang);
    let date = f
        .get("date")
        .and_then(Value::as_str)
        .unwrap_or("----------");
    let year = f
        .get("year")
        .and_then(Value::as_i64)
        .map(|y| format!(" {y}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "- {}{date}  {}{year}  {}  {}{}{}",
        marker(f, lang),
        s(f, "ruleId"),
        finding_subject(f, report),
        s(f, "outcomeLabel"),
        l.colon,
        s(f, "citation")
    );
    for key in ["reasons", "needsHuman"] {
        for r in f.get(key).and_then(Value::as_array).into_iter().flatten() {
            let _ = writeln!(out, "    · {}", s(r, "message"));
        }
    }
}

/// The report in words: counts, the findings that matter by severity, then the groups.
pub fn report(r: &Value, all: bool) -> String {
    let lang = lang_of(r);
    let l = labels(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} {} ({} {})",
        REPORT_TITLE.pick(lang),
        AS_OF.pick(lang),
        s(r, "asOf"),
        ISSUED.pick(lang),
        s(r, "issueDate")
    );
    issue_date_note(&mut out, r);
    let empty = Value::Null;
    let _ = writeln!(
        out,
        "{}",
        counts_line(r.get("counts").unwrap_or(&empty), lang)
    );
    let findings = r.get("findings").and_then(Value::as_array);
    for (key, title) in SEVERITIES {
        if *key == "INFO" && !all {
            continue;
        }
        let of: Vec<&Value> = findings
            .into_iter()
            .flatten()
            .filter(|f| s(f, "severity") == *key)
            .collect();
        if of.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n== {} ({}) ==", title.pick(lang), of.len());
        for f in of {
            write_finding(&mut out, f, r, lang);
        }
    }
    if !all {
        let _ = writeln!(out, "\n({})", INFO_HIDDEN.pick(lang));
    }
    for (list, title) in [
        ("zones", BY_ZONE),
        ("counties", BY_COUNTY),
        ("agencies", BY_AGENCY),
    ] {
        let _ = writeln!(out, "\n== {} ==", title.pick(lang));
        for g in r.get(list).and_then(Value::as_array).into_iter().flatten() {
            let c = g.get("counts").unwrap_or(&empty);
            let _ = writeln!(
                out,
                "{} {}{}{}",
                s(g, "id"),
                s(g, "name"),
                l.colon,
                counts_line(c, lang)
            );
        }
    }
    crate::render::rulebook_lines(&mut out, r.as_object().unwrap_or(&Map::new()), l);
    out
}

fn write_duty(out: &mut String, d: &Value, lang: Lang) {
    let l = labels(lang);
    let due = d
        .get("due")
        .and_then(Value::as_str)
        .map(|x| format!("{} {x}", DUE.pick(lang)))
        .unwrap_or_else(|| format!("{} {}", DUE.pick(lang), NONE.pick(lang)));
    let done = d
        .get("doneDate")
        .and_then(Value::as_str)
        .map(|x| format!(", {} {x}", DONE.pick(lang)))
        .unwrap_or_default();
    let year = d
        .get("year")
        .and_then(Value::as_i64)
        .map(|y| format!(" {y}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "- {}[{}] {}{year} {} ({}{done}; {}){}{}",
        marker(d, lang),
        s(d, "statusLabel"),
        s(d, "ruleId"),
        s(d, "title"),
        due,
        pick(ROLES, s(d, "role"), lang),
        l.colon,
        s(d, "citation"),
    );
    for r in d
        .get("reasons")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let _ = writeln!(out, "    · {}", s(r, "message"));
    }
}

/// The obligations in words: per bearer, what is overdue, what is due soon, then every duty.
pub fn obligations(o: &Value, all: bool) -> String {
    let lang = lang_of(o);
    let l = labels(lang);
    let mut out = String::new();
    issue_date_note(&mut out, o);
    if o.get("issueDateNote").is_some() {
        out.push('\n');
    }
    let within = n(o, "withinDays").to_string();
    for a in o
        .get("agencies")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let _ = writeln!(
            out,
            "{} ({}) — {} {}",
            s(a, "name"),
            s(a, "code"),
            AS_OF.pick(lang),
            s(o, "asOf")
        );
        let empty = Value::Null;
        let c = a.get("counts").unwrap_or(&empty);
        let parts: Vec<String> = STATUS_ORDER
            .iter()
            .map(|(k, t)| format!("{} {}", t.pick(lang), n(c, k)))
            .collect();
        let _ = writeln!(
            out,
            "{} {}{}{}{}",
            TOTAL.pick(lang),
            n(c, "total"),
            l.colon,
            parts.join(l.list_sep),
            illustrative_part(c, lang)
        );
        let leads: Vec<&str> = a
            .get("duties")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|d| d.get("presumedLead").and_then(Value::as_bool) == Some(true))
            .map(|d| s(d, "ruleId"))
            .collect();
        if !leads.is_empty() {
            let mut leads = leads;
            leads.dedup();
            let _ = writeln!(
                out,
                "{}{}{}",
                PRESUMED_LEAD.pick(lang),
                l.colon,
                leads.join(l.list_sep)
            );
        }
        let sections: [(String, &str); 2] = [
            (OVERDUE.pick(lang).to_owned(), "overdue"),
            (DUE_SOON.pick(lang).replace("{n}", &within), "dueSoon"),
        ];
        for (title, key) in sections {
            let list = a.get(key).and_then(Value::as_array);
            let count = list.map_or(0, Vec::len);
            let _ = writeln!(out, "\n{title} ({count})");
            if count == 0 {
                let _ = writeln!(out, "  {}", NONE.pick(lang));
            }
            for d in list.into_iter().flatten() {
                write_duty(&mut out, d, lang);
            }
        }
        if all {
            let _ = writeln!(out, "\n{}", ALL_DUTIES.pick(lang));
            for d in a
                .get("duties")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                write_duty(&mut out, d, lang);
            }
        }
        out.push('\n');
    }
    crate::render::rulebook_lines(&mut out, o.as_object().unwrap_or(&Map::new()), l);
    out
}

/// The calendar in words: one line per event.
pub fn calendar(c: &Value) -> String {
    let lang = lang_of(c);
    let l = labels(lang);
    let mut out = String::new();
    let events = c.get("events").and_then(Value::as_array);
    let _ = writeln!(
        out,
        "{} {} – {} ({} {}{}{})",
        CALENDAR_TITLE.pick(lang),
        s(c, "from"),
        s(c, "to"),
        events.map_or(0, Vec::len),
        EVENTS.pick(lang),
        l.list_sep,
        format_args!("{} {}", AS_OF.pick(lang), s(c, "asOf"))
    );
    issue_date_note(&mut out, c);
    if events.is_none_or(Vec::is_empty) {
        let _ = writeln!(out, "{}", NO_EVENTS.pick(lang));
    }
    for e in events.into_iter().flatten() {
        let status = e
            .get("status")
            .and_then(Value::as_str)
            .map(|st| {
                let key = match st {
                    "OVERDUE" => "overdue",
                    "DONE_LATE" => "doneLate",
                    "UNKNOWN" => "unknown",
                    "PENDING" => "pending",
                    "DONE_ON_TIME" => "doneOnTime",
                    _ => "notYetApplicable",
                };
                format!("  [{}]", pick(STATUS_ORDER, key, lang))
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {:<9} {}{status}",
            s(e, "date"),
            s(e, "ruleId"),
            s(e, "title")
        );
    }
    crate::render::rulebook_lines(&mut out, c.as_object().unwrap_or(&Map::new()), l);
    out
}

/// What `devzone register --json` prints: the register's own description, its issue date, and
/// per list how many records it has and how many are made up (a `note`, or a zone's
/// `sourceNote`, starting with `ILLUSTRATIVE`).
pub fn register_info(register: &Value, example: bool) -> Value {
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
            .filter(|x| is_illustrative(x.get(note).and_then(Value::as_str)))
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

/// `devzone register` in words.
pub fn register_text(info: &Value, lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    let which = if info.get("example").and_then(Value::as_bool) == Some(true) {
        EXAMPLE_BUILT_IN
    } else {
        GIVEN_FILE
    };
    let _ = writeln!(
        out,
        "{}{}{}",
        REGISTER_TITLE.pick(lang),
        l.colon,
        which.pick(lang)
    );
    let hypothetical = if info.get("issueDateHypothetical").and_then(Value::as_bool) == Some(true) {
        if lang == Lang::Zh {
            format!("({})", HYPOTHETICAL.pick(lang))
        } else {
            format!(" ({})", HYPOTHETICAL.pick(lang))
        }
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{}{}{}{hypothetical}",
        ISSUE_DATE.pick(lang),
        l.colon,
        s(info, "issueDate")
    );
    let _ = writeln!(out, "\n{}{}", DESCRIPTION.pick(lang), l.colon.trim_end());
    match info.get("description").and_then(Value::as_str) {
        Some(d) if !d.trim().is_empty() => {
            let _ = writeln!(out, "{d}");
        }
        _ => {
            let _ = writeln!(out, "{}", NO_DESCRIPTION.pick(lang));
        }
    }
    let _ = writeln!(out, "\n{}{}", RECORDS.pick(lang), l.colon.trim_end());
    for (list, c) in info
        .get("records")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if n(c, "total") == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "  {list}{}{}{}{} {}",
            l.colon,
            n(c, "total"),
            l.list_sep,
            MADE_UP.pick(lang),
            n(c, "illustrative")
        );
    }
    out
}
