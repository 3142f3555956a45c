//! Agencies and actors: every code a rule names as a bearer, with its Chinese,
//! Korean and English names, and the parsed 责任单位 list of each clause.
//!
//! `AG.CTY_GOV` and `AG.CTY_PARTY_GOV` are collective placeholders: each stands for the eight
//! county-level units (`CTY.*`), and a county's duty is met only by that county's own act.

use crate::messages::Lang;

stable_enum! {
    /// What kind of bearer a code names.
    ActorKind {
        /// A prefecture agency named in a 责任单位 list (`AG.*`).
        Agency = "AGENCY" { zh: "州直部门", ko: "주 직속 부문", en: "prefecture agency" },
        /// A collective placeholder for the eight counties (`AG.CTY_GOV`, `AG.CTY_PARTY_GOV`).
        Counties = "COUNTIES" { zh: "各县(市)", ko: "각 현(시)", en: "every county (city)" },
        /// An actor named in the body of a clause (`ACT.*`).
        Actor = "ACTOR" { zh: "条文所列主体", ko: "조문이 명시한 주체", en: "actor named in the text" },
        /// One county-level unit (`CTY.*`).
        County = "COUNTY" { zh: "县(市)", ko: "현(시)", en: "county (city)" },
    }
}

/// One agency, actor or county.
#[derive(Debug)]
pub struct Actor {
    /// Stable code, e.g. `AG.COMMERCE`.
    pub code: &'static str,
    /// Kind.
    pub kind: ActorKind,
    /// Chinese name as in the text.
    pub zh: &'static str,
    /// Korean name.
    pub ko: &'static str,
    /// English name.
    pub en: &'static str,
}

