// A trial as a document: its facts, arms with their interventions and doses, outcomes against what they were
// compared with, biomarkers and publications. Fields the view does not know yet are shown as they come.
import { api } from '../api.js';
import { h, humanise } from '../dom.js';
import { labelBadge } from '../legend.js';
import { provenanceCell } from '../provenance.js';
import { externalLink, outboundLink, publicationList } from '../publications.js';
import { href } from '../router.js';

const shown = new Set(['id', 'nctId', 'name', 'acronym', 'phase', 'enrollment', 'enrollmentApproximate', 'design', 'population', 'primaryEndpoint', 'indications', 'drugs', 'arms', 'outcomes', 'biomarkers', 'publications']);
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

export async function renderTrial(app, id) {
  const trial = await api.trial(id);
  if (app.stale()) return;
  if (trial.id !== id) app.replaceAddress(href.trial(trial.id));
  const link = externalLink({ id: trial.id, properties: { nctId: trial.nctId } });
  app.setView({
    title: trial.acronym ? `${trial.acronym} (${trial.nctId ?? trial.id})` : trial.nctId ?? trial.id,
    description: trial.name,
    tools: [h('a', { href: href.entity(trial.id), 'data-nav': true, class: 'button' }, 'Show in the graph'), link ? outboundLink(link, `${trial.nctId} on ClinicalTrials.gov`) : null],
  });
  const armNames = new Map(trial.arms.map((arm) => [arm.id, arm.name]));
  const outcomes = new Map(trial.outcomes.map((outcome) => [outcome.id, outcome]));
  app.showDocument(
    h('section', { 'aria-labelledby': 'trial-facts' },
      h('h2', { id: 'trial-facts' }, 'The trial'),
      facts([
        ['Phase', trial.phase],
        ['Enrollment', trial.enrollment == null ? null : `${trial.enrollmentApproximate ? 'about ' : ''}${number.format(trial.enrollment)} patients`],
        ['Design', trial.design?.join(', ')],
        ['Population', trial.population],
        ['Primary endpoint', trial.primaryEndpoint],
        ['Indications', nodeLinks(trial.indications)],
        ['Drugs', trial.drugs.length ? h('ul', { class: 'inline' }, trial.drugs.map((d) => h('li', {}, nodeLink(d.drug), d.role ? ` (${d.role})` : ''))) : null],
        ...Object.entries(trial).filter(([key, value]) => !shown.has(key) && !isTable(value)).map(([key, value]) => [humanise(key), plain(value)]),
      ])),
    h('section', { 'aria-labelledby': 'trial-arms' },
      h('h2', { id: 'trial-arms' }, `Arms (${trial.arms.length})`),
      trial.arms.map((arm) => armSection(arm))),
    h('section', { 'aria-labelledby': 'trial-outcomes' },
      h('h2', { id: 'trial-outcomes' }, `Outcomes (${trial.outcomes.length})`),
      trial.outcomes.length ? outcomeTable(trial.outcomes, armNames, outcomes) : h('p', { class: 'muted' }, 'No outcomes recorded.')),
    ...Object.entries(trial).filter(([key, value]) => !shown.has(key) && isTable(value)).map(([key, value]) =>
      h('section', {}, h('h2', {}, `${humanise(key)} (${value.length})`), genericTable(value))),
    trial.biomarkers?.length
      ? h('section', { 'aria-labelledby': 'trial-biomarkers' }, h('h2', { id: 'trial-biomarkers' }, 'Biomarkers monitored'), nodeLinks(trial.biomarkers))
      : null,
    h('section', { 'aria-labelledby': 'trial-publications' }, h('h2', { id: 'trial-publications' }, 'Publications'), publicationList(trial.publications)),
  );
}

