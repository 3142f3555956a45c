//! `cargo xtask fuzz [--secs N | --runs N] [--jobs N] [--no-trace-compares] [TARGET…]`: seeds
//! the corpora from the test vectors, builds the cargo-fuzz targets of `fuzz/` and runs each in
//! turn (all of them when none is named), then prints the executions, coverage and corpus size of
//! each.
//!
//! For long runs of the slow targets: `--jobs N` runs N libFuzzer processes on the target's one
//! corpus directory at once (each picks up what the others add to it, libFuzzer's `-reload`),
//! `--runs` shared between them, their executions summed; `--no-trace-compares` builds without
//! comparison tracing (cargo-fuzz's flag: faster, with coarser guidance; `register_typed` spends
//! half its time in that tracing — see docs/reliability.md). Both change how a run is made,
//! never what a target checks. (libFuzzer's own `-fork=N` mode was measured too: it restarts its
//! processes every few seconds and made half as many executions in the same time.)
//!
//! cargo-fuzz asks for a nightly compiler; the project pins stable 1.95.0, so the build runs
//! with `RUSTC_BOOTSTRAP=1` (stable rustc accepting nightly-only flags) and without a sanitizer
//! (`-s none`: the core has no `unsafe`, and what the targets look for — panics, arithmetic
//! overflow with debug assertions on, hangs, memory, wrong answers — needs none). A crash stops
//! the run with the path of the input libFuzzer saved under `fuzz/artifacts/<target>/`; fixed
//! crashes are kept in `fuzz/regressions/<target>/`, which every run replays first.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{cmd, root};

/// Every target, cheapest first.
pub const TARGETS: [&str; 10] = [
    "dates",
    "money",
    "ics",
    "tree",
    "strict",
    "evaluate_raw",
    "evaluate_typed",
    "fees",
    "register_raw",
    "register_typed",
];

/// How long a run lasts.
#[derive(Clone, Copy, Debug)]
pub enum Budget {
    /// Seconds per target.
    Secs(u64),
    /// Executions per target.
    Runs(u64),
}

/// How the targets are built and run besides their budget.
#[derive(Clone, Copy, Debug, Default)]
pub struct Mode {
    /// How many libFuzzer processes run each target at once (1 when unset).
    pub jobs: Option<u32>,
    /// Build without `-sanitizer-coverage-trace-compares`.
    pub no_trace_compares: bool,
}

/// What one target's run did.
#[derive(Debug, Default)]
pub struct Stats {
    pub target: String,
    pub execs: u64,
    pub secs: u64,
    pub peak_rss_mb: u64,
    pub cov: u64,
    pub features: u64,
    pub corpus: u64,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut budget = Budget::Secs(60);
    let mut mode = Mode::default();
    let mut targets = Vec::new();
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--secs" | "--runs" => {
                let n: u64 = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("{a} needs a whole number"))?;
                budget = if a == "--secs" {
                    Budget::Secs(n)
                } else {
                    Budget::Runs(n)
                };
            }
            "--jobs" => {
                let n: u32 = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|n| *n >= 1)
                    .ok_or("--jobs needs a number of processes, 1 or more")?;
                mode.jobs = Some(n);
            }
            "--no-trace-compares" => mode.no_trace_compares = true,
            t if TARGETS.contains(&t) => targets.push(t.to_string()),
            other => {
                return Err(format!(
                    "unknown fuzz argument `{other}`; targets: {}",
                    TARGETS.join(", ")
                ))
            }
        }
    }
    if targets.is_empty() {
        targets = TARGETS.iter().map(|t| (*t).to_string()).collect();
    }
    let stats = fuzz_in(&targets, budget, mode)?;
    print_table(&stats);
    Ok(())
}

/// Seeds, builds and runs `targets`.
pub fn fuzz(targets: &[String], budget: Budget) -> Result<Vec<Stats>, String> {
    fuzz_in(targets, budget, Mode::default())
}

/// [`fuzz`] built and run in `mode`.
pub fn fuzz_in(targets: &[String], budget: Budget, mode: Mode) -> Result<Vec<Stats>, String> {
    let seeds = write_seeds()?;
    println!("fuzz: {seeds} seed inputs written under fuzz/corpus/");
    build(mode)?;
    let mut all = Vec::new();
    for t in targets {
        all.push(run_jobs(t, budget, mode)?);
    }
    Ok(all)
}

fn fuzz_cmd(args: &[&str]) -> std::process::Command {
    let mut c = cmd("cargo", args);
    c.env("RUSTC_BOOTSTRAP", "1");
    c
}

