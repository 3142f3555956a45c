// What the side-by-side benchmarks share (peers.bench.mjs, art-14.d; peers-deadline.bench.mjs,
// art-18.c): their flags, the seeded cases' PRNG (tests/shared/prng.mjs, which the Node tests
// use too), ZEN's one-table graph and the timing of the engines, side by side or one alone. Not
// a benchmark itself.
import { parseArgs } from "node:util";

/** The flags of a side-by-side run (`--cases 1000 --rounds 9 --warmup 2 --min-round-ms 20
 * --seed <seed>`, `--help` printing `usage`, and `extra` options of its own), each number
 * checked: `{ flags, CASES, ROUNDS, WARMUP, MIN_ROUND_MS, SEED }`. */
export function timingFlags(usage, seed, extra = {}) {
  const { values: flags } = parseArgs({
    options: {
      cases: { type: "string", default: "1000" },
      rounds: { type: "string", default: "9" },
      warmup: { type: "string", default: "2" },
      "min-round-ms": { type: "string", default: "20" },
      seed: { type: "string", default: String(seed) },
      help: { type: "boolean", short: "h", default: false },
      ...extra,
    },
  });
  if (flags.help) {
    console.log(usage);
    process.exit(0);
  }
  const whole = (name, min) => {
    const n = Number(flags[name]);
    if (!Number.isInteger(n) || n < min) {
      console.error(`--${name} must be a whole number ≥ ${min}, not ${JSON.stringify(flags[name])}`);
      process.exit(2);
    }
    return n;
  };
  return {
    flags,
    CASES: whole("cases", 1),
    ROUNDS: whole("rounds", 1),
    WARMUP: whole("warmup", 0),
    MIN_ROUND_MS: whole("min-round-ms", 0),
    SEED: whole("seed", 0),
  };
}

export { prng } from "../shared/prng.mjs";

// Waits until the process is quiet: ZEN's graph runs on worker threads that keep a core busy
// for a second or more after its last promise settles, and on a 2-core machine an engine timed
// just after it ran up to 1.6× slower (devzone-rules `evaluate` 15.8 against 9.8 µs, the batch
// 17.4 against 10.5 µs, in runs of the same build minutes apart). So before each engine's
// warm-up, this waits (at most 10 s) for 100 ms windows in which the whole process used less
// than a tenth of one core. Returns the milliseconds waited.
export async function settle() {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 100; i += 1) {
    const before = process.cpuUsage();
    await new Promise((done) => setTimeout(done, 100));
    const used = process.cpuUsage(before);
    if (used.user + used.system < 10_000) break;
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The passes that make one round of engine `e` last `minRoundMs`, judged from one timed pass
 * after `warmup` untimed ones. */
async function passesPerRound(e, pass, warmup, minRoundMs) {
  for (let w = 0; w < warmup; w += 1) await pass(e);
  const t0 = process.hrtime.bigint();
  await pass(e);
  const onePassMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return Math.max(1, Math.min(10_000, Math.ceil(minRoundMs / Math.max(onePassMs, 1e-3))));
}

/** One round of engine `e`: `passes` passes, in ns per decision. */
async function round(e, pass, passes, count) {
  const start = process.hrtime.bigint();
  for (let p = 0; p < passes; p += 1) await pass(e);
  return Number(process.hrtime.bigint() - start) / (passes * count);
}

/** Engine `e`'s rounds (`perDecisionNs`, each round's ns per decision, of `passes` passes over
 * `count` decisions): the median, fastest and slowest round. */
export function summary(e, perDecisionNs, passes, count, settledMs) {
  const sorted = [...perDecisionNs].sort((a, b) => a - b);
  return {
    id: e.id,
    label: e.label,
    passesPerRound: passes,
    decisionsPerRound: passes * count,
    medianNs: sorted[Math.floor(sorted.length / 2)],
    minNs: sorted[0],
    maxNs: sorted[sorted.length - 1],
    roundsNs: perDecisionNs,
    settledMs,
  };
}

/** Engine `e` timed alone: after a quiet process, `warmup` passes (`pass(e)`: every one of
 * `count` decisions once), then `rounds` rounds of as many passes as last `minRoundMs`; the
 * median, fastest and slowest round per decision, in ns. For an engine that works off the main
 * thread (ZEN's graph), which would slow whatever runs beside it. */
export async function measure(e, pass, { count, warmup, rounds, minRoundMs }) {
  const settledMs = await settle();
  const passes = await passesPerRound(e, pass, warmup, minRoundMs);
  const perDecisionNs = [];
  for (let r = 0; r < rounds; r += 1) perDecisionNs.push(await round(e, pass, passes, count));
  return summary(e, perDecisionNs, passes, count, settledMs);
}

/** The engines of `list` timed side by side: after a quiet process and each engine's warm-up,
 * each of `rounds` rounds times every engine once (as many passes as last `minRoundMs`),
 * starting from the next engine each round. So a slow spell of the machine falls on all of them
 * alike: on this 2-core virtual machine the same engine's median moved by up to 1.8× between
 * runs minutes apart (ZEN's expression 3.9 → 7.4 µs), which timed one engine after the other
 * made ratios of whichever engines met the spell. Each result as [`measure`]'s, plus
 * `pairedTo(other)`: the median over rounds of this engine's round divided by `other`'s round
 * of the same round, the ratio a slow spell moves least. */
export async function measureSideBySide(list, pass, { count, warmup, rounds, minRoundMs }) {
  const settledMs = await settle();
  const passes = [];
  for (const e of list) passes.push(await passesPerRound(e, pass, warmup, minRoundMs));
  const perDecisionNs = list.map(() => []);
  for (let r = 0; r < rounds; r += 1) {
    for (let k = 0; k < list.length; k += 1) {
      const i = (r + k) % list.length;
      perDecisionNs[i].push(await round(list[i], pass, passes[i], count));
    }
  }
  return list.map((e, i) => {
    const result = summary(e, perDecisionNs[i], passes[i], count, settledMs);
    result.pairedTo = (other) => pairedRatio(result.roundsNs, other.roundsNs);
    return result;
  });
}

/** The median over rounds of one engine's round divided by another's of the same round (`rounds`
 * and `others`: ns per decision, round by round). */
export function pairedRatio(rounds, others) {
  const ratios = rounds.map((ns, r) => ns / others[r]).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)];
}

/** A ZEN decision graph (JDM) of one decision table, hit policy first, between the request and
 * the response: `name` and the table's `inputs`, `outputs` and `rules`. */
export function oneTableGraph(name, { inputs, outputs, rules }) {
  return {
    contentType: "application/vnd.gorules.decision",
    nodes: [
      { id: "request", type: "inputNode", name: "Request", position: { x: 0, y: 0 } },
      {
        id: "table",
        type: "decisionTableNode",
        name,
        position: { x: 240, y: 0 },
        content: { hitPolicy: "first", inputs, outputs, rules },
      },
      { id: "response", type: "outputNode", name: "Response", position: { x: 480, y: 0 } },
    ],
    edges: [
      { id: "e1", type: "edge", sourceId: "request", targetId: "table" },
      { id: "e2", type: "edge", sourceId: "table", targetId: "response" },
    ],
  };
}
