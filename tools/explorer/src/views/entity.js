// An entity and its neighbours: the explorer's starting point after a search.
import { api } from '../api.js';
import { h } from '../dom.js';
import { href } from '../router.js';

export async function renderEntity(app, id) {
  const entity = await api.entity(id);
  if (app.stale()) return;
  if (entity.id !== id) app.replaceAddress(href.entity(entity.id));
  app.setView({
    title: entity.name,
    description: 'The entity and its neighbours. Select a node for its properties and relationships; double-click it, or press Enter on it, to add its neighbours.',
    tools: [h('a', { href: href.paths(entity.id, null, 4), 'data-nav': true, class: 'button' }, 'Paths from here'), ...app.graphTools()],
  });
  app.setViewInfo();
  await app.showGraph([{ ref: entity, position: { x: 0, y: 0 } }], []);
  if (app.stale()) return;
  await app.expand(entity.id);
  if (app.stale()) return;
  app.selectNode(entity.id);
}
