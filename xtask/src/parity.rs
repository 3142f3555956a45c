//! `cargo xtask parity [--cases N] [--seed S]`: native ≡ wasm on generated inputs. The core's
//! example `parity` generates N inputs from the seed (every computed rule and the register entry
//! points, from the schemas and from the vectors' inputs changed in a few places) and answers
//! them natively; `tests/parity/check.mjs` answers the same inputs with the npm package in
//! `pkg/` and compares the JSON texts byte for byte. Needs `cargo xtask pkg` first.

use std::process::Stdio;

use crate::util::cmd;

/// Cases CI runs (a few seconds); the recorded long run used 100,000 (docs/reliability.md).
pub const CI_CASES: u64 = 2000;

pub fn run(args: &[String]) -> Result<(), String> {
    let flag = |name: &str, default: u64| -> Result<u64, String> {
        match args.iter().position(|a| a == name) {
            None => Ok(default),
            Some(i) => args
                .get(i + 1)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a whole number")),
        }
    };
    parity(flag("--cases", CI_CASES)?, flag("--seed", 13)?)
}

pub fn parity(cases: u64, seed: u64) -> Result<(), String> {
    let (cases, seed) = (cases.to_string(), seed.to_string());
    let args = [
        "run",
        "-q",
        "-p",
        "devzone-rules",
        "--all-features",
        "--example",
        "parity",
        "--",
        "--cases",
        &cases,
        "--seed",
        &seed,
    ];
    println!("$ cargo {} | node tests/parity/check.mjs", args.join(" "));
    let mut native = cmd("cargo", &args)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run the native generator: {e}"))?;
    let out = native
        .stdout
        .take()
        .ok_or("the native generator has no output")?;
    let wasm = cmd("node", &["tests/parity/check.mjs"])
        .stdin(Stdio::from(out))
        .status()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let native = native
        .wait()
        .map_err(|e| format!("cannot wait for the native generator: {e}"))?;
    if !native.success() {
        return Err(format!("the native generator failed ({native})"));
    }
    if !wasm.success() {
        return Err(format!(
            "native and wasm answers differ, or the check failed ({wasm})"
        ));
    }
    Ok(())
}
