package dev.sentag.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, seeded generator of news-like articles for the benchmark: about 30 sentences (~3 KB) each, with
 * the things that make news hard to split and slow to store — abbreviations (U.S., Gen., Dr.), initials, quotes,
 * numbers with decimals, datelines — and a line of web residue. The same seed always gives the same corpus, so two
 * runs measure the same work.
 */
public final class SyntheticCorpus {
    private static final List<String> PEOPLE = List.of("Gen. Mark A. Reyes", "Dr. Lena Okafor", "Sen. John T. Miller",
            "Mr. Haruto Sato", "Ms. Amina Yusuf", "Prof. Carl J. Berg", "Lt. Col. Sara Diaz", "Gov. Ellen M. Price");
    private static final List<String> BODIES = List.of("the U.S. State Department", "the foreign ministry",
            "the U.N. Security Council", "the defence ministry in St. Petersburg", "NATO's Brussels office",
            "the E.U. delegation", "Acme Corp. and its partners", "the Pentagon");
    private static final List<String> VERBS = List.of("said", "told reporters", "warned", "argued", "insisted",
            "noted", "claimed", "added");
    private static final List<String> TOPICS = List.of("the missile programme", "the sanctions package",
            "the border talks", "the 2019 agreement", "the naval exercise", "the nuclear site inspections",
            "the ceasefire line", "the trade deal");
    private static final List<String> TEMPLATES = List.of(
            "%P %V that %T was \"a direct threat to regional stability.\"",
            "\"We will not accept %T as it stands,\" %P %V on Tuesday.",
            "According to %B, %T has cost about $%N billion since Jan. %D.",
            "%B rejected the report, calling it \"baseless and provocative.\"",
            "The talks in Geneva were postponed to Feb. %D at 10 a.m. local time.",
            "In %Y, %B signed %T after %D rounds of negotiation.",
            "%P, who served as an adviser to the U.S. delegation, %V the figures were %N.%D% higher than expected.",
            "Critics of %T, including %P, %V it ignores No. %D of the original clauses.",
            "%B did not respond to a request for comment by 5 p.m. on Friday.",
            "Asked whether %T would survive, %P %V: \"That depends on Washington.\"",
            "Satellite images published by %B showed at least %D new launch sites.",
            "The vote, 54 to %D, followed weeks of debate over %T.");

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** Article {@code i} of this corpus: a title line, a dateline, paragraphs of ~30 sentences, one residue line. */
    public String article(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        StringBuilder text = new StringBuilder(3_400);
        text.append("Officials trade warnings over ").append(pick(random, TOPICS)).append(" (report ").append(i)
                .append(")\n\n");
        text.append("WASHINGTON (Reuters) — ");
        int sentences = 26 + random.nextInt(9);
        for (int s = 0; s < sentences; s++) {
            text.append(sentence(random));
            if (s == sentences / 2) {
                text.append("\n\nRead more: Related coverage of ").append(pick(random, TOPICS)).append("\n\n");
            } else {
                text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
        }
        return text.toString().strip() + "\n";
    }

    /** One long article of at least {@code chars} characters (e.g. 1 MB ≈ 8,000 sentences), for the long-article measure. */
    public String longArticle(int chars) {
        Random random = new Random(seed ^ 0x5EEDL);
        StringBuilder text = new StringBuilder(chars + 512).append("A very long dossier\n\n");
        while (text.length() < chars) {
            text.append(sentence(random)).append(random.nextInt(5) == 0 ? "\n\n" : " ");
        }
        return text.toString().strip() + "\n";
    }

    /** Writes articles 0..n-1 as UTF-8 .txt files into {@code folder}; returns the bytes written. */
    public long writeFolder(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            byte[] data = article(i).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("article-%05d.txt", i)), data);
            bytes += data.length;
        }
        return bytes;
    }

    private static String sentence(Random random) {
        String template = pick(random, TEMPLATES);
        StringBuilder out = new StringBuilder(160);
        for (int k = 0; k < template.length(); k++) {
            char c = template.charAt(k);
            if (c != '%' || k + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char code = template.charAt(++k);
            switch (code) {
                case 'P' -> out.append(pick(random, PEOPLE));
                case 'B' -> out.append(pick(random, BODIES));
                case 'V' -> out.append(pick(random, VERBS));
                case 'T' -> out.append(pick(random, TOPICS));
                case 'N' -> out.append(1 + random.nextInt(99));
                case 'D' -> out.append(1 + random.nextInt(28));
                case 'Y' -> out.append(1990 + random.nextInt(35));
                default -> out.append('%').append(code);
            }
        }
        String s = out.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
