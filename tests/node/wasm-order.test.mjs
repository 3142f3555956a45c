// xtask/wasm-order.mjs, the build step that reorders the package module's functions for gzip:
// its order is a permutation that puts alike functions together, the same each time, and a
// reordered module computes what the original computed (calls, the table and exports follow
// their functions). The package's own module is reordered by `cargo xtask pkg`, so every other
// test of the package runs on a reordered module too.
import { test } from "node:test";
import assert from "node:assert/strict";
import binaryen from "binaryen";
import { order, reorderModule } from "../../xtask/wasm-order.mjs";

/** Bytes from a small deterministic generator (xorshift), `n` of them. */
function bytesOf(seed, n) {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test("the order is a permutation of every function, the same each time", () => {
  const bodies = Array.from({ length: 200 }, (_, i) => bytesOf(i + 1, (i * 37) % 300));
  const got = order(bodies);
  assert.deepEqual([...got].sort((a, b) => a - b), bodies.map((_, i) => i));
  assert.deepEqual(order(bodies), got);
  assert.deepEqual(order([]), []);
  assert.deepEqual(order([new Uint8Array(0)]), [0]);
});

test("alike functions are placed together", () => {
  // Two families, interleaved: each body is its family's 400 bytes with a few of its own.
  const family = [bytesOf(11, 400), bytesOf(22, 400)];
  const bodies = Array.from({ length: 12 }, (_, i) => {
    const b = Uint8Array.from(family[i % 2]);
    b.set(bytesOf(100 + i, 8), 200);
    return b;
  });
  const got = order(bodies);
  // Once placed, a family's members follow one another: the family changes only once.
  const changes = got.slice(1).filter((f, k) => f % 2 !== got[k] % 2).length;
  assert.equal(changes, 1, `order ${got}`);
});

test("a reordered module computes what the original computed", async () => {
  const wat = `(module
    (type $un (func (param i32) (result i32)))
    (table 2 funcref)
    (elem (i32.const 0) $double $inc)
    (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
    (func $double (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
    (func $square (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
    (func $through (export "through") (param i32) (param i32) (result i32)
      (call_indirect (type $un) (local.get 0) (local.get 1)))
    (func $main (export "main") (param i32) (result i32)
      (call $inc (call $square (call $double (local.get 0)))))
    (func $inc2 (export "inc2") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))`;
  const m = binaryen.parseText(wat);
  const bytes = m.emitBinary();
  m.dispose();
  const reordered = reorderModule(bytes);
  assert.ok(WebAssembly.validate(reordered));
  const [a, b] = await Promise.all([WebAssembly.instantiate(bytes), WebAssembly.instantiate(reordered)]);
  for (const x of [0, 1, 7, -3]) {
    assert.equal(b.instance.exports.main(x), a.instance.exports.main(x));
    assert.equal(b.instance.exports.inc2(x), a.instance.exports.inc2(x));
    for (const slot of [0, 1]) assert.equal(b.instance.exports.through(x, slot), a.instance.exports.through(x, slot));
  }
  assert.equal(b.instance.exports.main(3), 37);
});

test("a module that is not wasm is refused", () => {
  assert.throws(() => reorderModule(Uint8Array.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])));
});
