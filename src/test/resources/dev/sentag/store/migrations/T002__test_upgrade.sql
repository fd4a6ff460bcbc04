-- A stand-in for the next schema version, so the snapshot before an upgrade can be tested today.
CREATE TABLE upgrade_marker (id INTEGER PRIMARY KEY) STRICT;
