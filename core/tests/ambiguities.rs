//! The ambiguity register can be looked up wherever an entry is cited (issue 11): every `AMB-nn`
//! the core, the CLI, the bindings, the page or the docs mention is an entry of
//! `devzone_rules::ambiguities`, every entry says everything in zh, ko and en, names real rules
//! and real parameters, and nothing a person reads cites the specification by section
//! ("catalog §3.3"), which is not in the repository.
//!
//! Run: `cargo test -p devzone-rules --all-features --test ambiguities`.
#![cfg(feature = "schema")]
#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test code: a failure is a panic"
)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use devzone_rules::ambiguities::{find, AMBIGUITIES};
use devzone_rules::words::Lang;
use devzone_rules::{ReasonCode, RULES};
use serde_json::{json, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `AMB-<digits><letter?>` in `text`.
fn cited(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("AMB-") {
        let tail = &rest[at + 4..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let letter = tail[digits..].chars().next().filter(|c| {
                c.is_ascii_lowercase()
                    && !tail[digits + 1..].starts_with(|c: char| c.is_ascii_alphanumeric())
            });
            let mut id = format!("AMB-{}", &tail[..digits]);
            if let Some(c) = letter {
                id.push(c);
            }
            out.push(id);
        }
        rest = &rest[at + 4..];
    }
    out
}

#[test]
fn the_citation_scanner_finds_ids_and_only_ids() {
    assert_eq!(
        cited("AMB-26, AMB-12b and (AMB-12c); AMB-nn, AMB-1x AMB-07."),
        ["AMB-26", "AMB-12b", "AMB-12c", "AMB-1x", "AMB-07"]
    );
    assert!(cited("no ids here: AMB-, AMBIGUITIES").is_empty());
    assert!(find("AMB-1").is_some(), "a loose id is looked up too");
    assert!(find("AMB-99").is_none());
}

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, exts, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| exts.contains(&x))
        {
            out.push(p);
        }
    }
}

/// The files a person reads or that produce what a person reads.
fn sources() -> Vec<PathBuf> {
    let r = root();
    let mut out = Vec::new();
    files(&r.join("core/src"), &["rs"], &mut out);
    files(&r.join("cli/src"), &["rs"], &mut out);
    files(&r.join("bindings/src"), &["rs", "ts"], &mut out);
    files(&r.join("www"), &["js", "html"], &mut out);
    files(&r.join("docs"), &["md"], &mut out);
    for f in [
        "README.md",
        "ARCHITECTURE.md",
        "bindings/README.md",
        "core/README.md",
    ] {
        if r.join(f).exists() {
            out.push(r.join(f));
        }
    }
    out.sort();
    out
}

/// Every id cited in the sources, the docs and the page is an entry of the register.
#[test]
fn every_cited_id_is_in_the_register() {
    let mut bad = Vec::new();
    let mut seen = BTreeSet::new();
    for path in sources() {
        let text = std::fs::read_to_string(&path).unwrap();
        // The unit tests at the end of a Rust file try ids that are not entries on purpose.
        let text = match text.split_once("#[cfg(test)]") {
            Some((code, _)) if path.extension().is_some_and(|x| x == "rs") => code.to_owned(),
            _ => text,
        };
        for id in cited(&text) {
            if find(&id).is_none_or(|a| a.id != id) {
                bad.push(format!(
                    "{}: {id}",
                    path.strip_prefix(root()).unwrap().display()
                ));
            }
            seen.insert(id);
        }
    }
    assert!(
        seen.len() > 30,
        "only {} ids cited: is the scan reading the files?",
        seen.len()
    );
    assert!(
        bad.is_empty(),
        "ids not in the register:\n{}",
        bad.join("\n")
    );
}

