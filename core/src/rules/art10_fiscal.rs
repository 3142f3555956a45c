//! (十) 理顺财税管理体制: fiscal and tax management.
//!
//! * art-10.a: only provincial and national zones (「省级以上」, inclusive) may set up a
//!   first-level finance and treasury; whether 「有关规定」 are met is the caller's finding
//!   (absent: a person decides). The companion duty (an input and revenue-sharing system with the
//!   local government) is an open item of each provincial-or-above zone and of its county
//!   government in obligations, the calendar and the report (`duties::revenue_sharing_duties`),
//!   done when the register's `dutyRecords` say so; it binds once a first-level finance is set
//!   up, which the register does not record.
//! * art-10.b: the county-retained land revenue less the provisions (应计提) is the remainder;
//!   「主要用于」 zone infrastructure and land development means a share of it strictly above
//!   `P.mainly_threshold` (0.5, AMB-18), compared exactly (`onTarget × 10^9 > threshold × remainder`).
//!   Exactly 50% is not "mainly".

use crate::answer::AddReason;
use alloc::string::String;
use alloc::vec::Vec;

use super::common::about;
use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::money::{share_exceeds, Money};
use crate::params::Params;
use crate::register::ZoneLevel;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-10.a: the level does not qualify
    FirstLevelFinanceLevel = "FIRST_LEVEL_FINANCE_LEVEL" {
        zh: "{zoneName}({zone})的级别为{level},“省级以上”仅指省级和国家级开发区",
        ko: "{zoneName}({zone})의 급별은 {level}이며 ‘성급 이상’은 성급과 국가급 개발구만을 말한다",
        en: "{zoneName} ({zone}) is at level {level}; \"provincial level or above\" means provincial and national zones only"
    }
    /// art-10.a: the regulations are external
    FirstLevelFinanceRegulations = "FIRST_LEVEL_FINANCE_REGULATIONS" {
        zh: "“根据有关规定”:是否符合财政体制的有关规定需人工判断",
        ko: "‘관련 규정에 따라’: 재정체제 관련 규정의 충족 여부는 사람이 판단하여야 한다",
        en: "\"in accordance with relevant regulations\": whether the fiscal regulations are met is for a person to decide"
    }
    /// art-10.a: eligible
    FirstLevelFinanceEligible = "FIRST_LEVEL_FINANCE_ELIGIBLE" {
        zh: "{zoneName}({zone})为省级以上开发区且符合有关规定,可设立一级财政和一级国库",
        ko: "{zoneName}({zone})의 경우 성급 이상 개발구이고 관련 규정에 부합하므로 1급 재정과 1급 국고를 설립할 수 있다",
        en: "{zoneName} ({zone}) is at provincial level or above and meets the regulations: it may set up a first-level finance and treasury"
    }
    /// art-10.a: regulations not met
    FirstLevelFinanceRegulationsNotMet = "FIRST_LEVEL_FINANCE_REGULATIONS_NOT_MET" {
        zh: "{zoneName}({zone})不符合设立一级财政和一级国库的有关规定",
        ko: "{zoneName}({zone})의 경우 1급 재정과 1급 국고 설립에 관한 규정에 부합하지 않는다",
        en: "{zoneName} ({zone}) does not meet the regulations for a first-level finance and treasury"
    }
    /// art-10.a: the companion duty
    FirstLevelFinanceCompanionDuty = "FIRST_LEVEL_FINANCE_COMPANION_DUTY" {
        zh: "设立后,应与地方政府建立合理的投入和收益分配制度",
        ko: "설립 후에는 지방정부와 합리적인 투입 및 수익 분배 제도를 수립하여야 한다",
        en: "once set up, a reasonable input and revenue-sharing system with the local government must be established"
    }
    /// art-10.a: the companion duty as an open item of a provincial-or-above zone and its county
    FirstLevelFinanceSharingDuty = "FIRST_LEVEL_FINANCE_SHARING_DUTY" {
        zh: "{zoneName}({zone})为省级以上开发区:设立一级财政和一级国库的,应与地方政府建立合理的投入和收益分配制度(是否已设立未记录)",
        ko: "{zoneName}({zone}){|은} 성급 이상 개발구이므로 1급 재정과 1급 국고를 설립하면 지방정부와 합리적인 투입 및 수익 분배 제도를 수립하여야 한다(설립 여부는 기록되지 않았다)",
        en: "{zoneName} ({zone}) is at provincial level or above: if it sets up a first-level finance and treasury, it and the local government must establish a reasonable input and revenue-sharing system (whether it has set one up is not recorded)"
    }
    /// art-10.b: the remainder after provisions
    EarmarkRemainder = "EARMARK_REMAINDER" {
        zh: "土地收益县(市)留成部分{retained}元,扣除应计提{provisions}元后剩余{remainder}元",
        ko: "토지수익 현(시) 류보분 {retained}원에서 적립금 {provisions}원을 공제한 잔여액은 {remainder}원이다",
        en: "the county-retained land revenue of {retained} yuan less provisions of {provisions} yuan leaves {remainder} yuan"
    }
    /// art-10.b: provisions above the revenue
    EarmarkProvisionsExceed = "EARMARK_PROVISIONS_EXCEED" {
        zh: "应计提{provisions}元不少于留成部分{retained}元,没有剩余部分",
        ko: "적립금 {provisions}원이 류보분 {retained}원 이상이므로 잔여액이 없다",
        en: "the provisions of {provisions} yuan are not less than the retained revenue of {retained} yuan: nothing remains"
    }
    /// art-10.b (needs a person): provisions larger than the retained part they are deducted from
    EarmarkProvisionsAboveRetained = "EARMARK_PROVISIONS_ABOVE_RETAINED" {
        zh: "应计提{provisions}元多于从中扣除的留成部分{retained}元(“县(市)留成部分,扣除应计提后剩余部分”):数额需人工核对",
        ko: "적립금 {provisions}원이 그것을 공제하는 류보분 {retained}원보다 많다(‘현(시) 류보분에서 적립금을 공제한 잔여 부분’). 금액은 사람이 대조하여야 한다",
        en: "the provisions of {provisions} yuan are more than the retained revenue of {retained} yuan they are deducted from (「县(市)留成部分,扣除应计提后剩余部分」): the figures are for a person to check"
    }
    /// art-10.b: nothing to earmark
    EarmarkNothingRemains = "EARMARK_NOTHING_REMAINS" {
        zh: "剩余部分为0,无须计算用途占比",
        ko: "잔여액이 0이므로 용도 비률을 따질 필요가 없다",
        en: "the remainder is zero: there is no share to check"
    }
    /// art-10.b: mainly used on target
    EarmarkMainly = "EARMARK_MAINLY" {
        zh: "用于开发区基础设施建设和土地开发{onTarget}元,占剩余部分{share},超过{threshold},属于“主要用于”",
        ko: "개발구 기초시설 건설과 토지개발에 {onTarget}원을 사용하였고 이는 잔여액의 {share}에 해당하여 기준({threshold})을 넘으므로 ‘주로 사용’에 해당한다",
        en: "{onTarget} yuan went to zone infrastructure and land development: a share of {share} of the remainder, above {threshold}, so \"mainly\""
    }
    /// art-10.b: not mainly
    EarmarkNotMainly = "EARMARK_NOT_MAINLY" {
        zh: "用于开发区基础设施建设和土地开发{onTarget}元,占剩余部分{share},未超过{threshold},不属于“主要用于”",
        ko: "개발구 기초시설 건설과 토지개발에 {onTarget}원을 사용하였고 이는 잔여액의 {share}에 해당하여 기준({threshold})을 넘지 않으므로 ‘주로 사용’에 해당하지 않는다",
        en: "{onTarget} yuan went to zone infrastructure and land development: a share of {share} of the remainder, not above {threshold}, so not \"mainly\""
    }
    /// art-10.b: the share is exactly the threshold (AMB-18)
    EarmarkAtThreshold = "EARMARK_AT_THRESHOLD" {
        zh: "用于开发区基础设施建设和土地开发{onTarget}元,占剩余部分{share},恰好等于{threshold}:恰好一半是否属于“主要用于”,原文未说明,须人工判断",
        ko: "개발구 기초시설 건설과 토지개발에 {onTarget}원을 사용하였고 이는 잔여액의 {share}에 해당하여 기준({threshold})과 꼭 같다. 꼭 절반이 ‘주로 사용’인지는 원문에 없으므로 사람이 판단한다",
        en: "{onTarget} yuan went to zone infrastructure and land development: a share of {share} of the remainder, exactly {threshold}; whether exactly half is \"mainly\" (主要用于) the text does not say, so a person decides"
    }
}

