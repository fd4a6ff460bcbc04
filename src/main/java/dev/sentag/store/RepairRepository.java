package dev.sentag.store;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Merges and splits of sentences, each one transaction. Nothing is deleted: the replaced sentences
 * keep their rows, tags and history with no index, so undo revives them exactly as they were.
 */
public final class RepairRepository {
    private final Database db;

    public RepairRepository(Database db) {
        this.db = db;
    }

    /** A committed repair (or its undo or redo): the history row and where the user should look. */
    public record Applied(HistoryEntry entry, long documentId, int index, int tagsNotCarried) {
    }

    /** What the label of the merged sentence should be for one annotator. */
    @FunctionalInterface
    public interface MergeLabels {
        /** Returns the label for the merged sentence given the parts' labels (nulls for untagged parts). */
        Long choose(long annotatorId, List<Long> partLabels);
    }

    /**
     * Merges sentence {@code index} of a document with the next one. Each annotator's tags on the parts
     * become one tag on the merged sentence as {@code labels} decides (null leaves it untagged); notes are
     * joined.
     */
    public Applied merge(long documentId, int index, long annotatorId, MergeLabels labels) {
        return db.inTransaction(c -> {
            SentenceRow a = current(c, documentId, index);
            SentenceRow b = current(c, documentId, index + 1);
            long merged = insertSentence(c, documentId, documentText(c, documentId), a.start(), b.end());
            int dropped = TagCopies.merge(c, List.of(a.id(), b.id()), merged, labels);
            LinkCopies.carry(c, List.of(a.id(), b.id()), List.of(merged));
            return record(c, documentId, "merge", List.of(a.id(), b.id()), List.of(merged), annotatorId, dropped);
        });
    }

    /** Splits sentence {@code index} at {@code offset} characters from its start; both parts keep its tags. */
    public Applied split(long documentId, int index, int offset, long annotatorId) {
        return db.inTransaction(c -> {
            SentenceRow s = current(c, documentId, index);
            String text = documentText(c, documentId);
            if (offset <= 0 || offset >= s.end() - s.start()) {
                throw new IllegalArgumentException("Split offset must lie inside the sentence (1.."
                        + (s.end() - s.start() - 1) + "), not " + offset + ".");
            }
            int[] first = trimmed(text, s.start(), s.start() + offset);
            int[] second = trimmed(text, s.start() + offset, s.end());
            if (first == null || second == null) {
                throw new IllegalArgumentException("Splitting sentence " + index + " at " + offset
                        + " would leave a part with no text.");
            }
            long one = insertSentence(c, documentId, text, first[0], first[1]);
            long two = insertSentence(c, documentId, text, second[0], second[1]);
            TagCopies.copyAll(c, s.id(), List.of(one, two));
            LinkCopies.carry(c, List.of(s.id()), List.of(one, two));
            return record(c, documentId, "split", List.of(s.id()), List.of(one, two), annotatorId, 0);
        });
    }

    /** Undoes ({@code forward} false) or redoes a repair recorded in history row {@code target}. */
    public Applied replay(HistoryEntry target, boolean forward, long annotatorId) {
        return db.inTransaction(c -> {
            long documentId = documentOf(c, target.repairId());
            List<Long> old = parts(c, target.repairId(), "old");
            List<Long> made = parts(c, target.repairId(), "new");
            List<Long> retire = forward ? old : made;
            List<Long> revive = forward ? made : old;
            for (long id : retire) {
                if (SentencePositions.indexOf(c, id) < 0) {
                    throw new IllegalStateException("A later merge or split changed these sentences; undo that first.");
                }
            }
            SentencePositions.replace(c, documentId, retire, revive);
            HistoryEntry entry = appendHistory(c, target.repairId(), annotatorId,
                    forward ? Action.REDO : Action.UNDO, target.id());
            return new Applied(entry, documentId, SentencePositions.indexOf(c, revive.get(0)), 0);
        });
    }

