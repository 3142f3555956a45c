//! Structure-aware generation of JSON inputs from the core's JSON Schemas (`devzone schema`).
//!
//! One generator serves the fuzz targets (`fuzz/`), the property tests of the core and the
//! native/wasm parity run (`cargo xtask parity`): it walks a schema (draft 2020-12 as schemars
//! writes it: `$ref` into `$defs`, `anyOf`/`oneOf`, `const`, `enum`, typed objects with
//! `required` and `additionalProperties`, arrays, integer ranges and the project's string
//! patterns: dates, amounts, ratios, decimals, bearer codes) and draws every choice from an
//! [`arbitrary::Unstructured`] byte source. The same bytes always give the same value, so a
//! fuzzer's input, a proptest case or a seed reproduces its input exactly.
//!
//! Strings come from [`Pools`]: the values the test vectors use for the same field (zone ids,
//! county ids, agency codes, industries, …), so generated registers cross-reference
//! themselves (an assessment's `zoneId` names a zone of the register) often enough for the rules
//! to get past validation, not only to refuse the input.
//!
//! With `mischief` on, about one value in 40 is replaced by something the schema does not allow
//! (a wrong type, an impossible date, an unknown field, a negative or huge number, a missing
//! required field), so the error paths are generated too.

use std::collections::BTreeMap;

use arbitrary::Unstructured;
use serde_json::{json, Map, Value};

/// Strings seen in example inputs, by field.
#[derive(Clone, Debug, Default)]
pub struct Pools {
    /// By `parent.key` (the enclosing field or array, then the field), most frequent first.
    by_path: BTreeMap<String, Vec<String>>,
    /// By `key` alone, most frequent first.
    by_key: BTreeMap<String, Vec<String>>,
    /// Every string seen, most frequent first.
    any: Vec<String>,
}

/// How many distinct strings an id-like field keeps (few, so cross-references hit).
const ID_POOL: usize = 6;

fn is_id_key(key: &str) -> bool {
    key == "id" || key.ends_with("Id") || key.ends_with("Ids") || key == "mergedInto"
}

impl Pools {
    /// Collects the strings of `examples` (rule inputs, registers) by field.
    #[must_use]
    pub fn harvest<'a>(examples: impl IntoIterator<Item = &'a Value>) -> Self {
        let mut by_path: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut by_key: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut any: BTreeMap<String, usize> = BTreeMap::new();
        for example in examples {
            walk(example, "", "", &mut |parent, key, s| {
                *by_path
                    .entry(format!("{parent}.{key}"))
                    .or_default()
                    .entry(s.to_string())
                    .or_default() += 1;
                *by_key
                    .entry(key.to_string())
                    .or_default()
                    .entry(s.to_string())
                    .or_default() += 1;
                *any.entry(s.to_string()).or_default() += 1;
            });
        }
        let rank = |key: &str, counts: BTreeMap<String, usize>| {
            let mut v: Vec<(String, usize)> = counts.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let keep = if is_id_key(key) { ID_POOL } else { 64 };
            v.into_iter().take(keep).map(|(s, _)| s).collect::<Vec<_>>()
        };
        Self {
            by_path: by_path
                .into_iter()
                .map(|(k, v)| {
                    let key = k.rsplit('.').next().unwrap_or("").to_string();
                    let ranked = rank(&key, v);
                    (k, ranked)
                })
                .collect(),
            by_key: by_key
                .into_iter()
                .map(|(k, v)| {
                    let ranked = rank(&k, v);
                    (k, ranked)
                })
                .collect(),
            any: rank("", any),
        }
    }

    /// Every JSON file under `dir` (recursively): each file's `input` values, or each case's
    /// `input` for vector files (`{cases: [{input}]}`), harvested. Unreadable files are skipped.
    #[must_use]
    pub fn from_vector_dir(dir: &std::path::Path) -> Self {
        Self::harvest(inputs_in(dir).iter())
    }

    fn pick(&self, parent: &str, key: &str, u: &mut Unstructured<'_>) -> Option<String> {
        let pools = [
            self.by_path.get(&format!("{parent}.{key}")),
            self.by_key.get(key),
        ];
        for pool in pools.into_iter().flatten() {
            if !pool.is_empty() {
                return u.choose(pool).ok().cloned();
            }
        }
        if self.any.is_empty() {
            None
        } else {
            u.choose(&self.any).ok().cloned()
        }
    }

    fn matching(
        &self,
        u: &mut Unstructured<'_>,
        prefix_ok: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let all: Vec<&String> = self.any.iter().filter(|s| prefix_ok(s)).collect();
        u.choose(&all).ok().map(|s| (*s).clone())
    }
}

