package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.ImportWrites;
import dev.sentag.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports articles into the library: each file in one transaction, duplicates reported and skipped, and the
 * tags of a Sentag export of a document already in the library merged into it.
 */
public final class ImportService {
    private final DocumentRepository documents;
    private final TextArticleReader reader;
    private final JsonlArticleReader jsonl;
    private final HtmlArticleReader html;
    private final CsvArticleReader csv;
    private final ArticleBatch batch;
    private final ImportWrites writes;
    /** Formats {@code --format} can force. */
    public static final List<String> FORMATS = List.of("txt", "html", "jsonl", "csv");

    private final Settings settings;
    private final Runnable beforeBulk;

    /** How this import reads and stores: every switch of {@code sentag import}. */
    private record Settings(boolean dryRun, boolean overwrite, String textColumn, String format, Charset encoding) {
    }

    /**
     * @param beforeBulk runs before a folder is imported (the workspace takes a snapshot)
     * @param afterMerge runs after tags were merged into documents already in the library
     */
    public ImportService(DocumentRepository documents, ImportWrites writes, TextArticleReader reader,
                         Runnable beforeBulk, Runnable afterMerge) {
        this(documents, reader, writes, new ArticleBatch(documents, writes, afterMerge), new Settings(false, false, null,
                null, null), beforeBulk);
    }

    private ImportService(DocumentRepository documents, TextArticleReader reader, ImportWrites writes,
                          ArticleBatch batch, Settings settings, Runnable beforeBulk) {
        this.documents = documents;
        this.writes = writes;
        this.reader = reader;
        this.batch = batch;
        this.settings = settings;
        this.beforeBulk = beforeBulk;
        this.csv = new CsvArticleReader(reader);
        this.jsonl = new JsonlArticleReader(reader);
        this.html = new HtmlArticleReader(reader);
    }

    private ImportService with(Settings changed) {
        return new ImportService(documents, reader, writes, batch, changed, beforeBulk);
    }

    /** The same import that reads, checks and reports every input but stores nothing (a dry run). */
    public ImportService dryRun() {
        Settings s = settings;
        return with(new Settings(true, s.overwrite(), s.textColumn(), s.format(), s.encoding()));
    }

    /**
     * The same import, but where a Sentag export has another label or note for a sentence an annotator has
     * already tagged, the file's wins (the default keeps the library's and counts a conflict).
     */
    public ImportService overwritingTags() {
        Settings s = settings;
        return with(new Settings(s.dryRun(), true, s.textColumn(), s.format(), s.encoding()));
    }

