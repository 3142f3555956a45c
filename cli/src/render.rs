//! The human explanation of an answer, rendered from the JSON envelope alone.
//!
//! The renderer knows the envelope (catalog §6.2: `outcomeLabel`, `reasons`, `needsHuman`,
//! `clause`, `paramsUsed`, `rulebook`, `citation`) and treats every other field as the rule's own,
//! listed by name. Fields it has a label for are shown with that label, in a fixed order; any
//! other field is shown under its JSON name, so a new rule is explained without changing this
//! file. The language is the answer's own `lang`.

use std::fmt::Write as _;

use devzone_rules::Lang;
use serde_json::{Map, Value};

/// Envelope fields: shown in their own sections, never as rule fields.
const ENVELOPE: &[&str] = &[
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

/// Rule fields shown in the headline, after the outcome, when present.
const HEADLINE: &[&str] = &["due", "year"];

/// The fixed texts of the explanation in one language.
struct Labels {
    colon: &'static str,
    list_sep: &'static str,
    reasons: &'static str,
    needs_human: &'static str,
    details: &'static str,
    clause: &'static str,
    original: &'static str,
    rendering: &'static str,
    params_used: &'static str,
    ambiguities: &'static str,
    rulebook: &'static str,
    source_sha256: &'static str,
    citation: &'static str,
    yes: &'static str,
    no: &'static str,
    none: &'static str,
}

const ZH: Labels = Labels {
    colon: "：",
    list_sep: "、",
    reasons: "理由",
    needs_human: "需人工判断",
    details: "详情",
    clause: "条款",
    original: "原文",
    rendering: "原文",
    params_used: "所用参数",
    ambiguities: "所依据的歧义登记条目",
    rulebook: "规则库版本",
    source_sha256: "原文 SHA-256",
    citation: "引用",
    yes: "是",
    no: "否",
    none: "无",
};

const EN: Labels = Labels {
    colon: ": ",
    list_sep: ", ",
    reasons: "Reasons",
    needs_human: "Needs human review",
    details: "Details",
    clause: "Clause",
    original: "Original (zh)",
    rendering: "English rendering",
    params_used: "Parameters used",
    ambiguities: "Ambiguity register entries relied on",
    rulebook: "Rulebook version",
    source_sha256: "Source SHA-256",
    citation: "Citation",
    yes: "yes",
    no: "no",
    none: "none",
};

const KO: Labels = Labels {
    colon: ": ",
    list_sep: ", ",
    reasons: "이유",
    needs_human: "인적 검토 필요",
    details: "세부 사항",
    clause: "조항",
    original: "원문(중국어)",
    rendering: "한국어 번역",
    params_used: "사용된 매개변수",
    ambiguities: "의거한 모호성 등록 항목",
    rulebook: "규칙집 버전",
    source_sha256: "원문 SHA-256",
    citation: "인용",
    yes: "예",
    no: "아니요",
    none: "없음",
};

const fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

/// A rule field with a label: its JSON name and its label in each language.
struct Field {
    name: &'static str,
    zh: &'static str,
    en: &'static str,
    ko: &'static str,
}

const fn f(name: &'static str, zh: &'static str, en: &'static str, ko: &'static str) -> Field {
    Field { name, zh, en, ko }
}

/// Labels of the rule fields known so far, in display order.
const FIELDS: &[Field] = &[
    f("due", "期限", "Due", "기한"),
    f(
        "unadjustedDue",
        "顺延前期限",
        "Due before roll-over",
        "연장 전 기한",
    ),
    f("daysLate", "逾期天数", "Days late", "지연 일수"),
    f(
        "daysOverdue",
        "已逾期天数",
        "Days overdue",
        "기한 경과 일수",
    ),
    f("daysRemaining", "剩余天数", "Days remaining", "남은 일수"),
    f("year", "年度", "Year", "연도"),
    f(
        "firstApplicableYear",
        "首个适用年度",
        "First applicable year",
        "최초 적용 연도",
    ),
    f(
        "count",
        "计入的会议次数",
        "Meetings counted",
        "산입된 회의 수",
    ),
    f(
        "required",
        "要求次数(至少)",
        "Required (at least)",
        "요구 횟수(최소)",
    ),
    f(
        "counted",
        "计入的会议日期",
        "Dates counted",
        "산입된 회의 날짜",
    ),
    f(
        "firstHalf",
        "上半年(1至6月)计入次数",
        "Counted in January–June",
        "상반기(1~6월) 산입 수",
    ),
    f(
        "secondHalf",
        "下半年(7至12月)计入次数",
        "Counted in July–December",
        "하반기(7~12월) 산입 수",
    ),
    f(
        "yearComplete",
        "年度已结束",
        "Year complete",
        "연도 종료 여부",
    ),
];

/// The label of a rule field, or its JSON name when it has none.
fn field_label(name: &str, lang: Lang) -> &str {
    FIELDS
        .iter()
        .find(|f| f.name == name)
        .map_or(name, |f| match lang {
            Lang::Zh => f.zh,
            Lang::En => f.en,
            Lang::Ko => f.ko,
        })
}

/// The position of a rule field in the display order (unknown fields last, by name).
fn field_rank(name: &str) -> usize {
    FIELDS
        .iter()
        .position(|f| f.name == name)
        .unwrap_or(FIELDS.len())
}

/// A rule field's value in words: dates and numbers as written, flags as yes/no, lists joined.
fn show(value: &Value, l: &Labels) -> String {
    match value {
        Value::Null => l.none.to_owned(),
        Value::Bool(true) => l.yes.to_owned(),
        Value::Bool(false) => l.no.to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.is_empty() => l.none.to_owned(),
        Value::Array(items) => items
            .iter()
            .map(|v| show(v, l))
            .collect::<Vec<_>>()
            .join(l.list_sep),
        Value::Object(_) => value.to_string(),
    }
}

/// A parameter's value as it would be passed back in `params` (JSON scalars unquoted).
fn show_param(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key).and_then(Value::as_str)
}

