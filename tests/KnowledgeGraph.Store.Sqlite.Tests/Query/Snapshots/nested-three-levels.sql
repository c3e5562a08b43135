-- $p1 = 'City'
-- $p2 = '["city:geonames:3108286"]'
-- $p3 = 'PARTICIPATED_IN'
-- $p4 = 'Event'
-- $p5 = 'HELD_IN'
-- $p6 = 5
SELECT (
    SELECT json_group_array(json(r1.j) ORDER BY r1.k1) FROM (
        SELECT
            json_object(
                'id', n1.id,
                'name', n1.name,
                'participatedIn', json((
                    SELECT json_object(
                        'totalCount', (
                            SELECT count(*)
                            FROM edges e2 JOIN nodes n2 ON n2.seq = e2.dst
                            WHERE e2.src = n1.seq
                              AND e2.type = $p3
                              AND n2.kind = $p4
                        ),
                        'edges', json_group_array(json_object('cursor', kg_cursor(json_array(r2.k1)), 'role', json(r2.x1), 'node', json(r2.j)) ORDER BY r2.k1) FILTER (WHERE r2.rn <= $p6),
                        'pageInfo', json_object('hasNextPage', json(iif(count(*) > $p6, 'true', 'false')), 'endCursor', (json_group_array(kg_cursor(json_array(r2.k1)) ORDER BY r2.k1) FILTER (WHERE r2.rn <= $p6)) ->> '$[#-1]'))
                    FROM (
                        SELECT
                            iif(q2.rn <= $p6, json_object(
                                'id', n2.id,
                                'type', n2.props -> '$.eventType',
                                'heldIn', json((
                                    SELECT json_group_array(json(r3.j) ORDER BY r3.k1 COLLATE NOCASE, r3.k2) FROM (
                                        SELECT
                                            json_object(
                                                'name', n3.name,
                                                'eventCount', (
                                                    SELECT count(*)
                                                    FROM edges e4
                                                    WHERE e4.dst = n3.seq
                                                      AND e4.type = $p5
                                                ),
                                                'venue', e3.props -> '$.venue',
                                                'sources', json((
                                                    SELECT json_group_array(json_object('study', json_object('id', st5.id, 'name', st5.name), 'certainty', s5.certainty, 'quote', s5.quote, 'dataset', s5.dataset, 'row', s5.row, 'note', s5.note) ORDER BY s5.seq)
                                                    FROM sources s5 JOIN nodes st5 ON st5.seq = s5.study
                                                    WHERE s5.edge = e3.seq AND s5.property IS NULL
                                                ))) AS j,
                                            n3.name AS k1,
                                            n3.id AS k2
                                        FROM edges e3 JOIN nodes n3 ON n3.seq = e3.dst
                                        WHERE e3.src = n2.seq
                                          AND e3.type = $p5
                                        ORDER BY k1 COLLATE NOCASE, k2
                                    ) AS r3
                                ))), NULL) AS j,
                            e2.props -> '$.role' AS x1,
                            q2.k1 AS k1,
                            q2.rn AS rn
                        FROM (
                            SELECT q2.*, row_number() OVER (ORDER BY q2.k1) AS rn FROM (
                                SELECT
                                    n2.seq AS s,
                                    e2.seq AS es,
                                    n2.id AS k1
                                FROM edges e2 JOIN nodes n2 ON n2.seq = e2.dst
                                WHERE e2.src = n1.seq
                                  AND e2.type = $p3
                                  AND n2.kind = $p4
                                ORDER BY k1
                                LIMIT 6
                            ) AS q2
                        ) AS q2
                        CROSS JOIN nodes n2 ON n2.seq = q2.s
                        CROSS JOIN edges e2 ON e2.seq = q2.es
                    ) AS r2
                ))) AS j,
            n1.id AS k1
        FROM nodes n1
        WHERE n1.kind = $p1
          AND n1.seq IN (SELECT node FROM node_keys WHERE key IN (SELECT value FROM json_each($p2)))
        ORDER BY k1
    ) AS r1
) AS result
