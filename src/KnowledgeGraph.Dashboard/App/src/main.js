// The partnership dashboard: wires the state (URL), the GraphQL client, the filters, search, evidence panel and
// the views (network, map, table, questions, query). Served by the API at "/", talking only to its /graphql.
import './styles/dashboard.css';
import { h, replace, formatCount } from './dom.js';
import { GraphQLClient } from './graphql.js';
import { ViewState, DATA_KEYS } from './state.js';
import { loadSchema } from './schema.js';
import { SUBGRAPH_QUERY, FILTER_OPTIONS_QUERY, subgraphVariables } from './queries.js';
import { flatten, buildGraph, mapData, edgeKey, SHARED_PROJECTS } from './graph-data.js';
import { placeNodes, runLayout } from './layout.js';
import { NetworkView } from './views/network.js';
import { MapView } from './views/map.js';
import { TableView } from './views/table.js';
import { QuestionsView } from './views/questions.js';
import { QueryView } from './views/query.js';
import { FiltersPanel } from './panels/filters.js';
import { SearchBox } from './panels/search.js';
import { EvidencePanel } from './panels/evidence.js';
import { exportView, svgToPng } from './exports.js';

const VIEWS = [
  { id: 'network', label: 'Network' },
  { id: 'map', label: 'Map' },
  { id: 'table', label: 'Table' },
  { id: 'questions', label: 'Questions' },
  { id: 'query', label: 'Query' },
];
const LAYOUT_MS = 2500;

class App {
  constructor(root) {
    this.graphqlPath = root.dataset.graphql || '/graphql';
    this.client = new GraphQLClient(this.graphqlPath);
    this.state = new ViewState();
    this.raw = null;
    this.graph = null;
    this.dataLog = [];
    // Pairs of cities opened from the questions view (their projects may lie outside the loaded graph).
    this.questionPairs = new Map();
    this.questionNames = new Map();
    this.buildLayout(root);
  }

  buildLayout(root) {
    this.tabs = h('nav', { class: 'tabs', 'aria-label': 'Views' });
    const exportMenu = h('div', { class: 'exports', role: 'group', 'aria-label': 'Export the view' },
      h('span', { class: 'muted' }, 'Export'),
      ['png', 'svg', 'gexf', 'csv', 'json'].map((f) => h('button', { type: 'button', 'data-export': f, onclick: () => this.export(f) }, f.toUpperCase())));
    const header = h('header', { class: 'top' },
      h('h1', {}, h('a', { href: location.pathname }, root.dataset.title || 'City-networks dashboard')));
    this.search = new SearchBox(header, this);
    header.append(this.tabs, exportMenu);
    this.coverage = h('p', { class: 'coverage', id: 'coverage', role: 'status' }, 'Loading…');
    this.sidebar = h('div', { class: 'sidebar' });
    this.main = h('main', { class: 'main', id: 'main' });
    const body = h('div', { class: 'body' }, this.sidebar, this.main);
    replace(root, h('a', { class: 'skip', href: '#main' }, 'Skip to the view'), header, this.coverage, body);
    this.filters = new FiltersPanel(this.sidebar, this);
    this.views = {
      network: new NetworkView(this.main, this),
      map: new MapView(this.main, this),
      table: new TableView(this.main, this),
      questions: new QuestionsView(this.main, this),
      query: new QueryView(this.main, this),
    };
    this.evidence = new EvidencePanel(body, this);
  }

