namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// The floors: hand-written SQL for exactly the answer each request selects, as one would write it for this one
/// question (relationship types and kinds as literals, the subject resolved once, only the selected values built).
/// The harness checks once that each returns the API's answer.
/// </summary>
public static class FloorQueries
{
    // The projects addressing $theme and the cities taking part in them (directly or through an organisation located there).
    private const string ThemeCities = """
        tp(p) AS MATERIALIZED (
            SELECT a.src FROM edges a JOIN nodes p ON p.seq = a.src AND p.kind = 'Project'
            WHERE a.dst = (SELECT seq FROM nodes WHERE id = $theme) AND a.type = 'ADDRESSES'),
        cp(city, project) AS MATERIALIZED (
            SELECT e.src, e.dst FROM tp CROSS JOIN edges e ON e.dst = tp.p AND e.type = 'PARTNER_IN'
            JOIN nodes c ON c.seq = e.src AND c.kind = 'City'
            UNION
            SELECT l.dst, e.dst FROM tp CROSS JOIN edges e ON e.dst = tp.p AND e.type = 'PARTNER_IN'
            CROSS JOIN edges l ON l.src = e.src AND l.type = 'LOCATED_IN')
        """;

    // The projects addressing $theme (ADDRESSES edges by theme).
    private const string ThemeProjects = """
        tp(p) AS MATERIALIZED (
            SELECT a.src FROM edges a JOIN nodes p ON p.seq = a.src AND p.kind = 'Project'
            WHERE a.dst = (SELECT seq FROM nodes WHERE id = $theme) AND a.type = 'ADDRESSES')
        """;

    /// <summary>
    /// Question 1: city pairs of a theme's projects, counted, top 10, read from the per-theme derived table
    /// theme_city_pairs (pairs by node seq with their count; ids read only for the pairs that can reach the top 10).
    /// </summary>
    public const string CollaboratingCities = """
        WITH t(seq) AS MATERIALIZED (SELECT seq FROM nodes WHERE id = $theme),
        top(ida, idb, n) AS MATERIALIZED (
            SELECT min(na.id, nb.id), max(na.id, nb.id), r.n FROM theme_city_pairs r CROSS JOIN nodes na ON na.seq = r.ca CROSS JOIN nodes nb ON nb.seq = r.cb
            WHERE r.theme = (SELECT seq FROM t)
              AND r.n >= coalesce((SELECT n FROM theme_city_pairs WHERE theme = (SELECT seq FROM t) ORDER BY n DESC LIMIT 1 OFFSET 9), 0)
            ORDER BY r.n DESC, 1, 2 LIMIT 10)
        SELECT json_object(
            'totalCount', (SELECT count(*) FROM theme_city_pairs WHERE theme = (SELECT seq FROM t)),
            'pairs', (SELECT json_group_array(json_object('cityA', json_object('id', ida), 'cityB', json_object('id', idb), 'sharedProjects', n)
                                              ORDER BY n DESC, ida, idb) FROM top))
        """;

    /// <summary>
    /// Question 1 over project_cities (every project of the theme paired), the general statement's floor when more than a
    /// theme is given; unused by the harness (its request gives a theme alone), kept for comparison.
    /// </summary>
    public const string CollaboratingCitiesProjectCities = $"""
        WITH {ThemeProjects},
        pairs(ca, cb, n) AS MATERIALIZED (
            SELECT a.city, b.city, count(*) FROM tp CROSS JOIN project_cities a ON a.project = tp.p
            CROSS JOIN project_cities b ON b.project = tp.p AND b.city > a.city GROUP BY a.city, b.city),
        top(ida, idb, n) AS MATERIALIZED (
            SELECT min(na.id, nb.id), max(na.id, nb.id), r.n FROM pairs r CROSS JOIN nodes na ON na.seq = r.ca CROSS JOIN nodes nb ON nb.seq = r.cb
            WHERE r.n >= coalesce((SELECT n FROM pairs ORDER BY n DESC LIMIT 1 OFFSET 9), 0)
            ORDER BY r.n DESC, 1, 2 LIMIT 10)
        SELECT json_object(
            'totalCount', (SELECT count(*) FROM pairs),
            'pairs', (SELECT json_group_array(json_object('cityA', json_object('id', ida), 'cityB', json_object('id', idb), 'sharedProjects', n)
                                              ORDER BY n DESC, ida, idb) FROM top))
        """;

