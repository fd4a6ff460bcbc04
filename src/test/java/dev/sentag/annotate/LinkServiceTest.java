package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.ingest.ImportResult;
import dev.sentag.model.SentenceLink;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkServiceTest {
    @TempDir
    Path dir;
    Path db;
    long doc;

    @BeforeEach
    void importSeed() {
        db = dir.resolve("sentag.db");
        try (Workspace ws = Workspace.open(db)) {
            var result = ws.imports().importFile(SeedFiles.first());
            doc = assertInstanceOf(ImportResult.Imported.class, result, result::toString).documentId();
        }
    }

    private static List<String> pairs(List<SentenceLink> links) {
        return links.stream().map(l -> l.fromIndex() + ">" + l.toIndex()).toList();
    }

    @Test
    void mergingCarriesBothPartsLinksAndDropsTheLinkBetweenThem() {
        try (Workspace ws = Workspace.open(db)) {
            LinkService links = ws.links();
            links.link(doc, 13, 3, null);
            links.link(doc, 14, 13, null);
            links.link(doc, 15, 14, null);
            links.speaker(doc, 13, "Pakistan Foreign Office");

            ws.annotation().merge(doc, 13, Optional.empty());

            // 13+14 became 13; 15 moved up to 14: its link to the old 14 now joins the merged sentence.
            assertEquals(List.of("13>3", "14>13"), pairs(links.links(doc)));
            assertEquals(Map.of(13, "Pakistan Foreign Office"), links.speakers(doc));

            ws.annotation().undo();
            assertEquals(List.of("13>3", "14>13", "15>14"), pairs(links.links(doc)));
        }
    }

    @Test
    void splittingGivesBothPartsTheLinksAndSpeaker() {
        try (Workspace ws = Workspace.open(db)) {
            LinkService links = ws.links();
            links.link(doc, 9, 3, null);
            links.link(doc, 15, 9, null);
            links.speaker(doc, 9, "Jon Finer");

            ws.annotation().split(doc, 9, 26);

            assertEquals(List.of("9>3", "10>3", "16>9", "16>10"), pairs(links.links(doc)));
            assertEquals(Map.of(9, "Jon Finer", 10, "Jon Finer"), links.speakers(doc));
            ws.annotation().undo();
            assertEquals(List.of("9>3", "15>9"), pairs(links.links(doc)));
        }
    }

    @Test
    void undoAfterRestartTakesBackLinkAndSpeaker() {
        try (Workspace ws = Workspace.open(db)) {
            ws.links().link(doc, 13, 3, "responds_to");
            ws.links().speaker(doc, 13, "the FO");
        }
        try (Workspace ws = Workspace.open(db)) {
            Change change = ws.annotation().undo().orElseThrow();
            assertEquals(13, change.index());
            assertTrue(change.sentencesChanged(), "the view reloads the document");
            assertEquals(Map.of(), ws.links().speakers(doc));
            ws.annotation().undo();
            assertEquals(List.of(), ws.links().links(doc));
            ws.annotation().redo();
            assertEquals(List.of("13>3"), pairs(ws.links().links(doc)));
        }
    }

    @Test
    void settingTheSameSpeakerAgainStoresNothing() {
        try (Workspace ws = Workspace.open(db)) {
            assertTrue(ws.links().speaker(doc, 13, "the FO").stored());
            assertFalse(ws.links().speaker(doc, 13, " the FO ").stored());
            assertTrue(ws.links().link(doc, 13, 3, null).stored());
            assertFalse(ws.links().link(doc, 13, 3, null).stored());
        }
    }

    @Test
    void completionListsThisArticlesSpeakersFirst() {
        try (Workspace ws = Workspace.open(db)) {
            long other = ((ImportResult.Imported) ws.imports().importFile(SeedFiles.second())).documentId();
            ws.links().speaker(other, 0, "Vedant Patel");
            ws.links().speaker(other, 1, "Vedant Patel");
            ws.links().speaker(doc, 3, "Jon Finer");

            assertEquals(List.of("Jon Finer", "Vedant Patel"), ws.links().speakerNames(doc));
            assertEquals(List.of("Vedant Patel", "Jon Finer"), ws.links().speakerNames(other));
        }
    }
}
