package dev.sentag.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentag.model.Codebook;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.CodebookVersion;
import dev.sentag.model.Label;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The codebook of the active label set: labels with their descriptions, and its numbered versions. Every
 * write here is one transaction that also records a new version (who, what changed). Rules about names,
 * keys and colours are the annotate layer's; this class keeps the database consistent.
 * Renames and merges, which are undoable, are in {@link CodebookMigrations}.
 */
public final class CodebookRepository {
    /**
     * Jackson made on first use: every library's codebook is read at the window's start, and most labels have no
     * examples, so the 370 classes an ObjectMapper loads need not be.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    static final String ACTIVE_SET = "(SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'label_set')";

    private final Database db;
    private final LabelRepository labels;

    public CodebookRepository(Database db, LabelRepository labels) {
        this.db = db;
        this.labels = labels;
    }

    /** The codebook now: every label of the active set (active ones by order, then retired) and the version. */
    public Codebook current() {
        return db.read(CodebookRepository::load);
    }

    static Codebook load(Connection c) throws SQLException {
        List<CodebookLabel> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, name, key, colour, ord, definition, include_note, exclude_note, examples, retired
                FROM labels WHERE label_set_id = %s ORDER BY retired, ord, id""".formatted(ACTIVE_SET));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Label label = new Label(rs.getLong("id"), rs.getString("name"), rs.getString("key"),
                        rs.getString("colour"), rs.getInt("ord"));
                out.add(new CodebookLabel(label, rs.getString("definition"), rs.getString("include_note"),
                        rs.getString("exclude_note"), examples(rs.getString("examples")), rs.getInt("retired") != 0));
            }
        }
        return new Codebook(version(c), out);
    }

    private static List<String> examples(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("examples of a label are not a JSON list: " + e.getOriginalMessage(), e);
        }
    }

    static String examplesJson(List<String> examples) {
        try {
            return examples.isEmpty() ? null : Json.MAPPER.writeValueAsString(examples);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) FROM codebook_versions");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Every version, oldest first. */
    public List<CodebookVersion> versions() {
        return db.read(c -> {
            List<CodebookVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT version, at, who, change FROM codebook_versions ORDER BY version");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CodebookVersion(rs.getInt(1), Rows.instant(rs, "at"), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    /** How many tags, of every annotator, carry the label. */
    public long tagsWith(long labelId) {
        return db.read(c -> tagsWith(c, labelId));
    }

    static long tagsWith(Connection c, long labelId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM tags WHERE label_id = ?")) {
            ps.setLong(1, labelId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Adds an active label at the end of the order; returns the new version. */
    public int add(String name, String key, String colour, String definition, String who, String change) {
        return edit(who, change, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO labels (label_set_id, name, key, colour, ord, definition)
                    VALUES (%1$s, ?, ?, ?, (SELECT coalesce(max(ord), 0) + 1 FROM labels WHERE label_set_id = %1$s), ?)"""
                    .formatted(ACTIVE_SET))) {
                ps.setString(1, name);
                ps.setString(2, key);
                ps.setString(3, colour);
                ps.setString(4, definition == null || definition.isBlank() ? null : definition);
                ps.executeUpdate();
            }
        });
    }

    /** Sets a label's definition, inclusion and exclusion notes and examples; returns the new version. */
    public int describe(long labelId, String definition, String includeNote, String excludeNote, List<String> examples,
                        String who, String change) {
        return edit(who, change, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE labels SET definition = ?, include_note = ?, exclude_note = ?, examples = ? WHERE id = ?""")) {
                ps.setString(1, blankToNull(definition));
                ps.setString(2, blankToNull(includeNote));
                ps.setString(3, blankToNull(excludeNote));
                ps.setString(4, examplesJson(examples));
                ps.setLong(5, labelId);
                requireOne(ps.executeUpdate(), labelId);
            }
        });
    }

    /** Gives a label another colour; returns the new version. */
    public int recolour(long labelId, String colour, String who, String change) {
        return edit(who, change, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE labels SET colour = ? WHERE id = ?")) {
                ps.setString(1, colour);
                ps.setLong(2, labelId);
                requireOne(ps.executeUpdate(), labelId);
            }
        });
    }

    /**
     * Puts the active labels in this order and gives them keys (null: no key) in the same order; returns the
     * new version. Keys are cleared first, so two labels may swap keys.
     */
    public int arrange(List<Long> order, List<String> keys, String who, String change) {
        return edit(who, change, c -> arrange(c, order, keys));
    }

    static void arrange(Connection c, List<Long> order, List<String> keys) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("UPDATE labels SET key = NULL WHERE id = ?");
             PreparedStatement set = c.prepareStatement("UPDATE labels SET key = ?, ord = ? WHERE id = ?")) {
            for (long id : order) {
                clear.setLong(1, id);
                clear.addBatch();
            }
            clear.executeBatch();
            for (int i = 0; i < order.size(); i++) {
                set.setString(1, keys.get(i));
                set.setInt(2, i + 1);
                set.setLong(3, order.get(i));
                set.addBatch();
            }
            set.executeBatch();
        }
    }

    /** Retires a label no tag carries (checked again inside the transaction); returns the new version. */
    public int retire(long labelId, String who, String change) {
        return edit(who, change, c -> {
            long used = tagsWith(c, labelId);
            if (used > 0) {
                throw new StoreException("The label is in use by " + used + " tag(s); nothing was changed.");
            }
            setRetired(c, labelId, true, null);
        });
    }

    static void setRetired(Connection c, long labelId, boolean retired, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE labels SET retired = ?, key = ? WHERE id = ?")) {
            ps.setInt(1, retired ? 1 : 0);
            ps.setString(2, key);
            ps.setLong(3, labelId);
            requireOne(ps.executeUpdate(), labelId);
        }
    }

    /**
     * Makes the codebook {@code incoming} (in order, with keys): labels are matched by name ignoring case and
     * updated, new names added, active labels the list lacks retired. Refuses (changing nothing) if a label
     * that would be retired is in use. Returns the new version.
     */
    public int adopt(List<CodebookLabel> incoming, String who, String change) {
        return adopt(incoming, null, who, change);
    }

    /**
     * As {@link #adopt(List, String, String)}, and in the same transaction makes {@code relations} the relation
     * types (see {@link RelationTypeRepository}); null leaves the relation types as they are.
     */
    public int adopt(List<CodebookLabel> incoming, List<dev.sentag.model.CodebookRelation> relations, String who,
                     String change) {
        return edit(who, change, c -> {
            if (relations != null) {
                RelationTypeRepository.adopt(c, relations);
            }
            Codebook now = load(c);
            java.util.Set<Long> kept = new java.util.HashSet<>();
            List<Long> order = new ArrayList<>();
            for (CodebookLabel l : incoming) {
                var existing = now.byName(l.name());
                long id = existing.isPresent() ? existing.get().label().id() : insertBare(c, l);
                kept.add(id);
                order.add(id);
            }
            for (CodebookLabel old : now.active()) {
                long id = old.label().id();
                if (!kept.contains(id)) {
                    long used = tagsWith(c, id);
                    if (used > 0) {
                        throw new StoreException("The codebook lacks '" + old.name() + "', which " + used
                                + " tag(s) carry; nothing was changed.");
                    }
                    setRetired(c, id, true, null);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE labels SET name = ?, colour = ?, retired = 0, definition = ?, include_note = ?,
                        exclude_note = ?, examples = ? WHERE id = ?""")) {
                for (int i = 0; i < incoming.size(); i++) {
                    CodebookLabel l = incoming.get(i);
                    ps.setString(1, l.name());
                    ps.setString(2, l.label().colour());
                    ps.setString(3, blankToNull(l.definition()));
                    ps.setString(4, blankToNull(l.includeNote()));
                    ps.setString(5, blankToNull(l.excludeNote()));
                    ps.setString(6, examplesJson(l.examples()));
                    ps.setLong(7, order.get(i));
                    ps.executeUpdate();
                }
            }
            arrange(c, order, incoming.stream().map(l -> l.label().key()).toList());
        });
    }

    /**
     * Inside an import's transaction: adds the labels of {@code incoming} this codebook lacks (by name, ignoring
     * case) with their colour and description, each with its own key if free, else the lowest free one, as one
     * new version. A codebook with no room left refuses (the import is rolled back).
     */
    static void addMissing(Connection c, List<CodebookLabel> incoming, String source) throws SQLException {
        Codebook now = load(c);
        List<String> added = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        now.active().forEach(l -> keys.add(l.label().key()));
        int active = now.active().size();
        for (CodebookLabel l : incoming) {
            if (now.byName(l.name()).isPresent() || added.stream().anyMatch(a -> a.equalsIgnoreCase(l.name()))) {
                continue;
            }
            if (active >= Codebook.MAX_ACTIVE) {
                throw new StoreException(source + " uses the label '" + l.name() + "', which this codebook lacks, and "
                        + "this codebook has " + Codebook.MAX_ACTIVE + " active labels already.");
            }
            String key = l.label().key() != null && !keys.contains(l.label().key()) ? l.label().key() : null;
            for (int k = 1; key == null; k++) {
                key = keys.contains(String.valueOf(k)) ? null : String.valueOf(k);
            }
            keys.add(key);
            long id = insertBare(c, l);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE labels SET key = ?, ord = (SELECT max(ord) + 1 FROM labels WHERE label_set_id = %s),
                        definition = ?, include_note = ?, exclude_note = ?, examples = ? WHERE id = ?"""
                    .formatted(ACTIVE_SET))) {
                ps.setString(1, key);
                ps.setString(2, blankToNull(l.definition()));
                ps.setString(3, blankToNull(l.includeNote()));
                ps.setString(4, blankToNull(l.excludeNote()));
                ps.setString(5, examplesJson(l.examples()));
                ps.setLong(6, id);
                ps.executeUpdate();
            }
            added.add(l.name());
            active++;
        }
        if (!added.isEmpty()) {
            newVersion(c, "import", "add " + String.join(", ", added) + " from the codebook of " + source,
                    null, null, null, null, null);
        }
    }

    private static long insertBare(Connection c, CodebookLabel l) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO labels (label_set_id, name, key, colour, ord) VALUES (%s, ?, NULL, ?, 0) RETURNING id"""
                .formatted(ACTIVE_SET))) {
            ps.setString(1, l.name());
            ps.setString(2, l.label().colour());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A write to the labels and its version row, in one transaction; returns the new version. */
    int edit(String who, String change, LabelWork work) {
        int version = db.inTransaction(c -> {
            work.run(c);
            return newVersion(c, who, change, null, null, null, null, null);
        });
        labels.forget();
        return version;
    }

    static int newVersion(Connection c, String who, String change, String kind, Long labelId, Long otherLabelId,
                          String oldValue, String newValue) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO codebook_versions (version, at, who, change, kind, label_id, other_label_id, old_value, new_value)
                VALUES ((SELECT coalesce(max(version), 0) + 1 FROM codebook_versions), ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING version""")) {
            ps.setString(1, Rows.now());
            ps.setString(2, who);
            ps.setString(3, change);
            ps.setString(4, kind);
            Rows.setNullableLong(ps, 5, labelId);
            Rows.setNullableLong(ps, 6, otherLabelId);
            ps.setString(7, oldValue);
            ps.setString(8, newValue);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void requireOne(int updated, long labelId) {
        if (updated != 1) {
            throw new StoreException("Label " + labelId + " is no longer in the codebook; nothing was changed.");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Database work on the labels inside an edit's transaction. */
    @FunctionalInterface
    interface LabelWork {
        void run(Connection c) throws SQLException;
    }
}