    /// <summary>
    /// The question 1 floor before the derived tables (edges only), kept for reference: city pairs of a theme's projects,
    /// counted, top 10.
    /// </summary>
    public const string CollaboratingCitiesBase = $"""
        WITH {ThemeCities},
        c(city, cid, project) AS MATERIALIZED (SELECT cp.city, n.id, cp.project FROM cp JOIN nodes n ON n.seq = cp.city),
        pairs(ida, idb, n) AS MATERIALIZED (
            SELECT a.cid, b.cid, count(*) FROM c a JOIN c b ON b.project = a.project AND a.cid < b.cid GROUP BY a.city, b.city)
        SELECT json_object(
            'totalCount', (SELECT count(*) FROM pairs),
            'pairs', (SELECT json_group_array(json_object('cityA', json_object('id', ida), 'cityB', json_object('id', idb), 'sharedProjects', n)
                                              ORDER BY n DESC, ida, idb)
                      FROM (SELECT * FROM pairs ORDER BY n DESC, ida, idb LIMIT 10)))
        """;

    /// <summary>
    /// Question 2: a city's projects with its role, its partner cities (top 10) and its projects per start year, over
    /// project_cities (the city's rows by the city index, its partners' by the project key).
    /// </summary>
    public const string CityProfile = """
        WITH me(seq, id) AS MATERIALIZED (SELECT seq, id FROM nodes WHERE id = $city),
        my_projects(project, id, name, role, sy) AS MATERIALIZED (
            SELECT pc.project, p.id, p.name, pc.role, CAST(substr(p.props ->> '$.startDate', 1, 4) AS INTEGER)
            FROM me CROSS JOIN project_cities pc ON pc.city = me.seq CROSS JOIN nodes p ON p.seq = pc.project AND p.kind = 'Project'),
        partner_rank(city, n) AS MATERIALIZED (
            SELECT pc.city, count(*) FROM my_projects m CROSS JOIN project_cities pc ON pc.project = m.project
            WHERE pc.city <> (SELECT seq FROM me) GROUP BY pc.city)
        SELECT json_object(
            'city', json_object('id', (SELECT id FROM me)),
            'projects', (SELECT json_group_array(json_object('id', id, 'role', role) ORDER BY sy IS NULL, sy, name, id) FROM my_projects),
            'partners', json_object(
                'totalCount', (SELECT count(*) FROM partner_rank),
                'items', (SELECT json_group_array(json_object('city', json_object('id', id), 'sharedProjects', n) ORDER BY n DESC, id)
                          FROM (SELECT c.id, r.n FROM partner_rank r CROSS JOIN nodes c ON c.seq = r.city
                                WHERE r.n >= coalesce((SELECT n FROM partner_rank ORDER BY n DESC LIMIT 1 OFFSET 9), 0)
                                ORDER BY r.n DESC, c.id LIMIT 10))),
            'activity', (SELECT json_group_array(json_object('year', sy, 'projects', n) ORDER BY sy)
                         FROM (SELECT sy, count(*) AS n FROM my_projects WHERE sy IS NOT NULL GROUP BY sy)))
        """;

