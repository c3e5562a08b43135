// $p1 = "city:geonames:3128760"
MATCH (n1:`City`) WHERE n1.id = $p1
WITH n1
LIMIT 1
RETURN collect({_id: n1.id, _kind: n1.kind, _p: n1._props, f1: n1.name}) AS items
UNION ALL
OPTIONAL MATCH (d1:`City`) WHERE d1.id = $p1
WITH count(d1) AS direct
UNWIND CASE WHEN direct = 0 THEN [1] ELSE [] END AS former
MATCH (n1:`City`) WHERE any(k IN n1._keys WHERE k = $p1)
WITH n1
ORDER BY n1.id
LIMIT 1
RETURN collect({_id: n1.id, _kind: n1.kind, _p: n1._props, f1: n1.name}) AS items
