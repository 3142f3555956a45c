// Issue 12: the report by pages (`offset`, `limit`) through the wasm package, stateless and on a
// loaded register: pages put together are the whole report, and they equal the native answers
// (core/tests/report_pages.rs checks the same natively). Run from the repository root after
// `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));
const asOf = "2023-06-30";

test("pages put together are the whole report, in every language, stateless and loaded", () => {
  const reg = pkg.LoadedRegister.load(register);
  try {
    for (const lang of ["zh", "ko", "en"]) {
      const whole = pkg.report({ register, asOf }, { lang });
      const findings = [];
      const lines = [];
      let offset = 0;
      for (;;) {
        const page = pkg.report({ register, asOf }, { lang, offset, limit: 9 });
        assert.deepStrictEqual(reg.report({ asOf }, { lang, offset, limit: 9 }), page, `${lang} ${offset}: loaded`);
        assert.equal(page.page.offset, offset);
        assert.equal(page.page.total, whole.findings.length);
        assert.equal(page.page.count, page.findings.length);
        assert.deepStrictEqual(page.counts, whole.counts);
        assert.deepStrictEqual(page.zones, whole.zones);
        findings.push(...page.findings);
        lines.push(...page.lines);
        if (page.page.next === undefined) break;
        offset = page.page.next;
      }
      assert.deepStrictEqual(findings, whole.findings, lang);
      assert.deepStrictEqual(lines, whole.lines, lang);
      assert.equal("page" in whole, false, "no page unless one is asked");
    }
  } finally {
    reg.free();
  }
});

test("limit 0 is the counts alone; bad paging options name their field and the module goes on", () => {
  const bare = pkg.report({ register, asOf }, { limit: 0 });
  assert.deepStrictEqual(bare.findings, []);
  assert.deepStrictEqual(bare.lines, []);
  assert.equal(bare.page.next, undefined);
  for (const [options, path] of [
    [{ limit: -1 }, "options.limit"],
    [{ limit: "9" }, "options.limit"],
    [{ offset: 1.5 }, "options.offset"],
    [{ offset: 2 ** 53 + 1 }, "options.offset"],
  ]) {
    let error;
    try {
      pkg.report({ register, asOf }, options);
    } catch (e) {
      error = e;
    }
    assert.ok(error, JSON.stringify(options));
    assert.equal(error.path, path, JSON.stringify(options));
    assert.equal(error.code, "INVALID_OPTIONS");
  }
  assert.equal(pkg.report({ register, asOf }, { limit: 1 }).findings.length, 1);
});
