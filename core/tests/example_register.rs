//! The example register (`examples/yanbian-register.json`): it must load, validate, keep the facts
//! of `yanbian-zones.json` apart from the illustrative scenario, and give, for every zone as of
//! 2023-06-30, the zone summary worked out by hand in `docs/example-register.md`.
//!
//! The facts table below is transcribed from `yanbian-zones.json` (version `0.1-example`, kept
//! beside the rule catalog, outside this repository); the expected summaries come from the catalog
//! rules and the default parameters, reasoned in the docs, not from the program's output.
//!
//! Run: `cargo test -p devzone-rules --all-features --test example_register`.
#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a missing field or a failed call is a test failure"
)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use devzone_rules::api::{evaluate, zone_summary};
use devzone_rules::register::Register;
use serde_json::{json, Value};

const AS_OF: &str = "2023-06-30";
const ILLUSTRATIVE: &str = "ILLUSTRATIVE:";

fn register_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/yanbian-register.json")
}

/// The register as JSON. Fails (never skips) when the file is missing or is not JSON.
fn load() -> Value {
    let path = register_path();
    assert!(
        path.is_file(),
        "the example register {} is missing",
        path.display()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()))
}

fn list<'a>(reg: &'a Value, key: &str) -> &'a Vec<Value> {
    reg[key]
        .as_array()
        .unwrap_or_else(|| panic!("register.{key} is not a list"))
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

// ---------------------------------------------------------------------------------------------
// Facts as found in yanbian-zones.json 0.1-example.
// ---------------------------------------------------------------------------------------------

/// One zone row of the dataset, with the fields as the dataset spells them.
struct Fact {
    id: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    level: &'static str,
    zone_type: &'static str,
    county: &'static str,
    status: &'static str,
    authority: &'static str,
    /// `merged_into` or `superseded_by`.
    successor: Option<&'static str>,
    sources: &'static [&'static str],
}

const FACTS: &[Fact] = &[
    Fact {
        id: "HC-BECZ",
        name_zh: "珲春边境经济合作区",
        name_en: "Hunchun Border Economic Cooperation Zone",
        level: "NATIONAL",
        zone_type: "BORDER_ECON_COOP_ZONE",
        county: "CTY.HUNCHUN",
        status: "ACTIVE",
        authority: "PREFECTURE_DISPATCHED",
        successor: None,
        sources: &[
            "https://cread.tw/book/1038589/88039209.html",
            "https://soolun.net/periodical/9f94ecda67caa3eaaaabf0035cb8eb8e.html",
        ],
    },
    Fact {
        id: "HC-EPZ",
        name_zh: "珲春出口加工区",
        name_en: "Hunchun Export Processing Zone",
        level: "NATIONAL",
        zone_type: "CUSTOMS_SPECIAL_SUPERVISION_AREA",
        county: "CTY.HUNCHUN",
        status: "SUPERSEDED",
        authority: "UNKNOWN",
        successor: Some("HC-CBZ"),
        sources: &[
            "https://cread.tw/book/1038589/88039209.html",
            "http://tp.hkcd.com/content_p/2019-01/30/content_70003.html",
        ],
    },
    Fact {
        id: "HC-CBZ",
        name_zh: "珲春综合保税区",
        name_en: "Hunchun Comprehensive Bonded Zone",
        level: "NATIONAL",
        zone_type: "COMPREHENSIVE_BONDED_ZONE",
        county: "CTY.HUNCHUN",
        status: "ACTIVE",
        authority: "UNKNOWN",
        successor: None,
        sources: &["http://tp.hkcd.com/content_p/2019-01/30/content_70003.html"],
    },
    Fact {
        id: "HC-SRBTZ",
        name_zh: "珲春中俄互市贸易区",
        name_en: "Hunchun Sino-Russian Border Trade Zone",
        level: "NATIONAL",
        zone_type: "BORDER_TRADE_ZONE",
        county: "CTY.HUNCHUN",
        status: "ACTIVE_UNVERIFIED",
        authority: "UNKNOWN",
        successor: None,
        sources: &["https://cread.tw/book/1038589/88039209.html"],
    },
    Fact {
        id: "HC-ICDZ",
        name_zh: "中国图们江区域(珲春)国际合作示范区",
        name_en: "China Tumen River Area (Hunchun) International Cooperation Demonstration Zone",
        level: "NATIONAL",
        zone_type: "OTHER_NATIONAL_PLATFORM",
        county: "CTY.HUNCHUN",
        status: "ACTIVE_UNVERIFIED",
        authority: "UNKNOWN",
        successor: None,
        sources: &[
            "http://sanlundiandongche.com/zhishiku/164089.html",
            "http://hkcd.com/content_p/2015-05/15/content_15658.html",
        ],
    },
    Fact {
        id: "HL-BECZ",
        name_zh: "和龙边境经济合作区",
        name_en: "Helong Border Economic Cooperation Zone",
        level: "NATIONAL",
        zone_type: "BORDER_ECON_COOP_ZONE",
        county: "CTY.HELONG",
        status: "ACTIVE",
        authority: "PREFECTURE_DISPATCHED",
        successor: None,
        sources: &["https://idigift.com/kfqfchlbh.html"],
    },
    Fact {
        id: "YJ-HTZ",
        name_zh: "延吉高新技术产业开发区",
        name_en: "Yanji High-Tech Industrial Development Zone",
        level: "NATIONAL",
        zone_type: "HIGH_TECH_ZONE",
        county: "CTY.YANJI",
        status: "ACTIVE",
        authority: "PREFECTURE_DISPATCHED",
        successor: None,
        sources: &[
            "https://soolun.net/periodical/9f94ecda67caa3eaaaabf0035cb8eb8e.html",
            "http://www.f3qsig.cn/guanzhu/2022/0225/400045281.html",
        ],
    },
    Fact {
        id: "YJ-ICZ",
        name_zh: "延吉工业集中区",
        name_en: "Yanji Industrial Concentration Zone",
        level: "INDUSTRIAL_CONCENTRATION",
        zone_type: "INDUSTRIAL_CONCENTRATION_ZONE",
        county: "CTY.YANJI",
        status: "MERGED",
        authority: "UNKNOWN",
        successor: Some("YJ-HTZ"),
        sources: &["http://www.f3qsig.cn/guanzhu/2022/0225/400045281.html"],
    },
    Fact {
        id: "YB-XXICZ",
        name_zh: "延边新兴工业集中区",
        name_en: "Yanbian Xinxing Industrial Concentration Zone",
        level: "INDUSTRIAL_CONCENTRATION",
        zone_type: "INDUSTRIAL_CONCENTRATION_ZONE",
        county: "CTY.YANJI",
        status: "ACTIVE_UNVERIFIED",
        authority: "UNKNOWN",
        successor: None,
        sources: &[
            "http://www.ybzx.gov.cn/zhengxieyaowen/2016-06-24/2809.html",
            "http://korean.people.com.cn/65106/65130/69621/15640586.html",
        ],
    },
    Fact {
        id: "YJ-AEZ",
        name_zh: "延吉国际空港经济开发区",
        name_en: "Yanji International Airport Economic Development Zone",
        level: "UNKNOWN",
        zone_type: "AIRPORT_ECON_ZONE",
        county: "CTY.YANJI",
        status: "ACTIVE_UNVERIFIED",
        authority: "PREFECTURE_DISPATCHED",
        successor: None,
        sources: &[
            "http://korean.people.com.cn/65106/65130/69621/15640586.html",
            "http://korean.people.com.cn/65106/65130/69621/15391641.html",
        ],
    },
    Fact {
        id: "DH-EDZ",
        name_zh: "敦化经济开发区",
        name_en: "Dunhua Economic Development Zone",
        level: "PROVINCIAL",
        zone_type: "ECON_DEV_ZONE",
        county: "CTY.DUNHUA",
        status: "HISTORICAL_LISTING",
        authority: "COUNTY",
        successor: None,
        sources: &[
            "http://www.5540.net.cn/MKXevx2B/",
            "http://zhiqingwang.shzq.org/shzq/4672071510447059206.html",
        ],
    },
    Fact {
        id: "TM-EDZ",
        name_zh: "图们经济开发区",
        name_en: "Tumen Economic Development Zone",
        level: "PROVINCIAL",
        zone_type: "ECON_DEV_ZONE",
        county: "CTY.TUMEN",
        status: "HISTORICAL_LISTING",
        authority: "COUNTY",
        successor: None,
        sources: &["http://www.5540.net.cn/MKXevx2B/"],
    },
    Fact {
        id: "YJ-EDZ-HIST",
        name_zh: "延吉经济、高新技术开发区",
        name_en: "Yanji Economic and High-Tech Development Zone (historical listing)",
        level: "PROVINCIAL",
        zone_type: "HIGH_TECH_ZONE",
        county: "CTY.YANJI",
        status: "HISTORICAL_LISTING",
        authority: "UNKNOWN",
        successor: None,
        sources: &["http://www.5540.net.cn/MKXevx2B/"],
    },
];

