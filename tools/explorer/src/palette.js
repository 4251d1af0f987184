// The palette shared with Neo4j Browser's style sheet (cypher/browser/palette.json, bundled at build time).
import palette from '../../../cypher/browser/palette.json';

export const labels = Object.keys(palette.labels);

/** The label a node is drawn with: the first of its labels that the palette knows. */
export function primaryLabel(nodeLabels = []) {
  return nodeLabels.find((label) => label in palette.labels) ?? nodeLabels[0] ?? 'Entity';
}

export function styleOf(label) {
  return palette.labels[label] ?? palette.node;
}

/** A node's caption: the palette's caption property of its label, else its name, else its id. */
export function captionOf(node) {
  const property = styleOf(primaryLabel(node.labels)).caption;
  return String(node[property] ?? node.properties?.[property] ?? node.name ?? node.id);
}

export const relationship = palette.relationship;

/** Node diameters on the canvas: the Browser's sizes, scaled down so that captions fit beside them. */
export const scale = 0.5;

/** Cytoscape style rules: defaults, one rule per label, and the states the views use. */
export function cytoscapeStyle() {
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  return [
    {
      selector: 'node',
      style: {
        'background-color': palette.node.color,
        'border-color': palette.node.borderColor,
        'border-width': 2,
        width: palette.node.diameter * scale,
        height: palette.node.diameter * scale,
        label: 'data(caption)',
        'font-family': font,
        'font-size': 11,
        color: '#1F2328',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 120,
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
      },
    },
    ...labels.map((label) => ({
      selector: `node[label = "${label}"]`,
      style: {
        'background-color': palette.labels[label].color,
        'border-color': palette.labels[label].borderColor,
        width: palette.labels[label].diameter * scale,
        height: palette.labels[label].diameter * scale,
      },
    })),
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 1.5,
        'line-color': relationship.color,
        'target-arrow-color': relationship.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(type)',
        'font-family': font,
        'font-size': 8,
        color: relationship.textColor,
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 6,
      },
    },
    // Captions of many edges cost most of a large expansion's drawing and mostly repeat one type: past
    // GraphCanvas's limit only the selected, highlighted and selected node's edges keep theirs.
    { selector: 'edge.quiet', style: { label: '' } },
    { selector: 'edge.near, edge.highlight, edge:selected', style: { label: 'data(type)' } },
    { selector: 'edge[bend]', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(bend)', 'control-point-weights': 0.5 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1F2328', 'underlay-color': '#1A4FD6', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#1A4FD6', 'target-arrow-color': '#1A4FD6' } },
    { selector: '.highlight', style: { 'z-index': 10 } },
    { selector: 'edge.highlight', style: { width: 3.5, 'line-color': '#1F2328', 'target-arrow-color': '#1F2328', 'font-size': 10, 'font-weight': 'bold' } },
    { selector: 'node.highlight', style: { 'border-width': 3, 'font-weight': 'bold' } },
    // Faded, not hidden: the other chains stay readable (captions keep their colour).
    { selector: 'node.faded', style: { 'background-opacity': 0.45, 'border-opacity': 0.45 } },
    { selector: 'edge.faded', style: { 'line-color': '#C4C9D0', 'target-arrow-color': '#C4C9D0', color: '#57606A' } },
    { selector: 'node.anchor', style: { 'border-width': 4 } },
  ];
}
