//! The test contract: every vector file under `tests/vectors/` (at the workspace root, any depth)
//! run natively through `devzone_rules::api`. One runner, one matcher:
//!
//! * A file names what it calls: `"rule": "<id>"` (`api::evaluate`) or `"function": "<name>"`
//!   (`zoneSummary`, `report`, `obligations`, `calendar`, `fees`: the same names as the npm
//!   package's functions). Every computed rule of the registry has its file.
//! * A case has an `input` (where an object `{"$include": "<path from the workspace root>"}`
//!   stands, the file's JSON is put, optionally only its `"$pointer"` part, with `"$set"`'s keys
//!   replaced: a top-level key, or a JSON pointer such as `/zones/0/level`), optional
//!   `options`, and exactly one kind of expectation:
//!   - `expect`: each key must deep-equal the same key of the answer (an expected `null` also
//!     matches an absent key), except the projections `reasonCodes` and `needsHumanCodes`
//!     (`reasons[*].code`, `needsHuman[*].code` in order), `findingOutcomes` (`[ruleId,
//!     outcome]` of each finding, in order), `permissionStatuses` (`[action, status,
//!     decidedBy]` of each permission), `<list>[*].<field>` (that field of every item, `null`
//!     where absent) and `findingsByRule` (`{"<ruleId>" or "<ruleId>@<year>": expect}`: the one
//!     finding of that rule, and year, matched by the same rule);
//!   - `expectDuties`, `expectNotOwed`, `expectBearers` (obligations; see `match_duties`);
//!   - `expectError`: `code`, `path` and `message` (the full `Display` string), exactly.
//! * These hand-written expectations are the reviewed legal assertions. Everything else in the
//!   answer is pinned by a snapshot: the full answer in zh, ko and en (or the error, with its
//!   `help`) is an insta JSON snapshot, `tests/vectors/snapshots/<file>/<case id>.snap`, whose
//!   header names the vector file, the case and the call with its input. The Node runner
//!   (`tests/node/vectors.test.mjs`) reads the same vector files and the same snapshots and
//!   requires the wasm package's answers to deep-equal them: native ≡ wasm on every case, and
//!   the expectations are checked once, here. A snapshot no case writes is an error.
//! * Every input (and options) is validated against its JSON Schema (`devzone_rules::schema`):
//!   a case whose input the schema refuses says so with `"violatesSchema": true` (and must
//!   expect an error); every other input must be valid, and an input the boundary cannot even
//!   decode must be one the schema refuses.
//! * A rule's answer passes its `paramsUsed` back as `params` and must come out the same; and
//!   changing a parameter it does not list to any other valid value (enumerated from the
//!   `params` schema) must not change it: `paramsUsed` lists every parameter a rule reads.
//!
//! Accept changed snapshots with `INSTA_UPDATE=always` (then review the diff).
//! Run: `cargo test -p devzone-rules --all-features --test vectors`.
#![cfg(feature = "schema")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test runner: a broken vector folder must fail loudly"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use devzone_rules::api;
use devzone_rules::error::Error;
use devzone_rules::rules::{Computed, ComputedVisitor, RuleId};
use serde_json::{json, Map, Value};

/// Keys a case may have; anything else is a typo (`expected`, `expect_error`, …) and fails.
const CASE_KEYS: &[&str] = &[
    "id",
    "note",
    "input",
    "options",
    "violatesSchema",
    "expect",
    "expectError",
    "expectDuties",
    "expectNotOwed",
    "expectBearers",
];
/// The expectations of an answer; a case has one or more of them, or `expectError` alone.
const ANSWER_KEYS: &[&str] = &["expect", "expectDuties", "expectNotOwed", "expectBearers"];
/// Keys of `expectError`, all required.
const ERROR_KEYS: &[&str] = &["code", "path", "message"];
/// Keys a vector file may have.
const FILE_KEYS: &[&str] = &["rule", "function", "source", "matching", "cases"];
/// The functions a file may call, and the schema of their input.
const FUNCTIONS: &[(&str, &str)] = &[
    ("zoneSummary", "zone-summary"),
    ("report", "report"),
    ("obligations", "obligations"),
    ("calendar", "calendar"),
    ("fees", "fees"),
];
const LANGS: [&str; 3] = ["zh", "ko", "en"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn vectors_dir() -> PathBuf {
    workspace().join("tests/vectors")
}

fn snapshots_dir() -> PathBuf {
    vectors_dir().join("snapshots")
}

/// The `*.json` files under `dir` (any depth, `snapshots/` left out), sorted.
fn vector_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "snapshots") {
                    walk(&path, out)?;
                }
            } else if path.extension().is_some_and(|x| x == "json") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.json test vectors in {}", dir.display()));
    }
    Ok(files)
}

/// Compact JSON for messages.
fn show(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|e| format!("<unprintable: {e}>"))
}

/// `AnswerRef` (what the API writes) and `AnswerView` (the owned, typed view) give the same
/// JSON text for the answer to `input`, in every language (inputs serde alone cannot decode, and
/// errors, are the boundary's business and checked elsewhere).
fn same_views(rule: RuleId, input: &Value, options: &Value) {
    struct Same<'a>(&'a Value, &'a Value);
    impl ComputedVisitor for Same<'_> {
        type Out = ();
        fn visit<T: Computed>(self) {
            use devzone_rules::answer::view::{AnswerRef, AnswerView};
            use devzone_rules::messages::Lang;
            let (Ok(input), Ok(options)) = (
                serde_json::from_value::<T::Input>(self.0.clone()),
                api::Options::from_value(self.1),
            ) else {
                return;
            };
            let Ok(answer) = T::eval(input, &options.params) else {
                return;
            };
            for lang in [Lang::Zh, Lang::Ko, Lang::En] {
                let full = serde_json::to_string(&AnswerRef::new(&answer, lang)).unwrap();
                assert_eq!(
                    full,
                    serde_json::to_string(&AnswerView::new(&answer, lang)).unwrap(),
                    "{}: AnswerRef and AnswerView differ in {lang:?}",
                    T::RULE.as_str()
                );
                // The shared form (what the wasm package reads): the static parts and the
                // parameters used `null`; with them put back in their places (as the package's
                // JS does), the full text.
                let shared = serde_json::to_string(
                    &AnswerRef::new(&answer, lang).sharing().sharing_params(),
                )
                .unwrap();
                let view = AnswerView::new(&answer, lang).envelope;
                let filled = [
                    ("clause", serde_json::to_string(&view.clause).unwrap()),
                    (
                        "ambiguities",
                        serde_json::to_string(&view.ambiguities).unwrap(),
                    ),
                    ("rulebook", serde_json::to_string(&view.rulebook).unwrap()),
                    (
                        "paramsUsed",
                        serde_json::to_string(&view.params_used).unwrap(),
                    ),
                ]
                .iter()
                .fold(shared, |text, (key, part)| {
                    let null = format!("\"{key}\":null");
                    assert_eq!(
                        text.matches(&null).count(),
                        1,
                        "{}: {key} shared once",
                        T::RULE.as_str()
                    );
                    text.replacen(&null, &format!("\"{key}\":{part}"), 1)
                });
                assert_eq!(
                    filled,
                    full,
                    "{}: the shared form filled differs in {lang:?}",
                    T::RULE.as_str()
                );
            }
        }
    }
    devzone_rules::rules::visit_computed(rule, Same(input, options));
}

/// `brief` (the text of `api::decide`) says what `answer` says in brief: its rule, outcome,
/// severity and the codes of its reasons and `needsHuman`; or it is the same error.
fn same_brief(rule: RuleId, answer: &Result<Value, Error>, brief: Result<String, Error>) {
    match (answer, brief) {
        (Ok(a), Ok(b)) => {
            assert!(b.is_ascii(), "{}: the brief is not ASCII", rule.as_str());
            let b: Value = serde_json::from_str(&b).expect("JSON text");
            let codes = |key: &str| {
                Value::Array(
                    a[key]
                        .as_array()
                        .expect(key)
                        .iter()
                        .map(|r| r["code"].clone())
                        .collect(),
                )
            };
            let expected = serde_json::json!({
                "ruleId": a["ruleId"],
                "outcome": a["outcome"],
                "severity": a["severity"],
                "reasonCodes": codes("reasons"),
                "needsHumanCodes": codes("needsHuman"),
            });
            assert_eq!(b, expected, "{}: the brief differs", rule.as_str());
        }
        (Err(a), Err(b)) => assert_eq!(a, &b, "{}: the brief's error differs", rule.as_str()),
        (a, b) => panic!("{}: evaluate {a:?}, decide {b:?}", rule.as_str()),
    }
}

