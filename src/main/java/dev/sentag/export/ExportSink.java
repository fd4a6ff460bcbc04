package dev.sentag.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a writer's bytes go. Single-file formats write {@link #main()} (and perhaps a companion beside it);
 * folder formats create files in {@link #inFolder}. The sink owns and closes the streams it hands out.
 */
interface ExportSink {
    /** The one output of a single-file format. */
    OutputStream main() throws IOException;

    /** A companion file beside the main output, named like it with {@code suffix} for its extension. */
    OutputStream beside(String suffix) throws IOException;

    /** A file of a folder format; {@code fileName} is already safe (see {@link SafeFileNames}). */
    OutputStream inFolder(String fileName) throws IOException;
}
