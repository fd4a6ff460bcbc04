-- The codebook: labels gain a definition, inclusion and exclusion notes, example sentences (a JSON array of strings)
-- and a retired flag (a retired label keeps its row, so old history and exports still name it, but has no key and
-- takes no new tags). Every change to the labels makes a numbered version; tags record the version they were made
-- under and whether their annotator was unsure.
ALTER TABLE labels ADD COLUMN definition TEXT;
ALTER TABLE labels ADD COLUMN include_note TEXT;
ALTER TABLE labels ADD COLUMN exclude_note TEXT;
ALTER TABLE labels ADD COLUMN examples TEXT;
ALTER TABLE labels ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
CREATE TABLE codebook_versions (
    version INTEGER PRIMARY KEY,
    at      TEXT    NOT NULL,
    who     TEXT    NOT NULL,
    change  TEXT    NOT NULL,
    -- For a rename or merge, what undo needs: the label changed, the other label of a merge, and the value before
    -- and after (the names of a rename; the merged label's key before, for a merge).
    kind           TEXT,
    label_id       INTEGER REFERENCES labels(id),
    other_label_id INTEGER REFERENCES labels(id),
    old_value      TEXT,
    new_value      TEXT
) STRICT;
INSERT INTO codebook_versions (version, at, who, change)
    VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'sentag', 'initial codebook: Claim, Response, Background');
-- Tags made before the codebook was versioned were made under the fixed first label set, which is version 1.
ALTER TABLE tags ADD COLUMN codebook_version INTEGER REFERENCES codebook_versions(version);
ALTER TABLE tags ADD COLUMN unsure INTEGER NOT NULL DEFAULT 0 CHECK (unsure IN (0, 1));
UPDATE tags SET codebook_version = 1;
-- A rename or merge is undoable: its history row ('codebook') names the version it made.
ALTER TABLE tag_history ADD COLUMN codebook_version INTEGER REFERENCES codebook_versions(version);
-- Which tags (any annotator's) a merge relabelled, by the history row of the merge (or its redo): undo restores
-- exactly these, where they still carry the label they were merged into.
CREATE TABLE codebook_merged_tags (
    history_id   INTEGER NOT NULL REFERENCES tag_history(id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL,
    annotator_id INTEGER NOT NULL,
    PRIMARY KEY (history_id, sentence_id, annotator_id)
) STRICT, WITHOUT ROWID;
-- (no index on tags.label_id: measured, a merge of 300,000 tags is faster without one to keep up)