// ---------------------------------------------------------------------------------------------
// What a file calls
// ---------------------------------------------------------------------------------------------

/// A reader of `api::evaluate_to_text_sharing`: one that holds nothing (every part is written),
/// one that defers the reasons (as the wasm package does), or one that asks for the reasons alone
/// (as the package does when deferred reasons are read).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Nothing,
    Deferring,
    ReasonsOnly,
}

impl api::Holds for Reader {
    fn statics(&mut self, _: RuleId, _: devzone_rules::Lang) -> bool {
        *self == Self::ReasonsOnly
    }
    fn params(&mut self, _: RuleId, _: &devzone_rules::answer::ParamsUsed) -> bool {
        *self == Self::ReasonsOnly
    }
    fn defers_reasons(&mut self) -> bool {
        *self == Self::Deferring
    }
    fn reasons_only(&mut self) -> bool {
        *self == Self::ReasonsOnly
    }
}

/// A reader holding every shared part and deferring the reasons, as the wasm package is after
/// its first answer of a rule: what it was told of the answer's head.
/// With `.1`, it says it holds every head: the answer is then written without it.
#[derive(Default)]
struct Heads(Option<devzone_rules::answer::view::Head>, bool);

impl api::Holds for Heads {
    fn statics(&mut self, _: RuleId, _: devzone_rules::Lang) -> bool {
        true
    }
    fn params(&mut self, _: RuleId, _: &devzone_rules::answer::ParamsUsed) -> bool {
        true
    }
    fn defers_reasons(&mut self) -> bool {
        true
    }
    fn head(&mut self, head: &devzone_rules::answer::view::Head) -> bool {
        self.0 = Some(*head);
        self.1
    }
}

/// Every head told so far (as its `Debug` text) and its text, and the other way round.
static HEADS: std::sync::Mutex<(BTreeMap<String, String>, BTreeMap<String, String>)> =
    std::sync::Mutex::new((BTreeMap::new(), BTreeMap::new()));

/// `rule` on `input` in each language, read as by [`Heads`]: told a head, whose text (up to and
/// including `"rulebook":null`) is the one every earlier answer of that head had, and no other
/// head's.
fn same_heads(rule: RuleId, input: &Value, options: &Value) {
    for lang in ["zh", "ko", "en"] {
        let mut options = options.clone();
        if let Some(o) = options.as_object_mut() {
            o.insert("lang".into(), Value::from(lang));
        } else {
            options = serde_json::json!({ "lang": lang });
        }
        let mut reader = Heads::default();
        let Ok(text) = api::evaluate_to_text_sharing(rule.as_str(), input, &options, &mut reader)
        else {
            assert!(
                reader.0.is_none(),
                "{}: a head told for an error",
                rule.as_str()
            );
            continue;
        };
        let head = reader
            .0
            .unwrap_or_else(|| panic!("{}: no head told", rule.as_str()));
        assert_eq!(head.rule, rule);
        let end = text.find("\"rulebook\":null").expect("the head's end") + 15;
        let (key, prefix) = (format!("{head:?}"), text[..end].to_owned());
        let mut heads = HEADS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (by_head, by_text) = &mut *heads;
        let known = by_head.entry(key.clone()).or_insert_with(|| prefix.clone());
        assert_eq!(known, &prefix, "{}: one head, two texts", rule.as_str());
        let owner = by_text.entry(prefix).or_insert_with(|| key.clone());
        assert_eq!(owner, &key, "{}: one text, two heads", rule.as_str());
        drop(heads);
        // A reader holding the head reads the rest: `{`, what follows the head, `}`.
        let mut holding = Heads(None, true);
        let rest = api::evaluate_to_text_sharing(rule.as_str(), input, &options, &mut holding)
            .expect("the same answer");
        assert_eq!(holding.0, Some(head));
        let expected = match &text[end..] {
            "}" => String::from("{}"),
            after => format!(
                "{{{}",
                after.strip_prefix(',').expect("a field after the head")
            ),
        };
        assert_eq!(
            rest,
            expected,
            "{}: written without its head",
            rule.as_str()
        );
    }
}

/// A rule (`api::evaluate`) or a function of the API.
#[derive(Clone, Copy, Debug)]
enum Call {
    Rule(RuleId),
    Function(&'static str),
}

impl Call {
    fn run(self, input: &Value, options: &Value) -> Result<Value, Error> {
        match self {
            Self::Rule(r) => {
                let answer = api::evaluate(r.as_str(), input, options);
                // The text path (the wasm boundary's) gives the same answer, or the same error.
                let text = api::evaluate_to_text(r.as_str(), input, options);
                // The borrowed view the API writes is the owned `AnswerView`, byte for byte.
                same_views(r, input, options);
                match (&answer, &text) {
                    (Ok(a), Ok(t)) => assert_eq!(
                        &serde_json::from_str::<Value>(t).expect("JSON text"),
                        a,
                        "{}: evaluate_to_text differs",
                        r.as_str()
                    ),
                    (Err(a), Err(t)) => assert_eq!(a, t),
                    _ => panic!("{}: evaluate and evaluate_to_text disagree", r.as_str()),
                }
                // The answers' writer writes serde_json's text, byte for byte.
                let reference = api::evaluate_to_text_by_serde_json(r.as_str(), input, options);
                assert_eq!(
                    text,
                    reference,
                    "{}: the text is not serde_json's",
                    r.as_str()
                );
                // The wasm package's text (a reader sharing nothing yet): every part written,
                // in ASCII, byte for byte the text above with its other characters escaped.
                let shared =
                    api::evaluate_to_text_sharing(r.as_str(), input, options, &mut Reader::Nothing);
                match (&text, &shared) {
                    (Ok(t), Ok(s)) => {
                        assert!(s.is_ascii(), "{}: the shared text is not ASCII", r.as_str());
                        assert_eq!(
                            &api::ascii_json(t.clone()),
                            s,
                            "{}: the shared text differs",
                            r.as_str()
                        );
                    }
                    (Err(t), Err(s)) => assert_eq!(t, s),
                    _ => panic!("{}: the two text paths disagree", r.as_str()),
                }
                // Deferring the reasons: `reasons` and `needsHuman` are `null` where they are not
                // empty, and everything else is as written in full.
                let deferred = api::evaluate_to_text_sharing(
                    r.as_str(),
                    input,
                    options,
                    &mut Reader::Deferring,
                );
                match (&answer, &deferred) {
                    (Ok(a), Ok(d)) => {
                        let mut d: Value = serde_json::from_str(d).expect("JSON text");
                        for key in ["reasons", "needsHuman"] {
                            let whole = a.get(key).and_then(Value::as_array).expect(key);
                            let slot = d.get_mut(key).expect(key);
                            if whole.is_empty() {
                                assert_eq!(slot, &Value::Array(vec![]), "{}: {key}", r.as_str());
                            } else {
                                assert!(slot.is_null(), "{}: {key} is not deferred", r.as_str());
                                *slot = Value::Array(whole.clone());
                            }
                        }
                        assert_eq!(&d, a, "{}: the deferring text differs", r.as_str());
                    }
                    (Err(a), Err(d)) => assert_eq!(a, d),
                    _ => panic!("{}: deferring the reasons changed the outcome", r.as_str()),
                }
                // The reasons alone, as the package asks for deferred ones: `[reasons,
                // needsHuman]`, in ASCII, each the answer's own.
                let alone = api::evaluate_to_text_sharing(
                    r.as_str(),
                    input,
                    options,
                    &mut Reader::ReasonsOnly,
                );
                match (&answer, &alone) {
                    (Ok(a), Ok(t)) => {
                        assert!(
                            t.is_ascii(),
                            "{}: the reasons' text is not ASCII",
                            r.as_str()
                        );
                        let pair: Value = serde_json::from_str(t).expect("JSON text");
                        assert_eq!(
                            pair,
                            Value::Array(vec![a["reasons"].clone(), a["needsHuman"].clone()]),
                            "{}: the reasons alone differ",
                            r.as_str()
                        );
                    }
                    (Err(a), Err(t)) => assert_eq!(a, t),
                    _ => panic!(
                        "{}: asking for the reasons alone changed the outcome",
                        r.as_str()
                    ),
                }
                // A reader holding every shared part and deferring the reasons is told the
                // answer's head, and the head's text is the same for every answer of the same
                // head and different for different heads (the wasm package keeps the head it
                // read for each).
                same_heads(r, input, options);
                // The answer in brief (`api::decide`, its text too): the same outcome, severity
                // and codes, or the same error.
                same_brief(r, &answer, api::decide_to_text(r.as_str(), input, options));
                answer
            }
            Self::Function(f) => match f {
                "zoneSummary" => api::zone_summary(input, options),
                "report" => api::report(input, options),
                "obligations" => api::obligations(input, options),
                "calendar" => api::calendar(input, options),
                "fees" => api::fees(input, options),
                other => unreachable!("unknown function {other}"),
            },
        }
    }

