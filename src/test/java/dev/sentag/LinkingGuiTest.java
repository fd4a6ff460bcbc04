package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** L, S, the link list and undo, driven by keys on the real window and checked in the database file. */
class LinkingGuiTest {
    @TempDir
    Path dir;

    private GuiSession start() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000);
        return GuiSession.start(db);
    }

    /** "FROM>TO" (sentence indexes) for every link stored in document 1. */
    private static List<String> storedLinks(GuiSession s) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.db);
             var rs = c.createStatement().executeQuery("""
                     SELECT f.idx, t.idx FROM links l JOIN sentences f ON f.id = l.from_sentence_id
                     JOIN sentences t ON t.id = l.to_sentence_id ORDER BY f.idx, t.idx""")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getInt(1) + ">" + rs.getInt(2));
            }
            return out;
        }
    }

    private static Map<Integer, String> storedSpeakers(GuiSession s) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.db);
             var rs = c.createStatement().executeQuery(
                     "SELECT s.idx, p.name FROM speakers p JOIN sentences s ON s.id = p.sentence_id")) {
            Map<Integer, String> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
            return out;
        }
    }

    private static void goTo(GuiSession s, int index) throws Exception {
        s.robot.interact(() -> s.window().tagging().moveTo(index));
        s.waitUntil(() -> s.current() == index);
    }

    private static List<String> badges(GuiSession s) {
        return s.robot.lookup(".link-badge").queryAllAs(Label.class).stream().map(Label::getText).distinct().sorted()
                .toList();
    }

    @Test
    void lThenTypedNumberThenEnterLinksAndShowsBadgesOnBothEnds() throws Exception {
        try (GuiSession s = start()) {
            goTo(s, 13);
            s.robot.type(KeyCode.L, KeyCode.DIGIT4);
            assertEquals(3, s.current(), "typing the number moves the cursor to sentence 4");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            assertEquals(List.of("13>3"), storedLinks(s));
            assertEquals(13, s.current(), "back on the source after linking");
            String saved = s.robot.lookup(".save-state").queryAs(Label.class).getText();
            assertEquals("Saved", saved);
            // The margin is drawn for the paragraphs on screen: each end shows its badge when scrolled to.
            s.waitUntil(() -> badges(s).contains("14 → 4"));
            goTo(s, 3);
            s.waitUntil(() -> badges(s).contains("4 ← 14"));
        }
    }

    @Test
    void lThenJkThenEnterLinksAndEscCancelsWithNothingWritten() throws Exception {
        try (GuiSession s = start()) {
            goTo(s, 15);
            s.robot.type(KeyCode.L, KeyCode.K, KeyCode.K, KeyCode.ESCAPE);
            assertEquals(15, s.current());
            s.robot.type(KeyCode.DIGIT1); // after Esc the label keys tag again
            s.waitSaved();
            assertEquals(List.of(), storedLinks(s));
            assertEquals(Map.of(15, "Claim"), s.storedLabels(1));

            goTo(s, 15);
            s.robot.type(KeyCode.L, KeyCode.DIGIT3); // mid-link a digit is the target's number, not a label key
            assertEquals(2, s.current());
            s.robot.type(KeyCode.ESCAPE);
            assertEquals(15, s.current());
            s.robot.type(KeyCode.L, KeyCode.K, KeyCode.K, KeyCode.ENTER);
            s.waitSaved();
            assertEquals(List.of("15>13"), storedLinks(s));
            assertEquals(Map.of(15, "Claim"), s.storedLabels(1));
        }
    }

    @Test
    void ctrlZTakesTheLinkBackAndCtrlYRedoesIt() throws Exception {
        try (GuiSession s = start()) {
            goTo(s, 13);
            s.robot.type(KeyCode.L, KeyCode.DIGIT4, KeyCode.ENTER);
            s.waitSaved();
            assertEquals(List.of("13>3"), storedLinks(s));

            s.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            s.waitSaved();
            s.waitUntil(() -> storedLinks(s).isEmpty());
            s.waitUntil(() -> badges(s).isEmpty());

            s.robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
            s.waitUntil(() -> storedLinks(s).equals(List.of("13>3")));
        }
    }

    @Test
    void linkListShowsBothDirectionsEnterJumpsAndDeleteRemoves() throws Exception {
        try (GuiSession s = start()) {
            goTo(s, 13);
            s.robot.type(KeyCode.L, KeyCode.DIGIT4, KeyCode.ENTER);
            s.waitSaved();
            goTo(s, 15);
            s.robot.type(KeyCode.L, KeyCode.DIGIT4, KeyCode.ENTER);
            s.waitSaved();
            goTo(s, 3);
            @SuppressWarnings("unchecked")
            ListView<Object> list = s.robot.lookup(".link-list").queryAs(ListView.class);
            s.waitUntil(() -> list.getItems().size() == 2);
            assertTrue(list.getItems().get(0).toString().startsWith("← 14  “Such double standards"),
                    list.getItems().toString());

            s.robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
            s.waitUntil(list::isFocused);
            s.robot.type(KeyCode.J, KeyCode.ENTER);
            s.waitUntil(() -> s.current() == 15);

            s.robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
            s.waitUntil(list::isFocused);
            s.robot.type(KeyCode.DELETE);
            s.waitSaved();
            s.waitUntil(() -> storedLinks(s).equals(List.of("13>3")));
        }
    }

    @Test
    void sSetsTheSpeakerAndSThenEnterRepeatsItOnTheNextSentence() throws Exception {
        try (GuiSession s = start()) {
            goTo(s, 3);
            var field = s.robot.lookup(".sidebar .text-field").queryAllAs(TextField.class).stream()
                    .filter(f -> "Speaker of the current sentence".equals(f.getAccessibleText())).findFirst()
                    .orElseThrow();
            s.robot.type(KeyCode.S);
            s.waitUntil(field::isFocused);
            assertEquals("Finer", field.getText(), "the suggestion from \"Reuters quoted Finer as saying\"");
            assertEquals(Map.of(), storedSpeakers(s), "a suggestion is not saved until accepted");
            s.robot.write("Jon Finer");
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            assertEquals(Map.of(3, "Jon Finer"), storedSpeakers(s));

            s.waitUntil(() -> !field.isFocused());
            s.robot.type(KeyCode.J, KeyCode.S);
            s.waitUntil(field::isFocused);
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            assertEquals(Map.of(3, "Jon Finer", 4, "Jon Finer"), storedSpeakers(s));
            s.waitUntil(() -> s.robot.lookup(".speaker-tag").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().equals("Jon Finer")));

            s.robot.type(KeyCode.S);
            s.waitUntil(field::isFocused);
            s.robot.type(KeyCode.ESCAPE);
            s.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            s.waitUntil(() -> storedSpeakers(s).equals(Map.of(3, "Jon Finer")));
        }
    }
}
