//! A zone summary for reading: the zone, what it may and may not do in the year of the as-of
//! date and which findings decide it, then every finding explained.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::{Map, Value};

use super::answer::{body, headline, outcome_label};
use super::{capitalized, text, Words};
use crate::register::ZoneStatus;
use crate::rules::{short_name, RuleId};
use crate::summary::{Action, PermissionStatus};
use crate::words::{label_of, Lang, Phrase};

/// A finding's heading: the rule id and its short name in the language (another rule: its
/// English title in English).
fn rule_name(rule_id: &str, lang: Lang) -> Option<&'static str> {
    let rule = RuleId::parse(rule_id)?;
    match short_name(rule) {
        Some(name) => Some(name.pick(lang)),
        None => Some(rule.meta().title_in(lang)),
    }
}

/// What decides a permission, in words: a rule with its finding's outcome, or the zone's status
/// in the register.
fn decider(code: &str, summary: &Map<String, Value>, w: Words) -> String {
    if code == "register.status" {
        let status = text(summary, "zoneStatus").unwrap_or_default();
        let status = label_of::<ZoneStatus>(status, w.lang).unwrap_or(status);
        return w.paren(w.phrase(Phrase::RegisterStatus), status);
    }
    // The finding that decides: of several findings of one rule (art-14.d of the latest year and
    // of a card still in force; art-14.h of this year and of the previous one), the one that
    // bars or is left to a person.
    let findings: Vec<&Map<String, Value>> = summary
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter(|f| text(f, "ruleId") == Some(code))
        .collect();
    let deciding = findings
        .iter()
        .find(|f| {
            matches!(
                text(f, "outcome"),
                Some("TRIGGERED" | "DISQUALIFIED" | "NEEDS_HUMAN")
            )
        })
        .or_else(|| findings.first());
    // A finding resting on made-up records says so here too.
    let mark = deciding.map_or_else(String::new, |f| w.marker(f.get("illustrative")));
    match deciding.and_then(|f| outcome_label(f, w.lang)) {
        Some(label) => alloc::format!("{mark}{}", w.paren(code, &label)),
        None => alloc::format!("{mark}{code}"),
    }
}

/// A zone summary (the JSON view of `api::zone_summary`) in `lang`: the findings are explained
/// from their codes, whatever language the summary was computed in.
#[must_use]
pub fn zone_summary(view: &Value, lang: Lang) -> String {
    let empty = Map::new();
    let obj = view.as_object().unwrap_or(&empty);
    let w = Words::new(lang);
    let mut out = String::new();

    // The zone.
    let id = text(obj, "zoneId").unwrap_or_default();
    let name = text(obj, "zoneName").unwrap_or_default();
    let local = match lang {
        Lang::En => text(obj, "zoneNameEn"),
        Lang::Ko => text(obj, "zoneNameKo"),
        Lang::Zh => None,
    };
    match local.filter(|n| !n.is_empty()) {
        Some(local) => {
            let _ = writeln!(out, "{local} · {}", w.paren(name, id));
        }
        _ => {
            let _ = writeln!(out, "{}", w.paren(name, id));
        }
    }
    let as_of = text(obj, "asOf").unwrap_or_default();
    let year = obj
        .get("assessmentYear")
        .filter(|v| !v.is_null())
        .map_or_else(|| w.phrase(Phrase::None).to_owned(), |v| w.show(v));
    let _ = writeln!(
        out,
        "{}{}{as_of} · {}{}{year}",
        capitalized(w.phrase(Phrase::AsOf)),
        w.colon(),
        w.phrase(Phrase::AssessmentYear),
        w.colon()
    );

    // What it may do this year.
    let this_year = as_of.get(..4).unwrap_or(as_of);
    let _ = writeln!(
        out,
        "\n{}{}",
        w.fill(Phrase::ThisYear, &[("year", this_year)]),
        w.heading_colon()
    );
    for p in obj
        .get("permissions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
    {
        let action = text(p, "action").unwrap_or_default();
        let action = label_of::<Action>(action, lang).unwrap_or(action);
        let status = text(p, "status").unwrap_or_default();
        let verdict = label_of::<PermissionStatus>(status, lang).unwrap_or(status);
        let by: Vec<String> = p
            .get("decidedBy")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|c| decider(c, obj, w))
            .collect();
        if by.is_empty() {
            let _ = writeln!(out, "  {action}{}{verdict}", w.colon());
        } else {
            let _ = writeln!(
                out,
                "  {action}{}{verdict} ← {}",
                w.colon(),
                by.join(w.sep())
            );
        }
    }

    // Every finding.
    let _ = writeln!(out, "\n{}{}", w.phrase(Phrase::Findings), w.heading_colon());
    for f in obj
        .get("findings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
    {
        let rule_id = text(f, "ruleId").unwrap_or_default();
        let heading = match rule_name(rule_id, lang) {
            Some(n) => alloc::format!("{rule_id} {n}"),
            None => rule_id.to_owned(),
        };
        let _ = writeln!(
            out,
            "\n── {}{heading} · {}",
            w.marker(f.get("illustrative")),
            headline(f, w, false)
        );
        body(&mut out, f, w, "  ");
    }

    out.push('\n');
    w.rulebook_lines(&mut out, obj.get("rulebook"));
    out
}
