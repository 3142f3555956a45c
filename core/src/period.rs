//! Period arithmetic: how the opinion's months and years become calendar dates.
//!
//! By default (`P.period_convention = CIVIL_CODE_201_204`) a period of
//! `n` months that starts on day `d`:
//!
//! * does not count the start day `d` itself (PRC Civil Code art. 201);
//! * ends on the day of the final month that *corresponds* to `d` (art. 202);
//! * if the final month has no such day (31 August + 6 months), ends on that month's last day;
//! * ends at 24:00 of that day, so an act on the due day itself is on time (art. 203);
//! * is extended to the next working day when the last day is a holiday, **only** when
//!   `P.holiday_rollover` is on and a holiday calendar is supplied (AMB-02). The crate ships no
//!   holiday data: the State Council publishes the calendar each year, and it is never computed.
//!
//! All dates are calendar dates in China's time zone (Asia/Shanghai); the core never reads a clock.

use crate::dates::IsoDate;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate, Weekday};

stable_enum! {
    /// How a period counted in months or years becomes an end date (`P.period_convention`, AMB-02).
    #[derive(Default)]
    PeriodConvention {
        /// PRC Civil Code arts. 201–204 by analogy (default): corresponding day, month-end clamp, and
        /// the holiday roll-over of art. 203 when `P.holiday_rollover` is on.
        #[default]
        CivilCode201To204 = "CIVIL_CODE_201_204" { zh: "参照民法典第201至204条", ko: "민법전 제201~204조 준용", en: "Civil Code arts. 201–204 by analogy" },
        /// Plain calendar addition with the same month-end clamp and never a holiday roll-over.
        SimpleAddMonths = "SIMPLE_ADD_MONTHS" { zh: "按日历简单相加", ko: "력일 단순 가산", en: "plain calendar addition" },
    }
}

impl PeriodConvention {
    /// Whether this convention applies the holiday roll-over when it is switched on.
    #[must_use]
    pub const fn allows_rollover(self) -> bool {
        matches!(self, Self::CivilCode201To204)
    }
}

/// The official calendar of non-working days, supplied by the caller when `P.holiday_rollover` is on.
///
/// Saturdays and Sundays are non-working unless listed in `working_weekend_days` (调休 make-up days).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "camelCase", deny_unknown_fields)
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct HolidayCalendar {
    /// Calendar years the lists are complete for; a date outside them cannot be rolled over.
    pub years: Vec<i32>,
    /// Public holidays (法定节假日 and the days the State Council adds to them).
    #[cfg_attr(feature = "serde", serde(default))]
    pub holidays: Vec<IsoDate>,
    /// Saturdays or Sundays that are official working days.
    #[cfg_attr(feature = "serde", serde(default))]
    pub working_weekend_days: Vec<IsoDate>,
}

impl HolidayCalendar {
    /// Whether `d` is a working day, or `None` when the calendar does not cover `d`'s year.
    #[must_use]
    pub fn is_working_day(&self, d: NaiveDate) -> Option<bool> {
        if !self.years.contains(&d.year()) {
            return None;
        }
        if self.holidays.contains(&IsoDate(d)) {
            return Some(false);
        }
        let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        Some(!weekend || self.working_weekend_days.contains(&IsoDate(d)))
    }

    /// The first working day on or after `d`, or `None` when the calendar runs out first.
    #[must_use]
    pub fn next_working_day(&self, d: NaiveDate) -> Option<NaiveDate> {
        let mut day = d;
        // A year has far fewer than 366 consecutive non-working days; the bound keeps this total.
        for _ in 0..366 {
            if self.is_working_day(day)? {
                return Some(day);
            }
            day = day.succ_opt()?;
        }
        None
    }
}

/// Why a period end could not be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodError {
    /// The end falls outside the range of dates the crate represents (years ±262,143).
    OutOfRange,
    /// Roll-over was asked for but the holiday calendar does not cover the end date's year.
    CalendarNotCovering(NaiveDate),
}

/// Last day of a period of `months` months that starts the day after `start`.
///
/// The result is the corresponding day of the final month, clamped to that month's last day.
/// It is the same under both conventions; they differ only in the holiday roll-over.
///
/// ```
/// use chrono::NaiveDate;
/// use devzone_rules::period::add_months;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(add_months(d(2019, 8, 31), 6), Some(d(2020, 2, 29)));
/// assert_eq!(add_months(d(2019, 2, 28), 6), Some(d(2019, 8, 28)));
/// ```
#[must_use]
pub fn add_months(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    let zero_based = i64::from(start.month0()) + i64::from(months);
    let year = i64::from(start.year()) + zero_based.div_euclid(12);
    let month0 = zero_based.rem_euclid(12);
    let year = i32::try_from(year).ok()?;
    let month = u32::try_from(month0 + 1).ok()?;
    let last = last_day_of_month(year, month)?;
    NaiveDate::from_ymd_opt(year, month, start.day().min(last))
}

