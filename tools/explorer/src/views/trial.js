// A trial as a document: its registry record by the title (status, dates, sponsor, whether the primary endpoint was
// met), its facts, arms with their size, interventions and doses, outcomes with their intervals, each comparison
// with its effect, the adverse events of each arm, biomarkers and publications. Fields the view does not know yet
// are shown as they come.
import { api } from '../api.js';
import { capitalise, effect, figure, number, patients, words } from '../clinical.js';
import { h, humanise } from '../dom.js';
import { labelBadge } from '../legend.js';
import { provenanceCell } from '../provenance.js';
import { externalLink, outboundLink, publicationList } from '../publications.js';
import { href } from '../router.js';
import { adverseEventTable } from './adverse-event-table.js';

const shown = new Set(['id', 'nctId', 'name', 'acronym', 'officialTitle', 'phase', 'enrollment', 'enrollmentApproximate', 'randomised', 'design',
  'population', 'primaryEndpoint', 'primaryEndpointMet', 'registry', 'indications', 'drugs', 'arms', 'outcomes', 'adverseEvents', 'biomarkers', 'publications']);
const shownInRegistry = new Set(['overallStatus', 'whyStopped', 'startDate', 'primaryCompletionDate', 'completionDate', 'completionDateType',
  'enrollment', 'enrollmentType', 'leadSponsor', 'collaborators']);

export async function renderTrial(app, id) {
  const trial = await api.trial(id);
  if (app.stale()) return;
  if (trial.id !== id) app.replaceAddress(href.trial(trial.id));
  const link = externalLink({ id: trial.id, properties: { nctId: trial.nctId } });
  const registry = trial.registry ?? {};
  app.setView({
    title: trial.acronym ? `${trial.acronym} (${trial.nctId ?? trial.id})` : trial.nctId ?? trial.id,
    description: [trial.name, registryLine(trial)],
    tools: [h('a', { href: href.entity(trial.id), 'data-nav': true, class: 'button' }, 'Show in the graph'), link ? outboundLink(link, `${trial.nctId} on ClinicalTrials.gov`) : null],
  });
  const armNames = new Map(trial.arms.map((arm) => [arm.id, arm.name]));
  const outcomes = new Map(trial.outcomes.map((outcome) => [outcome.id, outcome]));
  const unknown = (record, known, tables) => Object.entries(record).filter(([key, value]) => !known.has(key) && isTable(value) === tables);
  app.showDocument(
    h('section', { 'aria-labelledby': 'trial-facts' },
      h('h2', { id: 'trial-facts' }, 'The trial'),
      facts([
        ['Official title', trial.officialTitle !== trial.name ? trial.officialTitle : null],
        ['Phase', trial.phase],
        ['Enrollment', trial.enrollment == null ? null : `${trial.enrollmentApproximate ? 'about ' : ''}${patients(trial.enrollment)}`],
        ['Registered enrollment', registry.enrollment == null ? null : `${patients(registry.enrollment)}${registry.enrollmentType ? ` (${words(registry.enrollmentType)})` : ''}`],
        ['Randomised', trial.randomised == null ? null : patients(trial.randomised)],
        ['Design', trial.design?.join(', ')],
        ['Population', trial.population],
        ['Primary endpoint', trial.primaryEndpoint == null && trial.primaryEndpointMet == null ? null
          : [trial.primaryEndpoint ?? '', trial.primaryEndpointMet == null ? '' : [trial.primaryEndpoint ? ' — ' : '', endpointTag(trial.primaryEndpointMet)]]],
        ['Indications', nodeLinks(trial.indications)],
        ['Drugs', trial.drugs.length ? h('ul', { class: 'inline' }, trial.drugs.map((d) => h('li', {}, nodeLink(d.drug), d.role ? ` (${d.role})` : ''))) : null],
        ...unknown(trial, shown, false).map(([key, value]) => [humanise(key), plain(value)]),
        ...unknown(registry, shownInRegistry, false).map(([key, value]) => [`Registry: ${humanise(key).toLowerCase()}`, plain(value)]),
      ])),
    h('section', { 'aria-labelledby': 'trial-arms' },
      h('h2', { id: 'trial-arms' }, `Arms (${trial.arms.length})`),
      trial.arms.map((arm) => armSection(arm))),
    h('section', { 'aria-labelledby': 'trial-outcomes' },
      h('h2', { id: 'trial-outcomes' }, `Outcomes (${trial.outcomes.length})`),
      trial.outcomes.length ? outcomeTable(trial.outcomes, armNames, outcomes) : h('p', { class: 'muted' }, 'No outcomes recorded.')),
    comparisonSection(trial.outcomes, armNames, outcomes),
    adverseEventSection(trial.adverseEvents ?? [], trial.arms),
    ...[...unknown(trial, shown, true), ...unknown(registry, shownInRegistry, true)].map(([key, value]) =>
      h('section', {}, h('h2', {}, `${humanise(key)} (${value.length})`), genericTable(value))),
    trial.biomarkers?.length
      ? h('section', { 'aria-labelledby': 'trial-biomarkers' }, h('h2', { id: 'trial-biomarkers' }, 'Biomarkers monitored'), nodeLinks(trial.biomarkers))
      : null,
    h('section', { 'aria-labelledby': 'trial-publications' }, h('h2', { id: 'trial-publications' }, 'Publications'), publicationList(trial.publications)),
  );
}

/**
 * The registry's record in one line under the title: "Terminated: <why> · started 2013-05 · completed 2016-02 ·
 * sponsor X with Y · primary endpoint not met". Null when the answer has none of it.
 */