    /// The call as the snapshot header shows it.
    fn describe(self) -> String {
        match self {
            Self::Rule(r) => format!("evaluate(\"{}\", input, options)", r.as_str()),
            Self::Function(f) => format!("{f}(input, options)"),
        }
    }

    /// The name of the input's schema.
    fn schema_name(self) -> &'static str {
        match self {
            Self::Rule(r) => r.as_str(),
            Self::Function(f) => FUNCTIONS
                .iter()
                .find(|(name, _)| *name == f)
                .map_or("", |(_, s)| *s),
        }
    }

    /// Whether serde alone (not the boundary's stricter reader, not the rule) can decode
    /// `input` as the input type.
    fn decodes(self, input: &Value) -> bool {
        struct Decodes<'a>(&'a Value);
        impl ComputedVisitor for Decodes<'_> {
            type Out = bool;
            fn visit<T: Computed>(self) -> bool {
                serde_json::from_value::<T::Input>(self.0.clone()).is_ok()
            }
        }
        fn ok<T: serde::de::DeserializeOwned>(v: &Value) -> bool {
            serde_json::from_value::<T>(v.clone()).is_ok()
        }
        match self {
            Self::Rule(r) => {
                devzone_rules::rules::visit_computed(r, Decodes(input)).unwrap_or(false)
            }
            Self::Function("zoneSummary") => ok::<devzone_rules::summary::ZoneSummaryInput>(input),
            Self::Function("report") => ok::<devzone_rules::report::ReportInput>(input),
            Self::Function("obligations") => ok::<devzone_rules::report::ObligationsInput>(input),
            Self::Function("calendar") => ok::<devzone_rules::report::CalendarInput>(input),
            Self::Function(_) => ok::<devzone_rules::rules::art11_land::ConstructionInput>(input),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs: `$include`
// ---------------------------------------------------------------------------------------------

/// Replaces every `{"$include": path, "$pointer"?: pointer, "$set"?: {...}}` in `v`.
fn expand(v: &Value) -> Result<Value, String> {
    match v {
        Value::Object(map) if map.contains_key("$include") => {
            if let Some(k) = map
                .keys()
                .find(|k| !["$include", "$pointer", "$set"].contains(&k.as_str()))
            {
                return Err(format!("unknown `$include` key `{k}`"));
            }
            let file = map["$include"]
                .as_str()
                .ok_or("`$include` must be a path string")?;
            let text = std::fs::read_to_string(workspace().join(file))
                .map_err(|e| format!("cannot read `$include` {file}: {e}"))?;
            let mut doc: Value = serde_json::from_str(&text)
                .map_err(|e| format!("`$include` {file} is not JSON: {e}"))?;
            if let Some(p) = map.get("$pointer") {
                let p = p.as_str().ok_or("`$pointer` must be a string")?;
                doc = doc
                    .pointer(p)
                    .cloned()
                    .ok_or_else(|| format!("`$pointer` {p} is not in {file}"))?;
            }
            if let Some(set) = map.get("$set") {
                let set = set.as_object().ok_or("`$set` must be an object")?;
                for (k, x) in set {
                    let value = expand(x)?;
                    if k.starts_with('/') {
                        // A JSON pointer to a value that exists: replace it.
                        *doc.pointer_mut(k)
                            .ok_or_else(|| format!("`$set` pointer {k} is not in {file}"))? = value;
                    } else {
                        doc.as_object_mut()
                            .ok_or("`$set` needs an included object")?
                            .insert(k.clone(), value);
                    }
                }
            }
            Ok(doc)
        }
        Value::Object(map) => Ok(Value::Object(
            map.iter()
                .map(|(k, x)| Ok((k.clone(), expand(x)?)))
                .collect::<Result<Map<String, Value>, String>>()?,
        )),
        Value::Array(items) => Ok(Value::Array(
            items.iter().map(expand).collect::<Result<_, _>>()?,
        )),
        other => Ok(other.clone()),
    }
}

// ---------------------------------------------------------------------------------------------
// The matcher
// ---------------------------------------------------------------------------------------------

/// Lists where `actual` differs from `expected`, as `path: expected X, got Y` lines. An expected
/// `null` also matches an absent key.
fn diff(path: &str, expected: &Value, actual: Option<&Value>, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Null, None) => {}
        (_, None) => out.push(format!(
            "{path}: expected {}, got nothing (key absent)",
            show(expected)
        )),
        (Value::Object(e), Some(Value::Object(a))) => {
            let keys: BTreeSet<&String> = e.keys().chain(a.keys()).collect();
            for k in keys {
                let p = format!("{path}.{k}");
                match (e.get(k), a.get(k)) {
                    (Some(ev), av) => diff(&p, ev, av, out),
                    (None, Some(av)) => out.push(format!("{p}: unexpected key, got {}", show(av))),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(e), Some(Value::Array(a))) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                diff(&format!("{path}[{i}]"), ev, Some(av), out);
            }
        }
        (e, Some(a)) if e != a => {
            out.push(format!("{path}: expected {}, got {}", show(e), show(a)));
        }
        _ => {}
    }
}

fn codes_of(answer: &Value, list: &str) -> Option<Value> {
    answer.get(list).and_then(Value::as_array).map(|rs| {
        Value::Array(
            rs.iter()
                .map(|r| r.get("code").cloned().unwrap_or(Value::Null))
                .collect(),
        )
    })
}

/// A projection of the answer by an `expect` key, or `None` for a plain key.
fn projection(key: &str, answer: &Value) -> Option<Result<Value, String>> {
    let list = |name: &str| {
        answer
            .get(name)
            .and_then(Value::as_array)
            .ok_or_else(|| format!("the answer has no `{name}` list"))
    };
    let field = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    Some(match key {
        "reasonCodes" => codes_of(answer, "reasons").ok_or_else(|| "no `reasons` list".into()),
        "needsHumanCodes" => {
            codes_of(answer, "needsHuman").ok_or_else(|| "no `needsHuman` list".into())
        }
        "findingOutcomes" => list("findings").map(|fs| {
            fs.iter()
                .map(|f| json!([field(f, "ruleId"), field(f, "outcome")]))
                .collect()
        }),
        "permissionStatuses" => list("permissions").map(|ps| {
            ps.iter()
                .map(|p| {
                    json!([
                        field(p, "action"),
                        field(p, "status"),
                        field(p, "decidedBy")
                    ])
                })
                .collect()
        }),
        _ => return pluck(key, answer),
    })
}

/// `list[*].field`: that field of every item of the answer's `list` (`null` where absent).
fn pluck(key: &str, answer: &Value) -> Option<Result<Value, String>> {
    let (list, field) = key.split_once("[*].")?;
    Some(
        answer
            .get(list)
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .map(|x| x.get(field).cloned().unwrap_or(Value::Null))
                    .collect()
            })
            .ok_or_else(|| format!("the answer has no `{list}` list")),
    )
}

