//! The zone register: the facts the zone checks read. One JSON document holds the
//! issuance date, counties, zones and their yearly records; every check takes the register and
//! the id of what it asks about, so a caller loads it once and asks many questions.
//!
//! Every list is optional in JSON except `zones`; unknown fields are rejected everywhere.
//! [`Register::validate`] checks the cross-references (unknown zone ids, ranks beyond the ranked
//! population, duplicates) and names the bad field.

use crate::dates::IsoDate;
use crate::num::Year;
use alloc::format;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::answer::Value;
use crate::error::{Error, Problem, Text};
use crate::words::Lang;

stable_enum! {
    /// Approval level.
    ZoneLevel {
        /// 国家级开发区.
        National = "NATIONAL" { zh: "国家级", ko: "국가급", en: "national" },
        /// 省级开发区.
        Provincial = "PROVINCIAL" { zh: "省级", ko: "성급", en: "provincial" },
        /// 工业集中区.
        IndustrialConcentration = "INDUSTRIAL_CONCENTRATION" { zh: "工业集中区", ko: "공업집중구", en: "industrial concentration zone" },
        /// No formal level (neither national, provincial nor an industrial concentration zone):
        /// within the 「开发区」 of the opinion only by its type (pre.a).
        Other = "OTHER" { zh: "其他", ko: "기타", en: "other" },
        /// Not known (not recorded or not yet settled): checks that depend on the level answer
        /// NEEDS_HUMAN.
        Unknown = "UNKNOWN" { zh: "不明", ko: "불명", en: "unknown" },
    }
}

stable_enum! {
    /// Functional type.
    ZoneType {
        /// 经济开发区.
        EconDevZone = "ECON_DEV_ZONE" { zh: "经济开发区", ko: "경제개발구", en: "economic development zone" },
        /// 高新技术产业开发区.
        HighTechZone = "HIGH_TECH_ZONE" { zh: "高新技术产业开发区", ko: "고신기술산업개발구", en: "high-tech industrial development zone" },
        /// 经济合作区.
        EconCoopZone = "ECON_COOP_ZONE" { zh: "经济合作区", ko: "경제합작구", en: "economic cooperation zone" },
        /// 边境经济合作区.
        BorderEconCoopZone = "BORDER_ECON_COOP_ZONE" { zh: "边境经济合作区", ko: "변경경제합작구", en: "border economic cooperation zone" },
        /// 跨境经济合作区.
        CrossBorderEconCoopZone = "CROSS_BORDER_ECON_COOP_ZONE" { zh: "跨境经济合作区", ko: "다국경제합작구", en: "cross-border economic cooperation zone" },
        /// 工业集中区.
        IndustrialConcentrationZone = "INDUSTRIAL_CONCENTRATION_ZONE" { zh: "工业集中区", ko: "공업집중구", en: "industrial concentration zone" },
        /// 综合保税区.
        ComprehensiveBondedZone = "COMPREHENSIVE_BONDED_ZONE" { zh: "综合保税区", ko: "종합보세구", en: "comprehensive bonded zone" },
        /// 文化旅游区.
        CultureTourismZone = "CULTURE_TOURISM_ZONE" { zh: "文化旅游区", ko: "문화관광구", en: "cultural tourism zone" },
        /// 空港经济开发区.
        AirportEconZone = "AIRPORT_ECON_ZONE" { zh: "空港经济开发区", ko: "공항경제개발구", en: "airport economic development zone" },
        /// 特色产业园区 / 产业配套园区 / 生产加工基地 (a park inside a zone).
        SpecialtyPark = "SPECIALTY_PARK" { zh: "特色产业园区", ko: "특색산업단지", en: "specialised industrial park" },
        /// 省际/国际合作园区.
        CoopPark = "COOP_PARK" { zh: "合作园区", ko: "합작단지", en: "cooperation park" },
        /// 境外经贸合作区 (outside China).
        OverseasTradeCoopZone = "OVERSEAS_TRADE_COOP_ZONE" { zh: "境外经贸合作区", ko: "경외경제무역합작구", en: "overseas economic and trade cooperation zone" },
        /// Any other type.
        Other = "OTHER" { zh: "其他", ko: "기타", en: "other" },
    }
}

stable_enum! {
    /// Status.
    ZoneStatus {
        /// In operation.
        Active = "ACTIVE" { zh: "运行中", ko: "운영 중", en: "active" },
        /// Revoked.
        Revoked = "REVOKED" { zh: "已撤销", ko: "철회됨", en: "revoked" },
        /// Merged into another zone (`mergedInto`).
        Merged = "MERGED" { zh: "已合并", ko: "통합됨", en: "merged" },
        /// Flagged as nominal, pending a decision.
        NominalFlagged = "NOMINAL_FLAGGED" { zh: "疑似有名无实,待定", ko: "유명무실 의심, 결정 대기", en: "flagged as nominal" },
        /// Proposed, not approved.
        Proposed = "PROPOSED" { zh: "拟设立", ko: "설립 예정", en: "proposed" },
    }
}

stable_enum! {
    /// Who manages the zone (art-12.b).
    ManagingAuthority {
        /// Its organs are dispatched agencies of the prefecture (art-12.b).
        PrefectureDispatched = "PREFECTURE_DISPATCHED" { zh: "州派出机构", ko: "주 파출기구", en: "prefecture's dispatched agency" },
        /// Managed by its county.
        County = "COUNTY" { zh: "县(市)", ko: "현(시)", en: "county (city)" },
        /// Managed by the province.
        Province = "PROVINCE" { zh: "省", ko: "성", en: "province" },
        /// Anything else.
        Other = "OTHER" { zh: "其他", ko: "기타", en: "other" },
    }
}

stable_enum! {
    /// Kind of county-level unit.
    CountyKind {
        /// County-level city (市).
        City = "CITY" { zh: "县级市", ko: "현급시", en: "county-level city" },
        /// County (县).
        County = "COUNTY" { zh: "县", ko: "현", en: "county" },
    }
}

stable_enum! {
    /// Why an assessment year was disqualified.
    DisqualificationReason {
        /// Falsified or concealed statistics (art-14.h).
        FalsifiedStats = "FALSIFIED_STATS" { zh: "统计数据虚报瞒报", ko: "통계수치 허위보고·은폐", en: "falsified or concealed statistics" },
        /// Environmental infrastructure not completed on time (art-15.a).
        EnvInfra = "ENV_INFRA" { zh: "环保基础设施未按时建成", ko: "환경보호 기초시설 기한 내 미완공", en: "environmental infrastructure not completed on time" },
        /// Any other reason given by the assessing authority.
        Other = "OTHER" { zh: "其他原因", ko: "기타 사유", en: "another reason" },
    }
}

stable_enum! {
    /// Why a zone was revoked. Only a revocation under art-14.f carries the 3-year
    /// re-application ban (「3年内不得重新申报」).
    RevocationKind {
        /// Revoked under art-14.f (bottom 5 in 2 of 3 years): the 3-year ban follows.
        Revocation14f = "REVOCATION_14F" { zh: "依第(十四)条撤销", ko: "제(14)조에 따른 철회", en: "revoked under art-14.f" },
        /// Revoked as nominal (有名无实, art-02.b): no ban in the text.
        Nominal02b = "NOMINAL_02B" { zh: "有名无实撤销", ko: "유명무실로 철회", en: "revoked as nominal" },
        /// Ended by a merger (art-02.c): no ban in the text.
        Merger = "MERGER" { zh: "因合并撤销", ko: "통합으로 철회", en: "ended by a merger" },
        /// Any other ground: no ban in the text.
        Other = "OTHER" { zh: "其他原因", ko: "기타 사유", en: "another ground" },
    }
}

stable_enum! {
    /// Kind of land intensive-use evaluation (art-11.b).
    LandEvaluationKind {
        /// 全面评价: the full evaluation (every 3 years).
        Full = "FULL" { zh: "全面评价", ko: "전면 평가", en: "full evaluation" },
        /// 更新评价: the update evaluation (every year).
        Update = "UPDATE" { zh: "更新评价", ko: "갱신 평가", en: "update evaluation" },
    }
}

/// A land intensive-use evaluation of a zone (art-11.b).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub year: Year,
    /// Full or update.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: LandEvaluationKind,
    /// When it was completed (an answer `asOf` an earlier date does not know it yet).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub completed_date: Option<IsoDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(LandEvaluation {
    name: "LandEvaluation",
    expecting: "a land evaluation object",
    blank: LandEvaluation {
        zone_id: String::new(),
        year: crate::num::Year(0),
        kind: LandEvaluationKind::Full,
        completed_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id [required],
        "year" => year [required],
        "type" => kind [required],
        "completedDate" => completed_date,
        "note" => note,
    ],
});

/// A county-level unit.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(County {
    name: "County",
    expecting: "a county object",
    blank: County {
        id: String::new(),
        name_zh: String::new(),
        name_en: Default::default(),
        kind: CountyKind::City,
        note: Default::default(),
    },
    fields: [
        "id" => id [required],
        "nameZh" => name_zh [required],
        "nameEn" => name_en,
        "kind" => kind [required],
        "note" => note,
    ],
});

/// One entry of a zone's status history: the status it had from a day on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "a status change object with `status` and `from`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct StatusChange {
    /// The status.
    pub status: ZoneStatus,
    /// The first day it had that status.
    pub from: IsoDate,
}

