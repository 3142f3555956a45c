//! `cargo xtask pkg`: the npm package `devzone-rules` in `pkg/`.
//!
//! Two wasm-pack builds of `bindings/` (`web` for browsers and bundlers, `nodejs` for Node),
//! optimised by npm binaryen's `wasm-opt` (first on PATH), their functions then put in the order
//! gzip compresses best (`xtask/wasm-order.mjs`, with npm binaryen's JS API), under one
//! `package.json` whose `exports` map sends Node to the CommonJS build and everything else to
//! the ES module build, and `schemas/`: the JSON Schema of every input, written by the native
//! `devzone schema --out-dir` (the wasm module does not carry them).
//! Everything in `pkg/` is generated; edit `bindings/` or this file instead.

use crate::util::{cmd, root, run_watching};
use std::io::Write;
use std::path::Path;

/// Name of the generated JS module (wasm-pack's `--out-name`).
const OUT_NAME: &str = "devzone_rules_wasm";

/// The two builds: folder in `pkg/` and wasm-pack target.
const BUILDS: [(&str, &str); 2] = [("web", "web"), ("node", "nodejs")];

pub struct Sizes {
    pub raw: u64,
    pub gzipped: u64,
}

pub fn run() -> Result<Sizes, String> {
    let pkg = root().join("pkg");
    for (dir, _) in BUILDS {
        let out = pkg.join(dir);
        if out.exists() {
            std::fs::remove_dir_all(&out)
                .map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
        }
    }
    for (dir, target) in BUILDS {
        let out_dir = format!("../pkg/{dir}");
        let mut used_wasm_opt = false;
        // wasm-pack's own flags go before the crate path; `--mode no-install` after our setup.
        let mut c = cmd(
            "wasm-pack",
            &[
                "build",
                "--mode",
                "no-install",
                "--release",
                "--target",
                target,
                "--out-dir",
                &out_dir,
                "--out-name",
                OUT_NAME,
                "--no-pack",
                "bindings",
            ],
        );
        // The package is built with the project's wasm32 flags (`.cargo/config.toml`: LLVM's
        // inline threshold, no unrolling; the module ~8 % larger without them), which a
        // `RUSTFLAGS` of the environment would replace rather than add to.
        for var in RUSTFLAGS_VARS {
            if std::env::var_os(var).is_some_and(|v| !v.is_empty()) {
                println!("pkg: {var} is set; not passed to the package's build (.cargo/config.toml holds its flags)");
            }
            c.env_remove(var);
        }
        run_watching(c, &mut |line| {
            if line.contains("wasm-opt") && line.contains("node_modules") {
                used_wasm_opt = true;
            }
        })?;
        if !used_wasm_opt {
            return Err(
                "wasm-pack did not report npm binaryen's wasm-opt; run `cargo xtask setup` (npm ci)".to_string(),
            );
        }
        // Functions in the order gzip compresses best (xtask/wasm-order.mjs; the module ~4 %
        // smaller gzipped, nothing else changed).
        let wasm = format!("pkg/{dir}/{OUT_NAME}_bg.wasm");
        crate::util::run(cmd("node", &["xtask/wasm-order.mjs", &wasm]))?;
        // The module's data packed with LZMA and unpacked by its start function
        // (xtask/wasm-pack-data.mjs, bindings/unpack): ~42 KB less gzipped, for ~12–20 ms more
        // at every instantiation; both builds, so that the package holds one module and each
        // `_bg.wasm` is the size the budget measures (docs/benchmarks.md, "2026-12-06, tenth
        // session").
        pack_data(&wasm, dir)?;
        // The web build's glue declares the module's exports too (`InitOutput`).
        for (dts, declared) in [
            (format!("{OUT_NAME}_bg.wasm.d.ts"), true),
            (format!("{OUT_NAME}.d.ts"), target == "web"),
        ] {
            drop_declaration(&pkg.join(dir).join(dts), UNPACK_EXPORT, declared)?;
        }
        tidy_build(&pkg.join(dir), target)?;
    }
    write_schemas(&pkg)?;
    write_manifest(&pkg)?;
    for manifest in [
        pkg.join("package.json"),
        pkg.join("web").join("package.json"),
        pkg.join("node").join("package.json"),
    ] {
        let text = std::fs::read_to_string(&manifest)
            .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
        no_runtime_dependencies(&text).map_err(|e| format!("{}: {e}", manifest.display()))?;
    }
    let wasm = std::fs::read(pkg.join("web").join(format!("{OUT_NAME}_bg.wasm")))
        .map_err(|e| format!("cannot read the built wasm: {e}"))?;
    let sizes = Sizes {
        raw: wasm.len() as u64,
        gzipped: gzip_len(&wasm)?,
    };
    println!(
        "pkg: built {} (wasm {} bytes, {} bytes gzipped)",
        pkg.display(),
        sizes.raw,
        sizes.gzipped
    );
    budget(&sizes)?;
    Ok(sizes)
}

