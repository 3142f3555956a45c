// How soon the demo page can evaluate: Chromium loads www/ from a local static server (the
// package's web build at /pkg/), and the page marks `devzone-init` when the engine is compiled
// and instantiated and `devzone-ready` when it can evaluate (www/app.js). Each load is a fresh
// browser context (nothing cached). Prints the median and range over the loads.
//
//   cargo xtask pkg && node tests/bench/page.bench.mjs [--loads 15]
//
// Not a test: figures and history in docs/benchmarks.md.
import { existsSync } from 'node:fs';
import { CHROMIUM, startServer } from '../browser/server.mjs';

const loadsArg = process.argv.indexOf('--loads');
const LOADS = loadsArg > 0 ? Number(process.argv[loadsArg + 1]) : 15;
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}`);
  process.exit(2);
}
const { server, baseUrl } = await startServer();
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const rows = [];
try {
  for (let i = 0; i < LOADS + 1; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    await page.waitForSelector('html[data-ready="true"]');
    const t = await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return { domContentLoaded: nav.domContentLoadedEventEnd, init: at('devzone-init'), ready: at('devzone-ready') };
    });
    await context.close();
    if (i > 0) rows.push(t); // the first load warms the browser process up
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
const stat = (k) => {
  const v = rows.map((r) => r[k]).sort((a, b) => a - b);
  return `${v[Math.floor(v.length / 2)].toFixed(1)} ms (${v[0].toFixed(1)}–${v[v.length - 1].toFixed(1)})`;
};
console.log(`page ready, ${rows.length} fresh loads, ms after navigation start, median (range):`);
console.log(`  DOMContentLoaded  ${stat('domContentLoaded')}`);
console.log(`  engine ready      ${stat('init')}   (wasm fetched, compiled, instantiated)`);
console.log(`  page ready        ${stat('ready')}   (rulebook and labels read, forms enabled)`);
