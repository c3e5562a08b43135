// $p1 = ["city:geonames:3128760"]
// $p2 = "host"
// $p3 = "City"
MATCH (n1:`City`)
WHERE (size(coalesce([(n1)-[e2:`PARTICIPATED_IN`]->(n2) WHERE size(coalesce([(n2)-[e3:`HELD_IN`]->(n3) WHERE (n3.id IN $p1 OR any(k IN n3._keys WHERE k IN $p1)) | 1], [])) > 0 AND e2.`role` = $p2 | 1], [])) > 0 AND size(coalesce([(n1)-[e4:`MEMBER_OF`]->(n4) | 1], [])) = 0 AND size(coalesce([(n1)-[e5:`COOPERATES_WITH`]-(n5) WHERE NOT coalesce(n5.kind = $p3, false) | 1], [])) = 0)
WITH n1
ORDER BY n1.id
RETURN collect({_id: n1.id, _kind: n1.kind, f1: n1.name}) AS items
