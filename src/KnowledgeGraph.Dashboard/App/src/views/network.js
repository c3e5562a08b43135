// The network view: sigma.js (WebGL) over the graphology graph. Hover and selection highlight a neighbourhood
// through reducers (the graph is never rebuilt for it); labels show for the best-connected nodes and as the camera
// zooms in. Keyboard: Tab into the graph, arrow keys walk to the neighbours, Enter opens the evidence panel of the
// node reached (which becomes the node to walk from), Escape closes it.
import Sigma from 'sigma';
import { h } from '../dom.js';
import { DIMMED } from '../palette.js';

const EDGE_COLOR = '#b6bcc6';
const EDGE_FOCUS = '#334155';
const EDGE_SELECTED = '#b91c1c';
/** From this many nodes or edges on, the large-graph settings and the light highlight apply. */
const LARGE_NODES = 2000;
const LARGE_EDGES = 5000;

export class NetworkView {
  constructor(root, app) {
    this.app = app;
    this.container = h('div', {
      class: 'sigma-container',
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'network',
      'aria-label': 'Network of the view: Tab here, then arrow keys to walk to neighbours, Enter to open a node, Escape to close it',
      onkeydown: (e) => this.onKey(e),
      onfocus: () => this.onFocus(),
    });
    this.announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', id: 'network-announcer' });
    this.legend = h('ul', { class: 'legend', 'aria-label': 'Colours' });
    this.element = h('section', { class: 'view network-view', 'aria-label': 'Network view' }, this.container, this.legend, this.announcer);
    root.append(this.element);
    this.renderer = null;
    this.graph = null;
    this.hovered = null;
    this.selection = null; // { node } or { edge }
    this.cursor = null; // keyboard: the neighbour reached
    this.anchor = null; // keyboard: the node whose neighbours the arrows walk
    this.neighbourIndex = -1;
    this.focusSet = null;
  }

