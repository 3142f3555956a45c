// Native/wasm parity of the money and land rules on generated inputs: inputs generated from a
// fixed seed run through the native CLI (`devzone eval … --input -`, `devzone fees --json`) and
// through the wasm package must give the same JSON, byte for byte once parsed. (The fee
// calculator's lines and the exact errors for malformed and overflowing money are shared
// vectors: tests/vectors/art-11.g.json and tests/vectors/examples/fees.json.)
//
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`. The native
// binary is built by `cargo build -p devzone-cli` if it is missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { prng } from "../shared/prng.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = createRequire(import.meta.url)(path.join(root, "pkg/node/devzone_rules_wasm.js"));

// ---- native / wasm parity on generated inputs ----

function generator(seed) {
  const rnd = prng(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (xs) => xs[int(xs.length)];
  const digits = (n) => Array.from({ length: n }, () => int(10)).join("").replace(/^0+(?=\d)/, "");
  const amount = () => pick([
    () => "0",
    () => `${int(100)}.${String(int(100)).padStart(2, "0")}`,
    () => `${digits(1 + int(15))}.${String(int(100)).padStart(2, "0")}`,
    () => "1000000000000000.00",
    () => `0.0${1 + int(9)}`,
  ])();
  const ratio = () => pick(["0", "1", "0.5", "0.005", `0.${String(int(1e9)).padStart(9, "0")}`]);
  const flag = () => pick([true, false, undefined]);
  const component = (i, withInfra) => {
    const c = { id: `C${i}`, kind: pick(["RECONSTRUCT", "REBUILD", "EXTEND", "NEW"]) };
    for (const k of ["isTechnicalRenovation", "isCapacityUpgrade", "isFactoryBuilding", "onOwnLand", "approved",
      "conformsZoneMasterPlan", "conformsIndustryLayout", "changesLandUse"]) {
      const v = flag();
      if (v !== undefined) c[k] = v;
    }
    if (withInfra) c.baseInfraFee = amount();
    else c.grossFloorAreaM2 = `${int(5000)}.${int(10)}`;
    if (rnd() < 0.6) c.baseLandTransferFee = amount();
    return c;
  };
  const construction = () => {
    const shared = rnd() < 0.25;
    const n = 1 + int(4);
    const input = { enterprise: { inZone: rnd() < 0.8 }, components: Array.from({ length: n }, (_, i) => component(i, !shared)) };
    const ind = flag();
    if (ind !== undefined) input.enterprise.industrial = ind;
    if (shared) input.projectBaseInfraFee = amount();
    return input;
  };
  const date = () => `20${19 + int(8)}-${String(1 + int(12)).padStart(2, "0")}-${String(1 + int(28)).padStart(2, "0")}`;
  const params = () => {
    const p = {};
    if (rnd() < 0.3) p.infraFeeWaiverExtendOrNew = ratio();
    if (rnd() < 0.2) p.halvingRequiresCapacityUpgrade = true;
    if (rnd() < 0.2) p.mainlyThreshold = ratio();
    if (rnd() < 0.2) p.rewardRatio = ratio();
    return p;
  };
  const rules = {
    "art-11.f": construction,
    "art-11.g": construction,
    "art-10.b": () => ({ countyRetained: amount(), provisions: amount(), spentOnInfrastructure: amount(), spentOnLandDevelopment: amount() }),
    "art-17.a": () => ({ rebates: Array.from({ length: int(4) }, () => ({ kind: pick(["TAX_REBATE", "LAND_PREMIUM_REBATE"]), amount: amount() })), transferredToZone: amount() }),
    "art-06.b": () => {
      const h = int(1e9 + 1);
      return {
        coBuiltParkId: "K", productionStartDate: date(), hostPartyId: "H",
        revenue: Array.from({ length: int(5) }, () => ({ date: date(), countyRetainedAmount: amount() })),
        agreement: rnd() < 0.3 ? null : { ratios: [{ partyId: "H", ratio: `0.${String(h).padStart(9, "0")}`.replace("0.1000000000", "1") }, { partyId: "P", ratio: `0.${String(1e9 - h).padStart(9, "0")}`.replace("0.1000000000", "1") }] },
      };
    },
    "art-04.d": () => ({
      fund: rnd() < 0.2 ? null : { ratio: ratio(), ...(rnd() < 0.3 ? { perAwardCap: amount() } : {}) },
      projectId: "P", personId: pick(["A", "B", "C"]), contributors: ["A", "B", "C"].slice(0, 1 + int(3)),
      fundsInPlace: Array.from({ length: int(3) }, (_, i) => ({ year: 2019 + i, amount: amount() })),
    }),
  };
  return { rnd, int, pick, rules, params, construction };
}

/** The native answer through the CLI, or its error line. */
function native(args, input) {
  const r = spawnSync(devzoneBin(), args, { input: JSON.stringify(input), encoding: "utf8" });
  if (r.status === 0) return { ok: JSON.parse(r.stdout) };
  return { err: r.stderr.trim() };
}

let bin = null;
function devzoneBin() {
  if (bin) return bin;
  bin = path.join(root, "target/debug/devzone");
  if (!existsSync(bin)) {
    const b = spawnSync("cargo", ["build", "-q", "-p", "devzone-cli"], { cwd: root, stdio: "inherit" });
    assert.equal(b.status, 0, "cargo build -p devzone-cli failed");
  }
  return bin;
}

/** The wasm answer, or the error line the CLI would print for it. */
function wasm(call) {
  try {
    return { ok: call() };
  } catch (e) {
    assert.equal(e.name, "DevzoneError", `not a DevzoneError (a trap?): ${e}`);
    const [error, help] = { zh: ["错误", "提示"], ko: ["오류", "도움말"], en: ["error", "help"] }[e.lang];
    return { err: `${error}: ${e.message}\n${help}: ${e.help}` };
  }
}

test("native and wasm agree on 240 generated money inputs (fixed seed)", () => {
  const g = generator(20260411);
  const ids = Object.keys(g.rules);
  let answers = 0;
  for (let i = 0; i < 240; i++) {
    const rule = ids[i % ids.length];
    const input = g.rules[rule]();
    const params = g.params();
    const lang = g.pick(["zh", "en", "ko"]);
    const options = { lang, params };
    const paramsFile = path.join(root, `target/parity-params-${process.pid}.json`);
    writeFileSync(paramsFile, JSON.stringify(params));
    const n = native(["eval", rule, "--input", "-", "--lang", lang, "--params", paramsFile], input);
    const w = wasm(() => pkg.evaluate(rule, input, options));
    rmSync(paramsFile);
    assert.deepStrictEqual(w, n, `${rule} #${i}: ${JSON.stringify(input)} ${JSON.stringify(params)}`);
    if (n.ok) answers++;
  }
  for (let i = 0; i < 60; i++) {
    const input = g.construction();
    const lang = g.pick(["zh", "en", "ko"]);
    const n = native(["fees", "--input", "-", "--json", "--lang", lang], input);
    const w = wasm(() => pkg.fees(input, { lang }));
    assert.deepStrictEqual(w, n, `fees #${i}: ${JSON.stringify(input)}`);
    if (n.ok) answers++;
  }
  // Most generated inputs are valid: the comparison is mostly of answers, not of errors.
  assert.ok(answers > 200, `only ${answers} of 300 generated inputs answered`);
});
