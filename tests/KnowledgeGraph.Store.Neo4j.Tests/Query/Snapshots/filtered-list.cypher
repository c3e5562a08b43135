// $p1 = ["ES","GB"]
// $p2 = "t"
// $p3 = 100000
// $p4 = "barcelone"
// $p5 = [["A","a"],["B","b"],["C","c"],["D","d"],["E","e"],["F","f"],["G","g"],["H","h"],["I","i"],["J","j"],["K","k"],["L","l"],["M","m"],["N","n"],["O","o"],["P","p"],["Q","q"],["R","r"],["S","s"],["T","t"],["U","u"],["V","v"],["W","w"],["X","x"],["Y","y"],["Z","z"]]
// $p6 = 5
MATCH (n1:`City`)
WHERE (n1.`countryCode` IN $p1 AND NOT coalesce(toLower(n1.name) STARTS WITH $p2, false) AND (n1.`population` >= $p3 OR n1.`population` IS NULL) AND $p4 IN n1._folded)
WITH n1
ORDER BY CASE WHEN n1.name IS NULL THEN 0 ELSE 1 END, coalesce(reduce(s = n1.name, c IN $p5 | replace(s, c[0], c[1])), ''), n1.id
SKIP $p6
LIMIT 11
RETURN collect({_id: n1.id, _kind: n1.kind, _k: [n1.name], f1: n1.name}) AS items
