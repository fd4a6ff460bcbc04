package dev.sentag.ui;

import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.export.ExportProgress;
import dev.sentag.export.ExportResult;
import dev.sentag.export.ExportService;
import dev.sentag.export.OffsetUnit;
import dev.sentag.export.SplitSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;

/**
 * The export dialog's state: the chosen format and options, a preview of the first lines, and the running
 * export (a cancellable Task on the database thread) with its progress and where the files went.
 */
public final class ExportViewModel {
    static final int PREVIEW_LINES = 12;

    private final ExportService exports;
    private final Background background;
    private final long openDocument;
    final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.JSONL);
    final StringProperty annotator = new SimpleStringProperty(this, "annotator", "");
    final BooleanProperty openDocumentOnly = new SimpleBooleanProperty(this, "openDocumentOnly");
    final ObjectProperty<ExportOptions.DocumentState> documentState =
            new SimpleObjectProperty<>(this, "documentState", ExportOptions.DocumentState.ANY);
    final BooleanProperty includeUntagged = new SimpleBooleanProperty(this, "includeUntagged", true);
    final BooleanProperty includeExcluded = new SimpleBooleanProperty(this, "includeExcluded");
    final ObservableSet<String> labels = FXCollections.observableSet();
    final BooleanProperty context = new SimpleBooleanProperty(this, "context");
    final ObjectProperty<ExportOptions.DoccanoMode> doccanoMode =
            new SimpleObjectProperty<>(this, "doccanoMode", ExportOptions.DoccanoMode.SEQUENCE);
    final ObjectProperty<OffsetUnit> doccanoOffsets = new SimpleObjectProperty<>(this, "doccanoOffsets", OffsetUnit.UTF16);
    final BooleanProperty split = new SimpleBooleanProperty(this, "split");
    final StringProperty shares = new SimpleStringProperty(this, "shares", "80/10/10");
    final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final SimpleStringProperty preview = new SimpleStringProperty(this, "preview", "");
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final List<String> labelChoices;
    private Task<ExportResult> task;
    private int previewRequest;

    ExportViewModel(ExportService exports, Background background, String annotator, long openDocument,
                    List<String> labelChoices) {
        this.exports = exports;
        this.background = background;
        this.openDocument = openDocument;
        this.annotator.set(annotator);
        this.labelChoices = List.copyOf(labelChoices);
    }

    List<String> labelChoices() {
        return labelChoices;
    }

    boolean hasOpenDocument() {
        return openDocument >= 0;
    }

    /** The options as the fields say; IllegalArgumentException with a user message when one is wrong. */
    ExportOptions options() {
        SplitSpec spec = null;
        if (split.get()) {
            long s;
            try {
                s = Long.parseLong(seed.get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The seed is a whole number, not '" + seed.get() + "'.", e);
            }
            spec = SplitSpec.parse(shares.get(), s);
        }
        String who = annotator.get() == null || annotator.get().isBlank() ? null : annotator.get().strip();
        return new ExportOptions(who, includeUntagged.get(), includeExcluded.get(), Set.copyOf(labels),
                openDocumentOnly.get() && openDocument >= 0 ? Set.of(openDocument) : Set.of(), documentState.get(),
                context.get(), doccanoMode.get(), spec, doccanoOffsets.get());
    }

    /** Recomputes the preview of the first lines for the current choices (the latest request wins). */
    void refreshPreview() {
        ExportFormat f = format.get();
        ExportOptions o;
        try {
            o = options();
        } catch (IllegalArgumentException e) {
            preview.set(e.getMessage());
            return;
        }
        int request = ++previewRequest;
        background.run(() -> {
            try {
                return exports.preview(f, o, PREVIEW_LINES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, text -> {
            if (request == previewRequest) {
                preview.set(text.isEmpty() ? "(nothing to export with these choices)" : clip(text));
            }
        }, e -> {
            if (request == previewRequest) {
                preview.set(Background.message(Background.unwrap(e)));
            }
        });
    }

    /** Long lines (a whole article in jsonl-docs) are cut for the preview only. */
    private static String clip(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.length() > 400 ? line.substring(0, 400) + " …" : line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Starts the export on the database thread; progress, message and running follow it. */
    void export() {
        if (running.get()) {
            return;
        }
        Path where = target.get();
        ExportFormat f = format.get();
        ExportOptions o;
        try {
            if (where == null) {
                throw new IllegalArgumentException("Choose where to save the export first.");
            }
            o = options();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        task = new Task<>() {
            @Override
            protected ExportResult call() throws IOException {
                return exports.exportTo(f, o, where, new ExportProgress() {
                    @Override
                    public void documentsDone(int done, int total) {
                        updateProgress(done, Math.max(1, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        progress.unbind();
        progress.bind(task.progressProperty());
        running.set(true);
        message.set("Exporting…");
        task.setOnSucceeded(e -> finish(describe(task.getValue())));
        task.setOnCancelled(e -> finish("Export cancelled; nothing was written."));
        task.setOnFailed(e -> finish(task.getException() instanceof CancellationException
                ? "Export cancelled; nothing was written."
                : "Export failed: " + Background.message(task.getException())));
        background.submit(task);
    }

    private static String describe(ExportResult r) {
        return "Exported " + r.sentences() + " sentences from " + r.documents()
                + (r.documents() == 1 ? " document" : " documents") + " to:\n"
                + String.join("\n", r.paths().stream().map(Path::toString).toList());
    }

    private void finish(String text) {
        progress.unbind();
        running.set(false);
        message.set(text);
    }

    /** Asks the running export to stop; it then removes what it wrote. */
    void cancel() {
        if (task != null && running.get()) {
            // Not interrupting: the database thread finishes its current document and then stops cleanly.
            task.cancel(false);
        }
    }

    ReadOnlyStringProperty previewProperty() {
        return preview;
    }

    ReadOnlyStringProperty messageProperty() {
        return message;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running;
    }
}
