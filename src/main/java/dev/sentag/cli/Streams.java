package dev.sentag.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams a command line run reads and writes; tests pass their own. */
record Streams(InputStream in, PrintStream out, PrintStream err) {
}
