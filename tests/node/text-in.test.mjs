// A call's JSON text crosses into the module as UTF-8 written by `TextEncoder.encodeInto` into
// 16 KiB the module holds for it (`TEXT_IN`, `plain_json_into` in bindings/src/lib.rs); a longer
// one crosses as a string. Texts on either side of that length, in one-, three- and four-byte
// characters, must arrive whole: art-04.d's answer repeats the person's id it was given.
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));

const HELD = 16 * 1024;
/** An art-04.d question whose person (a contributor) is `id`, the project `project`. */
const question = (id, project) => ({
  fund: { ratio: "0.005" },
  projectId: project,
  personId: id,
  contributors: [id, "bob"],
  fundsInPlace: [
    { year: 2020, amount: "80000000.00" },
    { year: 2021, amount: "5000000.00" },
  ],
});
const bytes = (q) => Buffer.byteLength(JSON.stringify(q));

test("a call's JSON text arrives whole on either side of the 16 KiB the module holds for it", () => {
  let asked = 0;
  for (const ch of ["k", "开", "😀"]) {
    const each = 2 * Buffer.byteLength(ch); // the id is written twice
    const fixed = bytes(question("", "P"));
    for (let target = HELD - 3; target <= HELD + 3; target++) {
      const id = ch.repeat(Math.floor((target - fixed) / each));
      // The project's id makes up the bytes left (ASCII, one byte each).
      const q = question(id, "P" + "x".repeat(target - bytes(question(id, "P"))));
      assert.equal(bytes(q), target);
      const a = pkg.evaluate("art-04.d", q, { lang: "en" });
      assert.equal(a.outcome, "ELIGIBLE", `${ch} ${target}`);
      assert.equal(a.shares[0].personId, id, `${ch} ${target}: the id as given`);
      assert.equal(a.shares[0].amount, "200000.00");
      asked++;
    }
  }
  assert.equal(asked, 21);
});
