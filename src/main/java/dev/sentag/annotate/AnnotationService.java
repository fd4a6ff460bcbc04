package dev.sentag.annotate;

import dev.sentag.model.Annotator;
import dev.sentag.model.DocumentSummary;
import dev.sentag.model.HistoryEntry;
import dev.sentag.model.HistoryEntry.Action;
import dev.sentag.model.Label;
import dev.sentag.model.LabelSet;
import dev.sentag.model.SentencePlace;
import dev.sentag.store.AnnotatorRepository;
import dev.sentag.store.CodebookMigrations;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.DocumentTrash;
import dev.sentag.store.LabelRepository;
import dev.sentag.store.RepairRepository;
import dev.sentag.store.SettingsRepository;
import dev.sentag.store.TagBatches;
import dev.sentag.store.TagRepository;
import java.util.List;
import java.util.Optional;

/**
 * The tagging session: who is tagging, with which labels, and the tag, note, undo and redo commands.
 * Every method commits before it returns. Not thread-safe: the GUI calls it on the database thread.
 */
public final class AnnotationService {
    static final String ANNOTATOR_SETTING = "annotator";
    /** A note is a remark on one sentence; a megabyte pasted by mistake is refused, not stored. */
    public static final int MAX_NOTE = 10_000;

    private final DocumentRepository documents;
    private final TagRepository tags;
    private final LabelRepository labels;
    private final AnnotatorRepository annotators;
    private final SettingsRepository settings;
    private final RepairRepository repairs;
    private final TagBatches batches;
    private final DocumentTrash trash;
    private final CodebookMigrations codebook;
    private Annotator annotator;
    private UndoStacks stacks;
    private java.util.function.BiFunction<HistoryEntry, Boolean, Change> linkReplay = (target, forward) -> {
        throw new IllegalStateException("Links and speakers cannot be undone without the link service.");
    };

    public AnnotationService(DocumentRepository documents, TagRepository tags, LabelRepository labels,
                             AnnotatorRepository annotators, SettingsRepository settings, RepairRepository repairs,
                             TagBatches batches, DocumentTrash trash, CodebookMigrations codebook) {
        this.documents = documents;
        this.tags = tags;
        this.labels = labels;
        this.annotators = annotators;
        this.settings = settings;
        this.repairs = repairs;
        this.batches = batches;
        this.trash = trash;
        this.codebook = codebook;
    }

    /** The current annotator: the one saved in the database, else the OS user. */
    public Annotator annotator() {
        if (annotator == null) {
            String name = settings.get(ANNOTATOR_SETTING).orElseGet(AnnotationService::osUser);
            annotator = annotators.findOrCreate(name);
        }
        return annotator;
    }

