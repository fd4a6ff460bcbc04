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
            return "INSERT INTO sentence_fts (sentence_id, tsv) VALUES (?, to_tsvector('english', ?))";
        }

        @Override
        String textIndexJoin() {
            return "sentence_fts f JOIN %s ON s.id = f.sentence_id";
        }

        @Override
        String textIndexMatch() {
            return "f.tsv @@ websearch_to_tsquery('english', ?)";
        }

        @Override
        long noLimit() {
            return Long.MAX_VALUE;
        }

        @Override
        public String speakerIs() {
            // lower() folds as the database's collation does; the Java fold of SQLite is not there to call.
            return "(lower(btrim(p.name)) = ? OR lower(btrim(p.name)) = lower(?))";
        }
    };

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

    /** The full-text condition, one parameter: the query as {@link FullTextQuery} makes it for this dialect. */
    abstract String textIndexMatch();

    /** The LIMIT that means "all rows". */
    abstract long noLimit();
}
