package dev.sentag.ui;

import dev.sentag.annotate.ColourContrast;
import dev.sentag.model.CodebookRelation;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Link types" part of the codebook dialog: the relation types (key, name, colour) on the left; a name
 * field with Add (and an optional key), Rename and Use key; a colour; a description; Retire (refused while
 * links have the type). The key of a type chooses it while linking (L, then the key, then Enter).
 */
final class RelationTypesPane {
    private final RelationTypesViewModel model;
    private final ListView<CodebookRelation> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextField key = new TextField();
    private final TextField colour = new TextField();
    private final TextField description = new TextField();
    private final HBox root;

    RelationTypesPane(RelationTypesViewModel model) {
        this.model = model;
        list.setId("relation-types");
        list.setPrefSize(220, 120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CodebookRelation r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                setGraphic(empty || r == null ? null : chip(r));
            }
        });
        list.setItems(model.types());
        model.types().addListener((ListChangeListener<CodebookRelation>) c -> reselect());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, r) -> show(r));
        Label header = new Label("LINK TYPES");
        header.getStyleClass().add("pane-header");
        VBox left = new VBox(8, header, list);
        left.setMinWidth(Region.USE_PREF_SIZE);

        GridPane form = FormLayout.grid(8);
        name.setId("relation-name");
        name.setPromptText("One word: letters, digits, _ or -");
        key.setId("relation-key");
        key.setPromptText("key");
        key.setPrefColumnCount(3);
        form.addRow(0, caption("Name"), new HBox(8, grow(name), key,
                button("Add", "relation-add", "Add a link type with this name (and key, if given)",
                        () -> model.add(name.getText(), key.getText(), null)),
                button("Rename", "relation-rename", "Give the chosen link type this name; every link keeps it",
                        () -> selected(r -> model.rename(r, name.getText()))),
                button("Use key", "relation-rekey", "Give the chosen link type this key (a letter; not J or K)",
                        () -> selected(r -> model.rekey(r, key.getText())))));
        colour.setId("relation-colour");
        colour.setPromptText("#RRGGBB");
        colour.setPrefColumnCount(8);
        form.addRow(1, caption("Colour"), new HBox(8, colour, button("Use colour", "relation-recolour",
                "Give the chosen link type this colour", () -> selected(r -> model.recolour(r, colour.getText())))));
        description.setId("relation-description");
        description.setPromptText("What the link means");
        form.addRow(2, caption("Meaning"), new HBox(8, grow(description), button("Save", "relation-describe",
                "Save the description of the chosen link type", () -> selected(r -> model.describe(r, description.getText())))));
        form.addRow(3, new Label(), button("Retire", "relation-retire",
                "Retire the chosen link type (refused while links have it)", () -> selected(model::retire)));
        root = new HBox(16, left, form);
        HBox.setHgrow(form, Priority.ALWAYS);
        root.setId("relation-types-pane");
    }

    Node node() {
        return root;
    }

    private void reselect() {
        if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void show(CodebookRelation r) {
        if (r != null) {
            colour.setText(r.type().colour());
            description.setText(r.description());
        }
    }

    private void selected(Consumer<CodebookRelation> action) {
        CodebookRelation r = list.getSelectionModel().getSelectedItem();
        if (r == null) {
            model.say("Choose a link type in the list first.");
        } else {
            action.accept(r);
        }
    }

    /** A type as the list shows it: key, name and description, on its colour (text kept readable). */
    static Label chip(CodebookRelation r) {
        String text = (r.type().key() == null ? "" : r.type().key().toUpperCase(Locale.ROOT) + "  ") + r.name();
        Label chip = new Label(text);
        chip.getStyleClass().add("codebook-chip");
        chip.setStyle("-fx-background-color: " + LabelStyles.rgba(r.type().colour(), ColourContrast.CHIP)
                + "; -fx-text-fill: " + ColourContrast.INK + ";");
        if (!r.description().isEmpty()) {
            chip.setTooltip(new Tooltip(r.description()));
        }
        return chip;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label caption(String text) {
        Label l = FormLayout.caption(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T extends Region> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }
}
