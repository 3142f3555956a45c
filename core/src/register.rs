//! The zone register (catalog §3): the facts the zone checks read. One JSON document holds the
//! issuance date, counties, zones and their yearly records; every check takes the register and
//! the id of what it asks about, so a caller loads it once and asks many questions.
//!
//! Every list is optional in JSON except `zones`; unknown fields are rejected everywhere.
//! [`Register::validate`] checks the cross-references (unknown zone ids, ranks beyond the ranked
//! population, duplicates) and names the bad field.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::error::{Error, ErrorCode};

stable_enum! {
    /// Approval level (catalog §3.2).
    ZoneLevel {
        /// 国家级开发区.
        National = "NATIONAL",
        /// 省级开发区.
        Provincial = "PROVINCIAL",
        /// 工业集中区.
        IndustrialConcentration = "INDUSTRIAL_CONCENTRATION",
        /// Another zone inside the 「开发区」 umbrella with no formal level.
        Other = "OTHER",
        /// Not yet established: checks that depend on the level answer NEEDS_HUMAN.
        Unknown = "UNKNOWN",
    }
}

stable_enum! {
    /// Functional type (catalog §3.2).
    ZoneType {
        /// 经济开发区.
        EconDevZone = "ECON_DEV_ZONE",
        /// 高新技术产业开发区.
        HighTechZone = "HIGH_TECH_ZONE",
        /// 经济合作区.
        EconCoopZone = "ECON_COOP_ZONE",
        /// 边境经济合作区.
        BorderEconCoopZone = "BORDER_ECON_COOP_ZONE",
        /// 跨境经济合作区.
        CrossBorderEconCoopZone = "CROSS_BORDER_ECON_COOP_ZONE",
        /// 工业集中区.
        IndustrialConcentrationZone = "INDUSTRIAL_CONCENTRATION_ZONE",
        /// 综合保税区.
        ComprehensiveBondedZone = "COMPREHENSIVE_BONDED_ZONE",
        /// 文化旅游区.
        CultureTourismZone = "CULTURE_TOURISM_ZONE",
        /// 空港经济开发区.
        AirportEconZone = "AIRPORT_ECON_ZONE",
        /// 特色产业园区 / 产业配套园区 / 生产加工基地 (a park inside a zone).
        SpecialtyPark = "SPECIALTY_PARK",
        /// 省际/国际合作园区.
        CoopPark = "COOP_PARK",
        /// 境外经贸合作区 (outside China).
        OverseasTradeCoopZone = "OVERSEAS_TRADE_COOP_ZONE",
        /// Any other type.
        Other = "OTHER",
    }
}

stable_enum! {
    /// Status (catalog §3.1).
    ZoneStatus {
        /// In operation.
        Active = "ACTIVE",
        /// Revoked.
        Revoked = "REVOKED",
        /// Merged into another zone (`mergedInto`).
        Merged = "MERGED",
        /// Flagged as nominal, pending a decision.
        NominalFlagged = "NOMINAL_FLAGGED",
        /// Proposed, not approved.
        Proposed = "PROPOSED",
    }
}

stable_enum! {
    /// Who manages the zone (catalog §3.1; art-12.b).
    ManagingAuthority {
        /// Its organs are dispatched agencies of the prefecture (art-12.b).
        PrefectureDispatched = "PREFECTURE_DISPATCHED",
        /// Managed by its county.
        County = "COUNTY",
        /// Managed by the province.
        Province = "PROVINCE",
        /// Anything else.
        Other = "OTHER",
    }
}

stable_enum! {
    /// Kind of county-level unit.
    CountyKind {
        /// County-level city (市).
        City = "CITY",
        /// County (县).
        County = "COUNTY",
    }
}

stable_enum! {
    /// Why an assessment year was disqualified.
    DisqualificationReason {
        /// Falsified or concealed statistics (art-14.h).
        FalsifiedStats = "FALSIFIED_STATS",
        /// Environmental infrastructure not completed on time (art-15.a).
        EnvInfra = "ENV_INFRA",
        /// Any other reason given by the assessing authority.
        Other = "OTHER",
    }
}

