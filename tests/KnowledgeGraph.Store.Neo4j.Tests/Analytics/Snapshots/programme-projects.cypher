// $p1 = "programme:urbact-iii"
// $p2 = 0
// $p3 = 20
OPTIONAL MATCH (x0:`Programme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS g
MATCH (g)<-[:`PART_OF`*0..]-()<-[:`FUNDED_BY`]-(p:`Project`)
WITH DISTINCT g, p
WITH p ORDER BY p.euFunding IS NULL, coalesce(p.euFunding, 0.0) DESC, p.name, p.id
WITH collect(p) AS ps
OPTIONAL MATCH (g:`Programme`) WHERE g.id = $p1 OR $p1 IN g._keys
WITH collect(g)[0] AS g, ps
UNWIND CASE WHEN size(ps) = 0 THEN [NULL] ELSE ps END AS q
WITH g, ps, q, CASE WHEN q IS NULL THEN [] ELSE coalesce([(q)<-[:`PARTNER_IN`]-()-[:`IN_COUNTRY`]->(kx) | kx], []) + coalesce([(q)<-[:`PARTNER_IN`]-()-[:`LOCATED_IN`]->()-[:`IN_COUNTRY`]->(kx) | kx], []) END AS ks
UNWIND CASE WHEN size(ks) = 0 THEN [NULL] ELSE ks END AS kk
WITH DISTINCT g, ps, q, kk
WITH g, ps, kk, collect(q.euFunding) AS eus, count(q) AS n
WITH g, ps, collect(CASE WHEN kk IS NULL THEN NULL ELSE {id: kk.id, name: kk.name, isoCode: kk.isoCode, projects: n, eus: eus} END) AS countries
RETURN CASE WHEN g IS NULL THEN NULL ELSE {id: g.id, name: g.name, acronym: g.acronym, period: g.period} END AS programme,
    CASE WHEN g IS NULL THEN [] ELSE coalesce([(g)<-[:`PART_OF`*0..]-(y) | {id: y.id, name: y.name, projects: size(coalesce([(y)<-[:`FUNDED_BY`]-(z) WHERE z IN ps | 1], []))}], []) END AS programmes,
    size(ps) AS total,
    [q IN ps | q.euFunding] AS eus,
    [q IN ps | q.budget] AS budgets,
    countries,
    [q IN ps[$p2..$p3] | {id: q.id, name: q.name, acronym: q.acronym, startDate: q.startDate, endDate: q.endDate, props: q._props, programmes: coalesce([(q)-[:`FUNDED_BY`]->(f) | {id: f.id, name: f.name}], []), partners: size(coalesce([(q)<-[:`PARTNER_IN`]-() | 1], [])), countries: [cx IN coalesce([(q)<-[:`PARTNER_IN`]-()-[:`IN_COUNTRY`]->(kx) | kx], []) + coalesce([(q)<-[:`PARTNER_IN`]-()-[:`LOCATED_IN`]->()-[:`IN_COUNTRY`]->(kx) | kx], []) | {id: cx.id, name: cx.name, isoCode: cx.isoCode}]}] AS projects
