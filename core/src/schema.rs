//! JSON Schemas (draft 2020-12) of everything the boundary reads: each computed rule's input,
//! the register, the options (`lang` and `params`) and the inputs of the zone summary, the
//! report, the obligations, the calendar and the fee calculator (feature `schema`, native only).
//!
//! They are derived from the Rust types (schemars): field names, required fields, `default`s
//! (every parameter's), `additionalProperties: false` where unknown fields are refused, the
//! descriptions from the rustdoc, and every stable enum's names with each name's description.
//! The boundary's own types say what their strings hold: dates (`format: date` and a pattern),
//! years, amounts, ratios, areas and scores (patterns that accept exactly what the parsers
//! accept, tested against them). `devzone schema <name>` prints one; `cargo xtask pkg` writes
//! them all to the npm package's `schemas/` folder, where a form can be built from them.
//!
//! A schema accepts every input the boundary decodes and refuses what decoding refuses; what
//! only a rule can check (a zone id that is not in the register, `to` before `from`, a rank
//! beyond the ranked population) is the rule's error, not the schema's.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

use crate::dates::IsoDate;
use crate::money::{Area, Money, Ratio, Score};
use crate::num::Year;
use crate::rules::{Computed, ComputedVisitor, EachComputed, RuleId};

/// A calendar date `YYYY-MM-DD` as a pattern (the calendar itself is `format: date`): years
/// 0001 to 9999, as the date parser reads them (year 0000 is refused; the proptest below found
/// the pattern still accepting it).
pub const DATE_PATTERN: &str =
    "^([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
/// An amount of yuan: at most two decimals, from 0 to 10^15 (leading zeros allowed).
pub const MONEY_PATTERN: &str = r"^(0*[0-9]{1,15}(\.[0-9]{1,2})?|0*1000000000000000(\.0{1,2})?)$";
/// A ratio from 0 to 1 with at most 9 decimals.
pub const RATIO_PATTERN: &str = r"^(0*0(\.[0-9]{1,9})?|0*1(\.0{1,9})?)$";
/// An area in m²: at most two decimals, up to 10^12.
pub const AREA_PATTERN: &str = r"^(0*[0-9]{1,12}(\.[0-9]{1,2})?|0*1000000000000(\.0{1,2})?)$";
/// A non-negative score: at most 18 whole digits and 9 decimals.
pub const SCORE_PATTERN: &str = r"^[0-9]{1,18}(\.[0-9]{1,9})?$";

macro_rules! string_schema {
    ($ty:ty, $name:literal, $pattern:expr, $description:expr, $example:literal $(, $format:literal)?) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    $("format": $format,)?
                    "pattern": $pattern,
                    "description": $description,
                    "examples": [$example],
                })
            }
        }
    };
}

string_schema!(
    IsoDate,
    "IsoDate",
    DATE_PATTERN,
    "A calendar date `YYYY-MM-DD` in China's time zone; an impossible date such as 2019-02-30 is refused.",
    "2019-06-01",
    "date"
);
string_schema!(
    Money,
    "Money",
    MONEY_PATTERN,
    "An amount of yuan as a decimal string with at most two decimals, from 0 to 10^15; never a JSON number.",
    "1000000.00"
);
string_schema!(
    Ratio,
    "Ratio",
    RATIO_PATTERN,
    "A ratio from 0 to 1 as a decimal string with at most 9 decimals; never a JSON number.",
    "0.005"
);
string_schema!(
    Area,
    "Area",
    AREA_PATTERN,
    "A gross floor area in square metres as a decimal string with at most two decimals, up to 10^12.",
    "1200.50"
);
string_schema!(
    Score,
    "Score",
    SCORE_PATTERN,
    "A non-negative score as a decimal string with at most 9 decimals.",
    "87.5"
);

impl JsonSchema for Year {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Year")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": 1,
            "maximum": 9999,
            "description": "A calendar year from 1 to 9999 (a whole number, not a string).",
        })
    }
}

/// A count at the boundary (`num::count`): a whole number from 0 to 4,294,967,295. Only a
/// schema: the fields stay `u32` and name it with `schemars(with = "…")`.
pub struct Count;

impl JsonSchema for Count {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Count")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": 0,
            "maximum": u32::MAX,
        })
    }
}

/// A number of years a parameter spans (`num::years`): 0 to 100.
pub struct YearsCount;

impl JsonSchema for YearsCount {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("YearsCount")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": 0,
            "maximum": crate::limits::MAX_YEARS_AFTER_ISSUE,
        })
    }
}

