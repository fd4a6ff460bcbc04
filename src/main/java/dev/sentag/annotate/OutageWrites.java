package dev.sentag.annotate;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.Tag;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes one change the outage queue kept, once the server is back, through the annotation and link services (so
 * with history and undo as usual), after checking it still applies: the document is there, the sentence too, and
 * an undo or redo takes back or makes again the very tag the user saw it take back. A change that no longer applies
 * throws {@link IllegalArgumentException} with the reason; the queue reports it.
 */
final class OutageWrites {
    private final AnnotationService service;
    private final LinkService links;

    OutageWrites(AnnotationService service, LinkService links) {
        this.service = service;
        this.links = links;
    }

    /** Writes one kept change; false if the library already holds it. */
    boolean apply(OutageChange change) {
        OpenDocument doc = service.open(change.documentId()).orElseThrow(() -> new IllegalArgumentException(
                "document " + change.documentId() + " was deleted meanwhile."));
        if (doc.sentences().stream().noneMatch(s -> s.id() == change.sentenceId())) {
            throw new IllegalArgumentException("the sentence is no longer in \"" + doc.document().title()
                    + "\" (merged or split meanwhile).");
        }
        Optional<Tag> now = Optional.ofNullable(doc.tags().get(change.sentenceId()));
        return switch (change.kind()) {
            case SPEAKER, LINK, UNLINK -> applyLinkOrSpeaker(change, doc);
            case TAG -> tag(change, now);
            case NOTE -> note(change, now);
            case UNSURE -> unsure(change, now);
            case UNDO, REDO -> history(change);
        };
    }

    private boolean tag(OutageChange change, Optional<Tag> now) {
        // A commit whose acknowledgement the outage cut off may have landed. Setting the same label again would
        // change nothing but add a second history row (a no-op step for undo), so an equal label is skipped.
        if (Objects.equals(now.map(Tag::labelId).orElse(null), change.labelId())) {
            return false;
        }
        service.tag(change.sentenceId(), change.labelId());
        return true;
    }

    private boolean note(OutageChange change, Optional<Tag> now) {
        String note = change.value() == null ? "" : change.value();
        if (note.equals(now.map(Tag::note).orElse(""))) {
            return false;
        }
        service.note(change.sentenceId(), note);
        return true;
    }

    private boolean unsure(OutageChange change, Optional<Tag> now) {
        boolean wanted = Boolean.parseBoolean(change.value());
        if (now.filter(t -> t.labelId() != null).map(Tag::unsure).orElse(!wanted) == wanted) {
            return false;
        }
        service.setUnsure(change.sentenceId(), wanted); // refused (no label there any more) with a reason
        return true;
    }

    /**
     * An undo or redo is written as one only if the step it takes is the tag, link or speaker the user saw it take back or make
     * again; else (that change was refused, or another session of the annotator changed their history) it is refused,
     * as writing it would take back something the user never saw taken back.
     */
    private boolean history(OutageChange change) {
        boolean forward = change.kind() == OutageChange.Kind.REDO;
        OutageChange kept = change.undone();
        Optional<HistoryEntry> next = forward ? service.stacks().nextRedo() : service.stacks().nextUndo();
        if (!next.filter(e -> same(e, kept)).isPresent()) {
            throw new IllegalArgumentException("the change it " + (forward ? "makes again" : "takes back")
                    + " is not the latest " + (forward ? "undone change" : "change") + " in the library any more.");
        }
        if (forward) {
            service.redo();
        } else {
            service.undo();
        }
        return true;
    }

    /** Whether history row {@code e} is the one that writing {@code kept} made. */
    private static boolean same(HistoryEntry e, OutageChange kept) {
        if (!Objects.equals(e.sentenceId(), kept.sentenceId())) {
            return false;
        }
        return switch (kept.kind()) {
            case TAG -> e.action() == HistoryEntry.Action.TAG && Objects.equals(e.newLabelId(), kept.labelId())
                    && (!kept.knowsPrevious() || Objects.equals(e.oldLabelId(), kept.previousLabelId()));
            case LINK, UNLINK -> e.action().name().equals(kept.kind().name()) && e.link() != null
                    && Objects.equals(e.link().toSentenceId(), kept.target().id());
            case SPEAKER -> e.action() == HistoryEntry.Action.SPEAKER && e.link() != null
                    && Objects.equals(e.link().newSpeaker(), kept.speakerName())
                    && (!kept.knowsPrevious() || Objects.equals(e.link().oldSpeaker(), kept.previousSpeaker()));
            default -> false;
        };
    }

    /**
     * Links and speakers are written by position: the positions must still hold the same sentences (a merge or split
     * meanwhile moved them). Setting what is already there writes no history row (the link service says so).
     */
    private boolean applyLinkOrSpeaker(OutageChange change, OpenDocument doc) {
        if (change.kind() == OutageChange.Kind.SPEAKER) {
            samePlace(doc, change.index(), change.sentenceId());
            return links.speaker(change.documentId(), change.index(), change.speakerName()).stored();
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
