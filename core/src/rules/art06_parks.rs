//! (六) 培育特色产业园区(基地): specialty parks.
//!
//! art-06.b: the county-retained share of the fiscal revenue that a co-built park's project
//! generates after it starts production is split in the ratio the two parties agree. Revenue
//! dated before the production start is excluded (the start day itself counts); until an
//! agreement exists (and for revenue dated before its signing) the host county keeps 100%
//! (`P.cobuilt_default_split = NONE_UNTIL_AGREED`, AMB-17). Each party's share is the agreed
//! ratio × the revenue, split to the fen by the largest remainders (the host first on a tie); the
//! host takes the rest, so the shares add up to the revenue exactly. Which revenue is 「有关」 is the caller's input.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength};
use crate::answer::{Answer, Outcome, ParamsUsed, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::money::{Money, Ratio, RATIO_SCALE};
use crate::params::Params;

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-06.b: not a co-built park project
    CobuiltNotCobuiltPark = "COBUILT_NOT_COBUILT_PARK" {
        zh: "项目不在共建园区内,不适用本条",
        ko: "대상이 공동건설 단지에 있지 않으므로 본 조항이 적용되지 않는다",
        en: "the project is not in a co-built park: the clause does not apply"
    }
    /// art-06.b: no production start
    CobuiltNoProductionStart = "COBUILT_NO_PRODUCTION_START" {
        zh: "项目尚未投产:没有可分成的收入",
        ko: "대상이 아직 생산에 투입되지 않았으므로 분배할 수입이 없다",
        en: "the project has not started production: no revenue is shared"
    }
    /// art-06.b: revenue before production start
    CobuiltItemBeforeProduction = "COBUILT_ITEM_BEFORE_PRODUCTION" {
        zh: "{date}的收入{amount}元早于投产日{start},不计入",
        ko: "{date}자 수입 {amount}원은 생산 투입일 {start} 이전이므로 산입하지 않는다",
        en: "revenue of {amount} yuan dated {date} is before production started on {start}: not counted"
    }
    /// art-06.b: revenue before the agreement
    CobuiltItemBeforeAgreement = "COBUILT_ITEM_BEFORE_AGREEMENT" {
        zh: "{date}的收入{amount}元早于分成协议签订日{signed},归{host}",
        ko: "{date}자 수입 {amount}원은 분배 협의 체결일 {signed} 이전이므로 {host}에 귀속된다",
        en: "revenue of {amount} yuan dated {date} is before the agreement of {signed}: it stays with {host}"
    }
    /// art-06.b: no agreement
    CobuiltNoAgreement = "COBUILT_NO_AGREEMENT" {
        zh: "合作双方尚未商定分成比例:县(市)留成部分{amount}元全部归{host}",
        ko: "합작 쌍방이 분배 비률을 협의하지 않았으므로 현(시) 류보분 {amount}원은 전부 {host}에 귀속된다",
        en: "the parties have not agreed a split: the county-retained revenue of {amount} yuan stays with {host}"
    }
    /// art-06.b: a party's share
    CobuiltShare = "COBUILT_SHARE" {
        zh: "{party}按约定比例{ratio}分得{amount}元",
        ko: "합작측({party})은 약정 비률 {ratio}에 따라 {amount}원을 받는다",
        en: "{party} gets {amount} yuan at the agreed ratio {ratio}"
    }
    /// art-06.b: the host's share, part by the agreed ratio and part kept before the agreement
    CobuiltShareHostWithDefault = "COBUILT_SHARE_HOST_WITH_DEFAULT" {
        zh: "{party}共分得{amount}元:按约定比例{ratio}分得{agreedAmount}元,另有协议签订前留归东道方的{defaultAmount}元",
        ko: "합작측({party})은 모두 {amount}원을 받는다. 약정 비률 {ratio}에 따라 {agreedAmount}원을 받고 협의 체결 전 소재지측에 귀속된 {defaultAmount}원이 더해진다",
        en: "{party} gets {amount} yuan in all: {agreedAmount} yuan at the agreed ratio {ratio}, and {defaultAmount} yuan it kept as host before the agreement was signed"
    }
    /// art-06.b: rounding residual
    CobuiltRoundingToHost = "COBUILT_ROUNDING_TO_HOST" {
        zh: "按比例计算后的尾差{residual}元归东道方{host}",
        ko: "비률 계산 후의 끝전 {residual}원은 주최측 {host}에 귀속된다",
        en: "the rounding residual of {residual} yuan goes to the host {host}"
    }
}

