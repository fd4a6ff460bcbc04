package dev.sentag.ui;

import dev.sentag.annotate.Majority;
import dev.sentag.model.Annotator;
import dev.sentag.model.AnnotatorTag;
import dev.sentag.model.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;

/**
 * Comparing annotators and adjudicating. With the comparison view off an annotator sees only their own
 * tags; on, the others' tags show and D walks the sentences where labels differ. Adjudicating, the user
 * acts as the {@code gold} annotator: label keys write gold's tag, A accepts the majority of the others,
 * and D and the count of disagreements left skip what gold has already decided.
 */
public final class ComparisonViewModel {
    private final TaggingViewModel tagging;
    private final LibraryViewModel library;
    private final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing");
    private final BooleanProperty adjudicating = new SimpleBooleanProperty(this, "adjudicating");
    private final IntegerProperty left = new SimpleIntegerProperty(this, "left");
    private final javafx.beans.property.StringProperty goldStatus =
            new javafx.beans.property.SimpleStringProperty(this, "goldStatus", "");
    private GoldProgress gold = GoldProgress.NONE;
    /** The last notice about one sentence (a tie, a majority taken): it goes when the cursor leaves that sentence. */
    private String sentenceNotice = "";
    private boolean comparingBefore;
    private Runnable reopen = () -> { };
    private Runnable afterSwitch = () -> { };
    /** Putting adjudication back off after gold could not be reached (a team library's server away). */
    private boolean undoingSwitch;
    private java.util.function.Predicate<SentenceRow> alsoDisputed = row -> false;

    public ComparisonViewModel(TaggingViewModel tagging, LibraryViewModel library) {
        this.tagging = tagging;
        this.library = library;
        tagging.rows().addListener((ListChangeListener<SentenceRow>) c -> recount());
        tagging.taggedProperty().addListener((obs, o, n) -> recount());
        adjudicating.addListener((obs, was, is) -> {
            if (!undoingSwitch) {
                switchAnnotator(is);
            }
        });
        tagging.currentProperty().addListener((obs, o, n) -> {
            if (!sentenceNotice.isEmpty() && sentenceNotice.equals(library.noticeProperty().get())) {
                library.notices().post("");
            }
            sentenceNotice = "";
        });
        tagging.advanceWith(() -> {
            if (adjudicating.get()) {
                nextLeft();
            } else {
                tagging.next();
            }
        });
    }

    /** Called once the annotator changed on entering or leaving adjudication: reload the open article. */
    void onSwitched(Runnable reopenArticle) {
        this.reopen = reopenArticle;
    }

    private void switchAnnotator(boolean gold) {
        if (gold) {
            comparingBefore = comparing.get();
            comparing.set(true);
        } else {
            comparing.set(comparingBefore);
        }
        recount();
        library.actAs(gold ? Optional.of(Annotator.GOLD) : Optional.empty(), () -> {
            reopen.run();
            notice(gold ? "Adjudicating: your keys now write gold's tags"
                    : "Back to tagging as " + library.annotatorProperty().get());
            Runnable then = afterSwitch;
            afterSwitch = () -> { };
            then.run();
        }, () -> {
            // Still tagging as yourself: keys must not look like gold's (a kept tag is written as whom it was made as).
            if (gold) {
                undoingSwitch = true;
                adjudicating.set(false);
                comparing.set(comparingBefore);
                undoingSwitch = false;
                recount();
            }
        });
    }

    /** Leaves adjudication (if on), then runs {@code then} once the saved annotator is back. */
    void leaveAdjudicationThen(Runnable then) {
        if (!adjudicating.get()) {
            then.run();
            return;
        }
        afterSwitch = then;
        adjudicating.set(false);
    }

    /** D: the next sentence where labels differ (adjudicating: one gold has not decided); turns the view on. */
    public void nextDisagreement() {
        String turnedOn = "";
        if (!comparing.get()) {
            comparing.set(true);
            turnedOn = "Comparison view on (Ctrl+Shift+D hides it)";
        }
        if (tagging.rows().isEmpty()) {
            notice(turnedOn);
            return;
        }
        boolean found = adjudicating.get() ? nextLeft() : tagging.nextWhere(this::disputed);
        if (!found && !adjudicating.get()) {
            notice((turnedOn.isEmpty() ? "" : turnedOn + ". ") + "No disagreements in this article");
        } else if (!turnedOn.isEmpty()) {
            notice(turnedOn);
        }
    }

    private boolean nextLeft() {
        boolean found = tagging.nextWhere(ComparisonViewModel::undecided);
        if (!found) {
            notice("Nothing left to decide here — Page Down for the next article");
        }
        return found;
    }