  /** Draws a (new) graph. */
  show(graph, legendItems) {
    this.renderer?.kill();
    this.graph = graph;
    this.hovered = null;
    this.cursor = null;
    this.anchor = null;
    // A large graph gets sigma's large-graph settings: no edge events (edges are opened from the table or the
    // evidence of their nodes), no z-ordering, edges and labels hidden while the camera moves, fewer labels; and a
    // light highlight (see updateFocus).
    this.large = graph.order > LARGE_NODES || graph.size > LARGE_EDGES;
    const large = this.large;
    this.lit = { nodes: [], edges: [] };
    this.renderer = new Sigma(graph, this.container, {
      enableEdgeEvents: !large,
      allowInvalidContainer: true,
      defaultEdgeColor: EDGE_COLOR,
      defaultEdgeType: 'line',
      labelRenderedSizeThreshold: large ? 10 : 7,
      labelDensity: large ? 0.3 : 0.6,
      labelGridCellSize: large ? 120 : 90,
      labelFont: 'system-ui, sans-serif',
      labelColor: { color: '#111827' },
      zIndex: !large,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    graph.forEachEdge((edge, a) => graph.setEdgeAttribute(edge, 'size', Math.min(5, 0.6 + Math.log2(a.weight))));
    const r = this.renderer;
    r.on('enterNode', ({ node }) => this.hover(node));
    r.on('leaveNode', () => this.hover(null));
    r.on('clickNode', ({ node }) => this.app.select(node));
    r.on('clickEdge', ({ edge }) => this.app.select(edge));
    r.on('clickStage', () => this.app.select(''));
    r.getCamera().on('updated', () => this.cameraMoved());
    this.container.dataset.nodes = String(graph.order);
    this.container.dataset.edges = String(graph.size);
    this.legend.replaceChildren(...legendItems.map((item) => h('li', {}, h('span', { class: 'swatch', dataset: { color: item.color } }), `${item.label} (${item.count})`)));
    for (const swatch of this.legend.querySelectorAll('.swatch')) swatch.style.background = swatch.dataset.color;
    this.setSelection(this.app.state.get().sel);
    this.setCamera(this.app.state.get().cam);
  }

  /** Positions changed (layout): redraw. */
  refresh() {
    this.renderer?.refresh();
  }

  hover(node) {
    this.hovered = node;
    this.updateFocus();
  }

  /** The selection (a node id or an edge key, from the URL) to highlight. */
  setSelection(sel) {
    if (!this.graph) return;
    this.selection = sel && this.graph.hasNode(sel) ? { node: sel } : sel && this.graph.hasEdge(sel) ? { edge: sel } : null;
    if (this.selection?.node) this.anchor = this.selection.node;
    this.updateFocus();
  }

  updateFocus() {
    const focus = this.hovered ?? this.cursor ?? this.selection?.node ?? null;
    this.focus = focus;
    this.focusSet = focus ? new Set([focus, ...this.graph.neighbors(focus)]) : null;
    if (!focus && this.selection?.edge) {
      this.focusSet = new Set(this.graph.extremities(this.selection.edge));
    }
    if (!this.large) {
      this.renderer?.refresh({ skipIndexation: true });
      return;
    }
    // Light highlight: only the nodes and edges lit before or now are reduced again, not the whole graph.
    const lit = { nodes: this.focusSet ? [...this.focusSet] : [], edges: [] };
    if (this.focus) lit.edges = this.graph.edges(this.focus);
    else if (this.focusSet && this.selection?.edge) lit.edges = [this.selection.edge];
    if (this.selection?.edge && !lit.edges.includes(this.selection.edge)) lit.edges.push(this.selection.edge);
    const nodes = [...new Set([...this.lit.nodes, ...lit.nodes])];
    const edges = [...new Set([...this.lit.edges, ...lit.edges])];
    this.lit = lit;
    this.renderer?.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
  }

  reduceNode(node, data) {
    if (!this.focusSet) return data;
    if (this.large) {
      // Light: the neighbourhood is lit, the rest keeps its colours (no pass over every node).
      if (!this.focusSet.has(node)) return data;
      const main = node === this.focus || node === this.selection?.node || node === this.cursor;
      return { ...data, highlighted: main, forceLabel: main || this.focusSet.size <= 8, size: main ? data.size * 1.5 : data.size };
    }
    if (!this.focusSet.has(node)) return { ...data, color: DIMMED, label: '', zIndex: 0 };
    const main = node === this.focus || node === this.selection?.node || node === this.cursor;
    return { ...data, zIndex: main ? 2 : 1, highlighted: main, forceLabel: main || this.focusSet.size <= 8 };
  }

  reduceEdge(edge, data) {
    if (this.selection?.edge === edge) return { ...data, color: EDGE_SELECTED, size: Math.max(3, data.size ?? 1), zIndex: 2 };
    if (!this.focusSet) return data;
    const [source, target] = this.graph.extremities(edge);
    if (this.large) {
      const focus = this.focus ?? null;
      return focus && (source === focus || target === focus) ? { ...data, color: EDGE_FOCUS, size: Math.max(1.5, data.size ?? 1) } : data;
    }
    const focus = this.focus ?? null;
    if (focus ? source === focus || target === focus : this.focusSet.has(source) && this.focusSet.has(target)) {
      return { ...data, color: EDGE_FOCUS, zIndex: 1 };
    }
    return { ...data, hidden: true };
  }

  cameraMoved() {
    clearTimeout(this.cameraTimer);
    this.cameraTimer = setTimeout(() => {
      const { x, y, ratio } = this.renderer.getCamera().getState();
      this.app.state.set({ cam: [x, y, ratio].map((v) => v.toFixed(4)).join(',') }, { replace: true });
    }, 400);
  }

  setCamera(cam) {
    if (!this.renderer) return;
    const [x, y, ratio] = (cam || '').split(',').map(Number);
    if ([x, y, ratio].every(Number.isFinite) && ratio > 0) this.renderer.getCamera().setState({ x, y, ratio });
  }

  /** Centres a node (selection coming from another view). */
  reveal(node) {
    if (!this.renderer || !this.graph.hasNode(node)) return;
    const display = this.renderer.getNodeDisplayData(node);
    if (display) this.renderer.getCamera().animate({ x: display.x, y: display.y }, { duration: 300 });
  }

  // Keyboard walk.
  onFocus() {
    if (!this.graph || this.graph.order === 0) return;
    if (!this.anchor || !this.graph.hasNode(this.anchor)) {
      let best = null;
      this.graph.forEachNode((node, a) => {
        if (!best || a.degree > this.graph.getNodeAttribute(best, 'degree')) best = node;
      });
      this.anchor = best;
    }
    this.cursor = this.anchor;
    this.neighbourIndex = -1;
    this.updateFocus();
    this.announce();
  }

  neighbours(node) {
    return this.graph.neighbors(node).sort((a, b) => this.graph.getNodeAttribute(b, 'degree') - this.graph.getNodeAttribute(a, 'degree') || a.localeCompare(b));
  }

  onKey(event) {
    if (!this.graph || !this.anchor) return;
    const list = this.neighbours(this.anchor);
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        if (list.length === 0) return;
        this.neighbourIndex = (this.neighbourIndex + 1) % list.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (list.length === 0) return;
        this.neighbourIndex = (this.neighbourIndex - 1 + list.length) % list.length;
        break;
      case 'Home':
        this.neighbourIndex = -1;
        break;
      case 'Enter':
        event.preventDefault();
        this.anchor = this.cursor;
        this.neighbourIndex = -1;
        this.app.select(this.cursor);
        this.announce();
        return;
      case 'Escape':
        this.app.select('');
        return;
      default:
        return;
    }
    event.preventDefault();
    this.cursor = this.neighbourIndex < 0 ? this.anchor : list[this.neighbourIndex];
    this.updateFocus();
    this.reveal(this.cursor);
    this.announce(list);
  }

  announce(list = this.neighbours(this.anchor)) {
    const a = this.graph.getNodeAttributes(this.cursor);
    const where = this.neighbourIndex < 0
      ? `${list.length} neighbours; arrow keys to walk to them, Enter to open`
      : `neighbour ${this.neighbourIndex + 1} of ${list.length} of ${this.graph.getNodeAttribute(this.anchor, 'label')}; Enter to open it`;
    this.announcer.textContent = `${a.label} (${a.kind}), ${where}`;
    this.container.dataset.cursor = this.cursor;
  }

  /** The drawn picture as a PNG Blob: the layers copied onto one canvas right after a render. */
  async toPng() {
    const r = this.renderer;
    r.refresh();
    const { width, height } = r.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const layers = r.getCanvases();
    for (const name of ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes']) {
      if (layers[name]) context.drawImage(layers[name], 0, 0, canvas.width, canvas.height);
    }
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }

  /** The drawn picture as SVG text: visible nodes, edges and forced labels at their screen positions. */
  toSvg() {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#fff"/>`];
    const position = (node) => r.graphToViewport(this.graph.getNodeAttributes(node));
    this.graph.forEachEdge((edge, a, source, target) => {
      const p = position(source);
      const q = position(target);
      parts.push(`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${EDGE_COLOR}" stroke-width="${(a.size ?? 1).toFixed(1)}"/>`);
    });
    this.graph.forEachNode((node, a) => {
      const p = position(node);
      const display = r.getNodeDisplayData(node);
      parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${(display?.size ?? a.size).toFixed(1)}" fill="${a.color}"><title>${esc(a.label)}</title></circle>`);
      if (a.forceLabel) parts.push(`<text x="${(p.x + 6).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-family="sans-serif" font-size="12">${esc(a.label)}</text>`);
    });
    parts.push('</svg>');
    return parts.join('\n');
  }

  destroy() {
    this.renderer?.kill();
  }
}
