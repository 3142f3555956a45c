//! `cargo xtask setup`: installs what a fresh machine lacks, and only that.
//!
//! Facts behind each step are in `docs/toolchain.md` (wasm-bindgen-cli must equal the
//! `wasm-bindgen` version in Cargo.lock and is installed without `--locked`; wasm-opt comes from
//! npm binaryen 132, never Debian's; Chromium comes from Debian) and the pinned versions are
//! listed in `docs/reliability.md`.
//!
//! The Rust targets and components are checked first (the toolchain itself is pinned by
//! `rust-toolchain.toml`). The missing installs then run in three lanes at the same time, each
//! step a child process whose output lines are prefixed with the step's name:
//!
//! - the `cargo install` of each tool (built with lean release settings, see
//!   [`LEAN_TOOL_BUILD`]), one after another: they are CPU-bound, and on the project's 2-core
//!   machines three at once took longer than one after another (369 s against 329 s, measured
//!   back to back, docs/reliability.md);
//! - `npm ci`;
//! - `apt-get update` and the install of Chromium, chromedriver and a CJK font.
//!
//! npm and apt mostly wait on the network and the disk, so they overlap the compiles for free.
//! Every step runs to its end even when another fails; the error then names each failed step.

use crate::util::{cmd, locked_version, output_line, root};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// wasm-pack version the build is tested with.
const WASM_PACK_VERSION: &str = "0.15.1";
/// cargo-deny version CI's licence, ban and source checks run with (`deny.toml`).
const CARGO_DENY_VERSION: &str = "0.20.2";
/// cargo-fuzz version of `cargo xtask fuzz` and CI's fuzz smoke (run with `RUSTC_BOOTSTRAP=1`).
const CARGO_FUZZ_VERSION: &str = "0.13.1";
/// Targets: the wasm build, and a target with no std at all (the proof the core needs none).
/// The same list is in `rust-toolchain.toml`.
const TARGETS: [&str; 2] = ["wasm32-unknown-unknown", "thumbv7em-none-eabi"];