/// The inputs of every JSON file under `dir` (recursively): each case's `input` of a vector file
/// (`{cases: [{input}]}`), a file's `input`, or the whole document; unreadable files skipped.
#[must_use]
pub fn inputs_in(dir: &std::path::Path) -> Vec<Value> {
    let mut out = Vec::new();
    collect_inputs(dir, &mut out);
    out
}

fn collect_inputs(dir: &std::path::Path, out: &mut Vec<Value>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_inputs(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(doc) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            if let Some(cases) = doc.get("cases").and_then(Value::as_array) {
                out.extend(cases.iter().filter_map(|c| c.get("input").cloned()));
            } else if let Some(input) = doc.get("input") {
                out.push(input.clone());
            } else {
                out.push(doc);
            }
        }
    }
}

fn walk(v: &Value, parent: &str, key: &str, f: &mut dyn FnMut(&str, &str, &str)) {
    match v {
        Value::String(s) => f(parent, key, s),
        Value::Array(items) => {
            for item in items {
                walk(item, parent, key, f);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                walk(item, key, k, f);
            }
        }
        _ => {}
    }
}

/// Bytes for [`Unstructured`] from a seed (SplitMix64): the same seed, the same bytes.
#[must_use]
pub fn bytes_from_seed(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        out.extend_from_slice(&z.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// The generator: a schema document (its `$defs`), the pools and the byte source.
pub struct Gen<'s, 'u, 'b> {
    doc: &'s Value,
    pools: &'s Pools,
    u: &'u mut Unstructured<'b>,
    mischief: bool,
    /// The ids generated so far for the register's zones and counties, so that later
    /// references (`countyId`, `zoneId`, `mergedInto`, …) name them.
    ids: BTreeMap<&'static str, Vec<String>>,
}

/// Which generated ids a field refers to: `counties` for a county reference, `zones` for a
/// zone reference.
fn refers_to(key: &str) -> Option<&'static str> {
    let lower = key.to_ascii_lowercase();
    if lower.contains("county") && (lower.ends_with("id") || lower.ends_with("ids")) {
        Some("counties")
    } else if (lower.contains("zone") && (lower.ends_with("id") || lower.ends_with("ids")))
        || key == "mergedInto"
        || key == "selected"
    {
        Some("zones")
    } else {
        None
    }
}

/// Properties the others refer to come first: the register's counties, then its zones, then
/// each record's own id.
fn order(name: &str) -> u8 {
    match name {
        "issueDate" => 0,
        "counties" => 1,
        "zones" => 2,
        "id" => 3,
        "register" => 4,
        _ => 5,
    }
}

/// How deep a generated value may nest (the schemas need 5 levels).
const MAX_DEPTH: usize = 12;

impl<'s, 'u, 'b> Gen<'s, 'u, 'b> {
    /// A generator for values of the schema document `doc`.
    pub fn new(
        doc: &'s Value,
        pools: &'s Pools,
        u: &'u mut Unstructured<'b>,
        mischief: bool,
    ) -> Self {
        Self {
            doc,
            pools,
            u,
            mischief,
            ids: BTreeMap::new(),
        }
    }

    /// A value of the document's root schema.
    pub fn value(&mut self) -> Value {
        let doc = self.doc;
        self.of(doc, "", "", 0)
    }

