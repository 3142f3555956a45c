// Two builds of the package side by side in one Node process: the same calls, timed in rounds
// of 500, the two builds' rounds alternated so that a busy machine slows both alike; prints the
// fastest round, the first quartile and the median per call. For a change's effect when the
// machine is too noisy for separate runs (docs/benchmarks.md, "2026-12-01, night").
//
//   git worktree add /tmp/base <commit> && (cd /tmp/base && cargo xtask pkg)
//   cargo xtask pkg
//   node tests/bench/ab.bench.mjs /tmp/base/pkg/node/devzone_rules_wasm.js pkg/node/devzone_rules_wasm.js [rounds]
//
// A measuring tool, not a test.
import { createRequire } from "node:module";
import path from "node:path";
import { input } from "./one-zone.mjs";

const require = createRequire(import.meta.url);
const [a, b, rounds = "40"] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node tests/bench/ab.bench.mjs <package A (node build .js)> <package B> [rounds]");
  process.exit(2);
}
const R = Number(rounds);
const N = 500;
const builds = { A: require(path.resolve(a)), B: require(path.resolve(b)) };

// The one-zone art-14.d decision (one-zone.mjs), and art-18.c.
const question = { zoneId: "Z0001", year: 2022 };

const calls = {};
for (const [name, dz] of Object.entries(builds)) {
  const reg = dz.LoadedRegister.load(input.register);
  calls[`${name} evaluate art-14.d en`] = () => dz.evaluate("art-14.d", input, { lang: "en" });
  calls[`${name} loaded art-14.d en`] = () => reg.evaluate("art-14.d", question, { lang: "en" });
  calls[`${name} evaluate art-14.d zh`] = () => dz.evaluate("art-14.d", input, { lang: "zh" });
  calls[`${name} decide art-14.d`] = () => dz.decide("art-14.d", input, { lang: "en" });
  calls[`${name} loaded decide art-14.d`] = () => reg.decide("art-14.d", question, { lang: "en" });
  calls[`${name} evaluate art-18.c en`] = () =>
    dz.evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en" });
}
// Both builds must answer alike before they are timed.
for (const key of Object.keys(calls).filter((k) => k.startsWith("A "))) {
  const other = `B ${key.slice(2)}`;
  if (JSON.stringify(calls[key]()) !== JSON.stringify(calls[other]())) {
    console.error(`the builds answer ${key.slice(2)} differently`);
    process.exit(1);
  }
}
const times = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
for (const f of Object.values(calls)) for (let i = 0; i < 3000; i++) f();
// Which build goes first alternates between rounds: the build timed first in a round was
// measured ~1 µs faster per call whichever it was (2026-12-04, fifth session).
const ordered = [Object.entries(calls), Object.entries(calls).sort(([x], [y]) => (x[0] === y[0] ? 0 : x[0] === "B" ? -1 : 1))];
for (let r = 0; r < R; r++) {
  for (const [k, f] of ordered[r % 2]) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) f();
    times[k].push(Number(process.hrtime.bigint() - t) / N / 1000);
  }
}
console.log(`A = ${a}\nB = ${b}\n${R} rounds of ${N} calls; µs per call`);
for (const [k, v] of Object.entries(times)) {
  v.sort((x, y) => x - y);
  const at = (q) => v[Math.min(v.length - 1, Math.floor(q * v.length))].toFixed(1).padStart(7);
  console.log(`${k.padEnd(26)} fastest ${at(0)}  p25 ${at(0.25)}  median ${at(0.5)}`);
}
