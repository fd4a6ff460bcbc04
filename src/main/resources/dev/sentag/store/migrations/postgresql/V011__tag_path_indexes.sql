-- As V011 for SQLite: every tag no longer writes an entry into tag_history_days; the statistics' per-day pace scans
-- tag_history instead. On a team library the index belongs to sentag_admin, as its table does: an admin's first open
-- runs this, as every schema change.
DROP INDEX IF EXISTS tag_history_days;
