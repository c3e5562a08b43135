// $p1 = ["theme:creative-industries"]
MATCH (n1:`Programme`)
WITH n1
ORDER BY n1.id
RETURN collect({_id: n1.id, _kind: n1.kind, f0: n1.name, f1: [(n1)<-[e2:`FUNDED_BY`]-(n2) | e2._props], f2: [(n1)<-[e3:`FUNDED_BY`]-(n3) | n3._props], f3: size(coalesce([(n1)<-[e4:`FUNDED_BY`]-(n4) WHERE size(coalesce([(n4)-[e5:`ADDRESSES`]->(n5) WHERE (n5.id IN $p1 OR any(k IN n5._keys WHERE k IN $p1)) | 1], [])) > 0 | 1], []))}) AS items
