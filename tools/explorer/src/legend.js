// The legend and the label badges: the palette's fill and caption colour, so a label reads the same everywhere.
import { h } from './dom.js';
import { labels, primaryLabel, styleOf } from './palette.js';

export function labelBadge(nodeLabels) {
  const label = primaryLabel(nodeLabels);
  const style = styleOf(label);
  const badge = h('span', { class: 'badge' }, label);
  badge.style.backgroundColor = style.color;
  badge.style.borderColor = style.borderColor;
  badge.style.color = style.textColor;
  return badge;
}

/** Renders the legend: every label of the palette, with how many of its nodes are on the canvas. */
export function renderLegend(list, counts) {
  list.replaceChildren(
    ...labels.map((label) => {
      const style = styleOf(label);
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = style.color;
      swatch.style.borderColor = style.borderColor;
      const count = counts.get(label) ?? 0;
      return h('li', { class: count ? 'present' : 'absent', dataset: { label } }, swatch, label, count ? h('span', { class: 'count' }, ` ${count}`) : null);
    }),
  );
}
