-- $p1 = '["Event","City"]'
-- $p2 = 'sonar barc'
-- $p3 = '"sonar"* "barc"*'
SELECT (
    SELECT json_group_array(json(r.j) ORDER BY r.inexact, r.shortest, r.id) FROM (
        SELECT json_object(
            'id', n1.id,
            'name', n1.name) AS j, q1.inexact AS inexact, q1.shortest AS shortest, q1.id AS id
        FROM (
            SELECT n1.seq AS s, m1.inexact AS inexact, m1.shortest AS shortest, n1.id AS id
            FROM (SELECT node, min(name <> $p2) AS inexact, min(length(name)) AS shortest
             FROM name_search WHERE name_search MATCH $p3 GROUP BY node) AS m1
            JOIN nodes n1 ON n1.seq = m1.node
            WHERE n1.kind IN (SELECT value FROM json_each($p1))
            ORDER BY m1.inexact, m1.shortest, n1.id
            LIMIT 5
        ) AS q1
        CROSS JOIN nodes n1 ON n1.seq = q1.s
    ) AS r
) AS result
