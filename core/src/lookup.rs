//! Names, not codes: a bearer, a county or a zone found by any of its names.
//!
//! A person types `商务局`, `图们`, `图们经开区`, `령도소조` or `Commerce`, not `AG.COMMERCE`,
//! `CTY.TUMEN` or `TM-EDZ`. [`lookup`] finds what such a name stands for among the agencies,
//! actors and counties of [`crate::agencies`] and the counties and zones of a register, in this
//! order of strength:
//!
//! 1. the code or id, in any case and in full-width forms too (`ag.commerce`, `tm-edz`, `ＴＭ－ＥＤＺ`);
//! 2. a full name in Chinese, Korean or English, a zone's alias, or a common short form: an
//!    agency without its 「州」/「주」/"Prefecture" (`商务局`, `상무국`, `Bureau of Commerce`,
//!    `Commerce`), a county without 市/县, 시/현, City/County (`图们`, `도문`, `Tumen`), a zone
//!    with 经开区 for 经济开发区 (and 高新区, 边合区, 综保区) (`图们经开区`), the Leading Group
//!    as 领导小组 / 령도소조 / Leading Group;
//! 3. the beginning of one of those names (`珲春边境`);
//! 4. a part of one of those names, two characters or more (`空港`).
//!
//! The first step that matches decides. One match is the answer; several are *ambiguous* and
//! listed by name, so the person can pick one; none gives *did-you-mean* suggestions, the names
//! nearest by edit distance or by shared characters. Names are compared without case, spaces or
//! the difference between full-width and half-width parentheses.
//!
//! Pure and `no_std`: the register is an argument, nothing is read from anywhere else.

use alloc::string::String;
use alloc::vec::Vec;

use crate::agencies::{self, ActorKind};
use crate::error::Error;
use crate::register::Register;
use crate::words::Lang;

stable_enum! {
    /// What is looked up: which names a query is matched against.
    Among {
        /// Anyone who can owe a duty: the agencies, actors and counties of the rulebook, and the
        /// zones of the register (a zone owes the duties of 「各开发区」 itself).
        Bearers = "BEARERS" { zh: "承担者", ko: "담당 주체", en: "bearers" },
        /// The counties (cities): the rulebook's eight and any other of the register.
        Counties = "COUNTIES" { zh: "县(市)", ko: "현(시)", en: "counties (cities)" },
        /// The zones of the register.
        Zones = "ZONES" { zh: "开发区", ko: "개발구", en: "zones" },
    }
}

stable_enum! {
    /// What a name was found to be.
    EntityKind {
        /// A prefecture agency (`AG.*`).
        Agency = "AGENCY" { zh: "州直部门", ko: "주 직속 부문", en: "prefecture agency" },
        /// An actor named in the text (`ACT.*`), or a collective code (`AG.CTY_GOV`).
        Actor = "ACTOR" { zh: "条文所列主体", ko: "조문이 명시한 주체", en: "actor named in the text" },
        /// A county-level unit (`CTY.*`).
        County = "COUNTY" { zh: "县(市)", ko: "현(시)", en: "county (city)" },
        /// A zone of the register.
        Zone = "ZONE" { zh: "开发区", ko: "개발구", en: "zone" },
    }
}

stable_enum! {
    /// How a name was matched.
    MatchedBy {
        /// The code or id.
        Code = "CODE" { zh: "代码", ko: "코드", en: "code" },
        /// A full name, an alias or a common short form.
        Name = "NAME" { zh: "名称或简称", ko: "명칭 또는 략칭", en: "name or short form" },
        /// The beginning of a name.
        Prefix = "PREFIX" { zh: "名称开头", ko: "명칭의 앞부분", en: "beginning of a name" },
        /// A part of a name.
        Part = "PART" { zh: "名称的一部分", ko: "명칭의 일부", en: "part of a name" },
    }
}

