package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.agree.AgreementReport;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View → Agreement… in the real window shows what AgreementService computes on the same library. */
class AgreementGuiTest {
    private static final List<String> LABELS = List.of("Claim", "Response", "Background");

    @TempDir
    Path dir;

    private static void tag(Workspace ws, String who, String labels) {
        ws.annotation().actAs(who);
        for (int i = 0; i < labels.length(); i++) {
            ws.annotation().tag(1, i, LABELS.get("CRB".indexOf(labels.charAt(i))));
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The value the dialog shows for a figure, found by its name. */
    private static String shown(GuiSession s, String name) {
        return s.robot.lookup(".agreement-value").queryAllAs(Label.class).stream()
                .filter(l -> name.equals(l.getUserData())).findFirst().map(Label::getText).orElse("");
    }

    @Test
    void ctrlGShowsTheServicesFiguresAndHeatMapAndFollowsTheAnnotatorChoice() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            tag(ws, "ana", "CCCCCRRRRRBBBB");
            tag(ws, "ben", "CCCCRRRRRCBBRB");
            tag(ws, "cy", "CCBBRRRRRCBBBB");
        }
        try (GuiSession s = GuiSession.start(db)) {
            var agreement = s.app.workspace().agreement();
            AgreementReport three = agreement.report(List.of(), List.of("ana", "ben", "cy"), List.of());
            s.robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
            s.waitUntil(() -> shown(s, "Krippendorff's α").startsWith(f(three.alpha())));
            assertEquals(three.pairableUnits() + " of " + three.units() + " sentences", shown(s, "Units"));
            assertEquals("ana, ben, cy", shown(s, "Annotators"));
            assertEquals(f(three.observedAgreement()), shown(s, "Observed agreement"));
            assertEquals(f(three.fleissKappa()), shown(s, "Fleiss' κ"));
            assertEquals("—  needs exactly two annotators", shown(s, "Cohen's κ"));
            assertHeatMapIs(s, agreement.confusion(List.of(), "ana", "ben", List.of()));

            // The annotators are a ControlsFX CheckListView: each line's graphic is its check box.
            CheckBox cy = s.robot.lookup("#agreement-annotators .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                    .stream().filter(c -> "cy".equals(c.getText())).map(c -> (CheckBox) c.getGraphic())
                    .findFirst().orElseThrow();
            s.robot.clickOn(cy);
            AgreementReport two = agreement.report(List.of(), List.of("ana", "ben"), List.of());
            s.waitUntil(() -> shown(s, "Cohen's κ").equals(f(two.cohenKappa())));
            assertEquals("ana, ben", shown(s, "Annotators"));
            assertTrue(shown(s, "Krippendorff's α").startsWith(f(two.alpha())), shown(s, "Krippendorff's α"));
            assertEquals(f(two.fleissKappa()), shown(s, "Fleiss' κ"));
            assertHeatMapIs(s, two.confusion());

            s.robot.clickOn(cy);
            s.robot.clickOn(cy.getScene().lookup("#agreement-rows"));
            s.robot.clickOn(s.robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                    .filter(c -> "cy".equals(c.getText()) && c.getListView() != null
                            && !"agreement-annotators".equals(c.getListView().getId())) // the popup's, not the checks'
                    .findFirst().orElseThrow());
            s.waitUntil(() -> s.robot.lookup(".heat-map .agreement-section").queryAs(Label.class).getText()
                    .equals("Confusion: cy × ben"));
            assertHeatMapIs(s, agreement.confusion(List.of(), "cy", "ben", List.of()));

            s.robot.clickOn("Close");
            s.waitUntil(() -> s.robot.lookup("#agreement-figures").tryQuery().isEmpty());
        }
    }

    /** Every cell of the heat map prints the count the confusion matrix has for its row and column. */
    private static void assertHeatMapIs(GuiSession s, Map<String, Map<String, Integer>> confusion) {
        for (int r = 0; r < LABELS.size(); r++) {
            for (int c = 0; c < LABELS.size(); c++) {
                Node cell = s.robot.lookup("#heat-" + r + "-" + c).query();
                int expected = confusion.getOrDefault(LABELS.get(r), Map.of()).getOrDefault(LABELS.get(c), 0);
                assertEquals(Integer.toString(expected), ((Label) cell).getText(), LABELS.get(r) + " × " + LABELS.get(c));
            }
        }
    }

    @Test
    void escClosesTheDialogWhereverItsFocusIs() throws Exception {
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (Workspace ws = Workspace.open(db)) {
            tag(ws, "ana", "CCCR");
        }
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
            s.waitUntil(() -> s.robot.lookup(".agreement-dialog").tryQuery().isPresent());
            javafx.stage.Window dialog = s.robot.lookup(".agreement-dialog").query().getScene().getWindow();
            // Opened, the focus is in the annotators' list, which takes Esc for itself unless the dialog sees it first.
            s.robot.type(KeyCode.ESCAPE);
            s.waitUntil(() -> !dialog.isShowing());
        }
    }
}