/// cargo-fuzz's build flags of `mode` (the same for `build` and `run`, or `run` rebuilds).
fn build_flags(mode: Mode) -> Vec<&'static str> {
    let mut flags = vec!["-s", "none"];
    if mode.no_trace_compares {
        flags.push("--no-trace-compares");
    }
    flags
}

fn build(mode: Mode) -> Result<(), String> {
    let mut args = vec!["fuzz", "build"];
    args.extend(build_flags(mode));
    crate::util::run(fuzz_cmd(&args))
}

/// Runs `target` in `mode.jobs` processes at once (the runs shared between them) and sums what
/// they did: executions added up; seconds, peak memory, coverage and features the largest of
/// any one process (each counts its own); the corpus as its directory holds it at the end.
fn run_jobs(target: &str, budget: Budget, mode: Mode) -> Result<Stats, String> {
    let jobs = mode.jobs.unwrap_or(1);
    if jobs <= 1 {
        return run_target(target, budget, mode);
    }
    let share = match budget {
        Budget::Secs(s) => Budget::Secs(s),
        Budget::Runs(n) => Budget::Runs(n.div_ceil(u64::from(jobs))),
    };
    let results: Vec<Result<Stats, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| scope.spawn(move || run_target(target, share, mode)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(String::from("a fuzz job panicked")))
            })
            .collect()
    });
    let mut all = Stats {
        target: target.to_string(),
        ..Stats::default()
    };
    for r in results {
        let s = r?;
        all.execs += s.execs;
        all.secs = all.secs.max(s.secs);
        all.peak_rss_mb = all.peak_rss_mb.max(s.peak_rss_mb);
        all.cov = all.cov.max(s.cov);
        all.features = all.features.max(s.features);
    }
    all.corpus = std::fs::read_dir(root().join("fuzz").join("corpus").join(target))
        .map(|d| d.count() as u64)
        .unwrap_or(0);
    println!(
        "fuzz {target}, {jobs} jobs: {} executions in {} s, coverage up to {} edges, {} features, corpus {}, peak RSS {} MB",
        all.execs, all.secs, all.cov, all.features, all.corpus, all.peak_rss_mb
    );
    Ok(all)
}

fn run_target(target: &str, budget: Budget, mode: Mode) -> Result<Stats, String> {
    let corpus = format!("fuzz/corpus/{target}");
    let regressions = format!("fuzz/regressions/{target}");
    std::fs::create_dir_all(root().join(&regressions))
        .map_err(|e| format!("cannot create {regressions}: {e}"))?;
    let limit = match budget {
        Budget::Secs(s) => format!("-max_total_time={s}"),
        Budget::Runs(n) => format!("-runs={n}"),
    };
    // The raw targets read whole registers (the example register is ~100 KB); the others read
    // choices, for which a few KB is plenty and keeps each execution small.
    let max_len = if target.ends_with("_raw") {
        "-max_len=262144"
    } else {
        "-max_len=4096"
    };
    let mut args = vec!["fuzz", "run"];
    args.extend(build_flags(mode));
    args.extend([
        target,
        &corpus,
        &regressions,
        "--",
        &limit,
        "-timeout=10",
        "-rss_limit_mb=2048",
        max_len,
        "-print_final_stats=1",
    ]);
    let mut stats = Stats {
        target: target.to_string(),
        ..Stats::default()
    };
    let mut tail: Vec<String> = Vec::new();
    let start = std::time::Instant::now();
    let result = crate::util::run_watching(fuzz_cmd(&args), &mut |line| {
        let num = |key: &str| {
            line.strip_prefix(key)
                .and_then(|r| r.trim().parse::<u64>().ok())
        };
        if let Some(n) = num("stat::number_of_executed_units:") {
            stats.execs = n;
        }
        if let Some(n) = num("stat::peak_rss_mb:") {
            stats.peak_rss_mb = n;
        }
        // libFuzzer's status lines: `#1234 pulse  cov: 567 ft: 890 corp: 12/3456b …`.
        let words: Vec<&str> = line.split_whitespace().collect();
        for pair in words.windows(2) {
            if let [k, v] = pair {
                let v = v.split('/').next().unwrap_or("").parse::<u64>().ok();
                match (*k, v) {
                    ("cov:", Some(n)) => stats.cov = n,
                    ("ft:", Some(n)) => stats.features = n,
                    ("corp:", Some(n)) => stats.corpus = n,
                    _ => {}
                }
            }
        }
        tail.push(line.to_string());
        if tail.len() > 40 {
            tail.remove(0);
        }
    });
    stats.secs = start.elapsed().as_secs();
    println!(
        "fuzz {target}: {} executions in {} s, coverage {} edges, {} features, corpus {}, peak RSS {} MB",
        stats.execs, stats.secs, stats.cov, stats.features, stats.corpus, stats.peak_rss_mb
    );
    if let Err(e) = result {
        for l in &tail {
            println!("  | {l}");
        }
        return Err(format!(
            "fuzz target {target} failed (the input is under fuzz/artifacts/{target}/): {e}"
        ));
    }
    Ok(stats)
}