/// The matching rule for an answer's `expect`.
fn match_answer(expect: &Map<String, Value>, answer: &Value, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (key, expected) in expect {
        let at = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        if key == "findingsByRule" {
            out.extend(match_findings(expected, answer, &at));
            continue;
        }
        match projection(key, answer) {
            Some(Ok(actual)) if actual != *expected => out.push(format!(
                "{at}: expected {}, got {}",
                show(expected),
                show(&actual)
            )),
            Some(Ok(_)) => {}
            Some(Err(e)) => out.push(format!("{at}: {e}")),
            None => diff(&at, expected, answer.get(key), &mut out),
        }
    }
    out
}

/// `findingsByRule`: `{"art-14.d@2020": {...}}` matches the one finding of that rule (and year).
fn match_findings(expected: &Value, answer: &Value, at: &str) -> Vec<String> {
    let Some(by_rule) = expected.as_object() else {
        return vec![format!("{at}: must be an object")];
    };
    let findings = answer
        .get("findings")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::new();
    for (key, want) in by_rule {
        let (rule, year) = match key.split_once('@') {
            Some((r, y)) => (r, y.parse::<i64>().ok()),
            None => (key.as_str(), None),
        };
        let matching: Vec<&Value> = findings
            .iter()
            .filter(|f| f["ruleId"] == rule)
            .filter(|f| year.is_none_or(|y| f["year"].as_i64() == Some(y)))
            .collect();
        match (matching.as_slice(), want.as_object()) {
            ([one], Some(want)) => out.extend(match_answer(want, one, &format!("{at}.{key}"))),
            (_, None) => out.push(format!("{at}.{key}: must be an object")),
            (many, _) => out.push(format!("{at}.{key}: {} findings match", many.len())),
        }
    }
    out
}

/// The obligations matchers:
/// * `expectDuties`: each entry matches the one duty of `input.agency` (the first bearer of the
///   answer) with its `ruleId` (and `year`, when given); every key it lists must equal the
///   duty's (an absent key reads as null), `reasonCodes` being the duty's reasons' codes;
/// * `expectNotOwed`: rule ids of which that bearer has no duty at all;
/// * `expectBearers`: for each rule id, the bearers of its duties over every bearer of the
///   answer, one entry per duty, compared in sorted order (`[]`: nobody owes it).
fn match_duties(case: &Map<String, Value>, answer: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let duties = answer["agencies"][0]["duties"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for rule in case
        .get("expectNotOwed")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if duties.iter().any(|d| &d["ruleId"] == rule) {
            out.push(format!("expectNotOwed: {rule} is owed, expected not"));
        }
    }
    let all: Vec<&Value> = answer["agencies"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| a["duties"].as_array().into_iter().flatten())
        .collect();
    for (rule, want) in case
        .get("expectBearers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let mut got: Vec<&str> = all
            .iter()
            .filter(|d| d["ruleId"] == rule.as_str())
            .filter_map(|d| d["bearer"].as_str())
            .collect();
        got.sort_unstable();
        let mut want: Vec<&str> = want
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        want.sort_unstable();
        if got != want {
            out.push(format!(
                "expectBearers.{rule}: expected {want:?}, got {got:?}"
            ));
        }
    }
    for e in case
        .get("expectDuties")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let rule = &e["ruleId"];
        let matching: Vec<&Value> = duties
            .iter()
            .filter(|d| &d["ruleId"] == rule)
            .filter(|d| e.get("year").is_none_or(|y| &d["year"] == y))
            .collect();
        let [duty] = matching[..] else {
            out.push(format!("expectDuties: {} duties match {e}", matching.len()));
            continue;
        };
        for (k, want) in e.as_object().into_iter().flatten() {
            let got = if k == "reasonCodes" {
                codes_of(duty, "reasons").unwrap_or(Value::Null)
            } else {
                duty.get(k).cloned().unwrap_or(Value::Null)
            };
            if &got != want {
                out.push(format!(
                    "expectDuties {rule} {k}: expected {want}, got {got}"
                ));
            }
        }
    }
    out
}

