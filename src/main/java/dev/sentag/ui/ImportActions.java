package dev.sentag.ui;

import dev.sentag.ingest.ImportResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** How articles come into the window: File → Import…, Import folder…, a pasted article, files dropped on it. */
final class ImportActions {
    private final Stage stage;
    private final LibraryViewModel library;
    private final TaggingViewModel tagging;
    private final Dialogs dialogs;
    private final java.util.function.LongSupplier openDocument;
    private final LongConsumer openAtStart;
    private final java.util.function.BiConsumer<Long, Integer> openAt;

    ImportActions(Stage stage, LibraryViewModel library, TaggingViewModel tagging, Dialogs dialogs,
                  java.util.function.LongSupplier openDocument, LongConsumer openAtStart,
                  java.util.function.BiConsumer<Long, Integer> openAt) {
        this.stage = stage;
        this.library = library;
        this.tagging = tagging;
        this.dialogs = dialogs;
        this.openDocument = openDocument;
        this.openAtStart = openAtStart;
        this.openAt = openAt;
    }

    void importDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                        "Articles (*.txt, *.html, *.htm, *.jsonl, *.csv)", "*.txt", "*.html", "*.htm", "*.jsonl", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** File → Import folder…: every supported file under the folder, with progress and Cancel. */
    void importFolderDialog() {
        var chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            importFiles(List.of(folder.toPath()));
        }
    }

    /** Ctrl+Shift+V: the clipboard's text as a new document, after asking for its title. */
    void pasteArticle() {
        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            library.notices().post("The clipboard holds no text to import.");
            return;
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        dialogs.pastedTitle(firstLine.length() > 120 ? firstLine.substring(0, 120) : firstLine)
                .ifPresent(title -> library.importPasted(text, title, this::imported));
    }

    void importFiles(List<Path> files) {
        library.importFiles(files, this::imported);
    }

    private void imported(List<ImportResult> results) {
        var first = results.stream().filter(r -> r instanceof ImportResult.Imported).findFirst();
        if (first.isPresent()) {
            openAtStart.accept(((ImportResult.Imported) first.get()).documentId());
        } else if (results.stream().anyMatch(r -> r instanceof ImportResult.TagsMerged m
                && m.documentId() == openDocument.getAsLong() && !m.changedNothing())) {
            // Someone's tags just arrived on the open document: reload it so the sidebar shows them.
            openAt.accept(openDocument.getAsLong(), tagging.currentProperty().get());
        }
        dialogs.importProblems(results);
    }

    void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
