// Large parts of an answer read lazily (issue 12): the module notes where each answer's large
// arrays and objects (`reasons`, `needsHuman`, a rule's `years`, …) are in its text, and the
// package parses each only when it is first read. Until then the property is an own enumerable
// accessor in its place; so the answer must look and behave as a plain object: the same keys in
// the same order, the same `JSON.stringify`, spreading, `structuredClone`, assignment and
// deletion. An answer's `reasons` and `needsHuman` go further: the module does not write them at
// all, and their first read asks the call again, on the call's own JSON text (the tests at the
// end). Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));

const register = (rank, prevRank) => ({
  issueDate: "2019-06-01",
  zones: [
    {
      id: "Z1",
      nameZh: "合成开发区1",
      level: "PROVINCIAL",
      type: "ECON_DEV_ZONE",
      countyId: "CTY.TUMEN",
      status: "ACTIVE",
      managingAuthority: "COUNTY",
    },
  ],
  assessments: [
    { zoneId: "Z1", year: 2022, populationSize: 88, rank: prevRank },
    { zoneId: "Z1", year: 2023, populationSize: 88, rank },
  ],
});
const input = (rank, prevRank) => ({ register: register(rank, prevRank), zoneId: "Z1", year: 2023 });
const isLazy = (o, k) => typeof Object.getOwnPropertyDescriptor(o, k)?.get === "function";
/** Freezes `o` and everything under it, through symbol keys too (`Reflect.ownKeys`). */
const deep = (o) => {
  Object.freeze(o);
  for (const k of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if ("value" in d && typeof d.value === "object" && d.value !== null && !Object.isFrozen(d.value)) deep(d.value);
  }
  return o;
};

test("an answer's large parts are parsed when first read, and then are plain data", () => {
  const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  assert.equal(a.outcome, "TRIGGERED");
  for (const k of ["reasons", "needsHuman", "years"]) assert.ok(isLazy(a, k), `${k} is read lazily`);
  // Small parts and scalars are parsed at once.
  for (const k of ["ruleId", "outcome", "severity", "hitYears"]) assert.ok(!isLazy(a, k), `${k} is plain`);
  const reasons = a.reasons;
  assert.ok(Array.isArray(reasons));
  assert.ok(reasons.some((r) => r.code === "YEAR_IN_BOTTOM"));
  // Read once, it is a data property holding the same array.
  assert.ok(!isLazy(a, "reasons"));
  assert.equal(a.reasons, reasons);
  const d = Object.getOwnPropertyDescriptor(a, "reasons");
  assert.deepEqual([d.writable, d.enumerable, d.configurable], [true, true, true]);
});

test("an answer's year-by-year evidence is not written at first, and read when first asked", () => {
  // The module leaves the zone-year rules' `years` out (written `null`, noted as a deferred
  // part) and JS asks for it with the reasons when it is first read: stateless, loaded (also
  // after `free()`), frozen, and read before the reasons or after them.
  const ranks = (a) => a.years.map((y) => [y.year, y.rank, y.standing]);
  const want = [
    [2022, 40, "MIDDLE"],
    [2023, 82, "BOTTOM"],
  ];
  const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  assert.ok(isLazy(a, "years") && isLazy(a, "reasons"));
  assert.deepEqual(ranks(a), want);
  assert.ok(isLazy(a, "reasons"), "reading the years leaves the reasons to their own first read");
  assert.ok(a.reasons.some((r) => r.code === "YEAR_IN_BOTTOM"));
  const b = pkg.evaluate("art-14.d", input(82, 40), { lang: "zh" });
  assert.ok(b.reasons.length > 0);
  assert.deepEqual(ranks(b), want);
  const reg = pkg.LoadedRegister.load(register(82, 40));
  const c = reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }, { lang: "ko" });
  const d = reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }, { lang: "ko" });
  reg.free();
  assert.deepEqual(ranks(c), want);
  assert.deepEqual(ranks(deep(d)), want);
  assert.deepEqual(ranks(deep(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }))), want);
  // A zone whose card does not apply has no years: `[]`, asked again all the same.
  const national = input(82, 40);
  national.register.zones[0].level = "NATIONAL";
  assert.deepEqual(pkg.evaluate("art-14.d", national, { lang: "en" }).years, []);
});

