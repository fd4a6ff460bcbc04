package dev.sentag.export;

import java.util.List;

/** An article-grouped train/dev/test split: three shares in percent that add up to 100, and a seed. */
public record SplitSpec(int train, int dev, int test, long seed) {
    /** The parts in order; their names become file and folder names. */
    public static final List<String> PARTS = List.of("train", "dev", "test");

    public SplitSpec {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test != 100) {
            throw new IllegalArgumentException("A split needs three shares that add up to 100, like 80/10/10; got "
                    + train + "/" + dev + "/" + test + ".");
        }
    }

    /** Parses {@code 80/10/10}. */
    public static SplitSpec parse(String text, long seed) {
        String[] parts = text.strip().split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("A split is three numbers like 80/10/10, not '" + text + "'.");
        }
        try {
            return new SplitSpec(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()), seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A split is three whole numbers like 80/10/10, not '" + text + "'.", e);
        }
    }

    int share(int part) {
        return part == 0 ? train : part == 1 ? dev : test;
    }
}
