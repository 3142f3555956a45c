// Side by side with peer engines (issue 12, item 6): the same art-14.d (yellow card) decisions
// — 「对综合考评在全省排名后10位的省级开发区或排名后退的,予以黄牌警告」 — made in one Node
// process by
//   a. hand-written JavaScript (the reference): provincial and (rank > N − 10 or rank − prevRank ≥ 1),
//   b. json-rules-engine (one rule, two computed facts),
//   c. GoRules ZEN: (i) `evaluateExpressionSync` on one expression, (ii) a JDM decision graph with
//      one decision table, through `ZenEngine.evaluate` (and, for comparison, through a
//      pre-built `ZenDecision.evaluate`),
//   d. devzone-rules `evaluate("art-14.d", input, { lang: "en" })`, the Node build in pkg/node;
//      the same decisions asked of each case's register loaded once beforehand
//      (`LoadedRegister.load(register).evaluate("art-14.d", { zoneId, year })`), and all of a
//      pass in one call (`evaluateBatch("art-14.d", inputs)`); and the same decisions in brief
//      (`decide`, `LoadedRegister.decide`: the outcome, its severity and the reason codes, no
//      messages or clause), and all of a pass in brief in one call to one register holding
//      every case's zone and records (`LoadedRegister.decideBatch`).
// A measuring tool, not a test: `cargo xtask pkg && node tests/bench/peers.bench.mjs`
// (or `npm run bench:peers`). Figures: docs/benchmarks.md, "Side by side with peer engines".
//
// The cases: CASES (default 1,000) decisions drawn from a seeded PRNG, each a zone ranked in
// two consecutive years t − 1 and t out of N = 88, mostly provincial zones, a few national
// ones. devzone-rules gets each case as the vectors of tests/vectors/art-14.d.json have it (a
// register of the one zone and its two assessment records, the zone id and the year t); the
// peers get the four facts they need, flat ({ level, rank, prevRank, population }), and, in the
// rows marked "register in", devzone-rules' own input, from which they find the zone and its
// two records themselves (json-rules-engine in its facts, ZEN in its expression): the same
// work on the same data.
//
// First the agreement check: every engine must give the reference's triggered / not-triggered
// answer for every case; devzone-rules' TRIGGERED counts as triggered, NOT_TRIGGERED and
// NOT_APPLICABLE as not; its NEEDS_HUMAN answers are counted, printed and left out of the
// comparison; anything else is a mismatch. Any mismatch prints the cases and exits with 1.
// Then the timing: WARMUP passes over all cases per engine, then ROUNDS rounds; an engine's
// round is as many passes over all cases as make it last at least MIN_ROUND_MS (1 for the slow
// engines), timed with process.hrtime.bigint(). The engines of the main thread run side by side:
// each round times every one of them once (`measureSideBySide`), so that a slow spell of the
// machine falls on all alike, and an engine's ratio to devzone-rules `evaluate` is the median of
// its per-round ratios. ZEN's graph runs on worker threads, which would slow what runs beside
// it: its rows are timed alone afterwards, each after the process is quiet (`settle`), and
// compared by medians. The median round is reported per decision. The async engines are
// awaited one decision at a time; one more row has every ZEN graph decision of a pass in flight
// at once (throughput, not latency).
//
// Then the same engines that run on the main thread once more on data never seen (`cold`): each
// round every engine makes CASES new decisions of its own in one pass (new zones, new data,
// each answer checked against the reference), the cost of a first call on a register, which
// the rounds above (the same cases asked again and again) do not show.
//
// Flags: --cases N (1000), --rounds R (9), --warmup W (2), --min-round-ms M (20), --seed S (14),
// --json (machine-readable results on stdout instead of the table). Smoke mode, under a second:
// `node tests/bench/peers.bench.mjs --cases 50 --rounds 1`. DEVZONE_PKG=<dir> uses another
// build of the package.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { measure, measureSideBySide, oneTableGraph, pairedRatio, prng, summary, timingFlags } from "./peers-common.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const require = createRequire(join(root, "package.json"));

// ---------------------------------------------------------------------------------------------
// Options

