//! Exact money and ratios for the fee, rebate, reward and revenue rules.
//!
//! * [`Money`] is a whole number of fen (分, 0.01 yuan) in an `i64`, never negative, at most
//!   [`Money::MAX`] (10^15 yuan). Arithmetic is checked: a sum beyond the limit is an error, never
//!   a wrap or a panic. In JSON it is a **string** of yuan with at most two decimals:
//!   `"1000000.00"`, `"0.5"` and `"7"` are read; `"-1"`, `"1.005"`, `"1e6"`, `""` and JSON numbers
//!   are errors that say what was expected. It is always written with two decimals (`"1000000.00"`).
//! * [`Ratio`] is an exact decimal in [0, 1] with at most 9 decimals, held as a numerator over
//!   10^9. In JSON it is a string such as `"0.005"`; written without trailing zeros (`"0.5"`).
//! * `money × ratio` ([`Money::mul_ratio`]) multiplies in `u128` (at most 10^17 × 10^9, far below
//!   2^128) and rounds **half up to the fen** (ROUND_HALF_UP on the exact product: 0.5 fen → 1 fen,
//!   0.4999… fen → 0 fen). The product never exceeds the amount, so it cannot overflow.
//!
//! No floating point is used anywhere here or in the money rules: clippy's `float_arithmetic` is
//! denied for the whole crate, and a test reads these sources to check they never name a
//! floating-point type.

use alloc::string::String;
use core::fmt;

/// Fen per yuan.
const FEN_PER_YUAN: i64 = 100;
/// The denominator of a [`Ratio`].
pub const RATIO_SCALE: u32 = 1_000_000_000;

/// An amount of CNY in fen, `0 ..= Money::MAX`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Money(#[cfg_attr(feature = "wasm", tsify(type = "string"))] i64);

/// What kind of exact decimal an [`AmountError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountKind {
    /// [`Money`].
    Money,
    /// [`Ratio`].
    Ratio,
    /// [`Area`].
    Area,
    /// [`Score`].
    Score,
}

impl AmountKind {
    const fn word(self) -> &'static str {
        match self {
            Self::Money => "amount",
            Self::Ratio => "ratio",
            Self::Area => "area",
            Self::Score => "score",
        }
    }

    /// What a value of this kind must look like (English; `error::expectation` has the rest).
    #[must_use]
    pub const fn expected(self) -> &'static str {
        match self {
            Self::Money => MONEY_EXPECTED,
            Self::Ratio => RATIO_EXPECTED,
            Self::Area => AREA_EXPECTED,
            Self::Score => SCORE_EXPECTED,
        }
    }
}

/// Why an amount, a ratio, an area or a score was refused: the text given and, when it has the
/// right form but not a valid value, what is wrong with it (in the three languages). Displayed
/// in English: ``invalid amount `1.005`: at most two decimals (fen) are allowed``.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmountError {
    /// The kind of value.
    pub kind: AmountKind,
    /// The text refused.
    pub text: String,
    /// What is wrong with it; `None` when it does not have the form of `kind` at all.
    pub detail: Option<crate::error::Text>,
}

impl AmountError {
    fn new(kind: AmountKind, text: &str, detail: Option<crate::error::Text>) -> Self {
        Self {
            kind,
            text: text.into(),
            detail,
        }
    }
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}", self.kind.word())?;
        if self.text.is_empty() {
            f.write_str(": empty string")?;
        } else {
            write!(f, " `{}`", self.text)?;
        }
        match &self.detail {
            Some(d) => write!(f, ": {}", d.en),
            None if self.text.is_empty() => write!(f, ", expected {}", self.kind.expected()),
            None => write!(f, ": expected {}", self.kind.expected()),
        }
    }
}

impl core::error::Error for AmountError {}

/// `FromStr` for the exact decimal types: the same as their `parse` (`"1000.00".parse::<Money>()`).
macro_rules! from_str_by_parse {
    ($($t:ty),*) => {$(
        impl core::str::FromStr for $t {
            type Err = AmountError;
            fn from_str(s: &str) -> Result<Self, AmountError> {
                Self::parse(s)
            }
        }
    )*};
}
from_str_by_parse!(Money, Ratio, Area, Score);

/// What an amount must look like, for messages.
pub const MONEY_EXPECTED: &str =
    "an amount in yuan as a decimal string with at most two decimals, such as \"1000000.00\"";
/// What a ratio must look like, for messages.
pub const RATIO_EXPECTED: &str =
    "a ratio from 0 to 1 as a decimal string with at most 9 decimals, such as \"0.005\"";

