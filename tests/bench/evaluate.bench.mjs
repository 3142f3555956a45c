// Benchmark of the Node build (pkg/node): µs per `evaluate` call and calls per second for each
// rule, plus the size of the wasm module. A script, not a test: `node tests/bench/evaluate.bench.mjs`
// (or `npm run bench`) after `cargo xtask pkg`.
//
// Method: check each call's answer once, warm up, then time 5 rounds of N calls with
// process.hrtime.bigint and report the median round. N defaults to 20000 (BENCH_N overrides);
// DEVZONE_PKG=<dir> benchmarks another build of the package.

import { readFileSync } from "node:fs";
import { gzipSync, constants } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(here, "..", "..", "pkg"));
const modulePath = join(pkgDir, "node", "devzone_rules_wasm.js");
const devzone = await import(pathToFileURL(modulePath).href);
const { evaluate } = devzone.default ?? devzone;

const N = Number(process.env.BENCH_N ?? 20000);
const ROUNDS = 5;
assert.ok(Number.isInteger(N) && N > 0, "BENCH_N must be a positive whole number");

function meetings(n) {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  }));
}

const cases = [
  {
    label: "art-18.c",
    rule: "art-18.c",
    input: { issueDate: "2019-06-01", asOf: "2019-12-02" },
    calls: N,
    check: (a) => a.outcome === "OVERDUE" && a.due === "2019-12-01",
  },
  {
    label: "art-16.b (2 meetings)",
    rule: "art-16.b",
    input: { issueDate: "2019-06-01", year: 2020, meetings: meetings(2) },
    calls: N,
    check: (a) => a.outcome === "COMPLIANT" && a.count === 2,
  },
  {
    // Not one of the per-rule figures: shows how the cost grows with the input's size.
    label: "art-16.b (365 meetings)",
    rule: "art-16.b",
    input: { issueDate: "2019-06-01", year: 2020, meetings: meetings(365) },
    calls: Math.max(1, Math.round(N / 20)),
    check: (a) => a.outcome === "COMPLIANT" && a.count === 365,
  },
];
const options = { lang: "en" };

function round(c) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < c.calls; i += 1) evaluate(c.rule, c.input, options);
  const t1 = process.hrtime.bigint();
  return Number(t1 - t0) / 1000 / c.calls; // µs per call
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

console.log(`devzone-rules Node build: ${modulePath}`);
console.log(`node ${process.version}, ${ROUNDS} rounds, median round reported\n`);
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
const widths = [24, 11, 16, 17, 10];
console.log(row(["case", "calls/round", "µs/call median", "min..max µs/call", "calls/s"], widths));
for (const c of cases) {
  const answer = evaluate(c.rule, c.input, options);
  assert.ok(c.check(answer), `${c.label}: unexpected answer ${JSON.stringify(answer).slice(0, 200)}`);
  // Warm-up: let the JIT settle on the glue and the wasm tier up.
  for (let i = 0; i < Math.min(c.calls, 2000); i += 1) evaluate(c.rule, c.input, options);
  const times = Array.from({ length: ROUNDS }, () => round(c));
  const us = median(times);
  console.log(
    row(
      [
        c.label,
        String(c.calls),
        us.toFixed(2),
        `${Math.min(...times).toFixed(2)}..${Math.max(...times).toFixed(2)}`,
        Math.round(1e6 / us).toLocaleString("en-US"),
      ],
      widths,
    ),
  );
}

console.log("\nwasm module size");
for (const build of ["node", "web"]) {
  const file = join(pkgDir, build, "devzone_rules_wasm_bg.wasm");
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  console.log(
    `${build.padEnd(5)} ${String(bytes.length).padStart(8)} bytes raw (${(bytes.length / 1024).toFixed(1)} KiB), ` +
      `${String(gz.length).padStart(7)} bytes gzipped (${(gz.length / 1024).toFixed(1)} KiB)`,
  );
}
