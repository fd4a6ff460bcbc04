package dev.sentag.export;

import dev.sentag.model.AnnotatedSentence;
import dev.sentag.model.Annotator;
import dev.sentag.model.Label;
import dev.sentag.store.AnnotatedSentenceQuery;
import dev.sentag.store.AnnotatorRepository;
import dev.sentag.store.CodebookRepository;
import dev.sentag.store.LabelRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Streams the library, as one annotator tagged it, through a format's writer, one document at a time. */
public final class ExportService {
    private final AnnotatedSentenceQuery query;
    private final AnnotatorRepository annotators;
    private final LabelRepository labels;
    private final Supplier<Annotator> currentAnnotator;
    private final CodebookRepository codebook;

    public ExportService(AnnotatedSentenceQuery query, AnnotatorRepository annotators, LabelRepository labels,
                         Supplier<Annotator> current, CodebookRepository codebook) {
        this.query = query;
        this.annotators = annotators;
        this.labels = labels;
        this.currentAnnotator = current;
        this.codebook = codebook;
    }

    /**
     * Writes the export to {@code target} (a file, or a folder for folder formats; with a split, one per
     * part named {@code NAME.train.EXT} or {@code FOLDER/train/}). Everything is written into a staging
     * folder beside the target first and moved into place only when complete, so a cancelled or failed
     * export never leaves half a file or clobbers the previous one.
     */
    public ExportResult exportTo(ExportFormat format, ExportOptions options, Path target, ExportProgress progress)
            throws IOException {
        String name = target.toAbsolutePath().normalize().getFileName().toString();
        refuseFileNameForFolder(format, target, name);
        try (Staging staging = Staging.beside(target)) {
            long[] counts;
            if (options.split() == null) {
                try (StagedSink sink = new StagedSink(staging.folder(), name)) {
                    counts = write(format, options, List.of(sink), d -> 0, progress);
                }
            } else {
                Map<Long, Integer> plan = SplitPlanner.plan(countLabels(options), options.split());
                List<StagedSink> sinks = new ArrayList<>();
                for (String part : SplitSpec.PARTS) {
                    sinks.add(new StagedSink(staging.folder(), format.writesFolder() ? name + "/" + part
                            : SafeFileNames.stem(name) + "." + part + format.extension()));
                }
                try {
                    // A document added since the plan was made (another process) goes to train rather than nowhere.
                    counts = write(format, options, sinks, id -> plan.getOrDefault(id, 0), progress);
                } finally {
                    for (StagedSink sink : sinks) {
                        sink.close();
                    }
                }
            }
            return new ExportResult(counts[0], (int) counts[1], staging.commit());
        }
    }

    /** Extensions of files, not folders: a folder format given such a name was almost surely meant for another format. */
    private static final java.util.regex.Pattern FILE_LIKE = java.util.regex.Pattern.compile(
            "(?i).+\\.(json|jsonl|ndjson|csv|tsv|txt|xml|ann|conf|zip|gz)");

    /**
     * A folder format aimed at {@code ls.json} would silently write a folder of that name; refused instead,
     * unless a folder of that name already exists (then the user did mean a folder).
     */
    private static void refuseFileNameForFolder(ExportFormat format, Path target, String name) {
        if (format.writesFolder() && FILE_LIKE.matcher(name).matches() && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("The " + format.id() + " format writes a folder of files, but '" + name
                    + "' is a file name; give a folder name (e.g. '" + SafeFileNames.stem(name) + "-" + format.id()
                    + "').");
        }
    }

    /** Writes a single-file format to {@code out} (left open) and returns how many sentences were written. */
    public long export(ExportFormat format, ExportOptions options, OutputStream out) throws IOException {
        if (format.writesFolder()) {
            throw new IllegalArgumentException("The " + format.id() + " format writes a folder of files; name it with --out.");
        }
        if (options.split() != null) {
            throw new IllegalArgumentException("A split writes three files; name the output with --out.");
        }
        return write(format, options, List.of(new StreamSink(out, format)), d -> 0, ExportProgress.NONE)[0];
    }

    /** The first {@code maxLines} lines the export would write (for folder formats, of its first files). */
    public String preview(ExportFormat format, ExportOptions options, int maxLines) throws IOException {
        PreviewSink sink = new PreviewSink(maxLines);
        try {
            write(format, options, List.of(sink), d -> 0, ExportProgress.NONE);
        } catch (PreviewSink.Full enough) {
            // The preview has its lines; the rest of the library is not read.
        }
        return sink.text();
    }

    /** The labels of the active label set, in order: the choices for a label filter. */
    public List<String> labelNames() {
        return labels.active().labels().stream().map(Label::name).toList();
    }

    /** Returns {sentences, documents} written; {@code partOf} routes each document id to a sink. */
    private long[] write(ExportFormat format, ExportOptions options, List<? extends ExportSink> sinks,
                         ToIntFunction<Long> partOf, ExportProgress progress) throws IOException {
        Annotator who = annotator(options);
        WriterSettings settings = new WriterSettings(options, labels.active().labels(), codebook.current(),
                query.relationTypeNames());
        checkLabels(options, settings);
        SentenceSelection selection = new SentenceSelection(options);
        int total = query.documentCount();
        List<ExportWriter> writers = new ArrayList<>();
        long[] counts = {0, 0};
        int[] seen = {0};
        try {
            for (ExportSink sink : sinks) {
                writers.add(format.open(sink, settings));
            }
            query.forEachDocument(who.id(), doc -> {
                if (progress.cancelled()) {
                    throw new CancellationException("Export cancelled.");
                }
                selection.select(doc).ifPresent(selected -> {
                    try {
                        writers.get(partOf.applyAsInt(doc.id())).write(selected);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0] += selected.selected().size();
                    counts[1]++;
                });
                progress.documentsDone(++seen[0], total);
            });
            for (ExportWriter w : writers) {
                w.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return counts;
    }

    /** The first pass of a split: per document, how many selected sentences carry each label. */
    private List<SplitPlanner.DocumentCounts> countLabels(ExportOptions options) {
        Annotator who = annotator(options);
        SentenceSelection selection = new SentenceSelection(options);
        List<SplitPlanner.DocumentCounts> counts = new ArrayList<>();
        query.forEachDocument(who.id(), doc -> selection.select(doc).ifPresent(selected -> {
            Map<String, Integer> byLabel = new HashMap<>();
            for (AnnotatedSentence s : selected.selected()) {
                if (s.label() != null) {
                    byLabel.merge(s.label(), 1, Integer::sum);
                }
            }
            counts.add(new SplitPlanner.DocumentCounts(doc.id(), selected.selected().size(), byLabel));
        }));
        return counts;
    }

    /** A label filter naming no label of the set would silently export nothing: refuse it instead. */
    private static void checkLabels(ExportOptions options, WriterSettings settings) {
        List<String> known = settings.labels().stream().map(Label::name).toList();
        for (String wanted : options.labels()) {
            if (known.stream().noneMatch(k -> k.equalsIgnoreCase(wanted))) {
                throw new IllegalArgumentException("Unknown label '" + wanted + "'; known: " + String.join(", ", known) + ".");
            }
        }
    }

    private Annotator annotator(ExportOptions options) {
        return options.annotator() == null ? currentAnnotator.get()
                : annotators.all().stream().filter(a -> a.name().equals(options.annotator())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No annotator named '" + options.annotator() + "'."));
    }
}