    fn chance(&mut self, one_in: u8) -> bool {
        self.u.ratio(1, one_in).unwrap_or(false)
    }

    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.u.int_in_range(lo..=hi).unwrap_or(lo)
    }

    fn resolve(&self, schema: &'s Value) -> &'s Value {
        let mut s = schema;
        for _ in 0..8 {
            let Some(r) = s.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(name) = r.strip_prefix("#/$defs/") else {
                break;
            };
            match self.doc.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => s = target,
                None => break,
            }
        }
        s
    }

    /// A value of `schema`, for field `key` inside `parent`.
    fn of(&mut self, schema: &'s Value, parent: &str, key: &str, depth: usize) -> Value {
        if self.mischief && self.chance(40) {
            return self.mischief_value(key);
        }
        let schema = self.resolve(schema);
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(c) = schema.get("const") {
            return c.clone();
        }
        if let Some(Value::Array(options)) = schema.get("enum") {
            return self.u.choose(options).cloned().unwrap_or(Value::Null);
        }
        for combinator in ["anyOf", "oneOf"] {
            if let Some(Value::Array(options)) = schema.get(combinator) {
                let Ok(picked) = self.u.choose(options) else {
                    return Value::Null;
                };
                // A nullable field (`anyOf: [X, null]`) is null a third of the time.
                return self.of(picked, parent, key, depth);
            }
        }
        if let Some(Value::Array(all)) = schema.get("allOf") {
            if let Some(first) = all.first() {
                return self.of(first, parent, key, depth);
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(types)) => {
                let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
                // `["string", "null"]`: null one time in three.
                let non_null: Vec<&str> = names.iter().copied().filter(|t| *t != "null").collect();
                if names.contains(&"null") && (non_null.is_empty() || self.chance(3)) {
                    return Value::Null;
                }
                self.u.choose(&non_null).copied().unwrap_or("null")
            }
            _ if schema.get("properties").is_some() => "object",
            _ => "any",
        };
        match ty {
            "null" => Value::Null,
            "boolean" => Value::Bool(self.u.arbitrary().unwrap_or(false)),
            "integer" => self.integer(schema, key),
            "number" => Value::from(self.int(0, 1000)),
            "string" => self.string(schema, parent, key),
            "array" => self.array(schema, key, depth),
            "object" => self.object(schema, key, depth),
            _ => self.any(depth),
        }
    }

    fn integer(&mut self, schema: &Value, key: &str) -> Value {
        let min = schema
            .get("minimum")
            .and_then(Value::as_i64)
            .unwrap_or(i64::from(i32::MIN));
        let max = schema
            .get("maximum")
            .and_then(Value::as_i64)
            .unwrap_or(i64::from(i32::MAX));
        let lower = key.to_ascii_lowercase();
        let (lo, hi) = if lower.contains("year") && !lower.ends_with("years") {
            (2015, 2031)
        } else {
            (min.max(0), min.max(0).saturating_add(12))
        };
        let n = match self.int(0, 9) {
            0 => min,
            1 => max,
            2 => self.int(min, max),
            _ => self.int(lo.clamp(min, max), hi.clamp(min, max)),
        };
        Value::from(n)
    }

    fn date(&mut self) -> String {
        let year = if self.chance(12) {
            self.int(1, 9999)
        } else {
            self.int(2015, 2031)
        };
        let month = self.int(1, 12);
        let last = match month {
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        let day = if self.chance(4) {
            last
        } else {
            self.int(1, last)
        };
        format!("{year:04}-{month:02}-{day:02}")
    }

    fn decimal(&mut self, whole_digits: u32, decimals: u32) -> String {
        let whole: u64 = match self.int(0, 5) {
            0 => 0,
            1 => 10u64.saturating_pow(whole_digits).saturating_sub(1),
            _ => u64::try_from(self.int(0, 2_000_000)).unwrap_or(0),
        };
        let places = self.int(0, i64::from(decimals));
        if places == 0 {
            return whole.to_string();
        }
        let mut s = format!("{whole}.");
        for _ in 0..places {
            s.push(char::from(b'0' + u8::try_from(self.int(0, 9)).unwrap_or(0)));
        }
        s
    }

    fn string(&mut self, schema: &Value, parent: &str, key: &str) -> Value {
        let pattern = schema.get("pattern").and_then(Value::as_str).unwrap_or("");
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let s = if format == "date" || pattern.starts_with("^[0-9]{4}-") {
            self.date()
        } else if pattern.starts_with("^(0*[0-9]{1,15}") {
            self.decimal(15, 2)
        } else if pattern.starts_with("^(0*[0-9]{1,12}") {
            self.decimal(12, 2)
        } else if pattern.starts_with("^(0*0") {
            match self.int(0, 4) {
                0 => "1".to_string(),
                1 => "0".to_string(),
                _ => {
                    let d = self.decimal(0, 9);
                    format!("0.{}", d.split('.').nth(1).unwrap_or("5"))
                }
            }
        } else if pattern.starts_with("^[0-9]{1,18}") {
            self.decimal(6, 9)
        } else if pattern.starts_with("^(AG|ACT|CTY)") {
            self.pools
                .matching(self.u, |s| {
                    s.starts_with("AG.") || s.starts_with("CTY.") || s.starts_with("ACT.")
                })
                .unwrap_or_else(|| "AG.NATRES".to_string())
        } else if let Some(known) = refers_to(key)
            .and_then(|to| self.ids.get(to))
            .filter(|ids| !ids.is_empty())
            .cloned()
            .filter(|_| !self.chance(8))
        {
            self.u.choose(&known).cloned().unwrap_or_default()
        } else if self.chance(16) {
            self.u.arbitrary::<String>().unwrap_or_default()
        } else {
            self.pools
                .pick(parent, key, self.u)
                .unwrap_or_else(|| "x".to_string())
        };
        if key == "id" && (parent == "zones" || parent == "counties") {
            let to = if parent == "zones" {
                "zones"
            } else {
                "counties"
            };
            let seen = self.ids.entry(to).or_default();
            // Ids are unique in a register: a repeated one gets a suffix.
            let s = if seen.contains(&s) {
                format!("{s}-{}", seen.len())
            } else {
                s
            };
            seen.push(s.clone());
            return Value::String(s);
        }
        Value::String(s)
    }

    fn array(&mut self, schema: &'s Value, key: &str, depth: usize) -> Value {
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let min = i64::try_from(min).unwrap_or(0);
        let n = self.int(min, min + 4);
        let items = schema.get("items").unwrap_or(&Value::Null);
        let mut out = Vec::new();
        for _ in 0..n {
            if self.u.is_empty() {
                break;
            }
            out.push(self.of(items, key, key, depth + 1));
        }
        Value::Array(out)
    }

    fn object(&mut self, schema: &'s Value, key: &str, depth: usize) -> Value {
        let mut map = Map::new();
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(Value::Object(props)) = schema.get("properties") {
            let mut props: Vec<(&String, &Value)> = props.iter().collect();
            props.sort_by_key(|(name, _)| order(name));
            for (name, sub) in props {
                let needed = required.contains(&name.as_str());
                // Optional fields one time in three: each brings its own conditions (a status
                // history in date order, a parent zone that exists, …).
                let include = if needed {
                    !(self.mischief && self.chance(60))
                } else {
                    !self.u.is_empty() && self.chance(3)
                };
                if include {
                    let v = self.of(sub, key, name, depth + 1);
                    map.insert(name.clone(), v);
                }
            }
        }
        match schema.get("additionalProperties") {
            Some(Value::Bool(false)) | None => {}
            Some(extra) => {
                let n = self.int(0, 3);
                for _ in 0..n {
                    let k = self
                        .pools
                        .pick(key, "", self.u)
                        .unwrap_or_else(|| "k".to_string());
                    let v = self.of(extra, key, &k, depth + 1);
                    map.insert(k, v);
                }
            }
        }
        if self.mischief && self.chance(50) {
            map.insert("unexpectedField".to_string(), Value::Bool(true));
        }
        Value::Object(map)
    }

    fn any(&mut self, depth: usize) -> Value {
        arbitrary_json(self.u, depth.min(MAX_DEPTH))
    }

    fn mischief_value(&mut self, key: &str) -> Value {
        match self.int(0, 11) {
            0 => Value::Null,
            1 => json!(-1),
            2 => json!(u64::MAX),
            3 => json!(1.5),
            4 => json!("2019-02-29"),
            5 => json!("0000-01-01"),
            6 => json!([]),
            7 => json!({}),
            8 => json!(true),
            9 => json!(""),
            10 => json!(format!("{key}\u{feff}")),
            _ => Value::String(self.u.arbitrary::<String>().unwrap_or_default()),
        }
    }
}

