package dev.sentag;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed articles shared with the team in ../shared/seeds (relative to the project root). */
public final class SeedFiles {
    public static final Path DIR = Path.of("..", "shared", "seeds");

    private SeedFiles() {
    }

    /** The longer seed article, which opens with a site banner and a dateline above its headline. */
    public static Path first() {
        return seed("000_ecdcd8510cd06f5c.txt");
    }

    public static Path second() {
        return seed("003_99f98a11d0393293.txt");
    }

    public static List<Path> both() {
        return List.of(first(), second());
    }

    private static Path seed(String name) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("Seed article missing: " + file.toAbsolutePath().normalize()
                    + ". These tests need the shared seeds in ../shared/seeds beside the project root.");
        }
        return file;
    }
}
