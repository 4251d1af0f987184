// The graph canvas: Cytoscape.js with the palette's style, placement of added neighbours, keyboard navigation.
import cytoscape from 'cytoscape';
import { captionOf, cytoscapeStyle, primaryLabel } from './palette.js';
import { shorten } from './dom.js';

const maxAnimated = 24;
const maxCaptionedEdges = 40;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const edgeId = (start, type, end) => `${start}|${type}|${end}`;

export class GraphCanvas {
  /**
   * @param {HTMLElement} container
   * @param {{select: (id: string|null) => void, selectEdge: (id: string) => void, expand: (id: string) => void, changed: () => void}} handlers
   */
  constructor(container, handlers) {
    this.handlers = handlers;
    this.container = container;
    this.cy = cytoscape({
      container,
      style: cytoscapeStyle(),
      layout: { name: 'preset' },
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => handlers.select(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => handlers.expand(event.target.id()));
    this.cy.on('tap', 'edge', (event) => handlers.selectEdge(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.select(null);
    });
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  get nodeCount() {
    return this.cy.nodes().length;
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  node(id) {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.isNode() ? node.data() : null;
  }

  edge(id) {
    const edge = this.cy.getElementById(id);
    return edge.nonempty() && edge.isEdge() ? edge.data() : null;
  }

  /** Replaces the whole graph: nodes [{ref, position}], edges [{start, type, end, ...}]. */
  show(nodes, edges) {
    this.cy.batch(() => {
      this.cy.elements().remove();
      for (const { ref, position } of nodes) this.addNode(ref, position);
      for (const edge of edges) this.addEdge(edge);
    });
    this.quietEdges();
    this.fit();
    this.handlers.changed();
  }

  quietEdges() {
    const edges = this.cy.edges();
    edges.toggleClass('quiet', edges.length > maxCaptionedEdges);
  }

  addNode(ref, position = { x: 0, y: 0 }) {
    if (this.has(ref.id)) return false;
    this.cy.add({
      group: 'nodes',
      data: { id: ref.id, name: ref.name, labels: ref.labels, label: primaryLabel(ref.labels), caption: shorten(captionOf(ref), 40) },
      position: { ...position },
    });
    return true;
  }

  /** Adds a relationship between two nodes on the canvas, once. */
  addEdge({ start, type, end, properties = null, provenance = null, bend = null }) {
    const id = edgeId(start, type, end);
    if (this.has(id) || !this.has(start) || !this.has(end)) return false;
    const data = { id, source: start, target: end, type, properties, provenance };
    // bend: how far an edge that skips columns of a layered view arcs away from the straight line.
    this.cy.add({ group: 'edges', data: typeof bend === 'number' ? { ...data, bend } : data });
    return true;
  }

  /**
   * Adds a node's relationships (items of /api/entities/{id}/relationships), placing new neighbours on rings
   * around it, facing away from the rest of the graph. Resolves when they have moved into place.
   */
  async addNeighbours(centerId, items) {
    const center = this.cy.getElementById(centerId);
    const origin = center.position();
    const added = [];
    this.cy.batch(() => {
      for (const item of items) {
        if (this.addNode(item.node, origin)) added.push(item.node.id);
        const [start, end] = item.direction === 'in' ? [item.node.id, centerId] : [centerId, item.node.id];
        this.addEdge({ start, type: item.type, end, properties: item.properties, provenance: item.provenance });
      }
    });
    center.data('expanded', true);
    this.quietEdges();
    const others = this.cy.nodes().difference(center).filter((n) => !added.includes(n.id()));
    const targets = ringPositions(origin, added.length, others.length ? centroid(others) : null);
    const nodes = added.map((id) => this.cy.getElementById(id));
    // Many neighbours at once are placed without motion: animating them costs a heavy frame each on a slow machine.
    const still = reducedMotion() || added.length > maxAnimated;
    if (still) {
      this.cy.batch(() => nodes.forEach((node, i) => node.position(targets[i])));
    } else {
      await Promise.all(nodes.map((node, i) => node.animation({ position: targets[i], duration: 280, easing: 'ease-out-cubic' }).play().promise()));
    }
    this.reveal(center.closedNeighborhood(), still);
    this.handlers.changed();
    return added;
  }

  /** Pans and zooms so that the elements are in view, if some are not. */
  reveal(elements, still = reducedMotion()) {
    const box = bodies(elements);
    const view = this.cy.extent();
    const inside = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
    if (inside) return;
    const viewport = this.viewportFor(box);
    if (still) this.cy.viewport(viewport);
    else this.cy.animate({ ...viewport, duration: 250 });
  }

  fit() {
    this.cy.viewport(this.viewportFor(bodies(this.cy.elements())));
  }

  /**
   * The zoom and pan that show a box with room for captions. Cytoscape's own fit measures every label first,
   * which made expanding a node with 60 neighbours take a third of a second longer.
   */
  viewportFor(box, maxZoom = 1.4) {
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const padding = { x: 90, y: 50 };
    const zoom = Math.max(this.cy.minZoom(), Math.min(maxZoom, (width - 2 * padding.x) / Math.max(box.w, 1), (height - 2 * padding.y) / Math.max(box.h, 1)));
    return { zoom, pan: { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) } };
  }

  select(id) {
    this.cy.elements(':selected').unselect();
    this.cy.edges('.near').removeClass('near');
    if (!id) return;
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    element.select();
    if (element.isNode()) element.connectedEdges().addClass('near');
    if (element.isNode()) this.reveal(element);
  }

  selectedNodeId() {
    return this.cy.nodes(':selected').first().id() || null;
  }

  /** Emphasises the given node and edge ids and fades the rest; no ids clears it. */
  highlight(ids) {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlight faded');
      if (!ids?.size) return;
      this.cy.elements().forEach((element) => element.addClass(ids.has(element.id()) ? 'highlight' : 'faded'));
    });
  }

  markAnchor(id) {
    this.cy.getElementById(id).addClass('anchor');
  }

  /** The nodes in reading order: left to right, then top to bottom. */
  nodesInOrder() {
    return this.cy.nodes().sort((a, b) => a.position('x') - b.position('x') || a.position('y') - b.position('y')).map((n) => n.data());
  }

  /** What the canvas holds, with positions: for the accessible node list, tests and the console. */
  snapshot() {
    return {
      nodes: this.cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), name: n.data('name'), x: n.position('x'), y: n.position('y') })),
      edges: this.cy.edges().map((e) => ({ source: e.data('source'), target: e.data('target'), type: e.data('type') })),
    };
  }

  /** Resolves after the canvas has drawn its current state. */
  drawn() {
    return new Promise((resolve) => {
      this.cy.one('render', () => requestAnimationFrame(() => resolve()));
      this.cy.forceRender();
    });
  }

  resize() {
    this.cy.resize();
  }

  onKey(event) {
    if (event.target !== this.container) return;
    const order = this.nodesInOrder();
    if (!order.length) return;
    const current = order.findIndex((n) => n.id === this.selectedNodeId());
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step) {
      const next = current < 0 ? (step > 0 ? 0 : order.length - 1) : (current + step + order.length) % order.length;
      this.handlers.select(order[next].id);
    } else if ((event.key === 'Enter' || event.key === '+') && current >= 0) {
      this.handlers.expand(order[current].id);
    } else if (event.key === 'Escape') {
      this.handlers.select(null);
    } else if (event.key === 'f') {
      this.fit();
    } else {
      return;
    }
    event.preventDefault();
  }
}

