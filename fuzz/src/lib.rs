//! What the fuzz targets share: the rules that can be evaluated, the JSON Schemas the
//! structure-aware targets generate from, the string pools harvested from the test vectors, and
//! the checks every answer and every error must pass.
//!
//! A target fails (libFuzzer records a crash) on a panic anywhere in the core, an arithmetic
//! overflow (the fuzz build keeps debug assertions), a timeout, memory beyond libFuzzer's
//! `-rss_limit_mb`, or one of the checks here: an error without a message or naming no field of
//! the call, or `evaluate` and `evaluate_to_text` giving different answers.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::LazyLock;

use devzone_rules::api;
use devzone_rules::error::Error;
use devzone_rules::Lang;
use devzone_testgen::Pools;
use serde_json::Value;

/// The repository root (the fuzz crate's parent).
#[must_use]
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// Strings of the test vectors and of the example register, by field.
pub static POOLS: LazyLock<Pools> = LazyLock::new(|| {
    let mut inputs = devzone_testgen::inputs_in(&root().join("tests/vectors"));
    inputs.extend(devzone_testgen::inputs_in(&root().join("examples")));
    Pools::harvest(inputs.iter())
});

/// The ids of the rules `evaluate` computes, in catalog order.
pub static RULES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    devzone_rules::rules::evaluable()
        .map(devzone_rules::RuleId::as_str)
        .collect()
});

/// Every schema by name (rule ids, `register`, `options`, `report`, …).
pub static SCHEMAS: LazyLock<BTreeMap<&'static str, Value>> = LazyLock::new(|| {
    devzone_rules::schema::names()
        .into_iter()
        .filter_map(|n| devzone_rules::schema::schema(n).map(|s| (n, s)))
        .collect()
});

/// The schema called `name`.
#[must_use]
pub fn schema(name: &str) -> &'static Value {
    static NULL: Value = Value::Null;
    SCHEMAS.get(name).unwrap_or(&NULL)
}

/// The three parts of a raw input `rule-id NUL options-json NUL input-json` (missing parts empty).
#[must_use]
pub fn split_raw(data: &[u8]) -> (&[u8], &[u8], &[u8]) {
    let mut parts = data.splitn(3, |b| *b == 0);
    let a = parts.next().unwrap_or(&[]);
    let b = parts.next().unwrap_or(&[]);
    let c = parts.next().unwrap_or(&[]);
    (a, b, c)
}

/// The text before the first NUL (lossy UTF-8) and the bytes after it.
#[must_use]
pub fn split_text(data: &[u8]) -> (std::borrow::Cow<'_, str>, &[u8]) {
    let mut parts = data.splitn(2, |b| *b == 0);
    let text = parts.next().unwrap_or(&[]);
    (String::from_utf8_lossy(text), parts.next().unwrap_or(&[]))
}

/// An error must say what is wrong and name where: the rule id, a path under `input` or
/// `options`, or `lang`/`answer` (explain, labels).
pub fn check_error(e: &Error) {
    for lang in [Lang::Zh, Lang::Ko, Lang::En] {
        assert!(
            !e.message(lang).is_empty() && !e.help(lang).is_empty(),
            "error without a message or help in {lang}: {e:?}"
        );
    }
    let p = e.path.as_str();
    let named = ["ruleId", "input", "options", "lang", "answer"]
        .iter()
        .any(|root| {
            p == *root || p.starts_with(&format!("{root}.")) || p.starts_with(&format!("{root}["))
        });
    assert!(named, "error naming no field of the call: {e:?}");
}

/// Evaluates `rule` both ways (a JSON tree and JSON text written from the view); they must
/// agree, errors included. An answer is also explained in each language.
pub fn evaluate_both(rule: &str, input: &Value, options: &Value) {
    let tree = api::evaluate(rule, input, options);
    let text = api::evaluate_to_text(rule, input, options);
    match (&tree, &text) {
        (Ok(v), Ok(t)) => {
            let parsed: Value = serde_json::from_str(t).expect("evaluate_to_text writes JSON");
            assert_eq!(&parsed, v, "evaluate and evaluate_to_text differ");
            let lang = ["zh", "ko", "en"][input.to_string().len() % 3];
            let words = api::explain(v, &Value::from(lang)).expect("an answer explains");
            assert!(!words.is_empty());
        }
        (Err(a), Err(b)) => {
            assert_eq!(a, b, "the two paths refuse differently");
            check_error(a);
        }
        _ => panic!("one path answers, the other refuses: {tree:?} / {text:?}"),
    }
}

/// Runs a register entry point (answering a JSON tree or JSON text) and checks its error.
pub fn register_call<T>(
    f: fn(&Value, &Value) -> Result<T, Error>,
    input: &Value,
    options: &Value,
) -> Option<T> {
    match f(input, options) {
        Ok(v) => Some(v),
        Err(e) => {
            check_error(&e);
            None
        }
    }
}

/// The same question asked of the input's register loaded once (`api::LoadedRegister`): when
/// the register loads, the answer must be the stateless one, byte for byte, and so must an error
/// that is not about the register itself.
pub fn same_when_loaded(
    stateless: &Result<Value, Error>,
    input: &Value,
    ask: impl Fn(&api::LoadedRegister, &Value) -> Result<Value, Error>,
) {
    let Some(fields) = input.as_object() else {
        return;
    };
    let Some(register) = fields.get("register") else {
        return;
    };
    let Ok(loaded) = api::LoadedRegister::load(register) else {
        return;
    };
    let mut question = fields.clone();
    question.remove("register");
    let asked = ask(&loaded, &Value::Object(question));
    if matches!(&asked, Err(e) if e.path == "ruleId") {
        return; // a rule whose input may hold a register but has no slot for a loaded one
    }
    match (stateless, &asked) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "a loaded register answers differently"),
        (Err(a), Err(b)) if !a.path.starts_with("input.register") => {
            assert_eq!(a, b, "a loaded register errs differently");
        }
        (Err(a), Ok(_)) => assert!(
            a.path.starts_with("input.register"),
            "only the stateless call erred: {a}"
        ),
        (Ok(_), Err(b)) => panic!("only the loaded register erred: {b}"),
        (Err(_), Err(_)) => {}
    }
}

/// The lines of an iCalendar text, unfolded (RFC 5545 §3.1), checking the folding on the way:
/// every physical line ends in CRLF and is at most 75 octets.
#[must_use]
pub fn unfold(ics: &str) -> Vec<String> {
    assert!(
        ics.is_empty() || ics.ends_with("\r\n"),
        "ICS text ends without CRLF"
    );
    let mut lines: Vec<String> = Vec::new();
    for physical in ics.split_terminator("\r\n") {
        assert!(
            physical.len() <= 75,
            "ICS line longer than 75 octets: {physical:?}"
        );
        assert!(
            !physical.contains('\n') && !physical.contains('\r'),
            "bare line break"
        );
        if let Some(rest) = physical.strip_prefix(' ') {
            let last = lines
                .last_mut()
                .expect("a continuation line follows a line");
            last.push_str(rest);
        } else {
            lines.push(physical.to_string());
        }
    }
    lines
}

/// The text of an escaped RFC 5545 TEXT value (§3.3.11).
#[must_use]
pub fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("escaped text ends in a lone backslash: {text:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped `{c}` in TEXT: {text:?}");
            out.push(c);
        }
    }
    out
}
