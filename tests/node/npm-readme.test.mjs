// Runs the npm README's JavaScript examples (bindings/README.md, published as the package's
// README) against the built package, resolved by its name as a user's code resolves it: each
// ```js block becomes a module (an ES module, or CommonJS when it calls `require`) in a folder
// whose node_modules/devzone-rules is pkg/, and every line `expression; // <JSON>` must
// evaluate to that JSON value. The ```ts block is type-checked and run against the packed
// tarball by tests/package/packed.test.mjs.
//
// Run: node --test tests/node/   (after `cargo xtask pkg`; DEVZONE_PKG=<dir> tests another build)

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgDir = path.resolve(process.env.DEVZONE_PKG ?? path.join(root, "pkg"));
const readme = readFileSync(path.join(root, "bindings/README.md"), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);

/** `expr; // <JSON>` lines become checks; other lines (prose comments included) stay. */
export function instrument(code) {
  const checks = [];
  const lines = code.split("\n").map((line) => {
    const m = line.match(/^(.*?);\s*\/\/\s*(.+)$/);
    if (!m || m[1].trim().startsWith("//")) return line;
    let expected;
    try {
      expected = JSON.parse(m[2]);
    } catch {
      return line; // a prose comment, not an expected value
    }
    checks.push({ expr: m[1].trim(), expected });
    return `globalThis.__readmeChecks.push([${JSON.stringify(m[1].trim())}, (${m[1]})]);`;
  });
  return { text: lines.join("\n"), checks };
}

test("the checker keeps prose comments and checks values", () => {
  const { text, checks } = instrument('a.b; // "x"\nawait init(); // nothing to do\n// f(); // 1\n');
  assert.deepEqual(checks, [{ expr: "a.b", expected: "x" }]);
  assert.match(text, /__readmeChecks\.push\(\["a\.b", \(a\.b\)\]\);/);
  assert.match(text, /await init\(\); \/\/ nothing to do/);
  assert.match(text, /^\/\/ f\(\); \/\/ 1$/m);
});

test("the npm README has JavaScript examples", () => {
  assert.ok(blocks.length >= 6, "expected at least six ```js blocks in bindings/README.md");
});

// A folder where `devzone-rules` resolves to the built package, as in a user's project.
const work = path.join(root, "target", "npm-readme");
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, "node_modules"), { recursive: true });
if (existsSync(pkgDir)) symlinkSync(pkgDir, path.join(work, "node_modules", "devzone-rules"), "dir");

blocks.forEach((code, i) => {
  test(`npm README js example ${i + 1}`, async () => {
    assert.ok(existsSync(path.join(pkgDir, "package.json")), "pkg/ is missing: run `cargo xtask pkg` first");
    const { text, checks } = instrument(code);
    assert.ok(checks.length > 0, "example has no `expr; // value` lines to check");
    const commonjs = /\brequire\(/.test(code);
    const file = path.join(work, `example-${i + 1}.${commonjs ? "cjs" : "mjs"}`);
    writeFileSync(file, text);
    globalThis.__readmeChecks = [];
    await import(pathToFileURL(file).href);
    const seen = globalThis.__readmeChecks;
    assert.equal(seen.length, checks.length, "every checked line ran");
    seen.forEach(([expr, actual], k) => {
      assert.deepEqual(actual, checks[k].expected, `bindings/README.md: ${expr}`);
    });
  });
});
