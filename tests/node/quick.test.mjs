// Answers found by their keys (issue 12): a zone-year question of art-14.d asked of a loaded
// register (or of a register kept between stateless calls) whose answer JS already keeps the
// head and detail of is answered from them, the module deciding it without making or writing
// the answer (`QuickAnswers` in bindings/src/lib.rs; the key: `LoadedRegister::zone_place_key`).
// That answer must be the one the general path makes, whatever was asked in between: another
// language, other parameters, a made-up zone of the same id and decision in another register,
// thousands of other details (which take the numbers JS keeps details by). The general path is
// asked with `params: {}` in the options (the defaults, which a quick question never has).
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));

/** `n` provincial zones `Z0`…, ranked each year 2020–2023 among 88 (spread so that some fall
 * to the bottom 10 and some fall in rank); `madeUp`: the first zone's record is made up. */
function register(n, { madeUp = false, prefix = "Z" } = {}) {
  const zones = [];
  const assessments = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${i}`;
    zones.push({ id, nameZh: `合成开发区${i}`, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" });
    for (const year of [2020, 2021, 2022, 2023]) {
      assessments.push({ zoneId: id, year, populationSize: 88, rank: ((i * 37 + (year - 2020) * 29) % 88) + 1 });
    }
  }
  if (madeUp) zones[0].sourceNote = "ILLUSTRATIVE: made up for this test";
  return { issueDate: "2019-06-01", zones, assessments };
}

/** An answer as text with its deferred parts read. */
function whole(a) {
  void a.reasons;
  void a.needsHuman;
  void a.years;
  return JSON.stringify(a);
}

/** The general path's answer to the same question. */
function general(reg, question, lang) {
  return whole(reg.evaluate("art-14.d", question, { lang, params: {} }));
}

test("an answer asked again is the answer in full, of a loaded register and of a kept one", () => {
  const reg = pkg.LoadedRegister.load(register(12));
  let compared = 0;
  for (let i = 0; i < 12; i++) {
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      const question = { zoneId: `Z${i}`, year };
      const expected = general(reg, question, "en");
      for (let k = 0; k < 3; k++) {
        assert.equal(whole(reg.evaluate("art-14.d", question, { lang: "en" })), expected, `Z${i} ${year}`);
        // The same question without a register loaded (a register kept between calls).
        const input = { register: register(12), zoneId: `Z${i}`, year };
        assert.equal(whole(pkg.evaluate("art-14.d", input, { lang: "en" })), expected, `Z${i} ${year}, stateless`);
        compared += 2;
      }
    }
  }
  assert.equal(compared, 360);
  reg.free();
});

test("an answer asked again after other parameters carries its own parameters used", () => {
  const reg = pkg.LoadedRegister.load(register(4));
  const question = { zoneId: "Z1", year: 2022 };
  const expected = general(reg, question, "en");
  for (let k = 0; k < 3; k++) reg.evaluate("art-14.d", question, { lang: "en" });
  // The rule's latest parameters used in JS are now these.
  const other = reg.evaluate("art-14.d", question, { lang: "en", params: { bottomNYellow: 5 } });
  assert.equal(other.paramsUsed.bottomNYellow, 5);
  const again = reg.evaluate("art-14.d", question, { lang: "en" });
  assert.equal(again.paramsUsed.bottomNYellow, 10);
  assert.equal(whole(again), expected);
  reg.free();
});

test("an answer asked again in another language, and back, is the answer in that language", () => {
  const reg = pkg.LoadedRegister.load(register(4));
  const question = { zoneId: "Z2", year: 2023 };
  for (let k = 0; k < 2; k++) {
    for (const lang of ["en", "zh", "ko", "en"]) {
      const a = reg.evaluate("art-14.d", question, { lang });
      assert.equal(a.lang, lang);
      assert.equal(whole(a), general(reg, question, lang), lang);
    }
  }
  reg.free();
});

test("a made-up zone of the same id and decision as a real one says it rests on made-up records", () => {
  const real = pkg.LoadedRegister.load(register(3));
  const madeUp = pkg.LoadedRegister.load(register(3, { madeUp: true }));
  const question = { zoneId: "Z0", year: 2022 };
  for (let k = 0; k < 3; k++) {
    const a = real.evaluate("art-14.d", question, { lang: "en" });
    const b = madeUp.evaluate("art-14.d", question, { lang: "en" });
    assert.equal(a.illustrative, undefined);
    assert.equal(b.illustrative, true);
    assert.ok(b.reasons.some((r) => r.code === "ILLUSTRATIVE_RECORDS"));
    assert.equal(whole(a), general(real, question, "en"));
    assert.equal(whole(b), general(madeUp, question, "en"));
  }
  real.free();
  madeUp.free();
});

test("an answer asked again after thousands of other details is still its own", () => {
  // 1,500 zones × 4 years: more details than JS keeps by number (2,048), so the numbers are
  // taken by other details before the first question is asked again: art-14.c's and
  // art-14.e's (which have no keys, so the table of keys still names the first one's old
  // number), then art-14.d's own.
  const reg = pkg.LoadedRegister.load(register(1500, { prefix: "W" }));
  const question = { zoneId: "W7", year: 2022 };
  const expected = general(reg, question, "en");
  for (let k = 0; k < 3; k++) reg.evaluate("art-14.d", question, { lang: "en" });
  for (const rule of ["art-14.c", "art-14.e", "art-14.d"]) {
    for (let i = 0; i < 1500; i++) {
      for (const year of [2020, 2021, 2022, 2023]) reg.evaluate(rule, { zoneId: `W${i}`, year }, { lang: "en" });
    }
    assert.equal(whole(reg.evaluate("art-14.d", question, { lang: "en" })), expected, `after ${rule}`);
  }
  // And a sample of the others, asked again.
  for (let i = 0; i < 1500; i += 97) {
    const q = { zoneId: `W${i}`, year: 2021 + (i % 3) };
    assert.equal(whole(reg.evaluate("art-14.d", q, { lang: "en" })), general(reg, q, "en"), q.zoneId);
  }
  reg.free();
});

// A stateless question of a rule whose input is dates alone (art-02.a, art-18.c) with options of
// a language at most is read as values in JS (`dates_question` in bindings/src/lib.rs) and
// answered without its JSON text crossing: the answer, its deferred reasons (asked again on the
// JSON text JS writes of the values), the brief (`decide`) and any error must be those of the
// general path.
function both(rule, input, lang, options, call = pkg.evaluate) {
  const run = (o) => {
    try {
      return whole(call(rule, input, o));
    } catch (e) {
      return `${e.name} ${e.code} ${e.path} ${e.message}`;
    }
  };
  const general = lang === undefined ? { params: {} } : { lang, params: {} };
  return [run(options), run(general)];
}

test("a question of dates alone read as values is the question in JSON", () => {
  const days = ["2019-01-31", "2019-02-28", "2019-06-01", "2019-08-31", "2019-12-02", "2020-02-29", "2024-02-29", undefined, null];
  let compared = 0;
  for (const issueDate of days) {
    for (const asOf of days) {
      for (const adoptedDate of [undefined, "2019-12-01", "2020-03-01", null]) {
        const inputs = [
          ["art-18.c", { issueDate, asOf, adoptedDate }],
          ["art-18.c", { adoptedDate, asOf, issueDate }],
          ["art-02.a", { issueDate, asOf }],
        ];
        for (const [rule, input] of inputs) {
          for (const [lang, options] of [["en", { lang: "en" }], ["ko", { lang: "ko" }], ["zh", { lang: "zh" }], [undefined, undefined], [undefined, {}], [undefined, null]]) {
            for (const call of [pkg.evaluate, pkg.decide]) {
              const [quick, general] = both(rule, input, lang, options, call);
              assert.equal(quick, general, `${call.name} ${rule} ${JSON.stringify(input)} ${JSON.stringify(options)}`);
              compared += 1;
            }
          }
        }
      }
    }
  }
  assert.ok(compared > 8000, `${compared}`);
});

test("a question of dates alone that is not one takes the general path and its error", () => {
  const proto = { issueDate: "2019-06-01" };
  const inherited = Object.create(proto);
  inherited.asOf = "2019-12-02";
  let reads = 0;
  const getter = { get issueDate() { reads += 1; return "2019-06-01"; }, asOf: "2019-12-02" };
  const cases = [
    { issueDate: "2019-02-30", asOf: "2019-12-02" },
    { issueDate: "2019-06-01", asOf: "2019-12-02", extra: 1 },
    { issueDate: "2019-06-01", asOf: 20191202 },
    { issueDate: "2019-6-1", asOf: "2019-12-02" },
    { issueDate: "0000-06-01", asOf: "2019-12-02" },
    { issueDate: "2019-06-01" },
    { asOf: "2019-12-02" },
    { issueDate: null, asOf: "2019-12-02" },
    { issueDate: "2019-06-01", asOf: "2019-12-02", adoptedDate: "2019-13-01" },
    inherited,
    [],
    "2019-06-01",
    null,
    undefined,
  ];
  for (const rule of ["art-18.c", "art-02.a"]) {
    for (const call of [pkg.evaluate, pkg.decide]) {
      for (const input of cases) {
        const [quick, general] = both(rule, input, "en", { lang: "en" }, call);
        assert.equal(quick, general, `${call.name} ${rule} ${JSON.stringify(input)}`);
      }
      const [quick, general] = both(rule, getter, "en", { lang: "en" }, call);
      assert.equal(quick, general, `${call.name} ${rule} getter`);
    }
  }
  assert.ok(reads >= 2);
  // Options other than a language take the general path: the same answer.
  const input = { issueDate: "2019-06-01", asOf: "2019-12-02" };
  const withParams = whole(pkg.evaluate("art-18.c", input, { lang: "en", params: { implMeasuresMonths: 7 } }));
  assert.match(withParams, /"due":"2020-01-01"/);
  assert.equal(whole(pkg.evaluate("art-18.c", input, { lang: "en" })).includes('"due":"2019-12-01"'), true);
  // A brief with other parameters: the general path's (seven months: not yet overdue).
  assert.equal(pkg.decide("art-18.c", input, { lang: "en" }).outcome, "OVERDUE");
  assert.equal(pkg.decide("art-18.c", input, { lang: "en", params: { implMeasuresMonths: 7 } }).outcome, "PENDING");
});
