// What `JSON.parse` of an answer costs, by what the answer holds: the one-zone art-14.d answer of
// core/examples/prof_eval.rs in English, as ASCII JSON text (how the module hands it over), whole
// and without its parts one after another. Shows how much of a wasm call turning the answer into
// JS objects takes, whatever the module does (docs/benchmarks.md, "2026-12-01, late night").
//
//   cargo xtask pkg && node tests/bench/parse.bench.mjs
//
// A measuring tool, not a test.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { input } from "./one-zone.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));

const answer = pkg.evaluate("art-14.d", input, { lang: "en" });
const ascii = (v) => JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const noStatics = { ...answer, clause: null, ambiguities: null, rulebook: null };
const noParams = { ...noStatics, paramsUsed: null };
const own = (r) => ({ code: r.code, message: r.message, args: r.args });
const noIds = { ...noParams, reasons: answer.reasons.map(own), needsHuman: answer.needsHuman.map(own) };
const bare = (r) => ({ code: r.code, message: r.message });
const noArgs = { ...noIds, reasons: answer.reasons.map(bare), needsHuman: answer.needsHuman.map(bare) };
const variants = [
  ["the whole answer", answer],
  ["without clause, ambiguities, rulebook", noStatics],
  ["… and without paramsUsed", noParams],
  ["… and without each reason's ruleId, citation", noIds],
  ["… and without each reason's args", noArgs],
  ["a two-key object", { ruleId: answer.ruleId, outcome: answer.outcome }],
];

const N = 2000;
console.log(`JSON.parse, fastest of 15 rounds of ${N}; µs per parse`);
for (const [name, value] of variants) {
  const text = ascii(value);
  for (let i = 0; i < N; i++) JSON.parse(text);
  let best = Infinity;
  for (let r = 0; r < 15; r++) {
    const t = performance.now();
    for (let i = 0; i < N; i++) JSON.parse(text);
    best = Math.min(best, ((performance.now() - t) * 1000) / N);
  }
  console.log(`${name.padEnd(48)} ${String(text.length).padStart(6)} B   ${best.toFixed(2).padStart(7)} µs`);
}
