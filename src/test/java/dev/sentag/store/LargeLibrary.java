package dev.sentag.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;

/**
 * Fills a database with a large synthetic library for export benchmarks: documents of 100 sentences of
 * news-like words (with an emoji and quotes now and then), every sentence tagged by annotator "bench".
 * One transaction, so 300,000 sentences take seconds rather than 300,000 fsyncs.
 *
 * <p>By hand: {@code java -cp target/sentag.jar:target/test-classes dev.sentag.store.LargeLibrary DB SENTENCES}.
 */
public final class LargeLibrary {
    private static final String[] WORDS = {"the", "minister", "said", "government", "would", "review", "policy",
        "officials", "rejected", "claims", "on", "Tuesday", "after", "talks", "in", "Islamabad", "with", "“strong”",
        "\"unfounded\"", "🚀", "sanctions", "missile", "programme", "analysts", "warned", "of", "a", "crisis"};
    private static final int PER_DOCUMENT = 100;

    private LargeLibrary() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            generate(db, Integer.parseInt(args[1]), 1);
        }
    }

    /** Adds about {@code sentences} sentences (whole documents of 100), all tagged by "bench". */
    public static void generate(Database db, int sentences, long seed) {
        Random random = new Random(seed);
        db.inTransaction(c -> {
            long annotator;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO annotators (name, created_at) VALUES ('bench', ?) RETURNING id")) {
                ps.setString(1, Rows.now());
                annotator = returnedId(ps);
            }
            try (PreparedStatement doc = c.prepareStatement("""
                    INSERT INTO documents (title, text, content_hash, imported_at) VALUES (?, ?, ?, ?) RETURNING id""");
                 PreparedStatement sentence = c.prepareStatement("""
                         INSERT INTO sentences (document_id, idx, start, "end") VALUES (?, ?, ?, ?) RETURNING id""");
                 PreparedStatement tag = c.prepareStatement("""
                         INSERT INTO tags (sentence_id, annotator_id, label_id, note, created_at, updated_at)
                         VALUES (?, ?, ?, NULL, ?, ?)""")) {
                String now = Rows.now();
                for (int d = 0; d * PER_DOCUMENT < sentences; d++) {
                    StringBuilder text = new StringBuilder();
                    int[][] spans = new int[PER_DOCUMENT][2];
                    for (int s = 0; s < PER_DOCUMENT; s++) {
                        spans[s][0] = text.length();
                        int words = 8 + random.nextInt(20);
                        for (int w = 0; w < words; w++) {
                            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                        }
                        text.append('.');
                        spans[s][1] = text.length();
                        text.append(s % 7 == 6 ? "\n" : " ");
                    }
                    doc.setString(1, "Synthetic article " + d);
                    doc.setString(2, text.toString());
                    doc.setString(3, "synthetic-" + seed + "-" + d);
                    doc.setString(4, now);
                    long docId = returnedId(doc);
                    for (int s = 0; s < PER_DOCUMENT; s++) {
                        sentence.setLong(1, docId);
                        sentence.setInt(2, s);
                        sentence.setInt(3, spans[s][0]);
                        sentence.setInt(4, spans[s][1]);
                        long sentenceId = returnedId(sentence);
                        tag.setLong(1, sentenceId);
                        tag.setLong(2, annotator);
                        tag.setLong(3, 1 + random.nextInt(3));
                        tag.setString(4, now);
                        tag.setString(5, now);
                        tag.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Runs an INSERT … RETURNING id (the library's connection has sqlite-jdbc's generated keys off). */
    private static long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            rs.next();
            return id;
        }
    }
}
