-- A deleted document goes to the trash: the row, its sentences and everyone's tags stay, marked with the time it
-- was deleted, so that undelete (or Undo) brings all of it back. Every query that lists documents leaves these out.
ALTER TABLE documents ADD COLUMN deleted_at TEXT;
-- The library list reads titles from a covering index (V002); this one holds only the documents not in the trash.
CREATE INDEX documents_listed ON documents (id, title, deleted_at) WHERE deleted_at IS NULL;
-- And the few that are, so that find and statistics leave them out without reading every document row.
CREATE INDEX documents_trashed ON documents (id) WHERE deleted_at IS NOT NULL;
-- History rows for a document as a whole (deleted to the trash, taken out of it, renamed).
ALTER TABLE tag_history ADD COLUMN document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE;
-- The old and new title of a rename.
ALTER TABLE tag_history ADD COLUMN old_text TEXT;
ALTER TABLE tag_history ADD COLUMN new_text TEXT;
-- Several label changes made as one command ("Accept all agreed", sentag gold): one 'batch' row is what undo and
-- redo act on; the label changes it made (and those its undo and redo made) point to it with batch_id.
ALTER TABLE tag_history ADD COLUMN batch_id INTEGER REFERENCES tag_history(id) ON DELETE CASCADE;
CREATE INDEX tag_history_by_batch ON tag_history (batch_id) WHERE batch_id IS NOT NULL;
-- A merge or split changes the sentences every annotator sees: the names of the other annotators whose tags it
-- touched, recorded on the repair row of the one who made it (NULL when it touched no one else's tags).
ALTER TABLE tag_history ADD COLUMN affected TEXT;
