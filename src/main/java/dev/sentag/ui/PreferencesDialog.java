package dev.sentag.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * Edit → Preferences…: a plain form over a draft of the {@link UserPreferences}; Save copies the draft over them
 * (the window follows at once) and writes the file, Cancel forgets it. A key is rebound by clicking its button and
 * pressing the new key; a key already taken is refused and the reason shown.
 */
final class PreferencesDialog {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final UserPreferences prefs;
    private final TextField annotator = new TextField();
    private final SegmentedButton theme = new SegmentedButton();
    private final Spinner<Double> textSize;
    private final Spinner<Double> columnWidth;
    private final ToggleSwitch autoAdvance = new ToggleSwitch();
    private final ChoiceBox<UserPreferences.NextVisit> nextVisit = new ChoiceBox<>();
    private final KeyBindings draftKeys = new KeyBindings();
    private final Map<String, Button> keyButtons = new LinkedHashMap<>();
    private final Label keyMessage = new Label();

    PreferencesDialog(Window owner, UserPreferences prefs,
                      java.util.function.Function<String, java.util.Optional<String>> labelNamed) {
        this.prefs = prefs;
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Your preferences, the same in every library.");
        dialog.getDialogPane().getStyleClass().add("preferences-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        textSize = new Spinner<>(MainWindow.MIN_FONT, MainWindow.MAX_FONT, prefs.textSize.get(), 1);
        columnWidth = new Spinner<>(30, 90, prefs.columnWidth.get(), 2);
        draftKeys.labelKeys(labelNamed);
        draftKeys.setAll(prefs.keys.chosen());
        dialog.getDialogPane().setContent(content());
        dialog.setResultConverter(b -> b);
    }

    /** Shows the dialog and, on Save, applies and writes what it holds. */
    void showAndApply() {
        if (dialog.showAndWait().filter(b -> b == SAVE).isPresent()) {
            apply();
        }
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node content() {
        GridPane form = FormLayout.grid(10);
        int row = 0;
        annotator.setId("prefs-annotator");
        annotator.setText(prefs.annotator.get());
        annotator.setPromptText("as the library last had it");
        annotator.setPrefColumnCount(16);
        form.addRow(row++, FormLayout.caption("Annotator name"), new HBox(annotator));

        for (Theme t : Theme.values()) {
            ToggleButton b = new ToggleButton(switch (t) {
                case LIGHT -> "Light";
                case DARK -> "Dark";
                case SYSTEM -> "Follow the system";
            });
            b.setUserData(t);
            b.setId("prefs-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            b.setSelected(prefs.theme.get() == t);
            theme.getButtons().add(b);
        }
        form.addRow(row++, FormLayout.caption("Theme"), theme);

        textSize.setId("prefs-text-size");
        textSize.setEditable(true);
        textSize.setPrefWidth(90);
        form.addRow(row++, FormLayout.caption("Text size (px)"), textSize);
        columnWidth.setId("prefs-column-width");
        columnWidth.setEditable(true);
        columnWidth.setPrefWidth(90);
        form.addRow(row++, FormLayout.caption("Reading column (em)"), columnWidth);

        autoAdvance.setId("prefs-auto-advance");
        autoAdvance.setSelected(prefs.autoAdvance.get());
        autoAdvance.setText("move on after tagging");
        form.addRow(row++, FormLayout.caption("Auto-advance"), autoAdvance);

        nextVisit.setId("prefs-next-visit");
        nextVisit.getItems().setAll(UserPreferences.NextVisit.values());
        nextVisit.setValue(prefs.nextVisit.get());
        form.addRow(row++, FormLayout.caption("N visits"), nextVisit);

        // Two columns of caption and key, so the dialog stays short enough for a laptop screen.
        GridPane keys = new GridPane();
        keys.setHgap(10);
        keys.setVgap(6);
        keys.setId("prefs-keys");
        int k = 0;
        // Every single key of the registry; Ctrl shortcuts stay with their menu items.
        var rebindable = Actions.rebindable();
        int rows = (rebindable.size() + 1) / 2;
        for (ActionSpec a : rebindable) {
            Button key = new Button();
            key.setId("key-" + a.id().toLowerCase(java.util.Locale.ROOT));
            key.getStyleClass().add("key-choice");
            key.setOnAction(e -> capture(a.id(), key));
            keyButtons.put(a.id(), key);
            Label caption = new Label(a.name());
            caption.getStyleClass().add("export-caption");
            caption.setWrapText(true);
            caption.setPrefWidth(240);
            caption.setGraphic(MenuFactory.icon(a.icon()));
            if (!a.companions().isEmpty()) {
                String also = "also " + String.join(", ", a.companions());
                key.setTooltip(new javafx.scene.control.Tooltip(also));
                caption.setText(a.name() + " (" + also + ")");
            }
            keys.add(caption, (k / rows) * 2, k % rows);
            keys.add(key, (k / rows) * 2 + 1, k % rows);
            k++;
        }
        showKeys();
        keyMessage.setId("prefs-key-message");
        keyMessage.getStyleClass().add("key-conflict");
        keyMessage.setWrapText(true);
        Button reset = new Button("Reset keys to defaults");
        reset.setId("prefs-reset-keys");
        reset.setOnAction(e -> {
            draftKeys.reset();
            keyMessage.setText("");
            showKeys();
        });
        Label keysTitle = new Label("Keys — click a key, then press the new one (Esc keeps the old)");
        keysTitle.getStyleClass().add("agreement-section");
        HBox bottom = new HBox(12, reset, keyMessage);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, form, new Separator(), keysTitle, keys, bottom);
        box.setPadding(new Insets(4, 12, 0, 12));
        box.setPrefWidth(720);
        dialog.setOnShown(e -> FormLayout.keepOnScreen(dialog.getDialogPane().getScene().getWindow()));
        return box;
    }

    /** Waits on {@code button} for the next key press and binds it to the entry {@code id} unless taken. */
    private void capture(String id, Button button) {
        button.setText("press a key…");
        keyMessage.setText("");
        button.addEventFilter(KeyEvent.KEY_PRESSED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(KeyEvent e) {
                e.consume();
                if (e.getCode().isModifierKey()) {
                    return; // Shift (or Ctrl) held down: the key comes next
                }
                button.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                if (e.getCode() != KeyCode.ESCAPE) {
                    draftKeys.rebind(id, KeyBindings.of(e)).ifPresent(why -> keyMessage.setText(why + " Not changed."));
                }
                showKeys();
            }
        });
    }

    private void showKeys() {
        keyButtons.forEach((id, b) -> b.setText(draftKeys.keyText(id)));
    }

    private void apply() {
        prefs.annotator.set(annotator.getText().strip());
        theme.getButtons().stream().filter(ToggleButton::isSelected).findFirst()
                .ifPresent(b -> prefs.theme.set((Theme) b.getUserData()));
        prefs.textSize.set(UserPreferences.clamp(textSize.getValue(), MainWindow.MIN_FONT, MainWindow.MAX_FONT));
        prefs.columnWidth.set(UserPreferences.clamp(columnWidth.getValue(), 30, 90));
        prefs.autoAdvance.set(autoAdvance.isSelected());
        prefs.nextVisit.set(nextVisit.getValue());
        prefs.keys.setAll(draftKeys.chosen());
        prefs.save();
    }
}