    /// <summary>
    /// Question 3 as a general search, as one would write it by hand for up to 4 hops: the two ends, each end's
    /// relationships (na, nb) and, for 3 and 4 hops, the passable nodes one step away (xa, ya: not an end, not a country,
    /// theme or study);
    /// then the shortest length found first, trying 0, 1, 2, 3 and 4 hops in turn (CASE evaluates only the branch it
    /// takes, and a CTE is computed when first read): a relationship between the ends; a passable node in both na and nb; a
    /// relationship between a node of xa and one of ya; a passable node related to a node of xa and to one of ya. Paths
    /// are ordered by the API's path key (relationship types and node ids on the way), at most 5. It has no breadth
    /// limit (the server's deeper phases stop at 200,000 rows per end and would then say truncated).
    /// </summary>
    public const string Connections = """
        WITH a(seq, id) AS MATERIALIZED (SELECT seq, id FROM nodes WHERE id = $from),
        b(seq, id) AS MATERIALIZED (SELECT seq, id FROM nodes WHERE id = $to),
        na(node, type) AS MATERIALIZED (
            SELECT e.dst, e.type FROM a CROSS JOIN edges e ON e.src = a.seq UNION ALL SELECT e.src, e.type FROM a CROSS JOIN edges e ON e.dst = a.seq),
        nb(node, type) AS MATERIALIZED (
            SELECT e.dst, e.type FROM b CROSS JOIN edges e ON e.src = b.seq UNION ALL SELECT e.src, e.type FROM b CROSS JOIN edges e ON e.dst = b.seq),
        xa(node, id, type) AS MATERIALIZED (
            SELECT na.node, n.id, na.type FROM na JOIN nodes n ON n.seq = na.node
            WHERE n.kind NOT IN ('Country', 'Theme', 'Study') AND na.node NOT IN ((SELECT seq FROM a), (SELECT seq FROM b))),
        ya(node, id, type) AS MATERIALIZED (
            SELECT nb.node, n.id, nb.type FROM nb JOIN nodes n ON n.seq = nb.node
            WHERE n.kind NOT IN ('Country', 'Theme', 'Study') AND nb.node NOT IN ((SELECT seq FROM a), (SELECT seq FROM b))),
        p2(key, m) AS MATERIALIZED (
            SELECT na.type || char(9) || n.id || char(9) || nb.type, n.id FROM na JOIN nb ON nb.node = na.node JOIN nodes n ON n.seq = na.node
            WHERE n.kind NOT IN ('Country', 'Theme', 'Study') AND na.node NOT IN ((SELECT seq FROM a), (SELECT seq FROM b))
            ORDER BY 1 LIMIT 5),
        p3(key, x, y) AS MATERIALIZED (
            SELECT key, x, y FROM (
                SELECT xa.type || char(9) || xa.id || char(9) || e.type || char(9) || ya.id || char(9) || ya.type AS key, xa.id AS x, ya.id AS y
                FROM xa CROSS JOIN edges e ON e.src = xa.node JOIN ya ON ya.node = e.dst
                UNION ALL
                SELECT xa.type || char(9) || xa.id || char(9) || e.type || char(9) || ya.id || char(9) || ya.type, xa.id, ya.id
                FROM xa CROSS JOIN edges e ON e.dst = xa.node JOIN ya ON ya.node = e.src)
            ORDER BY key LIMIT 5),
        xm(xid, t1, m, t2) AS MATERIALIZED (
            SELECT xa.id, xa.type, e.dst, e.type FROM xa CROSS JOIN edges e ON e.src = xa.node
            UNION ALL SELECT xa.id, xa.type, e.src, e.type FROM xa CROSS JOIN edges e ON e.dst = xa.node),
        ym(yid, t4, m, t3) AS MATERIALIZED (
            SELECT ya.id, ya.type, e.dst, e.type FROM ya CROSS JOIN edges e ON e.src = ya.node
            UNION ALL SELECT ya.id, ya.type, e.src, e.type FROM ya CROSS JOIN edges e ON e.dst = ya.node),
        p4(key, x, m, y) AS MATERIALIZED (
            SELECT xm.t1 || char(9) || xm.xid || char(9) || xm.t2 || char(9) || n.id || char(9) || ym.t3 || char(9) || ym.yid || char(9) || ym.t4,
                   xm.xid, n.id, ym.yid
            FROM xm JOIN ym ON ym.m = xm.m JOIN nodes n ON n.seq = xm.m
            WHERE n.kind NOT IN ('Country', 'Theme', 'Study') AND xm.m NOT IN ((SELECT seq FROM a), (SELECT seq FROM b))
            ORDER BY 1 LIMIT 5)
        SELECT CASE
            WHEN (SELECT seq FROM a) IS NULL OR (SELECT seq FROM b) IS NULL THEN json_object('length', NULL, 'paths', json_array())
            WHEN (SELECT seq FROM a) = (SELECT seq FROM b) THEN
                json_object('length', 0, 'paths', json_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a))))))
            WHEN EXISTS (SELECT 1 FROM na WHERE node = (SELECT seq FROM b)) THEN json_object('length', 1, 'paths',
                (SELECT json_group_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a)), json_object('id', (SELECT id FROM b)))))
                 FROM (SELECT 1 FROM na WHERE node = (SELECT seq FROM b) LIMIT 5)))
            WHEN EXISTS (SELECT 1 FROM p2) THEN json_object('length', 2, 'paths',
                (SELECT json_group_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a)), json_object('id', m), json_object('id', (SELECT id FROM b))))
                                         ORDER BY key) FROM p2))
            WHEN EXISTS (SELECT 1 FROM p3) THEN json_object('length', 3, 'paths',
                (SELECT json_group_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a)), json_object('id', x), json_object('id', y),
                                                                         json_object('id', (SELECT id FROM b))))
                                         ORDER BY key) FROM p3))
            WHEN EXISTS (SELECT 1 FROM p4) THEN json_object('length', 4, 'paths',
                (SELECT json_group_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a)), json_object('id', x), json_object('id', m),
                                                                         json_object('id', y), json_object('id', (SELECT id FROM b))))
                                         ORDER BY key) FROM p4))
            ELSE json_object('length', NULL, 'paths', json_array()) END
        """;

