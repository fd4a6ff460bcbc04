package dev.sentag.store;

import dev.sentag.model.Annotator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The people who tag. */
public final class AnnotatorRepository {
    private final Database db;

    public AnnotatorRepository(Database db) {
        this.db = db;
    }

    /** The annotator with this name, created if new. */
    public Annotator findOrCreate(String name) {
        String clean = name.strip();
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
