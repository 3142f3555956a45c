// One build of the package alone in its process: the one-zone art-14.d `decide` and `evaluate`
// (stateless), `LoadedRegister.evaluate` and art-18.c's `evaluate`, 30 rounds of 500 calls each,
// the fastest round per call. Two builds in one process (ab.bench.mjs) favour the one loaded
// first by ~10 % on this machine; run this for each build in turn, a few times, alternated:
//
//   for i in 1 2 3; do for p in /tmp/base/pkg pkg; do node tests/bench/solo.bench.mjs $p/node/devzone_rules_wasm.js; done; done
//
// A measuring tool, not a test (docs/benchmarks.md, "2026-12-04, fifth session").
import { createRequire } from "node:module";
import path from "node:path";
import { input } from "./one-zone.mjs";

const require = createRequire(import.meta.url);
const file = process.argv[2] ?? "pkg/node/devzone_rules_wasm.js";
const dz = require(path.resolve(file));
const reg = dz.LoadedRegister.load(input.register);
const question = { zoneId: "Z0001", year: 2022 };
const calls = {
  decide: () => dz.decide("art-14.d", input, { lang: "en" }),
  evaluate: () => dz.evaluate("art-14.d", input, { lang: "en" }),
  loaded: () => reg.evaluate("art-14.d", question, { lang: "en" }),
  "art-18.c": () => dz.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en" }),
};
const best = {};
for (const f of Object.values(calls)) for (let i = 0; i < 5000; i++) f();
for (let r = 0; r < 30; r++) {
  for (const [k, f] of Object.entries(calls)) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 500; i++) f();
    best[k] = Math.min(best[k] ?? Infinity, Number(process.hrtime.bigint() - t) / 500 / 1000);
  }
}
console.log(`${file}: fastest of 30 rounds of 500, µs per call`);
console.log(Object.entries(best).map(([k, v]) => `${k} ${v.toFixed(2)}`).join("  "));