/// A bearer, county or zone with its names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Its code (`AG.COMMERCE`, `CTY.TUMEN`) or zone id (`TM-EDZ`).
    pub code: String,
    /// Chinese name.
    pub zh: String,
    /// Korean name (the Chinese one where the register gives none).
    pub ko: String,
    /// English name (the Chinese one where the register gives none).
    pub en: String,
    /// Normalised aliases and short forms.
    short: Vec<String>,
}

impl Entity {
    /// The name in `lang`.
    #[must_use]
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::Ko => &self.ko,
            Lang::En => &self.en,
        }
    }

    /// `name (CODE)` in `lang`: how a person is shown it.
    #[must_use]
    pub fn shown(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => alloc::format!("{}({})", self.name(lang), self.code),
            Lang::Ko | Lang::En => alloc::format!("{} ({})", self.name(lang), self.code),
        }
    }

    fn full_names(&self) -> [String; 3] {
        [norm(&self.zh), norm(&self.ko), norm(&self.en)]
    }

    /// Every normalised name: the full names, then the aliases and short forms.
    fn names(&self) -> impl Iterator<Item = String> + '_ {
        self.full_names()
            .into_iter()
            .chain(self.short.iter().cloned())
    }
}

/// What a query found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// One entity, and how.
    One(Entity, MatchedBy),
    /// Several match equally well (in the order they are listed).
    Ambiguous(Vec<Entity>, MatchedBy),
    /// None: the nearest names, best first (possibly none).
    NotFound(Vec<Entity>),
}

/// Lower case, no spaces, full-width forms as ASCII.
///
/// Full-width forms (`（`, `，`, `Ａ`, `１`, … as a Chinese input method types them) become the
/// ASCII they stand for, so `ＴＭ-ＥＤＺ` finds `TM-EDZ`; then ASCII letters are lower-cased.
/// Chinese and Korean have no case, and the English names are ASCII: Unicode's whole case
/// mapping (`char::to_lowercase`) is not needed, and its tables would be ~12 KB of the wasm
/// module (issue 12; docs/benchmarks.md, "2026-12-06, tenth session").
fn norm(s: &str) -> String {
    folded(s).filter(|c| *c != '·').collect()
}

/// [`norm`]'s characters without its `·` rule, as they come (no copy made): what art-12.b
/// compares the four zones' names by (`art12_administration::same_name`).
pub(crate) fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .map(|c| c.to_ascii_lowercase())
}

fn strip_prefix<'a>(s: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .filter(|r| !r.is_empty())
}

fn strip_suffix<'a>(s: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    suffixes
        .iter()
        .find_map(|p| s.strip_suffix(p))
        .filter(|r| !r.is_empty())
}

/// The common short forms of an agency, an actor or a county of the rulebook.
fn actor_short_forms(a: &agencies::Actor) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    match a.kind {
        ActorKind::Agency => {
            out.extend(strip_prefix(a.zh, &["州"]).map(norm));
            out.extend(strip_prefix(a.ko, &["주"]).map(norm));
            if let Some(en) = strip_prefix(a.en, &["Prefecture "]) {
                out.push(norm(en));
                out.extend(strip_prefix(en, &["Bureau of "]).map(norm));
            }
        }
        ActorKind::County => {
            out.extend(strip_suffix(a.zh, &["市", "县"]).map(norm));
            out.extend(strip_suffix(a.ko, &["시", "현"]).map(norm));
            out.extend(strip_suffix(a.en, &[" City", " County"]).map(norm));
        }
        ActorKind::Actor | ActorKind::Counties => {}
    }
    // Forms the text and officials use that no rule derives.
    let extra: &[&str] = match a.code {
        "ACT.LG" => &[
            "领导小组",
            "开发区工作领导小组",
            "령도소조",
            "개발구사업령도소조",
            "Leading Group",
        ],
        "ACT.LG_OFFICE" => &["领导小组办公室", "령도소조판공실", "Leading Group Office"],
        "AG.DRC" => &["发改委", "발개위"],
        "AG.ORGSTAFF" => &["编办"],
        _ => &[],
    };
    out.extend(extra.iter().map(|s| norm(s)));
    out
}

