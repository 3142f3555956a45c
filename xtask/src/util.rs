//! Running commands from the repository root, with the npm tools first on PATH.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map_or(here.clone(), Path::to_path_buf)
}

/// PATH with `node_modules/.bin` first (npm binaryen's wasm-opt must win over any other) and
/// `~/.cargo/bin` present (cargo-installed tools on a fresh machine).
pub fn path_env() -> String {
    let mut parts = vec![root()
        .join("node_modules")
        .join(".bin")
        .display()
        .to_string()];
    if let Some(home) = std::env::var_os("HOME") {
        parts.push(
            Path::new(&home)
                .join(".cargo")
                .join("bin")
                .display()
                .to_string(),
        );
    }
    if let Some(p) = std::env::var_os("PATH") {
        parts.push(p.to_string_lossy().into_owned());
    }
    parts.join(":")
}

/// A command run from the root with [`path_env`].
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root()).env("PATH", path_env());
    c
}

fn describe(c: &Command) -> String {
    let mut s = c.get_program().to_string_lossy().into_owned();
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Runs `c`, streaming its output; an error names the command and its exit status.
pub fn run(mut c: Command) -> Result<(), String> {
    let what = describe(&c);
    println!("$ {what}");
    let start = Instant::now();
    let status = c
        .status()
        .map_err(|e| format!("cannot run `{what}`: {e}"))?;
    println!("  ({:.1}s)", start.elapsed().as_secs_f64());
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{what}` failed ({status})"))
    }
}

/// Runs `c`, streaming its output line by line and handing every line to `seen`.
pub fn run_watching(mut c: Command, seen: &mut dyn FnMut(&str)) -> Result<(), String> {
    let what = describe(&c);
    println!("$ {what}");
    let start = Instant::now();
    // Both streams are merged through a shell-free pipe: stderr is read after stdout closes.
    let mut child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run `{what}`: {e}"))?;
    let stderr = child.stderr.take();
    let err_thread = std::thread::spawn(move || {
        let mut lines = Vec::new();
        if let Some(err) = stderr {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                eprintln!("{line}");
                lines.push(line);
            }
        }
        lines
    });
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            seen(&line);
        }
    }
    for line in err_thread.join().unwrap_or_default() {
        seen(&line);
    }
    let status = child
        .wait()
        .map_err(|e| format!("cannot wait for `{what}`: {e}"))?;
    println!("  ({:.1}s)", start.elapsed().as_secs_f64());
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{what}` failed ({status})"))
    }
}

/// The first line a command prints, trimmed, or `None` when it cannot run.
pub fn output_line(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program, args).stderr(Stdio::null()).output().ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(|l| l.trim().to_string())
}

/// The version of a package in `Cargo.lock`.
pub fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("`{package}` is not in Cargo.lock"))
}
