// The packed package in a scratch project, as a portal developer uses it: `npm pack` of pkg/,
// installed from the tarball into target/npm-packed/ (a project of its own, inside the
// repository so that vite, vitest, typescript and playwright-core come from the workspace's
// devDependencies: nothing is downloaded), then the same `import init, { evaluate } from
// "devzone-rules"` code in Node ESM, CommonJS, vitest, a Vite build run in Chromium under the
// README's Content-Security-Policy (and refused without 'wasm-unsafe-eval'), Vite's SSR (dev
// `ssrLoadModule` and an `--ssr` build run by Node), and the npm README's TypeScript example,
// type-checked for Node (nodenext) and bundlers and run.
//
// Run: node --test tests/package/   (after `cargo xtask pkg`; `cargo xtask ci` runs it)

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgDir = path.resolve(process.env.DEVZONE_PKG ?? path.join(root, "pkg"));
const work = path.join(root, "target", "npm-packed");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Runs a command in the scratch project; its stdout, or the failure with both streams. */
function run(program, args, options = {}) {
  try {
    return execFileSync(program, args, { cwd: work, encoding: "utf8", stdio: "pipe", ...options });
  } catch (e) {
    throw new Error(`${program} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

function put(file, text) {
  mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  writeFileSync(path.join(work, file), text);
}

const RULE_18C = `evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "en" })`;

before(() => {
  assert.ok(existsSync(path.join(pkgDir, "package.json")), "pkg/ is missing: run `cargo xtask pkg` first");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const [packed] = JSON.parse(run("npm", ["pack", pkgDir, "--pack-destination", work, "--json"]));
  const files = packed.files.map((f) => f.path);
  for (const f of ["package.json", "README.md", "web/devzone_rules_wasm.js", "web/devzone_rules_wasm_bg.wasm",
    "node/devzone_rules_wasm.js", "node/devzone_rules_wasm.mjs", "node/devzone_rules_wasm.d.mts", "schemas/art-18.c.json"]) {
    assert.ok(files.includes(f), `the tarball lacks ${f}`);
  }
  put("package.json", JSON.stringify({
    name: "devzone-scratch",
    private: true,
    type: "module",
    dependencies: { "devzone-rules": `file:./${packed.filename}` },
  }, null, 2));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"]);
  assert.ok(existsSync(path.join(work, "node_modules", "devzone-rules", "package.json")), "not installed");
});

test("Node ESM: the default export is init, named exports answer, errors are DevzoneErrors", () => {
  put("esm.mjs", `
import init, { evaluate, initSync, DevzoneError, isDevzoneError } from "devzone-rules";
await init();
initSync();
const a = ${RULE_18C};
let e;
try { evaluate("art-18.c", { issueDate: "2019-02-30", asOf: "2019-09-01" }); } catch (x) { e = x; }
console.log(JSON.stringify({ outcome: a.outcome, due: a.due, instance: e instanceof DevzoneError,
  guard: isDevzoneError(e), code: e.code, path: e.path, name: e.name }));
`);
  assert.deepEqual(JSON.parse(run("node", ["esm.mjs"])), {
    outcome: "OVERDUE", due: "2019-12-01", instance: true, guard: true,
    code: "INVALID_INPUT", path: "input.issueDate", name: "DevzoneError",
  });
});

test("Node CommonJS: require gives the same API, default and initSync included", () => {
  put("cjs.cjs", `
const devzone = require("devzone-rules");
const { evaluate, DevzoneError } = devzone;
devzone.initSync();
devzone.default().then(() => {
  let e;
  try { evaluate("art-99.z", {}); } catch (x) { e = x; }
  console.log(JSON.stringify({ outcome: ${RULE_18C}.outcome, unknown: e instanceof DevzoneError && e.code }));
});
`);
  assert.deepEqual(JSON.parse(run("node", ["cjs.cjs"])), { outcome: "OVERDUE", unknown: "UNKNOWN_RULE" });
});

test("vitest: the browser code runs unchanged", () => {
  put("vitest.config.js", `export default { test: { include: ["tests/**/*.test.js"] } };\n`);
  put("tests/answer.test.js", `
import { test, expect } from "vitest";
import init, { evaluate, DevzoneError, isDevzoneError } from "devzone-rules";

test("art-18.c after init()", async () => {
  await init();
  const a = ${RULE_18C};
  expect(a.outcome).toBe("OVERDUE");
  expect(a.daysOverdue).toBe(1);
  expect(() => evaluate("art-18.c", { issueDate: "2019-02-30", asOf: "2019-09-01" })).toThrow(DevzoneError);
  try { evaluate("art-14.a", {}); } catch (e) { expect(isDevzoneError(e) && e.code).toBe("NOT_EVALUABLE"); }
});
`);
  const out = run(bin("vitest"), ["run", "--config", "vitest.config.js"], { env: { ...process.env, CI: "true", NO_COLOR: "1" } });
  assert.match(out, /1 passed/);
});

test("Vite SSR: ssrLoadModule in the dev server, and an --ssr build run by Node", async () => {
  put("src/entry-server.js", `
import init, { evaluate, labels } from "devzone-rules";
export async function render() {
  await init();
  const a = ${RULE_18C};
  return \`<p>\${labels("en").enums.Outcome[a.outcome]} \${a.due}</p>\`;
}
`);
  const { createServer: createVite } = await import("vite");
  const vite = await createVite({
    root: work, configFile: false, logLevel: "silent", appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const mod = await vite.ssrLoadModule("/src/entry-server.js");
    assert.equal(await mod.render(), "<p>overdue 2019-12-01</p>");
  } finally {
    await vite.close();
  }
  run(bin("vite"), ["build", "--ssr", "src/entry-server.js", "--outDir", "dist-ssr", "--logLevel", "warn"]);
  put("render.mjs", `import { render } from "./dist-ssr/entry-server.js"; console.log(await render());\n`);
  assert.equal(run("node", ["render.mjs"]).trim(), "<p>overdue 2019-12-01</p>");
});

