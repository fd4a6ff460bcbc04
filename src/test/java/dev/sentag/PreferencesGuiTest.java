package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.ui.Theme;
import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit → Preferences… driven with keys and clicks: what it saves, what the window does with it, after a restart too. */
class PreferencesGuiTest {
    @TempDir
    Path dir;

    private Path seededDatabase() {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_000, GuiSession.SEED_003);
        return db;
    }

    @AfterEach
    void lightAgain() throws Exception {
        // The theme is the application's: leave it light for the next test class.
        org.testfx.api.FxToolkit.setupFixture(() -> Theme.LIGHT.apply());
    }

    private static void openPreferences(GuiSession s) throws Exception {
        s.robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        s.waitUntil(() -> s.robot.lookup(".preferences-dialog").tryQuery().isPresent());
    }

    private static void save(GuiSession s) throws Exception {
        // The dialog's own button (the status bar has a hidden Cancel, a menu has Save-like words).
        s.robot.clickOn(s.robot.from(s.robot.lookup(".preferences-dialog").queryAs(javafx.scene.Node.class))
                .lookup(".button").queryAllAs(Button.class).stream().filter(b -> "Save".equals(b.getText()))
                .findFirst().orElseThrow());
        s.waitUntil(() -> s.robot.lookup(".preferences-dialog").tryQuery().isEmpty());
        s.robot.interact(() -> s.window().focusArticleNow());
        s.waitUntil(() -> s.window().readyForKeys());
    }

    private static String articleStyle(GuiSession s) {
        return s.robot.lookup(".article").queryAs(StyleClassedTextArea.class).getStyle();
    }

    @Test
    void themeTextSizeAndAutoAdvanceAreSavedAppliedAndKeptAfterARestart() throws Exception {
        Path db = seededDatabase();
        try (GuiSession s = GuiSession.start(db)) {
            assertEquals(Theme.LIGHT, Theme.shown());
            openPreferences(s);
            s.robot.clickOn("#prefs-theme-dark");
            for (int i = 0; i < 4; i++) {
                s.robot.clickOn("#prefs-text-size .increment-arrow-button");
            }
            s.robot.clickOn("#prefs-auto-advance .thumb");
            save(s);
            assertEquals(Theme.DARK, Theme.shown());
            assertTrue(s.window().scene().getStylesheets().stream().anyMatch(u -> u.endsWith("sentag-dark.css")),
                    "the main window has the dark variables");
            assertTrue(articleStyle(s).contains("-fx-font-size: 20.0px"), articleStyle(s));
            assertFalse(s.window().tagging().autoAdvanceProperty().get());
            String saved = Files.readString(dir.resolve("preferences.properties"));
            assertTrue(saved.contains("theme=dark") && saved.contains("textSize=20.0")
                    && saved.contains("autoAdvance=false"), saved);

            // Without auto-advance a label key tags and stays.
            int at = s.current();
            s.robot.type(KeyCode.DIGIT1);
            s.waitSaved();
            assertEquals(at, s.current());

            // A dialog opened now is dark too.
            openPreferences(s);
            var pane = s.robot.lookup(".preferences-dialog").queryAs(javafx.scene.Node.class);
            assertTrue(pane.getScene().getStylesheets().stream().anyMatch(u -> u.endsWith("sentag-dark.css")));
            s.robot.clickOn(((javafx.scene.control.DialogPane) pane).lookupButton(javafx.scene.control.ButtonType.CANCEL));
            s.waitUntil(() -> s.robot.lookup(".preferences-dialog").tryQuery().isEmpty());
        }
        try (GuiSession s = GuiSession.start(db)) {
            assertEquals(Theme.DARK, Theme.shown(), "remembered");
            assertTrue(articleStyle(s).contains("-fx-font-size: 20.0px"), articleStyle(s));
            assertFalse(s.window().tagging().autoAdvanceProperty().get());
        }
    }

    @Test
    void aKeyIsReboundAConflictIsRefusedAndResetRestoresTheDefaults() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            openPreferences(s);
            Button next = s.robot.lookup("#key-next_sentence").queryAs(Button.class);
            assertEquals("J", next.getText());
            Label message = s.robot.lookup("#prefs-key-message").queryAs(Label.class);
            s.robot.clickOn(next).type(KeyCode.L);
            s.waitUntil(() -> message.getText().contains("already does “Link the sentence to another”"));
            assertEquals("J", next.getText(), "refused: L is the link key");
            s.robot.clickOn(next).type(KeyCode.H);
            s.waitUntil(() -> next.getText().equals("H"));

            Button previous = s.robot.lookup("#key-previous_sentence").queryAs(Button.class);
            s.robot.clickOn(previous).type(KeyCode.N);
            s.waitUntil(() -> message.getText().contains("already does “Next untagged sentence”"));
            assertEquals("K", previous.getText(), "refused: K stays");
            s.robot.clickOn(previous).type(KeyCode.DIGIT2);
            s.waitUntil(() -> message.getText().contains("label of the codebook"));
            assertEquals("K", previous.getText());
            save(s);

            int at = s.current();
            s.robot.type(KeyCode.H);
            s.waitUntil(() -> s.current() == at + 1);
            s.robot.type(KeyCode.J);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertEquals(at + 1, s.current(), "J no longer moves");
            s.robot.type(KeyCode.DOWN);
            s.waitUntil(() -> s.current() == at + 2);
            assertTrue(Files.readString(dir.resolve("preferences.properties")).contains("key.NEXT_SENTENCE=H"));
            // The ? overlay shows the key as it is now.
            s.robot.write("?");
            s.waitUntil(() -> s.robot.lookup(".shortcut-table").tryQuery().isPresent());
            assertTrue(s.robot.lookup(".shortcut-keys").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().equals("↓ or H")), "the overlay names H");
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.robot.lookup(".shortcut-table").tryQuery().isEmpty());
            s.robot.interact(() -> s.window().focusArticleNow());
            s.waitUntil(() -> s.window().readyForKeys());

            openPreferences(s);
            s.robot.clickOn("#prefs-reset-keys");
            s.waitUntil(() -> s.robot.lookup("#key-next_sentence").queryAs(Button.class).getText().equals("J"));
            save(s);
            s.robot.type(KeyCode.J);
            s.waitUntil(() -> s.current() == at + 3);
            assertTrue(Files.readString(dir.resolve("preferences.properties")).contains("key.NEXT_SENTENCE=J"));
        }
    }

    @Test
    void theFormerlyFixedKeysAreReboundTooAndTheMenuAndOverlayFollow() throws Exception {
        try (GuiSession s = GuiSession.start(seededDatabase())) {
            openPreferences(s);
            Button guidelines = s.robot.lookup("#key-guidelines").queryAs(Button.class);
            Button link = s.robot.lookup("#key-link").queryAs(Button.class);
            Label message = s.robot.lookup("#prefs-key-message").queryAs(Label.class);
            assertEquals("F1", guidelines.getText());
            s.robot.clickOn(link).type(KeyCode.DIGIT1);
            s.waitUntil(() -> message.getText().contains("already tags with “Claim”, a label of the codebook"));
            s.robot.clickOn(link).press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            s.waitUntil(() -> message.getText().contains("Ctrl+Z already does “Undo”"));
            assertEquals("L", link.getText(), "refused twice: L stays");
            s.robot.clickOn(link).press(KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT);
            s.waitUntil(() -> link.getText().equals("Shift+K"));
            s.robot.clickOn(guidelines).type(KeyCode.F9);
            s.waitUntil(() -> guidelines.getText().equals("F9"));
            save(s);

            javafx.scene.control.MenuBar bar = s.robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            assertTrue(bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .anyMatch(i -> "_Guidelines (codebook)".equals(i.getText()) && i.getAccelerator() != null
                            && "F9".equals(i.getAccelerator().getDisplayText())), "the menu names the new key");
            s.robot.type(KeyCode.F1);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertTrue(s.robot.lookup(".guideline-panel").tryQuery().filter(n -> n.getScene() != null).isEmpty(),
                    "F1 no longer opens the guidelines");
            s.robot.type(KeyCode.F9);
            s.waitUntil(() -> s.robot.lookup(".guideline-panel").tryQuery().filter(n -> n.getScene() != null).isPresent());
            s.robot.interact(() -> s.window().focusArticleNow());
            s.waitUntil(() -> s.window().readyForKeys());

            assertTrue(s.robot.lookup(".others-hint").queryAllAs(Label.class).stream()
                    .anyMatch(l -> l.getText().startsWith("Shift+K link · Shift+L to this list")), "the sidebar names it");
            // Shift+K starts a link now; J then Enter links (the link mode itself is unchanged).
            int at = s.current();
            s.robot.press(KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT);
            s.robot.type(KeyCode.J);
            s.waitUntil(() -> s.current() == at + 1);
            s.robot.type(KeyCode.ENTER);
            s.waitSaved();
            s.waitUntil(() -> s.count("SELECT count(*) FROM links") == 1);
            assertTrue(Files.readString(dir.resolve("preferences.properties")).contains("key.LINK=Shift+K"));
            s.robot.write("?");
            s.waitUntil(() -> s.robot.lookup(".shortcut-table").tryQuery().isPresent());
            var shown = s.robot.lookup(".shortcut-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
            assertTrue(shown.contains("Shift+K") && shown.contains("F9") && !shown.contains("F1"), shown.toString());
            s.robot.type(KeyCode.ENTER);
            s.waitUntil(() -> s.robot.lookup(".shortcut-table").tryQuery().isEmpty());
        }
    }

    @Test
    void nCanGoOnToTheNextArticleWithUntaggedSentences() throws Exception {
        Path db = seededDatabase();
        try (Workspace ws = Workspace.open(db)) {
            for (var sentence : ws.annotation().open(1).orElseThrow().sentences()) {
                if (!sentence.excluded()) {
                    ws.annotation().tag(1, sentence.index(), "claim");
                }
            }
        }
        try (GuiSession s = GuiSession.start(db)) {
            assertEquals(1, s.window().tagging().documentProperty().get().id());
            s.robot.type(KeyCode.N);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, s.window().tagging().documentProperty().get().id(), "by default N stays in the article");

            openPreferences(s);
            s.robot.clickOn("#prefs-next-visit");
            s.robot.clickOn("Untagged sentences, then on to the next article that has some");
            save(s);
            s.robot.type(KeyCode.N);
            s.waitUntil(() -> s.window().tagging().documentProperty().get().id() == 2);
            assertTrue(s.window().tagging().currentRow().orElseThrow().labelId() == null, "on an untagged sentence");
        }
    }
}
