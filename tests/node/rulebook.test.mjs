// The rulebook through the built Node package (pkg/node), what only JavaScript can check:
//   * rules() returns fresh plain data each time (what it holds is the native snapshot
//     tests/vectors/snapshots/rulebook.snap, compared in vectors.test.mjs);
//   * every rule without a function is refused with NOT_EVALUABLE and its reason, never
//     UNKNOWN_RULE, the module answering again afterwards;
//   * the declarations' RuleId / RuleInputs / RuleDetails cover exactly the FUNCTION rules.
// Every list of rules here comes from rules(): none is written out.
//
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgNode = path.join(root, "pkg/node/devzone_rules_wasm.js");
const dtsNode = path.join(root, "pkg/node/devzone_rules_wasm.d.ts");

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

/** The call must throw a DevzoneError (never trap); returns it. */
function thrown(call) {
  let error = null;
  try {
    call();
  } catch (e) {
    error = e;
  }
  assert.ok(error, "expected a DevzoneError, got an answer");
  assert.ok(!(error instanceof WebAssembly.RuntimeError), `the module trapped: ${error}`);
  assert.ok(error instanceof Error, `thrown value is not an Error: ${String(error)}`);
  assert.equal(error.name, "DevzoneError");
  return error;
}

function assertStillAnswers() {
  const a = requirePkg().evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" });
  assert.equal(a.outcome, "OVERDUE");
  assert.equal(a.due, "2019-12-01");
}

test("rules() returns fresh plain data: changing one result does not change the next", () => {
  const { rules } = requirePkg();
  const a = rules();
  const n = a.length;
  const quote = a[0].quote;
  a[0].quote = "changed";
  a.pop();
  const b = rules();
  assert.equal(b.length, n);
  assert.equal(b[0].quote, quote);
  assert.equal(Object.getPrototypeOf(b), Array.prototype);
  assert.equal(Object.getPrototypeOf(b[0]), Object.prototype);
});

test("every other rule is NOT_EVALUABLE with its reason, never UNKNOWN_RULE", () => {
  const { rules, evaluate } = requirePkg();
  const list = rules();
  const functions = list.filter((r) => r.evaluation === "FUNCTION").map((r) => r.id);
  const others = list.filter((r) => r.evaluation !== "FUNCTION");
  assert.ok(functions.length > 0 && others.length > 0);
  for (const r of others) {
    const e = thrown(() => evaluate(r.id, {}, { lang: "en" }));
    assert.equal(e.code, "NOT_EVALUABLE", `${r.id}: ${e.message}`);
    assert.equal(e.path, "ruleId");
    assert.ok(e.message.startsWith(`ruleId: rule not evaluable: rule \`${r.id}\` `), e.message);
    assert.equal(e.problem, "NOT_EVALUABLE");
    if (r.evaluationNote !== null) {
      assert.ok(e.message.endsWith(`: ${r.evaluationNote.en}`), `${r.id}: ${e.message}`);
      for (const lang of ["zh", "ko", "en"]) assert.ok(r.evaluationNote[lang].length > 0, `${r.id} ${lang}`);
    } else {
      assert.equal(r.evaluation, "OPEN_ITEM");
      assert.match(e.message, /open item/, `${r.id}: ${e.message}`);
    }
    assert.equal(e.help, `rules that can be evaluated: ${functions.join(", ")}`);
    assertStillAnswers();
  }
});

test("the declarations type exactly the FUNCTION rules", () => {
  assert.ok(existsSync(dtsNode), "pkg/node is missing: run `cargo xtask pkg` first");
  const dts = readFileSync(dtsNode, "utf8");
  const functions = requirePkg()
    .rules()
    .filter((r) => r.evaluation === "FUNCTION")
    .map((r) => r.id)
    .sort();
  const union = dts.match(/export type RuleId =([^;]*);/);
  assert.ok(union, "no `export type RuleId` in the declarations");
  assert.deepEqual([...union[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort(), functions);
  for (const name of ["RuleInputs", "RuleDetails"]) {
    const block = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(block, `no \`export interface ${name}\``);
    const keys = [...block[1].matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]).sort();
    assert.deepEqual(keys, functions, name);
  }
});

test("the package ships the JSON Schema of every FUNCTION rule's input and of the named inputs", () => {
  const dir = path.join(root, "pkg/schemas");
  assert.ok(existsSync(dir), "pkg/schemas is missing: run `cargo xtask pkg` first");
  const manifest = JSON.parse(readFileSync(path.join(root, "pkg/package.json"), "utf8"));
  assert.ok(manifest.files.includes("schemas/"));
  assert.equal(manifest.exports["./schemas/*.json"], "./schemas/*.json");
  const names = ["register", "options", "params", "zone-summary", "report", "obligations", "calendar", "fees"];
  for (const r of requirePkg().rules()) {
    const file = path.join(dir, `${r.id}.json`);
    assert.equal(existsSync(file), r.evaluation === "FUNCTION", r.id);
  }
  for (const n of names) {
    const schema = JSON.parse(readFileSync(path.join(dir, `${n}.json`), "utf8"));
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema", n);
  }
});