/// Short forms of a zone's Chinese name: 经开区 for 经济开发区, and so on.
const ZONE_SHORT: &[(&str, &str)] = &[
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("边境经济合作区", "边合区"),
    ("综合保税区", "综保区"),
    ("工业集中区", "工业区"),
];

fn zone_short_forms(zh: &str, aliases: &[String]) -> Vec<String> {
    let mut out: Vec<String> = aliases.iter().map(|a| norm(a)).collect();
    for (long, short) in ZONE_SHORT {
        if zh.contains(long) {
            out.push(norm(&zh.replacen(long, short, 1)));
        }
    }
    out
}

fn actor_entity(a: &agencies::Actor) -> Entity {
    Entity {
        kind: match a.kind {
            ActorKind::Agency => EntityKind::Agency,
            ActorKind::County => EntityKind::County,
            ActorKind::Actor | ActorKind::Counties => EntityKind::Actor,
        },
        code: String::from(a.code),
        zh: String::from(a.zh),
        ko: String::from(a.ko),
        en: String::from(a.en),
        short: actor_short_forms(a),
    }
}

/// The counties: the rulebook's eight, then any other county of the register.
fn county_entities(reg: Option<&Register>) -> Vec<Entity> {
    let mut out: Vec<Entity> = agencies::counties().map(actor_entity).collect();
    for c in reg.map(|r| r.counties.as_slice()).unwrap_or_default() {
        if out.iter().any(|e| e.code == c.id) {
            continue;
        }
        let short = strip_suffix(&c.name_zh, &["市", "县"])
            .map(norm)
            .into_iter()
            .chain(
                c.name_en
                    .as_deref()
                    .and_then(|en| strip_suffix(en, &[" City", " County"]))
                    .map(norm),
            )
            .collect();
        out.push(Entity {
            kind: EntityKind::County,
            code: c.id.clone(),
            zh: c.name_zh.clone(),
            ko: c.name_zh.clone(),
            en: c.name_en.clone().unwrap_or_else(|| c.name_zh.clone()),
            short,
        });
    }
    out
}

fn zone_entities(reg: Option<&Register>) -> Vec<Entity> {
    reg.map(|r| r.zones.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|z| Entity {
            kind: EntityKind::Zone,
            code: z.id.clone(),
            zh: z.name_zh.clone(),
            ko: z.name_ko.clone().unwrap_or_else(|| z.name_zh.clone()),
            en: z.name_en.clone().unwrap_or_else(|| z.name_zh.clone()),
            short: zone_short_forms(&z.name_zh, &z.aliases),
        })
        .collect()
}

/// Every entity a query is matched against `among`, in the order they are listed.
#[must_use]
pub fn candidates(among: Among, reg: Option<&Register>) -> Vec<Entity> {
    match among {
        Among::Counties => county_entities(reg),
        Among::Zones => zone_entities(reg),
        Among::Bearers => {
            let mut out: Vec<Entity> = agencies::ACTORS
                .iter()
                .filter(|a| a.kind != ActorKind::County)
                .map(actor_entity)
                .collect();
            out.extend(county_entities(reg));
            out.extend(zone_entities(reg));
            out
        }
    }
}

/// What `query` stands for among `among` (the register gives the zones and its own counties).
#[must_use]
pub fn lookup(query: &str, among: Among, reg: Option<&Register>) -> Found {
    find(&norm(query), candidates(among, reg))
}