/// A development zone (开发区).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Korean name (Yanbian standard, `docs/glossary.md` §5): shown in Korean output instead of
    /// the Chinese one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub name_ko: Option<String>,
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
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub status_date: Option<IsoDate>,
    /// The zone's statuses over time, oldest first (optional). When given, its last entry is the
    /// current `status`, and a question asked as of an earlier day sees the status of that day;
    /// before the first entry the zone did not exist yet.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub status_history: Vec<StatusChange>,
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
    /// Leading (首位) industries, when the zone's plan designates more than one (art-05.a allows
    /// one: two make the designation INVALID). Read together with `leadingIndustry`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub leading_industries: Vec<String>,
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
    /// Its id and names shared, for the facts of the reasons about it (see [`SharedNames`]);
    /// not part of its value.
    #[cfg_attr(feature = "serde", serde(skip))]
    #[cfg_attr(feature = "schema", schemars(skip))]
    names: SharedNames,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Zone {
    name: "Zone",
    expecting: "a zone object",
    blank: Zone {
        id: String::new(),
        name_zh: String::new(),
        name_en: Default::default(),
        name_ko: Default::default(),
        aliases: Default::default(),
        level: ZoneLevel::National,
        zone_type: ZoneType::EconDevZone,
        county_id: Default::default(),
        status: ZoneStatus::Active,
        status_date: Default::default(),
        status_history: Default::default(),
        merged_into: Default::default(),
        parent_zone_id: Default::default(),
        managing_authority: ManagingAuthority::PrefectureDispatched,
        leading_industry: Default::default(),
        leading_industries: Default::default(),
        main_industries: Default::default(),
        nominal_finding: Default::default(),
        meets_high_tech_criteria: Default::default(),
        source_note: Default::default(),
        names: Default::default(),
    },
    fields: [
        "id" => id [required],
        "nameZh" => name_zh [required],
        "nameEn" => name_en,
        "nameKo" => name_ko,
        "aliases" => aliases,
        "level" => level [required],
        "type" => zone_type [required],
        "countyId" => county_id,
        "status" => status [required],
        "statusDate" => status_date,
        "statusHistory" => status_history,
        "mergedInto" => merged_into,
        "parentZoneId" => parent_zone_id,
        "managingAuthority" => managing_authority [required],
        "leadingIndustry" => leading_industry,
        "leadingIndustries" => leading_industries,
        "mainIndustries" => main_industries,
        "nominalFinding" => nominal_finding,
        "meetsHighTechCriteria" => meets_high_tech_criteria,
        "sourceNote" => source_note,
    ],
});

/// A zone's id and Chinese and Korean names as shared texts, made once when its register is
/// validated ([`ValidRegister::new`]), so that every reason about the zone names them without
/// copying them (issue 12: the three copies a reason made were about half the allocations of a
/// zone check, and as much of a report's findings). Not part of the zone's value: never read from
/// or written to JSON, and equal whatever it holds. The zone's fields are public and may be
/// changed after validation, so the shared texts are used only while they are the zone's own
/// ([`Zone::fact_names`] compares them); a zone that was never validated, or was changed, has
/// its texts copied as before.
#[derive(Clone, Default)]
struct SharedNames(Option<Names>);

/// The three texts of [`SharedNames`].
#[derive(Clone)]
struct Names {
    id: Arc<str>,
    zh: Arc<str>,
    ko: Option<Arc<str>>,
    en: Option<Arc<str>>,
}

impl SharedNames {
    fn of(zone: &Zone) -> Self {
        Self(Some(Names {
            id: Arc::from(zone.id.as_str()),
            zh: Arc::from(zone.name_zh.as_str()),
            ko: zone.name_ko.as_deref().map(Arc::from),
            en: zone.name_en.as_deref().map(Arc::from),
        }))
    }
}

impl PartialEq for SharedNames {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for SharedNames {}

impl core::fmt::Debug for SharedNames {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if self.0.is_some() { "shared" } else { "-" })
    }
}

/// One zone's result in one year's provincial ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub year: Year,
    /// Official rank (1 = best); absent when not ranked (e.g. disqualified).
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            with = "crate::num::count_option",
            skip_serializing_if = "Option::is_none"
        )
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::Count>", extend("minimum" = 1))
    )]
    #[cfg_attr(feature = "wasm", tsify(optional, type = "number"))]
    pub rank: Option<u32>,
    /// N: zones ranked that year.
    #[cfg_attr(feature = "serde", serde(with = "crate::num::count"))]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::schema::Count", extend("minimum" = 1))
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "number"))]
    pub population_size: u32,
    /// How many zones share this rank (1 = no tie).
    #[cfg_attr(feature = "serde", serde(default = "one", with = "crate::num::count"))]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::schema::Count", extend("minimum" = 1))
    )]
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
    /// Which ranking the record comes from. Absent: the ranking `assessmentRankingScope` names
    /// (the records are taken to be of that ranking). A record of another ranking is not used.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub ranking_scope: Option<crate::params::RankingScope>,
    /// When the results were published (sanctions start then, AMB-10).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub published_date: Option<IsoDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(AssessmentRecord {
    name: "AssessmentRecord",
    expecting: "an assessment record object",
    blank: AssessmentRecord {
        zone_id: String::new(),
        year: crate::num::Year(0),
        rank: Default::default(),
        population_size: 0,
        tied_with: one(),
        rewarded_by_province: Default::default(),
        disqualified: Default::default(),
        disqualification_reason: Default::default(),
        ranking_scope: Default::default(),
        published_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id [required],
        "year" => year [required],
        "rank" => rank [with crate::num::count_option::deserialize],
        "populationSize" => population_size [required, with crate::num::count::deserialize],
        "tiedWith" => tied_with [with crate::num::count::deserialize],
        "rewardedByProvince" => rewarded_by_province,
        "disqualified" => disqualified,
        "disqualificationReason" => disqualification_reason,
        "rankingScope" => ranking_scope,
        "publishedDate" => published_date,
        "note" => note,
    ],
});

#[cfg(feature = "serde")]
const fn one() -> u32 {
    1
}

/// A required environmental-protection infrastructure item (art-15.a).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub due_date: IsoDate,
    /// When it was completed; absent while it is not.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub completed_date: Option<IsoDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(EnvInfraItem {
    name: "EnvInfraItem",
    expecting: "an environmental infrastructure object",
    blank: EnvInfraItem {
        zone_id: String::new(),
        item: String::new(),
        due_date: IsoDate(NaiveDate::MIN),
        completed_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id [required],
        "item" => item [required],
        "dueDate" => due_date [required],
        "completedDate" => completed_date,
        "note" => note,
    ],
});

/// A statistics audit finding (art-14.h).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub data_year: Year,
    /// Whether data were falsely reported or concealed (虚报瞒报).
    pub falsified_or_concealed: bool,
    /// When the finding was made.
    pub finding_date: IsoDate,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(StatsFinding {
    name: "StatsFinding",
    expecting: "a statistics finding object",
    blank: StatsFinding {
        zone_id: String::new(),
        data_year: crate::num::Year(0),
        falsified_or_concealed: false,
        finding_date: IsoDate(NaiveDate::MIN),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id [required],
        "dataYear" => data_year [required],
        "falsifiedOrConcealed" => falsified_or_concealed [required],
        "findingDate" => finding_date [required],
        "note" => note,
    ],
});

/// A provincial revocation decision and the leaders' accountability decision (art-14.f).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Why the zone was revoked. Only `REVOCATION_14F` carries the 3-year re-application ban;
    /// absent: not recorded, so whether the ban applies is for a person to check.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub kind: Option<RevocationKind>,
    /// When the revocation took effect (from the provincial decision).
    pub effective_date: IsoDate,
    /// When the leaders' accountability was decided, if it was.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub accountability_decision_date: Option<IsoDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Revocation {
    name: "Revocation",
    expecting: "a revocation object",
    blank: Revocation {
        zone_id: String::new(),
        kind: Default::default(),
        effective_date: IsoDate(NaiveDate::MIN),
        accountability_decision_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id [required],
        "kind" => kind,
        "effectiveDate" => effective_date [required],
        "accountabilityDecisionDate" => accountability_decision_date,
        "note" => note,
    ],
});

/// The acceptance of a yellow-card rectification (art-14.d, AMB-24).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub assessment_year: Year,
    /// When the rectification was accepted.
    pub accepted_date: IsoDate,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Rectification {
    name: "Rectification",
    expecting: "a rectification object",
    blank: Rectification {
        zone_id: String::new(),
        assessment_year: crate::num::Year(0),
        accepted_date: IsoDate(NaiveDate::MIN),
        note: Default::default(),
    },
    fields: [
        "zoneId" => zone_id [required],
        "assessmentYear" => assessment_year [required],
        "acceptedDate" => accepted_date [required],
        "note" => note,
    ],
});

/// What is known of one bearer's implementation measures (art-18.c, AMB-41): each bearer has
/// its own instance of the deadline. A bearer with no record is UNKNOWN once its due date has
/// passed; a record without `adoptedDate` says the bearer is known not to have adopted any.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The bearer: a prefecture agency (`AG.COMMERCE`, …, the members of 「州直有关部门」), a
    /// county (`CTY.YANJI`, …) or 延龙图新区 (`ACT.YLT_NEW_AREA`, a bearer only under
    /// `includeYltNewArea`).
    pub bearer: String,
    /// When the bearer formally adopted (issued) its measures (AMB-41); absent: known not adopted.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub adopted_date: Option<IsoDate>,
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
/// otherwise record (art-02.a). A bearer's duty is met only by its own act.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The bearer: an agency, county or actor code (`AG.COMMERCE`, `CTY.YANJI`, `ACT.LG`), or a
    /// zone's id for a duty of 「各开发区」 (art-01.b, art-07.a, art-12.f, …).
    pub bearer: String,
    /// When it was done; absent: known not done yet.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub done_date: Option<IsoDate>,
    /// Where this fact comes from, or `ILLUSTRATIVE: …` for made-up scenario data.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub note: Option<String>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(DutyRecord {
    name: "DutyRecord",
    expecting: "a duty record object with `ruleId` and `bearer`",
    blank: DutyRecord {
        rule_id: String::new(),
        bearer: String::new(),
        done_date: Default::default(),
        note: Default::default(),
    },
    fields: [
        "ruleId" => rule_id [required],
        "bearer" => bearer [required],
        "doneDate" => done_date,
        "note" => note,
    ],
});

