//! The rulebook: one file per clause, each holding its rules' metadata (verbatim quote, kind,
//! strength, bearers) and their pure functions; this module holds the registry of them all.
//!
//! File names follow the clause: `art18_coordination.rs` is clause (十八).

pub mod art01_planning;
pub mod art02_consolidation;
pub mod art03_innovation;
pub mod art04_investment;
pub mod art05_industry;
pub mod art06_parks;
pub mod art07_business_environment;
pub mod art08_opening_up;
pub mod art09_personnel;
pub mod art10_fiscal;
pub mod art11_land;
pub mod art12_administration;
pub mod art13_financing;
pub mod art14_assessment;
pub mod art15_environment;
pub mod art16_organisation;
pub mod art17_policy_support;
pub mod art18_coordination;
pub mod common;
pub mod preamble;

use crate::messages::Lang;

/// Version of the encoded rulebook, in every answer. Bumped whenever a rule's logic, a default
/// parameter or a message changes meaning.
pub const RULEBOOK_VERSION: &str = "2026.11.2";

/// SHA-256 of `data/source-zh.txt`, the verbatim source every quote is a substring of.
pub const SOURCE_SHA256: &str = "40fdfa65e414794b10d038566b0267cc9a1a15fb32f5f28f6a58daf1b0a2ff8e";

/// The source document, verbatim (UTF-8).
pub const SOURCE_TEXT: &str = include_str!("../../data/source-zh.txt");

/// Prefix of every citation: `YB-DZ-OPINIONS/<rule id>`.
pub const CITATION_PREFIX: &str = "YB-DZ-OPINIONS/";

/// What a rule does (catalog §0.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Kind {
    /// Someone must do something; no computable deadline.
    Obligation,
    /// An obligation with a computable due date.
    Deadline,
    /// An obligation repeated each period.
    RecurringDuty,
    /// A predicate: may or must X be treated as qualifying.
    EligibilityCheck,
    /// An adverse consequence triggered by facts.
    Sanction,
    /// A beneficial consequence triggered by facts.
    Reward,
    /// A fee, waiver, rebate or revenue split.
    FeeRule,
    /// Someone may do something.
    PowerGrant,
    /// Classifies entities or fixes a term.
    Definition,
    /// A tie-break or preference ordering.
    PriorityRule,
}

/// How binding the text is (catalog §0.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Strength {
    /// 要 / 应 / 严格 / 禁止 / 予以 / 不得 / 全部 / 均: a violation is a finding.
    Mandatory,
    /// 可 / 可以 / 允许: a power; not using it is never a violation.
    Permissive,
    /// 支持 / 鼓励 / 优先 / 倾斜: advisory only.
    Encouraged,
    /// 努力 / 打造 / 加快 / 推动 without a concrete act: not computable.
    Aspirational,
}

/// Who owes a rule as a duty (issue 8, "bearers are true"): read from the rule's own words
/// first. The clause's 责任单位 list supplies bearers only to a rule whose words name no subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwedBy {
    /// Nobody owes it as a duty: not an obligation, deadline or recurring duty, or only
    /// encouraged (鼓励/支持), aspirational or not computable. It stays in the rulebook with its
    /// strength and its `bearers`, and is never listed as something a bearer owes.
    Nobody,
    /// Its own words name who owes it: `bearers`, in the order named. The first, when it is one
    /// agency or actor, is the lead (`LEAD`); counties owe it within their own territory, each
    /// zone (「各开发区」, `ACT.ZONE`) for itself.
    Words,
    /// Its words name no subject: `bearers` are the units of its clause's 责任单位 list it
    /// concerns (the prefecture agencies only where its object is prefecture-wide, 「全州」). The
    /// first-listed prefecture agency is the presumed lead and the others assist (AMB-29:
    /// metadata, not a legal finding).
    ClauseList,
}

impl OwedBy {
    /// Stable name: `NOBODY`, `WORDS` or `CLAUSE_LIST`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Nobody => "NOBODY",
            Self::Words => "WORDS",
            Self::ClauseList => "CLAUSE_LIST",
        }
    }
}

