package dev.sentag.export;

import dev.sentag.model.Annotator;
import dev.sentag.store.AnnotatedSentenceQuery;
import dev.sentag.store.AnnotatorRepository;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/** Streams the library, as one annotator tagged it, through a format's writer. */
public final class ExportService {
    private final AnnotatedSentenceQuery query;
    private final AnnotatorRepository annotators;
    private final Supplier<Annotator> currentAnnotator;

    public ExportService(AnnotatedSentenceQuery query, AnnotatorRepository annotators, Supplier<Annotator> current) {
        this.query = query;
        this.annotators = annotators;
        this.currentAnnotator = current;
    }

    /**
     * Writes the export to {@code target}: first beside it, then moved into place, so a failed export
     * never leaves half a file or clobbers the previous one. Returns how many sentences were written.
     */
    public long exportToFile(ExportFormat format, ExportOptions options, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException("Cannot export to " + target + ": the folder "
                    + absolute.getParent() + " does not exist.");
        }
        Path tmp = Files.createTempFile(absolute.getParent(), ".sentag-export", ".tmp");
        try {
            long n;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                n = export(format, options, file);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the export to {@code out} (left open) and returns how many sentences were written. */
    public long export(ExportFormat format, ExportOptions options, OutputStream out) throws IOException {
        Annotator who = options.annotator() == null ? currentAnnotator.get()
                : annotators.all().stream().filter(a -> a.name().equals(options.annotator())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No annotator named '" + options.annotator() + "'."));
        long[] count = {0};
        try (SentenceWriter writer = format.open(out)) {
            query.forEach(who.id(), options.includeExcluded(), s -> {
                if (s.label() == null && !options.includeUntagged()) {
                    return;
                }
                try {
                    writer.write(s);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }
}
