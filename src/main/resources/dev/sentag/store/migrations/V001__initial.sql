-- Schema v1. Offsets are UTF-16 indexes into documents.text (Java String indexes).
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    source       TEXT,
    text         TEXT    NOT NULL,
    content_hash TEXT    NOT NULL UNIQUE,
    imported_at  TEXT    NOT NULL,
    metadata     TEXT    -- JSON object of what the source said about the article (url, date, id, ...)
) STRICT;

-- idx is the position among the document's current sentences. It is NULL once a merge or split has
-- replaced the sentence: the row, its tags and its history stay, so undo can bring it back.
CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    excluded    INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),  -- web residue: kept, greyed, skipped
    UNIQUE (document_id, idx),
    CHECK (start >= 0 AND "end" > start)
) STRICT;

CREATE TABLE label_sets (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
) STRICT;

CREATE TABLE labels (
    id           INTEGER PRIMARY KEY,
    label_set_id INTEGER NOT NULL REFERENCES label_sets(id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    key          TEXT,
    colour       TEXT    NOT NULL,
    ord          INTEGER NOT NULL,
    UNIQUE (label_set_id, name),
    UNIQUE (label_set_id, key)
) STRICT;

CREATE TABLE annotators (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
) STRICT;

-- Small key/value facts about this database: the active label set, the current annotator.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The current tag per (sentence, annotator). label_id is NULL when only a note is kept.
CREATE TABLE tags (
    sentence_id  INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    label_id     INTEGER REFERENCES labels(id),
    note         TEXT,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (sentence_id, annotator_id)
) STRICT;

-- A merge or split of sentences: which sentences it retired ('old') and which it made ('new').
CREATE TABLE sentence_repairs (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('merge', 'split')),
    at          TEXT    NOT NULL
) STRICT;

CREATE TABLE sentence_repair_parts (
    repair_id   INTEGER NOT NULL REFERENCES sentence_repairs(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    role        TEXT    NOT NULL CHECK (role IN ('old', 'new')),
    PRIMARY KEY (repair_id, sentence_id)
) STRICT;

-- Append-only log of what each annotator did: label changes ('tag', with the sentence and old and new
-- label) and sentence repairs ('merge', 'split', with the repair). 'undo' and 'redo' rows name the row
-- they revert or re-apply, so the undo and redo stacks can be rebuilt from this table after a restart.
CREATE TABLE tag_history (
    id           INTEGER PRIMARY KEY,
    sentence_id  INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    repair_id    INTEGER REFERENCES sentence_repairs(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    old_label_id INTEGER REFERENCES labels(id),
    new_label_id INTEGER REFERENCES labels(id),
    action       TEXT    NOT NULL CHECK (action IN ('tag', 'merge', 'split', 'exclude', 'include', 'undo', 'redo')),
    reverts      INTEGER REFERENCES tag_history(id),
    at           TEXT    NOT NULL,
    CHECK ((sentence_id IS NULL) <> (repair_id IS NULL))
) STRICT;

CREATE INDEX tag_history_by_annotator ON tag_history (annotator_id, id);
CREATE INDEX tags_by_annotator ON tags (annotator_id);

INSERT INTO label_sets (id, name) VALUES (1, 'Default');
INSERT INTO labels (label_set_id, name, key, colour, ord) VALUES
    (1, 'Claim',      '1', '#E69F00', 1),
    (1, 'Response',   '2', '#0072B2', 2),
    (1, 'Background', '3', '#009E73', 3);
INSERT INTO settings (key, value) VALUES ('label_set', '1');