/// Explains an answer envelope in its own language. Anything missing from `answer` is left out.
pub fn explain(answer: &Value) -> String {
    let empty = Map::new();
    let obj = answer.as_object().unwrap_or(&empty);
    let lang = text(obj, "lang")
        .and_then(Lang::from_code)
        .unwrap_or_default();
    let l = labels(lang);
    let rule_id = text(obj, "ruleId").unwrap_or_default();
    let citation = text(obj, "citation").unwrap_or_default();
    let mut out = String::new();

    // Headline: rule, outcome label (code), then the headline fields.
    let mut head: Vec<String> = Vec::new();
    if !rule_id.is_empty() {
        head.push(rule_id.to_owned());
    }
    match (text(obj, "outcomeLabel"), text(obj, "outcome")) {
        // Chinese puts no space before the opening parenthesis.
        (Some(label), Some(code)) if lang == Lang::Zh => head.push(format!("{label}({code})")),
        (Some(label), Some(code)) => head.push(format!("{label} ({code})")),
        (Some(one), None) | (None, Some(one)) => head.push(one.to_owned()),
        (None, None) => {}
    }
    for key in HEADLINE {
        if let Some(v) = obj.get(*key) {
            head.push(format!(
                "{}{}{}",
                field_label(key, lang),
                l.colon,
                show(v, l)
            ));
        }
    }
    let _ = writeln!(out, "{}", head.join(" · "));

    reason_section(&mut out, obj.get("reasons"), l.reasons, l, citation);
    reason_section(&mut out, obj.get("needsHuman"), l.needs_human, l, citation);

    // The rule's own fields, by name.
    let mut fields: Vec<(&String, &Value)> = obj
        .iter()
        .filter(|(k, _)| !ENVELOPE.contains(&k.as_str()) && !HEADLINE.contains(&k.as_str()))
        .collect();
    fields.sort_by(|a, b| (field_rank(a.0), a.0).cmp(&(field_rank(b.0), b.0)));
    if !fields.is_empty() {
        let _ = writeln!(out, "\n{}{}", l.details, l.colon.trim_end());
        for (k, v) in fields {
            let _ = writeln!(out, "  {}{}{}", field_label(k, lang), l.colon, show(v, l));
        }
    }

    if let Some(clause) = obj.get("clause").and_then(Value::as_object) {
        let number = text(clause, "number").unwrap_or_default();
        let title = text(clause, "title").unwrap_or_default();
        let _ = writeln!(out, "\n{}{}{number} {title}", l.clause, l.colon);
        let quote = text(clause, "quote").unwrap_or_default();
        let _ = writeln!(out, "  {}{}{quote}", l.original, l.colon);
        match text(clause, "rendering") {
            Some(r) if r != quote => {
                let _ = writeln!(out, "  {}{}{r}", l.rendering, l.colon);
            }
            _ => {}
        }
    }

    if let Some(params) = obj.get("paramsUsed").and_then(Value::as_object) {
        let _ = writeln!(out, "\n{}{}", l.params_used, l.colon.trim_end());
        for (k, v) in params {
            let _ = writeln!(out, "  {k} = {}", show_param(v));
        }
    }

    out.push('\n');
    if let Some(ambs) = obj.get("ambiguities").and_then(Value::as_array) {
        if !ambs.is_empty() {
            let list: Vec<&str> = ambs.iter().filter_map(Value::as_str).collect();
            let _ = writeln!(out, "{}{}{}", l.ambiguities, l.colon, list.join(l.list_sep));
        }
    }
    if let Some(book) = obj.get("rulebook").and_then(Value::as_object) {
        if let Some(v) = text(book, "version") {
            let _ = writeln!(out, "{}{}{v}", l.rulebook, l.colon);
        }
        if let Some(sha) = text(book, "sourceSha256") {
            let _ = writeln!(out, "{}{}{sha}", l.source_sha256, l.colon);
        }
    }
    if !citation.is_empty() {
        let _ = writeln!(out, "{}{}{citation}", l.citation, l.colon);
    }
    out
}

