package dev.sentag.annotate;

import dev.sentag.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outage queue on disk: an append-only text file, one line per change kept while the server was away and one
 * line per change settled (written, skipped or refused), each forced to disk before the caller goes on, so a crash
 * of the app loses nothing it showed as kept. A line cut off by a crash (no newline) is ignored when read back.
 * Emptied once nothing waits.
 *
 * <p>One window at a time owns the journal: two windows of the same login on the same library (same data folder)
 * would otherwise both replay it, writing every kept change twice. The owner holds an exclusive lock on a file beside
 * it ({@code .lock}, never deleted, so both always lock the same file) from the first change it keeps, or from its open
 * if it finds changes left waiting, until nothing waits or it closes; the operating system drops the lock if the app
 * dies. Another window neither reads nor replays the owner's changes, and while the owner holds the journal it cannot
 * keep changes of its own: they are refused with a line that says why.
 */
final class OutageJournal {
    private static final String WAIT = "wait";
    private static final String DONE = "done";

    private final Path file;
    private final Path lockFile;
    private final Map<Long, OutageChange> waiting = new LinkedHashMap<>();
    private long nextSeq = 1;
    private FileChannel lockChannel;
    private FileLock lock;

    OutageJournal(Path file) {
        this.file = file;
        this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
        adoptLeftovers();
    }

    /**
     * Takes over changes left waiting in the file (by a crash, or by a window closed while the server was away) if no
     * other window owns them. Cheap when there is no file.
     */
    void adoptLeftovers() {
        if (lock == null && Files.exists(file)) {
            own();
        }
    }

    /** Whether this journal owns the file, locking it (and reading what waits in it) if nobody else does. */
    private boolean own() {
        if (lock != null) {
            return true;
        }
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock taken;
            try {
                taken = channel.tryLock();
            } catch (OverlappingFileLockException sameApp) { // another window of this very app holds it
                taken = null;
            }
            if (taken == null) {
                channel.close();
                return false;
            }
            lockChannel = channel;
            lock = taken;
        } catch (IOException e) {
            throw new StoreException("Cannot lock the outage journal " + lockFile + ": " + e.getMessage(), e);
        }
        waiting.clear();
        if (Files.exists(file)) {
            load();
        }
        return true;
    }

    /** Lets another window own the journal (nothing waits, or this window closes). */
    void release() {
        if (lock == null) {
            return;
        }
        try {
            lockChannel.close(); // releases the lock
        } catch (IOException e) {
            throw new StoreException("Cannot unlock the outage journal " + lockFile + ": " + e.getMessage(), e);
        } finally {
            lock = null;
            lockChannel = null;
            waiting.clear();
        }
    }

    Path file() {
        return file;
    }

    /** The changes that wait, oldest first. */
    List<OutageChange> waiting() {
        return List.copyOf(waiting.values());
    }

    /** Keeps {@code change} (durably) at the end of the queue; refused while another window owns the journal. */
    OutageChange append(OutageChange change) {
        if (!own()) {
            throw new StoreException("the server cannot be reached, and another Sentag window of this login on this"
                    + " library keeps the changes made offline: make the change there, or close that window");
        }
        OutageChange numbered = change.numbered(nextSeq++);
        write(String.join("\t", WAIT, Long.toString(numbered.seq()), numbered.kind().name(),
                Long.toString(numbered.documentId()), Long.toString(numbered.sentenceId()),
                Integer.toString(numbered.index()), encoded(numbered.value()), encoded(numbered.annotator())));
        waiting.put(numbered.seq(), numbered);
        return numbered;
    }

    /** Takes {@code change} off the queue (durably); the file is emptied once nothing waits. */
    void settled(OutageChange change) {
        if (waiting.remove(change.seq()) == null) {
            return;
        }
        if (waiting.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException("Cannot remove the outage journal " + file + ": " + e.getMessage(), e);
            }
            release();
            return;
        }
        write(DONE + "\t" + change.seq());
    }

    /** A value as one tab-free field: "-" for null, else Base64 (notes hold tabs and line breaks). */
    private static String encoded(String value) {
        return value == null ? "-" : Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String decoded(String field) {
        return field.equals("-") ? null : new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8);
    }

    private void write(String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.notExists(file)) {
                createPrivate(); // notes are the user's words: the journal is for their eyes only, like the library
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true); // the change is shown as kept: it must survive a crash from here on
            }
        } catch (IOException e) {
            throw new StoreException("Cannot keep the change in the outage journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void createPrivate() throws IOException {
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) { // Windows: the user's profile folder is private already
            Files.createFile(file);
        }
    }

    private void load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read the outage journal " + file + ": " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String torn = lines.remove(lines.size() - 1); // after the last newline: empty, or a line a crash cut off
        if (!torn.isEmpty()) { // cut it off the file too, or the next line appended would be glued to it
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(text.substring(0, text.length() - torn.length()).getBytes(StandardCharsets.UTF_8).length);
                ch.force(true);
            } catch (IOException e) {
                throw new StoreException("Cannot repair the outage journal " + file + ": " + e.getMessage(), e);
            }
        }
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            long seq = Long.parseLong(f[1]);
            nextSeq = Math.max(nextSeq, seq + 1);
            if (f[0].equals(DONE)) {
                waiting.remove(seq);
            } else if (f[0].equals(WAIT) && (f.length == 7 || f.length == 8)) { // 7: kept before the annotator was
                waiting.put(seq, new OutageChange(seq, OutageChange.Kind.valueOf(f[2]), Long.parseLong(f[3]),
                        Long.parseLong(f[4]), Integer.parseInt(f[5]), decoded(f[6]), f.length == 8 ? decoded(f[7]) : null));
            } else {
                throw new StoreException("The outage journal " + file + " has a line Sentag cannot read: " + line);
            }
        }
    }
}
