// $p1 = "network:eurocities"
// $p2 = "country:es"
// $p3 = 0
// $p4 = 20
OPTIONAL MATCH (x0:`Network`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS net
OPTIONAL MATCH (x1:`Country`) WHERE x1.id = $p2 OR $p2 IN x1._keys
WITH net, collect(x1)[0] AS k
MATCH (p:`Project`)
MATCH (c:`Organisation`)-[:`PARTNER_IN`]->(p)
WITH DISTINCT net, k, p, c WHERE (size(coalesce([(c)-[:`MEMBER_OF`]->(net) | 1], [])) > 0 OR size(coalesce([(c)-[:`LOCATED_IN`]->()-[:`MEMBER_OF`]->(net) | 1], [])) > 0)
WITH net, k, p, collect(c) AS cs
UNWIND cs AS a
WITH net, k, p, cs, a WHERE (size(coalesce([(a)-[:`IN_COUNTRY`]->(k) | 1], [])) > 0 OR size(coalesce([(a)-[:`LOCATED_IN`]->()-[:`IN_COUNTRY`]->(k) | 1], [])) > 0)
UNWIND cs AS b
WITH a, count(DISTINCT p) AS projects, count(DISTINCT CASE WHEN b <> a THEN b END) AS partners
ORDER BY projects DESC, partners DESC, a.id
WITH collect({a: a, partners: partners, projects: projects}) AS ranked
WITH size(ranked) AS total, ranked[$p3..$p4] AS page
UNWIND CASE WHEN size(page) = 0 THEN [NULL] ELSE page END AS x
WITH total, x, x.a AS a
RETURN total, collect(CASE WHEN x IS NULL THEN NULL ELSE {node: {id: a.id, kind: a.kind, name: a.name, places: [(a)-[:`LOCATED_IN`]->(l) | {id: l.id, code: l.countryCode}], countries: [(a)-[:`IN_COUNTRY`]->(i) | {id: i.id, code: i.isoCode}]}, partners: x.partners, projects: x.projects} END) AS items