  async start() {
    this.state.subscribe((state, changed) => this.onState(state, changed));
    try {
      // Without a country filter (whose ISO code needs the countries' ids) the graph is asked for at once, beside
      // the schema and the filters' lists: the first frame waits for one round trip, not two.
      const first = this.state.get().country ? null : this.fetchGraph();
      const [schema, options] = await Promise.all([
        loadSchema(this.client),
        this.client.request('filter options', FILTER_OPTIONS_QUERY),
      ]);
      this.schema = schema;
      this.filterOptions = { themes: options.themes.nodes, programmes: options.programmes.nodes, networks: options.networks.nodes, countries: options.countries.nodes };
      await this.load(first);
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error) {
    this.coverage.textContent = `Could not load the view: ${error.message}`;
    this.coverage.classList.add('error');
    document.body.dataset.state = 'error';
  }

  /** Asks the API for the graph of the current filters (one `subgraph` request: the store filters) and redraws. */
  async load(pending = null) {
    document.body.dataset.state = 'loading';
    this.coverage.textContent = 'Loading the graph…';
    const data = await (pending ?? this.fetchGraph());
    this.raw = flatten(data.subgraph);
    this.dataLog = this.client.log.filter((e) => e.label === 'partnership graph');
    this.rebuild();
  }

  /** The request for the graph of the current state (the Query tab shows it). */
  fetchGraph() {
    this.client.startView();
    return this.client.request('partnership graph', SUBGRAPH_QUERY, subgraphVariables(this.state.get(), this.filterOptions));
  }

  /** Rebuilds the drawn graph from the loaded answer (colours) and redraws the views. */
  rebuild() {
    const state = this.state.get();
    const { graph, keptProjects } = buildGraph(this.raw, { colorBy: state.color, schema: this.schema });
    this.graph = graph;
    this.map = mapData(this.raw, graph, keptProjects);
    this.pairs = this.map.pairsByKey;
    const counts = new Map();
    graph.forEachNode((id, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
    // The kinds offered: every kind of the model (the store filters them), with the number shown.
    this.loadedKinds = this.schema.kinds.map((k) => ({ ...k, count: counts.get(k.name) ?? 0 }));
    this.filters.render(this.filterOptions, this.loadedKinds);
    this.renderCoverage();
    this.layoutKey = JSON.stringify([state.theme, state.programme, state.from, state.to, state.limit, state.country, state.network, state.kinds, state.collapse]);
    this.dirty = new Set(['network', 'map', 'table']);
    this.showView();
    document.body.dataset.state = 'ready';
  }

  renderCoverage() {
    const raw = this.raw;
    const state = this.state.get();
    const text = [
      `${formatCount(this.graph.order)} nodes and ${formatCount(this.graph.size)} relationships shown.`,
      `Projects: ${formatCount(raw.projectsLoaded)} of ${formatCount(raw.projectsTotal)} in scope loaded (the ${formatCount(Number(state.limit))} with most partners at most).`,
      'Memberships: the networks of the partners shown and of their cities.',
    ];
    this.coverage.textContent = text.join(' ');
    this.coverage.dataset.nodes = String(this.graph.order);
    this.coverage.dataset.edges = String(this.graph.size);
    this.coverage.dataset.projectsTotal = String(raw.projectsTotal);
    this.coverage.dataset.projectsLoaded = String(raw.projectsLoaded);
  }

  /** Shows the active view (drawing it when its data changed since it was last shown). */
  showView() {
    const state = this.state.get();
    const view = VIEWS.some((v) => v.id === state.view) ? state.view : 'network';
    replace(this.tabs, VIEWS.map((v) => h('a', {
      href: '?' + new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), view: v.id }),
      class: v.id === view ? 'active' : null, 'aria-current': v.id === view ? 'page' : null, 'data-view': v.id,
      onclick: (e) => { e.preventDefault(); this.state.set({ view: v.id }); },
    }, v.label)));
    for (const [id, v] of Object.entries(this.views)) v.element.hidden = id !== view;
    document.body.dataset.view = view;
    if (!this.graph) return;
    if (view === 'network' && this.dirty.has('network')) {
      this.dirty.delete('network');
      const fromCache = placeNodes(this.graph, this.layoutKey);
      const legend = this.loadedKinds.map((k) => ({ label: k.name, color: k.color, count: this.graph.filterNodes((n, a) => a.kind === k.name).length })).filter((k) => k.count > 0);
      this.views.network.show(this.graph, legend);
      // The first drawn frame of the network, for the bench (bench/KnowledgeGraph.Bench.Dashboard).
      if (!performance.getEntriesByName('kg-first-frame').length) requestAnimationFrame(() => performance.mark('kg-first-frame'));
      this.stopLayout?.();
      this.views.network.element.dataset.layout = 'running';
      if (!fromCache) {
        this.stopLayout = runLayout(this.graph, this.layoutKey, LAYOUT_MS, () => {
          this.views.network.element.dataset.layout = 'done';
        });
      } else this.views.network.element.dataset.layout = 'done';
    }
    if (view === 'map' && this.dirty.has('map')) {
      this.dirty.delete('map');
      this.views.map.show(this.map);
    }
    if (view === 'table' && this.dirty.has('table')) {
      this.dirty.delete('table');
      this.views.table.show(this.graph);
    }
    if (view === 'questions') this.views.questions.show();
    if (view === 'query') this.views.query.show();
    this.highlight(state.sel);
  }

