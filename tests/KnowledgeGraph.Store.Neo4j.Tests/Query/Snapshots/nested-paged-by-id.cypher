MATCH (n1:`Network`)
WITH n1
ORDER BY n1.id
LIMIT 5
RETURN collect({_id: n1.id, _kind: n1.kind, f1: n1.name, f2: [l2 IN [coalesce([(n1)<-[e2:`MEMBER_OF`]-(n2) | n2], [])] | {_total: size(l2), _items: [n2 IN CASE WHEN size(l2) <= 4 THEN l2 ELSE [p2 IN [reduce(a2 = [], x2 IN l2 | CASE WHEN size(a2) < 4 OR x2.id < last(a2) THEN ([y2 IN a2 WHERE y2 <= x2.id] + x2.id + [y2 IN a2 WHERE y2 > x2.id])[..4] ELSE a2 END)] | [n2 IN l2 WHERE n2.id IN p2]][0] END | {_id: n2.id, _kind: n2.kind, f1: n2.name, f3: [l3 IN [coalesce([(n2)-[e3:`PARTICIPATED_IN`]->(n3) | n3], [])] | {_total: size(l3), _items: [n3 IN CASE WHEN size(l3) <= 2 THEN l3 ELSE [p3 IN [reduce(a3 = [], x3 IN l3 | CASE WHEN size(a3) < 2 OR x3.id < last(a3) THEN ([y3 IN a3 WHERE y3 <= x3.id] + x3.id + [y3 IN a3 WHERE y3 > x3.id])[..2] ELSE a3 END)] | [n3 IN l3 WHERE n3.id IN p3]][0] END | {_id: n3.id, _kind: n3.kind, f1: n3.name}]}][0]}]}][0]}) AS items
