package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import dev.sentag.store.ImportWrites;
import dev.sentag.store.ImportWrites.NewDocument;
import dev.sentag.store.ImportWrites.Outcome;
import dev.sentag.store.SliceSize;
import dev.sentag.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;

/**
 * The plain-text and HTML articles of a many-file import, stored a slice of the batch per transaction instead of one
 * per file (see {@link ImportWrites#slices}), each slice sized to take about 20 ms. Results keep the order of the files. If a batch fails as a whole (a full
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

    private final ImportWrites.Slices slices;
    private final BiFunction<DocumentDraft, String, ImportResult> oneByOne;
    private final List<ImportResult> out;
    private final List<Pending> pending = new ArrayList<>();
    private long chars;
    private final SliceSize sliceSize = new SliceSize(MIN_SLICE, MIN_SLICE, MAX_FILES, SLICE_NANOS);
    /**
     * The slice handed to the database thread last, stored while the next one is read. When the next is handed over the
     * database thread goes on to it as soon as this one is through (or after a keypress queued meanwhile: a keypress
     * waits for one slice at most), and this one's results are collected then.
     */
    private InFlight inFlight;
    /**
     * Articles stored since the last slice whose commit waited for the disk: one in every {@link #MAX_FILES} does, so
     * that a power cut in a long import loses at most that many (and, as ever, nothing that was reported).
     */
    private int sinceDurable;

    /** {@code before}: when the slice handed over before it finished (it cannot start earlier), or null. */
    private record InFlight(List<Pending> slice, CompletableFuture<List<Outcome>> outcomes, long submitted,
                            long[] finished, long[] before) {
    }

    /**
     * @param oneByOne stores one draft in its own transaction (the fallback), given the draft and the input's name
     * @param out      the import's results, in input order; this class fills the slots it reserves
     */
    ArticleFileBatches(ImportWrites writes, BiFunction<DocumentDraft, String, ImportResult> oneByOne,
                       List<ImportResult> out) {
        this.slices = writes.slices();
        this.oneByOne = oneByOne;
        this.out = out;
    }

    /**
     * Queues a read article, reserving its place among the results. Once a slice's worth is queued it goes to the
     * database thread, which stores it while the next articles are read (the one before it is waited for first).
     * The newest article stays queued, so that {@link #flush} always has a slice left to end the import durably.
     */
    void add(String name, DocumentDraft draft, String contentHash) {
        pending.add(new Pending(out.size(), name, draft, contentHash));
        out.add(null);
        chars += draft.text().length();
        if (pending.size() > sliceSize.get() || chars >= MAX_CHARS) {
            Pending newest = pending.remove(pending.size() - 1);
            submit(sinceDurable + pending.size() >= MAX_FILES);
            pending.add(newest);
            chars = newest.draft().text().length();
        }
    }

    /**
     * Stores what is queued and waits for it: call before any result is added by other means, and at the end. Each
     * slice is one transaction on the database thread, so a keypress submitted meanwhile waits for one slice at most.
     *
     * <p>Only the last slice's commit (and one every {@link #MAX_FILES} articles) waits for the disk (fsync): it makes
     * the slices before it durable too, as does
     * any keypress's commit in between (one connection, one WAL), and nothing is reported before it returned. A
     * commit's fsync took 12–15 ms here, as long as a whole slice's inserts: waiting for it at every slice held the
     * slices at their minimum size and doubled the import's time.
     */
    void flush() {
        if (!pending.isEmpty()) {
            submit(true);
        }
        await();
        chars = 0;
    }

    /**
     * Hands what is queued to the database thread as one slice, to store once the slice before it is through, then
     * collects that one's results (the database thread has gone on meanwhile).
     */
    private void submit(boolean durable) {
        List<Pending> slice = List.copyOf(pending);
        pending.clear();
        sinceDurable = durable ? 0 : sinceDurable + slice.size();
        long[] finished = new long[1];
        CompletableFuture<List<Outcome>> outcomes = slices.insertEachLater(slice.stream()
                .map(p -> new NewDocument(p.draft(), p.hash())).toList(), durable).whenComplete((r, e) -> finished[0] =
                System.nanoTime());
        InFlight before = inFlight;
        inFlight = new InFlight(slice, outcomes, System.nanoTime(), finished, before == null ? null : before.finished());
        if (before != null) {
            collect(before);
        }
    }

    /** Waits for the slice in flight and collects it. */
    private void await() {
        if (inFlight == null) {
            return;
        }
        InFlight f = inFlight;
        inFlight = null;
        collect(f);
    }

    /**
     * Fills in a slice's results and sizes the next slice by how long it took. If it failed, the slice handed over
     * after it was not stored either (see {@link ImportWrites.Slices}): its articles are stored one by one too, in
     * their order, before slices go on.
     */
    private void collect(InFlight f) {
        boolean stored = store(f);
        long started = f.before() == null ? f.submitted() : Math.max(f.submitted(), f.before()[0]);
        sliceSize.took(f.slice().size(), f.finished()[0] - started);
        if (!stored) {
            InFlight next = inFlight;
            inFlight = null;
            if (next != null) {
                store(next);
            }
            slices.resume();
        }
    }

    /** Fills in a slice's results, storing its articles one by one if it failed as a whole; false if it had. */
    private boolean store(InFlight f) {
        List<Pending> slice = f.slice();
        try {
            List<Outcome> outcomes;
            try {
                outcomes = f.outcomes().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            for (int i = 0; i < slice.size(); i++) {
                Pending p = slice.get(i);
                Outcome outcome = outcomes.get(i);
                out.set(p.slot(), outcome instanceof Outcome.AlreadyStored a
                        ? new ImportResult.Duplicate(p.name(), a.id(), a.title())
                        : new ImportResult.Imported(p.name(), ((Outcome.Stored) outcome).id(), p.draft().title(),
                                p.draft().sentences().size(), p.draft().excluded().size()));
            }
            return true;
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "A batch of {0} articles failed ({1}); storing them one by one",
                    slice.size(), e.getMessage());
            slice.forEach(p -> out.set(p.slot(), oneByOne.apply(p.draft(), p.name())));
            return false;
        }
    }
}
