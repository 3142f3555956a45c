//! The rendered calendar: events with titles in three languages.

use super::{bearer_name, issue_date_note, rulebook};
use crate::answer::view::RulebookView;
use crate::calendar::{CalendarEvent, EventKind};
use crate::dates::IsoDate;
use crate::duties::DutyStatus;
use crate::messages::Lang;

use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;
use serde::Serialize;

/// One calendar event, rendered.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct EventView {
    /// Stable UID (the same in the iCalendar export).
    pub uid: String,
    /// The day.
    pub date: IsoDate,
    /// Rule id.
    pub rule_id: &'static str,
    /// `YB-DZ-OPINIONS/<rule id>`.
    pub citation: String,
    /// What it marks.
    pub kind: EventKind,
    /// The bearer's code (a zone's id for a zone's own duty).
    pub bearer: String,
    /// The bearer's name in the language.
    pub bearer_name: String,
    /// The zone, if any.
    pub zone_id: Option<String>,
    /// A duty's status on the as-of date.
    pub status: Option<DutyStatus>,
    /// How much it matters: a duty's severity ([`crate::severity::of_duty`]); information for a
    /// date that is nobody's duty.
    pub severity: crate::severity::Severity,
    /// The title in the language (starting with 「\[示例\]」 / 「\[실례\]」 / "\[illustrative\]" when
    /// the event rests on made-up records).
    pub title: String,
    /// The title in Chinese, Korean and English.
    pub titles: Titles,
    /// It rests on made-up (ILLUSTRATIVE) records of the register.
    pub illustrative: bool,
}

/// A text in the three languages.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Titles {
    /// Chinese.
    pub zh: String,
    /// Korean.
    pub ko: String,
    /// English.
    pub en: String,
}

impl EventView {
    /// Renders `e` in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(e: &CalendarEvent, reg: &crate::register::ValidRegister, lang: Lang) -> Self {
        Self {
            uid: e.uid(),
            date: IsoDate(e.date),
            rule_id: e.rule_id.as_str(),
            citation: e.rule_id.citation(),
            kind: e.kind,
            bearer: e.bearer.clone(),
            bearer_name: bearer_name(&e.bearer, reg, lang),
            zone_id: e.zone_id.clone(),
            status: e.status,
            severity: e.status.map_or(crate::severity::Severity::Info, |s| {
                crate::severity::of_duty(e.rule_id, s, false, !e.review.is_empty())
            }),
            title: e.title(lang),
            titles: Titles {
                zh: e.title(Lang::Zh),
                ko: e.title(Lang::Ko),
                en: e.title(Lang::En),
            },
            illustrative: e.illustrative,
        }
    }
}

/// The calendar, rendered.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CalendarView {
    /// First day.
    pub from: IsoDate,
    /// Last day.
    pub to: IsoDate,
    /// The status date (and the iCalendar DTSTAMP).
    pub as_of: IsoDate,
    /// The events, by date.
    pub events: Vec<EventView>,
    /// Whether the register's issuance date is a stand-in (`issueDateHypothetical`).
    pub issue_date_hypothetical: bool,
    /// The sentence saying so, in the language (absent when it is not).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub issue_date_note: Option<String>,
    /// Language of the titles.
    pub lang: Lang,
    /// Rulebook version and source hash.
    pub rulebook: RulebookView,
}

impl CalendarView {
    /// Renders the events in `lang`; `reg` names the zones.
    #[must_use]
    pub fn new(
        events: &[CalendarEvent],
        reg: &crate::register::ValidRegister,
        (from, to): (NaiveDate, NaiveDate),
        as_of: NaiveDate,
        lang: Lang,
    ) -> Self {
        Self {
            from: IsoDate(from),
            to: IsoDate(to),
            as_of: IsoDate(as_of),
            events: events
                .iter()
                .map(|e| EventView::new(e, reg, lang))
                .collect(),
            issue_date_hypothetical: reg.issue_date_hypothetical,
            issue_date_note: issue_date_note(reg, lang),
            lang,
            rulebook: rulebook(),
        }
    }
}