/// Splits a plain decimal `123.45` into its whole and fraction digits; `None` for anything else
/// (signs, exponents, spaces, empty parts).
fn decimal_parts(text: &str) -> Option<(&str, &str)> {
    let (whole, frac) = match text.split_once('.') {
        Some((w, f)) if !f.is_empty() => (w, f),
        Some(_) => return None,
        None => (text, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    (!whole.is_empty() && digits(whole) && digits(frac)).then_some((whole, frac))
}

/// `digits` (ASCII digits only) as a number, or `None` beyond `u128`.
fn parse_digits(digits: &str) -> Option<u128> {
    digits.bytes().try_fold(0u128, |acc, b| {
        acc.checked_mul(10)?
            .checked_add(u128::from(b.checked_sub(b'0')?))
    })
}

impl Money {
    /// Zero.
    pub const ZERO: Self = Self(0);
    /// The largest amount: 10^15 yuan (1,000,000,000,000,000.00), far above any budget and far
    /// below the `i64` limit, so one sum of two amounts cannot overflow the integer.
    pub const MAX: Self = Self(100_000_000_000_000_000);

    /// An amount of `fen` fen, or `None` when negative or above [`Money::MAX`].
    #[must_use]
    pub const fn from_fen(fen: i64) -> Option<Self> {
        if fen < 0 || fen > Self::MAX.0 {
            None
        } else {
            Some(Self(fen))
        }
    }

    /// An amount of whole yuan, or `None` beyond the limits.
    #[must_use]
    pub const fn from_yuan(yuan: i64) -> Option<Self> {
        match yuan.checked_mul(FEN_PER_YUAN) {
            Some(fen) => Self::from_fen(fen),
            None => None,
        }
    }

    /// The amount in fen.
    #[must_use]
    pub const fn fen(self) -> i64 {
        self.0
    }

    /// Whether the amount is zero.
    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Parses a decimal string of yuan with at most two decimals.
    ///
    /// # Errors
    /// A message naming the text and what was expected.
    ///
    /// ```
    /// use devzone_rules::money::Money;
    /// assert_eq!(Money::parse("1000000.00").unwrap().to_string(), "1000000.00");
    /// assert_eq!(Money::parse("0.5").unwrap().fen(), 50);
    /// assert_eq!(
    ///     Money::parse("1.005").unwrap_err().to_string(),
    ///     "invalid amount `1.005`: at most two decimals (fen) are allowed"
    /// );
    /// ```
    pub fn parse(text: &str) -> Result<Self, AmountError> {
        let err = |detail| AmountError::new(AmountKind::Money, text, detail);
        if text.starts_with('-') && decimal_parts(text.get(1..).unwrap_or_default()).is_some() {
            return Err(err(Some(text!(
                zh: "金额不能为负数",
                ko: "금액은 음수일 수 없습니다",
                en: "must not be negative"
            ))));
        }
        let Some((whole, frac)) = decimal_parts(text) else {
            return Err(err(None));
        };
        if frac.len() > 2 {
            return Err(err(Some(text!(
                zh: "最多两位小数(到分)",
                ko: "소수점 아래 두 자리(전)까지입니다",
                en: "at most two decimals (fen) are allowed"
            ))));
        }
        let too_large = || {
            let max = Self::MAX;
            err(Some(text!(
                zh: "超过 {max} 元的上限",
                ko: "상한 {max}원을 넘습니다",
                en: "above the limit of {max} yuan"
            )))
        };
        let whole = parse_digits(whole).ok_or_else(too_large)?;
        let mut frac_fen = parse_digits(frac).ok_or_else(too_large)?;
        if frac.len() == 1 {
            frac_fen *= 10;
        }
        let fen = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(frac_fen))
            .and_then(|f| i64::try_from(f).ok())
            .and_then(Self::from_fen)
            .ok_or_else(too_large)?;
        Ok(fen)
    }

    /// `self + other`, or `None` above [`Money::MAX`].
    #[must_use]
    pub fn checked_add(self, other: Self) -> Option<Self> {
        self.0.checked_add(other.0).and_then(Self::from_fen)
    }

    /// `self − other`, or `None` when negative.
    #[must_use]
    pub fn checked_sub(self, other: Self) -> Option<Self> {
        self.0.checked_sub(other.0).and_then(Self::from_fen)
    }

    /// `max(0, self − other)`.
    #[must_use]
    pub fn saturating_sub(self, other: Self) -> Self {
        self.checked_sub(other).unwrap_or(Self::ZERO)
    }

    /// `self × ratio`, rounded half up to the fen. Never larger than `self`.
    #[must_use]
    pub fn mul_ratio(self, ratio: Ratio) -> Self {
        Self(mul_div_half_up(
            self.0.unsigned_abs(),
            u64::from(ratio.0),
            u64::from(RATIO_SCALE),
        ))
    }

    /// `self` split in `ratios` to the fen by the largest remainders: each part its ratio ×
    /// `self` rounded down, then the fen left over one at a time to the parts with the largest
    /// fractions of a fen, `first` before the others on a tie, then in order. No part gets more
    /// than its exact share rounded up, none less than rounded down; what ratios adding up to
    /// less than 1 leave over is in no part (art-06.b's host takes the rest).
    #[must_use]
    pub fn split_by(self, ratios: &[Ratio], first: Option<usize>) -> alloc::vec::Vec<Self> {
        let whole = u128::from(self.0.unsigned_abs());
        let scale = u128::from(RATIO_SCALE);
        let mut parts: alloc::vec::Vec<u128> = alloc::vec::Vec::with_capacity(ratios.len());
        // Each part's fraction of a fen, with its place: the order the fen left over goes in.
        let mut fractions: alloc::vec::Vec<(u128, bool, usize)> = alloc::vec::Vec::new();
        for (i, r) in ratios.iter().enumerate() {
            let n = whole * u128::from(r.0);
            parts.push(n / scale);
            if n % scale > 0 {
                fractions.push((n % scale, Some(i) == first, i));
            }
        }
        // Largest fraction first; on a tie `first`, then in order.
        crate::order::sort_with(&mut fractions, &|a, b| {
            b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
        });
        let mut left = whole.saturating_sub(parts.iter().sum());
        for (_, _, i) in fractions {
            if left == 0 {
                break;
            }
            if let Some(p) = parts.get_mut(i) {
                *p += 1;
                left -= 1;
            }
        }
        parts
            .into_iter()
            .map(|p| Self(i64::try_from(p).unwrap_or(i64::MAX)))
            .collect()
    }

    /// The sum of `items`, or `None` above [`Money::MAX`].
    #[must_use]
    pub fn sum(items: impl IntoIterator<Item = Self>) -> Option<Self> {
        items
            .into_iter()
            .try_fold(Self::ZERO, |acc, m| acc.checked_add(m))
    }

    /// `self / n` in whole fen and the fen left over (`self = quotient × n + remainder`).
    #[must_use]
    pub fn split_evenly(self, n: u32) -> Option<(Self, i64)> {
        let n = i64::from(n);
        (n > 0).then(|| (Self(self.0 / n), self.0 % n))
    }

    /// `self × part / whole`, rounded half up to the fen (`None` when `whole` is zero). Never
    /// larger than `self` when `part ≤ whole`.
    #[must_use]
    pub fn prorate(self, part: u64, whole: u64) -> Option<Self> {
        (whole > 0).then(|| Self(mul_div_half_up(self.0.unsigned_abs(), part, whole)))
    }

    /// The amount as it is written (yuan with two decimals, `"1000000.00"`), without
    /// `core::fmt` ([`Decimal`]).
    #[must_use]
    pub fn decimal(self) -> Decimal {
        Decimal::hundredths(
            self.0 / FEN_PER_YUAN,
            (self.0 % FEN_PER_YUAN).unsigned_abs(),
        )
    }
}

/// `a × b / d` rounded half up, for `b ≤ d` (then the result is at most `a`, so it fits).
fn mul_div_half_up(a: u64, b: u64, d: u64) -> i64 {
    let d = u128::from(d.max(1));
    let product = u128::from(a) * u128::from(b);
    let q = (product + d / 2) / d;
    i64::try_from(q).unwrap_or(i64::MAX)
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.decimal().as_str())
    }
}

