package dev.sentag.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a library lives: an SQLite file (the one-person default) or a database on a PostgreSQL server (a team
 * library), as given to {@code --db}, {@code SENTAG_DB} or File → Open library…. A server is written
 * {@code postgresql://USER@HOST:PORT/DBNAME[?sslmode=…]} or as a pgjdbc URL {@code jdbc:postgresql://…}; a
 * password in it is refused, so that it never lands in a settings file, a log or a shell history.
 */
public sealed interface LibraryLocation permits LibraryLocation.File, LibraryLocation.Server {
    /** The location as shown to a person (never holding a password). */
    String shown();

    /** An SQLite library file. */
    record File(Path path) implements LibraryLocation {
        @Override
        public String shown() {
            return path.toString();
        }
    }

    /** A database on a PostgreSQL server; {@code query} holds the URL's options (sslmode …) as given, or "". */
    record Server(String host, int port, String database, String user, String query) implements LibraryLocation {
        /** The pgjdbc URL, without user or password (those go in the connection properties). */
        public String jdbcUrl() {
            return "jdbc:postgresql://" + hostPort() + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }

        @Override
        public String shown() {
            return "postgresql://" + user + "@" + hostPort() + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }

        private String hostPort() {
            return (host.contains(":") ? "[" + host + "]" : host) + (port > 0 ? ":" + port : "");
        }
    }

    /** True for what names a server rather than a file. */
    static boolean isServer(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql:");
    }

    /**
     * Reads a location; {@code defaultUser} names the login when the URL has none (PGUSER, else the OS user).
     * A malformed server URL is an IllegalArgumentException saying what is wrong.
     */
    static LibraryLocation parse(String text, String defaultUser) {
        if (!isServer(text)) {
            return new File(Path.of(text));
        }
        String rest = text.strip();
        rest = rest.substring(rest.indexOf("//") + 2);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("The URL " + text + " names no database: write postgresql://USER@HOST:PORT/DBNAME.");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1));
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = decode(authority.substring(0, at));
            authority = authority.substring(at + 1);
            if (user.contains(":")) {
                throw new IllegalArgumentException("Leave the password out of the URL (it would be kept in plain text): "
                        + "put it in PGPASSWORD or ~/.pgpass, or let the window ask for it.");
            }
        }
        StringBuilder kept = new StringBuilder();
        for (String option : query.isEmpty() ? new String[0] : query.split("&")) {
            String key = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (key.equalsIgnoreCase("password")) {
                throw new IllegalArgumentException("Leave the password out of the URL (it would be kept in plain text): "
                        + "put it in PGPASSWORD or ~/.pgpass, or let the window ask for it.");
            }
            if (key.equalsIgnoreCase("user")) {
                user = user != null ? user : decode(option.substring(option.indexOf('=') + 1));
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(option);
        }
        String host = authority;
        int port = -1;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The port in " + text + " is not a number.");
            }
        }
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (host.isEmpty()) {
            host = "localhost";
        }
        if (user == null || user.isBlank()) {
            user = defaultUser;
        }
        return new Server(host, port, database, user, kept.toString());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Same as {@link #parse(String, String)} with the login from PGUSER, else the OS user. */
    static LibraryLocation parse(String text) {
        String pgUser = System.getenv("PGUSER");
        return parse(text, pgUser != null && !pgUser.isBlank() ? pgUser : System.getProperty("user.name"));
    }
}
