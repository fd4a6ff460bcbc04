-- Links between sentences (a response answering a claim) and who speaks in a sentence, per annotator.
-- Relation types sit beside the labels, per label set, with the same name/key/colour/ord shape, so one codebook
-- editor can edit both. The default set has one type, responds_to.
CREATE TABLE relation_types (
    id           INTEGER PRIMARY KEY,
    label_set_id INTEGER NOT NULL REFERENCES label_sets(id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    key          TEXT,
    colour       TEXT    NOT NULL,
    ord          INTEGER NOT NULL,
    UNIQUE (label_set_id, name),
    UNIQUE (label_set_id, key)
) STRICT;
INSERT INTO relation_types (label_set_id, name, key, colour, ord) SELECT id, 'responds_to', 'r', '#0072B2', 1 FROM label_sets;

-- A link belongs to its annotator. Links hang on sentence rows like tags do: when a merge or split retires a
-- sentence its links stay on the retired row (so undo revives them) and are copied to the new sentences.
CREATE TABLE links (
    from_sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    to_sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    relation_type_id INTEGER NOT NULL REFERENCES relation_types(id),
    annotator_id     INTEGER NOT NULL REFERENCES annotators(id),
    created_at       TEXT    NOT NULL,
    PRIMARY KEY (from_sentence_id, to_sentence_id, relation_type_id, annotator_id),
    CHECK (from_sentence_id <> to_sentence_id)
) STRICT;
CREATE INDEX links_by_target ON links (to_sentence_id);

-- Who is speaking in a sentence, or to whom it is attributed, per annotator: free text of 1 to 200 characters.
CREATE TABLE speakers (
    sentence_id  INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    annotator_id INTEGER NOT NULL REFERENCES annotators(id),
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (sentence_id, annotator_id)
) STRICT;
CREATE INDEX speakers_by_name ON speakers (name);

-- History rows 'link' and 'unlink' keep the source in sentence_id and the target and type here; 'speaker' rows
-- keep the speaker before and after (NULL for none). Undo and redo rows of these repeat the same columns.
ALTER TABLE tag_history ADD COLUMN link_to_sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE;
ALTER TABLE tag_history ADD COLUMN relation_type_id INTEGER REFERENCES relation_types(id);
ALTER TABLE tag_history ADD COLUMN old_speaker TEXT;
ALTER TABLE tag_history ADD COLUMN new_speaker TEXT;
