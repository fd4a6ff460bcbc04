package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.store.ImportWrites;
import dev.sentag.store.ImportWrites.NewDocument;
import dev.sentag.store.ImportWrites.Outcome;
import dev.sentag.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The plain-text and HTML articles of a many-file import, stored a slice of the batch per transaction instead of one
 * per file (see {@link ImportWrites#insertEach}), each slice sized to take about 20 ms. Results keep the order of the files. If a batch fails as a whole (a full
 * disk, a constraint), its articles are stored again one transaction each, so the one at fault is named and the
 * others are kept, exactly as a file-by-file import would.
 */
final class ArticleFileBatches {
    /** Few enough that a batch's drafts stay small in memory and a cancel is heard within a second or so. */
    static final int MAX_FILES = 500;
    static final long MAX_CHARS = 8_000_000;
    /**
     * How long one slice's transaction should take: a keypress queued behind it waits about this long (the issue
     * allows 50 ms).
     */
    static final long SLICE_NANOS = 15_000_000;
    /**
     * Each slice is one commit, one fsync: on a busy disk the fsync alone can take the whole target, and slices
     * shrunk to a few articles would make the import crawl (measured: 555 articles/s with slices down to 8) without
     * making keypresses wait any less. So a slice holds at least this many articles. (15 ms and 32 measured against
     * 25 ms and 64: tag p99 during the import 37 against 54 ms, the import as fast as with 500-article batches.)
     */
    static final int MIN_SLICE = 32;
    private static final System.Logger LOG = System.getLogger(ArticleFileBatches.class.getName());

    private record Pending(int slot, String name, DocumentDraft draft, String hash) {
    }

    private final ImportWrites writes;
    private final BiFunction<DocumentDraft, String, ImportResult> oneByOne;
    private final List<ImportResult> out;
    private final List<Pending> pending = new ArrayList<>();
    private long chars;
    private int sliceSize = MIN_SLICE;

    /**
     * @param oneByOne stores one draft in its own transaction (the fallback), given the draft and the input's name
     * @param out      the import's results, in input order; this class fills the slots it reserves
     */
    ArticleFileBatches(ImportWrites writes, BiFunction<DocumentDraft, String, ImportResult> oneByOne,
                       List<ImportResult> out) {
        this.writes = writes;
        this.oneByOne = oneByOne;
        this.out = out;
    }

    /** Queues a read article, reserving its place among the results; stores the batch when it is full. */
    void add(String name, DocumentDraft draft, String contentHash) {
        pending.add(new Pending(out.size(), name, draft, contentHash));
        out.add(null);
        chars += draft.text().length();
        if (pending.size() >= MAX_FILES || chars >= MAX_CHARS) {
            flush();
        }
    }

    /**
     * Stores what is queued, in slices of about {@link #SLICE_NANOS} each (a transaction per slice, queued on the
     * database thread), so that a keypress submitted meanwhile waits for one slice, not the whole batch. Call before
     * any result is added by other means, and at the end.
     */
    void flush() {
        for (int from = 0; from < pending.size(); ) {
            int to = Math.min(pending.size(), from + sliceSize);
            long start = System.nanoTime();
            store(pending.subList(from, to));
            long took = Math.max(1, System.nanoTime() - start);
            // Halfway towards the size that would have taken the target time: steady under a noisy clock.
            long aimed = (long) ((to - from) * (double) SLICE_NANOS / took);
            sliceSize = (int) Math.max(MIN_SLICE, Math.min(MAX_FILES, (sliceSize + aimed) / 2));
            from = to;
        }
        pending.clear();
        chars = 0;
    }

    private void store(List<Pending> slice) {
        try {
            List<Outcome> outcomes = writes.insertEach(slice.stream()
                    .map(p -> new NewDocument(p.draft(), p.hash())).toList());
            for (int i = 0; i < slice.size(); i++) {
                Pending p = slice.get(i);
                Outcome outcome = outcomes.get(i);
                out.set(p.slot(), outcome instanceof Outcome.AlreadyStored a
                        ? new ImportResult.Duplicate(p.name(), a.id(), a.title())
                        : new ImportResult.Imported(p.name(), ((Outcome.Stored) outcome).id(), p.draft().title(),
                                p.draft().sentences().size(), p.draft().excluded().size()));
            }
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "A batch of {0} articles failed ({1}); storing them one by one",
                    slice.size(), e.getMessage());
            slice.forEach(p -> out.set(p.slot(), oneByOne.apply(p.draft(), p.name())));
        }
    }
}