/// Any JSON value from the bytes (no schema), at most `max_depth` deep: the shapes a schema
/// does not foresee (arrays where objects belong, floats, huge integers, odd keys).
pub fn arbitrary_json(u: &mut Unstructured<'_>, max_depth: usize) -> Value {
    let kind = u.int_in_range(0u8..=9).unwrap_or(0);
    match kind {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary().unwrap_or(false)),
        2 => Value::from(u.arbitrary::<i64>().unwrap_or(0)),
        3 => Value::from(u.arbitrary::<u64>().unwrap_or(0)),
        4 => serde_json::Number::from_f64(u.arbitrary::<f64>().unwrap_or(0.0))
            .map_or(Value::Null, Value::Number),
        5 | 6 => Value::String(u.arbitrary::<String>().unwrap_or_default()),
        7 | 8 if max_depth > 0 => {
            let n = u.int_in_range(0u8..=4).unwrap_or(0);
            let mut map = Map::new();
            for _ in 0..n {
                let k = u.arbitrary::<String>().unwrap_or_default();
                map.insert(k, arbitrary_json(u, max_depth - 1));
            }
            Value::Object(map)
        }
        9 if max_depth > 0 => {
            let n = u.int_in_range(0u8..=4).unwrap_or(0);
            Value::Array((0..n).map(|_| arbitrary_json(u, max_depth - 1)).collect())
        }
        _ => Value::Null,
    }
}