    private Applied record(Connection c, long documentId, String kind, List<Long> old, List<Long> made,
                           long annotatorId, int dropped) throws SQLException {
        long repairId;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sentence_repairs (document_id, kind, at) VALUES (?, ?, ?) RETURNING id")) {
            ps.setLong(1, documentId);
            ps.setString(2, kind);
            ps.setString(3, Rows.now());
            repairId = returnedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sentence_repair_parts (repair_id, sentence_id, role) VALUES (?, ?, ?)")) {
            for (long id : old) {
                addPart(ps, repairId, id, "old");
            }
            for (long id : made) {
                addPart(ps, repairId, id, "new");
            }
            ps.executeBatch();
        }
        SentencePositions.replace(c, documentId, old, made);
        HistoryEntry entry = appendHistory(c, repairId, annotatorId, Action.valueOf(kind.toUpperCase(Locale.ROOT)), null);
        recordAffected(c, entry.id(), old, annotatorId);
        return new Applied(entry, documentId, SentencePositions.indexOf(c, made.get(0)), dropped);
    }

    /**
     * The other annotators (by name, sorted) with a tag or note on current sentences {@code from} .. {@code to} of a
     * document: those a merge or split of them changes the sentences for.
     */
    public List<String> othersTagging(long documentId, int from, int to, long annotatorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT a.name FROM tags t JOIN sentences s ON s.id = t.sentence_id
                    JOIN annotators a ON a.id = t.annotator_id
                    WHERE s.document_id = ? AND s.idx BETWEEN ? AND ? AND t.annotator_id <> ? ORDER BY a.name""")) {
                ps.setLong(1, documentId);
                ps.setInt(2, from);
                ps.setInt(3, to);
                ps.setLong(4, annotatorId);
                List<String> names = new java.util.ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            }
        });
    }

    /** Notes on the repair's history row whose tags (other than the repairer's) were on the sentences it replaced. */
    private static void recordAffected(Connection c, long historyId, List<Long> old, long annotatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE tag_history SET affected = (SELECT %s FROM (
                    SELECT DISTINCT a.name FROM tags t JOIN annotators a ON a.id = t.annotator_id
                    WHERE t.sentence_id IN (%s) AND t.annotator_id <> ? ORDER BY a.name) AS names)
                WHERE id = ?""".formatted(SqlDialect.of(c).joinNames("name"), SqlDialect.of(c).idsFromJson()))) {
            ps.setString(1, old.toString());
            ps.setLong(2, annotatorId);
            ps.setLong(3, historyId);
            ps.executeUpdate();
        }
    }

    private static void addPart(PreparedStatement ps, long repairId, long sentenceId, String role) throws SQLException {
        ps.setLong(1, repairId);
        ps.setLong(2, sentenceId);
        ps.setString(3, role);
        ps.addBatch();
    }

    private static HistoryEntry appendHistory(Connection c, long repairId, long annotatorId, Action action,
                                              Long reverts) throws SQLException {
        String now = Rows.now();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tag_history (repair_id, annotator_id, action, reverts, at) VALUES (?, ?, ?, ?, ?)
                RETURNING id""")) {
            ps.setLong(1, repairId);
            ps.setLong(2, annotatorId);
            ps.setString(3, action.name().toLowerCase(Locale.ROOT));
            Rows.setNullableLong(ps, 4, reverts);
            ps.setString(5, now);
            return new HistoryEntry(returnedId(ps), null, repairId, annotatorId, null, null, action, reverts,
                    Instant.parse(now));
        }
    }

    private record SentenceRow(long id, int start, int end) {
    }

    private static SentenceRow current(Connection c, long documentId, int index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, start, \"end\" FROM sentences WHERE document_id = ? AND idx = ?")) {
            ps.setLong(1, documentId);
            ps.setInt(2, index);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("Document " + documentId + " has no sentence " + index + ".");
                }
                return new SentenceRow(rs.getLong(1), rs.getInt(2), rs.getInt(3));
            }
        }
    }

    /** Stores a new (not yet current) sentence and indexes its text for find. */
    private static long insertSentence(Connection c, long documentId, String text, int start, int end)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sentences (document_id, idx, start, \"end\") VALUES (?, NULL, ?, ?) RETURNING id")) {
            ps.setLong(1, documentId);
            ps.setInt(2, start);
            ps.setInt(3, end);
            long id = returnedId(ps);
            SentenceTextIndex.addOne(c, documentId, id, text, start, end);
            return id;
        }
    }

    private static String documentText(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long documentOf(Connection c, long repairId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM sentence_repairs WHERE id = ?")) {
            ps.setLong(1, repairId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The repair to undo is no longer in the database.");
                }
                return rs.getLong(1);
            }
        }
    }

    private static List<Long> parts(Connection c, long repairId, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.sentence_id FROM sentence_repair_parts p JOIN sentences s ON s.id = p.sentence_id
                WHERE p.repair_id = ? AND p.role = ? ORDER BY s.start""")) {
            ps.setLong(1, repairId);
            ps.setString(2, role);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    /** The span [start, end) without surrounding whitespace, or null if nothing is left. */
    static int[] trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00A0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00A0')) {
            e--;
        }
        return s < e ? new int[] {s, e} : null;
    }

    /**
     * Runs an INSERT … RETURNING id and gives the id. Not getGeneratedKeys(): the library's SQLite connection has
     * it off, since sqlite-jdbc would otherwise run a second statement after every INSERT, the keypress's included.
     */
    private static long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            rs.next(); // stepped to its end, so the INSERT is complete when the set closes
            return id;
        }
    }
}
