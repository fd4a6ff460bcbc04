package dev.sentag.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code --stdin} batches of {@code tag} and {@code link}: one command per line, blank lines skipped; a bad
 * line is reported with its number and the others still run; exit 2 if any line was bad.
 */
final class StdinLines {
    /** What one line does; an IllegalArgumentException is that line's error. */
    interface Line {
        void apply(String line);
    }

    private StdinLines() {
    }

    static int each(Streams io, PrintWriter err, Line line) throws IOException {
        var in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        int bad = 0;
        int lineNo = 0;
        for (String text; (text = in.readLine()) != null; ) {
            lineNo++;
            if (text.isBlank()) {
                continue;
            }
            try {
                line.apply(text.strip());
            } catch (IllegalArgumentException e) {
                err.println("sentag: line " + lineNo + ": " + e.getMessage());
                err.flush();
                bad++;
            }
        }
        return bad == 0 ? 0 : SentagCommand.BAD_INPUT;
    }

    /** A whole number given as {@code what} (DOC, INDEX …), or an error naming it. */
    static long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + text + "'.");
        }
    }
}
