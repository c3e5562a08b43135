// The table view: the text alternative of the network, the visible nodes and relationships as two sortable
// tables. A row's button selects it (the evidence panel opens); arrow keys move between rows.
import { h, formatCount } from '../dom.js';

const PAGE = 500;

const NODE_COLUMNS = [
  { key: 'label', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'countryCode', label: 'Country' },
  { key: 'years', label: 'Years' },
  { key: 'degree', label: 'Relationships', numeric: true },
];
const EDGE_COLUMNS = [
  { key: 'fromLabel', label: 'From' },
  { key: 'relationship', label: 'Relationship' },
  { key: 'toLabel', label: 'To' },
  { key: 'weight', label: 'Weight', numeric: true },
];

export class TableView {
  constructor(root, app) {
    this.app = app;
    this.sort = { nodes: { key: 'degree', dir: -1 }, edges: { key: 'weight', dir: -1 } };
    this.nodes = h('div', { class: 'table-wrap' });
    this.edges = h('div', { class: 'table-wrap' });
    this.element = h('section', { class: 'view table-view', 'aria-label': 'Table view' },
      h('h2', {}, 'Nodes'), this.nodes, h('h2', {}, 'Relationships'), this.edges);
    root.append(this.element);
  }

  show(graph) {
    this.graph = graph;
    this.render();
  }

  render() {
    const graph = this.graph;
    if (!graph) return;
    const nodeRows = graph.mapNodes((id, a) => ({ id, label: a.label, kind: a.kind, countryCode: a.countryCode ?? '', years: a.years ?? '', degree: a.degree }));
    const edgeRows = graph.mapEdges((id, a, source, target, sa, ta) => ({ id, fromLabel: sa.label, relationship: a.relationship, toLabel: ta.label, weight: a.weight }));
    this.nodes.replaceChildren(this.table('nodes', 'Nodes of the view', NODE_COLUMNS, nodeRows));
    this.edges.replaceChildren(this.table('edges', 'Relationships of the view', EDGE_COLUMNS, edgeRows));
    this.element.dataset.nodes = String(nodeRows.length);
    this.element.dataset.edges = String(edgeRows.length);
  }

  table(name, caption, columns, rows) {
    const { key, dir } = this.sort[name];
    const numeric = columns.find((c) => c.key === key)?.numeric;
    rows.sort((p, q) => (numeric ? (p[key] - q[key]) : String(p[key]).localeCompare(String(q[key]))) * dir || p.id.localeCompare(q.id));
    const shown = rows.slice(0, PAGE);
    const selected = this.app.state.get().sel;
    const head = h('tr', {}, columns.map((c) => h('th', { scope: 'col', 'aria-sort': c.key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => this.resort(name, c.key) }, c.label))));
    const body = shown.map((row) => h('tr', { 'data-id': row.id, class: row.id === selected ? 'selected' : null },
      columns.map((c, i) => (i === 0
        ? h('th', { scope: 'row' }, h('button', { type: 'button', class: 'row-link', onclick: () => this.app.select(row.id), onkeydown: (e) => this.moveFocus(e) }, row[c.key]))
        : h('td', { class: c.numeric ? 'num' : null }, c.numeric ? formatCount(row[c.key]) : row[c.key])))));
    const note = rows.length > PAGE ? `${formatCount(PAGE)} of ${formatCount(rows.length)} rows shown (sort to see others)` : `${formatCount(rows.length)} rows`;
    return h('table', { class: 'data', 'data-table': name },
      h('caption', {}, `${caption}: ${note}`), h('thead', {}, head), h('tbody', {}, body));
  }

  resort(name, key) {
    const current = this.sort[name];
    this.sort[name] = { key, dir: current.key === key ? -current.dir : 1 };
    this.render();
    this.element.querySelector(`table[data-table=${name}] th[aria-sort]:not([aria-sort=none]) button`)?.focus();
  }

  moveFocus(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const row = event.target.closest('tr');
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    next?.querySelector('button')?.focus();
  }

  /** The visible graph as CSV rows (nodes and relationships). */
  static csv(graph) {
    const cell = (v) => {
      const s = v === undefined || v === null ? '' : String(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const lines = [['record', 'id', 'kind_or_relationship', 'name_or_from', 'to', 'country', 'latitude', 'longitude', 'weight'].join(',')];
    graph.forEachNode((id, a) => lines.push(['node', id, a.kind, a.label, '', a.countryCode, a.lat, a.lon, a.degree].map(cell).join(',')));
    graph.forEachEdge((id, a, source, target) => lines.push(['relationship', id, a.relationship, source, target, '', '', '', a.weight].map(cell).join(',')));
    return `${lines.join('\r\n')}\r\n`;
  }
}
