// $p1 = ["Event","City"]
// $p2 = ["sonar","barc"]
// $p3 = [" sonar"," barc"]
// $p4 = "sonar barc"
MATCH (n1)
WHERE n1.kind IN $p1
  AND n1._folded IS NOT NULL
WITH n1, [f IN n1._folded WHERE all(j IN range(0, size($p2) - 1) WHERE f STARTS WITH $p2[j] OR f CONTAINS $p3[j]) | size(f)] AS hits
WHERE size(hits) > 0
WITH n1, CASE WHEN $p4 IN n1._folded THEN 0 ELSE 1 END AS exact, reduce(m = 1000000, h IN hits | CASE WHEN h < m THEN h ELSE m END) AS shortest
ORDER BY exact, shortest, n1.id
LIMIT 5
RETURN collect({_id: n1.id, _kind: n1.kind, f1: n1.name}) AS items
