// The wasm half of `cargo xtask parity`: reads the native answers (one JSON line per case, from
// `cargo run -p devzone-rules --all-features --example parity`) on standard input, answers every
// input with the npm package (pkg/node) and compares the answer's JSON text byte for byte
// (keys sorted by their UTF-8 bytes, as serde_json writes a map), or the error's code, path and
// message. Prints a summary; exits 1 on the first 20 mismatches (each shown) or any other.
//
// Run: cargo xtask parity --cases N   (after `cargo xtask pkg`)

import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(here, "..", "..", "pkg"));
const devzone = await import(pathToFileURL(join(pkgDir, "node", "devzone_rules_wasm.js")).href);
const pkg = devzone.default ?? devzone;

const byUtf8 = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const k of Object.keys(v).sort(byUtf8)) out[k] = canonical(v[k]);
    return out;
  }
  return v;
}

/** Compact JSON with keys in UTF-8 byte order (JSON.stringify keeps insertion order, except
 * for integer-like keys, which it puts first: those are written here by hand). */
function text(v) {
  if (Array.isArray(v)) return `[${v.map(text).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const keys = Object.keys(v).sort(byUtf8);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${text(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

function answer(c) {
  const opt = c.options;
  try {
    let a;
    switch (c.call) {
      case "evaluate": a = pkg.evaluate(c.rule, c.input, opt); break;
      case "report": a = pkg.report(c.input, opt); break;
      case "obligations": a = pkg.obligations(c.input, opt); break;
      case "calendar": a = pkg.calendar(c.input, opt); break;
      case "calendarIcs": a = pkg.calendarIcs(c.input, opt); break;
      case "zoneSummary": a = pkg.zoneSummary(c.input, opt); break;
      case "fees": a = pkg.fees(c.input, opt); break;
      default: throw new Error(`unknown call ${c.call}`);
    }
    return { ok: text(a) };
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) return { trap: String(e) };
    if (e?.name !== "DevzoneError") return { thrown: `${e?.name}: ${e?.message}` };
    // A DevzoneError's message starts with its path (`input.issueDate: invalid date …`), as the
    // core's `Display` writes an error; the native side gives the message alone.
    const prefix = e.path ? `${e.path}: ` : "";
    const message = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : `(no path prefix) ${e.message}`;
    return { error: { code: e.code, message, path: e.path } };
  }
}

const same = (a, b) => text(a) === text(b);
let cases = 0;
let answered = 0;
let mismatches = 0;
const perCall = {};
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const c = JSON.parse(line);
  cases++;
  const wasm = answer(c);
  const native = c.answer;
  const key = c.call === "evaluate" ? "evaluate" : c.call;
  perCall[key] = (perCall[key] ?? 0) + 1;
  if ("ok" in native) answered++;
  if (!same(wasm, native)) {
    mismatches++;
    if (mismatches <= 20) {
      console.log(`MISMATCH case ${c.case} ${c.call} ${c.rule ?? ""}`);
      console.log(`  input:  ${JSON.stringify(c.input).slice(0, 600)}`);
      console.log(`  native: ${JSON.stringify(native).slice(0, 600)}`);
      console.log(`  wasm:   ${JSON.stringify(wasm).slice(0, 600)}`);
    }
  }
}
console.log(`parity: ${cases} cases (${answered} answered, ${cases - answered} refused), ${mismatches} mismatches; by call: ${JSON.stringify(perCall)}`);
process.exit(mismatches === 0 && cases > 0 ? 0 : 1);