/// What replaces `.cargo/config.toml`'s `target.wasm32-unknown-unknown.rustflags` when set.
const RUSTFLAGS_VARS: [&str; 3] = [
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
];

/// The module's size budget, gzip -9 bytes of `_bg.wasm`: issue 12's target (150 KB, the whole
/// trilingual rulebook included).
pub const TARGET_GZIP: u64 = 150_000;

/// What `cargo xtask pkg` (and so CI) refuses above, gzip -9 bytes: the module as last measured
/// plus about 1 %, so that nothing grows unnoticed while the module is still above
/// [`TARGET_GZIP`]. Lower it whenever the module shrinks; raising it is a decision, recorded with
/// its reason in `docs/benchmarks.md` ("Size budget"). At or below the target it is the target.
pub const CEILING_GZIP: u64 = 476_000;

/// Prints the module against its budget; an error above [`CEILING_GZIP`].
fn budget(sizes: &Sizes) -> Result<(), String> {
    let ceiling = CEILING_GZIP.max(TARGET_GZIP);
    if sizes.gzipped <= TARGET_GZIP {
        println!(
            "pkg: size budget met: {} B gzipped ≤ {TARGET_GZIP} B",
            sizes.gzipped
        );
        return Ok(());
    }
    println!(
        "pkg: size budget NOT met: {} B gzipped, {} B over the {TARGET_GZIP} B target (issue 12); ceiling {ceiling} B",
        sizes.gzipped,
        sizes.gzipped - TARGET_GZIP
    );
    if sizes.gzipped > ceiling {
        return Err(format!(
            "the wasm module grew: {} B gzipped is above the ceiling of {ceiling} B \
             (xtask/src/pkg.rs CEILING_GZIP; see docs/benchmarks.md, \"Size budget\")",
            sizes.gzipped
        ));
    }
    Ok(())
}

/// The LZMA settings the module's data is packed with: xz's preset 9 (a 64 MiB window, more
/// than the data) with its default literal context (`lc` 3, `lp` 0, `pb` 2), which came out
/// smallest of `lc` 0–4 and `pb` 0/2 on this module's data (docs/benchmarks.md, "2026-12-06,
/// tenth session"). `lc + lp` must stay within the decoder's `MAX_LC_LP` (bindings/unpack).
fn lzma_options() -> lzma_rust2::LzmaOptions {
    let mut options = lzma_rust2::LzmaOptions::with_preset(9);
    options.lc = 3;
    options.lp = 0;
    options.pb = 2;
    options
}

