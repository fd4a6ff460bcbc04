package dev.sentag.annotate;

import dev.sentag.model.Tag;
import dev.sentag.store.ConnectionLostException;
import dev.sentag.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tags and notes of a team library while its server is away: a write that finds the connection lost is kept in an
 * {@link OutageJournal} on disk instead of failing, and so is every later one until the queue is empty again (so
 * the order the user made them in holds). {@link #replay()} writes them, oldest first, each in its own transaction
 * through the annotation service (history and undo as usual); one the server refuses is reported and taken off,
 * never dropped silently. For a library file there is no journal and failures reach the caller as before.
 * Call it on the library's database thread.
 */
public final class OutageQueue {
    private static final System.Logger LOG = System.getLogger(OutageQueue.class.getName());

    /** How a write ended: committed, or kept for when the server is back. */
    public enum Written { WRITTEN, QUEUED }

    /** A change the server refused on replay, and why. */
    public record Refusal(OutageChange change, String reason) {
        /** One line for the user: what was not written and why. */
        public String shown() {
            return "Not written after the outage: " + change.shown() + " — " + reason;
        }
    }

    /**
     * What a replay did: changes written, changes found already in the library (a commit whose acknowledgement was
     * cut off had landed), those refused, and how many still wait (the server went away again).
     */
    public record Replay(int written, int alreadyThere, List<Refusal> refused, int waiting) {
        public Replay {
            refused = List.copyOf(refused);
        }
    }

    private final AnnotationService service;
    private final LinkService links;
    private final OutageJournal journal;
    private final String server;
    /** How many wait, readable from any thread without waiting for a replay under way (the FX thread asks). */
    private volatile int waiting;

    private OutageQueue(AnnotationService service, LinkService links, OutageJournal journal, String server) {
        this.service = service;
        this.links = links;
        this.journal = journal;
        this.server = server;
        this.waiting = journal == null ? 0 : journal.waiting().size();
    }

    /** The queue of a team library on {@code server}, kept in {@code file} (a journal left by a crash is read back). */
    public static OutageQueue onDisk(AnnotationService service, LinkService links, Path file, String server) {
        return new OutageQueue(service, links, new OutageJournal(file), server);
    }

    /** No queue (a library file): writes go straight to the service and failures reach the caller. */
    public static OutageQueue none(AnnotationService service, LinkService links) {
        return new OutageQueue(service, links, null, "");
    }

    /** The server as shown to the user (its URL, no password); empty without a queue. */
    public String server() {
        return server;
    }

    /** The journal file; empty without a queue. */
    public Optional<Path> file() {
        return Optional.ofNullable(journal).map(OutageJournal::file);
    }

    /** How many changes wait for the server. */
    public int waiting() {
        return waiting;
    }

    /** Sets (null clears) the label of sentence {@code sentenceId} (at {@code index} of {@code documentId}), or keeps it. */
    public synchronized Written tag(long documentId, long sentenceId, int index, Long labelId) {
        return write(OutageChange.tag(documentId, sentenceId, index, labelId), () -> service.tag(sentenceId, labelId));
    }

    /** Sets (blank removes) the note of sentence {@code sentenceId}, or keeps it for when the server is back. */
    public synchronized Written note(long documentId, long sentenceId, int index, String note) {
        return write(OutageChange.note(documentId, sentenceId, index, note), () -> service.note(sentenceId, note));
    }

    /** Sets (null clears) the speaker of sentence {@code index} (id {@code sentenceId}), or keeps it. */
    public synchronized Written speaker(long documentId, long sentenceId, int index, String name) {
        return write(OutageChange.speaker(documentId, sentenceId, index, name),
                () -> links.speaker(documentId, index, name));
    }

    /** Links sentence {@code from} to {@code to} ({@code add}) or removes that link; type null: the default. */
    public synchronized Written link(long documentId, long fromId, int from, long toId, int to, String type,
                                     boolean add) {
        return write(OutageChange.link(documentId, fromId, from, toId, to, type, add), () -> {
            if (add) {
                links.link(documentId, from, to, type);
            } else {
                links.unlink(documentId, from, to, type);
            }
        });
    }

    private Written write(OutageChange change, Runnable now) {
        if (journal != null && !journal.waiting().isEmpty()) {
            journal.append(change); // behind the ones that wait, so the user's order holds
            waiting = journal.waiting().size();
            return Written.QUEUED;
        }
        try {
            now.run();
            return Written.WRITTEN;
        } catch (ConnectionLostException e) {
            if (journal == null) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "{0} cannot be reached; keeping {1} in {2}", server, change.shown(),
                    journal.file());
            journal.append(change);
            waiting = journal.waiting().size();
            return Written.QUEUED;
        }
    }

    /**
     * Writes the waiting changes in order, each in its own transaction; stops (keeping the rest) when the server is
     * still or again away. A change refused (the document deleted meanwhile, not allowed) is taken off and returned.
     */
    public synchronized Replay replay() {
        int written = 0;
        int there = 0;
        List<Refusal> refused = new ArrayList<>();
        if (journal == null) {
            return new Replay(0, 0, refused, 0);
        }
        for (OutageChange change : journal.waiting()) {
            try {
                if (apply(change)) {
                    written++;
                } else {
                    there++;
                }
            } catch (ConnectionLostException e) {
                return new Replay(written, there, refused, journal.waiting().size());
            } catch (IllegalArgumentException | StoreException e) {
                refused.add(new Refusal(change, e.getMessage()));
                LOG.log(System.Logger.Level.WARNING, "{0} refused after the outage: {1}", change.shown(), e.getMessage());
            }
            journal.settled(change);
            waiting = journal.waiting().size();
        }
        return new Replay(written, there, refused, 0);
    }

    /** Writes one kept change; false if the library already holds it. */
    private boolean apply(OutageChange change) {
        OpenDocument doc = service.open(change.documentId()).orElseThrow(() -> new IllegalArgumentException(
                "document " + change.documentId() + " was deleted meanwhile."));
        if (doc.sentences().stream().noneMatch(s -> s.id() == change.sentenceId())) {
            throw new IllegalArgumentException("the sentence is no longer in \"" + doc.document().title()
                    + "\" (merged or split meanwhile).");
        }
        if (change.kind() == OutageChange.Kind.SPEAKER || change.kind() == OutageChange.Kind.LINK
                || change.kind() == OutageChange.Kind.UNLINK) {
            return applyLinkOrSpeaker(change, doc);
        }
        Optional<Tag> now = Optional.ofNullable(doc.tags().get(change.sentenceId()));
        if (change.kind() == OutageChange.Kind.TAG) {
            // A commit whose acknowledgement the outage cut off may have landed. Setting the same label again would
            // change nothing but add a second history row (a no-op step for undo), so an equal label is skipped.
            if (Objects.equals(now.map(Tag::labelId).orElse(null), change.labelId())) {
                return false;
            }
            service.tag(change.sentenceId(), change.labelId());
            return true;
        }
        String note = change.value() == null ? "" : change.value();
        if (note.equals(now.map(Tag::note).orElse(""))) {
            return false;
        }
        service.note(change.sentenceId(), note);
        return true;
    }

    /**
     * Links and speakers are written by position: the positions must still hold the same sentences (a merge or split
     * meanwhile moved them). Setting what is already there writes no history row (the link service says so).
     */
    private boolean applyLinkOrSpeaker(OutageChange change, OpenDocument doc) {
        if (change.kind() == OutageChange.Kind.SPEAKER) {
            samePlace(doc, change.index(), change.sentenceId());
            return links.speaker(change.documentId(), change.index(), change.value()).stored();
        }
        OutageChange.Target to = change.target();
        samePlace(doc, change.index(), change.sentenceId());
        samePlace(doc, to.index(), to.id());
        boolean add = change.kind() == OutageChange.Kind.LINK;
        return (add ? links.link(change.documentId(), change.index(), to.index(), to.type())
                : links.unlink(change.documentId(), change.index(), to.index(), to.type())).stored();
    }

    private static void samePlace(OpenDocument doc, int index, long sentenceId) {
        if (index >= doc.sentences().size() || doc.sentences().get(index).id() != sentenceId) {
            throw new IllegalArgumentException("sentence " + (index + 1) + " of \"" + doc.document().title()
                    + "\" is no longer the same (merged or split meanwhile).");
        }
    }
}
