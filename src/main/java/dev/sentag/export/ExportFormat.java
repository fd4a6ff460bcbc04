package dev.sentag.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/** The formats Sentag writes; each names the one class that writes it. */
public enum ExportFormat {
    JSONL("jsonl", "JSON Lines, one sentence per line", ".jsonl") {
        @Override
        public SentenceWriter open(OutputStream out) throws IOException {
            return new JsonlWriter(out);
        }
    };

    private final String id;
    private final String description;
    private final String extension;

    ExportFormat(String id, String description, String extension) {
        this.id = id;
        this.description = description;
        this.extension = extension;
    }

    public abstract SentenceWriter open(OutputStream out) throws IOException;

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }

    /** The format with this id (as typed on the command line), ignoring case. */
    public static ExportFormat byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + id + "'; known: "
                        + Arrays.stream(values()).map(ExportFormat::id).toList() + "."));
    }

    @Override
    public String toString() {
        return id.toUpperCase(Locale.ROOT) + " — " + description;
    }
}