/// Packs the data of the module at `wasm` (relative to the root), the build `dir`'s:
/// `wasm-pack-data.mjs data` writes the bytes its segments put in memory, this packs them (raw
/// LZMA1, no end marker: the decoder knows the length), and `wasm-pack-data.mjs pack` puts them
/// in the module with the start function that unpacks them, checking that the instantiated
/// module's memory is the same. The module as it was is kept as
/// `target/pkg-data/<dir>.unpacked.wasm`, which `tests/bench/instantiate.bench.mjs` compares.
fn pack_data(wasm: &str, dir: &str) -> Result<(), String> {
    let scratch = root().join("target").join("pkg-data");
    std::fs::create_dir_all(&scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let unpacked = scratch.join(format!("{dir}.unpacked.wasm"));
    std::fs::copy(root().join(wasm), &unpacked)
        .map_err(|e| format!("cannot copy {wasm} to {}: {e}", unpacked.display()))?;
    let data_path = scratch.join("data.bin");
    let packed_path = scratch.join("data.lzma");
    let data_arg = data_path.display().to_string();
    crate::util::run(cmd(
        "node",
        &["xtask/wasm-pack-data.mjs", "data", wasm, &data_arg],
    ))?;
    let data = std::fs::read(&data_path)
        .map_err(|e| format!("cannot read {}: {e}", data_path.display()))?;
    let (props, packed) = lzma(&data)?;
    std::fs::write(&packed_path, &packed)
        .map_err(|e| format!("cannot write {}: {e}", packed_path.display()))?;
    crate::util::run(cmd(
        "node",
        &[
            "xtask/wasm-pack-data.mjs",
            "pack",
            wasm,
            &packed_path.display().to_string(),
            &props.to_string(),
        ],
    ))
}

/// The export the packed module's start function calls, which the packing takes away.
const UNPACK_EXPORT: &str = "__devzone_unpack";

/// Takes the declaration of `name`, a raw export wasm-bindgen declared (one line), out of the
/// TypeScript at `path`: the packed module no longer has it ([`without_declaration`]).
fn drop_declaration(path: &Path, name: &str, declared: bool) -> Result<(), String> {
    let text = read(path)?;
    let out = without_declaration(&text, name, declared)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    write(path, &out)
}

/// `text` without the line declaring `name` (`readonly name: …` in an interface, `export const
/// name: …`); an error unless there is one such line, or none if not `declared`.
fn without_declaration(text: &str, name: &str, declared: bool) -> Result<String, String> {
    let declares = |line: &str| {
        let line = line.trim_start();
        let line = line
            .strip_prefix("readonly ")
            .or_else(|| line.strip_prefix("export const "))
            .unwrap_or("");
        line.starts_with(&format!("{name}:"))
    };
    let found = text.lines().filter(|l| declares(l)).count();
    if found != usize::from(declared) {
        return Err(format!(
            "expected {} declaration of `{name}`, found {found}",
            usize::from(declared)
        ));
    }
    let kept: Vec<&str> = text.lines().filter(|l| !declares(l)).collect();
    let mut out = kept.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// `data` packed as raw LZMA1 with [`lzma_options`], and its properties byte.
fn lzma(data: &[u8]) -> Result<(u8, Vec<u8>), String> {
    let mut w = lzma_rust2::LzmaWriter::new_no_header(Vec::new(), &lzma_options(), false)
        .map_err(|e| format!("LZMA: {e}"))?;
    let props = w.props();
    w.write_all(data).map_err(|e| format!("LZMA: {e}"))?;
    let packed = w.finish().map_err(|e| format!("LZMA: {e}"))?;
    Ok((props, packed))
}

/// Drops wasm-pack's per-build package.json/README/.gitignore: the package has one manifest.
/// A one-line package.json stays in each build to fix its module system for Node's resolver.
fn tidy_build(dir: &Path, target: &str) -> Result<(), String> {
    for f in ["package.json", "README.md", ".gitignore", "LICENSE"] {
        let p = dir.join(f);
        if p.exists() {
            std::fs::remove_file(&p).map_err(|e| format!("cannot remove {}: {e}", p.display()))?;
        }
    }
    stable_snippets(dir)?;
    if target == "web" {
        no_any_in_init_output(&dir.join(format!("{OUT_NAME}.d.ts")))?;
        web_entry(dir)?;
    }
    if target == "nodejs" {
        commonjs_snippets(&dir.join("snippets"))?;
        node_entry(dir)?;
    }
    let kind = if target == "nodejs" {
        "commonjs"
    } else {
        "module"
    };
    write(
        &dir.join("package.json"),
        &format!("{{ \"type\": \"{kind}\" }}\n"),
    )
}

/// The folder every build keeps the bindings' JS snippets in, under `snippets/`.
pub const SNIPPETS: &str = "devzone-rules-wasm";

/// wasm-bindgen puts the bindings' JS snippets under `snippets/devzone-rules-wasm-<hash>/`, a
/// hash of the crate's identity that can differ between machines; the build renames the folder
/// to `snippets/devzone-rules-wasm/` and the glue's imports with it, so that the demo page can
/// `modulepreload` them by name (www/index.html; without that the browser finds them only
/// after it has parsed the glue: one more round trip before the engine starts).
fn stable_snippets(dir: &Path) -> Result<(), String> {
    let snippets = dir.join("snippets");
    if !snippets.exists() {
        return Ok(());
    }
    let hashed: Vec<String> = std::fs::read_dir(&snippets)
        .map_err(|e| format!("cannot read {}: {e}", snippets.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(&format!("{SNIPPETS}-")))
        .collect();
    let [old] = hashed.as_slice() else {
        return Err(format!(
            "{}: expected one folder `{SNIPPETS}-<hash>`, found {hashed:?}",
            snippets.display()
        ));
    };
    let fixed = snippets.join(SNIPPETS);
    if fixed.exists() {
        std::fs::remove_dir_all(&fixed)
            .map_err(|e| format!("cannot remove {}: {e}", fixed.display()))?;
    }
    std::fs::rename(snippets.join(old), &fixed)
        .map_err(|e| format!("cannot rename {old} to {SNIPPETS}: {e}"))?;
    let glue_path = dir.join(format!("{OUT_NAME}.js"));
    let glue = read(&glue_path)?;
    let from = format!("./snippets/{old}/");
    if !glue.contains(&from) {
        return Err(format!("the glue does not import from {from}"));
    }
    write(
        &glue_path,
        &glue.replace(&from, &format!("./snippets/{SNIPPETS}/")),
    )
}

/// wasm-bindgen copies the bindings' JS snippets (ES modules, `export function f`) into the
/// Node build, which `require`s them: Node 20 cannot `require` an ES module, so each snippet's
/// exported functions become a CommonJS module (`function f` … `module.exports = { f };`).
fn commonjs_snippets(dir: &Path) -> Result<(), String> {
    if !dir.exists() {
        return Ok(());
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "js") {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let mut names = Vec::new();
            let mut out = String::with_capacity(text.len() + 64);
            for line in text.lines() {
                let declaration = ["function ", "class "]
                    .into_iter()
                    .find_map(|kw| Some((kw, line.strip_prefix("export ")?.strip_prefix(kw)?)));
                if let Some((keyword, rest)) = declaration {
                    names.push(identifier(rest));
                    out.push_str(keyword);
                    out.push_str(rest);
                } else if line.starts_with("export ") {
                    return Err(format!(
                        "{}: only `export function` and `export class` can be made CommonJS: {line}",
                        path.display()
                    ));
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
            out.push_str(&format!("module.exports = {{ {} }};\n", names.join(", ")));
            write(&path, &out)?;
        }
    }
    Ok(())
}

/// The bindings' JS function the glue calls once with its `LoadedRegister` class and its
/// `evaluate`, `decide` and `evaluateBatch` functions, so that these and the class's methods of
/// the same names answer questions asked again before calling the module (`answer_first` in
/// bindings/src/lib.rs); the glue exports the three functions it gives back in their place.
const ANSWER_FIRST: &str = "answer_first";
const ANSWER_FIRST_NOTE: &str =
    "// `evaluate`, `decide`, `evaluateBatch` and the same methods of `LoadedRegister` first ask\n\
     // what the package's JS keeps (issue 12).\n";

/// The path, as the glue imports it (`./snippets/…`), of the bindings' JS snippet that defines
/// function `name` (`export function name(`, or `function name(` once made CommonJS).
fn snippet_defining(dir: &Path, name: &str) -> Result<String, String> {
    let folder = dir.join("snippets").join(SNIPPETS);
    let entries =
        std::fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|x| x != "js") {
            continue;
        }
        let text = read(&path)?;
        if text.lines().any(|l| {
            l.strip_prefix("export ")
                .unwrap_or(l)
                .starts_with(&format!("function {name}("))
        }) {
            if let Some(file) = path.file_name().and_then(|f| f.to_str()) {
                found.push(format!("./snippets/{SNIPPETS}/{file}"));
            }
        }
    }
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "{}: expected one snippet defining `{name}`, found {found:?}",
            folder.display()
        )),
    }
}

