// Addresses of the views, below the page's base (/explore/): every view can be linked to and shared.
const base = new URL(document.baseURI);

export const href = {
  home: () => base.pathname,
  entity: (id) => `${base.pathname}entity/${encodeURIComponent(id)}`,
  mechanism: (id) => `${base.pathname}mechanism/${encodeURIComponent(id)}`,
  trial: (id) => `${base.pathname}trial/${encodeURIComponent(id)}`,
  adverseEvents: (drugId) => `${base.pathname}adverse-events/${encodeURIComponent(drugId)}`,
  paths: (from, to, maxHops) => {
    const query = new URLSearchParams();
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    if (maxHops) query.set('maxHops', String(maxHops));
    const text = query.toString();
    return `${base.pathname}paths${text ? `?${text}` : ''}`;
  },
};

/** The view an address names: {view, id?, from?, to?, maxHops?}. */
export function parse(location) {
  const path = location.pathname.startsWith(base.pathname) ? location.pathname.slice(base.pathname.length) : '';
  const [view = '', ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  const query = new URLSearchParams(location.search);
  switch (view) {
    case '':
      return { view: 'home' };
    case 'entity':
    case 'mechanism':
    case 'trial':
    case 'adverse-events':
      return id ? { view, id } : { view: 'unknown' };
    case 'paths':
      return { view, from: query.get('from'), to: query.get('to'), maxHops: Number(query.get('maxHops')) || 4 };
    default:
      return { view: 'unknown' };
  }
}
