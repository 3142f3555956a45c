//! The report, the obligations and the calendar for reading, each in its view's own language
//! (the names, titles and messages the view already carries, the words of the core around them).

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::Value;

use super::{capitalized, items, lang_of, n, s, Words};
use crate::duties::{DutyStatus, Role};
use crate::severity::Severity;
use crate::words::{label_of, Lang, Phrase};

/// A heading: the label, capitalised in English.
fn heading(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => capitalized(label),
        Lang::Zh | Lang::Ko => label.to_owned(),
    }
}

/// The count of findings or duties resting on made-up records, when there are any.
fn illustrative_part(c: &Value, w: Words) -> String {
    match n(c, "illustrative") {
        0 => String::new(),
        k => {
            let text = w.fill(Phrase::OfWhichIllustrative, &[("n", &k.to_string())]);
            // Chinese puts no space before the opening parenthesis.
            match w.lang {
                Lang::Zh => alloc::format!("({text})"),
                Lang::Ko | Lang::En => alloc::format!(" ({text})"),
            }
        }
    }
}

fn counts_line(c: &Value, w: Words) -> String {
    let parts = w.join(Severity::ALL.iter().map(|sev| {
        let key = sev.as_str().to_ascii_lowercase();
        alloc::format!("{} {}", sev.label(w.lang), n(c, &key))
    }));
    // Unknown counts across the severities (an open item with nothing recorded is information).
    let unknown = alloc::format!(
        "{}{} {}",
        if w.lang == Lang::Zh { "；" } else { "; " },
        DutyStatus::Unknown.label(w.lang),
        n(c, "unknown")
    );
    alloc::format!(
        "{} {}{}{parts}{}{unknown}",
        w.phrase(Phrase::Total),
        n(c, "total"),
        w.colon(),
        illustrative_part(c, w)
    )
}

/// A line of the report standing for several findings for review of one rule: the count, the
/// bearers, zones and years they concern, what would settle them, and one of them for example.
fn write_merged(
    out: &mut String,
    line: &Value,
    report: &Value,
    (groups, starts): (&GroupNames<'_>, &Starts),
    w: Words,
) {
    let date = line
        .get("date")
        .and_then(Value::as_str)
        .unwrap_or("----------");
    let marker = if n(line, "illustrative") > 0 {
        w.marker(Some(&Value::Bool(true)))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "- {marker}{date}  {}  {} × {}{}{}",
        s(line, "ruleId"),
        s(line, "outcomeLabel"),
        n(line, "count"),
        w.colon(),
        s(line, "citation")
    );
    let names = |key: &str| {
        w.join(items(line, key).map(|b| {
            let (id, name) = (s(b, "id"), s(b, "name"));
            if id == name || name.is_empty() {
                id.to_owned()
            } else {
                w.paren(name, id)
            }
        }))
    };
    for (key, title) in [("bearers", Phrase::Bearers), ("zones", Phrase::Zones)] {
        let count = items(line, key).count();
        if count > 0 {
            let _ = writeln!(
                out,
                "    {} ({count}){}{}",
                w.phrase(title),
                w.colon(),
                names(key)
            );
        }
    }
    let years: Vec<String> = items(line, "years")
        .filter_map(Value::as_i64)
        .map(|y| y.to_string())
        .collect();
    if !years.is_empty() {
        let _ = writeln!(
            out,
            "    {}{}{}",
            w.phrase(Phrase::Years),
            w.colon(),
            years.join(w.sep())
        );
    }
    if let Some(todo) = line.get("toSettle").and_then(Value::as_str) {
        let _ = writeln!(
            out,
            "    → {}{}{todo}",
            w.phrase(Phrase::ToSettle),
            w.colon()
        );
    }
    let first = first_finding(line, report, starts);
    if let Some(f) = first {
        let _ = writeln!(
            out,
            "    {} {}{}",
            w.phrase(Phrase::ForExample),
            finding_subject(f, groups),
            w.colon().trim_end()
        );
        for key in ["reasons", "needsHuman"] {
            for r in items(f, key) {
                let _ = writeln!(out, "      · {}", s(r, "message"));
            }
        }
    }
}

/// The sentence of a view's `issueDateNote` (a hypothetical issue date), on its own line.
fn issue_date_note(out: &mut String, v: &Value) {
    if let Some(note) = v.get("issueDateNote").and_then(Value::as_str) {
        let _ = writeln!(out, "{note}");
    }
}

/// The names of a report's zone and county groups by their ids, each list ordered by id once
/// (perf: a finding's zone was named by a scan of every zone group, quadratic in a report's
/// zones: 9 % of the text of a 10,000-zone report).
struct GroupNames<'a> {
    zones: Vec<(&'a str, &'a str)>,
    counties: Vec<(&'a str, &'a str)>,
}

