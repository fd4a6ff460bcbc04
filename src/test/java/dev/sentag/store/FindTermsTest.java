package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.segment.GoldCase;
import dev.sentag.segment.GoldScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terms a PostgreSQL library indexes are the terms SQLite's FTS5 makes of the same text with V007's tokenizer,
 * read back from FTS5 itself (fts5vocab): every gold text, both seeds and a list of awkward strings.
 */
class FindTermsTest {
    private static final Path GOLD = Path.of("..", "shared", "data", "sentences");

    private static final List<String> AWKWARD = List.of(
            "Généralitat de Catalunya, Zürich, İstanbul, ǖber, NAÏVE CAFÉ, Ærø, Łódź, straße, ﬁne",
            "Pakistan’s U.S.-made long-range missiles: state-owned, 3.5%, v1.2.3, a@b.com, http://x.org/a_b",
            "respond responded responding response responses responsive responsibility irresponsible",
            "news new newly generalization generalisation generously hopefulness conditional rational",
            "agreed feed bled sing sky says yyed ayed happy hoping hopping filing failing tanned fizzed",
            "relational, sensibility, formalize, electricity, adjustable, dependent, adoption, homologous",
            "controlling rolling roll probate rate cease caresses ponies ties caress cats ties plastered",
            "Ελληνικά Αθήνα, Москва МОСКВА, 北京市, عربي, हिन्दी भाषा, e\u0301tat, \u0301lone accent",
            "x", "ab", "abc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaationalization",
            "emoji 😀 in\u00a0between\u2009thin spaces and a soft\u00adhyphen, 𝐁𝐨𝐥𝐝 math, ①②, Ⅻ, ½, under_score",
            "");

    @Test
    void everyTextIsTokenizedAndStemmedAsFts5DoesIt() throws Exception {
        List<String> texts = new ArrayList<>(AWKWARD);
        for (String file : List.of("golden_rules_en.jsonl", "gum_news_en.jsonl", "seeds_gold_en.jsonl",
                "seeds_wholefile_gold_en.jsonl")) {
            for (GoldCase c : GoldScorer.readCases(GOLD.resolve(file))) {
                texts.add(c.text());
            }
        }
        for (Path seed : SeedFiles.both()) {
            texts.add(Files.readString(seed));
        }
        List<List<String>> fts5 = fts5Terms(texts);
        int terms = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(fts5.get(i), FindTerms.stemmed(texts.get(i)), texts.get(i));
            terms += fts5.get(i).size();
        }
        assertTrue(terms > 15_000, "a real corpus was compared: " + terms);
    }

    @Test
    void aTsvectorHoldsEachTermWithItsPosition() {
        assertEquals("'generalitat':1 'de':2 'catalunya':3", FindTerms.tsvector("Généralitat de Catalunya"));
        assertEquals("'new':1 'new':2 'respons':3", FindTerms.tsvector("News, new — responses!"));
        assertEquals("", FindTerms.tsvector(" … "));
        assertEquals("'it''s'", FindTerms.lexeme("it's"));
    }

    /** The terms FTS5 stores for each text, in position order. */
    private static List<List<String>> fts5Terms(List<String> texts) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')");
            st.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO f (rowid, text) VALUES (?, ?)")) {
                for (int i = 0; i < texts.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, texts.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<List<String>> out = new ArrayList<>();
            texts.forEach(t -> out.add(new ArrayList<>()));
            try (ResultSet rs = st.executeQuery("SELECT doc, term FROM v ORDER BY doc, \"offset\"")) {
                while (rs.next()) {
                    out.get(rs.getInt(1)).add(rs.getString(2));
                }
            }
            return out;
        }
    }
}
