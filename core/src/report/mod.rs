//! The compliance report of a whole register as of a date, and the obligations of each agency.
//!
//! The report holds every finding of every implemented rule: each zone's summary (pre.a,
//! art-12.b, art-02.b/d, art-05.a, art-03.a, art-14.c–f/h, art-15.a; see [`crate::summary`]),
//! art-02.c once per county, and every duty of [`crate::duties`] (art-02.a, art-16.b for each
//! year up to the as-of year, art-18.c per bearer, the open items). Findings are sorted by
//! severity, then date, and grouped per zone, per county and per agency by index, with counts.
//! The land rules join through the duty sources (art-11.b) and the zone summary (art-11.b, art-11.e).

//!
//! - `findings`: the report, its findings, severities, counts and groups;
//! - [`obligations`]: each bearer's duties as of a date;
//! - [`view`]: the language-rendered views of the report, the obligations and the calendar.

mod findings;
mod obligations;
mod settle;
#[cfg(feature = "serde")]
pub mod view;

pub use crate::calendar::CalendarInput;
#[cfg(feature = "serde")]
pub(crate) use findings::report_page;
pub use findings::{
    answer_severity, duty_severity, report, report_filtered, Counts, Finding, FindingRef, Group,
    Item, Report, ReportFilter, ReportInput, ReportOptions, Severity,
};
pub use obligations::{obligations, AgencyObligations, ObligationsInput};
pub use settle::{settle, Settle};
