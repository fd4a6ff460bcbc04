package dev.sentag.ingest;

import dev.sentag.model.SentenceSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises lines of web residue (site banners, "Read more:" links, share prompts, repeated lines) by
 * the rules in {@code residue-rules.txt}, so their sentences can be imported excluded instead of deleted.
 * A {@code residue-rules.txt} of the same format in the data folder (beside the library) adds the user's
 * own rules to the built-in ones (see {@link #standardAnd}).
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

    /**
     * The built-in rules extended by the user's rules in {@code file}, when that file exists: its patterns
     * are added, and its {@code duplicate-lines} (if any) replaces the built-in one. A rule that cannot be
     * read is an IllegalArgumentException naming the file and line, so a typo never silently drops a rule.
     */
    public static ResidueRules standardAnd(Path file) {
        ResidueRules standard = standard();
        if (!Files.isRegularFile(file)) {
            return standard;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ").", e);
        }
        ResidueRules user = parse(lines, file.toString());
        List<Pattern> all = new ArrayList<>(standard.patterns);
        all.addAll(user.patterns);
        return new ResidueRules(all, user.minDuplicateLength != Integer.MAX_VALUE ? user.minDuplicateLength
                : standard.minDuplicateLength);
    }

    static ResidueRules parse(List<String> lines) {
        return parse(lines, RESOURCE);
    }

    private static ResidueRules parse(List<String> lines, String name) {
        List<Pattern> patterns = new ArrayList<>();
        int minDuplicate = Integer.MAX_VALUE;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String where = name + ", line " + (n + 1) + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(where + "a rule is NAME, a tab, then the pattern; this line has no tab.");
            }
            String pattern = line.substring(tab + 1).strip();
            if (line.substring(0, tab).strip().equals(DUPLICATES)) {
                try {
                    minDuplicate = Integer.parseInt(pattern);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + DUPLICATES + " takes a number of characters, not '"
                            + pattern + "'.", e);
                }
            } else {
                try {
                    patterns.add(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(where + "not a valid regular expression ("
                            + e.getDescription() + " at index " + e.getIndex() + ").", e);
                }
            }
        }
        return new ResidueRules(patterns, minDuplicate);
    }

    /** True if this line (without its line break) is residue by a pattern rule. */
    boolean matches(String line) {
        return matchesStripped(line.strip());
    }

    /** {@link #matches} of a line already stripped (a plain loop: it runs for every line of a bulk import). */
    private boolean matchesStripped(String stripped) {
        if (stripped.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(stripped).matches()) {
                return true;
            }
        }
        return false;
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
            String key = text.substring(start, end).strip();
            boolean repeated = key.length() >= minDuplicateLength && !seen.add(key);
            if (repeated || matchesStripped(key)) {
                out.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return out;
    }
}
