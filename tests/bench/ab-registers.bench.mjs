// Two builds of the package in one Node process on the art-14.d call over N distinct one-zone
// registers (default 1,000: what the side-by-side bench asks, each register object asked once
// per pass), stateless (the same objects each pass, or objects made anew) or each register loaded once beforehand. The builds' rounds (three passes each) alternate, so a slow spell of
// the machine falls on both; prints each build's median and fastest round and the median of
// the per-round ratios B/A. The build loaded first runs faster on this machine (10–30 %), so
// run it twice with the builds swapped: the change's effect is sqrt(ratio₁ / ratio₂).
//
//   node tests/bench/ab-registers.bench.mjs <A>/node/devzone_rules_wasm.js <B>/node/devzone_rules_wasm.js [N] [evaluate|decide|loaded-evaluate|loaded-decide|decide-batch|loaded-evaluate-batch|evaluate-batch|fresh-evaluate|fresh-decide|first-evaluate|second-evaluate|load-evaluate]
//
// A measuring tool, not a test (docs/benchmarks.md, "2026-12-06, third session").
import { createRequire } from "node:module";
import path from "node:path";
import { oneZoneCases } from "./one-zone-cases.mjs";

const require = createRequire(import.meta.url);
const [fileA, fileB, nArg, modeArg] = process.argv.slice(2);
if (!fileA || !fileB) {
  console.error("usage: node tests/bench/ab-registers.bench.mjs <A.js> <B.js> [N] [evaluate|decide|loaded-evaluate|loaded-decide|decide-batch|loaded-evaluate-batch|evaluate-batch|fresh-evaluate|fresh-decide|first-evaluate|second-evaluate|load-evaluate]");
  process.exit(2);
}
const A = require(path.resolve(fileA));
const B = require(path.resolve(fileB));
const n = Number(nArg ?? 1000);
const mode = modeArg ?? "evaluate";
// Each build its own objects (each keeps the registers it saw by their objects).
const cases = () => oneZoneCases(0, n);
const OPTIONS = { lang: "en" };
const calls = {
  evaluate: (dz) => (c) => dz.evaluate("art-14.d", c, OPTIONS),
  decide: (dz) => (c) => dz.decide("art-14.d", c, OPTIONS),
  // Each case's register loaded once beforehand (outside the timing), as peers.bench.mjs does.
  "loaded-evaluate": () => (c) => c.loaded.evaluate("art-14.d", c.question, OPTIONS),
  "loaded-decide": () => (c) => c.loaded.decide("art-14.d", c.question, OPTIONS),
  // Every case's zone and records in one register, all questions in one call (timed per
  // question): what peers.bench.mjs's `LoadedRegister.decideBatch` row asks.
  "decide-batch": () => (c) => c.all.decideBatch("art-14.d", c.questions, OPTIONS),
  // The same register's questions as answers in one call; and every case's input (its own
  // register each) in one stateless call (timed per question).
  "loaded-evaluate-batch": () => (c) => c.all.evaluateBatch("art-14.d", c.questions, OPTIONS),
  "evaluate-batch": (dz) => (c) => dz.evaluateBatch("art-14.d", c.inputs, OPTIONS),
  // Stateless, each pass on objects made anew (outside the timing): the same data, other
  // objects, as a form's input built again for each question.
  "fresh-evaluate": (dz) => (c) => dz.evaluate("art-14.d", c, OPTIONS),
  "fresh-decide": (dz) => (c) => dz.decide("art-14.d", c, OPTIONS),
  // Stateless, each call on a register never seen before (made outside the timing; one pass a
  // round, 40 × N registers a build, past what is kept when N is 1,000 or more): a caller that
  // asks each decision once.
  "first-evaluate": (dz) => (c) => dz.evaluate("art-14.d", c, OPTIONS),
  // The same, each register then asked again (the objects once more): the second calls timed.
  "second-evaluate": (dz) => (c) => dz.evaluate("art-14.d", c, OPTIONS),
  // Each register never seen before loaded, asked once and freed (timed together): a caller
  // that loads a register per question.
  "load-evaluate": (dz) => (c) => {
    const reg = dz.LoadedRegister.load(c.register);
    const answer = reg.evaluate("art-14.d", { zoneId: c.zoneId, year: c.year }, OPTIONS);
    reg.free();
    return answer;
  },
};
const fresh = mode.startsWith("fresh-");
const first = mode.startsWith("first-") || mode === "load-evaluate";
const second = mode.startsWith("second-");
let unseen = 1_000_000;
/** N registers no call has seen. */
const newCases = () => {
  unseen += n;
  return oneZoneCases(unseen, n, 7);
};
if (!(mode in calls)) {
  console.error(`mode: one of ${Object.keys(calls).join(", ")}`);
  process.exit(2);
}
function side(dz) {
  const cs = cases();
  if (mode === "evaluate-batch") return { f: calls[mode](dz), cs: [{ inputs: cs }], per: cs.length, rounds: [] };
  if (mode === "decide-batch" || mode === "loaded-evaluate-batch") {
    const register = { issueDate: "2019-06-01", zones: cs.map((c) => c.register.zones[0]), assessments: cs.flatMap((c) => c.register.assessments) };
    const one = { all: dz.LoadedRegister.load(register), questions: cs.map((c) => ({ zoneId: c.zoneId, year: c.year })) };
    // One call a pass, counted as its N questions below.
    return { f: calls[mode](dz), cs: [one], per: cs.length, rounds: [] };
  }
  if (mode.startsWith("loaded-")) {
    for (const c of cs) {
      c.loaded = dz.LoadedRegister.load(c.register);
      c.question = { zoneId: c.zoneId, year: c.year };
    }
  }
  return { f: calls[mode](dz), cs, per: 1, rounds: [] };
}
const sides = [side(A), side(B)];
for (let p = 0; p < 3; p++) for (const s of sides) for (const c of first || second ? newCases() : fresh ? cases() : s.cs) s.f(c);
const ratios = [];
for (let r = 0; r < 40; r++) {
  for (const s of r % 2 ? sides : [...sides].reverse()) {
    const unseen = second ? newCases() : undefined;
    if (unseen) for (const c of unseen) s.f(c);
    const passes = first ? [newCases()] : second ? [unseen] : fresh ? [cases(), cases(), cases()] : [s.cs, s.cs, s.cs];
    const start = process.hrtime.bigint();
    for (const cs of passes) for (const c of cs) s.f(c);
    s.rounds.push(Number(process.hrtime.bigint() - start) / (s.cs.length * s.per) / (passes.length * 1000));
  }
  ratios.push(sides[1].rounds[r] / sides[0].rounds[r]);
}
const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const fmt = (s) => `median ${median(s.rounds).toFixed(2)} µs, fastest ${Math.min(...s.rounds).toFixed(2)} µs`;
console.log(`${mode}, ${n} registers: A ${fmt(sides[0])} | B ${fmt(sides[1])} | B/A per round, median ${median(ratios).toFixed(3)}`);
