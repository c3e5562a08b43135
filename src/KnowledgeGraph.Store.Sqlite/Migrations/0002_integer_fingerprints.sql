-- Sources: the fingerprint becomes a 64-bit INTEGER (the first 8 bytes of the same SHA-256 as before, read as a
-- signed big-endian number; see SourceFingerprint) instead of 32 upper-case hex digits, and its uniqueness a named
-- index, sources_by_fingerprint, instead of a column constraint, so that a bulk load into an empty store can drop it
-- with the other secondary indexes and build it once at the end (BulkLoad). Existing rows keep their fingerprint:
-- its first 16 hex digits are the same 8 bytes.

CREATE TABLE sources_0002 (
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
    fingerprint INTEGER NOT NULL,
    CHECK ((node IS NULL) <> (edge IS NULL))
) STRICT;

INSERT INTO sources_0002 (seq, node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note, fingerprint)
SELECT seq, node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note,
       ((instr('0123456789ABCDEF', substr(fingerprint, 1, 1)) - 1) << 60) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 2, 1)) - 1) << 56) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 3, 1)) - 1) << 52) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 4, 1)) - 1) << 48) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 5, 1)) - 1) << 44) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 6, 1)) - 1) << 40) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 7, 1)) - 1) << 36) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 8, 1)) - 1) << 32) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 9, 1)) - 1) << 28) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 10, 1)) - 1) << 24) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 11, 1)) - 1) << 20) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 12, 1)) - 1) << 16) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 13, 1)) - 1) << 12) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 14, 1)) - 1) << 8) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 15, 1)) - 1) << 4) |
       ((instr('0123456789ABCDEF', substr(fingerprint, 16, 1)) - 1) << 0)
FROM sources;

DROP TABLE sources;
ALTER TABLE sources_0002 RENAME TO sources;

CREATE UNIQUE INDEX sources_by_fingerprint ON sources (fingerprint);
CREATE INDEX sources_by_node ON sources (node) WHERE node IS NOT NULL;
CREATE INDEX sources_by_edge ON sources (edge) WHERE edge IS NOT NULL;
CREATE INDEX sources_by_study ON sources (study);
