//! The fee calculator: one construction project's fees, line by line, as a front-end shows them.
//!
//! For each component it applies art-11.f to the land-transfer fee (when the component has a
//! `baseLandTransferFee`) and art-11.g to the urban infrastructure fee (when it has a
//! `baseInfraFee`, or the project has a `projectBaseInfraFee` shared by floor area). Each line
//! holds the component, the fee, the rule applied, the base, the relief and what is payable; the
//! totals add the lines exactly (integer fen, `crate::money`). The calculator holds no rule logic
//! of its own: the lines are those of [`art11_land::land_transfer_fee`] and
//! [`art11_land::infra_fee`].

use alloc::vec::Vec;

use crate::answer::{Answer, Outcome};
use crate::error::Error;
use crate::params::Params;
use crate::rules::art11_land::{self, ConstructionInput, FeeDetail, FeeKind, FeeLine, FeeTotals};

/// The subtotal of one fee.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct FeeSubtotal {
    /// The fee.
    pub fee: FeeKind,
    /// The rule that decides it.
    pub rule_id: &'static str,
    /// Its totals.
    pub totals: FeeTotals,
}

/// The calculation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeeCalculation {
    /// The rules' answers (art-11.f, then art-11.g), each with its own lines.
    pub answers: Vec<Answer<FeeDetail>>,
    /// Every line: per component, the land-transfer fee then the infrastructure fee.
    pub lines: Vec<FeeLine>,
    /// Subtotals per fee.
    pub by_fee: Vec<FeeSubtotal>,
    /// Totals over every line.
    pub totals: FeeTotals,
    /// `COMPUTED`, or `NEEDS_HUMAN` when a line is undecided.
    pub outcome: Outcome,
}

/// Calculates the fees of a project.
///
/// # Errors
/// `INVALID_INPUT` naming the field (no component, duplicate ids, no base fee anywhere, a bad
/// project-fee split); `OUT_OF_RANGE` when a total exceeds the money limit.
pub fn fee_calculation(
    input: &ConstructionInput,
    params: &Params,
) -> Result<FeeCalculation, Error> {
    let with = |keep: fn(&art11_land::Component) -> bool| ConstructionInput {
        enterprise: input.enterprise.clone(),
        project_base_infra_fee: input.project_base_infra_fee,
        components: input
            .components
            .iter()
            .filter(|c| keep(c))
            .cloned()
            .collect(),
    };
    // Checked on the whole input first, so every error path indexes the caller's list.
    if input.components.is_empty() {
        return Err(Error::input(
            crate::error::Problem::InvalidValue,
            "input.components",
            text!(
                zh: "至少需要一个建设组成部分",
                ko: "건설 구성 부분이 하나 이상 있어야 합니다",
                en: "at least one component is required"
            ),
        ));
    }
    let land = with(|c| c.base_land_transfer_fee.is_some());
    let infra = if input.project_base_infra_fee.is_some() {
        input.clone()
    } else {
        with(|c| c.base_infra_fee.is_some())
    };
    if land.components.is_empty() && infra.components.is_empty() {
        return Err(Error::input(
            crate::error::Problem::Inconsistent,
            "input.components",
            text!(
                zh: "没有任何组成部分给出 `baseLandTransferFee` 或 `baseInfraFee`(也没有 `projectBaseInfraFee`):无可计算",
                ko: "어느 구성 부분에도 `baseLandTransferFee`나 `baseInfraFee`가 없고 `projectBaseInfraFee`도 없어 계산할 것이 없습니다",
                en: "no component has a `baseLandTransferFee` or a `baseInfraFee` (and there is no `projectBaseInfraFee`): nothing to calculate"
            ),
        ));
    }
    // Duplicate or blank ids are reported against the caller's list.
    art11_land::check_components(input)?;
    let mut answers = Vec::new();
    if !land.components.is_empty() {
        answers.push(art11_land::land_transfer_fee(&land, params)?);
    }
    if !infra.components.is_empty() {
        answers.push(art11_land::infra_fee(&infra, params)?);
    }
    let mut lines = Vec::new();
    for c in &input.components {
        for a in &answers {
            lines.extend(
                a.detail
                    .lines
                    .iter()
                    .filter(|l| l.component_id == c.id)
                    .cloned(),
            );
        }
    }
    let by_fee = answers
        .iter()
        .filter_map(|a| {
            a.detail.lines.first().map(|l| FeeSubtotal {
                fee: l.fee,
                rule_id: a.rule_id.as_str(),
                totals: a.detail.totals,
            })
        })
        .collect();
    let totals = FeeTotals::of(&lines, "input.components")?;
    let outcome = if answers.iter().any(|a| a.outcome == Outcome::NeedsHuman) {
        Outcome::NeedsHuman
    } else {
        Outcome::Computed
    };
    Ok(FeeCalculation {
        answers,
        lines,
        by_fee,
        totals,
        outcome,
    })
}

