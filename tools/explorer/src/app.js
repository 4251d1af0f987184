// The page: routes addresses to views, and ties the canvas, the search box and the side panel together.
import { api } from './api.js';
import { announce, debounce, fill, h } from './dom.js';
import { GraphCanvas } from './graph.js';
import { labelBadge, renderLegend } from './legend.js';
import { labels } from './palette.js';
import { edgeDetails, nodeDetails } from './panel.js';
import { href, parse } from './router.js';
import { SearchBox } from './search.js';
import { renderAdverseEvents } from './views/adverse-events.js';
import { renderEntity } from './views/entity.js';
import { renderMechanism } from './views/mechanism.js';
import { renderPaths } from './views/paths.js';
import { renderTrial } from './views/trial.js';

/** The graph is about apatorsen: /explore opens on its mechanism. */
const subject = 'apatorsen';
const pageSize = 100;

export class App {
  constructor() {
    const byId = (id) => document.getElementById(id);
    this.el = {
      title: byId('view-title'),
      description: byId('view-description'),
      tools: byId('view-tools'),
      graph: byId('graph'),
      document: byId('document'),
      message: byId('message'),
      details: byId('details'),
      viewInfo: byId('view-info'),
      nodeList: byId('node-list'),
      nodeCount: byId('node-count'),
      legend: byId('legend'),
    };
    this.routeToken = 0;
    this.selectionToken = 0;
    this.expanding = new Set();
    this.firstRender = false;
    this.graph = new GraphCanvas(this.el.graph, {
      select: (id) => this.selectNode(id),
      selectEdge: (id) => this.selectEdge(id),
      expand: (id) => this.expand(id),
      changed: () => this.graphChanged(),
    });
    const labelSelect = byId('search-label');
    labelSelect.append(...labels.map((label) => h('option', { value: label }, label)));
    this.search = new SearchBox({ input: byId('search-input'), labelSelect, choose: (item) => this.navigate(href.entity(item.id)) });
    byId('search').addEventListener('submit', (event) => event.preventDefault());

    window.addEventListener('popstate', () => this.route());
    window.addEventListener('resize', debounce(() => this.graph.resize(), 100));
    document.addEventListener('click', (event) => {
      const link = event.target.closest?.('a[data-nav]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.navigate(link.getAttribute('href'));
    });
  }

  navigate(url) {
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    return this.route();
  }

  async route() {
    const token = ++this.routeToken;
    const view = new ViewContext(this, token);
    const route = parse(location);
    document.body.dataset.state = 'loading';
    document.body.dataset.view = route.view;
    this.el.message.hidden = true;
    this.graph.highlight(null);
    try {
      switch (route.view) {
        case 'home': {
          const drug = (await api.search(subject, 'Drug')).items[0];
          if (!drug) throw new Error(`The graph holds no drug named ${subject}; search for an entity above.`);
          await renderMechanism(view, drug.id);
          break;
        }
        case 'mechanism':
          await renderMechanism(view, route.id);
          break;
        case 'trial':
          await renderTrial(view, route.id);
          break;
        case 'adverse-events':
          await renderAdverseEvents(view, route.id);
          break;
        case 'entity':
          await renderEntity(view, route.id);
          break;
        case 'paths':
          await renderPaths(view, route);
          break;
        default:
          throw new Error('This address names no view of the explorer.');
      }
    } catch (error) {
      if (view.stale()) return;
      this.fail(error);
    }
    if (view.stale()) return;
    document.body.dataset.state = 'ready';
    if (!this.firstRender) {
      this.firstRender = true;
      performance.mark('explorer:first-render');
    }
  }

  fail(error) {
    this.setView({ title: error.status === 404 ? 'Not found' : 'Something went wrong', description: '', tools: [] });
    this.el.message.hidden = false;
    fill(this.el.message, error.message, ' ', h('a', { href: href.home(), 'data-nav': true }, 'Back to the mechanism'));
  }

  setView({ title, description, tools }) {
    fill(this.el.title, title);
    fill(this.el.description, description ?? '');
    fill(this.el.tools, tools ?? []);
    document.title = `${title} · Apatorsen explorer`;
  }

  setViewInfo(...children) {
    fill(this.el.viewInfo, children);
  }

  graphTools() {
    return [h('button', { type: 'button', onclick: () => this.graph.fit(), title: 'Fit the graph to the canvas (F on the canvas)' }, 'Fit')];
  }

  async showGraph(nodes, edges) {
    document.body.dataset.layout = 'graph';
    this.el.document.hidden = true;
    this.el.graph.hidden = false;
    this.graph.resize();
    this.graph.show(nodes, edges);
    this.showHint();
    await this.graph.drawn();
  }

  showDocument(...children) {
    document.body.dataset.layout = 'document';
    this.el.graph.hidden = true;
    this.el.document.hidden = false;
    fill(this.el.document, children);
    this.graph.show([], []);
    this.setViewInfo();
  }

  showHint() {
    this.selectionToken++;
    fill(this.el.details, h('h2', { id: 'details-title', tabindex: '-1' }, 'Details'),
      h('p', { class: 'muted' }, 'Select a node or an arrow on the canvas (or Tab to the canvas and use the arrow keys) to see its properties, relationships and provenance.'));
  }

  async selectNode(id) {
    this.graph.select(id);
    this.markSelected(id);
    if (!id) {
      this.showHint();
      return;
    }
    const token = ++this.selectionToken;
    const [entity, relationships] = await Promise.all([api.entity(id), api.relationships(id, pageSize)]).catch((error) => {
      if (token === this.selectionToken) fill(this.el.details, h('p', { role: 'alert' }, error.message));
      return [];
    });
    if (!entity || token !== this.selectionToken) return;
    const render = () => fill(this.el.details, nodeDetails({
      entity,
      relationships,
      expanded: Boolean(this.graph.node(id)?.expanded),
      expand: () => this.expand(id),
      goTo: (item) => this.goTo(id, item),
      more: relationships.items.length < relationships.total ? more : null,
    }));
    const more = async () => {
      const page = await api.relationships(id, pageSize, relationships.items.length);
      if (token !== this.selectionToken) return;
      relationships.items = relationships.items.concat(page.items);
      render();
    };
    render();
    announce(`Selected ${entity.name}.`);
  }

  selectEdge(id) {
    const edge = this.graph.edge(id);
    if (!edge) return;
    this.selectionToken++;
    this.graph.select(id);
    this.markSelected(null);
    fill(this.el.details, edgeDetails(edge, this.graph.node(edge.source), this.graph.node(edge.target), (nodeId) => this.selectNode(nodeId)));
    announce(`Selected ${edge.type}.`);
  }

  /** Adds a node's neighbours to the canvas, measured as explorer:expand (request, placement and drawing). */
  async expand(id) {
    if (this.expanding.has(id) || !this.graph.has(id)) return;
    this.expanding.add(id);
    try {
      const start = performance.now();
      const answer = await api.relationships(id, 500);
      const drawStart = performance.now();
      const added = await this.graph.addNeighbours(id, answer.items);
      await this.graph.drawn();
      performance.measure('explorer:expand', { start, end: performance.now() });
      performance.measure('explorer:expand:draw', { start: drawStart, end: performance.now() });
      const hidden = answer.total - answer.items.length;
      announce(`${this.graph.node(id)?.name}: ${added.length} neighbours added${hidden > 0 ? `, ${hidden} more not shown` : ''}.`);
      const button = this.el.details.querySelector('.actions button');
      if (button && this.graph.selectedNodeId() === id) button.textContent = 'Neighbours shown';
    } finally {
      this.expanding.delete(id);
    }
  }

  /** From a node's neighbour list: put the neighbour on the canvas, expand it, select it and move focus to it. */
  async goTo(fromId, item) {
    if (!this.graph.has(item.node.id) && this.graph.has(fromId)) await this.graph.addNeighbours(fromId, [item]);
    await this.expand(item.node.id);
    await this.selectNode(item.node.id);
    document.getElementById('details-title')?.focus();
  }

  markSelected(id) {
    for (const button of this.el.nodeList.querySelectorAll('button')) {
      if (button.dataset.id === id) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  graphChanged() {
    const nodes = this.graph.nodesInOrder();
    this.el.nodeCount.textContent = String(nodes.length);
    fill(this.el.nodeList, nodes.map((node) =>
      h('li', {}, h('button', { type: 'button', class: 'node', dataset: { id: node.id }, onclick: () => this.selectNode(node.id) }, labelBadge(node.labels), ' ', node.name))));
    this.markSelected(this.graph.selectedNodeId());
    const counts = new Map();
    for (const node of nodes) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);
    renderLegend(this.el.legend, counts);
  }
}

/** What a view may do to the page, refused once a newer address has replaced it. */
class ViewContext {
  constructor(app, token) {
    this.app = app;
    this.token = token;
    this.graph = app.graph;
  }

  stale() {
    return this.token !== this.app.routeToken;
  }

  setView(view) {
    if (!this.stale()) this.app.setView(view);
  }

  setViewInfo(...children) {
    if (!this.stale()) this.app.setViewInfo(...children);
  }

  showGraph(nodes, edges) {
    return this.stale() ? Promise.resolve() : this.app.showGraph(nodes, edges);
  }

  showDocument(...children) {
    if (!this.stale()) this.app.showDocument(...children);
  }

  selectNode(id) {
    if (!this.stale()) this.app.selectNode(id);
  }

  expand(id) {
    return this.stale() ? Promise.resolve() : this.app.expand(id);
  }

  navigate(url) {
    return this.app.navigate(url);
  }

  /** Puts the canonical address in the location bar when the API resolved an old id (it answers with X-Resolved-Id). */
  replaceAddress(url) {
    if (!this.stale() && url !== location.pathname + location.search) history.replaceState(null, '', url);
  }

  graphTools() {
    return this.app.graphTools();
  }
}
