package dev.sentag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.export.ExportFormat;
import dev.sentag.export.ExportOptions;
import dev.sentag.workspace.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing another annotator's export of the open document shows their labels in the sidebar at once. */
class MergeImportGuiTest {
    @TempDir
    Path dir;

    @Test
    void anotherAnnotatorsExportOfTheOpenDocumentShowsUpBesideYourLabels() throws Exception {
        Path export = dir.resolve("bea.jsonl");
        try (Workspace bea = Workspace.open(dir.resolve("bea.db"))) {
            bea.imports().importFile(GuiSession.SEED_003);
            bea.annotation().actAs("bea");
            bea.annotation().tag(1, 2, "Claim");
            bea.annotation().tag(1, 4, "Background");
            try (OutputStream out = Files.newOutputStream(export)) {
                bea.exports().export(ExportFormat.JSONL_DOCS, new ExportOptions("bea", true), out);
            }
        }
        Path db = dir.resolve("sentag.db");
        GuiSession.importBeforeStart(db, GuiSession.SEED_003);
        try (GuiSession s = GuiSession.start(db)) {
            s.robot.interact(() -> s.window().tagging().moveTo(2));
            long documents = s.count("SELECT count(*) FROM documents");
            s.robot.interact(() -> s.window().importFiles(List.of(export)));
            s.waitUntil(() -> s.window().tagging().rows().get(2).others().size() == 1);
            assertEquals("Imported 0 articles, tags merged into 1 document already here (2 added)",
                    s.window().library().noticeProperty().get());
            s.robot.interact(() -> s.window().comparison().comparingProperty().set(true)); // the others show only when comparing
            Label others = s.robot.lookup(".other-annotators").queryAs(Label.class);
            s.waitUntil(() -> others.isVisible() && others.getText().equals("bea: Claim"));
            assertEquals(2, s.current(), "the cursor stays where it was");
            assertEquals(documents, s.count("SELECT count(*) FROM documents"), "no document was added");
            assertEquals(2, s.count("SELECT count(*) FROM tag_history h JOIN annotators a ON a.id = h.annotator_id"
                    + " WHERE a.name = 'bea' AND h.action = 'tag'"), "merged tags are in bea's history");
            assertTrue(s.window().tagging().rows().get(4).others().get(0).annotator().equals("bea"));
        }
    }
}
