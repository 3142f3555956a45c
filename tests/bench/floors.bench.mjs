// Where the floor of a package call is (issue 12): what V8 needs, on this machine, for the two
// JSON steps every `evaluate` of the package takes whatever the module does in between —
// writing the input as JSON text (`JSON.stringify`, the package's first step after its check
// that the input is plain data) and making the answer object (`JSON.parse` of the answer's own
// text with its deferred and shared parts `null`, the text the package parses for each
// answer) — next to the calls themselves, on the side-by-side benchmark's decision (art-14.d,
// a one-zone register with two assessment records: `tests/bench/one-zone.mjs`, the shape of
// `tests/bench/peers.bench.mjs`' cases).
//
// A measuring tool, not a test: `cargo xtask pkg && node tests/bench/floors.bench.mjs`
// (`--rounds R`, default 9; `DEVZONE_PKG=<dir>` for another build). Figures:
// docs/benchmarks.md, "2026-12-03, later".

import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { input } from "./one-zone.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values: flags } = parseArgs({ options: { rounds: { type: "string", default: "9" } } });
const ROUNDS = Number(flags.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error(`--rounds must be a whole number ≥ 1, not ${JSON.stringify(flags.rounds)}`);
  process.exit(2);
}
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const devzone = await import(pathToFileURL(join(pkgDir, "node", "devzone_rules_wasm.js")).href);
const { evaluate, LoadedRegister } = devzone.default ?? devzone;
const { register, ...question } = input;
const options = { lang: "en" };

const answer = evaluate("art-14.d", input, options);
if (answer.outcome !== "TRIGGERED") {
  console.error(`unexpected outcome ${answer.outcome}`);
  process.exit(1);
}
// The answer's text as the package parses it for each answer: its reasons deferred, its shared
// parts (clause, parameters, ambiguities, rulebook) held by JS and written as `null`.
const head = JSON.stringify({
  ...answer,
  clause: null,
  reasons: null,
  needsHuman: null,
  paramsUsed: null,
  ambiguities: null,
  rulebook: null,
});
// The same with its largest part (`years`) left out as the package leaves it, parsed when read.
const headDeferred = JSON.stringify({ ...JSON.parse(head), years: 0 });
const loaded = LoadedRegister.load(register);

/** Median µs per call of `f` over ROUNDS rounds of at least 20 ms each. */
function time(f) {
  for (let i = 0; i < 2000; i += 1) f();
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i += 1) f();
    if (Number(process.hrtime.bigint() - t0) >= 20e6) break;
    n *= 2;
  }
  const rounds = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i += 1) f();
    rounds.push(Number(process.hrtime.bigint() - t0) / n / 1e3);
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(rounds.length / 2)];
}

let sink = 0;
const rows = [
  ["JSON.stringify(input)", () => (sink += JSON.stringify(input).length)],
  [`JSON.parse(answer head, ${head.length} B)`, () => (sink += JSON.parse(head).year)],
  [`JSON.parse(same, years deferred, ${headDeferred.length} B)`, () => (sink += JSON.parse(headDeferred).year)],
  ["evaluate (stateless)", () => (sink += evaluate("art-14.d", input, options).year)],
  ["LoadedRegister.evaluate", () => (sink += loaded.evaluate("art-14.d", question, options).year)],
].map(([name, f]) => [name, time(f)]);
const floor = rows[0][1] + rows[1][1];

console.log(`node ${process.version}, ${ROUNDS} rounds, median µs per call (checksum ${sink > 0 ? "ok" : "?"})`);
for (const [name, us] of rows) console.log(`  ${name.padEnd(40)} ${us.toFixed(2).padStart(8)}`);
console.log(`  ${"floor of a stateless call (first two)".padEnd(40)} ${floor.toFixed(2).padStart(8)}   (issue 12's target: 5 µs)`);
