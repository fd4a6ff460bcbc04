package dev.sentag.store;

import dev.sentag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times codebook migrations on a large library (not a unit test: speed is measured, never asserted). Builds
 * {@code SENTENCES} tagged sentences (LargeLibrary), puts every tag on Claim, then renames Claim, merges it
 * into Response (relabelling every tag), and undoes and redoes the merge, each committed with synchronous=FULL.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.sentag.store.CodebookTiming DIR [SENTENCES]}
 */
public final class CodebookTiming {
    private CodebookTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        Path file = dir.resolve("codebook-timing.db");
        Files.deleteIfExists(file);
        try (Database db = Database.open(file)) {
            LargeLibrary.generate(db, sentences, 1);
            db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE tags SET label_id = 1"));
        }
        try (Workspace ws = Workspace.openWithoutSnapshot(file)) {
            ws.annotation().actAs("bench");
            System.out.printf(Locale.ROOT, "tags on Claim: %,d%n", ws.codebook().tagsWith("Claim"));
            time("rename Claim -> Assertion", () -> ws.codebook().rename("Claim", "Assertion"));
            time("merge Assertion into Response", () -> ws.codebook().merge("Assertion", "Response"));
            System.out.printf(Locale.ROOT, "tags on Response: %,d%n", ws.codebook().tagsWith("Response"));
            time("undo the merge", () -> ws.annotation().undo().orElseThrow());
            System.out.printf(Locale.ROOT, "tags on Assertion again: %,d%n", ws.codebook().tagsWith("Assertion"));
            time("redo the merge", () -> ws.annotation().redo().orElseThrow());
            time("undo the merge again", () -> ws.annotation().undo().orElseThrow());
            time("undo the rename", () -> ws.annotation().undo().orElseThrow());
        }
    }

    private static void time(String what, Supplier<?> step) {
        long t0 = System.nanoTime();
        step.get();
        System.out.printf(Locale.ROOT, "%-32s %8.0f ms%n", what, (System.nanoTime() - t0) / 1e6);
    }
}
