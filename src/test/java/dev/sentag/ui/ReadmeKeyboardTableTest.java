package dev.sentag.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's keyboard table is the shortcut list the ? overlay shows (one row per entry, same keys, same words),
 * so the two cannot drift apart: add a shortcut to {@link Shortcuts} and its row to the README together.
 */
class ReadmeKeyboardTableTest {
    @org.junit.jupiter.api.Test
    void readmeKeyboardTableEqualsTheShortcutList() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int header = readme.indexOf("| Key | Action |");
        List<String> rows = readme.subList(header + 2, readme.size()).stream()
                .takeWhile(l -> l.startsWith("|")).toList();
        List<String> expected = Shortcuts.ALL.stream()
                .map(s -> "| " + s.keys() + " | " + s.action() + " |").toList();
        assertEquals(String.join("\n", expected), String.join("\n", rows),
                "README.md's keyboard table must list Shortcuts.ALL, in order");
    }
}