impl<'a> GroupNames<'a> {
    fn of(report: &'a Value) -> Self {
        let list = |key: &str| {
            let mut by_id: Vec<(&'a str, &'a str)> = items(report, key)
                .map(|g| (s(g, "id"), s(g, "name")))
                .collect();
            // Stable: of groups with one id, the first in the report's order is found.
            crate::order::sort_with(&mut by_id, &|x, y| x.0.cmp(y.0));
            by_id
        };
        Self {
            zones: list("zones"),
            counties: list("counties"),
        }
    }

    /// The name of the group with `id` in `list`.
    fn name(list: &[(&'a str, &'a str)], id: &str) -> Option<&'a str> {
        let at = list.partition_point(|(x, _)| *x < id);
        list.get(at)
            .filter(|(x, _)| *x == id)
            .map(|(_, name)| *name)
    }
}

fn finding_subject(f: &Value, names: &GroupNames<'_>) -> String {
    if let Some(b) = f.get("bearerName").and_then(Value::as_str) {
        return b.to_owned();
    }
    if let Some(z) = f.get("zoneId").and_then(Value::as_str) {
        let name = GroupNames::name(&names.zones, z).unwrap_or_default();
        return alloc::format!("{name} ({z})");
    }
    if let Some(c) = f.get("countyId").and_then(Value::as_str) {
        return GroupNames::name(&names.counties, c).map_or_else(|| c.to_owned(), str::to_owned);
    }
    String::new()
}

fn write_finding(
    out: &mut String,
    f: &Value,
    names: &GroupNames<'_>,
    w: Words,
    settle: Option<&str>,
) {
    let date = f
        .get("date")
        .and_then(Value::as_str)
        .unwrap_or("----------");
    let year = f
        .get("year")
        .and_then(Value::as_i64)
        .map(|y| alloc::format!(" {y}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "- {}{date}  {}{year}  {}  {}{}{}",
        w.marker(f.get("illustrative")),
        s(f, "ruleId"),
        finding_subject(f, names),
        s(f, "outcomeLabel"),
        w.colon(),
        s(f, "citation")
    );
    for key in ["reasons", "needsHuman"] {
        for r in items(f, key) {
            let _ = writeln!(out, "    · {}", s(r, "message"));
        }
    }
    if let Some(todo) = settle {
        let _ = writeln!(
            out,
            "    → {}{}{todo}",
            w.phrase(Phrase::ToSettle),
            w.colon()
        );
    }
}

/// Where a report's findings are: from `page.offset` on (the whole report from 0), or, for a
/// report of its lines' first findings alone (`api::report_line_starts`), at their places among
/// those (`Some`: the first finding of each line shown, in order).
type Starts = Option<Vec<u64>>;

/// The finding a line of `report` starts with. The lines' indices are the whole report's; a
/// page of it (`page.offset`) holds its findings from that index on, and a report of its lines'
/// first findings (`starts`) those alone.
fn first_finding<'a>(line: &Value, report: &'a Value, starts: &Starts) -> Option<&'a Value> {
    let index = items(line, "findings").next()?.as_u64()?;
    let at = match starts {
        Some(firsts) => firsts.binary_search(&index).ok()?,
        None => {
            let offset = report
                .get("page")
                .map_or(Some(0), |p| usize::try_from(n(p, "offset")).ok())?;
            usize::try_from(index).ok()?.checked_sub(offset)?
        }
    };
    report.get("findings")?.as_array()?.get(at)
}

