//! Whole numbers at the boundary, with messages that say what was expected in words rather than
//! Rust type names.

/// Serde adapter for a count (`u32`): a whole number from 0 to 4,294,967,295.
#[cfg(feature = "serde")]
pub mod count {
    use super::WholeNumber;
    use serde::{de, Deserializer, Serializer};

    /// Writes the number.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(*n)
    }

    /// Reads a whole number ≥ 0.
    ///
    /// # Errors
    /// For anything else, with a message such as ``invalid value: -1, expected a whole number ≥ 0``.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        d.deserialize_any(WholeNumber {
            what: "a whole number ≥ 0",
            min: 0,
            max: i64::from(u32::MAX),
        })
        .and_then(|n| u32::try_from(n).map_err(|_| de::Error::custom("number out of range")))
    }
}

/// Serde adapter for a number of years a parameter spans (a window, a streak, a ban, a cycle, a
/// grace): a whole number from 0 to [`crate::limits::MAX_YEARS_AFTER_ISSUE`] (100). A rule walks
/// every year of such a span, so an unbounded one would be unbounded work and memory.
#[cfg(feature = "serde")]
pub mod years {
    use super::WholeNumber;
    use serde::{de, Deserializer, Serializer};

    /// Writes the number.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(*n)
    }

    /// Reads a whole number from 0 to 100.
    ///
    /// # Errors
    /// For anything else, with a message such as ``invalid value: 101, expected a whole number of years from 0 to 100``.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        d.deserialize_any(WholeNumber {
            what: "a whole number of years from 0 to 100",
            min: 0,
            max: i64::from(crate::limits::MAX_YEARS_AFTER_ISSUE),
        })
        .and_then(|n| u32::try_from(n).map_err(|_| de::Error::custom("number out of range")))
    }
}

/// Serde adapter for an optional count.
#[cfg(feature = "serde")]
pub mod count_option {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the number or `null`.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(n: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
        match n {
            Some(n) => s.serialize_u32(*n),
            None => s.serialize_none(),
        }
    }

    /// Reads a whole number ≥ 0 or `null`.
    ///
    /// # Errors
    /// For anything else.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(with = "super::count")] u32);
        Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
    }
}

/// Serde adapter for a calendar year (`i32`, 1 to 9999).
#[cfg(feature = "serde")]
pub mod year {
    use super::WholeNumber;
    use serde::{de, Deserializer, Serializer};

    /// Writes the year.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(n: &i32, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(*n)
    }

    /// Reads a year from 1 to 9999.
    ///
    /// # Errors
    /// For anything else.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
        d.deserialize_any(WholeNumber {
            what: "a year from 1 to 9999",
            min: i64::from(super::Year::MIN),
            max: i64::from(super::Year::MAX),
        })
        .and_then(|n| i32::try_from(n).map_err(|_| de::Error::custom("year out of range")))
    }
}

/// Serde adapter for an optional calendar year.
#[cfg(feature = "serde")]
pub mod year_option {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the year or `null`.
    ///
    /// # Errors
    /// Only those of the serializer.
    pub fn serialize<S: Serializer>(n: &Option<i32>, s: S) -> Result<S::Ok, S::Error> {
        match n {
            Some(n) => s.serialize_i32(*n),
            None => s.serialize_none(),
        }
    }

    /// Reads a year from 1 to 9999 or `null`.
    ///
    /// # Errors
    /// For anything else.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
        #[derive(Deserialize)]
        struct W(#[serde(with = "super::year")] i32);
        Ok(Option::<W>::deserialize(d)?.map(|w| w.0))
    }
}

#[cfg(feature = "serde")]
struct WholeNumber {
    what: &'static str,
    min: i64,
    max: i64,
}

#[cfg(feature = "serde")]
impl WholeNumber {
    /// `n` when it is in range; else the error, showing the number as `shown` writes it (made
    /// only then).
    fn check<E: serde::de::Error>(
        &self,
        n: i128,
        shown: impl FnOnce() -> alloc::string::String,
    ) -> Result<i64, E> {
        match i64::try_from(n) {
            Ok(v) if (self.min..=self.max).contains(&v) => Ok(v),
            _ => Err(E::invalid_value(
                serde::de::Unexpected::Other(&shown()),
                &self.what,
            )),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::de::Visitor<'_> for WholeNumber {
    type Value = i64;
    fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str(self.what)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i64, E> {
        self.check(i128::from(v), || alloc::format!("{v}"))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i64, E> {
        self.check(i128::from(v), || alloc::format!("{v}"))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<i64, E> {
        // JavaScript numbers arrive as f64; accept only exact whole numbers.
        #[expect(
            clippy::cast_possible_truncation,
            reason = "checked exact by the round trip"
        )]
        let n = v as i64;
        #[expect(
            clippy::cast_precision_loss,
            reason = "round trip equality is the check"
        )]
        let exact = v.is_finite() && n as f64 == v;
        if exact {
            self.check(i128::from(n), || float_text(v))
        } else {
            Err(E::invalid_value(
                serde::de::Unexpected::Other(&float_text(v)),
                &self.what,
            ))
        }
    }
}

