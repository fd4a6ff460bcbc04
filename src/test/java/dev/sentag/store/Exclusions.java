package dev.sentag.store;

/** Test access to sentences.excluded until the exclusion feature (another branch) offers a service for it. */
public final class Exclusions {
    private Exclusions() {
    }

    /** Marks sentence {@code index} of {@code documentId} as excluded web residue. */
    public static void exclude(Database db, long documentId, int index) {
        db.inTransaction(c -> {
            try (var ps = c.prepareStatement("UPDATE sentences SET excluded = 1 WHERE document_id = ? AND idx = ?")) {
                ps.setLong(1, documentId);
                ps.setInt(2, index);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("no sentence " + index + " in document " + documentId);
                }
            }
            return null;
        });
    }

    /** Stores {@code json} as the metadata of {@code documentId}. */
    public static void setMetadata(Database db, long documentId, String json) {
        db.inTransaction(c -> {
            try (var ps = c.prepareStatement("UPDATE documents SET metadata = ? WHERE id = ?")) {
                ps.setString(1, json);
                ps.setLong(2, documentId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
