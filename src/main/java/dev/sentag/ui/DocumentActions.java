package dev.sentag.ui;

import dev.sentag.annotate.DocumentInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The open article as a whole: rename it, delete it to the trash (Ctrl+Z brings it back), and show where it came
 * from (source, URL, date and the rest of its metadata). From the File menu and the library list's right-click.
 */
final class DocumentActions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final Window owner;
    private final LibraryViewModel library;
    private final LongSupplier openDocument;
    private final LongConsumer open;
    private final Runnable nothingOpen;

    DocumentActions(Window owner, LibraryViewModel library, LongSupplier openDocument, LongConsumer open,
                    Runnable nothingOpen) {
        this.owner = owner;
        this.library = library;
        this.openDocument = openDocument;
        this.open = open;
        this.nothingOpen = nothingOpen;
    }

    /** Asks for a new title of the open article and saves it. */
    void rename() {
        long id = openDocument.getAsLong();
        library.find(id).ifPresent(row -> {
            TextInputDialog dialog = new TextInputDialog(row.title());
            dialog.initOwner(owner);
            dialog.setTitle("Rename article");
            dialog.setHeaderText("A new title for this article (Ctrl+Z puts the old one back).");
            dialog.setContentText("Title:");
            dialog.getDialogPane().getStyleClass().add("rename-dialog");
            dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty() && !t.equals(row.title()))
                    .ifPresent(title -> library.rename(id, title, () -> {
                        open.accept(id);
                        library.notices().post("Renamed to “" + title + "” (Ctrl+Z puts the old title back)");
                    }));
        });
    }

    /** Moves the open article to the trash with everyone's tags and opens its neighbour; Ctrl+Z brings it back. */
    void delete() {
        long id = openDocument.getAsLong();
        var docs = library.documents();
        int at = -1;
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id() == id) {
                at = i;
            }
        }
        if (at < 0) {
            return;
        }
        String title = docs.get(at).title();
        long neighbour = at + 1 < docs.size() ? docs.get(at + 1).id() : at > 0 ? docs.get(at - 1).id() : -1;
        library.delete(id, () -> {
            if (neighbour >= 0) {
                open.accept(neighbour);
            } else {
                nothingOpen.run();
            }
            library.notices().post("“" + shorten(title) + "” is in the trash with everyone's tags"
                    + " (Ctrl+Z brings it back; sentag undelete " + id + ")");
        });
    }

    /** Shows the open article's title, source, URL, date, import time and other metadata. */
    void details() {
        library.info(openDocument.getAsLong(), this::show);
    }

    private void show(DocumentInfo info) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getStyleClass().add("document-details");
        int row = 0;
        for (String[] line : lines(info)) {
            Label key = new Label(line[0]);
            key.getStyleClass().add("details-key");
            Label value = new Label(line[1]);
            value.setWrapText(true);
            value.setMaxWidth(520);
            grid.addRow(row++, key, value);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Article details");
        alert.setHeaderText(info.title());
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().getStyleClass().add("details-dialog");
        alert.showAndWait();
    }

    /** Label and value of each line of the details, source first; what the source did not say is said so. */
    static List<String[]> lines(DocumentInfo info) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Document", String.valueOf(info.id())});
        out.add(new String[] {"Source", info.source() == null ? "(pasted or not recorded)" : info.source()});
        Map<String, Object> meta = info.metadata();
        out.add(new String[] {"URL", String.valueOf(meta.getOrDefault("url", "—"))});
        out.add(new String[] {"Date", String.valueOf(meta.getOrDefault("date", "—"))});
        out.add(new String[] {"Imported", info.importedAt() == null ? "—" : WHEN.format(info.importedAt())});
        meta.entrySet().stream().filter(e -> !e.getKey().equals("url") && !e.getKey().equals("date"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(new String[] {e.getKey(), String.valueOf(e.getValue())}));
        return out;
    }

    private static String shorten(String title) {
        return title.length() > 60 ? title.substring(0, 59) + "…" : title;
    }
}
