package dev.sentag.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Looks at the first 100 bytes of a file before SQLite opens it, so that a file which is not SQLite at all,
 * or an SQLite database cut short (a half-copied file, a full disk during a copy), is refused before anything
 * could be written to it. SQLite itself would open a truncated file and only fail on the missing pages.
 */
final class FileHeader {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SIZE = 100;

    private FileHeader() {
    }

    /** Throws a {@link StoreException} when {@code file} exists, is not empty and is not a whole SQLite database. */
    static void check(Path file) {
        byte[] header;
        long length;
        try {
            if (!Files.isRegularFile(file) || (length = Files.size(file)) == 0) {
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(SIZE);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (header.length < SIZE || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new StoreException(file + " is not a Sentag database (it is not an SQLite file at all); "
                    + "the file was not changed.");
        }
        int pageSize = u16(header, 16) == 1 ? 65536 : u16(header, 16);
        long pages = u32(header, 28);
        // The page count in the header is only trustworthy when its "valid for" stamp matches the change counter.
        boolean countValid = u32(header, 92) == u32(header, 24) && pages > 0;
        if (countValid && pages * pageSize > length) {
            throw new StoreException(file + " is damaged: it is cut short (" + length + " of " + pages * pageSize
                    + " bytes). The file was not changed; restore a snapshot or open another file.");
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return (long) (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
