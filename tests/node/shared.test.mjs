// Static parts shared among answers (issue 12): an answer's `clause`, `ambiguities` and
// `rulebook` are the same in every answer of its rule in its language, so the module writes
// them once and the package puts one deeply frozen copy back into each answer, in its place.
// This file runs in its own process, so every rule below is asked here for the first time.
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { answeringInputs } from "./answering.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
const zoneId = register.zones[0].id;

const ENVELOPE = ["ruleId", "citation", "clause", "outcome", "outcomeLabel", "severity", "reasons", "needsHuman", "paramsUsed", "ambiguities", "lang", "rulebook"];

test("the first answer of a rule and every later one are the same text, keys in the same order", () => {
  const input = { issueDate: "2019-06-01", asOf: "2019-12-02" };
  const first = pkg.evaluate("art-18.c", input, { lang: "en" });
  const later = pkg.evaluate("art-18.c", input, { lang: "en" });
  assert.equal(JSON.stringify(later), JSON.stringify(first));
  assert.deepEqual(Object.keys(later).slice(0, ENVELOPE.length), ENVELOPE);
  assert.equal(later.clause.number, "(十八)");
  assert.ok(later.clause.quote.length > 10);
  assert.ok(Array.isArray(later.ambiguities));
  assert.match(later.rulebook.sourceSha256, /^[0-9a-f]{64}$/);
});

test("the shared parts are one frozen copy per rule and language; the rest of an answer is its own", () => {
  const input = { issueDate: "2019-06-01", asOf: "2019-12-02" };
  const a = pkg.evaluate("art-18.c", input, { lang: "ko" });
  const b = pkg.evaluate("art-18.c", input, { lang: "ko" });
  for (const part of ["clause", "ambiguities", "rulebook"]) {
    assert.equal(a[part], b[part], `${part} is shared`);
    assert.ok(Object.isFrozen(b[part]), `${part} is frozen`);
  }
  // ES modules are strict: changing a shared part throws rather than changing other answers.
  assert.throws(() => {
    b.clause.quote = "changed";
  }, TypeError);
  assert.notEqual(a.clause.quote, "changed");
  assert.ok(!Object.isFrozen(b));
  assert.ok(!Object.isFrozen(b.reasons));
  b.reasons.push("mine");
  assert.ok(!a.reasons.includes("mine"));
  // An answer's own key may still be replaced: the caller's copy only.
  b.clause = { ...b.clause, quote: "mine" };
  assert.notEqual(pkg.evaluate("art-18.c", input, { lang: "ko" }).clause.quote, "mine");
});

test("each language keeps its own rendering", () => {
  const input = { issueDate: "2019-06-01", asOf: "2019-12-02" };
  const zh = pkg.evaluate("art-18.c", input, { lang: "zh" });
  const en = pkg.evaluate("art-18.c", input, { lang: "en" });
  const zh2 = pkg.evaluate("art-18.c", input, { lang: "zh" });
  assert.equal(zh.clause.rendering, zh.clause.quote, "zh renders the quote itself");
  assert.notEqual(en.clause.rendering, en.clause.quote);
  assert.equal(zh2.clause, zh.clause);
  assert.notEqual(zh2.clause, en.clause);
  assert.equal(zh2.lang, "zh");
});

test("a batch that fails part-way leaves nothing missing: the next answer of its rule is whole", () => {
  const good = { register, zoneId, year: 2021 };
  const e = (() => {
    try {
      pkg.evaluateBatch("art-14.d", [good, good, { register, zoneId: "NO-SUCH-ZONE", year: 2021 }], { lang: "en" });
    } catch (err) {
      return err;
    }
    assert.fail("expected a DevzoneError");
  })();
  assert.match(e.path, /^input\[2\]/);
  const after = pkg.evaluate("art-14.d", good, { lang: "en" });
  assert.equal(after.clause.number, "(十四)");
  assert.ok(after.ambiguities.length > 0);
  const batch = pkg.evaluateBatch("art-14.d", [good, good], { lang: "en" });
  assert.equal(JSON.stringify(batch[0]), JSON.stringify(after));
  assert.equal(JSON.stringify(batch[1]), JSON.stringify(after));
  assert.equal(batch[1].clause, after.clause);
});

test("the first answer of a rule in a batch carries the parts for the rest of the batch", () => {
  const questions = [2020, 2021, 2022].map((year) => ({ zoneId, year }));
  const reg = pkg.LoadedRegister.load(register);
  try {
    const answers = reg.evaluateBatch("art-14.c", questions, { lang: "zh" });
    assert.equal(answers.length, 3);
    for (const a of answers) {
      assert.equal(a.clause, answers[0].clause);
      assert.ok(Object.isFrozen(a.clause));
      assert.deepEqual(Object.keys(a).slice(0, ENVELOPE.length), ENVELOPE);
    }
    const one = pkg.evaluate("art-14.c", { register, ...questions[1] }, { lang: "zh" });
    assert.equal(JSON.stringify(one), JSON.stringify(answers[1]));
    assert.equal(one.clause, answers[0].clause, "loaded and stateless answers share one copy");
  } finally {
    reg.free();
  }
});

