package dev.sentag.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one log per user says, on each record, which library it concerns. */
class LogFileLibraryTest {
    @TempDir
    Path dir;

    @Test
    void eachRecordNamesTheLibraryOpenedLast() throws java.io.IOException {
        Path first = dir.resolve("first.db");
        Path second = dir.resolve("elsewhere").resolve("second.db");
        var formatter = new LogFile.LibraryFormatter();
        try (Workspace ws = Workspace.openWithoutSnapshot(first)) {
            String line = formatter.format(new LogRecord(Level.INFO, "tagged"));
            assertTrue(line.startsWith("[library " + first.toAbsolutePath() + "] "), line);
            assertTrue(line.contains("tagged"), line);
        }
        java.nio.file.Files.createDirectories(second.getParent());
        try (Workspace ws = Workspace.openWithoutSnapshot(second)) {
            assertEquals(second.toAbsolutePath(), LogFile.library());
            assertTrue(formatter.format(new LogRecord(Level.WARNING, "x")).startsWith("[library " + second.toAbsolutePath()));
        }
    }
}
