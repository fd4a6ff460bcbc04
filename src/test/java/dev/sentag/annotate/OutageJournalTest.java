package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outage journal on disk: read back in order after a crash, a line cut off by the crash ignored, notes intact. */
class OutageJournalTest {
    @TempDir
    Path dir;

    @Test
    void waitingChangesAreReadBackInOrderAndALineCutOffByACrashIsIgnored() throws Exception {
        Path file = dir.resolve("outage-x.journal");
        OutageJournal first = new OutageJournal(file);
        OutageChange tag = first.append(OutageChange.tag(1, 10, 0, 3L));
        OutageChange note = first.append(OutageChange.note(1, 11, 1, "tab\there, line\nbreak, “quotes”"));
        OutageChange cleared = first.append(OutageChange.tag(2, 20, 4, null));
        OutageChange link = first.append(OutageChange.link(2, 21, 5, 20, 4, "responds_to", true));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "readable by its user only");
        first.settled(tag);
        Files.writeString(file, "wait\t9\tTAG\t1\t1", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // torn
        first.release(); // the app ends (a crash: the system drops its lock)

        OutageJournal after = new OutageJournal(file);
        assertEquals(List.of(note, cleared, link), after.waiting());
        assertEquals("tab\there, line\nbreak, “quotes”", after.waiting().get(0).value());
        assertEquals(null, after.waiting().get(1).labelId());
        assertEquals(new OutageChange.Target(4, 20, "responds_to"), after.waiting().get(2).target());
        assertEquals("the link from sentence 6 to sentence 5 of document 2", after.waiting().get(2).shown());

        OutageChange later = after.append(OutageChange.speaker(2, 22, 6, "Ms Example"));
        after.release();
        after = new OutageJournal(file);
        assertEquals(List.of(note, cleared, link, later), after.waiting(), "a line appended after the torn one is read whole");

        after.waiting().forEach(after::settled);
        assertFalse(Files.exists(file), "emptied once nothing waits");
        after.release();
        assertEquals(List.of(), new OutageJournal(file).waiting());
    }

    @Test
    void theAnnotatorAndThePreviousLabelOfAKeptTagAndItsUndoAreReadBack() throws Exception {
        Path file = dir.resolve("outage-y.journal");
        OutageJournal first = new OutageJournal(file);
        OutageChange tag = first.append(OutageChange.tag(1, 10, 0, 3L, null).by("gold"));
        OutageChange undo = first.append(OutageChange.history(tag, false));
        OutageChange unsure = first.append(OutageChange.unsure(1, 11, 1, true).by("ana"));
        OutageChange speaker = first.append(OutageChange.speaker(1, 12, 2, "Ms A|B=C", null).by("ana"));
        Files.writeString(file, "wait\t9\tTAG\t1\t12\t2\tNQ==\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND); // a line kept before the annotator was: "5", made as the session's
        first.release();

        List<OutageChange> read = new OutageJournal(file).waiting();
        assertEquals(List.of(tag, undo, unsure, speaker), read.subList(0, 4));
        assertEquals("Ms A|B=C", read.get(3).speakerName());
        assertEquals(null, read.get(3).previousSpeaker());
        assertEquals("Mr Before", OutageChange.speaker(1, 12, 2, null, "Mr Before").previousSpeaker());
        assertEquals(null, OutageChange.speaker(1, 12, 2, null, "Mr Before").speakerName());
        assertEquals("Ms Plain", OutageChange.speaker(1, 12, 2, "Ms Plain").speakerName(), "kept without the previous");
        assertEquals("gold", read.get(1).annotator(), "an undo is made as the tag it takes back");
        assertEquals(OutageChange.Kind.UNDO, read.get(1).kind());
        assertEquals(tag.numbered(0), read.get(1).undone().numbered(0), "it names the tag it takes back");
        assertEquals("the undo of the tag of sentence 1 of document 1", read.get(1).shown());
        assertEquals("the unsure mark of sentence 2 of document 1", read.get(2).shown());
        OutageChange old = read.get(4);
        assertEquals(5L, old.labelId());
        assertEquals(null, old.annotator());
        assertFalse(old.knowsPrevious(), "so it cannot be undone before the server is back");
    }

    @Test
    void oneWindowAtATimeOwnsTheJournalAndAnotherTakesOverWhatItLeftWaiting() throws Exception {
        Path file = dir.resolve("outage-z.journal");
        OutageJournal first = new OutageJournal(file);
        OutageChange tag = first.append(OutageChange.tag(1, 10, 0, 3L));

        OutageJournal second = new OutageJournal(file); // a second window of the same login and data folder
        assertEquals(List.of(), second.waiting(), "it neither reads nor would replay the first window's changes");
        StoreException refused = assertThrows(StoreException.class,
                () -> second.append(OutageChange.tag(1, 11, 1, 2L)));
        assertTrue(refused.getMessage().contains("another Sentag window of this login on this library keeps the"
                + " changes made offline"), refused.getMessage());
        second.adoptLeftovers();
        assertEquals(List.of(), second.waiting(), "not while the first window is open");
        assertEquals(List.of(tag), first.waiting());

        first.release(); // the first window closes with the server still away: its change stays on disk
        second.adoptLeftovers();
        assertEquals(List.of(tag), second.waiting(), "the window still open takes it over");
        OutageChange own = second.append(OutageChange.tag(1, 11, 1, 2L));
        assertEquals(List.of(tag, own), second.waiting());
        second.waiting().forEach(second::settled);
        assertFalse(Files.exists(file));

        OutageJournal third = new OutageJournal(file); // nothing waits: the lock was let go, a new window may keep
        third.append(OutageChange.tag(1, 12, 2, 1L));
        assertEquals(1, third.waiting().size());
    }
}
