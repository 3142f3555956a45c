// Two builds of the package in one Node process on one rule's stateless `evaluate`, the input of
// the rule's first vector that answers (tests/vectors/<rule>.json), each build with its own copy
// of it. The builds' rounds (500 calls each) alternate, so a slow spell of the machine falls on
// both; prints each build's median and fastest round and the median of the per-round ratios B/A.
// The build loaded first runs faster on this machine, so run it twice with the builds swapped:
// the change's effect is sqrt(ratio₁ / ratio₂).
//
//   node tests/bench/ab-rule.bench.mjs <A>/node/devzone_rules_wasm.js <B>/node/devzone_rules_wasm.js art-16.b [rounds]
//
// A measuring tool, not a test (docs/benchmarks.md, "2026-12-06, fifth session").
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const [fileA, fileB, rule, roundsArg] = process.argv.slice(2);
if (!fileA || !fileB || !rule) {
  console.error("usage: node tests/bench/ab-rule.bench.mjs <A.js> <B.js> <rule id> [rounds]");
  process.exit(2);
}
const vectors = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "vectors", `${rule}.json`);
const found = JSON.parse(readFileSync(vectors, "utf8")).cases.find((c) => c.input !== undefined && c.expect?.error === undefined);
if (!found) {
  console.error(`no vector of ${rule} answers`);
  process.exit(2);
}
const OPTIONS = { lang: "en" };
const builds = [fileA, fileB].map((f) => {
  const dz = require(path.resolve(f));
  const input = structuredClone(found.input);
  return () => dz.evaluate(rule, input, OPTIONS);
});
for (let i = 0; i < 5000; i++) for (const f of builds) f();
const round = (f) => {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 500; i++) f();
  return Number(process.hrtime.bigint() - t) / 500 / 1000;
};
const [a, b, ratios] = [[], [], []];
for (let r = 0; r < Number(roundsArg ?? 40); r++) {
  a.push(round(builds[0]));
  b.push(round(builds[1]));
  ratios.push(b.at(-1) / a.at(-1));
}
const median = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const us = (x) => `median ${median(x).toFixed(2)} µs, fastest ${Math.min(...x).toFixed(2)} µs`;
console.log(`${rule} evaluate: A ${us(a)} | B ${us(b)} | B/A per round, median ${median(ratios).toFixed(3)}`);
