// The API's other HTML pages in a real browser, under the Content-Security-Policy the API sends with them
// (src/Apatorsen.Api/Hosting/SecurityHeaders.cs): the Scalar reference still works, and the policy is not broken
// anywhere (no violation reported, no console error, no request to another origin).
// Run: npm ci --prefix tests/explorer && node --test --test-concurrency=1 tests/explorer/
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApi } from './support/api.mjs';
import { launchBrowser } from './support/browser.mjs';

let api;
let browser;

before(async () => {
  api = await startApi();
  browser = await launchBrowser();
  // Every CSP violation of every page, kept on the window for the test to read.
  await browser.context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}, { timeout: 300_000 });

after(async () => {
  await browser?.close();
  await api?.stop();
});

test('/scalar renders the API reference under its policy: operations listed, no violation', async () => {
  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  const response = await page.goto(`${api.url}/scalar/`);
  const policy = response.headers()['content-security-policy'];
  assert.match(policy, /frame-ancestors 'none'/);
  assert.equal(response.headers()['x-content-type-options'], 'nosniff');

  // The reference is drawn by scalar.js from openapi/v1.json: an operation of the API shows up by its path.
  // Scalar draws the tags' operations as they scroll into view; the first tag's are there at once.
  await page.getByText('/api/search', { exact: false }).first().waitFor({ timeout: 60_000 });
  assert.ok(await page.getByText('Apatorsen', { exact: false }).count() > 0, 'the document title is not shown');
  await page.waitForTimeout(1_000);

  // The one refusal allowed: zod (inside scalar.js) probes whether it may compile validators with try { Function('') }
  // and, refused, validates without compiling. 'unsafe-eval' is not worth that speed.
  const violations = await page.evaluate(() => window.cspViolations);
  assert.deepEqual(violations.filter((v) => !/^script-src(-elem)?: eval \(.*\/scalar\/scalar\.js:/.test(v)), []);
});

test('/browser/guide opens with scripts, styles and frames all refused, and nothing to refuse', async () => {
  const page = await browser.context.newPage();
  const response = await page.goto(`${api.url}/browser/guide`);
  assert.equal(response.headers()['content-security-policy'].startsWith("default-src 'none'"), true);

  assert.ok((await page.content()).length > 1_000);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  await page.close();
});

test('a page of another origin cannot frame /scalar or /explore', async () => {
  const page = await browser.context.newPage();
  // about:blank is not the API's origin; frame-ancestors 'none' refuses it.
  await page.setContent(`<iframe id="s" src="${api.url}/scalar/"></iframe><iframe id="e" src="${api.url}/explore"></iframe>`);
  await page.waitForTimeout(2_000);
  for (const id of ['s', 'e']) {
    const frame = await (await page.$(`#${id}`)).contentFrame();
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    assert.equal(text.includes('/api/search') || text.includes('apatorsen'), false, `#${id} was drawn inside the frame`);
  }
  await page.close();
});

test('no console errors, and no request leaves the API\'s origin', () => {
  const origin = new URL(api.url).origin;
  const elsewhere = browser.requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:') && new URL(url).origin !== origin);
  assert.deepEqual(elsewhere, []);
  // Chromium reports a refused frame as a console error; that is the frame-ancestors test working.
  assert.deepEqual(browser.problems.filter((p) => !/frame-ancestors/.test(p)), []);
});