/// art-10.a: Provincial-and-above zones may set up first-level finance and treasury
pub static ART_10_A: RuleMeta = RuleMeta {
    id: "art-10.a",
    title: "Provincial-and-above zones may set up first-level finance and treasury",
    title_zh: "省级以上开发区可设立一级财政和一级国库",
    title_ko: "성급 이상 개발구의 1급 재정과 1급 국고 설립",
    clause: "(十)",
    clause_title: "理顺财税管理体制",
    // The companion 「并建立与地方政府合理的投入和收益分配制度」 is an open item of each
    // provincial-or-above zone and its county government (issue 10; `duties::revenue_sharing_duties`).
    kinds: &[Kind::PowerGrant, Kind::EligibilityCheck, Kind::Obligation],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE", "AG.CTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "省级以上开发区可根据有关规定设立一级财政和一级国库,并建立与地方政府合理的投入和收益分配制度。",
    extra_quotes: &[],
    en: "Zones at provincial level or above may, in accordance with relevant regulations, establish a first-level public finance (一级财政) and a first-level treasury (一级国库), and establish a reasonable system with the local government for sharing inputs and revenues.",
    ko: "성급 이상 개발구는 관련 규정에 따라 1급 재정과 1급 국고를 설립할 수 있으며, 지방정부와 합리적인 투입 및 수익 분배 제도를 수립한다.",
    ambiguities: &[],
    evaluation: Evaluation::Function,
};

