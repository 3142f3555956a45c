// The core's words through the built Node package (pkg/node), issue 9 "one home for words":
//   * explain(answer, lang) prints the same text as `devzone eval --format text` (the core's
//     renderer, native), in any language whatever the answer's own;
//   * every answer carries its severity, decided in the core;
//   * labels(lang) gives the phrases, the field labels and the labels of the views' stable names,
//     complete in every language; a bad language throws INVALID_OPTIONS naming `lang`.
//
// Run from the repository root after `cargo xtask pkg` (and `cargo build -p devzone-cli`):
// `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgNode = path.join(root, "pkg/node/devzone_rules_wasm.js");

let pkg = null;
let loadError = null;
try {
  pkg = createRequire(import.meta.url)(pkgNode);
} catch (e) {
  loadError = e;
}

function requirePkg() {
  assert.ok(pkg, `cannot load ${path.relative(root, pkgNode)} (build it with \`cargo xtask pkg\`): ${loadError}`);
  return pkg;
}

/** The `devzone` binary the CLI tests build, when there is one. */
function devzoneBinary() {
  for (const profile of ["debug", "release"]) {
    const bin = path.join(root, "target", profile, process.platform === "win32" ? "devzone.exe" : "devzone");
    if (existsSync(bin)) return bin;
  }
  return null;
}

const LANGS = ["zh", "ko", "en"];
const VECTOR = JSON.parse(readFileSync(path.join(root, "tests/vectors/art-14.d.json"), "utf8"));

test("explain gives the CLI's text in every language, whatever the answer's own", (t) => {
  const { evaluate, explain } = requirePkg();
  const bin = devzoneBinary();
  if (!bin) t.skip("no devzone binary: run `cargo build -p devzone-cli`");
  const dir = mkdtempSync(path.join(tmpdir(), "devzone-words-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cases = VECTOR.cases.filter((c) => c.expect).slice(0, 6);
  assert.ok(cases.length > 3);
  for (const c of cases) {
    const input = path.join(dir, "input.json");
    writeFileSync(input, JSON.stringify(c.input));
    for (const lang of LANGS) {
      const answer = evaluate(VECTOR.rule, c.input, { ...(c.options ?? {}), lang: "en" });
      const text = explain(answer, lang);
      assert.equal(typeof text, "string");
      assert.ok(text.startsWith(VECTOR.rule) || text.startsWith("["), text);
      // The same answer computed in `lang` explains to the same text.
      assert.equal(explain(evaluate(VECTOR.rule, c.input, { ...(c.options ?? {}), lang }), lang), text, `${c.id} ${lang}`);
      if (bin && !c.options) {
        const cli = execFileSync(bin, ["eval", VECTOR.rule, "--input", input, "--format", "text", "--lang", lang], {
          encoding: "utf8",
        });
        assert.equal(text, cli, `${c.id} ${lang}`);
      }
    }
  }
});

test("explain defaults to the answer's language and refuses a bad one", () => {
  const { evaluate, explain } = requirePkg();
  const answer = evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-10" }, { lang: "ko" });
  assert.equal(explain(answer), explain(answer, "ko"));
  assert.ok(explain(answer, "zh").startsWith("art-18.c · 逾期未完成(OVERDUE)"));
  for (const [value, code, pathName] of [
    ["fr", "INVALID_OPTIONS", "lang"],
    [42, "INVALID_OPTIONS", "lang"],
  ]) {
    let error = null;
    try {
      explain(answer, value);
    } catch (e) {
      error = e;
    }
    assert.equal(error?.name, "DevzoneError");
    assert.equal(error.code, code);
    assert.equal(error.path, pathName);
  }
  let error = null;
  try {
    explain("not an answer", "en");
  } catch (e) {
    error = e;
  }
  assert.equal(error?.code, "INVALID_INPUT");
});

test("every answer carries its severity, one per outcome", () => {
  const { evaluate } = requirePkg();
  const seen = new Map();
  for (const c of VECTOR.cases.filter((c) => c.expect)) {
    const answer = evaluate(VECTOR.rule, c.input, c.options ?? {});
    assert.ok(["VIOLATION", "WARNING", "REVIEW", "INFO"].includes(answer.severity), JSON.stringify(answer.severity));
    const before = seen.get(answer.outcome);
    if (before) assert.equal(answer.severity, before, answer.outcome);
    seen.set(answer.outcome, answer.severity);
  }
  assert.equal(seen.get("TRIGGERED"), "VIOLATION");
});

test("labels are complete in every language", () => {
  const { labels } = requirePkg();
  const all = LANGS.map((lang) => labels(lang));
  for (const words of all) {
    assert.ok(Object.keys(words.phrases).length > 50);
    assert.ok(Object.keys(words.fields).length > 100);
    for (const [name, map] of Object.entries(words.enums)) {
      for (const [code, label] of Object.entries(map)) assert.ok(label.trim() !== "", `${name}.${code}`);
    }
    for (const label of [...Object.values(words.phrases), ...Object.values(words.fields)]) assert.ok(label.trim() !== "");
  }
  // The same keys in every language.
  for (const words of all.slice(1)) {
    assert.deepEqual(Object.keys(words.fields), Object.keys(all[0].fields));
    assert.deepEqual(Object.keys(words.phrases), Object.keys(all[0].phrases));
    assert.deepEqual(Object.keys(words.enums), Object.keys(all[0].enums));
  }
  assert.equal(all[1].enums.Action.EXPAND, "구역 확장");
  assert.equal(all[0].enums.Action.BE_ASSESSED, "参加考核评价");
  let error = null;
  try {
    labels("fr");
  } catch (e) {
    error = e;
  }
  assert.equal(error?.code, "INVALID_OPTIONS");
  assert.equal(error.path, "lang");
});
