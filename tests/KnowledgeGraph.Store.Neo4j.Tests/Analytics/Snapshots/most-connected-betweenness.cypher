// $p1 = "theme:culture"
// $p2 = 10000
// $p3 = 200000
OPTIONAL MATCH (x0:`Theme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS t
MATCH (t)<-[:`ADDRESSES`]-(p:`Project`)
WITH t, p, coalesce([(c:`City`)-[:`PARTNER_IN`]->(p) | c], []) + coalesce([(c)<-[:`LOCATED_IN`]-()-[:`PARTNER_IN`]->(p) | c], []) AS cs
UNWIND cs AS c
WITH DISTINCT t, p, c
WITH t, p, collect(c) AS cs
UNWIND cs AS a
UNWIND cs AS b
WITH t, a, count(DISTINCT p) AS projects, count(DISTINCT CASE WHEN b <> a THEN b END) AS partners,
    collect(DISTINCT CASE WHEN a._seq < b._seq THEN b._seq END) AS next
ORDER BY a._seq
WITH collect({seq: a._seq, next: next, node: CASE WHEN true THEN {id: a.id, kind: a.kind, name: a.name, countryCode: a.countryCode} END, partners: partners, projects: projects}) AS nodes
WITH nodes, reduce(s = 0, x IN nodes | s + size(x.next)) AS edgeCount
RETURN size(nodes) AS nodeCount, edgeCount,
    CASE WHEN size(nodes) <= $p2 AND edgeCount <= $p3 THEN nodes END AS nodes