/// An exact decimal as text, written on the stack without `core::fmt` (issue 12: formatting a
/// money rule's amounts through `core::fmt` — two integers' `Display`, the `{:02}` padding, and
/// a `String` for a ratio's decimals — was a sixth of art-04.d's answer in the wasm module).
/// The text of [`Money`], [`Area`], [`Ratio`] and [`Score`]'s `Display`, their JSON and their
/// facts in answers.
#[derive(Clone, Copy)]
pub struct Decimal {
    /// A `u128`'s 39 digits, the point and 9 decimals fit.
    buf: [u8; 56],
    len: usize,
}

impl Decimal {
    const fn empty() -> Self {
        Self {
            buf: [0; 56],
            len: 0,
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        let end = self.len.saturating_add(bytes.len());
        if let Some(to) = self.buf.get_mut(self.len..end) {
            to.copy_from_slice(bytes);
            self.len = end;
        }
    }

    /// `whole`, a point and `frac` (below 100) as two digits: `12.05`.
    fn hundredths<I: itoa::Integer>(whole: I, frac: u64) -> Self {
        let mut d = Self::empty();
        d.push(itoa::Buffer::new().format(whole).as_bytes());
        let frac = u8::try_from(frac % 100).unwrap_or(0);
        d.push(&[b'.', b'0' + frac / 10, b'0' + frac % 10]);
        d
    }

    /// `n / 10^9` without trailing zeros: `0.5`, `1`, `0.005`.
    fn scaled(n: u128) -> Self {
        let scale = u128::from(RATIO_SCALE);
        let mut d = Self::empty();
        d.push(itoa::Buffer::new().format(n / scale).as_bytes());
        let mut frac = u32::try_from(n % scale).unwrap_or(0);
        if frac != 0 {
            let mut digits = [b'0'; 9];
            for digit in digits.iter_mut().rev() {
                *digit = b'0' + u8::try_from(frac % 10).unwrap_or(0);
                frac /= 10;
            }
            let used = digits.iter().rposition(|x| *x != b'0').map_or(0, |i| i + 1);
            d.push(b".");
            d.push(digits.get(..used).unwrap_or_default());
        }
        d
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or_default()
    }
}

/// An exact ratio in [0, 1]: a numerator over 10^9.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Ratio(#[cfg_attr(feature = "wasm", tsify(type = "string"))] u32);

impl Ratio {
    /// 0.
    pub const ZERO: Self = Self(0);
    /// 1.
    pub const ONE: Self = Self(RATIO_SCALE);
    /// 0.5.
    pub const HALF: Self = Self(RATIO_SCALE / 2);