/// The identifier at the start of `s`.
fn identifier(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect()
}

/// The file of the bindings that defines `DevzoneError` (`bindings/js/devzone_error.js`).
const ERROR_SNIPPET: &str = "/js/devzone_error.js";

/// The path, as the glue writes it, of the copy of `bindings/js/devzone_error.js` it imports
/// (wasm-bindgen puts snippets under a hashed folder).
fn error_snippet_path(glue: &str) -> Result<String, String> {
    glue.lines()
        .filter(|l| l.contains(ERROR_SNIPPET))
        .find_map(|l| {
            let start = l.find("./snippets/")?;
            let end = start + l.get(start..)?.find(ERROR_SNIPPET)? + ERROR_SNIPPET.len();
            l.get(start..end).map(str::to_string)
        })
        .ok_or_else(|| format!("the glue does not import the snippet `{ERROR_SNIPPET}`"))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The web build's entry (the glue): each exported function first checks that `init()` has run
/// and otherwise throws the `NOT_INITIALIZED` DevzoneError (instead of the glue's own
/// `Cannot read properties of undefined`); `DevzoneError` and `isDevzoneError` are exported.
fn web_entry(dir: &Path) -> Result<(), String> {
    let path = dir.join(format!("{OUT_NAME}.js"));
    let glue = read(&path)?;
    let snippet = error_snippet_path(&glue)?;
    let first = snippet_defining(dir, ANSWER_FIRST)?;
    let (text, guarded) = guard_web_functions(&glue)?;
    write(
        &path,
        &format!(
            "{text}\n// Added by `cargo xtask pkg` (xtask/src/pkg.rs): the package's error class, and the\n\
             // error of a function called before `init()`.\n\
             import {{ notInitialized as __devzone_not_initialized }} from '{snippet}';\n\
             export {{ DevzoneError, isDevzoneError }} from '{snippet}';\n\
             {ANSWER_FIRST_NOTE}\
             import {{ answer_first as __devzone_answer_first }} from '{first}';\n\
             [evaluate, decide, evaluateBatch] = __devzone_answer_first(LoadedRegister, evaluate, decide, evaluateBatch);\n"
        ),
    )?;
    println!("pkg: web build: {guarded} functions throw NOT_INITIALIZED before init()");
    Ok(())
}

/// Adds the `NOT_INITIALIZED` guard as the first statement of every `export function` of the
/// web glue; answers the new text and how many functions it guarded. The glue keeps its module
/// instance in `let … wasm;`, `undefined` until `init()` or `initSync()` sets it.
fn guard_web_functions(glue: &str) -> Result<(String, usize), String> {
    if !glue.contains("let wasmModule, wasmInstance, wasm;") && !glue.contains("let wasm;") {
        return Err(
            "the web glue no longer declares `let wasm`: update pkg.rs's guard".to_string(),
        );
    }
    let mut out = String::with_capacity(glue.len() + 4096);
    let mut guarded = 0;
    for line in glue.lines() {
        out.push_str(line);
        out.push('\n');
        if let Some(rest) = line.strip_prefix("export function ") {
            if !line.trim_end().ends_with('{') {
                return Err(format!(
                    "web glue: a function header on several lines: {line}"
                ));
            }
            let name = identifier(rest);
            out.push_str(&format!(
                "    if (wasm === undefined) throw __devzone_not_initialized(\"{name}\", arguments);\n"
            ));
            guarded += 1;
        }
    }
    if guarded == 0 {
        return Err("web glue: no exported function found to guard".to_string());
    }
    Ok((out, guarded))
}

/// The Node build's entries. The CommonJS glue gains `DevzoneError`, `isDevzoneError` and the
/// browser build's `default()` (init) and `initSync()`, which here do nothing (the module
/// instantiates itself on `require`), so code written for the browser (`await init()`) runs
/// unchanged in Node, vitest and SSR. `devzone_rules_wasm.mjs` is the same module for `import`:
/// Node's ES-module view of a CommonJS file makes its `default` the whole `module.exports`, so
/// `import init from "devzone-rules"` needs a real ES module whose default export is `init`.
fn node_entry(dir: &Path) -> Result<(), String> {
    let js = dir.join(format!("{OUT_NAME}.js"));
    let glue = read(&js)?;
    let snippet = error_snippet_path(&glue)?;
    let first = snippet_defining(dir, ANSWER_FIRST)?;
    let glue = format!(
        "{glue}\n// Added by `cargo xtask pkg` (xtask/src/pkg.rs): the package's error class, and the web\n\
         // build's initialisation functions, which have nothing to do here: the module above is\n\
         // already instantiated.\n\
         const {{ DevzoneError, isDevzoneError }} = require(String.raw`{snippet}`);\n\
         exports.DevzoneError = DevzoneError;\n\
         exports.isDevzoneError = isDevzoneError;\n\
         exports.initSync = function initSync(_module) {{}};\n\
         exports.default = async function init(_moduleOrPath) {{}};\n\
         {ANSWER_FIRST_NOTE}\
         [exports.evaluate, exports.decide, exports.evaluateBatch] = require(String.raw`{first}`).answer_first(LoadedRegister, exports.evaluate, exports.decide, exports.evaluateBatch);\n"
    );
    let names: Vec<String> = glue
        .lines()
        .filter_map(|l| l.strip_prefix("exports."))
        .map(identifier)
        .filter(|n| n != "default")
        .collect();
    if names.len() < 4 {
        return Err(format!("node glue: too few exports found ({names:?})"));
    }
    write(&js, &glue)?;
    write(
        &dir.join(format!("{OUT_NAME}.mjs")),
        &format!(
            "// Generated by `cargo xtask pkg`: the Node build as an ES module (one instance with the\n\
             // CommonJS build it re-exports).\n\
             import glue from \"./{OUT_NAME}.js\";\n\
             export const {{ {} }} = glue;\n\
             export default glue.default;\n",
            names.join(", ")
        ),
    )?;
    let dts = dir.join(format!("{OUT_NAME}.d.ts"));
    let declarations = read(&dts)?;
    write(
        &dts,
        &format!(
            "{declarations}\n\
             /** The web build's `initSync`: the Node build initialises itself, so this does nothing. */\n\
             export function initSync(module?: unknown): void;\n\n\
             /**\n * The web build's `init()`: the Node build initialises itself, so this resolves at once\n \
             * (code written for the browser, `await init()`, runs unchanged in Node, vitest and SSR).\n */\n\
             export default function init(module_or_path?: unknown): Promise<void>;\n"
        ),
    )?;
    write(
        &dir.join(format!("{OUT_NAME}.d.mts")),
        &format!(
            "// Generated by `cargo xtask pkg`: the types of {OUT_NAME}.mjs.\n\
             export * from \"./{OUT_NAME}.js\";\n\n\
             /**\n * The web build's `init()`: the Node build initialises itself, so this resolves at once\n \
             * (code written for the browser, `await init()`, runs unchanged in Node, vitest and SSR).\n */\n\
             export default function init(module_or_path?: unknown): Promise<void>;\n"
        ),
    )
}

/// wasm-bindgen types `InitOutput`'s raw exports with `any`; `unknown` keeps `any` out of the
/// public declarations (checked by tests/types/no-any.test.mjs).
fn no_any_in_init_output(dts: &Path) -> Result<(), String> {
    let text =
        std::fs::read_to_string(dts).map_err(|e| format!("cannot read {}: {e}", dts.display()))?;
    let Some(start) = text.find("export interface InitOutput {") else {
        return Ok(());
    };
    let (head, rest) = text.split_at(start);
    let (block, tail) = rest.split_at(rest.find("\n}").unwrap_or(rest.len()));
    write(
        dts,
        &format!("{head}{}{tail}", block.replace(": any", ": unknown")),
    )
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `pkg/schemas/<name>.json`: every input's JSON Schema, from the native CLI.
fn write_schemas(pkg: &Path) -> Result<(), String> {
    let dir = pkg.join("schemas");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    let out = dir.display().to_string();
    crate::util::run(cmd(
        "cargo",
        &[
            "run",
            "--quiet",
            "-p",
            "devzone-cli",
            "--",
            "schema",
            "--out-dir",
            &out,
        ],
    ))?;
    let count = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .count();
    println!("pkg: wrote {count} JSON Schemas to {}", dir.display());
    Ok(())
}

fn write_manifest(pkg: &Path) -> Result<(), String> {
    let version = env!("CARGO_PKG_VERSION");
    let manifest = format!(
        r#"{{
  "name": "devzone-rules",
  "version": "{version}",
  "description": "Yanbian development-zone reform rules as code: cited, trilingual (zh/ko/en) answers from one Rust core compiled to WebAssembly.",
  "license": "MIT OR Apache-2.0",
  "sideEffects": false,
  "files": ["web/", "node/", "schemas/", "README.md"],
  "main": "./node/{OUT_NAME}.js",
  "module": "./web/{OUT_NAME}.js",
  "types": "./web/{OUT_NAME}.d.ts",
  "exports": {{
    ".": {{
      "node": {{
        "import": {{
          "types": "./node/{OUT_NAME}.d.mts",
          "default": "./node/{OUT_NAME}.mjs"
        }},
        "default": {{
          "types": "./node/{OUT_NAME}.d.ts",
          "default": "./node/{OUT_NAME}.js"
        }}
      }},
      "default": {{
        "types": "./web/{OUT_NAME}.d.ts",
        "default": "./web/{OUT_NAME}.js"
      }}
    }},
    "./web": {{
      "types": "./web/{OUT_NAME}.d.ts",
      "default": "./web/{OUT_NAME}.js"
    }},
    "./node": {{
      "import": {{
        "types": "./node/{OUT_NAME}.d.mts",
        "default": "./node/{OUT_NAME}.mjs"
      }},
      "default": {{
        "types": "./node/{OUT_NAME}.d.ts",
        "default": "./node/{OUT_NAME}.js"
      }}
    }},
    "./web/{OUT_NAME}_bg.wasm": "./web/{OUT_NAME}_bg.wasm",
    "./schemas/*.json": "./schemas/*.json",
    "./package.json": "./package.json"
  }},
  "keywords": ["rules-as-code", "policy", "wasm", "yanbian", "development-zone"]
}}
"#
    );
    write(&pkg.join("package.json"), &manifest)?;
    let readme = std::fs::read_to_string(root().join("bindings").join("README.md"))
        .map_err(|e| format!("cannot read bindings/README.md: {e}"))?;
    write(&pkg.join("README.md"), &readme)
}

