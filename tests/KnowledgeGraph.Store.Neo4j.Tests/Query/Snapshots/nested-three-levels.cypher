// $p1 = ["city:geonames:3108286"]
OPTIONAL MATCH (st:`Study`)
WITH collect([st.id, st.name]) AS studies
MATCH (n1:`City`)
WHERE (n1.id IN $p1 OR any(k IN n1._keys WHERE k IN $p1))
WITH studies, n1
ORDER BY n1.id
RETURN studies, collect({_id: n1.id, _kind: n1.kind, f1: n1.name, f2: [(n1)-[e2:`PARTICIPATED_IN`]->(n2:`Event`) | {_id: n2.id, _kind: n2.kind, _p: n2._props, _ep: e2._props, f2: [(n2)-[e3:`HELD_IN`]->(n3) | {_id: n3.id, _kind: n3.kind, _k: [n3.name], _ep: e3._props, _esrc: e3._sources, f0: n3.name, f1: size(coalesce([(n3)<-[e4:`HELD_IN`]-(n4) | 1], []))}]}]}) AS items
