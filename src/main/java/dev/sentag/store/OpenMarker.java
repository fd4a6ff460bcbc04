package dev.sentag.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small file beside the library ({@code sentag.db.in-use-PID-N}) that says "a Sentag has this library open": written
 * at open, removed at a clean close. One found at open whose process is gone means a Sentag stopped without closing
 * (killed, crashed, power lost), so the whole file is checked before it is used. One file per open, named by process
 * and open, because several Sentags (a window and command lines) may have the same library open at once.
 *
 * <p>A file rather than a settings row: a row would make every command, even a read-only one, write and fsync the
 * library twice; creating and deleting a file beside it costs well under a millisecond.
 */
final class OpenMarker {
    private static final System.Logger LOG = System.getLogger(OpenMarker.class.getName());
    private static final String INFIX = ".in-use-";
    private static final AtomicLong OPENS = new AtomicLong();

    private final Path file;
    private final List<Path> stale;

    private OpenMarker(Path file, List<Path> stale) {
        this.file = file;
        this.stale = stale;
    }

    /**
     * Writes this open's marker beside {@code db} and collects the markers left by Sentags that are no longer running.
     * When the folder cannot be written, the marker is missing and {@link #uncleanBefore()} says true: with nothing to
     * go by, the caller must check.
     */
    static OpenMarker place(Path db) {
        List<Path> stale = staleMarkers(db);
        ProcessHandle self = ProcessHandle.current();
        Path file = db.resolveSibling(db.getFileName() + INFIX + self.pid() + "-" + OPENS.incrementAndGet());
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(startOf(self).getBytes(StandardCharsets.UTF_8)));
            // Forced, with its folder, so that after a power loss the marker is there to ask for the check.
            out.force(true);
            forceFolder(file.getParent());
            return new OpenMarker(file, stale);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write " + file + " (" + e.getMessage()
                    + "): the library is checked whole at every open", e);
            return new OpenMarker(null, stale);
        }
    }

    /** True when a Sentag had the library open and stopped without closing it, or no marker could be written. */
    boolean uncleanBefore() {
        return file == null || !stale.isEmpty();
    }

    /** After the whole file was found intact: the markers of the Sentags that stopped are no longer needed. */
    void forgetUncleanBefore() {
        for (Path p : stale) {
            deleteQuietly(p);
        }
    }

    /** At a clean close (or a failed open): this open's marker goes. */
    void remove() {
        if (file != null) {
            deleteQuietly(file);
        }
    }

    private static List<Path> staleMarkers(Path db) {
        List<Path> stale = new ArrayList<>();
        Path folder = db.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return stale;
        }
        String prefix = db.getFileName() + INFIX;
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(folder, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path marker : markers) {
                if (!stillRunning(marker, prefix)) {
                    stale.add(marker);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the markers beside " + db + ": " + e.getMessage(), e);
        }
        return stale;
    }

    /** The marker's process is alive and is the one that wrote it (same start time: process ids are reused). */
    private static boolean stillRunning(Path marker, String prefix) {
        String rest = marker.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).strip().equals(startOf(process.get()));
        } catch (IOException e) {
            return false;
        }
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("unknown");
    }

    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Not every system lets a folder be opened (Windows); the file itself was forced.
            LOG.log(System.Logger.Level.DEBUG, "cannot force the folder " + folder + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete " + p + ": " + e.getMessage(), e);
        }
    }
}
