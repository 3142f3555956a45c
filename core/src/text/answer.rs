//! An answer explained: the headline, the reasons, what a person must decide, the rule's own
//! fields under their labels, the clause quoted, the parameters used and the rulebook.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::{Map, Value};

use super::fields::{self, Shape};
use super::{reason_message, text, Words};
use crate::answer::Outcome;
use crate::register::DisqualificationReason;
use crate::rules::art14_assessment::Standing;
use crate::rules::RuleId;
use crate::words::{Lang, Phrase};

/// Envelope fields: shown in their own sections, never as rule fields.
const ENVELOPE: &[&str] = &[
    "ruleId",
    "citation",
    "clause",
    "outcome",
    "outcomeLabel",
    "severity",
    "reasons",
    "needsHuman",
    "paramsUsed",
    "ambiguities",
    "lang",
    "rulebook",
    "illustrative",
];

/// Rule fields shown in the headline, after the outcome, when present.
const HEADLINE: &[&str] = &["due", "year"];

/// Explains an answer (a JSON answer view) in `lang`, whatever language it was computed in: the
/// outcome, the reasons and the clause come from their codes. Anything missing is left out.
#[must_use]
pub fn answer(view: &Value, lang: Lang) -> String {
    let empty = Map::new();
    let obj = view.as_object().unwrap_or(&empty);
    let w = Words::new(lang);
    let citation = text(obj, "citation").unwrap_or_default();
    let mut out = String::new();

    let _ = writeln!(
        out,
        "{}{}",
        w.marker(obj.get("illustrative")),
        headline(obj, w, true)
    );
    body(&mut out, obj, w, "");

    if let Some(clause) = obj.get("clause").and_then(Value::as_object) {
        let number = text(clause, "number").unwrap_or_default();
        let title = text(clause, "title").unwrap_or_default();
        let _ = writeln!(
            out,
            "\n{}{}{number} {title}",
            w.phrase(Phrase::Clause),
            w.colon()
        );
        let quote = text(clause, "quote").unwrap_or_default();
        let _ = writeln!(out, "  {}{}{quote}", w.phrase(Phrase::Original), w.colon());
        // The rendering in `lang` (the rulebook's), else the view's own.
        let rendering = text(obj, "ruleId")
            .and_then(RuleId::parse)
            .map(|r| r.meta().rendering(lang))
            .or_else(|| text(clause, "rendering"));
        match rendering {
            Some(r) if r != quote => {
                let _ = writeln!(out, "  {}{}{r}", w.phrase(Phrase::Rendering), w.colon());
            }
            _ => {}
        }
    }

    if let Some(params) = obj.get("paramsUsed").and_then(Value::as_object) {
        let _ = writeln!(
            out,
            "\n{}{}",
            w.phrase(Phrase::ParamsUsed),
            w.heading_colon()
        );
        for (k, v) in params {
            let mut shown = String::new();
            match v {
                Value::String(s) => shown.push_str(s),
                other => super::write_json(&mut shown, other),
            }
            let _ = writeln!(out, "  {k} = {shown}");
        }
    }

    out.push('\n');
    if let Some(ambs) = obj.get("ambiguities").and_then(Value::as_array) {
        if !ambs.is_empty() {
            let list: Vec<&str> = ambs.iter().filter_map(Value::as_str).collect();
            let _ = writeln!(
                out,
                "{}{}{}",
                w.phrase(Phrase::Ambiguities),
                w.colon(),
                list.join(w.sep())
            );
        }
    }
    w.rulebook_lines(&mut out, obj.get("rulebook"));
    if !citation.is_empty() {
        let _ = writeln!(out, "{}{}{citation}", w.phrase(Phrase::Citation), w.colon());
    }
    out
}

/// The outcome in words: its label in the language (from its code), else the view's label.
pub(crate) fn outcome_label(obj: &Map<String, Value>, lang: Lang) -> Option<String> {
    text(obj, "outcome")
        .and_then(|c| c.parse::<Outcome>().ok())
        .map(|o| o.label(lang).to_owned())
        .or_else(|| text(obj, "outcomeLabel").map(ToOwned::to_owned))
}

