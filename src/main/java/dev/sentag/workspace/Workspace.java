package dev.sentag.workspace;

import dev.sentag.agree.AgreementService;
import dev.sentag.annotate.AnnotationService;
import dev.sentag.export.ExportService;
import dev.sentag.ingest.ImportService;
import dev.sentag.ingest.TextArticleReader;
import dev.sentag.segment.NewsSentenceSegmenter;
import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.store.AgreementQuery;
import dev.sentag.store.AnnotatedSentenceQuery;
import dev.sentag.store.AnnotatorRepository;
import dev.sentag.store.Database;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.ImportWrites;
import dev.sentag.store.LabelRepository;
import dev.sentag.store.RepairRepository;
import dev.sentag.store.SettingsRepository;
import dev.sentag.store.StoreException;
import dev.sentag.store.TagRepository;
import java.nio.file.Path;

/** The composition root shared by the GUI and the CLI: one open database and the services over it. */
public final class Workspace implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
    private final Database database;
    private final SentenceSegmenter segmenter;
    private final AnnotationService annotation;
    private final ImportService imports;
    private final ExportService exports;
    private final SettingsRepository settings;
    private final AgreementService agreement;
    private final Backups backups;
    private boolean existedBefore;

    private Workspace(Database database) {
        this.database = database;
        this.segmenter = new NewsSentenceSegmenter();
        this.settings = new SettingsRepository(database);
        var documents = new DocumentRepository(database);
        var annotators = new AnnotatorRepository(database);
        var labels = new LabelRepository(database, settings);
        this.annotation = new AnnotationService(documents, new TagRepository(database),
                labels, annotators, settings, new RepairRepository(database));
        this.imports = new ImportService(documents, new ImportWrites(database), new TextArticleReader(segmenter),
                () -> backups().take("before folder import"), annotation::historyChangedElsewhere);
        this.agreement = new AgreementService(new AgreementQuery(database));
        this.backups = new Backups(database, annotation::forgetCachedState);
        this.exports = new ExportService(new AnnotatedSentenceQuery(database), annotators, labels,
                annotation::annotator);
    }

    /** Opens the database at {@code path} (creating and migrating it as needed), then takes the daily snapshot if due. */
    public static Workspace open(Path path) {
        Workspace ws = openWithoutSnapshot(path);
        ws.dailySnapshot();
        return ws;
    }

    /**
     * Opens without the daily snapshot, for the window: it shows the first article first and calls
     * {@link #dailySnapshot()} on a thread of its own afterwards, so a large library does not delay it.
     */
    public static Workspace openWithoutSnapshot(Path path) {
        boolean existed = Backups.hasContent(path);
        LogFile.concerning(path);
        Workspace ws = new Workspace(Database.open(path));
        ws.existedBefore = existed;
        return ws;
    }

    /** The snapshot on start, at most once a day; skipped for a library created by this open. Any thread. */
    public void dailySnapshot() {
        try {
            backups.dailyOnStart(existedBefore);
        } catch (StoreException e) {
            // A missing daily snapshot must not keep the annotator from their work; the log says why.
            LOG.log(System.Logger.Level.WARNING, "daily snapshot failed: " + e.getMessage(), e);
        }
    }

    /** Snapshots of this library; {@code backups().take("before …")} before any bulk change. */
    public Backups backups() {
        return backups;
    }

    /** On the first start of a new library, imports the sample article; true if it did. */
    public boolean importSampleOnFirstStart() {
        return FirstStart.importSampleOnce(settings, imports);
    }

    public Database database() {
        return database;
    }

    public SentenceSegmenter segmenter() {
        return segmenter;
    }

    public AnnotationService annotation() {
        return annotation;
    }

    public ImportService imports() {
        return imports;
    }

    public AgreementService agreement() {
        return agreement;
    }

    public ExportService exports() {
        return exports;
    }

    @Override
    public void close() {
        database.close();
    }
}
