// From the API's answers to the graph the views draw: nodes (with kind, label, coordinates) and relationships (in
// their stored direction, with the node that owns the connection field to ask for their sources), after the filters
// applied in the browser (country, network, kinds) and the "collapse organisations into their cities" switch.
import Graph from 'graphology';
import { keyColor } from './palette.js';

/** The key of a relationship in the view: type|from|to (stored direction). */
export const edgeKey = (type, from, to) => `${type}|${from}|${to}`;

/** Relationships drawn between partners when projects are hidden: derived from shared projects, not stored. */
export const SHARED_PROJECTS = 'SHARED_PROJECTS';

/** The raw answer, flattened: nodes by id and relationships as stored. */
export function flatten(projectsPage) {
  const nodes = new Map();
  const relationships = [];
  const put = (n, extra = {}) => {
    const known = nodes.get(n.id);
    const node = known ?? { id: n.id, kind: n.kind, label: n.name };
    if (n.countryCode) node.countryCode = n.countryCode;
    if (typeof n.latitude === 'number') {
      node.lat = n.latitude;
      node.lon = n.longitude;
    }
    Object.assign(node, extra);
    nodes.set(n.id, node);
    return node;
  };
  for (const p of projectsPage.nodes) {
    const years = [p.startDate, p.endDate].filter(Boolean).map((d) => d.slice(0, 4));
    const project = put(p, { acronym: p.acronym, years: years.join('–'), themes: p.themes.nodes.map((t) => t.id) });
    for (const edge of p.partners.edges) {
      const partner = put(edge.node);
      const city = edge.node.locatedIn?.nodes[0];
      if (city) {
        put(city);
        partner.city = city.id;
        partner.countryCode = city.countryCode ?? partner.countryCode;
        relationships.push({ type: 'LOCATED_IN', from: partner.id, to: city.id });
      }
      relationships.push({ type: 'PARTNER_IN', from: partner.id, to: project.id, role: edge.role });
    }
    for (const programme of p.fundedBy.nodes) {
      put(programme);
      relationships.push({ type: 'FUNDED_BY', from: project.id, to: programme.id });
    }
    for (const theme of p.themes.nodes) {
      put(theme);
      relationships.push({ type: 'ADDRESSES', from: project.id, to: theme.id });
    }
  }
  return { nodes, relationships };
}

/** The ids whose memberships are asked for: the partners and their cities. */
export function memberCandidates(raw) {
  return [...raw.nodes.values()].filter((n) => n.kind === 'City' || n.kind === 'Organisation').map((n) => n.id);
}

/** Adds the networks' memberships to the raw graph. */
export function addMemberships(raw, networksPage) {
  for (const network of networksPage.nodes) {
    if (network.members.nodes.length === 0) continue;
    raw.nodes.set(network.id, { id: network.id, kind: network.kind, label: network.name, acronym: network.acronym, membersTotal: network.allMembers.totalCount });
    for (const member of network.members.nodes) raw.relationships.push({ type: 'MEMBER_OF', from: member.id, to: network.id });
  }
}

/**
 * The graph to draw. options: { country, network, kinds: Set|null, collapse, colorBy, schema }.
 * Returns { graph, shownProjects } where shownProjects counts the projects kept by the browser-side filters.
 */