/// art-10.b: Earmarking of the county-retained share of zone land revenue
pub static ART_10_B: RuleMeta = RuleMeta {
    id: "art-10.b",
    title: "Earmarking of the county-retained share of zone land revenue",
    title_zh: "土地收益县(市)留成部分主要用于基础设施和土地开发",
    title_ko: "토지수익 중 현(시) 류보분의 용도: 기초시설 건설과 토지개발",
    clause: "(十)",
    clause_title: "理顺财税管理体制",
    kinds: &[Kind::FeeRule],
    strength: Strength::Mandatory,
    bearers: &["AG.FINANCE", "AG.CTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "开发区土地收益中的县(市)留成部分,扣除应计提后剩余部分,主要用于开发区基础设施建设和土地开发。",
    extra_quotes: &[],
    en: "Of the county (city)-retained portion of a zone's land revenue, the remainder after the mandatory provisions (应计提) are deducted shall be used mainly for the zone's infrastructure construction and land development.",
    ko: "개발구 토지수익 중 현(시) 류보분은 적립하여야 할 금액을 공제한 후의 잔여분을 주로 개발구 기초시설 건설과 토지개발에 사용한다.",
    ambiguities: &["AMB-18"],
    evaluation: Evaluation::Function,
};

/// The input of art-10.a: a zone of a register and the finding on 「有关规定」.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register` and `zoneId`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FirstLevelFinanceInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// The zone.
    pub zone_id: String,
    /// Whether the zone meets the relevant fiscal regulations; absent when not decided.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub complies_with_relevant_regulations: Option<bool>,
    /// The date asked about: a zone revoked or merged before it is not applicable. Omitted: the
    /// zone's current status.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<crate::dates::IsoDate>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(FirstLevelFinanceInput {
    name: "FirstLevelFinanceInput",
    expecting: "an object with `register` and `zoneId`",
    blank: FirstLevelFinanceInput {
        register: crate::register::RegisterArg::blank(),
        zone_id: String::new(),
        complies_with_relevant_regulations: Default::default(),
        as_of: Default::default(),
    },
    fields: [
        "register" => register [required],
        "zoneId" => zone_id [required],
        "compliesWithRelevantRegulations" => complies_with_relevant_regulations,
        "asOf" => as_of,
    ],
});