test("Vite build: the page runs in Chromium under script-src 'self' 'wasm-unsafe-eval', and not without it", async (t) => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (cargo xtask setup, or set CHROMIUM_PATH)`);
  put("index.html", `<!doctype html>
<html><head><meta charset="utf-8"><title>scratch</title><script type="module" src="/src/main.js"></script></head>
<body><p id="out">loading</p></body></html>
`);
  put("src/main.js", `
import init, { evaluate } from "devzone-rules";
const out = document.getElementById("out");
try {
  await init();
  out.textContent = ${RULE_18C}.outcome;
} catch (e) {
  out.textContent = "init failed: " + e.name;
}
`);
  run(bin("vite"), ["build", "--outDir", "dist", "--logLevel", "warn"]);
  const assets = readdirSync(path.join(work, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `no .wasm among the built assets: ${assets.join(", ")}`);

  const dist = path.join(work, "dist");
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  let policy = "";
  const server = createServer(async (req, res) => {
    const rel = new URL(req.url, "http://x").pathname;
    const file = path.resolve(dist, `.${rel === "/" ? "/index.html" : rel}`);
    if (!file.startsWith(dist + path.sep)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream",
        "content-security-policy": policy });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  t.after(() => browser.close());
  const outcome = async (csp) => {
    policy = csp;
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById("out").textContent !== "loading");
    const text = await page.textContent("#out");
    await page.close();
    return text;
  };
  assert.equal(await outcome("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"), "OVERDUE");
  assert.equal(await outcome("default-src 'self'; script-src 'self'; connect-src 'self'"), "init failed: CompileError");
});

test("TypeScript: the npm README's example type-checks for Node (nodenext) and bundlers, and runs", () => {
  const readme = readFileSync(path.join(work, "node_modules", "devzone-rules", "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 1, "expected one ```ts block in the package README");
  put("ts/readme.mts", `${blocks[0]}\nexport {};\n`);
  // What the README promises besides: init is callable from ESM in Node, errors narrow.
  put("ts/extra.mts", `
import init, { evaluate, DevzoneError, type AnswerOf, type ErrorCode } from "devzone-rules";
const ready: Promise<unknown> = init();
const a: AnswerOf<"art-18.c"> = ${RULE_18C};
const done: "MET_ON_TIME" | "MET_LATE" | "OVERDUE" | "PENDING" = a.outcome;
// @ts-expect-error art-18.c never answers TRIGGERED
const never: typeof a.outcome = "TRIGGERED";
try { evaluate("art-18.c", { issueDate: "2019-02-30" }); } catch (e) {
  if (e instanceof DevzoneError) { const code: ErrorCode = e.code; const p: string = e.path; void [code, p]; }
}
export const used = [ready, done, never];
`);
  const base = {
    target: "ES2022", strict: true, skipLibCheck: false, types: [], lib: ["ES2022", "DOM"],
    noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
  };
  put("tsconfig.node.json", JSON.stringify({
    compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext", outDir: "ts-out" },
    include: ["ts/*.mts"],
  }));
  put("tsconfig.bundler.json", JSON.stringify({
    compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler", noEmit: true },
    include: ["ts/*.mts"],
  }));
  run(bin("tsc"), ["-p", "tsconfig.bundler.json"]);
  run(bin("tsc"), ["-p", "tsconfig.node.json"]);
  assert.equal(run("node", [path.join("ts-out", "readme.mjs")]), "yellow card\nINVALID_INPUT input.issueDate\n");
});
