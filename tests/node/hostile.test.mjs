// The hostile inputs of tests/hostile/cases.json against the built package (pkg/node): each is
// refused with the code and field path the file expects (or answered where it expects an
// answer), as a DevzoneError, never a trap (`WebAssembly.RuntimeError`), a hang or a crash of
// the process; and the module answers correctly after every case. The same file runs natively
// in core/tests/hostile.rs. Then every field of every rule's vector input, given a value of
// another JSON type, is refused naming exactly that field.
//
// Run: node --test tests/node/hostile.test.mjs   (after `cargo xtask pkg`)

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const devzone = await import(pathToFileURL(join(pkgDir, "node", "devzone_rules_wasm.js")).href);
const pkg = devzone.default ?? devzone;

const doc = JSON.parse(readFileSync(join(root, "tests", "hostile", "cases.json"), "utf8"));

const COUNTIES = ["CTY.YANJI", "CTY.TUMEN", "CTY.DUNHUA", "CTY.HUNCHUN", "CTY.LONGJING", "CTY.HELONG", "CTY.WANGQING", "CTY.ANTU"];

/** core/benches/report.rs's register: `zones` zones × `years` assessment years. */
function syntheticRegister(zones, years) {
  const zoneList = [];
  for (let i = 0; i < zones; i++) {
    zoneList.push({
      id: `Z${String(i).padStart(4, "0")}`, nameZh: `合成开发区${i}`,
      level: i % 3 === 0 ? "NATIONAL" : "PROVINCIAL", type: "ECON_DEV_ZONE",
      countyId: COUNTIES[i % 8], status: "ACTIVE", managingAuthority: "COUNTY",
      leadingIndustry: "装备制造", mainIndustries: ["现代物流"],
    });
  }
  const assessments = [];
  for (let year = 2020; year < 2020 + years; year++) {
    for (let i = 0; i < zones; i++) {
      assessments.push({
        zoneId: `Z${String(i).padStart(4, "0")}`, year,
        rank: ((i * 7 + year * 13) % zones) + 1, populationSize: zones,
        publishedDate: `${year + 1}-09-15`,
      });
    }
  }
  return {
    issueDate: "2019-06-01",
    counties: COUNTIES.map((c) => ({ id: c, nameZh: c, kind: "CITY" })),
    zones: zoneList,
    assessments,
  };
}

function generate(spec) {
  switch (spec.$generate) {
    case "nested": {
      let v = 1;
      for (let i = 0; i < spec.depth; i++) v = spec.kind === "object" ? { a: v } : [v];
      return v;
    }
    case "string": {
      const fill = spec.fill ?? "a";
      let s = fill.repeat(Math.ceil(spec.bytes / Buffer.byteLength(fill)) + 1);
      while (Buffer.byteLength(s) > spec.bytes) s = s.slice(0, -1);
      return s;
    }
    case "array": {
      const item = build(spec.item);
      return Array.from({ length: spec.count }, () => structuredClone(item));
    }
    case "zones": {
      const note = "注".repeat(Math.floor(spec.noteBytes / 3));
      return Array.from({ length: spec.count }, (_, i) => ({
        id: `Z${i}`, nameZh: `Z${i}开发区`, level: "PROVINCIAL", type: "ECON_DEV_ZONE",
        countyId: "CTY.X", status: "ACTIVE", managingAuthority: "COUNTY", sourceNote: note,
      }));
    }
    case "syntheticRegister":
      return syntheticRegister(spec.zones, spec.years);
    default:
      throw new Error(`unknown generator ${spec.$generate}`);
  }
}

function build(v) {
  if (Array.isArray(v)) return v.map(build);
  if (v !== null && typeof v === "object") {
    if ("$fixture" in v) return structuredClone(doc.fixtures[v.$fixture]);
    if ("$generate" in v) return generate(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, build(x)]));
  }
  return v;
}

function setAt(v, path, value) {
  if (typeof path === "object") {
    v[build(path)] = value;
    return;
  }
  const segs = path.split(".");
  let at = v;
  for (const s of segs.slice(0, -1)) at = at[/^\d+$/.test(s) ? Number(s) : s];
  const last = segs.at(-1);
  at[/^\d+$/.test(last) ? Number(last) : last] = value;
}

function argsOf(c) {
  let input = "inputText" in c ? JSON.parse(c.inputText) : build(c.input ?? null);
  for (const [path, value] of c.set ?? []) setAt(input, path, build(value));
  const options = "optionsText" in c ? JSON.parse(c.optionsText) : build(c.options ?? null);
  return { input, options };
}

