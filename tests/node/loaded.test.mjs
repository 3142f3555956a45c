// A register loaded once (`LoadedRegister.load`) and decisions in bulk (`evaluateBatch`): the
// same answers as the stateless calls, their own errors naming the field, and the module working
// after each. (Every vector with a register is also asked of a loaded register in
// vectors.test.mjs.) Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
const zoneIds = register.zones.map((z) => z.id);

function thrown(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail("expected a DevzoneError");
}

test("every zone and year: reg.evaluate and reg.evaluateBatch equal evaluate with the register in the input", () => {
  const reg = pkg.LoadedRegister.load(register, { lang: "en" });
  try {
    for (const rule of ["art-14.d", "art-14.c", "art-14.e", "art-14.f", "art-14.h", "art-15.a"]) {
      const questions = zoneIds.flatMap((zoneId) => [2020, 2021, 2022].map((year) => ({ zoneId, year, asOf: "2023-06-30" })));
      for (const lang of ["zh", "ko", "en"]) {
        const expected = questions.map((q) => pkg.evaluate(rule, { register, ...q }, { lang }));
        assert.deepStrictEqual(questions.map((q) => reg.evaluate(rule, q, { lang })), expected, `${rule} ${lang}: reg.evaluate`);
        assert.deepStrictEqual(reg.evaluateBatch(rule, questions, { lang }), expected, `${rule} ${lang}: reg.evaluateBatch`);
        assert.deepStrictEqual(
          pkg.evaluateBatch(rule, questions.map((q) => ({ register, ...q })), { lang }),
          expected,
          `${rule} ${lang}: evaluateBatch`,
        );
      }
    }
    const q = { asOf: "2023-06-30" };
    assert.deepStrictEqual(reg.report(q, { lang: "ko" }), pkg.report({ register, ...q }, { lang: "ko" }));
    assert.deepStrictEqual(reg.obligations(q, { lang: "zh" }), pkg.obligations({ register, ...q }, { lang: "zh" }));
    const s = { zoneId: zoneIds[0], asOf: "2023-06-30" };
    assert.deepStrictEqual(reg.zoneSummary(s, { lang: "en" }), pkg.zoneSummary({ register, ...s }, { lang: "en" }));
  } finally {
    reg.free();
  }
});

test("in brief: reg.decide and reg.decideBatch give each answer's outcome, severity and codes; errors name the item", () => {
  const reg = pkg.LoadedRegister.load(register, { lang: "en" });
  try {
    const codes = (list) => list.map((r) => r.code);
    for (const rule of ["art-14.d", "art-14.e", "art-14.f", "art-15.a"]) {
      const questions = zoneIds.flatMap((zoneId) => [2020, 2021, 2022].map((year) => ({ zoneId, year, asOf: "2023-06-30" })));
      const expected = questions.map((q) => {
        const a = reg.evaluate(rule, q);
        return { ruleId: a.ruleId, outcome: a.outcome, severity: a.severity, reasonCodes: codes(a.reasons), needsHumanCodes: codes(a.needsHuman) };
      });
      assert.deepStrictEqual(questions.map((q) => reg.decide(rule, q)), expected, `${rule}: reg.decide`);
      assert.deepStrictEqual(reg.decideBatch(rule, questions), expected, `${rule}: reg.decideBatch`);
      assert.deepStrictEqual(questions.map((q) => pkg.decide(rule, { register, ...q })), expected, `${rule}: decide`);
    }
    assert.deepStrictEqual(reg.decideBatch("art-14.d", []), []);
    const e = thrown(() => reg.decideBatch("art-14.d", [{ zoneId: zoneIds[0], year: 2021 }, { zoneId: "NO-SUCH-ZONE", year: 2021 }], { lang: "ko" }));
    assert.equal(e.path, "input[1].zoneId");
    assert.equal(e.lang, "ko");
    // Still answering after the error, in brief and in full.
    const q = { zoneId: zoneIds[0], year: 2021 };
    assert.equal(reg.decide("art-14.d", q).outcome, reg.evaluate("art-14.d", q).outcome);
  } finally {
    reg.free();
  }
});