function registryLine(trial) {
  const r = trial.registry ?? {};
  const completion = r.completionDate == null ? null
    : r.completionDateType === 'ESTIMATED' ? `completion expected ${r.completionDate}` : `completed ${r.completionDate}`;
  const parts = [
    r.overallStatus ? h('span', { class: 'status', dataset: { status: r.overallStatus } }, capitalise(words(r.overallStatus)), r.whyStopped ? `: ${r.whyStopped}` : '') : null,
    r.startDate ? `started ${r.startDate}` : null,
    r.primaryCompletionDate ? `primary completion ${r.primaryCompletionDate}` : null,
    completion,
    r.leadSponsor ? `sponsor ${r.leadSponsor}${r.collaborators?.length ? ` with ${r.collaborators.join(', ')}` : ''}` : null,
    trial.primaryEndpointMet == null ? null : endpointTag(trial.primaryEndpointMet),
  ].filter(Boolean);
  return parts.length ? h('span', { class: 'registry', id: 'trial-registry' }, parts.map((part, i) => [i ? ' · ' : '', part])) : null;
}

function endpointTag(met) {
  return h('span', { class: `endpoint ${met ? 'met' : 'not-met'}` }, met ? 'primary endpoint met' : 'primary endpoint not met');
}

function armSection(arm) {
  const headingId = `arm-${arm.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return h('section', { class: 'arm', 'aria-labelledby': headingId, dataset: { arm: arm.id } },
    h('h3', { id: headingId }, arm.name),
    h('p', {},
      arm.armType ? h('span', { class: 'tag' }, arm.armType) : null, ' ',
      arm.participants != null ? h('span', { class: 'participants' }, `${patients(arm.participants)}. `) : null,
      arm.description ?? ''),
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
        h('td', { class: 'value' }, figure(o)),
        h('td', {}, o.comparedWith?.length
          ? h('ul', { class: 'plain' }, o.comparedWith.map((otherId) => h('li', {}, outcomeFigure(otherId, armNames, outcomes))))
          : '—'),
        h('td', {}, o.significance ?? '—'),
        h('td', {}, o.finding ?? ''),
        h('td', {}, publicationList(o.publications))))));
}

/** Another outcome's figure and arm: "4.9 months (Placebo plus carboplatin and pemetrexed)". */
function outcomeFigure(id, armNames, outcomes) {
  const o = outcomes.get(id);
  return o ? [h('span', { class: 'value' }, figure(o)), ` (${armNames.get(o.arm) ?? o.name})`] : id;
}

/** Each comparison once (the answer gives it under both outcomes), with its effect, interval and p-value. */
function comparisonSection(list, armNames, outcomes) {
  const comparisons = new Map();
  for (const c of list.flatMap((o) => o.comparisons ?? [])) comparisons.set(`${c.of}|${c.against}`, c);
  if (!comparisons.size) return null;
  return h('section', { 'aria-labelledby': 'trial-comparisons' },
    h('h2', { id: 'trial-comparisons' }, `Comparisons (${comparisons.size})`),
    h('table', { class: 'comparisons' },
      h('caption', { class: 'visually-hidden' }, 'Comparisons between arms, with their effect'),
      h('thead', {}, h('tr', {}, ['Measure', 'Outcome', 'Against', 'Effect', 'Publications'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, [...comparisons].map(([key, c]) =>
        h('tr', { dataset: { comparison: key } },
          h('th', { scope: 'row' }, outcomes.get(c.of)?.measure ?? c.of),
          h('td', {}, outcomeFigure(c.of, armNames, outcomes)),
          h('td', {}, outcomeFigure(c.against, armNames, outcomes)),
          h('td', { class: 'effect-size' }, effect(c) ?? h('span', { class: 'muted' }, 'no effect size or p-value reported')),
          h('td', {}, provenanceCell(c.provenance)))))));
}

/** The adverse events of each arm, in the order of the arms (then any arm the answer names but does not list). */
function adverseEventSection(events, arms) {
  const names = new Map(arms.map((arm) => [arm.id, arm.name]));
  const byArm = new Map();
  for (const event of events) byArm.set(event.arm, [...(byArm.get(event.arm) ?? []), event]);
  const order = [...arms.map((arm) => arm.id).filter((id) => byArm.has(id)), ...[...byArm.keys()].filter((id) => !names.has(id))];
  return h('section', { 'aria-labelledby': 'trial-adverse-events' },
    h('h2', { id: 'trial-adverse-events' }, `Adverse events (${events.length})`),
    events.length
      ? order.map((armId) => h('section', { class: 'arm-events', dataset: { arm: armId } },
        h('h3', {}, names.get(armId) ?? armId),
        adverseEventTable(byArm.get(armId).map((report) => ({ report })), { caption: `Adverse events in ${names.get(armId) ?? armId}` })))
      : h('p', { class: 'muted' }, 'No adverse events are recorded for this trial.'));
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

/** A table the view does not know: a column per field; publications and provenance drawn as elsewhere. */
function genericTable(rows) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row ?? {})))].filter((c) => c !== 'id');
  const cell = (row, c) => {
    if (c === 'publications' && Array.isArray(row[c])) return publicationList(row[c]);
    if (c === 'provenance' && row[c] && typeof row[c] === 'object') return provenanceCell(row[c]);
    return plain(row[c]) ?? '—';
  };
  return h('table', {},
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, humanise(c))))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c) => h('td', {}, cell(row, c)))))));
}
