// The ambiguity register through the built Node package (pkg/node): `ambiguities(id?, { lang })`
// gives every entry the core holds, each id any answer or rulebook entry cites can be looked up,
// an unknown id throws a DevzoneError naming `id` and the entries near it, and the module keeps
// working afterwards. The entries' words are the core's (checked natively in
// core/tests/ambiguities.rs); here: the JS boundary and what only JS can get wrong.
//
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const { ambiguities, rules, evaluate } = pkg;

test("every entry in every language, with the four texts", () => {
  const ids = ambiguities().map((a) => a.id);
  assert.equal(ids.length, new Set(ids).size, "no id twice");
  assert.ok(ids.includes("AMB-12b") && ids.includes("AMB-43"));
  for (const lang of ["zh", "ko", "en"]) {
    const all = ambiguities(null, { lang });
    assert.deepEqual(all.map((a) => a.id), ids);
    for (const a of all) {
      assert.equal(a.lang, lang);
      for (const key of ["question", "reading", "alternatives", "why"]) {
        assert.equal(typeof a[key], "string");
        assert.ok(a[key].trim().length > 0, `${a.id} ${key} ${lang}`);
      }
      assert.ok(Array.isArray(a.rules) && Array.isArray(a.params));
      assert.equal(typeof a.departs, "boolean");
      assert.deepEqual(ambiguities(a.id, { lang }), a, "one entry is the list's entry");
    }
  }
  assert.match(ambiguities("AMB-26", { lang: "ko" }).question, /[\uac00-\ud7a3]/);
});

test("every id the rulebook, an answer or a message cites is an entry", () => {
  const known = new Set(ambiguities().map((a) => a.id));
  let cited = 0;
  for (const rule of rules()) {
    for (const id of rule.ambiguities) {
      assert.ok(known.has(id), `${rule.id} cites ${id}`);
      assert.ok(ambiguities(id).rules.includes(rule.id), `${id} names ${rule.id}`);
      cited += 1;
    }
  }
  assert.ok(cited > 40);
  // An answer's own list, and an id inside a message (art-05.c cites AMB-09 in its words).
  const answer = evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en" });
  for (const id of answer.ambiguities) assert.equal(ambiguities(id, { lang: "en" }).id, id);
  const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
  const text = JSON.stringify(pkg.report({ register, asOf: "2023-06-30" }, { lang: "en" }));
  for (const id of text.match(/AMB-\d+[a-z]?/g) ?? []) assert.ok(known.has(id), `the report cites ${id}`);
});

test("ids typed loosely are found; unknown ids throw naming the nearby ones", () => {
  assert.equal(ambiguities("amb-26").id, "AMB-26");
  assert.equal(ambiguities("12B").id, "AMB-12b");
  let error;
  try {
    ambiguities("AMB-44", { lang: "en" });
  } catch (e) {
    error = e;
  }
  assert.equal(error?.name, "DevzoneError");
  assert.equal(error.code, "INVALID_INPUT");
  assert.equal(error.path, "id");
  assert.equal(error.message, 'id: unknown reference: unknown ambiguity `AMB-44`: not an entry of the ambiguity register; got "AMB-44"');
  assert.equal(error.help, "did you mean AMB-43?");
  assert.throws(() => ambiguities(26), (e) => e.code === "INVALID_INPUT" && e.path === "id" && e.problem === "WRONG_TYPE" && e.got === "number");
  assert.throws(() => ambiguities("AMB-26", { lang: "fr" }), (e) => e.code === "INVALID_OPTIONS" && e.path === "options.lang");
  assert.throws(() => ambiguities("AMB-26", { lang: "en", colour: 1 }), (e) => e.code === "INVALID_OPTIONS");
  // The module keeps working.
  assert.equal(ambiguities("AMB-43", { lang: "en" }).id, "AMB-43");
});

test("answers are fresh plain data", () => {
  const a = ambiguities("AMB-01");
  a.question = "changed";
  assert.notEqual(ambiguities("AMB-01").question, "changed");
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
});