test("the answer is the same JSON, keys in the same order, read lazily or not", () => {
  const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "ko" });
  const b = pkg.evaluate("art-14.d", input(82, 40), { lang: "ko" });
  // `a` untouched, `b` read part by part first.
  for (const k of Object.keys(b)) void b[k];
  const text = JSON.stringify(a);
  assert.equal(JSON.stringify(b), text);
  assert.deepEqual(Object.keys(a), Object.keys(JSON.parse(text)));
  assert.deepEqual(Object.keys(a), Object.keys(b));
  // The native answer is the same JSON value.
  const c = pkg.evaluate("art-14.d", input(82, 40), { lang: "ko" });
  assert.deepStrictEqual(c, JSON.parse(text));
  assert.deepStrictEqual({ ...pkg.evaluate("art-14.d", input(82, 40), { lang: "ko" }) }, JSON.parse(text));
  assert.deepStrictEqual(structuredClone(pkg.evaluate("art-14.d", input(82, 40), { lang: "ko" })), JSON.parse(text));
});

test("a lazy part can be replaced or deleted before it is read", () => {
  const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "zh" });
  a.reasons = ["mine"];
  assert.deepEqual(a.reasons, ["mine"]);
  assert.ok(!isLazy(a, "reasons"));
  delete a.needsHuman;
  assert.ok(!("needsHuman" in a));
  const parsed = JSON.parse(JSON.stringify(a));
  assert.deepEqual(parsed.reasons, ["mine"]);
  assert.ok(!("needsHuman" in parsed));
});

test("answers do not share their lazy parts; a batch's answers are each their own", () => {
  const cases = [input(82, 40), input(10, 12), input(50, 49), input(88, 88)];
  const batch = pkg.evaluateBatch("art-14.d", cases, { lang: "en" });
  assert.equal(batch.length, cases.length);
  const one = cases.map((c) => pkg.evaluate("art-14.d", c, { lang: "en" }));
  // Read in another order than written.
  for (const i of [3, 1, 0, 2]) {
    assert.deepStrictEqual(batch[i].reasons, one[i].reasons, `answer ${i}: reasons`);
    assert.deepStrictEqual(batch[i], one[i], `answer ${i}`);
  }
  assert.notEqual(batch[0].reasons, one[0].reasons);
  // Loaded registers answer the same way.
  const reg = pkg.LoadedRegister.load(register(82, 40));
  try {
    const loaded = reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }, { lang: "en" });
    assert.ok(isLazy(loaded, "reasons"));
    assert.deepStrictEqual(loaded, one[0]);
    const many = reg.evaluateBatch("art-14.d", [{ zoneId: "Z1", year: 2023 }, { zoneId: "Z1", year: 2022 }], { lang: "en" });
    assert.deepStrictEqual(many[0], one[0]);
    assert.equal(many[1].year, 2022);
  } finally {
    reg.free();
  }
});

test("an answer whose text holds escapes reads its lazy parts exactly", () => {
  // Names with quotes, backslashes and characters beyond the BMP inside the lazy parts.
  const r = register(82, 40);
  r.zones[0].nameZh = '开发区 "引号" \\ 😀';
  const a = pkg.evaluate("art-14.d", { register: r, zoneId: "Z1", year: 2023 }, { lang: "en" });
  assert.ok(isLazy(a, "reasons"));
  assert.ok(a.reasons.some((x) => x.args?.zoneName === '开发区 "引号" \\ 😀'));
});