/// `rule · outcome label (CODE) · headline fields`, without the rule when `with_rule` is false.
pub(crate) fn headline(obj: &Map<String, Value>, w: Words, with_rule: bool) -> String {
    let mut head: Vec<String> = Vec::new();
    if let Some(rule_id) = text(obj, "ruleId").filter(|r| with_rule && !r.is_empty()) {
        head.push(rule_id.to_owned());
    }
    match (outcome_label(obj, w.lang), text(obj, "outcome")) {
        (Some(label), Some(code)) => head.push(w.paren(&label, code)),
        (Some(one), None) => head.push(one),
        (None, Some(one)) => head.push(one.to_owned()),
        (None, None) => {}
    }
    for key in HEADLINE {
        if let Some(v) = obj.get(*key) {
            head.push(alloc::format!(
                "{}{}{}",
                label(key, w.lang),
                w.colon(),
                show_field(key, v, w)
            ));
        }
    }
    head.join(" · ")
}

/// The fields of `obj` that `keep` keeps, in display order: the labelled ones in the order of
/// [`fields::FIELDS`], then the others by name (the map's own order).
fn ordered<'a>(
    obj: &'a Map<String, Value>,
    keep: impl Fn(&str, &Value) -> bool,
) -> Vec<(&'a str, &'a Value)> {
    let mut out: Vec<(&'a str, &'a Value)> = Vec::new();
    for f in fields::FIELDS {
        if let Some((k, v)) = obj.get_key_value(f.name) {
            if keep(k, v) {
                out.push((k.as_str(), v));
            }
        }
    }
    for (k, v) in obj {
        if fields::field(k).is_none() && keep(k, v) {
            out.push((k.as_str(), v));
        }
    }
    out
}

/// The label of a rule field, or its JSON name when it has none.
fn label(name: &str, lang: Lang) -> &str {
    fields::field(name).map_or(name, |f| f.label.pick(lang))
}

/// The reasons, the items for a person and the rule's own fields, each line after `indent`.
pub(crate) fn body(out: &mut String, obj: &Map<String, Value>, w: Words, indent: &str) {
    let citation = text(obj, "citation").unwrap_or_default();
    reason_section(
        out,
        obj.get("reasons"),
        Phrase::Reasons,
        w,
        citation,
        indent,
    );
    reason_section(
        out,
        obj.get("needsHuman"),
        Phrase::NeedsHuman,
        w,
        citation,
        indent,
    );

    // The rule's own fields, by name.
    let own = ordered(obj, |k, _| !ENVELOPE.contains(&k) && !HEADLINE.contains(&k));
    if own.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{indent}{}{}",
        w.phrase(Phrase::Details),
        w.heading_colon()
    );
    for (k, v) in own {
        let name = label(k, w.lang);
        let shape = fields::field(k).map(|f| f.shape);
        match (shape, v.as_array()) {
            (Some(Shape::Years), Some(years)) if !years.is_empty() => {
                let _ = writeln!(out, "{indent}  {name}{}", w.heading_colon());
                for y in years {
                    let line = y.as_object().map_or_else(|| w.show(y), |y| year_line(y, w));
                    let _ = writeln!(out, "{indent}    {line}");
                }
            }
            (Some(Shape::Objects), Some(list)) if !list.is_empty() => {
                let _ = writeln!(out, "{indent}  {name}{}", w.heading_colon());
                for item in list {
                    let line = item
                        .as_object()
                        .map_or_else(|| w.show(item), |o| object_line(o, w));
                    let _ = writeln!(out, "{indent}    - {line}");
                }
            }
            (Some(Shape::EnumLines(_)), Some(list)) if !list.is_empty() => {
                let _ = writeln!(out, "{indent}  {name}{}", w.heading_colon());
                for item in list {
                    let line = item
                        .as_str()
                        .map_or_else(|| w.show(item), |c| coded(k, c, w.lang));
                    let _ = writeln!(out, "{indent}    - {line}");
                }
            }
            _ => {
                let _ = writeln!(out, "{indent}  {name}{}{}", w.colon(), show_field(k, v, w));
            }
        }
    }
}

