// Stateless `evaluate` answers made by JS from what it keeps (issue 12, `keptAnswers` in
// lib.rs): a question of a kept register asked again after the module told JS its answer's head
// and detail by number (`known_answer`: by the fourth time on a register of one zone) is
// answered from them without the module. These hold every such
// answer to the module's own first answer to the same question, across rules, years, dates
// and languages asked in turn, and a register kept under a forgotten register's number to its
// own answers. This file counts the module's calls into the package's own JS, wrapped before
// the package is loaded (a file of its own: `node --test` runs each file in its own process,
// so the first register kept here is the process's first).
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { prng } from "../shared/prng.mjs";
import { countingKeeps } from "./counting-keeps.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The numbers the module keeps registers under, in order, and how often it forgot them.
const { pkg, kept, forgets: forgotten } = countingKeeps(root);

/** A register of one provincial zone `id` ranked `ranks` (of 88) from 2019 on, each year's
 * result published on 15 September of the next (with `published`: what a date asked reads). */
function register(id, ranks, published = false) {
  return {
    issueDate: "2019-06-01",
    zones: [{ id, nameZh: `${id}开发区`, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
    assessments: ranks.map((rank, i) => ({ zoneId: id, year: 2019 + i, populationSize: 88, rank, ...(published ? { publishedDate: `${2020 + i}-09-15` } : {}) })),
  };
}

test("a register kept under a forgotten register's number answers as itself", () => {
  const OPTIONS = { lang: "en" };
  // The process's first register kept: number 0, the number the first register kept after a
  // forget takes.
  const start = kept.length;
  assert.equal(start, 0);
  // Bottom 10 and a fall in 2021: a yellow card.
  const one = { register: register("ZR", [40, 85]), zoneId: "ZR", year: 2020 };
  // Asked six times: the module tells JS its head and detail by the fourth, JS answers after.
  const a = [1, 2, 3, 4, 5, 6].map(() => pkg.evaluate("art-14.d", one, OPTIONS));
  assert.equal(kept.length, start + 1);
  assert.equal(new Set(a.map((x) => JSON.stringify(x))).size, 1);
  // As many others as fill the kept registers (a zone-year question keeps its register at once).
  for (let i = 0; kept.length < 16384; i++) pkg.decide("art-14.d", { register: register(`F${i}`, [10, 10]), zoneId: `F${i}`, year: 2020 });
  assert.equal(forgotten(), 0);
  // The same zone ranked otherwise, kept under the first one's number once all are forgotten.
  const two = { register: register("ZR", [10, 10]), zoneId: "ZR", year: 2020 };
  const b = [1, 2, 3, 4, 5, 6].map(() => pkg.evaluate("art-14.d", two, OPTIONS));
  assert.equal(forgotten(), 1);
  assert.equal(kept.at(-1), kept[start], "kept under the first one's number");
  assert.notEqual(a[0].outcome, b[0].outcome);
  assert.equal(new Set(b.map((x) => JSON.stringify(x))).size, 1);
  assert.deepEqual(b[5].reasons, b[0].reasons);
  // And the first asked again: its own answer still.
  for (let i = 0; i < 3; i++) assert.equal(JSON.stringify(pkg.evaluate("art-14.d", one, OPTIONS)), JSON.stringify(a[0]));
});

test("questions of a kept register asked in turn again and again: each answer the module's first, its own object", () => {
  const reg = register("ZK1", [30, 84, 86, 20, 87, 88], true);
  const before = kept.length;
  const questions = [];
  for (const rule of ["art-14.d", "art-14.c", "art-14.e", "art-14.f"]) {
    for (const year of [2021, 2022, 2023, 2024]) {
      for (const asOf of [undefined, "2022-03-01", "2025-12-31"]) {
        for (const lang of ["zh", "ko", "en"]) {
          const input = asOf === undefined ? { register: reg, zoneId: "ZK1", year } : { register: reg, zoneId: "ZK1", year, asOf };
          questions.push({ rule, input, lang, key: `${rule} ${year} ${asOf} ${lang}` });
        }
      }
    }
  }
  // The module's first answer to each (the register kept at the first question).
  const first = new Map(questions.map((q) => [q.key, JSON.stringify(pkg.evaluate(q.rule, q.input, { lang: q.lang }))]));
  // The date changes some answers (else the date's check below could not fail).
  assert.ok(questions.some((q) => q.input.asOf !== undefined && first.get(q.key) !== first.get(`${q.rule} ${q.input.year} undefined ${q.lang}`)));
  const rnd = prng(12);
  for (let pass = 0; pass < 4; pass++) {
    const order = questions.map((q) => [rnd(), q]).sort((a, b) => a[0] - b[0]).map(([, q]) => q);
    for (const q of order) assert.equal(JSON.stringify(pkg.evaluate(q.rule, q.input, { lang: q.lang })), first.get(q.key), `pass ${pass}: ${q.key}`);
  }
  // In batches of each language's questions, in turn: each item as asked alone.
  for (let pass = 0; pass < 3; pass++) {
    for (const lang of ["zh", "ko", "en"]) {
      const mine = questions.filter((x) => x.lang === lang && x.rule === "art-14.d").map((x) => [rnd(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      const answers = pkg.evaluateBatch("art-14.d", mine.map((x) => x.input), { lang });
      assert.deepEqual(answers.map((a) => JSON.stringify(a)), mine.map((x) => first.get(x.key)), `batch ${pass} ${lang}`);
    }
  }
  // Each answer made anew: changing one changes no other.
  const q = questions.find((x) => x.rule === "art-14.d" && JSON.parse(first.get(x.key)).triggers?.length > 0);
  const a = pkg.evaluate(q.rule, q.input, { lang: q.lang });
  a.triggers.push("CHANGED");
  a.measures.length = 0;
  a.reasons.length = 0;
  assert.equal(JSON.stringify(pkg.evaluate(q.rule, q.input, { lang: q.lang })), first.get(q.key));
  assert.equal(kept.length, before + 1, "one register kept");
});

test("questions of registers loaded by the caller asked in turn again and again: each answer the module's first", () => {
  // Two registers of the same zone id ranked otherwise, asked alternately: each register's
  // answers are kept by its own number.
  const regs = [pkg.LoadedRegister.load(register("ZL", [30, 84, 86, 20, 87, 88], true)), pkg.LoadedRegister.load(register("ZL", [80, 20, 30, 86, 10, 40], true))];
  try {
    const questions = [];
    for (let k = 0; k < regs.length; k++) {
      for (const rule of ["art-14.d", "art-14.c", "art-14.e"]) {
        for (const year of [2021, 2022, 2023]) {
          for (const asOf of [undefined, "2022-03-01", "2025-12-31"]) {
            for (const lang of ["zh", "en"]) {
              questions.push({ k, rule, q: asOf === undefined ? { zoneId: "ZL", year } : { zoneId: "ZL", year, asOf }, lang, key: `${k} ${rule} ${year} ${asOf} ${lang}` });
            }
          }
        }
      }
    }
    const first = new Map(questions.map((x) => [x.key, JSON.stringify(regs[x.k].evaluate(x.rule, x.q, { lang: x.lang }))]));
    // The two registers differ (else the register's part of the key could not fail).
    assert.ok(questions.some((x) => x.k === 0 && first.get(x.key) !== first.get(`1${x.key.slice(1)}`)));
    const rnd = prng(13);
    for (let pass = 0; pass < 5; pass++) {
      const order = questions.map((x) => [rnd(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      for (const x of order) assert.equal(JSON.stringify(regs[x.k].evaluate(x.rule, x.q, { lang: x.lang })), first.get(x.key), `pass ${pass}: ${x.key}`);
    }
  } finally {
    for (const r of regs) r.free();
  }
  // Loaded again after those are freed: its own answers.
  const again = pkg.LoadedRegister.load(register("ZL", [88, 88, 88, 88, 88, 88], true));
  try {
    const answers = [1, 2, 3, 4, 5, 6].map(() => JSON.stringify(again.evaluate("art-14.d", { zoneId: "ZL", year: 2022 }, { lang: "en" })));
    assert.equal(new Set(answers).size, 1);
    assert.equal(JSON.parse(answers[0]).outcome, "TRIGGERED");
  } finally {
    again.free();
  }
});

/** The brief of an answer (what `decide` gives). */
const briefOf = (a) => ({ ruleId: a.ruleId, outcome: a.outcome, severity: a.severity, reasonCodes: a.reasons.map((r) => r.code), needsHumanCodes: a.needsHuman.map((r) => r.code) });

test("briefs of questions asked again and again, stateless, loaded and in batches: each the answer's", () => {
  const regs = [register("ZB1", [30, 84, 86, 20, 87, 88], true), register("ZB1", [80, 20, 30, 86, 10, 40], true)];
  const loaded = regs.map((r) => pkg.LoadedRegister.load(r));
  try {
    const questions = [];
    for (let k = 0; k < regs.length; k++) {
      for (const rule of ["art-14.d", "art-14.c", "art-14.e", "art-14.f"]) {
        for (const year of [2021, 2022, 2023, 2024]) {
          for (const asOf of [undefined, "2022-03-01", "2025-12-31"]) {
            const q = asOf === undefined ? { zoneId: "ZB1", year } : { zoneId: "ZB1", year, asOf };
            // The module's own answer, in full, read as its brief.
            questions.push({ k, rule, q, brief: briefOf(JSON.parse(JSON.stringify(pkg.evaluate(rule, { register: regs[k], ...q }, { lang: "en" })))) });
          }
        }
      }
    }
    // Some briefs differ by the date and by the register (else those parts of the keys could
    // not fail).
    const text = (x) => JSON.stringify(x.brief);
    assert.ok(questions.some((x) => x.q.asOf !== undefined && text(x) !== text(questions.find((y) => y.k === x.k && y.rule === x.rule && y.q.year === x.q.year && y.q.asOf === undefined))));
    assert.ok(questions.some((x) => x.k === 0 && text(x) !== text(questions.find((y) => y.k === 1 && y.rule === x.rule && y.q.year === x.q.year && y.q.asOf === x.q.asOf))));
    const rnd = prng(14);
    for (let pass = 0; pass < 5; pass++) {
      const order = questions.map((x) => [rnd(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      for (const x of order) {
        const label = `pass ${pass}: ${x.k} ${x.rule} ${JSON.stringify(x.q)}`;
        assert.deepStrictEqual(pkg.decide(x.rule, { register: regs[x.k], ...x.q }), x.brief, `decide ${label}`);
        assert.deepStrictEqual(loaded[x.k].decide(x.rule, x.q, { lang: "ko" }), x.brief, `reg.decide ${label}`);
      }
      // Each register's questions of each rule in one batch, in this pass's order; and the
      // same batch with one question of another year in the middle.
      for (let k = 0; k < regs.length; k++) {
        for (const rule of ["art-14.d", "art-14.c", "art-14.e", "art-14.f"]) {
          const mine = order.filter((x) => x.k === k && x.rule === rule);
          assert.deepStrictEqual(loaded[k].decideBatch(rule, mine.map((x) => x.q)), mine.map((x) => x.brief), `batch ${pass} ${k} ${rule}`);
          const other = { zoneId: "ZB1", year: 2019 + pass };
          const expected = briefOf(JSON.parse(JSON.stringify(pkg.evaluate(rule, { register: regs[k], ...other }))));
          const mixed = [...mine.slice(0, 5), { q: other, brief: expected }, ...mine.slice(5)];
          assert.deepStrictEqual(loaded[k].decideBatch(rule, mixed.map((x) => x.q)), mixed.map((x) => x.brief), `mixed batch ${pass} ${k} ${rule}`);
        }
      }
    }
    // A batch's decisions are each its own object.
    const batch = loaded[0].decideBatch("art-14.d", [{ zoneId: "ZB1", year: 2022 }, { zoneId: "ZB1", year: 2022 }]);
    batch[0].reasonCodes.push("CHANGED");
    assert.notDeepStrictEqual(batch[1].reasonCodes, batch[0].reasonCodes);
    assert.deepStrictEqual(loaded[0].decideBatch("art-14.d", [{ zoneId: "ZB1", year: 2022 }])[0], batch[1]);
  } finally {
    for (const r of loaded) r.free();
  }
});
