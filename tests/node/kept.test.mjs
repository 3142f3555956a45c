// Registers kept between stateless calls (issue 12): `evaluate` and `decide` of a zone-year rule
// on `{ register, zoneId, year, asOf }` keep the register they read, found again by its JSON
// text, and ask the question of it. What a caller sees must not change: a register changed
// between two calls gives the changed answer, deferred reasons read after the register was
// forgotten are still the answer's, a register that does not load still names its field, and
// past what is kept (16,384 registers, 8 MiB of their text) every answer is still right. The same object asked again is found
// by the object and checked against a copy of the data kept: changed in place, at random or
// not, it gives the answer or error of the call's own path. `zoneSummary`, `report` and
// `obligations` keep their register too. (Every vector goes through these paths in
// vectors.test.mjs, its answers compared with the native snapshots.)
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

// More one-zone registers (~330 bytes each) than the module keeps (16,384 registers, 8 MiB of
// their text: `KEPT_REGISTERS`, `KEPT_TEXT_BYTES` in lib.rs), so that asking them forgets every
// register kept before.
const PAST_KEPT = 17000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));

/** A register of one zone ranked `prev` then `rank` of 88 in 2021 and 2022. */
function input(prev, rank, id = "Z1") {
  return {
    register: {
      issueDate: "2019-06-01",
      zones: [{ id, nameZh: "合成开发区", level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
      assessments: [
        { zoneId: id, year: 2021, populationSize: 88, rank: prev },
        { zoneId: id, year: 2022, populationSize: 88, rank },
      ],
    },
    zoneId: id,
    year: 2022,
  };
}

/** The answer as plain data, every deferred part read. */
const plainOf = (a) => JSON.parse(JSON.stringify(a));

/** The question with its register as an object without a prototype: not split off nor kept, the call's own path, which reads it whole. */
const own = (q) => ({ ...q, register: Object.assign(Object.create(null), structuredClone(q.register)) });

/** A call's answer as plain data, or its error's code, path and message. */
const outcome = (f) => {
  try {
    return plainOf(f());
  } catch (e) {
    return { error: [e.code, e.path, e.message] };
  }
};

test("a register changed between two calls gives the changed answer", () => {
  const q = input(40, 50);
  const first = pkg.evaluate("art-14.d", q, { lang: "en" });
  assert.equal(first.outcome, "TRIGGERED"); // a fall of ten places
  q.register.assessments[1].rank = 30; // now a rise
  const second = pkg.evaluate("art-14.d", q, { lang: "en" });
  assert.equal(second.outcome, "NOT_TRIGGERED");
  assert.deepStrictEqual(pkg.decide("art-14.d", q, { lang: "en" }).outcome, "NOT_TRIGGERED");
  q.register.zones[0].level = "NATIONAL";
  assert.equal(pkg.evaluate("art-14.d", q).outcome, "NOT_APPLICABLE");
  assert.equal(pkg.decide("art-14.d", q).outcome, "NOT_APPLICABLE");
});

test("the same register object asked again: found by the object, read again whenever it changed", () => {
  const q = input(40, 85);
  const en = { lang: "en" };
  const first = pkg.evaluate("art-14.d", q, en);
  assert.equal(first.outcome, "TRIGGERED");
  assert.equal(pkg.decide("art-14.d", q, en).outcome, "TRIGGERED");
  // Changes JSON.stringify does not write, or an order of keys: the same register.
  q.register.note = undefined;
  q.register.assessments[0] = { rank: 40, populationSize: 88, year: 2021, zoneId: "Z1" };
  assert.deepStrictEqual(plainOf(pkg.evaluate("art-14.d", q, en)), plainOf(first));
  delete q.register.note;
  // Each change below is seen: the answer or the error of the register as it is now.
  const errorOf = (f) => {
    try {
      f();
    } catch (e) {
      return `${e.code} ${e.path}`;
    }
    return "no error";
  };
  q.register.extra = 1;
  assert.equal(errorOf(() => pkg.decide("art-14.d", q, en)), "INVALID_INPUT input.register.extra");
  delete q.register.extra;
  assert.equal(pkg.decide("art-14.d", q, en).outcome, "TRIGGERED");
  q.register.assessments[1].rank = Number.NaN;
  assert.match(errorOf(() => pkg.evaluate("art-14.d", q, en)), /^INVALID_INPUT input\.register\.assessments\[1\]\.rank/);
  q.register.assessments[1].rank = 85;
  q.register.issueDate = new Date("2019-06-01T00:00:00Z"); // written by its toJSON
  assert.match(errorOf(() => pkg.decide("art-14.d", q, en)), /^INVALID_INPUT input\.register\.issueDate/);
  q.register.issueDate = "2019-06-01";
  q.register.assessments.push(undefined); // written as null
  assert.match(errorOf(() => pkg.decide("art-14.d", q, en)), /^INVALID_INPUT input\.register\.assessments\[2\]/);
  q.register.assessments.pop();
  const zone = q.register.zones[0];
  q.register.zones[0] = Object.assign(Object.create({ inherited: true }), zone); // not plain data
  assert.equal(errorOf(() => pkg.decide("art-14.d", q, en)), "INVALID_INPUT input.register.zones[0]");
  q.register.zones[0] = zone;
  assert.equal(pkg.decide("art-14.d", q, en).outcome, "TRIGGERED");
  q.register.zones[0] = { ...q.register.zones[0], level: "NATIONAL" };
  assert.equal(pkg.decide("art-14.d", q, en).outcome, "NOT_APPLICABLE");
  // The first answer's deferred reasons are still its own.
  assert.ok(first.reasons.some((r) => r.code === "YEAR_IN_BOTTOM"));
  // Another object holding the same data, and the first again.
  const twin = input(40, 85);
  assert.deepStrictEqual(plainOf(pkg.evaluate("art-14.d", twin, en)), plainOf(first));
  assert.equal(pkg.decide("art-14.d", q, en).outcome, "NOT_APPLICABLE");
});

test("a register made anew for each call: found by its first zone, taken only when it is the data kept", () => {
  // A form's input built again for each question: another object, the same data or not.
  const en = { lang: "en" };
  const first = pkg.evaluate("art-14.d", input(40, 85, "ZF1"), en);
  assert.equal(first.outcome, "TRIGGERED");
  assert.deepStrictEqual(plainOf(pkg.evaluate("art-14.d", input(40, 85, "ZF1"), en)), plainOf(first));
  // The same first zone, other data: each its own answer, the guess refused by the walk.
  assert.equal(pkg.evaluate("art-14.d", input(40, 30, "ZF1"), en).outcome, "NOT_TRIGGERED");
  assert.equal(pkg.decide("art-14.d", input(40, 85, "ZF1"), en).outcome, "TRIGGERED");
  const two = input(40, 85, "ZF1");
  two.register.zones.push({ ...two.register.zones[0], id: "ZF2" });
  assert.deepStrictEqual(outcome(() => pkg.evaluate("art-14.d", two, en)), outcome(() => pkg.evaluate("art-14.d", own(two), en)));
  const broken = input(40, 85, "ZF1");
  broken.register.zones[0].level = "CITY";
  assert.deepStrictEqual(outcome(() => pkg.evaluate("art-14.d", broken, en)), outcome(() => pkg.evaluate("art-14.d", own(broken), en)));
  // A first zone whose id is a getter: read as the call's own path reads it, or its error.
  const counted = input(40, 85, "ZF1");
  let reads = 0;
  Object.defineProperty(counted.register.zones[0], "id", { get: () => (reads++, "ZF1"), enumerable: true });
  assert.deepStrictEqual(plainOf(pkg.evaluate("art-14.d", counted, en)), plainOf(first));
  assert.ok(reads > 0);
  const throwing = input(40, 85, "ZF1");
  Object.defineProperty(throwing.register.zones[0], "id", {
    get() {
      throw new Error("boom");
    },
    enumerable: true,
  });
  assert.deepStrictEqual(outcome(() => pkg.evaluate("art-14.d", throwing, en)).error.slice(0, 2), ["INVALID_INPUT", "input.register.zones[0].id"]);
  // Fresh objects of a few registers sharing their first zone, in a random order: each call
  // the answer or error of the call's own path.
  let seed = 7;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const ranks = [1, 5, 30, 40, 79, 80, 85, 88, 89];
  for (let i = 0; i < 150; i++) {
    const q = input(ranks[random(ranks.length)], ranks[random(ranks.length)], "ZF1");
    if (random(4) === 0) q.register.assessments.pop();
    const f = random(2) === 0 ? pkg.evaluate : pkg.decide;
    assert.deepStrictEqual(outcome(() => f("art-14.d", q, en)), outcome(() => f("art-14.d", own(q), en)), `call ${i}`);
  }
});

test("a rule whose input holds a register, not a zone-year question: asked of the register kept, each answer, brief and late reasons the call's own path's", () => {
  const dir = path.join(root, "tests/vectors");
  const late = [];
  let answered = 0;
  for (const file of readdirSync(dir).filter((f) => /^art-.*\.json$/.test(f))) {
    const rule = file.slice(0, -".json".length);
    for (const c of JSON.parse(readFileSync(path.join(dir, file), "utf8")).cases) {
      const q = c.input;
      if (typeof q !== "object" || q === null || typeof q.register !== "object" || q.register === null || "$include" in q.register) continue;
      for (const lang of ["zh", "en"]) {
        const theirs = outcome(() => pkg.evaluate(rule, own(q), { lang }));
        // Twice: the register read and kept, then found by its object.
        for (let k = 0; k < 2; k++) assert.deepStrictEqual(outcome(() => pkg.evaluate(rule, q, { lang })), theirs, `${rule} ${c.id} ${lang}`);
        assert.deepStrictEqual(outcome(() => pkg.decide(rule, q, { lang })), outcome(() => pkg.decide(rule, own(q), { lang })), `${rule} ${c.id} ${lang} decide`);
        if (theirs.error === undefined) {
          answered++;
          late.push([pkg.evaluate(rule, q, { lang }), theirs, `${rule} ${c.id} ${lang}`]);
        }
      }
    }
  }
  // Every kept register forgotten (`PAST_KEPT` more registers than are kept), then
  // the deferred reasons read: from the register's text read again.
  for (let i = 0; i < PAST_KEPT; i++) pkg.decide("art-14.d", input(1 + (i % 88), 1 + ((i * 37) % 88), `F${i}`));
  for (const [a, theirs, name] of late) assert.deepStrictEqual(plainOf(a), theirs, `${name}, read late`);
  assert.ok(answered > 40, `only ${answered} answers`);
});

test("a register rule's register too long to keep: each call the call's own path, asked again or changed", () => {
  // ~2.9 MB of zones: past the 2 MiB a kept register may be.
  const zones = [];
  for (let i = 0; i < 16000; i++) {
    zones.push({ id: `L${i}`, nameZh: `长开发区${i}`, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: `CTY.${i}`, status: "ACTIVE", managingAuthority: "COUNTY", leadingIndustry: "新材料" });
  }
  const q = { register: { issueDate: "2019-06-01", zones }, zoneId: "L7" };
  assert.ok(Buffer.byteLength(JSON.stringify(q.register)) > 2 * 1024 * 1024);
  const theirs = outcome(() => pkg.evaluate("art-05.a", own(q), { lang: "en" }));
  assert.equal(theirs.error, undefined, JSON.stringify(theirs.error));
  for (let k = 0; k < 3; k++) assert.deepStrictEqual(outcome(() => pkg.evaluate("art-05.a", q, { lang: "en" })), theirs, `call ${k}`);
  zones[7].level = "NATIONAL";
  assert.deepStrictEqual(outcome(() => pkg.evaluate("art-05.a", q, { lang: "en" })), outcome(() => pkg.evaluate("art-05.a", own(q), { lang: "en" })));
  zones.length = 10;
  assert.deepStrictEqual(outcome(() => pkg.decide("art-05.a", q, { lang: "en" })), outcome(() => pkg.decide("art-05.a", own(q), { lang: "en" })));
});

test("evaluateBatch of a register rule, its items holding one register: each answer, error and late reasons the batch's own path's", () => {
  const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
  const ids = register.zones.map((z) => z.id);
  const asOf = "2023-06-30";
  // Each item with a register of its own without a prototype: the batch's own path.
  const ownBatch = (items) => items.map(own);
  const late = [];
  for (const [rule, item] of [
    ["art-05.a", (id) => ({ register, zoneId: id })],
    ["art-02.d", (id) => ({ register, zoneId: id, asOf })],
    ["art-03.a", (id) => ({ zoneId: id, register })],
  ]) {
    const items = ids.map(item);
    for (const lang of ["ko", "en"]) {
      const theirs = outcome(() => pkg.evaluateBatch(rule, ownBatch(items), { lang }));
      assert.equal(theirs.error, undefined, `${rule}: ${JSON.stringify(theirs.error)}`);
      for (let k = 0; k < 2; k++) assert.deepStrictEqual(outcome(() => pkg.evaluateBatch(rule, items, { lang })), theirs, `${rule} ${lang}`);
      late.push([pkg.evaluateBatch(rule, items, { lang }), theirs, `${rule} ${lang}`]);
    }
    // An item the rule refuses: the batch's own error, naming it.
    const bad = [...items.slice(0, 3), { ...items[3], extra: 1 }];
    const error = outcome(() => pkg.evaluateBatch(rule, bad, { lang: "en" }));
    assert.ok(error.error !== undefined);
    assert.deepStrictEqual(error, outcome(() => pkg.evaluateBatch(rule, ownBatch(bad), { lang: "en" })));
  }
  // Every kept register forgotten, then the deferred reasons read.
  for (let i = 0; i < PAST_KEPT; i++) pkg.decide("art-14.d", input(1 + (i % 88), 1 + ((i * 37) % 88), `G${i}`));
  for (const [answers, theirs, name] of late) assert.deepStrictEqual(plainOf(answers), theirs, `${name}, read late`);
});

test("a register read for the first time is trusted for its own call only", () => {
  // The module keeps a register it has not seen and asks the question again at once, trusting the
  // object it just wrote out without walking it; a question whose zone turns into a number as it
  // is read stops that second asking early, and the trust must not outlive the call.
  const q = input(40, 85, "TRUST");
  let reads = 0;
  const shifting = {
    register: q.register,
    get zoneId() {
      reads += 1;
      return reads === 1 ? "TRUST" : 42;
    },
    year: 2022,
  };
  assert.throws(() => pkg.evaluate("art-14.d", shifting, { lang: "en" }), /zoneId/);
  assert.ok(reads >= 2, `the question was read ${reads} time(s)`);
  q.register.assessments[1].rank = 30; // now a rise
  const plainQuestion = { register: q.register, zoneId: "TRUST", year: 2022 };
  assert.equal(pkg.evaluate("art-14.d", plainQuestion, { lang: "en" }).outcome, "NOT_TRIGGERED");
  assert.equal(pkg.decide("art-14.d", plainQuestion).outcome, "NOT_TRIGGERED");
});

test("past the registers kept, answers and deferred reasons are still right", () => {
  const early = pkg.evaluate("art-14.d", input(40, 85, "EARLY"), { lang: "ko" });
  const answers = [];
  // More registers than are kept (`PAST_KEPT`).
  for (let i = 0; i < PAST_KEPT; i++) {
    const q = input(1 + (i % 88), 1 + ((i * 37) % 88), `Z${i}`);
    const a = pkg.evaluate("art-14.d", q, { lang: "en" });
    const d = pkg.decide("art-14.d", q);
    assert.equal(d.outcome, a.outcome, `zone ${i}`);
    if (i % 500 === 0) answers.push([q, a]);
  }
  // The reasons were deferred: read now, long after their registers were forgotten (an answer
  // holds its register's text, read again for them; it holds no memory of the module).
  for (const [q, a] of answers) {
    const read = plainOf(a);
    assert.ok(a.reasons.length > 0);
    assert.deepStrictEqual(read, plainOf(pkg.evaluate("art-14.d", structuredClone(q), { lang: "en" })));
  }
  const earlyRead = plainOf(early);
  assert.deepStrictEqual(earlyRead, plainOf(pkg.evaluate("art-14.d", input(40, 85, "EARLY"), { lang: "ko" })));
  assert.ok(early.reasons.some((r) => r.code === "YEAR_IN_BOTTOM"), JSON.stringify(early.reasons.map((r) => r.code)));
});

test("a register that does not load, or a question the quick path does not take, names its field", () => {
  const bad = input(40, 50);
  bad.register.zones[0].countyId = 7;
  for (const call of [pkg.evaluate, pkg.decide]) {
    let e;
    try {
      call("art-14.d", bad, { lang: "en" });
    } catch (err) {
      e = err;
    }
    assert.equal(e?.name, "DevzoneError");
    assert.equal(e.path, "input.register.zones[0].countyId");
  }
  // The same register kept, then asked about a zone it does not hold, a bad date, an extra key.
  const good = input(40, 50);
  pkg.evaluate("art-14.d", good);
  for (const [change, where] of [
    [{ zoneId: "NOPE" }, "input.zoneId"],
    [{ asOf: "2019-02-30" }, "input.asOf"],
    [{ extra: 1 }, "input.extra"],
  ]) {
    let e;
    try {
      pkg.evaluate("art-14.d", { ...good, ...change }, { lang: "en" });
    } catch (err) {
      e = err;
    }
    assert.equal(e?.path, where, JSON.stringify(change));
  }
  assert.equal(pkg.evaluate("art-14.d", good).outcome, "TRIGGERED");
});

test("evaluateBatch of questions sharing one register: each question's answer, the input limit as before", async () => {
  const { readFileSync } = await import("node:fs");
  const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
  const ids = register.zones.map((z) => z.id);
  const questions = ids.flatMap((zoneId) => [2020, 2021, 2022].map((year, j) => (j === 1 ? { zoneId, year, asOf: "2023-06-30" } : { zoneId, year })));
  for (const rule of ["art-14.d", "art-15.a"]) {
    for (const options of [undefined, { lang: "ko" }]) {
      const batch = pkg.evaluateBatch(rule, questions.map((q) => ({ register, ...q })), options);
      const one = questions.map((q) => pkg.evaluate(rule, { ...q, register }, options));
      assert.deepStrictEqual(plainOf(batch), plainOf(one), `${rule} ${JSON.stringify(options)}`);
    }
  }
  // An item naming a zone the register does not hold: the item's error, as before.
  let e;
  try {
    pkg.evaluateBatch("art-14.d", [{ register, zoneId: ids[0], year: 2021 }, { register, zoneId: "NOPE", year: 2021 }], { lang: "en" });
  } catch (err) {
    e = err;
  }
  assert.equal(e?.path, "input[1].zoneId");
  // The whole array's JSON text is held to the input limit (32 MiB) whichever way it is read:
  // the longest batch under it is answered, one item more is refused.
  const item = { register, zoneId: ids[0], year: 2021 };
  const itemBytes = Buffer.byteLength(JSON.stringify(item));
  const limit = 32 * 1024 * 1024;
  const most = Math.floor((limit - 1) / (itemBytes + 1)); // [ + n items + (n − 1) commas + ]
  assert.ok(Buffer.byteLength(JSON.stringify(Array(most).fill(item))) <= limit);
  assert.ok(Buffer.byteLength(JSON.stringify(Array(most + 1).fill(item))) > limit);
  assert.equal(pkg.evaluateBatch("art-14.d", Array(most).fill(item), { lang: "en" }).length, most);
  let tooLarge;
  try {
    pkg.evaluateBatch("art-14.d", Array(most + 1).fill(item), { lang: "en" });
  } catch (err) {
    tooLarge = err;
  }
  assert.equal(tooLarge?.path, "input");
  assert.equal(tooLarge?.problem, "TOO_LARGE");
});

test("evaluateBatch of questions on different registers: each question's answer, errors and the input limit as the call's own path", () => {
  // Three registers, interleaved, one of them by two objects with the same data.
  const regs = [input(40, 85, "A1").register, input(10, 12, "B2").register, input(88, 87, "C3").register, input(40, 85, "A1").register];
  const items = [0, 1, 0, 2, 3, 1, 2, 0].map((r) => ({ register: regs[r], zoneId: regs[r].zones[0].id, year: 2022 }));
  // The call's own path: an item with a key `JSON.stringify` leaves out is not split.
  const own = (list) => list.map((x, i) => (i === 0 ? { ...x, extra: undefined } : x));
  for (const options of [undefined, { lang: "ko" }, { lang: "en" }]) {
    const batch = pkg.evaluateBatch("art-14.d", items, options);
    const one = items.map((x) => pkg.evaluate("art-14.d", x, options));
    assert.deepStrictEqual(plainOf(batch), plainOf(one), JSON.stringify(options));
    assert.deepStrictEqual(plainOf(batch), plainOf(pkg.evaluateBatch("art-14.d", own(items), options)));
  }
  // A register that does not load, or a zone it does not hold, in the middle: the own path's error.
  const bad = structuredClone(regs[1]);
  bad.assessments[0].rank = "x";
  const errorOf = (list) => {
    try {
      pkg.evaluateBatch("art-14.d", list, { lang: "en" });
    } catch (e) {
      return [e.path, e.problem, e.message];
    }
    return undefined;
  };
  for (const broken of [
    [items[0], { ...items[1], register: bad }, items[2]],
    [items[0], items[1], { ...items[2], zoneId: "NOPE" }],
  ]) {
    const e = errorOf(broken);
    assert.ok(e !== undefined && e[0].startsWith("input[") , JSON.stringify(e));
    assert.deepStrictEqual(e, errorOf(own(broken)));
  }
  // The whole array's JSON text is held to the input limit with each item's own register.
  const big = input(40, 85, "BIG").register;
  // ~1.2 MB of UTF-8, under the 2 MiB kept: 20 more zones with long names.
  for (let i = 0; i < 20; i++) big.zones.push({ ...big.zones[0], id: `BIG${i}`, nameZh: "区".repeat(20_000) });
  const small = { register: regs[1], zoneId: "B2", year: 2022 };
  const large = { register: big, zoneId: "BIG", year: 2022 };
  const limit = 32 * 1024 * 1024;
  const [largeBytes, smallBytes] = [large, small].map((x) => Buffer.byteLength(JSON.stringify(x)));
  // `[`, the items, a comma between two, `]`.
  const list = [];
  let total = 1;
  while (total + largeBytes + 1 <= limit) {
    const x = list.length % 2 === 0 ? large : small;
    list.push(x);
    total += (x === large ? largeBytes : smallBytes) + 1;
  }
  while (total + smallBytes + 1 <= limit) {
    list.push(small);
    total += smallBytes + 1;
  }
  assert.equal(Buffer.byteLength(JSON.stringify(list)), total);
  assert.ok(total <= limit && total + smallBytes + 1 > limit);
  assert.equal(pkg.evaluateBatch("art-14.d", list, { lang: "en" }).length, list.length);
  const over = errorOf([...list, small]);
  assert.deepStrictEqual(over?.slice(0, 2), ["input", "TOO_LARGE"]);
});

test("evaluateBatch holds the array's JSON text to the input limit as JSON.stringify writes it: zone ids with escapes, years of one to four digits, with and without asOf", () => {
  const limit = 32 * 1024 * 1024;
  // A zone id JSON.stringify escapes in three ways (`\"`, `\\`, `\n`, `\u0001`, `\u001f`),
  // with a character of three UTF-8 bytes.
  const odd = 'Q"\\\n\u0001\u001f한';
  const small = input(10, 12, odd).register;
  // ~1.2 MB of UTF-8 each, under the 2 MiB kept; `pad` more ASCII bytes in the first name.
  const big = (pad) => {
    const r = input(40, 85, odd).register;
    for (let i = 0; i < 20; i++) r.zones.push({ ...r.zones[0], id: `BIG${i}`, nameZh: "区".repeat(20_000) });
    r.zones[0].nameZh += "x".repeat(pad);
    return r;
  };
  const bigA = big(0);
  const kinds = [
    { register: small, zoneId: odd, year: 2022 },
    { register: small, zoneId: odd, year: 7 },
    { register: small, zoneId: odd, year: 99, asOf: "2023-06-30" },
    { register: small, zoneId: odd, year: 123 },
    { register: small, zoneId: odd, year: 2022, asOf: "2022-12-31" },
  ];
  const large = { register: bigA, zoneId: odd, year: 2022, asOf: "2023-06-30" };
  // The last item's register padded so that the array's text is exactly the limit, then one
  // byte more (a string is at most 64 KiB: the padding, under a small item's size, fits).
  const last = (pad) => ({ register: big(pad), zoneId: odd, year: 2022 });
  const sizeOf = (x) => Buffer.byteLength(JSON.stringify(x));
  const room = limit - sizeOf(last(0)) - 2;
  const base = [];
  let total = 0;
  const push = (x) => {
    base.push(x);
    total += sizeOf(x) + 1;
  };
  // Up to the room left, items of the kind `next` gives for each place.
  const fill = (next) => {
    while (total + sizeOf(next(base.length)) + 1 <= room) push(next(base.length));
  };
  for (let i = 0; i < 200; i++) kinds.forEach(push);
  fill(() => large);
  fill((i) => kinds[i % kinds.length]);
  const bytes = (pad) => sizeOf([...base, last(pad)]);
  const pad = limit - bytes(0);
  assert.ok(pad >= 0 && pad < 1_000, String(pad));
  assert.equal(bytes(pad), limit);
  const answers = pkg.evaluateBatch("art-14.d", [...base, last(pad)], { lang: "en" });
  assert.equal(answers.length, base.length + 1);
  assert.deepStrictEqual(plainOf(answers.slice(0, 5)), plainOf(kinds.map((k) => pkg.evaluate("art-14.d", k, { lang: "en" }))));
  let over;
  try {
    pkg.evaluateBatch("art-14.d", [...base, last(pad + 1)], { lang: "en" });
  } catch (e) {
    over = e;
  }
  assert.deepStrictEqual([over?.path, over?.problem], ["input", "TOO_LARGE"]);
});

test("a register frozen all through is found without a walk; a frozen one with a getter is still read again", () => {
  const deepFreeze = (o) => {
    if (typeof o === "object" && o !== null) {
      for (const k of Object.keys(o)) deepFreeze(o[k]);
      Object.freeze(o);
    }
    return o;
  };
  const q = deepFreeze(input(40, 85, "F1"));
  const expected = plainOf(pkg.evaluate("art-14.d", structuredClone(q), { lang: "en" }));
  for (let i = 0; i < 4; i++) {
    assert.deepStrictEqual(plainOf(pkg.evaluate("art-14.d", q, { lang: "en" })), expected, `call ${i}`);
    assert.equal(pkg.decide("art-14.d", q, { lang: "en" }).outcome, "TRIGGERED");
  }
  // Frozen, but a zone's level is a getter: its answer follows the getter.
  let level = "PROVINCIAL";
  const g = input(40, 85, "G1");
  Object.defineProperty(g.register.zones[0], "level", { get: () => level, enumerable: true });
  deepFreeze(g);
  for (let i = 0; i < 3; i++) assert.equal(pkg.evaluate("art-14.d", g, { lang: "en" }).outcome, "TRIGGERED");
  level = "NATIONAL";
  assert.equal(pkg.evaluate("art-14.d", g, { lang: "en" }).outcome, "NOT_APPLICABLE");
  assert.equal(pkg.decide("art-14.d", g, { lang: "en" }).outcome, "NOT_APPLICABLE");
  // A `toJSON` put on Object.prototype later: the frozen register answers as the call's own
  // path does (which reads a register's values, not its `toJSON`).
  Object.prototype.toJSON = function () { // eslint-disable-line no-extend-native
    return Object.hasOwn(this, "rank") ? { ...this, rank: 1 } : this;
  };
  try {
    let own, quick;
    try {
      own = plainOf(pkg.evaluate("art-14.d", { ...structuredClone(q), extra: undefined }, { lang: "en" }));
    } catch (e) {
      own = e.message;
    }
    try {
      quick = plainOf(pkg.evaluate("art-14.d", q, { lang: "en" }));
    } catch (e) {
      quick = e.message;
    }
    assert.deepStrictEqual(quick, own);
  } finally {
    delete Object.prototype.toJSON;
  }
  assert.deepStrictEqual(plainOf(pkg.evaluate("art-14.d", q, { lang: "en" })), expected);
});

test("zoneSummary, report and obligations on a register: the register kept, the answers and errors of the call's own path", () => {
  const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
  // A register with no prototype is plain JSON data but not split off: the call's own path.
  const own = (r) => Object.assign(Object.create(null), r);
  const asOf = "2023-06-30";
  const both = (f) => [f(register), f(own(register))];
  const errorOf = (f) => {
    try {
      f();
    } catch (e) {
      return { code: e.code, path: e.path, message: e.message };
    }
    return "no error";
  };
  for (const lang of ["zh", "ko", "en"]) {
    for (const z of register.zones) {
      const [kept, ownPath] = both((r) => pkg.zoneSummary({ register: r, zoneId: z.id, asOf }, { lang }));
      assert.deepStrictEqual(kept, ownPath, `zoneSummary ${z.id} ${lang}`);
    }
    const [report, ownReport] = both((r) => pkg.report({ register: r, asOf }, { lang, offset: 40, limit: 20, county: "图们" }));
    assert.deepStrictEqual(report, ownReport, `report ${lang}`);
    const [duties, ownDuties] = both((r) => pkg.obligations({ register: r, asOf, withinDays: 90 }, { lang }));
    assert.deepStrictEqual(duties, ownDuties, `obligations ${lang}`);
  }
  // A question or options the register's call refuses: the own path's error, word for word.
  const cases = [
    (r) => pkg.zoneSummary({ register: r, zoneId: "NO-SUCH-ZONE", asOf }, { lang: "ko" }),
    (r) => pkg.zoneSummary({ register: r, zoneId: register.zones[0].id, asOf: "2019-02-30" }, { lang: "en" }),
    (r) => pkg.report({ register: r, asOf, extra: 1 }, { lang: "en" }),
    (r) => pkg.report({ register: r, asOf }, { lang: "en", rule: "art-99.z" }),
    (r) => pkg.report({ register: r, asOf }, { lang: "en", limit: -1 }),
    (r) => pkg.obligations({ register: r, asOf, agency: 5 }, { lang: "zh" }),
    (r) => pkg.obligations({ register: r, asOf: "3000-01-01" }, { lang: "zh" }),
  ];
  for (const [i, f] of cases.entries()) {
    const [kept, ownPath] = both((r) => errorOf(() => f(r)));
    assert.notEqual(kept, "no error", `case ${i}`);
    assert.deepStrictEqual(kept, ownPath, `case ${i}`);
  }
  // The same register object changed in place: the changed answer.
  const first = pkg.report({ register, asOf }, { lang: "en", limit: 0 });
  register.zones[0].status = "REVOKED";
  const [changed, ownChanged] = both((r) => pkg.report({ register: r, asOf }, { lang: "en", limit: 0 }));
  assert.deepStrictEqual(changed, ownChanged);
  assert.notDeepStrictEqual(changed.counts, first.counts);
});

test("one register object changed at random between calls: always the answer or error of the call's own path", () => {
  const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
  const pristine = structuredClone(register);
  // A register with no prototype is not split off, nor found by the object: the call's own path.
  const own = (r) => Object.assign(Object.create(null), structuredClone(r));
  let seed = 12;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = (a) => a[random(a.length)];
  const values = [undefined, null, true, 0, -0, 7, 2.5, Number.NaN, "", "TM-EDZ", "2019-02-30", [], {}, [1], { a: 1 }];
  /** A random place in `v`: [holder, key] of a value reached from the register's top. */
  function place(v) {
    let holder = v;
    let key = pick(Object.keys(holder));
    for (let depth = 0; depth < 4; depth++) {
      const next = holder[key];
      if (typeof next !== "object" || next === null || Object.keys(next).length === 0 || random(3) === 0) break;
      holder = next;
      key = pick(Object.keys(holder));
    }
    return [holder, key];
  }
  const asOf = "2023-06-30";
  const zoneId = register.zones[0].id;
  const calls = [
    (r) => pkg.decide("art-14.d", { register: r, zoneId, year: 2021, asOf }, { lang: "en" }),
    (r) => pkg.evaluate("art-14.c", { register: r, zoneId, year: 2021, asOf }, { lang: "ko" }),
    (r) => pkg.zoneSummary({ register: r, zoneId, asOf }, { lang: "zh" }),
    (r) => pkg.evaluate("art-05.a", { register: r, zoneId }, { lang: "en" }),
    (r) => pkg.decide("art-02.d", { register: r, zoneId, asOf }, { lang: "zh" }),
  ];
  let answered = 0;
  let broken = false;
  for (let i = 0; i < 120; i++) {
    // A register that no longer loads is put back first (the same object: its keys reset);
    // then one value changes, or a key is added or deleted.
    if (broken) {
      for (const k of Object.keys(register)) delete register[k];
      Object.assign(register, structuredClone(pristine));
    }
    const [holder, key] = place(register);
    const step = random(10);
    if (step === 0) continue;
    else if (step === 1) delete holder[key];
    else if (step === 2) holder[`extra${i}`] = pick(values);
    else holder[key] = pick(values);
    broken = false;
    for (const [j, call] of calls.entries()) {
      const kept = outcome(() => call(register));
      assert.deepStrictEqual(kept, outcome(() => call(own(register))), `step ${i}, call ${j}`);
      if (kept.error) broken = true;
      else answered++;
    }
    // Two calls in a row on the unchanged object: the second found by the object.
    assert.deepStrictEqual(outcome(() => calls[0](register)), outcome(() => calls[0](own(register))), `step ${i} again`);
  }
  assert.ok(answered > 30, `only ${answered} answers: the mutations left too few registers that load`);
});

test("a register object checked against a kept text: a string holding quotes never passes for two strings", () => {
  // A register asked again for the first time is read against the kept text of the register of
  // its object, or of its first zone, as `JSON.stringify` would write it (`isText`): each of
  // these pairs shares its first zone, and the second's one string is written, unescaped, as the
  // first's two. Each is asked in turn, so each is checked against the other's text.
  const register = (industries) => ({
    issueDate: "2019-06-01",
    zones: [{ id: "Q1", nameZh: "Q1开发区", level: "NATIONAL", type: "ECON_DEV_ZONE", countyId: "CTY.X", status: "ACTIVE", managingAuthority: "COUNTY", mainIndustries: industries, leadingIndustry: "L" }],
  });
  for (const [one, other] of [
    [["A", "B", "C"], ['A","B', "C"]],
    [["A", "B", "C", "D"], ['A","B","C', "D"]],
    [["A\\", "B"], ['A\\","B']],
    [["A\n", "B", "C"], ["A\n", 'B","C']],
  ]) {
    const a = { register: register(one), zoneId: "Q1" };
    const b = { register: register(other), zoneId: "Q1" };
    const theirs = [a, b].map((q) => outcome(() => pkg.evaluate("art-05.a", own(q), { lang: "en" })));
    assert.notDeepStrictEqual(theirs[0], theirs[1], "the two registers' answers differ");
    [a, b, a, b, b, a].forEach((q, i) => {
      assert.deepStrictEqual(outcome(() => pkg.evaluate("art-05.a", q, { lang: "en" })), theirs[q === a ? 0 : 1], `${JSON.stringify(one)} / ${JSON.stringify(other)}, call ${i}`);
    });
  }
});