/// The schemas that are not a rule's input, by name: `devzone schema <name>` and the npm
/// package's `schemas/<name>.json`.
pub const NAMED: &[(&str, &str)] = &[
    (
        "register",
        "The zone register: counties, zones and their yearly records.",
    ),
    ("options", "The options of every call: `lang` and `params`."),
    ("params", "Every parameter, with its default."),
    (
        "zone-summary",
        "The input of the zone summary (`zoneSummary`, `devzone zone`).",
    ),
    (
        "report",
        "The input of the compliance report (`report`, `devzone report`).",
    ),
    (
        "report-options",
        "The options of the compliance report: `lang`, `params` and the filters `county`, `zone`, `agency` (a code or any name), `severity`, `rule`.",
    ),
    (
        "obligations",
        "The input of the obligations (`obligations`, `devzone obligations`).",
    ),
    (
        "lookup",
        "The input of a name look-up (`lookup`): `name`, `among?`, `register?`.",
    ),
    (
        "calendar",
        "The input of the calendar (`calendar`, `calendarIcs`, `devzone calendar`).",
    ),
    (
        "fees",
        "The input of the fee calculator (`fees`, `devzone fees`).",
    ),
];

fn generator() -> SchemaGenerator {
    schemars::generate::SchemaSettings::draft2020_12().into_generator()
}

fn root<T: JsonSchema>() -> Value {
    let mut schema = generator().into_root_schema_for::<T>().to_value();
    unwrap_descriptions(&mut schema);
    schema
}

/// Rustdoc wraps its lines; a description is one paragraph per blank-line-separated block, so
/// a single line break becomes a space.
fn unwrap_descriptions(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(text) if key == "description" => {
                        *text = text
                            .split("\n\n")
                            .map(|p| p.replace('\n', " "))
                            .collect::<Vec<_>>()
                            .join("\n\n");
                    }
                    other => unwrap_descriptions(other),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_descriptions),
        _ => {}
    }
}

/// The input schema of rule `T`, with the fields its rule requires beyond the type
/// ([`Computed::INPUT_REQUIRES`]).
fn input_of<T: Computed>() -> Value {
    let mut schema = root::<T::Input>();
    if let Some(obj) = schema.as_object_mut() {
        if !T::INPUT_REQUIRES.is_empty() {
            let required = obj
                .entry("required")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Some(list) = required.as_array_mut() {
                for field in T::INPUT_REQUIRES {
                    let field = Value::String((*field).to_string());
                    if !list.contains(&field) {
                        list.push(field);
                    }
                }
            }
        }
        let rule = T::RULE;
        obj.insert(
            "title".to_string(),
            Value::String(alloc::format!("{}: {}", rule.as_str(), rule.meta().title)),
        );
    }
    schema
}

struct InputSchema;

impl ComputedVisitor for InputSchema {
    type Out = Value;
    fn visit<T: Computed>(self) -> Value {
        input_of::<T>()
    }
}

/// The input schema of a computed rule, or `None` for an id that is not one.
#[must_use]
pub fn input_schema(rule_id: &str) -> Option<Value> {
    RuleId::parse(rule_id).and_then(|r| crate::rules::visit_computed(r, InputSchema))
}

/// A schema by name: a computed rule's id (its input) or one of [`NAMED`].
#[must_use]
pub fn schema(name: &str) -> Option<Value> {
    use crate::rules::art11_land::ConstructionInput;
    Some(match name {
        "register" => root::<crate::register::Register>(),
        "options" => root::<crate::api::Options>(),
        "params" => root::<crate::params::Params>(),
        "zone-summary" => root::<crate::summary::ZoneSummaryInput>(),
        "report" => root::<crate::report::ReportInput>(),
        "report-options" => root::<crate::report::ReportOptions>(),
        "lookup" => root::<crate::lookup::LookupInput>(),
        "obligations" => root::<crate::report::ObligationsInput>(),
        "calendar" => root::<crate::report::CalendarInput>(),
        "fees" => root::<ConstructionInput>(),
        rule => return input_schema(rule),
    })
}

/// Every schema's name: the computed rules' ids in catalog order, then [`NAMED`].
#[must_use]
pub fn names() -> Vec<&'static str> {
    struct Ids(Vec<&'static str>);
    impl EachComputed for Ids {
        fn each<T: Computed>(&mut self) {
            self.0.push(T::RULE.as_str());
        }
    }
    let mut ids = Ids(Vec::new());
    crate::rules::for_each_computed(&mut ids);
    ids.0.extend(NAMED.iter().map(|(n, _)| *n));
    ids.0
}

