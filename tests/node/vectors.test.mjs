// Runs the shared test vectors (tests/vectors/*.json) against the built Node package
// (pkg/node, wasm-bindgen `nodejs` target). The native runner core/tests/vectors.rs reads the same
// files and applies the same matching rule:
//   * each key of `expect` must deep-equal the same key of the answer, except `reasonCodes` and
//     `needsHumanCodes`, which are compared with `answer.reasons[*].code` and
//     `answer.needsHuman[*].code` in order;
//   * `expectError` compares `code`, `path` and `message` (the full Display string) exactly;
//   * a case has exactly one of `expect` / `expectError`.
// Here an error must also be a thrown `Error` named `DevzoneError` (never a wasm trap), and the
// module must still answer a valid call after every error case.
//
// Run from the repository root after building pkg/: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const vectorsDir = path.join(root, "tests/vectors");
const pkgNode = path.join(root, "pkg/node/devzone_rules_wasm.js");

const CASE_KEYS = new Set(["id", "note", "input", "options", "expect", "expectError"]);
const ERROR_KEYS = ["code", "path", "message"];
const FILE_KEYS = new Set(["rule", "source", "cases"]);

let pkg = null;
let loadError = null;
try {
  pkg = createRequire(import.meta.url)(pkgNode);
} catch (e) {
  loadError = e;
}

function requirePkg() {
  assert.ok(
    pkg,
    `cannot load ${path.relative(root, pkgNode)} (build it with \`cargo xtask pkg\`): ${loadError}`,
  );
  return pkg;
}

const has = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/** The shape check shared with the Rust runner; returns ["answer"|"error", expectation]. */
function caseShape(c) {
  assert.ok(isObject(c), "a case must be an object");
  const unknown = Object.keys(c).filter((k) => !CASE_KEYS.has(k));
  assert.deepEqual(unknown, [], `unknown case key(s); allowed: ${[...CASE_KEYS].join(", ")}`);
  assert.equal(typeof c.id, "string", "missing string `id`");
  assert.ok(has(c, "input"), 'missing `input` (write `"input": null` to test a null input)');
  const e = has(c, "expect");
  const x = has(c, "expectError");
  assert.ok(!(e && x), "has both `expect` and `expectError`");
  assert.ok(e || x, "has neither `expect` nor `expectError`");
  if (e) {
    assert.ok(isObject(c.expect) && Object.keys(c.expect).length > 0, "`expect` must be a non-empty object");
    return ["answer", c.expect];
  }
  assert.ok(isObject(c.expectError), "`expectError` must be an object");
  assert.deepEqual(Object.keys(c.expectError).sort(), [...ERROR_KEYS].sort(), "`expectError` has exactly code, path, message");
  for (const k of ERROR_KEYS) assert.equal(typeof c.expectError[k], "string", `\`expectError.${k}\` must be a string`);
  return ["error", c.expectError];
}

/** The matching rule for an answer: every expected key at once, so the diff shows all of them. */
function matchAnswer(expect, answer) {
  const actual = {};
  for (const key of Object.keys(expect)) {
    if (key === "reasonCodes") {
      assert.ok(Array.isArray(answer.reasons), "the answer has no `reasons` list");
      actual.reasonCodes = answer.reasons.map((r) => r.code);
    } else if (key === "needsHumanCodes") {
      assert.ok(Array.isArray(answer.needsHuman), "the answer has no `needsHuman` list");
      actual.needsHumanCodes = answer.needsHuman.map((r) => r.code);
    } else if (has(answer, key)) {
      actual[key] = answer[key];
    }
  }
  assert.deepStrictEqual(actual, expect);
}

