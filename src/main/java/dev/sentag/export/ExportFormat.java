package dev.sentag.export;

import java.io.IOException;
import java.util.Arrays;

/** The formats Sentag writes; each names the one class that writes it. */
public enum ExportFormat {
    JSONL("jsonl", "JSON Lines, one sentence per line", ".jsonl", false, JsonlWriter::new),
    JSONL_DOCS("jsonl-docs", "JSON Lines, one document per line with its sentences", ".jsonl", false,
            JsonlDocsWriter::new),
    CSV("csv", "CSV (RFC 4180, UTF-8), one sentence per row", ".csv", false, CsvWriter::new),
    DOCCANO("doccano", "doccano JSONL (sequence labelling or classification)", ".jsonl", false, DoccanoWriter::new),
    LABEL_STUDIO("label-studio", "Label Studio tasks (JSON) with labelling config", ".json", false,
            LabelStudioWriter::new),
    BRAT("brat", "brat standoff: a folder of .txt and .ann files", "", true, BratWriter::new),
    WEBANNO_TSV("webanno-tsv", "WebAnno TSV 3.3 for INCEpTION: a folder of .tsv files", "", true,
            WebAnnoTsvWriter::new);

    /** Opens a writer of one format onto a sink. */
    interface Factory {
        ExportWriter open(ExportSink sink, WriterSettings settings) throws IOException;
    }

    private final String id;
    private final String description;
    private final String extension;
    private final boolean folder;
    private final Factory factory;

    ExportFormat(String id, String description, String extension, boolean folder, Factory factory) {
        this.id = id;
        this.description = description;
        this.extension = extension;
        this.folder = folder;
        this.factory = factory;
    }

    ExportWriter open(ExportSink sink, WriterSettings settings) throws IOException {
        return factory.open(sink, settings);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The file extension with its dot; empty for folder formats. */
    public String extension() {
        return extension;
    }

    /** True when the format writes a folder of files (one or more per document) instead of one file. */
    public boolean writesFolder() {
        return folder;
    }

    /** The format with this id (as typed on the command line), ignoring case. */
    public static ExportFormat byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + id + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList()) + "."));
    }

    @Override
    public String toString() {
        return id + " — " + description;
    }
}
