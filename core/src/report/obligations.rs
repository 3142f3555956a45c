//! Each bearer's duties as of a date, with recurring instances up to a horizon.

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::agencies;
use crate::duties::{self, Duty, Horizon};
use crate::error::{Error, ErrorCode};
use crate::params::Params;
use crate::register::{Register, ValidRegister};

/// What the obligations are asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ObligationsInput {
    /// The register.
    pub register: Register,
    /// The status date.
    pub as_of: IsoDate,
    /// One bearer's code (`AG.COMMERCE`, `CTY.YANJI`, `ACT.LG`); absent: every bearer.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub agency: Option<String>,
    /// How many days ahead "due soon" looks (default 90).
    #[cfg_attr(
        feature = "serde",
        serde(default = "ninety", with = "crate::num::count")
    )]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub within_days: u32,
}

#[cfg(feature = "serde")]
const fn ninety() -> u32 {
    90
}

/// One bearer's duties as of a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyObligations {
    /// The bearer: a code, or a zone's id for a zone's own duties.
    pub bearer: String,
    /// Every duty instance, by due date (open items last), then rule.
    pub duties: Vec<Duty>,
}

/// The duties of every bearer (or of one: an agency, county or actor code, or a zone's id), with
/// recurring instances up to `as_of + within_days`.
///
/// # Errors
/// `INVALID_INPUT` at `input.agency` for a code that bears no duty (a collective code such as
/// `AG.CTY_GOV` or `ACT.ZONE` names its members instead); `INVALID_INPUT` for a bad register; the
/// errors of the duty sources.
pub fn obligations(
    reg: &ValidRegister,
    as_of: NaiveDate,
    within_days: u32,
    agency: Option<&str>,
    params: &Params,
) -> Result<Vec<AgencyObligations>, Error> {
    let until = as_of
        .checked_add_days(chrono::Days::new(u64::from(within_days)))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::OutOfRange,
                "input.withinDays",
                "the window ends beyond the calendar",
            )
        })?;
    let all = duties::all_duties(reg, &Horizon { as_of, until }, params)?;
    let mut bearers = duties::duty_bearers(reg, as_of, params);
    // A duty is never dropped: a bearer that owes one without being a bearer on `as_of` (a
    // zone carded before it was revoked or merged still owes its rectification) is listed too.
    for d in &all {
        if !bearers.contains(&d.bearer) {
            bearers.push(d.bearer.clone());
        }
    }
    if let Some(code) = agency {
        if !bearers.iter().any(|b| b == code) {
            let members = if code == agencies::EACH_ZONE {
                Some(
                    duties::owing_zones(reg, as_of, params)
                        .iter()
                        .map(|z| z.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            } else {
                agencies::actor(code)
                    .map(|a| agencies::expand_for(a.code, params))
                    .filter(|m| m.len() > 1)
                    .map(|m| m.join(", "))
            };
            let help = match members {
                Some(m) => alloc::format!("`{code}` stands for several bearers; ask for one: {m}"),
                None => alloc::format!("bearers: {}", bearers.join(", ")),
            };
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "input.agency",
                alloc::format!("`{code}` bears no duty of its own"),
            )
            .with_help(help));
        }
    }
    Ok(bearers
        .into_iter()
        .filter(|b| agency.is_none_or(|a| a == b))
        .map(|b| {
            let mut list: Vec<Duty> = all.iter().filter(|d| d.bearer == b).cloned().collect();
            list.sort_by(|x, y| {
                (x.due.is_none(), x.due, x.rule_id.as_str(), x.year).cmp(&(
                    y.due.is_none(),
                    y.due,
                    y.rule_id.as_str(),
                    y.year,
                ))
            });
            AgencyObligations {
                bearer: b,
                duties: list,
            }
        })
        .collect())
}