/// The report (the JSON view of `api::report`) in its own language: counts, the findings that
/// matter by severity (information too when `all`), then the groups.
#[must_use]
pub fn report(r: &Value, all: bool) -> String {
    report_with(r, all, false)
}

/// [`report`] of a report whose findings are its lines' first findings alone, those of the
/// severities shown (`api::report_line_starts` with the same `all`): the same text, made
/// without a view of every finding.
#[must_use]
pub fn report_of_line_starts(r: &Value, all: bool) -> String {
    report_with(r, all, true)
}

fn report_with(r: &Value, all: bool, line_starts: bool) -> String {
    let w = Words::new(lang_of(r));
    let names = GroupNames::of(r);
    let shown = |sev: &str| all || sev != Severity::Info.as_str();
    let starts: Starts = line_starts.then(|| {
        items(r, "lines")
            .filter(|l| shown(s(l, "severity")))
            .filter_map(|l| items(l, "findings").next().and_then(Value::as_u64))
            .collect()
    });
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {} {} ({} {})",
        w.phrase(Phrase::ReportTitle),
        w.phrase(Phrase::AsOf),
        s(r, "asOf"),
        w.phrase(Phrase::Issued),
        s(r, "issueDate")
    );
    issue_date_note(&mut out, r);
    let filter: Vec<String> = items(r, "filter")
        .map(|f| {
            let shown = if s(f, "value") == s(f, "label") || s(f, "field") == "severity" {
                s(f, "label").to_owned()
            } else {
                w.paren(s(f, "label"), s(f, "value"))
            };
            alloc::format!("{} {shown}", s(f, "fieldLabel"))
        })
        .collect();
    if !filter.is_empty() {
        let _ = writeln!(
            out,
            "{}{}{}",
            w.phrase(Phrase::Filter),
            w.colon(),
            filter.join(w.sep())
        );
    }
    let notes = r.get("notes").unwrap_or(&Value::Null);
    let _ = writeln!(
        out,
        "{}",
        counts_line(r.get("counts").unwrap_or(&Value::Null), w)
    );
    for key in ["total", "unknown"] {
        let _ = writeln!(out, "  ({})", s(notes, key));
    }
    if let Some(page) = r.get("page").filter(|p| n(p, "count") > 0) {
        let (offset, count) = (n(page, "offset"), n(page, "count"));
        let _ = writeln!(
            out,
            "  ({})",
            crate::text::fill_phrase(
                Phrase::PageNote,
                &[
                    ("from", &alloc::format!("{}", offset + 1)),
                    ("to", &alloc::format!("{}", offset + count)),
                    ("total", &alloc::format!("{}", n(page, "total"))),
                ],
                w.lang,
            )
        );
    }
    if n(r.get("counts").unwrap_or(&Value::Null), "total") == 0 {
        let _ = writeln!(out, "\n{}", w.phrase(Phrase::NoFinding));
    }
    for sev in Severity::ALL {
        if *sev == Severity::Info && !all {
            continue;
        }
        let of: Vec<&Value> = items(r, "lines")
            .filter(|l| s(l, "severity") == sev.as_str())
            .collect();
        if of.is_empty() {
            continue;
        }
        let count: u64 = of.iter().map(|l| n(l, "count")).sum();
        let _ = writeln!(
            out,
            "\n== {} ({count}) ==",
            heading(sev.label(w.lang), w.lang),
        );
        for line in of {
            if n(line, "count") > 1 {
                write_merged(&mut out, line, r, (&names, &starts), w);
                continue;
            }
            let f = first_finding(line, r, &starts);
            if let Some(f) = f {
                let settle = line.get("toSettle").and_then(Value::as_str);
                write_finding(&mut out, f, &names, w, settle);
            }
        }
    }
    if !all {
        let _ = writeln!(out, "\n({})", w.phrase(Phrase::InfoHidden));
    }
    for (list, title, note) in [
        ("zones", Phrase::ByZone, "byZone"),
        ("counties", Phrase::ByCounty, "byCounty"),
        ("agencies", Phrase::ByAgency, "byAgency"),
    ] {
        let _ = writeln!(out, "\n== {} ==", w.phrase(title));
        let _ = writeln!(out, "({})", s(notes, note));
        for g in items(r, list) {
            let _ = writeln!(
                out,
                "{} {}{}{}",
                s(g, "id"),
                s(g, "name"),
                w.colon(),
                counts_line(g.get("counts").unwrap_or(&Value::Null), w)
            );
        }
    }
    w.rulebook_lines(&mut out, r.get("rulebook"));
    out
}