/// The register: everything the zone checks read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub issue_date: IsoDate,
    /// Whether `issueDate` is a stand-in (the real issuance date is not known: the rule
    /// catalog's examples use the hypothetical 2019-06-01). Reports say so in their header.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "core::ops::Not::not")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub issue_date_hypothetical: bool,
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

// The register decoded field by field (`crate::by_field`): serde's derived visitor kept an
// `Option` of each of its 15 fields and dropped each list on every way out, the largest
// decoder of the wasm module after `Params`'. The same keys, defaults and errors as the
// attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(Register {
    name: "Register",
    expecting: "a register object with `issueDate` and `zones`",
    blank: Register::new(NaiveDate::MIN),
    fields: [
        "description" => description,
        "issueDate" => issue_date [required],
        "issueDateHypothetical" => issue_date_hypothetical,
        "counties" => counties,
        "zones" => zones [required],
        "assessments" => assessments,
        "envInfra" => env_infra,
        "statsFindings" => stats_findings,
        "revocations" => revocations,
        "rectifications" => rectifications,
        "meetings" => meetings,
        "implMeasures" => impl_measures,
        "dutyRecords" => duty_records,
        "landEvaluations" => land_evaluations,
        "industrialReuses" => industrial_reuses,
    ],
});

impl Register {
    /// An empty register of the opinion issued on `issue_date`: no zone, no record. Fill it
    /// with struct update syntax, `Register { zones, ..Register::new(issued) }`.
    #[must_use]
    pub fn new(issue_date: NaiveDate) -> Self {
        Self {
            description: None,
            issue_date: IsoDate(issue_date),
            issue_date_hypothetical: Default::default(),
            counties: Default::default(),
            zones: Default::default(),
            assessments: Default::default(),
            env_infra: Default::default(),
            stats_findings: Default::default(),
            revocations: Default::default(),
            rectifications: Default::default(),
            meetings: Default::default(),
            impl_measures: Default::default(),
            duty_records: Default::default(),
            land_evaluations: Default::default(),
            industrial_reuses: Default::default(),
        }
    }
}

fn invalid(path: String, problem: Problem, detail: Text) -> Error {
    Error::input(problem, path, detail)
}

/// The error for a zone id that is not in the register.
fn unknown_zone(path: String, id: &str) -> Error {
    invalid(
        path,
        Problem::UnknownReference,
        text!(
            zh: "登记册的 `zones` 中没有开发区 `{id}`",
            ko: "등록부의 `zones`에 개발구 `{id}`가 없습니다",
            en: "unknown zone `{id}`: not in `register.zones`"
        ),
    )
    .with_got(alloc::format!("\"{id}\""))
}

impl ZoneStatus {
    /// Whether the zone exists as a zone: active, or flagged as nominal but not yet revoked.
    #[must_use]
    pub const fn exists(self) -> bool {
        matches!(self, Self::Active | Self::NominalFlagged)
    }
}

/// Whether a record's provenance note marks it as made up (`ILLUSTRATIVE: …`): answers computed
/// from such a record say so.
#[must_use]
pub fn is_illustrative(note: Option<&str>) -> bool {
    note.is_some_and(|n| n.trim_start().starts_with("ILLUSTRATIVE"))
}

impl Zone {
    /// The zone's status on `day`, from `statusHistory` or, without one, from `status` and
    /// `statusDate`: a zone revoked, merged or flagged on its `statusDate` was active before it;
    /// a zone that became active (or was proposed) on its `statusDate` did not exist before it.
    /// `None`: the zone did not exist yet on `day`.
    #[must_use]
    pub fn status_on(&self, day: NaiveDate) -> Option<ZoneStatus> {
        if !self.status_history.is_empty() {
            return self
                .status_history
                .iter()
                .rev()
                .find(|c| c.from <= day)
                .map(|c| c.status);
        }
        match self.status_date {
            Some(since) if day < since => match self.status {
                ZoneStatus::Revoked | ZoneStatus::Merged | ZoneStatus::NominalFlagged => {
                    Some(ZoneStatus::Active)
                }
                ZoneStatus::Active | ZoneStatus::Proposed => None,
            },
            _ => Some(self.status),
        }
    }

    /// The day the zone's status on `day` began, when recorded.
    #[must_use]
    pub fn status_since(&self, day: NaiveDate) -> Option<NaiveDate> {
        if !self.status_history.is_empty() {
            return (self
                .status_history
                .iter()
                .rev()
                .find(|c| c.from <= day)
                .map(|c| c.from))
            .map(IsoDate::get);
        }
        (self.status_date.filter(|since| *since <= day)).map(IsoDate::get)
    }

    /// Whether the zone exists (active or flagged as nominal) on `day`.
    #[must_use]
    pub fn exists_on(&self, day: NaiveDate) -> bool {
        self.status_on(day).is_some_and(ZoneStatus::exists)
    }

    /// The recorded day the zone ceased to exist (revoked, merged), when it does not exist on
    /// `day`; `None` when it exists then, or when its status carries no date.
    #[must_use]
    pub fn gone_since(&self, day: NaiveDate) -> Option<NaiveDate> {
        if self.exists_on(day) {
            return None;
        }
        self.status_since(day)
    }

    /// Whether the zone exists on some day of `year`: on 1 January, on 31 December, or on a day
    /// its status changed during the year.
    #[must_use]
    #[inline]
    pub fn exists_in_year(&self, year: i32) -> bool {
        // Without a history or a dated status, the status holds on every day (`status_on`).
        if self.status_history.is_empty() && self.status_date.is_none() {
            return self.status.exists();
        }
        let (Some(jan1), Some(dec31)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return false;
        };
        let changes = self
            .status_history
            .iter()
            .map(|c| c.from.get())
            .chain(self.status_date.map(IsoDate::get))
            .filter(|d| (jan1..=dec31).contains(d));
        core::iter::once(jan1)
            .chain(core::iter::once(dec31))
            .chain(changes)
            .any(|d| self.exists_on(d))
    }

