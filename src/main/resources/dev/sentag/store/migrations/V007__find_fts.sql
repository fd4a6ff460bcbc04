-- Find: a full-text index over the text of every sentence, current or replaced by a merge or split (find joins
-- sentences and keeps the current ones). rowid = sentences.id. Contentless: the text lives once, in documents.text.
-- The store fills it from Java, because sentence offsets are UTF-16 indexes and SQLite's substr() counts code points.
-- unicode61 with remove_diacritics 2 makes matching case- and accent-insensitive; porter matches inflected forms.
-- contentless_delete lets a deleted sentence's row go (the trigger below, which also fires for cascades).
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2');
-- (One line: the migration runner ends a statement at a line ending in ';'.)
CREATE TRIGGER sentence_fts_delete AFTER DELETE ON sentences BEGIN DELETE FROM sentence_fts WHERE rowid = old.id; END;
-- Sentences stored before this version are indexed by the store on the first open (SentenceTextIndex).
INSERT INTO settings (key, value) VALUES ('sentence_fts_pending', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
-- Statistics read every tag once, in (document, sentence) order: with label_id in the index that pass never
-- touches the table (sentences_counted covers the sentence side). The pace chart groups the history by annotator
-- and day; an index on exactly that expression lets SQLite read it in order instead of sorting 300,000 rows.
CREATE INDEX tags_counted ON tags (sentence_id, annotator_id, label_id);
CREATE INDEX tag_history_days ON tag_history (annotator_id, substr(at, 1, 10)) WHERE action = 'tag' AND new_label_id IS NOT NULL;