fn write_duty(out: &mut String, d: &Value, w: Words) {
    let due = alloc::format!(
        "{} {}",
        w.phrase(Phrase::Due),
        d.get("due")
            .and_then(Value::as_str)
            .unwrap_or(w.phrase(Phrase::None))
    );
    let done = d
        .get("doneDate")
        .and_then(Value::as_str)
        .map(|x| alloc::format!(", {} {x}", w.phrase(Phrase::Done)))
        .unwrap_or_default();
    let year = d
        .get("year")
        .and_then(Value::as_i64)
        .map(|y| alloc::format!(" {y}"))
        .unwrap_or_default();
    let role = s(d, "role");
    // The title in the language (the duty's view has it so); in Chinese or Korean the rule's
    // short name where it has one.
    let title = if w.lang == Lang::En {
        Some(s(d, "title"))
    } else {
        crate::rules::RuleId::parse(s(d, "ruleId"))
            .and_then(crate::rules::short_name)
            .map(|n| n.pick(w.lang))
            .or_else(|| Some(s(d, "title")))
    };
    let title = title
        .filter(|t| !t.is_empty())
        .map(|t| alloc::format!(" {t}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "- {}[{}] {}{year}{title} ({due}{done}; {}){}{}",
        w.marker(d.get("illustrative")),
        s(d, "statusLabel"),
        s(d, "ruleId"),
        label_of::<Role>(role, w.lang).unwrap_or(role),
        w.colon(),
        s(d, "citation"),
    );
    for r in items(d, "reasons") {
        let _ = writeln!(out, "    · {}", s(r, "message"));
    }
    if let Some(todo) = d.get("toSettle").and_then(Value::as_str) {
        let _ = writeln!(
            out,
            "    → {}{}{todo}",
            w.phrase(Phrase::ToSettle),
            w.colon()
        );
    }
}

/// The key of a status in the counts (`DONE_LATE` → `doneLate`).
fn count_key(status: DutyStatus) -> String {
    let mut key = String::new();
    let mut upper = false;
    for c in status.as_str().chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            key.push(c);
            upper = false;
        } else {
            key.push(c.to_ascii_lowercase());
        }
    }
    key
}

/// The obligations (the JSON view of `api::obligations`) in their own language: per bearer,
/// what is overdue, what is due soon, then (when `all`) every duty.
#[must_use]
pub fn obligations(o: &Value, all: bool) -> String {
    let mut out = obligations_head(o);
    for a in items(o, "agencies") {
        obligations_bearer(&mut out, o, a, all);
    }
    obligations_tail(&mut out, o);
    out
}