test("an answer frozen or sealed before its parts are read still reads them, the same each time", () => {
  const one = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  const text = JSON.stringify(one);
  const frozen = Object.freeze(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  const first = frozen.reasons;
  assert.ok(Array.isArray(first) && first.length > 0);
  assert.equal(frozen.reasons, first, "the same parsed value on every read");
  assert.equal(JSON.stringify(frozen), text);
  // Assignment is refused as on a frozen data property (ES modules are strict).
  assert.throws(() => {
    frozen.needsHuman = [];
  }, TypeError);
  assert.ok(Array.isArray(frozen.needsHuman));
  const sealed = Object.seal(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  assert.equal(JSON.stringify(sealed), text);
  // Deep-freezing libraries freeze first, then walk the values.
  const deep = (o) => {
    Object.freeze(o);
    for (const v of Object.values(o)) if (typeof v === "object" && v !== null && !Object.isFrozen(v)) deep(v);
    return o;
  };
  assert.equal(JSON.stringify(deep(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }))), text);
});

test("an object made from an answer reads its parts through it", () => {
  const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  const derived = Object.create(a);
  const reasons = derived.reasons;
  assert.ok(Array.isArray(reasons));
  // The part is settled on the answer itself, once.
  assert.ok(!isLazy(a, "reasons"));
  assert.equal(a.reasons, reasons);
  assert.ok(!Object.hasOwn(derived, "reasons"));
});

