-- The history grows new kinds of change (links, speakers, documents deleted and restored, codebook edits), each
-- adding what it needs with ALTER TABLE ... ADD COLUMN in a script of its own. SQLite cannot change a CHECK in
-- place, so the table is rebuilt once here without the closed list of actions (only the store writes history, with its own constants)
-- and without "exactly one of sentence or repair" (a codebook change names neither). Renaming the old table first
-- makes SQLite rewrite the self-reference of reverts, so the copy keeps every undo/redo pointer.
ALTER TABLE tag_history RENAME TO tag_history_v2;
DROP INDEX tag_history_by_annotator;
CREATE TABLE tag_history (
    id           INTEGER PRIMARY KEY,
    sentence_id  INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    repair_id    INTEGER REFERENCES sentence_repairs(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    old_label_id INTEGER REFERENCES labels(id),
    new_label_id INTEGER REFERENCES labels(id),
    action       TEXT    NOT NULL,
    reverts      INTEGER REFERENCES tag_history(id),
    at           TEXT    NOT NULL
) STRICT;
INSERT INTO tag_history (id, sentence_id, repair_id, annotator_id, old_label_id, new_label_id, action, reverts, at)
    SELECT id, sentence_id, repair_id, annotator_id, old_label_id, new_label_id, action, reverts, at FROM tag_history_v2;
DROP TABLE tag_history_v2;
CREATE INDEX tag_history_by_annotator ON tag_history (annotator_id, id);
