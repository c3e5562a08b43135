// $p1 = "city:geonames:3128760"
OPTIONAL MATCH (x0:`City`) WHERE x0.id = $p1 OR $p1 IN x0._keys
WITH collect(x0)[0] AS me
WITH me, coalesce([(me)-[r:`PARTNER_IN`]->(p:`Project`) | {p: p, d: 1, r: coalesce(r.role, '')}], [])
    + coalesce([(me)<-[:`LOCATED_IN`]-()-[r:`PARTNER_IN`]->(p:`Project`) | {p: p, d: 0, r: coalesce(r.role, '')}], []) AS xs
UNWIND xs AS x
WITH me, x.p AS p, max(x.d) AS d, collect(x.r) AS roles
WITH me, p, d, roles, coalesce([(c:`City`)-[:`PARTNER_IN`]->(p) | c], []) + coalesce([(c)<-[:`LOCATED_IN`]-()-[:`PARTNER_IN`]->(p) | c], []) + [me] AS cs
UNWIND cs AS c
WITH DISTINCT me, p, d, roles, c
WITH me, p, d, roles, c, CASE WHEN c = me THEN false ELSE true END AS partner
WITH collect(CASE WHEN c = me THEN {p: p.id, name: p.name, acronym: p.acronym, startDate: p.startDate, endDate: p.endDate, d: d, roles: roles, organisations: coalesce([(me)<-[:`LOCATED_IN`]-(o)-[e:`PARTNER_IN`]->(p) | {id: o.id, name: o.name, role: e.role}], []), programmes: coalesce([(p)-[:`FUNDED_BY`]->(fg) | {id: fg.id, name: fg.name}], [])} END) AS mine,
    collect(CASE WHEN partner THEN {c: {id: c.id, name: c.name, countryCode: c.countryCode}, p: p.id, cks: coalesce([(c)-[:`IN_COUNTRY`]->(y) | {id: y.id, name: y.name, isoCode: y.isoCode}], [])} END) AS rows
OPTIONAL MATCH (me:`City`) WHERE me.id = $p1 OR $p1 IN me._keys
WITH mine, rows, collect(me)[0] AS me
RETURN CASE WHEN me IS NULL THEN NULL ELSE {id: me.id, name: me.name, countryCode: me.countryCode} END AS city,
    CASE WHEN me IS NULL THEN [] ELSE coalesce([(me)-[m:`MEMBER_OF`]->(n) | {id: n.id, name: n.name, acronym: n.acronym, props: m._props}], []) END AS networks, mine AS projects, rows AS partners
