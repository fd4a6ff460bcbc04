package dev.sentag.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → New library…, Open library… and Open recent ▸ (the last ten from the {@link UserPreferences}; a library
 * no longer on disk is greyed, and "Forget missing libraries" takes those off the list). Opening is the app's.
 */
public final class LibrarySwitcher {
    private final Window owner;
    private final UserPreferences user;
    private final Consumer<Path> open;
    private Path current;

    private final Consumer<String> openServer;

    public LibrarySwitcher(Window owner, UserPreferences user, Consumer<Path> open) {
        this(owner, user, open, url -> open.accept(Path.of(url)));
    }

    /** {@code openServer} opens a team library on PostgreSQL by its URL (File → Open team library…). */
    public LibrarySwitcher(Window owner, UserPreferences user, Consumer<Path> open, Consumer<String> openServer) {
        this.owner = owner;
        this.user = user;
        this.open = open;
        this.openServer = openServer;
    }

    /**
     * Asks for a team library's URL, postgresql://USER@HOST:PORT/DBNAME (no password: that comes from PGPASSWORD,
     * ~/.pgpass or the prompt that follows), and opens it.
     */
    void openTeamLibrary() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog("postgresql://"
                + System.getProperty("user.name") + "@localhost:5432/");
        dialog.initOwner(owner);
        dialog.setTitle("Sentag");
        dialog.setHeaderText("Open a team library on PostgreSQL\n"
                + "postgresql://LOGIN@HOST:PORT/DATABASE — OK once the database is named.\n"
                + "The password comes from PGPASSWORD or ~/.pgpass, else it is asked next.");
        dialog.setContentText("URL:");
        dialog.getEditor().setId("team-library-url");
        dialog.getEditor().setPrefColumnCount(40);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !isServerUrl(dialog.getEditor().getText()), dialog.getEditor().textProperty()));
        dialog.showAndWait().map(String::strip).filter(LibrarySwitcher::isServerUrl).ifPresent(openServer);
    }

    private static boolean isServerUrl(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("(jdbc:)?postgres(ql)?://[^/]+/[^/?]+(\\?.*)?");
    }

    /** The library shown now (it is listed, but not offered again). */
    public void current(Path library) {
        this.current = library.toAbsolutePath().normalize();
    }

    void newLibrary() {
        FileChooser chooser = chooser("New Sentag library");
        chooser.setInitialFileName("study.db");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path path = chosen.toPath();
            open.accept(path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + ".db"));
        }
    }

    void openLibrary() {
        File chosen = chooser("Open a Sentag library").showOpenDialog(owner);
        if (chosen != null) {
            open.accept(chosen.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Sentag library (*.db)", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /** The Open recent ▸ submenu, listed afresh each time the File menu opens. */
    Menu recentMenu() {
        Menu menu = new Menu("Open _recent");
        menu.setId("open-recent");
        menu.getItems().add(new MenuItem("(none yet)"));
        // Refilled as the File menu opens (not as this submenu does, which would swap its items under the pointer).
        menu.parentMenuProperty().addListener((obs, o, parent) -> {
            if (parent != null) {
                parent.addEventHandler(Menu.ON_SHOWING, e -> fill(menu));
            }
        });
        fill(menu);
        return menu;
    }

    private void fill(Menu menu) {
        menu.getItems().clear();
        boolean missing = false;
        for (Path library : user.recent()) {
            MenuItem item = new MenuItem(library.getFileName() + "  —  " + library.getParent());
            item.setMnemonicParsing(false);
            item.getStyleClass().add("recent-library");
            boolean gone = !Files.isRegularFile(library);
            missing |= gone;
            item.setDisable(gone || library.equals(current));
            if (gone) {
                item.setText(item.getText() + "  (missing)");
            }
            item.setOnAction(e -> open.accept(library));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        MenuItem forget = new MenuItem("Forget missing libraries");
        forget.setId("forget-missing");
        forget.setDisable(!missing);
        forget.setOnAction(e -> {
            user.recent().stream().filter(p -> !Files.isRegularFile(p)).forEach(user::forget);
            fill(menu);
        });
        menu.getItems().addAll(new SeparatorMenuItem(), forget);
    }
}
