// xtask/wasm-pack-data.mjs, the build step that packs the package module's data: the bytes its
// data segments put in memory are read whole, the packed module holds them in one segment and
// unpacks them in its start function, and the step refuses a module whose unpacked memory would
// differ from the original's. The decoder here is a stand-in (each byte xor `props`), so that
// these tests are about the rewriting; the LZMA decoder itself is tested natively
// (bindings/unpack/tests), on every build (the packed module must hold the original's memory),
// and by the browser tests, which run the packed web build; the Node build keeps its data as it
// is and loses only the decoder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import binaryen from "binaryen";
import { dataImage, packModule, PACKED_AT, stripUnpacker } from "../../xtask/wasm-pack-data.mjs";

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

test("the package's web module is packed, its Node module is not, and neither exports the decoder", { skip: !existsSync(built("web")) && "pkg/ not built" }, () => {
  const web = readFileSync(built("web"));
  const packed = dataImage(web);
  assert.equal(packed.offset, PACKED_AT);
  assert.ok(packed.image.length < 200_000, `${packed.image.length} B of data: not packed?`);
  const node = readFileSync(built("node"));
  const plain = dataImage(node);
  assert.ok(plain.offset >= 1 << 20, `the Node module's data at ${plain.offset}`);
  assert.ok(plain.image.length > 2 * packed.image.length);
  for (const bytes of [web, node]) assert.ok(!exportNames(bytes).includes("__devzone_unpack"));
  assert.deepEqual(exportNames(web).sort(), exportNames(node).sort());
});

test("a stripped module keeps its data and every other export, without the decoder", async () => {
  const bytes = moduleBytes();
  const stripped = stripUnpacker(bytes);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(stripped)).map((e) => e.name).sort(), ["memory", "read"]);
  assert.deepEqual(dataImage(stripped), dataImage(bytes));
  assert.ok(stripped.length < bytes.length);
  const { instance } = await WebAssembly.instantiate(stripped);
  assert.equal(instance.exports.read(DATA_AT), "h".charCodeAt(0));
  assert.throws(() => stripUnpacker(moduleBytes({ exportDecoder: false })), /exports no function __devzone_unpack/);
});
