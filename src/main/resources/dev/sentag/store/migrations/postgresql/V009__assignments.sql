-- Who is to code which document (sentag assign): as V009__assignments.sql for SQLite. Only admins assign work:
-- on a team library the table belongs to sentag_admin and annotators may only read it.
CREATE TABLE assignments (
    document_id  BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    annotator_id BIGINT NOT NULL REFERENCES annotators(id),
    assigned_at  TEXT   NOT NULL,
    PRIMARY KEY (document_id, annotator_id)
);
CREATE INDEX assignments_by_annotator ON assignments (annotator_id, document_id);
-- A library made a team library before this version: give the new table the team's owner and read grant.
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sentag_admin') THEN EXECUTE 'ALTER TABLE assignments OWNER TO sentag_admin'; EXECUTE 'GRANT SELECT ON assignments TO sentag_annotator'; END IF; END $$;
