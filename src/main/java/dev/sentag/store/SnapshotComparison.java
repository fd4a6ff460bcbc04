package dev.sentag.store;

import dev.sentag.model.RestoreLoss;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the library with one of its snapshots, before a restore: what exists now that the snapshot lacks. Works
 * on snapshots of any schema version, as it reads only columns every version has.
 */
public final class SnapshotComparison {
    private final Database db;

    public SnapshotComparison(Database db) {
        this.db = db;
    }

    /** What restoring {@code snapshot} would lose; the library is not changed. */
    public RestoreLoss loss(Path snapshot) {
        SnapshotCheck.verify(snapshot);
        return db.read(c -> {
            try (PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS snap")) {
                attach.setString(1, snapshot.toAbsolutePath().toString());
                attach.execute();
            }
            try {
                return new RestoreLoss(perAnnotator(c), newDocuments(c));
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("DETACH DATABASE snap");
                }
            }
        });
    }

    private static List<RestoreLoss.AnnotatorLoss> perAnnotator(Connection c) throws SQLException {
        // A label or note counts as lost when the snapshot has not the same one on the same sentence for the same
        // annotator (by name: an annotator created after the snapshot has no row there at all).
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.name,
                       sum(t.label_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM snap.tags st
                           JOIN snap.annotators sa ON sa.id = st.annotator_id
                           WHERE st.sentence_id = t.sentence_id AND sa.name = a.name AND st.label_id IS t.label_id)),
                       sum(coalesce(t.note, '') <> '' AND NOT EXISTS (SELECT 1 FROM snap.tags st
                           JOIN snap.annotators sa ON sa.id = st.annotator_id
                           WHERE st.sentence_id = t.sentence_id AND sa.name = a.name AND st.note IS t.note))
                FROM main.tags t JOIN main.annotators a ON a.id = t.annotator_id
                GROUP BY a.name ORDER BY a.name""");
             ResultSet rs = ps.executeQuery()) {
            List<RestoreLoss.AnnotatorLoss> out = new ArrayList<>();
            while (rs.next()) {
                if (rs.getInt(2) > 0 || rs.getInt(3) > 0) {
                    out.add(new RestoreLoss.AnnotatorLoss(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
            return out;
        }
    }

    private static int newDocuments(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM main.documents d
                WHERE NOT EXISTS (SELECT 1 FROM snap.documents sd WHERE sd.content_hash = d.content_hash)""");
             ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }

    /** When the library last changed (a tag, note, import, deletion, repair …), if it holds anything at all. */
    public Optional<Instant> lastChange() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT max(coalesce((SELECT max(at) FROM tag_history), ''),
                               coalesce((SELECT max(updated_at) FROM tags), ''),
                               coalesce((SELECT max(imported_at) FROM documents), ''))""");
                 ResultSet rs = ps.executeQuery()) {
                String at = rs.getString(1);
                return at == null || at.isEmpty() ? Optional.<Instant>empty() : Optional.of(Instant.parse(at));
            }
        });
    }
}
