import { CHROMIUM, startServer } from './server.mjs';
const { server, baseUrl } = await startServer();
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  await page.waitForSelector('html[data-ready="true"]');
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((r) => [r.name.split('/').slice(-1)[0], Math.round(r.startTime), Math.round(r.responseEnd), r.transferSize]);
    const marks = performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]);
    return { nav: [Math.round(nav.responseStart), Math.round(nav.responseEnd), Math.round(nav.domInteractive), Math.round(nav.domContentLoadedEventStart), Math.round(nav.domContentLoadedEventEnd)], res, marks };
  });
  if (i > 0) console.log(JSON.stringify(t));
  await context.close();
}
await browser.close(); server.close(); server.closeAllConnections();
