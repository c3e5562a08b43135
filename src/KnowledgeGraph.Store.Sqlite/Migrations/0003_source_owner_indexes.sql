-- Sources: a fingerprint is unique per owner (node or edge) instead of across the table. The fingerprint hashes the
-- owner with the fact's other fields (SourceFingerprint), so two sources of different owners never share the fact,
-- and the writer only ever asks whether the source it is about to store is stored already for the same owner: the
-- unique indexes per owner make that INSERT OR IGNORE exactly as idempotent as the global index did. One index less
-- (the global sources_by_fingerprint) costs a load less index work and the store less space; the indexes by node and
-- by edge, which every reader of the provenance uses, stay, now ending with the fingerprint.

DROP INDEX sources_by_fingerprint;
DROP INDEX sources_by_node;
DROP INDEX sources_by_edge;
CREATE UNIQUE INDEX sources_by_node ON sources (node, fingerprint) WHERE node IS NOT NULL;
CREATE UNIQUE INDEX sources_by_edge ON sources (edge, fingerprint) WHERE edge IS NOT NULL;
