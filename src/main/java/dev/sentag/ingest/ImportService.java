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
    private final boolean dryRun;
    private final String textColumn;

    public ImportService(DocumentRepository documents, TextArticleReader reader) {
        this(documents, reader, false, null);
    }

    private ImportService(DocumentRepository documents, TextArticleReader reader, boolean dryRun, String textColumn) {
        this.dryRun = dryRun;
        this.textColumn = textColumn;
        this.csv = new CsvArticleReader(reader);
        this.documents = documents;
        this.reader = reader;
        this.jsonl = new JsonlArticleReader(reader);
        this.html = new HtmlArticleReader(reader);
    }

    /** The same import that reads, checks and reports every input but stores nothing (a dry run). */
    public ImportService dryRun() {
        return new ImportService(documents, reader, true, textColumn);
    }

    /** The same import, taking a CSV file's article text from the column named {@code column}. */
    public ImportService withTextColumn(String column) {
        return new ImportService(documents, reader, dryRun, column);
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
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return importCsv(file);
        }
        if (!lower.endsWith(".jsonl")) {
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
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(ImportService::supported).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new ImportResult.Failed(folder.toString(), folder + ": cannot be listed (" + e.getMessage()
                    + ")."));
        }
        if (files.isEmpty()) {
            return List.of(new ImportResult.Failed(folder.toString(), folder
                    + ": no files to import in this folder (Sentag reads .txt, .html, .jsonl and .csv)."));
        }
        List<ImportResult> out = new ArrayList<>();
        files.forEach(f -> out.addAll(importPath(f)));
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

    /** Imports one text file. Never throws for a bad file: the result says what went wrong. */
    public ImportResult importFile(Path file) {
        String name = file.toString();
        try {
            String text = readText(file, name);
            String source = file.toAbsolutePath().toString();
            return store(isHtml(file) ? html.read(text, name, source) : reader.read(text, name, source), name);
        } catch (ImportException e) {
            return new ImportResult.Failed(name, e.getMessage());
        }
    }

    /** The decoded text of a file, or an error naming it: missing, a folder, too large, unreadable, not UTF-8. */
    private static String readText(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + ": is a folder; give the files in it.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name + ": too large for an article (" + size / (1024 * 1024) + " MB).");
            }
            return TextDecoder.decode(Files.readAllBytes(file), name);
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
