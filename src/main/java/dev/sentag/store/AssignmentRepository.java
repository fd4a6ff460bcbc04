package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who is to code which document (table assignments); portable SQL, so any JDBC backend runs it unchanged. */
public final class AssignmentRepository {
    private final Database db;

    public AssignmentRepository(Database db) {
        this.db = db;
    }

    /** Decides the new assignments from what is there; called inside the transaction that stores them. */
    @FunctionalInterface
    public interface Planner {
        Map<Long, List<String>> plan(Map<Long, Set<String>> existing, Map<String, Integer> loads);
    }

    /** What {@link #assign} stored and every named annotator's total afterwards. */
    public record Stored(Map<Long, List<String>> added, Map<String, Integer> loads) {
    }

    /** The documents not in the trash, in id order. */
    public List<Long> listedDocuments() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** For each id that names a document: whether it is in the trash. Ids of no document are absent. */
    public Map<Long, Boolean> inTrash(List<Long> documentIds) {
        return db.read(c -> {
            Map<Long, Boolean> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM documents WHERE id = ?")) {
                for (long id : documentIds) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(id, rs.getBoolean(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * In one transaction: creates the named annotators that are new, reads who is on each document and the named
     * annotators' loads (assignments on documents not in the trash), asks {@code planner}, and stores its answer.
     */
    public Stored assign(List<Long> documents, List<String> annotators, Planner planner) {
        return db.inTransaction(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO annotators (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                for (String name : annotators) {
                    ps.setString(1, name);
                    ps.setString(2, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Map<Long, List<String>> added = planner.plan(existing(c, documents), loads(c, annotators));
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO assignments (document_id, annotator_id, assigned_at)
                    SELECT ?, id, ? FROM annotators WHERE name = ?""")) {
                for (var e : added.entrySet()) {
                    for (String name : e.getValue()) {
                        ps.setLong(1, e.getKey());
                        ps.setString(2, now);
                        ps.setString(3, name);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return new Stored(added, loads(c, annotators));
        });
    }

    private static Map<Long, Set<String>> existing(Connection c, List<Long> documents) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.name FROM assignments s JOIN annotators a ON a.id = s.annotator_id
                WHERE s.document_id = ?""")) {
            for (long doc : documents) {
                ps.setLong(1, doc);
                Set<String> on = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        on.add(rs.getString(1));
                    }
                }
                out.put(doc, on);
            }
        }
        return out;
    }

    private static Map<String, Integer> loads(Connection c, List<String> annotators) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM assignments s
                JOIN annotators a ON a.id = s.annotator_id
                JOIN documents d ON d.id = s.document_id
                WHERE a.name = ? AND d.deleted_at IS NULL""")) {
            for (String name : annotators) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(name, rs.getInt(1));
                }
            }
        }
        return out;
    }

    /**
     * Takes assignments away: of the given documents (all when empty) and of the given annotators (all when
     * empty), in one transaction. Returns how many went.
     */
    public int clear(List<Long> documents, List<String> annotators) {
        return db.inTransaction(c -> {
            if (documents.isEmpty() && annotators.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM assignments")) {
                    return ps.executeUpdate();
                }
            }
            int removed = 0;
            if (annotators.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM assignments WHERE document_id = ?")) {
                    for (long doc : documents) {
                        ps.setLong(1, doc);
                        removed += ps.executeUpdate();
                    }
                }
                return removed;
            }
            String byName = "annotator_id = (SELECT id FROM annotators WHERE name = ?)";
            try (PreparedStatement one = c.prepareStatement("DELETE FROM assignments WHERE " + byName);
                 PreparedStatement both = c.prepareStatement("DELETE FROM assignments WHERE document_id = ? AND " + byName)) {
                for (String name : annotators) {
                    if (documents.isEmpty()) {
                        one.setString(1, name);
                        removed += one.executeUpdate();
                    }
                    for (long doc : documents) {
                        both.setLong(1, doc);
                        both.setString(2, name);
                        removed += both.executeUpdate();
                    }
                }
            }
            return removed;
        });
    }

    /** The documents (not in the trash) assigned to the annotator with this id. */
    public Set<Long> assignedTo(long annotatorId) {
        return db.read(c -> {
            Set<Long> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.document_id FROM assignments s JOIN documents d ON d.id = s.document_id
                    WHERE s.annotator_id = ? AND d.deleted_at IS NULL ORDER BY s.document_id""")) {
                ps.setLong(1, annotatorId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}
