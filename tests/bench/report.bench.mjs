// Benchmark of the compliance report in the Node build (pkg/node): wall time of one `report`
// call (JS value → JSON data → core → plain JS object) on the example register and on a
// synthetic register of 1,000 zones × 10 assessment years, the same one as
// core/benches/report.rs builds, whole and by a page of 50 findings (stateless and loaded). A script, not a test: `node tests/bench/report.bench.mjs`
// after `cargo xtask pkg`.
//
// Method: check the answer once, warm up, then time ROUNDS calls with process.hrtime.bigint and
// report the median and the fastest. ROUNDS defaults to 20 for the example and 5 for the
// synthetic register (BENCH_ROUNDS overrides both). Last, `LoadedRegister.load` of the synthetic
// register, from an object and from JSON text.

import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const devzone = await import(pathToFileURL(join(pkgDir, "node", "devzone_rules_wasm.js")).href);
const { report, LoadedRegister } = devzone.default ?? devzone;

const COUNTIES = ["CTY.YANJI", "CTY.TUMEN", "CTY.DUNHUA", "CTY.HUNCHUN", "CTY.LONGJING", "CTY.HELONG", "CTY.WANGQING", "CTY.ANTU"];

/** The synthetic register of core/benches/report.rs. */
export function syntheticRegister(zones, years) {
  const pad = (i) => String(i).padStart(4, "0");
  const zoneList = Array.from({ length: zones }, (_, i) => ({
    id: `Z${pad(i)}`,
    nameZh: `合成开发区${i}`,
    level: i % 3 === 0 ? "NATIONAL" : "PROVINCIAL",
    type: "ECON_DEV_ZONE",
    countyId: COUNTIES[i % 8],
    status: "ACTIVE",
    managingAuthority: "COUNTY",
    leadingIndustry: "装备制造",
    mainIndustries: ["现代物流"],
  }));
  const assessments = [];
  const meetings = [];
  for (let year = 2020; year < 2020 + years; year++) {
    for (let i = 0; i < zones; i++) {
      assessments.push({
        zoneId: `Z${pad(i)}`,
        year,
        rank: ((i * 7 + year * 13) % zones) + 1,
        populationSize: zones,
        publishedDate: `${year + 1}-09-15`,
      });
    }
    meetings.push({ date: `${year}-03-15` }, { date: `${year}-10-15` });
  }
  return {
    issueDate: "2019-06-01",
    counties: COUNTIES.map((id) => ({ id, nameZh: id, kind: "CITY" })),
    zones: zoneList,
    assessments,
    meetings,
  };
}

function time(label, input, rounds, check, options = { lang: "en" }, ask = report) {
  check(ask(input, options));
  ask(input, options);
  const ms = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    ask(input, options);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  console.log(`${label.padEnd(46)} median ${median.toFixed(1).padStart(8)} ms   fastest ${ms[0].toFixed(1).padStart(8)} ms   (${rounds} calls)`);
}

const rounds = (n) => Number(process.env.BENCH_ROUNDS ?? n);
const example = JSON.parse(readFileSync(join(root, "examples/yanbian-register.json"), "utf8"));
console.log(`node ${process.version}, ${join(pkgDir, "node")}`);
time("report: example register (15 zones)", { register: example, asOf: "2023-06-30" }, rounds(20), (r) =>
  assert.ok(r.counts.total > 300),
);
const synthetic = syntheticRegister(1000, 10);
time("report: synthetic (1000 zones x 10 years)", { register: synthetic, asOf: "2030-10-01" }, rounds(5), (r) =>
  assert.ok(r.findings.length > 10000),
);
// Issue 12: a page of 50 findings (the counts, groups and lines' indices still of the whole).
const page = { lang: "en", limit: 50 };
time("  the same, a page of 50 findings", { register: synthetic, asOf: "2030-10-01" }, rounds(5), (r) =>
  assert.ok(r.findings.length === 50 && r.page.total > 10000), page,
);
const loaded = LoadedRegister.load(synthetic);
time("  the same, a page of 50, register loaded once", { asOf: "2030-10-01" }, rounds(5), (r) =>
  assert.ok(r.findings.length === 50 && r.page.total > 10000), page, (q, o) => loaded.report(q, o),
);
loaded.free();
// Loading the register once, as the object and as the JSON text a portal may have fetched
// (`LoadedRegister.load` reads text as `limits::parse_json` does).
const syntheticText = JSON.stringify(synthetic);
const loadEach = (register) => {
  const reg = LoadedRegister.load(register);
  reg.free();
  return true;
};
time("LoadedRegister.load, 1000 zones, an object", synthetic, rounds(5), assert.ok, undefined, loadEach);
time("LoadedRegister.load, 1000 zones, JSON text", syntheticText, rounds(5), assert.ok, undefined, loadEach);
