// The evidence panel: what the graph says about the selected node or relationship and who says it. A node shows
// its properties, its sources (study and exact quote, or dataset and row; stated or inferred) and every claim
// about its properties, conflicting ones side by side. A relationship shows its properties and sources; a
// relationship drawn through organisations (collapsed) or through shared projects shows those it stands for.
import { h, replace } from '../dom.js';
import { NODE_QUERY, SHARED_PARTNERS_QUERY, relationshipQuery } from '../queries.js';
import { SHARED_PROJECTS } from '../graph-data.js';

const MAX_PROJECTS = 8;
const HIDDEN = new Set(['id', 'name', 'kind', 'description', 'sources', 'aliases', 'claims', '__typename']);

export class EvidencePanel {
  constructor(root, app) {
    this.app = app;
    this.body = h('div', { class: 'evidence-body', 'aria-live': 'polite' });
    this.closeButton = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the evidence panel', onclick: () => app.select('') }, '×');
    this.element = h('aside', { class: 'evidence', id: 'evidence', 'aria-label': 'Evidence', hidden: true, tabindex: '-1' },
      h('header', {}, h('h2', {}, 'Evidence'), this.closeButton), this.body);
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') app.select('');
    });
    root.append(this.element);
    this.request = 0;
  }

  async show(sel) {
    const request = ++this.request;
    this.element.hidden = !sel;
    this.element.dataset.sel = sel || '';
    this.element.dataset.state = sel ? 'loading' : '';
    if (!sel) return;
    replace(this.body, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const content = sel.includes('|') ? await this.relationship(sel) : await this.node(sel);
      if (request !== this.request) return;
      replace(this.body, content);
      this.element.dataset.state = 'ready';
    } catch (error) {
      if (request !== this.request) return;
      replace(this.body, h('p', { class: 'error', role: 'alert' }, String(error.message ?? error)));
      this.element.dataset.state = 'error';
    }
  }

  async node(id) {
    const data = await this.app.client.request('evidence: node', NODE_QUERY, { id });
    const node = data.node;
    if (!node) return h('p', {}, `No node ${id}.`);
    const properties = Object.entries(node).filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && v !== '');
    const graph = this.app.graph;
    const degree = graph?.hasNode(id) ? graph.degree(id) : 0;
    return [
      h('h3', { class: 'node-title' }, node.name),
      h('p', { class: 'kind' }, h('span', { class: 'badge', dataset: { kind: node.kind } }, node.kind), ` ${id}`),
      node.description ? h('p', {}, node.description) : null,
      properties.length ? h('dl', { class: 'properties' }, properties.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, format(v))])) : null,
      node.aliases?.length ? h('p', { class: 'aliases' }, 'Also known as: ', node.aliases.map((a) => a.name + (a.lang ? ` (${a.lang})` : '')).join('; ')) : null,
      h('p', { class: 'muted' }, `${degree} relationship${degree === 1 ? '' : 's'} in this view.`),
      h('h4', {}, `Sources (${node.sources.length})`),
      sourcesList(node.sources),
      claimsSection(node.claims ?? []),
      h('p', {}, h('button', { type: 'button', class: 'link', onclick: () => this.app.openQuestion(node) }, 'Ask about this node')),
    ];
  }

  /** The relationships a view edge stands for, each as { owner, ownerKind, other, type } in stored direction. */
  async underlying(key) {
    const [type, from, to] = key.split('|');
    const raw = this.app.raw;
    const kindOf = (id) => raw.nodes.get(id)?.kind;
    if (type === SHARED_PROJECTS) {
      const edge = this.app.graph?.hasEdge(key) ? this.app.graph.getEdgeAttributes(key) : null;
      // A pair opened from the collaborating-cities answer carries all its shared projects; the view's edges and arcs
      // know those among the loaded projects only.
      const projects = this.app.questionPairs.get(key)?.projects ?? edge?.via ?? this.app.pairs?.get(key)?.projects ?? [];
      const shown = projects.slice(0, MAX_PROJECTS);
      const items = [];
      const ends = (partner, city) => partner === from || partner === to || city === from || city === to;
      if (shown.every((p) => raw.nodes.has(p))) {
        for (const project of shown) {
          for (const r of raw.relationships) {
            if (r.type === 'PARTNER_IN' && r.to === project && ends(r.from, raw.nodes.get(r.from)?.city)) {
              items.push({ owner: r.from, ownerKind: kindOf(r.from), other: project, type: 'PARTNER_IN' });
            }
          }
        }
      } else {
        // Projects outside the loaded graph (from a question): their partners, asked from the API.
        const data = await this.app.client.request('evidence: shared projects', SHARED_PARTNERS_QUERY, { ids: shown });
        for (const project of data.projects.nodes) {
          for (const edge of project.partners.edges) {
            const city = edge.node.locatedIn?.nodes[0]?.id;
            if (ends(edge.node.id, city)) {
              items.push({ owner: edge.node.id, ownerKind: edge.node.kind, other: project.id, type: 'PARTNER_IN', ownerName: edge.node.name, otherName: project.name });
            }
          }
        }
      }
      return { type, from, to, items, projects };
    }
    const edge = this.app.graph?.hasEdge(key) ? this.app.graph.getEdgeAttributes(key) : null;
    const owners = edge?.via?.length ? edge.via : [from];
    return { type, from, to, items: owners.map((owner) => ({ owner, ownerKind: kindOf(owner), other: to, type })) };
  }

  async relationship(key) {
    const { type, from, to, items, projects } = await this.underlying(key);
    const raw = this.app.raw;
    const names = new Map(this.app.questionNames);
    for (const item of items) {
      if (item.ownerName) names.set(item.owner, item.ownerName);
      if (item.otherName) names.set(item.other, item.otherName);
    }
    const label = (id) => raw.nodes.get(id)?.label ?? names.get(id) ?? id;
    const asked = items
      .map((item) => ({ ...item, fields: this.app.schema.fieldsFor(item.ownerKind, item.type) }))
      .filter((item) => item.fields.length > 0);
    const head = [
      h('h3', {}, `${label(from)} → ${label(to)}`),
      h('p', { class: 'kind' }, h('span', { class: 'badge' }, type === SHARED_PROJECTS ? 'shared projects' : type)),
    ];
    if (type === SHARED_PROJECTS) {
      head.push(h('p', {}, `${projects.length} shared project${projects.length === 1 ? '' : 's'}`
        + (projects.length > MAX_PROJECTS ? `; the partnerships of the first ${MAX_PROJECTS} are shown` : '') + '.'));
    }
    if (asked.length === 0) return [...head, h('p', {}, 'No stored relationship to show.')];
    const data = await this.app.client.request('evidence: relationship', relationshipQuery(asked));
    const blocks = asked.map((item, i) => {
      const answer = data[`r${i}`];
      const edges = item.fields.flatMap((_, j) => answer?.[`f${j}`]?.edges ?? []);
      return edges.map((edge) => {
        const properties = Object.entries(edge).filter(([k, v]) => k !== 'node' && k !== 'sources' && v !== null);
        return h('section', { class: 'relationship' },
          h('h4', {}, `${answer.name} — ${item.type} — ${label(item.other)}`),
          properties.length ? h('dl', { class: 'properties' }, properties.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, format(v))])) : null,
          sourcesList(edge.sources));
      });
    });
    return [...head, ...blocks];
  }
}