/// A coded value of field `field` in words, or the code itself when it has no label.
fn coded(field: &str, code: &str, lang: Lang) -> String {
    fields::value_label(field, code, lang).map_or_else(|| code.to_owned(), ToOwned::to_owned)
}

/// Each string of `value` (one or a list) mapped by `each`; anything else shown plainly.
fn show_each(value: &Value, w: Words, each: impl Fn(&str) -> String) -> String {
    match value {
        Value::String(s) => each(s),
        Value::Array(list) if !list.is_empty() => w.join(
            list.iter()
                .map(|v| v.as_str().map_or_else(|| w.show(v), &each)),
        ),
        other => w.show(other),
    }
}

/// A rule field's value in words, as its shape says.
fn show_field(name: &str, value: &Value, w: Words) -> String {
    match fields::field(name).map_or(Shape::Plain, |f| f.shape) {
        Shape::Plain | Shape::Years => w.show(value),
        Shape::Yuan => match value {
            Value::String(s) => w.yuan(s),
            other => w.show(other),
        },
        Shape::Object => value
            .as_object()
            .map_or_else(|| w.show(value), |o| object_line(o, w)),
        Shape::Objects => match value.as_array() {
            Some(list) if !list.is_empty() => {
                let lines: Vec<String> = list
                    .iter()
                    .map(|v| {
                        v.as_object()
                            .map_or_else(|| w.show(v), |o| object_line(o, w))
                    })
                    .collect();
                lines.join("; ")
            }
            _ => w.show(value),
        },
        Shape::Fact if value.is_null() => w.phrase(Phrase::NotRecorded).to_owned(),
        Shape::Fact => w.show(value),
        Shape::Enum(_) | Shape::EnumLines(_) => show_each(value, w, |c| coded(name, c, w.lang)),
        Shape::Actor => show_each(value, w, |c| w.actor(c)),
        Shape::Range => match value.as_array().map(Vec::as_slice) {
            Some([min, max]) => {
                let dash = match w.lang {
                    Lang::Zh => "—",
                    Lang::En => "–",
                    Lang::Ko => "~",
                };
                alloc::format!("{}{dash}{}", w.show(min), w.show(max))
            }
            _ => w.show(value),
        },
    }
}

/// An object's fields on one line, each under its label, in the display order; null and empty
/// fields are left out.
fn object_line(obj: &Map<String, Value>, w: Words) -> String {
    let keys = ordered(obj, |_, v| match v {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        _ => true,
    });
    let parts: Vec<String> = keys
        .iter()
        .map(|(k, v)| alloc::format!("{}{}{}", label(k, w.lang), w.colon(), show_field(k, v, w)))
        .collect();
    parts.join(" · ")
}

/// One year of the assessment evidence in words, e.g. `2020: rank 80 of 88 · in the bottom band
/// · counted`.
fn year_line(year: &Map<String, Value>, w: Words) -> String {
    let num = |k: &str| year.get(k).and_then(Value::as_i64);
    let mut parts: Vec<String> = Vec::new();
    if let Some(rank) = num("rank") {
        let rank = rank.to_string();
        parts.push(match num("populationSize") {
            Some(n) => w.fill(Phrase::RankOf, &[("rank", &rank), ("n", &n.to_string())]),
            None => w.fill(Phrase::Rank, &[("rank", &rank)]),
        });
    }
    let standing = text(year, "standing");
    let why: Vec<String> = year
        .get("disqualifiedFor")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|code| {
            crate::words::label_of::<DisqualificationReason>(code, w.lang)
                .map_or_else(|| code.to_owned(), ToOwned::to_owned)
        })
        .collect();
    if let Some(s) = standing {
        let words = crate::words::label_of::<Standing>(s, w.lang)
            .map_or_else(|| s.to_owned(), ToOwned::to_owned);
        // A disqualified year says why beside its standing.
        parts.push(if s == Standing::Disqualified.as_str() && !why.is_empty() {
            w.paren(&words, &why.join(w.sep()))
        } else {
            words
        });
    }
    if year.get("rewardedByProvince") == Some(&Value::Bool(true)) {
        parts.push(
            fields::field("rewardedByProvince")
                .map_or("", |f| f.label.pick(w.lang))
                .to_owned(),
        );
    }
    if standing != Some(Standing::Disqualified.as_str()) && !why.is_empty() {
        parts.push(alloc::format!(
            "{}{}{}",
            Standing::Disqualified.label(w.lang),
            w.colon(),
            why.join(w.sep())
        ));
    }
    // A year before the first counted one says so in its standing already.
    let not_counted = standing == Some(Standing::NotCounted.as_str());
    match year
        .get("hit")
        .and_then(Value::as_bool)
        .filter(|_| !not_counted)
    {
        Some(true) => parts.push(w.phrase(Phrase::Counted).to_owned()),
        Some(false) => parts.push(w.phrase(Phrase::NotCounted).to_owned()),
        None => {}
    }
    let y = year.get("year").map(|v| w.show(v)).unwrap_or_default();
    let y = w.fill(Phrase::YearOf, &[("year", &y)]);
    alloc::format!("{y}{}{}", w.colon(), parts.join(" · "))
}

