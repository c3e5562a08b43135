-- $p1 = '["network:eurocities"]'
-- $p2 = 'Network'
-- $p3 = 'memberCount'
SELECT coalesce((
    SELECT r1.j FROM (
        SELECT
            CASE n1.kind
                WHEN $p2 THEN json_object(
                    '__typename', n1.kind,
                    'id', n1.id,
                    'memberCount', n1.props -> '$.memberCount',
                    'memberCountClaims', json((
                        SELECT json_group_array(json_object('property', s2.property, 'value', json(s2.value), 'qualifier', s2.qualifier, 'study', json_object('id', st2.id, 'name', st2.name), 'certainty', s2.certainty, 'quote', s2.quote, 'dataset', s2.dataset, 'row', s2.row, 'note', s2.note) ORDER BY s2.seq)
                        FROM sources s2 JOIN nodes st2 ON st2.seq = s2.study
                        WHERE s2.node = n1.seq AND s2.property = $p3
                    )),
                    'sources', json((
                        SELECT json_group_array(json_object('study', json_object('id', st3.id, 'name', st3.name), 'certainty', s3.certainty, 'quote', s3.quote, 'dataset', s3.dataset, 'row', s3.row, 'note', s3.note) ORDER BY s3.seq)
                        FROM sources s3 JOIN nodes st3 ON st3.seq = s3.study
                        WHERE s3.node = n1.seq AND s3.property IS NULL
                    )),
                    'aliases', json((
                        SELECT json_group_array(json_object('name', a4.name, 'lang', nullif(a4.lang, '')) ORDER BY a4.lang, a4.name)
                        FROM node_names a4
                        WHERE a4.node = n1.seq AND NOT (a4.name = n1.name AND a4.lang = '')
                    )))
                ELSE json_object(
                '__typename', n1.kind,
                'id', n1.id,
                'sources', json((
                    SELECT json_group_array(json_object('study', json_object('id', st5.id, 'name', st5.name), 'certainty', s5.certainty, 'quote', s5.quote, 'dataset', s5.dataset, 'row', s5.row, 'note', s5.note) ORDER BY s5.seq)
                    FROM sources s5 JOIN nodes st5 ON st5.seq = s5.study
                    WHERE s5.node = n1.seq AND s5.property IS NULL
                )),
                'aliases', json((
                    SELECT json_group_array(json_object('name', a6.name, 'lang', nullif(a6.lang, '')) ORDER BY a6.lang, a6.name)
                    FROM node_names a6
                    WHERE a6.node = n1.seq AND NOT (a6.name = n1.name AND a6.lang = '')
                )))
            END AS j,
            n1.id AS k1
        FROM nodes n1
        WHERE n1.seq IN (SELECT node FROM node_keys WHERE key IN (SELECT value FROM json_each($p1)))
        ORDER BY k1
        LIMIT 1
    ) AS r1
), 'null') AS result
