//! Each bearer's duties as of a date, with recurring instances up to a horizon.

use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::agencies;
use crate::answer::by_bytes;
use crate::duties::{self, Duty, Horizon};
use crate::error::Error;
use crate::params::Params;
use crate::register::ValidRegister;

/// What the obligations are asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
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

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(ObligationsInput {
    name: "ObligationsInput",
    expecting: "an object with `register` and `asOf`",
    blank: ObligationsInput {
        register: crate::register::RegisterArg::blank(),
        as_of: IsoDate(NaiveDate::MIN),
        agency: Default::default(),
        within_days: ninety(),
    },
    fields: [
        "register" => register [required],
        "asOf" => as_of [required],
        "agency" => agency,
        "withinDays" => within_days [with crate::num::count::deserialize],
    ],
});

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
            Error::out_of_range(
                "input.withinDays",
                text!(
                    zh: "查询期限超出日历范围",
                    ko: "조회 기간이 달력 범위를 넘습니다",
                    en: "the window ends beyond the calendar"
                ),
            )
            .with_help({
                let max = crate::limits::MAX_YEARS_AFTER_ISSUE;
                text!(
                    zh: "减少天数:针对登记册的查询最多可延伸到印发之日后 {max} 年",
                    ko: "날수를 줄이십시오. 등록부에 대한 질문은 인쇄발행일 뒤 {max}년까지만 갈 수 있습니다",
                    en: "give fewer days: a register question may reach at most {max} years past the issue date"
                )
            })
        })?;
    let all = duties::all_duties(reg, &Horizon { as_of, until }, params)?;
    let mut bearers = duties::duty_bearers(reg, as_of, params);
    // The duties' places in `all` in the order of their bearers (stable: each bearer's in the
    // order they were made), so that a bearer's duties are a run found by halves. (perf: each
    // duty's bearer was looked for among every bearer, and each bearer's duties picked from
    // every duty: quadratic, `devzone obligations` on 10,000 zones took 20 s.)
    let bearer_of = |i: usize| all.get(i).map_or("", |d| &*d.bearer);
    let order = crate::order::order_by(all.len(), &|i, j| by_bytes(bearer_of(i), bearer_of(j)));
    let run = |b: &str| {
        let start = order.partition_point(|&i| by_bytes(bearer_of(i), b).is_lt());
        let end = order.partition_point(|&i| by_bytes(bearer_of(i), b).is_le());
        start..end
    };
    // A duty is never dropped: a bearer that owes one without being a bearer on `as_of` (a
    // zone carded before it was revoked or merged still owes its rectification) is listed too,
    // in the order of their first duties.
    let mut known = crate::seen::Seen::default();
    for b in &bearers {
        known.first(b);
    }
    let mut more: Vec<String> = Vec::new();
    for d in &all {
        if known.first(&d.bearer) {
            more.push(String::from(&*d.bearer));
        }
    }
    drop(known);
    bearers.extend(more);
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
                Some(m) => text!(
                    zh: "`{code}` 代表多个责任主体,请选其中之一:{m}",
                    ko: "`{code}`: 여러 담당 주체를 함께 가리킵니다. 그 가운데 하나를 고르십시오: {m}",
                    en: "`{code}` stands for several bearers; ask for one: {m}"
                ),
                None => {
                    let all = bearers.join(", ");
                    text!(
                        zh: "承担义务的主体:{all}",
                        ko: "의무를 지는 주체: {all}",
                        en: "bearers: {all}"
                    )
                }
            };
            return Err(Error::input(
                crate::error::Problem::UnknownReference,
                "input.agency",
                text!(
                    zh: "`{code}` 本身不承担任何义务",
                    ko: "`{code}` 자체가 지는 의무는 없습니다",
                    en: "`{code}` bears no duty of its own"
                ),
            )
            .with_got(alloc::format!("\"{code}\""))
            .with_help(help));
        }
    }
    Ok(bearers
        .into_iter()
        .filter(|b| agency.is_none_or(|a| a == b))
        .map(|b| {
            let places = order.get(run(&b)).unwrap_or_default();
            let mut list: Vec<Duty> = places.iter().filter_map(|&i| all.get(i)).cloned().collect();
            crate::order::sort_with(&mut list, &|x, y| {
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
