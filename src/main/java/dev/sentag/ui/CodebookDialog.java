package dev.sentag.ui;

import dev.sentag.annotate.ColourContrast;
import dev.sentag.model.Codebook;
import dev.sentag.model.CodebookLabel;
import dev.sentag.model.CodebookVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edit → Codebook…: the labels (in key order) on the left; for the chosen one, rename, move up or down (keys
 * follow the order), colour from the colour-blind-safe palette or a code of your own (refused, with the
 * reason, when text on it would be hard to read), its description, merge into or retire in favour of another
 * label; a name field and Add; the versions at the bottom. Every change is committed at once.
 */
final class CodebookDialog {
    private final CodebookViewModel model;
    private final Runnable undo;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<CodebookLabel> labels = new ListView<>();
    private final TextField name = new TextField();
    private final TextField colour = new TextField();
    private final Label contrast = new Label();
    private final ComboBox<String> other = new ComboBox<>();
    private final TextArea definition = new TextArea();
    private final TextField include = new TextField();
    private final TextField exclude = new TextField();
    private final TextArea examples = new TextArea();
    private final ListView<String> versions = new ListView<>();
    private javafx.scene.control.ScrollPane scroll;
    private final Label message = new Label();

    CodebookDialog(Window owner, CodebookViewModel model, Runnable undo) {
        this.model = model;
        this.undo = undo;
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle("Codebook");
        dialog.setHeaderText("The labels, what they mean, and every version of them. Changes are saved at once.");
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("codebook-dialog");
        dialog.getDialogPane().getStylesheets().add(MainWindow.class.getResource("sentag.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // The form is taller than a small screen: it scrolls inside a dialog that always fits, with Close in view.
        scroll = new javafx.scene.control.ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(620, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 260));
        scroll.setMinViewportHeight(scroll.getPrefViewportHeight()); // else a second opening shrinks it to a sliver
        dialog.getDialogPane().setContent(scroll);
        model.codebookProperty().addListener((obs, o, c) -> showCodebook(c));
        model.versions().addListener((ListChangeListener<CodebookVersion>) c -> showVersions());
        labels.getSelectionModel().selectedItemProperty().addListener((obs, o, l) -> showLabel(l));
        message.textProperty().bind(model.messageProperty());
        colour.textProperty().addListener((obs, o, c) -> showContrast(c));
        // The codebook may be loaded already (an equal record read again fires no change).
        showCodebook(model.codebookProperty().get());
        showVersions();
    }

    void show() {
        model.messageProperty().set("");
        scroll.setVvalue(0); // opens at its top, whatever was scrolled to last time
        dialog.show();
        model.load(set -> { });
        if (model.relations() != null) {
            model.relations().load();
        }
    }

    private Node content() {
        labels.setId("codebook-labels");
        labels.setPrefSize(220, 260);
        labels.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CodebookLabel l, boolean empty) {
                super.updateItem(l, empty);
                setText(null);
                setGraphic(empty || l == null ? null : GuidelinePanel.chip(l));
            }
        });
        Button up = button("Up", "codebook-up", "Move up: the label gets the key before", () -> selected(l -> model.move(l, -1)));
        Button down = button("Down", "codebook-down", "Move down: the label gets the key after", () -> selected(l -> model.move(l, 1)));
        up.setGraphic(MenuFactory.icon(org.kordamp.ikonli.material2.Material2AL.ARROW_UPWARD));
        down.setGraphic(MenuFactory.icon(org.kordamp.ikonli.material2.Material2AL.ARROW_DOWNWARD));
        VBox left = new VBox(8, caption("Labels (key order)"), labels, new HBox(8, up, down));
        left.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane form = FormLayout.grid(8);
        name.setId("codebook-name");
        name.setPromptText("A label name (at most 40 characters)");
        form.addRow(0, caption2("Name"), new HBox(8, grow(name),
                button("Add", "codebook-add", "Add a label with this name", () -> model.add(name.getText(), null)),
                button("Rename", "codebook-rename", "Give the chosen label this name; its tags keep it",
                        () -> selected(l -> model.rename(l, name.getText())))));
        form.addRow(1, caption2("Colour"), palette());
        colour.setId("codebook-colour");
        colour.setPromptText("#RRGGBB");
        colour.setPrefColumnCount(8);
        contrast.setId("codebook-contrast");
        contrast.setWrapText(true);
        colour.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        contrast.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        contrast.setMaxWidth(Double.MAX_VALUE);
        form.addRow(2, new Label(), new HBox(8, colour, button("Use colour", "codebook-apply-colour",
                "Give the chosen label this colour", () -> selected(l -> model.recolour(l, colour.getText())))));
        form.add(contrast, 1, 3);
        other.setId("codebook-other");
        other.setPromptText("another label");
        form.addRow(4, caption2("Other label"), new HBox(8, other,
                button("Merge into", "codebook-merge", "Relabel every tag of the chosen label (every annotator's) as the other label",
                        () -> selected(l -> model.merge(l, other.getValue()))),
                button("Retire", "codebook-retire", "Retire the chosen label; if tags carry it, they move to the other label",
                        () -> selected(l -> model.retire(l, other.getValue())))));
        definition.setId("codebook-definition");
        definition.setPrefRowCount(2);
        definition.setWrapText(true);
        include.setId("codebook-include");
        exclude.setId("codebook-exclude");
        examples.setId("codebook-examples");
        examples.setPrefRowCount(2);
        examples.setPromptText("One example sentence per line");
        form.addRow(5, caption2("Definition"), definition);
        form.addRow(6, caption2("Use when"), include);
        form.addRow(7, caption2("Not when"), exclude);
        form.addRow(8, caption2("Examples"), examples);
        form.addRow(9, new Label(), new HBox(8, button("Save description", "codebook-describe",
                "Save the definition, notes and examples of the chosen label", () -> selected(l -> model.describe(l,
                        definition.getText(), include.getText(), exclude.getText(), Arrays.asList(examples.getText().split("\n"))))),
                button("Undo last change", "codebook-undo", "Undo the latest change (Ctrl+Z): a rename or merge too", undo)));
        HBox top = new HBox(16, left, form);
        HBox.setHgrow(form, Priority.ALWAYS);
        top.setPadding(new javafx.geometry.Insets(8, 2, 0, 2)); // clear of the tabs' underline
        message.setId("codebook-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add("codebook-message");
        versions.setId("codebook-versions");
        versions.setPrefHeight(84);
        javafx.scene.Node body = top;
        if (model.relations() != null) {
            // Labels and link types are two pages of one codebook, so the dialog stays the height of one.
            var tabs = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("Labels", top),
                    new javafx.scene.control.Tab("Link types", padded(new RelationTypesPane(model.relations()).node())));
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setId("codebook-tabs");
            body = tabs;
        }
        VBox content = new VBox(10, body, message, caption("Versions"), versions);
        content.setPrefWidth(820);
        return content;
    }

    private static Node padded(Node page) {
        var pane = new javafx.scene.layout.StackPane(page);
        pane.setPadding(new javafx.geometry.Insets(8, 2, 0, 2));
        return pane;
    }

    private Node palette() {
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        for (String c : ColourContrast.PALETTE) {
            Button swatch = new Button();
            swatch.setId("colour-" + c.substring(1));
            swatch.setStyle("-fx-background-color: " + c + "; -fx-min-width: 26; -fx-min-height: 22;");
            swatch.setTooltip(new Tooltip(c));
            swatch.setAccessibleText("colour " + c);
            swatch.setOnAction(e -> colour.setText(c));
            row.getChildren().add(swatch);
        }
        return row;
    }

    private void showContrast(String c) {
        var problem = CodebookViewModel.contrastProblem(c);
        contrast.getStyleClass().removeAll("contrast-ok", "contrast-fails");
        if (c == null || c.isBlank()) {
            contrast.setText("");
            contrast.setGraphic(null);
        } else if (problem.isPresent()) {
            contrast.setText(problem.get());
            contrast.setGraphic(MenuFactory.icon(org.kordamp.ikonli.material2.Material2AL.ERROR));
            contrast.getStyleClass().add("contrast-fails");
        } else {
            contrast.setText(String.format(Locale.ROOT, "text contrast %.1f:1", ColourContrast.worstRatio(c.strip())));
            contrast.setGraphic(MenuFactory.icon(org.kordamp.ikonli.material2.Material2AL.CHECK_CIRCLE));
            contrast.getStyleClass().add("contrast-ok");
        }
    }

    private void showCodebook(Codebook codebook) {
        Long chosen = labels.getSelectionModel().getSelectedItem() == null ? null
                : labels.getSelectionModel().getSelectedItem().label().id();
        labels.getItems().setAll(codebook.active());
        int index = 0;
        for (int i = 0; i < codebook.active().size(); i++) {
            if (chosen != null && codebook.active().get(i).label().id() == chosen) {
                index = i;
            }
        }
        if (!codebook.active().isEmpty()) {
            labels.getSelectionModel().select(index);
        }
        showLabel(labels.getSelectionModel().getSelectedItem());
    }

    private void showLabel(CodebookLabel l) {
        other.getItems().setAll(labels.getItems().stream().filter(x -> l == null || x.label().id() != l.label().id())
                .map(CodebookLabel::name).toList());
        other.setValue(null);
        if (l == null) {
            return;
        }
        colour.setText(l.label().colour());
        definition.setText(l.definition());
        include.setText(l.includeNote());
        exclude.setText(l.excludeNote());
        examples.setText(String.join("\n", l.examples()));
    }

    private void showVersions() {
        List<String> lines = new java.util.ArrayList<>(model.versions().stream().map(v -> v.version() + "   "
                + v.at().toString().replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", "") + "   " + v.who() + "   " + v.change())
                .toList());
        java.util.Collections.reverse(lines); // newest first
        versions.getItems().setAll(lines);
    }

    private void selected(java.util.function.Consumer<CodebookLabel> action) {
        CodebookLabel l = labels.getSelectionModel().getSelectedItem();
        if (l == null) {
            model.messageProperty().set("Choose a label on the left first.");
        } else {
            action.accept(l);
        }
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A form caption that keeps its whole text however narrow the dialog gets. */
    private static Label caption2(String text) {
        Label l = FormLayout.caption(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("pane-header");
        return l;
    }

    private static <T extends javafx.scene.layout.Region> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    List<CodebookLabel> shownLabels() {
        return List.copyOf(labels.getItems());
    }
}