function armSection(arm) {
  const headingId = `arm-${arm.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return h('section', { class: 'arm', 'aria-labelledby': headingId, dataset: { arm: arm.id } },
    h('h3', { id: headingId }, arm.name),
    h('p', {}, arm.armType ? h('span', { class: 'tag' }, arm.armType) : null, ' ', arm.description ?? ''),
    h('table', {},
      h('caption', { class: 'visually-hidden' }, `Interventions of ${arm.name}`),
      h('thead', {}, h('tr', {}, ['Drug', 'Role', 'Dose', 'Route', 'Schedule', 'Publications'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, arm.interventions.map((i) =>
        h('tr', {},
          h('th', { scope: 'row' }, nodeLink(i.drug)),
          h('td', {}, i.role ?? '—'),
          h('td', { class: 'dose' }, dose(i)),
          h('td', {}, i.route ?? '—'),
          h('td', {}, schedule(i)),
          h('td', {}, provenanceCell(i.provenance)))))));
}

function outcomeTable(list, armNames, outcomes) {
  return h('table', { class: 'outcomes' },
    h('caption', { class: 'visually-hidden' }, 'Outcomes, each against the outcome it was compared with'),
    h('thead', {}, h('tr', {}, ['Outcome', 'Arm', 'Value', 'Compared with', 'Significance', 'Finding', 'Publications'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, list.map((o) =>
      h('tr', { dataset: { outcome: o.id } },
        h('th', { scope: 'row' }, h('a', { href: href.entity(o.id), 'data-nav': true }, o.name), o.measure ? h('div', { class: 'muted' }, o.measure) : null),
        h('td', {}, armNames.get(o.arm) ?? o.arm ?? '—'),
        h('td', { class: 'value' }, value(o)),
        h('td', {}, o.comparedWith?.length
          ? h('ul', { class: 'plain' }, o.comparedWith.map((otherId) => {
            const other = outcomes.get(otherId);
            return h('li', {}, other ? [h('span', { class: 'value' }, value(other)), ` (${armNames.get(other.arm) ?? other.name})`] : otherId);
          }))
          : '—'),
        h('td', {}, o.significance ?? '—'),
        h('td', {}, o.finding ?? ''),
        h('td', {}, publicationList(o.publications))))));
}

/** An outcome's figure: "6 months", "47 % of patients (criterion >= 50 % decline in PSA from baseline)". */
function value(o) {
  if (o.value == null) return '—';
  const figure = `${number.format(o.value)}${o.unit ? ` ${o.unit}` : ''}`;
  const criterion = o.threshold == null ? '' : ` (criterion ${o.comparator ?? ''} ${number.format(o.threshold)}${o.thresholdUnit ? ` ${o.thresholdUnit}` : ''})`;
  return figure + criterion + (o.population ? `, ${o.population}` : '');
}

function dose(i) {
  const unit = i.doseUnit ? ` ${i.doseUnit}` : '';
  const parts = [];
  if (i.dose != null) parts.push(`${number.format(i.dose)}${unit}`);
  else if (i.doseMin != null || i.doseMax != null) parts.push(`${number.format(i.doseMin ?? 0)}–${number.format(i.doseMax ?? 0)}${unit}`);
  if (i.doseLevels != null) parts.push(`${i.doseLevels} dose levels`);
  if (i.loadingDose != null || i.loadingDoseCount != null) {
    parts.push(`loading: ${i.loadingDoseCount != null ? `${i.loadingDoseCount} × ` : ''}${i.loadingDose != null ? `${number.format(i.loadingDose)}${unit}` : 'doses'}`);
  }
  return parts.join('; ') || '—';
}

function schedule(i) {
  return [
    i.frequency,
    i.cycleLengthDays != null ? `${i.cycleLengthDays}-day cycles` : null,
    i.treatmentDays?.length ? `days ${i.treatmentDays.join(', ')}` : null,
    i.schedule,
  ].filter(Boolean).join('; ') || '—';
}

function facts(rows) {
  return h('dl', { class: 'facts' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([term, v]) => [h('dt', {}, term), h('dd', {}, v)]));
}

const isNodeRef = (value) => value && typeof value === 'object' && typeof value.id === 'string' && Array.isArray(value.labels);
const isTable = (value) => Array.isArray(value) && value.some((v) => v && typeof v === 'object' && !isNodeRef(v));

function nodeLink(ref) {
  return h('a', { href: href.entity(ref.id), 'data-nav': true }, ref.name);
}

function nodeLinks(refs = []) {
  return h('ul', { class: 'inline' }, refs.map((ref) => h('li', {}, labelBadge(ref.labels), ' ', nodeLink(ref))));
}

function plain(value) {
  if (value === null || value === undefined) return null;
  if (isNodeRef(value)) return nodeLink(value);
  if (Array.isArray(value)) return value.length ? h('ul', { class: 'inline' }, value.map((v) => h('li', {}, plain(v)))) : null;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? number.format(value) : String(value);
}

function genericTable(rows) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row ?? {})))].filter((c) => c !== 'id');
  return h('table', {},
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, humanise(c))))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c) => h('td', {}, c === 'publications' && Array.isArray(row[c]) ? publicationList(row[c]) : plain(row[c]) ?? '—'))))));
}
