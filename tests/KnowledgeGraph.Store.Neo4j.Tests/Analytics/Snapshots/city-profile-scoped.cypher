// $p1 = "theme:culture"
// $p2 = "programme:urbact-iii"
// $p3 = "city:geonames:3128760"
// $p4 = "network:eurocities"
// $p5 = "country:es"
// $p6 = 2015
// $p7 = 2020
OPTIONAL MATCH (x0:`Theme`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS t
OPTIONAL MATCH (x1:`Programme`) WHERE x1.id = $p2 OR $p2 IN x1._keys
WITH t, collect(x1)[0] AS g
OPTIONAL MATCH (x2:`City`) WHERE x2.id = $p3 OR $p3 IN x2._keys
WITH t, g, collect(x2)[0] AS me
OPTIONAL MATCH (y0:`Network`) WHERE y0.id = $p4 OR $p4 IN y0._keys
WITH me, t, g, collect(y0) AS nets
OPTIONAL MATCH (y1:`Country`) WHERE y1.id = $p5 OR $p5 IN y1._keys
WITH me, t, g, nets, collect(y1) AS ks
WITH me, t, g, nets, ks, coalesce([(me)-[r:`PARTNER_IN`]->(p:`Project`) | {p: p, d: 1, r: coalesce(r.role, '')}], [])
    + coalesce([(me)<-[:`LOCATED_IN`]-()-[r:`PARTNER_IN`]->(p:`Project`) | {p: p, d: 0, r: coalesce(r.role, '')}], []) AS xs
UNWIND xs AS x
WITH me, t, g, nets, ks, x.p AS p, max(x.d) AS d, collect(x.r) AS roles
WITH me, t, g, nets, ks, p, d, roles
WITH me, t, g, nets, ks, d, roles, p WHERE size(coalesce([(p)-[:`ADDRESSES`]->(t) | 1], [])) > 0 AND size(coalesce([(p)-[:`FUNDED_BY`]->()-[:`PART_OF`*0..]->(g) | 1], [])) > 0
WITH me, t, g, nets, ks, d, roles, p WHERE coalesce(toInteger(substring(p.endDate, 0, 4)), toInteger(substring(p.startDate, 0, 4))) >= $p6 AND coalesce(toInteger(substring(p.startDate, 0, 4)), toInteger(substring(p.endDate, 0, 4))) <= $p7
WITH me, nets, ks, p, d, roles, coalesce([(c:`City`)-[:`PARTNER_IN`]->(p) | c], []) + coalesce([(c)<-[:`LOCATED_IN`]-()-[:`PARTNER_IN`]->(p) | c], []) + [me] AS cs
UNWIND cs AS c
WITH DISTINCT me, nets, ks, p, d, roles, c
WITH me, p, d, roles, c, CASE WHEN c = me THEN false ELSE size(coalesce([(c)-[:`MEMBER_OF`]->(x) WHERE x IN nets | 1], [])) > 0 AND size(coalesce([(c)-[:`IN_COUNTRY`]->(x) WHERE x IN ks | 1], [])) > 0 END AS partner
WITH collect(CASE WHEN c = me THEN {p: p.id, name: p.name, acronym: p.acronym, startDate: p.startDate, endDate: p.endDate, d: d, roles: roles} END) AS mine,
    collect(CASE WHEN partner THEN {c: {id: c.id, name: c.name, countryCode: c.countryCode}, p: p.id, cks: coalesce([(c)-[:`IN_COUNTRY`]->(y) | {id: y.id, name: y.name, isoCode: y.isoCode}], [])} END) AS rows
OPTIONAL MATCH (me:`City`) WHERE me.id = $p3 OR $p3 IN me._keys
WITH mine, rows, collect(me)[0] AS me
RETURN CASE WHEN me IS NULL THEN NULL ELSE {id: me.id, name: me.name, countryCode: me.countryCode} END AS city,
    CASE WHEN me IS NULL THEN [] ELSE [] END AS networks, mine AS projects, rows AS partners
