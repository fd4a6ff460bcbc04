package dev.sentag.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The bottom line (a ControlsFX {@link StatusBar}): save state, progress in the open article and library notices
 * on the left; the comparison, auto-advance and the annotator on the right.
 */
final class StatusBarView extends StatusBar {
    StatusBarView(TaggingViewModel tagging, LibraryViewModel library, ComparisonViewModel comparison) {
        getStyleClass().add("sentag-status");
        setText("");
        SaveStatus status = tagging.status();
        Label save = new Label();
        save.getStyleClass().add("save-state");
        save.textProperty().bind(Bindings.createStringBinding(() -> switch (status.stateProperty().get()) {
            case IDLE -> "Ready";
            case SAVING -> "Saving…";
            case SAVED, OFFLINE -> status.messageProperty().get();
            case FAILED -> status.messageProperty().get() + "  (click to dismiss)";
        }, status.stateProperty(), status.messageProperty()));
        status.stateProperty().addListener((obs, o, s) -> {
            save.getStyleClass().removeAll("saving", "saved", "failed", "offline");
            save.getStyleClass().add(s.name().toLowerCase(java.util.Locale.ROOT));
            save.setGraphic(icon(s));
        });
        save.setOnMouseClicked(e -> status.dismiss());
        save.setTooltip(new Tooltip("Tags are saved to the database as you make them."));
        Label progress = new Label();
        progress.getStyleClass().add("progress-state");
        progress.textProperty().bind(Bindings.createStringBinding(() -> tagging.documentProperty().get() == null
                        ? "No article open"
                        : comparison.adjudicatingProperty().get() ? comparison.goldStatusProperty().get()
                        : tagging.taggedProperty().get() + " of " + tagging.included() + " tagged",
                tagging.taggedProperty(), tagging.documentProperty(), tagging.rows(),
                comparison.adjudicatingProperty(), comparison.goldStatusProperty()));
        Label notice = new Label();
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(library.noticeProperty());
        Label noticeDot = sep();
        noticeDot.visibleProperty().bind(library.noticeProperty().isNotEmpty());
        var importBar = new javafx.scene.control.ProgressBar();
        importBar.progressProperty().bind(library.importProgressProperty());
        importBar.setPrefWidth(160);
        Label importStep = new Label();
        importStep.textProperty().bind(library.importStepProperty());
        var cancel = new javafx.scene.control.Button("Cancel");
        cancel.getStyleClass().add("import-cancel");
        cancel.setOnAction(e -> library.cancelImport());
        HBox importBox = new HBox(8, importBar, importStep, cancel);
        importBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        importBox.getStyleClass().add("import-progress");
        importBox.visibleProperty().bind(library.importingProperty());
        importBox.managedProperty().bind(importBox.visibleProperty());
        Label indexing = new Label();
        indexing.getStyleClass().add("find-indexing");
        indexing.textProperty().bind(library.findIndexing().stepProperty());
        indexing.visibleProperty().bind(indexing.textProperty().isNotEmpty());
        indexing.managedProperty().bind(indexing.visibleProperty());
        Label annotator = new Label();
        annotator.getStyleClass().add("annotator-state");
        annotator.textProperty().bind(Bindings.when(comparison.adjudicatingProperty())
                .then("Adjudicating as gold").otherwise(Bindings.concat("annotator: ", library.annotatorProperty())));
        comparison.adjudicatingProperty().addListener((obs, o, gold) -> {
            annotator.getStyleClass().remove("adjudicating");
            if (gold) {
                annotator.getStyleClass().add("adjudicating");
            }
        });
        Label comparing = new Label("comparing annotators");
        comparing.visibleProperty().bind(comparison.comparingProperty().and(comparison.adjudicatingProperty().not()));
        comparing.managedProperty().bind(comparing.visibleProperty());
        Label comparingDot = sep();
        comparingDot.visibleProperty().bind(comparing.visibleProperty());
        comparingDot.managedProperty().bind(comparing.visibleProperty());
        Label advance = new Label();
        advance.textProperty().bind(Bindings.when(tagging.autoAdvanceProperty())
                .then("auto-advance on").otherwise("auto-advance off"));
        getLeftItems().setAll(save, sep(), progress, noticeDot, notice, importBox, indexing);
        getRightItems().setAll(comparing, comparingDot, advance, sep(), annotator);
        // A long notice is the one to shorten: the state labels keep their whole text.
        for (Label keep : List.of(save, progress, comparing, advance, annotator)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        // ... except a failure message, which the notification above the article shows whole: cut, it cannot
        // widen the window past the screen.
        save.minWidthProperty().bind(Bindings.when(status.stateProperty().isEqualTo(SaveStatus.State.FAILED))
                .then(0.0).otherwise(Region.USE_PREF_SIZE));
        setMinWidth(0);
    }

    /** An Ikonli icon for the save state (none while idle or saving): a tick once saved, a warning on failure. */
    static FontIcon icon(SaveStatus.State state) {
        FontIcon icon = switch (state) {
            case SAVED -> new FontIcon(Material2AL.CHECK_CIRCLE);
            case FAILED -> new FontIcon(Material2AL.ERROR);
            case OFFLINE -> new FontIcon(Material2AL.CLOUD_OFF);
            default -> null;
        };
        if (icon != null) {
            icon.getStyleClass().add("save-icon");
        }
        return icon;
    }

    private static Label sep() {
        Label l = new Label("·");
        l.getStyleClass().add("separator-dot");
        return l;
    }
}
