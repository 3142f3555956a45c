//! Parameters (catalog §4): every number or choice the text states or leaves open, with its
//! documented default, overridable per call. Field names are the JSON names (camelCase); each
//! field's doc names the catalog parameter (`P.*`) and, where the default is a reading of an
//! unclear text, the ambiguity-register entry (`AMB-*`).

use crate::period::{HolidayCalendar, PeriodConvention};

/// Which date counts as 「印发之日」 (`P.issue_date_basis`, AMB-01). Echoed in answers so a
/// reader knows what the caller's `issueDate` is meant to be; it does not change any arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum IssueDateBasis {
    /// The 印发 date printed in the document's colophon (default).
    #[default]
    PrintedIssuanceDate,
    /// The signing date (成文日期).
    SigningDate,
    /// The date of publication on the web.
    PublicationDate,
    /// The date the bearer received the document.
    ReceiptDate,
}

impl IssueDateBasis {
    /// Stable name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::PrintedIssuanceDate => "PRINTED_ISSUANCE_DATE",
            Self::SigningDate => "SIGNING_DATE",
            Self::PublicationDate => "PUBLICATION_DATE",
            Self::ReceiptDate => "RECEIPT_DATE",
        }
    }
}

/// From which year a yearly duty applies (`P.meetings_first_year_rule`, AMB-31).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum FirstYearRule {
    /// The first full calendar year after issuance (default): issued 2019-06-01 → 2020.
    #[default]
    FirstFullCalendarYear,
    /// The year of issuance itself.
    IssueYear,
}

impl FirstYearRule {
    /// Stable name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::FirstFullCalendarYear => "FIRST_FULL_CALENDAR_YEAR",
            Self::IssueYear => "ISSUE_YEAR",
        }
    }
}

/// Every parameter, with its default. `Params::default()` is the catalog's default deployment.
///
/// From JSON every field is optional; an unknown field is an error naming it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        default,
        expecting = "an object of parameters"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Params {
    /// `P.period_convention` (AMB-02): how months and years become dates. Default `CIVIL_CODE_201_204`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub period_convention: PeriodConvention,
    /// `P.holiday_rollover` (AMB-02): extend a period ending on a non-working day. Default `false`.
    /// When `true`, `holidayCalendar` must cover the due date's year.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub holiday_rollover: bool,
    /// The official holiday calendar used when `holidayRollover` is on. No default: the SDK ships
    /// no holiday data (it is published yearly by the State Council and never computed).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub holiday_calendar: Option<HolidayCalendar>,
    /// `P.issue_date_basis` (AMB-01). Default `PRINTED_ISSUANCE_DATE`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub issue_date_basis: IssueDateBasis,
    /// `P.impl_measures_months`: 「6个月内」 (art-18.c). Default 6.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub impl_measures_months: u32,
    /// `P.meetings_min_per_year`: 「2 次以上」 = at least 2 (art-16.b). Default 2.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub meetings_min_per_year: u32,
    /// `P.meetings_require_spread` (AMB-31): at least one meeting in each half-year. Default `false`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings_require_spread: bool,
    /// `P.meetings_first_year_rule` (AMB-31). Default `FIRST_FULL_CALENDAR_YEAR`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings_first_year_rule: FirstYearRule,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            period_convention: PeriodConvention::CivilCode201To204,
            holiday_rollover: false,
            holiday_calendar: None,
            issue_date_basis: IssueDateBasis::PrintedIssuanceDate,
            impl_measures_months: 6,
            meetings_min_per_year: 2,
            meetings_require_spread: false,
            meetings_first_year_rule: FirstYearRule::FirstFullCalendarYear,
        }
    }
}