/// art-10.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct FirstLevelFinanceDetail {
    /// The zone.
    pub zone_id: String,
    /// Its level.
    pub level: ZoneLevel,
    /// The finding on the regulations, as given.
    pub complies_with_relevant_regulations: Option<bool>,
}

/// art-10.a: may the zone set up a first-level finance and treasury?
///
/// # Errors
/// `INVALID_INPUT` for a bad register or an unknown zone.
pub fn first_level_finance(
    zone: &crate::register::Zone,
    complies: Option<bool>,
    as_of: Option<chrono::NaiveDate>,
) -> Answer<FirstLevelFinanceDetail> {
    let rule = RuleId::ART_10_A;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let at = |code| about(Reason::new(code, rule), zone);
    let gone = as_of.and_then(|d| super::common::absent_on(rule, zone, d));
    let outcome = if let Some(r) = gone {
        reasons.add(r);
        Outcome::NotApplicable
    } else if as_of.is_none() && !zone.status.exists() {
        reasons.add(at(C::ZoneNotActive).with("status", zone.status.as_str()));
        Outcome::NotApplicable
    } else {
        match zone.level {
            ZoneLevel::Unknown => {
                needs_human.add(at(C::ZoneLevelUnknown));
                Outcome::NeedsHuman
            }
            ZoneLevel::National | ZoneLevel::Provincial => match complies {
                None => {
                    needs_human.add(at(C::FirstLevelFinanceRegulations));
                    Outcome::NeedsHuman
                }
                Some(true) => {
                    reasons.add(at(C::FirstLevelFinanceEligible));
                    reasons.add(at(C::FirstLevelFinanceCompanionDuty));
                    Outcome::Eligible
                }
                Some(false) => {
                    reasons.add(at(C::FirstLevelFinanceRegulationsNotMet));
                    Outcome::NotEligible
                }
            },
            other => {
                reasons.add(at(C::FirstLevelFinanceLevel).with("level", other.as_str()));
                Outcome::NotEligible
            }
        }
    };
    let outcome = super::common::nominal_asks(outcome, &mut needs_human, rule, zone, as_of);
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: crate::answer::ParamsUsed::new(),
        detail: FirstLevelFinanceDetail {
            zone_id: zone.id.clone(),
            level: zone.level,
            complies_with_relevant_regulations: complies,
        },
    }
}

/// The input of art-10.b: one zone's land revenue and its use over one period.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `countyRetained`, `provisions`, `spentOnInfrastructure` and `spentOnLandDevelopment`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct EarmarkInput {
    /// The county (city)-retained part of the zone's land revenue (县(市)留成部分), in yuan.
    pub county_retained: Money,
    /// The mandatory provisions deducted first (应计提), as supplied by the finance bureau.
    pub provisions: Money,
    /// Spent on the zone's infrastructure construction.
    pub spent_on_infrastructure: Money,
    /// Spent on the zone's land development.
    pub spent_on_land_development: Money,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(EarmarkInput {
    name: "EarmarkInput",
    expecting: "an object with `countyRetained`, `provisions`, `spentOnInfrastructure` and `spentOnLandDevelopment`",
    blank: EarmarkInput {
        county_retained: Default::default(),
        provisions: Default::default(),
        spent_on_infrastructure: Default::default(),
        spent_on_land_development: Default::default(),
    },
    fields: [
        "countyRetained" => county_retained [required],
        "provisions" => provisions [required],
        "spentOnInfrastructure" => spent_on_infrastructure [required],
        "spentOnLandDevelopment" => spent_on_land_development [required],
    ],
});

/// art-10.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct EarmarkDetail {
    /// `max(0, countyRetained − provisions)`.
    pub earmarkable_remainder: Money,
    /// Infrastructure + land development.
    pub on_target: Money,
    /// `onTarget / remainder`, rounded half up to 9 decimals (may exceed 1; `null` when nothing remains).
    pub share_on_target: Option<String>,
    /// Whether the share is above the threshold: `null` when it is exactly at it, where whether
    /// half is 「主要」 is for a person (AMB-18), and when the provisions exceed the retained
    /// revenue they are deducted from (the figures are for a person to check).
    pub compliant: Option<bool>,
}