/// Left out on purpose (docs/example-register.md): a c. 2006 listing, probably YJ-HTZ's
/// predecessor, "do not count both".
const LEFT_OUT: &[&str] = &["YJ-EDZ-HIST"];

/// The dataset's counties: id, Chinese name, English name, kind.
const COUNTIES: &[(&str, &str, &str, &str)] = &[
    ("CTY.YANJI", "延吉市", "Yanji City", "CITY"),
    ("CTY.TUMEN", "图们市", "Tumen City", "CITY"),
    ("CTY.DUNHUA", "敦化市", "Dunhua City", "CITY"),
    ("CTY.HUNCHUN", "珲春市", "Hunchun City", "CITY"),
    ("CTY.LONGJING", "龙井市", "Longjing City", "CITY"),
    ("CTY.HELONG", "和龙市", "Helong City", "CITY"),
    ("CTY.WANGQING", "汪清县", "Wangqing County", "COUNTY"),
    ("CTY.ANTU", "安图县", "Antu County", "COUNTY"),
];

/// The mapping decisions of the docs: dataset status → model status.
fn model_status(found: &str) -> &'static str {
    match found {
        "ACTIVE" | "ACTIVE_UNVERIFIED" | "HISTORICAL_LISTING" => "ACTIVE",
        "MERGED" | "SUPERSEDED" => "MERGED",
        "REVOKED" => "REVOKED",
        other => panic!("no mapping for dataset status {other}"),
    }
}

