// Shared by the trial and adverse-event views: adverse-event reports as a table, one row group per event.
import { frequency } from '../clinical.js';
import { h } from '../dom.js';
import { provenanceCell } from '../provenance.js';
import { href } from '../router.js';

const yesNo = (value) => (value == null ? '—' : value ? 'yes' : 'no');

/**
 * items: [{report, ...}] where report is a TrialAdverseEvent of the API, in the API's order (by event); columns:
 * [{title, cell: (item) => content}] shown after the event, before the report's own figures.
 */
export function adverseEventTable(items, { caption, columns = [] }) {
  const groups = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0].report.event.id === item.report.event.id) last.push(item);
    else groups.push([item]);
  }
  const headings = ['Event', ...columns.map((c) => c.title), 'Attribution', 'Any grade', 'Grade ≥ 3', 'Serious', 'DLT', 'Publications'];
  return h('table', { class: 'adverse-events' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headings.map((c) =>
      h('th', { scope: 'col' }, c === 'DLT' ? h('abbr', { title: 'dose-limiting toxicity' }, c) : c)))),
    groups.map((group) => h('tbody', {}, group.map((item, i) => {
      const r = item.report;
      return h('tr', { dataset: { event: r.event.id, arm: r.arm } },
        i === 0 ? h('th', { scope: 'rowgroup', rowspan: group.length }, h('a', { href: href.entity(r.event.id), 'data-nav': true }, r.event.name)) : null,
        columns.map((c) => h('td', {}, c.cell(item))),
        h('td', {}, r.attribution ?? '—'),
        h('td', { class: 'value' }, frequency(r.patients, r.ofPatients, r.percent) ?? '—', r.finding ? h('div', { class: 'finding' }, r.finding) : null),
        h('td', { class: 'value' }, frequency(r.grade3OrWorsePatients, r.ofPatients, r.grade3OrWorsePercent) ?? '—'),
        h('td', { class: 'value' }, frequency(r.seriousPatients, r.ofPatients, null) ?? '—'),
        h('td', {}, yesNo(r.doseLimiting)),
        h('td', {}, provenanceCell(r.provenance)));
    }))));
}