/// The matching rule for an expected error.
fn match_error(expect: &Map<String, Value>, err: &Error) -> Vec<String> {
    let actual = [
        ("code", err.code.as_str().to_owned()),
        ("path", err.path.clone()),
        ("message", err.to_string()),
    ];
    let mut out = Vec::new();
    if let Ok(f) = std::env::var("DEVZONE_ERRFIX") {
        use std::io::Write as _;
        let line = json!({"wantPath": expect.get("path"), "wantMessage": expect.get("message"), "path": err.path, "message": err.to_string()});
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(f)
            .unwrap();
        writeln!(file, "{line}").unwrap();
    }
    for (key, got) in actual {
        let want = expect.get(key).and_then(Value::as_str).unwrap_or_default();
        if want != got {
            out.push(format!("error {key}: expected {want:?}, got {got:?}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Files and cases
// ---------------------------------------------------------------------------------------------

/// What a case expects.
enum Expectation<'a> {
    Answer(&'a Map<String, Value>),
    Error(&'a Map<String, Value>),
}

fn case_shape(case: &Map<String, Value>) -> Result<Expectation<'_>, String> {
    if let Some(k) = case.keys().find(|k| !CASE_KEYS.contains(&k.as_str())) {
        return Err(format!(
            "unknown case key `{k}` (allowed: {})",
            CASE_KEYS.join(", ")
        ));
    }
    if !case.contains_key("input") {
        return Err("missing `input` (write `\"input\": null` to test a null input)".to_owned());
    }
    if case
        .get("violatesSchema")
        .is_some_and(|v| v != &Value::Bool(true))
    {
        return Err("`violatesSchema` is `true` or absent".to_owned());
    }
    let answers = ANSWER_KEYS
        .iter()
        .filter(|k| case.contains_key(**k))
        .count();
    match (answers, case.get("expectError")) {
        (1.., Some(_)) => Err("has both an answer expectation and `expectError`".to_owned()),
        (0, None) => Err("has neither `expect` nor `expectError`".to_owned()),
        (_, None) => match case.get("expect") {
            Some(Value::Object(e)) if e.is_empty() => {
                Err("`expect` must be a non-empty object".to_owned())
            }
            Some(Value::Object(_)) | None => Ok(Expectation::Answer(case)),
            Some(_) => Err("`expect` must be a non-empty object".to_owned()),
        },
        (0, Some(Value::Object(e))) => {
            if let Some(k) = e.keys().find(|k| !ERROR_KEYS.contains(&k.as_str())) {
                return Err(format!("unknown `expectError` key `{k}`"));
            }
            if let Some(k) = ERROR_KEYS
                .iter()
                .find(|k| !e.get(**k).is_some_and(Value::is_string))
            {
                return Err(format!("`expectError.{k}` must be a string"));
            }
            Ok(Expectation::Error(e))
        }
        (0, Some(_)) => Err("`expectError` must be an object".to_owned()),
    }
}

/// A case that passed its shape check, ready for the snapshot and the parameter checks.
struct Case {
    id: String,
    /// The case as written (for the snapshot header).
    written: Map<String, Value>,
    input: Value,
    options: Value,
    expects_error: bool,
}

/// A checked vector file.
#[derive(Default)]
struct Report {
    cases: Vec<Case>,
    /// Every case id, passing or not (so a failing case's snapshot is not called an orphan).
    ids: Vec<String>,
    failures: Vec<String>,
    call: Option<Call>,
}

/// Checks every case of one vector file (`name` is used in messages only): its shape, its
/// expectation, the replay of `paramsUsed` and its schema.
fn check_file(name: &str, text: &str) -> Report {
    let mut report = Report::default();
    let fail = |id: &str, problems: &[String]| {
        let mut s = format!("{name} {id}:");
        for p in problems {
            let _ = write!(s, "\n    {p}");
        }
        s
    };
    let doc: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            report
                .failures
                .push(fail("<file>", &[format!("not valid JSON: {e}")]));
            return report;
        }
    };
    let Some(doc) = doc.as_object() else {
        report.failures.push(fail(
            "<file>",
            &["the file must hold a JSON object".to_owned()],
        ));
        return report;
    };
    if let Some(k) = doc.keys().find(|k| !FILE_KEYS.contains(&k.as_str())) {
        report
            .failures
            .push(fail("<file>", &[format!("unknown file key `{k}`")]));
    }
    let call = match (doc.get("rule"), doc.get("function")) {
        (Some(r), None) => match r.as_str().and_then(RuleId::parse) {
            Some(rule) => Call::Rule(rule),
            None => {
                report.failures.push(fail(
                    "<file>",
                    &[format!("`rule` is {}, not a known rule id", show(r))],
                ));
                return report;
            }
        },
        (None, Some(f)) => match FUNCTIONS.iter().find(|(n, _)| Some(*n) == f.as_str()) {
            Some((n, _)) => Call::Function(n),
            None => {
                report.failures.push(fail(
                    "<file>",
                    &[format!("`function` is {}, not a known function", show(f))],
                ));
                return report;
            }
        },
        _ => {
            report.failures.push(fail(
                "<file>",
                &["a file has exactly one of `rule` and `function`".to_owned()],
            ));
            return report;
        }
    };
    report.call = Some(call);
    let cases = match doc.get("cases").and_then(Value::as_array) {
        Some(c) if !c.is_empty() => c,
        _ => {
            report.failures.push(fail(
                "<file>",
                &["`cases` must be a non-empty list".to_owned()],
            ));
            return report;
        }
    };
    let schemas = Schemas::new(call);
    let mut seen = BTreeSet::new();
    for (i, case) in cases.iter().enumerate() {
        let Some(case) = case.as_object() else {
            report.failures.push(fail(
                &format!("cases[{i}]"),
                &["a case must be an object".to_owned()],
            ));
            continue;
        };
        let id = match case.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => format!("cases[{i}]"),
        };
        if !case.get("id").is_some_and(Value::is_string) {
            report
                .failures
                .push(fail(&id, &["missing string `id`".to_owned()]));
            continue;
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        {
            report.failures.push(fail(
                &id,
                &["an id is letters, digits, `.`, `_` and `-` (it names a file)".to_owned()],
            ));
            continue;
        }
        if !seen.insert(id.clone()) {
            report
                .failures
                .push(fail(&id, &["duplicate id".to_owned()]));
            continue;
        }
        report.ids.push(id.clone());
        let expectation = match case_shape(case) {
            Ok(e) => e,
            Err(problem) => {
                report.failures.push(fail(&id, &[problem]));
                continue;
            }
        };
        let input = match expand(&case["input"]) {
            Ok(v) => v,
            Err(problem) => {
                report.failures.push(fail(&id, &[problem]));
                continue;
            }
        };
        let options = case.get("options").cloned().unwrap_or(Value::Null);
        let mut problems = match (&expectation, call.run(&input, &options)) {
            (Expectation::Answer(c), Ok(answer)) => {
                let mut problems = Vec::new();
                if let Some(e) = c.get("expect").and_then(Value::as_object) {
                    problems.extend(match_answer(e, &answer, ""));
                }
                problems.extend(match_duties(c, &answer));
                if let Call::Rule(rule) = call {
                    problems.extend(replay(rule, &input, &options, &answer));
                }
                problems
            }
            (Expectation::Answer(_), Err(err)) => vec![format!(
                "expected an answer, got error {} at {:?}: {err}",
                err.code.as_str(),
                err.path
            )],
            (Expectation::Error(e), Err(err)) => match_error(e, &err),
            (Expectation::Error(e), Ok(answer)) => vec![format!(
                "expected error {} at {}, got an answer with outcome {}",
                show(e.get("code").unwrap_or(&Value::Null)),
                show(e.get("path").unwrap_or(&Value::Null)),
                show(answer.get("outcome").unwrap_or(&Value::Null)),
            )],
        };
        let expects_error = matches!(expectation, Expectation::Error(_));
        problems.extend(schemas.check(call, case, &input, &options, expects_error));
        if problems.is_empty() {
            report.cases.push(Case {
                id,
                written: case.clone(),
                input,
                options,
                expects_error,
            });
        } else {
            report.failures.push(fail(&id, &problems));
        }
    }
    report
}

/// An answer's `paramsUsed` passed back as `params` (in the same language) reproduces the
/// answer exactly: `paramsUsed` holds parameters only, each by its `params` name, in the form
/// `params` takes.
fn replay(rule: RuleId, input: &Value, options: &Value, answer: &Value) -> Vec<String> {
    let mut again = Map::new();
    if let Some(lang) = options.get("lang") {
        again.insert("lang".to_owned(), lang.clone());
    }
    again.insert(
        "params".to_owned(),
        answer.get("paramsUsed").cloned().unwrap_or(Value::Null),
    );
    match api::evaluate(rule.as_str(), input, &Value::Object(again)) {
        Ok(replayed) if replayed == *answer => Vec::new(),
        Ok(replayed) => {
            let mut out = Vec::new();
            diff("replayed", answer, Some(&replayed), &mut out);
            out.insert(
                0,
                "passing `paramsUsed` back as `params` changes the answer:".to_owned(),
            );
            out
        }
        Err(e) => vec![format!(
            "`paramsUsed` passed back as `params` is refused: {e}"
        )],
    }
}

// ---------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------

fn validator(name: &str) -> jsonschema::Validator {
    let schema = devzone_rules::schema::schema(name).unwrap_or_else(|| panic!("no schema {name}"));
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema {name}: {e}"))
}

/// The input and options schemas of one file's call.
struct Schemas {
    input: jsonschema::Validator,
    options: jsonschema::Validator,
}

impl Schemas {
    fn new(call: Call) -> Self {
        // The report's options add its filters and paging to every call's options.
        let options = if matches!(call, Call::Function("report")) {
            "report-options"
        } else {
            "options"
        };
        Self {
            input: validator(call.schema_name()),
            options: validator(options),
        }
    }

    /// The first few places where `value` breaks the schema.
    fn errors(v: &jsonschema::Validator, value: &Value, root: &str) -> Vec<String> {
        v.iter_errors(value)
            .take(3)
            .map(|e| format!("{root}{}: {e}", e.instance_path()))
            .collect()
    }

    fn check(
        &self,
        call: Call,
        case: &Map<String, Value>,
        input: &Value,
        options: &Value,
        expects_error: bool,
    ) -> Vec<String> {
        let mut broken = Self::errors(&self.input, input, "input");
        if !options.is_null() {
            broken.extend(Self::errors(&self.options, options, "options"));
        }
        let marked = case.contains_key("violatesSchema");
        let mut out = Vec::new();
        match (marked, broken.is_empty()) {
            (true, true) => out.push(format!(
                "marked `violatesSchema` but the {} schema accepts the input and options",
                call.schema_name()
            )),
            (true, false) if !expects_error => {
                out.push("marked `violatesSchema` but expects an answer".to_owned());
            }
            (false, false) => {
                out.push(format!(
                    "the {} schema refuses the case (mark it `\"violatesSchema\": true` if it \
                     must be refused):",
                    call.schema_name()
                ));
                out.extend(broken.into_iter().map(|b| format!("  {b}")));
            }
            _ => {}
        }
        if !marked && !call.decodes(input) {
            out.push(
                "the input type cannot decode the input, yet it is not marked \
                 `violatesSchema`: the schema must refuse what decoding refuses"
                    .to_owned(),
            );
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------------

/// The options of `case` in language `lang`.
fn in_lang(options: &Value, lang: &str) -> Value {
    let mut o = options.as_object().cloned().unwrap_or_default();
    o.insert("lang".to_owned(), json!(lang));
    Value::Object(o)
}

/// An error as its snapshot holds it: the view in one language. A Chinese or Korean view must
/// be in that language (its message differs from the English one and has Chinese or Hangul
/// characters): no English left in what a person reads.
fn error_json(e: &Error, lang: &str) -> Value {
    let l: devzone_rules::Lang = lang.parse().unwrap();
    let view = e.view(l);
    if l != devzone_rules::Lang::En {
        let en = e.view(devzone_rules::Lang::En);
        let native = |s: &str| {
            s.chars().any(|c| {
                ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{ac00}'..='\u{d7a3}').contains(&c)
            })
        };
        assert!(
            view.message != en.message && native(&view.message) && native(&view.help),
            "{lang} error not translated: {} / {}",
            view.message,
            view.help
        );
        if let (Some(x), Some(y)) = (&view.expected, &en.expected) {
            assert!(x != y, "{lang} `expected` not translated: {y}");
        }
    }
    serde_json::to_value(view).unwrap()
}

/// What a case's snapshot holds: the answer in each language, or the error (which no language
/// changes).
fn snapshot_of(call: Call, case: &Case) -> Result<Value, String> {
    let mut answers = Map::new();
    let mut errors = Vec::new();
    for lang in LANGS {
        match call.run(&case.input, &in_lang(&case.options, lang)) {
            Ok(a) => {
                answers.insert(lang.to_owned(), a);
            }
            Err(e) => errors.push((lang, error_json(&e, lang))),
        }
    }
    let same = |a: &Value, b: &Value| {
        ["code", "problem", "path", "got"]
            .iter()
            .all(|k| a[k] == b[k])
    };
    match (answers.len(), errors.as_slice()) {
        (3, []) => Ok(Value::Object(answers)),
        (0, [(_, first), rest @ ..]) if rest.iter().all(|(_, e)| same(e, first)) => {
            let by_lang: Map<String, Value> = errors
                .iter()
                .map(|(l, e)| ((*l).to_owned(), e.clone()))
                .collect();
            Ok(json!({ "error": by_lang }))
        }
        _ => Err(format!(
            "the languages disagree: {} answers, errors {}",
            answers.len(),
            show(&Value::Array(errors.into_iter().map(|(_, e)| e).collect()))
        )),
    }
}

/// A message with a `{placeholder}` left in it, anywhere in `v`.
fn unfilled(v: &Value, path: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{path}.{k}");
                if k == "message" {
                    if let Some(s) = x.as_str() {
                        // A placeholder is `{name}`; `{…}` is how a message shows a JSON object.
                        let placeholder = s
                            .split('{')
                            .skip(1)
                            .any(|r| r.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'));
                        if s.is_empty() || placeholder {
                            out.push(format!("{p}: unfilled message `{s}`"));
                        }
                    }
                }
                unfilled(x, &p, out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                unfilled(x, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The snapshot folder of a vector file: `snapshots/<path without .json>`.
fn snapshot_folder(rel: &Path) -> PathBuf {
    snapshots_dir().join(rel.with_extension(""))
}

/// Writes (or compares) the snapshot of every case of a checked file; returns the failures.
fn snapshot_file(rel: &Path, report: &Report) -> Vec<String> {
    let Some(call) = report.call else {
        return Vec::new();
    };
    let folder = snapshot_folder(rel);
    // insta takes the snapshot path relative to this file's folder (core/tests).
    let relative = Path::new("../../tests/vectors/snapshots").join(rel.with_extension(""));
    let mut failures = Vec::new();
    for case in &report.cases {
        let value = match snapshot_of(call, case) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{} {}: {e}", rel.display(), case.id));
                continue;
            }
        };
        let mut holes = Vec::new();
        unfilled(&value, "", &mut holes);
        if !holes.is_empty() {
            failures.push(format!(
                "{} {}: {}",
                rel.display(),
                case.id,
                holes.join("; ")
            ));
        }
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(&relative);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_input_file(Path::new("tests/vectors").join(rel));
        settings.set_description(format!(
            "{} case {}: {}",
            rel.display(),
            case.id,
            call.describe()
        ));
        let mut info = Map::new();
        for key in ["note", "input", "options"] {
            if let Some(v) = case.written.get(key) {
                info.insert(key.to_owned(), v.clone());
            }
        }
        settings.set_info(&info);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_json_snapshot!(case.id.as_str(), value));
        }));
        if outcome.is_err() {
            failures.push(format!(
                "{} {}: the answer differs from {}/{}.snap (accept with INSTA_UPDATE=always, then review the diff)",
                rel.display(),
                case.id,
                folder.display(),
                case.id
            ));
        }
    }
    failures
}

/// Snapshot files that no case writes.
fn orphan_snapshots(written: &BTreeSet<PathBuf>) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut all = Vec::new();
    walk(&snapshots_dir(), &mut all);
    all.into_iter()
        .filter(|p| !written.contains(p))
        .map(|p| {
            if p.extension().is_some_and(|x| x == "new") {
                format!(
                    "{}: a pending snapshot: accept it (INSTA_UPDATE=always) or delete it",
                    p.display()
                )
            } else {
                format!(
                    "{}: no case writes this snapshot (a renamed or removed case): delete it",
                    p.display()
                )
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

/// Every vector file, checked.
fn checked_files() -> Vec<(PathBuf, Report)> {
    let dir = vectors_dir();
    let files = vector_files(&dir).unwrap_or_else(|e| panic!("{e}"));
    files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&dir).unwrap().to_path_buf();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", rel.display()));
            let report = check_file(&rel.display().to_string(), &text);
            (rel, report)
        })
        .collect()
}

#[test]
fn shared_vectors() {
    let files = checked_files();
    let mut failures = Vec::new();
    let mut summary = Vec::new();
    let mut written = BTreeSet::new();
    let mut total = 0;
    for (rel, report) in &files {
        summary.push(format!(
            "{}: {} cases, {} failing",
            rel.display(),
            report.cases.len(),
            report.failures.len()
        ));
        total += report.cases.len() + report.failures.len();
        failures.extend(report.failures.iter().cloned());
        failures.extend(snapshot_file(rel, report));
        for id in &report.ids {
            written.insert(snapshot_folder(rel).join(format!("{id}.snap")));
        }
    }
    eprintln!(
        "test vectors: {total} cases in {} files\n  {}",
        files.len(),
        summary.join("\n  ")
    );
    // Every computed rule of the registry has its vector file (and so is covered natively here
    // and in wasm by the Node runner, which reads the same files and snapshots).
    for rule in devzone_rules::rules::evaluable() {
        let covered = files
            .iter()
            .any(|(_, r)| matches!(r.call, Some(Call::Rule(x)) if x == rule));
        if !covered {
            failures.push(format!(
                "the computed rule {} has no vector file",
                rule.as_str()
            ));
        }
    }
    for (f, _) in FUNCTIONS {
        let covered = files
            .iter()
            .any(|(_, r)| matches!(r.call, Some(Call::Function(x)) if x == *f));
        if !covered {
            failures.push(format!("the function {f} has no vector file"));
        }
    }
    written.insert(snapshots_dir().join("rulebook.snap"));
    failures.extend(orphan_snapshots(&written));
    assert!(
        failures.is_empty(),
        "{} failing test vector(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The rulebook as `rules()` and `rulebook()` give it: every rule in catalog order with its
/// citation, quote, kinds, bearers and evaluation, and the version and source hash. The Node
/// runner compares the package's `rules()` and `rulebook()` with the same snapshot.
#[test]
fn the_rulebook() {
    let value = json!({
        "rules": api::rules(),
        "rulebook": devzone_rules::answer::view::RulebookView {
            version: devzone_rules::rules::RULEBOOK_VERSION,
            source_sha256: devzone_rules::rules::SOURCE_SHA256,
        },
    });
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../tests/vectors/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(
        "rules() and rulebook(): `devzone rules --json` and the rulebook version and source hash",
    );
    settings.bind(|| insta::assert_json_snapshot!("rulebook", value));
}

/// Every computed rule refuses `{}` naming a field its schema requires; every other rule of the
/// rulebook is NOT_EVALUABLE with the reason its metadata gives, and the help lists the rules
/// that can be evaluated.
#[test]
fn what_evaluate_refuses_for_each_rule() {
    let evaluable: Vec<&str> = devzone_rules::rules::evaluable()
        .map(RuleId::as_str)
        .collect();
    let help = format!("rules that can be evaluated: {}", evaluable.join(", "));
    for rule in devzone_rules::RULES {
        let id = rule.as_str();
        let e = api::evaluate(id, &json!({}), &Value::Null).unwrap_err();
        if evaluable.contains(&id) {
            assert_eq!(e.code.as_str(), "INVALID_INPUT", "{id}: {e}");
            assert_eq!(e.problem.as_str(), "MISSING_FIELD", "{id}: {e}");
            let field = e
                .path
                .strip_prefix("input.")
                .unwrap_or_else(|| panic!("{id}: not a field of the input: {e}"));
            let schema = devzone_rules::schema::input_schema(id).unwrap();
            assert!(
                schema["required"]
                    .as_array()
                    .is_some_and(|r| r.contains(&json!(field))),
                "{id}: `{field}` is not required by the schema"
            );
        } else {
            let meta = rule.meta();
            assert_eq!(e.code.as_str(), "NOT_EVALUABLE", "{id}: {e}");
            assert_eq!(e.path, "ruleId");
            let message = e.to_string();
            assert!(
                message.starts_with(&format!("ruleId: rule not evaluable: rule `{id}` ")),
                "{message}"
            );
            if let Some(reason) = meta.evaluation.reason(devzone_rules::Lang::En) {
                assert!(message.ends_with(&format!(": {reason}")), "{message}");
            }
            assert_eq!(e.help(devzone_rules::Lang::En), help, "{id}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// paramsUsed is complete
// ---------------------------------------------------------------------------------------------

/// Other valid values of each parameter, read from the `params` schema: every other name of an
/// enum, the other boolean, counts one above and one below the default, and a value for every
/// parameter without a default.
fn alternatives() -> Vec<(String, Vec<Value>)> {
    let schema = devzone_rules::schema::schema("params").unwrap();
    let defs = schema["$defs"].clone();
    let resolve = |s: &Value| -> Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => defs[r.trim_start_matches("#/$defs/")].clone(),
            None => s.clone(),
        }
    };
    let mut out = Vec::new();
    for (name, prop) in schema["properties"].as_object().unwrap() {
        let default = prop.get("default").cloned().unwrap_or(Value::Null);
        // `anyOf: [X, null]` for a parameter without a default.
        let inner = prop["anyOf"]
            .as_array()
            .and_then(|a| a.iter().find(|s| s["type"] != "null"))
            .map_or_else(|| resolve(prop), resolve);
        let kind = inner["type"].clone();
        let values: Vec<Value> = if let Some(variants) = inner["oneOf"].as_array() {
            variants.iter().map(|v| v["const"].clone()).collect()
        } else if kind == "boolean" {
            vec![json!(true), json!(false)]
        } else if kind == "integer" || kind == json!(["integer", "null"]) {
            match default.as_u64() {
                Some(d) => vec![json!(d + 1), json!(d.saturating_sub(1))],
                None if name == "landEvalAnchorYear" => vec![json!(2019), json!(2021)],
                None => vec![json!(30)],
            }
        } else if inner.get("pattern").is_some() {
            let samples: &[&str] = match inner["pattern"].as_str() {
                Some(devzone_rules::schema::RATIO_PATTERN) => &["0.1", "0.75", "1", "0"],
                Some(devzone_rules::schema::MONEY_PATTERN) => &["1000.00", "0.01"],
                _ => panic!("{name}: no sample values for {inner}"),
            };
            samples.iter().map(|s| json!(s)).collect()
        } else if name.starts_with("industries") {
            let d = default.as_object().unwrap();
            d.keys()
                .flat_map(|k| {
                    let n = d[k].as_u64().unwrap();
                    [n + 1, n.saturating_sub(1)].map(|m| {
                        let mut x = d.clone();
                        x.insert(k.clone(), json!(m));
                        Value::Object(x)
                    })
                })
                .collect()
        } else if name == "holidayCalendar" {
            vec![json!({
                "years": (2015..=2035).collect::<Vec<i32>>(),
                "holidays": ["2019-10-01", "2019-12-02", "2020-01-01", "2021-06-01", "2021-12-01"],
                "workingWeekendDays": ["2019-09-29"]
            })]
        } else {
            panic!("{name}: no alternative values for {prop}");
        };
        let mut distinct: Vec<Value> = Vec::new();
        for v in values {
            if v != default && !distinct.contains(&v) {
                distinct.push(v);
            }
        }
        let values = distinct;
        // An enum of one name (a reading the catalog fixes, kept as a parameter for later
        // readings) has no other value to try.
        if !values.is_empty() {
            out.push((name.clone(), values));
        }
    }
    out
}

#[test]
fn params_used_lists_every_parameter_a_rule_reads() {
    let alternatives = alternatives();
    let files = checked_files();
    let mut failures = Vec::new();
    let mut tried = 0;
    for (rel, report) in &files {
        let Some(Call::Rule(rule)) = report.call else {
            continue;
        };
        for case in report.cases.iter().filter(|c| !c.expects_error) {
            let answer = api::evaluate(rule.as_str(), &case.input, &case.options).unwrap();
            let used = answer["paramsUsed"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            let given = case.options["params"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            for (name, values) in &alternatives {
                if used.contains_key(name) || given.contains_key(name) {
                    continue;
                }
                for value in values {
                    tried += 1;
                    let mut options = case.options.as_object().cloned().unwrap_or_default();
                    let mut params = given.clone();
                    params.insert(name.clone(), value.clone());
                    options.insert("params".to_owned(), Value::Object(params));
                    let again = api::evaluate(rule.as_str(), &case.input, &Value::Object(options));
                    let same = again.as_ref().is_ok_and(|a| *a == answer);
                    if !same {
                        let how = match &again {
                            Ok(a) => {
                                let mut d = Vec::new();
                                diff("answer", &answer, Some(a), &mut d);
                                d.truncate(3);
                                d.join("; ")
                            }
                            Err(e) => format!("error {e}"),
                        };
                        failures.push(format!(
                            "{} {}: `{name}` = {} changes the answer, but paramsUsed does not list it: {how}",
                            rel.display(),
                            case.id,
                            show(value)
                        ));
                    }
                }
            }
        }
    }
    eprintln!("paramsUsed completeness: {tried} evaluations with one unlisted parameter changed");
    assert!(tried > 0);
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// The runner's own checks: each must be able to fail.
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_folder_is_an_error() {
    let dir = std::env::temp_dir().join(format!("devzone-vectors-empty-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("snapshots")).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a vector").unwrap();
    std::fs::write(dir.join("snapshots/x.json"), "{}").unwrap();
    let result = vector_files(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(result.unwrap_err().contains("no *.json test vectors"));
}

const OK_INPUT: &str = r#"{"issueDate": "2019-06-01", "asOf": "2019-12-02"}"#;

fn file_with(rule: &str, case: &str) -> String {
    format!(r#"{{"rule": "{rule}", "source": "runner self-test", "cases": [{case}]}}"#)
}

#[test]
fn unknown_rule_or_function_fails_the_file() {
    let case = format!(r#"{{"id": "A", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE"}}}}"#);
    let r = check_file("x.json", &file_with("art-99.z", &case));
    assert_eq!(r.failures.len(), 1, "{:?}", r.failures);
    assert!(r.failures[0].contains("not a known rule id"));
    let f = format!(r#"{{"function": "zones", "cases": [{case}]}}"#);
    let r = check_file("x.json", &f);
    assert!(
        r.failures[0].contains("not a known function"),
        "{:?}",
        r.failures
    );
    let both = format!(r#"{{"rule": "art-18.c", "function": "report", "cases": [{case}]}}"#);
    let r = check_file("x.json", &both);
    assert!(r.failures[0].contains("exactly one of"), "{:?}", r.failures);
}

#[test]
fn both_or_neither_expectation_fails() {
    let both = file_with(
        "art-18.c",
        &format!(
            r#"{{"id": "B", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE"}},
                "expectError": {{"code": "INVALID_INPUT", "path": "input", "message": "input: x"}}}}"#
        ),
    );
    let neither = file_with(
        "art-18.c",
        &format!(r#"{{"id": "N", "input": {OK_INPUT}}}"#),
    );
    let typo = file_with(
        "art-18.c",
        &format!(r#"{{"id": "T", "input": {OK_INPUT}, "expected": {{}}}}"#),
    );
    let path_id = file_with(
        "art-18.c",
        &format!(r#"{{"id": "a/b", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE"}}}}"#),
    );
    for (text, needle) in [
        (both, "both"),
        (neither, "neither"),
        (typo, "unknown case key `expected`"),
        (path_id, "names a file"),
    ] {
        let r = check_file("x.json", &text);
        assert_eq!(r.cases.len(), 0);
        assert_eq!(r.failures.len(), 1, "{:?}", r.failures);
        assert!(r.failures[0].contains(needle), "{}", r.failures[0]);
    }
}

#[test]
fn every_failing_case_is_reported_with_a_diff() {
    let cases = format!(
        r#"{{"id": "W1", "input": {OK_INPUT}, "expect": {{"outcome": "PENDING", "due": "2019-12-01",
              "reasonCodes": ["IMPL_MEASURES_DUE"], "clause": {{"number": "(十七)"}}}}}},
           {{"id": "OK", "input": {OK_INPUT}, "expect": {{"outcome": "OVERDUE", "daysOverdue": 1, "daysLate": null}}}},
           {{"id": "W2", "input": null, "violatesSchema": true, "expect": {{"outcome": "OVERDUE"}}}},
           {{"id": "W3", "input": {OK_INPUT}, "expectError": {{"code": "INVALID_INPUT", "path": "input", "message": "input: x"}}}},
           {{"id": "W4", "input": {{"issueDate": "2019-02-30", "asOf": "2019-12-02"}}, "violatesSchema": true,
             "expectError": {{"code": "INVALID_INPUT", "path": "input.issueDate", "message": "wrong"}}}}"#
    );
    let r = check_file("x.json", &file_with("art-18.c", &cases));
    assert_eq!(r.cases.len(), 1);
    let ids: Vec<&str> = r
        .failures
        .iter()
        .map(|f| f.split(':').next().unwrap())
        .collect();
    assert_eq!(ids, ["x.json W1", "x.json W2", "x.json W3", "x.json W4"]);
    let w1 = &r.failures[0];
    assert!(
        w1.contains(r#"outcome: expected "PENDING", got "OVERDUE""#),
        "{w1}"
    );
    assert!(w1.contains("reasonCodes: expected"), "{w1}");
    assert!(
        w1.contains(r#"clause.number: expected "(十七)", got "(十八)""#),
        "{w1}"
    );
    assert!(!w1.contains("due:"), "{w1}");
    assert!(r.failures[1].contains("expected an answer, got error INVALID_INPUT"));
    assert!(r.failures[2].contains("expected error"));
    assert!(r.failures[3].contains("error message: expected \"wrong\""));
}

#[test]
fn the_schema_marking_is_checked_both_ways() {
    let cases = format!(
        r#"{{"id": "S1", "input": {{"issueDate": "2019-02-30", "asOf": "2019-12-02"}},
             "expectError": {{"code": "INVALID_INPUT", "path": "input.issueDate",
                             "message": "input.issueDate: invalid value: 2019-02 has 28 days; expected a calendar date `YYYY-MM-DD`; got \"2019-02-30\""}}}},
           {{"id": "S2", "input": {OK_INPUT}, "violatesSchema": true, "expect": {{"outcome": "OVERDUE"}}}},
           {{"id": "S3", "input": {OK_INPUT}, "options": {{"lang": "fr"}},
             "expectError": {{"code": "INVALID_OPTIONS", "path": "options.lang",
                             "message": "options.lang: not one of the allowed values; expected one of `zh`, `en`, `ko`; got \"fr\""}}}},
           {{"id": "S4", "input": {OK_INPUT}, "violatesSchema": false, "expect": {{"outcome": "OVERDUE"}}}}"#
    );
    let r = check_file("x.json", &file_with("art-18.c", &cases));
    assert_eq!(r.cases.len(), 0, "{:?}", r.failures);
    assert_eq!(r.failures.len(), 4, "{:?}", r.failures);
    assert!(
        r.failures[0].contains("schema refuses the case"),
        "{}",
        r.failures[0]
    );
    assert!(r.failures[0].contains("cannot decode"), "{}", r.failures[0]);
    assert!(
        r.failures[1].contains("schema accepts"),
        "{}",
        r.failures[1]
    );
    assert!(r.failures[2].contains("options"), "{}", r.failures[2]);
    assert!(
        r.failures[3].contains("`true` or absent"),
        "{}",
        r.failures[3]
    );
}

#[test]
fn includes_and_projections() {
    let input = expand(&json!({
        "register": {"$include": "examples/yanbian-register.json",
                     "$set": {"meetings": [], "/zones/1/level": "OTHER"}},
        "meetings": {"$include": "examples/yanbian-register.json", "$pointer": "/meetings"}
    }))
    .unwrap();
    assert_eq!(input["register"]["issueDate"], "2019-06-01");
    assert_eq!(input["register"]["meetings"], json!([]));
    assert_eq!(input["register"]["zones"][1]["level"], "OTHER");
    assert!(!input["meetings"].as_array().unwrap().is_empty());
    for bad in [
        json!({"$include": "no/such.json"}),
        json!({"$include": "examples/yanbian-register.json", "$pointer": "/nothing"}),
        json!({"$include": "examples/yanbian-register.json", "$other": 1}),
        json!({"$include": "examples/yanbian-register.json", "$set": {"/zones/99/id": "X"}}),
    ] {
        assert!(expand(&bad).is_err(), "{bad}");
    }
    let summary = json!({
        "findings": [{"ruleId": "art-14.d", "year": 2021, "outcome": "TRIGGERED", "reasons": [{"code": "A"}]},
                     {"ruleId": "art-14.d", "year": 2020, "outcome": "NEEDS_HUMAN", "reasons": []}],
        "permissions": [{"action": "EXPAND", "status": "BARRED", "decidedBy": ["art-14.d"]}]
    });
    let ok = json!({
        "findingOutcomes": [["art-14.d", "TRIGGERED"], ["art-14.d", "NEEDS_HUMAN"]],
        "permissionStatuses": [["EXPAND", "BARRED", ["art-14.d"]]],
        "findings[*].year": [2021, 2020],
        "findingsByRule": {"art-14.d@2020": {"outcome": "NEEDS_HUMAN"}, "art-14.d@2021": {"reasonCodes": ["A"]}}
    });
    assert_eq!(
        match_answer(ok.as_object().unwrap(), &summary, ""),
        Vec::<String>::new()
    );
    let bad = json!({
        "findingOutcomes": [["art-14.d", "TRIGGERED"]],
        "permissionStatuses": [["EXPAND", "NOT_BARRED", []]],
        "findingsByRule": {"art-14.d": {"outcome": "TRIGGERED"}, "art-14.d@2020": {"reasonCodes": ["B"]}}
    });
    let problems = match_answer(bad.as_object().unwrap(), &summary, "");
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[1].contains("2 findings match"), "{problems:?}");
    assert!(
        problems[2].contains("findingsByRule.art-14.d@2020.reasonCodes"),
        "{problems:?}"
    );
}

#[test]
fn the_duty_matchers_can_fail() {
    let answer = json!({"agencies": [
        {"bearer": "CTY.X", "duties": [{"ruleId": "art-18.c", "bearer": "CTY.X", "status": "PENDING", "reasons": [{"code": "R"}]}]},
        {"bearer": "CTY.Y", "duties": [{"ruleId": "art-18.c", "bearer": "CTY.Y", "status": "OVERDUE", "reasons": []}]}
    ]});
    let good = json!({
        "expectDuties": [{"ruleId": "art-18.c", "status": "PENDING", "reasonCodes": ["R"], "doneDate": null}],
        "expectNotOwed": ["art-16.b"],
        "expectBearers": {"art-18.c": ["CTY.Y", "CTY.X"], "art-02.a": []}
    });
    assert_eq!(
        match_duties(good.as_object().unwrap(), &answer),
        Vec::<String>::new()
    );
    let bad = json!({
        "expectDuties": [{"ruleId": "art-18.c", "status": "OVERDUE"}, {"ruleId": "art-16.b"}],
        "expectNotOwed": ["art-18.c"],
        "expectBearers": {"art-18.c": ["CTY.X"]}
    });
    assert_eq!(match_duties(bad.as_object().unwrap(), &answer).len(), 4);
}