/// One value of schema document `doc` from `bytes`.
#[must_use]
pub fn generate(doc: &Value, pools: &Pools, bytes: &[u8], mischief: bool) -> Value {
    let mut u = Unstructured::new(bytes);
    Gen::new(doc, pools, &mut u, mischief).value()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests")]
    use super::*;

    fn doc() -> Value {
        json!({
            "type": "object",
            "required": ["issueDate", "items"],
            "properties": {
                "issueDate": {"$ref": "#/$defs/IsoDate"},
                "note": {"type": ["string", "null"]},
                "items": {"type": "array", "items": {"$ref": "#/$defs/Item"}}
            },
            "additionalProperties": false,
            "$defs": {
                "IsoDate": {"type": "string", "format": "date"},
                "Item": {"type": "object", "required": ["zoneId", "year"], "additionalProperties": false,
                         "properties": {"zoneId": {"type": "string"},
                                        "year": {"type": "integer", "minimum": 1, "maximum": 9999}}}
            }
        })
    }

    #[test]
    fn same_bytes_same_value_and_the_schema_is_kept() {
        let pools = Pools::harvest([&json!({"items": [{"zoneId": "Z1"}, {"zoneId": "Z2"}]})]);
        let d = doc();
        let mut shapes = 0;
        let mut pooled = 0;
        for seed in 0..200 {
            let bytes = bytes_from_seed(seed, 512);
            let a = generate(&d, &pools, &bytes, false);
            assert_eq!(a, generate(&d, &pools, &bytes, false));
            let date = a["issueDate"].as_str().unwrap();
            assert_eq!(date.len(), 10, "{date}");
            for item in a["items"].as_array().unwrap() {
                let z = item["zoneId"].as_str().unwrap();
                pooled += usize::from(z == "Z1" || z == "Z2");
                let y = item["year"].as_i64().unwrap();
                assert!((1..=9999).contains(&y), "{y}");
                shapes += 1;
            }
            assert!(a
                .as_object()
                .unwrap()
                .keys()
                .all(|k| ["issueDate", "note", "items"].contains(&k.as_str())));
        }
        assert!(shapes > 100, "arrays are filled: {shapes}");
        assert!(
            pooled * 4 > shapes * 3,
            "ids come from the pool: {pooled} of {shapes}"
        );
    }

    #[test]
    fn mischief_breaks_the_schema_sometimes() {
        let pools = Pools::default();
        let d = doc();
        let broken = (0..300)
            .filter(|seed| {
                let v = generate(&d, &pools, &bytes_from_seed(*seed, 512), true);
                !v["issueDate"].is_string() || v.get("unexpectedField").is_some()
            })
            .count();
        assert!(broken > 5 && broken < 200, "{broken}");
    }
}