    /** Makes {@code name} the current annotator, for this session and the next. */
    public Annotator switchAnnotator(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An annotator needs a name.");
        }
        annotator = annotators.findOrCreate(name);
        settings.put(ANNOTATOR_SETTING, annotator.name());
        stacks = null;
        return annotator;
    }

    /** The names of every annotator in the library except gold, sorted. */
    public List<String> annotatorNames() {
        return annotators.all().stream().map(Annotator::name).filter(n -> !Annotator.GOLD.equals(n)).sorted().toList();
    }

    /** Acts as {@code name} for this session only, without changing the saved annotator. */
    public Annotator actAs(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An annotator needs a name.");
        }
        annotator = annotators.findOrCreate(name);
        stacks = null;
        return annotator;
    }

    /** Goes back to the saved annotator after {@link #actAs}, with their own undo history. */
    public Annotator actAsSaved() {
        annotator = null;
        stacks = null;
        return annotator();
    }

    private static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "annotator" : user;
    }

    public LabelSet labels() {
        return labels.active();
    }

    public List<DocumentSummary> documents() {
        return documents.summaries(annotator().id());
    }

    /** One page of {@link #documents()}: up to {@code limit} documents with ids above {@code afterId}, in id order. */
    public List<DocumentSummary> documentsAfter(long afterId, int limit) {
        return documents.summariesAfter(annotator().id(), afterId, limit);
    }

    /** The document with its sentences and tags; empty if there is none or it is in the trash. */
    public Optional<OpenDocument> open(long documentId) {
        return documents.find(documentId).filter(d -> !trash.inTrash(documentId).orElse(true)).map(d -> new OpenDocument(d, documents.sentences(d),
                tags.forDocument(documentId, annotator().id()), tags.othersOnDocument(documentId, annotator().id())));
    }

    /** Sets (or with null clears) the label of a sentence; undoable. */
    public TagOutcome tag(long sentenceId, Long labelId) {
        return tag(sentenceId, labelId, null);
    }

    /** {@link #tag(long, Long)} that also marks the tag unsure or sure ({@code unsure} null keeps its flag). */
    public TagOutcome tag(long sentenceId, Long labelId, Boolean unsure) {
        // Load the stacks before writing: loaded after, the replay would already hold this entry and record it twice.
        UndoStacks undoStacks = stacks();
        TagOutcome outcome = TagWrite.apply(documents, tags, annotator().id(), sentenceId, labelId, unsure);
        undoStacks.record(outcome.change());
        return outcome;
    }

    /** Tags sentence {@code index} of a document by label name (case-insensitive; "none" clears). */
    public TagOutcome tag(long documentId, int index, String labelName) {
        return tag(documentId, index, labelName, null);
    }

    /** {@link #tag(long, int, String)} that also sets whether the annotator is unsure (null keeps the flag). */
    public TagOutcome tag(long documentId, int index, String labelName, Boolean unsure) {
        return tag(placeAt(documentId, index).id(), labelId(labelName), unsure);
    }

    /** Current sentence {@code index} of a document, or an exception naming what does not exist. */
    SentencePlace placeAt(long documentId, int index) {
        Optional<SentencePlace> place = index < 0 ? Optional.empty() : documents.placeAt(documentId, index);
        if (trash.inTrash(documentId).orElse(false)) {
            throw new IllegalArgumentException("Document " + documentId + " is in the trash (sentag undelete "
                    + documentId + ").");
        }
        if (place.isEmpty()) {
            int count = documents.sentenceCount(documentId);
            if (count < 0) {
                throw new IllegalArgumentException("No document with id " + documentId + ".");
            }
            throw new IllegalArgumentException("Document " + documentId + " has sentences 0.." + (count - 1)
                    + ", not " + index + ".");
        }
        return place.get();
    }

    /**
     * Marks the current annotator's tag on a sentence unsure (or sure again). Refused on a sentence they
     * have not labelled: there is nothing to be unsure of. Like a note, not part of undo.
     */
    public void setUnsure(long sentenceId, boolean unsure) {
        if (!tags.setUnsure(sentenceId, annotator().id(), unsure)) {
            throw new IllegalArgumentException("Label the sentence first; then it can be marked unsure.");
        }
    }

    /**
     * Runs a codebook change that undo can take back (it writes a history row for the annotator whose id it
     * is given) and puts it on the current annotator's undo stack.
     */
    public HistoryEntry recordCodebookChange(java.util.function.LongFunction<HistoryEntry> change) {
        UndoStacks undoStacks = stacks();
        HistoryEntry entry = change.apply(annotator().id());
        undoStacks.record(entry);
        return entry;
    }

    private Long labelId(String name) {
        if (name.strip().equalsIgnoreCase("none")) {
            return null;
        }
        LabelSet set = labels();
        return set.byName(name).map(Label::id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown label '" + name + "'; use one of " + set.labels().stream().map(Label::name).toList()
                        + " or none."));
    }

    /** Sets (blank removes) the note on a sentence; notes longer than {@link #MAX_NOTE} characters are refused. */
    public void note(long sentenceId, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "A note can be at most %,d characters; this one has %,d. Nothing was saved.", MAX_NOTE, note.length()));
        }
        tags.setNote(sentenceId, annotator().id(), note);
    }

    /** Sets (blank removes) the note on sentence {@code index} of a document, as {@link #note(long, String)}. */
    public void note(long documentId, int index, String note) {
        note(placeAt(documentId, index).id(), note);
    }

    /**
     * Merges sentence {@code index} with the next. Tags the parts shared are kept; where the current
     * annotator's parts differ, {@code labelChoice} (a label name or "none") decides, and without it a
     * {@link LabelConflictException} is thrown and nothing changes. Undoable.
     */
    public Change merge(long documentId, int index, Optional<String> labelChoice) {
        long me = annotator().id();
        boolean decided = labelChoice.isPresent();
        Long decidedLabel = decided ? labelId(labelChoice.get()) : null;
        UndoStacks undoStacks = stacks();
        var applied = repairs.merge(documentId, index, me, (annotatorId, partLabels) -> {
            List<Long> distinct = partLabels.stream().filter(java.util.Objects::nonNull).distinct().toList();
            if (annotatorId == me && decided) {
                return decidedLabel;
            }
            if (distinct.size() > 1 && annotatorId == me) {
                throw new LabelConflictException(distinct.stream().map(id -> labels().byId(id).orElseThrow()).toList());
            }
            return distinct.size() == 1 ? distinct.get(0) : null;
        });
        undoStacks.record(applied.entry());
        return repaired(applied);
    }

    /**
     * The other annotators who tagged (or noted) sentences {@code index} .. {@code index + count - 1} of a document:
     * whom a merge or split there would change the sentences for, to warn or ask first.
     */
    public List<String> othersTagging(long documentId, int index, int count) {
        return repairs.othersTagging(documentId, index, index + count - 1, annotator().id());
    }

    /** Splits sentence {@code index} at {@code offset} characters from its start; both parts keep its tags. */
    public Change split(long documentId, int index, int offset) {
        UndoStacks undoStacks = stacks();
        var applied = repairs.split(documentId, index, offset, annotator().id());
        undoStacks.record(applied.entry());
        return repaired(applied);
    }

    private Change repaired(RepairRepository.Applied applied) {
        return new Change(applied.documentId(), applied.index(), null, true, applied.tagsNotCarried());
    }

    /**
     * Turns web residue into an article sentence or back (excluded sentences are skipped when tagging
     * and left out of exports); undoable like a tag. The change is the sentence's, not one annotator's,
     * but it is recorded in the current annotator's history so that their undo reverses it.
     */
    public Change setExcluded(long sentenceId, boolean excluded) {
        SentencePlace sentence = documents.place(sentenceId)
                .orElseThrow(() -> new IllegalArgumentException("No sentence with id " + sentenceId + "."));
        UndoStacks undoStacks = stacks();
        undoStacks.record(documents.setExcluded(sentenceId, excluded, annotator().id(), Action.EXCLUDE, null));
        return new Change(sentence.documentId(), sentence.index(), null, true, 0);
    }

    /**
     * Gives every sentence of {@code labels} (sentence id to label id) that label where the current annotator has
     * none yet, never overwriting one: one command, which one undo reverts. Returns how many labels it wrote.
     */
    public int fillEmpty(java.util.Map<Long, Long> labels) {
        UndoStacks undoStacks = stacks();
        var applied = batches.fillEmpty(annotator().id(), labels);
        applied.ifPresent(a -> undoStacks.record(a.entry()));
        return applied.map(TagBatches.Applied::changed).orElse(0);
    }

    /** Moves documents to the trash with everyone's tags; each is one undoable change of the current annotator. */
    public void delete(long documentId) {
        if (requireDocument(documentId)) {
            throw new IllegalArgumentException("Document " + documentId + " is already in the trash.");
        }
        UndoStacks undoStacks = stacks();
        undoStacks.record(trash.setDeleted(documentId, true, annotator().id(), Action.DELETE, null));
    }

    /** Takes a document out of the trash, with everything it had. */
    public void undelete(long documentId) {
        if (!requireDocument(documentId)) {
            throw new IllegalArgumentException("Document " + documentId + " is not in the trash.");
        }
        UndoStacks undoStacks = stacks();
        undoStacks.record(trash.setDeleted(documentId, false, annotator().id(), Action.UNDELETE, null));
    }

    /** Gives a document a new title (one line, not blank); undoable. */
    public void rename(long documentId, String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.contains("\n")) {
            throw new IllegalArgumentException("A title must be one line of text, not empty.");
        }
        requireDocument(documentId);
        UndoStacks undoStacks = stacks();
        undoStacks.record(trash.rename(documentId, clean, annotator().id(), Action.RENAME, null));
    }

    /** Title, source, import time and metadata of a document; empty if there is none. */
    public Optional<DocumentInfo> info(long documentId) {
        return documents.find(documentId).map(d -> new DocumentInfo(d.id(), d.title(), d.source(), d.importedAt(),
                documents.metadata(documentId)));
    }

    /** The documents in the trash. */
    public List<dev.sentag.model.TrashedDocument> trash() {
        return trash.list();
    }

    /** Whether the document is in the trash; throws for an id no document has. */
    private boolean requireDocument(long documentId) {
        return trash.inTrash(documentId)
                .orElseThrow(() -> new IllegalArgumentException("No document with id " + documentId + "."));
    }

    /** Reverts the latest change (label, merge, split, exclusion) not yet undone, if any. */
    public Optional<Change> undo() {
        return stacks().nextUndo().map(target -> replay(target, false));
    }

    /** Re-applies the latest undone change, if any. */
    public Optional<Change> redo() {
        return stacks().nextRedo().map(target -> replay(target, true));
    }

    private Change replay(HistoryEntry target, boolean forward) {
        Action action = forward ? Action.REDO : Action.UNDO;
        if (target.action() == Action.CODEBOOK) {
            var replayed = codebook.replay(target, forward, annotator().id(), annotator().name());
            stacks().record(replayed.entry());
            return new Change(0, -1, null, true, 0, replayed.change());
        }
        if (target.isRepair()) {
            var applied = repairs.replay(target, forward, annotator().id());
            stacks().record(applied.entry());
            return repaired(applied);
        }
        if (target.action().isLinkOrSpeaker()) {
            return linkReplay.apply(target, forward);
        }
        if (DocumentReplay.handles(target.action())) {
            return DocumentReplay.replay(target, forward, annotator().id(), batches, trash, stacks());
        }
        if (target.action() == Action.EXCLUDE || target.action() == Action.INCLUDE) {
            boolean excluded = (target.action() == Action.EXCLUDE) == forward;
            stacks().record(documents.setExcluded(target.sentenceId(), excluded, annotator().id(), action, target.id()));
            return documents.place(target.sentenceId())
                    .map(s -> new Change(s.documentId(), s.index(), null, true, 0))
                    .orElseGet(() -> new Change(documents.documentOf(target.sentenceId()), -1, null, true, 0));
        }
        Long label = forward ? target.newLabelId() : target.oldLabelId();
        HistoryEntry entry = tags.setLabel(target.sentenceId(), annotator().id(), label, action, target.id());
        stacks().record(entry);
        return documents.place(target.sentenceId())
                .map(s -> new Change(s.documentId(), s.index(), label, false, 0))
                .orElseGet(() -> new Change(documents.documentOf(target.sentenceId()), -1, label, false, 0));
    }

    /** Rebuilds undo and redo from the database on next use: an import added to the history behind our back. */
    public void historyChangedElsewhere() {
        stacks = null;
        labels.forget(); // an import may have brought labels of its codebook
    }

    /** Drops what this session remembered from the database (annotator, undo history): after a restore. */
    public void forgetCachedState() {
        annotator = null;
        stacks = null;
        labels.forget();
    }

    /** Lets the link and speaker commands share this annotator's undo history (see {@link LinkService}). */
    void replayLinksWith(java.util.function.BiFunction<HistoryEntry, Boolean, Change> replay) {
        linkReplay = replay;
    }

    UndoStacks stacks() {
        if (stacks == null) {
            stacks = UndoStacks.replay(tags.history(annotator().id()));
        }
        return stacks;
    }
}
