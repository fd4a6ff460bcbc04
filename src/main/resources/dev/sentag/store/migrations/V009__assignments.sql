-- Who is to code which document (sentag assign). A document has any number of annotators, each once; an
-- assignment goes with its document (also out of the trash and back) and is no history row: assigning work is
-- planning, not coding, so undo does not touch it.
CREATE TABLE assignments (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    assigned_at  TEXT    NOT NULL,
    PRIMARY KEY (document_id, annotator_id)
) STRICT;
-- An annotator's queue (sentag docs --assigned, the library's "Assigned to me").
CREATE INDEX assignments_by_annotator ON assignments (annotator_id, document_id);
