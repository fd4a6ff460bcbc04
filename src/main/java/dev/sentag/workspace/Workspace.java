package dev.sentag.workspace;

import dev.sentag.agree.AgreementService;
import dev.sentag.agree.LinkAgreement;
import dev.sentag.annotate.AnnotationService;
import dev.sentag.annotate.GoldAdoption;
import dev.sentag.annotate.FindService;
import dev.sentag.annotate.LinkService;
import dev.sentag.annotate.OutageQueue;
import dev.sentag.annotate.RelationTypeService;
import dev.sentag.annotate.TeamService;
import dev.sentag.export.ExportService;
import dev.sentag.ingest.ImportService;
import dev.sentag.ingest.ResidueRules;
import dev.sentag.ingest.TextArticleReader;
import dev.sentag.segment.NewsSentenceSegmenter;
import dev.sentag.segment.SentenceSegmenter;
import dev.sentag.store.AgreementQuery;
import dev.sentag.store.AnnotatedSentenceQuery;
import dev.sentag.store.AnnotatorRepository;
import dev.sentag.store.AssignmentRepository;
import dev.sentag.annotate.AssignmentService;
import dev.sentag.store.CodebookMigrations;
import dev.sentag.store.CodebookRepository;
import dev.sentag.annotate.CodebookService;
import dev.sentag.store.Database;
import dev.sentag.store.FindIndexQueue;
import dev.sentag.store.DocumentRepository;
import dev.sentag.store.DocumentTrash;
import dev.sentag.store.TagBatches;
import dev.sentag.store.ImportWrites;
import dev.sentag.store.LabelRepository;
import dev.sentag.store.LibraryCopy;
import dev.sentag.store.LibraryLocation;
import dev.sentag.store.PasswordSource;
import dev.sentag.store.LinkAgreementQuery;
import dev.sentag.store.LinkRepository;
import dev.sentag.store.RelationTypeRepository;
import dev.sentag.store.RepairRepository;
import dev.sentag.store.SentenceSearch;
import dev.sentag.store.SettingsRepository;
import dev.sentag.store.StatisticsQuery;
import dev.sentag.store.StoreException;
import dev.sentag.store.TagRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The composition root shared by the GUI and the CLI: one open database and the services over it. */
public final class Workspace implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());
    private final Database database;
    private final SentenceSegmenter segmenter;
    private final AnnotationService annotation;
    private final LinkService links;
    private final ImportService imports;
    private final ExportService exports;
    private final SettingsRepository settings;
    private final CodebookService codebook;
    private final RelationTypeService relations;
    private final AgreementService agreement;
    private final FindService find;
    private final LinkAgreement linkAgreement;
    private final Backups backups;
    private final GoldAdoption gold;
    private final AssignmentService assignments;
    private final TeamService team;
    private OutageQueue outages;
    private boolean existedBefore;

    /** The user's own web-residue rules, in the data folder beside the library; extend the built-in ones. */
    public static final String RESIDUE_RULES = "residue-rules.txt";

    private Workspace(Database database, ResidueRules residue) {
        this.database = database;
        this.team = new TeamService(database);
        this.segmenter = new NewsSentenceSegmenter();
        this.settings = new SettingsRepository(database);
        var documents = new DocumentRepository(database);
        var annotators = new AnnotatorRepository(database);
        var labels = new LabelRepository(database, settings);
        this.annotation = new AnnotationService(documents, new TagRepository(database),
                labels, annotators, settings, new RepairRepository(database), new TagBatches(database),
                new DocumentTrash(database), new CodebookMigrations(database, labels));
        var codebookRepository = new CodebookRepository(database, labels);
        this.relations = new RelationTypeService(new RelationTypeRepository(database, codebookRepository),
                () -> annotation.annotator().name());
        this.codebook = new CodebookService(codebookRepository, new CodebookMigrations(database, labels), annotation,
                relations);
        this.imports = new ImportService(documents, new ImportWrites(database), new TextArticleReader(segmenter, residue),
                () -> backups().takeAsideIfKept("before folder import"), annotation::historyChangedElsewhere);
        this.links = new LinkService(annotation, documents, new LinkRepository(database));
        this.linkAgreement = new LinkAgreement(new LinkAgreementQuery(database));
        this.agreement = new AgreementService(new AgreementQuery(database), linkAgreement);
        this.gold = new GoldAdoption(new AgreementQuery(database), annotation);
        this.find = new FindService(new SentenceSearch(database), new StatisticsQuery(database), annotators, annotation,
                new FindIndexQueue(database));
        this.backups = new Backups(database, annotation::forgetCachedState);
        this.assignments = new AssignmentService(new AssignmentRepository(database), annotation);
        this.exports = new ExportService(new AnnotatedSentenceQuery(database), annotators, labels,
                annotation::annotator, codebookRepository);
        this.outages = OutageQueue.none(annotation, links);
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
        // Read before the database opens: a bad rule is reported, naming its line, with nothing left open.
        ResidueRules residue = ResidueRules.standardAnd(path.toAbsolutePath().resolveSibling(RESIDUE_RULES));
        LogFile.concerning(path);
        Workspace ws = new Workspace(Database.open(path), residue);
        ws.existedBefore = existed;
        return ws;
    }

    /**
     * Opens the library at {@code location}: a file as {@link #open(Path)} does, or a team library on a PostgreSQL
     * server, asking {@code password} for its password if the server wants one that PGPASSWORD and ~/.pgpass lack.
     * In a team library the annotator is the login.
     */
    public static Workspace open(LibraryLocation location, PasswordSource password) {
        if (location instanceof LibraryLocation.File file) {
            return open(file.path());
        }
        return openServer((LibraryLocation.Server) location, password);
    }

    /** The library {@code library} names (a path or a PostgreSQL URL), as the command line opens it: no password prompt. */
    public static Workspace open(String library) {
        return open(LibraryLocation.parse(library), PasswordSource.NONE);
    }

    /**
     * The window's open: {@code library} is a path or a PostgreSQL URL; {@code askPassword} (given the library as
     * shown and the server's reason) is asked only when the server wants a password that PGPASSWORD and ~/.pgpass
     * lack. No daily snapshot here (see {@link #openWithoutSnapshot(Path)}).
     */
    public static Workspace openWithoutSnapshot(String library,
                                                java.util.function.BiFunction<String, String, java.util.Optional<char[]>> askPassword) {
        return openWithoutSnapshot(LibraryLocation.parse(library), (server, why) -> askPassword.apply(server.shown(), why));
    }

    /** How {@code library} is shown to a person: a file's name, or a team library's URL without password. */
    public static String shown(String library) {
        LibraryLocation location = LibraryLocation.parse(library);
        return location instanceof LibraryLocation.File file ? String.valueOf(file.path().getFileName()) : location.shown();
    }

    /** {@link #open(LibraryLocation, PasswordSource)} without the daily snapshot, for the window. */
    public static Workspace openWithoutSnapshot(LibraryLocation location, PasswordSource password) {
        if (location instanceof LibraryLocation.File file) {
            return openWithoutSnapshot(file.path());
        }
        return openServer((LibraryLocation.Server) location, password);
    }

    /**
     * {@link #open(LibraryLocation, PasswordSource)} keeping a team library's outage journal in {@code dataFolder}
     * (a journal a crashed app left there is read back, to be replayed with {@link OutageQueue#replay()}).
     */
    public static Workspace open(LibraryLocation location, PasswordSource password, Path dataFolder) {
        if (location instanceof LibraryLocation.File file) {
            return open(file.path());
        }
        return openServer((LibraryLocation.Server) location, password, dataFolder);
    }

    /** The window's open ({@link #openWithoutSnapshot(String, java.util.function.BiFunction)}) with its data folder. */
    public static Workspace openWithoutSnapshot(String library, Path dataFolder,
                                                java.util.function.BiFunction<String, String, java.util.Optional<char[]>> askPassword) {
        LibraryLocation location = LibraryLocation.parse(library);
        if (location instanceof LibraryLocation.Server server) {
            return openServer(server, (s, why) -> askPassword.apply(s.shown(), why), dataFolder);
        }
        return openWithoutSnapshot(location, PasswordSource.NONE);
    }

    private static Workspace openServer(LibraryLocation.Server server, PasswordSource password) {
        return openServer(server, password, LogFile.defaultFolder());
    }

    private static Workspace openServer(LibraryLocation.Server server, PasswordSource password, Path dataFolder) {
        ResidueRules residue = ResidueRules.standardAnd(LogFile.defaultFolder().resolve(RESIDUE_RULES));
        LogFile.concerningServer(server.shown());
        Database database = Database.open(server, password);
        try {
            Workspace ws = new Workspace(database, residue);
            database.teamLogin().ifPresent(login -> ws.annotation.actAs(login.name()));
            ws.outages = OutageQueue.onDisk(ws.annotation, ws.links, outageJournal(dataFolder, server), server.shown());
            return ws;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The outage journal of a team library: one per server, database and login, named after them. */
    static Path outageJournal(Path dataFolder, LibraryLocation.Server server) {
        String name = server.shown().replaceFirst("^postgresql://", "").replaceAll("[^A-Za-z0-9.-]", "_");
        return dataFolder.resolve("outage-" + name + ".journal");
    }

    /**
     * Tags and notes kept while a team library's server is away, written when it is back; for a library file a
     * queue that keeps nothing.
     */
    public OutageQueue outages() {
        return outages;
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
        if (!database.snapshotsSupported()) {
            return false; // a team library on a server: its admin imports the team's articles, not a sample
        }
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

    /** The codebook: labels with definitions, their versions, renames and merges. */
    /** The relation (link) types of the codebook. */
    public RelationTypeService relations() {
        return relations;
    }

    public CodebookService codebook() {
        return codebook;
    }

    /** Links between sentences and speakers, sharing the annotation service's annotator and undo history. */
    public LinkService links() {
        return links;
    }

    public ImportService imports() {
        return imports;
    }

    public AgreementService agreement() {
        return agreement;
    }

    /** Taking agreed labels into gold (sentag gold). */
    public GoldAdoption gold() {
        return gold;
    }

    /** Find across the library and its statistics. */
    public FindService find() {
        return find;
    }

    /** Agreement on links and speakers (link_f1, speaker_agreement). */
    public LinkAgreement linkAgreement() {
        return linkAgreement;
    }

    /** The team of a team library (sentag team); who the annotator is there. */
    public TeamService team() {
        return team;
    }

    public ExportService exports() {
        return exports;
    }

    /** Who is to code which document (sentag assign, docs --assigned, "Assigned to me"). */
    public AssignmentService assignments() {
        return assignments;
    }

    /**
     * Copies this library into the empty library {@code target}, a file (created when there is none) or a PostgreSQL
     * URL (its password from PGPASSWORD or ~/.pgpass; the schema is made by opening it): every table, ids kept, the
     * full-text index rebuilt the target's way. Returns the rows copied per table. A target that is this library or
     * holds anything is refused with {@link IllegalArgumentException} and left as it was; a new file is removed
     * again when the copy fails. A team library's roles and grants stay behind: its admin runs team init on the copy.
     */
    public Map<String, Long> copyTo(String target) {
        LibraryLocation location = LibraryLocation.parse(target);
        if (location instanceof LibraryLocation.Server server) {
            return copyToServer(server);
        }
        Path to = ((LibraryLocation.File) location).path().toAbsolutePath().normalize();
        if (LibraryLocation.parse(database.shown()) instanceof LibraryLocation.File self
                && self.path().toAbsolutePath().normalize().equals(to)) {
            throw new IllegalArgumentException("Cannot copy " + to + " onto itself; name an empty or new library.");
        }
        if (Files.isDirectory(to)) {
            throw new IllegalArgumentException(to + " is a folder; name a library file (.db) to copy into.");
        }
        LibraryCopy.checkKnowsEveryTable(database); // before the target file is made
        boolean isNew = !Files.exists(to);
        boolean done = false;
        try (Database into = Database.open(to)) {
            var copied = copyInto(into);
            done = true;
            return copied;
        } finally {
            if (isNew && !done) {
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    try {
                        Files.deleteIfExists(Path.of(to + suffix));
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, "could not remove the failed copy " + to + suffix, e);
                    }
                }
            }
        }
    }

    /** A failed copy leaves the server's database as it was, or with the empty schema the open made (still empty). */
    private Map<String, Long> copyToServer(LibraryLocation.Server to) {
        if (LibraryLocation.parse(database.shown()) instanceof LibraryLocation.Server self
                && self.host().equalsIgnoreCase(to.host()) && self.port() == to.port()
                && self.database().equals(to.database())) {
            throw new IllegalArgumentException("Cannot copy " + to.shown() + " onto itself; name an empty database.");
        }
        LibraryCopy.checkKnowsEveryTable(database); // before the target's schema is made
        try (Database into = Database.open(to, PasswordSource.NONE)) {
            return copyInto(into);
        }
    }

    private Map<String, Long> copyInto(Database into) {
        LibraryCopy copy = new LibraryCopy(database, into);
        copy.whyTargetIsNotEmpty().ifPresent(why -> {
            throw new IllegalArgumentException("Not copied: " + into.shown() + " is not empty (" + why
                    + "); it was not changed.");
        });
        return copy.run();
    }

    @Override
    public void close() {
        try {
            outages.close();
        } finally {
            database.close();
        }
    }
}
