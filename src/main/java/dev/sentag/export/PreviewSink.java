package dev.sentag.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects the first lines an export would write, from every file it opens, and stops the export once it
 * has enough, so a preview of a large library costs a moment.
 */
final class PreviewSink implements ExportSink {
    /** Thrown through the export to stop it when the preview is full. */
    static final class Full extends RuntimeException {
        Full() {
            super("preview full", null, false, false);
        }
    }

    private final int maxLines;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int lines;

    PreviewSink(int maxLines) {
        this.maxLines = maxLines;
    }

    @Override
    public OutputStream main() {
        return counting();
    }

    @Override
    public OutputStream beside(String suffix) {
        return OutputStream.nullOutputStream();
    }

    @Override
    public OutputStream inFolder(String fileName) {
        write(("── " + fileName + " ──\n").getBytes(StandardCharsets.UTF_8));
        return counting();
    }

    private OutputStream counting() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                PreviewSink.this.write(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] b, int off, int len) {
                byte[] copy = new byte[len];
                System.arraycopy(b, off, copy, 0, len);
                PreviewSink.this.write(copy);
            }
        };
    }

    private void write(byte[] bytes) {
        for (byte b : bytes) {
            if (lines >= maxLines) {
                throw new Full();
            }
            buffer.write(b);
            if (b == '\n') {
                lines++;
            }
        }
    }

    String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
