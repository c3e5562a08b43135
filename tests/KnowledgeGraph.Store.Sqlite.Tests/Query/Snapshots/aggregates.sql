-- $p1 = 'Programme'
-- $p2 = 'FUNDED_BY'
-- $p3 = 'ADDRESSES'
-- $p4 = '["theme:creative-industries"]'
SELECT (
    SELECT json_group_array(json(r1.j) ORDER BY r1.k1) FROM (
        SELECT
            json_object(
                'name', n1.name,
                'funding', (
                    SELECT coalesce(sum(e2.props ->> '$.amount'), 0)
                    FROM edges e2
                    WHERE e2.dst = n1.seq
                      AND e2.type = $p2
                ),
                'euFunding', (
                    SELECT coalesce(sum(n3.props ->> '$.euFunding'), 0)
                    FROM edges e3 JOIN nodes n3 ON n3.seq = e3.src
                    WHERE e3.dst = n1.seq
                      AND e3.type = $p2
                ),
                'creativeProjects', (
                    SELECT count(*)
                    FROM edges e4 JOIN nodes n4 ON n4.seq = e4.src
                    WHERE e4.dst = n1.seq
                      AND e4.type = $p2
                      AND EXISTS (
                            SELECT 1
                            FROM edges e5 JOIN nodes n5 ON n5.seq = e5.dst
                            WHERE e5.src = n4.seq
                              AND e5.type = $p3
                              AND n5.seq IN (SELECT node FROM node_keys WHERE key IN (SELECT value FROM json_each($p4)))
                        )
                )) AS j,
            n1.id AS k1
        FROM nodes n1
        WHERE n1.kind = $p1
        ORDER BY k1
    ) AS r1
) AS result
