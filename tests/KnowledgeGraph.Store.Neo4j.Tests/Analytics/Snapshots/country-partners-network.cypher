// $p1 = "country:es"
// $p2 = "network:eurocities"
// $p3 = 2020
// $p4 = "City"
// $p5 = 0
// $p6 = 20
OPTIONAL MATCH (x0:`Country`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS k
OPTIONAL MATCH (x1:`Network`) WHERE x1.id = $p2 OR $p2 IN x1._keys
WITH k, collect(x1)[0] AS net
MATCH (p:`Project`)
WITH k, net, p WHERE coalesce(toInteger(substring(p.startDate, 0, 4)), toInteger(substring(p.endDate, 0, 4))) <= $p3
WITH k, net, p, coalesce([(p)<-[:`PARTNER_IN`]-(c:`City`)-[:`IN_COUNTRY`]->(k) | c], []) + coalesce([(p)<-[:`PARTNER_IN`]-()-[:`LOCATED_IN`]->(c)-[:`IN_COUNTRY`]->(k) | c], []) AS cs, coalesce([(p)<-[:`PARTNER_IN`]-(x) WHERE (size(coalesce([(x)-[:`IN_COUNTRY`]->(k) | 1], [])) + size(coalesce([(x)-[:`LOCATED_IN`]->()-[:`IN_COUNTRY`]->(k) | 1], [])) > 0) | x], []) AS xs
WITH k, net, p, [c IN cs | {tp: 0, e: c}] + [x IN xs | {tp: 1, e: x}] AS entries
UNWIND entries AS x
WITH DISTINCT k, net, p, x.tp AS tp, x.e AS e
WITH p, tp, e, CASE WHEN tp = 1 AND NOT e.kind = $p4 THEN (size(coalesce([(e)-[:`MEMBER_OF`]->(net) | 1], [])) > 0 OR size(coalesce([(e)-[:`LOCATED_IN`]->()-[:`MEMBER_OF`]->(net) | 1], [])) > 0) ELSE size(coalesce([(e)-[:`MEMBER_OF`]->(net) | 1], [])) > 0 END AS member
WITH p, tp, e, member WHERE member
WITH p, CASE WHEN tp = 0 THEN [{tp: 0, e: e}] WHEN e.kind = $p4 THEN [{tp: 2, e: p}] ELSE [{tp: 1, e: e}, {tp: 2, e: p}] END AS entries
UNWIND entries AS y
WITH y.tp AS tp, y.e AS e, count(*) AS n
WITH tp, e, n, CASE WHEN tp = 1 THEN coalesce([(e)-[:`LOCATED_IN`]->(l) | {id: l.id, name: l.name}], []) ELSE [] END AS places
ORDER BY tp, n DESC, e.name, e.id
WITH collect({tp: tp, id: e.id, name: e.name, organisationType: e.organisationType, acronym: e.acronym, places: places, n: n}) AS entries
WITH [x IN entries WHERE x.tp = 0] AS cities, [x IN entries WHERE x.tp = 1] AS orgs, [x IN entries WHERE x.tp = 2] AS projects
OPTIONAL MATCH (k:`Country`) WHERE k.id = $p1 OR $p1 IN k._keys
RETURN CASE WHEN k IS NULL THEN NULL ELSE {id: k.id, name: k.name, isoCode: k.isoCode} END AS country,
    size(cities) AS cityCount, cities[$p5..$p6] AS cities,
    size(orgs) AS organisationCount, orgs[$p5..$p6] AS organisations,
    size(projects) AS projectCount, projects[$p5..$p6] AS projects
