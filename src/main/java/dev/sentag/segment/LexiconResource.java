package dev.sentag.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word-list resources that ship next to this class: one entry a line, # comments. */
final class LexiconResource {

    private LexiconResource() {
    }

    /** The non-blank, non-comment lines of resource {@code name} (relative to this package), stripped. */
    static List<String> lines(String name) {
        InputStream in = LexiconResource.class.getResourceAsStream(name);
        if (in == null) {
            // A missing list would silently degrade segmentation; fail loudly at class-load time.
            throw new IllegalStateException("segmenter resource missing from classpath: " + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read segmenter resource " + name, e);
        }
        return lines;
    }
}
