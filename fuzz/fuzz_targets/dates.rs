//! The date parser (`dates::parse_date`, `IsoDate`) on any text, and month arithmetic
//! (`period::add_months`) on any date and count. Checked: a parsed date prints back to the same
//! text; `add_months` equals Python-style month addition with month-end clamping (computed here
//! from first principles) or refuses beyond the calendar.
#![no_main]

use arbitrary::Unstructured;
use chrono::{Datelike, NaiveDate};
use devzone_rules::dates::{parse_date, IsoDate};
use devzone_rules::period::add_months;
use libfuzzer_sys::fuzz_target;

fn days_in(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fuzz_target!(|data: &[u8]| {
    // The text up to the first NUL (so the seeds are the strings the vectors use), then the
    // bytes of the arithmetic.
    let (text, rest) = devzone_fuzz::split_text(data);
    let text: &str = &text;
    let mut u = Unstructured::new(rest);
    let parsed = parse_date(text);
    if let Ok(d) = parsed {
        assert_eq!(format!("{}", d.format("%Y-%m-%d")), text, "round trip");
        assert_eq!(text.parse::<IsoDate>().map(IsoDate::get).ok(), Some(d));
    } else {
        assert!(text.parse::<IsoDate>().is_err());
    }
    let Some(start) =
        NaiveDate::from_num_days_from_ce_opt(u.int_in_range(1..=3_652_059).unwrap_or(1))
    else {
        return;
    };
    let months = u.arbitrary::<u32>().unwrap_or(0);
    let got = add_months(start, months);
    let total = i64::from(start.month0()) + i64::from(months);
    let year = i64::from(start.year()) + total / 12;
    let month = total % 12 + 1;
    let day = i64::from(start.day()).min(days_in(year, month));
    let model = i32::try_from(year).ok().and_then(|y| {
        NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
    });
    assert_eq!(got, model, "{start} + {months} months");
});
