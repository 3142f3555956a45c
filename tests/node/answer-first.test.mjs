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
// How often the module's own `reg.evaluate`, `reg.decide` and `reg.evaluateBatch`, and its
// stateless `evaluate`, `decide` and `evaluateBatch`, were called.
const calls = { evaluate: 0, decide: 0, evaluateBatch: 0 };
const stateless = { evaluate: 0, decide: 0, evaluateBatch: 0 };
const answerFirst = inner.answer_first;
inner.answer_first = (cls, evaluate, decide, evaluateBatch) => {
  for (const name of ["evaluate", "decide", "evaluateBatch"]) {
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
  return answerFirst(cls, counted("evaluate", evaluate), counted("decide", decide), counted("evaluateBatch", evaluateBatch));
};
const pkg = require(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const { LoadedRegister, isDevzoneError, evaluate, decide, evaluateBatch } = pkg;

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
    assert.equal(calls.evaluateBatch - other.evaluateBatch, 0);
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

test("batches of questions asked before are answered without the module, each as the module answered it", () => {
  // Three registers, one of them loaded too, four years each.
  const data = [register("ZB1", [40, 85, 86, 10, 87]), register("ZB2", [10, 20, 30, 86, 88]), register("ZB3", [88, 87, 1, 2, 3])];
  const inputs = data.flatMap((d) => [2020, 2021, 2022, 2023].map((year) => ({ register: d, zoneId: d.zones[0].id, year })));
  const one = evaluateBatch("art-14.d", inputs, { lang: "ko" }).map((a) => JSON.stringify(a));
  // Each item the stateless `evaluate`'s answer.
  assert.deepStrictEqual(one, inputs.map((x) => JSON.stringify(evaluate("art-14.d", x, { lang: "ko" }))));
  for (let i = 0; i < 6; i++) assert.deepStrictEqual(evaluateBatch("art-14.d", inputs, { lang: "ko" }).map((a) => JSON.stringify(a)), one);
  const then = { ...stateless };
  for (let i = 0; i < 6; i++) {
    const again = evaluateBatch("art-14.d", inputs.map((x) => ({ ...x })), { lang: "ko" });
    assert.deepStrictEqual(again.map((a) => JSON.stringify(a)), one);
    assert.notEqual(again[0], again[1]);
  }
  assert.equal(stateless.evaluateBatch, then.evaluateBatch, "the module not asked again");
  // One question not asked before, another language, a changed register: the module's.
  const year2019 = [...inputs, { register: data[0], zoneId: "ZB1", year: 2019 }];
  assert.equal(evaluateBatch("art-14.d", year2019, { lang: "ko" }).length, 13);
  assert.notDeepStrictEqual(evaluateBatch("art-14.d", inputs, { lang: "en" }).map((a) => JSON.stringify(a)), one);
  data[1].assessments[3].rank = 20;
  const changed = evaluateBatch("art-14.d", inputs, { lang: "ko" }).map((a) => JSON.stringify(a));
  assert.equal(stateless.evaluateBatch - then.evaluateBatch, 3);
  assert.notDeepStrictEqual(changed, one);
  data[1].assessments[3].rank = 86;
  assert.deepStrictEqual(evaluateBatch("art-14.d", inputs, { lang: "ko" }).map((a) => JSON.stringify(a)), one);
  // An item the module refuses: its error, naming the item.
  assert.equal(errorOf(() => evaluateBatch("art-14.d", [inputs[0], { ...inputs[1], extra: 1 }], { lang: "ko" })).path, "input[1].extra");

  // A loaded register's batches.
  const reg = LoadedRegister.load(data[0]);
  try {
    const qs = [2020, 2021, 2022, 2023, 2021].map((year) => ({ zoneId: "ZB1", year }));
    const first = reg.evaluateBatch("art-14.d", qs, { lang: "zh" }).map((a) => JSON.stringify(a));
    assert.deepStrictEqual(first, qs.map((q) => JSON.stringify(reg.evaluate("art-14.d", q, { lang: "zh" }))));
    for (let i = 0; i < 6; i++) reg.evaluateBatch("art-14.d", qs, { lang: "zh" });
    const before = { ...calls };
    for (let i = 0; i < 6; i++) assert.deepStrictEqual(reg.evaluateBatch("art-14.d", qs.map((q) => ({ ...q })), { lang: "zh" }).map((a) => JSON.stringify(a)), first);
    assert.equal(calls.evaluateBatch, before.evaluateBatch, "the module not asked again");
    assert.equal(errorOf(() => reg.evaluateBatch("art-14.d", [qs[0], { zoneId: "ZB1", year: "2021" }], { lang: "zh" })).path, "input[1].year");
    assert.equal(reg.evaluateBatch("art-14.d", [...qs, { zoneId: "ZB1", year: 2019 }], { lang: "zh" }).length, 6);
    assert.equal(calls.evaluateBatch - before.evaluateBatch, 2);
  } finally {
    reg.free();
  }
  // Questions asked in batches only: learnt from the batches, then answered by JS.
  const only = LoadedRegister.load(data[2]);
  try {
    const qs = [2020, 2021, 2022, 2023].map((year) => ({ zoneId: "ZB3", year }));
    const first = only.evaluateBatch("art-14.d", qs).map((a) => JSON.stringify(a));
    for (let i = 0; i < 6; i++) assert.deepStrictEqual(only.evaluateBatch("art-14.d", qs).map((a) => JSON.stringify(a)), first);
    const before = { ...calls };
    for (let i = 0; i < 6; i++) assert.deepStrictEqual(only.evaluateBatch("art-14.d", qs).map((a) => JSON.stringify(a)), first);
    assert.deepStrictEqual(calls, before, "the module not asked again");
    assert.deepStrictEqual(qs.map((q) => JSON.stringify(only.evaluate("art-14.d", q))), first);
  } finally {
    only.free();
  }
});

test("a batch of questions asked before whose JSON text is past the input limit is still refused", () => {
  // A register of some 8 KB (40 zones), its first zone's question asked until JS keeps it.
  const big = register("ZL0", [40, 85]);
  for (let i = 1; i < 40; i++) big.zones.push({ ...big.zones[0], id: `ZL${i}`, nameZh: `${"大".repeat(40)}${i}` });
  const input = { register: big, zoneId: "ZL0", year: 2020 };
  const answer = JSON.stringify(evaluate("art-14.d", input));
  for (let i = 0; i < 6; i++) evaluate("art-14.d", input);
  const bytes = Buffer.byteLength(JSON.stringify(input));
  // Under the limit (32 MiB) as written, but not surely so by JS's count: the module's, alike.
  const under = new Array(Math.floor((16 << 20) / bytes)).fill(input);
  const before = stateless.evaluateBatch;
  const answers = evaluateBatch("art-14.d", under);
  assert.equal(stateless.evaluateBatch - before, 1);
  assert.equal(answers.length, under.length);
  assert.equal(JSON.stringify(answers.at(-1)), answer);
  // Past it: refused, as a batch of questions never asked before would be.
  const over = new Array(Math.ceil((33 << 20) / bytes)).fill(input);
  const refused = errorOf(() => evaluateBatch("art-14.d", over));
  assert.deepStrictEqual([refused.code, refused.path], ["INVALID_INPUT", "input"]);
  assert.match(refused.message, /33554432/);
  // A small batch of it: JS's.
  const small = stateless.evaluateBatch;
  assert.equal(JSON.stringify(evaluateBatch("art-14.d", [input, input])[1]), answer);
  assert.equal(stateless.evaluateBatch, small);

  // A loaded register's: a zone id of 640 characters (its answers' details still under the 1 KB
  // JS keeps), which JS counts as six bytes each.
  const id = "Z".repeat(640);
  const reg = LoadedRegister.load(register(id, [40, 85]));
  try {
    const q = { zoneId: id, year: 2020 };
    const own = JSON.stringify(reg.evaluate("art-14.d", q));
    for (let i = 0; i < 6; i++) reg.evaluate("art-14.d", q);
    const before = calls.evaluateBatch;
    assert.equal(JSON.stringify(reg.evaluateBatch("art-14.d", [q, q])[1]), own);
    assert.equal(calls.evaluateBatch, before, "JS's");
    const each = Buffer.byteLength(JSON.stringify(q)) + 1;
    // ~7 MB as written, not surely under 32 MiB by JS's count: the module's.
    const many = reg.evaluateBatch("art-14.d", new Array(Math.ceil((33 << 20) / (6 * id.length + 64))).fill(q));
    assert.equal(calls.evaluateBatch - before, 1);
    assert.equal(JSON.stringify(many.at(-1)), own);
    // Past 32 MiB as written: refused.
    const past = errorOf(() => reg.evaluateBatch("art-14.d", new Array(Math.ceil((33 << 20) / each)).fill(q)));
    assert.deepStrictEqual([past.code, past.path], ["INVALID_INPUT", "input"]);
  } finally {
    reg.free();
  }
});

test("ten thousand registers asked in turn: from the third pass, every question answered without the module, as at first", () => {
  // More zones than the module's numbers for details keep in some of their buckets (16 a
  // bucket): such a detail is told as new at every call, and its answer is learnt then.
  const inputs = [];
  for (let i = 0; i < 10000; i++) {
    const rank = 1 + ((i * 37) % 88);
    inputs.push({ register: register(`ZN${i}`, [1 + ((i * 53) % 88), rank]), zoneId: `ZN${i}`, year: 2020 });
  }
  const asked = [];
  let first;
  for (let pass = 0; pass < 4; pass++) {
    const before = stateless.evaluate;
    const answers = inputs.map((x) => JSON.stringify(evaluate("art-14.d", x, { lang: "en" })));
    asked.push(stateless.evaluate - before);
    if (pass === 0) first = answers;
    else assert.deepStrictEqual(answers, first, `pass ${pass}`);
  }
  assert.equal(asked[0], 10000);
  assert.deepStrictEqual(asked.slice(2), [0, 0]);
});
