package dev.sentag.store;

import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Label sets and their labels. The active set is read on every tag, so it is kept until the file changes
 * under us: SQLite's {@code PRAGMA data_version} moves when another connection (a CLI run, a second window)
 * commits, which costs one tiny query instead of three. Writers on this connection that touch labels or
 * the active set must call {@link #forget()}.
 */
public final class LabelRepository {
    private final Database db;
    private final SettingsRepository settings;
    private LabelSet cached;
    private long cachedVersion;

    public LabelRepository(Database db, SettingsRepository settings) {
        this.db = db;
        this.settings = settings;
    }

    /** The label set new tags are made with: the active (not retired) labels of the codebook. */
    public LabelSet active() {
        return db.read(c -> {
            long version = dataVersion(c);
            if (cached == null || version < 0 || version != cachedVersion) {
                cached = load(c);
                cachedVersion = version;
            }
            return cached;
        });
    }

    /** Drops the kept label set (after a restore, or a change to labels made on this connection). */
    public void forget() {
        db.read(c -> {
            cached = null;
            return null;
        });
    }

    /** SQLite's change counter of the file; -1 (read afresh every time) where the database has none. */
    private long dataVersion(Connection c) throws SQLException {
        if (SqlDialect.of(c) != SqlDialect.SQLITE) {
            return -1;
        }
        try (ResultSet rs = db.hot("PRAGMA data_version").executeQuery()) {
            return rs.getLong(1);
        }
    }

    private LabelSet load(Connection c) throws SQLException {
        long setId = Long.parseLong(settings.get("label_set").orElse("1"));
        String name;
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM label_sets WHERE id = ?")) {
            ps.setLong(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("The active label set (" + setId + ") is missing from the database.");
                }
                name = rs.getString(1);
            }
        }
        List<Label> labels = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, name, key, colour, ord FROM labels WHERE label_set_id = ? AND retired = 0 ORDER BY ord, id""")) {
            ps.setLong(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.add(new Label(rs.getLong("id"), rs.getString("name"), rs.getString("key"),
                            rs.getString("colour"), rs.getInt("ord")));
                }
            }
        }
        return new LabelSet(setId, name, labels);
    }
}
