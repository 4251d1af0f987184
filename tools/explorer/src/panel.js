// The side panel's details: a node's properties and relationships (each with its provenance), or one
// relationship's properties and provenance.
import { h, humanise, plainText } from './dom.js';
import { labelBadge } from './legend.js';
import { primaryLabel } from './palette.js';
import { provenanceDetails, provenanceSummary } from './provenance.js';
import { externalLink, outboundLink } from './publications.js';
import { href } from './router.js';

const arrows = { out: '→', in: '←' };

/**
 * @param {{entity: object, relationships: {items: object[], total: number}, expanded: boolean,
 *   expand: () => void, goTo: (item: object) => void, more: (() => void) | null}} model
 */
export function nodeDetails({ entity, relationships, expanded, expand, goTo, more }) {
  const label = primaryLabel(entity.labels);
  const link = externalLink(entity);
  const { description, developmentStatus, developmentStatusDate, developmentStatusSource, ...properties } = entity.properties ?? {};
  const total = entity.relationshipCounts.reduce((sum, c) => sum + c.count, 0);
  return [
    h('h2', { id: 'details-title', tabindex: '-1' }, entity.name),
    h('p', { class: 'identity' }, labelBadge(entity.labels), ' ', h('code', {}, entity.id), link ? [' · ', outboundLink(link, link.site)] : null),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: expand, 'aria-describedby': 'details-title' }, expanded ? 'Neighbours shown' : `Expand neighbours (${total})`),
      label === 'Drug' ? h('a', { class: 'button', href: href.mechanism(entity.id), 'data-nav': true }, 'Mechanism') : null,
      label === 'Drug' ? h('a', { class: 'button', href: href.adverseEvents(entity.id), 'data-nav': true }, 'Adverse events') : null,
      label === 'ClinicalTrial' ? h('a', { class: 'button', href: href.trial(entity.id), 'data-nav': true }, 'Trial view') : null,
      h('a', { class: 'button', href: href.entity(entity.id), 'data-nav': true }, 'Centre here'),
    ),
    description ? h('p', { class: 'description' }, description) : null,
    developmentLine(developmentStatus, developmentStatusDate, developmentStatusSource),
    propertyList(properties),
    h('h3', { id: 'neighbours-title' }, `Relationships (${relationships.total})`),
    h('p', { class: 'muted', id: 'neighbours-help' }, 'Enter on a neighbour adds it to the graph, selects it and expands it.'),
    h('ul', { class: 'neighbours', 'aria-labelledby': 'neighbours-title' }, relationships.items.map((item) => relationshipItem(item, goTo))),
    more ? h('button', { type: 'button', class: 'more', onclick: more }, `Show more (${relationships.total - relationships.items.length} left)`) : null,
  ];
}

function relationshipItem(item, goTo) {
  const provenance = h('details', { class: 'provenance' }, h('summary', {}, provenanceSummary(item.provenance)));
  provenance.addEventListener('toggle', () => {
    if (provenance.open && provenance.childElementCount === 1) {
      const { description, ...rest } = item.properties ?? {};
      provenance.append(description ? h('p', {}, description) : '', propertyList(rest), provenanceDetails(item.provenance));
    }
  }, { once: false });
  return h('li', { dataset: { id: item.node.id, type: item.type, direction: item.direction } },
    h('span', { class: 'relation' }, `${arrows[item.direction] ?? '–'} ${item.type}`), ' ',
    h('button', {
      type: 'button',
      class: 'neighbour',
      'aria-describedby': 'neighbours-help',
      onclick: () => goTo(item),
    }, labelBadge(item.node.labels), ' ', item.node.name),
    provenance);
}

/** A relationship on the canvas: its type, ends, properties and provenance. */
export function edgeDetails(edge, start, end, select) {
  const { description, ...properties } = edge.properties ?? {};
  return [
    h('h2', { id: 'details-title', tabindex: '-1' }, edge.type),
    h('p', { class: 'identity' },
      h('button', { type: 'button', class: 'link', onclick: () => select(start.id) }, start.name), ` → ${edge.type} → `,
      h('button', { type: 'button', class: 'link', onclick: () => select(end.id) }, end.name)),
    description ? h('p', { class: 'description' }, description) : null,
    propertyList(properties),
    h('h3', {}, 'Provenance'),
    provenanceDetails(edge.provenance),
  ];
}

/** A drug's development status in one line, "Development: inactive as of 2017-01-05 (source)", the source a link to its node. */
function developmentLine(status, date, source) {
  if (!status) return null;
  return h('p', { class: 'development', dataset: { status } },
    h('strong', {}, 'Development: '), status, date ? ` as of ${date}` : '',
    source ? [' (', h('a', { href: href.entity(source), 'data-nav': true }, 'source'), ')'] : null);
}

function propertyList(properties) {
  const entries = Object.entries(properties ?? {}).filter(([, v]) => v !== null && v !== undefined && plainText(v) !== '');
  if (!entries.length) return null;
  return h('dl', { class: 'properties' }, entries.map(([key, value]) => [h('dt', {}, humanise(key)), h('dd', {}, plainText(value))]));
}