    /// The designated leading (首位) industries: `leadingIndustry` and `leadingIndustries`
    /// together, without repeats.
    #[must_use]
    pub fn leading(&self) -> Vec<&String> {
        let mut out: Vec<&String> = Vec::new();
        for l in self.leading_industry.iter().chain(&self.leading_industries) {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    }

    /// Whether the zone's own record is made up (its `sourceNote` starts with `ILLUSTRATIVE`).
    #[must_use]
    pub fn is_illustrative(&self) -> bool {
        is_illustrative(self.source_note.as_deref())
    }

    /// The zone's id as a shared text: the one shared when its register was validated, while it
    /// is still its own, else a copy.
    pub(crate) fn shared_id(&self) -> Arc<str> {
        match &self.names.0 {
            Some(Names { id, .. }) if same_text(id, &self.id) => Arc::clone(id),
            _ => Arc::from(self.id.as_str()),
        }
    }

    /// The zone's id, Chinese name, and Korean and English names (if any) as facts of a
    /// reason: the texts shared when its register was validated, while they are still its own,
    /// else copies.
    pub(crate) fn fact_names(&self) -> (Value, Value, Option<Value>, Option<Value>) {
        let same = |shared: Option<&str>, own: Option<&str>| match (shared, own) {
            (Some(a), Some(b)) => same_text(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        if let Some(Names { id, zh, ko, en }) = &self.names.0 {
            if same_text(id, &self.id)
                && same_text(zh, &self.name_zh)
                && same(ko.as_deref(), self.name_ko.as_deref())
                && same(en.as_deref(), self.name_en.as_deref())
            {
                return (
                    Value::from(Arc::clone(id)),
                    Value::from(Arc::clone(zh)),
                    ko.as_ref().map(|ko| Value::from(Arc::clone(ko))),
                    en.as_ref().map(|en| Value::from(Arc::clone(en))),
                );
            }
        }
        (
            Value::text(&self.id),
            Value::text(&self.name_zh),
            self.name_ko.as_deref().map(Value::text),
            self.name_en.as_deref().map(Value::text),
        )
    }
}

/// Whether two texts are equal, compared eight bytes at a time: `Zone::fact_names` checks a
/// zone's three texts for every reason about it, and the wasm module's `memcmp` compares one
/// byte at a time (the package's bindings compare the answers' details with it too).
#[must_use]
pub fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let (x, y) = (a.chunks_exact(8), b.chunks_exact(8));
    let rest = x.remainder().iter().zip(y.remainder()).all(|(p, q)| p == q);
    let word = |w: &[u8]| <[u8; 8]>::try_from(w).map_or(0, u64::from_ne_bytes);
    rest && x.zip(y).all(|(p, q)| word(p) == word(q))
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
        self.zone(id)
            .ok_or_else(|| unknown_zone(String::from(path), id))
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
    /// `INVALID_INPUT` naming the first bad field (every one: [`Register::problems`]).
    pub fn validate(&self, root: &str) -> Result<(), Error> {
        self.checked(root, &ById::of(&self.zones)).map(|_| ())
    }

    /// [`Register::validate`] with the zones' index `by_id` already made; what it found of
    /// each record's zone, for [`ValidRegister::new`].
    fn checked(&self, root: &str, by_id: &ById) -> Result<Found, Error> {
        let mut found = Found::default();
        match self
            .problems_with(root, by_id, true, &mut found)
            .into_iter()
            .next()
        {
            Some(e) => Err(e),
            None => Ok(found),
        }
    }

    /// Every cross-reference and range problem of the register, in document order within each
    /// list; empty when it is valid. O(n log n) in the register's size.
    #[must_use]
    pub fn problems(&self, root: &str) -> Vec<Error> {
        self.problems_with(root, &ById::of(&self.zones), false, &mut Found::default())
    }

    /// [`Register::problems`], the zones found by their ids through `by_id` (made of these
    /// zones); with `first_only`, the problems up to the end of the record where the first is
    /// found (the first is the same: the records are checked in order), for
    /// [`Register::validate`], which shows the first alone (a register of 200,000 records in
    /// error was refused after its 200,000 problems had been made, each in three languages).
    /// Each record's zone, as it is found, goes into `found` (complete when no problem is).
    fn problems_with(
        &self,
        root: &str,
        by_id: &ById,
        first_only: bool,
        found: &mut Found,
    ) -> Vec<Error> {
        let mut out = Vec::new();
        // Look-ups by id are logarithmic: validation is O(n log n) in the register's size. A
        // zone is found by the index the validated register keeps (`ById`: its ids' first eight
        // bytes compared as a number), not by a set of its own (perf: `BTreeSet`s of the ids
        // and of every record's zone and year were a third of loading a 1,000-zone register,
        // 340,000 string comparisons through `memcmp`).
        // Filled one by one: `collect` into a set sorts first, one more copy of the sorting
        // code in the wasm module.
        let mut counties = crate::seen::Seen::default();
        for (i, k) in self.counties.iter().enumerate() {
            // A county listed twice was every county duty owed twice (art-02.c's merger listed
            // twice for its county: found by `core/tests/invariants.rs`), as a zone listed
            // twice would be: refused the same way.
            if !counties.first(k.id.as_str()) {
                let id = &k.id;
                out.push(
                    invalid(
                        format!("{root}.counties[{i}].id"),
                        Problem::Duplicate,
                        text!(
                            zh: "县(市)标识 `{id}` 重复",
                            ko: "현(시) 식별자 `{id}`가 두 번 나옵니다",
                            en: "duplicate county id `{id}`"
                        ),
                    )
                    .with_got(alloc::format!("\"{id}\"")),
                );
                if stop_here(&out, first_only) {
                    return out;
                }
            }
        }
        let known = |id: &str| by_id.get(&self.zones, id).is_some();
        // The records' zones, each found from the last one found (`ById::get_near`).
        let mut latest = None;
        let mut place = |id: &str| by_id.get_near(&self.zones, id, &mut latest);
        for (i, z) in self.zones.iter().enumerate() {
            if stop_here(&out, first_only) {
                return out;
            }
            let id = &z.id;
            if id.trim().is_empty() {
                out.push(invalid(
                    format!("{root}.zones[{i}].id"),
                    Problem::InvalidValue,
                    text!(
                        zh: "开发区标识不能为空",
                        ko: "개발구 식별자는 비여 있을 수 없습니다",
                        en: "a zone id must not be empty"
                    ),
                ));
            } else if by_id.get(&self.zones, id) != Some(i) {
                // The index orders equal ids by place: it finds the first zone of each id.
                out.push(
                    invalid(
                        format!("{root}.zones[{i}].id"),
                        Problem::Duplicate,
                        text!(
                            zh: "开发区标识 `{id}` 重复",
                            ko: "개발구 식별자 `{id}`가 두 번 나옵니다",
                            en: "duplicate zone id `{id}`"
                        ),
                    )
                    .with_got(alloc::format!("\"{id}\"")),
                );
            }
            if let Some(c) = &z.county_id {
                if !counties.is_empty() && !counties.has(c.as_str()) {
                    out.push(
                        invalid(
                            format!("{root}.zones[{i}].countyId"),
                            Problem::UnknownReference,
                            text!(
                                zh: "登记册的 `counties` 中没有县(市) `{c}`",
                                ko: "등록부의 `counties`에 현(시) `{c}`가 없습니다",
                                en: "unknown county `{c}`: not in `register.counties`"
                            ),
                        )
                        .with_got(alloc::format!("\"{c}\"")),
                    );
                }
            }
            for (j, c) in z.status_history.iter().enumerate() {
                if j > 0
                    && z.status_history
                        .get(j - 1)
                        .is_some_and(|prev| prev.from >= c.from)
                {
                    out.push(invalid(
                        format!("{root}.zones[{i}].statusHistory[{j}].from"),
                        Problem::Inconsistent,
                        text!(
                            zh: "状态变化须按日期先后排列,每天至多一条",
                            ko: "상태 변화는 날자 순서로, 하루에 하나씩 적어야 합니다",
                            en: "status changes must be in date order, one per day"
                        ),
                    ));
                }
            }
            if let Some(last) = z.status_history.last() {
                if last.status != z.status {
                    let (now, was) = (z.status.as_str(), last.status.as_str());
                    let (now_zh, was_zh) = (z.status.label(Lang::Zh), last.status.label(Lang::Zh));
                    let (now_ko, was_ko) = (z.status.label(Lang::Ko), last.status.label(Lang::Ko));
                    out.push(
                        invalid(
                            format!("{root}.zones[{i}].status"),
                            Problem::Inconsistent,
                            text!(
                                zh: "状态“{now_zh}”与 `statusHistory` 最后一条的“{was_zh}”不一致",
                                ko: "상태 «{now_ko}»가 `statusHistory`의 마지막 항목 «{was_ko}»와 다릅니다",
                                en: "`{now}` differs from the last entry of `statusHistory` (`{was}`)"
                            ),
                        )
                        .with_got(alloc::format!("\"{now}\"")),
                    );
                }
            }
            for (field, target) in [
                ("mergedInto", &z.merged_into),
                ("parentZoneId", &z.parent_zone_id),
            ] {
                if let Some(t) = target {
                    if !known(t) {
                        out.push(unknown_zone(format!("{root}.zones[{i}].{field}"), t));
                    }
                }
            }
        }
        // The years recorded so far of each zone, in order (a zone's handful, searched in
        // halves: a register of one zone with thousands of years stays O(n log n)), and of each
        // zone id the register does not have (rare: each one is a problem already).
        // Each with its record's position: the valid register's index of them (`Found::years`).
        // Each made with room for the zones' mean number of records (perf: grown from empty,
        // a 1,000-zone register of 10 years reallocated them 3,000 times; the room given is at
        // most the records' number in all).
        let years = &mut found.years;
        let mean = self.assessments.len().div_ceil(self.zones.len().max(1));
        *years = (0..self.zones.len())
            .map(|_| Vec::with_capacity(mean))
            .collect();
        let mut unknown_years = crate::seen::Seen::default();
        for (i, r) in self.assessments.iter().enumerate() {
            if stop_here(&out, first_only) {
                return out;
            }
            let at = |f: &str| format!("{root}.assessments[{i}].{f}");
            let at_least_one = |f: &str| {
                invalid(
                    at(f),
                    Problem::InvalidValue,
                    text!(zh: "至少为 1", ko: "1 이상이여야 합니다", en: "must be at least 1"),
                )
                .with_got("0")
            };
            let zone = place(&r.zone_id);
            found.assessments.push(zone);
            if zone.is_none() {
                out.push(unknown_zone(at("zoneId"), &r.zone_id));
            }
            if r.population_size == 0 {
                out.push(at_least_one("populationSize"));
            }
            if r.tied_with == 0 {
                out.push(at_least_one("tiedWith"));
            }
            if let Some(rank) = r.rank {
                let last = u64::from(rank) + u64::from(r.tied_with.max(1)) - 1;
                let (tied, n) = (r.tied_with, r.population_size);
                if rank == 0 || (n > 0 && last > u64::from(n)) {
                    out.push(
                        invalid(
                            at("rank"),
                            Problem::Inconsistent,
                            text!(
                                zh: "名次 {rank}(并列 {tied} 个)超出 {n} 个开发区的排名",
                                ko: "순위 {rank}(동순위 {tied}개)는 {n}개 개발구의 순위에 맞지 않습니다",
                                en: "rank {rank} (tied with {tied}) does not fit a ranking of {n} zones"
                            ),
                        )
                        .with_got(alloc::format!("{rank}")),
                    );
                }
            }
            let year = r.year.get();
            let first = match zone.and_then(|z| years.get_mut(z)) {
                Some(seen) => match seen.binary_search_by_key(&year, |(y, _)| *y) {
                    Ok(_) => false,
                    Err(at) => {
                        seen.insert(at, (year, i));
                        true
                    }
                },
                None => unknown_years.first_with(r.zone_id.as_str(), i64::from(year)),
            };
            if !first {
                let (z, y) = (&r.zone_id, r.year);
                out.push(invalid(
                    at("year"),
                    Problem::Duplicate,
                    text!(
                        zh: "开发区 `{z}` 的 {y} 年度已有一条记录",
                        ko: "개발구 `{z}`의 {y}년도 기록이 이미 있습니다",
                        en: "a second record for zone `{z}` in {y}"
                    ),
                ));
            }
        }
        for (i, r) in self.industrial_reuses.iter().enumerate() {
            if stop_here(&out, first_only) {
                return out;
            }
            let zone = r.zone_id.as_deref().and_then(&mut place);
            found.industrial_reuses.push(zone);
            match &r.zone_id {
                None => out.push(invalid(
                    format!("{root}.industrialReuses[{i}].zoneId"),
                    Problem::MissingField,
                    text!(
                        zh: "登记册中的存量工业用地再利用记录须注明所在开发区",
                        ko: "등록부의 기존 공업용지 재리용 기록에는 소재 개발구가 있어야 합니다",
                        en: "a reuse in a register needs the zone it is in"
                    ),
                )),
                Some(z) if zone.is_none() => {
                    out.push(unknown_zone(
                        format!("{root}.industrialReuses[{i}].zoneId"),
                        z,
                    ));
                }
                Some(_) => {}
            }
        }
        // Each list's name, its records' zone ids and where their zones go.
        type List<'a, 'f> = (&'a str, Vec<&'a String>, &'f mut Vec<Option<usize>>);
        let lists: [List; 5] = [
            (
                "envInfra",
                self.env_infra.iter().map(|x| &x.zone_id).collect(),
                &mut found.env_infra,
            ),
            (
                "statsFindings",
                self.stats_findings.iter().map(|x| &x.zone_id).collect(),
                &mut found.stats_findings,
            ),
            (
                "revocations",
                self.revocations.iter().map(|x| &x.zone_id).collect(),
                &mut found.revocations,
            ),
            (
                "rectifications",
                self.rectifications.iter().map(|x| &x.zone_id).collect(),
                &mut found.rectifications,
            ),
            (
                "landEvaluations",
                self.land_evaluations.iter().map(|x| &x.zone_id).collect(),
                &mut found.land_evaluations,
            ),
        ];
        for (list, zone_ids, places) in lists {
            for (i, zone_id) in zone_ids.into_iter().enumerate() {
                if stop_here(&out, first_only) {
                    return out;
                }
                let zone = place(zone_id);
                places.push(zone);
                if zone.is_none() {
                    out.push(unknown_zone(format!("{root}.{list}[{i}].zoneId"), zone_id));
                }
            }
        }
        if !stop_here(&out, first_only) {
            self.duty_problems(root, &mut out, first_only, by_id);
        }
        out
    }

    /// The problems of the bearers and rules of `implMeasures` and `dutyRecords` (with
    /// `first_only`, up to the end of the record where the first is found).
    fn duty_problems(&self, root: &str, out: &mut Vec<Error>, first_only: bool, by_id: &ById) {
        // A zone bearer is found by the zones' index (a scan of the zones per record was
        // quadratic in a register whose zones record their duties).
        let is_zone = |id: &str| by_id.get(&self.zones, id).is_some();
        let mut impl_seen = crate::seen::Seen::default();
        let mut records_seen = crate::seen::Seen::default();
        for (i, m) in self.impl_measures.iter().enumerate() {
            if stop_here(out, first_only) {
                return;
            }
            let at = |f: &str| format!("{root}.implMeasures[{i}].{f}");
            let b = &m.bearer;
            if !crate::agencies::bears_impl_measures(b) {
                out.push(
                    invalid(
                        at("bearer"),
                        Problem::UnknownReference,
                        text!(
                            zh: "`{b}` 不是 art-18.c 的责任单位",
                            ko: "`{b}`: art-18.c의 책임단위가 아닙니다",
                            en: "`{b}` is not a bearer of art-18.c"
                        ),
                    )
                    .with_expected(text!(
                        zh: "州直部门(`AG.COMMERCE` 等)或县(市)(`CTY.YANJI` 等)的代码",
                        ko: "주 직속 부문(`AG.COMMERCE` 등)이나 현(시)(`CTY.YANJI` 등)의 코드",
                        en: "a prefecture agency (`AG.COMMERCE`, …) or a county (`CTY.YANJI`, …)"
                    ))
                    .with_got(alloc::format!("\"{b}\"")),
                );
            } else if !impl_seen.first(b.as_str()) {
                out.push(invalid(
                    at("bearer"),
                    Problem::Duplicate,
                    text!(
                        zh: "`{b}` 已有一条记录",
                        ko: "`{b}`의 기록이 이미 있습니다",
                        en: "a second record for `{b}`"
                    ),
                ));
            }
        }
        // The same item of the same zone due the same day twice: two records of one duty
        // (art-15.a read both, and a completion in one and none in the other disqualified).
        // Items compared as names are (case, spaces and full-width forms aside: `lookup::folded`).
        let items: Vec<String> = self
            .env_infra
            .iter()
            .map(|e| crate::lookup::folded(&e.item).collect::<String>())
            .collect();
        let mut env_seen = crate::seen::Seen::default();
        for (i, (e, item)) in self.env_infra.iter().zip(&items).enumerate() {
            if stop_here(out, first_only) {
                return;
            }
            let due = i64::from(chrono::Datelike::num_days_from_ce(&*e.due_date));
            if !env_seen.first_of(e.zone_id.as_str(), item.as_str(), due) {
                let (z, item) = (&e.zone_id, &e.item);
                out.push(invalid(
                    format!("{root}.envInfra[{i}].item"),
                    Problem::Duplicate,
                    text!(
                        zh: "`{z}` 的“{item}”在同一到期日已有一条记录",
                        ko: "`{z}`의 ‘{item}’ 항목은 같은 기한의 기록이 이미 있습니다",
                        en: "a second record of “{item}” for `{z}` with the same due date"
                    ),
                ));
            }
        }
        for (i, r) in self.duty_records.iter().enumerate() {
            if stop_here(out, first_only) {
                return;
            }
            let at = |f: &str| format!("{root}.dutyRecords[{i}].{f}");
            let (id, b) = (&r.rule_id, &r.bearer);
            let Some(rule) = crate::rules::RuleId::parse(id) else {
                out.push(
                    invalid(
                        at("ruleId"),
                        Problem::UnknownReference,
                        text!(
                            zh: "规则手册中没有 `{id}`",
                            ko: "규칙집에 없는 규칙 번호: `{id}`",
                            en: "unknown rule `{id}`"
                        ),
                    )
                    .with_got(alloc::format!("\"{id}\"")),
                );
                continue;
            };
            if !crate::duties::is_duty(rule) {
                out.push(invalid(
                    at("ruleId"),
                    Problem::InvalidValue,
                    text!(
                        zh: "`{id}` 不是义务、期限或定期义务",
                        ko: "`{id}`: 의무, 기한 또는 정기 의무가 아닙니다",
                        en: "`{id}` is not an obligation, deadline or recurring duty"
                    ),
                ));
            } else if !crate::duties::is_owed(rule) {
                out.push(invalid(
                    at("ruleId"),
                    Problem::InvalidValue,
                    text!(
                        zh: "`{id}` 不由任何主体作为义务承担:它是鼓励性、授权性、倡导性或不可计算的规定",
                        ko: "`{id}`: 어느 주체도 의무로 지지 않습니다(장려, 허용, 지향 또는 계산할 수 없는 규정)",
                        en: "nobody owes `{id}` as a duty: it is encouraged, permissive, aspirational or not computable"
                    ),
                ));
            } else if !crate::duties::may_bear_where(rule, b, &is_zone) {
                out.push(
                    invalid(
                        at("bearer"),
                        Problem::UnknownReference,
                        text!(
                            zh: "`{b}` 不承担 `{id}`",
                            ko: "`{b}`: `{id}`의 의무를 지지 않습니다",
                            en: "`{b}` does not bear `{id}`"
                        ),
                    )
                    .with_got(alloc::format!("\"{b}\"")),
                );
            }
            if !records_seen.first_pair(b.as_str(), id.as_str()) {
                out.push(invalid(
                    at("bearer"),
                    Problem::Duplicate,
                    text!(
                        zh: "`{b}` 与 `{id}` 已有一条记录",
                        ko: "`{b}`와 `{id}`의 기록이 이미 있습니다",
                        en: "a second record for `{b}` and `{id}`"
                    ),
                ));
            }
        }
    }
}

/// The order of the duty records by rule and bearer ([`ValidRegister::duty_record`]): `r`'s
/// against a rule `rule_id` and a bearer `bearer`.
fn duty_order(r: &DutyRecord, rule_id: &str, bearer: &str) -> core::cmp::Ordering {
    (r.rule_id.as_str(), r.bearer.as_str()).cmp(&(rule_id, bearer))
}

/// A register whose cross-references have been checked, with indexes for the look-ups the zone
/// checks make (zones by id, assessment records by zone and year): every zone check, the zone
/// summary, the report, the obligations and the calendar take one. Build it once and ask many
/// questions: look-ups are logarithmic, so the report is linear in zones × years.
///
/// It dereferences to the [`Register`] it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidRegister {
    register: Register,
    /// The zones' places in the order of their ids ([`ById`]).
    zones: ById,
    /// Per zone (by index): which kinds of its records are made up ([`MadeUp`] bits).
    made_up: Vec<u8>,
    /// Per county, in the order of their ids' bytes (one each): how many of its zones are made
    /// up, and whether a made-up revocation concerns one of its zones. A sorted list, not a
    /// `BTreeMap`: one more key type of the B-tree was one more copy of its code in the wasm
    /// module.
    county_made_up: Vec<(String, (usize, bool))>,
    /// Per zone (by index): where its records are in each list of per-zone records, in the
    /// register's order, so that a rule asked about one zone reads its records without scanning
    /// every zone's (issue 12: a register of 1,000 zones with 10,000 land evaluations made each
    /// zone-year scan all 10,000).
    by_zone: Vec<ZoneRecords>,
    /// The first calendar year wholly after the issue date ([`crate::rules::common::first_full_year`]),
    /// made once: the art-14 checks ask it for every year they weigh.
    first_full_year: i32,
    /// The places of the `dutyRecords` in the order of their rule and bearer (then their own
    /// order), searched in halves ([`ValidRegister::duty_record`]): the duties of a report look
    /// their records up one by one (issue 12: a scan of every record per duty made a 1,000-zone
    /// report with 3,000 records 4× slower than with none).
    duty_index: Vec<usize>,
}

/// The zones' places in the order of their ids (one per id: validated), searched in halves,
/// each with its id's first eight bytes as a number (big-endian, zero-padded: ordered as the
/// ids are), so that most steps of the search compare two numbers and only ids sharing their
/// first eight bytes are compared byte by byte ([`crate::answer::by_bytes`], inline). A map
/// keyed by the ids compared them through `memcmp`, a call per comparison that the wasm module
/// makes a byte at a time (the report looks a zone up by its id for each duty: a tenth of a
/// 1,000-zone report in Node).
#[derive(Clone, Debug, PartialEq, Eq)]
struct ById {
    /// (first eight bytes, place), in the order of the ids.
    order: Vec<(u64, usize)>,
}

/// The first eight bytes of `id` as a big-endian number, zero-padded.
fn prefix(id: &str) -> u64 {
    let mut bytes = [0_u8; 8];
    for (b, s) in bytes.iter_mut().zip(id.bytes()) {
        *b = s;
    }
    u64::from_be_bytes(bytes)
}

impl ById {
    fn of(zones: &[Zone]) -> Self {
        let id = |i: usize| zones.get(i).map_or("", |z| z.id.as_str());
        let order =
            crate::order::order_by(zones.len(), &|i, j| crate::answer::by_bytes(id(i), id(j)));
        Self {
            order: order.into_iter().map(|i| (prefix(id(i)), i)).collect(),
        }
    }

    /// The place of the zone with `id` among `zones` (the zones this was made of).
    fn get(&self, zones: &[Zone], id: &str) -> Option<usize> {
        let of = |i: usize| zones.get(i).map_or("", |z| z.id.as_str());
        let key = prefix(id);
        let at = self.order.partition_point(|(p, i)| {
            *p < key || (*p == key && crate::answer::by_bytes(of(*i), id).is_lt())
        });
        self.order
            .get(at)
            .filter(|(p, i)| *p == key && crate::answer::by_bytes(of(*i), id).is_eq())
            .map(|(_, i)| *i)
    }

    /// [`ById::get`] trying first the zone found last (`latest`, then set to the zone found):
    /// records listed zone after zone, or year by year in the zones' order, name the zone found
    /// last or the next one, told by one or two comparisons of ids instead of a search.
    #[inline]
    fn get_near(&self, zones: &[Zone], id: &str, latest: &mut Option<usize>) -> Option<usize> {
        let same = |p: &usize| {
            zones
                .get(*p)
                .is_some_and(|z| crate::answer::by_bytes(&z.id, id).is_eq())
        };
        let next = latest.map(|p| p.saturating_add(1));
        *latest = latest
            .filter(same)
            .or_else(|| next.filter(same))
            .or_else(|| self.get(zones, id));
        *latest
    }

    /// The places in the order of the ids.
    fn order(&self) -> impl Iterator<Item = usize> + '_ {
        self.order.iter().map(|(_, i)| *i)
    }
}

/// The positions of one zone's records in each list of per-zone records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct ZoneRecords {
    /// Its assessment records as (year, position), by year (one per year: validated): a
    /// zone's handful of years searched in halves, where a map of every zone-year took a
    /// descent through the whole register's records (perf: the art-14 checks look a zone-year
    /// up several times each; 3 % of a report).
    assessments: Vec<(i32, usize)>,
    env_infra: Vec<usize>,
    stats_findings: Vec<usize>,
    revocations: Vec<usize>,
    rectifications: Vec<usize>,
    land_evaluations: Vec<usize>,
    industrial_reuses: Vec<usize>,
}

