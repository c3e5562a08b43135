-- Search matches and ranks the folded names (TextKey.Normalize, node_names.folded), as every back-end does (SearchQuery):
-- the full-text index holds each name's folded form instead of the name, so FTS5 matches word prefixes of exactly the
-- words the Neo4j back-end matches, and the rank (an exact folded name, then the shortest matching name, then the id)
-- is read from the matched row itself. A node keeps one row per name; names that fold alike give equal rows.
DROP TRIGGER node_names_indexed;
DROP TRIGGER node_names_unindexed;
DELETE FROM name_search;
INSERT INTO name_search (name, node) SELECT folded, node FROM node_names;
CREATE TRIGGER node_names_indexed AFTER INSERT ON node_names BEGIN
    INSERT INTO name_search (name, node) VALUES (new.folded, new.node);
END;
CREATE TRIGGER node_names_unindexed AFTER DELETE ON node_names BEGIN
    DELETE FROM name_search WHERE node = old.node AND name = old.folded;
    INSERT INTO name_search (name, node) SELECT folded, node FROM node_names WHERE node = old.node AND folded = old.folded;
END;