    /// `numerator / 10^9`, or `None` above 1.
    #[must_use]
    pub const fn from_billionths(numerator: u32) -> Option<Self> {
        if numerator > RATIO_SCALE {
            None
        } else {
            Some(Self(numerator))
        }
    }

    /// The numerator over 10^9.
    #[must_use]
    pub const fn billionths(self) -> u32 {
        self.0
    }

    /// `1 − self`.
    #[must_use]
    pub const fn complement(self) -> Self {
        Self(RATIO_SCALE - self.0)
    }

    /// Parses a decimal string from 0 to 1 with at most 9 decimals.
    ///
    /// # Errors
    /// A message naming the text and what was expected.
    pub fn parse(text: &str) -> Result<Self, AmountError> {
        let err = |detail| AmountError::new(AmountKind::Ratio, text, detail);
        let out_of_range = || {
            err(Some(text!(
                zh: "须在 0 与 1 之间",
                ko: "0과 1 사이여야 합니다",
                en: "must be between 0 and 1"
            )))
        };
        if text.starts_with('-') && decimal_parts(text.get(1..).unwrap_or_default()).is_some() {
            return Err(out_of_range());
        }
        let Some((whole, frac)) = decimal_parts(text) else {
            return Err(err(None));
        };
        if frac.len() > 9 {
            return Err(err(Some(text!(
                zh: "最多 9 位小数",
                ko: "소수점 아래 9자리까지입니다",
                en: "at most 9 decimals are allowed"
            ))));
        }
        let whole = parse_digits(whole).ok_or_else(out_of_range)?;
        let mut frac_n = parse_digits(frac).ok_or_else(out_of_range)?;
        for _ in frac.len()..9 {
            frac_n *= 10;
        }
        let n = whole
            .checked_mul(u128::from(RATIO_SCALE))
            .and_then(|w| w.checked_add(frac_n))
            .and_then(|n| u32::try_from(n).ok())
            .and_then(Self::from_billionths)
            .ok_or_else(out_of_range)?;
        Ok(n)
    }

    /// `part / whole` rounded half up to 9 decimals, or `None` when `whole` is zero or the
    /// quotient is above 1.
    #[must_use]
    pub fn of(part: Money, whole: Money) -> Option<Self> {
        if whole.is_zero() || part > whole {
            return None;
        }
        let q = mul_div_half_up(
            part.fen().unsigned_abs(),
            u64::from(RATIO_SCALE),
            whole.fen().unsigned_abs(),
        );
        u32::try_from(q).ok().and_then(Self::from_billionths)
    }

    /// The ratio as it is written, without trailing zeros (`"0.005"`), without `core::fmt`.
    #[must_use]
    pub fn decimal(self) -> Decimal {
        Decimal::scaled(u128::from(self.0))
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.decimal().as_str())
    }
}

/// `part / whole` as a decimal text rounded half up to 9 decimals (may exceed 1), for shares
/// that are reported but not bounded (spending above the remainder). `None` when `whole` is zero.
#[must_use]
pub fn quotient_text(part: Money, whole: Money) -> Option<String> {
    let n = quotient_scaled(part, whole)?;
    Some(String::from(Decimal::scaled(n).as_str()))
}

/// `part / whole` in units of 10⁻⁹, rounded half up; `None` when `whole` is zero.
fn quotient_scaled(part: Money, whole: Money) -> Option<u128> {
    if whole.is_zero() {
        return None;
    }
    let scale = u128::from(RATIO_SCALE);
    let p = u128::from(part.fen().unsigned_abs());
    let w = u128::from(whole.fen().unsigned_abs());
    Some((p * scale + w / 2) / w)
}

