//! The serialisable, language-rendered views of the report, the obligations and the calendar.

mod calendar;
mod obligations;
mod report;

pub use calendar::*;
pub use obligations::*;
pub use report::*;

use super::AgencyObligations;
use crate::answer::view::RulebookView;
use crate::messages::Lang;

use crate::rules::{RULEBOOK_VERSION, SOURCE_SHA256};
use alloc::string::String;

fn rulebook() -> RulebookView {
    RulebookView {
        version: RULEBOOK_VERSION,
        source_sha256: SOURCE_SHA256,
    }
}

fn actor_name(code: &str, lang: Lang) -> String {
    crate::agencies::actor(code).map_or_else(|| String::from(code), |a| String::from(a.name(lang)))
}

/// A zone's name in `lang` (English or Korean where the register has it, else Chinese), or
/// `id`.
fn zone_name(reg: &crate::register::ValidRegister, id: &str, lang: Lang) -> String {
    reg.zone(id).map_or_else(
        || String::from(id),
        |z| match (lang, &z.name_en, &z.name_ko) {
            (Lang::En, Some(en), _) => en.clone(),
            (Lang::Ko, _, Some(ko)) => ko.clone(),
            _ => z.name_zh.clone(),
        },
    )
}

/// A bearer's name in `lang`: an agency, county or actor by its code, a zone by its name.
fn bearer_name(code: &str, reg: &crate::register::ValidRegister, lang: Lang) -> String {
    match crate::agencies::actor(code) {
        Some(a) => String::from(a.name(lang)),
        None => zone_name(reg, code, lang),
    }
}

/// The report header's sentence on a hypothetical issuance date, in `lang`.
fn issue_date_note(reg: &crate::register::ValidRegister, lang: Lang) -> Option<String> {
    reg.issue_date_hypothetical.then(|| {
        let mut args = crate::answer::Args::new();
        args.set("issueDate", crate::answer::Value::from(reg.issue_date));
        crate::messages::render(
            crate::messages::ReasonCode::IssueDateHypothetical.template(lang),
            &args,
            lang,
        )
    })
}
