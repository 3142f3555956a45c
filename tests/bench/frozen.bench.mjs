// A stateless `evaluate` of art-14.d on a 1,000-zone register object asked again and again (a
// portal clicking through the zones of a register held in its state), 200 zones a round, five
// rounds: plain, or frozen all through (`frozen`: as Immer and Redux Toolkit freeze their
// state). A frozen register is found without walking it; a plain one is walked each call (`same`).
//
//   node tests/bench/frozen.bench.mjs pkg/node/devzone_rules_wasm.js [frozen]
//
// A measuring tool, not a test (docs/benchmarks.md, "2026-12-04, fifth session").
import { createRequire } from "node:module";
import path from "node:path";
const require = createRequire(import.meta.url);
const dz = require(path.resolve(process.argv[2] ?? "pkg/node/devzone_rules_wasm.js"));
const zones = [], assessments = [];
for (let i = 0; i < 1000; i++) {
  const id = "Z" + String(i).padStart(4, "0");
  zones.push({ id, nameZh: "合成开发区" + i, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" });
  assessments.push({ zoneId: id, year: 2021, populationSize: 1000, rank: 1 + i }, { zoneId: id, year: 2022, populationSize: 1000, rank: 1000 - i });
}
const deepFreeze = (o) => { if (typeof o === "object" && o !== null) { for (const k of Object.keys(o)) deepFreeze(o[k]); Object.freeze(o); } return o; };
const register = { issueDate: "2019-06-01", zones, assessments };
if (process.argv[3] === "frozen") deepFreeze(register);
for (let r = 0; r < 5; r++) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 200; i++) dz.evaluate("art-14.d", { register, zoneId: zones[i * 5].id, year: 2022 }, { lang: "en" });
  console.log(process.argv[3] ?? "plain", (Number(process.hrtime.bigint() - t) / 200 / 1000).toFixed(1), "µs per call");
}
