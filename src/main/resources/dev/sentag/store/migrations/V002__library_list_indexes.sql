-- The library list (every document's title and progress) is read at every start. Without these indexes that read
-- went through every document row, whose text sits beside its title (30 MB for 10,000 articles), and every sentence
-- row. With them both counts and titles come from small covering indexes; the texts are not touched.
CREATE INDEX documents_titles ON documents (id, title);
CREATE INDEX sentences_counted ON sentences (document_id, excluded, idx) WHERE idx IS NOT NULL;