const { flags, CASES, ROUNDS, WARMUP, MIN_ROUND_MS, SEED } = timingFlags(
  "node tests/bench/peers.bench.mjs [--cases 1000] [--rounds 9] [--warmup 2] [--min-round-ms 20] [--seed 14] [--json]",
  14,
  { json: { type: "boolean", default: false } },
);
const JSON_OUT = flags.json;

// ---------------------------------------------------------------------------------------------
// Engines under test, and their versions

const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(root, "pkg"));
const devzoneModule = join(pkgDir, "node", "devzone_rules_wasm.js");
let devzone;
try {
  devzone = await import(pathToFileURL(devzoneModule).href);
} catch (e) {
  console.error(`cannot load ${devzoneModule} (run \`cargo xtask pkg\` first): ${e.message}`);
  process.exit(2);
}
const { evaluate } = devzone.default ?? devzone;
const { Engine } = require("json-rules-engine");
const zen = require("@gorules/zen-engine");

const versionOf = (name) => require(`${name}/package.json`).version;
const versions = {
  node: process.version,
  "devzone-rules": JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version,
  "json-rules-engine": versionOf("json-rules-engine"),
  "@gorules/zen-engine": versionOf("@gorules/zen-engine"),
};

// ---------------------------------------------------------------------------------------------
// The cases

const N = 88; // ranked zones in the provincial assessment
const BOTTOM = 10; // 「后10位」
const COUNTIES = ["CTY.YANJI", "CTY.TUMEN", "CTY.DUNHUA", "CTY.HUNCHUN", "CTY.LONGJING", "CTY.HELONG", "CTY.WANGQING", "CTY.ANTU"];

