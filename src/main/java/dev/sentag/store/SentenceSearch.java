package dev.sentag.store;

import dev.sentag.model.Annotator;
import dev.sentag.model.FoundSentence;
import dev.sentag.model.Speakers;
import dev.sentag.store.filter.SentenceFilter;
import dev.sentag.store.filter.SentenceFilters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * Find: current sentences matching a full-text query (table sentence_fts: SQLite FTS5, or on PostgreSQL a tsvector of
 * the same terms, {@link FindTerms}) and filters, in document and
 * sentence order, with one annotator's label and note. The text is cut from the documents in Java (UTF-16 offsets).
 */
public final class SentenceSearch {
    private final Database db;
    private Connection foldRegisteredOn;

    public SentenceSearch(Database db) {
        this.db = db;
    }

    /**
     * The sentences matching {@code text} (blank: all) and every filter, at most {@code limit} (0: all). A query
     * FTS5 cannot parse is an IllegalArgumentException with the reason in one line.
     */
    /** Documents in the trash are left out of find and statistics (V005's partial index keeps this cheap). */
    static final String NOT_IN_TRASH = "s.document_id NOT IN (SELECT id FROM documents WHERE deleted_at IS NOT NULL)";

    public List<FoundSentence> find(String text, List<SentenceFilter> filters, Annotator annotator, int limit) {
        return db.read(c -> find(c, SqlDialect.of(c), text, filters, annotator, limit));
    }

    private List<FoundSentence> find(Connection c, SqlDialect dialect, String text, List<SentenceFilter> filters,
                                     Annotator annotator, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        // The full-text match drives (a common word matches tens of thousands of sentences, the library has
        // hundreds of thousands); titles, labels and notes are looked up only for the rows the LIMIT keeps.
        StringBuilder from = new StringBuilder("sentences s");
        StringBuilder where = new StringBuilder("s.idx IS NOT NULL AND " + NOT_IN_TRASH);
        if (!text.isBlank()) {
            String query = dialect == SqlDialect.SQLITE ? FullTextQuery.of(text) : PostgresTextQuery.of(text);
            if (query.isEmpty()) {
                return List.of(); // only punctuation: FTS5 matches nothing
            }
            from = new StringBuilder(dialect.textIndexJoin().formatted(from));
            where.insert(0, dialect.textIndexMatch() + " AND ");
            params.add(query);
        }
        if (filters.stream().noneMatch(SentenceFilter::wantsExcluded)) {
            where.append(" AND s.excluded = 0");
        }
        for (SentenceFilter f : filters) {
            where.append(" AND ").append(f.condition(dialect));
            params.addAll(f.parameters());
        }
        String sql = """
                SELECT x.id, x.document_id, x.idx, x.start, x."end", x.excluded, l.name, t.note, p.name,
                       t.label_id IS NOT NULL AND t.unsure = 1 FROM (
                    SELECT s.id, s.document_id, s.idx, s.start, s."end", s.excluded FROM %s
                    WHERE %s ORDER BY s.document_id, s.idx LIMIT ?) x
                LEFT JOIN tags t ON t.sentence_id = x.id AND t.annotator_id = ?
                LEFT JOIN labels l ON l.id = t.label_id
                LEFT JOIN speakers p ON p.sentence_id = x.id AND p.annotator_id = ?
                ORDER BY x.document_id, x.idx""".formatted(from, where);
        params.add(limit == 0 ? dialect.noLimit() : limit);
        params.add(annotator.id());
        params.add(annotator.id());
        {
            if (dialect == SqlDialect.SQLITE) {
                registerFold(c);
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = query(ps, text)) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6) == 1, rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10)));
                    }
                }
            }
            return withText(c, rows, annotator.name());
        }
    }

    private record Row(long id, long documentId, int index, int start, int end, boolean excluded,
                       String label, String note, String speaker, boolean unsure) {
    }

    /** Registers {@link SentenceFilters#FOLD} on the connection the first time a find runs on it. */
    private void registerFold(Connection c) throws SQLException {
        if (foldRegisteredOn == c) {
            return;
        }
        Function.create(c, SentenceFilters.FOLD, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                if (v == null) {
                    result();
                } else {
                    result(Speakers.folded(v));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        foldRegisteredOn = c;
    }

    private static ResultSet query(PreparedStatement ps, String text) throws SQLException {
        try {
            return ps.executeQuery();
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("fts5") || m.contains("unterminated string") || m.contains("no such column")
                    || m.contains("syntax error")) {
                throw new IllegalArgumentException("Cannot search for '" + text + "': " + reason(m).replaceAll("near \"\"$", "at the end")
                        + ". Use words, \"quoted phrases\", AND, OR, NOT.");
            }
            throw e;
        }
    }

    private static String reason(String message) {
        int open = message.indexOf('(');
        String r = open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : message;
        return r.replace("fts5: ", "").replaceAll("\\s+", " ").strip();
    }

    /** Cuts each sentence from its document's text; rows come in document order, so each document is read once. */
    private static List<FoundSentence> withText(java.sql.Connection c, List<Row> rows, String annotator)
            throws SQLException {
        List<FoundSentence> out = new ArrayList<>(rows.size());
        long documentId = -1;
        String title = null;
        String text = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT title, text FROM documents WHERE id = ?")) {
            for (Row r : rows) {
                if (r.documentId() != documentId) {
                    ps.setLong(1, r.documentId());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        title = rs.getString(1);
                        text = rs.getString(2);
                    }
                    documentId = r.documentId();
                }
                out.add(new FoundSentence(r.documentId(), title, r.id(), r.index(), r.label(), annotator,
                        r.note(), text.substring(r.start(), r.end()), r.excluded(), r.speaker(), r.unsure()));
            }
        }
        return out;
    }
}