test("an answer wrapped in a Proxy (Vue's reactive, MobX, Immer) reads and sets its parts through it", () => {
  const text = JSON.stringify(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  const answer = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  // What Vue 3's reactive() does: every read and write goes through Reflect with the proxy as
  // the receiver.
  const seen = [];
  const proxy = new Proxy(answer, {
    get(t, k, r) {
      seen.push(k);
      return Reflect.get(t, k, r);
    },
    set(t, k, v, r) {
      return Reflect.set(t, k, v, r);
    },
  });
  assert.ok(Array.isArray(proxy.reasons) && proxy.reasons.length > 0);
  assert.ok(seen.includes("reasons"));
  assert.equal(JSON.stringify(proxy), text);
  proxy.needsHuman = ["set through the proxy"];
  assert.deepEqual(answer.needsHuman, ["set through the proxy"]);
  // An unread part, set through a proxy, then read on the answer.
  const other = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  new Proxy(other, {}).years = [];
  assert.deepEqual(other.years, []);
});

test("the parts' holder is invisible, and an answer frozen through every own key still reads its parts", () => {
  const text = JSON.stringify(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
  // Only what JSON has: no enumerable symbol, nothing copied by spreading but the answer's keys.
  assert.ok(Object.getOwnPropertySymbols(a).every((s) => !Object.getOwnPropertyDescriptor(a, s).enumerable));
  assert.deepEqual(Reflect.ownKeys({ ...a }), Object.keys(JSON.parse(text)));
  // A freeze that walks symbol keys too (Reflect.ownKeys) freezes the holder before any read.
  const frozen = deep(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  assert.equal(JSON.stringify(frozen), text);
  assert.deepEqual(frozen.reasons, JSON.parse(text).reasons);
});

// What the package gives when every part is read at once (`JSON.stringify` reads them all).
const full = (rule, inp, opts) => JSON.parse(JSON.stringify(pkg.evaluate(rule, inp, opts)));

test("reasons asked again are the native runner's, in every language (vector TV-14-1)", () => {
  const doc = JSON.parse(readFileSync(path.join(root, "tests/vectors/art-14.d.json"), "utf8"));
  const c = doc.cases.find((x) => x.id === "TV-14-1");
  const snap = readFileSync(path.join(root, "tests/vectors/snapshots/art-14.d/TV-14-1.snap"), "utf8");
  const native = JSON.parse(snap.match(/^---\n[\s\S]*?\n---\n([\s\S]*)$/)[1]);
  for (const lang of ["zh", "ko", "en"]) {
    const a = pkg.evaluate("art-14.d", c.input, { lang });
    assert.ok(isLazy(a, "reasons") && isLazy(a, "needsHuman"), "not written by the module");
    assert.ok(native[lang].reasons.length > 0 && native[lang].needsHuman.length > 0);
    assert.deepStrictEqual(a.reasons, native[lang].reasons, lang);
    assert.deepStrictEqual(a.needsHuman, native[lang].needsHuman, lang);
  }
});

test("reasons are asked again when first read: the same reasons, in every language", () => {
  for (const lang of ["zh", "ko", "en"]) {
    const a = pkg.evaluate("art-14.d", input(82, 40), { lang });
    // Not written by the module: the holder stands in for both.
    assert.ok(isLazy(a, "reasons") && isLazy(a, "needsHuman"));
    const b = full("art-14.d", input(82, 40), { lang });
    assert.deepEqual(a.needsHuman, b.needsHuman);
    assert.deepEqual(a.reasons, b.reasons);
    assert.ok(a.reasons.every((r) => typeof r.message === "string" && r.message.length > 0));
    assert.equal(JSON.stringify(a), JSON.stringify(b));
  }
});

test("reasons asked again read the question as it was: changing the input afterwards changes nothing", () => {
  const inp = input(82, 40);
  const opts = { lang: "en" };
  const a = pkg.evaluate("art-14.d", inp, opts);
  const expected = full("art-14.d", input(82, 40), { lang: "en" });
  inp.register.assessments[1].rank = 3;
  inp.year = 2022;
  opts.lang = "zh";
  assert.deepEqual(a.reasons, expected.reasons);
  assert.equal(JSON.stringify(a), JSON.stringify(expected));
});

test("an empty list of reasons is written at once, not asked again", () => {
  // Not provincial: nothing for a person to decide, and reasons that say why.
  const inp = input(82, 40);
  inp.register.zones[0].level = "NATIONAL";
  const a = pkg.evaluate("art-14.d", inp, { lang: "en" });
  const b = full("art-14.d", inp, { lang: "en" });
  for (const k of ["reasons", "needsHuman"]) {
    if (b[k].length === 0) assert.ok(!isLazy(a, k), `${k} is empty and plain`);
  }
  assert.equal(JSON.stringify(a), JSON.stringify(b));
});

test("a batch's reasons are asked again once for the batch, each answer its own", () => {
  const inputs = [input(82, 40), input(10, 40), input(50, 40), input(88, 87)];
  const answers = pkg.evaluateBatch("art-14.d", inputs, { lang: "ko" });
  inputs.length = 0;
  // Read out of order.
  for (const i of [2, 0, 3, 1]) {
    const [rank, prev] = [[82, 40], [10, 40], [50, 40], [88, 87]][i];
    const b = full("art-14.d", input(rank, prev), { lang: "ko" });
    assert.deepEqual(answers[i].reasons, b.reasons, `answer ${i}`);
    assert.equal(JSON.stringify(answers[i]), JSON.stringify(b), `answer ${i}`);
  }
});

test("a loaded register's answers read their reasons after the register is freed", () => {
  const reg = pkg.LoadedRegister.load(register(82, 40));
  const a = reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }, { lang: "en" });
  const many = reg.evaluateBatch("art-14.d", [{ zoneId: "Z1", year: 2023 }, { zoneId: "Z1", year: 2022 }], { lang: "zh" });
  reg.free();
  assert.throws(() => reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }));
  const b = full("art-14.d", input(82, 40), { lang: "en" });
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  const c = full("art-14.d", { register: register(82, 40), zoneId: "Z1", year: 2022 }, { lang: "zh" });
  assert.deepEqual(many[1].reasons, c.reasons);
  assert.deepEqual(many[1].needsHuman, c.needsHuman);
});

