#!/usr/bin/env node
// Takes the README's screenshots of the explorer (docs/explorer-*.png) against the API on a free port:
//   node tests/explorer/screenshots.mjs
// The adverse-event view is taken when the shipped data reports adverse events for apatorsen (it does).
import { join } from 'node:path';
import { repositoryRoot, startApi } from './support/api.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const docs = join(repositoryRoot, 'docs');
const api = await startApi();
const browser = await launchBrowser({ viewport: { width: 1400, height: 860 } });
const ask = async (path) => (await fetch(api.url + path)).json();
const resolved = (page) => page.waitForFunction(() => !document.querySelector('#document .publications .muted, #details .publications .muted'));
try {
  const written = [];
  const mechanism = await openPage(browser, `${api.url}/explore`);
  await mechanism.waitForSelector('#details .neighbours li');
  await mechanism.screenshot({ path: join(docs, 'explorer-mechanism.png') });
  written.push('docs/explorer-mechanism.png');

  const [spruce] = (await ask('/api/search?q=SPRUCE&label=ClinicalTrial')).items;
  await mechanism.setViewportSize({ width: 1400, height: 1850 });
  const trial = await openPage(browser, `${api.url}/explore/trial/${encodeURIComponent(spruce.id)}`);
  await resolved(trial);
  await trial.screenshot({ path: join(docs, 'explorer-trial.png') });
  written.push('docs/explorer-trial.png');

  const [drug] = (await ask('/api/search?q=apatorsen&label=Drug')).items;
  if ((await ask(`/api/drugs/${encodeURIComponent(drug.id)}/adverse-events?limit=1`)).total > 0) {
    await trial.setViewportSize({ width: 1400, height: 1100 });
    const events = await openPage(browser, `${api.url}/explore/adverse-events/${encodeURIComponent(drug.id)}`);
    await resolved(events);
    await events.screenshot({ path: join(docs, 'explorer-adverse-events.png') });
    written.push('docs/explorer-adverse-events.png');
  } else {
    console.log('no adverse events in the shipped data yet: docs/explorer-adverse-events.png not taken');
  }

  if (browser.problems.length) throw new Error(browser.problems.join('\n'));
  console.log(`wrote ${written.join(', ')}`);
} finally {
  await browser.close();
  await api.stop();
}
