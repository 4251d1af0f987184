// The publications behind relationships, by their CURIEs: linked to PubMed, PubMed Central, doi.org or
// ClinicalTrials.gov, or, for the project's own ids, to their page in the explorer; named through the API once each.
import { api } from './api.js';
import { h } from './dom.js';
import { href } from './router.js';

/** Where a CURIE of each prefix can be read (the prefix compared without case). */
const readers = {
  pmid: (local) => ({ href: `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(local)}/`, site: 'PubMed' }),
  pmc: (local) => ({ href: `https://pmc.ncbi.nlm.nih.gov/articles/PMC${encodeURIComponent(local.replace(/^PMC/i, ''))}/`, site: 'PubMed Central' }),
  doi: (local) => ({ href: `https://doi.org/${local.split('/').map(encodeURIComponent).join('/')}`, site: 'doi.org' }),
  clinicaltrials: (local) => (nctPattern.test(local) ? { href: `https://clinicaltrials.gov/study/${local.toUpperCase()}`, site: 'ClinicalTrials.gov' } : null),
};
const projectPrefix = 'apatorsen';
const nctPattern = /^NCT\d{8}$/i;

function split(curie) {
  const colon = curie.indexOf(':');
  return colon < 0 ? ['', curie] : [curie.slice(0, colon).toLowerCase(), curie.slice(colon + 1)];
}

/** Where a CURIE is read outside the explorer: {href, site}, or null (the project's own ids, unknown prefixes). */
export function curieLink(curie) {
  const [prefix, local] = split(curie);
  return readers[prefix]?.(local) ?? null;
}

const isProjectId = (curie) => split(curie)[0] === projectPrefix;

/** Where a node (a publication or a trial) can be read: by its id, else by the identifiers among its properties. */
export function externalLink(record) {
  const p = record.properties ?? {};
  return curieLink(record.id) ?? [['PMID', p.pmid], ['PMC', p.pmcid], ['doi', p.doi], ['CLINICALTRIALS', p.nctId]]
    .map(([prefix, local]) => (local ? curieLink(`${prefix}:${local}`) : null))
    .find(Boolean) ?? null;
}

export function outboundLink(link, text) {
  return h('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, text, h('span', { class: 'visually-hidden' }, ` (${link.site}, opens in a new tab)`));
}

const cache = new Map();

/**
 * The node a publication CURIE names: {id, name, properties}. A doi holds a slash, which cannot travel in a path
 * segment of the API (an encoded one is not decoded there), so those are found by search, which matches ids exactly.
 */
function publication(id) {
  if (!cache.has(id)) {
    const found = id.includes('/')
      ? api.search(id).then((answer) => answer.items.find((item) => item.id === id) ?? { id, name: id })
      : api.entity(id);
    cache.set(id, found.catch(() => ({ id, name: id, properties: {} })));
  }
  return cache.get(id);
}

/**
 * A list of publications by CURIE, named as they resolve: the name linked to where it can be read (the project's
 * own references to their page here), the year, the site.
 */
export function publicationList(ids = []) {
  const list = h('ul', { class: 'publications' });
  for (const id of ids) {
    const item = h('li', { dataset: { publication: id } }, h('span', { class: 'muted' }, id));
    list.append(item);
    publication(id).then((record) => {
      const link = curieLink(id);
      const year = record.properties?.year ? ` (${record.properties.year})` : '';
      const name = record.name ?? id;
      item.replaceChildren(
        link ? outboundLink(link, name) : isProjectId(id) ? h('a', { href: href.entity(id), 'data-nav': true }, name) : h('span', {}, name),
        year,
        h('span', { class: 'site' }, ` · ${link ? link.site : isProjectId(id) ? 'this graph' : id}`),
      );
      if (record.properties?.title && record.properties.title !== name) item.title = record.properties.title;
    });
  }
  return list;
}
