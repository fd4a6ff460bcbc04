package dev.sentag.ui;

import java.util.function.LongConsumer;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The library column: a filter field and the documents with their tagging progress. */
final class DocumentListView extends VBox {
    private final ListView<DocumentRow> list = new ListView<>();
    private final TextField filter = org.controlsfx.control.textfield.TextFields.createClearableTextField();
    private final javafx.scene.control.ComboBox<LibraryListChoice.State> state =
            new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(LibraryListChoice.State.values()));
    private final javafx.scene.control.ComboBox<LibraryListChoice.Sort> sort =
            new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(LibraryListChoice.Sort.values()));
    private boolean selecting;
    private final LibraryViewModel library;

    DocumentListView(LibraryViewModel library, LongConsumer open) {
        this.library = library;
        getStyleClass().add("library");
        filter.setPromptText("Filter articles…");
        filter.setAccessibleText("Filter articles by title");
        FilteredList<DocumentRow> shown = new FilteredList<>(library.documents());
        state.setValue(LibraryListChoice.State.ALL);
        sort.setValue(LibraryListChoice.Sort.IMPORTED);
        state.setAccessibleText("Show articles by tagging state");
        state.setId("library-state");
        list.setId("library-list");
        sort.setId("library-sort");
        sort.setAccessibleText("Sort articles by");
        state.setMaxWidth(Double.MAX_VALUE);
        state.setTooltip(new javafx.scene.control.Tooltip("Show articles: all, untagged, started, complete or assigned to you"));
        sort.setTooltip(new javafx.scene.control.Tooltip("Sort articles by date imported, title or progress"));
        sort.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Imported" whole; the state choice takes the rest
        Runnable refilter = () -> shown.setPredicate(LibraryListChoice.filter(state.getValue(), filter.getText()));
        filter.textProperty().addListener((obs, o, text) -> refilter.run());
        state.valueProperty().addListener((obs, o, v) -> refilter.run());
        Label nothingAssigned = new Label("Nothing is assigned to you yet. Work is given out with sentag assign;"
                + " choose All to see every article.");
        nothingAssigned.setId("library-nothing-assigned");
        nothingAssigned.setWrapText(true);
        nothingAssigned.setPadding(new javafx.geometry.Insets(8));
        state.valueProperty().addListener((obs, o, v) ->
                list.setPlaceholder(v == LibraryListChoice.State.ASSIGNED ? nothingAssigned : null));
        var sorted = new javafx.collections.transformation.SortedList<>(shown);
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> sort.getValue().order, sort.valueProperty()));
        list.setItems(sorted);
        list.setCellFactory(v -> new DocumentCell());
        list.setFocusTraversable(false);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null && !selecting) {
                open.accept(row.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label header = new Label("ARTICLES");
        header.getStyleClass().add("pane-header");
        HBox choices = new HBox(6, state, sort);
        HBox.setHgrow(state, Priority.ALWAYS);
        getChildren().setAll(header, filter, choices, list);
    }

    /**
     * Marks {@code documentId} as the open one without reopening it. When the filter hides it (an article just
     * imported), the filter is cleared: the list must never highlight another article than the one shown.
     */
    void showSelected(long documentId) {
        selecting = true;
        try {
            if (list.getItems().stream().noneMatch(r -> r.id() == documentId)) {
                list.getSelectionModel().clearSelection();
                if (!filter.getText().isEmpty() && library.find(documentId).isPresent()) {
                    filter.clear();
                }
            }
            list.getItems().stream().filter(r -> r.id() == documentId).findFirst().ifPresent(r -> {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
            });
        } finally {
            selecting = false;
        }
    }

    ListView<DocumentRow> list() {
        return list;
    }

    TextField filter() {
        return filter;
    }

    javafx.scene.control.ComboBox<LibraryListChoice.State> stateChoice() {
        return state;
    }

    javafx.scene.control.ComboBox<LibraryListChoice.Sort> sortChoice() {
        return sort;
    }

    /** Title over a progress bar and a "tagged/total" count. */
    private static final class DocumentCell extends ListCell<DocumentRow> {
        private final Label title = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label count = new Label();
        private final VBox box = new VBox(4, title, new HBox(8, bar, count));

        DocumentCell() {
            title.getStyleClass().add("doc-title");
            title.setMaxWidth(Double.MAX_VALUE);
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
            count.getStyleClass().add("doc-count");
            bar.getStyleClass().add("doc-progress");
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            ((HBox) box.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("doc-cell");
        }

        @Override
        protected void updateItem(DocumentRow row, boolean empty) {
            super.updateItem(row, empty);
            title.textProperty().unbind();
            count.textProperty().unbind();
            bar.progressProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            count.textProperty().bind(row.taggedProperty().asString().concat("/" + row.sentences()));
            bar.progressProperty().bind(row.taggedProperty().divide(Math.max(1.0, row.sentences())));
            setGraphic(box);
            setAccessibleText(row.title());
        }
    }
}
