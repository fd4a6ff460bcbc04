package dev.sentag.store;

import java.sql.Connection;
import org.sqlite.SQLiteConnection;

/**
 * The few places where SQLite's and PostgreSQL's SQL must differ, asked by the repositories instead of branching on
 * strings everywhere. Everything else is written once in SQL both accept (ON CONFLICT, RETURNING, COALESCE).
 */
public enum SqlDialect {
    SQLITE {
        @Override
        public String idsFromJson() {
            return "SELECT value FROM json_each(?)";
        }

        @Override
        String joinNames(String column) {
            return "group_concat(" + column + ", ',')";
        }

        @Override
        String textIndexInsert() {
            return "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)";
        }

        @Override
        String textIndexJoin() {
            return "sentence_fts f JOIN %s ON s.id = f.rowid";
        }

        @Override
        String textIndexMatch() {
            return "sentence_fts MATCH ?";
        }

        @Override
        long noLimit() {
            return -1;
        }

        @Override
        public String speakerIs() {
            // A name of printable ASCII folds as NOCASE compares (the folded query has no capitals), so only names
            // with other characters call back into Java: a library where every sentence has a speaker stays quick.
            return "(trim(p.name) = ? COLLATE NOCASE OR (p.name GLOB '*[^ -~]*' AND sentag_fold(p.name) = ?))";
        }
    },
    POSTGRES {
        @Override
        public String idsFromJson() {
            return "SELECT value::bigint FROM json_array_elements_text(?::json)";
        }

        @Override
        String joinNames(String column) {
            return "string_agg(" + column + ", ',')";
        }

        @Override
        String textIndexInsert() {
            return "INSERT INTO sentence_fts (sentence_id, tsv) VALUES (?, ?::tsvector)";
        }

        @Override
        String textIndexJoin() {
            return "sentence_fts f JOIN %s ON s.id = f.sentence_id";
        }

        @Override
        String textIndexMatch() {
            return "f.tsv @@ ?::tsquery";
        }

        @Override
        long noLimit() {
            return Long.MAX_VALUE;
        }

        /**
         * The sentence's terms made in Java as FTS5 makes them (tokens, case, accents, Porter stems), written as a
         * tsvector literal: the server's own parser, stemmer, stop words and locale play no part, so a team library
         * finds what a library file finds, on any server (nothing like unaccent needs installing).
         */
        @Override
        String indexed(String text) {
            return FindTerms.tsvector(text);
        }

        @Override
        public String speakerIs() {
            // The Java fold SQLite calls back into is not there; ICU's root collation folds case beyond ASCII
            // whatever locale the database was made with (PostgreSQL is built with ICU by default).
            return "(lower(btrim(p.name) COLLATE \"und-x-icu\") = ?"
                    + " OR lower(btrim(p.name) COLLATE \"und-x-icu\") = lower(? COLLATE \"und-x-icu\"))";
        }

        @Override
        String inSentenceOrder() {
            return " ORDER BY s.document_id, s.id";
        }

        /**
         * An identity column's sequence knows nothing of ids inserted as they are: each is set to go on after its
         * table's highest id (at 1 in an empty table). Sequences are not transactional, so a copy rolled back
         * leaves them further on than needed: gaps in ids, nothing worse.
         */
        @Override
        void continueIdsAfterCopy(Connection c, java.util.List<String> tables) throws java.sql.SQLException {
            java.util.List<String[]> identities = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1""");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (tables.contains(rs.getString(1))) {
                        identities.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            for (String[] id : identities) { // names from the catalog, of tables on the copy's own list
                try (var ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(\""
                        + id[1] + "\"), 0) + 1, false) FROM " + id[0])) {
                    ps.setString(1, id[0]);
                    ps.setString(2, id[1]);
                    ps.executeQuery().close();
                }
            }
        }
    };

    /** A sentence's text as {@link #textIndexInsert} takes it: as it is for FTS5, a tsvector literal for PostgreSQL. */
    String indexed(String text) {
        return text;
    }

    /**
     * What makes a scan of sentences come in (document, sentence) order: nothing on SQLite, whose covering indexes
     * give that order by themselves (measured: a sort took three times as long); an ORDER BY elsewhere.
     */
    String inSentenceOrder() {
        return "";
    }

    /**
     * After rows were inserted with their ids as they were (sentag copy): makes new rows of {@code tables} get ids
     * after the highest. Nothing on SQLite, whose rowid tables take the highest id plus one by themselves.
     */
    void continueIdsAfterCopy(Connection c, java.util.List<String> tables) throws java.sql.SQLException {
    }

    /** The dialect of the database {@code c} speaks to. */
    static SqlDialect of(Connection c) {
        return c instanceof SQLiteConnection ? SQLITE : POSTGRES;
    }

    /** A sub-select of the ids in one parameter holding a JSON array of numbers ({@code IN (…)} with one parameter). */
    public abstract String idsFromJson();

    /** The speaker {@code p.name} is the name given (two parameters: the name folded, twice), trimmed and in any case. */
    public abstract String speakerIs();

    /** An aggregate joining {@code column}'s values with commas. */
    abstract String joinNames(String column);

    /** Adds one sentence's text (parameters: sentence id, text) to the full-text index. */
    abstract String textIndexInsert();

    /** The full-text index joined to {@code %s} (the sentences, aliased s) by sentence id. */
    abstract String textIndexJoin();

    /** The full-text condition, one parameter: the query as {@link FullTextQuery} or {@link PostgresTextQuery} makes it. */
    abstract String textIndexMatch();

    /** The LIMIT that means "all rows". */
    abstract long noLimit();
}
