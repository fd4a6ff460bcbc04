package dev.sentag.ingest;

import dev.sentag.model.SentenceSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Recognises lines of web residue (site banners, "Read more:" links, share prompts, repeated lines) by
 * the rules in {@code residue-rules.txt}, so their sentences can be imported excluded instead of deleted.
 */
public final class ResidueRules {
    static final String RESOURCE = "residue-rules.txt";
    private static final String DUPLICATES = "duplicate-lines";

    private final List<Pattern> patterns;
    private final int minDuplicateLength;

    ResidueRules(List<Pattern> patterns, int minDuplicateLength) {
        this.patterns = List.copyOf(patterns);
        this.minDuplicateLength = minDuplicateLength;
    }

    /** The rules shipped with Sentag. */
    public static ResidueRules standard() {
        try (InputStream in = ResidueRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResidueRules parse(List<String> lines) {
        List<Pattern> patterns = new ArrayList<>();
        int minDuplicate = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(RESOURCE + ": rule without a tab: " + line);
            }
            String pattern = line.substring(tab + 1).strip();
            if (line.substring(0, tab).equals(DUPLICATES)) {
                minDuplicate = Integer.parseInt(pattern);
            } else {
                patterns.add(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return new ResidueRules(patterns, minDuplicate);
    }

    /** True if this line (without its line break) is residue by a pattern rule. */
    boolean matches(String line) {
        String t = line.strip();
        return !t.isEmpty() && patterns.stream().anyMatch(p -> p.matcher(t).matches());
    }

    /** Indexes of the sentences lying wholly on residue lines of {@code text}. */
    public Set<Integer> excluded(String text, List<SentenceSpan> sentences) {
        List<int[]> residue = residueLines(text);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceSpan s = sentences.get(i);
            for (int[] r : residue) {
                if (s.start() >= r[0] && s.end() <= r[1]) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** [start, end) of every residue line. */
    private List<int[]> residueLines(String text) {
        List<int[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            String key = line.strip();
            boolean repeated = key.length() >= minDuplicateLength && !seen.add(key);
            if (repeated || matches(line)) {
                out.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return out;
    }
}
