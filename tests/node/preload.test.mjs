// The demo page starts the engine without a round trip it could avoid: www/index.html
// `modulepreload`s the web glue and every module the glue imports (issue 12, page ready), which
// `cargo xtask pkg` keeps under the fixed folder `snippets/devzone-rules-wasm/` (wasm-bindgen's
// own folder name carries a hash). Run from the repository root after `cargo xtask pkg`:
// `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const web = path.join(root, "pkg/web");
const html = readFileSync(path.join(root, "www/index.html"), "utf8");
const preloaded = [...html.matchAll(/<link rel="modulepreload" href="pkg\/([^"]+)">/g)].map((m) => m[1]);

/** The relative modules a glue imports or requires. */
function imports(glue) {
  return [...glue.matchAll(/(?:from '|require\(String\.raw`)\.\/([^'`]+)['`]/g)].map((m) => m[1]);
}

test("the page preloads the web glue and every module it imports, and each exists", () => {
  const glue = readFileSync(path.join(web, "devzone_rules_wasm.js"), "utf8");
  const wanted = ["devzone_rules_wasm.js", ...new Set(imports(glue))];
  assert.ok(wanted.length >= 3, `the glue imports its snippets: ${wanted}`);
  assert.deepStrictEqual([...preloaded].sort(), [...wanted].sort());
  for (const rel of preloaded) assert.ok(existsSync(path.join(web, rel)), `pkg/web/${rel}`);
});

test("both builds keep their snippets under the fixed folder", () => {
  for (const build of ["web", "node"]) {
    const glue = readFileSync(path.join(root, "pkg", build, "devzone_rules_wasm.js"), "utf8");
    const found = imports(glue).filter((rel) => rel.startsWith("snippets/"));
    assert.ok(found.length >= 2, build);
    for (const rel of found) {
      assert.match(rel, /^snippets\/devzone-rules-wasm\//, `${build}: ${rel}`);
      assert.ok(existsSync(path.join(root, "pkg", build, rel)), `${build}: ${rel}`);
    }
  }
});