impl Actor {
    /// The name in `lang`.
    #[must_use]
    pub const fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

macro_rules! actors {
    ($($code:literal $kind:ident $zh:literal $ko:literal $en:literal;)*) => {
        /// Every known code, agencies first, then actors, then counties.
        pub static ACTORS: &[Actor] = &[
            $(Actor { code: $code, kind: ActorKind::$kind, zh: $zh, ko: $ko, en: $en },)*
        ];
    };
}

actors! {
    "AG.COMMERCE" Agency "州商务局" "주상무국" "Prefecture Bureau of Commerce";
    "AG.HOUSING" Agency "州住建局" "주주택및도시농촌건설국" "Prefecture Bureau of Housing and Urban-Rural Development";
    "AG.NATRES" Agency "州自然资源局" "주자연자원국" "Prefecture Bureau of Natural Resources";
    "AG.MIIT" Agency "州工信局" "주공업및정보화국" "Prefecture Bureau of Industry and Information Technology";
    "AG.FINANCE" Agency "州财政局" "주재정국" "Prefecture Bureau of Finance";
    "AG.ECOENV" Agency "州生态环境局" "주생태환경국" "Prefecture Bureau of Ecology and Environment";
    "AG.SCITECH" Agency "州科技局" "주과학기술국" "Prefecture Bureau of Science and Technology";
    "AG.HRSS" Agency "州人社局" "주인력자원과사회보장국" "Prefecture Bureau of Human Resources and Social Security";
    "AG.FAO" Agency "州外事办" "주외사판공실" "Prefecture Foreign Affairs Office";
    "AG.GOVDIGI" Agency "州政务数字局" "주정무봉사및수자화건설관리국" "Prefecture Government Services and Digital Development Bureau";
    "AG.DRC" Agency "州发改委" "주발전및개혁위원회" "Prefecture Development and Reform Commission";
    "AG.ORGSTAFF" Agency "州委编办" "주당위 기구편제위원회판공실" "Office of the Prefecture Party Committee's Commission for Institutional Organization and Staffing";
    "AG.FINOFFICE" Agency "州金融办" "주금융사업판공실" "Prefecture Financial Affairs Office";
    "AG.STATS" Agency "州统计局" "주통계국" "Prefecture Bureau of Statistics";
    "AG.EMERG" Agency "州应急管理局" "주응급관리국" "Prefecture Emergency Management Bureau";
    "AG.CTY_GOV" Counties "各县市政府" "각 현(시) 정부" "People's Governments of each county and county-level city";
    "AG.CTY_PARTY_GOV" Counties "各县市党委、政府" "각 현(시) 당위와 정부" "Party Committees and People's Governments of each county and county-level city";
    "ACT.PREF_PARTY" Actor "州委" "주당위" "CPC Yanbian Prefecture Committee";
    "ACT.PREF_GOV" Actor "州政府" "주정부" "Yanbian Prefecture People's Government";
    "ACT.LG" Actor "州开发区工作领导小组" "주개발구사업령도소조" "Prefecture Development Zone Work Leading Group";
    "ACT.LG_OFFICE" Actor "领导小组办公室" "령도소조판공실" "Office of the Leading Group (in the Bureau of Commerce)";
    "ACT.ASSESS_WG" Actor "考核工作组" "심사사업조" "Assessment Working Group";
    "ACT.PREF_DEPTS" Actor "州直有关部门" "주 직속 관련 부문" "Relevant departments directly under the prefecture";
    "ACT.FA_AUTH" Actor "外事主管部门" "외사주관부문" "Competent foreign-affairs authority";
    "ACT.STATS_DEPT" Actor "统计部门" "통계부문" "Statistics departments";
    "ACT.ZONE_AUTH" Actor "开发区主管部门" "개발구 주관부문" "Competent department for zones";
    "ACT.ZONE_MC" Actor "开发区管委会" "개발구 관리위원회" "Zone Management Committee";
    "ACT.ZONE_PWC" Actor "党工委" "당사업위원회" "Zone Party Working Committee";
    "ACT.ZONE" Actor "各开发区" "각 개발구" "Each development zone";
    "ACT.LOCAL_PARTY_GOV" Actor "所在地党委、政府" "소재지 당위와 정부" "Party committee and government of the zone's locality";
    "ACT.PROV_GOV" Actor "省政府" "성정부" "Jilin Provincial People's Government";
    "ACT.PROV" Actor "省" "성" "Jilin provincial authorities";
    "ACT.ENTERPRISE" Actor "开发区企业" "개발구 기업" "Enterprise located in a zone";
    "ACT.INVEST_STAFF" Actor "招商人员" "투자유치 인원" "Investment-promotion staff";
    "ACT.ZONE_LEADERS" Actor "开发区党政主要负责人" "개발구 당정 주요 책임자" "Principal party and government leaders of a zone";
    "ACT.YLT_NEW_AREA" Actor "延龙图新区" "연룡도신구" "Yan-Long-Tu New Area";
    "CTY.YANJI" County "延吉市" "연길시" "Yanji City";
    "CTY.TUMEN" County "图们市" "도문시" "Tumen City";
    "CTY.DUNHUA" County "敦化市" "돈화시" "Dunhua City";
    "CTY.HUNCHUN" County "珲春市" "훈춘시" "Hunchun City";
    "CTY.LONGJING" County "龙井市" "룡정시" "Longjing City";
    "CTY.HELONG" County "和龙市" "화룡시" "Helong City";
    "CTY.WANGQING" County "汪清县" "왕청현" "Wangqing County";
    "CTY.ANTU" County "安图县" "안도현" "Antu County";
}

/// 延龙图新区: an addressee of the opinion (pre.b) named in no 责任单位 list; it bears the
/// county-type duties only under `includeYltNewArea` (AMB-30).
pub const YLT_NEW_AREA: &str = "ACT.YLT_NEW_AREA";

/// 「各开发区」: stands for every zone of a register (see [`crate::duties::bearers`]).
pub const EACH_ZONE: &str = "ACT.ZONE";

/// Looks a code up.
#[must_use]
pub fn actor(code: &str) -> Option<&'static Actor> {
    // Most texts asked about are not codes (a message's zone ids and names): answered without
    // comparing them to every code.
    if !CODE_PREFIXES.iter().any(|p| code.starts_with(p)) {
        return None;
    }
    ACTORS.iter().find(|a| a.code == code)
}

/// How every code of [`ACTORS`] begins (tested).
const CODE_PREFIXES: [&str; 3] = ["AG.", "ACT.", "CTY."];

/// The eight county-level units the collective placeholders stand for.
pub fn counties() -> impl Iterator<Item = &'static Actor> {
    ACTORS.iter().filter(|a| a.kind == ActorKind::County)
}

