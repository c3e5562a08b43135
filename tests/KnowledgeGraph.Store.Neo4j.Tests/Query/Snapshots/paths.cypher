// $p1 = ["Country","Theme","Study"]
// $p2 = "city:lyon"
// $p3 = "city:koln"
OPTIONAL MATCH (a:`City`) WHERE a.id = $p2 OR $p2 IN a._keys
WITH collect(a)[0] AS a
OPTIONAL MATCH (b:`City`) WHERE b.id = $p3 OR $p3 IN b._keys
WITH a, collect(b)[0] AS b
OPTIONAL MATCH p = allShortestPaths((a)-[*1..4]-(b))
WHERE a <> b AND all(x IN nodes(p) WHERE x = a OR x = b OR NOT x.kind IN $p1)
WITH a, b, p, CASE WHEN p IS NULL THEN '' ELSE reduce(k = a.id, i IN range(0, length(p) - 1) | k + '\t' + type(relationships(p)[i]) + '\t' + (nodes(p)[i + 1]).id) END AS key
ORDER BY key
WITH a, b, collect(CASE WHEN p IS NULL THEN NULL ELSE {length: length(p), nodes: [x IN nodes(p) | {id: x.id, kind: x.kind, name: x.name}], relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: r._props}]} END) AS paths
RETURN CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, kind: a.kind, name: a.name} END AS fromNode,
    CASE WHEN b IS NULL THEN NULL ELSE {id: b.id, kind: b.kind, name: b.name} END AS toNode,
    CASE WHEN a IS NULL OR b IS NULL THEN [] WHEN a = b THEN [{length: 0, nodes: [{id: a.id, kind: a.kind, name: a.name}], relationships: []}] ELSE paths[..5] END AS paths
