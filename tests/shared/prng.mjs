// mulberry32: a small seeded PRNG, so that generated inputs are the same on every run. Shared by
// the Node tests (tests/node/money.test.mjs) and the benchmarks (tests/bench/peers-common.mjs).
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