stable_enum! {
    /// Kind of land intensive-use evaluation (art-11.b).
    LandEvaluationKind {
        /// 全面评价: the full evaluation (every 3 years).
        Full = "FULL",
        /// 更新评价: the update evaluation (every year).
        Update = "UPDATE",
    }
}

/// A land intensive-use evaluation of a zone (art-11.b; catalog §3.3 `LandEvaluation`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a land evaluation object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct LandEvaluation {
    /// The zone.
    pub zone_id: String,
    /// The evaluation year.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::year"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub year: i32,
    /// Full or update.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: LandEvaluationKind,
    /// When it was completed (an answer `asOf` an earlier date does not know it yet).
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub completed_date: Option<NaiveDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// A county-level unit.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a county object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct County {
    /// Id, e.g. `CTY.YANJI`.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub name_en: Option<String>,
    /// City or county.
    pub kind: CountyKind,
    /// Where this record comes from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// A development zone (开发区).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a zone object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Zone {
    /// Stable id, e.g. `HC-BECZ`.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub name_en: Option<String>,
    /// Other names it is known by (e.g. 延吉高新区 for 延吉高新技术产业开发区).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub aliases: Vec<String>,
    /// Approval level.
    pub level: ZoneLevel,
    /// Functional type.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub zone_type: ZoneType,
    /// Host county (`null` for a zone spanning counties).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub county_id: Option<String>,
    /// Status.
    pub status: ZoneStatus,
    /// Date of the last status change.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub status_date: Option<NaiveDate>,
    /// The zone it was merged into.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub merged_into: Option<String>,
    /// The zone a park belongs to (「一区多园」).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub parent_zone_id: Option<String>,
    /// Who manages it.
    pub managing_authority: ManagingAuthority,
    /// The leading (首位) industry, as designated in the zone's plan.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub leading_industry: Option<String>,
    /// The main (主攻) industries, as designated.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub main_industries: Vec<String>,
    /// The competent authority's finding that the zone is nominal (有名无实, art-02.b); absent
    /// when no finding was made.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub nominal_finding: Option<bool>,
    /// Whether it meets the provincial high-tech zone criteria (art-03.a; external); absent when unknown.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meets_high_tech_criteria: Option<bool>,
    /// Where the facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub source_note: Option<String>,
}

/// One zone's result in one year's provincial ranking (catalog §3.3).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an assessment record object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct AssessmentRecord {
    /// The zone.
    pub zone_id: String,
    /// The assessment (performance) year, not the year of publication (AMB-10).
    #[cfg_attr(feature = "serde", serde(with = "crate::num::year"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub year: i32,
    /// Official rank (1 = best); absent when not ranked (e.g. disqualified).
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::num::count_option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub rank: Option<u32>,
    /// N: zones ranked that year.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub population_size: u32,
    /// How many zones share this rank (1 = no tie).
    #[cfg_attr(feature = "serde", serde(default = "one", with = "crate::num::count"))]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub tied_with: u32,
    /// 受到省奖励 that year.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rewarded_by_province: bool,
    /// Disqualified from that year's assessment by the assessing authority.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub disqualified: bool,
    /// Why, when disqualified.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub disqualification_reason: Option<DisqualificationReason>,
    /// When the results were published (sanctions start then, AMB-10).
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub published_date: Option<NaiveDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

#[cfg(feature = "serde")]
const fn one() -> u32 {
    1
}