    /// <summary>
    /// Question 3 for two nodes at most two steps apart: a relationship between them, else the paths through one node
    /// related to both (countries, themes and studies are not passed through), one path per pair of relationships,
    /// in the order of the API's path key (first relationship type, middle id, second type), at most 5. (It does not look further: the chosen ends are two apart.)
    /// The narrow floor of request q3-connections-narrow: a lower bound, not a general algorithm.
    /// </summary>
    public const string ConnectionsNarrow = """
        WITH a(seq, id) AS MATERIALIZED (SELECT seq, id FROM nodes WHERE id = $from),
        b(seq, id) AS MATERIALIZED (SELECT seq, id FROM nodes WHERE id = $to),
        na(node, type) AS MATERIALIZED (
            SELECT e.dst, e.type FROM a CROSS JOIN edges e ON e.src = a.seq UNION ALL SELECT e.src, e.type FROM a CROSS JOIN edges e ON e.dst = a.seq),
        nb(node, type) AS MATERIALIZED (
            SELECT e.dst, e.type FROM b CROSS JOIN edges e ON e.src = b.seq UNION ALL SELECT e.src, e.type FROM b CROSS JOIN edges e ON e.dst = b.seq),
        direct(n) AS (SELECT count(*) FROM na WHERE node = (SELECT seq FROM b)),
        two(mid, key) AS MATERIALIZED (
            SELECT m.id, na.type || char(9) || m.id || char(9) || nb.type AS key FROM na JOIN nb ON nb.node = na.node JOIN nodes m ON m.seq = na.node
            WHERE m.kind NOT IN ('Country', 'Theme', 'Study') ORDER BY key LIMIT 5)
        SELECT CASE
            WHEN (SELECT n FROM direct) > 0 THEN json_object('length', 1, 'paths',
                (SELECT json_group_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a)), json_object('id', (SELECT id FROM b)))))
                 FROM (SELECT 1 FROM na WHERE node = (SELECT seq FROM b) LIMIT 5)))
            WHEN EXISTS (SELECT 1 FROM two) THEN json_object('length', 2, 'paths',
                (SELECT json_group_array(json_object('nodes', json_array(json_object('id', (SELECT id FROM a)), json_object('id', mid), json_object('id', (SELECT id FROM b))))
                                         ORDER BY key) FROM two))
            ELSE json_object('length', NULL, 'paths', json_array()) END
        """;

