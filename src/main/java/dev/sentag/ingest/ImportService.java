package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.model.ImportedTag;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Imports articles into the library: each input in one transaction, duplicates reported and skipped. */
public final class ImportService {
    /** Larger text files are refused: an article is rarely over a megabyte; 50 MB is surely not one. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final DocumentRepository documents;
    private final TextArticleReader reader;
    private final JsonlArticleReader jsonl;
    private final HtmlArticleReader html;
    private final CsvArticleReader csv;
    /** Formats {@code --format} can force. */
    public static final List<String> FORMATS = List.of("txt", "html", "jsonl", "csv");

    private final boolean dryRun;
    private final String textColumn;
    private final String format;
    private final java.nio.charset.Charset encoding;
    private final Runnable beforeBulk;

    public ImportService(DocumentRepository documents, TextArticleReader reader, Runnable beforeBulk) {
        this(documents, reader, false, null, null, null, beforeBulk);
    }

    private ImportService(DocumentRepository documents, TextArticleReader reader, boolean dryRun, String textColumn,
                          String format, java.nio.charset.Charset encoding, Runnable beforeBulk) {
        this.dryRun = dryRun;
        this.textColumn = textColumn;
        this.format = format;
        this.encoding = encoding;
        this.beforeBulk = beforeBulk;
        this.csv = new CsvArticleReader(reader);
        this.documents = documents;
        this.reader = reader;
        this.jsonl = new JsonlArticleReader(reader);
        this.html = new HtmlArticleReader(reader);
    }

    /** The same import that reads, checks and reports every input but stores nothing (a dry run). */
    public ImportService dryRun() {
        return new ImportService(documents, reader, true, textColumn, format, encoding, beforeBulk);
    }

