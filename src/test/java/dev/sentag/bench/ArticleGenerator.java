package dev.sentag.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes N distinct scraped-looking articles (banner, title, paragraphs shuffled from the seed articles,
 * "Read more" lines) into a folder, for timing imports by hand:
 * {@code java -cp target/test-classes dev.sentag.bench.ArticleGenerator OUT_DIR N [SEED]}.
 */
public final class ArticleGenerator {
    private ArticleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1);
        List<String> paragraphs = new ArrayList<>();
        for (Path seed : Files.list(Path.of("..", "shared", "seeds")).sorted().toList()) {
            Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.strip().length() > 40).forEach(paragraphs::add);
        }
        Files.createDirectories(out);
        for (int i = 0; i < n; i++) {
            Collections.shuffle(paragraphs, random);
            StringBuilder text = new StringBuilder("| Welcome to Example News\n\nGenerated article ")
                    .append(i).append(" on regional security\n\n");
            int count = 8 + random.nextInt(12);
            for (int p = 0; p < count; p++) {
                text.append(paragraphs.get(p)).append("\n\n");
                if (p == count / 2) {
                    text.append("Read more: Another story number ").append(random.nextInt(1000)).append("\n\n");
                }
            }
            Files.writeString(out.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }
}
