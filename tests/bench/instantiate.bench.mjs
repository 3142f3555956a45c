// What the packed data costs at instantiation: two modules compiled, then instantiated, each in
// a fresh Chromium context (nothing cached), alternating; and each instantiated once in a fresh
// Node process, alternating. Prints the medians. By default A is the web build's module as it
// was before its data was packed (`target/pkg-data/web.unpacked.wasm`, kept by `cargo xtask
// pkg`) and B the packed one (`pkg/web`): the same code, so the difference is the unpacking
// alone. Imports are stand-ins that throw: only the module's own start runs.
//
//   cargo xtask pkg && node tests/bench/instantiate.bench.mjs [A.wasm B.wasm] [--runs 15]
//
// Not a test: figures and history in docs/benchmarks.md ("2026-12-06, tenth session").
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, ROOT } from '../browser/server.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
const files = args.filter((a, i) => a.endsWith('.wasm') && i !== runsAt + 1);
const [fileA, fileB] = files.length === 2
  ? files
  : [path.join(ROOT, 'target', 'pkg-data', 'web.unpacked.wasm'), path.join(ROOT, 'pkg', 'web', 'devzone_rules_wasm_bg.wasm')];
for (const f of [fileA, fileB]) {
  if (!existsSync(f)) {
    console.error(`${f} not found: run \`cargo xtask pkg\` first, or give two modules`);
    process.exit(2);
  }
}

// In a page: fetch and compile, then time the instantiation alone.
const PAGE_JS = `window.instantiate = async (url) => {
  const module = await WebAssembly.compileStreaming(fetch(url));
  const imports = {};
  for (const i of WebAssembly.Module.imports(module)) {
    (imports[i.module] ??= {})[i.name] = () => { throw new Error('import called'); };
  }
  const t = performance.now();
  await WebAssembly.instantiate(module, imports);
  return performance.now() - t;
};`;
// In a Node process: the same, printed.
const NODE_JS = `const m = new WebAssembly.Module(require('fs').readFileSync(process.argv[1]));
const imports = {};
for (const i of WebAssembly.Module.imports(m)) (imports[i.module] ??= {})[i.name] = () => { throw new Error('import called'); };
const t = performance.now();
new WebAssembly.Instance(m, imports);
console.log(performance.now() - t);`;

const bodies = { '/a.wasm': readFileSync(fileA), '/b.wasm': readFileSync(fileB) };
const server = createServer((req, res) => {
  if (bodies[req.url]) {
    res.writeHead(200, { 'content-type': 'application/wasm' });
    res.end(bodies[req.url]);
  } else if (req.url === '/i.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(PAGE_JS);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><script src="/i.js"></script>');
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const times = { chromium: { a: [], b: [] }, node: { a: [], b: [] } };
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const k of ['a', 'b']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(base + '/');
      times.chromium[k].push(await page.evaluate((url) => window.instantiate(url), `/${k}.wasm`));
      await context.close();
      const file = k === 'a' ? fileA : fileB;
      times.node[k].push(Number(execFileSync(process.execPath, ['-e', NODE_JS, file], { encoding: 'utf8' })));
    }
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}

const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
const range = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
console.log(`A ${path.relative(process.cwd(), fileA)}\nB ${path.relative(process.cwd(), fileB)}\n${RUNS} instantiations each, alternating:`);
for (const where of ['chromium', 'node']) {
  const { a, b } = times[where];
  console.log(
    `  ${where.padEnd(8)} A ${median(a).toFixed(1)} ms (${range(a)})   B ${median(b).toFixed(1)} ms (${range(b)})   B − A ${(median(b) - median(a)).toFixed(1)} ms`,
  );
}
