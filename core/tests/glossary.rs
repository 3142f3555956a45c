//! The Korean follows `docs/glossary.md` (issue 10, "Words"): one term per concept, Yanbian
//! spelling. The glossary's fenced `glossary-forbidden` block lists the South-Korean and variant
//! forms with the term to use instead; this test fails when any of them is in
//!
//! * a Korean string the core can produce: every reason template, every rule's rendering, every
//!   entry of the ambiguity register, every agency, actor and county name, every field label,
//!   phrase and stable-name label (each
//!   `stable_enum!` label and every other Korean literal of `core/src`, read from the sources);
//! * a Korean literal of `cli/src` or `www/`.
//!
//! Run: `cargo test -p devzone-rules --all-features --test glossary`.
#![cfg(feature = "serde")]
#![allow(
    clippy::panic,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test code: a failure is a panic"
)]

use std::path::{Path, PathBuf};

use devzone_rules::words::Lang;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// How a forbidden form matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    /// Only at the start of a word (not after a Hangul syllable).
    Word,
    /// Anywhere.
    Any,
}

/// One line of the glossary's `glossary-forbidden` block.
#[derive(Clone, Debug)]
struct Forbidden {
    form: String,
    term: String,
    how: Match,
}

/// The `glossary-forbidden` block of `docs/glossary.md`.
fn forbidden() -> Vec<Forbidden> {
    let text = std::fs::read_to_string(root().join("docs/glossary.md")).unwrap();
    let block = text
        .split("```glossary-forbidden\n")
        .nth(1)
        .expect("docs/glossary.md has no ```glossary-forbidden block")
        .split("```")
        .next()
        .unwrap();
    let list: Vec<Forbidden> = block
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let parts: Vec<&str> = l.split(" | ").map(str::trim).collect();
            assert_eq!(parts.len(), 3, "bad line in glossary-forbidden: {l}");
            let how = match parts[2] {
                "word" => Match::Word,
                "any" => Match::Any,
                other => panic!("bad match `{other}` in glossary-forbidden: {l}"),
            };
            Forbidden {
                form: parts[0].to_owned(),
                term: parts[1].to_owned(),
                how,
            }
        })
        .collect();
    assert!(list.len() > 40, "only {} forbidden forms", list.len());
    list
}

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

/// The forbidden forms in `text`, as `form → term`.
fn violations(text: &str, list: &[Forbidden]) -> Vec<String> {
    let mut out = Vec::new();
    for f in list {
        let hit = text
            .match_indices(f.form.as_str())
            .any(|(at, _)| match f.how {
                Match::Any => true,
                Match::Word => !text[..at].chars().next_back().is_some_and(is_hangul),
            });
        if hit {
            out.push(format!("{} → {}", f.form, f.term));
        }
    }
    out
}

/// Collects a violation report for one string.
fn check(what: &str, text: &str, list: &[Forbidden], bad: &mut Vec<String>) {
    for v in violations(text, list) {
        bad.push(format!("{what}: {v}\n    {text}"));
    }
}

/// The checker finds what it should, and only that (so the test can fail).
#[test]
fn the_checker_finds_forbidden_forms_and_respects_word_starts() {
    let list = forbidden();
    assert_eq!(
        violations("영도소조가 연석업무회의를 소집하였다", &list),
        vec!["영도 → 령도", "연석 → 련석", "연석업무회의 → 련석사업회의"]
    );
    assert_eq!(violations("{amount}위안", &list), vec!["위안 → 원"]);
    assert_eq!(
        violations("당해 연도 자격", &list),
        vec!["연도 → 년도".to_owned()]
    );
    assert_eq!(
        violations("{bearer}이(가) 완료하였다", &list),
        vec![format!(
            "이(가) → {}",
            list.iter().find(|f| f.form == "이(가)").unwrap().term
        )]
    );
    // At the start of a word only: 완전성 is not 전성, 관련도 has no 연도.
    assert!(violations("완전성을 확보한다", &list).is_empty());
    assert!(violations("전성 순위", &list).len() == 1);
    assert!(violations("{year}년도, 당해 년도, 련속, 리용, 령도소조", &list).is_empty());
    assert!(violations("‘연속’", &list).len() == 1);
}