    /// <summary>Question 4: cities of a theme's projects ranked by distinct partner cities, then projects; top 10 (per-theme theme_city_degree).</summary>
    public const string MostConnected = """
        WITH t(seq) AS MATERIALIZED (SELECT seq FROM nodes WHERE id = $theme)
        SELECT json_object(
            'totalCount', (SELECT count(*) FROM theme_city_degree WHERE theme = (SELECT seq FROM t)),
            'items', (SELECT json_group_array(json_object('node', json_object('id', id), 'partners', partners, 'projects', projects)
                                              ORDER BY partners DESC, projects DESC, id)
                      FROM (SELECT n.id, d.partners, d.projects FROM theme_city_degree d CROSS JOIN nodes n ON n.seq = d.city
                            WHERE d.theme = (SELECT seq FROM t)
                              AND d.partners >= coalesce((SELECT partners FROM theme_city_degree WHERE theme = (SELECT seq FROM t)
                                                          ORDER BY partners DESC LIMIT 1 OFFSET 9), 0)
                            ORDER BY d.partners DESC, d.projects DESC, n.id LIMIT 10)))
        """;

    /// <summary>Question 5, programme side: the projects of a programme tree, EU funding, partner countries (partner_countries), top 10 by funding.</summary>
    public const string ProgrammeProjects = """
        WITH RECURSIVE tree(seq) AS (
            SELECT seq FROM nodes WHERE id = $programme
            UNION SELECT e.src FROM tree t CROSS JOIN edges e ON e.dst = t.seq AND e.type = 'PART_OF'),
        projs(seq, id, name, eu) AS MATERIALIZED (
            SELECT p.seq, p.id, p.name, p.props ->> '$.euFunding' FROM (SELECT DISTINCT f.src AS seq FROM tree t CROSS JOIN edges f ON f.dst = t.seq AND f.type = 'FUNDED_BY') x
            CROSS JOIN nodes p ON p.seq = x.seq AND p.kind = 'Project'),
        pc(country, projects) AS MATERIALIZED (
            SELECT country, count(*) FROM (SELECT DISTINCT c.project, c.country FROM projs p CROSS JOIN partner_countries c ON c.project = p.seq)
            GROUP BY country)
        SELECT json_object(
            'totalCount', (SELECT count(*) FROM projs),
            'euFunding', (SELECT round(coalesce(sum(eu), 0), 2) FROM projs),
            'countries', (SELECT json_group_array(json_object('country', json_object('id', k.id), 'projects', pc.projects) ORDER BY pc.projects DESC, k.id)
                          FROM pc CROSS JOIN nodes k ON k.seq = pc.country),
            'projects', (SELECT json_group_array(json_object('id', pg.id, 'partners', (SELECT count(*) FROM edges e WHERE e.dst = pg.seq AND e.type = 'PARTNER_IN'))
                                                 ORDER BY pg.eu IS NULL, pg.eu DESC, pg.name, pg.id)
                         FROM (SELECT * FROM projs ORDER BY eu IS NULL, eu DESC, name, id LIMIT 10) pg))
        """;

