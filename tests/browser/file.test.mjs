// The demo page opened from disk (file://): browsers run no module script there, so the engine
// never starts; the page says to open it through a server, in the browser's language, instead
// of "Loading…" for ever (www/boot.js).
//
//   node --test tests/browser/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, CHROMIUM } from './server.mjs';

test('opened from file://, the page says to use a server', async (t) => {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  t.after(() => browser.close());
  const url = pathToFileURL(path.join(ROOT, 'www', 'index.html')).href;
  for (const [locale, words] of [
    ['en-US', /^Open this page through a web server/],
    ['zh-CN', /^请通过网页服务器打开本页/],
    ['ko-KR', /^이 페이지는 웹서버/],
  ]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#status[data-state="failed"]');
    assert.match(await page.locator('#status').innerText(), words, locale);
    await context.close();
  }
});