/** The box of the elements' bodies, without their captions (which take a measurement each). */
function bodies(elements) {
  return elements.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
}

function centroid(nodes) {
  let x = 0;
  let y = 0;
  nodes.forEach((node) => {
    x += node.position('x');
    y += node.position('y');
  });
  return { x: x / nodes.length, y: y / nodes.length };
}

/**
 * Positions for count new neighbours of a node at origin: one ring, or two interleaved rings past 18, on the side
 * away from the rest of the graph (the whole circle when the node stands alone or sits in the middle).
 */
export function ringPositions(origin, count, awayFrom) {
  if (!count) return [];
  const dx = awayFrom ? origin.x - awayFrom.x : 0;
  const dy = awayFrom ? origin.y - awayFrom.y : 0;
  const alone = Math.hypot(dx, dy) < 40;
  // Facing away from the rest, the ring leaves a gap on the side it came from, however many neighbours it holds.
  const arc = alone ? 2 * Math.PI : Math.min(1.75 * Math.PI, Math.PI + count * 0.12);
  const facing = alone ? -Math.PI / 2 : Math.atan2(dy, dx);
  const rings = count > 18 ? 2 : 1;
  const perRing = Math.ceil(count / rings);
  const radius = Math.max(150, (perRing * 64) / arc);
  const slots = alone ? perRing : perRing - 1 || 1;
  return Array.from({ length: count }, (_, i) => {
    const ring = i % rings;
    const index = Math.floor(i / rings) + ring * 0.5;
    const angle = facing - (alone ? 0 : arc / 2) + (arc * index) / slots;
    const r = radius + ring * 90;
    return { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
  });
}

/**
 * Left-to-right positions for ranked nodes: x by rank, and within a rank the first node on the top line and the
 * others below it, which leaves the space above the line to the edges that skip columns.
 */
export function layeredPositions(ranked) {
  const columns = new Map();
  for (const { id, rank } of ranked) {
    if (!columns.has(rank)) columns.set(rank, []);
    columns.get(rank).push(id);
  }
  const positions = new Map();
  for (const [rank, ids] of columns) {
    ids.forEach((id, i) => positions.set(id, { x: rank * 240, y: i * 95 }));
  }
  return positions;
}