/// What [`obligations`] writes before the bearers (`o`: the obligations, its bearers aside).
#[must_use]
pub fn obligations_head(o: &Value) -> String {
    let mut out = String::new();
    issue_date_note(&mut out, o);
    if o.get("issueDateNote").is_some() {
        out.push('\n');
    }
    out
}

/// What [`obligations`] writes of one bearer `a` of the obligations `o` (whose own `agencies`
/// are not read: `api::obligations_each` gives each bearer apart).
pub fn obligations_bearer(out: &mut String, o: &Value, a: &Value, all: bool) {
    let w = Words::new(lang_of(o));
    let within = n(o, "withinDays").to_string();
    let _ = writeln!(
        out,
        "{} ({}) — {} {}",
        s(a, "name"),
        s(a, "code"),
        w.phrase(Phrase::AsOf),
        s(o, "asOf")
    );
    let c = a.get("counts").unwrap_or(&Value::Null);
    let parts = w.join(
        DutyStatus::ALL
            .iter()
            .map(|st| alloc::format!("{} {}", st.label(w.lang), n(c, &count_key(*st)))),
    );
    let _ = writeln!(
        out,
        "{} {}{}{parts}{}",
        w.phrase(Phrase::Total),
        n(c, "total"),
        w.colon(),
        illustrative_part(c, w)
    );
    let mut leads: Vec<&str> = items(a, "duties")
        .filter(|d| d.get("presumedLead").and_then(Value::as_bool) == Some(true))
        .map(|d| s(d, "ruleId"))
        .collect();
    if !leads.is_empty() {
        leads.dedup();
        let _ = writeln!(
            out,
            "{}{}{}",
            w.phrase(Phrase::PresumedLeadNote),
            w.colon(),
            leads.join(w.sep())
        );
    }
    let sections: [(String, &str); 3] = [
        (w.phrase(Phrase::OverdueNow).to_owned(), "overdue"),
        (w.fill(Phrase::DueSoon, &[("n", &within)]), "dueSoon"),
        (w.phrase(Phrase::UnknownToRecord).to_owned(), "unknown"),
    ];
    for (title, key) in sections {
        let count = items(a, key).count();
        let _ = writeln!(out, "\n{title} ({count})");
        if count == 0 {
            let _ = writeln!(out, "  {}", w.phrase(Phrase::None));
        }
        for d in items(a, key) {
            write_duty(out, d, w);
        }
    }
    if all {
        let _ = writeln!(out, "\n{}", w.phrase(Phrase::AllDuties));
        for d in items(a, "duties") {
            write_duty(out, d, w);
        }
    }
    out.push('\n');
}

/// What [`obligations`] writes after the bearers.
pub fn obligations_tail(out: &mut String, o: &Value) {
    Words::new(lang_of(o)).rulebook_lines(out, o.get("rulebook"));
}

/// The calendar (the JSON view of `api::calendar`) in its own language: one line per event.
#[must_use]
pub fn calendar(c: &Value) -> String {
    let w = Words::new(lang_of(c));
    let mut out = String::new();
    let count = items(c, "events").count();
    let _ = writeln!(
        out,
        "{} {} – {} ({}{}{} {})",
        w.phrase(Phrase::CalendarTitle),
        s(c, "from"),
        s(c, "to"),
        w.fill(Phrase::Events, &[("n", &count.to_string())]),
        w.sep(),
        w.phrase(Phrase::AsOf),
        s(c, "asOf")
    );
    issue_date_note(&mut out, c);
    if count == 0 {
        let _ = writeln!(out, "{}", w.phrase(Phrase::NoEvents));
    }
    for e in items(c, "events") {
        let status = e
            .get("status")
            .and_then(Value::as_str)
            .map(|st| alloc::format!("  [{}]", label_of::<DutyStatus>(st, w.lang).unwrap_or(st)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {:<9} {}{status}",
            s(e, "date"),
            s(e, "ruleId"),
            s(e, "title")
        );
    }
    w.rulebook_lines(&mut out, c.get("rulebook"));
    out
}