/// Whether and how a rule is evaluated by this SDK.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evaluation {
    /// A pure function computes it: `evaluate` accepts its id.
    Function,
    /// An obligation with no computable condition beyond "done": tracked as an open item that a
    /// caller marks done; never silently dropped.
    OpenItem,
    /// The text makes it impossible to compute; the reason says why.
    NotComputable(&'static str),
    /// Computable from the text but not encoded yet; the note says what it needs.
    Planned(&'static str),
}

impl Evaluation {
    /// Stable name: `FUNCTION`, `OPEN_ITEM`, `NOT_COMPUTABLE` or `PLANNED`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Function => "FUNCTION",
            Self::OpenItem => "OPEN_ITEM",
            Self::NotComputable(_) => "NOT_COMPUTABLE",
            Self::Planned(_) => "PLANNED",
        }
    }

    /// The reason or note, when there is one.
    #[must_use]
    pub const fn reason(self) -> Option<&'static str> {
        match self {
            Self::Function | Self::OpenItem => None,
            Self::NotComputable(r) | Self::Planned(r) => Some(r),
        }
    }
}

/// Everything the rulebook knows about one rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, e.g. `art-18.c`.
    pub id: &'static str,
    /// Short English title (the catalog heading).
    pub title: &'static str,
    /// Clause number as printed, e.g. `(十八)`; empty for the preamble and section 一.
    pub clause: &'static str,
    /// Clause title as printed; empty for the preamble and section 一.
    pub clause_title: &'static str,
    /// Kinds, the primary first (catalog §0.2).
    pub kinds: &'static [Kind],
    /// Normative strength (the primary one where the catalog lists two).
    pub strength: Strength,
    /// Bearers, as agency or actor codes (catalog §2; see [`crate::agencies`]): for a duty, who
    /// owes it (see `owed_by`); for another rule, who applies or decides it. A provincial code
    /// (`ACT.PROV`, `ACT.PROV_GOV`) never owes a duty under a prefecture's opinion: it decides.
    pub bearers: &'static [&'static str],
    /// Where a duty's bearers come from: its own words, its clause's 责任单位 list, or nobody.
    pub owed_by: OwedBy,
    /// The exact Chinese text: a substring of [`SOURCE_TEXT`].
    pub quote: &'static str,
    /// Further fragments, where the catalog quotes the rule in parts.
    pub extra_quotes: &'static [&'static str],
    /// English rendering.
    pub en: &'static str,
    /// Korean rendering, for the rules with a function (others fall back to the Chinese quote).
    pub ko: Option<&'static str>,
    /// Ambiguity-register entries the rule's reading depends on.
    pub ambiguities: &'static [&'static str],
    /// Whether and how it is evaluated.
    pub evaluation: Evaluation,
}

impl RuleMeta {
    /// The primary kind.
    #[must_use]
    pub const fn kind(&self) -> Kind {
        match self.kinds.first() {
            Some(k) => *k,
            None => Kind::Definition,
        }
    }

    /// The clause number as the 责任单位 lists key it (1–18), or `None` for the preamble.
    #[must_use]
    pub fn clause_number(&self) -> Option<u8> {
        self.id.strip_prefix("art-")?.get(..2)?.parse().ok()
    }

    /// The rule's text in `lang` (the quote itself for Chinese).
    #[must_use]
    pub const fn rendering(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.quote,
            Lang::En => self.en,
            Lang::Ko => match self.ko {
                Some(ko) => ko,
                None => self.quote,
            },
        }
    }
}

