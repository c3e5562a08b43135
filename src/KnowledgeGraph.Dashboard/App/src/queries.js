// The GraphQL the views send: plain queries over the public schema (the Query tab shows them as they were sent),
// and the translation of the filters into their `where` arguments.

/**
 * The partnership graph of the filters, in one request (one store statement): the projects in scope with the most
 * partners, their partners and cities, programmes, themes and networks, as nodes and edges. The store applies every
 * filter, the node kinds and the collapse into cities.
 */
export const SUBGRAPH_QUERY = `query Partnerships($theme: ID, $programme: ID, $network: ID, $country: ID, $fromYear: Int, $toYear: Int, $first: Int, $kinds: [NodeKind!], $collapse: Boolean) {
  subgraph(theme: $theme, programme: $programme, network: $network, country: $country, fromYear: $fromYear, toYear: $toYear, first: $first, kinds: $kinds, collapse: $collapse) {
    totalCount projects
    nodes { id kind name countryCode latitude longitude city acronym startDate endDate degree }
    edges { type from to weight role via }
  }
}`;

/** The lists behind the filters. */
export const FILTER_OPTIONS_QUERY = `query FilterOptions {
  themes(orderBy: [{ name: ASC }]) { nodes { id name } }
  programmes(orderBy: [{ name: ASC }]) { nodes { id name acronym } }
  networks(orderBy: [{ name: ASC }]) { nodes { id name acronym } }
  countries(orderBy: [{ name: ASC }]) { nodes { id name isoCode } }
}`;

export const SEARCH_QUERY = `query Search($text: String!, $first: Int, $kinds: [NodeKind!]) {
  search(text: $text, first: $first, kinds: $kinds) { id kind name }
}`;

/** A node's properties, sources and claims (kind-specific properties through the generic fields). */
export const NODE_QUERY = `query NodeEvidence($id: ID!) {
  node(id: $id) {
    id kind name description
    aliases { name lang }
    sources { ...Source }
    ... on City { countryCode population latitude longitude claims { ...Claim } }
    ... on Project { acronym title startDate endDate budget euFunding url claims { ...Claim } }
    ... on Organisation { acronym organisationType url claims { ...Claim } }
    ... on Network { acronym memberCount founded url claims { ...Claim } }
    ... on Programme { acronym period programmeType url claims { ...Claim } }
    ... on Country { isoCode claims { ...Claim } }
  }
}
fragment Source on Source { study { id name } certainty quote dataset row note }
fragment Claim on Claim { property value qualifier study { id name } certainty quote dataset row note }`;

/**
 * The sources of the relationships between two nodes: owner's connection fields (named by the schema, see
 * schema.js) filtered to the other node. One request for several relationships, each under an alias.
 */
export function relationshipQuery(items) {
  const parts = items.map((item, i) => {
    const fields = item.fields
      .map((f, j) => `f${j}: ${f.field}(where: { id: { eq: ${JSON.stringify(item.other)} } }) { edges { node { id name } ${f.edgeProperties.join(' ')} sources { study { id name } certainty quote dataset row note } } }`)
      .join('\n      ');
    return `  r${i}: node(id: ${JSON.stringify(item.owner)}) { id name ... on ${item.ownerKind} {\n      ${fields}\n    } }`;
  });
  return `query RelationshipEvidence {\n${parts.join('\n')}\n}`;
}

/** The partners (with their cities) of some projects: the evidence of a pair of cities from a question. */
export const SHARED_PARTNERS_QUERY = `query SharedProjectPartners($ids: [ID!]) {
  projects(where: { id: { in: $ids } }) {
    nodes { id name partners { edges { node { id kind name ... on Organisation { locatedIn { nodes { id } } } } } } }
  }
}`;

export const COLLABORATIONS_QUERY = `query Collaborations($theme: ID, $programme: ID, $network: ID, $country: ID, $fromYear: Int, $toYear: Int, $first: Int) {
  collaboratingCities(theme: $theme, programme: $programme, network: $network, country: $country, fromYear: $fromYear, toYear: $toYear, first: $first) {
    totalCount
    pairs { cityA { id name countryCode } cityB { id name countryCode } sharedProjects projects { id name acronym } }
  }
}`;

export const PROFILE_QUERY = `query CityProfile($city: ID!, $theme: ID, $programme: ID, $network: ID, $country: ID, $fromYear: Int, $toYear: Int) {
  cityProfile(city: $city, theme: $theme, programme: $programme, network: $network, country: $country, fromYear: $fromYear, toYear: $toYear, first: 50) {
    city { id name countryCode }
    networks { id name acronym status }
    projects { id name acronym startYear endYear role direct organisations { id name role } programmes { id name } }
    partners { totalCount items { city { id name countryCode } sharedProjects } }
    countries { country { id name isoCode } partnerCities projects }
    activity { year projects }
  }
}`;

export const PATH_QUERY = `query Connection($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 3) {
    from { id kind name } to { id kind name } length truncated
    paths { nodes { id kind name } relationships { type from to properties } }
  }
}`;

export const MOST_CONNECTED_QUERY = `query MostConnected($theme: ID, $programme: ID, $network: ID, $country: ID, $fromYear: Int, $toYear: Int) {
  mostConnected(kind: CITY, by: PARTNERS, theme: $theme, programme: $programme, network: $network, country: $country, fromYear: $fromYear, toYear: $toYear, first: 50) {
    totalCount
    items { node { id kind name countryCode } partners projects }
  }
}`;

export const PROGRAMME_QUERY = `query ProgrammeProjects($programme: ID!, $theme: ID, $network: ID, $country: ID, $fromYear: Int, $toYear: Int) {
  programmeProjects(programme: $programme, theme: $theme, network: $network, country: $country, fromYear: $fromYear, toYear: $toYear, first: 100) {
    programme { id name acronym }
    programmes { id name projects }
    totalCount euFunding budget
    countries { country { id name isoCode } projects euFunding }
    projects { id name acronym startDate endDate euFunding partners }
  }
}`;

export const COUNTRY_QUERY = `query CountryPartners($country: ID!, $theme: ID, $programme: ID, $network: ID, $fromYear: Int, $toYear: Int) {
  countryPartners(country: $country, theme: $theme, programme: $programme, network: $network, fromYear: $fromYear, toYear: $toYear, first: 50) {
    country { id name isoCode }
    cities { totalCount items { id name projects } }
    projects { totalCount items { id name acronym partners } }
  }
}`;

/** The research fields' common scope arguments. */
export function scopeArguments(state, filters) {
  const country = state.country ? filters?.countries.find((c) => c.isoCode === state.country)?.id ?? null : null;
  return {
    theme: state.theme || null,
    programme: state.programme || null,
    network: state.network || null,
    country,
    fromYear: state.from ? Number(state.from) : null,
    toYear: state.to ? Number(state.to) : null,
  };
}

/** The subgraph's variables for the view state: the scope, the most projects, the node kinds and the collapse. */
export function subgraphVariables(state, filters) {
  return {
    ...scopeArguments(state, filters),
    first: Number(state.limit) || 300,
    kinds: state.kinds ? state.kinds.split(',') : null,
    collapse: state.collapse === '1',
  };
}
