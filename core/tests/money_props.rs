//! Property tests of the money rules (proptest): for any valid input, every fee line has
//! `0 ≤ payable ≤ base` and `relief + payable = base`, totals add the lines exactly, revenue
//! shares add up to the revenue, and `money × ratio` is the exact product rounded half up.
//! proptest is a dev-dependency only (see ARCHITECTURE.md); the core itself stays no_std.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests"
)]

use devzone_rules::money::{Area, Money, Ratio};
use devzone_rules::params::Params;
use devzone_rules::rules::art06_parks::{
    cobuilt_revenue_split, CoBuiltRevenueInput, PartyRatio, RevenueItem, SplitAgreement,
};
use devzone_rules::rules::art11_land::{
    infra_fee, land_transfer_fee, Component, ConstructionInput, Enterprise, WorksKind,
};
use proptest::prelude::*;

fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        (0i64..=1_000).prop_map(|f| Money::from_fen(f).unwrap()),
        (0i64..=Money::MAX.fen()).prop_map(|f| Money::from_fen(f).unwrap()),
        Just(Money::MAX),
    ]
}

fn ratio() -> impl Strategy<Value = Ratio> {
    prop_oneof![
        (0u32..=1_000_000_000).prop_map(|n| Ratio::from_billionths(n).unwrap()),
        Just(Ratio::ONE),
        Just(Ratio::HALF),
        Just(Ratio::ZERO),
    ]
}

fn kind() -> impl Strategy<Value = WorksKind> {
    prop_oneof![
        Just(WorksKind::Reconstruct),
        Just(WorksKind::Rebuild),
        Just(WorksKind::Extend),
        Just(WorksKind::New),
    ]
}

fn flag() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

prop_compose! {
    fn component(i: usize)(
        kind in kind(),
        flags in proptest::collection::vec(flag(), 8),
        infra in proptest::option::of(money()),
        premium in proptest::option::of(money()),
        area in 0u64..1_000_000,
    ) -> Component {
        Component {
            id: format!("C{i}"),
            kind,
            gross_floor_area_m2: Area::from_hundredths(area),
            is_technical_renovation: flags[0],
            is_capacity_upgrade: flags[1],
            is_factory_building: flags[2],
            on_own_land: flags[3],
            approved: flags[4],
            conforms_zone_master_plan: flags[5],
            conforms_industry_layout: flags[6],
            changes_land_use: flags[7],
            base_infra_fee: infra,
            base_land_transfer_fee: premium,
        }
    }
}

fn project() -> impl Strategy<Value = ConstructionInput> {
    (1usize..5)
        .prop_flat_map(|n| {
            let comps: Vec<_> = (0..n).map(component).collect();
            (
                comps,
                any::<bool>(),
                flag(),
                proptest::option::of(money()),
                any::<bool>(),
            )
        })
        .prop_map(
            |(components, in_zone, industrial, project_fee, use_project)| {
                let project_base_infra_fee = if use_project { project_fee } else { None };
                let components = components
                    .into_iter()
                    .map(|mut c| {
                        if project_base_infra_fee.is_some() {
                            c.base_infra_fee = None;
                        }
                        c
                    })
                    .collect();
                ConstructionInput {
                    enterprise: Enterprise {
                        in_zone,
                        zone_id: None,
                        industrial,
                    },
                    project_base_infra_fee,
                    components,
                }
            },
        )
}

fn params() -> impl Strategy<Value = Params> {
    (ratio(), ratio(), any::<bool>()).prop_map(|(tech, half, cap)| Params {
        infra_fee_waiver_tech_renovation: tech,
        infra_fee_waiver_extend_or_new: half,
        halving_requires_capacity_upgrade: cap,
        ..Params::default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// art-11.g and art-11.f: payable never exceeds the base and is never negative; relief and
    /// payable add up to the base; totals add the lines. A valid input either answers or is a
    /// named error (a missing base, a total above the limit), never a panic.
    #[test]
    fn payable_between_zero_and_base(input in project(), params in params()) {
        for answer in [infra_fee(&input, &params), land_transfer_fee(&input, &params)] {
            let Ok(a) = answer else { continue };
            let mut base = 0i128;
            let mut payable = 0i128;
            for l in &a.detail.lines {
                prop_assert!(l.payable >= Money::ZERO);
                prop_assert!(l.payable <= l.base);
                prop_assert_eq!(l.relief.fen() + l.payable.fen(), l.base.fen());
                base += i128::from(l.base.fen());
                payable += i128::from(l.payable.fen());
            }
            prop_assert_eq!(i128::from(a.detail.totals.base.fen()), base);
            prop_assert_eq!(i128::from(a.detail.totals.payable.fen()), payable);
            prop_assert!(a.detail.totals.payable <= a.detail.totals.base);
        }
    }

    /// A project fee shared by floor area: the components' bases add up to it exactly.
    #[test]
    fn prorated_bases_add_up(input in project(), params in params()) {
        if let (Some(total), Ok(a)) = (input.project_base_infra_fee, infra_fee(&input, &params)) {
            prop_assert_eq!(a.detail.totals.base, total);
        }
    }

    /// money × ratio is the exact product rounded half up, and never above the amount.
    #[test]
    fn mul_ratio_is_exact_half_up(m in money(), r in ratio()) {
        let got = m.mul_ratio(r);
        prop_assert!(got <= m);
        let exact = i128::from(m.fen()) * i128::from(r.billionths()); // in fen × 10^9
        let scaled = i128::from(got.fen()) * 1_000_000_000;
        // half up: exact − 0.5 fen ≤ got < exact + 0.5 fen
        prop_assert!(scaled - exact <= 500_000_000);
        prop_assert!(exact - scaled < 500_000_000);
    }

    /// Amounts print and parse back to themselves.
    #[test]
    fn money_text_round_trip(m in money()) {
        prop_assert_eq!(Money::parse(&m.to_string()).unwrap(), m);
    }

    /// art-06.b: the parties' shares add up to the eligible revenue exactly, for any ratios
    /// that add up to 1.
    #[test]
    fn cobuilt_shares_add_up(
        amounts in proptest::collection::vec(0i64..=1_000_000_000_000, 0..6),
        cuts in proptest::collection::vec(0u32..=1_000_000_000, 0..4),
    ) {
        let mut cuts = cuts;
        cuts.sort_unstable();
        let mut ratios = Vec::new();
        let mut prev = 0;
        for (i, c) in cuts.iter().chain(std::iter::once(&1_000_000_000)).enumerate() {
            ratios.push(PartyRatio {
                party_id: if i == 0 { "HOST".into() } else { format!("P{i}") },
                ratio: Ratio::from_billionths(c - prev).unwrap(),
            });
            prev = *c;
        }
        let input = CoBuiltRevenueInput {
            co_built_park_id: Some("PARK".into()),
            production_start_date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).map(devzone_rules::dates::IsoDate),
            host_party_id: "HOST".into(),
            revenue: amounts
                .iter()
                .map(|f| RevenueItem {
                    date: devzone_rules::dates::IsoDate(chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap()),
                    county_retained_amount: Money::from_fen(*f).unwrap(),
                })
                .collect(),
            agreement: Some(SplitAgreement { ratios, signed_date: None }),
        };
        let a = cobuilt_revenue_split(&input, &Params::default()).unwrap();
        let sum: i64 = a.detail.shares.iter().map(|s| s.amount.fen()).sum();
        prop_assert_eq!(sum, a.detail.eligible_total.fen());
        prop_assert_eq!(sum, amounts.iter().sum::<i64>());
    }
}
