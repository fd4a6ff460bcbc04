package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sentag.SqliteProbe;
import dev.sentag.pg.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy's one table list matches the schema the migrations make on both backends, with the same columns on both
 * (rows go over column by column either way), in an order the foreign keys allow.
 */
class LibraryCopyTest {
    @TempDir
    Path dir;

    private static List<String> names() {
        return LibraryCopy.TABLES.stream().map(LibraryCopy.Table::name).toList();
    }

    @Test
    void theTableListIsEveryTableOfANewLibrary() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file).close();
        TreeSet<String> schema = new TreeSet<>();
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (LibraryCopy.REBUILT.stream().noneMatch(r -> name.equals(r) || name.startsWith(r + "_"))) {
                    schema.add(name);
                }
            }
        }
        assertEquals(schema, new TreeSet<>(names()));
    }

    @Test
    void everyTableComesAfterTheTablesItsForeignKeysPointAt() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file).close();
        List<String> order = names();
        try (Connection c = SqliteProbe.connect(file)) {
            for (String table : order) {
                List<String> parents = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT \"table\" FROM pragma_foreign_key_list('" + table + "')")) {
                    while (rs.next()) {
                        parents.add(rs.getString(1));
                    }
                }
                for (String parent : parents) {
                    assertTrue(parent.equals(table) || order.indexOf(parent) < order.indexOf(table),
                            table + " points at " + parent + ", which the copy writes later");
                }
            }
        }
    }

    @Test
    void postgresqlHasTheSameTablesWithTheSameColumnsAsSqlite() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file).close();
        PostgresServer server = PostgresServer.get();
        String database = server.freshDatabase();
        Database.open(LibraryLocation.parse(server.url(PostgresServer.SUPERUSER, database)), PasswordSource.NONE).close();
        TreeMap<String, TreeSet<String>> sqlite = new TreeMap<>();
        TreeMap<String, TreeSet<String>> postgres = new TreeMap<>();
        try (Connection c = SqliteProbe.connect(file); Statement st = c.createStatement()) {
            for (String table : names()) {
                try (ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "')")) {
                    while (rs.next()) {
                        sqlite.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString(1));
                    }
                }
            }
        }
        try (Connection c = server.superuser(database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT table_name, column_name FROM information_schema.columns
                     WHERE table_schema = current_schema()""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!LibraryCopy.REBUILT.contains(table) && !LibraryCopy.BOOKKEEPING.contains(table)) {
                    postgres.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        assertEquals(new TreeSet<>(names()), postgres.keySet());
        assertEquals(sqlite, postgres);
    }
}
