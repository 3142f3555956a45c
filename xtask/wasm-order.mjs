// Puts a wasm module's functions in an order gzip compresses better, for `cargo xtask pkg`
// (issue 12: the module's size is measured gzipped).
//
//   node xtask/wasm-order.mjs <module.wasm>...     (each rewritten in place)
//
// Why: gzip (DEFLATE) finds repeats only within the 32 KB before each byte, and the code
// section is most of the module. LLVM lays functions out roughly in source order, so a rule's
// input decoder, say, sits far from the other rules' decoders it most resembles. This script
// moves functions, not bytes within them: greedily, the next function is the one whose 5-byte
// sequences are most often found in the last 24 KB already placed (the count of its distinct
// sequences found there, weighted by their number^-0.75, so that a large function alike in part
// counts about as much as a small one alike in whole); ties go to the function nearest the
// previous one in the given order. Measured in docs/benchmarks.md ("2026-12-06, ninth
// session"): the module ~4 % smaller gzipped; the sequences' length, the window and the weight
// chosen there among 3–8 bytes, 8–64 KB and 0.5–1.
//
// The module's meaning does not change: binaryen (npm `binaryen`, the same version as the
// `wasm-opt` that optimised it) reads it, takes each function out and adds it back in the new
// order, and writes it; calls, the table and exports name their functions, so binaryen writes
// their new indices. Imports stay first (wasm requires it). The result is validated, and
// holds the same functions and exports. Deterministic: no randomness, no clock.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import binaryen from "binaryen";

/** Bytes looked back over, the weight's exponent, and the length of the sequences compared. */
const WINDOW = 24 * 1024;
const WEIGHT_EXPONENT = 0.75;
const W = 5;

/** The bodies of the module's defined functions, in index order, read from its code section. */
function functionBodies(bytes) {
  let pos = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return result;
    }
  };
  const bodies = [];
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const len = leb();
    const start = pos;
    if (id === 10) {
      const count = leb();
      for (let i = 0; i < count; i += 1) {
        const size = leb();
        bodies.push(bytes.subarray(pos, pos + size));
        pos += size;
      }
    }
    pos = start + len;
  }
  return bodies;
}

/** The hash of the `W` bytes at `i` (FNV-1a, then a 32-bit mix). */
function hashAt(b, i) {
  let h = 0x811c9dc5;
  for (let q = 0; q < W; q += 1) h = Math.imul(h ^ b[i + q], 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The order of `bodies` (indices) described above. */
export function order(bodies) {
  const n = bodies.length;
  if (n === 0) return [];
  const distinct = bodies.map((b) => {
    const set = new Set();
    for (let i = 0; i + W <= b.length; i += 1) set.add(hashAt(b, i));
    return [...set];
  });
  // For each sequence, the functions holding it.
  const holders = new Map();
  distinct.forEach((hashes, f) => {
    for (const h of hashes) {
      const list = holders.get(h);
      if (list) list.push(f);
      else holders.set(h, [f]);
    }
  });
  const weight = distinct.map((hs) => (hs.length > 0 ? hs.length ** -WEIGHT_EXPONENT : 0));
  // score[f]: the weighted count of f's sequences in the window, kept as functions come and go.
  const score = new Float64Array(n);
  const inWindow = new Map();
  const placed = [];
  let windowBytes = 0;
  let first = 0;
  const enter = (f) => {
    const b = bodies[f];
    for (let i = 0; i + W <= b.length; i += 1) {
      const h = hashAt(b, i);
      const c = inWindow.get(h) ?? 0;
      inWindow.set(h, c + 1);
      if (c === 0) for (const g of holders.get(h)) score[g] += weight[g];
    }
    placed.push(f);
    windowBytes += b.length;
  };
  const leave = (f) => {
    const b = bodies[f];
    for (let i = 0; i + W <= b.length; i += 1) {
      const h = hashAt(b, i);
      const c = inWindow.get(h);
      if (c === 1) {
        inWindow.delete(h);
        for (const g of holders.get(h)) score[g] -= weight[g];
      } else {
        inWindow.set(h, c - 1);
      }
    }
    windowBytes -= b.length;
  };
  const used = new Uint8Array(n);
  let current = 0;
  used[0] = 1;
  enter(0);
  for (let step = 1; step < n; step += 1) {
    let best = -1;
    let bestScore = -1;
    for (let j = 0; j < n; j += 1) {
      if (used[j]) continue;
      const s = score[j];
      if (s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && Math.abs(j - current) < Math.abs(best - current))) {
        bestScore = s;
        best = j;
      }
    }
    used[best] = 1;
    current = best;
    enter(best);
    while (windowBytes > WINDOW && placed.length - first > 1) {
      leave(placed[first]);
      first += 1;
    }
  }
  return placed;
}

/** The module's exports' names and kinds, and its functions' names, for the check after. */
function shape(m) {
  const exports = [];
  for (let i = 0; i < m.getNumExports(); i += 1) {
    const e = binaryen.getExportInfo(m.getExportByIndex(i));
    exports.push(`${e.kind}:${e.name}:${e.value}`);
  }
  const functions = [];
  for (let i = 0; i < m.getNumFunctions(); i += 1) functions.push(binaryen.getFunctionInfo(m.getFunctionByIndex(i)).name);
  return { exports: exports.sort().join("\n"), functions: functions.sort().join("\n") };
}

/**
 * The module `bytes` with its functions in [`order`]'s order, and its size gzipped before and
 * after. An error when binaryen reads other functions than the code section holds, or when the
 * result's functions or exports differ or it does not validate.
 */
export function reorderModule(bytes) {
  const bodies = functionBodies(bytes);
  const m = binaryen.readBinary(bytes);
  try {
    const defined = [];
    for (let i = 0; i < m.getNumFunctions(); i += 1) {
      const info = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
      if (!info.module) defined.push(info);
    }
    if (defined.length !== bodies.length) {
      throw new Error(`binaryen reads ${defined.length} defined functions, the code section holds ${bodies.length}`);
    }
    const before = shape(m);
    for (const i of order(bodies)) {
      const f = defined[i];
      m.removeFunction(f.name);
      m.addFunction(f.name, f.params, f.results, f.vars, f.body);
    }
    const after = shape(m);
    if (after.exports !== before.exports || after.functions !== before.functions) {
      throw new Error("the functions or exports changed while reordering");
    }
    if (!m.validate()) throw new Error("the reordered module does not validate");
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

const gzipped = (b) => gzipSync(b, { level: 9 }).length;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: node xtask/wasm-order.mjs <module.wasm>...");
    process.exit(2);
  }
  for (const file of files) {
    const bytes = readFileSync(file);
    let out;
    try {
      out = reorderModule(bytes);
    } catch (e) {
      console.error(`wasm-order: ${file}: ${e.message}`);
      process.exit(1);
    }
    writeFileSync(file, out);
    console.log(`wasm-order: ${file}: ${bytes.length} → ${out.length} bytes, gzipped ${gzipped(bytes)} → ${gzipped(out)}`);
  }
}
