// Two builds of the package in one Node process on every answering vector of one rule, or of
// every rule (tests/vectors/*.json), asked in turn: a pass asks each vector's input once, so the
// answers of one rule alternate as a caller's varied inputs make them (a national zone, then a
// provincial one; a reward with a cap, then one without). Each build has its own copy of the
// inputs. The builds' rounds alternate, so a slow spell of the machine falls on both; prints
// each build's median and fastest round (µs per call) and the median of the per-round ratios
// B/A. The build loaded first runs faster on this machine, so run it twice with the builds
// swapped: the change's effect is sqrt(ratio₁ / ratio₂).
//
//   node tests/bench/ab-vectors.bench.mjs <A>/node/devzone_rules_wasm.js <B>/node/devzone_rules_wasm.js [rule|all] [rounds] [evaluate|decide]
//
// A measuring tool, not a test (docs/benchmarks.md, "2026-12-06, sixth session").
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const [fileA, fileB, which = "all", roundsArg = "40", mode = "evaluate"] = process.argv.slice(2);
if (!fileA || !fileB || !["evaluate", "decide"].includes(mode)) {
  console.error("usage: node tests/bench/ab-vectors.bench.mjs <A.js> <B.js> [rule|all] [rounds] [evaluate|decide]");
  process.exit(2);
}
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "vectors");
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && (which === "all" || f === `${which}.json`));
const OPTIONS = { lang: "en" };
const builds = [fileA, fileB].map((f) => require(path.resolve(f)));
// Each build's own inputs: those of the vectors it answers (error vectors left out).
const sets = builds.map((dz) => {
  const list = [];
  for (const f of files) {
    const v = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
    for (const c of v.cases) {
      if (c.input === undefined) continue;
      const input = structuredClone(c.input);
      try {
        if (typeof dz.evaluate(v.rule, input, OPTIONS).outcome === "string") list.push([v.rule, input]);
      } catch {
        // An error vector.
      }
    }
  }
  return list;
});
if (sets[0].length === 0 || sets[0].length !== sets[1].length) {
  console.error(`the builds answer ${sets[0].length} and ${sets[1].length} vectors of ${which}`);
  process.exit(2);
}
const passes = Math.max(1, Math.round(2000 / sets[0].length));
function round(dz, list) {
  const t0 = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) {
    for (const [rule, input] of list) {
      if (mode === "decide") dz.decide(rule, input, OPTIONS);
      else dz.evaluate(rule, input, OPTIONS);
    }
  }
  return Number(process.hrtime.bigint() - t0) / passes / list.length / 1000;
}
for (let w = 0; w < 5; w++) builds.forEach((dz, i) => round(dz, sets[i]));
const times = [[], []];
const ratios = [];
for (let r = 0; r < Number(roundsArg); r++) {
  const a = round(builds[0], sets[0]);
  const b = round(builds[1], sets[1]);
  times[0].push(a);
  times[1].push(b);
  ratios.push(b / a);
}
const median = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
const show = (v) => `median ${median(v).toFixed(3)} µs, fastest ${Math.min(...v).toFixed(3)} µs`;
console.log(`${which} ${mode}, ${sets[0].length} vectors: A ${show(times[0])} | B ${show(times[1])} | B/A per round, median ${median(ratios).toFixed(4)}`);