/// A calendar year from 1 to 9999: the boundary's year type (a JSON and TypeScript number, read
/// strictly: `2020.5`, `"2020"` and `0` are errors naming what was expected). Inside it is an
/// `i32` (`y.get()`, `*y`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Year(#[cfg_attr(feature = "wasm", tsify(type = "number"))] pub i32);

impl Year {
    /// The first year a question may hold.
    pub const MIN: i32 = 1;
    /// The last year a question may hold.
    pub const MAX: i32 = 9999;

    /// The year.
    #[must_use]
    pub const fn get(self) -> i32 {
        self.0
    }

    /// `year` when it is one a question may hold ([`Year::MIN`] to [`Year::MAX`]), as the JSON
    /// boundary reads it.
    #[must_use]
    pub const fn checked(year: i32) -> Option<Self> {
        if year >= Self::MIN && year <= Self::MAX {
            Some(Self(year))
        } else {
            None
        }
    }
}

impl core::ops::Deref for Year {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

impl From<i32> for Year {
    fn from(y: i32) -> Self {
        Self(y)
    }
}

impl PartialEq<i32> for Year {
    fn eq(&self, other: &i32) -> bool {
        self.0 == *other
    }
}

impl PartialOrd<i32> for Year {
    fn partial_cmp(&self, other: &i32) -> Option<core::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

impl core::fmt::Display for Year {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Year {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        year::serialize(&self.0, s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Year {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        year::deserialize(d).map(Self)
    }
}

/// Appends `n` in decimal to `out`, without the formatting machinery (answers and messages
/// write many numbers): by `itoa`, two digits a step.
pub(crate) fn push_decimal(out: &mut alloc::string::String, n: i64) {
    out.push_str(itoa::Buffer::new().format(n));
}

#[cfg(test)]
mod tests {
    use alloc::string::{String, ToString};

    #[test]
    fn decimals_as_the_formatter_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            -1,
            -10,
            12_345,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let mut out = String::from("x");
            super::push_decimal(&mut out, n);
            assert_eq!(out, alloc::format!("x{n}"));
            assert_eq!(out.get(1..).unwrap(), n.to_string());
        }
    }
}

/// `v` as Rust's `Display` writes it (the shortest digits that read back as `v`, in plain
/// decimal, never with an exponent: `1.5`, `3`, `-0`, `1000000000000000000000`, `0.0000001`),
/// made from the shortest digits serde_json writes (`1e+21`, `1e-7`, `3.0`). Error messages show
/// the numbers they refuse so; the module then carries no copy of `core`'s float formatting
/// (~17 KB of code before optimisation, used for nothing else).
#[cfg(feature = "serde")]
#[must_use]
pub(crate) fn float_text(v: f64) -> alloc::string::String {
    use alloc::string::String;
    if v.is_nan() {
        return String::from("NaN");
    }
    if v.is_infinite() {
        return String::from(if v > 0.0 { "inf" } else { "-inf" });
    }
    let mut json = alloc::string::String::new();
    push_json_f64(&mut json, v);
    let (negative, rest) = match json.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, json.as_str()),
    };
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = alloc::format!("{whole}{fraction}");
    // Where the decimal point falls among the digits, counted from the first.
    let mut point = i64::try_from(whole.len()).unwrap_or(0) + exponent;
    let leading = all.len() - all.trim_start_matches('0').len();
    point -= i64::try_from(leading).unwrap_or(0);
    let digits = all.trim_start_matches('0').trim_end_matches('0');
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    let len = i64::try_from(digits.len()).unwrap_or(0);
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        for _ in 0..-point {
            out.push('0');
        }
        out.push_str(digits);
    } else if point >= len {
        out.push_str(digits);
        for _ in 0..point - len {
            out.push('0');
        }
    } else {
        let at = usize::try_from(point).unwrap_or(0);
        out.push_str(digits.get(..at).unwrap_or_default());
        out.push('.');
        out.push_str(digits.get(at..).unwrap_or_default());
    }
    out
}

