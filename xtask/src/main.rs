//! Project tasks, run with `cargo xtask <task>` (alias in `.cargo/config.toml`).
//!
//! - `setup`: install what a fresh machine lacks (targets, wasm-pack, wasm-bindgen-cli,
//!   cargo-deny, npm devDependencies, Chromium and a CJK font), npm and apt beside the cargo
//!   installs; skips what is there.
//! - `pkg`: build the npm package into `pkg/` (web + Node builds, wasm-opt'd, one `exports` map).
//! - `test-wasm`: wasm-bindgen tests in Node and in headless Chromium.
//! - `ci`: everything CI checks, in order, with a pass/fail count at the end.
//! - `demo [--port N]`: build the package and serve `www/` on 127.0.0.1.
//! - `serve [--port N]`: serve `www/` (with `pkg/web` at `/pkg/` and `examples/` at `/examples/`) without building.
//! - `fuzz [--secs N | --runs N] [--jobs N] [--no-trace-compares] [TARGET…]`: seed, build and
//!   run the cargo-fuzz targets of `fuzz/` (all by default, 60 s each), printing executions and
//!   coverage per target.
//! - `parity [--cases N] [--seed S]`: native ≡ wasm on N generated inputs (default 2,000),
//!   compared byte for byte (after `pkg`).
//! - `codegen`: rewrite the files generated from the rulebook's registry (the TypeScript
//!   declarations of the computed rules); a core test fails when they are stale.
//! - `scratch-crate`: the root README's Rust examples in a crate outside the workspace that
//!   depends on `devzone-rules` by path (the public API alone).

mod ci;
mod fuzz;
mod parity;
mod pkg;
mod scratch;
mod serve;
mod setup;
mod util;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <setup|pkg|test-wasm|ci|demo|serve|codegen|scratch-crate|fuzz|parity> [--port N] [--secs N | --runs N] [--jobs N] [--no-trace-compares] [--cases N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(),
        Some("pkg") => pkg::run().map(|_| ()),
        Some("test-wasm") => ci::test_wasm(&mut ci::Tally::default()),
        Some("ci") => ci::run(),
        Some("demo") => pkg::run().and_then(|_| serve::run(&args)),
        Some("serve") => serve::run(&args),
        Some("codegen") => codegen(),
        Some("scratch-crate") => scratch::run(),
        Some("fuzz") => fuzz::run(&args),
        Some("parity") => parity::run(&args),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Rewrites the generated files through the core's freshness tests (`UPDATE_CODEGEN=1`).
fn codegen() -> Result<(), String> {
    let mut c = util::cmd(
        "cargo",
        &[
            "test",
            "-q",
            "-p",
            "devzone-rules",
            "--all-features",
            "--test",
            "codegen",
        ],
    );
    c.env("UPDATE_CODEGEN", "1");
    util::run(c)
}
