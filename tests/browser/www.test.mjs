// Browser test of the static demo page (www/) with the package's web build (pkg/web/) at /pkg/
// and the example registers (examples/) at /examples/.
//
//   cargo xtask pkg && node --test tests/browser/
//
// Serves both folders from a node:http server on a free port, drives /usr/bin/chromium through
// playwright-core, and checks the two forms, the zone summary, the language switch, the error box, console
// cleanliness and that the Content-Security-Policy is in force. Set WWW_SCREENSHOT=/tmp/www.png
// to also save a full-page screenshot (WWW_SCREENSHOT_NARROW: the same at 360px), and
// WWW_SCREENSHOT_ZONE / WWW_SCREENSHOT_ZONE_NARROW for the zone summary section alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, PKG_WEB, CHROMIUM, startServer } from './server.mjs';

const SOURCE_TEXT = path.join(ROOT, 'core', 'data', 'source-zh.txt');

test('www demo page evaluates art-18.c and art-16.b in Chromium under its CSP', async (t) => {
  const glue = path.join(PKG_WEB, 'devzone_rules_wasm.js');
  const wasm = path.join(PKG_WEB, 'devzone_rules_wasm_bg.wasm');
  assert.ok(
    existsSync(glue) && existsSync(wasm),
    `the package's web build is missing (${path.relative(ROOT, glue)} or ${path.relative(ROOT, wasm)}): run \`cargo xtask pkg\` first`,
  );
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const sourceText = await readFile(SOURCE_TEXT, 'utf8');

  const { server, baseUrl } = await startServer();
  t.after(async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
  });

  // The server answers, with the right types, before a browser is started.
  for (const [urlPath, type] of [
    ['/', 'text/html'],
    ['/app.js', 'text/javascript'],
    ['/style.css', 'text/css'],
    ['/pkg/devzone_rules_wasm.js', 'text/javascript'],
    ['/pkg/devzone_rules_wasm_bg.wasm', 'application/wasm'],
    ['/examples/yanbian-register.json', 'application/json'],
  ]) {
    const res = await fetch(baseUrl + urlPath);
    assert.equal(res.status, 200, `GET ${urlPath}`);
    assert.ok(res.headers.get('content-type').startsWith(type), `GET ${urlPath}: ${res.headers.get('content-type')}`);
    await res.arrayBuffer();
  }
  assert.equal((await fetch(`${baseUrl}/../Cargo.toml`)).status, 404);
  assert.equal((await fetch(`${baseUrl}/pkg/%2e%2e/%2e%2e/Cargo.toml`)).status, 404);
  assert.equal((await fetch(`${baseUrl}/examples/%2e%2e/Cargo.toml`)).status, 404);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  t.after(() => browser.close());
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();

  // Everything the page says on the console, uncaught errors, failed requests and CSP violations.
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const cspViolations = () => page.evaluate(() => window.__cspViolations.slice());

  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('html[data-ready]');
  assert.equal(
    await page.getAttribute('html', 'data-ready'),
    'true',
    `the page could not load the engine: ${await page.textContent('#status')}`,
  );
  const outside = problems.filter((p) => p.includes('/pkg/') || p.includes('.wasm'));
  assert.deepEqual(outside, [], 'loading the package');

  const text = (sel) => page.locator(sel).innerText();
  const r18 = (field) => text(`#result-18 [data-field="${field}"]`);
  const r16 = (field) => text(`#result-16 [data-field="${field}"]`);
  const rz = (field) => text(`#result-zone [data-field="${field}"]`);
  const permission = (action, field) => text(`#result-zone tr[data-action="${action}"] [data-field="${field}"]`);
  const finding = (ruleId) => page.locator(`#result-zone .finding[data-rule-id="${ruleId}"]`);
  const zoneSection = page.locator('section[aria-labelledby="s3-title"]');

  await t.test('accessibility basics', async () => {
    const unlabeled = await page.evaluate(() =>
      [...document.querySelectorAll('input, textarea, select')]
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
        .map((el) => el.id || el.name),
    );
    assert.deepEqual(unlabeled, [], 'form controls without a label');
    for (const id of ['result-18', 'result-16', 'result-zone', 'z-loaded']) {
      assert.equal(await page.getAttribute(`#${id}`, 'aria-live'), 'polite', `#${id} aria-live`);
    }
    for (const id of ['error-18', 'error-16', 'error-zone']) {
      assert.equal(await page.getAttribute(`#${id}`, 'role'), 'alert', `#${id} role`);
    }
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  });

  await t.test('art-18.c: overdue, then met on time', async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.fill('#issue-date', '2019-06-01');
    await page.fill('#adopted-date', '');
    await page.fill('#as-of', '2019-12-02');
    await page.click('#form-18 button[type="submit"]');
    await page.waitForSelector('#result-18 [data-outcome="OVERDUE"]');
    assert.equal(await r18('outcomeLabel'), 'overdue');
    assert.equal(await r18('due'), '2019-12-01');
    assert.equal(await r18('daysOverdue'), '1');
    const reasons = await r18('reasons');
    assert.match(reasons, /due by 2019-12-01/);
    assert.match(reasons, /IMPL_MEASURES_OVERDUE/);
    const quote = await r18('quote');
    assert.match(quote, /6个月内/);
    assert.ok(sourceText.includes(quote.trim()), `the quote shown is not verbatim in the source: ${quote}`);
    assert.match(await r18('rendering'), /within 6 months/);
    assert.match(await r18('clauseHeading'), /十八/);
    assert.match(await r18('paramsUsed'), /implMeasuresMonths\s*6/);
    assert.equal(await r18('citation'), 'YB-DZ-OPINIONS/art-18.c');
    assert.match(await r18('rulebookVersion'), /^\d+\.\d+\.\d+$/);
    assert.equal(await page.locator('#error-18').isVisible(), false);

    await page.fill('#adopted-date', '2019-12-01');
    await page.click('#form-18 button[type="submit"]');
    await page.waitForSelector('#result-18 [data-outcome="MET_ON_TIME"]');
    assert.equal(await r18('outcomeLabel'), 'met on time');
    assert.equal(await r18('due'), '2019-12-01');
  });

  await t.test('language switch to Korean relabels the page and re-renders the answer', async () => {
    await page.getByRole('radio', { name: '조선어' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    assert.equal((await text('label[for="issue-date"]')).trim(), '인쇄발행일');
    assert.equal((await text('#form-18 button[type="submit"]')).trim(), '평가하기');
    await page.waitForSelector('#result-18 [data-outcome="MET_ON_TIME"]');
    assert.equal(await r18('outcomeLabel'), '기한 내 완료');
    assert.match(await r18('reasons'), /[\uac00-\ud7a3]/, 'reasons in Korean');
    assert.match(await r18('rendering'), /6개월/);
  });

  await t.test('art-16.b: 2020 compliant, 2021 non-compliant', async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.fill('#m-issue-date', '2019-06-01');
    await page.fill('#m-year', '2020');
    await page.fill('#m-meetings', '2020-03-01\n2020-11-01');
    await page.fill('#m-as-of', '');
    await page.click('#form-16 button[type="submit"]');
    await page.waitForSelector('#result-16 [data-outcome="COMPLIANT"]');
    assert.equal(await r16('outcomeLabel'), 'compliant');
    assert.equal(await r16('countRequired'), '2 / 2');
    assert.equal(await r16('firstHalf'), '1');
    assert.equal(await r16('secondHalf'), '1');
    assert.equal(await r16('counted'), '2020-03-01, 2020-11-01');
    assert.match(await r16('reasons'), /MEETINGS_COUNT_MET/);
    const quote = await r16('quote');
    assert.match(quote, /2 次以上联席工作会议/);
    assert.ok(sourceText.includes(quote.trim()), `the quote shown is not verbatim in the source: ${quote}`);

    await page.fill('#m-year', '2021');
    await page.fill('#m-meetings', '2021-05-10');
    await page.click('#form-16 button[type="submit"]');
    await page.waitForSelector('#result-16 [data-outcome="NON_COMPLIANT"]');
    assert.equal(await r16('outcomeLabel'), 'not compliant');
    assert.equal(await r16('countRequired'), '1 / 2');
    assert.match(await r16('reasons'), /held only 1 joint work meeting/);
  });

  await t.test('ambiguity ids in an answer open their entry in the page language', async () => {
    // The art-16.b answer above relies on AMB-31: its id is a link to the register below.
    const link = page.locator('#result-16 [data-field="ambiguities"] a.amb-link[data-amb="AMB-31"]');
    assert.equal(await link.innerText(), 'AMB-31');
    const entry = page.locator('#amb-AMB-31');
    assert.equal(await entry.evaluate((d) => d.open), false);
    await link.click();
    await page.waitForFunction(() => document.getElementById('amb-AMB-31')?.open === true);
    assert.equal(await page.evaluate(() => location.hash), '#amb-AMB-31');
    assert.match(await entry.locator('[data-field="ambQuestion"]').innerText(), /regularly/);
    assert.match(await entry.locator('[data-field="ambReading"]').innerText(), /meetingsRequireSpread: false/);
    assert.match(await entry.locator('[data-field="ambParams"]').innerText(), /meetingsRequireSpread/);
    // The whole register is on the page, and the form's label links AMB-31 too.
    const ids = await page.locator('#amb-list details.amb-entry').evaluateAll((ds) => ds.map((d) => d.dataset.amb));
    assert.ok(ids.length >= 45 && ids.includes('AMB-12b') && ids.includes('AMB-43'), `entries: ${ids.length}`);
    assert.equal(await page.locator('label[for="m-spread"] a.amb-link[data-amb="AMB-31"]').count(), 1);
    // In Korean the open entry stays open, in Korean.
    await page.getByRole('radio', { name: '조선어' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    assert.equal(await entry.evaluate((d) => d.open), true);
    assert.match(await entry.locator('[data-field="ambQuestion"]').innerText(), /[\uac00-\ud7a3]/);
    assert.match(await text('#s4-title'), /모호성/);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  await t.test('art-16.b: the placeholder is an example, and no meeting given is unknown unless the list is complete', async () => {
    assert.match(await page.getAttribute('#m-meetings', 'placeholder'), /^Example only, not data:/);
    await page.fill('#m-year', '2021');
    await page.fill('#m-meetings', '');
    await page.click('#form-16 button[type="submit"]');
    await page.waitForSelector('#result-16 [data-outcome="UNKNOWN"]');
    assert.match(await r16('reasons'), /MEETINGS_NONE_GIVEN/);
    await page.check('#m-complete');
    await page.click('#form-16 button[type="submit"]');
    await page.waitForSelector('#result-16 [data-outcome="NON_COMPLIANT"]');
    await page.uncheck('#m-complete');
  });

  await t.test('errors show in the error box and the page keeps working', async () => {
    // An impossible date typed into the meetings text field.
    await page.fill('#m-meetings', '2021-02-30\n2021-09-01');
    await page.click('#form-16 button[type="submit"]');
    await page.waitForSelector('#error-16:not([hidden])');
    // Every problem at once (`validate`), each under its field and in the list.
    assert.equal(await text('#error-16 [data-field="errorMessage"]'), 'Problems found: 1');
    const problem = '#error-16 .problem[data-path="input.meetings[0].date"]';
    // The engine's `quoted` names and values are shown as code, without the backticks.
    assert.equal(
      await text(`${problem} > p`),
      'invalid value: 2021-02 has 28 days; expected a calendar date YYYY-MM-DD; got "2021-02-30"',
    );
    assert.equal(await text(`${problem} > p code >> nth=0`), 'YYYY-MM-DD');
    assert.equal(await text(`${problem} [data-field="errorCode"]`), 'INVALID_INPUT · INVALID_VALUE');
    assert.equal(await text(`${problem} [data-field="errorPath"]`), 'input.meetings[0].date');
    assert.equal(await text(`${problem} [data-field="errorGot"]`), '"2021-02-30"');
    assert.equal(await page.locator('#m-meetings').getAttribute('aria-invalid'), 'true');
    assert.match(await text('#form-16 .field-error[data-path="input.meetings[0].date"]'), /28 days/);
    assert.equal(await page.locator('#result-16 [data-outcome]').count(), 0, 'no stale answer beside the error');
    // Two bad fields: both are marked, in the page's language.
    await page.fill('#m-year', '0');
    await page.getByRole('radio', { name: '中文' }).check();
    await page.click('#form-16 button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#error-16 [data-field="errorMessage"]')?.textContent === '发现 2 个问题');
    assert.equal(await page.locator('#m-year').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#m-meetings').getAttribute('aria-invalid'), 'true');
    assert.match(await text('#form-16 .field-error[data-path="input.meetings[0].date"]'), /只有 28 天/);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.fill('#m-year', '2021');

    await page.fill('#m-meetings', '2021-02-28\n2021-09-01');
    await page.click('#form-16 button[type="submit"]');
    await page.waitForSelector('#result-16 [data-outcome="COMPLIANT"]');
    assert.equal(await page.locator('#error-16').isVisible(), false);
    assert.equal(await page.locator('#form-16 [aria-invalid="true"]').count(), 0, 'the marks are gone');

    // Neither the adoption date nor the as-of date.
    await page.fill('#adopted-date', '');
    await page.fill('#as-of', '');
    await page.click('#form-18 button[type="submit"]');
    await page.waitForSelector('#error-18:not([hidden])');
    assert.equal(
      await text('#error-18 .problem[data-path="input"] > p'),
      'required field missing: expected asOf or adoptedDate (or both)',
    );
    // An empty issuance date is a missing field.
    await page.fill('#issue-date', '');
    await page.fill('#as-of', '2019-10-01');
    await page.click('#form-18 button[type="submit"]');
    await page.waitForSelector('#error-18 .problem[data-path="input.issueDate"]');
    assert.equal(await text('#error-18 .problem[data-path="input.issueDate"] > p'), 'required field missing');
    assert.equal(await page.locator('#issue-date').getAttribute('aria-invalid'), 'true');

    await page.fill('#issue-date', '2019-06-01');
    await page.click('#form-18 button[type="submit"]');
    await page.waitForSelector('#result-18 [data-outcome="PENDING"]');
    assert.equal(await page.locator('#error-18').isVisible(), false);
    assert.equal(await r18('daysRemaining'), '61');
  });

  await t.test('zone summary: the example register, TM-EDZ as of 2023-06-30', async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    assert.equal(await page.locator('#form-zone button[type="submit"]').isDisabled(), true, 'no register yet');
    await page.click('#z-example');
    await page.waitForSelector('#z-loaded[data-state="loaded"]');
    assert.match(await text('#z-loaded'), /the example register: 15 zones, 8 counties/);
    // The example register's output opens with the notice that it is an example with made-up
    // records, and shows its own description on request (issue 8).
    const notice = page.locator('#result-zone > [data-field="exampleNotice"]');
    assert.equal(await notice.count(), 1, 'the notice is shown as soon as the example is loaded');
    assert.match(await notice.innerText(), /^Note: this is computed from the example register\. It is an example that contains made-up records/);
    const about = page.locator('#result-zone [data-field="registerAbout"]');
    assert.equal(await about.getAttribute('open'), null, 'the description is shown on request');
    await about.locator('summary').click();
    assert.match(await about.locator('[data-field="registerDescription"]').innerText(), /^Example zone register for devzone-rules/);
    assert.equal(await about.locator('[data-field="exampleDescription"]').count(), 0, 'in English the file\u2019s own words alone');
    assert.equal(await about.locator('[data-field="registerIssueDate"]').innerText(), 'Issue date: 2019-06-01 (hypothetical)');
    assert.equal(await page.locator('#z-zone option').count(), 15);
    assert.equal(await page.locator('#z-zone option[value="TM-EDZ"]').innerText(), 'Tumen Economic Development Zone (TM-EDZ)');
    await page.selectOption('#z-zone', 'TM-EDZ');
    await page.fill('#z-as-of', '2023-06-30');
    await page.click('#form-zone button[type="submit"]');
    await page.waitForSelector('#result-zone [data-field="zoneId"]');
    assert.equal(
      await page.evaluate(() => document.querySelector('#result-zone').firstElementChild?.dataset.field),
      'exampleNotice',
      'the summary of the example register opens with the notice',
    );
    // Findings resting on made-up records are marked; a finding on facts alone is not.
    assert.equal(await finding('art-14.e').locator('[data-field="illustrative"]').innerText(), '[illustrative]');
    assert.equal(await finding('art-14.e').getAttribute('data-illustrative'), 'true');
    assert.equal(await finding('pre.a').locator('[data-field="illustrative"]').count(), 0);
    assert.equal(await finding('pre.a').getAttribute('data-illustrative'), 'false');
    // A finding's ambiguity entries are links to the register (AMB-26 for art-14.e).
    assert.equal(await finding('art-14.e').locator('[data-field="ambiguities"] a.amb-link[data-amb="AMB-26"]').count(), 1);
    assert.match(await permission('EXPAND', 'decidedBy'), /\[illustrative\] art-14\.d/);
    assert.equal(await rz('zoneName'), '图们经济开发区');
    assert.equal(await rz('zoneId'), 'TM-EDZ');
    assert.equal(await rz('asOf'), '2023-06-30');
    assert.equal(await rz('assessmentYear'), '2021');
    assert.equal(await permission('EXPAND', 'actionLabel'), 'Expand the zone');
    assert.equal(await permission('EXPAND', 'allowed'), 'barred by this opinion');
    assert.equal(await page.getAttribute('#result-zone tr[data-action="EXPAND"] .verdict', 'data-allowed'), 'no');
    assert.match(await permission('EXPAND', 'decidedBy'), /art-14\.d/);
    // Nothing in the opinion grants an action: "not barred", never "yes" (issue 8).
    assert.equal(await permission('BE_ASSESSED', 'allowed'), 'not barred by this opinion (still subject to the usual approval)');
    assert.equal(await page.getAttribute('#result-zone tr[data-action="BE_ASSESSED"] .verdict', 'data-allowed'), 'yes');
    const triggered = finding('art-14.e');
    assert.equal(await triggered.count(), 1, 'a finding for art-14.e');
    assert.equal(await triggered.locator('[data-field="outcome"]').getAttribute('data-outcome'), 'TRIGGERED');
    assert.equal(await triggered.locator('[data-field="outcome"]').getAttribute('data-tone'), 'bad');
    assert.equal(await triggered.locator('[data-field="outcomeLabel"]').innerText(), 'triggered');
    assert.ok((await triggered.locator('[data-field="reasons"] li').count()) > 0, 'art-14.e has reasons');
    // The clause is collapsed; opening it shows the verbatim quote and the rendering.
    const details = triggered.locator('details.finding-clause');
    assert.equal(await details.getAttribute('open'), null);
    assert.equal(await triggered.locator('[data-field="quote"]').isVisible(), false);
    await details.locator('summary').click();
    const quote = await triggered.locator('[data-field="quote"]').innerText();
    assert.ok(quote.trim().length > 0 && sourceText.includes(quote.trim()), `the quote shown is not verbatim in the source: ${quote}`);
    assert.ok((await triggered.locator('[data-field="rendering"]').innerText()).length > 0);
    // A finding for a person to decide lists what to decide.
    assert.match(await finding('art-02.b').locator('[data-field="needsHuman"]').innerText(), /NOMINAL_FINDING_MISSING/);
    assert.equal(await page.locator('#error-zone').isVisible(), false);
  });

  await t.test('zone summary: Korean labels after a language switch', async () => {
    await page.getByRole('radio', { name: '조선어' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    assert.equal((await text('#s3-title')).trim(), '개발구 종합 현황');
    assert.equal((await text('label[for="z-zone"]')).trim(), '개발구');
    await page.waitForFunction(
      () => document.querySelector('#result-zone tr[data-action="EXPAND"] [data-field="actionLabel"]')?.textContent === '구역 확장',
    );
    assert.equal(await permission('EXPAND', 'allowed'), '본 의견이 금지함');
    assert.equal(await finding('art-14.e').locator('[data-field="outcomeLabel"]').innerText(), '발동');
    assert.match(await finding('art-14.e').locator('[data-field="reasons"]').innerText(), /[\uac00-\ud7a3]/, 'reasons in Korean');
    assert.equal(await finding('art-14.e').locator('details').getAttribute('open'), '', 'the opened clause stays open');
    assert.match(await finding('art-14.e').locator('[data-field="rendering"]').innerText(), /[\uac00-\ud7a3]/);
    assert.match(await text('#z-loaded'), /실례 등록부/);
    assert.match(await text('#result-zone [data-field="exampleNotice"]'), /^주의: 아래 결과는 실례 등록부로 계산한 것입니다/);
    assert.equal(await finding('art-14.e').locator('[data-field="illustrative"]').innerText(), '[실례]');
    // The example register's English description is given in Korean first, then as written.
    const aboutKo = page.locator('#result-zone [data-field="registerAbout"]');
    await aboutKo.locator('summary').click();
    assert.match(await aboutKo.locator('[data-field="exampleDescription"]').innerText(), /^이것은 devzone-rules의 실례 등록부입니다/);
    assert.match(await aboutKo.locator('[data-field="registerDescription"]').innerText(), /^Example zone register for devzone-rules/);
    assert.equal(await aboutKo.locator('[data-field="registerDescription"]').getAttribute('lang'), 'en');
    // The register's Korean zone names (nameKo) in the select and the title.
    assert.equal(await page.locator('#z-zone option[value="TM-EDZ"]').innerText(), '도문경제개발구 (TM-EDZ)');
    assert.equal(await text('#result-zone .zone-title-en'), '도문경제개발구');
    assert.match(await finding('art-14.e').locator('[data-field="reasons"]').innerText(), /도문경제개발구\(TM-EDZ\)/);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  await t.test('zone summary: a broken register file shows the field path, then the page works again', async () => {
    const register = JSON.parse(await readFile(path.join(ROOT, 'examples', 'yanbian-register.json'), 'utf8'));
    register.zones[3].level = 'BOGUS';
    await page.setInputFiles('#z-file', {
      name: 'broken-register.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(register)),
    });
    await page.waitForSelector('#error-zone:not([hidden])');
    // The message without the path it starts with (the path is its own fact, below), its
    // quoted values as code.
    assert.match(await text('#error-zone [data-field="errorMessage"]'), /^not one of the allowed values; expected one of NATIONAL, PROVINCIAL/);
    assert.equal(await text('#error-zone [data-field="errorMessage"] code >> nth=0'), 'NATIONAL');
    assert.equal(await text('#error-zone [data-field="errorPath"]'), 'input.register.zones[3].level');
    assert.equal(await text('#error-zone [data-field="errorCode"]'), 'INVALID_INPUT · UNKNOWN_VALUE');
    assert.equal(await page.locator('#result-zone .finding').count(), 0, 'no stale summary beside the error');
    assert.equal(await page.locator('#form-zone button[type="submit"]').isDisabled(), true);
    assert.equal(await page.locator('#z-zone option').count(), 0);

    // Not JSON at all.
    await page.setInputFiles('#z-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ zones: [') });
    await page.waitForFunction(() =>
      document.querySelector('#error-zone [data-field="errorMessage"]')?.textContent.startsWith('notes.json is not valid JSON'),
    );

    // A good register from a file, then a run.
    register.zones[3].level = 'PROVINCIAL';
    await page.setInputFiles('#z-file', {
      name: 'good-register.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(register)),
    });
    await page.waitForSelector('#z-loaded[data-state="loaded"]');
    assert.match(await text('#z-loaded'), /good-register\.json: 15 zones/);
    assert.equal(await page.locator('#error-zone').isVisible(), false);
    await page.selectOption('#z-zone', 'TM-EDZ');
    await page.fill('#z-as-of', '2023-06-30');
    await page.click('#form-zone button[type="submit"]');
    await page.waitForSelector('#result-zone .finding[data-rule-id="art-14.e"] [data-outcome="TRIGGERED"]');
    assert.match(await permission('EXPAND', 'decidedBy'), /art-14\.d/);
    // A register from a file is not called an example; its records still say what is made up,
    // and its description is there on request.
    assert.equal(await page.locator('#result-zone [data-field="exampleNotice"]').count(), 0);
    assert.equal(await page.locator('#result-zone [data-field="registerAbout"]').count(), 1);
    assert.equal(await finding('art-14.e').getAttribute('data-illustrative'), 'true');

    // An impossible as-of date is the engine's to report; the register stays loaded.
    await page.selectOption('#z-zone', 'YJ-HTZ');
    await page.fill('#z-as-of', '');
    await page.click('#form-zone button[type="submit"]');
    await page.waitForSelector('#error-zone:not([hidden])');
    assert.equal(await text('#error-zone [data-field="errorMessage"]'), 'required field missing');
    await page.fill('#z-as-of', '2023-06-30');
    await page.click('#form-zone button[type="submit"]');
    await page.waitForSelector('#result-zone [data-field="zoneId"]');
    assert.equal(await rz('zoneId'), 'YJ-HTZ');
    assert.equal(await page.locator('#error-zone').isVisible(), false);

    // A merged zone: what bars it is its status in the register, said in words (not the
    // field's name `register.status`).
    await page.selectOption('#z-zone', 'HC-EPZ');
    await page.click('#form-zone button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#result-zone [data-field="zoneId"]')?.textContent.includes('HC-EPZ'));
    assert.equal(
      await text('#result-zone tr[data-action="EXPAND"] [data-field="decidedBy"]'),
      'status in the register (merged)',
    );

    // And the example again, for the screenshot.
    await page.click('#z-example');
    await page.waitForFunction(() => {
      const line = document.querySelector('#z-loaded');
      return line.dataset.state === 'loaded' && line.textContent.includes('the example register');
    });
    await page.selectOption('#z-zone', 'TM-EDZ');
    await page.click('#form-zone button[type="submit"]');
    await page.waitForSelector('#result-zone [data-field="zoneId"]');
    assert.equal(await rz('zoneId'), 'TM-EDZ');
  });

  await t.test('narrow screen: no horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 360px`);
    if (process.env.WWW_SCREENSHOT_NARROW) await page.screenshot({ path: process.env.WWW_SCREENSHOT_NARROW, fullPage: true });
    if (process.env.WWW_SCREENSHOT_ZONE_NARROW) await zoneSection.screenshot({ path: process.env.WWW_SCREENSHOT_ZONE_NARROW });
    await page.setViewportSize({ width: 1100, height: 900 });
    if (process.env.WWW_SCREENSHOT) await page.screenshot({ path: process.env.WWW_SCREENSHOT, fullPage: true });
    if (process.env.WWW_SCREENSHOT_ZONE) await zoneSection.screenshot({ path: process.env.WWW_SCREENSHOT_ZONE });
  });

  await t.test("the web build's evaluate, decide and LoadedRegister answer a question asked again in JS, as the module did", async () => {
    const seen = await page.evaluate(async () => {
      // The page's own instance of the glue (one module per URL), already initialised.
      const { LoadedRegister, evaluate, decide } = await import('/pkg/devzone_rules_wasm.js');
      const register = {
        issueDate: '2019-06-01',
        zones: [{ id: 'ZW', nameZh: '网页开发区', level: 'PROVINCIAL', type: 'ECON_DEV_ZONE', countyId: 'CTY.YANJI', status: 'ACTIVE', managingAuthority: 'COUNTY' }],
        assessments: [{ zoneId: 'ZW', year: 2020, populationSize: 88, rank: 40 }, { zoneId: 'ZW', year: 2021, populationSize: 88, rank: 85 }],
      };
      const reg = LoadedRegister.load(register);
      const q = { zoneId: 'ZW', year: 2021 };
      const texts = [];
      for (let i = 0; i < 6; i++) texts.push(JSON.stringify(reg.evaluate('art-14.d', q, { lang: 'ko' })));
      const outcomes = [1, 2, 3, 4, 5].map(() => reg.decide('art-14.d', q).outcome);
      // `answer_first` (added to the glue by `cargo xtask pkg`) notes the register's number on it.
      const noted = Object.getOwnPropertySymbols(reg).map((s) => s.description);
      reg.free();
      // The stateless functions the glue exports in place of its own (`answer_first`).
      for (let i = 0; i < 6; i++) texts.push(JSON.stringify(evaluate('art-14.d', { register, ...q }, { lang: 'ko' })));
      for (let i = 0; i < 5; i++) outcomes.push(decide('art-14.d', { register, ...q }).outcome);
      return { distinct: new Set(texts).size, outcome: JSON.parse(texts[0]).outcome, outcomes: [...new Set(outcomes)], noted, names: [evaluate.name, decide.name] };
    });
    assert.deepEqual(seen, { distinct: 1, outcome: 'TRIGGERED', outcomes: ['TRIGGERED'], noted: ["devzone-rules: the register's number"], names: ['evaluate', 'decide'] });
  });

  await t.test('no console errors, failed requests or CSP violations', async () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(), []);
  });

  await t.test('the CSP is in force: inline script and inline style are refused', async () => {
    const ran = await page.evaluate(async () => {
      window.__inlineRan = false;
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.append(s);
      const d = document.createElement('div');
      d.setAttribute('style', 'width: 123px');
      document.body.append(d);
      await new Promise((r) => setTimeout(r, 50));
      const width = d.getBoundingClientRect().width;
      d.remove();
      s.remove();
      return { inline: window.__inlineRan, styledWidth: width };
    });
    assert.equal(ran.inline, false, 'an inline script ran');
    assert.notEqual(ran.styledWidth, 123, 'an inline style attribute was applied');
    const violations = await cspViolations();
    assert.ok(violations.some((v) => v.startsWith('script-src')), `no script-src violation seen: ${violations}`);
    assert.ok(violations.some((v) => v.startsWith('style-src')), `no style-src violation seen: ${violations}`);
  });
});
