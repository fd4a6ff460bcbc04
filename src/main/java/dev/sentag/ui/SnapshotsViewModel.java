package dev.sentag.ui;

import dev.sentag.workspace.Backups;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** File → Restore snapshot…: lists the library's snapshots and restores one, off the FX thread. */
public final class SnapshotsViewModel {
    private final Backups backups;
    private final Background background;

    public SnapshotsViewModel(Backups backups, Background background) {
        this.backups = backups;
        this.background = background;
    }

    /** The snapshots, newest first (the order a person looks for them in). */
    public void list(Consumer<List<Path>> done, Consumer<String> failed) {
        background.run(() -> {
            List<Path> all = new java.util.ArrayList<>(backups.list());
            java.util.Collections.reverse(all);
            return all;
        }, done, e -> failed.accept(Background.message(e)));
    }

    /** What restoring {@code snapshot} would lose, read without changing anything. */
    public void loss(Path snapshot, Consumer<dev.sentag.model.RestoreLoss> done, Consumer<String> failed) {
        background.run(() -> backups.lossIfRestored(snapshot), done, e -> failed.accept(Background.message(e)));
    }

    /** Restores {@code snapshot}; {@code done} gets the snapshot taken of the state it replaced. */
    public void restore(Path snapshot, Consumer<Path> done, Consumer<String> failed) {
        background.run(() -> backups.restore(snapshot), done, e -> failed.accept(Background.message(e)));
    }

    /** A snapshot's name as a person reads it: "2026-11-23 10:15:02 — before folder import". */
    static String describe(Path snapshot) {
        String name = snapshot.getFileName().toString();
        var m = java.util.regex.Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-\\d{3}-(.+)\\.db$")
                .matcher(name);
        if (!m.find()) {
            return name;
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + " " + m.group(4) + ":" + m.group(5) + ":" + m.group(6)
                + " — " + m.group(7).replace('-', ' ');
    }
}