fn find(q: &str, all: Vec<Entity>) -> Found {
    if q.is_empty() {
        return Found::NotFound(Vec::new());
    }
    if let Some(e) = all.iter().find(|e| norm(&e.code) == q) {
        return Found::One(e.clone(), MatchedBy::Code);
    }
    type Test<'a> = &'a dyn Fn(&str) -> bool;
    let steps: [(MatchedBy, Test); 3] = [
        (MatchedBy::Name, &|name: &str| name == q),
        (MatchedBy::Prefix, &|name: &str| name.starts_with(q)),
        (MatchedBy::Part, &|name: &str| {
            q.chars().count() >= 2 && name.contains(q)
        }),
    ];
    for (how, test) in steps {
        let hits: Vec<&Entity> = all.iter().filter(|e| e.names().any(|n| test(&n))).collect();
        match hits.as_slice() {
            [] => {}
            [one] => return Found::One((*one).clone(), how),
            many => return Found::Ambiguous(many.iter().map(|e| (*e).clone()).collect(), how),
        }
    }
    Found::NotFound(nearest(q, &all))
}

/// Up to five entities whose names are nearest to `q`: within an edit distance of a third of
/// its length (at least 1), or, for a query in Chinese or Korean (where one character is a
/// syllable), sharing at least half of its characters (at least 2).
fn nearest(q: &str, all: &[Entity]) -> Vec<Entity> {
    let len = q.chars().count();
    let max_distance = (len / 3).max(1);
    let min_shared = if q.is_ascii() {
        usize::MAX
    } else {
        len.div_ceil(2).max(2)
    };
    let mut scored: Vec<(usize, usize, usize, &Entity)> = all
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let names: Vec<String> = e.names().chain([norm(&e.code)]).collect();
            let distance = names
                .iter()
                .map(|n| crate::words::edit_distance(q, n))
                .min()
                .unwrap_or(usize::MAX);
            let shared = names.iter().map(|n| shared_chars(q, n)).max().unwrap_or(0);
            (distance <= max_distance || shared >= min_shared).then_some((
                distance,
                len.saturating_sub(shared),
                i,
                e,
            ))
        })
        .collect();
    let key = |(d, missing, i, _): &(usize, usize, usize, _)| (*d.min(missing), *d, *i);
    crate::order::sort_with(&mut scored, &|x, y| key(x).cmp(&key(y)));
    scored
        .into_iter()
        .take(5)
        .map(|(.., e)| e.clone())
        .collect()
}

/// How many of `q`'s distinct characters occur in `name`.
fn shared_chars(q: &str, name: &str) -> usize {
    let mut seen: Vec<char> = Vec::new();
    for c in q.chars() {
        if !seen.contains(&c) && name.contains(c) {
            seen.push(c);
        }
    }
    seen.len()
}

