package dev.sentag.perf;

import java.util.List;

/** One group of benchmark measures (e.g. import, tagging, launch): runs in the given scratch context. */
public interface Measure {
    /** A short name for progress lines, e.g. "import". */
    String name();

    /** Runs the measure and returns its rows; never touches anything outside {@code context.scratch()}. */
    List<Measurement> run(BenchContext context) throws Exception;
}
