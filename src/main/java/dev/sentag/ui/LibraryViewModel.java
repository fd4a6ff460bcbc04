package dev.sentag.ui;

import dev.sentag.agree.AgreementService;
import dev.sentag.annotate.AnnotationService;
import dev.sentag.annotate.FindService;
import dev.sentag.export.ExportService;
import dev.sentag.ingest.ImportResult;
import dev.sentag.ingest.ImportService;
import dev.sentag.model.DocumentSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The library: the document list, the annotator, importing, exporting and agreement. */
public final class LibraryViewModel {
    private Optional<String> teamLogin = Optional.empty();
    private final AnnotationService annotation;
    private final ImportService imports;
    private final ExportService exports;
    private final AgreementService agreement;
    private final FindService find;
    private final Background background;
    private final ObservableList<DocumentRow> documents = FXCollections.observableArrayList();
    private final StringProperty annotator = new SimpleStringProperty(this, "annotator", "");
    private final javafx.beans.property.BooleanProperty importing =
            new javafx.beans.property.SimpleBooleanProperty(this, "importing");
    private final javafx.beans.property.DoubleProperty importProgress =
            new javafx.beans.property.SimpleDoubleProperty(this, "importProgress", -1);
    private final StringProperty importStep = new SimpleStringProperty(this, "importStep", "");
    private volatile boolean cancelRequested;
    private final NoticeState notices = new NoticeState();
    private final FindIndexing findIndexing;
    private boolean greeted;
    private dev.sentag.annotate.AssignmentService assignments;
    /** Rows per query when the list is read page by page at start. */
    static final int PAGE = 500;
    /** Counts list reloads (FX thread only), so that pages still arriving for a replaced list are dropped. */
    private long listGeneration;
    private final javafx.beans.property.BooleanProperty complete =
            new javafx.beans.property.SimpleBooleanProperty(this, "complete", true);
    /** The documents assigned to the current annotator, as last read (for rows arriving page by page). */
    private java.util.Set<Long> assignedToMe = java.util.Set.of();

    public LibraryViewModel(AnnotationService annotation, ImportService imports, ExportService exports,
                            AgreementService agreement, FindService find, Background background) {
        this.annotation = annotation;
        this.imports = imports;
        this.exports = exports;
        this.agreement = agreement;
        this.find = find;
        this.background = background;
        this.findIndexing = new FindIndexing(find, background);
    }

    /** The background indexing for find of what a folder import stored (the status bar shows how far it is). */
    public FindIndexing findIndexing() {
        return findIndexing;
    }

    /** The annotators known to the library (gold left out), for the Switch annotator dialog. */
    public void annotatorNames(Consumer<List<String>> show) {
        background.run(annotation::annotatorNames, show, e -> notices.post("Could not read the annotators: "
                + Background.message(e)));
    }

    /** Moves a document to the trash (undoable with Ctrl+Z), reloads the list, then runs {@code then}. */
    public void delete(long documentId, Runnable then) {
        change(() -> annotation.delete(documentId), "Not deleted", then);
    }

    /** Gives a document a new title (undoable), reloads the list, then runs {@code then}. */
    public void rename(long documentId, String title, Runnable then) {
        change(() -> annotation.rename(documentId, title), "Not renamed", then);
    }

    private void change(Runnable work, String failed, Runnable then) {
        background.run(() -> {
            work.run();
            return null;
        }, ok -> refresh(then), e -> notices.post(failed + ": " + Background.message(e)));
    }

    /** Reads what the window shows about a document (source, URL, date …) and hands it to {@code show}. */
    public void info(long documentId, Consumer<dev.sentag.annotate.DocumentInfo> show) {
        background.run(() -> annotation.info(documentId), info -> info.ifPresent(show),
                e -> notices.post("Could not read the article's details: " + Background.message(e)));
    }

    /** Lets the list know each document's assignment to the current annotator ("Assigned to me"). */
    public void assignments(dev.sentag.annotate.AssignmentService service) {
        this.assignments = service;
    }

    /** Reloads the document list and annotator from the database, then runs {@code then}. */
    public void refresh(Runnable then) {
        long generation = ++listGeneration;
        background.run(() -> new Snapshot(annotation.annotator().name(), annotation.documents(), assigned()), s -> {
            show(s);
            if (generation == listGeneration) {
                complete.set(true);
            }
            then.run();
        }, e -> notices.post("Could not read the library: " + Background.message(e)));
    }