test("the parameters used are shared while they stay the same, and are the call's own when they change", () => {
  const input = { register, zoneId, year: 2021 };
  const a = pkg.evaluate("art-14.d", input, { lang: "en" });
  const b = pkg.evaluate("art-14.d", input, { lang: "zh" });
  assert.equal(b.paramsUsed, a.paramsUsed, "the same parameters: one shared object, across languages");
  assert.ok(Object.isFrozen(a.paramsUsed));
  assert.equal(a.paramsUsed.rankFallMinPlaces, 1);
  const five = pkg.evaluate("art-14.d", input, { lang: "en", params: { rankFallMinPlaces: 5 } });
  assert.equal(five.paramsUsed.rankFallMinPlaces, 5);
  assert.notEqual(five.paramsUsed, a.paramsUsed);
  const again = pkg.evaluate("art-14.d", input, { lang: "en" });
  assert.equal(again.paramsUsed.rankFallMinPlaces, 1, "back to the default, not the previous call's");
  assert.equal(JSON.stringify(again), JSON.stringify(a));
  assert.equal(a.paramsUsed.rankFallMinPlaces, 1, "an earlier answer keeps its own parameters");
  assert.equal(five.paramsUsed.rankFallMinPlaces, 5);
  // In one batch: each answer with its own parameters, in order.
  const batch = pkg.evaluateBatch("art-14.d", [input, input], { lang: "en", params: { rankFallMinPlaces: 5 } });
  assert.equal(batch[0].paramsUsed.rankFallMinPlaces, 5);
  assert.equal(batch[1].paramsUsed, batch[0].paramsUsed);
  assert.equal(pkg.evaluate("art-14.d", input, { lang: "en" }).paramsUsed.rankFallMinPlaces, 1);
});

test("nested parameters are frozen all the way down", () => {
  // art-05.a's parameters hold maps (industriesNational: { leading, mainMin, mainMax }).
  const input = {
    register: {
      issueDate: "2019-06-01",
      zones: [{ id: "Z5", nameZh: "Z5开发区", level: "NATIONAL", type: "ECON_DEV_ZONE", countyId: "CTY.X", status: "ACTIVE", managingAuthority: "COUNTY", mainIndustries: ["A", "B", "C"], leadingIndustry: "L" }],
    },
    zoneId: "Z5",
  };
  const deep = (v) => typeof v !== "object" || v === null || (Object.isFrozen(v) && Object.values(v).every(deep));
  const a = pkg.evaluate("art-05.a", input, { lang: "ko" });
  const b = pkg.evaluate("art-05.a", input, { lang: "ko" });
  assert.equal(typeof b.paramsUsed.industriesNational, "object");
  assert.equal(b.paramsUsed.industriesNational.leading, 1);
  for (const x of [a, b]) {
    for (const part of ["clause", "ambiguities", "rulebook", "paramsUsed"]) assert.ok(deep(x[part]), part);
  }
  assert.throws(() => {
    b.paramsUsed.industriesNational.leading = 2;
  }, TypeError);
  assert.equal(JSON.stringify(b), JSON.stringify(a));
});

// Answers of one rule to different inputs carry different parameters used (a national zone's
// industries against a provincial one's): the package keeps each by number for one answer's
// text (`HELD_NUMBERED` in lib.rs, up to 15 a rule), not only the latest, so an answer asked
// again in any order gets its own. Each answer is compared with the one its input got in the
// first pass, whose text carried its parameters whole.
test("parameters used that alternate between answers are each answer's own, in any order", () => {
  const vectors = (rule) => answeringInputs(pkg, root, rule);
  for (const rule of ["art-03.a", "art-04.d", "art-05.a", "art-14.c", "art-14.d", "art-14.e", "art-14.f"]) {
    const inputs = vectors(rule);
    const kinds = new Set();
    const first = new Map();
    for (const [i, input] of inputs.entries()) {
      for (const lang of ["zh", "ko", "en"]) {
        const a = pkg.evaluate(rule, input, { lang });
        kinds.add(JSON.stringify(a.paramsUsed));
        first.set(`${i} ${lang}`, JSON.stringify(a));
      }
    }
    assert.ok(kinds.size >= 2, `${rule}'s vectors have answers of different parameters used`);
    const order = [...inputs.keys()];
    for (const pass of [order.slice().reverse(), order, order.filter((i) => i % 2).concat(order.filter((i) => i % 2 === 0))]) {
      for (const i of pass) {
        for (const lang of ["en", "zh", "ko"]) {
          const a = pkg.evaluate(rule, inputs[i], { lang });
          assert.equal(JSON.stringify(a), first.get(`${i} ${lang}`), `${rule}, vector ${i}, ${lang}`);
          assert.ok(Object.isFrozen(a.paramsUsed), `${rule}, vector ${i}: paramsUsed frozen`);
        }
      }
    }
  }
});

test("more distinct parameters used than are kept by number: each answer still its own", () => {
  // art-04.d with the ratio given in the options: 20 different parameters used, past the 15
  // kept by number for the rule; asked in turn twice, then in reverse.
  const input = {
    fund: { ratio: "0.005" },
    projectId: "P1",
    personId: "alice",
    contributors: ["alice", "bob"],
    fundsInPlace: [{ year: 2020, amount: "80000000.00" }],
  };
  const ask = (k) => pkg.evaluate("art-04.d", input, { lang: "en", params: { rewardCap: `${100000 + k}.00` } });
  const first = [];
  for (let k = 0; k < 20; k++) first.push(JSON.stringify(ask(k)));
  assert.equal(new Set(first).size, 20, "each cap its own answer");
  for (const k of [...Array(20).keys(), ...[...Array(20).keys()].reverse()]) {
    assert.equal(JSON.stringify(ask(k)), first[k], `cap ${k}`);
  }
});
