package dev.sentag.perf;

import dev.sentag.store.LibraryLocation;
import dev.sentag.store.baseline.BarePostgres;
import java.util.List;

/**
 * The scratch libraries of a PostgreSQL row, one schema each in the database {@code --pg} names, made when the row
 * starts (refused if a schema of the bench's prefix is already there) and dropped with all they hold when it ends.
 */
final class PgScratch implements AutoCloseable {
    private final LibraryLocation.Server server;
    private final List<String> names;

    private PgScratch(LibraryLocation.Server server, List<String> names) {
        this.server = server;
        this.names = names;
    }

    static PgScratch create(String url, String... names) throws Exception {
        LibraryLocation.Server server = BarePostgres.server(url);
        BarePostgres.createSchemas(server, List.of(names));
        return new PgScratch(server, List.of(names));
    }

    /** The URL of library {@code name}, as --db would take it. */
    String library(String name) {
        return BarePostgres.inSchema(server, BarePostgres.PREFIX + name);
    }

    @Override
    public void close() throws Exception {
        BarePostgres.dropSchemas(server, names);
    }

    /** The row a measure gives when no --pg URL was given. */
    static Measurement notMeasured(String name, String unit, String target) {
        return new Measurement(name, Double.NaN, unit, null, null, target, false,
                "not measured: no PostgreSQL database given (sentag bench --pg URL)");
    }
}