/// art-06.a: Encourage co-built specialty parks and "enclave economy" cooperation
pub static ART_06_A: RuleMeta = RuleMeta {
    id: "art-06.a",
    title: "Encourage co-built specialty parks and \"enclave economy\" cooperation",
    title_zh: "鼓励共建特色产业园区和“飞地经济”合作",
    title_ko: "특색산업단지 공동건설과 “비지경제” 합작 고무",
    clause: "(六)",
    clause_title: "培育特色产业园区(基地)",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "鼓励开发区围绕优势产业和重点企业,与科研院所、高校、商协会组织等合作共建各自的特色产业园区、产业配套园区、生产加工基地,探索政府引导、企业参与、园区共建、利益共享的“飞地经济”合作。",
    extra_quotes: &[],
    en: "Encourage zones, around their advantageous industries and key enterprises, to co-build specialty industrial parks, supporting-industry parks and production bases with research institutes, universities, chambers of commerce and associations; explore 'enclave economy' cooperation that is government-guided, enterprise-participatory, jointly built and benefit-sharing.",
    ko: "개발구가 우세산업과 중점기업을 둘러싸고 과학연구원소, 대학교, 상회·협회 조직 등과 합작하여 각자의 특색산업단지, 산업부대단지, 생산가공기지를 공동건설하고, 정부 인도, 기업 참여, 단지 공동건설, 리익 공유의 “비지경제” 합작을 탐색하도록 고무한다.",
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "「鼓励」性条款,只引出共建园区(其收入分成见 art-06.b)",
        "‘고무’하는 조항으로 공동건설 단지를 끌어들일 뿐이다(그 수입 분배는 art-06.b)",
        "an encouragement; it only introduces the co-built parks whose revenue art-06.b splits",
    )),
};

/// art-06.b: Split of county-retained fiscal revenue from co-built parks
pub static ART_06_B: RuleMeta = RuleMeta {
    id: "art-06.b",
    title: "Split of county-retained fiscal revenue from co-built parks",
    title_zh: "共建园区财政收入县(市)留成部分分成",
    title_ko: "공동건설 단지 재정수입 중 현(시) 류보분 분배",
    clause: "(六)",
    clause_title: "培育特色产业园区(基地)",
    kinds: &[Kind::FeeRule],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE", "AG.CTY_GOV", "AG.FINANCE"],
    owed_by: OwedBy::Nobody,
    quote: "共建园区引进项目投产后形成的有关财政收入县(市)留成部分,可由合作双方商定比例分成。",
    extra_quotes: &[],
    en: "The county (city)-retained portion of the relevant fiscal revenue generated, after commencement of production, by projects brought into a co-built park may be shared between the two cooperating parties in a proportion they agree.",
    ko: "공동건설 단지에 유치한 대상이 생산에 투입된 후 형성된 관련 재정수입 중 현(시) 류보분은 합작 쌍방이 협의한 비률에 따라 분배할 수 있다.",
    ambiguities: &["AMB-17"],
    evaluation: Evaluation::Function,
};

/// County-retained revenue on one date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `date` and `countyRetainedAmount`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RevenueItem {
    /// When the revenue was generated.
    pub date: IsoDate,
    /// The county (city)-retained part (县(市)留成部分), in yuan.
    pub county_retained_amount: Money,
}

/// One party's agreed ratio.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `partyId` and `ratio`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct PartyRatio {
    /// The party.
    pub party_id: String,
    /// Its ratio.
    pub ratio: Ratio,
}

/// The parties' agreement.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an agreement object with `ratios`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct SplitAgreement {
    /// The ratios; they must add up to exactly 1 and include the host.
    pub ratios: Vec<PartyRatio>,
    /// When it was signed; revenue dated before stays with the host.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub signed_date: Option<IsoDate>,
}

