package dev.sentag.ui;

import dev.sentag.model.SentenceLink;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sidebar's LINKS section: the current sentence's outgoing (→) and incoming (←) links with the other end's
 * number and text; with the comparison on, the other annotators' too. Enter on a link jumps to its other end,
 * Delete removes one of your own (the keys are handled by {@link LinkKeys}).
 */
final class LinkListView extends VBox {
    /** One line of the list: a link seen from the current sentence. */
    record Item(SentenceLink link, boolean outgoing, boolean mine, String text) {
        int otherEnd() {
            return outgoing ? link.toIndex() : link.fromIndex();
        }

        @Override
        public String toString() {
            return (mine ? "" : link.annotator() + ": ") + (outgoing ? "→ " : "← ") + (otherEnd() + 1) + "  " + text;
        }
    }

    private final TaggingViewModel tagging;
    private final LinkingViewModel linking;
    private final ObservableValue<Boolean> comparing;
    private final Label hint = new Label();
    private final ListView<Item> list = new ListView<>();
    /** The key the user has for a registry entry, for the hints (they follow a rebinding). */
    private java.util.function.Function<String, String> keyOf = id -> KeyBindings.text(Actions.defaultKey(id).orElseThrow());

    LinkListView(TaggingViewModel tagging, LinkingViewModel linking, ObservableValue<Boolean> comparing) {
        this.tagging = tagging;
        this.linking = linking;
        this.comparing = comparing;
        setSpacing(6);
        Label header = new Label("LINKS");
        header.getStyleClass().add("pane-header");
        hint.getStyleClass().add("others-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        list.getStyleClass().add("link-list");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label());
        list.setAccessibleText("Links of the current sentence");
        getChildren().setAll(header, hint, list);
        tagging.currentProperty().addListener((obs, o, n) -> refresh());
        linking.snapshotProperty().addListener((obs, o, n) -> refresh());
        linking.linkingFromProperty().addListener((obs, o, n) -> refresh());
        linking.typedProperty().addListener((obs, o, n) -> refresh());
        linking.typeProperty().addListener((obs, o, n) -> refresh());
        comparing.addListener((obs, o, n) -> refresh());
        refresh();
    }

    ListView<Item> list() {
        return list;
    }

    /** Names the keys as the user has them (Edit → Preferences… may rebind L and Shift+L). */
    void keys(java.util.function.Function<String, String> keyOf) {
        this.keyOf = keyOf;
        refresh();
    }

    private void refresh() {
        int i = tagging.currentProperty().get();
        int from = linking.linkingFromProperty().get();
        hint.setText(from >= 0
                ? "Linking from sentence " + (from + 1) + (linking.typeProperty().get() == null ? ""
                : " (" + linking.typeProperty().get().name() + ")") + ": go to the target (J/K, click, or type its number"
                + (linking.typedProperty().get().isEmpty() ? "" : ": " + linking.typedProperty().get())
                + "), Enter links, Esc cancels."
                : keyOf.apply("LINK") + " link · " + keyOf.apply("LINK_LIST")
                + " to this list: Enter jumps, Delete removes, A accepts another's");
        ((Label) list.getPlaceholder()).setText("No links. " + keyOf.apply("LINK") + " links this sentence to another.");
        List<Item> items = new ArrayList<>();
        var snapshot = linking.snapshotProperty().get();
        add(items, snapshot.mine(), i, true);
        if (Boolean.TRUE.equals(comparing.getValue())) {
            add(items, snapshot.others(), i, false);
        }
        list.getItems().setAll(items);
    }

    private void add(List<Item> items, List<SentenceLink> links, int i, boolean mine) {
        for (SentenceLink l : links) {
            if (l.fromIndex() == i) {
                items.add(new Item(l, true, mine, text(l.toIndex())));
            }
        }
        for (SentenceLink l : links) {
            if (l.toIndex() == i) {
                items.add(new Item(l, false, mine, text(l.fromIndex())));
            }
        }
    }

    private String text(int index) {
        var rows = tagging.rows();
        if (index < 0 || index >= rows.size()) {
            return "";
        }
        String t = rows.get(index).sentence().text().replaceAll("\\s+", " ");
        return t.length() <= 70 ? t : t.substring(0, 69) + "…";
    }
}