/// `v` as serde_json writes it (the shortest digits that read back as `v`: `1e+21`, `1e-7`,
/// `3.0`), `null` when not finite. By ryu's small tables: the module then carries no copy of
/// serde_json's own float writer (zmij, whose tables are 12 KB of data that gzip cannot shrink),
/// which writes the same text (`json_floats_are_serde_json_s`). Floats reach a text only from
/// refused input or an echoed value, never on a hot path.
#[cfg(feature = "serde")]
pub(crate) fn push_json_f64(out: &mut alloc::string::String, v: f64) {
    if !v.is_finite() {
        out.push_str("null");
        return;
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(v);
    // serde_json writes a positive exponent with its sign (`1e+16`), ryu without (`1e16`).
    match text.split_once('e') {
        Some((mantissa, exponent)) if !exponent.starts_with('-') => {
            out.push_str(mantissa);
            out.push_str("e+");
            out.push_str(exponent);
        }
        _ => out.push_str(text),
    }
}

/// A JSON number as serde_json writes it (its `Display`), floats by [`push_json_f64`].
#[cfg(feature = "serde")]
pub(crate) fn push_json_number(out: &mut alloc::string::String, n: &serde_json::Number) {
    if let Some(u) = n.as_u64() {
        out.push_str(itoa::Buffer::new().format(u));
    } else if let Some(i) = n.as_i64() {
        out.push_str(itoa::Buffer::new().format(i));
    } else {
        push_json_f64(out, n.as_f64().unwrap_or(f64::NAN));
    }
}

/// Floats at the edges of the writers' cases (both signs of zero, where plain decimal gives way
/// to an exponent, the largest, smallest and least, not finite), for the float tests below.
#[cfg(all(test, feature = "serde"))]
const FLOAT_EDGES: [f64; 28] = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    1.5,
    3.0,
    0.1,
    0.3,
    100.0,
    1e15,
    1e16,
    1e17,
    1e21,
    1e-5,
    1e-6,
    1e-7,
    1.5e-7,
    123_456.789,
    f64::MAX,
    f64::MIN,
    f64::MIN_POSITIVE,
    5e-324,
    9_007_199_254_740_993.0,
    1e300,
    2.5e-300,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
];

#[cfg(all(test, feature = "serde"))]
mod json_float_tests {
    use super::{push_json_f64, push_json_number};
    use alloc::string::{String, ToString};

    fn ours(v: f64) -> String {
        let mut out = String::new();
        push_json_f64(&mut out, v);
        out
    }

    /// Byte for byte serde_json's text, for the edge cases and a deterministic spread of bit
    /// patterns (every exponent, many mantissas), as an `f64` and as a `Number`.
    #[test]
    fn json_floats_are_serde_json_s() {
        let mut checked = 0;
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let spread = core::iter::repeat_with(|| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            f64::from_bits(x)
        })
        .take(300_000);
        for v in super::FLOAT_EDGES.into_iter().chain(spread) {
            assert_eq!(ours(v), serde_json::to_string(&v).unwrap(), "{v:e}");
            if let Some(n) = serde_json::Number::from_f64(v) {
                let mut out = String::new();
                push_json_number(&mut out, &n);
                assert_eq!(out, n.to_string(), "{v:e}");
            }
            checked += 1;
        }
        for n in [0_i64, 7, -7, i64::MIN, i64::MAX] {
            let n = serde_json::Number::from(n);
            let mut out = String::new();
            push_json_number(&mut out, &n);
            assert_eq!(out, n.to_string());
        }
        let n = serde_json::Number::from(u64::MAX);
        let mut out = String::new();
        push_json_number(&mut out, &n);
        assert_eq!(out, n.to_string());
        assert!(checked > 300_000);
    }
}

#[cfg(all(test, feature = "serde"))]
mod float_text_tests {
    use super::float_text;
    use alloc::format;

    /// The same text as `Display`, for values of every size and the edge cases.
    #[test]
    fn float_text_is_display() {
        let mut checked = 0;
        let mut differ = 0;
        for v in super::FLOAT_EDGES {
            assert_eq!(float_text(v), format!("{v}"), "{v:e}");
            checked += 1;
        }
        // A deterministic spread of bit patterns (every exponent, many mantissas).
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            let (ours, display) = (float_text(v), format!("{v}"));
            if ours != display {
                // Both shortest: where two texts of the fewest digits read back as `v`, the two
                // formatters may pick different ones (Display the nearer). Same length, same
                // value read back.
                assert_eq!(ours.len(), display.len(), "{x:#x}: {ours} {display}");
                assert_eq!(ours.parse::<f64>().ok(), Some(v), "{x:#x}: {ours}");
                differ += 1;
            }
            checked += 1;
        }
        assert!(checked > 200_000);
        assert!(differ * 100 < checked, "{differ} of {checked} differ");
    }
}
