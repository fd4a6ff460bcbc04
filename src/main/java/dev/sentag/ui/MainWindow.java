package dev.sentag.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window: library on the left, the article in the centre, the tagging sidebar on the right. */
public final class MainWindow {
    static final double MIN_FONT = 11;
    static final double MAX_FONT = 32; // 200 % of the default, where links and badges must still read
    static final double DEFAULT_FONT = 16;

    private final Stage stage;
    private final TaggingViewModel tagging;
    private final ComparisonViewModel comparison;
    private final LibraryViewModel library;
    private final UiPreferences prefs;
    private final UserPreferences user;
    private final Runnable unwire;
    private final Supplier<String> aboutDetails;
    private final ArticleView article;
    private final DocumentListView documents;
    private final SidebarView sidebar;
    private final SplitPane split;
    private final FindPanel find;
    private final Dialogs dialogs;
    private long openDocument = -1;
    private RestoreSnapshotFlow restoreFlow;
    private final DocumentActions documentActions;
    private CodebookWiring codebookUi;
    private LinkKeys links;
    private final ImportActions imports;
    private final javafx.beans.property.BooleanProperty ready =
            new javafx.beans.property.SimpleBooleanProperty(this, "ready");

    public MainWindow(Stage stage, TaggingViewModel tagging, LibraryViewModel library, UiPreferences prefs,
                      UserPreferences user, LibrarySwitcher libraries, Supplier<String> aboutDetails,
                      LinkingViewModel linking) {
        this.stage = stage;
        this.tagging = tagging;
        this.library = library;
        this.prefs = prefs;
        this.user = user;
        this.aboutDetails = aboutDetails;
        this.dialogs = new Dialogs(stage);
        this.imports = new ImportActions(stage, library, tagging, dialogs, () -> openDocument,
                id -> open(id, TaggingViewModel.ARTICLE_START), (id, index) -> open(id, index));
        this.comparison = new ComparisonViewModel(tagging, library);
        this.article = new ArticleView(tagging, this::importDialog);
        this.documents = new DocumentListView(library, id -> open(id, TaggingViewModel.ARTICLE_START));
        this.sidebar = new SidebarView(tagging, comparison, this::focusArticle);
        article.markWhere(comparison::marked, comparison.comparingProperty(), comparison.adjudicatingProperty());
        this.find = new FindPanel(library.newFind(), tagging, labelNames(), this::open, this::focusArticle);
        this.split = new SplitPane(documents, find.around(article), sidebar);
        split.setDividerPositions(prefs.number("divider.left", 0.2), prefs.number("divider.right", 0.76));
        SplitPane.setResizableWithParent(documents, false);
        SplitPane.setResizableWithParent(sidebar, false);
        this.documentActions = new DocumentActions(stage, library, () -> openDocument,
                id -> open(id, TaggingViewModel.ARTICLE_START), tagging::clear);
        documents.list().setContextMenu(MenuFactory.libraryMenu(documentActions, user.keys()));
        BorderPane root = new BorderPane(new SaveFailurePane(split, tagging.status()));
        root.setTop(MenuFactory.build(this, tagging, comparison, libraries));
        article.setSentenceMenu(MenuFactory.sentenceMenu(this, tagging));
        root.setBottom(new StatusBarView(tagging, library, comparison));
        root.getStyleClass().add("sentag-root");
        comparison.comparingProperty().set(prefs.flag("compare", false));
        comparison.onSwitched(this::reopen);
        tagging.taggedProperty().addListener((obs, o, n) -> library.updateTagged(openDocument, n.intValue()));
        tagging.onChangeElsewhere(change -> library.refresh(
                () -> open(change.documentId(), Math.max(0, change.index()))));
        tagging.onNotice(library.noticeProperty()::set);
        tagging.onSentencesChanged(() -> library.refresh(() -> library.find(openDocument).ifPresentOrElse(
                d -> documents.showSelected(openDocument), this::start))); // an undo or redo may have deleted it
        unwire = PreferenceBindings.wire(user, tagging, article, library, this::reopen);

        Scene scene = stage.getScene();
        scene.setRoot(root);
        scene.getStylesheets().add(LabelStyles.css(tagging.labelsProperty().get()));
        MenuFactory.sceneAccelerators(scene, this, tagging, comparison, libraries);
        if (linking != null) {
            links = LinkingUi.install(article, sidebar, tagging, comparison, linking, this::focusArticle, user.keys());
        }
        new KeyDispatcher(new ActionContext(this, tagging, comparison, libraries), user.keys()).install(scene);
        imports.acceptDroppedFiles(scene);
    }

