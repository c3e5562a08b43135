// From the API's `subgraph` answer (nodes and edges already filtered, collapsed and counted by the store, in one
// request) to the graph the views draw, and the lookups the panels need (nodes by id, relationships as stored, with
// the organisations an edge was drawn through).
import Graph from 'graphology';
import { keyColor } from './palette.js';

/** The key of a relationship in the view: type|from|to (stored direction). */
export const edgeKey = (type, from, to) => `${type}|${from}|${to}`;

/** Relationships drawn between partners when projects are hidden: derived from shared projects, not stored. */
export const SHARED_PROJECTS = 'SHARED_PROJECTS';

/**
 * The answer as lookups: nodes by id ({ id, kind, label, countryCode, lat, lon, city, acronym, years }) and the stored
 * relationships an edge stands for (an edge drawn through organisations stands for theirs).
 */
export function flatten(subgraph) {
  const nodes = new Map();
  for (const n of subgraph.nodes) {
    const years = [n.startDate, n.endDate].filter(Boolean).map((d) => d.slice(0, 4)).join('–');
    nodes.set(n.id, {
      id: n.id, kind: n.kind, label: n.name, countryCode: n.countryCode ?? undefined, city: n.city ?? undefined,
      lat: typeof n.latitude === 'number' ? n.latitude : undefined, lon: typeof n.longitude === 'number' ? n.longitude : undefined,
      acronym: n.acronym ?? undefined, years, degree: n.degree,
    });
  }
  const relationships = [];
  for (const e of subgraph.edges) {
    if (e.type === SHARED_PROJECTS || e.via.length === 0) {
      relationships.push({ type: e.type, from: e.from, to: e.to, role: e.role });
      continue;
    }
    // Drawn through organisations (collapsed into their city): the organisation is known by its edge only.
    for (const via of e.via) {
      if (!nodes.has(via)) nodes.set(via, { id: via, kind: nodes.get(e.from)?.kind === 'City' ? 'Organisation' : undefined, label: via, city: e.from, drawnAs: e.from });
      relationships.push({ type: e.type, from: via, to: e.to, role: e.role });
    }
  }
  return { nodes, edges: subgraph.edges, relationships, projectsTotal: subgraph.totalCount, projectsLoaded: subgraph.projects };
}

/** The graph to draw. options: { colorBy, schema }. Returns { graph, keptProjects }. */
export function buildGraph(raw, options) {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const themesOf = new Map();
  for (const e of raw.edges) {
    if (e.type === 'ADDRESSES' && !themesOf.has(e.from)) themesOf.set(e.from, e.to);
  }
  for (const n of raw.nodes.values()) {
    if (n.drawnAs) continue;
    const color = options.colorBy === 'theme' && n.kind === 'Theme' ? keyColor(n.id)
      : options.colorBy === 'theme' && themesOf.has(n.id) ? keyColor(themesOf.get(n.id))
      : options.schema.color(n.kind);
    graph.addNode(n.id, { label: n.label, kind: n.kind, color, kindColor: color, countryCode: n.countryCode, lat: n.lat, lon: n.lon, years: n.years, acronym: n.acronym, degree: n.degree });
  }
  for (const e of raw.edges) {
    graph.addDirectedEdgeWithKey(edgeKey(e.type, e.from, e.to), e.from, e.to, { relationship: e.type, weight: e.weight, via: e.via, role: e.role ?? undefined });
  }
  sizeByDegree(graph);
  const keptProjects = new Set([...raw.nodes.values()].filter((n) => n.kind === 'Project').map((n) => n.id));
  return { graph, keptProjects };
}

/**
 * Node size grows with the square root of the degree; the six best-connected nodes always show their label, the
 * others when sigma's label grid has room (larger nodes first).
 */
function sizeByDegree(graph) {
  const degrees = [];
  graph.forEachNode((node) => {
    const degree = graph.getNodeAttribute(node, 'degree') ?? graph.degree(node);
    degrees.push(degree);
    graph.setNodeAttribute(node, 'degree', degree);
    graph.setNodeAttribute(node, 'size', Math.min(16, 2 + Math.sqrt(degree)));
  });
  degrees.sort((a, b) => b - a);
  const threshold = degrees[Math.min(degrees.length - 1, 5)] ?? 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.degree >= threshold && attributes.degree > 1) graph.setNodeAttribute(node, 'forceLabel', true);
  });
}

/** A lookup from the raw graph: the label of any node id. */
export const labelOf = (raw, id) => raw.nodes.get(id)?.label ?? id;

/**
 * The map's data: the cities of the view (city nodes, and the cities of the organisations shown) weighted by the
 * kept projects they take part in (directly or through their organisations), and the pairs of cities sharing
 * projects (keyed like the network's SHARED_PROJECTS edges).
 */
export function mapData(raw, graph, keptProjects) {
  const place = (id) => {
    const n = raw.nodes.get(id);
    return n?.city ?? (n?.kind === 'City' ? id : null);
  };
  const weight = new Map();
  graph.forEachNode((id) => {
    const city = place(id);
    if (city) weight.set(city, weight.get(city) ?? 0);
  });
  const citiesOf = new Map();
  if (keptProjects.size === 0) {
    // Projects hidden: the store linked the partners by the projects they share.
    for (const e of raw.edges) {
      if (e.type !== SHARED_PROJECTS) continue;
      for (const project of e.via) {
        if (!citiesOf.has(project)) citiesOf.set(project, new Set());
        for (const end of [e.from, e.to]) if (place(end) && weight.has(place(end))) citiesOf.get(project).add(place(end));
      }
    }
  }
  for (const r of raw.relationships) {
    if (r.type !== 'PARTNER_IN' || !keptProjects.has(r.to)) continue;
    const city = place(r.from);
    if (!city || !weight.has(city)) continue;
    if (!citiesOf.has(r.to)) citiesOf.set(r.to, new Set());
    citiesOf.get(r.to).add(city);
  }
  const pairs = new Map();
  for (const [project, set] of citiesOf) {
    const list = [...set].sort();
    for (const city of list) weight.set(city, weight.get(city) + 1);
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const key = edgeKey(SHARED_PROJECTS, list[i], list[j]);
        const pair = pairs.get(key) ?? { key, a: list[i], b: list[j], weight: 0, projects: [] };
        pair.weight += 1;
        pair.projects.push(project);
        pairs.set(key, pair);
      }
    }
  }
  const cities = [...weight].map(([id, w]) => {
    const n = raw.nodes.get(id);
    return { id, label: n?.label ?? id, lat: n?.lat, lon: n?.lon, weight: w };
  });
  return { cities, pairs: [...pairs.values()], pairsByKey: pairs };
}