/// A required environmental-protection infrastructure item (art-15.a).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an environmental infrastructure object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct EnvInfraItem {
    /// The zone.
    pub zone_id: String,
    /// What it is (e.g. centralised wastewater treatment).
    pub item: String,
    /// When it had to be completed 「按规定」.
    #[cfg_attr(feature = "serde", serde(with = "crate::dates::serde_date"))]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub due_date: NaiveDate,
    /// When it was completed; absent while it is not.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub completed_date: Option<NaiveDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// A statistics audit finding (art-14.h).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a statistics finding object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct StatsFinding {
    /// The zone.
    pub zone_id: String,
    /// The year the data relate to.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::year"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub data_year: i32,
    /// Whether data were falsely reported or concealed (虚报瞒报).
    pub falsified_or_concealed: bool,
    /// When the finding was made.
    #[cfg_attr(feature = "serde", serde(with = "crate::dates::serde_date"))]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub finding_date: NaiveDate,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// A provincial revocation decision and the leaders' accountability decision (art-14.f).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a revocation object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Revocation {
    /// The zone.
    pub zone_id: String,
    /// When the revocation took effect (from the provincial decision).
    #[cfg_attr(feature = "serde", serde(with = "crate::dates::serde_date"))]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub effective_date: NaiveDate,
    /// When the leaders' accountability was decided, if it was.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub accountability_decision_date: Option<NaiveDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// The acceptance of a yellow-card rectification (art-14.d, AMB-24).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a rectification object"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Rectification {
    /// The zone.
    pub zone_id: String,
    /// The assessment year whose yellow card it answers.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::year"))]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub assessment_year: i32,
    /// When the rectification was accepted.
    #[cfg_attr(feature = "serde", serde(with = "crate::dates::serde_date"))]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub accepted_date: NaiveDate,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// What is known of one bearer's implementation measures (art-18.c, AMB-41): each bearer has
/// its own instance of the deadline. A bearer with no record is UNKNOWN once its due date has
/// passed; a record without `adoptedDate` says the bearer is known not to have adopted any.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an implementation-measures object with a `bearer`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ImplMeasure {
    /// The bearer: a prefecture agency (`AG.COMMERCE`, …, the members of 「州直有关部门」) or a
    /// county (`CTY.YANJI`, …).
    pub bearer: String,
    /// When the bearer formally adopted (issued) its measures (AMB-41); absent: known not adopted.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub adopted_date: Option<NaiveDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// A duty marked done, or known not done, by one bearer: how a caller closes an open item
/// (an obligation with no computable condition) or a dated duty whose act the register does not
/// otherwise record (art-02.a). A bearer's duty is met only by its own act (catalog §2.1).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a duty record object with `ruleId` and `bearer`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct DutyRecord {
    /// The rule, e.g. `art-04.a`.
    pub rule_id: String,
    /// The bearer: an agency, county or actor code (`AG.COMMERCE`, `CTY.YANJI`, `ACT.LG`).
    pub bearer: String,
    /// When it was done; absent: known not done yet.
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::dates::serde_date::option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "string"))]
    pub done_date: Option<NaiveDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

/// The register: everything the zone checks read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a register object with `issueDate` and `zones`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Register {
    /// What this register is and where its data come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub description: Option<String>,
    /// The opinion's issuance date (`P.issue_date`, AMB-01): not in the source file.
    #[cfg_attr(feature = "serde", serde(with = "crate::dates::serde_date"))]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub issue_date: NaiveDate,
    /// County-level units.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub counties: Vec<County>,
    /// Zones.
    pub zones: Vec<Zone>,
    /// Yearly provincial assessment results.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub assessments: Vec<AssessmentRecord>,
    /// Environmental infrastructure items.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub env_infra: Vec<EnvInfraItem>,
    /// Statistics audit findings.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub stats_findings: Vec<StatsFinding>,
    /// Revocation decisions.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub revocations: Vec<Revocation>,
    /// Accepted yellow-card rectifications.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub rectifications: Vec<Rectification>,
    /// Meetings of the Leading Group and others (art-16.b).
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub meetings: Vec<crate::rules::art16_organisation::Meeting>,
    /// Implementation measures adopted (or known not adopted), one record per bearer (art-18.c).
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub impl_measures: Vec<ImplMeasure>,
    /// Duties marked done (or known not done) per bearer: open items and art-02.a.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub duty_records: Vec<DutyRecord>,
    /// Land intensive-use evaluations (art-11.b).
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub land_evaluations: Vec<LandEvaluation>,
    /// Reuses of existing industrial property under the 5-year grace (art-11.e); each needs a `zoneId`.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub industrial_reuses: Vec<crate::rules::art11_land::IndustrialReuse>,
}