/// One zone's assessment records by year ([`ValidRegister::assessments_of_zone`]).
#[derive(Clone, Copy, Debug)]
pub struct ZoneAssessments<'r> {
    /// (year, position in `records`), by year.
    years: &'r [(i32, usize)],
    records: &'r [AssessmentRecord],
    /// Whether the zone has a statistics finding or an environmental infrastructure item on
    /// record: what the prefecture's own findings of an assessment year are made of (most
    /// zones have neither, and then no year needs them looked for).
    stats_or_env: bool,
}

impl<'r> ZoneAssessments<'r> {
    /// Whether the zone has a statistics finding or an environmental infrastructure item on
    /// record.
    #[must_use]
    pub const fn has_stats_or_env(self) -> bool {
        self.stats_or_env
    }

    /// The years the zone has a record of, in order.
    pub fn years(self) -> impl DoubleEndedIterator<Item = i32> + 'r {
        self.years.iter().map(|(y, _)| *y)
    }

    /// The zone's record for `year`.
    #[must_use]
    #[inline]
    pub fn get(self, year: i32) -> Option<&'r AssessmentRecord> {
        let years = self.years;
        // A zone's handful of years read from the latest (the year most often asked), a long
        // history searched in halves.
        let (y, i) = if years.len() <= 8 {
            years.iter().rev().find(|(y, _)| *y <= year)?
        } else {
            years.get(years.partition_point(|(y, _)| *y < year))?
        };
        if *y == year {
            self.records.get(*i)
        } else {
            None
        }
    }
}

