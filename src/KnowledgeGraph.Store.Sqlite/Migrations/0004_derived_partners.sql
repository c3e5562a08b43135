-- Derived tables: who takes part in each project, precomputed from edges so that the research questions (analytics.md,
-- "Derived tables") read one indexed row per (project, city) or (project, country, partner) instead of joining
-- PARTNER_IN, LOCATED_IN and IN_COUNTRY edges per request. They hold nothing a source asserted: each row follows from
-- the edges, and DerivedTables (Derived/DerivedTables.cs) recomputes the rows of a project from them.
--
-- Kept current inside the load's transaction: the triggers below record in derived_dirty every project whose rows
-- an edge or node change may have changed; at the end of a load DerivedTables.Refresh recomputes those projects and
-- empties derived_dirty (a bulk load into an empty store drops these triggers and rebuilds everything instead). A
-- failed load rolls back the edges, the dirty marks and the derived rows together.

-- The cities taking part in a project: directly (City PARTNER_IN Project, direct = 1) or through an organisation
-- LOCATED_IN them; role is 'lead' when the city or one of its organisations leads, else 'partner' when one has that
-- role, else NULL.
CREATE TABLE project_cities (
    project INTEGER NOT NULL,
    city    INTEGER NOT NULL,
    direct  INTEGER NOT NULL,
    role    TEXT,
    PRIMARY KEY (project, city)
) STRICT, WITHOUT ROWID;
CREATE INDEX project_cities_by_city ON project_cities (city, project);

-- The countries of a project's partners (organisations and cities taking part directly): a partner's own IN_COUNTRY
-- and the IN_COUNTRY of the places it is LOCATED_IN. is_city says whether the partner is a City.
CREATE TABLE partner_countries (
    project INTEGER NOT NULL,
    country INTEGER NOT NULL,
    partner INTEGER NOT NULL,
    is_city INTEGER NOT NULL,
    PRIMARY KEY (project, country, partner)
) STRICT, WITHOUT ROWID;

