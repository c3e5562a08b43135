// $p1 = "theme:culture"
// $p2 = 0
// $p3 = 20
OPTIONAL MATCH (x0:`Theme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS t
MATCH (t)<-[:`ADDRESSES`]-(p:`Project`)
WITH t, p, coalesce([(c:`City`)-[:`PARTNER_IN`]->(p) | c], []) + coalesce([(c)<-[:`LOCATED_IN`]-()-[:`PARTNER_IN`]->(p) | c], []) AS cs
UNWIND cs AS c
WITH DISTINCT t, p, c
WITH t, p, collect(c) AS cs
UNWIND cs AS a
UNWIND cs AS b
WITH a, count(DISTINCT p) AS projects, count(DISTINCT CASE WHEN b <> a THEN b END) AS partners
ORDER BY partners DESC, projects DESC, a.id
WITH collect({a: a, partners: partners, projects: projects}) AS ranked
WITH size(ranked) AS total, ranked[$p2..$p3] AS page
UNWIND CASE WHEN size(page) = 0 THEN [NULL] ELSE page END AS x
WITH total, x, x.a AS a
RETURN total, collect(CASE WHEN x IS NULL THEN NULL ELSE {node: {id: a.id, kind: a.kind, name: a.name, countryCode: a.countryCode}, partners: x.partners, projects: x.projects} END) AS items