/// Every Korean string the core produces at run time.
#[test]
fn the_core_uses_the_glossary() {
    let list = forbidden();
    let mut bad = Vec::new();
    for code in devzone_rules::ReasonCode::all() {
        check(code.as_str(), code.template(Lang::Ko), &list, &mut bad);
    }
    for rule in devzone_rules::RULES {
        let meta = rule.meta();
        check(rule.as_str(), meta.rendering(Lang::Ko), &list, &mut bad);
        if let Some(why) = meta.evaluation.reason(Lang::Ko) {
            check(rule.as_str(), why, &list, &mut bad);
        }
    }
    for actor in devzone_rules::agencies::ACTORS {
        check(actor.code, actor.name(Lang::Ko), &list, &mut bad);
    }
    for f in devzone_rules::text::fields::FIELDS {
        check(f.name, f.label.ko, &list, &mut bad);
    }
    // The ambiguity register: every question, reading, alternative, reason and scope.
    for a in devzone_rules::ambiguities::AMBIGUITIES {
        for label in [a.question, a.reading, a.alternatives, a.why]
            .into_iter()
            .chain(a.scope)
        {
            check(a.id, label.ko, &list, &mut bad);
        }
    }
    let labels = devzone_rules::api::labels(&serde_json::json!("ko")).unwrap();
    let mut strings = Vec::new();
    collect_strings(&labels, &mut strings);
    for s in strings {
        check("labels", &s, &list, &mut bad);
    }
    assert!(
        bad.is_empty(),
        "forms the glossary forbids:\n{}",
        bad.join("\n")
    );
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

/// The string literals with Hangul in a source file, with their line numbers: Rust `"…"`, and
/// JavaScript/HTML `'…'`, `"…"` and text between tags. Comments (`//`, `///`, `//!`) and the test
/// modules at the end of a Rust file (from `#[cfg(test)]`) are not looked at; a line with
/// `glossary: allow` is skipped.
fn korean_literals(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let rust = path.extension().is_some_and(|x| x == "rs");
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if rust && line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.trim_start();
        if code.starts_with("//") || code.starts_with("* ") || line.contains("glossary: allow") {
            continue;
        }
        if !line.chars().any(is_hangul) {
            continue;
        }
        // The whole line is checked: a literal may span the line, and comments were skipped.
        out.push((i + 1, line.to_owned()));
    }
    out
}

fn sources(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, exts, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| exts.contains(&x))
        {
            out.push(p);
        }
    }
}

/// Every Korean literal of the core's, the CLI's and the page's sources: the `stable_enum!`
/// labels, the agency names, the short names, the field labels, the phrases, the page's words.
#[test]
fn the_sources_use_the_glossary() {
    let list = forbidden();
    let mut files = Vec::new();
    sources(&root().join("core/src"), &["rs"], &mut files);
    sources(&root().join("cli/src"), &["rs"], &mut files);
    sources(&root().join("www"), &["js", "html"], &mut files);
    files.sort();
    let mut bad = Vec::new();
    let mut seen = 0;
    for path in &files {
        let rel = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        for (line, text) in korean_literals(path) {
            seen += 1;
            check(&format!("{rel}:{line}"), text.trim(), &list, &mut bad);
        }
    }
    assert!(seen > 500, "only {seen} Korean lines looked at");
    assert!(
        bad.is_empty(),
        "forms the glossary forbids:\n{}",
        bad.join("\n")
    );
}

