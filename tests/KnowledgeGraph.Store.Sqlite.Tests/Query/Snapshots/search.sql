-- $p1 = '["Event","City"]'
-- $p2 = '"Sónar"* "barc"*'
SELECT (
    SELECT json_group_array(json(r.j) ORDER BY r.rank, r.id) FROM (
        SELECT json_object(
            'id', n1.id,
            'name', n1.name) AS j, q1.rank AS rank, q1.id AS id
        FROM (
            SELECT n1.seq AS s, m1.rank AS rank, n1.id AS id
            FROM (SELECT node, min(rank) AS rank FROM name_search WHERE name_search MATCH $p2 GROUP BY node) AS m1
            JOIN nodes n1 ON n1.seq = m1.node
            WHERE n1.kind IN (SELECT value FROM json_each($p1))
            ORDER BY m1.rank, n1.id
            LIMIT 5
        ) AS q1
        CROSS JOIN nodes n1 ON n1.seq = q1.s
    ) AS r
) AS result
