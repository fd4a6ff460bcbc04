package dev.sentag.ui;

import dev.sentag.annotate.ColourContrast;
import dev.sentag.model.Codebook;
import dev.sentag.model.CodebookLabel;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guidelines beside the sidebar: one page per active label (its name on its colour, key, definition,
 * when it applies and when not, examples). F1 opens it at the current sentence's label; it stays open while
 * tagging until closed.
 */
final class GuidelinePanel extends VBox {
    private final VBox pages = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final Map<Long, VBox> byLabel = new HashMap<>();

    GuidelinePanel(Runnable close) {
        getStyleClass().add("guideline-panel");
        setId("guideline-panel");
        setSpacing(8);
        Label header = new Label("CODEBOOK");
        header.getStyleClass().add("pane-header");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button closeButton = new Button("Close");
        closeButton.setId("guideline-close");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> close.run());
        closeButton.setTooltip(new javafx.scene.control.Tooltip("Close the guidelines (F1)"));
        HBox top = new HBox(8, header, grow, closeButton);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(top, scroll);
        setMinWidth(220);
        setPrefWidth(300);
    }

    /** Shows the pages of this codebook (again, after a change). */
    void show(Codebook codebook) {
        byLabel.clear();
        pages.getChildren().clear();
        for (CodebookLabel l : codebook.active()) {
            VBox page = page(l);
            byLabel.put(l.label().id(), page);
            pages.getChildren().add(page);
        }
        if (codebook.active().isEmpty()) {
            pages.getChildren().add(new Label("No labels yet — Edit → Codebook… adds them."));
        }
    }

    /** Highlights a label's page and scrolls to it. */
    void focus(long labelId) {
        byLabel.forEach((id, page) -> page.pseudoClassStateChanged(SELECTED, id == labelId));
        VBox page = byLabel.get(labelId);
        if (page != null) {
            applyCss();
            layout();
            double total = pages.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(total <= 0 ? 0 : Math.min(1, page.getBoundsInParent().getMinY() / total));
        }
    }

    /** The text of a label's page, for tests and the accessibility tree. */
    String pageText(long labelId) {
        VBox page = byLabel.get(labelId);
        if (page == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        page.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                out.append(l.getText()).append('\n');
            }
        });
        return out.toString();
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private static VBox page(CodebookLabel l) {
        Label name = chip(l);
        VBox page = new VBox(4, name);
        page.getStyleClass().add("guideline-page");
        page.setId("guideline-" + l.label().id());
        add(page, "guideline-definition", l.definition().isBlank() ? "No definition yet (Edit → Codebook…)." : l.definition());
        if (!l.includeNote().isBlank()) {
            add(page, "guideline-note", "Use when: " + l.includeNote());
        }
        if (!l.excludeNote().isBlank()) {
            add(page, "guideline-note", "Not when: " + l.excludeNote());
        }
        for (String example : l.examples()) {
            add(page, "guideline-example", "“" + example + "”");
        }
        return page;
    }

    /** A label's name on its colour at the chip strength, in ink: the combination the contrast rule checks. */
    static Label chip(CodebookLabel l) {
        Label name = new Label((l.label().key() == null ? "" : l.label().key() + "  ") + l.name());
        name.getStyleClass().add("codebook-chip");
        // Opaque, so the dark theme's background does not show through and darken it under the dark ink.
        name.setStyle("-fx-background-color: " + ColourContrast.chip(l.label().colour())
                + "; -fx-text-fill: " + ColourContrast.INK + ";");
        return name;
    }

    private static void add(VBox page, String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        page.getChildren().add(label);
    }
}