    /** The same import reading every file as {@code format} (txt, html, jsonl or csv), whatever its name. */
    public ImportService withFormat(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("Unknown import format '" + format + "'; use one of " + FORMATS + ".");
        }
        Settings s = settings;
        return with(new Settings(s.dryRun(), s.overwrite(), s.textColumn(), f, s.encoding()));
    }

    /** The same import decoding files in {@code encoding} instead of UTF-8. */
    public ImportService withEncoding(String encoding) {
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown encoding '" + encoding + "'.", e);
        }
        Settings s = settings;
        return with(new Settings(s.dryRun(), s.overwrite(), s.textColumn(), s.format(), charset));
    }

    /** The same import, taking a CSV file's article text from the column named {@code column}. */
    public ImportService withTextColumn(String column) {
        Settings s = settings;
        return with(new Settings(s.dryRun(), s.overwrite(), column, s.format(), s.encoding()));
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
        String kind = InputFile.kindOf(file, settings.format());
        if (kind.equals("csv")) {
            return importCsv(file);
        }
        if (!kind.equals("jsonl")) {
            return List.of(importFile(file));
        }
        String name = file.toString();
        try {
            List<ArticleWithTags> read = jsonl.read(readText(file, name), name, file.toAbsolutePath().toString());
            return batch.store(read, name, i -> name + " #" + (i + 1), settings.dryRun(), settings.overwrite());
        } catch (ImportException e) {
            return List.of(new ImportResult.Failed(name, e.getMessage()));
        }
    }

    private List<ImportResult> importCsv(Path file) {
        String name = file.toString();
        try {
            List<DocumentDraft> drafts = csv.read(readText(file, name), name, file.toAbsolutePath().toString(),
                    settings.textColumn());
            return batch.store(drafts.stream().map(d -> new ArticleWithTags(d, List.of())).toList(), name,
                    i -> name + " row " + (i + 2), settings.dryRun(), settings.overwrite());
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
            files = walk.filter(Files::isRegularFile).filter(InputFile::supported).sorted().toList();
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
     * Imports files and folders (searched recursively), each file all or nothing, continuing past bad ones;
     * single-article files are committed a batch at a time ({@link ArticleFileBatches}). Before a folder is imported the bulk hook runs (the workspace takes a snapshot). A cancel
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
        if (bulk && !settings.dryRun() && !files.isEmpty()) {
            beforeBulk.run();
        }
        ArticleFileBatches articles = new ArticleFileBatches(writes, this::store, out);
        try (DraftPipeline drafts = new DraftPipeline(files, f -> !settings.dryRun() && isArticle(f), this::draftedOf)) {
            for (int i = 0; i < files.size(); i++) {
                if (progress.cancelled()) {
                    articles.flush();
                    out.add(new ImportResult.Failed("cancelled", "Import cancelled after " + i + " of " + files.size()
                            + " files; the files before that were imported, the rest were not."));
                    break;
                }
                Path file = files.get(i);
                progress.update(i, files.size(), file.toString());
                if (drafts.reads(i)) {
                    DraftPipeline.Drafted d = drafts.get(i);
                    if (d.problem() != null) {
                        out.add(new ImportResult.Failed(file.toString(), d.problem().getMessage()));
                    } else {
                        articles.add(file.toString(), d.draft(), d.hash());
                    }
                } else {
                    articles.flush();
                    out.addAll(importPath(file));
                }
            }
            articles.flush();
        }
        progress.update(files.size(), files.size(), "");
        return out;
    }

    /** Imports one text file. Never throws for a bad file: the result says what went wrong. */
    public ImportResult importFile(Path file) {
        try {
            return store(draftOf(file), file.toString());
        } catch (ImportException e) {
            return new ImportResult.Failed(file.toString(), e.getMessage());
        }
    }

    /** A file holding one article (plain text or an HTML page), as opposed to a jsonl or csv file of many. */
    private boolean isArticle(Path file) {
        String kind = InputFile.kindOf(file, settings.format());
        return kind.equals("txt") || kind.equals("html");
    }

    private DocumentDraft draftOf(Path file) throws ImportException {
        return draftOf(file, readText(file, file.toString()));
    }

    /**
     * A folder import's draft of one article file with the hash of its text. When the file's bytes are exactly the
     * stored text's UTF-8 (a plain-text file in UTF-8 without a byte-order mark or carriage returns, as most are), they
     * are hashed as they are: encoding the text again for its hash cost a reading thread as much as decoding it.
     */
    private DraftPipeline.Drafted draftedOf(Path file) throws ImportException {
        String name = file.toString();
        byte[] bytes = InputFile.readBytes(file, name);
        String text = InputFile.decode(bytes, name, settings.encoding());
        DocumentDraft draft = draftOf(file, text);
        boolean verbatim = draft.text() == text && settings.encoding() == null && TextDecoder.decodesVerbatim(bytes);
        return new DraftPipeline.Drafted(draft, verbatim ? contentHash(bytes) : contentHash(draft.text()), null);
    }

    private DocumentDraft draftOf(Path file, String text) throws ImportException {
        String name = file.toString();
        String source = file.toAbsolutePath().toString();
        return InputFile.kindOf(file, settings.format()).equals("html") ? html.read(text, name, source)
                : reader.read(text, name, source);
    }

    private String readText(Path file, String name) throws ImportException {
        return InputFile.readText(file, name, settings.encoding());
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
        String hash = contentHash(draft.text());
        var existing = documents.findByHash(hash);
        if (existing.isPresent()) {
            return new ImportResult.Duplicate(name, existing.get().id(), existing.get().title());
        }
        if (settings.dryRun()) {
            return new ImportResult.WouldImport(name, draft.title(), draft.sentences().size(), draft.excluded().size());
        }
        try {
            long id = documents.insert(draft, hash);
            return new ImportResult.Imported(name, id, draft.title(), draft.sentences().size(),
                    draft.excluded().size());
        } catch (StoreException e) {
            return new ImportResult.Failed(name, name + ": not imported: " + e.getMessage());
        }
    }

    /** SHA-256 of the normalised text: the same article is recognised whatever its file name. */
    public static String contentHash(String text) {
        return contentHash(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #contentHash(String)} of the text these bytes are the UTF-8 of. */
    static String contentHash(byte[] utf8) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8);
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
