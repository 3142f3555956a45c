//! The rulebook listed for reading, grouped by clause (from the JSON of `api::rules()`), and a
//! register's description.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::{Map, Value};

use super::{n, s, text, Words};
use crate::rules::{EvaluationStatus, Kind, OwedBy, Strength};
use crate::words::{Lang, Phrase, Stable};

/// A coded value in words followed by its code (what the CLI's filters take), or the words
/// alone when they are the code itself (`obligation`, `mandatory`).
fn word<E: Stable>(code: &str, w: Words) -> String {
    let Ok(value) = E::parse_name(code) else {
        return code.to_owned();
    };
    let name = value.labels().pick(w.lang);
    let spelled = code.replace(['-', '_'], " ");
    if name.eq_ignore_ascii_case(&spelled) {
        name.to_owned()
    } else {
        w.paren(name, code)
    }
}

/// Actor views (`{code, zh, ko, en}`) as their names in the language.
fn names(list: Option<&Value>, lang: Lang) -> Vec<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|a| {
            text(a, lang.as_str())
                .filter(|n| !n.is_empty())
                .or_else(|| text(a, "code"))
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// The rules (JSON views of `api::rules()`) for reading in `lang`, grouped by clause.
#[must_use]
pub fn rules(rules: &[Value], lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::new();
    let mut group: Option<(String, String)> = None;
    for rule in rules.iter().filter_map(Value::as_object) {
        let clause = (
            text(rule, "clause").unwrap_or_default().to_owned(),
            text(rule, "clauseTitle").unwrap_or_default().to_owned(),
        );
        if group.as_ref() != Some(&clause) {
            if clause.0.is_empty() {
                let _ = writeln!(out, "{}\n", w.phrase(Phrase::Preamble));
            } else {
                let _ = writeln!(out, "{} {}", clause.0, clause.1);
                let units = names(rule.get("responsibleUnits"), lang);
                if !units.is_empty() {
                    let _ = writeln!(
                        out,
                        "{}{}{}",
                        w.phrase(Phrase::ResponsibleUnits),
                        w.colon(),
                        units.join(w.sep())
                    );
                }
                out.push('\n');
            }
            group = Some(clause);
        }
        rule_entry(&mut out, rule, w);
    }
    if rules.is_empty() {
        let _ = writeln!(out, "{}", w.phrase(Phrase::NoRule));
    } else {
        let _ = writeln!(
            out,
            "{}",
            w.fill(Phrase::RuleCount, &[("n", &rules.len().to_string())])
        );
    }
    out
}

fn rule_entry(out: &mut String, rule: &Map<String, Value>, w: Words) {
    let id = text(rule, "id").unwrap_or_default();
    let title = match w.lang {
        Lang::En => text(rule, "title"),
        lang => rule
            .get("titles")
            .and_then(|t| t.get(lang.as_str()))
            .and_then(Value::as_str),
    };
    match title.filter(|t| !t.is_empty()) {
        Some(title) => {
            let _ = writeln!(out, "  {id} — {title}");
        }
        None => {
            let _ = writeln!(out, "  {id}");
        }
    }
    let kinds: Vec<String> = rule
        .get("kinds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|k| word::<Kind>(k, w))
        .collect();
    let _ = writeln!(
        out,
        "    {} · {} · {}",
        kinds.join(w.sep()),
        word::<Strength>(text(rule, "strength").unwrap_or_default(), w),
        word::<EvaluationStatus>(text(rule, "evaluation").unwrap_or_default(), w)
    );
    let note = rule
        .get("evaluationNote")
        .and_then(|n| n.get(w.lang.as_str()))
        .and_then(Value::as_str);
    if let Some(note) = note {
        let _ = writeln!(
            out,
            "    {}{}{note}",
            w.phrase(Phrase::EvaluationNote),
            w.colon()
        );
    }
    let bearers = names(rule.get("bearers"), w.lang);
    let bearers = if bearers.is_empty() {
        w.phrase(Phrase::None).to_owned()
    } else {
        bearers.join(w.sep())
    };
    let _ = writeln!(
        out,
        "    {}{}{bearers}",
        w.phrase(Phrase::Bearers),
        w.colon()
    );
    // Who owes a duty rule (issue 8: bearers are true).
    let duty = rule
        .get("kinds")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|k| k.parse::<Kind>().ok())
        .any(|k| matches!(k, Kind::Obligation | Kind::Deadline | Kind::RecurringDuty));
    if duty {
        let owed = text(rule, "owedBy")
            .and_then(|o| o.parse::<OwedBy>().ok())
            .unwrap_or(OwedBy::Nobody);
        let _ = writeln!(
            out,
            "    {}{}{}",
            w.phrase(Phrase::OwedBy),
            w.colon(),
            owed.label(w.lang)
        );
    }
    let quote = text(rule, "quote").unwrap_or_default();
    let _ = writeln!(
        out,
        "    {}{}{quote}",
        w.phrase(Phrase::Original),
        w.colon()
    );
    // The rendering in the language, where there is one (Korean is written for the computed
    // rules only).
    let rendering = match w.lang {
        Lang::Zh => None,
        Lang::En => text(rule, "en"),
        Lang::Ko => text(rule, "ko"),
    };
    if let Some(r) = rendering.filter(|r| !r.is_empty() && *r != quote) {
        let _ = writeln!(out, "    {}{}{r}", w.phrase(Phrase::Rendering), w.colon());
    }
    out.push('\n');
}

/// A register's description (the JSON `devzone register --json` prints: `example`,
/// `description`, `issueDate`, `issueDateHypothetical`, `records` per list) in `lang`.
#[must_use]
pub fn register_info(info: &Value, lang: Lang) -> String {
    let w = Words::new(lang);
    let mut out = String::new();
    let which = if info.get("example").and_then(Value::as_bool) == Some(true) {
        Phrase::ExampleBuiltIn
    } else {
        Phrase::GivenFile
    };
    let _ = writeln!(
        out,
        "{}{}{}",
        w.phrase(Phrase::RegisterTitle),
        w.colon(),
        w.phrase(which)
    );
    let date = s(info, "issueDate");
    let date = if info.get("issueDateHypothetical").and_then(Value::as_bool) == Some(true) {
        w.paren(date, w.phrase(Phrase::Hypothetical))
    } else {
        date.to_owned()
    };
    let _ = writeln!(out, "{}{}{date}", w.phrase(Phrase::IssueDate), w.colon());
    let _ = writeln!(
        out,
        "\n{}{}",
        w.phrase(Phrase::Description),
        w.heading_colon()
    );
    match info.get("description").and_then(Value::as_str) {
        Some(d) if !d.trim().is_empty() => {
            let _ = writeln!(out, "{d}");
        }
        _ => {
            let _ = writeln!(out, "{}", w.phrase(Phrase::NoDescription));
        }
    }
    let _ = writeln!(out, "\n{}{}", w.phrase(Phrase::Records), w.heading_colon());
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
            w.colon(),
            n(c, "total"),
            w.sep(),
            w.phrase(Phrase::MadeUp),
            n(c, "illustrative")
        );
    }
    out
}
