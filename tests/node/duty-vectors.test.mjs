// The duty vectors (tests/vectors/duties/*.json) against the built Node package, with the
// matching rule of core/tests/duty_vectors.rs:
//   * `expectDuties`: each entry matches the one duty of `input.agency` with its `ruleId` (and
//     `year`, when given); every key it lists must equal the duty's (an absent key reads as
//     null), `reasonCodes` being the duty's reasons' codes in order;
//   * `expectNotOwed`: rule ids of which `input.agency` (the first bearer) has no duty at all;
//   * `expectBearers`: for each rule id, the bearers of its duties over every bearer of the
//     answer, one entry per duty, compared in sorted order (`[]`: nobody owes it);
//   * `expectError` compares `code`, `path` and `message` exactly.
//
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const dir = path.join(root, "tests/vectors/duties");

for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const doc = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  assert.equal(doc.function, "obligations");
  for (const c of doc.cases) {
    test(`${file} ${c.id}`, () => {
      if (c.expectError) {
        let error = null;
        try {
          pkg.obligations(c.input, c.options ?? null);
        } catch (e) {
          error = e;
        }
        assert.ok(error, "expected an error");
        assert.deepEqual(
          { code: error.code, path: error.path, message: error.message },
          c.expectError,
        );
        return;
      }
      const answer = pkg.obligations(c.input, c.options ?? null);
      const duties = answer.agencies[0]?.duties ?? [];
      for (const rule of c.expectNotOwed ?? []) {
        assert.ok(!duties.some((d) => d.ruleId === rule), `${rule} is owed, expected not`);
      }
      const all = answer.agencies.flatMap((a) => a.duties);
      for (const [rule, want] of Object.entries(c.expectBearers ?? {})) {
        const got = all.filter((d) => d.ruleId === rule).map((d) => d.bearer).sort();
        assert.deepEqual(got, [...want].sort(), `bearers of ${rule}`);
      }
      for (const e of c.expectDuties ?? []) {
        const matching = duties.filter(
          (d) => d.ruleId === e.ruleId && (e.year === undefined || d.year === e.year),
        );
        assert.equal(matching.length, 1, `duties matching ${JSON.stringify(e)}`);
        const [duty] = matching;
        for (const [k, want] of Object.entries(e)) {
          // An absent key reads as null, as in the native runner.
          const got = k === "reasonCodes" ? duty.reasons.map((r) => r.code) : (duty[k] ?? null);
          assert.deepEqual(got, want, `${e.ruleId} ${k}`);
        }
      }
    });
  }
}
