package dev.sentag.ui;

import dev.sentag.model.CodebookLabel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Joins the codebook to the main window: the codebook dialog and the guideline panel beside the sidebar (at the
 * current sentence's label), which the registry's Edit → Codebook… and F1 open, definitions in the label buttons' tooltips, label buttons, keys and colours that
 * follow every codebook change at once, and the unsure mark (the registry's U; counted in the status bar; View →
 * "N visits unsure sentences"). Kept apart from MainWindow, which has no room for it.
 */
final class CodebookWiring {
    private final Stage stage;
    private final SplitPane split;
    private final SidebarView sidebar;
    private final TaggingViewModel tagging;
    private final CodebookViewModel codebook;
    private final Runnable reload;
    private final GuidelinePanel guidelines;
    private final BooleanProperty nextVisitsUnsure = new SimpleBooleanProperty(this, "nextVisitsUnsure");
    private final Label unsureCount = new Label();
    private String labelCss;
    private CodebookDialog dialog;

    CodebookWiring(Stage stage, SplitPane split, SidebarView sidebar, TaggingViewModel tagging,
                   CodebookViewModel codebook, Runnable reload) {
        this.stage = stage;
        this.split = split;
        this.sidebar = sidebar;
        this.tagging = tagging;
        this.codebook = codebook;
        this.reload = reload;
        this.guidelines = new GuidelinePanel(this::toggleGuidelines);
    }

    void install() {
        Scene scene = stage.getScene();
        labelCss = scene.getStylesheets().stream().filter(s -> s.startsWith("data:text/css")).findFirst().orElse(null);
        tagging.labelsProperty().addListener((obs, o, labels) -> {
            scene.getStylesheets().remove(labelCss);
            labelCss = LabelStyles.css(labels);
            scene.getStylesheets().add(labelCss);
        });
        codebook.codebookProperty().addListener((obs, o, c) -> {
            sidebar.describeWith(id -> c.byId(id).map(CodebookLabel::definition).orElse(""));
            guidelines.show(c);
        });
        codebook.onChanged(this::labelsChanged);
        tagging.onCodebookChanged(this::labelsChanged);
        menus((MenuBar) ((BorderPane) scene.getRoot()).getTop());
        statusBar((StatusBarView) ((BorderPane) scene.getRoot()).getBottom());
        codebook.load(labels -> { });
    }

    /** After a codebook change (or its undo): new labels for buttons and keys, and the article again. */
    private void labelsChanged() {
        codebook.load(labels -> {
            tagging.labelsProperty().set(labels);
            reload.run();
        });
    }

    /** Reads the codebook again and shows its labels (F5: another window or the CLI may have changed them). */
    void readLabels() {
        codebook.load(labels -> tagging.labelsProperty().set(labels));
    }

    /** View → "N visits unsure sentences", after the registry's Guidelines item (F1). */
    private void menus(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            if (menu.getText().equals(ActionSpec.MenuName.VIEW.text)) {
                CheckMenuItem unsure = new CheckMenuItem("N _visits unsure sentences");
                unsure.selectedProperty().bindBidirectional(nextVisitsUnsure);
                menu.getItems().add(unsure);
            }
        }
    }

    private void statusBar(StatusBarView bar) {
        unsureCount.getStyleClass().add("unsure-count");
        unsureCount.setId("unsure-count");
        unsureCount.managedProperty().bind(unsureCount.visibleProperty());
        tagging.rows().addListener((javafx.collections.ListChangeListener<SentenceRow>) c -> countUnsure());
        tagging.onLabelChanged(row -> countUnsure());
        bar.getLeftItems().add(Math.min(3, bar.getLeftItems().size()), unsureCount);
        countUnsure();
    }

    private void countUnsure() {
        int n = tagging.state().unsure();
        unsureCount.setText(n + " unsure");
        unsureCount.setVisible(n > 0);
    }

    void openDialog() {
        if (dialog == null) {
            dialog = new CodebookDialog(stage, codebook, tagging::undo);
        }
        dialog.show();
    }

    CodebookDialog dialog() {
        return dialog;
    }

    GuidelinePanel guidelines() {
        return guidelines;
    }

    /** F1: opens the guidelines at the current sentence's label (the first label if it has none), or closes them. */
    void toggleGuidelines() {
        if (split.getItems().contains(guidelines)) {
            split.getItems().remove(guidelines);
            return;
        }
        double[] dividers = split.getDividerPositions();
        split.getItems().add(guidelines);
        split.setDividerPosition(0, dividers[0]);
        split.setDividerPosition(1, Math.min(dividers[1], 0.62));
        split.setDividerPosition(2, 0.78);
        Long label = tagging.currentRow().map(SentenceRow::labelId).orElse(null);
        var active = codebook.codebookProperty().get().active();
        long target = label != null ? label : active.isEmpty() ? -1 : active.get(0).label().id();
        javafx.application.Platform.runLater(() -> guidelines.focus(target));
    }

    /**
     * N, when View → "N visits unsure sentences" is on: the next unsure sentence of the article (or a message that
     * there is none). False when that is off, so N goes to the next untagged sentence.
     */
    boolean nextUnsure() {
        if (!nextVisitsUnsure.get()) {
            return false;
        }
        if (!tagging.nextWhere(r -> r.unsure() && !r.sentence().excluded())) {
            tagging.status().failed("No sentence of this article is marked unsure.");
        }
        return true;
    }

    /** U: marks the current tag unsure, or sure again; shown at once, put back if the write fails. */
    void toggleUnsure() {
        tagging.currentRow().ifPresent(row -> {
            if (row.labelId() == null) {
                tagging.status().failed("Label the sentence first; then U marks the label as unsure.");
                return;
            }
            // Through the save queue, so that while a team library's server is away the mark is kept like a tag.
            tagging.saves().unsure(row, !row.unsureProperty().get(), () -> tagging.rowChanged(row));
        });
    }

    BooleanProperty nextVisitsUnsureProperty() {
        return nextVisitsUnsure;
    }
}
