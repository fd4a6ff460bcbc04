package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.perf.SyntheticCorpus;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.Collection;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big library stays light: the article list makes cells only for the rows on screen, the window holds the
 * sentences of the open article only, and the article view styles every one of them in its single pass.
 */
class LibraryMemoryGuiTest {
    static final int ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void onlyVisibleListCellsAndTheOpenArticlesSentencesAreBuilt() throws Exception {
        Path db = dir.resolve("library.db");
        var corpus = new SyntheticCorpus(3);
        try (Workspace ws = Workspace.open(db)) {
            for (int i = 0; i < ARTICLES; i++) {
                ws.imports().importPasted(corpus.article(i), "Article " + i);
            }
        }
        try (GuiSession s = GuiSession.start(db)) {
            assertTrue(s.window().library().documents().size() >= ARTICLES, "every article is listed");
            int cells = WaitForAsyncUtils.asyncFx(() -> s.robot.lookup(".library .list-cell").queryAll().size()).get();
            assertTrue(cells < 60, cells + " list cells for " + ARTICLES + " articles: the list is not virtualised");
            assertHoldsOnlyTheOpenArticle(s);

            long first = s.window().tagging().documentProperty().get().id();
            s.robot.type(KeyCode.PAGE_DOWN);
            s.waitUntil(() -> s.window().tagging().documentProperty().get().id() != first);
            assertHoldsOnlyTheOpenArticle(s);
            assertEverySentenceStyled(s);

            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            var tagged = s.window().tagging().rows().get(0);
            assertTrue(style(s, (tagged.sentence().start() + tagged.sentence().end()) / 2)
                    .contains("label-" + tagged.labelId()), "the tagged sentence shows its label");
        }
    }

    private static void assertHoldsOnlyTheOpenArticle(GuiSession s) throws Exception {
        long open = s.window().tagging().documentProperty().get().id();
        assertEquals(s.count("SELECT count(*) FROM sentences WHERE idx IS NOT NULL AND document_id = " + open),
                s.window().tagging().rows().size(), "the window holds the open article's sentences, no others");
    }

    private static void assertEverySentenceStyled(GuiSession s) throws Exception {
        var rows = s.window().tagging().rows();
        for (int i = 0; i < rows.size(); i++) {
            var sentence = rows.get(i).sentence();
            Collection<String> style = style(s, (sentence.start() + sentence.end()) / 2);
            String expected = sentence.excluded() ? "excluded" : "untagged";
            assertTrue(style.contains("sentence") && style.contains(expected), "sentence " + i + ": " + style);
            assertEquals(i == s.current(), style.contains("current"), "sentence " + i + ": " + style);
        }
    }

    private static Collection<String> style(GuiSession s, int position) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> s.robot.lookup(".article").queryAs(StyleClassedTextArea.class)
                .getStyleOfChar(position)).get();
    }
}
