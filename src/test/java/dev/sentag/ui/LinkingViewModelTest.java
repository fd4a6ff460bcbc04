package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SeedFiles;
import dev.sentag.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linking view-model through the background-work seam: work and delivery run on the test thread, so what
 * a key does is in the database and the snapshot when the call returns.
 */
class LinkingViewModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    TaggingViewModel tagging;
    LinkingViewModel linking;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("sentag.db"));
        ws.imports().importFile(SeedFiles.first());
        Background now = new Background(Runnable::run, Runnable::run);
        tagging = new TaggingViewModel(ws.annotation(), now, ws.annotation().labels());
        linking = new LinkingViewModel(ws.links(), tagging, now);
        tagging.open(1, 13, () -> { });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> stored() {
        return ws.links().links(1).stream().map(l -> l.fromIndex() + ">" + l.toIndex()).toList();
    }

    @Test
    void typedNumberMovesTheCursorAndConfirmLinksThenReturnsToTheSource() {
        linking.start();
        assertTrue(linking.linking());
        linking.type('4');
        assertEquals(3, tagging.currentProperty().get());
        linking.confirm();
        assertEquals(List.of("13>3"), stored());
        assertEquals(13, tagging.currentProperty().get());
        assertFalse(linking.linking());
        assertEquals(1, linking.outgoing(13).size());
        assertEquals(1, linking.incoming(3).size());
        assertEquals(SaveStatus.State.SAVED, tagging.status().stateProperty().get());
    }

    @Test
    void aRelationTypesKeyWhileLinkingChoosesTheType() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sentag.db"));
             var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO relation_types (label_set_id, name, key, colour, ord)"
                    + " VALUES (1, 'supports', 'u', '#009E73', 2)");
        }
        tagging.open(1, 13, () -> { });
        linking.start();
        assertEquals("responds_to", linking.typeProperty().get().name(), "the first type of the set by default");
        assertFalse(linking.chooseType("q"));
        assertTrue(linking.chooseType("U"));
        linking.type('4');
        linking.confirm();
        assertEquals(List.of("13>3:supports"), ws.links().links(1).stream()
                .map(l -> l.fromIndex() + ">" + l.toIndex() + ":" + l.type()).toList());
    }

    @Test
    void cancelWritesNothingAndLinkingToItselfIsRefused() {
        linking.start();
        linking.type('1');
        linking.type('0');
        assertEquals(9, tagging.currentProperty().get());
        linking.cancel();
        assertEquals(13, tagging.currentProperty().get());
        linking.start();
        linking.confirm();
        assertEquals(List.of(), stored());
        assertEquals(SaveStatus.State.FAILED, tagging.status().stateProperty().get());
    }

    @Test
    void speakerProposalIsTheOwnThenTheLastThenTheSuggestion() {
        tagging.moveTo(3);
        assertEquals("Finer", linking.proposedSpeaker(), "from \"Reuters quoted Finer as saying\"");
        linking.setSpeaker("Jon Finer");
        assertEquals(Map.of(3, "Jon Finer"), ws.links().speakers(1));
        tagging.moveTo(4);
        assertEquals("Jon Finer", linking.proposedSpeaker(), "S, Enter repeats the last speaker");
        tagging.moveTo(3);
        linking.setSpeaker("  ");
        assertEquals(Map.of(), ws.links().speakers(1), "a blank speaker clears it");
    }

    @Test
    void aDifferentLinkOrSpeakerOfAnotherAnnotatorIsADispute() {
        ws.annotation().actAs("bob");
        ws.annotation().tag(1, 13, "Response");
        ws.links().link(1, 13, 3, null);
        ws.annotation().actAsSaved();
        ws.annotation().tag(1, 13, "Response");
        tagging.open(1, 13, () -> { });
        SentenceRow row = tagging.rows().get(13);
        assertTrue(linking.disputed(row), "bob links 13 → 3, you do not");
        linking.start();
        linking.type('4');
        linking.confirm();
        tagging.open(1, 13, () -> { });
        assertFalse(linking.disputed(tagging.rows().get(13)), "now both link 13 → 3");
    }
}
