//! `devzone rules`: the rulebook listed for reading, grouped by clause, from the same JSON that
//! `--json` prints (`api::rules()`), so the two never disagree.

use std::fmt::Write as _;

use devzone_rules::Lang;
use serde_json::{Map, Value};

use crate::render::{labels, T};

const fn t(zh: &'static str, en: &'static str, ko: &'static str) -> T {
    T { zh, en, ko }
}

/// Kinds (catalog §0.2), by their JSON name.
const KINDS: &[(&str, T)] = &[
    ("obligation", t("义务", "obligation", "의무")),
    ("deadline", t("期限", "deadline", "기한")),
    (
        "recurring-duty",
        t("定期义务", "recurring duty", "정기 의무"),
    ),
    (
        "eligibility-check",
        t("资格判定", "eligibility check", "자격 판정"),
    ),
    ("sanction", t("惩戒", "sanction", "제재")),
    ("reward", t("奖励", "reward", "포상")),
    ("fee-rule", t("收费规则", "fee rule", "요금 규칙")),
    ("power-grant", t("授权", "power grant", "권한 부여")),
    ("definition", t("定义", "definition", "정의")),
    (
        "priority-rule",
        t("优先规则", "priority rule", "우선순위 규칙"),
    ),
];

/// Normative strength (catalog §0.3).
const STRENGTHS: &[(&str, T)] = &[
    ("MANDATORY", t("强制性", "mandatory", "강행")),
    ("PERMISSIVE", t("许可性", "permissive", "허용")),
    ("ENCOURAGED", t("鼓励性", "encouraged", "장려")),
    ("ASPIRATIONAL", t("倡导性", "aspirational", "지향")),
];

/// Evaluation status.
const EVALUATIONS: &[(&str, T)] = &[
    ("FUNCTION", t("可计算", "computed", "계산 가능")),
    ("OPEN_ITEM", t("待办事项", "open item", "미결 항목")),
    (
        "NOT_COMPUTABLE",
        t("不可计算", "not computable", "계산 불가"),
    ),
    ("PLANNED", t("计划中", "planned", "계획됨")),
];

/// The JSON names of the kinds, strengths and evaluation statuses, for checking filters.
pub fn kind_names() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|(k, _)| *k)
}

/// The evaluation statuses, for checking filters.
pub fn evaluation_names() -> impl Iterator<Item = &'static str> {
    EVALUATIONS.iter().map(|(k, _)| *k)
}

struct Words {
    units: T,
    bearers: T,
    quote: T,
    rendering: T,
    note: T,
    preamble: T,
    count: T,
    nothing: T,
    owed: T,
    owed_words: T,
    owed_list: T,
    owed_nobody: T,
}

const WORDS: Words = Words {
    units: t("责任单位", "Responsible units", "책임단위"),
    bearers: t("承担者", "Bearers", "담당 주체"),
    quote: t("原文", "Original (zh)", "원문(중국어)"),
    rendering: t("原文", "English rendering", "한국어 번역"),
    note: t("说明(英文)", "Note", "설명(영문)"),
    preamble: t(
        "序言与总体要求",
        "Preamble and general requirements",
        "서문 및 총체적 요구",
    ),
    count: t("共 {n} 条规则", "{n} rule(s)", "규칙 {n}개"),
    nothing: t(
        "没有符合条件的规则",
        "No rule matches",
        "조건에 맞는 규칙이 없음",
    ),
    owed: t("义务承担", "Owed by", "의무 부담"),
    owed_words: t(
        "原文所列承担者(首列者牵头)",
        "the bearers its words name (the first named leads)",
        "원문이 명시한 담당 주체(첫째로 명시된 주체가 주관)",
    ),
    owed_list: t(
        "上列承担者,取自条款责任单位(原文无主语;首列州直部门推定牵头,AMB-29)",
        "the bearers above, taken from the clause's responsible units (its words name no subject; the first-listed prefecture agency is the presumed lead, AMB-29)",
        "위의 담당 주체(조항 책임단위에서 취함. 원문에 주어가 없으며 첫째로 렬거된 주직속 부문이 추정 주관, AMB-29)",
    ),
    owed_nobody: t(
        "无(鼓励性、倡导性或不可计算,不列为义务)",
        "nobody (encouraged, aspirational or not computable: not listed as owed)",
        "없음(장려·지향적이거나 계산할 수 없으므로 의무로 렬거하지 않음)",
    ),
};