    /** Gives the stage a scene showing {@code placeholder}, sized and placed as the user left it. */
    public static void prepare(Stage stage, UiPreferences prefs, javafx.scene.Parent placeholder) {
        Scene scene = new Scene(placeholder, prefs.number("width", 1280), prefs.number("height", 800));
        Theme.style(scene);
        stage.setScene(scene);
        if (prefs.has("x")) {
            stage.setX(prefs.number("x", 0));
            stage.setY(prefs.number("y", 0));
        }
    }

    /** Loads the library and reopens the last article (or the first) at the last sentence. */
    public void start() {
        library.refresh(() -> {
            long last = (long) prefs.number("lastDocument", -1);
            var target = library.find(last).or(() -> library.documents().stream().findFirst());
            if (target.isEmpty()) {
                tagging.clear();
                ready.set(true);
                return;
            }
            int index = target.get().id() == last ? (int) prefs.number("lastSentence", 0) : TaggingViewModel.ARTICLE_START;
            open(target.get().id(), index, () -> ready.set(true));
        });
        focusArticle();
    }

    private void open(long documentId, int index) {
        open(documentId, index, () -> { });
    }

    /** Opens a document at sentence {@code index}, as a click in the library does; {@code then} runs once shown. */
    public void open(long documentId, int index, Runnable then) {
        openDocument = documentId;
        tagging.open(documentId, index, () -> {
            documents.showSelected(documentId);
            focusArticle();
            then.run();
        });
    }

    /** True once the library is loaded and the first article (if any) is shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    void nextDocument() {
        step(1);
    }

    void previousDocument() {
        step(-1);
    }

    private void step(int delta) {
        var docs = library.documents();
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id() == openDocument) {
                int j = i + delta;
                if (j >= 0 && j < docs.size()) {
                    open(docs.get(j).id(), TaggingViewModel.ARTICLE_START);
                }
                return;
            }
        }
    }

    void importDialog() {
        imports.importDialog();
    }

    void importFolderDialog() {
        imports.importFolderDialog();
    }

    void pasteArticle() {
        imports.pasteArticle();
    }

    public void importFiles(List<Path> files) {
        imports.importFiles(files);
    }

    void exportDialog() {
        new ExportDialog(stage, library.newExport(openDocument, labelNames())).show();
    }

    void agreementDialog() {
        new AgreementDialog(stage, library.newAgreement(openDocument, labelNames())).show();
    }

    private List<String> labelNames() {
        return tagging.labelsProperty().get().labels().stream().map(dev.sentag.model.Label::name).toList();
    }

    /** File → Switch annotator…; adjudication ends first, so the dialog offers the annotator's own name. */
    void changeAnnotator() {
        comparison.leaveAdjudicationThen(() -> library.annotatorNames(known -> dialogs.annotator(
                library.annotatorProperty().get(), known).ifPresent(name -> library.switchAnnotator(name, this::reopen))));
    }

    private void reopen() {
        if (openDocument >= 0) {
            open(openDocument, Math.max(0, tagging.currentProperty().get()));
        }
    }

    void mergeWithNext() {
        if (!RepairConfirm.ask(stage, "Merge", RepairConfirm.othersOn(tagging, 2))) {
            return;
        }
        tagging.mergeWithNext(java.util.Optional.empty(), conflict -> dialogs.mergeLabel(conflict.labels())
                .ifPresent(label -> tagging.mergeWithNext(java.util.Optional.of(label), again -> { })));
    }

    void splitCurrent() {
        if (!RepairConfirm.ask(stage, "Split", RepairConfirm.othersOn(tagging, 1))) {
            return;
        }
        tagging.currentRow().ifPresent(row -> dialogs.splitPosition(row.sentence().text())
                .ifPresent(tagging::splitCurrent));
    }

    void editNote() {
        if (tagging.currentRow().isPresent()) {
            sidebar.note().requestFocus();
            sidebar.note().selectAll();
        }
    }

    void zoom(int direction) {
        double size = direction == 0 ? DEFAULT_FONT
                : Math.max(MIN_FONT, Math.min(MAX_FONT, article.fontSize() + direction));
        user.textSize.set(size);
    }

    /** N: the next untagged sentence; past the last one, on into the next article with some if preferred. */
    void nextUntagged() {
        PreferenceBindings.nextUntagged(user, tagging, library, openDocument,
                id -> open(id, TaggingViewModel.ARTICLE_START, () -> PreferenceBindings.untaggedHere(tagging)));
    }