/// art-10.b: is the remainder of the county-retained land revenue mainly used on the zone?
///
/// # Errors
/// `OUT_OF_RANGE` when the spending adds up beyond the money limit.
pub fn land_revenue_earmark(
    input: &EarmarkInput,
    params: &Params,
) -> Result<Answer<EarmarkDetail>, Error> {
    let rule = RuleId::ART_10_B;
    let threshold = params.mainly_threshold;
    let remainder = input.county_retained.saturating_sub(input.provisions);
    let on_target = input
        .spent_on_infrastructure
        .checked_add(input.spent_on_land_development)
        .ok_or_else(|| {
            let max = Money::MAX;
            Error::out_of_range(
                "input.spentOnLandDevelopment",
                text!(zh: "支出合计超过 {max} 元的上限", ko: "지출 합계가 상한 {max}원을 넘습니다", en: "the spending adds up beyond the limit of {max} yuan"),
            )
        })?;
    let mut reasons = Vec::new();
    let share = crate::money::share_text(on_target, remainder, threshold);
    let compliant;
    if input.provisions >= input.county_retained {
        reasons.add(
            Reason::new(C::EarmarkProvisionsExceed, rule)
                .with("provisions", input.provisions)
                .with("retained", input.county_retained),
        );
    } else {
        reasons.add(
            Reason::new(C::EarmarkRemainder, rule)
                .with("provisions", input.provisions)
                .with("remainder", remainder)
                .with("retained", input.county_retained),
        );
    }
    let mut needs_human = Vec::new();
    let outcome = if input.provisions > input.county_retained {
        // Deducted from the retained part, the provisions cannot exceed it: the facts disagree.
        needs_human.add(
            Reason::new(C::EarmarkProvisionsAboveRetained, rule)
                .with("provisions", input.provisions)
                .with("retained", input.county_retained),
        );
        compliant = None;
        Outcome::NeedsHuman
    } else if remainder.is_zero() {
        reasons.add(Reason::new(C::EarmarkNothingRemains, rule));
        compliant = Some(true);
        Outcome::Compliant
    } else if crate::money::share_equals(on_target, remainder, threshold) {
        // Exactly at the threshold: 「主要」 does not say whether half is "mainly" (AMB-18).
        needs_human.add(
            Reason::new(C::EarmarkAtThreshold, rule)
                .with("onTarget", on_target)
                .with("share", share.clone().unwrap_or_default())
                .with("threshold", threshold),
        );
        compliant = None;
        Outcome::NeedsHuman
    } else {
        let exceeds = share_exceeds(on_target, remainder, threshold);
        compliant = Some(exceeds);
        let r = Reason::new(
            if exceeds {
                C::EarmarkMainly
            } else {
                C::EarmarkNotMainly
            },
            rule,
        )
        .with("onTarget", on_target)
        .with("share", share.clone().unwrap_or_default())
        .with("threshold", threshold);
        reasons.add(r);
        if exceeds {
            Outcome::Compliant
        } else {
            Outcome::NonCompliant
        }
    };
    let mut used = ParamsUsed::new();
    used.set("mainlyThreshold", threshold.into());
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: EarmarkDetail {
            earmarkable_remainder: remainder,
            on_target,
            share_on_target: share,
            compliant,
        },
    })
}

computed! {
    /// art-10.a as a computed rule ([`first_level_finance`]).
    FirstLevelFinance: ART_10_A(FirstLevelFinanceInput) -> FirstLevelFinanceDetail = |input, _params| {
        let complies = input.complies_with_relevant_regulations;
        let as_of = input.as_of.map(crate::dates::IsoDate::get);
        crate::rules::common::on_zone_dated(input.register, &input.zone_id, (as_of, false), |_reg, zone| {
            Ok(first_level_finance(zone, complies, as_of))
        })
    };
    outcomes: [Eligible, NotEligible, NeedsHuman, NotApplicable];
}
computed! {
    /// art-10.b as a computed rule ([`land_revenue_earmark`]).
    LandRevenueEarmark: ART_10_B(EarmarkInput) -> EarmarkDetail = land_revenue_earmark;
    outcomes: [Compliant, NonCompliant, NeedsHuman];
}
