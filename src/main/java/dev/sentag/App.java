package dev.sentag;

import dev.sentag.model.LabelSet;
import dev.sentag.ui.Background;
import dev.sentag.ui.LibrarySwitcher;
import dev.sentag.ui.LibraryViewModel;
import dev.sentag.ui.MainWindow;
import dev.sentag.ui.OpenFailureDialog;
import dev.sentag.ui.SnapshotsViewModel;
import dev.sentag.ui.TaggingViewModel;
import dev.sentag.ui.UiPreferences;
import dev.sentag.ui.UserPreferences;
import dev.sentag.workspace.Backups;
import dev.sentag.workspace.DataLocation;
import dev.sentag.workspace.LogFile;
import dev.sentag.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The JavaFX application and composition root of the window: shows the frame at once, opens the
 * database off the FX thread, then builds the view-models over the workspace's services.
 */
public final class App extends Application {
    private static final System.Logger LOG = System.getLogger(App.class.getName());
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private final String databaseOverride;
    private final Path dataFolder;
    private final List<StartupObserver> observers = StartupObserver.installed();
    private volatile Workspace workspace;
    private MainWindow window;
    private UserPreferences user;
    private LibrarySwitcher libraries;
    private Stage stage;
    private long firstFrameMillis = -1;
    private long readyMillis = -1;
    /** The window's computation that reads no database (agreement figures), so it holds up no write. */
    private final ExecutorService compute = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sentag-compute");
        t.setDaemon(true);
        return t;
    });
    private LiveUpdates live;

    public App() {
        this((String) null, LogFile.defaultFolder());
    }

    /** An app on a given database whose folder also holds the user's preferences (tests). */
    public App(Path database) {
        this(database, database.toAbsolutePath().getParent());
    }

    /** An app on a database (null: --db=, SENTAG_DB or the data folder) with preferences in {@code dataFolder}. */
    public App(Path database, Path dataFolder) {
        this(database == null ? null : database.toString(), dataFolder);
    }

    /** An app on a library named by path or PostgreSQL URL (null: --db=, SENTAG_DB or the data folder). */
    public App(String library, Path dataFolder) {
        this.databaseOverride = library;
        this.dataFolder = dataFolder;
    }

    public static void main(String[] args) {
        LogFile.install(LogFile.defaultFolder());
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        String db = databasePath();
        UiPreferences prefs = uiPreferences(db);
        user = new UserPreferences(dataFolder.resolve("preferences.properties"));
        user.themeProperty().get().apply();
        this.stage = stage;
        libraries = new LibrarySwitcher(stage, user, this::switchTo, url -> switchTo(url));
        stage.setTitle("Sentag");
        for (int size : ICON_SIZES) {
            var url = App.class.getResource("icons/sentag-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
        Label opening = new Label("Opening " + Workspace.shown(db) + "…");
        MainWindow.prepare(stage, prefs, new StackPane(opening));
        stage.getScene().addPostLayoutPulseListener(this::firstFrame);
        stage.show();
        openLibrary(stage, db, prefs);
    }

    /** Opens the database off the FX thread, then builds the window; on failure asks what to do. */
    private void openLibrary(Stage stage, String db, UiPreferences prefs) {
        CompletableFuture.supplyAsync(() -> {
            Workspace ws = Workspace.openWithoutSnapshot(db, dataFolder, (shown, why) -> askPassword(stage, shown, why));
            ws.importSampleOnFirstStart();
            return ws;
        }).thenCompose(App::readLabels).whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                failToOpen(stage, db, prefs, error.getCause() != null ? error.getCause() : error);
                return;
            }
            workspace = opened.workspace();
            build(stage, opened.workspace(), opened.labels(), prefs);
        }));
    }

    /** An open workspace and its codebook's labels, read before the window is built. */
    private record Opened(Workspace workspace, LabelSet labels) {
    }

    /** Reads the labels on the database's own thread, so the FX thread never touches the database to build. */
    private static CompletableFuture<Opened> readLabels(Workspace ws) {
        return CompletableFuture.supplyAsync(() -> new Opened(ws, ws.annotation().labels()), ws.database().executor())
                .whenCompleteAsync((opened, error) -> { // not on the database thread it closes
                    if (error != null) {
                        ws.close();
                    }
                });
    }

    private void build(Stage stage, Workspace ws, LabelSet labels, UiPreferences prefs) {
        var background = new Background(ws.database().executor(), compute, Platform::runLater, Background.ownThread());
        var annotation = ws.annotation();
        var tagging = new TaggingViewModel(annotation, ws.outages(), background, labels);
        var library = new LibraryViewModel(annotation, ws.imports(), ws.exports(), ws.agreement(), ws.find(),
                background);
        library.assignments(ws.assignments());
        library.teamLogin(ws.team().login());
        if (ws.database().snapshotsSupported()) {
            Path db = ws.database().path();
            stage.setTitle(db.getFileName() + " — Sentag");
            user.opened(db);
            libraries.current(db);
        } else {
            stage.setTitle(ws.database().shown() + " — Sentag");
            live = new LiveUpdates(ws, changed -> {
                if (window != null) {
                    window.reloadIfShowing(changed);
                }
            });
        }
        window = new MainWindow(stage, tagging, library, prefs, user, libraries, this::aboutDetails,
                new dev.sentag.ui.LinkingViewModel(ws.links(), tagging, background));
        window.snapshots(new SnapshotsViewModel(ws.backups(), background));
        window.codebook(new dev.sentag.ui.CodebookViewModel(ws.codebook(), annotation, background, ws.relations()));
        MainWindow built = window;
        built.readyProperty().addListener((obs, o, isReady) -> {
            if (isReady) { // what a closed window (or a killed one) left to index for find, once this one shows
                built.library().findIndexing().start();
            }
        });
        window.readyProperty().addListener((obs, o, isReady) -> {
            if (isReady && readyMillis < 0) {
                readyMillis = sinceJvmStart();
                LOG.log(System.Logger.Level.INFO, "library shown {0} ms after JVM start", readyMillis);
                MainWindow shownWindow = window;
                observers.forEach(observer -> observer.ready(shownWindow, readyMillis));
                // Its own connection and thread: tagging goes on while it copies and reads the file for damage.
                MainWindow shown = window;
                CompletableFuture.runAsync(() -> {
                    ws.dailySnapshot();
                    ws.database().checkForDamage().ifPresent(message -> Platform.runLater(
                            () -> shown.library().notices().post(message)));
                });
            }
        });
        window.start();
        tagging.saves().outage().resume(); // changes a crashed session kept for the server are written now
    }

    /**
     * File → New/Open library, Open recent: remembers the window's state for the library it leaves, closes that
     * library off the FX thread, then opens {@code next} (created if new) in a fresh scene, as at start.
     */
    private void switchTo(Path next) {
        switchTo(next.toString());
    }

    /** {@link #switchTo(Path)} for a library named by path or PostgreSQL URL. */
    private void switchTo(String next) {
        MainWindow leaving = window;
        Workspace closing = workspace;
        stopLive();
        if (leaving != null) {
            leaving.rememberState();
            leaving.leave();
        }
        window = null;
        workspace = null;
        UiPreferences prefs = uiPreferences(next);
        MainWindow.prepare(stage, prefs, new StackPane(new Label("Opening " + Workspace.shown(next) + "…")));
        stage.setTitle("Sentag");
        CompletableFuture.runAsync(() -> {
            if (closing != null) {
                closing.close();
            }
        }).whenComplete((v, e) -> Platform.runLater(() -> openLibrary(stage, next, prefs)));
    }

    /** The open workspace (null before); for tests that inject storage faults. */
    Workspace workspace() {
        return workspace;
    }

    /** The main window once the database is open (null before); for tests that drive it. */
    MainWindow window() {
        return window;
    }

    private void firstFrame() {
        if (firstFrameMillis < 0) {
            firstFrameMillis = sinceJvmStart();
            LOG.log(System.Logger.Level.INFO, "first frame {0} ms after JVM start", firstFrameMillis);
            observers.forEach(observer -> observer.firstFrame(firstFrameMillis));
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private String aboutDetails() {
        Workspace ws = workspace;
        return "Database: " + (ws == null ? "(not open)" : ws.database().shown()) + "\n"
                + "Snapshots: " + (ws == null ? "(not open)" : !ws.database().snapshotsSupported()
                        ? "kept by the PostgreSQL server (pg_dump)" : ws.backups().folder() + " (File → Restore snapshot…)") + "\n"
                + "Log: " + (LogFile.current() == null ? "console only" : LogFile.current()) + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version") + "\n"
                + "First frame " + firstFrameMillis + " ms, first article " + readyMillis + " ms after launch.";
    }

    private void failToOpen(Stage stage, String library, UiPreferences prefs, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "cannot open " + Workspace.shown(library), error);
        var file = DataLocation.file(library);
        var latest = file.flatMap(Backups::latestOf);
        switch (OpenFailureDialog.ask(stage, Path.of(Workspace.shown(library)), error.getMessage(), latest)) {
            case RESTORE_LATEST -> CompletableFuture.supplyAsync(() -> Backups.restoreOverUnopenable(file.orElseThrow(),
                            latest.orElseThrow()))
                    .whenComplete((aside, e) -> Platform.runLater(() -> {
                        if (e != null) {
                            failToOpen(stage, library, prefs, e.getCause() != null ? e.getCause() : e);
                        } else {
                            openLibrary(stage, library, prefs);
                        }
                    }));
            case OPEN_ANOTHER -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open a Sentag library");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sentag library (*.db)", "*.db"));
                var other = chooser.showOpenDialog(stage);
                if (other == null) {
                    Platform.exit();
                } else {
                    String next = other.toPath().toString();
                    openLibrary(stage, next, uiPreferences(next));
                }
            }
            default -> Platform.exit();
        }
    }

    private String databasePath() {
        if (databaseOverride != null) {
            return databaseOverride;
        }
        String named = getParameters() == null ? null : getParameters().getNamed().get("db");
        return named != null ? named : DataLocation.defaultLibrary();
    }

    /**
     * The window's state for {@code library}: beside a library file; in the data folder for a team library, named
     * after its server and database (never its password, which a URL may not hold anyway).
     */
    private UiPreferences uiPreferences(String library) {
        var file = DataLocation.file(library);
        if (file.isPresent()) {
            Path db = file.get();
            return new UiPreferences(db.resolveSibling(db.getFileName() + ".ui.properties"));
        }
        String name = Workspace.shown(library).replaceFirst("^postgresql://", "").replaceAll("[^A-Za-z0-9.-]", "_");
        return new UiPreferences(dataFolder.resolve("team-" + name + ".ui.properties"));
    }

    /** Asks for a team library's password on the FX thread, for the opening thread waiting here. */
    private static java.util.Optional<char[]> askPassword(Stage stage, String shown, String why) {
        CompletableFuture<java.util.Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dev.sentag.ui.PasswordPrompt.ask(stage, shown, why)));
        return answer.join();
    }

    private void stopLive() {
        if (live != null) {
            live.close();
            live = null;
        }
    }

    @Override
    public void stop() {
        compute.shutdownNow();
        stopLive();
        if (window != null) {
            window.rememberState();
            LOG.log(System.Logger.Level.INFO, "save latency: {0}", window.tagging().latency().summary());
        }
        Workspace ws = workspace;
        if (ws != null) {
            try {
                // After the last write: the queued ones run first on the database thread.
                ws.database().executor().submit(() -> ws.backups().onQuit()).get()
                        .ifPresent(p -> LOG.log(System.Logger.Level.INFO, "snapshot on quit: {0}", p));
            } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "no snapshot on quit: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ws.close();
        }
    }
}
