// The explorer in a real browser (Debian's Chromium through playwright-core) against the API on a free port.
// Run: npm ci --prefix tests/explorer && node --test --test-concurrency=1 tests/explorer/
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repositoryRoot, startApi } from './support/api.mjs';
import { launchBrowser, openPage, snapshot, waitForView } from './support/browser.mjs';

let api;
let browser;

before(async () => {
  api = await startApi();
  browser = await launchBrowser();
}, { timeout: 300_000 });

after(async () => {
  await browser?.close();
  await api?.stop();
});

/** Asks the API itself, to compare what the page shows with what the API answers. */
async function ask(path) {
  const response = await fetch(api.url + path);
  assert.equal(response.status, 200, `${path} answered ${response.status}`);
  return response.json();
}

const byName = (nodes, name) => nodes.find((n) => n.name === name);

test('/explore opens on the mechanism chain, drawn left to right: drug, mRNA, Hsp27, apoptotic process', async () => {
  const page = await openPage(browser, `${api.url}/explore`);

  const { nodes, edges } = await snapshot(page);
  assert.ok(nodes.length >= 4, `only ${nodes.length} nodes`);
  const chain = ['apatorsen', 'HSPB1 mRNA', 'Hsp27', 'apoptotic process'].map((name) => byName(nodes, name));
  assert.ok(chain.every(Boolean), `missing from ${nodes.map((n) => n.name).join(', ')}`);
  for (let i = 1; i < chain.length; i++) assert.ok(chain[i - 1].x < chain[i].x, `${chain[i - 1].name} is not left of ${chain[i].name}`);
  assert.ok(edges.some((e) => e.source === chain[2].id && e.target === chain[3].id), 'no arrow from Hsp27 to apoptotic process');
  assert.match(await page.textContent('#view-title'), /Mechanism of apatorsen/);
  assert.match(await page.textContent('.chains [aria-pressed="true"]'), /apatorsen.*HSPB1 mRNA.*Hsp27.*apoptotic process/s);

  const firstRender = await page.evaluate(() => performance.getEntriesByName('explorer:first-render')[0].startTime);
  console.log(`first render of /explore (mechanism view, embedded backend, API just started): ${firstRender.toFixed(0)} ms`);
});

test('the legend and the label filter list every label of the palette', async () => {
  const palette = JSON.parse(await readFile(join(repositoryRoot, 'cypher', 'browser', 'palette.json'), 'utf8'));
  const page = await openPage(browser, `${api.url}/explore`);

  assert.deepEqual(await page.$$eval('#legend li', (items) => items.map((li) => li.dataset.label)), Object.keys(palette.labels));
  assert.deepEqual(await page.$$eval('#search-label option', (options) => options.map((o) => o.value).filter(Boolean)), Object.keys(palette.labels));
  assert.equal(await page.getAttribute('#legend li[data-label="Protein"]', 'class'), 'present');
});

