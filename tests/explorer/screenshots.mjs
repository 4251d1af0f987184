#!/usr/bin/env node
// Takes the README's screenshots of the explorer (docs/explorer-*.png) against the API on a free port:
//   node tests/explorer/screenshots.mjs
import { join } from 'node:path';
import { repositoryRoot, startApi } from './support/api.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const docs = join(repositoryRoot, 'docs');
const api = await startApi();
const browser = await launchBrowser({ viewport: { width: 1400, height: 860 } });
try {
  const mechanism = await openPage(browser, `${api.url}/explore`);
  await mechanism.waitForSelector('#details .neighbours li');
  await mechanism.screenshot({ path: join(docs, 'explorer-mechanism.png') });

  const [spruce] = (await (await fetch(`${api.url}/api/search?q=SPRUCE&label=ClinicalTrial`)).json()).items;
  await mechanism.setViewportSize({ width: 1400, height: 1500 });
  const trial = await openPage(browser, `${api.url}/explore/trial/${encodeURIComponent(spruce.id)}`);
  await trial.waitForFunction(() => !document.querySelector('#document .sources .muted'));
  await trial.screenshot({ path: join(docs, 'explorer-trial.png') });

  if (browser.problems.length) throw new Error(browser.problems.join('\n'));
  console.log('wrote docs/explorer-mechanism.png and docs/explorer-trial.png');
} finally {
  await browser.close();
  await api.stop();
}
