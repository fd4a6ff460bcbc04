package dev.sentag.store;

import java.util.Optional;

/**
 * Where the password of a team library comes from. Sentag never stores it: PGPASSWORD, else pgjdbc's own reading of
 * ~/.pgpass (or PGPASSFILE), else a prompt in the window when the server asks for one.
 */
@FunctionalInterface
public interface PasswordSource {
    /** Asked only after the server refused the login without a password; empty: give up. */
    Optional<char[]> ask(LibraryLocation.Server server, String why);

    /** No prompt (the command line): PGPASSWORD or ~/.pgpass or nothing. */
    PasswordSource NONE = (server, why) -> Optional.empty();

    /** PGPASSWORD, if set; read by Sentag because pgjdbc does not read it. */
    static Optional<String> fromEnvironment() {
        String pw = System.getenv("PGPASSWORD");
        return pw == null || pw.isEmpty() ? Optional.empty() : Optional.of(pw);
    }
}
