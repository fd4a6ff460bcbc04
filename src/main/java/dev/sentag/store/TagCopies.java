package dev.sentag.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Carries every annotator's tags from replaced sentences to the ones replacing them. */
final class TagCopies {
    private TagCopies() {
    }

    private record PartTag(Long labelId, String note) {
    }

    /** Gives {@code merged} one tag per annotator; returns how many annotators' labels were not carried. */
    static int merge(Connection c, List<Long> parts, long merged, RepairRepository.MergeLabels labels)
            throws SQLException {
        Map<Long, List<PartTag>> byAnnotator = new LinkedHashMap<>();
        for (long part : parts) {
            tagsOf(c, part).forEach((annotator, tag) ->
                    byAnnotator.computeIfAbsent(annotator, k -> new ArrayList<>()).add(tag));
        }
        int dropped = 0;
        for (var e : byAnnotator.entrySet()) {
            List<Long> partLabels = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (PartTag t : e.getValue()) {
                partLabels.add(t.labelId());
                if (t.note() != null && !t.note().isBlank()) {
                    notes.add(t.note());
                }
            }
            Long label = labels.choose(e.getKey(), partLabels);
            if (label == null && partLabels.stream().anyMatch(l -> l != null)) {
                dropped++;
            }
            insert(c, merged, e.getKey(), label, notes.isEmpty() ? null : String.join(" / ", notes));
        }
        return dropped;
    }

    /** Gives each of {@code targets} a copy of every annotator's tag on {@code source}. */
    static void copyAll(Connection c, long source, List<Long> targets) throws SQLException {
        for (var e : tagsOf(c, source).entrySet()) {
            for (long target : targets) {
                insert(c, target, e.getKey(), e.getValue().labelId(), e.getValue().note());
            }
        }
    }

    private static Map<Long, PartTag> tagsOf(Connection c, long sentenceId) throws SQLException {
        Map<Long, PartTag> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annotator_id, label_id, note FROM tags WHERE sentence_id = ? ORDER BY annotator_id")) {
            ps.setLong(1, sentenceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new PartTag(Rows.nullableLong(rs, "label_id"), rs.getString("note")));
                }
            }
        }
        return out;
    }

    private static void insert(Connection c, long sentenceId, long annotatorId, Long labelId, String note)
            throws SQLException {
        if (labelId == null && note == null) {
            return;
        }
        String now = Rows.now();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, sentenceId);
            ps.setLong(2, annotatorId);
            Rows.setNullableLong(ps, 3, labelId);
            ps.setString(4, note);
            ps.setString(5, now);
            ps.setString(6, now);
            ps.executeUpdate();
        }
    }
}