/// What `query` stands for, or an `INVALID_INPUT` error at `path` that shows names in `lang`:
/// the candidates of an ambiguous name, or the nearest names of an unknown one.
///
/// # Errors
/// `INVALID_INPUT` at `path` when the name is ambiguous or unknown.
pub fn resolve(
    query: &str,
    among: Among,
    reg: Option<&Register>,
    path: &str,
) -> Result<Entity, Error> {
    let shown = |list: &[Entity], lang: Lang| -> String {
        let names: Vec<String> = list.iter().map(|e| e.shown(lang)).collect();
        names.join(if lang == Lang::Zh { "、" } else { ", " })
    };
    let got = crate::error::quoted(query);
    match lookup(query, among, reg) {
        Found::One(e, _) => Ok(e),
        Found::Ambiguous(list, how) => {
            let n = list.len();
            let (wz, wk, we) = (
                among.label(Lang::Zh),
                among.label(Lang::Ko),
                among.label(Lang::En),
            );
            let (hz, hk, he) = (
                how.label(Lang::Zh),
                how.label(Lang::Ko),
                how.label(Lang::En),
            );
            let (lz, lk, le) = (
                shown(&list, Lang::Zh),
                shown(&list, Lang::Ko),
                shown(&list, Lang::En),
            );
            Err(Error::input(
                crate::error::Problem::Ambiguous,
                path,
                text!(
                    zh: "`{query}` 对应 {n} 个{wz}({hz}),不能确定是哪一个",
                    ko: "`{query}`에 해당하는 {wk}가 {n}개입니다({hk}). 어느 것인지 정할 수 없습니다",
                    en: "`{query}` matches {n} {we} ({he})"
                ),
            )
            .with_got(got)
            .with_help(text!(
                zh: "请选其中之一:{lz}",
                ko: "다음 가운데 하나를 고르십시오: {lk}",
                en: "one of: {le}"
            )))
        }
        Found::NotFound(near) => {
            let (wz, wk, we) = (
                among.label(Lang::Zh),
                among.label(Lang::Ko),
                among.singular(),
            );
            let none = near.is_empty() && candidates(among, reg).is_empty();
            let help = if none {
                // Nothing to list (a register without zones): say so, not an empty list.
                text!(
                    zh: "没有可选的{wz}",
                    ko: "고를 수 있는 {wk}가 없습니다",
                    en: "there is no {we} to choose from"
                )
            } else if near.is_empty() {
                let all = candidates(among, reg);
                let (lz, lk, le) = (
                    shown(&all, Lang::Zh),
                    shown(&all, Lang::Ko),
                    shown(&all, Lang::En),
                );
                text!(zh: "{wz}:{lz}", ko: "{wk}: {lk}", en: "{we}: {le}")
            } else {
                let (lz, lk, le) = (
                    shown(&near, Lang::Zh),
                    shown(&near, Lang::Ko),
                    shown(&near, Lang::En),
                );
                text!(zh: "是否应为 {lz}?", ko: "혹시 {lk}입니까?", en: "did you mean {le}?")
            };
            Err(Error::input(
                crate::error::Problem::UnknownReference,
                path,
                text!(
                    zh: "没有名为 `{query}` 的{wz}",
                    ko: "이름이 `{query}`인 {wk}가 없습니다",
                    en: "no {we} is called `{query}`"
                ),
            )
            .with_got(got)
            .with_help(help))
        }
    }
}

impl Among {
    /// One of them, in English (for error messages).
    #[must_use]
    pub const fn singular(self) -> &'static str {
        match self {
            Self::Bearers => "agency, actor, county or zone",
            Self::Counties => "county",
            Self::Zones => "zone of the register",
        }
    }
}

stable_enum! {
    /// What a look-up found.
    LookupStatus {
        /// One bearer, county or zone.
        Found = "FOUND" { zh: "已找到", ko: "찾았다", en: "found" },
        /// Several match equally well: `matches` lists them.
        Ambiguous = "AMBIGUOUS" { zh: "有多个匹配", ko: "여러 개가 맞는다", en: "ambiguous" },
        /// None: `matches` lists the nearest names.
        NotFound = "NOT_FOUND" { zh: "未找到", ko: "찾지 못했다", en: "not found" },
    }
}

/// What the look-up is asked (`lookup` of the npm package, `api::lookup`).
#[cfg(feature = "serde")]
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    expecting = "an object with `name`, and optionally `among` and `register`"
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct LookupInput {
    /// What a person typed: a code, a name in any language, a short form or the beginning of a
    /// name.
    pub name: String,
    /// Among what: `BEARERS` (default: agencies, actors, counties and the register's zones),
    /// `COUNTIES` or `ZONES`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub among: Option<Among>,
    /// The register whose zones (and extra counties) are looked up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub register: Option<Register>,
}

/// A bearer, county or zone as a look-up shows it.
#[cfg(feature = "serde")]
#[derive(Clone, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct EntityView {
    /// What it is.
    pub kind: EntityKind,
    /// Its code or zone id.
    pub code: String,
    /// Its name in the language.
    pub name: String,
    /// Chinese name.
    pub zh: String,
    /// Korean name.
    pub ko: String,
    /// English name.
    pub en: String,
}

