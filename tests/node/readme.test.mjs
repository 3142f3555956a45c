// Runs the README's JavaScript examples against the built Node package: every line of the form
// `expression; // <JSON>` must evaluate to that JSON value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import vm from "node:vm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgNode = path.join(root, "pkg/node/devzone_rules_wasm.js");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);

test("README has JavaScript examples", () => {
  assert.ok(blocks.length >= 2, "expected at least two ```js blocks in README.md");
});

blocks.forEach((code, i) => {
  test(`README js example ${i + 1}`, () => {
    assert.ok(existsSync(pkgNode), "pkg/node is missing: run `cargo xtask pkg` first");
    const require = createRequire(import.meta.url);
    const pkg = require(pkgNode);
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
      return `__checks.push([${JSON.stringify(m[1].trim())}, (${m[1]})]);`;
    });
    assert.ok(checks.length > 0, "example has no `expr; // value` lines to check");
    const context = { require: (name) => (name === "devzone-rules" ? pkg : require(name)), __checks: [] };
    vm.runInNewContext(lines.join("\n"), context);
    assert.equal(context.__checks.length, checks.length);
    context.__checks.forEach(([expr, actual], k) => {
      assert.deepEqual(actual, checks[k].expected, `README: ${expr}`);
    });
  });
});
