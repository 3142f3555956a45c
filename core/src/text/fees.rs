//! The fee calculator's answer, line by line, in its own language.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

use serde_json::Value;

use super::{items, lang_of, s, Words};
use crate::rules::art11_land::{FeeKind, Treatment, WorksKind};
use crate::words::{label_of, Phrase};

/// `base … · relief … · payable …` of a line or a total.
fn amounts(v: &Value, w: Words) -> String {
    let parts: Vec<String> = [
        (Phrase::Base, "base"),
        (Phrase::Relief, "relief"),
        (Phrase::Payable, "payable"),
    ]
    .iter()
    .map(|(label, k)| alloc::format!("{}{}{}", w.phrase(*label), w.colon(), w.yuan(s(v, k))))
    .collect();
    parts.join(" · ")
}

fn fee_name(code: &str, w: Words) -> &str {
    label_of::<FeeKind>(code, w.lang).unwrap_or(code)
}

/// A fee calculation (the JSON view of `api::fees`) in its own language.
#[must_use]
pub fn fees(calc: &Value) -> String {
    let w = Words::new(lang_of(calc));
    let mut out = String::new();
    let outcome = w.paren(s(calc, "outcomeLabel"), s(calc, "outcome"));
    let _ = writeln!(out, "{} · {outcome}\n", w.phrase(Phrase::FeeTitle));
    let _ = writeln!(out, "{}{}", w.phrase(Phrase::LineByLine), w.heading_colon());
    for (i, line) in items(calc, "lines").enumerate() {
        let kind = s(line, "kind");
        let treatment = s(line, "treatment");
        let _ = writeln!(
            out,
            "  {}. {} {} · {} · {} · {}",
            i + 1,
            s(line, "componentId"),
            label_of::<WorksKind>(kind, w.lang).unwrap_or(kind),
            fee_name(s(line, "fee"), w),
            s(line, "citation"),
            label_of::<Treatment>(treatment, w.lang).unwrap_or(treatment),
        );
        let _ = writeln!(out, "     {}", amounts(line, w));
        for (key, mark) in [("reasons", "•"), ("needsHuman", "?")] {
            for r in items(line, key) {
                let _ = writeln!(out, "     {mark} {}", s(r, "message"));
            }
        }
    }
    let _ = writeln!(
        out,
        "\n{}{}",
        w.phrase(Phrase::Subtotals),
        w.heading_colon()
    );
    for sub in items(calc, "byFee") {
        let _ = writeln!(
            out,
            "  {} [{}]{}{}",
            fee_name(s(sub, "fee"), w),
            s(sub, "ruleId"),
            w.colon(),
            amounts(sub.get("totals").unwrap_or(&Value::Null), w)
        );
    }
    if let Some(totals) = calc.get("totals") {
        let _ = writeln!(
            out,
            "{}{}{}",
            w.phrase(Phrase::Total),
            w.colon(),
            amounts(totals, w)
        );
    }
    out.push('\n');
    w.rulebook_lines(&mut out, calc.get("rulebook"));
    out
}
