package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison view shows another annotator's links, D stops where links differ, and gold can accept one. */
class LinkComparisonGuiTest {
    @TempDir
    Path dir;

    /** ann and bob tag alike; only bob links 14 → 4 (index 13 → 3) and names its speaker. */
    private Path library() {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        try (Workspace ws = Workspace.open(db)) {
            for (String who : new String[] {"bob", "ann"}) {
                ws.annotation().switchAnnotator(who);
                ws.annotation().tag(1, 3, "Claim");
                ws.annotation().tag(1, 13, "Response");
                if (who.equals("bob")) {
                    ws.links().link(1, 13, 3, null);
                    ws.links().speaker(1, 13, "Pakistan Foreign Office");
                }
            }
        }
        return db;
    }

    @Test
    void dStopsWhereOnlyTheLinksDifferAndTheListShowsTheOthersLink() throws Exception {
        try (GuiSession s = GuiSession.start(library())) {
            s.robot.type(KeyCode.D);
            s.waitUntil(() -> s.current() == 13);
            @SuppressWarnings("unchecked")
            ListView<Object> list = s.robot.lookup(".link-list").queryAs(ListView.class);
            s.waitUntil(() -> list.getItems().size() == 1);
            assertTrue(list.getItems().get(0).toString().startsWith("bob: → 4  “Candidly"), list.getItems().toString());
            s.robot.type(KeyCode.D);
            s.waitUntil(() -> s.robot.lookup(".save-state").tryQuery().isPresent());
            assertEquals(13, s.current(), "no other disagreement in the article: the labels all agree");
        }
    }

    @Test
    void adjudicatingGoldAcceptsAnotherAnnotatorsLinkWithA() throws Exception {
        try (GuiSession s = GuiSession.start(library())) {
            s.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
            s.waitUntil(() -> s.window().comparison().adjudicatingProperty().get()
                    && "gold".equals(s.window().library().annotatorProperty().get()));
            s.robot.interact(() -> s.window().tagging().moveTo(13));
            s.waitUntil(() -> s.current() == 13);
            @SuppressWarnings("unchecked")
            ListView<Object> list = s.robot.lookup(".link-list").queryAs(ListView.class);
            s.waitUntil(() -> list.getItems().size() == 1);
            s.robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
            s.waitUntil(list::isFocused);
            s.robot.type(KeyCode.A);
            s.waitSaved();
            s.waitUntil(() -> s.count("""
                    SELECT count(*) FROM links l JOIN annotators a ON a.id = l.annotator_id
                    JOIN sentences f ON f.id = l.from_sentence_id JOIN sentences t ON t.id = l.to_sentence_id
                    WHERE a.name = 'gold' AND f.idx = 13 AND t.idx = 3""") == 1);

            // The speaker field offers what bob said; Enter accepts it for gold.
            s.robot.type(KeyCode.ESCAPE, KeyCode.S);
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("""
                    SELECT count(*) FROM speakers p JOIN annotators a ON a.id = p.annotator_id
                    WHERE a.name = 'gold' AND p.name = 'Pakistan Foreign Office'""") == 1);
        }
    }
}
