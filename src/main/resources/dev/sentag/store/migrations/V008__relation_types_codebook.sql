-- Relation (link) types join the codebook: a description like a label's definition, and a retired flag (a
-- retired type keeps its row, so old history still names it, but has no key and takes no new links). Changes to
-- them make codebook versions like label changes; links keep pointing at the type's id, so a rename keeps them.
ALTER TABLE relation_types ADD COLUMN description TEXT;
ALTER TABLE relation_types ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