/// A coded value in words followed by its code (what the filters take), or the words alone
/// when they are the code itself (`obligation`, `mandatory`).
fn word(table: &[(&str, T)], code: &str, lang: Lang) -> String {
    let name = table
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, tr)| tr.pick(lang));
    let spelled = code.replace(['-', '_'], " ");
    if name.eq_ignore_ascii_case(&spelled) {
        name.to_owned()
    } else if lang == Lang::Zh {
        format!("{name}({code})")
    } else {
        format!("{name} ({code})")
    }
}

fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> &'a str {
    obj.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// Actor views (`{code, zh, ko, en}`) as their names in `lang`.
fn names(list: Option<&Value>, lang: Lang) -> Vec<String> {
    list.and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_object)
                .map(|a| {
                    let name = text(a, lang.as_str());
                    if name.is_empty() {
                        text(a, "code").to_owned()
                    } else {
                        name.to_owned()
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The rules (JSON views of `api::rules()`) for reading in `lang`, grouped by clause.
pub fn list(rules: &[Value], lang: Lang) -> String {
    let l = labels(lang);
    let mut out = String::new();
    let mut group: Option<(String, String)> = None;
    for rule in rules.iter().filter_map(Value::as_object) {
        let clause = (
            text(rule, "clause").to_owned(),
            text(rule, "clauseTitle").to_owned(),
        );
        if group.as_ref() != Some(&clause) {
            if clause.0.is_empty() {
                let _ = writeln!(out, "{}\n", WORDS.preamble.pick(lang));
            } else {
                let _ = writeln!(out, "{} {}", clause.0, clause.1);
                let units = names(rule.get("responsibleUnits"), lang);
                if !units.is_empty() {
                    let _ = writeln!(
                        out,
                        "{}{}{}",
                        WORDS.units.pick(lang),
                        l.colon,
                        units.join(l.list_sep)
                    );
                }
                out.push('\n');
            }
            group = Some(clause);
        }
        rule_entry(&mut out, rule, lang);
    }
    if rules.is_empty() {
        let _ = writeln!(out, "{}", WORDS.nothing.pick(lang));
    } else {
        let _ = writeln!(
            out,
            "{}",
            WORDS
                .count
                .pick(lang)
                .replace("{n}", &rules.len().to_string())
        );
    }
    out
}

fn rule_entry(out: &mut String, rule: &Map<String, Value>, lang: Lang) {
    let l = labels(lang);
    let id = text(rule, "id");
    let title = text(rule, "title");
    if lang == Lang::En && !title.is_empty() {
        let _ = writeln!(out, "  {id} — {title}");
    } else {
        let _ = writeln!(out, "  {id}");
    }
    let kinds: Vec<String> = rule
        .get("kinds")
        .and_then(Value::as_array)
        .map(|ks| {
            ks.iter()
                .filter_map(Value::as_str)
                .map(|k| word(KINDS, k, lang))
                .collect()
        })
        .unwrap_or_default();
    let evaluation = text(rule, "evaluation");
    let _ = writeln!(
        out,
        "    {} · {} · {}",
        kinds.join(l.list_sep),
        word(STRENGTHS, text(rule, "strength"), lang),
        word(EVALUATIONS, evaluation, lang)
    );
    if let Some(note) = rule.get("evaluationNote").and_then(Value::as_str) {
        let _ = writeln!(out, "    {}{}{note}", WORDS.note.pick(lang), l.colon);
    }
    let bearers = names(rule.get("bearers"), lang);
    let bearers = if bearers.is_empty() {
        l.none.to_owned()
    } else {
        bearers.join(l.list_sep)
    };
    let _ = writeln!(out, "    {}{}{bearers}", WORDS.bearers.pick(lang), l.colon);
    // Who owes a duty rule (issue 8: bearers are true).
    let duty = rule
        .get("kinds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .any(|k| matches!(k, "obligation" | "deadline" | "recurring-duty"));
    if duty {
        let owed = match text(rule, "owedBy") {
            "WORDS" => WORDS.owed_words,
            "CLAUSE_LIST" => WORDS.owed_list,
            _ => WORDS.owed_nobody,
        };
        let _ = writeln!(
            out,
            "    {}{}{}",
            WORDS.owed.pick(lang),
            l.colon,
            owed.pick(lang)
        );
    }
    let quote = text(rule, "quote");
    let _ = writeln!(out, "    {}{}{quote}", WORDS.quote.pick(lang), l.colon);
    // The rendering in the language, where there is one (Korean is written for the computed
    // rules only).
    let rendering = match lang {
        Lang::Zh => "",
        Lang::En => text(rule, "en"),
        Lang::Ko => text(rule, "ko"),
    };
    if !rendering.is_empty() && rendering != quote {
        let _ = writeln!(
            out,
            "    {}{}{rendering}",
            WORDS.rendering.pick(lang),
            l.colon
        );
    }
    out.push('\n');
}