  onState(state, changed) {
    if (changed.some((k) => DATA_KEYS.includes(k))) {
      this.load().catch((e) => this.fail(e));
      return;
    }
    if (changed.includes('color')) {
      this.rebuild();
      if (state.view === 'questions' && changed.some((k) => ['country', 'network'].includes(k))) this.views.questions.show();
      return;
    }
    if (changed.includes('view')) this.showView();
    else if (state.view === 'questions' && changed.some((k) => ['q', 'a', 'b'].includes(k))) this.views.questions.show();
    if (changed.includes('sel')) this.highlight(state.sel);
    if (changed.includes('cam') && state.view === 'network' && this.views.network.renderer) {
      const current = this.views.network.renderer.getCamera().getState();
      const [x, y, ratio] = state.cam.split(',').map(Number);
      if (Math.abs(current.x - x) + Math.abs(current.y - y) + Math.abs(current.ratio - ratio) > 1e-3) this.views.network.setCamera(state.cam);
    }
  }

  /** Selects a node id or relationship key ('' clears); the selection is part of the URL. */
  select(sel, { reveal = false } = {}) {
    this.state.set({ sel });
    if (reveal && this.graph?.hasNode(sel)) this.views.network.reveal(sel);
  }

  /** Opens the evidence of a pair of cities from the collaborating-cities answer. */
  selectPair(pair) {
    const [a, b] = [pair.cityA, pair.cityB].sort((p, q) => (p.id < q.id ? -1 : 1));
    const key = edgeKey(SHARED_PROJECTS, a.id, b.id);
    this.questionPairs.set(key, { projects: pair.projects.map((p) => p.id) });
    this.questionNames.set(a.id, a.name);
    this.questionNames.set(b.id, b.name);
    this.select(key);
  }

  highlight(sel) {
    this.views.network.setSelection(sel);
    this.evidence.show(sel);
    // The map lights up the selection's cities and arcs: a city (or an organisation's city) with the cities it
    // shares projects with; a project's partner cities; a pair; else the cities around the node.
    const cities = new Set();
    const arcs = new Set();
    if (sel && this.raw && this.pairs) {
      const place = (id) => this.raw.nodes.get(id)?.city ?? (this.raw.nodes.get(id)?.kind === 'City' ? id : null);
      const kind = this.raw.nodes.get(sel)?.kind;
      if (sel.includes('|')) {
        const [, a, b] = sel.split('|');
        [place(a), place(b)].filter(Boolean).forEach((c) => cities.add(c));
        arcs.add(sel);
      } else if (place(sel)) {
        const city = place(sel);
        cities.add(city);
        for (const [key, pair] of this.pairs) {
          if (pair.a === city || pair.b === city) {
            arcs.add(key);
            cities.add(pair.a);
            cities.add(pair.b);
          }
        }
      } else if (kind === 'Project') {
        for (const [key, pair] of this.pairs) {
          if (pair.projects.includes(sel)) {
            arcs.add(key);
            cities.add(pair.a);
            cities.add(pair.b);
          }
        }
        for (const r of this.raw.relationships) if (r.type === 'PARTNER_IN' && r.to === sel && place(r.from)) cities.add(place(r.from));
      } else if (this.graph?.hasNode(sel)) {
        for (const n of this.graph.neighbors(sel)) if (place(n)) cities.add(place(n));
      }
    }
    this.views.map.highlight(cities, arcs);
    for (const row of this.views.table.element.querySelectorAll('tr[data-id]')) row.classList.toggle('selected', row.dataset.id === sel);
  }