/// [`quotient_text`] for a share compared with `ratio`: the same text, unless it rounds to
/// `ratio` itself while the share is not exactly `ratio` (5,000,000.00 of 10,000,000.01 is
/// 0.4999999995, rounded half up to 9 decimals 0.5): then rounded toward its own side instead
/// (0.499999999), so that the text never contradicts the comparison it is shown with. `None`
/// when `whole` is zero.
#[must_use]
pub fn share_text(part: Money, whole: Money, ratio: Ratio) -> Option<String> {
    let mut n = quotient_scaled(part, whole)?;
    if n == u128::from(ratio.0) && !share_equals(part, whole, ratio) {
        // Within half a unit of the 9th decimal of `ratio`: one unit to its side.
        n = if share_exceeds(part, whole, ratio) {
            n + 1
        } else {
            n.saturating_sub(1)
        };
    }
    Some(String::from(Decimal::scaled(n).as_str()))
}

/// Whether `part / whole > ratio`, exactly (cross-multiplied in `u128`). `false` when `whole`
/// is zero.
#[must_use]
pub fn share_exceeds(part: Money, whole: Money, ratio: Ratio) -> bool {
    let p = u128::from(part.fen().unsigned_abs()) * u128::from(RATIO_SCALE);
    let w = u128::from(whole.fen().unsigned_abs()) * u128::from(ratio.0);
    !whole.is_zero() && p > w
}

/// Whether `part / whole == ratio`, exactly. `false` when `whole` is zero.
#[must_use]
pub fn share_equals(part: Money, whole: Money, ratio: Ratio) -> bool {
    let p = u128::from(part.fen().unsigned_abs()) * u128::from(RATIO_SCALE);
    let w = u128::from(whole.fen().unsigned_abs()) * u128::from(ratio.0);
    !whole.is_zero() && p == w
}

/// A gross floor area in m², held in hundredths of a square metre (art-11.g proration).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Area(#[cfg_attr(feature = "wasm", tsify(type = "string"))] u64);

/// What an area must look like, for messages.
pub const AREA_EXPECTED: &str =
    "an area in square metres as a decimal string with at most two decimals, such as \"1200.50\"";

impl Area {
    /// The largest area: 10^12 m².
    pub const MAX: u64 = 100_000_000_000_000;

    /// The area in hundredths of a square metre.
    #[must_use]
    pub const fn hundredths(self) -> u64 {
        self.0
    }

    /// An area of `hundredths` hundredths of a square metre, or `None` above the maximum.
    #[must_use]
    pub const fn from_hundredths(hundredths: u64) -> Option<Self> {
        if hundredths > Self::MAX {
            None
        } else {
            Some(Self(hundredths))
        }
    }

    /// Parses a non-negative decimal string of m² with at most two decimals.
    ///
    /// # Errors
    /// A message naming the text and what was expected.
    pub fn parse(text: &str) -> Result<Self, AmountError> {
        let err = |detail| AmountError::new(AmountKind::Area, text, detail);
        let bad = || err(None);
        let (whole, frac) = decimal_parts(text).ok_or_else(bad)?;
        if frac.len() > 2 {
            return Err(err(Some(text!(
                zh: "最多两位小数",
                ko: "소수점 아래 두 자리까지입니다",
                en: "at most two decimals are allowed"
            ))));
        }
        let mut f = parse_digits(frac).ok_or_else(bad)?;
        if frac.len() == 1 {
            f *= 10;
        }
        parse_digits(whole)
            .and_then(|w| w.checked_mul(100))
            .and_then(|w| w.checked_add(f))
            .and_then(|n| u64::try_from(n).ok())
            .and_then(Self::from_hundredths)
            .ok_or_else(|| {
                err(Some(text!(
                    zh: "超过 1000000000000 平方米的上限",
                    ko: "상한 1000000000000평방메터를 넘습니다",
                    en: "above the limit of 1000000000000 m²"
                )))
            })
    }

    /// The area as it is written (m² with two decimals), without `core::fmt`.
    #[must_use]
    pub fn decimal(self) -> Decimal {
        Decimal::hundredths(self.0 / 100, self.0 % 100)
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.decimal().as_str())
    }
}

/// A non-negative decimal score with at most 9 decimals (art-17.d), held as an integer over
/// 10^9, compared exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Score(#[cfg_attr(feature = "wasm", tsify(type = "string"))] u128);

/// What a score must look like, for messages.
pub const SCORE_EXPECTED: &str =
    "a score as a decimal string with at most 9 decimals, such as \"87.5\"";

