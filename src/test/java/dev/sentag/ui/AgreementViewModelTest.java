package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.agree.AgreementReport;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement view's figures, worked out from a seeded library: the test thread plays the FX thread,
 * running what the model hands back, so every property is read where it is written.
 */
class AgreementViewModelTest {
    private static final List<String> LABELS = List.of("Claim", "Response", "Background");
    /** Ten sentences each; ana and ben agree on eight (worked out in AgreeCommandTest: alpha 0.62, kappa 0.6). */
    private static final String ANA = "CCCCCRRRRR";
    private static final String BEN = "CCCCRRRRRC";
    private static final String CY = "CCBBRRRRRC";

    @TempDir
    Path dir;
    private Workspace ws;
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private AgreementViewModel model;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.second());
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        ws.close();
    }

    private void tag(String who, String labels) {
        ws.annotation().actAs(who);
        for (int i = 0; i < labels.length(); i++) {
            String label = switch (labels.charAt(i)) {
                case 'C' -> "Claim";
                case 'R' -> "Response";
                default -> "Background";
            };
            ws.annotation().tag(1, i, label);
        }
    }

    private AgreementViewModel start(long openDocument) throws InterruptedException {
        model = new AgreementViewModel(ws.agreement(), new Background(Runnable::run, fx::add), openDocument, LABELS);
        model.load();
        return settle();
    }

    /** Runs what the model handed to the "FX thread" until its newest request has answered. */
    private AgreementViewModel settle() throws InterruptedException {
        while (model.runningProperty().get() || model.figuresProperty().get() == null) {
            Runnable next = fx.poll(15, TimeUnit.SECONDS);
            assertNotNull(next, "the agreement computation did not answer within 15 s");
            next.run();
        }
        return model;
    }

    private String value(String name) {
        return model.figuresProperty().get().figures().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow().value();
    }

    @Test
    void linkF1AndSpeakerAgreementAreShownBesideTheLabelFigures() throws Exception {
        tag("ana", ANA);
        ws.links().link(1, 1, 0, null);
        ws.links().link(1, 2, 0, null);
        ws.links().speaker(1, 0, "Vedant Patel");
        tag("ben", BEN);
        ws.links().link(1, 1, 0, null);
        ws.links().speaker(1, 0, "vedant patel ");
        start(1);
        // ana 2 links, ben 1, 1 shared: F1 = 2·1 / 3.
        assertEquals("0.667", value("Link F1"));
        assertEquals("1.000", value("Speaker agreement"));
    }

    @Test
    void twoAnnotatorsShowTheFiguresWorkedOutByHand() throws Exception {
        tag("ana", ANA);
        tag("ben", BEN);
        start(1);
        assertNull(model.figuresProperty().get().message());
        assertTrue(value("Units").startsWith("10 of "), value("Units"));
        assertEquals("ana, ben", value("Annotators"));
        assertEquals("0.800", value("Observed agreement"));
        assertEquals("0.600", value("Cohen's κ"));
        assertEquals("0.600", value("Fleiss' κ"));
        assertTrue(value("Krippendorff's α").startsWith("0.620   (95\u00a0% interval "), value("Krippendorff's α"));

        AgreementFigures.HeatMap map = model.figuresProperty().get().heatMap();
        assertEquals("ana", map.rowAnnotator());
        assertEquals(LABELS, map.labels(), "the label set's order, unused Background included");
        assertEquals(4, map.cells().get(0).get(0).count(), "both Claim");
        assertEquals(1, map.cells().get(0).get(1).count(), "ana Claim, ben Response");
        assertEquals(1, map.cells().get(1).get(0).count());
        assertEquals(4, map.cells().get(1).get(1).count());
        assertEquals(1.0, map.cells().get(0).get(0).intensity(), 1e-9, "the largest count is full strength");
        assertEquals(0.25, map.cells().get(0).get(1).intensity(), 1e-9);
        assertTrue(map.cells().get(0).get(0).agreement());
        assertFalse(map.cells().get(0).get(1).agreement());
        assertEquals(0, map.cells().get(2).get(2).count());
        assertEquals("#ffffff", map.cells().get(2).get(2).background(), "no sentence, no colour");
    }

    @Test
    void threeAnnotatorsMatchTheServiceAndGoldIsLeftOutByDefault() throws Exception {
        tag("ana", ANA);
        tag("ben", BEN);
        tag("cy", CY);
        tag("gold", ANA);
        start(1);
        assertEquals(List.of("ana", "ben", "cy", "gold"), model.annotators);
        assertEquals(List.of("ana", "ben", "cy"), model.chosenInOrder());
        AgreementReport r = ws.agreement().report(List.of(), List.of("ana", "ben", "cy"), List.of());
        assertEquals(r.pairableUnits() + " of " + r.units() + " sentences", value("Units"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", r.fleissKappa()), value("Fleiss' κ"));
        assertTrue(value("Krippendorff's α").startsWith(String.format(java.util.Locale.ROOT, "%.3f", r.alpha())));
        assertEquals("—  needs exactly two annotators", value("Cohen's κ"));
        assertEquals(r.alphaPerLabel().keySet(), Map.copyOf(model.figuresProperty().get().perLabel().stream()
                .collect(java.util.stream.Collectors.toMap(AgreementFigures.Figure::name, f -> f.value()))).keySet());

        model.rowAnnotator.set("cy");
        settle();
        AgreementFigures.HeatMap map = model.figuresProperty().get().heatMap();
        Map<String, Map<String, Integer>> expected = ws.agreement().confusion(List.of(), "cy", "ben", List.of());
        assertEquals("cy", map.rowAnnotator());
        assertEquals("ben", map.columnAnnotator(), "ben stays the column");
        for (int row = 0; row < LABELS.size(); row++) {
            for (int col = 0; col < LABELS.size(); col++) {
                assertEquals(expected.get(LABELS.get(row)).get(LABELS.get(col)).intValue(),
                        map.cells().get(row).get(col).count(), LABELS.get(row) + "/" + LABELS.get(col));
            }
        }

        model.chosen.remove("cy");
        settle();
        assertEquals("ana", model.figuresProperty().get().heatMap().rowAnnotator(), "cy is no longer a choice");
        assertEquals("0.600", value("Cohen's κ"), "two annotators left: Cohen's kappa is back");
    }

    @Test
    void theOpenArticleAloneCountsOnlyItsSentences() throws Exception {
        ws.imports().importFile(SeedFiles.first());
        tag("ana", ANA);
        tag("ben", BEN);
        ws.annotation().actAs("ana");
        ws.annotation().tag(2, 1, "Claim");
        ws.annotation().actAs("ben");
        ws.annotation().tag(2, 1, "Response");
        start(2);
        assertTrue(value("Units").startsWith("11 of "), value("Units"));
        model.scope.set(AgreementViewModel.Scope.OPEN);
        settle();
        AgreementReport r = ws.agreement().report(List.of(2L), List.of("ana", "ben"), List.of());
        assertEquals("1 of " + r.units() + " sentences", value("Units"));
        assertEquals("0.000", value("Cohen's κ"), "one sentence, Claim against Response: p_o = p_e = 0");
    }

    @Test
    void oneAnnotatorOrNoSharedSentenceGivesAMessageNotNaN() throws Exception {
        tag("ana", ANA);
        start(1);
        assertTrue(model.figuresProperty().get().message().startsWith("Only ana has tagged so far."),
                model.figuresProperty().get().message());
        model.close();

        ws.annotation().actAs("ben");
        ws.annotation().tag(1, 12, "Claim");
        start(1);
        assertTrue(model.figuresProperty().get().message().startsWith("No sentence has labels from two of ana, ben"),
                model.figuresProperty().get().message());

        model.chosen.remove("ben");
        settle();
        assertEquals(AgreementFigures.NEED_TWO, model.figuresProperty().get().message());
    }

    @Test
    void everyShadeKeepsTheCountReadable() {
        for (boolean diagonal : new boolean[] {true, false}) {
            for (int step = 0; step <= 100; step++) {
                AgreementFigures.Cell cell = AgreementFigures.cell(1, step / 100.0, diagonal);
                assertTrue(cell.contrast() >= 4.5, "contrast " + cell.contrast() + " at " + step + " % " + cell);
            }
        }
        assertEquals("#ffffff", AgreementFigures.cell(1, 1.0, true).text(), "white on full blue");
    }

    @Test
    void theDoublyCodedSwitchKeepsOnlyDocumentsTwoAnnotatorsFinishedAndSaysWhenThereIsNone() throws Exception {
        ws.imports().importFile(SeedFiles.first());
        tag("ana", ANA); // document 1 begun by both: ten of its sentences
        tag("ben", BEN);
        start(1);
        assertTrue(value("Units").startsWith("10 of "), value("Units"));

        model.doublyCoded.set(true);
        settle();
        assertEquals(AgreementViewModel.NO_DOUBLY_CODED, model.figuresProperty().get().message());

        int kept = (int) ws.annotation().open(2).orElseThrow().sentences().stream().filter(x -> !x.excluded()).count();
        for (String who : List.of("ana", "ben")) {
            ws.annotation().actAs(who);
            ws.annotation().open(2).orElseThrow().sentences().stream().filter(x -> !x.excluded())
                    .forEach(x -> ws.annotation().tag(2, x.index(), "Claim"));
        }
        model.refresh();
        settle();
        assertEquals(kept + " of " + kept + " sentences", value("Units"), "document 2 alone, finished by both");
        assertEquals("1.000", value("Observed agreement"));

        model.doublyCoded.set(false);
        settle();
        assertEquals((10 + kept) + " of " + ws.agreement().report(List.of(), List.of(), List.of()).units()
                + " sentences", value("Units"));
    }
}
