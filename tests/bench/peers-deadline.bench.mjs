// Side by side with peer engines on the issue's second reference decision (issue 12, item 6):
// art-18.c, 「各县(市)……自本意见印发之日起6个月内制定具体落实措施」 — whether, as of a date,
// the six months from issuance have run out with no measures adopted — made in one Node process
// by
//   a. hand-written JavaScript (the reference): asOf > issueDate + 6 months (a month end past
//      the end of a shorter month is that month's last day, as the catalog's §0.4 and ZEN's
//      `add` both count),
//   b. json-rules-engine (one rule, the due date a computed fact: its conditions do no date
//      arithmetic),
//   c. GoRules ZEN: `evaluateExpressionSync` on one expression, and a JDM decision graph of one
//      decision table through a pre-built `ZenDecision.evaluate`,
//   d. devzone-rules `evaluate("art-18.c", { issueDate, asOf }, { lang: "en" })` (the Node
//      build in pkg/node) and the same in brief (`decide`).
// devzone-rules' OVERDUE counts as the deadline missed, PENDING as not; anything else is a
// mismatch. First the agreement check (every engine gives the reference's answer for every
// case, or the run exits with 1), then the timing as tests/bench/peers.bench.mjs times it: WARMUP
// passes, then ROUNDS rounds of as many passes as last MIN_ROUND_MS (peers-common.mjs), the
// median round reported per decision. The engines of the main thread run side by side, each
// round timing every one of them once, and an engine's ratio to devzone-rules `evaluate` is the
// median of its per-round ratios; ZEN's graph (worker threads) is timed alone afterwards, after
// a quiet process, and compared by medians (marked *).
//
// A measuring tool, not a test: `cargo xtask pkg && node tests/bench/peers-deadline.bench.mjs`
// (or `npm run bench:peers-deadline`)
// [--cases 1000] [--rounds 9] [--warmup 2] [--min-round-ms 20] [--seed 18]. DEVZONE_PKG=<dir>
// uses another build of the package. Figures: docs/benchmarks.md.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { measure, measureSideBySide, oneTableGraph, prng, timingFlags } from "./peers-common.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const require = createRequire(join(root, "package.json"));
const { CASES, ROUNDS, WARMUP, MIN_ROUND_MS, SEED } = timingFlags(
  "node tests/bench/peers-deadline.bench.mjs [--cases 1000] [--rounds 9] [--warmup 2] [--min-round-ms 20] [--seed 18]",
  18,
);
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const devzone = require(join(pkgDir, "node", "devzone_rules_wasm.js"));
const { Engine } = require("json-rules-engine");
const zen = require("@gorules/zen-engine");

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
/** `date` (YYYY-MM-DD) plus `months`, a day past the end of the month being its last day. */
function addMonths(date, months) {
  const [y, m, d] = date.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m - 1 + months, Math.min(d, last)));
}
// Issuance on any day of 2019–2030 (month ends and 29 February among them), asked 150–220 days
// later, so both answers occur.
const rnd = prng(SEED);
const cases = [];
for (let i = 0; i < CASES; i += 1) {
  const issue = Date.UTC(2019, 0, 1) + Math.floor(rnd() * 4383) * DAY;
  const asOf = issue + (150 + Math.floor(rnd() * 71)) * DAY;
  cases.push({ issueDate: iso(issue), asOf: iso(asOf) });
}

const reference = (c) => c.asOf > addMonths(c.issueDate, 6);
const jre = new Engine();
jre.addFact("due", async (_params, almanac) => addMonths(await almanac.factValue("issueDate"), 6));
jre.addOperator("after", (a, b) => a > b);
jre.addRule({ name: "art-18.c", conditions: { all: [{ fact: "asOf", operator: "after", value: { fact: "due" } }] }, event: { type: "OVERDUE" } });
const EXPRESSION = 'd(asOf) > d(issueDate).add(6, "M")';
const jdm = new zen.ZenDecisionContent(
  oneTableGraph("art-18.c", {
    inputs: [{ id: "late", name: "Past the six months", type: "expression", field: EXPRESSION }],
    outputs: [{ id: "overdue", name: "Overdue", type: "expression", field: "overdue" }],
    rules: [
      { _id: "late", late: "true", overdue: "true" },
      { _id: "else", late: "", overdue: "false" },
    ],
  }),
);
const zenDecision = new zen.ZenEngine().createDecision(jdm);
const OPTIONS = { lang: "en" };
const overdue = (o) => (o === "OVERDUE" ? true : o === "PENDING" ? false : o);
const engines = [
  { id: "js", label: "hand-written JS", run: (c) => reference(c) },
  { id: "jre", label: "json-rules-engine", async: true, run: async (c) => (await jre.run(c)).events.length > 0 },
  { id: "zen-expression", label: "ZEN evaluateExpressionSync", run: (c) => zen.evaluateExpressionSync(EXPRESSION, c) === true },
  { id: "zen-decision", label: "ZEN graph, ZenDecision.evaluate", async: true, offThread: true, run: async (c) => (await zenDecision.evaluate(c)).result.overdue === true },
  { id: "devzone-rules", label: "devzone-rules evaluate", run: (c) => overdue(devzone.evaluate("art-18.c", c, OPTIONS).outcome) },
  { id: "devzone-decide", label: "devzone-rules decide", run: (c) => overdue(devzone.decide("art-18.c", c, OPTIONS).outcome) },
];

let mismatches = 0;
for (const e of engines) {
  for (const c of cases) {
    const got = await e.run(c);
    if (got !== reference(c)) {
      mismatches += 1;
      if (mismatches <= 10) console.error(`${e.id}: ${JSON.stringify(c)} gave ${got}, the reference ${reference(c)}`);
    }
  }
}
if (mismatches > 0) {
  console.error(`${mismatches} mismatches`);
  process.exit(1);
}
const overdueCount = cases.filter(reference).length;

let sink = 0;
async function pass(e) {
  if (e.async) {
    for (const c of cases) if (await e.run(c)) sink += 1;
  } else {
    for (const c of cases) if (e.run(c)) sink += 1;
  }
}
const timing = { count: cases.length, warmup: WARMUP, rounds: ROUNDS, minRoundMs: MIN_ROUND_MS };
const byId = new Map();
for (const r of await measureSideBySide(engines.filter((e) => !e.offThread), pass, timing)) byId.set(r.id, r);
for (const e of engines.filter((e) => e.offThread)) byId.set(e.id, await measure(e, pass, timing));
const results = engines.map((e) => byId.get(e.id));
const devzoneResult = byId.get("devzone-rules");
console.log(`art-18.c, ${CASES} decisions (${overdueCount} overdue), all engines agree; µs per decision, median of ${ROUNDS} rounds (range), ratio to devzone-rules evaluate (the median of per-round ratios; * timed alone, the ratio of medians)`);
for (const r of results) {
  const us = (ns) => (ns / 1000).toFixed(ns >= 10_000 ? 1 : 3);
  const ratio = r.pairedTo ? r.pairedTo(devzoneResult) : r.medianNs / devzoneResult.medianNs;
  const label = r.pairedTo ? r.label : `${r.label} *`;
  console.log(`  ${label.padEnd(34)} ${us(r.medianNs).padStart(8)} (${us(r.minNs)}–${us(r.maxNs)})  ×${ratio.toFixed(2)}`);
}
if (sink < 0) console.log(sink);
