// The publications behind relationships: resolved through the API once each, linked to PubMed, PMC or
// ClinicalTrials.gov where the record names an identifier there.
import { api } from './api.js';
import { h } from './dom.js';

const cache = new Map();

export function publication(id) {
  if (!cache.has(id)) cache.set(id, api.publication(id).catch(() => ({ id, name: id, properties: {} })));
  return cache.get(id);
}

const nctPattern = /NCT\d{8}/i;

/** Where a publication (or a trial) can be read: {href, site}, or null. */
export function externalLink(record) {
  const p = record.properties ?? {};
  if (p.pmid) return { href: `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(p.pmid)}/`, site: 'PubMed' };
  if (p.pmcid) return { href: `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(p.pmcid)}/`, site: 'PubMed Central' };
  const nct = [p.nctId, record.id, record.name, p.title, ...(p.xrefs ?? [])].map((v) => nctPattern.exec(String(v ?? ''))?.[0]).find(Boolean);
  if (nct) return { href: `https://clinicaltrials.gov/study/${nct.toUpperCase()}`, site: 'ClinicalTrials.gov' };
  return null;
}

export function outboundLink(link, text) {
  return h('a', { href: link.href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, text, h('span', { class: 'visually-hidden' }, ` (${link.site}, opens in a new tab)`));
}

/** A list of publications, filled in as they resolve: name, year, and a link where there is one. */
export function sourceList(ids) {
  const list = h('ul', { class: 'sources' });
  for (const id of ids) {
    const item = h('li', { dataset: { source: id } }, h('span', { class: 'muted' }, id));
    list.append(item);
    publication(id).then((record) => {
      const link = externalLink(record);
      const year = record.properties?.year ? ` (${record.properties.year})` : '';
      item.replaceChildren(
        link ? outboundLink(link, record.name) : h('span', {}, record.name),
        year,
        link ? h('span', { class: 'site' }, ` · ${link.site}`) : null,
      );
      if (record.properties?.title && record.properties.title !== record.name) item.title = record.properties.title;
    });
  }
  return list;
}