/** Case i: the flat facts the peers get and the devzone-rules input (the vectors' shape). */
function makeCases(count, seed, prefix = "Z") {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const level = rnd() < 0.08 ? "NATIONAL" : "PROVINCIAL";
    const year = int(2020, 2025); // t; 2020 is the first counted year (issued 2019-06-01)
    const rank = int(1, N);
    // One case in four sits on the rank-fall edge (the same place, or one place up or down).
    const prevRank = rnd() < 0.25 ? Math.min(N, Math.max(1, rank + int(-1, 1))) : int(1, N);
    const id = `${prefix}${String(i).padStart(4, "0")}`;
    const record = (y, r) => ({ zoneId: id, year: y, populationSize: N, rank: r });
    cases.push({
      facts: { level, rank, prevRank, population: N },
      input: {
        register: {
          issueDate: "2019-06-01",
          zones: [
            {
              id,
              nameZh: `合成开发区${i}`,
              level,
              type: "ECON_DEV_ZONE",
              countyId: COUNTIES[i % COUNTIES.length],
              status: "ACTIVE",
              managingAuthority: "COUNTY",
            },
          ],
          assessments: [record(year - 1, prevRank), record(year, rank)],
        },
        zoneId: id,
        year,
      },
    });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// a. hand-written JavaScript: the reference

const reference = (f) => f.level === "PROVINCIAL" && (f.rank > f.population - BOTTOM || f.rank - f.prevRank >= 1);

// b. json-rules-engine: one rule; "N − 10" and "rank − prevRank" as computed facts (its
// conditions compare a fact with a value or another fact, they do no arithmetic).
const jre = new Engine();
jre.addFact("bottomLine", async (_params, almanac) => (await almanac.factValue("population")) - BOTTOM);
jre.addFact("placesFallen", async (_params, almanac) => (await almanac.factValue("rank")) - (await almanac.factValue("prevRank")));
/** The rule (a new object each time: each engine holds its own), on facts `level`, `rank`,
 * `bottomLine` and `placesFallen` however the engine computes them. */
const yellowCardRule = (name) => ({
  name,
  conditions: {
    all: [
      { fact: "level", operator: "equal", value: "PROVINCIAL" },
      {
        any: [
          { fact: "rank", operator: "greaterThan", value: { fact: "bottomLine" } },
          { fact: "placesFallen", operator: "greaterThanInclusive", value: 1 },
        ],
      },
    ],
  },
  event: { type: "YELLOW_CARD" },
});
jre.addRule(yellowCardRule("art-14.d yellow card"));
const jreDecide = async (f) => (await jre.run(f)).events.length > 0;
// b'. The same rule given devzone-rules' input (the register, the zone id, the year): its facts
// computed from the register, the zone found by its id and its records by the zone and the years
// t and t − 1, as devzone-rules must (a register of one zone here, so each find is short).
const jreRegister = new Engine();
const recordOf = (input, year) => input.register.assessments.find((a) => a.zoneId === input.zoneId && a.year === year);
jreRegister.addFact("level", async (_params, almanac) => {
  const input = await almanac.factValue("input");
  return input.register.zones.find((z) => z.id === input.zoneId)?.level;
});
jreRegister.addFact("rank", async (_params, almanac) => {
  const input = await almanac.factValue("input");
  return recordOf(input, input.year)?.rank;
});
jreRegister.addFact("bottomLine", async (_params, almanac) => {
  const input = await almanac.factValue("input");
  return recordOf(input, input.year)?.populationSize - BOTTOM;
});
jreRegister.addFact("placesFallen", async (_params, almanac) => {
  const input = await almanac.factValue("input");
  return recordOf(input, input.year)?.rank - recordOf(input, input.year - 1)?.rank;
});
jreRegister.addRule(yellowCardRule("art-14.d yellow card, register in"));
const jreRegisterDecide = async (input) => (await jreRegister.run({ input })).events.length > 0;

// c(i). ZEN expression language, synchronous.
const ZEN_EXPRESSION = `level == "PROVINCIAL" and (rank > population - ${BOTTOM} or rank - prevRank >= 1)`;
const zenExprDecide = (f) => zen.evaluateExpressionSync(ZEN_EXPRESSION, f) === true;
// c(i'). The same expression given devzone-rules' input (the register, the zone id, the year):
// the zone found by its id and its records by the zone and the years t and t − 1 in the
// expression itself (ZEN's `filter`, `#` the item), as devzone-rules must.
const zenRecord = (year) => `filter(register.assessments, #.zoneId == zoneId and #.year == ${year})[0]`;
const ZEN_REGISTER_EXPRESSION =
  `filter(register.zones, #.id == zoneId)[0].level == "PROVINCIAL" and ` +
  `(${zenRecord("year")}.rank > ${zenRecord("year")}.populationSize - ${BOTTOM} or ` +
  `${zenRecord("year")}.rank - ${zenRecord("year - 1")}.rank >= 1)`;
const zenRegisterDecide = (input) => zen.evaluateExpressionSync(ZEN_REGISTER_EXPRESSION, input) === true;

// c(ii). ZEN decision graph (JDM): input → decision table (hit policy first) → output.
const yellowCardJdm = oneTableGraph("art-14.d yellow card", {
  inputs: [
    { id: "level", name: "Zone level", type: "expression", field: "level" },
    { id: "rank", name: "Rank in year t", type: "expression", field: "rank" },
    { id: "fallen", name: "Places fallen since t-1", type: "expression", field: "rank - prevRank" },
  ],
  outputs: [{ id: "triggered", name: "Yellow card", type: "expression", field: "triggered" }],
  rules: [
    { _id: "bottom", level: '"PROVINCIAL"', rank: `> population - ${BOTTOM}`, fallen: "", triggered: "true" },
    { _id: "fall", level: '"PROVINCIAL"', rank: "", fallen: ">= 1", triggered: "true" },
    { _id: "else", level: "", rank: "", fallen: "", triggered: "false" },
  ],
});
const jdmContent = new zen.ZenDecisionContent(yellowCardJdm);
// The loader hands back the parsed content; ZenEngine.evaluate calls it on every evaluation.
const zenEngine = new zen.ZenEngine({ loader: async () => jdmContent });
const zenGraphDecide = async (f) => (await zenEngine.evaluate("art-14.d.json", f)).result.triggered === true;
const zenDecision = zenEngine.createDecision(jdmContent);
const zenDecisionDecide = async (f) => (await zenDecision.evaluate(f)).result.triggered === true;

// d. devzone-rules.
const OPTIONS = { lang: "en" };
const devzoneOutcome = (input) => evaluate("art-14.d", input, OPTIONS).outcome;
// The same decisions asked of registers loaded once (`LoadedRegister.load`, outside the timing:
// one per case, as each case has its own register), and in one call for all cases
// (`evaluateBatch`).
const { LoadedRegister, evaluateBatch, decide } = devzone.default ?? devzone;
/** A devzone-rules outcome as the reference's boolean (NEEDS_HUMAN stays as it is). */
const asTriggered = (o) => (o === "TRIGGERED" ? true : o === "NOT_TRIGGERED" || o === "NOT_APPLICABLE" ? false : o);

const engines = [
  { id: "js", label: "hand-written JS", sync: true, run: (c) => reference(c.facts) },
  { id: "json-rules-engine", label: "json-rules-engine", sync: false, run: (c) => jreDecide(c.facts) },
  { id: "zen-expression", label: "ZEN evaluateExpressionSync", sync: true, run: (c) => zenExprDecide(c.facts) },
  { id: "json-rules-engine-register", label: "json-rules-engine, register in", sync: false, run: (c) => jreRegisterDecide(c.input) },
  { id: "zen-expression-register", label: "ZEN evaluateExpressionSync, register in", sync: true, run: (c) => zenRegisterDecide(c.input) },
  { id: "zen-graph", label: "ZEN graph, ZenEngine.evaluate", sync: false, offThread: true, run: (c) => zenGraphDecide(c.facts) },
  { id: "zen-decision", label: "ZEN graph, ZenDecision.evaluate", sync: false, offThread: true, run: (c) => zenDecisionDecide(c.facts) },
  { id: "devzone-rules", label: "devzone-rules evaluate", sync: true, run: (c) => devzoneOutcome(c.input) },
  {
    id: "devzone-loaded",
    label: "devzone-rules LoadedRegister.evaluate",
    sync: true,
    run: (c) => c.loaded.evaluate("art-14.d", c.question, OPTIONS).outcome,
  },
  { id: "devzone-decide", label: "devzone-rules decide", sync: true, run: (c) => decide("art-14.d", c.input, OPTIONS).outcome },
  {
    id: "devzone-loaded-decide",
    label: "devzone-rules LoadedRegister.decide",
    sync: true,
    run: (c) => c.loaded.decide("art-14.d", c.question, OPTIONS).outcome,
  },
];
// Not a per-decision latency: ZEN's evaluate runs off the main thread, so its throughput with
// every decision of a pass in flight at once (Promise.all) is shown too.
const batchEngines = [
  {
    id: "zen-graph-in-flight",
    label: "ZEN graph, all in flight",
    offThread: true,
    batch: (cs) => Promise.all(cs.map((c) => zenGraphDecide(c.facts))),
  },
  {
    id: "devzone-batch",
    label: "devzone-rules evaluateBatch",
    devzone: true,
    batch: (cs) => evaluateBatch("art-14.d", cs.map((c) => c.input), OPTIONS).map((a) => a.outcome),
  },
  {
    // Every case's zone and records in one register, loaded once (outside the timing), and all
    // of a pass's questions in one call (in brief): the register's other zones change no case's
    // decision (the agreement check below holds it to the reference).
    id: "devzone-loaded-decide-batch",
    label: "devzone-rules LoadedRegister.decideBatch",
    devzone: true,
    batch: (cs) => allLoaded.decideBatch("art-14.d", cs.map((c) => c.question), OPTIONS).map((d) => d.outcome),
  },
];

// ---------------------------------------------------------------------------------------------
// Agreement

const cases = makeCases(CASES, SEED);
for (const c of cases) {
  const { register, ...question } = c.input;
  c.loaded = LoadedRegister.load(register);
  c.question = question;
}
const allLoaded = LoadedRegister.load({
  issueDate: "2019-06-01",
  zones: cases.flatMap((c) => c.input.register.zones),
  assessments: cases.flatMap((c) => c.input.register.assessments),
});
const log = JSON_OUT ? () => {} : (...a) => console.log(...a);

log(`art-14.d side by side: ${CASES} decisions (seed ${SEED}, N = ${N}), node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"})`);
log(Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(", "));
log(`devzone-rules: ${devzoneModule}\n`);

const outcomes = {};
const needsHuman = [];
const mismatches = [];
const expected = cases.map((c) => reference(c.facts));
const triggeredCount = expected.filter(Boolean).length;
const nationalCount = cases.filter((c) => c.facts.level !== "PROVINCIAL").length;
for (let i = 0; i < cases.length; i += 1) {
  const c = cases[i];
  const answers = {};
  for (const e of engines) {
    if (e.id === "js") continue;
    try {
      answers[e.id] = await e.run(c);
    } catch (err) {
      answers[e.id] = `threw ${err?.name ?? "error"}: ${err?.message ?? err}`;
    }
  }
  const outcome = answers["devzone-rules"];
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  if (outcome === "NEEDS_HUMAN") needsHuman.push(i);
  const devzoneTriggered =
    outcome === "TRIGGERED" ? true : outcome === "NOT_TRIGGERED" || outcome === "NOT_APPLICABLE" ? false : outcome;
  for (const id of ["devzone-loaded", "devzone-decide", "devzone-loaded-decide"]) answers[id] = asTriggered(answers[id]);
  const wrong = Object.entries({ ...answers, "devzone-rules": devzoneTriggered }).filter(
    ([id, a]) => !(id.startsWith("devzone") && outcome === "NEEDS_HUMAN") && a !== expected[i],
  );
  if (wrong.length > 0) mismatches.push({ case: i, facts: c.facts, year: c.input.year, expected: expected[i], wrong: Object.fromEntries(wrong), devzoneOutcome: outcome });
}
for (const e of batchEngines) {
  const answers = await e.batch(cases);
  answers.forEach((a, i) => {
    if (e.devzone && a === "NEEDS_HUMAN" && needsHuman.includes(i)) return;
    if (e.devzone) a = asTriggered(a);
    if (a !== expected[i]) mismatches.push({ case: i, facts: cases[i].facts, year: cases[i].input.year, expected: expected[i], wrong: { [e.id]: a } });
  });
}
const compared = cases.length - needsHuman.length;
const agreement = {
  cases: cases.length,
  national: nationalCount,
  triggeredByReference: triggeredCount,
  devzoneOutcomes: outcomes,
  needsHuman: needsHuman.length,
  needsHumanCases: needsHuman.slice(0, 20),
  comparedWithDevzone: compared,
  mismatches: mismatches.length,
};
log(
  `agreement: ${cases.length} cases (${nationalCount} national zones), reference triggered ${triggeredCount}; devzone-rules outcomes ${JSON.stringify(outcomes)}`,
);
log(
  `  devzone-rules NEEDS_HUMAN: ${needsHuman.length} case(s)${needsHuman.length ? ` (${needsHuman.slice(0, 20).join(", ")}${needsHuman.length > 20 ? ", …" : ""})` : ""}, left out of its comparison: ${compared} of ${cases.length} compared for devzone-rules, all ${cases.length} for the other engines`,
);
if (mismatches.length > 0) {
  console.error(`\nMISMATCH: ${mismatches.length} case(s) where an engine disagrees with the reference; first ones:`);
  for (const m of mismatches.slice(0, 10)) console.error(JSON.stringify(m));
  if (JSON_OUT) console.log(JSON.stringify({ ok: false, versions, agreement, mismatchesSample: mismatches.slice(0, 10) }, null, 2));
  process.exit(1);
}
log(`  every engine agrees with the reference on every compared case\n`);

// ---------------------------------------------------------------------------------------------
// Timing

let sink = 0; // counts the triggered answers, so that no engine's work can be optimised away
const hit = (a) => a === true || a === "TRIGGERED";

async function pass(e) {
  if (e.batch) {
    for (const a of await e.batch(cases)) if (hit(a)) sink += 1;
  } else if (e.sync) {
    for (let i = 0; i < cases.length; i += 1) if (hit(e.run(cases[i]))) sink += 1;
  } else {
    for (let i = 0; i < cases.length; i += 1) if (hit(await e.run(cases[i]))) sink += 1;
  }
}

const timing = { count: cases.length, warmup: WARMUP, rounds: ROUNDS, minRoundMs: MIN_ROUND_MS };
const all = [...engines, ...batchEngines];
// The engines of the main thread side by side, round by round; ZEN's graph (worker threads)
// alone after them.
const byId = new Map();
for (const r of await measureSideBySide(all.filter((e) => !e.offThread), pass, timing)) byId.set(r.id, r);
for (const e of all.filter((e) => e.offThread)) byId.set(e.id, await measure(e, pass, timing));
const results = all.map((e) => byId.get(e.id));
const devzoneResult = byId.get("devzone-rules");
for (const r of results) {
  r.pairedRatio = Boolean(r.pairedTo);
  r.ratioToDevzone = r.pairedTo ? r.pairedTo(devzoneResult) : r.medianNs / devzoneResult.medianNs;
  r.decisionsPerSecond = 1e9 / r.medianNs;
}

// Data never seen: each round, every engine gets a set of CASES decisions of its own that no
// engine has seen (new zone ids and data from another seed; made outside the timing) and makes
// them in one pass. The rows above time passes over the same cases again and again, which
// devzone-rules answers from what it keeps of a register and an answer asked before (a form
// checked as it is filled in, a page drawn again); here every stateless call reads, checks and
// keeps a register it has never seen, and every `LoadedRegister` is loaded, asked once and
// freed. The peers keep nothing between calls, so their rows here are their rows above (ZEN's
// "register in" row is the fair one beside devzone-rules here: the same input, read afresh;
// json-rules-engine is left out, being asynchronous). Every answer is checked against the
// reference, as above.
const coldEngines = [
  { id: "js", label: "hand-written JS", run: (c) => reference(c.facts) },
  { id: "zen-expression", label: "ZEN evaluateExpressionSync", run: (c) => zenExprDecide(c.facts) },
  { id: "zen-expression-register", label: "ZEN evaluateExpressionSync, register in", run: (c) => zenRegisterDecide(c.input) },
  { id: "devzone-rules", label: "devzone-rules evaluate", run: (c) => devzoneOutcome(c.input) },
  { id: "devzone-decide", label: "devzone-rules decide", run: (c) => decide("art-14.d", c.input, OPTIONS).outcome },
  {
    id: "devzone-load-evaluate",
    label: "devzone-rules LoadedRegister.load + evaluate",
    run: (c) => {
      const { register, ...question } = c.input;
      const reg = LoadedRegister.load(register);
      const outcome = reg.evaluate("art-14.d", question, OPTIONS).outcome;
      reg.free();
      return outcome;
    },
  },
];
const coldNs = coldEngines.map(() => []);
const coldWrong = [];
for (let r = 0; r < ROUNDS; r += 1) {
  for (let k = 0; k < coldEngines.length; k += 1) {
    const i = (r + k) % coldEngines.length;
    const e = coldEngines[i];
    const set = makeCases(CASES, SEED + 1000 + r * coldEngines.length + i, `N${r}.${i}.`);
    const got = new Array(set.length);
    const start = process.hrtime.bigint();
    for (let j = 0; j < set.length; j += 1) got[j] = e.run(set[j]);
    coldNs[i].push(Number(process.hrtime.bigint() - start) / set.length);
    for (let j = 0; j < set.length; j += 1) {
      const want = reference(set[j].facts);
      const a = got[j];
      if (hit(a)) sink += 1;
      if (a === "NEEDS_HUMAN" || asTriggered(a) === want) continue;
      coldWrong.push({ engine: e.id, facts: set[j].facts, year: set[j].input.year, expected: want, got: a });
    }
  }
}
if (coldWrong.length > 0) {
  console.error(`\nMISMATCH on data never seen: ${coldWrong.length} answer(s) disagree with the reference; first ones:`);
  for (const m of coldWrong.slice(0, 10)) console.error(JSON.stringify(m));
  process.exit(1);
}
const coldDevzone = coldNs[coldEngines.findIndex((e) => e.id === "devzone-rules")];
const cold = coldEngines.map((e, i) => ({
  ...summary(e, coldNs[i], 1, CASES, 0),
  // This engine's pass over devzone-rules `evaluate`'s of the same round, the median.
  ratioToDevzone: pairedRatio(coldNs[i], coldDevzone),
}));

const fmtUs = (ns) => (ns >= 100_000 ? (ns / 1000).toFixed(0) : ns >= 10_000 ? (ns / 1000).toFixed(1) : (ns / 1000).toFixed(3));
const fmtRatio = (x) => (x >= 10 ? Math.round(x).toLocaleString("en-US") : x >= 0.1 ? x.toFixed(2) : String(Number(x.toPrecision(2))));

if (JSON_OUT) {
  console.log(
    JSON.stringify(
      {
        ok: true,
        rule: "art-14.d",
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, platform: `${process.platform}-${process.arch}` },
        versions,
        settings: { cases: CASES, rounds: ROUNDS, warmup: WARMUP, minRoundMs: MIN_ROUND_MS, seed: SEED, n: N, bottom: BOTTOM },
        agreement,
        engines: results.map((r) => ({
          id: r.id,
          label: r.label,
          medianNsPerDecision: r.medianNs,
          minNsPerDecision: r.minNs,
          maxNsPerDecision: r.maxNs,
          medianUsPerDecision: r.medianNs / 1000,
          decisionsPerSecond: r.decisionsPerSecond,
          ratioToDevzone: r.ratioToDevzone,
          ratioOf: r.pairedRatio ? "rounds side by side (median of per-round ratios)" : "medians (timed alone)",
          devzoneOverEngine: 1 / r.ratioToDevzone,
          passesPerRound: r.passesPerRound,
          decisionsPerRound: r.decisionsPerRound,
          roundsNsPerDecision: r.roundsNs,
          settledMsBefore: r.settledMs,
        })),
        coldRounds: cold.map((r) => ({
          id: r.id,
          label: r.label,
          medianNsPerDecision: r.medianNs,
          minNsPerDecision: r.minNs,
          maxNsPerDecision: r.maxNs,
          ratioToDevzone: r.ratioToDevzone,
          roundsNsPerDecision: r.roundsNs,
        })),
        sink,
      },
      null,
      2,
    ),
  );
} else {
  console.log(`timing: ${WARMUP} warm-up pass(es), then ${ROUNDS} round(s) of ≥ ${MIN_ROUND_MS} ms each (whole passes over the ${CASES} cases); median round`);
  console.log(`(the main thread's engines side by side: each round times every one of them once; ZEN's graph rows (*) alone after them)`);
  const widths = [44, 12, 18, 13, 16, 16];
  const row = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(row(["engine", "µs/decision", "min..max µs", "decisions/s", "engine/devzone", "devzone/engine"]));
  for (const r of results) {
    console.log(
      row([
        r.pairedRatio ? r.label : `${r.label} *`,
        fmtUs(r.medianNs),
        `${fmtUs(r.minNs)}..${fmtUs(r.maxNs)}`,
        Math.round(r.decisionsPerSecond).toLocaleString("en-US"),
        fmtRatio(r.ratioToDevzone),
        fmtRatio(1 / r.ratioToDevzone),
      ]),
    );
  }
  console.log(`\ndata never seen: ${ROUNDS} round(s), each engine one pass over ${CASES} new decisions of its own (new zones and data); median pass`);
  for (const r of cold) {
    console.log(
      row([r.label, fmtUs(r.medianNs), `${fmtUs(r.minNs)}..${fmtUs(r.maxNs)}`, Math.round(1e9 / r.medianNs).toLocaleString("en-US"), fmtRatio(r.ratioToDevzone), fmtRatio(1 / r.ratioToDevzone)]),
    );
  }
  console.log(`\n(engine/devzone: the median over rounds of the engine's time per decision divided by devzone-rules' in the same round; for the rows marked *, the engine's median divided by devzone-rules'; devzone/engine: its inverse, how many times longer devzone-rules takes; checksum ${sink})`);
}
