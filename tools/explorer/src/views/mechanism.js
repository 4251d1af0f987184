// The drug's mechanism: every chain from /api/drugs/{id}/mechanism, drawn left to right, the longest first.
import { api } from '../api.js';
import { h } from '../dom.js';
import { href } from '../router.js';
import { layered, sequenceIds } from './layered.js';

const sign = { increases: '↑', decreases: '↓' };

export async function renderMechanism(app, drugId) {
  const answer = await api.mechanism(drugId);
  if (app.stale()) return;
  if (answer.drug.id !== drugId) app.replaceAddress(href.mechanism(answer.drug.id));
  const chains = answer.chains
    .map((chain) => ({
      chain,
      nodes: [answer.drug, ...chain.steps.map((s) => s.to)],
      steps: chain.steps.map((s) => ({
        start: s.from.id,
        type: s.type,
        end: s.to.id,
        properties: { effect: s.effect, description: s.description, ...s.properties },
        provenance: s.provenance,
      })),
    }))
    // The longest chain first: it is drawn on the top line (drug → mRNA → Hsp27 → apoptosis for apatorsen).
    .sort((a, b) => b.steps.length - a.steps.length);
  const { nodes, edges } = layered(chains);

  app.setView({
    title: `Mechanism of ${answer.drug.name}`,
    description: `${chains.length} chains from the drug, left to right, each step a relationship with its provenance. Select a chain to follow it; select a node or an arrow for its details.`,
    tools: [h('a', { href: href.entity(answer.drug.id), 'data-nav': true, class: 'button' }, 'Neighbourhood'), ...app.graphTools()],
  });
  await app.showGraph(nodes, edges);
  if (app.stale()) return;

  const buttons = chains.map((item, i) =>
    h('li', {},
      h('button', { type: 'button', class: 'chain', 'aria-pressed': 'false', dataset: { index: i }, onclick: () => choose(i) },
        h('span', { class: `effect ${item.chain.netEffect}` }, `${sign[item.chain.netEffect] ?? ''} ${item.chain.netEffect}`),
        ' ',
        item.nodes.map((n, k) => [k ? h('span', { class: 'arrow' }, ` →${item.steps[k - 1].type}→ `) : null, h('span', { class: 'step' }, n.name)]))));
  const choose = (i) => {
    buttons.forEach((li, k) => li.firstChild.setAttribute('aria-pressed', String(k === i)));
    app.graph.highlight(sequenceIds(chains[i]));
  };
  app.setViewInfo(
    h('h2', {}, `Chains (${chains.length})`),
    h('p', { class: 'muted' }, 'Net effect on the last node: each step’s sign multiplied (binding the mRNA and targeting count as lowering).'),
    h('ol', { class: 'chains' }, buttons),
  );
  if (chains.length) choose(0);
  app.selectNode(answer.drug.id);
}
