// $p1 = "programme:urbact-iii"
// $p2 = "network:eurocities"
// $p3 = "country:es"
// $p4 = 2015
// $p5 = 2020
// $p6 = 10
// $p7 = 20
OPTIONAL MATCH (x0:`Programme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS g
OPTIONAL MATCH (x1:`Network`) WHERE x1.id = $p2 OR $p2 IN x1._keys
WITH g, collect(x1)[0] AS net
OPTIONAL MATCH (x2:`Country`) WHERE x2.id = $p3 OR $p3 IN x2._keys
WITH g, net, collect(x2)[0] AS k
MATCH (g)<-[:`PART_OF`*0..]-()<-[:`FUNDED_BY`]-(p:`Project`)
WITH DISTINCT g, net, k, p
WITH g, net, k, p WHERE coalesce(toInteger(substring(p.endDate, 0, 4)), toInteger(substring(p.startDate, 0, 4))) >= $p4 AND coalesce(toInteger(substring(p.startDate, 0, 4)), toInteger(substring(p.endDate, 0, 4))) <= $p5
WITH g, net, k, p, coalesce([(c:`City`)-[:`PARTNER_IN`]->(p) | c], []) + coalesce([(c)<-[:`LOCATED_IN`]-()-[:`PARTNER_IN`]->(p) | c], []) AS cs
UNWIND cs AS c
WITH DISTINCT g, net, k, p, c WHERE size(coalesce([(c)-[:`MEMBER_OF`]->(net) | 1], [])) > 0
WITH p, collect(c) AS cs, collect(CASE WHEN size(coalesce([(c)-[:`IN_COUNTRY`]->(k) | 1], [])) > 0 THEN c END) AS homes
UNWIND cs AS a
UNWIND cs AS b
WITH p, a, b WHERE a.id < b.id AND (a IN homes OR b IN homes)
WITH a, b, count(*) AS n
ORDER BY n DESC, a.id, b.id
WITH collect({a: a, b: b, n: n}) AS pairs
RETURN size(pairs) AS total,
    [x IN pairs[$p6..$p7] | {cityA: {id: x.a.id, name: x.a.name, countryCode: x.a.countryCode}, cityB: {id: x.b.id, name: x.b.name, countryCode: x.b.countryCode}, sharedProjects: x.n}] AS pairs