/// A titled list of reasons, one bullet each; skipped when there are none. A reason from
/// another rule than the answer's carries its own citation.
fn reason_section(
    out: &mut String,
    reasons: Option<&Value>,
    title: &str,
    l: &Labels,
    citation: &str,
) {
    let Some(items) = reasons.and_then(Value::as_array).filter(|a| !a.is_empty()) else {
        return;
    };
    let _ = writeln!(out, "\n{title}{}", l.colon.trim_end());
    for r in items {
        let Some(r) = r.as_object() else { continue };
        let message = text(r, "message")
            .or_else(|| text(r, "code"))
            .unwrap_or_default();
        match text(r, "citation") {
            Some(c) if c != citation => {
                let _ = writeln!(out, "  • {message} [{c}]");
            }
            _ => {
                let _ = writeln!(out, "  • {message}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::explain;
    use serde_json::json;

    /// A rule the renderer has never seen: its own fields are listed by JSON name after the known
    /// ones, `needsHuman` gets its section, and a reason from another rule carries its citation.
    #[test]
    fn renders_any_envelope_generically() {
        let answer = json!({
            "ruleId": "art-14.f",
            "citation": "YB-DZ-OPINIONS/art-14.f",
            "outcome": "NEEDS_HUMAN",
            "outcomeLabel": "needs human review",
            "lang": "en",
            "reasons": [
                {"code": "BOTTOM_5", "message": "bottom 5 in 2020", "citation": "YB-DZ-OPINIONS/art-14.f"},
                {"code": "DISQUALIFIED", "message": "2021 disqualified", "citation": "YB-DZ-OPINIONS/art-14.h"}
            ],
            "needsHuman": [{"code": "RANK_SCOPE", "message": "which ranking counts"}],
            "reapplyAllowedFrom": "2025-07-02",
            "measures": ["REVOCATION", "REAPPLY_BAN"],
            "daysLate": 3,
            "flags": [],
            "paramsUsed": {"bottomNRevoke": 5, "windowHits": 2},
            "ambiguities": [],
        });
        assert_eq!(
            explain(&answer),
            "art-14.f · needs human review (NEEDS_HUMAN)

Reasons:
  • bottom 5 in 2020
  • 2021 disqualified [YB-DZ-OPINIONS/art-14.h]

Needs human review:
  • which ranking counts

Details:
  Days late: 3
  flags: none
  measures: REVOCATION, REAPPLY_BAN
  reapplyAllowedFrom: 2025-07-02

Parameters used:
  bottomNRevoke = 5
  windowHits = 2

Citation: YB-DZ-OPINIONS/art-14.f
"
        );
    }

    #[test]
    fn chinese_labels_and_empty_answer() {
        let answer = json!({"outcome": "COMPLIANT", "outcomeLabel": "符合要求", "lang": "zh",
                            "yearComplete": false, "counted": ["2020-03-01", "2020-09-01"]});
        assert_eq!(
            explain(&answer),
            "符合要求(COMPLIANT)\n\n详情：\n  计入的会议日期：2020-03-01、2020-09-01\n  年度已结束：否\n\n"
        );
        assert_eq!(explain(&json!(null)), "\n\n");
    }
}