// reg.decideBatch reads plain zone-year questions as numbers (each zone by its place in a `Map`
// of the register's ids, each date as yyyymmdd checked again in the module): any question it
// cannot read so sends the whole batch down the JSON path, whose error names the item.
test("reg.decideBatch's quick path: mixed dates and rules as one by one; every question it does not take is the JSON path's error", () => {
  const reg = pkg.LoadedRegister.load(register, { lang: "en" });
  try {
    const dates = [undefined, "2023-06-30", "2021-02-28", "2020-02-29", undefined, "2024-12-31"];
    const questions = zoneIds.flatMap((zoneId, i) =>
      [2020, 2021, 2022].map((year, j) => {
        const asOf = dates[(i + j) % dates.length];
        return asOf === undefined ? { zoneId, year } : { zoneId, year, asOf };
      }),
    );
    for (const rule of ["art-14.c", "art-14.d", "art-14.e", "art-14.f", "art-14.h", "art-15.a"]) {
      const oneByOne = questions.map((q) => reg.decide(rule, q, { lang: "en", params: {} }));
      assert.deepStrictEqual(reg.decideBatch(rule, questions), oneByOne, rule);
      assert.deepStrictEqual(reg.decideBatch(rule, questions, { lang: "zh" }), oneByOne, `${rule} zh`);
    }
    // reg.evaluate reads the same plain questions as numbers: the answers (their deferred reasons
    // asked again when read, from the question's JSON text) are the stateless ones.
    for (const rule of ["art-14.d", "art-15.a"]) {
      for (const options of [undefined, { lang: "ko" }, { lang: undefined }]) {
        const mine = questions.map((q) => reg.evaluate(rule, q, options));
        assert.deepStrictEqual(mine, questions.map((q) => pkg.evaluate(rule, { register, ...q }, options)), `${rule} ${JSON.stringify(options)}`);
      }
    }
    const good = { zoneId: zoneIds[0], year: 2021 };
    const bad = [
      { zoneId: zoneIds[0], year: 2021, asOf: "2019-02-30" },
      { zoneId: zoneIds[0], year: 2021, asOf: "2021-2-28" },
      { zoneId: zoneIds[0], year: 2021, asOf: 20210228 },
      { zoneId: zoneIds[0], year: 0 },
      { zoneId: zoneIds[0], year: 10000 },
      { zoneId: zoneIds[0], year: 2021.5 },
      { zoneId: zoneIds[0], year: "2021" },
      { zoneId: zoneIds[0], year: 2021, extra: true },
      { zoneId: 1, year: 2021 },
      { zoneId: "constructor", year: 2021 },
      { zoneId: "NO-SUCH-ZONE", year: 2021 },
      { year: 2021 },
      null,
      [],
    ];
    for (const q of bad) {
      const quick = thrown(() => reg.decideBatch("art-14.d", [good, q], { lang: "en" }));
      const json = thrown(() => reg.decideBatch("art-14.d", [good, q], { lang: "en", params: {} }));
      assert.equal(quick.path, json.path, JSON.stringify(q));
      assert.ok(quick.path.startsWith("input[1]"), `${JSON.stringify(q)}: ${quick.path}`);
      assert.equal(quick.message, json.message, JSON.stringify(q));
      for (const ask of ["evaluate", "decide"]) {
        const one = thrown(() => reg[ask]("art-14.d", q, { lang: "en" }));
        const oneJson = thrown(() => reg[ask]("art-14.d", q, { lang: "en", params: {} }));
        assert.equal(one.path, oneJson.path, `${ask} ${JSON.stringify(q)}`);
        assert.equal(one.message, oneJson.message, `${ask} ${JSON.stringify(q)}`);
      }
    }
    // A rule whose input is not a zone-year question: the JSON path's error.
    assert.equal(thrown(() => reg.decideBatch("art-02.c", [good])).path, thrown(() => reg.decide("art-02.c", good)).path.replace("input", "input[0]"));
    // Still answering after every error.
    assert.deepStrictEqual(reg.decideBatch("art-14.d", [good]), [reg.decide("art-14.d", good)]);
  } finally {
    reg.free();
  }
});

test("the register may be given as JSON text", () => {
  const reg = pkg.LoadedRegister.load(JSON.stringify(register));
  const q = { zoneId: zoneIds[0], year: 2021 };
  assert.deepStrictEqual(reg.evaluate("art-14.d", q), pkg.evaluate("art-14.d", { register, ...q }));
  reg.free();
});

test("JSON text is read as the CLI reads it, whichever reader reads it", () => {
  const q = { zoneId: zoneIds[0], year: 2021 };
  const expected = pkg.evaluate("art-14.d", { register, ...q });
  // Read quickly (compact), and by serde_json (an escape, spaces and a fraction-free number
  // written with an exponent sends the text there), after a byte-order mark: the same register.
  const compact = JSON.stringify(register);
  const escaped = "\ufeff" + JSON.stringify(register, null, 1).replace('"issueDate"', '"issue\\u0044ate"');
  for (const text of [compact, escaped]) {
    const reg = pkg.LoadedRegister.load(text);
    assert.deepStrictEqual(reg.evaluate("art-14.d", q), expected);
    reg.free();
  }
  // A key given twice is refused where it is, read quickly or not.
  const twice = compact.replace('"issueDate":"2019-06-01"', '"issueDate":"2019-06-01","issueDate":"2019-06-02"');
  assert.ok(twice !== compact);
  for (const text of [twice, twice.replace("{", "{ ")]) {
    const e = thrown(() => pkg.LoadedRegister.load(text, { lang: "en" }));
    assert.equal(e.name, "DevzoneError");
    assert.equal(e.path, "register.issueDate");
    assert.equal(e.code, "INVALID_INPUT");
  }
  // A field's error from text names the field as from an object.
  const bad = structuredClone(register);
  bad.zones[1].countyId = "CTY.NOWHERE";
  assert.equal(thrown(() => pkg.LoadedRegister.load(JSON.stringify(bad))).path, "register.zones[1].countyId");
});

