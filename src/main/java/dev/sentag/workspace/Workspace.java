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
import dev.sentag.store.LabelRepository;
import dev.sentag.store.RepairRepository;
import dev.sentag.store.SettingsRepository;
import dev.sentag.store.TagRepository;
import java.nio.file.Path;

/** The composition root shared by the GUI and the CLI: one open database and the services over it. */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final SentenceSegmenter segmenter;
    private final AnnotationService annotation;
    private final ImportService imports;
    private final ExportService exports;
    private final SettingsRepository settings;
    private final AgreementService agreement;

    private Workspace(Database database) {
        this.database = database;
        this.segmenter = new NewsSentenceSegmenter();
        this.settings = new SettingsRepository(database);
        var documents = new DocumentRepository(database);
        var annotators = new AnnotatorRepository(database);
        var labels = new LabelRepository(database, settings);
        this.annotation = new AnnotationService(documents, new TagRepository(database),
                labels, annotators, settings, new RepairRepository(database));
        this.imports = new ImportService(documents, new TextArticleReader(segmenter));
        this.agreement = new AgreementService(new AgreementQuery(database));
        this.exports = new ExportService(new AnnotatedSentenceQuery(database), annotators, labels,
                annotation::annotator);
    }

    /** Opens the database at {@code path} (creating and migrating it as needed). */
    public static Workspace open(Path path) {
        return new Workspace(Database.open(path));
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
