// The npm package (pkg/node) loaded with the module's calls into the package's own JS that keep
// and forget registers counted (`keep_register`, `forget_registers`), for tests of what the
// package keeps between calls. The counters wrap the snippet's functions before the package
// is loaded (the package takes them when it loads), so a test file that uses this loads the
// package through it only; `node --test` runs each file in its own process, so the first
// register kept is the process's first.
import { createRequire } from "node:module";
import path from "node:path";

/** `{ pkg, kept, forgets() }`: the package of repository `root`, the numbers the module kept
 * registers under, in order, and how often it forgot them all. */
export function countingKeeps(root) {
  const require = createRequire(import.meta.url);
  const inner = require(path.join(root, "pkg/node/snippets/devzone-rules-wasm/inline0.js"));
  const kept = [];
  const keepRegister = inner.keep_register;
  inner.keep_register = (n, ...rest) => {
    kept.push(n);
    return keepRegister(n, ...rest);
  };
  let forgets = 0;
  const forgetRegisters = inner.forget_registers;
  inner.forget_registers = (...args) => {
    forgets += 1;
    return forgetRegisters(...args);
  };
  const pkg = require(path.join(root, "pkg/node/devzone_rules_wasm.js"));
  return { pkg, kept, forgets: () => forgets };
}
