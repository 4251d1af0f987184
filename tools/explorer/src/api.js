// The explorer's only way out: the API's public routes, on the page's own origin (and path base).

const root = new URL('../', document.baseURI);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The API answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET an API route (e.g. 'api/search') with query parameters; resolves to the parsed JSON answer. */
export async function get(path, parameters = {}, { signal } = {}) {
  const url = new URL(path, root);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const segment = (id) => encodeURIComponent(id);

export const api = {
  search: (q, label, signal) => get('api/search', { q, label, limit: 12 }, { signal }),
  entity: (id) => get(`api/entities/${segment(id)}`),
  relationships: (id, limit, offset = 0) => get(`api/entities/${segment(id)}/relationships`, { limit, offset }),
  paths: (from, to, maxHops) => get('api/paths', { from, to, maxHops }),
  mechanism: (drugId) => get(`api/drugs/${segment(drugId)}/mechanism`),
  trial: (id) => get(`api/trials/${segment(id)}`),
  adverseEvents: (drugId, limit, offset = 0) => get(`api/drugs/${segment(drugId)}/adverse-events`, { limit, offset }),
};

/** True when a request was cancelled on purpose (a newer search replaced it). */
export const isAbort = (error) => error?.name === 'AbortError';