/// The published package has no dependencies of any kind: everything it runs is its own wasm
/// and the JS glue wasm-bindgen generates. A manifest that names any fails the build
/// (docs/reliability.md, "Supply chain"), so adding one is a decision, not an accident.
fn no_runtime_dependencies(manifest: &str) -> Result<(), String> {
    const KEYS: [&str; 5] = [
        "dependencies",
        "peerDependencies",
        "optionalDependencies",
        "bundleDependencies",
        "bundledDependencies",
    ];
    let found: Vec<&str> = KEYS.into_iter().filter(|k| is_key(manifest, k)).collect();
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the npm package must have no dependencies, but its manifest has {}",
            found.join(", ")
        ))
    }
}

/// Whether `"key"` occurs in `json` as an object key (followed by `:`), not only as a string.
fn is_key(json: &str, key: &str) -> bool {
    let quoted = format!("\"{key}\"");
    json.match_indices(&quoted).any(|(at, _)| {
        json.get(at + quoted.len()..)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).map_err(|e| e.to_string())?;
    let out = enc.finish().map_err(|e| e.to_string())?;
    Ok(out.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::{
        error_snippet_path, guard_web_functions, no_runtime_dependencies, snippet_defining,
        without_declaration, SNIPPETS,
    };

    #[test]
    fn the_snippet_defining_a_function_is_found_as_the_glue_imports_it() {
        let dir = std::env::temp_dir().join(format!("devzone-pkg-test-{}", std::process::id()));
        let folder = dir.join("snippets").join(SNIPPETS);
        let write = |name: &str, text: &str| std::fs::write(folder.join(name), text).is_ok();
        assert!(std::fs::create_dir_all(&folder).is_ok());
        assert!(write(
            "inline0.js",
            "export function keep() {}\nexport function answer_first(c) {\n}\n"
        ));
        assert!(write(
            "inline1.js",
            "// answer_first( in a comment\nfunction answer_firsts() {}\n"
        ));
        assert_eq!(
            snippet_defining(&dir, "answer_first").ok().as_deref(),
            Some("./snippets/devzone-rules-wasm/inline0.js")
        );
        // Made CommonJS (`function f`), as the Node build's are.
        assert!(write(
            "inline0.js",
            "function answer_first(c) {}\nmodule.exports = { answer_first };\n"
        ));
        assert!(snippet_defining(&dir, "answer_first").is_ok());
        assert!(
            snippet_defining(&dir, "missing").is_err(),
            "none defines it"
        );
        assert!(write("inline2.js", "export function answer_first() {}\n"));
        assert!(
            snippet_defining(&dir, "answer_first").is_err(),
            "two define it"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_exported_web_function_is_guarded() {
        let glue = "import { devzoneError } from './snippets/devzone-rules-wasm-0123/js/devzone_error.js';\n\
                    export function evaluate(rule_id, input, options) {\n    const ret = wasm.evaluate(rule_id);\n}\n\
                    function helper() {}\nexport function rules() {\n    return wasm.rules();\n}\n\
                    let wasmModule, wasmInstance, wasm;\n";
        let (text, guarded) = guard_web_functions(glue).unwrap_or_default();
        assert_eq!(guarded, 2);
        assert!(text.contains("export function evaluate(rule_id, input, options) {\n    if (wasm === undefined) throw __devzone_not_initialized(\"evaluate\", arguments);\n    const ret"));
        assert!(text.contains(
            "function helper() {}\nexport function rules() {\n    if (wasm === undefined)"
        ));
        assert_eq!(
            error_snippet_path(glue).ok().as_deref(),
            Some("./snippets/devzone-rules-wasm-0123/js/devzone_error.js")
        );
        assert!(
            guard_web_functions("export function f() {}\n").is_err(),
            "no `let wasm`"
        );
        assert!(
            guard_web_functions("let wasm;\nexport function f(a,\n  b) {\n}\n").is_err(),
            "a header on two lines"
        );
        assert!(error_snippet_path("import { x } from './other.js';").is_err());
    }

    #[test]
    fn a_manifest_with_any_dependencies_is_refused() {
        assert!(
            no_runtime_dependencies(r#"{ "name": "x", "keywords": ["dependencies"] }"#).is_ok()
        );
        assert!(no_runtime_dependencies(r#"{ "type": "module" }"#).is_ok());
        for key in ["dependencies", "peerDependencies", "optionalDependencies"] {
            let manifest = format!(r#"{{ "name": "x", "{key}": {{ "a": "1" }} }}"#);
            assert!(no_runtime_dependencies(&manifest).is_err(), "{key}");
        }
    }

    #[test]
    fn the_unpack_export_is_taken_out_of_the_declarations() {
        let init_output = "export interface InitOutput {\n  readonly memory: WebAssembly.Memory;\n  readonly __devzone_unpack: (a: number) => number;\n  readonly evaluate: (a: number) => number;\n}\n";
        let out = without_declaration(init_output, "__devzone_unpack", true).unwrap();
        assert_eq!(out, "export interface InitOutput {\n  readonly memory: WebAssembly.Memory;\n  readonly evaluate: (a: number) => number;\n}\n");
        let bg = "export const memory: WebAssembly.Memory;\nexport const __devzone_unpack: (a: number) => number;";
        assert_eq!(
            without_declaration(bg, "__devzone_unpack", true).unwrap(),
            "export const memory: WebAssembly.Memory;"
        );
        // The Node glue declares no exports: none expected, none found.
        assert_eq!(
            without_declaration(
                "export function evaluate(): void;\n",
                "__devzone_unpack",
                false
            )
            .unwrap(),
            "export function evaluate(): void;\n"
        );
        // A name that is only a prefix is not it; a declaration missing, or one where none was expected, is an error.
        assert!(without_declaration(
            "  readonly __devzone_unpacked: number;\n",
            "__devzone_unpack",
            true
        )
        .is_err());
        assert!(without_declaration(bg, "__devzone_unpack", false).is_err());
    }
}
