package dev.sentag.ui;

import dev.sentag.agree.AgreementReport;
import dev.sentag.agree.AgreementService;
import java.util.List;
import java.util.Map;
import dev.sentag.agree.LinkAgreement;
import dev.sentag.agree.ReliabilityData;
import java.util.concurrent.Future;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The agreement view's state: which annotators and documents, which two annotators the confusion matrix
 * compares, and the figures for them. Every change reads the labels on the library's database thread, then works
 * the figures out on the compute executor (the bootstrap can take a while and must hold up neither the window nor
 * the database thread); a newer request skips or interrupts the older one, and only the newest result is shown.
 */
public final class AgreementViewModel implements AutoCloseable {
    /** Gold labels are the adjudicated answer, not a coder: left out of the default choice. */
    static final String GOLD = "gold";

    /** Which documents count. */
    enum Scope {
        ALL("All documents"), OPEN("Only the open article");

        private final String text;

        Scope(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final AgreementService service;
    private final Background background;
    private final long openDocument;
    private final List<String> labelOrder;
    final ObservableList<String> annotators = FXCollections.observableArrayList();
    final ObservableSet<String> chosen = FXCollections.observableSet();
    final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    /** Only documents at least two of the chosen annotators labelled in full (AgreementService#doublyCoded). */
    final SimpleBooleanProperty doublyCoded = new SimpleBooleanProperty(this, "doublyCoded");
    final ObservableList<String> pairChoices = FXCollections.observableArrayList();
    final StringProperty rowAnnotator = new SimpleStringProperty(this, "rowAnnotator");
    final StringProperty columnAnnotator = new SimpleStringProperty(this, "columnAnnotator");
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final SimpleObjectProperty<AgreementFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private Future<?> pending;
    private volatile int request; // read on the database thread, to skip a request already superseded
    private boolean closed;
    private boolean loaded;
    private boolean adjusting;

    AgreementViewModel(AgreementService service, Background background, long openDocument, List<String> labelOrder) {
        this.service = service;
        this.background = background;
        this.openDocument = openDocument;
        this.labelOrder = List.copyOf(labelOrder);
        chosen.addListener((javafx.collections.SetChangeListener<String>) c -> choicesChanged());
        scope.addListener(x -> refresh());
        doublyCoded.addListener(x -> refresh());
        rowAnnotator.addListener(x -> refresh());
        columnAnnotator.addListener(x -> refresh());
    }

    boolean hasOpenDocument() {
        return openDocument >= 0;
    }

    /** Lists who has labelled anything, ticks all but gold, and computes the figures. */
    void load() {
        running.set(true);
        background.run(service::annotators, this::loaded, e -> failed(0, e));
    }

    private void loaded(List<String> names) {
        // Ticked before listed, so the view's check boxes come up ticked.
        chosen.addAll(names.stream().filter(n -> !n.equalsIgnoreCase(GOLD)).toList());
        annotators.setAll(names);
        loaded = true;
        choicesChanged();
    }

    /** The chosen annotators in the list's order. */
    List<String> chosenInOrder() {
        return annotators.stream().filter(chosen::contains).toList();
    }

    /** Keeps the heat map's pair among the chosen annotators and different from each other. */
    private void choicesChanged() {
        List<String> in = chosenInOrder();
        pairChoices.setAll(in);
        String a = in.contains(rowAnnotator.get()) ? rowAnnotator.get() : in.isEmpty() ? null : in.get(0);
        String b = in.contains(columnAnnotator.get()) && !columnAnnotator.get().equals(a) ? columnAnnotator.get()
                : in.stream().filter(n -> !n.equals(a)).findFirst().orElse(null);
        adjusting = true;
        try {
            rowAnnotator.set(a);
            columnAnnotator.set(b);
        } finally {
            adjusting = false;
        }
        refresh();
    }

    /** Recomputes for the current choices; an earlier computation still running is interrupted and dropped. */
    void refresh() {
        if (!loaded || adjusting || closed) {
            return;
        }
        int id = ++request;
        if (pending != null) {
            pending.cancel(true);
        }
        List<String> who = chosenInOrder();
        if (who.size() < 2) {
            running.set(false);
            figures.set(AgreementFigures.message(annotators.size() < 2 ? onlyOne() : AgreementFigures.NEED_TWO));
            return;
        }
        List<Long> scoped = scope.get() == Scope.OPEN && hasOpenDocument() ? List.of(openDocument) : List.of();
        boolean onlyDoubly = doublyCoded.get();
        String a = rowAnnotator.get();
        String b = columnAnnotator.get();
        running.set(true);
        background.run(() -> {
            if (id != request) {
                return null; // superseded while it waited: read nothing
            }
            List<Long> documents = onlyDoubly ? service.doublyCoded(scoped, who) : scoped;
            if (onlyDoubly && documents.isEmpty()) {
                return Read.NONE_DOUBLY_CODED;
            }
            return new Read(service.read(documents, who, List.of()), service.linkFigures(documents, who));
        }, read -> {
            if (read == null || id != request || closed) {
                return;
            }
            if (read == Read.NONE_DOUBLY_CODED) {
                deliver(id, AgreementFigures.message(NO_DOUBLY_CODED));
                return;
            }
            pending = background.compute(() -> figures(read, a, b), result -> deliver(id, result), e -> failed(id, e));
        }, e -> failed(id, e));
    }

    /** What one request read from the library. */
    private record Read(ReliabilityData data, LinkAgreement.Figures links) {
        /** No document met "only doubly-coded": nothing to compute. */
        static final Read NONE_DOUBLY_CODED = new Read(null, null);
    }

    private AgreementFigures figures(Read read, String a, String b) {
        AgreementReport report = service.report(read.data());
        Map<String, Map<String, Integer>> confusion =
                a == null || b == null || a.equals(b) ? null : AgreementService.confusionOf(read.data(), a, b);
        return LinkFigures.append(AgreementFigures.of(report, confusion, a, b, labelOrder), read.links());
    }

    static final String NO_DOUBLY_CODED = "No document is doubly coded yet: none has every sentence labelled by two of"
            + " the chosen annotators. Switch off \"Only doubly-coded documents\" to compare what there is.";

    private String onlyOne() {
        return (annotators.isEmpty() ? "No one has tagged anything yet." : "Only " + annotators.get(0) + " has tagged so far.")
                + " Agreement needs two annotators: File → Switch annotator… lets you tag as another.";
    }

    private void failed(int id, Throwable e) {
        deliver(id, AgreementFigures.message("Could not compute agreement: " + Background.message(e)));
    }

    private void deliver(int id, AgreementFigures result) {
        if (id == request) {
            figures.set(result);
            running.set(false);
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    ReadOnlyObjectProperty<AgreementFigures> figuresProperty() {
        return figures;
    }

    /** Stops any computation; the view is closing. */
    @Override
    public void close() {
        closed = true;
        request++;
        if (pending != null) {
            pending.cancel(true);
        }
    }
}