/// The prefecture agencies of the 责任单位 lists (`AG.*` except the county placeholders): the
/// members of 「州直有关部门」 (`ACT.PREF_DEPTS`) at minimum (catalog art-18.c).
pub fn prefecture_agencies() -> impl Iterator<Item = &'static Actor> {
    ACTORS.iter().filter(|a| a.kind == ActorKind::Agency)
}

/// The concrete bearers a code stands for: the eight counties for `AG.CTY_GOV` and
/// `AG.CTY_PARTY_GOV`, the prefecture agencies for `ACT.PREF_DEPTS`, otherwise the
/// code itself.
#[must_use]
pub fn expand(code: &'static str) -> alloc::vec::Vec<&'static str> {
    match actor(code).map(|a| a.kind) {
        Some(ActorKind::Counties) => counties().map(|a| a.code).collect(),
        _ if code == "ACT.PREF_DEPTS" => prefecture_agencies().map(|a| a.code).collect(),
        _ => alloc::vec![code],
    }
}

/// The concrete bearers a code stands for in a duty under `params`: as [`expand`], with
/// 延龙图新区 after the eight counties of `AG.CTY_GOV` / `AG.CTY_PARTY_GOV` when
/// `includeYltNewArea` is set (AMB-30), and nobody for a provincial code (`ACT.PROV`,
/// `ACT.PROV_GOV`: the province decides; a prefecture's opinion imposes no duty on it).
#[must_use]
pub fn expand_for(
    code: &'static str,
    params: &crate::params::Params,
) -> alloc::vec::Vec<&'static str> {
    if is_provincial(code) {
        return alloc::vec::Vec::new();
    }
    let mut out = expand(code);
    if params.include_ylt_new_area && actor(code).is_some_and(|a| a.kind == ActorKind::Counties) {
        out.push(YLT_NEW_AREA);
    }
    out
}

/// Whether `code` is a provincial authority (`ACT.PROV`, `ACT.PROV_GOV`).
#[must_use]
pub fn is_provincial(code: &str) -> bool {
    matches!(code, "ACT.PROV" | "ACT.PROV_GOV")
}

/// Whether `code` bears its own instance of art-18.c: a prefecture agency or a county, or
/// 延龙图新区 (which owes it only under `includeYltNewArea`, AMB-30).
#[must_use]
pub fn bears_impl_measures(code: &str) -> bool {
    code == YLT_NEW_AREA
        || actor(code).is_some_and(|a| matches!(a.kind, ActorKind::Agency | ActorKind::County))
}

/// The presumptive lead (牵头) of clause `n`: its first-listed prefecture agency (AMB-29). A
/// convention of Chinese task lists, not stated in the text: metadata, never a legal finding.
#[must_use]
pub fn presumed_lead(clause: u8) -> Option<&'static str> {
    responsible_units(clause)
        .iter()
        .copied()
        .find(|c| actor(c).is_some_and(|a| a.kind == ActorKind::Agency))
}