impl Score {
    /// Parses a non-negative decimal string with at most 9 decimals.
    ///
    /// # Errors
    /// A message naming the text and what was expected.
    pub fn parse(text: &str) -> Result<Self, AmountError> {
        let bad = || AmountError::new(AmountKind::Score, text, None);
        let (whole, frac) = decimal_parts(text).ok_or_else(bad)?;
        if frac.len() > 9 || whole.len() > 18 {
            return Err(bad());
        }
        let mut frac_n = parse_digits(frac).ok_or_else(bad)?;
        for _ in frac.len()..9 {
            frac_n *= 10;
        }
        let whole = parse_digits(whole).ok_or_else(bad)?;
        Ok(Self(whole * u128::from(RATIO_SCALE) + frac_n))
    }

    /// The score rounded half up to `decimals` places (0–9).
    #[must_use]
    pub fn rounded(self, decimals: u32) -> Self {
        let step = 10u128.pow(9u32.saturating_sub(decimals.min(9)));
        Self((self.0 + step / 2) / step * step)
    }

    /// The score as it is written, without trailing zeros, without `core::fmt`.
    #[must_use]
    pub fn decimal(self) -> Decimal {
        Decimal::scaled(self.0)
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.decimal().as_str())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{
        AmountError, Area, Money, Ratio, Score, AREA_EXPECTED, MONEY_EXPECTED, RATIO_EXPECTED,
        SCORE_EXPECTED,
    };
    use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

    struct Text<T> {
        expected: &'static str,
        parse: fn(&str) -> Result<T, AmountError>,
    }