/// What a look-up found, with names in the language.
#[cfg(feature = "serde")]
#[derive(Clone, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct LookupView {
    /// The name asked.
    pub query: String,
    /// Among what.
    pub among: Among,
    /// Found, ambiguous or not found.
    pub status: LookupStatus,
    /// How the match was made (none when not found).
    pub matched_by: Option<MatchedBy>,
    /// The one found, the candidates of an ambiguous name, or the nearest names of an unknown
    /// one (did you mean…?).
    pub matches: Vec<EntityView>,
    /// The language of `name`.
    pub lang: Lang,
}

#[cfg(feature = "serde")]
impl LookupView {
    /// Looks `input.name` up and shows the result in `lang`.
    #[must_use]
    pub fn new(input: &LookupInput, lang: Lang) -> Self {
        let among = input.among.unwrap_or(Among::Bearers);
        let view = |e: &Entity| EntityView {
            kind: e.kind,
            code: e.code.clone(),
            name: String::from(e.name(lang)),
            zh: e.zh.clone(),
            ko: e.ko.clone(),
            en: e.en.clone(),
        };
        let (status, matched_by, list) = match lookup(&input.name, among, input.register.as_ref()) {
            Found::One(e, how) => (LookupStatus::Found, Some(how), alloc::vec![e]),
            Found::Ambiguous(list, how) => (LookupStatus::Ambiguous, Some(how), list),
            Found::NotFound(near) => (LookupStatus::NotFound, None, near),
        };
        Self {
            query: input.name.clone(),
            among,
            status,
            matched_by,
            matches: list.iter().map(view).collect(),
            lang,
        }
    }
}

#[cfg(all(test, feature = "serde"))]
#[allow(clippy::unwrap_used, clippy::panic, reason = "tests")]
mod tests {
    use super::*;

    fn register() -> Register {
        let text = include_str!("../../examples/yanbian-register.json");
        serde_json::from_str(text).unwrap()
    }

    fn one(q: &str, among: Among, reg: &Register) -> (String, MatchedBy) {
        match lookup(q, among, Some(reg)) {
            Found::One(e, how) => (e.code, how),
            other => panic!("{q}: {other:?}"),
        }
    }

    #[test]
    fn names_short_forms_and_codes() {
        let reg = register();
        let cases = [
            ("商务局", Among::Bearers, "AG.COMMERCE", MatchedBy::Name),
            ("州商务局", Among::Bearers, "AG.COMMERCE", MatchedBy::Name),
            ("상무국", Among::Bearers, "AG.COMMERCE", MatchedBy::Name),
            ("commerce", Among::Bearers, "AG.COMMERCE", MatchedBy::Name),
            (
                "ag.commerce",
                Among::Bearers,
                "AG.COMMERCE",
                MatchedBy::Code,
            ),
            ("图们", Among::Bearers, "CTY.TUMEN", MatchedBy::Name),
            ("图们", Among::Counties, "CTY.TUMEN", MatchedBy::Name),
            ("도문", Among::Counties, "CTY.TUMEN", MatchedBy::Name),
            ("Tumen", Among::Counties, "CTY.TUMEN", MatchedBy::Name),
            ("领导小组", Among::Bearers, "ACT.LG", MatchedBy::Name),
            ("령도소조", Among::Bearers, "ACT.LG", MatchedBy::Name),
            (
                "领导小组办公室",
                Among::Bearers,
                "ACT.LG_OFFICE",
                MatchedBy::Name,
            ),
            ("图们经开区", Among::Zones, "TM-EDZ", MatchedBy::Name),
            ("图们经济开发区", Among::Zones, "TM-EDZ", MatchedBy::Name),
            ("tm-edz", Among::Zones, "TM-EDZ", MatchedBy::Code),
            ("延吉高新区", Among::Zones, "YJ-HTZ", MatchedBy::Name),
            ("珲春边境", Among::Zones, "HC-BECZ", MatchedBy::Prefix),
            ("空港", Among::Zones, "YJ-AEZ", MatchedBy::Part),
            ("도문경제개발구", Among::Zones, "TM-EDZ", MatchedBy::Name),
            ("Tumen Economic", Among::Zones, "TM-EDZ", MatchedBy::Prefix),
        ];
        for (q, among, code, how) in cases {
            assert_eq!(one(q, among, &reg), (String::from(code), how), "{q}");
        }
    }

