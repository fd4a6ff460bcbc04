package dev.sentag.store;

import dev.sentag.model.Annotator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The people who tag. */
public final class AnnotatorRepository {
    private final Database db;

    public AnnotatorRepository(Database db) {
        this.db = db;
    }

    /** The annotator with this name, created if new. */
    public Annotator findOrCreate(String name) {
        String clean = name.strip();
        // Read first: in a team library only an admin may add annotators, and a member only names existing ones.
        Optional<Annotator> known = db.read(c -> find(c, clean));
        if (known.isPresent()) {
            return known.get();
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO annotators (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING""")) {
                ps.setString(1, clean);
                ps.setString(2, Rows.now());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM annotators WHERE name = ?")) {
                ps.setString(1, clean);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Annotator(rs.getLong("id"), rs.getString("name"));
                }
            }
        });
    }

    private static Optional<Annotator> find(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM annotators WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Annotator(rs.getLong("id"), rs.getString("name"))) : Optional.empty();
            }
        }
    }

    public List<Annotator> all() {
        return db.read(c -> {
            List<Annotator> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, name FROM annotators ORDER BY name")) {
                while (rs.next()) {
                    out.add(new Annotator(rs.getLong("id"), rs.getString("name")));
                }
            }
            return out;
        });
    }
}
