-- $p1 = 'City'
-- $p2 = 'HELD_IN'
-- $p3 = 3
-- $p4 = 'Leeds'
-- $p5 = 'city:geonames:2644688'
-- $p6 = 2
SELECT (
    SELECT json_object(
        'totalCount', (
            SELECT count(*)
            FROM nodes n1
            WHERE n1.kind = $p1
        ),
        'edges', json_group_array(json_object('cursor', kg_cursor(json_array(r1.k1, r1.k2, r1.k3)), 'node', json(r1.j)) ORDER BY r1.k1 DESC, r1.k2 COLLATE NOCASE, r1.k3) FILTER (WHERE r1.rn <= $p6),
        'pageInfo', json_object('hasNextPage', json(iif(count(*) > $p6, 'true', 'false')), 'endCursor', (json_group_array(kg_cursor(json_array(r1.k1, r1.k2, r1.k3)) ORDER BY r1.k1 DESC, r1.k2 COLLATE NOCASE, r1.k3) FILTER (WHERE r1.rn <= $p6)) ->> '$[#-1]'))
    FROM (
        SELECT
            iif(q1.rn <= $p6, json_object(
                'id', n1.id,
                'name', n1.name), NULL) AS j,
            q1.k1 AS k1,
            q1.k2 AS k2,
            q1.k3 AS k3,
            q1.rn AS rn
        FROM (
            SELECT q1.*, row_number() OVER (ORDER BY q1.k1 DESC, q1.k2 COLLATE NOCASE, q1.k3) AS rn FROM (
                SELECT
                    n1.seq AS s,
                    (
                        SELECT count(*)
                        FROM edges e2
                        WHERE e2.dst = n1.seq
                          AND e2.type = $p2
                    ) AS k1,
                    n1.name AS k2,
                    n1.id AS k3
                FROM nodes n1
                WHERE n1.kind = $p1
                  AND (((
                        SELECT count(*)
                        FROM edges e2
                        WHERE e2.dst = n1.seq
                          AND e2.type = $p2
                    ) < $p3 OR (
                        SELECT count(*)
                        FROM edges e2
                        WHERE e2.dst = n1.seq
                          AND e2.type = $p2
                    ) IS NULL)
                        OR ((
                        SELECT count(*)
                        FROM edges e2
                        WHERE e2.dst = n1.seq
                          AND e2.type = $p2
                    ) = $p3 AND n1.name COLLATE NOCASE > $p4)
                        OR ((
                        SELECT count(*)
                        FROM edges e2
                        WHERE e2.dst = n1.seq
                          AND e2.type = $p2
                    ) = $p3 AND n1.name COLLATE NOCASE = $p4 AND n1.id > $p5))
                ORDER BY k1 DESC, k2 COLLATE NOCASE, k3
                LIMIT 3
            ) AS q1
        ) AS q1
        CROSS JOIN nodes n1 ON n1.seq = q1.s
    ) AS r1
) AS result