    /** The same import reading every file as {@code format} (txt, html, jsonl or csv), whatever its name. */
    public ImportService withFormat(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("Unknown import format '" + format + "'; use one of " + FORMATS + ".");
        }
        return new ImportService(documents, reader, dryRun, textColumn, f, encoding, beforeBulk);
    }

    /** The same import decoding files in {@code encoding} instead of UTF-8. */
    public ImportService withEncoding(String encoding) {
        try {
            return new ImportService(documents, reader, dryRun, textColumn, format,
                    java.nio.charset.Charset.forName(encoding), beforeBulk);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown encoding '" + encoding + "'.", e);
        }
    }

    /** The same import, taking a CSV file's article text from the column named {@code column}. */
    public ImportService withTextColumn(String column) {
        return new ImportService(documents, reader, dryRun, column, format, encoding, beforeBulk);
    }

    /**
     * Imports one file of any supported kind: a .jsonl file gives a document per line (all or none of
     * them), a .html or .htm page its article, anything else is read as one plain-text article. A folder
     * is searched recursively. Never throws for a bad file.
     */
    public List<ImportResult> importPath(Path file) {
        if (Files.isDirectory(file)) {
            return importFolder(file);
        }
        String kind = kindOf(file);
        if (kind.equals("csv")) {
            return importCsv(file);
        }
        if (!kind.equals("jsonl")) {
            return List.of(importFile(file));
        }
        String name = file.toString();
        try {
            List<ArticleWithTags> read = jsonl.read(readText(file, name), name, file.toAbsolutePath().toString());
            List<ImportResult> out = new ArrayList<>();
            for (int i = 0; i < read.size(); i++) {
                out.add(store(read.get(i).draft(), read.get(i).tags(), name + " #" + (i + 1)));
            }
            return out;
        } catch (ImportException e) {
            return List.of(new ImportResult.Failed(name, e.getMessage()));
        }
    }

    private List<ImportResult> importCsv(Path file) {
        String name = file.toString();
        try {
            List<DocumentDraft> drafts = csv.read(readText(file, name), name, file.toAbsolutePath().toString(),
                    textColumn);
            List<ImportResult> out = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                out.add(store(drafts.get(i), name + " row " + (i + 2)));
            }
            return out;
        } catch (ImportException e) {
            return List.of(new ImportResult.Failed(name, e.getMessage()));
        }
    }

    /** Imports every supported file under a folder, recursively, in path order, continuing past bad files. */
    private List<ImportResult> importFolder(Path folder) {
        List<ImportResult> out = new ArrayList<>();
        listFolder(folder, out).forEach(f -> out.addAll(importPath(f)));
        return out;
    }

    /** The supported files under a folder in path order; a problem listing it is added to {@code problems}. */
    private static List<Path> listFolder(Path folder, List<ImportResult> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(ImportService::supported).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ImportResult.Failed(folder.toString(), folder + ": cannot be listed (" + e.getMessage()
                    + ")."));
            return List.of();
        }
        if (files.isEmpty()) {
            problems.add(new ImportResult.Failed(folder.toString(), folder
                    + ": no files to import in this folder (Sentag reads .txt, .html, .jsonl and .csv)."));
        }
        return files;
    }

    /** Hears how far an import has got, and may ask it to stop between files. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(int done, int total, String current) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void update(int done, int total, String current);

        boolean cancelled();
    }

    /**
     * Imports files and folders (searched recursively), each file in its own transaction, continuing past
     * bad ones. Before a folder is imported the bulk hook runs (the workspace takes a snapshot). A cancel
     * stops between files: those already imported stay, and the last result says where it stopped.
     */
    public List<ImportResult> importAll(List<Path> inputs, Progress progress) {
        List<ImportResult> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        boolean bulk = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                bulk = true;
                files.addAll(listFolder(input, out));
            } else {
                files.add(input);
            }
        }
        if (bulk && !dryRun && !files.isEmpty()) {
            beforeBulk.run();
        }
        for (int i = 0; i < files.size(); i++) {
            if (progress.cancelled()) {
                out.add(new ImportResult.Failed("cancelled", "Import cancelled after " + i + " of " + files.size()
                        + " files; the files before that were imported, the rest were not."));
                break;
            }
            progress.update(i, files.size(), files.get(i).toString());
            out.addAll(importPath(files.get(i)));
        }
        progress.update(files.size(), files.size(), "");
        return out;
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".csv") || isHtml(file);
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** txt, html, jsonl or csv: the forced format, else by the file name's extension. */
    private String kindOf(Path file) {
        if (format != null) {
            return format;
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".txt") || isHtml(file)) {
            return lower.endsWith(".csv") ? "csv" : lower.endsWith(".jsonl") ? "jsonl" : isHtml(file) ? "html" : "txt";
        }
        return sniff(file);
    }

    /** For a name that says nothing (no or another extension): HTML or JSON Lines by how it starts, else text. */
    static String sniff(Path file) {
        byte[] head = new byte[512];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "txt"; // reading it again will report the problem with the file's name
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "html";
        }
        return start.startsWith("{") ? "jsonl" : "txt";
    }

    /** Imports one text file. Never throws for a bad file: the result says what went wrong. */
    public ImportResult importFile(Path file) {
        String name = file.toString();
        try {
            String text = readText(file, name);
            String source = file.toAbsolutePath().toString();
            return store(kindOf(file).equals("html") ? html.read(text, name, source) : reader.read(text, name, source),
                    name);
        } catch (ImportException e) {
            return new ImportResult.Failed(name, e.getMessage());
        }
    }

    /** The decoded text of a file, or an error naming it: missing, a folder, too large, unreadable, not UTF-8. */
    private String readText(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + ": is a folder; give the files in it.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name + ": too large for an article (" + size / (1024 * 1024) + " MB).");
            }
            byte[] bytes = Files.readAllBytes(file);
            return encoding == null ? TextDecoder.decode(bytes, name) : TextDecoder.decode(bytes, name, encoding);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(name + ": cannot be read (no permission).", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Imports pasted text as a new document under the title the user gave (blank: its first line). */
    public ImportResult importPasted(String text, String title) {
        try {
            DocumentDraft draft = reader.read(TextDecoder.normaliseLineEndings(text), "The pasted text", "clipboard");
            String chosen = title == null || title.isBlank() ? draft.title() : TextArticleReader.title(title);
            return store(new DocumentDraft(chosen, draft.source(), draft.text(), draft.sentences(), draft.excluded(),
                    draft.metadata()), "The pasted text");
        } catch (ImportException e) {
            return new ImportResult.Failed("clipboard", e.getMessage());
        }
    }

    /** Imports text given directly (the sample article, a paste). */
    public ImportResult importText(String text, String name, String source) {
        try {
            return store(reader.read(TextDecoder.normaliseLineEndings(text), name, source), name);
        } catch (ImportException e) {
            return new ImportResult.Failed(name, e.getMessage());
        }
    }

    private ImportResult store(DocumentDraft draft, String name) {
        return store(draft, List.of(), name);
    }

    private ImportResult store(DocumentDraft draft, List<ImportedTag> tags, String name) {
        String hash = contentHash(draft.text());
        var existing = documents.findByHash(hash);
        if (existing.isPresent()) {
            return new ImportResult.Duplicate(name, existing.get().id(), existing.get().title());
        }
        if (dryRun) {
            return new ImportResult.WouldImport(name, draft.title(), draft.sentences().size(), draft.excluded().size());
        }
        try {
            long id = documents.insert(draft, hash, tags);
            return new ImportResult.Imported(name, id, draft.title(), draft.sentences().size(),
                    draft.excluded().size());
        } catch (StoreException e) {
            return new ImportResult.Failed(name, name + ": not imported: " + e.getMessage());
        }
    }

    /** SHA-256 of the normalised text: the same article is recognised whatever its file name. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