const SHOWN_SOURCES = 6;

/** The sources as a list: the first few, the rest behind a disclosure that says how many. */
export function sourcesList(sources) {
  if (!sources?.length) return h('p', { class: 'muted' }, 'No source recorded.');
  if (sources.length > SHOWN_SOURCES + 2) {
    return [
      sourceItems(sources.slice(0, SHOWN_SOURCES)),
      h('details', { class: 'more-sources' }, h('summary', {}, `${sources.length - SHOWN_SOURCES} more sources`), sourceItems(sources.slice(SHOWN_SOURCES), SHOWN_SOURCES + 1)),
    ];
  }
  return sourceItems(sources);
}

function sourceItems(sources, start = 1) {
  return h('ol', { class: 'sources', start: String(start) }, sources.map((s) => h('li', { class: 'source', dataset: { certainty: s.certainty } },
    h('p', {}, h('span', { class: `certainty ${s.certainty.toLowerCase()}` }, s.certainty === 'STATED' ? 'stated' : 'inferred'), ' ', h('cite', {}, s.study.name)),
    s.quote ? h('blockquote', { class: 'quote' }, s.quote) : null,
    s.dataset ? h('p', { class: 'dataset' }, `Dataset ${s.dataset}`, s.row ? `, row ${s.row}` : '') : null,
    s.note ? h('p', { class: 'note' }, s.note) : null)));
}

/** Claims grouped by property; a property with different values shows them side by side. */
function claimsSection(claims) {
  if (claims.length === 0) return null;
  const byProperty = new Map();
  for (const claim of claims) {
    if (!byProperty.has(claim.property)) byProperty.set(claim.property, []);
    byProperty.get(claim.property).push(claim);
  }
  const conflicting = [...byProperty.entries()].filter(([, list]) => new Set(list.map((c) => JSON.stringify(c.value))).size > 1);
  return [
    h('h4', {}, `Claims (${claims.length})`, conflicting.length ? `, ${conflicting.length} in conflict` : ''),
    ...[...byProperty.entries()].map(([property, list]) => h('div', { class: `claims${list.length > 1 ? ' side-by-side' : ''}`, dataset: { property } },
      h('h5', {}, property),
      h('div', { class: 'claim-row' }, list.map((c) => h('div', { class: 'claim' },
        h('p', { class: 'value' }, (c.qualifier ? `${c.qualifier} ` : '') + format(c.value)),
        sourcesList([c])))))),
  ];
}

function format(value) {
  if (typeof value === 'number') return value.toLocaleString('en');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
