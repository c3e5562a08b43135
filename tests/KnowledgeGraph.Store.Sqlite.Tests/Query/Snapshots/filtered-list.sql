-- $p1 = 'City'
-- $p2 = '["ES","GB"]'
-- $p3 = 't'
-- $p4 = 100000
-- $p5 = 'barcelone'
-- $p6 = 5
SELECT (
    SELECT json_group_array(json(r1.j) ORDER BY r1.k1 COLLATE NOCASE, r1.k2) FROM (
        SELECT
            json_object(
                'id', n1.id,
                'name', n1.name) AS j,
            q1.k1 AS k1,
            q1.k2 AS k2
        FROM (
            SELECT
                n1.seq AS s,
                n1.name AS k1,
                n1.id AS k2
            FROM nodes n1
            WHERE n1.kind = $p1
              AND (n1.props ->> '$.countryCode' IN (SELECT value FROM json_each($p2)) AND NOT coalesce(substr(kg_lower(n1.name), 1, length($p3)) = $p3, 0) AND (n1.props ->> '$.population' >= $p4 OR n1.props ->> '$.population' IS NULL) AND n1.seq IN (SELECT node FROM node_names WHERE folded = $p5))
            ORDER BY k1 COLLATE NOCASE, k2
            LIMIT 10 OFFSET $p6
        ) AS q1
        CROSS JOIN nodes n1 ON n1.seq = q1.s
    ) AS r1
) AS result
