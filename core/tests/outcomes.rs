//! Each computed rule's declared outcomes (`outcomes: […];` in its `computed!`, the union its
//! TypeScript answer's `outcome` has) against what it really answers: every answer in every
//! vector snapshot (the rules' own files, the zone summaries' findings, the fee calculator's
//! lines, the examples) must have an outcome its rule declares, and every declared outcome must
//! be answered by at least one vector, so a declared set is neither too narrow (the TypeScript
//! would lie) nor padded (an outcome no code path and no vector reaches).
//!
//! The snapshots are what `tests/vectors.rs` checks the code against, so this reads the answers
//! the code gives. Run: `cargo test -p devzone-rules --all-features --test outcomes`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test: a broken snapshot folder must fail loudly"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use devzone_rules::rules::{for_each_computed, Computed, EachComputed};
use serde_json::Value;

/// Every computed rule's id and declared outcomes, in catalog order.
fn declared() -> Vec<(&'static str, Vec<&'static str>)> {
    struct Collect(Vec<(&'static str, Vec<&'static str>)>);
    impl EachComputed for Collect {
        fn each<T: Computed>(&mut self) {
            self.0.push((
                T::RULE.as_str(),
                T::OUTCOMES.iter().map(|o| o.as_str()).collect(),
            ));
        }
    }
    let mut c = Collect(Vec::new());
    for_each_computed(&mut c);
    c.0
}

fn snapshot_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            snapshot_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "snap") {
            out.push(path);
        }
    }
}

/// An answer envelope: it has a rule id, an outcome, a citation and the parameters it used.
fn answers<'a>(v: &'a Value, out: &mut Vec<(&'a str, &'a str)>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(rule)), Some(Value::String(outcome)), true, true) = (
                m.get("ruleId"),
                m.get("outcome"),
                m.contains_key("citation"),
                m.contains_key("paramsUsed"),
            ) {
                out.push((rule, outcome));
            }
            m.values().for_each(|x| answers(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| answers(x, out)),
        _ => {}
    }
}

/// Outcome → the snapshots that show it, per rule.
fn observed() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/snapshots");
    let mut files = Vec::new();
    snapshot_files(&root, &mut files);
    assert!(
        files.len() > 100,
        "too few snapshots under {}",
        root.display()
    );
    let mut seen: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // insta: a YAML header between `---` lines, then the JSON snapshot.
        let body = text.split("\n---\n").nth(1).unwrap_or_default();
        let Ok(json) = serde_json::from_str::<Value>(body) else {
            continue;
        };
        let mut found = Vec::new();
        answers(&json, &mut found);
        let name = file.strip_prefix(&root).unwrap().display().to_string();
        for (rule, outcome) in found {
            seen.entry(rule.to_string())
                .or_default()
                .entry(outcome.to_string())
                .or_default()
                .insert(name.clone());
        }
    }
    seen
}

#[test]
fn every_computed_rule_declares_its_outcomes() {
    for (rule, outcomes) in declared() {
        assert!(
            !outcomes.is_empty(),
            "{rule}: its computed! declares no `outcomes: [...]`: list every outcome its code paths return"
        );
        let unique: BTreeSet<_> = outcomes.iter().collect();
        assert_eq!(
            unique.len(),
            outcomes.len(),
            "{rule}: an outcome listed twice"
        );
    }
}

#[test]
fn vector_outcomes_are_declared_and_declared_outcomes_are_answered() {
    let seen = observed();
    let declared = declared();
    let mut problems = Vec::new();
    for (rule, outcomes) in &declared {
        let shown = seen.get(*rule).cloned().unwrap_or_default();
        for (outcome, files) in &shown {
            if !outcomes.contains(&outcome.as_str()) {
                let example = files.iter().next().cloned().unwrap_or_default();
                problems.push(format!(
                    "{rule} answers {outcome} (e.g. {example}) but does not declare it"
                ));
            }
        }
        for outcome in outcomes {
            if !shown.contains_key(*outcome) {
                problems.push(format!(
                    "{rule} declares {outcome} but no vector answers it: add a case, or drop it if no code path returns it"
                ));
            }
        }
    }
    let known: BTreeSet<&str> = declared.iter().map(|(r, _)| *r).collect();
    for rule in seen.keys() {
        assert!(
            known.contains(rule.as_str()),
            "an answer of {rule}, which is not a computed rule"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
