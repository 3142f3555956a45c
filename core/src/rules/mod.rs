//! The rulebook: one file per clause, each holding its rules' metadata (verbatim quote, kind,
//! strength, bearers) and their pure functions; this module holds the registry of them all.
//!
//! File names follow the clause: `art18_coordination.rs` is clause (十八).

pub mod art16_organisation;
pub mod art18_coordination;

use crate::messages::Lang;

/// Version of the encoded rulebook, in every answer. Bumped whenever a rule's logic, a default
/// parameter or a message changes meaning.
pub const RULEBOOK_VERSION: &str = "2026.11.1";

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

/// Everything the rulebook knows about one rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, e.g. `art-18.c`.
    pub id: &'static str,
    /// Clause number as printed, e.g. `(十八)`.
    pub clause: &'static str,
    /// Clause title as printed.
    pub clause_title: &'static str,
    /// Kind.
    pub kind: Kind,
    /// Normative strength.
    pub strength: Strength,
    /// Bearers, as agency or actor codes (catalog §2).
    pub bearers: &'static [&'static str],
    /// The exact Chinese text: a substring of [`SOURCE_TEXT`].
    pub quote: &'static str,
    /// English rendering.
    pub en: &'static str,
    /// Korean rendering.
    pub ko: &'static str,
    /// Ambiguity-register entries whose defaults the rule relies on.
    pub ambiguities: &'static [&'static str],
}

impl RuleMeta {
    /// The rule's text in `lang` (the quote itself for Chinese).
    #[must_use]
    pub const fn rendering(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.quote,
            Lang::En => self.en,
            Lang::Ko => self.ko,
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
    /// art-16.b: at least 2 joint work meetings a year.
    pub const ART_16_B: Self = Self(&art16_organisation::ART_16_B);
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

/// Every rule in the registry, in catalog order.
pub const RULES: &[RuleId] = &[RuleId::ART_16_B, RuleId::ART_18_C];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quote_is_verbatim_in_the_source() {
        for r in RULES {
            assert!(
                SOURCE_TEXT.contains(r.meta().quote),
                "{}: quote not found in source",
                r.as_str()
            );
            assert!(SOURCE_TEXT.contains(r.meta().clause), "{}", r.as_str());
            assert!(
                SOURCE_TEXT.contains(r.meta().clause_title),
                "{}",
                r.as_str()
            );
            assert!(!r.meta().en.is_empty() && !r.meta().ko.is_empty());
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