/// A rule of the rulebook. Cheap to copy; compares by id.
#[derive(Clone, Copy, Debug)]
pub struct RuleId(&'static RuleMeta);

impl PartialEq for RuleId {
    fn eq(&self, other: &Self) -> bool {
        self.0.id == other.0.id
    }
}
impl Eq for RuleId {}

impl RuleId {
    /// pre.a: what counts as a development zone.
    pub const PRE_A: Self = Self(&preamble::PRE_A);
    /// art-02.a: the two-year consolidation window.
    pub const ART_02_A: Self = Self(&art02_consolidation::ART_02_A);
    /// art-02.b: revoke zones that exist in name only.
    pub const ART_02_B: Self = Self(&art02_consolidation::ART_02_B);
    /// art-02.c: one county, one provincial zone.
    pub const ART_02_C: Self = Self(&art02_consolidation::ART_02_C);
    /// art-02.d: upgrading an industrial concentration zone.
    pub const ART_02_D: Self = Self(&art02_consolidation::ART_02_D);
    /// art-03.a: applying to become a provincial high-tech zone.
    pub const ART_03_A: Self = Self(&art03_innovation::ART_03_A);
    /// art-04.d: the one-time investment-promotion reward.
    pub const ART_04_D: Self = Self(&art04_investment::ART_04_D);
    /// art-05.a: industry focus by level.
    pub const ART_05_A: Self = Self(&art05_industry::ART_05_A);
    /// art-06.b: the co-built park revenue split.
    pub const ART_06_B: Self = Self(&art06_parks::ART_06_B);
    /// art-10.a: first-level finance and treasury.
    pub const ART_10_A: Self = Self(&art10_fiscal::ART_10_A);
    /// art-10.b: the land revenue earmark.
    pub const ART_10_B: Self = Self(&art10_fiscal::ART_10_B);
    /// art-11.b: the land evaluation cycle.
    pub const ART_11_B: Self = Self(&art11_land::ART_11_B);
    /// art-11.e: the 5-year grace for reused industrial property.
    pub const ART_11_E: Self = Self(&art11_land::ART_11_E);
    /// art-11.f: the land-transfer fee exemption.
    pub const ART_11_F: Self = Self(&art11_land::ART_11_F);
    /// art-11.g: the urban infrastructure fee relief.
    pub const ART_11_G: Self = Self(&art11_land::ART_11_G);
    /// art-12.b: the four prefecture-dispatched zones.
    pub const ART_12_B: Self = Self(&art12_administration::ART_12_B);
    /// art-14.c: priority promotion.
    pub const ART_14_C: Self = Self(&art14_assessment::ART_14_C);
    /// art-14.d: yellow card.
    pub const ART_14_D: Self = Self(&art14_assessment::ART_14_D);
    /// art-14.e: leader accountability.
    pub const ART_14_E: Self = Self(&art14_assessment::ART_14_E);
    /// art-14.f: revocation package.
    pub const ART_14_F: Self = Self(&art14_assessment::ART_14_F);
    /// art-14.h: falsified statistics.
    pub const ART_14_H: Self = Self(&art14_assessment::ART_14_H);
    /// art-15.a: environmental infrastructure.
    pub const ART_15_A: Self = Self(&art15_environment::ART_15_A);
    /// art-16.b: at least 2 joint work meetings a year.
    pub const ART_16_B: Self = Self(&art16_organisation::ART_16_B);
    /// art-17.a: provincial rebates returned in full.
    pub const ART_17_A: Self = Self(&art17_policy_support::ART_17_A);
    /// art-17.b: administrative fee retention.
    pub const ART_17_B: Self = Self(&art17_policy_support::ART_17_B);
    /// art-17.d: the tie-break for zone projects.
    pub const ART_17_D: Self = Self(&art17_policy_support::ART_17_D);
    /// art-18.c: implementation measures within 6 months of issuance.
    pub const ART_18_C: Self = Self(&art18_coordination::ART_18_C);

    /// The stable id.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.0.id
    }

    /// The rule's metadata.
    #[must_use]
    pub const fn meta(self) -> &'static RuleMeta {
        self.0
    }

    /// `YB-DZ-OPINIONS/<id>`.
    #[must_use]
    pub fn citation(self) -> alloc::string::String {
        let mut s = alloc::string::String::from(CITATION_PREFIX);
        s.push_str(self.0.id);
        s
    }

    /// Looks a rule up by id.
    #[must_use]
    pub fn parse(id: &str) -> Option<Self> {
        RULES.iter().copied().find(|r| r.as_str() == id)
    }
}

