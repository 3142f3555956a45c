//! The example register's data (`examples/yanbian-register.json`): it must load, validate, keep
//! the facts of `yanbian-zones.json` apart from the illustrative scenario, and mark every finding,
//! duty and calendar event that rests on a made-up record, and only those.
//!
//! The facts table below is transcribed from `yanbian-zones.json` (version `0.1-example`, kept
//! beside the rule catalog, outside this repository). What the rules answer on this register
//! (every zone's summary on 2023-06-30, worked out by hand in `docs/example-register.md`, the
//! report, the calendar) is in the test vectors: `tests/vectors/examples/`.
//!
//! Run: `cargo test -p devzone-rules --all-features --test example_data`.
#![cfg(feature = "serde")]
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a missing field or a failed call is a test failure"
)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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

/// The report's structure on the example register (formerly tests/node/plan.test.mjs, which
/// read the wasm package's report; its snapshot now shows the wasm report equals this one):
/// counts, findings by severity, every group's indices pointing at its own findings, the
/// findings the scenario is built around.
#[test]
fn the_report_counts_orders_and_groups_its_findings() {
    let reg = load();
    let r = devzone_rules::api::report(
        &json!({ "register": reg, "asOf": AS_OF }),
        &json!({ "lang": "en" }),
    )
    .unwrap();
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(r["asOf"], AS_OF);
    assert_eq!(r["counts"]["total"], findings.len());
    let order = ["VIOLATION", "WARNING", "REVIEW", "INFO"];
    let ranks: Vec<usize> = findings
        .iter()
        .map(|f| order.iter().position(|o| f["severity"] == *o).unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    for (list, key) in [
        ("zones", "zoneId"),
        ("counties", "countyId"),
        ("agencies", "bearer"),
    ] {
        for g in r[list].as_array().unwrap() {
            let idx = g["findings"].as_array().unwrap();
            assert_eq!(g["counts"]["total"], idx.len(), "{list} {}", g["id"]);
            for i in idx {
                let f = &findings[usize::try_from(i.as_u64().unwrap()).unwrap()];
                assert_eq!(f[key], g["id"], "{list} {}", g["id"]);
            }
        }
    }
    for f in findings {
        assert_eq!(f["citation"], format!("YB-DZ-OPINIONS/{}", s(f, "ruleId")));
    }
    assert!(s(&r, "issueDateNote").starts_with("Note: the issue date 2019-06-01 is hypothetical"));
    let find = |rule: &str, key: &str, value: &str| {
        findings
            .iter()
            .find(|f| f["ruleId"] == rule && f[key] == value)
            .unwrap_or_else(|| panic!("no {rule} finding with {key} {value}"))
    };
    // Helong is recorded (made up) as not having adopted its measures: overdue, a violation.
    let helong = find("art-18.c", "bearer", "CTY.HELONG");
    assert_eq!(helong["outcome"], "OVERDUE");
    assert_eq!(helong["severity"], "VIOLATION");
    assert_eq!(helong["illustrative"], true);
    // AMB-04: a merger overdue after the two-year window is never a violation; Tumen's is
    // required only if its industrial concentration zone counts (AMB-05,
    // COUNTY_MERGE_ONLY_WITH_ICZ), so it is for review.
    let tumen = find("art-02.c", "countyId", "CTY.TUMEN");
    assert_eq!(tumen["outcome"], "MERGE_OVERDUE");
    assert_eq!(tumen["severity"], "REVIEW");
    // A zone's own duties (「各开发区」) are borne by the zone and grouped with it.
    let own: Vec<&Value> = findings
        .iter()
        .filter(|f| f["ruleId"] == "art-01.b")
        .collect();
    assert!(own.len() >= 10);
    assert!(own.iter().all(|f| f["bearer"] == f["zoneId"]));
    assert!(!r["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["id"] == "ACT.ZONE" || g["id"] == "DH-EDZ"));
}

/// What a zone, a county, 延龙图新区 and an agency owe on the example register (formerly
/// tests/node/plan.test.mjs).
#[test]
fn the_obligations_of_a_zone_a_county_and_an_agency() {
    let reg = load();
    let owed = |agency: &str, as_of: &str, options: Value| {
        devzone_rules::api::obligations(
            &json!({ "register": reg, "asOf": as_of, "agency": agency }),
            &options,
        )
    };
    let dh = owed("DH-EDZ", AS_OF, json!({ "lang": "zh" })).unwrap();
    let a = &dh["agencies"][0];
    assert_eq!(a["code"], "DH-EDZ");
    assert_eq!(a["name"], "敦化经济开发区");
    let mut rules: Vec<&str> = a["duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| s(d, "ruleId"))
        .collect();
    rules.sort_unstable();
    // art-10.a: the input and revenue-sharing system of a provincial zone (an open item);
    // art-14.d: the rectification of its 2020 yellow card (accepted 2022-03-15).
    assert_eq!(
        rules,
        ["art-01.b", "art-07.a", "art-09.c", "art-10.a", "art-12.f", "art-14.d", "art-14.g"]
    );
    for d in a["duties"].as_array().unwrap() {
        assert_eq!(d["role"], "OWN_ZONE");
        assert_eq!(d["zoneId"], "DH-EDZ");
    }
    // A county owes no prefecture-wide duty.
    let yanji = owed("CTY.YANJI", AS_OF, Value::Null).unwrap();
    for rule in [
        "art-01.a", "art-04.a", "art-07.b", "art-14.a", "art-16.a", "art-03.c", "art-15.c",
    ] {
        assert!(
            !yanji["agencies"][0]["duties"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["ruleId"] == rule),
            "{rule}"
        );
    }
    // 延龙图新区 bears the county-type duties only under includeYltNewArea (AMB-30).
    let ylt = owed(
        "ACT.YLT_NEW_AREA",
        AS_OF,
        json!({ "lang": "ko", "params": { "includeYltNewArea": true } }),
    )
    .unwrap();
    assert_eq!(ylt["agencies"][0]["name"], "연룡도신구");
    assert!(ylt["agencies"][0]["duties"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["ruleId"] == "art-18.c" && d["role"] == "OWN_TERRITORY"));
    // The Bureau of Commerce on 2019-10-01: its adoption on 2019-11-20 is not known yet, so
    // art-18.c is due on 2019-12-01, within 90 days; the presumed lead is metadata (AMB-29).
    let commerce = owed("AG.COMMERCE", "2019-10-01", json!({ "lang": "zh" })).unwrap();
    assert_eq!(commerce["agencies"].as_array().unwrap().len(), 1);
    let c = &commerce["agencies"][0];
    assert_eq!(c["name"], "州商务局");
    let due = c["dueSoon"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["ruleId"] == "art-18.c")
        .unwrap();
    assert_eq!(due["due"], "2019-12-01");
    assert_eq!(due["status"], "PENDING");
    let lead = c["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["ruleId"] == "art-01.a")
        .unwrap();
    assert_eq!(lead["presumedLead"], true);
    assert_eq!(lead["role"], "PRESUMED_LEAD");
    assert_eq!(lead["status"], "UNKNOWN");
    let e = owed("AG.CTY_GOV", "2019-10-01", Value::Null).unwrap_err();
    assert_eq!(e.path, "input.agency");
    assert!(e.help(devzone_rules::Lang::En).contains("CTY.YANJI"));
}

/// The calendar of the example register from issuance to 2026 (formerly
/// tests/node/plan.test.mjs): in date order, titled in three languages, the made-up records'
/// events marked in each, the yearly meeting duty from 2020 (AMB-31).
#[test]
fn the_calendar_of_the_example() {
    let reg = load();
    let c = devzone_rules::api::calendar(
        &json!({ "register": reg, "from": "2019-06-01", "to": "2026-12-31", "asOf": AS_OF }),
        &json!({ "lang": "ko" }),
    )
    .unwrap();
    assert_eq!(c["issueDateHypothetical"], true);
    let events = c["events"].as_array().unwrap();
    assert!(events.len() > 30);
    let dates: Vec<&str> = events.iter().map(|e| s(e, "date")).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    for e in events {
        for lang in ["zh", "ko", "en"] {
            assert!(!s(&e["titles"], lang).is_empty());
        }
        assert_eq!(e["title"], e["titles"]["ko"]);
        assert_eq!(
            e["illustrative"] == true,
            s(e, "title").starts_with("[실례] "),
            "{}",
            s(e, "title")
        );
    }
    let ban = events
        .iter()
        .find(|e| e["kind"] == "REAPPLY_BAN_ENDS")
        .unwrap();
    assert_eq!(ban["date"], "2025-12-01");
    assert_eq!(ban["bearer"], "CTY.ANTU");
    assert_eq!(ban["illustrative"], true);
    assert!(s(&ban["titles"], "zh").starts_with("[示例] "));
    assert!(s(&ban["titles"], "en").starts_with("[illustrative] "));
    let meetings: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "MEETINGS_YEAR_END")
        .map(|e| s(e, "date"))
        .collect();
    // 2019 is the partial issuance year: no meeting duty (AMB-31).
    assert_eq!(
        meetings,
        [
            "2020-12-31",
            "2021-12-31",
            "2022-12-31",
            "2023-12-31",
            "2024-12-31",
            "2025-12-31",
            "2026-12-31"
        ]
    );
}

/// The calendar, the fee calculator and the look-up written as text (the npm package's) say
/// what their JSON values say, on the example data, in every language, refusals alike.
#[test]
fn calendar_fees_and_lookup_as_text_are_their_values() {
    use devzone_rules::api;
    let same = |value: Result<Value, devzone_rules::Error>,
                text: Result<String, devzone_rules::Error>| match (value, text) {
        (Ok(v), Ok(t)) => assert_eq!(serde_json::from_str::<Value>(&t).unwrap(), v),
        (Err(a), Err(b)) => assert_eq!(a, b),
        (v, t) => panic!("the value {v:?} and the text {t:?} disagree"),
    };
    let reg = load();
    let fees_path = register_path().with_file_name("fees-project.json");
    let project: Value =
        serde_json::from_str(&std::fs::read_to_string(fees_path).unwrap()).unwrap();
    let calendar =
        json!({ "register": reg, "from": "2019-06-01", "to": "2026-12-31", "asOf": AS_OF });
    for lang in ["zh", "ko", "en"] {
        let options = json!({ "lang": lang });
        same(
            api::calendar(&calendar, &options),
            api::calendar_text(&calendar, &options),
        );
        same(
            api::fees(&project, &options),
            api::fees_text(&project, &options),
        );
        for (name, among) in [("图们", "ZONES"), ("珲春", "ZONES"), ("商务厅", "BEARERS")] {
            let input = json!({ "name": name, "among": among, "register": reg });
            same(
                api::lookup(&input, &options),
                api::lookup_text(&input, &options),
            );
        }
    }
    let bad = json!({ "register": reg, "from": "2019-02-30" });
    same(
        api::calendar(&bad, &Value::Null),
        api::calendar_text(&bad, &Value::Null),
    );
    same(
        api::fees(&json!({ "lines": 1 }), &Value::Null),
        api::fees_text(&json!({ "lines": 1 }), &Value::Null),
    );
    let bad = json!({ "name": "x", "among": "PEOPLE" });
    same(
        api::lookup(&bad, &Value::Null),
        api::lookup_text(&bad, &Value::Null),
    );
}