/// Which kinds of a zone's records are made up (`ILLUSTRATIVE` notes), as bits, computed once
/// when a register is validated so that marking answers costs no scan of the register.
#[derive(Clone, Copy, Debug)]
pub struct MadeUp;

impl MadeUp {
    /// `assessments`.
    pub const ASSESSMENTS: u8 = 1;
    /// `envInfra`.
    pub const ENV_INFRA: u8 = 1 << 1;
    /// `statsFindings`.
    pub const STATS_FINDINGS: u8 = 1 << 2;
    /// `revocations` of the zone itself.
    pub const REVOCATIONS: u8 = 1 << 3;
    /// `rectifications`.
    pub const RECTIFICATIONS: u8 = 1 << 4;
    /// `landEvaluations`.
    pub const LAND_EVALUATIONS: u8 = 1 << 5;
    /// `industrialReuses`.
    pub const INDUSTRIAL_REUSES: u8 = 1 << 6;
}

/// A zone named to a validated register's per-zone look-ups ([`ValidRegister::env_infra_of`] and
/// the like): its id, or the zone itself, found from its place among the register's zones when
/// it is one of them (no comparison of ids, which are scattered in memory: in a 1,000-zone report
/// those comparisons were a tenth of the time), else by its id.
pub trait ZoneKey {
    /// The zone's place among `reg`'s zones, if it is one of them.
    fn place_in(&self, reg: &ValidRegister) -> Option<usize>;
}

impl ZoneKey for str {
    fn place_in(&self, reg: &ValidRegister) -> Option<usize> {
        reg.zones.get(&reg.register.zones, self)
    }
}

impl ZoneKey for String {
    fn place_in(&self, reg: &ValidRegister) -> Option<usize> {
        self.as_str().place_in(reg)
    }
}

impl ZoneKey for Zone {
    #[inline]
    fn place_in(&self, reg: &ValidRegister) -> Option<usize> {
        reg.index_of(self).or_else(|| self.id.place_in(reg))
    }
}

/// What validation found of each record's zone ([`Register::problems_with`]), kept for the
/// index [`ValidRegister::new`] makes of them (perf: the index looked every record's zone up
/// again, twice for an illustrative assessment, after validation had found each: 20,000 of
/// the 30,000 look-ups of loading a 1,000-zone register of 10 years).
#[derive(Default)]
struct Found {
    /// Each zone's assessment records as (year, position), by year (one per year when valid).
    years: Vec<Vec<(i32, usize)>>,
    /// The place among the zones of each record's zone (`None`: not found), list by list.
    assessments: Vec<Option<usize>>,
    industrial_reuses: Vec<Option<usize>>,
    env_infra: Vec<Option<usize>>,
    stats_findings: Vec<Option<usize>>,
    revocations: Vec<Option<usize>>,
    rectifications: Vec<Option<usize>>,
    land_evaluations: Vec<Option<usize>>,
}

/// Whether [`Register::problems_with`] stops before the next record: only the first problem is
/// asked (`first_only`) and one is found.
fn stop_here(out: &[Error], first_only: bool) -> bool {
    first_only && !out.is_empty()
}

