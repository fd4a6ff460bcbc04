package dev.sentag.store;

import dev.sentag.model.CodebookRelation;
import dev.sentag.model.RelationType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The relation (link) types of the active label set as the codebook edits them: add, rename, recolour,
 * describe, retire. Each write is one transaction that also records a new codebook version, like a label
 * change (through {@link CodebookRepository#edit}). Rules about names, keys and colours are the annotate
 * layer's; this class keeps the database consistent (a type in use is never retired).
 */
public final class RelationTypeRepository {
    private static final String ACTIVE_SET = CodebookRepository.ACTIVE_SET;
    private final CodebookRepository codebook;
    private final Database db;

    public RelationTypeRepository(Database db, CodebookRepository codebook) {
        this.db = db;
        this.codebook = codebook;
    }

    /** Every relation type of the active set: active ones in order, then retired ones. */
    public List<CodebookRelation> all() {
        return db.read(RelationTypeRepository::load);
    }

    static List<CodebookRelation> load(Connection c) throws SQLException {
        List<CodebookRelation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, name, key, colour, ord, description, retired FROM relation_types
                WHERE label_set_id = %s ORDER BY retired, ord, id""".formatted(ACTIVE_SET));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CodebookRelation(new RelationType(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)), rs.getString(6), rs.getInt(7) != 0));
            }
        }
        return out;
    }

    /** How many links, of every annotator (on any sentence row, retired ones too), have the type. */
    public long linksWith(long typeId) {
        return db.read(c -> linksWith(c, typeId));
    }

    static long linksWith(Connection c, long typeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM links WHERE relation_type_id = ?")) {
            ps.setLong(1, typeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Adds an active type at the end of the order; returns the new codebook version. */
    public int add(String name, String key, String colour, String description, String who, String change) {
        return codebook.edit(who, change, c -> insert(c, name, key, colour, description));
    }

    private static long insert(Connection c, String name, String key, String colour, String description)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO relation_types (label_set_id, name, key, colour, ord, description)
                VALUES (%1$s, ?, ?, ?, (SELECT coalesce(max(ord), 0) + 1 FROM relation_types WHERE label_set_id = %1$s), ?)
                RETURNING id""".formatted(ACTIVE_SET))) {
            ps.setString(1, name);
            ps.setString(2, key);
            ps.setString(3, colour);
            ps.setString(4, CodebookRepository.blankToNull(description));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Renames a type; links keep it (they name its id). Returns the new version. */
    public int rename(long typeId, String name, String who, String change) {
        return update(typeId, "name = ?", name, who, change);
    }

    /** Gives a type another key (free among the active types: checked by the annotate layer). */
    public int rekey(long typeId, String key, String who, String change) {
        return update(typeId, "key = ?", key, who, change);
    }

    public int recolour(long typeId, String colour, String who, String change) {
        return update(typeId, "colour = ?", colour, who, change);
    }

    public int describe(long typeId, String description, String who, String change) {
        return update(typeId, "description = ?", CodebookRepository.blankToNull(description), who, change);
    }

    /** Retires a type no link has (checked again inside the transaction); returns the new version. */
    public int retire(long typeId, String who, String change) {
        return codebook.edit(who, change, c -> {
            long used = linksWith(c, typeId);
            if (used > 0) {
                throw new StoreException("The link type is used by " + used + " link(s); nothing was changed.");
            }
            set(c, typeId, "retired = 1, key = NULL", null);
        });
    }

    private int update(long typeId, String assignment, String value, String who, String change) {
        return codebook.edit(who, change, c -> set(c, typeId, assignment, value));
    }

    private static void set(Connection c, long typeId, String assignment, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE relation_types SET " + assignment + " WHERE id = ?")) {
            int i = 1;
            if (assignment.contains("?")) {
                ps.setString(i++, value);
            }
            ps.setLong(i, typeId);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("Link type " + typeId + " is no longer in the codebook; nothing was changed.");
            }
        }
    }

    /**
     * Inside a codebook import's transaction: makes the relation types {@code incoming} (in order, with keys,
     * colours and descriptions): matched by name ignoring case and updated (a retired one comes back), new names
     * added, active types the list lacks retired. Refuses (the whole import rolls back) if a type that would be
     * retired has links.
     */
    static void adopt(Connection c, List<CodebookRelation> incoming) throws SQLException {
        List<CodebookRelation> now = load(c);
        Set<Long> kept = new HashSet<>();
        List<Long> order = new ArrayList<>();
        for (CodebookRelation r : incoming) {
            Optional<CodebookRelation> existing = now.stream().filter(o -> o.name().equalsIgnoreCase(r.name())).findFirst();
            long id = existing.isPresent() ? existing.get().type().id()
                    : insert(c, r.name(), null, r.type().colour(), r.description());
            kept.add(id);
            order.add(id);
        }
        try (PreparedStatement clear = c.prepareStatement("UPDATE relation_types SET key = NULL WHERE id = ?")) {
            for (CodebookRelation old : now) {
                if (!kept.contains(old.type().id()) && !old.retired()) {
                    long used = linksWith(c, old.type().id());
                    if (used > 0) {
                        throw new StoreException("The codebook lacks the link type '" + old.name() + "', which "
                                + used + " link(s) have; nothing was changed.");
                    }
                    set(c, old.type().id(), "retired = 1, key = NULL", null);
                }
            }
            for (long id : order) {
                clear.setLong(1, id);
                clear.addBatch();
            }
            clear.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE relation_types SET name = ?, key = ?, colour = ?, description = ?, ord = ?, retired = 0
                WHERE id = ?""")) {
            for (int i = 0; i < incoming.size(); i++) {
                CodebookRelation r = incoming.get(i);
                ps.setString(1, r.name());
                ps.setString(2, r.type().key() == null ? null : r.type().key().toLowerCase(Locale.ROOT));
                ps.setString(3, r.type().colour());
                ps.setString(4, CodebookRepository.blankToNull(r.description()));
                ps.setInt(5, i + 1);
                ps.setLong(6, order.get(i));
                ps.executeUpdate();
            }
        }
    }
}