/// Every schema as pretty JSON text with a final newline, by name: what `schemas/` holds.
#[must_use]
pub fn all() -> Vec<(&'static str, String)> {
    names()
        .into_iter()
        .filter_map(|n| {
            let text = serde_json::to_string_pretty(&schema(n)?).ok()?;
            Some((n, text + "\n"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn accepts(pattern: &str, text: &str) -> bool {
        let schema = serde_json::json!({ "type": "string", "pattern": pattern });
        jsonschema::is_valid(&schema, &Value::String(text.to_string()))
    }

    /// Each pattern accepts exactly what its parser accepts.
    fn agree(pattern: &str, parse: fn(&str) -> bool, text: &str) -> Result<(), TestCaseError> {
        prop_assert_eq!(
            accepts(pattern, text),
            parse(text),
            "pattern and parser disagree on {:?}",
            text
        );
        Ok(())
    }

    const SAMPLES: &[&str] = &[
        "0",
        "1",
        "0.5",
        "1.0",
        "1.00",
        "1.000000000",
        "1.0000000001",
        "1.000000001",
        "0.000000001",
        "0.0000000001",
        "007.10",
        "00",
        "01",
        "1.005",
        "1e6",
        "",
        " 1",
        "1 ",
        "+1",
        "-1",
        "-0",
        "1.",
        ".5",
        "1,000",
        "0x10",
        "１",
        "NaN",
        "1.2.3",
        "999999999999999.99",
        "1000000000000000",
        "1000000000000000.00",
        "1000000000000000.01",
        "10000000000000000",
        "999999999999",
        "1000000000000",
        "1000000000000.00",
        "1000000000000.01",
        "999999999999999999",
        "9999999999999999999",
        "87.5",
        "2019-06-01",
        "2019-02-30",
        "2020-02-29",
        "2019-13-01",
        "2019-6-1",
        "2019-06-01T00:00",
    ];

    #[test]
    fn patterns_accept_exactly_what_the_parsers_accept() {
        for s in SAMPLES {
            assert_eq!(
                accepts(MONEY_PATTERN, s),
                Money::parse(s).is_ok(),
                "money {s:?}"
            );
            assert_eq!(
                accepts(RATIO_PATTERN, s),
                Ratio::parse(s).is_ok(),
                "ratio {s:?}"
            );
            assert_eq!(
                accepts(AREA_PATTERN, s),
                Area::parse(s).is_ok(),
                "area {s:?}"
            );
            assert_eq!(
                accepts(SCORE_PATTERN, s),
                Score::parse(s).is_ok(),
                "score {s:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn decimal_patterns_agree_with_the_parsers(text in "0{0,3}[0-9]{0,17}(\\.[0-9]{0,11})?|[-+ .,e0-9]{0,8}") {
            agree(MONEY_PATTERN, |s| Money::parse(s).is_ok(), &text)?;
            agree(RATIO_PATTERN, |s| Ratio::parse(s).is_ok(), &text)?;
            agree(AREA_PATTERN, |s| Area::parse(s).is_ok(), &text)?;
            agree(SCORE_PATTERN, |s| Score::parse(s).is_ok(), &text)?;
        }

        #[test]
        fn date_schema_agrees_with_the_date_parser(y in 0u32..10000, m in 0u32..14, d in 0u32..33) {
            let text = alloc::format!("{y:04}-{m:02}-{d:02}");
            let schema = root::<IsoDate>();
            let validator = jsonschema::options()
                .should_validate_formats(true)
                .build(&schema)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(
                validator.is_valid(&Value::String(text.clone())),
                IsoDate::parse(&text).is_ok(),
                "{}",
                text
            );
        }
    }

    #[test]
    fn every_schema_is_a_valid_draft_2020_12_schema() {
        let names = names();
        assert!(names.len() > NAMED.len());
        for name in names {
            let schema = schema(name).unwrap_or_else(|| panic!("no schema {name}"));
            assert_eq!(
                schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
                "{name}"
            );
            jsonschema::draft202012::meta::validate(&schema)
                .unwrap_or_else(|e| panic!("{name}: not a valid 2020-12 schema: {e}"));
        }
        assert_eq!(schema("art-99.z"), None);
        assert_eq!(
            schema("art-14.a"),
            None,
            "a rule without a function has no input"
        );
    }
}
