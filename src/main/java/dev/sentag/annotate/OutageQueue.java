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
 * What a coder types into a team library while its server is away: tags, notes, unsure marks, links, speakers, and
 * undo and redo of tags, links and speakers. A write that finds the connection lost is kept in an {@link OutageJournal} on disk
 * instead of failing, and so is every later one until the queue is empty again (so the order the user made them in
 * holds).
 * {@link #replay()} writes them, oldest first, each in its own transaction through the services (history and undo as
 * usual), as the annotator they were made as; one the server refuses is reported and taken off, never dropped
 * silently. Undo offline works on the kept tags, links and speakers ({@link OfflineUndo}), replayed as an undo of the same one.
 * For a library file there is no journal and failures reach the caller as before. Call it on the database thread.
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

    /**
     * What an undo or redo did: written, or kept (then {@code change}, {@code link} or {@code speaker} is what the user
     * sees it do), with what changed (all empty: nothing to undo); or {@code refused} (not null) saying why nothing
     * changed.
     */
    public record Step(Written written, Optional<Change> change, Optional<LinkStep> link,
                       Optional<SpeakerStep> speaker, String refused) {
    }

    /** What an undo or redo kept offline did to a speaker: sentence {@code index} is now {@code name}'s (null: none). */
    public record SpeakerStep(long documentId, int index, String name) {
    }

    /**
     * What an undo or redo kept offline did to a link (from sentence {@code from} to {@code to}, type null: the
     * default): {@code present}, it is there now; else it is gone. Links are not in a {@link Change}: the view shows it.
     */
    public record LinkStep(long documentId, int from, long fromId, int to, long toId, String type, boolean present) {
    }

    private final AnnotationService service;
    private final LinkService links;
    private final OutageWrites writes;
    private final OutageJournal journal;
    private final String server;
    /** Whom the session acted as before a replay that could not switch back (the server went away again). */
    private String owedTo;
    /** How many wait, readable from any thread without waiting for a replay under way (the FX thread asks). */
    private volatile int waiting;

    private OutageQueue(AnnotationService service, LinkService links, OutageJournal journal, String server) {
        this.service = service;
        this.links = links;
        this.writes = new OutageWrites(service, links);
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

    /** Whether {@code failure} says a team library's server cannot be reached (the work was not done). */
    public static boolean serverAway(Throwable failure) {
        return failure instanceof ConnectionLostException;
    }

    /** Lets another window take over the changes still waiting (this one's library closes); they stay on disk. */
    public synchronized void close() {
        if (journal != null) {
            journal.release();
            waiting = 0;
        }
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

    /**
     * {@link #tag(long, long, int, Long)} of a sentence whose label was {@code before} (null: none) until now, so
     * that the tag can be undone while it waits for the server.
     */
    public synchronized Written tag(long documentId, long sentenceId, int index, Long labelId, Long before) {
        return write(OutageChange.tag(documentId, sentenceId, index, labelId, before),
                () -> service.tag(sentenceId, labelId));
    }

    /** Marks the sentence's tag unsure, or sure again, or keeps the mark for when the server is back. */
    public synchronized Written unsure(long documentId, long sentenceId, int index, boolean unsure) {
        return write(OutageChange.unsure(documentId, sentenceId, index, unsure),
                () -> service.setUnsure(sentenceId, unsure));
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

    /** {@link #speaker(long, long, int, String)} of a sentence whose speaker was {@code before} (null: none). */
    public synchronized Written speaker(long documentId, long sentenceId, int index, String name, String before) {
        return write(OutageChange.speaker(documentId, sentenceId, index, name, before),
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
            keep(change); // behind the ones that wait, so the user's order holds
            return Written.QUEUED;
        }
        try {
            actAsOwed();
            now.run();
            return Written.WRITTEN;
        } catch (ConnectionLostException e) {
            if (journal == null) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "{0} cannot be reached; keeping {1} in {2}", server, change.shown(),
                    journal.file());
            keep(change);
            return Written.QUEUED;
        }
    }

    private void keep(OutageChange change) {
        journal.append(change.by(actingAs()));
        waiting = journal.waiting().size();
    }

    /** Whom the session acts as (gold while adjudicating), or null if only the server could say. */
    private String actingAs() {
        if (owedTo != null) {
            return owedTo;
        }
        try {
            return service.annotator().name(); // known after the first write of a session: no round trip
        } catch (ConnectionLostException e) {
            return null;
        }
    }

    /** Undoes the latest change, or (offline) the latest tag, link or speaker kept; see {@link Step}. */
    public synchronized Step undo() {
        return step(false);
    }

    /** Redoes the latest undone change, or (offline) the latest one undone while kept; see {@link Step}. */
    public synchronized Step redo() {
        return step(true);
    }

    private Step step(boolean forward) {
        if (journal == null || journal.waiting().isEmpty()) {
            try {
                actAsOwed();
                return new Step(Written.WRITTEN, forward ? service.redo() : service.undo(), Optional.empty(),
                        Optional.empty(), null);
            } catch (ConnectionLostException e) {
                if (journal == null) {
                    throw e;
                }
                return refusedStep(forward, "the server cannot be reached; try again once it is back");
            }
        }
        Optional<OutageChange> target = OfflineUndo.of(journal.waiting(), actingAs()).next(forward);
        if (target.isEmpty()) {
            return refusedStep(forward, "until the server is back, only changes made offline can be "
                    + (forward ? "redone" : "undone"));
        }
        OutageChange t = target.get();
        if (t.kind() == OutageChange.Kind.TAG && t.knowsPrevious()) {
            keep(OutageChange.history(t, forward));
            return new Step(Written.QUEUED, Optional.of(new Change(t.documentId(), t.index(),
                    forward ? t.labelId() : t.previousLabelId(), false, 0)), Optional.empty(), Optional.empty(), null);
        }
        if (t.kind() == OutageChange.Kind.LINK || t.kind() == OutageChange.Kind.UNLINK) {
            keep(OutageChange.history(t, forward));
            OutageChange.Target to = t.target();
            return new Step(Written.QUEUED, Optional.empty(), Optional.of(new LinkStep(t.documentId(), t.index(),
                    t.sentenceId(), to.index(), to.id(), to.type(), (t.kind() == OutageChange.Kind.LINK) == forward)),
                    Optional.empty(), null);
        }
        if (t.kind() == OutageChange.Kind.SPEAKER && t.knowsPrevious()) {
            keep(OutageChange.history(t, forward));
            return new Step(Written.QUEUED, Optional.empty(), Optional.empty(), Optional.of(new SpeakerStep(
                    t.documentId(), t.index(), forward ? t.speakerName() : t.previousSpeaker())), null);
        }
        return refusedStep(forward, (forward ? "redoing " : "undoing ") + t.shown() + " waits for the server");
    }

    private static Step refusedStep(boolean forward, String why) {
        return new Step(Written.WRITTEN, Optional.empty(), Optional.empty(), Optional.empty(),
                (forward ? "Nothing redone: " : "Nothing undone: ") + why + "."); // short: it must fit the status bar
    }

    /**
     * Writes the waiting changes in order, each in its own transaction; stops (keeping the rest) when the server is
     * still or again away. A change refused (the document deleted meanwhile, not allowed) is taken off and returned.
     */
    public synchronized Replay replay() {
        if (journal != null) {
            journal.adoptLeftovers(); // a window closed while the server was away left its changes to this one
            waiting = journal.waiting().size();
        }
        if (journal == null || journal.waiting().isEmpty()) {
            return new Replay(0, 0, List.of(), 0);
        }
        String acting = actingAs();
        try {
            return replayAll(acting);
        } finally {
            try {
                actAs(acting);
            } catch (ConnectionLostException e) {
                owedTo = acting; // gone again mid-replay: the next write goes back to whom the session acts as
            }
        }
    }

    private Replay replayAll(String acting) {
        int written = 0;
        int there = 0;
        List<Refusal> refused = new ArrayList<>();
        try {
            // A write the outage cut off may have landed: undo must see the history the server holds, not a cached one.
            service.historyChangedElsewhere();
        } catch (ConnectionLostException e) { // the cache is dropped all the same; the server is still away
            return new Replay(0, 0, refused, journal.waiting().size());
        }
        for (OutageChange change : journal.waiting()) {
            try {
                actAs(change.annotator() == null ? acting : change.annotator());
                if (writes.apply(change)) {
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

    /** Acts as {@code name} (the annotator a change was made as) unless already; null: leave as is. */
    private void actAs(String name) {
        if (name != null && !name.equals(service.annotator().name())) {
            service.actAs(name);
        }
    }

    private void actAsOwed() {
        if (owedTo != null) {
            actAs(owedTo);
            owedTo = null;
        }
    }
}
