package dev.sentag.bench;

/**
 * Sentence-end boundaries found correctly (true positives), found where gold has none (false
 * positives) and missed (false negatives), with precision, recall and F1 over them.
 */
record BoundaryCounts(long truePositives, long falsePositives, long falseNegatives) {

    static final BoundaryCounts NONE = new BoundaryCounts(0, 0, 0);

    BoundaryCounts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Pools two counts, as over the cases of a data set. */
    BoundaryCounts plus(BoundaryCounts other) {
        return new BoundaryCounts(truePositives + other.truePositives,
                falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
    }

    /** Share of predicted boundaries that are gold boundaries; 1 when nothing was predicted. */
    double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Share of gold boundaries that were predicted; 1 when gold has none. */
    double recall() {
        long gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
