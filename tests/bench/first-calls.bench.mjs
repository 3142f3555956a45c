// Stateless art-14.d `evaluate` of registers asked for the first time, batch after batch of new
// one-zone registers (1,000 a batch), in a loop that never yields to the event loop (a batch
// job, or a benchmark's timed loop): the first call on a register reads its JSON text and keeps
// it (8,192 registers, 2 MiB of text, then all forgotten at once). Prints µs per call for every
// tenth batch and the process's resident memory at the end; `--yield` lets the event loop turn
// between batches (what a page or a server does between calls).
//
//   node tests/bench/first-calls.bench.mjs [pkg/node/devzone_rules_wasm.js] [--batches 150] [--yield]
//
// Before 2026-12-06 (fourth session) each kept register had a `__DevzoneSource` object that
// held it and was freed only when JS finalized it, which never happened in such a loop: past
// ~50,000 registers a first call took 100–250 µs instead of ~20 and the process grew by
// ~140 MB. A measuring tool, not a test (docs/benchmarks.md).
import { createRequire } from "node:module";
import path from "node:path";
import { oneZoneCases } from "./one-zone-cases.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith(".js")) ?? "pkg/node/devzone_rules_wasm.js";
const dz = require(path.resolve(file));
const at = args.indexOf("--batches");
const BATCHES = at >= 0 ? Number(args[at + 1]) : 150;
const YIELD = args.includes("--yield");

/** `n` one-zone registers from number `from` on, each with its question. */
const registers = (from, n) => oneZoneCases(from, n, 6);
const OPTIONS = { lang: "en" };
let sink = 0;
// The code warmed up on 1,000 registers asked 40 times each.
const warm = registers(0, 1000);
for (let r = 0; r < 40; r++) for (const c of warm) sink += dz.evaluate("art-14.d", c, OPTIONS).outcome.length;
const rows = [];
for (let b = 1; b <= BATCHES; b++) {
  if (YIELD) await new Promise((resolve) => setTimeout(resolve, 1));
  const batch = registers(100000 + b * 1000, 1000);
  const start = process.hrtime.bigint();
  for (const c of batch) sink += dz.evaluate("art-14.d", c, OPTIONS).outcome.length;
  const us = Number(process.hrtime.bigint() - start) / 1000 / batch.length;
  if (b % 10 === 0) rows.push(`${b}: ${us.toFixed(0)}`);
}
console.log(`${file}${YIELD ? ", yielding between batches" : ""}: µs per first call, by batch of 1,000 new registers`);
console.log(rows.join("  "));
console.log(`resident memory at the end: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (checksum ${sink})`);