    impl<T> de::Visitor<'_> for Text<T> {
        type Value = T;
        fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
            f.write_str(self.expected)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.parse)(v).map_err(|e| {
                E::custom(crate::error::Complaint {
                    problem: crate::error::Problem::InvalidValue,
                    detail: e.detail.clone().unwrap_or_else(|| {
                        text!(
                            zh: "格式不符",
                            ko: "형식이 맞지 않습니다",
                            en: "not in the expected form"
                        )
                    }),
                    expected: Some(crate::error::expectation(self.expected)),
                    got: serde_json::to_string(v).ok(),
                })
            })
        }
    }

    macro_rules! text_serde {
        ($ty:ty, $expected:expr) => {
            impl Serialize for $ty {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(self.decimal().as_str())
                }
            }
            impl<'de> Deserialize<'de> for $ty {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    d.deserialize_str(Text {
                        expected: $expected,
                        parse: <$ty>::parse,
                    })
                }
            }
        };
    }

    text_serde!(Money, MONEY_EXPECTED);
    text_serde!(Ratio, RATIO_EXPECTED);
    text_serde!(Score, SCORE_EXPECTED);
    text_serde!(Area, AREA_EXPECTED);
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    fn m(s: &str) -> Money {
        Money::parse(s).unwrap()
    }
    fn r(s: &str) -> Ratio {
        Ratio::parse(s).unwrap()
    }

    /// The text `core::fmt` wrote before [`Decimal`] (`"{}.{:02}"`; `n / 10^9` without trailing
    /// zeros), the reference the stack writer must match byte for byte.
    fn hundredths_by_fmt(whole: impl core::fmt::Display, frac: u64) -> String {
        alloc::format!("{whole}.{frac:02}")
    }
    /// A share shown beside a threshold never reads as the threshold unless it is exactly it:
    /// rounded half up to 9 decimals it would, within 5·10⁻¹⁰ either side.
    #[test]
    fn share_text_is_on_the_side_of_its_comparison() {
        let half = r("0.5");
        // Below by 1/(2·1,000,000,001): 0.4999999995…, not 0.5.
        let below = share_text(m("5000000.00"), m("10000000.01"), half).unwrap();
        assert_eq!(below, "0.499999999");
        assert!(!share_exceeds(m("5000000.00"), m("10000000.01"), half));
        // Above by as much: 0.5000000004999…, rounded up.
        let above = share_text(m("5000000.01"), m("10000000.01"), half).unwrap();
        assert_eq!(above, "0.500000001");
        assert!(share_exceeds(m("5000000.01"), m("10000000.01"), half));
        // Exactly the threshold, and shares far from it: as `quotient_text` writes them.
        assert_eq!(share_text(m("5.00"), m("10.00"), half).unwrap(), "0.5");
        assert_eq!(
            share_text(m("5.00"), m("8.00"), half),
            quotient_text(m("5.00"), m("8.00"))
        );
        assert_eq!(share_text(m("1.00"), m("0.00"), half), None);
    }

    fn scaled_by_fmt(n: u128) -> String {
        let scale = u128::from(RATIO_SCALE);
        let (whole, frac) = (n / scale, n % scale);
        if frac == 0 {
            return alloc::format!("{whole}");
        }
        let digits = alloc::format!("{frac:09}");
        alloc::format!("{whole}.{}", digits.trim_end_matches('0'))
    }

    #[test]
    fn decimals_are_written_as_core_fmt_wrote_them() {
        let mut fens: Vec<i64> = alloc::vec![
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            109,
            110,
            999,
            1000,
            123_456_789,
            Money::MAX.0,
            i64::MAX,
            -1,
            -99,
            -100,
            -101,
            i64::MIN
        ];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..5000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            fens.push(i64::try_from(x % 10_u64.pow(1 + u32::try_from(x % 18).unwrap())).unwrap());
        }
        for fen in fens {
            let want = hundredths_by_fmt(fen / FEN_PER_YUAN, (fen % FEN_PER_YUAN).unsigned_abs());
            assert_eq!(Money(fen).decimal().as_str(), want, "{fen} fen");
            assert_eq!(Money(fen).to_string(), want);
            if let Ok(h) = u64::try_from(fen) {
                assert_eq!(
                    Area(h).decimal().as_str(),
                    hundredths_by_fmt(h / 100, h % 100),
                    "{h}"
                );
            }
        }
        let mut ns: Vec<u128> = alloc::vec![
            0,
            1,
            5,
            10,
            100_000_000,
            500_000_000,
            5_000_000,
            999_999_999,
            1_000_000_000,
            1_000_000_001,
            1_500_000_000,
            10_000_000_000,
            u128::MAX,
            u128::MAX - 1,
            u128::MAX / 1_000_000_000 * 1_000_000_000
        ];
        for _ in 0..5000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ns.push(u128::from(x) * u128::from(x % 1_000_003) + u128::from(x % 1000));
            ns.push(u128::from(x % 1_000_000_001));
        }
        for n in ns {
            let want = scaled_by_fmt(n);
            assert_eq!(Score(n).decimal().as_str(), want, "{n}");
            assert_eq!(Score(n).to_string(), want);
            if let Ok(small) = u32::try_from(n) {
                assert_eq!(Ratio(small).decimal().as_str(), want, "{n}");
            }
        }
        assert_eq!(quotient_text(m("1"), m("3")).unwrap(), "0.333333333");
        assert_eq!(quotient_text(m("3"), m("2")).unwrap(), "1.5");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn decimals_are_written_so_in_json() {
        assert_eq!(serde_json::to_string(&m("1234.5")).unwrap(), "\"1234.50\"");
        assert_eq!(serde_json::to_string(&r("0.005")).unwrap(), "\"0.005\"");
    }

    #[test]
    fn parses_and_prints_two_decimals() {
        assert_eq!(m("1000000.00").to_string(), "1000000.00");
        assert_eq!(m("1000000").to_string(), "1000000.00");
        assert_eq!(m("0.5").to_string(), "0.50");
        assert_eq!(m("0.05").fen(), 5);
        assert_eq!(m("0").to_string(), "0.00");
        assert_eq!(m("007.10").fen(), 710);
        assert_eq!(Money::MAX.to_string(), "1000000000000000.00");
        assert_eq!(m("1000000000000000.00"), Money::MAX);
    }

    #[test]
    fn refuses_with_exact_messages() {
        let e = |s: &str| Money::parse(s).unwrap_err().to_string();
        assert_eq!(e("-1"), "invalid amount `-1`: must not be negative");
        assert_eq!(
            e("1.005"),
            "invalid amount `1.005`: at most two decimals (fen) are allowed"
        );
        assert_eq!(
            e("1e6"),
            "invalid amount `1e6`: expected an amount in yuan as a decimal string with at most two decimals, such as \"1000000.00\""
        );
        assert_eq!(
            e(""),
            "invalid amount: empty string, expected an amount in yuan as a decimal string with at most two decimals, such as \"1000000.00\""
        );
        for bad in [
            " 1", "1 ", "+1", "1.", ".5", "1,000", "0x10", "１", "NaN", "1.2.3",
        ] {
            assert!(e(bad).contains("expected an amount in yuan"), "{bad}");
        }
        assert_eq!(
            e("1000000000000000.01"),
            "invalid amount `1000000000000000.01`: above the limit of 1000000000000000.00 yuan"
        );
        assert!(e("99999999999999999999999999999999999999999999").contains("above the limit"));
    }

    #[test]
    fn ratios() {
        assert_eq!(r("0.005").billionths(), 5_000_000);
        assert_eq!(r("1").to_string(), "1");
        assert_eq!(r("1.000000000"), Ratio::ONE);
        assert_eq!(r("0.5").to_string(), "0.5");
        assert_eq!(r("0.000000001").to_string(), "0.000000001");
        assert_eq!(r("0").to_string(), "0");
        let e = |s: &str| Ratio::parse(s).unwrap_err().to_string();
        assert_eq!(e("1.5"), "invalid ratio `1.5`: must be between 0 and 1");
        assert_eq!(
            e("1.000000001"),
            "invalid ratio `1.000000001`: must be between 0 and 1"
        );
        assert_eq!(e("-0.1"), "invalid ratio `-0.1`: must be between 0 and 1");
        assert_eq!(
            e("0.0000000001"),
            "invalid ratio `0.0000000001`: at most 9 decimals are allowed"
        );
        assert!(e("5%").contains("expected a ratio from 0 to 1"));
    }

    /// ROUND_HALF_UP at the half-fen boundary: 0.5 fen rounds up, just below rounds down.
    #[test]
    fn half_fen_boundaries() {
        assert_eq!(m("0.01").mul_ratio(Ratio::HALF).fen(), 1); // 0.5 fen → 1
        assert_eq!(m("0.03").mul_ratio(Ratio::HALF).fen(), 2); // 1.5 fen → 2
        assert_eq!(m("0.01").mul_ratio(r("0.499999999")).fen(), 0); // 0.499999999 fen → 0
        assert_eq!(m("0.01").mul_ratio(r("0.5")).fen(), 1);
        let fen = |v: alloc::vec::Vec<Money>| {
            v.into_iter()
                .map(Money::fen)
                .collect::<alloc::vec::Vec<_>>()
        };
        let third = r("0.333333333");
        // 300.00 in thirds: 100.00 each (each partner's 99.9999999 gets the fen left over).
        assert_eq!(
            fen(m("300.00").split_by(&[r("0.333333334"), third, third], Some(0))),
            [10000, 10000, 10000]
        );
        // 100.01 halved: the fen left over goes to the one named first on the tie.
        assert_eq!(
            fen(m("100.01").split_by(&[Ratio::HALF, Ratio::HALF], Some(0))),
            [5001, 5000]
        );
        assert_eq!(
            fen(m("100.01").split_by(&[Ratio::HALF, Ratio::HALF], Some(1))),
            [5000, 5001]
        );
        // 90.00 in 2/3 : 1/3: 60.00 and 30.00.
        assert_eq!(
            fen(m("90.00").split_by(&[r("0.666666667"), third], Some(0))),
            [6000, 3000]
        );
        // Ratios adding up to less than 1: what they leave is in no part.
        assert_eq!(
            fen(m("1.00").split_by(&[r("0.25"), r("0.25")], None)),
            [25, 25]
        );
        assert_eq!(m("1.00").mul_ratio(r("0.005")).fen(), 1); // 0.5 fen → 1
        assert_eq!(m("0.99").mul_ratio(r("0.005")).fen(), 0); // 0.495 fen → 0
        assert_eq!(m("80000000.00").mul_ratio(r("0.005")), m("400000.00"));
        assert_eq!(Money::MAX.mul_ratio(Ratio::ONE), Money::MAX);
        assert_eq!(
            Money::MAX.mul_ratio(r("0.999999999")).fen(),
            99_999_999_900_000_000
        );
    }

    #[test]
    fn checked_arithmetic_never_wraps() {
        assert_eq!(Money::MAX.checked_add(m("0.01")), None);
        assert_eq!(m("1").checked_sub(m("2")), None);
        assert_eq!(m("1").saturating_sub(m("2")), Money::ZERO);
        assert_eq!(Money::sum([Money::MAX, Money::MAX]), None);
        assert_eq!(Money::from_fen(-1), None);
        assert_eq!(Money::from_yuan(i64::MAX), None);
        assert_eq!(m("0.05").split_evenly(2), Some((m("0.02"), 1)));
        assert_eq!(m("1").split_evenly(0), None);
    }

    #[test]
    fn shares_and_quotients() {
        assert_eq!(Ratio::of(m("5000000"), m("8000000")), Some(r("0.625")));
        assert_eq!(Ratio::of(m("1"), m("0")), None);
        assert_eq!(
            quotient_text(m("4000000.01"), m("8000000")).unwrap(),
            "0.500000001"
        );
        assert_eq!(quotient_text(m("3"), m("2")).unwrap(), "1.5");
        assert!(!share_exceeds(m("4000000"), m("8000000"), Ratio::HALF));
        assert!(share_exceeds(m("4000000.01"), m("8000000"), Ratio::HALF));
        assert!(!share_exceeds(m("1"), Money::ZERO, Ratio::ZERO));
    }

    #[test]
    fn scores() {
        let s = |t: &str| Score::parse(t).unwrap();
        assert!(s("87.5") > s("87.49"));
        assert_eq!(s("87.46").rounded(1), s("87.5"));
        assert_eq!(s("87.44").rounded(1), s("87.4"));
        assert_eq!(s("87.5").to_string(), "87.5");
        assert!(Score::parse("-1").is_err());
    }
}
