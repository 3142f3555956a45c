// xtask/wasm-pack-data.mjs, the build step that packs the package module's data: the bytes its
// data segments put in memory are read whole, the packed module holds them in one segment and
// unpacks them in its start function, and the step refuses a module whose unpacked memory would
// differ from the original's. The decoder here is a stand-in (each byte xor `props`), so that
// these tests are about the rewriting; the LZMA decoder itself is tested natively
// (bindings/unpack/tests), on every build (the packed module must hold the original's memory),
// and by every other test of the package, which runs the packed modules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import binaryen from "binaryen";
import { dataImage, packModule, PACKED_AT } from "../../xtask/wasm-pack-data.mjs";

const DATA_AT = 0x60000;

/** A module with two data segments (a gap between), an exported reader and a decoder. */
function moduleBytes({ decoder = "xor", passive = false, dataAt = DATA_AT, exportDecoder = true } = {}) {
  const body =
    decoder === "fail"
      ? "(i32.const 1)"
      : `(block $done (loop $next
          (br_if $done (i32.eqz (local.get 4)))
          (i32.store8 (local.get 3) (i32.xor (i32.load8_u (local.get 1)) (local.get 0)))
          (local.set 1 (i32.add (local.get 1) (i32.const 1)))
          (local.set 3 (i32.add (local.get 3) (i32.const 1)))
          (local.set 4 (i32.sub (local.get 4) (i32.const 1)))
          (br $next)))
        (i32.const 0)`;
  const wat = `(module
    (memory (export "memory") 8)
    (data ${passive ? "" : `(i32.const ${dataAt})`} "hello, data")
    (data (i32.const ${dataAt + 100}) "\\01\\02\\03 second")
    (func $read (export "read") (param i32) (result i32) (i32.load8_u (local.get 0)))
    (func $unpack ${exportDecoder ? '(export "__devzone_unpack")' : ""}
      (param i32 i32 i32 i32 i32) (result i32) ${body}))`;
  const m = binaryen.parseText(wat);
  try {
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

const xor = (bytes, key) => bytes.map((b) => b ^ key);

test("the data image is every segment's bytes at its place, zeros between", () => {
  const { offset, image } = dataImage(moduleBytes());
  assert.equal(offset, DATA_AT);
  assert.equal(image.length, 100 + 10);
  assert.equal(Buffer.from(image.subarray(0, 11)).toString(), "hello, data");
  assert.ok(image.subarray(11, 100).every((b) => b === 0));
  assert.deepEqual([...image.subarray(100, 103)], [1, 2, 3]);
});

test("a packed module holds one segment, starts by unpacking it, and reads the same data", async () => {
  const bytes = moduleBytes();
  const { image } = dataImage(bytes);
  const packed = packModule(bytes, xor(image, 0x5a), 0x5a);
  assert.ok(WebAssembly.validate(packed));
  const repacked = dataImage(packed);
  assert.equal(repacked.offset, PACKED_AT);
  assert.deepEqual([...repacked.image], [...xor(image, 0x5a)]);
  const mod = new WebAssembly.Module(packed);
  assert.deepEqual(WebAssembly.Module.exports(mod).map((e) => e.name).sort(), ["memory", "read"]);
  const [a, b] = await Promise.all([WebAssembly.instantiate(bytes), WebAssembly.instantiate(packed)]);
  for (let i = DATA_AT; i < DATA_AT + image.length; i += 1) {
    assert.equal(b.instance.exports.read(i), a.instance.exports.read(i));
  }
  assert.equal(b.instance.exports.read(DATA_AT), "h".charCodeAt(0));
});

test("a module whose unpacked memory would differ from the original's is refused", () => {
  const bytes = moduleBytes();
  const { image } = dataImage(bytes);
  // Packed with one key, unpacked with another: the check after packing sees other bytes.
  assert.throws(() => packModule(bytes, xor(image, 1), 2), /differs from the original's at/);
  // A decoder that reports failure: the start function traps, and the step with it.
  assert.throws(() => packModule(moduleBytes({ decoder: "fail" }), image, 0), /unreachable/);
});

test("modules the step cannot pack are refused with the reason", () => {
  const image = new Uint8Array(110);
  assert.throws(() => packModule(moduleBytes({ exportDecoder: false }), image, 0), /exports no function __devzone_unpack/);
  assert.throws(() => dataImage(moduleBytes({ passive: true })), /passive/);
  // Data so low that the packed bytes would leave too little stack between them and it.
  assert.throws(() => packModule(moduleBytes({ dataAt: PACKED_AT + 4096 }), image, 0), /of stack below the data/);
});

const PKG = path.join(import.meta.dirname, "..", "..", "pkg");
const built = (target) => path.join(PKG, target, "devzone_rules_wasm_bg.wasm");
const exportNames = (bytes) => WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);

test("the package's modules are packed: one segment in the stack's MiB, no unpack export", { skip: !existsSync(built("web")) && "pkg/ not built" }, () => {
  const names = [];
  for (const target of ["web", "node"]) {
    const bytes = readFileSync(built(target));
    const { offset, image } = dataImage(bytes);
    assert.equal(offset, PACKED_AT, target);
    assert.ok(image.length < 200_000, `${target}: ${image.length} B of data: not packed?`);
    const exported = exportNames(bytes);
    assert.ok(!exported.includes("__devzone_unpack"), target);
    names.push(exported.sort());
  }
  assert.deepEqual(names[0], names[1]);
});
