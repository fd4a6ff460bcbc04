package dev.sentag.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Point-in-time copies of one database in {@code backups/} beside it, newest last; the last
 * {@link #KEEP} are kept. A snapshot is written with {@code VACUUM INTO} (a consistent, compact copy
 * that other connections may keep writing during), fsynced, and only then given its final name, so a
 * crash mid-snapshot never leaves a half file that looks like a snapshot.
 */
public final class Snapshots {
    /** How many snapshots are kept per database. */
    public static final int KEEP = 10;
    private static final System.Logger LOG = System.getLogger(Snapshots.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private static final String OWN = "\\d{8}-\\d{6}-\\d{3}-[a-z0-9-]+\\.db";

    private final Path database;
    private final Clock clock;

    public Snapshots(Path database, Clock clock) {
        this.database = database.toAbsolutePath();
        this.clock = clock;
    }

    public Snapshots(Path database) {
        this(database, Clock.systemDefaultZone());
    }

    /** The folder the snapshots live in. */
    public Path folder() {
        return database.resolveSibling("backups");
    }

    /** All snapshots of this database, oldest first (their names sort by time). */
    public List<Path> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = prefix();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                // The stamp check keeps "sentag-old.db"'s snapshots out of "sentag.db"'s list.
                return name.startsWith(prefix) && name.substring(prefix.length()).matches(OWN);
            }).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the snapshots in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Optional<Path> latest() {
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** True when no snapshot was taken today (local time): the daily snapshot on start is due. */
    public boolean dailyDue() {
        String today = LocalDateTime.now(clock).format(STAMP).substring(0, 8);
        return latest().map(p -> !p.getFileName().toString().substring(prefix().length()).startsWith(today))
                .orElse(true);
    }

    /** Writes a snapshot of the database open on {@code c}; {@code reason} becomes part of its name. */
    Path take(Connection c, String reason) throws SQLException {
        Path folder = folder();
        String stamped = prefix() + LocalDateTime.now(clock).format(STAMP) + "-" + slug(reason);
        String name = stamped + ".db";
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = stamped + "-" + n + ".db"; // two snapshots in one millisecond
        }
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            // VACUUM INTO takes its file name as an expression, so it binds like any value.
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.executeUpdate();
            }
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot write a snapshot to " + folder + ": " + e.getMessage(), e);
        }
        prune();
        LOG.log(System.Logger.Level.INFO, "snapshot {0} ({1})", target, reason);
        return target;
    }

    /**
     * For a database that cannot be opened: moves the damaged file (and its -wal and -shm) aside, unchanged,
     * as {@code NAME.damaged-STAMP}, and puts a copy of {@code snapshot} in its place. Returns the set-aside path.
     */
    public Path restoreOverUnopenable(Path snapshot) {
        SnapshotCheck.verify(snapshot);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
        try {
            for (String suffix : List.of("-wal", "-shm", "")) {
                Path f = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(f)) {
                    Files.move(f, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Path partial = database.resolveSibling(database.getFileName() + ".restoring");
            Files.copy(snapshot, partial, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot put " + snapshot.getFileName() + " in place of " + database + ": "
                    + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.WARNING, "{0} could not be opened; set aside as {1}, restored {2}", database, aside, snapshot);
        return aside;
    }

    private void prune() {
        List<Path> all = new ArrayList<>(list());
        while (all.size() > KEEP) {
            Path oldest = all.remove(0);
            try {
                Files.deleteIfExists(oldest);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot delete old snapshot " + oldest, e);
            }
        }
    }

    private String prefix() {
        String file = database.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file) + "-";
    }

    static String slug(String reason) {
        String s = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            return "snapshot";
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