    /// <summary>
    /// Question 5, country side: a country's cities, organisations and projects within a theme; counts, top 10 each. Each
    /// theme project's rows of the country are one key seek in project_city_countries and partner_countries.
    /// </summary>
    public const string CountryPartners = $"""
        WITH k(seq) AS MATERIALIZED (SELECT seq FROM nodes WHERE id = $country),
        {ThemeProjects},
        cc(city, project) AS MATERIALIZED (
            SELECT c.city, c.project FROM tp CROSS JOIN project_city_countries c ON c.project = tp.p AND c.country = (SELECT seq FROM k)),
        pk(partner, is_city, project) AS MATERIALIZED (
            SELECT c.partner, c.is_city, c.project FROM tp CROSS JOIN partner_countries c ON c.project = tp.p AND c.country = (SELECT seq FROM k)),
        cpj(project, partners) AS MATERIALIZED (SELECT project, count(*) FROM pk GROUP BY project)
        SELECT json_object(
            'cities', json_object(
                'totalCount', (SELECT count(DISTINCT city) FROM cc),
                'items', (SELECT json_group_array(json_object('id', id, 'projects', projects) ORDER BY projects DESC, name, id)
                          FROM (SELECT c.id, c.name, x.projects FROM (SELECT city, count(*) AS projects FROM cc GROUP BY city) x
                                JOIN nodes c ON c.seq = x.city ORDER BY x.projects DESC, c.name, c.id LIMIT 10))),
            'organisations', json_object(
                'totalCount', (SELECT count(DISTINCT partner) FROM pk WHERE NOT is_city),
                'items', (SELECT json_group_array(json_object('id', id, 'projects', projects) ORDER BY projects DESC, name, id)
                          FROM (SELECT o.id, o.name, x.projects FROM (SELECT partner, count(*) AS projects FROM pk WHERE NOT is_city GROUP BY partner) x
                                JOIN nodes o ON o.seq = x.partner ORDER BY x.projects DESC, o.name, o.id LIMIT 10))),
            'projects', json_object(
                'totalCount', (SELECT count(*) FROM cpj),
                'items', (SELECT json_group_array(json_object('id', id, 'partners', partners) ORDER BY partners DESC, name, id)
                          FROM (SELECT p.id, p.name, x.partners FROM cpj x JOIN nodes p ON p.seq = x.project
                                ORDER BY x.partners DESC, p.name, p.id LIMIT 10))))
        """;

    /// <summary>Question 6: the full-text index, every word a prefix, best rank per node, then id; top 10.</summary>
    public const string Search = """
        SELECT json_group_array(json_object('id', id, 'name', name) ORDER BY rank, id)
        FROM (SELECT n.id, n.name, m.rank FROM (SELECT node, min(rank) AS rank FROM name_search WHERE name_search MATCH $match GROUP BY node) m
              JOIN nodes n ON n.seq = m.node ORDER BY m.rank, n.id LIMIT 10)
        """;

    /// <summary>
    /// Three levels: 10 programmes by id, 10 of their projects by id, 10 partners of each by id, an organisation's city.
    /// Each level picks its 10 rows by (seq, id) first and builds objects for those only, as one would write it by hand.
    /// </summary>
    public const string Nested = """
        SELECT json_object('nodes', json_group_array(json(pj) ORDER BY gid)) FROM (
            SELECT kg.id AS gid, json_object('id', kg.id, 'name', g.name, 'funds', json_object('nodes', (
                SELECT json_group_array(json(fj) ORDER BY fid) FROM (
                    SELECT kp.id AS fid, json_object('id', kp.id, 'name', p.name, 'partners', json_object('nodes', (
                        SELECT json_group_array(json(aj) ORDER BY aid) FROM (
                            SELECT ka.id AS aid, CASE a.kind WHEN 'Organisation' THEN json_object('id', ka.id, 'name', a.name, 'locatedIn', json_object('nodes', (
                                        SELECT json_group_array(json_object('id', c.id, 'name', c.name) ORDER BY c.id)
                                        FROM edges l JOIN nodes c ON c.seq = l.dst WHERE l.src = a.seq AND l.type = 'LOCATED_IN')))
                                   ELSE json_object('id', ka.id, 'name', a.name) END AS aj
                            FROM (SELECT a.seq, a.id FROM edges e JOIN nodes a ON a.seq = e.src
                                  WHERE e.dst = p.seq AND e.type = 'PARTNER_IN' ORDER BY a.id LIMIT 10) ka
                            CROSS JOIN nodes a ON a.seq = ka.seq)))) AS fj
                    FROM (SELECT p.seq, p.id FROM edges f JOIN nodes p ON p.seq = f.src
                          WHERE f.dst = g.seq AND f.type = 'FUNDED_BY' ORDER BY p.id LIMIT 10) kp
                    CROSS JOIN nodes p ON p.seq = kp.seq)))) AS pj
            FROM (SELECT seq, id FROM nodes WHERE kind = 'Programme' ORDER BY id LIMIT 10) kg
            CROSS JOIN nodes g ON g.seq = kg.seq)
        """;
}