/// Every rule of the catalog (the preamble definitions and all 74 clause rules), in catalog order.
pub const RULES: &[RuleId] = &[
    RuleId(&preamble::PRE_A),
    RuleId(&preamble::PRE_B),
    RuleId(&preamble::PRE_C),
    RuleId(&preamble::SEC_1),
    RuleId(&art01_planning::ART_01_A),
    RuleId(&art01_planning::ART_01_B),
    RuleId(&art02_consolidation::ART_02_A),
    RuleId(&art02_consolidation::ART_02_B),
    RuleId(&art02_consolidation::ART_02_C),
    RuleId(&art02_consolidation::ART_02_D),
    RuleId(&art03_innovation::ART_03_A),
    RuleId(&art03_innovation::ART_03_B),
    RuleId(&art03_innovation::ART_03_C),
    RuleId(&art04_investment::ART_04_A),
    RuleId(&art04_investment::ART_04_B),
    RuleId(&art04_investment::ART_04_C),
    RuleId(&art04_investment::ART_04_D),
    RuleId(&art04_investment::ART_04_E),
    RuleId(&art05_industry::ART_05_A),
    RuleId(&art05_industry::ART_05_B),
    RuleId(&art05_industry::ART_05_C),
    RuleId(&art06_parks::ART_06_A),
    RuleId(&art06_parks::ART_06_B),
    RuleId(&art07_business_environment::ART_07_A),
    RuleId(&art07_business_environment::ART_07_B),
    RuleId(&art07_business_environment::ART_07_C),
    RuleId(&art07_business_environment::ART_07_D),
    RuleId(&art08_opening_up::ART_08_A),
    RuleId(&art08_opening_up::ART_08_B),
    RuleId(&art08_opening_up::ART_08_C),
    RuleId(&art09_personnel::ART_09_A),
    RuleId(&art09_personnel::ART_09_B),
    RuleId(&art09_personnel::ART_09_C),
    RuleId(&art09_personnel::ART_09_D),
    RuleId(&art09_personnel::ART_09_E),
    RuleId(&art09_personnel::ART_09_F),
    RuleId(&art10_fiscal::ART_10_A),
    RuleId(&art10_fiscal::ART_10_B),
    RuleId(&art11_land::ART_11_A),
    RuleId(&art11_land::ART_11_B),
    RuleId(&art11_land::ART_11_C),
    RuleId(&art11_land::ART_11_D),
    RuleId(&art11_land::ART_11_E),
    RuleId(&art11_land::ART_11_F),
    RuleId(&art11_land::ART_11_G),
    RuleId(&art12_administration::ART_12_A),
    RuleId(&art12_administration::ART_12_B),
    RuleId(&art12_administration::ART_12_C),
    RuleId(&art12_administration::ART_12_D),
    RuleId(&art12_administration::ART_12_E),
    RuleId(&art12_administration::ART_12_F),
    RuleId(&art13_financing::ART_13_A),
    RuleId(&art13_financing::ART_13_B),
    RuleId(&art13_financing::ART_13_C),
    RuleId(&art14_assessment::ART_14_A),
    RuleId(&art14_assessment::ART_14_B),
    RuleId(&art14_assessment::ART_14_C),
    RuleId(&art14_assessment::ART_14_D),
    RuleId(&art14_assessment::ART_14_E),
    RuleId(&art14_assessment::ART_14_F),
    RuleId(&art14_assessment::ART_14_G),
    RuleId(&art14_assessment::ART_14_H),
    RuleId(&art15_environment::ART_15_A),
    RuleId(&art15_environment::ART_15_B),
    RuleId(&art15_environment::ART_15_C),
    RuleId(&art15_environment::ART_15_D),
    RuleId(&art16_organisation::ART_16_A),
    RuleId(&art16_organisation::ART_16_B),
    RuleId(&art16_organisation::ART_16_C),
    RuleId(&art16_organisation::ART_16_D),
    RuleId(&art16_organisation::ART_16_E),
    RuleId(&art17_policy_support::ART_17_A),
    RuleId(&art17_policy_support::ART_17_B),
    RuleId(&art17_policy_support::ART_17_C),
    RuleId(&art17_policy_support::ART_17_D),
    RuleId(&art18_coordination::ART_18_A),
    RuleId(&art18_coordination::ART_18_B),
    RuleId(&art18_coordination::ART_18_C),
];

/// The rules `evaluate` computes (those whose evaluation is [`Evaluation::Function`]).
pub fn evaluable() -> impl Iterator<Item = RuleId> {
    RULES
        .iter()
        .copied()
        .filter(|r| r.meta().evaluation == Evaluation::Function)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quote_is_verbatim_in_the_source() {
        for r in RULES {
            for q in core::iter::once(&r.meta().quote).chain(r.meta().extra_quotes) {
                assert!(
                    SOURCE_TEXT.contains(q),
                    "{}: quote not found in source: {q}",
                    r.as_str()
                );
            }
            assert!(SOURCE_TEXT.contains(r.meta().clause), "{}", r.as_str());
            assert!(
                SOURCE_TEXT.contains(r.meta().clause_title),
                "{}",
                r.as_str()
            );
            assert!(!r.meta().en.is_empty(), "{}", r.as_str());
            if r.meta().evaluation == Evaluation::Function {
                assert!(
                    r.meta().ko.is_some(),
                    "{} has a function but no Korean rendering",
                    r.as_str()
                );
            }
        }
    }

    #[test]
    fn the_whole_catalog_is_registered() {
        assert_eq!(RULES.len(), 78);
        assert_eq!(
            RULES
                .iter()
                .filter(|r| r.as_str().starts_with("art-"))
                .count(),
            74
        );
        for n in 1..=18u8 {
            assert!(
                RULES.iter().any(|r| r.meta().clause_number() == Some(n)),
                "clause {n}"
            );
        }
        for r in RULES {
            if let Some(reason) = r.meta().evaluation.reason() {
                assert!(!reason.is_empty(), "{}", r.as_str());
            }
        }
    }

    #[test]
    fn ids_unique_and_parse() {
        for r in RULES {
            assert_eq!(RuleId::parse(r.as_str()), Some(*r));
            assert_eq!(RULES.iter().filter(|x| *x == r).count(), 1);
        }
        assert_eq!(RuleId::parse("art-99.z"), None);
    }
}
