package dev.sentag.ui;

import dev.sentag.annotate.LinkService;
import dev.sentag.annotate.OutageQueue;
import dev.sentag.model.RelationType;
import dev.sentag.model.SentenceLink;
import dev.sentag.model.SentenceSpeaker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Links and speakers of the open document: L starts a link at the current sentence, the cursor moves to the
 * target (J/K, a click, or its number typed), Enter links, Esc cancels; S sets the speaker. Every write goes to
 * the database thread like a tag, with Saving… and Saved in the status bar, and the view follows the commit.
 * Numbers the user sees and types are 1-based, as the sidebar's "SENTENCE 7 / 31".
 */
public final class LinkingViewModel {
    /** What the view shows about the open document's links and speakers. */
    public record Snapshot(List<SentenceLink> mine, List<SentenceLink> others, Map<Integer, String> speakers,
                           List<SentenceSpeaker> otherSpeakers, List<String> names, List<RelationType> types) {
        static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), Map.of(), List.of(), List.of(), List.of());
    }

    private final LinkService links;
    private final TaggingViewModel tagging;
    private final Background background;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot", Snapshot.EMPTY);
    private final IntegerProperty linkingFrom = new SimpleIntegerProperty(this, "linkingFrom", -1);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ObjectProperty<RelationType> type = new SimpleObjectProperty<>(this, "type");
    private String lastSpeaker;

    public LinkingViewModel(LinkService links, TaggingViewModel tagging, Background background) {
        this.links = links;
        this.tagging = tagging;
        this.background = background;
        tagging.onShown(this::reload);
        tagging.onKeptStep(step -> {
            step.link().ifPresent(this::showKept);
            step.speaker().ifPresent(this::showKept);
        });
    }

    /** Shows a speaker that an undo or redo, while the server is away, took back or set again (and moves to it). */
    private void showKept(OutageQueue.SpeakerStep step) {
        var doc = tagging.documentProperty().get();
        if (doc != null && doc.id() == step.documentId()) {
            Snapshot s = snapshot.get();
            Map<Integer, String> speakers = new HashMap<>(s.speakers());
            if (step.name() == null) {
                speakers.remove(step.index());
            } else {
                speakers.put(step.index(), step.name());
            }
            snapshot.set(withMine(s, s.mine(), speakers));
            tagging.moveTo(step.index());
        }
    }

    /** Shows a link that an undo or redo, while the server is away, took back or made again (and moves to it). */
    private void showKept(OutageQueue.LinkStep step) {
        var doc = tagging.documentProperty().get();
        if (doc == null || doc.id() != step.documentId()) {
            return;
        }
        String type = step.type() != null ? step.type() : LinkService.DEFAULT_TYPE;
        Snapshot s = snapshot.get();
        List<SentenceLink> mine = s.mine().stream().filter(l -> !(l.fromIndex() == step.from()
                && l.toIndex() == step.to() && l.type().equals(type))).toList();
        if (step.present()) {
            mine = add(mine, new SentenceLink(step.fromId(), step.from(), step.toId(), step.to(), type, ""));
        }
        snapshot.set(withMine(s, mine, s.speakers()));
        tagging.moveTo(step.from());
    }

    /** Reads the open document's links and speakers again (after it was shown, or a write committed). */
    void reload() {
        var doc = tagging.documentProperty().get();
        linkingFrom.set(-1);
        typed.set("");
        if (doc == null) {
            snapshot.set(Snapshot.EMPTY);
            return;
        }
        long id = doc.id();
        background.run(() -> new Snapshot(links.links(id), links.othersLinks(id), links.speakers(id),
                links.othersSpeakers(id), links.speakerNames(id), links.relationTypes()), s -> {
                    var now = tagging.documentProperty().get();
                    if (now != null && now.id() == id) {
                        snapshot.set(s);
                    }
                }, e -> tagging.status().failed("Links not shown: " + Background.message(e)));
    }

    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    /** The sentence a link is being made from, or -1. */
    public IntegerProperty linkingFromProperty() {
        return linkingFrom;
    }

    /** The target number typed so far while linking. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** The type the link being made will have: the first of the relation set unless its key was pressed. */
    public ObjectProperty<RelationType> typeProperty() {
        return type;
    }

    /** While linking, the key of a relation type chooses it; false if {@code key} names none. */
    public boolean chooseType(String key) {
        var chosen = snapshot.get().types().stream().filter(t -> key.equalsIgnoreCase(t.key())).findFirst();
        chosen.ifPresent(type::set);
        return chosen.isPresent();
    }

    public boolean linking() {
        return linkingFrom.get() >= 0;
    }

    /** L: the current sentence becomes the source of a new link. */
    public void start() {
        int i = tagging.currentProperty().get();
        if (i >= 0 && tagging.currentRow().map(r -> !r.sentence().excluded()).orElse(false)) {
            typed.set("");
            type.set(snapshot.get().types().isEmpty() ? null : snapshot.get().types().get(0));
            linkingFrom.set(i);
        }
    }

    /** A digit typed while linking: the target's number (1-based); the cursor follows as it is typed. */
    public void type(char digit) {
        if (!linking() || !Character.isDigit(digit)) {
            return;
        }
        typed.set(typed.get() + digit);
        int target = Integer.parseInt(typed.get()) - 1;
        if (target >= 0 && target < tagging.rows().size()) {
            tagging.moveTo(target);
        }
    }

    /** Backspace while linking: takes back the last digit typed. */
    public void untype() {
        String t = typed.get();
        typed.set(t.isEmpty() ? t : t.substring(0, t.length() - 1));
    }

    /** Esc: no link; the cursor goes back to the source. */
    public void cancel() {
        int from = linkingFrom.get();
        linkingFrom.set(-1);
        typed.set("");
        if (from >= 0) {
            tagging.moveTo(from);
        }
    }

    /** Enter: links the source to the current sentence, then goes back to the source. */
    public void confirm() {
        int from = linkingFrom.get();
        int to = tagging.currentProperty().get();
        if (from < 0) {
            return;
        }
        linkingFrom.set(-1);
        typed.set("");
        var doc = tagging.documentProperty().get();
        tagging.moveTo(from);
        if (doc == null || to < 0) {
            return;
        }
        if (to == from) {
            tagging.status().failed("No link: a sentence cannot link to itself; move to the target before Enter.");
            return;
        }
        String name = type.get() == null ? null : type.get().name();
        if (!keptWhileOffline(queue -> queue.link(doc.id(), rowId(from), from, rowId(to), to, name, true),
                s -> withMine(s, add(s.mine(), new SentenceLink(rowId(from), from, rowId(to), to,
                        name != null ? name : LinkService.DEFAULT_TYPE, "")), s.speakers()), "Link not saved")) {
            write(() -> links.link(doc.id(), from, to, name), "Link not saved");
        }
    }

    /** Removes one of the user's own links. */
    public void remove(SentenceLink link) {
        var doc = tagging.documentProperty().get();
        if (doc != null) {
            if (!keptWhileOffline(queue -> queue.link(doc.id(), link.fromId(), link.fromIndex(), link.toId(),
                    link.toIndex(), link.type(), false), s -> withMine(s, s.mine().stream()
                    .filter(l -> !l.equals(link)).toList(), s.speakers()), "Link not removed")) {
                write(() -> links.unlink(doc.id(), link.fromIndex(), link.toIndex(), link.type()), "Link not removed");
            }
        }
    }

    /** Sets (blank clears) the current sentence's speaker; remembered for S, Enter on the next sentence. */
    public void setSpeaker(String name) {
        var doc = tagging.documentProperty().get();
        int i = tagging.currentProperty().get();
        if (doc == null || i < 0) {
            return;
        }
        String clean = name == null || name.isBlank() ? null : name.strip();
        if (clean != null) {
            lastSpeaker = clean;
        }
        String before = snapshot.get().speakers().get(i); // kept with it, so that undo can show it while offline
        if (!keptWhileOffline(queue -> queue.speaker(doc.id(), rowId(i), i, clean, before), s -> {
            Map<Integer, String> speakers = new HashMap<>(s.speakers());
            if (clean == null) {
                speakers.remove(i);
            } else {
                speakers.put(i, clean);
            }
            return withMine(s, s.mine(), speakers);
        }, "Speaker not saved")) {
            write(() -> links.speaker(doc.id(), i, clean), "Speaker not saved");
        }
    }

    private long rowId(int index) {
        return tagging.rows().get(index).sentence().id();
    }

    private static List<SentenceLink> add(List<SentenceLink> mine, SentenceLink link) {
        var out = new java.util.ArrayList<>(mine);
        out.remove(link);
        out.add(link);
        return out;
    }

    private static Snapshot withMine(Snapshot s, List<SentenceLink> mine, Map<Integer, String> speakers) {
        return new Snapshot(List.copyOf(mine), s.others(), Map.copyOf(speakers), s.otherSpeakers(), s.names(),
                s.types());
    }

    /**
     * In a team library, writes through the outage queue: a change that finds the server away is kept, and the view
     * shows it at once ({@code shown}) instead of reading the library. False for a library file (no queue).
     */
    private boolean keptWhileOffline(java.util.function.Function<OutageQueue, OutageQueue.Written> work,
                                     java.util.function.UnaryOperator<Snapshot> shown, String failure) {
        OutageReplay outage = tagging.saves().outage();
        if (outage.queue().file().isEmpty()) {
            return false;
        }
        tagging.status().started();
        background.run(() -> work.apply(outage.queue()), written -> {
            if (written == OutageQueue.Written.QUEUED) {
                snapshot.set(shown.apply(snapshot.get()));
                outage.kept();
            } else {
                tagging.status().succeeded();
                reload();
            }
        }, e -> {
            tagging.status().failed(failure + ": " + Background.message(e));
            reload();
        });
        return true;
    }

    /** What the speaker field offers: the sentence's own speaker, else the last one set, else the text's suggestion. */
    public String proposedSpeaker() {
        int i = tagging.currentProperty().get();
        String own = snapshot.get().speakers().get(i);
        if (own != null) {
            return own;
        }
        // Adjudicating (or comparing), what the others said comes before the last name typed.
        var theirs = snapshot.get().otherSpeakers().stream().filter(o -> o.index() == i)
                .collect(java.util.stream.Collectors.groupingBy(SentenceSpeaker::name, java.util.stream.Collectors.counting()));
        if (!theirs.isEmpty()) {
            return theirs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return lastSpeaker != null ? lastSpeaker : suggestion().orElse("");
    }

    /** A speaker the current sentence's text names, if any (only a suggestion: nothing is saved). */
    public Optional<String> suggestion() {
        return tagging.currentRow().flatMap(r -> links.suggestion(r.sentence().text()));
    }

    /**
     * True if the annotators of sentence {@code row} disagree on its outgoing links or its speaker: among you (when
     * you tagged it or linked from it) and those who tagged it or linked from it, two link sets differ, or two of
     * the speakers given differ after trimming and case folding.
     */
    public boolean disputed(SentenceRow row) {
        int i = row.sentence().index();
        Snapshot s = snapshot.get();
        Map<String, java.util.Set<String>> sets = new HashMap<>();
        String me = ""; // no annotator has an empty name
        if (row.labelId() != null || !outgoing(i).isEmpty()) {
            sets.put(me, keys(outgoing(i)));
        }
        row.others().forEach(t -> sets.putIfAbsent(t.annotator(), new java.util.HashSet<>()));
        s.others().stream().filter(l -> l.fromIndex() == i)
                .forEach(l -> sets.computeIfAbsent(l.annotator(), k -> new java.util.HashSet<>()).add(key(l)));
        if (sets.values().stream().distinct().count() > 1) {
            return true;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        String own = s.speakers().get(i);
        if (own != null) {
            names.add(dev.sentag.model.Speakers.folded(own));
        }
        s.otherSpeakers().stream().filter(o -> o.index() == i).forEach(o -> names.add(dev.sentag.model.Speakers.folded(o.name())));
        return names.size() > 1;
    }

    private static java.util.Set<String> keys(List<SentenceLink> links) {
        java.util.Set<String> out = new java.util.HashSet<>();
        links.forEach(l -> out.add(key(l)));
        return out;
    }

    private static String key(SentenceLink l) {
        return l.toIndex() + ":" + l.type();
    }

    /** Adjudicating: takes another annotator's link as your own (gold's). */
    public void accept(SentenceLink theirs) {
        var doc = tagging.documentProperty().get();
        if (doc != null) {
            int from = theirs.fromIndex();
            int to = theirs.toIndex();
            if (!keptWhileOffline(queue -> queue.link(doc.id(), rowId(from), from, rowId(to), to, theirs.type(), true),
                    s -> withMine(s, add(s.mine(), new SentenceLink(rowId(from), from, rowId(to), to, theirs.type(), "")),
                            s.speakers()), "Link not accepted")) {
                write(() -> links.link(doc.id(), from, to, theirs.type()), "Link not accepted");
            }
        }
    }

    /** The user's links that start at sentence {@code index}. */
    public List<SentenceLink> outgoing(int index) {
        return snapshot.get().mine().stream().filter(l -> l.fromIndex() == index).toList();
    }

    /** The user's links that end at sentence {@code index}. */
    public List<SentenceLink> incoming(int index) {
        return snapshot.get().mine().stream().filter(l -> l.toIndex() == index).toList();
    }

    /** Sentence index → the other annotators' speakers there, for the comparison. */
    public Map<Integer, List<SentenceSpeaker>> otherSpeakersByIndex() {
        Map<Integer, List<SentenceSpeaker>> out = new HashMap<>();
        snapshot.get().otherSpeakers().forEach(s -> out.computeIfAbsent(s.index(), k -> new java.util.ArrayList<>()).add(s));
        return out;
    }

    private void write(Supplier<LinkService.Outcome> work, String failure) {
        tagging.status().started();
        background.run(work, done -> {
            tagging.status().succeeded();
            reload();
        }, e -> {
            tagging.status().failed(failure + ": " + Background.message(e));
            reload();
        });
    }
}