impl ValidRegister {
    /// Checks `register` (errors name fields under `root`, e.g. `input.register`) and indexes it.
    ///
    /// # Errors
    /// `INVALID_INPUT` naming the first bad field.
    pub fn new(mut register: Register, root: &str) -> Result<Self, Error> {
        let by_id = ById::of(&register.zones);
        let found = register.checked(root, &by_id)?;
        for z in &mut register.zones {
            z.names = SharedNames::of(z);
        }
        let r = &register;
        // Each record's zone as validation found it (`Found`), not looked up again.
        let mut made_up = alloc::vec![0_u8; r.zones.len()];
        let mut mark =
            |places: &[Option<usize>], notes: &mut dyn Iterator<Item = Option<&str>>, bit: u8| {
                for (place, note) in places.iter().zip(notes) {
                    if is_illustrative(note) {
                        if let Some(m) = place.and_then(|i| made_up.get_mut(i)) {
                            *m |= bit;
                        }
                    }
                }
            };
        mark(
            &found.assessments,
            &mut r.assessments.iter().map(|x| x.note.as_deref()),
            MadeUp::ASSESSMENTS,
        );
        mark(
            &found.env_infra,
            &mut r.env_infra.iter().map(|x| x.note.as_deref()),
            MadeUp::ENV_INFRA,
        );
        mark(
            &found.stats_findings,
            &mut r.stats_findings.iter().map(|x| x.note.as_deref()),
            MadeUp::STATS_FINDINGS,
        );
        mark(
            &found.revocations,
            &mut r.revocations.iter().map(|x| x.note.as_deref()),
            MadeUp::REVOCATIONS,
        );
        mark(
            &found.rectifications,
            &mut r.rectifications.iter().map(|x| x.note.as_deref()),
            MadeUp::RECTIFICATIONS,
        );
        mark(
            &found.land_evaluations,
            &mut r.land_evaluations.iter().map(|x| x.note.as_deref()),
            MadeUp::LAND_EVALUATIONS,
        );
        mark(
            &found.industrial_reuses,
            &mut r.industrial_reuses.iter().map(|x| x.note.as_deref()),
            MadeUp::INDUSTRIAL_REUSES,
        );
        // Each zone's and each made-up revocation's part, then sorted by county and summed.
        let mut parts: Vec<(String, (usize, bool))> = Vec::new();
        for z in &r.zones {
            if let Some(c) = &z.county_id {
                parts.push((c.clone(), (usize::from(z.is_illustrative()), false)));
            }
        }
        for (x, place) in r.revocations.iter().zip(&found.revocations) {
            if is_illustrative(x.note.as_deref()) {
                let county = place
                    .and_then(|i| r.zones.get(i))
                    .and_then(|z| z.county_id.clone());
                if let Some(c) = county {
                    parts.push((c, (0, true)));
                }
            }
        }
        crate::order::sort_with(&mut parts, &|a, b| crate::answer::by_bytes(&a.0, &b.0));
        let mut county_made_up: Vec<(String, (usize, bool))> = Vec::new();
        for (c, (n, revoked)) in parts {
            match county_made_up.last_mut() {
                Some((last, sum)) if *last == c => {
                    sum.0 += n;
                    sum.1 |= revoked;
                }
                _ => county_made_up.push((c, (n, revoked))),
            }
        }
        let Found {
            years,
            env_infra,
            stats_findings,
            revocations,
            rectifications,
            land_evaluations,
            industrial_reuses,
            ..
        } = found;
        // Validation's own list of each zone's years, with their records' positions.
        let mut by_zone: Vec<ZoneRecords> = years
            .into_iter()
            .map(|assessments| ZoneRecords {
                assessments,
                ..ZoneRecords::default()
            })
            .collect();
        let mut index = |places: Vec<Option<usize>>,
                         pick: fn(&mut ZoneRecords) -> &mut Vec<usize>| {
            for (i, place) in places.into_iter().enumerate() {
                if let Some(records) = place.and_then(|z| by_zone.get_mut(z)) {
                    pick(records).push(i);
                }
            }
        };
        index(env_infra, |z| &mut z.env_infra);
        index(stats_findings, |z| &mut z.stats_findings);
        index(revocations, |z| &mut z.revocations);
        index(rectifications, |z| &mut z.rectifications);
        index(land_evaluations, |z| &mut z.land_evaluations);
        index(industrial_reuses, |z| &mut z.industrial_reuses);
        let records = &register.duty_records;
        let duty_index = crate::order::order_by(records.len(), &|i, j| match (
            records.get(i),
            records.get(j),
        ) {
            (Some(a), Some(b)) => duty_order(a, &b.rule_id, &b.bearer).then(i.cmp(&j)),
            _ => i.cmp(&j),
        });
        Ok(Self {
            first_full_year: crate::rules::common::first_full_year(*register.issue_date),
            duty_index,
            register,
            zones: by_id,
            made_up,
            county_made_up,
            by_zone,
        })
    }

    /// The first of the `dutyRecords` of rule `rule_id` (`art-04.a`) and bearer `bearer` (a
    /// valid register holds at most one), found in halves, not by a scan.
    #[must_use]
    pub fn duty_record(&self, rule_id: &str, bearer: &str) -> Option<&DutyRecord> {
        let records = &self.register.duty_records;
        let order = |i: &usize| {
            records.get(*i).map_or(core::cmp::Ordering::Greater, |r| {
                duty_order(r, rule_id, bearer)
            })
        };
        let at = self.duty_index.partition_point(|i| order(i).is_lt());
        self.duty_index
            .get(at)
            .filter(|i| order(i).is_eq())
            .and_then(|i| records.get(*i))
    }

    /// The items of `list` whose positions `pick` gives for the zone `zone_id` (none for an
    /// unknown id), in the register's order.
    fn of<'a, T>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
        list: &'a [T],
        pick: fn(&ZoneRecords) -> &[usize],
    ) -> impl DoubleEndedIterator<Item = &'a T> + 'a {
        let at: &'a [usize] = zone
            .place_in(self)
            .and_then(|i| self.by_zone.get(i))
            .map_or(&[], pick);
        at.iter().filter_map(move |i| list.get(*i))
    }

    /// The zone's environmental infrastructure items (`envInfra`), in the register's order.
    pub fn env_infra_of<'a>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl Iterator<Item = &'a EnvInfraItem> + 'a {
        self.of(zone, &self.register.env_infra, |z| &z.env_infra)
    }

    /// The zone's statistics findings (`statsFindings`), in the register's order.
    pub fn stats_findings_of<'a>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl Iterator<Item = &'a StatsFinding> + 'a {
        self.of(zone, &self.register.stats_findings, |z| &z.stats_findings)
    }

    /// The zone's revocations, in the register's order.
    pub fn revocations_of<'a>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl Iterator<Item = &'a Revocation> + 'a {
        self.of(zone, &self.register.revocations, |z| &z.revocations)
    }

    /// The zone's accepted rectifications, in the register's order.
    pub fn rectifications_of<'a>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl Iterator<Item = &'a Rectification> + 'a {
        self.of(zone, &self.register.rectifications, |z| &z.rectifications)
    }

    /// The zone's land intensive-use evaluations, in the register's order.
    pub fn land_evaluations_of<'a>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl Iterator<Item = &'a LandEvaluation> + 'a {
        self.of(zone, &self.register.land_evaluations, |z| {
            &z.land_evaluations
        })
    }

    /// The industrial land reuses recorded for the zone, in the register's order.
    pub fn industrial_reuses_of<'a>(
        &'a self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl Iterator<Item = &'a crate::rules::art11_land::IndustrialReuse> + 'a {
        self.of(zone, &self.register.industrial_reuses, |z| {
            &z.industrial_reuses
        })
    }

    /// Which kinds of the zone's own records are made up ([`MadeUp`] bits; 0 for an unknown id).
    #[must_use]
    #[inline]
    pub fn made_up(&self, zone: &(impl ZoneKey + ?Sized)) -> u8 {
        zone.place_in(self)
            .and_then(|i| self.made_up.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// For a county: how many of its zones are made up, and whether a made-up revocation
    /// concerns one of its zones.
    #[must_use]
    pub fn county_made_up(&self, county: &str) -> (usize, bool) {
        self.county_made_up
            .binary_search_by(|(c, _)| crate::answer::by_bytes(c, county))
            .ok()
            .and_then(|i| self.county_made_up.get(i))
            .map_or((0, false), |(_, made_up)| *made_up)
    }

    /// The register.
    #[must_use]
    pub const fn register(&self) -> &Register {
        &self.register
    }

    /// The register, given back.
    #[must_use]
    pub fn into_inner(self) -> Register {
        self.register
    }

    /// The place of the zone with `id` among the register's zones (`register().zones`).
    #[must_use]
    pub fn zone_place(&self, id: &str) -> Option<usize> {
        self.zones.get(&self.register.zones, id)
    }

    /// [`ValidRegister::zone_place`] trying first the zone found last (`latest`, then set to
    /// the zone found): for records that come zone after zone or year by year.
    #[inline]
    pub(crate) fn zone_place_near(&self, id: &str, latest: &mut Option<usize>) -> Option<usize> {
        self.zones.get_near(&self.register.zones, id, latest)
    }

    /// The zones' places in the order of their ids.
    pub(crate) fn zone_order(&self) -> impl Iterator<Item = usize> + '_ {
        self.zones.order()
    }

    /// The zone with `id` (logarithmic look-up).
    #[must_use]
    pub fn zone(&self, id: &str) -> Option<&Zone> {
        self.zone_place(id).and_then(|i| self.register.zones.get(i))
    }

    /// The zone with `id`, or an error naming `path`.
    ///
    /// # Errors
    /// `INVALID_INPUT` when no zone has that id.
    pub fn zone_at(&self, id: &str, path: &str) -> Result<&Zone, Error> {
        self.zone(id)
            .ok_or_else(|| unknown_zone(String::from(path), id))
    }

    /// `zone`'s place among the register's zones when it is one of them, found from its address
    /// (no look-up of its id: a rule asked about a zone of the register looks its records up
    /// many times).
    fn index_of(&self, zone: &Zone) -> Option<usize> {
        let zones = &self.register.zones;
        let offset = core::ptr::from_ref(zone)
            .addr()
            .checked_sub(zones.as_ptr().addr())?;
        let i = offset.checked_div(core::mem::size_of::<Zone>())?;
        zones.get(i).filter(|z| core::ptr::eq(*z, zone)).map(|_| i)
    }

    /// The first calendar year wholly after the register's issue date (the issue year itself
    /// for an issue on 1 January): [`crate::rules::common::first_full_year`] of its issue date.
    #[must_use]
    pub const fn first_full_year(&self) -> i32 {
        self.first_full_year
    }

    /// [`Self::assessment`] of a zone given as itself: the same record, found without looking
    /// its id up when the zone is one of the register's.
    #[must_use]
    pub fn assessment_of(&self, zone: &Zone, year: i32) -> Option<&AssessmentRecord> {
        self.assessment_at(zone.place_in(self), year)
    }

    /// One zone's record for one assessment year.
    #[must_use]
    pub fn assessment(&self, zone_id: &str, year: i32) -> Option<&AssessmentRecord> {
        self.assessment_at(self.zone_place(zone_id), year)
    }

    /// The record for `year` of the zone at `place`.
    fn assessment_at(&self, place: Option<usize>, year: i32) -> Option<&AssessmentRecord> {
        self.assessments_by_year(place).get(year)
    }

    /// One zone's assessment records by year, the zone looked up once for every year asked
    /// (art-14.d weighs a year, the year before and the year after).
    #[must_use]
    #[inline]
    pub fn assessments_of_zone(&self, zone: &Zone) -> ZoneAssessments<'_> {
        self.assessments_by_year(zone.place_in(self))
    }

    fn assessments_by_year(&self, place: Option<usize>) -> ZoneAssessments<'_> {
        let zone = place.and_then(|i| self.by_zone.get(i));
        ZoneAssessments {
            years: zone.map_or(&[], |z| z.assessments.as_slice()),
            records: &self.register.assessments,
            stats_or_env: zone
                .is_some_and(|z| !z.stats_findings.is_empty() || !z.env_infra.is_empty()),
        }
    }

    /// The (year, position) of each assessment record of the zone at `place`, by year.
    fn assessments_at(&self, place: Option<usize>) -> &[(i32, usize)] {
        place
            .and_then(|i| self.by_zone.get(i))
            .map_or(&[], |z| z.assessments.as_slice())
    }

    /// The years for which one zone (by its id, or itself: [`ZoneKey`]) has an assessment
    /// record, ascending.
    pub fn assessment_years(
        &self,
        zone: &(impl ZoneKey + ?Sized),
    ) -> impl DoubleEndedIterator<Item = i32> + '_ {
        self.assessments_at(zone.place_in(self))
            .iter()
            .map(|(year, _)| *year)
    }
}