/** Calls the package; error cases must throw a DevzoneError, never trap. */
function runCase(mod, rule, c) {
  const [kind, expectation] = caseShape(c);
  const options = has(c, "options") ? c.options : undefined;
  let answer;
  let thrown = null;
  try {
    answer = mod.evaluate(rule, c.input, options);
  } catch (e) {
    thrown = e;
  }
  if (kind === "answer") {
    if (thrown) {
      assert.fail(`expected an answer, got ${thrown?.name} ${thrown?.code} at ${JSON.stringify(thrown?.path)}: ${thrown?.message}`);
    }
    matchAnswer(expectation, answer);
    return;
  }
  if (!thrown) {
    assert.fail(`expected error ${expectation.code} at ${JSON.stringify(expectation.path)}, got an answer with outcome ${answer?.outcome}`);
  }
  assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `the module trapped: ${thrown}`);
  assert.ok(thrown instanceof Error, `thrown value is not an Error: ${String(thrown)}`);
  assert.equal(thrown.name, "DevzoneError");
  assert.deepStrictEqual(
    { code: thrown.code, path: thrown.path, message: thrown.message },
    { code: expectation.code, path: expectation.path, message: expectation.message },
  );
  // The instance must still work after the error.
  const after = mod.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" });
  assert.equal(after.outcome, "OVERDUE");
  assert.equal(after.due, "2019-12-01");
}

const files = existsSync(vectorsDir)
  ? readdirSync(vectorsDir).filter((f) => f.endsWith(".json")).sort()
  : [];

test("shared test vectors exist", () => {
  assert.ok(files.length > 0, `no *.json test vectors in ${vectorsDir}`);
});

for (const file of files) {
  let doc = null;
  let parseError = null;
  try {
    doc = JSON.parse(readFileSync(path.join(vectorsDir, file), "utf8"));
  } catch (e) {
    parseError = e;
  }

  test(`${file} (file)`, () => {
    assert.equal(parseError, null, `not valid JSON: ${parseError}`);
    assert.ok(isObject(doc), "the file must hold a JSON object");
    assert.deepEqual(Object.keys(doc).filter((k) => !FILE_KEYS.has(k)), [], "unknown file key(s)");
    assert.equal(typeof doc.rule, "string", "`rule` must be a string");
    assert.ok(Array.isArray(doc.cases) && doc.cases.length > 0, "`cases` must be a non-empty list");
    const ids = doc.cases.map((c) => c?.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], "duplicate case ids");
    // A known rule answers a null input with INVALID_INPUT, an unknown one with UNKNOWN_RULE.
    const mod = requirePkg();
    assert.throws(
      () => mod.evaluate(doc.rule, null),
      (e) => e.code !== "UNKNOWN_RULE" || assert.fail(`\`rule\` ${JSON.stringify(doc.rule)} is not a known rule id`),
    );
  });

  if (!isObject(doc) || !Array.isArray(doc.cases)) continue;
  doc.cases.forEach((c, i) => {
    test(`${file} ${c?.id ?? `cases[${i}]`}`, () => runCase(requirePkg(), doc.rule, c));
  });
}

// The runner's own checks must be able to fail.
test("runner self-test: wrong expectations are caught", () => {
  const mod = requirePkg();
  const input = { issueDate: "2019-06-01", asOf: "2019-12-02" };
  const bad = [
    { id: "W1", input, expect: { outcome: "PENDING" } },
    { id: "W2", input, expect: { reasonCodes: ["IMPL_MEASURES_DUE"] } },
    { id: "W3", input, expect: { noSuchKey: 1 } },
    { id: "W4", input, expectError: { code: "INVALID_INPUT", path: "input", message: "input: x" } },
    { id: "W5", input: null, expect: { outcome: "OVERDUE" } },
    { id: "W6", input: { issueDate: "2019-02-30", asOf: "2019-12-02" }, expectError: { code: "INVALID_INPUT", path: "input.issueDate", message: "x" } },
    { id: "W7", input, expect: { outcome: "OVERDUE" }, expectError: { code: "INVALID_INPUT", path: "input", message: "x" } },
    { id: "W8", input },
    { id: "W9", input, expected: { outcome: "OVERDUE" } },
  ];
  for (const c of bad) assert.throws(() => runCase(mod, "art-18.c", c), assert.AssertionError, c.id);
  runCase(mod, "art-18.c", { id: "OK", input, expect: { outcome: "OVERDUE", daysOverdue: 1 } });
});
