// The side-by-side benchmark's devzone-rules calls (peers.bench.mjs: its 1,000 art-14.d cases),
// PASSES passes over them and nothing else: for counting instructions, which a noisy machine
// does not change as it changes times. Two runs under callgrind, the difference of their counts
// over the difference of their calls, is a call's cost with the start-up left out (JIT
// compiling and GC included):
//
//   for n in 20 60; do valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//     node tests/bench/count.mjs pkg/node/devzone_rules_wasm.js evaluate $n 2>&1 | grep refs; done
//   → (refs at 60 − refs at 20) / 40,000 instructions per call
//
// MODE: `evaluate` (stateless, each case's register in its input) or `loaded` (each case's
// register loaded once beforehand, `reg.evaluate`). A measuring tool, not a test.
import { createRequire } from "node:module";
import path from "node:path";
import { makeCases } from "./peer-cases.mjs";

const require = createRequire(import.meta.url);
const [pkg, mode = "evaluate", passesArg = "20"] = process.argv.slice(2);
if (!pkg || !["evaluate", "loaded"].includes(mode)) {
  console.error("usage: node tests/bench/count.mjs <package (node build .js)> [evaluate|loaded] [passes]");
  process.exit(2);
}
const dz = require(path.resolve(pkg));
const cases = makeCases(1000, 14);
const options = { lang: "en" };
let pass;
if (mode === "loaded") {
  const loaded = cases.map((c) => {
    const { register, ...question } = c.input;
    return [dz.LoadedRegister.load(register), question];
  });
  pass = () => {
    for (const [reg, question] of loaded) reg.evaluate("art-14.d", question, options);
  };
} else {
  pass = () => {
    for (const c of cases) dz.evaluate("art-14.d", c.input, options);
  };
}
for (let i = 0; i < Number(passesArg); i += 1) pass();