    /** Edit → Preferences…; the window follows what is saved at once. */
    void preferences() {
        new PreferencesDialog(stage, user, PreferenceBindings.labelKey(tagging)).showAndApply();
    }

    /** Wires File → Restore snapshot… to the library's snapshots (the app does, once the library is open). */
    public void snapshots(SnapshotsViewModel snapshots) {
        restoreFlow = new RestoreSnapshotFlow(stage, snapshots, this::reload, library.noticeProperty()::set);
    }

    /** Joins the codebook to the window: Edit → Codebook…, F1 guidelines, U unsure (see CodebookWiring). */
    public void codebook(CodebookViewModel codebook) {
        codebookUi = new CodebookWiring(stage, split, sidebar, tagging, codebook, () -> {
            article.setSentenceMenu(MenuFactory.sentenceMenu(this, tagging)); // its "Tag as …" items
            reload();
        });
        codebookUi.install();
    }

    /** A restore forgets who is acting (back to the saved annotator), so adjudication ends first. */
    void restoreSnapshot() {
        if (restoreFlow != null) {
            comparison.leaveAdjudicationThen(restoreFlow::run);
        }
    }

    /** F5: reloads the library and the open article, to show what another window or the CLI changed. */
    public void reload() {
        if (codebookUi != null) {
            codebookUi.readLabels(); // the command line may have renamed or merged labels too
        }
        int at = Math.max(0, tagging.currentProperty().get());
        library.refresh(() -> library.find(openDocument).ifPresentOrElse(d -> open(openDocument, at), this::start));
    }

    /** The find panel (Ctrl+F, F3, Shift+F3). */
    FindPanel find() {
        return find;
    }

    void statistics() {
        var colours = tagging.labelsProperty().get().labels().stream().collect(
                java.util.stream.Collectors.toMap(dev.sentag.model.Label::name, dev.sentag.model.Label::colour));
        new StatisticsWindow(stage, library.newStatistics(), colours).show();
    }

    void showShortcuts() {
        dialogs.shortcuts(user.keys());
    }

    void about() {
        dialogs.about(aboutDetails.get() + "\nSave latency this session: " + tagging.latency().summary());
    }

    void quit() {
        stage.close();
    }

    private void focusArticle() {
        Platform.runLater(() -> article.focusTarget().requestFocus());
    }

    /** Gives the window and its article the keyboard focus, so the tagging keys reach them. */
    public void focusArticleNow() {
        stage.toFront();
        stage.requestFocus();
        article.focusTarget().requestFocus();
    }

    /** True when keys typed now would reach the window's shortcuts: it has the focus and no text field has. */
    public boolean readyForKeys() {
        return stage.isFocused()
                && !(stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl);
    }

    /** Remembers window geometry, text size and the place in the library for the next start. */
    public void rememberState() {
        prefs.put("width", stage.getWidth());
        prefs.put("height", stage.getHeight());
        prefs.put("x", stage.getX());
        prefs.put("y", stage.getY());
        double[] dividers = split.getDividerPositions();
        prefs.put("divider.left", dividers[0]);
        prefs.put("divider.right", dividers[1]);
        prefs.put("compare", comparison.chosenComparing());
        prefs.put("lastDocument", openDocument);
        prefs.put("lastSentence", Math.max(0, tagging.currentProperty().get()));
        prefs.save();
        user.save();
    }

    /** Stops following the user's preferences: another library's window takes over (File → Open library…). */
    public void leave() {
        unwire.run();
    }

    DocumentActions documentActions() {
        return documentActions;
    }

    /** The window's view-models, for tests that check what the user sees. */
    public TaggingViewModel tagging() {
        return tagging;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public LibraryViewModel library() {
        return library;
    }

    CodebookWiring codebookUi() {
        return codebookUi;
    }

    /** The linking commands (L, Shift+L, S), or null in a window without links. */
    LinkKeys links() {
        return links;
    }

    /** The user's key bindings, which the registry's single keys follow. */
    KeyBindings keys() {
        return user.keys();
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** The text the article view shows. */
    public String articleText() {
        return article.area().getText();
    }

    /** Screen bounds of a sentence of the open article, for tests that click on it. */
    public java.util.Optional<javafx.geometry.Bounds> sentenceBounds(int index) {
        var s = tagging.rows().get(index).sentence();
        return article.area().getCharacterBoundsOnScreen(s.start(), s.start() + 1);
    }
}
