//! Money, ratios, areas and scores are exact: no source file of the core names a floating-point
//! type, except the five that read or write JSON numbers at the boundary (`num.rs` accepts a
//! JavaScript number only when it is a whole number; `strict.rs` lists serde's primitive kinds;
//! `limits.rs` reads JSON text into a value, keeping a number as serde_json does, and `tree.rs`,
//! the tree the boundary decodes, keeps it the same way; `json_text.rs`,
//! the answers' writer, must take serde's floating-point kinds and hands them to serde_json).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::Path;

const BOUNDARY: &[&str] = &[
    "num.rs",
    "strict.rs",
    "limits.rs",
    "tree.rs",
    "json_text.rs",
];

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_floating_point_outside_the_json_boundary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    assert!(files.len() > 30, "the walk found the sources");
    let (f32_name, f64_name) = (["f", "32"].concat(), ["f", "64"].concat());
    let mut offenders = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if BOUNDARY.contains(&rel.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|w| w == f32_name || w == f64_name)
            {
                offenders.push(format!("{rel}:{}: {line}", n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "floating point in the core:\n{}",
        offenders.join("\n")
    );
}
