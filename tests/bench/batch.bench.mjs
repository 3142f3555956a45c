// Benchmark of a batch of decisions in one call (issue 12's "batch of decisions in one call ≤ 300
// ns per decision"): `reg.decideBatch("art-14.d", questions)` on a register loaded once
// (`LoadedRegister.load`), 1,000 zones × 3 assessment years, 1,000 plain zone-year questions
// (`{ zoneId, year }`, one per zone, half of them with an `asOf`), next to the same questions
// asked one at a time (`reg.decide`) and by the JSON path (`reg.decideBatch` with options the
// quick path leaves to JSON). Every way must give the same decisions (checked before timing).
//
// A measuring tool, not a test: `cargo xtask pkg && node tests/bench/batch.bench.mjs`
// (`--rounds R`, default 15; `--zones Z`, default 1,000; `DEVZONE_PKG=<dir>` for another build).
// Method: two warm-up calls, then R rounds of one whole batch each (each way), the median and
// fastest round per decision. Figures: docs/benchmarks.md.

import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values: flags } = parseArgs({
  options: { rounds: { type: "string", default: "15" }, zones: { type: "string", default: "1000" } },
});
const ROUNDS = Number(flags.rounds);
const ZONES = Number(flags.zones);
for (const [name, v] of [["--rounds", ROUNDS], ["--zones", ZONES]]) {
  if (!Number.isInteger(v) || v < 1) {
    console.error(`${name} must be a whole number ≥ 1`);
    process.exit(2);
  }
}
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const devzone = await import(pathToFileURL(join(pkgDir, "node", "devzone_rules_wasm.js")).href);
const { LoadedRegister } = devzone.default ?? devzone;

const pad = (i) => String(i).padStart(4, "0");
const zones = Array.from({ length: ZONES }, (_, i) => ({
  id: `Z${pad(i)}`,
  nameZh: `合成开发区${i}`,
  level: i % 5 === 0 ? "NATIONAL" : "PROVINCIAL",
  type: "ECON_DEV_ZONE",
  countyId: "CTY.YANJI",
  status: "ACTIVE",
  managingAuthority: "COUNTY",
}));
const assessments = [];
for (let year = 2020; year <= 2022; year++) {
  for (let i = 0; i < ZONES; i++) {
    assessments.push({ zoneId: `Z${pad(i)}`, year, populationSize: ZONES, rank: ((i * 37 + (year - 2020) * 611) % ZONES) + 1 });
  }
}
const reg = LoadedRegister.load({ issueDate: "2019-06-01", zones, assessments });
const questions = zones.map((z, i) => (i % 2 === 0 ? { zoneId: z.id, year: 2022 } : { zoneId: z.id, year: 2021, asOf: "2023-06-30" }));

const ways = {
  "reg.decideBatch (quick path)": () => reg.decideBatch("art-14.d", questions),
  "reg.decideBatch (JSON path: options with params)": () => reg.decideBatch("art-14.d", questions, { lang: "en", params: {} }),
  "reg.decide, one at a time": () => questions.map((q) => reg.decide("art-14.d", q)),
};
const expected = questions.map((q) => reg.decide("art-14.d", q, { lang: "en", params: {} }));
for (const [name, run] of Object.entries(ways)) assert.deepEqual(run(), expected, name);
const outcomes = {};
for (const d of expected) outcomes[d.outcome] = (outcomes[d.outcome] ?? 0) + 1;

console.log(`node ${process.version}, ${join(pkgDir, "node")}`);
console.log(`${ZONES} zones × 3 years, ${questions.length} art-14.d questions per batch: ${JSON.stringify(outcomes)}`);
let sink = 0;
for (const [name, run] of Object.entries(ways)) {
  run();
  run();
  const ns = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    sink += run().length;
    ns.push(Number(process.hrtime.bigint() - t0) / questions.length);
  }
  ns.sort((a, b) => a - b);
  const median = ns[Math.floor(ns.length / 2)];
  console.log(`${name.padEnd(50)} median ${median.toFixed(0).padStart(6)} ns per decision   fastest ${ns[0].toFixed(0).padStart(6)} ns`);
}
if (sink === 0) console.log("(nothing answered)");