/// What the core says at run time cites only entries of the register: the rules' metadata,
/// every reason template, every not-computable reason and every phrase.
#[test]
fn every_id_the_core_gives_is_in_the_register() {
    let mut texts: Vec<(String, String)> = Vec::new();
    for rule in RULES {
        let m = rule.meta();
        for id in m.ambiguities {
            texts.push((format!("{} ambiguities", m.id), (*id).to_owned()));
        }
        for lang in Lang::ALL {
            if let Some(why) = m.evaluation.reason(*lang) {
                texts.push((m.id.to_owned(), why.to_owned()));
            }
        }
    }
    for code in ReasonCode::all() {
        for lang in Lang::ALL {
            texts.push((code.as_str().to_owned(), code.template(*lang).to_owned()));
        }
    }
    for lang in ["zh", "ko", "en"] {
        let labels = devzone_rules::api::labels(&json!(lang)).unwrap();
        texts.push(("labels".into(), labels.to_string()));
    }
    let mut bad = Vec::new();
    for (what, text) in &texts {
        for id in cited(text) {
            if find(&id).is_none_or(|a| a.id != id) {
                bad.push(format!("{what}: {id}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "ids not in the register:\n{}",
        bad.join("\n")
    );
}

/// A rule that leans on an entry is among the rules the entry concerns.
#[test]
fn entries_name_the_rules_that_cite_them() {
    let mut bad = Vec::new();
    for rule in RULES {
        for id in rule.meta().ambiguities {
            let entry = find(id).unwrap();
            if !entry.rules.contains(rule) {
                bad.push(format!(
                    "{} cites {id}, which does not list it",
                    rule.as_str()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Every parameter an entry names is a field of `params`, and every parameter whose
/// documentation cites an entry is named by it.
#[test]
fn entries_name_real_parameters() {
    let schema = devzone_rules::schema::schema("params").unwrap();
    let props = schema["properties"]
        .as_object()
        .expect("params schema has properties");
    let mut bad = Vec::new();
    for a in AMBIGUITIES {
        for p in a.params {
            if !props.contains_key(*p) {
                bad.push(format!("{}: `{p}` is not a parameter", a.id));
            }
        }
    }
    for (name, p) in props {
        let doc = p["description"].as_str().unwrap_or_default();
        for id in cited(doc) {
            let entry = find(&id).unwrap();
            if !entry.params.contains(&name.as_str()) {
                bad.push(format!("{name} cites {id}, which does not name it"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Every entry has every text in every language, through the JSON view too.
#[test]
fn every_entry_speaks_three_languages() {
    for lang in ["zh", "ko", "en"] {
        let all = devzone_rules::api::ambiguities(None, &json!({ "lang": lang })).unwrap();
        let all = all.as_array().unwrap();
        assert_eq!(all.len(), AMBIGUITIES.len());
        for (view, entry) in all.iter().zip(AMBIGUITIES) {
            assert_eq!(view["id"], entry.id);
            assert_eq!(view["lang"], lang);
            for key in ["question", "reading", "alternatives", "why"] {
                let text = view[key].as_str().unwrap();
                assert!(!text.trim().is_empty(), "{} {key} {lang}", entry.id);
                let hangul = text.chars().any(|c| ('가'..='힣').contains(&c));
                let han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                let latin = text.chars().filter(char::is_ascii_alphabetic).count();
                let ok = match lang {
                    "ko" => hangul,
                    "zh" => han && !hangul,
                    _ => !hangul && latin > text.chars().count() / 3,
                };
                assert!(ok, "{} {key} is not in {lang}: {text}", entry.id);
            }
            assert!(
                !view["rules"].as_array().unwrap().is_empty() || !view["scope"].is_null(),
                "{} concerns nothing",
                entry.id
            );
            for r in view["rules"].as_array().unwrap() {
                assert!(
                    devzone_rules::RuleId::parse(r.as_str().unwrap()).is_some(),
                    "{} {r}",
                    entry.id
                );
            }
        }
    }
}

/// One entry by id, in any spelling; an unknown id is an error naming `id` with the nearby ids.
#[test]
fn one_entry_and_unknown_ids() {
    let en = json!({ "lang": "en" });
    let one = devzone_rules::api::ambiguities(Some("amb-26"), &en).unwrap();
    assert_eq!(one["id"], "AMB-26");
    assert_eq!(one["departs"], true);
    assert!(one["reading"].as_str().unwrap().contains("NEEDS_HUMAN"));
    let e = devzone_rules::api::ambiguities(Some("AMB-44"), &en).unwrap_err();
    assert_eq!(e.code.as_str(), "INVALID_INPUT");
    assert_eq!(e.path, "id");
    assert_eq!(
        e.message(Lang::En),
        "unknown reference: unknown ambiguity `AMB-44`: not an entry of the ambiguity register; got \"AMB-44\""
    );
    assert_eq!(e.help(Lang::En), "did you mean AMB-43?");
    assert_eq!(e.help(Lang::Zh), "是否应为 AMB-43?");
    let e = devzone_rules::api::ambiguities(Some("AMB-2600"), &en).unwrap_err();
    assert!(e.help(Lang::En).starts_with("entries: AMB-01, AMB-02,"));
    let e = devzone_rules::api::ambiguities(Some("AMB-26"), &json!({ "lang": "fr" })).unwrap_err();
    assert_eq!(e.code.as_str(), "INVALID_OPTIONS");
    assert_eq!(e.path, "options.lang");
}

/// The reading the SDK applies is the one its parameters default to: an entry whose reading
/// names `param: VALUE` agrees with `Params::default()`.
#[test]
fn readings_name_the_defaults() {
    let defaults = serde_json::to_value(devzone_rules::Params::default()).unwrap();
    let mut checked = 0;
    let mut bad = Vec::new();
    for a in AMBIGUITIES {
        for p in a.params {
            let Some(value) = defaults.get(*p) else {
                continue;
            };
            let shown = match value {
                Value::String(s) => s.clone(),
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                _ => continue,
            };
            for lang in Lang::ALL {
                let reading = a.reading.pick(*lang);
                let sep = if *lang == Lang::Zh { "：" } else { ": " };
                for named in [format!("{p}{sep}"), format!("{p}:")] {
                    if let Some(at) = reading.find(&named) {
                        let after = reading[at + named.len()..].trim_start();
                        checked += 1;
                        if !after.starts_with(&shown) {
                            bad.push(format!(
                                "{} ({lang:?}): {p} reads `{}`, default `{shown}`",
                                a.id,
                                after.chars().take(30).collect::<String>()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 40, "only {checked} defaults checked");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Nothing a person reads cites the specification by section ("catalog §3.3"): it is not in the
/// repository. (RFC sections and the glossary's own sections are fine.)
#[test]
fn no_catalog_sections_are_cited() {
    let r = root();
    let mut paths = Vec::new();
    files(&r.join("core/src"), &["rs"], &mut paths);
    files(&r.join("cli/src"), &["rs"], &mut paths);
    files(&r.join("bindings/src"), &["rs", "ts"], &mut paths);
    files(&r.join("www"), &["js", "html"], &mut paths);
    let mut bad = Vec::new();
    for path in &paths {
        for (i, line) in std::fs::read_to_string(path).unwrap().lines().enumerate() {
            let section = line.match_indices('§').any(|(at, _)| {
                line[at..]
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit())
                    && !line[..at].contains("RFC")
                    && !line[..at].contains("glossary.md")
            });
            if section || line.to_lowercase().contains("catalog §") {
                bad.push(format!(
                    "{}:{}: {}",
                    path.strip_prefix(&r).unwrap().display(),
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    for lang in ["zh", "ko", "en"] {
        let all = devzone_rules::api::ambiguities(None, &json!({ "lang": lang })).unwrap();
        assert!(
            !all.to_string().contains('§'),
            "an entry cites a section ({lang})"
        );
    }
    assert!(
        bad.is_empty(),
        "sections of the specification cited:\n{}",
        bad.join("\n")
    );
}
