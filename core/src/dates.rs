//! Calendar dates at the boundary: strict `YYYY-MM-DD` parsing with messages that say what is wrong.

use alloc::string::String;
use chrono::NaiveDate;

use crate::period::last_day_of_month;

/// Writes a date as `YYYY-MM-DD` (years 0000–9999, the only ones the boundary reads). Used
/// instead of chrono's `format("%Y-%m-%d")`, whose format-string machinery is large in wasm.
#[derive(Clone, Copy, Debug)]
pub struct Iso(pub NaiveDate);

/// `00` to `99`, two bytes each.
const PAIRS: [u8; 200] = {
    let mut t = [0_u8; 200];
    let mut rest: &mut [u8] = &mut t;
    let mut n: u8 = 0;
    while let [tens, ones, tail @ ..] = rest {
        *tens = b'0' + n / 10;
        *ones = b'0' + n % 10;
        rest = tail;
        n = n.wrapping_add(1);
    }
    t
};

/// A date's ten bytes in a buffer of sixteen, aligned to eight: `str::from_utf8` checks a
/// whole aligned block of sixteen ASCII bytes two words at a time, where it checks ten bytes one
/// at a time (perf: ~90 instructions a date, a date written ~13 times in an answer).
#[repr(align(8))]
struct Ten([u8; 16]);

impl Ten {
    /// The date's text (its first ten bytes, all ASCII).
    fn text(&self) -> &str {
        core::str::from_utf8(&self.0)
            .ok()
            .and_then(|s| s.get(..10))
            .unwrap_or_default()
    }
}

impl Iso {
    /// The ten bytes `YYYY-MM-DD` of a date in the years 0000–9999, made without the formatting
    /// machinery (answers write many dates); `None` for another year.
    fn bytes(self) -> Option<Ten> {
        use chrono::Datelike;
        let y = u32::try_from(self.0.year()).ok().filter(|y| *y <= 9999)?;
        let (m, d) = (self.0.month(), self.0.day());
        // Two digits at a time, from a table (perf: a division and a remainder per digit were
        // 2 % of an art-18.c answer, which writes 13 dates; callgrind, `prof_eval N art18c-text`).
        let pair = |n: u32| {
            let at = usize::try_from(n % 100).unwrap_or(0) * 2;
            PAIRS
                .get(at..at + 2)
                .and_then(|p| p.try_into().ok())
                .map_or(0x3030, u16::from_le_bytes)
        };
        // The sixteen bytes made as two words and stored whole: `str::from_utf8` reads them back
        // a word at a time, and a word read from sixteen byte stores waits for them (perf:
        // `from_utf8` 9.1 % → 5.0 % of an art-18.c answer's time, `perf record` of `prof_eval`).
        let hyphen = u64::from(b'-');
        let first = u64::from(pair(y / 100))
            | u64::from(pair(y)) << 16
            | hyphen << 32
            | u64::from(pair(m)) << 40
            | hyphen << 56;
        let second = u64::from(pair(d)) | 0x2020_2020_2020_0000;
        Some(Ten(
            (u128::from(second) << 64 | u128::from(first)).to_le_bytes()
        ))
    }