fn print_table(stats: &[Stats]) {
    println!("\n| target | executions | seconds | coverage (edges) | features | corpus | peak RSS (MB) |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for s in stats {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            s.target, s.execs, s.secs, s.cov, s.features, s.corpus, s.peak_rss_mb
        );
    }
}

/// Writes the seed corpora from `tests/vectors/` (and the example register): returns how many.
fn write_seeds() -> Result<usize, String> {
    let vectors = root().join("tests").join("vectors");
    let mut files = Vec::new();
    json_files(&vectors, &mut files);
    let mut seeds: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut strings = BTreeSet::new();
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let doc: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        let rule = doc.get("rule").and_then(Value::as_str);
        let function = doc.get("function").and_then(Value::as_str);
        for case in doc
            .get("cases")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(input) = case.get("input") else {
                continue;
            };
            let input = include(input)?;
            collect_strings(&input, &mut strings);
            let options = case.get("options").cloned().unwrap_or(Value::Null);
            let input_text = input.to_string();
            // The text the package reads (`JSON.stringify`'s form: compact, no escapes of
            // characters beyond ASCII).
            seeds.push(("tree", input_text.clone().into_bytes()));
            match (rule, function) {
                (Some(rule), _) => {
                    let mut seed = format!("{rule}\0{options}\0").into_bytes();
                    seed.extend_from_slice(input_text.as_bytes());
                    seeds.push(("evaluate_raw", seed));
                }
                (None, Some(f)) => {
                    let selector: u8 = match f {
                        "report" => 0,
                        "obligations" => 1,
                        "calendar" => 2,
                        _ => 3,
                    };
                    let mut seed = vec![selector];
                    seed.extend_from_slice(input_text.as_bytes());
                    seeds.push(("register_raw", seed));
                }
                _ => {}
            }
        }
    }
    for s in &strings {
        let looks_like_date = s.len() == 10 && s.as_bytes().get(4) == Some(&b'-');
        let looks_like_amount = !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '.');
        if looks_like_date {
            seeds.push(("dates", s.clone().into_bytes()));
        }
        if looks_like_amount {
            seeds.push(("money", s.clone().into_bytes()));
        }
        if s.chars().any(|c| matches!(c, ',' | ';' | '\\' | '\n')) || s.len() > 60 {
            seeds.push(("ics", s.clone().into_bytes()));
        }
    }
    // The structure-aware targets read their choices from the bytes: seeds of fixed bytes.
    for t in ["strict", "evaluate_typed", "fees", "register_typed"] {
        for i in 0u8..32 {
            let seed: Vec<u8> = (0..512u32)
                .map(|j| u8::try_from((j * 31 + u32::from(i) * 97) % 251).unwrap_or(0))
                .collect();
            seeds.push((t, seed));
        }
    }
    let n = seeds.len();
    for (target, bytes) in seeds {
        let dir = root().join("fuzz").join("corpus").join(target);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = format!("seed-{:016x}", fnv(&bytes));
        std::fs::write(dir.join(name), bytes).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    Ok(n)
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A vector's `{"$include": "path"}` replaced by that file's JSON.
fn include(v: &Value) -> Result<Value, String> {
    Ok(match v {
        Value::Object(map) => {
            if let Some(Value::String(path)) = map.get("$include") {
                let p = root().join(path);
                let text =
                    std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
                return serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()));
            }
            let mut out = serde_json::Map::new();
            for (k, item) in map {
                out.insert(k.clone(), include(item)?);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(include).collect::<Result<_, _>>()?),
        other => other.clone(),
    })
}

fn collect_strings(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|i| collect_strings(i, out)),
        Value::Object(map) => map.values().for_each(|i| collect_strings(i, out)),
        _ => {}
    }
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            json_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}
