-- The graph: nodes, their names and keys, relationships (edges), and the sources of every fact.

CREATE TABLE nodes (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT,
    props       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(props))
) STRICT;
CREATE INDEX nodes_by_kind ON nodes (kind, name);

-- Display names and aliases; `folded` ignores case, accents and punctuation (TextKey.Normalize).
CREATE TABLE node_names (
    node   INTEGER NOT NULL REFERENCES nodes (seq) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    lang   TEXT NOT NULL DEFAULT '',
    folded TEXT NOT NULL,
    PRIMARY KEY (node, name, lang)
) STRICT, WITHOUT ROWID;
CREATE INDEX node_names_by_folded ON node_names (folded);

-- Every id a source used for a node: merged ids stay resolvable.
CREATE TABLE node_keys (
    key  TEXT PRIMARY KEY,
    node INTEGER NOT NULL REFERENCES nodes (seq) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX node_keys_by_node ON node_keys (node);

CREATE TABLE edges (
    seq   INTEGER PRIMARY KEY,
    type  TEXT NOT NULL,
    src   INTEGER NOT NULL REFERENCES nodes (seq),
    dst   INTEGER NOT NULL REFERENCES nodes (seq),
    props TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(props)),
    UNIQUE (src, type, dst)
) STRICT;
CREATE INDEX edges_by_dst ON edges (dst, type, src);
CREATE INDEX edges_by_type ON edges (type, src, dst);

-- Provenance: one row per (fact, source). property IS NULL: the node or edge itself; otherwise a property claim.
CREATE TABLE sources (
    seq         INTEGER PRIMARY KEY,
    node        INTEGER REFERENCES nodes (seq),
    edge        INTEGER REFERENCES edges (seq),
    property    TEXT,
    value       TEXT CHECK (value IS NULL OR json_valid(value)),
    qualifier   TEXT,
    study       INTEGER NOT NULL REFERENCES nodes (seq),
    certainty   TEXT NOT NULL CHECK (certainty IN ('stated', 'inferred')),
    quote       TEXT,
    dataset     TEXT,
    row         TEXT,
    note        TEXT,
    fingerprint TEXT NOT NULL UNIQUE,
    CHECK ((node IS NULL) <> (edge IS NULL))
) STRICT;
CREATE INDEX sources_by_node ON sources (node) WHERE node IS NOT NULL;
CREATE INDEX sources_by_edge ON sources (edge) WHERE edge IS NOT NULL;
CREATE INDEX sources_by_study ON sources (study);

-- Full-text search over every name and alias, ignoring case and accents.
CREATE VIRTUAL TABLE name_search USING fts5 (
    name,
    node UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER node_names_indexed AFTER INSERT ON node_names BEGIN
    INSERT INTO name_search (name, node) VALUES (new.name, new.node);
END;
CREATE TRIGGER node_names_unindexed AFTER DELETE ON node_names BEGIN
    DELETE FROM name_search WHERE node = old.node AND name = old.name;
END;
