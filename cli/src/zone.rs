//! `devzone zone`: the zone summary (`api::zone_summary`) for reading: the zone, what it may
//! and may not do in the year of the as-of date and which findings decide it, then every
//! finding explained by the answer renderer.

use std::fmt::Write as _;

use devzone_rules::{Lang, RuleId};
use serde_json::{Map, Value};

use crate::render::{self, labels, T};

const fn t(zh: &'static str, en: &'static str, ko: &'static str) -> T {
    T { zh, en, ko }
}

/// The actions of the summary's permissions.
const ACTIONS: &[(&str, T)] = &[
    ("EXPAND", t("扩区", "Expand the zone", "구역 확장")),
    ("ADJUST", t("调区", "Adjust the zone", "구역 조정")),
    ("UPGRADE", t("升级", "Upgrade", "승격")),
    (
        "APPLY_HIGH_TECH",
        t(
            "申请设立省级高新区",
            "Apply to become a provincial high-tech zone",
            "성급 첨단기술구 설립 신청",
        ),
    ),
    (
        "BE_ASSESSED",
        t(
            "参加当年考评",
            "Take part in the assessment",
            "당해 연도 심사평가 참가",
        ),
    ),
];

/// Short names of the computed rules, for the findings' headings (another rule is headed by
/// its id, and in English by the rulebook's title).
const SHORT: &[(&str, T)] = &[
    (
        "pre.a",
        t("开发区的范围", "scope of the opinion", "개발구의 범위"),
    ),
    (
        "art-02.a",
        t(
            "两年整合期",
            "two-year consolidation window",
            "2년 정비 기간",
        ),
    ),
    (
        "art-02.b",
        t(
            "撤销有名无实的开发区",
            "zones in name only",
            "유명무실한 개발구 철회",
        ),
    ),
    (
        "art-02.c",
        t("一县(市)一区", "one county, one zone", "1현(시) 1개발구"),
    ),
    (
        "art-02.d",
        t(
            "工业集中区升级",
            "upgrading an industrial concentration zone",
            "공업집중구 승격",
        ),
    ),
    (
        "art-03.a",
        t(
            "申请设立省级高新区",
            "applying for provincial high-tech status",
            "성급 첨단기술구 설립 신청",
        ),
    ),
    (
        "art-05.a",
        t(
            "首位产业与主攻产业",
            "leading and main industries",
            "수위산업과 주공산업",
        ),
    ),
    ("art-12.b", t("派出机构", "dispatched agencies", "파출기구")),
    (
        "art-14.c",
        t("优先提拔重用", "priority promotion", "우선 발탁·중용"),
    ),
    ("art-14.d", t("黄牌警告", "yellow card", "황색경고")),
    (
        "art-14.e",
        t(
            "党政主要负责人问责",
            "leader accountability",
            "당정 주요 책임자 문책",
        ),
    ),
    (
        "art-14.f",
        t(
            "撤销与不得重新申报",
            "revocation and re-application ban",
            "철회 및 재신청 금지",
        ),
    ),
    (
        "art-14.h",
        t(
            "统计数据虚报瞒报",
            "falsified statistics",
            "통계자료 허위 보고·은폐",
        ),
    ),
    (
        "art-15.a",
        t(
            "环保基础设施",
            "environmental infrastructure",
            "환경보호 기초시설",
        ),
    ),
    (
        "art-16.b",
        t("联席工作会议", "joint work meetings", "연석업무회의"),
    ),
    (
        "art-18.c",
        t(
            "落实措施期限",
            "implementation measures deadline",
            "실시조치 기한",
        ),
    ),
];

struct Words {
    as_of: T,
    assessment_year: T,
    no_assessment: T,
    this_year: T,
    allowed: T,
    barred: T,
    to_decide: T,
    status: T,
    findings: T,
}

const WORDS: Words = Words {
    as_of: t("截至", "As of", "기준일"),
    assessment_year: t(
        "最近已公布考评年度",
        "Latest assessment year with results out",
        "결과가 공포된 최근 심사평가 연도",
    ),
    no_assessment: t("无", "none", "없음"),
    this_year: t(
        "{year}年本意见对下列事项的规定",
        "What this opinion says of each action in {year}",
        "{year}년 각 사항에 대한 본 의견의 규정",
    ),
    allowed: t(
        "本意见未禁止(仍须按程序报批)",
        "not barred by this opinion (still subject to the usual approval)",
        "본 의견이 금지하지 않음(여전히 절차에 따라 비준을 받아야 함)",
    ),
    barred: t("本意见禁止", "barred by this opinion", "본 의견이 금지함"),
    to_decide: t("需人工判断", "for a person to decide", "사람의 판단 필요"),
    status: t("登记状态", "status in the register", "등록 상태"),
    findings: t("各项认定", "Findings", "개별 판정"),
};

fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> &'a str {
    obj.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn pick(table: &[(&str, T)], code: &str, lang: Lang) -> Option<&'static str> {
    table
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, tr)| tr.pick(lang))
        .filter(|s| !s.is_empty())
}

/// A finding's heading: rule id and a short name in the language.
fn rule_name(rule_id: &str, lang: Lang) -> Option<&'static str> {
    pick(SHORT, rule_id, lang).or_else(|| {
        (lang == Lang::En)
            .then(|| RuleId::parse(rule_id).map(|r| r.meta().title))
            .flatten()
    })
}

/// What decides a permission, in words: a rule with its finding's outcome label, or the zone's
/// status in the register.
fn decider(
    code: &str,
    summary: &Map<String, Value>,
    zone: &Map<String, Value>,
    lang: Lang,
) -> String {
    if code == "register.status" {
        let status = text(zone, "status");
        return if lang == Lang::Zh {
            format!("{}({status})", WORDS.status.pick(lang))
        } else {
            format!("{} ({status})", WORDS.status.pick(lang))
        };
    }
    // The finding that decides: of several findings of one rule (art-14.d of the latest year and
    // of a card still in force), the one that bars or is left to a person.
    let findings: Vec<&Map<String, Value>> = summary
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter(|f| text(f, "ruleId") == code)
        .collect();
    let deciding = findings
        .iter()
        .find(|f| matches!(text(f, "outcome"), "TRIGGERED" | "NEEDS_HUMAN"))
        .or_else(|| findings.first());
    let label = deciding
        .map(|f| text(f, "outcomeLabel"))
        .filter(|s| !s.is_empty());
    // A finding resting on made-up records says so here too.
    let mark = deciding.map_or_else(String::new, |f| render::marker(f, lang));
    match label {
        Some(label) if lang == Lang::Zh => format!("{mark}{code}({label})"),
        Some(label) => format!("{mark}{code} ({label})"),
        None => format!("{mark}{code}"),
    }
}

/// The summary (the JSON of `api::zone_summary`) in its own language; `zone` is the zone's
/// record in the register (for its English name and status).
pub fn explain(summary: &Value, zone: &Map<String, Value>) -> String {
    let empty = Map::new();
    let obj = summary.as_object().unwrap_or(&empty);
    let lang = render::answer_lang(obj);
    let l = labels(lang);
    let mut out = String::new();

    // The zone.
    let id = text(obj, "zoneId");
    let name = text(obj, "zoneName");
    let name_en = text(zone, "nameEn");
    let _ = match lang {
        Lang::Zh => writeln!(out, "{name}({id})"),
        Lang::En if !name_en.is_empty() => writeln!(out, "{name_en} · {name} ({id})"),
        Lang::En | Lang::Ko => writeln!(out, "{name} ({id})"),
    };
    let as_of = text(obj, "asOf");
    let year = obj
        .get("assessmentYear")
        .filter(|v| !v.is_null())
        .map_or_else(
            || WORDS.no_assessment.pick(lang).to_owned(),
            |v| render::show(v, l),
        );
    let _ = writeln!(
        out,
        "{}{}{as_of} · {}{}{year}",
        WORDS.as_of.pick(lang),
        l.colon,
        WORDS.assessment_year.pick(lang),
        l.colon
    );

    // What it may do this year.
    let this_year = as_of.get(..4).unwrap_or(as_of);
    let _ = writeln!(
        out,
        "\n{}{}",
        WORDS.this_year.pick(lang).replace("{year}", this_year),
        l.colon.trim_end()
    );
    for p in obj
        .get("permissions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
    {
        let action = text(p, "action");
        let action = pick(ACTIONS, action, lang).unwrap_or(action);
        let verdict = match text(p, "status") {
            "NOT_BARRED" => WORDS.allowed,
            "BARRED" => WORDS.barred,
            _ => WORDS.to_decide,
        }
        .pick(lang);
        let by: Vec<String> = p
            .get("decidedBy")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|c| decider(c, obj, zone, lang))
            .collect();
        if by.is_empty() {
            let _ = writeln!(out, "  {action}{}{verdict}", l.colon);
        } else {
            let _ = writeln!(
                out,
                "  {action}{}{verdict} ← {}",
                l.colon,
                by.join(l.list_sep)
            );
        }
    }

    // Every finding.
    let _ = writeln!(out, "\n{}{}", WORDS.findings.pick(lang), l.colon.trim_end());
    for f in obj
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
    {
        let rule_id = text(f, "ruleId");
        let heading = match rule_name(rule_id, lang) {
            Some(n) => format!("{rule_id} {n}"),
            None => rule_id.to_owned(),
        };
        let _ = writeln!(
            out,
            "\n── {}{heading} · {}",
            render::marker(f, lang),
            render::headline(f, lang, false)
        );
        render::body(&mut out, f, lang, "  ");
    }

    out.push('\n');
    render::rulebook_lines(&mut out, obj, l);
    out
}
