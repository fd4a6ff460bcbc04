-- Find: documents of a folder import whose sentences are not in the full-text index yet. A folder import stores the
-- document with its id here, in the same transaction, instead of indexing every sentence at once (the index writes
-- were a third of the import's time); the store indexes them right after the import, a slice at a time, and removes
-- each row in the transaction that indexed its document. A library closed in between keeps the rows, so the work
-- resumes at the next use, and find knows what it cannot find yet. A row goes with its document.
CREATE TABLE find_index_queue (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
) STRICT;
