package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * Reads and splits the article files of a bulk import ahead of the thread that stores them, on the other cores.
 * Profiled on 10,000 articles, reading, decoding, splitting and residue rules took as long as the database inserts;
 * done one after the other the import ran at a fifth of a bare insert loop, overlapped it keeps the database busy.
 * At most {@link #AHEAD} files and {@link #AHEAD_BYTES} bytes of them are read ahead, so memory stays bounded
 * whatever the folder holds (500 scraped pages or 500 one-megabyte dossiers).
 */
final class DraftPipeline implements AutoCloseable {
    static final int AHEAD = ArticleFileBatches.MAX_FILES;
    static final long AHEAD_BYTES = 16L * 1024 * 1024;

    /** What reading one file gave: a draft and the hash of its text, or the reason it cannot be imported. */
    record Drafted(DocumentDraft draft, String hash, ImportException problem) {
    }

    /** Reads one file into a draft (as the one-file import does) with the hash of its text. */
    interface Reader {
        Drafted read(Path file) throws ImportException;
    }

    private final List<Path> files;
    /** Which files this pipeline reads, decided once: for a name without a known extension that reads its head. */
    private final boolean[] articles;
    private final Reader reader;
    private final Map<Integer, Future<Drafted>> ahead = new HashMap<>();
    private final Map<Integer, Long> sizes = new HashMap<>();
    private long aheadBytes;
    private final ExecutorService pool;
    private int submitted;

    /** @param articles which files this pipeline reads (the others are imported their own way, in their place) */
    DraftPipeline(List<Path> files, Predicate<Path> articles, Reader reader) {
        this.files = files;
        this.articles = new boolean[files.size()];
        for (int i = 0; i < files.size(); i++) {
            this.articles[i] = articles.test(files.get(i));
        }
        this.reader = reader;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sentag-import-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /** True if file {@code i} is one this pipeline reads. */
    boolean reads(int i) {
        return articles[i];
    }

    /** File {@code i}'s draft, waiting for it if need be, and starts reading the files after it. */
    Drafted get(int i) {
        while (submitted < files.size() && submitted <= i + AHEAD && (submitted <= i || aheadBytes < AHEAD_BYTES)) {
            int k = submitted++;
            if (articles[k]) {
                long size = size(files.get(k));
                sizes.put(k, size);
                aheadBytes += size;
                ahead.put(k, pool.submit(() -> read(files.get(k))));
            }
        }
        aheadBytes -= sizes.remove(i);
        Future<Drafted> wanted = ahead.remove(i);
        help(i, wanted);
        try {
            return wanted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading " + files.get(i) + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * While file {@code i} is not read yet, the importing thread (which would only wait) reads files itself: file
     * {@code i} if no reader has started it, else the next ones no reader has started. So when reading is what holds
     * the import up (at its start, while the JIT has not yet compiled the splitter and the database thread waits for
     * drafts: 0.5–0.9 s of a cold 5,000-article import here, with one reader on two cores) two threads read, and when
     * the database is what holds it up the importing thread waits for the database's slice instead and reads nothing,
     * so no more threads compete with the database thread than before. A task a reader took meanwhile is not run
     * twice ({@link FutureTask#run} does nothing once started).
     */
    private void help(int i, Future<Drafted> wanted) {
        if (wanted instanceof FutureTask<Drafted> task) {
            task.run();
        }
        for (int k = i + 1; k < submitted && !wanted.isDone(); k++) {
            if (ahead.get(k) instanceof FutureTask<Drafted> task && !task.isDone()) {
                task.run();
            }
        }
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // reading it will say what is wrong, in its place
        }
    }

    private Drafted read(Path file) {
        try {
            return reader.read(file);
        } catch (ImportException e) {
            return new Drafted(null, null, e);
        }
    }

    /** Stops reading ahead (after a cancel or at the end). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