/// Dataset type → model type.
fn model_type(found: &'static str) -> &'static str {
    match found {
        "CUSTOMS_SPECIAL_SUPERVISION_AREA" | "OTHER_NATIONAL_PLATFORM" => "OTHER",
        "BORDER_TRADE_ZONE" => "SPECIALTY_PARK",
        same => same,
    }
}

/// Dataset managing authority → model authority (the model has no UNKNOWN).
fn model_authority(found: &'static str) -> &'static str {
    if found == "UNKNOWN" {
        "OTHER"
    } else {
        found
    }
}

/// Fields the dataset never states, so no fact zone may carry them.
const UNSTATED: &[&str] = &[
    "leadingIndustry",
    "mainIndustries",
    "nominalFinding",
    "meetsHighTechCriteria",
    "aliases",
];

#[test]
fn register_parses_and_validates() {
    let reg = load();
    let typed: Register = serde_json::from_value(reg.clone())
        .unwrap_or_else(|e| panic!("the example register is not a Register: {e}"));
    typed.validate("register").unwrap();
    assert_eq!(typed.issue_date.to_string(), "2019-06-01");
    assert_eq!(typed.zones.len(), 15);
    assert_eq!(typed.counties.len(), 8);
}

#[test]
fn counties_are_the_datasets_eight() {
    let reg = load();
    let got: Vec<(&str, &str, &str, &str)> = list(&reg, "counties")
        .iter()
        .map(|c| (s(c, "id"), s(c, "nameZh"), s(c, "nameEn"), s(c, "kind")))
        .collect();
    assert_eq!(got, COUNTIES);
}

#[test]
fn fact_zones_are_as_found_with_mappings_and_sources() {
    let reg = load();
    let zones = list(&reg, "zones");
    let ids: BTreeSet<&str> = zones.iter().map(|z| s(z, "id")).collect();
    for left_out in LEFT_OUT {
        assert!(!ids.contains(left_out), "{left_out} must be left out");
        assert!(
            s(&reg, "description").contains(left_out),
            "the description must say {left_out} is left out"
        );
    }
    for fact in FACTS.iter().filter(|f| !LEFT_OUT.contains(&f.id)) {
        let zone = zones
            .iter()
            .find(|z| s(z, "id") == fact.id)
            .unwrap_or_else(|| panic!("dataset zone {} is missing", fact.id));
        let id = fact.id;
        assert_eq!(s(zone, "nameZh"), fact.name_zh, "{id}.nameZh");
        assert_eq!(s(zone, "nameEn"), fact.name_en, "{id}.nameEn");
        assert_eq!(s(zone, "level"), fact.level, "{id}.level");
        assert_eq!(s(zone, "type"), model_type(fact.zone_type), "{id}.type");
        assert_eq!(s(zone, "countyId"), fact.county, "{id}.countyId");
        assert_eq!(s(zone, "status"), model_status(fact.status), "{id}.status");
        assert_eq!(
            s(zone, "managingAuthority"),
            model_authority(fact.authority),
            "{id}.managingAuthority"
        );
        assert_eq!(
            zone["mergedInto"].as_str(),
            fact.successor,
            "{id}.mergedInto"
        );
        // Only month precision is known for the dataset's status dates (HC-EPZ 2018-04, YJ-ICZ
        // 2022-02): the 1st of the month stands for the day, and the sourceNote says so, so that
        // a question asked as of an earlier date sees the zone as it then was.
        match (id, zone.get("statusDate").and_then(Value::as_str)) {
            ("HC-EPZ", Some(d)) => assert_eq!(d, "2018-04-01"),
            ("YJ-ICZ", Some(d)) => assert_eq!(d, "2022-02-01"),
            (_, None) => {}
            (_, Some(d)) => panic!("{id}.statusDate {d}: not in the dataset"),
        }
        if zone.get("statusDate").is_some() {
            assert!(
                s(zone, "sourceNote").contains("the 1st of that month stands for the day"),
                "{id}: the approximated day must be stated"
            );
        }
        for key in UNSTATED {
            assert!(zone.get(key).is_none(), "{id}.{key}: not in the dataset");
        }
        let note = s(zone, "sourceNote");
        assert!(
            !note.starts_with(ILLUSTRATIVE),
            "{id}: a fact marked illustrative"
        );
        assert!(note.contains("yanbian-zones.json"), "{id}: provenance");
        for url in fact.sources {
            assert!(note.contains(url), "{id}.sourceNote lacks source {url}");
        }
        // Every mapping is stated where it happens.
        for (found, mapped) in [
            (fact.status, model_status(fact.status)),
            (fact.zone_type, model_type(fact.zone_type)),
            (fact.authority, model_authority(fact.authority)),
        ] {
            if found != mapped {
                assert!(
                    note.contains(found) && note.contains(&format!("mapped to {mapped}")),
                    "{id}.sourceNote must say {found} was mapped to {mapped}"
                );
            }
        }
    }
}

#[test]
fn illustrative_marks_exactly_what_the_dataset_does_not_back() {
    let reg = load();
    let fact_ids: BTreeSet<&str> = FACTS.iter().map(|f| f.id).collect();
    // Zones: illustrative iff not a dataset zone.
    let mut illustrative_zones = Vec::new();
    for zone in list(&reg, "zones") {
        let id = s(zone, "id");
        let marked = s(zone, "sourceNote").starts_with(ILLUSTRATIVE);
        assert_eq!(marked, !fact_ids.contains(id), "zone {id}: marking");
        if marked {
            assert!(
                id.starts_with("ILLUS-"),
                "{id}: fictional ids start with ILLUS-"
            );
            assert!(s(zone, "nameEn").contains("(fictional"), "{id}.nameEn");
            assert!(s(zone, "nameZh").contains("虚构"), "{id}.nameZh");
            illustrative_zones.push(id);
        }
    }
    assert_eq!(
        illustrative_zones,
        ["ILLUS-TM-ICZ", "ILLUS-HL-ICZ", "ILLUS-AT-EDZ"]
    );
    // Records: the dataset has no assessment, environment, statistics, revocation or
    // rectification record, so every one is illustrative, and says so.
    let expected_counts = [
        ("assessments", 15),
        ("envInfra", 3),
        ("statsFindings", 1),
        ("revocations", 1),
        ("rectifications", 1),
        ("implMeasures", 4),
        ("dutyRecords", 4),
    ];
    for (key, count) in expected_counts {
        let records = list(&reg, key);
        assert_eq!(records.len(), count, "register.{key}");
        for (i, r) in records.iter().enumerate() {
            assert!(
                s(r, "note").starts_with(ILLUSTRATIVE),
                "register.{key}[{i}].note must start with {ILLUSTRATIVE}"
            );
        }
    }
    // The scenario's assessment conventions: N = 88, results out in September of Y + 1.
    for r in list(&reg, "assessments") {
        let year = r["year"].as_i64().unwrap();
        assert_eq!(r["populationSize"], 88);
        assert!(
            s(r, "publishedDate").starts_with(&format!("{}-09-", year + 1)),
            "{} {year}: published in September of the following year",
            s(r, "zoneId")
        );
        assert!((2019..=2024).contains(&year));
    }
    // Meetings have no note field: the description labels them.
    assert!(!list(&reg, "meetings").is_empty());
    let description = s(&reg, "description");
    for needle in [
        "FACTS AS FOUND",
        "ILLUSTRATIVE",
        "NOT real",
        "issueDate 2019-06-01",
        "ILLUS-",
        "every meeting",
    ] {
        assert!(
            description.contains(needle),
            "the description must say `{needle}`"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The zone summaries as of 2023-06-30 (docs/example-register.md, "What each zone gets").
// ---------------------------------------------------------------------------------------------

/// An action, what the opinion says of it (`BARRED`, `NOT_BARRED`, `NEEDS_HUMAN`), and the rules
/// that decide it.
type Perm = (&'static str, &'static str, &'static [&'static str]);

struct Expected {
    zone: &'static str,
    assessment_year: Option<i64>,
    findings: &'static [(&'static str, &'static str)],
    permissions: [Perm; 5],
}

const NONE: &[&str] = &[];
const STATUS: &[&str] = &["register.status"];
const HT: &[&str] = &["art-03.a"];
const CARD: &[&str] = &["art-14.d"];
const B: &str = "BARRED";
const NB: &str = "NOT_BARRED";
const NH: &str = "NEEDS_HUMAN";

/// Permissions of an active zone that nothing bars and that may not apply for high-tech status.
/// Nothing in the opinion grants an expansion: not barred, still subject to the usual approval.
const FREE_NOT_HT: [Perm; 5] = [
    ("EXPAND", NB, NONE),
    ("ADJUST", NB, NONE),
    ("UPGRADE", NB, NONE),
    ("APPLY_HIGH_TECH", B, HT),
    ("BE_ASSESSED", NB, NONE),
];

/// A zone that no longer exists on 2023-06-30 (merged or revoked before it): every zone check is
/// not applicable (issue 8 item 9) and nothing can be done with it.
const GONE: [Perm; 5] = [
    ("EXPAND", B, STATUS),
    ("ADJUST", B, STATUS),
    ("UPGRADE", B, STATUS),
    ("APPLY_HIGH_TECH", B, HT),
    ("BE_ASSESSED", B, STATUS),
];

/// An active national zone with no scenario record: the findings that follow from the facts.
const NATIONAL_ACTIVE: &[(&str, &str)] = &[
    ("pre.a", "IN_SCOPE"),
    ("art-12.b", "NOT_DISPATCHED"),
    ("art-02.b", "NEEDS_HUMAN"),
    ("art-02.c", "COMPLIANT"),
    ("art-05.a", "UNKNOWN"),
    ("art-03.a", "NOT_ELIGIBLE"),
    ("art-14.h", "NOT_DISQUALIFIED"),
    ("art-15.a", "NOT_DISQUALIFIED"),
    // The register records no land evaluation: 2023 is a FULL year of the cycle from 2020
    // (the first full year after issuance, AMB-19), not done yet on 2023-06-30.
    ("art-11.b", "PENDING"),
];

const NATIONAL_DISPATCHED: &[(&str, &str)] = &[
    ("pre.a", "IN_SCOPE"),
    ("art-12.b", "DISPATCHED"),
    ("art-02.b", "NEEDS_HUMAN"),
    ("art-02.c", "COMPLIANT"),
    ("art-05.a", "UNKNOWN"),
    ("art-03.a", "NOT_ELIGIBLE"),
    ("art-14.h", "NOT_DISQUALIFIED"),
    ("art-15.a", "NOT_DISQUALIFIED"),
    ("art-11.b", "PENDING"),
];

/// A zone merged before 2023-06-30: its own checks do not apply.
const MERGED_BEFORE: &[(&str, &str)] = &[
    ("pre.a", "NOT_APPLICABLE"),
    ("art-12.b", "NOT_DISPATCHED"),
    ("art-02.b", "NOT_APPLICABLE"),
    ("art-02.c", "COMPLIANT"),
    ("art-05.a", "NOT_APPLICABLE"),
    ("art-03.a", "NOT_APPLICABLE"),
    ("art-14.h", "NOT_APPLICABLE"),
    ("art-15.a", "NOT_APPLICABLE"),
    ("art-11.b", "NOT_APPLICABLE"),
];

const EXPECTED: &[Expected] = &[
    Expected {
        zone: "HC-BECZ",
        assessment_year: None,
        findings: NATIONAL_DISPATCHED,
        permissions: FREE_NOT_HT,
    },
    Expected {
        // Superseded by the bonded zone in April 2018 (statusDate 2018-04-01).
        zone: "HC-EPZ",
        assessment_year: None,
        findings: MERGED_BEFORE,
        permissions: GONE,
    },
    Expected {
        zone: "HC-CBZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "COMPLIANT"),
            ("art-05.a", "UNKNOWN"),
            ("art-03.a", "NOT_ELIGIBLE"),
            ("art-14.h", "DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: [
            ("EXPAND", NB, NONE),
            ("ADJUST", NB, NONE),
            ("UPGRADE", NB, NONE),
            ("APPLY_HIGH_TECH", B, HT),
            ("BE_ASSESSED", B, &["art-14.h"]),
        ],
    },
    Expected {
        zone: "HC-SRBTZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "OUT_OF_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "COMPLIANT"),
            ("art-05.a", "UNKNOWN"),
            ("art-03.a", "NOT_ELIGIBLE"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: FREE_NOT_HT,
    },
    Expected {
        zone: "HC-ICDZ",
        assessment_year: None,
        findings: NATIONAL_ACTIVE,
        permissions: FREE_NOT_HT,
    },
    Expected {
        zone: "HL-BECZ",
        assessment_year: None,
        findings: NATIONAL_DISPATCHED,
        permissions: FREE_NOT_HT,
    },
    Expected {
        zone: "YJ-HTZ",
        assessment_year: None,
        findings: NATIONAL_DISPATCHED,
        permissions: FREE_NOT_HT,
    },
    Expected {
        // Merged into YJ-HTZ in February 2022 (statusDate 2022-02-01).
        zone: "YJ-ICZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "NOT_APPLICABLE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NOT_APPLICABLE"),
            ("art-02.c", "COMPLIANT"),
            ("art-02.d", "NOT_ELIGIBLE"),
            ("art-05.a", "NOT_APPLICABLE"),
            ("art-03.a", "NOT_APPLICABLE"),
            ("art-14.h", "NOT_APPLICABLE"),
            ("art-15.a", "NOT_APPLICABLE"),
            ("art-11.b", "NOT_APPLICABLE"),
        ],
        permissions: GONE,
    },
    Expected {
        // Yanji's only other zones are dispatched by the prefecture (YJ-HTZ, YJ-AEZ): they are
        // not the county's own (AMB-06), so the airport zone's unknown level does not matter and
        // nothing bars the ICZ's application; the province's criteria remain for a person.
        zone: "YB-XXICZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "COMPLIANT"),
            ("art-02.d", "ELIGIBLE"),
            ("art-05.a", "NOT_APPLICABLE"),
            ("art-03.a", "NOT_ELIGIBLE"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: FREE_NOT_HT,
    },
    Expected {
        zone: "YJ-AEZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "COMPLIANT"),
            ("art-05.a", "NEEDS_HUMAN"),
            ("art-03.a", "NEEDS_HUMAN"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: [
            ("EXPAND", NB, NONE),
            ("ADJUST", NB, NONE),
            ("UPGRADE", NB, NONE),
            ("APPLY_HIGH_TECH", NH, HT),
            ("BE_ASSESSED", NB, NONE),
        ],
    },
    Expected {
        zone: "DH-EDZ",
        assessment_year: Some(2021),
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "COMPLIANT"),
            ("art-05.a", "UNKNOWN"),
            ("art-03.a", "NEEDS_HUMAN"),
            ("art-14.c", "ELIGIBLE"),
            ("art-14.d", "NOT_TRIGGERED"),
            ("art-14.e", "NOT_TRIGGERED"),
            ("art-14.f", "NOT_TRIGGERED"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            // The FULL evaluation on record is 2020's, so the cycle is anchored there (AMB-19)
            // and 2023 is a FULL year, not done yet on 2023-06-30.
            ("art-11.b", "PENDING"),
            // The illustrative maker space started 2020-05-10: the 5-year grace runs to
            // 2025-05-10 (corresponding day), so on 2023-06-30 it is in grace.
            ("art-11.e", "IN_GRACE"),
        ],
        permissions: [
            ("EXPAND", NB, NONE),
            ("ADJUST", NB, NONE),
            ("UPGRADE", NB, NONE),
            ("APPLY_HIGH_TECH", NH, HT),
            ("BE_ASSESSED", NB, NONE),
        ],
    },
    Expected {
        zone: "TM-EDZ",
        assessment_year: Some(2021),
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "MERGE_OVERDUE"),
            ("art-05.a", "UNKNOWN"),
            ("art-03.a", "NOT_ELIGIBLE"),
            ("art-14.c", "NOT_ELIGIBLE"),
            ("art-14.d", "TRIGGERED"),
            ("art-14.e", "TRIGGERED"),
            ("art-14.f", "NOT_TRIGGERED"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: [
            ("EXPAND", B, CARD),
            ("ADJUST", B, CARD),
            ("UPGRADE", B, CARD),
            ("APPLY_HIGH_TECH", B, HT),
            ("BE_ASSESSED", NB, NONE),
        ],
    },
    Expected {
        zone: "ILLUS-TM-ICZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "MERGE_OVERDUE"),
            ("art-02.d", "NOT_ELIGIBLE"),
            ("art-05.a", "NOT_APPLICABLE"),
            ("art-03.a", "NOT_ELIGIBLE"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            // Due 2022-12-31 and still not done at the end of 2022 or on 2023-06-30.
            ("art-15.a", "DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: [
            ("EXPAND", B, &["art-15.a"]),
            ("ADJUST", B, &["art-15.a"]),
            // art-02.d decides an ICZ's upgrade; its answer names art-15.a and the county's
            // provincial zone.
            ("UPGRADE", B, &["art-02.d"]),
            ("APPLY_HIGH_TECH", B, HT),
            ("BE_ASSESSED", B, &["art-15.a"]),
        ],
    },
    Expected {
        zone: "ILLUS-HL-ICZ",
        assessment_year: None,
        findings: &[
            ("pre.a", "IN_SCOPE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NEEDS_HUMAN"),
            ("art-02.c", "COMPLIANT"),
            ("art-02.d", "ELIGIBLE"),
            ("art-05.a", "NOT_APPLICABLE"),
            ("art-03.a", "NOT_ELIGIBLE"),
            ("art-14.h", "NOT_DISQUALIFIED"),
            ("art-15.a", "NOT_DISQUALIFIED"),
            ("art-11.b", "PENDING"),
        ],
        permissions: FREE_NOT_HT,
    },
    Expected {
        // Revoked on 2022-12-01: its 2021 assessment still answers (it existed in 2021), its
        // 2023 checks do not apply.
        zone: "ILLUS-AT-EDZ",
        assessment_year: Some(2021),
        findings: &[
            ("pre.a", "NOT_APPLICABLE"),
            ("art-12.b", "NOT_DISPATCHED"),
            ("art-02.b", "NOT_APPLICABLE"),
            ("art-02.c", "COMPLIANT"),
            ("art-05.a", "NOT_APPLICABLE"),
            ("art-03.a", "NOT_APPLICABLE"),
            ("art-14.c", "NOT_ELIGIBLE"),
            ("art-14.d", "TRIGGERED"),
            ("art-14.e", "TRIGGERED"),
            ("art-14.f", "TRIGGERED"),
            ("art-14.h", "NOT_APPLICABLE"),
            ("art-15.a", "NOT_APPLICABLE"),
            ("art-11.b", "NOT_APPLICABLE"),
        ],
        permissions: [
            ("EXPAND", B, &["register.status", "art-14.d"]),
            ("ADJUST", B, &["register.status", "art-14.d"]),
            ("UPGRADE", B, &["register.status", "art-14.d"]),
            ("APPLY_HIGH_TECH", B, HT),
            ("BE_ASSESSED", B, STATUS),
        ],
    },
];

fn summary_of(reg: &Value, zone: &str, as_of: &str, lang: &str) -> Value {
    zone_summary(
        &json!({ "register": reg, "zoneId": zone, "asOf": as_of }),
        &json!({ "lang": lang }),
    )
    .unwrap_or_else(|e| panic!("zone summary of {zone}: {e}"))
}

fn finding<'a>(summary: &'a Value, rule: &str) -> &'a Value {
    summary["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["ruleId"] == rule)
        .unwrap_or_else(|| panic!("{}: no {rule} finding", summary["zoneId"]))
}

fn codes(answer: &Value, key: &str) -> Vec<String> {
    answer[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_owned())
        .collect()
}

fn permissions_of(summary: &Value) -> Vec<(String, String, Vec<String>)> {
    summary["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["action"].as_str().unwrap().to_owned(),
                p["status"].as_str().unwrap().to_owned(),
                p["decidedBy"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap().to_owned())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn every_zone_summary_as_worked_out_by_hand() {
    let reg = load();
    let zone_ids: Vec<&str> = list(&reg, "zones").iter().map(|z| s(z, "id")).collect();
    let expected_ids: Vec<&str> = EXPECTED.iter().map(|e| e.zone).collect();
    assert_eq!(zone_ids, expected_ids, "every zone has an expectation");
    let mut failures = Vec::new();
    for e in EXPECTED {
        let summary = summary_of(&reg, e.zone, AS_OF, "en");
        if summary["assessmentYear"].as_i64() != e.assessment_year {
            failures.push(format!(
                "{}: assessmentYear {} (expected {:?})",
                e.zone, summary["assessmentYear"], e.assessment_year
            ));
        }
        let got: Vec<(String, String)> = summary["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["ruleId"].as_str().unwrap().to_owned(),
                    f["outcome"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = e
            .findings
            .iter()
            .map(|(r, o)| ((*r).to_owned(), (*o).to_owned()))
            .collect();
        if got != want {
            failures.push(format!(
                "{}: findings\n  got  {got:?}\n  want {want:?}",
                e.zone
            ));
        }
        let got = permissions_of(&summary);
        let want: Vec<(String, String, Vec<String>)> = e
            .permissions
            .iter()
            .map(|(a, status, by)| {
                (
                    (*a).to_owned(),
                    (*status).to_owned(),
                    by.iter().map(|r| (*r).to_owned()).collect(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!(
                "{}: permissions\n  got  {got:?}\n  want {want:?}",
                e.zone
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_scenarios_details() {
    let reg = load();

    // Tumen: TM-EDZ and the illustrative ICZ must merge; the window closed on 2021-06-01.
    let tm = summary_of(&reg, "TM-EDZ", AS_OF, "en");
    let merge = finding(&tm, "art-02.c");
    assert_eq!(merge["countable"], json!(["TM-EDZ", "ILLUS-TM-ICZ"]));
    assert_eq!(merge["mustMerge"], true);
    assert_eq!(merge["windowEnd"], "2021-06-01");
    // Yellow card for 2021 (bottom 10, no fall from 81 to 80), in force from the publication
    // until the 2022 results are out (not yet on 2023-06-30) and the rectification is accepted.
    let card = finding(&tm, "art-14.d");
    assert_eq!(card["triggers"], json!(["BOTTOM_N"]));
    assert_eq!(card["start"], "2022-09-15");
    assert!(card.get("end").is_none());
    assert_eq!(card["endStatus"], "UNTIL_NEXT_RESULT");
    assert!(codes(card, "reasons").contains(&"YELLOW_CARD_UNTIL_NEXT_RESULT".to_owned()));
    // Every finding here rests on made-up records and says so first.
    assert_eq!(codes(card, "reasons")[0], "ILLUSTRATIVE_RECORDS");
    assert_eq!(card["illustrative"], true);
    // Accountability: bottom 10 in 2020 and 2021 (2019 not counted), not bottom 5, not merged;
    // which leaders answer for it is for a person (AMB-37).
    let acc = finding(&tm, "art-14.e");
    assert_eq!(acc["hitYears"], json!([2020, 2021]));
    assert!(acc.get("mergedInto").is_none());
    assert!(codes(acc, "reasons").contains(&"ACCOUNTABILITY_TRIGGERED".to_owned()));
    assert_eq!(codes(acc, "needsHuman"), ["LEADERS_IN_OFFICE_NEEDS_HUMAN"]);
    assert_eq!(finding(&tm, "art-14.f")["hitYears"], json!([]));

    // The revoked illustrative zone: bottom 5 in 2020 and 2021; ban and promotion dates.
    let at = summary_of(&reg, "ILLUS-AT-EDZ", AS_OF, "en");
    let rev = finding(&at, "art-14.f");
    assert_eq!(rev["hitYears"], json!([2020, 2021]));
    assert_eq!(rev["reapplyBanLastDay"], "2025-12-01");
    assert_eq!(rev["reapplyAllowedFrom"], "2025-12-02");
    assert_eq!(rev["noPromotionUntil"], "2025-12-20");
    assert_eq!(finding(&at, "art-14.e")["mergedInto"], "art-14.f");

    // Dunhua: three top-10 rewarded years in a row (2019 counts for a reward).
    let dh = summary_of(&reg, "DH-EDZ", AS_OF, "en");
    let promo = finding(&dh, "art-14.c");
    assert_eq!(promo["hitYears"], json!([2019, 2020, 2021]));
    assert_eq!(promo["measures"], json!(["PRIORITY_PROMOTION"]));
    assert_eq!(
        codes(finding(&dh, "art-15.a"), "reasons"),
        ["ILLUSTRATIVE_RECORDS", "ENV_ITEM_ON_TIME"]
    );

    // The illustrative Tumen ICZ: overdue wastewater plant; a provincial zone in the county.
    let icz = summary_of(&reg, "ILLUS-TM-ICZ", AS_OF, "en");
    let env = finding(&icz, "art-15.a");
    assert_eq!(
        env["overdueItems"],
        json!(["集中式污水处理设施 (centralised wastewater treatment)"])
    );
    assert_eq!(
        env["measures"],
        json!(["NO_EXPAND", "NO_ADJUST", "NO_UPGRADE", "NO_ASSESSMENT"])
    );
    let up = codes(finding(&icz, "art-02.d"), "reasons");
    assert!(
        up.contains(&"COUNTY_HAS_PROVINCIAL_ZONE".to_owned()),
        "{up:?}"
    );
    assert!(up.contains(&"ENV_INFRA_BARS".to_owned()), "{up:?}");

    // Helong: only a national zone, so its ICZ may apply; the province's criteria are for a person.
    let hl = summary_of(&reg, "ILLUS-HL-ICZ", AS_OF, "en");
    let up = finding(&hl, "art-02.d");
    assert_eq!(codes(up, "needsHuman"), ["UPGRADE_PROVINCIAL_CRITERIA"]);
    assert_eq!(up["illustrative"], true, "ILLUS-HL-ICZ is fictional");
    assert_eq!(
        finding(&hl, "art-02.c")["countable"],
        json!(["ILLUS-HL-ICZ"])
    );

    // Yanji: the high-tech and airport zones are the prefecture's (AMB-06, as in art-02.c), so
    // the airport zone's unknown level does not hold up the Xinxing ICZ's application; the merged
    // Yanji ICZ no longer exists.
    let xx = summary_of(&reg, "YB-XXICZ", AS_OF, "en");
    let up = finding(&xx, "art-02.d");
    assert_eq!(codes(up, "needsHuman"), ["UPGRADE_PROVINCIAL_CRITERIA"]);
    assert!(!codes(up, "needsHuman").contains(&"ZONE_LEVEL_UNKNOWN".to_owned()));
    assert_eq!(finding(&xx, "art-02.c")["countable"], json!(["YB-XXICZ"]));
    assert!(
        up.get("illustrative").is_none(),
        "no made-up record decides it"
    );

    // Yanji high-tech zone: the late monitoring system no longer disqualifies 2023.
    let ht = summary_of(&reg, "YJ-HTZ", AS_OF, "en");
    assert_eq!(
        codes(finding(&ht, "art-15.a"), "reasons"),
        ["ILLUSTRATIVE_RECORDS", "ENV_ITEM_LATE_IN_EARLIER_YEAR"]
    );

    // Hunchun bonded zone: falsified 2023 statistics.
    let cbz = summary_of(&reg, "HC-CBZ", AS_OF, "en");
    assert_eq!(finding(&cbz, "art-14.h")["disqualifiedYear"], 2023);

    // The trade zone inside the BECZ is not a zone of its own.
    let srbtz = summary_of(&reg, "HC-SRBTZ", AS_OF, "en");
    assert_eq!(
        codes(finding(&srbtz, "pre.a"), "reasons"),
        ["SCOPE_PARK_INSIDE_ZONE"]
    );
}

#[test]
fn the_rectification_is_what_lifts_dunhuas_2020_card() {
    let reg = load();
    // The 2020 card would come from a fall of 2 places (7th after 5th): fewer than
    // `rankFallClearPlaces` (5), so whether a card follows is for a person (AMB-12b). If it did,
    // it ended when the 2021 results were out and the rectification was accepted:
    // max(2022-09-15, 2022-03-15).
    let card = evaluate(
        "art-14.d",
        &json!({ "register": reg, "zoneId": "DH-EDZ", "year": 2020 }),
        &json!({ "lang": "en" }),
    )
    .unwrap();
    assert_eq!(card["outcome"], "NEEDS_HUMAN");
    assert_eq!(card["triggers"], json!(["RANK_FALL"]));
    assert!(codes(&card, "needsHuman").contains(&"RANK_FALL_SMALL_NEEDS_HUMAN".to_owned()));
    // Read literally (any fall of 1 place or more), the card is given and ends on 2022-09-15.
    let literal = evaluate(
        "art-14.d",
        &json!({ "register": reg, "zoneId": "DH-EDZ", "year": 2020 }),
        &json!({ "lang": "en", "params": { "rankFallClearPlaces": 1 } }),
    )
    .unwrap();
    assert_eq!(literal["outcome"], "TRIGGERED");
    assert_eq!(literal["start"], "2021-09-15");
    assert_eq!(literal["end"], "2022-09-15");
    assert_eq!(literal["endStatus"], "ENDED");

    // While it may be in force (2021-09-15 to 2022-09-15), expansion is for a person.
    let during = summary_of(&reg, "DH-EDZ", "2022-06-30", "en");
    assert_eq!(
        permissions_of(&during)[0],
        (
            "EXPAND".to_owned(),
            NH.to_owned(),
            vec!["art-14.d".to_owned()]
        )
    );

    // Without the accepted rectification, and read literally, the card would not have ended
    // on 2023-06-30 either: the 2021 results show Dunhua 6th (out of the bottom), so whether it
    // ended is for a person (AMB-24), never an indefinite bar.
    let mut unrectified = reg.clone();
    unrectified["rectifications"] = json!([]);
    let dh = zone_summary(
        &json!({ "register": unrectified, "zoneId": "DH-EDZ", "asOf": AS_OF }),
        &json!({ "lang": "en", "params": { "rankFallClearPlaces": 1 } }),
    )
    .unwrap();
    let perms = permissions_of(&dh);
    let card_open = |action: &str| {
        (
            action.to_owned(),
            NH.to_owned(),
            vec!["art-14.d".to_owned()],
        )
    };
    assert_eq!(perms[0], card_open("EXPAND"));
    assert_eq!(perms[1], card_open("ADJUST"));
    assert_eq!(perms[2], card_open("UPGRADE"));
    // The summary shows the 2020 card beside the 2021 finding that permits nothing by itself.
    let cards: Vec<&Value> = dh["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["ruleId"] == "art-14.d")
        .collect();
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[1]["year"], 2020);
    assert_eq!(cards[1]["endStatus"], "NEEDS_HUMAN");
}

#[test]
fn the_leading_group_meetings() {
    let reg = load();
    // 2020: March and November; 2021: one meeting; 2022: three, one convened by a county.
    for (year, outcome) in [
        (2020, "COMPLIANT"),
        (2021, "NON_COMPLIANT"),
        (2022, "COMPLIANT"),
    ] {
        let answer = evaluate(
            "art-16.b",
            &json!({ "issueDate": reg["issueDate"], "year": year, "meetings": reg["meetings"] }),
            &json!({ "lang": "en" }),
        )
        .unwrap();
        assert_eq!(answer["outcome"], outcome, "art-16.b {year}");
    }
}

#[test]
fn the_summary_renders_in_every_language() {
    let reg = load();
    for lang in ["zh", "ko", "en"] {
        for zone in list(&reg, "zones") {
            let summary = summary_of(&reg, s(zone, "id"), AS_OF, lang);
            assert_eq!(summary["lang"], lang);
            for f in summary["findings"].as_array().unwrap() {
                for r in f["reasons"].as_array().unwrap() {
                    let message = r["message"].as_str().unwrap();
                    assert!(
                        !message.is_empty() && !message.contains('{'),
                        "{} {} {lang}: unfilled message `{message}`",
                        s(zone, "id"),
                        f["ruleId"]
                    );
                }
            }
        }
    }
}

/// Issue 8: `devzone report --as-of 2023-06-30` on the example register marks every finding that
/// rests on a made-up record, and only those; its header says the issue date is hypothetical;
/// the calendar's events are marked the same way.
#[test]
fn the_report_and_calendar_mark_every_illustrative_finding() {
    let reg = load();
    let made_up_bearers: BTreeSet<&str> = list(&reg, "implMeasures")
        .iter()
        .map(|m| s(m, "bearer"))
        .collect();
    for lang in ["zh", "ko", "en"] {
        let report = devzone_rules::api::report(
            &json!({ "register": reg, "asOf": AS_OF }),
            &json!({ "lang": lang }),
        )
        .unwrap();
        assert_eq!(report["issueDateHypothetical"], true);
        let note = s(&report, "issueDateNote");
        assert!(note.contains("2019-06-01"), "{lang}: {note}");
        let mut marked = 0;
        for f in report["findings"].as_array().unwrap() {
            let rule = s(f, "ruleId");
            let zone = s(f, "zoneId");
            let bearer = s(f, "bearer");
            let first = &f["reasons"][0]["code"];
            let illustrative = f["illustrative"] == true;
            assert_eq!(
                illustrative,
                first == "ILLUSTRATIVE_RECORDS",
                "{lang}: {rule} {zone} {bearer}: the flag and the first reason agree"
            );
            if illustrative {
                marked += 1;
            }
            // Made-up zones, every assessment consequence (every assessment record is made up),
            // every art-16.b year from the first applicable one to the last ended one (every
            // meeting is made up; 2023, still running and without meetings, is a date, not a
            // finding), the recorded implementation measures and the records of dutyRecords.
            let must = zone.starts_with("ILLUS-")
                || (matches!(rule, "art-14.c" | "art-14.d" | "art-14.e" | "art-14.f")
                    && s(f, "outcome") != "NOT_APPLICABLE")
                || (rule == "art-16.b"
                    && s(f, "outcome") != "NOT_YET_APPLICABLE"
                    && f["year"].as_i64() < Some(2023))
                || (rule == "art-18.c" && made_up_bearers.contains(bearer))
                || (rule == "art-14.a" && bearer == "AG.COMMERCE")
                || (rule == "art-16.d" && bearer == "CTY.TUMEN")
                || (rule == "art-02.c" && s(f, "countyId") == "CTY.TUMEN");
            if must {
                assert!(illustrative, "{lang}: {rule} {zone} {bearer} is not marked");
            }
            // A fact-only zone's own open item, or a bearer with no record, is not marked.
            if rule == "art-18.c" && !made_up_bearers.contains(bearer) {
                assert!(!illustrative, "{lang}: {rule} {bearer} is marked");
            }
            if (rule == "art-01.b" && zone == "DH-EDZ") || (rule == "art-16.b" && f["year"] == 2023)
            {
                assert!(!illustrative, "{lang}: {rule} {zone} is marked");
            }
            // art-02.a is a programme window without a sanction (AMB-04).
            if rule == "art-02.a" {
                assert_ne!(f["severity"], "VIOLATION", "{lang}: art-02.a {bearer}");
            }
        }
        assert_eq!(report["counts"]["illustrative"], marked, "{lang}");
        let calendar = devzone_rules::api::calendar(
            &json!({ "register": reg, "from": "2019-06-01", "to": "2026-12-31", "asOf": AS_OF }),
            &json!({ "lang": lang }),
        )
        .unwrap();
        assert_eq!(calendar["issueDateHypothetical"], true);
        let marker = match lang {
            "zh" => "[示例]",
            "ko" => "[실례]",
            _ => "[illustrative]",
        };
        for e in calendar["events"].as_array().unwrap() {
            let illustrative = e["illustrative"] == true;
            assert_eq!(
                s(e, "title").starts_with(marker),
                illustrative,
                "{lang}: {}",
                s(e, "title")
            );
            if s(e, "ruleId") == "art-14.f"
                || (s(e, "ruleId") == "art-18.c" && s(e, "bearer") == "CTY.HELONG")
            {
                assert!(illustrative, "{lang}: {}", s(e, "title"));
            }
        }
    }
}