fn invalid(path: String, message: String) -> Error {
    Error::new(ErrorCode::InvalidInput, path, message)
}

impl ZoneStatus {
    /// Whether the zone exists as a zone: active, or flagged as nominal but not yet revoked.
    #[must_use]
    pub const fn exists(self) -> bool {
        matches!(self, Self::Active | Self::NominalFlagged)
    }
}

impl Register {
    /// The zone with `id`.
    #[must_use]
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.id == id)
    }

    /// The zone with `id`, or an error naming `path`.
    ///
    /// # Errors
    /// `INVALID_INPUT` when no zone has that id.
    pub fn zone_at(&self, id: &str, path: &str) -> Result<&Zone, Error> {
        self.zone(id).ok_or_else(|| {
            invalid(
                String::from(path),
                format!("unknown zone `{id}`: not in `register.zones`"),
            )
        })
    }

    /// One zone's record for one assessment year.
    #[must_use]
    pub fn assessment(&self, zone_id: &str, year: i32) -> Option<&AssessmentRecord> {
        self.assessments
            .iter()
            // The year first: an integer compare rules out most records before a string compare.
            .find(|r| r.year == year && r.zone_id == zone_id)
    }

    /// Checks cross-references and ranges; `root` is the path of the register (e.g. `input.register`).
    ///
    /// # Errors
    /// `INVALID_INPUT` naming the first bad field.
    pub fn validate(&self, root: &str) -> Result<(), Error> {
        for (i, z) in self.zones.iter().enumerate() {
            if z.id.trim().is_empty() {
                return Err(invalid(
                    format!("{root}.zones[{i}].id"),
                    String::from("a zone id must not be empty"),
                ));
            }
            if self.zones.iter().take(i).any(|o| o.id == z.id) {
                return Err(invalid(
                    format!("{root}.zones[{i}].id"),
                    format!("duplicate zone id `{}`", z.id),
                ));
            }
            if let Some(c) = &z.county_id {
                if !self.counties.is_empty() && !self.counties.iter().any(|k| &k.id == c) {
                    return Err(invalid(
                        format!("{root}.zones[{i}].countyId"),
                        format!("unknown county `{c}`: not in `register.counties`"),
                    ));
                }
            }
            for (field, target) in [
                ("mergedInto", &z.merged_into),
                ("parentZoneId", &z.parent_zone_id),
            ] {
                if let Some(t) = target {
                    if self.zone(t).is_none() {
                        return Err(invalid(
                            format!("{root}.zones[{i}].{field}"),
                            format!("unknown zone `{t}`: not in `register.zones`"),
                        ));
                    }
                }
            }
        }
        for (i, r) in self.assessments.iter().enumerate() {
            let at = |f: &str| format!("{root}.assessments[{i}].{f}");
            if self.zone(&r.zone_id).is_none() {
                return Err(invalid(
                    at("zoneId"),
                    format!("unknown zone `{}`: not in `register.zones`", r.zone_id),
                ));
            }
            if r.population_size == 0 {
                return Err(invalid(
                    at("populationSize"),
                    String::from("must be at least 1"),
                ));
            }
            if let Some(rank) = r.rank {
                let last = u64::from(rank) + u64::from(r.tied_with.max(1)) - 1;
                if rank == 0 || last > u64::from(r.population_size) {
                    return Err(invalid(
                        at("rank"),
                        format!(
                            "rank {rank} (tied with {}) does not fit a ranking of {} zones",
                            r.tied_with, r.population_size
                        ),
                    ));
                }
            }
            if r.tied_with == 0 {
                return Err(invalid(at("tiedWith"), String::from("must be at least 1")));
            }
            if self
                .assessments
                .iter()
                .take(i)
                .any(|o| o.year == r.year && o.zone_id == r.zone_id)
            {
                return Err(invalid(
                    at("year"),
                    format!("a second record for zone `{}` in {}", r.zone_id, r.year),
                ));
            }
        }
        let zone_refs = self
            .env_infra
            .iter()
            .map(|x| ("envInfra", &x.zone_id))
            .chain(
                self.stats_findings
                    .iter()
                    .map(|x| ("statsFindings", &x.zone_id)),
            )
            .chain(self.revocations.iter().map(|x| ("revocations", &x.zone_id)))
            .chain(
                self.rectifications
                    .iter()
                    .map(|x| ("rectifications", &x.zone_id)),
            );
        for (i, r) in self.industrial_reuses.iter().enumerate() {
            match &r.zone_id {
                None => {
                    return Err(invalid(
                        format!("{root}.industrialReuses[{i}].zoneId"),
                        String::from("a reuse in a register needs the zone it is in"),
                    ))
                }
                Some(z) if self.zone(z).is_none() => {
                    return Err(invalid(
                        format!("{root}.industrialReuses[{i}].zoneId"),
                        format!("unknown zone `{z}`: not in `register.zones`"),
                    ))
                }
                Some(_) => {}
            }
        }
        let zone_refs = zone_refs.chain(
            self.land_evaluations
                .iter()
                .map(|x| ("landEvaluations", &x.zone_id)),
        );
        let mut index: (&str, usize) = ("", 0);
        for (list, zone_id) in zone_refs {
            index = if index.0 == list {
                (list, index.1 + 1)
            } else {
                (list, 0)
            };
            if self.zone(zone_id).is_none() {
                return Err(invalid(
                    format!("{root}.{list}[{}].zoneId", index.1),
                    format!("unknown zone `{zone_id}`: not in `register.zones`"),
                ));
            }
        }
        self.validate_duties(root)
    }

    /// Checks the bearers and rules of `implMeasures` and `dutyRecords`.
    fn validate_duties(&self, root: &str) -> Result<(), Error> {
        for (i, m) in self.impl_measures.iter().enumerate() {
            let at = |f: &str| format!("{root}.implMeasures[{i}].{f}");
            if !crate::agencies::bears_impl_measures(&m.bearer) {
                return Err(invalid(
                    at("bearer"),
                    format!(
                        "`{}` is not a bearer of art-18.c: expected a prefecture agency (`AG.COMMERCE`, …) or a county (`CTY.YANJI`, …)",
                        m.bearer
                    ),
                ));
            }
            if self
                .impl_measures
                .iter()
                .take(i)
                .any(|o| o.bearer == m.bearer)
            {
                return Err(invalid(
                    at("bearer"),
                    format!("a second record for `{}`", m.bearer),
                ));
            }
        }
        for (i, r) in self.duty_records.iter().enumerate() {
            let at = |f: &str| format!("{root}.dutyRecords[{i}].{f}");
            let Some(rule) = crate::rules::RuleId::parse(&r.rule_id) else {
                return Err(invalid(
                    at("ruleId"),
                    format!("unknown rule `{}`", r.rule_id),
                ));
            };
            if !crate::duties::is_duty(rule) {
                return Err(invalid(
                    at("ruleId"),
                    format!(
                        "`{}` is not an obligation, deadline or recurring duty",
                        r.rule_id
                    ),
                ));
            }
            if !crate::duties::concrete_bearers(rule).any(|b| b == r.bearer) {
                return Err(invalid(
                    at("bearer"),
                    format!("`{}` does not bear `{}`", r.bearer, r.rule_id),
                ));
            }
            if self
                .duty_records
                .iter()
                .take(i)
                .any(|o| o.bearer == r.bearer && o.rule_id == r.rule_id)
            {
                return Err(invalid(
                    at("bearer"),
                    format!("a second record for `{}` and `{}`", r.bearer, r.rule_id),
                ));
            }
        }
        Ok(())
    }
}
