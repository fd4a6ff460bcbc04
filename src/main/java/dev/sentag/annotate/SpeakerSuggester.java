package dev.sentag.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence says is speaking ("…, said Mayor Ana R. Okafor", "according to the ministry") from the
 * patterns in {@code speaker-patterns.txt}. Only a suggestion: nothing is stored until the user accepts it.
 */
public final class SpeakerSuggester {
    private static final int MAX_WORDS = 8;
    private final List<Pattern> patterns;
    private final Set<String> ignored;

    private SpeakerSuggester(List<Pattern> patterns, Set<String> ignored) {
        this.patterns = List.copyOf(patterns);
        this.ignored = Set.copyOf(ignored);
    }

    /** The suggester with the patterns shipped with Sentag. */
    public static SpeakerSuggester standard() {
        try (InputStream in = SpeakerSuggester.class.getResourceAsStream("speaker-patterns.txt")) {
            if (in == null) {
                throw new IllegalStateException("speaker-patterns.txt missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a suggester from lines in the format of {@code speaker-patterns.txt}. */
    static SpeakerSuggester parse(List<String> lines) {
        Map<String, String> defines = new LinkedHashMap<>();
        List<Pattern> patterns = new ArrayList<>();
        Set<String> ignored = new HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            switch (parts[0]) {
                case "define" -> {
                    String[] def = parts[1].split("\\s+", 2);
                    defines.put(def[0], "(?:" + expand(def[1], defines) + ")");
                }
                case "pattern" -> patterns.add(Pattern.compile(expand(parts[1], defines)));
                case "ignore" -> ignored.add(parts[1].toLowerCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("speaker-patterns.txt: unknown line '" + line + "'");
            }
        }
        return new SpeakerSuggester(patterns, ignored);
    }

    private static String expand(String regex, Map<String, String> defines) {
        String out = regex;
        for (var e : defines.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** The speaker the sentence names, if a pattern finds one. */
    public Optional<String> suggest(String sentence) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                Optional<String> name = clean(m.group("name"));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> clean(String captured) {
        String name = captured.strip().replaceAll("\\s+", " ");
        // A trailing full stop ends the sentence unless it closes an initial ("R.").
        if (name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.replaceAll("[’']s$", "").strip();
        if (name.isEmpty() || ignored.contains(name.toLowerCase(Locale.ROOT))
                || name.split(" ").length > MAX_WORDS || name.length() > dev.sentag.model.Speakers.MAX) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
