package dev.sentag.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The test server itself: it starts, checks passwords, hands out separate databases, and survives a restart. */
class PostgresServerTest {
    @Test
    void freshDatabasesAreSeparateAndServerComesBackAfterStop() throws Exception {
        PostgresServer server = PostgresServer.get();
        String a = server.freshDatabase();
        String b = server.freshDatabase();
        try (Connection c = server.superuser(a); var st = c.createStatement()) {
            st.execute("CREATE TABLE only_in_a (x int)");
        }
        try (Connection c = server.superuser(b); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        assertThrows(SQLException.class, () -> server.connect(a, PostgresServer.SUPERUSER, "wrong").close());
        server.stop();
        assertThrows(SQLException.class, () -> server.superuser(a).close());
        server.start();
        try (Connection c = server.superuser(a); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM only_in_a")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
