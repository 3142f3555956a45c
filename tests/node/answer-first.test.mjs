// `evaluate`, `decide`, `reg.evaluate` and `reg.decide` of a question asked again, answered by
// the package's JS before the module is called (issue 12, `statelessAnswered`,
// `loadedAnswered` and `answer_first` in bindings/src/lib.rs; `cargo xtask pkg` adds the glue's
// call of `answer_first`). These count the calls that reach the module's own functions and
// methods: `answer_first` is wrapped before the package is loaded, so that those it is given
// (and calls when JS keeps no answer) are counting ones. The answers are held
// to the module's own; a freed register, errors and other registers' questions to what the
// module says of them.
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const inner = require(path.join(root, "pkg/node/snippets/devzone-rules-wasm/inline0.js"));
// How often the module's own `reg.evaluate` and `reg.decide`, and its stateless `evaluate` and
// `decide`, were called.
const calls = { evaluate: 0, decide: 0 };
const stateless = { evaluate: 0, decide: 0 };
const answerFirst = inner.answer_first;
inner.answer_first = (cls, evaluate, decide) => {
  for (const name of ["evaluate", "decide"]) {
    const own = cls.prototype[name];
    cls.prototype[name] = function (...args) {
      calls[name] += 1;
      return own.apply(this, args);
    };
  }
  const counted = (name, own) => (...args) => {
    stateless[name] += 1;
    return own(...args);
  };
  return answerFirst(cls, counted("evaluate", evaluate), counted("decide", decide));
};
const pkg = require(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const { LoadedRegister, isDevzoneError, evaluate, decide } = pkg;

/** A register of one provincial zone `id` ranked `ranks` (of 88) from 2019 on. */
function register(id, ranks) {
  return {
    issueDate: "2019-06-01",
    zones: [{ id, nameZh: `${id}开发区`, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
    assessments: ranks.map((rank, i) => ({ zoneId: id, year: 2019 + i, populationSize: 88, rank })),
  };
}

/** The error `f` throws (a DevzoneError), or a failure. */
function errorOf(f) {
  try {
    f();
  } catch (e) {
    assert.ok(isDevzoneError(e), `a DevzoneError: ${e}`);
    return e;
  }
  assert.fail("no error thrown");
}

test("a loaded register's question asked again is answered without the module, as the module answered it", () => {
  const reg = LoadedRegister.load(register("ZF", [40, 85, 86]));
  try {
    const q = { zoneId: "ZF", year: 2021 };
    const before = { ...calls };
    const first = JSON.stringify(reg.evaluate("art-14.d", q, { lang: "ko" }));
    const brief = reg.decide("art-14.d", q);
    // The module tells JS the answer's head and detail by the third time.
    for (let i = 0; i < 10; i++) {
      assert.equal(JSON.stringify(reg.evaluate("art-14.d", q, { lang: "ko" })), first);
      assert.deepStrictEqual(reg.decide("art-14.d", q), brief);
    }
    const asked = { evaluate: calls.evaluate - before.evaluate, decide: calls.decide - before.decide };
    assert.ok(asked.evaluate >= 1 && asked.evaluate <= 4, `the module asked ${asked.evaluate} times`);
    assert.ok(asked.decide >= 1 && asked.decide <= 4, `the module asked ${asked.decide} times`);
    // Then never again for these questions.
    const then = { ...calls };
    for (let i = 0; i < 20; i++) {
      assert.equal(JSON.stringify(reg.evaluate("art-14.d", { zoneId: "ZF", year: 2021 }, { lang: "ko" })), first);
      assert.deepStrictEqual(reg.decide("art-14.d", { year: 2021, zoneId: "ZF" }), brief);
    }
    assert.deepStrictEqual(calls, then);
    // Each answer its own object, its reasons read as the module gives them.
    const a = reg.evaluate("art-14.d", q, { lang: "ko" });
    const b = reg.evaluate("art-14.d", q, { lang: "ko" });
    assert.notEqual(a, b);
    assert.deepStrictEqual(a.reasons.map((r) => r.code), brief.reasonCodes);
    a.reasons.length = 0;
    assert.equal(JSON.stringify(b), first);
    // Another language, year or rule: the module's (and its answer its own).
    const other = { ...calls };
    assert.notEqual(JSON.stringify(reg.evaluate("art-14.d", q, { lang: "zh" })), first);
    assert.notEqual(JSON.stringify(reg.evaluate("art-14.d", { zoneId: "ZF", year: 2020 }, { lang: "ko" })), first);
    assert.notDeepStrictEqual(reg.decide("art-14.e", q), brief);
    assert.equal(calls.evaluate - other.evaluate, 2);
    assert.equal(calls.decide - other.decide, 1);
  } finally {
    reg.free();
  }
});

test("a register's questions are answered as its own: a method called on another register, a freed one, one not extensible", () => {
  // The same zone ranked otherwise: a yellow card in one, none in the other.
  const one = LoadedRegister.load(register("ZS", [40, 85]));
  const two = LoadedRegister.load(register("ZS", [10, 10]));
  const q = { zoneId: "ZS", year: 2020 };
  const a1 = JSON.stringify(one.evaluate("art-14.d", q));
  const a2 = JSON.stringify(two.evaluate("art-14.d", q));
  assert.notEqual(a1, a2);
  for (let i = 0; i < 6; i++) {
    assert.equal(JSON.stringify(one.evaluate("art-14.d", q)), a1);
    assert.equal(JSON.stringify(two.evaluate("art-14.d", q)), a2);
    // The methods read the register from `this`.
    assert.equal(JSON.stringify(LoadedRegister.prototype.evaluate.call(two, "art-14.d", q)), a2);
    assert.equal(LoadedRegister.prototype.decide.call(one, "art-14.d", q).outcome, "TRIGGERED");
    assert.equal(two.decide.call(two, "art-14.d", q).outcome, "NOT_TRIGGERED");
  }
  // Freed: the module refuses it, whatever JS kept for it.
  one.free();
  assert.throws(() => one.evaluate("art-14.d", q), /null pointer/);
  assert.throws(() => one.decide("art-14.d", q), /null pointer/);
  assert.equal(JSON.stringify(two.evaluate("art-14.d", q)), a2);
  // Not extensible: JS cannot note its number on it; the module answers, alike.
  const closed = Object.preventExtensions(LoadedRegister.load(register("ZS", [40, 85])));
  for (let i = 0; i < 6; i++) assert.equal(JSON.stringify(closed.evaluate("art-14.d", q)), a1);
  closed.free();
  // Not a register at all: the module's error.
  assert.throws(() => LoadedRegister.prototype.evaluate.call({}, "art-14.d", q));
  assert.throws(() => LoadedRegister.prototype.decide.call(undefined, "art-14.d", q));
  two.free();
});

test("questions that are not the one kept are the module's: errors name their fields, and the kept answers stay", () => {
  const reg = LoadedRegister.load(register("ZE", [40, 85]));
  try {
    const q = { zoneId: "ZE", year: 2020 };
    const first = JSON.stringify(reg.evaluate("art-14.d", q, { lang: "en" }));
    const brief = reg.decide("art-14.d", q, { lang: "en" });
    for (let i = 0; i < 5; i++) {
      reg.evaluate("art-14.d", q, { lang: "en" });
      reg.decide("art-14.d", q, { lang: "en" });
    }
    const bad = [
      [{ ...q, extra: 1 }, undefined, "input.extra"],
      [{ zoneId: "ZE", year: "2020" }, undefined, "input.year"],
      [{ ...q, asOf: "2019-02-30" }, undefined, "input.asOf"],
      [{ zoneId: "ZX", year: 2020 }, undefined, "input.zoneId"],
      [q, { lang: "fr" }, "options.lang"],
      [q, { lang: "en", extra: true }, "options.extra"],
    ];
    for (const [question, options, field] of bad) {
      for (const method of ["evaluate", "decide"]) {
        const e = errorOf(() => reg[method]("art-14.d", question, options ?? { lang: "en" }));
        assert.equal(e.path, field, `${method} ${JSON.stringify(question)} ${JSON.stringify(options)}: ${e.message}`);
      }
    }
    assert.equal(errorOf(() => reg.evaluate("art-99.z", q)).code, "UNKNOWN_RULE");
    // The module keeps working, and JS keeps its answers.
    assert.equal(JSON.stringify(reg.evaluate("art-14.d", q, { lang: "en" })), first);
    assert.deepStrictEqual(reg.decide("art-14.d", q, { lang: "en" }), brief);
  } finally {
    reg.free();
  }
});

test("a stateless question asked again is answered without the module, as the module answered it, while its register is the same data", () => {
  const data = register("ZT", [40, 85, 86]);
  const input = { register: data, zoneId: "ZT", year: 2021 };
  const before = { ...stateless };
  const first = JSON.stringify(evaluate("art-14.d", input, { lang: "zh" }));
  const brief = decide("art-14.d", input);
  for (let i = 0; i < 10; i++) {
    assert.equal(JSON.stringify(evaluate("art-14.d", input, { lang: "zh" })), first);
    assert.deepStrictEqual(decide("art-14.d", input), brief);
  }
  assert.ok(stateless.evaluate - before.evaluate <= 4, `the module asked ${stateless.evaluate - before.evaluate} times`);
  assert.ok(stateless.decide - before.decide <= 4, `the module asked ${stateless.decide - before.decide} times`);
  // Then never again, also for a question and a register made anew with the same data.
  const then = { ...stateless };
  for (let i = 0; i < 10; i++) {
    assert.equal(JSON.stringify(evaluate("art-14.d", { zoneId: "ZT", year: 2021, register: structuredClone(data) }, { lang: "zh" })), first);
    assert.deepStrictEqual(decide("art-14.d", { ...input }), brief);
  }
  assert.deepStrictEqual(stateless, then);
  // The register object changed: the module's answer for the new data (the rank of 2021 now
  // out of the bottom 10: no yellow card), then the old data's again when it is changed back.
  data.assessments[2].rank = 20;
  const changed = evaluate("art-14.d", input, { lang: "zh" });
  assert.equal(stateless.evaluate - then.evaluate, 1);
  assert.notEqual(changed.outcome, JSON.parse(first).outcome);
  assert.notEqual(decide("art-14.d", input).outcome, brief.outcome);
  data.assessments[2].rank = 86;
  assert.equal(JSON.stringify(evaluate("art-14.d", input, { lang: "zh" })), first);
  assert.deepStrictEqual(decide("art-14.d", input), brief);
  // Questions near the one kept: the module names what is wrong.
  for (const [bad, options, path] of [
    [{ ...input, extra: 1 }, undefined, "input.extra"],
    [{ ...input, year: 2021.5 }, undefined, "input.year"],
    [{ ...input, asOf: "2019-02-30" }, undefined, "input.asOf"],
    [{ ...input, zoneId: "ZX" }, undefined, "input.zoneId"],
    [input, { lang: "de" }, "options.lang"],
  ]) {
    for (const f of [evaluate, decide]) assert.equal(errorOf(() => f("art-14.d", bad, options)).path, path, `${f.name} ${path}`);
  }
  assert.equal(JSON.stringify(evaluate("art-14.d", input, { lang: "zh" })), first);
});