  /** The name of a node (from the view, else from the API). */
  async nodeName(id) {
    const known = this.raw?.nodes.get(id)?.label;
    if (known) return known;
    const data = await this.client.request('name', 'query Name($id: ID!) { node(id: $id) { name } }', { id });
    return data.node?.name ?? id;
  }

  /** From the evidence panel: the question that fits the node. */
  openQuestion(node) {
    if (node.kind === 'City') this.state.set({ view: 'questions', q: 'profile', a: node.id });
    else if (node.kind === 'Programme') this.state.set({ view: 'questions', q: 'programme', programme: node.id });
    else if (node.kind === 'Country' && node.isoCode) this.state.set({ view: 'questions', q: 'countries', country: node.isoCode });
    else this.state.set({ view: 'questions', q: 'path', a: node.id });
  }

  /** The requests behind the current view: the graph's, and the question's when the questions view is open. */
  viewLog() {
    const state = this.state.get();
    const extra = state.view === 'questions' || state.view === 'query' ? this.client.log.filter((e) => !this.dataLog.includes(e) && e.label !== 'search' && e.label !== 'name') : [];
    return [...this.dataLog, ...extra];
  }

  describe() {
    return `City-networks knowledge graph, ${this.state.get().view} view: ${this.coverage.textContent} ${location.href}`;
  }

  currentPng() {
    if (this.state.get().view === 'map') return svgToPng(this.views.map.toSvg(), 2000, 1400);
    return this.views.network.toPng();
  }

  currentSvg() {
    return this.state.get().view === 'map' ? this.views.map.toSvg() : this.views.network.toSvg();
  }

  /** The JSON bundle: the state and its URL, the requests, the coverage and the sources of the projects shown. */
  async bundle() {
    const projects = this.graph.filterNodes((n, a) => a.kind === 'Project');
    const sources = [];
    if (projects.length) {
      const data = await this.client.request('export: sources', `query Sources($ids: [ID!]) {
  projects(where: { id: { in: $ids } }) { nodes { id sources { study { id name } certainty dataset row quote } partners { edges { node { id } sources { study { id name } certainty dataset row quote } } } } }
}`, { ids: projects });
      const byStudy = new Map();
      const count = (s) => {
        const key = `${s.study.id}|${s.dataset ?? ''}`;
        const entry = byStudy.get(key) ?? { study: s.study, dataset: s.dataset ?? null, stated: 0, inferred: 0 };
        entry[s.certainty === 'STATED' ? 'stated' : 'inferred'] += 1;
        byStudy.set(key, entry);
      };
      for (const p of data.projects.nodes) {
        p.sources.forEach(count);
        for (const e of p.partners.edges) e.sources.forEach(count);
      }
      sources.push(...byStudy.values());
    }
    return {
      title: 'City-networks knowledge graph: dashboard view',
      url: location.href,
      generated: new Date().toISOString(),
      state: this.state.get(),
      coverage: { ...this.coverage.dataset, text: this.coverage.textContent },
      graphql: { endpoint: new URL(this.graphqlPath, location.href).href, requests: this.viewLog().map(({ label, query, variables }) => ({ label, query, variables })) },
      sources,
      visible: { nodes: this.graph.order, relationships: this.graph.size },
    };
  }

  async export(format) {
    try {
      await exportView(this, format);
    } catch (error) {
      this.coverage.textContent = `Export failed: ${error.message}`;
    }
  }
}

const root = document.getElementById('app');
if (root) {
  const app = new App(root);
  window.kgDashboard = app;
  app.start();
}
