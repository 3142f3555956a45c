//! `cargo xtask setup`: installs what a fresh machine lacks, and only that.
//!
//! Facts behind each step are in `docs/toolchain.md` (wasm-bindgen-cli must equal the
//! `wasm-bindgen` version in Cargo.lock and is installed without `--locked`; wasm-opt comes from
//! npm binaryen 132, never Debian's; Chromium comes from Debian).

use crate::util::{cmd, locked_version, output_line, root, run as sh};
use std::path::Path;
use std::time::Instant;

/// wasm-pack version the build is tested with.
const WASM_PACK_VERSION: &str = "0.15.1";
/// Targets: the wasm build, and a target with no std at all (the proof the core needs none).
const TARGETS: [&str; 2] = ["wasm32-unknown-unknown", "thumbv7em-none-eabi"];

pub fn run() -> Result<(), String> {
    let start = Instant::now();
    targets()?;
    components()?;
    cargo_tool(
        "wasm-pack",
        WASM_PACK_VERSION,
        "wasm-pack",
        &format!("wasm-pack {WASM_PACK_VERSION}"),
    )?;
    let bindgen = locked_version("wasm-bindgen")?;
    cargo_tool(
        "wasm-bindgen-cli",
        &bindgen,
        "wasm-bindgen",
        &format!("wasm-bindgen {bindgen}"),
    )?;
    npm()?;
    chromium()?;
    println!("setup: done in {:.1}s", start.elapsed().as_secs_f64());
    Ok(())
}

fn targets() -> Result<(), String> {
    let installed = cmd("rustup", &["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    let installed = String::from_utf8_lossy(&installed.stdout).into_owned();
    let missing: Vec<&str> = TARGETS
        .iter()
        .copied()
        .filter(|t| !installed.lines().any(|l| l.trim() == *t))
        .collect();
    if missing.is_empty() {
        println!("setup: rust targets present");
        return Ok(());
    }
    let mut args = vec!["target", "add"];
    args.extend(missing);
    sh(cmd("rustup", &args))
}

fn components() -> Result<(), String> {
    let have = |p: &str| output_line("cargo", &[p, "--version"]).is_some();
    if have("clippy") && have("fmt") {
        println!("setup: clippy and rustfmt present");
        return Ok(());
    }
    sh(cmd("rustup", &["component", "add", "clippy", "rustfmt"]))
}

fn cargo_tool(krate: &str, version: &str, bin: &str, expect: &str) -> Result<(), String> {
    if output_line(bin, &["--version"]).as_deref() == Some(expect) {
        println!("setup: {expect} present");
        return Ok(());
    }
    // No `--locked`: wasm-bindgen-cli's lockfile names a crate version the registry mirror lacks.
    sh(cmd(
        "cargo",
        &["install", krate, "--version", version, "--force"],
    ))
}

/// Where `setup` keeps a copy of the lock file it last installed from.
const NPM_STAMP: &str = ".devzone-installed-package-lock.json";

fn npm() -> Result<(), String> {
    let modules = root().join("node_modules");
    let lock = std::fs::read(root().join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    // Installed from this very lock file (a changed lock, e.g. a new devDependency, reinstalls).
    let installed = std::fs::read(modules.join(NPM_STAMP)).is_ok_and(|stamp| stamp == lock)
        && modules.join(".bin").join("wasm-opt").exists()
        && modules.join(".bin").join("tsc").exists();
    if installed {
        println!("setup: npm devDependencies present");
        return Ok(());
    }
    if output_line("npm", &["--version"]).is_none() {
        return Err("npm is missing: install Node.js 20 or newer with npm".to_string());
    }
    sh(cmd("npm", &["ci", "--no-audit", "--no-fund"]))?;
    std::fs::write(modules.join(NPM_STAMP), &lock)
        .map_err(|e| format!("cannot write node_modules/{NPM_STAMP}: {e}"))
}

fn chromium() -> Result<(), String> {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        println!("setup: chromium and chromedriver present");
        return Ok(());
    }
    sh(cmd("apt-get", &["update", "-q"]))?;
    let mut install = cmd(
        "apt-get",
        &["install", "-y", "-q", "chromium", "chromium-driver"],
    );
    install.env("DEBIAN_FRONTEND", "noninteractive");
    sh(install)
}
