package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison view (off until asked for), switching annotator from the menu, and adjudicating as gold:
 * label keys and A write gold's tags, ties write nothing, and the others' tags stay as they were.
 */
class AdjudicationGuiTest {
    /** ana's and cy's majority on 5 and 8; 11 is a tie between ana and ben. */
    private static final Map<Integer, String> ANA = Map.of(2, "Claim", 5, "Claim", 8, "Response", 11, "Claim");
    private static final Map<Integer, String> BEN = Map.of(2, "Claim", 5, "Background", 8, "Claim", 11, "Response");
    private static final Map<Integer, String> CY = Map.of(5, "Claim", 8, "Response");

    @TempDir
    Path dir;

    private Path seeded() {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            for (var coder : Map.of("ana", ANA, "ben", BEN, "cy", CY).entrySet()) {
                ws.annotation().actAs(coder.getKey());
                coder.getValue().forEach((index, label) -> ws.annotation().tag(1, index, label));
            }
            ws.annotation().switchAnnotator("ana");
        }
        return db;
    }

    @Test
    void theOthersShowOnlyInTheComparisonView() throws Exception {
        try (GuiSession s = GuiSession.start(seeded())) {
            Label others = s.robot.lookup(".other-annotators").queryAs(Label.class);
            s.robot.interact(() -> s.window().tagging().moveTo(5));
            assertFalse(others.isVisible(), "off by default: ana sees only her own tags");
            assertFalse(style(s, 8).contains("disputed"));

            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
            s.waitUntil(others::isVisible);
            assertEquals("ben: Background\ncy: Claim", others.getText());
            assertTrue(style(s, 8).contains("disputed"), "a disputed sentence is marked in the article");
            assertFalse(style(s, 3).contains("disputed"));

            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
            s.waitUntil(() -> !others.isVisible());
            assertFalse(style(s, 8).contains("disputed"));

            s.robot.type(KeyCode.D);
            s.waitUntil(others::isVisible);
            assertEquals(8, s.current(), "D with the view off turns it on and jumps");
            assertTrue(notice(s).startsWith("Comparison view on"), notice(s));
        }
    }

    @Test
    void switchingAnnotatorFromTheMenuWritesTheNewAnnotatorsTags() throws Exception {
        try (GuiSession s = GuiSession.start(seeded())) {
            s.robot.clickOn("File").clickOn("Switch annotator…");
            s.waitUntil(() -> s.robot.lookup(".annotator-dialog").tryQuery().isPresent());
            TextField name = s.robot.lookup(".annotator-dialog .text-field").queryAs(TextField.class);
            assertEquals("ana", name.getText());
            s.robot.interact(() -> name.setText("dora"));
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.robot.lookup(".new-annotator-confirm").tryQuery().isPresent());
            var confirm = s.robot.lookup(".new-annotator-confirm").queryAs(javafx.scene.control.DialogPane.class);
            assertTrue(confirm.getHeaderText().contains("“dora” has not tagged here before"), confirm.getHeaderText());
            assertEquals("Annotators so far: ana, ben, cy.", confirm.getContentText());
            s.robot.clickOn(confirm.lookupButton(javafx.scene.control.ButtonType.OK));
            s.waitUntil(() -> statusAnnotator(s).equals("annotator: dora"));
            s.waitUntil(() -> s.window().tagging().rows().get(5).labelId() == null);
            s.robot.interact(() -> s.window().focusArticleNow());
            s.robot.interact(() -> s.window().tagging().moveTo(5));
            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            assertEquals(Map.of(5, "Response"), labelsOf(s, "dora"));
            assertEquals(new TreeMap<>(ANA), labelsOf(s, "ana"), "ana's tags are untouched");
        }
    }

    @Test
    void onStartTheWindowSaysWhoIsTaggingAndSwitchingOffersTheKnownNames() throws Exception {
        try (GuiSession s = GuiSession.start(seeded())) {
            assertTrue(notice(s).startsWith("Tagging as ana — not you?"), notice(s));
            s.robot.clickOn("File").clickOn("Switch annotator…");
            s.waitUntil(() -> s.robot.lookup(".annotator-dialog").tryQuery().isPresent());
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> names = s.robot.lookup(".annotator-dialog .combo-box")
                    .queryAs(javafx.scene.control.ComboBox.class);
            assertEquals(java.util.List.of("ana", "ben", "cy"), names.getItems(), "gold is no one to switch to");
            TextField name = s.robot.lookup(".annotator-dialog .text-field").queryAs(TextField.class);
            s.robot.interact(() -> name.setText("ben"));
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> statusAnnotator(s).equals("annotator: ben"));
            assertTrue(s.robot.lookup(".new-annotator-confirm").tryQuery().isEmpty(), "a known name needs no question");

            s.robot.clickOn("File").clickOn("Switch annotator…");
            s.waitUntil(() -> s.robot.lookup(".annotator-dialog").tryQuery().isPresent());
            TextField again = s.robot.lookup(".annotator-dialog .text-field").queryAs(TextField.class);
            s.robot.interact(() -> again.setText("bne"));
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.robot.lookup(".new-annotator-confirm").tryQuery().isPresent());
            var confirm = s.robot.lookup(".new-annotator-confirm").queryAs(javafx.scene.control.DialogPane.class);
            s.robot.clickOn(confirm.lookupButton(javafx.scene.control.ButtonType.CANCEL));
            s.waitUntil(() -> s.robot.lookup(".new-annotator-confirm").tryQuery().isEmpty());
            assertEquals("annotator: ben", statusAnnotator(s), "a typo does not create a new coder");
            assertEquals(0, s.count("SELECT count(*) FROM annotators WHERE name = 'bne'"));
        }
    }

    @Test
    void adjudicatingWritesGoldAndLeavesTheOthersAlone() throws Exception {
        try (GuiSession s = GuiSession.start(seeded())) {
            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
            s.waitUntil(() -> statusAnnotator(s).equals("Adjudicating as gold"));
            s.waitUntil(() -> s.window().library().annotatorProperty().get().equals("gold"));
            s.waitUntil(() -> progress(s).contains("3 disagreements to decide"));
            Label others = s.robot.lookup(".other-annotators").queryAs(Label.class);
            assertTrue(others.isVisible(), "adjudicating turns the comparison on");

            s.robot.type(KeyCode.D);
            assertEquals(5, s.current());
            assertEquals("ana: Claim\nben: Background\ncy: Claim\nMajority: Claim (2 of 3)", others.getText(),
                    "the saved annotator is one of the others now");
            s.robot.type(KeyCode.DIGIT3);
            s.waitSaved();
            assertEquals(Map.of(5, "Background"), labelsOf(s, "gold"), "the adjudicator may overrule the majority");
            s.waitUntil(() -> progress(s).contains("2 disagreements to decide"));
            assertEquals(8, s.current(), "a label moves on to the next disagreement left");

            s.robot.type(KeyCode.A);
            s.waitSaved();
            assertEquals(Map.of(5, "Background", 8, "Response"), labelsOf(s, "gold"));
            s.waitUntil(() -> progress(s).contains("1 disagreement to decide"));
            assertEquals(11, s.current());

            s.robot.type(KeyCode.A);
            s.waitUntil(() -> notice(s).startsWith("Tie between Claim and Response"));
            assertEquals(11, s.current());
            assertEquals(Map.of(5, "Background", 8, "Response"), labelsOf(s, "gold"), "a tie writes nothing");
            assertTrue(progress(s).contains("1 disagreement to decide"), progress(s));

            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> labelsOf(s, "gold").equals(Map.of(5, "Background")));
            s.waitUntil(() -> progress(s).contains("2 disagreements to decide"));

            assertEquals(new TreeMap<>(ANA), labelsOf(s, "ana"));
            assertEquals(new TreeMap<>(BEN), labelsOf(s, "ben"));
            assertEquals(new TreeMap<>(CY), labelsOf(s, "cy"));

            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
            s.waitUntil(() -> statusAnnotator(s).equals("annotator: ana"));
            s.waitUntil(() -> "Claim".equals(labelName(s, 5)));
            assertFalse(others.isVisible(), "leaving puts the comparison view back as it was");
        }
    }

    @Test
    void acceptAllAgreedTakesEveryAgreedSentenceIntoGoldAsOneUndoableChange() throws Exception {
        try (GuiSession s = GuiSession.start(seeded())) {
            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
            s.waitUntil(() -> s.window().library().annotatorProperty().get().equals("gold"));
            s.waitUntil(() -> progress(s).startsWith("Gold 0 of "));
            assertTrue(progress(s).contains("3 disagreements to decide, 1 agreed (Ctrl+Shift+A takes it)"), progress(s));
            s.robot.interact(() -> s.window().tagging().moveTo(5));
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();

            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
            s.waitUntil(() -> labelsOf(s, "gold").equals(Map.of(2, "Claim", 5, "Claim")));
            s.waitUntil(() -> progress(s).startsWith("Gold 2 of "));
            assertTrue(progress(s).contains("2 disagreements to decide") && !progress(s).contains("agreed"), progress(s));
            assertTrue(notice(s).startsWith("Gold: accepted 1 agreed sentence"), notice(s));

            int at = s.current();
            s.robot.push(KeyCode.CONTROL, KeyCode.Z);
            s.waitUntil(() -> labelsOf(s, "gold").equals(Map.of(5, "Claim")));
            s.waitUntil(() -> progress(s).contains("1 agreed"));
            assertEquals(at, s.current(), "undoing the whole batch keeps the reader's place");

            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            s.waitUntil(() -> labelsOf(s, "gold").equals(Map.of(2, "Claim", 5, "Claim")));
            assertEquals(new TreeMap<>(ANA), labelsOf(s, "ana"));
            assertEquals(new TreeMap<>(BEN), labelsOf(s, "ben"));
        }
    }

    @Test
    void aTieMessageGoesWithItsSentenceAndNoDisagreementsLeftIsSaidOnce() throws Exception {
        try (GuiSession s = GuiSession.start(seeded())) {
            s.robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
            s.waitUntil(() -> s.window().library().annotatorProperty().get().equals("gold"));
            s.robot.interact(() -> s.window().tagging().moveTo(11));
            s.robot.type(KeyCode.A);
            s.waitUntil(() -> notice(s).startsWith("Tie between Claim and Response"));

            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            s.waitUntil(() -> !notice(s).startsWith("Tie"));
            s.robot.interact(() -> s.window().tagging().moveTo(5));
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            s.robot.type(KeyCode.DIGIT2);
            s.waitSaved();
            s.waitUntil(() -> progress(s).contains("no disagreements left"));
            String all = progress(s) + " " + notice(s);
            assertEquals(all.indexOf("o disagreements left"), all.lastIndexOf("o disagreements left"), all);
        }
    }

    private static String labelName(GuiSession s, int index) {
        Long id = s.window().tagging().rows().get(index).labelId();
        return id == null ? null : s.window().tagging().labelsProperty().get().byId(id).orElseThrow().name();
    }

    private static java.util.Collection<String> style(GuiSession s, int index) {
        var area = s.robot.lookup(".article").queryAs(StyleClassedTextArea.class);
        return area.getStyleOfChar(s.window().tagging().rows().get(index).sentence().start() + 1);
    }

    private static String statusAnnotator(GuiSession s) {
        return s.robot.lookup(".annotator-state").queryAs(Label.class).getText();
    }

    private static String progress(GuiSession s) {
        return s.robot.lookup(".progress-state").queryAs(Label.class).getText();
    }

    private static String notice(GuiSession s) {
        return s.window().library().noticeProperty().get();
    }

    /** The labels one annotator has stored on document 1, by sentence index, read from the file. */
    private static Map<Integer, String> labelsOf(GuiSession s, String annotator) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.db);
             var ps = c.prepareStatement("""
                     SELECT s.idx, l.name FROM tags t JOIN sentences s ON s.id = t.sentence_id
                     JOIN labels l ON l.id = t.label_id JOIN annotators a ON a.id = t.annotator_id
                     WHERE s.document_id = 1 AND a.name = ?""")) {
            ps.setString(1, annotator);
            Map<Integer, String> out = new TreeMap<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
            return out;
        }
    }
}
