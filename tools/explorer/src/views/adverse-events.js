// The adverse events reported for a drug (/api/drugs/{id}/adverse-events) as a document: each event with the trials
// and arms that reported it, how often and how severe.
import { api } from '../api.js';
import { fill, h, shorten } from '../dom.js';
import { href } from '../router.js';
import { adverseEventTable } from './adverse-event-table.js';

const pageSize = 200;

export async function renderAdverseEvents(app, drugId) {
  const [drug, first] = await Promise.all([api.entity(drugId), api.adverseEvents(drugId, pageSize)]);
  if (app.stale()) return;
  if (drug.id !== drugId) app.replaceAddress(href.adverseEvents(drug.id));
  app.setView({
    title: `Adverse events of ${drug.name}`,
    description: 'Every adverse event reported in a trial arm that gave the drug: treatment-related or of all causes, patients at any grade and at grade 3 or worse (of the patients evaluated in the arm), serious cases, and whether it was dose-limiting.',
    tools: [
      h('a', { href: href.mechanism(drug.id), 'data-nav': true, class: 'button' }, 'Mechanism'),
      h('a', { href: href.entity(drug.id), 'data-nav': true, class: 'button' }, 'Show in the graph'),
    ],
  });
  const items = first.items;
  const body = h('section', { 'aria-labelledby': 'view-title' });
  const render = () => {
    const left = first.total - items.length;
    fill(body,
      h('p', { id: 'adverse-events-summary' }, summary(items, first.total)),
      items.length ? adverseEventTable(items, { caption: `Adverse events of ${drug.name}`, columns }) : null,
      left > 0 ? h('button', { type: 'button', class: 'more', onclick: more }, `Show more (${left} left)`) : null,
    );
  };
  const more = async () => {
    const page = await api.adverseEvents(drug.id, pageSize, items.length);
    if (app.stale()) return;
    items.push(...page.items);
    render();
  };
  render();
  app.showDocument(body);
}

const columns = [
  {
    title: 'Trial',
    cell: ({ trial }) => h('a', { href: href.trial(trial.id), 'data-nav': true, title: trial.name }, shorten(trial.name, 48)),
  },
  { title: 'Arm', cell: ({ arm }) => h('a', { href: href.entity(arm.id), 'data-nav': true }, arm.name) },
];

function summary(items, total) {
  if (!total) return 'No adverse events are recorded for this drug.';
  const events = new Set(items.map((item) => item.report.event.id)).size;
  const trials = new Set(items.map((item) => item.trial.id)).size;
  const partial = items.length < total;
  return `${total} ${total === 1 ? 'report' : 'reports'}${partial ? `, ${items.length} of them shown` : ''}: `
    + `${events} ${events === 1 ? 'event' : 'events'} in ${trials} ${trials === 1 ? 'trial' : 'trials'}${partial ? ' among those' : ''}.`;
}
