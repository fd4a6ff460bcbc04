package dev.sentag.ui;

import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right-hand column: the current sentence, one button per label with its key and count, Clear, a note. */
final class SidebarView extends VBox {
    private final TaggingViewModel model;
    private final ComparisonViewModel comparison;
    private final javafx.scene.control.Label position = new javafx.scene.control.Label();
    private final javafx.scene.control.Label sentence = new javafx.scene.control.Label();
    private final VBox buttons = new VBox(6);
    private final javafx.scene.control.TextArea note = new javafx.scene.control.TextArea();
    private final javafx.scene.control.Label othersHeader = new javafx.scene.control.Label();
    private final javafx.scene.control.Label others = new javafx.scene.control.Label();
    private final javafx.scene.control.Label othersHint = new javafx.scene.control.Label();
    private final List<Runnable> refreshers = new ArrayList<>();
    private java.util.function.LongFunction<String> definitions = id -> "";
    private Runnable rebuild = () -> { };

    SidebarView(TaggingViewModel model, ComparisonViewModel comparison, Runnable returnFocus) {
        this.model = model;
        this.comparison = comparison;
        getStyleClass().add("sidebar");
        setSpacing(12);
        position.getStyleClass().add("pane-header");
        sentence.getStyleClass().add("current-sentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane sentenceBox = new ScrollPane(sentence);
        sentenceBox.setFitToWidth(true);
        sentenceBox.getStyleClass().add("current-sentence-box");
        sentenceBox.setPrefViewportHeight(150);
        sentenceBox.setFocusTraversable(false);
        note.setPromptText("Note — Enter saves, Shift+Enter starts a new line, Esc returns");
        note.setAccessibleText("Note on the current sentence");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                note.replaceSelection("\n");
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.saveNote(note.getText());
                returnFocus.run();
                e.consume();
            }
        });
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.currentRow().ifPresent(r -> note.setText(r.noteProperty().get()));
                returnFocus.run();
                e.consume();
            }
        });
        note.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                model.saveNote(note.getText());
            }
        });
        javafx.scene.control.Label noteHeader = new javafx.scene.control.Label("NOTE");
        noteHeader.getStyleClass().add("pane-header");
        othersHeader.getStyleClass().add("pane-header");
        others.getStyleClass().add("other-annotators");
        others.setWrapText(true);
        others.setMinHeight(Region.USE_PREF_SIZE);
        othersHint.getStyleClass().add("others-hint");
        othersHint.setWrapText(true);
        for (var n : List.of(othersHeader, others, othersHint)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        getChildren().setAll(position, sentenceBox, buttons, noteHeader, note, othersHeader, others, othersHint);
        rebuild = () -> buildButtons(model.labelsProperty().get(), returnFocus);
        model.labelsProperty().addListener((obs, o, labels) -> buildButtons(labels, returnFocus));
        buildButtons(model.labelsProperty().get(), returnFocus);
        model.currentProperty().addListener((obs, o, n) -> refresh());
        model.taggedProperty().addListener((obs, o, n) -> refresh());
        model.rows().addListener((javafx.collections.ListChangeListener<SentenceRow>) c -> refresh());
        comparison.comparingProperty().addListener((obs, o, n) -> refresh());
        comparison.adjudicatingProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    private void buildButtons(LabelSet labels, Runnable returnFocus) {
        buttons.getChildren().clear();
        refreshers.clear();
        if (labels == null) {
            return;
        }
        for (Label l : labels.labels()) {
            buttons.getChildren().add(labelButton(l.key(), l.name(), LabelStyles.styleClass(l.id()),
                    count -> count.setText(Integer.toString(model.count(l.id()))), () -> model.tagCurrent(l),
                    returnFocus));
            String definition = definitions.apply(l.id());
            if (definition != null && !definition.isBlank()) {
                ((Button) buttons.getChildren().get(buttons.getChildren().size() - 1)).getTooltip()
                        .setText(l.name() + (l.key() == null ? "" : " (key " + l.key() + ")") + "\n" + definition
                                + "\nF1: the codebook page");
            }
        }
        buttons.getChildren().add(labelButton("0", "Clear", "clear", count -> count.setText(""),
                () -> model.tagCurrent(null), returnFocus));
    }

    private Button labelButton(String key, String name, String styleClass,
                               Consumer<javafx.scene.control.Label> countUpdater, Runnable action,
                               Runnable returnFocus) {
        var keyBadge = new javafx.scene.control.Label(key == null ? " " : key);
        keyBadge.getStyleClass().add("key-badge");
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", styleClass);
        var text = new javafx.scene.control.Label(name);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        var count = new javafx.scene.control.Label();
        count.getStyleClass().add("label-count");
        HBox row = new HBox(10, keyBadge, swatch, text, grow, count);
        row.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setGraphic(row);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().addAll("label-button", styleClass);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(key == null ? name : name + " (key " + key + ")"));
        b.setAccessibleText(name + (key == null ? "" : ", key " + key));
        b.setOnAction(e -> {
            action.run();
            returnFocus.run();
        });
        refreshers.add(() -> countUpdater.accept(count));
        row.prefWidthProperty().bind(b.widthProperty().subtract(24));
        return b;
    }

    private void refresh() {
        int n = model.rows().size();
        int i = model.currentProperty().get();
        var row = model.currentRow();
        // Counted from 1 for reading; the command line and exports count from 0 (scripts rely on it), so both show.
        position.setText(row.isEmpty() ? "NO SENTENCE" : "SENTENCE " + (i + 1) + " / " + n + "  ·  INDEX " + i);
        sentence.setText(row.map(r -> r.sentence().text()).orElse("Open an article to start tagging."));
        if (!note.isFocused()) {
            note.setText(row.map(r -> r.noteProperty().get()).orElse(""));
        }
        note.setDisable(row.isEmpty());
        boolean comparing = comparison.comparingProperty().get() && row.isPresent();
        othersHeader.setVisible(comparing);
        others.setVisible(comparing);
        othersHint.setVisible(comparing);
        if (comparing) {
            showOthers(row.get());
        }
        refreshers.forEach(Runnable::run);
    }

    /** Every other annotator's label and note; adjudicating, what their majority says. */
    private void showOthers(SentenceRow row) {
        boolean gold = comparison.adjudicatingProperty().get();
        othersHeader.setText(gold ? "ANNOTATORS" : "OTHER ANNOTATORS");
        othersHint.setText(gold ? "1–9 decide · A accepts the majority · D next disagreement left"
                + " · Ctrl+Shift+A accepts all agreed"
                : "D next disagreement · Ctrl+Shift+D hides this");
        var labelSet = model.labelsProperty().get();
        List<String> lines = new ArrayList<>(row.others().stream().map(t -> t.annotator() + ": "
                + (t.labelId() == null || labelSet == null ? "–"
                : labelSet.byId(t.labelId()).map(Label::name).orElse("?"))
                + (t.note() == null || t.note().isBlank() ? "" : " — " + t.note())).toList());
        if (lines.isEmpty()) {
            lines.add("No one else has tagged this sentence.");
        } else if (gold) {
            lines.add(comparison.verdict(row));
        }
        others.setText(String.join("\n", lines));
    }

    /** Where the label buttons' tooltips find each label's definition (the codebook); rebuilds the buttons. */
    void describeWith(java.util.function.LongFunction<String> definitions) {
        this.definitions = definitions;
        rebuild.run();
    }

    javafx.scene.control.TextArea note() {
        return note;
    }
}