export function buildGraph(raw, options) {
  const { nodes, relationships } = raw;
  const placeOf = (id) => {
    const n = nodes.get(id);
    return n?.city ? nodes.get(n.city) : n;
  };

  // Browser-side filters on projects: a partner (or its city) in the country / a member of the network.
  let keptProjects = new Set([...nodes.values()].filter((n) => n.kind === 'Project').map((n) => n.id));
  if (options.country || options.network) {
    const members = new Set(relationships.filter((r) => r.type === 'MEMBER_OF' && r.to === options.network).map((r) => r.from));
    const passes = new Set();
    for (const r of relationships) {
      if (r.type !== 'PARTNER_IN') continue;
      const partner = nodes.get(r.from);
      const place = placeOf(r.from);
      const inCountry = !options.country || partner.countryCode === options.country || place?.countryCode === options.country;
      const member = !options.network || members.has(r.from) || (partner.city && members.has(partner.city));
      if (inCountry && member) passes.add(r.to);
    }
    keptProjects = new Set([...keptProjects].filter((id) => passes.has(id)));
  }

  const visibleKind = (kind) => !options.kinds || options.kinds.has(kind);
  const replaceOrg = (id) => (options.collapse && nodes.get(id)?.city ? nodes.get(id).city : id);
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });

  const addNode = (id) => {
    if (graph.hasNode(id)) return true;
    const n = nodes.get(id);
    if (!n || !visibleKind(n.kind)) return false;
    if (n.kind === 'Project' && !keptProjects.has(id)) return false;
    const color = options.colorBy === 'theme' && n.kind === 'Theme' ? keyColor(n.id)
      : options.colorBy === 'theme' && n.kind === 'Project' && n.themes?.length ? keyColor(n.themes[0])
      : options.schema.color(n.kind);
    graph.addNode(id, { label: n.label, kind: n.kind, color, kindColor: color, countryCode: n.countryCode, lat: n.lat, lon: n.lon, years: n.years, acronym: n.acronym, membersTotal: n.membersTotal });
    return true;
  };
  const addEdge = (type, from, to, extra = {}) => {
    if (from === to || !addNode(from) || !addNode(to)) return;
    const key = edgeKey(type, from, to);
    if (graph.hasEdge(key)) {
      const attributes = graph.getEdgeAttributes(key);
      attributes.weight += 1;
      if (extra.via) attributes.via.push(...extra.via);
      return;
    }
    graph.addDirectedEdgeWithKey(key, from, to, { relationship: type, weight: 1, via: extra.via ? [...extra.via] : [], role: extra.role });
  };

  // Every project in scope is a node, even one without relationships; a partner only appears through one.
  for (const id of keptProjects) addNode(id);
  for (const r of relationships) {
    if (r.type === 'PARTNER_IN' && !keptProjects.has(r.to)) continue;
    if (r.type === 'FUNDED_BY' || r.type === 'ADDRESSES') {
      if (!keptProjects.has(r.from)) continue;
    }
    if (r.type === 'LOCATED_IN' || r.type === 'MEMBER_OF') continue;
    if (r.type === 'PARTNER_IN' && !visibleKind('Project')) continue;
    const from = r.type === 'PARTNER_IN' ? replaceOrg(r.from) : r.from;
    addEdge(r.type, from, r.to, { role: r.role, via: from !== r.from ? [r.from] : null });
  }
  // Without projects: partners linked by the projects they share.
  if (!visibleKind('Project')) {
    const partnersOf = new Map();
    for (const r of relationships) {
      if (r.type !== 'PARTNER_IN' || !keptProjects.has(r.to)) continue;
      if (!partnersOf.has(r.to)) partnersOf.set(r.to, new Set());
      partnersOf.get(r.to).add(replaceOrg(r.from));
    }
    for (const [project, partners] of partnersOf) {
      const list = [...partners].sort();
      for (let i = 0; i < list.length; i += 1) {
        for (let j = i + 1; j < list.length; j += 1) addEdge(SHARED_PROJECTS, list[i], list[j], { via: [project] });
      }
    }
  }
  // Organisations in their cities (unless collapsed), and memberships of the nodes shown.
  for (const r of relationships) {
    if (r.type === 'LOCATED_IN' && !options.collapse && graph.hasNode(r.from)) addEdge(r.type, r.from, r.to);
    if (r.type === 'MEMBER_OF') {
      const from = replaceOrg(r.from);
      if (graph.hasNode(from)) addEdge(r.type, from, r.to, { via: from !== r.from ? [r.from] : null });
    }
  }

  sizeByDegree(graph);
  return { graph, keptProjects, shownProjects: [...keptProjects].filter((id) => graph.hasNode(id)).length };
}

/**
 * Node size grows with the square root of the degree; the six best-connected nodes always show their label, the
 * others when sigma's label grid has room (larger nodes first).
 */
function sizeByDegree(graph) {
  const degrees = [];
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
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
