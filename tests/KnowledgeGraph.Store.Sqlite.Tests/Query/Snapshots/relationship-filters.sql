-- $p1 = 'City'
-- $p2 = 'PARTICIPATED_IN'
-- $p3 = 'HELD_IN'
-- $p4 = '["city:geonames:3128760"]'
-- $p5 = 'host'
-- $p6 = 'MEMBER_OF'
-- $p7 = 'COOPERATES_WITH'
SELECT (
    SELECT json_group_array(json(r1.j) ORDER BY r1.k1) FROM (
        SELECT
            json_object(
                'id', n1.id,
                'name', n1.name) AS j,
            n1.id AS k1
        FROM nodes n1
        WHERE n1.kind = $p1
          AND (EXISTS (
                SELECT 1
                FROM edges e2 JOIN nodes n2 ON n2.seq = e2.dst
                WHERE e2.src = n1.seq
                  AND e2.type = $p2
                  AND EXISTS (
                        SELECT 1
                        FROM edges e3 JOIN nodes n3 ON n3.seq = e3.dst
                        WHERE e3.src = n2.seq
                          AND e3.type = $p3
                          AND n3.seq IN (SELECT node FROM node_keys WHERE key IN (SELECT value FROM json_each($p4)))
                    )
                  AND e2.props ->> '$.role' = $p5
            ) AND NOT EXISTS (
                SELECT 1
                FROM edges e4
                WHERE e4.src = n1.seq
                  AND e4.type = $p6
            ) AND (NOT EXISTS (
                SELECT 1
                FROM edges e5 JOIN nodes n5 ON n5.seq = e5.dst
                WHERE e5.src = n1.seq
                  AND e5.type = $p7
                  AND NOT coalesce(n5.kind = $p1, 0)
            )
             AND NOT EXISTS (
                SELECT 1
                FROM edges e6 JOIN nodes n6 ON n6.seq = e6.src
                WHERE e6.dst = n1.seq
                  AND e6.type = $p7
                  AND e6.src <> e6.dst
                  AND NOT coalesce(n6.kind = $p1, 0)
            )))
        ORDER BY k1
    ) AS r1
) AS result