    /// Appends the date to `out` (through the formatting machinery only outside 0000–9999): a
    /// message names its dates this way, ~300 instructions less each than `write!`.
    pub fn push_to(self, out: &mut String) {
        match self.bytes() {
            Some(b) => out.push_str(b.text()),
            None => {
                use core::fmt::Write;
                let _ = write!(out, "{self}");
            }
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Iso {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.bytes() {
            // Digits and hyphens: copied as they are by the answers' writer (perf: its look at
            // each of an art-18.c answer's seven dates, ~1 % of writing it; callgrind).
            Some(b) => crate::json_text::Plain(b.text()).serialize(s),
            None => s.collect_str(self),
        }
    }
}

impl core::fmt::Display for Iso {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use chrono::Datelike;
        if let Some(b) = self.bytes() {
            return f.write_str(b.text());
        }
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

/// Writes a date in the basic form `YYYYMMDD` (iCalendar's DATE value).
#[derive(Clone, Copy, Debug)]
pub struct Basic(pub NaiveDate);

impl core::fmt::Display for Basic {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        use chrono::Datelike;
        write!(
            f,
            "{:04}{:02}{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

/// Parses an ISO calendar date `YYYY-MM-DD` (four-digit year, two-digit month and day).
///
/// # Errors
/// A one-line, lowercase message naming the text and what was expected, e.g.
/// ``invalid date `2019-02-30`: 2019-02 has 28 days``.
///
/// ```
/// use devzone_rules::dates::parse_date;
/// assert!(parse_date("2020-02-29").is_ok());
/// assert_eq!(
///     parse_date("2019-02-30").unwrap_err().to_string(),
///     "invalid date `2019-02-30`: 2019-02 has 28 days"
/// );
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let err = |detail| DateError {
        text: text.into(),
        detail,
    };
    let shape_error = || err(None);
    let bytes = text.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !well_formed {
        return Err(shape_error());
    }
    // Each byte is a digit (checked above): the numbers read from them directly, not through
    // `str::parse` (perf: a third of reading a date; callgrind, `prof_eval N art18c-text`).
    let number = |range: core::ops::Range<usize>| -> u32 {
        bytes
            .get(range)
            .unwrap_or_default()
            .iter()
            .fold(0, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')))
    };
    let year = i32::try_from(number(0..4)).map_err(|_| shape_error())?;
    if year == 0 {
        return Err(err(Some(text!(
            zh: "年份须为 0001 至 9999",
            ko: "년도는 0001부터 9999까지입니다",
            en: "the year must be 0001 to 9999"
        ))));
    }
    let month = number(5..7);
    let day = number(8..10);
    if !(1..=12).contains(&month) {
        return Err(err(Some(text!(
            zh: "月份须为 01 至 12",
            ko: "달은 01부터 12까지입니다",
            en: "month must be 01 to 12"
        ))));
    }
    let last = last_day_of_month(year, month).ok_or_else(shape_error)?;
    if day == 0 || day > last {
        return Err(err(Some(text!(
            zh: "{year:04} 年 {month} 月只有 {last} 天",
            ko: "{year:04}년 {month}월은 {last}일까지입니다",
            en: "{year:04}-{month:02} has {last} days"
        ))));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(shape_error)
}

/// What a date must look like (English; `error::expectation` has the three languages).
pub const DATE_EXPECTED: &str = "a calendar date `YYYY-MM-DD`";

/// Why a date was refused: the text and, when it has the form `YYYY-MM-DD` but is no real day,
/// what is wrong (in the three languages). Displayed in English:
/// ``invalid date `2019-02-30`: 2019-02 has 28 days``.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    /// The text refused.
    pub text: String,
    /// What is wrong; `None` when it is not of the form `YYYY-MM-DD`.
    pub detail: Option<crate::error::Text>,
}

impl core::fmt::Display for DateError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.detail {
            Some(d) => write!(f, "invalid date `{}`: {}", self.text, d.en),
            None => write!(f, "invalid date `{}`: expected {DATE_EXPECTED}", self.text),
        }
    }
}

impl core::error::Error for DateError {}

#[cfg(feature = "serde")]
impl DateError {
    /// The error as the boundary's deserializer reads it back (see `error::Complaint`).
    pub(crate) fn complaint(&self) -> crate::error::Complaint {
        crate::error::Complaint {
            problem: crate::error::Problem::InvalidValue,
            detail: self.detail.clone().unwrap_or_else(|| {
                text!(
                    zh: "不是 `YYYY-MM-DD` 格式的日期",
                    ko: "`YYYY-MM-DD` 형식의 날자가 아닙니다",
                    en: "not a date of the form `YYYY-MM-DD`"
                )
            }),
            expected: Some(crate::error::expectation(DATE_EXPECTED)),
            got: serde_json::to_string(&self.text).ok(),
        }
    }
}

/// Serde adapter for a required `NaiveDate` field written as `YYYY-MM-DD`.
#[cfg(feature = "serde")]
pub mod serde_date {
    use super::parse_date;
    use alloc::string::{String, ToString};
    use chrono::NaiveDate;
    use serde::{de, Deserialize, Deserializer, Serializer};

    /// Writes `YYYY-MM-DD`.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&super::Iso(*d), s)
    }

    /// Reads `YYYY-MM-DD`, rejecting impossible dates such as `2019-02-30`.
    ///
    /// # Errors
    /// When the value is not a string or not a real calendar date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = NaiveDate;
            fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
                f.write_str("a date string `YYYY-MM-DD`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
                parse_date(v).map_err(|e| E::custom(e.complaint()))
            }
        }
        d.deserialize_str(V)
    }

    /// Serde adapter for `Option<NaiveDate>`: absent or `null` is `None`.
    pub mod option {
        use super::*;

        /// Writes `YYYY-MM-DD` or `null`.
        ///
        /// # Errors
        /// Only those of the serializer.
        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }

        /// Reads `YYYY-MM-DD` or `null`.
        ///
        /// # Errors
        /// When the value is neither `null` nor a real calendar date.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            #[derive(Deserialize)]
            struct W(#[serde(with = "super")] NaiveDate);
            Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
        }
    }

    /// Formats a date for messages and answers.
    #[must_use]
    pub fn to_string(d: &NaiveDate) -> String {
        super::Iso(*d).to_string()
    }
}

/// Serde adapter for `Vec<NaiveDate>`.
#[cfg(feature = "serde")]
pub mod serde_vec {
    use alloc::vec::Vec;
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct W(#[serde(with = "super::serde_date")] NaiveDate);

    /// Writes a list of `YYYY-MM-DD`.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(v: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(|d| W(*d)))
    }