    private java.util.Set<Long> assigned() {
        return assignments == null ? java.util.Set.of() : assignments.assignedToMe();
    }

    private void show(Snapshot s) {
        annotator.set(s.annotator());
        assignedToMe = s.assigned();
        documents.setAll(s.documents().stream().map(d -> new DocumentRow(d, s.assigned().contains(d.id()))).toList());
        if (!greeted) {
            // On a shared computer the last person's name is still set: say whose tags keys will write.
            greeted = true;
            notices.post(teamLogin.isPresent() ? "Tagging as " + s.annotator() + ", your login to the team library"
                    : "Tagging as " + s.annotator() + " — not you? File → Switch annotator…");
        }
    }

    private record Snapshot(String annotator, List<DocumentSummary> documents, java.util.Set<Long> assigned) {
    }

    /**
     * At start: shows the first rows of the list (and every row up to {@code reach}, the article to reopen) once they
     * are read, runs {@code then}, and reads the rest afterwards page by page, each page a task of its own on the
     * database thread, so that a large library shows at once and a keypress waits for one page at most.
     */
    public void showFirstRows(long reach, Runnable then) {
        long generation = ++listGeneration;
        complete.set(false);
        background.run(() -> {
            List<DocumentSummary> rows = new ArrayList<>(annotation.documentsAfter(0, PAGE));
            while (rows.size() % PAGE == 0 && !rows.isEmpty() && rows.get(rows.size() - 1).id() < reach) {
                List<DocumentSummary> more = annotation.documentsAfter(rows.get(rows.size() - 1).id(), PAGE);
                rows.addAll(more);
                if (more.isEmpty()) {
                    break;
                }
            }
            return new Snapshot(annotation.annotator().name(), rows, assigned());
        }, s -> {
            show(s);
            then.run();
            readOn(generation, s.documents());
        }, e -> notices.post("Could not read the library: " + Background.message(e)));
    }

    private void readOn(long generation, List<DocumentSummary> page) {
        if (generation != listGeneration) {
            return; // a full reload replaced the list meanwhile
        }
        if (page.size() % PAGE != 0 || page.isEmpty()) {
            complete.set(true);
            return;
        }
        long after = page.get(page.size() - 1).id();
        background.run(() -> annotation.documentsAfter(after, PAGE), next -> {
            if (generation == listGeneration) {
                documents.addAll(next.stream().map(d -> new DocumentRow(d, assignedToMe.contains(d.id()))).toList());
                readOn(generation, next);
            }
        }, e -> notices.post("Could not read the library: " + Background.message(e)));
    }

    /** False while the start's list is still being read page by page; true once every row is in {@link #documents()}. */
    public javafx.beans.property.ReadOnlyBooleanProperty completeProperty() {
        return complete;
    }

    /** Imports pasted text as a new document titled {@code title}; reports the result to {@code done}. */
    public void importPasted(String text, String title, Consumer<List<ImportResult>> done) {
        background.run(() -> List.of(imports.importPasted(text, title)), results -> refresh(() -> {
            notices.post(summarise(results));
            done.accept(results);
        }), e -> notices.post("Import failed: " + Background.message(e)));
    }

