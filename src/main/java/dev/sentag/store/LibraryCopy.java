package dev.sentag.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Copies a whole library into an empty one (sentag copy), row by row over JDBC, ids kept, so undo, links and
 * history mean the same in the copy. Rows are streamed and written in batches, in one transaction of the target:
 * the memory it needs does not grow with the library, and a failed copy leaves the target as empty as it was.
 *
 * <p>{@link #TABLES} is the one list of what a library holds. A table in the source that is neither on it nor
 * {@linkplain #REBUILT rebuilt} stops the copy before anything is written: a migration that adds a table must
 * say here how it is copied, or the copy would silently drop it.
 */
public final class LibraryCopy {
    /**
     * A copied table, the order its rows are read in (its key; tag_history by id, as rows name earlier rows), and
     * which rows stay behind (a condition, or "" for none).
     */
    record Table(String name, String orderBy, String skip) {
        Table(String name, String orderBy) {
            this(name, orderBy, "");
        }

        String select() {
            return "SELECT * FROM " + name + (skip.isEmpty() ? "" : " WHERE NOT (" + skip + ")") + " ORDER BY " + orderBy;
        }
    }

    /** Every copied table, parents before children so each row's foreign keys point at rows already copied. */
    static final List<Table> TABLES = List.of(
            new Table("label_sets", "id"),
            new Table("labels", "id"),
            new Table("relation_types", "id"),
            new Table("codebook_versions", "version"),
            new Table("annotators", "id"),
            // Not the team marker: a copy is no team library until its admin runs sentag team init there (roles and
            // grants are the server's, not the library's). Nor the index's to-do note: the index is rebuilt anyway.
            new Table("settings", "key", "key IN ('" + TeamSchema.TEAM_SETTING + "', '" + SentenceTextIndex.PENDING + "')"),
            new Table("documents", "id"),
            new Table("sentences", "id"),
            new Table("sentence_repairs", "id"),
            new Table("sentence_repair_parts", "repair_id, sentence_id"),
            new Table("tags", "sentence_id, annotator_id"),
            new Table("links", "from_sentence_id, to_sentence_id, relation_type_id, annotator_id"),
            new Table("speakers", "sentence_id, annotator_id"),
            new Table("tag_history", "id"),
            new Table("codebook_merged_tags", "history_id, sentence_id, annotator_id"),
            new Table("assignments", "document_id, annotator_id"),
            // The index's to-do list stays behind: the target's index is rebuilt whole, so it has nothing to do.
            new Table("find_index_queue", "document_id", "true"));

    /** Derived from the copied rows and rebuilt in the target: the full-text index (with its own shadow tables). */
    static final List<String> REBUILT = List.of("sentence_fts");

    /** Each backend's own bookkeeping, not the library's: PostgreSQL's schema version table. */
    static final List<String> BOOKKEEPING = List.of("sentag_schema");

    private static final int BATCH = 1000;

    private final Database source;
    private final Database target;

    public LibraryCopy(Database source, Database target) {
        this.source = source;
        this.target = target;
    }

    /** Throws when {@code source} holds a table the copy does not know (a migration forgot to list it). */
    public static void checkKnowsEveryTable(Database source) {
        List<String> unknown = source.read(LibraryCopy::unknownTables);
        if (!unknown.isEmpty()) {
            throw new StoreException("Cannot copy: the library has table" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + " that the copy does not know (a newer schema than LibraryCopy"
                    + " lists); nothing was written.");
        }
    }

    private static List<String> unknownTables(Connection c) throws SQLException {
        List<String> unknown = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        // PostgreSQL: only the library's own schema (a database may hold others); SQLite has no schemas (null).
        String schema = SqlDialect.of(c) == SqlDialect.POSTGRES ? c.getSchema() : null;
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "VIRTUAL TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                boolean known = TABLES.stream().anyMatch(t -> t.name().equals(name))
                        || REBUILT.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "_"))
                        || BOOKKEEPING.contains(name)
                        || name.startsWith("sqlite_"); // the engine's own (statistics), not the library's
                if (!known && !unknown.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        return unknown;
    }

    /**
     * Why the target cannot take a copy, or empty when it can: it must hold no documents (the trash included) and
     * no codebook change beyond the first version every new library starts with. Annotators without any work (a
     * command run on a new library records who ran it) do not count; the copy replaces them.
     */
    public Optional<String> whyTargetIsNotEmpty() {
        return target.read(c -> {
            if (TeamSchema.login(c).isPresent()) {
                return Optional.of("it is a team library already; copy into a new database, then run sentag team"
                        + " init there");
            }
            long documents = count(c, "SELECT count(*) FROM documents");
            long versions = count(c, "SELECT count(*) FROM codebook_versions");
            long history = count(c, "SELECT count(*) FROM tag_history");
            if (documents == 0 && versions <= 1 && history == 0) {
                return Optional.empty();
            }
            return Optional.of("it holds " + documents + " document" + (documents == 1 ? "" : "s")
                    + " (trash included), " + versions + " codebook version" + (versions == 1 ? "" : "s")
                    + " and " + history + " history entr" + (history == 1 ? "y" : "ies"));
        });
    }

    /**
     * A batch the target refused (PostgreSQL takes no NUL character in text, which SQLite keeps) is reported naming
     * the target and the table, in one line; the exception ends the target's transaction, so nothing stays.
     */
    private void writeBatch(PreparedStatement write, Table t) {
        try {
            write.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            String reason = String.valueOf(cause.getMessage()).replace("\0", "\\0").strip();
            int nl = reason.indexOf('\n');
            throw new StoreException("Not copied: writing " + t.name() + " into " + target.shown() + " failed ("
                    + (nl < 0 ? reason : reason.substring(0, nl)) + "); nothing was written there.", e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Copies every table in {@link #TABLES}' order, replacing what a new library starts with (the default
     * codebook), then rebuilds the full-text index with the target's own method; returns the rows copied per table.
     * The caller has checked {@link #whyTargetIsNotEmpty}; the tables are checked again here. Source and target may
     * be of either backend: values go over as JDBC gives them (numbers, text) and each driver converts them to its
     * column types; the source is read as of one instant (a team library goes on changing meanwhile).
     */
    public Map<String, Long> run() {
        checkKnowsEveryTable(source);
        return target.inTransaction(to -> source.readConsistently(from -> {
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                try (PreparedStatement clear = to.prepareStatement("DELETE FROM " + TABLES.get(i).name())) {
                    clear.executeUpdate();
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (Table t : TABLES) {
                copied.put(t.name(), copy(from, to, t));
            }
            // Ids came along as they were; a PostgreSQL identity must go on after the highest, not at 1.
            SqlDialect.of(to).continueIdsAfterCopy(to, TABLES.stream().map(Table::name).toList());
            SentenceTextIndex.rebuild(to);
            FindIndexFormat.rebuilt(to);
            return copied;
        }));
    }

    private long copy(Connection from, Connection to, Table t) throws SQLException {
        long rows = 0;
        try (PreparedStatement read = from.prepareStatement(t.select())) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                StringJoiner names = new StringJoiner(", ");
                StringJoiner marks = new StringJoiner(", ");
                for (int i = 1; i <= columns; i++) {
                    names.add('"' + meta.getColumnName(i) + '"');
                    marks.add("?");
                }
                try (PreparedStatement write = to.prepareStatement(
                        "INSERT INTO " + t.name() + " (" + names + ") VALUES (" + marks + ")")) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            write.setObject(i, rs.getObject(i));
                        }
                        write.addBatch();
                        if (++rows % BATCH == 0) {
                            writeBatch(write, t);
                        }
                    }
                    writeBatch(write, t);
                }
            }
        }
        return rows;
    }
}
