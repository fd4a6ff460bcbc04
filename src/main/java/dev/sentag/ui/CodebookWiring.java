package dev.sentag.ui;

import dev.sentag.model.CodebookLabel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Joins the codebook to the main window: Edit → Codebook…, the guideline panel beside the sidebar (F1, at the
 * current sentence's label), definitions in the label buttons' tooltips, label buttons, keys and colours that
 * follow every codebook change at once, and the unsure mark (U; counted in the status bar; View → "N visits
 * unsure sentences"). Kept apart from MainWindow, which has no room for it.
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
        // On the window, so these run before the scene's single-key shortcuts (N would go to untagged ones).
        javafx.event.EventHandler<KeyEvent> keys = this::pressed;
        stage.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        // The stage outlives this window when another library opens in it (and in tests): leave with the scene.
        stage.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene o, Scene now) {
                if (now != scene) {
                    stage.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                    stage.sceneProperty().removeListener(this);
                }
            }
        });
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

    private void menus(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            if (menu.getText().equals("_Edit")) {
                MenuItem item = new MenuItem(Actions.CODEBOOK.text());
                item.setAccelerator(KeyCombination.keyCombination(Actions.CODEBOOK.accelerator()));
                item.setOnAction(e -> openDialog());
                menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), item);
            } else if (menu.getText().equals("_View")) {
                MenuItem guide = new MenuItem("_Guidelines (codebook)    F1");
                guide.setOnAction(e -> toggleGuidelines());
                CheckMenuItem unsure = new CheckMenuItem("N _visits unsure sentences");
                unsure.selectedProperty().bindBidirectional(nextVisitsUnsure);
                menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), guide, unsure);
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
        long n = tagging.rows().stream().filter(r -> r.unsureProperty().get() && !r.sentence().excluded()).count();
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

    private void pressed(KeyEvent e) {
        boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
        if (e.getCode() == KeyCode.F1 && !e.isShortcutDown()) {
            toggleGuidelines();
            e.consume();
        } else if (typing || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        } else if (e.getCode() == KeyCode.U) {
            toggleUnsure();
            e.consume();
        } else if (e.getCode() == KeyCode.N && nextVisitsUnsure.get()) {
            if (!tagging.nextWhere(r -> r.unsureProperty().get() && !r.sentence().excluded())) {
                tagging.status().failed("No sentence of this article is marked unsure.");
            }
            e.consume();
        }
    }

    /** U: marks the current tag unsure, or sure again; shown at once, put back if the write fails. */
    private void toggleUnsure() {
        tagging.currentRow().ifPresent(row -> {
            if (row.labelId() == null) {
                tagging.status().failed("Label the sentence first; then U marks the label as unsure.");
                return;
            }
            boolean wanted = !row.unsureProperty().get();
            row.unsureProperty().set(wanted);
            tagging.rowChanged(row);
            tagging.status().started();
            codebook.setUnsure(row.sentence().id(), wanted, tagging.status()::succeeded, reason -> {
                row.unsureProperty().set(!wanted);
                tagging.rowChanged(row);
                tagging.status().failed("Unsure mark not saved: " + reason);
            });
        });
    }

    BooleanProperty nextVisitsUnsureProperty() {
        return nextVisitsUnsure;
    }
}
