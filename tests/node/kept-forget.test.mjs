// The registers kept between stateless calls, seen from inside (issue 12): the module keeps at
// most 16,384 registers and 8 MiB of their text and forgets them all when one more does not fit; the register that did
// not fit must then be kept itself, so that asked again it is found (by its first zone) instead of being
// read and checked again (and so that an `evaluateBatch` past that point stays on its quick
// path). A caller cannot see this (every answer is the same either way: kept.test.mjs), so this
// file counts the calls the module makes into the package's own JS, wrapped before the package
// is loaded (a file of its own: `node --test` runs each file in its own process).
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const inner = require(path.join(root, "pkg/node/snippets/devzone-rules-wasm/inline0.js"));
let keeps = 0;
let forgets = 0;
const keepRegister = inner.keep_register;
inner.keep_register = (...args) => {
  keeps += 1;
  return keepRegister(...args);
};
const forgetRegisters = inner.forget_registers;
inner.forget_registers = (...args) => {
  forgets += 1;
  return forgetRegisters(...args);
};
// Questions whose register the module did not hold (`0`: it then reads the register's text).
let notKept = 0;
const zoneYearStateless = inner.zone_year_stateless;
inner.zone_year_stateless = (...args) => {
  const found = zoneYearStateless(...args);
  if (found === 0) notKept += 1;
  return found;
};
const pkg = require(path.join(root, "pkg/node/devzone_rules_wasm.js"));

/** A question on a register of one zone, `id`, ranked 40 then 85 of 88 in 2021 and 2022. */
function input(id) {
  return {
    register: {
      issueDate: "2019-06-01",
      zones: [{ id, nameZh: "合成开发区", level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
      assessments: [
        { zoneId: id, year: 2021, populationSize: 88, rank: 40 },
        { zoneId: id, year: 2022, populationSize: 88, rank: 85 },
      ],
    },
    zoneId: id,
    year: 2022,
  };
}

test("the register that makes the kept ones be forgotten is kept: asked again, it is not read again", () => {
  const options = { lang: "en" };
  // Registers of one size (ids of five digits) fill what is kept; the first that does not fit
  // makes the module forget them and is kept.
  const id = (letter, i) => `${letter}${String(i).padStart(5, "0")}`;
  let n = 0;
  while (forgets === 0 && n < 40000) pkg.evaluate("art-14.d", input(id("Z", n++)), options);
  const full = n - 1;
  assert.equal(forgets, 1);
  assert.equal(keeps, n);
  assert.ok(full > 1024, `${full} kept`);
  // The same register again, as a new object (so found by its first zone): no read, no keep.
  const again = pkg.evaluate("art-14.d", input(id("Z", n - 1)), options);
  assert.equal(keeps, n);
  assert.equal(again.outcome, "TRIGGERED");
  // Filled again (that one and as many more as fit), then a batch whose first register does
  // not fit: read once and kept, then found (its text never asked for again), so the batch
  // stays on its quick path.
  for (let i = 0; i < full - 1; i++) pkg.evaluate("art-14.d", input(id("C", i)), options);
  assert.equal(forgets, 1);
  const d = input(id("D", 0));
  notKept = 0;
  const answers = pkg.evaluateBatch("art-14.d", [d, d, d], options);
  assert.equal(forgets, 2);
  assert.equal(notKept, 1);
  assert.deepStrictEqual(
    answers.map((a) => a.outcome),
    [d, d, d].map((x) => pkg.evaluate("art-14.d", x, options).outcome),
  );
});
