package dev.sentag.store;

import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.IncomingTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes another annotator's tags onto a stored document inside the caller's transaction. Label changes go
 * through the tag history like a keypress, so they count for that annotator's undo and for the record.
 */
final class MergedTags {
    private MergedTags() {
    }

    private record Existing(Long label, String note) {
    }

    static ImportWrites.MergeCounts merge(Connection c, long documentId, List<IncomingTag> tags, boolean overwrite)
            throws SQLException {
        String now = Rows.now();
        int added = 0;
        int unchanged = 0;
        int conflicts = 0;
        int replaced = 0;
        // One file has a handful of annotators and labels: look each up once, not once per tag.
        Map<String, Long> annotators = new HashMap<>();
        Map<String, Long> labels = new HashMap<>();
        for (IncomingTag t : tags) {
            requireCurrent(c, documentId, t.sentenceId());
            long annotator = lookUp(annotators, t.annotator().strip(), name -> ImportedTags.annotatorId(c, name, now));
            Long label = t.label() == null ? null : lookUp(labels, t.label(), name -> ImportedTags.labelId(c, name));
            Existing old = existing(c, t.sentenceId(), annotator);
            if (old == null) {
                write(c, t, annotator, null, label, now);
                added++;
            } else if (Objects.equals(old.label(), label) && (t.note() == null || t.note().equals(old.note()))) {
                unchanged++;
            } else if (overwrite) {
                write(c, t, annotator, old.label(), label, now);
                replaced++;
            } else {
                conflicts++;
            }
        }
        return new ImportWrites.MergeCounts(added, unchanged, conflicts, replaced);
    }

    private interface IdOf {
        long of(String name) throws SQLException;
    }

    private static long lookUp(Map<String, Long> known, String name, IdOf query) throws SQLException {
        Long id = known.get(name);
        if (id == null) {
            id = query.of(name);
            known.put(name, id);
        }
        return id;
    }

    /** A sentence merged or split away since the file was matched must not receive a tag. */
    private static void requireCurrent(Connection c, long documentId, long sentenceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sentences WHERE id = ? AND document_id = ? AND idx IS NOT NULL")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("the sentences of document " + documentId
                            + " changed while the file was read (a merge or split); import it again.");
                }
            }
        }
    }

    private static Existing existing(Connection c, long sentenceId, long annotator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT label_id, note FROM tags WHERE sentence_id = ? AND annotator_id = ?")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotator);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Existing(Rows.nullableLong(rs, "label_id"), rs.getString("note")) : null;
            }
        }
    }

    /** The file's label, and its note where it has one (else the stored note stays); a label change is history. */
    private static void write(Connection c, IncomingTag t, long annotator, Long oldLabel, Long label, String now)
            throws SQLException {
        TagRepository.upsert(c, t.sentenceId(), annotator, label, t.note(), now, t.note() == null, t.unsure());
        if (!Objects.equals(oldLabel, label)) {
            TagRepository.appendHistory(c, t.sentenceId(), annotator, oldLabel, label, Action.TAG, null, now);
        }
    }
}
