package dev.sentag.ui;

import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The sidebar's SPEAKER section: who speaks in the current sentence. S puts the cursor here with the sentence's
 * speaker, else the last one set (so S, Enter repeats it over a quote that runs on), else what the text suggests,
 * all selected; typing completes from the speakers of this article first, then the library. Nothing is saved
 * until Enter; Esc goes back without saving. With the comparison on, the others' speakers show below.
 */
final class SpeakerPrompt extends VBox {
    private final TaggingViewModel tagging;
    private final LinkingViewModel linking;
    private final ObservableValue<Boolean> comparing;
    private final TextField field = new TextField();
    private final Label suggestion = new Label();
    private final Label others = new Label();
    private final Runnable returnFocus;

    SpeakerPrompt(TaggingViewModel tagging, LinkingViewModel linking, ObservableValue<Boolean> comparing,
                  Runnable returnFocus) {
        this.tagging = tagging;
        this.linking = linking;
        this.comparing = comparing;
        this.returnFocus = returnFocus;
        setSpacing(6);
        Label header = new Label("SPEAKER");
        header.getStyleClass().add("pane-header");
        keys(id -> KeyBindings.text(Actions.defaultKey(id).orElseThrow()));
        field.setAccessibleText("Speaker of the current sentence");
        suggestion.getStyleClass().add("others-hint");
        suggestion.setWrapText(true);
        others.getStyleClass().add("other-speakers");
        others.setWrapText(true);
        others.setMinHeight(Region.USE_PREF_SIZE);
        others.managedProperty().bind(others.visibleProperty());
        getChildren().setAll(header, field, suggestion, others);
        TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText().strip().toLowerCase(java.util.Locale.ROOT);
            return linking.snapshotProperty().get().names().stream()
                    .filter(n -> !typed.isEmpty() && n.toLowerCase(java.util.Locale.ROOT).contains(typed)
                            && !n.equalsIgnoreCase(typed)).limit(10).toList();
        });
        field.setOnAction(e -> {
            linking.setSpeaker(field.getText());
            returnFocus.run();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
                returnFocus.run();
                e.consume();
            }
        });
        tagging.currentProperty().addListener((obs, o, n) -> refresh());
        linking.snapshotProperty().addListener((obs, o, n) -> refresh());
        comparing.addListener((obs, o, n) -> refresh());
        refresh();
    }

    /** S: the field, filled with the proposal and selected, so Enter accepts it and typing replaces it. */
    void edit() {
        if (tagging.currentRow().isEmpty()) {
            return;
        }
        field.setText(linking.proposedSpeaker());
        field.requestFocus();
        field.selectAll();
    }

    /** Names the speaker key as the user has it (Edit → Preferences… may rebind S). */
    void keys(java.util.function.Function<String, String> keyOf) {
        field.setPromptText("Who speaks? " + keyOf.apply("SPEAKER") + " to set, Enter saves");
    }

    TextField field() {
        return field;
    }

    private void refresh() {
        int i = tagging.currentProperty().get();
        field.setDisable(tagging.currentRow().isEmpty());
        if (!field.isFocused()) {
            field.setText(linking.snapshotProperty().get().speakers().getOrDefault(i, ""));
        }
        suggestion.setText(linking.suggestion().map(s -> "Named in the text: " + s).orElse(""));
        var theirs = linking.otherSpeakersByIndex().getOrDefault(i, java.util.List.of());
        others.setVisible(Boolean.TRUE.equals(comparing.getValue()) && !theirs.isEmpty());
        others.setText(theirs.stream().map(s -> s.annotator() + ": " + s.name()).collect(Collectors.joining("\n")));
    }
}