/// The input of art-06.b.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `hostPartyId` and `revenue`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CoBuiltRevenueInput {
    /// The co-built park the project is in; absent or `null`: not a co-built park project.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub co_built_park_id: Option<String>,
    /// When the project started production (投产); absent while it has not.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub production_start_date: Option<IsoDate>,
    /// The host county (or its zone), which keeps the revenue until a split is agreed.
    pub host_party_id: String,
    /// The county-retained revenue items.
    pub revenue: Vec<RevenueItem>,
    /// The agreement; absent or `null` when none.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub agreement: Option<SplitAgreement>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(CoBuiltRevenueInput {
    name: "CoBuiltRevenueInput",
    expecting: "an object with `hostPartyId` and `revenue`",
    blank: CoBuiltRevenueInput {
        co_built_park_id: Default::default(),
        production_start_date: Default::default(),
        host_party_id: String::new(),
        revenue: Vec::new(),
        agreement: Default::default(),
    },
    fields: [
        "coBuiltParkId" => co_built_park_id,
        "productionStartDate" => production_start_date,
        "hostPartyId" => host_party_id [required],
        "revenue" => revenue [required],
        "agreement" => agreement,
    ],
});

/// One party's amount.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct PartyShare {
    /// The party.
    pub party_id: String,
    /// The agreed ratio (`null` for the host's default 100%).
    #[cfg_attr(feature = "wasm", tsify(type = "string | null"))]
    pub ratio: Option<Ratio>,
    /// The amount.
    pub amount: Money,
}

stable_enum! {
    /// How a revenue item was treated.
    RevenueBasis {
        /// Before production started: excluded.
        BeforeProduction = "BEFORE_PRODUCTION" { zh: "投产前,不计入", ko: "생산 투입 전, 불산입", en: "before production start, excluded" },
        /// No agreement (yet) for it: the host keeps it.
        HostDefault = "HOST_DEFAULT" { zh: "未商定,归东道方", ko: "미협의, 소재지측 귀속", en: "no agreement: host keeps it" },
        /// Split in the agreed ratio.
        Agreement = "AGREEMENT" { zh: "按约定比例分成", ko: "약정 비률 분배", en: "split as agreed" },
    }
}

/// One revenue item and its treatment.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RevenueLine {
    /// The date.
    pub date: IsoDate,
    /// The amount.
    pub amount: Money,
    /// Its treatment.
    pub basis: RevenueBasis,
}

/// art-06.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CoBuiltRevenueDetail {
    /// Revenue after the production start (shared).
    pub eligible_total: Money,
    /// Revenue before the production start (excluded).
    pub excluded_total: Money,
    /// Each party's amount; they add up to `eligibleTotal`.
    pub shares: Vec<PartyShare>,
    /// Each revenue item.
    pub items: Vec<RevenueLine>,
}

fn invalid(path: String, problem: crate::error::Problem, detail: crate::error::Text) -> Error {
    Error::input(problem, path, detail)
}

fn sum_error(path: &str) -> Error {
    let max = Money::MAX;
    Error::out_of_range(
        path,
        text!(zh: "收入合计超过 {max} 元的上限", ko: "수입 합계가 상한 {max}원을 넘습니다", en: "the total revenue is above the limit of {max} yuan"),
    )
}