/// `add_months(start, 12 * years)`: 29 February plus one year is 28 February.
#[must_use]
pub fn add_years(start: NaiveDate, years: u32) -> Option<NaiveDate> {
    add_months(start, years.checked_mul(12)?)
}

/// The last day (28–31) of a month, or `None` for an unrepresentable year or a month outside 1–12.
#[must_use]
pub fn last_day_of_month(year: i32, month: u32) -> Option<u32> {
    // The years of the dates asked about (and every year a date's text can name) by the
    // Gregorian rule, without making a date (perf: the calendar's way was 3 % of an art-18.c
    // answer, which looks at three months; callgrind, `prof_eval N art18c-text`).
    if !(1..=12).contains(&month) {
        return None;
    }
    if (1..=9999).contains(&year) {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return match month {
            2 if leap => Some(29),
            2 => Some(28),
            4 | 6 | 9 | 11 => Some(30),
            _ => Some(31),
        };
    }
    // December has 31 days in every year: not found from the next year's first day, which
    // does not exist in the calendar's last year (fuzz target `dates`: 0001-09-09 plus 3,145,695
    // months is +262142-12-09, the calendar's last month).
    if month == 12 {
        return NaiveDate::from_ymd_opt(year, 12, 31).map(|d| d.day());
    }
    NaiveDate::from_ymd_opt(year, month.checked_add(1)?, 1)?
        .pred_opt()
        .map(|d| d.day())
}

/// The due date of a period of `months` months from `start`, with the convention and, when asked
/// for, the holiday roll-over.
///
/// # Errors
/// [`PeriodError::OutOfRange`] for dates beyond the representable range;
/// [`PeriodError::CalendarNotCovering`] when roll-over is on and `calendar` lacks the due year.
pub fn period_end(
    start: NaiveDate,
    months: u32,
    convention: PeriodConvention,
    rollover: Option<&HolidayCalendar>,
) -> Result<NaiveDate, PeriodError> {
    let end = add_months(start, months).ok_or(PeriodError::OutOfRange)?;
    match rollover {
        Some(cal) if convention.allows_rollover() => cal
            .next_working_day(end)
            .ok_or(PeriodError::CalendarNotCovering(end)),
        _ => Ok(end),
    }
}

