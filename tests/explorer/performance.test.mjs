// Measurements, reported and not asserted (the machine's load decides them): the first render of /explore on the
// embedded backend, and expanding a node with 60 neighbours. docs/benchmarks.md records a run.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { test } from 'node:test';
import { startApi } from './support/api.mjs';
import { launchBrowser, openPage, snapshot, waitForView } from './support/browser.mjs';
import { hubId, writeHubDataset } from './support/hub-dataset.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

test('reports the first render of /explore: the mechanism view on the embedded backend', { timeout: 300_000 }, async () => {
  const api = await startApi();
  const browser = await launchBrowser();
  try {
    const times = [];
    for (let i = 0; i < 6; i++) {
      // A new page each time, so every load starts from nothing but the browser's HTTP cache.
      const page = await browser.context.newPage();
      await page.goto(`${api.url}/explore`);
      await waitForView(page);
      times.push(await page.evaluate(() => performance.getEntriesByName('explorer:first-render')[0].startTime));
      await page.close();
    }
    const [cold, ...warm] = times;
    console.log(`first render of /explore: ${ms(cold)} on the API's first requests, then ${warm.map(ms).join(', ')} (median ${ms(median(warm))})`);
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await api.stop();
  }
});

test('reports expanding a node with 60 neighbours: time to drawn, and the longest frame meanwhile', { timeout: 300_000 }, async () => {
  const neighbours = 60;
  const dataset = await writeHubDataset(neighbours);
  const api = await startApi({ dataDirectory: dataset.directory });
  const browser = await launchBrowser();
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      // A protein's view holds the hub; expanding the hub brings the other 59 proteins.
      const page = await openPage(browser, `${api.url}/explore/entity/${encodeURIComponent(dataset.firstProtein)}`);
      await page.click('#in-view summary');
      await page.click(`#node-list button[data-id="${hubId}"]`);
      await page.waitForFunction(() => document.getElementById('details-title')?.textContent === 'hub drug');
      await page.evaluate(() => {
        // Frame gaps while the neighbours are fetched, placed and animated into their rings.
        window.frameGaps = [];
        let last = performance.now();
        const tick = (now) => {
          window.frameGaps.push(now - last);
          last = now;
          if (window.frameGaps.length < 400) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.click('#details .actions button');
      await page.waitForFunction(() => performance.getEntriesByName('explorer:expand').length > 1);
      const run = await page.evaluate(() => {
        const [, expand] = performance.getEntriesByName('explorer:expand');
        const [, draw] = performance.getEntriesByName('explorer:expand:draw');
        const during = window.frameGaps.slice(1, Math.max(2, Math.ceil(expand.duration / 16) + 2));
        return { total: expand.duration, draw: draw.duration, longestFrame: Math.max(...during), frames: during.length };
      });
      assert.equal((await snapshot(page)).nodes.length, neighbours + 1);
      runs.push(run);
      await page.close();
    }
    for (const run of runs) {
      console.log(`expand of a node with ${neighbours} neighbours: ${ms(run.total)} to drawn (placing and animating ${ms(run.draw)}), longest frame ${ms(run.longestFrame)} over ${run.frames} frames`);
    }
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await api.stop();
    await rm(dataset.directory, { recursive: true, force: true });
  }
});
