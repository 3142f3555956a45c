//! Money and ratio parsing (`Money`, `Ratio`, `Area`, `Score`) on any text, and the money
//! arithmetic on any amounts. Checked: whatever parses prints back to a text that parses to the
//! same value; sums and splits add up exactly or refuse (no wrap, no panic).
#![no_main]

use arbitrary::Unstructured;
use devzone_rules::money::{Area, Money, Ratio, Score};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The text up to the first NUL (so the seeds are the strings the vectors use), then the
    // bytes of the arithmetic.
    let (text, rest) = devzone_fuzz::split_text(data);
    let text: &str = &text;
    let mut u = Unstructured::new(rest);
    if let Ok(m) = Money::parse(text) {
        assert_eq!(
            Money::parse(&m.to_string()),
            Ok(m),
            "money round trip of {text:?}"
        );
        assert!(m.fen() >= 0 && m <= Money::MAX);
    }
    if let Ok(r) = Ratio::parse(text) {
        assert_eq!(
            Ratio::parse(&r.to_string()),
            Ok(r),
            "ratio round trip of {text:?}"
        );
        assert!(r.billionths() <= devzone_rules::money::RATIO_SCALE);
        assert_eq!(
            r.complement().billionths() + r.billionths(),
            devzone_rules::money::RATIO_SCALE
        );
    }
    if let Ok(a) = Area::parse(text) {
        assert_eq!(
            Area::parse(&a.to_string()),
            Ok(a),
            "area round trip of {text:?}"
        );
    }
    if let Ok(s) = Score::parse(text) {
        assert_eq!(
            Score::parse(&s.to_string()),
            Ok(s),
            "score round trip of {text:?}"
        );
    }
    let fen = |u: &mut Unstructured<'_>| {
        let f = u.int_in_range(0..=Money::MAX.fen()).unwrap_or(0);
        Money::from_fen(f).expect("within range")
    };
    let (a, b) = (fen(&mut u), fen(&mut u));
    match a.checked_add(b) {
        Some(s) => assert_eq!(s.fen(), a.fen() + b.fen()),
        None => assert!(a.fen() + b.fen() > Money::MAX.fen()),
    }
    match a.checked_sub(b) {
        Some(d) => assert_eq!(d.fen(), a.fen() - b.fen()),
        None => assert!(a.fen() < b.fen()),
    }
    let n = u.int_in_range(0u32..=1000).unwrap_or(0);
    if let Some((each, rest)) = a.split_evenly(n) {
        assert_eq!(each.fen() * i64::from(n) + rest, a.fen(), "split adds up");
        assert!(rest >= 0 && rest < i64::from(n.max(1)));
    } else {
        assert_eq!(n, 0, "only a split into no parts is refused");
    }
    let whole = u.int_in_range(0u64..=u64::MAX).unwrap_or(0);
    let part = u.int_in_range(0u64..=whole).unwrap_or(0);
    if let Some(p) = a.prorate(part, whole) {
        assert!(p <= a, "a share is not more than the whole");
    }
    let ratio = Ratio::from_billionths(
        u.int_in_range(0..=devzone_rules::money::RATIO_SCALE)
            .unwrap_or(0),
    )
    .expect("within range");
    let share = a.mul_ratio(ratio);
    assert!(share <= a);
    let rest = a.mul_ratio(ratio.complement());
    let sum = share.fen() + rest.fen();
    assert!(
        (sum - a.fen()).abs() <= 1,
        "half-up rounding loses at most a fen: {a} × {ratio}"
    );
    let _ = Money::sum([a, b]);
    let _ = devzone_rules::money::quotient_text(a, b);
    let _ = devzone_rules::money::share_exceeds(a, b, ratio);
    let _ = devzone_rules::money::share_equals(a, b, ratio);
});
