// A relationship's provenance, as Biolink separates it from evidence: who asserts it (the primary knowledge source),
// who passed it on (aggregators), what kind of statement it is (knowledge level), who made it (agent type), and the
// publications behind it.
import { h } from './dom.js';
import { publicationList } from './publications.js';

const thisGraph = 'infores:apatorsen-kg';

/** The knowledge sources the graph names (src/Apatorsen.Graph/Schema/KnowledgeSources.cs); others show their infores id. */
const knownSources = {
  [thisGraph]: 'this graph',
  'infores:mondo': 'Mondo',
  'infores:uniprot': 'UniProt',
  'infores:hgnc': 'HGNC',
  'infores:clinicaltrials': 'ClinicalTrials.gov',
};

export const sourceName = (infores) => knownSources[infores] ?? infores;

/** Biolink's enum values in words: "knowledge_assertion" → "knowledge assertion". */
const words = (value) => (value ? value.replaceAll('_', ' ') : null);

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** One line for a collapsed provenance: "Provenance: Mondo, 2 publications". */
export function provenanceSummary(provenance) {
  const publications = provenance?.publications?.length ?? 0;
  return `Provenance: ${sourceName(provenance?.primaryKnowledgeSource ?? 'unknown source')}, ${count(publications, 'publication', 'publications')}`;
}

/** The provenance in full: the sources, level and agent as a definition list, then the publications. */
export function provenanceDetails(provenance) {
  if (!provenance) return h('p', { class: 'muted' }, 'No provenance recorded.');
  const source = (infores) => h('span', { class: 'knowledge-source', dataset: { infores } }, sourceName(infores), ' ', h('code', {}, infores));
  const rows = [
    ['Primary source', provenance.primaryKnowledgeSource ? source(provenance.primaryKnowledgeSource) : null],
    ['Passed on by', provenance.aggregatorKnowledgeSources?.length ? provenance.aggregatorKnowledgeSources.map((s, i) => [i ? ', ' : '', source(s)]) : null],
    ['Knowledge level', words(provenance.knowledgeLevel)],
    ['Agent', words(provenance.agentType)],
  ].filter(([, value]) => value);
  const publications = provenance.publications ?? [];
  return h('div', { class: 'provenance-details' },
    h('dl', { class: 'properties' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    publications.length ? [h('p', { class: 'publications-title' }, count(publications.length, 'publication', 'publications')), publicationList(publications)] : null);
}

/** A table cell's provenance: the publications, and the primary source where it is not this graph. */
export function provenanceCell(provenance) {
  const source = provenance?.primaryKnowledgeSource;
  return [
    publicationList(provenance?.publications),
    source && source !== thisGraph ? h('div', { class: 'muted' }, `Source: ${sourceName(source)}`) : null,
  ];
}
