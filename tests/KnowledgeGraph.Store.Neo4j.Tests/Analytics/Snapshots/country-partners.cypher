// $p1 = "country:es"
// $p2 = "theme:culture"
// $p3 = "City"
// $p4 = 0
// $p5 = 20
OPTIONAL MATCH (x0:`Country`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS k
OPTIONAL MATCH (x1:`Theme`) WHERE x1.id = $p2 OR $p2 IN x1._keys
WITH k, collect(x1)[0] AS t
MATCH (t)<-[:`ADDRESSES`]-(p:`Project`)
WITH k, t, p, coalesce([(p)<-[:`PARTNER_IN`]-(c:`City`)-[:`IN_COUNTRY`]->(k) | c], []) + coalesce([(p)<-[:`PARTNER_IN`]-()-[:`LOCATED_IN`]->(c)-[:`IN_COUNTRY`]->(k) | c], []) AS cs, coalesce([(p)<-[:`PARTNER_IN`]-(x) WHERE (size(coalesce([(x)-[:`IN_COUNTRY`]->(k) | 1], [])) + size(coalesce([(x)-[:`LOCATED_IN`]->()-[:`IN_COUNTRY`]->(k) | 1], [])) > 0) | x], []) AS xs
WITH k, t, p, [c IN cs | {tp: 0, e: c}] + [x IN xs | {tp: 1, e: x}] AS entries
UNWIND entries AS x
WITH DISTINCT k, t, p, x.tp AS tp, x.e AS e
WITH p, CASE WHEN tp = 0 THEN [{tp: 0, e: e}] WHEN e.kind = $p3 THEN [{tp: 2, e: p}] ELSE [{tp: 1, e: e}, {tp: 2, e: p}] END AS entries
UNWIND entries AS y
WITH y.tp AS tp, y.e AS e, count(*) AS n
WITH tp, e, n, CASE WHEN tp = 1 THEN coalesce([(e)-[:`LOCATED_IN`]->(l) | {id: l.id, name: l.name}], []) ELSE [] END AS places
ORDER BY tp, n DESC, e.name, e.id
WITH collect({tp: tp, id: e.id, name: e.name, organisationType: e.organisationType, acronym: e.acronym, places: places, n: n}) AS entries
WITH [x IN entries WHERE x.tp = 0] AS cities, [x IN entries WHERE x.tp = 1] AS orgs, [x IN entries WHERE x.tp = 2] AS projects
OPTIONAL MATCH (k:`Country`) WHERE k.id = $p1 OR $p1 IN k._keys
RETURN CASE WHEN k IS NULL THEN NULL ELSE {id: k.id, name: k.name, isoCode: k.isoCode} END AS country,
    size(cities) AS cityCount, cities[$p4..$p5] AS cities,
    size(orgs) AS organisationCount, orgs[$p4..$p5] AS organisations,
    size(projects) AS projectCount, projects[$p4..$p5] AS projects