/// `event <= due`: the due day ends at 24:00 Asia/Shanghai, so an act on the due day is on time.
#[must_use]
pub fn is_on_time(event: NaiveDate, due: NaiveDate) -> bool {
    event <= due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The worked dates of art-18.c (the specification's vectors TV-18-1 … TV-18-6).
    #[test]
    fn catalog_vectors_8_1() {
        for (issued, due) in [
            (d(2019, 3, 15), d(2019, 9, 15)),
            (d(2019, 8, 31), d(2020, 2, 29)),
            (d(2018, 8, 31), d(2019, 2, 28)),
            (d(2019, 8, 30), d(2020, 2, 29)),
            (d(2019, 2, 28), d(2019, 8, 28)),
            (d(2019, 6, 30), d(2019, 12, 30)),
        ] {
            assert_eq!(add_months(issued, 6), Some(due), "{issued}");
        }
    }

    /// The last day of each month of a leap and a common year, plus six months.
    #[test]
    fn month_ends_of_all_twelve_months() {
        let leap = [
            (1, d(2020, 7, 31)),
            (2, d(2020, 8, 29)),
            (3, d(2020, 9, 30)),
            (4, d(2020, 10, 30)),
            (5, d(2020, 11, 30)),
            (6, d(2020, 12, 30)),
            (7, d(2021, 1, 31)),
            (8, d(2021, 2, 28)),
            (9, d(2021, 3, 30)),
            (10, d(2021, 4, 30)),
            (11, d(2021, 5, 30)),
            (12, d(2021, 6, 30)),
        ];
        for (month, due) in leap {
            let start = d(2020, month, last_day_of_month(2020, month).unwrap());
            assert_eq!(add_months(start, 6), Some(due), "{start}");
        }
        let common = [
            (1, d(2019, 7, 31)),
            (2, d(2019, 8, 28)),
            (3, d(2019, 9, 30)),
            (4, d(2019, 10, 30)),
            (5, d(2019, 11, 30)),
            (6, d(2019, 12, 30)),
            (7, d(2020, 1, 31)),
            (8, d(2020, 2, 29)),
            (9, d(2020, 3, 30)),
            (10, d(2020, 4, 30)),
            (11, d(2020, 5, 30)),
            (12, d(2020, 6, 30)),
        ];
        for (month, due) in common {
            let start = d(2019, month, last_day_of_month(2019, month).unwrap());
            assert_eq!(add_months(start, 6), Some(due), "{start}");
        }
    }

    #[test]
    fn twenty_ninth_of_february() {
        assert_eq!(add_years(d(2020, 2, 29), 1), Some(d(2021, 2, 28)));
        assert_eq!(add_years(d(2020, 2, 29), 4), Some(d(2024, 2, 29)));
        assert_eq!(add_years(d(2020, 2, 29), 5), Some(d(2025, 2, 28)));
        assert_eq!(add_months(d(2020, 2, 29), 6), Some(d(2020, 8, 29)));
        assert_eq!(add_months(d(2019, 8, 29), 6), Some(d(2020, 2, 29)));
        assert_eq!(add_years(d(2019, 6, 10), 2), Some(d(2021, 6, 10)));
        assert_eq!(add_years(d(2100, 2, 28), 0), Some(d(2100, 2, 28)));
        assert_eq!(last_day_of_month(2100, 2), Some(28));
        assert_eq!(last_day_of_month(2000, 2), Some(29));
        assert_eq!(last_day_of_month(2000, 13), None);
    }

    /// The Gregorian rule of the years 1–9999 gives each month the days the calendar gives it.
    #[test]
    fn month_lengths_are_the_calendars() {
        for year in (-3..=10_003).chain([NaiveDate::MIN.year(), NaiveDate::MAX.year()]) {
            for month in 0..=13 {
                // The calendar's last day of the month (none for a month outside 1–12).
                let calendar = match month {
                    1..=11 => NaiveDate::from_ymd_opt(year, month + 1, 1)
                        .and_then(|d| d.pred_opt())
                        .map(|d| d.day()),
                    12 => NaiveDate::from_ymd_opt(year, 12, 31).map(|d| d.day()),
                    _ => None,
                };
                assert_eq!(last_day_of_month(year, month), calendar, "{year}-{month}");
            }
        }
    }

    #[test]
    fn out_of_range_is_none_not_panic() {
        // The calendar's last month is within it (fuzz target `dates`).
        assert_eq!(last_day_of_month(NaiveDate::MAX.year(), 12), Some(31));
        assert_eq!(
            add_months(d(1, 9, 9), 3_145_695),
            NaiveDate::from_ymd_opt(262_142, 12, 9)
        );
        assert_eq!(add_months(NaiveDate::MAX, 0), Some(NaiveDate::MAX));
        assert_eq!(last_day_of_month(NaiveDate::MAX.year() + 1, 12), None);
        assert_eq!(add_months(NaiveDate::MAX, 1), None);
        assert_eq!(add_years(d(2019, 1, 1), u32::MAX), None);
        assert_eq!(
            period_end(NaiveDate::MAX, 6, PeriodConvention::default(), None),
            Err(PeriodError::OutOfRange)
        );
    }

    /// TV-18-10: 2019-09-15 was the last day of the Mid-Autumn holiday (13–15 September 2019).
    #[test]
    fn holiday_rollover_only_with_calendar_and_civil_code() {
        let cal = HolidayCalendar {
            years: alloc::vec![2019],
            holidays: [d(2019, 9, 13), d(2019, 9, 14), d(2019, 9, 15)]
                .map(crate::dates::IsoDate)
                .to_vec(),
            working_weekend_days: alloc::vec![],
        };
        let civil = PeriodConvention::CivilCode201To204;
        assert_eq!(
            period_end(d(2019, 3, 15), 6, civil, Some(&cal)),
            Ok(d(2019, 9, 16))
        );
        assert_eq!(
            period_end(d(2019, 3, 15), 6, civil, None),
            Ok(d(2019, 9, 15))
        );
        let simple = PeriodConvention::SimpleAddMonths;
        assert_eq!(
            period_end(d(2019, 3, 15), 6, simple, Some(&cal)),
            Ok(d(2019, 9, 15))
        );
        assert_eq!(
            period_end(d(2019, 8, 1), 6, civil, Some(&cal)),
            Err(PeriodError::CalendarNotCovering(d(2020, 2, 1)))
        );
        // A working Saturday (调休) is a working day.
        let cal2 = HolidayCalendar {
            years: alloc::vec![2019],
            holidays: alloc::vec![],
            working_weekend_days: alloc::vec![crate::dates::IsoDate(d(2019, 9, 29))],
        };
        assert_eq!(cal2.next_working_day(d(2019, 9, 28)), Some(d(2019, 9, 29)));
        assert_eq!(cal2.next_working_day(d(2019, 9, 21)), Some(d(2019, 9, 23)));
    }

    #[test]
    fn on_time_is_inclusive() {
        assert!(is_on_time(d(2019, 12, 1), d(2019, 12, 1)));
        assert!(!is_on_time(d(2019, 12, 2), d(2019, 12, 1)));
    }
}
