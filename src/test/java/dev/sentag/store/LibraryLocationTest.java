package dev.sentag.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** --db, SENTAG_DB and File → Open team library… read a path or a PostgreSQL URL; a password in a URL is refused. */
class LibraryLocationTest {
    @Test
    void aPathIsAFile() {
        assertEquals(new LibraryLocation.File(Path.of("/data/study.db")), LibraryLocation.parse("/data/study.db", "me"));
        assertEquals(new LibraryLocation.File(Path.of("postgresql.db")), LibraryLocation.parse("postgresql.db", "me"));
    }

    @Test
    void bothUrlFormsGiveTheSameServerAndOptionsPassThrough() {
        var plain = LibraryLocation.parse("postgresql://ana@db.example.org:5433/study?sslmode=require", "me");
        var jdbc = LibraryLocation.parse("jdbc:postgresql://db.example.org:5433/study?user=ana&sslmode=require", "me");
        assertEquals(new LibraryLocation.Server("db.example.org", 5433, "study", "ana", "sslmode=require"), plain);
        assertEquals(plain, jdbc);
        assertEquals("jdbc:postgresql://db.example.org:5433/study?sslmode=require",
                ((LibraryLocation.Server) plain).jdbcUrl());
        assertEquals("postgresql://ana@db.example.org:5433/study?sslmode=require", plain.shown());
    }

    @Test
    void withoutAUserTheDefaultLoginAndWithoutAPortTheDriversDefault() {
        var s = (LibraryLocation.Server) LibraryLocation.parse("postgres://[::1]/study", "me");
        assertEquals("me", s.user());
        assertEquals("::1", s.host());
        assertEquals("jdbc:postgresql://[::1]/study", s.jdbcUrl());
    }

    @Test
    void aPasswordInTheUrlOrNoDatabaseIsRefusedSayingWhatToDo() {
        for (String bad : new String[] {"postgresql://ana:secret@host/study", "jdbc:postgresql://host/study?password=x",
                "postgresql://ana@host", "postgresql://ana@host/", "postgresql://ana@host:port/study"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LibraryLocation.parse(bad, "me"), bad);
            assertTrue(!e.getMessage().contains("secret"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LibraryLocation.parse(
                "postgresql://ana:secret@host/study", "me")).getMessage().contains("PGPASSWORD"));
    }
}
