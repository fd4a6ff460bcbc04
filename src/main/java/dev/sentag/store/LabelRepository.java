package dev.sentag.store;

import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Label sets and their labels. */
public final class LabelRepository {
    private final Database db;
    private final SettingsRepository settings;

    public LabelRepository(Database db, SettingsRepository settings) {
        this.db = db;
        this.settings = settings;
    }

    /** The label set new tags are made with. */
    public LabelSet active() {
        long setId = Long.parseLong(settings.get("label_set").orElse("1"));
        return db.read(c -> {
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
                    SELECT id, name, key, colour, ord FROM labels WHERE label_set_id = ? ORDER BY ord, id""")) {
                ps.setLong(1, setId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        labels.add(new Label(rs.getLong("id"), rs.getString("name"), rs.getString("key"),
                                rs.getString("colour"), rs.getInt("ord")));
                    }
                }
            }
            return new LabelSet(setId, name, labels);
        });
    }
}
