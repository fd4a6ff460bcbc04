package dev.sentag.perf;

import java.util.List;

/** The one list of everything {@code sentag bench} measures, in the order it runs and prints them. */
public final class Measures {
    private Measures() {
    }

    /** Every measure group; a new measure is added here and nowhere else. */
    public static List<Measure> all() {
        return List.of(new ImportMeasure(), new TagMeasure(), new ExportMeasure(), new SplitMeasure(), new LaunchMeasure(),
                new LargeArticleMeasure(), new LibraryMemoryMeasure(), new FindMeasure(),
                new OpenCostMeasure(), new TagDuringImportMeasure(), new PgImportMeasure(), new PgTagMeasure());
    }
}
