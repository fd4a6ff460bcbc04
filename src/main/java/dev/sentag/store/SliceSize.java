package dev.sentag.store;

/**
 * How many items the next slice of long work on the database thread should hold (a folder import's articles, the find
 * index's documents) so that its transaction takes about a target time: a keypress queued behind it waits that long.
 * After each slice it moves halfway towards the size that would have taken the target, which stays steady under a
 * noisy clock. Not thread-safe: one owner.
 */
public final class SliceSize {
    private final int min;
    private final int max;
    private final long targetNanos;
    private int size;

    public SliceSize(int first, int min, int max, long targetNanos) {
        this.min = min;
        this.max = max;
        this.targetNanos = targetNanos;
        this.size = first;
    }

    /** The size of the next slice. */
    public int get() {
        return size;
    }

    /** A slice of {@code done} items took {@code nanos}. */
    public void took(int done, long nanos) {
        long aimed = (long) (Math.max(1, done) * (double) targetNanos / Math.max(1, nanos));
        size = (int) Math.max(min, Math.min(max, (size + aimed) / 2));
    }
}