test("an answer frozen before its reasons are read asks again at each read, the same each time", () => {
  const a = deep(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  const b = full("art-14.d", input(82, 40), { lang: "en" });
  assert.deepEqual(a.reasons, b.reasons);
  assert.deepEqual(a.reasons, b.reasons);
  assert.deepEqual(a.needsHuman, b.needsHuman);
  assert.throws(() => {
    a.reasons = [];
  }, TypeError);
});

// An answer after the first of its rule and language is made from its head kept by JS (the
// envelope up to `rulebook`, parsed once) and its detail parsed alone, as a new object with its
// keys added in order: it must be the object the general path makes, key for key and value for
// value, and (why it exists) keep V8's fast properties, where the general path's accessors made
// a dictionary. A fault in that path would not show in any answer (the call falls back to the
// general path), so its object's mode is checked here, through V8's own test function.
test("an answer made from its kept head is the general path's object, with fast properties", async () => {
  const v8 = await import("node:v8");
  v8.setFlagsFromString("--allow-natives-syntax");
  const fast = new Function("o", "return %HasFastProperties(o)");
  const reg = pkg.LoadedRegister.load(register(82, 40));
  const calls = [
    ["stateless art-14.d", (lang) => pkg.evaluate("art-14.d", input(82, 40), { lang })],
    ["loaded art-14.d", (lang) => reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }, { lang })],
    ["loaded art-14.d, asOf", (lang) => reg.evaluate("art-14.d", { zoneId: "Z1", year: 2022, asOf: "2024-02-29" }, { lang })],
    ["art-18.c", (lang) => pkg.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang })],
    ["art-14.d, not provincial", (lang) => {
      const inp = input(82, 40);
      inp.register.zones[0].level = "NATIONAL";
      return pkg.evaluate("art-14.d", inp, { lang });
    }],
  ];
  for (const [name, call] of calls) {
    for (const lang of ["zh", "ko", "en"]) {
      // The first answer of a rule in a language carries its shared parts: the general path.
      const first = call(lang);
      const a = call(lang);
      assert.ok(fast(a), `${name} ${lang}: fast properties`);
      assert.equal(JSON.stringify(a), JSON.stringify(first), `${name} ${lang}: the first answer's`);
      const b = call(lang);
      // Each answer its own object: the kept head's values are not shared beyond the frozen parts.
      assert.notEqual(a, b);
      for (const k of Object.keys(a)) {
        if (typeof a[k] === "object" && a[k] !== null && !Object.isFrozen(a[k])) {
          assert.notEqual(a[k], b[k], `${name} ${lang}: ${k} not shared`);
        }
      }
      // What `JSON.stringify` sees before and after every part was read, and key order.
      const text = JSON.stringify(b);
      const parsed = JSON.parse(text);
      assert.deepStrictEqual(Object.keys(b), Object.keys(parsed));
      assert.equal(JSON.stringify(b), text);
      assert.deepStrictEqual({ ...b }, parsed);
      // Changing an answer's values in place (its detail was parsed once and is kept) changes
      // no later answer.
      // Nested values too: an array's or object's objects (copied deeply, where an array of
      // strings and numbers is sliced).
      const change = (v, depth) => {
        if (typeof v !== "object" || v === null || Object.isFrozen(v)) return;
        for (const x of Object.values(v)) if (depth < 3) change(x, depth + 1);
        if (Array.isArray(v)) v.push("changed");
        else v.changed = true;
      };
      for (const k of Object.keys(b)) change(b[k], 0);
      assert.equal(JSON.stringify(call(lang)), text, `${name} ${lang}: a later answer unchanged`);
    }
  }
  // The parameters changed between answers of a rule: their head is not the kept one, and the
  // answer still carries the parameters it used.
  const p = pkg.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en", params: { implMeasuresMonths: 7 } });
  assert.equal(p.paramsUsed.implMeasuresMonths, 7);
  assert.equal(p.outcome, "PENDING");
  const q = pkg.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en" });
  assert.equal(q.paramsUsed.implMeasuresMonths, 6);
  assert.equal(q.outcome, "OVERDUE");
  reg.free();
});

test("an enumerable key put on Object.prototype does not become an answer's own key", () => {
  const before = JSON.stringify(pkg.evaluate("art-14.d", input(82, 40), { lang: "en" }));
  Object.prototype.polluted = 1; // eslint-disable-line no-extend-native
  try {
    for (let i = 0; i < 2; i++) {
      const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
      assert.ok(!Object.hasOwn(a, "polluted"));
      assert.ok(Object.keys(a.hitYears).every((k) => k !== "polluted"));
      assert.equal(JSON.stringify(a), before);
    }
  } finally {
    delete Object.prototype.polluted;
  }
});

