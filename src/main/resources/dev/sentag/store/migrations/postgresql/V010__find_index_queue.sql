-- Find: documents of a folder import whose sentences are not in the full-text index yet, as V010 for SQLite. Only
-- admins import, and only they write sentence_fts, so on a team library the queue belongs to sentag_admin as well and
-- annotators may only read it (find tells them how far the index is).
CREATE TABLE find_index_queue (
    document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);
-- A library made a team library before this version: give the new table the team's owner and read grant.
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sentag_admin') THEN EXECUTE 'ALTER TABLE find_index_queue OWNER TO sentag_admin'; EXECUTE 'GRANT SELECT ON find_index_queue TO sentag_annotator'; END IF; END $$;
