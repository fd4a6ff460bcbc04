package dev.sentag.ui;

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
    private final ArticleView article;
    private final DocumentListView documents;
    private final SidebarView sidebar;
    private final SplitPane split;
    private final FindPanel find;
    private final Dialogs dialogs;
    private final DocumentNavigation navigation;
    private final RepairConfirm repairQuestions;
    private final WindowDialogs windowDialogs;
    private RestoreSnapshotFlow restoreFlow;
    private final DocumentActions documentActions;
    private CodebookWiring codebookUi;
    private LinkKeys links;
    private final ImportActions imports;

    public MainWindow(Stage stage, TaggingViewModel tagging, LibraryViewModel library, UiPreferences prefs,
                      UserPreferences user, LibrarySwitcher libraries, Supplier<String> aboutDetails,
                      LinkingViewModel linking) {
        this.stage = stage;
        this.tagging = tagging;
        this.library = library;
        this.prefs = prefs;
        this.user = user;
        this.dialogs = new Dialogs(stage);
        this.repairQuestions = new RepairConfirm(stage, dialogs);
        this.imports = new ImportActions(stage, library, tagging, dialogs, this::openDocument,
                id -> open(id, TaggingViewModel.ARTICLE_START), (id, index) -> open(id, index));
        this.comparison = new ComparisonViewModel(tagging, library);
        this.article = new ArticleView(tagging, this::importDialog);
        this.documents = new DocumentListView(library, id -> open(id, TaggingViewModel.ARTICLE_START));
        this.sidebar = new SidebarView(tagging, comparison, this::focusArticle);
        article.markWhere(comparison::marked, comparison.comparingProperty(), comparison.adjudicatingProperty());
        this.find = new FindPanel(library.newFind(), tagging, WindowDialogs.labelNames(tagging), this::open, this::focusArticle);
        this.split = new SplitPane(documents, find.around(article), sidebar);
        WindowPlace.divide(split, prefs);
        SplitPane.setResizableWithParent(documents, false);
        SplitPane.setResizableWithParent(sidebar, false);
        this.documentActions = new DocumentActions(stage, library, this::openDocument,
                id -> open(id, TaggingViewModel.ARTICLE_START), tagging::clear);
        documents.list().setContextMenu(MenuFactory.libraryMenu(documentActions, user.keys()));
        BorderPane root = new BorderPane(new SaveFailurePane(split, tagging.saves()));
        root.setTop(MenuFactory.build(this, tagging, comparison, libraries));
        article.setSentenceMenu(MenuFactory.sentenceMenu(this, tagging));
        root.setBottom(new StatusBarView(tagging, library, comparison));
        root.getStyleClass().add("sentag-root");
        comparison.comparingProperty().set(prefs.flag("compare", false));
        this.navigation = new DocumentNavigation(tagging, library, prefs, documents::showSelected, this::focusArticle);
        this.windowDialogs = new WindowDialogs(stage, dialogs, tagging, library, comparison, user, navigation,
                aboutDetails);
        comparison.onSwitched(navigation::reopen);
        tagging.onNotice(library.notices()::post);
        unwire = PreferenceBindings.wire(user, tagging, article, library, navigation::reopen);

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
        WindowPlace.prepare(stage, prefs, placeholder);
    }

    /** Loads the library and reopens the last article (or the first) at the last sentence. */
    public void start() {
        navigation.start();
    }

    private void open(long documentId, int index) {
        navigation.open(documentId, index);
    }

    /** Opens a document at sentence {@code index}, as a click in the library does; {@code then} runs once shown. */
    public void open(long documentId, int index, Runnable then) {
        navigation.open(documentId, index, then);
    }

    private long openDocument() {
        return navigation.openDocument();
    }

    /** True once the library is loaded and the first article (if any) is shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty readyProperty() {
        return navigation.readyProperty();
    }

    public void nextDocument() {
        navigation.step(1);
    }

    public void previousDocument() {
        navigation.step(-1);
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
        windowDialogs.export();
    }

    void agreementDialog() {
        windowDialogs.agreement();
    }

    void changeAnnotator() {
        windowDialogs.changeAnnotator();
    }

    void mergeWithNext() {
        tagging.repairs().mergeWithNext(repairQuestions);
    }

    void splitCurrent() {
        tagging.repairs().splitCurrent(repairQuestions);
    }

    public void editNote() {
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
    public void nextUntagged() {
        navigation.nextUntagged(user);
    }

    void preferences() {
        windowDialogs.preferences();
    }

    /** Wires File → Restore snapshot… to the library's snapshots (the app does, once the library is open). */
    public void snapshots(SnapshotsViewModel snapshots) {
        restoreFlow = new RestoreSnapshotFlow(stage, snapshots, this::reload, library.notices()::post);
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
        navigation.reload();
    }

    /** Reloads as F5 does when another annotator changed the open document (a team library's live view). */
    public void reloadIfShowing(java.util.Set<Long> changedDocuments) {
        if (changedDocuments.contains(navigation.openDocument())) {
            reload();
        }
    }

    /** The find panel (Ctrl+F, F3, Shift+F3). */
    FindPanel find() {
        return find;
    }

    void statistics() {
        windowDialogs.statistics();
    }

    public void showShortcuts() {
        windowDialogs.shortcuts();
    }

    void about() {
        windowDialogs.about();
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
        WindowPlace.remember(stage, split, prefs);
        prefs.put("compare", comparison.chosenComparing());
        navigation.remember();
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