/// A titled list of reasons (messages in the language), one bullet each; skipped when there
/// are none. A reason from another rule than the answer's carries its own citation.
fn reason_section(
    out: &mut String,
    reasons: Option<&Value>,
    title: Phrase,
    w: Words,
    citation: &str,
    indent: &str,
) {
    let Some(list) = reasons.and_then(Value::as_array).filter(|a| !a.is_empty()) else {
        return;
    };
    let _ = writeln!(out, "\n{indent}{}{}", w.phrase(title), w.heading_colon());
    for r in list.iter().filter_map(Value::as_object) {
        let message = reason_message(r, w.lang);
        match text(r, "citation") {
            Some(c) if c != citation => {
                let _ = writeln!(out, "{indent}  • {message} [{c}]");
            }
            _ => {
                let _ = writeln!(out, "{indent}  • {message}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::answer;
    use crate::words::Lang;
    use serde_json::json;

    /// A rule the renderer has never seen: its own fields are listed by JSON name after the known
    /// ones, `needsHuman` gets its section, a reason from another rule carries its citation, and
    /// unknown codes keep the view's own message and label.
    #[test]
    fn renders_any_envelope_generically() {
        let answer_view = json!({
            "ruleId": "art-99.x",
            "citation": "YB-DZ-OPINIONS/art-99.x",
            "outcome": "SOMETHING_NEW",
            "outcomeLabel": "something new",
            "severity": "REVIEW",
            "lang": "en",
            "reasons": [
                {"code": "BOTTOM_5", "message": "bottom 5 in 2020", "citation": "YB-DZ-OPINIONS/art-99.x"},
                {"code": "DISQUALIFIED", "message": "2021 disqualified", "citation": "YB-DZ-OPINIONS/art-14.h"}
            ],
            "needsHuman": [{"code": "RANK_SCOPE", "message": "which ranking counts"}],
            "banEnds": "2025-07-02",
            "sanctions": ["REVOCATION", "REAPPLY_BAN"],
            "daysLate": 3,
            "flags": [],
            "paramsUsed": {"bottomNRevoke": 5, "windowHits": 2},
            "ambiguities": [],
        });
        assert_eq!(
            answer(&answer_view, Lang::En),
            "art-99.x · something new (SOMETHING_NEW)

Reasons:
  • bottom 5 in 2020
  • 2021 disqualified [YB-DZ-OPINIONS/art-14.h]

Needs human review:
  • which ranking counts

Details:
  Days late: 3
  banEnds: 2025-07-02
  flags: none
  sanctions: REVOCATION, REAPPLY_BAN

Parameters used:
  bottomNRevoke = 5
  windowHits = 2

Citation: YB-DZ-OPINIONS/art-99.x
"
        );
    }

    /// The outcome and the reasons come from their codes, in the language asked for, whatever
    /// language the view was computed in.
    #[test]
    fn renders_in_the_language_asked_for() {
        let view = json!({"outcome": "COMPLIANT", "outcomeLabel": "compliant", "lang": "en",
                          "yearComplete": false, "counted": ["2020-03-01", "2020-09-01"],
                          "reasons": [{"code": "MEETING_EXCLUDED_KIND", "args": {"date": "2020-05-01"},
                                       "message": "the meeting on 2020-05-01 is not a joint work meeting and is not counted"}]});
        assert_eq!(
            answer(&view, Lang::Zh),
            "符合要求(COMPLIANT)\n\n理由：\n  • 2020-05-01的会议不是联席工作会议,不计入\n\n详情：\n  计入的会议日期：2020-03-01、2020-09-01\n  年度已结束：否\n\n"
        );
        assert_eq!(answer(&json!(null), Lang::Zh), "\n\n");
    }

    /// The assessment fields: coded values in words, the years one per line, unknown codes and
    /// codes outside the agency table as written.
    #[test]
    fn assessment_fields_in_words() {
        let view = json!({
            "lang": "ko",
            "zoneId": "B",
            "year": 2021,
            "hitYears": [2020, 2021],
            "triggers": ["RANK_FALL", "NEW_TRIGGER"],
            "measures": ["REAPPLY_BAN", "NO_PROMOTION", "NO_EXPAND"],
            "reapplyAllowedFrom": "2025-07-02",
            "dispatchedBy": "ACT.PREF_GOV",
            "countyId": "CTY.X",
            "mainRange": [2, 3],
            "years": [
                {"year": 2019, "rank": null, "populationSize": null, "rewardedByProvince": false,
                 "disqualifiedFor": [], "standing": "NOT_COUNTED", "hit": false},
                {"year": 2021, "rank": null, "populationSize": null, "rewardedByProvince": true,
                 "disqualifiedFor": ["FALSIFIED_STATS"], "standing": "DISQUALIFIED", "hit": true},
                {"year": 2022, "rank": 5, "populationSize": 88, "standing": "TOP"}
            ]
        });
        assert_eq!(
            answer(&view, Lang::Ko),
            "년도: 2021

세부 사항:
  개발구: B
  현(시): CTY.X
  파출 주체: 주정부 (ACT.PREF_GOV)
  주공산업 수 요구: 2~3
  산입 년도: 2020, 2021
  발동 사유: 순위 후퇴, NEW_TRIGGER
  조치:
    - 기간 내 재신청 금지
    - 기간 내 당정 주요 책임자 발탁 금지
    - 당해 년도 구역 확장 자격 취소
  재신청 가능일: 2025-07-02
  년도별 정황:
    2019년: 산입 제외(첫 산입 년도 이전)
    2021년: 심사평가 자격 취소 (통계수치 허위보고·은폐) · 성의 장려를 받음 · 산입
    2022년: 88개 중 5위 · 상위 구간

"
        );
    }

    /// A disqualified year says why beside its standing; a year counted as bottom because it
    /// was disqualified (AMB-26) says so after its standing.
    #[test]
    fn disqualified_years_in_chinese_and_english() {
        let years = json!([
            {"year": 2021, "rank": null, "populationSize": null, "rewardedByProvince": false,
             "disqualifiedFor": ["ENV_INFRA"], "standing": "DISQUALIFIED", "hit": false},
            {"year": 2022, "rank": null, "populationSize": null, "rewardedByProvince": false,
             "disqualifiedFor": ["FALSIFIED_STATS", "OTHER"], "standing": "BOTTOM", "hit": true}
        ]);
        let zh = answer(&json!({"years": years}), Lang::Zh);
        assert!(
            zh.ends_with(
                "  逐年情况：\n    2021年：被取消考评资格(环保基础设施未按时建成) · 不计入\n    \
             2022年：处于后段 · 被取消考评资格：统计数据虚报瞒报、其他原因 · 计入\n\n"
            ),
            "{zh}"
        );
        let en = answer(&json!({"years": years}), Lang::En);
        assert!(
            en.ends_with(
                "  Year by year:\n    2021: disqualified (environmental infrastructure not completed \
             on time) · not counted\n    2022: in the bottom band · disqualified: falsified or \
             concealed statistics, another reason · counted\n\n"
            ),
            "{en}"
        );
    }
}
