// The public TypeScript declarations of the npm package must not contain `any`: every value a
// caller passes or receives has a real type. Run: node --test tests/types/ (after `cargo xtask pkg`).
//
// Checked: pkg/web/devzone_rules_wasm.d.ts and pkg/node/devzone_rules_wasm.d.ts (what the
// package's `types` / `exports` point at). Comments and string literals are blanked out first,
// so prose such as "any year" is not a hit; line numbers are kept.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, relative, resolve } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// DEVZONE_PKG=<dir> checks another build of the package.
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const declarations = ["web/devzone_rules_wasm.d.ts", "node/devzone_rules_wasm.d.ts"];

/** Replaces comments and string literals by spaces, keeping newlines (and so line numbers). */
export function blankCommentsAndStrings(text) {
  let out = "";
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, " ");
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    let end;
    if (two === "/*") {
      end = text.indexOf("*/", i + 2);
      end = end < 0 ? text.length : end + 2;
    } else if (two === "//") {
      end = text.indexOf("\n", i);
      end = end < 0 ? text.length : end;
    } else if (text[i] === '"' || text[i] === "'" || text[i] === "`") {
      const quote = text[i];
      end = i + 1;
      while (end < text.length && text[end] !== quote) end += text[end] === "\\" ? 2 : 1;
      end = Math.min(end + 1, text.length);
    } else {
      out += text[i];
      i += 1;
      continue;
    }
    out += blank(text.slice(i, end));
    i = end;
  }
  return out;
}

/** Lines using `any` as a type: the three classic shapes, then any remaining `any` token. */
export function anyLines(text) {
  const code = blankCommentsAndStrings(text).split("\n");
  const source = text.split("\n");
  const shapes = [/:\s*any\b/, /\bany\s*\[\]/, /<\s*any\s*>/, /\bany\b/];
  const hits = [];
  code.forEach((line, n) => {
    if (shapes.some((re) => re.test(line))) hits.push(`${n + 1}: ${source[n].trim()}`);
  });
  return hits;
}

test("the checker finds `any` and ignores prose", () => {
  const sample = [
    "/** Meetings held (any year). */",
    "export function f(a: any): string;",
    "export type L = any[];",
    "export type P = Promise<any>;",
    'export type S = "any";',
    "// any",
    "export type U = number | any;",
  ].join("\n");
  assert.deepEqual(anyLines(sample), [
    "2: export function f(a: any): string;",
    "3: export type L = any[];",
    "4: export type P = Promise<any>;",
    "7: export type U = number | any;",
  ]);
});

for (const file of declarations) {
  test(`no \`any\` in pkg/${file}`, () => {
    const path = join(pkgDir, file);
    assert.ok(existsSync(path), `${file} is missing: build the package first (cargo xtask pkg)`);
    const hits = anyLines(readFileSync(path, "utf8"));
    assert.deepEqual(
      hits,
      [],
      `${relative(root, path) || path} uses \`any\` on ${hits.length} line(s):\n  ${hits.join("\n  ")}`,
    );
  });
}