/// The serialisable, language-rendered view of a [`FeeCalculation`].
#[cfg(feature = "serde")]
pub mod view {
    use super::{FeeCalculation, FeeSubtotal};
    use crate::answer::view::{AnswerView, ReasonView, RulebookView};
    use crate::answer::Outcome;
    use crate::messages::Lang;
    use crate::rules::art11_land::{FeeDetail, FeeLine, FeeTotals};
    use crate::rules::{RuleId, RULEBOOK_VERSION, SOURCE_SHA256};
    use alloc::string::String;
    use alloc::vec::Vec;
    use serde::Serialize;

    /// One line with its citation and the reasons that explain it.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct FeeLineView {
        /// The line.
        #[serde(flatten)]
        pub line: FeeLine,
        /// `YB-DZ-OPINIONS/<rule id>`.
        pub citation: String,
        /// Why, in the requested language (the reasons of the line's component).
        pub reasons: Vec<ReasonView>,
        /// What a person must decide for this line.
        pub needs_human: Vec<ReasonView>,
    }

    /// The calculation in one language.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    pub struct FeeCalculationView {
        /// `COMPUTED` or `NEEDS_HUMAN`.
        pub outcome: Outcome,
        /// The outcome in the requested language.
        pub outcome_label: &'static str,
        /// Every line: per component, the land-transfer fee then the infrastructure fee.
        pub lines: Vec<FeeLineView>,
        /// Subtotals per fee.
        pub by_fee: Vec<FeeSubtotal>,
        /// Totals over every line.
        pub totals: FeeTotals,
        /// The rules' full answers (art-11.f, art-11.g), with their clauses and parameters.
        #[cfg_attr(
            feature = "wasm",
            tsify(type = "Array<AnswerOf<\"art-11.f\"> | AnswerOf<\"art-11.g\">>")
        )]
        pub answers: Vec<AnswerView<FeeDetail>>,
        /// Language of the messages.
        pub lang: Lang,
        /// Rulebook version and source hash.
        pub rulebook: RulebookView,
    }

    impl FeeCalculationView {
        /// Renders `c` in `lang`.
        #[must_use]
        pub fn new(c: &FeeCalculation, lang: Lang) -> Self {
            let for_line = |l: &FeeLine, needs: bool| -> Vec<ReasonView> {
                c.answers
                    .iter()
                    .filter(|a| a.rule_id.as_str() == l.rule_id)
                    .flat_map(|a| if needs { &a.needs_human } else { &a.reasons })
                    .filter(|r| {
                        r.args
                            .get("component")
                            .and_then(crate::answer::Value::as_str)
                            == Some(l.component_id.as_str())
                    })
                    .map(|r| ReasonView::new(r, lang))
                    .collect()
            };
            Self {
                outcome: c.outcome,
                outcome_label: c.outcome.label(lang),
                lines: c
                    .lines
                    .iter()
                    .map(|l| FeeLineView {
                        line: l.clone(),
                        citation: RuleId::parse(l.rule_id)
                            .map(RuleId::citation)
                            .unwrap_or_default(),
                        reasons: for_line(l, false),
                        needs_human: for_line(l, true),
                    })
                    .collect(),
                by_fee: c.by_fee.clone(),
                totals: c.totals,
                answers: c.answers.iter().map(|a| AnswerView::new(a, lang)).collect(),
                lang,
                rulebook: RulebookView {
                    version: RULEBOOK_VERSION,
                    source_sha256: SOURCE_SHA256,
                },
            }
        }
    }
}