impl core::ops::Deref for ValidRegister {
    type Target = Register;
    fn deref(&self) -> &Register {
        &self.register
    }
}

/// The register of a question: given with it (checked and indexed when the rule runs), or
/// loaded once before ([`ValidRegister`] behind an [`Arc`]: checked and
/// indexed once, shared by every question asked of it; `api::LoadedRegister` and the npm
/// package's `Register.load` hold one).
///
/// In JSON it is always a [`Register`] (a question's `register` field); a loaded register is
/// never read from or written to JSON as such.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "a given register is held inline as the inputs always held it; boxing it would add an allocation to every stateless call"
)]
pub enum RegisterArg {
    /// A register given with the question.
    Given(Register),
    /// A register checked and indexed before.
    Loaded(alloc::sync::Arc<ValidRegister>),
}

impl RegisterArg {
    /// A stand-in for an input's required register before it is read (`crate::by_field`):
    /// an empty given register, never seen, since an input without its register is refused.
    #[cfg(feature = "serde")]
    pub(crate) fn blank() -> Self {
        Self::Given(Register::new(NaiveDate::MIN))
    }

    /// The register, checked and indexed: a given one now (errors name fields under `root`),
    /// a loaded one as it is.
    ///
    /// # Errors
    /// `INVALID_INPUT` naming the first bad field of a given register.
    pub fn check(self, root: &str) -> Result<alloc::sync::Arc<ValidRegister>, Error> {
        match self {
            Self::Given(r) => ValidRegister::new(r, root).map(alloc::sync::Arc::new),
            Self::Loaded(v) => Ok(v),
        }
    }

    /// The register's data.
    #[must_use]
    pub fn register(&self) -> &Register {
        match self {
            Self::Given(r) => r,
            Self::Loaded(v) => v.register(),
        }
    }
}

impl From<Register> for RegisterArg {
    fn from(r: Register) -> Self {
        Self::Given(r)
    }
}

impl From<ValidRegister> for RegisterArg {
    fn from(r: ValidRegister) -> Self {
        Self::Loaded(alloc::sync::Arc::new(r))
    }
}

impl From<alloc::sync::Arc<ValidRegister>> for RegisterArg {
    fn from(r: alloc::sync::Arc<ValidRegister>) -> Self {
        Self::Loaded(r)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RegisterArg {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Register::deserialize(d).map(Self::Given)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for RegisterArg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.register().serialize(s)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RegisterArg {
    fn schema_name() -> alloc::borrow::Cow<'static, str> {
        Register::schema_name()
    }
    fn schema_id() -> alloc::borrow::Cow<'static, str> {
        Register::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Register::json_schema(g)
    }
    fn inline_schema() -> bool {
        Register::inline_schema()
    }
}

#[cfg(test)]
mod tests {
    use super::same_text;

    /// The register's decoder by field ([`crate::by_field`]) reads the keys `Serialize` writes,
    /// in its order, requires what the JSON Schema requires, and reads the example back as it is.
    #[cfg(feature = "serde")]
    #[test]
    #[allow(clippy::unwrap_used, reason = "test")]
    fn the_register_is_decoded_by_its_fields() {
        let text = include_str!("../../examples/yanbian-register.json");
        let reg: super::Register = serde_json::from_str(text).unwrap();
        assert!(reg.description.is_some() && reg.issue_date_hypothetical);
        crate::by_field::check::fields_are_written_as_listed(&reg);
        let e = serde_json::from_str::<super::Register>(r#"{"zones": []}"#).unwrap_err();
        assert!(
            alloc::string::ToString::to_string(&e).starts_with("missing field `issueDate`"),
            "{e}"
        );
        let e =
            serde_json::from_str::<super::Register>(r#"{"issueDate": "2019-06-01"}"#).unwrap_err();
        assert!(
            alloc::string::ToString::to_string(&e).starts_with("missing field `zones`"),
            "{e}"
        );
    }

    /// A duty's record found through the index ([`super::ValidRegister::duty_record`]) is the
    /// first the register lists for its rule and bearer, as a scan finds it: the example
    /// register with a record of three zone duties for each of its zones added in reverse
    /// order, every pair of a rule and a bearer they name asked, and pairs they do not name.
    #[cfg(feature = "serde")]
    #[test]
    #[allow(clippy::unwrap_used, reason = "test")]
    fn a_duty_record_is_found_as_a_scan_finds_it() {
        let text = include_str!("../../examples/yanbian-register.json");
        let mut reg: super::Register = serde_json::from_str(text).unwrap();
        let ids: alloc::vec::Vec<alloc::string::String> =
            reg.zones.iter().rev().map(|z| z.id.clone()).collect();
        for id in &ids {
            for rule in ["art-12.f", "art-07.a", "art-01.b"] {
                reg.duty_records.push(super::DutyRecord {
                    rule_id: rule.into(),
                    bearer: id.clone(),
                    done_date: None,
                    note: None,
                });
            }
        }
        let reg = super::ValidRegister::new(reg, "register").unwrap();
        let scan = |rule: &str, bearer: &str| {
            reg.duty_records
                .iter()
                .find(|r| r.rule_id == rule && r.bearer == bearer)
        };
        let mut found = 0;
        let rules: alloc::vec::Vec<&str> = reg
            .duty_records
            .iter()
            .map(|r| r.rule_id.as_str())
            .collect();
        let bearers: alloc::vec::Vec<&str> = reg
            .duty_records
            .iter()
            .map(|r| r.bearer.as_str())
            .chain(["AG.NOPE", "", "ZZZ"])
            .collect();
        for rule in rules.iter().copied().chain(["art-99.z", ""]) {
            for bearer in &bearers {
                let (indexed, scanned) = (reg.duty_record(rule, bearer), scan(rule, bearer));
                assert_eq!(
                    indexed.map(core::ptr::from_ref),
                    scanned.map(core::ptr::from_ref),
                    "{rule} {bearer}"
                );
                found += usize::from(indexed.is_some());
            }
        }
        assert!(found >= ids.len() * 3, "{found}");
    }

    /// A county's made-up zones and revocation ([`super::ValidRegister::county_made_up`], a
    /// sorted list summed by county) are what a scan of the zones and revocations counts: the
    /// example register (one made-up zone and revocation) with every other zone marked made up
    /// too, so that counties have none, one and several, asked for every county and for ids
    /// it does not hold.
    #[cfg(feature = "serde")]
    #[test]
    #[allow(clippy::unwrap_used, reason = "test")]
    fn a_countys_made_up_zones_are_counted_as_a_scan_counts_them() {
        let text = include_str!("../../examples/yanbian-register.json");
        let mut reg: super::Register = serde_json::from_str(text).unwrap();
        for z in reg.zones.iter_mut().step_by(2) {
            z.source_note = Some("ILLUSTRATIVE: marked for this test".into());
        }
        let reg = super::ValidRegister::new(reg, "register").unwrap();
        let r = reg.register();
        let scan = |county: &str| {
            let in_county = |z: &&super::Zone| z.county_id.as_deref() == Some(county);
            let zones = r
                .zones
                .iter()
                .filter(in_county)
                .filter(|z| z.is_illustrative())
                .count();
            let revoked = r.revocations.iter().any(|x| {
                super::is_illustrative(x.note.as_deref())
                    && reg.zone(&x.zone_id).is_some_and(|z| in_county(&z))
            });
            (zones, revoked)
        };
        let mut several = false;
        let mut revoked = false;
        for county in r
            .zones
            .iter()
            .filter_map(|z| z.county_id.as_deref())
            .chain(["CTY.NOPE", "", "CTY"])
        {
            let counted = reg.county_made_up(county);
            assert_eq!(counted, scan(county), "{county}");
            several |= counted.0 > 1;
            revoked |= counted.1;
        }
        assert!(several && revoked);
    }

    /// `same_text` is `==` on texts of every length up to 40 bytes, equal or differing at any
    /// one byte (in the words and in the rest), and on texts of different lengths.
    #[test]
    fn same_text_is_equality() {
        let base: alloc::string::String = "珲春边境经济合作区HC-BECZ-0123".chars().collect();
        let bytes = base.as_bytes();
        for len in 0..=bytes.len().min(40) {
            let Ok(a) = core::str::from_utf8(&bytes[..len]) else {
                continue;
            };
            assert!(same_text(a, a));
            let mut other = alloc::vec::Vec::from(a.as_bytes());
            for i in 0..len {
                other[i] ^= 1;
                if let Ok(b) = core::str::from_utf8(&other) {
                    assert_eq!(same_text(a, b), a == b, "{a:?} {b:?}");
                    assert!(!same_text(a, b));
                }
                other[i] ^= 1;
            }
            if len > 0 {
                if let Ok(shorter) = core::str::from_utf8(&bytes[..len - 1]) {
                    assert!(!same_text(a, shorter));
                }
            }
        }
    }
}
