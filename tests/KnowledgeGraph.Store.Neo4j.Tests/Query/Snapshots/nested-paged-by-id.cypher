MATCH (n1:`Network`)
WITH n1
ORDER BY n1.id
LIMIT 5
RETURN collect({_id: n1.id, _kind: n1.kind, f1: n1.name, f2: [l2 IN [coalesce([(n1)<-[e2:`MEMBER_OF`]-(n2) | n2], [])] | {_total: size(l2), _items: [n2 IN CASE WHEN size(l2) <= 4 THEN l2 ELSE [p2 IN [reduce(a2 = [], k2 IN range(1, 4) | a2 + reduce(b2 = null, x2 IN l2 | CASE WHEN (size(a2) = 0 OR x2.id > last(a2)) AND (b2 IS NULL OR x2.id < b2) THEN x2.id ELSE b2 END))] | [n2 IN l2 WHERE n2.id IN p2]][0] END | {_id: n2.id, _kind: n2.kind, f1: n2.name, f3: [l3 IN [coalesce([(n2)-[e3:`PARTICIPATED_IN`]->(n3) | n3], [])] | {_total: size(l3), _items: [n3 IN CASE WHEN size(l3) <= 2 THEN l3 ELSE [p3 IN [reduce(a3 = [], k3 IN range(1, 2) | a3 + reduce(b3 = null, x3 IN l3 | CASE WHEN (size(a3) = 0 OR x3.id > last(a3)) AND (b3 IS NULL OR x3.id < b3) THEN x3.id ELSE b3 END))] | [n3 IN l3 WHERE n3.id IN p3]][0] END | {_id: n3.id, _kind: n3.kind, f1: n3.name}]}][0]}]}][0]}) AS items