    #[test]
    fn ambiguous_names_list_every_candidate() {
        let reg = register();
        let Found::Ambiguous(list, MatchedBy::Prefix) = lookup("图们", Among::Zones, Some(&reg))
        else {
            panic!("图们 among zones")
        };
        let codes: Vec<&str> = list.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["TM-EDZ", "ILLUS-TM-ICZ"]);
        let err = resolve("图们", Among::Zones, Some(&reg), "ZONE").unwrap_err();
        assert_eq!(err.path, "ZONE");
        assert_eq!(
            err.help(Lang::Zh),
            "请选其中之一:图们经济开发区(TM-EDZ)、图们示例工业集中区(虚构)(ILLUS-TM-ICZ)"
        );
        assert!(matches!(
            lookup("经开区", Among::Zones, Some(&reg)),
            Found::Ambiguous(l, MatchedBy::Part) if l.len() == 3
        ));
    }

    #[test]
    fn unknown_names_suggest_the_nearest_by_name() {
        let reg = register();
        let err = resolve("商务厅", Among::Bearers, Some(&reg), "--agency").unwrap_err();
        assert_eq!(
            err.message(Lang::En),
            "unknown reference: no agency, actor, county or zone is called `商务厅`; got \"商务厅\""
        );
        let help = err.help(Lang::Zh);
        assert!(help.starts_with("是否应为 州商务局(AG.COMMERCE)"), "{help}");
        let err = resolve("Tumem", Among::Counties, Some(&reg), "--county").unwrap_err();
        assert_eq!(err.help(Lang::En), "did you mean Tumen City (CTY.TUMEN)?");
        let err = resolve("xyz", Among::Counties, Some(&reg), "--county").unwrap_err();
        let help = err.help(Lang::Ko);
        assert!(
            help.starts_with("현(시): 연길시 (CTY.YANJI), 도문시 (CTY.TUMEN)"),
            "{help}"
        );
        assert_eq!(
            lookup("", Among::Zones, Some(&reg)),
            Found::NotFound(Vec::new())
        );
    }

    #[test]
    fn every_name_of_every_candidate_finds_it_or_says_it_is_shared() {
        let reg = register();
        for among in Among::ALL {
            let all = candidates(*among, Some(&reg));
            for e in &all {
                for name in [&e.zh, &e.ko, &e.en, &e.code] {
                    match lookup(name, *among, Some(&reg)) {
                        Found::One(found, _) => assert_eq!(found.code, e.code, "{name}"),
                        Found::Ambiguous(list, _) => {
                            assert!(list.iter().any(|x| x.code == e.code), "{name}");
                        }
                        Found::NotFound(_) => panic!("{name} not found among {among:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn distance_and_shared_characters() {
        assert_eq!(crate::words::edit_distance("kitten", "sitting"), 3);
        assert_eq!(crate::words::edit_distance("", "abc"), 3);
        assert_eq!(shared_chars("图门", "图们市"), 1);
        assert_eq!(norm(" Tumen  City（x）"), "tumencity(x)");
        // Full-width forms as a Chinese input method types them are the ASCII they stand for;
        // Chinese and Korean (no case) as they are.
        assert_eq!(norm("ＴＭ－ＥＤＺ"), "tm-edz");
        assert_eq!(norm("Ｙａｎｊｉ　Ｚｏｎｅ１"), "yanjizone1");
        assert_eq!(norm("延吉 연길 ZONE-2"), "延吉연길zone-2");
    }
}