/// What the example register gives in Korean, as the CLI prints it: every zone's summary, the
/// report, every bearer's obligations, the calendar and the rulebook listing (messages filled,
/// labels, phrases, calendar titles, short names, zone names). Data of the register (Chinese
/// names, item names) has no Korean form the glossary forbids.
#[test]
fn the_example_register_reads_the_glossary_in_korean() {
    use serde_json::json;
    let list = forbidden();
    let register: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/yanbian-register.json")).unwrap(),
    )
    .unwrap();
    let ko = json!({ "lang": "ko" });
    let as_of = "2023-06-30";
    let mut texts: Vec<(String, String)> = Vec::new();
    for zone in register["zones"].as_array().unwrap() {
        let id = zone["id"].as_str().unwrap();
        let view = devzone_rules::api::zone_summary(
            &json!({ "register": register, "zoneId": id, "asOf": as_of }),
            &ko,
        )
        .unwrap();
        texts.push((
            format!("zone {id}"),
            devzone_rules::text::zone_summary(&view, Lang::Ko),
        ));
    }
    let report =
        devzone_rules::api::report(&json!({ "register": register, "asOf": as_of }), &ko).unwrap();
    texts.push(("report".into(), devzone_rules::text::report(&report, true)));
    let obligations =
        devzone_rules::api::obligations(&json!({ "register": register, "asOf": as_of }), &ko)
            .unwrap();
    texts.push((
        "obligations".into(),
        devzone_rules::text::obligations(&obligations, true),
    ));
    let calendar = devzone_rules::api::calendar(
        &json!({ "register": register, "from": "2019-01-01", "to": "2026-12-31" }),
        &ko,
    )
    .unwrap();
    texts.push(("calendar".into(), devzone_rules::text::calendar(&calendar)));
    let rules: Vec<serde_json::Value> = devzone_rules::api::rules()
        .iter()
        .map(|r| serde_json::to_value(r).unwrap())
        .collect();
    texts.push(("rules".into(), devzone_rules::text::rules(&rules, Lang::Ko)));
    let mut bad = Vec::new();
    for (what, text) in &texts {
        assert!(text.chars().any(is_hangul), "{what} is not in Korean");
        for line in text.lines() {
            check(what, line, &list, &mut bad);
        }
    }
    assert!(
        bad.is_empty(),
        "forms the glossary forbids:\n{}",
        bad.join("\n")
    );
}

/// The particle written right after a placeholder (`{due}을`) in `template`, if any: it would
/// not agree with every value (`docs/glossary.md`, "Particles"). The copula (`{status}이므로`)
/// and a word (`{year}년`) are not particles.
fn particle_after_placeholder(template: &str) -> Option<String> {
    const PARTICLES: &[&str] = &[
        "으로서",
        "으로",
        "로서",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "과",
        "와",
        "로",
    ];
    for rest in template.split('}').skip(1) {
        for p in PARTICLES {
            if let Some(after) = rest.strip_prefix(p) {
                if !after.chars().next().is_some_and(is_hangul) {
                    return Some(format!("}}{p}"));
                }
            }
        }
    }
    None
}

/// No Korean message or calendar title puts a particle right after a placeholder: a particle
/// is written inside it (`{bearer|이}`), or the wording needs none (`기한({due})을`).
#[test]
fn no_particle_follows_a_placeholder() {
    assert_eq!(
        particle_after_placeholder("기한 {due}을 넘겼다"),
        Some("}을".to_owned())
    );
    assert_eq!(
        particle_after_placeholder("{convenedBy}이(가) 소집"),
        Some("}이".to_owned())
    );
    assert_eq!(particle_after_placeholder("기한({due})을 넘겼다"), None);
    assert_eq!(
        particle_after_placeholder("{status}이므로 {year}년 {bearer|이}"),
        None
    );
    let mut bad = Vec::new();
    for code in devzone_rules::ReasonCode::all() {
        if let Some(p) = particle_after_placeholder(code.template(Lang::Ko)) {
            bad.push(format!("{code}: {p} in {}", code.template(Lang::Ko)));
        }
    }
    for kind in devzone_rules::calendar::EventKind::ALL {
        if let Some(p) = particle_after_placeholder(kind.template(Lang::Ko)) {
            bad.push(format!(
                "{}: {p} in {}",
                kind.as_str(),
                kind.template(Lang::Ko)
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "particles after a placeholder:\n{}",
        bad.join("\n")
    );
}
