// $p1 = [["A","a"],["B","b"],["C","c"],["D","d"],["E","e"],["F","f"],["G","g"],["H","h"],["I","i"],["J","j"],["K","k"],["L","l"],["M","m"],["N","n"],["O","o"],["P","p"],["Q","q"],["R","r"],["S","s"],["T","t"],["U","u"],["V","v"],["W","w"],["X","x"],["Y","y"],["Z","z"]]
// $p2 = 3
// $p3 = "leeds"
// $p4 = "city:geonames:2644688"
MATCH (n1:`City`)
WITH n1
ORDER BY size(coalesce([(n1)<-[e2:`HELD_IN`]-(n2) | 1], [])) DESC, CASE WHEN n1.name IS NULL THEN 0 ELSE 1 END, coalesce(reduce(s = n1.name, c IN $p1 | replace(s, c[0], c[1])), ''), n1.id
WITH collect(n1) AS matched
WITH size(matched) AS total, [n1 IN matched WHERE ((size(coalesce([(n1)<-[e3:`HELD_IN`]-(n3) | 1], [])) < $p2 OR size(coalesce([(n1)<-[e3:`HELD_IN`]-(n3) | 1], [])) IS NULL)
    OR (size(coalesce([(n1)<-[e3:`HELD_IN`]-(n3) | 1], [])) = $p2 AND reduce(s = n1.name, c IN $p1 | replace(s, c[0], c[1])) > $p3)
    OR (size(coalesce([(n1)<-[e3:`HELD_IN`]-(n3) | 1], [])) = $p2 AND reduce(s = n1.name, c IN $p1 | replace(s, c[0], c[1])) = $p3 AND n1.id > $p4))] AS rest
RETURN total, [n1 IN rest[0..0 + 3] | {_id: n1.id, _kind: n1.kind, _k: [size(coalesce([(n1)<-[e4:`HELD_IN`]-(n4) | 1], [])), n1.name], f1: n1.name}] AS items