    /** A while adjudicating: gold takes the label most others chose, then D; a tie or no labels writes nothing. */
    public void acceptMajority() {
        if (!adjudicating.get()) {
            notice("A accepts the majority while adjudicating (Ctrl+Shift+G)");
            return;
        }
        tagging.currentRow().ifPresent(row -> {
            Majority majority = majority(row);
            if (majority instanceof Majority.Decided d) {
                Optional<Label> label = tagging.labelsProperty().get().byId(d.labelId());
                label.ifPresent(l -> {
                    tagging.setCurrentLabel(l);
                    notice("Gold: " + l.name() + " (" + d.votes() + " of " + d.of() + " annotators)");
                    nextLeft();
                });
            } else {
                notice(verdict(row) + ": nothing written, press a label key to decide");
                sentenceNotice = library.noticeProperty().get();
            }
        });
    }

    /**
     * Ctrl+Shift+A while adjudicating: every sentence of the open article that all other annotators labelled alike
     * and gold has not decided gets that label in gold, as one change (one Ctrl+Z takes it back).
     */
    public void acceptAllAgreed() {
        if (!adjudicating.get()) {
            notice("Accept all agreed works while adjudicating (Ctrl+Shift+G)");
            return;
        }
        var agreed = gold.agreed();
        if (agreed.isEmpty()) {
            notice("No agreed sentence is missing from gold in this article");
            return;
        }
        tagging.changeMany(service -> service.fillEmpty(agreed), written -> notice("Gold: accepted " + written
                + (written == 1 ? " agreed sentence" : " agreed sentences") + " (Ctrl+Z takes them back)"));
    }

    private static Majority majority(SentenceRow row) {
        return Majority.of(row.others().stream().map(AnnotatorTag::labelId).toList());
    }

    /** What the majority of the others says about the row, in words (adjudicating only). */
    String verdict(SentenceRow row) {
        Majority m = majority(row);
        Function<Long, String> name = id -> tagging.labelsProperty().get().byId(id).map(Label::name).orElse("?");
        if (m instanceof Majority.Decided d) {
            return "Majority: " + name.apply(d.labelId()) + " (" + d.votes() + " of " + d.of() + ")";
        }
        if (m instanceof Majority.Tie t) {
            return "Tie between " + String.join(" and ", t.labelIds().stream().map(name).toList());
        }
        return "No other annotator labelled this sentence";
    }

    /** True for an included sentence the non-gold annotators label differently and gold has not decided. */
    static boolean undecided(SentenceRow row) {
        return !row.sentence().excluded() && row.labelId() == null && othersDiffer(row.others());
    }

    private static boolean othersDiffer(List<AnnotatorTag> others) {
        return others.stream().map(AnnotatorTag::labelId).filter(Objects::nonNull).distinct().count() > 1;
    }

    /** Whether the article marks the row as disputed: only in the comparison view, and adjudicating only if undecided. */
    boolean marked(SentenceRow row) {
        if (!comparing.get() || row.sentence().excluded()) {
            return false;
        }
        return adjudicating.get() ? undecided(row) : disputed(row);
    }

    /** Labels differ, or what else the annotators record about the sentence (links, speakers) does. */
    private boolean disputed(SentenceRow row) {
        return row.disputed() || alsoDisputed.test(row);
    }

    /** Adds a test for disagreements beyond labels (links and speakers), for D and the dashed marks. */
    void alsoDisputed(java.util.function.Predicate<SentenceRow> test) {
        this.alsoDisputed = test;
    }

    private void recount() {
        left.set(adjudicating.get() ? (int) tagging.rows().stream().filter(ComparisonViewModel::undecided).count() : 0);
        gold = adjudicating.get() ? GoldProgress.of(tagging.rows()) : GoldProgress.NONE;
        goldStatus.set(gold.text());
    }

    private void notice(String message) {
        library.notices().post(message);
    }

    /** The comparison view as the user chose it (not as adjudication forces it), to remember for next time. */
    boolean chosenComparing() {
        return adjudicating.get() ? comparingBefore : comparing.get();
    }

    public BooleanProperty comparingProperty() {
        return comparing;
    }

    public BooleanProperty adjudicatingProperty() {
        return adjudicating;
    }

    /** What gold has and still lacks in the open article, in words for the status bar (empty unless adjudicating). */
    public javafx.beans.property.ReadOnlyStringProperty goldStatusProperty() {
        return goldStatus;
    }

    /** Sentences of the open article the annotators dispute and gold has not decided (0 unless adjudicating). */
    public ReadOnlyIntegerProperty leftProperty() {
        return left;
    }
}