    /// Reads a list of `YYYY-MM-DD`.
    ///
    /// # Errors
    /// When an element is not a real calendar date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Ok(Vec::<W>::deserialize(d)?.into_iter().map(|w| w.0).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date;
    use alloc::string::ToString;

    /// The fast path (years 0000–9999) and the formatter agree, as text and as JSON.
    #[test]
    fn iso_writes_every_year_as_the_formatter_does() {
        use alloc::format;
        use chrono::{Datelike, NaiveDate};
        for (y, m, d) in [
            (0, 1, 1),
            (7, 2, 3),
            (999, 12, 31),
            (2024, 2, 29),
            (9999, 12, 31),
            (10_000, 1, 1),
            (-1, 6, 15),
            (262_000, 3, 4),
        ]
        .into_iter()
        // Every year's digits, and every month and day (read back by `parse_date` below).
        .chain((0..=10_000).map(|y: i32| (y, y.unsigned_abs() % 12 + 1, y.unsigned_abs() % 28 + 1)))
        .chain((1..=12).flat_map(|m| (1..=31).map(move |d| (2020, m, d))))
        .filter(|(y, m, d)| NaiveDate::from_ymd_opt(*y, *m, *d).is_some())
        {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let expected = format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
            assert_eq!(super::Iso(date).to_string(), expected);
            let mut pushed = alloc::string::String::from("on ");
            super::Iso(date).push_to(&mut pushed);
            assert_eq!(pushed, format!("on {expected}"));
            if (1..=9999).contains(&y) {
                assert_eq!(parse_date(&expected), Ok(date), "{expected}");
            }
            #[cfg(feature = "serde")]
            assert_eq!(
                serde_json::to_string(&super::Iso(date)).unwrap(),
                format!("\"{expected}\"")
            );
        }
    }

    #[test]
    fn exact_messages() {
        assert_eq!(
            parse_date("2019-02-30").unwrap_err().to_string(),
            "invalid date `2019-02-30`: 2019-02 has 28 days"
        );
        assert_eq!(
            parse_date("2019-13-01").unwrap_err().to_string(),
            "invalid date `2019-13-01`: month must be 01 to 12"
        );
        assert_eq!(
            parse_date("2019-6-1").unwrap_err().to_string(),
            "invalid date `2019-6-1`: expected a calendar date `YYYY-MM-DD`"
        );
        assert_eq!(
            parse_date("2019-06-00").unwrap_err().to_string(),
            "invalid date `2019-06-00`: 2019-06 has 30 days"
        );
        assert!(parse_date("2020-02-29").is_ok());
        assert!(parse_date("2019-02-29").is_err());
        assert_eq!(
            parse_date("0000-06-01").unwrap_err().to_string(),
            "invalid date `0000-06-01`: the year must be 0001 to 9999"
        );
        assert!(parse_date("0001-01-01").is_ok());
        assert!(parse_date("2019-06-01T00:00").is_err());
        assert!(parse_date("２０１９-06-01").is_err());
    }
}

/// A calendar date in China's time zone: the boundary's date type. In JSON and TypeScript it is
/// a `YYYY-MM-DD` string, read strictly (`2019-02-30` is an error saying February has 28 days);
/// inside, it is a [`NaiveDate`] (`*d`, `d.get()`). Named `IsoDate` rather than `Date` so that
/// TypeScript users do not mistake it for JavaScript's `Date` object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct IsoDate(#[cfg_attr(feature = "wasm", tsify(type = "string"))] pub NaiveDate);

impl IsoDate {
    /// The date.
    #[must_use]
    pub const fn get(self) -> NaiveDate {
        self.0
    }

    /// `YYYY-MM-DD` → date, with the messages of [`parse_date`].
    ///
    /// # Errors
    /// A message naming the text and what was expected.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        parse_date(text).map(Self)
    }
}

impl core::ops::Deref for IsoDate {
    type Target = NaiveDate;
    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

impl From<NaiveDate> for IsoDate {
    fn from(d: NaiveDate) -> Self {
        Self(d)
    }
}

impl From<IsoDate> for NaiveDate {
    fn from(d: IsoDate) -> Self {
        d.0
    }
}

impl PartialEq<NaiveDate> for IsoDate {
    fn eq(&self, other: &NaiveDate) -> bool {
        self.0 == *other
    }
}

impl PartialOrd<NaiveDate> for IsoDate {
    fn partial_cmp(&self, other: &NaiveDate) -> Option<core::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

impl PartialEq<IsoDate> for NaiveDate {
    fn eq(&self, other: &IsoDate) -> bool {
        *self == other.0
    }
}

impl PartialOrd<IsoDate> for NaiveDate {
    fn partial_cmp(&self, other: &IsoDate) -> Option<core::cmp::Ordering> {
        self.partial_cmp(&other.0)
    }
}

impl core::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        Iso(self.0).fmt(f)
    }
}

impl core::str::FromStr for IsoDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, DateError> {
        Self::parse(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde_date::serialize(&self.0, s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for IsoDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_date::deserialize(d).map(Self)
    }
}