// Every rule's vectors: an answer after the first of its rule is made from kept values (its
// head, and its detail parsed once and kept, each value copied by how it is made: as it is,
// sliced, or copied deeply); changing one answer's values in place, nested ones too, must
// change no later answer.
test("an answer's values changed in place, nested ones too, change no later answer (every rule's vectors)", () => {
  const dir = path.join(root, "tests/vectors");
  let compared = 0;
  let nested = 0;
  const change = (v, depth) => {
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) return;
    for (const x of Object.values(v)) if (depth < 4) change(x, depth + 1);
    if (Array.isArray(v)) v.push("changed");
    else v.changed = true;
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const doc = JSON.parse(readFileSync(path.join(dir, name), "utf8"));
    if (doc.rule === undefined) continue;
    for (const c of doc.cases) {
      const ask = () => pkg.evaluate(doc.rule, c.input, { lang: "en" });
      try {
        ask();
      } catch {
        continue; // an error vector
      }
      const a = ask();
      const text = JSON.stringify(ask());
      for (const k of Object.keys(a)) {
        const d = Object.getOwnPropertyDescriptor(a, k);
        const v = "value" in d ? d.value : undefined;
        if (v !== null && typeof v === "object" && !Object.isFrozen(v) && Object.values(v).some((x) => typeof x === "object" && x !== null)) nested += 1;
        change(a[k], 0);
      }
      assert.equal(JSON.stringify(ask()), text, `${name} ${c.id}`);
      compared += 1;
    }
  }
  assert.ok(compared > 200, `${compared} answers compared`);
  assert.ok(nested > 0, "no answer held a nested value in its detail");
});


// A detail the module has told by number is not sent as text again (`DetailSlot` in lib.rs: 16,384
// numbers, 16 for each bucket of the text's hash; a new one replaces its bucket's oldest). More
// different details than numbers, asked twice over: every answer, whether its detail was new,
// kept or replaced, must be the one a batch writes whole (a batch's answers are never numbered).
test("details told by number give the same answers as details written whole, past the numbers' count", () => {
  // The zone's id is in the detail (its ranks are in `years`, a large part left out of it).
  const ask = (i) => {
    const id = `Z${i}`;
    const r = register(1 + (i % 88), 1 + ((i * 7) % 88));
    r.zones[0].id = id;
    for (const a of r.assessments) a.zoneId = id;
    return { register: r, zoneId: id, year: 2023 };
  };
  const asks = Array.from({ length: 17000 }, (_, i) => ask(i));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < asks.length; i += 1) {
      const one = pkg.evaluate("art-14.d", asks[i], { lang: "en" });
      const whole = pkg.evaluateBatch("art-14.d", [asks[i]], { lang: "en" })[0];
      assert.equal(JSON.stringify(one), JSON.stringify(whole), `pass ${pass}, ask ${i}`);
    }
  }
});

// An answer the fast path cannot make (a fault in the JS that makes it) is made again by the
// exact path, the same answer far slower, whose reasons are not deferred: so a question asked
// again and again, stateless and of a loaded register, must keep its reasons deferred (a
// detail held by number, from the third answer on, included).
test("a question asked again keeps taking the fast path (its reasons deferred every time)", () => {
  const reg = pkg.LoadedRegister.load(register(82, 40));
  try {
    for (let i = 0; i < 5; i++) {
      const a = pkg.evaluate("art-14.d", input(82, 40), { lang: "en" });
      assert.ok(isLazy(a, "reasons"), `stateless answer ${i}`);
      const b = reg.evaluate("art-14.d", { zoneId: "Z1", year: 2023 }, { lang: "en" });
      assert.ok(isLazy(b, "reasons"), `loaded answer ${i}`);
      assert.equal(JSON.stringify(b), JSON.stringify(a));
    }
  } finally {
    reg.free();
  }
});