test("errors name the field, in the call's language, and everything keeps working", () => {
  const bad = structuredClone(register);
  bad.zones[1].countyId = "CTY.NOWHERE";
  const e1 = thrown(() => pkg.LoadedRegister.load(bad, { lang: "en" }));
  assert.equal(e1.name, "DevzoneError");
  assert.equal(e1.path, "register.zones[1].countyId");
  assert.equal(e1.lang, "en");

  const e2 = thrown(() => pkg.LoadedRegister.load("{\"issueDate\": ", { lang: "ko" }));
  assert.equal(e2.problem, "NOT_JSON");
  assert.equal(e2.lang, "ko");

  const reg = pkg.LoadedRegister.load(register);
  try {
    const e3 = thrown(() => reg.evaluate("art-14.d", { register, zoneId: zoneIds[0], year: 2021 }, { lang: "en" }));
    assert.equal(e3.path, "input.register");
    assert.equal(e3.problem, "UNKNOWN_FIELD");

    const e4 = thrown(() => reg.evaluate("art-18.c", { asOf: "2020-01-01" }, { lang: "zh" }));
    assert.equal(e4.path, "ruleId");
    assert.match(e4.message, /登记册/);

    const e5 = thrown(() => reg.evaluate("art-14.d", { zoneId: "NO-SUCH-ZONE", year: 2021 }, { lang: "en" }));
    assert.equal(e5.path, "input.zoneId");

    const e6 = thrown(() => reg.evaluateBatch("art-14.d", [{ zoneId: zoneIds[0], year: 2021 }, { zoneId: zoneIds[0], year: "2021" }], { lang: "en" }));
    assert.equal(e6.path, "input[1].year");
    assert.equal(e6.problem, "WRONG_TYPE");

    const e7 = thrown(() => pkg.evaluateBatch("art-18.c", { issueDate: "2019-06-01" }, { lang: "en" }));
    assert.equal(e7.path, "input");
    assert.equal(e7.problem, "WRONG_TYPE");

    const e8 = thrown(() => pkg.evaluateBatch("art-18.c", [{ issueDate: "2019-06-01", asOf: "2019-12-02" }, { issueDate: "2019-02-30", asOf: "2019-12-02" }], { lang: "en" }));
    assert.equal(e8.path, "input[1].issueDate");

    // Still answering, both ways.
    const q = { zoneId: zoneIds[0], year: 2021 };
    assert.deepStrictEqual(reg.evaluate("art-14.d", q), pkg.evaluate("art-14.d", { register, ...q }));
    assert.deepStrictEqual(pkg.evaluateBatch("art-18.c", []), []);
  } finally {
    reg.free();
  }
});

test("a freed register throws an Error, never traps", () => {
  const reg = pkg.LoadedRegister.load(register);
  reg.free();
  const e = thrown(() => reg.evaluate("art-14.d", { zoneId: zoneIds[0], year: 2021 }));
  assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), String(e));
  assert.equal(pkg.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }).outcome, "OVERDUE");
});