function call(c) {
  const { input, options } = argsOf(c);
  const opt = options ?? undefined;
  switch (c.call) {
    case "evaluate": return pkg.evaluate(build(c.rule), input, opt);
    case "report": return pkg.report(input, opt);
    case "obligations": return pkg.obligations(input, opt);
    case "calendar": return pkg.calendar(input, opt);
    case "calendarIcs": return pkg.calendarIcs(input, opt);
    case "zoneSummary": return pkg.zoneSummary(input, opt);
    case "fees": return pkg.fees(input, opt);
    case "explain": return pkg.explain(input, opt);
    case "labels": return pkg.labels(input);
    default: throw new Error(`unknown call ${c.call}`);
  }
}

function assertStillAnswers() {
  const a = pkg.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en" });
  assert.equal(a.outcome, "OVERDUE");
  assert.equal(a.due, "2019-12-01");
}

function assertRefused(thrown, expect, id) {
  assert.ok(thrown !== undefined, `${id}: answered, expected ${JSON.stringify(expect)}`);
  assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `${id}: a wasm trap: ${thrown}`);
  assert.ok(thrown instanceof Error, `${id}: not an Error: ${String(thrown)}`);
  assert.equal(thrown.name, "DevzoneError", `${id}: ${thrown.name}: ${String(thrown.message).slice(0, 300)}`);
  assert.equal(thrown.code, expect.code, `${id}: ${String(thrown.message).slice(0, 300)}`);
  if ("path" in expect) assert.equal(thrown.path, expect.path, id);
  else assert.ok(thrown.path.startsWith(expect.pathPrefix), `${id}: path ${thrown.path.slice(0, 200)}`);
  assert.ok(thrown.message.length > 0 && thrown.message.length < 2000, `${id}: message of ${thrown.message.length} characters`);
}

test("the hostile cases file has at least 60 cases", () => {
  assert.ok(doc.cases.length >= 60, `${doc.cases.length} cases`);
});

for (const c of doc.cases) {
  const skip = c.wasm?.skip;
  test(`hostile ${c.id}`, { skip }, () => {
    const expect = c.wasm?.expect ?? c.expect;
    let answer;
    let thrown;
    try {
      answer = call(c);
    } catch (e) {
      thrown = e;
    }
    if (expect.ok) {
      assert.equal(thrown, undefined, `${c.id}: refused: ${thrown?.code} ${thrown?.path} ${String(thrown?.message).slice(0, 300)}`);
      assert.ok(answer !== undefined);
    } else {
      assertRefused(thrown, expect, c.id);
    }
    assertStillAnswers();
  });
}

// --- every field of every rule's first valid vector input, of the wrong type

function included(v) {
  if (Array.isArray(v)) return v.map(included);
  if (v !== null && typeof v === "object") {
    if ("$include" in v) return JSON.parse(readFileSync(join(root, v.$include), "utf8"));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, included(x)]));
  }
  return v;
}

function firstValidInputs() {
  const dir = join(root, "tests", "vectors");
  const out = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const file = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!file.rule) continue;
    const first = file.cases.find((c) => c.expect && !c.expectError && !c.violatesSchema);
    if (first) out.push([file.rule, included(first.input)]);
  }
  return out;
}

function wrong(v) {
  if (v === null) return undefined;
  if (Array.isArray(v)) return {};
  switch (typeof v) {
    case "boolean": return "true";
    case "number": return "12";
    case "string": return 12;
    default: return [];
  }
}

function* fields(v, at, segs) {
  const children = Array.isArray(v)
    ? v.map((item, i) => [`${at}[${i}]`, i, item])
    : v !== null && typeof v === "object"
      ? Object.entries(v).map(([k, item]) => [`${at}.${k}`, k, item])
      : [];
  for (const [path, seg, item] of children) {
    yield [path, [...segs, seg], item];
    yield* fields(item, path, [...segs, seg]);
  }
}

test("every field of every input of the wrong type is named", () => {
  let checked = 0;
  const failures = [];
  for (const [rule, input] of firstValidInputs()) {
    pkg.evaluate(rule, input);
    for (const [path, segs, value] of fields(input, "input", [])) {
      const bad = wrong(value);
      if (bad === undefined) continue;
      const v = structuredClone(input);
      let at = v;
      for (const s of segs.slice(0, -1)) at = at[s];
      at[segs.at(-1)] = bad;
      checked++;
      try {
        pkg.evaluate(rule, v);
        failures.push(`${rule} ${path}: answered`);
      } catch (e) {
        if (e.name !== "DevzoneError" || e.code !== "INVALID_INPUT" || e.path !== path) {
          failures.push(`${rule} ${path} = ${JSON.stringify(bad)}: ${e.name} ${e.code} at ${e.path}: ${e.message}`);
        }
      }
    }
  }
  assert.ok(checked > 500, `${checked} fields checked`);
  assert.deepEqual(failures, []);
  assertStillAnswers();
});
