// Details made from a kept one but for the zone's id (issue 12, `numberedDetail` in lib.rs): a
// rule's answer for a zone asked for the first time whose detail's text is a kept detail's but
// for the id at its start is made from that detail, not parsed again. Each answer must still be
// the one its own text says: held here to the answer for another zone with every mention of
// the id written anew, for plain ids (made from the kept detail) and ids the text escapes
// (parsed), in each language, stateless and loaded. A file of its own: `node --test` runs each
// file in its own process, so the first zone asked here is the first of its detail.
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const pkg = require(path.join(root, "pkg/node/devzone_rules_wasm.js"));

/** An art-14.d question: zone `id` ranked 50th, then 85th of 88 (bottom 10 and a fall). */
function question(id) {
  const record = (year, rank) => ({ zoneId: id, year, populationSize: 88, rank });
  return {
    register: {
      issueDate: "2019-06-01",
      zones: [{ id, nameZh: "同一开发区", level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
      assessments: [record(2023, 50), record(2024, 85)],
    },
    zoneId: id,
    year: 2024,
  };
}

// The first zone's id: written nowhere else in an answer but where the zone's id is.
const FIRST = "ZLIKE-0001";
// Plain ids (made from the first one's detail) and ids the answer's text escapes or writes as
// `\u` (parsed, never made from another): a quote, a backslash, Chinese, a control character.
const OTHERS = ["ZLIKE-0002", "Z", "ZLIKE-0001-B", 'Q"uote', "Back\\slash", "开发区甲", "tab\there", "ZLIKE-0003"];

/** `text` with every mention of zone id `from` (as JSON writes it) written as `to`. */
const renamed = (text, from, to) => text.split(JSON.stringify(from).slice(1, -1)).join(JSON.stringify(to).slice(1, -1));

for (const lang of ["zh", "ko", "en"]) {
  test(`answers for zones asked for the first time are each their own (${lang})`, () => {
    const options = { lang };
    const reference = JSON.stringify(pkg.evaluate("art-14.d", question(FIRST), options));
    assert.ok(reference.includes(FIRST));
    for (const id of OTHERS) {
      const answer = pkg.evaluate("art-14.d", question(id), options);
      assert.equal(answer.zoneId, id);
      assert.equal(JSON.stringify(answer), renamed(reference, FIRST, id), id);
    }
    // Loaded registers of the same zones, each asked once.
    for (const id of [FIRST, ...OTHERS]) {
      const { register, ...asked } = question(id);
      const reg = pkg.LoadedRegister.load(register);
      assert.equal(JSON.stringify(reg.evaluate("art-14.d", asked, options)), renamed(reference, FIRST, id), `loaded ${id}`);
      reg.free();
    }
  });
}

test("answers made from one kept detail share none of their values", () => {
  const a = pkg.evaluate("art-14.d", question("ZSHARE-1"), { lang: "en" });
  const b = pkg.evaluate("art-14.d", question("ZSHARE-2"), { lang: "en" });
  const before = JSON.stringify(b);
  a.triggers.push("CHANGED");
  a.measures.length = 0;
  a.hitYears[0] = 1;
  assert.equal(JSON.stringify(b), before);
  const c = pkg.evaluate("art-14.d", question("ZSHARE-3"), { lang: "en" });
  assert.equal(JSON.stringify(c), renamed(before, "ZSHARE-2", "ZSHARE-3"));
});