/// art-06.b: the split of a co-built park project's county-retained revenue.
///
/// # Errors
/// `INVALID_INPUT` naming the field for ratios that do not add up to 1, a host without a ratio or
/// a party listed twice; `OUT_OF_RANGE` when the revenue adds up beyond the money limit.
pub fn cobuilt_revenue_split(
    input: &CoBuiltRevenueInput,
    params: &Params,
) -> Result<Answer<CoBuiltRevenueDetail>, Error> {
    let rule = RuleId::ART_06_B;
    super::common::non_empty_id("input.hostPartyId", &input.host_party_id)?;
    let host = input.host_party_id.as_str();
    if let Some(a) = &input.agreement {
        let mut total: u64 = 0;
        for (i, p) in a.ratios.iter().enumerate() {
            super::common::non_empty_id(
                &format!("input.agreement.ratios[{i}].partyId"),
                &p.party_id,
            )?;
            if a.ratios
                .iter()
                .take(i)
                .any(|o| super::common::same_id(&o.party_id, &p.party_id))
            {
                let party = &p.party_id;
                return Err(invalid(
                    format!("input.agreement.ratios[{i}].partyId"),
                    crate::error::Problem::Duplicate,
                    text!(zh: "合作方 `{party}` 列出两次", ko: "당사자 `{party}`가 두 번 나옵니다", en: "party `{party}` listed twice"),
                ));
            }
            total += u64::from(p.ratio.billionths());
        }
        if total != u64::from(RATIO_SCALE) {
            return Err(invalid(
                String::from("input.agreement.ratios"),
                crate::error::Problem::Inconsistent,
                text!(zh: "约定的比例之和须恰好为 1", ko: "합의한 비률의 합은 정확히 1이여야 합니다", en: "the agreed ratios must add up to exactly 1"),
            ));
        }
        if !a
            .ratios
            .iter()
            .any(|p| super::common::same_id(&p.party_id, host))
        {
            return Err(invalid(
                String::from("input.agreement.ratios"),
                crate::error::Problem::MissingField,
                text!(zh: "所在地一方 `{host}` 没有比例(不分成时写 `\"0\"`)", ko: "소재지 측 `{host}`의 비률이 없습니다(몫이 없으면 `\"0\"`을 쓰십시오)", en: "the host `{host}` has no ratio (write `\"0\"` if it keeps none)"),
            ));
        }
    }
    let mut used = ParamsUsed::new();
    used.set(
        "cobuiltDefaultSplit",
        params.cobuilt_default_split.as_str().into(),
    );
    let mut reasons = Vec::new();
    let mut detail = CoBuiltRevenueDetail {
        eligible_total: Money::ZERO,
        excluded_total: Money::ZERO,
        shares: Vec::new(),
        items: Vec::new(),
    };
    if input.co_built_park_id.is_none() {
        reasons.add(Reason::new(C::CobuiltNotCobuiltPark, rule));
        return Ok(Answer {
            rule_id: rule,
            outcome: Outcome::NotApplicable,
            reasons,
            needs_human: Vec::new(),
            params_used: used,
            detail,
        });
    }
    let mut host_default = Money::ZERO;
    let mut agreed = Money::ZERO;
    let add = |acc: Money, m: Money| acc.checked_add(m).ok_or_else(|| sum_error("input.revenue"));
    if input.production_start_date.is_none() {
        reasons.add(Reason::new(C::CobuiltNoProductionStart, rule));
    }
    for item in &input.revenue {
        let amount = item.county_retained_amount;
        let basis = match (input.production_start_date, &input.agreement) {
            (None, _) => RevenueBasis::BeforeProduction,
            (Some(start), _) if item.date < start => {
                reasons.add(
                    Reason::new(C::CobuiltItemBeforeProduction, rule)
                        .with("amount", amount)
                        .with("date", item.date)
                        .with("start", start),
                );
                RevenueBasis::BeforeProduction
            }
            (Some(_), None) => RevenueBasis::HostDefault,
            (Some(_), Some(a)) => match a.signed_date {
                Some(signed) if item.date < signed => {
                    reasons.add(
                        Reason::new(C::CobuiltItemBeforeAgreement, rule)
                            .with("amount", amount)
                            .with("date", item.date)
                            .with("host", crate::answer::Value::text(host))
                            .with("signed", signed),
                    );
                    RevenueBasis::HostDefault
                }
                _ => RevenueBasis::Agreement,
            },
        };
        match basis {
            RevenueBasis::BeforeProduction => {
                detail.excluded_total = add(detail.excluded_total, amount)?
            }
            RevenueBasis::HostDefault => host_default = add(host_default, amount)?,
            RevenueBasis::Agreement => agreed = add(agreed, amount)?,
        }
        detail.items.push(RevenueLine {
            date: item.date,
            amount,
            basis,
        });
    }
    detail.eligible_total = add(host_default, agreed)?;
    match &input.agreement {
        None => {
            reasons.add(
                Reason::new(C::CobuiltNoAgreement, rule)
                    .with("amount", detail.eligible_total)
                    .with("host", crate::answer::Value::text(host)),
            );
            detail.shares.push(PartyShare {
                party_id: String::from(host),
                ratio: None,
                amount: detail.eligible_total,
            });
        }
        Some(a) => {
            // The revenue split in the agreed ratios to the fen by the largest remainders (each
            // party its exact part rounded down or up, never beyond; the host first on a tie);
            // the host gets the rest, so the shares add up exactly. Rounded half up each, 100.01
            // split 0.5/0.5 gave the partner 50.01 and the host 50.00 ("a residual of -0.01")
            // and 0.02 in 0.5/0.25/0.25 gave the host less than each partner; rounded down each,
            // thirds short-changed every partner a fen (seventh audit and its verification).
            let ratios: Vec<Ratio> = a.ratios.iter().map(|p| p.ratio).collect();
            let host_at = a
                .ratios
                .iter()
                .position(|p| super::common::same_id(&p.party_id, host));
            let parts = agreed.split_by(&ratios, host_at);
            let mut shares: Vec<PartyShare> = a
                .ratios
                .iter()
                .zip(parts)
                .map(|(p, part)| PartyShare {
                    party_id: p.party_id.clone(),
                    ratio: Some(p.ratio),
                    amount: if super::common::same_id(&p.party_id, host) {
                        Money::ZERO
                    } else {
                        part
                    },
                })
                .collect();
            // With several tiny shares each rounded up, the others could exceed the revenue by a
            // fen or two: take it back from the largest.
            while Money::sum(shares.iter().map(|s| s.amount)).is_none_or(|t| t > agreed) {
                let Some(largest) = shares.iter_mut().max_by_key(|s| s.amount) else {
                    break;
                };
                largest.amount = largest
                    .amount
                    .saturating_sub(Money::from_fen(1).unwrap_or(Money::ZERO));
            }
            let others = Money::sum(shares.iter().map(|s| s.amount)).unwrap_or(agreed);
            let host_agreed = agreed.saturating_sub(others);
            let exact = a
                .ratios
                .iter()
                .find(|p| super::common::same_id(&p.party_id, host))
                .map_or(Money::ZERO, |p| agreed.mul_ratio(p.ratio));
            for s in &mut shares {
                if super::common::same_id(&s.party_id, host) {
                    s.amount = host_agreed.checked_add(host_default).unwrap_or(host_agreed);
                }
                if super::common::same_id(&s.party_id, host) && !host_default.is_zero() {
                    // The host's share holds what it kept before the agreement too: the agreed
                    // ratio gave it only the first part.
                    reasons.add(
                        Reason::new(C::CobuiltShareHostWithDefault, rule)
                            .with("agreedAmount", host_agreed)
                            .with("amount", s.amount)
                            .with("defaultAmount", host_default)
                            .with("party", s.party_id.clone())
                            .with("ratio", s.ratio.unwrap_or(Ratio::ZERO)),
                    );
                    continue;
                }
                reasons.add(
                    Reason::new(C::CobuiltShare, rule)
                        .with("amount", s.amount)
                        .with("party", s.party_id.clone())
                        .with("ratio", s.ratio.unwrap_or(Ratio::ZERO)),
                );
            }
            // What the host gets beyond its own part rounded half up (ratios adding up to less
            // than 1, or the fen of a tie); never said as a negative residual.
            if host_agreed > exact {
                let residual =
                    alloc::string::ToString::to_string(&host_agreed.saturating_sub(exact));
                reasons.add(
                    Reason::new(C::CobuiltRoundingToHost, rule)
                        .with("host", crate::answer::Value::text(host))
                        .with("residual", residual),
                );
            }
            detail.shares = shares;
        }
    }
    Ok(Answer {
        rule_id: rule,
        outcome: Outcome::Computed,
        reasons,
        needs_human: Vec::new(),
        params_used: used,
        detail,
    })
}

computed! {
    /// art-06.b as a computed rule ([`cobuilt_revenue_split`]).
    CobuiltRevenueSplit: ART_06_B(CoBuiltRevenueInput) -> CoBuiltRevenueDetail = cobuilt_revenue_split;
    outcomes: [Computed, NotApplicable];
}
