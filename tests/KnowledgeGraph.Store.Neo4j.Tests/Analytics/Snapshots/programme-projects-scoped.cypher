// $p1 = "programme:urbact-iii"
// $p2 = "theme:culture"
// $p3 = "network:eurocities"
// $p4 = "country:es"
// $p5 = 2015
// $p6 = 0
// $p7 = 20
OPTIONAL MATCH (x0:`Programme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS g
OPTIONAL MATCH (x1:`Theme`) WHERE x1.id = $p2 OR $p2 IN x1._keys
WITH g, collect(x1)[0] AS t
OPTIONAL MATCH (x2:`Network`) WHERE x2.id = $p3 OR $p3 IN x2._keys
WITH g, t, collect(x2)[0] AS net
OPTIONAL MATCH (x3:`Country`) WHERE x3.id = $p4 OR $p4 IN x3._keys
WITH g, t, net, collect(x3)[0] AS k
MATCH (t)<-[:`ADDRESSES`]-(p:`Project`)
WITH g, t, net, k, p WHERE size(coalesce([(p)-[:`FUNDED_BY`]->()-[:`PART_OF`*0..]->(g) | 1], [])) > 0
WITH g, t, net, k, p WHERE coalesce(toInteger(substring(p.endDate, 0, 4)), toInteger(substring(p.startDate, 0, 4))) >= $p5
WITH g, t, net, k, p WHERE size(coalesce([(p)<-[:`PARTNER_IN`]-()-[:`IN_COUNTRY`]->(k) | 1], [])) + size(coalesce([(p)<-[:`PARTNER_IN`]-()-[:`LOCATED_IN`]->()-[:`IN_COUNTRY`]->(k) | 1], [])) > 0 AND size(coalesce([(p)<-[:`PARTNER_IN`]-(:`City`)-[:`MEMBER_OF`]->(net) | 1], [])) + size(coalesce([(p)<-[:`PARTNER_IN`]-()-[:`LOCATED_IN`]->()-[:`MEMBER_OF`]->(net) | 1], [])) > 0
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
    size(ps) AS total,
    [q IN ps | q.euFunding] AS eus,
    countries,
    [q IN ps[$p6..$p7] | {id: q.id, name: q.name, props: q._props}] AS projects
