//! Generated files are fresh: what the registry implies is what is committed (rust-analyzer's
//! "tidy" tests). `cargo xtask codegen` (or `UPDATE_CODEGEN=1 cargo test --test codegen`)
//! rewrites them.

#![allow(
    clippy::panic,
    reason = "test helpers: a stale or unwritable file is a test failure"
)]

use std::path::Path;

fn check(path: &str, expected: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    if actual == expected {
        return;
    }
    if std::env::var_os("UPDATE_CODEGEN").is_some() {
        std::fs::write(&path, expected).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    panic!(
        "{} is stale: run `cargo xtask codegen` and commit the result",
        path.display()
    );
}

#[test]
fn typescript_declarations_are_fresh() {
    check(
        "bindings/src/generated.d.ts",
        &devzone_rules::rules::typescript_declarations(),
    );
}