/// The parsed 责任单位 list of clause `n` (1–18), in the order printed. Clause
/// (十八) has none: its bearers come from its body. The first-listed prefecture agency is the
/// presumptive lead (AMB-29): a convention, not a legal finding.
#[must_use]
pub const fn responsible_units(clause: u8) -> &'static [&'static str] {
    match clause {
        1 => &["AG.COMMERCE", "AG.HOUSING", "AG.NATRES", "AG.CTY_GOV"],
        2 => &[
            "AG.COMMERCE",
            "AG.MIIT",
            "AG.FINANCE",
            "AG.NATRES",
            "AG.ECOENV",
            "AG.CTY_GOV",
        ],
        3 => &[
            "AG.SCITECH",
            "AG.MIIT",
            "AG.HRSS",
            "AG.FINANCE",
            "AG.COMMERCE",
            "AG.CTY_GOV",
        ],
        4 => &[
            "AG.COMMERCE",
            "AG.FINANCE",
            "AG.FAO",
            "AG.GOVDIGI",
            "AG.CTY_GOV",
        ],
        5 => &[
            "AG.DRC",
            "AG.MIIT",
            "AG.FINANCE",
            "AG.NATRES",
            "AG.ECOENV",
            "AG.HOUSING",
            "AG.COMMERCE",
            "AG.CTY_GOV",
        ],
        6 => &[
            "AG.MIIT",
            "AG.FINANCE",
            "AG.NATRES",
            "AG.ECOENV",
            "AG.HOUSING",
            "AG.COMMERCE",
            "AG.CTY_GOV",
        ],
        7 => &["AG.COMMERCE", "AG.GOVDIGI", "AG.CTY_GOV"],
        8 => &["AG.COMMERCE", "AG.DRC", "AG.CTY_GOV"],
        9 => &["AG.HRSS", "AG.ORGSTAFF", "AG.CTY_PARTY_GOV"],
        10 => &["AG.FINANCE", "AG.NATRES", "AG.CTY_GOV"],
        11 => &[
            "AG.NATRES",
            "AG.ECOENV",
            "AG.HOUSING",
            "AG.FINANCE",
            "AG.COMMERCE",
            "AG.CTY_GOV",
        ],
        12 => &["AG.CTY_PARTY_GOV"],
        13 => &["AG.FINANCE", "AG.FINOFFICE", "AG.CTY_GOV"],
        14 => &[
            "AG.COMMERCE",
            "AG.FINANCE",
            "AG.DRC",
            "AG.MIIT",
            "AG.STATS",
            "AG.NATRES",
            "AG.ECOENV",
            "AG.CTY_PARTY_GOV",
        ],
        15 => &["AG.ECOENV", "AG.EMERG", "AG.CTY_GOV"],
        16 => &["AG.COMMERCE", "AG.CTY_PARTY_GOV"],
        17 => &[
            "AG.FINANCE",
            "AG.NATRES",
            "AG.DRC",
            "AG.MIIT",
            "AG.SCITECH",
            "AG.COMMERCE",
            "AG.CTY_GOV",
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RULES, SOURCE_TEXT};

    #[test]
    fn every_code_has_a_known_prefix() {
        for a in ACTORS {
            assert!(
                CODE_PREFIXES.iter().any(|p| a.code.starts_with(p)),
                "{}",
                a.code
            );
            assert_eq!(actor(a.code).map(|found| found.code), Some(a.code));
        }
        assert!(actor("Z0001").is_none() && actor("AG.NOPE").is_none());
    }

    #[test]
    fn codes_unique_and_every_bearer_known() {
        for (i, a) in ACTORS.iter().enumerate() {
            assert!(
                ACTORS.iter().skip(i + 1).all(|b| b.code != a.code),
                "{}",
                a.code
            );
        }
        for r in RULES {
            for b in r.meta().bearers {
                assert!(actor(b).is_some(), "{}: unknown bearer {b}", r.as_str());
            }
        }
        for n in 1..=18 {
            for u in responsible_units(n) {
                assert!(actor(u).is_some(), "clause {n}: {u}");
            }
        }
        assert_eq!(counties().count(), 8);
    }

    /// The agency names of the 责任单位 lists are the text's own words, and each clause's list
    /// names exactly the agencies that its line in the source names.
    #[test]
    fn responsible_units_match_the_source() {
        let lines: alloc::vec::Vec<&str> = SOURCE_TEXT.lines().collect();
        let numerals = [
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
            "十四", "十五", "十六", "十七",
        ];
        for (i, numeral) in numerals.iter().enumerate() {
            let clause = u8::try_from(i + 1).unwrap();
            let head = alloc::format!("({numeral})");
            let line = lines.iter().find(|l| l.starts_with(&head)).unwrap();
            let list = line.rsplit("(责任单位:").next().unwrap();
            for a in ACTORS.iter().filter(|a| a.kind == ActorKind::Agency) {
                let listed = responsible_units(clause).contains(&a.code);
                assert_eq!(list.contains(a.zh), listed, "clause {clause} {}", a.code);
            }
            let counties_listed = responsible_units(clause)
                .iter()
                .any(|c| c.starts_with("AG.CTY_"));
            assert!(
                counties_listed && list.contains("各县市"),
                "clause {clause}"
            );
        }
        assert!(responsible_units(18).is_empty());
        assert!(!lines
            .iter()
            .any(|l| l.starts_with("(十八)") && l.contains("责任单位")));
    }
}
