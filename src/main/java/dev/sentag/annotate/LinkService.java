package dev.sentag.annotate;

import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.RelationType;
import dev.sentag.model.Sentence;
import dev.sentag.model.SentenceLink;
import dev.sentag.model.SentencePlace;
import dev.sentag.model.Speakers;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.LinkRepository;
import dev.sentag.model.SentenceSpeaker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links between sentences and speakers of sentences for the current annotator of an {@link AnnotationService}:
 * each change one transaction with its history row, undone and redone by that service's undo and redo.
 * Every argument is checked before anything is written.
 */
public final class LinkService {
    public static final String DEFAULT_TYPE = "responds_to";

    private final AnnotationService annotation;
    private final DocumentRepository documents;
    private final LinkRepository links;
    private final SpeakerSuggester suggester = SpeakerSuggester.standard();

    public LinkService(AnnotationService annotation, DocumentRepository documents, LinkRepository links) {
        this.annotation = annotation;
        this.documents = documents;
        this.links = links;
        annotation.replayLinksWith(this::replay);
    }

    /** A link or speaker command that was committed, or found nothing to change ({@code stored} false). */
    public record Outcome(long documentId, int index, boolean stored) {
    }

    public List<RelationType> relationTypes() {
        return links.relationTypes();
    }

    /** Links sentence {@code from} of a document to sentence {@code to}; type null means {@value #DEFAULT_TYPE}. */
    public Outcome link(long documentId, int from, int to, String type) {
        return change(documentId, from, to, type, true);
    }

    /** Removes the current annotator's link, if there is one. */
    public Outcome unlink(long documentId, int from, int to, String type) {
        return change(documentId, from, to, type, false);
    }

    private Outcome change(long documentId, int from, int to, String typeName, boolean add) {
        SentencePlace source = includedAt(documentId, from);
        SentencePlace target = includedAt(documentId, to);
        if (from == to) {
            throw new IllegalArgumentException("Sentence " + from + " of document " + documentId
                    + " cannot link to itself.");
        }
        RelationType type = type(typeName);
        UndoStacks stacks = annotation.stacks();
        HistoryEntry entry = links.setLink(source.id(), target.id(), type.id(), annotation.annotator().id(), add,
                add ? Action.LINK : Action.UNLINK, null);
        if (entry != null) {
            stacks.record(entry);
        }
        return new Outcome(documentId, from, entry != null);
    }

    /**
     * The relation type of this name (case-insensitive); null means the default, {@value #DEFAULT_TYPE}, or the
     * first type of the codebook when that one was renamed or retired.
     */
    public RelationType type(String name) {
        List<RelationType> types = relationTypes();
        String wanted = name != null ? name.strip() : types.stream().noneMatch(t -> t.name().equalsIgnoreCase(DEFAULT_TYPE))
                && !types.isEmpty() ? types.get(0).name() : DEFAULT_TYPE;
        return types.stream().filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown link type '" + wanted + "'; use one of "
                        + types.stream().map(RelationType::name).toList() + "."));
    }

    /** Sets the speaker of sentence {@code index} (trimmed, 1 to 200 characters); null clears it. */
    public Outcome speaker(long documentId, int index, String name) {
        String clean = name == null ? null : Speakers.clean(name);
        SentencePlace place = includedAt(documentId, index);
        UndoStacks stacks = annotation.stacks();
        HistoryEntry entry = links.setSpeaker(place.id(), annotation.annotator().id(), clean, Action.SPEAKER, null);
        if (entry != null) {
            stacks.record(entry);
        }
        return new Outcome(documentId, index, entry != null);
    }

    private SentencePlace includedAt(long documentId, int index) {
        SentencePlace place = annotation.placeAt(documentId, index);
        if (place.excluded()) {
            throw new IllegalArgumentException("Sentence " + index + " of document " + documentId
                    + " is excluded (web residue); include it first.");
        }
        return place;
    }

    /** The current annotator's links in a document. */
    public List<SentenceLink> links(long documentId) {
        return links.links(documentId, annotation.annotator().id(), false);
    }

    /** The other annotators' links in a document. */
    public List<SentenceLink> othersLinks(long documentId) {
        return links.links(documentId, annotation.annotator().id(), true);
    }

    /** The current annotator's speakers in a document, by sentence index. */
    public Map<Integer, String> speakers(long documentId) {
        Map<Integer, String> out = new LinkedHashMap<>();
        links.speakers(documentId, annotation.annotator().id(), false).forEach(s -> out.put(s.index(), s.name()));
        return out;
    }

    /** The other annotators' speakers in a document. */
    public List<SentenceSpeaker> othersSpeakers(long documentId) {
        return links.speakers(documentId, annotation.annotator().id(), true);
    }

    /** Names to complete a speaker with: this document's first, then the library's. */
    public List<String> speakerNames(long documentId) {
        return links.speakerNames(documentId, 500);
    }

    /** A suggested speaker for each included sentence of a document where the text names one, by index. */
    public Map<Integer, String> suggestions(long documentId) {
        var document = documents.find(documentId)
                .orElseThrow(() -> new IllegalArgumentException("No document with id " + documentId + "."));
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Sentence s : documents.sentences(document)) {
            if (!s.excluded()) {
                suggester.suggest(s.text()).ifPresent(name -> out.put(s.index(), name));
            }
        }
        return out;
    }

    /** The suggestion for one sentence's text, if any. */
    public Optional<String> suggestion(String sentenceText) {
        return suggester.suggest(sentenceText);
    }

    private Change replay(HistoryEntry target, boolean forward) {
        Action action = forward ? Action.REDO : Action.UNDO;
        long me = annotation.annotator().id();
        HistoryEntry.LinkDetail d = target.link();
        HistoryEntry entry = target.action() == Action.SPEAKER
                ? links.setSpeaker(target.sentenceId(), me, forward ? d.newSpeaker() : d.oldSpeaker(), action, target.id())
                : links.setLink(target.sentenceId(), d.toSentenceId(), d.relationTypeId(), me,
                        (target.action() == Action.LINK) == forward, action, target.id());
        annotation.stacks().record(entry);
        // The view reloads the document: links and speakers are not in a Change of their own.
        return documents.place(target.sentenceId())
                .map(s -> new Change(s.documentId(), s.index(), null, true, 0))
                .orElseGet(() -> new Change(documents.documentOf(target.sentenceId()), -1, null, true, 0));
    }
}
