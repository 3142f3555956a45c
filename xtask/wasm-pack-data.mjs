// Packs a wasm module's data for `cargo xtask pkg` (issue 12: the module's size is measured
// gzipped, and its data, the trilingual rulebook's texts, is ~168 KB of it under gzip and
// ~125 KB under LZMA).
//
//   node xtask/wasm-pack-data.mjs data <module.wasm> <data.bin>
//       writes the bytes the module's data segments put in memory (from the first segment's
//       start to the last one's end, zeros between) and prints {"offset", "length"} as JSON;
//   node xtask/wasm-pack-data.mjs pack <module.wasm> <packed.bin> <props>
//       rewrites the module in place: those segments replaced by one holding <packed.bin> (the
//       data packed by xtask with LZMA, properties byte <props>), and a start function that
//       calls the module's export `__devzone_unpack` (bindings/unpack) to write the data back
//       where the segments put it, and traps if it cannot. The export is removed, so that
//       nothing can call it again.
//
// The packed bytes go in the first MiB, which is the stack's (rustc links wasm32 with
// `--stack-first`: the stack grows down from 1 MiB, the data starts there), at PACKED_AT and
// at least STACK_ROOM below the stack's top: the decoder's own stack is ~30 KB, and nothing
// reads stack memory it did not write, so what the packed bytes leave there does not matter.
//
// The result is checked before it is written: it must validate, keep every other export, and,
// once instantiated (imports that throw if called: the start function must not call any), hold
// in memory from the data's start to the memory's end exactly the bytes the original holds
// once instantiated. Deterministic: no randomness, no clock.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import binaryen from "binaryen";

/** Where the packed bytes are put, and the stack left above them. */
export const PACKED_AT = 64 * 1024;
export const STACK_ROOM = 256 * 1024;
const EXPORT = "__devzone_unpack";
const START = "__devzone_unpack_data";

/** The module's data segments, all active at constant offsets, as [offset, bytes]. */
function segments(m) {
  const out = [];
  for (let i = 0; i < m.getNumDataSegments(); i += 1) {
    const info = m.getDataSegmentInfo(m.getDataSegmentByIndex(i));
    if (info.passive || typeof info.offset !== "number") {
      throw new Error(`data segment ${i} is passive or not at a constant offset; cannot pack`);
    }
    out.push([info.offset, new Uint8Array(info.data)]);
  }
  if (out.length === 0) throw new Error("the module has no data to pack");
  return out;
}

/** The bytes the segments put in memory, from the first one's start to the last one's end. */
export function dataImage(bytes) {
  const m = binaryen.readBinary(bytes);
  try {
    const segs = segments(m);
    const offset = Math.min(...segs.map(([o]) => o));
    const end = Math.max(...segs.map(([o, d]) => o + d.length));
    const image = new Uint8Array(end - offset);
    for (const [o, d] of segs) image.set(d, o - offset);
    return { offset, image };
  } finally {
    m.dispose();
  }
}

/** An instance of `bytes` whose imports throw if called, and its memory. */
function instantiate(bytes) {
  const module = new WebAssembly.Module(bytes);
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== "function") throw new Error(`import ${imp.module}.${imp.name} is a ${imp.kind}`);
    imports[imp.module] ??= {};
    imports[imp.module][imp.name] = () => {
      throw new Error(`import ${imp.module}.${imp.name} called while instantiating`);
    };
  }
  const instance = new WebAssembly.Instance(module, imports);
  const memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
  if (!memory) throw new Error("the module exports no memory");
  return { exports: Object.keys(instance.exports).sort(), memory: new Uint8Array(memory.buffer) };
}

/**
 * `bytes` with its data replaced by `packed` (LZMA, properties byte `props`) and a start
 * function that unpacks it, after the checks above; an error if any fails.
 */
export function packModule(bytes, packed, props) {
  const { offset, image } = dataImage(bytes);
  if (PACKED_AT + packed.length + STACK_ROOM > offset) {
    throw new Error(`${packed.length} packed bytes at ${PACKED_AT} leave less than ${STACK_ROOM} B of stack below the data at ${offset}`);
  }
  const m = binaryen.readBinary(bytes);
  let out;
  try {
    const ref = m.getExport(EXPORT);
    const unpack = ref ? binaryen.getExportInfo(ref) : null;
    if (!unpack || unpack.kind !== binaryen.ExternalFunction) throw new Error(`the module exports no function ${EXPORT}`);
    let memoryName = null;
    let memoryExport = null;
    for (let i = 0; i < m.getNumExports(); i += 1) {
      const e = binaryen.getExportInfo(m.getExportByIndex(i));
      if (e.kind === binaryen.ExternalMemory) [memoryName, memoryExport] = [e.value, e.name];
    }
    if (memoryName === null) throw new Error("the module exports no memory");
    const memory = m.getMemoryInfo(memoryName);
    // setMemory replaces the memory (same name, size and limits) and all its segments.
    m.removeExport(memoryExport);
    m.setMemory(memory.initial, memory.max ?? -1, memoryExport, [{ name: "packed", offset: m.i32.const(PACKED_AT), data: packed, passive: false }], memory.shared, memory.is64, memoryName);
    m.removeExport(EXPORT);
    const args = [props, PACKED_AT, packed.length, offset, image.length].map((v) => m.i32.const(v));
    const start = m.addFunction(START, binaryen.none, binaryen.none, [], m.if(m.call(unpack.value, args, binaryen.i32), m.unreachable()));
    m.setStart(start);
    if (!m.validate()) throw new Error("the packed module does not validate");
    out = m.emitBinary();
  } finally {
    m.dispose();
  }
  const before = instantiate(bytes);
  const after = instantiate(out);
  const expected = before.exports.filter((e) => e !== EXPORT);
  if (after.exports.join() !== expected.join()) throw new Error("the packed module's exports differ from the original's");
  if (after.memory.length !== before.memory.length) throw new Error("the packed module's memory is not the original's size");
  const a = before.memory.subarray(offset);
  const b = after.memory.subarray(offset);
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) throw new Error(`once instantiated, the packed module's memory differs from the original's at ${offset + i}`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [verb, file, arg, props] = process.argv.slice(2);
  if (verb === "data" && file && arg) {
    const { offset, image } = dataImage(readFileSync(file));
    writeFileSync(arg, image);
    console.log(JSON.stringify({ offset, length: image.length }));
  } else if (verb === "pack" && file && arg && /^\d+$/.test(props ?? "")) {
    const bytes = readFileSync(file);
    const packed = readFileSync(arg);
    const out = packModule(bytes, packed, Number(props));
    writeFileSync(file, out);
    console.log(`${file}: data of ${dataImage(bytes).image.length} B packed into ${packed.length} B; ${bytes.length} -> ${out.length} B`);
  } else {
    console.error("usage: node xtask/wasm-pack-data.mjs data <module.wasm> <data.bin>\n       node xtask/wasm-pack-data.mjs pack <module.wasm> <packed.bin> <props>");
    process.exit(2);
  }
}
