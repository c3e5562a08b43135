-- $p1 = '["Event","City"]'
-- $p2 = '"Sónar"* "barc"*'
-- $p3 = 5
SELECT (
    SELECT json_group_array(json(r.j) ORDER BY r.rn) FROM (
        SELECT json_object(
            'id', n1.id,
            'name', n1.name) AS j,
               row_number() OVER (ORDER BY m1.rank, n1.id) AS rn
        FROM (SELECT node, min(rank) AS rank FROM name_search WHERE name_search MATCH $p2 GROUP BY node) AS m1
        JOIN nodes n1 ON n1.seq = m1.node
        WHERE n1.kind IN (SELECT value FROM json_each($p1))
        ORDER BY m1.rank, n1.id
        LIMIT $p3
    ) AS r
) AS result
