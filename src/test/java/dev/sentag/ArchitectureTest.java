package dev.sentag;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sentag.store.StoreException;
import dev.sentag.ui.Background;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;

/** The layering of ARCHITECTURE.md: dependencies point downwards only, and only store speaks SQL. */
@AnalyzeClasses(packages = "dev.sentag", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "dev.sentag.model..";
    private static final String SEGMENT = "dev.sentag.segment..";
    private static final String STORE = "dev.sentag.store..";
    private static final String ANNOTATE = "dev.sentag.annotate..";
    private static final String INGEST = "dev.sentag.ingest..";
    private static final String EXPORT = "dev.sentag.export..";
    private static final String WORKSPACE = "dev.sentag.workspace..";
    private static final String UI = "dev.sentag.ui..";
    private static final String CLI = "dev.sentag.cli..";
    private static final String PERF = "dev.sentag.perf..";
    private static final String PROBE = "dev.sentag.probe..";
    private static final String BENCH = "dev.sentag.bench..";
    private static final String JAVAFX = "javafx..";
    private static final String SQL = "java.sql..";

    @ArchTest
    static final ArchRule onlyStoreUsesJavaSql = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(SQL, "javax.sql..", "org.sqlite..")
            .because("SQL stays behind store/, the bench's bare baselines too (store.baseline)");

    /* The bare baselines of sentag bench are SQL that bypasses the repositories; only the benchmark may use them. */
    @ArchTest
    static final ArchRule onlyTheBenchmarkUsesTheBareBaselines = noClasses()
            .that().resideOutsideOfPackages(PERF, "dev.sentag.store.baseline..")
            .should().dependOnClassesThat().resideInAPackage("dev.sentag.store.baseline..");

    @ArchTest
    static final ArchRule perfMeasuresServicesWithoutAFrontEnd = noClasses()
            .that().resideInAPackage(PERF)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, JAVAFX)
            .orShould().dependOnClassesThat().belongToAnyOf(App.class)
            .because("the data measures drive the services as the GUI does, without JavaFX; launch measures"
                    + " spawn child JVMs instead");

    /* The benchmark's window probe and bare window: found by ServiceLoader or started by class name, never imported. */
    @ArchTest
    static final ArchRule nothingImportsTheWindowProbe = noClasses()
            .that().resideOutsideOfPackage(PROBE)
            .should().dependOnClassesThat().resideInAPackage(PROBE)
            .because("the app only calls StartupObserver; the probe plugs in through META-INF/services, and the"
                    + " launch measure starts the bare window by class name in a child JVM");

    /*
     * The benchmark (perf, its bare baselines, the window probe, and the bench command that plugs them into the CLI)
     * is a module of its own in all but the build: product code never imports any of it, so a Maven module split
     * would only move files. sentag bench reaches the CLI as a CommandPlugin found with ServiceLoader.
     */
    @ArchTest
    static final ArchRule productCodeNeverImportsTheBenchmark = noClasses()
            .that().resideOutsideOfPackages(PERF, BENCH, PROBE, "dev.sentag.store.baseline..")
            .should().dependOnClassesThat().resideInAnyPackage(PERF, BENCH, PROBE)
            .because("the benchmark drives the app from outside; the app plugs it in through ServiceLoader");

    @ArchTest
    static final ArchRule nothingImportsTheBenchCommand = noClasses()
            .that().resideOutsideOfPackage(BENCH)
            .should().dependOnClassesThat().resideInAPackage(BENCH)
            .because("the CLI finds it as a CommandPlugin (META-INF/services)");

    @ArchTest
    static final ArchRule theProbeOnlyWatchesTheWindow = noClasses()
            .that().resideInAPackage(PROBE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, CLI, PERF, WORKSPACE, "dev.sentag.store.baseline..")
            .because("it reports what the window does; measuring and baselines belong to perf");

    @ArchTest
    static final ArchRule modelUsesNeitherJavafxNorSql = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, SQL);

    @ArchTest
    static final ArchRule modelDependsOnNoOtherSentagPackage = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInAPackage("dev.sentag..").and(resideOutsideOfPackage(MODEL)));

    @ArchTest
    static final ArchRule segmentDependsOnlyOnModel = classes()
            .that().resideInAPackage(SEGMENT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SEGMENT, MODEL, "java..", "com.fasterxml.jackson..")
            .because("the segmenter is a pure function of text");

    @ArchTest
    static final ArchRule storeDependsOnNothingAboveIt = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(ANNOTATE, INGEST, EXPORT, UI, CLI, WORKSPACE, SEGMENT,
                    "dev.sentag.agree..");

    @ArchTest
    static final ArchRule servicesDependOnNoFrontEnd = noClasses()
            .that().resideInAnyPackage(ANNOTATE, INGEST, EXPORT, "dev.sentag.agree..")
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, WORKSPACE, JAVAFX)
            .because("the GUI and the CLI call the same services");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, CLI, SQL)
            .because("a view calls a view-model, which calls a service");

    /* Issue 16: one way to run database work from the window. */
    @ArchTest
    static final ArchRule uiStartsNoThreadsOrExecutorsOfItsOwn = noClasses()
            .that().resideInAPackage(UI).and().doNotBelongToAnyOf(Background.class)
            .should().dependOnClassesThat().belongToAnyOf(Thread.class, Executors.class, ExecutorService.class,
                    ScheduledExecutorService.class, ThreadPoolExecutor.class, ForkJoinPool.class,
                    CompletableFuture.class, java.util.Timer.class, javafx.concurrent.Service.class)
            .because("the window's database work goes through Background onto the library's one database thread,"
                    + " so writes stay in order and nothing reaches the database from a thread of its own");

    @ArchTest
    static final ArchRule cliUsesNoGui = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI, JAVAFX)
            .orShould().dependOnClassesThat().belongToAnyOf(App.class);

    @ArchTest
    static final ArchRule cliUsesServicesAndOnlyStoreException = classes()
            .that().resideInAPackage(CLI)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.sentag..")
                    .or(resideInAnyPackage(CLI, WORKSPACE, ANNOTATE, INGEST, EXPORT, SEGMENT, MODEL,
                            "dev.sentag.agree.."))
                    .or(equivalentTo(StoreException.class)))
            .because("commands call the services the GUI calls and have no SQL or logic of their own");
}
