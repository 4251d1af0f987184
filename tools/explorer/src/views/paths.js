// Paths between two entities (/api/paths), drawn left to right from the first to the second.
import { api } from '../api.js';
import { h } from '../dom.js';
import { href } from '../router.js';
import { SearchBox } from '../search.js';
import { layered, sequenceIds } from './layered.js';

export async function renderPaths(app, { from, to, maxHops }) {
  app.setView({
    title: 'Paths between two entities',
    description: 'Up to ten paths in either direction, shortest first, without repeating a node.',
    tools: [pathForm(app, from, to, maxHops), ...app.graphTools()],
  });
  if (!from || !to) {
    await app.showGraph([], []);
    app.setViewInfo(h('p', { class: 'muted' }, 'Choose two entities above.'));
    return;
  }
  const answer = await api.paths(from, to, maxHops);
  if (app.stale()) return;
  if (answer.from.id !== from || answer.to.id !== to) app.replaceAddress(href.paths(answer.from.id, answer.to.id, maxHops));
  const sequences = answer.paths.map((path) => ({
    path,
    nodes: path.nodes,
    steps: path.relationships.map((r) => ({ start: r.start, type: r.type, end: r.end, provenance: r.provenance })),
  }));
  const last = Math.max(1, ...answer.paths.map((p) => p.length));
  // The target sits in the last column whatever the length of the path that reaches it.
  const { nodes, edges } = layered(sequences, (index, sequence, ref) => (ref.id === answer.to.id ? last : index));
  await app.showGraph(nodes, edges);
  if (app.stale()) return;
  app.graph.markAnchor(answer.from.id);
  app.graph.markAnchor(answer.to.id);

  const items = sequences.map((sequence, i) =>
    h('li', {},
      h('button', { type: 'button', class: 'chain', 'aria-pressed': 'false', onclick: () => choose(i) },
        h('span', { class: 'effect' }, `${sequence.path.length} ${sequence.path.length === 1 ? 'step' : 'steps'}`), ' ',
        sequence.nodes.map((n, k) => {
          const r = sequence.path.relationships[k - 1];
          const arrow = r ? (r.start === n.id ? ` ←${r.type}← ` : ` →${r.type}→ `) : null;
          return [arrow ? h('span', { class: 'arrow' }, arrow) : null, h('span', { class: 'step' }, n.name)];
        }))));
  const choose = (i) => {
    items.forEach((li, k) => li.firstChild.setAttribute('aria-pressed', String(k === i)));
    app.graph.highlight(sequenceIds(sequences[i]));
  };
  app.setViewInfo(
    h('h2', {}, `Paths (${sequences.length})`),
    sequences.length
      ? h('ol', { class: 'chains' }, items)
      : h('p', {}, `No path of at most ${answer.maxHops} steps joins ${answer.from.name} and ${answer.to.name}.`),
  );
  if (sequences.length) choose(0);
}

function pathForm(app, from, to, maxHops) {
  const chosen = { from, to };
  const field = (key, labelText, value) => {
    const input = h('input', { id: `path-${key}`, type: 'text', value: value ?? '', placeholder: 'Search…', required: true });
    new SearchBox({ input, choose: (item) => { chosen[key] = item.id; input.value = item.id; } });
    input.addEventListener('change', () => { chosen[key] = input.value.trim(); });
    return h('div', { class: 'field combo' }, h('label', { for: input.id }, labelText), input);
  };
  const hops = h('select', { id: 'path-hops' }, [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, n)));
  return h('form', {
    class: 'path-form',
    onsubmit: (event) => {
      event.preventDefault();
      if (chosen.from && chosen.to) app.navigate(href.paths(chosen.from, chosen.to, Number(hops.value)));
    },
  }, field('from', 'From', from), field('to', 'To', to), h('div', { class: 'field' }, h('label', { for: hops.id }, 'Max steps'), hops), h('button', { type: 'submit' }, 'Find paths'));
}