test("text outside the BMP and in every script crosses the boundary unchanged", () => {
  const name = "😀𠀀개발구 开发区 é";
  const reg = {
    issueDate: "2019-06-01",
    zones: [{ id: "Z😀", nameZh: name, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
    assessments: [{ zoneId: "Z😀", year: 2021, populationSize: 88, rank: 85 }],
  };
  for (const lang of ["zh", "ko", "en"]) {
    const a = pkg.evaluate("art-14.d", { register: reg, zoneId: "Z😀", year: 2021 }, { lang });
    assert.equal(a.zoneId, "Z😀");
    assert.ok(a.reasons.some((r) => r.args.zoneName === name && r.message.includes(name)), JSON.stringify(a.reasons));
  }
});

test("reg.evaluateBatch of zone-year questions: each answer reg.evaluate's, the array held to the input limit as JSON.stringify writes it", () => {
  const limit = 32 * 1024 * 1024;
  // A zone id of 60,000 bytes as JSON (escapes of six, two and three bytes, and a character of
  // three UTF-8 bytes), so that a few hundred questions reach the limit; and zones `P` … `P`×80,
  // one of which makes the array exactly as long as the limit.
  const long = "\u0001".repeat(9_990) + '"\\\n한';
  const zone = (id) => ({ id, nameZh: "合成开发区", level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" });
  const ids = [long, ...Array.from({ length: 80 }, (_, i) => "P".repeat(i + 1))];
  const reg = pkg.LoadedRegister.load({
    issueDate: "2019-06-01",
    zones: ids.map(zone),
    assessments: [
      { zoneId: long, year: 2021, populationSize: 88, rank: 10 },
      { zoneId: long, year: 2022, populationSize: 88, rank: 12 },
    ],
  });
  const kinds = [
    { zoneId: long, year: 2022 },
    { zoneId: long, year: 7 },
    { zoneId: long, year: 99, asOf: "2023-06-30" },
    { zoneId: long, year: 123, asOf: undefined },
    { zoneId: long, year: 2022, asOf: "2022-12-31" },
  ];
  const options = { lang: "en" };
  assert.deepStrictEqual(
    JSON.parse(JSON.stringify(reg.evaluateBatch("art-14.d", kinds, options))),
    JSON.parse(JSON.stringify(kinds.map((q) => reg.evaluate("art-14.d", q, options)))),
  );
  const sizeOf = (x) => Buffer.byteLength(JSON.stringify(x));
  const questions = [];
  let total = 1; // `[` and `]`, less the comma before the first question
  const fill = (next) => {
    while (total + sizeOf(next()) + 1 <= limit - 70) {
      const q = next();
      questions.push(q);
      total += sizeOf(q) + 1;
    }
  };
  fill(() => kinds[questions.length % kinds.length]);
  fill(() => ({ zoneId: "P", year: 2022 }));
  // The last question's zone `P`×k, its text `{"zoneId":"P…","year":2022}` (k + 25 bytes) and a comma.
  const k = limit - total - 26;
  assert.ok(k >= 1 && k < 80, String(k));
  const last = (k) => ({ zoneId: "P".repeat(k), year: 2022 });
  assert.equal(sizeOf([...questions, last(k)]), limit);
  assert.equal(reg.evaluateBatch("art-14.d", [...questions, last(k)], options).length, questions.length + 1);
  const over = thrown(() => reg.evaluateBatch("art-14.d", [...questions, last(k + 1)], options));
  assert.deepStrictEqual([over.path, over.problem], ["input", "TOO_LARGE"]);
});

test("a register of one zone: its questions answered and refused as a register of many's", () => {
  // JS reads a one-zone register's questions against the zone's id alone (`placeIn`), a
  // register of many zones' through a `Map` of them: the same answers, the same refusals.
  for (const id of ["YJ-ONE", "constructor"]) {
    const zone = { id, nameZh: "单一开发区", level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" };
    const ranks = [40, 85, 86, 30];
    const one = {
      issueDate: register.issueDate,
      zones: [zone],
      assessments: ranks.map((rank, i) => ({ zoneId: id, year: 2019 + i, populationSize: 88, rank })),
    };
    const reg = pkg.LoadedRegister.load(one);
    try {
      for (const rule of ["art-14.d", "art-14.c", "art-15.a"]) {
        const questions = [2020, 2021, 2022].map((year) => ({ zoneId: zone.id, year }));
        for (const q of questions) {
          assert.equal(JSON.stringify(reg.evaluate(rule, q, { lang: "ko" })), JSON.stringify(pkg.evaluate(rule, { register: one, ...q }, { lang: "ko" })), `${rule} ${zone.id}`);
        }
        assert.deepStrictEqual(reg.decideBatch(rule, questions), questions.map((q) => pkg.decide(rule, { register: one, ...q })), `${rule}: decideBatch`);
      }
      for (const other of ["NO-SUCH-ZONE", zone.id.toLowerCase(), zone.id + " ", "toString", "__proto__"]) {
        if (other === zone.id) continue;
        for (const ask of [(q) => reg.evaluate("art-14.d", q), (q) => reg.decide("art-14.d", q)]) {
          const e = thrown(() => ask({ zoneId: other, year: 2021 }));
          assert.equal(e.path, "input.zoneId", other);
        }
        const e = thrown(() => reg.decideBatch("art-14.d", [{ zoneId: zone.id, year: 2021 }, { zoneId: other, year: 2021 }]));
        assert.equal(e.path, "input[1].zoneId", other);
      }
      // Still answering after the errors.
      assert.equal(reg.decide("art-14.d", { zoneId: zone.id, year: 2021 }).outcome, reg.evaluate("art-14.d", { zoneId: zone.id, year: 2021 }).outcome);
    } finally {
      reg.free();
    }
  }
});
