// Stateless answers found by their JSON texts (issue 12, `TextAnswers` in lib.rs): a rule's
// answer is a function of its id, the options' text and the input's text, so the same texts
// asked again are answered from the head and detail JS keeps for them, without the rule being
// run. For a question asked of a register (kept between stateless calls, or loaded by the
// caller) the register is part of the key as a number no other register of the instance gets:
// a kept register's place among those kept names another register once they are forgotten,
// and registers loaded by the caller may hold the same zones. This file counts the module's
// calls into the package's own JS, wrapped before
// the package is loaded (a file of its own: `node --test` runs each file in its own process,
// so the first register kept here is the process's first).
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { answeringInputs } from "./answering.mjs";
import { countingKeeps } from "./counting-keeps.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The numbers the module keeps registers under, in order, and how often it forgot them.
const { pkg, kept, forgets: forgotten } = countingKeeps(root);

/** An art-05.a question on a register of one zone `id` of `level` with `mains` main industries. */
function question(id, level, mains) {
  const zone = { id, nameZh: `${id}开发区`, level, type: "ECON_DEV_ZONE", countyId: "CTY.X", status: "ACTIVE", managingAuthority: "COUNTY", mainIndustries: mains, leadingIndustry: "L" };
  return { register: { issueDate: "2019-06-01", zones: [zone] }, zoneId: id };
}

test("a kept register's number names another register once they are forgotten: each one's answers are its own", () => {
  const OPTIONS = { lang: "en" };
  // Asked three times: kept when asked again (its number the process's first), its answer
  // then kept by its texts.
  const first = question("Z5", "NATIONAL", ["A", "B", "C"]);
  const a = [1, 2, 3].map(() => pkg.evaluate("art-05.a", first, OPTIONS));
  assert.deepEqual(a.map((x) => x.outcome), ["VALID", "VALID", "VALID"]);
  assert.equal(new Set(a.map((x) => JSON.stringify(x))).size, 1);
  assert.equal(kept.length, 1);
  // As many other registers as are kept, each kept when asked again (in brief: no answer's
  // detail kept for them, so the first answer's stays).
  for (let i = 1; kept.length < 16384; i++) {
    const other = question(`F${i}`, "PROVINCIAL", ["A"]);
    pkg.decide("art-05.a", other);
    pkg.decide("art-05.a", other);
  }
  assert.equal(forgotten(), 0);
  // Another register of the same zone id, asked with the same question's text: kept under the
  // first one's number once all are forgotten, and answered as itself.
  const second = question("Z5", "NATIONAL", ["A", "B", "C", "D", "E"]);
  const b = [1, 2, 3].map(() => pkg.evaluate("art-05.a", second, OPTIONS));
  assert.equal(forgotten(), 1);
  assert.equal(kept.at(-1), kept[0], "the second register kept under the first one's number");
  assert.deepEqual(b.map((x) => x.outcome), ["INVALID", "INVALID", "INVALID"]);
  assert.deepEqual(b.map((x) => x.mainCount), [5, 5, 5]);
  assert.equal(new Set(b.map((x) => JSON.stringify(x))).size, 1);
  // And the first asked again: its own answer still.
  assert.equal(JSON.stringify(pkg.evaluate("art-05.a", first, OPTIONS)), JSON.stringify(a[0]));
});

test("every rule's vectors asked again, in three languages, are answered as the first time, in full and in brief", () => {
  const dir = path.join(root, "tests/vectors");
  let asked = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const { rule, cases } = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    for (const c of cases) {
      if (c.input === undefined) continue;
      for (const lang of ["zh", "ko", "en"]) {
        let firstText;
        try {
          firstText = JSON.stringify(pkg.evaluate(rule, c.input, { lang }));
        } catch (e) {
          // An error vector: the same error again.
          assert.throws(() => pkg.evaluate(rule, c.input, { lang }), { code: e.code });
          continue;
        }
        for (let again = 0; again < 2; again++) {
          assert.equal(JSON.stringify(pkg.evaluate(rule, c.input, { lang })), firstText, `${rule} ${c.id} ${lang}`);
        }
        // In brief too (kept as its words): the answer's outcome, severity and codes.
        const answer = JSON.parse(firstText);
        const brief = {
          ruleId: rule,
          outcome: answer.outcome,
          severity: answer.severity,
          reasonCodes: answer.reasons.map((r) => r.code),
          needsHumanCodes: answer.needsHuman.map((r) => r.code),
        };
        for (let again = 0; again < 3; again++) {
          assert.deepEqual(pkg.decide(rule, c.input, { lang }), brief, `${rule} ${c.id} ${lang}, in brief`);
        }
        asked += 1;
      }
    }
  }
  assert.ok(asked > 1000, `${asked} answers asked again`);
});

test("registers loaded by the caller, asked the same question's text, each answer as themselves", () => {
  const OPTIONS = { lang: "en" };
  const valid = pkg.LoadedRegister.load(question("Z5", "NATIONAL", ["A", "B", "C"]).register);
  const invalid = pkg.LoadedRegister.load(question("Z5", "NATIONAL", ["A", "B", "C", "D", "E"]).register);
  try {
    for (let round = 0; round < 3; round++) {
      for (const [reg, outcome, mainCount] of [[valid, "VALID", 3], [invalid, "INVALID", 5]]) {
        const answer = reg.evaluate("art-05.a", { zoneId: "Z5" }, OPTIONS);
        assert.equal(answer.outcome, outcome, `round ${round}`);
        assert.equal(answer.mainCount, mainCount, `round ${round}`);
        assert.equal(reg.decide("art-05.a", { zoneId: "Z5" }).outcome, outcome, `round ${round}, in brief`);
      }
    }
  } finally {
    valid.free();
    invalid.free();
  }
  // Loaded again after those are freed: a register of its own still.
  const again = pkg.LoadedRegister.load(question("Z5", "PROVINCIAL", ["A", "B", "C"]).register);
  try {
    for (let round = 0; round < 3; round++) {
      const answer = again.evaluate("art-05.a", { zoneId: "Z5" }, OPTIONS);
      assert.equal(answer.mainCount, 3);
      assert.deepEqual(answer.mainRange, [1, 2], "a provincial zone's bounds");
      assert.equal(answer.outcome, "INVALID");
    }
  } finally {
    again.free();
  }
});

test("a batch asked again is answered item by item as evaluate answers each; an item in error is still named", () => {
  for (const rule of ["art-04.d", "art-07.b", "art-16.b", "art-05.a"]) {
    const inputs = answeringInputs(pkg, root, rule, "ko");
    const each = inputs.map((input) => JSON.stringify(pkg.evaluate(rule, input, { lang: "ko" })));
    // Asked as a list never asked before (its items were, but the list's order is new), then
    // again, then reversed: each answer the stateless call's.
    for (const list of [inputs, inputs, inputs.slice().reverse()]) {
      const order = list === inputs ? each : each.slice().reverse();
      assert.deepEqual(pkg.evaluateBatch(rule, list, { lang: "ko" }).map((a) => JSON.stringify(a)), order, rule);
    }
    // The first item answered before, a later one in error: the error names that item.
    const bad = [...inputs.slice(0, 2), 42, ...inputs.slice(2)];
    assert.throws(
      () => pkg.evaluateBatch(rule, bad, { lang: "en" }),
      (e) => e.code === "INVALID_INPUT" && e.path === "input[2]",
      rule,
    );
  }
});