/// Release settings for building the tools we install (never the project's own profile):
/// the tools' own profiles ask for LTO and one codegen unit, which made two `cargo install`s take
/// most of a fresh setup. A tool built this way runs a little slower; nothing here is hot.
const LEAN_TOOL_BUILD: [(&str, &str); 3] = [
    ("CARGO_PROFILE_RELEASE_LTO", "false"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"),
    ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1"),
];

/// Debian packages for the browser tests: Chromium, its WebDriver, and a font with Chinese and
/// Korean glyphs (without one, zh/ko text renders as boxes in screenshots).
const APT_PACKAGES: [&str; 3] = ["chromium", "chromium-driver", "fonts-noto-cjk"];
/// The file `fonts-noto-cjk` installs that the browser uses for zh/ko.
const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

pub fn run() -> Result<(), String> {
    let start = Instant::now();
    targets()?;
    components()?;
    let bindgen = locked_version("wasm-bindgen")?;
    let tools = [
        CargoTool {
            krate: "wasm-pack",
            version: WASM_PACK_VERSION.to_string(),
            check: ("wasm-pack", &["--version"]),
            expect: format!("wasm-pack {WASM_PACK_VERSION}"),
        },
        CargoTool {
            krate: "wasm-bindgen-cli",
            expect: format!("wasm-bindgen {bindgen}"),
            version: bindgen,
            check: ("wasm-bindgen", &["--version"]),
        },
        CargoTool {
            krate: "cargo-deny",
            version: CARGO_DENY_VERSION.to_string(),
            check: ("cargo", &["deny", "--version"]),
            expect: format!("cargo-deny {CARGO_DENY_VERSION}"),
        },
        CargoTool {
            krate: "cargo-fuzz",
            version: CARGO_FUZZ_VERSION.to_string(),
            check: ("cargo", &["fuzz", "--version"]),
            expect: format!("cargo-fuzz {CARGO_FUZZ_VERSION}"),
        },
    ];
    let cargo_lane: Vec<Step> = tools.iter().filter_map(CargoTool::step).collect();
    let lanes = vec![
        cargo_lane,
        npm()?.into_iter().collect(),
        apt().into_iter().collect(),
    ];
    run_lanes(lanes)?;
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
    crate::util::run(cmd("rustup", &args))
}

fn components() -> Result<(), String> {
    let have = |p: &str| output_line("cargo", &[p, "--version"]).is_some();
    if have("clippy") && have("fmt") {
        println!("setup: clippy and rustfmt present");
        return Ok(());
    }
    crate::util::run(cmd("rustup", &["component", "add", "clippy", "rustfmt"]))
}

/// One installation: commands run in order, then `finish` (e.g. a stamp file), in its own thread.
struct Step {
    name: String,
    commands: Vec<Command>,
    finish: Option<Box<dyn FnOnce() -> Result<(), String> + Send>>,
}

/// A tool installed by `cargo install <krate> --version <version>`, present when the first line
/// of `check` is `expect`.
struct CargoTool {
    krate: &'static str,
    version: String,
    check: (&'static str, &'static [&'static str]),
    expect: String,
}

impl CargoTool {
    fn step(&self) -> Option<Step> {
        if output_line(self.check.0, self.check.1).as_deref() == Some(self.expect.as_str()) {
            println!("setup: {} present", self.expect);
            return None;
        }
        // No `--locked`: wasm-bindgen-cli's lockfile names a crate version the registry mirror
        // lacks. `--force` replaces another version of the same tool.
        let mut c = cmd(
            "cargo",
            &["install", self.krate, "--version", &self.version, "--force"],
        );
        c.envs(LEAN_TOOL_BUILD);
        Some(Step {
            name: self.krate.to_string(),
            commands: vec![c],
            finish: None,
        })
    }
}

/// Where `setup` keeps a copy of the lock file it last installed from.
const NPM_STAMP: &str = ".devzone-installed-package-lock.json";

fn npm() -> Result<Option<Step>, String> {
    let modules = root().join("node_modules");
    let lock = std::fs::read(root().join("package-lock.json"))
        .map_err(|e| format!("cannot read package-lock.json: {e}"))?;
    // Installed from this very lock file (a changed lock, e.g. a new devDependency, reinstalls).
    let installed = std::fs::read(modules.join(NPM_STAMP)).is_ok_and(|stamp| stamp == lock)
        && modules.join(".bin").join("wasm-opt").exists()
        && modules.join(".bin").join("tsc").exists();
    if installed {
        println!("setup: npm devDependencies present");
        return Ok(None);
    }
    if output_line("npm", &["--version"]).is_none() {
        return Err("npm is missing: install Node.js 20 or newer with npm".to_string());
    }
    let stamp = modules.join(NPM_STAMP);
    Ok(Some(Step {
        name: "npm ci".to_string(),
        // The audit is its own check (docs/reliability.md), not part of every install.
        commands: vec![cmd("npm", &["ci", "--no-audit", "--no-fund"])],
        finish: Some(Box::new(move || {
            std::fs::write(&stamp, &lock)
                .map_err(|e| format!("cannot write node_modules/{NPM_STAMP}: {e}"))
        })),
    }))
}

fn apt() -> Option<Step> {
    if Path::new("/usr/bin/chromium").exists()
        && Path::new("/usr/bin/chromedriver").exists()
        && Path::new(CJK_FONT).exists()
    {
        println!("setup: chromium, chromedriver and the CJK font present");
        return None;
    }
    let mut install = cmd("apt-get", &["install", "-y", "-q"]);
    install.args(APT_PACKAGES);
    install.env("DEBIAN_FRONTEND", "noninteractive");
    Some(Step {
        name: "apt-get".to_string(),
        commands: vec![cmd("apt-get", &["update", "-q"]), install],
        finish: None,
    })
}

/// Runs the lanes at the same time, the steps of a lane one after another (a failed step does
/// not stop the next), and waits for all; fails naming each failed step.
fn run_lanes(lanes: Vec<Vec<Step>>) -> Result<(), String> {
    let lanes: Vec<Vec<Step>> = lanes.into_iter().filter(|l| !l.is_empty()).collect();
    if lanes.is_empty() {
        return Ok(());
    }
    let plan: Vec<String> = lanes
        .iter()
        .map(|l| {
            l.iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(" then ")
        })
        .collect();
    println!("setup: installing, at the same time: {}", plan.join(" | "));
    let results: Vec<(String, f64, Result<(), String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = lanes
            .into_iter()
            .map(|lane| {
                let names: Vec<String> = lane.iter().map(|s| s.name.clone()).collect();
                let handle = scope.spawn(move || {
                    lane.into_iter()
                        .map(|step| {
                            let name = step.name.clone();
                            let start = Instant::now();
                            let r = run_step(step);
                            let secs = start.elapsed().as_secs_f64();
                            match &r {
                                Ok(()) => println!("setup: {name}: done in {secs:.1}s"),
                                Err(e) => println!("setup: {name}: FAILED after {secs:.1}s: {e}"),
                            }
                            (name, secs, r)
                        })
                        .collect::<Vec<_>>()
                });
                (names, handle)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(names, h)| {
                h.join().unwrap_or_else(|_| {
                    names
                        .into_iter()
                        .map(|n| (n, 0.0, Err("its thread panicked".to_string())))
                        .collect()
                })
            })
            .collect()
    });
    let failed: Vec<String> = results
        .into_iter()
        .filter_map(|(name, _, r)| r.err().map(|e| format!("{name} ({e})")))
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("{} failed: {}", failed.len(), failed.join("; ")))
    }
}

fn run_step(step: Step) -> Result<(), String> {
    for c in step.commands {
        run_prefixed(&step.name, c)?;
    }
    match step.finish {
        Some(f) => f(),
        None => Ok(()),
    }
}

/// Runs `c` with every line of its output printed as `[name] line` (stdout to stdout, stderr to
/// stderr), so steps running at the same time stay readable.
fn run_prefixed(name: &str, mut c: Command) -> Result<(), String> {
    let what = describe(&c);
    println!("[{name}] $ {what}");
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run `{what}`: {e}"))?;
    let out = child.stdout.take();
    let err = child.stderr.take();
    std::thread::scope(|s| {
        s.spawn(|| prefix_lines(name, out, false));
        s.spawn(|| prefix_lines(name, err, true));
    });
    let status = child
        .wait()
        .map_err(|e| format!("cannot wait for `{what}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{what}` failed ({status})"))
    }
}

fn prefix_lines(name: &str, stream: Option<impl Read>, to_stderr: bool) {
    let Some(stream) = stream else { return };
    let mut reader = BufReader::new(stream);
    let mut buf = Vec::new();
    // Bytes, not `lines()`: a line that is not UTF-8 must not stop the reading (the child would
    // then block on a full pipe).
    while reader.read_until(b'\n', &mut buf).is_ok_and(|n| n > 0) {
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        if to_stderr {
            eprintln!("[{name}] {line}");
        } else {
            println!("[{name}] {line}");
        }
        buf.clear();
    }
}

fn describe(c: &Command) -> String {
    let mut s = String::new();
    for (k, v) in c.get_envs() {
        if let (Some(k), Some(v)) = (k.to_str(), v.and_then(|v| v.to_str())) {
            if k.starts_with("CARGO_PROFILE_") {
                s.push_str(&format!("{k}={v} "));
            }
        }
    }
    s.push_str(&c.get_program().to_string_lossy());
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}
