// Where two builds of the wasm module differ in code, per function (instances of one generic
// function added up): the modules as cargo builds them, before wasm-bindgen and wasm-opt strip
// the names.
//
//   cargo build --release --target wasm32-unknown-unknown -p devzone-rules-wasm
//   cp target/wasm32-unknown-unknown/release/devzone_rules_wasm.wasm /tmp/old.wasm
//   (change, build again)
//   node tests/bench/wasm-diff.mjs /tmp/old.wasm target/wasm32-unknown-unknown/release/devzone_rules_wasm.wasm
//
// A measuring tool, not a test (docs/benchmarks.md, "2026-12-04, fifth session").
import { readFileSync } from "node:fs";
function sizes(file) {
  const bytes = readFileSync(file);
  let pos = 8;
  const leb = () => { let r = 0, sh = 0; for (;;) { const b = bytes[pos++]; r += (b & 0x7f) * 2 ** sh; sh += 7; if (b < 0x80) return r; } };
  let imports = 0; const bodies = []; const names = new Map();
  while (pos < bytes.length) {
    const id = bytes[pos++]; const len = leb(); const end = pos + len;
    if (id === 2) { const n = leb(); for (let i = 0; i < n; i++) { let l = leb(); pos += l; l = leb(); pos += l; const kind = bytes[pos++]; if (kind === 0) { leb(); imports++; } else if (kind === 1) { pos++; const f = bytes[pos++]; leb(); if (f & 1) leb(); } else if (kind === 2) { const f = bytes[pos++]; leb(); if (f & 1) leb(); } else if (kind === 3) { pos += 2; } } }
    if (id === 10) { const n = leb(); for (let i = 0; i < n; i++) { const l = leb(); bodies.push(l); pos += l; } }
    if (id === 0) { const nl = leb(); const name = bytes.slice(pos, pos + nl).toString(); pos += nl; if (name === "name") { while (pos < end) { const sid = bytes[pos++]; const sl = leb(); const se = pos + sl; if (sid === 1) { const n = leb(); for (let i = 0; i < n; i++) { const idx = leb(); const l = leb(); names.set(idx, bytes.slice(pos, pos + l).toString()); pos += l; } } pos = se; } } }
    pos = end;
  }
  const out = new Map();
  bodies.forEach((l, i) => { const nm = (names.get(i + imports) || "?" + i).replace(/::h[0-9a-f]{16}$/, "").replace(/17h[0-9a-f]{16}E$/, ""); out.set(nm, (out.get(nm) || 0) + l); });
  return out;
}
const a = sizes(process.argv[2]), b = sizes(process.argv[3]);
const keys = new Set([...a.keys(), ...b.keys()]);
const d = [...keys].map((k) => [k, (b.get(k) || 0) - (a.get(k) || 0)]).filter(([, v]) => v !== 0).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
let tot = 0; for (const [, v] of d) tot += v;
console.log("total code delta", tot);
for (const [k, v] of d.slice(0, 30)) console.log(String(v).padStart(7), k.slice(0, 150));
