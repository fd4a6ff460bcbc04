package dev.sentag.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hidden folder beside the export target that everything is written into first. Only a finished export
 * is moved into place, so a cancelled or failed one leaves nothing under the target names.
 */
final class Staging implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Staging.class.getName());

    private final Path folder;
    private final Path destination;

    private Staging(Path folder, Path destination) {
        this.folder = folder;
        this.destination = destination;
    }

    /** Stages beside {@code target}, whose parent folder must exist. */
    static Staging beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("Cannot export to " + target + ": the folder " + parent + " does not exist.");
        }
        return new Staging(Files.createTempDirectory(parent, ".sentag-export"), parent);
    }

    Path folder() {
        return folder;
    }

    /**
     * Moves every staged entry into the destination folder and returns where they went. Files replace
     * files of the same name; a folder may replace only an empty folder, so an export never mixes its
     * files with older ones.
     */
    List<Path> commit() throws IOException {
        List<Path> moved = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                Path target = destination.resolve(entry.getFileName().toString());
                if (Files.isDirectory(entry) && Files.isDirectory(target)) {
                    try {
                        Files.delete(target);
                    } catch (DirectoryNotEmptyException e) {
                        throw new IllegalArgumentException("The folder " + target
                                + " is not empty; choose a new or empty folder for the export.", e);
                    }
                }
                try {
                    Files.move(entry, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    throw new IllegalArgumentException(target + " exists and is not a file Sentag can replace.", e);
                }
                moved.add(target);
            }
        }
        return moved;
    }

    /** Deletes whatever is still staged (all of it unless {@link #commit()} ran). */
    @Override
    public void close() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove the staging folder " + folder, e);
        }
    }
}
