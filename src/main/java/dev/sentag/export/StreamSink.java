package dev.sentag.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A sink onto one open stream (standard output): single-file formats only, no companions. */
final class StreamSink implements ExportSink {
    private final OutputStream out;
    private final ExportFormat format;

    StreamSink(OutputStream out, ExportFormat format) {
        this.out = out;
        this.format = format;
    }

    @Override
    public OutputStream main() {
        // The caller owns the stream; writers closing their generators must not close it.
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    @Override
    public OutputStream beside(String suffix) {
        return OutputStream.nullOutputStream();
    }

    @Override
    public OutputStream inFolder(String fileName) {
        throw new IllegalArgumentException("The " + format.id() + " format writes a folder of files; name it with --out.");
    }
}