test('search suggests apatorsen as you type, and the keyboard opens it with its neighbours', async () => {
  const page = await openPage(browser, `${api.url}/explore`);

  await page.focus('#search-input');
  await page.keyboard.type('apato', { delay: 40 });
  const option = page.locator('#search-input + [role=listbox] [role=option]').first();
  await option.waitFor();
  assert.match(await option.textContent(), /Drug\s*apatorsen/);
  assert.equal(await page.getAttribute('#search-input', 'aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute('#search-input', 'aria-activedescendant'), await option.getAttribute('id'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/explore\/entity\//);
  await waitForView(page);

  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
  const relationships = await ask(`/api/entities/${encodeURIComponent(id)}/relationships?limit=500`);
  const { nodes } = await snapshot(page);
  const shown = new Set(nodes.map((n) => n.id));
  assert.ok(relationships.items.every((r) => shown.has(r.node.id)), 'a neighbour of apatorsen is missing');
  assert.equal(await page.textContent('#details-title'), 'apatorsen');
});

test('the label filter keeps suggestions to one label', async () => {
  const page = await openPage(browser, `${api.url}/explore`);

  await page.selectOption('#search-label', 'Publication');
  await page.fill('#search-input', 'SPRUCE');
  await page.locator('#search-input + [role=listbox] [role=option]').first().waitFor();
  await page.waitForTimeout(300);

  const badges = await page.$$eval('#search-input + [role=listbox] [role=option] .badge', (all) => all.map((b) => b.textContent));
  assert.ok(badges.length > 0);
  assert.deepEqual([...new Set(badges)], ['Publication']);
});

test('expanding a node adds its neighbours: the Expand button, Enter in the neighbour list, Enter on the canvas', async () => {
  const page = await openPage(browser, `${api.url}/explore`);
  const before = await snapshot(page);
  const hsp27 = byName(before.nodes, 'Hsp27');

  // From the accessible list of the canvas's nodes, by keyboard.
  await page.click('#in-view summary');
  await page.focus(`#node-list button[data-id="${hsp27.id}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('details-title')?.textContent === 'Hsp27');
  await page.focus('#details .actions button');
  await page.keyboard.press('Enter');
  const neighbours = await ask(`/api/entities/${encodeURIComponent(hsp27.id)}/relationships?limit=500`);
  await page.waitForFunction((ids) => {
    const shown = new Set(window.apatorsenExplorer.snapshot().nodes.map((n) => n.id));
    return ids.every((id) => shown.has(id));
  }, neighbours.items.map((r) => r.node.id));
  const expanded = await snapshot(page);
  assert.ok(expanded.nodes.length > before.nodes.length, 'no node was added');

  // Enter on a neighbour that is not yet on the canvas: it is added, selected and expanded.
  const biomarker = neighbours.items.find((r) => r.node.labels.includes('Biomarker')).node;
  const further = await ask(`/api/entities/${encodeURIComponent(biomarker.id)}/relationships?limit=500`);
  await page.focus(`#details .neighbours li[data-id="${biomarker.id}"] button.neighbour`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.getElementById('details-title')?.textContent === name, biomarker.name);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'details-title');
  const afterEnter = new Set((await snapshot(page)).nodes.map((n) => n.id));
  assert.ok(further.items.every((r) => afterEnter.has(r.node.id)), `a neighbour of ${biomarker.name} is missing`);

  // On the canvas itself: arrow keys select, Enter expands.
  await page.focus('#graph');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('details-title')?.textContent !== 'Details');
  const selected = await page.textContent('#details-title');
  assert.ok((await snapshot(page)).nodes.some((n) => n.name === selected));
});

test('the drug\'s details say where its development stands, as of when, with a link to the source', async () => {
  const page = await openPage(browser, `${api.url}/explore`);
  await page.waitForFunction(() => document.getElementById('details-title')?.textContent === 'apatorsen');
  const drug = await ask('/api/entities/DRUGBANK:DB06094');
  const { developmentStatus, developmentStatusDate, developmentStatusSource } = drug.properties;

  const line = page.locator('#details p.development');
  assert.equal(await line.textContent(), `Development: ${developmentStatus} as of ${developmentStatusDate} (source)`);
  assert.equal(await line.locator('a').getAttribute('href'), `/explore/entity/${encodeURIComponent(developmentStatusSource)}`);
});

test('a relationship shows its provenance: the primary source, the knowledge level, and a PubMed link for a PMID', async () => {
  const page = await openPage(browser, `${api.url}/explore`);
  const { nodes } = await snapshot(page);
  const hsp27 = byName(nodes, 'Hsp27');
  await page.click('#in-view summary');
  await page.click(`#node-list button[data-id="${hsp27.id}"]`);
  await page.waitForFunction(() => document.getElementById('details-title')?.textContent === 'Hsp27');

  const relationships = await ask(`/api/entities/${encodeURIComponent(hsp27.id)}/relationships?limit=500`);
  const association = relationships.items.find((r) => r.type === 'ASSOCIATED_WITH' && r.node.name === 'cancer');
  assert.ok(association.provenance.publications.includes('PMID:25339975'), 'Hsp27 ASSOCIATED_WITH cancer cites PMID:25339975');
  const item = page.locator(`#details .neighbours li[data-type="ASSOCIATED_WITH"][data-id="${association.node.id}"]`);
  assert.equal(await item.locator('summary').textContent(), `Provenance: this graph, ${association.provenance.publications.length} publications`);
  await item.locator('summary').click();
  const details = item.locator('.provenance-details');
  assert.match(await details.locator('dl').textContent(), /Primary source\s*this graph infores:apatorsen-kg\s*Knowledge level\s*knowledge assertion\s*Agent\s*manual agent/);
  const pubmed = details.locator('li[data-publication="PMID:25339975"] a.external');
  await pubmed.waitFor();
  assert.equal(await pubmed.getAttribute('href'), 'https://pubmed.ncbi.nlm.nih.gov/25339975/');
  assert.match(await pubmed.textContent(), /Katsogiannou/);
  const pmc = details.locator('li[data-publication="PMC:6721579"] a.external');
  await pmc.waitFor();
  assert.equal(await pmc.getAttribute('href'), 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6721579/');

  // A statement taken from UniProt names UniProt as its source and this graph as the one that passed it on.
  const translation = page.locator('#details .neighbours li[data-type="TRANSLATES_TO"][data-direction="in"]');
  assert.equal(await translation.locator('summary').textContent(), 'Provenance: UniProt, 0 publications');
  await translation.locator('summary').click();
  assert.match(await translation.locator('.provenance-details dl').textContent(), /Primary source\s*UniProt infores:uniprot\s*Passed on by\s*this graph infores:apatorsen-kg/);

  // The project's own references open their page inside the explorer.
  const targets = page.locator('#details .neighbours li[data-type="TARGETS"][data-direction="in"]');
  await targets.locator('summary').click();
  const reference = targets.locator('li[data-publication="apatorsen:ref-01"] a[data-nav]');
  await reference.waitFor();
  await reference.click();
  await page.waitForURL(/\/explore\/entity\/apatorsen%3Aref-01$/);
  await waitForView(page);
  assert.equal(await page.textContent('#details-title'), (await ask('/api/entities/apatorsen:ref-01')).name);
});

test('old links still work: /explore/mechanism/apatorsen:apatorsen draws the chain and shows the canonical id in the address', async () => {
  const page = await openPage(browser, `${api.url}/explore/mechanism/apatorsen:apatorsen`);

  const { nodes, edges } = await snapshot(page);
  const chain = ['apatorsen', 'HSPB1 mRNA', 'Hsp27', 'apoptotic process'].map((name) => byName(nodes, name));
  assert.ok(chain.every(Boolean), `missing from ${nodes.map((n) => n.name).join(', ')}`);
  for (let i = 1; i < chain.length; i++) assert.ok(chain[i - 1].x < chain[i].x, `${chain[i - 1].name} is not left of ${chain[i].name}`);
  assert.ok(edges.some((e) => e.source === chain[2].id && e.target === chain[3].id), 'no arrow from Hsp27 to apoptotic process');
  assert.equal(chain[0].id, 'DRUGBANK:DB06094');
  assert.equal(decodeURIComponent(new URL(page.url()).pathname), '/explore/mechanism/DRUGBANK:DB06094');

  await page.goto(`${api.url}/explore/trial/clinicaltrials:NCT01829113`);
  await waitForView(page);
  assert.match(await page.textContent('#view-title'), /SPRUCE \(NCT01829113\)/);
  assert.equal(decodeURIComponent(new URL(page.url()).pathname), '/explore/trial/CLINICALTRIALS:NCT01829113');
});

test('the trial view, found through search by NCT number, shows SPRUCE\'s arms, doses and PFS compared between the arms', async () => {
  const page = await openPage(browser, `${api.url}/explore`);
  await page.fill('#search-input', 'NCT01829113');
  await page.locator('#search-input + [role=listbox] [role=option]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/explore\/entity\//);
  await waitForView(page);
  await page.click('#details a:text("Trial view")');
  await page.waitForURL(/\/explore\/trial\//);
  await waitForView(page);

  const trial = await ask('/api/trials/NCT01829113');
  assert.match(await page.textContent('#view-title'), /SPRUCE/);
  const arms = await page.$$eval('#document .arm h3', (headings) => headings.map((h) => h.textContent));
  assert.deepEqual(arms, trial.arms.map((a) => a.name));
  assert.ok(arms.some((a) => /placebo/i.test(a)) && arms.some((a) => /apatorsen/i.test(a)));
  for (const arm of trial.arms) {
    const drugs = await page.$$eval(`#document .arm[data-arm="${arm.id}"] tbody th`, (cells) => cells.map((c) => c.textContent));
    assert.deepEqual(drugs, arm.interventions.map((i) => i.drug.name));
  }

  const pfs = trial.outcomes.filter((o) => /progression-free/i.test(o.measure ?? '') && o.value != null);
  assert.ok(pfs.length >= 2, 'SPRUCE has PFS figures for both arms');
  for (const outcome of pfs) {
    const row = page.locator(`#document tr[data-outcome="${outcome.id}"]`);
    assert.match(await row.locator('td.value').textContent(), new RegExp(`^${outcome.value} ${outcome.unit}`));
    for (const otherId of outcome.comparedWith) {
      const other = trial.outcomes.find((o) => o.id === otherId);
      assert.match(await row.locator('td').nth(2).textContent(), new RegExp(`${other.value} ${other.unit}`));
    }
  }

  // The PFS comparison, once, with both arms' figures and whatever statistics the answer gives.
  const [comparison] = pfs.flatMap((o) => o.comparisons);
  assert.ok(comparison, 'SPRUCE compares PFS between its arms');
  const armOf = (outcome) => trial.arms.find((a) => a.id === outcome.arm).name;
  const [of, against] = [comparison.of, comparison.against].map((id) => trial.outcomes.find((o) => o.id === id));
  assert.equal(await page.locator('#document table.comparisons tbody tr').count(), new Set(trial.outcomes.flatMap((o) => o.comparisons).map((c) => `${c.of}|${c.against}`)).size);
  const row = page.locator(`#document tr[data-comparison="${comparison.of}|${comparison.against}"]`);
  assert.equal(await row.locator('td').nth(0).textContent(), `${of.value} ${of.unit} (${armOf(of)})`);
  assert.equal(await row.locator('td').nth(1).textContent(), `${against.value} ${against.unit} (${armOf(against)})`);
  const statistics = await row.locator('td.effect-size').textContent();
  if (comparison.effectSize == null && comparison.pValue == null) assert.equal(statistics, 'no effect size or p-value reported');
  else assert.match(statistics, comparison.pValue == null ? /\d/ : /p = /);

  // The trial's publication, linked to PubMed.
  const publication = page.locator('#document li[data-publication="PMID:31420467"] a.external').first();
  await publication.waitFor();
  assert.equal(await publication.getAttribute('href'), 'https://pubmed.ncbi.nlm.nih.gov/31420467/');

  // The address can be shared: opened afresh, it shows the same trial.
  const address = page.url();
  const fresh = await browser.context.newPage();
  await fresh.goto(address);
  await waitForView(fresh);
  assert.deepEqual(await fresh.$$eval('#document .arm h3', (headings) => headings.map((h) => h.textContent)), arms);
  await fresh.close();
});

test('a publication known by its doi is named and linked to doi.org', async () => {
  const trial = await ask('/api/trials/NCT01120470');
  const doi = trial.arms.flatMap((a) => a.interventions).flatMap((i) => i.provenance.publications).find((id) => id.startsWith('doi:'));
  assert.ok(doi, 'the prednisone trial cites a doi');
  const page = await openPage(browser, `${api.url}/explore/trial/NCT01120470`);

  const link = page.locator(`#document li[data-publication="${doi}"] a.external`).first();
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `https://doi.org/${doi.slice('doi:'.length)}`);
  const [hit] = (await ask(`/api/search?q=${encodeURIComponent(doi)}`)).items;
  assert.equal(await link.evaluate((a) => a.firstChild.textContent), hit.name);
});

test('the trial view shows the clinical record: status, dates and sponsor by the title, arm sizes, effects, adverse events per arm', async () => {
  const page = await browser.context.newPage();
  await page.route('**/api/trials/**', async (route) => {
    const response = await route.fetch();
    const trial = await response.json();
    const [apatorsenArm, placeboArm] = trial.arms;
    const provenance = trial.drugs[0].provenance;
    const event = (id, name) => ({ id, labels: ['AdverseEvent'], name });
    const report = (fields) => ({
      attribution: null, patients: null, percent: null, grade3OrWorsePatients: null, grade3OrWorsePercent: null, seriousPatients: null,
      ofPatients: null, doseLimiting: null, finding: null, provenance, ...fields,
    });
    const hazard = { effectSize: 0.8, effectType: 'hazard_ratio', ciLower: 0.65, ciUpper: 0.98, ciLevel: 0.8, pValue: 0.078, pValueSidedness: 'one-sided', alphaLevel: null };
    await route.fulfill({
      response,
      json: {
        ...trial,
        primaryEndpointMet: false,
        officialTitle: 'A Randomized Phase II Study of OGX-427 With Carboplatin and Pemetrexed',
        randomised: 155,
        registry: {
          ...trial.registry, overallStatus: 'COMPLETED', startDate: '2013-05', primaryCompletionDate: '2015-06', completionDate: '2016-02',
          completionDateType: 'ACTUAL', enrollment: 155, enrollmentType: 'ACTUAL', leadSponsor: 'Achieve Life Sciences',
          collaborators: ['Sarah Cannon Research Institute'], studyType: 'INTERVENTIONAL',
        },
        arms: [{ ...apatorsenArm, participants: 78 }, { ...placeboArm, participants: 77 }],
        outcomes: trial.outcomes.map((o) => ({ ...o, comparisons: o.comparisons.map((c) => ({ ...c, ...hazard })) })),
        adverseEvents: [
          report({ event: event('HP:0012378', 'fatigue'), arm: apatorsenArm.id, attribution: 'all causes', patients: 30, ofPatients: 78, percent: 38.5, grade3OrWorsePatients: 6, grade3OrWorsePercent: 7.7, seriousPatients: 2 }),
          report({ event: event('MEDDRA:10037087', 'infusion-related reaction'), arm: apatorsenArm.id, attribution: 'treatment-related', doseLimiting: true, finding: 'more frequent than with placebo' }),
          report({ event: event('HP:0012378', 'fatigue'), arm: placeboArm.id, attribution: 'all causes', patients: 20, ofPatients: 77, percent: 26, grade3OrWorsePatients: 3, grade3OrWorsePercent: 3.9 }),
        ],
        countries: ['Canada', 'United States'],
      },
    });
  });
  await page.goto(`${api.url}/explore/trial/NCT01829113`);
  await waitForView(page);

  assert.equal(await page.textContent('#trial-registry'),
    'Completed · started 2013-05 · primary completion 2015-06 · completed 2016-02 · sponsor Achieve Life Sciences with Sarah Cannon Research Institute · primary endpoint not met');
  const facts = await page.textContent('#document dl.facts');
  assert.match(facts, /Official title\s*A Randomized Phase II Study of OGX-427/);
  assert.match(facts, /Registered enrollment\s*155 patients \(actual\)/);
  assert.match(facts, /Randomised\s*155 patients/);
  assert.match(facts, /Primary endpoint\s*Progression-free survival — primary endpoint not met/);
  assert.match(facts, /Countries\s*Canada\s*United States/, 'a field the view does not know is shown as it comes');
  assert.match(facts, /Registry: study type\s*INTERVENTIONAL/, 'so is one of the registry');
  assert.match(await page.textContent('#document .arm[data-arm="apatorsen:arm-spruce-apatorsen"] p'), /78 patients/);
  assert.match(await page.textContent('#document .arm[data-arm="apatorsen:arm-spruce-placebo"] p'), /77 patients/);

  assert.equal(await page.textContent('#document table.comparisons td.effect-size'), 'HR 0.80 (80% CI 0.65–0.98), p = 0.078 one-sided');

  assert.equal(await page.textContent('#trial-adverse-events'), 'Adverse events (3)');
  const rows = (armId) => page.locator(`#document .arm-events[data-arm="${armId}"] tbody tr`)
    .evaluateAll((all) => all.map((tr) => [...tr.cells].slice(0, 6).map((c) => c.textContent.trim())));
  assert.equal(await page.textContent('#document .arm-events[data-arm="apatorsen:arm-spruce-apatorsen"] h3'), 'Apatorsen plus carboplatin and pemetrexed');
  assert.deepEqual(await rows('apatorsen:arm-spruce-apatorsen'), [
    ['fatigue', 'all causes', '30/78 (38.5%)', '6/78 (7.7%)', '2/78', '—'],
    ['infusion-related reaction', 'treatment-related', '—more frequent than with placebo', '—', '—', 'yes'],
  ]);
  assert.deepEqual(await rows('apatorsen:arm-spruce-placebo'), [['fatigue', 'all causes', '20/77 (26%)', '3/77 (3.9%)', '—', '—']]);
  await page.close();
});

test('a drug\'s adverse events have their own view, linked from its panel, with trial, arm, frequency and grade', async () => {
  const page = await openPage(browser, `${api.url}/explore`);
  const shipped = await ask('/api/drugs/DRUGBANK:DB06094/adverse-events?limit=500');
  await page.click('#details a:text("Adverse events")');
  await page.waitForURL(/\/explore\/adverse-events\/DRUGBANK%3ADB06094$/);
  await waitForView(page);
  assert.equal(await page.textContent('#view-title'), 'Adverse events of apatorsen');
  assert.equal(await page.locator('#document table.adverse-events tbody tr').count(), shipped.items.length);
  if (!shipped.total) assert.equal(await page.textContent('#document'), 'No adverse events are recorded for this drug.');

  // An answer with reports (rewritten, so that the test does not depend on the curated data) one to a page, under the
  // drug's old id.
  const spruce = await ask('/api/trials/NCT01829113');
  const [arm] = spruce.arms;
  const reports = /\/api\/drugs\/[^/]+\/adverse-events/;
  await page.route(reports, async (route) => {
    const response = await route.fetch();
    const trial = { id: spruce.id, labels: ['ClinicalTrial'], name: spruce.name };
    const report = (id, name, fields) => ({
      trial,
      arm: { id: arm.id, labels: ['TrialArm'], name: arm.name },
      report: {
        event: { id, labels: ['AdverseEvent'], name }, arm: arm.id, attribution: 'treatment-related', patients: null, percent: null,
        grade3OrWorsePatients: null, grade3OrWorsePercent: null, seriousPatients: null, ofPatients: 78, doseLimiting: null, finding: null,
        provenance: spruce.drugs[0].provenance, ...fields,
      },
    });
    const items = [
      report('HP:0012378', 'fatigue', { patients: 30, percent: 38.5, grade3OrWorsePatients: 6, grade3OrWorsePercent: 7.7 }),
      report('HP:0002018', 'nausea', { patients: 25, percent: 32.1, seriousPatients: 1, doseLimiting: false }),
    ];
    const offset = Number(new URL(route.request().url()).searchParams.get('offset') ?? 0);
    await route.fulfill({ response, json: { items: items.slice(offset, offset + 1), total: items.length, limit: 1, offset } });
  });
  await page.goto(`${api.url}/explore/adverse-events/apatorsen:apatorsen`);
  await waitForView(page);
  assert.equal(decodeURIComponent(new URL(page.url()).pathname), '/explore/adverse-events/DRUGBANK:DB06094');
  assert.equal(await page.textContent('#adverse-events-summary'), '2 reports, 1 of them shown: 1 event in 1 trial among those.');
  await page.click('#document button.more');
  await page.waitForFunction(() => document.querySelectorAll('#document table.adverse-events tbody tr').length === 2);
  assert.equal(await page.textContent('#adverse-events-summary'), '2 reports: 2 events in 1 trial.');
  assert.equal(await page.locator('#document button.more').count(), 0);
  const rows = await page.locator('#document table.adverse-events tbody tr').evaluateAll((all) => all.map((tr) => [...tr.cells].slice(0, 8).map((c) => c.textContent.trim())));
  const trialCaption = 'SPRUCE: randomised double-blind Phase II trial…';
  assert.deepEqual(rows, [
    ['fatigue', trialCaption, arm.name, 'treatment-related', '30/78 (38.5%)', '6/78 (7.7%)', '—', '—'],
    ['nausea', trialCaption, arm.name, 'treatment-related', '25/78 (32.1%)', '—', '1/78', 'no'],
  ]);
  const publication = page.locator('#document li[data-publication="PMID:31420467"] a.external').first();
  await publication.waitFor();
  assert.equal(await publication.getAttribute('href'), 'https://pubmed.ncbi.nlm.nih.gov/31420467/');

  // The trial opens its own view.
  await page.locator('#document a', { hasText: trialCaption }).first().click();
  await page.waitForURL(/\/explore\/trial\//);
  await waitForView(page);
  assert.match(await page.textContent('#view-title'), /SPRUCE/);
  await page.unroute(reports);
});

test('the path view joins apatorsen and apoptotic process, shortest path first', async () => {
  const [drug] = (await ask('/api/search?q=apatorsen&label=Drug')).items;
  const [process] = (await ask('/api/search?q=apoptotic%20process&label=BiologicalProcess')).items;
  const page = await openPage(browser, `${api.url}/explore/paths?from=${encodeURIComponent(drug.id)}&to=${encodeURIComponent(process.id)}&maxHops=3`);

  const paths = await ask(`/api/paths?from=${encodeURIComponent(drug.id)}&to=${encodeURIComponent(process.id)}&maxHops=3`);
  assert.equal(await page.locator('#view-info .chains li').count(), paths.paths.length);
  const { nodes } = await snapshot(page);
  const shown = new Set(nodes.map((n) => n.id));
  assert.ok(paths.paths.flatMap((p) => p.nodes).every((n) => shown.has(n.id)));
  const [from, to] = [drug.id, process.id].map((id) => nodes.find((n) => n.id === id));
  assert.ok(from.x < to.x, 'the path does not run left to right');
});

test('no console errors, and no request leaves the API\'s origin', () => {
  const origin = new URL(api.url).origin;
  assert.ok(browser.requests.length > 20, `only ${browser.requests.length} requests were recorded`);
  assert.deepEqual(browser.requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(browser.problems, []);
});
