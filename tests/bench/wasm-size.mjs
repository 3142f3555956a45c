// What the wasm module's bytes are: code per function (grouped by where it comes from), data,
// and the custom sections, read from the module's own sections (no tool needed). Give it the
// module as cargo builds it, before wasm-bindgen and wasm-opt strip the function names:
//
//   cargo build --release --target wasm32-unknown-unknown -p devzone-rules-wasm
//   node tests/bench/wasm-size.mjs target/wasm32-unknown-unknown/release/devzone_rules_wasm.wasm [--top 30]
//
// Sizes are of the unoptimised module (wasm-opt -Oz then shrinks the code by about a third);
// the groups say where to cut. Not a test: docs/benchmarks.md ("Size budget") records its output.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const file = process.argv[2];
if (!file) {
  console.error("usage: node tests/bench/wasm-size.mjs <module.wasm> [--top N]");
  process.exit(2);
}
const topArg = process.argv.indexOf("--top");
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 25;
const bytes = readFileSync(file);

let pos = 8;
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
}
function name() {
  const len = leb();
  const s = bytes.toString("utf8", pos, pos + len);
  pos += len;
  return s;
}

let importedFunctions = 0;
const bodies = []; // size of each defined function's body
const names = new Map(); // function index -> name
const sections = [];
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const start = pos;
  const end = pos + size;
  let label = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count"][id] ?? `section ${id}`;
  if (id === 0) {
    label = `custom "${name()}"`;
    if (label === 'custom "name"') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i += 1) {
            const idx = leb();
            names.set(idx, name());
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    const count = leb();
    for (let i = 0; i < count; i += 1) {
      name();
      name();
      const kind = bytes[pos++];
      if (kind === 0) {
        leb();
        importedFunctions += 1;
      } else if (kind === 1) {
        pos += 1;
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) {
        pos += 2;
      }
    }
  } else if (id === 10) {
    const count = leb();
    for (let i = 0; i < count; i += 1) {
      const len = leb();
      bodies.push(len);
      pos += len;
    }
  }
  sections.push({ label, size, gzip: gzipSync(bytes.subarray(start, end), { level: 9 }).length });
  pos = end;
}

/**
 * A Rust symbol made readable enough to group: legacy `_ZN…E` names demangled, v0 `_R…` names
 * reduced to their identifiers joined by `::` (enough to see the crate and module).
 */
function demangle(sym) {
  const idents = (body) => {
    const out = [];
    let i = 0;
    while (i < body.length) {
      const m = /^(\d+)/.exec(body.slice(i));
      if (!m) {
        i += 1;
        continue;
      }
      const len = Number(m[1]);
      i += m[1].length;
      out.push(body.slice(i, i + len));
      i += len;
    }
    return out;
  };
  if (sym.startsWith("_ZN")) {
    return idents(sym.slice(3, -1))
      .filter((p) => !/^h[0-9a-f]{16}$/.test(p))
      .join("::")
      .replaceAll("$LT$", "<").replaceAll("$GT$", ">").replaceAll("$u20$", " ").replaceAll("$RF$", "&")
      .replaceAll("$C$", ",").replaceAll("$u7b$", "{").replaceAll("$u7d$", "}").replaceAll("..", "::");
  }
  if (sym.startsWith("_R")) {
    return idents(sym.slice(2).replace(/Cs[0-9A-Za-z]+_/g, "")).join("::");
  }
  return sym;
}

/** Where a function comes from, by its (demangled) name. */
function group(n) {
  if (n.includes("strict::Strict")) return "strict deserializer (one copy per visitor)";
  if (/serde_json/.test(n)) return "serde_json";
  if (/Deserialize|Visitor|serde_core::de|serde::de|deserialize/.test(n)) return "serde derives: decoding";
  if (/Serialize|serde_core::ser|serialize/.test(n)) return "serde derives: encoding";
  if (/devzone_rules_wasm|wasm_bindgen|js_sys/.test(n)) return "bindings, wasm-bindgen";
  if (/devzone_rules::rules/.test(n)) return "rules";
  const m = n.match(/devzone_rules::(\w+)/);
  if (m) return `core::${m[1]}`;
  if (/dlmalloc/.test(n)) return "allocator";
  if (/chrono/.test(n)) return "chrono";
  if (/\bcore\b|\balloc\b|\bstd\b/.test(n)) return "Rust core, alloc, std";
  return "other";
}

const groups = new Map();
const fns = [];
bodies.forEach((size, i) => {
  const n = demangle(names.get(i + importedFunctions) ?? `function ${i + importedFunctions}`);
  fns.push({ n, size });
  const g = group(n);
  const e = groups.get(g) ?? { size: 0, count: 0 };
  e.size += size;
  e.count += 1;
  groups.set(g, e);
});
const code = bodies.reduce((a, b) => a + b, 0);
const pct = (x, of) => `${((100 * x) / of).toFixed(1)} %`;
console.log(`${file}: ${bytes.length} bytes, ${bodies.length} functions\n`);
console.log("sections (bytes, gzip -9 of the section alone):");
for (const s of sections) console.log(`  ${s.label.padEnd(36)} ${String(s.size).padStart(9)} ${String(s.gzip).padStart(9)}`);
console.log(`\ncode by origin (${code} bytes of function bodies):`);
for (const [g, e] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
  console.log(`  ${g.padEnd(44)} ${String(e.size).padStart(9)}  ${pct(e.size, code).padStart(7)}  ${String(e.count).padStart(5)} functions`);
}
console.log(`\nlargest ${TOP} functions:`);
for (const f of fns.sort((a, b) => b.size - a.size).slice(0, TOP)) console.log(`  ${String(f.size).padStart(7)}  ${f.n.slice(0, 140)}`);
