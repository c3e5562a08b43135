// The GraphQL the views send: plain queries over the public schema (the Query tab shows them as they were sent),
// and the translation of the filters into their `where` arguments.

const PLACE = `fragment Place on Node {
  id kind name
  ... on City { countryCode latitude longitude }
  ... on Organisation { locatedIn { nodes { id kind name countryCode latitude longitude } } }
}`;

/** The partnership graph: projects in scope with their partners, programmes and themes (one store statement). */
export const GRAPH_QUERY = `query Partnerships($where: ProjectWhere, $first: Int) {
  projects(where: $where, first: $first, orderBy: [{ partnersCount: DESC }, { name: ASC }]) {
    totalCount
    nodes {
      id kind name acronym startDate endDate
      partners { edges { role node { ...Place } } }
      fundedBy { nodes { id kind name } }
      themes { nodes { id kind name } }
    }
  }
}
${PLACE}`;

/** The networks' memberships among the graph's cities and organisations. */
export const MEMBERSHIP_QUERY = `query Memberships($networks: NetworkWhere, $members: [ID!]) {
  networks(where: $networks, orderBy: [{ name: ASC }]) {
    totalCount
    nodes {
      id kind name acronym
      allMembers: members { totalCount }
      members(where: { id: { in: $members } }) { nodes { id } }
    }
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

/** The projects' `where` for the filters that the API applies (theme, programme with its parts, years). */
export function projectWhere(state) {
  const all = [];
  if (state.theme) all.push({ themes: { some: { id: { eq: state.theme } } } });
  if (state.programme) {
    all.push({ fundedBy: { some: { OR: [{ id: { eq: state.programme } }, { partOf: { some: { id: { eq: state.programme } } } }] } } });
  }
  if (state.from) all.push({ endDate: { gte: `${state.from}-01-01` } });
  if (state.to) all.push({ startDate: { lte: `${state.to}-12-31` } });
  return all.length === 0 ? null : all.length === 1 ? all[0] : { AND: all };
}

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
