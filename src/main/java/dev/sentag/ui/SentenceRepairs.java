package dev.sentag.ui;

import dev.sentag.annotate.AnnotationService;
import dev.sentag.annotate.Change;
import dev.sentag.annotate.LabelConflictException;
import dev.sentag.model.AnnotatorTag;
import dev.sentag.model.Document;
import dev.sentag.model.Label;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Repairs of the open document's sentences: merge with the next, split, exclude as web residue. Merge and split
 * change the sentences every annotator sees, so where others tagged them the user is asked first.
 */
public final class SentenceRepairs {
    /** What a repair asks the user; the window answers with dialogs (RepairConfirm), tests with set answers. */
    interface Questions {
        /** True when the user agrees to {@code action} ("Merge", "Split") although it touches {@code others}' tags. */
        boolean confirm(String action, List<String> others);

        /** Which label the merged sentence gets when its parts differ: a label name or "none"; empty: cancelled. */
        Optional<String> mergeLabel(List<Label> differing);

        /** Where in {@code sentence} the second part begins; empty: cancelled. */
        OptionalInt splitPosition(String sentence);
    }

    private final AnnotationService service;
    private final DocumentState state;
    private final SaveQueue saves;
    private final Consumer<Change> reflect;
    private Consumer<String> notices = message -> { };

    SentenceRepairs(AnnotationService service, DocumentState state, SaveQueue saves, Consumer<Change> reflect) {
        this.service = service;
        this.state = state;
        this.saves = saves;
        this.reflect = reflect;
    }

    /** Receives messages worth a line in the status bar (what a merge could not carry over). */
    void onNotice(Consumer<String> handler) {
        this.notices = handler;
    }

    /** Ctrl+M: asks first when others tagged the two sentences, and which label to keep when the user's differ. */
    void mergeWithNext(Questions ask) {
        if (ask.confirm("Merge", othersOn(2))) {
            mergeWithNext(Optional.empty(), conflict -> ask.mergeLabel(conflict.labels())
                    .ifPresent(label -> mergeWithNext(Optional.of(label), again -> { })));
        }
    }

    /** Splits the current sentence where the user points, after asking when others tagged it. */
    void splitCurrent(Questions ask) {
        if (ask.confirm("Split", othersOn(1))) {
            state.currentRow().ifPresent(row -> ask.splitPosition(row.sentence().text()).ifPresent(this::splitCurrent));
        }
    }

    /**
     * Merges the current sentence with the next. When the user's tags on the two differ and no {@code label}
     * (a label name or "none") was given, {@code askLabel} is called with the conflict and nothing changes until
     * the user answers by calling this again with a label.
     */
    void mergeWithNext(Optional<String> label, Consumer<LabelConflictException> askLabel) {
        Document d = state.documentProperty().get();
        int i = state.currentProperty().get();
        if (d == null || i < 0 || i + 1 >= state.rows().size()) {
            return;
        }
        repair(() -> service.merge(d.id(), i, label), e -> {
            if (e instanceof LabelConflictException conflict) {
                askLabel.accept(conflict);
                return true;
            }
            return false;
        });
    }

    /** Splits the current sentence {@code offset} characters from its start; both parts keep its tag. */
    void splitCurrent(int offset) {
        Document d = state.documentProperty().get();
        int i = state.currentProperty().get();
        if (d != null && i >= 0) {
            repair(() -> service.split(d.id(), i, offset), e -> false);
        }
    }

    /** Turns the current sentence from article text into excluded web residue or back; undoable. */
    void toggleExcludedCurrent() {
        state.currentRow().ifPresent(row -> repair(
                () -> service.setExcluded(row.sentence().id(), !row.sentence().excluded()), e -> false));
    }

    /** The other annotators with a label or note on {@code count} sentences from the cursor, sorted. */
    List<String> othersOn(int count) {
        int at = state.currentProperty().get();
        var rows = state.rows();
        return rows.subList(Math.max(0, at), Math.min(rows.size(), at + count)).stream()
                .flatMap(r -> r.others().stream())
                .filter(t -> t.labelId() != null || (t.note() != null && !t.note().isBlank()))
                .map(AnnotatorTag::annotator).distinct().sorted().toList();
    }

    private void repair(Supplier<Change> work, Predicate<Throwable> answered) {
        saves.change(work, change -> {
            if (change.tagsNotCarried() > 0) {
                notices.accept(change.tagsNotCarried() + " other annotator(s) had tagged the parts differently;"
                        + " their merged sentence is untagged (Ctrl+Z brings the parts back)");
            }
            reflect.accept(change);
        }, "Sentences not changed", answered);
    }
}
