// $p1 = "theme:culture"
// $p2 = 0
// $p3 = 20
OPTIONAL MATCH (x0:`Theme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS t
MATCH (t)<-[:`ADDRESSES`]-(p:`Project`)
WITH t, p, coalesce([(c:`City`)-[:`PARTNER_IN`]->(p) | c], []) + coalesce([(c)<-[:`LOCATED_IN`]-()-[:`PARTNER_IN`]->(p) | c], []) AS cs
UNWIND cs AS c
WITH DISTINCT t, p, c
WITH p, collect(c) AS cs
UNWIND cs AS a
UNWIND cs AS b
WITH p, a, b WHERE a.id < b.id
WITH a, b, count(*) AS n, collect(p) AS ps
ORDER BY n DESC, a.id, b.id
WITH collect({a: a, b: b, n: n, ps: ps}) AS pairs
RETURN size(pairs) AS total,
    [x IN pairs[$p2..$p3] | {cityA: {id: x.a.id, name: x.a.name, countryCode: x.a.countryCode}, cityB: {id: x.b.id, name: x.b.name, countryCode: x.b.countryCode}, sharedProjects: x.n, projects: [q IN x.ps | {id: q.id, name: q.name, acronym: q.acronym}]}] AS pairs