/// Every case of the vector files under `root/tests/vectors`: the rule id (or the function:
/// `report`, `obligations`, `calendar`, `zoneSummary`, `fees`), the input with its `$include`s
/// read (paths relative to `root`), and the options (`null` when none).
#[must_use]
pub fn vector_cases(root: &std::path::Path) -> Vec<(String, Value, Value)> {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                files(&p, out);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    fn include(v: &Value, root: &std::path::Path) -> Value {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(p)) = m.get("$include") {
                    return std::fs::read_to_string(root.join(p))
                        .ok()
                        .and_then(|t| serde_json::from_str(&t).ok())
                        .unwrap_or(Value::Null);
                }
                Value::Object(
                    m.iter()
                        .map(|(k, x)| (k.clone(), include(x, root)))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| include(x, root)).collect()),
            other => other.clone(),
        }
    }
    let mut paths = Vec::new();
    files(&root.join("tests").join("vectors"), &mut paths);
    let mut out = Vec::new();
    for p in paths {
        let Some(doc) = std::fs::read_to_string(&p)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        else {
            continue;
        };
        let Some(what) = doc
            .get("rule")
            .or_else(|| doc.get("function"))
            .and_then(Value::as_str)
        else {
            continue;
        };
        for case in doc
            .get("cases")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(input) = case.get("input") {
                let options = case.get("options").cloned().unwrap_or(Value::Null);
                out.push((what.to_string(), include(input, root), options));
            }
        }
    }
    out
}

/// Changes `v` in `n` places chosen from the bytes, keeping its shape: a date moves by up to
/// ±400 days, a whole number by a little, a flag flips, a string becomes another of its field's
/// pool (an amount another amount), an array loses or repeats an item. Applied to the vectors'
/// inputs, it gives inputs that mostly still pass validation, so the rules' own logic is reached.
pub fn mutate(v: &mut Value, pools: &Pools, u: &mut Unstructured<'_>, n: usize) {
    for _ in 0..n {
        let mut paths: Vec<Vec<Seg>> = Vec::new();
        collect_paths(v, &mut Vec::new(), &mut paths);
        let Ok(path) = u.choose(&paths) else {
            return;
        };
        let key = path
            .iter()
            .rev()
            .find_map(|s| match s {
                Seg::Key(k) => Some(k.clone()),
                Seg::Index(_) => None,
            })
            .unwrap_or_default();
        let path = path.clone();
        let Some(at) = node(v, &path) else { continue };
        match at {
            Value::String(s) if s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') => {
                if let Some(days) = days_of(s) {
                    let shift = u.int_in_range(-400i64..=400).unwrap_or(1);
                    *s = date_of(days + shift);
                }
            }
            Value::String(s)
                if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.') =>
            {
                let whole = u.int_in_range(0u64..=5_000_000).unwrap_or(0);
                let fen = u.int_in_range(0u8..=99).unwrap_or(0);
                *s = format!("{whole}.{fen:02}");
            }
            Value::String(s) => {
                if let Some(other) = pools.pick("", &key, u) {
                    *s = other;
                }
            }
            Value::Number(num) => {
                let base = num.as_i64().unwrap_or(0);
                let delta = u.int_in_range(-3i64..=3).unwrap_or(1);
                *at = Value::from(base.saturating_add(delta).max(0));
            }
            Value::Bool(b) => *b = !*b,
            Value::Array(items) if !items.is_empty() => {
                let i = u.choose_index(items.len()).unwrap_or(0);
                if u.ratio(1, 2).unwrap_or(false) {
                    items.remove(i);
                } else if let Some(copy) = items.get(i).cloned() {
                    items.push(copy);
                }
            }
            _ => {}
        }
    }
}

#[derive(Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

fn collect_paths(v: &Value, at: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(at.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Seg::Index(i));
                collect_paths(item, at, out);
                at.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                at.push(Seg::Key(k.clone()));
                collect_paths(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn node<'v>(v: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    let mut at = v;
    for s in path {
        at = match s {
            Seg::Key(k) => at.get_mut(k.as_str())?,
            Seg::Index(i) => at.get_mut(*i)?,
        };
    }
    Some(at)
}

/// Days since 1970-01-01 of `YYYY-MM-DD` (proleptic Gregorian; H. Hinnant's algorithm).
fn days_of(s: &str) -> Option<i64> {
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: i64 = s.get(5..7)?.parse().ok()?;
    let d: i64 = s.get(8..10)?.parse().ok()?;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn date_of(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod date_tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(super::days_of("1970-01-01"), Some(0));
        assert_eq!(super::date_of(0), "1970-01-01");
        for days in -30_000..60_000 {
            assert_eq!(super::days_of(&super::date_of(days)), Some(days));
        }
        assert_eq!(
            super::date_of(super::days_of("2019-02-28").unwrap() + 1),
            "2019-03-01"
        );
        assert_eq!(
            super::date_of(super::days_of("2020-02-28").unwrap() + 1),
            "2020-02-29"
        );
    }
}