-- The countries of the cities taking part in a project (project_cities' cities through their IN_COUNTRY).
CREATE TABLE project_city_countries (
    project INTEGER NOT NULL,
    country INTEGER NOT NULL,
    city    INTEGER NOT NULL,
    PRIMARY KEY (project, country, city)
) STRICT, WITHOUT ROWID;

-- Per theme (the projects ADDRESSING it), the city pairs sharing projects and each city's partners and projects:
-- questions 1 and 4 scoped by a theme alone read these instead of pairing the theme's project_cities rows.
CREATE TABLE theme_city_pairs (
    theme INTEGER NOT NULL,
    ca    INTEGER NOT NULL,
    cb    INTEGER NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (theme, ca, cb)
) STRICT, WITHOUT ROWID;
CREATE INDEX theme_city_pairs_by_count ON theme_city_pairs (theme, n);
CREATE TABLE theme_city_degree (
    theme    INTEGER NOT NULL,
    city     INTEGER NOT NULL,
    partners INTEGER NOT NULL,
    projects INTEGER NOT NULL,
    PRIMARY KEY (theme, city)
) STRICT, WITHOUT ROWID;
CREATE INDEX theme_city_degree_by_rank ON theme_city_degree (theme, partners, projects);

-- Projects whose derived rows are to be recomputed at the end of the load, and themes whose per-theme rows are
-- (besides the themes of those projects).
CREATE TABLE derived_dirty (project INTEGER PRIMARY KEY) STRICT;
CREATE TABLE derived_dirty_themes (theme INTEGER PRIMARY KEY) STRICT;

-- A project joining or leaving a theme changes the theme's rows.
CREATE TRIGGER derived_theme_added AFTER INSERT ON edges WHEN new.type = 'ADDRESSES' BEGIN
    INSERT OR IGNORE INTO derived_dirty_themes (theme) VALUES (new.dst);
END;
CREATE TRIGGER derived_theme_removed AFTER DELETE ON edges WHEN old.type = 'ADDRESSES' BEGIN
    INSERT OR IGNORE INTO derived_dirty_themes (theme) VALUES (old.dst);
END;
CREATE TRIGGER derived_theme_changed AFTER UPDATE OF type, src, dst ON edges WHEN old.type = 'ADDRESSES' OR new.type = 'ADDRESSES' BEGIN
    INSERT OR IGNORE INTO derived_dirty_themes (theme) SELECT old.dst WHERE old.type = 'ADDRESSES';
    INSERT OR IGNORE INTO derived_dirty_themes (theme) SELECT new.dst WHERE new.type = 'ADDRESSES';
END;

-- A partner edge changes its project's rows (role included, hence every update).
CREATE TRIGGER derived_partner_added AFTER INSERT ON edges WHEN new.type = 'PARTNER_IN' BEGIN
    INSERT OR IGNORE INTO derived_dirty (project) VALUES (new.dst);
END;
CREATE TRIGGER derived_partner_removed AFTER DELETE ON edges WHEN old.type = 'PARTNER_IN' BEGIN
    INSERT OR IGNORE INTO derived_dirty (project) VALUES (old.dst);
END;
CREATE TRIGGER derived_partner_changed AFTER UPDATE ON edges WHEN old.type = 'PARTNER_IN' OR new.type = 'PARTNER_IN' BEGIN
    INSERT OR IGNORE INTO derived_dirty (project) SELECT old.dst WHERE old.type = 'PARTNER_IN';
    INSERT OR IGNORE INTO derived_dirty (project) SELECT new.dst WHERE new.type = 'PARTNER_IN';
END;

-- A LOCATED_IN or IN_COUNTRY edge changes the rows of the projects its source takes part in; an IN_COUNTRY edge also
-- those of the organisations located in its source.
CREATE TRIGGER derived_place_added AFTER INSERT ON edges WHEN new.type IN ('LOCATED_IN', 'IN_COUNTRY') BEGIN
    INSERT OR IGNORE INTO derived_dirty (project)
    SELECT e.dst FROM edges e WHERE e.src = new.src AND e.type = 'PARTNER_IN';
    INSERT OR IGNORE INTO derived_dirty (project)
    SELECT e.dst FROM edges l CROSS JOIN edges e ON e.src = l.src AND e.type = 'PARTNER_IN'
    WHERE new.type = 'IN_COUNTRY' AND l.dst = new.src AND l.type = 'LOCATED_IN';
END;
CREATE TRIGGER derived_place_removed AFTER DELETE ON edges WHEN old.type IN ('LOCATED_IN', 'IN_COUNTRY') BEGIN
    INSERT OR IGNORE INTO derived_dirty (project)
    SELECT e.dst FROM edges e WHERE e.src = old.src AND e.type = 'PARTNER_IN';
    INSERT OR IGNORE INTO derived_dirty (project)
    SELECT e.dst FROM edges l CROSS JOIN edges e ON e.src = l.src AND e.type = 'PARTNER_IN'
    WHERE old.type = 'IN_COUNTRY' AND l.dst = old.src AND l.type = 'LOCATED_IN';
END;
CREATE TRIGGER derived_place_changed AFTER UPDATE OF type, src, dst ON edges
WHEN old.type IN ('LOCATED_IN', 'IN_COUNTRY') OR new.type IN ('LOCATED_IN', 'IN_COUNTRY') BEGIN
    INSERT OR IGNORE INTO derived_dirty (project)
    SELECT e.dst FROM edges e WHERE e.src IN (old.src, new.src) AND e.type = 'PARTNER_IN';
    INSERT OR IGNORE INTO derived_dirty (project)
    SELECT e.dst FROM edges l CROSS JOIN edges e ON e.src = l.src AND e.type = 'PARTNER_IN'
    WHERE l.dst IN (old.src, new.src) AND l.type = 'LOCATED_IN';
END;

-- A node's kind decides whether it takes part directly (City) and whether it counts in a theme (Project); a removed
-- project loses its rows.
CREATE TRIGGER derived_node_changed AFTER UPDATE OF kind ON nodes BEGIN
    INSERT OR IGNORE INTO derived_dirty (project) SELECT e.dst FROM edges e WHERE e.src = new.seq AND e.type = 'PARTNER_IN';
    INSERT OR IGNORE INTO derived_dirty (project) VALUES (new.seq);
    INSERT OR IGNORE INTO derived_dirty_themes (theme) SELECT e.dst FROM edges e WHERE e.src = new.seq AND e.type = 'ADDRESSES';
END;
CREATE TRIGGER derived_node_removed AFTER DELETE ON nodes BEGIN
    INSERT OR IGNORE INTO derived_dirty (project) SELECT e.dst FROM edges e WHERE e.src = old.seq AND e.type = 'PARTNER_IN';
    INSERT OR IGNORE INTO derived_dirty (project) VALUES (old.seq);
END;

-- Existing stores: every project is marked; SqliteGraphStore.Open computes the rows of marked projects right after
-- migrating (one code path for the rows: DerivedTables).
INSERT INTO derived_dirty (project) SELECT seq FROM nodes WHERE kind = 'Project';
