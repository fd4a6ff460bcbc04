package dev.sentag.ui;

import dev.sentag.model.FoundSentence;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Ctrl+F: the find panel above the reading column. The query searches once typing pauses (debounced) and every
 * filter change searches at once, all on the database thread. Up / Down choose a result while the caret stays in
 * the query; Enter or a click opens the article at that sentence; F3 / Shift+F3 walk the results; Esc closes.
 */
final class FindPanel extends VBox {
    static final Duration DEBOUNCE = Duration.millis(250);
    private static final String ANY_LABEL = "Any label";
    private static final String ME = "My tags";
    private static final String ANY_STATE = "Any article";

    /** Opens a document at a sentence, as a click in the library does. */
    interface Opener {
        void open(long documentId, int index);
    }

    private final FindViewModel model;
    private final TaggingViewModel tagging;
    private final Opener opener;
    private final Runnable focusArticle;
    private final TextField query = new TextField();
    private final ListView<FoundSentence> list = new ListView<>();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final CheckBox onlyThisArticle = new CheckBox("This article only");

    FindPanel(FindViewModel model, TaggingViewModel tagging, List<String> labels, Opener opener,
              Runnable focusArticle) {
        this.model = model;
        this.tagging = tagging;
        this.opener = opener;
        this.focusArticle = focusArticle;
        getStyleClass().add("find-panel");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        query.setPromptText("Find in all articles: words, \"a phrase\", OR, NOT…");
        query.setAccessibleText("Find in all articles");
        query.setId("find-query");
        list.setId("find-results");
        HBox.setHgrow(query, Priority.ALWAYS);
        Button close = new Button();
        close.setGraphic(MenuFactory.icon(org.kordamp.ikonli.material2.Material2AL.CLOSE));
        close.setId("find-close");
        close.setAccessibleText("Close the find panel");
        close.setTooltip(new javafx.scene.control.Tooltip("Close (Esc)"));
        close.setOnAction(e -> hide());
        HBox top = new HBox(6, query, close);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add("find-message");
        message.textProperty().bind(model.messageProperty());
        list.setItems(model.results());
        list.setCellFactory(v -> new ResultCell());
        list.setFocusTraversable(false);
        list.setPrefHeight(220);
        list.setOnMouseClicked(e -> openSelected());
        model.positionProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) {
                list.getSelectionModel().select(n.intValue());
                list.scrollTo(n.intValue());
            }
        });
        getChildren().setAll(top, filters(labels), message, list);
        pause.setOnFinished(e -> model.search());
        query.textProperty().bindBidirectional(model.queryProperty());
        query.textProperty().addListener((obs, o, n) -> pause.playFromStart());
        query.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> openSelected();
                case ESCAPE -> hide();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        setVisible(false);
        setManaged(false);
    }

    private FlowPane filters(List<String> labels) {
        ComboBox<String> label = new ComboBox<>();
        label.getItems().add(ANY_LABEL);
        label.getItems().addAll(labels);
        label.setValue(ANY_LABEL);
        label.setAccessibleText("Label");
        label.valueProperty().addListener((obs, o, n) -> model.label.set(ANY_LABEL.equals(n) ? null : n));
        ComboBox<String> annotator = new ComboBox<>();
        annotator.getItems().add(ME);
        model.annotators().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String chosen = annotator.getValue();
            annotator.getItems().setAll(ME);
            annotator.getItems().addAll(model.annotators());
            annotator.setValue(chosen == null ? ME : chosen);
        });
        annotator.setValue(ME);
        annotator.setAccessibleText("Whose tags");
        annotator.valueProperty().addListener((obs, o, n) -> model.annotator.set(n == null || ME.equals(n) ? null : n));
        ComboBox<String> state = new ComboBox<>();
        state.getItems().add(ANY_STATE);
        FindViewModel.STATES.forEach(s -> state.getItems().add(capitalised(s) + " articles"));
        state.setValue(ANY_STATE);
        state.setAccessibleText("Tagging state of the article");
        state.valueProperty().addListener((obs, o, n) -> model.state.set(ANY_STATE.equals(n) || n == null ? null
                : n.substring(0, n.indexOf(' ')).toLowerCase(java.util.Locale.ROOT)));
        Runnable scope = () -> {
            Long id = onlyThisArticle.isSelected() && tagging.documentProperty().get() != null
                    ? tagging.documentProperty().get().id() : null;
            if (!java.util.Objects.equals(id, model.onlyDocument.get())) {
                model.onlyDocument.set(id); // the same article reopened is no reason to search again
            }
        };
        onlyThisArticle.selectedProperty().addListener((obs, o, n) -> scope.run());
        tagging.documentProperty().addListener((obs, o, n) -> scope.run()); // "this" follows the open article
        TextField speaker = new TextField();
        speaker.setId("find-speaker");
        speaker.setPromptText("Speaker");
        speaker.setAccessibleText("Speaker");
        speaker.setPrefColumnCount(10);
        speaker.textProperty().bindBidirectional(model.speaker);
        speaker.textProperty().addListener((obs, o, n) -> pause.playFromStart()); // typed, so debounced like the query
        speaker.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        // Linked and Not linked exclude each other: ticking one clears the other.
        model.linked.addListener((obs, o, n) -> {
            if (n) {
                model.notLinked.set(false);
            }
        });
        model.notLinked.addListener((obs, o, n) -> {
            if (n) {
                model.linked.set(false);
            }
        });
        FlowPane pane = new FlowPane(8, 6, label, annotator, state, check("Untagged", model.untagged),
                check("Disputed", model.disputed), check("Has a note", model.hasNote), check("Unsure", model.unsure),
                check("Linked", model.linked), check("Not linked", model.notLinked), speaker,
                check("Excluded", model.excluded), onlyThisArticle);
        pane.setAlignment(Pos.CENTER_LEFT);
        for (var p : List.of(model.label, model.annotator, model.state, model.onlyDocument)) {
            p.addListener((obs, o, n) -> model.search());
        }
        return pane;
    }

    private CheckBox check(String text, BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        property.addListener((obs, o, n) -> model.search());
        return box;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Puts the panel round the reading column: panel on top, hidden until Ctrl+F. */
    Node around(Node article) {
        BorderPane pane = new BorderPane(article);
        pane.setTop(this);
        return pane;
    }

    /** F3 (View → Find next): the next result in the reading view. */
    void next() {
        go(model.next());
    }

    /** Shift+F3 (View → Find previous). */
    void previous() {
        go(model.previous());
    }

    /** Ctrl+F (View → Find…): shows the panel with its query selected. */
    void show() {
        if (!isVisible()) {
            setVisible(true);
            setManaged(true);
            model.loadAnnotators();
        }
        query.requestFocus();
        query.selectAll();
    }

    void hide() {
        pause.stop();
        setVisible(false);
        setManaged(false);
        focusArticle.run();
    }

    private void move(int delta) {
        int size = model.results().size();
        if (size > 0) {
            int at = model.positionProperty().get();
            model.select(Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + delta)));
        }
    }

    private void openSelected() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            return; // the results on screen are for older text; Enter again once they are fresh
        }
        go(model.select(Math.max(0, at)));
    }

    private void go(Optional<FoundSentence> found) {
        found.ifPresent(f -> {
            var open = tagging.documentProperty().get();
            if (open != null && open.id() == f.documentId() && f.index() < tagging.rows().size()) {
                tagging.moveTo(f.index());
                focusArticle.run();
            } else {
                opener.open(f.documentId(), f.index());
            }
        });
    }

    ListView<FoundSentence> results() {
        return list;
    }

    TextField query() {
        return query;
    }

    /** Label (and whether it is unsure), title and speaker over the sentence. */
    private static final class ResultCell extends ListCell<FoundSentence> {
        private final Label title = new Label();
        private final Label label = new Label();
        private final Label text = new Label();
        /** "unsure" and the speaker, when the annotator gave them. */
        private final Label detail = new Label();
        private final VBox box = new VBox(2, new HBox(8, label, detail, title), text);

        ResultCell() {
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            detail.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            detail.getStyleClass().add("find-detail");
            title.getStyleClass().add("find-title");
            label.getStyleClass().add("find-label");
            text.getStyleClass().add("find-text");
            text.setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FoundSentence f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(f.documentTitle() + " · sentence " + (f.index() + 1));
            label.setText(f.label() == null ? "untagged" : f.label());
            String more = (f.unsure() ? "unsure" : "") + (f.unsure() && f.speaker() != null ? " · " : "")
                    + (f.speaker() == null ? "" : f.speaker());
            detail.setText(more);
            detail.setVisible(!more.isEmpty());
            detail.setManaged(!more.isEmpty());
            text.setText(f.text());
            setGraphic(box);
            setAccessibleText(f.text());
        }
    }
}