    /**
     * Imports files and folders in order, showing progress (a snapshot is taken first for a folder);
     * reports every result to {@code done} once all are through or the user cancelled.
     */
    public void importFiles(List<Path> files, Consumer<List<ImportResult>> done) {
        cancelRequested = false;
        importing.set(true);
        importProgress.set(-1);
        importStep.set("Importing…");
        background.runAlongside(() -> imports.importAll(files, new ImportService.Progress() {
            @Override
            public void update(int doneCount, int total, String current) {
                if (total > 0 && (doneCount % Math.max(1, total / 200) == 0 || doneCount == total)) {
                    background.onFx(() -> {
                        importProgress.set((double) doneCount / total);
                        importStep.set("Importing " + Math.min(doneCount + 1, total) + " of " + total + " files");
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancelRequested;
            }
        }), results -> {
            importing.set(false);
            findIndexing.start();
            refresh(() -> {
                notices.post(summarise(results));
                done.accept(results);
            });
        }, e -> {
            importing.set(false);
            findIndexing.start(); // what was stored before the failure
            notices.post("Import failed: " + Background.message(e));
        });
    }

    /** Asks a running import to stop after the file it is on. */
    public void cancelImport() {
        cancelRequested = true;
        importStep.set("Cancelling…");
    }

    public javafx.beans.property.ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public javafx.beans.property.ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress;
    }

    public javafx.beans.property.ReadOnlyStringProperty importStepProperty() {
        return importStep;
    }

    static String summarise(List<ImportResult> results) {
        long ok = results.stream().filter(r -> r instanceof ImportResult.Imported).count();
        long dup = results.stream().filter(r -> r instanceof ImportResult.Duplicate).count();
        List<ImportResult.TagsMerged> merged = results.stream().filter(r -> r instanceof ImportResult.TagsMerged)
                .map(r -> (ImportResult.TagsMerged) r).toList();
        long bad = results.size() - ok - dup - merged.size();
        StringBuilder s = new StringBuilder("Imported " + ok + (ok == 1 ? " article" : " articles"));
        if (dup > 0) {
            s.append(", ").append(dup).append(" already in the library");
        }
        if (!merged.isEmpty()) {
            s.append(", ").append(mergedSummary(merged));
        }
        if (bad > 0) {
            s.append(", ").append(bad).append(" could not be read");
        }
        return s.toString();
    }

    /** "tags merged into 2 documents already here (5 added, 1 conflicting kept, 2 not matched)". */
    private static String mergedSummary(List<ImportResult.TagsMerged> merged) {
        int added = merged.stream().mapToInt(ImportResult.TagsMerged::added).sum();
        int conflicts = merged.stream().mapToInt(ImportResult.TagsMerged::conflicts).sum();
        int unmatched = merged.stream().mapToInt(m -> m.unmatched().size()).sum();
        StringBuilder s = new StringBuilder("tags merged into " + merged.size()
                + (merged.size() == 1 ? " document" : " documents") + " already here (" + added + " added");
        if (conflicts > 0) {
            s.append(", ").append(conflicts).append(" conflicting kept as they were");
        }
        if (unmatched > 0) {
            s.append(", ").append(unmatched).append(" not matched");
        }
        return s.append(added == 0 && conflicts == 0 && unmatched == 0 ? ", nothing new)" : ")").toString();
    }

    /** A fresh export dialog state for the current annotator; {@code openDocument} is -1 when none is open. */
    public ExportViewModel newExport(long openDocument, List<String> labelNames) {
        return new ExportViewModel(exports, background, annotator.get(), openDocument, labelNames);
    }

    /** A fresh agreement view state; {@code openDocument} is -1 when none is open. */
    public AgreementViewModel newAgreement(long openDocument, List<String> labelNames) {
        return new AgreementViewModel(agreement, background, openDocument, labelNames);
    }

    /** The find panel's state. */
    public FindViewModel newFind() {
        return new FindViewModel(find, background);
    }

    /** A fresh statistics view state. */
    public StatisticsViewModel newStatistics() {
        return new StatisticsViewModel(find, background);
    }

    /** In a team library the annotator is the login: set once by the composition root (empty: a library file). */
    public void teamLogin(Optional<String> login) {
        this.teamLogin = login;
    }

    /** The login of a team library, who is always the annotator there; empty for a library file. */
    public Optional<String> teamLogin() {
        return teamLogin;
    }

    /** Makes {@code name} the annotator and reloads what they have tagged. */
    public void switchAnnotator(String name, Runnable then) {
        background.run(() -> annotation.switchAnnotator(name), a -> refresh(then),
                e -> notices.post("Could not change annotator: " + Background.message(e)));
    }

    /**
     * Acts as {@code name} for this session (adjudication), or with none as the saved annotator again; {@code failed}
     * runs after the notice when the switch could not be made (a team library's server away).
     */
    void actAs(Optional<String> name, Runnable then, Runnable failed) {
        background.run(() -> name.map(annotation::actAs).orElseGet(annotation::actAsSaved), a -> refresh(then), e -> {
            notices.post("Could not change annotator: " + Background.message(e));
            failed.run();
        });
    }

    public void updateTagged(long documentId, int tagged) {
        find(documentId).ifPresent(r -> r.taggedProperty().set(tagged));
    }

    public Optional<DocumentRow> find(long documentId) {
        return documents.stream().filter(r -> r.id() == documentId).findFirst();
    }

    public ObservableList<DocumentRow> documents() {
        return documents;
    }

    public StringProperty annotatorProperty() {
        return annotator;
    }

    /** The latest library-level message (import/export results, errors); read-only, see {@link #notices()}. */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notices.noticeProperty();
    }

    /** Where the window's actions post their notices. */
    public NoticeState notices() {
        return notices;
    }
}
